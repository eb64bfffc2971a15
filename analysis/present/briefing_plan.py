"""The briefing's plan: which sections, in which order, and which charts each draws.

From the summary's rows to `Section`s (one per theme) and `ChartSpec`s (what kind of chart,
over which rows), by the shape of the data: a series over time, a group and its parts, rates
of a whole, counts of one measure, a sample's intervals; many units are ranked level by
level. The sentences come from `briefing_sentences`; drawing is `charts`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import pandas as pd
from matplotlib.axes import Axes

from ..model.labels import HEADINGS, Lang
from ..model.text import name_key, slugify
from . import charts
from .briefing_sentences import latest_rows, level_name, section_paragraphs, selection_note

ChartKind = Literal[
    "rate_of_whole",
    "composition",
    "counts",
    "progress",
    "rate_intervals",
    "rate_trend",
    "trend_grid",
]

SUMMARY_ANCHOR = "tong-hop"  # the appendix: every indicator in one table
OVERVIEW_ANCHOR = "tom-tat"  # the opening page: what matters
SINCE_ANCHOR = "thay-doi"  # what moved since the previous build
MAX_BARS = 20  # bars in one chart
MAX_CHARTS = 12  # charts in one section
MAX_RATE_CHARTS = 4  # rates of a whole drawn one chart each; more share a progress chart
MAX_PANELS = 15  # units in one chart of small multiples (five rows of three)


@dataclass(frozen=True)
class ChartSpec:
    """One chart of a section: a stable name, what kind, and the summary rows it draws."""

    slug: str
    kind: ChartKind
    title: str
    rows: pd.DataFrame = field(repr=False, compare=False)


@dataclass(frozen=True)
class Section:
    """One theme of the briefing."""

    title: str
    slug: str
    rows: pd.DataFrame = field(repr=False, compare=False)
    charts: tuple[ChartSpec, ...]
    paragraphs: tuple[str, ...]


def units_top_down(summary: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """Each unit's rows, the whole first, then level by level, in the workbook's order."""
    keys = summary["unit"].map(name_key)
    depth = summary["unit_depth"] if "unit_depth" in summary else pd.Series(0, summary.index)
    first = pd.DataFrame({"key": keys, "depth": depth}).groupby("key", sort=False)["depth"].min()
    order = sorted(range(len(first)), key=lambda i: (int(first.iloc[i]), i))
    groups = dict(list(summary.groupby(keys, sort=False)))
    return [(str(groups[first.index[i]]["unit"].iloc[0]), groups[first.index[i]]) for i in order]


THEME_KEYS = ("theme", "group", "section", "indicator")  # the first one given names the theme


def _theme(row: Mapping[str, Any]) -> str:
    for key in THEME_KEYS:
        value = row.get(key)
        if isinstance(value, str) and value:
            return value
    return "—"


def _themes(summary: pd.DataFrame) -> list[str]:
    """Each row's theme, from the few columns that name it: a province's summary has tens of
    thousands of rows, too many to turn whole into dicts."""
    keys = [key for key in THEME_KEYS if key in summary.columns]
    if not keys:
        return ["—"] * len(summary)
    columns = [summary[key].tolist() for key in keys]
    return [_theme(dict(zip(keys, values, strict=True))) for values in zip(*columns, strict=True)]


def plan_sections(
    summary: pd.DataFrame, *, lang: Lang = "vi", trends: pd.DataFrame | None = None
) -> list[Section]:
    """Group summary rows by theme (catalogue theme, else group, else heading row).
    `trends` are the summary's series (`series_trends`), computed once by the caller."""
    if summary.empty:
        return []
    themes = _themes(summary)
    frame = summary.assign(_theme=themes)
    order = list(dict.fromkeys(themes))
    used_slugs: set[str] = {SUMMARY_ANCHOR, OVERVIEW_ANCHOR, SINCE_ANCHOR}
    sections = []
    for title in order:
        rows = frame[frame["_theme"] == title].drop(columns="_theme")
        slug = unique_slug(slugify(title), used_slugs)
        sections.append(
            Section(
                title=title,
                slug=slug,
                rows=rows,
                charts=tuple(plan_charts(rows, slug=slug, title=title, lang=lang)),
                paragraphs=tuple(section_paragraphs(rows, lang=lang, trends=trends)),
            )
        )
    return sections


def unique_slug(slug: str, used: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in used:
        candidate = f"{slug}-{number}"
        number += 1
    used.add(candidate)
    return candidate


class _Charts:
    """The charts of one section as they are planned: stable, unique names, long lists split
    into charts of `MAX_BARS` bars, at most `MAX_CHARTS` in all."""

    def __init__(self, slug: str) -> None:
        self.slug = slug
        self.specs: list[ChartSpec] = []
        self.used: set[str] = set()

    @property
    def full(self) -> bool:
        return len(self.specs) >= MAX_CHARTS

    def add(self, kind: ChartKind, title: str, data: pd.DataFrame) -> None:
        # A chart stays readable with up to MAX_BARS bars; longer lists are split, and a
        # section draws at most MAX_CHARTS charts (the summary table still lists every row).
        chunks = [data.iloc[i : i + MAX_BARS] for i in range(0, len(data), MAX_BARS)]
        for number, chunk in enumerate(chunks, start=1):
            if self.full:
                return
            label = f"{title} ({number}/{len(chunks)})" if len(chunks) > 1 else title
            self.add_one(kind, label, chunk.reset_index(drop=True))

    def add_one(self, kind: ChartKind, title: str, rows: pd.DataFrame) -> None:
        name = unique_slug(f"{self.slug}-{kind.replace('_', '-')}", self.used)
        self.specs.append(ChartSpec(slug=name, kind=kind, title=title, rows=rows))


def plan_charts(
    rows: pd.DataFrame, *, slug: str, title: str = "", lang: Lang = "vi"
) -> list[ChartSpec]:
    """Which charts a section gets, from the shape of its data: series over time first,
    then groups and their parts, single figures, and samples' intervals."""
    planned = _Charts(slug)
    _plan_trends(planned, rows, lang=lang)
    current = latest_rows(rows[~rows["is_total"]])
    totals = rows[rows["is_total"]]
    _plan_groups(planned, current, totals)
    _plan_single_figures(planned, current, title=title, lang=lang)
    _plan_intervals(planned, current, totals, lang=lang)
    return planned.specs


def _plan_trends(planned: _Charts, rows: pd.DataFrame, *, lang: Lang) -> None:
    """A figure of one unit over time: its line; of several units, small multiples on one
    scale, the whole's panel first; many units level by level, each level's highest and
    lowest."""
    over_time = rows.groupby(["indicator", "unit"], sort=False)["period"].transform("nunique") >= 2
    for indicator, series in rows[over_time].groupby("indicator", sort=False):
        units = list(
            dict.fromkeys(series.sort_values("is_total", ascending=False, kind="stable")["unit"])
        )
        if series.loc[~series["is_total"], "unit"].nunique() <= 1:
            for _unit, own in series[~series["is_total"]].groupby("unit", sort=False):
                planned.add("rate_trend", str(indicator), own)
            continue
        for note, page in _panel_pages(series, units, lang=lang):
            if planned.full:
                break
            label = f"{indicator} ({note})" if note else str(indicator)
            place = {unit: number for number, unit in enumerate(page)}
            chunk = series[series["unit"].isin(page)]
            chunk = chunk.iloc[chunk["unit"].map(place).argsort(kind="stable")]
            planned.add_one("trend_grid", label, chunk.reset_index(drop=True))


def _plan_groups(planned: _Charts, current: pd.DataFrame, totals: pd.DataFrame) -> None:
    """A group and its parts: their composition when they share a sampled base, progress
    against a shared base, else the counts side by side."""
    grouped = current[current["group"].notna()]
    keyed = grouped.assign(
        _group=[name_key(g) for g in grouped["group"]],
        _unit=[name_key(u) for u in grouped["unit"]],
    )
    several_units = keyed["_unit"].nunique() > 1
    for (group_key, unit_key), parts in keyed.groupby(["_group", "_unit"], sort=False):
        parts = parts.drop(columns=["_group", "_unit"])
        total = totals[
            [
                name_key(t) == group_key and name_key(u) == unit_key
                for t, u in zip(totals["indicator"], totals["unit"], strict=True)
            ]
        ]
        name = str(parts.iloc[0]["group"])
        if several_units:
            name = f"{name} — {parts.iloc[0]['unit']}"
        shared_base = not total.empty and not pd.isna(total.iloc[0]["denominator"])
        if shared_base and set(parts["measurement"]) & {"sample", "voluntary"}:
            planned.add("composition", name, parts)
        elif shared_base:
            planned.add("progress", name, parts)
        else:
            planned.add("counts", name, parts)


def _plan_single_figures(
    planned: _Charts, current: pd.DataFrame, *, title: str, lang: Lang
) -> None:
    """Figures outside a group: rates of a whole (unit against unit, ranked; or one chart
    each; or many on one progress chart), ratios, and counts of one measure together."""
    single = current[current["group"].isna()]
    whole_rates = single[
        (single["display"] == "rate")
        & (single["measurement"] == "full")
        & single["remainder"].notna()
    ]
    compared = whole_rates.groupby("indicator", sort=False)["unit"].transform("nunique") > 1
    for indicator, across_units in whole_rates[compared].groupby("indicator", sort=False):
        # One indicator, unit against unit: ranked, highest first, level by level.
        for note, ranked in _ranked_levels(across_units, lang=lang):
            planned.add("progress", f"{indicator} ({note})" if note else str(indicator), ranked)
    alone = whole_rates[~compared]
    if len(alone) > MAX_RATE_CHARTS:
        planned.add("progress", title, alone)  # many rates of a whole: one bar each
    else:
        for row_index, row in alone.iterrows():
            name = str(row["indicator"])
            if current["unit"].nunique() > 1:
                name = f"{name} — {row['unit']}"
            planned.add("rate_of_whole", name, alone.loc[[row_index]])
    ratios = single[single["display"] == "ratio"]
    if not ratios.empty:
        name = title if len(ratios) > 1 else str(ratios.iloc[0]["indicator"])
        planned.add("progress", name, ratios)
    counts = single[single["display"] == "count"]
    if counts["unit"].nunique() > 1:
        # Units compared: one indicator per axis (admissions never beside disciplines),
        # ranked level by level like the rates.
        for indicator, across_units in counts.groupby("indicator", sort=False):
            for note, ranked in _ranked_levels(across_units, lang=lang):
                planned.add("counts", f"{indicator} ({note})" if note else str(indicator), ranked)
        return
    by_measure = list(counts.groupby(counts["measure"].fillna(""), sort=False))
    for measure, same in by_measure:
        # Counts share an axis only when they count the same thing.
        if len(same) == 1:
            name = str(same.iloc[0]["indicator"])
        else:
            name = f"{title} ({measure})" if measure and len(by_measure) > 1 else title
        planned.add("counts", name, same)


def _plan_intervals(
    planned: _Charts, current: pd.DataFrame, totals: pd.DataFrame, *, lang: Lang
) -> None:
    """A sample over many units: a ranking with intervals (dot and whisker), the whole's
    figure among them; the intervals of a section's other samples on one chart."""
    with_interval = current[current["ci_low"].notna()]
    ranked_units = with_interval.groupby("indicator", sort=False)["unit"].transform("nunique") > 1
    for indicator, sample in with_interval[ranked_units].groupby("indicator", sort=False):
        # The whole is a unit above the ranked ones, in the ranking's own period: a unit's
        # year made of its halves is a total too, yet neither a whole nor the latest period
        # (at 500 communes it once filled the chart with 500 "wholes").
        wholes = totals[
            (totals["indicator"] == indicator)
            & totals["ci_low"].notna()
            & ~totals["unit"].isin(sample["unit"])
            & totals["period"].isin(sample["period"])
        ]
        if "unit_depth" in wholes:  # the top only: the districts rolled up are not the whole
            wholes = wholes[wholes["unit_depth"] == wholes["unit_depth"].min()]
        for note, ranked in _ranked_levels(sample, lang=lang, bars=MAX_BARS - len(wholes)):
            shown = pd.concat([ranked, wholes]).sort_values("value", ascending=False, kind="stable")
            label = f"{indicator}: {HEADINGS[lang]['ranking']}"
            planned.add("rate_intervals", f"{label} ({note})" if note else label, shown)
    if not with_interval[~ranked_units].empty:
        planned.add("rate_intervals", HEADINGS[lang]["interval"], with_interval[~ranked_units])


def _top_and_bottom(ranked: pd.DataFrame, shown: int) -> pd.DataFrame:
    """The first and last `shown // 2` rows of a ranking, or all of it when it is short."""
    if len(ranked) <= shown:
        return ranked
    half = max(shown // 2, 1)
    return pd.concat([ranked.iloc[:half], ranked.iloc[-half:]])


def _ranked_levels(
    rows: pd.DataFrame, *, lang: Lang, bars: int = MAX_BARS
) -> list[tuple[str, pd.DataFrame]]:
    """One indicator's units, highest first, as (note, rows) per chart: one chart per level
    of the hierarchy, and of a level with more units than `bars`, the highest and the
    lowest (every unit is in the appendix)."""
    depths = sorted(pd.unique(rows["unit_depth"])) if "unit_depth" in rows else [None]
    charts = []
    for depth in depths:
        peers = rows if depth is None else rows[rows["unit_depth"] == depth]
        ranked = peers.sort_values("value", ascending=False, kind="stable")
        level = level_name(peers, lang=lang) if len(depths) > 1 else ""
        shown = _top_and_bottom(ranked, max(bars, 2))
        charts.append((selection_note(level, len(shown), len(ranked), lang=lang), shown))
    return charts


def _panel_pages(
    series: pd.DataFrame, units: list[str], *, lang: Lang
) -> list[tuple[str, list[str]]]:
    """The units of a chart of small multiples, the whole's panel first, as (note, units):
    all on one chart when they fit; else one chart of the first level below the whole with
    more than one unit, its highest and lowest at the latest period when it is too large for
    one chart. The levels under it are in the ranking charts (the latest period) and the
    appendix: a province's lines over time are its districts', not a sample of its 500
    communes (one chart per level doubled the charts and the pages)."""
    if len(units) <= MAX_PANELS or "unit_depth" not in series:
        return [("", units[:MAX_PANELS])]
    totals = series[series["is_total"]]
    wholes = list(dict.fromkeys(totals.loc[totals["unit_depth"] == 0, "unit"]))
    latest = latest_rows(series)
    latest = latest[~latest["unit"].isin(wholes)]
    latest = latest.sort_values(["period_end", "is_total"], kind="stable")
    latest = latest[~latest["unit"].duplicated(keep="first")]
    levels = _ranked_levels(latest, lang=lang, bars=MAX_PANELS - len(wholes))
    note, ranked = next(((n, r) for n, r in levels if r["unit"].nunique() > 1), levels[0])
    return [(note, wholes + list(dict.fromkeys(ranked["unit"])))]


def draw_chart(spec: ChartSpec, *, ax: Axes | None = None, lang: Lang = "vi") -> Axes:
    """Dispatch a chart spec to its drawing function."""
    rows = spec.rows
    if spec.kind == "rate_of_whole":
        first = {str(k): v for k, v in rows.iloc[0].to_dict().items()}
        return charts.plot_rate_of_whole(first, ax=ax, title=spec.title, lang=lang)
    drawers = {
        "composition": charts.plot_composition,
        "counts": charts.plot_counts,
        "progress": charts.plot_progress,
        "rate_intervals": charts.plot_rate_intervals,
        "rate_trend": charts.plot_rate_trend,
        "trend_grid": charts.plot_trend_grid,
    }
    return drawers[spec.kind](rows, ax=ax, title=spec.title, lang=lang)
