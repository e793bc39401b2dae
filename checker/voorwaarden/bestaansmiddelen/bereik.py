"""Counted resources as ranges, and the dated values one calculation reads.

An unknown answer does not become zero: it widens a :class:`Bereik` (a lower and
an upper bound, ``None`` meaning "no upper bound"). Each line of the calculation
is a :class:`Post`: a description, its range, and the answers that would make it
exact. :class:`Tarieven` gathers the dated parameters of one reference date, once
as the law stands and once with a forecast indexation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from checker.parameters import (
    ALGEMENE_VRIJSTELLING,
    LEEFLOON,
    SAMENWONENDEN_REGIME,
    SOCIOPROFESSIONELE_VRIJSTELLING,
    SPAARGELD,
    Art34Regime,
    Spaarschijven,
    Waarde,
)
from checker.uitkomst import StapSoort, Step

NUL = Decimal(0)


@dataclass(frozen=True, slots=True)
class Bereik:
    """A sum of money known to lie between ``laag`` and ``hoog`` (None: no upper bound)."""

    laag: Decimal
    hoog: Decimal | None

    @property
    def exact(self) -> bool:
        return self.hoog == self.laag

    def __add__(self, ander: Bereik) -> Bereik:
        hoog = None if self.hoog is None or ander.hoog is None else self.hoog + ander.hoog
        return Bereik(self.laag + ander.laag, hoog)


def precies(bedrag: Decimal) -> Bereik:
    return Bereik(bedrag, bedrag)


#: Any amount of zero or more.
ONBEKEND = Bereik(NUL, None)


@dataclass(frozen=True, slots=True)
class Post:
    """One line of counted resources.

    ``ontbreekt``: the answers that would make it exact. ``onzeker``: a reason that
    is not a missing answer (a value this project could not check).
    """

    omschrijving: str
    bereik: Bereik
    soort: StapSoort = "income"
    ontbreekt: tuple[str, ...] = ()
    onzeker: str = ""

    def stap(self) -> Step:
        """The calculation line, for an exact post."""
        return Step(self.omschrijving, self.bereik.laag, self.soort)


def som(posten: tuple[Post, ...]) -> Bereik:
    totaal = precies(NUL)
    for p in posten:
        totaal = totaal + p.bereik
    return totaal


@dataclass(frozen=True, slots=True)
class Tarieven:
    """The dated values one calculation reads, on one date.

    With ``voorspeld`` the forecast values count as if they had come true; that is
    only ever shown beside the calculation with the values in force. Every value
    is looked up when it is used, so a trace lists exactly what was read.
    """

    peildatum: date
    voorspeld: bool = False

    def leefloon(self, categorie: int) -> Waarde[Decimal]:
        return LEEFLOON[categorie].op(self.peildatum, voorspelling=self.voorspeld)

    @property
    def categorie_1(self) -> Decimal:
        return self.leefloon(1).waarde

    def algemeen(self, categorie: int) -> Waarde[Decimal]:
        return ALGEMENE_VRIJSTELLING[categorie].op(self.peildatum)

    @property
    def socioprofessioneel(self) -> Waarde[Decimal | None]:
        return SOCIOPROFESSIONELE_VRIJSTELLING.op(self.peildatum, voorspelling=self.voorspeld)

    @property
    def spaargeld(self) -> Waarde[Spaarschijven]:
        return SPAARGELD.op(self.peildatum)

    @property
    def regime(self) -> Art34Regime:
        return SAMENWONENDEN_REGIME.op(self.peildatum).waarde


def heeft_voorspelling(peildatum: date) -> bool:
    """Whether a forecast (not confirmed) indexation applies on ``peildatum``."""
    return LEEFLOON[1].voorspelling_na(peildatum) is not None
