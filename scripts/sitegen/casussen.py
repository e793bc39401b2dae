"""The Casussen pages for trainers, rendered from :mod:`checker.casussen`.

Plain functions that return Markdown; ``scripts/sitegen/shortcodes.py`` registers them:

- :func:`overzicht` — every case with its title, themes and what it teaches, and the
  themes with their cases (``<!-- lw:casussen-overzicht -->``);
- :func:`verhalen` — per case its story, the discussion questions and a link that opens
  the case in the checker with its answers filled in (``<!-- lw:casussen -->``);
- :func:`kaarten` — the printable case cards, one per A4 page (``<!-- lw:casuskaarten -->``);
- :func:`antwoordblad` — the trainer's answer sheet: each case's result and reasons,
  computed here by :func:`checker.evaluate` at build time (``<!-- lw:casus-antwoorden -->``);
- :func:`casus_link` — a link to one case on the Casussen page (``<!-- lw:casus ID -->``).

The participants' pages (overview, stories, cards) never show a case's expected result:
that is on the answer sheet only, and comes from the rules, not from ``casussen.toml``.

:func:`deel_fragment` is THE encoding of the checker's share link (read by
``docs/javascripts/checker/share.js``): ``#a=`` + base64url of the JSON
``{"a": answers, "d": "YYYY-MM-DD"}``, the answers as the form holds them (yes/no as
``"ja"``/``"nee"``). :func:`lees_fragment` reads one back.
"""

from __future__ import annotations

import base64
import json
import posixpath
from collections.abc import Mapping
from datetime import date
from typing import Any

from checker import REGELS_VERSIE, evaluate
from checker.casussen import CASUSSEN, Casus, casus
from checker.site import tabel
from checker.tekst import datum
from checker.uitkomst import STATUS_TEKST, Notice, Result
from checker.vragen import PER_ID

#: The fragment's prefix, as in share.js.
PREFIX = "#a="
#: Where the Casussen page and the checker are, as docs sources.
CASUSSEN_PAGINA = "casussen/index.md"
CHECKER_PAGINA = "checker.md"

_JANEE = {True: "ja", False: "nee"}
_UIT_JANEE = {"ja": True, "nee": False}


# --- The share link ------------------------------------------------------------------------


def formwaarde(waarde: object) -> object:
    """An answer as the checker's form holds it: yes/no as ``"ja"``/``"nee"``.

    Also used by the tests that send answers the way the page does.
    """
    if isinstance(waarde, bool):
        return _JANEE[waarde]
    if isinstance(waarde, list):
        return [
            {k: formwaarde(v) for k, v in rij.items()} if isinstance(rij, dict) else rij
            for rij in waarde
        ]
    return waarde


def deel_fragment(antwoorden: Mapping[str, Any], peildatum: date | None) -> str:
    """The checker's share fragment for these answers and date (see the module docstring)."""
    data: dict[str, Any] = {"a": {k: formwaarde(v) for k, v in antwoorden.items()}}
    if peildatum is not None:
        data["d"] = peildatum.isoformat()
    tekst = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return PREFIX + base64.urlsafe_b64encode(tekst.encode("utf-8")).decode("ascii").rstrip("=")


def lees_fragment(fragment: str) -> tuple[dict[str, Any], date | None]:
    """The answers and date in a share fragment, yes/no back as booleans.

    The inverse of :func:`deel_fragment`, for the tests and for tools; the browser has its
    own reader (share.js). A fragment without ``#a=`` raises ``ValueError``.
    """
    if not fragment.startswith(PREFIX):
        raise ValueError(f"geen antwoorden in {fragment[:20]!r}: verwacht '{PREFIX}…'")
    ruw = fragment[len(PREFIX) :]
    data = json.loads(base64.urlsafe_b64decode(ruw + "=" * (-len(ruw) % 4)).decode("utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("a"), dict):
        raise ValueError("het fragment bevat geen object met antwoorden")
    d = data.get("d")
    return _uit_form(data["a"]), date.fromisoformat(d) if isinstance(d, str) else None


def _uit_form(antwoorden: dict[str, Any]) -> dict[str, Any]:
    def terug(vraag_type: str, waarde: object) -> object:
        if vraag_type == "janee" and isinstance(waarde, str) and waarde in _UIT_JANEE:
            return _UIT_JANEE[waarde]
        return waarde

    uit: dict[str, Any] = {}
    for k, v in antwoorden.items():
        vraag = PER_ID.get(k)
        if vraag is not None and vraag.type == "lijst" and isinstance(v, list):
            types = {veld.id: veld.type for veld in vraag.velden}
            uit[k] = [
                {f: terug(types.get(f, ""), x) for f, x in rij.items()}
                if isinstance(rij, dict)
                else rij
                for rij in v
            ]
        else:
            uit[k] = terug(vraag.type if vraag is not None else "", v)
    return uit


def checker_href(c: Casus, root: str) -> str:
    """The address of the checker with this case's answers and date, from a page at ``root``."""
    return f"{root}checker/{deel_fragment(c.antwoorden, c.peildatum)}"


# --- Helpers ---------------------------------------------------------------------------------


def root_van(page_uri: str) -> str:
    """The relative URL from a page (its docs source) to the site root (directory URLs)."""
    delen = page_uri.removesuffix(".md").split("/")
    if delen[-1] == "index":
        delen = delen[:-1]
    return "../" * len(delen)


def _md(tekst: str) -> str:
    """Text for a Markdown line: no table pipes, no accidental HTML."""
    return tekst.replace("|", "\\|").replace("<", "&lt;")


def _attr(tekst: str) -> str:
    return tekst.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


def _themas(c: Casus) -> str:
    return ", ".join(c.thema)


def casus_link(casus_id: str, page_uri: str) -> str:
    """A Markdown link to one case on the Casussen page, with its title."""
    c = casus(casus_id)
    doel = posixpath.relpath(CASUSSEN_PAGINA, posixpath.dirname(page_uri) or ".")
    return f"[{_md(c.titel)}]({doel}#{c.id})"


def _per_thema(casussen: tuple[Casus, ...]) -> dict[str, list[Casus]]:
    per: dict[str, list[Casus]] = {}
    for c in casussen:
        for t in c.thema:
            per.setdefault(t, []).append(c)
    return dict(sorted(per.items(), key=lambda kv: kv[0].casefold()))


# --- The participants' pages -----------------------------------------------------------------


def overzicht(casussen: tuple[Casus, ...] = CASUSSEN) -> str:
    """The list of cases (title, themes, what it teaches) and the table of themes."""
    regels = ['<div class="lw-casuslijst" markdown>', ""]
    for i, c in enumerate(casussen, start=1):
        regels += [
            f"{i}. **[{_md(c.titel)}](#{c.id})**",
            "",
            f"    Je leert: {_md(c.leert)}",
            "",
            f"    Thema's: {_md(_themas(c))}",
            "    { .lw-casus__themas }",
            "",
        ]
    regels += ["", "</div>", ""]
    rijen = ["| Thema | Casussen |", "|---|---|"]
    for thema, groep in _per_thema(casussen).items():
        links = ", ".join(f"[{_md(c.titel)}](#{c.id})" for c in groep)
        rijen.append(f"| {_md(thema)} | {links} |")
    regels += ["### Casussen per thema", "", tabel("Casussen per thema", "\n".join(rijen))]
    return "\n".join(regels) + "\n"


def _verhaal(c: Casus, kop: str, anker: str) -> list[str]:
    vragen = [f"{i}. {_md(v)}" for i, v in enumerate(c.vragen, start=1)]
    return [
        f"{kop} {_md(c.titel)} {{ #{anker} }}",
        "",
        f"Thema's: {_md(_themas(c))}",
        "{ .lw-casus__themas }",
        "",
        _md(c.verhaal),
        "",
        "**Om over te praten**",
        "",
        *vragen,
        "",
    ]


def verhalen(page_uri: str, casussen: tuple[Casus, ...] = CASUSSEN) -> str:
    """Per case: its story, the discussion questions and "Open deze casus in de test".

    The link is raw HTML: its fragment holds the answers, which is no anchor MkDocs could
    check. ``data-lw-casus`` names the case (for the tests). ``target="_self"`` makes it a
    full page load, not instant navigation: after an instant navigation, mkdocs-material's
    ``navigation.tracking`` may write this page's current heading (``#<case id>``) over the
    new address, and the answers would be lost.
    """
    root = root_van(page_uri)
    delen: list[str] = []
    for c in casussen:
        href = _attr(checker_href(c, root))
        delen += [
            f'<section class="lw-casus" data-lw-casus="{c.id}" markdown>',
            "",
            *_verhaal(c, "##", c.id),
            f'<p class="lw-casus__open"><a class="md-button" data-lw-casus="{c.id}" '
            f'href="{href}" target="_self">Open deze casus in de test</a></p>',
            "",
            "</section>",
            "",
        ]
    return "\n".join(delen)


def _adres(site_url: str) -> str:
    """The site's address as printed: without the scheme, with the Casussen path."""
    basis = site_url.split("://", 1)[-1].rstrip("/")
    return f"{basis}/casussen/"


def kaarten(site_url: str, page_uri: str, casussen: tuple[Casus, ...] = CASUSSEN) -> str:
    """One card per case: site name, story, questions and where to find the case online.

    No answers. The print style sheet (``stylesheets/casussen.css``) puts each card on its
    own A4 page and hides everything else.
    """
    adres = _adres(site_url)
    doel = posixpath.relpath(CASUSSEN_PAGINA, posixpath.dirname(page_uri) or ".")
    n = len(casussen)
    delen: list[str] = ['<div class="lw-kaarten" markdown>', ""]
    for i, c in enumerate(casussen, start=1):
        delen += [
            f'<section class="lw-kaart" data-lw-casus="{c.id}" markdown>',
            "",
            f'<p class="lw-kaart__kop"><strong>Leefloonwijzer</strong> · casus {i} van {n}</p>',
            "",
            *_verhaal(c, "##", f"kaart-{c.id}"),
            f"Leefloonwijzer · [{adres}#{c.id}]({doel}#{c.id})",
            "{ .lw-kaart__voet }",
            "",
            "</section>",
            "",
        ]
    delen += ["</div>", ""]
    return "\n".join(delen)


# --- The trainer's answer sheet ----------------------------------------------------------------


def _redenen(r: Result) -> str:
    rijen = ["| Voorwaarde | Uitkomst | Waarom |", "|---|---|---|"]
    for cond in r.conditions:
        waarom = " ".join(_md(x) for x in cond.reasons) or "—"
        rijen.append(f"| {_md(cond.title)} | {STATUS_TEKST[cond.status]} | {waarom} |")
    return "\n".join(rijen)


def _melding(m: Notice) -> str:
    titel = m.title if m.title.endswith((".", "?", "!")) else m.title + "."
    return f"**{_md(titel)}** {_md(m.text)}"


def antwoord(c: Casus) -> str:
    """One case on the answer sheet: the rules' result on the case's date, with reasons."""
    r = evaluate(c.antwoorden, c.peildatum)
    h = r.headline
    regels = [
        f'<section class="lw-antwoord" data-lw-casus="{c.id}" markdown>',
        "",
        f"## {_md(c.titel)} {{ #{c.id} }}",
        "",
        f"Datum van de aanvraag: {datum(c.peildatum)}. Je leert: {_md(c.leert)}",
        "",
        f"**Uitkomst:** {_md(h.text)}",
        f'{{ .lw-antwoord__uitkomst data-lw-uitkomst="{r.outcome.value}" }}',
        "",
    ]
    if h.amount_text:
        label = h.amount_label or "Bedrag"
        regels += [f"**{_md(label)}:** {_md(h.amount_text)}", ""]
    if h.amount_note:
        regels += [_md(h.amount_note), ""]
    if h.first_step:
        regels += [f"**Eerste stap:** {_md(h.first_step)}", ""]
    regels += [tabel(f"Voorwaarden: {c.titel}", _redenen(r)), ""]
    # What the table already says (a condition that is still uncertain) is not repeated.
    al_gezegd = {" ".join(cond.reasons) for cond in r.conditions}
    meldingen = [m for m in (*r.warnings, *r.caveats) if m.text not in al_gezegd]
    if meldingen:
        regels += ["**Let op:**", ""]
        regels += [f"- {_melding(m)}" for m in meldingen]
        regels.append("")
    if r.alternatives:
        regels += ["**Andere hulp:**", ""]
        regels += [f"- {_melding(m)}" for m in r.alternatives]
        regels.append("")
    regels += ["</section>", ""]
    return "\n".join(regels)


def antwoordblad(casussen: tuple[Casus, ...] = CASUSSEN) -> str:
    """Every case's result, computed by the rules when the site is built."""
    kop = (
        f"De rekenregels van de test (versie {REGELS_VERSIE}) berekenden deze uitkomsten toen de "
        "site werd gebouwd. Niemand typte ze over."
    )
    return kop + "\n{ .lw-antwoord__bron }\n\n" + "\n".join(antwoord(c) for c in casussen)
