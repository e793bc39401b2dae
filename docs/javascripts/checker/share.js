// @ts-check
// Leefloonwijzer: the answers in the page's own address, after the "#".
//
// The fragment is kept current with history.replaceState after every change, so a
// reload, Back after another page, or instant navigation and back find the answers
// again. Browsers never send the fragment to a server, and nothing is stored anywhere
// else (no cookies, no storage APIs). The history entry is marked as ours, so coming
// back to it can be told apart from opening a link someone shared.

/** @typedef {import("./types.js").Answers} Answers */

/**
 * What the fragment holds: the answers, and the date only when it is not today's.
 * @typedef {{a: Answers, d?: string}} Shared
 */

const PREFIX = "#a=";

/**
 * The last fragment this page wrote, in memory only (this document's JavaScript heap).
 * Instant navigation keeps the document, and mkdocs-material may rewrite the checker's
 * history entry on the way back (its scroll position, an anchor of the page you read),
 * so coming back by instant navigation restores the answers from here.
 */
let remembered = "";

/** @param {string} text */
function b64urlEncode(text) {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** @param {string} text */
function b64urlDecode(text) {
  const b64 = text.replace(/-/g, "+").replace(/_/g, "/");
  const bin = atob(b64 + "===".slice((b64.length + 3) % 4));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/** @param {Shared} data */
export function fragmentOf(data) {
  return PREFIX + b64urlEncode(JSON.stringify(data));
}

/** Whether the address carries answers. */
export function hasAnswers() {
  return location.hash.startsWith(PREFIX);
}

/** The answers this page view last wrote (see `remembered`), as a fragment, or "". */
export function rememberedFragment() {
  return remembered;
}

/**
 * The answers in the address, or null; throws on a fragment that cannot be read.
 * @returns {Shared|null}
 */
export function readFragment(hash = location.hash) {
  if (!hash.startsWith(PREFIX)) return null;
  const data = JSON.parse(b64urlDecode(hash.slice(PREFIX.length)));
  if (!data || typeof data !== "object" || Array.isArray(data)) throw new Error("geen object");
  const a = data.a && typeof data.a === "object" && !Array.isArray(data.a) ? data.a : {};
  /** @type {Shared} */
  const out = { a };
  if (typeof data.d === "string") out.d = data.d;
  return out;
}

/**
 * Whether the answers in the address are this visitor's own (a reload, Back, or instant
 * navigation back), not a link someone shared.
 */
export function isOwnEntry() {
  if (remembered && remembered === location.hash) return true;
  const state = history.state;
  if (state && typeof state === "object" && state.lwAntwoorden === true) return true;
  if (remembered) return false; // this document wrote other answers: the link is new
  const nav = /** @type {PerformanceNavigationTiming|undefined} */ (performance.getEntriesByType("navigation")[0]);
  return !!nav && (nav.type === "reload" || nav.type === "back_forward");
}

/**
 * Put `hash` in the address without a new history entry ("" removes the fragment).
 * @param {string} hash
 */
export function writeFragment(hash) {
  remembered = hash;
  if (hash === location.hash || (!hash && !location.hash)) return;
  const state = history.state && typeof history.state === "object" ? { ...history.state } : {};
  state.lwAntwoorden = !!hash;
  history.replaceState(state, "", hash || location.pathname + location.search);
}

/** The page's address with `hash`. */
export function urlWith(/** @type {string} */ hash) {
  return location.href.split("#")[0] + hash;
}
