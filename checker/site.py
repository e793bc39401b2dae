"""Markdown views of the rule module for the documentation site.

Called by the MkDocs hook ``scripts/hooks/shortcodes.py``. Every amount, date,
source and rule shown on the site is rendered here from the module's data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal

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
        "## Bronnen\n\n" + "\n".join(regels) + f'\n\n<p class="lw-nagekeken">Laatst nagekeken: '
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


def _zekerheid(w: p.Waarde[Decimal]) -> str:
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


def parameter_waarde(parameter_id: str, peildatum: date) -> str:
    """Any parameter's value on a date, with its unit and valid-from date."""
    par = {q.id: q for q in p.ALLE_PARAMETERS}[parameter_id]
    w = par.op(peildatum)
    if w.waarde is None:
        return f"niet nagekeken (op {datum(peildatum)})"
    waarde = euro(w.waarde) if isinstance(w.waarde, Decimal) else str(w.waarde)
    eenheid = par.eenheid.removeprefix("euro").strip()
    tekst = f"{waarde} {eenheid}"
    if len(par.waarden) > 1 or isinstance(w.waarde, Decimal):
        tekst += f" (geldig vanaf {datum(w.vanaf)})"
    return tekst


def vrijstellingen_tabel() -> str:
    """The general and socio-professional exemptions, dated."""
    rijen = [
        "| Vrijstelling | Bedrag | Geldig vanaf | Rechtsgrond | Bron |",
        "|---|--:|---|---|---|",
    ]
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


def woordenlijst_termen(abbreviations_md: str) -> dict[str, str]:
    """Term → explanation from the ``*[term]: uitleg`` lines that feed the tooltips."""
    termen: dict[str, str] = {}
    for regel in abbreviations_md.splitlines():
        m = _ABBR.match(regel.strip())
        if m:
            termen[m.group("term")] = m.group("uitleg").strip()
    return termen


def woordenlijst(abbreviations_md: str) -> str:
    """The glossary page body, from the abbreviations file that also feeds the tooltips."""
    termen = sorted(woordenlijst_termen(abbreviations_md).items(), key=lambda t: t[0].casefold())
    if not termen:
        raise ValueError("geen termen gevonden in includes/woordenlijst.md")
    return "\n\n".join(f"{term}\n:   {uitleg}" for term, uitleg in termen) + "\n"


# --- Views that need the rules themselves -------------------------------------------------


def statussen_tabel() -> str:
    """Each residence status: does it meet art. 3, 3°, on what basis, and what remains."""
    from checker.gevolgen import ALTERNATIEVEN
    from checker.voorwaarden.nationaliteit import STATUSSEN

    voldoet = {
        "ja": "Ja",
        "nee": "Nee",
        "eu_burger": "Ja, als werknemer of zelfstandige, of met een verblijfsrecht van meer dan "
        "drie maanden en geen werkzoekende",
        "eu_familie": "Ja, met een verblijfsrecht van meer dan drie maanden",
        "staatloze": "Ja, als je ook een verblijfsrecht hebt",
        "onzeker": "Onzeker: geen bron gevonden",
    }
    rijen = [
        "| Je situatie | Voldoet aan de nationaliteitsvoorwaarde? | Grondslag | Anders |",
        "|---|---|---|---|",
    ]
    for s in STATUSSEN:
        anders = ALTERNATIEVEN[s.alternatief].title if s.alternatief else "—"
        rijen.append(
            f"| {_md_escape(s.naam)} | {voldoet[s.regeling]} | "
            f"{_md_escape(s.grondslag)} | {_md_escape(anders)} |"
        )
    return (
        "\n".join(rijen) + "\n\n*Deze tabel komt rechtstreeks uit de rekenregels van de test "
        "(`checker/voorwaarden/nationaliteit.py`).*\n"
    )


def kaarten_tabel() -> str:
    """Residence card → register → what it means for the leefloon, from the rules' own table."""
    from checker.verblijfskaarten import BESCHERMING, KAARTEN
    from checker.voorwaarden.nationaliteit import PER_STATUS

    uitkomst = {
        "ja": "voldaan",
        "nee": "niet voldaan",
        "eu_burger": "regels voor EU-burgers",
        "eu_familie": "regels voor familieleden van EU-burgers",
        "staatloze": "voldaan met verblijfsrecht",
        "onzeker": "onzeker: vraag het na",
    }
    bescherming = ", ".join(
        PER_STATUS[status].naam.split(" (")[0].lower()
        for status in BESCHERMING.values()
        if PER_STATUS[status].regeling != "nee"
    )
    rijen = [
        "| Kaart | Register | Wie | Nationaliteitsvoorwaarde van het leefloon |",
        "|---|---|---|---|",
    ]
    for k in KAARTEN:
        if k.status is None:
            gevolg = f"voldaan met bescherming ({bescherming}); zonder bescherming niet voldaan"
        else:
            gevolg = uitkomst[PER_STATUS[k.status].regeling]
        rijen.append(
            f"| {_md_escape(k.letters)} | {_md_escape(k.register)} | {_md_escape(k.wie)} | "
            f"{_md_escape(gevolg)} |"
        )
    return (
        "\n".join(rijen) + "\n\n*Deze tabel komt rechtstreeks uit de rekenregels van de test "
        "(`checker/verblijfskaarten.py`).*\n"
    )


def berekening(voorbeeld_id: str) -> str:
    """A worked example, evaluated by the rules, as a calculation table."""
    from checker.beoordeling import evaluate
    from checker.voorbeelden import VOORBEELDEN

    v = VOORBEELDEN[voorbeeld_id]
    resultaat = evaluate(v.antwoorden, v.peildatum)
    a = resultaat.amount
    if a is None:
        raise ValueError(f"voorbeeld {voorbeeld_id} geeft geen bedrag")
    rijen = ["| Stap | Bedrag per maand |", "|---|--:|"]
    for s in a.steps:
        tekst = _md_escape(s.description)
        if s.kind in ("subtotal", "result"):
            rijen.append(f"| **{tekst}** | **{euro(s.amount)}** |")
        else:
            rijen.append(f"| {tekst} | {euro(s.amount)} |")
    return (
        f'!!! example "Rekenvoorbeeld: {_md_escape(v.titel)}"\n\n'
        + "\n".join("    " + r for r in rijen)
        + f"\n\n    Berekend door de rekenregels op {datum(resultaat.reference_date)} "
        f"(regels {resultaat.rules_version}). Bedrag geldig vanaf {datum(a.valid_from)}.\n"
    )


def regels_overzicht() -> str:
    """Each condition with its legal basis, its module and the answers it reads."""
    from checker.beoordeling import VOORWAARDEN
    from checker.vragen import VRAGEN

    delen = []
    for v, regel in VOORWAARDEN:
        vragen = [q for q in VRAGEN if v.id in q.voorwaarden]
        bronnen = ", ".join(bron_link(b) for b in v.bronnen)
        delen.append(
            f"### {v.titel} {{#{v.id}}}\n\n"
            f"- **Rechtsgrond:** {'; '.join(v.rechtsgrond)}\n"
            f"- **Code:** `{regel.__module__}`\n"
            f"- **Uitleg:** [{v.titel}](../{v.pagina.rstrip('/')}.md)\n"
            f"- **Vragen:** " + ", ".join(f"`{q.id}`" for q in vragen) + "\n"
            f"- **Bronnen:** {bronnen}\n"
        )
    return "\n".join(delen)


def parameters_overzicht() -> str:
    """Every dated parameter with each value, its date, certainty and source."""
    delen = []
    for par in p.ALLE_PARAMETERS:
        rijen = [
            "| Geldig vanaf | Waarde | Zekerheid | Bron | Toelichting |",
            "|---|--:|---|---|---|",
        ]
        for w in par.waarden:
            if w.waarde is None:
                waarde = "niet nagekeken"
            elif par.eenheid.startswith("euro"):
                waarde = euro(w.waarde)
            else:
                waarde = str(w.waarde)
            rijen.append(
                f"| {datum(w.vanaf)} | {waarde} | {w.zekerheid} | "
                f"{_md_escape(bron(w.bron).titel)} | {_md_escape(w.toelichting)} |"
            )
        delen.append(
            f"### {par.naam} {{#{par.id}}}\n\n`{par.id}` — {par.eenheid}; {par.rechtsgrond}\n\n"
            + "\n".join(rijen)
        )
    dekking = (
        f"De regels gelden voor peildata van **{datum(p.DEKKING_VAN)}** tot en met "
        f"**{datum(p.DEKKING_TOT)}** (regels {p.REGELS_VERSIE}; feiten nagekeken tot "
        f"{maand(p.NAGEKEKEN_TOT)}). Voor andere data weigert de test te antwoorden.\n\n"
    )
    return dekking + "\n\n".join(delen) + "\n"


def vragenlijst() -> str:
    """The questionnaire as a table per group, with relevance rules."""
    from checker.vragen import GROEPEN, VRAGEN

    def relevant(clausules: tuple[object, ...]) -> str:
        from checker.vragen import Clausule

        teksten = []
        for c in clausules:
            assert isinstance(c, Clausule)
            w = c.waarde
            if isinstance(w, tuple):
                waarde = " of ".join(w)
            elif isinstance(w, p.Parameter):
                waarde = f"`{w.id}`"
            else:
                waarde = str(w)
            teksten.append(f"`{c.onderwerp_naam}` {c.op} {waarde}")
        return "; ".join(teksten) if teksten else "altijd"

    delen = []
    for g in GROEPEN:
        rijen = ["| Vraag | Id | Type | Voorwaarde | Gesteld als |", "|---|---|---|---|---|"]
        for v in VRAGEN:
            if v.groep == g.id:
                rijen.append(
                    f"| {_md_escape(v.label)} | `{v.id}` | {v.type} | "
                    f"{', '.join(v.voorwaarden)} | {_md_escape(relevant(v.relevant_als))} |"
                )
                for f in v.velden:
                    rijen.append(
                        f"| — {_md_escape(f.label)} | `{v.id}[].{f.id}` | {f.type} | "
                        f"{', '.join(f.voorwaarden)} | {_md_escape(relevant(f.relevant_als))} |"
                    )
        delen.append(f"### {g.titel}\n\n" + "\n".join(rijen))
    return "\n\n".join(delen) + "\n"
