"""The income of the people you live with — art. 34 Leefloonbesluit, in both versions.

Who counts is a decision table (:data:`ROL`), per version of art. 34:

- **until 28 February 2026** (version "2002"): your partner's income must count; of
  your parents and adult children the OCMW *may* count the part above the category 1
  amount, for each person separately; anyone else does not count.
- **from 1 March 2026** (version "2026", KB of 7 January 2026): the OCMW *must* count
  the resources of every adult maintenance debtor you live with (parents, adult
  children, grandparents and adult grandchildren, parents- and children-in-law, an
  ex-spouse), and the family allowance such a person receives for you, except the
  supplements. Only for equity reasons may it depart from that in a particular case.
  Whether the per-person deduction of the category 1 amount still applies is not
  confirmed by any source in reach: the rules keep it and say so.

Your partner's income counts in full when you have a family in your care
(category 3), and above the category 1 amount otherwise.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Literal

from checker.parameters import Art34Regime
from checker.tekst import euro
from checker.voorwaarden import Antwoorden
from checker.voorwaarden.bestaansmiddelen.bereik import NUL, ONBEKEND, Post, Tarieven, precies
from checker.vragen import (
    KINDERBIJSLAG_RELATIES,
    ONDERHOUDSPLICHTIGEN,
    ONDERHOUDSPLICHTIGEN_2002,
    Huisgenoot,
)

Rol = Literal["partner", "verplicht", "mag", "niet"]

#: Whose income counts, per version of art. 34 and per relation.
ROL: Mapping[tuple[Art34Regime, str], Rol] = {
    **{("2002", r): "mag" for r in ONDERHOUDSPLICHTIGEN_2002},
    **{("2026", r): "verplicht" for r in ONDERHOUDSPLICHTIGEN},
    ("2002", "partner"): "partner",
    ("2026", "partner"): "partner",
}

RELATIE_NAAM: Mapping[str, str] = {
    "partner": "je partner",
    "ouder": "je vader of moeder",
    "kind": "je meerderjarig kind",
    "grootouder_kleinkind": "je grootouder of kleinkind",
    "schoonfamilie": "je schoonfamilie",
    "ex_echtgenoot": "je ex-echtgeno(o)t(e)",
    "andere_familie": "andere familie",
    "vriend_ander": "iemand anders",
}


def rol(regime: Art34Regime, relatie: str) -> Rol:
    """How this relation's income counts under this version of art. 34."""
    return ROL.get((regime, relatie), "niet")


def huisgenoten(antwoorden: Antwoorden) -> tuple[Huisgenoot, ...] | None:
    """The adults you live with: ``()`` when you live alone, ``None`` when unknown."""
    samen = antwoorden.get("samenwonend")
    if samen is False:
        return ()
    lijst = antwoorden.get("huisgenoten")
    if samen is True and isinstance(lijst, tuple) and lijst:
        return lijst
    return None


def onbekende_huisgenoten(antwoorden: Antwoorden) -> tuple[str, ...]:
    """The answer that would say who you live with, when that is not known."""
    if antwoorden.get("samenwonend") is None:
        return ("samenwonend",)
    return ("huisgenoten",)


def wie(index: int, h: Huisgenoot) -> str:
    """``Huisgenoot 2 (je vader of moeder)``."""
    naam = RELATIE_NAAM.get(h.relatie or "")
    return f"Huisgenoot {index + 1}" + (f" ({naam})" if naam else "")


def _pad(index: int, veld: str) -> str:
    return f"huisgenoten.{index}.{veld}"


def art34_deel_boven_categorie_1(index: int, h: Huisgenoot, t: Tarieven) -> Post | None:
    """The part of one person's income above the category 1 amount (per person)."""
    r1 = t.categorie_1
    omschrijving = (
        f"{wie(index, h)}: inkomen boven {euro(r1)}, het bedrag van categorie 1 "
        "(art. 34 Leefloonbesluit)"
    )
    if h.inkomen is None:
        return Post(omschrijving, ONBEKEND, ontbreekt=(_pad(index, "inkomen"),))
    deel = max(NUL, h.inkomen - r1)
    return Post(omschrijving, precies(deel)) if deel > 0 else None


def art34_partner(index: int, h: Huisgenoot, t: Tarieven, categorie: int) -> Post | None:
    """Your partner's income: in full for category 3, above category 1 otherwise."""
    if categorie != 3:
        return art34_deel_boven_categorie_1(index, h, t)
    omschrijving = f"{wie(index, h)}: inkomen, volledig (art. 34 Leefloonbesluit)"
    if h.inkomen is None:
        return Post(omschrijving, ONBEKEND, ontbreekt=(_pad(index, "inkomen"),))
    return Post(omschrijving, precies(h.inkomen)) if h.inkomen > 0 else None


def art34_kinderbijslag(index: int, h: Huisgenoot) -> Post | None:
    """Family allowance a maintenance debtor receives for you, without supplements."""
    if h.relatie not in KINDERBIJSLAG_RELATIES:
        return None
    omschrijving = (
        f"{wie(index, h)}: kinderbijslag voor jou, zonder toeslagen (art. 34 Leefloonbesluit)"
    )
    bedrag = h.kinderbijslag
    if bedrag is None:
        return Post(omschrijving, ONBEKEND, ontbreekt=(_pad(index, "kinderbijslag"),))
    if isinstance(bedrag, Decimal) and bedrag > 0:
        return Post(omschrijving, precies(bedrag))
    return None  # no allowance, or only supplements


def _posten(*posten: Post | None) -> tuple[Post, ...]:
    return tuple(p for p in posten if p is not None)


def art34_verplicht(
    antwoorden: Antwoorden, t: Tarieven, categorie: int, regime: Art34Regime
) -> tuple[Post, ...]:
    """What must count: the partner, and from 1 March 2026 every maintenance debtor."""
    lijst = huisgenoten(antwoorden)
    if lijst is None:
        if categorie == 2:
            return ()
        return (Post("Wie bij je woont", ONBEKEND, ontbreekt=onbekende_huisgenoten(antwoorden)),)
    posten: list[Post | None] = []
    for i, h in enumerate(lijst):
        if h.relatie is None:
            posten.append(Post(wie(i, h), ONBEKEND, ontbreekt=(_pad(i, "relatie"),)))
            continue
        soort = rol(regime, h.relatie)
        if soort == "partner":
            posten.append(art34_partner(i, h, t, categorie))
        elif soort == "verplicht":
            posten.append(art34_deel_boven_categorie_1(i, h, t))
            posten.append(art34_kinderbijslag(i, h))
    return _posten(*posten)


def art34_partner_alleen(antwoorden: Antwoorden, t: Tarieven, categorie: int) -> tuple[Post, ...]:
    """Only the partner: what counts when the OCMW makes an equity exception."""
    lijst = huisgenoten(antwoorden) or ()
    return _posten(
        *(art34_partner(i, h, t, categorie) for i, h in enumerate(lijst) if h.relatie == "partner")
    )


def art34_mag(antwoorden: Antwoorden, t: Tarieven, regime: Art34Regime) -> tuple[Post, ...]:
    """What the OCMW may count on top (until 28 February 2026: parents, adult children)."""
    lijst = huisgenoten(antwoorden) or ()
    return _posten(
        *(
            art34_deel_boven_categorie_1(i, h, t)
            for i, h in enumerate(lijst)
            if h.relatie is not None and rol(regime, h.relatie) == "mag"
        )
    )


def telt_iemand_mee(antwoorden: Antwoorden, regime: Art34Regime, soort: Rol) -> bool:
    """Whether one of your housemates has this role under this version of art. 34."""
    lijst = huisgenoten(antwoorden) or ()
    return any(h.relatie is not None and rol(regime, h.relatie) == soort for h in lijst)
