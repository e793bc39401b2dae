"""The six conditions of art. 3 Leefloonwet, one module each.

Every module declares its :class:`Voorwaarde` (id, title, legal basis, site page)
and a ``beoordeel(antwoorden, peildatum)`` function that returns an
:class:`Oordeel`: the three-valued status with reasons, plus the ids of the
warnings and alternatives it raises (see :mod:`checker.gevolgen`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Literal, Protocol

from checker.uitkomst import Amount, ConditionResult, Status
from checker.vragen import Antwoord

Antwoorden = Mapping[str, Antwoord]


@dataclass(frozen=True, slots=True)
class Voorwaarde:
    """One legal condition: its id, Dutch title, legal basis and explaining page."""

    id: str
    titel: str
    rechtsgrond: tuple[str, ...]
    pagina: str
    bronnen: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Oordeel:
    """A condition's verdict and the notices it raises."""

    resultaat: ConditionResult
    waarschuwingen: tuple[str, ...] = ()
    alternatieven: tuple[str, ...] = ()
    bedrag: Amount | None = None


class Regel(Protocol):
    """The shape of every condition's ``beoordeel`` function."""

    def __call__(self, antwoorden: Antwoorden, peildatum: date) -> Oordeel: ...


def oordeel(
    voorwaarde: Voorwaarde,
    status: Status,
    redenen: list[str],
    *,
    gebruikt: tuple[str, ...] = (),
    ontbreekt: tuple[str, ...] = (),
    beslissend: tuple[str, ...] = (),
    extra_rechtsgrond: tuple[str, ...] = (),
    waarschuwingen: tuple[str, ...] = (),
    alternatieven: tuple[str, ...] = (),
    bedrag: Amount | None = None,
) -> Oordeel:
    """Build an :class:`Oordeel` for ``voorwaarde``."""
    return Oordeel(
        ConditionResult(
            id=voorwaarde.id,
            title=voorwaarde.titel,
            status=status,
            reasons=tuple(redenen),
            legal_basis=tuple(dict.fromkeys(voorwaarde.rechtsgrond + extra_rechtsgrond))
            if extra_rechtsgrond
            else voorwaarde.rechtsgrond,
            page=voorwaarde.pagina,
            used=gebruikt,
            missing=ontbreekt,
            decisive=beslissend,
        ),
        waarschuwingen,
        alternatieven,
        bedrag,
    )


def onbekend(antwoorden: Antwoorden, *ids: str) -> tuple[str, ...]:
    """The ids among ``ids`` whose answer is unknown."""
    return tuple(i for i in ids if antwoorden.get(i) is None)


Wildcard = Literal["*"]
#: In a decision table's pattern: any answer, known or not.
ALLES: Wildcard = "*"


@dataclass(frozen=True, slots=True)
class Rij:
    """One row of a decision table: answers to match (``*`` = any) and the verdict.

    ``beslissend``: the answers that decided it; ``alternatief``: a notice it raises.
    """

    als: tuple[str | bool | None, ...]
    status: Status
    uitleg: str
    beslissend: tuple[str, ...]
    alternatief: str | None = None


def kies(tabel: tuple[Rij, ...], waarden: tuple[str | bool | None, ...]) -> Rij:
    """The first row of ``tabel`` whose pattern matches ``waarden``."""
    for rij in tabel:
        if all(p in (ALLES, w) for p, w in zip(rij.als, waarden, strict=True)):
            return rij
    raise LookupError("geen rij past")  # every table ends with a catch-all row
