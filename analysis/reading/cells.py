"""Cells: a sheet as data, one entry per cell, before anything is decided about it.

Like tidyxl, every cell is data first: its value as stored, its kind (a number, text that
reads as a number the Vietnamese way, a sentinel such as '-' or '…', other text, a date),
and the merged area it belongs to. Merged areas are *not* spread here: spreading a merged
number would duplicate it; the later steps spread header and label cells where a merge
means "this text covers these cells". Each distinct text is classified once.

A sheet small enough to read whole is read whole; a larger one (a long table of hundreds
of thousands of rows) is read as a window of its first rows, enough to find its tables and
headers, and the columns below are read typed, column by column (`workbook.SheetCells`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache

import numpy as np
import numpy.typing as npt

from ..model.text import normalize_text
from .number_text import NoDataError, NumberParseError, parse_number
from .workbook import CellValue, Merged, SheetCells, cell_ref

BLANK, NUMBER, TEXT, NUMBER_TEXT, SENTINEL, DATE, OTHER = range(7)

# '12 đ/c', '420 đảng viên', '15 người': a count with its unit of measure, as a Word table
# pasted into Excel holds it.
_COUNT_WITH_MEASURE = re.compile(
    r"^(?P<number>[+\-−]?\d[\d.,\s]*%?)\s*(?P<measure>[^\d\s(][^\d()]{0,20})$"
)
_MEASURE_WORDS = re.compile(
    r"^(?:đ/c|đc|đ\.c|người|đảng viên|đv|cán bộ|lượt|hồ sơ|văn bản|buổi|cuộc|lần|nhiệm vụ|"
    r"chi bộ|đảng bộ|tổ chức|hộ|xã|phường|đơn vị|vụ|việc|trường hợp|đơn|ý kiến|mô hình|"
    r"tin|bài|lớp|hội nghị|đợt|chức danh|thủ tục|phiếu|cơ sở|tổ|thôn|members?|persons?|"
    r"people|cases?|times)\.?$",
    re.IGNORECASE,
)


_NUMERIC_LOOKING = re.compile(r"^[+\-−]?\d[\d.,\s]*%?$")


@dataclass(frozen=True)
class CellReading:
    """What one distinct cell value is: its kind, the number it reads as (NaN if none) and,
    for a count typed with its unit ('12 đ/c'), that unit."""

    kind: int
    number: float
    measure: str | None = None
    short: bool = False  # a token that may number a column: '(3)', 'A', 12


@lru_cache(maxsize=65536)
def _read_text(text: str) -> CellReading:
    plain = normalize_text(text)
    if not plain:
        return CellReading(BLANK, np.nan)
    if len(plain) <= 12 and re.fullmatch(r"\(?[0-9A-Za-z]{1,2}\)?(?:\s*=.*)?", plain):
        try:
            parsed_short = parse_number(plain)
            return CellReading(NUMBER_TEXT, float(parsed_short.value), short=True)
        except NumberParseError:
            return CellReading(TEXT, np.nan, short=True)
    try:
        parsed = parse_number(plain)
    except NoDataError:
        return CellReading(SENTINEL, np.nan)
    except NumberParseError:
        parsed = None
    if parsed is None and _NUMERIC_LOOKING.match(plain):
        return CellReading(NUMBER_TEXT, np.nan)  # a number too large to be a figure: said later
    if parsed is not None:
        if parsed.word_for_zero:
            return CellReading(SENTINEL, 0.0)
        return CellReading(NUMBER_TEXT, float(parsed.value))
    match = _COUNT_WITH_MEASURE.match(plain)
    if match and _MEASURE_WORDS.match(match["measure"].strip()):
        try:
            number = parse_number(match["number"].strip())
        except NumberParseError:
            return CellReading(TEXT, np.nan)
        return CellReading(NUMBER_TEXT, float(number.value), match["measure"].strip())
    return CellReading(TEXT, np.nan)


def read_value(value: CellValue) -> CellReading:
    """The kind of a cell's value and the number it reads as."""
    if value is None:
        return CellReading(BLANK, np.nan)
    if isinstance(value, bool):
        return CellReading(OTHER, np.nan)
    if isinstance(value, int | float):
        if value != value or value in (float("inf"), float("-inf")):
            return CellReading(OTHER, np.nan)
        return CellReading(
            NUMBER, float(value), short=float(value).is_integer() and 0 <= value < 100
        )
    if isinstance(value, dt.datetime | dt.date):
        return CellReading(DATE, np.nan)
    if isinstance(value, str):
        return _read_text(value)
    return CellReading(OTHER, np.nan)


def cell_text(value: CellValue) -> str | None:
    """A cell as a label reads it: text normalised, a whole number as its digits (2021 ->
    '2021'), a date as dd/mm/yyyy; None for a blank."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, str):
        return normalize_text(value) or None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, dt.datetime | dt.date):
        return f"{value.day:02d}/{value.month:02d}/{value.year}"
    return None


@dataclass(frozen=True, eq=False)
class Grid:
    """A sheet's cells from A1, as arrays of the same shape (rows × columns).

    `values` holds what each cell stores (merged areas not spread), `kinds` each cell's
    kind (BLANK, NUMBER, TEXT, NUMBER_TEXT, SENTINEL, DATE, OTHER) and `numbers` the number
    each reads as (NaN where none). `complete` is False when only the first rows of a
    large sheet were read; `n_rows` is the sheet's own count of rows either way."""

    sheet: str
    values: npt.NDArray[np.object_]
    kinds: npt.NDArray[np.int8]
    numbers: npt.NDArray[np.float64]
    short: npt.NDArray[np.bool_]
    measures: dict[tuple[int, int], str]
    merges: tuple[Merged, ...]
    complete: bool
    n_rows: int
    hidden_rows: frozenset[int]

    @property
    def shape(self) -> tuple[int, int]:
        return self.kinds.shape[0], self.kinds.shape[1]

    @cached_property
    def merge_index(self) -> npt.NDArray[np.int32]:
        """For each cell, the index of the merged area it lies in (-1 for none)."""
        index = np.full(self.shape, -1, dtype=np.int32)
        rows, columns = self.shape
        for number, area in enumerate(self.merges):
            if area.top >= rows or area.left >= columns:
                continue
            index[area.top : area.bottom + 1, area.left : area.right + 1] = number
        return index

    def anchor(self, row: int, column: int) -> tuple[int, int]:
        """The cell holding the value of (row, column): the top-left of its merged area."""
        number = int(self.merge_index[row, column])
        if number < 0:
            return row, column
        area = self.merges[number]
        return area.top, area.left

    def spread(self, row: int, column: int) -> CellValue:
        """A cell's value with merged areas spread: a cell inside a merge shows its anchor's."""
        rows, columns = self.shape
        if not (0 <= row < rows and 0 <= column < columns):
            return None
        top, left = self.anchor(row, column)
        value: CellValue = self.values[top, left]
        return value

    def text(self, row: int, column: int) -> str | None:
        """The cell's label text, merged areas spread (see `cell_text`)."""
        return cell_text(self.spread(row, column))

    def ref(self, row: int, column: int) -> str:
        return cell_ref(row, column)

    def row_texts(self, row: int, left: int = 0, right: int | None = None) -> list[str]:
        """The texts of a row's cells (anchors only, each merge once), left to right."""
        right = self.shape[1] - 1 if right is None else right
        texts = []
        for column in range(left, right + 1):
            if self.anchor(row, column) != (row, column):
                continue
            text = cell_text(self.values[row, column])
            if text:
                texts.append(text)
        return texts


def read_grid(sheet: SheetCells) -> Grid:
    """The cells of a sheet (or of the first rows of a large one) as a `Grid`."""
    rows, complete = sheet.grid_rows()
    height = len(rows)
    width = max((len(r) for r in rows), default=0)
    values = np.full((height, width), None, dtype=object)
    for number, row in enumerate(rows):
        if row:
            values[number, : len(row)] = row
    kinds = np.zeros((height, width), dtype=np.int8)
    numbers = np.full((height, width), np.nan)
    short = np.zeros((height, width), dtype=bool)
    measures: dict[tuple[int, int], str] = {}
    if height and width:
        flat = values.ravel()
        codes, uniques = _factorize(flat)
        readings = [read_value(u) for u in uniques]
        kind_of = np.array([r.kind for r in readings] + [BLANK], dtype=np.int8)
        number_of = np.array([r.number for r in readings] + [np.nan])
        short_of = np.array([r.short for r in readings] + [False], dtype=bool)
        taken = np.where(codes >= 0, codes, len(readings))
        kinds = kind_of[taken].reshape(height, width)
        numbers = number_of[taken].reshape(height, width)
        short = short_of[taken].reshape(height, width)
        with_measure = {i for i, r in enumerate(readings) if r.measure}
        if with_measure:
            for position in np.flatnonzero(np.isin(codes, list(with_measure))):
                measure = readings[int(codes[position])].measure
                assert measure is not None
                measures[divmod(int(position), width)] = measure
    return Grid(
        sheet=sheet.name,
        values=values,
        kinds=kinds,
        numbers=numbers,
        short=short,
        measures=measures,
        merges=sheet.merged,
        complete=complete,
        n_rows=sheet.n_rows,
        hidden_rows=sheet.hidden_rows,
    )


def _factorize(flat: npt.NDArray[np.object_]) -> tuple[npt.NDArray[np.intp], list[CellValue]]:
    """Codes of each value among the distinct ones (-1 for a blank), texts and numbers kept
    apart ('1' and 1 are two values; 1 and 1.0 one), true/false apart from 1 and 0."""
    import pandas as pd

    keyed = (
        np.array(
            [("\x00bool", v) if isinstance(v, bool) else v for v in flat.tolist()], dtype=object
        )
        if any(isinstance(v, bool) for v in flat.tolist())
        else flat
    )
    codes, uniques = pd.factorize(keyed, use_na_sentinel=True)
    values: list[CellValue] = [
        u[1] if isinstance(u, tuple) and u[:1] == ("\x00bool",) else u for u in uniques.tolist()
    ]
    return np.asarray(codes, dtype=np.intp), values
