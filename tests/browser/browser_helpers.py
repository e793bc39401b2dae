"""Helpers for the browser tests: waiting, filling the real form, reading the result, axe."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parent.parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
#: Pyodide's first boot in a fresh profile; generous for a busy 2-core CI machine.
BOOT_TIMEOUT_MS = int(os.environ.get("LW_BOOT_TIMEOUT_MS", "60000"))


def wait_js(page: Page, expression: str, timeout_ms: int = 10_000) -> Any:
    """Wait until the function-form JS ``expression`` returns a truthy value."""
    return page.wait_for_function(expression, timeout=timeout_ms).json_value()


def open_checker(page: Page, base_url: str, fragment: str = "") -> None:
    """Open the checker page and wait for Python's first result."""
    page.goto(f"{base_url}checker/{fragment}")
    wait_ready(page)


def wait_ready(page: Page) -> None:
    wait_js(page, "() => window.__lwPerf && window.__lwPerf.firstResult !== null", BOOT_TIMEOUT_MS)
    settle(page)


def settle(page: Page) -> None:
    """Wait until the newest answers have been evaluated and rendered."""
    wait_js(page, "() => window.__lwPerf && !window.__lwPerf.busy")


def _visible(page: Page, qid: str) -> bool:
    return bool(
        page.evaluate(
            "(id) => { const w = document.getElementById('lw-vraag-' + id);"
            " return !!w && !w.hidden; }",
            qid,
        )
    )


def _as_form_value(qtype: str, value: object) -> str:
    if qtype == "janee":
        if value is True:
            return "ja"
        if value is False:
            return "nee"
        return ""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def fill_answers(page: Page, peildatum: str, antwoorden: Mapping[str, object]) -> list[str]:
    """Fill the REAL form in questionnaire order, as a person would.

    Radios are clicked (by their label), numbers typed, the date filled. A question
    that is hidden when its turn comes does not apply (Python ignores such answers
    too) and is skipped. Returns the ids that were filled.
    """
    from checker import VRAGEN

    page.fill("#lw-peildatum", peildatum)
    settle(page)
    filled = []
    for vraag in VRAGEN:
        if vraag.id not in antwoorden:
            continue
        settle(page)
        if not _visible(page, vraag.id):
            continue
        value = _as_form_value(vraag.type, antwoorden[vraag.id])
        if vraag.type in ("janee", "keuze"):
            radio = page.locator(f'input[name="{vraag.id}"][value="{value}"]')
            label = page.locator(f'label[for="{radio.get_attribute("id")}"]')
            label.click()
        else:
            page.fill(f"#lw-{vraag.id}", value)
        filled.append(vraag.id)
    settle(page)
    return filled


def shown_result(page: Page) -> dict[str, Any]:
    """What the page shows: outcome, statuses, amount (from the rendered result)."""
    data = page.evaluate(
        """() => {
          const r = document.getElementById('lw-resultaat');
          const o = r.querySelector('[data-outcome]');
          const statuses = {};
          for (const c of r.querySelectorAll('[data-condition]')) {
            statuses[c.dataset.condition] = c.dataset.status;
          }
          const a = r.querySelector('.lw-bedrag');
          return {
            outcome: o ? o.dataset.outcome : null,
            text: r.innerText,
            statuses,
            amount: a ? a.dataset.monthlyAmount : null,
            category: a ? Number(a.dataset.category) : null,
          };
        }"""
    )
    return dict(data)


def run_axe(page: Page) -> list[dict[str, Any]]:
    """Serious and critical axe-core violations on the page now shown."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "async () => { const r = await axe.run(document, {resultTypes: ['violations']});"
        " return JSON.stringify(r.violations); }"
    )
    violations = json.loads(result)
    return [
        {
            "id": v["id"],
            "impact": v["impact"],
            "help": v["help"],
            "nodes": [n["target"] for n in v["nodes"]][:5],
        }
        for v in violations
        if v["impact"] in ("serious", "critical")
    ]


def poll(predicate: Any, timeout: float = 10.0) -> Any:
    end = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > end:
            return value
        time.sleep(0.05)
