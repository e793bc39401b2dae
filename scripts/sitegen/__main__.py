"""The after-build steps from the command line, without MkDocs.

    python -m scripts.sitegen assets SITE_DIR [--docs DOCS_DIR]
        Pyodide (hash-checked), the rules zip, the trimmed standard library, the snapshot,
        the filled worker and manifest.json into a built site.
    python -m scripts.sitegen versions SITE_DIR
        Content versions (?v=…) on the checker page's module URLs.
    python -m scripts.sitegen csp SITE_DIR
        The Content-Security-Policy hashes into every page of a built site.
    python -m scripts.sitegen offline SITE_DIR [--lang nl]
        The opt-in offline copy's service worker, over the final files.

Run them in this order, as the hooks do: the CSP step reads every page, the offline copy
hashes every final file.

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
from scripts.sitegen.jsversions import apply as apply_versions
from scripts.sitegen.offline import schrijf_service_worker


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.sitegen", description=__doc__)
    sub = parser.add_subparsers(dest="step", required=True)
    assets = sub.add_parser("assets", help="the checker's files into a built site")
    assets.add_argument("site", type=Path)
    assets.add_argument("--docs", type=Path, default=Path("docs"))
    versions = sub.add_parser("versions", help="content versions on the module URLs")
    versions.add_argument("site", type=Path)
    csp = sub.add_parser("csp", help="the CSP hashes into every page of a built site")
    csp.add_argument("site", type=Path)
    offline = sub.add_parser("offline", help="the offline copy's service worker")
    offline.add_argument("site", type=Path)
    offline.add_argument("--lang", action="append", default=None, help="search language(s)")
    args = parser.parse_args(argv)
    try:
        if args.step == "assets":
            write_assets(args.site, prepare(args.docs))
        elif args.step == "versions":
            apply_versions(args.site)
        elif args.step == "csp":
            apply_csp(args.site)
        else:
            schrijf_service_worker(args.site, args.lang or ["nl"])
    except BuildError as exc:
        print(f"Bouwen mislukt: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
