"""The questionnaire, declared once.

The browser form, the CLI's ``questions`` command, the docs and the validation
are all generated from :data:`VRAGEN`. Each question says which condition it
feeds and when it is relevant; an irrelevant answer is ignored (and reported),
never used.

Every question may be left unanswered: an absent or ``null`` answer means
*unknown* ("Weet ik niet" in the form), and the rules treat it as such.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

VraagType = Literal["keuze", "janee", "geheel", "bedrag"]
Operator = Literal["in", "is", "lt", "ge", "gt"]
Antwoord = str | bool | int | Decimal | None


@dataclass(frozen=True, slots=True)
class Keuze:
    """One allowed value of a choice question."""

    waarde: str
    label: str
    hulp: str = ""


@dataclass(frozen=True, slots=True)
class Clausule:
    """A relevance test on an earlier answer: ``vraag op waarde``.

    ``in``: the answer is one of ``waarde`` (a tuple); ``is``: the answer equals
    ``waarde`` (a boolean); ``lt``/``ge``/``gt``: numeric comparison. An unknown
    answer never satisfies a clause, so follow-up questions stay hidden until the
    question they depend on is answered.
    """

    vraag: str
    op: Operator
    waarde: tuple[str, ...] | bool | int

    def geldt(self, antwoorden: Mapping[str, Antwoord]) -> bool:
        a = antwoorden.get(self.vraag)
        if a is None:
            return False
        op, w = self.op, self.waarde
        if op == "in":
            return isinstance(w, tuple) and a in w
        if op == "is":
            return a is w
        if isinstance(a, bool | str) or isinstance(w, tuple | bool):
            return False
        if op == "lt":
            return a < w
        if op == "ge":
            return a >= w
        return a > w


@dataclass(frozen=True, slots=True)
class Groep:
    """A fieldset of the form."""

    id: str
    titel: str
    uitleg: str


@dataclass(frozen=True, slots=True)
class Vraag:
    """One question: its short name, type, Dutch text, allowed values and where it is used."""

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

    def relevant(self, antwoorden: Mapping[str, Antwoord]) -> bool:
        """Whether this question applies, given the (parsed) answers so far."""
        for c in self.relevant_als:  # noqa: SIM110 (a loop, not all(): hot path)
            if not c.geldt(antwoorden):
                return False
        return True


GROEPEN: tuple[Groep, ...] = (
    Groep(
        "verblijf",
        "Je verblijf in België",
        "Welke verblijfsstatus heb je? Dat bepaalt de nationaliteitsvoorwaarde.",
    ),
    Groep(
        "woonplaats",
        "Waar je woont",
        "Je moet gewoonlijk en vast in België wonen. Ook je reizen naar het buitenland tellen.",
    ),
    Groep("persoon", "Leeftijd en kinderen", "Je leeftijd en of je voor een kind zorgt."),
    Groep(
        "huishouden",
        "Met wie je samenwoont",
        "Met wie je samenwoont bepaalt je categorie en welk inkomen meetelt.",
    ),
    Groep(
        "inkomen",
        "Je inkomen",
        "Netto bedragen per maand, dus wat je echt ontvangt. Vul 0 in als je niets hebt.",
    ),
    Groep("werk", "Bereid zijn om te werken", "Wil je werken, of kun je het niet?"),
    Groep(
        "rechten", "Andere rechten", "Uitkeringen en onderhoudsgeld waar je recht op kunt hebben."
    ),
)

_JA_NEE_ONBEKEND = (
    "Kies 'Weet ik niet' als je het niet zeker weet; de uitkomst zegt dan wat nog nodig is."
)

NIET_MEETELLEN = (
    "kinderbijslag (groeipakket) voor je eigen minderjarige kinderen",
    "onderhoudsgeld dat je ontvangt voor je kinderen",
    "studiebeurzen",
    "hulp van het OCMW",
    "vergoedingen als pleegouder",
)

_EU_STATUSSEN = ("eu_burger", "familielid_eu", "familielid_belg")

VRAGEN: tuple[Vraag, ...] = (
    Vraag(
        "verblijfsstatus",
        "Verblijfsstatus",
        "verblijf",
        "keuze",
        "Wat is je nationaliteit of verblijfsstatus?",
        "Kies wat op jou past. In welk register je staat, zie je in je verblijfsdocument of "
        "vraag je aan je gemeente. " + _JA_NEE_ONBEKEND,
        ("nationaliteit", "verblijfplaats"),
        keuzes=(
            Keuze("belg", "Ik ben Belg"),
            Keuze(
                "eu_burger",
                "Ik ben burger van een ander land van de EU, van de EER of van Zwitserland",
                "De EER is de EU plus Noorwegen, IJsland en Liechtenstein.",
            ),
            Keuze(
                "familielid_eu",
                "Ik ben familielid van een EU-burger en woon bij hem of haar",
            ),
            Keuze(
                "familielid_belg",
                "Ik ben familielid van een Belg en woon bij hem of haar",
            ),
            Keuze(
                "bevolkingsregister",
                "Ik ben vreemdeling en sta ingeschreven in het bevolkingsregister",
            ),
            Keuze("erkend_vluchteling", "Ik ben erkend als vluchteling"),
            Keuze("subsidiaire_bescherming", "Ik heb subsidiaire bescherming"),
            Keuze("erkend_staatloze", "Ik ben erkend als staatloze"),
            Keuze(
                "vreemdelingenregister",
                "Ik sta in het vreemdelingenregister of heb een ander tijdelijk verblijf "
                "(bijvoorbeeld voor studie of werk, of een A-kaart)",
            ),
            Keuze(
                "tijdelijke_bescherming",
                "Ik heb tijdelijke bescherming (bijvoorbeeld als ontheemde uit Oekraïne)",
            ),
            Keuze("asielzoeker", "Ik heb asiel gevraagd en wacht op een beslissing"),
            Keuze(
                "kort_verblijf",
                "Ik ben hier voor een kort verblijf (visum of hoogstens drie maanden)",
            ),
            Keuze("onwettig_verblijf", "Ik heb geen verblijfsrecht (meer)"),
        ),
    ),
    Vraag(
        "eu_hoedanigheid",
        "Reden van verblijf (EU-burger)",
        "verblijf",
        "keuze",
        "Waarom verblijf je in België?",
        "Voor EU-burgers hangt het recht af van de reden van je verblijf.",
        ("nationaliteit",),
        keuzes=(
            Keuze("werknemer", "Ik werk hier in loondienst (of ik behoud die status)"),
            Keuze("zelfstandige", "Ik werk hier als zelfstandige"),
            Keuze("werkzoekende", "Ik zoek hier werk"),
            Keuze("andere", "Om een andere reden (bijvoorbeeld studie of pensioen)"),
        ),
        relevant_als=(Clausule("verblijfsstatus", "in", ("eu_burger",)),),
    ),
    Vraag(
        "verblijf_langer_dan_3_maanden",
        "Verblijfsrecht van meer dan drie maanden",
        "verblijf",
        "janee",
        "Heb je een verblijfsrecht van meer dan drie maanden?",
        "Dat heb je als de gemeente je heeft ingeschreven voor een verblijf van meer dan drie "
        "maanden. In je eerste drie maanden heb je dat nog niet.",
        ("nationaliteit",),
        relevant_als=(Clausule("verblijfsstatus", "in", _EU_STATUSSEN),),
    ),
    Vraag(
        "woont_in_belgie",
        "Wonen in België",
        "woonplaats",
        "janee",
        "Woon je gewoonlijk en vast in België?",
        "Je leven speelt zich hier af en je wilt hier blijven. Een eigen woning of een "
        "inschrijving bij de gemeente is niet nodig.",
        ("verblijfplaats",),
    ),
    Vraag(
        "dagen_buitenland",
        "Dagen in het buitenland",
        "woonplaats",
        "geheel",
        "Hoeveel dagen ben je dit kalenderjaar in het buitenland (geweest of gepland)?",
        "Tel alle reizen van dit jaar samen. Vul 0 in als je niet op reis gaat.",
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
        "Meld je elk verblijf van een week of langer vooraf aan het OCMW?",
        "Je moet het OCMW vóór je vertrek laten weten waar je heen gaat en waarom.",
        ("verblijfplaats",),
        relevant_als=(Clausule("dagen_buitenland", "ge", 7),),
    ),
    Vraag(
        "buitenland_uitzonderlijk",
        "Uitzonderlijke reden voor de reis",
        "woonplaats",
        "janee",
        "Is er een uitzonderlijke reden voor je verblijf in het buitenland?",
        "Bijvoorbeeld een studie of stage in het buitenland voor een volwaardig diploma, of de "
        "zorg voor een ernstig ziek familielid. Het OCMW beslist of het die reden aanvaardt.",
        ("verblijfplaats",),
        relevant_als=(Clausule("dagen_buitenland", "gt", 28),),
    ),
    Vraag(
        "leeftijd",
        "Leeftijd",
        "persoon",
        "geheel",
        "Hoe oud ben je?",
        "Je leeftijd in jaren op de datum van de test.",
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
        "Een minderjarige die getrouwd is, wordt als meerderjarig behandeld.",
        ("leeftijd",),
        relevant_als=(Clausule("leeftijd", "lt", 18),),
    ),
    Vraag(
        "zwanger",
        "Zwanger",
        "persoon",
        "janee",
        "Ben je zwanger?",
        "Een zwangere minderjarige wordt als meerderjarig behandeld. Je toont het aan met een "
        "doktersattest.",
        ("leeftijd",),
        relevant_als=(Clausule("leeftijd", "lt", 18),),
    ),
    Vraag(
        "kind_ten_laste",
        "Kind ten laste",
        "persoon",
        "janee",
        "Woon je samen met minstens één minderjarig, ongehuwd kind voor wie je zorgt?",
        "Een kind 'ten laste' is een kind voor wie jij zorgt en dat bij jou woont.",
        ("leeftijd", "bestaansmiddelen"),
    ),
    Vraag(
        "samenwonend_partner",
        "Samenwonen met partner",
        "huishouden",
        "janee",
        "Woon je samen met je echtgeno(o)t(e) of partner?",
        "Ook een partner met wie je niet getrouwd bent.",
        ("bestaansmiddelen",),
    ),
    Vraag(
        "inkomen_partner",
        "Inkomen van je partner",
        "huishouden",
        "bedrag",
        "Hoeveel netto-inkomen heeft je partner per maand?",
        "Loon, uitkering of ander inkomen van je partner. Vul 0 in als je partner niets heeft.",
        ("bestaansmiddelen",),
        minimum=0,
        maximum=100000,
        eenheid="euro per maand",
        relevant_als=(Clausule("samenwonend_partner", "is", True),),
    ),
    Vraag(
        "samenwonend_ouders_kinderen",
        "Samenwonen met ouders of meerderjarige kinderen",
        "huishouden",
        "janee",
        "Woon je samen met je ouders of met meerderjarige kinderen?",
        "Je vader, je moeder, of kinderen van 18 jaar of ouder.",
        ("bestaansmiddelen",),
    ),
    Vraag(
        "aantal_ouders_kinderen",
        "Aantal ouders of meerderjarige kinderen",
        "huishouden",
        "geheel",
        "Met hoeveel ouders of meerderjarige kinderen woon je samen?",
        "Tel alleen je ouders en je kinderen van 18 jaar of ouder.",
        ("bestaansmiddelen",),
        minimum=1,
        maximum=20,
        eenheid="personen",
        relevant_als=(Clausule("samenwonend_ouders_kinderen", "is", True),),
    ),
    Vraag(
        "inkomen_ouders_kinderen",
        "Inkomen van ouders of meerderjarige kinderen",
        "huishouden",
        "bedrag",
        "Hoeveel netto-inkomen hebben die ouders of kinderen samen per maand?",
        "Tel hun inkomens samen. Vul 0 in als ze niets hebben.",
        ("bestaansmiddelen",),
        minimum=0,
        maximum=100000,
        eenheid="euro per maand",
        relevant_als=(Clausule("samenwonend_ouders_kinderen", "is", True),),
    ),
    Vraag(
        "samenwonend_andere_familie",
        "Samenwonen met andere familie",
        "huishouden",
        "janee",
        "Woon je samen met andere familie: grootouders, kleinkinderen, schoonouders, "
        "schoonkinderen of je ex-partner?",
        "Vanaf 1 maart 2026 kan het OCMW ook hun inkomen bekijken.",
        ("bestaansmiddelen",),
    ),
    Vraag(
        "aantal_andere_familie",
        "Aantal andere familieleden",
        "huishouden",
        "geheel",
        "Met hoeveel van die familieleden woon je samen?",
        "Grootouders, kleinkinderen, schoonouders, schoonkinderen en je ex-partner.",
        ("bestaansmiddelen",),
        minimum=1,
        maximum=20,
        eenheid="personen",
        relevant_als=(Clausule("samenwonend_andere_familie", "is", True),),
    ),
    Vraag(
        "inkomen_andere_familie",
        "Inkomen van andere familie",
        "huishouden",
        "bedrag",
        "Hoeveel netto-inkomen hebben die familieleden samen per maand?",
        "Tel hun inkomens samen. Vul 0 in als ze niets hebben.",
        ("bestaansmiddelen",),
        minimum=0,
        maximum=100000,
        eenheid="euro per maand",
        relevant_als=(Clausule("samenwonend_andere_familie", "is", True),),
    ),
    Vraag(
        "samenwonend_anderen",
        "Samenwonen met andere volwassenen",
        "huishouden",
        "janee",
        "Woon je samen met nog andere volwassenen, bijvoorbeeld vrienden of huisgenoten?",
        "Mensen met wie je de woning en de huishoudkosten deelt.",
        ("bestaansmiddelen",),
    ),
    Vraag(
        "kinderbijslag_voor_jou",
        "Kinderbijslag voor jou",
        "huishouden",
        "bedrag",
        "Hoeveel kinderbijslag (groeipakket) krijgt een huisgenoot per maand voor jou?",
        "Bijvoorbeeld je ouders die nog kinderbijslag voor jou krijgen. Vul 0 in als niemand "
        "kinderbijslag voor jou krijgt.",
        ("bestaansmiddelen",),
        minimum=0,
        maximum=10000,
        eenheid="euro per maand",
        relevant_als=(Clausule("leeftijd", "lt", 25),),
    ),
    Vraag(
        "inkomen_werk",
        "Inkomen uit werk of opleiding",
        "inkomen",
        "bedrag",
        "Hoeveel verdien je netto per maand met werk, een opleiding of een studentenjob?",
        "Je nettoloon, dus wat er op je rekening komt. Vul 0 in als je niet werkt.",
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
        "Begin je te werken of een opleiding te volgen, dan telt het OCMW een deel van je loon "
        "niet mee. Dat kan hoogstens drie jaar, gespreid over zes jaar. Vraag het na bij het "
        "OCMW als je het niet weet.",
        ("bestaansmiddelen",),
        relevant_als=(Clausule("inkomen_werk", "gt", 0),),
    ),
    Vraag(
        "andere_inkomsten",
        "Andere inkomsten",
        "inkomen",
        "bedrag",
        "Hoeveel andere inkomsten heb je zelf per maand?",
        "Bijvoorbeeld een werkloosheids- of ziekte-uitkering, pensioen, onderhoudsgeld voor "
        "jezelf of huur die je ontvangt. Tel niet mee: " + "; ".join(NIET_MEETELLEN) + ".",
        ("bestaansmiddelen",),
        minimum=0,
        maximum=100000,
        eenheid="euro per maand",
    ),
    Vraag(
        "vermogen",
        "Spaargeld of bezit",
        "inkomen",
        "janee",
        "Heb je spaargeld, een huis, grond of ander bezit?",
        "Het OCMW telt ook een deel van je bezit mee. Deze test rekent dat niet uit.",
        ("bestaansmiddelen",),
    ),
    Vraag(
        "werkbereid",
        "Bereid om te werken",
        "werk",
        "janee",
        "Ben je bereid om te werken?",
        "Bijvoorbeeld: je zoekt werk, je solliciteert of je volgt een opleiding. Je hoeft nog "
        "geen werk gevonden te hebben.",
        ("werkbereidheid",),
    ),
    Vraag(
        "gezondheidsreden",
        "Gezondheidsreden",
        "werk",
        "janee",
        "Kun je om gezondheidsredenen niet werken?",
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
        "Bijvoorbeeld je studies, geen werk in je streek of geen vervoer. Het OCMW beoordeelt "
        "die reden geval per geval.",
        ("werkbereidheid",),
        relevant_als=(Clausule("werkbereid", "is", False),),
    ),
    Vraag(
        "sanctie_rva",
        "Sanctie van de RVA",
        "werk",
        "janee",
        "Kreeg je een sanctie van de RVA (de werkloosheidsdienst)?",
        "Een sanctie voor je werkloosheidsuitkering sluit je niet vanzelf uit van het leefloon.",
        ("werkbereidheid",),
    ),
    Vraag(
        "andere_uitkeringen",
        "Andere uitkeringen aangevraagd",
        "rechten",
        "keuze",
        "Heb je de uitkeringen aangevraagd waar je misschien recht op hebt?",
        "Bijvoorbeeld een werkloosheids- of ziekte-uitkering, pensioen, kinderbijslag, een "
        "studiebeurs of een huurtoelage, ook uit het buitenland.",
        ("rechten",),
        keuzes=(
            Keuze("aangevraagd", "Ja, ik heb ze aangevraagd of ik krijg ze al"),
            Keuze("geen", "Ik heb geen recht op andere uitkeringen"),
            Keuze("nog_niet", "Nee, nog niet"),
        ),
    ),
    Vraag(
        "onderhoud_verwijzing",
        "Verwijzing voor onderhoudsgeld",
        "rechten",
        "janee",
        "Vroeg het OCMW je om onderhoudsgeld te vragen aan familie?",
        "Het OCMW kan je vragen om onderhoudsgeld te vragen aan je ouders, je kinderen of je "
        "(ex-)partner. Heb je nog geen leefloon aangevraagd, dan is het antwoord nee.",
        ("rechten",),
    ),
)

PER_ID: dict[str, Vraag] = {v.id: v for v in VRAGEN}


def relevante_vragen(antwoorden: Mapping[str, Antwoord]) -> tuple[str, ...]:
    """The ids of the questions that apply, in questionnaire order."""
    return tuple(v.id for v in VRAGEN if v.relevant(antwoorden))
