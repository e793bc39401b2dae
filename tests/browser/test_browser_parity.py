"""Parity: the browser (Pyodide in a worker, through the REAL form) agrees with CPython.

Node parity (tests/test_parity.py) already runs the whole scenario table in Pyodide; what
only the browser adds is the form: what a person clicks and types becomes the text Python
parses. So the cases here are the ones whose answers are typed text (amounts written the
Dutch way), plus the fewest further cases that together put every type of question with
every kind of answer (a choice, yes, no, a number typed as digits) through the form at least
once, chosen from the table (tests/scenarios.toml) by the questionnaire's types, not by
hand. Each case is filled
through the form as a person would (labels clicked, numbers typed, the date set) and the
result the page SHOWS (outcome, the six statuses, the amount) must equal
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


def _kinds(case: dict[str, Any], types: dict[str, str]) -> set[tuple[str, str]]:
    """What a case puts through the form: (question type, kind of answer) pairs."""
    out = set()
    for qid, value in case["antwoorden"].items():
        qtype = types.get(qid, "?")
        if isinstance(value, str) and qtype not in ("keuze", "janee"):
            kind = "tekst"  # typed text Python parses ("1.314,20")
        elif isinstance(value, bool):
            kind = repr(value)
        else:
            kind = type(value).__name__
        out.add((qtype, kind))
    return out


def _cases() -> list[dict[str, Any]]:
    from checker import VRAGEN

    types = {v.id: v.type for v in VRAGEN}
    with SCENARIOS.open("rb") as f:
        table: list[dict[str, Any]] = tomllib.load(f)["case"]
    kinds = {c["id"]: _kinds(c, types) for c in table}
    chosen = [c for c in table if any(k == "tekst" for _, k in kinds[c["id"]])]
    covered = set().union(*(kinds[c["id"]] for c in chosen)) if chosen else set()
    wanted = set().union(*kinds.values())
    while covered != wanted:  # greedy cover: the case that adds the most, first in the table
        best = max(table, key=lambda c: len(kinds[c["id"]] - covered))
        chosen.append(best)
        covered |= kinds[best["id"]]
    assert chosen and len(chosen) < len(table) / 4
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
