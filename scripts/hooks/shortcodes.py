"""MkDocs hook: ``<!-- lw:NAME args -->`` shortcodes (see :mod:`scripts.sitegen.shortcodes`).

Amounts, dates, sources, statuses and worked calculations are rendered from the rule
module; an unknown shortcode or a bad argument fails the build (``PluginError``).
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
from scripts.sitegen.shortcodes import render_shortcodes  # noqa: E402


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    try:
        return render_shortcodes(
            markdown, page.file.src_uri, Path(config["docs_dir"]), config.get("site_url") or ""
        )
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
