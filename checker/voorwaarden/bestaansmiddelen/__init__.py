"""Insufficient resources — art. 3, 4°, art. 14 and art. 16 Leefloonwet; art. 22 ff. KB.

Leefloon = the category amount in force on the reference date minus the counted
resources (see :mod:`.berekening`). Unknown answers widen the counted resources
into a range:

- even the lowest possible resources leave no leefloon → **not met**, whatever
  is unknown;
- the category, the version of art. 34 or the resources are not known exactly
  → **uncertain**, naming the answers that would settle it;
- otherwise the amount is exact: **met** (or **not met** when nothing is left),
  unless the OCMW's own choice or property the test does not compute can still
  change the verdict (**uncertain**).
"""

from __future__ import annotations

from datetime import date

from checker.parameters import SAMENWONENDEN_REGIME, Art34Regime
from checker.tekst import euro
from checker.uitkomst import Status
from checker.voorwaarden import Antwoorden, Oordeel, Voorwaarde, oordeel
from checker.voorwaarden.bestaansmiddelen.bereik import Tarieven, heeft_voorspelling
from checker.voorwaarden.bestaansmiddelen.berekening import (
    CATEGORIE_LABEL,
    Berekening,
    als_amount,
    bereken,
)
from checker.voorwaarden.bestaansmiddelen.samenwonenden import huisgenoten, telt_iemand_mee

__all__ = ["CATEGORIE_LABEL", "VOORWAARDE", "beoordeel", "categorieen", "regimes"]

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
        "droitsquotidiens_spaargeld",
        "cpasconnect_2026",
        "cpasuccle",
        "kb_2026_art34",
    ),
)

_EIGEN = (
    "kind_ten_laste",
    "samenwonend",
    "huisgenoten",
    "leefloon_voor_maart_2026",
    "inkomen_werk",
    "socioprofessionele_vrijstelling",
    "andere_inkomsten",
    "spaargeld",
    "ander_bezit",
)
_BEDRAGEN = ("inkomen_werk", "socioprofessionele_vrijstelling", "andere_inkomsten", "spaargeld")


def categorieen(antwoorden: Antwoorden) -> tuple[int, ...]:
    """The categories still possible given the answers (one when known), art. 14 §1.

    Category 3: living with at least one unmarried minor child in your care.
    Category 1: living with another adult. Category 2: living alone.
    """
    kind = antwoorden.get("kind_ten_laste")
    samen = antwoorden.get("samenwonend")
    zonder_kind: tuple[int, ...] = (1,) if samen is True else (2,) if samen is False else (1, 2)
    if kind is True:
        return (3,)
    if kind is False:
        return zonder_kind
    return (*zonder_kind, 3)


def regimes(antwoorden: Antwoorden, peildatum: date) -> tuple[Art34Regime, ...]:
    """The version(s) of art. 34 that may apply.

    From 1 March 2026 the new version applies to new applications; people already on
    leefloon keep the old one until their file is next revised.
    """
    regime = SAMENWONENDEN_REGIME.op(peildatum).waarde
    if regime == "2002" or "leefloon_voor_maart_2026" not in antwoorden:
        return (regime,)
    keuze = antwoorden.get("leefloon_voor_maart_2026")
    if keuze == "niet_herzien":
        return ("2002",)
    if keuze in ("nee", "herzien"):
        return ("2026",)
    return ("2002", "2026")


def _gebruikt(antwoorden: Antwoorden) -> tuple[str, ...]:
    ids = [i for i in _EIGEN if i in antwoorden]
    for i, h in enumerate(huisgenoten(antwoorden) or ()):
        ids.extend(f"huisgenoten.{i}.{veld}" for veld in h.relevant)
    return tuple(ids)


def _beslissend(antwoorden: Antwoorden) -> tuple[str, ...]:
    ids = [i for i in _BEDRAGEN if antwoorden.get(i) is not None]
    for i, h in enumerate(huisgenoten(antwoorden) or ()):
        if h.inkomen is not None:
            ids.append(f"huisgenoten.{i}.inkomen")
    return tuple(ids)


def _waarschuwingen(antwoorden: Antwoorden, peildatum: date, b: Berekening | None) -> list[str]:
    ids = []
    if b is not None and b.regime == "2026" and telt_iemand_mee(antwoorden, "2026", "verplicht"):
        ids.append("samenwonenden_2026")
    if antwoorden.get("ander_bezit") is True:
        ids.append("onroerend_goed")
    if b is not None and b.hoofd.tarief.zekerheid == "berekend":
        ids.append("bedrag_berekend")
    if heeft_voorspelling(peildatum):
        ids.append("bedrag_mogelijk_verouderd")
    return ids


def beoordeel(antwoorden: Antwoorden, peildatum: date) -> Oordeel:
    """Judge insufficient resources and compute the leefloon amount."""
    t = Tarieven(peildatum)
    kandidaten = categorieen(antwoorden)
    versies = regimes(antwoorden, peildatum)
    alle = [bereken(antwoorden, t, c, r) for c in kandidaten for r in versies]
    if all(b.hoofd.zeker_geen_leefloon for b in alle):
        return _zeker_geen_leefloon(antwoorden, peildatum, alle)
    if len(kandidaten) > 1:
        return _onzeker(
            antwoorden,
            peildatum,
            "Je categorie hangt af van met wie je samenwoont en of je voor een kind zorgt. Dat "
            "is nog niet volledig ingevuld.",
            tuple(i for i in ("kind_ten_laste", "samenwonend") if antwoorden.get(i) is None),
        )
    if len(alle) > 1 and not _zelfde(alle):
        return _onzeker(
            antwoorden,
            peildatum,
            "Het hangt ervan af of je al leefloon kreeg vóór 1 maart 2026: dan gelden de oude "
            "regels voor je huisgenoten nog tot de volgende herziening van je dossier.",
            ("leefloon_voor_maart_2026",),
        )
    b = alle[-1]
    if not b.hoofd.exact:
        redenen = b.hoofd.onzeker or (
            "Niet al je inkomsten zijn ingevuld. Het bedrag is nog niet te berekenen.",
        )
        return _onzeker(antwoorden, peildatum, redenen[0], b.hoofd.ontbreekt, b)
    return _exact(antwoorden, peildatum, b)


def _zelfde(alle: list[Berekening]) -> bool:
    """Whether every version of art. 34 gives the same exact amount."""
    eerste = alle[0]
    return all(
        b.hoofd.exact
        and b.hoofd.geteld == eerste.hoofd.geteld
        and (b.variant is None) == (eerste.variant is None)
        for b in alle
    )


def _onzeker(
    antwoorden: Antwoorden,
    peildatum: date,
    reden: str,
    ontbreekt: tuple[str, ...],
    b: Berekening | None = None,
) -> Oordeel:
    ontbreekt = (*ontbreekt, *(("ander_bezit",) if antwoorden.get("ander_bezit") is None else ()))
    return oordeel(
        VOORWAARDE,
        Status.UNCERTAIN,
        [reden],
        gebruikt=_gebruikt(antwoorden),
        ontbreekt=tuple(dict.fromkeys(ontbreekt)),
        waarschuwingen=tuple(_waarschuwingen(antwoorden, peildatum, b)),
    )


def _zeker_geen_leefloon(
    antwoorden: Antwoorden, peildatum: date, alle: list[Berekening]
) -> Oordeel:
    """Not met: even the lowest possible resources reach the rate."""
    if len(alle) == 1 and alle[0].hoofd.exact:
        return _exact(antwoorden, peildatum, alle[0])
    laagste = min(b.hoofd.geteld.laag for b in alle)
    hoogste = max(b.hoofd.tarief.waarde for b in alle)
    return oordeel(
        VOORWAARDE,
        Status.NOT_MET,
        [
            f"Er telt minstens {euro(laagste)} per maand mee. Dat is evenveel of meer dan het "
            f"leefloon ({euro(hoogste)}). Dan is er geen leefloon."
        ],
        gebruikt=_gebruikt(antwoorden),
        beslissend=_beslissend(antwoorden),
        waarschuwingen=tuple(_waarschuwingen(antwoorden, peildatum, None)),
    )


def _geindexeerd(antwoorden: Antwoorden, peildatum: date, b: Berekening) -> Berekening | None:
    if not heeft_voorspelling(peildatum):
        return None
    return bereken(antwoorden, Tarieven(peildatum, voorspeld=True), b.categorie, b.regime)


def _exact(antwoorden: Antwoorden, peildatum: date, b: Berekening) -> Oordeel:
    """An exact headline amount: met, not met, or uncertain through the OCMW's choice."""
    bedrag = als_amount(b, _geindexeerd(antwoorden, peildatum, b))
    waarschuwingen = tuple(_waarschuwingen(antwoorden, peildatum, b))
    gebruikt = _gebruikt(antwoorden)
    if bedrag.monthly_amount <= 0:
        redenen = [
            f"Er telt {euro(bedrag.counted_resources)} per maand mee. Dat is evenveel of meer "
            f"dan het leefloon ({euro(bedrag.monthly_rate)}). Dan is er geen leefloon."
        ]
        alternatieven: tuple[str, ...] = ()
        if bedrag.variant is not None and bedrag.variant.kind == "billijkheid":
            redenen.append(
                "Maakt het OCMW een uitzondering om billijkheidsredenen, dan krijg je "
                f"{euro(bedrag.variant.monthly_amount)} per maand."
            )
            alternatieven = ("billijkheidsuitzondering",)
        return oordeel(
            VOORWAARDE,
            Status.NOT_MET,
            redenen,
            gebruikt=gebruikt,
            beslissend=_beslissend(antwoorden),
            waarschuwingen=waarschuwingen,
            alternatieven=alternatieven,
            bedrag=bedrag,
        )
    status, redenen, ontbreekt = _met_keuze_van_het_ocmw(antwoorden, b)
    redenen.insert(
        0,
        f"Je valt in categorie {b.categorie} ({CATEGORIE_LABEL[b.categorie]}). Er telt "
        f"{euro(bedrag.counted_resources)} per maand mee. Dat is minder dan het leefloon "
        f"({euro(bedrag.monthly_rate)}): je krijgt {euro(bedrag.monthly_amount)} per maand.",
    )
    return oordeel(
        VOORWAARDE,
        status,
        redenen,
        gebruikt=gebruikt,
        ontbreekt=ontbreekt,
        beslissend=_beslissend(antwoorden) if status is Status.MET else (),
        waarschuwingen=waarschuwingen,
        bedrag=bedrag,
    )


def _met_keuze_van_het_ocmw(
    antwoorden: Antwoorden, b: Berekening
) -> tuple[Status, list[str], tuple[str, ...]]:
    """Met, unless the OCMW's choice or property the test does not compute decides."""
    status = Status.MET
    redenen: list[str] = []
    ontbreekt: list[str] = []
    v = b.variant
    if v is not None and b.variant_soort == "ocmw_mag_meetellen":
        if not v.exact:
            status = Status.UNCERTAIN
            ontbreekt.extend(v.ontbreekt)
            redenen.append(
                "Het OCMW mag ook een deel van het inkomen van je ouders of kinderen "
                "meetellen. Dat is nog niet volledig ingevuld."
            )
        elif v.bedrag.laag <= 0:
            status = Status.UNCERTAIN
            redenen.append(
                "Telt het OCMW ook het deel van het inkomen van je ouders of kinderen mee dat "
                "het mag meetellen, dan is er geen leefloon meer. Dat beslist het OCMW."
            )
        elif v.bedrag.laag != b.hoofd.bedrag.laag:
            redenen.append(
                "Het OCMW mag ook een deel van het inkomen van je ouders of kinderen meetellen. "
                f"Doet het dat, dan krijg je {euro(v.bedrag.laag)} per maand."
            )
    elif v is not None and v.exact and v.bedrag.laag != b.hoofd.bedrag.laag:
        redenen.append(
            "Maakt het OCMW een uitzondering om billijkheidsredenen, dan krijg je "
            f"{euro(v.bedrag.laag)} per maand."
        )
    bezit = antwoorden.get("ander_bezit")
    if bezit is True:
        status = Status.UNCERTAIN
        redenen.append(
            "Je hebt een huis of grond buiten je eigen woning. Het OCMW telt daar een deel van "
            "mee. Deze test rekent dat niet uit."
        )
    elif bezit is None:
        status = Status.UNCERTAIN
        ontbreekt.append("ander_bezit")
        redenen.append("Of je een huis of grond hebt buiten je eigen woning, is niet ingevuld.")
    return status, redenen, tuple(dict.fromkeys(ontbreekt))
