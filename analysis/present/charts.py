"""Charts in the house style: drawing only, from already computed summary rows.

Every chart function takes summary rows (see `summary.summarize`) and an
optional `ax`, draws, and returns the Axes; numbers and labels come from the
rows' computed values and formatted texts, never from arithmetic here. The
house style is applied inside `chart_style()`, never at import. `figure_bytes`
serialises a figure deterministically (no dates in metadata, fixed SVG salt).
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import PurePath
from typing import Any, Literal, cast

import matplotlib as mpl
import pandas as pd
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from ..model.dataset import frame_records
from ..model.labels import CHART, Lang
from ..model.text import compact_cells, shorten
from .formatting import format_count, format_rate

# Okabe & Ito (2008), distinguishable with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
REMAINDER_COLOUR = "#C8C8C8"
TEXT_COLOUR = "#222222"
FONT = "DejaVu Sans"  # ships with matplotlib and has every Vietnamese letter

STYLE: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "font.size": 10,
    "axes.titlesize": 12,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelcolor": TEXT_COLOUR,
    "axes.edgecolor": "#888888",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": cycler(color=list(PALETTE)),
    "xtick.color": TEXT_COLOUR,
    "ytick.color": TEXT_COLOUR,
    "figure.figsize": (8.0, 3.6),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "svg.hashsalt": "chiso",
    "svg.fonttype": "none",  # real text: searchable in the PDF, fonts pinned by @font-face
    "pdf.fonttype": 42,
    "axes.unicode_minus": True,
}


LABEL_WIDTH = 32  # characters per line of an axis label
TITLE_WIDTH = 70


def wrap_label(text: str, width: int = LABEL_WIDTH) -> str:
    """Long Vietnamese names on several lines, so a chart keeps a readable size; a name of
    more than four lines is shortened ('…'), and a word longer than a line is broken."""
    short = str(shorten(text, limit=width * 4))
    return textwrap.fill(short, width=width, break_long_words=True, break_on_hyphens=False)


def row_labels(rows: list[dict[str, Any]]) -> list[str]:
    """Bar labels: the indicator, or the unit when the bars compare units (wards, cells)."""
    names = {str(r["indicator"]) for r in rows}
    units = {str(r.get("unit")) for r in rows}
    if len(units) > 1 and len(names) == 1:
        labels = [str(r["unit"]) for r in rows]
    elif len(units) > 1:
        labels = [f"{r['indicator']} — {r['unit']}" for r in rows]
    else:
        labels = [str(r["indicator"]) for r in rows]
    return [wrap_label(label) for label in labels]


@contextmanager
def chart_style() -> Iterator[None]:
    """Apply the house style for the duration of a `with` block only."""
    with mpl.rc_context(cast(Any, STYLE)):
        yield


def new_axes(*, height: float = 3.6, width: float = 8.0) -> Axes:
    """A fresh figure (not registered with pyplot, so nothing leaks) and its Axes."""
    figure = Figure(figsize=(width, height))
    return figure.add_subplot()


def figure_bytes(figure: Figure, *, fmt: Literal["png", "svg"]) -> bytes:
    """The figure as PNG or SVG bytes, identical for identical drawings."""
    buffer = io.BytesIO()
    metadata: dict[str, str | None] = (
        {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    )
    with chart_style():
        figure.savefig(buffer, format=fmt, metadata=metadata)
    return buffer.getvalue()


def _records(rows: pd.DataFrame | Mapping[str, Any]) -> list[dict[str, Any]]:
    if isinstance(rows, pd.DataFrame):
        return frame_records(rows)
    return [dict(rows)]


def mark_illustrative(ax: Axes, *, lang: Lang = "vi") -> Axes:
    """Say on the chart itself that its figures are made up (a demonstration workbook)."""
    figure = ax.figure
    if isinstance(figure, Figure) and len(figure.axes) > 1:  # small multiples: once, on top
        figure.text(
            0.99,
            1.0,
            CHART[lang]["illustrative"],
            fontsize=8,
            fontweight="bold",
            color="#b00020",
            ha="right",
            va="bottom",
        )
        return ax
    ax.annotate(  # above the title and its subtitle, so that a long title never meets it
        CHART[lang]["illustrative"],
        xy=(1, 1),
        xycoords="axes fraction",
        xytext=(0, 44),
        textcoords="offset points",
        fontsize=8,
        fontweight="bold",
        color="#b00020",
        va="bottom",
        ha="right",
    )
    return ax


def _axes(ax: Axes | None, *, rows: int) -> Axes:
    return ax if ax is not None else new_axes(height=max(1.6, 0.9 + 0.55 * rows))


def _finish(
    ax: Axes, rows: list[dict[str, Any]], *, title: str, subtitle: str | None, lang: Lang
) -> Axes:
    """Title, subtitle and the source line naming the rows' cells."""
    source = _sources(rows)
    if source and any(r.get("estimate") for r in rows):
        source = f"{source}\n{CHART[lang]['estimate']}"
    ax.set_title(wrap_label(title, TITLE_WIDTH), loc="left", pad=22 if subtitle else 8)
    if subtitle:
        ax.text(
            0,
            1.0,
            subtitle,
            transform=ax.transAxes,
            fontsize=9,
            color="#555555",
            va="bottom",
            ha="left",
            transform_rotates_text=False,
            bbox={"boxstyle": "square,pad=0.3", "facecolor": "none", "edgecolor": "none"},
        )
    if source:
        ax.annotate(
            f"{CHART[lang]['source']}: {source}",
            xy=(0, 0),
            xycoords="axes fraction",
            xytext=(0, -24),
            textcoords="offset points",
            fontsize=7,
            color="#666666",
            va="top",
            ha="left",
        )
    return ax


def _count_axis(ax: Axes, *, lang: Lang, axis: Literal["x", "y"] = "x") -> None:
    formatter = FuncFormatter(lambda value, _pos: format_count(round(value), lang=lang))
    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_formatter(formatter)
    target.set_major_locator(MaxNLocator(nbins=6, integer=True))


def _value_axis(ax: Axes, first: Mapping[str, Any] | None, *, lang: Lang) -> None:
    """The y axis of a chart over time, in the figures' own unit: counts or a rate."""
    if first is None:
        return
    if first["display"] == "count":
        _count_axis(ax, lang=lang, axis="y")
    else:
        _rate_axis(ax, factor=float(first["factor"]), lang=lang, axis="y")


def _rate_axis(ax: Axes, *, factor: float, lang: Lang, axis: Literal["x", "y"] = "x") -> None:
    target = ax.xaxis if axis == "x" else ax.yaxis

    def label(value: float, _position: int | None) -> str:
        # Enough decimals that neighbouring ticks never print the same ('3%', '3%').
        low, high = target.get_view_interval()
        span = abs(high - low)
        decimals = 0 if span >= 5 else 1 if span >= 0.5 else 2
        return format_rate(round(value, 6), factor=factor, decimals=decimals, lang=lang)

    target.set_major_formatter(FuncFormatter(label))


def plot_rate_of_whole(
    row: Mapping[str, Any],
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """A full count against its base: the part reached and the part not yet (9.728 and 169)."""
    with chart_style():
        ax = _axes(ax, rows=1)
        numerator, remainder = float(row["numerator"]), float(row["remainder"])
        words = CHART[lang]
        ax.barh(
            [0],
            [numerator],
            color=PALETTE[0],
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
        _count_axis(ax, lang=lang)
        ax.set_xlim(0, float(row["denominator"]))
        ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncols=2, frameon=False, fontsize=9)
        return _finish(
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
    rows = _records(parts)
    with chart_style():
        ax = _axes(ax, rows=len(rows))
        labels = []
        for r in rows:
            label = f"{r['value_text']} ({format_count(r['numerator'], lang=lang)}"
            labels.append(label + (f" {r['measure']})" if r.get("measure") else ")"))
        colours = [PALETTE[i % len(PALETTE)] for i in range(len(rows))]
        _bars(ax, rows, labels=labels, colours=colours, fontsize=9)
        factor = rows[0]["factor"]
        ax.set_xlim(0, float(factor) * 1.3)
        ax.set_xticks([float(factor) * step / 4 for step in range(5)])
        _rate_axis(ax, factor=float(factor), lang=lang)
        return _finish(
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
    rows = _records(parts)
    with chart_style():
        ax = _axes(ax, rows=len(rows))
        values = _bars(
            ax,
            rows,
            labels=[str(r["text"]) for r in rows],
            colours=[PALETTE[0]] * len(rows),
            fontsize=10,
        )
        ax.set_xlim(0, max([*values, 1.0]) * 1.2)
        _count_axis(ax, lang=lang)
        return _finish(
            ax,
            rows,
            title=title or str(rows[0].get("group") or ""),
            subtitle=rows[0]["period_label"],
            lang=lang,
        )


def _bars(
    ax: Axes, rows: list[dict[str, Any]], *, labels: list[str], colours: list[str], fontsize: int
) -> list[float]:
    """One horizontal bar per row (first row on top), its label at the bar's end."""
    positions = list(range(len(rows)))[::-1]
    values = [float(r["value"]) for r in rows]
    ax.barh(positions, values, color=colours, height=0.6)
    for position, value, label in zip(positions, values, labels, strict=True):
        ax.text(value, position, "  " + label, va="center", fontsize=fontsize)
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
    rows = _records(items)
    with chart_style():
        ax = _axes(ax, rows=len(rows))
        positions = list(range(len(rows)))[::-1]
        factor = float(rows[0]["factor"])
        done = [float(r["value"]) for r in rows]
        ax.barh(positions, [factor] * len(rows), color=REMAINDER_COLOUR, height=0.6)
        ax.barh(positions, done, color=PALETTE[2], height=0.6)
        for position, r in zip(positions, rows, strict=True):
            ax.text(
                factor,
                position,
                f"  {r['ratio_text']} ({r['value_text']})",
                va="center",
                fontsize=10,
            )
        ax.set_yticks(positions, row_labels(rows))
        targets = {float(r["target"]) for r in rows if not pd.isna(r.get("target"))}
        if len(targets) == 1 and all(not pd.isna(r.get("target")) for r in rows):
            goal = targets.pop()  # every bar against the same target: one dashed line
            shown = format_rate(
                goal, factor=factor, decimals=0 if goal.is_integer() else 1, lang=lang
            )
            ax.axvline(goal, color=TEXT_COLOUR, linestyle="--", linewidth=1)
            ax.annotate(
                f"{CHART[lang]['target']} {shown}",
                xy=(goal, 1),
                xycoords=("data", "axes fraction"),
                xytext=(0, 2),
                textcoords="offset points",
                fontsize=8,
                ha="center",
                va="bottom",
            )
        ax.set_xlim(0, factor * 1.3)
        ax.set_xticks([0, factor / 2, factor])
        _rate_axis(ax, factor=float(rows[0]["factor"]), lang=lang)
        return _finish(ax, rows, title=title or "", subtitle=rows[0]["period_label"], lang=lang)


def plot_rate_intervals(
    rows_frame: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """Rates with their 95% intervals (only rows that have one are drawn)."""
    rows = [r for r in _records(rows_frame) if not pd.isna(r["ci_low"])]
    with chart_style():
        ax = _axes(ax, rows=max(len(rows), 1))
        positions = list(range(len(rows)))[::-1]
        for index, (position, r) in enumerate(zip(positions, rows, strict=True)):
            value, low, high = float(r["value"]), float(r["ci_low"]), float(r["ci_high"])
            colour = PALETTE[index % len(PALETTE)]
            ax.errorbar(
                [value],
                [position],
                xerr=[[value - low], [high - value]],
                fmt="o",
                color=colour,
                capsize=5,
                markersize=7,
            )
            ax.text(
                high,
                position,
                f"  {r['value_text']} ({r['interval_text']})",
                va="center",
                fontsize=9,
            )
        ax.set_yticks(positions, row_labels(rows))
        factor = float(rows[0]["factor"]) if rows else 100.0
        ax.set_xlim(0, float(factor) * 1.3)
        ax.set_xticks([float(factor) * step / 4 for step in range(5)])
        ax.set_ylim(-0.7, max(len(rows) - 0.3, 0.7))
        _rate_axis(ax, factor=factor, lang=lang)
        note = rows[0]["interval_note"] if rows else None
        return _finish(ax, rows, title=title or CHART[lang]["interval"], subtitle=note, lang=lang)


def plot_rate_trend(
    series: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """One indicator over several periods, in period order, with its interval band if any."""
    rows = sorted(_records(series), key=lambda r: (r["period_start"], r["period_end"]))
    with chart_style():
        ax = _axes(ax, rows=3)
        positions = list(range(len(rows)))
        values = [float(r["value"]) for r in rows]
        ax.plot(positions, values, marker="o", color=PALETTE[0])
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
                fontsize=9,
            )
        ax.set_xticks(positions, [wrap_label(str(r["period_label"]), 16) for r in rows])
        low, high = ax.get_ylim()
        ax.set_ylim(low, high + (high - low) * 0.15)  # room for the value labels
        _value_axis(ax, rows[0] if rows else None, lang=lang)
        return _finish(
            ax,
            rows,
            title=title or (str(rows[0]["indicator"]) if rows else ""),
            subtitle=str(rows[0]["unit"]) if rows else None,
            lang=lang,
        )


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
    records = sorted(_records(rows), key=lambda r: (r["period_start"], r["period_end"]))
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
                wrap_label(unit, 24),
                (position[str(end["period"])], value),
                xytext=(position[str(end["period"])] + 0.12, y),
                textcoords="data",
                va="center",
                fontsize=7 if unit not in wholes else 8,
                fontweight="bold" if unit in wholes else "normal",
            )
        ax.set_xticks(range(len(periods)), [wrap_label(labels[p], 14) for p in periods])
        ax.set_xlim(-0.3, len(periods) - 1 + 1.6)  # room for the names at the right
        targets = {float(r["target"]) for r in records if not pd.isna(r.get("target"))}
        if len(targets) == 1:
            ax.axhline(targets.pop(), color="#888888", linestyle="--", linewidth=1)
        _value_axis(ax, records[0] if records else None, lang=lang)
        return _finish(
            ax,
            records,
            title=title or (str(records[0]["indicator"]) if records else ""),
            subtitle=None,
            lang=lang,
        )


def _sources(rows: list[dict[str, Any]]) -> str | None:
    if not rows:
        return None
    first = rows[0]
    # A roll-up of hundreds of units names the span its cells lie in, not each cell.
    cells = compact_cells(", ".join(str(r["cell_numerator"]) for r in rows), limit=SOURCE_CELLS)
    # The file's name only: a chart must not change with the folder the workbook sits in.
    name = PurePath(str(first["file"])).name
    return f"{name} › {first['sheet']} › {cells}"


def tick_texts(ax: Axes, *, axis: Literal["x", "y"] = "x") -> list[str]:
    """The tick labels as drawn (for tests and accessibility text)."""
    ax.figure.canvas.draw()
    labels = ax.get_xticklabels() if axis == "x" else ax.get_yticklabels()
    return [label.get_text() for label in labels]


__all__ = [
    "PALETTE",
    "chart_style",
    "figure_bytes",
    "new_axes",
    "plot_composition",
    "plot_counts",
    "plot_progress",
    "plot_rate_intervals",
    "plot_rate_of_whole",
    "plot_rate_trend",
    "plot_unit_lines",
    "tick_texts",
]


GRID_COLUMNS = 3
SOURCE_CELLS = 60  # more cells of one column than this: a chart's source names their span


def plot_trend_grid(
    rows: pd.DataFrame,
    *,
    ax: Axes | None = None,
    title: str | None = None,
    lang: Lang = "vi",
) -> Axes:
    """Small multiples: one indicator over time, a small panel per unit on one scale, in
    the order the rows give them (the briefing puts the whole's first), with the target as
    a dashed line where one is set. Returns the first panel; the figure holds them all."""
    units = list(dict.fromkeys(str(r["unit"]) for r in _records(rows)))  # in the order given
    records = sorted(_records(rows), key=lambda r: (r["period_start"], r["period_end"]))
    with chart_style():
        count = max(len(units), 1)
        lines = -(-count // GRID_COLUMNS)
        figure = ax.figure if ax is not None else Figure(figsize=(8.0, 0.9 + 1.75 * lines))
        panels = figure.subplots(lines, GRID_COLUMNS, sharey=True, squeeze=False).ravel()
        first = records[0] if records else None
        for panel, unit in zip(panels, units, strict=False):
            series = [r for r in records if str(r["unit"]) == unit]
            positions = list(range(len(series)))
            panel.plot(
                positions,
                [float(r["value"]) for r in series],
                marker="o",
                markersize=3,
                color=PALETTE[5] if series[0]["is_total"] else PALETTE[0],
            )
            targets = {float(r["target"]) for r in series if not pd.isna(r["target"])}
            if len(targets) == 1:
                panel.axhline(targets.pop(), color="#888888", linestyle="--", linewidth=1)
            panel.set_title(wrap_label(unit, 28), fontsize=8, loc="left", fontweight="bold")
            ends = [0, len(series) - 1] if len(series) > 1 else [0]
            panel.set_xticks(ends, [str(series[i]["period"]) for i in ends])
            panel.tick_params(labelsize=7)
        for panel in panels[len(units) :]:
            panel.set_visible(False)
        _value_axis(panels[0], first, lang=lang)
        figure.suptitle(
            wrap_label(title or (str(first["indicator"]) if first else ""), TITLE_WIDTH),
            x=0.01,
            ha="left",
            fontsize=12,
            fontweight="bold",
        )
        figure.subplots_adjust(hspace=0.7, wspace=0.15)
        source = _sources(records)
        if source:  # many panels name many cells: wrapped to the figure's width
            source = "\n".join(textwrap.wrap(source, 150))
            if any(r.get("estimate") for r in records):
                source += f"\n{CHART[lang]['estimate']}"
            figure.text(
                0.01,
                0.0,
                f"{CHART[lang]['source']}: {source}",
                fontsize=7,
                color="#666666",
                ha="left",
                va="top",
            )
        return cast(Axes, panels[0])
