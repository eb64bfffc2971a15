"""Every chart of a briefing reads on a phone (issue 17, point 8).

The HTML shows each chart's image scaled to the screen's width; on a phone 375 px wide, text
of f points in an image W inches wide (as saved: PNG, bbox tight) comes out at
f × 375 / (72 × W) px. Every text a chart draws must come out at 11 px or more. The
width is measured from the PNG the build writes (`figure_bytes`), not from the figure's size,
since anything drawn past the figure's sides widens the saved image.
"""

from __future__ import annotations

import importlib.util
import io
import sys
from pathlib import Path
from types import ModuleType

import pytest
from matplotlib.figure import Figure
from matplotlib.text import Text
from PIL import Image

from analysis.present.briefing import prepare_briefing
from analysis.present.briefing_plan import MAX_BARS, ChartSpec, draw_chart
from analysis.present.chart_base import STYLE
from analysis.present.charts import figure_bytes
from analysis.reading.load import load

ROOT = Path(__file__).resolve().parents[1]
WORKBOOKS = {
    "demo": ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx",
    "bundled": ROOT / "data" / "ke-hoach-83-quang-ngai.xlsx",
}
PHONE_PX = 375
SMALLEST_PX = 11.0


def _specs(name: str) -> list[ChartSpec]:
    briefing = prepare_briefing(load(WORKBOOKS[name]))
    return [spec for section in briefing.sections for spec in section.charts]


def _saved_width_inches(figure: Figure) -> float:
    png = Image.open(io.BytesIO(figure_bytes(figure, fmt="png")))
    return png.size[0] / float(STYLE["savefig.dpi"])


def _shown_px(points: float, width: float) -> float:
    return points * PHONE_PX / (72 * width)


@pytest.mark.parametrize("name", sorted(WORKBOOKS))
def test_every_chart_text_is_at_least_11_px_on_a_phone(name: str) -> None:
    specs = _specs(name)
    assert len(specs) >= 7  # every kind the briefing draws, not a lucky few
    too_small = []
    for spec in specs:
        figure = draw_chart(spec).figure
        assert isinstance(figure, Figure)
        width = _saved_width_inches(figure)
        texts = [t for t in figure.findobj(Text) if t.get_visible() and t.get_text().strip()]
        assert texts, spec.slug
        for text in texts:
            px = _shown_px(text.get_fontsize(), width)
            if px < SMALLEST_PX:
                too_small.append((spec.slug, text.get_text()[:30], round(px, 1)))
    assert too_small == []


def test_the_saved_chart_is_as_wide_as_drawn() -> None:
    """Names, values past the bars' ends, the legend and the source stay inside the figure:
    the saved PNG is about as wide as the figure (5 in), never the 6–9 in it used to be."""
    for spec in _specs("bundled"):
        figure = draw_chart(spec).figure
        assert isinstance(figure, Figure)
        assert _saved_width_inches(figure) <= 5.2, spec.slug


def test_a_chart_is_the_same_bytes_twice() -> None:
    """Fitting the margins to the labels measures text: the same data still gives the same
    image, byte for byte."""
    spec = next(s for s in _specs("bundled") if s.kind == "progress")
    first, second = (figure_bytes(draw_chart(spec).figure, fmt="png") for _ in range(2))  # type: ignore[arg-type]
    assert first == second


def _province_script() -> ModuleType:
    name = "make_province_workbook"
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def test_a_ranking_of_500_communes_draws_one_chart_with_the_province_alone(
    tmp_path: Path,
) -> None:
    """Two half-years make each commune's year a total too: it is neither a whole nor the
    latest period, so the ranking is one chart of the highest and lowest communes and the
    province's own figure (it once drew 27 charts of 'wholes')."""
    path = _province_script().write(
        tmp_path / "tinh.xlsx", units_count=500, indicators=2, periods=2
    )
    briefing = prepare_briefing(load(path))
    rankings = [
        spec
        for section in briefing.sections
        for spec in section.charts
        if spec.kind == "rate_intervals"
    ]
    assert len(rankings) == 1
    rows = rankings[0].rows
    wholes = rows[rows["is_total"]]
    assert list(wholes["unit_depth"]) == [0]  # the province, not 25 districts or 500 years
    assert set(rows["period"].astype(str)) == {"2024S2"}
    assert len(rows) <= MAX_BARS
    assert (~rows["is_total"]).sum() == 2 * ((MAX_BARS - 1) // 2)  # highest and lowest
