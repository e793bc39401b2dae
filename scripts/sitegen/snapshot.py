"""The Pyodide memory snapshot for return visits, made and checked with Node at build time.

``node/pyodide_tool.mjs snapshot`` boots Pyodide with the trimmed standard library, imports
the rule module, runs a warm-up evaluation and writes Pyodide's whole WebAssembly memory,
without its runs of zero bytes and gzip-compressed. ``restore`` then starts Python from
that file, as the worker does on a return visit, and runs every case again: the answers
must equal the trace's, or the build fails.

The file's name carries a key over every input (Pyodide, the rules zip, the trimmed
standard library, the tool), so a change of any of them gives a new name: a stale snapshot
can never be served. The snapshot also records the names of the rules zip and the
standard-library zip it was made with, and the worker refuses one that names others. Made
once per key and kept in ``.cache/leefloon-snapshot/``.
"""

from __future__ import annotations

import hashlib
import json
import tempfile
from pathlib import Path

from scripts.sitegen.errors import BuildError
from scripts.sitegen.pyodide import PyodidePin
from scripts.sitegen.stdlib import (
    TOOL,
    TrimmedStdlib,
    cases,
    minimal_lock,
    run_tool,
    write_atomic,
)

ROOT = Path(__file__).resolve().parent.parent.parent
CACHE = ROOT / ".cache" / "leefloon-snapshot"


def snapshot_name(pin: PyodidePin, rules_zip: bytes, stdlib: TrimmedStdlib) -> str:
    """``leefloon-snapshot-<key>.bin``: the key hashes every input of the snapshot."""
    key = hashlib.sha256()
    for part in (pin.fingerprint().encode(), rules_zip, stdlib.data, TOOL.read_bytes()):
        key.update(hashlib.sha256(part).digest())
    return f"leefloon-snapshot-{key.hexdigest()[:16]}.bin"


def make_snapshot(
    pin: PyodidePin, rules_name: str, rules_zip: bytes, stdlib: TrimmedStdlib
) -> Path:
    """The cached, verified snapshot file for these inputs (made when missing)."""
    name = snapshot_name(pin, rules_zip, stdlib)
    cached = CACHE / name
    if cached.is_file():
        return cached
    with tempfile.TemporaryDirectory(prefix="lw-snapshot-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "rules.zip").write_bytes(rules_zip)
        (tmp / "stdlib.zip").write_bytes(stdlib.data)
        (tmp / "cases.json").write_text(json.dumps(cases(), ensure_ascii=False), "utf-8")
        request = {
            "pyodide": str(pin.source),
            "rules": str(tmp / "rules.zip"),
            "rulesName": rules_name,
            "stdlib": str(tmp / "stdlib.zip"),
            "stdlibName": stdlib.name,
            "cases": str(tmp / "cases.json"),
            "lock": minimal_lock(pin),
            "out": str(tmp / name),
            "snapshot": str(tmp / name),
        }
        run_tool("snapshot", request)
        restored = run_tool("restore", request)
        if (restored["rulesName"], restored["stdlibName"]) != (rules_name, stdlib.name):
            raise BuildError("Pyodide-snapshot: de namen van regels of bibliotheek kloppen niet")
        differ = sorted(k for k, v in stdlib.answers.items() if restored["answers"].get(k) != v)
        if differ:
            raise BuildError(
                f"Pyodide-snapshot geeft andere antwoorden voor {len(differ)} gevallen "
                f"({', '.join(differ[:5])}…)."
            )
        write_atomic(cached, (tmp / name).read_bytes())
    for old in CACHE.glob("leefloon-snapshot-*.bin"):
        if old.name != name and old.stat().st_mtime < cached.stat().st_mtime - 86400:
            old.unlink(missing_ok=True)  # keep a day of older keys for other worktrees
    return cached
