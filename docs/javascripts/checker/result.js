// @ts-check
// Leefloonwijzer: the result as the page shows it. Every word about the outcome comes
// from Python (checker.kop, checker.gevolgen); this module only lays it out.
//
// First view, short on purpose: the headline (outcome, amount or range, first step),
// the six conditions as one line each with a link to their page, what is still needed.
// Everything else folds open on demand (<details>): why it is not sure, each condition
// with its reasons and articles, the calculation, the next steps, other help, notices.
// After a change only the blocks whose data changed are rebuilt; a fold stays open.

import { el, openFoldsForPrint, reconcile, symbool } from "./dom.js";

/** @typedef {import("./types.js").Result} Result */
/** @typedef {import("./types.js").Condition} Condition */
/** @typedef {import("./types.js").Notice} Notice */
/** @typedef {import("./types.js").Amount} Amount */
/** @typedef {import("./types.js").Step} Step */

export const SYMBOOL = { eligible: "✓", not_eligible: "✗", uncertain: "?", met: "✓", not_met: "✗" };
/** How many missing answers the first view names; the rest are in "De zes voorwaarden". */
const NOG_NODIG_MAX = 3;

/**
 * @typedef {object} ResultContext
 * @property {string} root                     relative URL of the site root
 * @property {(path: string, text: string) => HTMLElement} fieldLink   a link that focuses a field
 * @property {{path: string, label: string}[]} dropped   wrong answers left out of this result
 * @property {import("./types.js").Changes|null} [changes]   trainers' view: what differs from
 *                                             the pinned result or the other date
 */

/** The mark of a difference (trainer.js uses the same), always with words beside it. */
export const ANDERS = "≠";

export class ResultView {
  /** @param {HTMLElement} container */
  constructor(container) {
    this.container = container;
    this.root = "";
    /** Folds the reader opened, by name: they stay open when their block is rebuilt. */
    /** @type {Set<string>} */
    this.open = new Set();
    container.addEventListener(
      "toggle",
      (event) => {
        const d = /** @type {HTMLDetailsElement} */ (event.target);
        const name = d.dataset ? d.dataset.lwVouw : undefined;
        if (!name || d.dataset.lwPrint) return;
        if (d.open) this.open.add(name);
        else this.open.delete(name);
      },
      true,
    );
  }

  /**
   * A fold: <details> with a summary, open when the reader left it open.
   * @param {string} name
   * @param {string|Node} summary
   * @param {Record<string, string|number|boolean|null|undefined>|null} attrs
   * @param {...(Node|string|null|undefined|false)} children
   */
  fold(name, summary, attrs, ...children) {
    const cls = ["lw-vouw", attrs && attrs.class].filter(Boolean).join(" ");
    return el(
      "details",
      { ...(attrs || {}), class: cls, "data-lw-vouw": name, open: this.open.has(name) },
      el("summary", null, summary),
      ...children,
    );
  }

  /**
   * @param {string} page
   * @param {string} text
   */
  link(page, text) {
    const href = this.root + page;
    // data-lw-url: the full address, printed after the link (see checker.css, print)
    return el("a", { href, class: "lw-leesmeer", "data-lw-url": new URL(href, location.href).href }, text);
  }

  /**
   * Show result `r`.
   * @param {Result} r
   * @param {ResultContext} ctx
   */
  render(r, ctx) {
    this.root = ctx.root;
    /** @type {import("./dom.js").Keyed[]} */
    const blocks = [];
    const block = (/** @type {string} */ key, /** @type {() => HTMLElement} */ build) =>
      blocks.push({ key, build });
    const h = r.headline;
    const changes = ctx.changes || null;
    const headChanges = changes && changes.count ? { label: changes.label, count: changes.count, head: changes.head } : null;

    block(`kop${r.outcome}${JSON.stringify(h)}${JSON.stringify(headChanges)}`, () => {
      const box = el(
        "div",
        { class: `lw-oordeel lw-oordeel--${r.outcome}`, "data-outcome": r.outcome },
        el(
          "p",
          { class: "lw-oordeel__tekst" },
          symbool(SYMBOOL[r.outcome] || "?"),
          " ",
          el("strong", null, h.text),
        ),
      );
      if (h.amount_label && h.amount_text) {
        box.append(
          el("p", { class: "lw-oordeel__bedrag" }, `${h.amount_label}: `, el("strong", null, h.amount_text)),
        );
      }
      if (h.amount_note) box.append(el("p", { class: "lw-oordeel__noot" }, h.amount_note));
      if (h.first_step) {
        box.append(el("p", { class: "lw-oordeel__stap" }, "Wat nu? ", el("strong", null, h.first_step)));
      }
      if (headChanges) box.append(this.headChanges(headChanges));
      return box;
    });

    if (ctx.dropped.length) {
      block(`zonder${JSON.stringify(ctx.dropped)}`, () => {
        const p = el("p", { class: "lw-zonder" }, "Deze uitkomst rekent nog zonder: ");
        ctx.dropped.forEach((d, i) => {
          if (i) p.append(", ");
          p.append(ctx.fieldLink(d.path, d.label));
        });
        p.append(". Dat antwoord klopt nog niet.");
        return p;
      });
    }

    // For a "no", the first view names only the conditions that are not met (the cause);
    // all six are in the fold below.
    const kort = r.outcome === "not_eligible" ? r.conditions.filter((c) => c.status === "not_met") : r.conditions;
    const changed = changes ? changes.conditions : {};
    block(`kort${kort.map((c) => c.id + c.status + c.title).join()}${JSON.stringify(changed)}`, () => {
      const list = el("ul", {
        class: "lw-kort",
        "aria-label": kort.length === r.conditions.length ? "De zes voorwaarden" : "Waarom niet",
      });
      for (const c of kort) {
        const zichtbaar = c.status !== "met";
        list.append(
          el(
            "li",
            { class: `lw-kort__item lw-status-${c.status}` },
            symbool(SYMBOOL[c.status] || "?"),
            " ",
            this.link(c.page, c.title),
            el("span", { class: zichtbaar ? "lw-kort__status" : "lw-vh" }, `: ${c.status_text.toLowerCase()}`),
            changed[c.id] ? this.wasMark(changed[c.id]) : null,
          ),
        );
      }
      return list;
    });

    if (r.missing_answers.length && !r.settled) {
      block(`nodig${r.missing_answers.join()}`, () => {
        const p = el("p", { class: "lw-nognodig" }, "Nog nodig: ");
        const shown = r.missing_answers.slice(0, NOG_NODIG_MAX);
        shown.forEach((path, i) => {
          if (i) p.append(i === shown.length - 1 && r.missing_answers.length <= NOG_NODIG_MAX ? " en " : ", ");
          p.append(ctx.fieldLink(path, (r.missing_labels && r.missing_labels[path]) || path));
        });
        const rest = r.missing_answers.length - shown.length;
        if (rest > 0) p.append(rest === 1 ? " en 1 andere vraag" : ` en ${rest} andere vragen`);
        p.append(".");
        return p;
      });
    }

    if (r.caveats.length) {
      block(`onzeker${JSON.stringify(r.caveats)}`, () =>
        this.fold("onzeker", "Waarom niet zeker?", { class: "lw-onzeker" }, this.notices(r.caveats, "onzeker")),
      );
    }

    block("voorwaarden", () =>
      this.fold("voorwaarden", "De zes voorwaarden, met de reden", null, el("ol", { class: "lw-voorwaarden" })),
    );

    if (r.amount) {
      const a = r.amount;
      block(`bedrag${r.amount_heading}${JSON.stringify(a)}`, () => this.amount(a, r.amount_heading || "De berekening"));
    }

    if (r.next_steps.length) {
      block(`stappen${JSON.stringify(r.next_steps)}`, () =>
        this.fold("stappen", "Wat kun je nu doen?", null, this.notices(r.next_steps, "stap")),
      );
    }
    if (r.alternatives.length) {
      block(`andere${JSON.stringify(r.alternatives)}`, () =>
        this.fold("andere", "Andere hulp", null, this.notices(r.alternatives, "alternatief")),
      );
    }
    if (r.warnings.length) {
      block(`letop${JSON.stringify(r.warnings)}`, () =>
        this.fold(
          "letop",
          r.warnings.length === 1 ? "Let op: 1 melding" : `Let op: ${r.warnings.length} meldingen`,
          null,
          this.notices(r.warnings, "waarschuwing"),
        ),
      );
    }
    block(`over${r.reference_date}${r.rules_version}`, () =>
      el(
        "p",
        { class: "lw-oordeel__datum" },
        `Berekend voor ${r.reference_date_text}.`,
        el("span", { class: "lw-alleen-print" }, ` Regels van versie ${r.rules_version}.`),
      ),
    );

    reconcile(this.container, blocks);
    const ol = this.container.querySelector(".lw-voorwaarden");
    if (ol) {
      reconcile(
        ol,
        r.conditions.map((c) => ({
          key: JSON.stringify([c, changed[c.id] || null]),
          build: () => this.condition(c, ctx, changed[c.id] || null),
        })),
      );
    }
  }

  /**
   * @param {Notice[]} items
   * @param {string} kind
   */
  notices(items, kind) {
    const list = el("ul", { class: `lw-meldingen lw-meldingen--${kind}` });
    for (const n of items) {
      list.append(
        el(
          "li",
          null,
          el("strong", null, n.title),
          el("p", null, n.text),
          n.legal_basis.length ? el("p", { class: "lw-artikel" }, `Bron: ${n.legal_basis.join("; ")}`) : null,
          n.page ? el("p", null, this.link(n.page, `Lees meer: ${n.title}`)) : null,
        ),
      );
    }
    return list;
  }

  /**
   * "≠ Anders dan vastgezet": what the headline said before, and a way to every
   * difference (trainers' view).
   * @param {{label: string, count: number, head: import("./types.js").Difference[]}} changes
   */
  headChanges(changes) {
    const p = el(
      "p",
      { class: "lw-anders" },
      symbool(ANDERS),
      " ",
      el("strong", null, `Anders dan ${changes.label}.`),
    );
    for (const d of changes.head) p.append(` ${d.what} was: ${d.before}.`);
    p.append(
      " ",
      el(
        "button",
        { type: "button", class: "lw-tekstknop", "data-lw-naar-vergelijking": "1" },
        changes.count === 1 ? "Bekijk het verschil" : `Bekijk de ${changes.count} verschillen`,
      ),
    );
    return p;
  }

  /**
   * "≠ was: voldaan" after a condition whose status changed (trainers' view).
   * @param {import("./types.js").Difference} d
   */
  wasMark(d) {
    return el(
      "span",
      { class: "lw-was" },
      " ",
      symbool(ANDERS),
      ` anders, was: ${d.before.toLowerCase()}`,
    );
  }

  /**
   * @param {Condition} c
   * @param {ResultContext} ctx
   * @param {import("./types.js").Difference|null} [change]
   */
  condition(c, ctx, change = null) {
    const statusKlasse = `lw-status-${c.status}`;
    const li = el(
      "li",
      { class: `lw-voorwaarde ${statusKlasse}`, "data-condition": c.id, "data-status": c.status },
      el(
        "h4",
        { class: "lw-voorwaarde__titel" },
        c.title,
        el("span", { class: "lw-vh" }, ": "),
        el(
          "span",
          { class: `lw-badge ${statusKlasse}` },
          symbool(SYMBOOL[c.status] || "?"),
          " ",
          c.status_text,
        ),
        change ? this.wasMark(change) : null,
      ),
    );
    if (c.reasons.length) {
      const ul = el("ul", { class: "lw-redenen" });
      for (const reason of c.reasons) ul.append(el("li", null, reason));
      li.append(ul);
    }
    if (c.missing_answers.length) {
      const p = el("p", { class: "lw-nognodig-kort" }, "Nog nodig: ");
      c.missing_answers.forEach((path, i) => {
        if (i) p.append(", ");
        p.append(ctx.fieldLink(path, (c.missing_labels && c.missing_labels[path]) || path));
      });
      li.append(p);
    }
    if (c.legal_basis.length) li.append(el("p", { class: "lw-artikel" }, `Artikel: ${c.legal_basis.join("; ")}`));
    if (c.page) li.append(el("p", null, this.link(c.page, `Lees meer: ${c.title}`)));
    return li;
  }

  /**
   * @param {Step[]} steps
   * @param {string} caption
   */
  steps(steps, caption) {
    const tbody = el("tbody");
    let optioneelKop = false;
    for (const s of steps) {
      if (s.kind === "optional" && !optioneelKop) {
        optioneelKop = true;
        tbody.append(
          el(
            "tr",
            { class: "lw-stap--kop" },
            el("th", { scope: "colgroup", colspan: "2" }, "Misschien: als het OCMW ook dit meetelt"),
          ),
        );
      }
      tbody.append(
        el(
          "tr",
          { class: `lw-stap lw-stap--${s.kind}` },
          el("td", null, s.description),
          el("td", { class: "lw-bedrag__cel" }, s.amount_text),
        ),
      );
    }
    return el(
      "table",
      { class: "lw-berekening" },
      el("caption", null, caption),
      el("thead", null, el("tr", null, el("th", { scope: "col" }, "Stap"), el("th", { scope: "col" }, "Bedrag"))),
      tbody,
    );
  }

  /**
   * The calculation, under the heading Python chose (never "je leefloon" when there is none).
   * @param {Amount} a
   * @param {string} heading
   */
  amount(a, heading) {
    const wrap = this.fold("bedrag", heading, {
      class: "lw-bedrag",
      "data-category": String(a.category),
      "data-monthly-amount": a.monthly_amount.toFixed(2),
    });
    wrap.append(el("p", null, a.rate_text), this.steps(a.steps, "De berekening stap voor stap, per maand"));
    if (a.variant) {
      wrap.append(
        el("h4", { class: "lw-variant__titel" }, a.variant.title),
        this.steps(a.variant.steps, `${a.variant.title}: ${a.variant.monthly_amount_text} per maand`),
      );
    }
    if (a.indexed) wrap.append(el("p", { class: "lw-bedrag__index" }, a.indexed.text));
    if (a.legal_basis.length) wrap.append(el("p", { class: "lw-artikel" }, `Artikel: ${a.legal_basis.join("; ")}`));
    return wrap;
  }

  /** Open every fold for printing; returns a function that closes them again. */
  openAllForPrint() {
    return openFoldsForPrint(this.container);
  }
}
