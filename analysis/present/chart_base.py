"""The charts' common ground: the house style, fresh axes, axis labels and the source line.

Everything every chart draws the same way lives here: the palette and rcParams applied only
inside `chart_style()` (never at import), a figure not registered with pyplot, long names
wrapped, tick labels in the reader's number format, the title, subtitle and the source line
naming the workbook's cells, and `figure_bytes`, which serialises a figure deterministically
(no dates in metadata, fixed SVG salt). Charts are drawn for a phone (issue 17): 5 in
wide, no text under 12 pt, names, titles and the source wrapped, and the margins fitted to
the names (`fit_width`) so the saved image stays 5 in wide. The drawings themselves are in
`chart_bars` and `chart_lines`; `charts` gathers them.
"""

from __future__ import annotations

import io
import math
import textwrap
import weakref
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import PurePath
from typing import Any, Literal, cast

import matplotlib as mpl
import pandas as pd
from cycler import cycler
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import RendererAgg
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text
from matplotlib.ticker import Formatter, FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox, ScaledTranslation

from ..model.dataset import AT_TARGET, BEYOND_TARGET, SHORT_OF_TARGET, frame_records
from ..model.labels import CHART, CHART_NO_TARGET, CHART_STATUS, TARGET_STATUS, Lang
from ..model.text import compact_cells, shorten, without_bidi_controls
from .formatting import format_count, format_rate

# Okabe & Ito (2008), distinguishable with every common colour-vision deficiency.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
REMAINDER_COLOUR = "#E3E3E3"
# A figure against its target: blues when the target is met, vermillion when it is not
# (the Okabe–Ito pair every colour-vision deficiency tells apart), grey for any other status
# (a sample whose interval straddles the target cannot tell) and a neutral slate when no
# target is set, so that colour is never read as a verdict nobody made.
STATUS_COLOURS: dict[str, str] = {
    BEYOND_TARGET: "#0072B2",
    AT_TARGET: "#56B4E9",
    SHORT_OF_TARGET: "#D55E00",
}
UNKNOWN_STATUS_COLOUR = "#8C8C8C"
NO_TARGET_COLOUR = "#4A5866"
TARGET_COLOUR = "#222222"
TEXT_COLOUR = "#222222"
# Inches: a chart is shown scaled to the screen's width, so that on a phone 375 px wide its
# text of f points comes out at f × 375 / (72 × WIDTH) px; at 5 in, 12 pt is 12,5 px, above
# the 11 px issue 17 asks for, and on a desktop the chart is still drawn at its own size.
WIDTH = 5.0
FONT = "DejaVu Sans"  # ships with matplotlib and has every Vietnamese letter

STYLE: dict[str, Any] = {
    "font.family": "sans-serif",
    "font.sans-serif": [FONT],
    "font.size": 12,
    "axes.titlesize": 14,
    "axes.titleweight": "bold",
    "axes.titlelocation": "left",
    "axes.labelcolor": TEXT_COLOUR,
    "axes.edgecolor": "#888888",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": cycler(color=list(PALETTE)),
    "xtick.color": TEXT_COLOUR,
    "ytick.color": TEXT_COLOUR,
    "figure.figsize": (WIDTH, 3.6),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "savefig.bbox": "tight",
    "svg.hashsalt": "chiso",
    "svg.fonttype": "none",  # real text: searchable in the PDF, fonts pinned by @font-face
    "pdf.fonttype": 42,
    "axes.unicode_minus": True,
    # Text is text (issue 19): a name such as «Tỷ lệ $x_1$» is drawn as typed, never
    # typeset as mathematics (and an unknown «$\macro$» never fails a build), whatever
    # the user's own matplotlibrc says. `plain_text` covers texts made outside this style.
    "text.parse_math": False,
    "text.usetex": False,
}


SMALL_TEXT = 12  # points: the smallest text of a chart (source, legend, the illustrative mark)
FOOTER_GAP = 30  # points from the axes' bottom edge to the footer, past the tick labels
SOURCE_GID = "chiso-source"  # how the footer's pieces find each other
ESTIMATE_GID = "chiso-estimate"  # under the source: some figures are estimates (content, kept)
LEGEND_GID = "chiso-status"
OWN_GID = "chiso-figure"  # a figure chiso made, whose margins it may set (never a caller's)
MARGIN = 0.08  # inches left bare at the figure's sides
ABOVE_GID = "chiso-above"  # a legend over the axes, one entry a line, under the title
TARGET_GID = "chiso-target"  # one target line for every bar, named in the legend
END_GID = "chiso-end"  # a value written past its bar's end, for `room_for_ends` to find
LABEL_WIDTH = 20  # characters per line of an axis label
TITLE_WIDTH = 40
SOURCE_WIDTH = 50


def wrap_label(text: str, width: int = LABEL_WIDTH) -> str:
    """Long Vietnamese names on several lines, so a chart keeps a readable size; a name of
    more than four lines is shortened ('…'), and a word longer than a line is broken."""
    short = str(shorten(text, limit=width * 4))
    return textwrap.fill(short, width=width, break_long_words=True, break_on_hyphens=False)


def wrap_source(text: str) -> str:
    """The source line on lines of `SOURCE_WIDTH` characters, each part of it kept whole
    where it can be ('tinh-minh-hoa.xlsx', 'C5:C12')."""
    return "\n".join(
        "\n".join(textwrap.wrap(line, SOURCE_WIDTH, break_on_hyphens=False))
        for line in text.split("\n")
    )


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


def new_axes(*, height: float = 3.6, width: float = WIDTH) -> Axes:
    """A fresh figure (not registered with pyplot, so nothing leaks) and its Axes, laid out
    whose margins `finish` fits to its labels (see `fit_width`)."""
    figure = Figure(figsize=(width, height))
    figure.set_gid(OWN_GID)
    return figure.add_subplot()


def without_bidi_controls_in(figure: Figure) -> Figure:
    """The figure with no bidi control left in any of its texts (titles, labels, ticks,
    legends, notes): the last guard before it is saved, so that no name or file name turns
    the words or digits after it around. Reading removes them already."""
    for text in figure.findobj(Text):
        said = text.get_text()
        plain = without_bidi_controls(said)
        if plain != said:
            text.set_text(plain)
    return figure


def figure_bytes(figure: Figure, *, fmt: Literal["png", "svg"]) -> bytes:
    """The figure as PNG or SVG bytes, identical for identical drawings."""
    without_bidi_controls_in(figure)
    with chart_style():
        return _saved(figure, fmt, _tight_box(figure))


def figure_images(figure: Figure) -> tuple[bytes, bytes]:
    """The figure as PNG and SVG bytes, each as `figure_bytes` gives it: the tight box
    around what is drawn is measured once for both (a `bbox_inches="tight"` save draws the
    figure twice, and a province's briefing saves dozens of charts)."""
    without_bidi_controls_in(figure)
    with chart_style():
        box = _tight_box(figure)
        _SAVED_BOXES[figure] = box
        return _saved(figure, "png", box), _saved(figure, "svg", box)


# The tight box each figure was last saved with (`figure_images`), for `without_source_line`
# to find the saved image's pixels without measuring the figure again.
_SAVED_BOXES: weakref.WeakKeyDictionary[Figure, Bbox] = weakref.WeakKeyDictionary()


def without_source_line(figure: Figure, png: bytes) -> bytes:
    """The figure's PNG (as `figure_images` saved it) with the line naming its source cells
    painted out and the blank it leaves at the foot trimmed: the chart as a document that
    holds nothing of the toolchain shows it, without drawing it again (a province's
    briefing has dozens of charts, each a few tenths of a second to draw)."""
    from PIL import Image, ImageChops, ImageDraw

    sources = [t for t in figure.findobj(Text) if t.get_gid() == SOURCE_GID and t.get_visible()]
    if not sources:
        return png
    with chart_style():
        box = _SAVED_BOXES.get(figure) or _tight_box(figure)
        dpi = float(mpl.rcParams["savefig.dpi"])
        with measuring(figure) as renderer:
            extents = [t.get_window_extent(renderer) for t in sources]
    image = Image.open(io.BytesIO(png)).convert("RGB")
    paint = ImageDraw.Draw(image)
    for extent in extents:  # display pixels at `dpi` -> the saved image's pixels
        left = extent.x0 - box.x0 * dpi
        top = box.y1 * dpi - extent.y1
        paint.rectangle(
            (left - 2, top - 2, left + extent.width + 2, top + extent.height + 2), fill="white"
        )
    blank = Image.new("RGB", image.size, "white")
    drawn = ImageChops.difference(image, blank).getbbox()
    if drawn is not None:
        image = image.crop((0, 0, image.width, min(image.height, drawn[3] + 6)))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def printed_svg(figure: Figure) -> bytes | None:
    """The figure as SVG for the printed briefing: without the line naming its source cells
    (a document holds nothing of the toolchain; the HTML, the saved figures and the Excel
    annex keep them), what stood under it moved up, the box tight around the rest. None
    when the figure has no source line: its SVG prints as it is."""
    sources = [t for t in figure.findobj(Text) if t.get_gid() == SOURCE_GID and t.get_visible()]
    if not sources:
        return None
    without_bidi_controls_in(figure)
    texts = [t.get_text() for t in sources]
    with chart_style():
        try:
            for text in sources:  # empty, it keeps its place: what hangs under it moves up
                text.set_text("")
            return _saved(figure, "svg", _tight_box(figure))
        finally:
            for text, said in zip(sources, texts, strict=True):
                text.set_text(said)


@contextmanager
def measuring(figure: Figure) -> Iterator[RendererAgg]:
    """A renderer at the saving resolution, the figure set to it while measuring (and set
    back after): where things fall in the saved image."""
    dpi = float(mpl.rcParams["savefig.dpi"])
    shown = figure.dpi
    plain_text(figure)
    try:
        figure.set_dpi(dpi)
        width, height = figure.bbox.size
        yield RendererAgg(int(width), int(height), dpi)  # type: ignore[no-untyped-call]
    finally:
        figure.set_dpi(shown)


def _tight_box(figure: Figure) -> Bbox:
    """What `savefig(bbox_inches="tight")` crops to, measured at the saving resolution."""
    with measuring(figure) as renderer:
        box = figure.get_tightbbox(renderer)
    return box.padded(float(mpl.rcParams["savefig.pad_inches"]))


def plain_text(figure: Figure) -> Figure:
    """Every text of the figure drawn as typed: no mathtext, whoever made the text (a
    caller's annotation made outside `chart_style` reads the user's rcParams). Dollar
    signs, braces and backslashes in a workbook's names stay as they are."""
    for text in figure.findobj(Text):
        text.set_parse_math(False)
    return figure


def _saved(figure: Figure, fmt: Literal["png", "svg"], box: Bbox) -> bytes:
    plain_text(figure)
    buffer = io.BytesIO()
    metadata: dict[str, str | None] = (
        {"Software": None} if fmt == "png" else {"Date": None, "Creator": None}
    )
    figure.savefig(buffer, format=fmt, metadata=metadata, bbox_inches=box)
    return buffer.getvalue()


def row_records(rows: pd.DataFrame | Mapping[str, Any]) -> list[dict[str, Any]]:
    if isinstance(rows, pd.DataFrame):
        return frame_records(rows)
    return [dict(rows)]


def mark_illustrative(ax: Axes, *, lang: Lang = "vi") -> Axes:
    """Say on the chart itself that its figures are made up (a demonstration workbook):
    under the source line, where it never meets a title however long."""
    figure = ax.figure
    footer = [t for t in [*ax.texts, *figure.texts] if t.get_gid() in (SOURCE_GID, ESTIMATE_GID)]
    estimates = [t for t in footer if t.get_gid() == ESTIMATE_GID]
    anchor: Any = estimates[0] if estimates else (footer[0] if footer else None)
    ax.annotate(
        CHART[lang]["illustrative"],
        xy=(0, 0),
        xycoords=anchor if anchor is not None else "axes fraction",
        xytext=(0, -4 if anchor is not None else -FOOTER_GAP),
        textcoords="offset points",
        fontsize=SMALL_TEXT,
        fontweight="bold",
        color="#b00020",
        va="top",
        ha="left",
        annotation_clip=False,
    )
    return ax


def has_target(row: Mapping[str, Any]) -> bool:
    target = row.get("target")
    return target is not None and not pd.isna(target)


def status_of(row: Mapping[str, Any]) -> str | None:
    """The row's status against its target, None when no target is set; a target whose
    status is not given is a status nobody can tell ('')."""
    if not has_target(row):
        return None
    status = row.get("target_status")
    return "" if status is None or pd.isna(status) else str(status)


def status_colour(row: Mapping[str, Any]) -> str:
    """The colour of a bar or dot: its status against the target (see `STATUS_COLOURS`)."""
    status = status_of(row)
    if status is None:
        return NO_TARGET_COLOUR
    return STATUS_COLOURS.get(status, UNKNOWN_STATUS_COLOUR)


def status_name(status: str, *, lang: Lang) -> str:
    """A status as the legend names it; one chiso does not know by the label it comes with."""
    words = CHART_STATUS.get(status) or TARGET_STATUS.get(status)
    if words is not None:
        return words[lang]
    return status or TARGET_STATUS.get("", {}).get(lang, "?")


def status_legend(ax: Axes, rows: list[dict[str, Any]], *, lang: Lang) -> Any:
    """A legend of the statuses the rows have, under the axes, the known ones first; none
    when no row has a target."""
    statuses = list(dict.fromkeys(s for s in map(status_of, rows) if s is not None))
    if not statuses:
        return None
    known = [s for s in STATUS_COLOURS if s in statuses]
    other = sorted(s for s in statuses if s not in STATUS_COLOURS)
    handles = [
        Patch(color=STATUS_COLOURS.get(s, UNKNOWN_STATUS_COLOUR), label=status_name(s, lang=lang))
        for s in [*known, *other]
    ]
    if any(status_of(r) is None for r in rows):
        handles.append(Patch(color=NO_TARGET_COLOUR, label=CHART_NO_TARGET[lang]))
    target = Line2D([], [], color=TARGET_COLOUR, linestyle="--", linewidth=1.2)
    handles.append(cast(Any, target))
    named = [line.get_label() for line in ax.get_lines() if line.get_gid() == TARGET_GID]
    labels = [*(h.get_label() for h in handles[:-1]), *(named or [CHART[lang]["target"]])]
    legend = ax.legend(
        handles=handles,
        labels=labels,
        loc="upper left",
        bbox_to_anchor=(0, 0),
        bbox_transform=below_ticks(ax),
        ncols=min(len(handles), 2),
        frameon=False,
        fontsize=SMALL_TEXT,
        borderaxespad=0,
        handlelength=1.2,
    )
    legend.set_gid(LEGEND_GID)
    return legend


def below_ticks(ax: Axes) -> Any:
    """Axes fractions moved down past the tick labels: where the footer starts."""
    return ax.transAxes + ScaledTranslation(0, -FOOTER_GAP / 72, ax.figure.dpi_scale_trans)


def fresh_axes(ax: Axes | None, *, rows: int) -> Axes:
    # wrapped names take two or three lines of 12 pt: a bar needs more room than a line
    return ax if ax is not None else new_axes(height=max(2.6, 1.8 + 0.36 * rows))


def finish(
    ax: Axes, rows: list[dict[str, Any]], *, title: str, subtitle: str | None, lang: Lang
) -> Axes:
    """Title, subtitle and, under the axes, the statuses' legend (if drawn) and the source
    line naming the rows' cells."""
    source = source_line(rows)
    start = fit_width(ax)
    subtitle = wrap_source(subtitle) if subtitle else None
    lines = subtitle.count("\n") + 1 if subtitle else 0  # the title stands above them all
    lines += sum(  # and above a legend drawn over the axes (the parts of a whole)
        len(c.get_texts())
        for c in ax.get_children()
        if isinstance(c, Legend) and c.get_gid() == ABOVE_GID
    )
    heading = ax.set_title(wrap_label(title, TITLE_WIDTH), loc="left", pad=10 + 15 * lines)
    heading.set_x(start)
    for legend in ax.get_children():
        if isinstance(legend, Legend) and legend.get_gid() == LEGEND_GID:
            legend.set_bbox_to_anchor((start, 0), transform=below_ticks(ax))
    if subtitle:
        ax.text(
            start,
            1.0,
            subtitle,
            transform=ax.transAxes,
            fontsize=SMALL_TEXT,
            color="#555555",
            va="bottom",
            ha="left",
            transform_rotates_text=False,
            bbox={"boxstyle": "square,pad=0.3", "facecolor": "none", "edgecolor": "none"},
        )
    if source:
        legends = [
            c for c in ax.get_children() if isinstance(c, Legend) and c.get_gid() == LEGEND_GID
        ]
        below: Any = legends[0] if legends else None
        note = ax.annotate(
            wrap_source(f"{CHART[lang]['source']}: {source}"),
            xy=(0, 0) if below is not None else (start, 0),
            xycoords=below if below is not None else "axes fraction",
            xytext=(0, -6 if below is not None else -FOOTER_GAP),
            **_FOOTER_LINE,
        )
        note.set_gid(SOURCE_GID)
        if any(r.get("estimate") for r in rows):
            estimate_note(ax, note, lang=lang)
    room_for_ends(ax)
    if isinstance(ax.figure, Figure):
        plain_text(ax.figure)
    return ax


def estimate_note(ax: Axes, source: Text, *, lang: Lang) -> None:
    """Under the source line: some figures are estimates. What the figures are, not where
    they come from, so the printed briefing keeps it when it leaves out the source line."""
    note = ax.annotate(
        wrap_source(CHART[lang]["estimate"]), xy=(0, 0), xycoords=source, xytext=(0, -2),
        **_FOOTER_LINE,
    )  # fmt: skip
    note.set_gid(ESTIMATE_GID)


# A line of the footer under the axes (the source, the estimate note): small grey text hung
# from its anchor, drawn whatever the axes' clipping.
_FOOTER_LINE: dict[str, Any] = {
    "textcoords": "offset points",
    "fontsize": SMALL_TEXT,
    "color": "#666666",
    "va": "top",
    "ha": "left",
    "annotation_clip": False,
}


def fit_width(ax: Axes) -> float:
    """Fit the margins of a figure chiso made to its bar names, so that the axes take the
    rest of its width and nothing is drawn past its sides (a wider saved image would shrink
    every text on a phone); returns where the figure's left edge is, in axes fraction, for
    the title and the footer to start there. A caller's own axes are left as they are (0)."""
    figure = ax.figure
    if figure.get_gid() != OWN_GID or not isinstance(figure, Figure):
        return 0.0
    figure.draw_without_rendering()
    names = [t for t in ax.get_yticklabels() if t.get_visible() and t.get_text()]
    inches = max((t.get_window_extent().width for t in names), default=0.0) / figure.dpi
    width = float(figure.get_figwidth())
    left = MARGIN + (inches + 0.12 if names else 0.0)  # the tick and its pad: about 0.1 in
    figure.subplots_adjust(left=left / width, right=1 - MARGIN / width)
    return -(left - MARGIN) / (width - left - MARGIN)


def end_label(ax: Axes, x: float, y: float, text: str, **style: Any) -> None:
    """A value written just past a bar's end (at `x`), kept inside the axes by `finish`."""
    label = ax.text(x, y, text, va="center", fontsize=SMALL_TEXT, **style)
    label.set_gid(END_GID)
    label.set_in_layout(False)  # the axes widen their range for it instead


def room_for_ends(ax: Axes) -> None:
    """Widen the value axis so that every label past a bar's end fits inside the axes: on a
    chart as narrow as a phone's, a label in 12 pt would otherwise spill past the figure and
    the saved image would be wider (its text smaller once scaled to the screen)."""
    ends = [t for t in ax.texts if t.get_gid() == END_GID]
    figure = ax.figure
    if not ends or not isinstance(figure, Figure):
        return
    figure.draw_without_rendering()  # the layout settles the axes' width first
    span = ax.get_window_extent().width
    low, high = ax.get_xlim()
    needed = high
    for label in ends:
        share = min(label.get_window_extent().width / span, 0.8)
        x = float(label.get_position()[0])
        needed = max(needed, low + (x - low) / (1 - share))
    ax.set_xlim(low, needed)


def count_axis(ax: Axes, *, lang: Lang, axis: Literal["x", "y"] = "x") -> None:
    formatter = FuncFormatter(lambda value, _pos: format_count(round(value), lang=lang))
    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_formatter(formatter)
    target.set_major_locator(MaxNLocator(nbins=4, integer=True))


def value_axis(ax: Axes, first: Mapping[str, Any] | None, *, lang: Lang) -> None:
    """The y axis of a chart over time, in the figures' own unit: counts or a rate."""
    if first is None:
        return
    if first["display"] == "count":
        count_axis(ax, lang=lang, axis="y")
    else:
        rate_axis(ax, factor=float(first["factor"]), lang=lang, axis="y")


def rate_axis(ax: Axes, *, factor: float, lang: Lang, axis: Literal["x", "y"] = "x") -> None:
    """Tick labels of a rate axis in the reader's format ('72,5%'), see `RateTicks`."""
    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_formatter(RateTicks(factor=factor, lang=lang))


MAX_TICK_DECIMALS = 3


def tick_decimals(values: Sequence[float]) -> int:
    """The fewest decimals that print every tick exactly (72,5 needs one, 70 none), so a
    label never rounds its tick to a neighbour's number ('73%' under 72,5)."""
    finite = [float(v) for v in values if math.isfinite(v)]
    for decimals in range(MAX_TICK_DECIMALS + 1):
        if all(abs(round(v, decimals) - v) <= 1e-9 * max(1.0, abs(v)) for v in finite):
            return decimals
    return MAX_TICK_DECIMALS


class RateTicks(Formatter):
    """A rate's tick labels, every tick with the decimals the set of ticks needs and the
    decimal separator of the reader's language (72,5% in Vietnamese, 72.5% in English)."""

    def __init__(self, *, factor: float, lang: Lang) -> None:
        self.factor = factor
        self.lang: Lang = lang
        self.ticks: list[float] = []

    def set_locs(self, locs: Sequence[float]) -> None:
        # Kept here: the decimals depend on every tick, and matplotlib's own copy is private.
        self.ticks = [float(v) for v in locs]

    def __call__(self, x: float, pos: int | None = None) -> str:
        decimals = tick_decimals(self.ticks or [x])
        return format_rate(round(x, 6), factor=self.factor, decimals=decimals, lang=self.lang)


def source_line(rows: list[dict[str, Any]]) -> str | None:
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


SOURCE_CELLS = 60  # more cells of one column than this: a chart's source names their span
