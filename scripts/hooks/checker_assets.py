"""MkDocs hook: the in-page checker ("Doe de test") and everything it needs.

- **The form is static HTML**, rendered at build time from
  :func:`checker.questionnaire` into ``docs/checker.md`` where the page writes
  ``<!-- checker:test -->``. Every question is readable and fillable at first
  paint, before Python loads; questions that only apply after an earlier answer
  start ``hidden``. The browser only shows, hides and sends; the rules decide.
- **Self-hosted Pyodide**: ``on_post_build`` copies the five Pyodide files the
  worker needs from ``node_modules/pyodide`` into ``assets/pyodide/<version>/``
  after checking each file's SHA-256 against ``pyodide-sha256.json`` (committed
  beside this hook) and the version against ``package-lock.json``. A mismatch
  fails the build. One documented patch (in the same file, with the patched
  file's hash): ``pyodide.mjs``'s package fallback to a public CDN points at the
  local folder instead, so the shipped files name no CDN.
- **The rules** go into ``assets/checker/leefloon-regels-<sha256-16>.zip``
  (:mod:`scripts.rules_zip`); the page carries the zip's hashed name, so a rules
  change can never be served from a stale cache. ``assets/checker/manifest.json``
  records the same facts for tools (the benchmark's bare page).
- **A Pyodide memory snapshot** with the rule module imported
  (``assets/checker/leefloon-snapshot-<key>.bin``, made with Node by
  ``pyodide_snapshot.mjs``). The key hashes every input (the Pyodide files, the
  rules zip, the script), so a rules change gives a new name. The worker only
  uses it when the browser already has it in its HTTP cache (a return visit) and
  fetches it in the background after a first visit; see docs/javascripts/worker.js.
  Made once per key and kept in ``.cache/leefloon-snapshot/``.
- **Content-Security-Policy**: ``overrides/main.html`` puts a CSP meta tag on
  every page with the placeholder ``'lw-inline-script-hashes'``; after the build
  this hook replaces it on every page with the SHA-256 hashes of *all* inline
  scripts of the whole site (mkdocs-material's small inline scripts). The union
  is needed because instant navigation keeps the first page's policy while it
  swaps in other pages' content. So no ``'unsafe-inline'`` for scripts; styles get
  the same treatment with ``'lw-inline-style-hashes'`` (``'unsafe-hashes'`` plus the
  hash of each ``style=""`` value the site has, such as Markdown's table alignment).

Only the checker page references any of these assets: docs pages load no
Pyodide byte.
"""

from __future__ import annotations

import base64
import hashlib
import html
import importlib.util
import json
import os
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

from checker.schema import questionnaire
from checker.site import woordenlijst_termen
from checker.tekst import datum

ROOT = Path(__file__).resolve().parent.parent.parent
PYODIDE_DIR = ROOT / "node_modules" / "pyodide"
HASHES_FILE = Path(__file__).resolve().parent / "pyodide-sha256.json"
WORKER_SRC = "javascripts/worker.js"
CHECKER_PAGE = "checker.md"
PLACEHOLDER = "<!-- checker:test -->"
SNAPSHOT_SCRIPT = Path(__file__).resolve().parent / "pyodide_snapshot.mjs"
SNAPSHOT_CACHE = ROOT / ".cache" / "leefloon-snapshot"
CSP_TOKEN = "'lw-inline-script-hashes'"
CSP_STYLE_TOKEN = "'lw-inline-style-hashes'"

_state: dict[str, Any] = {}


def _rules_zip_module() -> Any:
    spec = importlib.util.spec_from_file_location(
        "_lw_rules_zip", ROOT / "scripts" / "rules_zip.py"
    )
    if spec is None or spec.loader is None:
        raise PluginError("scripts/rules_zip.py niet gevonden")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _expected_pyodide() -> tuple[str, dict[str, str], dict[str, dict[str, str]]]:
    """The pinned version and file hashes, cross-checked with the npm lock."""
    manifest = json.loads(HASHES_FILE.read_text(encoding="utf-8"))
    version = str(manifest["version"])
    lock = json.loads((ROOT / "package-lock.json").read_text(encoding="utf-8"))
    locked = lock["packages"].get("node_modules/pyodide", {}).get("version")
    if locked != version:
        raise PluginError(
            f"Pyodide: package-lock.json pint {locked!r}, {HASHES_FILE.name} verwacht "
            f"{version!r}. Werk beide samen bij."
        )
    return version, dict(manifest["files"]), dict(manifest.get("patches", {}))


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def on_startup(command: str, dirty: bool) -> None:
    # `mkdocs serve` injects its live-reload script inline into every page it serves;
    # only there, scripts get 'unsafe-inline' instead of hashes. Built sites never do.
    _state["serve"] = command == "serve"


def on_config(config: Any) -> Any:
    version, files, patches = _expected_pyodide()
    rules_zip = _rules_zip_module()
    data = rules_zip.rules_zip_bytes()
    worker = Path(config["docs_dir"]) / WORKER_SRC
    if not worker.is_file():
        raise PluginError(f"{WORKER_SRC} ontbreekt in docs/")
    key = hashlib.sha256()
    key.update(version.encode())
    for name in sorted(files):
        key.update(f"{name}={files[name]};".encode())
    key.update(json.dumps(patches, sort_keys=True).encode())
    key.update(data)
    key.update(SNAPSHOT_SCRIPT.read_bytes())
    _state.update(
        snapshot_name=f"leefloon-snapshot-{key.hexdigest()[:16]}.bin",
        pyodide_version=version,
        pyodide_files=files,
        pyodide_patches=patches,
        pyodide_dir=f"assets/pyodide/{version}/",
        rules_zip_name=rules_zip.rules_zip_name(data),
        rules_zip_bytes=data,
        worker_version=hashlib.sha256(worker.read_bytes()).hexdigest()[:16],
        rendered=False,
        glossary=_read_glossary(Path(config["docs_dir"])),
        glossary_re=None,
    )
    return config


# --- The static form ------------------------------------------------------------------------

_e = html.escape


def _read_glossary(docs_dir: Path) -> dict[str, str]:
    """The site's glossary, parsed by the same function that renders the glossary page."""
    path = docs_dir / "includes" / "woordenlijst.md"
    if not path.is_file():
        return {}
    return woordenlijst_termen(path.read_text(encoding="utf-8"))


def _t(text: str) -> str:
    """Escape ``text`` and mark glossary terms with ``<abbr title>``, like the Markdown pages.

    The form is injected after Markdown, so the abbr extension never sees it; this gives
    the form's labels the same tooltips as the rest of the site.
    """
    escaped = _e(text)
    glossary: dict[str, str] = _state.get("glossary", {})
    if not glossary:
        return escaped
    pattern = _state.get("glossary_re")
    if pattern is None:
        terms = sorted(glossary, key=len, reverse=True)
        pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(_e(x)) for x in terms) + r")(?!\w)")
        _state["glossary_re"] = pattern
        _state["glossary_by_html"] = {_e(k): v for k, v in glossary.items()}
    by_html = _state["glossary_by_html"]
    return pattern.sub(lambda m: f'<abbr title="{_e(by_html[m[1]])}">{m[1]}</abbr>', escaped)


def _attrs(**kv: str | None) -> str:
    return "".join(
        f' {k.rstrip("_").replace("_", "-")}="{_e(v)}"' for k, v in kv.items() if v is not None
    )


def _hulp(qid: str, text: str) -> str:
    return f'<p class="lw-hulp" id="lw-{qid}-hulp">{_t(text)}</p>' if text else ""


def _fout(qid: str) -> str:
    return f'<p class="lw-fout" id="lw-{qid}-fout" hidden></p>'


def _radio_vraag(q: dict[str, Any]) -> str:
    qid = q["id"]
    if q["type"] == "janee":
        opties = [("ja", "Ja", ""), ("nee", "Nee", "")]
    else:
        opties = [(c["value"], c["label"], c["help"]) for c in q["choices"]]
    opties.append(("", "Weet ik niet", ""))
    described = f"lw-{qid}-hulp" if q["help"] else None
    radios = []
    for i, (waarde, label, hulp) in enumerate(opties):
        rid = f"lw-{qid}" if i == 0 else f"lw-{qid}-{i}"
        hulp_id = f"{rid}-keuzehulp" if hulp else None
        extra = " lw-keuze--onbekend" if waarde == "" else ""
        radios.append(
            f'<div class="lw-keuze{extra}">'
            f"<input{_attrs(type='radio', id=rid, name=qid, value=waarde)}"
            f"{_attrs(aria_describedby=hulp_id)}>"
            f'<label for="{rid}">{_t(label)}</label>'
            + (f'<p class="lw-keuzehulp" id="{hulp_id}">{_t(hulp)}</p>' if hulp else "")
            + "</div>"
        )
    hidden = " hidden" if q["relevant_if"] else ""
    return (
        f'<fieldset class="lw-vraag lw-vraag--keuze" id="lw-vraag-{qid}" data-vraag="{qid}"'
        f' data-type="{q["type"]}"{_attrs(aria_describedby=described)}{hidden}>'
        f'<legend class="lw-label">{_t(q["label"])}</legend>'
        f"{_hulp(qid, q['help'])}{_fout(qid)}"
        f'<div class="lw-keuzes">{"".join(radios)}</div>'
        "</fieldset>"
    )


def _getal_vraag(q: dict[str, Any]) -> str:
    qid = q["id"]
    decimal = q["type"] == "bedrag"
    described = " ".join(
        x for x in (f"lw-{qid}-hulp" if q["help"] else "", f"lw-{qid}-eenheid") if x
    )
    hidden = " hidden" if q["relevant_if"] else ""
    invoer = _attrs(
        type="text",
        id=f"lw-{qid}",
        name=qid,
        inputmode="decimal" if decimal else "numeric",
        autocomplete="off",
        spellcheck="false",
        aria_describedby=described,
    )
    prefix = '<span class="lw-voor" aria-hidden="true">€</span>' if decimal else ""
    return (
        f'<div class="lw-vraag lw-vraag--getal" id="lw-vraag-{qid}" data-vraag="{qid}"'
        f' data-type="{q["type"]}"{hidden}>'
        f'<label class="lw-label" for="lw-{qid}">{_t(q["label"])}</label>'
        f"{_hulp(qid, q['help'])}{_fout(qid)}"
        f'<div class="lw-invoer{" lw-invoer--bedrag" if decimal else ""}">{prefix}'
        f'<input{invoer}><span class="lw-eenheid" id="lw-{qid}-eenheid">{_e(q["unit"])}</span>'
        "</div></div>"
    )


def _peildatum(qn: dict[str, Any]) -> str:
    van = date.fromisoformat(qn["covered_from"])
    tot = date.fromisoformat(qn["covered_until"])
    return (
        '<fieldset class="lw-groep" id="lw-groep-peildatum">'
        "<legend>Datum</legend>"
        '<div class="lw-vraag lw-vraag--datum" id="lw-vraag-peildatum" data-vraag="peildatum"'
        ' data-type="datum">'
        '<label class="lw-label" for="lw-peildatum">Op welke datum wil je het weten?</label>'
        '<p class="lw-hulp" id="lw-peildatum-hulp">Meestal vandaag. De regels zijn nagekeken '
        f"van {_e(datum(van))} tot en met {_e(datum(tot))}.</p>"
        f"{_fout('peildatum')}"
        f"<input{_attrs(type='date', id='lw-peildatum', name='peildatum')}"
        f"{_attrs(min=van.isoformat(), max=tot.isoformat())}"
        ' aria-describedby="lw-peildatum-hulp">'
        "</div></fieldset>"
    )


def render_form(config_json: str, root: str) -> str:
    """The checker's whole static HTML: form, status, result, summary and actions."""
    qn = questionnaire()
    per_id = {q["id"]: q for q in qn["questions"]}
    groepen = [_peildatum(qn)]
    for g in qn["groups"]:
        vragen = []
        for qid in g["questions"]:
            q = per_id[qid]
            vragen.append(_radio_vraag(q) if q["type"] in ("janee", "keuze") else _getal_vraag(q))
        intro = f'<p class="lw-groepuitleg">{_t(g["intro"])}</p>' if g["intro"] else ""
        groepen.append(
            f'<fieldset class="lw-groep" id="lw-groep-{g["id"]}">'
            f"<legend>{_t(g['title'])}</legend>{intro}{''.join(vragen)}</fieldset>"
        )
    voorwaarden = f"{root}voorwaarden/"
    config_attr = _e(config_json)
    return "\n".join(
        (
            f'<div class="lw-checker" id="lw-checker" data-lw-config="{config_attr}">',
            '<noscript><div class="admonition warning lw-noscript">',
            '<p class="admonition-title">JavaScript staat uit</p>',
            "<p>Deze test rekent in je eigen browser en heeft daarvoor JavaScript nodig.",
            "Zonder JavaScript kun je de vragen hieronder wel lezen, maar geeft de test geen",
            "uitkomst. Lees de zes voorwaarden één voor één op de pagina",
            f'<a href="{_e(voorwaarden)}">Voorwaarden voor het leefloon</a>.</p></div></noscript>',
            '<p class="lw-status" id="lw-status" role="status" aria-live="polite"></p>',
            '<form class="lw-formulier" id="lw-formulier" novalidate autocomplete="off"',
            ' aria-label="Vragen van de test">',
            "".join(groepen),
            "</form>",
            '<section class="lw-uitkomst" id="lw-uitkomst" aria-labelledby="lw-uitkomst-titel"'
            " hidden>",
            '<h2 id="lw-uitkomst-titel" tabindex="-1">Je uitkomst</h2>',
            '<div class="lw-foutoverzicht" id="lw-foutoverzicht" tabindex="-1" hidden></div>',
            '<div class="lw-resultaat" id="lw-resultaat"></div>',
            "</section>",
            '<section class="lw-controle" id="lw-controle" aria-labelledby="lw-controle-titel"'
            " hidden>",
            '<h2 id="lw-controle-titel">Controleer je antwoorden</h2>',
            '<dl class="lw-samenvatting" id="lw-samenvatting"></dl>',
            "</section>",
            '<div class="lw-acties" id="lw-acties" hidden>',
            '<button type="button" class="md-button md-button--primary" id="lw-deel">'
            "Deel deze antwoorden</button>",
            '<button type="button" class="md-button" id="lw-print">Afdrukken</button>',
            '<button type="button" class="md-button" id="lw-opnieuw">Opnieuw beginnen</button>',
            '<div class="lw-deellink" id="lw-deellink" hidden>',
            '<label for="lw-deelurl">Link met je antwoorden</label>',
            '<p class="lw-hulp" id="lw-deelurl-hulp">Je antwoorden staan alleen in deze link',
            "(na het #-teken); ze gaan niet naar een server. Iedereen met de link ziet ze.</p>",
            '<input type="text" id="lw-deelurl" readonly aria-describedby="lw-deelurl-hulp">',
            '<button type="button" class="md-button" id="lw-kopieer">Kopieer de link</button>',
            "</div>",
            "</div>",
            "</div>",
        )
    )


def on_page_content(html_text: str, page: Any, config: Any, files: Any) -> str:
    is_checker = page.file.src_uri == CHECKER_PAGE
    if PLACEHOLDER not in html_text:
        if is_checker:
            raise PluginError(f"{CHECKER_PAGE}: {PLACEHOLDER} ontbreekt")
        return html_text
    if not is_checker:
        raise PluginError(f"{page.file.src_uri}: {PLACEHOLDER} hoort alleen in {CHECKER_PAGE}")
    root = get_relative_url(".", page.url)
    root = "" if root == "." else root.rstrip("/") + "/"
    cfg = {
        "pyodide": f"{root}{_state['pyodide_dir']}",
        "pyodide_version": _state["pyodide_version"],
        "rules": f"{root}assets/checker/{_state['rules_zip_name']}",
        "rules_name": _state["rules_zip_name"],
        "snapshot": f"{root}assets/checker/{_state['snapshot_name']}",
        "worker": f"{root}{WORKER_SRC}?v={_state['worker_version']}",
        "root": root,
        "rules_version": questionnaire()["rules_version"],
        "covered_from": questionnaire()["covered_from"],
        "covered_until": questionnaire()["covered_until"],
        "covered_until_text": questionnaire()["covered_until_text"],
        "questions": {
            q["id"]: {
                "short": q["short"],
                "type": q["type"],
                "unit": q["unit"],
                "choices": {c["value"]: c["label"] for c in q["choices"]},
            }
            for q in questionnaire()["questions"]
        },
    }
    _state["rendered"] = True
    cfg_json = json.dumps(cfg, ensure_ascii=False, separators=(",", ":"))
    # overrides/main.html puts the boot part in the <head> of this page only, with
    # checker.js as an async module, so the worker starts before Material has loaded.
    page.meta["lw_checker_boot"] = json.dumps(
        {k: cfg[k] for k in ("pyodide", "rules", "rules_name", "snapshot", "worker")},
        separators=(",", ":"),
    )
    # The placeholder arrives as its own paragraph or raw block.
    form = render_form(cfg_json, root)
    out = re.sub(rf"<p>\s*{re.escape(PLACEHOLDER)}\s*</p>", lambda m: form, html_text)
    return out.replace(PLACEHOLDER, form)


# --- After the build: Pyodide, the rules zip, the manifest and the CSP hashes ---------------


def _copy_pyodide(site_dir: Path) -> None:
    target = site_dir / _state["pyodide_dir"]
    target.mkdir(parents=True, exist_ok=True)
    for name, expected in _state["pyodide_files"].items():
        src = PYODIDE_DIR / name
        if not src.is_file():
            raise PluginError(f"Pyodide: {src} ontbreekt. Voer 'npm ci' uit.")
        actual = _sha256(src)
        if actual != expected:
            raise PluginError(
                f"Pyodide: {name} heeft SHA-256 {actual}, verwacht {expected} "
                f"({HASHES_FILE.name}). Het bestand is gewijzigd of beschadigd."
            )
        patch = _state["pyodide_patches"].get(name)
        if patch is None:
            shutil.copyfile(src, target / name)
            expected_out = expected
        else:
            data = src.read_bytes()
            old, new = patch["replace"].encode(), patch["with"].encode()
            if data.count(old) != 1:
                raise PluginError(f"Pyodide: patch voor {name} past niet ({patch['replace']!r})")
            (target / name).write_bytes(data.replace(old, new))
            expected_out = patch["sha256_after"]
        if _sha256(target / name) != expected_out:
            raise PluginError(f"Pyodide: de geleverde {name} wijkt af van {HASHES_FILE.name}")


_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S | re.I)
_NON_JS_TYPE = re.compile(r"""\stype\s*=\s*["']?(?!module|text/javascript)[^"'\s>]+""", re.I)


def _inline_hashes(text: str) -> set[str]:
    found = set()
    for m in _INLINE_SCRIPT.finditer(text):
        attrs = m.group("attrs") or ""
        if re.search(r"\ssrc\s*=", attrs, re.I) or _NON_JS_TYPE.search(attrs):
            continue
        digest = hashlib.sha256(m.group("body").encode("utf-8")).digest()
        found.add("'sha256-" + base64.b64encode(digest).decode("ascii") + "'")
    return found


_STYLE_ATTR = re.compile(r"""\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_STYLE_ELEMENT = re.compile(r"<style(?:\s[^>]*)?>(.*?)</style>", re.S | re.I)


def _sha256_source(text: str) -> str:
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _style_hashes(text: str) -> tuple[set[str], set[str]]:
    """Hashes of <style> elements and of style="" attributes (Markdown table alignment)."""
    elements = {_sha256_source(m.group(1)) for m in _STYLE_ELEMENT.finditer(text)}
    attrs = {
        _sha256_source(html.unescape(m.group(1) if m.group(1) is not None else m.group(2)))
        for m in _STYLE_ATTR.finditer(text)
    }
    return elements, attrs


def _apply_csp(site_dir: Path) -> None:
    pages = sorted(site_dir.rglob("*.html"))
    scripts: set[str] = set()
    style_elements: set[str] = set()
    style_attrs: set[str] = set()
    texts = {}
    for p in pages:
        texts[p] = p.read_text(encoding="utf-8")
        scripts |= _inline_hashes(texts[p])
        elements, attrs = _style_hashes(texts[p])
        style_elements |= elements
        style_attrs |= attrs
    script_sources = "'unsafe-inline'" if _state.get("serve") else " ".join(sorted(scripts))
    # 'unsafe-hashes' lets exactly these style="" values through (e.g. "text-align: right;"
    # from Markdown tables, also when search or instant navigation inserts that HTML),
    # and nothing else: no 'unsafe-inline' for styles either.
    style_sources = " ".join(
        [
            *sorted(style_elements),
            *(["'unsafe-hashes'", *sorted(style_attrs)] if style_attrs else []),
        ]
    )
    for p, text in texts.items():
        if CSP_TOKEN not in text:
            continue
        filled = text.replace(CSP_TOKEN, script_sources).replace(CSP_STYLE_TOKEN, style_sources)
        p.write_text(filled, encoding="utf-8")


def _make_snapshot(site_dir: Path, checker_dir: Path) -> None:
    """Put the memory snapshot for these exact inputs into the site (made once per key)."""
    name = _state["snapshot_name"]
    cached = SNAPSHOT_CACHE / name
    if not cached.is_file():
        node = shutil.which("node")
        if node is None:
            raise PluginError(
                "Node.js ontbreekt: nodig om de Pyodide-snapshot te maken (zie package.json)."
            )
        SNAPSHOT_CACHE.mkdir(parents=True, exist_ok=True)
        tmp = cached.with_suffix(f".{os.getpid()}.tmp")
        proc = subprocess.run(
            [
                node,
                str(SNAPSHOT_SCRIPT),
                str(site_dir / _state["pyodide_dir"]),
                str(checker_dir / _state["rules_zip_name"]),
                _state["rules_zip_name"],
                str(tmp),
            ],
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        if proc.returncode != 0 or not tmp.is_file():
            raise PluginError(f"Pyodide-snapshot mislukt:\n{proc.stdout}\n{proc.stderr}")
        tmp.replace(cached)
        for old in SNAPSHOT_CACHE.glob("leefloon-snapshot-*.bin"):
            if old.name != name and old.stat().st_mtime < cached.stat().st_mtime - 86400:
                old.unlink(missing_ok=True)  # keep a day of older keys for other worktrees
    shutil.copyfile(cached, checker_dir / name)


def on_post_build(config: Any) -> None:
    site_dir = Path(config["site_dir"])
    if not _state.get("rendered"):
        raise PluginError(f"{CHECKER_PAGE} werd niet gebouwd met {PLACEHOLDER}")
    _copy_pyodide(site_dir)
    checker_dir = site_dir / "assets" / "checker"
    checker_dir.mkdir(parents=True, exist_ok=True)
    for old in checker_dir.glob("leefloon-regels-*.zip"):
        old.unlink()
    for old in checker_dir.glob("leefloon-snapshot-*.bin"):
        old.unlink()
    (checker_dir / _state["rules_zip_name"]).write_bytes(_state["rules_zip_bytes"])
    _make_snapshot(site_dir, checker_dir)
    manifest = {
        "pyodide_version": _state["pyodide_version"],
        "pyodide": _state["pyodide_dir"],
        "rules": f"assets/checker/{_state['rules_zip_name']}",
        "snapshot": f"assets/checker/{_state['snapshot_name']}",
        "rules_version": questionnaire()["rules_version"],
        "worker": WORKER_SRC,
    }
    (checker_dir / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    _apply_csp(site_dir)
