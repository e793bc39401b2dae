"""Insufficient resources — art. 3, 4°, art. 14 and art. 16 Leefloonwet; art. 22, 34, 35 KB.

Leefloon = the category amount in force on the reference date minus the counted
resources. Counted are: your own income (income from work or training minus the
socio-professional exemption, art. 35 KB), your partner's income (art. 34 KB:
in full for category 3, above the category 1 amount for category 1), minus the
general exemption (art. 22 §2 KB). The part of other housemates' income that the
OCMW *may* count is shown separately, never silently added or dropped.

Unknown answers are handled as intervals: the counted resources lie between a
lower and an upper bound. If even the lower bound leaves no leefloon, the
condition is not met whatever the unknowns; if the bounds differ, it is
uncertain and the result names the answers that would settle it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from checker.parameters import (
    ALGEMENE_VRIJSTELLING,
    LEEFLOON,
    SAMENWONENDEN_REGIME,
    SOCIOPROFESSIONELE_VRIJSTELLING,
)
from checker.tekst import cent, datum, euro
from checker.uitkomst import Amount, Status, Step
from checker.voorwaarden import Antwoorden, Oordeel, Voorwaarde, oordeel

VOORWAARDE = Voorwaarde(
    id="bestaansmiddelen",
    titel="Onvoldoende bestaansmiddelen",
    rechtsgrond=("art. 3, 4° Leefloonwet", "art. 14 §1 en art. 16 Leefloonwet"),
    pagina="voorwaarden/bestaansmiddelen/",
    bronnen=(
        "leefloonwet",
        "leefloonbesluit",
        "mi_is_faq",
        "bdas",
        "droitsquotidiens",
        "cpasconnect",
        "schlitz_art34",
    ),
)

CATEGORIE_LABEL = {1: "samenwonend", 2: "alleenstaand", 3: "met gezin ten laste"}

_HUISGENOTEN = (
    "samenwonend_partner",
    "samenwonend_ouders_kinderen",
    "samenwonend_andere_familie",
    "samenwonend_anderen",
)
_NUL = Decimal(0)


def categorieen(antwoorden: Antwoorden) -> tuple[int, ...]:
    """The categories still possible given the answers (one when known).

    Category 3: living with at least one unmarried minor child in your care.
    Category 1: living with someone else. Category 2: living alone.
    """
    kind = antwoorden.get("kind_ten_laste")
    huis = [antwoorden.get(i) for i in _HUISGENOTEN]
    if any(h is True for h in huis):
        zonder_kind: tuple[int, ...] = (1,)
    elif all(h is False for h in huis):
        zonder_kind = (2,)
    else:
        zonder_kind = (1, 2)
    if kind is True:
        return (3,)
    if kind is False:
        return zonder_kind
    return (*zonder_kind, 3)


@dataclass(frozen=True, slots=True)
class _Bereik:
    """Counted resources for one category: lower bound, upper bound (None = unbounded)."""

    laag: Decimal
    hoog: Decimal | None
    stappen: tuple[Step, ...]


def _bedrag(a: object) -> Decimal | None:
    return a if isinstance(a, Decimal) else None


def _reken(antwoorden: Antwoorden, peildatum: date, categorie: int) -> _Bereik:
    """Counted resources for ``categorie``, as bounds, with the exact steps when known."""
    r1 = LEEFLOON[1].op(peildatum).waarde
    werk = _bedrag(antwoorden.get("inkomen_werk"))
    ander = _bedrag(antwoorden.get("andere_inkomsten"))
    sp_keuze = antwoorden.get("socioprofessionele_vrijstelling")
    sp_bedrag = SOCIOPROFESSIONELE_VRIJSTELLING.op(peildatum).waarde
    stappen: list[Step] = []
    onbegrensd = False

    # Own income from work, minus the socio-professional exemption (art. 35 KB).
    if werk is None:
        werk_laag, werk_hoog = _NUL, _NUL
        onbegrensd = True
    elif werk == 0:
        werk_laag = werk_hoog = _NUL
    else:
        stappen.append(Step("Inkomen uit werk of opleiding", werk, "income"))
        if sp_keuze is False:
            vrij_min = vrij_max = _NUL
        elif sp_bedrag is None:
            vrij_min, vrij_max = _NUL, werk
        elif sp_keuze is True:
            vrij_min = vrij_max = min(werk, sp_bedrag)
        else:
            vrij_min, vrij_max = _NUL, min(werk, sp_bedrag)
        werk_laag, werk_hoog = werk - vrij_max, werk - vrij_min
        if vrij_min == vrij_max and vrij_max > 0:
            stappen.append(
                Step(
                    "Min de socio-professionele vrijstelling (art. 35 Leefloonbesluit)",
                    -vrij_max,
                    "deduction",
                )
            )

    if ander is None:
        ander_laag = _NUL
        onbegrensd = True
    else:
        ander_laag = ander
        if ander > 0:
            stappen.append(Step("Andere eigen inkomsten", ander, "income"))

    # The partner's income (art. 34 KB, both before and from 1 March 2026).
    partner = antwoorden.get("samenwonend_partner")
    partner_laag = _NUL
    if partner is True:
        p_inkomen = _bedrag(antwoorden.get("inkomen_partner"))
        if p_inkomen is None:
            onbegrensd = True
        elif categorie == 3:
            partner_laag = p_inkomen
            stappen.append(
                Step(
                    "Inkomen van je partner, volledig (art. 34 Leefloonbesluit)",
                    p_inkomen,
                    "income",
                )
            )
        else:
            partner_laag = max(_NUL, p_inkomen - r1)
            stappen.append(
                Step(
                    f"Inkomen van je partner boven het bedrag van categorie 1 ({euro(r1)}) "
                    "(art. 34 Leefloonbesluit)",
                    partner_laag,
                    "income",
                )
            )
    elif partner is None:
        onbegrensd = True

    algemeen_jaar = ALGEMENE_VRIJSTELLING[categorie].op(peildatum).waarde
    algemeen = cent(algemeen_jaar / 12)
    bruto_laag = werk_laag + ander_laag + partner_laag
    bruto_hoog = werk_hoog + ander_laag + partner_laag
    laag = max(_NUL, bruto_laag - algemeen)
    hoog: Decimal | None = None if onbegrensd else max(_NUL, bruto_hoog - algemeen)
    aftrek = min(bruto_laag, algemeen)
    if aftrek > 0:
        stappen.append(
            Step(
                f"Min de algemene vrijstelling: {euro(algemeen_jaar)} per jaar gedeeld door 12 "
                "(art. 22 §2 Leefloonbesluit)",
                -aftrek,
                "deduction",
            )
        )
    return _Bereik(laag, hoog, tuple(stappen))


@dataclass(frozen=True, slots=True)
class _Facultatief:
    """Housemates' income the OCMW may count: total (None = unknown), lines, missing ids."""

    totaal: Decimal | None
    stappen: tuple[Step, ...]
    ontbreekt: tuple[str, ...]
    redenen: tuple[str, ...]


def _facultatief(antwoorden: Antwoorden, peildatum: date) -> _Facultatief:
    """The part of housemates' income the OCMW may count (art. 34 KB)."""
    regime = SAMENWONENDEN_REGIME.op(peildatum).waarde
    r1 = LEEFLOON[1].op(peildatum).waarde
    totaal: Decimal | None = _NUL
    stappen: list[Step] = []
    ontbreekt: list[str] = []
    redenen: list[str] = []

    groepen = [("ouders_kinderen", "je ouders of meerderjarige kinderen")]
    if regime == "2026":
        groepen.append(
            (
                "andere_familie",
                "andere familie (grootouders, kleinkinderen, "
                "schoonouders, schoonkinderen, ex-partner)",
            )
        )
    elif antwoorden.get("samenwonend_andere_familie") is True:
        redenen.append(
            "Tot en met 28 februari 2026 telt het inkomen van andere familie (grootouders, "
            "kleinkinderen, schoonfamilie, ex-partner) niet mee."
        )
    for sleutel, naam in groepen:
        samen = antwoorden.get(f"samenwonend_{sleutel}")
        if samen is None:
            # Unknown whether they live with you: what the OCMW may count is unknown too.
            ontbreekt.append(f"samenwonend_{sleutel}")
            totaal = None
            continue
        if samen is not True:
            continue
        aantal = antwoorden.get(f"aantal_{sleutel}")
        inkomen = _bedrag(antwoorden.get(f"inkomen_{sleutel}"))
        if not isinstance(aantal, int) or inkomen is None:
            ontbreekt.extend(
                i
                for i, a in ((f"aantal_{sleutel}", aantal), (f"inkomen_{sleutel}", inkomen))
                if a is None
            )
            totaal = None
            continue
        deel = max(_NUL, inkomen - aantal * r1)
        if deel > 0:
            stappen.append(
                Step(
                    f"Het OCMW mag meetellen: inkomen van {naam} boven {aantal} × {euro(r1)} "
                    "(art. 34 Leefloonbesluit)",
                    deel,
                    "optional",
                )
            )
        if totaal is not None:
            totaal += deel

    familie = any(
        antwoorden.get(i) is True
        for i in ("samenwonend_ouders_kinderen", "samenwonend_andere_familie")
    )
    if "kinderbijslag_voor_jou" in antwoorden and familie:
        kb = _bedrag(antwoorden.get("kinderbijslag_voor_jou"))
        if regime == "2002":
            if kb:
                redenen.append(
                    "Tot en met 28 februari 2026 telt kinderbijslag die een huisgenoot voor jou "
                    "krijgt niet mee."
                )
        elif kb is None:
            ontbreekt.append("kinderbijslag_voor_jou")
            totaal = None
        elif kb > 0:
            stappen.append(
                Step(
                    "Het OCMW mag meetellen: kinderbijslag die een huisgenoot voor jou krijgt "
                    "(art. 34 Leefloonbesluit, sinds 1 maart 2026)",
                    kb,
                    "optional",
                )
            )
            if totaal is not None:
                totaal += kb
    return _Facultatief(totaal, tuple(stappen), tuple(ontbreekt), tuple(redenen))


def _ontbrekend(antwoorden: Antwoorden) -> list[str]:
    """Unknown answers that move the counted resources or the category."""
    ids = ["kind_ten_laste", *_HUISGENOTEN, "inkomen_werk"]
    if "socioprofessionele_vrijstelling" in antwoorden:
        ids.append("socioprofessionele_vrijstelling")
    ids.append("andere_inkomsten")
    if "inkomen_partner" in antwoorden:
        ids.append("inkomen_partner")
    ids.append("vermogen")
    return [i for i in ids if antwoorden.get(i) is None]


def beoordeel(antwoorden: Antwoorden, peildatum: date) -> Oordeel:
    """Judge insufficient resources and compute the leefloon amount."""
    kandidaten = categorieen(antwoorden)
    bereiken = {c: _reken(antwoorden, peildatum, c) for c in kandidaten}
    alle: tuple[str, ...] = (
        "kind_ten_laste",
        *_HUISGENOTEN,
        "inkomen_partner",
        "aantal_ouders_kinderen",
        "inkomen_ouders_kinderen",
        "aantal_andere_familie",
        "inkomen_andere_familie",
        "kinderbijslag_voor_jou",
        "inkomen_werk",
        "socioprofessionele_vrijstelling",
        "andere_inkomsten",
        "vermogen",
    )
    gebruikt = tuple(i for i in alle if i in antwoorden)
    inkomens = tuple(
        i
        for i in (
            "inkomen_werk",
            "andere_inkomsten",
            "inkomen_partner",
            "socioprofessionele_vrijstelling",
        )
        if i in antwoorden and antwoorden.get(i) is not None
    )
    regime = SAMENWONENDEN_REGIME.op(peildatum).waarde
    waarschuwingen: list[str] = []
    if regime == "2026" and any(
        antwoorden.get(i) is True
        for i in ("samenwonend_ouders_kinderen", "samenwonend_andere_familie")
    ):
        waarschuwingen.append("samenwonenden_2026")
    if antwoorden.get("vermogen") is True:
        waarschuwingen.append("vermogen")

    # Even the lowest possible resources leave no leefloon: not met, whatever is unknown.
    if all(LEEFLOON[c].op(peildatum).waarde - b.laag <= 0 for c, b in bereiken.items()):
        hoogste = max(LEEFLOON[c].op(peildatum).waarde for c in kandidaten)
        laagste = min(b.laag for b in bereiken.values())
        bedrag = None
        if len(kandidaten) == 1 and bereiken[kandidaten[0]].hoog == laagste:
            bedrag = _amount(antwoorden, peildatum, kandidaten[0], bereiken[kandidaten[0]], None)
        return oordeel(
            VOORWAARDE,
            Status.NOT_MET,
            [
                f"Je meegetelde bestaansmiddelen ({euro(laagste)} per maand) zijn minstens even "
                f"hoog als het leefloon ({euro(hoogste)} per maand). Dan is er geen leefloon."
            ],
            gebruikt=gebruikt,
            beslissend=inkomens,
            waarschuwingen=tuple(waarschuwingen),
            bedrag=bedrag,
        )

    if len(kandidaten) > 1:
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            [
                "Je categorie hangt af van met wie je samenwoont en of je voor een kind zorgt. "
                "Dat is niet volledig ingevuld."
            ],
            gebruikt=gebruikt,
            ontbreekt=tuple(_ontbrekend(antwoorden)),
            waarschuwingen=tuple(waarschuwingen),
        )

    categorie = kandidaten[0]
    bereik = bereiken[categorie]
    facultatief = _facultatief(antwoorden, peildatum)
    zeker = _exact(bereik)
    if not zeker:
        ontbreekt = [i for i in _ontbrekend(antwoorden) if i != "vermogen"]
        redenen = ["Niet al je inkomsten zijn ingevuld, dus het bedrag is nog niet te berekenen."]
        if not ontbreekt and SOCIOPROFESSIONELE_VRIJSTELLING.op(peildatum).waarde is None:
            redenen = [
                "Het bedrag van de socio-professionele vrijstelling op "
                f"{datum(peildatum)} is niet nagekeken, dus het leefloon is niet te berekenen."
            ]
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            redenen,
            gebruikt=gebruikt,
            ontbreekt=tuple(dict.fromkeys((*ontbreekt, *facultatief.ontbreekt))),
            waarschuwingen=tuple(waarschuwingen),
        )

    bedrag = _amount(antwoorden, peildatum, categorie, bereik, facultatief)
    redenen = list(facultatief.redenen)
    if bedrag.monthly_amount <= 0:
        return oordeel(
            VOORWAARDE,
            Status.NOT_MET,
            [
                f"Je meegetelde bestaansmiddelen ({euro(bedrag.counted_resources)}) zijn minstens "
                f"even hoog als het leefloon ({euro(bedrag.monthly_rate)}).",
                *redenen,
            ],
            gebruikt=gebruikt,
            beslissend=inkomens,
            waarschuwingen=tuple(waarschuwingen),
            bedrag=bedrag,
        )
    redenen.insert(
        0,
        f"Je valt in categorie {categorie} ({CATEGORIE_LABEL[categorie]}). Je meegetelde "
        f"bestaansmiddelen ({euro(bedrag.counted_resources)}) zijn lager dan het leefloon "
        f"({euro(bedrag.monthly_rate)}): je leefloon is {euro(bedrag.monthly_amount)} per maand.",
    )
    status = Status.MET
    ontbreekt_f: tuple[str, ...] = ()
    if facultatief.totaal is None:
        status = Status.UNCERTAIN
        ontbreekt_f = facultatief.ontbreekt
        redenen.append(
            "Het OCMW mag ook een deel van het inkomen van je huisgenoten meetellen; dat is "
            "niet volledig ingevuld."
        )
    elif bedrag.amount_if_counted is not None:
        if bedrag.amount_if_counted <= 0:
            status = Status.UNCERTAIN
            redenen.append(
                "Telt het OCMW ook het deel van het inkomen van je huisgenoten mee dat het mag "
                "meetellen, dan is er geen leefloon meer. Dat beslist het OCMW."
            )
        else:
            redenen.append(
                "Telt het OCMW ook het deel van het inkomen van je huisgenoten mee dat het mag "
                f"meetellen, dan wordt je leefloon {euro(bedrag.amount_if_counted)} per maand."
            )
    if antwoorden.get("vermogen") is True:
        status = Status.UNCERTAIN
        redenen.append(
            "Je hebt spaargeld of bezit. Het OCMW telt daar een deel van mee; deze test rekent "
            "dat niet uit."
        )
    elif antwoorden.get("vermogen") is None:
        status = Status.UNCERTAIN
        ontbreekt_f = (*ontbreekt_f, "vermogen")
        redenen.append("Of je spaargeld of bezit hebt, is niet ingevuld.")
    if bedrag.rate_certainty == "berekend":
        waarschuwingen.append("bedrag_berekend")
    return oordeel(
        VOORWAARDE,
        status,
        redenen,
        gebruikt=gebruikt,
        ontbreekt=ontbreekt_f,
        beslissend=inkomens if status is Status.MET else (),
        waarschuwingen=tuple(waarschuwingen),
        bedrag=bedrag,
    )


def _exact(bereik: _Bereik) -> bool:
    """Whether the counted income is known exactly (property is judged separately)."""
    return bereik.hoog is not None and bereik.hoog == bereik.laag


def _amount(
    antwoorden: Antwoorden,
    peildatum: date,
    categorie: int,
    bereik: _Bereik,
    facultatief: _Facultatief | None,
) -> Amount:
    """The calculation, step by step, for a known category and exact resources."""
    tarief = LEEFLOON[categorie].op(peildatum)
    geteld = bereik.laag
    leefloon = max(_NUL, tarief.waarde - geteld)
    benadering = " (berekend)" if tarief.zekerheid == "berekend" else ""
    stappen = [
        Step(
            f"Leefloon categorie {categorie} ({CATEGORIE_LABEL[categorie]}), geldig vanaf "
            f"{datum(tarief.vanaf)}{benadering}",
            tarief.waarde,
            "rate",
        ),
        *bereik.stappen,
        Step("Meegetelde bestaansmiddelen", geteld, "subtotal"),
        Step(f"Leefloon: {euro(tarief.waarde)} min {euro(geteld)}", leefloon, "result"),
    ]
    extra: Decimal | None = None
    als_geteld: Decimal | None = None
    if facultatief is not None and facultatief.totaal:
        extra = facultatief.totaal
        als_geteld = max(_NUL, leefloon - extra)
        stappen.extend(facultatief.stappen)
        stappen.append(Step("Leefloon als het OCMW dat ook meetelt", als_geteld, "optional"))
    return Amount(
        category=categorie,
        category_label=CATEGORIE_LABEL[categorie],
        monthly_rate=tarief.waarde,
        counted_resources=geteld,
        monthly_amount=leefloon,
        valid_from=tarief.vanaf,
        rate_certainty=tarief.zekerheid,
        legal_basis=(
            "art. 14 §1 Leefloonwet",
            "art. 16 Leefloonwet",
            "art. 22 §2, 34 en 35 Leefloonbesluit",
        ),
        steps=tuple(stappen),
        discretionary=extra,
        amount_if_counted=als_geteld,
    )
