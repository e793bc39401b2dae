"""Benchmark the rule module on CPython: evaluations per second over a mix of answers.

Not a test: it prints numbers. The mix is every scenario of tests/scenarios.toml
(eligible, not eligible and uncertain households, dates from 2023 to 2026). Three
modes: ``evaluate`` only; ``evaluate`` + ``to_dict`` + ``json.dumps`` (what the CLI
does); and ``checker.browser.run`` (JSON text in and out, what the browser worker
calls). Each mode runs several times; the table shows the median.

Usage: ``python scripts/bench_rules.py [--runs 7] [--seconds 1.0] [--profile]``
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import pstats
import statistics
import sys
import time
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checker import evaluate  # noqa: E402
from checker.browser import run  # noqa: E402

TARGET = 20_000  # evaluations per second


def load_mix() -> list[tuple[dict[str, Any], str]]:
    with (ROOT / "tests" / "scenarios.toml").open("rb") as f:
        cases = tomllib.load(f)["case"]
    return [(c["antwoorden"], c["peildatum"]) for c in cases]


def modes(mix: list[tuple[dict[str, Any], str]]) -> dict[str, Callable[[], None]]:
    payloads = [json.dumps({"peildatum": d, "antwoorden": a}) for a, d in mix]

    def evaluate_only() -> None:
        for answers, day in mix:
            evaluate(answers, day)

    def evaluate_to_json() -> None:
        for answers, day in mix:
            json.dumps(evaluate(answers, day).to_dict(), ensure_ascii=False)

    def browser_run() -> None:
        for payload in payloads:
            run(payload)

    return {
        "evaluate": evaluate_only,
        "evaluate + to_dict + json.dumps": evaluate_to_json,
        "browser.run (JSON in, JSON out)": browser_run,
    }


def rate(one_pass: Callable[[], None], per_pass: int, seconds: float) -> float:
    """Evaluations per second over repeated passes for about ``seconds``."""
    passes = 0
    start = time.perf_counter()
    while True:
        one_pass()
        passes += 1
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return passes * per_pass / elapsed


def profile(one_pass: Callable[[], None], top: int = 20) -> str:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(20):
        one_pass()
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="runs per mode (median shown)")
    parser.add_argument("--seconds", type=float, default=1.0, help="duration of one run")
    parser.add_argument("--profile", action="store_true", help="print cProfile hot spots")
    args = parser.parse_args(argv)

    mix = load_mix()
    table = modes(mix)
    for one_pass in table.values():
        one_pass()  # warm up: imports, caches
    print(
        f"Python {sys.version.split()[0]}, {len(mix)} scenarios per pass, "
        f"{args.runs} runs of {args.seconds:.1f} s per mode, median shown"
    )
    header = f"{'mode':<34} {'evals/s':>10} {'min':>10} {'max':>10} {'µs/eval':>9}"
    print(header)
    print("-" * len(header))
    results: dict[str, float] = {}
    for name, one_pass in table.items():
        rates = [rate(one_pass, len(mix), args.seconds) for _ in range(args.runs)]
        median = statistics.median(rates)
        results[name] = median
        print(
            f"{name:<34} {median:>10,.0f} {min(rates):>10,.0f} {max(rates):>10,.0f} "
            f"{1e6 / median:>9.1f}"
        )
    best = results["evaluate"]
    verdict = "meets" if best >= TARGET else "is below"
    print(f"\nevaluate: {best:,.0f}/s {verdict} the target of {TARGET:,}/s.")
    if args.profile or best < TARGET:
        print("\nHot spots (cProfile, evaluate only, sorted by own time):\n")
        print(profile(table["evaluate"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
