"""Content versions for the checker page's ES modules (``?v=<hash>`` on every URL).

The page script ``javascripts/checker.js`` imports its modules from
``javascripts/checker/``. Browsers cache modules by URL, so after the build every
relative import in those files gets the content hash of the file it names, dependencies
first (a module's hash covers the versioned URLs it imports), and every page's
``<script src=".../javascripts/checker.js">`` gets the entry's (and the checker page's
``checker/boot.js``, loaded from its head, its own). A new build can then
never mix old and new modules from a browser's cache.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from scripts.sitegen.errors import BuildError

ENTRY = "javascripts/checker.js"
MODULE_DIR = "javascripts/checker"

_IMPORT = re.compile(r"""(\bfrom\s*|\bimport\s*\(?\s*)(["'])(\.{1,2}/[^"'?#]+\.js)\2""")
_SCRIPT_SRC = re.compile(
    r"""(<script\b[^>]*\bsrc=")([^"]*javascripts/(checker\.js|checker/boot\.js))(")"""
)
BOOT = "javascripts/checker/boot.js"


def _version(data: str) -> str:
    return hashlib.sha256(data.encode("utf-8")).hexdigest()[:12]


def version_modules(site_dir: Path) -> dict[str, str]:
    """Rewrite the modules' imports with versions; returns path → version (relative)."""
    files = [site_dir / ENTRY, *sorted((site_dir / MODULE_DIR).glob("*.js"))]
    if not files[0].is_file():
        raise BuildError(f"{ENTRY} ontbreekt in de gebouwde site")
    texts = {p: p.read_text(encoding="utf-8") for p in files}
    deps = {p: {(p.parent / m[3]).resolve() for m in _IMPORT.finditer(t)} for p, t in texts.items()}
    known = {p.resolve(): p for p in files}
    versions: dict[Path, str] = {}

    def visit(p: Path, trail: tuple[Path, ...]) -> str:
        if p in versions:
            return versions[p]
        if p in trail:
            raise BuildError(f"kringverwijzing tussen modules: {' → '.join(x.name for x in trail)}")
        for d in deps[p]:
            if d not in known:
                raise BuildError(f"{p.name} importeert {d.name}, dat niet in de site staat")
            visit(known[d], (*trail, p))

        def versioned(m: re.Match[str]) -> str:
            target = known[(p.parent / m[3]).resolve()]
            return f"{m[1]}{m[2]}{m[3]}?v={versions[target]}{m[2]}"

        text = _IMPORT.sub(versioned, texts[p])
        p.write_text(text, encoding="utf-8")
        versions[p] = _version(text)
        return versions[p]

    for p in files:
        visit(p, ())
    return {str(p.relative_to(site_dir)): v for p, v in versions.items()}


def version_pages(site_dir: Path, versions: dict[str, str]) -> None:
    """Give every page's ``<script src=".../javascripts/checker.js">`` the entry's version,
    and the checker page's ``checker/boot.js`` its own: the same URL as worker-client.js
    imports, so both get the one instance of that module."""
    wanted = {"checker.js": versions[ENTRY], "checker/boot.js": versions[BOOT]}
    for page in site_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        new = _SCRIPT_SRC.sub(lambda m: f"{m[1]}{m[2]}?v={wanted[m[3]]}{m[4]}", text)
        if new != text:
            page.write_text(new, encoding="utf-8")


def apply(site_dir: Path) -> None:
    """Version the modules and the pages that load them."""
    versions = version_modules(site_dir)
    version_pages(site_dir, versions)
