// Leefloonwijzer: the build's Pyodide steps, under Node, exactly as the browser worker runs
// them (docs/javascripts/worker.js). Called by scripts/sitegen/stdlib.py and snapshot.py:
//
//   node pyodide_tool.mjs <command> <request.json>
//
// The request names the pinned Pyodide folder (node_modules/pyodide, hash-checked by the
// build first), the rules zip and whatever the command needs; the answer is one JSON
// document on stdout. Commands:
//
//   trace     boot with Pyodide's FULL standard library, load the rules, run every case
//             (the scenario table and the bad-input cases) plus the error paths, and list
//             every module of the standard-library zip that Python imported: Pyodide's own
//             bootstrap needs most of them, the rules a few more. Also returns each answer.
//   trim      write a zip with only those files, as Python 3.14 itself parses them: every
//             docstring removed (what `python -OO` does) and comments gone (ast.unparse),
//             each file checked to parse back to exactly the same syntax tree; then, with
//             form "pyc", compiled to bytecode (no compiling at every start). Entries are
//             stored: the build compresses the whole zip at once, which packs tighter.
//   compile   the rules zip (Python sources) as bytecode, in a zip of .pyc files, so that
//             importing the rules compiles nothing either.
//   verify    boot with the trimmed zip instead, run every case again and return the
//             answers (the build compares them byte for byte with the trace's).
//   snapshot  boot with the trimmed zip, import the rules, warm up, and write Pyodide's
//             memory (the worker restores it on return visits), zero runs left out, gzip.
//   restore   restore that snapshot with the trimmed zip and run every case again.
//
// How the worker starts Python, and so how every command here does:
//   loadPyodide({indexURL, stdLibURL, lockFileContents, env: {PYTHONHASHSEED: "0"}})
//     the trimmed zip, the lock inline, a fixed hash seed (so a fresh start and one
//     restored from the snapshot, made with that seed, iterate sets in the same order)
//   FS.writeFile(RULES_PATH, rules zip); sys.path.insert(0, RULES_PATH)  (zipimport)
//   import checker.browser; checker.browser.run(json text) → json text
// The snapshot records the names of the rules zip and of the standard-library zip it was
// made with (sys._leefloon_rules, sys._leefloon_stdlib); the worker refuses one that names
// other files.

import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { gzipSync, gunzipSync } from "node:zlib";

const RULES_PATH = "/home/pyodide/leefloon.zip";

const [command, requestPath] = process.argv.slice(2);
if (!command || !requestPath) {
  console.error("gebruik: node pyodide_tool.mjs trace|trim|verify|snapshot|restore <verzoek.json>");
  process.exit(2);
}
const request = JSON.parse(readFileSync(requestPath, "utf8"));
const dir = request.pyodide.endsWith("/") ? request.pyodide : `${request.pyodide}/`;
const { loadPyodide } = await import(pathToFileURL(`${dir}pyodide.mjs`).href);

function bytes(path) {
  // Node Buffers are views on a shared pool: hand Pyodide exactly these bytes.
  const b = readFileSync(path);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

async function boot({ full = false, snapshot = null, makeSnapshot = false, env = {}, rules = true } = {}) {
  const options = {
    indexURL: dir,
    packageBaseUrl: dir,
    env: { PYTHONHASHSEED: "0", ...env }, // as the worker: the same answers on every start
    stdout: () => {},
    stderr: (line) => console.error(line),
  };
  if (!full) options.stdLibURL = request.stdlib;
  if (request.lock) options.lockFileContents = JSON.stringify(request.lock);
  if (makeSnapshot) options._makeSnapshot = true;
  if (snapshot) options._loadSnapshot = snapshot;
  const t0 = performance.now();
  const pyodide = await loadPyodide(options);
  const bootMs = performance.now() - t0;
  if (!rules) return { pyodide, bootMs };
  pyodide.FS.writeFile(RULES_PATH, bytes(request.rules));
  if (!snapshot) {
    pyodide.globals.set("_lw_rules_path", RULES_PATH);
    pyodide.runPython("import sys\nsys.path.insert(0, _lw_rules_path)\ndel _lw_rules_path");
  }
  return { pyodide, bootMs };
}

// Every case, then the inputs that take the error paths: text that is not JSON, JSON that
// is not an object, and a Python exception formatted into a message (the worker's run-error).
function runAll(pyodide) {
  const run = pyodide.pyimport("checker.browser").run;
  const cases = JSON.parse(readFileSync(request.cases, "utf8"));
  const answers = {};
  const t0 = performance.now();
  for (const c of cases) {
    answers[c.id] = run(JSON.stringify({ peildatum: c.peildatum, antwoorden: c.antwoorden }));
  }
  const runMs = performance.now() - t0;
  for (const [id, text] of [["probe-not-json", "{"], ["probe-list", "[]"], ["probe-string", '"x"']]) {
    answers[id] = run(text);
  }
  try {
    pyodide.runPython("raise ValueError('proef')");
    answers["probe-exception"] = "no exception";
  } catch (err) {
    answers["probe-exception"] = String(err.message).includes("ValueError: proef") ? "ok" : String(err.message);
  }
  run.destroy();
  return { answers, runMs, cases: cases.length };
}

function info(pyodide) {
  return JSON.parse(
    pyodide.runPython(`
import json, sys
json.dumps({
    "python": ".".join(str(p) for p in sys.version_info[:3]),
    "pyodide": ${JSON.stringify(pyodide.version)},
    "stdlib_zip": next(p for p in sys.path if p.startswith("/lib/") and p.endswith(".zip")),
    "checker_file": sys.modules["checker"].__file__,
})`),
  );
}

// Which files of the standard-library zip the imported modules came from (packages as
// their __init__.py), from sys.modules at the end and every "import" audit event since the
// rules started (a module removed from sys.modules again still needed its file).
const IMPORTED_FILES = `
import json, sys, importlib.util
zip_path = next(p for p in sys.path if p.startswith("/lib/") and p.endswith(".zip"))
prefix = zip_path + "/"
names = set(sys.modules) | set(_lw_imported)
files = set()
for name in sorted(names):
    module = sys.modules.get(name)
    spec = getattr(module, "__spec__", None) if module is not None else None
    if spec is None and module is None:
        try:
            spec = importlib.util.find_spec(name)
        except (ImportError, ValueError):
            spec = None
    origin = getattr(spec, "origin", None)
    if isinstance(origin, str) and origin.startswith(prefix):
        files.add(origin[len(prefix):])
json.dumps(sorted(files))
`;

async function trace() {
  const { pyodide } = await boot({ full: true });
  pyodide.runPython(`
import sys
_lw_imported = []
sys.addaudithook(lambda event, args: _lw_imported.append(args[0]) if event == "import" else None)
`);
  const result = runAll(pyodide);
  const files = JSON.parse(pyodide.runPython(IMPORTED_FILES));
  return { ...info(pyodide), files, ...result };
}

async function trim() {
  // Bytecode: without column positions (PYTHONNODEBUGRANGES, as python -X no_debug_ranges),
  // which keeps line numbers in tracebacks and makes the files a quarter smaller.
  const { pyodide } = await boot({ full: true, env: { PYTHONNODEBUGRANGES: "1" } });
  pyodide.globals.set("_lw_files", JSON.stringify(request.files));
  pyodide.globals.set("_lw_form", request.form || "py");
  const out = pyodide.runPython(`
import ast, io, json, sys, zipfile
import _ast_unparse
from importlib._bootstrap_external import _code_to_timestamp_pyc

zip_path = next(p for p in sys.path if p.startswith("/lib/") and p.endswith(".zip"))
source = zipfile.ZipFile(zip_path)
FIXED_TIME = (2020, 1, 1, 0, 0, 0)


class NoDocstrings(ast.NodeTransformer):
    """Drop every docstring, as the compiler does under -OO (an emptied body gets pass)."""

    def generic_visit(self, node):
        super().generic_visit(node)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if (
                body
                and isinstance(body[0], ast.Expr)
                and isinstance(body[0].value, ast.Constant)
                and isinstance(body[0].value.value, str)
            ):
                node.body = body[1:] or [ast.Pass()]
        return node


def trimmed(name, text):
    """(file name, bytes) for the zip: source without docstrings, or its bytecode."""
    tree = NoDocstrings().visit(ast.parse(text, name))
    new = _ast_unparse.Unparser().visit(tree) + "\\n"
    if ast.dump(ast.parse(new, name)) != ast.dump(tree):
        raise ValueError(f"{name}: ast.unparse geeft een andere syntaxboom")
    if _lw_form == "py":
        return name, new.encode("utf-8")
    # Sourceless bytecode (zipimport loads name.pyc when there is no name.py); compiled
    # from the same tree, so asserts stay (not -O), only the docstrings are gone.
    code = compile(ast.fix_missing_locations(tree), f"{zip_path}/{name}", "exec", dont_inherit=True)
    return name + "c", bytes(_code_to_timestamp_pyc(code, 0, 0))


files = json.loads(_lw_files)
dirs = sorted({"/".join(f.split("/")[: i + 1]) + "/" for f in files for i in range(f.count("/"))})
buffer = io.BytesIO()
raw = small = 0
with zipfile.ZipFile(buffer, "w") as out:
    for d in dirs:
        info = zipfile.ZipInfo(d, date_time=FIXED_TIME)
        info.external_attr = 0o40755 << 16
        out.writestr(info, b"")
    for name in sorted(files):
        data = source.read(name)
        raw += len(data)
        if name.endswith(".py"):
            name, text = trimmed(name, data.decode("utf-8"))
        else:
            text = data
        small += len(text)
        info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
        info.external_attr = 0o644 << 16
        out.writestr(info, text)  # stored: the build gzips the whole zip at once
with open("/tmp/lw-stdlib.zip", "wb") as f:
    f.write(buffer.getvalue())
json.dumps({"files": len(files), "source_bytes": raw, "trimmed_bytes": small})
`);
  writeFileSync(request.out, pyodide.FS.readFile("/tmp/lw-stdlib.zip"));
  return JSON.parse(out);
}

async function compile() {
  const { pyodide } = await boot({ full: true, rules: false, env: { PYTHONNODEBUGRANGES: "1" } });
  pyodide.FS.writeFile("/tmp/lw-source.zip", bytes(request.source));
  pyodide.globals.set("_lw_rules_path", RULES_PATH);
  const out = pyodide.runPython(`
import io, json, zipfile
from importlib._bootstrap_external import _code_to_timestamp_pyc

source = zipfile.ZipFile("/tmp/lw-source.zip")
buffer = io.BytesIO()
with zipfile.ZipFile(buffer, "w") as out:
    for info in sorted(source.infolist(), key=lambda i: i.filename):
        data = source.read(info)
        name = info.filename
        if name.endswith(".py"):
            code = compile(data, f"{_lw_rules_path}/{name}", "exec", dont_inherit=True)
            name, data = name + "c", bytes(_code_to_timestamp_pyc(code, 0, 0))
        entry = zipfile.ZipInfo(name, date_time=info.date_time)
        entry.external_attr = info.external_attr
        out.writestr(entry, data)  # stored: the build gzips the whole zip
with open("/tmp/lw-rules.zip", "wb") as f:
    f.write(buffer.getvalue())
json.dumps({"files": len(source.infolist())})
`);
  writeFileSync(request.out, pyodide.FS.readFile("/tmp/lw-rules.zip"));
  return JSON.parse(out);
}

async function verify() {
  const { pyodide, bootMs } = await boot();
  const result = runAll(pyodide);
  return { ...info(pyodide), ...result, bootMs };
}

async function snapshot() {
  const { pyodide } = await boot({ makeSnapshot: true });
  pyodide.globals.set("_lw_rules_name", request.rulesName);
  pyodide.globals.set("_lw_stdlib_name", request.stdlibName);
  pyodide.runPython(`
import sys
sys._leefloon_rules = _lw_rules_name
sys._leefloon_stdlib = _lw_stdlib_name
del _lw_rules_name, _lw_stdlib_name
import json
import checker.browser
checker.browser.run(json.dumps({"peildatum": "2025-03-01", "antwoorden": {}}))
checker.browser.run(json.dumps({"peildatum": "2026-04-01", "antwoorden": {"leeftijd": "x"}}))
`);
  const memory = pyodide.makeMemorySnapshot();
  const packed = zeroRuns(memory);
  const file = gzipSync(packed, { level: 9 });
  writeFileSync(request.out, file);
  return { memory: memory.byteLength, packed: packed.byteLength, file: file.byteLength };
}

async function restore() {
  const memory = expandZeroRuns(gunzipSync(readFileSync(request.snapshot)));
  const { pyodide, bootMs } = await boot({ snapshot: memory });
  const names = JSON.parse(
    pyodide.runPython(
      "import json, sys\njson.dumps([getattr(sys, '_leefloon_rules', None), getattr(sys, '_leefloon_stdlib', None)])",
    ),
  );
  const result = runAll(pyodide);
  return { ...info(pyodide), ...result, bootMs, rulesName: names[0], stdlibName: names[1] };
}

// More than half of the memory is runs of zero bytes. The file leaves them out, so the
// browser only inflates the rest and gets the zeros for free from a new Uint8Array:
//   "LWZ1", u32 total length, then records [u32 n][n bytes][u32 zeros] (little-endian).
// docs/javascripts/worker.js reads it back (expandZeroRuns, the same as below).
function zeroRuns(memory) {
  const MIN = 64;
  const parts = [];
  const header = Buffer.alloc(8);
  header.write("LWZ1", 0, "latin1");
  header.writeUInt32LE(memory.length, 4);
  parts.push(header);
  const u32 = (n) => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n, 0);
    return b;
  };
  let start = 0; // start of the current literal
  let i = 0;
  const n = memory.length;
  while (i < n) {
    if (memory[i] !== 0) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < n && memory[j] === 0) j += 1;
    if (j - i >= MIN || j === n) {
      parts.push(u32(i - start), Buffer.from(memory.buffer, memory.byteOffset + start, i - start));
      parts.push(u32(j - i));
      start = j;
    }
    i = j;
  }
  if (start < n) {
    parts.push(u32(n - start), Buffer.from(memory.buffer, memory.byteOffset + start, n - start));
    parts.push(u32(0));
  }
  return Buffer.concat(parts);
}

function expandZeroRuns(packed) {
  const view = new DataView(packed.buffer, packed.byteOffset, packed.byteLength);
  if (packed.subarray(0, 4).toString("latin1") !== "LWZ1") throw new Error("onbekend snapshot-formaat");
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

const commands = { trace, trim, compile, verify, snapshot, restore };
if (!(command in commands)) {
  console.error(`onbekend commando ${command}`);
  process.exit(2);
}
const answer = await commands[command]();
process.stdout.write(JSON.stringify(answer));
