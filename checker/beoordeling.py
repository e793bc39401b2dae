"""Evaluation: the six conditions together, and what follows from them."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from checker.gevolgen import ALTERNATIEVEN, VOLGENDE_STAPPEN, WAARSCHUWINGEN
from checker.invoer import ValidationError, Veldfout, lees, lees_peildatum
from checker.parameters import REGELS_VERSIE
from checker.uitkomst import Notice, Outcome, Result, Status
from checker.voorwaarden import Oordeel, Regel, Voorwaarde
from checker.voorwaarden import bestaansmiddelen as _bestaansmiddelen
from checker.voorwaarden import leeftijd as _leeftijd
from checker.voorwaarden import nationaliteit as _nationaliteit
from checker.voorwaarden import rechten as _rechten
from checker.voorwaarden import verblijfplaats as _verblijfplaats
from checker.voorwaarden import werkbereidheid as _werkbereidheid
from checker.vragen import VRAGEN

#: The six conditions of art. 3 Leefloonwet, in the order of the law (1° to 6°).
VOORWAARDEN: tuple[tuple[Voorwaarde, Regel], ...] = (
    (_verblijfplaats.VOORWAARDE, _verblijfplaats.beoordeel),
    (_leeftijd.VOORWAARDE, _leeftijd.beoordeel),
    (_nationaliteit.VOORWAARDE, _nationaliteit.beoordeel),
    (_bestaansmiddelen.VOORWAARDE, _bestaansmiddelen.beoordeel),
    (_werkbereidheid.VOORWAARDE, _werkbereidheid.beoordeel),
    (_rechten.VOORWAARDE, _rechten.beoordeel),
)

_VRAAG_VOLGORDE = {v.id: i for i, v in enumerate(VRAGEN)}

#: Stand-in reference date when the given one is invalid: a covered leap year.
_ZONDER_DATUM = date(2024, 1, 1)


def _uniek(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _uitkomst(oordelen: list[Oordeel]) -> Outcome:
    statussen = [o.resultaat.status for o in oordelen]
    if Status.NOT_MET in statussen:
        return Outcome.NOT_ELIGIBLE
    if all(s is Status.MET for s in statussen):
        return Outcome.ELIGIBLE
    return Outcome.UNCERTAIN


def evaluate(answers: Mapping[str, object], reference_date: date | str) -> Result:
    """Evaluate a person's answers on a reference date.

    Args:
        answers: question id → answer. A missing key or ``None`` means *unknown*.
            Numbers may be given as text (``"1.314,20"``), yes/no as ``"ja"``/``"nee"``.
        reference_date: the date to judge on (``date`` or ``"YYYY-MM-DD"``); it must
            lie in the covered period (:data:`checker.parameters.DEKKING_VAN` to
            :data:`checker.parameters.DEKKING_TOT`).

    Returns:
        The :class:`~checker.uitkomst.Result`: the outcome, each condition with its
        reasons and article, the amount step by step, alternatives, warnings and
        next steps.

    Raises:
        ValidationError: with a Dutch message for every bad field (unknown
            question, wrong type, out of range, impossible date, contradiction).
    """
    fouten: list[Veldfout] = []
    try:
        peildatum = lees_peildatum(reference_date)
    except ValidationError as exc:
        fouten.extend(exc.fouten)
        # Without a valid date its year is unknown: read the answers against a leap
        # year, so no day count is refused for a year the person never named.
        peildatum = _ZONDER_DATUM
    try:
        gelezen = lees(answers, peildatum)
    except ValidationError as exc:
        raise ValidationError([*fouten, *exc.fouten], exc.relevant) from None
    if fouten:
        raise ValidationError(fouten, gelezen.relevant)

    a = gelezen.antwoorden
    oordelen = [regel(a, peildatum) for _, regel in VOORWAARDEN]
    uitkomst = _uitkomst(oordelen)
    per_id = {o.resultaat.id: o for o in oordelen}

    alternatieven = _uniek([i for o in oordelen for i in o.alternatieven])
    if per_id["bestaansmiddelen"].resultaat.status is Status.NOT_MET:
        alternatieven.append("andere_hulp")
    waarschuwingen = _uniek([i for o in oordelen for i in o.waarschuwingen])
    status = a.get("verblijfsstatus")
    if status in ("erkend_vluchteling", "subsidiaire_bescherming"):
        waarschuwingen.append("aangekondigd_integratietraject_vluchtelingen")
    if status == "eu_burger" and a.get("eu_hoedanigheid") in ("andere", None):
        waarschuwingen.append("aangekondigd_wachttijd_vijf_jaar")

    ontbreekt = sorted(
        {i for o in oordelen for i in o.resultaat.missing}, key=_VRAAG_VOLGORDE.__getitem__
    )
    stappen: list[str] = []
    if ontbreekt:
        stappen.append("aanvullen")
    if a.get("andere_uitkeringen") == "nog_niet":
        stappen.append("uitkeringen_aanvragen")
    if per_id["nationaliteit"].resultaat.status is not Status.NOT_MET:
        stappen.extend(("aanvragen", "beslissing"))
    stappen.append("beroep")

    def notices(ids: list[str], catalogus: Mapping[str, Notice]) -> tuple[Notice, ...]:
        return tuple(catalogus[i] for i in _uniek(ids))

    return Result(
        reference_date=peildatum,
        rules_version=REGELS_VERSIE,
        outcome=uitkomst,
        conditions=tuple(o.resultaat for o in oordelen),
        amount=per_id["bestaansmiddelen"].bedrag,
        alternatives=notices(alternatieven, ALTERNATIEVEN),
        warnings=notices(waarschuwingen, WAARSCHUWINGEN),
        next_steps=notices(stappen, VOLGENDE_STAPPEN),
        missing_answers=tuple(ontbreekt),
        relevant_questions=gelezen.relevant,
        ignored_answers=gelezen.genegeerd,
    )
