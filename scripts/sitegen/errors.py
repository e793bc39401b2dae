"""The one exception of the build steps."""

from __future__ import annotations


class BuildError(Exception):
    """A build step refused its input. The message is Dutch and says what to do."""
