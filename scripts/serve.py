"""Serve the built site on 127.0.0.1 with the right MIME types.

``python -m http.server`` guesses types from the system's mime database; a wrong
type for ``.wasm`` makes Pyodide's streaming compile fail or hang, so the types
the site needs are set here explicitly. No cookies, no logging of query strings.

Usage: ``python scripts/serve.py [--port 8000] [--dir site]``
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import socketserver
import threading
from pathlib import Path

EXTRA_TYPES = {
    ".wasm": "application/wasm",
    ".mjs": "text/javascript",
    ".js": "text/javascript",
    ".json": "application/json",
    ".zip": "application/zip",
    ".svg": "image/svg+xml",
    ".data": "application/octet-stream",
    ".whl": "application/zip",
}


class SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Static file handler with fixed MIME types and quiet logs."""

    extensions_map = {  # noqa: RUF012 (same shape as the base class attribute)
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        **EXTRA_TYPES,
    }

    def end_headers(self) -> None:
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        super().end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True


def make_server(directory: Path, port: int, host: str = "127.0.0.1") -> _Server:
    """Create (not start) a server for ``directory`` on ``host:port``."""
    handler = functools.partial(SiteHandler, directory=str(directory))
    return _Server((host, port), handler)


def serve_in_thread(directory: Path, port: int) -> _Server:
    """Start a server in a daemon thread; call ``shutdown()`` to stop it."""
    server = make_server(directory, port)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--dir", type=Path, default=Path("site"))
    args = parser.parse_args()
    server = make_server(args.dir, args.port)
    print(f"Leefloonwijzer: http://127.0.0.1:{args.port}/  (Ctrl+C om te stoppen)")
    with contextlib.suppress(KeyboardInterrupt):
        server.serve_forever()


if __name__ == "__main__":
    main()
