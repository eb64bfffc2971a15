"""The briefing's annex, in the two forms its readers meet it.

A Standing Committee reads the printed briefing: its annex must stay a few pages whether a
workbook has 12 units or 500, so it is one compact table, one row per unit (top down) and one
column per indicator, each column the indicator's figure for the reporting period, its target
and a mark where a unit is behind. No source cells: they are for whoever checks the figures,
who gets them in the full table, one row per figure, folded by indicator in the HTML
(`<details>`, so it needs no script) and written to `phu-luc.xlsx` beside the briefing
(`run.saving.write_annex`). Wide prints are split into tables of a few indicators each, so no
cell is squeezed below the width of a word.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..model.dataset import SHORT_OF_TARGET, frame_records
from ..model.labels import ANNEX, ESTIMATE, HEADINGS, TARGET_STATUS, Lang
from ..model.periods import PeriodParseError, parse_period
from ..model.text import name_keys
from .briefing_plan import units_top_down
from .formatting import format_count, format_rate
from .fragments import render

# Indicators per printed table: A4 portrait holds the unit's name and eight figures at 9pt
# without breaking a word (print.css); a ninth starts a second table with the units again.
# One table for a province's eight indicators: its 500 rows once, not twice.
ANNEX_COLUMNS = 8


@dataclass(frozen=True)
class AnnexColumn:
    """One indicator of the compact table: its figures are those of `period`."""

    key: str  # parent and indicator (`_indicator_keys`): a part is told from its whole
    title: str
    period: str
    note: str  # under the title: the period when not the report's, the common target
    common_target: bool  # one target for every unit, said under the title, not in cells


@dataclass(frozen=True)
class AnnexCell:
    text: str
    target: str  # the unit's own target, when the column has no common one
    behind: bool
    total: bool


def annex_html(
    summary: pd.DataFrame,
    *,
    anchor: str,
    title: str,
    period: str | None,
    lang: Lang,
    attached: str = "",
) -> str:
    """The appendix: the compact table, one row per unit and one column per indicator
    for the period (printed and on screen; the full table is `full_annex_html`), under
    `attached`, the line that ties it to its report («(Kèm theo Báo cáo số …)»)."""
    words = ANNEX[lang]
    columns = annex_columns(summary, period=period, lang=lang)
    rows = compact_rows(summary, columns, lang=lang)
    first, tables = words["unit"], _split(columns, rows)
    if len(rows) == 1:  # one unit: its indicators down the page, not one row across tables
        first = HEADINGS[lang]["indicator"]
        unit, cells = rows[0]
        named = [f"{c.title} ({c.note})" if c.note else c.title for c in columns]
        tables = [([(unit, "")], [(name, [cell]) for name, cell in zip(named, cells, strict=True)])]
    label = _period_label(period, lang) if period else ""
    return render(
        "annex",
        anchor,
        title,
        attached,
        words["compact"].format(period=label) if label else "",
        first,
        tables,
        words["behind_mark"],
        words["legend"],
    )


def full_annex_html(summary: pd.DataFrame, *, lang: Lang) -> str:
    """The full table, every figure with its source cell, folded by indicator: for the
    screen only (a province's 30.000 figures are no reading for print)."""
    words = ANNEX[lang]
    return render("annex_full", words["full"], words["full_intro"], full_groups(summary, lang=lang))


Table = tuple[list[tuple[str, str]], list[tuple[str, list["AnnexCell | None"]]]]


def _split(
    columns: list[AnnexColumn], rows: list[tuple[str, list[AnnexCell | None]]]
) -> list[Table]:
    """Tables of `ANNEX_COLUMNS` indicators each, every unit in each."""
    return [
        (
            [(c.title, c.note) for c in columns[start : start + ANNEX_COLUMNS]],
            [(unit, cells[start : start + ANNEX_COLUMNS]) for unit, cells in rows],
        )
        for start in range(0, len(columns), ANNEX_COLUMNS)
    ]


def annex_columns(summary: pd.DataFrame, *, period: str | None, lang: Lang) -> list[AnnexColumn]:
    """One column per indicator, in the workbook's order: the report's period where the
    indicator has it, else its latest (a yearly indicator in a half-year's report)."""
    words = ANNEX[lang]
    columns = []
    for key, rows in _by_indicator(summary):
        periods = rows.sort_values("period_end", kind="stable")["period"]
        shown = period if period is not None and period in set(periods) else str(periods.iloc[-1])
        current = rows[rows["period"] == shown]
        notes = []
        if shown != period:
            notes.append(words["period"].format(period=_period_label(shown, lang)))
        common = _common_target(current, lang=lang)
        if common is not None:
            notes.append(words["target"].format(target=common))
        columns.append(AnnexColumn(key, _title(rows), shown, "; ".join(notes), common is not None))
    return columns


def compact_rows(
    summary: pd.DataFrame, columns: list[AnnexColumn], *, lang: Lang
) -> list[tuple[str, list[AnnexCell | None]]]:
    """Each unit (top down) with its figure in each column (None where it has none)."""
    wanted = {(c.key, c.period): i for i, c in enumerate(columns)}
    keys = zip(_indicator_keys(summary), summary["period"], strict=True)
    place = pd.Series([wanted.get(pair, -1) for pair in keys], index=summary.index)
    current = _top_down(summary[place >= 0].assign(_column=place[place >= 0]))
    rows: list[tuple[str, list[AnnexCell | None]]] = []
    cells: list[AnnexCell | None] = []
    last = None
    for row in frame_records(current):
        if row["_unit"] != last:
            last, cells = row["_unit"], [None for _ in columns]
            named = _with_level(str(row["unit"]), row.get("unit_level"))
            rows.append((str(named), cells))
        index = int(row["_column"])
        if cells[index] is None:  # a figure read twice is shown once, as `summarize` lists it
            cells[index] = _cell(row, own_target=not columns[index].common_target, lang=lang)
    return rows


def _with_level(unit: str, level: object) -> str:
    """'Tỉnh Minh Hoạ (tỉnh)', but 'Phường Long Yên' alone: a name that opens with its level
    says it already, and the repeat made every row of a province's annex two lines."""
    if not isinstance(level, str) or not level:
        return unit
    if unit.casefold().startswith(level.casefold() + " "):
        return unit
    return f"{unit} ({level})"


def _top_down(summary: pd.DataFrame) -> pd.DataFrame:
    """The rows unit by unit, the whole first and then level by level (`units_top_down`),
    each unit's in their order; `_unit` numbers the units in that order."""
    if summary.empty:
        return summary.assign(_unit=pd.Series(dtype="int64"))
    groups = units_top_down(summary)
    order = [index for _unit, figures in groups for index in figures.index]
    numbers = [n for n, (_unit, figures) in enumerate(groups) for _ in figures.index]
    return summary.loc[order].assign(_unit=numbers)


def _cell(row: dict[str, Any], *, own_target: bool, lang: Lang) -> AnnexCell:
    target = target_text(row, lang=lang) if own_target else None
    return AnnexCell(
        text=str(row["text"]),
        target=target or "",
        behind=row.get("target_status") == SHORT_OF_TARGET,
        total=bool(row["is_total"]),
    )


def full_groups(
    summary: pd.DataFrame, *, lang: Lang
) -> list[tuple[str, str, list[str], list[tuple[bool, list[str]]]]]:
    """Every figure, one table per indicator: (title, count, heads, rows), each row its unit,
    period, figure, count/base, interval, target, status and source cell."""
    heads, words = HEADINGS[lang], ANNEX[lang]
    names = [heads["unit"], heads["period"], heads["figure"], heads["ratio"], heads["interval"]]
    names += [words["target_head"], words["status_head"], heads["source"]]
    ordered = _top_down(summary)
    lines: dict[str, list[tuple[bool, list[str]]]] = {}
    for key, row in zip(_indicator_keys(ordered), frame_records(ordered), strict=True):
        lines.setdefault(key, []).append((bool(row["is_total"]), _full_cells(row, lang=lang)))
    return [
        (_title(rows), words["rows"].format(count=len(lines[key])), names, lines[key])
        for key, rows in _by_indicator(summary)
    ]


def _full_cells(row: dict[str, Any], *, lang: Lang) -> list[str]:
    status = row.get("target_status")
    return [
        ("Σ " if row["is_total"] else "") + str(row["unit"]),
        str(row["period_label"]),
        str(row["text"]) + (ESTIMATE[lang] if row.get("estimate") else ""),
        _blank(row.get("ratio_text")),
        _blank(row.get("interval_text")),
        target_text(row, lang=lang) or "",
        TARGET_STATUS[status][lang] if isinstance(status, str) and status in TARGET_STATUS else "",
        _blank(row.get("cell_numerator")),
    ]


def target_text(row: dict[str, Any], *, lang: Lang) -> str | None:
    """A target as the figure prints: '90%' (not '90,0%'), '15'; None without one."""
    goal = row.get("target")
    if goal is None or pd.isna(goal):
        return None
    goal = float(goal)
    if row.get("display") == "count":
        return format_count(goal, lang=lang)
    decimals = 0 if goal.is_integer() else int(row.get("decimals") or 0)
    return format_rate(goal, factor=row.get("factor") or 100, decimals=decimals, lang=lang)


def _common_target(rows: pd.DataFrame, *, lang: Lang) -> str | None:
    """The column's target when every figure in it has the same one, as printed."""
    if rows.empty or rows["target"].isna().any() or rows["target"].nunique() != 1:
        return None
    return target_text(frame_records(rows.head(1))[0], lang=lang)


def _indicator_keys(summary: pd.DataFrame) -> pd.Series:
    """Parent and indicator as one key, compared by `name_key` as every name is."""
    parents = name_keys(summary["parent"]).fillna("")
    return parents + "\x1f" + name_keys(summary["indicator"])


def _by_indicator(summary: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """The summary's rows by parent and indicator, in the order the workbook lists them."""
    return [(str(key), rows) for key, rows in summary.groupby(_indicator_keys(summary), sort=False)]


def _title(rows: pd.DataFrame) -> str:
    """'Đảng viên bị kỷ luật: Cảnh cáo' for a part, the indicator's name for a whole."""
    parent, indicator = rows["parent"].iloc[0], str(rows["indicator"].iloc[0])
    return f"{parent}: {indicator}" if isinstance(parent, str) and parent else indicator


def _period_label(code: str, lang: Lang) -> str:
    try:
        return parse_period(code).label(lang=lang)
    except PeriodParseError:
        return code


def _blank(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
