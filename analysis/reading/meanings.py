"""Meanings: what each column and row label of a table says, read with the vocabulary.

Each column's header path (`header_paths`) is read term by term (`vocabulary.read_term`)
and the terms combined (`column_reading`): 'Năm 2023' over 'Tỷ lệ (%)' is a printed rate of
2023; 'So sánh (%)' over 'TH/KH' the share of the plan achieved; 'Trong đó' over 'Nữ' a
part; a header chiso does not know over numbers names an indicator (a table of units), a
unit (units across) or a qualifier, and is listed as not understood. The column's cells
decide what a header alone cannot: a column of periods, of units, of units of measure, of
row numbers. The analyst's `Cách đọc` lines are followed exactly (`column_corrections`);
the value columns' roles are settled once the table is seen whole (`column_roles`).

The columns of one figure are then grouped (`figure_groups`): within a row, the count, its
base, the printed rate, the plan and the printed share of the plan that share a period, a
part and an indicator or unit across are one figure (`FigureGroup`). A change, a rank or a
note is never a figure and never added up; a total column is checked against its parts.
This module runs those steps over one table and says where each figure's indicator, unit
and period come from, and what no part of the table states.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ..model.periods import Period
from ..model.sources import Source
from .cells import BLANK, NUMBER, NUMBER_TEXT, Grid
from .column_corrections import follow_corrections, stated_by_corrections
from .column_reading import (
    assign_label_roles,
    column_kind,
    combine_terms,
    is_period_label,
    mark_draft_columns,
    profile_column,
)
from .column_roles import settle_roles
from .context import Stated, TitleContext
from .corrections import Correction
from .figure_groups import group_figures
from .header_paths import HeaderPath
from .meaning_types import (
    ColumnReading,
    FigureGroup,
    MeaningDraft,
    Question,
    TableMeaning,
)
from .tables import Region
from .vocabulary import (
    is_stock,
    is_total_label,
    looks_like_unit,
    numbers_columns,
    period_of,
    plain,
    read_term,
    with_year,
)
from .workbook import cell_ref, column_letter

# The types a table's meaning is made of, named where they are read.
__all__ = ["ColumnReading", "FigureGroup", "Question", "TableMeaning", "read_meanings"]


def read_meanings(
    grid: Grid,
    region: Region,
    paths: dict[int, HeaderPath],
    context: TitleContext,
    *,
    table_name: str,
    corrections: list[tuple[int, Correction]] | None = None,
    used: set[int] | None = None,
) -> TableMeaning:
    """A table's meaning (see the module's docstring). `table_name` names the table in a
    question's `Cách đọc` line ('Biểu 1'); `corrections` are the analyst's lines about this
    table, followed exactly (the index of each one followed is added to `used`)."""
    draft = MeaningDraft()
    profiles = {c: profile_column(grid, region, c) for c in region.columns}
    for column in region.columns:
        draft.columns[column] = column_kind(
            grid, region, combine_terms(paths[column]), profiles[column]
        )
    mark_draft_columns(draft)
    assign_label_roles(grid, region, draft, profiles)
    facts, rejected = follow_corrections(draft, corrections or [], used)
    _two_unit_columns(grid, region, draft, table_name)
    context = stated_by_corrections(context, facts, rejected)
    period, period_source, period_text = _table_period(draft, context)
    draft.columns = _resolve_yearless(draft, period)
    settle_roles(grid, region, draft, titled=context.indicator is not None)
    groups = group_figures(draft, period)
    _list_not_understood(draft)
    found = _dimensions(grid, region, draft, groups, context, facts, period)
    if context.period is not None and context.period.until is not None and not found.has_period:
        flows = _flows_without_start(grid, region, draft, context, found.indicator)
        if flows:
            draft.questions.append(_start_question(context, flows, table_name))
    return TableMeaning(
        region=region,
        columns=draft.columns,
        labels=dict(draft.labels),
        groups=tuple(groups),
        context=context,
        unit=found.unit,
        period=period if not found.has_period or "period" not in draft.labels else None,
        period_source=period_source,
        period_text=period_text,
        headings_as=found.headings_as,
        questions=tuple(draft.questions),
        missing=found.missing,
        not_understood=tuple(dict.fromkeys(draft.not_understood)),
        indicator=found.indicator,
        skipped=facts["skip"].cell if "skip" in facts else None,
        rejected=tuple(rejected),
    )


def _two_unit_columns(grid: Grid, region: Region, draft: MeaningDraft, table_name: str) -> None:
    """Two columns of units: nested ('Huyện' written once over its 'Xã' rows) the inner one
    is the unit; side by side in every row, which one the figures are for is unclear."""
    units = sorted(
        c.column for c in draft.columns.values() if c.kind == "label" and c.role == "unit"
    )
    if len(units) < 2:
        return
    outer, inner = units[0], units[-1]
    bottom = min(region.body_bottom, grid.shape[0] - 1)
    rows = range(region.body_top, bottom + 1)
    filled_inner = [r for r in rows if grid.kinds[r, inner] != BLANK]
    written = sum(
        1
        for r in filled_inner
        if grid.kinds[r, outer] != BLANK and grid.anchor(r, outer) == (r, outer)
    )
    if written < max(2, 0.8 * len(filled_inner)):
        return  # the outer column is written once a group: nested units
    outer_letter, inner_letter = column_letter(outer), column_letter(inner)
    draft.questions.append(
        Question(
            code="two_unit_columns",
            cell=draft.columns[outer].path.leaf_cell or cell_ref(region.header_bottom, outer),
            vi=(
                f"hai cột đơn vị ({outer_letter} và {inner_letter}) được ghi ở mọi dòng: không "
                "rõ số liệu là của đơn vị nào"
            ),
            en=(
                f"two columns of units ({outer_letter} and {inner_letter}) are filled on every "
                "row: whose figures they are is unclear"
            ),
            line=f"{table_name}, cột {outer_letter}: nhóm",
        )
    )


def _list_not_understood(draft: MeaningDraft) -> None:
    for reading in draft.columns.values():
        if reading.kind == "value" and reading.words and reading.across in (None, "qualifier"):
            draft.not_understood.append((reading.words, reading.path.leaf_cell or ""))
        if reading.kind == "label" and reading.role is None and reading.path.texts:
            draft.not_understood.append((reading.path.joined, reading.path.leaf_cell or ""))


@dataclass(frozen=True)
class _Dimensions:
    """Where a table's indicator, unit and period come from, and what nothing states."""

    unit: Stated | None
    indicator: Stated | None
    has_period: bool
    headings_as: str | None
    missing: tuple[str, ...]


def _dimensions(
    grid: Grid,
    region: Region,
    draft: MeaningDraft,
    groups: list[FigureGroup],
    context: TitleContext,
    facts: dict[str, Correction],
    period: Period | None,
) -> _Dimensions:
    """Each figure needs an indicator, a unit and a period: from a column of labels, a
    column's header, the analyst's line, a pivot's corner, the title, or heading rows."""
    has_unit = "unit" in draft.labels or any(g.unit for g in groups)
    has_indicator = "indicator" in draft.labels or (
        bool(groups) and all(g.indicator for g in groups if not g.total)
    )
    has_period = "period" in draft.labels or (
        all(g.period is not None for g in groups) and bool(groups)
    )
    indicator: Stated | None = None
    if "indicator" in facts and not has_indicator:
        line = facts["indicator"]
        indicator, has_indicator = Stated(line.value, Source("reading_line", line.cell)), True
    if not has_indicator and (corner := _corner_indicator(draft)) is not None:
        indicator, has_indicator = corner, True  # a pivot table's 'Sum of …'
    if not has_indicator and context.indicator is not None and groups:
        indicator, has_indicator = context.indicator, True  # a title naming the figure
    missing: list[str] = []
    if not has_indicator:
        missing.append("indicator")
    if not has_period and period is None:
        missing.append("period")
    unit: Stated | None = None
    if not has_unit:
        unit = context.unit
        if unit is None:
            missing.append("unit")
    headings_as: str | None = None
    for dimension in ("period", "unit", "indicator"):
        if dimension in missing and _headings_state(grid, region, draft, dimension):
            headings_as = dimension
            missing.remove(dimension)
            break
    return _Dimensions(unit, indicator, has_period, headings_as, tuple(missing))


def _flows_without_start(
    grid: Grid,
    region: Region,
    draft: MeaningDraft,
    context: TitleContext,
    indicator: Stated | None,
) -> list[str]:
    """The flows of a table whose title says only 'đến ngày …': a stock is counted at that
    day, but a flow needs the day its period starts."""
    stated = context.period
    if stated is None or stated.label is not None or stated.days is not None:
        return []
    names: list[str] = []
    if indicator is not None:
        names = [indicator.value]
    elif "indicator" in draft.labels:
        column = draft.labels["indicator"]
        bottom = min(region.body_bottom, grid.shape[0] - 1)
        names = [t for row in range(region.body_top, bottom + 1) if (t := grid.text(row, column))]
    names += [c.words for c in draft.columns.values() if c.across == "indicator" and c.words]
    return [n for n in dict.fromkeys(names) if not is_stock(n)]


def _start_question(context: TitleContext, flows: list[str], table_name: str) -> Question:
    stated = context.period
    assert stated is not None and stated.until is not None
    day = stated.until
    cell = stated.source.cells
    shown = ", ".join(f"«{f}»" for f in flows[:3]) + (" …" if len(flows) > 3 else "")
    return Question(
        code="period_start",
        cell=cell,
        vi=(
            f"tiêu đề chỉ ghi «đến ngày {day:%d/%m/%Y}»: {shown} là số phát sinh trong kỳ, "
            "không rõ kỳ bắt đầu từ ngày nào"
        ),
        en=(
            f"the title only says «up to {day:%d/%m/%Y}»: {shown} happen over a period, and "
            "when that period starts is not said"
        ),
        line=f"{table_name}: kỳ từ 01/01/{day.year} đến {day:%d/%m/%Y}",
    )


def _corner_indicator(draft: MeaningDraft) -> Stated | None:
    """The field a pivot table sums, written in its corner above the row labels ('Sum of
    Đảng viên mới' over 'Row Labels'): the indicator of every figure."""
    for reading in draft.columns.values():
        if reading.kind != "label" or len(reading.path.texts) < 2:
            continue
        for text, cell in zip(reading.path.texts[:-1], reading.path.cells[:-1], strict=True):
            term = read_term(text)
            if term.pivot and term.rest:
                return Stated(term.rest, Source("column_header", cell))
    return None


def _table_period(
    draft: MeaningDraft, context: TitleContext
) -> tuple[Period | None, Source | None, str | None]:
    """The period stated once for the table (title, sheet or file name), where it came
    from, and as written (a day the figures are counted to, when that is all it says)."""
    stated = context.period
    if stated is None:
        return None, None, None
    if stated.label is None and stated.days is None and stated.until is not None:
        return stated.stock_day(), stated.source, stated.text
    return stated.period, stated.source, stated.text


def _resolve_yearless(draft: MeaningDraft, period: Period | None) -> dict[int, ColumnReading]:
    """'TH 6 tháng' takes its year from the table's period ('BÁO CÁO 6 THÁNG ĐẦU NĂM 2024');
    a column whose header says 'đến ngày …' is counted to that day."""
    columns = dict(draft.columns)
    for column, reading in draft.columns.items():
        if reading.kind != "value":
            continue
        if reading.yearless and reading.period is None and period is not None:
            resolved = with_year(reading.yearless, period.end.year)
            if resolved is not None:
                columns[column] = replace(
                    reading, period=resolved, period_cell=reading.path.leaf_cell
                )
        elif reading.yearless and reading.period is not None and reading.period.kind == "year":
            resolved = with_year(reading.yearless, reading.period.start.year)
            if resolved is not None:
                columns[column] = replace(reading, period=resolved)
        elif reading.until is not None and reading.period is None:
            # 'Tổng số đảng viên (đến ngày 30/11/2022)': a stock counted at that day
            day = period_of(f"{reading.until.day}/{reading.until.month}/{reading.until.year}")
            columns[column] = replace(reading, period=day, period_cell=reading.path.leaf_cell)
    return columns


def _headings_state(grid: Grid, region: Region, draft: MeaningDraft, dimension: str) -> bool:
    """Whether the table's heading rows (text only, inside the body) name what the table
    lacks: periods ('Năm 2023'), units ('Xã Tịnh Hà') or indicators."""
    value_columns = [c for c, r in draft.columns.items() if r.kind == "value"]
    if not value_columns:
        return False
    headings: list[str] = []
    bottom = min(region.body_bottom, grid.shape[0] - 1)
    first_figure: int | None = None
    first_heading: int | None = None
    for row in range(region.body_top, bottom + 1):
        kinds = grid.kinds[row, value_columns]
        if ((kinds == NUMBER) | (kinds == NUMBER_TEXT)).any():
            first_figure = row if first_figure is None else first_figure
            continue
        texts = grid.row_texts(row, region.left, region.right)
        if texts and not numbers_columns(texts):
            first_heading = row if first_heading is None else first_heading
            headings.append(texts[-1] if len(texts) > 1 else texts[0])
    # The headings name every figure only when one stands above the first figure.
    if (
        not headings
        or first_heading is None
        or (first_figure is not None and first_figure < first_heading)
    ):
        return False
    if dimension == "period":
        return all(is_period_label(h) or is_period_label(plain(h)) for h in headings)
    if dimension == "unit":
        return all(looks_like_unit(h) for h in headings)
    return not any(is_period_label(h) or is_total_label(h) or looks_like_unit(h) for h in headings)
