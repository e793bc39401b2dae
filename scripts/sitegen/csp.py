"""The Content-Security-Policy of every page: hashes instead of 'unsafe-inline'.

``overrides/main.html`` puts a CSP meta tag on every page with the placeholders
``'lw-inline-script-hashes'`` and ``'lw-inline-style-hashes'``. After the build,
:func:`apply_csp` replaces them on every page with the SHA-256 hashes of *all* inline
scripts, ``<style>`` elements and ``style=""`` values of the whole site (mkdocs-material's
small inline scripts, Markdown's table alignment). The union is needed because instant
navigation keeps the first page's policy while it swaps in other pages' content. So no
``'unsafe-inline'``: styles get ``'unsafe-hashes'`` plus the hash of each ``style=""``
value the site has, and nothing else.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from pathlib import Path

SCRIPT_TOKEN = "'lw-inline-script-hashes'"
STYLE_TOKEN = "'lw-inline-style-hashes'"

_INLINE_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script>", re.S | re.I)
_NON_JS_TYPE = re.compile(r"""\stype\s*=\s*["']?(?!module|text/javascript)[^"'\s>]+""", re.I)
_STYLE_ATTR = re.compile(r"""\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_STYLE_ELEMENT = re.compile(r"<style(?:\s[^>]*)?>(.*?)</style>", re.S | re.I)


def source_hash(text: str) -> str:
    """``'sha256-…'`` of a text, as CSP writes it."""
    digest = hashlib.sha256(text.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def inline_script_hashes(text: str) -> set[str]:
    """Hashes of the inline JavaScript ``<script>`` elements of one page."""
    found = set()
    for m in _INLINE_SCRIPT.finditer(text):
        attrs = m.group("attrs") or ""
        if re.search(r"\ssrc\s*=", attrs, re.I) or _NON_JS_TYPE.search(attrs):
            continue
        found.add(source_hash(m.group("body")))
    return found


def style_hashes(text: str) -> tuple[set[str], set[str]]:
    """Hashes of ``<style>`` elements and of ``style=""`` attribute values of one page."""
    elements = {source_hash(m.group(1)) for m in _STYLE_ELEMENT.finditer(text)}
    attrs = {
        source_hash(html.unescape(m.group(1) if m.group(1) is not None else m.group(2)))
        for m in _STYLE_ATTR.finditer(text)
    }
    return elements, attrs


def apply_csp(site_dir: Path, *, serve: bool = False) -> None:
    """Fill in the CSP placeholders of every page of the built site.

    ``serve``: ``mkdocs serve`` injects its live-reload script inline into every page it
    serves; only there scripts get ``'unsafe-inline'`` instead of hashes.
    """
    scripts: set[str] = set()
    style_elements: set[str] = set()
    style_attrs: set[str] = set()
    texts: dict[Path, str] = {}
    for p in sorted(site_dir.rglob("*.html")):
        texts[p] = p.read_text(encoding="utf-8")
        scripts |= inline_script_hashes(texts[p])
        elements, attrs = style_hashes(texts[p])
        style_elements |= elements
        style_attrs |= attrs
    script_sources = "'unsafe-inline'" if serve else " ".join(sorted(scripts))
    style_sources = " ".join(
        [
            *sorted(style_elements),
            *(["'unsafe-hashes'", *sorted(style_attrs)] if style_attrs else []),
        ]
    )
    for p, text in texts.items():
        if SCRIPT_TOKEN not in text:
            continue
        filled = text.replace(SCRIPT_TOKEN, script_sources).replace(STYLE_TOKEN, style_sources)
        p.write_text(filled, encoding="utf-8")
