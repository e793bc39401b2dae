"""Serve the built site on 127.0.0.1 with the right MIME types, gzip as on GitHub Pages.

``python -m http.server`` guesses types from the system's mime database; a wrong
type for ``.wasm`` makes Pyodide's streaming compile fail or hang, so the types
the site needs are set here explicitly. No cookies, no logging of query strings.

``--gzip`` compresses what GitHub Pages compresses (HTML, CSS, JavaScript, JSON, SVG,
WebAssembly; not zip files or the already gzipped snapshot), once per file, and answers
``If-None-Match`` with 304, so the bytes on the wire are what visitors get there.
``--cache SECONDS`` adds ``Cache-Control: max-age`` (GitHub Pages sends 600).

Usage: ``python scripts/serve.py [--port 8000] [--dir site] [--gzip] [--cache 600]``
"""

from __future__ import annotations

import argparse
import contextlib
import email.utils
import functools
import gzip
import http.server
import io
import os
import socket
import socketserver
import threading
from pathlib import Path
from typing import BinaryIO, ClassVar

EXTRA_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".zip": "application/zip",
    ".svg": "image/svg+xml",
    ".data": "application/octet-stream",
    ".whl": "application/zip",
    ".bin": "application/octet-stream",
}

#: What GitHub Pages sends gzip-compressed (to a browser that accepts it).
COMPRESSIBLE = frozenset(
    {
        "text/html",
        "text/css",
        "text/javascript",
        "text/plain",
        "text/xml",
        "application/json",
        "application/xml",
        "image/svg+xml",
        "application/wasm",
    }
)

_gzip_cache: dict[tuple[str, int, int], bytes] = {}
_gzip_lock = threading.Lock()


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static file handler with fixed MIME types and quiet logs."""

    extensions_map = {  # noqa: RUF012 (same shape as the base class attribute)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **EXTRA_TYPES,
    }
    #: Compress like GitHub Pages (see :data:`COMPRESSIBLE`).
    use_gzip: ClassVar[bool] = False
    #: ``Cache-Control`` for every response, or None (the browser then revalidates).
    cache_control: ClassVar[str | None] = None

    def end_headers(self) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if self.cache_control:
            self.send_header("Cache-Control", self.cache_control)
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_head(self) -> BinaryIO | None:
        if not self.use_gzip or "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            index = os.path.join(path, "index.html")
            if not self.path.split("?", 1)[0].endswith("/") or not os.path.isfile(index):
                return super().send_head()
            path = index
        ctype = self.guess_type(path)
        if ctype.split(";")[0] not in COMPRESSIBLE or not os.path.isfile(path):
            return super().send_head()
        stat = os.stat(path)
        etag = f'"{stat.st_mtime_ns:x}-{stat.st_size:x}-gz"'
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.end_headers()
            return None
        key = (path, stat.st_mtime_ns, stat.st_size)
        with _gzip_lock:
            body = _gzip_cache.get(key)
            if body is None:
                body = gzip.compress(Path(path).read_bytes(), compresslevel=6, mtime=0)
                _gzip_cache[key] = body
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
        self.end_headers()
        return io.BytesIO(body)


def free_port() -> int:
    """A TCP port on 127.0.0.1 that is free right now (the OS picks it)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def handler_class(*, use_gzip: bool = False, max_age: int | None = None) -> type[SiteHandler]:
    """A :class:`SiteHandler` that compresses and/or sets ``Cache-Control``."""
    cache = f"public, max-age={max_age}" if max_age is not None else None
    return type(
        "ConfiguredSiteHandler", (SiteHandler,), {"use_gzip": use_gzip, "cache_control": cache}
    )


def make_server(
    directory: Path,
    port: int,
    host: str = "127.0.0.1",
    handler: type[SiteHandler] = SiteHandler,
) -> _Server:
    """Create (not start) a server for ``directory`` on ``host:port``."""
    return _Server((host, port), functools.partial(handler, directory=str(directory)))


def serve_in_thread(
    directory: Path, port: int, handler: type[SiteHandler] = SiteHandler
) -> _Server:
    """Start a server in a daemon thread; call ``shutdown()`` to stop it."""
    server = make_server(directory, port, handler=handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--dir", type=Path, default=Path("site"))
    parser.add_argument("--gzip", action="store_true", help="compress as GitHub Pages does")
    parser.add_argument("--cache", type=int, default=None, metavar="SECONDS")
    args = parser.parse_args()
    handler = handler_class(use_gzip=args.gzip, max_age=args.cache)
    server = make_server(args.dir, args.port, handler=handler)
    print(f"Leefloonwijzer: http://127.0.0.1:{args.port}/  (Ctrl+C om te stoppen)")
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
