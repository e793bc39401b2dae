"""Package the rule module as a zip for Pyodide, named after its content hash.

The browser worker and the Node runs (build and parity test) load the rules the same way:
the archive is written to Pyodide's file system and put on ``sys.path`` (zipimport).
Only what the browser runs goes in: not the Markdown views and data for the site
(``site.py``, ``voorbeelden.py``, ``casussen.py``, ``taal.py``) nor the command line
(``cli.py``, ``__main__.py``). The name carries the
first 16 hex digits of the SHA-256 of its bytes, so a rules change always gets a
new URL and can never be served from a stale cache. The zip is reproducible:
files in sorted order with a fixed timestamp.

Usage: ``python scripts/rules_zip.py OUTDIR`` → prints the path of the zip.
"""

from __future__ import annotations

import hashlib
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "checker"
_FIXED_TIME = (2020, 1, 1, 0, 0, 0)
#: Modules of the package that the browser never imports.
NOT_IN_BROWSER = frozenset(
    {"site.py", "voorbeelden.py", "casussen.py", "taal.py", "cli.py", "__main__.py"}
)


def rules_files() -> list[Path]:
    """The ``.py`` files of the ``checker`` package that go into the zip, sorted."""
    return [
        path
        for path in sorted(PACKAGE.rglob("*.py"))
        if "__pycache__" not in path.parts
        and not (path.parent == PACKAGE and path.name in NOT_IN_BROWSER)
    ]


def rules_zip_bytes() -> bytes:
    """The zip's bytes: :func:`rules_files`, in sorted order with a fixed timestamp."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in rules_files():
            info = zipfile.ZipInfo(path.relative_to(ROOT).as_posix(), date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, path.read_bytes())
    return buf.getvalue()


def rules_zip_name(data: bytes) -> str:
    """``leefloon-regels-<hash>.zip`` for these bytes."""
    return f"leefloon-regels-{hashlib.sha256(data).hexdigest()[:16]}.zip"


def write_rules_zip(outdir: Path) -> Path:
    """Write the zip into ``outdir`` under its hashed name and return its path."""
    data = rules_zip_bytes()
    outdir.mkdir(parents=True, exist_ok=True)
    target = outdir / rules_zip_name(data)
    target.write_bytes(data)
    return target


if __name__ == "__main__":
    print(write_rules_zip(Path(sys.argv[1] if len(sys.argv) > 1 else "build")))
