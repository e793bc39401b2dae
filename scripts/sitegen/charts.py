"""Bar charts drawn at build time from ``scripts/hooks/cijfers.toml``.

The figures on the page "Beleid en trends" are kept as data, not typed into the
Markdown: :func:`lees_grafieken` reads them from one TOML file, :func:`teken_svg` draws
one self-contained, accessible SVG per chart (no JavaScript, no web fonts, nothing
loaded from elsewhere), to be added to the site as ``img/grafieken/ID.svg``. A page
writes

    <!-- grafiek:ID -->

and :func:`render_charts` puts in a figure with the picture, a caption with the source
and the year, and a table with the same numbers right under it, so the numbers can be
read without the picture (screen readers, zoom, copy and paste). An unknown chart id,
an unknown source id or a bad value raises an error.

Accessibility of each SVG: ``role="img"`` with ``<title>`` and ``<desc>``; every
bar carries its own name and value as text; the bar groups differ by pattern
(solid, hatched, dotted) as well as colour; text colours reach WCAG AA contrast on
the white background and the bars keep an outline of at least 3:1.
"""

from __future__ import annotations

import posixpath
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from checker.bronnen import bron
from checker.site import bron_link
from scripts.sitegen.errors import BuildError

#: The figures, kept beside the MkDocs hook that used to hold this code.
DATA = Path(__file__).resolve().parent.parent / "hooks" / "cijfers.toml"
MAP = "img/grafieken"

SHORTCODE = re.compile(r"<!--\s*grafiek:(?P<id>[^\s>]*)\s*-->")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")

# --- Drawing constants --------------------------------------------------------------------
# Colours on white (#ffffff), contrast ratio in brackets:
#   text #1a1a1a (17.4:1), secondary text #4d4d4d (8.5:1),
#   primary #0b5563 (8.4:1), accent #a04000 (6.5:1), purple #5b3a8c (8.9:1).
BREEDTE = 420
MARGE = 16
LETTER = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif"
TEKST = "#1a1a1a"
TEKST_ZACHT = "#4d4d4d"
RASTER = "#c4c4c4"
WAARDE_RUIMTE = 64  # room right of the longest bar for its value label
STAAF_HOOGTE = 28


@dataclass(frozen=True)
class Stijl:
    """How one group of bars is drawn: fill (colour or pattern), outline and its name."""

    vulling: str
    rand: str
    patroon: str  # SVG <pattern> element, or "" for a plain colour
    naam: str  # how the pattern is named in the description


STIJLEN: dict[str, Stijl] = {
    "referentie": Stijl("#0b5563", "#0b5563", "", "effen donkerblauw"),
    "immigrant": Stijl(
        "url(#arcering)",
        "#a04000",
        '<pattern id="arcering" width="8" height="8" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="8" height="8" fill="#f7e0d0"/>'
        '<rect width="4" height="8" fill="#a04000"/></pattern>',
        "oranjebruin gearceerd",
    ),
    "genaturaliseerd": Stijl(
        "url(#stippen)",
        "#5b3a8c",
        '<pattern id="stippen" width="8" height="8" patternUnits="userSpaceOnUse">'
        '<rect width="8" height="8" fill="#ece5f6"/>'
        '<circle cx="4" cy="4" r="2.2" fill="#5b3a8c"/></pattern>',
        "paars gestippeld",
    ),
}


@dataclass(frozen=True)
class Staaf:
    """One bar: its label, the plotted value and how the source words it."""

    label: str
    groep: str
    waarde: int
    benadering: bool
    omschrijving: str
    bron_formulering: str

    @property
    def kort(self) -> str:
        """The value as drawn on the bar: ``±51 %`` when the source gives no exact number."""
        return f"{'±' if self.benadering else ''}{self.waarde} %"

    @property
    def in_tabel(self) -> str:
        """The value as shown in the table: ``± 51 %`` or ``13 %``."""
        return f"{'± ' if self.benadering else ''}{self.waarde} %"


@dataclass(frozen=True)
class Grafiek:
    """One chart: title, unit, source (id in ``checker.bronnen``), year and bars."""

    id: str
    titel: str
    eenheid: str
    bron: str
    bron_kort: str
    jaar: str
    toelichting: str
    staven: tuple[Staaf, ...]

    @property
    def pad(self) -> str:
        """Where the SVG lands in the built site."""
        return f"{MAP}/{self.id}.svg"

    def alt(self) -> str:
        """Alternative text for the ``<img>``: what the chart shows, with every number."""
        delen = "; ".join(f"{s.label}: {s.omschrijving}" for s in self.staven)
        return f"Staafdiagram. {self.titel}: {delen}."

    def beschrijving(self) -> str:
        """The SVG's ``<desc>``: the numbers, the patterns and the source."""
        delen = "; ".join(
            f"{s.label}: {s.omschrijving} (staaf {STIJLEN[s.groep].naam})" for s in self.staven
        )
        return (
            f"Horizontale staven, schaal van 0 tot 100 %. {delen}. "
            f"Bron: {self.bron_kort}, cijfers voor {self.jaar}."
        )


# --- Reading and checking the data ---------------------------------------------------------


def _tekst(ruw: dict[str, Any], sleutel: str, waar: str, leeg_mag: bool = False) -> str:
    waarde = ruw.get(sleutel)
    if not isinstance(waarde, str) or (not waarde.strip() and not leeg_mag):
        raise ValueError(f"{waar}: '{sleutel}' moet een niet-lege tekst zijn")
    return waarde


def lees_grafieken(pad: Path = DATA) -> dict[str, Grafiek]:
    """Read and check every chart in the data file; raise ``ValueError`` on a mistake."""
    with pad.open("rb") as f:
        ruw = tomllib.load(f)
    grafieken: dict[str, Grafiek] = {}
    for i, g in enumerate(ruw.get("grafiek", [])):
        gid = g.get("id")
        if not isinstance(gid, str) or not _ID.match(gid):
            raise ValueError(f"grafiek {i}: ongeldige id {gid!r}")
        if gid in grafieken:
            raise ValueError(f"grafiek {gid}: id komt twee keer voor")
        bron(_tekst(g, "bron", gid))  # KeyError for an unknown source id
        staven = []
        for j, s in enumerate(g.get("staaf", [])):
            waar = f"grafiek {gid}, staaf {j}"
            waarde = s.get("waarde")
            if not isinstance(waarde, int) or isinstance(waarde, bool) or not 0 <= waarde <= 100:
                raise ValueError(f"{waar}: 'waarde' moet een geheel getal van 0 tot 100 zijn")
            if s.get("groep") not in STIJLEN:
                raise ValueError(f"{waar}: onbekende groep {s.get('groep')!r}")
            if not isinstance(s.get("benadering"), bool):
                raise ValueError(f"{waar}: 'benadering' moet true of false zijn")
            staven.append(
                Staaf(
                    label=_tekst(s, "label", waar),
                    groep=s["groep"],
                    waarde=waarde,
                    benadering=s["benadering"],
                    omschrijving=_tekst(s, "omschrijving", waar),
                    bron_formulering=_tekst(s, "bron_formulering", waar),
                )
            )
        if len(staven) < 2:
            raise ValueError(f"grafiek {gid}: minstens twee staven nodig")
        grafieken[gid] = Grafiek(
            id=gid,
            titel=_tekst(g, "titel", gid),
            eenheid=_tekst(g, "eenheid", gid),
            bron=g["bron"],
            bron_kort=_tekst(g, "bron_kort", gid),
            jaar=_tekst(g, "jaar", gid),
            toelichting=_tekst(g, "toelichting", gid, leeg_mag=True),
            staven=tuple(staven),
        )
    if not grafieken:
        raise ValueError(f"{pad}: geen [[grafiek]] gevonden")
    return grafieken


# --- Drawing -------------------------------------------------------------------------------


def _regels(tekst: str, max_tekens: int) -> list[str]:
    """Break a text into lines of at most ``max_tekens`` characters, at spaces."""
    regels: list[str] = []
    huidig = ""
    for woord in tekst.split():
        kandidaat = f"{huidig} {woord}".strip()
        if len(kandidaat) > max_tekens and huidig:
            regels.append(huidig)
            huidig = woord
        else:
            huidig = kandidaat
    if huidig:
        regels.append(huidig)
    return regels


def _tekstblok(
    regels: list[str], x: float, y: float, grootte: int, kleur: str, vet: bool = False
) -> tuple[str, float]:
    """SVG <text> lines from baseline ``y``; return the markup and the y below the block."""
    gewicht = ' font-weight="700"' if vet else ""
    delen = []
    for regel in regels:
        delen.append(
            f'<text x="{x:g}" y="{y:g}" font-size="{grootte}" fill="{kleur}"{gewicht}>'
            f"{escape(regel)}</text>"
        )
        y += round(grootte * 1.3)
    return "\n".join(delen), y


def teken_svg(g: Grafiek) -> str:
    """One chart as a self-contained SVG document."""
    binnen = BREEDTE - 2 * MARGE
    schaal = binnen - WAARDE_RUIMTE  # width of 100 %
    delen: list[str] = []

    kop, y = _tekstblok(_regels(g.titel, 38), MARGE, MARGE + 17, 17, TEKST, vet=True)
    delen.append(kop)
    eenheid, y = _tekstblok(_regels(g.eenheid, 52), MARGE, y + 2, 13, TEKST_ZACHT)
    delen.append(eenheid)

    y += 8
    raster_boven = y
    staven: list[str] = []
    for s in g.staven:
        stijl = STIJLEN[s.groep]
        label, y = _tekstblok(_regels(s.label, 44), MARGE, y + 15, 15, TEKST)
        staven.append(label)
        boven = y - 10
        lengte = max(schaal * s.waarde / 100, 2)
        staven.append(
            f'<rect x="{MARGE}" y="{boven:g}" width="{lengte:.1f}" height="{STAAF_HOOGTE}" '
            f'fill="{stijl.vulling}" stroke="{stijl.rand}" stroke-width="2"/>'
        )
        staven.append(
            f'<text x="{MARGE + lengte + 8:.1f}" y="{boven + STAAF_HOOGTE / 2 + 6:g}" '
            f'font-size="16" font-weight="700" fill="{TEKST}">{escape(s.kort)}</text>'
        )
        y = boven + STAAF_HOOGTE + 12
    raster_onder = y - 4

    raster: list[str] = []
    for pct in (0, 25, 50, 75, 100):
        x = MARGE + schaal * pct / 100
        streep = "" if pct == 0 else ' stroke-dasharray="3 3"'
        raster.append(
            f'<line x1="{x:g}" y1="{raster_boven:g}" x2="{x:g}" y2="{raster_onder:g}" '
            f'stroke="{RASTER if pct else TEKST_ZACHT}" stroke-width="1"{streep}/>'
        )
        anker = "start" if pct == 0 else "middle"
        raster.append(
            f'<text x="{x:g}" y="{raster_onder + 16:g}" font-size="12" fill="{TEKST_ZACHT}" '
            f'text-anchor="{anker}">{pct} %</text>'
        )
    y = raster_onder + 22

    voet_tekst = f"Bron: {g.bron_kort}; cijfers voor {g.jaar}."
    if any(s.benadering for s in g.staven):
        voet_tekst += " ±: de bron geeft een omschrijving, geen exact getal."
    voet, y = _tekstblok(_regels(voet_tekst, 58), MARGE, y + 12, 12, TEKST_ZACHT)
    hoogte = round(y + MARGE - 8)

    patronen = "".join(
        STIJLEN[groep].patroon
        for groep in dict.fromkeys(s.groep for s in g.staven)
        if STIJLEN[groep].patroon
    )
    defs = f"<defs>{patronen}</defs>\n" if patronen else ""
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {BREEDTE} {hoogte}" '
        f'width="{BREEDTE}" height="{hoogte}" role="img" '
        f'aria-labelledby="titel beschrijving" xml:lang="nl" lang="nl" '
        f'font-family="{LETTER}">\n'
        f'<title id="titel">{escape(g.titel)}</title>\n'
        f'<desc id="beschrijving">{escape(g.beschrijving())}</desc>\n'
        f"{defs}"
        f'<rect width="{BREEDTE}" height="{hoogte}" fill="#ffffff"/>\n'
        + "\n".join(delen)
        + "\n"
        + "\n".join(raster)
        + "\n"
        + "\n".join(staven)
        + "\n"
        + voet
        + "\n</svg>\n"
    )


def hoogte_van(svg: str) -> int:
    """The height attribute of a drawn SVG (used for the ``<img>`` size)."""
    m = re.search(r'viewBox="0 0 \d+ (\d+)"', svg)
    if m is None:
        raise ValueError("SVG zonder viewBox")
    return int(m.group(1))


# --- Markdown ------------------------------------------------------------------------------


def _cel(tekst: str) -> str:
    return tekst.replace("|", "\\|").replace("\n", " ")


def markdown(g: Grafiek, pagina_src: str, hoogte: int) -> str:
    """The figure with the chart, its caption and the table with the same numbers."""
    doel = posixpath.relpath(g.pad, posixpath.dirname(pagina_src) or ".")
    alt = g.alt().replace("[", "(").replace("]", ")")
    bijschrift = f"{g.titel}. Bron: {g.bron_kort}; cijfers voor {g.jaar}."
    rijen = [
        "| Groep | Cijfer in de grafiek | Wat de bron zegt |",
        "|---|--:|---|",
        *(f"| {_cel(s.label)} | {s.in_tabel} | {_cel(s.omschrijving)} |" for s in g.staven),
    ]
    noten = [f"Eenheid: {g.eenheid}."]
    if g.toelichting:
        noten.append(g.toelichting)
    if any(s.benadering for s in g.staven):
        noten.append(
            "± of een woord als *ongeveer* of *bijna*: de bron geeft geen exact getal, "
            "alleen een omschrijving. In de grafiek staat het getal dat daar het best bij past."
        )
    noten.append(f"Bron: {bron_link(g.bron)}; cijfers voor {g.jaar}.")
    return (
        f'<div class="lw-grafiek" id="grafiek-{g.id}" markdown>\n\n'
        f'<figure markdown="span">\n'
        f'  ![{alt}]({doel}){{ width="{BREEDTE}" height="{hoogte}" loading="lazy" }}\n'
        f"  <figcaption>{escape(bijschrift)}</figcaption>\n"
        f"</figure>\n\n" + "\n".join(rijen) + "\n\n" + " ".join(noten) + "\n\n</div>\n"
    )


# --- The whole chart step --------------------------------------------------------------------


@dataclass(frozen=True)
class Grafieken:
    """Every chart of the data file, drawn: what a build needs from this module."""

    grafieken: dict[str, Grafiek]
    svg: dict[str, str]

    def bestanden(self) -> dict[str, str]:
        """The SVG files to add to the site: path in the site → content."""
        return {g.pad: self.svg[gid] for gid, g in self.grafieken.items()}


def laad_grafieken(pad: Path = DATA) -> Grafieken:
    """Read, check and draw every chart; :class:`BuildError` on a mistake in the data."""
    try:
        grafieken = lees_grafieken(pad)
    except (OSError, ValueError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise BuildError(f"{pad.name}: {exc}") from exc
    return Grafieken(grafieken, {gid: teken_svg(g) for gid, g in grafieken.items()})


def render_charts(markdown_tekst: str, page_uri: str, charts: Grafieken) -> str:
    """Render every ``<!-- grafiek:ID -->`` into a figure and its data table."""

    def vervang(match: re.Match[str]) -> str:
        gid = match.group("id")
        g = charts.grafieken.get(gid)
        if g is None:
            bekend = ", ".join(sorted(charts.grafieken))
            raise BuildError(f"{page_uri}: onbekende grafiek {gid!r} (bekend: {bekend})")
        return markdown(g, page_uri, hoogte_van(charts.svg[gid]))

    return SHORTCODE.sub(vervang, markdown_tekst)
