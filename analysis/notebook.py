"""Showing chiso's results in Jupyter: rich HTML tables and charts, never raw reprs.

Charts are shown as one output carrying both PNG (for HTML and the screen) and
SVG (for print), rendered by `charts.figure_bytes`, so they appear whatever
matplotlib backend the kernel runs.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
from matplotlib.axes import Axes

from .briefing import Briefing, ChartSpec, Section, prepare_briefing
from .charts import figure_bytes
from .errors import Problem
from .formatting import Lang
from .loading import load
from .model import Dataset
from .periods import parse_period
from .stats import IntervalMethod
from .summary import summarize


def _display(bundle: dict[str, Any]) -> None:
    from IPython.display import display

    display(bundle, raw=True)


def show_html(fragment: str) -> None:
    """Display an HTML fragment (already escaped by whoever built it)."""
    _display({"text/html": fragment, "text/plain": html.unescape(_strip_tags(fragment))})


def _strip_tags(fragment: str) -> str:
    import re

    return re.sub(r"<[^>]+>", " ", fragment).strip()


def svg_fragment(svg: bytes) -> str:
    """SVG text without its XML prolog and DOCTYPE, for inlining into HTML."""
    text = svg.decode("utf-8")
    return text[text.index("<svg") :]


def show_chart(ax: Axes, *, caption: str = "") -> None:
    """Display a chart as PNG + SVG in one output, then release its figure."""
    figure = ax.get_figure()
    assert figure is not None
    png = figure_bytes(figure, fmt="png")  # type: ignore[arg-type]
    svg = figure_bytes(figure, fmt="svg")  # type: ignore[arg-type]
    _display(
        {
            "image/png": base64.b64encode(png).decode("ascii"),
            "image/svg+xml": svg_fragment(svg),
            "text/plain": caption or "chart",
        }
    )


@dataclass
class HTMLTable:
    """A table that Jupyter shows as formatted HTML (Vietnamese number formats kept)."""

    frame: pd.DataFrame
    caption: str = ""

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in self.frame.columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(_cell(v))}</td>" for v in row) + "</tr>"
            for row in self.frame.itertuples(index=False)
        )
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return (
            f'<table class="chiso-table">{caption}<thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>"
        )

    def __repr__(self) -> str:
        return self.frame.to_string(index=False)


def _cell(value: object) -> str:
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    return str(value)


_COLUMNS: dict[Lang, dict[str, str]] = {
    "vi": {
        "indicator": "Chỉ tiêu",
        "unit": "Đơn vị",
        "period_label": "Kỳ",
        "text": "Số liệu",
        "ratio_text": "Tử số/Mẫu số",
        "interval_text": "Khoảng tin cậy 95%",
        "address": "Nguồn",
    },
    "en": {
        "indicator": "Indicator",
        "unit": "Unit",
        "period_label": "Period",
        "text": "Figure",
        "ratio_text": "Count/Base",
        "interval_text": "95% interval",
        "address": "Source",
    },
}


def indicator_table(
    summary: pd.DataFrame,
    *,
    unit: str | None = None,
    period: str | None = None,
    lang: Lang = "vi",
) -> HTMLTable:
    """Browse indicators, optionally for one unit (organisation) and one period code."""
    rows = summary
    if unit is not None:
        rows = rows[rows["unit"] == unit]
    if period is not None:
        rows = rows[rows["period"] == parse_period(period).code]
    names = _COLUMNS[lang]
    view = rows[list(names)].rename(columns=names)
    return HTMLTable(view, caption=f"{len(view)} / {len(summary)}")


def problem_table(problems: list[Problem]) -> HTMLTable:
    """Every problem of a workbook, one row each."""
    frame = pd.DataFrame(
        [[p.severity, p.code, p.location, p.message] for p in problems],
        columns=["Mức độ / Severity", "Mã / Code", "Vị trí / Where", "Nội dung / Message"],
    )
    return HTMLTable(frame, caption=f"{len(problems)} vấn đề / problem(s)")


@dataclass
class Exploration:
    """A workbook opened for exploring: its dataset, summary and problems."""

    dataset: Dataset
    summary: pd.DataFrame
    lang: Lang

    @property
    def units(self) -> list[str]:
        return sorted(self.summary["unit"].unique().tolist()) if not self.summary.empty else []

    @property
    def periods(self) -> list[str]:
        return list(dict.fromkeys(self.summary.sort_values("period_start")["period"]))

    def problems(self) -> HTMLTable:
        return problem_table(self.dataset.problems)

    def indicators(self, *, unit: str | None = None, period: str | None = None) -> HTMLTable:
        return indicator_table(self.summary, unit=unit, period=period, lang=self.lang)

    def _repr_html_(self) -> str:
        status = (
            "không có lỗi / no errors"
            if self.dataset.ok
            else f"{len(self.dataset.errors)} lỗi / error(s)"
        )
        return (
            f"<p><b>{html.escape(self.dataset.file)}</b> — {len(self.summary)} dòng / rows, "
            f"{html.escape(status)}, {len(self.dataset.warnings)} cảnh báo / warning(s)</p>"
            + self.indicators()._repr_html_()
        )


def explore(
    workbook: str | Path, *, lang: Lang = "vi", method: IntervalMethod = "wilson"
) -> Exploration:
    """Open any workbook for exploring; a workbook with errors still shows its problems."""
    dataset = load(workbook)
    summary = (
        summarize(dataset, lang=lang, method=method)
        if dataset.ok
        else summarize(Dataset(dataset.file, dataset.sheet, dataset.observations.iloc[0:0]))
    )
    return Exploration(dataset=dataset, summary=summary, lang=lang)


def show_briefing_header(briefing: Briefing) -> None:
    show_html(briefing.title_html())
    show_html(briefing.contents_html())


def show_section(briefing: Briefing, section: Section) -> None:
    """A section: heading, each chart, then its narrative."""
    show_html(briefing.section_heading_html(section))
    for spec in section.charts:
        show_chart(briefing.draw(spec), caption=briefing.chart_caption(spec))
    show_html(briefing.section_text_html(section))


def open_briefing(
    workbook: str | Path,
    *,
    lang: Lang = "vi",
    organisation: str = "",
    place: str = "",
    period: str | None = None,
    report_date: str | None = None,
) -> Briefing:
    """Load and check a workbook and lay out its briefing; stops with the problems if any."""
    from .errors import ValidationError

    dataset = load(workbook)
    if not dataset.ok:
        raise ValidationError(dataset.problems)
    day = dt.date.fromisoformat(report_date) if report_date else None
    return prepare_briefing(
        dataset,
        lang=lang,
        organisation=organisation,
        place=place,
        period=period or None,
        report_date=day,
    )


def chart_of(briefing: Briefing, spec: ChartSpec) -> None:
    show_chart(briefing.draw(spec), caption=briefing.chart_caption(spec))
