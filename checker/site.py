"""Markdown views of the rule module for the documentation site.

Called by the MkDocs hook ``scripts/hooks/shortcodes.py``. Every amount, date,
source and rule shown on the site is rendered here from the module's data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from checker import parameters as p
from checker.bronnen import BRONNEN, Bron, bron
from checker.tekst import datum, euro, maand

_SOORT_TITEL = {
    "wet": "Wetgeving",
    "rechtspraak": "Rechtspraak",
    "overheid": "Overheid",
    "gids": "Gidsen en praktijk",
    "nieuws": "Nieuws",
    "onderzoek": "Onderzoek",
    "basistekst": "Basisteksten van deze site",
}


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|")


def bron_link(bron_id: str) -> str:
    """One source as an inline citation: linked title and checked month."""
    b = bron(bron_id)
    titel = f"[{b.titel}]({b.url})" if b.url else b.titel
    return f"{titel} ({b.uitgever}; nagekeken {maand(b.nagekeken)})"


def laatst_nagekeken(bron_ids: Iterable[str]) -> str:
    """The latest checked month of these sources, in words."""
    return maand(max(bron(i).nagekeken for i in bron_ids))


def bronnen_sectie(bron_ids: list[str]) -> str:
    """The closing "Bronnen" section of a page, with its "Laatst nagekeken" line."""
    if not bron_ids:
        raise ValueError("lw:bronnen-voor heeft minstens één bron nodig")
    regels = [f"- {bron_link(i)}" for i in bron_ids]
    return (
        "## Bronnen\n\n"
        + "\n".join(regels)
        + f'\n\n<p class="lw-nagekeken">Laatst nagekeken: '
        f"<strong>{laatst_nagekeken(bron_ids)}</strong>.</p>\n"
    )


def _bron_regel(b: Bron) -> str:
    titel = f"[{b.titel}]({b.url})" if b.url else b.titel
    return (
        f"- **{titel}** — {b.uitgever}.  \n  Steunt: {b.ondersteunt}  \n"
        f"  Nagekeken: {maand(b.nagekeken)}."
    )


def bronnenlijst() -> str:
    """All sources grouped by kind, each with what it supports and when it was checked."""
    delen: list[str] = []
    for soort, titel in _SOORT_TITEL.items():
        groep = [b for b in BRONNEN if b.soort == soort]
        if groep:
            delen.append(f"### {titel}\n\n" + "\n".join(_bron_regel(b) for b in groep))
    return "\n\n".join(delen) + "\n"


def _zekerheid(w: p.Waarde[object]) -> str:
    return "berekend" if w.zekerheid == "berekend" else "nagekeken"


def bedragen_tabel() -> str:
    """The leefloon amounts per category, one row per valid-from date."""
    rijen = [
        "| Geldig vanaf | Categorie 1: samenwonend | Categorie 2: alleenstaand | "
        "Categorie 3: met gezin ten laste | Bron |",
        "|---|--:|--:|--:|---|",
    ]
    for i, w1 in enumerate(p.LEEFLOON[1].waarden):
        w2, w3 = p.LEEFLOON[2].waarden[i], p.LEEFLOON[3].waarden[i]
        teken = " ≈" if w1.zekerheid == "berekend" else ""
        rijen.append(
            f"| {datum(w1.vanaf)} |{teken} {euro(w1.waarde)} |{teken} {euro(w2.waarde)} |"
            f"{teken} {euro(w3.waarde)} | {_md_escape(bron(w1.bron).titel)} ({_zekerheid(w1)}) |"
        )
    berekend = [w for w in p.LEEFLOON[1].waarden if w.zekerheid == "berekend"]
    voet = ""
    if berekend:
        voet = f"\n\n≈ {berekend[0].toelichting}"
    return (
        "\n".join(rijen)
        + f"\n\nBedragen in euro per maand, netto ({p.LEEFLOON[1].rechtsgrond})."
        + voet
        + "\n"
    )


def bedrag(categorie: int, peildatum: date) -> str:
    """One category amount on a date, with the date it is valid from."""
    w = p.LEEFLOON[categorie].op(peildatum)
    benadering = "ongeveer " if w.zekerheid == "berekend" else ""
    return f"{benadering}{euro(w.waarde)} per maand (geldig vanaf {datum(w.vanaf)})"


def vrijstellingen_tabel() -> str:
    """The general and socio-professional exemptions, dated."""
    rijen = ["| Vrijstelling | Bedrag | Geldig vanaf | Rechtsgrond | Bron |", "|---|--:|---|---|---|"]
    for cat in (1, 2, 3):
        par = p.ALGEMENE_VRIJSTELLING[cat]
        for w in par.waarden:
            rijen.append(
                f"| Algemene vrijstelling, categorie {cat} | {euro(w.waarde)} per jaar | "
                f"{datum(w.vanaf)} | {par.rechtsgrond} | {_md_escape(bron(w.bron).titel)} |"
            )
    sp = p.SOCIOPROFESSIONELE_VRIJSTELLING
    for ws in sp.waarden:
        bedrag_tekst = "niet nagekeken" if ws.waarde is None else f"{euro(ws.waarde)} per maand"
        if ws.zekerheid == "berekend":
            bedrag_tekst = "≈ " + bedrag_tekst
        rijen.append(
            f"| Socio-professionele vrijstelling | {bedrag_tekst} | {datum(ws.vanaf)} | "
            f"{sp.rechtsgrond} | {_md_escape(bron(ws.bron).titel)} |"
        )
    notes = [w.toelichting for w in sp.waarden if w.toelichting]
    return "\n".join(rijen) + "\n\n" + "\n".join(f"- {n}" for n in notes) + "\n"


def leeftijden_tabel() -> str:
    """Pension and IGO age by date."""
    par = p.PENSIOENLEEFTIJD
    rijen = ["| Vanaf | Leeftijd | Toelichting | Bron |", "|---|--:|---|---|"]
    for w in par.waarden:
        rijen.append(
            f"| {datum(w.vanaf)} | {w.waarde} jaar | {_md_escape(w.toelichting)} | "
            f"{_md_escape(bron(w.bron).titel)} |"
        )
    return "\n".join(rijen) + "\n"


def aankondigingen() -> str:
    """Announced measures, each clearly marked as not (yet) law."""
    delen = []
    for a in p.AANKONDIGINGEN:
        delen.append(
            f'!!! warning "Aangekondigd, geen wet: {a.titel}"\n\n'
            f"    {a.uitleg} Aangekondigd op {datum(a.aangekondigd_op)}. "
            f"Bron: {bron_link(a.bron)}. De checker past dit niet toe.\n"
        )
    return "\n".join(delen)


_ABBR = re.compile(r"^\*\[(?P<term>[^\]]+)\]:\s*(?P<uitleg>.+)$")


def woordenlijst(abbreviations_md: str) -> str:
    """The glossary page body, from the abbreviations file that also feeds the tooltips."""
    termen = []
    for regel in abbreviations_md.splitlines():
        m = _ABBR.match(regel.strip())
        if m:
            termen.append((m.group("term"), m.group("uitleg")))
    if not termen:
        raise ValueError("geen termen gevonden in includes/woordenlijst.md")
    termen.sort(key=lambda t: t[0].casefold())
    return "\n\n".join(f"{term}\n:   {uitleg}" for term, uitleg in termen) + "\n"
