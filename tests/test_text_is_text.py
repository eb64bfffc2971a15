"""Text is text everywhere (issue 19, item 4): a workbook's names are drawn and written as
typed, never typeset as mathematics («$…$»), never taken as format fields («{0}», «%s»)."""

from __future__ import annotations

import html
import re
from pathlib import Path

import matplotlib as mpl
from matplotlib.figure import Figure
from matplotlib.text import Text
from workbooks import row, write_workbook

import analysis
from analysis.present.briefing import Briefing, prepare_briefing
from analysis.present.chart_base import chart_style, figure_bytes, figure_images, new_axes
from analysis.run.saving import save_chart

NAME = "Tỷ lệ $x_1$ {0} {unit} %s"
MACRO = r"$\macro$ chưa biết"
UNIT = "Phường $2$ {x}"


def _briefing(tmp_path: Path) -> Briefing:
    """Three wards over three years: a rate named NAME, a count named MACRO."""
    rows = []
    for unit in ("Phường 1", UNIT, "Phường 3"):
        for year, done in (("2022", 3), ("2023", 4), ("2024", 5)):
            rows.append(row(NAME, year, done, 7, unit=unit))
            rows.append(row(MACRO, year, done + 10, measure="đảng viên", unit=unit))
    dataset = analysis.load(write_workbook(tmp_path / "dau-do-la.xlsx", rows))
    assert dataset.ok and dataset.problems == []
    return prepare_briefing(dataset)


def _svg_texts(svg: bytes) -> list[str]:
    return [html.unescape(t) for t in re.findall(r"<text\b[^>]*>([^<]*)</text>", svg.decode())]


def test_every_chart_draws_the_names_as_typed(tmp_path: Path) -> None:
    briefing = _briefing(tmp_path)
    drawn: set[str] = set()
    assert len(briefing.chart_specs) >= 2
    for spec in briefing.chart_specs:
        figure = briefing.draw(spec).figure
        assert isinstance(figure, Figure)
        _png, svg = figure_images(figure)  # an unknown \macro once failed right here
        texts = _svg_texts(svg)
        drawn.update(texts)
        # no text of the figure is left for mathtext, whoever drew it (ticks made only
        # now, by `findobj` itself, are empty: what they would show is a number)
        assert not [t for t in figure.findobj(Text) if t.get_text() and t.get_parse_math()]
        # mathtext would have dropped the dollar signs and drawn «x» and «1» apart
        assert not [t for t in texts if t in ("x", "1", "macro")]
    assert NAME in drawn  # the title, in one piece: dollars, braces and «%s» kept
    assert MACRO in drawn
    assert any(UNIT in t for t in drawn)  # a panel's or a bar's unit name


def test_the_html_holds_the_names_as_typed(tmp_path: Path) -> None:
    briefing = _briefing(tmp_path)
    fragments = [briefing.title_html(), briefing.contents_html(), briefing.appendix_html()]
    fragments += [
        briefing.section_heading_html(s) + briefing.section_text_html(s) for s in briefing.sections
    ]
    fragments += [briefing.chart_caption(spec) for spec in briefing.chart_specs]
    page = html.unescape("".join(fragments))
    assert NAME in page and MACRO in page
    assert "Tỷ lệ $x_1$ {0} {unit} %s" in page  # not «Tỷ lệ $x_1$ 0 … » or a KeyError


def test_a_callers_own_text_is_plain_whatever_their_rc_says(tmp_path: Path) -> None:
    # Text made outside chiso's style (a user's annotation in a notebook, with the
    # user's rcParams) is drawn as typed once chiso saves the figure.
    with chart_style():
        ax = new_axes()
        ax.bar(["a"], [1])
    with mpl.rc_context({"text.parse_math": True}):
        note = ax.annotate(MACRO, xy=(0, 0))
        ax.figure.text(0, 0, NAME)
        assert note.get_parse_math()
        svg = figure_bytes(ax.figure, fmt="svg")  # type: ignore[arg-type]
        path = save_chart(ax.figure, tmp_path / "chart.svg")  # type: ignore[arg-type]
    texts = _svg_texts(svg)
    assert MACRO in texts and NAME in texts
    saved = _svg_texts(path.read_bytes())
    assert MACRO in saved and NAME in saved
