"""Age — art. 3, 2° and art. 7 Leefloonwet.

Of age (18), or a minor treated as of age: married, with a child in their care,
or pregnant. No maximum age; at the pension and IGO age the module points to
the pension and the income guarantee for the elderly (dated parameter).
"""

from __future__ import annotations

from datetime import date

from checker.parameters import MEERDERJARIG, PENSIOENLEEFTIJD
from checker.uitkomst import Status
from checker.voorwaarden import Antwoorden, Oordeel, Voorwaarde, onbekend, oordeel

VOORWAARDE = Voorwaarde(
    id="leeftijd",
    titel="Leeftijd",
    rechtsgrond=("art. 3, 2° Leefloonwet", "art. 7 Leefloonwet"),
    pagina="voorwaarden/leeftijd/",
    bronnen=("leefloonwet", "agii_voorwaarden", "ternat_igo"),
)

_MINDERJARIG = (
    ("gehuwd", "Je bent getrouwd."),
    ("kind_ten_laste", "Je zorgt voor een kind."),
    ("zwanger", "Je bent zwanger (met een bewijs)."),
)


def pensioenleeftijd_bereikt(antwoorden: Antwoorden, peildatum: date) -> bool | None:
    """Whether the person has reached the pension and IGO age on ``peildatum``."""
    leeftijd = antwoorden.get("leeftijd")
    if not isinstance(leeftijd, int):
        return None
    return leeftijd >= PENSIOENLEEFTIJD.op(peildatum).waarde


def art3_2_meerderjarig(leeftijd: int, peildatum: date) -> Oordeel:
    """Of age (art. 3, 2° Leefloonwet): met, with no maximum age; at pension age, the
    pension and the IGO."""
    redenen = [f"Je bent {leeftijd} jaar: meerderjarig. Er is geen maximumleeftijd."]
    pensioen = PENSIOENLEEFTIJD.op(peildatum)
    bereikt = leeftijd >= pensioen.waarde
    if bereikt:
        redenen.append(
            f"In {peildatum.year} is de pensioenleeftijd en de leeftijd voor de "
            f"inkomensgarantie voor ouderen {pensioen.waarde} jaar. Je moet je pensioen "
            "aanvragen, en je kunt de inkomensgarantie voor ouderen krijgen."
        )
    return oordeel(
        VOORWAARDE,
        Status.MET,
        redenen,
        gebruikt=("leeftijd",),
        beslissend=("leeftijd",),
        waarschuwingen=("pensioen",) if bereikt else (),
        alternatieven=("igo",) if bereikt else (),
    )


def art7_minderjarig(antwoorden: Antwoorden, leeftijd: int) -> Oordeel:
    """A minor is treated as of age when married, with a child in their care, or pregnant."""
    ids = tuple(i for i, _ in _MINDERJARIG)
    gebruikt = ("leeftijd", *ids)
    ja = [(i, tekst) for i, tekst in _MINDERJARIG if antwoorden.get(i) is True]
    if ja:
        return oordeel(
            VOORWAARDE,
            Status.MET,
            [
                f"Je bent {leeftijd} jaar, maar je wordt als meerderjarig behandeld. "
                + " ".join(tekst for _, tekst in ja)
            ],
            gebruikt=gebruikt,
            beslissend=tuple(i for i, _ in ja),
        )
    ontbreekt = onbekend(antwoorden, *ids)
    if ontbreekt:
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            [
                f"Je bent {leeftijd} jaar. Een minderjarige heeft recht als die getrouwd is, voor "
                "een kind zorgt of zwanger is. Niet alles daarvan is ingevuld."
            ],
            gebruikt=gebruikt,
            ontbreekt=ontbreekt,
        )
    return oordeel(
        VOORWAARDE,
        Status.NOT_MET,
        [
            f"Je bent {leeftijd} jaar: minderjarig, niet getrouwd, zonder kind ten laste en niet "
            "zwanger."
        ],
        gebruikt=gebruikt,
        beslissend=gebruikt,
        alternatieven=("hulp_minderjarige",),
    )


def beoordeel(antwoorden: Antwoorden, peildatum: date) -> Oordeel:
    """Judge the age condition (art. 3, 2° and art. 7 Leefloonwet)."""
    leeftijd = antwoorden.get("leeftijd")
    if not isinstance(leeftijd, int):
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            ["Je leeftijd is niet ingevuld."],
            gebruikt=("leeftijd",),
            ontbreekt=("leeftijd",),
        )
    if leeftijd >= MEERDERJARIG.op(peildatum).waarde:
        return art3_2_meerderjarig(leeftijd, peildatum)
    return art7_minderjarig(antwoorden, leeftijd)
