"""Willingness to work — art. 3, 5° Leefloonwet, as a decision table (:data:`TABEL`).

Judged by the OCMW in the social inquiry. Health reasons exempt you (the OCMW
may check them medically); equity reasons are judged case by case, so they make
the condition uncertain rather than met. An unemployment-office (RVA) sanction
does not by itself exclude you.
"""

from __future__ import annotations

from datetime import date

from checker.uitkomst import Status
from checker.voorwaarden import (
    ALLES,
    Antwoorden,
    Oordeel,
    Rij,
    Voorwaarde,
    kies,
    onbekend,
    oordeel,
)

VOORWAARDE = Voorwaarde(
    id="werkbereidheid",
    titel="Werkbereidheid",
    rechtsgrond=("art. 3, 5° Leefloonwet",),
    pagina="voorwaarden/werkbereidheid/",
    bronnen=("leefloonwet", "agii_voorwaarden", "seed_voorwaarden"),
)

_SANCTIE = (
    "Je kreeg een sanctie van de RVA. Dat sluit je niet vanzelf uit: het OCMW beoordeelt je "
    "werkbereidheid op zijn eigen manier."
)


#: The decision table's columns: willing to work, health reason, equity reason.
_KOLOMMEN = ("werkbereid", "gezondheidsreden", "billijkheidsreden")
_REDENEN = _KOLOMMEN[1:]
_GEBRUIKT = (*_KOLOMMEN, "sanctie_rva")

#: (willing to work, health reason, equity reason) → verdict; the first row that fits wins.
TABEL: tuple[Rij, ...] = (
    Rij(
        (True, ALLES, ALLES),
        Status.MET,
        "Je bent bereid om te werken. Het OCMW kijkt in het sociaal onderzoek naar je "
        "inspanningen; je hoeft nog geen werk gevonden te hebben.",
        ("werkbereid",),
    ),
    Rij(
        (None, ALLES, ALLES),
        Status.UNCERTAIN,
        "Of je bereid bent om te werken, is niet ingevuld.",
        (),
    ),
    Rij(
        (False, True, ALLES),
        Status.MET,
        "Je kunt om gezondheidsredenen niet werken. Dan hoef je niet werkbereid te zijn. Het "
        "OCMW moet dat motiveren en kan een arts laten nakijken of de reden klopt.",
        ("gezondheidsreden",),
    ),
    Rij(
        (False, ALLES, True),
        Status.UNCERTAIN,
        "Je noemt een andere ernstige reden (billijkheidsreden) waarom je niet kunt werken. Het "
        "OCMW beoordeelt zo'n reden geval per geval in het sociaal onderzoek.",
        ("billijkheidsreden",),
    ),
    Rij(
        (False, False, False),
        Status.NOT_MET,
        "Je bent niet bereid om te werken en er is geen gezondheidsreden of andere ernstige reden "
        "die je vrijstelt.",
        _KOLOMMEN,
    ),
    Rij(
        (False, ALLES, ALLES),
        Status.UNCERTAIN,
        "Je bent niet bereid om te werken. Een gezondheidsreden of een andere ernstige reden kan "
        "je vrijstellen, maar dat is niet ingevuld.",
        (),
    ),
)


def _janee(a: object) -> bool | None:
    return a if isinstance(a, bool) else None


def beoordeel(antwoorden: Antwoorden, peildatum: date) -> Oordeel:
    """Judge willingness to work (art. 3, 5° Leefloonwet)."""
    waarden = tuple(_janee(antwoorden.get(i)) for i in _KOLOMMEN)
    rij = kies(TABEL, waarden)
    sanctie = [_SANCTIE] if antwoorden.get("sanctie_rva") is True else []
    ontbreekt: tuple[str, ...] = ()
    if rij.status is Status.UNCERTAIN and not rij.beslissend:
        vragen = ("werkbereid",) if waarden[0] is None else _REDENEN
        ontbreekt = onbekend(antwoorden, *vragen)
    return oordeel(
        VOORWAARDE,
        rij.status,
        [rij.uitleg, *sanctie],
        gebruikt=_GEBRUIKT,
        ontbreekt=ontbreekt,
        beslissend=rij.beslissend,
    )
