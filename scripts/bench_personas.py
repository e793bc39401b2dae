"""Five people fill the checker on a 360 × 740 phone: how many questions, how far to the answer.

Not a test: it prints a table. For each persona the script fills the REAL form in
Chromium as a person would, top to bottom, answering only the questions that are shown
(Python decides which), and after every answer measures where the outcome is:

- **in view**: is an outcome sentence (the outcome bar, or the result's headline) inside
  the screen right after the answer, without scrolling?
- **screens to the headline**: the distance from the answered field to the result's own
  headline, in screen heights (0 when the headline is on screen); the outcome bar is
  what makes this distance not matter.

It also counts the questions shown at the end (each housemate's field counts once), the
questions answered, and the words of the result as first shown. When the page says the
outcome is settled (no open answer can change it), the person stops there and folds the
other questions away, as the page offers.

Usage: ``python scripts/bench_personas.py [--site DIR | --base URL]`` (builds the site
when neither is given). Needs Chromium at ``$CHROMIUM`` (default /usr/bin/chromium).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from playwright.sync_api import Page, sync_playwright

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from checker import VRAGEN  # noqa: E402
from checker.voorbeelden import BASIS  # noqa: E402
from scripts.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from scripts.serve import free_port, serve_in_thread  # noqa: E402

HEIGHT = 740

#: Who fills the form, with every answer they know (questions not shown are skipped).
PERSONAS: dict[str, dict[str, Any]] = {
    "vluchteling bij haar ouders": {
        **BASIS,
        "verblijfsstatus": "erkend_vluchteling",
        "leeftijd": 22,
        "kind_ten_laste": False,
        "samenwonend": True,
        "huisgenoten": [
            {"relatie": "ouder", "inkomen": "1.200", "kinderbijslag": "0"},
            {"relatie": "ouder", "inkomen": "0", "kinderbijslag": "0"},
        ],
        "leefloon_voor_maart_2026": "nee",
    },
    "EU-werkzoekende": {
        **BASIS,
        "verblijfsstatus": "eu_burger",
        "eu_hoedanigheid": "werkzoekende",
        "verblijf_langer_dan_3_maanden": False,
        "leeftijd": 28,
        "kind_ten_laste": False,
        "samenwonend": False,
    },
    "status onbekend": {
        **BASIS,
        "verblijfsstatus": "",  # "Weet ik niet"
        "leeftijd": 35,
        "kind_ten_laste": False,
        "samenwonend": False,
    },
    "alleenstaande ouder met loon": {
        **BASIS,
        "verblijfsstatus": "subsidiaire_bescherming",
        "leeftijd": 31,
        "kind_ten_laste": True,
        "samenwonend": False,
        "inkomen_werk": "800",
        "socioprofessionele_vrijstelling": False,
    },
    "koppel": {
        **BASIS,
        "verblijfsstatus": "belg",
        "leeftijd": 45,
        "kind_ten_laste": False,
        "samenwonend": True,
        "huisgenoten": [{"relatie": "partner", "inkomen": "1.000"}],
    },
}

_HEADLINE = "#lw-resultaat .lw-oordeel__tekst strong"
_OUTCOME_IN_VIEW = """() => {
  const r = document.querySelector('#lw-resultaat .lw-oordeel__tekst strong');
  if (!r) return false;
  const text = r.textContent.trim();
  const all = document.querySelectorAll(
    '#lw-balk-tekst strong, #lw-resultaat .lw-oordeel__tekst strong');
  return [...all].some((e) => { const b = e.getBoundingClientRect();
    return e.textContent.trim() === text && b.height > 0 && b.top >= 0
      && b.bottom <= innerHeight; });
}"""

_SCREENS_TO_HEADLINE = """(sel) => {
  const f = document.querySelector(sel);
  const h = document.querySelector('#lw-resultaat [data-outcome]');
  if (!f || !h) return null;
  const a = f.getBoundingClientRect(), b = h.getBoundingClientRect();
  if (b.top >= 0 && b.bottom <= innerHeight) return 0;
  return Math.max(0, b.top - a.bottom) / innerHeight;
}"""

_SHOWN = """() => [...document.querySelectorAll('#lw-formulier [data-vraag]')]
  .filter((w) => w.dataset.vraag !== 'peildatum' && w.dataset.type !== 'lijst'
    && w.offsetParent !== null).length"""

_WORDS = """() => {
  const out = [];
  const walk = (n) => { for (const c of n.childNodes) {
    if (c.nodeType === 3) { out.push(c.textContent); continue; }
    if (c.nodeType !== 1 || c.hidden) continue;
    if (c.tagName === 'DETAILS' && !c.open) {
      out.push(' ' + c.querySelector(':scope > summary').textContent + ' '); continue; }
    out.push(' '); walk(c); out.push(' '); } };
  walk(document.getElementById('lw-resultaat'));
  return out.join('').split(/\\s+/).filter((w) => /[\\p{L}\\p{N}]/u.test(w)).length;
}"""


@dataclass
class Walk:
    shown: int
    answered: int
    always_in_view: bool
    max_screens: float
    settled_after: int | None
    words: int
    outcome: str


def _settle(page: Page) -> None:
    page.wait_for_function("() => window.__lwPerf && !window.__lwPerf.busy", timeout=60_000)


def _form_value(v: object) -> str:
    return "ja" if v is True else "nee" if v is False else str(v)


def _answer(page: Page, path: str, qtype: str, value: object) -> str:
    """Answer one field; returns the selector of what was answered."""
    hid = path.replace(".", "-")
    if qtype in ("janee", "keuze"):
        sel = f'input[type="radio"][name="{path}"][value="{_form_value(value)}"]'
        page.locator(f'label[for="{page.locator(sel).get_attribute("id")}"]').click()
        return sel
    sel = f"#lw-{hid}"
    page.locator(sel).fill(_form_value(value))
    page.locator(sel).blur()
    return sel


def _visible(page: Page, path: str) -> bool:
    return bool(
        page.evaluate(
            "(p) => { const w = document.getElementById('lw-vraag-' + p.replaceAll('.', '-'));"
            " return !!w && !w.hidden && w.offsetParent !== null; }",
            path,
        )
    )


def walk(page: Page, base: str, answers: dict[str, Any]) -> Walk:
    page.goto(f"{base}checker/")
    page.wait_for_function("() => window.__lwPerf && window.__lwPerf.firstResult !== null")
    _settle(page)
    answered = 0
    in_view = True
    screens = 0.0
    settled_after = None

    def after(sel: str) -> None:
        nonlocal answered, in_view, screens, settled_after
        answered += 1
        _settle(page)
        page.wait_for_timeout(100)
        in_view = in_view and bool(page.evaluate(_OUTCOME_IN_VIEW))
        screens = max(screens, page.evaluate(_SCREENS_TO_HEADLINE, sel) or 0.0)
        if settled_after is None and page.locator("#lw-beslist").is_visible():
            settled_after = answered

    for vraag in VRAGEN:
        if settled_after is not None:
            # The page says no open answer can change the outcome: the person stops and
            # folds the other questions away.
            page.locator("#lw-beslist-toon").click()
            break
        if vraag.id not in answers or not _visible(page, vraag.id):
            continue
        if vraag.type == "lijst":
            for i, row in enumerate(answers[vraag.id]):
                if page.locator(f"#lw-vraag-{vraag.id}-{i}").count() == 0:
                    page.locator(f'[data-lw-voegtoe="{vraag.id}"]').click()
                for veld in vraag.velden:
                    path = f"{vraag.id}.{i}.{veld.id}"
                    _settle(page)
                    if veld.id in row and _visible(page, path):
                        after(_answer(page, path, veld.type, row[veld.id]))
            continue
        after(_answer(page, vraag.id, vraag.type, answers[vraag.id]))
    return Walk(
        shown=int(page.evaluate(_SHOWN)),
        answered=answered,
        always_in_view=in_view,
        max_screens=screens,
        settled_after=settled_after,
        words=int(page.evaluate(_WORDS)),
        outcome=page.locator(_HEADLINE).inner_text(),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--site", type=Path, help="a built site (else: build one)")
    parser.add_argument("--base", help="a served site's URL (instead of --site)")
    args = parser.parse_args()
    server = None
    base = args.base
    with tempfile.TemporaryDirectory() as tmp:
        if base is None:
            port = free_port()
            base = f"http://127.0.0.1:{port}/"
            site = args.site
            if site is None:
                site = Path(tmp) / "site"
                env = {**os.environ, "SITE_URL": base, "NO_MKDOCS_2_WARNING": "1"}
                subprocess.run(
                    [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)],
                    cwd=ROOT,
                    env=env,
                    check=True,
                )
            server = serve_in_thread(site, port)
        rows = []
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = browser.new_context(
                viewport={"width": 360, "height": HEIGHT},
                is_mobile=True,
                has_touch=True,
                locale="nl-BE",
            )
            page = context.new_page()
            for name, answers in PERSONAS.items():
                w = walk(page, base, answers)
                rows.append(
                    (
                        name,
                        str(w.shown),
                        str(w.answered),
                        "-" if w.settled_after is None else str(w.settled_after),
                        "ja" if w.always_in_view else "nee",
                        f"{w.max_screens:.1f}",
                        str(w.words),
                        w.outcome,
                    )
                )
            browser.close()
        if server is not None:
            server.shutdown()
    head = (
        "persona",
        "vragen getoond",
        "beantwoord",
        "vast na",
        "uitkomst in beeld na elk antwoord",
        "max. schermen tot de kop",
        "woorden eerste blik",
        "uitkomst",
    )
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    for r in [head, tuple("-" * w for w in widths), *rows]:
        print("| " + " | ".join(c.ljust(widths[i]) for i, c in enumerate(r)) + " |")


if __name__ == "__main__":
    main()
