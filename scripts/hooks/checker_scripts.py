"""MkDocs hook: content versions on the checker page's module URLs.

After the build, :func:`scripts.sitegen.jsversions.apply` gives every relative import in
``javascripts/checker.js`` and ``javascripts/checker/*.js`` the content hash of its
target (``?v=…``), and every page's script tag the entry's. Listed before the CSP hook.
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
from scripts.sitegen.jsversions import apply  # noqa: E402


def on_post_build(config: Any) -> None:
    try:
        apply(Path(config["site_dir"]))
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
