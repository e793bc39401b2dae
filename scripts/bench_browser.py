"""Benchmark the in-page checker against bare Pyodide, in Chromium, as users live with it.

Not a test: it prints tables. One run measures, side by side on one machine:

- **bare**: ``scripts/bench_bare/`` (copied into the built site as ``_bench/``) only boots
  the same self-hosted Pyodide the default way (full standard library, lock file fetched)
  in a module Web Worker and runs ``1 + 1``;
- **checker**: the real "Doe de test" page: Material, the static form, the worker, the
  trimmed standard library, the rules, ``import checker.browser``, the first evaluation
  rendered;
- **checker, cold from the snapshot**: the same page with the worker's ``COLD_SNAPSHOT``
  switched on (only here), so a cold visit fetches the memory snapshot and restores
  Python from it: what a cold visit would cost if the site did that.

on each network profile, applied through the DevTools Protocol
(``Network.emulateNetworkConditions``; it also holds for the worker's requests):

- ``snel``    no throttling;
- ``9mbit``   9 Mbit/s down, 60 ms, CPU × 4;
- ``1.6mbit`` 1.6 Mbit/s down, 150 ms, CPU × 4.

CPU × 4 is ``Emulation.setCPUThrottlingRate`` on the page. Chromium applies it to the
page's main thread only (a worker target answers "only supported for pages"), so Python
in the worker runs at this machine's speed; the report therefore adds an estimate for a
phone that is 4 × slower in the worker too: first result + 3 × the worker's time after
its last byte arrived (Python starting, the rules imported, the first evaluation).

The site is served by ``scripts/serve.py`` with gzip as on GitHub Pages. Measured:

- cold visit (fresh profile, empty cache) → first result, median of ``--runs``;
- bytes on the wire per visit: everything, before the first result, and what was still
  fetched after it (the background snapshot), from Chromium's own request sizes (the
  worker's requests included);
- return visit → first result, with a persistent profile (visit, close the browser, start
  it again, visit): with ``Cache-Control: max-age=600`` as on GitHub Pages, and how the
  worker started (from the snapshot or not);
- per-change latency p50/p95 over 100 changes (typing an amount, clicking a radio), from
  the input event's timestamp to the result in the DOM, and total blocking time;
- bytes on two docs pages, of which Pyodide (must be 0).

Usage: ``python scripts/bench_browser.py [--runs 3] [--profiles snel,9mbit,1.6mbit]
[--site DIR]`` (builds the site when no ``--site`` is given). Needs Chromium at
``$CHROMIUM`` (default /usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from playwright.sync_api import (  # noqa: E402
    Browser,
    BrowserContext,
    Page,
    Playwright,
    Request,
    Route,
    sync_playwright,
)
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError  # noqa: E402

from scripts.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from scripts.serve import free_port, handler_class, serve_in_thread  # noqa: E402

PYODIDE_BYTES = re.compile(
    r"pyodide|\.wasm|python_stdlib|leefloon-(regels|stdlib|snapshot)|worker\.js", re.I
)
TIMEOUT_MS = 300_000
CHECKER_DONE = "() => window.__lwPerf && window.__lwPerf.firstResult !== null"
BARE_DONE = "() => window.__bare && window.__bare.done !== null"

LONGTASKS = r"""
window.__lt = [];
try {
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__lt.push([e.startTime, e.duration]);
  }).observe({ type: "longtask", buffered: true });
} catch (e) {}
"""


@dataclass(frozen=True)
class Profile:
    """A network and CPU profile applied through the DevTools Protocol."""

    key: str
    label: str
    down_kbit: float | None  # None: no throttling
    latency_ms: float
    cpu: float

    def apply(self, page: Page) -> None:
        cdp = page.context.new_cdp_session(page)
        if self.down_kbit is not None:
            cdp.send("Network.enable")
            cdp.send(
                "Network.emulateNetworkConditions",
                {
                    "offline": False,
                    "latency": self.latency_ms,
                    "downloadThroughput": self.down_kbit * 1000 / 8,
                    "uploadThroughput": self.down_kbit * 1000 / 8 / 4,
                },
            )
        if self.cpu != 1:
            cdp.send("Emulation.setCPUThrottlingRate", {"rate": self.cpu})


PROFILES = {
    p.key: p
    for p in (
        Profile("snel", "onbeperkt", None, 0, 1),
        Profile("9mbit", "9 Mbit/s, 60 ms, CPU × 4", 9000, 60, 4),
        Profile("1.6mbit", "1,6 Mbit/s, 150 ms, CPU × 4", 1600, 150, 4),
    )
}


# --- Serving and building ---------------------------------------------------------------------


def _build(out: Path, site_url: str) -> None:
    env = {**os.environ, "SITE_URL": site_url, "NO_MKDOCS_2_WARNING": "1"}
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


# --- One visit ---------------------------------------------------------------------------------


@dataclass
class Visit:
    """What one page visit cost and when its first result came."""

    first_ms: float
    wire: int = 0  # bytes on the wire, the whole visit (until the network is quiet)
    wire_before: int = 0  # … before the first result
    wire_pyodide: int = 0
    tbt: float = 0.0
    facts: dict[str, Any] = field(default_factory=dict)

    @property
    def wire_after(self) -> int:
        return self.wire - self.wire_before


@contextmanager
def _recording(context: BrowserContext) -> Iterator[list[tuple[Request, float]]]:
    """Every finished request of the context (worker's too), with its end (epoch ms)."""
    done: list[tuple[Request, float]] = []

    def finished(request: Request) -> None:
        timing = request.timing
        done.append((request, timing["startTime"] + max(timing["responseEnd"], 0)))

    context.on("requestfinished", finished)
    try:
        yield done
    finally:
        context.remove_listener("requestfinished", finished)


def _wire(request: Request) -> int:
    sizes = request.sizes()
    return int(sizes["responseBodySize"]) + int(sizes["responseHeadersSize"])


def _visit(page: Page, url: str, done: str, first_key: str) -> Visit:
    with _recording(page.context) as requests:
        page.goto(url)
        page.wait_for_function(done, timeout=TIMEOUT_MS)
        first = float(page.evaluate(f"() => {first_key}"))
        origin = float(page.evaluate("() => performance.timeOrigin"))
        if done == CHECKER_DONE:
            # The worker may fetch the snapshot for next time, 3 s after its first result:
            # that belongs to this visit's bytes (and lets a return visit use it). Wait for
            # it (up to 20 s; it skips the fetch on a slow connection).
            page.wait_for_timeout(4000)
            if page.evaluate("() => window.__lwPerf.bootSource") == "normal":
                with contextlib.suppress(PlaywrightTimeoutError):
                    page.wait_for_function("() => window.__lwPerf.snapshotCached", timeout=20_000)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(1000)
        tasks = page.evaluate("() => window.__lt || []")
        facts = page.evaluate(
            """() => {
              const p = window.__lwPerf;
              if (!p) return {};
              return {source: p.bootSource, phases: p.bootPhases, boot: p.bootMs,
                      worker: p.bootStartedAt, progress: p.progressMessages || 0,
                      snapshotCached: !!p.snapshotCached};
            }"""
        )
        sizes = [(r.url, _wire(r), end) for r, end in requests]
    cut = origin + first
    return Visit(
        first_ms=first,
        wire=sum(n for _, n, _ in sizes),
        wire_before=sum(n for _, n, end in sizes if end <= cut),
        wire_pyodide=sum(n for u, n, _ in sizes if PYODIDE_BYTES.search(u)),
        tbt=sum(max(0.0, d - 50.0) for start, d in tasks if start <= first + 1000),
        facts=facts,
    )


def _cold_snapshot_route(route: Route) -> None:
    """The worker with COLD_SNAPSHOT on: a cold visit also fetches the snapshot."""
    body = route.fetch().text()
    switched = body.replace("const COLD_SNAPSHOT = false;", "const COLD_SNAPSHOT = true;")
    assert switched != body, "COLD_SNAPSHOT not found in worker.js"
    route.fulfill(body=switched, content_type="text/javascript")


def _new_page(context: BrowserContext, profile: Profile, cold_snapshot: bool) -> Page:
    context.add_init_script(LONGTASKS)
    page = context.pages[0] if context.pages else context.new_page()
    profile.apply(page)
    if cold_snapshot:
        page.route(re.compile(r".*/javascripts/worker\.js.*"), _cold_snapshot_route)
    return page


@dataclass(frozen=True)
class Target:
    """A page to measure: its path, when it is done, where its first result is."""

    name: str
    path: str
    done: str
    first_key: str
    cold_snapshot: bool = False


BARE = Target("kaal", "_bench/", BARE_DONE, "window.__bare.done")
CHECKER = Target("checker", "checker/", CHECKER_DONE, "window.__lwPerf.firstResult")
CHECKER_SNAP = Target(
    "checker, koud uit snapshot",
    "checker/",
    CHECKER_DONE,
    "window.__lwPerf.firstResult",
    cold_snapshot=True,
)


def cold(browser: Browser, base: str, target: Target, profile: Profile) -> Visit:
    context = browser.new_context()
    try:
        page = _new_page(context, profile, target.cold_snapshot)
        return _visit(page, base + target.path, target.done, target.first_key)
    finally:
        context.close()


def returning(pw: Playwright, base: str, target: Target, profile: Profile) -> Visit:
    """A first visit, the browser closed and started again, then the measured visit."""
    with tempfile.TemporaryDirectory(prefix="lw-profile-") as profile_dir:

        def launch() -> BrowserContext:
            return pw.chromium.launch_persistent_context(
                profile_dir, executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
            )

        ctx = launch()
        _visit(_new_page(ctx, profile, False), base + target.path, target.done, target.first_key)
        ctx.close()
        ctx = launch()
        try:
            page = _new_page(ctx, profile, False)
            return _visit(page, base + target.path, target.done, target.first_key)
        finally:
            ctx.close()


def per_change(browser: Browser, base: str, n: int = 100) -> dict[str, float]:
    """Latency of the result after each of n changes to the form (unthrottled)."""
    context = browser.new_context()
    context.add_init_script(LONGTASKS)
    page = context.new_page()
    page.goto(f"{base}checker/")
    page.wait_for_function(CHECKER_DONE, timeout=TIMEOUT_MS)
    amount = page.locator('[data-type="bedrag"] input[type="text"]:visible').first
    radio = page.locator('[data-type="janee"]:visible input[type="radio"]')
    page.wait_for_function("() => !window.__lwPerf.busy")
    page.evaluate(
        "() => { Object.assign(window.__lwPerf, {latencies: [], handlerLatencies: []});"
        " window.__lt = []; }"
    )
    for i in range(n):
        if i % 2 == 0 and amount.count():
            amount.fill(str(100 + i))
        else:
            radio.nth(i % 2).check()
        page.wait_for_function("() => !window.__lwPerf.busy")
    lat = sorted(page.evaluate("() => window.__lwPerf.latencies"))
    # Per result: [ms to the worker, Python, back to the page, rendering].
    parts = page.evaluate(
        "() => window.__lwPerf.breakdown.slice(-window.__lwPerf.latencies.length)"
    )
    tasks = page.evaluate("() => window.__lt || []")
    context.close()

    def p95(values: list[float]) -> float:
        values = sorted(values)
        return values[max(0, round(0.95 * len(values)) - 1)]

    return {
        "n": len(lat),
        "p50": statistics.median(lat),
        "p95": p95(lat),
        "python_p95": p95([float(b[1]) for b in parts]) if parts else 0.0,
        "render_p95": p95([float(b[3]) for b in parts]) if parts else 0.0,
        "tbt": sum(max(0.0, d - 50.0) for _, d in tasks),
    }


# --- Report ------------------------------------------------------------------------------------


def _med(rows: list[Visit], get: Callable[[Visit], float]) -> float:
    return statistics.median(get(r) for r in rows)


def _s(ms: float) -> str:
    return f"{ms / 1000:.1f} s".replace(".", ",")


def _mb(n: float) -> str:
    return (f"{n / 1e6:.2f} MB" if n >= 100_000 else f"{n / 1e3:.0f} kB").replace(".", ",")


def _estimate_cpu4(v: Visit) -> float:
    """First result if the worker's own CPU time after its last byte were 4 × longer."""
    phases = v.facts.get("phases") or {}
    boot = v.facts.get("boot")
    if not phases or boot is None:
        return v.first_ms
    after_bytes = float(boot) - float(phases.get("downloaded", phases.get("import", 0)))
    return v.first_ms + 3 * max(0.0, after_bytes)


def _table(rows: list[tuple[str, ...]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    line = "+".join("-" * (w + 2) for w in widths)
    out = [line]
    for i, r in enumerate(rows):
        out.append("|".join(f" {c:<{w}} " for c, w in zip(r, widths, strict=True)))
        if i == 0:
            out.append(line)
    out.append(line)
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--profiles", default="snel,9mbit,1.6mbit")
    parser.add_argument("--site", type=Path, default=None)
    args = parser.parse_args()
    if not Path(CHROMIUM).is_file():
        sys.exit(f"Chromium ontbreekt op {CHROMIUM} (bash scripts/install-chromium.sh)")
    profiles = [PROFILES[k] for k in args.profiles.split(",")]
    step: Callable[[str], None] = lambda s: print(f"… {s}", file=sys.stderr, flush=True)  # noqa: E731

    tmp = None
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    if args.site is None:
        tmp = tempfile.TemporaryDirectory(prefix="lw-bench-site-")
        site = Path(tmp.name)
        step("bouwen")
        _build(site, base)
    else:
        site = args.site
    _add_bare_page(site)
    server = serve_in_thread(site, port, handler_class(use_gzip=True, max_age=600))
    load_before = os.getloadavg()
    started = time.time()
    results: dict[str, dict[str, Any]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for profile in profiles:
            targets = [BARE, CHECKER] + ([CHECKER_SNAP] if profile.key != "1.6mbit" else [])
            step(f"{profile.label}: koud, {' / '.join(t.name for t in targets)} om beurten")
            cold_rows: dict[str, list[Visit]] = {t.name: [] for t in targets}
            for _ in range(args.runs):  # in turn, so a busy moment hits each alike
                for t in targets:
                    cold_rows[t.name].append(cold(browser, base, t, profile))
            step(f"{profile.label}: terugkeer, kaal / checker")
            ret_runs = args.runs if profile.key == "snel" else 1
            ret_rows: dict[str, list[Visit]] = {BARE.name: [], CHECKER.name: []}
            for _ in range(ret_runs):
                for t in (BARE, CHECKER):
                    ret_rows[t.name].append(returning(pw, base, t, profile))
            results[profile.key] = {"cold": cold_rows, "return": ret_rows}
        step("100 wijzigingen; docs-pagina's")
        changes = per_change(browser, base)
        docs = [
            cold(browser, base, Target("docs", path, "() => true", "0"), PROFILES["snel"])
            for path in ("", "voorwaarden/nationaliteit/")
        ]
        browser.close()
    server.shutdown()
    load_after = os.getloadavg()

    print(
        f"Chromium {CHROMIUM}; {os.cpu_count()} cores; load average (1/5/15 min) bij de start "
        f"{load_before[0]:.1f}/{load_before[1]:.1f}/{load_before[2]:.1f}, aan het eind "
        f"{load_after[0]:.1f}/{load_after[1]:.1f}/{load_after[2]:.1f}; "
        f"{args.runs} koude runs per meting (mediaan); {time.time() - started:.0f} s; "
        "gzip zoals GitHub Pages, Cache-Control: max-age=600."
    )
    rows: list[tuple[str, ...]] = [
        (
            "Profiel",
            "Pagina",
            "Koud → 1e resultaat",
            "idem, worker ook × 4 (schatting)",
            "Bytes vóór 1e resultaat",
            "Bytes hele bezoek (erna)",
            "Terugkeer → 1e resultaat",
            "Terugkeer: bytes, start",
        )
    ]
    for profile in profiles:
        cold_rows = results[profile.key]["cold"]
        ret_rows = results[profile.key]["return"]
        for name, visits in cold_rows.items():
            ret = ret_rows.get(name)
            cpu4 = (
                _s(_med(visits, _estimate_cpu4)) if profile.cpu != 1 and name != BARE.name else ""
            )
            rows.append(
                (
                    profile.label,
                    name,
                    _s(_med(visits, lambda v: v.first_ms)),
                    cpu4,
                    _mb(_med(visits, lambda v: v.wire_before)),
                    f"{_mb(_med(visits, lambda v: v.wire))} "
                    f"({_mb(_med(visits, lambda v: v.wire_after))})",
                    _s(_med(ret, lambda v: v.first_ms)) if ret else "",
                    (f"{_mb(_med(ret, lambda v: v.wire))}, {ret[0].facts.get('source') or 'kaal'}")
                    if ret
                    else "",
                )
            )
    print(_table(rows))
    docs_line = ", ".join(f"{_mb(v.wire)} (Pyodide {v.wire_pyodide} B)" for v in docs)
    print(
        f"Per wijziging (n={changes['n']}, onbeperkt): p50 {changes['p50']:.1f} ms, "
        f"p95 {changes['p95']:.1f} ms (waarvan p95 Python {changes['python_p95']:.1f} ms, "
        f"weergave {changes['render_p95']:.1f} ms), blocking time {changes['tbt']:.0f} ms. "
        f"Docs-pagina's (home, nationaliteit): {docs_line}."
    )
    detail = {
        key: {
            kind: {
                name: [
                    {
                        "first": round(v.first_ms),
                        "wire_before": v.wire_before,
                        "wire": v.wire,
                        "pyodide": v.wire_pyodide,
                        "tbt": round(v.tbt),
                        **v.facts,
                    }
                    for v in visits
                ]
                for name, visits in by_kind.items()
            }
            for kind, by_kind in res.items()
        }
        for key, res in results.items()
    }
    print(json.dumps(detail, ensure_ascii=False))
    if tmp is not None:
        tmp.cleanup()


if __name__ == "__main__":
    main()
