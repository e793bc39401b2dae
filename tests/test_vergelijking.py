"""The trainers' view, rule side: the trace of a result and two results compared.

``checker.vergelijking`` says what differs between two results and, when the dates
differ, which dated values changed; ``checker.browser.run`` adds the trace and the
comparison only when the page asks for them.
"""

from __future__ import annotations

import json
from typing import Any

from checker import evaluate
from checker.browser import run
from checker.vergelijking import vergelijk, waarom_anders
from checker.voorbeelden import VOORBEELDEN
from scripts.sitegen.casussen import formwaarde

PARENTS = VOORBEELDEN["ouders-inkomen-2026"]
REFUGEE = VOORBEELDEN["alleenstaande-vluchteling-deeltijds"]


def _form(antwoorden: dict[str, Any]) -> dict[str, Any]:
    """Answers as the page sends them: text, yes/no as "ja"/"nee"."""
    as_text = {k: v if isinstance(v, bool | list) else str(v) for k, v in antwoorden.items()}
    return {k: formwaarde(v) for k, v in as_text.items()}


def _run(**payload: Any) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(run(json.dumps(payload)))
    return answer


def _by_kind(differences: list[dict[str, Any]], kind: str) -> list[dict[str, Any]]:
    return [d for d in differences if d["kind"] == kind]


def test_the_same_result_twice_has_no_difference() -> None:
    r = evaluate(REFUGEE.antwoorden, REFUGEE.peildatum)
    assert vergelijk(r, r) == ()


def test_a_young_adult_with_an_earning_parent_gets_less_after_the_art_34_change() -> None:
    before = evaluate(PARENTS.antwoorden, "2026-02-15")
    after = evaluate(PARENTS.antwoorden, "2026-04-01")
    verschillen = vergelijk(before, after)
    bedrag = [v for v in verschillen if v.soort == "bedrag"]
    assert len(bedrag) == 1
    assert bedrag[0].voor == "€ 876,13 per maand"
    assert bedrag[0].na == "€ 600,22 per maand"
    assert "geldig vanaf 1 maart 2026" in bedrag[0].waarom
    regime = [v for v in verschillen if v.ref == "samenwonenden_regime"]
    assert len(regime) == 1
    assert regime[0].voor.startswith("regels van 2002")
    assert regime[0].na == "regels van 2026, geldig vanaf 1 maart 2026"
    assert regime[0].waarom == "art. 34 Leefloonbesluit"


def test_a_changed_answer_names_the_condition_and_why_it_changed() -> None:
    before = evaluate(REFUGEE.antwoorden, REFUGEE.peildatum)
    after = evaluate({**REFUGEE.antwoorden, "leeftijd": 17}, REFUGEE.peildatum)
    verschillen = vergelijk(before, after)
    leeftijd = [v for v in verschillen if v.soort == "voorwaarde"]
    assert [(v.ref, v.voor, v.na) for v in leeftijd] == [("leeftijd", "Voldaan", "Nog onzeker")]
    assert leeftijd[0].waarom  # the rule's own reason
    assert verschillen[0].soort == "uitkomst"
    # The dates are the same: no dated value is listed.
    assert not [v for v in verschillen if v.soort == "parameter"]


def test_more_income_from_work_changes_the_amount_with_the_counted_resources_as_why() -> None:
    before = evaluate(REFUGEE.antwoorden, REFUGEE.peildatum)
    after = evaluate({**REFUGEE.antwoorden, "inkomen_werk": 1000}, REFUGEE.peildatum)
    (bedrag,) = [v for v in vergelijk(before, after) if v.soort == "bedrag"]
    assert bedrag.voor == "€ 744,51 per maand"
    assert bedrag.na != bedrag.voor
    assert bedrag.waarom.startswith("Er telt € ")


def test_between_2024_and_2025_the_pension_age_rises_from_65_to_66() -> None:
    (leeftijd,) = [
        v
        for v in waarom_anders(
            evaluate(REFUGEE.antwoorden, "2024-06-01").reference_date,
            evaluate(REFUGEE.antwoorden, "2025-06-01").reference_date,
            set(),
        )
        if v.ref == "pensioen_en_igo_leeftijd"
    ]
    assert leeftijd.voor == "65 jaar, geldig vanaf 1 januari 2023"
    assert leeftijd.na == "66 jaar, geldig vanaf 1 januari 2025"


def test_only_the_amounts_of_the_categories_in_use_are_listed() -> None:
    before = evaluate(PARENTS.antwoorden, "2026-02-15")
    after = evaluate(PARENTS.antwoorden, "2026-04-01")
    refs = {v.ref for v in vergelijk(before, after) if v.soort == "parameter"}
    assert "leefloon_categorie_1" in refs
    assert "leefloon_categorie_2" not in refs


def test_without_spoor_the_browser_answer_has_no_trace_and_no_comparison() -> None:
    answer = _run(peildatum=REFUGEE.peildatum, antwoorden=_form(REFUGEE.antwoorden))
    assert answer["ok"] is True
    assert "trace" not in answer["result"]
    assert "comparison" not in answer


def test_the_trace_names_each_conditions_answers_article_and_dated_values_with_source() -> None:
    answer = _run(peildatum=REFUGEE.peildatum, antwoorden=_form(REFUGEE.antwoorden), spoor=True)
    trace = {t["id"]: t for t in answer["result"]["trace"]}
    assert list(trace) == [c["id"] for c in answer["result"]["conditions"]]
    leeftijd = trace["leeftijd"]
    assert leeftijd["decisive"] == [{"id": "leeftijd", "label": "Leeftijd"}]
    assert "art. 3, 2° Leefloonwet" in leeftijd["legal_basis"]
    waarden = {p["id"]: p for p in leeftijd["parameters"]}
    assert waarden["meerderjarigheid"]["value_text"] == "18 jaar"
    assert waarden["meerderjarigheid"]["valid_from_text"] == "1 januari 2023"
    assert waarden["meerderjarigheid"]["source_title"].startswith("Wet van 26 mei 2002")


def test_two_dates_in_the_browser_answer_list_the_amount_and_the_art_34_change() -> None:
    antwoorden = _form(PARENTS.antwoorden)
    answer = _run(
        peildatum="2026-04-01",
        antwoorden=antwoorden,
        vergelijk={"peildatum": "2026-02-15", "antwoorden": antwoorden},
    )
    comparison = answer["comparison"]
    assert comparison["ok"] is True
    assert comparison["result"]["reference_date"] == "2026-02-15"
    differences = comparison["differences"]
    assert _by_kind(differences, "bedrag")[0]["after"] == "€ 600,22 per maand"
    regime = [d for d in differences if d["ref"] == "samenwonenden_regime"]
    assert regime[0]["before"].startswith("regels van 2002")


def test_a_comparison_date_outside_the_rules_gives_a_dutch_message_and_keeps_the_result() -> None:
    antwoorden = _form(REFUGEE.antwoorden)
    answer = _run(
        peildatum=REFUGEE.peildatum,
        antwoorden=antwoorden,
        vergelijk={"peildatum": "2019-01-01", "antwoorden": antwoorden},
    )
    assert answer["ok"] is True
    assert answer["comparison"]["ok"] is False
    assert answer["comparison"]["errors"][0]["field"] == "peildatum"
    assert answer["comparison"]["errors"][0]["message"]


def test_an_unreadable_comparison_says_so() -> None:
    answer = _run(peildatum=REFUGEE.peildatum, antwoorden={}, vergelijk="kapot")
    assert answer["comparison"]["ok"] is False
    assert answer["comparison"]["errors"][0]["message"] == "De invoer kon niet gelezen worden."
