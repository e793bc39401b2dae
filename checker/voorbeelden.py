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


_BASIS: dict[str, Any] = {
    "woont_in_belgie": True,
    "dagen_buitenland": 0,
    "kind_ten_laste": False,
    "samenwonend_partner": False,
    "samenwonend_ouders_kinderen": False,
    "samenwonend_andere_familie": False,
    "samenwonend_anderen": False,
    "inkomen_werk": 0,
    "andere_inkomsten": 0,
    "vermogen": False,
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
                **_BASIS,
                "verblijfsstatus": "erkend_vluchteling",
                "leeftijd": 34,
                "inkomen_werk": 900,
                "socioprofessionele_vrijstelling": True,
            },
        ),
        Voorbeeld(
            "samenwonend-koppel-2025",
            "Een vrouw met subsidiaire bescherming woont samen met haar partner, die 1.000 euro "
            "netto per maand verdient (juni 2025, regels van vóór 1 maart 2026).",
            "2025-06-01",
            {
                **_BASIS,
                "verblijfsstatus": "subsidiaire_bescherming",
                "leeftijd": 29,
                "samenwonend_partner": True,
                "inkomen_partner": 1000,
            },
        ),
        Voorbeeld(
            "gezin-met-kind-partnerinkomen-2026",
            "Een man uit het bevolkingsregister woont met zijn partner en hun kind van vier; "
            "zijn partner heeft 600 euro inkomen per maand (april 2026).",
            "2026-04-01",
            {
                **_BASIS,
                "verblijfsstatus": "bevolkingsregister",
                "leeftijd": 41,
                "kind_ten_laste": True,
                "samenwonend_partner": True,
                "inkomen_partner": 600,
            },
        ),
        Voorbeeld(
            "ouders-inkomen-2025",
            "Een jongvolwassen Belg van 20 woont bij zijn ouders, die samen 2.500 euro netto per "
            "maand verdienen; het OCMW mag een deel daarvan meetellen (september 2025).",
            "2025-09-01",
            {
                **_BASIS,
                "verblijfsstatus": "belg",
                "leeftijd": 20,
                "samenwonend_ouders_kinderen": True,
                "aantal_ouders_kinderen": 2,
                "inkomen_ouders_kinderen": 2500,
                "kinderbijslag_voor_jou": 0,
            },
        ),
    )
}
