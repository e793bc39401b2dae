"""The Pyodide memory snapshot for return visits, made with Node at build time.

``node/pyodide_snapshot.mjs`` boots Pyodide, imports the rule module, runs a warm-up
evaluation and writes Pyodide's whole WebAssembly memory, without its runs of zero bytes
and gzip-compressed. The file's name carries a key that hashes every input, so a change
of rules or Pyodide gives a new name and a stale snapshot can never be served. It is made
once per key and kept in ``.cache/leefloon-snapshot/``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from scripts.sitegen.errors import BuildError

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPT = Path(__file__).resolve().parent / "node" / "pyodide_snapshot.mjs"
CACHE = ROOT / ".cache" / "leefloon-snapshot"


def node_binary() -> str:
    """The ``node`` executable, or a Dutch error saying it is missing."""
    node = shutil.which("node")
    if node is None:
        raise BuildError(
            "Node.js ontbreekt: nodig om Pyodide bij het bouwen te draaien (zie package.json)."
        )
    return node


def make_snapshot(name: str, pyodide_dir: Path, rules_zip: Path, rules_name: str) -> Path:
    """The cached snapshot file called ``name`` for these inputs (made when missing)."""
    cached = CACHE / name
    if cached.is_file():
        return cached
    CACHE.mkdir(parents=True, exist_ok=True)
    tmp = cached.with_suffix(f".{os.getpid()}.tmp")
    proc = subprocess.run(
        [node_binary(), str(SCRIPT), str(pyodide_dir), str(rules_zip), rules_name, str(tmp)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    if proc.returncode != 0 or not tmp.is_file():
        raise BuildError(f"Pyodide-snapshot mislukt:\n{proc.stdout}\n{proc.stderr}")
    tmp.replace(cached)
    for old in CACHE.glob("leefloon-snapshot-*.bin"):
        if old.name != name and old.stat().st_mtime < cached.stat().st_mtime - 86400:
            old.unlink(missing_ok=True)  # keep a day of older keys for other worktrees
    return cached
