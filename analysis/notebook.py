"""Showing chiso's results in Jupyter, and reading back what a notebook showed.

Inside the kernel, tables display as rich HTML and charts as one output
carrying both PNG (for HTML and the screen) and SVG (for print), rendered by
`charts.figure_bytes`, so they appear whatever matplotlib backend the kernel
runs.

`chiso build` runs the briefing notebook once (`build.execute_notebook`) and
takes everything it writes from the notebook's outputs, so nothing is loaded,
computed or drawn twice:

- each chart output names its figure file in its metadata (`{"chiso": {"figure":
  slug, "svg_prolog": ...}}`); the PNG is the file's bytes, and the SVG fragment
  shown inline plus the XML prolog kept beside it is the SVG file's text;
- `open_briefing` publishes the briefing's figures (the public JSON rows) and
  the workbook's problems as one output of type `SUMMARY_MIME`, which no
  exporter renders and JupyterLab shows as nothing.

`collect_results` reads both back with the standard library only, so the
build process never imports pandas or matplotlib: every heavy import of this
module is inside the function that needs it.

Exploring (`explore`, `chart_of`, `explore_widgets`): a chart the analyst asks for that
finds nothing (a name not there, nothing to draw) is their input, not a fault, so
`chart_of` returns a `Notice` that the cell shows (Vietnamese, then English) and Run All
goes on; any other error raises. Other chiso errors raised in a cell (a table filter that
finds nothing) show as one plain line instead of a traceback, and stop Run All as an
error does.
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import json
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .model.labels import HEADINGS, LANGS, Lang

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from .compute.stats import IntervalMethod
    from .exploring import ChartChoice, Exploration
    from .model.dataset import Dataset
    from .model.errors import Problem
    from .present.briefing import Briefing
    from .present.briefing_plan import ChartSpec, Section

from .present.notebook_outputs import MEDIA_KEY, METADATA_KEY, SUMMARY_MIME, WORD_MIME, Media

# -- display --------------------------------------------------------------------------------


def _display(bundle: dict[str, Any], metadata: dict[str, Any] | None = None) -> None:
    """Show a bundle in IPython; outside it (a script), nothing is printed: no image data,
    no published figures."""
    from IPython import get_ipython
    from IPython.display import display

    if get_ipython() is None:
        return
    display(bundle, raw=True, metadata=metadata or {})


SHAPE_KEY = "shape"  # under METADATA_KEY in a chart's output: "tall" for print.css
PRINT_SVG_KEY = "print_svg"  # under METADATA_KEY: the chart as the PDF prints it
TALL = 1.1  # height over width past which a chart is printed two to a row

# A long fragment's plain-text form is cut here: the full table of a province is megabytes
# of HTML, and its text copy would only double the notebook.
PLAIN_TEXT_LIMIT = 2_000


def show_html(fragment: str, *, media: Media = "all") -> None:
    """Display an HTML fragment (already escaped by whoever built it).

    `media="screen"` marks it for the HTML only: the PDF leaves it out
    (`export.BriefingOutputsPreprocessor`)."""
    metadata = {} if media == "all" else {METADATA_KEY: {MEDIA_KEY: media}}
    _display({"text/html": fragment, "text/plain": _plain_text(fragment)}, metadata)


def _plain_text(fragment: str) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", " ", fragment[: PLAIN_TEXT_LIMIT * 4])).strip()
    return text if len(text) <= PLAIN_TEXT_LIMIT else text[:PLAIN_TEXT_LIMIT].rstrip() + " …"


def svg_fragment(svg: bytes) -> str:
    """SVG text without its XML prolog and DOCTYPE, for inlining into HTML."""
    text = svg.decode("utf-8")
    return text[text.index("<svg") :]


def show_chart(ax: Axes, *, caption: str = "", name: str | None = None) -> bytes:
    """Display a chart as PNG + SVG in one output; returns the PNG.

    `name` is the chart's stable file name (without suffix): the output then
    carries what `chiso build` needs to write `name.png` and `name.svg`
    byte for byte as `charts.figure_bytes` gives them.
    """
    from .present.chart_base import printed_svg
    from .present.charts import figure_images

    figure = ax.get_figure()
    assert figure is not None
    png, svg = figure_images(figure)  # type: ignore[arg-type]
    fragment = svg_fragment(svg)
    printed = printed_svg(figure)  # type: ignore[arg-type]
    # A chart much taller than wide (small multiples, a long ranking) is printed two to a row
    # (print.css, `chiso-figure-tall`); any other takes its own width on its own line. The
    # size is the saved image's (PNG's header: width, then height).
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    shape = {SHAPE_KEY: "tall"} if height > TALL * width else {}
    own: dict[str, Any] = dict(shape)
    if printed is not None:  # what the PDF prints: the chart without its source line
        own[PRINT_SVG_KEY] = svg_fragment(printed)
    if name is not None:
        prolog = svg.decode("utf-8")[: -len(fragment)]
        own.update({"figure": name, "svg_prolog": prolog})
    metadata: dict[str, Any] = {METADATA_KEY: own} if own else {}
    _display(
        {
            "image/png": base64.b64encode(png).decode("ascii"),
            "image/svg+xml": fragment,
            "text/plain": caption or "chart",
        },
        metadata,
    )
    return png


def publish_summary(
    rows: list[dict[str, Any]],
    problems: list[Problem],
    *,
    lang: Lang,
    title: str | None = None,
) -> None:
    """Publish figures and problems for `chiso build` (an output no exporter renders).

    `rows` are the public JSON rows (`summary.summary_records`), published as their
    column names and their values as one JSON text (`notebook_outputs.published_rows`
    reads them back); each problem is its public JSON form plus its `location`.
    """
    columns = list(rows[0]) if rows else []
    # One text rather than a dict per row: a province has tens of thousands of rows, which
    # as JSON objects made a notebook of 100 MB that `chiso build` held as dicts (GBs) and
    # copied for each export; a text is held once, and copying it copies nothing.
    # One row a line (JSON escapes every newline inside a string), so that a reader can
    # parse one row at a time (`notebook_outputs.each_published_row`).
    lines = ",\n".join(json.dumps(list(row.values()), ensure_ascii=False) for row in rows)
    values = f"[\n{lines}\n]" if rows else "[]"
    payload = {
        "lang": lang,
        "title": title,
        "columns": columns,
        "rows": values,
        "problems": [{**p.to_dict(), "location": p.location} for p in problems],
    }
    _display({SUMMARY_MIME: payload})


@dataclass
class HTMLTable:
    """A table that Jupyter shows as formatted HTML (Vietnamese number formats kept)."""

    frame: pd.DataFrame
    caption: str = ""

    def _repr_html_(self) -> str:
        head = "".join(f"<th>{html.escape(str(c))}</th>" for c in self.frame.columns)
        shown = self.frame.astype(object).where(self.frame.notna(), "")  # blanks, not 'nan'
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
            for row in shown.itertuples(index=False)
        )
        caption = f"<caption>{html.escape(self.caption)}</caption>" if self.caption else ""
        return (
            f'<table class="chiso-table">{caption}<thead><tr>{head}</tr></thead>'
            f"<tbody>{body}</tbody></table>"
        )

    def __repr__(self) -> str:
        return self.frame.to_string(index=False)


_PROBLEM_HEADINGS = ("severity", "code", "where", "message")


def problem_table(problems: list[Problem]) -> HTMLTable:
    """Every problem of a workbook, one row each; headings in both languages."""
    import pandas as pd

    columns = [" / ".join(HEADINGS[lang][key] for lang in LANGS) for key in _PROBLEM_HEADINGS]
    frame = pd.DataFrame(
        [[p.severity, p.code, p.location, p.message] for p in problems], columns=columns
    )
    return HTMLTable(frame, caption=f"{len(problems)} vấn đề / problem(s)")


def explore(
    workbook: str | Path, *, lang: Lang = "vi", method: IntervalMethod = "wilson"
) -> Exploration:
    """Open any workbook for exploring (see `exploring`); in IPython, chiso's own errors
    (a filter that finds nothing, a period it cannot read) then show as one plain
    message, not a traceback."""
    from .exploring import explore as open_exploration

    _plain_errors()
    return open_exploration(workbook, lang=lang, method=method)


def chart_of(
    data: Exploration,
    indicator: str,
    unit: str | Sequence[str] | None = None,
    *,
    kind: ChartChoice = "auto",
) -> Figure | Notice:
    """One indicator of an exploration drawn as a Figure: by name or code, for one unit, a
    list of them or all of them (see `Exploration.chart`). Jupyter shows it; `save_chart`
    keeps it.

    What the analyst typed may find nothing (a name that is not there, or nothing to
    draw: a `FilterError`): then the cell shows a `Notice` (Vietnamese, then English)
    and nothing is raised, so Run All goes on to the next cells. Any other error is a
    fault of chiso or of the call and raises as usual. `Exploration.chart` raises."""
    from .exploring import FilterError

    try:
        return data.chart(indicator, unit, kind=kind)
    except FilterError as exc:
        return Notice(str(exc))


@dataclass(frozen=True)
class Notice:
    """What a cell shows when the analyst's choice finds nothing: the message, as text and
    as HTML, in place of a chart."""

    message: str

    def _repr_html_(self) -> str:
        return f'<p class="chiso-notice">⚠ {html.escape(self.message)}</p>'

    def __repr__(self) -> str:
        return self.message

    def __bool__(self) -> bool:  # `if figure:` tells a chart from a notice
        return False


ALL_UNITS_CHOICE = "(tất cả / all)"


def explore_widgets(data: Exploration) -> Any:
    """Pickers for a unit, an indicator and a range of periods, above the chart and the
    sentences of what is picked (`Exploration.view`); they follow every change. Returns
    the ipywidgets box to display (its `.children` are the pickers and the output)."""
    import ipywidgets as widgets  # type: ignore[import-untyped]
    from IPython.display import display

    from .exploring import NOTHING, FilterError

    periods = data.periods
    if not periods:  # a workbook with errors: nothing to pick, and the pickers say so
        return widgets.HTML(f"<p>{html.escape(NOTHING[data.lang])}</p>")
    labels = dict(zip(data.summary["period"], data.summary["period_label"], strict=True))
    unit = widgets.Dropdown(options=[ALL_UNITS_CHOICE, *data.units], description="Đơn vị / unit")
    indicator = widgets.Dropdown(options=data.indicator_names, description="Chỉ tiêu")
    span = widgets.SelectionRangeSlider(
        options=[(str(labels[p]), p) for p in periods],
        index=(0, max(len(periods) - 1, 0)),
        description="Kỳ / periods",
        layout=widgets.Layout(width="90%"),
    )
    output = widgets.Output()

    def redraw(*_: Any) -> None:
        output.clear_output(wait=True)
        with output:
            try:
                view = data.view(
                    indicator.value,
                    None if unit.value == ALL_UNITS_CHOICE else unit.value,
                    periods=tuple(span.value) if periods else None,
                )
            except FilterError as exc:  # nothing for this choice: said, not raised
                print(exc)
                return
            display(view)

    for picker in (unit, indicator, span):
        picker.observe(redraw, names="value")
    redraw()
    return widgets.VBox([unit, indicator, span, output])


def _plain_errors() -> None:
    """In IPython, show a ChisoError or a PeriodParseError as its message alone, and a
    chart (a matplotlib Figure chiso made, outside pyplot) as its picture."""
    try:
        from IPython import get_ipython
    except ImportError:
        return
    shell = get_ipython()
    if shell is None:
        return
    from matplotlib.figure import Figure

    from .present.charts import figure_bytes

    formatter = shell.display_formatter.formatters["image/png"]
    formatter.for_type(Figure, lambda figure: figure_bytes(figure, fmt="png"))
    from .model.errors import ChisoError
    from .model.periods import PeriodParseError

    def plain(
        shell: Any, kind: type[BaseException], value: BaseException, *_: Any, **__: Any
    ) -> None:
        print(f"{kind.__name__}: {value}", file=sys.stderr)

    shell.set_custom_exc((ChisoError, PeriodParseError), plain)


# -- the briefing -----------------------------------------------------------------------------


def open_briefing(
    workbook: str | Path,
    *,
    lang: Lang = "vi",
    organisation: str = "",
    place: str = "",
    period: str | None = None,
    report_date: str | None = None,
    method: IntervalMethod = "wilson",
    previous: str | Path = "",
    unit: str = "",
) -> Briefing:
    """Load and check a workbook and lay out its briefing.

    `unit` makes the briefing of one unit (and the units below it on the `Đơn vị`
    sheet), named without case or accents; its sources still cite the workbook's cells.

    `previous` names an earlier build (its `briefing.ipynb` or reports folder, a saved
    `chiso summary --json`, or the workbook as it was): the briefing then opens with what
    moved since («Thay đổi so với kỳ trước»). Blank: no such section.

    Publishes the briefing's figures and the workbook's problems for `chiso
    build` (see `publish_summary`). A workbook with errors shows them as a
    table and gives a briefing with nothing in it: the notebook's later cells run and
    say there is nothing to present, and `chiso build` writes nothing.

    `workbook` may be a folder (or a pattern such as 'bao-cao/*.xlsx'): its workbooks
    make one briefing. Those with errors are left out and named under the title, with
    their units and first error; only when none of them is valid does it stop.
    """
    from IPython.display import display

    from .model.dataset import empty_observations
    from .present.briefing import prepare_briefing
    from .present.summary import summary_records

    dataset, usable = _load_for_briefing(workbook)
    if not usable:
        # The problems, then a briefing with nothing in it: the later cells run and say
        # there is nothing to present (`chiso build` stops at the published errors).
        publish_summary([], dataset.problems, lang=lang)
        display(problem_table(dataset.problems))
        empty = replace(dataset, observations=empty_observations(), totals=empty_observations())
        return prepare_briefing(empty, lang=lang, organisation=organisation, place=place)
    if unit:
        from .exploring import unit_dataset

        _plain_errors()
        dataset = unit_dataset(dataset, unit)
        tops = [u.name for u in dataset.hierarchy.units.values() if u.parent is None]
        organisation = organisation or (tops[0] if tops else dataset.observations["unit"][0])
    day = dt.date.fromisoformat(report_date) if report_date else None
    earlier = _earlier_rows(previous, lang=lang) if previous else None
    briefing = prepare_briefing(
        dataset,
        lang=lang,
        organisation=organisation,
        place=place,
        period=period or None,
        report_date=day,
        method=method,
        previous=earlier,
    )
    publish_summary(
        summary_records(briefing.summary),
        dataset.problems,
        lang=lang,
        title=briefing.document_title(),
    )
    return briefing


def _load_for_briefing(workbook: str | Path) -> tuple[Dataset, bool]:
    """The workbook read (or a folder's or a pattern's workbooks, as one), and whether it
    has figures to present."""
    from .reading.finding import find_workbooks
    from .reading.load import load, load_many

    if Path(workbook).is_dir() or (not Path(workbook).exists() and "*" in str(workbook)):
        paths, notes = find_workbooks([workbook])
        dataset = load_many(paths, label=str(workbook))
        dataset.problems = notes + dataset.problems
        return dataset, not dataset.observations.empty
    dataset = load(workbook)
    return dataset, dataset.ok


def _earlier_rows(previous: str | Path, *, lang: Lang) -> list[dict[str, Any]] | None:
    """The figures of an earlier build, or None (said in the notebook) when they cannot be
    read: the briefing is still made, without the section of what moved."""
    from .run.figure_sources import DiffInputError, read_rows

    try:
        return read_rows(Path(previous), lang=lang)
    except DiffInputError as exc:
        show_html(f'<p class="chiso-text">{html.escape(str(exc))}</p>')
        return None


def show_briefing_header(briefing: Briefing) -> None:
    """The masthead (printed), then the contents list (the screen's: a Party document has
    none)."""
    show_html(briefing.title_html())
    show_html(briefing.contents_html(), media="screen")


def show_briefing_footer(briefing: Briefing) -> None:
    """The closing sentence, the recipients and the signature, when the workbook gives them."""
    closing = briefing.closing_html()
    if closing:
        show_html(closing)


def show_appendix(briefing: Briefing) -> None:
    """The appendix: the compact table (printed and on screen), then every figure with its
    source cell, folded by indicator (on screen only)."""
    show_html(briefing.appendix_html())
    show_html(briefing.full_annex_html(), media="screen")


def show_section(briefing: Briefing, section: Section) -> None:
    """A section: heading, its narrative, then each chart (the text flows on from the
    heading; a chart too tall for the rest of a page starts the next one)."""
    show_html(briefing.section_heading_html(section))
    show_html(briefing.section_text_html(section))
    for spec in section.charts:
        show_briefing_chart(briefing, spec)


def show_briefing_chart(briefing: Briefing, spec: ChartSpec) -> None:
    """Draw and show one chart of a briefing, named by its stable file slug."""
    from .present.word import word_picture

    ax = briefing.draw(spec)
    png = show_chart(ax, caption=briefing.chart_caption(spec), name=spec.slug)
    # The same chart without its source line, for the Word file (`show_word`).
    briefing.word_pictures[spec.slug] = word_picture(ax, png=png)


def show_word(briefing: Briefing) -> None:
    """Publish the briefing as a Word file (`briefing.docx`) for `chiso build` and the «Word»
    export: one output of type `WORD_MIME`, which no exporter renders and JupyterLab shows
    as nothing. The charts are the ones the sections drew."""
    from .present.word import word_document

    data = word_document(briefing, pictures=briefing.word_pictures)
    _display({WORD_MIME: base64.b64encode(data).decode("ascii")})
