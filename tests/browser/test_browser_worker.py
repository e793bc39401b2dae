"""The Python worker's message protocol (docs/javascripts/worker.js), spoken to directly.

Each test reads the checker page's boot configuration, goes to the home page (which starts
no worker) and starts its own worker there (same origin, under the site's CSP), recording
every message, so what is checked is the protocol the page relies on, not
the page: progress while loading (bytes of the total, never more, phases in order),
"ready" with how Python started, "result" per run id, "run-error" with the id when Python
raises (and the worker still answering after it), a run sent before "init", and a fast,
plain failure (not a silent hang) when the server sends the .wasm with a wrong MIME type.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import pytest
from browser_helpers import BOOT_TIMEOUT_MS, wait_js
from playwright.sync_api import Browser, Page, Route

#: Starts a worker from the checker page's boot configuration and records its messages.
START = """([boot, init]) => {
  const abs = (u) => new URL(u, boot.base).href;
  const w = new Worker(abs(boot.worker), { type: "module" });
  window.__w = w;
  window.__msgs = [];
  w.onmessage = (e) => window.__msgs.push(e.data);
  const config = { pyodide: abs(boot.pyodide), rules: abs(boot.rules), rulesName: boot.rules_name };
  if (init) w.postMessage({ type: "init", config });
}"""
PAYLOAD = '{"peildatum": "2025-03-01", "antwoorden": {"verblijfsstatus": "belg"}}'
#: Too deeply nested for Python's JSON reader: checker.browser.run raises.
BREAKING = "[" * 200000 + "]" * 200000


@pytest.fixture
def boot(browser: Browser, base_url: str) -> dict[str, Any]:
    """The checker page's boot configuration, with the page's URL to resolve it against."""
    context = browser.new_context()
    page = context.new_page()
    page.route(re.compile(r".*/javascripts/worker\.js.*"), lambda route: route.abort())
    page.goto(f"{base_url}checker/")
    content = page.locator('meta[name="lw-checker-boot"]').get_attribute("content")
    context.close()
    assert content
    return {**json.loads(content), "base": f"{base_url}checker/"}


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    context = browser.new_context(locale="nl-BE")
    page = context.new_page()
    page.goto(base_url)
    yield page
    context.close()


def _messages(page: Page) -> list[dict[str, Any]]:
    msgs: list[dict[str, Any]] = page.evaluate("() => window.__msgs")
    return msgs


def _wait_for(page: Page, kind: str, timeout_ms: int = BOOT_TIMEOUT_MS) -> dict[str, Any]:
    wait_js(page, f"() => window.__msgs.some((m) => m.type === {kind!r})", timeout_ms)
    return next(m for m in _messages(page) if m["type"] == kind)


def test_loading_reports_progress_then_ready_and_answers_every_run_by_id(
    page: Page, boot: dict[str, Any]
) -> None:
    page.evaluate(START, [boot, True])
    ready = _wait_for(page, "ready")
    assert ready["source"] in ("normal", "snapshot")
    assert ready["stdlib"] == "trimmed"
    assert ready["phases"]["warmUp"] <= ready["ms"] + 1

    progress = [m for m in _messages(page) if m["type"] == "progress"]
    assert progress, "no progress message before ready"
    assert all(0 <= m["loaded"] <= m["total"] for m in progress)
    assert [m["loaded"] for m in progress] == sorted(m["loaded"] for m in progress)
    assert progress[-1]["loaded"] == progress[-1]["total"] > 1_000_000
    phases = [m["phase"] for m in progress]
    order = ["download", "python", "rules"]
    assert phases == sorted(phases, key=order.index) and phases[-1] == "rules"
    assert not [m for m in _messages(page) if m["type"] == "error"]

    page.evaluate(
        "(p) => { window.__w.postMessage({type: 'run', id: 7, payload: p});"
        " window.__w.postMessage({type: 'run', id: 8, payload: p}); }",
        PAYLOAD,
    )
    wait_js(page, "() => window.__msgs.filter((m) => m.type === 'result').length === 2")
    results = [m for m in _messages(page) if m["type"] == "result"]
    assert [m["id"] for m in results] == [7, 8]
    assert '"ok": true' in results[0]["text"]


def test_a_run_that_raises_gets_a_run_error_with_its_id_and_the_worker_goes_on(
    page: Page, boot: dict[str, Any]
) -> None:
    page.evaluate(START, [boot, True])
    _wait_for(page, "ready")
    page.evaluate(
        "([bad, good]) => { window.__w.postMessage({type: 'run', id: 'kapot', payload: bad});"
        " window.__w.postMessage({type: 'run', id: 'heel', payload: good}); }",
        [BREAKING, PAYLOAD],
    )
    error = _wait_for(page, "run-error", 30_000)
    assert error["id"] == "kapot"
    assert error["message"]
    result = _wait_for(page, "result", 30_000)
    assert result["id"] == "heel"


def test_a_run_before_init_starts_python_and_is_answered(page: Page, boot: dict[str, Any]) -> None:
    page.evaluate(START, [boot, False])
    page.evaluate("(p) => window.__w.postMessage({type: 'run', id: 1, payload: p})", PAYLOAD)
    result = _wait_for(page, "result")
    assert result["id"] == 1
    assert "ready" in [m["type"] for m in _messages(page)]


def test_a_wasm_with_the_wrong_mime_type_fails_plainly_instead_of_hanging(
    page: Page, boot: dict[str, Any]
) -> None:
    def wrong_type(route: Route) -> None:
        response = route.fetch()
        route.fulfill(response=response, headers={**response.headers, "content-type": "text/plain"})

    page.route(re.compile(r".*/pyodide\.asm\.wasm$"), wrong_type)
    page.evaluate(START, [boot, True])
    error = _wait_for(page, "error", 30_000)
    assert error["stalled"] is False
    assert "application/wasm" in error["message"]
