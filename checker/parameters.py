"""Every amount, threshold and rule version, as dated values with a source.

This is the one place where numbers live. Each :class:`Parameter` holds values
keyed by the date they are valid from; each value names its source (an id in
:mod:`checker.bronnen`) and says how sure it is:

- ``nagekeken``: checked in that source;
- ``berekend``: computed here from checked figures (e.g. an indexation of +2 %);
- ``voorspeld``: what a *forecast* would give. A forecast value is never used as
  the law: :meth:`Parameter.op` skips it unless asked, and a result shows it
  only beside the value in force ("if the forecast indexation happened").

A value of ``None`` is an explicit "not known for this period": a rule that needs
it must answer *uncertain*, never guess.

The rules cover reference dates from :data:`DEKKING_VAN` to :data:`DEKKING_TOT`.
Outside that window :func:`checker.evaluate` refuses to answer.

While :func:`spoor` is active, every look-up is recorded (parameter, value, date):
the trainers' view shows which dated values a result read, without slowing down
ordinary evaluations.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import pairwise
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

Zekerheid = Literal["nagekeken", "berekend", "voorspeld"]
Eenheid = Literal[
    "euro per maand",
    "euro per jaar",
    "jaar",
    "dagen",
    "dagen per kalenderjaar",
    "versie",
    "schijven",
]

#: Version of the rules and parameters; part of every result.
REGELS_VERSIE = "2026.12-1"

#: First reference date the rules are written for (earliest checked amounts).
DEKKING_VAN = date(2023, 1, 1)

#: Last reference date the rules are written for. The amounts in force since
#: 1 March 2026 stay until the next indexation. One was forecast for October 2026
#: (not confirmed): from that date results show both amounts. Later dates are
#: refused rather than guessed.
DEKKING_TOT = date(2026, 12, 31)

#: Month up to which the facts were checked against the sources (first review).
NAGEKEKEN_TOT = "2026-03"

#: Month of the second review, which corrected the art. 34 rules, residence cards,
#: statelessness, savings and the forecast indexation.
HERZIEN_OP = "2026-12"


@dataclass(frozen=True, slots=True)
class Waarde(Generic[T]):
    """One value of a parameter, valid from ``vanaf`` until the next value."""

    vanaf: date
    waarde: T
    bron: str
    zekerheid: Zekerheid = "nagekeken"
    toelichting: str = ""


@dataclass(frozen=True, slots=True)
class Gelezen:
    """One parameter look-up, recorded while a trace is active."""

    parameter: str
    naam: str
    eenheid: str
    rechtsgrond: str
    waarde: object
    vanaf: date
    bron: str
    zekerheid: Zekerheid


_spoor: ContextVar[list[Gelezen] | None] = ContextVar("leefloon_spoor", default=None)


@contextmanager
def spoor() -> Iterator[list[Gelezen]]:
    """Record every parameter look-up made inside the ``with`` block."""
    gelezen: list[Gelezen] = []
    token = _spoor.set(gelezen)
    try:
        yield gelezen
    finally:
        _spoor.reset(token)


@dataclass(frozen=True, slots=True)
class Parameter(Generic[T]):
    """A named, dated parameter with its unit and legal basis.

    Values must be in strictly ascending date order (checked on creation).
    """

    id: str
    naam: str
    eenheid: Eenheid
    rechtsgrond: str
    waarden: tuple[Waarde[T], ...]
    #: Values already looked up, per (date, forecast included).
    _cache: dict[tuple[date, bool], Waarde[T]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def __post_init__(self) -> None:
        datums = [w.vanaf for w in self.waarden]
        if not datums or any(a >= b for a, b in pairwise(datums)):
            raise ValueError(f"{self.id}: waarden niet in oplopende volgorde van datum")
        if self.waarden[0].zekerheid == "voorspeld":
            raise ValueError(f"{self.id}: de eerste waarde kan geen voorspelling zijn")

    def op(self, peildatum: date, *, voorspelling: bool = False) -> Waarde[T]:
        """Return the value in force on ``peildatum``.

        Forecast values (``voorspeld``) are skipped unless ``voorspelling`` is true.
        Raises ``LookupError`` for a date before the first value; callers check the
        coverage window first, so this only fires on a programming error.
        """
        sleutel = (peildatum, voorspelling)
        gekozen = self._cache.get(sleutel)
        if gekozen is None:
            for w in self.waarden:
                if w.vanaf > peildatum:
                    break
                if voorspelling or w.zekerheid != "voorspeld":
                    gekozen = w
            if gekozen is None:
                raise LookupError(f"{self.id}: geen waarde op {peildatum.isoformat()}")
            self._cache[sleutel] = gekozen
        gelezen = _spoor.get()
        if gelezen is not None:
            gelezen.append(
                Gelezen(
                    self.id,
                    self.naam,
                    self.eenheid,
                    self.rechtsgrond,
                    gekozen.waarde,
                    gekozen.vanaf,
                    gekozen.bron,
                    gekozen.zekerheid,
                )
            )
        return gekozen

    def voorspelling_na(self, peildatum: date) -> Waarde[T] | None:
        """The forecast value in force on ``peildatum``, if one differs from the law."""
        voorspeld = self.op(peildatum, voorspelling=True)
        if voorspeld.zekerheid != "voorspeld":
            return None
        return voorspeld

    def vanaf(self, waarde: T) -> date:
        """The first date on which this parameter takes ``waarde``."""
        for w in self.waarden:
            if w.waarde == waarde:
                return w.vanaf
        raise LookupError(f"{self.id}: geen waarde {waarde!r}")


def _d(s: str) -> Decimal:
    return Decimal(s)


_INDEX_2026 = (
    "Berekend: bedrag van 1 februari 2025 + 2 % (indexering van 1 maart 2026). "
    "De officiële bedragen tot op de cent zijn niet gevonden."
)
_INDEX_2026_CAT3 = (
    _INDEX_2026 + " Voor categorie 3 geeft de berekening 1.811,58 of 1.811,59 euro, naargelang "
    "de afronding (21.738,98 euro per jaar gedeeld door 12): dus ongeveer."
)
_VOORSPELD_2026_10 = (
    "Alleen een voorspelling: het Planbureau voorspelde in maart 2026 een indexering met 2 % "
    "voor de sociale uitkeringen in oktober 2026. Of die er kwam, konden we niet nagaan."
)

LEEFLOON: dict[int, Parameter[Decimal]] = {
    cat: Parameter(
        id=f"leefloon_categorie_{cat}",
        naam=f"Leefloon categorie {cat}",
        eenheid="euro per maand",
        rechtsgrond="art. 14 §1 Leefloonwet",
        waarden=(
            Waarde(date(2023, 1, 1), _d(b2023), "bedragen_2023"),
            Waarde(date(2024, 5, 1), _d(b2024), "bedragen_2024"),
            Waarde(date(2025, 2, 1), _d(b2025), "bedragen_2025"),
            Waarde(
                date(2026, 3, 1),
                _d(b2026),
                "indexering_2026",
                "berekend",
                _INDEX_2026_CAT3 if cat == 3 else _INDEX_2026,
            ),
            Waarde(
                date(2026, 10, 1), _d(b202610), "planbureau_2026", "voorspeld", _VOORSPELD_2026_10
            ),
        ),
    )
    for cat, b2023, b2024, b2025, b2026, b202610 in (
        (1, "809.42", "858.97", "876.13", "893.65", "911.52"),
        (2, "1214.13", "1288.46", "1314.20", "1340.48", "1367.29"),
        (3, "1640.83", "1741.29", "1776.07", "1811.59", "1847.82"),
    )
}

ALGEMENE_VRIJSTELLING: dict[int, Parameter[Decimal]] = {
    cat: Parameter(
        id=f"algemene_vrijstelling_categorie_{cat}",
        naam=f"Algemene vrijstelling categorie {cat}",
        eenheid="euro per jaar",
        rechtsgrond="art. 22 §2 Leefloonbesluit",
        waarden=(
            Waarde(
                date(2023, 1, 1),
                _d(bedrag),
                "droitsquotidiens",
                toelichting="Vast bedrag per jaar; gold al vóór deze datum. Het geldt voor alle "
                "meegetelde bestaansmiddelen samen, ook die van huisgenoten.",
            ),
        ),
    )
    for cat, bedrag in ((1, "155"), (2, "250"), (3, "310"))
}

SOCIOPROFESSIONELE_VRIJSTELLING: Parameter[Decimal | None] = Parameter(
    id="socioprofessionele_vrijstelling",
    naam="Socio-professionele vrijstelling (werk of opleiding)",
    eenheid="euro per maand",
    rechtsgrond="art. 35 Leefloonbesluit",
    waarden=(
        Waarde(
            date(2023, 1, 1),
            None,
            "bdas",
            toelichting="Het bedrag vóór 1 februari 2025 is niet nagekeken.",
        ),
        Waarde(
            date(2025, 2, 1),
            _d("309.48"),
            "bdas",
            toelichting="Hoogstens drie jaar, gespreid over zes jaar; zelfde bedrag voor "
            "studenten sinds 1 januari 2022.",
        ),
        Waarde(
            date(2026, 3, 1),
            _d("315.67"),
            "indexering_2026",
            "berekend",
            "Berekend: 309,48 euro + 2 % (indexering van 1 maart 2026). Het officiële "
            "bedrag is niet gevonden.",
        ),
        Waarde(
            date(2026, 10, 1),
            _d("321.98"),
            "planbureau_2026",
            "voorspeld",
            _VOORSPELD_2026_10,
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class Spaarschijven:
    """How savings count (art. 27 Leefloonbesluit): a yearly yield per slice."""

    vrij_tot: Decimal
    eerste_schijf_tot: Decimal
    eerste_procent: Decimal
    tweede_procent: Decimal


SPAARGELD: Parameter[Spaarschijven] = Parameter(
    id="spaargeld_schijven",
    naam="Spaargeld: vrij deel en opbrengst per schijf",
    eenheid="schijven",
    rechtsgrond="art. 27 Leefloonbesluit",
    waarden=(
        Waarde(
            date(2023, 1, 1),
            Spaarschijven(_d("6200"), _d("12500"), _d("6"), _d("10")),
            "droitsquotidiens_spaargeld",
            toelichting="Gold al vóór deze datum.",
        ),
    ),
)

MEERDERJARIG: Parameter[int] = Parameter(
    id="meerderjarigheid",
    naam="Meerderjarigheid",
    eenheid="jaar",
    rechtsgrond="art. 3, 2° en art. 7 Leefloonwet",
    waarden=(Waarde(date(2023, 1, 1), 18, "leefloonwet"),),
)

PENSIOENLEEFTIJD: Parameter[int] = Parameter(
    id="pensioen_en_igo_leeftijd",
    naam="Pensioenleeftijd en leeftijd voor de inkomensgarantie voor ouderen (IGO)",
    eenheid="jaar",
    rechtsgrond="art. 3, 6° Leefloonwet (pensioen laten gelden); IGO-wet",
    waarden=(
        Waarde(date(2023, 1, 1), 65, "agii_voorwaarden", toelichting="65 jaar tot en met 2024."),
        Waarde(
            date(2025, 1, 1),
            66,
            "ternat_igo",
            toelichting="De bronnen noemen het jaar 2025, niet de dag.",
        ),
        Waarde(
            date(2030, 1, 1),
            67,
            "ternat_igo",
            toelichting="De bronnen noemen het jaar 2030, niet de dag.",
        ),
    ),
)

BUITENLAND_MAX_DAGEN: Parameter[int] = Parameter(
    id="buitenland_max_dagen",
    naam="Verblijf in het buitenland zonder schorsing (vier weken)",
    eenheid="dagen per kalenderjaar",
    rechtsgrond="art. 23 §5 Leefloonwet (sinds 9 januari 2016)",
    waarden=(Waarde(date(2023, 1, 1), 28, "primabook"),),
)

BUITENLAND_MELDEN_VANAF: Parameter[int] = Parameter(
    id="buitenland_melden_vanaf",
    naam="Verblijf in het buitenland dat je vooraf meldt (een week of meer)",
    eenheid="dagen",
    rechtsgrond="art. 23 §5 Leefloonwet (sinds 9 januari 2016)",
    waarden=(Waarde(date(2023, 1, 1), 7, "primabook"),),
)

Art34Regime = Literal["2002", "2026"]

SAMENWONENDEN_REGIME: Parameter[Art34Regime] = Parameter(
    id="samenwonenden_regime",
    naam="Regels voor het inkomen van samenwonenden (art. 34 Leefloonbesluit)",
    eenheid="versie",
    rechtsgrond="art. 34 Leefloonbesluit",
    waarden=(
        Waarde(
            date(2023, 1, 1),
            "2002",
            "mi_is_faq",
            toelichting="Tot en met 28 februari 2026: het inkomen van je partner telt mee; van "
            "je ouders en meerderjarige kinderen mag het OCMW het deel boven categorie 1 "
            "meetellen, per persoon.",
        ),
        Waarde(
            date(2026, 3, 1),
            "2026",
            "kb_2026_art34",
            toelichting="Vanaf 1 maart 2026 (KB van 7 januari 2026): het OCMW moet het inkomen "
            "meetellen van elke meerderjarige onderhoudsplichtige met wie je samenwoont, en de "
            "kinderbijslag die zo iemand voor jou krijgt (zonder toeslagen). Alleen om "
            "billijkheidsredenen kan het OCMW daarvan afwijken. Wie al leefloon kreeg, valt er "
            "pas onder bij de volgende herziening van het dossier.",
        ),
    ),
)

#: All parameters, for the generated rules page, the trainers' trace and the tests.
ALLE_PARAMETERS: tuple[Parameter[object], ...] = (
    LEEFLOON[1],  # type: ignore[assignment]
    LEEFLOON[2],
    LEEFLOON[3],
    ALGEMENE_VRIJSTELLING[1],
    ALGEMENE_VRIJSTELLING[2],
    ALGEMENE_VRIJSTELLING[3],
    SOCIOPROFESSIONELE_VRIJSTELLING,
    SPAARGELD,
    MEERDERJARIG,
    PENSIOENLEEFTIJD,
    BUITENLAND_MAX_DAGEN,
    BUITENLAND_MELDEN_VANAF,
    SAMENWONENDEN_REGIME,
)

PER_PARAMETER: dict[str, Parameter[object]] = {p.id: p for p in ALLE_PARAMETERS}


@dataclass(frozen=True, slots=True)
class Aankondiging:
    """A measure that was announced but is not law: shown, never applied.

    ``stand_op`` is the month of the latest source that was in reach; the site and
    the results say "status on <month>", never "is not law" without a date.
    """

    id: str
    titel: str
    uitleg: str
    aangekondigd_op: date
    bron: str
    stand_op: str = NAGEKEKEN_TOT


AANKONDIGINGEN: tuple[Aankondiging, ...] = (
    Aankondiging(
        "wachttijd_vijf_jaar",
        "Wachttijd van vijf jaar voor maatschappelijke hulp",
        "Toekomstige nieuwkomers en EU-burgers die hier niet werken, zouden pas na vijf jaar "
        "recht krijgen op maatschappelijke hulp.",
        date(2025, 12, 23),
        "vanbossuyt",
    ),
    Aankondiging(
        "integratietraject_vluchtelingen",
        "Leefloon van erkende vluchtelingen gekoppeld aan een integratietraject",
        "Het leefloon van erkende vluchtelingen zou afhangen van een versterkt "
        "integratietraject. Wie het traject niet volgt, zou tot een derde minder krijgen.",
        date(2025, 12, 23),
        "vanbossuyt",
    ),
    Aankondiging(
        "subsidiaire_bescherming_geen_leefloon",
        "Geen leefloon meer voor mensen met subsidiaire bescherming",
        "De ministerraad keurde op 24 december 2025 een wetsontwerp goed: wie subsidiaire "
        "bescherming heeft, zou geen leefloon meer krijgen, maar maatschappelijke "
        "dienstverlening van het OCMW. Het ontwerp ging naar de Raad van State.",
        date(2025, 12, 24),
        "news_belgium_integratie",
    ),
)


#: The unemployment reform of 2025 (structural regime from 1 March 2026): people lose
#: their benefit in waves on these dates (source: lacsc_2026).
WERKLOOSHEID_GOLVEN: tuple[date, ...] = (
    date(2026, 1, 1),
    date(2026, 3, 1),
    date(2026, 4, 1),
    date(2026, 7, 1),
    date(2027, 7, 1),
)
