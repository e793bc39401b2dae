"""MkDocs hook: the opt-in offline copy's service worker (see :mod:`scripts.sitegen.offline`).

Listed LAST in ``mkdocs.yml``: after the build, when every other hook has changed the files
(module versions, CSP hashes), it fills in the download size on the pages with the button
and writes ``sw.js`` into the site root with the final files' hashes and this build's
cache name. Not under ``mkdocs serve``, which changes every page it serves (live reload):
there the button reports that saving did not work.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.sitegen import BuildError  # noqa: E402
from scripts.sitegen.offline import schrijf_service_worker  # noqa: E402

_state = {"serve": False}


def on_startup(command: str, dirty: bool) -> None:
    _state["serve"] = command == "serve"


def _zoektalen(config: Any) -> tuple[str, ...]:
    """The search plugin's languages (the search worker loads their lunr files)."""
    plugin = config["plugins"].get("material/search") or config["plugins"].get("search")
    talen = plugin.config.get("lang") if plugin is not None else None
    return tuple(talen or ("nl",))


def on_post_build(config: Any) -> None:
    if _state["serve"]:
        return
    try:
        schrijf_service_worker(Path(config["site_dir"]), _zoektalen(config))
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
