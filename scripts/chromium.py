"""Where Debian's Chromium is and how our tests and benchmarks start it.

Playwright's own browser download does not work on our machines, so everything
drives the system Chromium (``scripts/install-chromium.sh`` installs it). The
flags keep it headless and stop its background traffic, which the closed
network here would refuse many times a second.
"""

from __future__ import annotations

import os

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
