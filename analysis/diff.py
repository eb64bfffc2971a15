"""What moved between two briefings: the figures that changed, appeared or went away.

Either side is a workbook (read and summarised as `chiso summary` does), a saved
`chiso summary --json` output, an executed briefing notebook (`reports/briefing.ipynb`,
whose published figures are read back) or a reports folder holding one. Figures are
matched by indicator, parent, unit and period (by the one name key). The comparison itself
is a pure function of two lists of summary rows.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .text import name_key

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
)


@dataclass(frozen=True)
class FigureChange:
    """One figure that differs between the two sides. `status` is 'changed', 'added' or
    'removed'; `change` is new − old in percentage points for a rate ('pp') or in units
    for a count ('units'); None where a side is missing."""

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

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in DIFF_FIELDS}


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
    change = unit = None
    if old is not None and new is not None:
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
    )


class DiffInputError(ValueError):
    """A side of `chiso diff` that is none of the accepted kinds (vi / en)."""


def read_rows(path: Path, *, lang: str = "vi") -> list[dict[str, Any]]:
    """The summary rows of one side: a workbook, a summary JSON, a briefing notebook or a
    reports folder holding one."""
    if path.is_dir():
        notebook = path / "briefing.ipynb"
        if not notebook.is_file():
            raise DiffInputError(
                f"Thư mục {path} không có briefing.ipynb của một lần dựng báo cáo. / "
                f"The folder {path} holds no briefing.ipynb from a build."
            )
        path = notebook
    suffix = path.suffix.lower()
    if suffix in (".json", ".ipynb"):
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DiffInputError(
                f"Không đọc được {path}: {exc}. / Cannot read {path}: {exc}."
            ) from exc
        if suffix == ".json":
            rows = payload.get("rows") if isinstance(payload, dict) else None
            if not isinstance(rows, list):
                raise DiffInputError(
                    f"{path} không phải kết quả của chiso summary --json. / "
                    f"{path} is not the output of chiso summary --json."
                )
            return rows
        from .notebook import collect_results

        return collect_results(payload).rows
    from .loading import load
    from .summary import summarize, summary_records

    dataset = load(path)
    if not dataset.ok:
        first = dataset.errors[0]
        raise DiffInputError(f"{path}: {first.message}")
    return summary_records(summarize(dataset, lang="en" if lang == "en" else "vi"))
