// Leefloonwijzer: the module Web Worker that owns Pyodide and the rule module.
//
// ── Messages ──────────────────────────────────────────────────────────────────────────────
// The page → this worker:
//   {type: "init", config?}   start loading Python (once; a second init is ignored). Every
//                              field of config is optional, the build's own facts (BUILD,
//                              below) fill the rest: {pyodide, rules, rulesName} same-origin
//                              URLs and the rules zip's name; snapshot: its URL when the page
//                              sends the "snapshot" message below, false = never use one.
//   {type: "snapshot", buffer} only after an init whose config names the snapshot: the page
//                              looked it up in the HTTP cache itself (cache: "only-if-cached",
//                              never the network) while this worker was starting, and sends
//                              the bytes (an ArrayBuffer, transferred) or null. Without it the
//                              worker looks the snapshot up itself, a little later.
//   {type: "run", id, payload} evaluate: payload is the JSON text for checker.browser.run,
//                              id any value the page uses to match the answer. May be sent
//                              before "ready" (it is answered once Python is there) and even
//                              before "init" (which it then implies).
// This worker → the page:
//   {type: "progress", phase, loaded, total}
//        while loading, at most every 100 ms and at each change of phase. phase is
//        "download" (files arriving), "python" (Python starting: no bytes, CPU) or "rules"
//        (importing the rule module). loaded/total: bytes of the files this start needs
//        (their unpacked sizes, known from the build), so loaded/total is the share done;
//        files the HTTP cache already had count as arrived at once.
//   {type: "ready", ms, phases, source, stdlib, startedAt, network}
//        Python and the rules are loaded. source: "normal" | "snapshot" (restored from the
//        memory snapshot in the HTTP cache); stdlib: "trimmed" | "full"; phases: ms since
//        the start per step ("downloaded": the last byte arrived); network: {file: bytes
//        on the wire} (0 = from the cache).
//   {type: "error", message, stalled}
//        loading failed (stalled: false), or made no progress for STALL_MS: no byte arrived
//        and nothing ran (stalled: true; e.g. a server sending .wasm with a wrong MIME type
//        makes Pyodide wait forever). Never while bytes are arriving. If loading still
//        finishes later, "ready" follows.
//   {type: "result", id, text, ms, tIn, tOut}
//        text = the JSON text checker.browser.run returned for that run's payload.
//   {type: "run-error", id, message}
//        that run raised a Python exception, or Python could not be loaded. The worker
//        stays usable: clear the run's in-flight state and carry on.
//   {type: "snapshot-cached"}            the snapshot is in the HTTP cache for next time
//   {type: "snapshot-skipped", reason}   the worker chose not to fetch it (see below)
//
// ── Starting Python ───────────────────────────────────────────────────────────────────────
// Everything this start needs is requested at once: pyodide.mjs, pyodide.asm.mjs, the .wasm,
// the TRIMMED standard library (only the ~130 files Pyodide and the rules import, compiled,
// gzipped as a whole: ~0.75 MB instead of 2.5; built and verified by
// scripts/sitegen/stdlib.py) and the rules zip, both checked with Subresource Integrity. The lock file comes inline in BUILD (no request).
// Pyodide's own requests are answered from these (a wrapper around fetch), which also
// counts the bytes for the progress messages.
//
// Two ways to start:
// - normal: loadPyodide, write the rules zip to Pyodide's file system, put it on sys.path,
//   import checker.browser (~2–3 s of CPU on a laptop);
// - snapshot: when the browser ALREADY has the build's memory snapshot in its HTTP cache
//   (looked up with cache: "only-if-cached", never the network), Python is restored from it
//   in a fraction of that. The snapshot names the rules zip and the standard-library zip it
//   was made with; if either differs from this start's, it is thrown away (stale rules are
//   never served) and Python starts normally.
// When to FETCH the snapshot (≈ 5.8 MB) for next time, in the background after a normal
// start: only when the browser says the connection is neither Save-Data, nor slow (2g/3g),
// nor cellular, and this visit's own downloads show it would arrive within PREFETCH_MAX_S.
// Browsers without navigator.connection (Safari, Firefox) never fetch it: the people this
// site is for often pay for data by the megabyte. A cold visit never waits for the
// snapshot: measured, a plain start is faster on any connection browsers can report (see
// the README, "Loading on a slow phone").
//
// If a run needs a standard-library module the trimmed zip lacks (a case outside the
// table the build traced), the worker adds Pyodide's full zip once and runs it again.
//
// Python runs here only, never on the page's main thread. Nothing is stored by us: no
// cookies, no storage APIs (only the browser's ordinary HTTP cache), no request outside
// the site's origin.

// The build's facts (scripts/sitegen/checker_build.py writes them in): URLs relative to
// this file, sizes, integrity hashes, the lock file. null when served unbuilt.
const BUILD = /* lw:build */ null;

const STALL_MS = 15000; // no progress for this long while loading → "error" (stalled)
const TICK_MS = 1000;
const PROGRESS_EVERY_MS = 100;
const PREFETCH_DELAY_MS = 3000;
const PREFETCH_MAX_S = 10; // fetch the snapshot in the background only if it takes less
const COLD_SNAPSHOT = false; // see above; scripts/bench_browser.py measures both ways
const RULES_PATH = "/home/pyodide/leefloon.zip";

let runPython = null; // checker.browser.run, once loaded
let ready = null; // Promise of the "ready" facts
let loaded = false; // loading is over (ready or failed): no more progress, no watchdog
let snapshotFromPage; // resolves the page's "snapshot" message
const pageSnapshot = new Promise((resolve) => {
  snapshotFromPage = resolve;
});
let pyodideInstance = null;
let fullStdlib = null; // Promise, once a run needed it

const post = (msg) => self.postMessage(msg);
const abs = (url) => new URL(url, self.location.href).href;
const messageOf = (err) => String(err && err.message ? err.message : err);

// ── Progress and the stall watchdog ────────────────────────────────────────────────────────

const progress = {
  expected: new Map(), // file → bytes expected
  received: new Map(), // file → bytes arrived
  phase: "download",
  downloadedAt: null,
  lastPost: 0,
  lastMove: performance.now(), // last time anything moved: a byte, a step, busy CPU
  stallReported: false,
  expect(file, size) {
    this.expected.set(file, size || 0);
    this.received.set(file, 0);
  },
  add(file, n) {
    this.received.set(file, (this.received.get(file) || 0) + n);
    this.moved(false);
  },
  done(file) {
    const size = this.expected.get(file) || 0;
    if ((this.received.get(file) || 0) < size) this.received.set(file, size);
    this.moved(false);
  },
  setPhase(phase) {
    if (phase === this.phase) return;
    this.phase = phase;
    this.moved(true);
  },
  moved(force) {
    const now = performance.now();
    this.lastMove = now;
    this.stallReported = false;
    if (loaded) return;
    let total = 0;
    let got = 0;
    for (const [file, size] of this.expected) {
      total += size;
      got += Math.min(this.received.get(file) || 0, size);
    }
    if (this.phase === "download" && got >= total) {
      this.phase = "python"; // every byte is here: Python is starting
      this.downloadedAt = now;
      force = true;
    }
    if (!force && now - this.lastPost < PROGRESS_EVERY_MS) return;
    this.lastPost = now;
    post({ type: "progress", phase: this.phase, loaded: got, total });
  },
};

function watchStalls() {
  let lastTick = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    // A late tick means this thread was busy (Python starting): that is progress too.
    if (now - lastTick > 3 * TICK_MS) progress.lastMove = now;
    lastTick = now;
    if (loaded) {
      clearInterval(timer);
    } else if (now - progress.lastMove > STALL_MS && !progress.stallReported) {
      progress.stallReported = true;
      post({
        type: "error",
        stalled: true,
        message: `Python laden: ${STALL_MS / 1000} s lang kwam er niets binnen`,
      });
    }
  }, TICK_MS);
}

// A download that failed: no use trying to start Python another way.
function downloadError(message) {
  const err = new Error(message);
  err.download = true;
  return err;
}

// Read a response to its end, counting the bytes as they arrive.
async function readCounting(response, file) {
  if (!response.ok) throw downloadError(`${file}: HTTP ${response.status}`);
  if (!response.body) {
    const buffer = new Uint8Array(await response.arrayBuffer());
    progress.add(file, buffer.byteLength);
    return buffer;
  }
  const reader = response.body.getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
    progress.add(file, value.byteLength);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  progress.done(file);
  return out;
}

// ── Pyodide's requests, answered from ours ─────────────────────────────────────────────────

const nativeFetch = self.fetch.bind(self);
const answers = new Map(); // absolute URL → () => Promise<Response>

self.fetch = (input, init) => {
  const url = input instanceof Request ? input.url : abs(String(input));
  const answer = answers.get(url);
  return answer ? answer() : nativeFetch(input, init);
};

// The .wasm: Pyodide gets the original response (so the browser can stream-compile and
// cache the compiled code); a copy of it is read only to count the bytes.
function startWasm(url) {
  const file = "pyodide.asm.wasm";
  const response = nativeFetch(url).then((r) => {
    const type = (r.headers.get("content-type") || "").split(";")[0].trim();
    if (r.ok && type !== "application/wasm") {
      throw downloadError(`${file}: de server stuurt het als '${type}', niet application/wasm`);
    }
    if (r.ok) readCounting(r.clone(), file).catch(() => {});
    return r;
  });
  let first = true;
  answers.set(url, () => {
    if (first) {
      first = false;
      return response;
    }
    return nativeFetch(url); // a second start (after a refused snapshot): the HTTP cache
  });
  return response;
}

// A zip fetched (and integrity-checked) once, inflated if it came gzipped (the trimmed
// standard library); Pyodide may ask for it more than once.
function startBytes(url, file, integrity) {
  const bytes = nativeFetch(url, integrity ? { integrity } : {})
    .then((r) => readCounting(r, file))
    .then((b) => (b[0] === 0x1f && b[1] === 0x8b ? gunzip(b) : b));
  answers.set(url, () => bytes.then((b) => new Response(b.slice())));
  return bytes;
}

// ── The snapshot ───────────────────────────────────────────────────────────────────────────

// The snapshot's bytes, ONLY if the HTTP cache has them (never the network), or null.
async function cachedSnapshot(url) {
  if (!url || typeof DecompressionStream === "undefined") return null;
  try {
    const response = await nativeFetch(url, { cache: "only-if-cached", mode: "same-origin" });
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}

async function gunzip(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function unpackSnapshot(bytes, mark) {
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    // gzip (unless a host already took it off in transit)
    bytes = await gunzip(bytes);
    mark("snapshotInflated");
  }
  return expandZeroRuns(bytes);
}

// The file leaves out the runs of zero bytes (see scripts/sitegen/node/pyodide_tool.mjs):
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

// Why not to fetch the snapshot on this connection, or null when it may.
function connectionVerdict() {
  const c = self.navigator && self.navigator.connection;
  if (!c) return "onbekende verbinding";
  if (c.saveData) return "Save-Data";
  if (["slow-2g", "2g", "3g"].includes(c.effectiveType)) return `traag (${c.effectiveType})`;
  if (c.type === "cellular") return "mobiel netwerk";
  return null;
}

// Bits per second of this visit's own downloads (Resource Timing: bytes on the wire over
// the time they took), or the browser's estimate when everything came from the cache.
function measuredBitsPerSecond() {
  let bytes = 0;
  let ms = 0;
  for (const e of performance.getEntriesByType("resource")) {
    if (e.transferSize > 100000 && e.responseEnd > e.responseStart) {
      bytes += e.transferSize;
      ms += e.responseEnd - e.responseStart;
    }
  }
  if (bytes > 0) return (bytes * 8 * 1000) / ms;
  const c = self.navigator.connection;
  return c && c.downlink ? c.downlink * 1e6 : 0;
}

async function prefetchSnapshot(url, size) {
  const verdict = connectionVerdict();
  const bps = verdict ? 0 : measuredBitsPerSecond();
  const seconds = bps ? (size * 8) / bps : Infinity;
  if (verdict || seconds > PREFETCH_MAX_S) {
    post({ type: "snapshot-skipped", reason: verdict || `traag: ${Math.round(seconds)} s` });
    return;
  }
  try {
    const response = await nativeFetch(url, { priority: "low" });
    await response.arrayBuffer(); // read to the end, so the HTTP cache keeps it
    if (response.ok) post({ type: "snapshot-cached" });
  } catch {
    // next visit starts normally again
  }
}

// ── Starting ───────────────────────────────────────────────────────────────────────────────

function wireBytes(urls) {
  const out = {};
  for (const e of performance.getEntriesByType("resource")) {
    const name = urls.get(e.name);
    if (name) out[name] = e.transferSize;
  }
  return out;
}

async function boot(config) {
  const t0 = performance.now();
  const phases = {};
  const mark = (name) => {
    phases[name] = Math.round(performance.now() - t0);
  };
  const B = BUILD || {};
  const pyodideURL = abs(config.pyodide || B.pyodide);
  const rules = {
    url: abs(config.rules || B.rules.url),
    name: config.rulesName || (B.rules && B.rules.name),
  };
  rules.integrity = B.rules && abs(B.rules.url) === rules.url ? B.rules.integrity : undefined;
  const stdlib = B.stdlib ? { ...B.stdlib, url: abs(B.stdlib.url) } : null;
  const snapshotURL =
    config.snapshot === false ? null : config.snapshot ? abs(config.snapshot) : B.snapshot ? abs(B.snapshot.url) : null;
  const fromPage = typeof config.snapshot === "string";
  const sizes = B.sizes || {};

  watchStalls();
  for (const file of ["pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm"]) progress.expect(file, sizes[file]);
  progress.expect("rules", B.rules && B.rules.size);
  if (stdlib) progress.expect("stdlib", stdlib.size);
  progress.moved(true);

  // Everything at once: none of these waits for another. The snapshot only from the cache
  // (unless COLD_SNAPSHOT, for the benchmark: then also from the network when allowed).
  let snapshotBytes = fromPage
    ? pageSnapshot.then((buffer) => (buffer ? new Uint8Array(buffer) : null))
    : cachedSnapshot(snapshotURL);
  if (COLD_SNAPSHOT && snapshotURL && B.snapshot && !connectionVerdict()) {
    progress.expect("snapshot", B.snapshot.size);
    snapshotBytes = snapshotBytes.then(
      (hit) => hit || nativeFetch(snapshotURL).then((r) => readCounting(r, "snapshot")),
    );
  }
  const rulesBytes = startBytes(rules.url, "rules", rules.integrity);
  const stdlibBytes = stdlib ? startBytes(stdlib.url, "stdlib", stdlib.integrity) : null;
  const wasm = startWasm(pyodideURL + "pyodide.asm.wasm");
  const asm = import(pyodideURL + "pyodide.asm.mjs"); // Pyodide's own import gets this one
  const main = import(pyodideURL + "pyodide.mjs");
  for (const [p, file] of [[asm, "pyodide.asm.mjs"], [main, "pyodide.mjs"]]) p.then(() => progress.done(file), () => {});
  for (const p of [rulesBytes, stdlibBytes, wasm, asm]) if (p) p.catch(() => {}); // reported below

  // A cached snapshot is inflated while Pyodide's scripts still load.
  const memory = snapshotBytes.then((b) => (b ? unpackSnapshot(b, mark) : null)).catch(() => null);
  const [{ loadPyodide }, snapshot] = await Promise.all([main, memory]);
  mark("import");
  const common = {
    indexURL: pyodideURL,
    packageBaseUrl: pyodideURL, // never a CDN (the site loads no packages anyway)
    // A fixed hash seed: the snapshot was made with it, so a normal start and a restored
    // one give the same answers even where Python iterates a set of strings.
    env: { PYTHONHASHSEED: "0" },
    stdout: () => {},
    stderr: () => {},
  };
  if (B.lock) common.lockFileContents = JSON.stringify(B.lock);
  // A wrong MIME type or a failed download must fail now, not hang inside Pyodide.
  const failed = Promise.all([wasm, rulesBytes, stdlibBytes]).then(() => new Promise(() => {}));
  const guarded = (p) => Promise.race([p, failed]);

  let pyodide = null;
  let source = "normal";
  let stdlibKind = stdlib ? "trimmed" : "full";
  if (snapshot) {
    try {
      pyodide = await guarded(
        loadPyodide({ ...common, ...(stdlib ? { stdLibURL: stdlib.url } : {}), _loadSnapshot: snapshot }),
      );
      mark("loadSnapshot");
      const made = pyodide.runPython(
        "import sys\n' + '.join(str(getattr(sys, n, None)) for n in ('_leefloon_rules', '_leefloon_stdlib'))",
      );
      const ours = `${rules.name} + ${stdlib ? stdlib.name : null}`;
      if (made !== ours) throw new Error(`snapshot van ${made}, niet van ${ours}`);
      // The modules are in memory already; the zip goes back as it was (same bytes).
      pyodide.FS.writeFile(RULES_PATH, await rulesBytes);
      source = "snapshot";
    } catch {
      pyodide = null; // fall back to a normal start
    }
  }
  if (!pyodide) {
    const start = (stdLibURL) => guarded(loadPyodide({ ...common, ...(stdLibURL ? { stdLibURL } : {}) }));
    try {
      pyodide = await start(stdlib && stdlib.url);
    } catch (err) {
      if (!stdlib || err.download) throw err;
      // Pyodide could not start on the trimmed zip: once more with its full one.
      stdlibKind = "full";
      pyodide = await start(abs(B.fullStdlib.url));
    }
    mark("loadPyodide");
    pyodide.FS.writeFile(RULES_PATH, await rulesBytes);
    pyodide.globals.set("_lw_rules_path", RULES_PATH);
    pyodide.runPython("import sys\nsys.path.insert(0, _lw_rules_path)\ndel _lw_rules_path");
    mark("rules");
  }
  progress.setPhase("rules");
  pyodideInstance = pyodide;
  runPython = pyodide.pyimport("checker.browser").run;
  mark("importChecker");
  // Warm up: the first evaluation imports every rule module.
  runPython(JSON.stringify({ peildatum: "2025-01-01", antwoorden: {} }));
  mark("warmUp");
  if (source === "normal" && snapshotURL && B.snapshot) {
    setTimeout(() => prefetchSnapshot(snapshotURL, B.snapshot.size), PREFETCH_DELAY_MS);
  }
  const urls = new Map([
    [pyodideURL + "pyodide.mjs", "pyodide.mjs"],
    [pyodideURL + "pyodide.asm.mjs", "pyodide.asm.mjs"],
    [pyodideURL + "pyodide.asm.wasm", "pyodide.asm.wasm"],
    [rules.url, "rules"],
  ]);
  if (stdlib) urls.set(stdlib.url, "stdlib");
  if (snapshotURL) urls.set(snapshotURL, "snapshot");
  if (progress.downloadedAt !== null) phases.downloaded = Math.round(progress.downloadedAt - t0);
  return {
    ms: performance.now() - t0,
    phases,
    source,
    stdlib: stdlibKind,
    startedAt: performance.timeOrigin + t0,
    network: wireBytes(urls),
  };
}

function start(config) {
  if (ready) return ready; // one interpreter per worker
  ready = boot(config || {});
  ready.then(
    (facts) => {
      loaded = true;
      post({ type: "ready", ...facts });
    },
    (err) => {
      loaded = true;
      post({ type: "error", stalled: false, message: messageOf(err) });
    },
  );
  return ready;
}

// ── Runs ───────────────────────────────────────────────────────────────────────────────────

// Pyodide's full standard library, added once when a run needs a module the trimmed one
// lacks (hash-checked at build time like every Pyodide file).
function addFullStdlib() {
  if (!fullStdlib) {
    const { url, path } = BUILD.fullStdlib;
    fullStdlib = nativeFetch(abs(url))
      .then((r) => {
        if (!r.ok) throw new Error(`python_stdlib.zip: HTTP ${r.status}`);
        return r.arrayBuffer();
      })
      .then((buffer) => {
        pyodideInstance.FS.writeFile(path, new Uint8Array(buffer));
        pyodideInstance.globals.set("_lw_full", path);
        pyodideInstance.runPython(
          "import importlib, sys\nsys.path.append(_lw_full)\nimportlib.invalidate_caches()\ndel _lw_full",
        );
      });
    fullStdlib.catch(() => {
      fullStdlib = null; // try again on the next run
    });
  }
  return fullStdlib;
}

async function handleRun(msg) {
  const tIn = performance.timeOrigin + performance.now();
  try {
    await start({});
  } catch (err) {
    post({ type: "run-error", id: msg.id, message: `Python is niet geladen: ${messageOf(err)}` });
    return;
  }
  const t0 = performance.now();
  let text;
  try {
    try {
      text = runPython(msg.payload);
    } catch (err) {
      if (!(err && err.type === "ModuleNotFoundError" && BUILD && BUILD.fullStdlib)) throw err;
      await addFullStdlib();
      text = runPython(msg.payload);
    }
  } catch (err) {
    post({ type: "run-error", id: msg.id, message: messageOf(err) });
    return;
  }
  const tOut = performance.timeOrigin + performance.now();
  post({ type: "result", id: msg.id, text, ms: performance.now() - t0, tIn, tOut });
}

self.onmessage = (event) => {
  const msg = event.data || {};
  if (msg.type === "init") start(msg.config);
  else if (msg.type === "run") handleRun(msg);
  else if (msg.type === "snapshot") snapshotFromPage(msg.buffer || null);
};
