"""Browser tests: pytest-playwright driving Debian's Chromium against the built site.

Playwright's own browser download does not work on our machines, and
pytest-playwright cannot find ``/usr/bin/chromium`` by channel, so the launch
fixture points it at ``$CHROMIUM`` (default ``/usr/bin/chromium``). A missing
Chromium is a failure, never a skip: ``make setup`` installs it
(scripts/install-chromium.sh).

The site is the session's one strict build (``built_site`` in tests/conftest.py),
served on 127.0.0.1 with a matching ``SITE_URL`` so instant navigation stays on.

Our pages carry a Content-Security-Policy without ``'unsafe-eval'``, so helpers
wait with Python-side polling or function-form ``wait_for_function`` (Playwright
evaluates those through the DevTools protocol, not ``eval``).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browser_helpers import phone_context_args
from playwright.sync_api import Browser, BrowserContext

from scripts.chromium import CHROMIUM, CHROMIUM_ARGS


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    if not Path(CHROMIUM).is_file():
        pytest.fail(
            f"Chromium ontbreekt op {CHROMIUM}. Installeer het met "
            "'bash scripts/install-chromium.sh' (of zet CHROMIUM=/pad/naar/chromium). "
            "De browsertests worden nooit overgeslagen."
        )
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@pytest.fixture(scope="session")
def base_url(built_site: Any) -> str:
    return str(built_site.base_url)


@pytest.fixture(scope="session")
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    return {**browser_context_args, "locale": "nl-BE", "timezone_id": "Europe/Brussels"}


@pytest.fixture
def phone(browser: Browser) -> Iterator[BrowserContext]:
    """A 360×740 touch phone (``phone_context_args``), closed after the test."""
    context = browser.new_context(**phone_context_args())
    yield context
    context.close()
