"""The questionnaire, declared once.

The browser form, the CLI's ``questions`` command, the docs and the validation
are all generated from :data:`VRAGEN`. Each question says which condition it
feeds and when it is relevant; an irrelevant answer is ignored (and reported),
never used.

Every question may be left unanswered: an absent or ``null`` answer means
*unknown* ("Weet ik niet" in the form), and the rules treat it as such.

One question is a list: ``huisgenoten``, one entry per adult you live with, each
with its own small questions (:attr:`Vraag.velden`). Its answers are addressed as
``huisgenoten.<index>.<field>`` (index from 0) in messages and missing answers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Literal

from checker.parameters import (
    BUITENLAND_MAX_DAGEN,
    BUITENLAND_MELDEN_VANAF,
    MEERDERJARIG,
    SAMENWONENDEN_REGIME,
    SPAARGELD,
    Parameter,
)
from checker.tekst import datum, euro_kort
from checker.verblijfskaarten import (
    DIRECTE_STATUSSEN,
    KAARTEN,
    KAARTEN_MET_BESCHERMINGSVRAAG,
    VIA_KAART,
    status_van,
)

VraagType = Literal["keuze", "janee", "geheel", "bedrag", "lijst"]
Operator = Literal["in", "is", "lt", "ge", "gt", "bevat"]


@dataclass(frozen=True, slots=True)
class Huisgenoot:
    """One adult you live with, as read from the answers.

    ``None`` is unknown; a field that does not apply to this housemate is left out
    of ``relevant`` and stays ``None``. ``kinderbijslag`` is an amount or
    ``"alleen_toeslagen"``.
    """

    relatie: str | None
    inkomen: Decimal | None
    kinderbijslag: Decimal | str | None
    relevant: tuple[str, ...]


Antwoord = str | bool | int | Decimal | tuple[Huisgenoot, ...] | None


@dataclass(frozen=True, slots=True)
class Keuze:
    """One allowed value of a choice question."""

    waarde: str
    label: str
    hulp: str = ""


#: What a clause can test: a question id, ``"peildatum"``, ``"status"`` (the
#: residence status the answers point to, see :mod:`checker.verblijfskaarten`), or
#: a dated parameter (its value on the reference date).
Onderwerp = str | Parameter[Any]
ClausuleWaarde = tuple[str, ...] | bool | int | str | date | Parameter[Any]


@dataclass(frozen=True, slots=True)
class Clausule:
    """A relevance test: ``onderwerp op waarde``.

    ``in``: the value is one of ``waarde`` (a tuple); ``is``: equals ``waarde``;
    ``lt``/``ge``/``gt``: comparison with a number, a date or a dated parameter's
    value; ``bevat``: a list of housemates has one whose relation is in ``waarde``.
    An unknown value never satisfies a clause, so follow-up questions stay hidden
    until the question they depend on is answered.
    """

    vraag: Onderwerp
    op: Operator
    waarde: ClausuleWaarde

    def geldt(
        self,
        antwoorden: Mapping[str, object],
        peildatum: date,
        rij: Mapping[str, object] | None = None,
    ) -> bool:
        a = self._onderwerp(antwoorden, peildatum, rij)
        if a is None:
            return False
        w = self.waarde
        if isinstance(w, Parameter):
            w = w.op(peildatum).waarde
        op = self.op
        if op == "in":
            return isinstance(w, tuple) and a in w
        if op == "is":
            return type(a) is type(w) and a == w
        if op == "bevat":
            return (
                isinstance(a, tuple)
                and isinstance(w, tuple)
                and any(isinstance(h, Huisgenoot) and h.relatie in w for h in a)
            )
        if isinstance(a, bool) or isinstance(w, bool | tuple | str) or isinstance(a, str | tuple):
            return False
        if isinstance(a, date) != isinstance(w, date):
            return False
        if op == "lt":
            return bool(a < w)  # type: ignore[operator]
        if op == "ge":
            return bool(a >= w)  # type: ignore[operator]
        return bool(a > w)  # type: ignore[operator]

    def _onderwerp(
        self, antwoorden: Mapping[str, object], peildatum: date, rij: Mapping[str, object] | None
    ) -> object:
        v = self.vraag
        if isinstance(v, Parameter):
            return v.op(peildatum).waarde
        if rij is not None and v in rij:
            return rij[v]
        if v == "peildatum":
            return peildatum
        if v == "status":
            return status_van(antwoorden)
        return antwoorden.get(v)

    @property
    def onderwerp_naam(self) -> str:
        """The subject's name for the docs: a question id or a parameter id."""
        return self.vraag.id if isinstance(self.vraag, Parameter) else self.vraag


@dataclass(frozen=True, slots=True)
class Groep:
    """A fieldset of the form."""

    id: str
    titel: str
    uitleg: str


@dataclass(frozen=True, slots=True)
class Vraag:
    """One question: its short name, type, Dutch text, allowed values and where it is used.

    A ``lijst`` question holds up to ``maximum`` entries, each answering the
    questions in ``velden``. A ``bedrag`` question may also accept the fixed
    answers in ``keuzes`` (e.g. "alleen toeslagen").
    """

    id: str
    kort: str
    groep: str
    type: VraagType
    label: str
    hulp: str
    voorwaarden: tuple[str, ...]
    keuzes: tuple[Keuze, ...] = ()
    minimum: int | None = None
    maximum: int | None = None
    eenheid: str = ""
    relevant_als: tuple[Clausule, ...] = ()
    velden: tuple[Vraag, ...] = ()

    def relevant(
        self,
        antwoorden: Mapping[str, object],
        peildatum: date,
        rij: Mapping[str, object] | None = None,
    ) -> bool:
        """Whether this question applies, given the (parsed) answers so far."""
        for c in self.relevant_als:  # noqa: SIM110 (a loop, not all(): hot path)
            if not c.geldt(antwoorden, peildatum, rij):
                return False
        return True


GROEPEN: tuple[Groep, ...] = (
    Groep(
        "verblijf",
        "Je verblijf in België",
        "Je verblijfsstatus bepaalt of je onder het leefloon valt.",
    ),
    Groep(
        "woonplaats",
        "Waar je woont",
        "Je moet in België wonen. Ook je reizen naar het buitenland tellen.",
    ),
    Groep("persoon", "Leeftijd en kinderen", "Je leeftijd en of je voor een kind zorgt."),
    Groep(
        "huishouden",
        "Met wie je samenwoont",
        "Met wie je samenwoont, bepaalt je categorie en welk inkomen meetelt.",
    ),
    Groep(
        "inkomen",
        "Je inkomen en spaargeld",
        "Netto bedragen per maand: wat je echt ontvangt. Vul 0 in als je niets hebt.",
    ),
    Groep("werk", "Werken", "Wil je werken, of kun je het niet?"),
    Groep(
        "rechten", "Andere rechten", "Uitkeringen en onderhoudsgeld waar je recht op kunt hebben."
    ),
)

NIET_MEETELLEN = (
    "kinderbijslag (groeipakket) voor je eigen minderjarige kinderen",
    "onderhoudsgeld dat je ontvangt voor je kinderen",
    "studiebeurzen",
    "hulp van het OCMW",
    "vergoedingen als pleegouder",
)

#: Relations with a housemate, and which ones owe each other maintenance.
RELATIES: tuple[Keuze, ...] = (
    Keuze("partner", "Mijn partner", "Je echtgeno(o)t(e) of de partner met wie je samenleeft."),
    Keuze("ouder", "Mijn vader of moeder"),
    Keuze("kind", "Mijn kind van 18 jaar of ouder"),
    Keuze("grootouder_kleinkind", "Mijn grootouder of mijn kleinkind van 18 jaar of ouder"),
    Keuze("schoonfamilie", "Mijn schoonouder, of een schoonzoon of schoondochter"),
    Keuze(
        "ex_echtgenoot",
        "Mijn ex-echtgeno(o)t(e)",
        "Iemand met wie je getrouwd was. Een ex-partner met wie je niet getrouwd was: kies "
        "'Iemand anders'.",
    ),
    Keuze("andere_familie", "Andere familie, bijvoorbeeld mijn broer, zus, tante of oom"),
    Keuze("vriend_ander", "Iemand anders, bijvoorbeeld een vriend of huisgenoot"),
)

#: Relations who owe you maintenance (art. 34 Leefloonbesluit from 1 March 2026),
#: besides the partner.
ONDERHOUDSPLICHTIGEN = ("ouder", "kind", "grootouder_kleinkind", "schoonfamilie", "ex_echtgenoot")
#: Relations whose income the OCMW may count until 28 February 2026, besides the partner.
ONDERHOUDSPLICHTIGEN_2002 = ("ouder", "kind")
#: Relations who may receive family allowance (groeipakket) for you.
KINDERBIJSLAG_RELATIES = ("ouder", "grootouder_kleinkind")
#: Relations whose income can count at all.
INKOMEN_TELT_RELATIES = ("partner", *ONDERHOUDSPLICHTIGEN)

_EU_STATUSSEN = ("eu_burger", "familielid_eu", "familielid_belg")
_REGIME_2026 = SAMENWONENDEN_REGIME.vanaf("2026")
_SPAAR_VRIJ = SPAARGELD.waarden[-1].waarde.vrij_tot

_STATUS_KEUZES: dict[str, Keuze] = {
    k.waarde: k
    for k in (
        Keuze("belg", "Ik ben Belg"),
        Keuze(
            "erkend_vluchteling",
            "Ik ben erkend als vluchteling",
            "Ook met een A- of B-kaart. Op je kaart staat bij nationaliteit meestal XXB.",
        ),
        Keuze(
            "subsidiaire_bescherming",
            "Ik heb subsidiaire bescherming",
            "Ook met een A- of B-kaart.",
        ),
        Keuze(
            "erkend_staatloze",
            "Ik ben erkend als staatloze",
            "Op je kaart staat bij nationaliteit dan meestal XXA.",
        ),
        Keuze(
            "eu_burger",
            "Ik kom uit een ander land van de EU, de EER of Zwitserland",
            "De EER is de EU plus Noorwegen, IJsland en Liechtenstein.",
        ),
        Keuze("familielid_eu", "Ik ben familielid van een EU-burger en woon bij hem of haar"),
        Keuze("familielid_belg", "Ik ben familielid van een Belg en woon bij hem of haar"),
        Keuze(
            "tijdelijke_bescherming",
            "Ik heb tijdelijke bescherming (bijvoorbeeld uit Oekraïne)",
        ),
        Keuze("asielzoeker", "Ik heb asiel gevraagd en wacht op een beslissing"),
        Keuze("kort_verblijf", "Ik ben hier kort: met een visum of hoogstens drie maanden"),
        Keuze("onwettig_verblijf", "Ik heb geen verblijfsrecht (meer)"),
    )
}

VRAGEN: tuple[Vraag, ...] = (
    Vraag(
        "verblijfsstatus",
        "Verblijfsstatus",
        "verblijf",
        "keuze",
        "Wat past bij jou?",
        "Weet je het niet zeker? Kies 'Iets anders' en daarna je verblijfskaart.",
        ("nationaliteit", "verblijfplaats"),
        keuzes=(
            *(_STATUS_KEUZES[s] for s in DIRECTE_STATUSSEN[:7]),
            Keuze(
                VIA_KAART,
                "Iets anders: ik kies mijn verblijfskaart (A, B, K, L, …)",
                "Bijvoorbeeld voor studie, werk, gezinshereniging of na een regularisatie.",
            ),
            *(_STATUS_KEUZES[s] for s in DIRECTE_STATUSSEN[7:]),
        ),
    ),
    Vraag(
        "verblijfskaart",
        "Verblijfskaart",
        "verblijf",
        "keuze",
        "Welke verblijfskaart heb je?",
        "De letter staat op je verblijfskaart.",
        ("nationaliteit",),
        keuzes=tuple(Keuze(k.waarde, k.label) for k in KAARTEN),
        relevant_als=(Clausule("verblijfsstatus", "is", VIA_KAART),),
    ),
    Vraag(
        "bescherming",
        "Bescherming",
        "verblijf",
        "keuze",
        "Ben je erkend als vluchteling of staatloze, of heb je subsidiaire bescherming?",
        "Dat staat in de beslissing die je kreeg. Met die bescherming heb je vaak eerst een "
        "A-kaart.",
        ("nationaliteit",),
        keuzes=(
            Keuze(
                "vluchteling",
                "Ja, ik ben erkend als vluchteling",
                "Op je kaart staat bij nationaliteit meestal XXB.",
            ),
            Keuze("subsidiair", "Ja, ik heb subsidiaire bescherming"),
            Keuze(
                "staatloos",
                "Ja, ik ben erkend als staatloze",
                "Op je kaart staat bij nationaliteit meestal XXA.",
            ),
            Keuze(
                "geen",
                "Nee, geen van deze",
                "Tijdelijke bescherming (zoals voor mensen uit Oekraïne) is iets anders: kies "
                "dan Nee.",
            ),
        ),
        relevant_als=(Clausule("verblijfskaart", "in", KAARTEN_MET_BESCHERMINGSVRAAG),),
    ),
    Vraag(
        "staatloze_verblijfsrecht",
        "Verblijfsrecht als staatloze",
        "verblijf",
        "janee",
        "Heb je een verblijfsrecht in België?",
        "Bijvoorbeeld een verblijfskaart, of een beslissing dat je hier mag blijven. Erkend "
        "zijn als staatloze alleen is niet genoeg.",
        ("nationaliteit", "verblijfplaats"),
        relevant_als=(Clausule("verblijfsstatus", "is", "erkend_staatloze"),),
    ),
    Vraag(
        "eu_hoedanigheid",
        "Reden van verblijf (EU-burger)",
        "verblijf",
        "keuze",
        "Waarom woon je in België?",
        "Voor EU-burgers hangt het recht af van de reden van je verblijf.",
        ("nationaliteit",),
        keuzes=(
            Keuze("werknemer", "Ik werk hier in loondienst (of ik behoud die status)"),
            Keuze("zelfstandige", "Ik werk hier als zelfstandige"),
            Keuze("werkzoekende", "Ik zoek hier werk"),
            Keuze("andere", "Om een andere reden, bijvoorbeeld studie of pensioen"),
        ),
        relevant_als=(Clausule("status", "is", "eu_burger"),),
    ),
    Vraag(
        "verblijf_langer_dan_3_maanden",
        "Verblijfsrecht van meer dan drie maanden",
        "verblijf",
        "janee",
        "Heb je een verblijfsrecht van meer dan drie maanden?",
        "Dat heb je als de gemeente je inschreef voor meer dan drie maanden.",
        ("nationaliteit",),
        relevant_als=(Clausule("verblijfsstatus", "in", _EU_STATUSSEN),),
    ),
    Vraag(
        "woont_in_belgie",
        "Wonen in België",
        "woonplaats",
        "janee",
        "Woon je in België, en wil je hier blijven?",
        "Je leven speelt zich hier af. Een eigen woning of een inschrijving bij de gemeente is "
        "niet nodig.",
        ("verblijfplaats",),
    ),
    Vraag(
        "dagen_buitenland",
        "Dagen in het buitenland",
        "woonplaats",
        "geheel",
        "Hoeveel dagen ben je dit jaar in het buitenland?",
        "Tel alle reizen van dit kalenderjaar samen, ook geplande. Vul 0 in als je niet reist.",
        ("verblijfplaats",),
        minimum=0,
        maximum=366,
        eenheid="dagen",
        relevant_als=(Clausule("woont_in_belgie", "is", True),),
    ),
    Vraag(
        "buitenland_gemeld",
        "Reis vooraf gemeld",
        "woonplaats",
        "janee",
        "Meld je elke reis van een week of langer vooraf aan het OCMW?",
        "Je zegt het OCMW vóór je vertrek waar je heen gaat en waarom.",
        ("verblijfplaats",),
        relevant_als=(Clausule("dagen_buitenland", "ge", BUITENLAND_MELDEN_VANAF),),
    ),
    Vraag(
        "buitenland_uitzonderlijk",
        "Uitzonderlijke reden voor de reis",
        "woonplaats",
        "janee",
        "Is er een uitzonderlijke reden voor je reis?",
        "Bijvoorbeeld een stage in het buitenland voor je diploma, of zorg voor een ernstig "
        "ziek familielid. Het OCMW beslist of het die reden aanvaardt.",
        ("verblijfplaats",),
        relevant_als=(Clausule("dagen_buitenland", "gt", BUITENLAND_MAX_DAGEN),),
    ),
    Vraag(
        "leeftijd",
        "Leeftijd",
        "persoon",
        "geheel",
        "Hoe oud ben je?",
        "In jaren.",
        ("leeftijd", "rechten"),
        minimum=0,
        maximum=120,
        eenheid="jaar",
    ),
    Vraag(
        "gehuwd",
        "Getrouwd",
        "persoon",
        "janee",
        "Ben je getrouwd?",
        "Een minderjarige die getrouwd is, telt als meerderjarig.",
        ("leeftijd",),
        relevant_als=(Clausule("leeftijd", "lt", MEERDERJARIG),),
    ),
    Vraag(
        "zwanger",
        "Zwanger",
        "persoon",
        "janee",
        "Ben je zwanger?",
        "Een zwangere minderjarige telt als meerderjarig. Je toont het met een doktersattest.",
        ("leeftijd",),
        relevant_als=(Clausule("leeftijd", "lt", MEERDERJARIG),),
    ),
    Vraag(
        "kind_ten_laste",
        "Kind ten laste",
        "persoon",
        "janee",
        "Woont er minstens één minderjarig kind bij jou voor wie je zorgt?",
        "Een ongehuwd kind jonger dan 18 jaar.",
        ("leeftijd", "bestaansmiddelen"),
    ),
    Vraag(
        "samenwonend",
        "Samenwonen met volwassenen",
        "huishouden",
        "janee",
        "Woon je samen met iemand van 18 jaar of ouder?",
        "Bijvoorbeeld je partner, je ouders, familie of vrienden. Je minderjarige kinderen tel "
        "je hier niet.",
        ("bestaansmiddelen",),
    ),
    Vraag(
        "huisgenoten",
        "Huisgenoten",
        "huishouden",
        "lijst",
        "Met wie woon je samen?",
        "Voeg elke persoon van 18 jaar of ouder toe. Het OCMW telt het inkomen van sommige "
        "huisgenoten mee, per persoon.",
        ("bestaansmiddelen",),
        minimum=0,
        maximum=20,
        eenheid="huisgenoten",
        relevant_als=(Clausule("samenwonend", "is", True),),
        velden=(
            Vraag(
                "relatie",
                "relatie",
                "huishouden",
                "keuze",
                "Wie is deze persoon voor jou?",
                "",
                ("bestaansmiddelen",),
                keuzes=RELATIES,
            ),
            Vraag(
                "inkomen",
                "inkomen",
                "huishouden",
                "bedrag",
                "Hoeveel netto-inkomen heeft deze persoon per maand?",
                "Loon, uitkering of ander inkomen. Vul 0 in als deze persoon niets heeft.",
                ("bestaansmiddelen",),
                minimum=0,
                maximum=100000,
                eenheid="euro per maand",
                relevant_als=(Clausule("relatie", "in", INKOMEN_TELT_RELATIES),),
            ),
            Vraag(
                "kinderbijslag",
                "kinderbijslag voor jou",
                "huishouden",
                "bedrag",
                "Hoeveel kinderbijslag (groeipakket) krijgt deze persoon per maand voor jou?",
                "Tel de toeslagen niet mee, zoals een wezen- of handicaptoeslag. Vul 0 in als "
                "deze persoon geen kinderbijslag voor jou krijgt.",
                ("bestaansmiddelen",),
                keuzes=(
                    Keuze(
                        "alleen_toeslagen",
                        "Alleen toeslagen",
                        "Deze persoon krijgt voor jou alleen toeslagen, zoals een wezen- of "
                        "handicaptoeslag.",
                    ),
                ),
                minimum=0,
                maximum=10000,
                eenheid="euro per maand",
                relevant_als=(
                    Clausule("relatie", "in", KINDERBIJSLAG_RELATIES),
                    Clausule(SAMENWONENDEN_REGIME, "is", "2026"),
                ),
            ),
        ),
    ),
    Vraag(
        "leefloon_voor_maart_2026",
        "Al leefloon vóór maart 2026",
        "huishouden",
        "keuze",
        f"Kreeg je al leefloon vóór {datum(_REGIME_2026)}?",
        f"Sinds {datum(_REGIME_2026)} telt het inkomen van meer familieleden mee. Kreeg je al "
        "leefloon, dan geldt dat pas na de volgende herziening van je dossier. Het OCMW herziet "
        "je dossier minstens één keer per jaar.",
        ("bestaansmiddelen",),
        keuzes=(
            Keuze("nee", "Nee, ik vraag het nu voor het eerst aan"),
            Keuze("niet_herzien", "Ja, en het OCMW heeft mijn dossier sindsdien niet herzien"),
            Keuze("herzien", "Ja, en het OCMW heeft mijn dossier sindsdien herzien"),
        ),
        relevant_als=(
            Clausule(SAMENWONENDEN_REGIME, "is", "2026"),
            Clausule("huisgenoten", "bevat", ONDERHOUDSPLICHTIGEN),
        ),
    ),
    Vraag(
        "inkomen_werk",
        "Inkomen uit werk of opleiding",
        "inkomen",
        "bedrag",
        "Hoeveel verdien je netto per maand met werk, een opleiding of een studentenjob?",
        "Je nettoloon: wat er op je rekening komt. Vul 0 in als je niet werkt.",
        ("bestaansmiddelen",),
        minimum=0,
        maximum=100000,
        eenheid="euro per maand",
    ),
    Vraag(
        "socioprofessionele_vrijstelling",
        "Vrijstelling voor werk of opleiding",
        "inkomen",
        "janee",
        "Kun je de vrijstelling voor werk of opleiding krijgen?",
        "Begin je te werken of een opleiding te volgen, dan telt een deel van je loon niet mee. "
        "Dat kan hoogstens drie jaar, gespreid over zes jaar. Vraag het aan het OCMW als je het "
        "niet weet.",
        ("bestaansmiddelen",),
        relevant_als=(Clausule("inkomen_werk", "gt", 0),),
    ),
    Vraag(
        "andere_inkomsten",
        "Andere inkomsten",
        "inkomen",
        "bedrag",
        "Hoeveel andere inkomsten heb je zelf per maand?",
        "Bijvoorbeeld een uitkering, pensioen, onderhoudsgeld voor jezelf of huur die je "
        "krijgt. Tel niet mee: " + "; ".join(NIET_MEETELLEN) + ".",
        ("bestaansmiddelen",),
        minimum=0,
        maximum=100000,
        eenheid="euro per maand",
    ),
    Vraag(
        "spaargeld",
        "Spaargeld",
        "inkomen",
        "bedrag",
        "Hoeveel spaargeld heb je?",
        "Alles op je rekeningen samen. Vul 0 in als je niets hebt. Tot "
        f"{euro_kort(_SPAAR_VRIJ)} telt niet mee.",
        ("bestaansmiddelen",),
        minimum=0,
        maximum=10000000,
        eenheid="euro",
    ),
    Vraag(
        "ander_bezit",
        "Huis of grond",
        "inkomen",
        "janee",
        "Heb je een huis, een appartement of grond, buiten de woning waar je zelf woont?",
        "Het OCMW telt daarvan een deel mee. Deze test rekent dat niet uit.",
        ("bestaansmiddelen",),
    ),
    Vraag(
        "werkbereid",
        "Bereid om te werken",
        "werk",
        "janee",
        "Ben je bereid om te werken?",
        "Je zoekt bijvoorbeeld werk of volgt een opleiding. Je hoeft nog geen werk te hebben.",
        ("werkbereidheid",),
    ),
    Vraag(
        "gezondheidsreden",
        "Gezondheidsreden",
        "werk",
        "janee",
        "Kun je door je gezondheid niet werken?",
        "Bijvoorbeeld een ernstige ziekte, een verslaving, een zwangerschap of rugproblemen die "
        "een arts vaststelde.",
        ("werkbereidheid",),
        relevant_als=(Clausule("werkbereid", "is", False),),
    ),
    Vraag(
        "billijkheidsreden",
        "Andere ernstige reden",
        "werk",
        "janee",
        "Is er een andere ernstige reden waarom je niet kunt werken?",
        "Bijvoorbeeld je studie, geen werk in je streek of geen vervoer. Het OCMW bekijkt dat "
        "voor elke persoon apart.",
        ("werkbereidheid",),
        relevant_als=(Clausule("werkbereid", "is", False),),
    ),
    Vraag(
        "sanctie_rva",
        "Sanctie van de RVA",
        "werk",
        "janee",
        "Kreeg je een sanctie van de RVA (de werkloosheidsdienst)?",
        "Zo'n sanctie sluit je niet vanzelf uit van het leefloon.",
        ("werkbereidheid",),
    ),
    Vraag(
        "andere_uitkeringen",
        "Andere uitkeringen",
        "rechten",
        "keuze",
        "Heb je de uitkeringen aangevraagd waar je misschien recht op hebt?",
        "Bijvoorbeeld een werkloosheids- of ziekte-uitkering, pensioen, kinderbijslag, een "
        "studiebeurs of een huurpremie, ook uit het buitenland.",
        ("rechten",),
        keuzes=(
            Keuze("aangevraagd", "Ja, ik heb ze aangevraagd of ik krijg ze al"),
            Keuze("geen", "Ik heb geen recht op andere uitkeringen"),
            Keuze(
                "werkloosheid_stopt",
                "Mijn werkloosheidsuitkering stopt of is gestopt",
                "Door de nieuwe regels is de werkloosheidsuitkering beperkt in de tijd.",
            ),
            Keuze("nog_niet", "Nee, nog niet"),
        ),
    ),
    Vraag(
        "onderhoud_verwijzing",
        "Verwijzing voor onderhoudsgeld",
        "rechten",
        "janee",
        "Vroeg het OCMW je om onderhoudsgeld te vragen aan familie?",
        "Heb je nog geen leefloon aangevraagd, dan is het antwoord nee.",
        ("rechten",),
    ),
)

PER_ID: dict[str, Vraag] = {v.id: v for v in VRAGEN}


def _label(pad: str, tekst: Callable[[Vraag], str]) -> str:
    """A question's or a housemate field's name in words, ``tekst`` choosing which."""
    vraag_id, _, rest = pad.partition(".")
    vraag = PER_ID.get(vraag_id)
    if vraag is None:
        return pad
    if not rest:
        return tekst(vraag)
    index, _, veld = rest.partition(".")
    naam = {v.id: tekst(v) for v in vraag.velden}.get(veld, veld)
    nummer = int(index) + 1 if index.isdigit() else index
    return f"Huisgenoot {nummer}: {naam}" if naam else f"Huisgenoot {nummer}"


def veld_label(pad: str) -> str:
    """The short Dutch name of a question or of a housemate's field.

    ``huisgenoten.1.inkomen`` → ``Huisgenoot 2: inkomen``.
    """
    return _label(pad, lambda v: v.kort)


def vraag_label(pad: str) -> str:
    """The full question of a question id or a housemate's field, for explanations.

    ``huisgenoten.1.inkomen`` → ``Huisgenoot 2: Hoeveel netto-inkomen heeft …?``.
    """
    return _label(pad, lambda v: v.label)


def relevante_vragen(antwoorden: Mapping[str, object], peildatum: date) -> tuple[str, ...]:
    """The ids of the questions that apply, in questionnaire order."""
    return tuple(v.id for v in VRAGEN if v.relevant(antwoorden, peildatum))
