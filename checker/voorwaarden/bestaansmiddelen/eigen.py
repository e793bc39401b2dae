"""Your own resources: income from work, other income, savings.

- art. 16 Leefloonwet: all resources count, unless an exemption says otherwise;
- art. 35 Leefloonbesluit: part of the income from work or training is exempt
  (the socio-professional exemption);
- art. 27 Leefloonbesluit: savings count as a yearly yield per slice.
"""

from __future__ import annotations

from decimal import Decimal

from checker.tekst import cent, euro
from checker.voorwaarden import Antwoorden
from checker.voorwaarden.bestaansmiddelen.bereik import (
    NUL,
    ONBEKEND,
    Bereik,
    Post,
    Tarieven,
    precies,
)


def _bedrag(a: object) -> Decimal | None:
    return a if isinstance(a, Decimal) else None


def art35_inkomen_uit_werk(antwoorden: Antwoorden, t: Tarieven) -> tuple[Post, ...]:
    """Income from work or training, minus the socio-professional exemption (art. 35 KB)."""
    werk = _bedrag(antwoorden.get("inkomen_werk"))
    if werk is None:
        return (Post("Je inkomen uit werk of opleiding", ONBEKEND, ontbreekt=("inkomen_werk",)),)
    if werk == 0:
        return ()
    posten = [Post("Je inkomen uit werk of opleiding", precies(werk))]
    keuze = antwoorden.get("socioprofessionele_vrijstelling")
    if keuze is False:
        return tuple(posten)
    vrijstelling = t.socioprofessioneel.waarde
    omschrijving = "Min de vrijstelling voor werk of opleiding (art. 35 Leefloonbesluit)"
    if vrijstelling is None:
        posten.append(
            Post(
                omschrijving,
                Bereik(-werk, NUL),
                "deduction",
                onzeker="Het bedrag van de vrijstelling voor werk of opleiding vóór 1 februari "
                "2025 is niet nagekeken.",
            )
        )
    elif keuze is True:
        posten.append(Post(omschrijving, precies(-min(werk, vrijstelling)), "deduction"))
    else:
        posten.append(
            Post(
                omschrijving,
                Bereik(-min(werk, vrijstelling), NUL),
                "deduction",
                ontbreekt=("socioprofessionele_vrijstelling",),
            )
        )
    return tuple(posten)


def art16_andere_inkomsten(antwoorden: Antwoorden) -> tuple[Post, ...]:
    """Your other income counts in full (art. 16 Leefloonwet), exempt income left out."""
    ander = _bedrag(antwoorden.get("andere_inkomsten"))
    if ander is None:
        return (Post("Je andere inkomsten", ONBEKEND, ontbreekt=("andere_inkomsten",)),)
    if ander == 0:
        return ()
    return (Post("Je andere inkomsten", precies(ander)),)


def art27_opbrengst_per_jaar(spaargeld: Decimal, t: Tarieven) -> Decimal:
    """The yearly yield that counts for ``spaargeld`` (art. 27 Leefloonbesluit).

    Nothing up to the free part; the first slice at its percentage, the rest at the
    second percentage. E.g. 25,000 euro: (12,500 − 6,200) × 6 % + (25,000 − 12,500) ×
    10 % = 378 + 1,250 = 1,628 euro a year.
    """
    s = t.spaargeld.waarde
    eerste = max(NUL, min(spaargeld, s.eerste_schijf_tot) - s.vrij_tot)
    tweede = max(NUL, spaargeld - s.eerste_schijf_tot)
    return (eerste * s.eerste_procent + tweede * s.tweede_procent) / 100


def art27_spaargeld(antwoorden: Antwoorden, t: Tarieven) -> tuple[Post, ...]:
    """Savings, as a monthly share of their yearly yield (art. 27 Leefloonbesluit)."""
    spaargeld = _bedrag(antwoorden.get("spaargeld"))
    if spaargeld is None:
        return (Post("Je spaargeld", ONBEKEND, ontbreekt=("spaargeld",)),)
    per_jaar = art27_opbrengst_per_jaar(spaargeld, t)
    if per_jaar == 0:
        return ()
    return (
        Post(
            f"Je spaargeld ({euro(spaargeld)}): {euro(per_jaar)} per jaar telt mee, "
            "gedeeld door 12 (art. 27 Leefloonbesluit)",
            precies(cent(per_jaar / 12)),
        ),
    )


def eigen_middelen(antwoorden: Antwoorden, t: Tarieven) -> tuple[Post, ...]:
    """All of your own counted resources, line by line."""
    return (
        *art35_inkomen_uit_werk(antwoorden, t),
        *art16_andere_inkomsten(antwoorden),
        *art27_spaargeld(antwoorden, t),
    )
