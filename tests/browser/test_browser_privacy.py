"""Privacy and security in the browser: same origin only, no storage, a CSP that holds.

- Every request (page, worker, instant navigation) goes to the site's own origin.
- Docs pages load no Pyodide byte: no worker, no .wasm, no stdlib, no rules zip.
- The checker loads only what it needs: the trimmed standard library, not Pyodide's full
  one, and no lock file (it is inline in the worker).
- No cookies and nothing in localStorage, sessionStorage or IndexedDB after use.
- The Content-Security-Policy meta tag is on every page, has no 'unsafe-inline' or
  'unsafe-eval' for scripts, and using the site produces no CSP violation.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from browser_helpers import REFUGEE, fill_answers, open_checker, settle, wait_ready
from playwright.sync_api import Browser, BrowserContext, Page, expect

DOCS_PAGES = ("", "voorwaarden/nationaliteit/")
PYODIDE_BYTES = re.compile(
    r"pyodide|\.wasm|python_stdlib|leefloon-(regels|stdlib|snapshot)|worker\.js", re.I
)

# Records CSP violations in the page (before any page script runs).
_CSP_RECORDER = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  const where = `${e.sourceFile}:${e.lineNumber}`;
  window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI} ${where}`);
});
"""


@pytest.fixture
def recorded(browser: Browser) -> Iterator[tuple[BrowserContext, list[str], list[str]]]:
    """A fresh context that records every request URL and every console message."""
    context = browser.new_context(locale="nl-BE")
    requests: list[str] = []
    console: list[str] = []
    context.on("request", lambda r: requests.append(r.url))
    context.add_init_script(_CSP_RECORDER)

    def on_page(p: Page) -> None:
        p.on("console", lambda m: console.append(f"{m.type}: {m.text}"))
        p.on("pageerror", lambda e: console.append(f"pageerror: {e}"))

    context.on("page", on_page)
    yield context, requests, console
    context.close()


def _csp_messages(console: list[str]) -> list[str]:
    return [m for m in console if "Content Security Policy" in m or "Refused to" in m]


def test_no_request_leaves_the_origin_and_docs_pages_load_no_pyodide(
    recorded: tuple[BrowserContext, list[str], list[str]], base_url: str
) -> None:
    context, requests, _ = recorded
    page = context.new_page()
    for path in DOCS_PAGES:
        page.goto(f"{base_url}{path}")
        page.wait_for_load_state("networkidle")
    docs_requests = list(requests)
    assert docs_requests, "the recorder saw no request"
    assert [u for u in docs_requests if PYODIDE_BYTES.search(u)] == []

    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    page.get_by_role("button", name="Deel deze antwoorden").click()
    # The recorder sees the worker's own requests too.
    assert any(u.endswith("pyodide.asm.wasm") for u in requests), requests
    assert any(re.search(r"leefloon-regels-[0-9a-f]{16}\.bin$", u) for u in requests)
    assert any(re.search(r"leefloon-stdlib-[0-9a-f]{16}\.bin$", u) for u in requests)
    assert not [u for u in requests if re.search(r"python_stdlib\.zip|pyodide-lock\.json", u)]

    foreign = [u for u in requests if not u.startswith(base_url)]
    assert foreign == []


def test_using_the_checker_leaves_no_cookie_and_nothing_in_browser_storage(
    recorded: tuple[BrowserContext, list[str], list[str]], base_url: str
) -> None:
    context, _, _ = recorded
    page = context.new_page()
    open_checker(page, base_url)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    page.get_by_role("button", name="Deel deze antwoorden").click()
    page.get_by_role("button", name="Opnieuw beginnen").click()
    settle(page)
    page.locator(".md-sidebar--primary").get_by_role("link", name="Leeftijd", exact=True).click()
    page.wait_for_url(f"{base_url}voorwaarden/leeftijd/")

    assert context.cookies() == []
    storage: dict[str, Any] = page.evaluate(
        """async () => ({
          local: Object.keys(localStorage),
          session: Object.keys(sessionStorage),
          idb: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
          cookie: document.cookie,
        })"""
    )
    assert storage == {"local": [], "session": [], "idb": [], "cookie": ""}


def test_every_page_has_a_strict_csp_and_using_the_site_violates_it_nowhere(
    recorded: tuple[BrowserContext, list[str], list[str]], base_url: str
) -> None:
    context, _, console = recorded
    page = context.new_page()
    page.goto(base_url)
    csp = page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")
    assert csp is not None
    directives = {d.split()[0]: d.split()[1:] for d in (x.strip() for x in csp.split(";")) if d}
    assert directives["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["connect-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["form-action"] == ["'none'"]
    assert "'unsafe-inline'" not in directives["style-src"]
    assert directives["base-uri"] == ["'self'"]

    # Search (its results are HTML from the search index), then home → checker (instant
    # navigation) → use it → a condition page with aligned tables → the checker again by
    # a full load; then the 404 page.
    page.locator("input.md-search__input").click()
    page.keyboard.type("bestaansmiddelen")
    # The search worker builds its index first: slow on a busy 2-core machine.
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=60_000)
    page.keyboard.press("Escape")
    page.locator(".md-sidebar--primary").get_by_role("link", name="Doe de test", exact=True).click()
    page.wait_for_url(f"{base_url}checker/")
    wait_ready(page)
    fill_answers(page, REFUGEE.peildatum, REFUGEE.antwoorden)
    expect(page.locator(".lw-bedrag")).to_contain_text("€ 744,51")
    page.locator(".md-sidebar--primary").get_by_role(
        "link", name="Onvoldoende bestaansmiddelen"
    ).click()
    page.wait_for_url(f"{base_url}voorwaarden/bestaansmiddelen/")
    expect(page.locator("td[style]").first).to_be_attached()
    violations = page.evaluate("() => window.__cspViolations")
    open_checker(page, base_url)
    violations += page.evaluate("() => window.__cspViolations")
    page.goto(f"{base_url}bestaat-niet/")
    violations += page.evaluate("() => window.__cspViolations")

    assert violations == []
    assert _csp_messages(console) == []
