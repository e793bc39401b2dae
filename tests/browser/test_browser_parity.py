"""Parity: the browser (Pyodide in a worker, through the REAL form) agrees with CPython.

Cases come from the rule module's scenario table (tests/scenarios.toml): every fifth
case plus the ones with amounts typed the Dutch way. Each case is filled through the
form as a person would (labels clicked, numbers typed, the date set) and the result
the page SHOWS (outcome, the six statuses, the amount) must equal
``checker.evaluate`` on CPython for the same answers.

One page serves all cases ("Opnieuw beginnen" between them), so Pyodide boots once per
way of starting it: normally, and restored from the build's memory snapshot (a return
visit), which must give exactly the same results.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import fill_answers, open_checker, settle, shown_result, wait_js
from playwright.sync_api import Browser, Page

from checker import evaluate
from checker.tekst import euro

SCENARIOS = Path(__file__).resolve().parent.parent / "scenarios.toml"
EXTRA = ("datum-2024-05-01", "algemene-vrijstelling-cat3-een-cent", "socioprof-2026")


def _cases() -> list[dict[str, Any]]:
    with SCENARIOS.open("rb") as f:
        cases: list[dict[str, Any]] = tomllib.load(f)["case"]
    chosen = [c for i, c in enumerate(cases) if i % 5 == 0 or c["id"] in EXTRA]
    assert len(chosen) >= 15, "the parity test needs at least 15 scenario cases"
    return chosen


CASES = _cases()


@pytest.fixture(scope="module", params=["normal", "snapshot"])
def checker_page(request: pytest.FixtureRequest, browser: Browser, base_url: str) -> Iterator[Page]:
    """The checker with Python started normally, or restored from the build's snapshot.

    The snapshot path is a return visit: the first page fetches the snapshot in the
    background into the context's HTTP cache, and a second page then starts from it.
    """
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    open_checker(page, base_url)
    if request.param == "snapshot":
        wait_js(page, "() => window.__lwPerf.snapshotCached === true", 60_000)
        page.close()
        page = context.new_page()
        open_checker(page, base_url)
    assert page.evaluate("() => window.__lwPerf.bootSource") == request.param
    yield page
    context.close()


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_the_form_gives_the_same_result_as_cpython(
    checker_page: Page, case: dict[str, Any]
) -> None:
    page = checker_page
    page.click("#lw-opnieuw")
    settle(page)
    fill_answers(page, case["peildatum"], case["antwoorden"])

    expected = evaluate(case["antwoorden"], case["peildatum"])
    shown = shown_result(page)
    assert shown["outcome"] == expected.outcome.value, case["name"]
    assert shown["statuses"] == {c.id: c.status.value for c in expected.conditions}, case["name"]
    if expected.amount is None:
        assert shown["amount"] is None, case["name"]
    else:
        assert shown["amount"] == f"{expected.amount.monthly_amount:.2f}", case["name"]
        assert shown["category"] == expected.amount.category
        # The amount is also there in words, the Dutch way.
        assert euro(expected.amount.monthly_amount) in shown["text"]
    assert expected.to_dict()["outcome_text"] in shown["text"]
