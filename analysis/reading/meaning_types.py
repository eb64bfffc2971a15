"""The types of a table's meaning: its columns read, its figures' groups, its questions.

What `meanings` finds in a table is written into these: a `ColumnReading` for each column
(a label column, a value column with its role, period, part and words across, or numbers
that are not figures, with the reason), a `FigureGroup` for the columns of one figure in
every row, a `Question` where two readings fit and the analyst's `Cách đọc` line must
settle it, and the `TableMeaning` that holds them all with what the title states once. The
`MeaningDraft` is the table's meaning while its steps fill it in.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from ..model.periods import Period
from ..model.sources import Source
from .context import Stated, TitleContext
from .header_paths import HeaderPath
from .tables import Region
from .workbook import column_letter

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
    period_source: Source | None = None
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


@dataclass
class MeaningDraft:
    """A table's meaning while it is read: its columns so far, which label column is which
    role, the header words not understood (term, cell) and the questions found."""

    columns: dict[int, ColumnReading] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)
    not_understood: list[tuple[str, str]] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    # A base shared by several counts ('Tổng số hộ' under 'Số hộ nghèo' and 'Số hộ cận
    # nghèo'): count column -> base column.
    bases: dict[int, int] = field(default_factory=dict)
