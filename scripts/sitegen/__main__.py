"""The after-build steps from the command line, without MkDocs.

    python -m scripts.sitegen assets SITE_DIR [--docs DOCS_DIR]
        Pyodide (hash-checked), the rules zip, the trimmed standard library, the snapshot,
        the filled worker and manifest.json into a built site.
    python -m scripts.sitegen csp SITE_DIR
        The Content-Security-Policy hashes into every page of a built site.

The MkDocs hooks call the same functions; with another site generator (Zensical, see the
README) these run after its build.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scripts.sitegen import BuildError
from scripts.sitegen.checker_build import prepare, write_assets
from scripts.sitegen.csp import apply_csp


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.sitegen", description=__doc__)
    sub = parser.add_subparsers(dest="step", required=True)
    assets = sub.add_parser("assets", help="the checker's files into a built site")
    assets.add_argument("site", type=Path)
    assets.add_argument("--docs", type=Path, default=Path("docs"))
    csp = sub.add_parser("csp", help="the CSP hashes into every page of a built site")
    csp.add_argument("site", type=Path)
    args = parser.parse_args(argv)
    try:
        if args.step == "assets":
            write_assets(args.site, prepare(args.docs))
        else:
            apply_csp(args.site)
    except BuildError as exc:
        print(f"Bouwen mislukt: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
