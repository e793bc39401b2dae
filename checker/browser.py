"""The browser's entry point: JSON text in, JSON text out (run inside Pyodide).

The page's Web Worker calls :func:`run` with the form's raw values; all parsing,
validation, relevance and rules happen here, none in JavaScript.

Two optional parts of the request serve the trainers' view, and cost nothing when
absent:

- ``"spoor": true`` adds ``result.trace``: per condition the answers it used, the
  answers that decided it, its articles, and every dated parameter its rule read
  (value, valid-from date, source);
- ``"vergelijk": {"peildatum": ..., "antwoorden": {...}}`` evaluates a second set
  of answers (a pinned result, or the same answers on another date) and adds
  ``comparison``: that result and every difference, with why when the dates differ.
"""

from __future__ import annotations

import json
from typing import Any

from checker.beoordeling import Spoor, evaluate, evaluate_met_spoor
from checker.bronnen import bron
from checker.invoer import ValidationError
from checker.schema import questionnaire
from checker.tekst import datum, euro
from checker.uitkomst import Result, zekerheid_noot
from checker.vergelijking import vergelijk
from checker.vragen import veld_label

_ONLEESBAAR = {
    "ok": False,
    "errors": [
        {"field": "invoer", "label": "Invoer", "message": "De invoer kon niet gelezen worden."}
    ],
    "relevant_questions": [],
}


def _waarde_tekst(waarde: object, eenheid: str) -> str:
    if waarde is None:
        return "niet nagekeken"
    if eenheid.startswith("euro"):
        return f"{euro(waarde)} {eenheid.removeprefix('euro').strip()}"
    if eenheid == "schijven":
        return "zie art. 27 Leefloonbesluit"
    if eenheid == "versie":
        return f"regels van {waarde}"
    return f"{waarde} {eenheid}"


def _spoor(resultaat: Result, sporen: tuple[Spoor, ...]) -> list[dict[str, Any]]:
    per_id = {s.voorwaarde: s for s in sporen}
    uit = []
    for c in resultaat.conditions:
        gelezen = per_id[c.id].parameters if c.id in per_id else ()
        uit.append(
            {
                "id": c.id,
                "title": c.title,
                "used": [{"id": i, "label": veld_label(i)} for i in c.used],
                "decisive": [{"id": i, "label": veld_label(i)} for i in c.decisive],
                "legal_basis": list(c.legal_basis),
                "parameters": [
                    {
                        "id": g.parameter,
                        "name": g.naam,
                        "value_text": _waarde_tekst(g.waarde, g.eenheid),
                        "valid_from": g.vanaf.isoformat(),
                        "valid_from_text": datum(g.vanaf),
                        "legal_basis": g.rechtsgrond,
                        "source": g.bron,
                        "source_title": bron(g.bron).titel,
                        "certainty": g.zekerheid,
                        "certainty_note": zekerheid_noot(g.zekerheid),
                    }
                    for g in gelezen
                ],
            }
        )
    return uit


def _vergelijking(resultaat: Result, ander: object) -> dict[str, Any]:
    if not isinstance(ander, dict):
        return {"ok": False, "errors": _ONLEESBAAR["errors"]}
    try:
        tweede = evaluate(ander.get("antwoorden", {}), ander.get("peildatum"))  # type: ignore[arg-type]
    except ValidationError as exc:
        return {"ok": False, **exc.to_dict()}
    return {
        "ok": True,
        "result": tweede.to_dict(),
        # Before: the other result (pinned, or the other date); after: this one.
        "differences": [v.to_dict() for v in vergelijk(tweede, resultaat)],
    }


def run(payload: str) -> str:
    """Evaluate ``{"peildatum": ..., "antwoorden": {...}}`` (plus optional parts).

    Returns ``{"ok": true, "result": {...}}`` or ``{"ok": false, "errors": [...],
    "relevant_questions": [...]}``; never raises on bad input.
    """
    try:
        data = json.loads(payload)
        if not isinstance(data, dict):
            raise TypeError
        antwoorden = data.get("antwoorden", {})
        peildatum = data.get("peildatum")
    except (ValueError, TypeError):
        return json.dumps(_ONLEESBAAR, ensure_ascii=False)
    try:
        # The raw values go through: evaluate() refuses bad ones with Dutch messages.
        if data.get("spoor") is True:
            resultaat, sporen = evaluate_met_spoor(antwoorden, peildatum)  # type: ignore[arg-type]
        else:
            resultaat, sporen = evaluate(antwoorden, peildatum), ()  # type: ignore[arg-type]
    except ValidationError as exc:
        return json.dumps({"ok": False, **exc.to_dict()}, ensure_ascii=False)
    uit: dict[str, Any] = {"ok": True, "result": resultaat.to_dict()}
    if sporen:
        uit["result"]["trace"] = _spoor(resultaat, sporen)
    if "vergelijk" in data:
        uit["comparison"] = _vergelijking(resultaat, data["vergelijk"])
    return json.dumps(uit, ensure_ascii=False)


def questions() -> str:
    """The questionnaire as JSON text."""
    return json.dumps(questionnaire(), ensure_ascii=False)
