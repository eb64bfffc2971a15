"""Where a cell stands: A1 references and zero-based (row, column) positions, and merged
areas. Every reading step names cells the same way, so a problem or a figure points at the
cell the user sees in Excel ('E7'), while the code counts from zero.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


def column_letter(column: int) -> str:
    """Excel letters of a zero-based column: 0 -> 'A', 27 -> 'AB'."""
    letters = ""
    column += 1
    while column:
        column, remainder = divmod(column - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def cell_ref(row: int, column: int) -> str:
    """A1 reference of a zero-based (row, column) position: (6, 4) -> 'E7'."""
    return f"{column_letter(column)}{row + 1}"


def column_index(letters: str) -> int:
    """'A' -> 0, 'AB' -> 27."""
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - 64)
    return index - 1


_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def position_of(ref: str | None) -> tuple[int, int] | None:
    """Zero-based (row, column) of an A1 reference: 'E7' -> (6, 4); None if it is not one."""
    match = _REF.fullmatch(ref or "")
    return (int(match[2]) - 1, column_index(match[1])) if match else None


@dataclass(frozen=True)
class Merged:
    """A merged area, zero-based and inclusive."""

    top: int
    left: int
    bottom: int
    right: int
