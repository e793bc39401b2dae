"""The leefloon calculation for one category and one version of art. 34.

Leefloon = category amount (art. 14 §1 Leefloonwet) minus the counted resources.
The counted resources are your own (:mod:`.eigen`) plus what counts of your
housemates (:mod:`.samenwonenden`), minus the general exemption (art. 22 §2
Leefloonbesluit), which applies to that total, housemates included.

A :class:`Berekening` holds the headline calculation and, where the OCMW has a
choice, the same calculation with that choice (:class:`~checker.uitkomst.Variant`).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from checker.parameters import Art34Regime, Waarde
from checker.tekst import cent, datum, euro
from checker.uitkomst import Amount, Indexed, Step, Variant, VariantSoort
from checker.voorwaarden import Antwoorden
from checker.voorwaarden.bestaansmiddelen.bereik import NUL, Bereik, Post, Tarieven, som
from checker.voorwaarden.bestaansmiddelen.eigen import eigen_middelen
from checker.voorwaarden.bestaansmiddelen.samenwonenden import (
    art34_mag,
    art34_partner_alleen,
    art34_verplicht,
    telt_iemand_mee,
)

CATEGORIE_LABEL = {1: "samenwonend", 2: "alleenstaand", 3: "met gezin ten laste"}

RECHTSGROND_BEDRAG = (
    "art. 14 §1 Leefloonwet",
    "art. 16 Leefloonwet",
    "art. 22 §2, 27, 34 en 35 Leefloonbesluit",
)


@dataclass(frozen=True, slots=True)
class Uitkomst:
    """One calculation: the lines, the counted resources and what is left of the rate."""

    tarief: Waarde[Decimal]
    posten: tuple[Post, ...]
    vrijstelling: Post | None
    geteld: Bereik

    @property
    def bedrag(self) -> Bereik:
        """The leefloon as a range: rate minus counted resources, never below zero."""
        r = self.tarief.waarde
        laag = NUL if self.geteld.hoog is None else max(NUL, r - self.geteld.hoog)
        return Bereik(laag, max(NUL, r - self.geteld.laag))

    @property
    def exact(self) -> bool:
        return self.geteld.exact

    @property
    def zeker_geen_leefloon(self) -> bool:
        """Even the lowest possible resources reach the rate."""
        return self.tarief.waarde - self.geteld.laag <= 0

    @property
    def ontbreekt(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(i for p in self.posten for i in p.ontbreekt))

    @property
    def onzeker(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(p.onzeker for p in self.posten if p.onzeker))

    def stappen(self, categorie: int) -> tuple[Step, ...]:
        """The calculation step by step (only meaningful when exact)."""
        benadering = {"berekend": " (berekend)", "voorspeld": " (voorspelling)"}
        rate = Step(
            f"Leefloon categorie {categorie} ({CATEGORIE_LABEL[categorie]}), geldig vanaf "
            f"{datum(self.tarief.vanaf)}{benadering.get(self.tarief.zekerheid, '')}",
            self.tarief.waarde,
            "rate",
        )
        lijnen = [p.stap() for p in self.posten]
        if self.vrijstelling is not None:
            lijnen.append(self.vrijstelling.stap())
        geteld = self.geteld.laag
        leefloon = self.bedrag.laag
        return (
            rate,
            *lijnen,
            Step("Meegetelde bestaansmiddelen", geteld, "subtotal"),
            Step(f"Leefloon: {euro(self.tarief.waarde)} min {euro(geteld)}", leefloon, "result"),
        )


def art22_algemene_vrijstelling(
    posten: tuple[Post, ...], t: Tarieven, categorie: int
) -> tuple[Bereik, Post | None]:
    """The counted total minus the general exemption (a twelfth of the yearly amount).

    The exemption applies to the total, housemates included, only when that total
    stays below the category amount; at or above it nothing is exempt (and there is
    no leefloon).
    """
    per_jaar = t.algemeen(categorie).waarde
    per_maand = cent(per_jaar / 12)
    tarief = t.leefloon(categorie).waarde
    totaal = som(posten)

    def na_vrijstelling(bedrag: Decimal) -> Decimal:
        return bedrag if bedrag >= tarief else max(NUL, bedrag - per_maand)

    geteld = Bereik(
        na_vrijstelling(totaal.laag), None if totaal.hoog is None else na_vrijstelling(totaal.hoog)
    )
    aftrek = max(totaal.laag, NUL) - geteld.laag  # what the exemption took off
    post = None
    if aftrek > 0:
        post = Post(
            f"Min de algemene vrijstelling: {euro(per_jaar)} per jaar gedeeld door 12 "
            "(art. 22 §2 Leefloonbesluit)",
            Bereik(-aftrek, -aftrek),
            "deduction",
        )
    return geteld, post


def uitkomst(posten: tuple[Post, ...], t: Tarieven, categorie: int) -> Uitkomst:
    geteld, vrijstelling = art22_algemene_vrijstelling(posten, t, categorie)
    return Uitkomst(t.leefloon(categorie), posten, vrijstelling, geteld)


@dataclass(frozen=True, slots=True)
class Berekening:
    """The headline calculation for one category and version of art. 34, and its variant."""

    categorie: int
    regime: Art34Regime
    hoofd: Uitkomst
    variant: Uitkomst | None
    variant_soort: VariantSoort | None


def bereken(antwoorden: Antwoorden, t: Tarieven, categorie: int, regime: Art34Regime) -> Berekening:
    """What counts must count (the headline); what the OCMW may change (the variant)."""
    eigen = eigen_middelen(antwoorden, t)
    hoofd = (*eigen, *art34_verplicht(antwoorden, t, categorie, regime))
    variant: tuple[Post, ...] | None = None
    soort: VariantSoort | None = None
    if regime == "2002" and telt_iemand_mee(antwoorden, regime, "mag"):
        variant, soort = (*hoofd, *art34_mag(antwoorden, t, regime)), "ocmw_mag_meetellen"
    elif regime == "2026" and telt_iemand_mee(antwoorden, regime, "verplicht"):
        variant = (*eigen, *art34_partner_alleen(antwoorden, t, categorie))
        soort = "billijkheid"
    return Berekening(
        categorie,
        regime,
        uitkomst(hoofd, t, categorie),
        None if variant is None else uitkomst(variant, t, categorie),
        soort,
    )


def als_amount(b: Berekening, geindexeerd: Berekening | None) -> Amount:
    """The result's :class:`~checker.uitkomst.Amount` for an exact calculation."""
    h = b.hoofd
    variant = None
    if b.variant is not None and b.variant_soort is not None and b.variant.exact:
        v = b.variant
        if v.bedrag.laag != h.bedrag.laag:
            variant = Variant(b.variant_soort, v.geteld.laag, v.bedrag.laag, v.stappen(b.categorie))
    indexed = None
    if geindexeerd is not None and geindexeerd.hoofd.exact:
        g = geindexeerd.hoofd
        indexed = Indexed(g.tarief.waarde, g.bedrag.laag, g.tarief.vanaf)
    return Amount(
        category=b.categorie,
        category_label=CATEGORIE_LABEL[b.categorie],
        monthly_rate=h.tarief.waarde,
        counted_resources=h.geteld.laag,
        monthly_amount=h.bedrag.laag,
        valid_from=h.tarief.vanaf,
        rate_certainty=h.tarief.zekerheid,
        legal_basis=RECHTSGROND_BEDRAG,
        steps=h.stappen(b.categorie),
        regime=b.regime,
        variant=variant,
        indexed=indexed,
    )
