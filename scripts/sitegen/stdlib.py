"""The trimmed standard library: only the files the rules and Pyodide's bootstrap import.

Pyodide boots with a 2.5 MB zip of the whole standard library; the rule module and
Pyodide's own bootstrap use about 130 of its 600 files. At build time, under Node and
exactly as the browser worker starts Python (``node/pyodide_tool.mjs``):

1. **trace**: boot with the full zip, load the rules, run every case of
   ``tests/scenarios.toml`` and the bad-input cases of ``tests/parity/bad_cases.json``
   plus the error paths, and list every file of the zip that Python imported;
2. **trim**: a zip of just those files, each without its docstrings (what ``python -OO``
   does) and comments, written back by Python's own ``ast.unparse`` and checked to parse
   to the same syntax tree, then compiled to bytecode (:data:`FORM`), so Python compiles
   nothing when it starts; gzipped as a whole, about 0.75 MB instead of 2.5;
3. **verify**: boot with the trimmed zip and run every case again; every answer must be
   byte-identical to the full zip's, or the build fails.

Nothing here lists modules by hand: the list is whatever the current rules import. The
file is named by its content hash (``leefloon-stdlib-<sha256-16>.bin``); the worker checks
it with Subresource Integrity, and the snapshot's key includes it. A module that only a
case outside the table would import is still found: the worker then loads Pyodide's
full zip (shipped beside it, hash-checked) once and retries (see worker.js).

Each step is cached in ``.cache/leefloon-stdlib/`` by a key over all of its inputs.
"""

from __future__ import annotations

import base64
import functools
import gzip
import hashlib
import json
import os
import subprocess
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scripts.sitegen.errors import BuildError
from scripts.sitegen.pyodide import PyodidePin, check_files

ROOT = Path(__file__).resolve().parent.parent.parent
TOOL = Path(__file__).resolve().parent / "node" / "pyodide_tool.mjs"
CACHE = ROOT / ".cache" / "leefloon-stdlib"
SCENARIOS = ROOT / "tests" / "scenarios.toml"
BAD_CASES = ROOT / "tests" / "parity" / "bad_cases.json"
#: How the trimmed files ship: "pyc", bytecode, so Python compiles nothing at start (about
#: 2-4 s less per cold start on this machine, four times that on a slow phone, for 0.4 MB
#: more), or "py", the source. Measured both ways: README, "Loading on a slow phone".
#: The environment variable LW_STDLIB_FORM overrides it, to measure the other way.
FORM = os.environ.get("LW_STDLIB_FORM", "pyc")


def cases() -> list[dict[str, Any]]:
    """Every case the rules are run on: the scenario table, then the bad-input cases."""
    with SCENARIOS.open("rb") as f:
        table = tomllib.load(f)["case"]
    bad = json.loads(BAD_CASES.read_text(encoding="utf-8"))
    return [
        {"id": c["id"], "peildatum": c["peildatum"], "antwoorden": c["antwoorden"]}
        for c in [*table, *bad]
    ]


def minimal_lock(pin: PyodidePin) -> dict[str, Any]:
    """Pyodide's lock file without packages: the site loads none, so this is all it needs.

    Passed inline (``lockFileContents``), it saves the browser a request for the 119 kB
    ``pyodide-lock.json``; its ``info`` (ABI version) is still checked by Pyodide.
    """
    lock = json.loads((pin.source / "pyodide-lock.json").read_text(encoding="utf-8"))
    return {"info": lock["info"], "packages": {}}


def node_binary() -> str:
    """The ``node`` executable, or a Dutch error saying it is missing."""
    from shutil import which

    node = which("node")
    if node is None:
        raise BuildError(
            "Node.js ontbreekt: nodig om Pyodide bij het bouwen te draaien (zie package.json)."
        )
    return node


def run_tool(command: str, request: dict[str, Any], timeout: int = 600) -> dict[str, Any]:
    """Run one command of ``node/pyodide_tool.mjs`` and return its JSON answer."""
    with tempfile.TemporaryDirectory(prefix="lw-pyodide-") as tmp:
        path = Path(tmp) / "request.json"
        path.write_text(json.dumps(request, ensure_ascii=False), encoding="utf-8")
        proc = subprocess.run(
            [node_binary(), str(TOOL), command, str(path)],
            capture_output=True,
            text=True,
            check=False,
            timeout=timeout,
        )
    if proc.returncode != 0:
        raise BuildError(f"Pyodide onder Node ({command}) mislukte:\n{_readable(proc.stderr)}")
    answer: dict[str, Any] = json.loads(proc.stdout)
    return answer


def _readable(stderr: str) -> str:
    """Node's error output without the minified source lines it quotes: Python's
    traceback (when there is one) and the JavaScript error, each line cut short."""
    lines = stderr.strip().splitlines()
    marks = [i for i, line in enumerate(lines) if "Traceback (most recent call last)" in line]
    start = marks[-1] if marks else None
    kept = lines[start:] if start is not None else lines[-15:]
    kept = [line for line in kept if not line.lstrip().startswith("at ")]
    return "\n".join(line if len(line) <= 200 else line[:200] + " …" for line in kept[-30:])


@dataclass(frozen=True)
class TrimmedStdlib:
    """The trimmed standard-library zip and what the build learned making it.

    ``data`` is the zip Pyodide mounts (entries stored); the site serves it gzipped as a
    whole (:attr:`served`, ``.bin`` so no host treats it as an encoding) and the worker
    inflates it. :attr:`integrity` accepts either form, in case a host decodes it.
    """

    data: bytes
    files: tuple[str, ...]
    answers: dict[str, str]  # case id → the rules' JSON answer (full and trimmed zip alike)
    source_bytes: int
    trimmed_bytes: int
    stdlib_zip: str  # where Pyodide puts the zip, e.g. /lib/python314.zip

    @functools.cached_property
    def served(self) -> bytes:
        return gzipped(self.data)

    @property
    def name(self) -> str:
        return bin_name("leefloon-stdlib", self.served)

    @property
    def integrity(self) -> str:
        return integrity(self.served, self.data)


def gzipped(data: bytes) -> bytes:
    """A zip for Pyodide as the site serves it: gzipped whole (reproducibly)."""
    return gzip.compress(data, compresslevel=9, mtime=0)


def bin_name(prefix: str, served: bytes) -> str:
    """``<prefix>-<sha256-16>.bin``: named by the served bytes, so never served stale."""
    return f"{prefix}-{hashlib.sha256(served).hexdigest()[:16]}.bin"


def integrity(*forms: bytes) -> str:
    """Subresource Integrity that accepts any of these bytes (gzipped, or as a host that
    decodes a ``.bin`` as gzip would hand it over)."""
    return " ".join(
        "sha256-" + base64.b64encode(hashlib.sha256(b).digest()).decode() for b in forms
    )


def _key(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p if isinstance(p, bytes) else p.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:24]


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)


def compile_rules(pin: PyodidePin, source_zip: bytes) -> bytes:
    """The rules zip with every module compiled to bytecode, entries stored (the site
    serves it gzipped whole, like the standard library); cached by its inputs."""
    check_files(pin)
    cached = CACHE / f"rules-{_key(pin.fingerprint(), TOOL.read_bytes(), source_zip)}.zip"
    if not cached.is_file():
        with tempfile.TemporaryDirectory(prefix="lw-rules-") as tmp_name:
            tmp = Path(tmp_name)
            (tmp / "source.zip").write_bytes(source_zip)
            run_tool(
                "compile",
                {
                    "pyodide": str(pin.source),
                    "source": str(tmp / "source.zip"),
                    "out": str(tmp / "rules.zip"),
                },
            )
            write_atomic(cached, (tmp / "rules.zip").read_bytes())
    return cached.read_bytes()


def build_trimmed_stdlib(pin: PyodidePin, rules_zip: bytes) -> TrimmedStdlib:
    """Trace, trim and verify (each step cached); a :class:`BuildError` if anything differs."""
    check_files(pin)
    case_list = cases()
    cases_json = json.dumps(case_list, ensure_ascii=False, sort_keys=True)
    lock = minimal_lock(pin)
    tool = TOOL.read_bytes()
    common = (pin.fingerprint(), tool, json.dumps(lock, sort_keys=True))
    with tempfile.TemporaryDirectory(prefix="lw-stdlib-") as tmp_name:
        tmp = Path(tmp_name)
        (tmp / "rules.zip").write_bytes(rules_zip)
        (tmp / "cases.json").write_text(cases_json, encoding="utf-8")
        request: dict[str, Any] = {
            "pyodide": str(pin.source),
            "rules": str(tmp / "rules.zip"),
            "cases": str(tmp / "cases.json"),
            "lock": lock,
        }
        # 1. Which files do the rules (and Pyodide) import, and what do they answer?
        trace_file = CACHE / f"trace-{_key(*common, rules_zip, cases_json)}.json"
        if not trace_file.is_file():
            traced = run_tool("trace", request)
            write_atomic(trace_file, json.dumps(traced, ensure_ascii=False).encode("utf-8"))
        trace = json.loads(trace_file.read_text(encoding="utf-8"))
        files = sorted(trace["files"])
        # 2. The zip of just those files (depends on the list only, not on the rules).
        zip_file = CACHE / f"stdlib-{_key(*common, json.dumps(files), FORM)}.zip"
        stats_file = zip_file.with_suffix(".json")
        if not zip_file.is_file() or not stats_file.is_file():
            out = tmp / "stdlib.zip"
            stats = run_tool("trim", {**request, "files": files, "out": str(out), "form": FORM})
            write_atomic(stats_file, json.dumps(stats).encode("utf-8"))
            write_atomic(zip_file, out.read_bytes())
        stats = json.loads(stats_file.read_text(encoding="utf-8"))
        data = zip_file.read_bytes()
        # 3. The whole table again on the trimmed zip: the same answers, byte for byte.
        verified_file = CACHE / f"verified-{_key(*common, rules_zip, cases_json, data)}"
        if not verified_file.is_file():
            (tmp / "stdlib.zip").write_bytes(data)
            verified = run_tool("verify", {**request, "stdlib": str(tmp / "stdlib.zip")})
            differ = sorted(
                k for k in trace["answers"] if verified["answers"].get(k) != trace["answers"][k]
            )
            if differ:
                raise BuildError(
                    "De ingekorte standaardbibliotheek geeft andere antwoorden dan de volledige "
                    f"voor {len(differ)} gevallen ({', '.join(differ[:5])}…). Bekijk wat de "
                    "regels importeren (scripts/sitegen/stdlib.py)."
                )
            write_atomic(verified_file, b"ok\n")
    if trace["answers"].get("probe-exception") != "ok":
        raise BuildError(
            f"Pyodide meldt een Python-fout niet: {trace['answers']['probe-exception']}"
        )
    return TrimmedStdlib(
        data=data,
        files=tuple(files),
        answers={k: str(v) for k, v in trace["answers"].items()},
        source_bytes=int(stats["source_bytes"]),
        trimmed_bytes=int(stats["trimmed_bytes"]),
        stdlib_zip=str(trace["stdlib_zip"]),
    )
