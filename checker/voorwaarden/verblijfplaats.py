"""Actual residence in Belgium — art. 3, 1° Leefloonwet and art. 2 Leefloonbesluit.

Two parts: you usually and permanently live here, and you are allowed to stay.
Stays abroad (art. 23 §5 Leefloonwet, since 9 January 2016) do not decide the
right itself but its payment: they raise warnings, not a failed condition.
"""

from __future__ import annotations

from datetime import date

from checker.parameters import BUITENLAND_MAX_DAGEN, BUITENLAND_MELDEN_VANAF
from checker.uitkomst import Status
from checker.verblijfskaarten import VIA_KAART, staatloze_met_verblijfsrecht, status_van
from checker.voorwaarden import Antwoorden, Oordeel, Voorwaarde, oordeel

VOORWAARDE = Voorwaarde(
    id="verblijfplaats",
    titel="Werkelijke verblijfplaats in België",
    rechtsgrond=("art. 3, 1° Leefloonwet", "art. 2 Leefloonbesluit"),
    pagina="voorwaarden/verblijfplaats/",
    bronnen=("leefloonwet", "leefloonbesluit", "mi_is_faq", "primabook", "seed_voorwaarden"),
)

#: Statuses without a right to stay, or with only a short stay.
GEEN_VERBLIJF: dict[str, str] = {
    "onwettig_verblijf": "Zonder verblijfsrecht mag je niet in België verblijven in de zin van "
    "deze voorwaarde.",
    "kort_verblijf": "Een kort verblijf (visum of hoogstens drie maanden) is geen gewoonlijk en "
    "bestendig verblijf.",
}


def _buitenland(antwoorden: Antwoorden, peildatum: date) -> tuple[list[str], tuple[str, ...]]:
    """Reasons and warnings for stays abroad (art. 23 §5 Leefloonwet)."""
    dagen = antwoorden.get("dagen_buitenland")
    if "dagen_buitenland" not in antwoorden:
        return [], ()
    if not isinstance(dagen, int):
        return [
            "Je reizen naar het buitenland zijn niet ingevuld. Meer dan vier weken per jaar "
            "schort de betaling op."
        ], ()
    grens = BUITENLAND_MAX_DAGEN.op(peildatum).waarde
    melden = BUITENLAND_MELDEN_VANAF.op(peildatum).waarde
    redenen: list[str] = []
    waarschuwingen: list[str] = []
    if dagen >= melden and antwoorden.get("buitenland_gemeld") is not True:
        waarschuwingen.append("buitenland_melden")
        redenen.append("Een reis van een week of langer moet je vooraf aan het OCMW melden.")
    if dagen == 0:
        redenen.append("Je gaat dit jaar niet naar het buitenland.")
    elif dagen <= grens:
        redenen.append(
            f"Je bent dit jaar {dagen} dagen in het buitenland: niet meer dan vier weken, dus "
            "de betaling loopt door."
        )
    # Over 28 days the outcome depends on the calendar: the OCMW counts calendar weeks
    # until four weeks are used, then days. A day total cannot settle that, so the
    # module warns rather than computing a number of suspended days.
    else:
        uitzonderlijk = antwoorden.get("buitenland_uitzonderlijk")
        if uitzonderlijk is True:
            redenen.append(
                f"Je bent dit jaar {dagen} dagen in het buitenland, meer dan vier weken, maar met "
                "een uitzonderlijke reden. Aanvaardt het OCMW die, dan loopt de betaling door."
            )
        else:
            waarschuwingen.append("buitenland_schorsing")
            redenen.append(
                f"Je bent dit jaar {dagen} dagen in het buitenland, meer dan {grens} dagen. Het "
                "OCMW telt in kalenderweken tot de vier weken op zijn, daarna per dag. Voor de "
                "tijd boven vier weken schort het de betaling op"
                + (
                    "."
                    if uitzonderlijk is False
                    else ", tenzij het een uitzonderlijke reden aanvaardt (niet ingevuld)."
                )
            )
    return redenen, tuple(waarschuwingen)


_GEBRUIKT = ("verblijfsstatus", "woont_in_belgie", "dagen_buitenland")


def mag_verblijven(antwoorden: Antwoorden) -> tuple[bool | None, str]:
    """Whether you are allowed to stay (art. 2 Leefloonbesluit), with the reason if not."""
    if antwoorden.get("verblijfsstatus") == VIA_KAART:
        return True, ""  # every residence card, the orange one included, allows the stay
    status = status_van(antwoorden)
    if status is None:
        return None, ""
    if status in GEEN_VERBLIJF:
        return False, GEEN_VERBLIJF[status]
    if status == "erkend_staatloze":
        recht = staatloze_met_verblijfsrecht(antwoorden)
        if recht is False:
            return False, (
                "Erkend zijn als staatloze is niet genoeg: zonder verblijfsrecht mag je hier niet "
                "verblijven in de zin van deze voorwaarde."
            )
        return recht, ""
    return True, ""


def _nog_onbekend(
    antwoorden: Antwoorden,
    woont: object,
    mag: bool | None,
    buiten_redenen: list[str],
    waarschuwingen: tuple[str, ...],
) -> Oordeel:
    """Uncertain: where you live, or whether you may stay, is not known yet."""
    redenen = []
    if woont is None:
        redenen.append("Of je gewoonlijk en vast in België woont, is niet ingevuld.")
    if mag is None:
        redenen.append("Of je in België mag verblijven, hangt af van je verblijfsstatus.")
    ontbreekt: tuple[str, ...] = ("woont_in_belgie",) if woont is None else ()
    if mag is None and status_van(antwoorden) == "erkend_staatloze":
        ontbreekt = ("staatloze_verblijfsrecht", *ontbreekt)
    elif mag is None:
        ontbreekt = ("verblijfsstatus", *ontbreekt)
    return oordeel(
        VOORWAARDE,
        Status.UNCERTAIN,
        redenen + buiten_redenen,
        gebruikt=_GEBRUIKT,
        ontbreekt=ontbreekt,
        waarschuwingen=waarschuwingen,
    )


def beoordeel(antwoorden: Antwoorden, peildatum: date) -> Oordeel:
    """Judge actual residence (art. 3, 1° Leefloonwet; art. 2 Leefloonbesluit)."""
    mag, waarom_niet = mag_verblijven(antwoorden)
    woont = antwoorden.get("woont_in_belgie")
    gebruikt = _GEBRUIKT
    if mag is False:
        return oordeel(
            VOORWAARDE,
            Status.NOT_MET,
            [waarom_niet],
            gebruikt=gebruikt,
            beslissend=tuple(
                i for i in ("verblijfsstatus", "staatloze_verblijfsrecht") if i in antwoorden
            ),
        )
    if woont is False:
        return oordeel(
            VOORWAARDE,
            Status.NOT_MET,
            ["Je woont niet gewoonlijk en vast in België."],
            gebruikt=gebruikt,
            beslissend=("woont_in_belgie",),
        )
    buiten_redenen, waarschuwingen = _buitenland(antwoorden, peildatum)
    if woont is None or mag is None:
        return _nog_onbekend(antwoorden, woont, mag, buiten_redenen, waarschuwingen)
    return oordeel(
        VOORWAARDE,
        Status.MET,
        [
            "Je woont gewoonlijk en vast in België en je mag hier verblijven. Een eigen woning "
            "of een inschrijving is niet nodig; het OCMW kijkt dat na in het sociaal onderzoek."
        ]
        + buiten_redenen,
        gebruikt=gebruikt,
        beslissend=("woont_in_belgie", "verblijfsstatus"),
        extra_rechtsgrond=("art. 23 §5 Leefloonwet",) if buiten_redenen else (),
        waarschuwingen=waarschuwingen,
    )
