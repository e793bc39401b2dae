"""The scenario table (tests/scenarios.toml) run through ``checker.evaluate``.

Each case's expectations were computed by hand from the checked sources; a failure
names the case in words and lists every field that differs, not just the first.
"""

from __future__ import annotations

import json
import tomllib
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from checker import VRAGEN, evaluate
from checker.vragen import PER_ID

SCENARIOS = Path(__file__).with_name("scenarios.toml")
CONDITIONS = (
    "verblijfplaats",
    "leeftijd",
    "nationaliteit",
    "bestaansmiddelen",
    "werkbereidheid",
    "rechten",
)
AMOUNT_FIELDS = ("category", "monthly_rate", "counted_resources", "monthly_amount", "valid_from")
OPTIONAL_AMOUNT_FIELDS = ("variant", "variant_amount", "indexed_amount")


def load_cases() -> list[dict[str, Any]]:
    """The cases of tests/scenarios.toml, in file order."""
    with SCENARIOS.open("rb") as f:
        cases: list[dict[str, Any]] = tomllib.load(f)["case"]
    return cases


CASES = load_cases()


def _money(value: object) -> Decimal | None:
    """An expected amount: a string exact to the cent, or ``false`` for null."""
    if value is False:
        return None
    assert isinstance(value, str), f"amounts are written as strings, got {value!r}"
    return Decimal(value)


def _variant_differences(expected: dict[str, Any], result: Any) -> list[str]:
    """The OCMW's choice (variant) and the forecast indexation, when the case names them."""
    diffs: list[str] = []
    a = result.amount
    if "variant" in expected:
        kind = a.variant.kind if a.variant is not None else False
        if kind != expected["variant"]:
            diffs.append(f"variant: expected {expected['variant']}, got {kind}")
        want = _money(expected.get("variant_amount", False))
        got = a.variant.monthly_amount if a.variant is not None else None
        if got != want:
            diffs.append(f"variant_amount: expected {want}, got {got}")
    if "indexed_amount" in expected:
        want = _money(expected["indexed_amount"])
        got = a.indexed.monthly_amount if a.indexed is not None else None
        if got != want:
            diffs.append(f"indexed_amount: expected {want}, got {got}")
    return diffs


def _differences(case: dict[str, Any]) -> list[str]:
    """Every way the evaluation differs from the case's expectations."""
    result = evaluate(case["antwoorden"], case["peildatum"])
    data = result.to_dict()
    diffs: list[str] = []

    if result.outcome.value != case["outcome"]:
        diffs.append(f"outcome: expected {case['outcome']}, got {result.outcome.value}")
    for cid, expected in case["statuses"].items():
        got = result.condition(cid).status.value
        if got != expected:
            reasons = " | ".join(result.condition(cid).reasons)
            diffs.append(f"{cid}: expected {expected}, got {got} ({reasons})")

    expected_amount = case["amount"]
    if expected_amount is False:
        if result.amount is not None:
            diffs.append(f"amount: expected none, got {data['amount']['monthly_amount']}")
    elif result.amount is None:
        diffs.append("amount: expected an amount, got none")
    else:
        got_amount = data["amount"]
        if result.amount.category != expected_amount["category"]:
            diffs.append(
                f"category: expected {expected_amount['category']}, got {result.amount.category}"
            )
        if result.amount.valid_from != date.fromisoformat(expected_amount["valid_from"]):
            diffs.append(
                f"valid_from: expected {expected_amount['valid_from']}, "
                f"got {result.amount.valid_from}"
            )
        for field in ("monthly_rate", "counted_resources", "monthly_amount"):
            want = _money(expected_amount[field])
            got = getattr(result.amount, field)
            if got != want:
                diffs.append(f"{field}: expected {want}, got {got}")
            # The JSON view carries the same value.
            if got_amount[field] != float(want or 0):
                diffs.append(f"{field} in to_dict(): expected {want}, got {got_amount[field]}")
        diffs.extend(_variant_differences(expected_amount, result))

    # Warnings and uncertainties ("Waarom niet zeker?") are both things the result warns about.
    warnings = {n.id for n in (*result.warnings, *result.caveats)}
    alternatives = {n.id for n in result.alternatives}
    for wid in case.get("warnings", []):
        if wid not in warnings:
            diffs.append(f"warning {wid} missing (got {sorted(warnings)})")
    for wid in case.get("no_warnings", []):
        if wid in warnings:
            diffs.append(f"warning {wid} present but not expected")
    for aid in case.get("alternatives", []):
        if aid not in alternatives:
            diffs.append(f"alternative {aid} missing (got {sorted(alternatives)})")
    for aid in case.get("no_alternatives", []):
        if aid in alternatives:
            diffs.append(f"alternative {aid} present but not expected")

    # The result must be plain JSON data.
    json.dumps(data, ensure_ascii=False, sort_keys=True)
    return diffs


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_scenario(case: dict[str, Any]) -> None:
    diffs = _differences(case)
    assert not diffs, f"{case['name']}\n  " + "\n  ".join(diffs)


# --- The table itself: well-formed and covering what the specification promises. ---


def test_the_table_has_at_least_45_cases_with_unique_ids() -> None:
    ids = [c["id"] for c in CASES]
    assert len(CASES) >= 45
    assert len(ids) == len(set(ids)), "duplicate case ids"


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_each_case_is_complete_and_self_consistent(case: dict[str, Any]) -> None:
    assert case["name"].endswith("."), "the name is a full sentence"
    assert set(case["statuses"]) == set(CONDITIONS), "all six conditions are listed"
    assert case["outcome"] in ("eligible", "not_eligible", "uncertain")
    assert "amount" in case, "say the amount, or `amount = false`"
    assert set(case["antwoorden"]) <= set(PER_ID), "answers use questionnaire ids only"
    statuses = set(case["statuses"].values())
    # The outcome follows from the statuses: the specification must agree with itself.
    if case["outcome"] == "eligible":
        assert statuses == {"met"}
    elif case["outcome"] == "not_eligible":
        assert "not_met" in statuses
    else:
        assert "not_met" not in statuses and "uncertain" in statuses
    if case["amount"] is not False:
        amount = case["amount"]
        assert set(AMOUNT_FIELDS) <= set(amount)
        assert set(amount) <= set(AMOUNT_FIELDS) | set(OPTIONAL_AMOUNT_FIELDS)
        rate = Decimal(amount["monthly_rate"])
        counted = Decimal(amount["counted_resources"])
        assert Decimal(amount["monthly_amount"]) == max(Decimal(0), rate - counted)


def test_every_residence_status_and_eu_reason_is_covered() -> None:
    def covered(question: str) -> set[str]:
        return {c["antwoorden"][question] for c in CASES if question in c["antwoorden"]}

    for question in ("verblijfsstatus", "eu_hoedanigheid", "andere_uitkeringen"):
        choices = {k.waarde for k in PER_ID[question].keuzes}
        assert choices <= covered(question), f"{question}: {choices - covered(question)}"


def test_every_question_appears_in_some_case() -> None:
    used = {q for c in CASES for q in c["antwoorden"]}
    assert {v.id for v in VRAGEN} <= used, {v.id for v in VRAGEN} - used


def test_amounts_are_checked_on_every_dated_period() -> None:
    periods = {
        "2023-01-01": ("2023-01-01", "2024-04-30"),
        "2024-05-01": ("2024-05-01", "2025-01-31"),
        "2025-02-01": ("2025-02-01", "2026-02-28"),
        "2026-03-01": ("2026-03-01", "2026-12-31"),
    }
    for valid_from, (start, end) in periods.items():
        categories = {
            c["amount"]["category"]
            for c in CASES
            if c["amount"] is not False and start <= c["peildatum"] <= end
        }
        assert len(categories) >= 2, f"period from {valid_from}: categories {categories}"
        assert any(
            c["amount"] is not False and c["amount"]["valid_from"] == valid_from for c in CASES
        )
