// Parity runner: the rule module in Pyodide (CPython compiled to WebAssembly) under Node.
//
//   node tests/parity/run_pyodide.mjs RULES_ZIP CASES_JSON OUT_JSONL
//
// Loads Pyodide from node_modules, unpacks the hashed rules zip exactly as the site's
// worker does (docs/javascripts/worker.js), then calls checker.browser.run once per case
// of CASES_JSON (a list of {id, peildatum, antwoorden}) with the same JSON text the
// browser would send. Writes one JSON line per case, {"id", "text"} with text the JSON
// string Python returned, after a first line describing the interpreter.
// tests/test_parity.py compares every line with CPython's answer, byte for byte.

import { readFile, writeFile } from "node:fs/promises";
import { loadPyodide } from "pyodide";

const [zipPath, casesPath, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error("gebruik: node run_pyodide.mjs RULES_ZIP CASES_JSON OUT_JSONL");
  process.exit(2);
}

const t0 = performance.now();
const pyodide = await loadPyodide({ stdout: () => {}, stderr: (s) => console.error(s) });
const zip = await readFile(zipPath);
// Node Buffers are views on a shared pool: hand Pyodide exactly these bytes.
pyodide.unpackArchive(new Uint8Array(zip.buffer, zip.byteOffset, zip.byteLength), "zip", {
  extractDir: "/home/pyodide/leefloon",
});
pyodide.runPython("import sys\nsys.path.insert(0, '/home/pyodide/leefloon')");
const run = pyodide.pyimport("checker.browser").run;
const loadMs = performance.now() - t0;

const info = JSON.parse(
  pyodide.runPython(`
import json, sys, checker
json.dumps({
    "python": ".".join(str(p) for p in sys.version_info[:3]),
    "version": sys.version,
    "implementation": sys.implementation.name,
    "platform": sys.platform,
    "checker_file": checker.__file__,
})
`),
);

const cases = JSON.parse(await readFile(casesPath, "utf8"));
const lines = [];
const t1 = performance.now();
for (const c of cases) {
  const payload = JSON.stringify({ peildatum: c.peildatum, antwoorden: c.antwoorden });
  lines.push(JSON.stringify({ id: c.id, text: run(payload) }));
}
const runMs = performance.now() - t1;
run.destroy();

const header = {
  ...info,
  pyodide: pyodide.version,
  cases: cases.length,
  load_ms: Math.round(loadMs),
  run_ms: Math.round(runMs),
};
await writeFile(outPath, [JSON.stringify(header), ...lines].join("\n") + "\n", "utf8");
