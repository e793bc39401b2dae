"""Evaluation: the six conditions together, and what follows from them.

:func:`evaluate` reads the answers, asks each condition's rule for its verdict,
and combines: the outcome (eligible only when all six are met), the notices the
conditions raise plus the outcome-level ones of :data:`checker.gevolgen.GEVOLGEN`,
the headline (:mod:`checker.kop`) and what is still missing. It decides nothing
itself.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from checker.gevolgen import (
    ALTERNATIEVEN,
    ONZEKERHEDEN,
    VOLGENDE_STAPPEN,
    WAARSCHUWINGEN,
    Soort,
    gevolgen,
)
from checker.invoer import Gelezen, ValidationError, Veldfout, lees, lees_peildatum
from checker.kop import Situatie, bedragtitel, kop
from checker.parameters import REGELS_VERSIE, spoor
from checker.parameters import Gelezen as ParameterGelezen
from checker.uitkomst import Amount, Notice, Outcome, Result, Status
from checker.verblijfskaarten import status_van
from checker.voorwaarden import Oordeel, Regel, Voorwaarde
from checker.voorwaarden import bestaansmiddelen as _bestaansmiddelen
from checker.voorwaarden import leeftijd as _leeftijd
from checker.voorwaarden import nationaliteit as _nationaliteit
from checker.voorwaarden import rechten as _rechten
from checker.voorwaarden import verblijfplaats as _verblijfplaats
from checker.voorwaarden import werkbereidheid as _werkbereidheid
from checker.vragen import VRAGEN, Antwoord

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
_VELD_VOLGORDE = {f.id: i for v in VRAGEN for i, f in enumerate(v.velden)}

#: Stand-in reference date when the given one is invalid: a covered leap year.
_ZONDER_DATUM = date(2024, 1, 1)


def volgorde(pad: str) -> tuple[int, int, int]:
    """Sort key for question ids and housemate paths, in questionnaire order."""
    vraag, _, rest = pad.partition(".")
    index, _, veld = rest.partition(".")
    return (
        _VRAAG_VOLGORDE.get(vraag, len(_VRAAG_VOLGORDE)),
        int(index) if index.isdigit() else -1,
        _VELD_VOLGORDE.get(veld, -1),
    )


def _uniek(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


def _uitkomst(oordelen: list[Oordeel]) -> Outcome:
    statussen = [o.resultaat.status for o in oordelen]
    if Status.NOT_MET in statussen:
        return Outcome.NOT_ELIGIBLE
    if all(s is Status.MET for s in statussen):
        return Outcome.ELIGIBLE
    return Outcome.UNCERTAIN


def _notices(ids: list[str], catalogus: Mapping[str, Notice]) -> tuple[Notice, ...]:
    return tuple(catalogus[i] for i in _uniek(ids) if i in catalogus)


def _lees(answers: object, reference_date: object) -> tuple[date, Gelezen]:
    """Read the date and the answers; raise one ValidationError with every problem."""
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
    return peildatum, gelezen


@dataclass(frozen=True, slots=True)
class Spoor:
    """What one condition's rule read: the dated parameters, in order."""

    voorwaarde: str
    parameters: tuple[ParameterGelezen, ...]


def _oordelen(
    a: Mapping[str, Antwoord], peildatum: date, met_spoor: bool
) -> tuple[list[Oordeel], tuple[Spoor, ...]]:
    if not met_spoor:
        return [regel(a, peildatum) for _, regel in VOORWAARDEN], ()
    oordelen, sporen = [], []
    for v, regel in VOORWAARDEN:
        with spoor() as gelezen:
            oordelen.append(regel(a, peildatum))
        sporen.append(Spoor(v.id, tuple(dict.fromkeys(gelezen))))
    return oordelen, tuple(sporen)


def evaluate(answers: Mapping[str, object], reference_date: date | str) -> Result:
    """Evaluate a person's answers on a reference date.

    Args:
        answers: question id → answer. A missing key or ``None`` means *unknown*.
            Numbers may be given as text (``"1.314,20"``), yes/no as ``"ja"``/``"nee"``;
            ``huisgenoten`` is a list of ``{"relatie", "inkomen", "kinderbijslag"}``.
        reference_date: the date to judge on (``date`` or ``"YYYY-MM-DD"``); it must
            lie in the covered period (:data:`checker.parameters.DEKKING_VAN` to
            :data:`checker.parameters.DEKKING_TOT`).

    Returns:
        The :class:`~checker.uitkomst.Result`: the headline, the outcome, each
        condition with its reasons and article, the amount step by step,
        alternatives, warnings, uncertainties and next steps.

    Raises:
        ValidationError: with a Dutch message for every bad field (unknown
            question, wrong type, out of range, impossible date, contradiction).
    """
    return _evaluate(answers, reference_date, met_spoor=False)[0]


def evaluate_met_spoor(
    answers: Mapping[str, object], reference_date: date | str
) -> tuple[Result, tuple[Spoor, ...]]:
    """Like :func:`evaluate`, plus per condition the dated parameters its rule read.

    Only the trainers' view asks for this; ordinary evaluations skip the recording.
    """
    return _evaluate(answers, reference_date, met_spoor=True)


def _evaluate(
    answers: Mapping[str, object], reference_date: date | str, *, met_spoor: bool
) -> tuple[Result, tuple[Spoor, ...]]:
    peildatum, gelezen = _lees(answers, reference_date)
    a = gelezen.antwoorden
    oordelen, sporen = _oordelen(a, peildatum, met_spoor)
    uitkomst = _uitkomst(oordelen)
    per_id = {o.resultaat.id: o.resultaat for o in oordelen}
    statussen = {cid: c.status for cid, c in per_id.items()}
    status = status_van(a)

    def tabel(soort: Soort) -> list[str]:
        return gevolgen(soort, status, uitkomst, statussen, a)

    ids = _uniek([i for o in oordelen for i in o.waarschuwingen])
    alternatieven = _uniek([i for o in oordelen for i in o.alternatieven] + tabel("alternatief"))
    stappen = tabel("stap")
    ontbreekt = tuple(sorted({i for o in oordelen for i in o.resultaat.missing}, key=volgorde))
    bedrag = _bedrag_voor(uitkomst, statussen, [o for o in oordelen if o.bedrag is not None])
    caveats = _onzekerheden(uitkomst, oordelen, ids, toont_bedrag=bedrag is not None)
    stap_notices = _notices(stappen, VOLGENDE_STAPPEN)
    situatie = Situatie(uitkomst, per_id, a, ontbreekt)
    return (
        Result(
            reference_date=peildatum,
            rules_version=REGELS_VERSIE,
            outcome=uitkomst,
            headline=kop(situatie, bedrag, stap_notices[0].title if stap_notices else None),
            conditions=tuple(per_id.values()),
            amount=bedrag,
            amount_heading=None
            if bedrag is None
            else bedragtitel(uitkomst, statussen["bestaansmiddelen"]),
            alternatives=_notices(alternatieven, ALTERNATIEVEN),
            warnings=_notices(ids + tabel("waarschuwing"), WAARSCHUWINGEN),
            caveats=caveats,
            next_steps=stap_notices,
            missing_answers=ontbreekt,
            relevant_questions=gelezen.relevant,
            settled=uitkomst is Outcome.NOT_ELIGIBLE or not ontbreekt,
            ignored_answers=gelezen.genegeerd,
        ),
        sporen,
    )


def _bedrag_voor(
    uitkomst: Outcome, statussen: Mapping[str, Status], met_bedrag: list[Oordeel]
) -> Amount | None:
    """The amount, unless there is no right for a reason other than the resources."""
    if not met_bedrag:
        return None
    if uitkomst is Outcome.NOT_ELIGIBLE and statussen["bestaansmiddelen"] is not Status.NOT_MET:
        return None
    return met_bedrag[0].bedrag


def _onzekerheden(
    uitkomst: Outcome, oordelen: list[Oordeel], ids: list[str], *, toont_bedrag: bool
) -> tuple[Notice, ...]:
    """Everything that makes the result less sure, in one list.

    On a "no" only what the shown calculation rests on is said (an unconfirmed rule, a
    computed amount); open questions of other conditions no longer matter then.
    """
    if uitkomst is Outcome.NOT_ELIGIBLE:
        return _notices(ids, ONZEKERHEDEN) if toont_bedrag else ()
    uit_voorwaarden = tuple(
        Notice(f"voorwaarde_{o.resultaat.id}", o.resultaat.title, " ".join(o.resultaat.reasons[:1]))
        for o in oordelen
        if o.resultaat.status is Status.UNCERTAIN and not o.resultaat.missing
    )
    return uit_voorwaarden + _notices(ids, ONZEKERHEDEN)
