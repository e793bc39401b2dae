// Leefloonwijzer: the module Web Worker that owns Pyodide and the rule module.
//
// The checker page (javascripts/checker.js) creates this worker once and sends
//   {type: "init", config: {pyodide, rules}}   absolute URLs, same origin
//   {type: "run", id, payload}                  payload = JSON text for checker.browser.run
// and gets back
//   {type: "ready", ms}                         Python and the rules are loaded
//   {type: "error", message}                    loading failed or timed out
//   {type: "result", id, text, ms}              text = JSON text from checker.browser.run
//
// Python runs here only, never on the page's main thread. Nothing is stored: no
// cookies, no storage APIs, no request outside the site's origin.

const LOAD_TIMEOUT_MS = 30000;

let runPython = null; // checker.browser.run, once loaded
let ready = null; // Promise that resolves when runPython is set

function timeout(ms, what) {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${what}: geen antwoord na ${ms / 1000} s`)), ms);
  });
}

async function boot(config) {
  const t0 = performance.now();
  // The rules zip downloads while Pyodide starts.
  const rules = fetch(config.rules).then((r) => {
    if (!r.ok) throw new Error(`rekenregels: HTTP ${r.status}`);
    return r.arrayBuffer();
  });
  rules.catch(() => {}); // reported below, when awaited
  const phases = {};
  const mark = (name) => {
    phases[name] = Math.round(performance.now() - t0);
  };
  const { loadPyodide } = await import(config.pyodide + "pyodide.mjs");
  mark("import");
  const pyodide = await loadPyodide({
    indexURL: config.pyodide,
    packageBaseUrl: config.pyodide, // never a CDN (the site loads no packages anyway)
    stdout: () => {},
    stderr: () => {},
  });
  mark("loadPyodide");
  pyodide.unpackArchive(await rules, "zip", { extractDir: "/home/pyodide/leefloon" });
  mark("rules");
  pyodide.runPython("import sys\nsys.path.insert(0, '/home/pyodide/leefloon')");
  const browser = pyodide.pyimport("checker.browser");
  runPython = browser.run;
  mark("importChecker");
  // Warm up: the first evaluation imports every rule module.
  runPython(JSON.stringify({ peildatum: "2025-01-01", antwoorden: {} }));
  mark("warmUp");
  return { ms: performance.now() - t0, phases };
}

self.onmessage = async (event) => {
  const msg = event.data || {};
  if (msg.type === "init") {
    if (ready) return; // one interpreter per worker
    ready = boot(msg.config);
    // A wrong MIME type for the .wasm file makes loadPyodide wait forever without an
    // error, so the page hears about a stall after LOAD_TIMEOUT_MS. If loading still
    // finishes later, "ready" follows and the page recovers.
    Promise.race([ready, timeout(LOAD_TIMEOUT_MS, "Pyodide laden")]).catch((err) => {
      self.postMessage({ type: "error", message: String(err && err.message ? err.message : err) });
    });
    try {
      const { ms, phases } = await ready;
      self.postMessage({ type: "ready", ms, phases });
    } catch {
      // already reported through the race above (or will be, if it was not the first)
    }
    return;
  }
  if (msg.type === "run") {
    const tIn = performance.timeOrigin + performance.now();
    try {
      await ready;
    } catch {
      return;
    }
    const t0 = performance.now();
    let text;
    try {
      text = runPython(msg.payload);
    } catch (err) {
      self.postMessage({ type: "error", message: String(err && err.message ? err.message : err) });
      return;
    }
    const tOut = performance.timeOrigin + performance.now();
    self.postMessage({ type: "result", id: msg.id, text, ms: performance.now() - t0, tIn, tOut });
  }
};
