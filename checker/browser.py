"""The browser's entry point: JSON text in, JSON text out (run inside Pyodide).

The page's Web Worker calls :func:`run` with the form's raw values; all parsing,
validation, relevance and rules happen here, none in JavaScript.
"""

from __future__ import annotations

import json

from checker.beoordeling import evaluate
from checker.invoer import ValidationError
from checker.schema import questionnaire


def run(payload: str) -> str:
    """Evaluate ``{"peildatum": ..., "antwoorden": {...}}``.

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
        return json.dumps(
            {
                "ok": False,
                "errors": [
                    {
                        "field": "invoer",
                        "label": "Invoer",
                        "message": "De invoer kon niet gelezen worden.",
                    }
                ],
                "relevant_questions": [],
            },
            ensure_ascii=False,
        )
    try:
        resultaat = evaluate(antwoorden, peildatum)  # type: ignore[arg-type]
    except ValidationError as exc:
        return json.dumps({"ok": False, **exc.to_dict()}, ensure_ascii=False)
    return json.dumps({"ok": True, "result": resultaat.to_dict()}, ensure_ascii=False)


def questions() -> str:
    """The questionnaire as JSON text."""
    return json.dumps(questionnaire(), ensure_ascii=False)
