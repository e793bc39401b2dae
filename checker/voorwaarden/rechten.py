"""Claiming other rights — art. 3, 6° Leefloonwet.

You must claim the benefits you are entitled to under Belgian or foreign law.
The condition is judged in your interest: not having applied yet makes it
uncertain (the OCMW helps you apply), not failed. The OCMW *may* refer you to
relatives who owe you maintenance; for that part there is no leefloon, so a
referral (or an unknown answer about it) leaves the condition uncertain.
"""

from __future__ import annotations

from datetime import date

from checker.uitkomst import Status
from checker.voorwaarden import Antwoorden, Oordeel, Voorwaarde, oordeel
from checker.voorwaarden.leeftijd import pensioenleeftijd_bereikt

VOORWAARDE = Voorwaarde(
    id="rechten",
    titel="Rechten laten gelden",
    rechtsgrond=("art. 3, 6° Leefloonwet",),
    pagina="voorwaarden/rechten/",
    bronnen=("leefloonwet", "agii_voorwaarden", "seed_voorwaarden"),
)


#: Answers that meet the condition, with what the result says about them.
_GEDAAN = {
    "aangevraagd": "Je hebt je andere uitkeringen aangevraagd.",
    "geen": "Je hebt geen recht op andere uitkeringen.",
    "werkloosheid_stopt": "Je werkloosheidsuitkering stopt door de beperking in de tijd. Dat is "
    "geen sanctie. Vraag meteen leefloon aan: het leefloon begint op de dag van je aanvraag.",
}


_GEBRUIKT = ("andere_uitkeringen", "onderhoud_verwijzing", "leeftijd")
_NOG_NIET = (
    "Je hebt je andere uitkeringen nog niet aangevraagd. Doe dat eerst; het OCMW helpt je. "
    "Het OCMW beoordeelt dit in jouw belang."
)


def _verwijzing(antwoorden: Antwoorden, peildatum: date) -> tuple[list[str], tuple[str, ...]]:
    """Reasons and warnings about the pension and a referral for maintenance."""
    verwijzing = antwoorden.get("onderhoud_verwijzing")
    redenen: list[str] = []
    if pensioenleeftijd_bereikt(antwoorden, peildatum):
        redenen.append("Je hebt de pensioenleeftijd bereikt: ook je pensioen moet je aanvragen.")
    if verwijzing is True:
        redenen.append(
            "Het OCMW verwees je naar familie voor onderhoudsgeld. Voor dat deel krijg je geen "
            "leefloon; je kunt daartegen in beroep gaan bij de arbeidsrechtbank."
        )
    elif verwijzing is None:
        redenen.append(
            "Of het OCMW je naar familie verwees voor onderhoudsgeld, is niet ingevuld. Het OCMW "
            "mag dat doen, maar moet het niet. Heb je nog geen leefloon aangevraagd, dan is het "
            "antwoord nee."
        )
    return redenen, ("onderhoudsgeld",) if verwijzing is True else ()


def beoordeel(antwoorden: Antwoorden, peildatum: date) -> Oordeel:
    """Judge whether other rights are claimed (art. 3, 6° Leefloonwet)."""
    uitkeringen = antwoorden.get("andere_uitkeringen")
    verwijzing = antwoorden.get("onderhoud_verwijzing")
    redenen, waarschuwingen = _verwijzing(antwoorden, peildatum)
    zonder_verwijzing = ("onderhoud_verwijzing",) if verwijzing is None else ()
    if isinstance(uitkeringen, str) and uitkeringen in _GEDAAN:
        return oordeel(
            VOORWAARDE,
            Status.MET if verwijzing is False else Status.UNCERTAIN,
            [_GEDAAN[uitkeringen], *redenen],
            gebruikt=_GEBRUIKT,
            beslissend=("andere_uitkeringen", "onderhoud_verwijzing")
            if verwijzing is True
            else ("andere_uitkeringen",),
            ontbreekt=zonder_verwijzing,
            waarschuwingen=waarschuwingen,
        )
    if uitkeringen == "nog_niet":
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            [_NOG_NIET, *redenen],
            gebruikt=_GEBRUIKT,
            beslissend=("andere_uitkeringen",),
            waarschuwingen=waarschuwingen,
        )
    return oordeel(
        VOORWAARDE,
        Status.UNCERTAIN,
        ["Of je je andere uitkeringen hebt aangevraagd, is niet ingevuld.", *redenen],
        gebruikt=_GEBRUIKT,
        ontbreekt=("andere_uitkeringen", *zonder_verwijzing),
        waarschuwingen=waarschuwingen,
    )
