"""One column of a table: what its header terms say, then what its cells say.

A column's header path is read term by term with the vocabulary and the terms combined,
top to bottom: 'Năm 2023' over 'Tỷ lệ (%)' is a printed rate of 2023; 'So sánh (%)' over
'TH/KH' the share of the plan achieved; 'Trong đó' over 'Nữ' a part; words chiso does not
know are kept as written. Its cells then decide what a header alone cannot: whether it holds
labels, figures, or numbers that are not figures, and which label column holds periods,
units, units of measure or row numbers. What a column's words name across the table is
decided later, once every column is seen (`column_roles`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

import numpy as np

from ..model.measures import is_measure
from ..model.periods import Period
from .cells import BLANK, NUMBER, NUMBER_TEXT, SENTINEL, TEXT, Grid
from .header_paths import HeaderPath
from .meaning_types import ColumnReading, MeaningDraft
from .tables import Region
from .vocabulary import (
    LABEL_ROLES,
    NOT_READ_ROLES,
    Term,
    draft_role,
    looks_like_unit,
    read_term,
)


@dataclass(frozen=True)
class ColumnProfile:
    """What a column's cells hold, in the table's body: how many numbers, texts, sentinels
    and filled cells, and its first distinct texts."""

    numbers: int
    texts: int
    sentinels: int
    nonblank: int
    values: tuple[str, ...]  # distinct texts, first 200


def profile_column(grid: Grid, region: Region, column: int) -> ColumnProfile:
    """What one column's cells hold, repeated header rows left out."""
    bottom = min(region.body_bottom, grid.shape[0] - 1)
    rows = [r for r in range(region.body_top, bottom + 1) if r not in region.repeated]
    kinds = grid.kinds[rows, column]
    texts: list[str] = []
    for position in np.flatnonzero(kinds == TEXT).tolist()[:400]:
        text = grid.text(rows[position], column)
        if text and text not in texts:
            texts.append(text)
    return ColumnProfile(
        numbers=int(((kinds == NUMBER) | (kinds == NUMBER_TEXT)).sum()),
        texts=int((kinds == TEXT).sum()),
        sentinels=int((kinds == SENTINEL).sum()),
        nonblank=int((kinds != BLANK).sum()),
        values=tuple(texts[:200]),
    )


def combine_terms(path: HeaderPath) -> ColumnReading:
    """A column's header terms combined, top to bottom (its kind is decided later)."""
    terms, path = _without_pivot_captions([read_term(text) for text in path.texts], path)
    periods: list[tuple[Period, str]] = []
    for term, cell in zip(terms, path.cells, strict=True):
        if term.period is not None and all(term.period.code != p.code for p, _ in periods):
            periods.append((term.period, cell))
    part = _part(terms)
    period, period_cell = periods[-1] if periods else (None, None)
    reading = ColumnReading(
        column=path.column,
        path=path,
        kind="value",
        role=_value_role(terms),
        period=period,
        period_cell=period_cell,
        yearless=next((t.yearless for t in terms if t.yearless), None),
        until=next((t.until for t in terms if t.until), None),
        part=part,
        words=" ".join(dict.fromkeys(_unknown_words(terms, part))) or None,
        measure=next((t.measure for t in reversed(terms) if t.measure), None),
    )
    return _kind_by_header(reading, terms, periods)


def _without_pivot_captions(terms: list[Term], path: HeaderPath) -> tuple[list[Term], HeaderPath]:
    """The terms and the path without a pivot table's own captions ('Column Labels' over
    its years), which mean nothing; kept when they are all the header says."""
    kept = [
        (t, c)
        for t, c in zip(terms, path.cells, strict=True)
        if not (t.pivot and t.role is None and not t.rest)
    ]
    if kept and len(kept) < len(terms):  # a pivot table's 'Column Labels' over its years
        terms = [t for t, _ in kept]
        path = HeaderPath(path.column, tuple(t.text for t in terms), tuple(c for _, c in kept))
    return terms, path


def _value_role(terms: list[Term]) -> str | None:
    """The role of the numbers under the terms: the lowest term's, as a plan or the same
    period last year above it, or a comparison ('So sánh (%)') beside them, makes it."""
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
    return role


def _part(terms: list[Term]) -> str | None:
    """The part of a whole the terms name ('Trong đó: Nữ'), '' for a bare 'Trong đó'."""
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
    return part


def _unknown_words(terms: list[Term], part: str | None) -> list[str]:
    """The words of the terms chiso does not know, as written (they name an indicator, a
    unit or a qualifier once the table is seen whole)."""
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
    return unknown


def _kind_by_header(
    reading: ColumnReading, terms: list[Term], periods: list[tuple[Period, str]]
) -> ColumnReading:
    """A column of labels when its header says so; numbers that are not figures when it
    states two periods that do not nest; else a column of values."""
    label = next((t.role for t in terms if t.role in LABEL_ROLES), None)
    if label is not None and reading.role is None and not periods and reading.part is None:
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


def _label_role_by_content(profile: ColumnProfile) -> str | None:
    """A text column's role, read from its cells: periods, units, units of measure."""
    values = profile.values
    if not values:
        return None
    periods = sum(1 for v in values if is_period_label(v))
    if periods >= max(1, 0.8 * len(values)):
        return "period"
    units = sum(1 for v in values if looks_like_unit(v))
    if units >= max(1, 0.5 * len(values)):
        return "unit"
    if all(is_measure(v) for v in values):
        return "measure"
    return None


def is_period_label(text: str) -> bool:
    """Whether a label is a period and nothing else ('Năm 2023', 'Quý II/2024')."""
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


def column_kind(
    grid: Grid, region: Region, reading: ColumnReading, profile: ColumnProfile
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


def mark_draft_columns(draft: MeaningDraft) -> None:
    """A draft (issue 20) is a table with an answer column ('Xác nhận'): there, the columns
    the extractor writes for the analyst ('Loại', 'Câu gốc', 'Vị trí', 'Độ tin cậy') are
    labels of their own, never figures and never part of a name. Without an answer column
    these headers mean what they always did."""
    columns = draft.columns.values()
    if not any(c.kind == "label" and c.role == "confirmation" for c in columns):
        return
    for reading in list(columns):
        role = draft_role(reading.path.texts[-1]) if reading.path.texts else None
        if role is not None:
            draft.columns[reading.column] = replace(reading, kind="label", role=role, words=None)


def assign_label_roles(
    grid: Grid, region: Region, draft: MeaningDraft, profiles: dict[int, ColumnProfile]
) -> None:
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
