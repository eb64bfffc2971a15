"""Where a table's units or periods come from, as a typed value: a kind and its cells.

`chiso check` and `chiso explain` say where each table's units and periods were found (a
column, a column's header, the title cell, the sheet's name, a `Cách đọc` line…). A
`Source` keeps that as a kind and the cells it names, so each language's words come from
`labels.SOURCE_NAMES` by kind and nothing downstream reads a sentence back by its prefix.
Its text form ('column E', 'title cell A2', 'sheet name') is the public JSON's
(`unit_from`, `period_source`…) and does not change.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .labels import SOURCE_NAMES, Lang

SourceKind = Literal[
    "column",  # a column of row labels: cells 'D'
    "column_header",  # one column's header: cells 'D3'
    "column_headers",  # the headers of a run of columns: cells 'C:F'
    "title_cell",  # the title block above the table: cells 'A2'
    "sheet_name",
    "file_name",
    "heading_rows",  # heading rows inside the table ('Quý I', 'Xã A' above its rows)
    "reading_line",  # a `Cách đọc` line: cells 'A2' of that sheet
    "nowhere",  # not found: the figures lack it
]

# The public (JSON) text of each kind.
_TEXTS: tuple[tuple[SourceKind, str], ...] = (
    ("column_headers", "column headers {cells}"),
    ("column_header", "column header {cells}"),
    ("column", "column {cells}"),
    ("title_cell", "title cell {cells}"),
    ("reading_line", "Cách đọc {cells}"),
    ("sheet_name", "sheet name"),
    ("file_name", "file name"),
    ("heading_rows", "heading rows"),
    ("nowhere", "?"),
)
_TEXT = dict(_TEXTS)


@dataclass(frozen=True, eq=False)
class Source:
    """Where something was found: its kind and the cells it names ('' when none).

    Equal to another `Source` of the same kind and cells, and to its own public text
    ('column E'): the JSON form is what a reader or a test compares with. Nothing reads
    the text back."""

    kind: SourceKind
    cells: str = ""

    def describe(self, *, lang: Lang = "vi") -> str:
        """How a reader is told: 'tiêu đề cột D3' / 'the column header D3'."""
        return SOURCE_NAMES[lang][self.kind].format(cells=self.cells)

    def __str__(self) -> str:
        """The public JSON text: 'column E', 'column headers C:F', 'sheet name'."""
        return _TEXT[self.kind].format(cells=self.cells)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Source):
            return (self.kind, self.cells) == (other.kind, other.cells)
        if isinstance(other, str):
            return str(self) == other
        return NotImplemented

    def __hash__(self) -> int:
        return hash(str(self))  # equal to its text, so hashed as its text
