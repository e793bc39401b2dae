"""The case library for trainers: stories for workshops, each one also a test.

The cases live in ``casussen.toml`` next to this module, in the format of the
scenario table (``tests/scenarios.toml``) plus a Dutch title, a short story at B1
level, what the case teaches, two or three discussion questions and topic tags.
``tests/test_casussen.py`` runs every case through the scenario table's harness,
so a story's expected result can never drift from the rules unnoticed.

Site and test code only: nothing in the rule module imports this, so the browser
never loads it (and the TOML file is not part of the rules zip).

The file is checked on load: every field present with the right type, two or
three questions, unique ids, a valid reference date and outcome, all six
conditions. A mistake raises :class:`CasusError` naming the case and the field.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

from checker.beoordeling import VOORWAARDEN as _REGELS
from checker.uitkomst import Outcome, Status

#: The six conditions of art. 3 Leefloonwet, by their ids in the result.
VOORWAARDEN = tuple(v.id for v, _ in _REGELS)
UITKOMSTEN = tuple(o.value for o in Outcome)
STATUSSEN = tuple(s.value for s in Status)

#: Fields for the workshop, on top of the scenario table's.
VERHAAL_VELDEN = ("titel", "verhaal", "leert", "vragen", "thema")
#: The scenario table's required fields, besides ``id``, ``peildatum`` and ``antwoorden``.
VERWACHTING_VELDEN = ("name", "outcome", "statuses", "amount")
#: The scenario table's optional fields: lists of notice ids.
LIJST_VELDEN = ("warnings", "no_warnings", "alternatives", "no_alternatives")

BESTAND = "casussen.toml"


class CasusError(ValueError):
    """The case library is malformed: the message names the case and the field."""


@dataclass(frozen=True, slots=True)
class Casus:
    """One case: the story for the group and what the checker must answer.

    ``verwachting`` holds the scenario table's expectations as written in the file
    (``name``, ``outcome``, ``statuses``, ``amount`` and the optional notice lists).
    """

    id: str
    titel: str
    verhaal: str
    leert: str
    vragen: tuple[str, ...]
    thema: tuple[str, ...]
    peildatum: date
    antwoorden: dict[str, Any] = field(hash=False)
    verwachting: dict[str, Any] = field(hash=False)

    def als_scenario(self) -> dict[str, Any]:
        """The case as a row of the scenario table, for its test harness."""
        return {
            "id": self.id,
            "peildatum": self.peildatum.isoformat(),
            "antwoorden": self.antwoorden,
            **self.verwachting,
        }


def _fout(waar: str, melding: str) -> CasusError:
    return CasusError(f"{BESTAND}, {waar}: {melding}")


def _tekst(ruw: Mapping[str, Any], veld: str, waar: str) -> str:
    waarde = ruw.get(veld)
    if not isinstance(waarde, str) or not waarde.strip():
        raise _fout(waar, f"het veld '{veld}' ontbreekt of is geen tekst")
    return waarde


def _teksten(ruw: Mapping[str, Any], veld: str, waar: str) -> tuple[str, ...]:
    waarde = ruw.get(veld)
    if not isinstance(waarde, list) or not all(isinstance(w, str) and w.strip() for w in waarde):
        raise _fout(waar, f"het veld '{veld}' ontbreekt of is geen lijst van teksten")
    return tuple(waarde)


def _peildatum(ruw: Mapping[str, Any], waar: str) -> date:
    tekst = _tekst(ruw, "peildatum", waar)
    try:
        return date.fromisoformat(tekst)
    except ValueError:
        raise _fout(waar, f"de peildatum '{tekst}' is geen datum (JJJJ-MM-DD)") from None


def _verwachting(ruw: Mapping[str, Any], waar: str) -> dict[str, Any]:
    for veld in VERWACHTING_VELDEN:
        if veld not in ruw:
            raise _fout(waar, f"het veld '{veld}' ontbreekt")
    if ruw["outcome"] not in UITKOMSTEN:
        raise _fout(waar, f"'outcome' moet een van {', '.join(UITKOMSTEN)} zijn")
    statussen = ruw["statuses"]
    if not isinstance(statussen, dict) or set(statussen) != set(VOORWAARDEN):
        raise _fout(waar, "'statuses' moet alle zes voorwaarden noemen: " + ", ".join(VOORWAARDEN))
    if not all(s in STATUSSEN for s in statussen.values()):
        raise _fout(waar, f"een status moet een van {', '.join(STATUSSEN)} zijn")
    if ruw["amount"] is not False and not isinstance(ruw["amount"], dict):
        raise _fout(waar, "'amount' moet een tabel zijn, of false als er geen bedrag is")
    for veld in LIJST_VELDEN:
        if veld in ruw:
            _teksten(ruw, veld, waar)
    return {k: v for k, v in ruw.items() if k in VERWACHTING_VELDEN or k in LIJST_VELDEN}


def _casus(ruw: object, nummer: int) -> Casus:
    waar = f"casus {nummer}"
    if not isinstance(ruw, dict):
        raise _fout(waar, "een casus moet een tabel zijn")
    cid = _tekst(ruw, "id", waar)
    waar = f"casus {nummer} ('{cid}')"
    onbekend = set(ruw) - {"id", "peildatum", "antwoorden", *VERHAAL_VELDEN}
    onbekend -= {*VERWACHTING_VELDEN, *LIJST_VELDEN}
    if onbekend:
        raise _fout(waar, "onbekende velden: " + ", ".join(sorted(onbekend)))
    antwoorden = ruw.get("antwoorden")
    if not isinstance(antwoorden, dict):
        raise _fout(waar, "het veld 'antwoorden' ontbreekt of is geen tabel")
    vragen = _teksten(ruw, "vragen", waar)
    if not 2 <= len(vragen) <= 3:
        raise _fout(waar, f"een casus heeft twee of drie vragen, niet {len(vragen)}")
    thema = _teksten(ruw, "thema", waar)
    if not thema:
        raise _fout(waar, "het veld 'thema' heeft minstens één tag nodig")
    return Casus(
        id=cid,
        titel=_tekst(ruw, "titel", waar),
        verhaal=_tekst(ruw, "verhaal", waar),
        leert=_tekst(ruw, "leert", waar),
        vragen=vragen,
        thema=thema,
        peildatum=_peildatum(ruw, waar),
        antwoorden=antwoorden,
        verwachting=_verwachting(ruw, waar),
    )


def uit_data(data: Mapping[str, Any]) -> tuple[Casus, ...]:
    """Check and read the parsed TOML (a ``case`` array of tables)."""
    rijen = data.get("case")
    if not isinstance(rijen, list) or not rijen:
        raise _fout("bovenaan", "geen casussen gevonden (verwacht: [[case]]-tabellen)")
    casussen = tuple(_casus(r, i) for i, r in enumerate(rijen, start=1))
    gezien: set[str] = set()
    for c in casussen:
        if c.id in gezien:
            raise _fout(f"casus '{c.id}'", "deze id komt twee keer voor")
        gezien.add(c.id)
    return casussen


def laad() -> tuple[Casus, ...]:
    """Read and check ``casussen.toml`` from this package."""
    tekst = resources.files(__package__ or "checker").joinpath(BESTAND).read_text("utf-8")
    try:
        data = tomllib.loads(tekst)
    except tomllib.TOMLDecodeError as exc:
        raise _fout("TOML", str(exc)) from None
    return uit_data(data)


CASUSSEN: tuple[Casus, ...] = laad()

_PER_ID: dict[str, Casus] = {c.id: c for c in CASUSSEN}


def casus(casus_id: str) -> Casus:
    """The case with this id; a ``KeyError`` names the known ids when there is none."""
    try:
        return _PER_ID[casus_id]
    except KeyError:
        raise KeyError(f"geen casus '{casus_id}'; bekende casussen: {', '.join(_PER_ID)}") from None
