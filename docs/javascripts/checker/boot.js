// @ts-check
// Leefloonwijzer: start the Python worker as early as the checker page allows.
//
// overrides/main.html loads this module async from the <head> of the checker page only.
// It imports nothing, so the worker starts one request after the HTML, not after the
// page's whole module graph (checker.js → page.js → trainer.js → result.js → dom.js: four
// round trips more, each waiting for the main thread while it parses the page; measured
// on this machine the worker started about 0.5–1 s after navigation that way).
//
// worker-client.js imports this same module (the same versioned URL, so the same
// instance) and adopts the worker with `takeEarlyWorker`, then handles the messages
// that arrived before it, in order.

/** @typedef {{worker: string, pyodide: string, rules: string, rules_name: string, snapshot?: string}} BootConfig */

/**
 * A started worker and what it said before the page's modules took it over.
 * @typedef {object} EarlyWorker
 * @property {Worker} worker
 * @property {number} startedAt     performance.now() when it was created
 * @property {MessageEvent[]} messages
 * @property {ErrorEvent[]} errors
 */

/** @type {EarlyWorker|null} */
let early = null;

/**
 * Create the worker, send it its configuration and, when the HTTP cache already has it
 * (a return visit), Python's memory snapshot: the lookup never goes to the network.
 * @param {BootConfig} cfg
 * @returns {Worker}
 */
export function startWorker(cfg) {
  const abs = (/** @type {string} */ u) => new URL(u, location.href).href;
  const worker = new Worker(abs(cfg.worker), { type: "module", name: "leefloon-regels" });
  const snapshot = cfg.snapshot ? abs(cfg.snapshot) : null;
  worker.postMessage({
    type: "init",
    config: { pyodide: abs(cfg.pyodide), rules: abs(cfg.rules), rulesName: cfg.rules_name, snapshot },
  });
  if (snapshot) {
    fetch(snapshot, { cache: "only-if-cached", mode: "same-origin" })
      .then((r) => (r.ok ? r.arrayBuffer() : null))
      .catch(() => null)
      .then((buffer) => worker.postMessage({ type: "snapshot", buffer }, buffer ? [buffer] : []));
  }
  return worker;
}

/** The worker this module started, once, with what it said meanwhile; then null. */
export function takeEarlyWorker() {
  const taken = early;
  early = null;
  return taken;
}

const meta = /** @type {HTMLMetaElement|null} */ (document.querySelector('meta[name="lw-checker-boot"]'));
if (meta) {
  try {
    const worker = startWorker(JSON.parse(meta.content));
    /** @type {EarlyWorker} */
    const started = { worker, startedAt: performance.now(), messages: [], errors: [] };
    worker.onmessage = (event) => started.messages.push(event);
    worker.onerror = (event) => {
      event.preventDefault();
      started.errors.push(event);
    };
    early = started;
  } catch {
    // worker-client.js starts it when the page binds
  }
}
