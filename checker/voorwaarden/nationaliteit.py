"""Nationality condition — art. 3, 3° Leefloonwet.

Which residence statuses qualify is data (:data:`STATUSSEN`), not a chain of
``if``s: the site's statuses table is rendered from the same tuple. EU citizens
and their family members need a right of residence of more than three months;
EU workers and self-employed people are not excluded in their first months
(Grondwettelijk Hof 95/2014), job-seekers are (art. 57quinquies OCMW-wet).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from checker.uitkomst import Status
from checker.voorwaarden import Antwoorden, Oordeel, Voorwaarde, oordeel

VOORWAARDE = Voorwaarde(
    id="nationaliteit",
    titel="Nationaliteit of verblijfsstatus",
    rechtsgrond=("art. 3, 3° Leefloonwet",),
    pagina="voorwaarden/nationaliteit/",
    bronnen=("leefloonwet", "agii_voorwaarden", "agii_eu_2014", "gwh_95_2014"),
)

Regeling = Literal["ja", "nee", "eu_burger", "eu_familie"]


@dataclass(frozen=True, slots=True)
class StatusRegel:
    """How one residence status relates to the nationality condition."""

    waarde: str
    regeling: Regeling
    grondslag: str
    uitleg: str
    alternatief: str | None = None
    verblijfsrisico: bool = False


STATUSSEN: tuple[StatusRegel, ...] = (
    StatusRegel("belg", "ja", "art. 3, 3° Leefloonwet", "Als Belg voldoe je aan deze voorwaarde."),
    StatusRegel(
        "eu_burger",
        "eu_burger",
        "art. 3, 3° Leefloonwet; art. 57quinquies OCMW-wet; GwH 95/2014",
        "Als EU-burger voldoe je als je hier werkt (in loondienst of als zelfstandige), of als "
        "je een verblijfsrecht van meer dan drie maanden hebt en geen werkzoekende bent.",
        alternatief="eu_eerste_maanden",
        verblijfsrisico=True,
    ),
    StatusRegel(
        "familielid_eu",
        "eu_familie",
        "art. 3, 3° Leefloonwet",
        "Als familielid van een EU-burger voldoe je met een verblijfsrecht van meer dan drie "
        "maanden.",
        alternatief="eu_eerste_maanden",
        verblijfsrisico=True,
    ),
    StatusRegel(
        "familielid_belg",
        "eu_familie",
        "administratieve praktijk van de POD MI sinds 6 mei 2013",
        "Familieleden van een Belg worden in de praktijk behandeld als familieleden van een "
        "EU-burger: met een verblijfsrecht van meer dan drie maanden voldoe je. Dat staat niet "
        "in de wet zelf, maar is de praktijk van de POD Maatschappelijke Integratie.",
        alternatief="eu_eerste_maanden",
        verblijfsrisico=True,
    ),
    StatusRegel(
        "bevolkingsregister",
        "ja",
        "art. 3, 3° Leefloonwet",
        "Als vreemdeling ingeschreven in het bevolkingsregister voldoe je aan deze voorwaarde.",
    ),
    StatusRegel(
        "erkend_vluchteling",
        "ja",
        "art. 3, 3° Leefloonwet; art. 49 Vreemdelingenwet",
        "Als erkend vluchteling voldoe je aan deze voorwaarde.",
    ),
    StatusRegel(
        "subsidiaire_bescherming",
        "ja",
        "art. 3, 3° Leefloonwet; art. 49/2 Vreemdelingenwet (sinds de wet van 21 juli 2016)",
        "Met subsidiaire bescherming voldoe je aan deze voorwaarde (sinds 2016).",
    ),
    StatusRegel(
        "erkend_staatloze",
        "ja",
        "art. 3, 3° Leefloonwet; Staatlozenverdrag van 1954",
        "Als erkend staatloze voldoe je aan deze voorwaarde.",
    ),
    StatusRegel(
        "vreemdelingenregister",
        "nee",
        "art. 3, 3° Leefloonwet",
        "Wie in het vreemdelingenregister staat of een ander tijdelijk verblijf heeft (zoals "
        "studenten of mensen met een arbeidskaart), valt niet onder het leefloon.",
        alternatief="equivalent_leefloon",
    ),
    StatusRegel(
        "tijdelijke_bescherming",
        "nee",
        "art. 3, 3° Leefloonwet",
        "Tijdelijke bescherming valt niet onder het leefloon.",
        alternatief="equivalent_leefloon",
    ),
    StatusRegel(
        "asielzoeker",
        "nee",
        "art. 3, 3° Leefloonwet; opvangwet van 12 januari 2007",
        "Zolang je asielaanvraag loopt, heb je geen recht op leefloon.",
        alternatief="fedasil",
    ),
    StatusRegel(
        "kort_verblijf",
        "nee",
        "art. 3, 3° Leefloonwet; art. 57 §2 OCMW-wet",
        "Met een kort verblijf (visum of hoogstens drie maanden) heb je geen recht op leefloon.",
        alternatief="dringende_medische_hulp",
    ),
    StatusRegel(
        "onwettig_verblijf",
        "nee",
        "art. 3, 3° Leefloonwet; art. 57 §2 OCMW-wet",
        "Zonder verblijfsrecht heb je geen recht op leefloon.",
        alternatief="dringende_medische_hulp",
    ),
)

PER_STATUS: dict[str, StatusRegel] = {s.waarde: s for s in STATUSSEN}

_GEBRUIKT = ("verblijfsstatus", "eu_hoedanigheid", "verblijf_langer_dan_3_maanden")


def beoordeel(antwoorden: Antwoorden, peildatum: date) -> Oordeel:
    """Judge the nationality condition (art. 3, 3° Leefloonwet)."""
    status = antwoorden.get("verblijfsstatus")
    if not isinstance(status, str):
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            ["Je verblijfsstatus is niet ingevuld. Die bepaalt of je onder het leefloon valt."],
            gebruikt=("verblijfsstatus",),
            ontbreekt=("verblijfsstatus",),
        )
    regel = PER_STATUS[status]
    extra = tuple(regel.grondslag.split("; "))
    risico = ("verblijfsrisico",) if regel.verblijfsrisico else ()
    if regel.regeling == "ja":
        return oordeel(
            VOORWAARDE,
            Status.MET,
            [regel.uitleg],
            gebruikt=("verblijfsstatus",),
            beslissend=("verblijfsstatus",),
            extra_rechtsgrond=extra,
        )
    if regel.regeling == "nee":
        return oordeel(
            VOORWAARDE,
            Status.NOT_MET,
            [regel.uitleg],
            gebruikt=("verblijfsstatus",),
            beslissend=("verblijfsstatus",),
            extra_rechtsgrond=extra,
            alternatieven=(regel.alternatief,) if regel.alternatief else (),
        )

    langer = antwoorden.get("verblijf_langer_dan_3_maanden")
    eu_alternatief = (regel.alternatief,) if regel.alternatief else ()
    if regel.regeling == "eu_familie":
        if langer is True:
            return oordeel(
                VOORWAARDE,
                Status.MET,
                [regel.uitleg, "Je hebt een verblijfsrecht van meer dan drie maanden."],
                gebruikt=("verblijfsstatus", "verblijf_langer_dan_3_maanden"),
                beslissend=("verblijf_langer_dan_3_maanden",),
                extra_rechtsgrond=extra,
                waarschuwingen=risico,
            )
        if langer is False:
            return oordeel(
                VOORWAARDE,
                Status.NOT_MET,
                [
                    regel.uitleg,
                    "Je hebt (nog) geen verblijfsrecht van meer dan drie maanden.",
                ],
                gebruikt=("verblijfsstatus", "verblijf_langer_dan_3_maanden"),
                beslissend=("verblijf_langer_dan_3_maanden",),
                extra_rechtsgrond=extra,
                alternatieven=eu_alternatief,
            )
        return oordeel(
            VOORWAARDE,
            Status.UNCERTAIN,
            [
                regel.uitleg,
                "Of je een verblijfsrecht van meer dan drie maanden hebt, is niet ingevuld.",
            ],
            gebruikt=("verblijfsstatus", "verblijf_langer_dan_3_maanden"),
            ontbreekt=("verblijf_langer_dan_3_maanden",),
            extra_rechtsgrond=extra,
            waarschuwingen=risico,
        )

    # EU citizen: the reason for the stay matters.
    reden = antwoorden.get("eu_hoedanigheid")
    if reden in ("werknemer", "zelfstandige"):
        return oordeel(
            VOORWAARDE,
            Status.MET,
            [
                regel.uitleg,
                "Je werkt hier als werknemer of zelfstandige. Dan ben je niet uitgesloten, ook "
                "niet in je eerste drie maanden (Grondwettelijk Hof, arrest 95/2014).",
            ],
            gebruikt=("verblijfsstatus", "eu_hoedanigheid"),
            beslissend=("eu_hoedanigheid",),
            extra_rechtsgrond=extra,
            waarschuwingen=risico,
        )
    if reden == "werkzoekende":
        return oordeel(
            VOORWAARDE,
            Status.NOT_MET,
            [
                regel.uitleg,
                "Als EU-burger die hier werk zoekt, ben je uitgesloten zolang je werk zoekt.",
            ],
            gebruikt=("verblijfsstatus", "eu_hoedanigheid"),
            beslissend=("eu_hoedanigheid",),
            extra_rechtsgrond=extra,
            alternatieven=eu_alternatief,
        )
    if reden == "andere" and langer is True:
        return oordeel(
            VOORWAARDE,
            Status.MET,
            [regel.uitleg, "Je hebt een verblijfsrecht van meer dan drie maanden."],
            gebruikt=_GEBRUIKT,
            beslissend=("eu_hoedanigheid", "verblijf_langer_dan_3_maanden"),
            extra_rechtsgrond=extra,
            waarschuwingen=risico,
        )
    if reden == "andere" and langer is False:
        return oordeel(
            VOORWAARDE,
            Status.NOT_MET,
            [
                regel.uitleg,
                "Je hebt (nog) geen verblijfsrecht van meer dan drie maanden en je werkt hier "
                "niet als werknemer of zelfstandige.",
            ],
            gebruikt=_GEBRUIKT,
            beslissend=("eu_hoedanigheid", "verblijf_langer_dan_3_maanden"),
            extra_rechtsgrond=extra,
            alternatieven=eu_alternatief,
        )
    ontbreekt = tuple(
        i
        for i, a in (("eu_hoedanigheid", reden), ("verblijf_langer_dan_3_maanden", langer))
        if a is None
    )
    return oordeel(
        VOORWAARDE,
        Status.UNCERTAIN,
        [
            regel.uitleg,
            "Om te beslissen is nog nodig: de reden van je verblijf en/of de duur "
            "van je verblijfsrecht.",
        ],
        gebruikt=_GEBRUIKT,
        ontbreekt=ontbreekt,
        extra_rechtsgrond=extra,
        waarschuwingen=risico,
    )
