"""The in-page checker's build: one typed state, the checker page and its files.

:func:`prepare` gathers everything one build of the checker needs into a
:class:`CheckerBuild` (frozen): the pinned Pyodide, the hashed rules zip, the snapshot's
name, the worker's version, the questionnaire and the glossary. Then

- :func:`render_checker_page` puts the static form where ``docs/checker.md`` writes
  ``<!-- checker:test -->`` and returns the boot configuration for the page's ``<head>``;
- :func:`write_assets` puts Pyodide (hash-checked), the rules zip, the snapshot and
  ``assets/checker/manifest.json`` into the built site.

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

ROOT = Path(__file__).resolve().parent.parent.parent
WORKER_SRC = "javascripts/worker.js"
CHECKER_PAGE = "checker.md"
PLACEHOLDER = "<!-- checker:test -->"
CHECKER_DIR = "assets/checker/"


@dataclass(frozen=True)
class Artifact:
    """A file the build derives, named by its content hash."""

    name: str
    data: bytes

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.data).hexdigest()


@dataclass(frozen=True)
class CheckerBuild:
    """Everything one build of the checker needs, computed once in :func:`prepare`."""

    pin: pyodide.PyodidePin
    rules: Artifact
    snapshot_name: str
    worker_version: str
    questionnaire: dict[str, Any]
    woordenlijst: Woordenlijst


def prepare(docs_dir: Path) -> CheckerBuild:
    """Check the pinned Pyodide, build the rules zip and name every derived file."""
    pin = pyodide.load_pin()
    data = rules_zip.rules_zip_bytes()
    worker = docs_dir / WORKER_SRC
    if not worker.is_file():
        raise BuildError(f"{WORKER_SRC} ontbreekt in docs/")
    key = hashlib.sha256()
    key.update(pin.version.encode())
    for name in sorted(pin.files):
        key.update(f"{name}={pin.files[name]};".encode())
    patches = {
        k: {"replace": p.replace, "with": p.with_, "sha256_after": p.sha256_after}
        for k, p in pin.patches.items()
    }
    key.update(json.dumps(patches, sort_keys=True).encode())
    key.update(data)
    key.update(snapshot.SCRIPT.read_bytes())
    return CheckerBuild(
        pin=pin,
        rules=Artifact(rules_zip.rules_zip_name(data), data),
        snapshot_name=f"leefloon-snapshot-{key.hexdigest()[:16]}.bin",
        worker_version=hashlib.sha256(worker.read_bytes()).hexdigest()[:16],
        questionnaire=questionnaire(),
        woordenlijst=Woordenlijst.uit_docs(docs_dir),
    )


def page_config(build: CheckerBuild, root: str) -> dict[str, Any]:
    """What the page script reads from ``data-lw-config``: URLs and the questionnaire."""
    qn = build.questionnaire
    return {
        "pyodide": f"{root}{build.pin.site_dir}",
        "pyodide_version": build.pin.version,
        "rules": f"{root}{CHECKER_DIR}{build.rules.name}",
        "rules_name": build.rules.name,
        "snapshot": f"{root}{CHECKER_DIR}{build.snapshot_name}",
        "worker": f"{root}{WORKER_SRC}?v={build.worker_version}",
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


def write_assets(site_dir: Path, build: CheckerBuild) -> None:
    """Put Pyodide, the rules zip, the snapshot and the manifest into the built site."""
    pyodide.copy_files(build.pin, site_dir / build.pin.site_dir)
    checker_dir = site_dir / CHECKER_DIR
    checker_dir.mkdir(parents=True, exist_ok=True)
    for old in checker_dir.glob("leefloon-regels-*.zip"):
        old.unlink()
    for old in checker_dir.glob("leefloon-snapshot-*.bin"):
        old.unlink()
    (checker_dir / build.rules.name).write_bytes(build.rules.data)
    made = snapshot.make_snapshot(
        build.snapshot_name,
        site_dir / build.pin.site_dir,
        checker_dir / build.rules.name,
        build.rules.name,
    )
    shutil.copyfile(made, checker_dir / build.snapshot_name)
    manifest = {
        "pyodide_version": build.pin.version,
        "pyodide": build.pin.site_dir,
        "rules": f"{CHECKER_DIR}{build.rules.name}",
        "snapshot": f"{CHECKER_DIR}{build.snapshot_name}",
        "rules_version": build.questionnaire["rules_version"],
        "worker": WORKER_SRC,
    }
    (checker_dir / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
