"""The catalogue (`Danh mục`): what each indicator is, read once and joined to its figures.

One row per indicator, keyed by `Mã` (code; case ignored, a numeric code
without leading zeros) or by `Chỉ tiêu` (name, by the one name key). It gives
the factor (100 for %, 1000 for ‰), the decimals, how it was measured (full
count, sample, self-selected), its direction, target, how periods add up
(`Tổng hợp`: sum of flows or last value of stocks), how the headline prints and
the briefing's theme. Figures with no catalogue row get defaults from their
own shape (a base makes a rate in per cent).
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import Problem, ProblemCollector
from .text import name_key


@dataclass(frozen=True)
class CatalogueEntry:
    """What the catalogue says of one indicator (None where it says nothing)."""

    factor: float | None
    decimals: int | None
    measurement: str | None
    direction: str | None
    target: float | None
    aggregation: str | None
    display: str | None
    theme: str | None
    note: str | None = None  # the indicator's caveat, for the figures without one of their own


@dataclass(frozen=True)
class Catalogue:
    """Catalogue entries with their keys and rows, and the problems found reading them."""

    entries: list[tuple[str | None, str | None, CatalogueEntry, str]]  # name, code, entry, cell
    problems: list[Problem]
    collect: ProblemCollector


def code_key(code: object) -> str | None:
    """Codes match whatever their case; a numeric code matches without leading zeros."""
    if code is None or (isinstance(code, float) and code != code):
        return None
    key = name_key(code)
    return (key.lstrip("0") or "0") if key.isdigit() else key
