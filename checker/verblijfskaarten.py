"""Residence cards and the residence status they point to (art. 3, 1° and 3° Leefloonwet).

People know their card letter, rarely their register. The form therefore lets
them answer with their card; this module maps a card (and, for A- and B-cards,
the protection question) to one of the statuses in
:data:`checker.voorwaarden.nationaliteit.STATUSSEN`.

**Protection comes before the register.** Recognised refugees and people with
subsidiary protection meet the nationality condition whatever card they hold. In
their first five years they hold an A-card, which is a card of the foreigners'
register; a refugee's card shows the nationality code XXB, a recognised stateless
person's XXA. So an A- or B-card is never mapped to "foreigners' register" before
the protection question is answered, and an unknown answer stays unknown.

Sources: vreemdelingenrecht.be (elektronische verblijfskaarten), helderrecht.be,
oranjeconnect.be (see :mod:`checker.bronnen`: ``verblijfskaarten``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

#: Statuses the first question can name directly (the others come from a card).
DIRECTE_STATUSSEN = (
    "belg",
    "erkend_vluchteling",
    "subsidiaire_bescherming",
    "erkend_staatloze",
    "eu_burger",
    "familielid_eu",
    "familielid_belg",
    "tijdelijke_bescherming",
    "asielzoeker",
    "kort_verblijf",
    "onwettig_verblijf",
)

#: The first question's answer that sends people to the card question.
VIA_KAART = "andere_kaart"


@dataclass(frozen=True, slots=True)
class Kaart:
    """One residence card: its letter(s), who holds it, and the status it points to.

    ``status`` is ``None`` when the protection question decides (A- and B-cards).
    ``eu_verblijf`` marks the cards that prove a registered stay of more than three
    months (EU citizens and their family members).
    """

    waarde: str
    letters: str
    label: str
    register: str
    wie: str
    status: str | None
    eu_verblijf: bool = False


KAARTEN: tuple[Kaart, ...] = (
    Kaart(
        "A",
        "A",
        "A-kaart (bewijs van inschrijving, tijdelijk verblijf)",
        "vreemdelingenregister, beperkt verblijf",
        "studenten, gezinshereniging met een niet-EU-burger, geregulariseerden, werknemers; "
        "ook erkende vluchtelingen en subsidiair beschermden in hun eerste jaren",
        None,
    ),
    Kaart(
        "B",
        "B",
        "B-kaart (onbeperkt verblijf)",
        "vreemdelingenregister, onbeperkt verblijf",
        "bijvoorbeeld na vijf jaar op een A-kaart of na een regularisatie; ook erkende "
        "vluchtelingen en subsidiair beschermden",
        None,
    ),
    Kaart(
        "K",
        "K (vroeger C)",
        "K-kaart (vroeger C-kaart: identiteitskaart voor vreemdelingen)",
        "bevolkingsregister, vestiging",
        "vreemdelingen die zich hier gevestigd hebben",
        "bevolkingsregister",
    ),
    Kaart(
        "L",
        "L (vroeger D)",
        "L-kaart (vroeger D-kaart: EU-langdurig ingezetene)",
        "bevolkingsregister, EU-langdurig ingezetene",
        "vreemdelingen met het statuut van EU-langdurig ingezetene",
        "bevolkingsregister",
    ),
    Kaart(
        "EU",
        "EU of EU+ (vroeger E of E+)",
        "EU- of EU+-kaart (vroeger E- of E+-kaart)",
        "EU-burgers",
        "burgers van de EU en de EER, en Zwitsers (die krijgen dezelfde kaarten sinds 6 juni 2016)",
        "eu_burger",
        eu_verblijf=True,
    ),
    Kaart(
        "F",
        "F of F+",
        "F- of F+-kaart (familielid van een EU-burger of van een Belg)",
        "familieleden van een EU-burger",
        "familieleden van een EU-burger, en in de praktijk ook van een Belg",
        "familielid_eu",
        eu_verblijf=True,
    ),
    Kaart(
        "H",
        "H",
        "H-kaart (Europese blauwe kaart)",
        "vreemdelingenregister",
        "hooggeschoolde werknemers met een Europese blauwe kaart",
        "vreemdelingenregister",
    ),
    Kaart(
        "IJ",
        "I of J",
        "I- of J-kaart (overplaatsing binnen een onderneming)",
        "vreemdelingenregister",
        "werknemers die hun onderneming naar België overplaatst",
        "vreemdelingenregister",
    ),
    Kaart(
        "MN",
        "M, M+ of N",
        "M-, M+- of N-kaart (Britten na de brexit, grensarbeiders)",
        "terugtrekkingsakkoord met het Verenigd Koninkrijk",
        "Britten en hun familie onder het terugtrekkingsakkoord (M, M+), grensarbeiders (N)",
        "brits_terugtrekking",
    ),
    Kaart(
        "oranje",
        "oranje kaart, bijlage 35",
        "Oranje kaart (attest van immatriculatie) of bijlage 35: mijn procedure loopt nog",
        "wachtregister (procedure loopt)",
        "asielzoekers en andere mensen van wie de procedure nog loopt",
        "asielzoeker",
    ),
)

PER_KAART: dict[str, Kaart] = {k.waarde: k for k in KAARTEN}

#: The protection question (A- and B-cards): answer → status.
BESCHERMING: dict[str, str] = {
    "vluchteling": "erkend_vluchteling",
    "subsidiair": "subsidiaire_bescherming",
    "staatloos": "erkend_staatloze",
    "geen": "vreemdelingenregister",
}

#: Cards for which the protection question is asked.
KAARTEN_MET_BESCHERMINGSVRAAG = tuple(k.waarde for k in KAARTEN if k.status is None)


def kaart_van(antwoorden: Mapping[str, object]) -> Kaart | None:
    """The card answered, if the person answered with a card."""
    if antwoorden.get("verblijfsstatus") != VIA_KAART:
        return None
    kaart = antwoorden.get("verblijfskaart")
    return PER_KAART.get(kaart) if isinstance(kaart, str) else None


def status_van(antwoorden: Mapping[str, object]) -> str | None:
    """The residence status that the answers point to, or ``None`` while unknown.

    Protection (refugee, subsidiary protection, stateless) always wins over the
    register a card belongs to.
    """
    status = antwoorden.get("verblijfsstatus")
    if not isinstance(status, str):
        return None
    if status != VIA_KAART:
        return status
    kaart = kaart_van(antwoorden)
    if kaart is None:
        return None
    if kaart.status is not None:
        return kaart.status
    bescherming = antwoorden.get("bescherming")
    return BESCHERMING.get(bescherming) if isinstance(bescherming, str) else None


def verblijf_langer_dan_drie_maanden(antwoorden: Mapping[str, object]) -> bool | None:
    """Whether an EU citizen or family member has a right of residence over three months.

    An EU/EU+ or F/F+ card proves a registered stay of more than three months; without
    a card the person answers the question.
    """
    kaart = kaart_van(antwoorden)
    if kaart is not None and kaart.eu_verblijf:
        return True
    langer = antwoorden.get("verblijf_langer_dan_3_maanden")
    return langer if isinstance(langer, bool) else None


def staatloze_met_verblijfsrecht(antwoorden: Mapping[str, object]) -> bool | None:
    """Whether a recognised stateless person is admitted or authorised to stay.

    A stateless person who answered with an A- or B-card holds a residence card, so
    has that right; otherwise the answer to the question decides.
    """
    if kaart_van(antwoorden) is not None:
        return True
    recht = antwoorden.get("staatloze_verblijfsrecht")
    return recht if isinstance(recht, bool) else None
