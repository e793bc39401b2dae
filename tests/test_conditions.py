"""Each condition's ``beoordeel(antwoorden, peildatum)`` on its own, at the edges.

Answers here are already typed (as :func:`checker.invoer.lees` returns them):
booleans, ints, ``Decimal`` amounts, a tuple of :class:`~checker.vragen.Huisgenoot`
for the housemates, and ``None`` or a missing key for unknown. Expected values come
from the checked sources (the checked facts behind checker/bronnen.py), not from running the code;
the arithmetic is in the comment or docstring of each test.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from checker.uitkomst import Status
from checker.verblijfskaarten import BESCHERMING, DIRECTE_STATUSSEN, KAARTEN, VIA_KAART
from checker.voorwaarden import (
    Oordeel,
    bestaansmiddelen,
    leeftijd,
    nationaliteit,
    rechten,
    verblijfplaats,
    werkbereidheid,
)
from checker.vragen import (
    INKOMEN_TELT_RELATIES,
    KINDERBIJSLAG_RELATIES,
    PER_ID,
    Huisgenoot,
)

ROOT = Path(__file__).resolve().parent.parent
MET, NOT_MET, UNCERTAIN = Status.MET, Status.NOT_MET, Status.UNCERTAIN
D = Decimal
MAART_2025 = date(2025, 3, 1)

_ENGLISH = re.compile(r"\b(the|you|your|and|not|is not|income|condition)\b", re.IGNORECASE)
_DUTCH = re.compile(r"\b(je|jij|het|de|een|niet|van|voor|is|zijn|bent|hebt)\b", re.IGNORECASE)


def known_answer(pad: str) -> bool:
    """A question id, or a housemate's field as ``huisgenoten.<index>.<field>``."""
    vraag_id, _, rest = pad.partition(".")
    if vraag_id not in PER_ID:
        return False
    if not rest:
        return True
    index, _, veld = rest.partition(".")
    return index.isdigit() and veld in {f.id for f in PER_ID[vraag_id].velden}


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
    assert all(map(known_answer, r.missing)), r.missing
    assert all(map(known_answer, r.decisive)), r.decisive
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


#: The foreigners' register without protection, as people now answer it: with their card.
A_KAART_ZONDER_BESCHERMING = {
    "verblijfsstatus": VIA_KAART,
    "verblijfskaart": "A",
    "bescherming": "geen",
}


@pytest.mark.parametrize(
    "status",
    [
        {"verblijfsstatus": "asielzoeker"},
        A_KAART_ZONDER_BESCHERMING,
        {"verblijfsstatus": "belg"},
    ],
    ids=["asielzoeker", "a-kaart-zonder-bescherming", "belg"],
)
def test_residence_fails_when_not_living_here(status: dict[str, str]) -> None:
    o = _verblijf(**status, woont_in_belgie=False)
    assert o.resultaat.status is NOT_MET
    assert o.resultaat.decisive == ("woont_in_belgie",)


@pytest.mark.parametrize("kaart", [k.waarde for k in KAARTEN])
def test_every_residence_card_allows_the_stay(kaart: str) -> None:
    """Art. 2 KB: you must be admitted or authorised to stay; a residence card (the orange
    one for a pending procedure included) is that authorisation, whatever its register."""
    o = _verblijf(
        verblijfsstatus=VIA_KAART, verblijfskaart=kaart, woont_in_belgie=True, dagen_buitenland=0
    )
    assert o.resultaat.status is MET


@pytest.mark.parametrize(("recht", "status"), [(True, MET), (False, NOT_MET), (None, UNCERTAIN)])
def test_a_recognised_stateless_person_must_also_be_allowed_to_stay(
    recht: bool | None, status: Status
) -> None:
    """December 2026 review, condition 1 and 3: a recognised stateless person without a right
    of residence has no right to leefloon (art. 2 KB; labour court Brussels 13-9-2006)."""
    o = _verblijf(
        verblijfsstatus="erkend_staatloze",
        staatloze_verblijfsrecht=recht,
        woont_in_belgie=True,
        dagen_buitenland=0,
    )
    assert o.resultaat.status is status
    if status is UNCERTAIN:
        assert o.resultaat.missing == ("staatloze_verblijfsrecht",)


def test_a_stateless_person_without_residence_names_that_answer_as_decisive() -> None:
    """'decisive' lists the answers that decided the verdict: change one and the status may
    change. For a stateless person that is the answer about the right of residence too."""
    o = _verblijf(
        verblijfsstatus="erkend_staatloze",
        staatloze_verblijfsrecht=False,
        woont_in_belgie=True,
        dagen_buitenland=0,
    )
    assert o.resultaat.status is NOT_MET
    assert "staatloze_verblijfsrecht" in o.resultaat.decisive


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

#: the sources' list: who is inside art. 3, 3° on the first answer alone. The registers
#: are no longer a first answer: people answer with their card (see CARD_TABLE).
STATUS_ALONE = {
    "belg": MET,
    "erkend_vluchteling": MET,
    "subsidiaire_bescherming": MET,
    # December 2026 review: a recognised stateless person must also be allowed to stay, and
    # the checker must ask for it: on the status alone it is open (was: met).
    "erkend_staatloze": UNCERTAIN,
    "tijdelijke_bescherming": NOT_MET,
    "asielzoeker": NOT_MET,
    "kort_verblijf": NOT_MET,
    "onwettig_verblijf": NOT_MET,
    # EU citizens and family members: it depends on the follow-up answers.
    "eu_burger": UNCERTAIN,
    "familielid_eu": UNCERTAIN,
    "familielid_belg": UNCERTAIN,
    # "Something else: I choose my card": the card decides.
    VIA_KAART: UNCERTAIN,
}

ALTERNATIVE = {
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
    """Every first answer, every card and every protection answer leads to a status with a
    rule, and every rule is reachable."""
    choices = {k.waarde for k in PER_ID["verblijfsstatus"].keuzes}
    assert choices == set(STATUS_ALONE) == {*DIRECTE_STATUSSEN, VIA_KAART}
    via_kaart = {k.status for k in KAARTEN if k.status is not None} | set(BESCHERMING.values())
    assert set(nationaliteit.PER_STATUS) == set(DIRECTE_STATUSSEN) | via_kaart


@pytest.mark.parametrize(("status", "expected"), sorted(STATUS_ALONE.items()))
def test_nationality_on_the_status_alone(status: str, expected: Status) -> None:
    o = _nat(verblijfsstatus=status)
    assert o.resultaat.status is expected
    if status in ALTERNATIVE:
        assert o.alternatieven == (ALTERNATIVE[status],)
    if expected is not UNCERTAIN:
        assert o.resultaat.decisive == ("verblijfsstatus",)


def test_answering_with_a_card_but_not_naming_it_asks_for_the_card() -> None:
    o = _nat(verblijfsstatus=VIA_KAART, verblijfskaart=None)
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("verblijfskaart",)


# The card table of the sources ("Residence cards and registers"). Protection comes before
# the register: an A- or B-card refugee, person with subsidiary protection or recognised
# stateless person (XXB / XXA) meets the condition; without protection the foreigners'
# register does not (an equivalent leefloon is possible). K and L: population register.
# H, I/J: foreigners' register. M/N: no source, so uncertain. Orange card: procedure
# pending (Fedasil).
CARD_TABLE: list[tuple[str, str | None, Status, str | None]] = [
    ("A", "vluchteling", MET, None),
    ("A", "subsidiair", MET, None),
    ("A", "staatloos", MET, None),  # a card is a right of residence (art. 2 KB)
    ("A", "geen", NOT_MET, "equivalent_leefloon"),
    ("B", "vluchteling", MET, None),
    ("B", "subsidiair", MET, None),
    ("B", "staatloos", MET, None),
    ("B", "geen", NOT_MET, "equivalent_leefloon"),
    ("K", None, MET, None),
    ("L", None, MET, None),
    ("H", None, NOT_MET, "equivalent_leefloon"),
    ("IJ", None, NOT_MET, "equivalent_leefloon"),
    ("MN", None, UNCERTAIN, None),
    ("oranje", None, NOT_MET, "fedasil"),
]


@pytest.mark.parametrize(("kaart", "bescherming", "expected", "alternative"), CARD_TABLE)
def test_nationality_by_residence_card(
    kaart: str, bescherming: str | None, expected: Status, alternative: str | None
) -> None:
    a: dict[str, Any] = {"verblijfsstatus": VIA_KAART, "verblijfskaart": kaart}
    if bescherming is not None:
        a["bescherming"] = bescherming
    o = _nat(**a)
    assert o.resultaat.status is expected
    assert o.alternatieven == ((alternative,) if alternative else ())
    if expected is not UNCERTAIN:
        assert set(o.resultaat.decisive) == set(a)


@pytest.mark.parametrize("kaart", ["A", "B"])
def test_an_a_or_b_card_without_the_protection_answer_is_open_never_no(kaart: str) -> None:
    """December 2026 review: sending A-card holders to 'foreigners' register → no' misroutes
    refugees, the most harmful error the checker can make. Until the protection question
    is answered the condition stays open."""
    o = _nat(verblijfsstatus=VIA_KAART, verblijfskaart=kaart, bescherming=None)
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("bescherming",)
    assert o.alternatieven == ()


@pytest.mark.parametrize(
    ("reden", "expected"), [("werknemer", MET), ("werkzoekende", NOT_MET), (None, UNCERTAIN)]
)
def test_an_eu_card_follows_the_eu_rules(reden: str | None, expected: Status) -> None:
    """Sources: EU/EU+ cards → EU rules: workers are not excluded, job-seekers are."""
    o = _nat(verblijfsstatus=VIA_KAART, verblijfskaart="EU", eu_hoedanigheid=reden)
    assert o.resultaat.status is expected


@pytest.mark.parametrize(("recht", "expected"), [(True, MET), (False, NOT_MET), (None, UNCERTAIN)])
def test_stateless_decision_table(recht: bool | None, expected: Status) -> None:
    """December 2026 review: a recognised stateless person must also be admitted or authorised
    to stay; without a right of residence, no leefloon."""
    o = _nat(verblijfsstatus="erkend_staatloze", staatloze_verblijfsrecht=recht)
    assert o.resultaat.status is expected
    if expected is NOT_MET:
        assert o.resultaat.decisive == ("staatloze_verblijfsrecht",)
        assert o.alternatieven == ("dringende_medische_hulp",)
    if expected is UNCERTAIN:
        assert o.resultaat.missing == ("staatloze_verblijfsrecht",)


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


# The EU decision table, from the sources: workers and self-employed are not excluded
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
# 4° Insufficient resources (art. 3, 4°, 14, 16 Leefloonwet; art. 22, 27, 34, 35 KB)
# --------------------------------------------------------------------------------------

ALONE: dict[str, Any] = {
    "kind_ten_laste": False,
    "samenwonend": False,
    "inkomen_werk": D("0.00"),
    "andere_inkomsten": D("0.00"),
    "spaargeld": D("0.00"),
    "ander_bezit": False,
}


def hg(
    relatie: str | None, inkomen: str | None = None, kinderbijslag: str | None = None
) -> Huisgenoot:
    """A typed housemate; the fields that apply follow from the relation."""
    velden = ["relatie"]
    if relatie in INKOMEN_TELT_RELATIES:
        velden.append("inkomen")
    if relatie in KINDERBIJSLAG_RELATIES:
        velden.append("kinderbijslag")
    bijslag: Decimal | str | None = kinderbijslag
    if kinderbijslag is not None and kinderbijslag != "alleen_toeslagen":
        bijslag = D(kinderbijslag)
    return Huisgenoot(relatie, None if inkomen is None else D(inkomen), bijslag, tuple(velden))


def samen(*huisgenoten: Huisgenoot, **a: Any) -> dict[str, Any]:
    """ALONE, but living with these adults."""
    return {**ALONE, "samenwonend": True, "huisgenoten": huisgenoten, **a}


def _middelen(peildatum: date = MAART_2025, **a: Any) -> Oordeel:
    o = bestaansmiddelen.beoordeel(a, peildatum)
    check_common(o, "bestaansmiddelen", "art. 3, 4° Leefloonwet")
    return o


def _steps(o: Oordeel) -> list[tuple[str, Decimal]]:
    assert o.bedrag is not None
    return [(s.kind, s.amount) for s in o.bedrag.steps]


@pytest.mark.parametrize(
    ("kind", "samenwonend", "expected"),
    [
        (False, False, (2,)),
        (False, True, (1,)),
        (False, None, (1, 2)),
        (True, None, (3,)),
        (True, True, (3,)),
        (True, False, (3,)),
        (None, False, (2, 3)),
        (None, True, (1, 3)),
        (None, None, (1, 2, 3)),
    ],
)
def test_categories(kind: bool | None, samenwonend: bool | None, expected: tuple[int, ...]) -> None:
    """Art. 14 §1: cat 3 with a minor child in your care, else cat 1 with another adult
    (whoever it is), else cat 2."""
    a = {"kind_ten_laste": kind, "samenwonend": samenwonend}
    assert bestaansmiddelen.categorieen(a) == expected


def test_living_with_a_friend_is_category_1() -> None:
    """Cohabiting is living under one roof with anyone; a friend's income never counts."""
    o = _middelen(**samen(hg("vriend_ander")))
    assert o.resultaat.status is MET
    assert o.bedrag is not None
    assert (o.bedrag.category, o.bedrag.monthly_amount) == (1, D("876.13"))


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


def test_unknown_savings_leave_the_amount_open() -> None:
    """Savings count now (art. 27 KB), so unknown savings leave the amount open (was: the
    full 1314.20 with an uncertain status)."""
    o = _middelen(**{**ALONE, "spaargeld": None})
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("spaargeld",)
    assert o.bedrag is None


def test_unknown_real_estate_is_the_missing_answer_and_keeps_the_amount() -> None:
    """Real estate is not computed (sources: a yes may stay uncertain); 1314.20 − 0."""
    o = _middelen(**{**ALONE, "ander_bezit": None})
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("ander_bezit",)
    assert o.bedrag is not None and o.bedrag.monthly_amount == D("1314.20")


def test_the_worked_example_step_by_step() -> None:
    """900 − 309.48 − 250/12 = 569.69 counted; 1314.20 − 569.69 = 744.51."""
    o = _middelen(**{**ALONE, "inkomen_werk": D("900.00"), "socioprofessionele_vrijstelling": True})
    assert o.resultaat.status is MET
    # Savings count now (art. 27 KB): the savings answer decides too.
    assert set(o.resultaat.decisive) == {
        "inkomen_werk",
        "socioprofessionele_vrijstelling",
        "andere_inkomsten",
        "spaargeld",
    }
    b = o.bedrag
    assert b is not None
    assert _steps(o) == [
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
    """3000 from work without the socio-professional exemption, cat 2, March 2025. Sources:
    the general exemption applies 'when that total stays below the category amount';
    3000 ≥ 1314.20, so nothing is exempt: 3000.00 counted (was 3000 − 20.83 = 2979.17);
    1314.20 − 3000 < 0 → no leefloon."""
    o = _middelen(
        **{**ALONE, "inkomen_werk": D("3000.00"), "socioprofessionele_vrijstelling": False}
    )
    assert o.resultaat.status is NOT_MET
    assert "inkomen_werk" in o.resultaat.decisive
    assert o.bedrag is not None and o.bedrag.monthly_amount == 0
    assert o.bedrag.counted_resources == D("3000.00")


@pytest.mark.parametrize(
    ("inkomen", "status", "counted", "amount"),
    [
        # 1300 < 1314.20: exempt 20.83 → 1279.17 counted; 1314.20 − 1279.17 = 35.03.
        ("1300.00", MET, "1279.17", "35.03"),
        # 1314.20 is not below 1314.20: nothing exempt → 1314.20 counted → 0.
        ("1314.20", NOT_MET, "1314.20", "0.00"),
        # 1320 ≥ 1314.20: nothing exempt → 1320.00 counted → 0 (not 1314.20 − 1299.17).
        ("1320.00", NOT_MET, "1320.00", "0.00"),
    ],
)
def test_the_general_exemption_applies_only_below_the_category_amount(
    inkomen: str, status: Status, counted: str, amount: str
) -> None:
    """Sources, 'Counting resources': the general exemption (250 a year for cat 2, 20.83 a
    month) applies to the total counted 'when that total stays below the category
    amount'. Single person, other income only, March 2025 (cat 2: 1314.20)."""
    o = _middelen(**{**ALONE, "andere_inkomsten": D(inkomen)})
    assert o.resultaat.status is status
    assert o.bedrag is not None
    assert o.bedrag.counted_resources == D(counted)
    assert o.bedrag.monthly_amount == D(amount)


def test_the_general_exemption_comes_off_the_total_with_housemates() -> None:
    """Example 1 (bdas-wwsb.brussels): cat 1 student, parents give 300 a month,
    February 2025 → 300 − 155/12 (12.92) = 287.08 counted; 876.13 − 287.08 = 589.05. The
    parents earn 800 each: below 876.13, so nothing of theirs may count either."""
    o = _middelen(
        date(2025, 2, 15),
        **samen(hg("ouder", "800.00"), hg("ouder", "800.00"), andere_inkomsten=D("300.00")),
    )
    assert o.resultaat.status is MET
    assert o.bedrag is not None
    assert o.bedrag.category == 1
    assert o.bedrag.counted_resources == D("287.08")
    assert o.bedrag.monthly_amount == D("589.05")
    assert o.bedrag.variant is None  # nothing the OCMW may add


def test_the_general_exemption_is_deducted_once_from_own_and_partner_income() -> None:
    """Cat 1, June 2025: own other income 100 + partner 1000 − 876.13 = 123.87 → 223.87;
    one exemption on the total: 223.87 − 12.92 = 210.95; 876.13 − 210.95 = 665.18."""
    o = _middelen(date(2025, 6, 1), **samen(hg("partner", "1000.00"), andere_inkomsten=D("100.00")))
    assert o.resultaat.status is MET
    assert _steps(o) == [
        ("rate", D("876.13")),
        ("income", D("100.00")),
        ("income", D("123.87")),
        ("deduction", D("-12.92")),
        ("subtotal", D("210.95")),
        ("result", D("665.18")),
    ]


@pytest.mark.parametrize(
    ("spaargeld", "counted", "amount"),
    [
        # Up to 6,200: nothing counts → 1314.20.
        ("5000.00", "0.00", "1314.20"),
        ("6200.00", "0.00", "1314.20"),
        # (12,500 − 6,200) × 6 % = 378 a year → 31.50 a month; − 20.83 = 10.67;
        # 1314.20 − 10.67 = 1303.53.
        ("12500.00", "10.67", "1303.53"),
        # The sources' example: 378 + (25,000 − 12,500) × 10 % = 1,628 a year → 135.67 a month;
        # − 20.83 = 114.84; 1314.20 − 114.84 = 1199.36. (the sources subtracts 250 from the
        # yearly 1,628 = 1,378 → 114.83 a month; the project rounds each monthly line to
        # the cent, as for every general exemption.)
        ("25000.00", "114.84", "1199.36"),
    ],
)
def test_savings_count_by_the_art_27_slices(spaargeld: str, counted: str, amount: str) -> None:
    """December 2026 review: savings count as a yearly yield per slice; small savings change
    nothing, so a yes is no longer 'uncertain' (was: any savings → uncertain)."""
    o = _middelen(**{**ALONE, "spaargeld": D(spaargeld)})
    assert o.resultaat.status is MET
    assert o.bedrag is not None
    assert o.bedrag.counted_resources == D(counted)
    assert o.bedrag.monthly_amount == D(amount)
    assert "spaargeld" in o.resultaat.decisive


def test_real_estate_is_flagged_not_computed() -> None:
    o = _middelen(**{**ALONE, "ander_bezit": True})
    assert o.resultaat.status is UNCERTAIN
    assert "onroerend_goed" in o.waarschuwingen
    assert o.bedrag is not None and o.bedrag.monthly_amount == D("1314.20")


def test_partner_category_1_step_names_the_category_1_amount() -> None:
    o = _middelen(date(2025, 6, 1), **samen(hg("partner", "1000.00")))
    b = o.bedrag
    assert b is not None and b.category == 1
    partner = [s for s in b.steps if "partner" in s.description]
    assert len(partner) == 1
    assert partner[0].amount == D("123.87")  # 1000 − 876.13
    assert "876,13" in partner[0].description
    assert "art. 34 Leefloonbesluit" in partner[0].description


def test_unknown_parent_income_makes_the_optional_part_unknown() -> None:
    """Until 28-2-2026 the OCMW may count a parent's income above the cat 1 amount; with
    that income unknown, what the OCMW may count is unknown."""
    o = _middelen(**samen(hg("partner", "0.00"), hg("ouder", None)))
    assert o.resultaat.status is UNCERTAIN
    assert "huisgenoten.1.inkomen" in o.resultaat.missing


def test_an_unknown_relation_is_the_missing_answer() -> None:
    o = _middelen(**samen(hg("partner", "0.00"), hg(None)))
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("huisgenoten.1.relatie",)


def test_living_together_with_nobody_named_asks_who() -> None:
    o = _middelen(**{**ALONE, "samenwonend": True, "huisgenoten": None})
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("huisgenoten",)
    assert o.bedrag is None


def test_an_unknown_partner_income_leaves_the_amount_open() -> None:
    o = _middelen(**samen(hg("partner", None)))
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("huisgenoten.0.inkomen",)
    assert o.bedrag is None


def test_a_grandparent_counts_only_from_march_2026() -> None:
    """Until 28-2-2026 only parents and adult children may count; from 1-3-2026 every adult
    maintenance debtor, grandparents included, must count. With the grandparent's income
    unknown: no matter before, the missing answer after."""
    a = samen(hg("partner", "0.00"), hg("grootouder_kleinkind", None, "0.00"))
    assert _middelen(date(2026, 2, 28), **a).resultaat.status is MET
    o = _middelen(date(2026, 3, 1), **a, leefloon_voor_maart_2026="nee")
    assert o.resultaat.status is UNCERTAIN
    assert "huisgenoten.1.inkomen" in o.resultaat.missing


@pytest.mark.parametrize("relatie", ["andere_familie", "vriend_ander"])
def test_siblings_and_friends_never_count(relatie: str) -> None:
    """Sources: not siblings, friends, aunts, uncles: their income is not even asked.
    April 2026, new applicant, cat 1: 893.65 − 0."""
    o = _middelen(date(2026, 4, 1), **samen(hg(relatie)), leefloon_voor_maart_2026="nee")
    assert o.resultaat.status is MET
    assert o.bedrag is not None and o.bedrag.monthly_amount == D("893.65")


def test_parents_may_count_per_person_until_february_2026() -> None:
    """the sources' example: father 2,500 and mother 0, February 2025, own resources 0.
    Nothing must count: 876.13. The OCMW may count, per person, 2,500 − 876.13 =
    1,623.87 of the father and nothing of the mother (not 2,500 − 2 × 876.13 = 747.74,
    pooled, as before); that leaves no leefloon, so the OCMW's choice decides."""
    o = _middelen(date(2025, 2, 10), **samen(hg("ouder", "2500.00"), hg("ouder", "0.00")))
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ()  # the OCMW's choice, not a missing answer
    b = o.bedrag
    assert b is not None
    assert (b.category, b.counted_resources, b.monthly_amount) == (1, D("0.00"), D("876.13"))
    assert b.regime == "2002"
    assert b.variant is not None
    assert b.variant.kind == "ocmw_mag_meetellen"
    assert b.variant.monthly_amount == 0
    housemates = [s for s in b.variant.steps if s.description.startswith("Huisgenoot")]
    assert [(s.description[:12], s.amount) for s in housemates] == [("Huisgenoot 1", D("1623.87"))]


def test_parents_must_count_per_person_from_march_2026() -> None:
    """April 2026, new application, cat 1 (893.65): father 1,500 − 893.65 = 606.35; mother
    500 is below 893.65 → 0. 606.35 < 893.65, so the exemption applies: 606.35 − 12.92 =
    593.43 counted; 893.65 − 593.43 = 300.22. With an equity exception nothing of theirs
    counts: 893.65."""
    o = _middelen(
        date(2026, 4, 1),
        **samen(hg("ouder", "1500.00", "0.00"), hg("ouder", "500.00", "0.00")),
        leefloon_voor_maart_2026="nee",
    )
    assert o.resultaat.status is MET
    b = o.bedrag
    assert b is not None
    assert (b.counted_resources, b.monthly_amount, b.regime) == (D("593.43"), D("300.22"), "2026")
    assert b.variant is not None
    assert (b.variant.kind, b.variant.monthly_amount) == ("billijkheid", D("893.65"))
    assert "samenwonenden_2026" in o.waarschuwingen  # the per-person deduction is [R]


@pytest.mark.parametrize(
    ("bijslag", "counted", "amount"),
    [
        # 180 for you counts: 180 − 12.92 = 167.08; 893.65 − 167.08 = 726.57.
        ("180.00", "167.08", "726.57"),
        # Only supplements (orphan's or disability supplement): nothing counts.
        ("alleen_toeslagen", "0.00", "893.65"),
    ],
)
def test_family_allowance_for_you_counts_from_march_2026_without_supplements(
    bijslag: str, counted: str, amount: str
) -> None:
    """Sources: from 1-3-2026 the family allowance a maintenance debtor receives for you
    counts, except the supplements. April 2026, new applicant, mother without income."""
    o = _middelen(
        date(2026, 4, 1), **samen(hg("ouder", "0.00", bijslag)), leefloon_voor_maart_2026="nee"
    )
    assert o.bedrag is not None
    assert o.bedrag.counted_resources == D(counted)
    assert o.bedrag.monthly_amount == D(amount)


def test_an_ex_spouse_counts_from_march_2026_only() -> None:
    """Sources: from 1-3-2026 an ex-spouse is a maintenance debtor whose resources count.
    April 2026: 1,200 − 893.65 = 306.35; − 12.92 = 293.43; 893.65 − 293.43 = 600.22.
    February 2026: an ex-spouse is neither partner nor parent or child: 876.13 − 0."""
    a = samen(hg("ex_echtgenoot", "1200.00"))
    after = _middelen(date(2026, 4, 1), **a, leefloon_voor_maart_2026="nee")
    assert after.bedrag is not None and after.bedrag.monthly_amount == D("600.22")
    before = _middelen(date(2026, 2, 1), **a)
    assert before.resultaat.status is MET
    assert before.bedrag is not None and before.bedrag.monthly_amount == D("876.13")


@pytest.mark.parametrize(
    ("al_leefloon", "status", "amount"),
    [
        # Not asked or unknown: the old and new rules differ, so it is the missing answer.
        (None, UNCERTAIN, None),
        # Already on leefloon, file not revised: the old rules; a grandparent does not count.
        ("niet_herzien", MET, "893.65"),
        # New application or file revised: 3,000 − 893.65 = 2,106.35 ≥ 893.65 → nothing.
        ("nee", NOT_MET, "0.00"),
        ("herzien", NOT_MET, "0.00"),
    ],
)
def test_people_on_leefloon_before_march_2026_keep_the_old_rules_until_revision(
    al_leefloon: str | None, status: Status, amount: str | None
) -> None:
    """Sources: the 2026 rules apply to applications from 1-3-2026; people already on
    leefloon only from the next revision of their file. April 2026, grandparent 3,000."""
    a = samen(hg("grootouder_kleinkind", "3000.00", "0.00"))
    o = _middelen(date(2026, 4, 1), **a, leefloon_voor_maart_2026=al_leefloon)
    assert o.resultaat.status is status
    if al_leefloon is None:
        assert o.resultaat.missing == ("leefloon_voor_maart_2026",)
    if amount is None:
        assert o.bedrag is None
    else:
        assert o.bedrag is not None and o.bedrag.monthly_amount == D(amount)
    if status is NOT_MET:
        # The equity exception is the alternative: with it nothing of hers counts.
        assert o.alternatieven == ("billijkheidsuitzondering",)


def test_living_together_unknown_names_it() -> None:
    o = _middelen(**{**ALONE, "samenwonend": None})
    assert o.resultaat.status is UNCERTAIN
    assert o.resultaat.missing == ("samenwonend",)


def test_computed_2026_amounts_are_marked() -> None:
    o = _middelen(date(2026, 3, 1), **ALONE)
    assert o.bedrag is not None
    assert o.bedrag.rate_certainty == "berekend"
    assert "bedrag_berekend" in o.waarschuwingen
    assert "(berekend)" in o.bedrag.steps[0].description


def test_from_october_2026_the_forecast_indexed_amount_is_shown_beside() -> None:
    """December 2026 review: from 1-10-2026 show the March 2026 amount with the possible
    indexed one: cat 2 1,340.48 (in force), ≈1,367.29 if the forecast +2 % happened."""
    o = _middelen(date(2026, 10, 1), **ALONE)
    b = o.bedrag
    assert b is not None
    assert b.monthly_amount == D("1340.48")
    assert b.indexed is not None
    assert (b.indexed.monthly_amount, b.indexed.valid_from) == (D("1367.29"), date(2026, 10, 1))
    assert "bedrag_mogelijk_verouderd" in o.waarschuwingen
    september = _middelen(date(2026, 9, 30), **ALONE).bedrag
    assert september is not None and september.indexed is None


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
