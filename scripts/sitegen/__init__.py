"""The site's generated content as plain functions, independent of the site generator.

Everything the site renders from the rule module or builds next to it lives here, as
functions that take plain values and return strings or write files. The MkDocs hooks in
``scripts/hooks/`` only call them, so a move to another generator (Zensical, see the
README) means new thin adapters, not new logic. Nothing here imports MkDocs.

- :mod:`.shortcodes`   ``<!-- lw:... -->`` shortcodes rendered from :mod:`checker`
- :mod:`.charts`       the policy charts: SVG files plus a Markdown figure and data table
- :mod:`.form`         the checker's static form, from Jinja2 templates in ``templates/``
- :mod:`.pyodide`      the pinned Pyodide files: version and SHA-256 checks, the one patch
- :mod:`.stdlib`       the trimmed standard library the rules need (traced under Node)
- :mod:`.snapshot`     the Pyodide memory snapshot for return visits
- :mod:`.checker_build` the typed state of one build and the files it puts into the site
- :mod:`.csp`          the Content-Security-Policy hashes of every page

A build step that refuses its input raises :class:`BuildError` with a Dutch message that
says what to do; the hooks turn it into MkDocs' ``PluginError``.
"""

from __future__ import annotations

from scripts.sitegen.errors import BuildError

__all__ = ["BuildError"]
