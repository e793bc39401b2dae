// @ts-check
// Leefloonwijzer: the form's answers, read and written as raw text.
//
// Every field is named by its answer path: a question id ("leeftijd") or, inside the
// list of housemates, "huisgenoten.<index>.<field>". Nothing is parsed or judged here:
// Python reads the raw text and says what is wrong. The list question ("lijst") is a
// repeatable group: the first entry is static HTML, more are cloned from its
// <template> (scripts/sitegen/templates/checker/vraag_lijst.html).

import { hid } from "./dom.js";

/** @typedef {import("./types.js").PageConfig} PageConfig */
/** @typedef {import("./types.js").QuestionConfig} QuestionConfig */
/** @typedef {import("./types.js").Answers} Answers */
/** @typedef {import("./types.js").Entry} Entry */

/**
 * One entry of a list as read from the form: field id → raw value (null: nothing
 * chosen or typed), and which of its fields were hidden.
 * @typedef {{values: Record<string, string|null>, hidden: Record<string, boolean>}} EntryState
 */

export class FormAnswers {
  /**
   * @param {HTMLFormElement} form
   * @param {PageConfig} cfg
   */
  constructor(form, cfg) {
    this.form = form;
    this.cfg = cfg;
    this.q = cfg.questions;
    this.ids = Object.keys(this.q);
    // A list's fields (short names, choices) and its maximum come with its markup.
    for (const node of form.querySelectorAll('[data-type="lijst"][data-lw-velden]')) {
      const wrap = /** @type {HTMLElement} */ (node);
      const q = this.q[wrap.dataset.vraag || ""];
      if (!q) continue;
      q.fields = JSON.parse(wrap.dataset.lwVelden || "{}");
      q.max = Number(wrap.dataset.max) || null;
    }
    /** Raw values that no field can hold (a shared link's unknown choice), by path. */
    /** @type {Map<string, string>} */
    this.extra = new Map();
  }

  /**
   * The inputs named `path` (the form's own index of names: no selector query).
   * @param {string} path
   * @returns {HTMLInputElement[]}
   */
  fields(path) {
    const item = this.form.elements.namedItem(path);
    if (!item) return [];
    if (item instanceof RadioNodeList) return /** @type {HTMLInputElement[]} */ ([...item]);
    return [/** @type {HTMLInputElement} */ (item)];
  }

  /**
   * The question config of a path (a field of a list entry for "huisgenoten.0.inkomen").
   * @param {string} path
   * @returns {QuestionConfig|undefined}
   */
  configOf(path) {
    const [id, , field] = path.split(".");
    const q = this.q[id];
    if (!q || field === undefined) return q;
    return q.fields ? q.fields[field] : undefined;
  }

  /**
   * The raw value of one field: a radio's value ("" is "Weet ik niet"), a ticked
   * fixed answer's value, or the typed text; null when nothing is chosen or typed.
   * @param {string} path
   * @returns {string|null}
   */
  read(path) {
    if (this.extra.has(path)) return this.extra.get(path) ?? null;
    let text = null;
    for (const input of this.fields(path)) {
      if (input.type === "radio" || input.type === "checkbox") {
        if (input.checked) return input.value;
      } else {
        const v = input.value.trim();
        if (v !== "") text = v;
      }
    }
    return text;
  }

  /**
   * Set one field; returns false when no field can hold the value (it is kept as extra).
   * @param {string} path
   * @param {unknown} value
   */
  write(path, value) {
    this.extra.delete(path);
    const v = value === null || value === undefined ? "" : String(value);
    const inputs = [...this.fields(path)];
    let held = v === "";
    for (const input of inputs) {
      if (input.type === "radio" || input.type === "checkbox") {
        input.checked = v !== "" && input.value === v;
        held ||= input.checked;
      }
    }
    const choice = inputs.some((i) => (i.type === "radio" || i.type === "checkbox") && i.checked);
    for (const input of inputs) {
      if (input.type !== "radio" && input.type !== "checkbox") {
        input.value = choice ? "" : v;
        held = true;
      }
    }
    if (!held && inputs.length) this.extra.set(path, v);
    return held;
  }

  /** @param {string} id */
  list(id) {
    return /** @type {HTMLOListElement|null} */ (this.form.querySelector(`#lw-${hid(id)}-lijst`));
  }

  /** @param {string} id */
  entryCount(id) {
    const list = this.list(id);
    return list ? list.children.length : 0;
  }

  /**
   * Read entry `i` of list `id`.
   * @param {string} id
   * @param {number} i
   * @returns {EntryState}
   */
  readEntry(id, i) {
    /** @type {EntryState} */
    const state = { values: {}, hidden: {} };
    for (const field of Object.keys(this.q[id].fields || {})) {
      const path = `${id}.${i}.${field}`;
      state.values[field] = this.read(path);
      const wrap = document.getElementById(`lw-vraag-${hid(path)}`);
      state.hidden[field] = !!(wrap && wrap.hidden);
    }
    return state;
  }

  /**
   * @param {string} id
   * @param {number} i
   * @param {EntryState} state
   */
  writeEntry(id, i, state) {
    for (const field of Object.keys(this.q[id].fields || {})) {
      const path = `${id}.${i}.${field}`;
      this.write(path, state.values[field]);
      const wrap = document.getElementById(`lw-vraag-${hid(path)}`);
      if (wrap && field in state.hidden) wrap.hidden = state.hidden[field];
    }
  }

  /**
   * Make list `id` hold exactly `n` entries (new ones empty, from the template).
   * @param {string} id
   * @param {number} n
   */
  setEntryCount(id, n) {
    const list = this.list(id);
    const template = /** @type {HTMLTemplateElement|null} */ (
      this.form.querySelector(`#lw-${hid(id)}-sjabloon`)
    );
    if (!list || !template) return;
    while (list.children.length > n) list.lastElementChild?.remove();
    while (list.children.length < n) {
      const i = list.children.length;
      const html = template.innerHTML.replace(/__I__/g, String(i)).replace(/__N__/g, String(i + 1));
      const holder = document.createElement("ol");
      holder.innerHTML = html; // our own build-time template, not user input
      const li = holder.firstElementChild;
      if (li) list.append(li);
    }
  }

  /**
   * Add an empty entry; returns its index.
   * @param {string} id
   */
  addEntry(id) {
    const n = this.entryCount(id);
    this.setEntryCount(id, n + 1);
    return n;
  }

  /**
   * Remove entry `i`; later entries move up (values and shown fields).
   * @param {string} id
   * @param {number} i
   */
  removeEntry(id, i) {
    const n = this.entryCount(id);
    const states = [];
    for (let k = 0; k < n; k++) states.push(this.readEntry(id, k));
    states.splice(i, 1);
    for (const key of [...this.extra.keys()]) if (key.startsWith(`${id}.`)) this.extra.delete(key);
    this.setEntryCount(id, states.length);
    states.forEach((s, k) => this.writeEntry(id, k, s));
  }

  /**
   * Entry values to send: only fields with a value ("" for "Weet ik niet" is left out).
   * @param {string} id
   * @param {Map<string, string>} [drop]   path → raw value known to be wrong: left out
   * @returns {Entry[]}
   */
  entries(id, drop) {
    const out = [];
    const n = this.entryCount(id);
    for (let i = 0; i < n; i++) {
      /** @type {Entry} */
      const entry = {};
      for (const field of Object.keys(this.q[id].fields || {})) {
        const path = `${id}.${i}.${field}`;
        const v = this.read(path);
        if (v === null || v === "") continue;
        if (drop && drop.get(path) === v) continue;
        entry[field] = v;
      }
      out.push(entry);
    }
    return out;
  }

  /**
   * The raw value of a path as one string (a list as JSON), for comparing.
   * @param {string} path
   */
  rawOf(path) {
    const q = this.q[path];
    if (q && q.type === "lijst") return JSON.stringify(this.entries(path));
    return this.read(path);
  }

  /**
   * All answers as Python gets them; `drop` leaves out values known to be wrong.
   * @param {Map<string, string>} [drop]
   * @returns {Answers}
   */
  collect(drop) {
    /** @type {Answers} */
    const antwoorden = {};
    for (const id of this.ids) {
      if (this.q[id].type === "lijst") {
        // No entry, or only empty ones: the list is unknown ("Weet ik niet").
        const all = this.entries(id);
        if (!this.filledEntries(id, all).length) continue;
        if (drop && drop.get(id) === JSON.stringify(all)) continue;
        antwoorden[id] = this.entries(id, drop);
        continue;
      }
      const v = this.read(id);
      if (v === null || v === "") continue;
      if (drop && drop.get(id) === v) continue;
      antwoorden[id] = v;
    }
    return antwoorden;
  }

  /**
   * Whether the person gave any answer here ("Weet ik niet" counts).
   * @param {string} id
   */
  answered(id) {
    if (this.q[id] && this.q[id].type === "lijst") return this.filledEntries(id).length > 0;
    return this.read(id) !== null;
  }

  /**
   * The entries of a list with at least one answer in them.
   * @param {string} id
   * @param {Record<string, any>[]} [all]  its entries, if already read
   */
  filledEntries(id, all = this.entries(id)) {
    return all.filter((e) => Object.keys(e).length > 0);
  }

  /**
   * Empty the form (the date is the page's business) and the list back to one entry.
   */
  clear() {
    this.extra.clear();
    for (const id of this.ids) if (this.q[id].type === "lijst") this.setEntryCount(id, 1);
    for (const input of this.form.querySelectorAll("input")) {
      const i = /** @type {HTMLInputElement} */ (input);
      if (i.name === "peildatum" || i.dataset.lwOptie) continue; // the date, the trainers' switches
      if (i.type === "radio" || i.type === "checkbox") i.checked = false;
      else i.value = "";
    }
  }

  /**
   * Fill the form from answers (a shared link, an undo); unknown keys are ignored here
   * (a list's fields and unknown choices are kept, so Python can name what is wrong).
   * @param {Record<string, unknown>} a
   */
  fill(a) {
    this.clear();
    for (const id of this.ids) {
      const v = a[id];
      if (this.q[id].type === "lijst") {
        const rows = Array.isArray(v) ? v : [];
        this.setEntryCount(id, Math.max(rows.length, 1));
        rows.forEach((row, i) => {
          if (!row || typeof row !== "object") return;
          for (const [field, value] of Object.entries(row)) this.write(`${id}.${i}.${field}`, value);
        });
        continue;
      }
      if (v === undefined || v === null) continue;
      this.write(id, v === true ? "ja" : v === false ? "nee" : v);
    }
  }

  /**
   * The answer in words for the summary, or null when nothing is given.
   * @param {string} path
   * @returns {string|null}
   */
  text(path) {
    const q = this.configOf(path);
    const v = this.read(path);
    if (!q || v === null) return null;
    if (v === "") return q.type === "janee" || q.type === "keuze" ? "Weet ik niet" : null;
    if (q.type === "janee") return v === "ja" ? "Ja" : v === "nee" ? "Nee" : v;
    if (q.choices && q.choices[v]) return q.choices[v];
    if (q.type === "bedrag") return `€ ${v}${(q.unit || "").replace(/^euro/, "")}`;
    return q.unit ? `${v} ${q.unit}` : v;
  }
}
