"""Dutch formatting of amounts and dates, shared by the rules, the CLI and the site.

Formatting is pure and the same few amounts (category rates, exemptions) and dates
recur in every evaluation, so the results are memoised.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

CENT = Decimal("0.01")


def cent(bedrag: Decimal) -> Decimal:
    """Round an amount to the cent, halves away from zero (as on a payslip)."""
    return bedrag.quantize(CENT, rounding=ROUND_HALF_UP)


@lru_cache(maxsize=4096)
def euro(bedrag: Decimal) -> str:
    """Format an amount the Dutch way: ``€ 1.314,20``; negative as ``− € 20,83``."""
    afgerond = bedrag.quantize(CENT, rounding=ROUND_HALF_UP)
    tekst = f"{abs(afgerond):,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    return f"− € {tekst}" if afgerond < 0 else f"€ {tekst}"


def getal(n: int | Decimal) -> str:
    """A whole number with dots between thousands: ``100000`` → ``100.000``."""
    return f"{int(n):,}".replace(",", ".")


def euro_kort(bedrag: Decimal | int) -> str:
    """A whole amount without cents: ``€ 6.200``."""
    return f"€ {getal(bedrag)}"


@lru_cache(maxsize=2048)
def datum(d: date) -> str:
    """Format a date in Dutch words: ``1 februari 2025``."""
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def maand(jaar_maand: str) -> str:
    """Format ``YYYY-MM`` as ``maart 2026``."""
    jaar, _, m = jaar_maand.partition("-")
    return f"{MAANDEN[int(m) - 1]} {jaar}"
