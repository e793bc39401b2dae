"""Every amount, threshold and rule version, as dated values with a source.

This is the one place where numbers live. Each :class:`Parameter` holds values
keyed by the date they are valid from; each value names its source (an id in
:mod:`checker.bronnen`) and says whether it was checked in that source
(``nagekeken``) or computed here from checked figures (``berekend``). A value of
``None`` is an explicit "not known for this period": a rule that needs it must
answer *uncertain*, never guess.

The rules cover reference dates from :data:`DEKKING_VAN` to :data:`DEKKING_TOT`.
Outside that window :func:`checker.evaluate` refuses to answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Generic, Literal, TypeVar

T = TypeVar("T")

Zekerheid = Literal["nagekeken", "berekend"]

#: Version of the rules and parameters; part of every result.
REGELS_VERSIE = "2026.03-1"

#: First reference date the rules are written for (earliest checked amounts).
DEKKING_VAN = date(2023, 1, 1)

#: Last reference date the rules are written for. The amounts in force since
#: 1 March 2026 stay until the next indexation; the next one was only forecast
#: (October 2026) and, under the Programmawet of 18 July 2025, benefits follow an
#: index overshoot three months later, so not before January 2027.
DEKKING_TOT = date(2026, 12, 31)

#: Month up to which the facts were checked against the sources.
NAGEKEKEN_TOT = "2026-03"


@dataclass(frozen=True, slots=True)
class Waarde(Generic[T]):
    """One value of a parameter, valid from ``vanaf`` until the next value."""

    vanaf: date
    waarde: T
    bron: str
    zekerheid: Zekerheid = "nagekeken"
    toelichting: str = ""


@dataclass(frozen=True, slots=True)
class Parameter(Generic[T]):
    """A named, dated parameter with its legal basis."""

    id: str
    naam: str
    eenheid: str
    rechtsgrond: str
    waarden: tuple[Waarde[T], ...]
    #: Values already looked up, per date (at most one entry per covered day).
    _cache: dict[date, Waarde[T]] = field(default_factory=dict, compare=False, repr=False)

    def op(self, peildatum: date) -> Waarde[T]:
        """Return the value in force on ``peildatum``.

        Raises ``LookupError`` for a date before the first value; callers check
        the coverage window first, so this only fires on a programming error.
        """
        bekend = self._cache.get(peildatum)
        if bekend is not None:
            return bekend
        gekozen: Waarde[T] | None = None
        for w in self.waarden:
            if w.vanaf <= peildatum:
                gekozen = w
            else:
                break
        if gekozen is None:
            raise LookupError(f"{self.id}: geen waarde op {peildatum.isoformat()}")
        self._cache[peildatum] = gekozen
        return gekozen


def _d(s: str) -> Decimal:
    return Decimal(s)


_INDEX_2026 = (
    "Berekend: bedrag van 1 februari 2025 + 2 % (indexering van 1 maart 2026). "
    "De officiële bedragen tot op de cent zijn niet gevonden."
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
            Waarde(date(2026, 3, 1), _d(b2026), "indexering_2026", "berekend", _INDEX_2026),
        ),
    )
    for cat, b2023, b2024, b2025, b2026 in (
        (1, "809.42", "858.97", "876.13", "893.65"),
        (2, "1214.13", "1288.46", "1314.20", "1340.48"),
        (3, "1640.83", "1741.29", "1776.07", "1811.59"),
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
                toelichting="Vast bedrag per jaar; gold al vóór deze datum.",
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
            toelichting="Partner, ouders en meerderjarige kinderen (tot en met 28 februari 2026).",
        ),
        Waarde(
            date(2026, 3, 1),
            "2026",
            "kb_2026_art34",
            toelichting="Ook andere onderhoudsplichtigen en kinderbijslag die een huisgenoot "
            "voor jou krijgt (KB van 7 januari 2026).",
        ),
    ),
)

#: All parameters, for the generated rules page and the tests.
ALLE_PARAMETERS: tuple[
    Parameter[Decimal] | Parameter[Decimal | None] | Parameter[int] | Parameter[Art34Regime], ...
] = (
    LEEFLOON[1],
    LEEFLOON[2],
    LEEFLOON[3],
    ALGEMENE_VRIJSTELLING[1],
    ALGEMENE_VRIJSTELLING[2],
    ALGEMENE_VRIJSTELLING[3],
    SOCIOPROFESSIONELE_VRIJSTELLING,
    MEERDERJARIG,
    PENSIOENLEEFTIJD,
    BUITENLAND_MAX_DAGEN,
    BUITENLAND_MELDEN_VANAF,
    SAMENWONENDEN_REGIME,
)


@dataclass(frozen=True, slots=True)
class Aankondiging:
    """A measure that was announced but is not law: shown, never applied."""

    id: str
    titel: str
    uitleg: str
    aangekondigd_op: date
    bron: str


AANKONDIGINGEN: tuple[Aankondiging, ...] = (
    Aankondiging(
        "wachttijd_vijf_jaar",
        "Wachttijd van vijf jaar voor maatschappelijke hulp",
        "Toekomstige nieuwkomers en economisch niet-actieve EU-burgers zouden pas na vijf jaar "
        "recht krijgen op maatschappelijke hulp. Dit is aangekondigd en nog geen wet.",
        date(2025, 12, 23),
        "vanbossuyt",
    ),
    Aankondiging(
        "integratietraject_vluchtelingen",
        "Leefloon van erkende vluchtelingen gekoppeld aan een integratietraject",
        "Het leefloon van erkende vluchtelingen zou afhangen van een versterkt "
        "integratietraject, met een vermindering tot een derde. Dit is aangekondigd en nog "
        "geen wet.",
        date(2025, 12, 23),
        "vanbossuyt",
    ),
)
