"""Validation: every bad field gets a Dutch message naming it, all at once.

Also: dates outside the covered period, contradictions, irrelevant answers (ignored
and reported, never errors) and the number formats people type in Belgium.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest

from checker import DEKKING_TOT, DEKKING_VAN, ValidationError, evaluate
from checker.vragen import PER_ID

SINGLE: dict[str, Any] = {
    "verblijfsstatus": "belg",
    "woont_in_belgie": True,
    "dagen_buitenland": 0,
    "leeftijd": 30,
    "kind_ten_laste": False,
    "samenwonend_partner": False,
    "samenwonend_ouders_kinderen": False,
    "samenwonend_andere_familie": False,
    "samenwonend_anderen": False,
    "inkomen_werk": 0,
    "andere_inkomsten": 0,
    "vermogen": False,
    "werkbereid": True,
    "sanctie_rva": False,
    "andere_uitkeringen": "aangevraagd",
    "onderhoud_verwijzing": False,
}


def errors(answers: Any, peildatum: Any = "2025-03-01") -> dict[str, str]:
    """field → message of the ValidationError that must be raised."""
    with pytest.raises(ValidationError) as info:
        evaluate(answers, peildatum)
    fields = [f.veld for f in info.value.fouten]
    assert len(fields) == len(set(fields)), "each field once"
    return {f.veld: f.melding for f in info.value.fouten}


# --- Unknown keys, wrong types, out of range ---------------------------------------------


def test_unknown_key_is_named() -> None:
    found = errors({**SINGLE, "inkomen": 900})
    assert list(found) == ["inkomen"]
    assert "inkomen" in found["inkomen"]
    assert "Deze test kent geen vraag" in found["inkomen"]


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("woont_in_belgie", 1, "ja, nee"),
        ("woont_in_belgie", "misschien", "ja, nee"),
        ("vermogen", [], "ja, nee"),
        ("verblijfsstatus", "Belg!", "mogelijke antwoorden"),
        ("verblijfsstatus", True, "mogelijke antwoorden"),
        ("leeftijd", "dertig", "heel getal"),
        ("leeftijd", 30.5, "heel getal"),
        ("leeftijd", True, "heel getal"),
        ("inkomen_werk", "veel", "bedrag in euro"),
        ("inkomen_werk", True, "bedrag in euro"),
        ("inkomen_werk", {"bedrag": 5}, "bedrag in euro"),
        ("inkomen_werk", float("nan"), "bedrag in euro"),
        ("inkomen_werk", "12,345", "twee cijfers na de komma"),
        ("inkomen_werk", Decimal("1.005"), "twee cijfers na de komma"),
    ],
)
def test_wrong_type_gets_a_dutch_message_naming_the_question(
    field: str, value: object, words: str
) -> None:
    found = errors({**SINGLE, field: value})
    assert list(found) == [field]
    assert found[field].startswith(f"{PER_ID[field].kort}: ")
    assert words in found[field]


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("leeftijd", 121, "van 0 tot 120 jaar"),
        ("leeftijd", -1, "van 0 tot 120 jaar"),
        ("dagen_buitenland", 367, "van 0 tot 366 dagen"),
        ("inkomen_werk", -5, "niet negatief"),
        ("inkomen_werk", "-5", "niet negatief"),
        ("inkomen_werk", "100.000,01", "van 0 tot 100000"),
        ("andere_inkomsten", 10**9, "van 0 tot 100000"),
    ],
)
def test_out_of_range(field: str, value: object, words: str) -> None:
    found = errors({**SINGLE, field: value})
    assert list(found) == [field]
    assert words in found[field]


def test_follow_up_out_of_range_when_it_applies() -> None:
    answers = {**SINGLE, "samenwonend_ouders_kinderen": True, "aantal_ouders_kinderen": 0}
    found = errors(answers)
    assert list(found) == ["aantal_ouders_kinderen"]
    assert "van 1 tot 20 personen" in found["aantal_ouders_kinderen"]


def test_range_edges_are_accepted() -> None:
    answers = {**SINGLE, "leeftijd": 120, "inkomen_werk": 100000, "dagen_buitenland": 366}
    answers |= {"buitenland_gemeld": True, "buitenland_uitzonderlijk": False}
    answers["socioprofessionele_vrijstelling"] = False
    evaluate(answers, "2024-06-01")  # 2024 has 366 days
    evaluate({**SINGLE, "leeftijd": 0, "kind_ten_laste": False}, "2025-03-01")


def test_answers_must_be_an_object() -> None:
    found = errors(["verblijfsstatus", "belg"])
    assert list(found) == ["antwoorden"]


# --- The reference date -----------------------------------------------------------------


@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_date_asks_for_the_date(empty: str) -> None:
    found = errors(SINGLE, empty)
    assert found == {"peildatum": "Vul de datum van de berekening in."}


@pytest.mark.parametrize("bad", ["2025-02-30", "2025-13-01", "2023-02-29", "morgen", "1/3/2025"])
def test_impossible_dates(bad: str) -> None:
    found = errors(SINGLE, bad)
    assert list(found) == ["peildatum"]
    assert "geen bestaande datum" in found["peildatum"]
    assert "jaar-maand-dag" in found["peildatum"]


@pytest.mark.parametrize("bad", [20250301, None, ["2025-03-01"]])
def test_date_of_the_wrong_type(bad: object) -> None:
    found = errors(SINGLE, bad)
    assert list(found) == ["peildatum"]
    assert "jaar-maand-dag" in found["peildatum"]


@pytest.mark.parametrize(
    "outside",
    ["2022-12-31", "2027-01-01", "1999-01-01", date(2027, 6, 1), datetime(2022, 12, 31, 23, 59)],
)
def test_dates_outside_the_covered_period_are_refused(outside: object) -> None:
    found = errors(SINGLE, outside)
    assert list(found) == ["peildatum"]
    assert "1 januari 2023" in found["peildatum"]
    assert "31 december 2026" in found["peildatum"]


def test_the_covered_period_is_2023_through_2026() -> None:
    assert (date(2023, 1, 1), date(2026, 12, 31)) == (DEKKING_VAN, DEKKING_TOT)
    for edge in ("2023-01-01", "2026-12-31", date(2023, 1, 1), datetime(2026, 12, 31, 23, 59)):
        assert evaluate(SINGLE, edge).reference_date in (DEKKING_VAN, DEKKING_TOT)


# --- Contradictions ---------------------------------------------------------------------


def test_more_days_abroad_than_the_year_has() -> None:
    answers = {**SINGLE, "dagen_buitenland": 366}
    found = errors(answers, "2025-03-01")
    assert list(found) == ["dagen_buitenland"]
    assert "2025 telt maar 365 dagen" in found["dagen_buitenland"]
    evaluate({**answers, "buitenland_gemeld": True}, "2024-03-01")  # leap year: fine


def test_a_bad_date_does_not_invent_a_contradiction() -> None:
    """With an impossible date the year is unknown: only the date is reported."""
    found = errors({**SINGLE, "dagen_buitenland": 366}, "2024-02-30")
    assert list(found) == ["peildatum"]


# --- Everything at once -----------------------------------------------------------------


def test_every_bad_field_is_listed_at_once() -> None:
    answers = {
        **SINGLE,
        "leeftijd": "oud",
        "inkomen_werk": -3,
        "vermogen": "soms",
        "andere_uitkeringen": "ja",
        "huisdier": "kat",
    }
    with pytest.raises(ValidationError) as info:
        evaluate(answers, "2025-02-30")
    exc = info.value
    fields = [f.veld for f in exc.fouten]
    assert set(fields) == {
        "peildatum",
        "leeftijd",
        "inkomen_werk",
        "vermogen",
        "andere_uitkeringen",
        "huisdier",
    }
    assert fields[0] == "peildatum"
    for f in exc.fouten:
        assert f.melding and f.label
    # The message of the exception lists them all, one per line.
    assert len(str(exc).splitlines()) == len(fields)
    data = exc.to_dict()
    assert {e["field"] for e in data["errors"]} == set(fields)
    assert set(data["errors"][0]) == {"field", "label", "message"}
    # The questions that still apply come along, so a form can keep showing them.
    assert "verblijfsstatus" in data["relevant_questions"]


# --- Irrelevant answers are ignored, not errors -------------------------------------------


def test_irrelevant_answers_are_ignored_and_reported() -> None:
    answers = {
        **SINGLE,
        "eu_hoedanigheid": "werknemer",  # only for EU citizens
        "gehuwd": True,  # only for minors
        "inkomen_partner": 2000,  # no partner
        "buitenland_gemeld": False,  # no travel
    }
    result = evaluate(answers, "2025-03-01")
    assert set(result.ignored_answers) == {
        "eu_hoedanigheid",
        "gehuwd",
        "inkomen_partner",
        "buitenland_gemeld",
    }
    assert result.to_dict()["ignored_answers"] == list(result.ignored_answers)
    assert result.amount is not None and result.amount.monthly_amount == Decimal("1314.20")
    assert result.outcome.value == "eligible"


def test_a_bad_value_in_an_irrelevant_answer_is_not_an_error() -> None:
    answers = {**SINGLE, "eu_hoedanigheid": 42, "aantal_ouders_kinderen": -7}
    result = evaluate(answers, "2025-03-01")
    assert set(result.ignored_answers) == {"eu_hoedanigheid", "aantal_ouders_kinderen"}


def test_unknown_answers_in_every_spelling() -> None:
    for unknown in (None, "", "weet_niet", "onbekend", "null", "  "):
        result = evaluate({**SINGLE, "vermogen": unknown}, "2025-03-01")
        assert result.condition("bestaansmiddelen").missing == ("vermogen",)


# --- Belgian number formats ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["1.314,20", "1314,20", "1314.20", "€ 1.314,20", "1314,2", "1 314,20", 1314.2, "1314.2"],
)
def test_dutch_number_formats(text: object) -> None:
    """1314.20 other income, single, March 2025: 1314.20 − 20.83 = 1293.37 counted;
    1314.20 − 1293.37 = 20.83 leefloon."""
    result = evaluate({**SINGLE, "andere_inkomsten": text}, "2025-03-01")
    assert result.amount is not None
    assert result.amount.counted_resources == Decimal("1293.37")
    assert result.amount.monthly_amount == Decimal("20.83")


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.314", "1314.00"), ("1,5", "1.50"), ("12.000.000", None), ("0,01", "0.01"), ("7", "7.00")],
)
def test_dots_group_thousands_and_commas_mark_cents(text: str, value: str | None) -> None:
    if value is None:
        assert "andere_inkomsten" in errors({**SINGLE, "andere_inkomsten": text})
        return
    result = evaluate({**SINGLE, "andere_inkomsten": text}, "2025-03-01")
    steps = {s.description: s.amount for s in result.amount.steps} if result.amount else {}
    assert steps["Andere eigen inkomsten"] == Decimal(value)


@pytest.mark.parametrize("text", ["1.31.4", "1,314,20", "1.314.2", "€", "1e3", "0x10", "½"])
def test_garbled_numbers_are_refused(text: str) -> None:
    found = errors({**SINGLE, "andere_inkomsten": text})
    assert list(found) == ["andere_inkomsten"]
    assert "bedrag" in found["andere_inkomsten"]


@pytest.mark.parametrize(
    ("text", "value"), [("ja", True), ("NEE", False), ("true", True), ("0", False)]
)
def test_yes_no_as_text(text: str, value: bool) -> None:
    result = evaluate({**SINGLE, "vermogen": text}, "2025-03-01")
    assert ("vermogen" in {n.id for n in result.warnings}) is value


def test_whole_numbers_as_text() -> None:
    result = evaluate({**SINGLE, "leeftijd": " 66 "}, "2025-03-01")
    assert "pensioen" in {n.id for n in result.warnings}


def test_every_follow_up_question_depends_only_on_earlier_questions() -> None:
    """The answers are read in one pass in questionnaire order; that is only right if a
    question's relevance never depends on a later question."""
    from checker.vragen import VRAGEN

    eerder: set[str] = set()
    for vraag in VRAGEN:
        for clausule in vraag.relevant_als:
            assert clausule.vraag in eerder, (vraag.id, clausule.vraag)
        eerder.add(vraag.id)
