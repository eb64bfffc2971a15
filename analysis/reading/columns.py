"""The columns below a sheet's headers as pandas Series indexed by zero-based row: taken
from a grid of cells read cell by cell, typed the way the fast column reader types them, and
with each merged area's top-left value spread over the cells it covers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from .cell_xml import CellValue, Grid
from .positions import Merged

if TYPE_CHECKING:
    import pandas as pd


def overlaps(area: Merged, columns: Sequence[int]) -> bool:
    """Whether a merged area covers any of the columns."""
    return any(area.left <= c <= area.right for c in columns)


def fill_area(result: dict[int, pd.Series], area: Merged, head: Grid, first_row: int) -> None:
    """Give every cell of a merged area its top-left value, in the columns read."""
    import pandas as pd

    targets = [c for c in result if area.left <= c <= area.right]
    source = result.get(area.left)
    if not targets:
        return
    value: object
    if area.top >= first_row and source is not None and area.top in source.index:
        value = source.loc[area.top]
    elif area.top < len(head) and area.left < len(head[area.top]):
        value = head[area.top][area.left]
    else:
        return
    if value is None or (isinstance(value, float) and value != value):
        return
    start = max(area.top, first_row)
    for column in targets:
        series = result[column]
        number = isinstance(value, (int, float)) and not isinstance(value, bool)
        if not (number and pd.api.types.is_float_dtype(series.dtype)) and series.dtype != object:
            series = series.astype(object)
        series.loc[start : area.bottom] = value
        result[column] = series


def grid_columns(
    grid: Grid, first_row: int, text: Sequence[int], numbers: Sequence[int]
) -> dict[int, pd.Series]:
    """Columns of a grid from row `first_row` down, as the typed reader gives them: `text`
    columns as text (blank None), `numbers` columns float64 when every cell is a number or
    blank, else the raw values (object), so that a number typed as text is seen as text."""
    import numpy as np
    import pandas as pd

    body = grid[first_row:]
    index = pd.RangeIndex(first_row, first_row + len(body))
    result: dict[int, pd.Series] = {}
    for column in sorted({*text, *numbers}):
        values: list[CellValue] = [
            None if column >= len(row) or row[column] == "" else row[column] for row in body
        ]
        if column in numbers:
            plain = all(
                v is None or (isinstance(v, (int, float)) and not isinstance(v, bool))
                for v in values
            )
            dtype = np.float64 if plain else object
            result[column] = pd.Series(values, index=index, dtype=dtype)
        else:
            result[column] = pd.Series([_as_text(v) for v in values], index=index, dtype=object)
    return result


def _as_text(value: CellValue) -> str | None:
    """A cell read as text, as the fast reader gives it: 1.0 -> '1', a date -> ISO form."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date):
        return value.strftime("%Y-%m-%d 00:00:00")
    return str(value)
