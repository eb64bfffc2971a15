"""The only code that opens Excel files.

Every defence against damaged or hostile files sits here: the file is checked
as a zip container before any Excel library sees it (size, compression ratio,
macros, XML DOCTYPE/ENTITY declarations), and each sheet's XML is read once,
before any reader builds a grid of it, to measure its used range (a stray cell
in XFD1048576 must not ask for half a terabyte) and to collect what readers do
not give: hidden rows, merged areas, and the cells that read as blank but hold
an Excel error or a formula Excel never computed. The first rows (the title
block and the headers) are read from that XML with their number formats; the
columns below the headers are read by fastexcel straight into typed Arrow
columns when each column holds one kind of value, and cell by cell with
python-calamine when a column mixes kinds (numbers and text), so that a number
typed as text is never silently taken for a number. Nothing here evaluates
formulas or writes to the user's file.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast
from xml.etree import ElementTree

from ..model.errors import Problem, ProblemCode, WorkbookError
from ..model.text import normalize_text

if TYPE_CHECKING:
    import pandas as pd

CellValue = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
Grid = list[list[CellValue]]

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_MEMBER_RATIO = 200
MAX_MEMBERS = 10_000
MAX_CELLS = 10_000_000  # a dense grid this size is ~1 GB in Python
HEAD_ROWS = 31  # rows read with the title block and headers
# A sheet of up to this many rows (and cells) is read whole, cell by cell, so that every
# table on it can be found; a larger one is read as its first WINDOW_ROWS rows (where its
# tables and headers are found) and, below them, column by column, typed.
GRID_ROWS = 5_000
GRID_CELLS = 250_000
WINDOW_ROWS = 300
_XML_HEAD_BYTES = 64 * 1024
_MAX_PROLOG_BYTES = 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_MAIN_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"

__all__ = ["CellValue", "Grid", "SheetCells", "SheetInfo", "Workbook", "normalize_text"]


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


@dataclass(frozen=True)
class SheetInfo:
    """A sheet's name (as stored), whether Excel shows it, and its XML part in the zip."""

    name: str
    visible: bool
    part: str | None = None
    state: str = "visible"  # 'hidden', or 'veryHidden' (shown only from the VBA editor)


@dataclass(frozen=True)
class Merged:
    """A merged area, zero-based and inclusive."""

    top: int
    left: int
    bottom: int
    right: int


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
    number_formats: dict[tuple[int, int], str] = field(default_factory=dict)  # head cells
    # Cells whose text is longer than Excel allows, with its length: ('B2', 40013).
    long_texts: tuple[tuple[str, int], ...] = ()
    part: str | None = None  # the sheet's XML part in the zip
    date1904: bool = False
    _grid: tuple[Grid, bool] | None = field(default=None, repr=False)
    _percent: frozenset[tuple[int, int]] | None = field(default=None, repr=False)
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
                        data = _first_rows(archive, self.part or "", WINDOW_ROWS)
                        shared = _SharedStrings(archive)
                        styles = _date_styles(archive)
                        window, _ = _head_rows(
                            data, shared, styles, date1904=self.date1904, limit=WINDOW_ROWS
                        )
                    self._grid = (window, False)
            except (KeyboardInterrupt, SystemExit, WorkbookError):
                raise
            except BaseException as exc:  # noqa: BLE001 - reader errors and Rust panics alike
                raise _error(
                    self.path, "corrupt_workbook", sheet=self.name, detail=_short(exc)
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

    def percent_cells(self) -> frozenset[tuple[int, int]]:
        """The number cells formatted as a percentage ('0.0%'): Excel stores 0,2415 and
        shows 24,15%, so the figure is 24,15 per cent. Zero-based (row, column)."""
        if self._percent is None:
            try:
                with zipfile.ZipFile(self.path) as archive:
                    styles = _date_styles(archive)
                    percent = {
                        str(i).encode()
                        for i, code in enumerate(styles.formats)
                        if "%" in re.sub(r'"[^"]*"|\\.', "", code)
                    }
                    found: set[tuple[int, int]] = set()
                    if percent:
                        data = archive.read(self.part or "")
                        for match in _STYLED_CELL.finditer(data):
                            if match[3] in percent and match[4] in (None, b"n"):
                                found.add((int(match[2]) - 1, column_index(match[1].decode())))
                    self._percent = frozenset(found)
            except (KeyError, zipfile.BadZipFile, OSError):
                self._percent = frozenset()
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
        sources = {m.left for m in areas if m.top >= first_row and _overlaps(m, wanted)}
        text_columns = sorted({*text, *(sources - set(numbers))})
        if not wanted or first_row >= self.n_rows:
            return {c: pd.Series([None] * len(index), index=index, dtype=object) for c in wanted}
        try:
            if self.small:
                grid, _ = self.grid_rows()
                result = _grid_columns(grid, first_row, text_columns, numbers)
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
            raise _error(
                self.path, "corrupt_workbook", sheet=self.name, detail=_short(exc)
            ) from None
        result = {c: s.reindex(index) for c, s in result.items()}
        for area in areas:
            _fill_area(result, area, self.head, first_row)
        return {c: result[c] for c in wanted}


def _overlaps(area: Merged, columns: Sequence[int]) -> bool:
    return any(area.left <= c <= area.right for c in columns)


def _fill_area(result: dict[int, pd.Series], area: Merged, head: Grid, first_row: int) -> None:
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


_STYLED_CELL = re.compile(
    rb'<(?:\w+:)?c\b(?=[^>]*\br="([A-Z]{1,3})([0-9]{1,7})")(?=[^>]*\bs="([0-9]+)")'
    rb'(?:(?=[^>]*\bt="([a-z]+)"))?[^>]*>'
)


def _first_rows(archive: zipfile.ZipFile, part: str, rows: int) -> bytes:
    """The start of a sheet's XML, decompressed only as far as its first `rows` rows."""
    after = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
    data = b""
    with archive.open(part) as handle:
        while chunk := handle.read(1 << 20):
            data += chunk
            found = list(after.finditer(data, max(0, len(data) - len(chunk) - 64)))
            if found and int(found[-1][1]) > rows:
                break
    return data


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
    return _grid_columns(_calamine_grid(path, sheet), first_row, text, numbers)


def _grid_columns(
    grid: Grid, first_row: int, text: Sequence[int], numbers: Sequence[int]
) -> dict[int, pd.Series]:
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


_LOCK_OR_TEMPORARY = re.compile(r"^(?:~\$|\.~lock\.|~|\.)|\.(?:tmp|bak)$|#$", re.IGNORECASE)
_GLOB = re.compile(r"[*?\[]")


def find_workbooks(arguments: Sequence[str | Path]) -> tuple[list[Path], list[Problem]]:
    """The workbooks named by paths, folders (their .xlsx files) and glob patterns, in order.

    Excel's lock files (`~$báo cáo.xlsx`, left while a file is open) and temporary or
    hidden files are skipped with a note, never read and never reported as broken. A path
    that does not exist is kept, so that opening it reports `file_not_found`."""
    found: list[Path] = []
    notes: list[Problem] = []
    for argument in arguments:
        text = str(argument)
        if _GLOB.search(text) and not Path(text).exists():
            base = Path(text)
            anchor = Path(base.anchor) if base.is_absolute() else Path()
            relative = str(base.relative_to(anchor)) if base.is_absolute() else text
            candidates = sorted(p for p in anchor.glob(relative) if p.is_file())
        elif Path(text).is_dir():
            candidates = sorted(
                p for p in Path(text).iterdir() if p.is_file() and p.suffix.lower() in _EXCEL
            )
        else:
            found.append(Path(text))
            continue
        if not any(c.suffix.lower() in _EXCEL for c in candidates):
            # A folder or a pattern with no workbook: said, so that an empty run is not
            # taken for a clean one.
            notes.append(Problem(code="no_workbooks", file=text, details={"value": text}))
        for candidate in candidates:
            if _LOCK_OR_TEMPORARY.search(candidate.name):
                why = "tệp khoá hoặc tệp tạm của Excel / an Excel lock or temporary file"
                notes.append(
                    Problem(
                        code="skipped_file",
                        file=str(candidate),
                        details={"value": candidate.name, "detail": why},
                    )
                )
            elif candidate.suffix.lower() in _EXCEL:
                found.append(candidate)
    return list(dict.fromkeys(found)), notes


_EXCEL = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}


def open_workbook(path: str | Path) -> Workbook:
    """Open an .xlsx file for reading after checking it is safe to parse.

    Raises `WorkbookError` with a located problem when the file is missing,
    not an .xlsx, damaged, macro-enabled, or looks hostile.
    """
    path = Path(path)
    sheets, date1904 = _check_container(path)
    return Workbook(path=path, sheets=sheets, date1904=date1904)


# -- one pass over a sheet's XML -----------------------------------------------------------

_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_FAST_ROW = re.compile(rb'<row r="([0-9]{1,7})"')
_FAST_CELL = re.compile(rb'<c r="([A-Z]{1,3})')
_ANY_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\b[^>]*?\bref="(?:[A-Z]+[0-9]+:)?([A-Z]{1,3})([0-9]{1,7})"'
)
_MERGE = re.compile(
    rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})"'
)


def _read_sheet(path: Path, sheet: str, part: str | None, *, date1904: bool) -> SheetCells:
    if part is None:
        raise _error(path, "corrupt_workbook", sheet=sheet, detail="không thấy XML / no sheet XML")
    try:
        with zipfile.ZipFile(path) as archive:
            data = archive.read(part)
            shared = _SharedStrings(archive)
            styles = _date_styles(archive)
            rows, columns = _used_extent(data)
            if rows * columns > MAX_CELLS:
                extent = f"A1:{cell_ref(max(rows - 1, 0), max(columns - 1, 0))}"
                raise _error(
                    path,
                    "sheet_too_large",
                    sheet=sheet,
                    extent=extent,
                    limit=f"{MAX_CELLS:,}".replace(",", "."),
                )
            merged = tuple(
                Merged(
                    int(m[2]) - 1,
                    column_index(m[1].decode()),
                    int(m[4]) - 1,
                    column_index(m[3].decode()),
                )
                for m in _merge_cells(data)
            )
            head, formats = _head_rows(data, shared, styles, date1904=date1904)
            long_texts = _long_texts(data, shared)
    except WorkbookError:
        raise
    except KeyError:
        raise _error(
            path, "corrupt_workbook", sheet=sheet, detail=f"{part}: thiếu / missing"
        ) from None
    except Exception as exc:  # noqa: BLE001 - zip, zlib, XML or anything a damaged part raises
        raise _error(
            path, "corrupt_workbook", sheet=sheet, detail=f"{part}: {_short(exc)}"
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
        hidden_rows=frozenset(_hidden_rows(data)),
        merged=merged,
        causes=_blank_cell_causes(path, sheet, data),
        number_formats=formats,
        long_texts=long_texts,
        part=part,
        date1904=date1904,
    )


def _merge_cells(data: bytes) -> list[re.Match[bytes]]:
    """The sheet's <mergeCell> tags; they follow the cells, so the search starts there."""
    start = data.rfind(b"</sheetData>")
    start = data.find(b"mergeCell", max(start, 0))
    return [] if start < 0 else list(_MERGE.finditer(data, max(start - 16, 0)))


def _used_extent(data: bytes) -> tuple[int, int]:
    """(rows, columns) from A1 to the farthest cell the sheet's XML holds.

    Excel and most writers start every row and cell tag with its reference
    (`<row r="7"`, `<c r="E7"`) and state the used range in `<dimension>`. In
    that common form the rows are read from the row tags and the columns taken
    from `<dimension>` once one search has shown that no cell lies beyond it;
    anything else is scanned cell by cell."""
    head = data[:_XML_HEAD_BYTES]
    plain = re.search(rb"<\w+:worksheet\b", head) is None and _TAG_WITHOUT_REF.search(data) is None
    if plain:
        max_row = max(map(int, _FAST_ROW.findall(data)), default=0)
        dimension = _DIMENSION.search(head)
        if dimension is not None:
            claimed = column_index(dimension[1].decode()) + 1
            if _cell_beyond(data, claimed) is None:
                return max_row, claimed
        letters = {c.decode() for c in _FAST_CELL.findall(data)}
        return max_row, max((column_index(c) + 1 for c in letters), default=0)
    max_row = max_column = 0
    matches = list(_ANY_CELL.finditer(data)) or list(_DIMENSION.finditer(data))
    for match in matches:
        max_column = max(max_column, column_index(match[1].decode()) + 1)
        max_row = max(max_row, int(match[2]))
    return max_row, max_column


_TAG_WITHOUT_REF = re.compile(rb'<(?:c|row)(?:>|/| (?!r="))')


def _cell_beyond(data: bytes, columns: int) -> re.Match[bytes] | None:
    """The first cell to the right of the first `columns` columns, if any."""
    if columns >= 26:
        letters = column_letter(columns - 1)
        if len(letters) == 3:
            return None  # XFD is Excel's last column: nothing lies beyond three letters
        return re.search(rb'<c r="(?:[A-Z]{3}|(?:' + _after(letters) + rb"))[0-9]", data)
    following = chr(65 + columns)
    return re.search(rb'<c r="(?:[A-Z]{2,3}|[' + following.encode() + rb"-Z])[0-9]", data)


def _after(letters: str) -> bytes:
    """A pattern for two-letter columns after `letters` ('AB' -> later AB.., B.., …)."""
    first, second = letters[0], letters[1]
    options = []
    if first < "Z":
        options.append(f"[{chr(ord(first) + 1)}-Z][A-Z]")
    if second < "Z":
        options.append(f"{first}[{chr(ord(second) + 1)}-Z]")
    return "|".join(options or ["(?!)"]).encode()


EXCEL_TEXT_LIMIT = 32_767  # characters Excel holds in one cell
# A text run of this many bytes may be over the limit (a character takes 1 to 4 bytes).
# The plain forms start with a literal, which the regex engine finds fast; the namespaced
# form ('<x:t>') is looked for only in a file that uses it.
_LONG_RUN = re.compile(rb"<t(?:>| [^>]*>)([^<]{%d,})<" % (EXCEL_TEXT_LIMIT + 1))
_LONG_RUN_PREFIXED = re.compile(rb"<\w+:t\b[^>]*>([^<]{%d,})<" % (EXCEL_TEXT_LIMIT + 1))
_CELL_START = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"')
_SHARED_CELL = re.compile(
    rb'<(?:\w+:)?c\b(?=[^>]*\bt="s")[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"[^>]*>\s*'
    rb"<(?:\w+:)?v>([0-9]+)</(?:\w+:)?v>"
)


def _long_texts(data: bytes, shared: _SharedStrings) -> tuple[tuple[str, int], ...]:
    """The cells whose text is longer than Excel allows (another tool wrote them, or the
    file is damaged), with each one's length: readers cut such text without a word.

    Text typed in the sheet (inline) and shared strings are both looked at; the byte scan
    finds candidates at C speed, and only those are decoded."""
    found: list[tuple[str, int]] = []
    runs: list[re.Match[bytes]] = []
    if b"<is>" in data:  # text typed in the sheet itself (inline strings)
        runs += _LONG_RUN.finditer(data)
    if b":is>" in data:
        runs += _LONG_RUN_PREFIXED.finditer(data)
    for match in runs:
        length = len(match.group(1).decode("utf-8", "replace"))
        start = data.rfind(b"<c", 0, match.start())
        owner = _CELL_START.match(data, start) if start >= 0 else None
        if length > EXCEL_TEXT_LIMIT and owner is not None:
            found.append((owner.group(1).decode(), length))
    long_items = shared.long_items(EXCEL_TEXT_LIMIT)
    if long_items:
        for match in _SHARED_CELL.finditer(data):
            index = int(match.group(2))
            if index in long_items:
                found.append((match.group(1).decode(), long_items[index]))
    return tuple(found)


def _hidden_rows(data: bytes) -> set[int]:
    if b"hidden=" not in data:
        return set()
    rows = set()
    for match in _ROW_TAG.finditer(data):
        tag = match.group(0)
        number = _ROW_NUMBER.search(tag)
        if number and _HIDDEN.search(tag):
            rows.add(int(number[1]))
    return rows


def _blank_cell_causes(
    path: Path, sheet: str, data: bytes
) -> dict[tuple[int, int], tuple[str, str]]:
    prefixed = re.search(rb"<\w+:worksheet\b", data[:_XML_HEAD_BYTES]) is not None
    if b"<f" not in data and not (prefixed and b":f" in data) and b't="e"' not in data:
        return {}
    causes: dict[tuple[int, int], tuple[str, str]] = {}
    try:
        # Safe to parse: every XML part was checked for DOCTYPE/ENTITY on opening.
        for _event, element in ElementTree.iterparse(io.BytesIO(data), events=("end",)):
            if not element.tag.endswith("}c"):
                if element.tag.endswith("}row"):
                    element.clear()
                continue
            ref = element.get("r")
            formula = value = None
            for child in element:
                if child.tag.endswith("}f"):
                    formula = child
                elif child.tag.endswith("}v"):
                    value = child
            position = _position(ref)
            if position and element.get("t") == "e" and value is not None and value.text:
                causes[position] = ("error", value.text)
            elif position and formula is not None and _never_computed(element, value):
                causes[position] = ("formula", "=" + (formula.text or "…"))
    except ElementTree.ParseError as exc:
        raise _error(path, "corrupt_workbook", sheet=sheet, detail=_short(exc)) from None
    return causes


_REF = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def _position(ref: str | None) -> tuple[int, int] | None:
    match = _REF.fullmatch(ref or "")
    return (int(match[2]) - 1, column_index(match[1])) if match else None


def _never_computed(cell: ElementTree.Element, value: ElementTree.Element | None) -> bool:
    # Excel saves an empty-text result as t="str" with an empty <v>; a writer that never
    # computed the formula leaves <v> out or empty without that type.
    if value is None:
        return True
    return not value.text and cell.get("t") not in ("str", "inlineStr")


# -- the head rows, read from the XML with their number formats ---------------------------------

_BUILTIN_DATE_FORMATS = {*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)}
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_BUILTIN_FORMATS = {9: "0%", 10: "0.00%", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00"}


@dataclass(frozen=True)
class _Styles:
    formats: list[str]  # cellXfs index -> number format code
    dates: list[bool]  # cellXfs index -> is a date format


def _date_styles(archive: zipfile.ZipFile) -> _Styles:
    try:
        root = ElementTree.fromstring(archive.read("xl/styles.xml"))
    except KeyError:
        return _Styles([], [])
    custom = {
        int(fmt.get("numFmtId", "0")): fmt.get("formatCode", "")
        for fmt in root.iter(f"{_MAIN_NS}numFmt")
    }
    formats: list[str] = []
    dates: list[bool] = []
    cell_xfs = root.find(f"{_MAIN_NS}cellXfs")
    for xf in cell_xfs if cell_xfs is not None else []:
        number = int(xf.get("numFmtId", "0") or 0)
        code = custom.get(number, _BUILTIN_FORMATS.get(number, "General"))
        formats.append(code)
        bare = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code)
        dates.append(number in _BUILTIN_DATE_FORMATS or bool(_DATE_CODE.search(bare)))
    return _Styles(formats, dates)


class _SharedStrings:
    """The shared string table, parsed only as far as the head rows need it."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self._archive = archive
        self._strings: list[str] | None = None

    def long_items(self, limit: int) -> dict[int, int]:
        """The strings longer than `limit` characters, by index, with their lengths."""
        self._load()
        assert self._strings is not None
        return {i: len(s) for i, s in enumerate(self._strings) if len(s) > limit}

    def get(self, index: int) -> str:
        self._load()
        assert self._strings is not None
        if not 0 <= index < len(self._strings):
            raise ValueError(f"shared string {index} missing")
        return self._strings[index]

    def _load(self) -> None:
        if self._strings is None:
            self._strings = []
            try:
                data = self._archive.read("xl/sharedStrings.xml")
            except KeyError:
                data = b""
            if data:
                for _event, element in ElementTree.iterparse(io.BytesIO(data), events=("end",)):
                    if element.tag.endswith("}si"):
                        self._strings.append(_item_text(element))
                        element.clear()


def _item_text(element: ElementTree.Element) -> str:
    """Text of a string item (plain or rich text), without phonetic runs."""
    parts = []
    for child in element:
        if child.tag.endswith("}t"):
            parts.append(child.text or "")
        elif child.tag.endswith("}r"):
            parts += [t.text or "" for t in child if t.tag.endswith("}t")]
    return "".join(parts)


def _head_rows(
    data: bytes,
    shared: _SharedStrings,
    styles: _Styles,
    *,
    date1904: bool,
    limit: int = HEAD_ROWS,
) -> tuple[Grid, dict[tuple[int, int], str]]:
    parser: Any = ElementTree.XMLPullParser(events=("end",))
    grid: Grid = []
    formats: dict[tuple[int, int], str] = {}
    position = 0
    done = False
    while not done and position < len(data):
        parser.feed(data[position : position + _XML_HEAD_BYTES])
        position += _XML_HEAD_BYTES
        for _event, element in parser.read_events():
            if not isinstance(element, ElementTree.Element) or not element.tag.endswith("}row"):
                continue
            row_number = int(element.get("r") or len(grid) + 1) - 1
            if row_number >= limit:
                done = True
                break
            while len(grid) <= row_number:
                grid.append([])
            cells = grid[row_number]
            for cell in element:
                if not cell.tag.endswith("}c"):
                    continue
                where = _position(cell.get("r")) or (row_number, len(cells))
                column = where[1]
                value, code = _cell_value(cell, shared, styles, date1904=date1904)
                while len(cells) <= column:
                    cells.append(None)
                cells[column] = value
                if code and code != "General":
                    formats[(row_number, column)] = code
            element.clear()
    width = max((len(r) for r in grid), default=0)
    return [r + [None] * (width - len(r)) for r in grid], formats


def _cell_value(
    cell: ElementTree.Element, shared: _SharedStrings, styles: _Styles, *, date1904: bool
) -> tuple[CellValue, str | None]:
    kind = cell.get("t", "n")
    style = int(cell.get("s", "0") or 0)
    code = styles.formats[style] if style < len(styles.formats) else None
    raw = next((c.text for c in cell if c.tag.endswith("}v")), None)
    if kind == "inlineStr":
        inline = next((c for c in cell if c.tag.endswith("}is")), None)
        text = _item_text(inline) if inline is not None else ""
        return (text or None), code
    if raw is None or raw == "":
        return None, code
    if kind == "s":
        return (shared.get(int(raw)) or None), code
    if kind in ("str", "e"):
        return (raw if kind == "str" else None), code
    if kind == "b":
        return raw in ("1", "true"), code
    number = float(raw)
    if style < len(styles.dates) and styles.dates[style]:
        epoch = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
        return epoch + dt.timedelta(days=number), code
    return (int(number) if number.is_integer() and abs(number) < 2**53 else number), code


# -- the container ---------------------------------------------------------------------------


def _workbook_sheets(archive: zipfile.ZipFile) -> tuple[list[SheetInfo], bool]:
    """Worksheets in order, with visibility and XML part, and the 1904 date system flag."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return [], False
    targets = {rel.get("Id"): (rel.get("Target", ""), rel.get("Type", "")) for rel in rels}
    sheets: list[SheetInfo] = []
    for element in book.iter():
        if not element.tag.endswith("}sheet"):
            continue
        rel_id = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
        target, kind = targets.get(rel_id, ("", ""))
        name = element.get("name")
        if not name or not target or (kind and not kind.endswith("/worksheet")):
            continue
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        state = element.get("state", "visible")
        sheets.append(SheetInfo(name=name, visible=state == "visible", part=part, state=state))
    flag = next((e.get("date1904") for e in book.iter() if e.tag.endswith("}workbookPr")), None)
    return sheets, flag in ("1", "true")


def _check_container(path: Path) -> tuple[list[SheetInfo], bool]:
    """Check the file as a zip of a real .xlsx; returns its worksheets and date system."""
    if not path.exists():
        raise _error(path, "file_not_found")
    if not path.is_file():
        raise _error(path, "not_a_file")
    size = path.stat().st_size
    if size == 0:
        raise _error(path, "empty_file")
    if size > MAX_FILE_BYTES:
        raise _error(path, "file_too_large", size=str(size), limit=str(MAX_FILE_BYTES))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(_OLE_MAGIC):
        raise _error(path, "legacy_or_encrypted")
    if not head.startswith(_ZIP_MAGIC):
        raise _error(path, "not_xlsx", detail="không phải tệp zip / not a zip container")
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(path, archive)
            return _workbook_sheets(archive)
    except WorkbookError:
        raise
    except Exception as exc:  # noqa: BLE001 - the zip's directory or workbook.xml is damaged
        raise _error(path, "corrupt_workbook", detail=_short(exc)) from None


def _check_members(path: Path, archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    names = {info.filename for info in members}
    if len(members) > MAX_MEMBERS:
        raise _error(path, "zip_bomb", detail=f"{len(members)} members")
    if "xl/workbook.xml" not in names:
        detail = "thiếu xl/workbook.xml / no xl/workbook.xml"
        if "xl/workbook.bin" in names:
            detail = ".xlsb"
        elif "content.xml" in names:
            detail = ".ods"
        elif "word/document.xml" in names:
            detail = ".docx"
        raise _error(path, "not_xlsx", detail=detail)
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise _error(path, "macro_workbook")
    total = 0
    for info in members:
        total += info.file_size
        compressed = max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and info.file_size / compressed > MAX_MEMBER_RATIO:
            raise _error(
                path, "zip_bomb", detail=f"{info.filename}: ratio {info.file_size // compressed}:1"
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _error(path, "zip_bomb", detail=f"{total} bytes uncompressed")
    for info in members:
        if info.filename.endswith((".xml", ".rels")):
            _check_xml_head(path, archive, info)


def _check_xml_head(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    """Refuse DOCTYPE/ENTITY declarations. They can only stand in the prolog, before the
    root element, so the prolog is walked token by token (declaration, comments,
    processing instructions) up to the root, however much padding it holds."""
    data = b""
    try:
        with archive.open(info) as handle:
            while True:
                verdict = _prolog_verdict(_as_utf8(data))
                if verdict is not None:
                    break
                chunk = handle.read(_XML_HEAD_BYTES)
                if not chunk or len(data) > _MAX_PROLOG_BYTES:
                    verdict = "end"
                    break
                data += chunk
    except Exception as exc:  # noqa: BLE001 - a damaged member: zip, zlib, an encryption flag…
        raise _error(path, "corrupt_workbook", detail=f"{info.filename}: {_short(exc)}") from None
    if verdict == "declaration":
        raise _error(path, "xml_entities", detail=info.filename)


def _prolog_verdict(text: bytes) -> str | None:
    """'root' when the root element is reached cleanly, 'declaration' at a <!DOCTYPE or
    <!ENTITY, None when more bytes are needed to tell."""
    position = 0
    while True:
        while position < len(text) and text[position : position + 1].isspace():
            position += 1
        rest = text[position:]
        if len(rest) < 4:
            return None
        if rest.startswith(b"\xef\xbb\xbf"):  # UTF-8 byte order mark
            position += 3
        elif rest.startswith(b"<?"):
            end = rest.find(b"?>")
            if end < 0:
                return None
            position += end + 2
        elif rest.startswith(b"<!--"):
            end = rest.find(b"-->", 4)
            if end < 0:
                return None
            position += end + 3
        elif rest.startswith(b"<!"):
            return "declaration"  # DOCTYPE (and any ENTITY inside it), or worse
        else:
            return "root"


def _as_utf8(data: bytes) -> bytes:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="ignore").encode("utf-8")
    return data


def _error(
    path: Path, code: ProblemCode, *, sheet: str | None = None, **details: str
) -> WorkbookError:
    return WorkbookError(Problem(code=code, file=str(path), sheet=sheet, details=details))


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]
