"""Plain Dutch (B1), measured on the built site: short sentences, everyday words, a summary first.

The rules come from the Flemish government's "Heerlijk Helder" checklist and are declared in
:mod:`checker.taal`. What counts as *running text*: the paragraphs and list items of a page's
main content (``<article>``). Not counted, because a reader does not read them as sentences:

- tables, code, headings, admonition titles and figure captions;
- source lines and source lists ("Bron: …", the closing "Bronnen" section, the Bronnen
  page's list of all sources, "Laatst nagekeken") and text marked as a quoted title
  (``<cite>``): they name sources and laws by their official titles;
- the glossary's definitions list (``<dl>``): each definition is one short term and its
  meaning, written for the tooltip;
- the checker form: its questions are form controls, not paragraphs;
- the developers' page "De Python-API" (``regels/api``): its text is the Python docstrings,
  rendered by mkdocstrings, and the page is not in the public menu.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fractions import Fraction
from pathlib import Path
from typing import Any

import pytest
from test_site import Node, _clean, html_pages, page_for, parse

from checker.taal import MAX_AANDEEL_LANG, MAX_WOORDEN, VERMIJDEN, te_vermijden, woorden, zinnen

VOORWAARDEN = (
    "verblijfplaats",
    "leeftijd",
    "nationaliteit",
    "werkbereidheid",
    "bestaansmiddelen",
    "rechten",
)

#: Elements whose text is not running text (see the module docstring).
_GEEN_LOPENDE_TEKST = frozenset(
    {
        "table",
        "pre",
        "code",
        "script",
        "style",
        "svg",
        "template",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "nav",
        "form",
        "dl",
        "figure",
        "summary",
        "cite",
    }
)
_GEEN_LOPENDE_TEKST_KLASSEN = frozenset(
    {
        "lw-bron",
        "lw-bronnen",
        "lw-bronnenlijst",
        "lw-nagekeken",
        "admonition-title",
        "headerlink",
        "lw-checker",
    }
)
#: Pages left out as a whole: generated developer documentation (see the module docstring).
_NIET_GEMETEN = ("regels/api/index.html", "404.html")

#: Children that are their own unit of running text (or no running text at all).
_EIGEN_EENHEID = frozenset({"p", "ul", "ol", "li", "div", "table", "pre", "dl", "details"})


def _overgeslagen(n: Node) -> bool:
    return n.tag in _GEEN_LOPENDE_TEKST or bool(_GEEN_LOPENDE_TEKST_KLASSEN & set(n.classes()))


def _eigen_tekst(n: Node) -> str:
    """The text of a paragraph or list item, without nested blocks and skipped elements."""
    delen: list[str] = []
    for c in n.children:
        if isinstance(c, str):
            delen.append(c)
        elif not _overgeslagen(c) and c.tag not in _EIGEN_EENHEID:
            delen.append(_eigen_tekst(c))
    return "".join(delen)


def lopende_tekst(art: Node) -> Iterator[str]:
    """Each paragraph and list item of running text in an article, as plain text."""

    def loop(n: Node) -> Iterator[str]:
        if _overgeslagen(n):
            return
        if n.tag in ("p", "li"):
            tekst = _clean(_eigen_tekst(n))
            if tekst:
                yield tekst
        for c in n.children:
            if isinstance(c, Node):
                yield from loop(c)

    yield from loop(art)


@dataclass(frozen=True)
class Meting:
    """The sentence statistics of one page's running text."""

    pagina: str
    zinnen: tuple[str, ...]

    @property
    def lengtes(self) -> list[int]:
        return [len(woorden(z)) for z in self.zinnen]

    @property
    def lang(self) -> list[str]:
        return [z for z in self.zinnen if len(woorden(z)) > MAX_WOORDEN]

    @property
    def aandeel_lang(self) -> Fraction:
        return Fraction(len(self.lang), len(self.zinnen)) if self.zinnen else Fraction(0)

    @property
    def woorden(self) -> int:
        return sum(self.lengtes)

    @property
    def gemiddeld(self) -> float:
        return self.woorden / len(self.zinnen) if self.zinnen else 0.0


def gemeten_paginas(site_dir: Path) -> list[Path]:
    return [
        p
        for p in html_pages(site_dir)
        if p.relative_to(site_dir).as_posix() not in _NIET_GEMETEN
        and not p.relative_to(site_dir).as_posix().startswith(("assets/", "search/"))
        and parse(p).find("article") is not None
    ]


def meet(site_dir: Path, pagina: Path) -> Meting:
    art = parse(pagina).find("article")
    assert art is not None
    alle = tuple(z for t in lopende_tekst(art) for z in zinnen(t))
    return Meting(pagina.relative_to(site_dir).as_posix(), alle)


def rapport(site_dir: Path) -> str:
    """The statistics per page, as a Markdown table (for reports, not a test)."""
    regels = [
        "| Pagina | Zinnen | Woorden | Woorden per zin | Langer dan 25 woorden |",
        "|---|--:|--:|--:|--:|",
    ]
    for p in gemeten_paginas(site_dir):
        m = meet(site_dir, p)
        regels.append(
            f"| {m.pagina} | {len(m.zinnen)} | {m.woorden} | {m.gemiddeld:.1f} | "
            f"{len(m.lang)} ({float(m.aandeel_lang):.0%}) |"
        )
    return "\n".join(regels)


# --- The tests --------------------------------------------------------------------------------


def test_the_sentence_counter_reads_dutch_abbreviations_numbers_and_amounts() -> None:
    tekst = (
        "Je valt in categorie 3. Zie art. 3, 4° Leefloonwet en bv. art. 2 KB. Het bedrag is "
        "€ 1.314,20 per maand (geldig vanaf 1 februari 2025). Wat nu? Vraag het OCMW!"
    )
    gevonden = list(zinnen(tekst))
    assert [len(woorden(z)) for z in gevonden] == [5, 10, 11, 2, 3]
    assert te_vermijden("Indien je reeds werkt, dient het OCMW… Indienen mag wel.") == [
        "Indien",
        "reeds",
        "dient",
    ]


def test_every_page_of_the_site_is_measured(built_site: Any) -> None:
    paginas = {p.relative_to(built_site.dir).as_posix() for p in gemeten_paginas(built_site.dir)}
    for naam in VOORWAARDEN:
        assert f"voorwaarden/{naam}/index.html" in paginas
    assert {"index.html", "beleid/index.html", "geen-recht/index.html"} <= paginas


def test_at_most_5_percent_of_the_sentences_on_a_page_are_longer_than_25_words(
    built_site: Any,
) -> None:
    te_lang = []
    for p in gemeten_paginas(built_site.dir):
        m = meet(built_site.dir, p)
        assert m.zinnen, f"{m.pagina}: geen lopende tekst gevonden"
        if m.aandeel_lang > MAX_AANDEEL_LANG:
            lang = "\n    ".join(f"({len(woorden(z))}) {z}" for z in m.lang)
            te_lang.append(
                f"{m.pagina}: {len(m.lang)} van {len(m.zinnen)} zinnen "
                f"({float(m.aandeel_lang):.0%}) hebben meer dan {MAX_WOORDEN} woorden:\n    {lang}"
            )
    assert te_lang == []


def test_no_page_uses_a_word_from_the_list_of_words_to_avoid(built_site: Any) -> None:
    gevonden = []
    for p in gemeten_paginas(built_site.dir):
        art = parse(p).find("article")
        assert art is not None
        for tekst in lopende_tekst(art):
            for woord in te_vermijden(tekst):
                gevonden.append(
                    f"{p.relative_to(built_site.dir)}: '{woord}' in: {tekst[:120]} "
                    f"(schrijf: {VERMIJDEN.get(woord.lower(), 'zie checker/taal.py')})"
                )
    assert gevonden == []


def _eerste_blok(art: Node) -> Node:
    h1 = art.find("h1")
    assert h1 is not None and h1.parent is not None
    broers = [c for c in h1.parent.children if isinstance(c, Node)]
    return broers[broers.index(h1) + 1]


@pytest.mark.parametrize("naam", VOORWAARDEN)
def test_every_condition_page_opens_with_a_short_summary_in_plain_words(
    built_site: Any, naam: str
) -> None:
    art = parse(page_for(built_site.dir, f"voorwaarden/{naam}.md")).find("article")
    assert art is not None
    blok = _eerste_blok(art)
    titel = blok.find("p", class_="admonition-title")
    assert "admonition" in blok.classes() and titel is not None, f"{naam}: geen samenvatting"
    assert _clean(titel.text()) == "In het kort"
    samenvatting = [z for t in lopende_tekst(blok) for z in zinnen(t)]
    assert 3 <= len(samenvatting) <= 5, f"{naam}: {len(samenvatting)} zinnen: {samenvatting}"
    assert all(len(woorden(z)) <= 15 for z in samenvatting), samenvatting


def test_the_about_page_shows_the_words_to_avoid_with_their_replacement(built_site: Any) -> None:
    art = parse(page_for(built_site.dir, "over.md")).find("article")
    assert art is not None
    rijen = {
        _clean(cellen[0].text()): _clean(cellen[1].text())
        for tr in art.find_all("tr")
        if len(cellen := tr.find_all("td")) == 2
    }
    assert rijen == VERMIJDEN


def test_the_legal_articles_are_there_on_demand_in_a_collapsed_block(built_site: Any) -> None:
    for naam in VOORWAARDEN:
        art = parse(page_for(built_site.dir, f"voorwaarden/{naam}.md")).find("article")
        assert art is not None
        blokken = [
            d
            for d in art.find_all("details")
            if (s := d.find("summary")) is not None and _clean(s.text()) == "Wetsartikels"
        ]
        assert blokken, f"{naam}: geen ingeklapt blok 'Wetsartikels'"
        assert all("open" not in d.attrs for d in blokken)
        assert re.search(r"\bart\. \d", _clean(blokken[0].text())), naam
