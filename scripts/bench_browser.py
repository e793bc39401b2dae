"""Benchmark the in-page checker against bare Pyodide, in Chromium. Not a test: prints a table.

Side by side, in one run on one machine:

- **bare**: ``scripts/bench_bare/`` (copied into the built site as ``_bench/``) only boots
  the same self-hosted Pyodide in a module Web Worker and runs ``1 + 1``;
- **checker**: the real "Doe de test" page: Material, the static form, the worker,
  Pyodide, the rules zip, ``import checker.browser``, the first evaluation rendered.

Measured:

- cold navigation → first Python result (fresh profile, empty cache), median of N;
- return visit → first result, with a persistent profile (``launch_persistent_context``:
  visit, close the browser, start it again, visit), once with ``scripts/serve.py`` as it
  is (no Cache-Control: the browser revalidates) and once with
  ``Cache-Control: immutable`` on the versioned Pyodide folder and the hashed rules zip;
- total blocking time: every long task (PerformanceObserver) from navigation to
  first result + 1 s, sum of (duration − 50 ms);
- per-change latency p50/p95 over 100 changes (typing an amount, clicking a radio),
  from the input event's timestamp to the result rendered in the DOM;
- bytes transferred on the checker page and on two docs pages (Playwright's request
  sizes, which include the worker's requests), and how many of them are Pyodide's.

Usage: ``python scripts/bench_browser.py [--runs 3] [--site DIR]`` (builds the site when
no ``--site`` is given). Needs Chromium at ``$CHROMIUM`` (default /usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright  # noqa: E402

from scripts.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from scripts.serve import SiteHandler, _Server  # noqa: E402

ARGS = CHROMIUM_ARGS
PYODIDE_BYTES = re.compile(
    r"pyodide|\.wasm|python_stdlib|leefloon-regels|leefloon-snapshot|worker\.js", re.I
)
SNAPSHOT = re.compile(r"leefloon-snapshot-")
#: Files whose URL changes with their content: safe to cache for a year.
IMMUTABLE = re.compile(
    r"^/assets/pyodide/[^/]+/"
    r"|^/assets/checker/leefloon-(regels|snapshot)-[0-9a-f]{16}\.(zip|bin)$"
    r"|^/javascripts/worker\.js\?v=|^/assets/javascripts/bundle\.[0-9a-f]+\.min\.js$"
    r"|^/assets/stylesheets/(main|palette)\.[0-9a-f]+\.min\.css$"
)
TIMEOUT_MS = 120_000

LONGTASKS = r"""
window.__lt = [];
window.__loaf = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lt.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
  // Long animation frames say which scripts ran in them: our share of the blocking.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const ours = e.scripts
        .filter((s) => /\/javascripts\/(checker|worker)\.js/.test(s.sourceURL))
        .reduce((sum, s) => sum + s.duration, 0);
      window.__loaf.push([e.startTime, e.duration, ours]);
    }
  }).observe({ type: "long-animation-frame", buffered: true });
} catch (e) {}
"""

CHECKER_DONE = "() => window.__lwPerf && window.__lwPerf.firstResult !== null"
BARE_DONE = "() => window.__bare && window.__bare.done !== null"
CHECKER_KEY = "window.__lwPerf.firstResult"


# --- Serving ------------------------------------------------------------------------------------


class ImmutableHandler(SiteHandler):
    """serve.py plus long-lived caching for the files whose URL changes with their content."""

    def end_headers(self) -> None:
        if IMMUTABLE.match(self.path.split("?", 1)[0]):
            self.send_header("Cache-Control", "public, max-age=31536000, immutable")
        super().end_headers()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(directory: Path, handler: type[SiteHandler]) -> tuple[_Server, str]:
    import functools
    import threading

    port = _free_port()
    server = _Server(("127.0.0.1", port), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{port}/"


def _build(out: Path, site_url: str) -> None:
    env = {**os.environ, "SITE_URL": site_url}
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-d", str(out)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )


def _add_bare_page(site: Path) -> None:
    manifest = json.loads((site / "assets" / "checker" / "manifest.json").read_text())
    target = site / "_bench"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "scripts" / "bench_bare", target)
    index = target / "index.html"
    index.write_text(
        index.read_text(encoding="utf-8").replace("@PYODIDE@", "../" + manifest["pyodide"]),
        encoding="utf-8",
    )


# --- Measuring ----------------------------------------------------------------------------------


def _tbt(page: Page, until: float) -> float:
    tasks = page.evaluate("() => window.__lt || []")
    return sum(max(0.0, d - 50.0) for start, d in tasks if start <= until)


def _our_blocking(page: Page, until: float) -> float:
    """Blocking (over 50 ms) by our own scripts in long animation frames."""
    frames = page.evaluate("() => window.__loaf || []")
    return sum(max(0.0, ours - 50.0) for start, _, ours in frames if start <= until)


def _visit(page: Page, url: str, done: str, result_key: str) -> dict[str, float]:
    page.goto(url)
    page.wait_for_function(done, timeout=TIMEOUT_MS)
    first = float(page.evaluate(f"() => {result_key}"))
    page.wait_for_timeout(1000)
    nav = page.evaluate(
        """() => {
          const n = performance.getEntriesByType('navigation')[0];
          const fcp = performance.getEntriesByName('first-contentful-paint')[0];
          return { interactive: n.domInteractive, fcp: fcp ? fcp.startTime : null };
        }"""
    )
    return {
        "first": first,
        "tbt": _tbt(page, first + 1000),
        "ours": _our_blocking(page, first + 1000),
        "interactive": float(nav["interactive"]),
        "fcp": float(nav["fcp"] or 0),
    }


def _fresh(pw: Playwright) -> tuple[Any, BrowserContext]:
    browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
    context = browser.new_context()
    context.add_init_script(LONGTASKS)
    return browser, context


def cold(pw: Playwright, url: str, done: str, key: str, runs: int) -> list[dict[str, float]]:
    out = []
    for _ in range(runs):
        browser, context = _fresh(pw)
        out.append(_visit(context.new_page(), url, done, key))
        browser.close()
    return out


def returning(pw: Playwright, url: str, done: str, key: str, runs: int) -> list[dict[str, float]]:
    out = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="lw-profile-") as profile:

            def launch() -> BrowserContext:
                ctx = pw.chromium.launch_persistent_context(
                    profile, executable_path=CHROMIUM, args=ARGS, headless=True
                )
                ctx.add_init_script(LONGTASKS)
                return ctx

            ctx = launch()
            page = ctx.pages[0] if ctx.pages else ctx.new_page()
            _visit(page, url, done, key)
            if "checker" in url:  # let the background snapshot download finish
                page.wait_for_function("() => window.__lwPerf.snapshotCached", timeout=TIMEOUT_MS)
            ctx.close()
            ctx = launch()
            page = ctx.pages[0] if ctx.pages else ctx.new_page()
            row = _visit(page, url, done, key)
            if "checker" in url:
                assert page.evaluate("() => window.__lwPerf.bootSource") == "snapshot"
            out.append(row)
            ctx.close()
    return out


def interleave(
    runs: int, *measure: Callable[[], list[dict[str, float]]]
) -> list[list[dict[str, float]]]:
    """Run each measurement once per round, in turn, for ``runs`` rounds."""
    out: list[list[dict[str, float]]] = [[] for _ in measure]
    for _ in range(runs):
        for i, m in enumerate(measure):
            out[i].extend(m())
    return out


def per_change(pw: Playwright, base: str, n: int = 100) -> dict[str, float]:
    browser, context = _fresh(pw)
    page = context.new_page()
    page.goto(f"{base}checker/")
    page.wait_for_function(CHECKER_DONE, timeout=TIMEOUT_MS)
    page.fill("#lw-peildatum", "2025-03-01")
    page.locator("#lw-verblijfsstatus-5").check()
    page.wait_for_function("() => !window.__lwPerf.busy")
    page.evaluate(
        "() => { Object.assign(window.__lwPerf, {latencies: [], handlerLatencies: []});"
        " window.__lt = []; }"
    )
    for i in range(n):
        if i % 2 == 0:
            page.fill("#lw-inkomen_werk", str(100 + i))
        else:
            page.locator(f"#lw-samenwonend_anderen{'' if i % 4 == 1 else '-1'}").check()
        page.wait_for_function("() => !window.__lwPerf.busy")
    lat = sorted(page.evaluate("() => window.__lwPerf.latencies"))
    handler = sorted(page.evaluate("() => window.__lwPerf.handlerLatencies"))
    tbt = _tbt(page, float("inf"))
    browser.close()
    return {
        "n": len(lat),
        "p50": statistics.median(lat),
        "p95": lat[max(0, round(0.95 * len(lat)) - 1)],
        "max": lat[-1],
        "h50": statistics.median(handler),
        "h95": handler[max(0, round(0.95 * len(handler)) - 1)],
        "tbt": tbt,
    }


def transferred(pw: Playwright, url: str, done: str | None) -> tuple[int, int, int]:
    browser, context = _fresh(pw)
    sizes: list[tuple[str, int]] = []

    def finished(request: Any) -> None:
        s = request.sizes()
        sizes.append((request.url, int(s["responseBodySize"]) + int(s["responseHeadersSize"])))

    context.on("requestfinished", finished)
    page = context.new_page()
    page.goto(url)
    if done:
        page.wait_for_function(done, timeout=TIMEOUT_MS)
        page.wait_for_function("() => window.__lwPerf.snapshotCached", timeout=TIMEOUT_MS)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(500)
    browser.close()
    total = sum(n for _, n in sizes)
    pyodide = sum(n for u, n in sizes if PYODIDE_BYTES.search(u))
    snapshot = sum(n for u, n in sizes if SNAPSHOT.search(u))
    return total, pyodide, snapshot


def gzip_size(site: Path) -> tuple[int, int]:
    files = [
        *(site / "assets" / "pyodide").rglob("*"),
        *(site / "assets" / "checker").glob("*.zip"),
    ]
    raw = sum(f.stat().st_size for f in files if f.is_file())
    gz = sum(len(gzip.compress(f.read_bytes(), 6)) for f in files if f.is_file())
    return raw, gz


# --- Report -------------------------------------------------------------------------------------


def _med(rows: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in rows)


def _ms(x: float) -> str:
    return f"{x:,.0f} ms".replace(",", ".")


def _ok(good: bool) -> str:
    return "ja" if good else "NEE"


def _mb(x: int) -> str:
    return f"{x / 1e6:.2f} MB" if x >= 100_000 else f"{x / 1e3:.1f} kB"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--site", type=Path, default=None)
    args = parser.parse_args()
    if not Path(CHROMIUM).is_file():
        sys.exit(f"Chromium ontbreekt op {CHROMIUM} (bash scripts/install-chromium.sh)")

    tmp = None
    if args.site is None:
        tmp = tempfile.TemporaryDirectory(prefix="lw-bench-site-")
        site = Path(tmp.name)
    else:
        site = args.site
    plain_port = _free_port()
    plain_url = f"http://127.0.0.1:{plain_port}/"
    if args.site is None:
        _build(site, plain_url)
    _add_bare_page(site)
    import functools
    import threading

    plain = _Server(("127.0.0.1", plain_port), functools.partial(SiteHandler, directory=str(site)))
    threading.Thread(target=plain.serve_forever, daemon=True).start()
    immutable, immutable_url = _serve(site, ImmutableHandler)

    step: Callable[[str], None] = lambda s: print(f"… {s}", file=sys.stderr, flush=True)  # noqa: E731
    with sync_playwright() as pw:
        # Bare and checker runs alternate, so a busy moment on the machine hits both.
        step("cold: bare Pyodide, home page (Material only), checker — interleaved")
        bare_cold, home_cold, chk_cold = interleave(
            args.runs,
            lambda: cold(pw, f"{plain_url}_bench/", BARE_DONE, "window.__bare.done", 1),
            lambda: cold(pw, plain_url, "() => document.readyState === 'complete'", "0", 1),
            lambda: cold(pw, f"{plain_url}checker/", CHECKER_DONE, CHECKER_KEY, 1),
        )
        step("return visit (revalidate): bare, checker — interleaved")
        bare_ret, chk_ret = interleave(
            args.runs,
            lambda: returning(pw, f"{plain_url}_bench/", BARE_DONE, "window.__bare.done", 1),
            lambda: returning(pw, f"{plain_url}checker/", CHECKER_DONE, CHECKER_KEY, 1),
        )
        step("return visit (immutable): bare, checker — interleaved")
        bare_imm, chk_imm = interleave(
            args.runs,
            lambda: returning(pw, f"{immutable_url}_bench/", BARE_DONE, "window.__bare.done", 1),
            lambda: returning(pw, f"{immutable_url}checker/", CHECKER_DONE, CHECKER_KEY, 1),
        )
        step("100 changes")
        changes = per_change(pw, plain_url)
        step("bytes")
        chk_bytes = transferred(pw, f"{plain_url}checker/", CHECKER_DONE)
        home_bytes = transferred(pw, plain_url, None)
        cond_bytes = transferred(pw, f"{plain_url}voorwaarden/nationaliteit/", None)
    plain.shutdown()
    immutable.shutdown()
    raw, gz = gzip_size(site)

    ratio = _med(chk_cold, "first") / _med(bare_cold, "first")
    ret = _med(chk_ret, "first")
    imm = _med(chk_imm, "first")
    tbt = _med(chk_cold, "tbt")
    ours = _med(chk_cold, "ours")
    home_tbt = _med(home_cold, "tbt")
    rows = [
        ("Meting", "Kale Pyodide", "Checker", "Doel", "OK?"),
        (
            "Koud: navigatie → eerste resultaat",
            _ms(_med(bare_cold, "first")),
            _ms(_med(chk_cold, "first")),
            f"≤ 1,10 × kaal ({ratio:.2f} ×)",
            _ok(ratio <= 1.10),
        ),
        (
            "Formulier bruikbaar: domInteractive / FCP",
            f"{_ms(_med(bare_cold, 'interactive'))} / {_ms(_med(bare_cold, 'fcp'))}",
            f"{_ms(_med(chk_cold, 'interactive'))} / {_ms(_med(chk_cold, 'fcp'))}",
            "bij eerste weergave",
            "ja (statische HTML)",
        ),
        (
            "Terugkeer (serve.py, revalidatie) → resultaat",
            _ms(_med(bare_ret, "first")),
            f"{_ms(ret)} (snapshot)",
            "≤ 1.000 ms",
            _ok(ret <= 1000),
        ),
        (
            "Terugkeer (Cache-Control immutable) → resultaat",
            _ms(_med(bare_imm, "first")),
            f"{_ms(imm)} (snapshot)",
            "≤ 1.000 ms",
            _ok(imm <= 1000),
        ),
        (
            "TBT koud, alle long tasks (home: Material alleen)",
            _ms(_med(bare_cold, "tbt")),
            f"{_ms(tbt)} (home {_ms(home_tbt)})",
            "≤ 50 ms",
            _ok(tbt <= 50),
        ),
        (
            "  waarvan door onze scripts (LoAF-toewijzing)",
            "–",
            _ms(ours),
            "≤ 50 ms",
            _ok(ours <= 50),
        ),
        (
            f"Per wijziging p50 / p95, vanaf input-event (n={changes['n']})",
            "–",
            f"{changes['p50']:.1f} / {changes['p95']:.1f} ms",
            "p95 ≤ 16 ms",
            _ok(changes["p95"] <= 16),
        ),
        (
            "  idem vanaf onze input-handler",
            "–",
            f"{changes['h50']:.1f} / {changes['h95']:.1f} ms",
            "",
            "",
        ),
        (
            "Blocking time tijdens de 100 wijzigingen",
            "–",
            _ms(changes["tbt"]),
            "≤ 50 ms",
            _ok(changes["tbt"] <= 50),
        ),
        (
            "Bytes checker (Pyodide+regels; snapshot op achtergrond)",
            "–",
            f"{_mb(chk_bytes[0])} ({_mb(chk_bytes[1] - chk_bytes[2])}; {_mb(chk_bytes[2])})",
            "",
            "",
        ),
        (
            "Bytes home / voorwaardenpagina (waarvan Pyodide)",
            "–",
            f"{_mb(home_bytes[0])} ({home_bytes[1]} B) / {_mb(cond_bytes[0])} ({cond_bytes[1]} B)",
            "0 B Pyodide",
            _ok(home_bytes[1] == 0 and cond_bytes[1] == 0),
        ),
        ("Pyodide + regels: ruw / gzip -6", "–", f"{_mb(raw)} / {_mb(gz)}", "", ""),
    ]
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    line = "+".join("-" * (w + 2) for w in widths)
    print(
        f"Chromium {CHROMIUM}, {args.runs} runs per koude/terugkeer-meting (mediaan), "
        f"{os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}"
    )
    print(line)
    for i, r in enumerate(rows):
        print("|".join(f" {c:<{w}} " for c, w in zip(r, widths, strict=True)))
        if i == 0:
            print(line)
    print(line)
    detail = {
        "bare_cold": bare_cold,
        "checker_cold": chk_cold,
        "bare_return_revalidate": bare_ret,
        "checker_return_revalidate": chk_ret,
        "bare_return_immutable": bare_imm,
        "checker_return_immutable": chk_imm,
        "changes": changes,
    }
    print(json.dumps(detail, indent=None, default=lambda x: round(x, 1)))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
