"""MkDocs hook: the checker page ("Doe de test") and the files it needs.

Thin adapter: the work is in :mod:`scripts.sitegen.checker_build` (typed state, the
page, the files) and :mod:`scripts.sitegen.form` (the form, from Jinja2 templates).

- ``on_config``: check the pinned Pyodide, build the rules zip, name every derived file;
- ``on_page_content``: the static form where ``docs/checker.md`` writes
  ``<!-- checker:test -->``, and the boot configuration that ``overrides/main.html``
  puts in that page's ``<head>`` (``page.meta.lw_checker_boot``);
- ``on_post_build``: stop the build if the checker page was not rendered; else put Pyodide,
  the rules zip, the trimmed standard library, the snapshot, the filled-in worker and the
  manifest into the site (a fresh checker folder: nothing of an earlier build stays).

The CSP hashes are the ``csp.py`` hook's job, listed after this one.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.sitegen import BuildError  # noqa: E402
from scripts.sitegen import checker_build as cb  # noqa: E402

_state: dict[str, Any] = {"build": None, "rendered": False}


def _build() -> cb.CheckerBuild:
    build = _state["build"]
    assert isinstance(build, cb.CheckerBuild)
    return build


def on_config(config: Any) -> Any:
    try:
        _state["build"] = cb.prepare(Path(config["docs_dir"]))
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
    _state["rendered"] = False
    return config


def on_page_content(html_text: str, page: Any, config: Any, files: Any) -> str:
    root = get_relative_url(".", page.url)
    root = "" if root == "." else root.rstrip("/") + "/"
    try:
        out, boot = cb.render_checker_page(html_text, page.file.src_uri, root, _build())
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
    if boot is not None:
        page.meta["lw_checker_boot"] = boot
        _state["rendered"] = True
    return out


def on_post_build(config: Any) -> None:
    if not _state["rendered"]:
        raise PluginError(f"{cb.CHECKER_PAGE} werd niet gebouwd met {cb.PLACEHOLDER}")
    site_dir = Path(config["site_dir"])
    try:
        cb.write_assets(site_dir, _build())
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
