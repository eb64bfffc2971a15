"""Exploring a workbook in JupyterLab the way a pandas user expects.

`explore(workbook)` opens any workbook, a broken one included (its problems are a table),
and returns an `Exploration`. What it gives back are DataFrames: `indicators()` has the
numbers as floats (`value` in the indicator's unit, `numerator`, `denominator`, the
interval, the target and the `change` from the period before) beside their printed text
(`text`, `ratio_text`, `change_text`…) and the source cell, so `sort_values`, `query` and
`.plot` work, and it displays with Vietnamese number formats, as many rows as pandas'
`display.max_rows` / `display.min_rows` allow; with `lang="en"` its words (the target's
status) are English. `trends()` is the `trends` of `chiso summary --json` as a frame, the
same fields and values. Filters compare names by `name_key` without accents
('phuong an binh' finds 'Phường An Bình'); `unit` takes one name or a list; a filter that
finds nothing raises `FilterError`, which lists what exists and the closest names. A
period filter keeps the figures that fall within it ('2024' keeps its quarters).
`chart()` draws one indicator as a matplotlib Figure without building a briefing (the
whole, the top unit, alone too), and `view()` gives the chart and the sentences a
briefing would say, for the widgets of `explore.ipynb`. In a notebook, `notebook.chart_of`
shows a `FilterError` as a message in the cell instead of raising. Writing files is
`saving`'s job.
"""

from __future__ import annotations

import difflib
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

import numpy as np
import pandas as pd

from .model.errors import ChisoError
from .model.labels import TARGET_STATUS, Lang
from .model.periods import Period, parse_period
from .model.text import name_key, strip_accents
from .present.formatting import format_change, format_rate, number_symbols

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .compute.stats import IntervalMethod
    from .model.dataset import Dataset

ChartChoice = Literal["auto", "lines", "grid", "ranking"]
Units = str | Sequence[str] | None  # one unit's name, or several

# The columns of `Exploration.indicators()`, from the summary's, in order.
INDICATOR_COLUMNS: dict[str, str] = {
    "indicator": "indicator",
    "code": "code",
    "unit": "unit",
    "period": "period",
    "period_label": "period_label",
    "period_start": "period_start",
    "period_end": "period_end",
    "value": "value",
    "numerator": "numerator",
    "denominator": "denominator",
    "ci_low": "ci_low",
    "ci_high": "ci_high",
    "target": "target",
    "target_status": "target_status",
    "change_value": "change",
    "change_unit": "change_unit",
    "change_from": "change_from",
    "text": "text",
    "ratio_text": "ratio_text",
    "interval_text": "interval_text",
    "measure": "measure",
    "display": "display",
    "factor": "factor",
    "decimals": "decimals",
    "is_total": "is_total",
    "address": "source",
}
FLOAT_COLUMNS = ("value", "numerator", "denominator", "ci_low", "ci_high", "target", "change")
GAP = "…"  # the row that stands for the rows a long table does not show


class FilterError(ChisoError, LookupError):
    """A filter of an exploration that matches nothing: says what exists (vi / en)."""


class IndicatorFrame(pd.DataFrame):
    """A DataFrame of figures that displays with the number formats Vietnamese readers use
    (9.728, 98,3) and dates as 30/06/2024. Everything else is pandas: `sort_values`,
    `query` and `.plot` return and behave as usual."""

    _metadata: ClassVar[list[str]] = ["lang"]
    lang: Lang = "vi"

    @property
    def _constructor(self) -> type[IndicatorFrame]:
        return IndicatorFrame

    def _repr_html_(self) -> str | None:
        if self.empty:
            return f"<p>{EMPTY.get(getattr(self, 'lang', 'vi'), EMPTY['vi'])}</p>"
        if not (self.index.is_unique and self.columns.is_unique):
            # A Styler needs unique labels (after set_index('unit'), say): pandas' own table.
            return cast(str | None, pd.DataFrame(self)._repr_html_())  # type: ignore[operator]
        shown, caption = shown_rows(self)
        symbols = number_symbols(getattr(self, "lang", "vi"))
        styler = shown.style.format(  # workbook text is escaped: '<script>' stays text
            precision=2, decimal=symbols.decimal, thousands=symbols.group, na_rep="", escape="html"
        )
        counts: list[Hashable] = [c for c in ("numerator", "denominator") if c in shown.columns]
        if counts:
            styler = styler.format(
                precision=0,
                decimal=symbols.decimal,
                thousands=symbols.group,
                na_rep="",
                subset=counts,
            )
        dates: list[Hashable] = [c for c in ("period_start", "period_end") if c in shown.columns]
        if dates:
            styler = styler.format(_day_text, subset=dates)
        styler = styler.hide(axis="index")
        if caption:
            styler = styler.set_caption(caption)
        return str(styler.to_html())


def shown_rows(frame: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """The rows a table displays, by pandas' own options: every row up to
    `display.max_rows`, else `display.min_rows` of them (the first half and the last, a
    row of '…' between), with a caption saying how many of how many ('' when all)."""
    limit = pd.get_option("display.max_rows")
    if not limit or len(frame) <= limit:  # None or 0: no limit, as in pandas
        return frame, ""
    count = min(pd.get_option("display.min_rows") or limit, limit)
    head, tail = frame.head(count - count // 2), frame.tail(count // 2)
    gap = pd.DataFrame([[GAP] * len(frame.columns)], columns=frame.columns)
    shown = pd.concat([head.astype(object), gap, tail.astype(object)], ignore_index=True)
    caption = (
        f"{len(head)} dòng đầu và {len(tail)} dòng cuối trong {len(frame)} / "
        f"first {len(head)} and last {len(tail)} of {len(frame)} rows"
    )
    return shown, caption


def _day_text(value: Any) -> str:
    if isinstance(value, str):  # the gap of a long table
        return value
    return "" if pd.isna(value) else pd.Timestamp(value).strftime("%d/%m/%Y")


@dataclass(frozen=True)
class View:
    """One indicator as a briefing would show it: the chart and the sentences."""

    figure: Figure
    sentences: list[str] = field(default_factory=list)

    def _repr_html_(self) -> str:
        from .present.charts import figure_bytes
        from .present.fragments import render

        svg = figure_bytes(self.figure, fmt="svg").decode("utf-8")
        return svg[svg.index("<svg") :] + render("paragraphs", self.sentences)


@dataclass
class Exploration:
    """A workbook opened for exploring.

    `dataset` is what `load` read (its `observations` and `problems`); `summary` is every
    computed figure with all its columns (the frame `summarize` returns: roll-ups and
    group totals included, `is_total` true); `indicators()` is the tidy view of it."""

    dataset: Dataset
    summary: pd.DataFrame
    lang: Lang

    @property
    def units(self) -> list[str]:
        return sorted(self.summary["unit"].unique().tolist()) if not self.summary.empty else []

    @property
    def periods(self) -> list[str]:
        """Period codes, earliest first."""
        ordered = self.summary.sort_values(["period_start", "period_end"], kind="stable")
        return list(dict.fromkeys(ordered["period"]))

    @property
    def indicator_names(self) -> list[str]:
        return list(dict.fromkeys(self.summary["indicator"]))

    def problems(self) -> pd.DataFrame:
        """Every problem of the workbook, one row each: severity, code, where, message."""
        rows = [[p.severity, p.code, p.location, p.message] for p in self.dataset.problems]
        return pd.DataFrame(rows, columns=["severity", "code", "where", "message"])

    def indicators(
        self,
        *,
        indicator: str | None = None,
        unit: Units = None,
        period: str | None = None,
    ) -> IndicatorFrame:
        """The figures as numbers and as printed, one row each (see the module).

        `indicator` is a name, a code or a group's name (the group's total and its
        parts); `unit` a unit's name or a list of them; `period` a period in any
        accepted form, keeping the figures that fall within it. Names are matched without
        case or accents; a filter that matches nothing raises `FilterError`."""
        rows = self.select(indicator=indicator, unit=unit, period=period)
        return indicator_frame(rows, lang=self.lang)

    def trends(
        self,
        *,
        indicator: str | None = None,
        unit: Units = None,
        period: str | tuple[str, str] | None = None,
    ) -> IndicatorFrame:
        """The trends, one row per indicator, unit and kind of period with two periods or
        more: exactly the fields and values of `chiso summary --json`'s `trends`
        (`summary.TREND_FIELDS`; the slope in the indicator's unit per year, the
        statistics blank below five periods), with the filters of `indicators`."""
        from .present.summary import TREND_FIELDS, trend_records

        rows = self.select(indicator=indicator, unit=unit, period=period)
        columns = [name for name, _kind in TREND_FIELDS]
        records = trend_records(rows, lang=self.lang) if not rows.empty else []
        result = IndicatorFrame(pd.DataFrame.from_records(records, columns=columns))
        result.lang = self.lang
        return result

    def select(
        self,
        *,
        indicator: str | None = None,
        unit: Units = None,
        period: str | tuple[str, str] | None = None,
    ) -> pd.DataFrame:
        """The summary's rows that pass the filters (all columns); see `indicators`."""
        rows = self.summary
        if rows.empty:  # a workbook with errors: nothing to filter, and nothing to say so
            return rows
        if indicator is not None:
            # A group's name keeps its parts too: 'Lượt đánh giá …' and its three answers.
            columns = ("indicator", "code", "group")
            rows = rows[_matching(rows, columns, indicator, what="chỉ tiêu")]
        if unit is not None:
            # Several names keep the rows of each; every name must be found.
            names = [unit] if isinstance(unit, str) else list(unit)
            masks = [_matching(rows, ("unit",), name, what="đơn vị") for name in names]
            rows = rows[np.logical_or.reduce(masks)] if masks else rows.iloc[0:0]
        if period is not None:
            rows = rows[_within(rows, period)]
        return rows

    def chart(self, indicator: str, unit: Units = None, *, kind: ChartChoice = "auto") -> Figure:
        """One indicator drawn as the briefing would draw it, as a Figure (no briefing is
        built). Over time, one unit is a line; several units are lines on one axis
        (`kind="lines"`, the default) or small multiples (`kind="grid"`); at one period,
        units are ranked (`kind="ranking"`). The title names the unit. `unit` is a name or
        a list of names; the whole (the top unit) charts alone like any unit. A name that
        matches nothing, or nothing to draw, raises `FilterError` (`notebook.chart_of`
        shows it as a message instead)."""
        return self.view(indicator, unit, kind=kind, sentences=False).figure

    def view(
        self,
        indicator: str,
        unit: Units = None,
        *,
        periods: tuple[str, str] | None = None,
        kind: ChartChoice = "auto",
        sentences: bool = True,
    ) -> View:
        """The chart and the sentences of one indicator, for a unit and a range of periods
        (first and last, both kept); what `explore.ipynb`'s widgets show."""
        from .present import charts
        from .present.briefing_sentences import section_paragraphs

        rows = self.select(indicator=indicator, unit=unit, period=periods)
        if rows.empty:
            return nothing_to_draw(self.lang)
        several_units = rows["unit"].nunique() > 1
        if several_units and kind == "ranking":
            rows = rows[rows["period_end"] == rows["period_end"].max()]
        axes = self._draw(rows, kind=kind)
        figure = axes.get_figure()
        assert figure is not None
        if self.dataset.facts.illustrative:
            charts.mark_illustrative(axes, lang=self.lang)
        told = section_paragraphs(rows, lang=self.lang) if sentences else []
        return View(figure=figure, sentences=told)  # type: ignore[arg-type]

    def _draw(self, rows: pd.DataFrame, *, kind: ChartChoice) -> Axes:
        """The chart of one indicator's rows, as `chart` describes."""
        from .present import charts
        from .present.briefing_plan import draw_chart, plan_charts

        name = str(rows["indicator"].iloc[0])
        several_units = rows["unit"].nunique() > 1
        title = name if several_units else f"{name} — {rows['unit'].iloc[0]}"
        if several_units and rows["period"].nunique() > 1 and kind in ("auto", "lines"):
            return charts.plot_unit_lines(rows, title=title, lang=self.lang)
        specs = plan_charts(rows, slug="chart", title=title, lang=self.lang)
        if not specs and not several_units:
            # The whole (a roll-up, or a total the workbook gives) alone: a briefing draws
            # it beside its parts, here it is the unit asked for, drawn as any unit is.
            alone = rows.assign(is_total=False)
            specs = plan_charts(alone, slug="chart", title=title, lang=self.lang)
        wanted = {"grid": "trend_grid", "ranking": "progress"}.get(kind)
        chosen = [s for s in specs if s.kind == wanted] or specs
        if not chosen:
            raise FilterError(_nothing_to_draw(name))
        spec = chosen[0]
        if not several_units and spec.title == name:
            spec = type(spec)(slug=spec.slug, kind=spec.kind, title=title, rows=spec.rows)
        return draw_chart(spec, lang=self.lang)

    def to_excel(self, path: str | Path, **filters: Any) -> Path:
        """The figures (`indicators(**filters)`) as an Excel file of real numbers with
        Excel number formats and a source column (see `saving.write_excel`)."""
        from .run.saving import write_excel

        return write_excel(self.indicators(**filters), path, lang=self.lang)

    def to_csv(self, path: str | Path, **filters: Any) -> Path:
        """The figures as CSV in UTF-8 with a byte-order mark, so Excel keeps the accents."""
        from .run.saving import write_csv

        return write_csv(self.indicators(**filters), path)

    def __repr__(self) -> str:
        return (
            f"Exploration({self.dataset.file!r}: {len(self.summary)} rows, "
            f"{len(self.dataset.errors)} errors, {len(self.dataset.warnings)} warnings)"
        )

    def _repr_html_(self) -> str:
        import html

        status = (
            "không có lỗi / no errors"
            if self.dataset.ok
            else f"{len(self.dataset.errors)} lỗi / error(s)"
        )
        head = (
            f"<p><b>{html.escape(self.dataset.file)}</b> — {len(self.summary)} dòng / rows, "
            f"{html.escape(status)}, {len(self.dataset.warnings)} cảnh báo / warning(s)</p>"
        )
        table = self.indicators()._repr_html_() if not self.summary.empty else ""
        return head + (table or "")


def indicator_frame(rows: pd.DataFrame, *, lang: Lang = "vi") -> IndicatorFrame:
    """The tidy view of summary rows: numbers as floats beside their text (see the module)."""
    present = {k: v for k, v in INDICATOR_COLUMNS.items() if k in rows.columns}
    frame = rows[list(present)].rename(columns=present).reset_index(drop=True)
    for column in FLOAT_COLUMNS:
        if column in frame:
            frame[column] = pd.to_numeric(frame[column], errors="coerce").astype(np.float64)
    after = list(frame.columns).index("change_unit") + 1 if "change_unit" in frame else None
    frame.insert(after or len(frame.columns), "change_text", _change_texts(frame, lang=lang))
    if "target_status" in frame:
        # The statuses are the JSON's own (Vietnamese) words; each reader sees them in theirs.
        words = {status: said[lang] for status, said in TARGET_STATUS.items()}
        frame["target_status"] = frame["target_status"].replace(words)
    result = IndicatorFrame(frame)
    result.lang = lang
    return result


def _change_texts(frame: pd.DataFrame, *, lang: Lang) -> list[str | None]:
    """'+3,92 điểm phần trăm' for a rate, '+12' for a count, '+7,5%' for a count's share."""
    if "change" not in frame:
        return [None] * len(frame)
    texts: list[str | None] = []
    for change, unit in zip(frame["change"], frame["change_unit"], strict=True):
        if pd.isna(change):
            texts.append(None)
        elif unit == "pp":
            texts.append(format_change(float(change), decimals=2, lang=lang))
        else:  # a count's change, in per cent of the earlier figure
            shown = format_rate(abs(float(change)), decimals=1, lang=lang)
            sign = "+" if shown != format_rate(0, decimals=1, lang=lang) and change > 0 else ""
            sign = "−" if change < 0 and shown != format_rate(0, decimals=1, lang=lang) else sign
            texts.append(sign + shown)
    return texts


def _key(value: object) -> str:
    return strip_accents(name_key(value))


def _matching(rows: pd.DataFrame, columns: Sequence[str], wanted: str, *, what: str) -> Any:
    """Rows whose name (or code) is `wanted`, ignoring case and accents; FilterError when
    none is, listing the values that exist and the closest ones."""
    key = _key(wanted)
    mask = np.zeros(len(rows), dtype=bool)
    for column in columns:
        if column in rows:
            keys = rows[column].map(lambda v: _key(v) if isinstance(v, str) else "")
            mask |= (keys == key).to_numpy(dtype=bool)
    if mask.any():
        return mask
    existing = list(dict.fromkeys(str(v) for v in rows[columns[0]].dropna()))
    by_key = {_key(name): name for name in existing}
    close = [by_key[k] for k in difflib.get_close_matches(key, list(by_key), n=3, cutoff=0.6)]
    english = {"chỉ tiêu": "indicator", "đơn vị": "unit"}.get(what, what)
    listed = ", ".join(existing[:20]) + (" …" if len(existing) > 20 else "")
    message = (
        f"Không có {what} «{wanted}». Có: {listed}."
        + (f" Có phải «{close[0]}»?" if close else "")
        + f" / No {english} «{wanted}». There are: {listed}."
        + (f" Did you mean «{close[0]}»?" if close else "")
    )
    raise FilterError(message)


def _within(rows: pd.DataFrame, period: str | tuple[str, str]) -> Any:
    """Rows whose period lies within `period` (or from the first to the last of a pair)."""
    first, last = (period, period) if isinstance(period, str) else period
    start: Period = parse_period(first)
    end: Period = parse_period(last)
    mask = (rows["period_start"] >= pd.Timestamp(start.start)) & (
        rows["period_end"] <= pd.Timestamp(end.end)
    )
    if mask.any():
        return mask.to_numpy(dtype=bool)
    existing = ", ".join(dict.fromkeys(str(label) for label in rows["period_label"]))
    shown = first if first == last else f"{first} – {last}"
    raise FilterError(
        f"Không có số liệu trong kỳ «{shown}». Các kỳ có: {existing}. / "
        f"No figures within «{shown}». Periods there are: {existing}."
    )


def unit_dataset(dataset: Dataset, unit: str) -> Dataset:
    """The figures of one unit and of the units below it (by the `Đơn vị` sheet), for a
    briefing of that unit; their cells are the workbook's own. The name is matched
    without case or accents; FilterError when no figure is that unit's."""
    from dataclasses import replace

    rows = dataset.observations
    mask = _matching(rows, ("unit",), unit, what="đơn vị")
    name = str(rows.loc[mask, "unit"].iloc[0])
    hierarchy = dataset.hierarchy.subtree(name) if dataset.hierarchy else dataset.hierarchy
    below = {name_key(n) for n in (u.name for u in hierarchy.units.values())} | {name_key(name)}
    kept = rows["unit"].map(name_key).isin(below).to_numpy(dtype=bool)
    totals = dataset.totals
    if not totals.empty:
        totals = totals[totals["unit"].map(name_key).isin(below).to_numpy(dtype=bool)]
    return replace(
        dataset,
        observations=rows[kept].reset_index(drop=True),
        totals=totals.reset_index(drop=True),
        hierarchy=hierarchy,
    )


EMPTY = {
    "vi": "Không có số liệu nào (nếu tệp có lỗi, xem data.problems()).",
    "en": "No figures (if the workbook has errors, see data.problems()).",
}
NOTHING = {
    "vi": "Không có số liệu để vẽ: tệp có lỗi (xem data.problems()).",
    "en": "No figures to draw: the workbook has errors (see data.problems()).",
}


def nothing_to_draw(lang: Lang) -> View:
    """What a chart of a workbook with errors shows: a figure and a sentence saying there is
    nothing to draw."""
    from matplotlib.figure import Figure

    figure = Figure(figsize=(8.0, 1.2))
    figure.text(0.02, 0.5, NOTHING[lang], fontsize=11, va="center")
    return View(figure=figure, sentences=[NOTHING[lang]])


def _nothing_to_draw(name: str) -> str:
    return f"Không có gì để vẽ cho «{name}». / Nothing to draw for «{name}»."


def explore(
    workbook: str | Path, *, lang: Lang = "vi", method: IntervalMethod = "wilson"
) -> Exploration:
    """Open any workbook for exploring; a workbook with errors still shows its problems."""
    from .model.dataset import Dataset
    from .present.summary import summarize
    from .reading.load import load

    dataset = load(workbook)
    summary = (
        summarize(dataset, lang=lang, method=method)
        if dataset.ok
        else summarize(Dataset(dataset.file, dataset.sheet, dataset.observations.iloc[0:0]))
    )
    return Exploration(dataset=dataset, summary=summary, lang=lang)
