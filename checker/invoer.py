"""Reading and checking the answers: every bad field gets a clear Dutch message.

:func:`lees` turns raw answers (from JSON, the CLI or the browser form, where
numbers may arrive as text like ``"1.314,20"``, ``"1900 euro"`` or ``"19 jaar"``)
into typed answers, or raises :class:`ValidationError` listing *every* bad field
by its id and question. Answers to questions that do not apply are set aside
(``genegeerd``), never used, and their mistakes do not block the rest.

The housemates list is read entry by entry; a bad field inside it is named as
``huisgenoten.<index>.<field>`` with the label "Huisgenoot <n>: <field>".
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
from checker.tekst import getal
from checker.vragen import PER_ID, VRAGEN, Antwoord, Huisgenoot, Vraag


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
_JA = frozenset({"ja", "true", "yes", "1", "j"})
_NEE = frozenset({"nee", "false", "no", "0", "n"})
_ONBEKEND = frozenset({"", "weet_niet", "onbekend", "null", "weet ik niet"})
_GETAL = re.compile(r"^[+]?\d+$")
_BEDRAG = re.compile(r"^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$|^\d+(?:[.,]\d{1,2})?$")
_DUIZENDTAL = re.compile(r"^\d{1,3}(?:\.\d{3})+$")
#: Words people add to an amount or a number: "1900 euro", "€1.900,-", "19 jaar".
_BEDRAG_WOORDEN = re.compile(r"€|\beuros?\b|\beur\b|\bper maand\b|/\s*maand\b|\bnetto\b", re.I)
_GETAL_WOORDEN = re.compile(r"\bjaren\b|\bjaar\b|\bjr\b|\bdagen\b|\bdag\b", re.I)
_ANDERE_PERIODE = re.compile(r"\bjaar\b|\bweek\b|\bdag\b", re.I)
_GEEN_CENTEN = re.compile(r"[.,]-$")
MAX_HUISGENOTEN = PER_ID["huisgenoten"].maximum or 20


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


def _keuzes(vraag: Vraag) -> frozenset[str]:
    return frozenset(k.waarde for k in vraag.keuzes)


_KEUZES: dict[str, frozenset[str]] = {
    v.id: _keuzes(v) for v in (*VRAGEN, *(f for q in VRAGEN for f in q.velden)) if v.keuzes
}


def _zonder_eenheid(tekst: str, woorden: re.Pattern[str]) -> str:
    """Drop the words and signs people write around a number."""
    tekst = woorden.sub(" ", tekst)
    tekst = tekst.replace("\u00a0", " ").replace("\u202f", " ").strip()
    tekst = _GEEN_CENTEN.sub("", tekst)
    return tekst.replace(" ", "")


def _lees_janee(waarde: object) -> bool:
    if isinstance(waarde, str):
        w = waarde.strip().lower()
        if w in _JA:
            return True
        if w in _NEE:
            return False
    raise ValueError("kies ja, nee of 'Weet ik niet'.")


def _lees_geheel(vraag: Vraag, waarde: object) -> int:
    if isinstance(waarde, bool):
        raise ValueError("vul een heel getal in.")
    if isinstance(waarde, int):
        return int(_binnen_grenzen(vraag, waarde))
    if isinstance(waarde, float) and waarde.is_integer():
        return int(_binnen_grenzen(vraag, int(waarde)))
    if isinstance(waarde, str):
        tekst = _zonder_eenheid(waarde, _GETAL_WOORDEN)
        if _GETAL.match(tekst):
            return int(_binnen_grenzen(vraag, int(tekst)))
        if tekst.startswith("-") and _GETAL.match(tekst[1:]):
            return int(_binnen_grenzen(vraag, -int(tekst[1:])))
    raise ValueError("vul een heel getal in, zonder komma, bijvoorbeeld 30.")


def _bedrag_uit_tekst(waarde: str) -> Decimal:
    if _ANDERE_PERIODE.search(waarde):
        raise ValueError("vul het bedrag per maand in, bijvoorbeeld 1250 of 1.314,20.")
    tekst = _zonder_eenheid(waarde, _BEDRAG_WOORDEN)
    if tekst.startswith("-"):
        raise ValueError("een bedrag kan niet negatief zijn.")
    if not _BEDRAG.match(tekst):
        raise ValueError(
            "vul een bedrag in euro in, met hoogstens twee cijfers na de komma, "
            "bijvoorbeeld 1250 of 1.314,20."
        )
    if "," in tekst:
        tekst = tekst.replace(".", "").replace(",", ".")
    elif _DUIZENDTAL.match(tekst):
        tekst = tekst.replace(".", "")
    try:
        return Decimal(tekst)
    except InvalidOperation:
        raise ValueError("vul een bedrag in euro in.") from None


def _lees_bedrag(vraag: Vraag, waarde: object) -> Decimal:
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
        bedrag = _bedrag_uit_tekst(waarde)
    else:
        raise ValueError("vul een bedrag in euro in.")
    if not bedrag.is_finite():
        raise ValueError("vul een bedrag in euro in.")
    exponent = bedrag.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -2 and bedrag != bedrag.quantize(Decimal("0.01")):
        raise ValueError("gebruik hoogstens twee cijfers na de komma (centen).")
    return Decimal(_binnen_grenzen(vraag, bedrag))


def _lees_een(vraag: Vraag, waarde: object) -> Antwoord:
    """Parse one answer; raise ``ValueError`` with the Dutch message on a bad value."""
    if waarde is None:
        return None
    soort = vraag.type
    # Fast paths for the values a JSON document or the form sends most.
    if soort == "janee" and (waarde is True or waarde is False):
        return waarde
    keuzes = _KEUZES.get(vraag.id)
    if keuzes is not None and isinstance(waarde, str) and waarde.strip() in keuzes:
        return waarde.strip()
    if isinstance(waarde, str) and waarde.strip().lower() in _ONBEKEND:
        return None
    if soort == "janee":
        return _lees_janee(waarde)
    if soort == "keuze":
        raise ValueError("kies een van de mogelijke antwoorden.")
    if soort == "geheel":
        return _lees_geheel(vraag, waarde)
    return _lees_bedrag(vraag, waarde)


def _grenzen_tekst(vraag: Vraag) -> str:
    eenheid = f" {vraag.eenheid}" if vraag.eenheid else ""
    return f"{getal(vraag.minimum or 0)} tot {getal(vraag.maximum or 0)}{eenheid}"


def _binnen_grenzen(vraag: Vraag, waarde: int | Decimal) -> int | Decimal:
    if vraag.minimum is not None and waarde < vraag.minimum:
        if vraag.type == "bedrag":
            raise ValueError("een bedrag kan niet negatief zijn.")
        raise ValueError(f"vul een getal in van {_grenzen_tekst(vraag)}.")
    if vraag.maximum is not None and waarde > vraag.maximum:
        raise ValueError(f"vul een getal in van {_grenzen_tekst(vraag)}.")
    if isinstance(waarde, Decimal):
        return waarde.quantize(Decimal("0.01"))
    return waarde


def _dagen_in_jaar(jaar: int) -> int:
    return (date(jaar + 1, 1, 1) - date(jaar, 1, 1)).days


@dataclass(slots=True)
class _Lezer:
    """The state of one pass over the answers."""

    ruw: Mapping[object, object]
    peildatum: date
    antwoorden: dict[str, Antwoord]
    relevant: list[str]
    genegeerd: list[str]
    fouten: dict[str, Veldfout]

    def fout(self, veld: str, label: str, melding: str) -> None:
        self.fouten.setdefault(veld, Veldfout(veld, label, melding))

    def lees_vraag(self, vraag: Vraag) -> None:
        vid = vraag.id
        waarde = self.ruw.get(vid)
        if vraag.type == "lijst":
            self.antwoorden[vid] = self.lees_lijst(vraag, waarde)
            return
        if waarde is None or ((waarde is True or waarde is False) and vraag.type == "janee"):
            self.antwoorden[vid] = waarde  # the common cases, without a call
            return
        try:
            self.antwoorden[vid] = _lees_een(vraag, waarde)
        except ValueError as exc:
            self.fout(vid, vraag.kort, f"{vraag.kort}: {exc}")
            self.antwoorden[vid] = None
            return
        if vid == "dagen_buitenland":
            self.check_dagen(vraag)

    def check_dagen(self, vraag: Vraag) -> None:
        dagen = self.antwoorden.get(vraag.id)
        jaar = self.peildatum.year
        if isinstance(dagen, int) and dagen > _dagen_in_jaar(jaar):
            self.fout(
                vraag.id,
                vraag.kort,
                f"{vraag.kort}: {jaar} telt maar {_dagen_in_jaar(jaar)} dagen.",
            )
            self.antwoorden[vraag.id] = None

    def lees_lijst(self, vraag: Vraag, waarde: object) -> tuple[Huisgenoot, ...] | None:
        if waarde is None or (isinstance(waarde, str) and waarde.strip().lower() in _ONBEKEND):
            return None
        if not isinstance(waarde, list | tuple):
            self.fout(vraag.id, vraag.kort, f"{vraag.kort}: geef een lijst, één per persoon.")
            return None
        if len(waarde) > MAX_HUISGENOTEN:
            self.fout(
                vraag.id,
                vraag.kort,
                f"{vraag.kort}: je kunt hoogstens {MAX_HUISGENOTEN} huisgenoten opgeven. Tel "
                "alleen wie 18 jaar of ouder is en bij jou woont.",
            )
            return None
        rijen = tuple(self.lees_rij(vraag, i, rij) for i, rij in enumerate(waarde))
        partners = sum(1 for h in rijen if h.relatie == "partner")
        if partners > 1:
            self.fout(vraag.id, vraag.kort, f"{vraag.kort}: je kunt maar één partner opgeven.")
        return rijen

    def lees_rij(self, vraag: Vraag, index: int, ruw: object) -> Huisgenoot:
        label = f"Huisgenoot {index + 1}"
        if not isinstance(ruw, Mapping):
            self.fout(f"{vraag.id}.{index}", label, f"{label}: deze gegevens kunnen we niet lezen.")
            return Huisgenoot(None, None, None, ())
        velden = {v.id: v for v in vraag.velden}
        for sleutel in ruw:
            if sleutel not in velden:
                self.fout(
                    f"{vraag.id}.{index}.{sleutel}",
                    label,
                    f"{label}: deze test kent geen veld '{sleutel}'.",
                )
        gelezen: dict[str, Antwoord] = {}
        relevant: list[str] = []
        for veld in vraag.velden:
            pad = f"{vraag.id}.{index}.{veld.id}"
            if not veld.relevant(self.antwoorden, self.peildatum, gelezen):
                if ruw.get(veld.id) not in (None, ""):
                    self.genegeerd.append(pad)
                continue
            relevant.append(veld.id)
            self.relevant.append(pad)
            try:
                gelezen[veld.id] = _lees_een(veld, ruw.get(veld.id))
            except ValueError as exc:
                self.fout(pad, f"{label}: {veld.kort}", f"{label}, {veld.kort}: {exc}")
                gelezen[veld.id] = None
        relatie = gelezen.get("relatie")
        inkomen = gelezen.get("inkomen")
        kinderbijslag = gelezen.get("kinderbijslag")
        return Huisgenoot(
            relatie if isinstance(relatie, str) else None,
            inkomen if isinstance(inkomen, Decimal) else None,
            kinderbijslag if isinstance(kinderbijslag, Decimal | str) else None,
            tuple(relevant),
        )


def lees(ruw: object, peildatum: date) -> Gelezen:
    """Read and check raw answers for ``peildatum``.

    Raises :class:`ValidationError` with every bad relevant field: unknown
    question ids, wrong types, out-of-range numbers and contradictions.
    """
    if not isinstance(ruw, Mapping):
        raise ValidationError(
            [Veldfout("antwoorden", "Antwoorden", "De antwoorden moeten een object zijn.")]
        )
    lezer = _Lezer(ruw, peildatum, {}, [], [], {})
    for sleutel in ruw:
        if not isinstance(sleutel, str) or sleutel not in PER_ID:
            lezer.fout(
                str(sleutel),
                str(sleutel),
                f"Deze test kent geen vraag '{sleutel}'. Controleer de naam van het veld.",
            )
    # One pass in questionnaire order: a question's relevance depends only on answers
    # to earlier questions, so each answer is read (and checked) only if it applies.
    for vraag in VRAGEN:
        if vraag.relevant_als and not vraag.relevant(lezer.antwoorden, peildatum):
            if vraag.id in ruw:
                lezer.genegeerd.append(vraag.id)
            continue
        lezer.relevant.append(vraag.id)
        lezer.lees_vraag(vraag)
    relevant = tuple(lezer.relevant)
    if lezer.fouten:
        raise ValidationError(list(lezer.fouten.values()), relevant)
    return Gelezen(lezer.antwoorden, relevant, tuple(lezer.genegeerd))
