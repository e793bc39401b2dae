"""The opt-in offline copy: the service worker ``sw.js`` of one build, and its button.

Nothing here runs in a visitor's browser unless they press "Bewaar voor offline gebruik"
(``docs/javascripts/offline.js`` registers the worker only then). After the build,
:func:`schrijf_service_worker` writes ``sw.js`` into the site ROOT, so its scope covers
every page, from the template ``templates/offline/sw.js`` with this build's facts:

- the files to keep (:func:`te_bewaren`): every page, the assets, the search index, the
  checker's modules and worker, the pinned Pyodide files and the rules zip; each with its
  Subresource-Integrity hash, so the cache can only ever hold THIS build's bytes;
- ONE cache, named ``leefloonwijzer-<build id>``; the id is a hash of every kept file's
  path and content (and of the worker's own code), so any change to a page, an asset or
  the rules gives a new name (:func:`bouw_id`).

The worker caches all files at install, deletes every older ``leefloonwijzer-`` cache when
it activates, and then takes over the open pages; ``offline.js`` sees that change of
worker and says "Er is een nieuwe versie — herlaad de pagina". Requests to another origin
are never touched (there are none).

Left out, because the browser does not need them to run the site offline: source maps,
``*.gz``, ``objects.inv``, the Pyodide memory snapshot (a speed-up the worker only uses
when the HTTP cache has it), the build's ``manifest.json`` and Pyodide's lock file (both
for tools; the worker has the lock inline) and the search languages the site does not use.

:func:`paneel` renders the button block that pages place with ``<!-- lw:offline-knop -->``;
its download size is filled in after the build (:data:`MB_PLACEHOLDER`).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from scripts.sitegen.errors import BuildError
from scripts.sitegen.slot import fill_slot
from scripts.sitegen.stdlib import integrity

SW_NAAM = "sw.js"
CACHE_PREFIX = "leefloonwijzer-"
TEMPLATE = Path(__file__).resolve().parent / "templates" / "offline" / "sw.js"
#: In the template; the build replaces it with the build's facts (JSON).
SLOT = "/* lw:offline */ null"
#: In the button block; the build replaces it with the download size in MB.
MB_PLACEHOLDER = "__LW_OFFLINE_MB__"

_WEGLATEN_NAMEN = re.compile(r"(\.map|\.gz|^objects\.inv|^manifest\.json|^pyodide-lock\.json)$")
_SNAPSHOT = re.compile(r"^leefloon-snapshot-[0-9a-f]+\.bin$")
LUNR_DIR = "assets/javascripts/lunr/"


@dataclass(frozen=True)
class Bestand:
    """One file of the offline copy: its URL relative to the site root, and its bytes."""

    url: str
    pad: str
    data: bytes

    @property
    def integrity(self) -> str:
        return integrity(self.data)


@dataclass(frozen=True)
class OfflineBuild:
    """What :func:`schrijf_service_worker` wrote: the build id, cache name and files."""

    id: str
    cache: str
    bestanden: tuple[Bestand, ...]
    bytes: int


def _lunr_nodig(naam: str, talen: Iterable[str]) -> bool:
    """Whether the search worker loads this lunr file for the site's languages."""
    nodig = {"lunr.stemmer.support.min.js", "lunr.multi.min.js"}
    nodig |= {f"lunr.{t}.min.js" for t in talen if t != "en"}
    return naam in nodig


def url_van(pad: str) -> str:
    """A file's URL from the site root: ``x/index.html`` → ``x/``, ``index.html`` → ``./``."""
    if pad == "index.html":
        return "./"
    if pad.endswith("/index.html"):
        return pad.removesuffix("index.html")
    return pad


def te_bewaren(site_dir: Path, talen: Iterable[str] = ("nl",)) -> list[str]:
    """The site's files the offline copy keeps (paths relative to the site, sorted)."""
    talen = tuple(talen)
    gekozen = []
    for p in sorted(site_dir.rglob("*")):
        if not p.is_file():
            continue
        pad = p.relative_to(site_dir).as_posix()
        naam = PurePosixPath(pad).name
        if pad == SW_NAAM or _WEGLATEN_NAMEN.search(naam) or _SNAPSHOT.match(naam):
            continue
        if pad.startswith(LUNR_DIR) and not _lunr_nodig(naam, talen):
            continue
        gekozen.append(pad)
    return gekozen


def bouw_id(bestanden: Iterable[Bestand], template: str) -> str:
    """The build id: a hash of every kept file's URL and content, and of the worker's code."""
    h = hashlib.sha256()
    h.update(hashlib.sha256(template.encode("utf-8")).digest())
    for b in sorted(bestanden, key=lambda b: b.url):
        h.update(f"{b.url}\0{hashlib.sha256(b.data).hexdigest()}\n".encode())
    return h.hexdigest()[:16]


def megabytes(n: int) -> int:
    """Bytes as whole megabytes, rounded up (what the button says it downloads)."""
    return max(1, math.ceil(n / 1_000_000))


def _vul_grootte_in(site_dir: Path, paden: list[str], mb: int) -> None:
    for pad in paden:
        if pad.endswith(".html"):
            p = site_dir / pad
            tekst = p.read_text(encoding="utf-8")
            if MB_PLACEHOLDER in tekst:
                p.write_text(tekst.replace(MB_PLACEHOLDER, str(mb)), encoding="utf-8")


def service_worker_bron(build: OfflineBuild, template: str) -> str:
    """The template with the build's facts filled in."""
    feiten = {
        "id": build.id,
        "cache": build.cache,
        "prefix": CACHE_PREFIX,
        "notFound": "404.html",
        "files": [[b.url, b.integrity] for b in build.bestanden],
    }
    feiten_json = json.dumps(feiten, ensure_ascii=False, separators=(",", ":"))
    return fill_slot(template, SLOT, feiten_json, TEMPLATE.name)


def schrijf_service_worker(site_dir: Path, talen: Iterable[str] = ("nl",)) -> OfflineBuild:
    """Write ``sw.js`` for the built site in ``site_dir``; return what it caches.

    Run after every other step that changes files in the site (the CSP, the module
    versions): the integrity hashes and the build id are taken from the final bytes.
    """
    if not TEMPLATE.is_file():
        raise BuildError(f"{TEMPLATE} ontbreekt")
    template = TEMPLATE.read_text(encoding="utf-8")
    paden = te_bewaren(site_dir, talen)
    if "index.html" not in paden or "404.html" not in paden:
        raise BuildError("de offline kopie heeft index.html en 404.html nodig in de site")
    totaal = sum((site_dir / p).stat().st_size for p in paden)
    _vul_grootte_in(site_dir, paden, megabytes(totaal))
    bestanden = tuple(Bestand(url_van(p), p, (site_dir / p).read_bytes()) for p in paden)
    bid = bouw_id(bestanden, template)
    build = OfflineBuild(
        id=bid,
        cache=CACHE_PREFIX + bid,
        bestanden=bestanden,
        bytes=sum(len(b.data) for b in bestanden),
    )
    (site_dir / SW_NAAM).write_text(service_worker_bron(build, template), encoding="utf-8")
    return build


def paneel() -> str:
    """The button block: save or remove the offline copy, with a status line.

    Hidden until ``offline.js`` has checked that this browser can keep an offline copy
    here; without JavaScript the page's own text explains what the button does.
    """
    return (
        f'<div class="lw-offline" data-lw-offline data-lw-offline-mb="{MB_PLACEHOLDER}" hidden>\n'
        '<p class="lw-offline__status" role="status" data-lw-offline-status></p>\n'
        '<p class="lw-offline__knoppen">'
        '<button type="button" class="md-button md-button--primary" data-lw-offline-bewaar>'
        "Bewaar voor offline gebruik</button> "
        '<button type="button" class="md-button" data-lw-offline-verwijder hidden>'
        "Verwijder offline kopie</button></p>\n"
        "</div>\n"
    )
