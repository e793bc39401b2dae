"""Alternatives, warnings, uncertainties and next steps: declared once, referred to by id.

The conditions name a notice by id; outcome-level notices (which do not belong to
one condition) are decided by the table :data:`GEVOLGEN`: each row says which
notice applies *when* (a residence status, an outcome, a condition's status, an
answer). :func:`checker.evaluate` only combines. The site renders the same
catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

from checker.parameters import AANKONDIGINGEN, WERKLOOSHEID_GOLVEN
from checker.tekst import datum, maand
from checker.uitkomst import Notice, Outcome, Status

ALTERNATIEVEN: dict[str, Notice] = {
    n.id: n
    for n in (
        Notice(
            "equivalent_leefloon",
            "Equivalent leefloon via het OCMW",
            "Je verblijft wettig in België, maar je valt niet onder de nationaliteitsvoorwaarde "
            "van het leefloon. Het OCMW kan je wel maatschappelijke dienstverlening geven, vaak "
            "even hoog als het leefloon ('equivalent leefloon'). Vraag het aan bij het OCMW.",
            ("art. 1 en 57 OCMW-wet",),
            "geen-recht/",
        ),
        Notice(
            "fedasil",
            "Opvang en materiële hulp via Fedasil",
            "Loopt je asielaanvraag, dan krijg je materiële hulp in een opvangplaats van Fedasil. "
            "Financiële hulp van het OCMW kan alleen met de code '207 OCMW', of als er geen code "
            "(meer) is.",
            ("opvangwet van 12 januari 2007",),
            "geen-recht/",
        ),
        Notice(
            "dringende_medische_hulp",
            "Dringende medische hulp",
            "Zonder verblijfsrecht, of tijdens een kort verblijf, kan het OCMW je dringende "
            "medische hulp geven.",
            ("art. 57 §2, 1° OCMW-wet",),
            "geen-recht/",
        ),
        Notice(
            "opvang_gezin_kinderen",
            "Opvang voor een gezin met minderjarige kinderen",
            "Woon je zonder verblijfsrecht met je minderjarige kinderen? Dan heeft je gezin recht "
            "op materiële hulp in een opvangcentrum van Fedasil, voor wat je kinderen nodig "
            "hebben. Vraag het aan bij het OCMW.",
            ("art. 57 §2, 2° OCMW-wet", "KB van 24 juni 2004"),
            "geen-recht/",
        ),
        Notice(
            "eu_eerste_maanden",
            "EU-burgers: de eerste drie maanden en werkzoekenden",
            "Het OCMW hoeft een EU-burger in de eerste drie maanden geen maatschappelijke "
            "dienstverlening te geven, en een werkzoekende ook niet zolang die werk zoekt. "
            "Dringende medische hulp blijft mogelijk. Werk je hier als werknemer of zelfstandige, "
            "dan geldt die uitsluiting niet (Grondwettelijk Hof, arrest 95/2014).",
            ("art. 57quinquies OCMW-wet", "GwH 95/2014"),
            "geen-recht/",
        ),
        Notice(
            "hulp_minderjarige",
            "Hulp van het OCMW voor minderjarigen",
            "Ben je minderjarig en heb je geen recht op leefloon, dan kan het OCMW je toch helpen "
            "met maatschappelijke dienstverlening: geld, hulp of begeleiding. Vraag het aan bij "
            "het OCMW.",
            ("art. 1 en 57 OCMW-wet",),
            "geen-recht/",
        ),
        Notice(
            "igo",
            "Inkomensgarantie voor ouderen (IGO)",
            "Je hebt de leeftijd voor de inkomensgarantie voor ouderen bereikt. Met te weinig "
            "inkomen kun je de IGO krijgen. Krijg je leefloon, dan onderzoekt de pensioendienst "
            "vanzelf of je recht hebt op de IGO.",
            ("wet van 22 maart 2001 (IGO)",),
            "voorwaarden/leeftijd/",
        ),
        Notice(
            "billijkheidsuitzondering",
            "Vraag een uitzondering om billijkheidsredenen",
            "Het OCMW moet het inkomen van je familie meetellen, maar kan in jouw geval een "
            "uitzondering maken om billijkheidsredenen. Vertel het OCMW waarom dat inkomen niet "
            "voor jou beschikbaar is.",
            ("art. 34 Leefloonbesluit (KB van 7 januari 2026)",),
            "voorwaarden/bestaansmiddelen/",
        ),
        Notice(
            "andere_hulp",
            "Andere hulp van het OCMW",
            "Ook zonder leefloon heeft iedereen recht op hulp om menswaardig te leven. Het OCMW "
            "bekijkt welke hulp je nodig hebt.",
            ("art. 1 en 57 OCMW-wet",),
            "geen-recht/",
        ),
    )
}

_AANKONDIGINGEN = tuple(
    Notice(
        f"aangekondigd_{a.id}",
        f"Aangekondigd, geen wet: {a.titel}",
        f"{a.uitleg} Stand van zaken in {maand(a.stand_op)}: aangekondigd, nog geen wet. Deze "
        "test past het niet toe.",
        (),
        "beleid/",
    )
    for a in AANKONDIGINGEN
)

WAARSCHUWINGEN: dict[str, Notice] = {
    n.id: n
    for n in (
        Notice(
            "verblijfsrisico",
            "Let op: je verblijfsrecht",
            "Het OCMW mag je leefloon niet weigeren omdat je voor je verblijf genoeg inkomen "
            "moet hebben. Maar leefloon krijgen kan je verblijfsrecht in gevaar brengen, zeker "
            "als EU-burger of als familielid. Het OCMW moet je daarop wijzen. Vraag advies "
            "voor je aanvraagt.",
            ("art. 3, 3° Leefloonwet",),
            "verblijfsrecht/",
        ),
        Notice(
            "buitenland_schorsing",
            "Meer dan vier weken in het buitenland",
            "Ben je in een kalenderjaar langer dan vier weken in het buitenland, dan stopt de "
            "betaling voor de tijd daarboven. Dat is anders als het OCMW een uitzonderlijke reden "
            "aanvaardt. Het OCMW telt in kalenderweken tot de vier weken op zijn, daarna per dag.",
            ("art. 23 §5 Leefloonwet",),
            "voorwaarden/verblijfplaats/",
        ),
        Notice(
            "buitenland_melden",
            "Meld je reis vooraf aan het OCMW",
            "Een reis van een week of langer meld je vóór je vertrek aan het OCMW, met de reden. "
            "Doe je dat niet, dan kan het OCMW de betaling stoppen.",
            ("art. 23 §5 Leefloonwet",),
            "voorwaarden/verblijfplaats/",
        ),
        Notice(
            "onderhoudsgeld",
            "Verwijzing naar familie voor onderhoudsgeld",
            "Verwijst het OCMW je naar familie die je onderhoudsgeld moet betalen, dan krijg je "
            "voor dat deel geen leefloon. Je kunt tegen die beslissing in beroep gaan bij de "
            "arbeidsrechtbank.",
            ("art. 3, 6° Leefloonwet",),
            "voorwaarden/rechten/",
        ),
        Notice(
            "pensioen",
            "Vraag je pensioen aan",
            "Je hebt de pensioenleeftijd bereikt. Vraag je pensioen aan: dat hoort bij je "
            "rechten laten gelden.",
            ("art. 3, 6° Leefloonwet",),
            "voorwaarden/leeftijd/",
        ),
        *_AANKONDIGINGEN,
    )
}

#: What makes a result less sure: shown together under "Waarom niet zeker?".
ONZEKERHEDEN: dict[str, Notice] = {
    n.id: n
    for n in (
        Notice(
            "bedrag_berekend",
            "Het bedrag is berekend",
            "De bedragen sinds 1 maart 2026 zijn berekend: de bedragen van 1 februari 2025 plus "
            "2 %. De officiële bedragen tot op de cent vonden we niet. Voor categorie 3 geeft dat "
            "ongeveer 1.811,58 of 1.811,59 euro.",
            ("art. 14 §1 Leefloonwet",),
            "voorwaarden/bestaansmiddelen/",
        ),
        Notice(
            "bedrag_mogelijk_verouderd",
            "Misschien is het bedrag intussen hoger",
            "Voor oktober 2026 was een indexering van 2 % voorspeld. We konden niet nagaan of die "
            "er kwam. Daarom tonen we ook het bedrag als ze er kwam.",
            ("art. 14 §1 Leefloonwet",),
            "voorwaarden/bestaansmiddelen/",
        ),
        Notice(
            "samenwonenden_2026",
            "De berekening per persoon is niet bevestigd",
            "Sinds 1 maart 2026 moet het OCMW het inkomen van je familie meetellen. Deze test "
            "trekt per persoon het bedrag van categorie 1 af, zoals vroeger. Of dat nog zo is, "
            "vonden we in geen enkele bron.",
            ("art. 34 Leefloonbesluit (KB van 7 januari 2026)",),
            "voorwaarden/bestaansmiddelen/",
        ),
        Notice(
            "onroerend_goed",
            "Een huis of grond telt mee",
            "Het OCMW telt een deel mee van een huis of grond die je hebt buiten je eigen woning. "
            "Deze test rekent dat niet uit: je leefloon kan lager zijn of wegvallen.",
            ("art. 16 Leefloonwet",),
            "voorwaarden/bestaansmiddelen/",
        ),
    )
}

_GOLVEN = ", ".join(datum(d) for d in WERKLOOSHEID_GOLVEN[:-1])

VOLGENDE_STAPPEN: dict[str, Notice] = {
    n.id: n
    for n in (
        Notice(
            "kaart_meenemen",
            "Neem je verblijfskaart mee naar het OCMW",
            "Weet je niet welke status je hebt? Neem je verblijfskaart en je papieren mee naar "
            "het OCMW. Daar kijken ze het na.",
            (),
            "verblijfsrecht/",
        ),
        Notice(
            "uitkeringen_aanvragen",
            "Vraag je andere uitkeringen aan",
            "Het leefloon komt na andere uitkeringen waar je recht op hebt. Vraag ze aan; het "
            "OCMW helpt je daarbij.",
            ("art. 3, 6° Leefloonwet",),
            "voorwaarden/rechten/",
        ),
        Notice(
            "werkloosheid_einde",
            "Stopt je werkloosheidsuitkering? Ga meteen naar het OCMW",
            "De werkloosheidsuitkering is sinds de hervorming van 2025 beperkt in de tijd. Mensen "
            f"verliezen ze in groepen: op {_GOLVEN} en de laatsten op "
            f"{datum(WERKLOOSHEID_GOLVEN[-1])}. Dat is geen sanctie. Vraag meteen leefloon aan: "
            "het leefloon begint pas op de dag van je aanvraag.",
            ("art. 21 §5 Leefloonwet",),
            "voorwaarden/rechten/",
        ),
        Notice(
            "toch_aanvragen",
            "Je mag toch een aanvraag doen",
            "Deze test beslist niets. Je mag altijd leefloon aanvragen bij het OCMW. Het OCMW "
            "moet dan binnen 30 dagen schriftelijk beslissen en zeggen waarom. Ben je het niet "
            "eens, dan kun je in beroep gaan bij de arbeidsrechtbank.",
            ("art. 21 §1 en §3 Leefloonwet",),
            "aanvragen/",
        ),
        Notice(
            "aanvragen",
            "Vraag het leefloon aan bij het OCMW",
            "Ga naar het OCMW van de gemeente waar je woont. Ben je dakloos, ga dan naar het OCMW "
            "van de gemeente waar je nu verblijft. Kom je bij het verkeerde OCMW, dan stuurt dat "
            "je aanvraag binnen vijf dagen door.",
            ("art. 18 §4 Leefloonwet",),
            "aanvragen/",
        ),
        Notice(
            "beslissing",
            "Het OCMW beslist binnen 30 dagen",
            "Het OCMW beslist na een sociaal onderzoek, schriftelijk en met de redenen. Krijg je "
            "leefloon, dan geldt het vanaf de dag van je aanvraag. Ben je het niet eens met de "
            "beslissing, dan kun je binnen drie maanden in beroep gaan bij de arbeidsrechtbank.",
            ("art. 20 Leefloonwet", "art. 21 §1, §3 en §5 Leefloonwet", "art. 47 Leefloonwet"),
            "aanvragen/",
        ),
    )
}

Soort = Literal["alternatief", "waarschuwing", "stap"]


@dataclass(frozen=True, slots=True)
class Wanneer:
    """When an outcome-level notice applies: every test given here must hold.

    ``statussen``: the residence status the answers point to is one of these
    (``None`` in the tuple: not known yet). ``uitkomsten``: the outcome is one of
    these. ``voorwaarden``: condition id → status it has. ``antwoorden``: answer id →
    the values it may have (``None``: unknown). ``niet``: answer id → values it may
    not have.
    """

    statussen: tuple[str | None, ...] = ()
    uitkomsten: tuple[Outcome, ...] = ()
    voorwaarden: tuple[tuple[str, Status], ...] = ()
    antwoorden: tuple[tuple[str, tuple[object, ...]], ...] = ()
    niet: tuple[tuple[str, tuple[object, ...]], ...] = ()


@dataclass(frozen=True, slots=True)
class Gevolg:
    """One row of the outcome-level table: this notice, when that holds."""

    soort: Soort
    id: str
    wanneer: Wanneer


_JA_OF_ONBEKEND: tuple[object, ...] = (True, None)
_MOGELIJK = (Outcome.ELIGIBLE, Outcome.UNCERTAIN)

#: Outcome-level notices, in the order they are shown.
GEVOLGEN: tuple[Gevolg, ...] = (
    Gevolg(
        "alternatief",
        "opvang_gezin_kinderen",
        Wanneer(
            statussen=("onwettig_verblijf",), antwoorden=(("kind_ten_laste", _JA_OF_ONBEKEND),)
        ),
    ),
    Gevolg(
        "alternatief",
        "andere_hulp",
        Wanneer(voorwaarden=(("bestaansmiddelen", Status.NOT_MET),)),
    ),
    Gevolg(
        "waarschuwing",
        "aangekondigd_subsidiaire_bescherming_geen_leefloon",
        Wanneer(statussen=("subsidiaire_bescherming",)),
    ),
    Gevolg(
        "waarschuwing",
        "aangekondigd_integratietraject_vluchtelingen",
        Wanneer(statussen=("erkend_vluchteling", "subsidiaire_bescherming")),
    ),
    Gevolg(
        "waarschuwing",
        "aangekondigd_wachttijd_vijf_jaar",
        Wanneer(statussen=("eu_burger",), antwoorden=(("eu_hoedanigheid", ("andere", None)),)),
    ),
    Gevolg("stap", "kaart_meenemen", Wanneer(statussen=(None, "brits_terugtrekking"))),
    Gevolg(
        "stap",
        "uitkeringen_aanvragen",
        Wanneer(uitkomsten=_MOGELIJK, antwoorden=(("andere_uitkeringen", ("nog_niet",)),)),
    ),
    Gevolg(
        "stap",
        "werkloosheid_einde",
        Wanneer(
            uitkomsten=_MOGELIJK, antwoorden=(("andere_uitkeringen", ("werkloosheid_stopt",)),)
        ),
    ),
    Gevolg("stap", "toch_aanvragen", Wanneer(uitkomsten=(Outcome.NOT_ELIGIBLE,))),
    Gevolg(
        "stap",
        "aanvragen",
        Wanneer(uitkomsten=_MOGELIJK, niet=(("andere_uitkeringen", ("werkloosheid_stopt",)),)),
    ),
    Gevolg("stap", "beslissing", Wanneer(uitkomsten=_MOGELIJK)),
)


def geldt(
    w: Wanneer,
    status: str | None,
    uitkomst: Outcome,
    statussen: Mapping[str, Status],
    antwoorden: Mapping[str, object],
) -> bool:
    """Whether every test of ``w`` holds."""
    return (
        (not w.statussen or status in w.statussen)
        and (not w.uitkomsten or uitkomst in w.uitkomsten)
        and all(statussen.get(c) is s for c, s in w.voorwaarden)
        and all(i in antwoorden and antwoorden[i] in v for i, v in w.antwoorden)
        and all(antwoorden.get(i) not in v for i, v in w.niet)
    )


def gevolgen(
    soort: Soort,
    status: str | None,
    uitkomst: Outcome,
    statussen: Mapping[str, Status],
    antwoorden: Mapping[str, object],
) -> list[str]:
    """The ids of the outcome-level notices of ``soort`` that apply."""
    return [
        g.id
        for g in GEVOLGEN
        if g.soort == soort and geldt(g.wanneer, status, uitkomst, statussen, antwoorden)
    ]
