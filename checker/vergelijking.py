"""Two results side by side: what differs, and why.

For trainers: "what if" (the same person with one answer changed) and "two
dates" (the same answers on two reference dates). :func:`vergelijk` lists every
difference a reader would notice — the outcome, a condition's status, the
category, the amount, a notice — and, when the dates differ,
:func:`waarom_anders` names the dated values that changed between them (the
amounts, the version of art. 34, the pension age), each with its valid-from date.
Nothing here decides anything: it only compares what the rules said.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from checker.parameters import ALLE_PARAMETERS, Parameter
from checker.tekst import datum, euro
from checker.uitkomst import STATUS_TEKST, Notice, Result

Soort = Literal["uitkomst", "voorwaarde", "categorie", "bedrag", "melding", "parameter"]


@dataclass(frozen=True, slots=True)
class Verschil:
    """One difference: what, before and after (in Dutch), and why if known.

    ``ref`` names what it is about, so a page can mark it in place: the condition's,
    the notice's or the parameter's id ("" for the outcome, category and amount).
    """

    soort: Soort
    wat: str
    voor: str
    na: str
    waarom: str = ""
    ref: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.soort,
            "what": self.wat,
            "before": self.voor,
            "after": self.na,
            "why": self.waarom,
            "ref": self.ref,
        }


def _bedrag(r: Result) -> str:
    if r.amount is None:
        return "geen bedrag"
    return f"{euro(r.amount.monthly_amount)} per maand"


def _meldingen(r: Result) -> dict[str, Notice]:
    alle: Iterable[Notice] = (*r.warnings, *r.alternatives, *r.caveats, *r.next_steps)
    return {n.id: n for n in alle}


def _voorwaarden(a: Result, b: Result) -> list[Verschil]:
    uit = []
    for ca, cb in zip(a.conditions, b.conditions, strict=True):
        if ca.status is not cb.status:
            uit.append(
                Verschil(
                    "voorwaarde",
                    ca.title,
                    STATUS_TEKST[ca.status],
                    STATUS_TEKST[cb.status],
                    cb.reasons[0] if cb.reasons else "",
                    ca.id,
                )
            )
    return uit


def _bedragen(a: Result, b: Result) -> list[Verschil]:
    uit = []
    aa, ab = a.amount, b.amount
    if aa is not None and ab is not None and aa.category != ab.category:
        uit.append(
            Verschil(
                "categorie",
                "Categorie",
                f"{aa.category} ({aa.category_label})",
                f"{ab.category} ({ab.category_label})",
            )
        )
    if _bedrag(a) != _bedrag(b):
        redenen = []
        if aa is not None and ab is not None and aa.monthly_rate != ab.monthly_rate:
            redenen.append(
                f"Het bedrag van de categorie is {euro(ab.monthly_rate)} (geldig vanaf "
                f"{datum(ab.valid_from)}) in plaats van {euro(aa.monthly_rate)}."
            )
        if aa is not None and ab is not None and aa.counted_resources != ab.counted_resources:
            redenen.append(
                f"Er telt {euro(ab.counted_resources)} per maand mee in plaats van "
                f"{euro(aa.counted_resources)}."
            )
        uit.append(Verschil("bedrag", "Bedrag", _bedrag(a), _bedrag(b), " ".join(redenen)))
    return uit


def _notices(a: Result, b: Result) -> list[Verschil]:
    ma, mb = _meldingen(a), _meldingen(b)
    weg = [
        Verschil("melding", n.title, "getoond", "niet meer", ref=i)
        for i, n in ma.items()
        if i not in mb
    ]
    bij = [
        Verschil("melding", n.title, "niet", "nieuw", ref=i) for i, n in mb.items() if i not in ma
    ]
    return weg + bij


def vergelijk(a: Result, b: Result) -> tuple[Verschil, ...]:
    """Every difference between result ``a`` (before) and ``b`` (after)."""
    uit: list[Verschil] = []
    if a.outcome is not b.outcome or a.headline.text != b.headline.text:
        uit.append(Verschil("uitkomst", "Uitkomst", a.headline.text, b.headline.text))
    uit += _voorwaarden(a, b)
    uit += _bedragen(a, b)
    uit += _notices(a, b)
    if a.reference_date != b.reference_date:
        uit += waarom_anders(a.reference_date, b.reference_date, _categorieen(a, b))
    return tuple(uit)


def _categorieen(a: Result, b: Result) -> set[int]:
    return {r.amount.category for r in (a, b) if r.amount is not None}


def _tekst(p: Parameter[Any], waarde: object) -> str:
    if waarde is None:
        return "niet nagekeken"
    if isinstance(waarde, Decimal):
        return f"{euro(waarde)} ({p.eenheid.removeprefix('euro ').strip()})"
    if p.eenheid == "versie":
        return f"regels van {waarde}"
    return f"{waarde} {p.eenheid}" if p.eenheid != "schijven" else "schijven"


def _telt_mee(p: Parameter[Any], categorieen: set[int]) -> bool:
    """Category amounts and exemptions only for the categories the results use."""
    for prefix in ("leefloon_categorie_", "algemene_vrijstelling_categorie_"):
        if p.id.startswith(prefix):
            return int(p.id.removeprefix(prefix)) in categorieen
    return True


def waarom_anders(d1: date, d2: date, categorieen: set[int]) -> tuple[Verschil, ...]:
    """The dated values that differ between two reference dates, with their dates."""
    uit = []
    for p in ALLE_PARAMETERS:
        if not _telt_mee(p, categorieen):
            continue
        w1, w2 = p.op(d1), p.op(d2)
        if w1.waarde != w2.waarde:
            uit.append(
                Verschil(
                    "parameter",
                    p.naam,
                    f"{_tekst(p, w1.waarde)}, geldig vanaf {datum(w1.vanaf)}",
                    f"{_tekst(p, w2.waarde)}, geldig vanaf {datum(w2.vanaf)}",
                    p.rechtsgrond,
                    p.id,
                )
            )
    return tuple(uit)
