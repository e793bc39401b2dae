"""Parity: the rule module gives byte-identical answers in Pyodide (CPython 3.14 in
WebAssembly, under Node) and in this CPython.

The rules zip is built with scripts/rules_zip.py, exactly as the site ships it, and
tests/parity/run_pyodide.mjs unpacks it the way the site's worker does. Node runs once,
over every scenario of tests/scenarios.toml plus the bad-input cases below. Node is
required: CI installs it, so a missing Node fails the test instead of skipping it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import tomllib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from checker.browser import run
from scripts.rules_zip import write_rules_zip

ROOT = Path(__file__).resolve().parent.parent
RUNNER = ROOT / "tests" / "parity" / "run_pyodide.mjs"
SCENARIOS = ROOT / "tests" / "scenarios.toml"

#: Bad or odd input: the browser answers {"ok": false, "errors": [...]} the same way.
BAD_CASES: list[dict[str, Any]] = [
    {"id": "bad-impossible-date", "peildatum": "2025-02-30", "antwoorden": {}},
    {"id": "bad-date-after-coverage", "peildatum": "2027-01-01", "antwoorden": {}},
    {"id": "bad-date-before-coverage", "peildatum": "2022-12-31", "antwoorden": {}},
    {"id": "bad-date-missing", "peildatum": None, "antwoorden": {}},
    {"id": "bad-date-number", "peildatum": 20250301, "antwoorden": {}},
    {"id": "bad-unknown-key", "peildatum": "2025-03-01", "antwoorden": {"huisdier": "kat"}},
    {
        "id": "bad-everything-at-once",
        "peildatum": "2026-02-29",
        "antwoorden": {
            "verblijfsstatus": "marsmannetje",
            "woont_in_belgie": 3,
            "leeftijd": 30.5,
            "inkomen_werk": "12,345",
            "andere_inkomsten": -1,
            "vermogen": "soms",
            "andere_uitkeringen": True,
            "kleur": "rood",
        },
    },
    {
        "id": "bad-out-of-range",
        "peildatum": "2025-03-01",
        "antwoorden": {"leeftijd": 121, "inkomen_werk": "100.000,01", "dagen_buitenland": 10},
    },
    {
        "id": "bad-days-abroad-contradiction",
        "peildatum": "2025-03-01",
        "antwoorden": {"woont_in_belgie": True, "dagen_buitenland": 366},
    },
    {
        "id": "ok-dutch-number-formats",
        "peildatum": "2025-03-01",
        "antwoorden": {
            "verblijfsstatus": "belg",
            "kind_ten_laste": "nee",
            "samenwonend_partner": "ja",
            "inkomen_partner": "1.314,20",
            "andere_inkomsten": "€ 12,5",
            "inkomen_werk": "1314.20",
            "socioprofessionele_vrijstelling": "weet_niet",
            "leeftijd": " 40 ",
        },
    },
    {
        "id": "ok-irrelevant-bad-answer-ignored",
        "peildatum": "2025-03-01",
        "antwoorden": {"verblijfsstatus": "belg", "eu_hoedanigheid": 42, "gehuwd": "x"},
    },
    {"id": "bad-answers-not-an-object", "peildatum": "2025-03-01", "antwoorden": [1, 2]},
]


def load_cases() -> list[dict[str, Any]]:
    with SCENARIOS.open("rb") as f:
        scenarios = tomllib.load(f)["case"]
    cases = [
        {"id": c["id"], "peildatum": c["peildatum"], "antwoorden": c["antwoorden"]}
        for c in scenarios
    ]
    return cases + BAD_CASES


CASES = load_cases()


@dataclass(frozen=True)
class PyodideRun:
    """What the Node run reported: the interpreter, its answers per case, the time."""

    info: dict[str, Any]
    texts: dict[str, str]
    seconds: float
    zip_path: Path


def cpython_text(case: dict[str, Any]) -> str:
    """CPython's answer for the same JSON text the browser sends."""
    return run(json.dumps({"peildatum": case["peildatum"], "antwoorden": case["antwoorden"]}))


def canonical(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True)


@pytest.fixture(scope="module")
def pyodide_run(tmp_path_factory: pytest.TempPathFactory) -> PyodideRun:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node is not installed: the parity test needs it (CI installs Node 20).")
    if not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").is_file():
        pytest.fail("node_modules/pyodide is missing: run `npm ci`.")
    tmp = tmp_path_factory.mktemp("parity")
    zip_path = write_rules_zip(tmp / "rules")
    cases_path = tmp / "cases.json"
    cases_path.write_text(json.dumps(CASES, ensure_ascii=False), encoding="utf-8")
    out_path = tmp / "out.jsonl"
    start = time.perf_counter()
    proc = subprocess.run(
        [node, str(RUNNER), str(zip_path), str(cases_path), str(out_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        pytest.fail(f"node {RUNNER.name} failed ({proc.returncode}):\n{proc.stderr}")
    header, *lines = out_path.read_text(encoding="utf-8").splitlines()
    texts: dict[str, str] = {}
    for line in lines:
        item = json.loads(line)
        texts[item["id"]] = item["text"]
    info = json.loads(header)
    print(
        f"\nPyodide {info['pyodide']} / Python {info['python']}: {len(texts)} cases, "
        f"load {info['load_ms']} ms, run {info['run_ms']} ms, node total {seconds:.1f} s"
    )
    return PyodideRun(info, texts, seconds, zip_path)


def test_pyodide_runs_cpython_3_14_from_the_rules_zip(pyodide_run: PyodideRun) -> None:
    info = pyodide_run.info
    assert info["python"].startswith("3.14."), info["version"]
    assert info["implementation"] == "cpython"
    assert info["platform"] == "emscripten"
    # The module came from the zip, not from this working tree.
    assert info["checker_file"] == "/home/pyodide/leefloon/checker/__init__.py"


def test_the_zip_holds_the_whole_rule_module(pyodide_run: PyodideRun) -> None:
    with zipfile.ZipFile(pyodide_run.zip_path) as zf:
        names = set(zf.namelist())
    expected = {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "checker").rglob("*.py")
        if "__pycache__" not in p.parts
    }
    assert names == expected


def test_every_case_was_run(pyodide_run: PyodideRun) -> None:
    assert list(pyodide_run.texts) == [c["id"] for c in CASES]
    assert len(CASES) >= 85 + len(BAD_CASES)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_byte_identical_to_cpython(pyodide_run: PyodideRun, case: dict[str, Any]) -> None:
    ours = cpython_text(case)
    theirs = pyodide_run.texts[case["id"]]
    assert canonical(theirs) == canonical(ours)
    assert theirs == ours
    if case["id"].startswith("bad-"):
        assert json.loads(theirs)["ok"] is False
    else:
        assert json.loads(theirs)["ok"] is True
