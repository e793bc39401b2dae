"""Nationality condition — art. 3, 3° Leefloonwet.

Which residence statuses qualify is data (:data:`STATUSSEN`), not a chain of
``if``s: the site's statuses table is rendered from the same tuple. The status
comes from the answers through :mod:`checker.verblijfskaarten` (people may
answer with their residence card; protection always comes before the register).

Three statuses need more than the status itself, each as a small table:

- EU citizens (:data:`EU_BURGER`): workers and self-employed people are not
  excluded, not even in their first three months (Grondwettelijk Hof 95/2014);
  job-seekers are (art. 57quinquies OCMW-wet); others need a right of residence of
  more than three months;
- family members of an EU citizen or of a Belgian (:data:`EU_FAMILIE`): a right of
  residence of more than three months;
- recognised stateless persons (:data:`STAATLOZE`): they must also be admitted or
  authorised to stay (art. 2 Leefloonbesluit; Arbeidshof Brussel, 13 September 2006).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal

from checker.uitkomst import Status
from checker.verblijfskaarten import (
    kaart_van,
    staatloze_met_verblijfsrecht,
    status_van,
    verblijf_langer_dan_drie_maanden,
)
from checker.voorwaarden import ALLES, Antwoorden, Oordeel, Rij, Voorwaarde, kies, oordeel

VOORWAARDE = Voorwaarde(
    id="nationaliteit",
    titel="Nationaliteit of verblijfsstatus",
    rechtsgrond=("art. 3, 3° Leefloonwet",),
    pagina="voorwaarden/nationaliteit/",
    bronnen=(
        "leefloonwet",
        "agii_voorwaarden",
        "verblijfskaarten",
        "agii_eu_2014",
        "gwh_95_2014",
        "arbh_brussel_2006",
    ),
)

Regeling = Literal["ja", "nee", "eu_burger", "eu_familie", "staatloze", "onzeker"]


@dataclass(frozen=True, slots=True)
class StatusRegel:
    """How one residence status relates to the nationality condition."""

    waarde: str
    naam: str
    regeling: Regeling
    grondslag: str
    uitleg: str
    alternatief: str | None = None
    verblijfsrisico: bool = False


STATUSSEN: tuple[StatusRegel, ...] = (
    StatusRegel(
        "belg", "Belg", "ja", "art. 3, 3° Leefloonwet", "Als Belg voldoe je aan deze voorwaarde."
    ),
    StatusRegel(
        "erkend_vluchteling",
        "Erkend vluchteling (ook met een A- of B-kaart)",
        "ja",
        "art. 3, 3° Leefloonwet; art. 49 Vreemdelingenwet",
        "Als erkend vluchteling voldoe je aan deze voorwaarde, met welke kaart ook.",
    ),
    StatusRegel(
        "subsidiaire_bescherming",
        "Subsidiaire bescherming (ook met een A- of B-kaart)",
        "ja",
        "art. 3, 3° Leefloonwet; art. 49/2 Vreemdelingenwet (sinds de wet van 21 juli 2016)",
        "Met subsidiaire bescherming voldoe je aan deze voorwaarde, met welke kaart ook.",
    ),
    StatusRegel(
        "erkend_staatloze",
        "Erkend staatloze",
        "staatloze",
        "art. 3, 3° Leefloonwet; Staatlozenverdrag van 1954; art. 2 Leefloonbesluit",
        "Als erkend staatloze voldoe je, als je ook in België mag verblijven.",
    ),
    StatusRegel(
        "eu_burger",
        "Burger van de EU, de EER of Zwitserland",
        "eu_burger",
        "art. 3, 3° Leefloonwet; art. 57quinquies OCMW-wet; GwH 95/2014",
        "Als EU-burger voldoe je als je hier werkt (in loondienst of als zelfstandige), of als "
        "je een verblijfsrecht van meer dan drie maanden hebt en geen werk zoekt.",
        alternatief="eu_eerste_maanden",
        verblijfsrisico=True,
    ),
    StatusRegel(
        "familielid_eu",
        "Familielid van een EU-burger",
        "eu_familie",
        "art. 3, 3° Leefloonwet",
        "Als familielid van een EU-burger voldoe je met een verblijfsrecht van meer dan drie "
        "maanden.",
        alternatief="eu_eerste_maanden",
        verblijfsrisico=True,
    ),
    StatusRegel(
        "familielid_belg",
        "Familielid van een Belg",
        "eu_familie",
        "administratieve praktijk van de POD MI sinds 6 mei 2013",
        "Familieleden van een Belg worden in de praktijk behandeld als familieleden van een "
        "EU-burger: met een verblijfsrecht van meer dan drie maanden voldoe je. Dat staat niet "
        "in de wet zelf; het is de praktijk van de POD Maatschappelijke Integratie.",
        alternatief="eu_eerste_maanden",
        verblijfsrisico=True,
    ),
    StatusRegel(
        "bevolkingsregister",
        "Vreemdeling in het bevolkingsregister (K- of L-kaart)",
        "ja",
        "art. 3, 3° Leefloonwet",
        "Met een K- of L-kaart sta je in het bevolkingsregister. Dan voldoe je aan deze "
        "voorwaarde.",
    ),
    StatusRegel(
        "vreemdelingenregister",
        "Vreemdeling in het vreemdelingenregister zonder bescherming (A-, B-, H-, I- of J-kaart)",
        "nee",
        "art. 3, 3° Leefloonwet",
        "Met een A-, B-, H-, I- of J-kaart sta je in het vreemdelingenregister. Zonder "
        "erkenning als vluchteling of staatloze en zonder subsidiaire bescherming val je "
        "niet onder het leefloon.",
        alternatief="equivalent_leefloon",
    ),
    StatusRegel(
        "brits_terugtrekking",
        "Brit onder het terugtrekkingsakkoord of grensarbeider (M-, M+- of N-kaart)",
        "onzeker",
        "art. 3, 3° Leefloonwet",
        "Voor een M-, M+- of N-kaart vonden we geen bron die zegt of je onder het leefloon "
        "valt. Vraag het na bij het OCMW.",
    ),
    StatusRegel(
        "tijdelijke_bescherming",
        "Tijdelijke bescherming (bijvoorbeeld uit Oekraïne)",
        "nee",
        "art. 3, 3° Leefloonwet",
        "Tijdelijke bescherming valt niet onder het leefloon.",
        alternatief="equivalent_leefloon",
    ),
    StatusRegel(
        "asielzoeker",
        "Asielzoeker of procedure loopt (oranje kaart, bijlage 35)",
        "nee",
        "art. 3, 3° Leefloonwet; opvangwet van 12 januari 2007",
        "Zolang je asielaanvraag of procedure loopt, heb je geen recht op leefloon.",
        alternatief="fedasil",
    ),
    StatusRegel(
        "kort_verblijf",
        "Kort verblijf (visum of hoogstens drie maanden)",
        "nee",
        "art. 3, 3° Leefloonwet; art. 57 §2 OCMW-wet",
        "Met een kort verblijf heb je geen recht op leefloon.",
        alternatief="dringende_medische_hulp",
    ),
    StatusRegel(
        "onwettig_verblijf",
        "Geen verblijfsrecht",
        "nee",
        "art. 3, 3° Leefloonwet; art. 57 §2 OCMW-wet",
        "Zonder verblijfsrecht heb je geen recht op leefloon.",
        alternatief="dringende_medische_hulp",
    ),
)

PER_STATUS: dict[str, StatusRegel] = {s.waarde: s for s in STATUSSEN}

#: EU citizens: (reason for the stay, right of residence over three months) → verdict.
EU_BURGER: tuple[Rij, ...] = (
    Rij(
        ("werknemer", ALLES),
        Status.MET,
        "Je werkt hier als werknemer. Dan ben je niet uitgesloten, ook niet in je eerste drie "
        "maanden (Grondwettelijk Hof, arrest 95/2014).",
        ("eu_hoedanigheid",),
    ),
    Rij(
        ("zelfstandige", ALLES),
        Status.MET,
        "Je werkt hier als zelfstandige. Dan ben je niet uitgesloten, ook niet in je eerste "
        "drie maanden (Grondwettelijk Hof, arrest 95/2014).",
        ("eu_hoedanigheid",),
    ),
    Rij(
        ("werkzoekende", ALLES),
        Status.NOT_MET,
        "Als EU-burger die hier werk zoekt, ben je uitgesloten zolang je werk zoekt.",
        ("eu_hoedanigheid",),
    ),
    Rij(
        ("andere", True),
        Status.MET,
        "Je hebt een verblijfsrecht van meer dan drie maanden.",
        ("eu_hoedanigheid", "verblijf_langer_dan_3_maanden"),
    ),
    Rij(
        ("andere", False),
        Status.NOT_MET,
        "Je hebt (nog) geen verblijfsrecht van meer dan drie maanden en je werkt hier niet.",
        ("eu_hoedanigheid", "verblijf_langer_dan_3_maanden"),
    ),
    Rij(
        (ALLES, ALLES),
        Status.UNCERTAIN,
        "Om te beslissen is nog nodig: waarom je hier bent en hoe lang je verblijfsrecht is.",
        (),
    ),
)

#: Family members of an EU citizen or a Belgian: (right of residence over 3 months,) → verdict.
EU_FAMILIE: tuple[Rij, ...] = (
    Rij(
        (True,),
        Status.MET,
        "Je hebt een verblijfsrecht van meer dan drie maanden.",
        ("verblijf_langer_dan_3_maanden",),
    ),
    Rij(
        (False,),
        Status.NOT_MET,
        "Je hebt (nog) geen verblijfsrecht van meer dan drie maanden.",
        ("verblijf_langer_dan_3_maanden",),
    ),
    Rij(
        (ALLES,),
        Status.UNCERTAIN,
        "Of je een verblijfsrecht van meer dan drie maanden hebt, is niet ingevuld.",
        (),
    ),
)

#: Recognised stateless persons: (admitted or authorised to stay,) → verdict.
STAATLOZE: tuple[Rij, ...] = (
    Rij(
        (True,),
        Status.MET,
        "Je mag in België verblijven.",
        ("staatloze_verblijfsrecht",),
    ),
    Rij(
        (False,),
        Status.NOT_MET,
        "Zonder verblijfsrecht heb je als staatloze geen recht op leefloon (Arbeidshof "
        "Brussel, 13 september 2006).",
        ("staatloze_verblijfsrecht",),
        alternatief="dringende_medische_hulp",
    ),
    Rij(
        (ALLES,),
        Status.UNCERTAIN,
        "Of je in België mag verblijven, is niet ingevuld.",
        (),
    ),
)


_TABEL: Mapping[Regeling, tuple[tuple[Rij, ...], tuple[str, ...]]] = {
    "eu_burger": (EU_BURGER, ("eu_hoedanigheid", "verblijf_langer_dan_3_maanden")),
    "eu_familie": (EU_FAMILIE, ("verblijf_langer_dan_3_maanden",)),
    "staatloze": (STAATLOZE, ("staatloze_verblijfsrecht",)),
}


def _waarden(antwoorden: Antwoorden, regeling: Regeling) -> tuple[str | bool | None, ...]:
    langer = verblijf_langer_dan_drie_maanden(antwoorden)
    if regeling == "eu_burger":
        reden = antwoorden.get("eu_hoedanigheid")
        return (reden if isinstance(reden, str) else None, langer)
    if regeling == "eu_familie":
        return (langer,)
    return (staatloze_met_verblijfsrecht(antwoorden),)


def _onbekende_status(antwoorden: Antwoorden) -> Oordeel:
    ontbreekt = "verblijfsstatus"
    if kaart_van(antwoorden) is not None:
        ontbreekt = "bescherming"
    elif antwoorden.get("verblijfsstatus") is not None:
        ontbreekt = "verblijfskaart"
    return oordeel(
        VOORWAARDE,
        Status.UNCERTAIN,
        ["Je verblijfsstatus is niet ingevuld. Die bepaalt of je onder het leefloon valt."],
        gebruikt=("verblijfsstatus", "verblijfskaart", "bescherming"),
        ontbreekt=(ontbreekt,),
    )


def _beslissend(rij: Rij, antwoorden: Antwoorden, gebruikt: tuple[str, ...]) -> tuple[str, ...]:
    """The answers that decided a row: only questions that were asked (a card proves
    the stay by itself); nothing decided an uncertain row."""
    if rij.status is Status.UNCERTAIN:
        return ()
    return tuple(i for i in rij.beslissend if i in antwoorden) or gebruikt


def beoordeel(antwoorden: Antwoorden, peildatum: date) -> Oordeel:
    """Judge the nationality condition (art. 3, 3° Leefloonwet)."""
    status = status_van(antwoorden)
    if status is None:
        return _onbekende_status(antwoorden)
    regel = PER_STATUS[status]
    extra = tuple(regel.grondslag.split("; "))
    gebruikt = tuple(
        i
        for i in (
            "verblijfsstatus",
            "verblijfskaart",
            "bescherming",
            *_TABEL.get(regel.regeling, ((), ()))[1],
        )
        if i in antwoorden
    )
    if regel.regeling in ("ja", "nee", "onzeker"):
        status_uit = {"ja": Status.MET, "nee": Status.NOT_MET, "onzeker": Status.UNCERTAIN}
        return oordeel(
            VOORWAARDE,
            status_uit[regel.regeling],
            [regel.uitleg],
            gebruikt=gebruikt,
            beslissend=gebruikt if regel.regeling != "onzeker" else (),
            extra_rechtsgrond=extra,
            alternatieven=(regel.alternatief,) if regel.alternatief else (),
        )
    tabel, vragen = _TABEL[regel.regeling]
    waarden = _waarden(antwoorden, regel.regeling)
    rij = kies(tabel, waarden)
    ontbreekt = tuple(
        v for v, w in zip(vragen, waarden, strict=True) if w is None and v in antwoorden
    )
    return oordeel(
        VOORWAARDE,
        rij.status,
        [regel.uitleg, rij.uitleg],
        gebruikt=gebruikt,
        ontbreekt=ontbreekt if rij.status is Status.UNCERTAIN else (),
        beslissend=_beslissend(rij, antwoorden, gebruikt),
        extra_rechtsgrond=extra,
        waarschuwingen=("verblijfsrisico",)
        if regel.verblijfsrisico and rij.status is not Status.NOT_MET
        else (),
        alternatieven=tuple(
            a
            for a in (rij.alternatief, regel.alternatief)
            if a is not None and rij.status is Status.NOT_MET
        ),
    )
