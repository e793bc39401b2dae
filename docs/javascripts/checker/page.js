// @ts-check
// Leefloonwijzer: the checker on one page view. It binds the static form, sends the raw
// answers to the worker after every change, and shows what Python answers: which
// questions apply, what is wrong, the result. It decides nothing itself.
//
// - Answers live in the form and in the page's own address (share.js), nowhere else.
// - Calm validation: Python checks every change, but a message about a field shows only
//   once the person leaves it or pauses typing (PAUSE_MS). A wrong answer never hides
//   the result: the result is computed without it, and says so.
// - Loading and run errors are told in Dutch, and the form keeps working.

import { byId, el, hid, reconcile, symbool } from "./dom.js";
import { FormAnswers } from "./answers.js";
import { ResultView, SYMBOOL } from "./result.js";
import { fragmentOf, hasAnswers, isOwnEntry, readFragment, rememberedFragment, urlWith, writeFragment } from "./share.js";
import { perf } from "./testhooks.js";
import { Trainer } from "./trainer.js";
import { listen, run, shared } from "./worker-client.js";

/** @typedef {import("./types.js").PageConfig} PageConfig */
/** @typedef {import("./types.js").Result} Result */
/** @typedef {import("./types.js").RunAnswer} RunAnswer */
/** @typedef {import("./types.js").FieldError} FieldError */
/** @typedef {import("./types.js").ResultMessage} ResultMessage */
/** @typedef {import("./types.js").Payload} Payload */

/** A typed answer is checked once the person pauses this long (or leaves the field). */
const PAUSE_MS = 1200;
/**
 * The address follows the answers this long after the last change, or at once when the
 * person clicks or leaves. Browsers limit and slow down history.replaceState when it is
 * called on every keystroke.
 */
const FRAGMENT_MS = 400;

function vandaag() {
  const d = new Date();
  const p = (/** @type {number} */ n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/**
 * A date the form holds (YYYY-MM-DD) in words, until Python's own text is there.
 * @param {string} iso
 */
function datumTekst(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.toLocaleDateString("nl-BE", { day: "numeric", month: "long", year: "numeric" });
}

/** @param {number} bytes */
function mb(bytes) {
  return (bytes / 1e6).toLocaleString("nl-BE", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/**
 * @typedef {object} Timing
 * @property {number} event     the input event's timestamp
 * @property {number} handler   when our handler ran
 */

export class Checker {
  /** @param {HTMLElement} root */
  constructor(root) {
    this.root = root;
    /** @type {PageConfig} */
    this.cfg = JSON.parse(root.dataset.lwConfig || "{}");
    this.form = /** @type {HTMLFormElement} */ (root.querySelector("#lw-formulier"));
    this.answers = new FormAnswers(this.form, this.cfg);
    this.status = /** @type {HTMLElement} */ (root.querySelector("#lw-status"));
    this.uitkomst = /** @type {HTMLElement} */ (root.querySelector("#lw-uitkomst"));
    this.resultaat = /** @type {HTMLElement} */ (root.querySelector("#lw-resultaat"));
    this.laden = /** @type {HTMLElement} */ (root.querySelector("#lw-laden"));
    this.foutoverzicht = /** @type {HTMLElement} */ (root.querySelector("#lw-foutoverzicht"));
    this.controle = /** @type {HTMLElement} */ (root.querySelector("#lw-controle"));
    this.samenvatting = /** @type {HTMLElement} */ (root.querySelector("#lw-samenvatting"));
    this.acties = /** @type {HTMLElement} */ (root.querySelector("#lw-acties"));
    this.balk = /** @type {HTMLElement} */ (root.querySelector("#lw-balk"));
    this.beslist = /** @type {HTMLElement} */ (root.querySelector("#lw-beslist"));
    this.datum = /** @type {HTMLInputElement} */ (root.querySelector("#lw-peildatum"));
    this.meeropties = /** @type {HTMLDetailsElement} */ (root.querySelector("#lw-meeropties"));
    this.melding = el("div", { class: "lw-vh", "aria-live": "polite", id: "lw-melding" });
    root.append(this.melding);
    this.view = new ResultView(this.resultaat);
    this.trainer = new Trainer(root, {
      request: () => this.request(null),
      announce: (text) => this.announce(text),
      shown: () => (this.lastSent && this.lastResult ? { payload: this.lastSent, result: this.lastResult } : null),
      valueOf: (path) => this.valueOf(path),
      fieldLink: (path, text) => this.fieldLink(path, text),
    });
    /** @type {{id: number, t: Timing|null, payload: string, sent: Payload, dropped: {path: string, label: string}[]}|null} */
    this.inFlight = null;
    /** The request whose result is on screen. */
    /** @type {Payload|null} */
    this.lastSent = null;
    this.dirty = false;
    /** @type {Timing|null} */
    this.pendingT = null;
    /** @type {string|null} */
    this.lastPayload = null;
    /** @type {string|null} */
    this.lastText = null;
    /** @type {string|null} */
    this.lastOutcome = null;
    /** @type {Result|null} */
    this.lastResult = null;
    /** @type {string[]|null} */
    this.relevant = null;
    /** Python's messages about answers, by path, with the raw value they were about. */
    /** @type {Map<string, {label: string, message: string, value: string|null}>} */
    this.errors = new Map();
    /** Fields being typed in (their messages wait), by path → timer. */
    /** @type {Map<string, number>} */
    this.typing = new Map();
    /** Paths whose message is shown now. */
    /** @type {string[]} */
    this.shownErrors = [];
    /** @type {Set<string>|null} */
    this.visible = null;
    /** @type {Map<string, Node>} */
    this.notes = new Map();
    this.defaultDate = "";
    this.dateNote = "";
    this.hideSettled = false;
    /** @type {{a: Record<string, unknown>, d: string}|null} */
    this.undo = null;
    this.runError = false;
    /** @type {string[]} */
    this.queued = [];
    this.announceTimer = 0;
    this.sentAt = 0;
    /** @type {(() => void)|null} */
    this.closeFolds = null;
    /** @type {(() => void)|null} */
    this.onHashChange = null;
    /** @type {(() => void)|null} */
    this.onBeforePrint = null;
    /** @type {(() => void)|null} */
    this.onAfterPrint = null;
    /** @type {(() => void)|null} */
    this.onLeave = null;
    this.fragmentTimer = 0;
  }

  // -- Binding ----------------------------------------------------------------------------

  bind() {
    this.root.dataset.lwBound = "1";
    this.form.addEventListener("input", (event) => this.onInput(event));
    this.form.addEventListener("change", (event) => this.onInput(event));
    this.form.addEventListener("focusout", (event) => {
      const t = /** @type {HTMLInputElement} */ (event.target);
      if (t && t.type === "text" && t.name) this.commit(t.name);
    });
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      for (const path of [...this.typing.keys()]) this.commit(path);
      this.request({ event: event.timeStamp, handler: performance.now() });
    });
    this.form.addEventListener("click", (event) => this.onFormClick(event));
    this.root.addEventListener("click", (event) => this.onClick(event));
    this.onHashChange = () => this.restore(false);
    window.addEventListener("hashchange", this.onHashChange);
    // Before a link is followed (mkdocs-material's instant navigation acts on the click)
    // or the page is hidden, the address gets the newest answers.
    this.onLeave = () => this.flushFragment();
    document.addEventListener("click", this.onLeave, true);
    window.addEventListener("pagehide", this.onLeave);
    document.addEventListener("visibilitychange", this.onLeave);
    this.onBeforePrint = () => this.beforePrint();
    this.onAfterPrint = () => this.afterPrint();
    window.addEventListener("beforeprint", this.onBeforePrint);
    window.addEventListener("afterprint", this.onAfterPrint);
    this.button("#lw-deel").addEventListener("click", () => this.share());
    this.button("#lw-kopieer").addEventListener("click", () => this.copyLink());
    this.button("#lw-print").addEventListener("click", () => window.print());
    this.button("#lw-opnieuw").addEventListener("click", () => this.reset());
    this.button("#lw-balk-knop").addEventListener("click", () => this.toResult());
    this.button("#lw-beslist-toon").addEventListener("click", () => {
      this.hideSettled = !this.hideSettled;
      this.applySettled();
    });
    this.trainer.bind();

    this.setDefaultDate();
    this.printHeader();
    this.uitkomst.hidden = false;
    this.controle.hidden = false;
    this.acties.hidden = false;
    this.restore(true);
    this.updateListButtons();
    this.renderSummary();
    listen(this);
    if (shared.error) this.onLoadError(shared.error);
    else if (!shared.ready) this.showLoading();
    this.request(null, true);
  }

  unbind() {
    if (this.onHashChange) window.removeEventListener("hashchange", this.onHashChange);
    if (this.onLeave) {
      document.removeEventListener("click", this.onLeave, true);
      window.removeEventListener("pagehide", this.onLeave);
      document.removeEventListener("visibilitychange", this.onLeave);
    }
    if (this.fragmentTimer) clearTimeout(this.fragmentTimer);
    if (this.onBeforePrint) window.removeEventListener("beforeprint", this.onBeforePrint);
    if (this.onAfterPrint) window.removeEventListener("afterprint", this.onAfterPrint);
    for (const timer of this.typing.values()) clearTimeout(timer);
    this.trainer.unbind();
    listen(null);
  }

  /** @param {string} selector */
  button(selector) {
    return /** @type {HTMLButtonElement} */ (this.root.querySelector(selector));
  }

  // -- The status line: short notes at the top, each under its own key ----------------------

  /**
   * @param {string} key
   * @param {string|Node|null} content   null removes the note
   * @param {boolean} [isError]
   */
  note(key, content, isError = false) {
    if (content === null) this.notes.delete(key);
    else {
      const node = el("span", { class: `lw-status__deel${isError ? " lw-status__deel--fout" : ""}` }, content);
      this.notes.set(key, node);
    }
    const parts = [...this.notes.values()];
    this.status.replaceChildren(...parts);
    this.status.classList.toggle(
      "lw-status--fout",
      parts.some((p) => /** @type {HTMLElement} */ (p).classList.contains("lw-status__deel--fout")),
    );
  }

  setDefaultDate() {
    const { covered_from: from, covered_until: until } = this.cfg;
    let d = vandaag();
    let note = "";
    if (d > until) {
      note = `Vandaag valt na ${this.cfg.covered_until_text}: de test rekent met die datum.`;
      d = until;
    } else if (d < from) {
      d = from;
    }
    this.defaultDate = d;
    this.dateNote = note;
    // Someone may have typed a date before this script ran: keep it.
    if (!this.datum.value) this.datum.value = d;
    if (this.datum.value !== d) this.meeropties.open = true;
  }

  // -- Answers in the address ---------------------------------------------------------------

  shareData() {
    /** @type {import("./share.js").Shared} */
    const data = { a: this.answers.collect() };
    if (this.datum.value && this.datum.value !== this.defaultDate) data.d = this.datum.value;
    return data;
  }

  /** Keep the address current: the answers after "#", or no fragment when there are none. */
  syncFragment() {
    const data = this.shareData();
    const empty = !Object.keys(data.a).length && data.d === undefined;
    const hash = empty ? "" : fragmentOf(data);
    writeFragment(hash);
    const url = /** @type {HTMLInputElement} */ (this.root.querySelector("#lw-deelurl"));
    if (!(/** @type {HTMLElement} */ (this.root.querySelector("#lw-deellink")).hidden)) url.value = urlWith(hash);
  }

  /**
   * Fill the form from the address (a shared link, a reload, Back), or, when the address
   * lost the answers on the way back by instant navigation, from this page's memory.
   * @param {boolean} initial
   */
  restore(initial) {
    const fromAddress = hasAnswers();
    const hash = fromAddress ? location.hash : initial ? rememberedFragment() : "";
    if (!hash) return;
    const own = !fromAddress || isOwnEntry();
    try {
      const data = readFragment(hash);
      if (!data) return;
      if (fragmentOf(this.shareData()) !== hash) {
        this.answers.fill(data.a);
        this.datum.value = data.d || this.defaultDate;
        if (data.d && data.d !== this.defaultDate) this.meeropties.open = true;
        this.updateListButtons();
      }
      if (!fromAddress) writeFragment(hash);
      if (own) {
        this.note("link", null);
        if (!initial) this.announce("Je antwoorden staan er nog.");
      } else {
        this.note("link", el("span", null, "Antwoorden ingevuld uit de link. ", this.toResultButton()));
        this.announce("Antwoorden ingevuld uit de link.");
      }
    } catch {
      this.note("link", "De link met antwoorden kon niet gelezen worden. Vul de vragen zelf in.", true);
      this.announce("De link met antwoorden kon niet gelezen worden.");
    }
    if (!initial) this.request(null);
  }

  toResultButton() {
    const b = el("button", { type: "button", class: "lw-tekstknop", "data-lw-naar-uitkomst": "1" }, "Naar de uitkomst");
    return b;
  }

  share() {
    this.syncFragment();
    const box = /** @type {HTMLElement} */ (this.root.querySelector("#lw-deellink"));
    box.hidden = false;
    const input = /** @type {HTMLInputElement} */ (this.root.querySelector("#lw-deelurl"));
    input.value = location.href;
    input.focus();
    input.select();
  }

  async copyLink() {
    const input = /** @type {HTMLInputElement} */ (this.root.querySelector("#lw-deelurl"));
    try {
      await navigator.clipboard.writeText(input.value);
      this.announce("De link is gekopieerd.");
    } catch {
      input.focus();
      input.select();
      this.announce("Kopiëren lukte niet. De link is geselecteerd: kopieer hem zelf.");
    }
  }

  reset() {
    const before = this.shareData();
    this.undo = Object.keys(before.a).length ? { a: before.a, d: this.datum.value } : null;
    this.answers.clear();
    this.datum.value = this.defaultDate;
    this.errors.clear();
    this.hideSettled = false;
    /** @type {HTMLElement} */ (this.root.querySelector("#lw-deellink")).hidden = true;
    /** @type {HTMLInputElement} */ (this.root.querySelector("#lw-deelurl")).value = "";
    this.note("link", null);
    this.updateListButtons();
    this.syncFragment();
    this.request(null);
    if (this.undo) {
      const terug = el("button", { type: "button", class: "lw-tekstknop", id: "lw-terug" }, "Zet ze terug");
      terug.addEventListener("click", () => this.undoReset());
      this.note("undo", el("span", null, "Alle antwoorden zijn gewist. ", terug));
    }
    this.announce("Alle antwoorden zijn gewist.");
    const first = /** @type {HTMLInputElement|null} */ (this.form.querySelector("input"));
    if (first) first.focus();
  }

  undoReset() {
    const undo = this.undo;
    this.undo = null;
    this.note("undo", null);
    if (!undo) return;
    this.answers.fill(undo.a);
    this.datum.value = undo.d || this.defaultDate;
    this.updateListButtons();
    this.syncFragment();
    this.request(null);
    this.announce("Je antwoorden staan er weer.");
    const first = /** @type {HTMLInputElement|null} */ (this.form.querySelector("input:checked, input"));
    if (first) first.focus();
  }

  // -- Changes --------------------------------------------------------------------------------

  /** @param {Event} event */
  onInput(event) {
    const t = /** @type {HTMLInputElement} */ (event.target);
    if (t && t.dataset && t.dataset.lwOptie) {
      // A switch for trainers (not an answer): once per click, on "change".
      if (event.type === "change") this.trainer.onSwitch(t);
      return;
    }
    const name = t && t.name;
    if (name) {
      this.answers.extra.delete(name);
      if (t.type === "text") {
        // typing an amount takes back a fixed answer ("Alleen toeslagen")
        for (const f of this.answers.fields(name)) if (f.type === "checkbox") f.checked = false;
        const old = this.typing.get(name);
        if (old !== undefined) clearTimeout(old);
        this.typing.set(
          name,
          window.setTimeout(() => this.commit(name), PAUSE_MS),
        );
      } else if (t.type === "checkbox" && t.checked) {
        // a fixed answer ("Alleen toeslagen") replaces the typed amount
        for (const f of this.answers.fields(name)) if (f.type === "text") f.value = "";
      }
    }
    if (this.undo && event.type === "input") {
      this.undo = null;
      this.note("undo", null);
    }
    this.changed({ event: event.timeStamp, handler: performance.now() });
  }

  /** @param {Timing|null} t */
  changed(t) {
    this.request(t); // first: Python works while this thread does the rest
    this.scheduleFragment();
    if (!shared.ready) this.renderSummary();
  }

  /**
   * Write the address a moment later (typing writes it once), and at once before anything
   * could leave the page (a click, the page being hidden).
   */
  scheduleFragment() {
    if (this.fragmentTimer) clearTimeout(this.fragmentTimer);
    this.fragmentTimer = window.setTimeout(() => this.flushFragment(), FRAGMENT_MS);
  }

  flushFragment() {
    if (!this.fragmentTimer) return;
    clearTimeout(this.fragmentTimer);
    this.fragmentTimer = 0;
    this.syncFragment();
  }

  /**
   * The person left a field or paused: its message may show, and a wrong answer is left
   * out of the result from now on.
   * @param {string} path
   */
  commit(path) {
    const timer = this.typing.get(path);
    if (timer !== undefined) clearTimeout(timer);
    if (!this.typing.delete(path)) return;
    if (this.errors.has(path)) {
      this.showErrors();
      this.renderSummary();
      this.request(null);
    }
  }

  /** @param {MouseEvent} event */
  onFormClick(event) {
    const target = /** @type {HTMLElement} */ (event.target);
    const add = target.closest("[data-lw-voegtoe]");
    if (add) {
      event.preventDefault();
      this.addEntry(/** @type {HTMLElement} */ (add).dataset.lwVoegtoe || "huisgenoten");
      return;
    }
    const weg = target.closest("[data-lw-weg]");
    if (weg) {
      event.preventDefault();
      const li = /** @type {HTMLElement|null} */ (weg.closest("[data-lw-rij]"));
      const list = li && li.parentElement;
      if (!li || !list) return;
      const id = (list.id || "").replace(/^lw-/, "").replace(/-lijst$/, "");
      this.removeEntry(id, [...list.children].indexOf(li));
    }
  }

  /**
   * The most entries the questionnaire allows (from the form's markup; Python checks it too).
   * @param {string} id
   */
  listMax(id) {
    const q = this.cfg.questions[id];
    return q && q.max ? q.max : Infinity;
  }

  /** @param {string} id */
  addEntry(id) {
    const max = this.listMax(id);
    if (this.answers.entryCount(id) >= max) {
      this.updateListButtons();
      this.announce(byId(`lw-${hid(id)}-max`)?.textContent || "");
      return;
    }
    const i = this.answers.addEntry(id);
    this.updateListButtons();
    const first = /** @type {HTMLInputElement|null} */ (byId(`lw-vraag-${hid(id)}-${i}`)?.querySelector("input"));
    if (first) first.focus();
    this.announce(`Huisgenoot ${i + 1} is toegevoegd.`);
    this.changed(null);
  }

  /**
   * @param {string} id
   * @param {number} i
   */
  removeEntry(id, i) {
    if (i < 0) return;
    this.answers.removeEntry(id, i);
    for (const path of [...this.errors.keys()]) if (path.startsWith(`${id}.`)) this.errors.delete(path);
    this.updateListButtons();
    const n = this.answers.entryCount(id);
    const next = n > i ? byId(`lw-vraag-${hid(id)}-${i}`)?.querySelector("[data-lw-weg]") : null;
    const focus = /** @type {HTMLElement|null} */ (next || this.form.querySelector(`[data-lw-voegtoe="${id}"]`));
    if (focus) focus.focus();
    this.announce(
      n > i
        ? `Huisgenoot ${i + 1} is verwijderd. De volgende schuiven op.`
        : `Huisgenoot ${i + 1} is verwijderd.`,
    );
    this.changed(null);
  }

  updateListButtons() {
    for (const button of this.form.querySelectorAll("[data-lw-voegtoe]")) {
      const id = /** @type {HTMLElement} */ (button).dataset.lwVoegtoe || "";
      const full = this.answers.entryCount(id) >= this.listMax(id);
      if (full) button.setAttribute("aria-disabled", "true");
      else button.removeAttribute("aria-disabled");
      const max = byId(`lw-${hid(id)}-max`);
      if (max) max.hidden = !full;
    }
  }

  // -- Talking to the worker ------------------------------------------------------------------

  /** The values Python said are wrong and that are unchanged since: left out of the run. */
  dropMap() {
    /** @type {Map<string, string>} */
    const drop = new Map();
    for (const [path, e] of this.errors) {
      const now = this.answers.rawOf(path);
      if (now !== e.value) this.errors.delete(path);
      else if (!this.typing.has(path) && e.value !== null) drop.set(path, e.value);
    }
    return drop;
  }

  /**
   * @param {Timing|null} t
   * @param {boolean} [force]
   */
  request(t, force = false) {
    const drop = this.dropMap();
    /** @type {Payload} */
    const sent = { peildatum: this.datum.value, antwoorden: this.answers.collect(drop) };
    this.trainer.extend(sent); // the trace and a comparison, only in the trainers' view
    const payload = JSON.stringify(sent);
    if (this.inFlight) {
      // A radio click fires "input" and "change": the same answers are not sent twice.
      if (payload !== this.inFlight.payload) {
        this.dirty = true; // only the newest answers are sent next
        this.pendingT = this.pendingT ?? t;
      }
      return;
    }
    if (!force && payload === this.lastPayload) return;
    const dropped = [...drop.keys()].map((path) => ({ path, label: (this.errors.get(path) || { label: path }).label }));
    perf.busy = true;
    this.sentAt = performance.now();
    const id = run(this.cfg, payload);
    this.inFlight = { id, t: this.pendingT ?? t, payload, sent, dropped };
    this.pendingT = null;
    this.dirty = false;
  }

  onReady() {
    this.laden.hidden = true;
    this.laden.replaceChildren();
    this.note("laden", null);
    this.note("fout", null);
    this.note("datum", this.dateNote || null);
  }

  showLoading() {
    const p = shared.progress;
    const text =
      p && p.phase === "python"
        ? "Python start op… Je kunt de vragen al invullen."
        : p && p.phase === "rules"
          ? "De rekenregels worden klaargezet… Je kunt de vragen al invullen."
          : "De rekenregels worden geladen… Je kunt de vragen al invullen.";
    this.note("laden", text);
    const parts = [el("p", null, text)];
    const pct = p && p.total > 0 ? Math.min(100, Math.round((100 * p.loaded) / p.total)) : null;
    if (p && pct !== null) {
      parts.push(
        el(
          "p",
          { class: "lw-laden__voortgang" },
          el("progress", { max: "100", value: String(pct), "aria-label": "Rekenregels geladen" }),
          ` ${mb(p.loaded)} van ${mb(p.total)} MB geladen.`,
        ),
      );
    } else if (p && p.loaded > 0) {
      parts.push(el("p", { class: "lw-laden__voortgang" }, `${mb(p.loaded)} MB geladen.`));
    }
    this.laden.replaceChildren(...parts);
    this.laden.hidden = false;
    this.renderWaitingBar(
      pct === null
        ? "De rekenregels laden… Vul gerust verder in."
        : `De rekenregels laden: ${pct} %. Vul gerust verder in.`,
    );
  }

  /**
   * Before the first result the phone's bar says what is happening, so someone who is
   * filling in the questions sees the loading (or its failure) without scrolling.
   * @param {string} text
   */
  renderWaitingBar(text) {
    if (this.lastResult) return;
    const tekst = /** @type {HTMLElement} */ (this.root.querySelector("#lw-balk-tekst"));
    tekst.dataset.key = "wachten";
    tekst.replaceChildren(symbool("…"), " ", text);
    this.balk.className = "lw-balk lw-balk--wachten";
    this.balk.hidden = false;
  }

  /** @param {{loaded: number, total: number, phase?: string}} _p */
  onProgress(_p) {
    if (shared.ready) return;
    this.note("fout", null);
    this.showLoading();
  }

  /** @param {string} _message */
  onLoadError(_message) {
    const link = el("a", { href: `${this.cfg.root}voorwaarden/` }, "de zes voorwaarden");
    const text = el(
      "span",
      null,
      "De rekenregels konden niet laden, dus de test kan nu niets uitrekenen. Je antwoorden " +
        "blijven staan. Laad de pagina later opnieuw, of lees ",
      link,
      " één voor één.",
    );
    this.note("laden", null);
    this.note("fout", text, true);
    this.laden.replaceChildren(el("p", { class: "lw-laden__fout" }, text.cloneNode(true)));
    this.laden.hidden = false;
    this.renderWaitingBar("De rekenregels konden niet laden. Je antwoorden blijven staan.");
  }

  /**
   * Python raised during a run: say so, forget the run, and keep the form working.
   * @param {number|null} id
   * @param {string} _message
   */
  onRunError(id, _message) {
    if (!this.inFlight || (id !== null && id !== this.inFlight.id)) return;
    const pendingT = this.pendingT ?? this.inFlight.t;
    this.inFlight = null;
    this.lastPayload = null;
    perf.busy = false;
    this.runError = true;
    const again = el("button", { type: "button", class: "lw-tekstknop" }, "Probeer opnieuw");
    again.addEventListener("click", () => this.request(null, true));
    this.laden.replaceChildren(
      el(
        "p",
        { class: "lw-laden__fout", role: "alert" },
        "Er ging iets mis bij het rekenen. Je antwoorden blijven staan. Verander een antwoord of ",
        again,
        ".",
      ),
    );
    this.laden.hidden = false;
    if (this.dirty) {
      this.dirty = false;
      this.request(pendingT);
    }
  }

  /** @param {ResultMessage} msg */
  onResult(msg) {
    if (!this.inFlight || msg.id !== this.inFlight.id) return; // stale
    const { t, payload, sent, dropped } = this.inFlight;
    this.inFlight = null;
    if (this.dirty) {
      this.dirty = false;
      this.request(this.pendingT ?? t); // drop this one, newer answers are due
      return;
    }
    this.lastPayload = payload;
    const r0 = performance.now();
    const again = this.render(msg.text, dropped, sent);
    const now = performance.now();
    const origin = performance.timeOrigin;
    // [to the worker, Python, back to the page, render] in ms
    perf.breakdown.push([msg.tIn - (origin + (this.sentAt || r0)), msg.ms, origin + r0 - msg.tOut, now - r0]);
    perf.results += 1;
    if (perf.firstResult === null) perf.firstResult = now;
    if (t && !again) {
      perf.latencies.push(now - t.event);
      perf.handlerLatencies.push(now - t.handler);
    }
    // What is not the result itself comes after it is on screen.
    this.renderSummary();
    this.applySettled();
    perf.breakdown[perf.breakdown.length - 1].push(performance.now() - now);
    perf.busy = false;
    if (again) this.request(t);
  }

  // -- Showing Python's answer ----------------------------------------------------------------

  /**
   * Show a run's answer; returns true when a new run is due (a wrong answer to leave out).
   * @param {string} text
   * @param {{path: string, label: string}[]} dropped
   * @param {Payload} sent
   */
  render(text, dropped, sent) {
    if (this.runError) {
      this.runError = false;
      this.laden.hidden = true;
      this.laden.replaceChildren();
    }
    if (text === this.lastText) return false;
    this.lastText = text;
    /** @type {RunAnswer} */
    const data = JSON.parse(text);
    if (!data.ok) {
      this.applyRelevance(data.relevant_questions);
      for (const e of data.errors) {
        this.errors.set(e.field, { label: e.label, message: e.message, value: this.answers.rawOf(e.field) });
      }
      this.forgetHiddenErrors();
      this.showErrors();
      // A message about a field being typed waits; the last result stays meanwhile.
      // Otherwise run again without the wrong answers, so the result stays current.
      return data.errors.some((e) => !this.typing.has(e.field));
    }
    const r = data.result;
    this.lastResult = r;
    this.lastSent = sent;
    this.applyRelevance(r.relevant_questions);
    this.forgetHiddenErrors();
    this.showErrors();
    this.view.render(r, {
      root: this.cfg.root,
      fieldLink: (path, label) => this.fieldLink(path, label),
      dropped,
      changes: this.trainer.changes(r, data.comparison),
    });
    this.renderBar(r);
    this.trainer.render(r, data.comparison);
    if (r.outcome_text !== this.lastOutcome) {
      const first = this.lastOutcome === null;
      this.lastOutcome = r.outcome_text;
      if (!first || hasAnswers()) this.announce(`Uitkomst: ${r.outcome_text}`, true);
    }
    return false;
  }

  /** @param {Result} r */
  renderBar(r) {
    const h = r.headline;
    const tekst = /** @type {HTMLElement} */ (this.root.querySelector("#lw-balk-tekst"));
    const key = JSON.stringify([r.outcome, h.text, h.amount_label, h.amount_text]);
    if (tekst.dataset.key !== key) {
      tekst.dataset.key = key;
      tekst.replaceChildren(
        symbool(SYMBOOL[r.outcome] || "?"),
        " ",
        el("strong", null, h.text),
      );
      if (h.amount_label && h.amount_text) tekst.append(el("span", { class: "lw-balk__bedrag" }, ` ${h.amount_text}`));
      this.balk.className = `lw-balk lw-balk--${r.outcome}`;
    }
    this.balk.hidden = false;
  }

  toResult() {
    const titel = /** @type {HTMLElement} */ (this.root.querySelector("#lw-uitkomst-titel"));
    titel.scrollIntoView({ block: "start" });
    titel.focus({ preventScroll: true });
  }

  /**
   * Show and hide questions exactly as Python says; tell what appeared or went away.
   * @param {string[]} relevant
   */
  applyRelevance(relevant) {
    if (!Array.isArray(relevant)) return;
    this.relevant = relevant;
    const set = new Set(relevant);
    /** @type {Set<string>} */
    const nowVisible = new Set();
    /** @type {string[]} */
    const appeared = [];
    let gone = 0;
    // Entries of a list that Python has not seen yet (added, or still empty) show the
    // fields that need no earlier answer, as in the static form.
    /** @type {Set<string>} */
    const seen = new Set();
    for (const p of relevant) {
      const parts = p.split(".");
      if (parts.length === 3) seen.add(`${parts[0]}.${parts[1]}`);
    }
    for (const node of this.form.querySelectorAll("[data-vraag]")) {
      const wrap = /** @type {HTMLElement} */ (node);
      const path = wrap.dataset.vraag || "";
      if (path === "peildatum") continue;
      let hide = !set.has(path);
      const parts = path.split(".");
      if (parts.length === 3 && !seen.has(`${parts[0]}.${parts[1]}`)) {
        const field = this.answers.configOf(path);
        hide = !set.has(parts[0]) || !(field && field.start);
      }
      if (wrap.hidden !== hide) wrap.hidden = hide;
      if (!hide) nowVisible.add(path);
    }
    if (this.visible) {
      for (const path of nowVisible) if (!this.visible.has(path)) appeared.push(path);
      for (const path of this.visible) if (!nowVisible.has(path) && this.form.querySelector(`[data-vraag="${CSS.escape(path)}"]`)) gone += 1;
      const parts = [];
      if (appeared.length === 1) parts.push(`Nieuwe vraag: ${this.labelOf(appeared[0])}.`);
      else if (appeared.length > 1) parts.push(`${appeared.length} nieuwe vragen.`);
      if (gone === 1) parts.push("Eén vraag is weggevallen.");
      else if (gone > 1) parts.push(`${gone} vragen zijn weggevallen.`);
      if (parts.length) this.announce(parts.join(" "));
    }
    this.visible = nowVisible;
  }

  /** Forget messages about questions that no longer apply (Python ignores those answers). */
  forgetHiddenErrors() {
    for (const path of [...this.errors.keys()]) {
      const wrap = byId(`lw-vraag-${hid(path)}`);
      if (wrap && wrap.hidden) this.errors.delete(path);
    }
  }

  /** The questions that still apply and have no answer yet. */
  openQuestions() {
    const ids = this.relevant ? this.relevant.filter((p) => !p.includes(".")) : [];
    return ids.filter((id) => !this.answers.answered(id));
  }

  /** When no open answer can change the outcome: say so, and offer to fold those away. */
  applySettled() {
    const r = this.lastResult;
    const open = r && r.settled ? this.openQuestions() : [];
    for (const node of this.form.querySelectorAll(".lw-vraag--overbodig, .lw-groep--overbodig")) {
      node.classList.remove("lw-vraag--overbodig", "lw-groep--overbodig");
    }
    const toon = this.button("#lw-beslist-toon");
    if (!open.length) {
      this.beslist.hidden = true;
      return;
    }
    const tekst = /** @type {HTMLElement} */ (this.root.querySelector("#lw-beslist-tekst"));
    const n = open.length;
    tekst.textContent =
      `De uitkomst staat vast. ${n === 1 ? "De vraag die nog open is, verandert" : `De ${n} vragen die nog open zijn, veranderen`} ` +
      "ze niet meer. Je hoeft ze niet in te vullen.";
    toon.textContent = this.hideSettled ? (n === 1 ? "Toon die vraag toch" : "Toon die vragen toch") : n === 1 ? "Verberg die vraag" : "Verberg die vragen";
    toon.setAttribute("aria-expanded", String(!this.hideSettled));
    const firstWrap = byId(`lw-vraag-${hid(open[0])}`);
    if (firstWrap && firstWrap.parentElement && this.beslist.nextElementSibling !== firstWrap) {
      firstWrap.parentElement.insertBefore(this.beslist, firstWrap);
    }
    this.beslist.hidden = false;
    if (this.hideSettled) {
      for (const id of open) byId(`lw-vraag-${hid(id)}`)?.classList.add("lw-vraag--overbodig");
      for (const group of this.form.querySelectorAll(".lw-groep")) {
        const shown = [...group.querySelectorAll(":scope > [data-vraag]")].filter(
          (w) => !(/** @type {HTMLElement} */ (w).hidden) && !w.classList.contains("lw-vraag--overbodig"),
        );
        const options = group.id === "lw-groep-peildatum" || group.id === "lw-groep-trainer";
        if (!shown.length && !group.contains(this.beslist) && !options) {
          group.classList.add("lw-groep--overbodig");
        }
      }
    }
  }

  /**
   * A link that focuses a field (it never changes the address).
   * @param {string} path
   * @param {string} text
   */
  fieldLink(path, text) {
    return el("a", { href: `#lw-${hid(path)}`, "data-lw-veld": path }, text);
  }

  /**
   * An answer in words (as in the summary); a list as its number of people.
   * @param {string} path
   * @returns {string|null}
   */
  valueOf(path) {
    const q = this.cfg.questions[path];
    if (q && q.type === "lijst") {
      const n = this.answers.filledEntries(path).length;
      return n ? (n === 1 ? "1 persoon" : `${n} personen`) : null;
    }
    return this.answers.text(path);
  }

  /** @param {string} path */
  labelOf(path) {
    if (path === "peildatum") return "Datum";
    const [id, i, field] = path.split(".");
    const q = this.cfg.questions[id];
    if (!q) return path;
    if (i === undefined) return q.short;
    const n = Number(i) + 1;
    const f = field && q.fields ? q.fields[field] : null;
    return f ? `Huisgenoot ${n}: ${f.short}` : `Huisgenoot ${n}`;
  }

  /** The element where a message about `path` goes (the nearest that exists). */
  errorSlot(/** @type {string} */ path) {
    let p = path;
    while (p) {
      const slot = byId(`lw-${hid(p)}-fout`);
      if (slot) return { slot, path: p };
      p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "";
    }
    return null;
  }

  /** The messages of fields the person has left (or paused on), at the field and on top. */
  showErrors() {
    for (const path of this.shownErrors) {
      const found = this.errorSlot(path);
      if (found) {
        found.slot.hidden = true;
        found.slot.textContent = "";
        this.setInvalid(found.path, false);
      }
    }
    this.shownErrors = [];
    const shown = [...this.errors].filter(([path]) => !this.typing.has(path));
    const box = this.foutoverzicht;
    if (!shown.length) {
      if (!box.hidden) {
        box.hidden = true;
        box.replaceChildren();
      }
      return;
    }
    const list = el("ul", { class: "lw-foutlijst" });
    for (const [path, e] of shown) {
      const found = this.errorSlot(path);
      if (found) {
        const previous = found.slot.hidden ? "" : `${found.slot.textContent} `;
        found.slot.replaceChildren(el("span", { class: "lw-vh" }, "Fout: "), `${previous.replace(/^Fout: /, "")}${e.message}`);
        found.slot.hidden = false;
        this.setInvalid(found.path, true);
        this.shownErrors.push(path);
        list.append(el("li", null, this.fieldLink(found.path, e.message)));
      } else {
        list.append(el("li", null, e.message));
      }
    }
    const key = JSON.stringify(shown);
    if (box.dataset.key !== key) {
      box.dataset.key = key;
      box.replaceChildren(el("h3", { class: "lw-foutoverzicht__titel" }, "Kijk dit antwoord na"), list);
      const n = shown.length;
      this.announce(n === 1 ? `Eén antwoord klopt nog niet: ${shown[0][1].message}` : `${n} antwoorden kloppen nog niet.`);
    }
    box.hidden = false;
  }

  /**
   * @param {string} path
   * @param {boolean} invalid
   */
  setInvalid(path, invalid) {
    const foutId = `lw-${hid(path)}-fout`;
    const wrap = byId(`lw-vraag-${hid(path)}`);
    if (!wrap) return;
    const targets = wrap.tagName === "FIELDSET" ? [wrap] : [wrap.querySelector("input")];
    for (const target of targets) {
      if (!target) continue;
      const ids = (target.getAttribute("aria-describedby") || "").split(/\s+/).filter((x) => x && x !== foutId);
      if (invalid) ids.unshift(foutId);
      if (ids.length) target.setAttribute("aria-describedby", ids.join(" "));
      else target.removeAttribute("aria-describedby");
    }
    // A message about the whole list (too many, two partners) marks the list, not every field.
    const inputs = wrap.dataset.type === "lijst" ? [] : wrap.querySelectorAll("input");
    for (const input of inputs) {
      if (invalid) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    wrap.classList.toggle("lw-vraag--fout", invalid);
  }

  // -- "Controleer je antwoorden" ---------------------------------------------------------------

  renderSummary() {
    const relevant = this.relevant ? new Set(this.relevant) : null;
    const shownError = (/** @type {string} */ path) =>
      !this.typing.has(path) && this.errors.has(path) ? /** @type {{message: string}} */ (this.errors.get(path)).message : null;
    /**
     * @param {string} path
     * @param {string} label
     * @param {string|null} value
     * @param {string|null} fout
     */
    const row = (path, label, value, fout) => ({
      key: JSON.stringify([path, label, value, fout]),
      build: () => {
        const wijzig = this.fieldLink(path, "Wijzig");
        wijzig.append(el("span", { class: "lw-vh" }, ` ${label}`));
        return el(
          "div",
          { class: `lw-samenvatting__rij${fout ? " lw-samenvatting__rij--fout" : ""}` },
          el("dt", null, label),
          el(
            "dd",
            { class: value === null ? "lw-leeg" : null },
            value === null ? "Niet ingevuld" : value,
            fout ? el("span", { class: "lw-samenvatting__fout" }, symbool("!"), ` Klopt niet: ${fout}`) : null,
          ),
          el("dd", { class: "lw-samenvatting__actie" }, wijzig),
        );
      },
    });
    const r = this.lastResult;
    const datum = r && r.reference_date === this.datum.value ? r.reference_date_text : datumTekst(this.datum.value);
    const rows = [row("peildatum", "Datum", datum || null, shownError("peildatum"))];
    for (const id of this.answers.ids) {
      const wrap = byId(`lw-vraag-${hid(id)}`);
      const applies = relevant ? relevant.has(id) : !!(wrap && !wrap.hidden);
      if (!applies) continue;
      const q = this.cfg.questions[id];
      if (q.type !== "lijst") {
        rows.push(row(id, q.short, this.answers.text(id), shownError(id)));
        continue;
      }
      const n = this.answers.entryCount(id);
      if (!n) rows.push(row(id, q.short, null, shownError(id)));
      for (let i = 0; i < n; i++) {
        const parts = [];
        const fouten = [];
        for (const field of Object.keys(q.fields || {})) {
          const path = `${id}.${i}.${field}`;
          const fw = byId(`lw-vraag-${hid(path)}`);
          if (!(fw && !fw.hidden)) continue;
          const text = this.answers.text(path);
          const short = (q.fields || {})[field].short;
          parts.push(parts.length ? `${short}: ${text === null ? "niet ingevuld" : text}` : text === null ? "niet ingevuld" : text);
          const fout = shownError(path);
          if (fout) fouten.push(fout);
        }
        const entryFout = shownError(`${id}.${i}`);
        if (entryFout) fouten.push(entryFout);
        rows.push(row(`${id}.${i}.${Object.keys(q.fields || {})[0]}`, `Huisgenoot ${i + 1}`, parts.join("; ") || null, fouten.join(" ") || null));
      }
      const listFout = shownError(id);
      if (listFout && n) rows.push(row(id, q.short, `${n} personen`, listFout));
    }
    reconcile(this.samenvatting, rows);
  }

  // -- Links that focus a field; print -----------------------------------------------------------

  /** @param {MouseEvent} event */
  onClick(event) {
    const target = /** @type {HTMLElement} */ (event.target);
    if (target.closest("[data-lw-naar-uitkomst]")) {
      this.toResult();
      return;
    }
    const link = /** @type {HTMLElement|null} */ (target.closest("a[data-lw-veld]"));
    if (!link || !this.root.contains(link)) return;
    event.preventDefault();
    event.stopPropagation();
    this.focusField(link.dataset.lwVeld || "");
  }

  /** @param {string} path */
  focusField(path) {
    if (path === "peildatum") this.meeropties.open = true;
    if (this.hideSettled) {
      this.hideSettled = false;
      this.applySettled();
    }
    const wrap = byId(`lw-vraag-${hid(path)}`);
    /** @type {HTMLElement|null} */
    let target;
    if (wrap && wrap.tagName === "FIELDSET") {
      target = wrap.querySelector("input:checked") || wrap.querySelector("input, button");
    } else {
      target = byId(`lw-${hid(path)}`);
    }
    if (!target) return;
    if (wrap) wrap.hidden = false;
    (wrap || target).scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }

  /** The printout's head: the site, its address and the date (filled at once and before printing). */
  printHeader() {
    const kop = /** @type {HTMLElement} */ (this.root.querySelector("#lw-printkop"));
    const canonical = /** @type {HTMLLinkElement|null} */ (document.querySelector('link[rel="canonical"]'));
    const adres = canonical ? canonical.href : location.href.split("#")[0];
    const datum = new Date().toLocaleDateString("nl-BE", { day: "numeric", month: "long", year: "numeric" });
    kop.replaceChildren(
      el("p", { class: "lw-printkop__site" }, el("strong", null, "Leefloonwijzer"), ` · ${adres}`),
      el("p", null, `Afgedrukt op ${datum}. Informatie, geen beslissing: het OCMW beslist.`),
    );
  }

  beforePrint() {
    this.printHeader();
    const closeResult = this.view.openAllForPrint();
    const closeTrace = this.trainer.openAllForPrint();
    this.closeFolds = () => {
      closeResult();
      closeTrace();
    };
  }

  afterPrint() {
    if (this.closeFolds) this.closeFolds();
    this.closeFolds = null;
  }

  /**
   * @param {string} text
   * @param {boolean} [first]  put it before what is queued
   */
  announce(text, first = false) {
    // Clear first so the same sentence is read again; join what comes in one burst.
    this.queued = first ? [text, ...(this.queued || [])] : [...(this.queued || []), text];
    if (this.announceTimer) return;
    this.melding.textContent = "";
    this.announceTimer = window.setTimeout(() => {
      this.melding.textContent = (this.queued || []).join(" ");
      this.queued = [];
      this.announceTimer = 0;
    }, 60);
  }
}

