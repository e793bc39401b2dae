"""Command line: ``python -m checker evaluate|explain|questions`` (also ``leefloonwijzer``).

Input is JSON: ``{"peildatum": "2026-03-15", "antwoorden": {...}}`` from a file or
standard input. Without ``peildatum`` (and without ``--datum``) today's date is
used, and the output says which date it judged on.

Exit codes: 0 for any valid evaluation (whatever the outcome), 2 for bad input
(with the Dutch messages on standard error).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from typing import Any, TextIO

from checker.beoordeling import evaluate
from checker.invoer import ValidationError, Veldfout
from checker.schema import questionnaire
from checker.tekst import datum, euro
from checker.uitkomst import STATUS_TEKST, VARIANT_TITEL, Result
from checker.vragen import veld_label, vraag_label

EXIT_OK = 0
EXIT_BAD_INPUT = 2

_SYMBOOL = {"met": "[✓]", "not_met": "[✗]", "uncertain": "[?]"}


def _lees_invoer(bron: TextIO) -> tuple[object, object]:
    """Read the JSON document; return (answers, reference date or None)."""
    tekst = bron.read()
    try:
        data = json.loads(tekst)
    except json.JSONDecodeError as exc:
        raise ValidationError(
            [
                Veldfout(
                    "invoer",
                    "Invoer",
                    f"De invoer is geen geldige JSON (regel {exc.lineno}, kolom {exc.colno}).",
                )
            ]
        ) from None
    if not isinstance(data, dict):
        raise ValidationError(
            [
                Veldfout(
                    "invoer", "Invoer", 'Verwacht een object: {"peildatum": …, "antwoorden": {…}}.'
                )
            ]
        )
    onbekend = [k for k in data if k not in ("peildatum", "antwoorden")]
    if onbekend:
        raise ValidationError(
            [
                Veldfout(
                    k,
                    k,
                    f"Onbekend veld '{k}'. De invoer heeft alleen 'peildatum' en 'antwoorden'.",
                )
                for k in onbekend
            ]
        )
    return data.get("antwoorden", {}), data.get("peildatum")


def _fouten_tekst(exc: ValidationError) -> str:
    regels = ["De invoer is niet in orde:"]
    regels += [f"  - {f.veld}: {f.melding}" for f in exc.fouten]
    return "\n".join(regels)


def _kop(result: Result) -> list[str]:
    h = result.headline
    regels = [f"Uitkomst: {h.text}"]
    if h.amount_text:
        regels.append(f"{h.amount_label}: {h.amount_text}")
    if h.amount_note:
        regels.append(h.amount_note)
    if h.first_step:
        regels.append(f"Eerste stap: {h.first_step}")
    return regels


def _voorwaarden(result: Result) -> list[str]:
    regels = ["Voorwaarden (art. 3 Leefloonwet):"]
    for c in result.conditions:
        regels.append(
            f"  {_SYMBOOL[c.status.value]} {c.title}: {STATUS_TEKST[c.status]} "
            f"({'; '.join(c.legal_basis)})"
        )
        regels += [f"      {r}" for r in c.reasons]
        if c.missing:
            regels.append("      Nog nodig: " + "; ".join(veld_label(m) for m in c.missing))
    return regels


def _berekening(result: Result) -> list[str]:
    a = result.amount
    if a is None:
        return []
    regels = ["", f"{result.amount_heading} (categorie {a.category}, {a.category_label}):"]
    regels += [f"  {s.description:<95} {euro(s.amount):>14}" for s in a.steps]
    if a.variant is not None:
        regels += ["", f"{VARIANT_TITEL[a.variant.kind]}:"]
        regels += [f"  {s.description:<95} {euro(s.amount):>14}" for s in a.variant.steps]
    if a.indexed is not None:
        regels.append(
            f"  Als de voorspelde indexering van {datum(a.indexed.valid_from)} doorging: "
            f"{euro(a.indexed.monthly_amount)} per maand."
        )
    return regels


def explain(result: Result) -> str:
    """The evaluation as readable Dutch text: the headline first, details after."""
    regels = [
        f"Leefloonwijzer — berekening op {datum(result.reference_date)} "
        f"(regels {result.rules_version})",
        "",
        *_kop(result),
        "",
        *_voorwaarden(result),
        *_berekening(result),
    ]
    for titel, lijst in (
        ("Waarom niet zeker?", result.caveats),
        ("Let op", result.warnings),
        ("Andere hulp", result.alternatives),
        ("Wat kun je nu doen?", result.next_steps),
    ):
        if lijst:
            regels += ["", f"{titel}:"]
            regels += [f"  • {n.title}: {n.text}" for n in lijst]
    if result.missing_answers:
        regels += ["", "Nog niet ingevuld en nodig voor een antwoord:"]
        regels += [f"  • {vraag_label(m)}" for m in result.missing_answers]
    regels += [
        "",
        "Dit is informatie, geen beslissing. Het OCMW beslist na een sociaal onderzoek.",
    ]
    return "\n".join(regels)


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="leefloonwijzer",
        description="Leefloonwijzer: het recht op leefloon voor vreemdelingen, regel per regel.",
    )
    sub = parser.add_subparsers(dest="opdracht", required=True)
    for naam, uitleg in (
        ("evaluate", "beoordeel antwoorden (JSON) en geef het resultaat als JSON"),
        ("explain", "beoordeel antwoorden (JSON) en leg het resultaat uit in gewone tekst"),
    ):
        p = sub.add_parser(naam, help=uitleg)
        p.add_argument("bestand", nargs="?", help="JSON-bestand (standaard: standaardinvoer)")
        p.add_argument("--datum", help="peildatum JJJJ-MM-DD (overschrijft 'peildatum')")
    sub.add_parser("questions", help="de vragenlijst als JSON")
    return parser


def _invoer(bestand: str | None) -> tuple[object, object]:
    """Answers and date from the file (or standard input)."""
    if not bestand:
        return _lees_invoer(sys.stdin)
    try:
        with open(bestand, encoding="utf-8") as f:
            return _lees_invoer(f)
    except OSError as exc:
        raise ValidationError(
            [Veldfout("bestand", "Bestand", f"Kan '{bestand}' niet lezen: {exc.strerror}.")]
        ) from None


def _beoordeel(args: argparse.Namespace) -> Result:
    antwoorden, peildatum = _invoer(args.bestand)
    if args.datum:
        peildatum = args.datum
    if peildatum is None:
        peildatum = date.today().isoformat()
    if not isinstance(antwoorden, dict):
        raise ValidationError(
            [Veldfout("antwoorden", "Antwoorden", "'antwoorden' moet een object zijn.")]
        )
    # The raw value goes through: evaluate() refuses a non-text date with a Dutch message.
    return evaluate(antwoorden, peildatum)  # type: ignore[arg-type]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    args = _parser().parse_args(argv)
    if args.opdracht == "questions":
        print(_dump(questionnaire()))
        return EXIT_OK
    try:
        resultaat = _beoordeel(args)
    except ValidationError as exc:
        print(_fouten_tekst(exc), file=sys.stderr)
        if args.opdracht == "evaluate":
            print(_dump(exc.to_dict()))
        return EXIT_BAD_INPUT
    print(_dump(resultaat.to_dict()) if args.opdracht == "evaluate" else explain(resultaat))
    return EXIT_OK
