"""Willingness to work — art. 3, 5° Leefloonwet.

Judged by the OCMW in the social inquiry. Health reasons exempt you (the OCMW
may check them medically); equity reasons are judged case by case, so they make
the condition uncertain rather than met. An unemployment-office (RVA) sanction
does not by itself exclude you.
"""

from __future__ import annotations

from datetime import date

from checker.uitkomst import Status
from checker.voorwaarden import Antwoorden, Oordeel, Voorwaarde, onbekend, oordeel

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


def beoordeel(antwoorden: Antwoorden, peildatum: date) -> Oordeel:
    """Judge willingness to work (art. 3, 5° Leefloonwet)."""
    bereid = antwoorden.get("werkbereid")
    sanctie = [_SANCTIE] if antwoorden.get("sanctie_rva") is True else []
    gebruikt = ("werkbereid", "gezondheidsreden", "billijkheidsreden", "sanctie_rva")
    if bereid is True:
        return oordeel(
            VOORWAARDE,
            Status.MET,
            [
                "Je bent bereid om te werken. Het OCMW kijkt in het sociaal onderzoek naar je "
                "inspanningen; je hoeft nog geen werk gevonden te hebben."
            ]
            + sanctie,
            gebruikt=gebruikt,
            beslissend=("werkbereid",),
        )
    if bereid is None:
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            ["Of je bereid bent om te werken, is niet ingevuld."] + sanctie,
            gebruikt=gebruikt,
            ontbreekt=("werkbereid",),
        )
    gezondheid = antwoorden.get("gezondheidsreden")
    billijk = antwoorden.get("billijkheidsreden")
    if gezondheid is True:
        return oordeel(
            VOORWAARDE,
            Status.MET,
            [
                "Je kunt om gezondheidsredenen niet werken. Dan hoef je niet werkbereid te zijn. "
                "Het OCMW moet dat motiveren en kan een arts laten nakijken of de reden klopt."
            ]
            + sanctie,
            gebruikt=gebruikt,
            beslissend=("gezondheidsreden",),
        )
    if billijk is True:
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            [
                "Je noemt een andere ernstige reden (billijkheidsreden) waarom je niet kunt "
                "werken. Het OCMW beoordeelt zo'n reden geval per geval in het sociaal onderzoek."
            ]
            + sanctie,
            gebruikt=gebruikt,
            beslissend=("billijkheidsreden",),
        )
    ontbreekt = onbekend(antwoorden, "gezondheidsreden", "billijkheidsreden")
    if ontbreekt:
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            [
                "Je bent niet bereid om te werken. Een gezondheidsreden of een andere ernstige "
                "reden kan je vrijstellen, maar dat is niet ingevuld."
            ]
            + sanctie,
            gebruikt=gebruikt,
            ontbreekt=ontbreekt,
        )
    return oordeel(
        VOORWAARDE,
        Status.NOT_MET,
        [
            "Je bent niet bereid om te werken en er is geen gezondheidsreden of andere ernstige "
            "reden die je vrijstelt."
        ]
        + sanctie,
        gebruikt=gebruikt,
        beslissend=("werkbereid", "gezondheidsreden", "billijkheidsreden"),
    )
