"""The worked examples shown on the site give the amounts computed by hand.

Every entry of ``checker.voorbeelden.VOORBEELDEN`` must have a hand computation here,
so a new example on the site cannot appear without one.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

import pytest

from checker import evaluate
from checker.voorbeelden import VOORBEELDEN


class Expected(NamedTuple):
    category: int
    rate: str
    counted: str
    amount: str
    valid_from: str
    variant: str | None = None
    variant_amount: str | None = None
    outcome: str = "eligible"


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
    # Young Belgian (cat 1), September 2025, father 1500 and mother 0: own resources 0 →
    # 876.13. Per person, the OCMW may count 1500 − 876.13 = 623.87 (the mother: nothing);
    # the general exemption applies to that total: 623.87 − 12.92 = 610.95 counted;
    # 876.13 − 610.95 = 265.18 if it does.
    "ouders-inkomen-2025": Expected(
        1, "876.13", "0.00", "876.13", "2025-02-01", "ocmw_mag_meetellen", "265.18"
    ),
    # Refugee of 22 (cat 1), April 2026, new application, father 1200 and mother 0: the
    # father's income above the cat 1 amount must count: 1200 − 893.65 = 306.35; − 12.92
    # = 293.43 counted; 893.65 − 293.43 = 600.22. With an equity exception: 893.65.
    # the sources' own example (Feb 2025): father 2500, mother 0. Per person the OCMW may
    # count 2500 − 876.13 = 1623.87 (the mother: nothing). Own resources 0 → 876.13. If it
    # counts, 1623.87 ≥ 876.13: no general exemption, nothing left → 0.00; the OCMW decides,
    # so the outcome is uncertain.
    "vader-2500-moeder-0-2025": Expected(
        1, "876.13", "0.00", "876.13", "2025-02-01", "ocmw_mag_meetellen", "0.00", "uncertain"
    ),
    "ouders-inkomen-2026": Expected(
        1, "893.65", "293.43", "600.22", "2026-03-01", "billijkheid", "893.65"
    ),
    # Single Belgian with 25,000 savings, March 2025: (12,500 − 6,200) × 6 % = 378 +
    # (25,000 − 12,500) × 10 % = 1,250 → 1,628 a year; ÷ 12 = 135.67; − 20.83 = 114.84
    # counted; 1314.20 − 114.84 = 1199.36.
    "spaargeld-2025": Expected(2, "1314.20", "114.84", "1199.36", "2025-02-01"),
}


def test_every_worked_example_has_a_hand_computation() -> None:
    assert set(VOORBEELDEN) == set(HAND)


@pytest.mark.parametrize("vid", sorted(VOORBEELDEN))
def test_worked_example(vid: str) -> None:
    voorbeeld = VOORBEELDEN[vid]
    want = HAND[vid]
    result = evaluate(voorbeeld.antwoorden, voorbeeld.peildatum)
    assert result.outcome.value == want.outcome, voorbeeld.titel
    a = result.amount
    assert a is not None
    assert a.category == want.category
    assert a.monthly_rate == Decimal(want.rate)
    assert a.counted_resources == Decimal(want.counted)
    assert a.monthly_amount == Decimal(want.amount)
    assert a.valid_from.isoformat() == want.valid_from
    assert (a.variant and a.variant.kind) == want.variant
    assert (a.variant and a.variant.monthly_amount) == (
        None if want.variant_amount is None else Decimal(want.variant_amount)
    )
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
