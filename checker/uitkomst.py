"""The result types: three-valued statuses, condition results, the amount, notices.

Everything converts to plain JSON-able data with :meth:`Result.to_dict`; the
keys are English (the API), the texts are Dutch (the users). Amounts and dates
also come as Dutch text (``*_text``), so no other view formats them again.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import Any, Literal

from checker.tekst import datum, euro
from checker.vragen import veld_label


class Status(StrEnum):
    """The status of one condition."""

    MET = "met"
    NOT_MET = "not_met"
    UNCERTAIN = "uncertain"


class Outcome(StrEnum):
    """The overall outcome: eligible only when every condition is met."""

    ELIGIBLE = "eligible"
    NOT_ELIGIBLE = "not_eligible"
    UNCERTAIN = "uncertain"


STATUS_TEKST = {
    Status.MET: "Voldaan",
    Status.NOT_MET: "Niet voldaan",
    Status.UNCERTAIN: "Nog onzeker",
}


def _money(value: Decimal) -> float:
    return float(value)


def zekerheid_noot(zekerheid: str) -> str:
    """How sure a dated value is, as a note after it: nothing when it was checked in the
    sources, else e.g. `` (berekend)``."""
    return "" if zekerheid == "nagekeken" else f" ({zekerheid})"


@dataclass(frozen=True, slots=True)
class ConditionResult:
    """The verdict on one condition, with its reasons and legal basis.

    ``used`` are the answers the rule read; ``missing`` the unknown answers that
    would decide it; ``decisive`` the answers that decided it (change one of those
    and the status may change).
    """

    id: str
    title: str
    status: Status
    reasons: tuple[str, ...]
    legal_basis: tuple[str, ...]
    page: str
    used: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()
    decisive: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status.value,
            "status_text": STATUS_TEKST[self.status],
            "reasons": list(self.reasons),
            "legal_basis": list(self.legal_basis),
            "page": self.page,
            "used_answers": list(self.used),
            "missing_answers": list(self.missing),
            "missing_labels": {m: veld_label(m) for m in self.missing},
            "decisive_answers": list(self.decisive),
        }


StapSoort = Literal["rate", "income", "deduction", "subtotal", "result", "optional"]


@dataclass(frozen=True, slots=True)
class Step:
    """One line of the step-by-step calculation."""

    description: str
    amount: Decimal
    kind: StapSoort

    def to_dict(self) -> dict[str, Any]:
        return {
            "description": self.description,
            "amount": _money(self.amount),
            "amount_text": euro(self.amount),
            "kind": self.kind,
        }


VariantSoort = Literal["ocmw_mag_meetellen", "billijkheid"]

VARIANT_TITEL: dict[VariantSoort, str] = {
    "ocmw_mag_meetellen": "Als het OCMW ook het inkomen van je ouders of kinderen meetelt",
    "billijkheid": "Als het OCMW een uitzondering maakt om billijkheidsredenen",
}


@dataclass(frozen=True, slots=True)
class Variant:
    """The same calculation with a choice the OCMW can make.

    ``ocmw_mag_meetellen`` (until 28 February 2026): the OCMW may also count part of
    your parents' or adult children's income. ``billijkheid`` (from 1 March 2026): the
    OCMW must count your family's income, unless it makes an exception for equity
    reasons; this is the amount with that exception.
    """

    kind: VariantSoort
    counted_resources: Decimal
    monthly_amount: Decimal
    steps: tuple[Step, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "title": VARIANT_TITEL[self.kind],
            "counted_resources": _money(self.counted_resources),
            "monthly_amount": _money(self.monthly_amount),
            "counted_resources_text": euro(self.counted_resources),
            "monthly_amount_text": euro(self.monthly_amount),
            "steps": [s.to_dict() for s in self.steps],
        }


@dataclass(frozen=True, slots=True)
class Indexed:
    """The amount if a forecast indexation happened (never shown as the law)."""

    monthly_rate: Decimal
    monthly_amount: Decimal
    valid_from: date

    def to_dict(self) -> dict[str, Any]:
        return {
            "monthly_rate": _money(self.monthly_rate),
            "monthly_amount": _money(self.monthly_amount),
            "valid_from": self.valid_from.isoformat(),
            "monthly_rate_text": euro(self.monthly_rate),
            "monthly_amount_text": euro(self.monthly_amount),
            "valid_from_text": datum(self.valid_from),
            "text": f"Met de voorspelde indexering vanaf {datum(self.valid_from)}: "
            f"{euro(self.monthly_amount)} per maand.",
        }


@dataclass(frozen=True, slots=True)
class Amount:
    """The leefloon calculation: category amount minus counted resources.

    ``variant`` is the same calculation with a choice the OCMW can make (see
    :class:`Variant`); ``indexed`` the amount if a forecast indexation happened;
    ``regime`` the version of art. 34 Leefloonbesluit that was applied.
    """

    category: int
    category_label: str
    monthly_rate: Decimal
    counted_resources: Decimal
    monthly_amount: Decimal
    valid_from: date
    rate_certainty: str
    legal_basis: tuple[str, ...]
    steps: tuple[Step, ...]
    regime: str
    variant: Variant | None = None
    indexed: Indexed | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "category": self.category,
            "category_label": self.category_label,
            "monthly_rate": _money(self.monthly_rate),
            "counted_resources": _money(self.counted_resources),
            "monthly_amount": _money(self.monthly_amount),
            "valid_from": self.valid_from.isoformat(),
            "monthly_rate_text": euro(self.monthly_rate),
            "counted_resources_text": euro(self.counted_resources),
            "monthly_amount_text": euro(self.monthly_amount),
            "valid_from_text": datum(self.valid_from),
            "rate_certainty": self.rate_certainty,
            "rate_text": f"Categorie {self.category}: {self.category_label}. Het bedrag van die "
            f"categorie geldt vanaf {datum(self.valid_from)}"
            f"{zekerheid_noot(self.rate_certainty)}.",
            "legal_basis": list(self.legal_basis),
            "steps": [s.to_dict() for s in self.steps],
            "regime": self.regime,
            "variant": None if self.variant is None else self.variant.to_dict(),
            "indexed": None if self.indexed is None else self.indexed.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Notice:
    """An alternative, a warning or a next step, with its legal basis and page."""

    id: str
    title: str
    text: str
    legal_basis: tuple[str, ...] = ()
    page: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "legal_basis": list(self.legal_basis),
            "page": self.page,
        }


@dataclass(frozen=True, slots=True)
class Headline:
    """The first thing a result says: outcome, amount (or range), first step.

    ``amount_label`` is "Je leefloon" only when the outcome allows it.
    """

    text: str
    amount_label: str | None
    amount_text: str | None
    amount_note: str | None
    first_step: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "amount_label": self.amount_label,
            "amount_text": self.amount_text,
            "amount_note": self.amount_note,
            "first_step": self.first_step,
        }


@dataclass(frozen=True, slots=True)
class Result:
    """The full evaluation of one person's answers on one reference date.

    ``caveats`` gathers everything that makes the result less sure ("Waarom niet
    zeker?"); ``settled`` says that no answer still open can change the outcome.
    """

    reference_date: date
    rules_version: str
    outcome: Outcome
    headline: Headline
    conditions: tuple[ConditionResult, ...]
    amount: Amount | None
    amount_heading: str | None
    alternatives: tuple[Notice, ...]
    warnings: tuple[Notice, ...]
    caveats: tuple[Notice, ...]
    next_steps: tuple[Notice, ...]
    missing_answers: tuple[str, ...]
    relevant_questions: tuple[str, ...]
    settled: bool
    ignored_answers: tuple[str, ...] = field(default=())

    @property
    def outcome_text(self) -> str:
        return self.headline.text

    def condition(self, condition_id: str) -> ConditionResult:
        """The result for one condition, by id (e.g. ``"nationaliteit"``)."""
        for c in self.conditions:
            if c.id == condition_id:
                return c
        raise KeyError(condition_id)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-able data: the CLI's and the browser's output."""
        return {
            "reference_date": self.reference_date.isoformat(),
            "reference_date_text": datum(self.reference_date),
            "rules_version": self.rules_version,
            "outcome": self.outcome.value,
            "outcome_text": self.headline.text,
            "headline": self.headline.to_dict(),
            "settled": self.settled,
            "conditions": [c.to_dict() for c in self.conditions],
            "amount": None if self.amount is None else self.amount.to_dict(),
            "amount_heading": self.amount_heading,
            "alternatives": [n.to_dict() for n in self.alternatives],
            "warnings": [n.to_dict() for n in self.warnings],
            "caveats": [n.to_dict() for n in self.caveats],
            "next_steps": [n.to_dict() for n in self.next_steps],
            "missing_answers": list(self.missing_answers),
            "missing_labels": {m: veld_label(m) for m in self.missing_answers},
            "relevant_questions": list(self.relevant_questions),
            "ignored_answers": list(self.ignored_answers),
        }
