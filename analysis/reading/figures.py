"""Figures: the rows of a table read into one raw frame per figure group, with every value's
cell. Which rows are figures, which are headings, totals, parts of the row above, or the
parts of an official form that are not data.

The result is a `RawTable`, one row per figure with each field's raw cell value and its
position: the seam where every table, whatever its layout, ends in the same raw frame.
Nothing is parsed here: numbers and periods stay as the cells hold them (`values` types
them).

Rows, read column by column:
- a *heading* has text but no figure in any value column ('I. CÔNG TÁC XÂY DỰNG ĐẢNG', or
  a cell merged across the row); it heads the rows below (`section`), or, where the table
  states no period, unit or indicator elsewhere, names that for the rows below ('Năm 2023');
- a *total* is named so ('Tổng cộng', 'Cộng', 'Toàn tỉnh' among units): checked against
  the rows it adds up, never a figure of its own;
- a *part* is marked as offices mark them ('a)', '-', '1.1', the rows after 'Trong đó:');
- the column-number row and the signature block are not data.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from ..model.text import map_distinct, normalize_text
from .cells import Grid
from .meanings import FigureGroup, TableMeaning
from .vocabulary import is_signature, is_stock, is_total_label, numbers_columns, plain
from .workbook import SheetCells, column_letter

NUMBER_FIELDS = ("numerator", "denominator", "rate", "target", "achievement")
LABEL_FIELDS = ("stt", "indicator", "code", "unit", "period", "measure", "note", "source", "group")

# Fields a section heading row may fill: anything else filled makes the row a figure.
_HEADING_FIELDS = {"stt", "indicator", "note", "source", "code"}


@dataclass(frozen=True, eq=False)
class RawTable:
    """One row per figure of a table's figure group, with each field's raw value and where
    it stands.

    `values` is indexed by zero-based sheet row and has one column per field found (raw
    cell values: float64 for clean number columns, else objects), plus `section` (the
    heading above the row, if any). `causes` lists the blank-looking cells that hold an
    Excel error or an uncomputed formula: columns row, field, kind ('error' or 'formula')
    and text. `cell_overrides` gives a field's cells row by row where they are not in one
    column (a period named by the heading above the rows)."""

    file: str
    sheet: str
    columns: dict[str, int]
    values: pd.DataFrame
    causes: pd.DataFrame
    hidden_rows: frozenset[int]
    unit: str | None = None  # every row's unit, when the table states it once
    years_back: int = 0  # the figures are those of the row's period this many years earlier
    target_period: str | None = None  # the period the plan column is for, if its header says
    part_label: str | None = None  # a breakdown column: its figures are parts of `whole`
    whole: int | None = None
    cell_overrides: dict[str, pd.Series] | None = None
    total_column: bool = False  # a total column: every figure is a total of the row's others

    def cells(self, field: str, rows: pd.Index | None = None) -> pd.Series:
        """A1 references of a field's cells, for all rows or the given ones (None where
        the field is stated once for the table, not in a cell of each row)."""
        if self.cell_overrides and field in self.cell_overrides:
            cells = self.cell_overrides[field]
            return cells if rows is None else cells.loc[rows]
        if field not in self.columns:
            index = self.values.index if rows is None else rows
            return pd.Series([None] * len(index), index=index, dtype=object)
        return self.cells_of(self.columns[field], rows)

    def cells_of(self, column: int, rows: pd.Index | None = None) -> pd.Series:
        """A1 references of one column's cells, for all rows or the given ones."""
        numbers = self.row_numbers.to_numpy()
        if rows is not None:
            numbers = numbers[self.values.index.get_indexer(rows)]
        letter = column_letter(column)
        index = self.values.index if rows is None else rows
        return pd.Series(letter + numbers, index=index, dtype=object)

    def has(self, field: str) -> bool:
        return field in self.columns or bool(self.cell_overrides and field in self.cell_overrides)

    @cached_property
    def row_numbers(self) -> pd.Series:
        """Each row's Excel row number as text ('7'), made once for every field's cells."""
        numbers = np.asarray(self.values.index, dtype=np.int64) + 1
        return pd.Series(numbers.astype(str).astype(object), index=self.values.index)


def read_figures(
    sheet: SheetCells,
    grid: Grid,
    meaning: TableMeaning,
    group: FigureGroup,
    *,
    value_columns: tuple[int, ...],
    stated_period: str | None,
    file: str,
) -> RawTable:
    """The figures of one group of a table, one row each; headings become `section`."""
    region = meaning.region
    labels = {k: c for k, c in meaning.labels.items() if k in LABEL_FIELDS}
    columns = {**labels, **group.fields}
    first_row = region.body_top
    last_row = region.body_bottom
    by_column = sheet.columns(
        first_row,
        text=[c for key, c in columns.items() if key not in NUMBER_FIELDS],
        numbers=sorted({c for key, c in columns.items() if key in NUMBER_FIELDS}),
    )
    values = pd.DataFrame(
        {key: by_column[column].loc[:last_row] for key, column in columns.items()}
    )
    values = _without_measures(values, grid, group)
    values = _percentages(values, sheet, group)
    across = group.indicator is not None
    if "unit" not in columns:
        unit = group.unit or (meaning.unit.value if meaning.unit else None)
        if unit is not None:
            values["unit"] = pd.Series(unit, index=values.index, dtype=object)
    if "period" not in columns and stated_period is not None:
        values["period"] = pd.Series(stated_period, index=values.index, dtype=object)
    measure = group.measure or (meaning.context.measure.value if meaning.context.measure else None)
    if "measure" not in columns and measure is not None and measure != "%":
        values["measure"] = pd.Series(measure, index=values.index, dtype=object)
    elif "measure" not in columns and measure == "%" and "rate" not in group.fields:
        values["measure"] = pd.Series("%", index=values.index, dtype=object)
    name_field = (
        "unit" if across or ("indicator" not in columns and "unit" in columns) else "indicator"
    )
    others = sheet.columns(first_row, numbers=list(value_columns)) if value_columns else {}
    any_figure = (
        pd.DataFrame({c: s.loc[:last_row] for c, s in others.items()}).notna().any(axis=1)
        if others
        else pd.Series(False, index=values.index)
    )
    unlabelled = _pivot_blank_rows(values, [k for k in columns if k in LABEL_FIELDS])
    for key in values.columns:
        text = values[key].dtype == object or pd.api.types.is_string_dtype(values[key].dtype)
        if text and key != "stt":
            values[key] = _blank_to_none(values[key])
    # A pivot table's '(blank)' row has no name: its numbers are no figure (and are said so).
    form_rows = _form_rows(values[list(columns)]) + unlabelled
    form_rows += [r for r in region.repeated if r in values.index]  # a header repeated
    values = values.drop(index=form_rows)
    any_figure = any_figure.reindex(values.index, fill_value=False)
    causes = _causes(sheet, columns, first_row, last_row)
    with_cause = pd.Index(causes["row"].unique())
    filled = values[[k for k in values.columns if k in columns]].notna()
    empty = ~filled.any(axis=1) & ~values.index.isin(with_cause) & ~any_figure
    heading_fields = _HEADING_FIELDS | ({"unit"} if name_field == "unit" else set())
    figure_fields = [
        k for k in filled.columns if k not in heading_fields and k not in NUMBER_FIELDS
    ]
    no_figure = ~filled[figure_fields].any(axis=1) & ~any_figure
    # A numbered row (an arabic number in STT) is a unit or an indicator even when its
    # figures are blank: it gives none, and says so; only an unnumbered row heads others.
    numbered = _numbered(values)
    heading = (
        no_figure & ~values.index.isin(with_cause) & filled.any(axis=1) & ~numbered
    ) | _merged_across(sheet, columns.get(name_field), group.main, values.index)
    heading &= ~empty
    within = _within_markers(values)
    heading &= ~within
    section = _heading_text(values[heading], name_field).reindex(values.index).ffill()
    overrides: dict[str, pd.Series] = {}
    if meaning.headings_as is not None:
        field = meaning.headings_as
        values[field] = section.astype(object).where(section.notna(), None)
        rows_of = pd.Series(np.where(heading, values.index, np.nan), index=values.index).ffill()
        letter = column_letter(columns.get(name_field, region.left))
        overrides[field] = rows_of.map(
            lambda r: None if r != r else f"{letter}{int(r) + 1}"
        ).astype(object)
        section = pd.Series([None] * len(values), index=values.index, dtype=object)
    keep = ~empty & ~heading & ~within
    total = _total_rows(values, name_field) & keep
    # A group's own row over its units ('I | KHỐI XÃ | 1444 …', a pivot's 'Khối xã'): the
    # subtotal of the units below it, checked against them, never a unit of its own.
    leads = pd.Series(False, index=values.index)
    if name_field == "unit":
        counted = {
            c
            for c, r in meaning.columns.items()
            if r.kind == "value" and r.role in (None, "count", "whole", "base") and r.measure != "%"
        }
        numbers = {
            c: pd.to_numeric(s.loc[values.index], errors="coerce")
            for c, s in others.items()
            if c in counted
        }
        leads = _subtotal_rows(values, numbers, keep & ~total, heading | total)
    block = (heading | leads | total.shift(fill_value=False)).cumsum()
    total |= leads
    if total.any():
        values = _complete_totals(values, total, block)
    if across:
        values["indicator"] = pd.Series(group.indicator, index=values.index, dtype=object)
        overrides["indicator"] = pd.Series(group.indicator_cell, index=values.index, dtype=object)
    elif meaning.indicator is not None and "indicator" not in columns:
        values["indicator"] = pd.Series(meaning.indicator.value, index=values.index, dtype=object)
        cell = meaning.indicator.source.rsplit(" ", 1)[-1]
        overrides["indicator"] = pd.Series(cell, index=values.index, dtype=object)
    if group.part is not None and "code" in values.columns:
        values["code"] = None  # a part is not the figure its row's code names
    if group.qualifier and "indicator" in values.columns:
        values["indicator"] = values["indicator"].map(
            lambda name: None if name is None else f"{name} ({group.qualifier})"
        )
    stated = meaning.context.period
    if (
        group.period is None
        and "period" not in columns
        and meaning.headings_as != "period"
        and stated is not None
        and stated.until is not None
        and stated.days is None
        and "indicator" in values.columns
    ):
        # 'đến ngày 30/11/2022': a stock is counted at that day; a flow keeps its labelled
        # period, ended that day.
        day = stated.stock_day()
        flow = stated.period
        stocks = map_distinct(values["indicator"], is_stock).fillna(False).astype(bool)
        codes = pd.Series([day.code if day else None] * len(values), index=values.index)
        values["period"] = codes.where(stocks, flow.code if flow else None).astype(object)
    parent = _parents(values, keep, heading | total, within)
    if "indicator" in values.columns and not across and (parent.notna()).any():
        # 'Chia ra: - Nam', '- Nữ': a part's name without its marks
        is_part = parent.notna()
        values.loc[is_part, "indicator"] = map_distinct(
            values.loc[is_part, "indicator"], _part_name
        )
    kept_section = section[keep]
    table = values[keep].assign(
        section=kept_section.astype(object).where(kept_section.notna(), None),
        typed_total=total[keep].to_numpy(dtype=bool) | group.total,
        leads=leads[keep].to_numpy(dtype=bool),
        block=block[keep].to_numpy(dtype=np.int64),
        parent_row=parent[keep].to_numpy(dtype=np.float64),
    )
    kept_overrides = {
        k: v.loc[table.index].astype(object).where(v.loc[table.index].notna(), None)
        for k, v in overrides.items()
    } or None
    return RawTable(
        file=file,
        sheet=sheet.name,
        columns=dict(columns),
        values=table,
        causes=causes[causes["row"].isin(table.index)].reset_index(drop=True),
        hidden_rows=sheet.hidden_rows,
        unit=values["unit"].iloc[0]
        if "unit" not in columns and "unit" in values and len(values)
        else None,
        years_back=group.years_back,
        target_period=group.target_period,
        part_label=group.part,
        whole=group.whole,
        cell_overrides=kept_overrides,
        total_column=group.total,
    )


def _without_measures(values: pd.DataFrame, grid: Grid, group: FigureGroup) -> pd.DataFrame:
    """'12 đ/c' as a Word table pasted into Excel holds a count (its number, read as text)
    and its unit of measure (where no column gives one)."""
    if not grid.measures:
        return values
    result = values.copy()
    for field, column in group.fields.items():
        found = {r: m for (r, c), m in grid.measures.items() if c == column and r in result.index}
        if not found:
            continue
        series = result[field].astype(object)
        for row in found:
            text = str(series.at[row])
            series.at[row] = re.sub(r"\s*[^\d\s.,%+\-−]+.*$", "", text).strip()
        result[field] = series
        if field == "numerator" and "measure" not in result.columns:
            measures = pd.Series([None] * len(result), index=result.index, dtype=object)
            for row, measure in found.items():
                measures.at[row] = measure
            result["measure"] = measures
    return result


def _percentages(values: pd.DataFrame, sheet: SheetCells, group: FigureGroup) -> pd.DataFrame:
    """A number formatted as a percentage is that percentage: 0,2415 shown as 24,15% is
    24,15 per cent (and a figure with no unit of measure is then a rate)."""
    percent = sheet.percent_cells()
    if not percent:
        return values
    result = values
    for field, column in group.fields.items():
        rows = [r for (r, c) in percent if c == column and r in values.index]
        if not rows:
            continue
        series = result[field].copy()
        numbers = pd.to_numeric(series.loc[rows], errors="coerce")
        plain_numbers = series.loc[rows].map(
            lambda v: isinstance(v, int | float) and not isinstance(v, bool)
        )
        chosen = numbers[plain_numbers.astype(bool)].index
        if not len(chosen):
            continue
        if series.dtype != object and not pd.api.types.is_float_dtype(series.dtype):
            series = series.astype(object)
        series.loc[chosen] = (numbers.loc[chosen] * 100).round(10)
        result = result.assign(**{field: series})
        if field == "numerator":
            measure = (
                result["measure"].astype(object)
                if "measure" in result.columns
                else pd.Series([None] * len(result), index=result.index, dtype=object)
            )
            measure.loc[chosen] = measure.loc[chosen].where(measure.loc[chosen].notna(), "%")
            result = result.assign(measure=measure)
    return result


def _form_rows(values: pd.DataFrame) -> list[int]:
    """Rows of an official form that are not data: the column-number row under the header
    ('(1) (2) (3)…' or 'A B 1 2 3') and the signature block at the foot ('T/M BAN THƯỜNG
    VỤ', 'Nơi nhận:', the signer's title), with everything below it."""
    rows: list[int] = []
    for index in values.index[:2]:
        cells = [str(v).strip() for v in values.loc[index] if v is not None and v == v]
        texts = [c[:-2] if c.endswith(".0") else c for c in cells]
        if len(texts) >= 3 and numbers_columns(texts):
            rows.append(int(index))
    text_columns = [k for k in values.columns if values[k].dtype == object]
    for index in values.index[-40:]:
        line: list[object] = [values.at[index, k] for k in text_columns]
        if any(isinstance(c, str) and is_signature(c.strip()) for c in line):
            rows += [int(r) for r in values.index[values.index >= index]]
            break
    return rows


_LETTERS = re.compile(r".*[^\d\s.,()/\-]")
_OPENS_PARTS = re.compile(r"^(?:trong (?:so )?do|chia ra|bao gom)\s*:?\s*\S", re.IGNORECASE)
_PART_PREFIX = re.compile(
    r"^(?:(?:trong (?:số )?đó|chia ra|bao gồm|trong (?:so )?do|bao gom)\s*:?\s*)?"
    r"(?:[-–+•*]\s*)?",
    re.IGNORECASE,
)


def _part_name(name: object) -> object:
    """A part's name without the words and marks that say it is one: 'Chia ra: - Nam' ->
    'Nam', '- Nữ' -> 'Nữ'."""
    if not isinstance(name, str):
        return name
    bare = _PART_PREFIX.sub("", name, count=1).strip()
    return bare or name


def _pivot_blank_rows(values: pd.DataFrame, labels: list[str]) -> list[int]:
    """Rows a pivot table labels '(blank)' (records with no name for that field)."""
    found = pd.Series(False, index=values.index)
    for key in labels:
        column = values[key]
        if key != "stt" and (column.dtype == object or pd.api.types.is_string_dtype(column.dtype)):
            found |= _matches(column, _BLANK_LABEL)
    return [int(r) for r in values.index[found.to_numpy()]]


_BLANK_LABEL = re.compile(r"\((?:blank|trống|trong|empty)\)$")


_NUMBERED_NAME = re.compile(r"(?:\d{1,3}|[IVX]{1,5})[.)]\s")
_CHILD_MARK = re.compile(r"^(?:[a-zđ]\s*[).]|[+\-–•*]|\(?[ivx]+\)|\d+\.\d+\.?)(?:\s|$)", re.I)
_WITHIN = re.compile(r"^trong (?:do|so do)\s*:?\s*$")


_ARABIC = re.compile(r"\d{1,5}\.?$")


def _numbered(values: pd.DataFrame) -> pd.Series:
    """Rows whose row number ('STT') is an arabic number: 1, 2, '6', '3.'."""
    if "stt" not in values.columns:
        return pd.Series(False, index=values.index)
    column = values["stt"]
    if pd.api.types.is_float_dtype(column.dtype):
        return column.notna()
    return _matches(column, _ARABIC)


def _within_markers(values: pd.DataFrame) -> pd.Series:
    """Rows that only say 'Trong đó:' (of which): the rows below are parts of the row above."""
    from ..model.text import name_key, strip_accents

    if "indicator" not in values.columns:
        return pd.Series(False, index=values.index)
    said = map_distinct(
        values["indicator"],
        lambda v: isinstance(v, str) and bool(_WITHIN.match(strip_accents(name_key(v)))),
    )
    return said.fillna(False).astype(bool)


Test = re.Pattern[str] | Callable[[object], bool]


def _flags(column: pd.Series, tests: list[Test]) -> list[pd.Series]:
    """Each test of every cell of a column: a pattern matched at the start of the cell's
    text (stripped), or a function of its value. A column that repeats a few texts (names,
    units, periods) is split into its distinct texts once for all the tests."""
    if len(column) > 2000 and column.dtype == object:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        if len(uniques) * 20 < len(column):
            taken = np.where(codes >= 0, codes, len(uniques))
            found = []
            for test in tests:
                if isinstance(test, re.Pattern):
                    anchored = re.compile("(?:" + test.pattern + ")", re.IGNORECASE)
                    values = [bool(anchored.match(str(u).strip())) for u in uniques]
                else:
                    values = [bool(test(u)) for u in uniques]
                flags = np.array([*values, False], dtype=bool)
                found.append(pd.Series(flags[taken], index=column.index))
            return found
    return [
        _matches(column, test)
        if isinstance(test, re.Pattern)
        else map_distinct(column, test).fillna(False).astype(bool)
        for test in tests
    ]


def _matches(column: pd.Series, pattern: re.Pattern[str]) -> pd.Series:
    """Whether each cell's text (stripped) matches a pattern at its start: over each
    distinct text once where a column repeats a few (names, units, periods), else
    vectorised with Arrow's RE2 (a column of row numbers has as many distinct values as
    rows)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(column) > 2000 and column.dtype == object:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        if len(uniques) * 20 < len(column):
            anchored = re.compile("(?:" + pattern.pattern + ")", re.IGNORECASE)
            flags = np.array(
                [bool(anchored.match(str(u).strip())) for u in uniques] + [False], dtype=bool
            )
            return pd.Series(flags[np.where(codes >= 0, codes, len(uniques))], index=column.index)
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
    numbered = pd.Series(False, index=values.index)
    if "stt" in values.columns:
        [stt_marked] = _flags(values["stt"], [_CHILD_MARK])
        marked |= stt_marked
        numbered = values["stt"].notna() & ~stt_marked
    if "indicator" in values.columns:
        name_marked, prefixed, name_numbered = _flags(
            values["indicator"], [_CHILD_MARK, _OPENS_PARTS, _NUMBERED_NAME]
        )
        marked |= name_marked | prefixed  # 'Chia ra: - Nam': a part, and parts follow it
        within = within | prefixed
        numbered |= name_numbered  # '2. Số trẻ em sinh ra': numbered in its name
    if within.any():
        segment = (within | boundary | numbered).cumsum()
        opened = within.groupby(segment).transform("any")
    else:
        opened = pd.Series(False, index=values.index)
    part = keep & (marked | (opened & ~within & ~numbered))
    if "indicator" in values.columns:
        part &= ~(within & ~marked)
    rows = pd.Series(np.where(keep & ~part, values.index, np.nan), index=values.index)
    rows = rows.where(~boundary, -1.0).ffill()
    return rows.where(part & (rows >= 0))


_GROUP_MARK = re.compile(r"(?:[IVX]{1,5}|[A-Z])[.)]?$")
_GROUP_WORDS = re.compile(
    r"^(?:khoi|cum|nhom|vung|khu vuc|dang bo|huyen|quan|thi xa|thanh pho)\b", re.IGNORECASE
)


def _subtotal_rows(
    values: pd.DataFrame,
    numbers: dict[int, pd.Series],
    candidates: pd.Series,
    boundary: pd.Series,
) -> pd.Series:
    """Rows of a table of units that add up the units below them: marked as a group ('I',
    'A' in STT; the name in capitals, 'KHỐI XÃ'), or (a pivot table's groups) equal, in
    every column of counts, to the sum of the rows after them up to the next such row."""
    found = pd.Series(False, index=values.index)
    if "unit" not in values.columns or not candidates.any():
        return found
    unit = values["unit"].astype(object)
    marked = pd.Series(False, index=values.index)
    if "stt" in values.columns:
        marked |= _matches(values["stt"], _GROUP_MARK) & values["stt"].notna()
    capitals = unit.map(lambda v: isinstance(v, str) and v.isupper() and len(v) > 3)
    marked |= capitals.fillna(False).astype(bool)
    marked &= candidates
    rows = list(values.index)
    columns = [s for s in numbers.values() if s.notna().any()]
    grouped = unit.map(lambda v: isinstance(v, str) and bool(_GROUP_WORDS.match(plain(v))))
    for position, row in enumerate(rows):
        if not candidates.loc[row]:
            continue
        if marked.loc[row]:
            found.loc[row] = True
            continue
        if len(columns) < 2 or not grouped.fillna(False).loc[row] or len(rows) > 5000:
            continue
        # A pivot's group row: its counts are the sums of the rows up to the next group.
        following = []
        for later in rows[position + 1 :]:
            if boundary.loc[later] or grouped.fillna(False).loc[later]:
                break
            following.append(later)
        if len(following) < 2:
            continue
        sums = [float(s.loc[following].sum()) for s in columns]
        own = [float(s.loc[row]) for s in columns]
        if all(
            o == o and abs(o - t) < 1e-6 * max(1.0, abs(o)) for o, t in zip(own, sums, strict=True)
        ):
            found.loc[row] = True
    return found


def _total_rows(values: pd.DataFrame, name_field: str) -> pd.Series:
    """Rows whose label says they add up the others ('Tổng cộng', 'Cộng', 'Tổng số',
    'Toàn tỉnh', 'Grand Total'), where the name goes, where the unit goes, or in the row
    number column. A unit named 'Toàn tỉnh' is a total only beside other units."""
    found = pd.Series(False, index=values.index)
    for key in ("indicator", "unit", "stt"):
        if key not in values.columns or values[key].dtype != object:
            continue
        column = values[key]
        if key == "stt":  # row numbers (a column of digits) say no total
            [worded] = _flags(column, [_LETTERS])
            if not worded.any():
                continue
            words = pd.Series(False, index=values.index)
            words[worded] = map_distinct(column[worded], is_total_label).fillna(False).astype(bool)
        else:
            [words] = _flags(column, [is_total_label])
        if key == "unit" and name_field != "unit":
            units = values["unit"][~words].dropna()
            if units.empty:
                continue  # the table's one unit is the whole province: not a total
        found |= words
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


_BLANK_WORDS = frozenset({"(blank)", "(trống)", "(trong)", "(empty)"})


def _blank_to_none(column: pd.Series) -> pd.Series:
    """Text cells as normalised text (NFC, single spaces); blank text, and a pivot table's
    '(blank)' label, become None."""

    def text(value: object) -> object:
        if not isinstance(value, str):
            return value
        written = normalize_text(value)
        return None if not written or written.lower() in _BLANK_WORDS else written

    return map_distinct(column, text)


def _causes(
    sheet: SheetCells, columns: dict[str, int], first_row: int, last_row: int
) -> pd.DataFrame:
    field_of = {column: key for key, column in columns.items()}
    rows = [
        (row, field_of[column], kind, text)
        for (row, column), (kind, text) in sorted(sheet.causes.items())
        if first_row <= row <= last_row and column in field_of
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
