"""The worked examples shown on the site give the amounts computed by hand.

Every entry of ``checker.voorbeelden.VOORBEELDEN`` must have a hand computation here,
so a new example on the site cannot appear without one.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import pytest

from checker import Outcome, evaluate
from checker.voorbeelden import VOORBEELDEN


class Expected(NamedTuple):
    category: int
    rate: str
    counted: str
    amount: str
    valid_from: str
    discretionary: str | None = None
    if_counted: str | None = None


HAND = {
    # Single refugee (cat 2), March 2025: 900 − 309.48 (socio-professional exemption)
    # − 250/12 = 20.83 (general exemption) = 569.69 counted; 1314.20 − 569.69 = 744.51.
    "alleenstaande-vluchteling-deeltijds": Expected(2, "1314.20", "569.69", "744.51", "2025-02-01"),
    # Couple (cat 1), June 2025, partner 1000: above the cat 1 amount 1000 − 876.13 =
    # 123.87; − 155/12 = 12.92 → 110.95 counted; 876.13 − 110.95 = 765.18.
    "samenwonend-koppel-2025": Expected(1, "876.13", "110.95", "765.18", "2025-02-01"),
    # Family with a child (cat 3), April 2026, partner 600 counted in full:
    # 600 − 310/12 = 25.83 → 574.17 counted; 1811.59 (computed) − 574.17 = 1237.42.
    "gezin-met-kind-partnerinkomen-2026": Expected(3, "1811.59", "574.17", "1237.42", "2026-03-01"),
    # Young Belgian with two parents earning 2500 (cat 1), September 2025: own resources
    # 0 → 876.13. The OCMW may count 2500 − 2 × 876.13 = 747.74; then 876.13 − 747.74
    # = 128.39.
    "ouders-inkomen-2025": Expected(
        1, "876.13", "0.00", "876.13", "2025-02-01", "747.74", "128.39"
    ),
}


def test_every_worked_example_has_a_hand_computation() -> None:
    assert set(VOORBEELDEN) == set(HAND)


@pytest.mark.parametrize("vid", sorted(VOORBEELDEN))
def test_worked_example(vid: str) -> None:
    voorbeeld = VOORBEELDEN[vid]
    want = HAND[vid]
    result = evaluate(voorbeeld.antwoorden, voorbeeld.peildatum)
    assert result.outcome is Outcome.ELIGIBLE, voorbeeld.titel
    a = result.amount
    assert a is not None
    assert a.category == want.category
    assert a.monthly_rate == Decimal(want.rate)
    assert a.counted_resources == Decimal(want.counted)
    assert a.monthly_amount == Decimal(want.amount)
    assert a.valid_from.isoformat() == want.valid_from
    assert a.discretionary == (None if want.discretionary is None else Decimal(want.discretionary))
    assert a.amount_if_counted == (None if want.if_counted is None else Decimal(want.if_counted))
    # The steps add up: rate, then every income and deduction, to the counted subtotal.
    subtotal = next(s.amount for s in a.steps if s.kind == "subtotal")
    counted = sum((s.amount for s in a.steps if s.kind in ("income", "deduction")), Decimal(0))
    assert subtotal == counted == a.counted_resources
    assert next(s.amount for s in a.steps if s.kind == "result") == a.monthly_amount


@pytest.mark.parametrize("vid", sorted(VOORBEELDEN))
def test_the_title_matches_the_answers(vid: str) -> None:
    """The sentence on the site names the month and income that the answers use."""
    v = VOORBEELDEN[vid]
    months = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus"]
    months += ["september", "oktober", "november", "december"]
    year, month = v.peildatum[:4], int(v.peildatum[5:7])
    assert f"{months[month - 1]} {year}" in v.titel
