"""Filling a template's slot at build time: it must be there exactly once."""

from __future__ import annotations

from scripts.sitegen.errors import BuildError


def fill_slot(source: str, slot: str, value: str, where: str) -> str:
    """``source`` with its one ``slot`` replaced by ``value`` (``where`` names the file)."""
    if source.count(slot) != 1:
        raise BuildError(f"{where}: '{slot}' moet er precies één keer in staan")
    return source.replace(slot, value)
