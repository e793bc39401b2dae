"""The built site, checked as a reader (and a privacy reviewer) would: no browser needed.

All tests use the session fixture ``built_site`` (one ``mkdocs build --strict``) and read
the generated HTML with :mod:`html.parser`, so they check what a visitor gets, not what the
Markdown meant to say.
"""

from __future__ import annotations

import functools
import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
from mkdocs.utils.yaml import yaml_load

from checker import parameters as p
from checker.tekst import MAANDEN, datum, euro
from scripts.hooks.charts import lees_grafieken

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

VOORWAARDEN = (
    "verblijfplaats",
    "leeftijd",
    "nationaliteit",
    "werkbereidheid",
    "bestaansmiddelen",
    "rechten",
)

# --- A small DOM on top of html.parser --------------------------------------------------------

_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "param",
    "source",
    "track",
    "wbr",
}


@dataclass
class Node:
    """One HTML element with its attributes and children (elements or text)."""

    tag: str
    attrs: dict[str, str]
    parent: Node | None = None
    children: list[Node | str] = field(default_factory=list)

    def iter(self) -> Iterator[Node]:
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, *tags: str) -> list[Node]:
        return [n for n in self.iter() if n.tag in tags]

    def find(self, tag: str, **attrs: str) -> Node | None:
        for n in self.iter():
            if n.tag == tag and all(
                v in n.attrs.get(k.rstrip("_"), "").split() for k, v in attrs.items()
            ):
                return n
        return None

    def text(self, skip: frozenset[str] = frozenset()) -> str:
        delen: list[str] = []
        for c in self.children:
            if isinstance(c, str):
                delen.append(c)
            elif c.tag not in skip:
                delen.append(c.text(skip))
        return "".join(delen)

    def classes(self) -> list[str]:
        return self.attrs.get("class", "").split()


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        node = Node(tag, {k: v or "" for k, v in attrs}, self.stack[-1])
        self.stack[-1].children.append(node)

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


@functools.cache
def parse(path: Path) -> Node:
    b = _Builder()
    b.feed(path.read_text(encoding="utf-8"))
    b.close()
    return b.root


def html_pages(site_dir: Path) -> list[Path]:
    pages = sorted(site_dir.rglob("*.html"))
    assert pages, f"geen HTML in {site_dir}"
    return pages


def article(path: Path) -> Node:
    doc = parse(path)
    node = doc.find("article")
    assert node is not None, f"{path}: geen <article>"
    return node


def page_for(site_dir: Path, src: str) -> Path:
    """Where MkDocs (use_directory_urls) writes the page for a docs source path."""
    if src == "index.md" or src.endswith("/index.md"):
        return site_dir / (src[: -len("index.md")] + "index.html")
    return site_dir / src[: -len(".md")] / "index.html"


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


_NO_TEXT = frozenset({"script", "style", "code", "pre", "svg", "template"})


# --- The build ----------------------------------------------------------------------------------

_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def test_the_strict_build_passes_and_its_log_has_no_warning_lines(built_site: Any) -> None:
    assert (built_site.dir / "index.html").is_file()
    warnings = [
        regel
        for regel in _ANSI.sub("", built_site.log).splitlines()
        if re.match(r"^\s*WARNING\b", regel)
    ]
    assert warnings == []


def _nav_sources(nav: Any) -> Iterator[str]:
    if isinstance(nav, str):
        yield nav
    elif isinstance(nav, list):
        for item in nav:
            yield from _nav_sources(item)
    elif isinstance(nav, dict):
        for waarde in nav.values():
            yield from _nav_sources(waarde)


def _nav() -> list[str]:
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as f:
        config = yaml_load(f)
    return [s for s in _nav_sources(config["nav"]) if not s.startswith(("http:", "https:"))]


def test_every_nav_entry_points_to_a_docs_file_and_a_built_page(built_site: Any) -> None:
    sources = _nav()
    assert "beleid.md" in sources
    missing_docs = [s for s in sources if not (DOCS / s).is_file()]
    missing_pages = [s for s in sources if not page_for(built_site.dir, s).is_file()]
    assert missing_docs == []
    assert missing_pages == []


# --- Condition pages -------------------------------------------------------------------------

_MAAND = "|".join(MAANDEN)


@pytest.mark.parametrize("naam", VOORWAARDEN)
def test_every_condition_page_ends_with_its_sources_and_a_checked_date(
    built_site: Any, naam: str
) -> None:
    art = article(built_site.dir / "voorwaarden" / naam / "index.html")
    h2s = art.find_all("h2")
    titels = [_clean(h.text(skip=frozenset({"a"}))) for h in h2s]
    assert "Bronnen" in titels, f"{naam}: geen sectie Bronnen (h2: {titels})"
    assert titels[-1] == "Bronnen", f"{naam}: Bronnen is niet de laatste sectie ({titels})"

    bronnen = h2s[-1]
    assert bronnen.parent is not None
    siblings = bronnen.parent.children
    section = [c for c in siblings[siblings.index(bronnen) + 1 :] if isinstance(c, Node)]
    links = [
        a
        for n in section
        for a in n.find_all("a")
        if a.attrs.get("href") and "headerlink" not in a.classes()
    ]
    assert links, f"{naam}: de Bronnen-sectie heeft geen link"
    tekst = _clean(" ".join(n.text() for n in section))
    assert re.search(rf"Laatst nagekeken: ({_MAAND}) \d{{4}}", tekst), tekst


# --- Nothing from another origin ---------------------------------------------------------------

_REMOTE_RELS = {
    "stylesheet",
    "icon",
    "shortcut",
    "apple-touch-icon",
    "mask-icon",
    "preload",
    "modulepreload",
    "prefetch",
    "prerender",
    "preconnect",
    "dns-prefetch",
    "manifest",
}
_CDN = re.compile(
    r"fonts\.googleapis\.com|fonts\.gstatic\.com|cdn\.jsdelivr\.net|unpkg\.com|cdnjs\."
    r"|googletagmanager|google-analytics|ajax\.googleapis\.com|code\.jquery\.com|esm\.sh"
    r"|skypack\.dev|pyodide-cdn|cdn\.[a-z0-9-]+\.[a-z]+"
)
# Material's JavaScript bundle names two optional downloads. Both only happen in cases this
# site does not have: a ResizeObserver polyfill for browsers without ResizeObserver, and the
# Mermaid library for pages with a Mermaid diagram (the test below checks there is none).
_THEME_OPTIONAL = {
    "https://unpkg.com/resize-observer-polyfill",
    "https://unpkg.com/mermaid@11/dist/mermaid.min.js",
}


def _is_remote(url: str, own_host: str) -> bool:
    url = url.strip()
    if url.startswith("//"):
        return urlsplit("http:" + url).netloc != own_host
    parts = urlsplit(url)
    if parts.scheme in {"http", "https", "ftp", "ws", "wss"}:
        return parts.netloc != own_host
    return False


def _resource_urls(doc: Node) -> Iterator[tuple[str, str]]:
    for n in doc.iter():
        a = n.attrs
        if n.tag == "script" and "src" in a:
            yield "script", a["src"]
        elif n.tag == "link":
            rels = set(a.get("rel", "").lower().split())
            if rels & _REMOTE_RELS and "href" in a:
                yield f"link rel={a.get('rel')}", a["href"]
        elif n.tag in {"img", "source"}:
            if "src" in a:
                yield n.tag, a["src"]
            for kandidaat in a.get("srcset", "").split(","):
                if kandidaat.strip():
                    yield f"{n.tag} srcset", kandidaat.split()[0]
        elif n.tag in {"iframe", "frame", "embed", "audio", "track"} and "src" in a:
            yield n.tag, a["src"]
        elif n.tag == "video":
            for attr in ("src", "poster"):
                if attr in a:
                    yield f"video {attr}", a[attr]
        elif n.tag == "object" and "data" in a:
            yield "object", a["data"]
        elif n.tag == "image":  # SVG inline
            for attr in ("href", "xlink:href"):
                if attr in a:
                    yield "svg image", a[attr]
        if "style" in a:
            for url in _css_remote(a["style"]):
                yield "style attribute", url
        if n.tag == "style":
            for url in _css_remote(n.text()):
                yield "<style>", url


_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")\s]+)""", re.I)
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?['"]?([^'");\s]+)""", re.I)


def _css_remote(css: str) -> list[str]:
    urls = _CSS_URL.findall(css) + _CSS_IMPORT.findall(css)
    return [u for u in urls if re.match(r"^(https?:)?//", u, re.I)]


def test_no_page_loads_a_script_style_font_image_or_frame_from_another_origin(
    built_site: Any,
) -> None:
    own_host = urlsplit(built_site.base_url).netloc
    found = []
    for page in html_pages(built_site.dir):
        for soort, url in _resource_urls(parse(page)):
            if _is_remote(url, own_host):
                found.append(f"{page.relative_to(built_site.dir)}: {soort} {url}")
    assert found == []


def test_no_stylesheet_imports_or_points_to_a_remote_url(built_site: Any) -> None:
    sheets = sorted(built_site.dir.rglob("*.css"))
    assert sheets, "geen CSS in de build"
    found = [
        f"{css.relative_to(built_site.dir)}: {url}"
        for css in sheets
        for url in _css_remote(css.read_text(encoding="utf-8", errors="replace"))
    ]
    assert found == []


def test_no_script_or_search_index_names_a_font_service_or_cdn(built_site: Any) -> None:
    files = [
        *built_site.dir.rglob("*.js"),
        *built_site.dir.rglob("*.mjs"),
        *built_site.dir.rglob("*.json"),
    ]
    assert any(f.name == "search_index.json" for f in files)
    found = []
    for f in files:
        tekst = f.read_text(encoding="utf-8", errors="replace")
        for m in _CDN.finditer(tekst):
            url = re.match(r"https?://[^\s\"'`)]+", tekst[max(0, m.start() - 8) :])
            if url and url.group(0) in _THEME_OPTIONAL:
                continue
            found.append(
                f"{f.relative_to(built_site.dir)}: …{tekst[m.start() - 30 : m.end() + 30]}…"
            )
    assert found == []


def test_no_page_has_a_mermaid_diagram_that_would_fetch_the_library_from_a_cdn(
    built_site: Any,
) -> None:
    with_mermaid = [
        str(page.relative_to(built_site.dir))
        for page in html_pages(built_site.dir)
        if any("mermaid" in n.classes() for n in parse(page).iter())
    ]
    assert with_mermaid == []


# --- Internal links and anchors ------------------------------------------------------------------


def _ids(path: Path) -> set[str]:
    doc = parse(path)
    ids = {n.attrs["id"] for n in doc.iter() if "id" in n.attrs}
    ids |= {n.attrs["name"] for n in doc.iter() if n.tag == "a" and "name" in n.attrs}
    return ids


def _target(site_dir: Path, page: Path, href: str, base: str) -> tuple[Path, str] | None:
    """The built file and fragment an internal link points to; ``None`` for an external one."""
    parts = urlsplit(href)
    if parts.scheme and parts.scheme not in {"http", "https"}:
        return None  # mailto:, tel:, data:, javascript:
    base_parts = urlsplit(base)
    if parts.netloc:
        if parts.netloc != base_parts.netloc:
            return None
        pad = parts.path
        if not pad.startswith(base_parts.path):
            return None
        rel = pad[len(base_parts.path) :]
    elif parts.path.startswith("/"):
        rel = (
            parts.path[len(base_parts.path) :]
            if parts.path.startswith(base_parts.path)
            else parts.path.lstrip("/")
        )
    else:
        here = posixpath.dirname(page.relative_to(site_dir).as_posix())
        rel = (
            posixpath.join(here, parts.path)
            if parts.path
            else page.relative_to(site_dir).as_posix()
        )
    rel = unquote(rel)
    doel = site_dir / posixpath.normpath(rel) if rel not in {"", "."} else site_dir
    if rel.endswith("/") or doel.is_dir():
        doel = doel / "index.html"
    return doel, unquote(parts.fragment)


def test_no_internal_link_or_anchor_is_broken(built_site: Any) -> None:
    broken = []
    for page in html_pages(built_site.dir):
        for a in parse(page).find_all("a"):
            href = a.attrs.get("href")
            if href is None:
                continue
            target = _target(built_site.dir, page, href, built_site.base_url)
            if target is None:
                continue
            doel, fragment = target
            waar = f"{page.relative_to(built_site.dir)} → {href}"
            if not doel.is_file():
                broken.append(f"{waar}: bestand ontbreekt")
            elif fragment and doel.suffix == ".html" and fragment not in _ids(doel):
                if fragment.startswith("a=") and doel == built_site.dir / "checker/index.html":
                    continue  # the checker's answers (a share link), not an anchor
                broken.append(f"{waar}: anker #{fragment} ontbreekt")
    assert broken == []


# --- Glossary tooltips ---------------------------------------------------------------------------

_ABBR = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<uitleg>.+)$")


def _glossary() -> dict[str, str]:
    tekst = (DOCS / "includes" / "woordenlijst.md").read_text(encoding="utf-8")
    termen = {
        m["term"]: m["uitleg"].strip() for r in tekst.splitlines() if (m := _ABBR.match(r.strip()))
    }
    assert termen, "geen termen in docs/includes/woordenlijst.md"
    return termen


def test_the_glossary_page_lists_every_term_from_the_glossary_file(built_site: Any) -> None:
    art = article(built_site.dir / "woordenlijst" / "index.html")
    listed = {_clean(dt.text()) for dt in art.find_all("dt")}
    assert set(_glossary()) - listed == set()


def test_glossary_terms_get_a_tooltip_on_every_page_where_they_occur(built_site: Any) -> None:
    termen = _glossary()
    missing = []
    used: set[str] = set()
    for page in html_pages(built_site.dir):
        if page.name == "404.html":
            continue
        art = parse(page).find("article")
        if art is None:
            continue
        tekst = art.text(skip=_NO_TEXT)
        tooltips = {(_clean(n.text()), n.attrs.get("title", "")) for n in art.find_all("abbr")}
        for term, uitleg in termen.items():
            if re.search(rf"(?<!\w){re.escape(term)}(?!\w)", tekst):
                used.add(term)
                if (term, uitleg) not in tooltips:
                    missing.append(f"{page.relative_to(built_site.dir)}: {term}")
    assert missing == []
    assert used, "geen enkele term uit de woordenlijst komt op de site voor"


# --- Charts -----------------------------------------------------------------------------------

_SVG = "{http://www.w3.org/2000/svg}"


def _check_svg(path: Path) -> ET.Element:
    assert path.is_file(), f"{path} ontbreekt"
    svg = ET.parse(path).getroot()
    assert svg.tag == f"{_SVG}svg"
    assert svg.get("role") == "img"
    titel, desc = svg.find(f"{_SVG}title"), svg.find(f"{_SVG}desc")
    assert titel is not None and (titel.text or "").strip(), f"{path}: geen <title>"
    assert desc is not None and (desc.text or "").strip(), f"{path}: geen <desc>"
    for el in svg.iter():
        for attr in ("href", "{http://www.w3.org/1999/xlink}href"):
            ref = el.get(attr, "")
            assert not ref or ref.startswith("#"), f"{path}: verwijst naar {ref}"
    return svg


def test_every_chart_is_an_accessible_svg_in_the_build_with_its_values_on_the_bars(
    built_site: Any,
) -> None:
    for g in lees_grafieken().values():
        svg = _check_svg(built_site.dir / g.pad)
        teksten = [(t.text or "") for t in svg.iter(f"{_SVG}text")]
        for s in g.staven:
            assert s.kort in teksten, f"{g.id}: waarde {s.kort} staat niet op de staaf"
            assert any(s.label in t for t in teksten), f"{g.id}: label {s.label} ontbreekt"


def test_every_chart_has_alt_text_and_is_followed_by_a_table_with_its_numbers_and_source(
    built_site: Any,
) -> None:
    grafieken = lees_grafieken()
    seen: set[str] = set()
    for page in html_pages(built_site.dir):
        for img in parse(page).find_all("img"):
            src = img.attrs.get("src", "")
            m = re.search(r"img/grafieken/([a-z0-9-]+)\.svg$", src)
            if not m:
                continue
            g = grafieken[m.group(1)]
            seen.add(g.id)
            waar = f"{page.relative_to(built_site.dir)}: {g.id}"
            assert img.attrs.get("alt", "").strip(), f"{waar}: lege alt-tekst"
            target = _target(built_site.dir, page, src, built_site.base_url)
            assert target is not None and target[0].is_file(), f"{waar}: {src} laadt niet"

            blok = img
            while blok.parent is not None and "lw-grafiek" not in blok.classes():
                blok = blok.parent
            assert "lw-grafiek" in blok.classes(), f"{waar}: grafiek zonder blok"
            figure, table = blok.find("figure"), blok.find("table")
            assert figure is not None and table is not None, f"{waar}: figuur of tabel ontbreekt"
            kinderen = [c for c in blok.children if isinstance(c, Node)]
            assert kinderen.index(figure) < kinderen.index(table), f"{waar}: tabel vóór figuur"
            caption = figure.find("figcaption")
            assert caption is not None and "Bron:" in caption.text(), f"{waar}: bijschrift"
            assert g.jaar in caption.text(), f"{waar}: het jaar ontbreekt in het bijschrift"

            rijen = [[_clean(td.text()) for td in tr.find_all("td")] for tr in table.find_all("tr")]
            rijen = [r for r in rijen if r]
            for s in g.staven:
                assert [s.label, s.in_tabel, s.omschrijving] in rijen, f"{waar}: rij {s.label}"
                if s.benadering:
                    assert s.in_tabel.startswith("± "), f"{waar}: ± ontbreekt bij {s.label}"
            assert "Bron:" in blok.text(), f"{waar}: geen bron onder de tabel"
    assert seen == set(grafieken), f"grafieken die op geen pagina staan: {set(grafieken) - seen}"


def test_the_conditions_diagram_is_an_accessible_self_contained_svg_with_alt_text(
    built_site: Any,
) -> None:
    svg = _check_svg(built_site.dir / "img" / "voorwaarden.svg")
    tekst = " ".join((t.text or "") for t in svg.iter(f"{_SVG}text"))
    for woord in (
        "Werkelijke verblijfplaats",
        "Leeftijd",
        "Nationaliteit",
        "Onvoldoende bestaansmiddelen",
        "Werkbereidheid",
        "Rechten laten gelden",
        "Recht op leefloon",
        "equivalent leefloon",
        "Fedasil",
        "dringende medische hulp",
        "EU-burger",
        "IGO",
    ):
        assert woord in tekst, f"voorwaarden.svg noemt '{woord}' niet"
    imgs = [
        img
        for page in html_pages(built_site.dir)
        for img in parse(page).find_all("img")
        if img.attrs.get("src", "").endswith("img/voorwaarden.svg")
    ]
    assert imgs, "geen pagina toont voorwaarden.svg"
    assert all(img.attrs.get("alt", "").strip() for img in imgs)


# --- Amounts come from the module ------------------------------------------------------------


def test_the_resources_page_shows_every_leefloon_amount_with_its_valid_from_date(
    built_site: Any,
) -> None:
    tekst = _clean(
        article(built_site.dir / "voorwaarden" / "bestaansmiddelen" / "index.html").text(
            skip=frozenset({"script", "style"})
        )
    )
    for cat, par in p.LEEFLOON.items():
        for w in par.waarden:
            assert euro(w.waarde) in tekst, f"categorie {cat}: {euro(w.waarde)} ontbreekt"
            assert datum(w.vanaf) in tekst, f"categorie {cat}: {datum(w.vanaf)} ontbreekt"


_GETYPT_BEDRAG = re.compile(
    r"€\s*\d|\d[\d.]*,\d{2}\s*(?:euro|EUR)\b|\b\d{2,}(?:\.\d{3})*\s*(?:euro|EUR)\b"
)


def test_no_docs_page_types_an_amount_by_hand_instead_of_rendering_it_from_the_module() -> None:
    typed = []
    for md in sorted(DOCS.rglob("*.md")):
        if "includes" in md.relative_to(DOCS).parts:
            continue
        bron = re.sub(r"<!--.*?-->", "", md.read_text(encoding="utf-8"), flags=re.S)
        for m in _GETYPT_BEDRAG.finditer(bron):
            typed.append(f"{md.relative_to(DOCS)}: {m.group(0)!r}")
    assert typed == []


# --- The chart hook refuses mistakes -----------------------------------------------------------


def test_an_unknown_chart_id_fails_the_build_with_a_plugin_error() -> None:
    from types import SimpleNamespace

    from mkdocs.exceptions import PluginError

    from scripts.hooks import charts

    charts.on_config({})
    page = SimpleNamespace(file=SimpleNamespace(src_uri="beleid.md"))
    rendered = charts.on_page_markdown("<!-- grafiek:pensioen -->", page, {}, None)
    assert "img/grafieken/pensioen.svg" in rendered
    with pytest.raises(PluginError, match="onbekende grafiek 'bestaat-niet'"):
        charts.on_page_markdown("<!-- grafiek:bestaat-niet -->", page, {}, None)


def test_the_chart_data_file_refuses_a_value_outside_0_to_100_and_an_unknown_source(
    tmp_path: Path,
) -> None:
    goed = (ROOT / "scripts" / "hooks" / "cijfers.toml").read_text(encoding="utf-8")
    te_hoog = tmp_path / "te_hoog.toml"
    te_hoog.write_text(goed.replace("waarde = 79", "waarde = 179"), encoding="utf-8")
    with pytest.raises(ValueError, match="0 tot 100"):
        lees_grafieken(te_hoog)
    onbekend = tmp_path / "onbekend.toml"
    onbekend.write_text(goed.replace('bron = "oecd_2012"', 'bron = "geen_bron"'), "utf-8")
    with pytest.raises(KeyError):
        lees_grafieken(onbekend)


# --- Content that follows the December 2026 review ---------------------------------------------


def test_the_home_page_says_how_many_questions_a_typical_person_answers(built_site: Any) -> None:
    from checker.invoer import lees
    from checker.voorbeelden import VOORBEELDEN
    from checker.vragen import relevante_vragen

    tekst = _clean(article(built_site.dir / "index.html").text(skip=_NO_TEXT))
    assert "een paar vragen" not in tekst
    m = re.search(r"(\d+) tot (\d+) vragen", tekst)
    assert m, "de home zegt niet hoeveel vragen de test stelt"
    laag, hoog = int(m[1]), int(m[2])
    for v in VOORBEELDEN.values():
        peildatum = date.fromisoformat(v.peildatum)
        # the questions that apply (a housemate's own questions come on top, as the page
        # says), and the date of the calculation
        antwoorden = lees(v.antwoorden, peildatum).antwoorden
        aantal = len(relevante_vragen(antwoorden, peildatum)) + 1
        assert laag <= aantal <= hoog, f"{v.id}: {aantal} vragen, de home zegt {laag} tot {hoog}"


def _in_regio(tabel: Node) -> Node | None:
    n = tabel.parent
    while n is not None and "lw-tabel" not in n.classes():
        n = n.parent
    return n


def test_every_table_can_be_scrolled_with_the_keyboard_or_fits_the_screen(built_site: Any) -> None:
    """A table sits in a labelled region with tabindex 0 (it may scroll sideways), or it is a
    chart's or the API page's table, which the style sheet makes fit the screen."""
    fout = []
    for page in html_pages(built_site.dir):
        art = parse(page).find("article")
        if art is None:
            continue
        for tabel in art.find_all("table"):
            regio = _in_regio(tabel)
            if regio is None:
                n = tabel.parent
                while n is not None and not {"lw-grafiek", "doc-contents"} & set(n.classes()):
                    n = n.parent
                if n is None:
                    fout.append(f"{page.relative_to(built_site.dir)}: tabel zonder regio")
                continue
            a = regio.attrs
            if a.get("role") != "region" or a.get("tabindex") != "0" or not a.get("aria-label"):
                fout.append(f"{page.relative_to(built_site.dir)}: regio zonder rol, tab of naam")
    assert fout == []
    css = (DOCS / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    assert re.search(r"\.lw-tabel \{[^}]*overflow-x: auto", css)
    assert re.search(r"\.lw-tabel \.md-typeset__scrollwrap \{[^}]*overflow-x: visible", css)


def test_the_forecast_indexation_is_shown_apart_and_marked_as_a_forecast(built_site: Any) -> None:
    art = article(built_site.dir / "voorwaarden" / "bestaansmiddelen" / "index.html")
    voorspeld = [
        w for par in p.LEEFLOON.values() for w in par.waarden if w.zekerheid == "voorspeld"
    ]
    assert voorspeld
    bedragen = [
        d
        for d in art.find_all("div")
        if "lw-tabel" in d.classes() and "Leefloonbedragen" in d.attrs.get("aria-label", "")
    ]
    assert len(bedragen) == 1
    tabel = _clean(bedragen[0].text())
    for w in voorspeld:
        assert euro(w.waarde).replace(" ", "") not in tabel.replace(" ", "")
    blokken = [
        d
        for d in art.find_all("div")
        if "admonition" in d.classes() and "Voorspelling" in d.text() and "warning" in d.classes()
    ]
    assert blokken, "geen waarschuwing 'Voorspelling' bij de bedragen"
    for w in voorspeld:
        assert euro(w.waarde) in _clean(blokken[0].text())


def test_every_announcement_says_it_is_not_law_with_the_month_of_that_status(
    built_site: Any,
) -> None:
    gezien = 0
    for page in html_pages(built_site.dir):
        art = parse(page).find("article")
        if art is None:
            continue
        for d in art.find_all("div"):
            titel = d.find("p", class_="admonition-title")
            if (
                "admonition" in d.classes()
                and titel
                and _clean(titel.text()).startswith("Aangekondigd")
            ):
                gezien += 1
                tekst = _clean(d.text())
                assert re.search(rf"Stand van zaken in ({_MAAND}) \d{{4}}", tekst), tekst
                assert "geen wet" in tekst, tekst
    assert gezien >= len(p.AANKONDIGINGEN)


def test_the_2006_judgment_is_cited_for_statelessness_not_for_having_no_home(
    built_site: Any,
) -> None:
    def sectie(pagina: str, anker: str) -> str:
        art = article(page_for(built_site.dir, pagina))
        kop = next(h for h in art.find_all("h2", "h3") if h.attrs.get("id") == anker)
        assert kop.parent is not None
        broers = [c for c in kop.parent.children if isinstance(c, Node)]
        tekst = []
        for n in broers[broers.index(kop) + 1 :]:
            if n.tag in ("h2", "h3"):
                break
            tekst.append(n.text())
        return _clean(" ".join(tekst))

    assert "Arbeidshof" not in sectie("voorwaarden/verblijfplaats.md", "geen-woning")
    assert "Leefloonbesluit" in sectie("voorwaarden/verblijfplaats.md", "geen-woning")
    assert "Arbeidshof Brussel" in sectie("voorwaarden/nationaliteit.md", "staatloze")


def test_the_checker_page_starts_its_worker_from_the_head_without_waiting_for_other_modules(
    built_site: Any,
) -> None:
    """boot.js imports nothing, and the head loads it at the very URL worker-client.js
    imports: one module instance, so the page adopts the worker boot.js started."""
    html = (built_site.dir / "checker" / "index.html").read_text(encoding="utf-8")
    head = html[: html.index("</head>")]
    tag = r'<script type="module" async src="[^"]*checker/boot\.js(\?v=[0-9a-f]+)"'
    boot = re.search(tag, head)
    assert boot, "de kop van de checkerpagina laadt checker/boot.js niet (met versie)"
    modules = built_site.dir / "javascripts" / "checker"
    boot_js = (modules / "boot.js").read_text(encoding="utf-8")
    assert not re.search(r"^\s*import\b|\bimport\s*\(", boot_js, re.M)
    client = (modules / "worker-client.js").read_text(encoding="utf-8")
    assert f'from "./boot.js{boot[1]}"' in client
    # Other pages never start Python.
    home = (built_site.dir / "index.html").read_text(encoding="utf-8")
    assert "boot.js" not in home and "lw-checker-boot" not in home
