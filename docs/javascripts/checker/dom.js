// @ts-check
// Leefloonwijzer: small DOM helpers for the checker page.

/**
 * A new element with attributes ("class", "text" or any attribute; null/false skip)
 * and children (strings or nodes; null/false skip).
 * @param {string} tag
 * @param {Record<string, string|number|boolean|null|undefined> | null} [attrs]
 * @param {...(Node|string|null|undefined|false)} children
 * @returns {HTMLElement}
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = String(v);
      else if (k === "text") node.textContent = String(v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c);
  }
  return node;
}

/**
 * A mark beside words (✓, ✗, ?, ≠, …): decoration, hidden from screen readers, since the
 * words beside it always say the same.
 * @param {string} mark
 */
export function symbool(mark) {
  return el("span", { class: "lw-symbool", "aria-hidden": "true" }, mark);
}

/**
 * @typedef {object} Keyed
 * @property {string} key
 * @property {() => HTMLElement} build
 */

/**
 * Put the keyed items into `parent` in order, reusing the children whose key is unchanged.
 * @param {Element} parent
 * @param {Keyed[]} items
 */
export function reconcile(parent, items) {
  /** @type {Map<string, Element>} */
  const old = new Map();
  for (const child of parent.children) {
    const key = /** @type {any} */ (child).__lwKey;
    if (key !== undefined) old.set(key, child);
  }
  let i = 0;
  for (const { key, build } of items) {
    let node = old.get(key);
    if (node) old.delete(key);
    else {
      node = build();
      /** @type {any} */ (node).__lwKey = key;
    }
    const at = parent.children[i];
    if (at !== node) parent.insertBefore(node, at || null);
    i += 1;
  }
  while (parent.children.length > i) parent.lastElementChild?.remove();
}

/**
 * The HTML id part of an answer path: huisgenoten.1.inkomen → huisgenoten-1-inkomen.
 * @param {string} path
 */
export function hid(path) {
  return path.replace(/\./g, "-");
}

/**
 * @param {string} id
 * @returns {HTMLElement|null}
 */
export function byId(id) {
  return document.getElementById(id);
}

/**
 * Open every closed fold inside `root` for printing; returns a function that closes
 * them again (the print view shows the whole result, the screen keeps its folds).
 * @param {ParentNode} root
 * @returns {() => void}
 */
export function openFoldsForPrint(root) {
  /** @type {HTMLDetailsElement[]} */
  const opened = [];
  for (const d of root.querySelectorAll("details:not([open])")) {
    const details = /** @type {HTMLDetailsElement} */ (d);
    details.dataset.lwPrint = "1";
    details.open = true;
    opened.push(details);
  }
  return () => {
    for (const d of opened) {
      d.open = false;
      delete d.dataset.lwPrint;
    }
  };
}
