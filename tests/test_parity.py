"""Parity: the rule module gives byte-identical answers in Pyodide (CPython 3.14 in
WebAssembly, under Node) and in this CPython, on exactly what the site ships.

The rules zip (scripts/rules_zip.py, compiled to bytecode as the site ships it) and the
trimmed standard library (scripts/sitegen/stdlib.py: only the files Pyodide and the rules
import) are built as for the site, and scripts/sitegen/node/pyodide_tool.mjs starts Python
from them the way the site's worker does: the trimmed zip as ``stdLibURL``, the lock file
inline, the rules zip on ``sys.path``. Node runs once, over every scenario of
tests/scenarios.toml plus the bad-input cases of tests/parity/bad_cases.json (which the
build also uses to find what the rules import). Node is required: CI installs it, so a
missing Node fails the test instead of skipping it.
"""

from __future__ import annotations

import json
import shutil
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from checker.browser import run
from scripts.rules_zip import NOT_IN_BROWSER, rules_files, rules_zip_bytes
from scripts.sitegen import pyodide
from scripts.sitegen.stdlib import (
    TrimmedStdlib,
    build_trimmed_stdlib,
    cases,
    compile_rules,
    minimal_lock,
    run_tool,
)

ROOT = Path(__file__).resolve().parent.parent
CASES = cases()


@dataclass(frozen=True)
class PyodideRun:
    """What the Node run reported: the interpreter, its answers per case, the time."""

    info: dict[str, Any]
    texts: dict[str, str]
    seconds: float
    zip_path: Path
    stdlib: TrimmedStdlib


def cpython_text(case: dict[str, Any]) -> str:
    """CPython's answer for the same JSON text the browser sends."""
    return run(json.dumps({"peildatum": case["peildatum"], "antwoorden": case["antwoorden"]}))


def canonical(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, sort_keys=True)


@pytest.fixture(scope="module")
def pyodide_run(tmp_path_factory: pytest.TempPathFactory) -> PyodideRun:
    if shutil.which("node") is None:
        pytest.fail("Node is not installed: the parity test needs it (CI installs Node 20).")
    if not (ROOT / "node_modules" / "pyodide" / "pyodide.mjs").is_file():
        pytest.fail("node_modules/pyodide is missing: run `npm ci`.")
    tmp = tmp_path_factory.mktemp("parity")
    pin = pyodide.load_pin()
    zip_path = tmp / "rules.zip"
    zip_path.write_bytes(compile_rules(pin, rules_zip_bytes()))  # cached by the site build
    stdlib = build_trimmed_stdlib(pin, zip_path.read_bytes())
    (tmp / "stdlib.zip").write_bytes(stdlib.data)
    (tmp / "cases.json").write_text(json.dumps(CASES, ensure_ascii=False), encoding="utf-8")
    start = time.perf_counter()
    answer = run_tool(
        "verify",
        {
            "pyodide": str(pin.source),
            "rules": str(zip_path),
            "stdlib": str(tmp / "stdlib.zip"),
            "cases": str(tmp / "cases.json"),
            "lock": minimal_lock(pin),
        },
    )
    seconds = time.perf_counter() - start
    texts = {k: v for k, v in answer.pop("answers").items() if not k.startswith("probe-")}
    print(
        f"\nPyodide {answer['pyodide']} / Python {answer['python']}: {len(texts)} cases, "
        f"trimmed stdlib {len(stdlib.files)} files ({len(stdlib.served) / 1e3:.0f} kB), "
        f"boot {answer['bootMs']:.0f} ms, run {answer['runMs']:.0f} ms, node {seconds:.1f} s"
    )
    return PyodideRun(answer, texts, seconds, zip_path, stdlib)


def test_pyodide_runs_cpython_3_14_from_the_rules_zip(pyodide_run: PyodideRun) -> None:
    info = pyodide_run.info
    assert info["python"].startswith("3.14."), info
    # The module came from the zip (zipimport, bytecode), not from this working tree.
    assert info["checker_file"] == "/home/pyodide/leefloon.zip/checker/__init__.pyc"


def test_the_zip_holds_the_rule_module_but_not_the_site_views_or_the_cli(
    pyodide_run: PyodideRun,
) -> None:
    with zipfile.ZipFile(pyodide_run.zip_path) as zf:
        names = set(zf.namelist())
    assert names == {p.relative_to(ROOT).as_posix() + "c" for p in rules_files()}
    assert "checker/browser.pyc" in names
    assert not {f"checker/{n}c" for n in NOT_IN_BROWSER} & names


def test_the_trimmed_standard_library_is_a_small_part_of_pyodides(
    pyodide_run: PyodideRun,
) -> None:
    stdlib = pyodide_run.stdlib
    with zipfile.ZipFile(ROOT / "node_modules" / "pyodide" / "python_stdlib.zip") as zf:
        full = {i.filename for i in zf.infolist() if not i.is_dir()}
    assert set(stdlib.files) <= full
    assert len(stdlib.files) < len(full) / 3
    full_size = (ROOT / "node_modules" / "pyodide" / "python_stdlib.zip").stat().st_size
    assert len(stdlib.served) < 0.4 * full_size
    # Python's own error path works on it (a run-error message needs traceback).
    assert stdlib.answers["probe-exception"] == "ok"


def test_every_case_was_run(pyodide_run: PyodideRun) -> None:
    assert list(pyodide_run.texts) == [c["id"] for c in CASES]
    bad = [c for c in CASES if c["id"].startswith(("bad-", "ok-"))]
    assert len(CASES) >= 85 + len(bad) and len(bad) >= 10


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
