// @ts-check
// Leefloonwijzer: the trainers' view of the checker page, for a workshop or a class.
//
// Two switches under "Meer opties", also in the page's address so a workshop link can
// open them (nothing is stored anywhere else):
//   ?trainer  "Toon de uitleg voor trainers": per condition the answers it used, the one
//             that decided it, its articles and every dated value its rule read (value,
//             valid-from date, source). Only then does the page ask Python for that trace
//             ("spoor": true), so the public checker stays as fast.
//   ?groot    larger type and a wider result, for a projector (checker.css, html.lw-groot).
// In the trainers' view two comparisons, both computed by Python (checker.vergelijking)
// and sent as "vergelijk" with every run:
//   "Zet vast"  keeps the answers and date of the result shown now (in page memory); after
//               any change the page shows what differs. "Los" lets go.
//   two dates   the same answers on another reference date, side by side.
// Every word about the result and every difference comes from Python; this module only
// lays them out and marks them (a symbol and words, never colour alone).

import { el, openFoldsForPrint, reconcile, symbool } from "./dom.js";
import { ANDERS, SYMBOOL } from "./result.js";

/** @typedef {import("./types.js").Answers} Answers */
/** @typedef {import("./types.js").Payload} Payload */
/** @typedef {import("./types.js").Result} Result */
/** @typedef {import("./types.js").Comparison} Comparison */
/** @typedef {import("./types.js").Difference} Difference */
/** @typedef {import("./types.js").Changes} Changes */
/** @typedef {import("./types.js").TraceCondition} TraceCondition */
/** @typedef {import("./types.js").TraceParameter} TraceParameter */

/** The switches, as they are named in the address (?trainer&groot). */
const SWITCHES = /** @type {const} */ (["trainer", "groot"]);
/** @typedef {"trainer"|"groot"} SwitchName */

/** A date typed in the two-date field counts after this pause (or when the field is left). */
const DATE_PAUSE_MS = 800;

/**
 * Which switches the address turns on.
 * @returns {Record<SwitchName, boolean>}
 */
export function switchesInAddress() {
  const keys = location.search
    .replace(/^\?/, "")
    .split("&")
    .map((part) => decodeURIComponent(part.split("=")[0]));
  return { trainer: keys.includes("trainer"), groot: keys.includes("groot") };
}

/**
 * The address's query with these switches (other parameters kept), e.g. "?trainer".
 * @param {Record<SwitchName, boolean>} on
 */
function searchWith(on) {
  const rest = location.search
    .replace(/^\?/, "")
    .split("&")
    .filter((part) => part && !(/** @type {readonly string[]} */ (SWITCHES)).includes(decodeURIComponent(part.split("=")[0])));
  for (const name of SWITCHES) if (on[name]) rest.push(name);
  return rest.length ? `?${rest.join("&")}` : "";
}

/** @param {boolean} on */
export function setLargeType(on) {
  document.documentElement.classList.toggle("lw-groot", on);
}


/**
 * What the page gives the trainers' view.
 * @typedef {object} TrainerHost
 * @property {() => void} request                 send the answers again (the parts changed)
 * @property {(text: string) => void} announce    a polite announcement
 * @property {() => {payload: Payload, result: Result}|null} shown   the run on screen now
 * @property {(path: string) => string|null} valueOf    an answer in words (the summary's)
 * @property {(path: string, text: string) => HTMLElement} fieldLink   a link to a field
 */

export class Trainer {
  /**
   * @param {HTMLElement} root   the checker (#lw-checker)
   * @param {TrainerHost} host
   */
  constructor(root, host) {
    this.root = root;
    this.host = host;
    /** @type {Record<SwitchName, boolean>} */
    this.on = { trainer: false, groot: false };
    /** The pinned answers and date ("Zet vast"), in this page's memory only. */
    /** @type {{peildatum: string, antwoorden: Answers}|null} */
    this.pin = null;
    /** The other reference date of the two-date view ("" when off). */
    this.otherDate = "";
    /** Folds of the trace the trainer opened or closed, by name. */
    /** @type {Map<string, boolean>} */
    this.folds = new Map();
    this.announced = "";
    this.pinnedText = "";
    this.dateTimer = 0;
    const q = (/** @type {string} */ s) => /** @type {HTMLElement} */ (root.querySelector(s));
    this.section = q("#lw-trainer");
    this.pinButton = /** @type {HTMLButtonElement} */ (q("#lw-zetvast"));
    this.unpinButton = /** @type {HTMLButtonElement} */ (q("#lw-los"));
    this.pinned = q("#lw-vastgezet");
    this.dateInput = /** @type {HTMLInputElement} */ (q("#lw-tweededatum"));
    this.dateError = q("#lw-tweededatum-fout");
    this.dateStop = /** @type {HTMLButtonElement} */ (q("#lw-tweededatum-weg"));
    this.comparison = q("#lw-vergelijking");
    this.trace = q("#lw-spoor");
  }

  /** @param {SwitchName} name */
  box(name) {
    return /** @type {HTMLInputElement|null} */ (this.root.querySelector(`input[data-lw-optie="${name}"]`));
  }

  bind() {
    this.on = switchesInAddress();
    for (const name of SWITCHES) {
      const box = this.box(name);
      if (box) box.checked = this.on[name];
    }
    setLargeType(this.on.groot);
    this.section.hidden = !this.on.trainer;
    this.pinButton.addEventListener("click", () => this.pinNow());
    this.unpinButton.addEventListener("click", () => this.unpin());
    // Typing a year passes through 0002, 0020, 0202…: the date counts after a pause, or at
    // once when the field is left.
    const later = () => {
      clearTimeout(this.dateTimer);
      this.dateTimer = window.setTimeout(() => this.setOtherDate(this.dateInput.value), DATE_PAUSE_MS);
    };
    this.dateInput.addEventListener("input", later);
    this.dateInput.addEventListener("change", later);
    this.dateInput.addEventListener("blur", () => {
      clearTimeout(this.dateTimer);
      this.setOtherDate(this.dateInput.value);
    });
    // "Bekijk de verschillen" in the headline's mark (result.js) goes to the comparison.
    this.root.addEventListener("click", (event) => {
      const target = /** @type {HTMLElement} */ (event.target);
      if (!target.closest || !target.closest("[data-lw-naar-vergelijking]")) return;
      this.comparison.scrollIntoView({ block: "start" });
      this.comparison.focus({ preventScroll: true });
    });
    this.dateStop.addEventListener("click", () => {
      this.dateInput.value = "";
      this.setOtherDate("");
      this.dateInput.focus();
    });
    this.trace.addEventListener(
      "toggle",
      (event) => {
        const d = /** @type {HTMLDetailsElement} */ (event.target);
        if (d.dataset && d.dataset.lwSpoor && !d.dataset.lwPrint) this.folds.set(d.dataset.lwSpoor, d.open);
      },
      true,
    );
  }

  unbind() {
    clearTimeout(this.dateTimer);
    setLargeType(false);
  }

  /**
   * A switch under "Meer opties" changed.
   * @param {HTMLInputElement} box
   */
  onSwitch(box) {
    const name = /** @type {SwitchName} */ (box.dataset.lwOptie);
    if (!(/** @type {readonly string[]} */ (SWITCHES)).includes(name)) return;
    this.on[name] = box.checked;
    const state = history.state && typeof history.state === "object" ? history.state : null;
    history.replaceState(state, "", location.pathname + searchWith(this.on) + location.hash);
    if (name === "groot") {
      setLargeType(box.checked);
      this.host.announce(box.checked ? "De letters zijn groter." : "De letters zijn weer gewoon.");
      return;
    }
    this.section.hidden = !box.checked;
    if (!box.checked) {
      this.pin = null;
      this.otherDate = "";
      this.dateInput.value = "";
      this.showPinState();
    }
    this.host.announce(
      box.checked ? "De uitleg voor trainers staat onder de uitkomst." : "De uitleg voor trainers is weg.",
    );
    this.host.request();
  }

  /**
   * The trainers' parts of a run: the trace, and a comparison when one is asked.
   * @param {Payload} payload
   */
  extend(payload) {
    if (!this.on.trainer) return;
    payload.spoor = true;
    if (this.pin) payload.vergelijk = this.pin;
    else if (this.otherDate) payload.vergelijk = { peildatum: this.otherDate, antwoorden: payload.antwoorden };
  }

  // -- "Zet vast" and "Los" -----------------------------------------------------------------

  pinNow() {
    const shown = this.host.shown();
    if (!shown) {
      this.host.announce("Er is nog geen uitkomst om vast te zetten.");
      return;
    }
    this.pin = { peildatum: shown.payload.peildatum, antwoorden: shown.payload.antwoorden };
    this.pinnedText = `Vastgezet: de uitkomst voor ${shown.result.reference_date_text}. Verander nu een antwoord of de datum.`;
    this.otherDate = "";
    this.dateInput.value = "";
    this.showPinState();
    this.host.announce("De uitkomst is vastgezet. Verander nu een antwoord.");
    this.host.request();
  }

  unpin() {
    this.pin = null;
    this.showPinState();
    this.pinButton.focus();
    this.host.announce("De vastgezette uitkomst is losgelaten.");
    this.host.request();
  }

  showPinState() {
    this.unpinButton.hidden = !this.pin;
    this.pinned.hidden = !this.pin;
    this.pinned.textContent = this.pin ? this.pinnedText : "";
    this.dateStop.hidden = !this.otherDate;
    if (!this.pin && !this.otherDate) {
      this.comparison.hidden = true;
      this.comparison.replaceChildren();
      this.announced = "";
    }
  }

  /** @param {string} value   YYYY-MM-DD, or "" to stop */
  setOtherDate(value) {
    if (value === this.otherDate) return;
    // A half-typed date stays in the field until it is whole.
    if (value && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return;
    this.otherDate = value;
    if (value && this.pin) {
      this.pin = null;
      this.host.announce("De vastgezette uitkomst is losgelaten: je vergelijkt nu twee datums.");
    }
    this.showPinState();
    this.host.request();
  }

  // -- After a run --------------------------------------------------------------------------------

  /**
   * What the result view marks: differences with the pinned result or the other date.
   * @param {Result} r
   * @param {Comparison|undefined} comparison
   * @returns {Changes|null}
   */
  changes(r, comparison) {
    if (!this.on.trainer || !comparison || !comparison.ok || !comparison.differences.length) return null;
    /** @type {Changes} */
    const changes = {
      label: this.beforeLabel(comparison.result).toLowerCase(),
      count: comparison.differences.length,
      head: [],
      conditions: {},
    };
    for (const d of comparison.differences) {
      if (d.kind === "uitkomst" || d.kind === "bedrag") changes.head.push(d);
      else if (d.kind === "voorwaarde" && d.ref) changes.conditions[d.ref] = d;
    }
    return changes;
  }

  /** @param {Result} other */
  beforeLabel(other) {
    return this.pin ? `Vastgezet (${other.reference_date_text})` : `Op ${other.reference_date_text}`;
  }

  /** @param {Result} r */
  afterLabel(r) {
    return this.pin ? `Nu (${r.reference_date_text})` : `Op ${r.reference_date_text}`;
  }

  /**
   * Show the trace and the comparison of the run now on screen.
   * @param {Result} r
   * @param {Comparison|undefined} comparison
   */
  render(r, comparison) {
    if (!this.on.trainer) return;
    this.renderComparison(r, comparison);
    this.renderTrace(r);
  }

  /**
   * @param {Result} r
   * @param {Comparison|undefined} c
   */
  renderComparison(r, c) {
    const box = this.comparison;
    this.dateError.hidden = true;
    this.dateError.textContent = "";
    if (!c || (!this.pin && !this.otherDate)) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    if (!c.ok) {
      const text = c.errors.map((e) => e.message).join(" ");
      if (this.otherDate) {
        this.dateError.replaceChildren(el("span", { class: "lw-vh" }, "Fout: "), text);
        this.dateError.hidden = false;
        box.hidden = true;
        box.replaceChildren();
      } else {
        box.replaceChildren(el("p", { class: "lw-fout" }, text));
        box.hidden = false;
      }
      return;
    }
    const before = this.beforeLabel(c.result);
    const after = this.afterLabel(r);
    const key = JSON.stringify([before, after, c.differences, c.result.headline, r.headline]);
    if (box.dataset.key === key && !box.hidden) return;
    box.dataset.key = key;
    const n = c.differences.length;
    const title = this.pin ? "Wat als? Vastgezet en nu" : "Twee datums naast elkaar";
    const count = n
      ? el("span", { class: "lw-vergelijking__telling" }, symbool(ANDERS), ` ${n === 1 ? "1 verschil" : `${n} verschillen`}`)
      : el("span", { class: "lw-vergelijking__telling" }, "= geen verschil");
    box.replaceChildren(el("h3", { class: "lw-vergelijking__titel" }, `${title}: `, count), this.table(c, r, before, after));
    box.hidden = false;
    const said = this.pin
      ? n
        ? `${n === 1 ? "1 verschil" : `${n} verschillen`} met de vastgezette uitkomst.`
        : "Geen verschil met de vastgezette uitkomst."
      : `Twee datums: ${n === 1 ? "1 verschil" : `${n} verschillen`}.`;
    if (said !== this.announced) {
      this.announced = said;
      this.host.announce(said);
    }
  }

  /**
   * Both results side by side: the outcome first, then every difference with why. The
   * amounts and dated values come before the notices, so what changed in money and rules
   * fits on one screen.
   * @param {Comparison & {ok: true}} c
   * @param {Result} r
   * @param {string} before
   * @param {string} after
   */
  table(c, r, before, after) {
    const outcome = c.differences.find((d) => d.kind === "uitkomst");
    const rest = c.differences.filter((d) => d.kind !== "uitkomst");
    const rank = (/** @type {Difference} */ d) => (d.kind === "melding" ? 1 : 0);
    rest.sort((a, b) => rank(a) - rank(b)); // stable: Python's order within each part
    const cols = [before, after];
    const tbody = el("tbody", null, this.row(cols, "Uitkomst", this.outcome(c.result), this.outcome(r), !!outcome, "uitkomst", ""));
    for (const d of rest) {
      // A dated value's why is its article: it stands under its name. A longer why gets a
      // row of its own.
      const article = d.kind === "parameter" && d.why ? d.why : "";
      tbody.append(this.row(cols, d.what, d.before, el("strong", null, d.after), true, d.kind, d.ref, article));
      if (d.why && !article) {
        tbody.append(el("tr", { class: "lw-verschil__waarom" }, el("td", { colspan: "3" }, `Waarom: ${d.why}`)));
      }
    }
    return el(
      "table",
      { class: "lw-verschillen" },
      el("caption", { class: "lw-vh" }, "Wat is er anders, en waarom"),
      el(
        "thead",
        null,
        el("tr", null, el("th", { scope: "col" }, "Wat"), el("th", { scope: "col" }, before), el("th", { scope: "col" }, after)),
      ),
      tbody,
    );
  }

  /**
   * One row: what, before, after; marked "≠" when it differs. Each value also carries its
   * column's name, shown only where the table is stacked (a phone).
   * @param {string[]} cols   the names of the before and after columns
   * @param {string} what
   * @param {string|Node} before
   * @param {string|Node} after
   * @param {boolean} differs
   * @param {string} kind
   * @param {string} ref
   * @param {string} [article]   shown under `what`
   */
  row(cols, what, before, after, differs, kind, ref, article = "") {
    const kolom = (/** @type {number} */ i) => el("span", { class: "lw-verschil__kolom", "aria-hidden": "true" }, `${cols[i]}:`);
    return el(
      "tr",
      { class: `lw-verschil lw-verschil--${kind}${differs ? " lw-verschil--anders" : ""}`, "data-kind": kind, "data-ref": ref || null },
      el(
        "th",
        { scope: "row" },
        differs ? symbool(ANDERS) : null,
        differs ? " " : null,
        what,
        differs ? el("span", { class: "lw-vh" }, " (anders)") : null,
        article ? el("span", { class: "lw-verschil__artikel" }, article) : null,
      ),
      el("td", null, kolom(0), before),
      el("td", null, kolom(1), after),
    );
  }

  /**
   * A result's outcome and amount, as its headline says them.
   * @param {Result} r
   */
  outcome(r) {
    const h = r.headline;
    return el(
      "span",
      { class: `lw-verschil__uitkomst lw-status-${r.outcome}`, "data-outcome": r.outcome },
      symbool(SYMBOOL[r.outcome] || "?"),
      " ",
      h.text,
      h.amount_label && h.amount_text ? el("span", { class: "lw-verschil__bedrag" }, ` ${h.amount_label}: `, el("strong", null, h.amount_text)) : null,
    );
  }

  // -- The trace ---------------------------------------------------------------------------------

  /** @param {Result} r */
  renderTrace(r) {
    const trace = r.trace || [];
    const status = new Map(r.conditions.map((c) => [c.id, c]));
    if (!this.trace.firstElementChild) {
      this.trace.append(
        el("h3", { class: "lw-spoor__titel" }, "Waarom: per voorwaarde"),
        el(
          "p",
          { class: "lw-hulp" },
          "Per voorwaarde: de antwoorden die de regel gebruikt, het antwoord dat beslist, het artikel, en elke waarde met haar datum en bron.",
        ),
        el("div", { class: "lw-spoor__lijst" }),
      );
    }
    const list = /** @type {HTMLElement} */ (this.trace.querySelector(".lw-spoor__lijst"));
    reconcile(
      list,
      trace.map((t) => {
        const c = status.get(t.id);
        const st = c ? c.status : "uncertain";
        const open = this.folds.has(t.id) ? /** @type {boolean} */ (this.folds.get(t.id)) : st !== "met";
        const values = t.decisive.concat(t.used).map((a) => this.host.valueOf(a.id));
        return {
          key: JSON.stringify([t, st, c && c.status_text, open, values]),
          build: () => this.traceCondition(t, st, c ? c.status_text : "", open),
        };
      }),
    );
  }

  /**
   * @param {TraceCondition} t
   * @param {string} status
   * @param {string} statusText
   * @param {boolean} open
   */
  traceCondition(t, status, statusText, open) {
    const answers = (/** @type {import("./types.js").TraceAnswer[]} */ list) => {
      if (!list.length) return el("dd", null, "geen");
      const dd = el("dd");
      list.forEach((a, i) => {
        if (i) dd.append("; ");
        const value = this.host.valueOf(a.id);
        dd.append(this.host.fieldLink(a.id, a.label), value === null ? " (niet ingevuld)" : `: ${value}`);
      });
      return dd;
    };
    const facts = el(
      "dl",
      { class: "lw-spoor__feiten" },
      el("dt", null, "Beslist door"),
      answers(t.decisive),
      el("dt", null, "Gebruikt"),
      answers(t.used),
      el("dt", null, "Artikel"),
      el("dd", { class: "lw-spoor__artikel" }, t.legal_basis.join("; ") || "geen"),
    );
    const details = el(
      "details",
      { class: `lw-vouw lw-spoor__voorwaarde lw-status-${status}`, "data-lw-spoor": t.id, "data-condition": t.id, open },
      el(
        "summary",
        null,
        symbool(SYMBOOL[/** @type {keyof typeof SYMBOOL} */ (status)] || "?"),
        " ",
        t.title,
        statusText ? `: ${statusText.toLowerCase()}` : "",
      ),
      facts,
    );
    if (t.parameters.length) {
      const ul = el("ul", { class: "lw-spoor__waarden", "aria-label": `Waarden die de regel las: ${t.title}` });
      for (const p of t.parameters) ul.append(this.parameter(p));
      details.append(el("p", { class: "lw-spoor__kop" }, "Waarden met hun datum en bron:"), ul);
    } else {
      details.append(el("p", { class: "lw-spoor__kop" }, "Deze regel leest geen bedrag of termijn met een datum."));
    }
    return details;
  }

  /** @param {TraceParameter} p */
  parameter(p) {
    return el(
      "li",
      { class: "lw-spoor__waarde", "data-parameter": p.id },
      el("strong", null, p.name),
      `: ${p.value_text}${p.certainty_note}. `,
      el("span", { class: "lw-spoor__datum" }, `Geldig vanaf ${p.valid_from_text}.`),
      " ",
      el("span", { class: "lw-spoor__bron" }, `Bron: ${p.source_title}; ${p.legal_basis}.`),
    );
  }

  /** Open every fold of the trace for printing; returns a function that closes them again. */
  openAllForPrint() {
    return openFoldsForPrint(this.trace);
  }
}
