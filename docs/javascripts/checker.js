// Leefloonwijzer: the "Doe de test" page.
//
// The form is static HTML (scripts/hooks/checker_assets.py renders it from the
// questionnaire at build time). This module only collects the raw answers, sends
// them to the Web Worker that runs the rule module in Pyodide (worker.js), and
// shows what Python answers: the outcome, each condition, the amount, which
// questions apply. It decides nothing itself.
//
// Loaded on every page (extra_javascript, type=module, runs once per visit); with
// instant navigation it binds the checker through `document$` each time the
// checker page is shown, and keeps ONE worker for the whole visit. Docs pages never
// start the worker, so they load no Pyodide byte.
//
// Privacy: no cookies, no localStorage/sessionStorage/IndexedDB, no request outside
// the origin. A shared link carries the answers after the "#", which browsers never
// send to a server.

const PAGE_TIMEOUT_MS = 35000;
const SYMBOOL = { eligible: "✓", not_eligible: "✗", uncertain: "?", met: "✓", not_met: "✗" };

// Measurements for the tests and the benchmark (no personal data).
const perf = (window.__lwPerf = window.__lwPerf || {
  workersCreated: 0,
  bootMs: null,
  firstResult: null,
  latencies: [], // ms from the input event's timestamp to the result in the DOM
  handlerLatencies: [], // ms from our input handler to the result in the DOM
  results: 0,
  busy: false,
  breakdown: [], // per result: [ms to the worker, Python, back to the page, render]
});

const shared = {
  worker: null,
  ready: false,
  error: null,
  seq: 0,
  checker: null, // the Checker bound to the page now shown, or null
};

// --- Small helpers ------------------------------------------------------------------------

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else node.setAttribute(k, v === true ? "" : v);
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c);
  }
  return node;
}

// Put the keyed items into `parent` in order, reusing the children whose key is unchanged.
function reconcile(parent, items) {
  const old = new Map();
  for (const child of parent.children) if (child.__lwKey !== undefined) old.set(child.__lwKey, child);
  let i = 0;
  for (const { key, build } of items) {
    let node = old.get(key);
    if (node) old.delete(key);
    else {
      node = build();
      node.__lwKey = key;
    }
    const at = parent.children[i];
    if (at !== node) parent.insertBefore(node, at || null);
    i += 1;
  }
  while (parent.children.length > i) parent.lastElementChild.remove();
}

// Amounts and dates arrive already written in Dutch (the *_text fields): Python formats
// them once, for the CLI, the site and this page alike.

function vandaag() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

function b64urlEncode(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function b64urlDecode(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "===".slice((b64.length + 3) % 4));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

// --- The worker (one per visit) -----------------------------------------------------------

function ensureWorker(cfg) {
  if (shared.worker) return shared.worker;
  const abs = (u) => new URL(u, location.href).href;
  const worker = new Worker(abs(cfg.worker), { type: "module", name: "leefloon-regels" });
  perf.workersCreated += 1;
  perf.workerStart = performance.now();
  shared.worker = worker;
  worker.onmessage = (event) => {
    const msg = event.data || {};
    if (msg.type === "ready") {
      shared.ready = true;
      shared.error = null;
      perf.bootMs = msg.ms;
      perf.bootPhases = msg.phases;
      perf.bootSource = msg.source;
      perf.bootStartedAt = msg.startedAt - performance.timeOrigin;
      perf.readyAt = performance.now();
      if (shared.checker) shared.checker.onReady();
    } else if (msg.type === "error") {
      if (!shared.ready) {
        shared.error = msg.message;
        if (shared.checker) shared.checker.onLoadError();
      }
    } else if (msg.type === "snapshot-cached") {
      perf.snapshotCached = true;
    } else if (msg.type === "result") {
      if (shared.checker) shared.checker.onResult(msg);
    }
  };
  worker.onerror = (event) => {
    event.preventDefault();
    if (!shared.ready) {
      shared.error = event.message || "worker";
      if (shared.checker) shared.checker.onLoadError();
    }
  };
  const snapshot = cfg.snapshot ? abs(cfg.snapshot) : null;
  worker.postMessage({
    type: "init",
    config: { pyodide: abs(cfg.pyodide), rules: abs(cfg.rules), rulesName: cfg.rules_name, snapshot },
  });
  if (snapshot) {
    // Python's memory snapshot, ONLY if the HTTP cache has it (a return visit): the
    // lookup never goes to the network. Read here, while the worker is still starting.
    fetch(snapshot, { cache: "only-if-cached", mode: "same-origin" })
      .then((r) => (r.ok ? r.arrayBuffer() : null))
      .catch(() => null)
      .then((buffer) => worker.postMessage({ type: "snapshot", buffer }, buffer ? [buffer] : []));
  }
  setTimeout(() => {
    if (!shared.ready && !shared.error) {
      shared.error = "timeout";
      if (shared.checker) shared.checker.onLoadError();
    }
  }, PAGE_TIMEOUT_MS);
  return worker;
}

// --- The checker on one page view ---------------------------------------------------------

class Checker {
  constructor(root) {
    this.root = root;
    this.cfg = JSON.parse(root.dataset.lwConfig);
    this.q = this.cfg.questions;
    this.ids = Object.keys(this.q);
    this.form = root.querySelector("#lw-formulier");
    this.status = root.querySelector("#lw-status");
    this.uitkomst = root.querySelector("#lw-uitkomst");
    this.resultaat = root.querySelector("#lw-resultaat");
    this.foutoverzicht = root.querySelector("#lw-foutoverzicht");
    this.controle = root.querySelector("#lw-controle");
    this.samenvatting = root.querySelector("#lw-samenvatting");
    this.acties = root.querySelector("#lw-acties");
    this.datum = root.querySelector("#lw-peildatum");
    this.melding = el("div", { class: "lw-vh", "aria-live": "polite", id: "lw-melding" });
    root.append(this.melding);
    this.inFlight = null; // {id, t}
    this.dirty = false;
    this.pendingT = null;
    this.lastText = null;
    this.lastOutcome = null;
    this.relevant = null;
    this.fouten = [];
    this.writtenHash = null;
  }

  bind() {
    this.root.dataset.lwBound = "1";
    const rerun = (event) => this.request({ event: event.timeStamp, handler: performance.now() });
    this.form.addEventListener("input", rerun);
    this.form.addEventListener("change", rerun);
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.request({ event: event.timeStamp, handler: performance.now() });
    });
    this.root.addEventListener("click", (event) => this.onClick(event));
    this.onHashChange = () => this.restoreFromHash(false);
    window.addEventListener("hashchange", this.onHashChange);
    this.root.querySelector("#lw-deel").addEventListener("click", () => this.share());
    this.root.querySelector("#lw-kopieer").addEventListener("click", () => this.copyLink());
    this.root.querySelector("#lw-print").addEventListener("click", () => window.print());
    this.root.querySelector("#lw-opnieuw").addEventListener("click", () => this.reset());

    this.setDefaultDate();
    this.uitkomst.hidden = false;
    this.controle.hidden = false;
    this.acties.hidden = false;
    this.restoreFromHash(true);
    this.renderSummary();
    if (shared.error) this.onLoadError();
    else if (!shared.ready) this.setStatus("De rekenregels worden geladen… Je kunt de vragen al invullen.");
    this.request(null, true);
  }

  unbind() {
    window.removeEventListener("hashchange", this.onHashChange);
  }

  setStatus(text, isError = false) {
    this.status.replaceChildren();
    this.status.classList.toggle("lw-status--fout", isError);
    if (typeof text === "string") this.status.textContent = text;
    else this.status.append(text);
    this.status.hidden = !text;
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
    this.dateNote = note;
    // Someone may have typed a date before this script ran: keep it.
    if (!this.datum.value) this.datum.value = d;
  }

  // -- Answers in and out --

  fieldsOf(id) {
    return this.form.querySelectorAll(`[name="${id}"]`);
  }

  collect() {
    const antwoorden = {};
    for (const id of this.ids) {
      const type = this.q[id].type;
      if (type === "janee" || type === "keuze") {
        const checked = this.form.querySelector(`input[name="${id}"]:checked`);
        if (checked && checked.value !== "") antwoorden[id] = checked.value;
      } else {
        const input = this.form.querySelector(`#lw-${id}`);
        const v = input ? input.value.trim() : "";
        if (v !== "") antwoorden[id] = v;
      }
    }
    return { peildatum: this.datum.value, antwoorden };
  }

  fill(data) {
    const datum = this.datum.value;
    this.form.reset();
    this.datum.value = typeof data.d === "string" ? data.d : datum;
    const a = data.a && typeof data.a === "object" ? data.a : {};
    for (const id of this.ids) {
      const v = a[id];
      const type = this.q[id].type;
      if (type === "janee" || type === "keuze") {
        for (const r of this.fieldsOf(id)) r.checked = v !== undefined && r.value === String(v);
      } else {
        const input = this.form.querySelector(`#lw-${id}`);
        if (input) input.value = v === undefined ? "" : String(v);
      }
    }
  }

  shareData() {
    const { peildatum, antwoorden } = this.collect();
    const a = {};
    for (const [k, v] of Object.entries(antwoorden)) {
      if (!this.relevant || this.relevant.includes(k)) a[k] = v;
    }
    return { d: peildatum, a };
  }

  restoreFromHash(initial) {
    const hash = location.hash;
    if (!hash.startsWith("#a=")) return;
    if (hash === this.writtenHash) return;
    try {
      const data = JSON.parse(b64urlDecode(hash.slice(3)));
      if (!data || typeof data !== "object") throw new Error("geen object");
      this.fill(data);
      this.writtenHash = hash;
      this.showShareBox(location.href);
      this.announce("De antwoorden uit de gedeelde link zijn ingevuld.");
    } catch {
      this.announce("De gedeelde link kon niet gelezen worden. Vul de vragen zelf in.");
      this.setStatus("De gedeelde link kon niet gelezen worden. Vul de vragen zelf in.", true);
    }
    if (!initial) this.request(null);
  }

  shareUrl() {
    const hash = "#a=" + b64urlEncode(JSON.stringify(this.shareData()));
    return { hash, url: location.href.split("#")[0] + hash };
  }

  share() {
    const { hash, url } = this.shareUrl();
    this.writtenHash = hash;
    history.replaceState(history.state, "", hash);
    this.showShareBox(url);
    const input = this.root.querySelector("#lw-deelurl");
    input.focus();
    input.select();
  }

  showShareBox(url) {
    this.root.querySelector("#lw-deellink").hidden = false;
    this.root.querySelector("#lw-deelurl").value = url;
  }

  updateShare() {
    // Once shared, the link follows the answers, so it never shows old ones.
    if (this.writtenHash === null || !location.hash.startsWith("#a=")) return;
    const { hash, url } = this.shareUrl();
    if (hash === location.hash) return;
    this.writtenHash = hash;
    history.replaceState(history.state, "", hash);
    this.root.querySelector("#lw-deelurl").value = url;
  }

  async copyLink() {
    const input = this.root.querySelector("#lw-deelurl");
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
    this.form.reset();
    this.setDefaultDate();
    this.writtenHash = null;
    if (location.hash) history.replaceState(history.state, "", location.pathname + location.search);
    this.root.querySelector("#lw-deellink").hidden = true;
    this.root.querySelector("#lw-deelurl").value = "";
    this.request(null);
    this.announce("Alle antwoorden zijn gewist.");
    const first = this.form.querySelector("input");
    if (first) first.focus();
  }

  // -- Talking to the worker --

  // `t` = {event: the input event's timestamp, handler: when our handler ran}; the
  // latency of a result is measured from the first change it answers.
  request(t, force = false) {
    const payload = JSON.stringify(this.collect());
    if (this.inFlight) {
      // A radio click fires "input" and "change": the same answers are not sent twice.
      if (payload !== this.inFlight.payload) {
        this.dirty = true; // only the newest answers are sent next
        this.pendingT = this.pendingT ?? t;
      }
      return;
    }
    if (!force && payload === this.lastPayload) return;
    const id = ++shared.seq;
    this.inFlight = { id, t: this.pendingT ?? t, payload };
    this.pendingT = null;
    this.dirty = false;
    perf.busy = true;
    this.sentAt = performance.now();
    ensureWorker(this.cfg).postMessage({ type: "run", id, payload });
  }

  onReady() {
    this.setStatus("");
  }

  onLoadError() {
    const link = el("a", { href: `${this.cfg.root}voorwaarden/` }, "de zes voorwaarden");
    const p = el(
      "span",
      null,
      "De rekenregels konden niet laden, dus de test kan nu niets uitrekenen. Je antwoorden " +
        "blijven staan. Laad de pagina later opnieuw, of lees ",
      link,
      " één voor één.",
    );
    this.setStatus(p, true);
  }

  onResult(msg) {
    if (!this.inFlight || msg.id !== this.inFlight.id) return; // stale
    const { t, payload } = this.inFlight;
    this.inFlight = null;
    if (this.dirty) {
      this.request(this.pendingT ?? t); // drop this one, newer answers are due
      return;
    }
    this.lastPayload = payload;
    const r0 = performance.now();
    this.render(msg.text);
    perf.busy = false;
    const now = performance.now();
    const origin = performance.timeOrigin;
    // [to the worker, Python, back to the page, render] in ms
    perf.breakdown.push([msg.tIn - (origin + this.sentAt), msg.ms, origin + r0 - msg.tOut, now - r0]);
    perf.results += 1;
    if (perf.firstResult === null) perf.firstResult = now;
    if (t) {
      perf.latencies.push(now - t.event);
      perf.handlerLatencies.push(now - t.handler);
    }
  }

  // -- Rendering --

  render(text) {
    if (text === this.lastText) return;
    this.lastText = text;
    const data = JSON.parse(text);
    if (shared.ready) this.setStatus(this.dateNote || "");
    this.applyRelevance(data.ok ? data.result.relevant_questions : data.relevant_questions);
    this.showErrors(data.ok ? [] : data.errors);
    this.lastResult = data.ok ? data.result : null;
    if (data.ok) {
      this.resultaat.hidden = false;
      this.renderResult(data.result);
      const outcome = data.result.outcome_text;
      if (outcome !== this.lastOutcome) {
        this.lastOutcome = outcome;
        this.announce(`Uitkomst: ${outcome}`);
      }
    } else {
      this.resultaat.hidden = true;
      this.lastOutcome = null;
    }
    this.renderSummary();
    this.updateShare();
  }

  applyRelevance(relevant) {
    if (!Array.isArray(relevant)) return;
    this.relevant = relevant;
    const set = new Set(relevant);
    for (const wrap of this.form.querySelectorAll("[data-vraag]")) {
      const id = wrap.dataset.vraag;
      if (id === "peildatum") continue;
      const hide = !set.has(id);
      if (wrap.hidden !== hide) wrap.hidden = hide;
    }
  }

  fieldLink(id, text) {
    return el("a", { href: `#lw-${id}`, "data-lw-veld": id }, text);
  }

  labelOf(id) {
    if (id === "peildatum") return "Datum";
    return this.q[id] ? this.q[id].short : id;
  }

  showErrors(errors) {
    if (!errors.length && !this.fouten.length && this.foutoverzicht.hidden) return;
    for (const id of this.fouten) {
      const msg = this.root.querySelector(`#lw-${id}-fout`);
      if (msg) {
        msg.hidden = true;
        msg.textContent = "";
      }
      this.setInvalid(id, false);
    }
    this.fouten = [];
    const box = this.foutoverzicht;
    if (!errors.length) {
      box.hidden = true;
      box.replaceChildren();
      return;
    }
    const list = el("ul", { class: "lw-foutlijst" });
    for (const err of errors) {
      const id = err.field;
      const msg = this.root.querySelector(`#lw-${id}-fout`);
      if (msg) {
        msg.replaceChildren(el("span", { class: "lw-vh" }, "Fout: "), err.message);
        msg.hidden = false;
        this.setInvalid(id, true);
        this.fouten.push(id);
        list.append(el("li", null, this.fieldLink(id, err.message)));
      } else {
        list.append(el("li", null, err.message));
      }
    }
    box.replaceChildren(
      el("h3", { class: "lw-foutoverzicht__titel" }, "Verbeter eerst dit"),
      el("p", null, "De uitkomst verschijnt weer zodra deze antwoorden kloppen. Je andere antwoorden blijven staan."),
      list,
    );
    box.hidden = false;
    const n = errors.length;
    this.announce(n === 1 ? "Eén antwoord moet je verbeteren." : `${n} antwoorden moet je verbeteren.`);
  }

  setInvalid(id, invalid) {
    const foutId = `lw-${id}-fout`;
    const wrap = this.root.querySelector(`#lw-vraag-${id}`);
    if (!wrap) return;
    const targets = wrap.tagName === "FIELDSET" ? [wrap] : [wrap.querySelector("input")];
    for (const target of targets) {
      const ids = (target.getAttribute("aria-describedby") || "").split(/\s+/).filter((x) => x && x !== foutId);
      if (invalid) ids.unshift(foutId);
      if (ids.length) target.setAttribute("aria-describedby", ids.join(" "));
      else target.removeAttribute("aria-describedby");
    }
    for (const input of wrap.querySelectorAll("input")) {
      if (invalid) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
    wrap.classList.toggle("lw-vraag--fout", invalid);
  }

  answerText(id) {
    const type = this.q[id].type;
    if (type === "janee" || type === "keuze") {
      const checked = this.form.querySelector(`input[name="${id}"]:checked`);
      if (!checked || checked.value === "") return null;
      if (type === "janee") return checked.value === "ja" ? "Ja" : "Nee";
      return this.q[id].choices[checked.value] || checked.value;
    }
    const input = this.form.querySelector(`#lw-${id}`);
    const v = input ? input.value.trim() : "";
    if (!v) return null;
    if (type === "bedrag") return `€ ${v} per maand`;
    return this.q[id].unit ? `${v} ${this.q[id].unit}` : v;
  }

  renderSummary() {
    const ids = this.relevant || this.ids.filter((id) => {
      const wrap = this.form.querySelector(`#lw-vraag-${id}`);
      return wrap && !wrap.hidden;
    });
    const row = (id, label, value) => ({
      key: `${id}\u0000${value}`,
      build: () => {
        const wijzig = this.fieldLink(id, "Wijzig");
        wijzig.append(el("span", { class: "lw-vh" }, ` ${label}`));
        return el(
          "div",
          { class: "lw-samenvatting__rij" },
          el("dt", null, label),
          el("dd", { class: value === null ? "lw-leeg" : null }, value === null ? "Niet ingevuld" : value),
          el("dd", { class: "lw-samenvatting__actie" }, wijzig),
        );
      },
    });
    const r = this.lastResult;
    const datum = r && r.reference_date === this.datum.value ? r.reference_date_text : this.datum.value;
    const rows = [row("peildatum", "Datum", datum || null)];
    for (const id of ids) rows.push(row(id, this.q[id].short, this.answerText(id)));
    reconcile(this.samenvatting, rows);
  }

  // The result is a list of blocks, each keyed by the data it shows: after a change only
  // the blocks whose data changed are rebuilt (typing an amount rebuilds one condition
  // and the amount, not the whole result).
  renderResult(r) {
    const blocks = [];
    const block = (key, build) => blocks.push({ key, build });
    block(`o${r.outcome}${r.reference_date}${r.rules_version}`, () =>
      el(
        "div",
        { class: `lw-oordeel lw-oordeel--${r.outcome}`, "data-outcome": r.outcome },
        el("p", { class: "lw-oordeel__tekst" },
          el("span", { class: "lw-symbool", "aria-hidden": "true" }, SYMBOOL[r.outcome] || "?"), " ",
          el("strong", null, r.outcome_text)),
        el("p", { class: "lw-oordeel__datum" },
          `Berekend voor ${r.reference_date_text}, met de regels van versie ${r.rules_version}.`),
      ),
    );

    if (r.missing_answers.length) {
      block(`m${r.missing_answers.join()}`, () => {
        const list = el("ul", { class: "lw-nognodig" });
        for (const id of r.missing_answers) list.append(el("li", null, this.fieldLink(id, this.labelOf(id))));
        return el(
          "div",
          null,
          el("h3", null, "Nog nodig"),
          el("p", null, "Vul deze vragen in om het zekerder te weten (of vraag het na):"),
          list,
        );
      });
    }

    block("voorwaarden", () =>
      el("div", null, el("h3", null, "De zes voorwaarden"), el("ol", { class: "lw-voorwaarden" })),
    );

    if (r.amount) block(`a${JSON.stringify(r.amount)}`, () => this.renderAmount(r.amount));

    const notices = (title, items, cls) => {
      if (!items.length) return;
      block(`n${cls}${JSON.stringify(items)}`, () => {
        const list = el("ul", { class: `lw-meldingen lw-meldingen--${cls}` });
        for (const n of items) {
          list.append(
            el(
              "li",
              null,
              el("strong", null, n.title),
              el("p", null, n.text),
              n.legal_basis.length ? el("p", { class: "lw-artikel" }, `Bron: ${n.legal_basis.join("; ")}`) : null,
              n.page ? el("p", null, el("a", { href: this.cfg.root + n.page }, `Lees meer: ${n.title}`)) : null,
            ),
          );
        }
        return el("div", null, el("h3", null, title), list);
      });
    };
    notices("Let op", r.warnings, "waarschuwing");
    notices("Andere hulp", r.alternatives, "alternatief");
    notices("Wat kun je nu doen?", r.next_steps, "stap");

    reconcile(this.resultaat, blocks);
    reconcile(
      this.resultaat.querySelector(".lw-voorwaarden"),
      r.conditions.map((c) => ({ key: JSON.stringify(c), build: () => this.renderCondition(c) })),
    );
  }

  renderCondition(c) {
    const statusKlasse = `lw-status-${c.status}`;
    const li = el(
      "li",
      { class: `lw-voorwaarde ${statusKlasse}`, "data-condition": c.id, "data-status": c.status },
      el(
        "h4",
        { class: "lw-voorwaarde__titel" },
        c.title,
        el("span", { class: "lw-vh" }, ": "),
        el("span", { class: `lw-badge ${statusKlasse}` },
          el("span", { class: "lw-symbool", "aria-hidden": "true" }, SYMBOOL[c.status] || "?"), " ",
          c.status_text),
      ),
    );
    if (c.reasons.length) {
      const ul = el("ul", { class: "lw-redenen" });
      for (const reason of c.reasons) ul.append(el("li", null, reason));
      li.append(ul);
    }
    if (c.missing_answers.length) {
      const p = el("p", { class: "lw-nognodig-kort" }, "Nog nodig: ");
      c.missing_answers.forEach((id, i) => {
        if (i) p.append(", ");
        p.append(this.fieldLink(id, this.labelOf(id)));
      });
      li.append(p);
    }
    if (c.legal_basis.length) li.append(el("p", { class: "lw-artikel" }, `Artikel: ${c.legal_basis.join("; ")}`));
    if (c.page) li.append(el("p", null, el("a", { href: this.cfg.root + c.page }, `Lees meer: ${c.title}`)));
    return li;
  }

  renderAmount(a) {
    const wrap = el("div", {
      class: "lw-bedrag",
      "data-category": String(a.category),
      "data-monthly-amount": a.monthly_amount.toFixed(2),
    });
    wrap.append(
      el("h3", null, "Het bedrag"),
      el("p", { class: "lw-bedrag__totaal" },
        "Je leefloon: ", el("strong", null, `${a.monthly_amount_text} per maand`),
        ` (categorie ${a.category}: ${a.category_label}).`),
      el("p", null, `Het bedrag van categorie ${a.category} is geldig vanaf ${a.valid_from_text}` +
        (a.rate_certainty && a.rate_certainty !== "nagekeken" ? ` (${a.rate_certainty}).` : ".")),
    );
    const tbody = el("tbody");
    let optioneelKop = false;
    for (const s of a.steps) {
      if (s.kind === "optional" && !optioneelKop) {
        optioneelKop = true;
        tbody.append(el("tr", { class: "lw-stap--kop" },
          el("th", { scope: "colgroup", colspan: "2" }, "Misschien: als het OCMW ook dit meetelt")));
      }
      tbody.append(
        el("tr", { class: `lw-stap lw-stap--${s.kind}` },
          el("td", null, s.description),
          el("td", { class: "lw-bedrag__cel" }, s.amount_text)),
      );
    }
    wrap.append(
      el("table", { class: "lw-berekening" },
        el("caption", null, "De berekening stap voor stap, per maand"),
        el("thead", null, el("tr", null, el("th", { scope: "col" }, "Stap"), el("th", { scope: "col" }, "Bedrag"))),
        tbody),
    );
    if (a.discretionary !== null && a.amount_if_counted !== null) {
      wrap.append(el("p", { class: "lw-bedrag__misschien" },
        `Het OCMW mag ook ${a.discretionary_text} van het inkomen van je huisgenoten meetellen. ` +
          `Doet het dat, dan is je leefloon ${a.amount_if_counted_text} per maand.`));
    }
    if (a.legal_basis.length) wrap.append(el("p", { class: "lw-artikel" }, `Artikel: ${a.legal_basis.join("; ")}`));
    return wrap;
  }

  announce(text) {
    // Clear first so the same sentence is read again.
    this.melding.textContent = "";
    setTimeout(() => {
      this.melding.textContent = text;
    }, 50);
  }

  // -- Links that focus a field --

  onClick(event) {
    const link = event.target.closest("a[data-lw-veld]");
    if (!link || !this.root.contains(link)) return;
    event.preventDefault();
    event.stopPropagation();
    this.focusField(link.dataset.lwVeld);
  }

  focusField(id) {
    let target;
    const wrap = this.root.querySelector(`#lw-vraag-${id}`);
    if (wrap && wrap.tagName === "FIELDSET") {
      target = wrap.querySelector("input:checked") || wrap.querySelector("input");
    } else {
      target = this.root.querySelector(`#lw-${id}`);
    }
    if (!target) return;
    if (wrap) wrap.hidden = false;
    (wrap || target).scrollIntoView({ block: "center" });
    target.focus({ preventScroll: true });
  }
}

// --- Wiring, once per page view -----------------------------------------------------------

function onDocument() {
  const root = document.getElementById("lw-checker");
  if (shared.checker && shared.checker.root !== root) {
    shared.checker.unbind();
    shared.checker = null;
  }
  if (!root || root.dataset.lwBound || (shared.checker && shared.checker.root === root)) return;
  const checker = new Checker(root);
  shared.checker = checker;
  ensureWorker(checker.cfg); // start loading Python at once
  // Bind in a task of its own, not inside Material's page-load task, so neither grows
  // into a long task.
  setTimeout(() => {
    if (shared.checker !== checker) return; // navigated away meanwhile
    performance.mark("lw-bind-start");
    checker.bind();
    if (shared.ready) checker.onReady();
    performance.measure("lw-bind", "lw-bind-start");
  }, 0);
}

// On the checker page, overrides/main.html also loads this module async from the <head>
// with the boot config in a <meta>: the worker then starts while the page still loads.
const boot = document.querySelector('meta[name="lw-checker-boot"]');
if (boot && !shared.worker) {
  try {
    ensureWorker(JSON.parse(boot.content));
  } catch {
    // the page binding below starts it instead
  }
}

function wire() {
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(onDocument);
  } else {
    onDocument();
  }
}

// Material's bundle (a classic script at the end of <body>) has run by DOMContentLoaded.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire);
else wire();
