"""The checker page as a visitor uses it: fill, read, fix, share, reset, navigate, print.

Every test drives the built site in Chromium; Python runs in the page's worker. The phone
tests use a 360 × 740 touch screen, as most of the site's readers do.
"""

from __future__ import annotations

import re
from typing import Any

from browser_helpers import (
    EU_JOBSEEKER,
    PARENTS,
    REFUGEE,
    fill_answers,
    first_view_words,
    open_checker,
    poll,
    set_date,
    settle,
    share_fragment,
    shown_result,
    wait_js,
    wait_ready,
)
from playwright.sync_api import Browser, BrowserContext, Page, expect

from checker import evaluate
from checker.schema import questionnaire

HOUSEHOLD_OF_THREE = [
    {"relatie": "ouder", "inkomen": "1.200", "kinderbijslag": "0"},
    {"relatie": "ouder", "inkomen": "0", "kinderbijslag": "0"},
    {"relatie": "andere_familie"},
]


def _open(page: Page) -> None:
    """Open every fold of the result (as a reader who wants the details)."""
    page.evaluate(
        "() => document.querySelectorAll('#lw-resultaat details')"
        ".forEach((d) => { d.open = true; })"
    )


def test_a_refugee_working_part_time_sees_744_51_and_the_first_step_at_once(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)

    result = page.locator("#lw-resultaat")
    kop = result.locator(".lw-oordeel")
    expect(kop).to_contain_text("Je hebt waarschijnlijk recht op een leefloon.")
    expect(kop.locator(".lw-symbool")).to_have_text("✓")
    expect(kop).to_contain_text("Je leefloon: € 744,51 per maand")
    expect(kop).to_contain_text("Vraag het leefloon aan bij het OCMW")
    expect(kop).not_to_contain_text("versie")  # no rules version in the headline
    # The details are folded: the calculation opens on demand.
    bedrag = result.locator("details.lw-bedrag")
    expect(bedrag.locator("summary")).to_have_text("Je leefloon, stap voor stap")
    expect(bedrag.locator("table")).to_be_hidden()
    bedrag.locator("summary").click()
    tabel = bedrag.locator("table.lw-berekening")
    expect(tabel).to_be_visible()
    expect(tabel).to_contain_text("− € 309,48")
    expect(bedrag).to_contain_text("geldt vanaf 1 februari 2025")
    # Every condition: one line with a link to its page; in the fold its reasons and article.
    _open(page)
    for c in evaluate(REFUGEE.antwoorden, REFUGEE.peildatum).conditions:
        item = result.locator(f'[data-condition="{c.id}"]')
        expect(item.locator(".lw-badge")).to_contain_text("Voldaan")
        expect(item).to_contain_text("Artikel: art. 3")
        expect(item.locator(f'a[href="../{c.page}"]')).to_have_count(1)
        expect(result.locator(f'.lw-kort a[href="../{c.page}"]')).to_have_count(1)
    expect(result).to_contain_text("Wat kun je nu doen?")
    # The answers summary lists the relevant answers with "Wijzig" links.
    summary = page.locator("#lw-samenvatting")
    expect(summary).to_contain_text("Ik ben erkend als vluchteling")
    expect(summary).to_contain_text("€ 900 per maand")
    expect(summary.get_by_role("link", name="Wijzig Leeftijd")).to_have_count(1)


def test_the_questions_are_static_html_and_work_before_python_loads(
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
            assert field.get_attribute("name") == q["id"]
            assert field.get_attribute("inputmode") == (
                "decimal" if q["type"] == "bedrag" else "numeric"
            )
            described = field.get_attribute("aria-describedby") or ""
            assert f"lw-{q['id']}-hulp" in described.split()
            expect(page.locator(f'label[for="lw-{q["id"]}"]')).to_have_text(q["label"])
        elif q["type"] == "lijst":
            expect(wrap.locator("legend").first).to_have_text(q["label"])
            expect(wrap.locator("#lw-vraag-huisgenoten-0")).to_have_count(1)
            expect(wrap.locator("button[data-lw-voegtoe]")).to_have_text("Voeg een huisgenoot toe")
        else:
            expect(wrap.locator("legend").first).to_have_text(q["label"])
            expect(wrap.get_by_label("Weet ik niet")).to_have_count(1)
    # The date is under "Meer opties", with the covered period.
    date = page.locator("#lw-peildatum")
    assert date.get_attribute("min") == qn["covered_from"]
    assert date.get_attribute("max") == qn["covered_until"]
    expect(date).to_be_hidden()
    page.locator("#lw-meeropties > summary").click()
    expect(date).to_be_visible()
    # The form is fillable, and the summary follows, before Python has loaded.
    page.get_by_label("Ik ben Belg").check()
    page.fill("#lw-leeftijd", "40")
    expect(page.locator("#lw-leeftijd")).to_have_value("40")
    summary = page.locator("#lw-samenvatting")
    expect(summary).to_contain_text("Ik ben Belg")
    expect(summary).to_contain_text("40 jaar")
    page.wait_for_function("() => location.hash.startsWith('#a=')")  # in the address already


def test_python_decides_which_questions_show_and_announces_them_politely(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    set_date(page, "2025-03-01")
    page.locator("#lw-vraag-woont_in_belgie").get_by_label("Ja", exact=True).check()
    settle(page)
    expect(page.locator("#lw-vraag-dagen_buitenland")).to_be_visible()
    melding = page.locator("#lw-melding")
    expect(melding).to_have_attribute("aria-live", "polite")
    expect(melding).to_contain_text("Nieuwe vraag: Dagen in het buitenland")
    page.fill("#lw-dagen_buitenland", "40")
    settle(page)
    expect(page.locator("#lw-vraag-buitenland_gemeld")).to_be_visible()
    expect(page.locator("#lw-vraag-buitenland_uitzonderlijk")).to_be_visible()

    page.locator("#lw-vraag-woont_in_belgie").get_by_label("Nee", exact=True).check()
    settle(page)
    expect(page.locator("#lw-vraag-dagen_buitenland")).to_be_hidden()
    expect(page.locator("#lw-vraag-buitenland_gemeld")).to_be_hidden()
    expect(melding).to_contain_text("3 vragen zijn weggevallen")

    page.locator("#lw-vraag-woont_in_belgie").get_by_label("Ja", exact=True).check()
    settle(page)
    expect(page.locator("#lw-dagen_buitenland")).to_have_value("40")  # nothing typed is lost
    expect(page.locator("#lw-vraag-buitenland_gemeld")).to_be_visible()


def test_missing_answers_link_to_their_field_and_the_summary_says_niet_ingevuld(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    page.get_by_label("Ik ben Belg").check()
    settle(page)
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "uncertain")
    expect(page.locator(".lw-oordeel .lw-symbool")).to_have_text("?")
    rij = page.locator(".lw-samenvatting__rij", has=page.locator("dt", has_text="Leeftijd"))
    expect(rij).to_contain_text("Niet ingevuld")

    nog_nodig = page.locator("p.lw-nognodig")
    expect(nog_nodig).to_contain_text("Nog nodig:")
    nog_nodig.get_by_role("link").first.click()
    first = page.evaluate("() => document.activeElement.name")
    assert first == "woont_in_belgie"
    assert "#a=" in page.url  # the link focuses, it does not change the fragment

    rij.get_by_role("link", name="Wijzig Leeftijd").click()
    expect(page.locator("#lw-leeftijd")).to_be_focused()
    status = page.locator(
        ".lw-samenvatting__rij", has=page.locator("dt", has_text="Verblijfsstatus")
    )
    status.get_by_role("link").click()
    expect(page.get_by_label("Ik ben Belg")).to_be_focused()


def test_typing_1_314_20_key_by_key_shows_no_error_and_a_wrong_amount_keeps_the_result(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    field = page.locator("#lw-inkomen_werk")
    field.fill("")
    field.click()
    message = page.locator("#lw-inkomen_werk-fout")
    box = page.locator("#lw-foutoverzicht")
    for ch in "1.314,20":
        page.keyboard.type(ch)
        page.wait_for_timeout(150)
        assert message.is_hidden() and box.is_hidden(), f"an error showed after '{ch}'"
        assert "klopt" not in (page.locator("#lw-melding").text_content() or "")
    settle(page)
    expect(page.locator(".lw-oordeel")).to_be_visible()

    # A wrong amount: the message shows once the field is left, the result stays.
    field.fill("12,345")
    field.press("Tab")
    settle(page)
    expect(message).to_be_visible()
    expect(message).to_contain_text("vul een bedrag in euro in")
    expect(field).to_have_attribute("aria-invalid", "true")
    assert "lw-inkomen_werk-fout" in (field.get_attribute("aria-describedby") or "").split()
    expect(box).to_be_visible()
    expect(box).to_contain_text("Kijk dit antwoord na")
    expect(page.locator(".lw-oordeel")).to_be_visible()
    expect(page.locator(".lw-zonder")).to_contain_text("rekent nog zonder")
    summary_row = page.locator(".lw-samenvatting__rij--fout")
    expect(summary_row).to_contain_text("Klopt niet")
    expect(page.get_by_label("Ik ben erkend als vluchteling", exact=True)).to_be_checked()
    expect(page.locator("#lw-leeftijd")).to_have_value("34")

    box.get_by_role("link").first.click()
    expect(field).to_be_focused()
    field.fill("900")
    field.press("Tab")
    settle(page)
    expect(message).to_be_hidden()
    expect(field).not_to_have_attribute("aria-invalid", "true")
    expect(box).to_be_hidden()
    expect(page.locator(".lw-oordeel")).to_contain_text("€ 744,51")


def test_a_household_of_three_is_filled_summarised_shared_and_printed(
    browser: Browser, page: Page, base_url: str
) -> None:
    antwoorden = {**PARENTS.antwoorden, "huisgenoten": HOUSEHOLD_OF_THREE}
    open_checker(page, base_url)
    filled = fill_answers(page, PARENTS.peildatum, antwoorden)
    assert "huisgenoten.2.relatie" in filled
    expect(page.locator("#lw-huisgenoten-lijst > li")).to_have_count(3)
    # Python decides which fields each housemate has: a brother's income does not count.
    expect(page.locator("#lw-vraag-huisgenoten-0-inkomen")).to_be_visible()
    expect(page.locator("#lw-vraag-huisgenoten-2-inkomen")).to_be_hidden()
    expected = evaluate(antwoorden, PARENTS.peildatum)
    shown = shown_result(page)
    assert shown["outcome"] == expected.outcome.value
    assert expected.amount is not None
    assert shown["amount"] == f"{expected.amount.monthly_amount:.2f}"
    summary = page.locator("#lw-samenvatting")
    for n in (1, 2, 3):
        expect(summary.locator("dt", has_text=f"Huisgenoot {n}")).to_have_count(1)
    expect(summary).to_contain_text("inkomen: € 1.200 per maand")
    expect(summary).to_contain_text("Andere familie")

    # The share link carries the household.
    other = page.context.new_page()
    other.goto(page.url)
    wait_ready(other)
    expect(other.locator("#lw-huisgenoten-lijst > li")).to_have_count(3)
    expect(other.locator("#lw-huisgenoten-0-inkomen")).to_have_value("1.200")
    expect(
        other.locator('input[name="huisgenoten.2.relatie"][value="andere_familie"]')
    ).to_be_checked()
    assert shown_result(other)["amount"] == shown["amount"]
    other.close()

    # Removing the second housemate moves the third up; focus stays in the list.
    page.get_by_role("button", name="Verwijder huisgenoot 2").click()
    settle(page)
    expect(page.locator("#lw-huisgenoten-lijst > li")).to_have_count(2)
    expect(
        page.locator('input[name="huisgenoten.1.relatie"][value="andere_familie"]')
    ).to_be_checked()
    expect(page.locator("#lw-melding")).to_contain_text("Huisgenoot 2 is verwijderd")
    assert page.evaluate(
        "() => document.getElementById('lw-huisgenoten-lijst').contains(document.activeElement)"
    )

    # The printout: site, address and date; the household and the whole result; no form.
    page.emulate_media(media="print")
    kop = page.locator("#lw-printkop")
    expect(kop).to_be_visible()
    expect(kop).to_contain_text("Leefloonwijzer")
    expect(kop).to_contain_text(f"{base_url}checker/")
    expect(kop).to_contain_text("Afgedrukt op")
    expect(page.locator("#lw-formulier")).to_be_hidden()
    expect(page.locator(".lw-scherm")).to_be_hidden()
    expect(summary).to_contain_text("Huisgenoot 2")
    links = page.locator("#lw-resultaat a[data-lw-url]")
    assert links.count() > 0
    assert (links.first.get_attribute("data-lw-url") or "").startswith(base_url)
    page.emulate_media(media="screen")


def test_bad_housemate_answers_name_the_housemate_and_the_field_and_keep_the_rest(
    page: Page, base_url: str
) -> None:
    open_checker(page, base_url)
    fill_answers(page, PARENTS.peildatum, {**PARENTS.antwoorden, "huisgenoten": HOUSEHOLD_OF_THREE})
    field = page.locator("#lw-huisgenoten-1-inkomen")
    field.fill("-50")
    field.press("Tab")
    settle(page)
    message = page.locator("#lw-huisgenoten-1-inkomen-fout")
    expect(message).to_contain_text("Huisgenoot 2, inkomen: een bedrag kan niet negatief zijn.")
    expect(page.locator("#lw-foutoverzicht")).to_contain_text("Huisgenoot 2")
    expect(page.locator(".lw-zonder")).to_contain_text("Huisgenoot 2: inkomen")
    expect(page.locator(".lw-oordeel")).to_be_visible()
    expect(page.locator("#lw-huisgenoten-0-inkomen")).to_have_value("1.200")

    # An unknown relation and too many housemates, from a link: a message, the rest kept.
    rows: list[dict[str, Any]] = [{"relatie": "buurman"}, {"relatie": "ouder", "inkomen": "10"}]
    page.goto(
        f"{base_url}checker/"
        + share_fragment({"samenwonend": True, "leeftijd": 30, "huisgenoten": rows})
    )
    wait_ready(page)
    settle(page)
    expect(page.locator("#lw-huisgenoten-0-relatie-fout")).to_contain_text(
        "Huisgenoot 1, relatie: kies een van de mogelijke antwoorden."
    )
    expect(page.locator("#lw-leeftijd")).to_have_value("30")
    many = [{"relatie": "vriend_ander"}] * 21
    page.goto(f"{base_url}checker/" + share_fragment({"samenwonend": True, "huisgenoten": many}))
    wait_ready(page)
    settle(page)
    expect(page.locator("#lw-huisgenoten-fout")).to_contain_text("hoogstens 20 huisgenoten")
    expect(page.get_by_role("button", name="Voeg een huisgenoot toe")).to_have_attribute(
        "aria-disabled", "true"
    )
    page.get_by_role("button", name="Verwijder huisgenoot 21").click()
    settle(page)
    expect(page.locator("#lw-huisgenoten-fout")).to_be_hidden()


def test_the_eu_job_seeker_sees_no_leefloon_amount_and_may_still_apply(
    phone: BrowserContext, base_url: str
) -> None:
    page = phone.new_page()
    open_checker(page, base_url)
    fill_answers(page, "2026-12-01", EU_JOBSEEKER)
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "not_eligible")
    _open(page)
    text = page.locator("main").inner_text()
    assert not re.search(r"je leefloon", text, re.I), "a 'no' must not show 'je leefloon'"
    expect(page.locator(".lw-oordeel")).to_contain_text("Je mag toch een aanvraag doen")
    # The outcome is settled: the page says so and can fold the open questions away.
    beslist = page.locator("#lw-beslist")
    expect(beslist).to_contain_text("De uitkomst staat vast")
    beslist.get_by_role("button", name="Verberg die vragen").click()
    expect(page.locator("#lw-vraag-leeftijd")).to_be_hidden()
    expect(beslist.get_by_role("button")).to_have_attribute("aria-expanded", "false")


def test_on_a_phone_the_outcome_bar_shows_the_answer_and_takes_you_to_it(
    phone: BrowserContext, base_url: str
) -> None:
    page = phone.new_page()
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    field = page.locator("#lw-andere_inkomsten")
    field.scroll_into_view_if_needed()
    bar = page.locator("#lw-balk")
    expect(bar).to_be_visible()
    expect(bar).to_contain_text("Je hebt waarschijnlijk recht op een leefloon.")
    expect(bar).to_contain_text("€ 744,51")
    box = bar.bounding_box()
    assert box is not None and box["y"] >= 0 and box["y"] + box["height"] <= 740 + 1
    assert box["height"] <= 120, f"the bar is too tall: {box['height']} px"
    bar.get_by_role("button", name="Bekijk je uitkomst").click()
    expect(page.locator("#lw-uitkomst-titel")).to_be_focused()
    titel = page.locator(".lw-oordeel").bounding_box()
    assert titel is not None and 0 <= titel["y"] < 740


def test_answers_survive_lees_meer_and_back_and_a_reload_on_a_phone(
    phone: BrowserContext, base_url: str
) -> None:
    page = phone.new_page()
    open_checker(page, base_url)
    household = {**PARENTS.antwoorden, "huisgenoten": HOUSEHOLD_OF_THREE}
    fill_answers(page, PARENTS.peildatum, household)
    page.locator(".lw-kort a").first.click()
    page.wait_for_url(re.compile(r".*/voorwaarden/.*"))
    page.go_back()
    wait_js(page, "() => document.getElementById('lw-checker')?.dataset.lwBound === '1'")
    settle(page)
    expect(page.locator("#lw-leeftijd")).to_have_value("22")
    expect(page.locator("#lw-huisgenoten-lijst > li")).to_have_count(3)
    expect(page.locator("#lw-huisgenoten-0-inkomen")).to_have_value("1.200")
    expect(page.locator("#lw-peildatum")).to_have_value(PARENTS.peildatum)
    assert "#a=" in page.url
    expect(page.locator("#lw-status")).not_to_contain_text("uit de link")

    page.reload()
    wait_ready(page)
    expect(page.locator("#lw-leeftijd")).to_have_value("22")
    expect(page.locator("#lw-huisgenoten-lijst > li")).to_have_count(3)
    expect(page.locator("#lw-status")).not_to_contain_text("uit de link")
    # No link in the result leads back to an empty checker.
    hrefs = page.eval_on_selector_all("#lw-resultaat a[href]", "els => els.map(e => e.href)")
    assert not [h for h in hrefs if h.split("#")[0].endswith("/checker/")]


def test_a_share_link_says_it_filled_the_answers_and_gives_the_same_result(
    page: Page, base_url: str
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
    wait_ready(other)
    expect(other.locator("#lw-status")).to_contain_text("Antwoorden ingevuld uit de link.")
    expect(other.get_by_label("Ik ben erkend als vluchteling", exact=True)).to_be_checked()
    expect(other.locator("#lw-inkomen_werk")).to_have_value("900")
    expect(other.locator("#lw-peildatum")).to_have_value(REFUGEE.peildatum)
    assert shown_result(other)["text"] == before["text"]

    # A changed answer updates the address and the link.
    page.fill("#lw-leeftijd", "35")
    page.locator("#lw-leeftijd").blur()
    settle(page)
    page.wait_for_function("(l) => location.href !== l", arg=link)
    assert page.locator("#lw-deelurl").input_value() == page.url

    # hashchange: opening another shared link on the same page restores it too.
    other.evaluate("(h) => { location.hash = h; }", "#" + page.url.split("#", 1)[1])
    settle(other)
    expect(other.locator("#lw-leeftijd")).to_have_value("35")


def test_opnieuw_beginnen_clears_the_answers_and_can_be_undone(page: Page, base_url: str) -> None:
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    page.get_by_role("button", name="Deel deze antwoorden").click()
    page.get_by_role("button", name="Opnieuw beginnen").click()
    settle(page)
    assert "#" not in page.url
    expect(page.get_by_label("Ik ben erkend als vluchteling", exact=True)).not_to_be_checked()
    expect(page.locator("#lw-leeftijd")).to_have_value("")
    expect(page.locator("#lw-peildatum")).not_to_have_value("")
    expect(page.locator("[data-outcome]")).to_have_attribute("data-outcome", "uncertain")
    expect(page.locator("#lw-deellink")).to_be_hidden()

    page.get_by_role("button", name="Zet ze terug").click()
    settle(page)
    expect(page.get_by_label("Ik ben erkend als vluchteling", exact=True)).to_be_checked()
    expect(page.locator("#lw-leeftijd")).to_have_value("34")
    expect(page.locator(".lw-oordeel")).to_contain_text("€ 744,51")
    assert "#a=" in page.url


# Put in front of the worker for one test: a run with age 4242 fails as a Python exception
# would ("run-error"), one with age 4343 as an older worker reported it ("error").
_RAISING_WORKER = """
self.addEventListener("message", (e) => {
  const m = e.data || {};
  if (m.type !== "run" || typeof m.payload !== "string") return;
  if (m.payload.includes('"leeftijd":"4242"')) {
    e.stopImmediatePropagation();
    self.postMessage({ type: "run-error", id: m.id, message: "RecursionError (test)" });
  } else if (m.payload.includes('"leeftijd":"4343"')) {
    e.stopImmediatePropagation();
    self.postMessage({ type: "error", message: "RecursionError (test)" });
  }
});
"""


def test_a_python_error_mid_session_shows_a_message_and_the_next_answer_works(
    page: Page, base_url: str
) -> None:
    def raising(route: Any) -> None:
        body = route.fetch().text()
        route.fulfill(body=_RAISING_WORKER + body, content_type="text/javascript")

    page.route(re.compile(r".*/javascripts/worker\.js.*"), raising)
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    laden = page.locator("#lw-laden")
    leeftijd = page.locator("#lw-leeftijd")
    for broken, fixed in (("4242", "35"), ("4343", "36")):
        leeftijd.fill(broken)
        leeftijd.blur()
        expect(laden).to_contain_text("Er ging iets mis bij het rekenen", timeout=20_000)
        settle(page)  # the form is not stuck: nothing stays in flight
        leeftijd.fill(fixed)
        leeftijd.blur()
        settle(page)
        expect(laden).to_be_hidden()
        expect(page.locator(".lw-oordeel")).to_contain_text("€ 744,51")
        expect(page.locator("#lw-samenvatting")).to_contain_text(f"{fixed} jaar")


def test_the_first_view_of_the_result_has_at_most_120_words(
    phone: BrowserContext, base_url: str
) -> None:
    page = phone.new_page()
    personas = {
        "vluchteling": (REFUGEE.peildatum, REFUGEE.antwoorden),
        "eu-werkzoekende": ("2026-12-01", EU_JOBSEEKER),
        "ouders": (PARENTS.peildatum, PARENTS.antwoorden),
        "onbekend": ("2026-12-01", {"verblijfsstatus": "andere_kaart"}),
    }
    counts = {}
    for name, (peildatum, antwoorden) in personas.items():
        page.goto(f"{base_url}checker/" + share_fragment(antwoorden, peildatum))
        wait_ready(page)
        settle(page)
        counts[name] = first_view_words(page)
    assert max(counts.values()) <= 120, counts


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
    page.wait_for_url(re.compile(rf"{re.escape(base_url)}checker/.*"))
    wait_js(page, "() => document.getElementById('lw-checker')?.dataset.lwBound === '1'")
    assert page.evaluate("() => window.__lwSameDocument === true")
    results_before = page.evaluate("() => window.__lwPerf.results")
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    expect(page.locator(".lw-oordeel")).to_contain_text("€ 744,51")
    assert page.evaluate("() => window.__lwPerf.results") > results_before
    assert page.evaluate("() => window.__lwPerf.workersCreated") == 1


def test_a_rules_load_failure_shows_a_dutch_message_with_the_condition_pages(
    page: Page, base_url: str
) -> None:
    page.route(re.compile(r".*/assets/pyodide/.*/pyodide\.mjs$"), lambda r: r.fulfill(status=404))
    page.goto(f"{base_url}checker/")
    status = page.locator("#lw-status")
    expect(status).to_contain_text("De rekenregels konden niet laden", timeout=60_000)
    expect(status).to_have_attribute("role", "status")
    expect(status.get_by_role("link", name="de zes voorwaarden")).to_have_attribute(
        "href", "../voorwaarden/"
    )
    page.get_by_label("Ik ben Belg").check()  # the form still takes answers
    expect(page.get_by_label("Ik ben Belg")).to_be_checked()


def test_while_loading_the_page_says_so_and_early_answers_show_and_count(
    page: Page, base_url: str
) -> None:
    release: dict[str, Any] = {}

    def hold(route: Any) -> None:
        release["route"] = route

    page.route(re.compile(r".*/javascripts/worker\.js.*"), hold)
    page.goto(f"{base_url}checker/")
    status = page.locator("#lw-status")
    expect(status).to_contain_text("De rekenregels worden geladen…")
    expect(status).to_have_attribute("aria-live", "polite")
    expect(page.locator("#lw-laden")).to_be_visible()

    # Answers given while Python loads show in the summary at once and count later.
    page.get_by_label("Ik ben erkend als vluchteling", exact=True).check()
    page.fill("#lw-leeftijd", "34")
    summary = page.locator("#lw-samenvatting")
    expect(summary).to_contain_text("Ik ben erkend als vluchteling")
    expect(summary).to_contain_text("34 jaar")
    poll(lambda: "route" in release)
    release["route"].continue_()
    wait_ready(page)
    expect(status).not_to_contain_text("geladen")
    _open(page)
    expect(page.locator('[data-condition="nationaliteit"]')).to_have_attribute("data-status", "met")
    expect(page.locator('[data-condition="leeftijd"]')).to_have_attribute("data-status", "met")


def test_on_a_slow_connection_progress_shows_and_no_failure_while_bytes_arrive(
    phone: BrowserContext, base_url: str
) -> None:
    page = phone.new_page()
    cdp = phone.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {
            "offline": False,
            "latency": 150,
            "downloadThroughput": 1_600_000 / 8,
            "uploadThroughput": 750_000 / 8,
        },
    )
    page.goto(f"{base_url}checker/", timeout=120_000)
    laden = page.locator("#lw-laden")
    expect(laden).to_contain_text("MB", timeout=60_000)
    expect(laden.locator("progress")).to_have_count(1)
    failed = page.locator("text=De rekenregels konden niet laden")
    for _ in range(240):
        if page.evaluate("() => window.__lwPerf.firstResult !== null"):
            break
        assert failed.count() == 0 or failed.first.is_hidden(), "failure shown while loading"
        page.wait_for_timeout(500)
    wait_ready(page)
    assert page.evaluate("() => window.__lwPerf.loadErrorsShown") == 0
    assert page.evaluate("() => window.__lwPerf.progressMessages") > 0


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
        expect(page.locator("#lw-vraag-verblijfsstatus legend").first).to_be_visible()
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
        expect(page.locator(".lw-oordeel")).to_contain_text("€ 744,51")
    finally:
        context.close()
