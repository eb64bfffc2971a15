"""Charts in the house style: drawing only, from already computed summary rows.

The one place the rest of the code asks for a chart. Every chart function takes summary
rows (see `summary.summarize`) and an optional `ax`, draws, and returns the Axes; numbers
and labels come from the rows' computed values and formatted texts, never from arithmetic
here. The work is split by job: `chart_base` holds the style, axes, tick labels, titles and
source line and `figure_bytes`; `chart_bars` the charts of one period; `chart_lines` the
charts over time.
"""

from __future__ import annotations

from .chart_bars import (
    plot_composition,
    plot_counts,
    plot_progress,
    plot_rate_intervals,
    plot_rate_of_whole,
)
from .chart_base import (
    PALETTE,
    chart_style,
    figure_bytes,
    figure_images,
    mark_illustrative,
    new_axes,
    row_labels,
    tick_texts,
    wrap_label,
)
from .chart_lines import plot_rate_trend, plot_trend_grid, plot_unit_lines

__all__ = [
    "PALETTE",
    "chart_style",
    "figure_bytes",
    "figure_images",
    "mark_illustrative",
    "new_axes",
    "plot_composition",
    "plot_counts",
    "plot_progress",
    "plot_rate_intervals",
    "plot_rate_of_whole",
    "plot_rate_trend",
    "plot_trend_grid",
    "plot_unit_lines",
    "row_labels",
    "tick_texts",
    "wrap_label",
]
