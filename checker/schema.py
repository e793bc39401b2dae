"""The questionnaire as plain data, for the CLI, the browser form and the docs."""

from __future__ import annotations

from datetime import date
from typing import Any

from checker.parameters import DEKKING_TOT, DEKKING_VAN, REGELS_VERSIE, Parameter
from checker.tekst import datum
from checker.vragen import GROEPEN, VRAGEN, Clausule, Vraag


def _clausule(c: Clausule) -> dict[str, Any]:
    """A relevance clause as data; a dated parameter is named by its id."""
    w = c.waarde
    waarde: object
    if isinstance(w, tuple):
        waarde = list(w)
    elif isinstance(w, Parameter):
        waarde = {"parameter": w.id}
    elif isinstance(w, date):
        waarde = w.isoformat()
    else:
        waarde = w
    vraag: object = {"parameter": c.vraag.id} if isinstance(c.vraag, Parameter) else c.vraag
    return {"question": vraag, "op": c.op, "value": waarde}


def _vraag(v: Vraag) -> dict[str, Any]:
    return {
        "id": v.id,
        "short": v.kort,
        "group": v.groep,
        "type": v.type,
        "label": v.label,
        "help": v.hulp,
        "conditions": list(v.voorwaarden),
        "choices": [{"value": k.waarde, "label": k.label, "help": k.hulp} for k in v.keuzes],
        "min": v.minimum,
        "max": v.maximum,
        "unit": v.eenheid,
        "relevant_if": [_clausule(c) for c in v.relevant_als],
        "fields": [_vraag(f) for f in v.velden],
    }


def questionnaire() -> dict[str, Any]:
    """The whole questionnaire: groups, questions, relevance rules and covered dates."""
    return {
        "rules_version": REGELS_VERSIE,
        "covered_from": DEKKING_VAN.isoformat(),
        "covered_until": DEKKING_TOT.isoformat(),
        "covered_from_text": datum(DEKKING_VAN),
        "covered_until_text": datum(DEKKING_TOT),
        "groups": [
            {
                "id": g.id,
                "title": g.titel,
                "intro": g.uitleg,
                "questions": [v.id for v in VRAGEN if v.groep == g.id],
            }
            for g in GROEPEN
        ],
        "questions": [_vraag(v) for v in VRAGEN],
    }
