"""The case library for trainers (checker/casussen.toml): every case is also a test.

Each case runs through the scenario table's own harness (``_differences`` from
tests/test_scenarios.py), so a story's hand-computed result is checked exactly like
a scenario. The other tests check that the library covers what issue 10 lists, that
every story is short and plain enough for B1 readers, and that no story says
something its answers contradict.
"""

from __future__ import annotations

import re
import tomllib
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import Any

import pytest
from test_scenarios import AMOUNT_FIELDS, CONDITIONS, OPTIONAL_AMOUNT_FIELDS, _differences

from checker.casussen import BESTAND, CASUSSEN, Casus, CasusError, casus, uit_data
from checker.tekst import MAANDEN
from checker.verblijfskaarten import status_van
from checker.vragen import PER_ID

IDS = [c.id for c in CASUSSEN]
#: The day the new version of art. 34 Leefloonbesluit took effect (KB of 7 January 2026).
MAART_2026 = date(2026, 3, 1)


def _zinnen(tekst: str) -> list[str]:
    """The sentences of a story: text up to a full stop, question or exclamation mark."""
    return [z for z in re.split(r"(?<=[.!?])\s+", tekst.strip()) if z]


def _woorden(tekst: str) -> list[str]:
    return tekst.split()


def _euro(tekst: str) -> Decimal:
    """``1.600`` or ``210,50`` (Dutch notation) as a number."""
    return Decimal(tekst.replace(".", "").replace(",", "."))


def _bedragen_in_antwoorden(antwoorden: dict[str, Any]) -> set[Decimal]:
    """Every amount the answers give: own income, savings, each housemate's figures."""
    bedragen = {
        Decimal(str(antwoorden[v]))
        for v in ("inkomen_werk", "andere_inkomsten", "spaargeld")
        if isinstance(antwoorden.get(v), int | float)
    }
    for h in antwoorden.get("huisgenoten", []):
        for veld in ("inkomen", "kinderbijslag"):
            if isinstance(h.get(veld), int | float):
                bedragen.add(Decimal(str(h[veld])))
    return bedragen


def _status(c: Casus) -> str | None:
    return status_van(c.antwoorden)


# --- Every case gives the result worked out by hand. ---


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_the_checker_gives_each_case_the_result_worked_out_by_hand(c: Casus) -> None:
    diffs = _differences(c.als_scenario())
    assert not diffs, f"{c.verwachting['name']}\n  " + "\n  ".join(diffs)


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_each_case_is_complete_and_agrees_with_itself(c: Casus) -> None:
    v = c.verwachting
    assert v["name"].endswith("."), "the name is a full sentence"
    assert set(v["statuses"]) == set(CONDITIONS)
    assert set(c.antwoorden) <= set(PER_ID), "answers use questionnaire ids only"
    statuses = set(v["statuses"].values())
    if v["outcome"] == "eligible":
        assert statuses == {"met"}
    elif v["outcome"] == "not_eligible":
        assert "not_met" in statuses
    else:
        assert "not_met" not in statuses and "uncertain" in statuses
    if v["amount"] is not False:
        amount = v["amount"]
        assert set(AMOUNT_FIELDS) <= set(amount) <= set(AMOUNT_FIELDS) | set(OPTIONAL_AMOUNT_FIELDS)
        rate, counted = Decimal(amount["monthly_rate"]), Decimal(amount["counted_resources"])
        assert Decimal(amount["monthly_amount"]) == max(Decimal(0), rate - counted)


# --- The library covers what issue 10 lists. ---


def test_the_library_has_at_least_sixteen_cases_with_unique_ids() -> None:
    assert len(CASUSSEN) >= 16
    assert len(IDS) == len(set(IDS))


@pytest.mark.parametrize("conditie", CONDITIONS)
def test_every_condition_alone_decides_the_outcome_of_some_case(conditie: str) -> None:
    # Decisive: this condition is the only one not met, so it alone makes the outcome.
    beslist = [
        c.id
        for c in CASUSSEN
        if c.verwachting["statuses"][conditie] != "met"
        and all(s == "met" for k, s in c.verwachting["statuses"].items() if k != conditie)
    ]
    assert beslist, f"no case where {conditie} alone decides"


def test_every_condition_that_can_fail_fails_in_some_case() -> None:
    # Claiming other rights is judged in the person's interest and is never failed by the
    # rules; it can only be uncertain, which the previous test covers.
    failed = {k for c in CASUSSEN for k, s in c.verwachting["statuses"].items() if s == "not_met"}
    assert set(CONDITIONS) - {"rechten"} <= failed


def test_the_cards_a_with_and_without_refugee_status_b_k_eu_f_and_orange_all_appear() -> None:
    kaarten = {
        (c.antwoorden.get("verblijfskaart"), c.antwoorden.get("bescherming"))
        for c in CASUSSEN
        if c.antwoorden.get("verblijfsstatus") == "andere_kaart"
    }
    assert ("A", "vluchteling") in kaarten
    assert ("A", "geen") in kaarten
    assert {k for k, _ in kaarten} >= {"A", "B", "K", "EU", "F", "oranje"}


def test_a_refugee_subsidiary_protection_and_an_eu_job_seeker_each_have_a_case() -> None:
    statussen = {_status(c) for c in CASUSSEN}
    assert {"erkend_vluchteling", "subsidiaire_bescherming", "eu_burger"} <= statussen
    assert any(c.antwoorden.get("eu_hoedanigheid") == "werkzoekende" for c in CASUSSEN)
    subsidiair = [c for c in CASUSSEN if _status(c) == "subsidiaire_bescherming"]
    assert any(
        "aangekondigd_subsidiaire_bescherming_geen_leefloon" in c.verwachting.get("warnings", [])
        for c in subsidiair
    )


def test_both_versions_of_art_34_appear_with_the_choice_each_leaves_the_ocmw() -> None:
    varianten = {
        c.verwachting["amount"].get("variant")
        for c in CASUSSEN
        if c.verwachting["amount"] is not False
    }
    # Until 28 February 2026 the OCMW may count; from 1 March 2026 it must, unless equity.
    assert {"ocmw_mag_meetellen", "billijkheid"} <= varianten
    assert any(c.peildatum < MAART_2026 and c.antwoorden.get("huisgenoten") for c in CASUSSEN)
    assert any(c.antwoorden.get("leefloon_voor_maart_2026") == "nee" for c in CASUSSEN)


def test_one_household_is_judged_just_before_and_just_after_1_march_2026() -> None:
    def zonder_2026_vraag(c: Casus) -> dict[str, Any]:
        return {k: v for k, v in c.antwoorden.items() if k != "leefloon_voor_maart_2026"}

    paren = [
        (voor.id, na.id)
        for voor in CASUSSEN
        for na in CASUSSEN
        if date(2026, 2, 1) <= voor.peildatum < MAART_2026 <= na.peildatum <= date(2026, 4, 30)
        and zonder_2026_vraag(voor) == zonder_2026_vraag(na)
        and na.antwoorden.get("leefloon_voor_maart_2026") == "nee"
        and voor.verwachting["amount"] != na.verwachting["amount"]
    ]
    assert paren, "no household shown on both sides of 1 March 2026 with a different result"


def test_a_pregnant_minor_is_treated_as_of_age_and_another_minor_is_not() -> None:
    minderjarig = [c for c in CASUSSEN if c.antwoorden.get("leeftijd", 18) < 18]
    assert any(
        c.antwoorden.get("zwanger") is True and c.verwachting["statuses"]["leeftijd"] == "met"
        for c in minderjarig
    )
    assert any(c.verwachting["statuses"]["leeftijd"] == "not_met" for c in minderjarig)


def test_a_stay_abroad_of_more_than_four_weeks_is_warned_about() -> None:
    assert any(
        c.antwoorden.get("dagen_buitenland", 0) > 28
        and "buitenland_schorsing" in c.verwachting.get("warnings", [])
        for c in CASUSSEN
    )


def test_savings_above_the_free_part_are_counted_in_some_case() -> None:
    assert any(
        c.antwoorden.get("spaargeld", 0) > 6200
        and c.verwachting["amount"] is not False
        and Decimal(c.verwachting["amount"]["counted_resources"]) > 0
        for c in CASUSSEN
    )


def test_housemates_with_unequal_incomes_appear_in_some_case() -> None:
    def inkomens(c: Casus) -> list[Any]:
        return [h.get("inkomen") for h in c.antwoorden.get("huisgenoten", [])]

    assert any(len(set(inkomens(c))) >= 2 and 0 not in inkomens(c) for c in CASUSSEN), (
        "two housemates who both earn, but not the same"
    )


def test_an_existing_recipient_before_revision_and_the_equity_exception_appear() -> None:
    assert any(c.antwoorden.get("leefloon_voor_maart_2026") == "niet_herzien" for c in CASUSSEN)
    assert any(
        "billijkheidsuitzondering" in c.verwachting.get("alternatives", []) for c in CASUSSEN
    )


def test_the_topics_named_in_the_issue_are_each_tagged_on_some_case() -> None:
    tags = {t for c in CASUSSEN for t in c.thema}
    assert {"art. 34", "kaart", "EU-burger", "minderjarige", "buitenland", "spaargeld"} <= tags
    assert "2026" in tags


# --- Every story is plain enough for B1 readers. ---


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_each_story_has_40_to_90_words_in_short_sentences(c: Casus) -> None:
    woorden = len(_woorden(c.verhaal))
    assert 40 <= woorden <= 90, f"{woorden} words"
    lengtes = [len(_woorden(z)) for z in _zinnen(c.verhaal)]
    assert sum(lengtes) / len(lengtes) <= 20, f"average sentence {sum(lengtes) / len(lengtes)}"
    assert max(lengtes) <= 25, f"a sentence of {max(lengtes)} words"


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_each_case_teaches_in_one_or_two_sentences_and_asks_two_or_three_questions(
    c: Casus,
) -> None:
    assert 1 <= len(_zinnen(c.leert)) <= 2
    assert 2 <= len(c.vragen) <= 3
    assert all(v.rstrip().endswith("?") for v in c.vragen)
    assert c.thema


# --- No story contradicts its answers in a way a test can see. ---


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_each_story_and_title_name_the_same_person(c: Casus) -> None:
    naam = c.verhaal.split()[0]
    assert naam[0].isupper() and naam.isalpha()
    assert naam in c.titel


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_each_story_names_the_month_and_year_of_its_reference_date(c: Casus) -> None:
    d = c.peildatum
    assert f"{MAANDEN[d.month - 1]} {d.year}" in c.verhaal


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_each_story_gives_the_age_that_was_answered(c: Casus) -> None:
    leeftijden = {int(n) for n in re.findall(r"\b(\d+) jaar\b", c.verhaal)}
    assert leeftijden == {c.antwoorden["leeftijd"]}


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_every_euro_amount_in_the_story_is_one_of_the_answers(c: Casus) -> None:
    genoemd = {_euro(b) for b in re.findall(r"(\d[\d.]*(?:,\d\d)?) euro", c.verhaal)}
    assert genoemd <= _bedragen_in_antwoorden(c.antwoorden)


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_days_abroad_in_the_story_equal_the_answer(c: Casus) -> None:
    for n in re.findall(r"\b(\d+) dagen\b", c.verhaal):
        assert int(n) == c.antwoorden["dagen_buitenland"]
    if c.antwoorden.get("dagen_buitenland", 0) > 0:
        assert f"{c.antwoorden['dagen_buitenland']} dagen" in c.verhaal


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_the_card_in_the_story_is_the_card_answered(c: Casus) -> None:
    genoemd = set(re.findall(r"\b([A-Z]+)-kaart\b", c.verhaal))
    if "oranje kaart" in c.verhaal:
        genoemd.add("oranje")
    kaart = c.antwoorden.get("verblijfskaart")
    assert genoemd == ({kaart} if kaart else set())


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_a_story_that_says_belgian_or_living_alone_agrees_with_the_answers(c: Casus) -> None:
    if re.search(r"\bis (?:\d+ jaar en )?Belg\b", c.verhaal):
        assert c.antwoorden["verblijfsstatus"] == "belg"
    if "woont alleen" in c.verhaal:
        assert c.antwoorden["samenwonend"] is False
    if re.search(r"\b(?:is|ben) (?:\w+ maanden )?zwanger\b", c.verhaal):
        assert c.antwoorden["zwanger"] is True


# --- The loader checks the file. ---


def _ruw(**wijzig: Any) -> dict[str, Any]:
    """A well-formed case as parsed TOML, with some fields changed (None: removed)."""
    tekst = resources.files("checker").joinpath(BESTAND).read_text("utf-8")
    eerste: dict[str, Any] = tomllib.loads(tekst)["case"][0]
    for k, v in wijzig.items():
        if v is None:
            eerste.pop(k, None)
        else:
            eerste[k] = v
    return eerste


def test_a_case_is_found_by_its_id_and_an_unknown_id_names_the_known_ones() -> None:
    assert casus(IDS[0]) is CASUSSEN[0]
    with pytest.raises(KeyError, match=IDS[0]):
        casus("bestaat-niet")


def test_a_well_formed_case_reads_back_as_a_scenario_row() -> None:
    (c,) = uit_data({"case": [_ruw()]})
    rij = c.als_scenario()
    assert rij["id"] == c.id and rij["peildatum"] == c.peildatum.isoformat()
    assert {"name", "outcome", "statuses", "amount"} <= set(rij)
    assert "verhaal" not in rij


@pytest.mark.parametrize("veld", ["titel", "verhaal", "leert", "vragen", "thema", "name"])
def test_a_missing_field_is_refused_with_its_name_and_the_case(veld: str) -> None:
    with pytest.raises(CasusError, match=rf"'{veld}'") as exc:
        uit_data({"case": [_ruw(**{veld: None})]})
    assert IDS[0] in str(exc.value)


def test_four_discussion_questions_are_refused() -> None:
    with pytest.raises(CasusError, match="twee of drie vragen"):
        uit_data({"case": [_ruw(vragen=["Een?", "Twee?", "Drie?", "Vier?"])]})


def test_a_duplicate_id_is_refused() -> None:
    with pytest.raises(CasusError, match="twee keer"):
        uit_data({"case": [_ruw(), _ruw()]})


def test_a_bad_date_an_unknown_field_and_missing_conditions_are_refused() -> None:
    with pytest.raises(CasusError, match="geen datum"):
        uit_data({"case": [_ruw(peildatum="15-02-2026")]})
    with pytest.raises(CasusError, match="onbekende velden: verhal"):
        uit_data({"case": [_ruw(verhal="typo")]})
    with pytest.raises(CasusError, match="zes voorwaarden"):
        uit_data({"case": [_ruw(statuses={"leeftijd": "met"})]})
