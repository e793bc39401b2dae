"""The pinned Pyodide: which files the site ships, their SHA-256, and the one patch.

``scripts/hooks/pyodide-sha256.json`` names the Pyodide version and the SHA-256 of every
file the site ships from ``node_modules/pyodide``; the version must equal the one in
``package-lock.json``. :func:`check_files` refuses any file whose hash differs, and
:func:`copy_files` copies them into the site with the one documented patch applied
(``pyodide.mjs``'s fallback to a public CDN points at the local folder instead, so the
shipped files name no CDN), checking the patched file's hash too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from scripts.sitegen.errors import BuildError

ROOT = Path(__file__).resolve().parent.parent.parent
NODE_PYODIDE = ROOT / "node_modules" / "pyodide"
HASHES_FILE = ROOT / "scripts" / "hooks" / "pyodide-sha256.json"


@dataclass(frozen=True)
class Patch:
    """One textual replacement in a shipped file, with the hash it must give."""

    replace: str
    with_: str
    sha256_after: str


@dataclass(frozen=True)
class PyodidePin:
    """The pinned Pyodide release: version, file hashes and patches."""

    version: str
    files: dict[str, str]
    patches: dict[str, Patch]
    source: Path = NODE_PYODIDE

    @property
    def site_dir(self) -> str:
        """Where the files go in the site, relative to its root."""
        return f"assets/pyodide/{self.version}/"

    def fingerprint(self) -> str:
        """Every pinned fact as one text, for cache keys."""
        patches = {k: [p.replace, p.with_, p.sha256_after] for k, p in sorted(self.patches.items())}
        files = ";".join(f"{k}={v}" for k, v in sorted(self.files.items()))
        return f"{self.version};{files};{json.dumps(patches, sort_keys=True)}"


def sha256_file(path: Path) -> str:
    """The SHA-256 of a file, in hex."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def load_pin(
    hashes_file: Path = HASHES_FILE, lock_file: Path = ROOT / "package-lock.json"
) -> PyodidePin:
    """The pinned version and file hashes, cross-checked with the npm lock."""
    manifest = json.loads(hashes_file.read_text(encoding="utf-8"))
    version = str(manifest["version"])
    lock = json.loads(lock_file.read_text(encoding="utf-8"))
    locked = lock["packages"].get("node_modules/pyodide", {}).get("version")
    if locked != version:
        raise BuildError(
            f"Pyodide: package-lock.json pint {locked!r}, {hashes_file.name} verwacht "
            f"{version!r}. Werk beide samen bij."
        )
    patches = {
        name: Patch(str(p["replace"]), str(p["with"]), str(p["sha256_after"]))
        for name, p in manifest.get("patches", {}).items()
    }
    return PyodidePin(version, {str(k): str(v) for k, v in manifest["files"].items()}, patches)


def check_files(pin: PyodidePin) -> None:
    """Refuse a missing file or one whose SHA-256 differs from the pin."""
    for name, expected in pin.files.items():
        src = pin.source / name
        if not src.is_file():
            raise BuildError(f"Pyodide: {src} ontbreekt. Voer 'npm ci' uit.")
        actual = sha256_file(src)
        if actual != expected:
            raise BuildError(
                f"Pyodide: {name} heeft SHA-256 {actual}, verwacht {expected} "
                f"({HASHES_FILE.name}). Het bestand is gewijzigd of beschadigd."
            )


def copy_files(pin: PyodidePin, target: Path) -> None:
    """Check and copy every pinned file into ``target``, applying the patches."""
    check_files(pin)
    target.mkdir(parents=True, exist_ok=True)
    for name, expected in pin.files.items():
        data = (pin.source / name).read_bytes()
        patch = pin.patches.get(name)
        if patch is None:
            expected_out = expected
        else:
            old, new = patch.replace.encode(), patch.with_.encode()
            if data.count(old) != 1:
                raise BuildError(f"Pyodide: patch voor {name} past niet ({patch.replace!r})")
            data = data.replace(old, new)
            expected_out = patch.sha256_after
        if hashlib.sha256(data).hexdigest() != expected_out:
            raise BuildError(f"Pyodide: de geleverde {name} wijkt af van {HASHES_FILE.name}")
        (target / name).write_bytes(data)
