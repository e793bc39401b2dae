"""Render ``<!-- lw:NAME args -->`` shortcodes from the rule module.

Amounts, dates, sources, statuses and worked calculations on the site are not typed into
the Markdown: a page writes a shortcode and :func:`render_shortcodes` renders it from
:mod:`checker`, so the site and the code cannot drift. An unknown shortcode, an unknown
source id or a bad argument raises :class:`~scripts.sitegen.errors.BuildError`.

Shortcodes:

- ``<!-- lw:bron ID -->`` — one source as a link with its checked month.
- ``<!-- lw:bronnen-voor ID ID … -->`` — a "Bronnen" section with those sources
  and the "Laatst nagekeken" line; every condition page ends with one.
- ``<!-- lw:bronnenlijst -->`` — every source, grouped by kind (the Bronnen page).
- ``<!-- lw:bedragen -->`` — the dated table of leefloon amounts per category.
- ``<!-- lw:bedrag CAT DATUM -->`` — one amount with its valid-from date,
  e.g. ``<!-- lw:bedrag 2 2025-02-01 -->``.
- ``<!-- lw:vrijstellingen -->`` — the dated exemptions table.
- ``<!-- lw:waarde PARAMETER DATUM -->`` — any parameter's value on a date, with its unit
  and valid-from date, e.g. ``<!-- lw:waarde meerderjarigheid 2026-03-01 -->``.
- ``<!-- lw:leeftijden -->`` — pension and IGO age by date.
- ``<!-- lw:aankondigingen -->`` — announced measures, marked as not law.
- ``<!-- lw:woordenlijst -->`` — the glossary, from ``docs/includes/woordenlijst.md``.
- ``<!-- lw:kaarten -->`` — residence card → register → nationality condition, from
  :mod:`checker.verblijfskaarten` (the condition page on nationality).
- ``<!-- lw:vermijden -->`` — the words the site avoids, from :mod:`checker.taal` (Over).
- ``<!-- lw:statussen -->``, ``<!-- lw:berekening ID -->``, ``<!-- lw:regels -->``,
  ``<!-- lw:parameters -->``, ``<!-- lw:vragen -->`` — the "Regels in code" views.
- ``<!-- lw:casussen-overzicht -->``, ``<!-- lw:casussen -->``, ``<!-- lw:casuskaarten -->``,
  ``<!-- lw:casus-antwoorden -->``, ``<!-- lw:casus ID -->`` — the Casussen pages for
  trainers, from :mod:`checker.casussen` (see :mod:`scripts.sitegen.casussen`).
- ``<!-- lw:offline-knop -->`` — "Bewaar voor offline gebruik" (see :mod:`.offline`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from checker import site as site_views
from scripts.sitegen import casussen, offline
from scripts.sitegen.errors import BuildError

SHORTCODE = re.compile(r"<!--\s*lw:([a-z-]+)((?:\s+[^\s>][^>]*?)?)\s*-->")


def _one(args: list[str]) -> str:
    if len(args) != 1:
        raise ValueError(f"verwacht precies één argument, kreeg {args!r}")
    return args[0]


def renderers(
    docs_dir: Path, page_uri: str = "index.md", site_url: str = ""
) -> dict[str, Callable[[list[str]], str]]:
    """Each shortcode's name and the function that renders it from its arguments.

    ``page_uri`` is the page's docs source (for relative links), ``site_url`` the site's
    address (printed on the case cards).
    """
    return {
        "bron": lambda a: site_views.bron_link(_one(a)),
        "bronnen-voor": lambda a: site_views.bronnen_sectie(a),
        "bronnenlijst": lambda a: site_views.bronnenlijst(),
        "bedragen": lambda a: site_views.bedragen_tabel(),
        "bedrag": lambda a: site_views.bedrag(int(a[0]), date.fromisoformat(a[1])),
        "vrijstellingen": lambda a: site_views.vrijstellingen_tabel(),
        "waarde": lambda a: site_views.parameter_waarde(a[0], date.fromisoformat(a[1])),
        "leeftijden": lambda a: site_views.leeftijden_tabel(),
        "aankondigingen": lambda a: site_views.aankondigingen(),
        "woordenlijst": lambda a: site_views.woordenlijst(
            (docs_dir / "includes" / "woordenlijst.md").read_text(encoding="utf-8")
        ),
        "statussen": lambda a: site_views.statussen_tabel(),
        "vermijden": lambda a: site_views.vermijden_tabel(),
        "kaarten": lambda a: site_views.kaarten_tabel(),
        "berekening": lambda a: site_views.berekening(_one(a)),
        "regels": lambda a: site_views.regels_overzicht(),
        "parameters": lambda a: site_views.parameters_overzicht(),
        "vragen": lambda a: site_views.vragenlijst(),
        "casussen-overzicht": lambda a: casussen.overzicht(),
        "casussen": lambda a: casussen.verhalen(page_uri),
        "casuskaarten": lambda a: casussen.kaarten(site_url, page_uri),
        "casus-antwoorden": lambda a: casussen.antwoordblad(),
        "casus": lambda a: casussen.casus_link(_one(a), page_uri),
        "offline-knop": lambda a: offline.paneel(),
    }


def render_shortcodes(markdown: str, page_uri: str, docs_dir: Path, site_url: str = "") -> str:
    """``markdown`` with every ``<!-- lw:... -->`` shortcode replaced by its rendering."""
    table = renderers(docs_dir, page_uri, site_url)

    def replace(match: re.Match[str]) -> str:
        name, raw = match.group(1), match.group(2).split()
        renderer = table.get(name)
        if renderer is None:
            raise BuildError(f"{page_uri}: onbekende shortcode lw:{name}")
        try:
            return renderer(raw)
        except (KeyError, ValueError, IndexError, LookupError) as exc:
            raise BuildError(f"{page_uri}: lw:{name} {raw}: {exc}") from exc

    return SHORTCODE.sub(replace, markdown)
