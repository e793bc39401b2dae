"""The command line: ``python -m checker evaluate|explain|questions`` and ``leefloonwijzer``.

Run as real subprocesses: exit codes, standard output and standard error are the
interface. Valid input exits 0 whatever the outcome; bad input exits 2 with Dutch
messages on standard error and never a traceback.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from checker import DEKKING_TOT, DEKKING_VAN, VRAGEN, evaluate
from checker.parameters import PER_PARAMETER

ROOT = Path(__file__).resolve().parent.parent
CONSOLE_SCRIPT = Path(sys.executable).parent / "leefloonwijzer"

REFUGEE: dict[str, Any] = {
    "peildatum": "2025-03-01",
    "antwoorden": {
        "verblijfsstatus": "erkend_vluchteling",
        "woont_in_belgie": True,
        "dagen_buitenland": 0,
        "leeftijd": 34,
        "kind_ten_laste": False,
        "samenwonend": "nee",
        "inkomen_werk": "900",
        "socioprofessionele_vrijstelling": "ja",
        "andere_inkomsten": 0,
        "spaargeld": "0",
        "ander_bezit": "nee",
        "werkbereid": True,
        "sanctie_rva": False,
        "andere_uitkeringen": "aangevraagd",
        "onderhoud_verwijzing": False,
    },
}


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )


def write(tmp_path: Path, data: object, name: str = "antwoorden.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def assert_bad_input(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout
    assert proc.stderr.startswith("De invoer is niet in orde:"), proc.stderr
    for word in words:
        assert word in proc.stderr


# --- evaluate ---------------------------------------------------------------------------


def test_evaluate_a_file(tmp_path: Path) -> None:
    proc = run("evaluate", str(write(tmp_path, REFUGEE)))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    data = json.loads(proc.stdout)
    assert {
        "outcome",
        "conditions",
        "amount",
        "alternatives",
        "warnings",
        "next_steps",
        "reference_date",
        "rules_version",
    } <= set(data)
    assert data["outcome"] == "eligible"
    assert data["reference_date"] == "2025-03-01"
    assert [c["id"] for c in data["conditions"]] == [
        "verblijfplaats",
        "leeftijd",
        "nationaliteit",
        "bestaansmiddelen",
        "werkbereidheid",
        "rechten",
    ]
    for c in data["conditions"]:
        assert {"id", "status", "reasons", "legal_basis", "page"} <= set(c)
        assert c["status"] == "met"
        assert c["reasons"] and c["legal_basis"] and c["page"].startswith("voorwaarden/")
    # 900 − 309.48 − 20.83 = 569.69 counted; 1314.20 − 569.69 = 744.51.
    assert data["amount"]["monthly_amount"] == 744.51
    assert data["amount"]["counted_resources"] == 569.69
    assert data["amount"]["valid_from"] == "2025-02-01"
    for notice in data["warnings"] + data["alternatives"] + data["next_steps"]:
        assert {"id", "title", "text"} <= set(notice)


def test_evaluate_matches_the_library(tmp_path: Path) -> None:
    proc = run("evaluate", str(write(tmp_path, REFUGEE)))
    expected = evaluate(REFUGEE["antwoorden"], REFUGEE["peildatum"]).to_dict()
    assert json.loads(proc.stdout) == expected


def test_evaluate_from_standard_input() -> None:
    proc = run("evaluate", stdin=json.dumps(REFUGEE))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["amount"]["monthly_amount"] == 744.51


def test_the_date_option_overrides_the_file(tmp_path: Path) -> None:
    """On 2026-04-01: 900 − 315.67 − 20.83 = 563.50; 1340.48 − 563.50 = 776.98."""
    proc = run("evaluate", str(write(tmp_path, REFUGEE)), "--datum", "2026-04-01")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["reference_date"] == "2026-04-01"
    assert data["amount"]["monthly_amount"] == 776.98


def test_without_a_date_today_is_used() -> None:
    proc = run("evaluate", stdin=json.dumps({"antwoorden": {}}))
    today = date.today()
    if DEKKING_VAN <= today <= DEKKING_TOT:
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["reference_date"] == today.isoformat()
    else:
        assert_bad_input(proc, "peildatum")


def test_a_not_eligible_outcome_still_exits_0(tmp_path: Path) -> None:
    data = {**REFUGEE, "antwoorden": {**REFUGEE["antwoorden"], "verblijfsstatus": "asielzoeker"}}
    proc = run("evaluate", str(write(tmp_path, data)))
    assert proc.returncode == 0
    out = json.loads(proc.stdout)
    assert out["outcome"] == "not_eligible"
    assert "fedasil" in {a["id"] for a in out["alternatives"]}
    # No right for a reason other than resources: no amount is shown at all.
    assert out["amount"] is None
    assert out["headline"]["amount_text"] is None
    assert out["settled"] is True


def test_a_refugee_on_an_a_card_answered_by_card_is_eligible(tmp_path: Path) -> None:
    """An A-card with refugee protection (XXB) meets the nationality condition: same
    result as answering 'recognised refugee' directly, 744.51 (see above)."""
    by_card = {
        "verblijfsstatus": "andere_kaart",
        "verblijfskaart": "A",
        "bescherming": "vluchteling",
    }
    data = {**REFUGEE, "antwoorden": {**REFUGEE["antwoorden"], **by_card}}
    proc = run("evaluate", str(write(tmp_path, data)))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["outcome"] == "eligible"
    assert out["amount"]["monthly_amount"] == 744.51


def test_housemates_are_read_from_the_file(tmp_path: Path) -> None:
    """Cat 1, March 2025, own income as for the refugee (900 − 309.48 = 590.52) plus a
    partner earning 1,000: 1,000 − 876.13 = 123.87; total 714.39 − 155/12 (12.92) =
    701.47 counted; 876.13 − 701.47 = 174.66."""
    answers = {
        **REFUGEE["antwoorden"],
        "samenwonend": "ja",
        "huisgenoten": [{"relatie": "partner", "inkomen": "1.000,00"}],
    }
    proc = run("evaluate", str(write(tmp_path, {**REFUGEE, "antwoorden": answers})))
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["amount"]["category"] == 1
    assert out["amount"]["counted_resources"] == 701.47
    assert out["amount"]["monthly_amount"] == 174.66
    assert "huisgenoten.0.inkomen" in out["relevant_questions"]


def test_unicode_stays_readable(tmp_path: Path) -> None:
    proc = run("evaluate", str(write(tmp_path, REFUGEE)))
    assert "°" in proc.stdout  # "art. 3, 1° Leefloonwet", not \u00b0
    assert "\\u00b0" not in proc.stdout


# --- bad input: exit 2, Dutch on stderr, no traceback -----------------------------------


def test_bad_answers(tmp_path: Path) -> None:
    data = {
        "peildatum": "2025-02-30",
        "antwoorden": {"leeftijd": "oud", "inkomen_werk": "-5", "kleur": "rood"},
    }
    proc = run("evaluate", str(write(tmp_path, data)))
    assert_bad_input(proc, "peildatum", "leeftijd", "inkomen_werk", "kleur", "geen bestaande")
    assert "niet negatief" in proc.stderr
    # The JSON on stdout lists the same errors, for programs.
    out = json.loads(proc.stdout)
    assert {e["field"] for e in out["errors"]} == {"peildatum", "leeftijd", "inkomen_werk", "kleur"}


def test_date_outside_coverage() -> None:
    proc = run("evaluate", stdin=json.dumps({"peildatum": "2027-01-01", "antwoorden": {}}))
    assert_bad_input(proc, "peildatum", "1 januari 2023", "31 december 2026")


def test_invalid_json() -> None:
    proc = run("evaluate", stdin='{"peildatum": "2025-03-01", "antwoorden": {')
    assert_bad_input(proc, "geen geldige JSON", "regel 1")


@pytest.mark.parametrize(
    ("document", "words"),
    [
        ("[1, 2]", ("Verwacht een object",)),
        ('{"datum": "2025-03-01"}', ("Onbekend veld 'datum'",)),
        ('{"peildatum": "2025-03-01", "antwoorden": [1]}', ("'antwoorden' moet een object zijn",)),
    ],
)
def test_malformed_documents(document: str, words: tuple[str, ...]) -> None:
    assert_bad_input(run("evaluate", stdin=document), *words)


def test_missing_file(tmp_path: Path) -> None:
    proc = run("evaluate", str(tmp_path / "bestaat-niet.json"))
    assert_bad_input(proc, "Kan ", "niet lezen")


@pytest.mark.parametrize(
    ("huisgenoten", "field", "words"),
    [
        ([{"relatie": "partner", "inkomen": "-5"}], "huisgenoten.0.inkomen", "niet negatief"),
        ([{"relatie": "neef"}], "huisgenoten.0.relatie", "mogelijke antwoorden"),
        ([{"relatie": "partner", "naam": "Ali"}], "huisgenoten.0.naam", "geen veld"),
        ([{"relatie": "vriend_ander"}] * 21, "huisgenoten", "hoogstens 20"),
        ("mijn ouders", "huisgenoten", "lijst"),
    ],
)
def test_bad_housemates_exit_2_with_the_path_and_a_dutch_message(
    tmp_path: Path, huisgenoten: object, field: str, words: str
) -> None:
    answers = {**REFUGEE["antwoorden"], "samenwonend": "ja", "huisgenoten": huisgenoten}
    proc = run("evaluate", str(write(tmp_path, {**REFUGEE, "antwoorden": answers})))
    assert_bad_input(proc, f"{field}: ", words)
    assert [e["field"] for e in json.loads(proc.stdout)["errors"]] == [field]


def test_explain_with_bad_input_prints_only_the_messages() -> None:
    proc = run("explain", stdin=json.dumps({"peildatum": "2025-03-01", "antwoorden": {"x": 1}}))
    assert_bad_input(proc, "Deze test kent geen vraag 'x'")
    assert proc.stdout == ""


# --- explain and questions --------------------------------------------------------------


def test_explain_in_dutch(tmp_path: Path) -> None:
    proc = run("explain", str(write(tmp_path, REFUGEE)))
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert "berekening op 1 maart 2025" in text
    assert "Uitkomst: Je hebt waarschijnlijk recht op een leefloon." in text
    assert "Voorwaarden (art. 3 Leefloonwet):" in text
    assert "[✓] Werkelijke verblijfplaats in België: Voldaan" in text
    assert "€ 744,51" in text and "€ 569,69" in text and "− € 309,48" in text
    assert "Dit is informatie, geen beslissing." in text
    assert not text.lstrip().startswith("{")


def test_explain_names_what_is_missing() -> None:
    """The closing list shows each missing answer as the question the person was asked."""
    proc = run("explain", stdin=json.dumps({"peildatum": "2025-03-01", "antwoorden": {}}))
    assert proc.returncode == 0
    assert "Nog niet ingevuld en nodig voor een antwoord:" in proc.stdout
    assert "Hoe oud ben je?" in proc.stdout
    assert "[?]" in proc.stdout


def test_explain_names_a_missing_housemate_answer_by_person_and_field(tmp_path: Path) -> None:
    answers = {
        **REFUGEE["antwoorden"],
        "samenwonend": "ja",
        "huisgenoten": [{"relatie": "partner"}],
    }
    proc = run("explain", str(write(tmp_path, {**REFUGEE, "antwoorden": answers})))
    assert proc.returncode == 0, proc.stderr
    _, _, missing = proc.stdout.partition("Nog niet ingevuld en nodig voor een antwoord:")
    assert missing.splitlines()[1].startswith("  • Huisgenoot 1")
    assert "Nog nodig: Huisgenoot 1: inkomen" in proc.stdout
    assert "huisgenoten.0.inkomen" not in proc.stdout


def test_explain_shows_the_equity_exception_and_the_forecast_indexation(tmp_path: Path) -> None:
    """November 2026, new application, cat 1 (893.65), refugee's own income 900 − 315.67 =
    584.33; father 1,200 − 893.65 = 306.35 must count: 890.68 < 893.65, so − 12.92 =
    877.76 counted; 893.65 − 877.76 = 15.89. With an equity exception only 584.33 − 12.92
    = 571.41 counts: 893.65 − 571.41 = 322.24."""
    answers = {
        **REFUGEE["antwoorden"],
        "samenwonend": "ja",
        "huisgenoten": [{"relatie": "ouder", "inkomen": 1200, "kinderbijslag": 0}],
        "leefloon_voor_maart_2026": "nee",
    }
    data = {"peildatum": "2026-11-02", "antwoorden": answers}
    proc = run("explain", str(write(tmp_path, data)))
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert "€ 15,89" in text
    assert "Als het OCMW een uitzondering maakt om billijkheidsredenen" in text
    assert "€ 322,24" in text
    assert "Als de voorspelde indexering van 1 oktober 2026 doorging" in text
    assert "Waarom niet zeker?" in text


def test_questions_as_json() -> None:
    proc = run("questions")
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert [q["id"] for q in data["questions"]] == [v.id for v in VRAGEN]
    assert data["covered_from"] == "2023-01-01"
    assert data["covered_until"] == "2026-12-31"
    status = next(q for q in data["questions"] if q["id"] == "verblijfsstatus")
    assert "erkend_vluchteling" in {c["value"] for c in status["choices"]}
    # The threshold is a dated parameter now: the clause names it, its value is a week.
    follow_up = next(q for q in data["questions"] if q["id"] == "buitenland_gemeld")
    assert follow_up["relevant_if"] == [
        {
            "question": "dagen_buitenland",
            "op": "ge",
            "value": {"parameter": "buitenland_melden_vanaf"},
        }
    ]
    assert {w.waarde for w in PER_PARAMETER["buitenland_melden_vanaf"].waarden} == {7}
    # The housemates are a list question with its own small questions.
    lijst = next(q for q in data["questions"] if q["id"] == "huisgenoten")
    assert lijst["type"] == "lijst"
    assert (lijst["min"], lijst["max"]) == (0, 20)
    assert [f["id"] for f in lijst["fields"]] == ["relatie", "inkomen", "kinderbijslag"]
    relaties = {c["value"] for c in lijst["fields"][0]["choices"]}
    assert {"partner", "ouder", "ex_echtgenoot", "vriend_ander"} <= relaties
    card = next(q for q in data["questions"] if q["id"] == "verblijfskaart")
    assert card["relevant_if"] == [
        {"question": "verblijfsstatus", "op": "is", "value": "andere_kaart"}
    ]


def test_a_command_is_required() -> None:
    proc = run()
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr


# --- the console script -----------------------------------------------------------------


def test_the_console_script_is_installed() -> None:
    assert CONSOLE_SCRIPT.is_file(), f"{CONSOLE_SCRIPT} missing: pip install -e ."
    proc = subprocess.run(
        [str(CONSOLE_SCRIPT), "evaluate"],
        input=json.dumps(REFUGEE),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["amount"]["monthly_amount"] == 744.51
