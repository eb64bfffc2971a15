"""Figures: the rows of a table read into one raw frame per figure group, with every value's
cell. Which rows are figures, which are headings, totals, parts of the row above, or the
parts of an official form that are not data (each test of a row is in `row_kinds`; here
they are applied in order and the frame assembled).

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
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from ..model.text import map_distinct, normalize_text
from .cells import Grid
from .meanings import FigureGroup, TableMeaning
from .row_kinds import (
    complete_totals,
    form_rows,
    heading_text,
    merged_across,
    numbered_rows,
    parents,
    part_name,
    pivot_blank_rows,
    subtotal_rows,
    total_rows,
    within_markers,
)
from .vocabulary import is_stock
from .workbook import SheetCells, column_letter

NUMBER_FIELDS = ("numerator", "denominator", "rate", "target", "achievement")
LABEL_FIELDS = (
    "stt",
    "indicator",
    "code",
    "unit",
    "period",
    "measure",
    "note",
    "source",
    "group",
    # a draft's (issue 20): the analyst's answer and the kind of figure the extractor saw
    "confirmation",
    "kind",
)

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
    # Cells a percentage format lets be read two ways: (row, field, stored number).
    ambiguous_percent: tuple[tuple[int, str, float], ...] = ()

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
    values, ambiguous = _field_values(sheet, grid, meaning, group, columns, stated_period)
    across = group.indicator is not None
    name_field = (
        "unit" if across or ("indicator" not in columns and "unit" in columns) else "indicator"
    )
    others = sheet.columns(region.body_top, numbers=list(value_columns)) if value_columns else {}
    any_figure = (
        pd.DataFrame({c: s.loc[: region.body_bottom] for c, s in others.items()})
        .notna()
        .any(axis=1)
        if others
        else pd.Series(False, index=values.index)
    )
    values = _without_form_rows(values, columns, region.repeated)
    any_figure = any_figure.reindex(values.index, fill_value=False)
    causes = _causes(sheet, columns, region.body_top, region.body_bottom)
    rows = _row_kinds(values, sheet, columns, group, name_field, causes, any_figure)
    values, section, overrides = _headings_as_labels(values, rows, meaning, columns, name_field)
    keep = ~rows.empty & ~rows.heading & ~rows.within
    total = total_rows(values, name_field) & keep
    # A group's own row over its units ('I | KHỐI XÃ | 1444 …', a pivot's 'Khối xã'): the
    # subtotal of the units below it, checked against them, never a unit of its own.
    leads = pd.Series(False, index=values.index)
    if name_field == "unit":
        leads = _group_rows(values, meaning, others, keep & ~total, rows.heading | total)
    block = (rows.heading | leads | total.shift(fill_value=False)).cumsum()
    total |= leads
    if total.any():
        values = complete_totals(values, total, block)
    values = _names(values, meaning, group, columns, overrides)
    values = _stock_periods(values, meaning, group, columns)
    parent = parents(values, keep, rows.heading | total, rows.within)
    if "indicator" in values.columns and not across and (parent.notna()).any():
        # 'Chia ra: - Nam', '- Nữ': a part's name without its marks
        is_part = parent.notna()
        values.loc[is_part, "indicator"] = map_distinct(values.loc[is_part, "indicator"], part_name)
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
        ambiguous_percent=tuple(a for a in ambiguous if a[0] in table.index),
    )


def _field_values(
    sheet: SheetCells,
    grid: Grid,
    meaning: TableMeaning,
    group: FigureGroup,
    columns: dict[str, int],
    stated_period: str | None,
) -> tuple[pd.DataFrame, tuple[tuple[int, str, float], ...]]:
    """Each field's raw cells, one column each, down to the table's last row; the unit,
    period and unit of measure the table states once given to every row. Also the cells
    a percentage format lets be read two ways (`_percentages`)."""
    region = meaning.region
    by_column = sheet.columns(
        region.body_top,
        text=[c for key, c in columns.items() if key not in NUMBER_FIELDS],
        numbers=sorted({c for key, c in columns.items() if key in NUMBER_FIELDS}),
    )
    values = pd.DataFrame(
        {key: by_column[column].loc[: region.body_bottom] for key, column in columns.items()}
    )
    values = _without_measures(values, grid, group)
    values, ambiguous = _percentages(values, sheet, group)
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
    return values, ambiguous


def _without_form_rows(
    values: pd.DataFrame, columns: dict[str, int], repeated: tuple[int, ...]
) -> pd.DataFrame:
    """Text as normalised text (blank None), without the rows that are not data: the
    form's own rows, a pivot table's '(blank)' rows and a header repeated down the sheet."""
    unlabelled = pivot_blank_rows(values, [k for k in columns if k in LABEL_FIELDS])
    values = values.copy()
    for key in values.columns:
        text = values[key].dtype == object or pd.api.types.is_string_dtype(values[key].dtype)
        if text and key != "stt":
            values[key] = _blank_to_none(values[key])
    # A pivot table's '(blank)' row has no name: its numbers are no figure (and are said so).
    dropped = form_rows(values[list(columns)]) + unlabelled
    dropped += [r for r in repeated if r in values.index]  # a header repeated
    return values.drop(index=dropped)


@dataclass(frozen=True)
class _RowKinds:
    """Which rows of a table's frame are empty, headings or 'Trong đó:' markers, and the
    heading each row stands under (`section`)."""

    empty: pd.Series
    heading: pd.Series
    within: pd.Series
    section: pd.Series


def _row_kinds(
    values: pd.DataFrame,
    sheet: SheetCells,
    columns: dict[str, int],
    group: FigureGroup,
    name_field: str,
    causes: pd.DataFrame,
    any_figure: pd.Series,
) -> _RowKinds:
    """Empty rows, headings (text but no figure) and 'Trong đó:' rows, from what each row
    fills; a row with an Excel error or a formula in it is never empty or a heading."""
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
    numbered = numbered_rows(values)
    heading = (
        no_figure & ~values.index.isin(with_cause) & filled.any(axis=1) & ~numbered
    ) | merged_across(sheet, columns.get(name_field), group.main, values.index)
    heading &= ~empty
    within = within_markers(values)
    heading &= ~within
    section = heading_text(values[heading], name_field).reindex(values.index).ffill()
    return _RowKinds(empty=empty, heading=heading, within=within, section=section)


def _headings_as_labels(
    values: pd.DataFrame,
    rows: _RowKinds,
    meaning: TableMeaning,
    columns: dict[str, int],
    name_field: str,
) -> tuple[pd.DataFrame, pd.Series, dict[str, pd.Series]]:
    """Where headings name a field for the rows below ('Năm 2023' over its rows), that
    field is filled from them, each row's cell the heading's; the section is then none.
    Returns the values, each row's section, and the cells of fields not in one column."""
    overrides: dict[str, pd.Series] = {}
    section = rows.section
    if meaning.headings_as is None:
        return values, section, overrides
    field = meaning.headings_as
    values = values.copy()
    values[field] = section.astype(object).where(section.notna(), None)
    heading_rows = np.where(rows.heading, values.index, np.nan)
    rows_of = pd.Series(heading_rows, index=values.index).ffill()
    letter = column_letter(columns.get(name_field, meaning.region.left))
    overrides[field] = rows_of.map(lambda r: None if r != r else f"{letter}{int(r) + 1}").astype(
        object
    )
    section = pd.Series([None] * len(values), index=values.index, dtype=object)
    return values, section, overrides


def _group_rows(
    values: pd.DataFrame,
    meaning: TableMeaning,
    others: dict[int, pd.Series],
    candidates: pd.Series,
    boundary: pd.Series,
) -> pd.Series:
    """In a table of units, the rows that add up the units below them, by the counts of
    the columns that hold counts (never rates)."""
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
    return subtotal_rows(values, numbers, candidates, boundary)


def _names(
    values: pd.DataFrame,
    meaning: TableMeaning,
    group: FigureGroup,
    columns: dict[str, int],
    overrides: dict[str, pd.Series],
) -> pd.DataFrame:
    """Each figure's name where no column of names gives it: the column's indicator (a table
    of indicators as columns) or the table's; a part's code dropped, a qualifier added.
    Adds the name's cell to `overrides`."""
    values = values.copy()
    if group.indicator is not None:
        values["indicator"] = pd.Series(group.indicator, index=values.index, dtype=object)
        overrides["indicator"] = pd.Series(group.indicator_cell, index=values.index, dtype=object)
    elif meaning.indicator is not None and "indicator" not in columns:
        values["indicator"] = pd.Series(meaning.indicator.value, index=values.index, dtype=object)
        cell = meaning.indicator.source.cells
        overrides["indicator"] = pd.Series(cell, index=values.index, dtype=object)
    if group.part is not None and "code" in values.columns:
        values["code"] = None  # a part is not the figure its row's code names
    if group.qualifier and "indicator" in values.columns:
        values["indicator"] = values["indicator"].map(
            lambda name: None if name is None else f"{name} ({group.qualifier})"
        )
    return values


def _stock_periods(
    values: pd.DataFrame, meaning: TableMeaning, group: FigureGroup, columns: dict[str, int]
) -> pd.DataFrame:
    """'đến ngày 30/11/2022': a stock is counted at that day; a flow keeps its labelled
    period, ended that day (only where nothing else gives the rows their period)."""
    stated = meaning.context.period
    if not (
        group.period is None
        and "period" not in columns
        and meaning.headings_as != "period"
        and stated is not None
        and stated.until is not None
        and stated.days is None
        and "indicator" in values.columns
    ):
        return values
    day = stated.stock_day()
    flow = stated.period
    stocks = map_distinct(values["indicator"], is_stock).fillna(False).astype(bool)
    codes = pd.Series([day.code if day else None] * len(values), index=values.index)
    values = values.copy()
    values["period"] = codes.where(stocks, flow.code if flow else None).astype(object)
    return values


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


def _percentages(
    values: pd.DataFrame, sheet: SheetCells, group: FigureGroup
) -> tuple[pd.DataFrame, tuple[tuple[int, str, float], ...]]:
    """A number whose format prints '%' is that percentage, as Excel shows it: 0,2415
    formatted '0.00%' is 24,15 per cent; 24,15 formatted '0.00"%"' is 24,15 per cent too (a
    figure with no unit of measure is then a rate). Returns the values and the cells read
    two ways, (row, field, stored number): a percentage format over a number above 1 (95,7
    formatted '0.0%' shows 9570,0%, where 95,7% may have been meant)."""
    percent = sheet.percent_cells()
    if not (percent.scaled or percent.literal):
        return values, ()
    result = values
    ambiguous: list[tuple[int, str, float]] = []
    for field, column in group.fields.items():
        scaled = _number_rows(result[field], percent.scaled, column)
        literal = _number_rows(result[field], percent.literal, column)
        if not (len(scaled) or len(literal)):
            continue
        series = result[field].copy()
        if series.dtype != object and not pd.api.types.is_float_dtype(series.dtype):
            series = series.astype(object)
        if len(scaled):
            stored = pd.to_numeric(series.loc[scaled], errors="coerce").astype(np.float64)
            series.loc[scaled] = (stored * 100).round(10)
            if field != "achievement":  # a share of the plan above 100% is usual
                over = stored[stored.abs() > 1]
                rows = over.index.to_numpy(dtype=np.int64).tolist()
                ambiguous += [(r, field, v) for r, v in zip(rows, over.tolist(), strict=True)]
        result = result.assign(**{field: series})
        marked = scaled.union(literal)
        if field == "numerator" and len(marked):
            measure = (
                result["measure"].astype(object)
                if "measure" in result.columns
                else pd.Series([None] * len(result), index=result.index, dtype=object)
            )
            measure.loc[marked] = measure.loc[marked].where(measure.loc[marked].notna(), "%")
            result = result.assign(measure=measure)
    return result, tuple(sorted(ambiguous))


def _number_rows(series: pd.Series, cells: frozenset[tuple[int, int]], column: int) -> pd.Index:
    """The rows of a column's cells among `cells` that hold a number (not text, not a
    true/false)."""
    rows = sorted(r for (r, c) in cells if c == column and r in series.index)
    if not rows:
        return pd.Index([], dtype=np.int64)
    plain = series.loc[rows].map(
        lambda v: (
            isinstance(v, int | float | np.floating | np.integer)
            and not isinstance(v, bool | np.bool_)
            and v == v
        )
    )
    return pd.Index(rows, dtype=np.int64)[plain.to_numpy(dtype=bool)]


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
