"""MkDocs hook: the policy charts (drawing and data in :mod:`scripts.sitegen.charts`).

A page writes ``<!-- grafiek:ID -->`` and gets a figure with the SVG and a table with
the same numbers; the SVGs are added to the build as ``img/grafieken/ID.svg``. The data
is ``cijfers.toml`` beside this hook. A mistake in it fails the build (``PluginError``).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

ROOT = Path(__file__).resolve().parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.sitegen import BuildError  # noqa: E402
from scripts.sitegen import charts as _charts  # noqa: E402
from scripts.sitegen.charts import DATA, lees_grafieken  # noqa: E402

__all__ = ["DATA", "lees_grafieken"]

_state: dict[str, _charts.Grafieken] = {}


def on_config(config: Any) -> Any:
    """Read and check the figures once per build; draw every chart."""
    try:
        _state["charts"] = _charts.laad_grafieken()
    except BuildError as exc:
        raise PluginError(str(exc)) from exc
    return config


def on_files(files: Files, config: Any) -> Files:
    """Add one generated SVG per chart to the build."""
    charts = _state["charts"]
    for gid, g in charts.grafieken.items():
        if files.get_file_from_path(g.pad) is not None:
            raise PluginError(
                f"{g.pad} bestaat al in docs/: de grafiek {gid} zou het overschrijven"
            )
        files.append(File.generated(config, g.pad, content=charts.svg[gid]))
    return files


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Render every ``<!-- grafiek:ID -->`` into a figure and its data table."""
    try:
        return _charts.render_charts(markdown, page.file.src_uri, _state["charts"])
    except BuildError as exc:
        raise PluginError(str(exc)) from exc


def on_serve(server: Any, config: Any, builder: Any) -> Any:
    """Rebuild when the figures change during ``mkdocs serve``."""
    server.watch(str(DATA))
    return server
