"""Code quality gates that run as part of the tests: ruff, mypy --strict, TypeScript, ESLint."""

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


NODE_BIN = ROOT / "node_modules" / ".bin"


def test_the_page_scripts_type_check_with_typescript() -> None:
    """The checker page, the offline copy and its service worker: // @ts-check with JSDoc
    types, checked by the pinned TypeScript (make lint runs the same)."""
    for config in ("tsconfig.json", "tsconfig.offline.json", "tsconfig.sw.json"):
        proc = _run(str(NODE_BIN / "tsc"), "-p", config)
        assert proc.returncode == 0, f"{config}:\n{proc.stdout}{proc.stderr}"


def test_the_page_scripts_pass_eslint() -> None:
    """The checker page, the offline page module and the service worker (eslint.config.mjs)."""
    proc = _run(
        str(NODE_BIN / "eslint"),
        "docs/javascripts/checker.js",
        "docs/javascripts/checker/",
        "docs/javascripts/offline.js",
        "scripts/sitegen/templates/offline/sw.js",
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
