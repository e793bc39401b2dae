// The baseline for scripts/bench_browser.py: the same Pyodide, booted the same way
// (a module Web Worker, loadPyodide with the same indexURL), then one trivial Python call.
// The bench script fills in data-pyodide from assets/checker/manifest.json when it copies
// this page into the built site, so there is no extra request before the boot.
const pyodide = new URL(document.body.dataset.pyodide, location.href).href;
window.__bare = { done: null, bootMs: null };
const worker = new Worker(new URL("bare-worker.js", import.meta.url), { type: "module" });
worker.onmessage = (event) => {
  window.__bare.done = performance.now();
  window.__bare.bootMs = event.data.ms;
  document.getElementById("status").textContent = `Python antwoordde: ${event.data.answer}`;
};
worker.postMessage({ pyodide });
