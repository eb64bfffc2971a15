"""Side sheets that list items one row each under a header (`Đơn vị`, `Chuyển đổi`): the
first sheet of a workbook with one of the given names, its header found as a table's is, and
each named column's cells as text."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from ..model.columns import ColumnSpec, find_header
from ..model.sheet_names import is_sheet_named
from .workbook import Workbook


@dataclass(frozen=True)
class Listing:
    """A side sheet: its name, the column of each field, and each field's cells by row."""

    sheet: str
    columns: dict[str, int]
    cells: dict[str, pd.Series]

    @property
    def rows(self) -> pd.Index:
        return next(iter(self.cells.values())).index


def read_listing(
    book: Workbook, names: tuple[str, ...], specs: tuple[ColumnSpec, ...], required: set[str]
) -> Listing | None:
    """The listing, or None when the workbook has no such sheet or its header lacks one of
    the `required` fields."""
    sheet = next((s.name for s in book.sheets if is_sheet_named(s.name, names)), None)
    if sheet is None:
        return None
    cells = book.sheet(sheet)
    header_row, columns = find_header(cells.head, specs)
    if not required <= set(columns):
        return None
    by_column = cells.columns(header_row + 1, text=sorted(columns.values()))
    return Listing(sheet, columns, {key: by_column[column] for key, column in columns.items()})
