// @ts-check
// Leefloonwijzer: the one Web Worker that runs the rule module (javascripts/worker.js),
// for the whole visit. The page view that is shown now listens through `listen`.
//
// Loading tells the truth: the page only says loading failed when the worker says so
// or when nothing at all came from the worker for STALL_MS; a "progress" message (bytes
// arriving) resets that clock, and a "ready" after a reported failure takes it back.
// Run errors ("run-error", or "error" after "ready" from an older worker) are passed on,
// so the page can recover.

import { startWorker, takeEarlyWorker } from "./boot.js";
import { perf } from "./testhooks.js";

/** @typedef {import("./types.js").WorkerMessage} WorkerMessage */
/** @typedef {import("./types.js").ProgressMessage} ProgressMessage */
/** @typedef {import("./types.js").ResultMessage} ResultMessage */

/** No word from the worker for this long while loading: we call it a failure. */
const STALL_MS = 45000;

/**
 * What the page view bound now wants to hear.
 * @typedef {object} Listener
 * @property {() => void} onReady
 * @property {(p: {loaded: number, total: number, phase?: string}) => void} onProgress
 * @property {(message: string) => void} onLoadError
 * @property {(id: number|null, message: string) => void} onRunError
 * @property {(msg: ResultMessage) => void} onResult
 */

export const shared = {
  /** @type {Worker|null} */
  worker: null,
  ready: false,
  /** @type {string|null} */
  error: null,
  seq: 0,
  /** @type {Listener|null} */
  listener: null,
  /** @type {{loaded: number, total: number, phase?: string}|null} */
  progress: null,
  /** @type {number|null} */
  stallTimer: null,
};

/** @param {Listener|null} listener */
export function listen(listener) {
  shared.listener = listener;
}

/** @param {string} message */
function loadFailed(message) {
  if (shared.ready) return;
  shared.error = message;
  perf.loadErrorsShown = (perf.loadErrorsShown || 0) + 1;
  shared.listener?.onLoadError(message);
}

/** Word from the worker: the stall clock starts again (each word cancels the last timer). */
function heard() {
  if (shared.stallTimer !== null) clearTimeout(shared.stallTimer);
  shared.stallTimer = null;
  if (shared.ready) return;
  shared.stallTimer = window.setTimeout(() => loadFailed(`geen voortgang na ${STALL_MS / 1000} s`), STALL_MS);
}

/** @param {MessageEvent} event */
function onMessage(event) {
  /** @type {WorkerMessage} */
  const msg = event.data || {};
  if (msg.type === "ready") {
    shared.ready = true;
    shared.error = null;
    heard();
    perf.bootMs = msg.ms;
    perf.bootPhases = msg.phases;
    perf.bootSource = msg.source;
    perf.bootStartedAt = msg.startedAt - performance.timeOrigin;
    perf.readyAt = performance.now();
    shared.listener?.onReady();
  } else if (msg.type === "progress") {
    perf.progressMessages = (perf.progressMessages || 0) + 1;
    shared.progress = { loaded: Number(msg.loaded) || 0, total: Number(msg.total) || 0, phase: msg.phase };
    heard();
    if (shared.error !== null && !shared.ready) shared.error = null; // bytes again: not failed
    shared.listener?.onProgress(shared.progress);
  } else if (msg.type === "error") {
    if (shared.ready) {
      perf.runErrors = (perf.runErrors || 0) + 1;
      shared.listener?.onRunError(null, msg.message);
    } else {
      loadFailed(msg.message);
    }
  } else if (msg.type === "run-error") {
    perf.runErrors = (perf.runErrors || 0) + 1;
    shared.listener?.onRunError(msg.id, msg.message);
  } else if (msg.type === "snapshot-cached") {
    perf.snapshotCached = true;
  } else if (msg.type === "result") {
    shared.listener?.onResult(msg);
  }
}

/**
 * The worker, started on first use with the boot configuration; on the checker page
 * boot.js has usually started it already, from the <head>: then it is adopted here, and
 * what it said meanwhile is handled now, in order.
 * @param {import("./boot.js").BootConfig} cfg
 * @returns {Worker}
 */
export function ensureWorker(cfg) {
  if (shared.worker) return shared.worker;
  const early = takeEarlyWorker();
  const worker = early ? early.worker : startWorker(cfg);
  perf.workersCreated += 1;
  perf.workerStart = early ? early.startedAt : performance.now();
  shared.worker = worker;
  worker.onmessage = onMessage;
  worker.onerror = onWorkerError;
  heard();
  if (early) {
    for (const event of early.messages) onMessage(event);
    for (const event of early.errors) onWorkerError(event);
  }
  return worker;
}

/** @param {ErrorEvent} event */
function onWorkerError(event) {
  event.preventDefault();
  if (shared.ready) shared.listener?.onRunError(null, event.message || "worker");
  else loadFailed(event.message || "worker");
}

/**
 * Send one evaluation; returns its id.
 * @param {any} cfg
 * @param {string} payload
 */
export function run(cfg, payload) {
  const id = ++shared.seq;
  ensureWorker(cfg).postMessage({ type: "run", id, payload });
  return id;
}
