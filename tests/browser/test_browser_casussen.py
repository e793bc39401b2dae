"""The Casussen pages and the opt-in offline copy in a real browser (Debian's Chromium).

- Every case's "Open deze casus in de test" fills the checker with its answers and date,
  and the checker shows the result the rules give.
- The case cards print one card per A4 page, without the site's menus, header, footer or
  the on-screen instructions (print media emulated; the PDF's pages counted).
- Without pressing "Bewaar voor offline gebruik" no service worker is registered and
  Cache Storage stays empty, on every page of the Casussen section.
- Opting in: the site is kept in one cache named after the build; with the browser offline
  AND the server stopped, the pages load and a case opens in the checker with its result.
- A new build (a page changed, so ``sw.js`` names a new cache): reloading shows "Er is een
  nieuwe versie — herlaad de pagina", the old cache is gone, and the new pages are served,
  offline too. "Verwijder offline kopie" removes the worker and the cache.

The offline tests work on a COPY of the session's built site, served on a port of its own
(a new origin: its service worker cannot touch the other tests) as `make serve` serves it
(gzip, ``max-age=600``), with the site's address
rewritten so instant navigation stays on, and ``sw.js`` written again for that copy with
:func:`scripts.sitegen.offline.schrijf_service_worker`, the build's own function.
"""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import poll, run_axe, settle, shown_result, wait_ready
from playwright.sync_api import Browser, BrowserContext, Page, expect

from checker import evaluate
from checker.casussen import CASUSSEN, Casus, casus
from scripts.serve import _Server, free_port, handler_class, serve_in_thread
from scripts.sitegen import offline

DOORLOPEN = ("casussen/", "casussen/workshop/", "casussen/kaarten/", "over/", "")
INSTALL_MS = 180_000  # 16 MB into Cache Storage on a busy 2-core machine


def _verwacht(c: Casus) -> dict[str, Any]:
    r = evaluate(c.antwoorden, c.peildatum)
    return {
        "outcome": r.outcome.value,
        "statuses": {cond.id: cond.status.value for cond in r.conditions},
        "amount": None if r.amount is None else f"{r.amount.monthly_amount:.2f}",
    }


def _getoond(page: Page) -> dict[str, Any]:
    s = shown_result(page)
    return {"outcome": s["outcome"], "statuses": s["statuses"], "amount": s["amount"]}


def _registraties(page: Page) -> int:
    return int(
        page.evaluate("async () => (await navigator.serviceWorker.getRegistrations()).length")
    )


def _caches(page: Page) -> list[str]:
    return list(page.evaluate("async () => await caches.keys()"))


# --- The Casussen page and the checker ------------------------------------------------------


def test_every_case_opens_in_the_checker_with_its_answers_and_the_rules_result(
    page: Page, base_url: str
) -> None:
    page.goto(f"{base_url}casussen/")
    links = page.evaluate(
        "() => Object.fromEntries([...document.querySelectorAll('a[data-lw-casus]')]"
        ".map((a) => [a.dataset.lwCasus, a.href]))"
    )
    assert list(links) == [c.id for c in CASUSSEN]
    # The first by a click on the page; the others by putting their link's fragment in the
    # address of the open checker (one Python start instead of seventeen).
    eerste = CASUSSEN[0]
    page.locator(f'a[data-lw-casus="{eerste.id}"]').click()
    page.wait_for_url(links[eerste.id])
    wait_ready(page)
    expect(page.locator("#lw-checker")).to_contain_text("Antwoorden ingevuld uit de link")
    for c in CASUSSEN:
        adres, fragment = links[c.id].split("#", 1)
        assert adres == f"{base_url}checker/"
        if c is not eerste:
            page.evaluate("(h) => { location.hash = h; }", fragment)
        # The case's date is in the form, then Python's answer to these answers is shown.
        datum = c.peildatum.isoformat()
        assert poll(lambda d=datum: page.locator("#lw-peildatum").input_value() == d), c.id
        settle(page)
        verwacht = _verwacht(c)
        gezien = poll(lambda v=verwacht: _getoond(page) == v, timeout=60)
        assert gezien, f"{c.id}: {_getoond(page)} ≠ {verwacht}"


# --- Print ----------------------------------------------------------------------------------


def test_the_case_cards_print_one_card_per_a4_page_without_the_site_around_them(
    page: Page, base_url: str
) -> None:
    page.goto(f"{base_url}casussen/kaarten/")
    scherm = page.evaluate(
        "() => [...document.querySelectorAll('.lw-scherm-alleen')]"
        ".map((e) => getComputedStyle(e).display)"
    )
    assert scherm and "none" not in scherm, "the instructions show on screen"

    page.emulate_media(media="print")
    stijl: dict[str, Any] = page.evaluate(
        """() => {
          const display = (sel) => [...document.querySelectorAll(sel)]
            .map((e) => getComputedStyle(e).display);
          const kaarten = [...document.querySelectorAll('.lw-kaart')];
          return {
            breaks: kaarten.map((k) => getComputedStyle(k).breakAfter),
            inside: kaarten.map((k) => getComputedStyle(k).breakInside),
            hidden: {
              header: display('.md-header'),
              nav: display('.md-sidebar'),
              footer: display('.md-footer'),
              top: display('.md-top'),
              title: display('h1'),
              instructions: display('.lw-scherm-alleen'),
              offline: display('[data-lw-offline]'),
            },
            text: kaarten.map((k) => k.innerText),
          };
        }"""
    )
    n = len(CASUSSEN)
    assert stijl["breaks"] == ["page"] * (n - 1) + ["auto"]
    assert set(stijl["inside"]) == {"avoid"}
    for wat, waarden in stijl["hidden"].items():
        assert waarden and set(waarden) == {"none"}, f"{wat} is printed: {waarden}"
    adres = base_url.split("://", 1)[1]
    for c, tekst in zip(CASUSSEN, stijl["text"], strict=True):
        assert "Leefloonwijzer" in tekst and f"{adres}casussen/#{c.id}" in tekst
        assert c.titel in tekst

    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    pages = len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))
    assert pages == n, f"{pages} pages for {n} cards"


# --- Accessibility --------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["casussen/", "casussen/workshop/", "casussen/antwoorden/"])
def test_the_casussen_pages_have_no_serious_or_critical_axe_violations(
    browser: Browser, base_url: str, path: str
) -> None:
    context = browser.new_context(bypass_csp=True, locale="nl-BE")
    try:
        page = context.new_page()
        page.goto(f"{base_url}{path}")
        expect(page.get_by_role("button", name="Bewaar voor offline gebruik")).to_be_visible()
        assert run_axe(page) == []
    finally:
        context.close()


# --- Nothing without opting in ----------------------------------------------------------------


def test_without_opting_in_no_service_worker_is_registered_and_nothing_is_cached(
    browser: Browser, base_url: str, browser_context_args: dict[str, Any]
) -> None:
    context = browser.new_context(**browser_context_args)
    requests: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    try:
        page = context.new_page()
        for path in DOORLOPEN:
            page.goto(f"{base_url}{path}")
            page.wait_for_load_state("networkidle")
        # and by instant navigation, to the workshop page and the checker
        page.goto(f"{base_url}casussen/")
        status = page.locator("[data-lw-offline-status]")
        expect(status).to_contain_text("nog niet offline")
        expect(page.get_by_role("button", name="Verwijder offline kopie")).to_be_hidden()
        page.locator("article").get_by_role("link", name="plan voor een workshop").click()
        page.wait_for_url(f"{base_url}casussen/workshop/")
        page.locator(f'a[href$="#{CASUSSEN[0].id}"]').first.click()
        page.wait_for_url(f"{base_url}casussen/#{CASUSSEN[0].id}")
        page.locator(f'a[data-lw-casus="{CASUSSEN[0].id}"]').click()
        wait_ready(page)

        assert _registraties(page) == 0
        assert page.evaluate("() => navigator.serviceWorker.controller") is None
        assert _caches(page) == []
        assert not [u for u in requests if u.endswith("/sw.js")]
    finally:
        context.close()


# --- Opting in --------------------------------------------------------------------------------


@dataclass
class Kopie:
    """A copy of the built site, served on its own origin."""

    dir: Path
    base_url: str
    server: _Server
    running: bool = True

    def stop(self) -> None:
        if self.running:
            self.server.shutdown()
            self.server.server_close()
            self.running = False


@pytest.fixture
def kopie(built_site: Any, tmp_path: Path) -> Iterator[Kopie]:
    site = tmp_path / "site"
    shutil.copytree(built_site.dir, site)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/"
    # The site's own address (canonical links, the sitemap): instant navigation needs it.
    for p in [*site.rglob("*.html"), site / "sitemap.xml"]:
        tekst = p.read_text(encoding="utf-8")
        p.write_text(tekst.replace(built_site.base_url, base_url), encoding="utf-8")
    offline.schrijf_service_worker(site)
    # Served as `make serve` serves it (gzip, max-age=600, as GitHub Pages does).
    server = serve_in_thread(site, port, handler_class(use_gzip=True, max_age=600))
    k = Kopie(site, base_url, server)
    try:
        yield k
    finally:
        k.stop()


def _sw_cache(site: Path) -> tuple[str, int]:
    sw = (site / "sw.js").read_text(encoding="utf-8")
    m = re.search(r"\((\{\"id\".*?\})\);\n", sw)
    assert m, "sw.js has no BUILD"
    feiten = json.loads(m.group(1))
    return str(feiten["cache"]), len(feiten["files"])


def _bewaar(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}casussen/")
    assert _registraties(page) == 0
    # A real button, pressed with the keyboard; focus stays in the block.
    page.get_by_role("button", name="Bewaar voor offline gebruik").focus()
    page.keyboard.press("Enter")
    expect(page.locator("[data-lw-offline-status]")).to_contain_text(
        "staat nu offline", timeout=INSTALL_MS
    )
    expect(page.get_by_role("button", name="Verwijder offline kopie")).to_be_focused()
    assert page.evaluate("() => navigator.serviceWorker.controller !== null")


@dataclass
class Opname:
    """What a context saw: every request URL, and console messages about the CSP."""

    requests: list[str]
    csp: list[str]


def _nieuwe_context(browser: Browser, args: dict[str, Any]) -> tuple[BrowserContext, Opname]:
    context = browser.new_context(**args)
    opname = Opname([], [])
    context.on("request", lambda r: opname.requests.append(r.url))

    def on_console(m: Any) -> None:
        if "Content Security Policy" in m.text or "Refused to" in m.text:
            opname.csp.append(m.text)

    context.on("page", lambda p: p.on("console", on_console))
    return context, opname


def test_after_opting_in_the_site_and_a_case_in_the_checker_work_offline(
    browser: Browser, kopie: Kopie, browser_context_args: dict[str, Any]
) -> None:
    context, opname = _nieuwe_context(browser, browser_context_args)
    try:
        page = context.new_page()
        _bewaar(page, kopie.base_url)
        cache, aantal = _sw_cache(kopie.dir)
        assert _caches(page) == [cache]
        bewaard = page.evaluate("async (n) => (await (await caches.open(n)).keys()).length", cache)
        assert bewaard == aantal

        # Offline: the browser says so, and the server is gone too.
        context.set_offline(True)
        kopie.stop()
        page.reload()
        expect(page.locator("h1")).to_contain_text("Casussen")
        c = casus("dawit-a-kaart-vluchteling")
        page.locator(f'a[data-lw-casus="{c.id}"]').click()
        page.wait_for_url(re.compile(r".*/checker/#a=.*"))
        wait_ready(page)
        assert poll(lambda: _getoond(page) == _verwacht(c), timeout=30), _getoond(page)

        # A full load of another page, offline.
        page.goto(f"{kopie.base_url}over/#offline")
        expect(page.locator("h1")).to_contain_text("Over deze site")
        page.get_by_role("button", name="Verwijder offline kopie").click()
        expect(page.locator("[data-lw-offline-status]")).to_contain_text("verwijderd")
        assert _registraties(page) == 0
        assert _caches(page) == []

        assert [u for u in opname.requests if not u.startswith(kopie.base_url)] == []
        assert opname.csp == []
    finally:
        context.close()


def test_a_new_build_says_so_replaces_the_old_cache_and_is_served_after_a_reload(
    browser: Browser, kopie: Kopie, browser_context_args: dict[str, Any]
) -> None:
    context, opname = _nieuwe_context(browser, browser_context_args)
    try:
        page = context.new_page()
        _bewaar(page, kopie.base_url)
        oud, _ = _sw_cache(kopie.dir)
        assert _caches(page) == [oud]

        # A new build: a page changed, so its hash and the build id change.
        pagina = kopie.dir / "casussen" / "index.html"
        tekst = pagina.read_text(encoding="utf-8")
        nieuw_html = '<p id="lw-test-nieuw">Deze pagina komt uit de nieuwe versie.</p>'
        pagina.write_text(tekst.replace("</h1>", "</h1>" + nieuw_html, 1), encoding="utf-8")
        nieuw = offline.schrijf_service_worker(kopie.dir).cache
        assert nieuw != oud

        page.reload()  # still the old copy; the browser finds the new sw.js meanwhile
        melding = page.get_by_role("alert")
        expect(melding).to_contain_text(
            "Er is een nieuwe versie — herlaad de pagina", timeout=INSTALL_MS
        )
        assert poll(lambda: _caches(page) == [nieuw], timeout=10), _caches(page)
        melding.get_by_role("button", name="Herlaad de pagina").click()
        expect(page.locator("#lw-test-nieuw")).to_be_visible()

        # The new copy is the one kept: offline, the new page is served.
        context.set_offline(True)
        kopie.stop()
        page.reload()
        expect(page.locator("#lw-test-nieuw")).to_be_visible()
        assert _caches(page) == [nieuw]
        assert [u for u in opname.requests if not u.startswith(kopie.base_url)] == []
        assert opname.csp == []
    finally:
        context.close()
