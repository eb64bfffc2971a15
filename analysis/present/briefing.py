"""The briefing: everything it shows, prepared once from a dataset, and written as HTML.

`prepare_briefing` picks the figures a briefing may use (up to its period), computes the
summary and its trends once, and lays out the sections (`briefing_plan`, with their words
from `briefing_sentences`); `Briefing` writes each part as an HTML fragment (masthead,
contents, opening page, what moved since the previous build, sections, appendix). Every
piece of workbook text that lands in HTML is escaped by the template (`fragments`).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from typing import Any

import pandas as pd
from matplotlib.axes import Axes

from ..compute.diff import BriefingChanges, FigureChange, compare_briefings
from ..compute.stats import IntervalMethod
from ..compute.trends import series_trends
from ..model.dataset import Dataset
from ..model.facts import Facts
from ..model.labels import (
    BODY_CODES,
    BODY_PREFIXES,
    BRIEFING,
    DOCUMENT,
    EN_MONTHS,
    FRAME,
    PAGE_ONE,
    Lang,
)
from ..model.periods import PeriodParseError, parse_period
from ..model.text import LONG_TEXT, map_distinct, name_key, shorten, slugify, strip_accents
from . import charts
from .annex import annex_html, full_annex_html
from .briefing_plan import (
    OVERVIEW_ANCHOR,
    SINCE_ANCHOR,
    SUMMARY_ANCHOR,
    ChartKind,
    ChartSpec,
    Section,
    draw_chart,
    plan_charts,
    plan_sections,
    units_top_down,
)
from .briefing_sentences import (
    compared_paragraphs,
    method_note,
    plan_overview,
    ranking_sentences,
    section_paragraphs,
)
from .change_sentences import trend_sentences
from .formatting import two_digit_counts
from .fragments import render
from .summary import summarize, summary_records
from .text_tables import change_text

# The names a notebook, the explorer and the tests reach through this module.
__all__ = [
    "Briefing",
    "ChartKind",
    "ChartSpec",
    "Section",
    "compared_paragraphs",
    "dataset_until",
    "draw_chart",
    "method_note",
    "plan_charts",
    "plan_overview",
    "plan_sections",
    "prepare_briefing",
    "ranking_sentences",
    "section_paragraphs",
    "shorten_names",
    "slugify",
    "trend_sentences",
    "units_top_down",
]

METHOD_ANCHOR = "ghi-chu-phuong-phap"  # the method note's anchor, at the end of the briefing
SINCE_ROWS = 20  # figures listed in «Thay đổi so với kỳ trước»; `chiso diff` lists them all


@dataclass
class Briefing:
    """Everything a briefing shows, computed once from a dataset."""

    dataset: Dataset
    summary: pd.DataFrame
    sections: list[Section]
    lang: Lang
    organisation: str
    place: str
    report_date: dt.date | None  # None: the blanks offices fill by hand
    period: str | None
    facts: Facts = field(default_factory=Facts)  # the document around the figures
    previous: BriefingChanges | None = None  # what moved since the previous build, if any
    trends: pd.DataFrame | None = None  # each series' trend, computed once for the sections
    # The date the build or the workbook gave (None: the Word file leaves it blank to fill).
    # Each chart as the Word file shows it, by slug, kept as the notebook draws it.
    word_pictures: dict[str, bytes] = field(default_factory=dict, repr=False)

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
                "number": self.number_line(),
                "party": words["party"],
                "place_date": self.place_date(),
                "title": words["title"],
                "subtitle": facts.subject or words["subtitle"],
                "period_heading": words["report_period"],
                "period_label": label,
                "data_from": words["data_from"],
                "file_name": _file_name(self.dataset.file),
                "basis": facts.basis,
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
        """'Quảng Ngãi, ngày 27 tháng 11 năm 2026' (or the English form; no place, no comma).
        Without a report date: 'Quảng Ngãi, ngày    tháng    năm 2024', the blanks offices
        fill by hand, in the year of the report's period ('năm 20  ' without one)."""
        return self._with_place(self.date_text())

    def date_text(self) -> str:
        """The report's date in words ('ngày 01 tháng 7 năm 2024'), or its blanks."""
        day = self.report_date
        if day is None:
            words = FRAME[self.lang]
            year = str(parse_period(self.period).end.year) if self.period else words["year_blank"]
            return words["date_blank"].format(year=year)
        # Hướng dẫn 36-HD/VPTW: a leading zero for months 1 and 2 (a rule over the number,
        # not a word, so it is code; the day's zero is in the Vietnamese template).
        month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
        return BRIEFING[self.lang]["date"].format(
            day=day.day, month=month, month_name=EN_MONTHS[day.month - 1], year=day.year
        )

    def _with_place(self, date: str) -> str:
        if not self.place:
            return date[:1].upper() + date[1:]
        return f"{self.place}, {date}"

    def number_text(self) -> str:
        """The report's number as the workbook gives it ('123-BC/TU'; a bare '123' gets the
        issuing body's '-BC/TU'), or its blank ('      -BC/TU') to fill by hand."""
        number = self.facts.number.strip()
        for prefix in ("Số:", "Số", "số"):
            number = number.removeprefix(prefix).strip()
        code = _body_code(self.organisation)
        if not number:
            return FRAME[self.lang]["number_blank"].format(body=code)
        return number if "-" in number or "/" in number else f"{number}-BC/{code}"

    def number_line(self) -> str:
        """'Số 123-BC/TU' under the issuing body, or 'Số      -BC/TU' to fill by hand."""
        return FRAME[self.lang]["number"].format(number=self.number_text())

    def attached_line(self) -> str:
        """'(Kèm theo Báo cáo số 123-BC/TU, ngày 15 tháng 7 năm 2024 của Thành ủy Quảng
        Ngãi)': the appendix's tie to its report, blanks and all (HTML, PDF and Word alike)."""
        words = FRAME[self.lang]
        whom = words["attached_of"].format(organisation=self.organisation)
        return words["attached"].format(
            number=self.number_text(), date=self.date_text(), of=whom if self.organisation else ""
        )

    def contents_html(self) -> str:
        """Table of contents: the summary, each section, the appendix, the method note."""
        words = DOCUMENT[self.lang]
        sections = [(s.slug, s.title) for s in self.sections]
        firsts = [(OVERVIEW_ANCHOR, words["overview"])]
        if self.previous is not None:
            firsts.append((SINCE_ANCHOR, words["since"]))
        lasts = [(SUMMARY_ANCHOR, words["appendix"])]
        if method_note(self.summary, self.trends, lang=self.lang):
            lasts.append((METHOD_ANCHOR, PAGE_ONE[self.lang]["method"]))
        return render("contents", words["contents"], firsts, sections, lasts)

    def overview_html(self) -> str:
        """The opening page: the headline figures, what is behind its target, what changed.
        Without figures (a workbook with errors), it says there is nothing to present."""
        if self.summary.empty:
            return render("paragraphs", [DOCUMENT[self.lang]["nothing"]])
        blocks = self.overview_blocks()
        overview = render("overview", OVERVIEW_ANCHOR, DOCUMENT[self.lang]["overview"], blocks)
        return overview + self.since_html()

    def overview_blocks(self) -> list[tuple[str, list[str]]]:
        """The opening page's lists (`plan_overview`) in the office's house style."""
        return self._styled(plan_overview(self.summary, lang=self.lang))

    def method_blocks(self) -> list[tuple[str, list[str]]]:
        """The method note's lists (`method_note`) in the office's house style."""
        return self._styled(method_note(self.summary, self.trends, lang=self.lang))

    def _styled(self, blocks: list[tuple[str, list[str]]]) -> list[tuple[str, list[str]]]:
        style = house_style(self.facts, self.summary)
        return [(title, [style(item) for item in items]) for title, items in blocks]

    def method_note_html(self) -> str:
        """«Ghi chú phương pháp», once, at the end of the briefing: the tests, p-values and
        slopes behind the body's plain words on trends, and how exact the changes are."""
        blocks = self.method_blocks()
        if not blocks:
            return ""
        return render("overview", METHOD_ANCHOR, PAGE_ONE[self.lang]["method"], blocks)

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

        size = change_text(change, lang=self.lang)  # never a difference across kinds
        return [
            change.indicator,
            change.unit,
            labelled(change.old_text, change.old_period or change.period),
            labelled(change.new_text, change.period),
            size,
        ]

    def appendix_html(self) -> str:
        """The appendix (`annex`): one compact table of every unit's figure for the period,
        by indicator. Empty without figures."""
        if self.summary.empty:
            return ""
        title = DOCUMENT[self.lang]["appendix"]
        return annex_html(
            self.summary,
            anchor=SUMMARY_ANCHOR,
            title=title,
            period=self.period,
            lang=self.lang,
            attached=self.attached_line(),
        )

    def full_annex_html(self) -> str:
        """Every figure with its source cell, folded by indicator: the screen's, not the
        PDF's (`notebook.show_appendix`). Empty without figures."""
        if self.summary.empty:
            return ""
        return full_annex_html(self.summary, lang=self.lang)

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


def _body_code(organisation: str) -> str:
    """The issuing body's code in a report's number, as Hướng dẫn 36-HD/VPTW writes it: the
    committee's ('TU' for a Tỉnh ủy or Thành ủy, 'HU', 'QU', 'ĐU', 'CB'), after an advisory
    body's own letters ('BTCTU' for its Ban Tổ chức); a blank to fill for a body it cannot
    tell. The committee is found anywhere in the name («Ban Thường vụ Tỉnh ủy Sơn Hải»)."""
    folded = strip_accents(name_key(organisation))
    found = [  # where each committee is named; the longest name where two start together
        (at, -len(words), code)
        for words, code in BODY_CODES.items()
        if (at := _word_at(folded, words)) is not None
    ]
    if not found:
        return "\u00a0\u00a0\u00a0"
    committee = min(found)[2]  # the first named: «Đảng ủy … thuộc Tỉnh ủy» is the Đảng ủy's
    prefix = next((p for words, p in BODY_PREFIXES.items() if folded.startswith(words)), "")
    return prefix + committee


def _word_at(text: str, words: str) -> int | None:
    """Where `words` stand in `text` as whole words, or None."""
    match = re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)
    return match.start() if match else None


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
    # Each series' trend computed once, for every section to tell its own.
    trends = series_trends(summary)
    style = house_style(facts, summary)
    sections = [
        replace(s, paragraphs=tuple(style(p) for p in s.paragraphs))
        for s in plan_sections(summary, lang=lang, trends=trends)
    ]
    return Briefing(
        dataset=dataset,
        summary=summary,
        sections=sections,
        lang=lang,
        organisation=organisation,
        place=place or facts.place,
        # No date from the caller nor the workbook: blanks to fill, never the build's day.
        report_date=report_date or facts.report_date,
        period=period or None,
        facts=facts,
        previous=(
            compare_briefings(previous, summary_records(summary)) if previous is not None else None
        ),
        trends=trends,
    )


def house_style(facts: Facts, summary: pd.DataFrame) -> Callable[[str], str]:
    """How the briefing's sentences print their counts: with two digits under ten when the
    workbook's `Thông tin` asks for it (`Facts.two_digit_counts`), counts of the things its
    figures count («06 văn bản»); as written otherwise."""
    if not facts.two_digit_counts or "measure" not in summary:
        return str
    measures = {m for m in summary["measure"].dropna().unique() if isinstance(m, str)}
    return partial(two_digit_counts, measures=tuple(sorted(measures)))


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
