"""Charts over time: one unit's line, every unit's line on one axis, and small multiples.

Each takes summary rows (see `summary.summarize`) and an optional `ax`, draws inside the
house style and returns the Axes; periods are placed in their order, values and labels come
from the rows, and the whole (a roll-up) is drawn bold so the reader finds it first.
"""

from __future__ import annotations

import math
from typing import Any, cast

import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator
from matplotlib.transforms import ScaledTranslation

from ..model.labels import CHART, Lang
from .chart_base import (
    NO_TARGET_COLOUR,
    PALETTE,
    SMALL_TEXT,
    SOURCE_GID,
    TARGET_COLOUR,
    TEXT_COLOUR,
    TITLE_WIDTH,
    WIDTH,
    chart_style,
    estimate_note,
    finish,
    fresh_axes,
    has_target,
    measuring,
    new_axes,
    row_records,
    source_line,
    status_colour,
    status_legend,
    value_axis,
    wrap_label,
    wrap_source,
)


def plot_rate_trend(
    series: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """One indicator over several periods, in period order, with its interval band if any."""
    rows = sorted(row_records(series), key=lambda r: (r["period_start"], r["period_end"]))
    with chart_style():
        ax = fresh_axes(ax, rows=3)
        positions = list(range(len(rows)))
        values = [float(r["value"]) for r in rows]
        ax.plot(positions, values, color=NO_TARGET_COLOUR, zorder=2)
        # each period's dot coloured by where it stood against that period's target
        ax.scatter(positions, values, color=[status_colour(r) for r in rows], s=36, zorder=3)
        targets = {float(r["target"]) for r in rows if has_target(r)}
        if len(targets) == 1:
            ax.axhline(targets.pop(), color=TARGET_COLOUR, linestyle="--", linewidth=1)
        status_legend(ax, rows, lang=lang)
        lows = [float(r["ci_low"]) for r in rows]
        if not any(pd.isna(low) for low in lows):
            highs = [float(r["ci_high"]) for r in rows]
            ax.fill_between(positions, lows, highs, color=PALETTE[4], alpha=0.3, linewidth=0)
        for position, r in zip(positions, rows, strict=True):
            ax.annotate(
                str(r["value_text"]),
                (position, float(r["value"])),
                textcoords="offset points",
                xytext=(0, 7),
                ha="center",
                fontsize=SMALL_TEXT,
            )
        ax.set_xticks(positions, [wrap_label(str(r["period_label"]), 16) for r in rows])
        low, high = ax.get_ylim()
        ax.set_ylim(low, high + (high - low) * 0.15)  # room for the value labels
        value_axis(ax, rows[0] if rows else None, lang=lang)
        return finish(
            ax,
            rows,
            title=title or (str(rows[0]["indicator"]) if rows else ""),
            subtitle=str(rows[0]["unit"]) if rows else None,
            lang=lang,
        )


GRID_COLUMNS = 3  # panels in a row of small multiples: three read on a phone and keep a page
LABELLED_LINES = 12  # more units on one axis than this: only the whole and the ends are named


def plot_unit_lines(
    rows: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """One indicator over time, every unit a line on one axis: the whole (a roll-up) bold
    and first in the legend's place, each line named at its last point (with many units,
    only the whole and the highest and lowest at the end are named)."""
    records = sorted(row_records(rows), key=lambda r: (r["period_start"], r["period_end"]))
    periods = list(dict.fromkeys(str(r["period"]) for r in records))
    labels = {str(r["period"]): str(r["period_label"]) for r in records}
    position = {period: i for i, period in enumerate(periods)}
    units = list(dict.fromkeys(str(r["unit"]) for r in records))
    by_unit = {unit: [r for r in records if str(r["unit"]) == unit] for unit in units}
    wholes = [u for u in units if all(r["is_total"] for r in by_unit[u])]
    last_values = {u: float(by_unit[u][-1]["value"]) for u in units}
    ranked = sorted((u for u in units if u not in wholes), key=lambda u: -last_values[u])
    named = set(wholes) | (
        set(ranked) if len(ranked) <= LABELLED_LINES else {*ranked[:3], *ranked[-3:]}
    )
    with chart_style():
        ax = ax if ax is not None else new_axes(height=4.8)
        for number, unit in enumerate([*ranked, *wholes]):  # the whole drawn last, on top
            series = by_unit[unit]
            whole = unit in wholes
            xs = [position[str(r["period"])] for r in series]
            ys = [float(r["value"]) for r in series]
            ax.plot(
                xs,
                ys,
                marker="o",
                markersize=3 if not whole else 5,
                linewidth=1.2 if not whole else 2.6,
                color=PALETTE[5] if whole else PALETTE[number % 5],
                alpha=1.0 if whole or unit in named else 0.45,
                zorder=3 if whole else 2,
            )
        low, high = ax.get_ylim()
        ends = sorted(((last_values[u], u) for u in named), key=lambda pair: pair[0], reverse=True)
        gap = (high - low) * 0.045  # a line of small text, in data units
        placed: list[float] = []
        for value, unit in ends:  # names at the lines' ends, pushed apart where they meet
            y = min(value, placed[-1] - gap) if placed else value
            placed.append(y)
            end = by_unit[unit][-1]
            ax.annotate(
                wrap_label(unit, 16),
                (position[str(end["period"])], value),
                xytext=(position[str(end["period"])] + 0.12, y),
                textcoords="data",
                va="center",
                fontsize=SMALL_TEXT,
                fontweight="bold" if unit in wholes else "normal",
            )
        ax.set_xticks(range(len(periods)), [wrap_label(labels[p], 14) for p in periods])
        ax.set_xlim(-0.3, len(periods) - 1 + 1.6)  # room for the names at the right
        targets = {float(r["target"]) for r in records if not pd.isna(r.get("target"))}
        if len(targets) == 1:
            ax.axhline(targets.pop(), color="#888888", linestyle="--", linewidth=1)
        value_axis(ax, records[0] if records else None, lang=lang)
        return finish(
            ax,
            records,
            title=title or (str(records[0]["indicator"]) if records else ""),
            subtitle=None,
            lang=lang,
        )


def plot_trend_grid(
    rows: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """Small multiples: one indicator over time, a small panel per unit, in the order the
    rows give them (the briefing puts the whole's first), the target as a dashed line and
    the latest point coloured by its status against it. Rates share one scale, so that
    panels compare; counts get each panel its own, since a province's count would flatten
    every ward's line. Returns the first panel; the figure holds them all."""
    units = list(dict.fromkeys(str(r["unit"]) for r in row_records(rows)))  # in the order given
    records = sorted(row_records(rows), key=lambda r: (r["period_start"], r["period_end"]))
    first = records[0] if records else None
    counts = first is not None and first["display"] == "count"
    with chart_style():
        count = max(len(units), 1)
        lines = -(-count // GRID_COLUMNS)
        figure = ax.figure if ax is not None else Figure(figsize=(WIDTH, 1.6 + 1.6 * lines))
        panels = figure.subplots(lines, GRID_COLUMNS, sharey=not counts, squeeze=False).ravel()
        years: list[list[str]] = []
        for panel, unit in zip(panels, units, strict=False):
            years.append(
                _draw_panel(panel, [r for r in records if str(r["unit"]) == unit], unit=unit)
            )
            if counts:
                value_axis(panel, first, lang=lang)
        for panel in panels[len(units) :]:
            panel.set_visible(False)
        value_axis(panels[0], first, lang=lang)
        heading = wrap_label(title or (str(first["indicator"]) if first else ""), TITLE_WIDTH)
        figure.suptitle(
            heading,
            x=0.01,
            ha="left",
            fontsize=14,
            fontweight="bold",
        )
        height = float(figure.bbox.height / figure.dpi)  # margins in inches, whatever its height
        figure.subplots_adjust(
            hspace=1.0,  # room for two-line panel names under the ticks above
            wspace=0.35 if counts else 0.2,
            # the title's lines (14 pt) and the first panels' names (12 pt, up to two lines
            # in a third of the width) above the panels
            top=1 - (0.8 + 0.25 * (heading.count("\n") + 1)) / height,
            bottom=0.4 / height,
        )
        with measuring(cast(Figure, figure)) as renderer:
            for panel, short in zip(panels, years, strict=False):
                _fit_end_ticks(cast(Axes, panel), short, renderer)
        _grid_footer(cast(Axes, panels[0]), records, lang=lang)
        return cast(Axes, panels[0])


def _draw_panel(panel: Axes, series: list[dict[str, Any]], *, unit: str) -> list[str]:
    """One unit's line (the whole's bold and black), its target and its latest status; the
    ends' periods under it. Returns the ends' years, for a panel too narrow for the periods."""
    positions = list(range(len(series)))
    whole = bool(series[0]["is_total"])
    panel.plot(
        positions,
        [float(r["value"]) for r in series],
        color=TEXT_COLOUR if whole else NO_TARGET_COLOUR,
        linewidth=2.2 if whole else 1.4,
    )
    targets = [float(r["target"]) if has_target(r) else math.nan for r in series]
    if len({t for t in targets if not math.isnan(t)}) == 1:
        panel.axhline(min(targets), color=TARGET_COLOUR, linestyle="--", linewidth=1)
    elif any(not math.isnan(t) for t in targets):  # a target set period by period
        panel.plot(positions, targets, color=TARGET_COLOUR, linestyle="--", linewidth=1)
    last = series[-1]
    panel.plot(  # the latest figure, coloured by where it stands against its target
        [positions[-1]], [float(last["value"])], "o", markersize=6, color=status_colour(last)
    )
    panel.set_title(wrap_label(unit, 11), fontsize=SMALL_TEXT, loc="left", fontweight="bold")
    ends = [0, len(series) - 1] if len(series) > 1 else [0]
    ticks = panel.set_xticks(ends, [str(series[i]["period"]) for i in ends])
    if len(ticks) > 1:  # the ends' years kept inside the panel, clear of the next one's
        ticks[0].label1.set_horizontalalignment("left")
        ticks[-1].label1.set_horizontalalignment("right")
    panel.tick_params(labelsize=SMALL_TEXT)
    panel.yaxis.set_major_locator(MaxNLocator(nbins=3))  # three ticks fit a panel's height
    return [str(pd.Timestamp(series[i]["period_start"]).year) for i in ends]


def _fit_end_ticks(panel: Axes, years: list[str], renderer: Any) -> None:
    """The ends' periods as drawn when they fit the panel's width side by side ('2021S1',
    '2024S2'); else their years ('2021', '2024'); else the latest period alone."""
    labels = panel.get_xticklabels()
    if len(labels) < 2:
        return
    periods = [label.get_text() for label in labels]
    gap = SMALL_TEXT * panel.figure.dpi / 72  # an em between the two, at the measuring dpi

    def fits(texts: list[str]) -> bool:
        for label, text in zip(labels, texts, strict=True):
            label.set_text(text)
        left, right = (label.get_window_extent(renderer) for label in labels[:2])
        return bool(left.x1 + gap <= right.x0)

    if fits(periods):
        return
    shown = years if years[0] != years[-1] and fits(years) else ["", periods[-1]]
    ticks = panel.set_xticks(panel.get_xticks(), shown)
    ticks[0].label1.set_horizontalalignment("left")  # as `_draw_panel` set them
    ticks[-1].label1.set_horizontalalignment("right")


def _grid_footer(panel: Axes, records: list[dict[str, Any]], *, lang: Lang) -> None:
    """Under the panels: the statuses' legend (of the latest figures), then the source."""
    figure = panel.figure
    latest: dict[str, dict[str, Any]] = {str(r["unit"]): r for r in records}
    legend = status_legend(panel, list(latest.values()), lang=lang)
    if legend is not None:  # moved from the first panel to the foot of the whole figure
        legend.remove()
        legend = figure.legend(
            handles=legend.legend_handles,
            labels=[t.get_text() for t in legend.get_texts()],
            loc="upper left",
            bbox_to_anchor=(0.01, 0.0),
            ncols=2,
            frameon=False,
            fontsize=SMALL_TEXT,
            borderaxespad=0,
            handlelength=1.2,
        )
    source = source_line(records)
    if not source:
        return
    # A figure's text (where readers of the figure look for it), under the legend's rows.
    legend_rows = -(-len(legend.legend_handles) // 2) if legend is not None else 0
    drop = (legend_rows * SMALL_TEXT * 1.75 + (6 if legend_rows else 0)) / 72
    note = figure.text(
        0.01,
        0.0,
        wrap_source(f"{CHART[lang]['source']}: {source}"),
        transform=figure.transFigure + ScaledTranslation(0, -drop, figure.dpi_scale_trans),
        fontsize=SMALL_TEXT,
        color="#666666",
        ha="left",
        va="top",
    )
    note.set_gid(SOURCE_GID)
    if any(r.get("estimate") for r in records):
        estimate_note(panel, note, lang=lang)
