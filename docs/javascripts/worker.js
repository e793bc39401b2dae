// Leefloonwijzer: the module Web Worker that owns Pyodide and the rule module.
//
// The checker page (javascripts/checker.js) creates this worker once and sends
//   {type: "init", config: {pyodide, rules, rulesName, snapshot}}   same-origin URLs
//   {type: "snapshot", buffer}          the cached snapshot's bytes, or null (see below)
//   {type: "run", id, payload}          payload = JSON text for checker.browser.run
// and gets back
//   {type: "ready", ms, phases, source} Python and the rules are loaded
//   {type: "error", message}            loading failed or timed out
//   {type: "result", id, text, ms}      text = JSON text from checker.browser.run
//
// Two ways to start Python:
// - normal: loadPyodide, unpack the rules zip, import checker.browser (~3 s of CPU);
// - snapshot: when the browser ALREADY has the build's memory snapshot (made at build
//   time with the rule module imported, see scripts/hooks/pyodide_snapshot.mjs) in its
//   HTTP cache, loadPyodide({_loadSnapshot}) restores it in a fraction of that. The
//   snapshot's URL is keyed by the rules zip and Pyodide, and the restored interpreter
//   must name the same rules zip, or it is thrown away and Python starts normally.
// After a normal start the worker downloads the snapshot in the background (not on a
// data-saving or slow mobile connection), so the browser's HTTP cache has it next time.
//
// Python runs here only, never on the page's main thread. Nothing is stored by us: no
// cookies, no storage APIs (only the browser's ordinary HTTP cache), no request outside
// the site's origin.

const LOAD_TIMEOUT_MS = 30000;
const PREFETCH_DELAY_MS = 3000;

let runPython = null; // checker.browser.run, once loaded
let ready = null; // Promise that resolves when runPython is set

function timeout(ms, what) {
  return new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`${what}: geen antwoord na ${ms / 1000} s`)), ms);
  });
}

// The snapshot's bytes come from the page: it looks in the HTTP cache (never the network)
// as soon as it starts, while this worker is still starting, and sends
// {type: "snapshot", buffer} with the bytes, or null when the cache does not have them.
let snapshotFromPage;
const snapshotMessage = new Promise((resolve) => {
  snapshotFromPage = resolve;
});

function snapshotReader(buffer, mark) {
  if (!buffer || typeof DecompressionStream === "undefined") return null;
  return async () => {
    let bytes = new Uint8Array(buffer);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
      // gzip (unless a host already took it off in transit)
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
      mark("snapshotInflated");
    }
    return expandZeroRuns(bytes);
  };
}

// The file leaves out the runs of zero bytes (see scripts/hooks/pyodide_snapshot.mjs):
// "LWZ1", u32 total length, then records [u32 n][n bytes][u32 zeros], little-endian.
function expandZeroRuns(packed) {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  const magic = String.fromCharCode(packed[0], packed[1], packed[2], packed[3]);
  if (magic !== "LWZ1") throw new Error("onbekend snapshot-formaat");
  const out = new Uint8Array(view.getUint32(4, true));
  let p = 8;
  let o = 0;
  while (p < packed.length) {
    const n = view.getUint32(p, true);
    out.set(packed.subarray(p + 4, p + 4 + n), o);
    o += n + view.getUint32(p + 4 + n, true);
    p += 8 + n;
  }
  if (o !== out.length) throw new Error("snapshot onvolledig");
  return out;
}

function mayPrefetch() {
  const c = self.navigator && self.navigator.connection;
  if (!c) return true;
  if (c.saveData) return false;
  if (c.type === "cellular") return false;
  return !["slow-2g", "2g", "3g"].includes(c.effectiveType);
}

async function prefetchSnapshot(url) {
  if (!url || !mayPrefetch()) return;
  try {
    const response = await fetch(url, { priority: "low" });
    await response.arrayBuffer(); // read to the end, so the HTTP cache keeps it
    self.postMessage({ type: "snapshot-cached" });
  } catch {
    // next visit starts normally again
  }
}

async function startNormally(config, loadPyodide, rules, mark) {
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
  return pyodide;
}

async function startFromSnapshot(config, loadPyodide, rules, read, mark) {
  const pyodide = await loadPyodide({
    indexURL: config.pyodide,
    packageBaseUrl: config.pyodide,
    stdout: () => {},
    stderr: () => {},
    _loadSnapshot: read().then((bytes) => {
      mark("snapshotRead");
      return bytes;
    }),
  });
  mark("loadSnapshot");
  const made = pyodide.runPython("import sys\ngetattr(sys, '_leefloon_rules', None)");
  if (made !== config.rulesName) throw new Error(`snapshot van ${made}, niet ${config.rulesName}`);
  // The modules are in memory already; the files go back too, exactly as in the zip.
  pyodide.unpackArchive(await rules, "zip", { extractDir: "/home/pyodide/leefloon" });
  mark("rules");
  return pyodide;
}

async function boot(config) {
  const t0 = performance.now();
  const phases = {};
  const mark = (name) => {
    phases[name] = Math.round(performance.now() - t0);
  };
  // The rules zip downloads while Pyodide starts.
  const rules = fetch(config.rules).then((r) => {
    if (!r.ok) throw new Error(`rekenregels: HTTP ${r.status}`);
    return r.arrayBuffer();
  });
  rules.catch(() => {}); // reported below, when awaited
  const [{ loadPyodide }, buffer] = await Promise.all([
    import(config.pyodide + "pyodide.mjs"),
    config.snapshot ? snapshotMessage : null,
  ]);
  mark("import");
  const read = snapshotReader(buffer, mark);
  let pyodide = null;
  let source = "normal";
  if (read) {
    try {
      pyodide = await startFromSnapshot(config, loadPyodide, rules, read, mark);
      source = "snapshot";
    } catch {
      pyodide = null; // fall back to a normal start
    }
  }
  if (!pyodide) pyodide = await startNormally(config, loadPyodide, rules, mark);
  const browser = pyodide.pyimport("checker.browser");
  runPython = browser.run;
  mark("importChecker");
  // Warm up: the first evaluation imports every rule module.
  runPython(JSON.stringify({ peildatum: "2025-01-01", antwoorden: {} }));
  mark("warmUp");
  if (source === "normal") setTimeout(() => prefetchSnapshot(config.snapshot), PREFETCH_DELAY_MS);
  return { ms: performance.now() - t0, phases, source, startedAt: performance.timeOrigin + t0 };
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
      const { ms, phases, source, startedAt } = await ready;
      self.postMessage({ type: "ready", ms, phases, source, startedAt });
    } catch {
      // already reported through the race above (or will be, if it was not the first)
    }
    return;
  }
  if (msg.type === "snapshot") {
    snapshotFromPage(msg.buffer || null);
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
