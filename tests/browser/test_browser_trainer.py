"""The trainers' view of the checker page: why per condition, "what if", two dates, projector.

Every test drives the built site in Chromium with Python in the page's worker. What the page
should say comes from the rules themselves (``checker.browser.run``), never typed over. A spy
on the page's messages to the worker shows what each run asks Python for.
"""

from __future__ import annotations

import re
from typing import Any

from browser_helpers import (
    EU_JOBSEEKER,
    PARENTS,
    REFUGEE,
    open_checker,
    run_axe,
    settle,
    share_fragment,
    wait_ready,
)
from playwright.sync_api import Browser, Page, expect
from test_vergelijking import _form
from test_vergelijking import _run as _python

PROJECTOR = {"width": 1280, "height": 720}
OPEN_ALL = (
    "() => document.querySelectorAll('#lw-checker details').forEach((d) => { d.open = true; })"
)

#: Records the payload of every run the page sends to its worker (window.__lwSent).
_SPY = """
window.__lwSent = [];
const post = Worker.prototype.postMessage;
Worker.prototype.postMessage = function (message, ...rest) {
  if (message && message.type === "run") window.__lwSent.push(JSON.parse(message.payload));
  return post.call(this, message, ...rest);
};
"""


def _sent(page: Page) -> list[dict[str, Any]]:
    return list(page.evaluate("() => window.__lwSent"))


def _other_date(page: Page, peildatum: str) -> None:
    """Compare with another date: type it and leave the field."""
    page.fill("#lw-tweededatum", peildatum)
    page.locator("#lw-tweededatum").blur()
    settle(page)


def _open_case(page: Page, base_url: str, switches: str, antwoorden: Any, peildatum: str) -> None:
    page.goto(f"{base_url}checker/{switches}" + share_fragment(antwoorden, peildatum))
    wait_ready(page)


def test_the_trainer_view_names_the_deciding_answer_the_article_and_each_dated_value(
    page: Page, base_url: str
) -> None:
    expected = _python(
        peildatum=REFUGEE.peildatum, antwoorden=_form(REFUGEE.antwoorden), spoor=True
    )
    trace = {t["id"]: t for t in expected["result"]["trace"]}
    _open_case(page, base_url, "?trainer", REFUGEE.antwoorden, REFUGEE.peildatum)

    expect(page.locator("#lw-trainer")).to_be_visible()
    expect(page.locator("#lw-trainer-aan")).to_be_checked()
    spoor = page.locator("#lw-spoor")
    expect(spoor.locator("details[data-condition]")).to_have_count(6)
    leeftijd = spoor.locator('details[data-condition="leeftijd"]')
    leeftijd.locator("summary").click()
    feiten = leeftijd.locator(".lw-spoor__feiten")
    expect(feiten).to_contain_text("Beslist door")
    expect(feiten).to_contain_text("Leeftijd: 34 jaar")
    expect(leeftijd.locator(".lw-spoor__artikel")).to_have_text(
        "; ".join(trace["leeftijd"]["legal_basis"])
    )
    meerderjarig = next(p for p in trace["leeftijd"]["parameters"] if p["id"] == "meerderjarigheid")
    waarde = leeftijd.locator('[data-parameter="meerderjarigheid"]')
    expect(waarde).to_be_visible()
    expect(waarde).to_contain_text(f"{meerderjarig['name']}: {meerderjarig['value_text']}")
    expect(waarde).to_contain_text(f"Geldig vanaf {meerderjarig['valid_from_text']}.")
    expect(waarde).to_contain_text(f"Bron: {meerderjarig['source_title']}")

    # The amount's rule: the category amount with its own date and source.
    bestaansmiddelen = spoor.locator('details[data-condition="bestaansmiddelen"]')
    bestaansmiddelen.locator("summary").click()
    categorie = next(
        p for p in trace["bestaansmiddelen"]["parameters"] if p["id"] == "leefloon_categorie_2"
    )
    expect(bestaansmiddelen.locator('[data-parameter="leefloon_categorie_2"]')).to_contain_text(
        f"Geldig vanaf {categorie['valid_from_text']}."
    )


def test_with_the_trainer_view_off_no_trace_is_asked_and_the_switch_is_in_the_address(
    page: Page, base_url: str
) -> None:
    page.add_init_script(_SPY)
    open_checker(page, base_url)
    page.get_by_label("Ik ben erkend als vluchteling", exact=True).check()
    page.fill("#lw-leeftijd", "34")
    page.locator("#lw-leeftijd").blur()
    settle(page)
    sent = _sent(page)
    assert sent, "no run was sent"
    assert all("spoor" not in p and "vergelijk" not in p for p in sent), sent
    expect(page.locator("#lw-trainer")).to_be_hidden()
    expect(page.locator("#lw-spoor details")).to_have_count(0)

    # On: the next run asks for the trace, and the address says ?trainer.
    page.locator("#lw-meeropties > summary").click()
    page.get_by_label("Toon de uitleg voor trainers").check()
    settle(page)
    assert _sent(page)[-1].get("spoor") is True
    expect(page.locator("#lw-trainer")).to_be_visible()
    expect(page.locator("#lw-spoor details[data-condition]")).to_have_count(6)
    page.wait_for_url(re.compile(r".*/checker/\?trainer#a=.*"))

    # Off again: no trace, and the address no longer has the switch.
    page.get_by_label("Toon de uitleg voor trainers").uncheck()
    settle(page)
    assert "spoor" not in _sent(page)[-1]
    expect(page.locator("#lw-trainer")).to_be_hidden()
    page.wait_for_url(re.compile(r".*/checker/#a=.*"))
    # "Opnieuw beginnen" clears answers, not the switches.
    page.get_by_label("Grote letters, voor een projector").check()
    page.get_by_role("button", name="Opnieuw beginnen").click()
    expect(page.get_by_label("Grote letters, voor een projector")).to_be_checked()


def test_what_if_marks_a_changed_amount_and_a_changed_status_and_los_lets_go(
    page: Page, base_url: str
) -> None:
    page.add_init_script(_SPY)
    _open_case(page, base_url, "?trainer", REFUGEE.antwoorden, REFUGEE.peildatum)
    page.get_by_role("button", name="Zet vast").click()
    settle(page)
    vergelijking = page.locator("#lw-vergelijking")
    expect(vergelijking).to_contain_text("geen verschil")
    pinned = _sent(page)[-1]["vergelijk"]
    assert pinned == {"peildatum": REFUGEE.peildatum, "antwoorden": _form(REFUGEE.antwoorden)}

    page.fill("#lw-inkomen_werk", "1000")
    page.locator("#lw-inkomen_werk").blur()
    settle(page)
    after = {**_form(REFUGEE.antwoorden), "inkomen_werk": "1000"}
    expected = _python(peildatum=REFUGEE.peildatum, antwoorden=after, vergelijk=pinned)
    (bedrag,) = [d for d in expected["comparison"]["differences"] if d["kind"] == "bedrag"]

    # In the headline: a symbol and words, not colour alone.
    anders = page.locator(".lw-oordeel .lw-anders")
    expect(anders).to_contain_text("≠")
    expect(anders).to_contain_text(
        f"Anders dan vastgezet ({expected['result']['reference_date_text']})."
    )
    expect(anders).to_contain_text(f"Bedrag was: {bedrag['before']}.")
    # In the comparison: the amount's row, marked, with before, after and why.
    rij = vergelijking.locator('tr[data-kind="bedrag"]')
    expect(rij).to_have_class(re.compile(r"\blw-verschil--anders\b"))
    expect(rij.locator("th")).to_contain_text("≠ Bedrag")
    expect(rij.locator("td").nth(0)).to_have_text(bedrag["before"], use_inner_text=True)
    expect(rij.locator("td").nth(1)).to_have_text(bedrag["after"], use_inner_text=True)
    expect(vergelijking).to_contain_text(f"Waarom: {bedrag['why']}")
    page.get_by_role("button", name=re.compile(r"Bekijk (het verschil|de \d+ verschillen)")).click()
    expect(vergelijking).to_be_focused()

    # A changed status is marked where it shows.
    page.fill("#lw-leeftijd", "17")
    page.locator("#lw-leeftijd").blur()
    settle(page)
    expect(page.locator(".lw-kort .lw-status-uncertain .lw-was")).to_contain_text(
        "anders, was: voldaan"
    )
    expect(vergelijking.locator('tr[data-ref="leeftijd"]')).to_contain_text("Nog onzeker")

    page.get_by_role("button", name="Los de vastgezette uitkomst").click()
    settle(page)
    expect(vergelijking).to_be_hidden()
    expect(page.locator(".lw-anders")).to_have_count(0)
    expect(page.get_by_role("button", name="Zet vast")).to_be_focused()
    assert "vergelijk" not in _sent(page)[-1]


def test_two_dates_show_the_art_34_change_and_the_amount_on_one_projector_screen(
    browser: Browser, base_url: str
) -> None:
    antwoorden = _form(PARENTS.antwoorden)
    expected = _python(
        peildatum="2026-04-01",
        antwoorden=antwoorden,
        vergelijk={"peildatum": "2026-02-15", "antwoorden": antwoorden},
    )
    differences = expected["comparison"]["differences"]
    (bedrag,) = [d for d in differences if d["kind"] == "bedrag"]
    (regime,) = [d for d in differences if d["ref"] == "samenwonenden_regime"]
    assert bedrag["before"] != bedrag["after"]

    context = browser.new_context(viewport=PROJECTOR, locale="nl-BE")
    try:
        page = context.new_page()
        # A young adult with an earning parent, a new applicant, on 1 April 2026.
        _open_case(page, base_url, "?trainer&groot", PARENTS.antwoorden, "2026-04-01")
        _other_date(page, "2026-02-15")
        vergelijking = page.locator("#lw-vergelijking")
        expect(vergelijking.locator("h3")).to_contain_text("Twee datums naast elkaar")
        koppen = vergelijking.locator("thead th")
        expect(koppen.nth(1)).to_have_text("Op 15 februari 2026")
        expect(koppen.nth(2)).to_have_text("Op 1 april 2026")
        # Side by side: the outcome and the amount on each date.
        uitkomst = vergelijking.locator('tr[data-kind="uitkomst"] td')
        expect(uitkomst.nth(0)).to_contain_text(
            expected["comparison"]["result"]["headline"]["amount_text"]
        )
        expect(uitkomst.nth(1)).to_contain_text(expected["result"]["headline"]["amount_text"])
        bedrag_rij = vergelijking.locator('tr[data-kind="bedrag"]')
        expect(bedrag_rij.locator("td").nth(0)).to_have_text(bedrag["before"], use_inner_text=True)
        expect(bedrag_rij.locator("td").nth(1)).to_have_text(bedrag["after"], use_inner_text=True)
        regime_rij = vergelijking.locator('tr[data-ref="samenwonenden_regime"]')
        expect(regime_rij.locator("td").nth(0)).to_have_text(regime["before"], use_inner_text=True)
        expect(regime_rij.locator("td").nth(1)).to_have_text(regime["after"], use_inner_text=True)
        expect(regime_rij).to_contain_text("1 maart 2026")
        expect(page.locator(".lw-oordeel .lw-anders")).to_contain_text(
            "Anders dan op 15 februari 2026."
        )

        # One screen: the dates, the outcomes, the amount and the art. 34 change together.
        vergelijking.locator("table").evaluate("(t) => t.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(100)
        boxes = page.evaluate(
            """() => {
              const box = (s) => document.querySelector(s).getBoundingClientRect();
              return {
                header: box('.md-header').bottom,
                thead: box('#lw-vergelijking thead').top,
                bedrag: box('#lw-vergelijking tr[data-kind="bedrag"]').top,
                regime: box('#lw-vergelijking tr[data-ref="samenwonenden_regime"]').bottom,
                height: window.innerHeight,
                scroll: [document.documentElement.scrollWidth,
                         document.documentElement.clientWidth],
              };
            }"""
        )
        assert boxes["thead"] >= boxes["header"] - 1, boxes
        assert boxes["bedrag"] > boxes["thead"], boxes
        assert boxes["regime"] <= boxes["height"], boxes
        assert boxes["scroll"][0] <= boxes["scroll"][1], boxes

        # "Stop met vergelijken" ends it; a date outside the rules gets Python's message.
        page.get_by_role("button", name="Stop met vergelijken").click()
        settle(page)
        expect(vergelijking).to_be_hidden()
        _other_date(page, "2020-01-01")
        expect(page.locator("#lw-tweededatum-fout")).to_be_visible()
        expect(page.locator("#lw-tweededatum-fout")).not_to_be_empty()
    finally:
        context.close()


def test_groot_passes_axe_at_1280x720_and_shows_the_headline_and_its_cause_at_once(
    browser: Browser, base_url: str
) -> None:
    context = browser.new_context(bypass_csp=True, viewport=PROJECTOR, locale="nl-BE")
    try:
        page = context.new_page()
        _open_case(page, base_url, "?groot", EU_JOBSEEKER, "2026-12-01")
        assert page.evaluate("() => document.documentElement.classList.contains('lw-groot')")
        expect(page.locator("#lw-groot")).to_be_checked()
        first = page.evaluate(
            """() => ['.lw-oordeel', '.lw-kort'].map((s) => {
              const r = document.querySelector('#lw-resultaat ' + s).getBoundingClientRect();
              return [s, r.top, r.bottom];
            })"""
        )
        for selector, top, bottom in first:
            assert top >= 0 and bottom <= PROJECTOR["height"], (selector, top, bottom)
        expect(page.locator(".lw-kort")).to_contain_text("niet voldaan")
        # Larger type: running text of 20 px or more, the headline of 26 px or more.
        sizes = page.evaluate(
            """() => ['.lw-kort', '.lw-oordeel__tekst'].map((s) =>
              parseFloat(getComputedStyle(document.querySelector(s)).fontSize))"""
        )
        assert sizes[0] >= 20 and sizes[1] >= 26, sizes
        assert run_axe(page) == [], "projector view"
        # The outcome is settled: folding the open questions away keeps the trainers' switches.
        page.get_by_role("button", name=re.compile("Verberg die vra")).click()
        expect(page.locator("#lw-groep-trainer")).not_to_have_class(re.compile("overbodig"))

        # With the trainers' view, two dates and every fold open: still no violation.
        _open_case(page, base_url, "?groot&trainer", PARENTS.antwoorden, "2026-04-01")
        _other_date(page, "2026-02-15")
        page.evaluate(OPEN_ALL)
        assert run_axe(page) == [], "projector view with the trainers' view"
        small = page.evaluate(
            """() => [...document.querySelectorAll('#lw-trainer button, #lw-trainer summary,'
                + ' #lw-trainer a, #lw-trainer input, #lw-groep-trainer input')]
              .filter((e) => e.offsetParent !== null)
              .map((e) => { const r = e.getBoundingClientRect();
                            return [e.id || e.textContent.trim(), r.width, r.height]; })
              .filter(([, w, h]) => w < 24 || h < 24)"""
        )
        assert small == []
        # Keyboard focus is visible on the new controls.
        page.locator("#lw-zetvast").focus()
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Tab")
        outline = page.evaluate("() => getComputedStyle(document.activeElement).outlineStyle")
        assert outline != "none"
    finally:
        context.close()


def test_groot_reflows_at_320_px_without_horizontal_scroll(browser: Browser, base_url: str) -> None:
    context = browser.new_context(viewport={"width": 320, "height": 640}, locale="nl-BE")
    try:
        page = context.new_page()
        _open_case(page, base_url, "?groot&trainer", PARENTS.antwoorden, "2026-04-01")
        _other_date(page, "2026-02-15")
        page.evaluate(OPEN_ALL)
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert widths[0] <= widths[1], f"horizontal scroll: {widths}"
    finally:
        context.close()


def test_a_workshop_case_link_with_trainer_opens_with_the_trace_shown(
    page: Page, base_url: str
) -> None:
    page.goto(f"{base_url}casussen/")
    # The case's own link on the Casussen page, with the switch added before its "#".
    href = page.locator('a[data-lw-casus="yasmina-april-2026"]').evaluate("(a) => a.href")
    assert href.startswith(f"{base_url}checker/#a=")
    page.goto(href.replace("#", "?trainer#", 1))
    wait_ready(page)
    assert page.url.split("#")[0] == f"{base_url}checker/?trainer"
    expect(page.locator("#lw-status")).to_contain_text("Antwoorden ingevuld uit de link")
    expect(page.locator("#lw-trainer")).to_be_visible()
    expect(page.locator("#lw-trainer-aan")).to_be_checked()
    bestaansmiddelen = page.locator('#lw-spoor details[data-condition="bestaansmiddelen"]')
    expect(bestaansmiddelen).to_have_count(1)
    bestaansmiddelen.locator("summary").click()
    expect(bestaansmiddelen.locator('[data-parameter="samenwonenden_regime"]')).to_contain_text(
        "Geldig vanaf 1 maart 2026."
    )
