"""Each condition's ``beoordeel(antwoorden, peildatum)`` on its own, at the edges.

Answers here are already typed (as :func:`checker.invoer.lees` returns them):
booleans, ints, ``Decimal`` amounts, and ``None`` or a missing key for unknown.
Expected values come from the domain brief, not from running the code.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from checker.uitkomst import Status
from checker.voorwaarden import (
    Oordeel,
    bestaansmiddelen,
    leeftijd,
    nationaliteit,
    rechten,
    verblijfplaats,
    werkbereidheid,
)
from checker.vragen import PER_ID

ROOT = Path(__file__).resolve().parent.parent
MET, NOT_MET, UNCERTAIN = Status.MET, Status.NOT_MET, Status.UNCERTAIN
D = Decimal
MAART_2025 = date(2025, 3, 1)

_ENGLISH = re.compile(r"\b(the|you|your|and|not|is not|income|condition)\b", re.IGNORECASE)
_DUTCH = re.compile(r"\b(je|jij|het|de|een|niet|van|voor|is|zijn|bent|hebt)\b", re.IGNORECASE)


def check_common(o: Oordeel, cid: str, article: str) -> None:
    """Reasons in Dutch, the article named, the explaining page linked and existing."""
    r = o.resultaat
    assert r.id == cid
    assert r.reasons, "every verdict gives at least one reason"
    for reason in r.reasons:
        assert _DUTCH.search(reason), f"not Dutch: {reason!r}"
        assert not _ENGLISH.search(reason), f"English in a reason: {reason!r}"
        assert reason.rstrip()[-1] in ".)?", f"a reason is a sentence: {reason!r}"
    assert any(article in lb for lb in r.legal_basis), (article, r.legal_basis)
    assert r.page == f"voorwaarden/{cid}/"
    assert (ROOT / "docs" / f"{r.page.rstrip('/')}.md").is_file(), r.page
    assert set(r.missing) <= set(PER_ID) and set(r.decisive) <= set(PER_ID)
    assert len(r.missing) == len(set(r.missing)), f"duplicates in missing: {r.missing}"
    if r.status is UNCERTAIN:
        assert not set(r.decisive) & set(r.missing)
    if r.status is not UNCERTAIN:
        assert not r.missing, "a decided condition misses nothing"


# --------------------------------------------------------------------------------------
# 1° Actual residence (art. 3, 1° Leefloonwet; art. 23 §5 for stays abroad)
# --------------------------------------------------------------------------------------


def _verblijf(**a: Any) -> Oordeel:
    o = verblijfplaats.beoordeel(a, MAART_2025)
    check_common(o, "verblijfplaats", "art. 3, 1° Leefloonwet")
    return o


def test_residence_unknown_lists_both_missing_answers() -> None:
    o = _verblijf()
    assert o.resultaat.status is UNCERTAIN
    assert set(o.resultaat.missing) == {"verblijfsstatus", "woont_in_belgie"}


def test_residence_status_unknown_but_living_here() -> None:
    o = _verblijf(woont_in_belgie=True, dagen_buitenland=0)
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("verblijfsstatus",)


@pytest.mark.parametrize("status", ["kort_verblijf", "onwettig_verblijf"])
def test_residence_fails_without_a_right_to_stay_whatever_else_is_unknown(status: str) -> None:
    o = _verblijf(verblijfsstatus=status)
    assert o.resultaat.status is NOT_MET
    assert o.resultaat.decisive == ("verblijfsstatus",)


@pytest.mark.parametrize("status", ["asielzoeker", "vreemdelingenregister", "belg"])
def test_residence_fails_when_not_living_here(status: str) -> None:
    o = _verblijf(verblijfsstatus=status, woont_in_belgie=False)
    assert o.resultaat.status is NOT_MET
    assert o.resultaat.decisive == ("woont_in_belgie",)


def test_residence_met_names_the_abroad_article_when_travel_is_answered() -> None:
    o = _verblijf(verblijfsstatus="belg", woont_in_belgie=True, dagen_buitenland=0)
    assert o.resultaat.status is MET
    assert "art. 23 §5 Leefloonwet" in o.resultaat.legal_basis
    assert set(o.resultaat.decisive) == {"woont_in_belgie", "verblijfsstatus"}
    assert o.waarschuwingen == ()


@pytest.mark.parametrize(
    ("dagen", "gemeld", "uitzonderlijk", "warnings"),
    [
        (0, None, None, set()),
        (6, None, None, set()),  # under a week: nothing to report
        (7, None, None, {"buitenland_melden"}),  # a week: report (unknown = not shown)
        (7, True, None, set()),
        (28, True, None, set()),  # four weeks: payment continues
        (28, False, None, {"buitenland_melden"}),
        (29, True, None, {"buitenland_schorsing"}),  # reason unknown
        (29, True, False, {"buitenland_schorsing"}),
        (29, True, True, set()),  # exceptional reason: the OCMW may accept it
        (366, False, False, {"buitenland_melden", "buitenland_schorsing"}),
    ],
)
def test_stays_abroad_raise_warnings_not_a_failed_condition(
    dagen: int, gemeld: bool | None, uitzonderlijk: bool | None, warnings: set[str]
) -> None:
    a: dict[str, Any] = {
        "verblijfsstatus": "belg",
        "woont_in_belgie": True,
        "dagen_buitenland": dagen,
    }
    if dagen >= 7:
        a["buitenland_gemeld"] = gemeld
    if dagen > 28:
        a["buitenland_uitzonderlijk"] = uitzonderlijk
    o = _verblijf(**a)
    assert o.resultaat.status is MET
    assert set(o.waarschuwingen) == warnings
    text = " ".join(o.resultaat.reasons)
    assert f"{dagen} dagen" in text if dagen else "niet naar het buitenland" in text
    if dagen > 28 and uitzonderlijk is None:
        assert "niet ingevuld" in text


def test_days_abroad_unknown_is_said_but_does_not_decide() -> None:
    o = _verblijf(verblijfsstatus="belg", woont_in_belgie=True, dagen_buitenland=None)
    assert o.resultaat.status is MET
    assert any("niet ingevuld" in r for r in o.resultaat.reasons)


# --------------------------------------------------------------------------------------
# 2° Age (art. 3, 2° and art. 7 Leefloonwet); pension and IGO age
# --------------------------------------------------------------------------------------


def _leeftijd(peildatum: date = MAART_2025, **a: Any) -> Oordeel:
    o = leeftijd.beoordeel(a, peildatum)
    check_common(o, "leeftijd", "art. 3, 2° Leefloonwet")
    assert "art. 7 Leefloonwet" in o.resultaat.legal_basis
    return o


def test_age_unknown() -> None:
    o = _leeftijd()
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("leeftijd",)


@pytest.mark.parametrize("age", [18, 40, 64, 120])
def test_of_age_is_met_without_maximum(age: int) -> None:
    o = _leeftijd(leeftijd=age)
    assert o.resultaat.status is MET
    assert o.resultaat.decisive == ("leeftijd",)


@pytest.mark.parametrize(
    ("gehuwd", "zwanger", "kind", "status", "decisive_or_missing"),
    [
        (True, None, None, MET, ("gehuwd",)),
        (None, True, None, MET, ("zwanger",)),
        (None, None, True, MET, ("kind_ten_laste",)),
        (True, True, True, MET, ("gehuwd", "kind_ten_laste", "zwanger")),
        (False, False, False, NOT_MET, ("leeftijd", "gehuwd", "kind_ten_laste", "zwanger")),
        (None, None, None, UNCERTAIN, ("gehuwd", "kind_ten_laste", "zwanger")),
        (False, None, False, UNCERTAIN, ("zwanger",)),
        (False, False, None, UNCERTAIN, ("kind_ten_laste",)),
    ],
)
def test_minors_treated_as_of_age(
    gehuwd: bool | None,
    zwanger: bool | None,
    kind: bool | None,
    status: Status,
    decisive_or_missing: tuple[str, ...],
) -> None:
    o = _leeftijd(leeftijd=17, gehuwd=gehuwd, zwanger=zwanger, kind_ten_laste=kind)
    assert o.resultaat.status is status
    if status is UNCERTAIN:
        assert set(o.resultaat.missing) == set(decisive_or_missing)
    else:
        assert set(o.resultaat.decisive) == set(decisive_or_missing)


@pytest.mark.parametrize(
    ("age", "peildatum", "pension"),
    [
        (64, date(2024, 12, 31), False),
        (65, date(2024, 12, 31), True),  # 65 until 2024
        (65, date(2025, 1, 1), False),  # 66 from 2025
        (66, date(2025, 1, 1), True),
        (66, date(2026, 12, 31), True),
        (65, date(2023, 1, 1), True),
    ],
)
def test_pension_and_igo_age_by_date(age: int, peildatum: date, pension: bool) -> None:
    o = _leeftijd(peildatum, leeftijd=age)
    assert o.resultaat.status is MET  # no maximum age: the pension is a pointer, not a bar
    assert ("pensioen" in o.waarschuwingen) is pension
    assert ("igo" in o.alternatieven) is pension
    if pension:
        grens = 65 if peildatum.year <= 2024 else 66
        assert any(f"{grens} jaar" in r for r in o.resultaat.reasons)


# --------------------------------------------------------------------------------------
# 3° Nationality (art. 3, 3° Leefloonwet)
# --------------------------------------------------------------------------------------

#: The brief's list: who is inside art. 3, 3° on the status alone.
STATUS_ALONE = {
    "belg": MET,
    "bevolkingsregister": MET,
    "erkend_vluchteling": MET,
    "subsidiaire_bescherming": MET,
    "erkend_staatloze": MET,
    "vreemdelingenregister": NOT_MET,
    "tijdelijke_bescherming": NOT_MET,
    "asielzoeker": NOT_MET,
    "kort_verblijf": NOT_MET,
    "onwettig_verblijf": NOT_MET,
    # EU citizens and family members: it depends on the follow-up answers.
    "eu_burger": UNCERTAIN,
    "familielid_eu": UNCERTAIN,
    "familielid_belg": UNCERTAIN,
}

ALTERNATIVE = {
    "vreemdelingenregister": "equivalent_leefloon",
    "tijdelijke_bescherming": "equivalent_leefloon",
    "asielzoeker": "fedasil",
    "kort_verblijf": "dringende_medische_hulp",
    "onwettig_verblijf": "dringende_medische_hulp",
}


def _nat(**a: Any) -> Oordeel:
    o = nationaliteit.beoordeel(a, MAART_2025)
    check_common(o, "nationaliteit", "art. 3, 3° Leefloonwet")
    return o


def test_every_questionnaire_status_has_a_rule() -> None:
    choices = {k.waarde for k in PER_ID["verblijfsstatus"].keuzes}
    assert choices == set(STATUS_ALONE) == set(nationaliteit.PER_STATUS)


@pytest.mark.parametrize(("status", "expected"), sorted(STATUS_ALONE.items()))
def test_nationality_on_the_status_alone(status: str, expected: Status) -> None:
    o = _nat(verblijfsstatus=status)
    assert o.resultaat.status is expected
    if status in ALTERNATIVE:
        assert o.alternatieven == (ALTERNATIVE[status],)
    if expected is not UNCERTAIN:
        assert o.resultaat.decisive == ("verblijfsstatus",)


@pytest.mark.parametrize(
    ("status", "article"),
    [
        ("erkend_vluchteling", "art. 49 Vreemdelingenwet"),
        ("subsidiaire_bescherming", "art. 49/2 Vreemdelingenwet"),
        ("erkend_staatloze", "1954"),
        ("familielid_belg", "POD MI"),
        ("eu_burger", "art. 57quinquies OCMW-wet"),
    ],
)
def test_nationality_names_the_specific_legal_basis(status: str, article: str) -> None:
    o = _nat(verblijfsstatus=status)
    assert any(article in lb for lb in o.resultaat.legal_basis), o.resultaat.legal_basis


def test_nationality_unknown() -> None:
    o = _nat()
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("verblijfsstatus",)


# The EU decision table, from the brief: workers and self-employed are not excluded
# (GwH 95/2014); job-seekers are excluded while they look for work; others need a
# residence right of more than three months.
EU_TABLE = [
    ("werknemer", True, MET),
    ("werknemer", False, MET),
    ("werknemer", None, MET),
    ("zelfstandige", True, MET),
    ("zelfstandige", False, MET),
    ("zelfstandige", None, MET),
    ("werkzoekende", True, NOT_MET),
    ("werkzoekende", False, NOT_MET),
    ("werkzoekende", None, NOT_MET),
    ("andere", True, MET),
    ("andere", False, NOT_MET),
    ("andere", None, UNCERTAIN),
    (None, True, UNCERTAIN),
    (None, False, UNCERTAIN),  # a worker would be met, anyone else not
    (None, None, UNCERTAIN),
]


@pytest.mark.parametrize(("reden", "langer", "expected"), EU_TABLE)
def test_eu_citizen_decision_table(
    reden: str | None, langer: bool | None, expected: Status
) -> None:
    o = _nat(
        verblijfsstatus="eu_burger", eu_hoedanigheid=reden, verblijf_langer_dan_3_maanden=langer
    )
    assert o.resultaat.status is expected
    if expected is MET:
        assert o.waarschuwingen == ("verblijfsrisico",)
    if expected is NOT_MET:
        assert o.alternatieven == ("eu_eerste_maanden",)
    if expected is UNCERTAIN:
        want = {"eu_hoedanigheid"} if reden is None else set()
        if langer is None:
            want.add("verblijf_langer_dan_3_maanden")
        assert set(o.resultaat.missing) == want


@pytest.mark.parametrize("status", ["familielid_eu", "familielid_belg"])
@pytest.mark.parametrize(("langer", "expected"), [(True, MET), (False, NOT_MET), (None, UNCERTAIN)])
def test_family_members_need_more_than_three_months(
    status: str, langer: bool | None, expected: Status
) -> None:
    o = _nat(verblijfsstatus=status, verblijf_langer_dan_3_maanden=langer)
    assert o.resultaat.status is expected
    if expected is UNCERTAIN:
        assert o.resultaat.missing == ("verblijf_langer_dan_3_maanden",)
    else:
        assert o.resultaat.decisive == ("verblijf_langer_dan_3_maanden",)


# --------------------------------------------------------------------------------------
# 4° Insufficient resources (art. 3, 4°, 14, 16 Leefloonwet; art. 22, 34, 35 KB)
# --------------------------------------------------------------------------------------

ALONE: dict[str, Any] = {
    "kind_ten_laste": False,
    "samenwonend_partner": False,
    "samenwonend_ouders_kinderen": False,
    "samenwonend_andere_familie": False,
    "samenwonend_anderen": False,
    "inkomen_werk": D("0.00"),
    "andere_inkomsten": D("0.00"),
    "vermogen": False,
}


def _middelen(peildatum: date = MAART_2025, **a: Any) -> Oordeel:
    o = bestaansmiddelen.beoordeel(a, peildatum)
    check_common(o, "bestaansmiddelen", "art. 3, 4° Leefloonwet")
    return o


@pytest.mark.parametrize(
    ("kind", "huisgenoten", "expected"),
    [
        (False, (False, False, False, False), (2,)),
        (False, (True, False, False, False), (1,)),
        (False, (False, False, False, True), (1,)),
        (False, (False, None, False, False), (1, 2)),
        (True, (None, None, None, None), (3,)),
        (True, (True, False, False, False), (3,)),
        (None, (False, False, False, False), (2, 3)),
        (None, (None, None, None, None), (1, 2, 3)),
    ],
)
def test_categories(
    kind: bool | None, huisgenoten: tuple[bool | None, ...], expected: tuple[int, ...]
) -> None:
    a = dict(
        zip(
            (
                "samenwonend_partner",
                "samenwonend_ouders_kinderen",
                "samenwonend_andere_familie",
                "samenwonend_anderen",
            ),
            huisgenoten,
            strict=True,
        ),
        kind_ten_laste=kind,
    )
    assert bestaansmiddelen.categorieen(a) == expected


def test_resources_all_unknown() -> None:
    o = _middelen()
    assert o.resultaat.status is UNCERTAIN
    assert o.bedrag is None
    assert "kind_ten_laste" in o.resultaat.missing


def test_resources_wage_unknown_is_the_missing_answer() -> None:
    o = _middelen(**{**ALONE, "inkomen_werk": None})
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("inkomen_werk",)
    assert o.bedrag is None


def test_resources_savings_unknown_is_the_missing_answer() -> None:
    o = _middelen(**{**ALONE, "vermogen": None})
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("vermogen",)
    assert o.bedrag is not None and o.bedrag.monthly_amount == D("1314.20")


def test_the_worked_example_step_by_step() -> None:
    """900 − 309.48 − 250/12 = 569.69 counted; 1314.20 − 569.69 = 744.51."""
    o = _middelen(**{**ALONE, "inkomen_werk": D("900.00"), "socioprofessionele_vrijstelling": True})
    assert o.resultaat.status is MET
    assert set(o.resultaat.decisive) == {
        "inkomen_werk",
        "socioprofessionele_vrijstelling",
        "andere_inkomsten",
    }
    b = o.bedrag
    assert b is not None
    steps = [(s.kind, s.amount) for s in b.steps]
    assert steps == [
        ("rate", D("1314.20")),
        ("income", D("900.00")),
        ("deduction", D("-309.48")),
        ("deduction", D("-20.83")),
        ("subtotal", D("569.69")),
        ("result", D("744.51")),
    ]
    assert "art. 35 Leefloonbesluit" in b.steps[2].description
    assert "art. 22 §2 Leefloonbesluit" in b.steps[3].description
    assert b.rate_certainty == "nagekeken"
    assert "art. 14 §1 Leefloonwet" in b.legal_basis


def test_the_general_exemption_never_exceeds_the_income() -> None:
    """10 euro income, cat 2: 10 − min(10, 20.83) → counted 0, deduction step −10."""
    o = _middelen(**{**ALONE, "andere_inkomsten": D("10.00")})
    b = o.bedrag
    assert b is not None
    assert b.counted_resources == 0
    assert [s.amount for s in b.steps if s.kind == "deduction"] == [D("-10.00")]


def test_socio_professional_exemption_unknown_before_february_2025() -> None:
    o = _middelen(
        date(2024, 9, 1),
        **{**ALONE, "inkomen_werk": D("800.00"), "socioprofessionele_vrijstelling": True},
    )
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ()  # nothing the person can add: the amount is unknown
    assert any("niet nagekeken" in r for r in o.resultaat.reasons)
    assert o.bedrag is None


def test_not_met_names_the_deciding_incomes_and_keeps_the_amount() -> None:
    o = _middelen(
        **{**ALONE, "inkomen_werk": D("3000.00"), "socioprofessionele_vrijstelling": False}
    )
    assert o.resultaat.status is NOT_MET
    assert "inkomen_werk" in o.resultaat.decisive
    assert o.bedrag is not None and o.bedrag.monthly_amount == 0
    assert o.bedrag.counted_resources == D("2979.17")


def test_savings_are_flagged_not_computed() -> None:
    o = _middelen(**{**ALONE, "vermogen": True})
    assert o.resultaat.status is UNCERTAIN
    assert o.waarschuwingen == ("vermogen",)


def test_partner_category_1_step_names_the_category_1_amount() -> None:
    o = _middelen(
        date(2025, 6, 1),
        **{**ALONE, "samenwonend_partner": True, "inkomen_partner": D("1000.00")},
    )
    b = o.bedrag
    assert b is not None and b.category == 1
    partner = [s for s in b.steps if "partner" in s.description]
    assert len(partner) == 1
    assert partner[0].amount == D("123.87")  # 1000 − 876.13
    assert "876,13" in partner[0].description
    assert "art. 34 Leefloonbesluit" in partner[0].description


def test_unknown_parents_make_the_optional_part_unknown() -> None:
    """The category is known (partner), but parents may live in the house too."""
    o = _middelen(
        **{
            **ALONE,
            "samenwonend_partner": True,
            "inkomen_partner": D("0.00"),
            "samenwonend_ouders_kinderen": None,
        }
    )
    assert o.resultaat.status is UNCERTAIN
    assert "samenwonend_ouders_kinderen" in o.resultaat.missing


def test_other_family_unknown_does_not_matter_before_march_2026() -> None:
    a = {**ALONE, "samenwonend_partner": True, "inkomen_partner": D("0.00")}
    a["samenwonend_andere_familie"] = None
    assert _middelen(date(2026, 2, 28), **a).resultaat.status is MET
    o = _middelen(date(2026, 3, 1), **a)
    assert o.resultaat.status is UNCERTAIN
    assert "samenwonend_andere_familie" in o.resultaat.missing


def test_optional_parents_part_is_shown_separately() -> None:
    """2500 − 2 × 876.13 = 747.74 the OCMW may count; 876.13 − 747.74 = 128.39."""
    o = _middelen(
        date(2025, 9, 1),
        **{
            **ALONE,
            "samenwonend_ouders_kinderen": True,
            "aantal_ouders_kinderen": 2,
            "inkomen_ouders_kinderen": D("2500.00"),
            "kinderbijslag_voor_jou": D("0.00"),
        },
    )
    b = o.bedrag
    assert o.resultaat.status is MET
    assert b is not None
    assert (b.monthly_amount, b.discretionary, b.amount_if_counted) == (
        D("876.13"),
        D("747.74"),
        D("128.39"),
    )
    optional = [s for s in b.steps if s.kind == "optional"]
    assert [s.amount for s in optional] == [D("747.74"), D("128.39")]


def test_parents_count_unknown_lists_it() -> None:
    o = _middelen(
        **{
            **ALONE,
            "samenwonend_ouders_kinderen": True,
            "aantal_ouders_kinderen": None,
            "inkomen_ouders_kinderen": D("2500.00"),
        }
    )
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("aantal_ouders_kinderen",)


def test_computed_2026_amounts_are_marked() -> None:
    o = _middelen(date(2026, 3, 1), **ALONE)
    assert o.bedrag is not None
    assert o.bedrag.rate_certainty == "berekend"
    assert "bedrag_berekend" in o.waarschuwingen
    assert "(berekend)" in o.bedrag.steps[0].description


# --------------------------------------------------------------------------------------
# 5° Willingness to work (art. 3, 5° Leefloonwet)
# --------------------------------------------------------------------------------------

WORK_TABLE = [
    # werkbereid, gezondheid, billijk, status, decisive (met/not_met) or missing (uncertain)
    (True, None, None, MET, ("werkbereid",)),
    (None, None, None, UNCERTAIN, ("werkbereid",)),
    (False, True, None, MET, ("gezondheidsreden",)),
    (False, True, False, MET, ("gezondheidsreden",)),
    (False, False, True, UNCERTAIN, ()),  # equity: judged case by case by the OCMW
    (False, None, True, UNCERTAIN, ()),
    (False, False, False, NOT_MET, ("werkbereid", "gezondheidsreden", "billijkheidsreden")),
    (False, None, False, UNCERTAIN, ("gezondheidsreden",)),
    (False, False, None, UNCERTAIN, ("billijkheidsreden",)),
    (False, None, None, UNCERTAIN, ("gezondheidsreden", "billijkheidsreden")),
]


@pytest.mark.parametrize(("bereid", "gezond", "billijk", "status", "ids"), WORK_TABLE)
@pytest.mark.parametrize("sanctie", [True, False, None])
def test_willingness_to_work(
    bereid: bool | None,
    gezond: bool | None,
    billijk: bool | None,
    status: Status,
    ids: tuple[str, ...],
    sanctie: bool | None,
) -> None:
    a: dict[str, Any] = {"werkbereid": bereid, "sanctie_rva": sanctie}
    if bereid is False:
        a |= {"gezondheidsreden": gezond, "billijkheidsreden": billijk}
    o = werkbereidheid.beoordeel(a, MAART_2025)
    check_common(o, "werkbereidheid", "art. 3, 5° Leefloonwet")
    assert o.resultaat.status is status  # an RVA sanction never changes the status
    if status is UNCERTAIN:
        assert set(o.resultaat.missing) == set(ids)
    else:
        assert set(o.resultaat.decisive) == set(ids)
    assert any("RVA" in r for r in o.resultaat.reasons) is (sanctie is True)


# --------------------------------------------------------------------------------------
# 6° Claiming other rights (art. 3, 6° Leefloonwet)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("uitkeringen", "verwijzing", "status"),
    [
        ("aangevraagd", False, MET),
        ("geen", False, MET),
        ("aangevraagd", True, UNCERTAIN),
        ("geen", True, UNCERTAIN),
        ("nog_niet", False, UNCERTAIN),  # judged in your interest: not failed
        ("nog_niet", True, UNCERTAIN),
        (None, False, UNCERTAIN),
        ("aangevraagd", None, UNCERTAIN),  # a referral would cost the referred part: unknown
        (None, None, UNCERTAIN),
    ],
)
def test_claiming_other_rights(
    uitkeringen: str | None, verwijzing: bool | None, status: Status
) -> None:
    o = rechten.beoordeel(
        {"andere_uitkeringen": uitkeringen, "onderhoud_verwijzing": verwijzing, "leeftijd": 30},
        MAART_2025,
    )
    check_common(o, "rechten", "art. 3, 6° Leefloonwet")
    assert o.resultaat.status is status
    assert ("onderhoudsgeld" in o.waarschuwingen) is (verwijzing is True)
    if uitkeringen is None:
        assert "andere_uitkeringen" in o.resultaat.missing
    if verwijzing is None:
        assert any("niet ingevuld" in r for r in o.resultaat.reasons)
        assert "onderhoud_verwijzing" in o.resultaat.missing
    if uitkeringen == "nog_niet":
        assert any("in jouw belang" in r for r in o.resultaat.reasons)


def test_claiming_rights_at_pension_age_mentions_the_pension() -> None:
    a = {"andere_uitkeringen": "aangevraagd", "onderhoud_verwijzing": False, "leeftijd": 66}
    o = rechten.beoordeel(a, date(2025, 6, 1))
    assert o.resultaat.status is MET
    assert any("pensioen" in r for r in o.resultaat.reasons)
    o = rechten.beoordeel({**a, "leeftijd": 65}, date(2025, 6, 1))
    assert not any("pensioen" in r for r in o.resultaat.reasons)
