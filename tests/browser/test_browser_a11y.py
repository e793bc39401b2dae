"""Accessibility (WCAG 2.2 AA) in the browser: axe-core, keyboard only, a 360 px phone.

axe-core runs on every page of the sitemap at 360 px (a touch phone) and at 1280 px, in a
context with ``bypass_csp`` (it is injected as an inline script, which our CSP rightly
blocks); the CSP itself is tested in test_browser_privacy.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from browser_helpers import (
    REFUGEE,
    fill_answers,
    open_checker,
    phone_context_args,
    run_axe,
    settle,
    shown_result,
    wait_js,
)
from playwright.sync_api import Browser, BrowserContext, Page, expect

from checker import VRAGEN, evaluate


@pytest.fixture
def axe_page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(bypass_csp=True, locale="nl-BE")
    yield context.new_page()
    context.close()


OPEN_FOLDS = (
    "() => document.querySelectorAll('#lw-resultaat details').forEach((d) => { d.open = true; })"
)
WIDTHS = {
    "360": phone_context_args(),
    "1280": {"viewport": {"width": 1280, "height": 720}, "locale": "nl-BE"},
}


def _sitemap_paths(built_site: Any) -> list[str]:
    xml = (built_site.dir / "sitemap.xml").read_text(encoding="utf-8")
    urls = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert urls, "the sitemap lists no page"
    return [u.split("/", 3)[3] if u.count("/") >= 3 else "" for u in urls]


@pytest.mark.parametrize("width", list(WIDTHS))
def test_every_page_of_the_sitemap_has_no_serious_or_critical_axe_violations(
    browser: Browser, base_url: str, built_site: Any, width: str
) -> None:
    context = browser.new_context(bypass_csp=True, **WIDTHS[width])
    try:
        page = context.new_page()
        found = {}
        for path in _sitemap_paths(built_site):
            page.goto(f"{base_url}{path}")
            violations = run_axe(page)
            if violations:
                found[path or "/"] = violations
        assert found == {}, f"at {width} px"
    finally:
        context.close()


def test_the_checker_has_no_serious_or_critical_axe_violations_before_and_after_a_result(
    axe_page: Page, base_url: str
) -> None:
    axe_page.goto(f"{base_url}checker/")
    assert run_axe(axe_page) == [], "before Python has answered"
    wait_js(axe_page, "() => window.__lwPerf && window.__lwPerf.firstResult !== null", 60_000)
    fill_answers(axe_page, REFUGEE.peildatum, REFUGEE.antwoorden)
    axe_page.get_by_role("button", name="Deel deze antwoorden").click()
    assert run_axe(axe_page) == [], "with a full result"
    axe_page.fill("#lw-inkomen_werk", "12,345")
    axe_page.locator("#lw-inkomen_werk").blur()
    settle(axe_page)
    expect(axe_page.locator("#lw-inkomen_werk-fout")).to_be_visible()
    assert run_axe(axe_page) == [], "with a field error"
    axe_page.evaluate(OPEN_FOLDS)
    assert run_axe(axe_page) == [], "with every fold open"


def _tab_to(page: Page, selector: str, limit: int = 200) -> None:
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement?.matches(s) ?? false", selector):
            return
    raise AssertionError(f"Tab never reached {selector}")


def _tab_to_next_field(page: Page) -> str:
    """Tab until focus leaves the current field (a date input has a Tab stop per part)."""
    current = page.evaluate("() => document.activeElement.name")
    for _ in range(5):
        page.keyboard.press("Tab")
        name = page.evaluate("() => document.activeElement.name")
        if name != current:
            return str(name)
    raise AssertionError(f"Tab stays in {current}")


def test_the_checker_can_be_completed_with_the_keyboard_alone(page: Page, base_url: str) -> None:
    open_checker(page, base_url)
    answers = {
        k: ("ja" if v is True else "nee" if v is False else str(v))
        for k, v in REFUGEE.antwoorden.items()
    }
    # The date is under "Meer opties" at the end: open it by keyboard first.
    _tab_to(page, "#lw-meeropties > summary")
    page.keyboard.press("Enter")
    _tab_to(page, "#lw-peildatum")
    # 3 March: the same typed digits whether the browser shows day or month first.
    peildatum = "2025-03-03"
    page.keyboard.type("03" + "03" + "2025")
    settle(page)
    assert page.locator("#lw-peildatum").input_value() == peildatum
    page.locator("#lw-verblijfsstatus").focus()  # back to the first question
    page.keyboard.press("Shift+Tab")

    for vraag in VRAGEN:
        settle(page)
        wrap = page.locator(f"#lw-vraag-{vraag.id}")
        if wrap.is_hidden():
            continue
        active = _tab_to_next_field(page)
        assert active == vraag.id, f"Tab went to {active}, expected {vraag.id}"
        if vraag.id not in answers:
            continue  # unknown: leave it
        if vraag.type in ("janee", "keuze"):
            values = page.evaluate(
                "(id) => [...document.querySelectorAll(`input[name='${id}']`)].map((r) => r.value)",
                vraag.id,
            )
            page.keyboard.press("Space")  # checks the first option
            for _ in range(values.index(answers[vraag.id])):
                page.keyboard.press("ArrowDown")
        else:
            page.keyboard.type(answers[vraag.id])
            page.keyboard.press("Enter")  # must not submit or leave the page
    settle(page)
    assert page.url.split("#")[0] == f"{base_url}checker/"
    expected = evaluate(REFUGEE.antwoorden, peildatum)
    assert shown_result(page)["outcome"] == expected.outcome.value
    expect(page.locator(".lw-oordeel")).to_contain_text("€ 744,51")
    # A fold opens from the keyboard.
    _tab_to(page, "details.lw-bedrag > summary")
    page.keyboard.press("Enter")
    expect(page.locator("table.lw-berekening").first).to_be_visible()

    # The share button is reachable and works from the keyboard too.
    _tab_to(page, "#lw-deel")
    page.keyboard.press("Enter")
    expect(page.locator("#lw-deelurl")).to_be_focused()
    assert "#a=" in page.url


def test_a_360_px_phone_has_no_horizontal_scroll_and_targets_of_24_px(
    phone: BrowserContext, base_url: str
) -> None:
    page = phone.new_page()
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    page.get_by_role("button", name="Deel deze antwoorden").click()
    page.fill("#lw-leeftijd", "abc")  # an error box too
    page.locator("#lw-leeftijd").blur()
    settle(page)
    page.evaluate(OPEN_FOLDS)
    # add a housemate: the list's buttons count too
    page.locator("#lw-vraag-samenwonend").get_by_label("Ja", exact=True).check()
    settle(page)
    widths = page.evaluate(
        "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
    )
    assert widths[0] <= widths[1], f"horizontal scroll: {widths}"
    small = page.evaluate(
        """() => [...document.querySelectorAll(
            '#lw-checker input[type=radio], #lw-checker input[type=checkbox],'
          + ' #lw-checker button, #lw-checker a[data-lw-veld], #lw-checker a.lw-leesmeer,'
          + ' #lw-checker summary')]
          .filter((e) => e.offsetParent !== null)
          .map((e) => { const r = e.getBoundingClientRect();
                        return [e.id || e.textContent.trim(), r.width, r.height]; })
          .filter(([, w, h]) => w < 24 || h < 24)"""
    )
    assert small == []


def test_housemates_are_added_filled_and_removed_with_the_keyboard(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    page.locator("#lw-vraag-samenwonend").get_by_label("Ja", exact=True).check()
    settle(page)
    expect(page.locator("#lw-vraag-huisgenoten")).to_be_visible()
    _tab_to(page, "[data-lw-voegtoe]")
    page.keyboard.press("Enter")
    # Focus goes to the new housemate's first answer; the page says what happened.
    assert page.evaluate("() => document.activeElement.name") == "huisgenoten.1.relatie"
    expect(page.locator("#lw-melding")).to_contain_text("Huisgenoot 2 is toegevoegd")
    page.keyboard.press("Space")
    page.keyboard.press("ArrowDown")  # "Mijn vader of moeder"
    settle(page)
    expect(page.locator('input[name="huisgenoten.1.relatie"][value="ouder"]')).to_be_checked()
    expect(page.locator("#lw-vraag-huisgenoten-1-inkomen")).to_be_visible()
    expect(page.locator("#lw-samenvatting")).to_contain_text("Mijn vader of moeder")
    _tab_to(page, "#lw-vraag-huisgenoten-1 [data-lw-weg]")
    page.keyboard.press("Enter")
    settle(page)
    expect(page.locator("#lw-huisgenoten-lijst > li")).to_have_count(1)
    expect(page.locator("[data-lw-voegtoe]")).to_be_focused()
    expect(page.locator("#lw-melding")).to_contain_text("Huisgenoot 2 is verwijderd")
