"""Charts carry the message: bars and dots coloured by status against the target, the
target drawn, a legend naming the statuses, one indicator per axis, small multiples of
counts on each unit's own scale, and the illustrative mark never over a title."""

from __future__ import annotations

from pathlib import Path

import matplotlib.colors as mcolors
import pytest
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import PathCollection
from matplotlib.legend import Legend
from matplotlib.patches import Rectangle

import analysis
from analysis.model.dataset import AT_TARGET, BEYOND_TARGET, SHORT_OF_TARGET
from analysis.present import chart_base, charts
from analysis.present.briefing import Briefing, prepare_briefing
from analysis.present.briefing_plan import draw_chart

DEMO = Path(__file__).resolve().parent.parent / "data" / "demo" / "tinh-minh-hoa.xlsx"
BLUE, SKY, VERMILLION = "#0072B2", "#56B4E9", "#D55E00"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return prepare_briefing(analysis.load(DEMO))


def spec(briefing: object, slug: str) -> object:
    return next(s for s in briefing.chart_specs if s.slug == slug)  # type: ignore[attr-defined]


def bar_colours(ax: Axes, labels: list[str]) -> dict[str, str]:
    """The colour of the bar drawn at each labelled row (the status bars, not the grey rest)."""
    positions = {
        t.get_text(): y for t, y in zip(ax.get_yticklabels(), ax.get_yticks(), strict=True)
    }
    found = {}
    for patch in ax.patches:
        if not isinstance(patch, Rectangle):
            continue
        colour = mcolors.to_hex(patch.get_facecolor())
        if colour == chart_base.REMAINDER_COLOUR.lower():
            continue
        middle = patch.get_y() + patch.get_height() / 2
        for label in labels:
            if abs(positions[label] - middle) < 1e-9:
                found[label] = colour.upper()
    return found


def legend_texts(ax: Axes) -> list[str]:
    legends = [c for c in ax.get_children() if isinstance(c, Legend)]
    legends += [c for c in ax.figure.legends if isinstance(c, Legend)]
    return [t.get_text() for legend in legends for t in legend.get_texts()]


def test_a_unit_short_of_its_target_is_vermillion_one_beyond_it_blue(briefing: object) -> None:
    ax = draw_chart(spec(briefing, "chuyen-doi-so-progress"))  # type: ignore[arg-type]
    colours = bar_colours(ax, ["Xã Kim Long", "Phường Bắc Sơn", "Phường Cẩm Thành"])
    # 631/921 = 68,5% against 95%: short; 481/483 = 99,6%: beyond; 94,4% is short too.
    assert colours == {
        "Xã Kim Long": VERMILLION,
        "Phường Bắc Sơn": BLUE,
        "Phường Cẩm Thành": VERMILLION,
    }
    # The target named in the legend, not over the axes (where it met the subtitle).
    assert legend_texts(ax) == ["Vượt mục tiêu", "Chưa đạt mục tiêu", "Mục tiêu 95%"]
    assert "Mục tiêu 95%" not in [t.get_text() for t in ax.texts]
    [target] = [line for line in ax.lines if line.get_linestyle() == "--"]
    assert list(target.get_xdata()) == [95.0, 95.0]


def test_a_count_met_exactly_is_sky_blue_and_each_bar_has_its_own_target(
    briefing: object,
) -> None:
    ax = draw_chart(spec(briefing, "cong-tac-dang-vien-counts"))  # type: ignore[arg-type]
    colours = bar_colours(ax, ["Xã Lạc Thủy", "Xã Nghĩa Trung", "Phường Bắc Sơn"])
    assert colours == {"Xã Lạc Thủy": SKY, "Xã Nghĩa Trung": BLUE, "Phường Bắc Sơn": VERMILLION}
    # the targets differ unit by unit: a mark across each bar, at 21 for Xã Nghĩa Trung
    marks = {round(float(line.get_xdata()[0]), 6) for line in ax.lines}
    assert 21.0 in marks and len(ax.lines) == 12


def test_counts_of_several_units_draw_one_indicator_per_chart(briefing: object) -> None:
    counts = [s for s in briefing.chart_specs if s.kind == "counts"]  # type: ignore[attr-defined]
    assert [s.rows["indicator"].nunique() for s in counts] == [1, 1]
    assert {s.title for s in counts} == {"Kết nạp đảng viên mới", "Đảng viên bị kỷ luật"}


def test_sample_dots_are_coloured_by_status(briefing: object) -> None:
    ax = draw_chart(spec(briefing, "cai-cach-hanh-chinh-rate-intervals"))  # type: ignore[arg-type]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    dots = [
        mcolors.to_hex(line.get_color()).upper() for line in ax.lines if line.get_marker() == "o"
    ]
    colour = dict(zip(labels, dots, strict=True))
    # Xã Sơn Hà's 91,8% (87,7%–94,7%) straddles the 90% target: it cannot be told, so grey;
    # Phường Bắc Sơn's whole interval is below it.
    assert colour["Xã Sơn Hà"] == chart_base.UNKNOWN_STATUS_COLOUR
    assert colour["Phường Bắc Sơn"] == VERMILLION


def test_a_status_chiso_does_not_know_is_grey_and_named_in_the_legend(
    briefing: object,
) -> None:
    rows = spec(briefing, "chuyen-doi-so-progress").rows.copy()  # type: ignore[attr-defined]
    rows.loc[rows["unit"] == "Xã Kim Long", "target_status"] = "chưa đủ cơ sở"
    ax = charts.plot_progress(rows)
    assert bar_colours(ax, ["Xã Kim Long"]) == {"Xã Kim Long": chart_base.UNKNOWN_STATUS_COLOUR}
    assert "chưa đủ cơ sở" in legend_texts(ax)


def test_status_names_and_colours_are_colour_blind_safe_and_distinct() -> None:
    assert chart_base.STATUS_COLOURS == {
        BEYOND_TARGET: BLUE,
        AT_TARGET: SKY,
        SHORT_OF_TARGET: VERMILLION,
    }
    assert chart_base.status_name(SHORT_OF_TARGET, lang="en") == "Short of the target"
    row = {"target": float("nan"), "target_status": None}
    assert chart_base.status_colour(row) == chart_base.NO_TARGET_COLOUR


def test_small_multiples_of_counts_give_each_unit_its_own_scale(briefing: object) -> None:
    ax = draw_chart(spec(briefing, "cong-tac-dang-vien-trend-grid"))  # type: ignore[arg-type]
    panels = [p for p in ax.figure.axes if p.get_visible()]
    whole, ward = panels[0], panels[1]
    assert whole.get_title(loc="left") == "Tỉnh Minh\nHoạ"  # a third of the width: two lines
    # the province's 160-odd would flatten a ward's 9 to 17; each panel spans its own
    assert whole.get_ylim()[0] > 100 and ward.get_ylim()[1] < 30
    rates = draw_chart(spec(briefing, "chuyen-doi-so-trend-grid"))  # type: ignore[arg-type]
    limits = {p.get_ylim() for p in rates.figure.axes if p.get_visible()}
    assert len(limits) == 1  # shares: one scale, so that panels compare
    last = [c for c in ward.collections if isinstance(c, PathCollection)]
    dots = [line for line in ward.lines if line.get_marker() == "o"]
    assert last == [] and mcolors.to_hex(dots[-1].get_color()).upper() == VERMILLION


@pytest.mark.parametrize("slug", ["chuyen-doi-so-progress", "cai-cach-hanh-chinh-rate-intervals"])
def test_the_illustrative_mark_sits_under_the_source_never_over_the_title(
    briefing: object, slug: str
) -> None:
    ax = briefing.draw(spec(briefing, slug))  # type: ignore[attr-defined]
    renderer = FigureCanvasAgg(ax.figure).get_renderer()
    ax.figure.draw(renderer)
    [mark] = [t for t in ax.texts if t.get_text().startswith("Số liệu minh hoạ")]
    [source] = [t for t in ax.texts if t.get_gid() == chart_base.SOURCE_GID]
    title = ax.title if ax.get_title() else ax._left_title  # type: ignore[attr-defined]
    box, above, under = (t.get_window_extent(renderer) for t in (mark, title, source))
    assert box.y1 <= under.y0 + 1e-6 and box.y1 < above.y0  # below the source, far from the title
    assert not box.overlaps(above)


def test_status_colours_change_no_byte_when_drawn_again(briefing: object) -> None:
    one = charts.figure_bytes(
        draw_chart(spec(briefing, "cong-tac-dang-vien-counts")).figure, fmt="svg"
    )  # type: ignore[arg-type]
    two = charts.figure_bytes(
        draw_chart(spec(briefing, "cong-tac-dang-vien-counts")).figure, fmt="svg"
    )  # type: ignore[arg-type]
    assert one == two


def _end_ticks(ax: Axes) -> list[tuple[str, float, float]]:
    """Each panel's end labels as drawn: text, left and right edges in pixels."""
    canvas = FigureCanvasAgg(ax.figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    drawn = []
    for panel in ax.figure.axes:
        if panel.get_visible():
            for label in panel.get_xticklabels():
                box = label.get_window_extent(renderer)
                drawn.append((label.get_text(), box.x0, box.x1))
    return drawn


def test_a_panels_end_periods_never_run_into_each_other(briefing: Briefing) -> None:
    """Half-years ('2019S2' … '2024S2') are too wide for a third of a phone's width side by
    side: the panel names the ends' years; where the ends share a year, only the latest."""
    grid = spec(briefing, "chuyen-doi-so-trend-grid")
    rows = grid.rows.copy()  # type: ignore[attr-defined]
    assert set(rows["period"]) >= {"2019", "2024"}
    rows["period"] = rows["period"].astype(str) + "S2"
    ax = charts.plot_trend_grid(rows, title="Hai kỳ mỗi năm")
    drawn = _end_ticks(ax)
    texts = [text for text, _, _ in drawn]
    assert texts and set(texts) == {"2019", "2024"}
    for (_, _, left_end), (_, right_start, _) in zip(drawn[::2], drawn[1::2], strict=True):
        assert left_end < right_start
    rows["period_start"] = rows["period_start"].max()  # every period in one year
    texts = [text for text, _, _ in _end_ticks(charts.plot_trend_grid(rows, title="Một năm"))]
    assert set(texts[::2]) == {""} and set(texts[1::2]) == {"2024S2"}
