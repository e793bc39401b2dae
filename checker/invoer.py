"""Reading and checking the answers: every bad field gets a clear Dutch message.

:func:`lees` turns raw answers (from JSON, the CLI or the browser form, where
numbers may arrive as text like ``"1.314,20"``) into typed answers, or raises
:class:`ValidationError` listing *every* bad field by its id and question.
Answers to questions that do not apply are set aside (``genegeerd``), never
used, and their mistakes do not block the rest.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from checker.parameters import DEKKING_TOT, DEKKING_VAN
from checker.tekst import datum as datum_tekst
from checker.vragen import PER_ID, VRAGEN, Antwoord, Vraag


@dataclass(frozen=True, slots=True)
class Veldfout:
    """One problem with one field: the field id, its question and a Dutch message."""

    veld: str
    label: str
    melding: str

    def to_dict(self) -> dict[str, str]:
        return {"field": self.veld, "label": self.label, "message": self.melding}


class ValidationError(ValueError):
    """Bad input: carries every field error, each with a Dutch message."""

    def __init__(self, fouten: list[Veldfout], relevant: tuple[str, ...] = ()) -> None:
        self.fouten: tuple[Veldfout, ...] = tuple(fouten)
        #: The questions that apply to the valid answers (so a form can still show/hide).
        self.relevant = relevant
        super().__init__("\n".join(f"{f.veld}: {f.melding}" for f in self.fouten))

    def to_dict(self) -> dict[str, object]:
        return {
            "errors": [f.to_dict() for f in self.fouten],
            "relevant_questions": list(self.relevant),
        }


@dataclass(frozen=True, slots=True)
class Gelezen:
    """Answers after reading: the typed relevant answers and what was set aside."""

    antwoorden: dict[str, Antwoord]
    relevant: tuple[str, ...]
    genegeerd: tuple[str, ...]


_PEILDATUM_LABEL = "Datum van de berekening"
_JA = frozenset({"ja", "true", "yes", "1"})
_NEE = frozenset({"nee", "false", "no", "0"})
_ONBEKEND = frozenset({"", "weet_niet", "onbekend", "null"})
_GETAL = re.compile(r"^[+]?\d+$")
_BEDRAG = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$|^\d+(?:[.,]\d{1,2})?$")


def lees_peildatum(waarde: object) -> date:
    """Read the reference date (``YYYY-MM-DD``) and check it is covered by the rules."""
    label = _PEILDATUM_LABEL
    if isinstance(waarde, datetime):
        d = waarde.date()  # a datetime is a date too, but does not compare with one
    elif isinstance(waarde, date):
        d = waarde
    elif isinstance(waarde, str) and not waarde.strip():
        raise ValidationError([Veldfout("peildatum", label, "Vul de datum van de berekening in.")])
    elif isinstance(waarde, str):
        try:
            d = date.fromisoformat(waarde.strip())
        except ValueError:
            raise ValidationError(
                [
                    Veldfout(
                        "peildatum",
                        label,
                        f"'{waarde}' is geen bestaande datum. Schrijf de datum als "
                        "jaar-maand-dag, bijvoorbeeld 2026-03-15.",
                    )
                ]
            ) from None
    else:
        raise ValidationError(
            [Veldfout("peildatum", label, "Geef de datum als tekst: jaar-maand-dag.")]
        )
    if d < DEKKING_VAN or d > DEKKING_TOT:
        raise ValidationError(
            [
                Veldfout(
                    "peildatum",
                    label,
                    f"De regels zijn nagekeken voor data van {datum_tekst(DEKKING_VAN)} tot en "
                    f"met {datum_tekst(DEKKING_TOT)}. Voor {datum_tekst(d)} kan deze test niets "
                    "zeggen.",
                )
            ]
        )
    return d


_KEUZES: dict[str, frozenset[str]] = {
    v.id: frozenset(k.waarde for k in v.keuzes) for v in VRAGEN if v.type == "keuze"
}


def _lees_een(vraag: Vraag, waarde: object) -> Antwoord:
    """Parse one answer; raise ``ValueError`` with the Dutch message on a bad value."""
    if waarde is None:
        return None
    soort = vraag.type
    # Fast paths for the values a JSON document or the form sends most.
    if soort == "janee" and (waarde is True or waarde is False):
        return waarde
    if soort == "keuze" and isinstance(waarde, str) and waarde in _KEUZES[vraag.id]:
        return waarde
    if isinstance(waarde, str) and waarde.strip().lower() in _ONBEKEND:
        return None
    if soort == "janee":
        if isinstance(waarde, str):
            w = waarde.strip().lower()
            if w in _JA:
                return True
            if w in _NEE:
                return False
        raise ValueError("kies ja, nee of 'Weet ik niet'.")
    if soort == "keuze":
        if isinstance(waarde, str) and waarde.strip() in _KEUZES[vraag.id]:
            return waarde.strip()
        raise ValueError("kies een van de mogelijke antwoorden.")
    if soort == "geheel":
        getal: int
        if isinstance(waarde, bool):
            raise ValueError("vul een heel getal in.")
        if isinstance(waarde, int):
            getal = waarde
        elif isinstance(waarde, float) and waarde.is_integer():
            getal = int(waarde)
        elif isinstance(waarde, str) and _GETAL.match(waarde.strip()):
            getal = int(waarde.strip())
        else:
            raise ValueError("vul een heel getal in, zonder komma of letters.")
        return _binnen_grenzen(vraag, getal)
    # bedrag
    bedrag: Decimal
    if isinstance(waarde, bool):
        raise ValueError("vul een bedrag in euro in.")
    if isinstance(waarde, int):
        bedrag = Decimal(waarde)
    elif isinstance(waarde, float):
        if math.isnan(waarde) or math.isinf(waarde):
            raise ValueError("vul een bedrag in euro in.")
        bedrag = Decimal(repr(waarde))
    elif isinstance(waarde, Decimal):
        bedrag = waarde
    elif isinstance(waarde, str):
        tekst = waarde.strip().replace("€", "").replace(" ", "").replace("\u00a0", "")
        if tekst.startswith("-"):
            raise ValueError("een bedrag kan niet negatief zijn.")
        if not _BEDRAG.match(tekst):
            raise ValueError(
                "vul een bedrag in euro in, met hoogstens twee cijfers na de komma, "
                "bijvoorbeeld 1250 of 1250,50."
            )
        if "," in tekst:
            tekst = tekst.replace(".", "").replace(",", ".")
        elif re.match(r"^\d{1,3}(?:\.\d{3})+$", tekst):
            tekst = tekst.replace(".", "")
        try:
            bedrag = Decimal(tekst)
        except InvalidOperation:
            raise ValueError("vul een bedrag in euro in.") from None
    else:
        raise ValueError("vul een bedrag in euro in.")
    if not bedrag.is_finite():
        raise ValueError("vul een bedrag in euro in.")
    exponent = bedrag.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and bedrag != bedrag.quantize(Decimal("0.01")):
        raise ValueError("gebruik hoogstens twee cijfers na de komma (centen).")
    return _binnen_grenzen(vraag, bedrag)


def _binnen_grenzen(vraag: Vraag, getal: int | Decimal) -> int | Decimal:
    eenheid = f" {vraag.eenheid}" if vraag.eenheid else ""
    if vraag.minimum is not None and getal < vraag.minimum:
        if vraag.type == "bedrag":
            raise ValueError("een bedrag kan niet negatief zijn.")
        raise ValueError(f"vul een getal in van {vraag.minimum} tot {vraag.maximum}{eenheid}.")
    if vraag.maximum is not None and getal > vraag.maximum:
        raise ValueError(f"vul een getal in van {vraag.minimum} tot {vraag.maximum}{eenheid}.")
    if isinstance(getal, Decimal):
        return getal.quantize(Decimal("0.01"))
    return getal


def _dagen_in_jaar(jaar: int) -> int:
    return (date(jaar + 1, 1, 1) - date(jaar, 1, 1)).days


def lees(ruw: object, peildatum: date) -> Gelezen:
    """Read and check raw answers for ``peildatum``.

    Raises :class:`ValidationError` with every bad relevant field: unknown
    question ids, wrong types, out-of-range numbers and contradictions.
    """
    if not isinstance(ruw, Mapping):
        raise ValidationError(
            [Veldfout("antwoorden", "Antwoorden", "De antwoorden moeten een object zijn.")]
        )
    fouten: dict[str, Veldfout] = {}
    for sleutel in ruw:
        if not isinstance(sleutel, str) or sleutel not in PER_ID:
            fouten[str(sleutel)] = Veldfout(
                str(sleutel),
                str(sleutel),
                f"Deze test kent geen vraag '{sleutel}'. Controleer de naam van het veld.",
            )

    # One pass in questionnaire order: a question's relevance depends only on answers
    # to earlier questions, so each answer is read (and checked) only if it applies.
    antwoorden: dict[str, Antwoord] = {}
    relevant: list[str] = []
    for vraag in VRAGEN:
        if vraag.relevant_als and not vraag.relevant(antwoorden):
            continue
        vid = vraag.id
        relevant.append(vid)
        waarde = ruw.get(vid)
        if waarde is None or ((waarde is True or waarde is False) and vraag.type == "janee"):
            antwoorden[vid] = waarde  # the common cases, without a call
            continue
        try:
            antwoorden[vid] = _lees_een(vraag, waarde)
        except ValueError as exc:
            fouten[vid] = Veldfout(vid, vraag.kort, f"{vraag.kort}: {exc}")
            antwoorden[vid] = None
            continue
        if vid == "dagen_buitenland":
            dagen = antwoorden[vid]
            if isinstance(dagen, int) and dagen > _dagen_in_jaar(peildatum.year):
                fouten[vid] = Veldfout(
                    vid,
                    vraag.kort,
                    f"{vraag.kort}: {peildatum.year} telt maar "
                    f"{_dagen_in_jaar(peildatum.year)} dagen.",
                )
                antwoorden[vid] = None
    genegeerd = tuple(v.id for v in VRAGEN if v.id not in antwoorden and v.id in ruw)
    if fouten:
        raise ValidationError(list(fouten.values()), tuple(relevant))
    return Gelezen(antwoorden, tuple(relevant), genegeerd)
