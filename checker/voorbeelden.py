"""Worked examples shown on the site, computed by the rules at build time.

Each example is a full set of answers; the site's ``<!-- lw:berekening ID -->``
shortcode evaluates it and prints the steps, and a test checks the numbers, so a
calculation on the site can never disagree with the code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Voorbeeld:
    """A named worked example: who, on which date, with which answers."""

    id: str
    titel: str
    peildatum: str
    antwoorden: dict[str, Any] = field(default_factory=dict)


#: The everyday answers of an adult who lives alone in Belgium, has no income and meets the
#: other conditions; each example (and scripts/bench_personas.py) changes what it is about.
BASIS: dict[str, Any] = {
    "woont_in_belgie": True,
    "dagen_buitenland": 0,
    "kind_ten_laste": False,
    "samenwonend": False,
    "inkomen_werk": 0,
    "andere_inkomsten": 0,
    "spaargeld": 0,
    "ander_bezit": False,
    "werkbereid": True,
    "sanctie_rva": False,
    "andere_uitkeringen": "aangevraagd",
    "onderhoud_verwijzing": False,
}

VOORBEELDEN: dict[str, Voorbeeld] = {
    v.id: v
    for v in (
        Voorbeeld(
            "alleenstaande-vluchteling-deeltijds",
            "Een alleenstaande erkende vluchteling werkt deeltijds voor 900 euro netto per "
            "maand en krijgt de socio-professionele vrijstelling (maart 2025).",
            "2025-03-01",
            {
                **BASIS,
                "verblijfsstatus": "erkend_vluchteling",
                "leeftijd": 34,
                "inkomen_werk": 900,
                "socioprofessionele_vrijstelling": True,
            },
        ),
        Voorbeeld(
            "samenwonend-koppel-2025",
            "Een vrouw met subsidiaire bescherming woont samen met haar partner, die 1.000 euro "
            "netto per maand verdient (juni 2025).",
            "2025-06-01",
            {
                **BASIS,
                "verblijfsstatus": "subsidiaire_bescherming",
                "leeftijd": 29,
                "samenwonend": True,
                "huisgenoten": [{"relatie": "partner", "inkomen": 1000}],
            },
        ),
        Voorbeeld(
            "gezin-met-kind-partnerinkomen-2026",
            "Een man met een K-kaart woont met zijn partner en hun kind van vier; zijn partner "
            "heeft 600 euro inkomen per maand (april 2026).",
            "2026-04-01",
            {
                **BASIS,
                "verblijfsstatus": "andere_kaart",
                "verblijfskaart": "K",
                "leeftijd": 41,
                "kind_ten_laste": True,
                "samenwonend": True,
                "huisgenoten": [{"relatie": "partner", "inkomen": 600}],
            },
        ),
        Voorbeeld(
            "ouders-inkomen-2025",
            "Een jongvolwassen Belg van 20 woont bij zijn ouders: zijn vader verdient 1.500 euro "
            "netto per maand, zijn moeder niets. Het OCMW mag een deel van het inkomen van zijn "
            "vader meetellen (september 2025, regels van vóór 1 maart 2026).",
            "2025-09-01",
            {
                **BASIS,
                "verblijfsstatus": "belg",
                "leeftijd": 20,
                "samenwonend": True,
                "huisgenoten": [
                    {"relatie": "ouder", "inkomen": 1500},
                    {"relatie": "ouder", "inkomen": 0},
                ],
            },
        ),
        Voorbeeld(
            "vader-2500-moeder-0-2025",
            "Een jongvolwassene van 20 zonder inkomen woont bij haar ouders: haar vader verdient "
            "2.500 euro netto per maand, haar moeder niets (februari 2025, regels van vóór "
            "1 maart 2026).",
            "2025-02-01",
            {
                **BASIS,
                "verblijfsstatus": "belg",
                "leeftijd": 20,
                "samenwonend": True,
                "huisgenoten": [
                    {"relatie": "ouder", "inkomen": 2500},
                    {"relatie": "ouder", "inkomen": 0},
                ],
            },
        ),
        Voorbeeld(
            "ouders-inkomen-2026",
            "Een erkende vluchteling van 22 woont bij haar ouders: haar vader verdient 1.200 euro "
            "netto per maand, haar moeder niets. Ze vraagt voor het eerst leefloon aan (april "
            "2026, nieuwe regels).",
            "2026-04-01",
            {
                **BASIS,
                "verblijfsstatus": "erkend_vluchteling",
                "leeftijd": 22,
                "samenwonend": True,
                "huisgenoten": [
                    {"relatie": "ouder", "inkomen": 1200, "kinderbijslag": 0},
                    {"relatie": "ouder", "inkomen": 0, "kinderbijslag": 0},
                ],
                "leefloon_voor_maart_2026": "nee",
            },
        ),
        Voorbeeld(
            "spaargeld-2025",
            "Een alleenstaande Belg zonder inkomen heeft 25.000 euro spaargeld (maart 2025).",
            "2025-03-01",
            {**BASIS, "verblijfsstatus": "belg", "leeftijd": 45, "spaargeld": 25000},
        ),
    )
}
