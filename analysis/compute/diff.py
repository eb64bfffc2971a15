"""What moved between two briefings: the figures that changed, appeared or went away.

Pure functions of two lists of summary rows (the JSON rows of `chiso summary --json`);
`figure_sources` reads them from workbooks, saved outputs and builds. Figures are matched
by indicator, parent, unit and period (by the one name key). Like is compared with like: a
figure whose kind changed between the two sides (a rate became a count, the unit of measure
or the rate's factor changed) is told as changed in kind, its two texts side by side, and
never subtracted («71,4% → 5» is not a change of −66,4).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..model.text import name_key

DIFF_FIELDS = (
    "indicator",
    "unit",
    "period",
    "status",
    "old_text",
    "new_text",
    "old_value",
    "new_value",
    "change",
    "change_unit",
    "old_kind",
    "new_kind",
)


@dataclass(frozen=True)
class FigureKind:
    """What a figure is, as far as subtracting two of them goes: its display ('rate',
    'ratio' or 'count'), its unit of measure and its factor (100 for a per-cent rate, 1000
    for per mille). None where a side does not say (a summary saved by an older chiso)."""

    display: str | None
    measure: str | None
    factor: float | None

    def to_dict(self) -> dict[str, Any]:
        return {"display": self.display, "measure": self.measure, "factor": self.factor}

    def differs_from(self, other: FigureKind) -> bool:
        """True when the two cannot be subtracted. What one side does not say is taken to
        agree (a workbook that adds a unit-of-measure column does not change every kind)."""

        def differ(a: object, b: object) -> bool:
            return a is not None and b is not None and a != b

        if differ(self.display, other.display):
            return True
        if self.measure and other.measure and name_key(self.measure) != name_key(other.measure):
            return True
        counts = "count" in (self.display, other.display)
        return not counts and differ(self.factor, other.factor)


def figure_kind(row: dict[str, Any]) -> FigureKind:
    """The kind of one summary row (see `FigureKind`)."""
    display, measure, factor = row.get("display"), row.get("measure"), row.get("factor")
    return FigureKind(
        display=str(display) if display else None,
        measure=str(measure).strip() or None if measure else None,
        factor=factor if isinstance(factor, int | float) and not isinstance(factor, bool) else None,
    )


@dataclass(frozen=True)
class FigureChange:
    """One figure that differs between the two sides. `status` is 'changed', 'added',
    'removed' or 'changed_kind' (the two sides are figures of different kinds, see
    `FigureKind`); `change` is new − old in percentage points for a rate ('pp') or in units
    for a count ('units'); None where a side is missing or the kind changed. `old_kind` and
    `new_kind` are each side's kind (None for a missing side)."""

    indicator: str
    unit: str
    period: str
    status: str
    old_text: str | None
    new_text: str | None
    old_value: float | None
    new_value: float | None
    change: float | None
    change_unit: str | None
    old_period: str | None = None  # where the two sides' latest periods differ
    old_kind: FigureKind | None = None
    new_kind: FigureKind | None = None

    def to_dict(self) -> dict[str, Any]:
        fields = {name: getattr(self, name) for name in DIFF_FIELDS}
        for name in ("old_kind", "new_kind"):
            kind = fields[name]
            fields[name] = kind.to_dict() if kind is not None else None
        return fields


def compare_figures(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> list[FigureChange]:
    """The figures whose value or printed text differ, in the new side's order, then those
    only the old side has."""
    before = {_key(row): row for row in old}
    after = {_key(row): row for row in new}
    changes: list[FigureChange] = []
    for key, row in after.items():
        earlier = before.get(key)
        if earlier is None:
            changes.append(_change(None, row))
        elif earlier.get("text") != row.get("text") or earlier.get("value") != row.get("value"):
            changes.append(_change(earlier, row))
    changes += [_change(row, None) for key, row in before.items() if key not in after]
    return changes


@dataclass(frozen=True)
class BriefingChanges:
    """What moved between a previous briefing and this one: each headline figure then and
    now (`moved`: the latest period of each side, status 'changed' or 'added'), and the
    figures of a period both sides have whose value was revised (`revised`)."""

    moved: list[FigureChange]
    revised: list[FigureChange]
    previous_period: str | None  # the previous briefing's latest period


def compare_briefings(old: list[dict[str, Any]], new: list[dict[str, Any]]) -> BriefingChanges:
    """The changes a briefing tells in «Thay đổi so với kỳ trước» (see `BriefingChanges`).

    Headlines are each indicator's figure at its latest period: the largest total where
    units roll up, else each unit's own."""
    before = _headlines(old)
    moved: list[FigureChange] = []
    told: set[tuple[str, str, str]] = set()
    for key, row in _headlines(new).items():
        earlier = before.get(key)
        same_period = earlier is not None and str(earlier.get("period")) == str(row.get("period"))
        if same_period and earlier is not None and _same_figure(earlier, row):
            continue
        change = _change(earlier, row)
        if earlier is not None:
            change = replace(change, old_period=str(earlier.get("period")))
        moved.append(change)
        told.add((key[0], key[2], str(row.get("period"))))
    revised = [
        change
        for change in compare_figures(old, new)
        if change.status in ("changed", "changed_kind")
        and (name_key(change.indicator), name_key(change.unit), change.period) not in told
    ]
    ends = [str(row.get("period_end") or "") for row in old]
    latest = max(range(len(old)), key=lambda i: ends[i]) if old else None
    previous_period = str(old[latest].get("period_label") or "") if latest is not None else None
    return BriefingChanges(moved, revised, previous_period or None)


def _same_figure(old: dict[str, Any], new: dict[str, Any]) -> bool:
    return old.get("text") == new.get("text") and old.get("value") == new.get("value")


def _headlines(rows: list[dict[str, Any]]) -> dict[tuple[str, str, str, bool], dict[str, Any]]:
    """Each indicator's headline rows at its latest period, by (indicator, parent, unit,
    is_total): its largest total, else every unit's figure."""
    latest: dict[tuple[str, str], str] = {}
    for row in rows:
        series = (name_key(row.get("indicator") or ""), name_key(row.get("parent") or ""))
        end = str(row.get("period_end") or "")
        latest[series] = max(latest.get(series, ""), end)
    current: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for row in rows:
        series = (name_key(row.get("indicator") or ""), name_key(row.get("parent") or ""))
        if str(row.get("period_end") or "") == latest[series]:
            current.setdefault(series, []).append(row)
    chosen: dict[tuple[str, str, str, bool], dict[str, Any]] = {}
    for series, candidates in current.items():
        totals = [r for r in candidates if r.get("is_total")]
        if totals:
            candidates = [max(totals, key=lambda r: float(r.get("numerator") or 0))]
        for row in candidates:
            chosen[(*series, name_key(row.get("unit") or ""), bool(row.get("is_total")))] = row
    return chosen


def _key(row: dict[str, Any]) -> tuple[str, str, str, str, bool]:
    return (
        name_key(row.get("indicator") or ""),
        name_key(row.get("parent") or ""),
        name_key(row.get("unit") or ""),
        str(row.get("period")),
        bool(row.get("is_total")),
    )


def _change(old: dict[str, Any] | None, new: dict[str, Any] | None) -> FigureChange:
    shown = new if new is not None else old
    assert shown is not None
    status = "added" if old is None else "removed" if new is None else "changed"
    old_kind = figure_kind(old) if old is not None else None
    new_kind = figure_kind(new) if new is not None else None
    if old_kind is not None and new_kind is not None and old_kind.differs_from(new_kind):
        status = "changed_kind"
    change = unit = None
    if status == "changed" and old is not None and new is not None:
        old_value, new_value = old.get("value"), new.get("value")
        if isinstance(old_value, int | float) and isinstance(new_value, int | float):
            rate = new.get("display") != "count"
            factor = float(new.get("factor") or 100)
            change = (new_value - old_value) * (100.0 / factor if rate else 1.0)
            unit = "pp" if rate else "units"
    return FigureChange(
        indicator=str(shown.get("indicator")),
        unit=str(shown.get("unit")),
        period=str(shown.get("period")),
        status=status,
        old_text=old.get("text") if old is not None else None,
        new_text=new.get("text") if new is not None else None,
        old_value=old.get("value") if old is not None else None,
        new_value=new.get("value") if new is not None else None,
        change=change,
        change_unit=unit,
        old_kind=old_kind,
        new_kind=new_kind,
    )
