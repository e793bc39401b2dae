"""Code quality gates that run as part of the tests: ruff and mypy --strict."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_no_lint_errors_in_the_code() -> None:
    proc = _run(str(BIN / "ruff"), "check", "checker", "scripts", "tests")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_code_is_formatted_with_ruff() -> None:
    proc = _run(str(BIN / "ruff"), "format", "--check", "checker", "scripts", "tests")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_rule_module_passes_mypy_strict() -> None:
    proc = _run(str(BIN / "mypy"), "--strict", "checker")
    assert proc.returncode == 0, proc.stdout + proc.stderr
