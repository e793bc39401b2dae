"""The checker page as a visitor uses it: fill, read, fix, share, reset, navigate.

Every test drives the built site in Chromium; Python runs in the page's worker.
"""

from __future__ import annotations

import re
from typing import Any

from browser_helpers import (
    fill_answers,
    open_checker,
    poll,
    settle,
    shown_result,
    wait_js,
    wait_ready,
)
from playwright.sync_api import Browser, Page, expect

from checker import evaluate
from checker.schema import questionnaire
from checker.voorbeelden import VOORBEELDEN

REFUGEE = VOORBEELDEN["alleenstaande-vluchteling-deeltijds"]


def test_a_refugee_working_part_time_sees_744_51_with_every_step(page: Page, base_url: str) -> None:
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)

    result = page.locator("#lw-resultaat")
    expect(result.locator(".lw-oordeel")).to_contain_text(
        "Je hebt waarschijnlijk recht op een leefloon."
    )
    expect(result.locator(".lw-oordeel .lw-symbool")).to_have_text("✓")
    bedrag = result.locator(".lw-bedrag")
    expect(bedrag).to_contain_text("€ 744,51 per maand")
    expect(bedrag).to_contain_text("geldig vanaf 1 februari 2025")
    tabel = bedrag.locator("table.lw-berekening")
    expect(tabel.locator("caption")).to_contain_text("stap voor stap")
    expect(tabel).to_contain_text("Min de socio-professionele vrijstelling")
    expect(tabel).to_contain_text("− € 309,48")
    # Every condition: status in words, an article and a link to its page.
    for c in evaluate(REFUGEE.antwoorden, REFUGEE.peildatum).conditions:
        item = result.locator(f'[data-condition="{c.id}"]')
        expect(item.locator(".lw-badge")).to_contain_text("Voldaan")
        expect(item).to_contain_text("Artikel: art. 3")
        link = item.locator(f'a[href="../{c.page}"]')
        expect(link).to_have_count(1)
    # Next steps are there, with the appeal step.
    expect(result).to_contain_text("Wat kun je nu doen?")
    # The answers summary lists the relevant answers with "Wijzig" links.
    summary = page.locator("#lw-samenvatting")
    expect(summary).to_contain_text("Ik ben erkend als vluchteling")
    expect(summary).to_contain_text("€ 900 per maand")
    expect(summary.get_by_role("link", name="Wijzig Leeftijd")).to_have_count(1)


def test_the_questions_are_static_html_and_follow_ups_start_hidden(
    page: Page, base_url: str
) -> None:
    # Block the worker: what the visitor sees before Python is loaded.
    page.route(re.compile(r".*/javascripts/worker\.js.*"), lambda route: route.abort())
    page.goto(f"{base_url}checker/")
    qn = questionnaire()
    for group in qn["groups"]:
        expect(page.locator(f"#lw-groep-{group['id']} > legend")).to_have_text(group["title"])
    for q in qn["questions"]:
        wrap = page.locator(f"#lw-vraag-{q['id']}")
        expect(wrap).to_have_count(1)
        if q["relevant_if"]:
            expect(wrap).to_be_hidden()
        else:
            expect(wrap).to_be_visible()
        if q["type"] in ("geheel", "bedrag"):
            field = page.locator(f"#lw-{q['id']}")
            assert field.get_attribute("type") == "text"
            assert field.get_attribute("inputmode") == (
                "decimal" if q["type"] == "bedrag" else "numeric"
            )
            described = field.get_attribute("aria-describedby") or ""
            assert f"lw-{q['id']}-hulp" in described.split()
            expect(page.locator(f'label[for="lw-{q["id"]}"]')).to_have_text(q["label"])
        else:
            expect(wrap.locator("legend")).to_have_text(q["label"])
            expect(wrap.get_by_label("Weet ik niet")).to_have_count(1)
    date = page.locator("#lw-peildatum")
    assert date.get_attribute("min") == qn["covered_from"]
    assert date.get_attribute("max") == qn["covered_until"]
    # The form is fillable before Python has loaded.
    page.get_by_label("Ik ben Belg").check()
    page.fill("#lw-leeftijd", "40")
    expect(page.locator("#lw-leeftijd")).to_have_value("40")


def test_python_decides_which_questions_show_and_hidden_answers_are_kept(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    page.fill("#lw-peildatum", "2025-03-01")
    page.locator("#lw-vraag-woont_in_belgie").get_by_label("Ja", exact=True).check()
    settle(page)
    expect(page.locator("#lw-vraag-dagen_buitenland")).to_be_visible()
    page.fill("#lw-dagen_buitenland", "40")
    settle(page)
    expect(page.locator("#lw-vraag-buitenland_gemeld")).to_be_visible()
    expect(page.locator("#lw-vraag-buitenland_uitzonderlijk")).to_be_visible()

    page.locator("#lw-vraag-woont_in_belgie").get_by_label("Nee", exact=True).check()
    settle(page)
    expect(page.locator("#lw-vraag-dagen_buitenland")).to_be_hidden()
    expect(page.locator("#lw-vraag-buitenland_gemeld")).to_be_hidden()

    page.locator("#lw-vraag-woont_in_belgie").get_by_label("Ja", exact=True).check()
    settle(page)
    expect(page.locator("#lw-dagen_buitenland")).to_have_value("40")  # nothing typed is lost
    expect(page.locator("#lw-vraag-buitenland_gemeld")).to_be_visible()

    page.fill("#lw-leeftijd", "16")
    settle(page)
    expect(page.locator("#lw-vraag-zwanger")).to_be_visible()
    page.fill("#lw-leeftijd", "30")
    settle(page)
    expect(page.locator("#lw-vraag-zwanger")).to_be_hidden()


def test_unknown_answers_show_as_not_filled_in_and_nog_nodig_links_focus_the_field(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    page.fill("#lw-peildatum", "2025-03-01")
    page.get_by_label("Ik ben Belg").check()
    settle(page)
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "uncertain")
    expect(page.locator(".lw-oordeel .lw-symbool")).to_have_text("?")
    expect(page.locator('[data-condition="leeftijd"] .lw-badge')).to_contain_text("Nog onzeker")
    rij = page.locator(".lw-samenvatting__rij", has=page.locator("dt", has_text="Leeftijd"))
    expect(rij).to_contain_text("Niet ingevuld")

    nog_nodig = page.locator("ul.lw-nognodig")
    expect(nog_nodig.get_by_role("link", name="Leeftijd")).to_have_count(1)
    nog_nodig.get_by_role("link", name="Leeftijd").click()
    expect(page.locator("#lw-leeftijd")).to_be_focused()
    assert "#lw-" not in page.url  # the link focuses, it does not change the fragment

    rij.get_by_role("link", name="Wijzig Leeftijd").click()
    expect(page.locator("#lw-leeftijd")).to_be_focused()
    # "Wijzig" on a radio question focuses its chosen option.
    status = page.locator(
        ".lw-samenvatting__rij", has=page.locator("dt", has_text="Verblijfsstatus")
    )
    status.get_by_role("link").click()
    expect(page.get_by_label("Ik ben Belg")).to_be_focused()


def test_a_bad_number_shows_the_dutch_message_next_to_the_field_and_keeps_the_rest(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    page.fill("#lw-inkomen_werk", "12,345")
    settle(page)

    field = page.locator("#lw-inkomen_werk")
    message = page.locator("#lw-inkomen_werk-fout")
    expect(message).to_be_visible()
    expect(message).to_contain_text("vul een bedrag in euro in")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert "lw-inkomen_werk-fout" in (field.get_attribute("aria-describedby") or "").split()
    summary = page.locator("#lw-foutoverzicht")
    expect(summary).to_be_visible()
    expect(summary).to_contain_text("Verbeter eerst dit")
    # No wrong answer: the result is hidden while an answer is wrong.
    expect(page.locator("#lw-resultaat")).to_be_hidden()
    # Every other answer is kept.
    expect(page.get_by_label("Ik ben erkend als vluchteling")).to_be_checked()
    expect(page.locator("#lw-leeftijd")).to_have_value("34")

    summary.get_by_role("link").first.click()
    expect(field).to_be_focused()

    field.fill("900")
    settle(page)
    expect(message).to_be_hidden()
    expect(field).not_to_have_attribute("aria-invalid", "true")
    expect(summary).to_be_hidden()
    expect(page.locator(".lw-bedrag")).to_contain_text("€ 744,51")


def test_a_share_link_restores_the_answers_and_the_same_result(
    browser: Browser, page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    before = shown_result(page)
    page.get_by_role("button", name="Deel deze antwoorden").click()
    link = page.locator("#lw-deelurl").input_value()
    assert link.startswith(f"{base_url}checker/#a=")
    assert "?" not in link  # answers only after the '#', never in the query string
    assert page.url == link

    other = page.context.new_page()
    other.goto(link)
    wait_js(other, "() => window.__lwPerf && window.__lwPerf.firstResult !== null", 60_000)
    settle(other)
    expect(other.get_by_label("Ik ben erkend als vluchteling")).to_be_checked()
    expect(other.locator("#lw-inkomen_werk")).to_have_value("900")
    expect(other.locator("#lw-peildatum")).to_have_value(REFUGEE.peildatum)
    assert shown_result(other) == before

    # A changed answer updates the link, so it never carries old answers.
    page.fill("#lw-leeftijd", "35")
    settle(page)
    assert page.locator("#lw-deelurl").input_value() == page.url != link

    # hashchange: opening another shared link on the same page restores it too.
    other.evaluate("(h) => { location.hash = h; }", "#" + page.url.split("#", 1)[1])
    settle(other)
    expect(other.locator("#lw-leeftijd")).to_have_value("35")


def test_opnieuw_beginnen_clears_the_answers_and_the_fragment(page: Page, base_url: str) -> None:
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    page.get_by_role("button", name="Deel deze antwoorden").click()
    assert "#a=" in page.url
    page.get_by_role("button", name="Opnieuw beginnen").click()
    settle(page)
    assert "#" not in page.url
    expect(page.get_by_label("Ik ben erkend als vluchteling")).not_to_be_checked()
    expect(page.locator("#lw-leeftijd")).to_have_value("")
    expect(page.locator("#lw-peildatum")).not_to_have_value("")
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "uncertain")
    expect(page.locator("#lw-deellink")).to_be_hidden()


def test_instant_navigation_away_and_back_keeps_one_worker_and_the_form_works(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    page.evaluate("() => { window.__lwSameDocument = true; }")
    nav = page.locator(".md-sidebar--primary")
    nav.get_by_role("link", name="Leeftijd", exact=True).click()
    page.wait_for_url(f"{base_url}voorwaarden/leeftijd/")
    expect(page.locator("h1")).to_be_visible()
    assert page.evaluate("() => window.__lwSameDocument === true"), "instant navigation is off"

    nav.get_by_role("link", name="Doe de test", exact=True).click()
    page.wait_for_url(f"{base_url}checker/")
    wait_js(page, "() => document.getElementById('lw-checker')?.dataset.lwBound === '1'")
    assert page.evaluate("() => window.__lwSameDocument === true")
    results_before = page.evaluate("() => window.__lwPerf.results")
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    expect(page.locator(".lw-bedrag")).to_contain_text("€ 744,51")
    assert page.evaluate("() => window.__lwPerf.results") > results_before
    assert page.evaluate("() => window.__lwPerf.workersCreated") == 1


def test_a_rules_load_failure_shows_a_dutch_message_with_the_condition_pages(
    page: Page, base_url: str
) -> None:
    page.route(re.compile(r".*/assets/pyodide/.*/pyodide\.mjs$"), lambda r: r.fulfill(status=404))
    page.goto(f"{base_url}checker/")
    status = page.locator("#lw-status")
    expect(status).to_contain_text("De rekenregels konden niet laden", timeout=40_000)
    expect(status).to_have_attribute("role", "status")
    expect(status.get_by_role("link", name="de zes voorwaarden")).to_have_attribute(
        "href", "../voorwaarden/"
    )
    page.get_by_label("Ik ben Belg").check()  # the form still takes answers
    expect(page.get_by_label("Ik ben Belg")).to_be_checked()


def test_while_loading_the_page_says_so_politely_and_early_answers_count(
    page: Page, base_url: str
) -> None:
    release: dict[str, Any] = {}

    def hold(route: Any) -> None:
        release["route"] = route

    page.route(re.compile(r".*/javascripts/worker\.js.*"), hold)
    page.goto(f"{base_url}checker/")
    status = page.locator("#lw-status")
    expect(status).to_have_text(re.compile("De rekenregels worden geladen…"))
    expect(status).to_have_attribute("aria-live", "polite")

    # Answers given while Python loads count as soon as it is there.
    page.fill("#lw-peildatum", REFUGEE.peildatum)
    page.get_by_label("Ik ben erkend als vluchteling").check()
    page.fill("#lw-leeftijd", "34")
    poll(lambda: "route" in release)
    release["route"].continue_()
    wait_ready(page)
    expect(status).to_be_hidden()
    summary = page.locator("#lw-samenvatting")
    expect(summary).to_contain_text("Ik ben erkend als vluchteling")
    expect(summary).to_contain_text("34 jaar")
    expect(page.locator('[data-condition="nationaliteit"]')).to_have_attribute("data-status", "met")
    expect(page.locator('[data-condition="leeftijd"]')).to_have_attribute("data-status", "met")


def test_without_javascript_the_noscript_text_points_to_the_conditions(
    browser: Browser, base_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(f"{base_url}checker/")
        note = page.locator(".lw-noscript")
        expect(note).to_be_visible()
        expect(note).to_contain_text("JavaScript")
        expect(note.get_by_role("link")).to_have_attribute("href", "../voorwaarden/")
        # The questions can still be read.
        expect(page.locator("#lw-vraag-verblijfsstatus legend")).to_be_visible()
    finally:
        context.close()


def test_a_snapshot_made_for_other_rules_is_refused_and_python_starts_normally(
    browser: Browser, base_url: str
) -> None:
    context = browser.new_context(locale="nl-BE")
    try:
        page = context.new_page()
        open_checker(page, base_url)
        wait_js(page, "() => window.__lwPerf.snapshotCached === true", 60_000)
        page.close()

        # The next page claims other rules: the cached snapshot does not match them.
        def other_rules(route: Any) -> None:
            html = route.fetch().text()
            html = re.sub(
                r"(rules_name(?:&#34;|&quot;|\")\s*:\s*(?:&#34;|&quot;|\"))leefloon-regels-",
                r"\1anders-",
                html,
            )
            route.fulfill(body=html, content_type="text/html; charset=utf-8")

        page = context.new_page()
        page.route(f"{base_url}checker/", other_rules)
        open_checker(page, base_url)
        assert page.evaluate("() => window.__lwPerf.bootSource") == "normal"
        fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
        expect(page.locator(".lw-bedrag")).to_contain_text("€ 744,51")
    finally:
        context.close()
