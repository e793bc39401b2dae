// @ts-check
// Leefloonwijzer: measurements and test hooks of the checker page (no personal data).
//
// window.__lwPerf is read by scripts/bench_browser.py and the browser tests; keep its
// fields.

/**
 * @typedef {object} Perf
 * @property {number} workersCreated
 * @property {number|null} bootMs
 * @property {number|null} firstResult
 * @property {number[]} latencies          ms from the input event's timestamp to the result in the DOM
 * @property {number[]} handlerLatencies   ms from our input handler to the result in the DOM
 * @property {number} results
 * @property {boolean} busy
 * @property {number[][]} breakdown        per result: [to the worker, Python, back to the page, render,
 *                                         then the summary and the settled notice]
 * @property {number} [workerStart]
 * @property {Record<string, number>} [bootPhases]
 * @property {string} [bootSource]
 * @property {number} [bootStartedAt]
 * @property {number} [readyAt]
 * @property {boolean} [snapshotCached]
 * @property {number} [progressMessages]
 * @property {number} [runErrors]
 * @property {number} [loadErrorsShown]
 */

/** @type {Perf} */
export const perf = (/** @type {any} */ (window).__lwPerf = /** @type {any} */ (window).__lwPerf || {
  workersCreated: 0,
  bootMs: null,
  firstResult: null,
  latencies: [],
  handlerLatencies: [],
  results: 0,
  busy: false,
  breakdown: [],
  progressMessages: 0,
  runErrors: 0,
  loadErrorsShown: 0,
});
