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

OUTCOME_TEKST = {
    Outcome.ELIGIBLE: "Je hebt waarschijnlijk recht op een leefloon.",
    Outcome.NOT_ELIGIBLE: "Je hebt waarschijnlijk geen recht op een leefloon.",
    Outcome.UNCERTAIN: "Dat kunnen we nog niet zeggen.",
}


def _money(value: Decimal) -> float:
    return float(value)


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


@dataclass(frozen=True, slots=True)
class Amount:
    """The leefloon calculation: category amount minus counted resources.

    ``discretionary`` is the part of housemates' income the OCMW *may* also
    count; ``amount_if_counted`` is the leefloon if it does.
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
    discretionary: Decimal | None = None
    amount_if_counted: Decimal | None = None

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
            "legal_basis": list(self.legal_basis),
            "steps": [s.to_dict() for s in self.steps],
            "discretionary": None if self.discretionary is None else _money(self.discretionary),
            "amount_if_counted": None
            if self.amount_if_counted is None
            else _money(self.amount_if_counted),
            "discretionary_text": None if self.discretionary is None else euro(self.discretionary),
            "amount_if_counted_text": None
            if self.amount_if_counted is None
            else euro(self.amount_if_counted),
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
class Result:
    """The full evaluation of one person's answers on one reference date."""

    reference_date: date
    rules_version: str
    outcome: Outcome
    conditions: tuple[ConditionResult, ...]
    amount: Amount | None
    alternatives: tuple[Notice, ...]
    warnings: tuple[Notice, ...]
    next_steps: tuple[Notice, ...]
    missing_answers: tuple[str, ...]
    relevant_questions: tuple[str, ...]
    ignored_answers: tuple[str, ...] = field(default=())

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
            "outcome_text": OUTCOME_TEKST[self.outcome],
            "conditions": [c.to_dict() for c in self.conditions],
            "amount": None if self.amount is None else self.amount.to_dict(),
            "alternatives": [n.to_dict() for n in self.alternatives],
            "warnings": [n.to_dict() for n in self.warnings],
            "next_steps": [n.to_dict() for n in self.next_steps],
            "missing_answers": list(self.missing_answers),
            "relevant_questions": list(self.relevant_questions),
            "ignored_answers": list(self.ignored_answers),
        }
