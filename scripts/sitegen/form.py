"""The checker's static form, rendered from the questionnaire with Jinja2 templates.

Every question is readable and fillable at first paint, before Python loads; questions
that only apply after an earlier answer start ``hidden``. The browser only shows, hides
and sends; the rules decide.

The templates are in ``templates/checker/``:

- ``formulier.html``   the whole block: form, status line, result, summary, actions;
- ``groep.html``       one group of questions (a ``<fieldset>``) and the date question;
- ``vraag_<soort>.html`` one macro ``vraag(q)`` per kind of question, chosen by
  :data:`VRAAGSOORTEN` from the question's ``type`` (a list's macro also gets its
  entries' fields and this renderer: ``vraag(q, velden, vraag)``);
- ``onderdelen.html``  the parts every question has: help text, error line, attributes.

In every template but ``formulier.html`` line breaks are for reading only: the build
joins the lines (:class:`EenRegel`), so never break a line inside text, and start a line
that continues a tag with the one space it needs (no indentation).
Values are HTML-escaped automatically (autoescape); ``|t`` escapes a text and marks the
glossary's terms. A question type without a template fails the build with a message that
says where to add one.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import jinja2
from jinja2.ext import Extension
from markupsafe import Markup

from checker.site import woordenlijst_termen
from checker.tekst import datum
from scripts.sitegen.errors import BuildError

TEMPLATES = Path(__file__).resolve().parent / "templates"

#: Question ``type`` → template ``checker/vraag_<soort>.html`` that renders it.
VRAAGSOORTEN: dict[str, str] = {
    "janee": "keuze",
    "keuze": "keuze",
    "geheel": "getal",
    "bedrag": "getal",
    "lijst": "lijst",
}

#: Templates whose line breaks are layout only (joined at build time).
_SAMEN = re.compile(r"^checker/(?!formulier\.html$).*\.html$")


class EenRegel(Extension):
    """Join the lines of the compact templates: each line starts where the last ended."""

    def preprocess(self, source: str, name: str | None, filename: str | None = None) -> str:
        if name is not None and _SAMEN.match(name):
            return source.replace("\n", "")
        return source


def escape(value: object) -> str:
    """HTML-escape ``value``, quotes too."""
    return html.escape(str(value))


@dataclass
class Woordenlijst:
    """The site's glossary: marks its terms in a text with ``<abbr title>``.

    The form is injected after Markdown, so the abbr extension never sees it; this gives
    the form's labels the same tooltips as the rest of the site.
    """

    termen: Mapping[str, str]
    _patroon: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _per_html: dict[str, str] = field(default_factory=dict, init=False, repr=False)

    @classmethod
    def uit_docs(cls, docs_dir: Path) -> Woordenlijst:
        """The glossary of ``docs/includes/woordenlijst.md`` (empty when there is none)."""
        path = docs_dir / "includes" / "woordenlijst.md"
        if not path.is_file():
            return cls({})
        return cls(woordenlijst_termen(path.read_text(encoding="utf-8")))

    def markeer(self, text: object) -> str:
        """Escape ``text`` and mark glossary terms, like the Markdown pages."""
        escaped = escape(text)
        if not self.termen:
            return escaped
        if self._patroon is None:
            terms = sorted(self.termen, key=len, reverse=True)
            self._patroon = re.compile(
                r"(?<!\w)(" + "|".join(re.escape(escape(x)) for x in terms) + r")(?!\w)"
            )
            self._per_html = {escape(k): v for k, v in self.termen.items()}
        per_html = self._per_html
        return self._patroon.sub(
            lambda m: f'<abbr title="{escape(per_html[m[1]])}">{m[1]}</abbr>', escaped
        )


def _environment(woordenlijst: Woordenlijst) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        extensions=[EenRegel],
        keep_trailing_newline=False,
    )
    env.filters["t"] = lambda text: Markup(woordenlijst.markeer(text))
    return env


def _met_pad(q: Mapping[str, Any], pad: str) -> dict[str, Any]:
    """``q`` with its field name ``pad`` (``leeftijd``, ``huisgenoten.0.relatie``) and the
    matching HTML id part ``hid`` (dots become dashes)."""
    return {**q, "pad": pad, "hid": pad.replace(".", "-")}


def _velden(q: Mapping[str, Any], index: object) -> list[dict[str, Any]]:
    """The fields of entry ``index`` of list question ``q`` (``__I__`` in the template)."""
    return [_met_pad(f, f"{q['pad']}.{index}.{f['id']}") for f in q["fields"]]


def _velden_json(q: Mapping[str, Any]) -> str:
    """A list's fields for the page script: short name, type, unit, choices, and whether
    the field shows in an entry that Python has not answered about yet."""
    return json.dumps(
        {
            f["id"]: {
                "short": f["short"],
                "type": f["type"],
                "unit": f["unit"],
                "choices": {c["value"]: c["label"] for c in f["choices"]},
                # Shown in an entry Python has not seen yet (no condition to meet)?
                "start": not f["relevant_if"],
            }
            for f in q["fields"]
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _vraag_renderer(env: jinja2.Environment) -> Callable[[Mapping[str, Any]], Markup]:
    macros: dict[str, Any] = {}

    def vraag(q: Mapping[str, Any]) -> Markup:
        soort = VRAAGSOORTEN.get(q["type"])
        if soort is None:
            raise BuildError(
                f"Vraag {q['id']!r} heeft type {q['type']!r}, waarvoor het formulier nog geen "
                f"sjabloon heeft. Maak scripts/sitegen/templates/checker/vraag_<soort>.html "
                f"met een macro vraag(q) en zet {q['type']!r} in VRAAGSOORTEN "
                f"(scripts/sitegen/form.py)."
            )
        if soort not in macros:
            module: Any = env.get_template(f"checker/vraag_{soort}.html").module
            macros[soort] = module.vraag
        if "pad" not in q:
            q = _met_pad(q, q["id"])
        if soort == "lijst":
            q = {**q, "velden_json": _velden_json(q)}
            return Markup(macros[soort](q, _velden, vraag))
        return Markup(macros[soort](q))

    return vraag


def render_form(
    questionnaire: Mapping[str, Any], woordenlijst: Woordenlijst, config_json: str, root: str
) -> str:
    """The checker's whole static HTML: form, status, result, summary and actions.

    ``config_json`` goes into ``data-lw-config`` for the page script; ``root`` is the
    relative path from the checker page to the site root (``"../"``).
    """
    env = _environment(woordenlijst)
    per_id = {q["id"]: q for q in questionnaire["questions"]}
    groepen = [
        {**g, "vragen": [per_id[qid] for qid in g["questions"]]} for g in questionnaire["groups"]
    ]
    van = date.fromisoformat(questionnaire["covered_from"])
    tot = date.fromisoformat(questionnaire["covered_until"])
    peildatum = {
        "van": van.isoformat(),
        "tot": tot.isoformat(),
        "van_tekst": datum(van),
        "tot_tekst": datum(tot),
    }
    return env.get_template("checker/formulier.html").render(
        config_json=config_json,
        voorwaarden=f"{root}voorwaarden/",
        groepen=groepen,
        peildatum=peildatum,
        vraag=_vraag_renderer(env),
    )
