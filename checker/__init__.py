"""Leefloonwijzer's rule module: the right to social integration (leefloon) as code.

Standard library only; runs unchanged on CPython 3.11+ and in Pyodide.

The public API::

    from checker import evaluate, ValidationError, VRAGEN

    result = evaluate({"verblijfsstatus": "erkend_vluchteling", ...}, "2025-03-01")
    result.outcome          # Outcome.ELIGIBLE / NOT_ELIGIBLE / UNCERTAIN
    result.to_dict()        # plain JSON-able data

Every condition of art. 3 Leefloonwet lives in its own module under
:mod:`checker.voorwaarden`; amounts and thresholds are dated parameters in
:mod:`checker.parameters`; the questionnaire is declared once in
:mod:`checker.vragen`.
"""

from __future__ import annotations

from checker.beoordeling import VOORWAARDEN, evaluate
from checker.invoer import ValidationError, Veldfout
from checker.parameters import DEKKING_TOT, DEKKING_VAN, REGELS_VERSIE
from checker.schema import questionnaire
from checker.uitkomst import Amount, ConditionResult, Notice, Outcome, Result, Status, Step
from checker.vragen import GROEPEN, VRAGEN

__all__ = [
    "DEKKING_TOT",
    "DEKKING_VAN",
    "GROEPEN",
    "REGELS_VERSIE",
    "VOORWAARDEN",
    "VRAGEN",
    "Amount",
    "ConditionResult",
    "Notice",
    "Outcome",
    "Result",
    "Status",
    "Step",
    "ValidationError",
    "Veldfout",
    "evaluate",
    "questionnaire",
]
