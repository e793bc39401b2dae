"""Helpers for the browser tests: waiting, filling the real form, reading the result, axe."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

from checker.voorbeelden import VOORBEELDEN

ROOT = Path(__file__).resolve().parent.parent.parent
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
#: Pyodide's first boot in a fresh profile; generous for a busy 2-core CI machine.
BOOT_TIMEOUT_MS = int(os.environ.get("LW_BOOT_TIMEOUT_MS", "60000"))

# The people the browser tests fill the form for.
REFUGEE = VOORBEELDEN["alleenstaande-vluchteling-deeltijds"]
PARENTS = VOORBEELDEN["ouders-inkomen-2026"]
EU_JOBSEEKER = {
    "verblijfsstatus": "eu_burger",
    "eu_hoedanigheid": "werkzoekende",
    "verblijf_langer_dan_3_maanden": False,
}


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


def _visible(page: Page, path: str) -> bool:
    """Whether the question (or a housemate's field) at ``path`` is shown."""
    return bool(
        page.evaluate(
            "(p) => { const w = document.getElementById('lw-vraag-' + p.replaceAll('.', '-'));"
            " return !!w && !w.hidden && w.offsetParent !== null; }",
            path,
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


def set_date(page: Page, peildatum: str) -> None:
    """The date is under "Meer opties": open it and fill the date."""
    page.evaluate("() => { document.getElementById('lw-meeropties').open = true; }")
    page.fill("#lw-peildatum", peildatum)


def _answer(page: Page, path: str, qtype: str, value: object) -> None:
    """Answer one question or housemate field as a person would."""
    form_value = _as_form_value(qtype, value)
    radio = page.locator(f'input[type="radio"][name="{path}"][value="{form_value}"]')
    if qtype in ("janee", "keuze") or (radio.count() and qtype != "bedrag"):
        label = page.locator(f'label[for="{radio.get_attribute("id")}"]')
        label.click()
        return
    fixed = page.locator(f'input[type="checkbox"][name="{path}"][value="{form_value}"]')
    if form_value and fixed.count():
        fixed.check()
        return
    field = page.locator(f"#lw-{path.replace('.', '-')}")
    field.fill(form_value)
    field.blur()  # leaving the field: its message may show now


def fill_answers(page: Page, peildatum: str, antwoorden: Mapping[str, object]) -> list[str]:
    """Fill the REAL form in questionnaire order, as a person would.

    Radios are clicked (by their label), numbers typed (and the field left), the date
    set under "Meer opties"; housemates are added with "Voeg een huisgenoot toe". A
    question that is hidden when its turn comes does not apply (Python ignores such
    answers too) and is skipped. Returns the paths that were filled.
    """
    from checker import VRAGEN

    set_date(page, peildatum)
    settle(page)
    filled = []
    for vraag in VRAGEN:
        if vraag.id not in antwoorden:
            continue
        settle(page)
        if not _visible(page, vraag.id):
            continue
        if vraag.type == "lijst":
            rows = list(antwoorden[vraag.id] or [])  # type: ignore[call-overload]
            add = page.locator(f'[data-lw-voegtoe="{vraag.id}"]')
            for i, row in enumerate(rows):
                if page.locator(f"#lw-vraag-{vraag.id}-{i}").count() == 0:
                    add.click()
                for veld in vraag.velden:
                    if veld.id not in row:
                        continue
                    settle(page)
                    path = f"{vraag.id}.{i}.{veld.id}"
                    if _visible(page, path):
                        _answer(page, path, veld.type, row[veld.id])
                        filled.append(path)
            continue
        _answer(page, vraag.id, vraag.type, antwoorden[vraag.id])
        filled.append(vraag.id)
    settle(page)
    return filled


def shown_result(page: Page) -> dict[str, Any]:
    """What the page shows: outcome, statuses, amount (from the rendered result).

    ``text`` is all text of the result, folded parts included.
    """
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
            text: r.textContent,
            statuses,
            amount: a ? a.dataset.monthlyAmount : null,
            category: a ? Number(a.dataset.category) : null,
          };
        }"""
    )
    return dict(data)


def first_view_words(page: Page) -> int:
    """Words in the result as first shown: closed folds count with their titles only."""
    text = page.evaluate(
        """() => {
          const r = document.getElementById('lw-resultaat');
          const out = [];
          const walk = (node) => {
            for (const child of node.childNodes) {
              if (child.nodeType === Node.TEXT_NODE) { out.push(child.textContent); continue; }
              if (child.nodeType !== Node.ELEMENT_NODE || child.hidden) continue;
              if (child.tagName === 'DETAILS' && !child.open) {
                const s = child.querySelector(':scope > summary');
                if (s) out.push(' ' + s.textContent + ' ');
                continue;
              }
              out.push(' ');
              walk(child);
              out.push(' ');
            }
          };
          walk(r);
          return out.join('');
        }"""
    )
    return len([w for w in str(text).split() if any(ch.isalnum() for ch in w)])


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


def share_fragment(antwoorden: Mapping[str, object], peildatum: str | None = None) -> str:
    """The ``#a=…`` fragment the page writes for these answers (a shared link)."""
    from datetime import date

    from scripts.sitegen.casussen import deel_fragment

    return deel_fragment(antwoorden, date.fromisoformat(peildatum) if peildatum else None)


def phone_context_args() -> dict[str, Any]:
    """A 360 × 740 touch phone."""
    return {
        "viewport": {"width": 360, "height": 740},
        "device_scale_factor": 2,
        "is_mobile": True,
        "has_touch": True,
        "locale": "nl-BE",
        "timezone_id": "Europe/Brussels",
    }
