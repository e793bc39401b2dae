"""MkDocs hook: the Content-Security-Policy hashes of every page (see :mod:`scripts.sitegen.csp`).

Listed after the page hooks in ``mkdocs.yml`` (only ``offline.py`` comes later): after the
build, it reads every page as those hooks left it and replaces the CSP placeholders of
``overrides/main.html`` with the hashes of all inline scripts and styles of the site.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.sitegen.csp import apply_csp  # noqa: E402

_state = {"serve": False}


def on_startup(command: str, dirty: bool) -> None:
    # `mkdocs serve` injects its live-reload script inline into every page it serves;
    # only there, scripts get 'unsafe-inline' instead of hashes. Built sites never do.
    _state["serve"] = command == "serve"


def on_post_build(config: Any) -> None:
    apply_csp(Path(config["site_dir"]), serve=_state["serve"])
