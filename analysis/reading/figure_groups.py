"""The columns of one figure grouped: which value columns belong together in every row.

Within a row, the count, its base, the printed rate, the plan and the printed share of the
plan that share a period, a part and an indicator or unit across are one figure
(`FigureGroup`). A plan with no result beside it goes with the result it is the plan of;
the same period last year ('Cùng kỳ') is a figure a year back; a total over periods covers
their span; a part is a part of the whole to its left in the same period. Two columns for
one field of one figure that nothing tells apart are a question for the analyst.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ..model.periods import Period
from .meaning_types import ColumnReading, FigureGroup, MeaningDraft, Question
from .vocabulary import period_of
from .workbook import cell_ref


def group_figures(draft: MeaningDraft, period: Period | None) -> list[FigureGroup]:
    """The figures of each row: the value columns that belong together."""
    keyed, order = _slots(draft)
    _plans_join_results(keyed, order)
    groups: list[FigureGroup] = []
    for key in order:
        group = _group(keyed[key], period)
        count = group.fields.get("numerator")
        if count in draft.bases and "denominator" not in group.fields:
            group = replace(group, fields={**group.fields, "denominator": draft.bases[count]})
        groups.append(group)
    groups += _previous_year(draft, groups)
    groups = _parts_of_wholes(_spans_of_totals(groups))
    ordered = [g for g in groups if g.part is None and g.years_back == 0]
    ordered += [g for g in groups if g.years_back]
    ordered += [g for g in groups if g.part is not None and g.years_back == 0]
    return ordered


_Key = tuple[object, ...]


def _slots(draft: MeaningDraft) -> tuple[dict[_Key, dict[str, ColumnReading]], list[_Key]]:
    """The value columns by the figure they belong to (a period, an indicator or unit
    across, a part, a total), each figure's fields in one slot, in the order met. Two
    columns for one field of one figure, not told apart by their words, are a question."""
    shared = {b for b in draft.bases.values() if list(draft.bases.values()).count(b) > 1}
    values = [
        c
        for c in sorted(draft.columns.values(), key=lambda c: c.column)
        if c.kind == "value"
        and not (c.role == "previous" and c.period is None)
        and c.column not in shared  # a base several counts share joins each of them
    ]
    keyed: dict[_Key, dict[str, ColumnReading]] = {}
    order: list[_Key] = []
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
    return keyed, order


def _plans_join_results(keyed: dict[_Key, dict[str, ColumnReading]], order: list[_Key]) -> None:
    """A plan or a share of the plan with no result beside it goes with the result it is
    the plan of: the latest within the plan's period (its slot joins that result's)."""
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


def _previous_year(draft: MeaningDraft, groups: list[FigureGroup]) -> list[FigureGroup]:
    """The figures of the same period last year ('Cùng kỳ' with no period of its own):
    one a year before the figure of its indicator, else the table's first figure."""
    previous = [
        c
        for c in sorted(draft.columns.values(), key=lambda c: c.column)
        if c.kind == "value" and c.role == "previous" and c.period is None
    ]
    mains = [g for g in groups if not g.total and g.part is None]
    found: list[FigureGroup] = []
    for reading in previous:
        base = next((g for g in mains if g.indicator == _indicator_of(reading)), None)
        base = base or (mains[0] if mains else None)
        found.append(
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
    return found


def _spans_of_totals(groups: list[FigureGroup]) -> list[FigureGroup]:
    """A total over periods ('Tổng' after years across) covers their span."""
    groups = list(groups)
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
    return groups


def _parts_of_wholes(groups: list[FigureGroup]) -> list[FigureGroup]:
    """Parts take the whole of their period, to their left."""
    groups = list(groups)
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
    return groups


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
    results: list[_Key],
    keyed: dict[_Key, dict[str, ColumnReading]],
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
