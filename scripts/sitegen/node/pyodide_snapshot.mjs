// Leefloonwijzer: make a Pyodide memory snapshot with the rule module already imported.
//
// Run by scripts/sitegen/snapshot.py at build time:
//   node pyodide_snapshot.mjs <pyodide dir> <rules zip> <rules zip name> <output file>
//
// The snapshot is Pyodide's whole WebAssembly memory right after `import
// checker.browser` and one warm-up evaluation, gzip-compressed. A browser that has it
// in its HTTP cache starts Python in well under a second instead of ~3 s (the worker
// loads it with loadPyodide({_loadSnapshot})). It holds no answers and no personal data.
// `sys._leefloon_rules` records the rules zip it was made from, so the worker can refuse
// a snapshot that does not match the rules it is told to use.
//
// Pyodide's snapshot options are underscore-prefixed (experimental) in 314.x; the worker
// falls back to a normal boot whenever a snapshot is missing or does not fit.

import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

const [pyodideDir, zipPath, zipName, outPath] = process.argv.slice(2);
if (!outPath) {
  console.error("gebruik: node pyodide_snapshot.mjs <pyodide-map> <zip> <zipnaam> <uitvoer>");
  process.exit(2);
}
const dir = pyodideDir.endsWith("/") ? pyodideDir : `${pyodideDir}/`;
const { loadPyodide } = await import(pathToFileURL(`${dir}pyodide.mjs`).href);
const pyodide = await loadPyodide({
  indexURL: dir,
  packageBaseUrl: dir,
  _makeSnapshot: true,
  stdout: () => {},
  stderr: (line) => console.error(line),
});
pyodide.unpackArchive(new Uint8Array(readFileSync(zipPath)), "zip", {
  extractDir: "/home/pyodide/leefloon",
});
pyodide.globals.set("_lw_zip_name", zipName);
pyodide.runPython(`
import sys
sys.path.insert(0, "/home/pyodide/leefloon")
sys._leefloon_rules = _lw_zip_name
del _lw_zip_name
import json
import checker.browser
checker.browser.run(json.dumps({"peildatum": "2025-03-01", "antwoorden": {}}))
checker.browser.run(json.dumps({"peildatum": "2026-04-01", "antwoorden": {"leeftijd": "x"}}))
`);
const snapshot = pyodide.makeMemorySnapshot();
const packed = zeroRuns(snapshot);
writeFileSync(outPath, gzipSync(packed, { level: 9 }));
console.log(`${outPath}: ${snapshot.byteLength} bytes, ${packed.byteLength} without zero runs`);

// More than half of the memory is runs of zero bytes. The file leaves them out, so the
// browser only inflates the rest and gets the zeros for free from a new Uint8Array:
//   "LWZ1", u32 total length, then records [u32 n][n bytes][u32 zeros] (little-endian).
// docs/javascripts/worker.js reads it back (expandZeroRuns).
function zeroRuns(bytes) {
  const MIN = 64;
  const parts = [];
  const header = Buffer.alloc(8);
  header.write("LWZ1", 0, "latin1");
  header.writeUInt32LE(bytes.length, 4);
  parts.push(header);
  let start = 0; // start of the current literal
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    if (bytes[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < n && bytes[j] === 0) j += 1;
    if (j - i >= MIN || j === n) {
      const record = Buffer.alloc(4);
      record.writeUInt32LE(i - start, 0);
      parts.push(record, Buffer.from(bytes.buffer, bytes.byteOffset + start, i - start));
      const zeros = Buffer.alloc(4);
      zeros.writeUInt32LE(j - i, 0);
      parts.push(zeros);
      start = j;
    }
    i = j;
  }
  if (start < n) {
    const record = Buffer.alloc(4);
    record.writeUInt32LE(n - start, 0);
    parts.push(record, Buffer.from(bytes.buffer, bytes.byteOffset + start, n - start), Buffer.alloc(4));
  }
  return Buffer.concat(parts);
}
