"""The analyst's `Cách đọc` lines applied to a table's columns, exactly as written.

A line about one column says what it is ('cột D: tử số', 'cột F: bỏ qua', 'cột C: chỉ tiêu
Số đảng viên mới', 'cột E: kỳ 6 tháng 2024') and replaces what chiso read of it; a line about
the whole table states its period, unit or indicator, or says to skip it. A line that cannot
be followed is kept with the reason, so it is shown to the analyst rather than dropped.
"""

from __future__ import annotations

from dataclasses import replace

from ..model.sources import Source
from .context import Stated, StatedPeriod, TitleContext
from .corrections import Correction
from .meaning_types import ColumnReading, MeaningDraft
from .vocabulary import LABEL_ROLES, NOT_READ_ROLES, period_of, read_term


def follow_corrections(
    draft: MeaningDraft, corrections: list[tuple[int, Correction]], used: set[int] | None
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


def stated_by_corrections(
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
                    source=Source("reading_line", line.cell),
                    text=line.value,
                ),
            )
    if "unit" in facts:
        line = facts["unit"]
        context = replace(context, scope=Stated(line.value, Source("reading_line", line.cell)))
    return context


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
