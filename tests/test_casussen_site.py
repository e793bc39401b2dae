"""The Casussen pages for trainers and the opt-in offline copy, checked on the built site.

- Every case is on the Casussen page with its story and discussion questions, and its
  "Open deze casus in de test" link carries exactly the case's answers and date (decoded
  here and compared with the case), in the encoding the checker's share.js reads.
- The participants' pages (Casussen, workshop, cards) never show a case's result; the
  trainer's answer sheet shows, for each case, the result the rules give (not typed).
- The cards page has one card per case with the site's name and address, and no answers.
- ``sw.js`` sits in the site root, names one cache after the build, lists every file it
  keeps with its integrity hash, and never an address of another origin; the button block
  is on the pages that should have it, as real buttons with a status line.

The browser side (print, opting in, going offline, a new build) is in
tests/browser/test_browser_casussen.py.
"""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from test_site import Node, _clean, _target, article, page_for, parse

from checker import evaluate
from checker.casussen import CASUSSEN, Casus
from checker.uitkomst import STATUS_TEKST
from scripts.sitegen import offline
from scripts.sitegen.casussen import deel_fragment, lees_fragment

ROOT = Path(__file__).resolve().parent.parent
IDS = [c.id for c in CASUSSEN]
DEELNEMERS = ("casussen/index.md", "casussen/kaarten.md", "casussen/workshop.md")
MET_KNOP = (*DEELNEMERS, "casussen/antwoorden.md", "over.md")


def _tekst(n: Node) -> str:
    return _clean(n.text(skip=frozenset({"script", "style"})))


def _secties(pagina: Path, klasse: str) -> dict[str, Node]:
    return {
        n.attrs["data-lw-casus"]: n
        for n in parse(pagina).iter()
        if n.tag == "section" and klasse in n.classes()
    }


def _share_js_leest(fragment: str) -> dict[str, Any]:
    """What docs/javascripts/checker/share.js's readFragment gets: base64url JSON after #a=."""
    assert fragment.startswith("#a=")
    ruw = fragment[3:]
    assert re.fullmatch(r"[A-Za-z0-9_-]+", ruw), "geen base64url"
    data = json.loads(base64.urlsafe_b64decode(ruw + "=" * (-len(ruw) % 4)).decode("utf-8"))
    assert isinstance(data, dict)
    return data


def _als_formulier(waarde: object) -> object:
    """An answer as the checker's form holds it (yes/no as "ja"/"nee")."""
    if waarde is True:
        return "ja"
    if waarde is False:
        return "nee"
    if isinstance(waarde, list):
        return [{k: _als_formulier(v) for k, v in rij.items()} for rij in waarde]
    return waarde


# --- The share link ---------------------------------------------------------------------------


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_the_share_fragment_round_trips_to_the_cases_answers_and_date(c: Casus) -> None:
    fragment = deel_fragment(c.antwoorden, c.peildatum)
    assert lees_fragment(fragment) == (c.antwoorden, c.peildatum)
    data = _share_js_leest(fragment)
    assert data == {
        "a": {k: _als_formulier(v) for k, v in c.antwoorden.items()},
        "d": str(c.peildatum),
    }
    # The rules give the same result for the form's values as for the case's own answers.
    assert evaluate(data["a"], data["d"]).to_dict() == evaluate(c.antwoorden, c.peildatum).to_dict()


def test_a_fragment_without_answers_is_refused() -> None:
    with pytest.raises(ValueError, match="#a="):
        lees_fragment("#b=abc")
    assert lees_fragment(deel_fragment({"leeftijd": 30}, None)) == ({"leeftijd": 30}, None)


# --- The Casussen page ------------------------------------------------------------------------


def test_every_case_is_on_the_casussen_page_with_its_story_and_questions(built_site: Any) -> None:
    pagina = page_for(built_site.dir, "casussen/index.md")
    secties = _secties(pagina, "lw-casus")
    assert list(secties) == IDS
    overzicht = _tekst(article(pagina))
    for c in CASUSSEN:
        s = secties[c.id]
        kop = s.find("h2")
        assert kop is not None and kop.attrs.get("id") == c.id
        assert _clean(kop.text(skip=frozenset({"a"}))) == c.titel
        tekst = _tekst(s)
        assert _clean(c.verhaal) in tekst, c.id
        vragen = [_tekst(li) for ol in s.find_all("ol") for li in ol.find_all("li")]
        assert vragen == [_clean(v) for v in c.vragen], c.id
        for thema in c.thema:
            assert thema in tekst, f"{c.id}: thema {thema}"
        # the list at the top: title (linked to the story), what it teaches, the themes
        assert _clean(c.leert) in overzicht, c.id


@pytest.mark.parametrize("src", ["casussen/index.md"])
def test_each_open_in_checker_link_carries_exactly_the_cases_answers_and_date(
    built_site: Any, src: str
) -> None:
    pagina = page_for(built_site.dir, src)
    links = {
        a.attrs["data-lw-casus"]: a
        for a in parse(pagina).find_all("a")
        if "data-lw-casus" in a.attrs
    }
    assert list(links) == IDS
    for c in CASUSSEN:
        a = links[c.id]
        assert _clean(a.text()) == "Open deze casus in de test"
        href = a.attrs["href"]
        target = _target(built_site.dir, pagina, href, built_site.base_url)
        assert target is not None
        doel, fragment = target
        assert doel == built_site.dir / "checker" / "index.html"
        antwoorden, peildatum = lees_fragment("#" + fragment)
        assert antwoorden == c.antwoorden, c.id
        assert peildatum == c.peildatum, c.id
        assert _share_js_leest("#" + fragment)["d"] == c.peildatum.isoformat()


def _resultaat_teksten(c: Casus) -> list[str]:
    r = evaluate(c.antwoorden, c.peildatum)
    teksten = [r.headline.text]
    if r.headline.amount_text:
        teksten.append(r.headline.amount_text)
    return teksten


@pytest.mark.parametrize("src", DEELNEMERS)
def test_the_participants_pages_do_not_show_the_results(built_site: Any, src: str) -> None:
    tekst = _tekst(article(page_for(built_site.dir, src)))
    gevonden = [f"{c.id}: {t}" for c in CASUSSEN for t in _resultaat_teksten(c) if t in tekst]
    assert gevonden == []
    for woord in ("Voldaan", "Niet voldaan", "Nog onzeker", "data-lw-uitkomst"):
        assert woord not in tekst


def test_the_answer_sheet_is_not_in_the_menu_nor_in_the_search(built_site: Any) -> None:
    index = json.loads((built_site.dir / "search" / "search_index.json").read_text("utf-8"))
    assert not [d["location"] for d in index["docs"] if d["location"].startswith("casussen/antw")]
    assert any(d["location"].startswith("casussen/") for d in index["docs"])
    nav = parse(built_site.dir / "index.html").find("nav", class_="md-nav--primary")
    assert nav is not None
    hrefs = [a.attrs.get("href", "") for a in nav.find_all("a")]
    assert any(h.rstrip("/").endswith("casussen") for h in hrefs)
    assert not any("antwoorden" in h for h in hrefs)
    workshop = parse(page_for(built_site.dir, "casussen/workshop.md"))
    assert any(a.attrs.get("href") == "../antwoorden/" for a in workshop.find_all("a"))


# --- The answer sheet -----------------------------------------------------------------------


@pytest.mark.parametrize("c", CASUSSEN, ids=IDS)
def test_the_answer_sheet_shows_the_outcome_and_reasons_the_rules_give(
    built_site: Any, c: Casus
) -> None:
    secties = _secties(page_for(built_site.dir, "casussen/antwoorden.md"), "lw-antwoord")
    assert list(secties) == IDS
    s = secties[c.id]
    r = evaluate(c.antwoorden, c.peildatum)
    uitkomst = next(n for n in s.iter() if "data-lw-uitkomst" in n.attrs)
    assert uitkomst.attrs["data-lw-uitkomst"] == r.outcome.value
    assert r.outcome.value == c.verwachting["outcome"]  # and the hand-computed expectation
    assert r.headline.text in _tekst(uitkomst)
    if r.headline.amount_text:
        assert r.headline.amount_text in _tekst(s)
    rijen = [[_tekst(td) for td in tr.find_all("td")] for tr in s.find_all("tr")]
    rijen = [rij for rij in rijen if rij]
    assert [rij[:2] for rij in rijen] == [
        [cond.title, STATUS_TEKST[cond.status]] for cond in r.conditions
    ]
    for rij, cond in zip(rijen, r.conditions, strict=True):
        for reden in cond.reasons:
            assert _clean(reden) in rij[2], f"{c.id} {cond.id}: {reden}"


# --- The cards ---------------------------------------------------------------------------------


def test_the_cards_page_has_one_card_per_case_with_the_site_and_no_answers(built_site: Any) -> None:
    pagina = page_for(built_site.dir, "casussen/kaarten.md")
    kaarten = _secties(pagina, "lw-kaart")
    assert list(kaarten) == IDS
    adres = built_site.base_url.split("://", 1)[1] + "casussen/"
    for i, c in enumerate(CASUSSEN, start=1):
        tekst = _tekst(kaarten[c.id])
        assert tekst.startswith(f"Leefloonwijzer · casus {i} van {len(CASUSSEN)}")
        assert f"Leefloonwijzer · {adres}#{c.id}" in tekst
        assert _clean(c.verhaal) in tekst
        assert all(_clean(v) in tekst for v in c.vragen)
    schermtekst = [n for n in parse(pagina).iter() if "lw-scherm-alleen" in n.classes()]
    assert len(schermtekst) >= 2  # the title and the instructions are for the screen only


# --- The offline copy -------------------------------------------------------------------------


def _sw_feiten(sw: str) -> dict[str, Any]:
    m = re.search(r"const BUILD = /\*\* @type \{Build\|null\} \*/ \((\{.*?\})\);\n", sw)
    assert m, "BUILD is niet ingevuld in sw.js"
    feiten: dict[str, Any] = json.loads(m.group(1))
    return feiten


def _bestand(site: Path, url: str) -> Path:
    if url == "./":
        return site / "index.html"
    return site / url / "index.html" if url.endswith("/") else site / url


def test_the_service_worker_keeps_this_builds_files_in_one_cache_named_after_the_build(
    built_site: Any,
) -> None:
    sw = (built_site.dir / "sw.js").read_text(encoding="utf-8")
    feiten = _sw_feiten(sw)
    assert re.fullmatch(r"leefloonwijzer-[0-9a-f]{16}", feiten["cache"])
    assert feiten["cache"] == "leefloonwijzer-" + feiten["id"]
    urls = [u for u, _ in feiten["files"]]
    for url, integrity in feiten["files"]:
        assert not re.match(r"^([a-z]+:)?//", url), f"{url}: een ander adres"
        data = _bestand(built_site.dir, url).read_bytes()
        verwacht = "sha256-" + base64.b64encode(hashlib.sha256(data).digest()).decode()
        assert integrity == verwacht, url
    paginas = {
        offline.url_van(p.relative_to(built_site.dir).as_posix())
        for p in built_site.dir.rglob("*.html")
    }
    assert paginas <= set(urls)
    assert {"casussen/", "casussen/kaarten/", "checker/", "./", "404.html"} <= set(urls)
    # What the checker loads (the build's manifest names it), but not the snapshot: the
    # worker uses that only when the browser's HTTP cache has it.
    manifest = json.loads((built_site.dir / "assets/checker/manifest.json").read_text("utf-8"))
    pyodide = manifest["pyodide"]
    kern = {manifest["rules"], manifest["stdlib"], manifest["worker"].split("?")[0]}
    kern |= {pyodide + f for f in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm")}
    assert kern <= set(urls), kern - set(urls)
    assert manifest["snapshot"] not in urls
    for nodig in (
        r"javascripts/offline\.js",
        r"search/search_index\.json",
        r"sitemap\.xml",
    ):
        assert any(re.fullmatch(nodig, u) for u in urls), nodig
    for niet in (r".*\.map", r".*snapshot.*", r".*\.gz", r"sw\.js", r".*manifest\.json"):
        assert not [u for u in urls if re.fullmatch(niet, u)], niet
    # Nothing in the worker names an address: it only reads its own origin.
    assert not re.search(r"https?://", sw)


def test_the_cache_name_changes_when_any_kept_file_changes(built_site: Any, tmp_path: Path) -> None:
    kopie = tmp_path / "site"
    shutil.copytree(built_site.dir, kopie)
    eerst = offline.schrijf_service_worker(kopie)
    assert eerst.cache == _sw_feiten((built_site.dir / "sw.js").read_text("utf-8"))["cache"]
    assert offline.schrijf_service_worker(kopie).cache == eerst.cache  # same files, same name
    manifest = json.loads((kopie / "assets/checker/manifest.json").read_text("utf-8"))
    regels = kopie / manifest["rules"]
    regels.write_bytes(regels.read_bytes() + b"\0")
    tweede = offline.schrijf_service_worker(kopie)
    assert tweede.cache != eerst.cache
    assert tweede.cache in (kopie / "sw.js").read_text("utf-8")


@pytest.mark.parametrize("src", MET_KNOP)
def test_the_pages_for_trainers_have_the_offline_buttons(built_site: Any, src: str) -> None:
    doc = parse(page_for(built_site.dir, src))
    blokken = [n for n in doc.iter() if "data-lw-offline" in n.attrs]
    assert len(blokken) == 1
    blok = blokken[0]
    assert "hidden" in blok.attrs  # shown by offline.js only where the browser can do it
    assert re.fullmatch(r"\d+", blok.attrs["data-lw-offline-mb"]), "grootte niet ingevuld"
    knoppen = {_clean(b.text()): b for b in blok.find_all("button")}
    assert set(knoppen) == {"Bewaar voor offline gebruik", "Verwijder offline kopie"}
    assert all(b.attrs.get("type") == "button" for b in knoppen.values())
    status = next(n for n in blok.iter() if "data-lw-offline-status" in n.attrs)
    assert status.attrs.get("role") == "status"


def test_no_page_registers_a_service_worker_from_an_inline_script(built_site: Any) -> None:
    for p in built_site.dir.rglob("*.html"):
        for n in parse(p).find_all("script"):
            assert "serviceWorker" not in n.text(), p
    module = (built_site.dir / "javascripts" / "offline.js").read_text("utf-8")
    # register() is called in one place: the "Bewaar" button's handler.
    assert module.count(".register(") == 1
    save = module.index("async function save(panel)")
    assert save < module.index(".register(") < module.index("async function", save + 1)


def test_the_privacy_text_says_what_opting_in_stores_and_how_to_remove_it(built_site: Any) -> None:
    art = article(page_for(built_site.dir, "over.md"))
    kop = next(h for h in art.find_all("h3") if h.attrs.get("id") == "offline")
    assert kop.parent is not None
    broers = [c for c in kop.parent.children if isinstance(c, Node)]
    tekst = " ".join(_tekst(n) for n in broers[broers.index(kop) + 1 :][:4])
    for woord in ("Cache Storage", "rekenregels", "antwoorden", "Verwijder offline kopie"):
        assert woord in tekst, woord


def test_the_readme_and_the_workshop_page_explain_the_site_on_a_laptop(built_site: Any) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make serve" in readme and "Pyodide" in readme
    assert re.search(r"^## .*(offline|internet)", readme, re.M | re.I)
    workshop = _tekst(article(page_for(built_site.dir, "casussen/workshop.md")))
    assert "make serve" in workshop
    assert "Bewaar voor offline gebruik" in workshop
    assert "Er is een nieuwe versie — herlaad de pagina" in workshop


def test_the_workshop_plan_takes_90_minutes(built_site: Any) -> None:
    art = article(page_for(built_site.dir, "casussen/workshop.md"))
    tabel = next(t for t in art.find_all("table"))
    tijden = [_tekst(tr.find_all("td")[0]) for tr in tabel.find_all("tr") if tr.find_all("td")]
    blokken = [re.fullmatch(r"(\d):(\d\d) – (\d):(\d\d)", t) for t in tijden]
    assert all(blokken), tijden
    minuten = [(int(m[1]) * 60 + int(m[2]), int(m[3]) * 60 + int(m[4])) for m in blokken if m]
    assert minuten[0][0] == 0 and minuten[-1][1] == 90
    assert all(a[1] == b[0] for a, b in itertools.pairwise(minuten))
    # every case of the library is used in the plan
    links = {a.attrs.get("href", "").split("#")[-1] for a in tabel.find_all("a")}
    assert set(IDS) <= links


def test_the_reference_dates_are_the_cases_own(built_site: Any) -> None:
    """The answer sheet names each case's date, which the link also carries."""
    tekst = _tekst(article(page_for(built_site.dir, "casussen/antwoorden.md")))
    from checker.tekst import datum

    for c in CASUSSEN:
        assert f"Datum van de aanvraag: {datum(c.peildatum)}." in tekst
        assert isinstance(c.peildatum, date)
