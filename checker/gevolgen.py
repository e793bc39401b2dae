"""Alternatives, warnings and next steps: declared once, referred to by id.

The rules name a notice by id; :func:`checker.evaluate` turns the ids into
:class:`~checker.uitkomst.Notice` objects. The site renders the same catalogue.
"""

from __future__ import annotations

from checker.parameters import AANKONDIGINGEN
from checker.uitkomst import Notice

ALTERNATIEVEN: dict[str, Notice] = {
    n.id: n
    for n in (
        Notice(
            "equivalent_leefloon",
            "Equivalent leefloon via het OCMW",
            "Je verblijft wettig in België, maar je valt niet onder de nationaliteitsvoorwaarde "
            "van het leefloon. Het OCMW kan je wel maatschappelijke dienstverlening geven, vaak "
            "als 'equivalent leefloon'. Vraag het aan bij het OCMW van je gemeente.",
            ("art. 1 en 57 OCMW-wet",),
            "geen-recht/",
        ),
        Notice(
            "fedasil",
            "Opvang en materiële hulp via Fedasil",
            "Zolang je asielaanvraag loopt, krijg je materiële hulp in een opvangplaats van "
            "Fedasil. Financiële hulp van het OCMW is alleen mogelijk als je de code '207 OCMW' "
            "hebt of als er geen code (meer) is.",
            ("opvangwet van 12 januari 2007",),
            "geen-recht/",
        ),
        Notice(
            "dringende_medische_hulp",
            "Dringende medische hulp",
            "Zonder verblijfsrecht, of tijdens een kort verblijf, kan het OCMW je alleen "
            "dringende medische hulp geven.",
            ("art. 57 §2 OCMW-wet",),
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
            "igo",
            "Inkomensgarantie voor ouderen (IGO)",
            "Je hebt de leeftijd voor de inkomensgarantie voor ouderen bereikt. Met te weinig "
            "inkomen kun je de IGO krijgen. Krijg je leefloon, dan onderzoekt de pensioendienst "
            "vanzelf of je recht hebt op de IGO.",
            ("wet van 22 maart 2001 (IGO)",),
            "voorwaarden/leeftijd/",
        ),
        Notice(
            "andere_hulp",
            "Andere hulp van het OCMW",
            "Ook zonder leefloon heeft iedereen recht op maatschappelijke dienstverlening om "
            "menswaardig te leven. Het OCMW bekijkt welke hulp je nodig hebt.",
            ("art. 1 en 57 OCMW-wet",),
            "geen-recht/",
        ),
    )
}

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
            "Ben je in een kalenderjaar in totaal langer dan vier weken in het buitenland, dan "
            "schort het OCMW de betaling op voor de tijd daarboven, tenzij het uitzonderlijke "
            "omstandigheden aanvaardt. Het OCMW telt in kalenderweken tot de vier weken op zijn, "
            "daarna per dag: vraag het OCMW hoeveel tijd je nog hebt.",
            ("art. 23 §5 Leefloonwet",),
            "voorwaarden/verblijfplaats/",
        ),
        Notice(
            "buitenland_melden",
            "Meld je reis vooraf aan het OCMW",
            "Een verblijf in het buitenland van een week of langer meld je vóór je vertrek aan "
            "het OCMW, met de reden. Doe je dat niet, dan kan het OCMW de betaling schorsen.",
            ("art. 23 §5 Leefloonwet",),
            "voorwaarden/verblijfplaats/",
        ),
        Notice(
            "bedrag_berekend",
            "Het bedrag is een berekening",
            "De bedragen vanaf 1 maart 2026 zijn berekend: de bedragen van 1 februari 2025 "
            "plus 2 % indexering. De officiële bedragen tot op de cent vonden we niet.",
            ("art. 14 §1 Leefloonwet",),
            "voorwaarden/bestaansmiddelen/",
        ),
        Notice(
            "samenwonenden_2026",
            "Nieuwe regels voor huisgenoten sinds 1 maart 2026",
            "Sinds 1 maart 2026 kan het OCMW het inkomen van meer huisgenoten bekijken, en ook "
            "kinderbijslag die een huisgenoot voor jou krijgt. De bronnen zijn het niet eens of "
            "het OCMW dat moet of alleen mag doen: dat is nog onzeker.",
            ("art. 34 Leefloonbesluit (KB van 7 januari 2026)",),
            "voorwaarden/bestaansmiddelen/",
        ),
        Notice(
            "onderhoudsgeld",
            "Verwijzing naar familie voor onderhoudsgeld",
            "Verwijst het OCMW je naar familie die je onderhoudsgeld verschuldigd is, dan krijg "
            "je voor dat deel geen leefloon. Je kunt tegen die beslissing in beroep gaan bij de "
            "arbeidsrechtbank.",
            ("art. 3, 6° Leefloonwet",),
            "voorwaarden/rechten/",
        ),
        Notice(
            "pensioen",
            "Vraag je pensioen aan",
            "Je hebt de pensioenleeftijd bereikt. Je moet je pensioen aanvragen: dat hoort bij "
            "je rechten laten gelden.",
            ("art. 3, 6° Leefloonwet",),
            "voorwaarden/leeftijd/",
        ),
        Notice(
            "vermogen",
            "Spaargeld en bezit tellen mee",
            "Het OCMW telt ook een deel van je spaargeld of bezit mee. Deze test rekent dat niet "
            "uit: je leefloon kan lager zijn of wegvallen.",
            ("art. 16 Leefloonwet",),
            "voorwaarden/bestaansmiddelen/",
        ),
    )
    + tuple(
        Notice(
            f"aangekondigd_{a.id}",
            f"Aangekondigd, nog geen wet: {a.titel}",
            a.uitleg + " Deze test past het niet toe.",
            (),
            "beleid/",
        )
        for a in AANKONDIGINGEN
    )
}

VOLGENDE_STAPPEN: dict[str, Notice] = {
    n.id: n
    for n in (
        Notice(
            "aanvullen",
            "Vul aan wat nog ontbreekt",
            "Sommige antwoorden ontbreken nog. Hieronder staat welke vragen de uitkomst kunnen "
            "veranderen.",
            (),
            "checker/",
        ),
        Notice(
            "uitkeringen_aanvragen",
            "Vraag eerst je andere uitkeringen aan",
            "Het leefloon komt pas na andere uitkeringen waar je recht op hebt. Het OCMW helpt "
            "je om ze aan te vragen.",
            ("art. 3, 6° Leefloonwet",),
            "voorwaarden/rechten/",
        ),
        Notice(
            "aanvragen",
            "Vraag het leefloon aan bij het OCMW",
            "Ga naar het OCMW van de gemeente waar je gewoonlijk verblijft. Ben je dakloos, ga "
            "dan naar het OCMW van de gemeente waar je nu verblijft. Kom je bij het verkeerde "
            "OCMW, dan stuurt dat je aanvraag binnen vijf dagen door. Alleen het OCMW beslist, "
            "na een sociaal onderzoek.",
            ("art. 18 §4 Leefloonwet",),
            "aanvragen/",
        ),
        Notice(
            "beslissing",
            "Het OCMW beslist binnen 30 dagen",
            "Het OCMW beslist binnen 30 dagen na je aanvraag, schriftelijk en met de redenen. "
            "Krijg je het leefloon, dan geldt het vanaf de dag van je aanvraag. Je hebt het "
            "recht om gehoord te worden.",
            ("art. 20 Leefloonwet", "art. 21 §1 en §5 Leefloonwet"),
            "aanvragen/",
        ),
        Notice(
            "beroep",
            "Niet akkoord? Ga in beroep bij de arbeidsrechtbank",
            "Dat kan binnen drie maanden nadat je de beslissing kreeg. Beslist het OCMW niet, "
            "dan kan het binnen vier maanden en acht dagen na je aanvraag. Staat in de beslissing "
            "niet hoe je in beroep gaat, dan begint die termijn niet te lopen.",
            ("art. 21 §3 Leefloonwet", "art. 47 Leefloonwet"),
            "aanvragen/",
        ),
    )
}
