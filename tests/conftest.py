"""Shared fixtures: one strict build of the site per test session, and a server for it.

The site is built once with ``SITE_URL`` set to the address it is served on, so
mkdocs-material's instant navigation stays on (it silently turns off when the
served origin or path differs from ``site_url``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from scripts.serve import free_port, serve_in_thread

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class BuiltSite:
    """A strict build of the site: its folder, the build log and where it is served."""

    dir: Path
    log: str
    base_url: str


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BuiltSite]:
    """Build the site with ``mkdocs build --strict`` once, and serve it on 127.0.0.1."""
    out = tmp_path_factory.mktemp("site")
    port = free_port()
    base_url = f"http://127.0.0.1:{port}/"
    env = {**os.environ, "SITE_URL": base_url, "NO_MKDOCS_2_WARNING": "1"}
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    log = proc.stdout + proc.stderr
    if proc.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed:\n{log}")
    server = serve_in_thread(out, port)
    try:
        yield BuiltSite(dir=out, log=log, base_url=base_url)
    finally:
        server.shutdown()
