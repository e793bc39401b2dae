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
    "samenwonend": False,
    "inkomen_werk": 0,
    "andere_inkomsten": 0,
    "spaargeld": 0,
    "ander_bezit": False,
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
        ("ander_bezit", [], "ja, nee"),
        ("samenwonend", "soms", "ja, nee"),
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
        ("spaargeld", "veel", "bedrag in euro"),
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
        ("inkomen_werk", "100.000,01", "van 0 tot 100.000 euro per maand"),
        ("andere_inkomsten", 10**9, "van 0 tot 100.000 euro per maand"),
        ("spaargeld", "10.000.000,01", "van 0 tot 10.000.000 euro"),
        ("spaargeld", -1, "niet negatief"),
    ],
)
def test_out_of_range(field: str, value: object, words: str) -> None:
    found = errors({**SINGLE, field: value})
    assert list(found) == [field]
    assert words in found[field]


def test_follow_up_out_of_range_when_it_applies() -> None:
    answers = {
        **SINGLE,
        "samenwonend": True,
        "huisgenoten": [{"relatie": "ouder", "inkomen": "100.000,01"}],
    }
    found = errors(answers)
    assert list(found) == ["huisgenoten.0.inkomen"]
    assert "van 0 tot 100.000 euro per maand" in found["huisgenoten.0.inkomen"]


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
        "ander_bezit": "soms",
        "andere_uitkeringen": "ja",
        "huisdier": "kat",
        "samenwonend": True,
        "huisgenoten": [{"relatie": "partner", "inkomen": "veel"}],
    }
    with pytest.raises(ValidationError) as info:
        evaluate(answers, "2025-02-30")
    exc = info.value
    fields = [f.veld for f in exc.fouten]
    assert set(fields) == {
        "peildatum",
        "leeftijd",
        "inkomen_werk",
        "ander_bezit",
        "andere_uitkeringen",
        "huisdier",
        "huisgenoten.0.inkomen",
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
        "huisgenoten": [{"relatie": "partner", "inkomen": 2000}],  # lives alone
        "buitenland_gemeld": False,  # no travel
    }
    result = evaluate(answers, "2025-03-01")
    assert set(result.ignored_answers) == {
        "eu_hoedanigheid",
        "gehuwd",
        "huisgenoten",
        "buitenland_gemeld",
    }
    assert result.to_dict()["ignored_answers"] == list(result.ignored_answers)
    assert result.amount is not None and result.amount.monthly_amount == Decimal("1314.20")
    assert result.outcome.value == "eligible"


def test_a_bad_value_in_an_irrelevant_answer_is_not_an_error() -> None:
    answers = {
        **SINGLE,
        "eu_hoedanigheid": 42,
        "huisgenoten": [{"relatie": "ouder", "inkomen": -7}],
    }
    result = evaluate(answers, "2025-03-01")
    assert set(result.ignored_answers) == {"eu_hoedanigheid", "huisgenoten"}


def test_a_housemate_field_that_does_not_apply_is_ignored_and_reported() -> None:
    """A friend's income never counts, so it is not asked: a value (even a bad one) is set
    aside and named by its path; family allowance before March 2026 likewise."""
    answers = {
        **SINGLE,
        "samenwonend": True,
        "huisgenoten": [
            {"relatie": "vriend_ander", "inkomen": -7},
            {"relatie": "ouder", "inkomen": 0, "kinderbijslag": "veel"},
        ],
    }
    result = evaluate(answers, "2025-03-01")
    assert set(result.ignored_answers) == {"huisgenoten.0.inkomen", "huisgenoten.1.kinderbijslag"}
    assert "huisgenoten.1.inkomen" in result.relevant_questions


def test_unknown_answers_in_every_spelling() -> None:
    for unknown in (None, "", "weet_niet", "onbekend", "null", "  "):
        result = evaluate({**SINGLE, "spaargeld": unknown}, "2025-03-01")
        assert result.condition("bestaansmiddelen").missing == ("spaargeld",)
        result = evaluate({**SINGLE, "ander_bezit": unknown}, "2025-03-01")
        assert result.condition("bestaansmiddelen").missing == ("ander_bezit",)
        answers = {**SINGLE, "samenwonend": True, "huisgenoten": [{"relatie": "partner"}]}
        answers["huisgenoten"][0]["inkomen"] = unknown
        result = evaluate(answers, "2025-03-01")
        assert result.condition("bestaansmiddelen").missing == ("huisgenoten.0.inkomen",)


# --- Belgian number formats ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["1.314,20", "1314,20", "1314.20", "€ 1.314,20", "1314,2", "1 314,20", 1314.2, "1314.2"],
)
def test_dutch_number_formats(text: object) -> None:
    """Every spelling means 1314.20 other income, and gives the same result as that amount
    typed. (What 1314.20 leaves, single in March 2025, is tested below: the sources'
    general exemption changed that expectation.)"""
    result = evaluate({**SINGLE, "andere_inkomsten": text}, "2025-03-01")
    assert result.amount is not None
    steps = {s.description: s.amount for s in result.amount.steps}
    assert steps["Je andere inkomsten"] == Decimal("1314.20")
    typed = evaluate({**SINGLE, "andere_inkomsten": Decimal("1314.20")}, "2025-03-01")
    assert result.to_dict() == typed.to_dict()


def test_an_income_equal_to_the_single_amount_leaves_no_leefloon() -> None:
    """1314.20 other income, single, March 2025 (cat 2: 1314.20). Sources: the general
    exemption applies only 'when that total stays below the category amount'; 1314.20 is
    not below 1314.20, so 1314.20 counts in full and 1314.20 − 1314.20 = 0: no leefloon
    (was: 1314.20 − 20.83 = 1293.37 counted, 20.83 leefloon)."""
    result = evaluate({**SINGLE, "andere_inkomsten": "1.314,20"}, "2025-03-01")
    assert result.amount is not None
    assert result.amount.counted_resources == Decimal("1314.20")
    assert result.amount.monthly_amount == Decimal("0.00")
    assert result.outcome.value == "not_eligible"


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
    assert steps["Je andere inkomsten"] == Decimal(value)


@pytest.mark.parametrize("text", ["1.31.4", "1,314,20", "1.314.2", "€", "1e3", "0x10", "½"])
def test_garbled_numbers_are_refused(text: str) -> None:
    found = errors({**SINGLE, "andere_inkomsten": text})
    assert list(found) == ["andere_inkomsten"]
    assert "bedrag" in found["andere_inkomsten"]


@pytest.mark.parametrize(
    ("text", "value"), [("ja", True), ("NEE", False), ("true", True), ("0", False)]
)
def test_yes_no_as_text(text: str, value: bool) -> None:
    result = evaluate({**SINGLE, "ander_bezit": text}, "2025-03-01")
    assert ("onroerend_goed" in {n.id for n in result.caveats}) is value


def test_whole_numbers_as_text() -> None:
    result = evaluate({**SINGLE, "leeftijd": " 66 "}, "2025-03-01")
    assert "pensioen" in {n.id for n in result.warnings}


def test_every_follow_up_question_depends_only_on_earlier_questions() -> None:
    """The answers are read in one pass in questionnaire order; that is only right if a
    question's relevance never depends on a later question. A clause may also test the
    reference date's dated parameters, or the status the residence answers point to; a
    housemate's field may test an earlier field of the same housemate."""
    from checker.parameters import Parameter
    from checker.vragen import VRAGEN

    status_vragen = {"verblijfsstatus", "verblijfskaart", "bescherming"}
    eerder: set[str] = set()
    for vraag in VRAGEN:
        for clausule in vraag.relevant_als:
            if isinstance(clausule.vraag, Parameter):
                continue
            if clausule.vraag == "status":
                assert status_vragen <= eerder, vraag.id
                continue
            assert clausule.vraag in eerder, (vraag.id, clausule.vraag)
        eerder_veld: set[str] = set()
        for veld in vraag.velden:
            for clausule in veld.relevant_als:
                if not isinstance(clausule.vraag, Parameter):
                    assert clausule.vraag in eerder_veld, (vraag.id, veld.id, clausule.vraag)
            eerder_veld.add(veld.id)
        eerder.add(vraag.id)


# --- Lenient formats the form must accept ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1900 euro", "1900.00"),
        ("1900 EUR", "1900.00"),
        ("€1.900,-", "1900.00"),
        ("1 900", "1900.00"),
        ("1.314,20", "1314.20"),
    ],
)
def test_an_amount_may_carry_the_word_euro_a_euro_sign_spaces_and_a_dash_for_no_cents(
    text: str, value: str
) -> None:
    result = evaluate({**SINGLE, "andere_inkomsten": text}, "2025-03-01")
    assert result.amount is not None
    steps = {s.description: s.amount for s in result.amount.steps}
    assert steps["Je andere inkomsten"] == Decimal(value)


def test_a_housemate_income_accepts_the_same_lenient_formats() -> None:
    """Partner 1.900,- a month, cat 1, March 2025: 1,900 − 876.13 = 1,023.87 counts."""
    answers = {
        **SINGLE,
        "samenwonend": True,
        "huisgenoten": [{"relatie": "partner", "inkomen": "€1.900,-"}],
    }
    result = evaluate(answers, "2025-03-01")
    assert result.amount is not None
    partner = [s.amount for s in result.amount.steps if "partner" in s.description]
    assert partner == [Decimal("1023.87")]


def test_an_age_may_carry_the_word_jaar() -> None:
    result = evaluate({**SINGLE, "leeftijd": "19 jaar"}, "2025-03-01")
    assert result.condition("leeftijd").status.value == "met"
    assert any("19 jaar" in r for r in result.condition("leeftijd").reasons)


@pytest.mark.parametrize("field", ["andere_inkomsten", "inkomen_werk"])
def test_an_amount_per_year_is_refused_with_a_message_asking_for_the_month(field: str) -> None:
    found = errors({**SINGLE, field: "1200 per jaar"})
    assert list(found) == [field]
    assert found[field].startswith(f"{PER_ID[field].kort}: ")
    assert "per maand" in found[field]


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("inkomen_werk", 100001, "van 0 tot 100.000 euro per maand"),
        ("spaargeld", 10**8, "van 0 tot 10.000.000 euro"),
        ("dagen_buitenland", 400, "van 0 tot 366 dagen"),
    ],
)
def test_range_messages_write_their_limits_with_thousands_separators(
    field: str, value: int, words: str
) -> None:
    found = errors({**SINGLE, field: value})
    assert words in found[field]
    assert "100000" not in found[field] and "10000000" not in found[field]


# --- Housemates: every bad entry named by its path ------------------------------------------


def _with_housemates(huisgenoten: object) -> dict[str, Any]:
    return {**SINGLE, "samenwonend": True, "huisgenoten": huisgenoten}


@pytest.mark.parametrize(
    ("huisgenoten", "field", "words"),
    [
        ([{"relatie": "ouder", "inkomen": 0}] * 21, "huisgenoten", "hoogstens 20"),
        ("mijn ouders", "huisgenoten", "lijst"),
        ({"relatie": "partner"}, "huisgenoten", "lijst"),
        (
            [{"relatie": "partner", "inkomen": 0}, {"relatie": "partner", "inkomen": 0}],
            "huisgenoten",
            "één partner",
        ),
        (["partner"], "huisgenoten.0", "niet lezen"),
        ([{"relatie": "partner", "inkomen": -5}], "huisgenoten.0.inkomen", "niet negatief"),
        ([{"relatie": "partner", "inkomen": "veel"}], "huisgenoten.0.inkomen", "bedrag"),
        ([{"relatie": "neef"}], "huisgenoten.0.relatie", "mogelijke antwoorden"),
        (
            [{"relatie": "partner", "inkomen": 0}, {"relatie": "vriend", "inkomen": 0}],
            "huisgenoten.1.relatie",
            "mogelijke antwoorden",
        ),
        ([{"relatie": "partner", "leeftijd": 40}], "huisgenoten.0.leeftijd", "geen veld"),
    ],
)
def test_a_bad_housemate_entry_is_named_by_its_path_with_a_dutch_message(
    huisgenoten: object, field: str, words: str
) -> None:
    found = errors(_with_housemates(huisgenoten))
    assert list(found) == [field]
    assert words in found[field]
    assert found[field].startswith(("Huisgenoten: ", "Huisgenoot "))


def test_a_bad_housemate_field_has_a_label_naming_the_person_and_the_field() -> None:
    with pytest.raises(ValidationError) as info:
        evaluate(_with_housemates([{"relatie": "ouder", "inkomen": -1}]), "2025-03-01")
    (fout,) = info.value.fouten
    assert (fout.veld, fout.label) == ("huisgenoten.0.inkomen", "Huisgenoot 1: inkomen")
    assert fout.melding == "Huisgenoot 1, inkomen: een bedrag kan niet negatief zijn."


def test_twenty_housemates_are_accepted() -> None:
    result = evaluate(_with_housemates([{"relatie": "vriend_ander"}] * 20), "2025-03-01")
    assert result.amount is not None and result.amount.category == 1
