"""The value columns' roles once the table is seen whole.

A header alone cannot say everything: 'So sánh (%)' is the share of the plan beside a plan
and a change otherwise; a change, a rank or a note is set aside, never a figure; the words
chiso does not know name a unit across ('Xã Tịnh Hà'), an indicator across (a table of
units, one column per indicator), a part of the whole beside it, or a qualifier kept in the
indicator's name; a printed rate beside two unnamed columns finds its count and base by
their quotient, row after row; and a 'Tổng số' column is the whole of the parts beside it,
a total of units or periods across (checked, not a figure), a base, or the count itself.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from .cells import NUMBER, NUMBER_TEXT, Grid
from .meaning_types import Across, ColumnReading, MeaningDraft
from .tables import Region
from .vocabulary import NOT_READ_ROLES, looks_like_unit


def settle_roles(grid: Grid, region: Region, draft: MeaningDraft, *, titled: bool) -> None:
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


def _across(draft: MeaningDraft) -> None:
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


def _rate_triangles(grid: Grid, region: Region, draft: MeaningDraft, *, titled: bool) -> None:
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


def _wholes(draft: MeaningDraft) -> None:
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
