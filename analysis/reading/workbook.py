"""The only code that opens Excel files.

Every defence against damaged or hostile files sits here or in the steps it calls: the
file is checked as a zip container before any Excel library sees it (size, compression
ratio, macros, XML DOCTYPE/ENTITY declarations: `container`), and each sheet's XML is read
once, before any reader builds a grid of it, to measure its used range (a stray cell in
XFD1048576 must not ask for half a terabyte) and to collect what readers do not give:
hidden rows, merged areas, and the cells that read as blank but hold an Excel error or a
formula Excel never computed (`sheet_scan`). The first rows (the title block and the
headers) are read from that XML (`cell_xml`); the columns below the headers are read by
fastexcel straight into typed Arrow columns when each column holds one kind of value, and
cell by cell with python-calamine when a column mixes kinds (numbers and text), so that a
number typed as text is never silently taken for a number. Nothing here evaluates formulas
or writes to the user's file.
"""

from __future__ import annotations

import logging
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..model.errors import WorkbookError
from .cell_xml import (
    CellValue,
    Grid,
    PercentCells,
    SharedStrings,
    first_rows,
    head_rows,
    percent_cells,
    read_styles,
)
from .columns import fill_area, grid_columns, overlaps
from .container import (
    SheetInfo,
    check_file,
    check_members,
    short_reason,
    workbook_error,
    workbook_sheets,
)
from .positions import Merged, cell_ref, column_index, column_letter
from .sheet_scan import (
    blank_cell_causes,
    hidden_rows,
    invisible_texts,
    long_texts,
    merged_areas,
    used_extent,
)

if TYPE_CHECKING:
    import pandas as pd

MAX_CELLS = 10_000_000  # a dense grid this size is ~1 GB in Python
# A sheet of up to this many rows (and cells) is read whole, cell by cell, so that every
# table on it can be found; a larger one is read as its first WINDOW_ROWS rows (where its
# tables and headers are found) and, below them, column by column, typed.
GRID_ROWS = 5_000
GRID_CELLS = 250_000
WINDOW_ROWS = 300

# Names the reading steps take from here, wherever they are made.
__all__ = [
    "CellValue",
    "Grid",
    "Merged",
    "SheetCells",
    "SheetInfo",
    "Workbook",
    "cell_ref",
    "column_index",
    "column_letter",
    "open_workbook",
]


@dataclass
class SheetCells:
    """One sheet as data, read once.

    `head` holds the first `HEAD_ROWS` rows from A1 (merged areas filled with
    their top-left value); `columns(...)` gives the columns below them, typed.
    Positions are zero-based (row 0 is Excel row 1), so `cell_ref` maps them
    to A1 references. `causes` maps a blank-looking cell's position to
    ('error', '#DIV/0!') or ('formula', '=SUM(…)') for a formula never computed.
    """

    path: Path
    name: str
    n_rows: int
    n_columns: int
    head: Grid
    hidden_rows: frozenset[int]  # Excel row numbers (1-based)
    merged: tuple[Merged, ...]
    causes: dict[tuple[int, int], tuple[str, str]]
    # Cells whose text is longer than Excel allows, with its length: ('B2', 40013).
    long_texts: tuple[tuple[str, int], ...] = ()
    # Cells whose text held invisible characters, removed on reading: ('B2', 'U+200B').
    invisible_texts: tuple[tuple[str, str], ...] = ()
    part: str | None = None  # the sheet's XML part in the zip
    date1904: bool = False
    _grid: tuple[Grid, bool] | None = field(default=None, repr=False)
    _percent: PercentCells | None = field(default=None, repr=False)
    # Columns already read: (first row, column, read as numbers) -> its cells.
    _read: dict[tuple[int, int, bool], pd.Series] = field(default_factory=dict, repr=False)

    @property
    def small(self) -> bool:
        """Whether the sheet is read whole, cell by cell (see GRID_ROWS)."""
        return self.n_rows <= GRID_ROWS and self.n_rows * self.n_columns <= GRID_CELLS

    def grid_rows(self) -> tuple[Grid, bool]:
        """The sheet's cells from A1 as rows of values, merged areas not spread: the whole
        sheet when it is small, else its first `WINDOW_ROWS` rows; and whether that is the
        whole sheet. Raises `WorkbookError` (corrupt_workbook) when a reader fails."""
        if self._grid is None:
            try:
                if self.small:
                    grid = _calamine_grid(self.path, self.name)
                    self._grid = (grid, True)
                else:
                    with zipfile.ZipFile(self.path) as archive:
                        data = first_rows(archive, self.part or "", WINDOW_ROWS)
                        shared = SharedStrings(archive)
                        styles = read_styles(archive)
                        window = head_rows(
                            data, shared, styles, date1904=self.date1904, limit=WINDOW_ROWS
                        )
                    self._grid = (window, False)
            except (KeyboardInterrupt, SystemExit, WorkbookError):
                raise
            except BaseException as exc:  # noqa: BLE001 - reader errors and Rust panics alike
                raise workbook_error(
                    self.path, "corrupt_workbook", sheet=self.name, detail=short_reason(exc)
                ) from None
        return self._grid

    def columns(
        self, first_row: int, *, text: Sequence[int] = (), numbers: Sequence[int] = ()
    ) -> dict[int, pd.Series]:
        """The cells of some columns from row `first_row` down to the last used row.

        Each is a Series indexed by zero-based row. `text` columns hold text, blank
        cells missing (a number in them reads as its digits: 1 -> '1'). `numbers` columns are
        float64 when every cell is a number or blank, and otherwise the raw values
        (object), so that a number typed as text is seen as text. Merged areas are
        filled with their top-left value. Raises `WorkbookError` (corrupt_workbook)
        when a reader fails.
        """

        keys = [(first_row, c, False) for c in text] + [(first_row, c, True) for c in numbers]
        missing_text = [c for c in text if (first_row, c, False) not in self._read]
        missing_numbers = [c for c in numbers if (first_row, c, True) not in self._read]
        if missing_text or missing_numbers:
            fresh = self._columns(first_row, text=missing_text, numbers=missing_numbers)
            for column in missing_text:
                self._read[(first_row, column, False)] = fresh[column]
            for column in missing_numbers:
                self._read[(first_row, column, True)] = fresh[column]
        return {key[1]: self._read[key] for key in keys}

    def percent_cells(self) -> PercentCells:
        """The number cells whose format prints '%': formatted as a percentage ('0.0%':
        Excel stores 0,2415 and shows 24,15%, so the figure is 24,15 per cent) or with a
        literal '%' ('0.0"%"': 24,15 shows 24,15%). Zero-based (row, column)."""
        if self._percent is None:
            try:
                with zipfile.ZipFile(self.path) as archive:
                    self._percent = percent_cells(archive, self.part or "")
            except (KeyError, zipfile.BadZipFile, OSError):
                self._percent = PercentCells()
        return self._percent

    def forget_columns(self) -> None:
        """Let go of the columns read (a table's figures hold what they need of them)."""
        self._read.clear()

    def _columns(
        self, first_row: int, *, text: Sequence[int] = (), numbers: Sequence[int] = ()
    ) -> dict[int, pd.Series]:
        import pandas as pd

        index = pd.RangeIndex(first_row, max(self.n_rows, first_row))
        wanted = sorted({*text, *numbers})
        areas = [
            m
            for m in self.merged
            if m.bottom >= first_row and (m.bottom > m.top or m.right > m.left)
        ]
        sources = {m.left for m in areas if m.top >= first_row and overlaps(m, wanted)}
        text_columns = sorted({*text, *(sources - set(numbers))})
        if not wanted or first_row >= self.n_rows:
            return {c: pd.Series([None] * len(index), index=index, dtype=object) for c in wanted}
        try:
            if self.small:
                grid, _ = self.grid_rows()
                result = grid_columns(grid, first_row, text_columns, numbers)
            else:
                try:
                    result = _typed_columns(
                        self.path, self.name, first_row, text_columns, numbers, self.n_columns
                    )
                except _MixedColumn:
                    result = _raw_columns(self.path, self.name, first_row, text_columns, numbers)
        except (KeyboardInterrupt, SystemExit, WorkbookError):
            raise
        except BaseException as exc:  # noqa: BLE001 - reader errors and Rust panics alike
            raise workbook_error(
                self.path, "corrupt_workbook", sheet=self.name, detail=short_reason(exc)
            ) from None
        result = {c: s.reindex(index) for c, s in result.items()}
        for area in areas:
            fill_area(result, area, self.head, first_row)
        return {c: result[c] for c in wanted}


class _MixedColumn(Exception):
    """A column holds more than one kind of value: read it cell by cell."""


def _typed_columns(
    path: Path,
    sheet: str,
    first_row: int,
    text: Sequence[int],
    numbers: Sequence[int],
    width: int,
) -> dict[int, pd.Series]:
    import fastexcel
    import numpy as np
    import pandas as pd

    # fastexcel notes its type guesses through logging; chiso reports what it read itself, so
    # those notes must not reach the terminal through logging's last-resort handler.
    quiet = logging.getLogger("fastexcel")
    if not any(isinstance(h, logging.NullHandler) for h in quiet.handlers):
        quiet.addHandler(logging.NullHandler())
    wanted = sorted({*text, *numbers})
    # Every column but the number columns is read as text, so that mixtures in columns
    # nobody needs (or in name columns) never stop the fast path.
    dtypes = {c: "string" for c in range(max(width, wanted[-1] + 1)) if c not in numbers}
    reader = fastexcel.read_excel(str(path))
    try:
        loaded = reader.load_sheet(
            sheet,
            header_row=None,
            skip_rows=first_row,
            use_columns=wanted,
            dtypes=cast(Any, dtypes),
            dtype_coercion="strict",
            schema_sample_rows=None,
        )
        frame = loaded.to_pandas()
        columns = [info.absolute_index for info in loaded.selected_columns]
    except fastexcel.UnsupportedColumnTypeCombinationError:
        raise _MixedColumn from None
    index = pd.RangeIndex(first_row, first_row + len(frame))
    result: dict[int, pd.Series] = {}
    for position, column in enumerate(columns):
        series = frame.iloc[:, position].set_axis(index)
        if column in numbers and not pd.api.types.is_float_dtype(series.dtype):
            if not series.isna().all():
                raise _MixedColumn  # dates, true/false or text in a number column
            series = pd.Series(np.nan, index=index, dtype=np.float64)
        result[column] = series  # text stays in Arrow: converted once, by whoever needs it
    for column in wanted:
        if column not in result:
            result[column] = pd.Series([None] * len(frame), index=index, dtype=object)
    return result


def _calamine_grid(path: Path, sheet: str) -> Grid:
    """Every cell of a sheet from A1, blanks as None (calamine, cell by cell)."""
    from python_calamine import CalamineWorkbook

    rows = (
        CalamineWorkbook.from_path(str(path))
        .get_sheet_by_name(sheet)
        .to_python(skip_empty_area=False)
    )
    return [[None if v == "" else v for v in row] for row in rows]


def _raw_columns(
    path: Path, sheet: str, first_row: int, text: Sequence[int], numbers: Sequence[int]
) -> dict[int, pd.Series]:
    return grid_columns(_calamine_grid(path, sheet), first_row, text, numbers)


@dataclass
class Workbook:
    """An opened, checked workbook: its sheets, each read once on request."""

    path: Path
    sheets: list[SheetInfo]
    date1904: bool = False
    _cells: dict[str, SheetCells] = field(default_factory=dict, repr=False)

    @property
    def file_label(self) -> str:
        """The path as the user gave it, used to locate problems and figures."""
        return str(self.path)

    def sheet(self, name: str) -> SheetCells:
        """A sheet's cells; raises `WorkbookError` for an absurd used range or damaged XML."""
        if name not in self._cells:
            info = next((s for s in self.sheets if s.name == name), None)
            part = info.part if info else None
            self._cells[name] = _read_sheet(self.path, name, part, date1904=self.date1904)
        return self._cells[name]

    def opened_sheets(self) -> list[str]:
        """The names of the sheets read so far, in the order they were first read."""
        return list(self._cells)


def open_workbook(path: str | Path) -> Workbook:
    """Open an .xlsx file for reading after checking it is safe to parse.

    Raises `WorkbookError` with a located problem when the file is missing,
    not an .xlsx, damaged, macro-enabled, or looks hostile.
    """
    path = Path(path)
    sheets, date1904 = _check_container(path)
    return Workbook(path=path, sheets=sheets, date1904=date1904)


def _check_container(path: Path) -> tuple[list[SheetInfo], bool]:
    """Check the file as a zip of a real .xlsx; returns its worksheets and date system."""
    check_file(path)
    try:
        with zipfile.ZipFile(path) as archive:
            check_members(path, archive)
            return workbook_sheets(archive)
    except WorkbookError:
        raise
    except Exception as exc:  # noqa: BLE001 - the zip's directory or workbook.xml is damaged
        raise workbook_error(path, "corrupt_workbook", detail=short_reason(exc)) from None


def _read_sheet(path: Path, sheet: str, part: str | None, *, date1904: bool) -> SheetCells:
    if part is None:
        raise workbook_error(
            path, "corrupt_workbook", sheet=sheet, detail="không thấy XML / no sheet XML"
        )
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read(part)
            shared = SharedStrings(archive)
            styles = read_styles(archive)
            rows, columns = used_extent(data)
            if rows * columns > MAX_CELLS:
                extent = f"A1:{cell_ref(max(rows - 1, 0), max(columns - 1, 0))}"
                raise workbook_error(
                    path,
                    "sheet_too_large",
                    sheet=sheet,
                    extent=extent,
                    limit=f"{MAX_CELLS:,}".replace(",", "."),
                )
            merged = merged_areas(data)
            head = head_rows(data, shared, styles, date1904=date1904)
            too_long = long_texts(data, shared)
            invisible = invisible_texts(data, shared)
    except WorkbookError:
        raise
    except KeyError:
        raise workbook_error(
            path, "corrupt_workbook", sheet=sheet, detail=f"{part}: thiếu / missing"
        ) from None
    except Exception as exc:  # noqa: BLE001 - zip, zlib, XML or anything a damaged part raises
        raise workbook_error(
            path, "corrupt_workbook", sheet=sheet, detail=f"{part}: {short_reason(exc)}"
        ) from None
    for area in merged:
        for row_index in range(area.top, min(area.bottom, len(head) - 1) + 1):
            row = head[row_index]
            if area.top >= len(head) or area.left >= len(head[area.top]):
                break
            value = head[area.top][area.left]
            for column in range(area.left, min(area.right, len(row) - 1) + 1):
                row[column] = value
    return SheetCells(
        path=path,
        name=sheet,
        n_rows=rows,
        n_columns=columns,
        head=head,
        hidden_rows=frozenset(hidden_rows(data)),
        merged=merged,
        causes=blank_cell_causes(path, sheet, data),
        long_texts=too_long,
        invisible_texts=invisible,
        part=part,
        date1904=date1904,
    )
