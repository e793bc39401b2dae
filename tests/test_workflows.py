"""The GitHub Actions workflows: linted by zizmor and checked for what this project needs.

zizmor (a PyPI wheel with its binary inside, pinned in the ``dev`` extra) validates each
workflow against GitHub's workflow schema and audits it for security problems (template
injection, credentials left in the checkout, excessive permissions, cache poisoning, ...).
It runs with ``--offline``: the audits that would call the GitHub API are skipped, so the
test needs no network.

One policy is relaxed on purpose: first-party ``actions/*`` may be pinned to a major version
tag instead of a commit hash. Commit hashes cannot be looked up and checked from this
project's machines, and a hash typed in unchecked is worse than a tag. Every other action
still has to be pinned to a full commit hash.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = ROOT / ".github" / "workflows"
ZIZMOR = Path(sys.executable).parent / "zizmor"

ZIZMOR_CONFIG = """\
rules:
  unpinned-uses:
    config:
      policies:
        "actions/*": ref-pin
"""


def _zizmor(tmp_path: Path, *inputs: Path) -> subprocess.CompletedProcess[str]:
    assert ZIZMOR.is_file(), (
        f"{ZIZMOR} ontbreekt: installeer de dev-extra (pip install -e '.[dev]')"
    )
    config = tmp_path / "zizmor.yml"
    config.write_text(ZIZMOR_CONFIG, encoding="utf-8")
    return subprocess.run(
        [
            str(ZIZMOR),
            "--offline",
            "--strict-collection",
            "--persona",
            "pedantic",
            "--no-progress",
            "--color",
            "never",
            "--config",
            str(config),
            *map(str, inputs),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _load(name: str) -> dict[Any, Any]:
    with (WORKFLOWS / name).open(encoding="utf-8") as f:
        data = yaml.safe_load(f)
    assert isinstance(data, dict), f"{name} is geen YAML-mapping"
    return data


def _triggers(wf: dict[Any, Any]) -> dict[str, Any]:
    # PyYAML reads the bare key `on` as the boolean True (YAML 1.1).
    on = wf.get("on", wf.get(True))
    if isinstance(on, str):
        return {on: None}
    if isinstance(on, list):
        return dict.fromkeys(on)
    assert isinstance(on, dict), f"onverwachte triggers: {on!r}"
    return on


def _steps(wf: dict[Any, Any]) -> list[dict[str, Any]]:
    return [step for job in wf["jobs"].values() for step in job.get("steps", [])]


def _step_using(wf: dict[Any, Any], action: str) -> dict[str, Any]:
    for step in _steps(wf):
        if str(step.get("uses", "")).split("@")[0] == action:
            return step
    raise AssertionError(f"geen stap gebruikt {action}")


def test_the_project_has_a_test_and_a_pages_workflow() -> None:
    assert {"pages.yml", "test.yml"} <= {p.name for p in WORKFLOWS.glob("*.y*ml")}


def test_zizmor_finds_nothing_in_the_workflows_even_as_a_pedantic_auditor(
    tmp_path: Path,
) -> None:
    result = _zizmor(tmp_path, WORKFLOWS)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No findings" in result.stdout + result.stderr


def test_zizmor_really_rejects_a_broken_and_an_unsafe_workflow(tmp_path: Path) -> None:
    """Guards against a linter that silently checks nothing."""
    broken = tmp_path / "broken.yml"
    broken.write_text(
        "on: push\njobs:\n  a:\n    runs-onn: ubuntu-latest\n    steps:\n      - run: echo\n",
        encoding="utf-8",
    )
    unsafe = tmp_path / "unsafe.yml"
    unsafe.write_text(
        "on: issues\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-latest\n"
        '    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
        encoding="utf-8",
    )
    result = _zizmor(tmp_path, broken)
    assert result.returncode != 0
    assert "runs-on" in result.stdout + result.stderr

    result = _zizmor(tmp_path, unsafe)
    assert result.returncode != 0
    assert "template-injection" in result.stdout + result.stderr


@pytest.mark.parametrize("name", ["test.yml", "pages.yml"])
def test_every_action_is_pinned_to_at_least_a_major_version(name: str) -> None:
    pinned = re.compile(r"^[\w.-]+/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$")
    uses = [str(s["uses"]) for s in _steps(_load(name)) if "uses" in s]
    assert uses
    assert [u for u in uses if not pinned.match(u)] == []


@pytest.mark.parametrize("name", ["test.yml", "pages.yml"])
def test_no_workflow_keeps_git_credentials_in_the_checkout(name: str) -> None:
    checkout = _step_using(_load(name), "actions/checkout")
    assert checkout.get("with", {}).get("persist-credentials") is False


def test_the_test_workflow_runs_make_test_on_every_push_and_pull_request() -> None:
    wf = _load("test.yml")
    assert {"push", "pull_request"} <= set(_triggers(wf))
    assert wf.get("permissions") == {"contents": "read"}
    (job,) = wf["jobs"].values()
    assert job["runs-on"] == "ubuntu-latest"
    assert str(_step_using(wf, "actions/setup-python")["with"]["python-version"]) == "3.11"
    assert str(_step_using(wf, "actions/setup-node")["with"]["node-version"]) == "20"
    runs = [s.get("run", "").strip() for s in job["steps"]]
    assert "make test" in runs
    # Checkout and both toolchains come before the test run.
    order = [str(s.get("uses", s.get("run", ""))).split("@")[0] for s in job["steps"]]
    assert order.index("make test") > max(
        order.index("actions/checkout"),
        order.index("actions/setup-python"),
        order.index("actions/setup-node"),
    )


def test_the_ci_script_and_the_test_workflow_run_the_same_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, re.M)
    assert "test:" in (ROOT / "Makefile").read_text(encoding="utf-8")


def test_the_pages_workflow_builds_for_the_pages_address_and_deploys_with_least_privilege() -> None:
    wf = _load("pages.yml")
    assert "push" in _triggers(wf)
    assert wf.get("permissions") == {}, "rechten horen per job, niet voor de hele workflow"
    assert wf["concurrency"]["group"]
    assert wf["concurrency"].get("cancel-in-progress") is False

    build, deploy = wf["jobs"]["build"], wf["jobs"]["deploy"]
    assert build["permissions"] == {"contents": "read", "pages": "read"}
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "build"
    assert deploy["environment"]["name"] == "github-pages"
    assert "steps.deployment.outputs.page_url" in deploy["environment"]["url"]

    configure = _step_using(wf, "actions/configure-pages")
    make_build = next(s for s in build["steps"] if s.get("run", "").strip() == "make build")
    assert f"steps.{configure['id']}.outputs.base_url" in make_build["env"]["SITE_URL"]
    assert build["steps"].index(configure) < build["steps"].index(make_build)

    upload = _step_using(wf, "actions/upload-pages-artifact")
    with (ROOT / "mkdocs.yml").open(encoding="utf-8") as f:
        site_dir = re.search(r"^site_dir:\s*(\S+)", f.read(), re.M)
    assert upload["with"]["path"] == (site_dir.group(1) if site_dir else "site")
    assert build["steps"].index(make_build) < build["steps"].index(upload)
    deploy_step = _step_using({"jobs": {"deploy": deploy}}, "actions/deploy-pages")
    assert deploy_step["id"] == "deployment"
