"""Meanings: what each column and row label of a table says, read with the vocabulary.

Each column's header path (`header_paths`) is read term by term (`vocabulary.read_term`)
and the terms combined: 'Năm 2023' over 'Tỷ lệ (%)' is a printed rate of 2023; 'So sánh
(%)' over 'TH/KH' the share of the plan achieved; 'Trong đó' over 'Nữ' a part; a header
chiso does not know over numbers names an indicator (a table of units), a unit (units
across) or a qualifier, and is listed as not understood. The column's cells decide what a
header alone cannot: a column of periods, of units, of units of measure, of row numbers.

The columns of one figure are then grouped: within a row, the count, its base, the
printed rate, the plan and the printed share of the plan that share a period, a part and
an indicator or unit across are one figure (`FigureGroup`). A change, a rank or a note is
never a figure and never added up; a total column is checked against its parts.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field, replace
from typing import Literal

import numpy as np

from ..model.measures import is_measure
from ..model.periods import Period, PeriodParseError, parse_period
from .cells import BLANK, NUMBER, NUMBER_TEXT, SENTINEL, TEXT, Grid
from .context import Stated, StatedPeriod, TitleContext
from .corrections import Correction
from .header_paths import HeaderPath
from .tables import Region
from .vocabulary import (
    LABEL_ROLES,
    NOT_READ_ROLES,
    is_stock,
    is_total_label,
    looks_like_unit,
    numbers_columns,
    plain,
    read_term,
    with_year,
)
from .workbook import cell_ref, column_letter

ColumnKind = Literal["label", "value", "unread"]
Across = Literal["indicator", "unit", "qualifier", "part"] | None
FIGURE_FIELDS = ("numerator", "denominator", "rate", "target", "achievement")


@dataclass(frozen=True)
class ColumnReading:
    """What one column of a table is. A `label` column holds row labels of one `role`
    (indicator, unit, period, measure, code, stt, note, source, group); a `value` column
    holds numbers of one role (count, base, rate, target, previous, achievement, whole), with
    the period, part, and words naming an indicator or a unit across that its header states;
    an `unread` column's numbers are not figures, for the `reason` given."""

    column: int
    path: HeaderPath
    kind: ColumnKind
    role: str | None = None
    period: Period | None = None
    period_cell: str | None = None
    yearless: str | None = None
    until: dt.date | None = None
    part: str | None = None
    words: str | None = None  # header words chiso does not know, as written
    across: Across = None
    measure: str | None = None
    reason: tuple[str, str] | None = None
    total: bool = False  # a total column ('Tổng cộng' beside units): checked, not a figure
    corrected: str | None = None  # the `Cách đọc` cell whose line says what this column is

    @property
    def letter(self) -> str:
        return column_letter(self.column)


@dataclass(frozen=True)
class FigureGroup:
    """The columns of one figure in every row: `fields` maps numerator, denominator, rate,
    target and achievement to their columns."""

    fields: dict[str, int]
    period: Period | None = None
    period_cell: str | None = None
    years_back: int = 0
    target_period: str | None = None
    indicator: str | None = None  # an indicator across (its column's header)
    indicator_cell: str | None = None
    unit: str | None = None  # a unit across
    unit_cell: str | None = None
    part: str | None = None  # a breakdown's part: the row's figure in `whole`'s column
    whole: int | None = None
    qualifier: str | None = None  # words kept in the indicator's name
    measure: str | None = None
    total: bool = False  # a total column's figures: checked against the others, not counted

    @property
    def main(self) -> int:
        return self.fields.get("numerator", next(iter(self.fields.values())))


@dataclass(frozen=True)
class Question:
    """Where chiso cannot decide between readings: the table is not read, and the analyst
    is told which readings fit, why, and the `Cách đọc` line that settles it."""

    code: str
    cell: str
    vi: str
    en: str
    line: str  # a Cách đọc line that settles it


@dataclass(frozen=True)
class TableMeaning:
    """A table read: its columns, its figures' groups, the labels down its side, and what
    is stated once for all its figures."""

    region: Region
    columns: dict[int, ColumnReading]
    labels: dict[str, int]
    groups: tuple[FigureGroup, ...]
    context: TitleContext
    unit: Stated | None = None  # every row's unit, stated once
    period: Period | None = None  # every row's period, stated once
    period_source: str | None = None
    period_text: str | None = None
    indicator: Stated | None = None  # every row's indicator, stated once (a correction)
    headings_as: str | None = (
        None  # heading rows name this dimension: 'period', 'unit', 'indicator'
    )
    questions: tuple[Question, ...] = ()
    missing: tuple[
        str, ...
    ] = ()  # fields no part of the table states: 'indicator', 'unit', 'period'
    not_understood: tuple[tuple[str, str], ...] = ()  # (term, cell)
    skipped: str | None = None  # the `Cách đọc` cell whose line says to skip the table
    rejected: tuple[
        tuple[str, str, str], ...
    ] = ()  # Cách đọc lines it cannot follow: cell, line, why


@dataclass(frozen=True)
class _Profile:
    numbers: int
    texts: int
    sentinels: int
    nonblank: int
    values: tuple[str, ...]  # distinct texts, first 200


def _profile(grid: Grid, region: Region, column: int) -> _Profile:
    bottom = min(region.body_bottom, grid.shape[0] - 1)
    rows = [r for r in range(region.body_top, bottom + 1) if r not in region.repeated]
    kinds = grid.kinds[rows, column]
    texts: list[str] = []
    for position in np.flatnonzero(kinds == TEXT).tolist()[:400]:
        text = grid.text(rows[position], column)
        if text and text not in texts:
            texts.append(text)
    return _Profile(
        numbers=int(((kinds == NUMBER) | (kinds == NUMBER_TEXT)).sum()),
        texts=int((kinds == TEXT).sum()),
        sentinels=int((kinds == SENTINEL).sum()),
        nonblank=int((kinds != BLANK).sum()),
        values=tuple(texts[:200]),
    )


# -- one column ------------------------------------------------------------------------------


def _combine(path: HeaderPath) -> ColumnReading:
    """A column's header terms combined, top to bottom (its kind is decided later)."""
    terms = [read_term(text) for text in path.texts]
    kept = [
        (t, c)
        for t, c in zip(terms, path.cells, strict=True)
        if not (t.pivot and t.role is None and not t.rest)
    ]
    if kept and len(kept) < len(terms):  # a pivot table's 'Column Labels' over its years
        terms = [t for t, _ in kept]
        path = HeaderPath(path.column, tuple(t.text for t in terms), tuple(c for _, c in kept))
    label = next((t.role for t in terms if t.role in LABEL_ROLES), None)
    value_roles = [t.role for t in terms if t.role is not None and t.role not in LABEL_ROLES]
    scenario = next((r for r in value_roles if r in ("target", "previous")), None)
    role: str | None = value_roles[-1] if value_roles else None
    comparison = any(t.comparison for t in terms)
    if comparison:
        lower = role
        if lower in ("achievement", "target"):
            role = "achievement"
        elif lower in ("previous", "change"):
            role = "change"
        else:
            role = "comparison"
    elif scenario == "target" and role in ("count", None, "target"):
        role = "target"
    elif scenario == "previous" and role in ("count", None, "previous"):
        # 'Cùng kỳ năm 2023' states its own period: a result of that period
        role = "previous" if not any(t.period for t in terms) else "count"
    periods: list[tuple[Period, str]] = []
    for term, cell in zip(terms, path.cells, strict=True):
        if term.period is not None and all(term.period.code != p.code for p, _ in periods):
            periods.append((term.period, cell))
    part: str | None = None
    for index, term in enumerate(terms):
        if term.part is None:
            continue
        if term.part:
            part = term.part
        elif index + 1 < len(terms):
            # 'Trong đó' over 'Độ tuổi' over 'Đến 30 tuổi': the part is every level below
            below = [t.rest or t.text for t in terms[index + 1 :] if (t.rest or t.text)]
            part = " – ".join(dict.fromkeys(below))
        else:
            part = ""
    unknown = [
        t.rest or t.text
        for t in terms
        if t.role is None
        and t.period is None
        and t.part is None
        and not t.comparison
        and t.yearless is None
        and (t.rest or t.text)
        and not (part and (t.rest or t.text) == part)
    ]
    unknown += [
        t.rest for t in terms if t.role is not None and t.rest and t.role not in LABEL_ROLES
    ]
    yearless = next((t.yearless for t in terms if t.yearless), None)
    until = next((t.until for t in terms if t.until), None)
    measure = next((t.measure for t in reversed(terms) if t.measure), None)
    period, period_cell = periods[-1] if periods else (None, None)
    reading = ColumnReading(
        column=path.column,
        path=path,
        kind="value",
        role=role,
        period=period,
        period_cell=period_cell,
        yearless=yearless,
        until=until,
        part=part,
        words=" ".join(dict.fromkeys(unknown)) or None,
        measure=measure,
    )
    if label is not None and role is None and not periods and part is None:
        return replace(reading, kind="label", role=label)
    leaf = terms[-1] if terms else None
    if (
        leaf is not None
        and leaf.role in LABEL_ROLES
        and all(t.pivot or t.role in LABEL_ROLES for t in terms)
    ):
        return replace(reading, kind="label", role=leaf.role, words=None)
    if len(periods) > 1 and not _nested(periods):
        return replace(
            reading,
            kind="unread",
            reason=(
                f"hai kỳ trong một tiêu đề ({periods[0][0].label()}, {periods[1][0].label()})",
                f"two periods in one header ({periods[0][0].label(lang='en')}, "
                f"{periods[1][0].label(lang='en')})",
            ),
        )
    return reading


def _nested(periods: list[tuple[Period, str]]) -> bool:
    """'Năm 2024' over 'Quý I/2024': the lower period lies within the upper."""
    outer = periods[0][0]
    return all(outer.start <= p.start and p.end <= outer.end for p, _ in periods[1:])


def _label_role_by_content(profile: _Profile) -> str | None:
    """A text column's role, read from its cells: periods, units, units of measure."""
    values = profile.values
    if not values:
        return None
    periods = sum(1 for v in values if _is_period(v))
    if periods >= max(1, 0.8 * len(values)):
        return "period"
    units = sum(1 for v in values if looks_like_unit(v))
    if units >= max(1, 0.5 * len(values)):
        return "unit"
    if all(is_measure(v) for v in values):
        return "measure"
    return None


def _is_period(text: str) -> bool:
    term = read_term(text)
    return term.period is not None and not term.rest and term.role is None


def _looks_like_stt(grid: Grid, region: Region, column: int) -> bool:
    """A column of row numbers: 1, 2, 3… or I, II, 1.1, a), '-'."""
    bottom = min(region.body_bottom, grid.shape[0] - 1)
    numbers = [
        grid.numbers[row, column]
        for row in range(region.body_top, bottom + 1)
        if grid.kinds[row, column] == NUMBER
    ]
    if len(numbers) < 2:
        return False
    whole = [n for n in numbers if float(n).is_integer()]
    steps = sum(1 for a, b in itertools.pairwise(whole) if b == a + 1)
    return len(whole) >= 0.6 * len(numbers) and steps >= 0.5 * (len(whole) - 1) and whole[0] <= 3


# -- the table -----------------------------------------------------------------------------


@dataclass
class _Draft:
    columns: dict[int, ColumnReading] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)
    not_understood: list[tuple[str, str]] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    # A base shared by several counts ('Tổng số hộ' under 'Số hộ nghèo' and 'Số hộ cận
    # nghèo'): count column -> base column.
    bases: dict[int, int] = field(default_factory=dict)


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
    draft = _Draft()
    profiles = {c: _profile(grid, region, c) for c in region.columns}
    for column in region.columns:
        draft.columns[column] = _column_kind(
            grid, region, _combine(paths[column]), profiles[column]
        )
    _label_roles(grid, region, draft, profiles)
    facts, rejected = _follow_corrections(draft, corrections or [], used)
    _two_unit_columns(grid, region, draft, table_name)
    context = _stated_by_corrections(context, facts, rejected)
    period, period_source, period_text = _table_period(draft, context)
    draft.columns = _resolve_yearless(draft, period)
    _settle_roles(grid, region, draft, titled=context.indicator is not None)
    groups = _groups(draft, period)
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


def _follow_corrections(
    draft: _Draft, corrections: list[tuple[int, Correction]], used: set[int] | None
) -> tuple[dict[str, Correction], list[tuple[str, str, str]]]:
    """Apply the analyst's column lines to the draft; return their lines about the whole
    table (period, unit, indicator, skip) and the lines that cannot be followed."""
    facts: dict[str, Correction] = {}
    rejected: list[tuple[str, str, str]] = []
    for index, line in corrections:
        if line.column is None:
            if line.what in ("period", "unit", "indicator", "skip"):
                facts[line.what] = line
                if used is not None:
                    used.add(index)
            continue
        if line.column not in draft.columns:
            continue
        fixed = _corrected(draft.columns[line.column], line)
        if fixed is None:
            rejected.append((line.cell, line.text, "không hiểu / not understood"))
        else:
            draft.columns[line.column] = fixed
        if used is not None:
            used.add(index)
    draft.labels = {}
    for reading in sorted(draft.columns.values(), key=lambda c: c.column):
        if (
            reading.kind == "label"
            and reading.role is not None
            and (reading.role == "unit" or reading.role not in draft.labels)
        ):
            draft.labels[reading.role] = reading.column
    return facts, rejected


def _two_unit_columns(grid: Grid, region: Region, draft: _Draft, table_name: str) -> None:
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


def _stated_by_corrections(
    context: TitleContext, facts: dict[str, Correction], rejected: list[tuple[str, str, str]]
) -> TitleContext:
    """The table's period and unit as the analyst's lines state them, over the title's."""
    if "period" in facts:
        line = facts["period"]
        stated_period = period_of(line.value)
        if stated_period is None:
            rejected.append((line.cell, line.text, "kỳ không đọc được / unreadable period"))
        else:
            context = replace(
                context,
                period=StatedPeriod(
                    label=stated_period,
                    days=None,
                    until=None,
                    source=f"Cách đọc {line.cell}",
                    text=line.value,
                ),
            )
    if "unit" in facts:
        line = facts["unit"]
        context = replace(context, scope=Stated(line.value, f"Cách đọc {line.cell}"))
    return context


def _settle_roles(grid: Grid, region: Region, draft: _Draft, *, titled: bool) -> None:
    """The value columns' roles once the table is seen whole: 'So sánh (%)' by its
    neighbours; changes, ranks and notes set aside; words across; a printed rate's count
    and base; a whole's part."""
    values = [c for c in draft.columns.values() if c.kind == "value"]
    has_target = any(c.role == "target" for c in values)
    for reading in values:  # 'So sánh (%)' alone: the share of the plan beside a plan
        if reading.role == "comparison":
            role = "achievement" if has_target else "change"
            draft.columns[reading.column] = replace(reading, role=role)
    for reading in list(draft.columns.values()):
        if reading.kind == "value" and reading.role in NOT_READ_ROLES:
            draft.columns[reading.column] = replace(
                reading, kind="unread", reason=NOT_READ_ROLES[reading.role]
            )
    _across(draft)
    _rate_triangles(grid, region, draft, titled=titled)
    _wholes(draft)


def _list_not_understood(draft: _Draft) -> None:
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
    draft: _Draft,
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
        indicator, has_indicator = Stated(line.value, f"Cách đọc {line.cell}"), True
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
    draft: _Draft,
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
    cell = stated.source.removeprefix("title cell ")
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


def _corner_indicator(draft: _Draft) -> Stated | None:
    """The field a pivot table sums, written in its corner above the row labels ('Sum of
    Đảng viên mới' over 'Row Labels'): the indicator of every figure."""
    for reading in draft.columns.values():
        if reading.kind != "label" or len(reading.path.texts) < 2:
            continue
        for text, cell in zip(reading.path.texts[:-1], reading.path.cells[:-1], strict=True):
            term = read_term(text)
            if term.pivot and term.rest:
                return Stated(term.rest, f"column header {cell}")
    return None


def _corrected(reading: ColumnReading, line: Correction) -> ColumnReading | None:
    """A column as a `Cách đọc` line says it is."""
    base = replace(
        reading,
        corrected=line.cell,
        reason=None,
        total=False,
        words=None,
        across=None,
        part=None,
        period=reading.period,
    )
    if line.what == "skip":
        return replace(base, kind="unread", reason=NOT_READ_ROLES["skip"])
    if line.what == "qualifier":
        return replace(
            base,
            kind="value",
            role=base.role if base.kind == "value" else None,
            words=line.value,
            across="qualifier",
        )
    if line.what == "indicator":
        return replace(
            base,
            kind="value",
            role=base.role if base.kind == "value" else None,
            words=line.value,
            across="indicator",
        )
    if line.what == "unit":
        return replace(
            base,
            kind="value",
            role=base.role if base.kind == "value" else None,
            words=line.value,
            across="unit",
        )
    if line.what == "period":
        period = period_of(line.value)
        if period is None:
            return None
        return replace(base, kind="value", period=period, period_cell=line.cell)
    term = read_term(line.value)
    if term.role in LABEL_ROLES:
        return replace(base, kind="label", role=term.role, period=None)
    if term.role is None and term.period is None and term.part is None:
        return None
    role = term.role or (reading.role if reading.kind == "value" else None)
    if term.role == "previous" and term.period is not None:
        role = "count"
    return replace(
        base,
        kind="value",
        role=role,
        period=term.period or (reading.period if reading.kind == "value" else None),
        period_cell=line.cell if term.period else reading.period_cell,
        part=term.part or None,
        across="part" if term.part else None,
        measure=term.measure,
    )


def period_of(text: str) -> Period | None:
    """A period as a line writes it, or None."""
    try:
        return parse_period(text)
    except PeriodParseError:
        return None


def _column_kind(
    grid: Grid, region: Region, reading: ColumnReading, profile: _Profile
) -> ColumnReading:
    """Whether a column holds labels, figures, or numbers that are not figures."""
    numeric = profile.numbers + profile.sentinels
    # A column of names: text in nearly every filled cell (a stray number is a typing slip).
    textual = profile.texts > 4 * numeric or (profile.texts > numeric and profile.numbers == 0)
    if reading.kind == "unread":
        return reading
    if reading.kind == "label":
        if reading.role == "note" and profile.numbers and not profile.texts:
            return replace(reading, kind="unread", reason=NOT_READ_ROLES["note"])
        if reading.role == "unit" and profile.values and all(is_measure(v) for v in profile.values):
            return replace(reading, role="measure")  # a bare 'Đơn vị' of units of measure
        return reading
    described = (
        reading.role is not None
        or reading.period is not None
        or reading.yearless is not None
        or reading.part is not None
    )
    if not reading.path.texts:
        if (
            profile.numbers
            and reading.column == region.left
            and _looks_like_stt(grid, region, reading.column)
        ):
            return replace(reading, kind="label", role="stt")
        if profile.numbers:
            return replace(
                reading,
                kind="unread",
                reason=("cột số không có tiêu đề", "a column of numbers with no header"),
            )
        return replace(reading, kind="label", role=None)
    if textual and not described:
        return replace(reading, kind="label", role=None)
    if not profile.numbers and not profile.sentinels and not described:
        return replace(reading, kind="label", role=None)
    return reading


def _label_roles(grid: Grid, region: Region, draft: _Draft, profiles: dict[int, _Profile]) -> None:
    """Which label column is the indicator, the unit, the period…: by its header, else by
    its cells; one column a role (the innermost unit, the first indicator)."""
    labels = [c for c in draft.columns.values() if c.kind == "label"]
    for reading in labels:
        role = reading.role
        if role in (None, "label"):
            role = _label_role_by_content(profiles[reading.column])
            if (
                role is None
                and reading.column == region.left
                and _looks_like_stt(grid, region, reading.column)
            ):
                role = "stt"
            draft.columns[reading.column] = replace(reading, role=role)
    ordered = sorted(
        (c for c in draft.columns.values() if c.kind == "label"), key=lambda c: c.column
    )
    for reading in ordered:
        role = reading.role
        if role is None:
            continue
        if role == "unit" and "unit" in draft.labels:
            draft.labels["unit"] = reading.column  # the innermost of nested units
            continue
        draft.labels.setdefault(role, reading.column)
    if "indicator" not in draft.labels:
        free = [c for c in ordered if c.role is None and profiles[c.column].texts]
        if free:
            chosen = free[0]
            draft.columns[chosen.column] = replace(chosen, role="indicator")
            draft.labels["indicator"] = chosen.column
    if "stt" in draft.labels and "indicator" not in draft.labels:
        return


def _across(draft: _Draft) -> None:
    """What a value column's unknown words name: a unit across ('Xã Tịnh Hà'), an indicator
    across (a table of units, one column per indicator), a part of the whole beside it, or a
    qualifier kept in the indicator's name."""
    values = [
        c for c in sorted(draft.columns.values(), key=lambda c: c.column) if c.kind == "value"
    ]
    # 'Toàn huyện | Chia ra: Xã A | Xã B': parts that are units are units across.
    unit_parts = [c for c in values if c.part and looks_like_unit(c.part) and not c.corrected]
    if len(unit_parts) >= 2:
        for reading in unit_parts:
            draft.columns[reading.column] = replace(
                reading, part=None, words=reading.part, across="unit"
            )
        values = [draft.columns[c.column] for c in values]
    worded = [c for c in values if c.words and c.part is None]
    units = [c for c in worded if looks_like_unit(c.words)]
    rows_name_indicators = "indicator" in draft.labels
    for reading in values:
        if reading.corrected:
            continue
        if reading.part is not None:
            draft.columns[reading.column] = replace(reading, across="part")
            continue
        if not reading.words:
            continue
        if reading in units and (len(units) >= 2 or rows_name_indicators):
            draft.columns[reading.column] = replace(reading, across="unit")
        elif not rows_name_indicators:
            draft.columns[reading.column] = replace(reading, across="indicator")
        else:
            draft.columns[reading.column] = replace(reading, across="qualifier")
    # Columns right after a part, or after a whole ('Tổng số | Nam | Nữ'), that name nothing
    # of their own are parts too.
    ordered = [c for c in sorted(draft.columns.values(), key=lambda c: c.column)]
    previous: ColumnReading | None = None
    for reading in ordered:
        if reading.kind != "value":
            previous = None
            continue
        after_part = previous is not None and previous.across == "part"
        after_whole = previous is not None and previous.role == "whole" and previous.part is None
        if (
            (after_part or after_whole)
            and reading.across == "qualifier"
            and reading.role is None
            and (previous is None or reading.period == previous.period)
        ):
            reading = replace(reading, across="part", part=reading.words)
            draft.columns[reading.column] = reading
        previous = reading


def _rate_triangles(grid: Grid, region: Region, draft: _Draft, *, titled: bool) -> None:
    """A printed rate beside two columns of numbers whose headers do not say which is the
    count and which the base ('Số đảng viên dùng | Tổng số đảng viên | Tỷ lệ (%)'): the
    pair whose quotient is the printed rate, row after row, is the count and its base."""
    values = [c for c in draft.columns.values() if c.kind == "value" and not c.corrected]
    for rate in [
        c for c in values if c.role == "rate" and c.across in (None, "qualifier", "indicator")
    ]:
        values = [c for c in draft.columns.values() if c.kind == "value" and not c.corrected]
        candidates = [
            c
            for c in values
            if c is not rate
            and c.role in (None, "count", "whole", "base")
            and c.period == rate.period
            and c.across != "part"
        ]
        if len(candidates) < 2:
            continue
        fits = [
            (a, b)
            for a in candidates
            for b in candidates
            if a is not b
            and a.role != "base"
            and _quotient_is(grid, region, a.column, b.column, rate.column)
        ]
        if len(fits) != 1:
            continue
        count, base = fits[0]
        # The three name one indicator: the rate's words ('Tỷ lệ hộ nghèo'), else the
        # count's ('Số đảng viên tham gia học tập'); none when neither names one.
        name = rate.words if rate.words and rate.across == "indicator" else None
        if name is None and count.across == "indicator" and not titled:
            name = count.words  # else the title names the figure
        across: Across = "indicator" if name else None
        draft.columns[count.column] = replace(count, role="count", across=across, words=name)
        draft.columns[rate.column] = replace(rate, across=across, words=name)
        draft.bases[count.column] = base.column
        shared = sum(1 for b in draft.bases.values() if b == base.column) > 1
        draft.columns[base.column] = replace(
            base, role="base", across=None if shared else across, words=None if shared else name
        )


def _quotient_is(grid: Grid, region: Region, count: int, base: int, rate: int) -> bool:
    """Whether count / base, in per cent, is the printed rate in (nearly) every row where
    all three are numbers."""
    bottom = min(region.body_bottom, grid.shape[0] - 1)
    rows = slice(region.body_top, bottom + 1)
    numeric = (grid.kinds[rows, [count, base, rate]] == NUMBER) | (
        grid.kinds[rows, [count, base, rate]] == NUMBER_TEXT
    )
    usable = numeric.all(axis=1)
    if not usable.any():
        return False
    a = grid.numbers[rows, count][usable]
    b = grid.numbers[rows, base][usable]
    printed = grid.numbers[rows, rate][usable]
    with np.errstate(divide="ignore", invalid="ignore"):
        computed = np.where(b != 0, a / b * 100.0, np.nan)
    as_fraction = printed * 100.0
    closer = np.abs(as_fraction - computed) < np.abs(printed - computed)
    shown = np.where(closer, as_fraction, printed)
    tolerance = np.array([0.5 * 10.0 ** -_decimals(float(p)) + 1e-9 for p in shown]) * 2
    matches = np.abs(shown - computed) <= tolerance
    return bool(matches.sum() >= max(1, 0.8 * len(matches)))


def _decimals(value: float) -> int:
    text = repr(round(value, 6))
    return len(text.split(".")[1].rstrip("0")) if "." in text else 0


def _wholes(draft: _Draft) -> None:
    """A 'Tổng số' / 'Tổng cộng' column: the whole of the parts beside it (a figure), a
    total of units or periods across (checked, not a figure), a base beside a count, or
    the count itself."""
    values = [c for c in draft.columns.values() if c.kind == "value"]
    for reading in values:
        if reading.role != "whole" or reading.corrected:
            continue
        parts = [c for c in values if c.across == "part" and c.column > reading.column]
        others = [c for c in values if c is not reading and c.role in (None, "count", "whole")]
        same_period = [c for c in others if c.period == reading.period and c.across != "part"]
        if (
            parts
            and all(c.column > reading.column for c in parts)
            and _first_part_follows(reading, values)
        ):
            role, total = "count", False
        elif any(c.across == "unit" for c in others) and reading.words is None:
            # 'Toàn huyện' beside the communes: their total, checked, named as written
            draft.columns[reading.column] = replace(
                reading, role="count", total=True, across="unit", words=reading.path.texts[-1]
            )
            continue
        elif (
            len({c.period.code for c in others if c.period is not None}) >= 2
            and not same_period
            and (
                reading.period is None
                or all(
                    reading.period.start <= c.period.start <= c.period.end <= reading.period.end
                    for c in others
                    if c.period is not None
                )
            )
        ):
            role, total = "count", True
        elif any(c.role == "count" and c.across != "part" for c in same_period):
            role, total = "base", False
        else:
            role, total = "count", False
        draft.columns[reading.column] = replace(reading, role=role, total=total)


def _first_part_follows(whole: ColumnReading, values: list[ColumnReading]) -> bool:
    after = [c for c in values if c.column > whole.column]
    return bool(after) and after[0].across == "part"


def _table_period(
    draft: _Draft, context: TitleContext
) -> tuple[Period | None, str | None, str | None]:
    """The period stated once for the table (title, sheet or file name), where it came
    from, and as written (a day the figures are counted to, when that is all it says)."""
    stated = context.period
    if stated is None:
        return None, None, None
    if stated.label is None and stated.days is None and stated.until is not None:
        return stated.stock_day(), stated.source, stated.text
    return stated.period, stated.source, stated.text


def _resolve_yearless(draft: _Draft, period: Period | None) -> dict[int, ColumnReading]:
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


def _groups(draft: _Draft, period: Period | None) -> list[FigureGroup]:
    """The figures of each row: the value columns that belong together."""
    shared = {b for b in draft.bases.values() if list(draft.bases.values()).count(b) > 1}
    values = [
        c
        for c in sorted(draft.columns.values(), key=lambda c: c.column)
        if c.kind == "value"
        and not (c.role == "previous" and c.period is None)
        and c.column not in shared  # a base several counts share joins each of them
    ]
    keyed: dict[tuple[object, ...], dict[str, ColumnReading]] = {}
    order: list[tuple[object, ...]] = []
    for reading in values:
        field = _field(reading)
        key = _key(reading)
        slot = keyed.get(key)
        if slot is None:
            slot = keyed[key] = {}
            order.append(key)
        if field in slot:
            first = slot[field]
            if reading.words and reading.words != first.words:
                key = (*key, reading.words)
                slot = keyed.setdefault(key, {})
                if key not in order:
                    order.append(key)
            else:
                draft.questions.append(_duplicate(first, reading))
                continue
        slot[field] = reading
    # A plan or a share of the plan with no result beside it goes with the result it is the
    # plan of: the latest within the plan's period.
    results = [k for k in order if "numerator" in keyed[k]]
    for key in list(order):
        slot = keyed[key]
        if "numerator" in slot or not set(slot) <= {"target", "achievement"} or not results:
            continue
        target = slot.get("target")
        home = _plan_home(results, keyed, target.period if target else None, key)
        if home is None:
            continue
        for field_name, reading in slot.items():
            keyed[home].setdefault(field_name, reading)
        order.remove(key)
    groups: list[FigureGroup] = []
    for key in order:
        group = _group(keyed[key], period)
        count = group.fields.get("numerator")
        if count in draft.bases and "denominator" not in group.fields:
            group = replace(group, fields={**group.fields, "denominator": draft.bases[count]})
        groups.append(group)
    previous = [
        c
        for c in sorted(draft.columns.values(), key=lambda c: c.column)
        if c.kind == "value" and c.role == "previous" and c.period is None
    ]
    mains = [g for g in groups if not g.total and g.part is None]
    for reading in previous:
        base = next((g for g in mains if g.indicator == _indicator_of(reading)), None)
        base = base or (mains[0] if mains else None)
        groups.append(
            FigureGroup(
                fields={"numerator": reading.column},
                period=base.period if base else None,
                period_cell=base.period_cell if base else None,
                years_back=1,
                indicator=base.indicator if base else None,
                indicator_cell=base.indicator_cell if base else None,
                unit=base.unit if base else None,
                unit_cell=base.unit_cell if base else None,
                measure=reading.measure,
            )
        )
    # A total over periods ('Tổng' after years across) covers their span.
    dated = [g.period for g in groups if g.period is not None and not g.total]
    for index, group in enumerate(groups):
        if group.total and group.period is None and dated:
            earliest = min(dated, key=lambda p: p.start)
            latest = max(dated, key=lambda p: p.end)
            span = period_of(f"{earliest.code}/{latest.code}") if earliest != latest else earliest
            if (
                span is not None
                and span.start == dt.date(span.start.year, 1, 1)
                and span.end == dt.date(span.start.year, 12, 31)
            ):
                span = period_of(str(span.start.year))  # quarters or months of one year
            groups[index] = replace(group, period=span)
    # Parts take the whole of their period, to their left.
    for index, group in enumerate(groups):
        if group.part is None:
            continue
        wholes = [
            g
            for g in groups
            if g.part is None and not g.total and g.main < group.main and g.period == group.period
        ]
        if wholes:
            whole = wholes[-1]
            groups[index] = replace(
                group,
                whole=whole.main,
                indicator=group.indicator or whole.indicator,  # a part of an indicator across
                indicator_cell=group.indicator_cell or whole.indicator_cell,
            )
    ordered = [g for g in groups if g.part is None and g.years_back == 0]
    ordered += [g for g in groups if g.years_back]
    ordered += [g for g in groups if g.part is not None and g.years_back == 0]
    return ordered


def _indicator_of(reading: ColumnReading) -> str | None:
    return reading.words if reading.across == "indicator" else None


def _field(reading: ColumnReading) -> str:
    return {
        "count": "numerator",
        "whole": "numerator",
        "base": "denominator",
        "rate": "rate",
        "target": "target",
        "achievement": "achievement",
        "previous": "numerator",
    }.get(reading.role or "count", "numerator")


def _key(reading: ColumnReading) -> tuple[object, ...]:
    period = reading.period.code if reading.period is not None else None
    if reading.role in ("target", "achievement"):
        period = None if reading.period is None else period
    words = reading.words if reading.across in ("indicator", "unit") else None
    return (
        period if reading.role not in ("target", "achievement") else ("plan", period),
        reading.across if reading.across in ("indicator", "unit") else None,
        words,
        reading.part,
        reading.total,
    )


def _plan_home(
    results: list[tuple[object, ...]],
    keyed: dict[tuple[object, ...], dict[str, ColumnReading]],
    within: Period | None,
    plan_key: tuple[object, ...],
) -> tuple[object, ...] | None:
    """Which result a plan is the plan of: the latest result within the plan's period
    ('Kế hoạch năm 2024' goes with 'Thực hiện 6 tháng 2024', not 'Cùng kỳ 2023'), among
    the results of the same indicator or unit across; else the latest result."""
    same = [k for k in results if k[1:3] == plan_key[1:3] and not k[4]] or [
        k for k in results if not k[4]
    ]
    if not same:
        return None
    spans: list[tuple[tuple[object, ...], Period | None]] = [
        (k, keyed[k]["numerator"].period) for k in same
    ]
    inside = [
        (k, p)
        for k, p in spans
        if p is not None and (within is None or within.start <= p.start <= p.end <= within.end)
    ]
    if inside:
        return max(
            inside, key=lambda item: (item[1].start, item[1].end) if item[1] else (dt.date.min,) * 2
        )[0]
    if within is None:
        return same[0]
    return spans[-1][0]


def _group(slot: dict[str, ColumnReading], period: Period | None) -> FigureGroup:
    main = slot.get("numerator") or slot.get("rate") or next(iter(slot.values()))
    fields = {name: reading.column for name, reading in slot.items()}
    if "numerator" not in fields:
        # A printed rate (or share of the plan) with no count beside it is a figure of its
        # own: its value is the per cent.
        only = "rate" if "rate" in fields else ("achievement" if "achievement" in fields else None)
        if only is not None:
            fields = {"numerator": fields.pop(only), **fields}
    target = slot.get("target")
    measure = main.measure
    if "numerator" in slot and main.measure is None and "rate" not in slot:
        measure = None
    if "numerator" not in slot and ("rate" in slot or "achievement" in slot):
        measure = "%"
    target_period = None
    if target is not None and target.period is not None:
        target_period = target.period.code
    return FigureGroup(
        fields=fields,
        period=main.period,
        period_cell=main.period_cell,
        target_period=target_period,
        indicator=main.words if main.across == "indicator" else None,
        indicator_cell=main.path.leaf_cell if main.across == "indicator" else None,
        unit=main.words if main.across == "unit" else None,
        unit_cell=main.path.leaf_cell if main.across == "unit" else None,
        part=main.part if main.across == "part" else None,
        qualifier=main.words if main.across == "qualifier" else None,
        measure=measure,
        total=main.total,
    )


def _duplicate(first: ColumnReading, second: ColumnReading) -> Question:
    return Question(
        code="duplicate_column",
        cell=second.path.leaf_cell or cell_ref(0, second.column),
        vi=(
            f"Cột {second.letter} và cột {first.letter} có cùng tiêu đề "
            f"«{second.path.joined}»: không biết cột nào là số liệu"
        ),
        en=(
            f"Columns {second.letter} and {first.letter} have the same header "
            f"«{second.path.joined}»: which one holds the figures is unclear"
        ),
        line=f"cột {second.letter}: bỏ qua",
    )


def _headings_state(grid: Grid, region: Region, draft: _Draft, dimension: str) -> bool:
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
        return all(_is_period(h) or _is_period(plain(h)) for h in headings)
    if dimension == "unit":
        return all(looks_like_unit(h) for h in headings)
    return not any(_is_period(h) or is_total_label(h) or looks_like_unit(h) for h in headings)
