"""Property tests: strategies generated from the questionnaire (checker.vragen.VRAGEN).

For every question a strategy draws either ``None`` (unknown) or a valid value of its
type, range or choices; reference dates lie in the covered period. The example counts
are set per test (``EXAMPLES``) and add up to well over 10 000 per run.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from checker import DEKKING_TOT, DEKKING_VAN, VRAGEN, Outcome, Result, Status, evaluate
from checker.invoer import ValidationError
from checker.vragen import PER_ID, Vraag

#: Examples per test; the total is printed by ``test_example_budget``.
EXAMPLES = {
    "valid": 2000,
    "income": 2000,
    "unknown": 2000,
    "decided": 1000,
    "raw_forms": 800,
    "bad_input": 2000,
    "follow_up": 200,
}


def examples(n: int) -> settings:
    """Settings for one property: ``n`` examples, no deadline (the machine is shared)."""
    return settings(
        max_examples=n,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


#: The brief's amounts (per month) and their valid-from dates, typed in by hand.
RATES = {
    date(2023, 1, 1): {1: Decimal("809.42"), 2: Decimal("1214.13"), 3: Decimal("1640.83")},
    date(2024, 5, 1): {1: Decimal("858.97"), 2: Decimal("1288.46"), 3: Decimal("1741.29")},
    date(2025, 2, 1): {1: Decimal("876.13"), 2: Decimal("1314.20"), 3: Decimal("1776.07")},
    date(2026, 3, 1): {1: Decimal("893.65"), 2: Decimal("1340.48"), 3: Decimal("1811.59")},
}
INCOMES = ("inkomen_werk", "andere_inkomsten", "inkomen_partner")
CENT = Decimal("0.01")

# Dates where something changes, and their neighbours.
_EDGES = [
    DEKKING_VAN,
    DEKKING_TOT,
    date(2024, 4, 30),
    date(2024, 5, 1),
    date(2024, 12, 31),
    date(2025, 1, 1),
    date(2025, 1, 31),
    date(2025, 2, 1),
    date(2026, 2, 28),
    date(2026, 3, 1),
]


def edges_or_range(edges: list[Any], lo: int, hi: int, f: Callable[[int], Any]) -> Any:
    """One draw: an integer below 0 picks an edge, 0 and up is ``f(lo + i)`` up to ``hi``.

    A single integer per value keeps generation cheap, and Hypothesis favours small
    integers, so edges and small values come up often.
    """
    return st.integers(-len(edges), hi - lo).map(lambda i: edges[-i - 1] if i < 0 else f(lo + i))


dates = edges_or_range(
    _EDGES, 0, (DEKKING_TOT - DEKKING_VAN).days, lambda i: DEKKING_VAN + timedelta(days=i)
)

# Numbers near the thresholds of the rules, besides the whole range.
_INT_EDGES = [0, 1, 6, 7, 17, 18, 24, 25, 28, 29, 64, 65, 66, 67, 365, 366]
_EURO_EDGES = ["0", "0.01", "12.92", "20.83", "25.83", "309.48", "315.67", "809.42", "876.13"]
_EURO_EDGES += ["893.65", "1314.20", "1340.48", "1776.07", "1811.59", "2000", "100000"]


def _days_in_year(year: int) -> int:
    return (date(year + 1, 1, 1) - date(year, 1, 1)).days


def value_of(v: Vraag) -> st.SearchStrategy[Any]:
    """A valid, typed value for question ``v``, from its type, choices and range."""
    if v.type == "janee":
        return st.booleans()
    if v.type == "keuze":
        return st.sampled_from([k.waarde for k in v.keuzes])
    assert v.minimum is not None and v.maximum is not None
    lo, hi = v.minimum, v.maximum
    if v.type == "geheel":
        edges = [i for i in _INT_EDGES if lo <= i <= hi]
        return edges_or_range(edges, lo, hi, int)
    edges_d = [Decimal(e).quantize(CENT) for e in _EURO_EDGES if lo <= Decimal(e) <= hi]
    return edges_or_range(edges_d, lo * 100, hi * 100, lambda c: Decimal(c).scaleb(-2))


VALUES: dict[str, st.SearchStrategy[Any]] = {v.id: value_of(v) for v in VRAGEN}
_MODES = st.sampled_from(["complete", "complete", "some", "many"])
_ONE_IN_8, _ONE_IN_10, _BOOLS = st.integers(0, 7), st.integers(0, 9), st.booleans()
_INDEX = st.integers(0, 5)


@st.composite
def cases(draw: st.DrawFn, mode: str | None = None) -> tuple[dict[str, Any], date]:
    """Answers (``None`` = unknown) and a covered reference date.

    ``mode`` sets how many answers are unknown: none, about one in ten, or half.
    Questions that apply are always drawn; a question that does not apply is drawn
    now and then too, because the rules must ignore it.
    """
    peildatum = draw(dates)
    mode = mode or draw(_MODES)
    answers: dict[str, Any] = {}
    shown: dict[str, Any] = {}  # the answers that apply, as the questionnaire sees them
    for v in VRAGEN:
        applies = v.relevant(shown)
        if not applies and draw(_ONE_IN_8) != 0:
            continue
        if mode == "some":
            unknown = draw(_ONE_IN_10) == 0
        elif mode == "many":
            unknown = draw(_BOOLS)
        else:
            unknown = False
        if unknown:
            value = None
            if draw(_BOOLS):
                answers[v.id] = None
        else:
            value = draw(VALUES[v.id])
            if v.id == "dagen_buitenland":
                value = min(value, _days_in_year(peildatum.year))
            answers[v.id] = value
        if applies:
            shown[v.id] = value
    return answers, peildatum


#: A complete, eligible single person; the strategy below forgets or varies some answers.
ELIGIBLE_BASE: dict[str, Any] = {
    "verblijfsstatus": "erkend_vluchteling",
    "woont_in_belgie": True,
    "dagen_buitenland": 0,
    "leeftijd": 30,
    "kind_ten_laste": False,
    "samenwonend_partner": False,
    "samenwonend_ouders_kinderen": False,
    "samenwonend_andere_familie": False,
    "samenwonend_anderen": False,
    "inkomen_werk": Decimal(0),
    "andere_inkomsten": Decimal(0),
    "vermogen": False,
    "werkbereid": True,
    "sanctie_rva": False,
    "andere_uitkeringen": "aangevraagd",
    "onderhoud_verwijzing": False,
}


_SOME_QUESTIONS = st.lists(st.sampled_from([v.id for v in VRAGEN]), max_size=3)
_FEWER_QUESTIONS = st.lists(st.sampled_from([v.id for v in VRAGEN]), min_size=1, max_size=3)


#: Other eligible households, so that follow-up questions apply and can be forgotten.
ELIGIBLE_VARIANTS: list[dict[str, Any]] = [
    {},
    {"verblijfsstatus": "eu_burger", "eu_hoedanigheid": "werknemer"},
    {"verblijfsstatus": "familielid_belg", "verblijf_langer_dan_3_maanden": True},
    {"leeftijd": 17, "gehuwd": False, "zwanger": True, "kinderbijslag_voor_jou": Decimal(0)},
    {"dagen_buitenland": 40, "buitenland_gemeld": True, "buitenland_uitzonderlijk": True},
    {"kind_ten_laste": True, "samenwonend_partner": True, "inkomen_partner": Decimal(600)},
    {
        "leeftijd": 20,
        "samenwonend_ouders_kinderen": True,
        "aantal_ouders_kinderen": 2,
        "inkomen_ouders_kinderen": Decimal(1500),
        "kinderbijslag_voor_jou": Decimal(0),
    },
    {"werkbereid": False, "gezondheidsreden": True, "billijkheidsreden": False},
    {"inkomen_werk": Decimal(500), "socioprofessionele_vrijstelling": False},
]
_VARIANTS = st.sampled_from(ELIGIBLE_VARIANTS)


@st.composite
def near_eligible(draw: st.DrawFn) -> tuple[dict[str, Any], date]:
    """An eligible household with a few answers changed and some forgotten."""
    answers = {**ELIGIBLE_BASE, **draw(_VARIANTS)}
    for q in draw(_SOME_QUESTIONS):
        answers[q] = draw(VALUES[q])
    for q in draw(_FEWER_QUESTIONS):
        answers.pop(q, None)
    peildatum = draw(dates)
    if isinstance(answers.get("dagen_buitenland"), int):
        answers["dagen_buitenland"] = min(
            answers["dagen_buitenland"], _days_in_year(peildatum.year)
        )
    return answers, peildatum


def canonical(result: Result) -> str:
    return json.dumps(result.to_dict(), ensure_ascii=False, sort_keys=True)


def _rate_period(d: date) -> date:
    return max(start for start in RATES if start <= d)


# --------------------------------------------------------------------------------------
# Any valid answers: no exception, a consistent outcome, plain and deterministic JSON.
# --------------------------------------------------------------------------------------


@examples(EXAMPLES["valid"])
@given(cases() | near_eligible())
def test_valid_answers_give_a_consistent_result(case: tuple[dict[str, Any], date]) -> None:
    answers, peildatum = case
    result = evaluate(answers, peildatum)
    statuses = [c.status for c in result.conditions]
    assert [c.id for c in result.conditions] == [
        "verblijfplaats",
        "leeftijd",
        "nationaliteit",
        "bestaansmiddelen",
        "werkbereidheid",
        "rechten",
    ]
    # eligible ⇔ all met; not_eligible ⇔ some not_met; otherwise uncertain.
    assert (result.outcome is Outcome.ELIGIBLE) == all(s is Status.MET for s in statuses)
    assert (result.outcome is Outcome.NOT_ELIGIBLE) == (Status.NOT_MET in statuses)
    event(f"outcome: {result.outcome.value}")

    relevant = set(result.relevant_questions)
    assert set(result.missing_answers) <= relevant
    assert all(answers.get(q) is None for q in result.missing_answers)
    assert not set(result.ignored_answers) & relevant
    assert set(result.ignored_answers) == {q for q in answers if q not in relevant}
    event(f"{len(relevant)} questions apply")
    for c in result.conditions:
        assert c.reasons and c.legal_basis and c.page
        if c.status is Status.UNCERTAIN:
            # An uncertain condition either names what is missing or says why it cannot know.
            assert c.missing or c.reasons
        else:
            assert not c.missing

    if result.amount is not None:
        a = result.amount
        period = _rate_period(peildatum)
        assert a.valid_from == period
        assert a.monthly_rate == RATES[period][a.category]
        assert a.counted_resources >= 0
        assert a.monthly_amount == max(Decimal(0), a.monthly_rate - a.counted_resources)
        assert a.monthly_amount == a.monthly_amount.quantize(Decimal("0.01"))
        if a.amount_if_counted is not None:
            assert 0 <= a.amount_if_counted <= a.monthly_amount
    if result.outcome is Outcome.ELIGIBLE:
        assert result.amount is not None and result.amount.monthly_amount > 0
        assert not result.missing_answers

    # JSON-able, and the same answers give byte-identical JSON.
    text = canonical(result)
    assert json.loads(text)["outcome"] == result.outcome.value
    assert canonical(evaluate(answers, peildatum.isoformat())) == text
    # The order in which answers arrive does not change the verdict.
    reordered = evaluate(dict(reversed(list(answers.items()))), peildatum).to_dict()
    expected = result.to_dict()
    for key in ("ignored_answers",):
        assert sorted(reordered.pop(key)) == sorted(expected.pop(key))
    assert reordered == expected


# --------------------------------------------------------------------------------------
# More income never raises the amount.
# --------------------------------------------------------------------------------------


@examples(EXAMPLES["income"])
@given(
    cases(mode="complete") | cases(),
    st.sampled_from(INCOMES),
    st.one_of(st.integers(1, 100), st.integers(1, 300_000)),
)
def test_more_income_never_raises_the_amount(
    case: tuple[dict[str, Any], date], field: str, extra_cents: int
) -> None:
    answers, peildatum = case
    before = evaluate(answers, peildatum)
    base = answers.get(field) or Decimal(0)
    more = min(base + Decimal(extra_cents) / 100, Decimal(PER_ID[field].maximum or 0))
    raised = {**answers, field: more.quantize(Decimal("0.01"))}
    if answers.get(field) is None:
        # Compare from a known income: first fill it in, then raise it.
        answers = {**answers, field: base}
        before = evaluate(answers, peildatum)
    after = evaluate(raised, peildatum)

    b, a = before.amount, after.amount
    if b is not None and a is not None:
        event("amounts compared")
        assert a.category == b.category
        assert a.counted_resources >= b.counted_resources
        assert a.monthly_amount <= b.monthly_amount
        if_b = b.monthly_amount if b.amount_if_counted is None else b.amount_if_counted
        if_a = a.monthly_amount if a.amount_if_counted is None else a.amount_if_counted
        assert if_a <= if_b
    res_before = before.condition("bestaansmiddelen").status
    res_after = after.condition("bestaansmiddelen").status
    if res_before is Status.NOT_MET:
        assert res_after is Status.NOT_MET
    if before.outcome is Outcome.NOT_ELIGIBLE:
        assert after.outcome is not Outcome.ELIGIBLE


# --------------------------------------------------------------------------------------
# Unknown answers: forgetting an answer never helps, and "eligible" is never a guess.
# --------------------------------------------------------------------------------------


@examples(EXAMPLES["unknown"])
@given(cases(), st.data())
def test_making_an_answer_unknown_never_helps(
    case: tuple[dict[str, Any], date], data: st.DataObject
) -> None:
    answers, peildatum = case
    before = evaluate(answers, peildatum)
    known = [
        q
        for q in before.relevant_questions
        if answers.get(q) is not None and q not in TOLERATED_UNKNOWN
    ]
    if not known:
        return
    q = data.draw(st.sampled_from(known))
    forgotten = {**answers, q: None}
    after = evaluate(forgotten, peildatum)
    assert after.outcome in (before.outcome, Outcome.UNCERTAIN)
    if before.outcome is Outcome.NOT_ELIGIBLE:
        assert after.outcome is not Outcome.ELIGIBLE
    if set(after.relevant_questions) == set(before.relevant_questions):
        # No follow-up question disappeared: each condition stays or becomes uncertain.
        for c_before, c_after in zip(before.conditions, after.conditions, strict=True):
            assert c_after.status in (c_before.status, Status.UNCERTAIN), (q, c_before.id)


def _probe_values(v: Vraag) -> list[Any]:
    """A few values of each question that cross the rules' thresholds."""
    if v.type == "janee":
        return [True, False]
    if v.type == "keuze":
        return [k.waarde for k in v.keuzes]
    assert v.minimum is not None and v.maximum is not None
    if v.type == "geheel":
        ints = {v.minimum, v.maximum, *_INT_EDGES}
        return sorted(i for i in ints if v.minimum <= i <= v.maximum)
    return [Decimal(e) for e in ("0", "0.01", "500", "900", "1500", "3000", str(v.maximum))]


PROBES = {v.id: _probe_values(v) for v in VRAGEN}

#: Unknown answers that the rules deliberately do not count against "eligible": none.
#: (onderhoud_verwijzing was one until an unknown referral was made a real unknown.)
TOLERATED_UNKNOWN: set[str] = set()


@examples(EXAMPLES["decided"])
@given(near_eligible())
def test_eligible_is_never_a_guess(case: tuple[dict[str, Any], date]) -> None:
    """If the result is eligible with a question left unknown, no answer to it could
    have made the result anything else (except by opening follow-up questions, which
    are then named as missing)."""
    answers, peildatum = case
    result = evaluate(answers, peildatum)
    if result.outcome is not Outcome.ELIGIBLE:
        return
    open_questions = [
        q
        for q in result.relevant_questions
        if answers.get(q) is None and q not in TOLERATED_UNKNOWN
    ]
    event(f"eligible with {len(open_questions)} unknown answers")
    before = set(result.relevant_questions)
    for q in open_questions:
        for value in PROBES[q]:
            if q == "dagen_buitenland" and value > _days_in_year(peildatum.year):
                continue
            filled = evaluate({**answers, q: value}, peildatum)
            if filled.outcome is Outcome.ELIGIBLE:
                continue
            newly = set(filled.relevant_questions) - before
            assert filled.outcome is Outcome.UNCERTAIN, (q, value, filled.outcome)
            assert filled.missing_answers, (q, value)
            assert set(filled.missing_answers) <= newly, (q, value, filled.missing_answers)


def test_the_eligible_households_are_eligible() -> None:
    for variant in ELIGIBLE_VARIANTS:
        result = evaluate({**ELIGIBLE_BASE, **variant}, "2025-03-01")
        assert result.outcome is Outcome.ELIGIBLE, variant


def test_an_unknown_maintenance_referral_is_named_as_missing_not_assumed() -> None:
    """Leaving the referral question open keeps the outcome open and names the question."""
    answers = {k: v for k, v in ELIGIBLE_BASE.items() if k != "onderhoud_verwijzing"}
    result = evaluate(answers, "2025-03-01")
    assert result.outcome is Outcome.UNCERTAIN
    assert result.missing_answers == ("onderhoud_verwijzing",)
    assert any("niet ingevuld" in r for r in result.condition("rechten").reasons)


# --------------------------------------------------------------------------------------
# Raw forms: text from a form or a JSON file means the same as typed values.
# --------------------------------------------------------------------------------------


def _dutch_amount(d: Decimal, style: int) -> str:
    whole, _, cents = f"{d:.2f}".partition(".")
    if style == 0:
        groups = f"{int(whole):,}".replace(",", ".")
        return f"{groups},{cents}"  # 1.314,20
    if style == 1:
        return f"{whole},{cents}"  # 1314,20
    return f"{whole}.{cents}"  # 1314.20


@st.composite
def raw_forms(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], date]:
    answers, peildatum = draw(cases())
    raw: dict[str, Any] = {}

    def pick(options: list[Any]) -> Any:
        return options[draw(_INDEX) % len(options)]

    for q, value in answers.items():
        v = PER_ID[q]
        if value is None:
            raw[q] = pick([None, "", "weet_niet", "onbekend"])
        elif v.type == "janee":
            raw[q] = pick(["ja", "true", "1"] if value else ["nee", "false", "0"])
        elif v.type == "geheel":
            raw[q] = pick([value, str(value), float(value)])
        elif v.type == "bedrag":
            forms: list[Any] = [value, _dutch_amount(value, 0), _dutch_amount(value, 1)]
            forms += [_dutch_amount(value, 2), f"€ {_dutch_amount(value, 0)}"]
            if value == value.to_integral_value():
                forms.append(int(value))
            raw[q] = pick(forms)
        else:
            raw[q] = value
    return answers, raw, peildatum


@examples(EXAMPLES["raw_forms"])
@given(raw_forms())
def test_text_answers_mean_the_same_as_typed_ones(
    case: tuple[dict[str, Any], dict[str, Any], date],
) -> None:
    typed, raw, peildatum = case
    expected = canonical(evaluate(typed, peildatum))
    assert canonical(evaluate(raw, peildatum.isoformat())) == expected
    noon = datetime(peildatum.year, peildatum.month, peildatum.day, 12, 0)
    assert canonical(evaluate(raw, noon)) == expected


# --------------------------------------------------------------------------------------
# Bad input always raises ValidationError naming exactly the bad fields.
# --------------------------------------------------------------------------------------

#: Values every question refuses, and those each type refuses besides.
_BAD_COMMON: list[Any] = [[], {}, [1], {"a": 1}, object(), "x", "ja nee", "?"]
_BAD_BY_TYPE: dict[str, list[Any]] = {
    "janee": [2, -1, 1.5, 0.0, "misschien", "jaa", "2"],
    "keuze": [True, False, 0, 3, "BELG", "eu burger", "belg_"],
    "geheel": [True, False, 2.5, "3,5", "3.5", "12a", "-", float("nan")],
    "bedrag": [
        True,
        False,
        float("nan"),
        float("inf"),
        "1,234",  # three decimals
        "1.2.3,45",
        Decimal("1.005"),
        Decimal("NaN"),
        "12,3,4",
        "-5",
        "- 5",
        "€",
        "1 000 000 000",
    ],
}
_UNKNOWN_WORDS = {"", "weet_niet", "onbekend", "null", "ja", "nee", "true", "false", "yes", "no"}


def bad_value(v: Vraag) -> st.SearchStrategy[Any]:
    """A value question ``v`` must refuse: wrong type, out of range or unreadable."""
    choices = {k.waarde for k in v.keuzes}
    words = st.text(alphabet="abcdefghijklmnopqrstuvwxyzé -", min_size=1, max_size=12).filter(
        lambda s: s.strip().lower() not in _UNKNOWN_WORDS and s.strip() not in choices
    )
    fixed = st.sampled_from(_BAD_COMMON + _BAD_BY_TYPE[v.type])
    if v.type in ("janee", "keuze"):
        return st.one_of(fixed, words)
    assert v.minimum is not None and v.maximum is not None
    too_big = st.integers(v.maximum + 1, 10**9)
    negative = st.integers(-(10**9), min(v.minimum, 0) - 1)
    if v.type == "geheel":
        too_small = st.integers(-(10**9), v.minimum - 1)
        return st.one_of(fixed, words, too_big, too_small, too_big.map(str))
    return st.one_of(
        fixed, words, too_big, negative, too_big.map(lambda i: f"{i},00"), negative.map(str)
    )


BAD_VALUES = {v.id: bad_value(v) for v in VRAGEN}
ALWAYS_ASKED = [v for v in VRAGEN if not v.relevant_als]
unknown_keys = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_0123456789", min_size=1).filter(
    lambda s: s not in PER_ID
)
_BAD_DATE_VALUES: list[Any] = ["2025-02-30", "2025-13-01", "2023-02-29", "2026-04-31"]
_BAD_DATE_VALUES += ["morgen", "", "1-3-2025", "2025/03/01", None, 2025.3, ["2025-03-01"]]
_BAD_DATE_VALUES += [datetime(2022, 12, 31, 23, 59), datetime(2027, 1, 1)]
_BEFORE, _AFTER = DEKKING_VAN - timedelta(days=1), DEKKING_TOT + timedelta(days=1)
bad_dates = st.one_of(
    st.sampled_from(_BAD_DATE_VALUES),
    st.integers(0, 40_000).map(lambda i: (_BEFORE - timedelta(days=i)).isoformat()),
    st.integers(0, 40_000).map(lambda i: (_AFTER + timedelta(days=i)).isoformat()),
    st.integers(0, 40_000).map(lambda i: _AFTER + timedelta(days=i)),
)


_UNKNOWN_KEY_LISTS = st.lists(unknown_keys, max_size=3, unique=True)
_ANY_ANSWER = st.sampled_from([True, 1, "ja", None])
_ASKED_LISTS = st.lists(st.sampled_from(ALWAYS_ASKED), max_size=4, unique_by=lambda v: v.id)


@st.composite
def bad_inputs(draw: st.DrawFn) -> tuple[dict[str, Any], Any, set[str]]:
    """Valid answers with bad entries mixed in; returns (answers, date, bad field ids)."""
    answers, peildatum = draw(cases())
    bad: set[str] = set()
    for key in draw(_UNKNOWN_KEY_LISTS):
        answers[key] = draw(_ANY_ANSWER)
        bad.add(key)
    for v in draw(_ASKED_LISTS):
        answers[v.id] = draw(BAD_VALUES[v.id])
        bad.add(v.id)
    date_value: Any = peildatum.isoformat()
    if draw(_BOOLS) or not bad:
        date_value = draw(bad_dates)
        bad.add("peildatum")
    return answers, date_value, bad


@examples(EXAMPLES["bad_input"])
@given(bad_inputs())
def test_bad_input_raises_validation_error_naming_every_bad_field(
    case: tuple[dict[str, Any], Any, set[str]],
) -> None:
    answers, peildatum, bad = case
    try:
        evaluate(answers, peildatum)
    except ValidationError as exc:
        fields = [f.veld for f in exc.fouten]
        assert set(fields) == bad
        assert len(fields) == len(set(fields)), "each bad field once"
        for f in exc.fouten:
            assert f.melding and f.label
            json.dumps(exc.to_dict(), ensure_ascii=False)
    else:
        raise AssertionError(f"no ValidationError for {bad}")


@examples(EXAMPLES["follow_up"])
@given(cases(), st.sampled_from([v for v in VRAGEN if v.relevant_als]), st.data())
def test_a_bad_answer_to_a_follow_up_question_is_an_error_only_when_it_applies(
    case: tuple[dict[str, Any], date], vraag: Vraag, data: st.DataObject
) -> None:
    answers, peildatum = case
    answers.pop(vraag.id, None)
    relevant = vraag.id in evaluate(answers, peildatum).relevant_questions
    answers[vraag.id] = data.draw(BAD_VALUES[vraag.id])
    try:
        result = evaluate(answers, peildatum)
    except ValidationError as exc:
        assert relevant, f"{vraag.id} does not apply but was refused"
        assert [f.veld for f in exc.fouten] == [vraag.id]
    else:
        assert not relevant, f"{vraag.id} applies but its bad value was accepted"
        assert vraag.id in result.ignored_answers


def test_example_budget() -> None:
    """The run generates at least 10 000 cases in total (printed for the report)."""
    total = sum(EXAMPLES.values())
    print(f"hypothesis examples per run: {total} ({EXAMPLES})")
    assert total >= 10_000
