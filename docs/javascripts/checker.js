// @ts-check
// Leefloonwijzer: the "Doe de test" page, wired into mkdocs-material.
//
// The form is static HTML (scripts/sitegen/form.py renders it from the questionnaire at
// build time). The modules in checker/ do the work:
//   checker/worker-client.js  the one Pyodide worker of the visit (javascripts/worker.js)
//   checker/boot.js           starts that worker from the checker page's <head>
//   checker/page.js           the checker on one page view: answers in, Python's answer out
//   checker/answers.js        the form's raw answers, the list of housemates
//   checker/result.js         the result as shown (every word from Python)
//   checker/share.js          the answers in the page's own address, after "#"
//   checker/trainer.js        the trainers' view (?trainer): why per condition, "what if",
//                             two dates; larger type for a projector (?groot)
//   checker/testhooks.js      window.__lwPerf (benchmarks, tests) and window.__lwTest
//   checker/types.js          JSDoc types of the worker messages and the result JSON
// The build gives every module URL a content version (?v=…).
//
// Loaded on every page (extra_javascript, type=module, runs once per visit); with
// instant navigation it binds the checker through `document$` each time the checker
// page is shown, and keeps ONE worker for the whole visit. Docs pages never start the
// worker, so they load no Pyodide byte.
//
// Privacy: no cookies, no localStorage/sessionStorage/IndexedDB, no request outside the
// origin. The answers live in the form and after the "#" of the page's own address,
// which browsers never send to a server.

import { Checker } from "./checker/page.js";
import { setLargeType, switchesInAddress } from "./checker/trainer.js";
import { ensureWorker, shared } from "./checker/worker-client.js";

/** @type {Checker|null} */
let current = null;

function onDocument() {
  const root = document.getElementById("lw-checker");
  if (current && current.root !== root) {
    current.unbind();
    current = null;
  }
  if (!root || root.dataset.lwBound || (current && current.root === root)) return;
  const checker = new Checker(root);
  current = checker;
  ensureWorker(checker.cfg); // start loading Python at once
  // Bind in a task of its own, not inside Material's page-load task, so neither grows
  // into a long task.
  setTimeout(() => {
    if (current !== checker) return; // navigated away meanwhile
    performance.mark("lw-bind-start");
    checker.bind();
    if (shared.ready) checker.onReady();
    performance.measure("lw-bind", "lw-bind-start");
  }, 0);
}

// On the checker page, overrides/main.html puts the boot config in a <meta> and loads
// checker/boot.js async from the <head>, which starts the worker while the page still
// loads; `ensureWorker` in onDocument takes it over (or starts it, if boot.js could not).
// A projector link (?groot) gets its larger type as early as this module runs.
if (document.querySelector('meta[name="lw-checker-boot"]') && switchesInAddress().groot) setLargeType(true);

function wire() {
  const doc$ = /** @type {any} */ (window).document$;
  if (doc$ && typeof doc$.subscribe === "function") doc$.subscribe(onDocument);
  else onDocument();
}

// Material's bundle (a classic script at the end of <body>) has run by DOMContentLoaded.
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", wire);
else wire();
