"""The build's own pieces (scripts/sitegen, scripts/serve.py), without building the site.

- the build scripts pass ``mypy --strict``;
- the form: every question type has its template, the whole questionnaire renders, text
  is escaped, and a type without a template fails with a message that says what to do;
- the CSP step fills in the hashes of inline scripts and styles;
- the worker: the build's facts go into its one slot, and every message it posts is
  documented at its top;
- the local server compresses what GitHub Pages compresses and answers 304 on a match;
- the rules zip keeps the site views and the command line out; the cases the trimmed
  standard library is traced with are the scenario table and the bad-input cases.
"""

from __future__ import annotations

import copy
import gzip
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
import zipfile
from pathlib import Path
from typing import Any

import pytest

from checker.schema import questionnaire
from scripts import rules_zip
from scripts.serve import handler_class, serve_in_thread
from scripts.sitegen import BuildError
from scripts.sitegen.checker_build import BUILD_SLOT, fill_worker
from scripts.sitegen.csp import SCRIPT_TOKEN, STYLE_TOKEN, apply_csp
from scripts.sitegen.form import TEMPLATES, VRAAGSOORTEN, Woordenlijst, render_form
from scripts.sitegen.stdlib import BAD_CASES, SCENARIOS, cases

ROOT = Path(__file__).resolve().parent.parent
WORKER = ROOT / "docs" / "javascripts" / "worker.js"


def test_the_build_scripts_pass_mypy_strict() -> None:
    proc = subprocess.run(
        [str(Path(sys.executable).parent / "mypy"), "--strict", "scripts"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


# --- The form ------------------------------------------------------------------------------


def test_every_question_type_has_a_template_with_a_vraag_macro() -> None:
    for soort in set(VRAAGSOORTEN.values()):
        template = TEMPLATES / "checker" / f"vraag_{soort}.html"
        assert template.is_file(), template
        assert "{% macro vraag(" in template.read_text(encoding="utf-8")
    used = {q["type"] for q in questionnaire()["questions"]}
    assert used <= set(VRAAGSOORTEN)


def test_the_whole_questionnaire_renders_with_every_question_in_it() -> None:
    html = render_form(questionnaire(), Woordenlijst({}), "{}", "../")
    for q in questionnaire()["questions"]:
        assert f'id="lw-vraag-{q["id"]}"' in html
    assert html.startswith('<div class="lw-checker"') and html.endswith("</div>")


def _one_question(q: dict[str, Any]) -> dict[str, Any]:
    qn = copy.deepcopy(questionnaire())
    qn["questions"] = [q]
    qn["groups"] = [{"id": "g", "title": "Groep", "intro": "", "questions": [q["id"]]}]
    return qn


def test_text_in_the_form_is_escaped() -> None:
    keuze = next(q for q in questionnaire()["questions"] if q["type"] == "keuze")
    q = {**copy.deepcopy(keuze), "label": '<script>alert("x")</script> & co'}
    html = render_form(_one_question(q), Woordenlijst({}), '{"a": "<b>"}', "../")
    assert "<script>" not in html
    assert "&lt;script&gt;" in html and "&amp; co" in html
    assert "&lt;b&gt;" in html  # the configuration attribute too


def test_a_question_type_without_a_template_fails_with_what_to_do() -> None:
    q = {**copy.deepcopy(questionnaire()["questions"][0]), "type": "kaart"}
    with pytest.raises(BuildError, match=r"VRAAGSOORTEN.*form\.py"):
        render_form(_one_question(q), Woordenlijst({}), "{}", "../")


# --- CSP -----------------------------------------------------------------------------------


def test_the_csp_step_fills_in_the_hashes_of_all_inline_scripts_and_styles(tmp_path: Path) -> None:
    meta = f'<meta http-equiv="Content-Security-Policy" content="{SCRIPT_TOKEN} {STYLE_TOKEN}">'
    (tmp_path / "a.html").write_text(f"{meta}<script>var a = 1;</script>", encoding="utf-8")
    (tmp_path / "b.html").write_text(
        f'{meta}<script src="x.js"></script><td style="text-align: right;">1</td>',
        encoding="utf-8",
    )
    apply_csp(tmp_path)
    a = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert SCRIPT_TOKEN not in a and STYLE_TOKEN not in a
    assert a.count("'sha256-") == 2  # one script (from a), one style value (from b)
    assert "'unsafe-hashes'" in a and "'unsafe-inline'" not in a
    apply_csp(tmp_path, serve=True)  # placeholders are gone: nothing left to change
    assert (tmp_path / "a.html").read_text(encoding="utf-8") == a


# --- The worker ----------------------------------------------------------------------------


def test_the_build_writes_its_facts_into_the_worker_s_one_slot() -> None:
    source = WORKER.read_text(encoding="utf-8")
    filled = fill_worker(source, {"pyodide": "../p/", "rules": {"name": "r.zip"}})
    assert BUILD_SLOT not in filled
    assert 'const BUILD = {"pyodide": "../p/", "rules": {"name": "r.zip"}};' in filled
    with pytest.raises(BuildError):
        fill_worker(source.replace(BUILD_SLOT, "null"), {})


def test_every_message_the_worker_posts_or_reads_is_documented_at_its_top() -> None:
    source = WORKER.read_text(encoding="utf-8")
    header = source.split("\nconst BUILD", 1)[0]
    posted = set(re.findall(r"""type: ["']([a-z-]+)["']""", source))
    read = set(re.findall(r"""msg\.type === ["']([a-z-]+)["']""", source))
    assert {"progress", "ready", "error", "result", "run-error"} <= posted
    assert {"init", "run"} <= read
    for kind in posted | read:
        assert f'{{type: "{kind}"' in header, f"message {kind!r} is not documented"


# --- The local server ----------------------------------------------------------------------


def test_the_server_gzips_what_github_pages_gzips_and_answers_304(tmp_path: Path) -> None:
    (tmp_path / "a.wasm").write_bytes(b"\0asm" + b"x" * 5000)
    (tmp_path / "b.zip").write_bytes(b"PK" + b"y" * 5000)
    server = serve_in_thread(tmp_path, 0, handler_class(use_gzip=True, max_age=600))
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:

        def get(name: str, **headers: str) -> Any:
            request = urllib.request.Request(
                base + name, headers={"Accept-Encoding": "gzip", **headers}
            )
            return urllib.request.urlopen(request)

        wasm = get("a.wasm")
        assert wasm.headers["Content-Encoding"] == "gzip"
        assert wasm.headers["Content-Type"] == "application/wasm"
        assert wasm.headers["Cache-Control"] == "public, max-age=600"
        assert gzip.decompress(wasm.read()) == (tmp_path / "a.wasm").read_bytes()
        zipped = get("b.zip")
        assert zipped.headers["Content-Encoding"] is None
        with pytest.raises(urllib.error.HTTPError) as again:
            get("a.wasm", **{"If-None-Match": wasm.headers["ETag"]})
        assert again.value.code == 304
    finally:
        server.shutdown()


# --- What goes to the browser --------------------------------------------------------------


def test_the_rules_zip_keeps_the_site_views_and_the_cli_out(tmp_path: Path) -> None:
    path = rules_zip.write_rules_zip(tmp_path)
    with zipfile.ZipFile(path) as zf:
        names = set(zf.namelist())
    assert "checker/browser.py" in names
    assert {"checker/site.py", "checker/voorbeelden.py", "checker/cli.py"}.isdisjoint(names)
    assert path.name == rules_zip.rules_zip_name(path.read_bytes())


def test_the_stdlib_is_traced_with_the_scenario_table_and_the_bad_input_cases() -> None:
    import tomllib

    with SCENARIOS.open("rb") as f:
        table = tomllib.load(f)["case"]
    bad = json.loads(BAD_CASES.read_text(encoding="utf-8"))
    assert [c["id"] for c in cases()] == [c["id"] for c in [*table, *bad]]
