"""The sources behind every rule, parameter and page, declared once.

Each source has a stable id. Rules and parameters cite sources by id; the site's
"Bronnen" page, the per-page source lists and the rules page are generated from
this table, so a source is named and dated in exactly one place.

``nagekeken`` is the month in which the fact was last checked against the source
(``YYYY-MM``). The facts in this project were checked up to March 2026 (see
the review notes behind this table); a source read later carries its own month.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SoortBron = Literal["wet", "rechtspraak", "overheid", "gids", "nieuws", "onderzoek", "basistekst"]


@dataclass(frozen=True, slots=True)
class Bron:
    """One public source: what it is, where to find it and what it supports."""

    id: str
    titel: str
    uitgever: str
    url: str | None
    soort: SoortBron
    ondersteunt: str
    nagekeken: str


_NAGEKEKEN = "2026-03"
#: The second review (December 2026) that corrected art. 34, cards, statelessness and savings.
_HERZIEN = "2026-12"

BRONNEN: tuple[Bron, ...] = (
    # --- Wetgeving -------------------------------------------------------------------------
    Bron(
        "leefloonwet",
        "Wet van 26 mei 2002 betreffende het recht op maatschappelijke integratie (Leefloonwet)",
        "Belgisch Staatsblad (Justel)",
        "https://www.ejustice.just.fgov.be/eli/wet/2002/05/26/2002022559/justel",
        "wet",
        "De zes voorwaarden (art. 3), leeftijd (art. 7), categorieën en bedragen (art. 14), "
        "bestaansmiddelen (art. 16), procedure (art. 18, 20, 21), verblijf in het buitenland "
        "(art. 23 §5), beroep (art. 47).",
        _NAGEKEKEN,
    ),
    Bron(
        "leefloonbesluit",
        "Koninklijk besluit van 11 juli 2002 houdende het algemeen reglement betreffende het "
        "recht op maatschappelijke integratie (Leefloonbesluit)",
        "Belgisch Staatsblad (Justel)",
        "https://www.ejustice.just.fgov.be/eli/besluit/2002/07/11/2002022564/justel",
        "wet",
        "Werkelijke verblijfplaats (art. 2), berekening van de bestaansmiddelen (art. 22 e.v.), "
        "samenwonenden (art. 34), socio-professionele vrijstelling (art. 35).",
        _NAGEKEKEN,
    ),
    Bron(
        "ocmw_wet",
        "Organieke wet van 8 juli 1976 betreffende de openbare centra voor maatschappelijk "
        "welzijn (OCMW-wet)",
        "Belgisch Staatsblad (Justel)",
        "https://www.ejustice.just.fgov.be/eli/wet/1976/07/08/1976070850/justel",
        "wet",
        "Maatschappelijke dienstverlening (art. 1 en 57), dringende medische hulp (art. 57 §2), "
        "EU-burgers in de eerste drie maanden (art. 57quinquies).",
        _NAGEKEKEN,
    ),
    Bron(
        "wet_subsidiaire_bescherming_2016",
        "Wet van 21 juli 2016 (subsidiaire bescherming in art. 3, 3° Leefloonwet)",
        "Belgisch Staatsblad",
        None,
        "wet",
        "Subsidiair beschermden vallen sinds 2016 onder de nationaliteitsvoorwaarde.",
        _NAGEKEKEN,
    ),
    Bron(
        "kb_2026_art34",
        "Koninklijk besluit van 7 januari 2026 tot wijziging van art. 34 Leefloonbesluit "
        "(BS 16 januari 2026)",
        "Belgisch Staatsblad",
        None,
        "wet",
        "Vanaf 1 maart 2026: het inkomen van meer samenwonenden telt mee (alle meerderjarige "
        "onderhoudsplichtigen), en kinderbijslag die zo iemand voor jou krijgt.",
        _HERZIEN,
    ),
    Bron(
        "programmawet_2012",
        "Programmawet van 22 juni 2012, art. 108 (BS 28 juni 2012)",
        "Belgisch Staatsblad",
        None,
        "wet",
        "Sinds 2012: 312 volle werkdagen voor de inkomensgarantie voor ouderen (derdelanders).",
        _NAGEKEKEN,
    ),
    Bron(
        "programmawet_2025",
        "Programmawet van 18 juli 2025",
        "Belgisch Staatsblad",
        None,
        "wet",
        "Uitkeringen stijgen pas drie maanden na het overschrijden van de spilindex.",
        _NAGEKEKEN,
    ),
    # --- Rechtspraak ---------------------------------------------------------------------
    Bron(
        "gwh_95_2014",
        "Grondwettelijk Hof, arrest nr. 95/2014 (2014)",
        "Grondwettelijk Hof",
        "https://www.const-court.be/",
        "rechtspraak",
        "EU-werknemers, zelfstandigen en hun gezin mogen niet uitgesloten worden van "
        "maatschappelijke dienstverlening in de eerste drie maanden.",
        _NAGEKEKEN,
    ),
    Bron(
        "gwh_153_2007",
        "Grondwettelijk Hof, arrest nr. 153/2007 van 12 december 2007",
        "Grondwettelijk Hof",
        "https://www.const-court.be/",
        "rechtspraak",
        "Tegemoetkomingen voor personen met een handicap open voor vreemdelingen in het "
        "bevolkingsregister.",
        _NAGEKEKEN,
    ),
    Bron(
        "gwh_61_2017",
        "Grondwettelijk Hof, arrest nr. 61/2017 van 18 mei 2017",
        "Grondwettelijk Hof",
        "https://www.const-court.be/",
        "rechtspraak",
        "Vernietiging van de uitsluiting van 9bis-geregulariseerden met arbeidskaart B "
        "(art. 57sexies OCMW-wet).",
        _NAGEKEKEN,
    ),
    Bron(
        "gwh_6_2019",
        "Grondwettelijk Hof, arrest nr. 6/2019 (2019)",
        "Grondwettelijk Hof",
        "https://www.const-court.be/",
        "rechtspraak",
        "Vernietiging van de verblijfsvoorwaarde van tien jaar voor de inkomensgarantie voor "
        "ouderen.",
        _NAGEKEKEN,
    ),
    Bron(
        "arbh_brussel_2006",
        "Arbeidshof Brussel, 13 september 2006 (via agii.be)",
        "Agentschap Integratie en Inburgering",
        "https://www.agii.be/",
        "rechtspraak",
        "Een erkend staatloze zonder verblijfsrecht heeft geen recht op leefloon: hij moet ook "
        "toegelaten of gemachtigd zijn om hier te verblijven (art. 2 Leefloonbesluit). Geen bron "
        "voor 'geen eigen woning nodig'.",
        _HERZIEN,
    ),
    # --- Overheid ------------------------------------------------------------------------
    Bron(
        "mi_is_faq",
        "POD Maatschappelijke Integratie — veelgestelde vragen over het leefloon",
        "POD Maatschappelijke Integratie (POD MI)",
        "https://www.mi-is.be/nl",
        "overheid",
        "Bevoegd OCMW, verblijf in het buitenland, samenwonenden (art. 34), vrijgestelde "
        "inkomsten, geen taalvoorwaarde, GPMI.",
        _NAGEKEKEN,
    ),
    Bron(
        "primabook",
        "Primabook — handboek van de POD Maatschappelijke Integratie",
        "POD Maatschappelijke Integratie (POD MI)",
        "https://primabook.mi-is.be/",
        "overheid",
        "Verblijf in het buitenland (art. 23 §5, sinds 9 januari 2016), GPMI verplicht sinds "
        "1 november 2016, asielzoekers en code 207.",
        _NAGEKEKEN,
    ),
    Bron(
        "fedasil",
        "Fedasil — opvang van verzoekers om internationale bescherming",
        "Fedasil",
        "https://www.fedasil.be/",
        "overheid",
        "Materiële hulp voor asielzoekers (opvangwet van 12 januari 2007).",
        _NAGEKEKEN,
    ),
    Bron(
        "senaat_6_1434",
        "Belgische Senaat, schriftelijke vraag 6-1434 (export van pensioenen)",
        "Belgische Senaat",
        "https://www.senate.be/",
        "overheid",
        "Pensioenexport buiten de EER alleen met een bilateraal verdrag (art. 24 en 27 KB nr. 50).",
        _NAGEKEKEN,
    ),
    Bron(
        "vanbossuyt",
        "Kabinet van de minister van Maatschappelijke Integratie — federale beslissing van "
        "23 december 2025 (aangekondigd)",
        "Federale regering",
        "https://vanbossuyt.belgium.be/",
        "overheid",
        "Aangekondigd, nog geen wet: wachttijd van vijf jaar en leefloon voor erkende "
        "vluchtelingen gekoppeld aan een integratietraject.",
        _NAGEKEKEN,
    ),
    Bron(
        "ternat_igo",
        "Gemeente Ternat — inkomensgarantie voor ouderen",
        "Gemeente Ternat",
        "https://www.ternat.be/",
        "overheid",
        "IGO-leeftijd: 66 jaar vanaf 2025, 67 jaar vanaf 2030.",
        _NAGEKEKEN,
    ),
    # --- Gidsen --------------------------------------------------------------------------
    Bron(
        "agii_voorwaarden",
        "Agentschap Integratie en Inburgering — voorwaarden voor maatschappelijke integratie "
        "(vreemdelingenrecht.be)",
        "Agentschap Integratie en Inburgering",
        "https://www.vreemdelingenrecht.be/",
        "gids",
        "De voorwaarden voor vreemdelingen, het risico voor het verblijfsrecht, de praktijk "
        "voor familieleden van een Belg (POD MI, sinds 6 mei 2013), IGO-leeftijd.",
        _NAGEKEKEN,
    ),
    Bron(
        "agii_eu_2014",
        "Agentschap Integratie en Inburgering — EU-burgers en maatschappelijke dienstverlening "
        "(3 september 2014)",
        "Agentschap Integratie en Inburgering",
        "https://www.agii.be/",
        "gids",
        "Art. 57quinquies OCMW-wet en arrest 95/2014 van het Grondwettelijk Hof.",
        _NAGEKEKEN,
    ),
    Bron(
        "bdas",
        "Brusselse Welzijns- en Gezondheidsraad — gids sociale rechten (bdas-wwsb.brussels)",
        "Brusselse Welzijns- en Gezondheidsraad",
        "https://bdas-wwsb.brussels/",
        "gids",
        "Socio-professionele vrijstelling (309,48 euro op 1 februari 2025), vrijgestelde "
        "inkomsten, equivalent leefloon; de algemene vrijstelling gaat af van alle meegetelde "
        "bestaansmiddelen samen, ook die van huisgenoten.",
        _NAGEKEKEN,
    ),
    Bron(
        "vvsg",
        "Vereniging van Vlaamse Steden en Gemeenten — equivalent leefloon",
        "VVSG",
        "https://www.vvsg.be/",
        "gids",
        "Equivalent leefloon voor wie wettig verblijft maar niet onder art. 3, 3° valt.",
        _NAGEKEKEN,
    ),
    Bron(
        "droitsquotidiens",
        "Droits Quotidiens — revenu d'intégration: exonérations",
        "Droits Quotidiens",
        "https://www.droitsquotidiens.be/",
        "gids",
        "Algemene vrijstelling van 155, 250 en 310 euro per jaar; inkomensgrens "
        "gezinshereniging sinds augustus 2025.",
        _NAGEKEKEN,
    ),
    Bron(
        "uvcw",
        "Union des Villes et Communes de Wallonie — exonération étudiants",
        "UVCW",
        "https://www.uvcw.be/",
        "gids",
        "Zelfde socio-professionele vrijstelling voor studenten sinds 1 januari 2022.",
        _NAGEKEKEN,
    ),
    Bron(
        "cpasconnect",
        "CPAS Connect — réforme de l'article 34 (1er mars 2026)",
        "CPAS Connect",
        "https://www.cpasconnect.be/",
        "gids",
        "Wijziging van art. 34 Leefloonbesluit op 1 maart 2026.",
        _NAGEKEKEN,
    ),
    Bron(
        "schlitz_art34",
        "Sarah Schlitz — analyse van de wijziging van art. 34 (2026)",
        "sarahschlitz.be",
        "https://www.sarahschlitz.be/",
        "gids",
        "Wijziging van art. 34 Leefloonbesluit op 1 maart 2026 (analyse van de ontwerptekst). "
        "Het tweede nazicht (december 2026) vond dat het meetellen verplicht is.",
        _HERZIEN,
    ),
    Bron(
        "access_lex",
        "Access-lex — arrest 61/2017 over art. 57sexies OCMW-wet",
        "access-lex.be",
        "https://www.access-lex.be/",
        "gids",
        "Vernietiging van de uitsluiting van 9bis-geregulariseerden (2017).",
        _NAGEKEKEN,
    ),
    Bron(
        "bladna",
        "Bladna — gezinshereniging: nieuwe inkomensgrens (2025)",
        "bladna.nl",
        "https://www.bladna.nl/",
        "gids",
        "Gezinshereniging sinds augustus 2025: 110 % van het bruto gewaarborgd gemiddeld "
        "minimummaandinkomen + 10 % per extra gezinslid; 110 % was 2.323,08 euro vanaf "
        "augustus 2025 (na de indexering van januari 2026 zelf berekend: ongeveer 2.369,54 euro).",
        _NAGEKEKEN,
    ),
    Bron(
        "servantes_fediplus",
        "Servantes en Fediplus — hervorming van de werkloosheidsuitkeringen (2025)",
        "servantes.be, fediplus.be",
        "https://www.servantes.be/",
        "gids",
        "Werkloosheidsuitkering beperkt tot 12 à 24 maanden, inschakelingsuitkering "
        "hoogstens één jaar; in werking 1 juli 2025, eerste uitsluitingen 1 januari 2026.",
        _NAGEKEKEN,
    ),
    # --- Bedragen ------------------------------------------------------------------------
    Bron(
        "bedragen_2023",
        "Leefloonbedragen op 1 januari 2023 (securex.be, bruxelles-j.be)",
        "Securex; Bruxelles-J",
        "https://www.securex.be/",
        "gids",
        "Bedragen op 1 januari 2023: 809,42 / 1.214,13 / 1.640,83 euro.",
        _NAGEKEKEN,
    ),
    Bron(
        "bedragen_2024",
        "Leefloonbedragen op 1 mei 2024 (centenvoorstudenten.be)",
        "Centen voor studenten",
        "https://www.centenvoorstudenten.be/",
        "gids",
        "Bedragen op 1 mei 2024: 858,97 / 1.288,46 / 1.741,29 euro.",
        _NAGEKEKEN,
    ),
    Bron(
        "bedragen_2025",
        "Leefloonbedragen op 1 februari 2025 (cpassivryrance.be)",
        "OCMW Sivry-Rance",
        "https://www.cpassivryrance.be/",
        "gids",
        "Bedragen op 1 februari 2025: 876,13 / 1.314,20 / 1.776,07 euro.",
        _NAGEKEKEN,
    ),
    Bron(
        "indexering_2026",
        "Indexering van de sociale uitkeringen met 2 % (spilindex december 2025; bx1.be, "
        "10 maart 2026)",
        "bx1.be",
        "https://bx1.be/",
        "nieuws",
        "Indexering met 2 % op 1 maart 2026; volgende indexering voorspeld voor oktober 2026 "
        "(alleen een voorspelling).",
        _NAGEKEKEN,
    ),
    # --- Onderzoek en basisteksten -------------------------------------------------------
    Bron(
        "seed_voorwaarden",
        "Aan welke voorwaarden moet je voldoen voor maatschappelijke integratie? "
        "(informatiepagina voor vreemdelingen)",
        "Agentschap Integratie en Inburgering (vreemdelingenrecht.be)",
        "https://www.vreemdelingenrecht.be/",
        "basistekst",
        "Basistekst voor de voorwaarden-pagina's.",
        _NAGEKEKEN,
    ),
    Bron(
        "seed_beleid",
        "De sociale zekerheidspositie van immigranten in België (beleidsartikel, ca. 2014)",
        "Beleidsartikel (Corluy & Verbist; OECD)",
        None,
        "basistekst",
        "Inclusief stelsel gebouwd op werk, differentiatie naar immigrantencategorie, "
        "participatievereisten, de paradox in cijfers.",
        _NAGEKEKEN,
    ),
    Bron(
        "oecd_2012",
        "OECD (2012), Settling In: OECD Indicators of Immigrant Integration 2012",
        "OECD",
        None,
        "onderzoek",
        "Tewerkstellingskloof tussen in België geboren en niet-EU-geboren personen (20-59 jaar).",
        _NAGEKEKEN,
    ),
    Bron(
        "corluy_verbist_2014",
        "Corluy, V. & Verbist, G. (2014), armoederisico van immigranten in België",
        "Universiteit Antwerpen (CSB)",
        None,
        "onderzoek",
        "Armoederisico van immigrantenkoppels en van kinderen naar herkomst; pensioenopname naar "
        "nationaliteit.",
        _NAGEKEKEN,
    ),
    # --- Toegevoegd voor de pagina's --------------------------------------------------------
    Bron(
        "opvang_2025_nieuws",
        "Kamer stemt in met maatregelen over de opvang van asielzoekers (TRT Nederlands, "
        "juli 2025)",
        "TRT Nederlands",
        "https://trt.global/nederlands/article/c641ae39a577",
        "nieuws",
        "Secundaire bron, geen wettekst: voor nieuwe asielzoekers alleen nog materiële hulp via "
        "Fedasil, geen financiële hulp van het OCMW meer (wetswijziging van 2025).",
        "2026-11",
    ),
    # --- Tweede nazicht, december 2026 ---------------------------------------------------
    Bron(
        "verblijfskaarten",
        "Elektronische verblijfskaarten: welke kaart, welk register (vreemdelingenrecht.be; "
        "helderrecht.be; oranjeconnect.be)",
        "Agentschap Integratie en Inburgering; Helder Recht; Oranje Connect",
        "https://www.vreemdelingenrecht.be/verblijfsdocumenten/elektronische-verblijfskaarten",
        "gids",
        "De kaarten A, B, K (vroeger C), L (vroeger D), EU/EU+, F/F+, H, I/J, M/N en de oranje "
        "kaart, hun register, en de nationaliteitscode XXB (vluchteling) en XXA (staatloze).",
        _HERZIEN,
    ),
    Bron(
        "cpasuccle",
        "OCMW Ukkel — het bedrag van het leefloon berekenen (cpasuccle.be)",
        "OCMW Ukkel",
        "https://www.cpasuccle.be/calculer-le-montant-du-ris",
        "gids",
        "Vanaf 1 maart 2026: wie onderhoudsplichtig is en meetelt (ook grootouders, schoonfamilie "
        "en een ex-echtgenoot; niet broers, zussen of vrienden), kinderbijslag voor jou zonder "
        "toeslagen, en wie al leefloon kreeg pas bij de volgende herziening.",
        _HERZIEN,
    ),
    Bron(
        "cpasconnect_2026",
        "CPAS Connect — nieuwsbericht van de POD MI en analyse over art. 34 (2026)",
        "CPAS Connect",
        "https://www.cpasconnect.be/actualites/actualite/720858527752535628",
        "gids",
        "Vanaf 1 maart 2026 moet het OCMW de bestaansmiddelen van samenwonende meerderjarige "
        "onderhoudsplichtigen meetellen; afwijken kan alleen om billijkheidsredenen.",
        _HERZIEN,
    ),
    Bron(
        "droitsquotidiens_spaargeld",
        "Droits Quotidiens — « J'ai des économies: puis-je avoir le revenu d'intégration? »",
        "Droits Quotidiens",
        "https://www.droitsquotidiens.be/",
        "gids",
        "Spaargeld telt als een opbrengst per jaar: tot 6.200 euro niets, van 6.200 tot 12.500 "
        "euro 6 %, daarboven 10 %; voorbeeld met 25.000 euro.",
        _HERZIEN,
    ),
    Bron(
        "planbureau_2026",
        "Federaal Planbureau, inflatievooruitzichten van 10 maart 2026 (via bx1.be)",
        "Federaal Planbureau; bx1.be",
        "https://bx1.be/",
        "nieuws",
        "Voorspelling, geen vaststelling: spilindex overschreden in juli 2026, sociale "
        "uitkeringen + 2 % in oktober 2026. Of dat gebeurde, is niet nagekeken.",
        _HERZIEN,
    ),
    Bron(
        "news_belgium_integratie",
        "Versterkt integratietraject: wetsontwerp goedgekeurd door de ministerraad "
        "(24 december 2025; news.belgium.be)",
        "Federale regering",
        "https://news.belgium.be/",
        "overheid",
        "Aangekondigd, geen wet: geen leefloon meer voor subsidiair beschermden en een sanctie "
        "voor vluchtelingen die het integratietraject niet volgen; naar de Raad van State.",
        _HERZIEN,
    ),
    Bron(
        "lacsc_2026",
        "ACV-CSC — « Ce qui change en 2026 » (werkloosheid beperkt in de tijd)",
        "ACV-CSC",
        "https://www.lacsc.be/",
        "gids",
        "Overgangsmaatregelen vanaf 1 juli 2025, structurele regeling vanaf 1 maart 2026; "
        "mensen verliezen hun uitkering in groepen op 1 januari, 1 maart, 1 april en 1 juli 2026, "
        "de laatsten op 1 juli 2027 (ongeveer 184.000 mensen).",
        _HERZIEN,
    ),
    Bron(
        "inforjeunes",
        "Infor Jeunes — leefloon als je bij je ouders woont (rekenvoorbeeld)",
        "Infor Jeunes",
        "https://www.inforjeunes.be/",
        "gids",
        "Vóór 1 maart 2026: van een ouder bij wie je woont, telt alleen het deel van zijn eigen "
        "inkomen boven het bedrag van categorie 1 mee (voorbeeld met één ouder; art. 34 "
        "Leefloonbesluit).",
        _HERZIEN,
    ),
    Bron(
        "agii_opvang_gezin",
        "Agentschap Integratie en Inburgering — materiële opvang voor minderjarigen in onwettig "
        "verblijf met hun gezin",
        "Agentschap Integratie en Inburgering",
        "https://www.agii.be/",
        "gids",
        "Een gezin zonder verblijfsrecht met minderjarige kinderen heeft recht op materiële hulp "
        "in een opvangstructuur van Fedasil (art. 57 §2, 2° OCMW-wet; KB van 24 juni 2004).",
        _HERZIEN,
    ),
)

_PER_ID: dict[str, Bron] = {b.id: b for b in BRONNEN}


def bron(bron_id: str) -> Bron:
    """Return the source with this id; raise ``KeyError`` for an unknown id."""
    return _PER_ID[bron_id]
