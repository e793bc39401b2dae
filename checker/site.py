"""Markdown views of the rule module for the documentation site.

Called by the MkDocs hook ``scripts/hooks/shortcodes.py``. Every amount, date,
source and rule shown on the site is rendered here from the module's data.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

from checker import parameters as p
from checker.bronnen import BRONNEN, Bron, bron
from checker.taal import VERMIJDEN
from checker.tekst import datum, euro, euro_kort, getal, maand
from checker.uitkomst import VARIANT_TITEL, Step

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


def tabel(label: str, markdown_tabel: str, inspringen: str = "") -> str:
    """A Markdown table inside a labelled region that scrolls and takes keyboard focus.

    A table wider than a phone scrolls sideways inside this region, not the page. The
    region has ``tabindex="0"``, a role and a name, so keyboard users can scroll it too
    (axe: "scrollable region must have keyboard access"). Tables typed in a page use the
    same markup by hand.
    """
    label = label.replace('"', "&quot;")
    regels = [
        f'<div class="lw-tabel" role="region" tabindex="0" aria-label="{label}" markdown>',
        "",
        *markdown_tabel.strip("\n").split("\n"),
        "",
        "</div>",
    ]
    return "\n".join(inspringen + r if r else r for r in regels) + "\n"


def bron_link(bron_id: str) -> str:
    """One source as an inline citation: linked title and checked month."""
    b = bron(bron_id)
    titel = f"[{b.titel}]({b.url})" if b.url else b.titel
    return f"{titel} ({b.uitgever}; nagekeken {maand(b.nagekeken)})"


def _aantal_bronnen(n: int) -> str:
    return "1 bron" if n == 1 else f"{n} bronnen"


def nagekeken_per_maand(bron_ids: Iterable[str]) -> str:
    """When these sources were checked, newest month first, with how many per month.

    ``december 2026 (3 bronnen); maart 2026 (8 bronnen)``: a page whose sources were
    checked in different months does not look as if all were checked in the last one.
    """
    ids = list(dict.fromkeys(bron_ids))
    maanden = sorted({bron(i).nagekeken for i in ids}, reverse=True)
    if len(maanden) == 1:
        return f"<strong>{maand(maanden[0])}</strong> (alle bronnen)"
    delen = [
        f"{maand(m)} ({_aantal_bronnen(sum(bron(i).nagekeken == m for i in ids))})" for m in maanden
    ]
    return f"<strong>{delen[0]}</strong>; " + "; ".join(delen[1:])


def bronnen_sectie(bron_ids: list[str]) -> str:
    """The closing "Bronnen" section of a page, with its "Laatst nagekeken" line."""
    if not bron_ids:
        raise ValueError("lw:bronnen-voor heeft minstens één bron nodig")
    regels = [f"- {bron_link(i)}" for i in bron_ids]
    return (
        '## Bronnen\n\n<div class="lw-bronnen" markdown>\n\n'
        + "\n".join(regels)
        + "\n\n</div>\n\n"
        + f'<p class="lw-nagekeken">Laatst nagekeken: {nagekeken_per_maand(bron_ids)}.</p>\n'
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
            delen.append(
                f'### {titel}\n\n<div class="lw-bronnenlijst" markdown>\n\n'
                + "\n".join(_bron_regel(b) for b in groep)
                + "\n\n</div>"
            )
    return "\n\n".join(delen) + "\n"


def _zekerheid(w: p.Waarde[Decimal]) -> str:
    return "berekend" if w.zekerheid == "berekend" else "nagekeken"


def bedragen_tabel() -> str:
    """The leefloon amounts per category, one row per valid-from date; forecasts apart.

    Four narrow columns, so the table fits a phone; the source of each row follows the
    table. A forecast value is not law: it is shown under the table, marked as such.
    """
    rijen = ["| Geldig vanaf | Categorie 1 | Categorie 2 | Categorie 3 |", "|---|--:|--:|--:|"]
    bronnen: list[str] = []
    voorspeld: list[tuple[p.Waarde[Decimal], ...]] = []
    for i, w1 in enumerate(p.LEEFLOON[1].waarden):
        ws = tuple(p.LEEFLOON[c].waarden[i] for c in (1, 2, 3))
        if w1.zekerheid == "voorspeld":
            voorspeld.append(ws)
            continue
        teken = "≈ " if w1.zekerheid == "berekend" else ""
        # A no-break space keeps "€" with its number; the line may break after "≈".
        bedragen = " | ".join(f"{teken}{euro(w.waarde)}".replace("€ ", "€\u00a0") for w in ws)
        rijen.append(f"| {datum(w1.vanaf)} | {bedragen} |")
        bronnen.append(f"{datum(w1.vanaf)}: {bron_link(w1.bron)}, {_zekerheid(w1)}")
    delen = [
        tabel(
            "Leefloonbedragen per datum: categorie 1 samenwonend, 2 alleenstaand, "
            "3 met gezin ten laste",
            "\n".join(rijen),
        ),
        "Bedragen in euro per maand, netto. Categorie 1: samenwonend. Categorie 2: "
        f"alleenstaand. Categorie 3: met gezin ten laste ({p.LEEFLOON[1].rechtsgrond}).",
    ]
    berekend = [w for w in p.LEEFLOON[3].waarden if w.zekerheid == "berekend"]
    if berekend:
        delen.append(f"≈ {berekend[0].toelichting}")
    delen.append("Bron per datum: " + "; ".join(bronnen) + ".\n{ .lw-bron }")
    for ws in voorspeld:
        w1 = ws[0]
        regels = "\n".join(
            f"    - categorie {c}: {euro(w.waarde)} per maand"
            for c, w in zip((1, 2, 3), ws, strict=True)
        )
        delen.append(
            f'!!! warning "Voorspelling, geen vastgesteld bedrag: {datum(w1.vanaf)}"\n\n'
            f"    {w1.toelichting} Kwam die indexering er, dan is het leefloon vanaf "
            f"{datum(w1.vanaf)}:\n\n{regels}\n\n"
            f"    Dat zijn **voorspelde** bedragen. Tot we een bron vinden, rekent de test met "
            f"de bedragen in de tabel en toont hij dit bedrag ernaast.\n\n"
            f"    Bron: {bron_link(w1.bron)}.\n    {{ .lw-bron }}"
        )
    return "\n\n".join(delen) + "\n"


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
    if isinstance(w.waarde, p.Spaarschijven):
        return _waarde_tekst(par, w)
    tekst = f"{_waarde_tekst(par, w)} {par.eenheid.removeprefix('euro').strip()}"
    if len(par.waarden) > 1 or isinstance(w.waarde, Decimal):
        tekst += f" (geldig vanaf {datum(w.vanaf)})"
    return tekst


def _waarde_tekst(par: p.Parameter[Any], w: p.Waarde[Any]) -> str:
    """One value of a parameter in words, without its unit: an amount, a number, the
    savings slices."""
    if w.waarde is None:
        return "niet nagekeken"
    if isinstance(w.waarde, p.Spaarschijven):
        s = w.waarde
        return (
            f"De eerste {euro_kort(s.vrij_tot)} telt niet mee. Het deel van "
            f"{euro_kort(s.vrij_tot)} tot {euro_kort(s.eerste_schijf_tot)} telt voor "
            f"{getal(s.eerste_procent)} % per jaar. Het deel boven "
            f"{euro_kort(s.eerste_schijf_tot)} telt voor {getal(s.tweede_procent)} % per jaar"
        )
    if par.eenheid.startswith("euro") or isinstance(w.waarde, Decimal):
        return euro(w.waarde)
    return str(w.waarde)


def _bedrag_tekst(w: p.Waarde[Decimal] | p.Waarde[Decimal | None], per: str) -> str:
    if w.waarde is None:
        return "niet nagekeken"
    tekst = f"{euro(w.waarde)} per {per}"
    if w.zekerheid == "berekend":
        return "≈ " + tekst
    if w.zekerheid == "voorspeld":
        return f"voorspeld: {tekst}"
    return tekst


def vrijstellingen_tabel() -> str:
    """The general and socio-professional exemptions, dated; forecasts marked as such."""
    rijen = ["| Vrijstelling | Bedrag | Geldig vanaf | Bron |", "|---|--:|---|---|"]
    for cat in (1, 2, 3):
        for w in p.ALGEMENE_VRIJSTELLING[cat].waarden:
            rijen.append(
                f"| Algemeen, categorie {cat} | {_bedrag_tekst(w, 'jaar')} | "
                f"{datum(w.vanaf)} | {_md_escape(bron(w.bron).titel)} |"
            )
    sp = p.SOCIOPROFESSIONELE_VRIJSTELLING
    for ws in sp.waarden:
        rijen.append(
            f"| Werk of opleiding | {_bedrag_tekst(ws, 'maand')} | {datum(ws.vanaf)} | "
            f"{_md_escape(bron(ws.bron).titel)} |"
        )
    notes = [w.toelichting for w in sp.waarden if w.toelichting and w.zekerheid != "voorspeld"]
    if any(w.zekerheid == "voorspeld" for w in sp.waarden):
        notes.append("Voorspeld: alleen een voorspelling, zoals bij de leefloonbedragen.")
    return (
        tabel("Vrijstellingen met hun datum", "\n".join(rijen))
        + "\n"
        + "\n".join(f"- {n}" for n in notes)
        + f"\n\nRechtsgrond: algemene vrijstelling {p.ALGEMENE_VRIJSTELLING[1].rechtsgrond}; "
        f"vrijstelling voor werk of opleiding (socio-professionele vrijstelling) "
        f"{sp.rechtsgrond}.\n{{ .lw-bron }}\n"
    )


def leeftijden_tabel() -> str:
    """Pension and IGO age by date."""
    par = p.PENSIOENLEEFTIJD
    rijen = ["| Vanaf | Leeftijd | Toelichting | Bron |", "|---|--:|---|---|"]
    for w in par.waarden:
        rijen.append(
            f"| {datum(w.vanaf)} | {w.waarde} jaar | {_md_escape(w.toelichting)} | "
            f"{_md_escape(bron(w.bron).titel)} |"
        )
    return tabel("Pensioenleeftijd en IGO-leeftijd per datum", "\n".join(rijen))


def aankondigingen() -> str:
    """Announced measures, each clearly marked as not (yet) law."""
    delen = []
    for a in p.AANKONDIGINGEN:
        delen.append(
            f'!!! warning "Aangekondigd: {a.titel}"\n\n'
            f"    {a.uitleg}\n\n"
            f"    Aangekondigd op {datum(a.aangekondigd_op)}. Stand van zaken in "
            f"{maand(a.stand_op)}: nog geen wet. De test past dit niet toe.\n\n"
            f"    Bron: {bron_link(a.bron)}.\n    {{ .lw-bron }}\n"
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
        "| Je situatie | Voldoe je aan de nationaliteitsvoorwaarde? | Zo niet: welke hulp? |",
        "|---|---|---|",
    ]
    artikels = []
    for s in STATUSSEN:
        anders = ALTERNATIEVEN[s.alternatief].title if s.alternatief else "—"
        rijen.append(f"| {_md_escape(s.naam)} | {voldoet[s.regeling]} | {_md_escape(anders)} |")
        artikels.append(f"    - {s.naam}: {s.grondslag}")
    return (
        tabel("Verblijfsstatus en nationaliteitsvoorwaarde", "\n".join(rijen))
        + "\n*Deze tabel komt rechtstreeks uit de rekenregels van de test "
        "(`checker/voorwaarden/nationaliteit.py`).*\n\n"
        '??? info "Wetsartikels per verblijfsstatus"\n\n' + "\n".join(artikels) + "\n"
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
        tabel("Verblijfskaart, register en leefloon", "\n".join(rijen))
        + "\n*Deze tabel komt rechtstreeks uit de rekenregels van de test "
        "(`checker/verblijfskaarten.py`).*\n"
    )


def vermijden_tabel() -> str:
    """The words the site does not use, each with its plain replacement (checker/taal.py)."""
    rijen = ["| Liever niet | Wel |", "|---|---|"]
    rijen += [f"| {woord} | {_md_escape(beter)} |" for woord, beter in VERMIJDEN.items()]
    return tabel("Woorden die we vermijden", "\n".join(rijen))


def _stappen_tabel(stappen: Iterable[Step]) -> str:
    rijen = ["| Stap | Bedrag per maand |", "|---|--:|"]
    for st in stappen:
        tekst = _md_escape(st.description)
        if st.kind in ("subtotal", "result"):
            rijen.append(f"| **{tekst}** | **{euro(st.amount)}** |")
        else:
            rijen.append(f"| {tekst} | {euro(st.amount)} |")
    return "\n".join(rijen)


def berekening(voorbeeld_id: str) -> str:
    """A worked example, evaluated by the rules, as a calculation table.

    Where the OCMW has a choice, the same calculation with that choice follows; where a
    forecast indexation may apply, the amount it would give.
    """
    from checker.beoordeling import evaluate
    from checker.voorbeelden import VOORBEELDEN

    v = VOORBEELDEN[voorbeeld_id]
    resultaat = evaluate(v.antwoorden, v.peildatum)
    a = resultaat.amount
    if a is None:
        raise ValueError(f"voorbeeld {voorbeeld_id} geeft geen bedrag")
    delen = [tabel(f"Berekening: {v.titel}", _stappen_tabel(a.steps), "    ")]
    if a.variant is not None:
        titel = VARIANT_TITEL[a.variant.kind]
        delen.append(f"    **{titel}:**\n")
        delen.append(tabel(titel, _stappen_tabel(a.variant.steps), "    "))
    if a.indexed is not None:
        delen.append(
            f"    Kwam de voorspelde indexering er, dan is het leefloon vanaf "
            f"{datum(a.indexed.valid_from)} {euro(a.indexed.monthly_amount)} per maand "
            "(een voorspelling, geen vastgesteld bedrag).\n"
        )
    return (
        f'!!! example "Rekenvoorbeeld: {_md_escape(v.titel)}"\n\n'
        + "\n".join(delen)
        + f"\n    Berekend door de rekenregels op {datum(resultaat.reference_date)} "
        f"(regels {resultaat.rules_version}). Bedrag geldig vanaf {datum(a.valid_from)}.\n"
    )


def regels_overzicht() -> str:
    """Each condition with its legal basis, its module and the answers it reads."""
    from checker.beoordeling import VOORWAARDEN
    from checker.vragen import VRAGEN

    delen = []
    for v, regel in VOORWAARDEN:
        vragen = [q for q in VRAGEN if v.id in q.voorwaarden]
        bronnen = "; ".join(bron_link(b) for b in v.bronnen)
        delen.append(
            f"### {v.titel} {{#{v.id}}}\n\n"
            f"- **Rechtsgrond:** {'; '.join(v.rechtsgrond)}\n"
            f"- **Code:** `{regel.__module__}`\n"
            f"- **Uitleg:** [{v.titel}](../{v.pagina.rstrip('/')}.md)\n"
            f"- **Vragen:** " + ", ".join(f"`{q.id}`" for q in vragen) + "\n\n"
            f"Bronnen: {bronnen}.\n{{ .lw-bron }}\n"
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
            rijen.append(
                f"| {datum(w.vanaf)} | {_waarde_tekst(par, w)} | {w.zekerheid} | "
                f"{_md_escape(bron(w.bron).titel)} | {_md_escape(w.toelichting)} |"
            )
        delen.append(
            f"### {par.naam} {{#{par.id}}}\n\n`{par.id}` — {par.eenheid}; {par.rechtsgrond}\n\n"
            + tabel(par.naam, "\n".join(rijen))
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
        delen.append(f"### {g.titel}\n\n" + tabel(f"Vragen: {g.titel}", "\n".join(rijen)))
    return "\n\n".join(delen) + "\n"
