"""The briefing: sections by theme, each with its charts and narrative, as HTML fragments.

Pure assembly from a `Dataset`: what to show and in which order. Drawing is
`charts`, sentences are `narrative`; every piece of workbook text that lands
in HTML is escaped here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Literal

import pandas as pd
from matplotlib.axes import Axes

from ..compute.diff import BriefingChanges, FigureChange, compare_briefings
from ..compute.stats import IntervalMethod, period_changes
from ..model.dataset import SHORT_OF_TARGET, Dataset, frame_records
from ..model.facts import Facts
from ..model.labels import DOCUMENT, EN_MONTHS, ESTIMATE, HEADINGS, Lang
from ..model.periods import PeriodParseError, parse_period
from ..model.text import LONG_TEXT, map_distinct, name_key, name_keys, shorten, slugify
from . import charts, narrative
from .formatting import format_change, format_count
from .fragments import render
from .summary import summarize, summary_records

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
SINCE_ROWS = 20  # figures listed in «Thay đổi so với kỳ trước»; `chiso diff` lists them all
OVERVIEW_ITEMS = 8  # items per list on the opening page; the rest are in the appendix
MAX_BARS = 20  # bars in one chart
MAX_CHARTS = 12  # charts in one section
MAX_RATE_CHARTS = 4  # rates of a whole drawn one chart each; more share a progress chart
MAX_PANELS = 15  # units in one chart of small multiples (five rows of three)
TOLD_UNITS = 5  # more units than this: an indicator is told as a whole, not unit by unit
RANKED_UNITS = 3  # the highest and the lowest units named


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


@dataclass
class Briefing:
    """Everything a briefing shows, computed once from a dataset."""

    dataset: Dataset
    summary: pd.DataFrame
    sections: list[Section]
    lang: Lang
    organisation: str
    place: str
    report_date: dt.date
    period: str | None
    facts: Facts = field(default_factory=Facts)  # the document around the figures
    previous: BriefingChanges | None = None  # what moved since the previous build, if any

    # -- HTML fragments (escaped) ----------------------------------------------------------

    def title_html(self) -> str:
        """The masthead in the form of Hướng dẫn 36-HD/VPTW, then the title."""
        words = DOCUMENT[self.lang]
        label = parse_period(self.period).label(lang=self.lang) if self.period else ""
        facts = self.facts
        marked = render("illustrative", words["illustrative"]) if facts.illustrative else ""
        return self._masthead_html(words, label, facts) + marked + self.missing_html()

    def missing_html(self) -> str:
        """Whose figures are not in the briefing (a workbook of the set had errors), named
        right under the title; empty when nothing is missing."""
        if not self.dataset.missing:
            return ""
        lines = [missing.describe(lang=self.lang) for missing in self.dataset.missing]
        return render("missing", DOCUMENT[self.lang]["missing"], lines)

    def _masthead_html(self, words: dict[str, str], label: str, facts: Facts) -> str:
        return render(
            "masthead",
            {
                "parent": facts.parent.upper(),
                "organisation": self.organisation.upper(),
                "number": facts.number,
                "party": words["party"],
                "place_date": self.place_date(),
                "title": words["title"],
                "subtitle": facts.subject or words["subtitle"],
                "period_heading": words["report_period"],
                "period_label": label,
                "data_from": words["data_from"],
                "file_name": _file_name(self.dataset.file),
                "opening": facts.opening,
            },
        )

    def closing_html(self) -> str:
        """The end of the report: closing sentence, recipients (left) and signature (right),
        where Hướng dẫn 36-HD/VPTW puts them; empty when the workbook gives none."""
        facts = self.facts
        if not (facts.closing or facts.recipients or facts.signer):
            return ""
        return render(
            "closing",
            {
                "closing": facts.closing,
                "recipients_heading": DOCUMENT[self.lang]["recipients"],
                "recipients": list(facts.recipients),
                "on_behalf": facts.on_behalf.upper(),
                "signer_title": facts.signer_title.upper(),
                "signer": facts.signer,
            },
        )

    def document_title(self) -> str:
        """The HTML page title: 'Báo cáo tình hình thực hiện các chỉ tiêu'."""
        words = DOCUMENT[self.lang]
        subject = self.facts.subject or words["subtitle"].lower()
        return f"{words['title'].capitalize()}: {subject}"

    def place_date(self) -> str:
        """'Quảng Ngãi, ngày 27 tháng 11 năm 2026' (or the English form; no place, no comma)."""
        day = self.report_date
        if self.lang == "vi":
            # Hướng dẫn 36-HD/VPTW: a leading zero for days below 10 and for months 1 and 2.
            month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
            date = f"ngày {day.day:02d} tháng {month} năm {day.year}"
        else:
            date = f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"
        if not self.place:
            return date[:1].upper() + date[1:]
        return f"{self.place}, {date}"

    def contents_html(self) -> str:
        """Table of contents: the summary, each section, the appendix."""
        words = DOCUMENT[self.lang]
        sections = [(s.slug, s.title) for s in self.sections]
        firsts = [(OVERVIEW_ANCHOR, words["overview"])]
        if self.previous is not None:
            firsts.append((SINCE_ANCHOR, words["since"]))
        return render(
            "contents", words["contents"], firsts, sections, (SUMMARY_ANCHOR, words["appendix"])
        )

    def overview_html(self) -> str:
        """The opening page: the headline figures, what is behind its target, what changed.
        Without figures (a workbook with errors), it says there is nothing to present."""
        if self.summary.empty:
            return render("paragraphs", [DOCUMENT[self.lang]["nothing"]])
        blocks = plan_overview(self.summary, lang=self.lang)
        overview = render("overview", OVERVIEW_ANCHOR, DOCUMENT[self.lang]["overview"], blocks)
        return overview + self.since_html()

    def since_html(self) -> str:
        """«Thay đổi so với kỳ trước»: each headline figure in the previous build and in this
        one, with the size of the change, then the figures of a period both have that were
        revised; empty when there is no previous build."""
        if self.previous is None:
            return ""
        words = DOCUMENT[self.lang]
        heads = words["since_heads"].split("|")
        moved, revised = self.previous.moved, self.previous.revised
        shown = moved[:SINCE_ROWS]
        tables = [("", heads, [self._since_cells(change) for change in shown])] if shown else []
        room = SINCE_ROWS - len(shown)
        if revised and room > 0:
            cells = [self._since_cells(change) for change in revised[:room]]
            tables.append((words["revised"], heads, cells))
        hidden = len(moved) + len(revised) - sum(len(rows) for _, _, rows in tables)
        note = words["since_more"].format(count=hidden) if hidden > 0 else ""
        period = self.previous.previous_period or "—"
        intro = words["since_intro"].format(period=period) if tables else words["since_none"]
        return render("since", SINCE_ANCHOR, words["since"], intro, tables, note)

    def _since_cells(self, change: FigureChange) -> list[str]:
        def labelled(text: str | None, period: str | None) -> str:
            if text is None:
                return "—"
            return f"{text} ({_period_label(period, self.lang)})" if period else text

        size = ""
        if change.change is not None:
            size = format_change(
                change.change,
                decimals=2,
                display="rate" if change.change_unit == "pp" else "count",
                lang=self.lang,
            )
        return [
            change.indicator,
            change.unit,
            labelled(change.old_text, change.old_period or change.period),
            labelled(change.new_text, change.period),
            size,
        ]

    def appendix_html(self) -> str:
        """The appendix: every figure in one table (figure, count/base, interval, period,
        source cell). Figures of several units are listed unit by unit, each under its
        name, from the top of the hierarchy down. Empty without figures."""
        if self.summary.empty:
            return ""
        heads = HEADINGS[self.lang]
        by_unit = self.summary["unit"].nunique() > 1
        keys: tuple[str, ...] = ("indicator", "period", "figure", "ratio", "interval", "source")
        if not by_unit:
            keys = ("indicator", "unit", *keys[1:])

        def cells(row: dict[str, Any]) -> tuple[str, list[str]]:
            estimate = ESTIMATE[self.lang] if row.get("estimate") else ""
            values = {
                "indicator": ("Σ " if row["is_total"] else "") + str(row["indicator"]),
                "unit": str(row["unit"]),
                "period": str(row["period_label"]),
                "figure": narrative_figure(row) + estimate,
                "ratio": _or_blank(row["ratio_text"]),
                "interval": _or_blank(row["interval_text"]),
                "source": str(row["cell_numerator"]),
            }
            return ("total" if row["is_total"] else "", [values[key] for key in keys])

        rows: list[tuple[str, list[str]]] = []
        if by_unit:
            used: set[str] = {SUMMARY_ANCHOR, OVERVIEW_ANCHOR}
            for unit, figures in units_top_down(self.summary):
                level = figures["unit_level"].dropna()
                name = f"{unit} ({level.iloc[0]})" if len(level) else str(unit)
                rows.append(("unit", [name, _unique(f"{SUMMARY_ANCHOR}-{slugify(unit)}", used)]))
                rows += [cells(row) for row in frame_records(figures)]
        else:
            rows = [cells(row) for row in frame_records(self.summary)]
        title = DOCUMENT[self.lang]["appendix"]
        return render("summary_table", SUMMARY_ANCHOR, title, [heads[k] for k in keys], rows)

    def section_heading_html(self, section: Section) -> str:
        number = self.sections.index(section) + 1
        return render("section_heading", section.slug, number, section.title)

    def section_text_html(self, section: Section) -> str:
        return render("paragraphs", list(section.paragraphs))

    def chart_caption(self, spec: ChartSpec) -> str:
        return f"{DOCUMENT[self.lang]['chart']}: {spec.title}"

    def draw(self, spec: ChartSpec, *, ax: Axes | None = None) -> Axes:
        """Draw one chart of the briefing (marked when its figures are illustrative)."""
        drawn = draw_chart(spec, ax=ax, lang=self.lang)
        if self.facts.illustrative:
            charts.mark_illustrative(drawn, lang=self.lang)
        return drawn

    @property
    def chart_specs(self) -> list[ChartSpec]:
        return [spec for section in self.sections for spec in section.charts]


def units_top_down(summary: pd.DataFrame) -> list[tuple[str, pd.DataFrame]]:
    """Each unit's rows, the whole first, then level by level, in the workbook's order."""
    keys = summary["unit"].map(name_key)
    depth = summary["unit_depth"] if "unit_depth" in summary else pd.Series(0, summary.index)
    first = pd.DataFrame({"key": keys, "depth": depth}).groupby("key", sort=False)["depth"].min()
    order = sorted(range(len(first)), key=lambda i: (int(first.iloc[i]), i))
    groups = dict(list(summary.groupby(keys, sort=False)))
    return [(str(groups[first.index[i]]["unit"].iloc[0]), groups[first.index[i]]) for i in order]


def _period_label(code: str, lang: Lang) -> str:
    try:
        return parse_period(code).label(lang=lang)
    except PeriodParseError:
        return code


def narrative_figure(row: dict[str, Any]) -> str:
    text = str(row["text"])
    measure = row.get("measure")
    if row["is_total"] and isinstance(measure, str) and measure:
        return f"{text} {measure}"
    return text


def _or_blank(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def _file_name(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


def prepare_briefing(
    dataset: Dataset,
    *,
    lang: Lang = "vi",
    organisation: str = "",
    place: str = "",
    report_date: dt.date | None = None,
    period: str | None = None,
    method: IntervalMethod = "wilson",
    previous: list[dict[str, Any]] | None = None,
) -> Briefing:
    """Compute the summary and lay out the sections of a briefing.

    The organisation, place, period and report date given here win; what is not given
    comes from the workbook itself (its `Thông tin` sheet, else the one unit all its
    figures are for, else its latest period), never from another workbook. `previous` is
    the summary rows of the previous build: the briefing then says what moved since."""
    facts = dataset.facts
    period = period or (facts.period.code if facts.period else None) or _latest_period(dataset)
    organisation = organisation or facts.organisation or _only_unit(dataset)
    if period:
        dataset = dataset_until(dataset, period)
    summary = shorten_names(summarize(dataset, lang=lang, method=method))
    sections = plan_sections(summary, lang=lang)
    return Briefing(
        dataset=dataset,
        summary=summary,
        sections=sections,
        lang=lang,
        organisation=organisation,
        place=place or facts.place,
        report_date=report_date or facts.report_date or dt.date.today(),
        period=period or None,
        facts=facts,
        previous=(
            compare_briefings(previous, summary_records(summary)) if previous is not None else None
        ),
    )


# Workbook text a briefing shows; a name longer than `text.LONG_TEXT` is shortened ('…').
NAME_COLUMNS = ("indicator", "unit", "group", "parent", "measure", "theme", "section", "note")


def shorten_names(summary: pd.DataFrame) -> pd.DataFrame:
    """The summary with every overlong name cut (`text.shorten`), so that a hostile name
    neither floods the briefing nor slows it; the figures are untouched."""
    changed = {}
    for column in NAME_COLUMNS:
        if column in summary and summary[column].map(_too_long).any():
            changed[column] = map_distinct(summary[column], shorten)
    return summary.assign(**changed) if changed else summary


def _too_long(value: object) -> bool:
    return isinstance(value, str) and len(value) > LONG_TEXT


def _only_unit(dataset: Dataset) -> str:
    """The unit every figure is for, when there is one ('' for several)."""
    units = dataset.observations["unit"].dropna().unique()
    return str(units[0]) if len(units) == 1 else ""


def _latest_period(dataset: Dataset) -> str | None:
    """The code of the period ending last (a briefing's reporting period when none is said)."""
    frame = dataset.observations
    if frame.empty:
        return None
    latest = frame.sort_values(["period_end", "period_start"], kind="stable").iloc[-1]
    return str(latest["period"])


def dataset_until(dataset: Dataset, period: str) -> Dataset:
    """The figures a briefing for `period` may use: those whose period ends by its end.

    The latest of them is each indicator's current figure; earlier ones are its history.
    """
    end = pd.Timestamp(parse_period(period).end)
    kept = dataset.observations[dataset.observations["period_end"] <= end]
    totals = dataset.totals[dataset.totals["period_end"] <= end] if len(dataset.totals) else None
    return replace(
        dataset,
        observations=kept.reset_index(drop=True),
        totals=dataset.totals if totals is None else totals.reset_index(drop=True),
    )


def _theme(row: dict[str, Any]) -> str:
    for key in ("theme", "group", "section", "indicator"):
        value = row.get(key)
        if isinstance(value, str) and value:
            return value
    return "—"


def plan_sections(summary: pd.DataFrame, *, lang: Lang = "vi") -> list[Section]:
    """Group summary rows by theme (catalogue theme, else group, else heading row)."""
    if summary.empty:
        return []
    themes = [_theme(row) for row in frame_records(summary)]
    frame = summary.assign(_theme=themes)
    order = list(dict.fromkeys(themes))
    used_slugs: set[str] = {SUMMARY_ANCHOR, OVERVIEW_ANCHOR, SINCE_ANCHOR}
    sections = []
    for title in order:
        rows = frame[frame["_theme"] == title].drop(columns="_theme")
        slug = _unique(slugify(title), used_slugs)
        sections.append(
            Section(
                title=title,
                slug=slug,
                rows=rows,
                charts=tuple(plan_charts(rows, slug=slug, title=title, lang=lang)),
                paragraphs=tuple(section_paragraphs(rows, lang=lang)),
            )
        )
    return sections


def plan_overview(
    summary: pd.DataFrame, *, lang: Lang = "vi", limit: int = OVERVIEW_ITEMS
) -> list[tuple[str, list[str]]]:
    """The opening page's lists: the headline figure of each indicator (the whole's where
    the units roll up, else the one unit's), the figures behind their target by unit, and
    how the headline figures changed from the period before. Empty lists are left out."""
    words = DOCUMENT[lang]
    if summary.empty:
        return []
    headlines = _headlines(summary)
    several = summary["unit"].nunique() > 1
    latest = _latest(summary)
    parts_of: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for part in frame_records(latest[latest["group"].notna() & ~latest["is_total"]]):
        whole = (name_key(part["group"]), name_key(part["unit"]), str(part["period"]))
        parts_of.setdefault(whole, []).append(part)
    points = []
    for row in frame_records(headlines):
        parts = parts_of.get(
            (name_key(row["indicator"]), name_key(row["unit"]), str(row["period"]))
        )
        sentence = (  # a group's total is told with its parts, as its section tells it
            narrative.describe_group(row, parts, lang=lang)
            if row["is_total"] and parts
            else narrative.describe_figure(row, lang=lang)
        )
        if several:  # whose figure: the whole's, or the one unit's
            sentence = f"{row['unit']}: {narrative.lower_first(sentence, lang=lang)}"
        points.append(sentence)
    behind = [
        narrative.describe_behind(row, lang=lang)
        for row in frame_records(latest[latest["target_status"] == SHORT_OF_TARGET])
    ]
    pairs = set(zip(name_keys(headlines["indicator"]), name_keys(headlines["unit"]), strict=True))
    keys = zip(name_keys(summary["indicator"]), name_keys(summary["unit"]), strict=True)
    mine = summary[[key in pairs for key in keys]]
    figures = {
        (name_key(r["indicator"]), name_key(r["unit"]), str(r["period"])): r
        for r in frame_records(headlines)
    }
    changed = []
    for change in frame_records(period_changes(mine.assign(is_total=False))):
        figure = figures.get(
            (name_key(change["indicator"]), name_key(change["unit"]), str(change["period_to"]))
        )
        if figure is not None:
            changed.append(
                narrative.describe_change(_whose(change, several), lang=lang, row=figure)
            )
    blocks = []
    for heading, items in (
        (words["key_points"], points),
        (words["behind"], behind),
        (words["changes"], changed),
    ):
        if items:
            shown = items[:limit]
            if len(items) > limit:
                shown.append(words["more"].format(count=len(items) - limit))
            blocks.append((heading, shown))
    return blocks


def _headlines(summary: pd.DataFrame) -> pd.DataFrame:
    """Each indicator's headline at its latest period: the largest total (the top of a
    roll-up, a typed 'Tổng cộng', a group's total), else its one unit's figure. Parts of a
    group or of a parent are told by their whole."""
    latest = _latest(summary)
    part = latest["group"].notna() & ~latest["is_total"]
    if "parent" in latest:
        part |= latest["parent"].notna()
    candidates = latest[~part]
    chosen = []
    for _, rows in candidates.groupby(candidates["indicator"].map(name_key), sort=False):
        totals = rows[rows["is_total"]]
        if not totals.empty:
            chosen.append(totals.loc[[totals["numerator"].idxmax()]])
        elif rows["unit"].nunique() == 1:
            chosen.append(rows.iloc[[-1]])
    return pd.concat(chosen) if chosen else summary.iloc[0:0]


def _unique(slug: str, used: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in used:
        candidate = f"{slug}-{number}"
        number += 1
    used.add(candidate)
    return candidate


def _latest(rows: pd.DataFrame) -> pd.DataFrame:
    """Per indicator and unit, the rows of its latest period."""
    if rows.empty:
        return rows
    latest_end = rows.groupby(["indicator", "unit"], sort=False)["period_end"].transform("max")
    return rows[rows["period_end"] == latest_end]


def plan_charts(
    rows: pd.DataFrame, *, slug: str, title: str = "", lang: Lang = "vi"
) -> list[ChartSpec]:
    """Which charts a section gets, from the shape of its data."""
    specs: list[ChartSpec] = []
    used: set[str] = set()

    def add(kind: ChartKind, title: str, data: pd.DataFrame) -> None:
        # A chart stays readable with up to MAX_BARS bars; longer lists are split, and a
        # section draws at most MAX_CHARTS charts (the summary table still lists every row).
        chunks = [data.iloc[i : i + MAX_BARS] for i in range(0, len(data), MAX_BARS)]
        for number, chunk in enumerate(chunks, start=1):
            if len(specs) >= MAX_CHARTS:
                return
            label = f"{title} ({number}/{len(chunks)})" if len(chunks) > 1 else title
            name = _unique(f"{slug}-{kind.replace('_', '-')}", used)
            specs.append(
                ChartSpec(slug=name, kind=kind, title=label, rows=chunk.reset_index(drop=True))
            )

    plain = rows[~rows["is_total"]]
    over_time = rows.groupby(["indicator", "unit"], sort=False)["period"].transform("nunique") >= 2
    for indicator, series in rows[over_time].groupby("indicator", sort=False):
        units = list(
            dict.fromkeys(series.sort_values("is_total", ascending=False, kind="stable")["unit"])
        )
        if series.loc[~series["is_total"], "unit"].nunique() <= 1:
            for _unit, own in series[~series["is_total"]].groupby("unit", sort=False):
                add("rate_trend", str(indicator), own)
            continue
        # Several units over time: small multiples on one scale, the whole's panel first;
        # many units are shown level by level, each level's highest and lowest.
        for note, page in _panel_pages(series, units, lang=lang):
            if len(specs) >= MAX_CHARTS:
                break
            label = f"{indicator} ({note})" if note else str(indicator)
            place = {unit: number for number, unit in enumerate(page)}
            chunk = series[series["unit"].isin(page)]
            chunk = chunk.iloc[chunk["unit"].map(place).argsort(kind="stable")]
            chunk = chunk.reset_index(drop=True)
            name = _unique(f"{slug}-trend-grid", used)
            specs.append(ChartSpec(slug=name, kind="trend_grid", title=label, rows=chunk))
    current = _latest(plain)
    totals = rows[rows["is_total"]]
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
            add("composition", name, parts)
        elif shared_base:
            add("progress", name, parts)
        else:
            add("counts", name, parts)
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
            add("progress", f"{indicator} ({note})" if note else str(indicator), ranked)
    alone = whole_rates[~compared]
    if len(alone) > MAX_RATE_CHARTS:
        add("progress", title, alone)  # many rates of a whole: one bar each
    else:
        for row_index, row in alone.iterrows():
            name = str(row["indicator"])
            if current["unit"].nunique() > 1:
                name = f"{name} — {row['unit']}"
            add("rate_of_whole", name, alone.loc[[row_index]])
    ratios = single[single["display"] == "ratio"]
    if not ratios.empty:
        add("progress", title if len(ratios) > 1 else str(ratios.iloc[0]["indicator"]), ratios)
    counts = single[single["display"] == "count"]
    by_measure = list(counts.groupby(counts["measure"].fillna(""), sort=False))
    for measure, same in by_measure:
        # Counts share an axis only when they count the same thing.
        if len(same) == 1:
            name = str(same.iloc[0]["indicator"])
        else:
            name = f"{title} ({measure})" if measure and len(by_measure) > 1 else title
        add("counts", name, same)
    with_interval = current[current["ci_low"].notna()]
    ranked_units = with_interval.groupby("indicator", sort=False)["unit"].transform("nunique") > 1
    for indicator, sample in with_interval[ranked_units].groupby("indicator", sort=False):
        # A sample over many units: a ranking with intervals (dot and whisker), the whole's
        # figure among them.
        wholes = totals[(totals["indicator"] == indicator) & totals["ci_low"].notna()]
        wholes = wholes[wholes["period_end"] == sample["period_end"].max()]
        for note, ranked in _ranked_levels(sample, lang=lang, bars=MAX_BARS - len(wholes)):
            shown = pd.concat([ranked, wholes]).sort_values("value", ascending=False, kind="stable")
            label = f"{indicator}: {HEADINGS[lang]['ranking']}"
            add("rate_intervals", f"{label} ({note})" if note else label, shown)
    if not with_interval[~ranked_units].empty:
        add("rate_intervals", HEADINGS[lang]["interval"], with_interval[~ranked_units])
    return specs


def section_paragraphs(rows: pd.DataFrame, *, lang: Lang = "vi") -> list[str]:
    """The section's sentences: figures, group totals, intervals, targets, changes, periods.

    With more than `TOLD_UNITS` units, an indicator outside a group is told as a whole
    (`compared_paragraphs`): the whole's figure, the highest and lowest units, those behind
    their target, how the units' trends go; each unit's figures are in the appendix."""
    plain_rows = rows[~rows["is_total"]]
    told = _section_sentences(rows, plain_rows, lang=lang)
    return _drop_repeats(told + _rates_not_rolled_up(rows, lang=lang))


def _rates_not_rolled_up(rows: pd.DataFrame, *, lang: Lang) -> list[str]:
    """A sentence for each indicator that several units report as a rate alone: with no
    counts there is no figure for them together, and the briefing says so."""
    from ..model.labels import RATES_NOT_ROLLED_UP

    plain_rows = rows[~rows["is_total"]]
    typed = plain_rows[plain_rows["denominator"].isna() & (plain_rows["display"] == "rate")]
    sentences = []
    for indicator, group in typed.groupby("indicator", sort=False):
        units = group["unit"].nunique()
        whole = rows[rows["is_total"] & (rows["indicator"] == indicator)]
        if units > 1 and whole.empty:
            sentences.append(
                RATES_NOT_ROLLED_UP[lang].format(
                    indicator=indicator, units=format_count(units, lang=lang)
                )
            )
    return sentences


def _section_sentences(rows: pd.DataFrame, plain_rows: pd.DataFrame, *, lang: Lang) -> list[str]:
    if plain_rows["unit"].nunique() > TOLD_UNITS:
        alone = plain_rows["group"].isna()
        if "parent" in plain_rows:
            alone &= plain_rows["parent"].isna()
        compared = set(plain_rows.loc[alone, "indicator"])
        told = rows[~rows["indicator"].isin(compared)]
        sentences = [
            sentence
            for indicator in dict.fromkeys(plain_rows.loc[alone, "indicator"])
            for sentence in compared_paragraphs(rows[rows["indicator"] == indicator], lang=lang)
        ]
        if told.empty:
            return _drop_repeats(sentences)
        return _drop_repeats(sentences + _unit_paragraphs(told, lang=lang))
    return _unit_paragraphs(rows, lang=lang)


def compared_paragraphs(rows: pd.DataFrame, *, lang: Lang = "vi") -> list[str]:
    """One indicator over many units: the whole's figure (its roll-up), its change and
    trend; the highest and lowest units at the latest period; the units behind their
    target, by name; and how many units' trends rise or fall."""
    from ..compute.trends import MIN_PERIODS, is_significant, series_trends

    latest_end = rows["period_end"].max()
    now = rows[rows["period_end"] == latest_end]
    units = now[~now["is_total"]].sort_values("value", ascending=False, kind="stable")
    wholes = now[now["is_total"]]
    sentences: list[str] = []
    whole = None
    if not wholes.empty:
        whole = frame_records(wholes.loc[[wholes["numerator"].idxmax()]])[0]
        figure = narrative.describe_figure(whole, lang=lang)
        sentences.append(f"{whole['unit']}: {narrative.lower_first(figure, lang=lang)}")
        if whole.get("estimate"):
            sentences.append(
                "Số liệu này có phần ước tính, quy đổi từ đơn vị cũ theo tỷ lệ chia tách."
                if lang == "vi"
                else "This figure is partly an estimate, restated from former units by share."
            )
        target = narrative.describe_target(whole, lang=lang)
        if target:
            sentences.append(target)
    records = frame_records(units)
    sentences += ranking_sentences(_peers(now, whole), lang=lang)
    behind = [r for r in records if r.get("target_status") == SHORT_OF_TARGET]
    if behind:
        names = ", ".join(str(r["unit"]) for r in behind[: RANKED_UNITS * 2])
        more = len(behind) - RANKED_UNITS * 2
        names += (
            (f" và {more} đơn vị khác" if lang == "vi" else f" and {more} more") if more > 0 else ""
        )
        sentences.append(
            f"{len(behind)}/{len(records)} đơn vị chưa đạt mục tiêu: {names}."
            if lang == "vi"
            else f"{len(behind)} of {len(records)} units are behind target: {names}."
        )
    if whole is not None:
        series = rows[rows["is_total"] & (rows["unit"] == whole["unit"])]
        for change in frame_records(period_changes(series.assign(is_total=False))):
            if str(change["period_to"]) == str(whole["period"]):
                named = {**change, "indicator": f"{change['indicator']} ({whole['unit']})"}
                sentences.append(narrative.describe_change(named, lang=lang, row=whole))
    trends = frame_records(series_trends(rows))
    for trend in trends:
        if whole is not None and trend["unit"] == whole["unit"]:
            sentences.append(narrative.describe_trend(trend, lang=lang))
    tested = [
        t
        for t in trends
        if int(t["n_periods"]) >= MIN_PERIODS and (whole is None or t["unit"] != whole["unit"])
    ]
    if tested:
        rising = sum(
            1 for t in tested if is_significant(t["mann_kendall_p"]) and t["mann_kendall_s"] > 0
        )
        falling = sum(
            1 for t in tested if is_significant(t["mann_kendall_p"]) and t["mann_kendall_s"] < 0
        )
        unclear = len(tested) - rising - falling
        sentences.append(
            f"Trong {len(tested)} đơn vị có từ {MIN_PERIODS} kỳ số liệu: {rising} có xu hướng tăng "
            f"và {falling} có xu hướng giảm có ý nghĩa thống kê (Mann–Kendall, p < 0,05); "
            f"{unclear} chưa thấy xu hướng rõ rệt."
            if lang == "vi"
            else f"Of {len(tested)} units with {MIN_PERIODS} periods or more: {rising} rising "
            f"and {falling} falling significantly (Mann–Kendall, p < 0.05); {unclear} with no "
            "clear trend."
        )
    return sentences


def _peers(now: pd.DataFrame, whole: dict[str, Any] | None) -> pd.DataFrame:
    """The units below the whole at its period, one row each: a unit's own figure, else its
    roll-up (a district summed from its communes)."""
    if whole is None:
        return now[~now["is_total"].to_numpy(dtype=bool)]
    same = now[(now["period"] == whole["period"]) & (now["unit"] != whole["unit"])]
    same = same.sort_values("is_total", kind="stable")  # own figures before roll-ups
    first: pd.DataFrame = same[~name_keys(same["unit"]).duplicated().to_numpy(dtype=bool)]
    return first


def _top_and_bottom(ranked: pd.DataFrame, shown: int) -> pd.DataFrame:
    """The first and last `shown // 2` rows of a ranking, or all of it when it is short."""
    if len(ranked) <= shown:
        return ranked
    half = max(shown // 2, 1)
    return pd.concat([ranked.iloc[:half], ranked.iloc[-half:]])


def _level_name(rows: pd.DataFrame, *, lang: Lang) -> str:
    names = [str(level) for level in dict.fromkeys(rows["unit_level"].dropna())]
    depth = int(rows["unit_depth"].iloc[0])
    level = ", ".join(names) if names else str(depth)
    return f"cấp {level}" if lang == "vi" else f"level {level}"


def _selection_note(level: str, shown: int, total: int, *, lang: Lang) -> str:
    """'cấp xã: 10 cao nhất và 10 thấp nhất / 480 đơn vị', or just the level."""
    if shown >= total:
        return level
    half = shown // 2
    picked = (
        f"{half} cao nhất và {half} thấp nhất / {format_count(total, lang=lang)} đơn vị"
        if lang == "vi"
        else f"top {half} and bottom {half} of {format_count(total, lang=lang)} units"
    )
    return f"{level}: {picked}" if level else picked


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
        level = _level_name(peers, lang=lang) if len(depths) > 1 else ""
        shown = _top_and_bottom(ranked, max(bars, 2))
        charts.append((_selection_note(level, len(shown), len(ranked), lang=lang), shown))
    return charts


def _panel_pages(
    series: pd.DataFrame, units: list[str], *, lang: Lang
) -> list[tuple[str, list[str]]]:
    """The units of a chart of small multiples, the whole's panel first, as (note, units):
    all on one chart when they fit; else one chart per level of the hierarchy, a level too
    large for one chart showing its highest and lowest units at the latest period."""
    if len(units) <= MAX_PANELS or "unit_depth" not in series:
        return [("", units[:MAX_PANELS])]
    totals = series[series["is_total"]]
    wholes = list(dict.fromkeys(totals.loc[totals["unit_depth"] == 0, "unit"]))
    latest = _latest(series)
    latest = latest[~latest["unit"].isin(wholes)]
    latest = latest.sort_values(["period_end", "is_total"], kind="stable")
    latest = latest[~latest["unit"].duplicated(keep="first")]
    pages = []
    for note, ranked in _ranked_levels(latest, lang=lang, bars=MAX_PANELS - len(wholes)):
        pages.append((note, wholes + list(dict.fromkeys(ranked["unit"]))))
    return pages


def ranking_sentences(rows: pd.DataFrame, *, lang: Lang = "vi") -> list[str]:
    """The units of one indicator at one period, highest first: all of them when they are
    few, else the highest and the lowest. Units of several levels (districts and their
    communes) are ranked level by level, each among its peers."""
    levels = sorted(pd.unique(rows["unit_depth"])) if "unit_depth" in rows else [None]
    sentences = []
    for depth in levels:
        peers = rows if depth is None else rows[rows["unit_depth"] == depth]
        records = frame_records(peers.sort_values("value", ascending=False, kind="stable"))
        if not records:
            continue
        label = str(records[0]["period_label"])
        if len(levels) > 1:
            count = format_count(len(records), lang=lang)
            label = (
                f"{_level_name(peers, lang=lang)}, {count} đơn vị, {label}"
                if lang == "vi"
                else f"{_level_name(peers, lang=lang)}, {count} units, {label}"
            )
        shown = [f"{r['unit']} {r['text']}" for r in records]
        if len(shown) > 2 * RANKED_UNITS:
            top, bottom = shown[:RANKED_UNITS], shown[-RANKED_UNITS:]
            sentences.append(
                f"Theo đơn vị ({label}): cao nhất {', '.join(top)}; thấp nhất {', '.join(bottom)}."
                if lang == "vi"
                else f"By unit ({label}): highest {', '.join(top)}; lowest {', '.join(bottom)}."
            )
        else:
            sentences.append(
                f"Theo đơn vị ({label}): {', '.join(shown)}."
                if lang == "vi"
                else f"By unit ({label}): {', '.join(shown)}."
            )
    return sentences


def _unit_paragraphs(rows: pd.DataFrame, *, lang: Lang = "vi") -> list[str]:
    """Each figure told on its own (a few units)."""
    records = frame_records(rows)
    plain = [r for r in records if not r["is_total"]]

    def key(row: dict[str, Any], name: str) -> tuple[str, str, str]:
        return (name_key(row[name]), name_key(row["unit"]), str(row["period"]))

    totals = {key(r, "indicator"): r for r in records if r["is_total"]}
    several_units = len({name_key(r["unit"]) for r in plain}) > 1

    def said_for(row: dict[str, Any], sentence: str) -> str:
        # With several units in a section, each sentence says whose figure it is.
        if not several_units:
            return sentence
        return f"{row['unit']}: {narrative.lower_first(sentence, lang=lang)}"

    sentences: list[str] = []
    described: set[tuple[str, str, str]] = set()
    for row in plain:
        group_key = key(row, "group") if isinstance(row.get("group"), str) else None
        if group_key is not None and group_key in totals:
            if group_key in described:
                continue
            described.add(group_key)
            parts = [
                r for r in plain if isinstance(r.get("group"), str) and key(r, "group") == group_key
            ]
            sentences.append(
                said_for(row, narrative.describe_group(totals[group_key], parts, lang=lang))
            )
            interval_rows = parts
        else:
            sentences.append(said_for(row, narrative.describe_figure(row, lang=lang)))
            restated = narrative.describe_restatement(row, lang=lang)
            if restated:
                sentences.append(restated)
            target = narrative.describe_target(row, lang=lang)
            if target:
                sentences.append(target)
            interval_rows = [row]
        for part in interval_rows:
            interval = narrative.describe_interval(part, lang=lang)
            if interval:
                sentences.append(interval)
        notes = [r["interval_note"] for r in interval_rows if r.get("interval_note")]
        if notes:
            sentences.append(str(notes[0]))
        sentences.append(narrative.describe_period(row, lang=lang))
    changes = period_changes(rows[~rows["is_total"]]) if plain else pd.DataFrame()
    by_figure = {key(r, "indicator"): r for r in plain}
    for change in frame_records(changes):
        figure = by_figure.get(
            (name_key(change["indicator"]), name_key(change["unit"]), str(change["period_to"]))
        )
        sentences.append(
            narrative.describe_change(_whose(change, several_units), lang=lang, row=figure)
        )
    sentences += trend_sentences(rows, lang=lang)
    return _drop_repeats(sentences)


def _whose(change: dict[str, Any], several: bool) -> dict[str, Any]:
    """A change named with its unit when the briefing covers several ('đảng viên dùng sổ tay
    (Phường 1)')."""
    if not several:
        return change
    return {**change, "indicator": f"{change['indicator']} ({change['unit']})"}


def trend_sentences(rows: pd.DataFrame, *, lang: Lang = "vi") -> list[str]:
    """Each series of five periods or more: its trend (Sen's slope, Mann–Kendall). Shorter
    series are too short to call a trend: said for the series when it is the only one,
    once for the section when there are several."""
    from ..compute.trends import MIN_PERIODS, series_trends

    trends = frame_records(series_trends(rows)) if not rows.empty else []
    long = [t for t in trends if int(t["n_periods"]) >= MIN_PERIODS]
    short = [t for t in trends if int(t["n_periods"]) < MIN_PERIODS]
    sentences = [narrative.describe_trend(t, lang=lang) for t in long]
    if len(short) == 1:
        sentences.append(narrative.describe_trend(short[0], lang=lang))
    elif short:
        sentences.append(
            f"Các chuỗi số liệu dưới {MIN_PERIODS} kỳ còn quá ngắn để kết luận xu hướng."
            if lang == "vi"
            else f"Series of fewer than {MIN_PERIODS} periods are too short to call a trend."
        )
    return sentences


def _drop_repeats(sentences: Sequence[str]) -> list[str]:
    kept: list[str] = []
    for sentence in sentences:
        if sentence not in kept:
            kept.append(sentence)
    # A single period sentence reads best at the end of the section.
    periods = [s for s in kept if s.startswith(("Kỳ số liệu:", "Period:"))]
    if len(periods) == 1:
        kept = [s for s in kept if s not in periods] + periods
    return kept


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
