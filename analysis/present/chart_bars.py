"""Bar charts of one period: a count against its base, parts of a whole, counts by kind,
progress against a whole, and rates with their intervals.

Each takes summary rows (see `summary.summarize`) and an optional `ax`, draws inside the
house style and returns the Axes; numbers and labels come from the rows' computed values
and formatted texts, never from arithmetic here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
from matplotlib.axes import Axes

from ..model.labels import CHART, Lang
from .chart_base import (
    ABOVE_GID,
    PALETTE,
    REMAINDER_COLOUR,
    SMALL_TEXT,
    TARGET_COLOUR,
    TARGET_GID,
    chart_style,
    count_axis,
    end_label,
    finish,
    fresh_axes,
    has_target,
    rate_axis,
    row_labels,
    row_records,
    status_colour,
    status_legend,
)
from .formatting import format_count, format_rate


def plot_rate_of_whole(
    row: Mapping[str, Any],
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """A full count against its base: the part reached and the part not yet (9.728 and 169)."""
    with chart_style():
        ax = fresh_axes(ax, rows=1)
        numerator, remainder = float(row["numerator"]), float(row["remainder"])
        words = CHART[lang]
        ax.barh(
            [0],
            [numerator],
            color=status_colour(row),
            height=0.5,
            label=f"{words['done']}: {row['ratio_text']} ({row['value_text']})",
        )
        ax.barh(
            [0],
            [remainder],
            left=[numerator],
            color=REMAINDER_COLOUR,
            height=0.5,
            label=f"{words['rest']}: {row['remainder_text']}",
        )
        ax.text(
            numerator / 2,
            0,
            row["value_text"],
            ha="center",
            va="center",
            color="white",
            fontweight="bold",
            fontsize=12,
        )
        ax.set_yticks([])
        ax.spines["left"].set_visible(False)
        count_axis(ax, lang=lang)
        ax.set_xlim(0, float(row["denominator"]))
        parts = ax.legend(
            loc="lower right",
            bbox_to_anchor=(1.0, 1.0),
            ncols=1,
            frameon=False,
            fontsize=SMALL_TEXT,
        )
        parts.set_gid(ABOVE_GID)  # `finish` puts the title above it
        if has_target(row):  # the target as a share of the base, on the count axis
            goal = float(row["target"]) / float(row["factor"]) * float(row["denominator"])
            draw_target(ax, [0], [goal], text=_target_text(row, lang=lang))
            ax.add_artist(parts)  # kept beside the statuses' legend
            status_legend(ax, [dict(row)], lang=lang)
        return finish(
            ax,
            [dict(row)],
            title=title or str(row["indicator"]),
            subtitle=row["period_label"],
            lang=lang,
        )


def plot_composition(
    parts: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """Parts of one whole as shares (satisfaction: very satisfied / satisfied / dissatisfied)."""
    rows = row_records(parts)
    with chart_style():
        ax = fresh_axes(ax, rows=len(rows))
        labels = []
        for r in rows:
            label = f"{r['value_text']} ({format_count(r['numerator'], lang=lang)}"
            labels.append(label + (f" {r['measure']})" if r.get("measure") else ")"))
        colours = [PALETTE[i % len(PALETTE)] for i in range(len(rows))]
        _bars(ax, rows, labels=labels, colours=colours)
        factor = rows[0]["factor"]
        ax.set_xlim(0, float(factor) * 1.3)
        ax.set_xticks([float(factor) * step / 2 for step in range(3)])  # 12 pt: three fit
        rate_axis(ax, factor=float(factor), lang=lang)
        return finish(
            ax,
            rows,
            title=title or str(rows[0].get("group") or ""),
            subtitle=rows[0]["period_label"],
            lang=lang,
        )


def plot_counts(
    parts: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """Counts by kind (members leaving: 14 / 24 / 5)."""
    rows = row_records(parts)
    with chart_style():
        ax = fresh_axes(ax, rows=len(rows))
        values = _bars(
            ax,
            rows,
            labels=[str(r["text"]) for r in rows],
            colours=[status_colour(r) for r in rows],
        )
        goals = [float(r["target"]) if has_target(r) else None for r in rows]
        draw_target(ax, list(range(len(rows)))[::-1], goals, text=_target_text(rows[0], lang=lang))
        status_legend(ax, rows, lang=lang)
        ax.set_xlim(0, max([*values, *(g for g in goals if g is not None), 1.0]) * 1.2)
        count_axis(ax, lang=lang)
        return finish(
            ax,
            rows,
            title=title or str(rows[0].get("group") or ""),
            subtitle=rows[0]["period_label"],
            lang=lang,
        )


def _bars(
    ax: Axes, rows: list[dict[str, Any]], *, labels: list[str], colours: list[str]
) -> list[float]:
    """One horizontal bar per row (first row on top), its label past the bar's end and past
    its target's mark, so that the two never overlap."""
    positions = list(range(len(rows)))[::-1]
    values = [float(r["value"]) for r in rows]
    ax.barh(positions, values, color=colours, height=0.6)
    ends = [
        max(v, float(r["target"])) if has_target(r) else v
        for v, r in zip(values, rows, strict=True)
    ]
    for position, end, label in zip(positions, ends, labels, strict=True):
        end_label(ax, end, position, "  " + label)
    ax.set_yticks(positions, row_labels(rows))
    return values


def plot_progress(
    items: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """Progress against a whole, one bar per item (12/12 tasks, 6/7 posts, 6 of 11 documents)."""
    rows = row_records(items)
    with chart_style():
        ax = fresh_axes(ax, rows=len(rows))
        positions = list(range(len(rows)))[::-1]
        factor = float(rows[0]["factor"])
        done = [float(r["value"]) for r in rows]
        ax.barh(positions, [factor] * len(rows), color=REMAINDER_COLOUR, height=0.6)
        ax.barh(positions, done, color=[status_colour(r) for r in rows], height=0.6)
        for position, r in zip(positions, rows, strict=True):
            end_label(ax, factor, position, f"  {r['ratio_text']} ({r['value_text']})")
        ax.set_yticks(positions, row_labels(rows))
        goals = [float(r["target"]) if has_target(r) else None for r in rows]
        draw_target(ax, positions, goals, text=_target_text(rows[0], lang=lang))
        status_legend(ax, rows, lang=lang)
        ax.set_xlim(0, factor * 1.3)
        ax.set_xticks([0, factor / 2, factor])
        rate_axis(ax, factor=float(rows[0]["factor"]), lang=lang)
        return finish(ax, rows, title=title or "", subtitle=rows[0]["period_label"], lang=lang)


def plot_rate_intervals(
    rows_frame: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """Rates with their 95% intervals (only rows that have one are drawn)."""
    rows = [r for r in row_records(rows_frame) if not pd.isna(r["ci_low"])]
    with chart_style():
        ax = fresh_axes(ax, rows=max(len(rows), 1))
        positions = list(range(len(rows)))[::-1]
        for position, r in zip(positions, rows, strict=True):
            value, low, high = float(r["value"]), float(r["ci_low"]), float(r["ci_high"])
            colour = status_colour(r)
            ax.errorbar(
                [value],
                [position],
                xerr=[[value - low], [high - value]],
                fmt="o",
                color=colour,
                capsize=5,
                markersize=7,
            )
            end_label(  # on white: the target's line may pass behind it
                ax,
                high,
                position,
                f"  {r['value_text']} ({r['interval_text']})",
                zorder=5,
                bbox={"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"},
            )
        ax.set_yticks(positions, row_labels(rows))
        factor = float(rows[0]["factor"]) if rows else 100.0
        ax.set_xlim(0, float(factor) * 1.3)
        ax.set_xticks([float(factor) * step / 2 for step in range(3)])  # 12 pt: three fit
        ax.set_ylim(-0.7, max(len(rows) - 0.3, 0.7))
        rate_axis(ax, factor=factor, lang=lang)
        goals = [float(r["target"]) if has_target(r) else None for r in rows]
        if rows:
            draw_target(ax, positions, goals, text=_target_text(rows[0], lang=lang))
        status_legend(ax, rows, lang=lang)
        note = rows[0]["interval_note"] if rows else None
        return finish(ax, rows, title=title or CHART[lang]["interval"], subtitle=note, lang=lang)


def _target_text(row: Mapping[str, Any], *, lang: Lang) -> str:
    """'Mục tiêu 95%': the word and the row's target in its own format."""
    if not has_target(row):
        return CHART[lang]["target"]
    goal = float(row["target"])
    if row.get("display") == "count":
        return f"{CHART[lang]['target']} {format_count(round(goal), lang=lang)}"
    decimals = 0 if goal.is_integer() else 1
    shown = format_rate(goal, factor=float(row["factor"]), decimals=decimals, lang=lang)
    return f"{CHART[lang]['target']} {shown}"


def draw_target(ax: Axes, positions: list[int], goals: list[float | None], *, text: str) -> None:
    """The target drawn: one dashed line when every bar has the same one, named in the
    legend ('Mục tiêu 95%': a name over the axes met the subtitle there); else a short dark
    tick across each bar at its own target (a bar without one has none)."""
    set_goals = {g for g in goals if g is not None}
    if not set_goals:
        return
    if len(set_goals) == 1 and all(g is not None for g in goals):
        goal = set_goals.pop()
        line = ax.axvline(
            goal, color=TARGET_COLOUR, linestyle="--", linewidth=1.2, zorder=4, label=text
        )
        line.set_gid(TARGET_GID)
        return
    for position, own in zip(positions, goals, strict=True):
        if own is not None:
            ax.plot(
                [own, own],
                [position - 0.42, position + 0.42],
                color=TARGET_COLOUR,
                linestyle=(0, (2.5, 1.2)),
                linewidth=1.6,
                zorder=4,
            )
