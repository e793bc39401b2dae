"""The in-page checker's build: one typed state, the checker page and its files.

:func:`prepare` gathers everything one build of the checker needs into a frozen
:class:`CheckerBuild`: the pinned Pyodide (hash-checked), the hashed rules zip, the
trimmed standard library (traced, trimmed and verified under Node, see
:mod:`.stdlib`), the verified memory snapshot (:mod:`.snapshot`), and the worker with
these facts written into it. Then

- :func:`render_checker_page` puts the static form where ``docs/checker.md`` writes
  ``<!-- checker:test -->`` and returns the boot configuration for the page's ``<head>``;
- :func:`write_assets` puts all those files into the built site.

Files in the site, all named by content or version, so none can be served stale:

- ``assets/pyodide/<version>/`` the five pinned Pyodide files (the worker uses three; the
  full ``python_stdlib.zip`` only if the rules ever import a module the trimmed one lacks,
  and the lock file only for tools such as the benchmark's bare page);
- ``assets/checker/leefloon-regels-<hash>.bin`` (the rules compiled to bytecode) and
  ``leefloon-stdlib-<hash>.bin`` (both zips gzipped whole; the worker inflates them),
  ``leefloon-snapshot-<key>.bin`` and ``manifest.json`` (the same facts, for tools);
- ``javascripts/worker.js`` with ``const BUILD = …`` filled in: URLs (relative to the
  worker), sizes for the progress messages, Subresource-Integrity hashes and the lock
  file's ``info`` (so the worker needs no request for ``pyodide-lock.json``). The page
  loads it as ``worker.js?v=<hash of the filled file>``.

Only the checker page references any of these files: docs pages load no Pyodide byte.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from checker.schema import questionnaire
from scripts import rules_zip
from scripts.sitegen import pyodide, snapshot
from scripts.sitegen.errors import BuildError
from scripts.sitegen.form import Woordenlijst, render_form
from scripts.sitegen.slot import fill_slot
from scripts.sitegen.stdlib import (
    TrimmedStdlib,
    bin_name,
    build_trimmed_stdlib,
    compile_rules,
    gzipped,
    integrity,
    minimal_lock,
)

WORKER_SRC = "javascripts/worker.js"
CHECKER_PAGE = "checker.md"
PLACEHOLDER = "<!-- checker:test -->"
CHECKER_DIR = "assets/checker/"
#: In docs/javascripts/worker.js; the build replaces it with the build's facts.
BUILD_SLOT = "/* lw:build */ null"
#: The Pyodide files the worker fetches itself (sizes for its progress messages).
WORKER_FETCHES = ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")


@dataclass(frozen=True)
class Artifact:
    """A file the build derives: its name in the site, what Pyodide gets (``data``) and
    what the site serves (``served``: the same, or gzipped whole)."""

    name: str
    data: bytes
    served: bytes

    @classmethod
    def plain(cls, name: str, data: bytes) -> Artifact:
        return cls(name, data, data)

    @property
    def integrity(self) -> str:
        """Subresource Integrity for the served bytes (or, if a host decodes them, data)."""
        return integrity(*dict.fromkeys((self.served, self.data)))


@dataclass(frozen=True)
class CheckerBuild:
    """Everything one build of the checker needs, computed once in :func:`prepare`."""

    pin: pyodide.PyodidePin
    rules: Artifact
    stdlib: TrimmedStdlib
    snapshot: Artifact
    worker: Artifact  # the filled worker.js; ``name`` is its version (hash)
    questionnaire: dict[str, Any]
    woordenlijst: Woordenlijst


def _relative_to_worker(path: str) -> str:
    """A site path (``assets/…``) as the worker, in ``javascripts/``, reaches it."""
    return "../" + path


def worker_facts(
    pin: pyodide.PyodidePin, rules: Artifact, stdlib: TrimmedStdlib, snapshot_file: Artifact
) -> dict[str, Any]:
    """What the build writes into the worker as ``BUILD`` (see docs/javascripts/worker.js)."""
    return {
        "pyodide": _relative_to_worker(pin.site_dir),
        "pyodideVersion": pin.version,
        "sizes": {name: (pin.source / name).stat().st_size for name in WORKER_FETCHES},
        "rules": {
            "url": _relative_to_worker(CHECKER_DIR + rules.name),
            "name": rules.name,
            "size": len(rules.served),
            "integrity": rules.integrity,
            "gzip": True,
        },
        "stdlib": {
            "url": _relative_to_worker(CHECKER_DIR + stdlib.name),
            "name": stdlib.name,
            "size": len(stdlib.served),
            "integrity": stdlib.integrity,
            "gzip": True,
        },
        "fullStdlib": {
            "url": _relative_to_worker(pin.site_dir + "python_stdlib.zip"),
            "size": (pin.source / "python_stdlib.zip").stat().st_size,
            "path": stdlib.stdlib_zip.replace(".zip", "-volledig.zip"),
        },
        "snapshot": {
            "url": _relative_to_worker(CHECKER_DIR + snapshot_file.name),
            "name": snapshot_file.name,
            "size": len(snapshot_file.served),
        },
        "lock": minimal_lock(pin),
    }


def fill_worker(source: str, facts: dict[str, Any]) -> str:
    """The worker's source with ``BUILD`` filled in."""
    facts_json = json.dumps(facts, ensure_ascii=False, sort_keys=True)
    return fill_slot(source, BUILD_SLOT, facts_json, WORKER_SRC)


def prepare(docs_dir: Path) -> CheckerBuild:
    """Check Pyodide; build the rules zip, the trimmed stdlib, the snapshot and the worker."""
    pin = pyodide.load_pin()
    pyodide.check_files(pin)
    # The rules as bytecode: importing them compiles nothing in the browser either.
    data = compile_rules(pin, rules_zip.rules_zip_bytes())
    served = gzipped(data)
    rules = Artifact(bin_name("leefloon-regels", served), data, served)
    worker_source = docs_dir / WORKER_SRC
    if not worker_source.is_file():
        raise BuildError(f"{WORKER_SRC} ontbreekt in docs/")
    stdlib = build_trimmed_stdlib(pin, data)
    made = snapshot.make_snapshot(pin, rules.name, data, stdlib)
    snapshot_file = Artifact.plain(made.name, made.read_bytes())
    filled = fill_worker(
        worker_source.read_text(encoding="utf-8"), worker_facts(pin, rules, stdlib, snapshot_file)
    )
    version = hashlib.sha256(filled.encode("utf-8")).hexdigest()[:16]
    return CheckerBuild(
        pin=pin,
        rules=rules,
        stdlib=stdlib,
        snapshot=snapshot_file,
        worker=Artifact.plain(version, filled.encode("utf-8")),
        questionnaire=questionnaire(),
        woordenlijst=Woordenlijst.uit_docs(docs_dir),
    )


def page_config(build: CheckerBuild, root: str) -> dict[str, Any]:
    """What the page script reads from ``data-lw-config``: URLs and the questionnaire.

    ``snapshot``: the page may look it up in its HTTP cache while the worker starts and
    send it over (see the protocol at the top of worker.js); the worker decides the rest.
    """
    qn = build.questionnaire
    return {
        "pyodide": f"{root}{build.pin.site_dir}",
        "pyodide_version": build.pin.version,
        "rules": f"{root}{CHECKER_DIR}{build.rules.name}",
        "rules_name": build.rules.name,
        "snapshot": f"{root}{CHECKER_DIR}{build.snapshot.name}",
        "worker": f"{root}{WORKER_SRC}?v={build.worker.name}",
        "root": root,
        "rules_version": qn["rules_version"],
        "covered_from": qn["covered_from"],
        "covered_until": qn["covered_until"],
        "covered_until_text": qn["covered_until_text"],
        "questions": {
            q["id"]: {
                "short": q["short"],
                "type": q["type"],
                "unit": q["unit"],
                "choices": {c["value"]: c["label"] for c in q["choices"]},
            }
            for q in qn["questions"]
        },
    }


#: The part of the page configuration the ``<head>`` needs to start the worker early.
BOOT_KEYS = ("pyodide", "rules", "rules_name", "snapshot", "worker")


def render_checker_page(
    html_text: str, page_uri: str, root: str, build: CheckerBuild
) -> tuple[str, str | None]:
    """Put the form into the checker page; return the page and its boot JSON.

    ``root`` is the relative URL from the page to the site root (``""`` or ``"../"``).
    Pages without the placeholder come back unchanged with ``None``; the placeholder on
    another page than ``checker.md``, or its absence there, is a :class:`BuildError`.
    """
    is_checker = page_uri == CHECKER_PAGE
    if PLACEHOLDER not in html_text:
        if is_checker:
            raise BuildError(f"{CHECKER_PAGE}: {PLACEHOLDER} ontbreekt")
        return html_text, None
    if not is_checker:
        raise BuildError(f"{page_uri}: {PLACEHOLDER} hoort alleen in {CHECKER_PAGE}")
    cfg = page_config(build, root)
    cfg_json = json.dumps(cfg, ensure_ascii=False, separators=(",", ":"))
    boot = json.dumps({k: cfg[k] for k in BOOT_KEYS}, separators=(",", ":"))
    form = render_form(build.questionnaire, build.woordenlijst, cfg_json, root)
    # The placeholder arrives as its own paragraph or raw block.
    out = re.sub(rf"<p>\s*{re.escape(PLACEHOLDER)}\s*</p>", lambda m: form, html_text)
    return out.replace(PLACEHOLDER, form), boot


def manifest(build: CheckerBuild) -> dict[str, Any]:
    """``assets/checker/manifest.json``: the build's files, for tools (the benchmark)."""
    return {
        "pyodide_version": build.pin.version,
        "pyodide": build.pin.site_dir,
        "rules": f"{CHECKER_DIR}{build.rules.name}",
        "stdlib": f"{CHECKER_DIR}{build.stdlib.name}",
        "stdlib_files": len(build.stdlib.files),
        "snapshot": f"{CHECKER_DIR}{build.snapshot.name}",
        "rules_version": build.questionnaire["rules_version"],
        "worker": f"{WORKER_SRC}?v={build.worker.name}",
    }


def write_assets(site_dir: Path, build: CheckerBuild) -> None:
    """Put Pyodide, the rules, the stdlib, the snapshot, the worker and the manifest in."""
    pyodide.copy_files(build.pin, site_dir / build.pin.site_dir)
    checker_dir = site_dir / CHECKER_DIR
    if checker_dir.exists():
        shutil.rmtree(checker_dir)  # no file of an earlier build stays behind
    checker_dir.mkdir(parents=True)
    (checker_dir / build.rules.name).write_bytes(build.rules.served)
    (checker_dir / build.stdlib.name).write_bytes(build.stdlib.served)
    (checker_dir / build.snapshot.name).write_bytes(build.snapshot.served)
    (site_dir / WORKER_SRC).write_bytes(build.worker.data)
    (checker_dir / "manifest.json").write_text(
        json.dumps(manifest(build), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
