"""Plain Dutch (B1) for the site: the words we avoid, and how we count sentences.

The site follows the Flemish government's "Heerlijk Helder" checklist: short
sentences and everyday words. Two measurable rules are tested on the built site
(``tests/test_taal.py``):

- at most :data:`MAX_AANDEEL_LANG` of the sentences of a page's running text have
  more than :data:`MAX_WOORDEN` words;
- no word of :data:`VERMIJDEN` appears in running text.

:data:`VERMIJDEN` is declared once, here: the test reads it, and the page "Over
deze site" shows the same list. Each entry is the word to avoid and the plain word
to write instead. A word stands for its inflected forms (:func:`vormen`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

#: A sentence with more words than this is long.
MAX_WOORDEN = 25

#: The largest share of long sentences a page may have.
MAX_AANDEEL_LANG = Fraction(5, 100)

#: Formal or old-fashioned words, and the plain word to use instead.
VERMIJDEN: dict[str, str] = {
    "aldus": "zo",
    "alsmede": "en, en ook",
    "alvorens": "voor, voordat",
    "bijgevolg": "daarom, dus",
    "derhalve": "daarom",
    "dienen": "moeten (of: zijn, gebruiken)",
    "echter": "maar",
    "evenwel": "maar, toch",
    "gelieve": "wil je, vraag",
    "hetgeen": "wat, dat",
    "indien": "als",
    "ingevolge": "door, volgens",
    "inzake": "over",
    "middels": "met, via",
    "nochtans": "toch",
    "omtrent": "over",
    "overeenkomstig": "volgens",
    "reeds": "al",
    "teneinde": "om … te",
    "tevens": "ook",
    "thans": "nu",
    "trachten": "proberen",
    "verstrekken": "geven",
    "wegens": "door, omdat",
    "woonachtig": "wonen",
    "zulks": "dat",
}

#: Inflected forms of the verbs and adjectives in :data:`VERMIJDEN`.
_VORMEN: dict[str, tuple[str, ...]] = {
    "dienen": ("dien", "dient", "diende", "dienden", "gediend"),
    "trachten": ("tracht", "trachtte", "trachtten", "getracht"),
    "verstrekken": ("verstrek", "verstrekt", "verstrekte", "verstrekten"),
    "woonachtig": ("woonachtige",),
}


def vormen(woord: str) -> tuple[str, ...]:
    """The word and its inflected forms: ``dienen`` → ``dienen, dien, dient, …``."""
    return (woord, *_VORMEN.get(woord, ()))


def _patroon() -> re.Pattern[str]:
    alle = sorted({v for w in VERMIJDEN for v in vormen(w)}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, alle)) + r")(?![\w-])", re.I)


_VERMIJD = _patroon()


def te_vermijden(tekst: str) -> list[str]:
    """The words of :data:`VERMIJDEN` (in any form) that occur in ``tekst``."""
    return [m.group(1) for m in _VERMIJD.finditer(tekst)]


#: Abbreviations whose full stop does not end a sentence.
AFKORTINGEN = frozenset(
    {
        "art",
        "artt",
        "bijv",
        "bv",
        "ca",
        "d.w.z",
        "e.a",
        "e.d",
        "e.v",
        "enz",
        "excl",
        "i.p.v",
        "incl",
        "m.a.w",
        "max",
        "min",
        "nr",
        "nrs",
        "o.a",
        "p",
        "resp",
        "t.e.m",
        "t.o.v",
        "vb",
        "vgl",
        "zgn",
    }
)

_EINDE = re.compile(r"([.!?…]+)[\"'”’)]*\s+(?=[\"'“‘(]?[A-ZÀ-Ý0-9€±])")
_WOORD = re.compile(r"[^\W_](?:[\w.,'’/°§+-]*[\w°])?")


def zinnen(tekst: str) -> Iterator[str]:
    """The sentences of a piece of running text.

    A sentence ends at ``.``, ``!``, ``?`` or ``…`` followed by a space and a capital
    or a digit, except after an abbreviation such as ``art.``; the end of the text
    ends the last sentence.
    """
    tekst = re.sub(r"\s+", " ", tekst).strip()
    begin = 0
    for m in _EINDE.finditer(tekst):
        if m.group(1) == ".":
            vorige = tekst[begin : m.start()].rsplit(" ", 1)[-1].lower().lstrip("([“‘\"'")
            if vorige in AFKORTINGEN:
                continue
        zin = tekst[begin : m.end()].strip()
        if woorden(zin):
            yield zin
        begin = m.end()
    rest = tekst[begin:].strip()
    if woorden(rest):
        yield rest


def woorden(zin: str) -> list[str]:
    """The words of a sentence: runs of letters or digits (``1.314,20`` is one word)."""
    return _WOORD.findall(zin)
