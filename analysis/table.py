"""Reading the rows below a located header: which rows are figures, which are headings,
totals, parts of the row above, or the parts of an official form that are not data.

The result is a `RawTable`, one row per figure with each field's raw cell value and its
position: the seam where every layout (long, wide forms, one sheet per unit, plan against
actual, breakdowns) ends in the same raw table. Nothing is parsed here: numbers and periods
stay as the cells hold them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from .layout import TableLocation
from .text import map_distinct, normalize_text
from .workbook import SheetCells, Workbook, column_letter

NUMBER_FIELDS = ("numerator", "denominator", "rate", "target", "achievement")


# Fields a section heading row may fill: anything else filled makes the row a figure.
_HEADING_FIELDS = {"stt", "indicator", "note", "source"}


@dataclass(frozen=True, eq=False)
class RawTable:
    """One row per figure of a sheet, with each field's raw value and where it stands.

    `values` is indexed by zero-based sheet row and has one column per field
    found (raw cell values: float64 for clean number columns, else objects),
    plus `section` (the heading above the row, if any). `causes` lists the
    blank-looking cells that hold an Excel error or an uncomputed formula:
    columns row, field, kind ('error' or 'formula') and text.
    """

    file: str
    sheet: str
    columns: dict[str, int]
    values: pd.DataFrame
    causes: pd.DataFrame
    hidden_rows: frozenset[int]
    unit: str | None = None  # the unit of every row when the sheet has no `Đơn vị` column
    years_back: int = 0  # the figures are those of the row's period this many years earlier
    target_period: str | None = None  # the period the plan column is for, if its header says
    part_label: str | None = None  # a breakdown column: its figures are parts of `whole`
    whole: int | None = None

    def cells(self, field: str, rows: pd.Index | None = None) -> pd.Series:
        """A1 references of a field's cells, for all rows or the given ones."""
        return self.cells_of(self.columns[field], rows)

    def cells_of(self, column: int, rows: pd.Index | None = None) -> pd.Series:
        """A1 references of one column's cells, for all rows or the given ones."""
        numbers = self.row_numbers.to_numpy()
        if rows is not None:
            numbers = numbers[self.values.index.get_indexer(rows)]
        letter = column_letter(column)
        index = self.values.index if rows is None else rows
        return pd.Series(letter + numbers, index=index, dtype=object)

    @cached_property
    def row_numbers(self) -> pd.Series:
        """Each row's Excel row number as text ('7'), made once for every field's cells."""
        numbers = np.asarray(self.values.index, dtype=np.int64) + 1
        return pd.Series(numbers.astype(str).astype(object), index=self.values.index)


def read_table(book: Workbook, location: TableLocation) -> RawTable:
    """The figures below a located header, one row each; headings become `section`."""
    sheet = book.sheet(location.sheet)
    columns = location.header.columns
    first_row = location.header.row + 1
    by_column = sheet.columns(
        first_row,
        text=[c for key, c in columns.items() if key not in NUMBER_FIELDS],
        numbers=[c for key, c in columns.items() if key in NUMBER_FIELDS],
    )
    values = pd.DataFrame({key: by_column[column] for key, column in columns.items()})
    if location.unit is not None:  # one sheet per unit: the sheet's name is every row's unit
        values["unit"] = pd.Series(location.unit, index=values.index, dtype=object)
    # A table of units, one column per indicator: the rows are named by their unit.
    across = location.indicator_label is not None
    name_field = "unit" if across else "indicator"
    any_figure: pd.Series | None = None
    if location.period_label is not None:  # given once: a wide form's header, or the title's
        values["period"] = pd.Series(location.period_label, index=values.index, dtype=object)
    if location.wide_columns:  # a row with a figure in any period column is not a heading
        others = sheet.columns(first_row, numbers=list(location.wide_columns))
        any_figure = pd.DataFrame(others).notna().any(axis=1)
    for key in values.columns:
        text = values[key].dtype == object or pd.api.types.is_string_dtype(values[key].dtype)
        if text and key != "stt":  # row numbers: only heading rows need theirs
            values[key] = _blank_to_none(values[key])
    # The column-number row and the signature block, judged on the sheet's own cells.
    form_rows = _form_rows(values[list(columns)])
    values = values.drop(index=form_rows)
    if any_figure is not None:
        any_figure = any_figure.reindex(values.index, fill_value=False)
    causes = _causes(sheet, columns, first_row)
    with_cause = pd.Index(causes["row"].unique())
    # Only what the sheet's own cells hold: a unit or period given once for the whole
    # sheet fills every row and says nothing about which rows are blank.
    filled = values[[k for k in values.columns if k in columns]].notna()
    empty = ~filled.any(axis=1) & ~values.index.isin(with_cause)
    heading_fields = _HEADING_FIELDS | ({"unit"} if across else set())
    figure_fields = [k for k in filled.columns if k not in heading_fields]
    no_figure = ~filled[figure_fields].any(axis=1)
    if any_figure is not None:  # blank in this period but filled in another: not a heading
        rest = [k for k in figure_fields if k != "numerator"]
        no_figure = ~filled[rest].any(axis=1) & ~any_figure
    heading = (no_figure & ~values.index.isin(with_cause) & filled.any(axis=1)) | _merged_across(
        sheet, columns.get(name_field), columns.get("numerator"), values.index
    )
    heading &= ~empty
    within = _within_markers(values)  # 'Trong đó:' rows: not headings, not figures
    heading &= ~within
    section = _heading_text(values[heading], name_field).reindex(values.index).ffill()
    keep = ~empty & ~heading & ~within
    total = _total_rows(values) & keep
    # A block: the rows from a heading or a totals row to the next; a total sums its block.
    block = (heading | total.shift(fill_value=False)).cumsum()
    if total.any():
        values = _complete_totals(values, total, block)
    if across:  # every row's indicator is its column's
        values["indicator"] = pd.Series(location.indicator_label, index=values.index, dtype=object)
    parent = _parents(values, keep, heading | total, within)
    kept_section = section[keep]
    table = values[keep].assign(
        section=kept_section.astype(object).where(kept_section.notna(), None),
        typed_total=total[keep].to_numpy(dtype=bool),
        block=block[keep].to_numpy(dtype=np.int64),
        parent_row=parent[keep].to_numpy(dtype=np.float64),
    )
    return RawTable(
        file=book.file_label,
        sheet=location.sheet,
        columns=dict(columns),
        values=table,
        causes=causes[causes["row"].isin(table.index)].reset_index(drop=True),
        hidden_rows=sheet.hidden_rows,
        unit=location.unit,
        years_back=location.years_back,
        target_period=location.target_period,
        part_label=location.part_label,
        whole=location.form.whole if location.form is not None else None,
    )


_COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[A-Za-z])\)?$")


_SIGNATURE = re.compile(
    r"^(?:t/m\b|tm\.|kt\.|q\.|tl\.|nơi nhận|người lập biểu|người lập bảng|thủ trưởng"
    r"|xác nhận của)|^(?:phó )?(?:bí thư|chủ tịch|trưởng ban|chánh văn phòng)$",
    re.IGNORECASE,
)


SIGNATURE_SEARCH_ROWS = 40


def _numbers_columns(texts: list[str]) -> bool:
    """Whether a row's cells number the columns: '(1) (2) (3)…', or 'A B 1 2 3' (letters
    from A, then numbers from 1, each in turn)."""
    if len(texts) < 3 or not all(_COLUMN_NUMBER.match(text) for text in texts):
        return False
    if all(text.startswith("(") and text.endswith(")") for text in texts):
        return len(set(texts)) == len(texts)
    letters = [t.upper() for t in texts if t.isalpha()]
    numbers = [t for t in texts if not t.isalpha()]
    expected_letters = [chr(ord("A") + i) for i in range(len(letters))]
    in_turn = numbers == [str(i) for i in range(1, len(numbers) + 1)]
    first = [t.upper() for t in texts[: len(letters)]]
    return first == letters == expected_letters and in_turn


def _form_rows(values: pd.DataFrame) -> list[int]:
    """Rows of an official form that are not data: the column-number row under the header
    ('(1) (2) (3)…' or 'A B 1 2 3') and the signature block at the foot ('T/M BAN THƯỜNG
    VỤ', 'Nơi nhận:', the signer's title), with everything below it."""
    rows: list[int] = []
    for index in values.index[:2]:
        cells = [str(v).strip() for v in values.loc[index] if v is not None and v == v]
        texts = [c[:-2] if c.endswith(".0") else c for c in cells]
        if _numbers_columns(texts):
            rows.append(int(index))
    text_columns = [k for k in values.columns if values[k].dtype == object]
    for index in values.index[-SIGNATURE_SEARCH_ROWS:]:
        line: list[object] = [values.at[index, k] for k in text_columns]
        if any(isinstance(c, str) and _SIGNATURE.match(c.strip()) for c in line):
            rows += [int(r) for r in values.index[values.index >= index]]
            break
    return rows


_CHILD_MARK = re.compile(r"^(?:[a-zđ]\s*[).]|[+\-–•*]|\(?[ivx]+\)|\d+\.\d+\.?)(?:\s|$)", re.I)


_WITHIN = re.compile(r"^trong (?:do|so do)\s*:?\s*$")


def _within_markers(values: pd.DataFrame) -> pd.Series:
    """Rows that only say 'Trong đó:' (of which): the rows below are parts of the row above."""
    from .text import name_key, strip_accents

    if "indicator" not in values.columns:
        return pd.Series(False, index=values.index)
    said = map_distinct(
        values["indicator"],
        lambda v: isinstance(v, str) and bool(_WITHIN.match(strip_accents(name_key(v)))),
    )
    return said.fillna(False).astype(bool)


def _matches(column: pd.Series, pattern: re.Pattern[str]) -> pd.Series:
    """Whether each cell's text (stripped) matches a pattern at its start, vectorised with
    Arrow's RE2: a column of row numbers has as many distinct values as rows."""
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = column if pd.api.types.is_string_dtype(column.dtype) else column.astype("string")
    array = pa.array(texts, type=pa.string(), from_pandas=True)
    trimmed = pc.utf8_trim_whitespace(array)
    found = pc.match_substring_regex(
        trimmed, pattern="^(?:" + pattern.pattern + ")", ignore_case=True
    )
    return pd.Series(found.fill_null(False).to_numpy(zero_copy_only=False), index=column.index)


def _parents(
    values: pd.DataFrame, keep: pd.Series, boundary: pd.Series, within: pd.Series
) -> pd.Series:
    """Each part's parent row (NaN for rows that are not parts).

    A part is marked as offices mark them ('a)', 'b)', '+', '-', '1.1'), in its name or in
    the STT column, or follows a 'Trong đó:' row; its parent is the nearest row above it
    that is not a part. Headings and totals end a run of parts."""
    marked = pd.Series(False, index=values.index)
    for key in ("indicator", "stt"):
        if key in values.columns:
            marked |= _matches(values[key], _CHILD_MARK)
    # After 'Trong đó:', rows are parts until a heading, a total or a numbered row.
    numbered = pd.Series(False, index=values.index)
    if "stt" in values.columns:
        numbered = values["stt"].notna() & ~_matches(values["stt"], _CHILD_MARK)
    if within.any():
        segment = (within | boundary | numbered).cumsum()
        opened = within.groupby(segment).transform("any")
    else:
        opened = pd.Series(False, index=values.index)
    part = keep & (marked | (opened & ~within & ~numbered))
    rows = pd.Series(np.where(keep & ~part, values.index, np.nan), index=values.index)
    rows = rows.where(~boundary, -1.0).ffill()  # a heading or total closes the run
    parent = rows.where(part & (rows >= 0))
    return parent


TOTAL_WORDS = frozenset({"tong cong", "cong", "tong so", "tong", "total", "toan bo", "chung"})


def _total_rows(values: pd.DataFrame) -> pd.Series:
    """Rows whose name says they add up the rows above ('Tổng cộng', 'Cộng', 'Tổng số'),
    written where the name goes or, in a table of units, where the unit goes."""
    from .text import name_key, strip_accents

    found = pd.Series(False, index=values.index)
    for key in ("indicator", "unit", "stt"):
        if key not in values.columns or values[key].dtype != object:
            continue
        words = map_distinct(
            values[key],
            lambda v: isinstance(v, str) and strip_accents(name_key(v)).strip(" :.") in TOTAL_WORDS,
        )
        found |= words.fillna(False).astype(bool)
    return found


def _complete_totals(values: pd.DataFrame, total: pd.Series, block: pd.Series) -> pd.DataFrame:
    """A totals row often leaves its name, unit and period blank: they are its block's, when
    the block's rows share one; a total over several units is the units' total ('Tổng
    cộng'), and a total in a table of units is the total of the indicator they share."""
    completed = values.copy()
    parts = values[~total]
    for index in values.index[total.to_numpy()]:
        members = parts[block[parts.index] == block[index]]
        said: str | None = next(
            (
                str(values.at[index, k])
                for k in ("indicator", "unit", "stt")
                if k in values.columns and isinstance(values.at[index, k], str)
            ),
            None,
        )
        for key in ("indicator", "unit", "period"):
            if key not in values.columns or values.at[index, key] is not None:
                continue
            shared = members[key].dropna().unique() if key in members else []
            if len(shared) == 1:
                completed.loc[index, key] = shared[0]
            elif key in ("indicator", "unit"):
                completed.loc[index, key] = said
    return completed


def _blank_to_none(column: pd.Series) -> pd.Series:
    """Text cells as normalised text (NFC, single spaces); blank text becomes None."""
    return map_distinct(column, lambda u: (normalize_text(u) or None) if isinstance(u, str) else u)


def _causes(sheet: SheetCells, columns: dict[str, int], first_row: int) -> pd.DataFrame:
    field_of = {column: key for key, column in columns.items()}
    rows = [
        (row, field_of[column], kind, text)
        for (row, column), (kind, text) in sorted(sheet.causes.items())
        if row >= first_row and column in field_of
    ]
    return pd.DataFrame(rows, columns=["row", "field", "kind", "text"]).astype({"row": np.int64})


def _merged_across(
    sheet: SheetCells, name: int | None, count: int | None, index: pd.Index
) -> pd.Series:
    """Rows covered by one merged area across the name and the count: a heading
    ('I' | 'CÔNG TÁC …' merged over B:J)."""
    marked = pd.Series(False, index=index)
    if name is None or count is None:
        return marked
    for area in sheet.merged:
        if area.left <= min(name, count) and area.right >= max(name, count):
            rows = [r for r in range(area.top, area.bottom + 1) if r in marked.index]
            marked.loc[rows] = True
    return marked


def _heading_text(values: pd.DataFrame, name_field: str = "indicator") -> pd.Series:
    """A heading's text: the name, else the row number column ('I'), else the first text."""
    text = pd.Series([None] * len(values), index=values.index, dtype=object)
    for key in (name_field, "stt", *values.columns):
        if key in values.columns:
            text = text.where(text.notna(), values[key].astype(object))
    return text.map(lambda v: None if v is None or v != v else normalize_text(str(v)))
