"""The headline of a result: the outcome in words, the amount and the first thing to do.

Outcome wording lives here, in the rule module, so the browser, the CLI and the
printout say the same thing. The headline is short on purpose (the whole result
as first shown stays under 120 words); conditions, the calculation, notices and
legal references are details the reader opens on demand.

The outcome sentence comes from a small table (:data:`UITKOMSTZINNEN`), first
match wins.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from checker.tekst import datum, euro
from checker.uitkomst import Amount, ConditionResult, Headline, Outcome, Status


@dataclass(frozen=True, slots=True)
class Situatie:
    """What the headline rules look at."""

    uitkomst: Outcome
    voorwaarden: Mapping[str, ConditionResult]
    antwoorden: Mapping[str, object]
    ontbreekt: tuple[str, ...]


def _alleen_nog_uitkeringen(s: Situatie) -> bool:
    """Every condition is met except claiming other benefits, which are not claimed yet."""
    rechten = s.voorwaarden["rechten"]
    andere = [c for cid, c in s.voorwaarden.items() if cid != "rechten"]
    return (
        s.antwoorden.get("andere_uitkeringen") == "nog_niet"
        and rechten.status is Status.UNCERTAIN
        and not rechten.missing
        and all(c.status is Status.MET for c in andere)
    )


UITKOMSTZINNEN: tuple[tuple[Callable[[Situatie], bool], str], ...] = (
    (
        lambda s: s.uitkomst is Outcome.NOT_ELIGIBLE,
        "Je hebt waarschijnlijk geen recht op een leefloon.",
    ),
    (lambda s: s.uitkomst is Outcome.ELIGIBLE, "Je hebt waarschijnlijk recht op een leefloon."),
    (_alleen_nog_uitkeringen, "Waarschijnlijk wel, zodra je je andere uitkeringen aanvraagt."),
    (lambda s: bool(s.ontbreekt), "Dat kunnen we nog niet zeggen: er ontbreken nog antwoorden."),
    (lambda s: True, "Misschien. Dat beslist het OCMW na een sociaal onderzoek."),
)


def uitkomstzin(s: Situatie) -> str:
    """The first sentence of the result."""
    for past, zin in UITKOMSTZINNEN:
        if past(s):
            return zin
    raise LookupError("geen uitkomstzin")  # the table ends with a catch-all row


def _van_tot(bedragen: set[Any]) -> str:
    laag, hoog = min(bedragen), max(bedragen)
    if laag == hoog:
        return f"{euro(laag)} per maand"
    if laag <= 0:
        return f"hoogstens {euro(hoog)} per maand"
    return f"{euro(laag)} tot {euro(hoog)} per maand"


def bedragkop(
    uitkomst: Outcome, bedrag: Amount | None
) -> tuple[str | None, str | None, str | None]:
    """Label, amount (or range) and a note for the headline; nothing when there is no right."""
    if bedrag is None:
        return None, None, None
    variant = bedrag.variant
    notitie = None
    if variant is not None and variant.kind == "billijkheid":
        notitie = (
            "Maakt het OCMW een uitzondering om billijkheidsredenen, dan krijg je "
            f"{euro(variant.monthly_amount)} per maand."
        )
    elif variant is not None:
        krijg = (
            "krijg je niets"
            if variant.monthly_amount <= 0
            else f"krijg je {euro(variant.monthly_amount)} per maand"
        )
        notitie = f"Telt het OCMW ook het inkomen van je ouders of kinderen mee, dan {krijg}."
    if bedrag.indexed is not None and uitkomst is not Outcome.NOT_ELIGIBLE:
        # Name the amount: "the highest" is ambiguous next to an equity-exception amount.
        index = (
            f"{euro(bedrag.indexed.monthly_amount)} geldt als de voorspelde indexering van "
            f"{datum(bedrag.indexed.valid_from)} doorging."
        )
        notitie = f"{notitie} {index}" if notitie else index
    if uitkomst is Outcome.NOT_ELIGIBLE or bedrag.monthly_amount <= 0:
        return None, None, notitie
    bedragen = {bedrag.monthly_amount}
    if variant is not None and variant.kind == "ocmw_mag_meetellen":
        bedragen.add(variant.monthly_amount)
    if bedrag.indexed is not None:
        bedragen.add(bedrag.indexed.monthly_amount)
    label = "Je leefloon" if uitkomst is Outcome.ELIGIBLE else "Als je recht hebt"
    if bedrag.rate_certainty != "nagekeken" and len(bedragen) == 1:
        return label, "ongeveer " + _van_tot(bedragen), notitie
    return label, _van_tot(bedragen), notitie


def bedragtitel(uitkomst: Outcome, resources: Status) -> str:
    """The heading of the calculation, so no amount is called 'your leefloon' wrongly."""
    if uitkomst is Outcome.ELIGIBLE:
        return "Je leefloon, stap voor stap"
    if uitkomst is Outcome.NOT_ELIGIBLE or resources is Status.NOT_MET:
        return "Waarom er geen leefloon is: de berekening"
    return "Je leefloon als je recht hebt, stap voor stap"


def kop(s: Situatie, bedrag: Amount | None, eerste_stap: str | None) -> Headline:
    """The whole headline."""
    label, tekst, notitie = bedragkop(s.uitkomst, bedrag)
    return Headline(uitkomstzin(s), label, tekst, notitie, eerste_stap)
