"""Charts: checked by what was drawn (labels, values) and by byte-stable output."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import matplotlib
import pandas as pd
import pytest
from matplotlib.ft2font import FT2Font
from workbooks import BUNDLED, ROOT

import analysis
from analysis.present import charts
from analysis.present.briefing import prepare_briefing

VIETNAMESE = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)
ALPHABET = VIETNAMESE + VIETNAMESE.upper()


@pytest.fixture(scope="module")
def summary() -> pd.DataFrame:
    return analysis.summarize(analysis.load(BUNDLED))


def rows(summary: pd.DataFrame, *codes: str) -> pd.DataFrame:
    return summary[summary["code"].isin(codes)].reset_index(drop=True)


def texts(ax: object) -> list[str]:
    return [t.get_text() for t in ax.texts]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSerif.ttf"])
def test_house_fonts_have_every_vietnamese_letter(name: str) -> None:
    font = FT2Font(str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / name))
    charmap = font.get_charmap()
    missing = [ch for ch in ALPHABET if ord(ch) not in charmap]
    assert missing == []


def test_monospace_and_math_fonts_would_not_do() -> None:
    # Why the style pins DejaVu Sans: these fonts lack Vietnamese letters.
    path = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    for name in ("DejaVuSansMono.ttf", "STIXGeneral.ttf", "cmr10.ttf"):
        charmap = FT2Font(str(path / name)).get_charmap()
        assert any(ord(ch) not in charmap for ch in ALPHABET), name


def test_style_applies_only_inside_its_block() -> None:
    before = dict(matplotlib.rcParams)
    with charts.chart_style():
        assert matplotlib.rcParams["font.sans-serif"][0] == "DejaVu Sans"
        assert matplotlib.rcParams["svg.hashsalt"] == "chiso"
    assert dict(matplotlib.rcParams) == before


def test_rate_of_whole_shows_the_not_yet_registered(summary: pd.DataFrame) -> None:
    row = rows(summary, "STDV").iloc[0].to_dict()
    ax = charts.plot_rate_of_whole(row)
    widths = [patch.get_width() for patch in ax.patches]
    assert widths == [9728.0, 169.0]
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert legend == ["Đạt: 9.728/9.897 (98,3%)", "Còn lại: 169"]
    assert "98,3%" in texts(ax)
    # wrapped at 40 characters, so that 14 pt still reads on a phone
    assert ax.get_title(loc="left") == "Đảng viên đăng ký sử dụng Sổ tay đảng\nviên điện tử"
    assert "2.500" in charts.tick_texts(ax)


def test_composition_of_satisfaction(summary: pd.DataFrame) -> None:
    ax = charts.plot_composition(rows(summary, "HLRH", "HLHL", "HLKH"), title="Hài lòng")
    assert [round(p.get_width(), 3) for p in ax.patches] == [96.449, 3.551, 0.0]
    assert texts(ax)[:3] == ["  96,4% (10.239 lượt)", "  3,6% (377 lượt)", "  0% (0 lượt)"]
    # First row on top: tick 2 carries the first part.
    assert list(
        zip(ax.get_yticks(), [t.get_text() for t in ax.get_yticklabels()], strict=True)
    ) == [  # names wrapped at 20 characters, for a phone
        (2, "Đánh giá rất hài\nlòng"),
        (1, "Đánh giá hài lòng"),
        (0, "Đánh giá không hài\nlòng"),
    ]
    assert charts.tick_texts(ax)[-1] == "100%"


def test_counts_by_kind(summary: pd.DataFrame) -> None:
    ax = charts.plot_counts(rows(summary, "DVRK", "DVXT", "DVKT"))
    assert [p.get_width() for p in ax.patches] == [14.0, 24.0, 5.0]
    assert [t.strip() for t in texts(ax)[:3]] == ["14", "24", "5"]


def test_progress_against_a_whole(summary: pd.DataFrame) -> None:
    ax = charts.plot_progress(rows(summary, "NVTT", "NVCT", "CDLD", "VBBH", "VBTD"))
    labels = [t.strip() for t in texts(ax)[:5]]
    assert labels == ["12/12 (100%)", "6/7 (85,7%)", "6/11 (54,5%)", "5/11 (45,5%)", "7/7 (100%)"]


def test_interval_chart_draws_only_rows_with_an_interval(summary: pd.DataFrame) -> None:
    demo = analysis.summarize(analysis.load(ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx"))
    latest = demo[(demo["period"] == "2024") & demo["unit"].isin(["Xã Sơn Hà", "Xã Kim Long"])]
    # The handbook is a full count (no interval), satisfaction a sample (225 of 245).
    ax = charts.plot_rate_intervals(latest[latest["code"].isin(["SOTAY", "HAILONG"])])
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Xã Kim Long", "Xã Sơn Hà"]
    assert "  91,8% (87,7%–94,7%)" in texts(ax)
    # Self-selected ratings (the bundled workbook's) are no sample: nothing to draw.
    assert charts.plot_rate_intervals(rows(summary, "STDV", "HLRH")).get_yticklabels() == []


def test_trend_over_periods() -> None:
    frame = pd.DataFrame(
        {
            "indicator": ["x", "x", "x"],
            "unit": ["u"] * 3,
            "period": ["2024", "2022", "2023"],
            "period_start": [pd.Timestamp(f"{y}-01-01").date() for y in (2024, 2022, 2023)],
            "period_end": [pd.Timestamp(f"{y}-12-31").date() for y in (2024, 2022, 2023)],
            "period_label": ["năm 2024", "năm 2022", "năm 2023"],
            "value": [97.0, 90.0, 95.0],
            "value_text": ["97,0%", "90,0%", "95,0%"],
            "ci_low": [float("nan")] * 3,
            "ci_high": [float("nan")] * 3,
            "display": ["rate"] * 3,
            "factor": [Decimal(100)] * 3,
            "file": ["f.xlsx"] * 3,
            "sheet": ["s"] * 3,
            "cell_numerator": ["F2", "F3", "F4"],
        }
    )
    ax = charts.plot_rate_trend(frame)
    assert [t.get_text() for t in ax.get_xticklabels()] == ["năm 2022", "năm 2023", "năm 2024"]
    assert list(ax.lines[0].get_ydata()) == [90.0, 95.0, 97.0]


def test_figures_are_byte_identical_when_redrawn() -> None:
    briefing = prepare_briefing(analysis.load(BUNDLED))
    spec = briefing.chart_specs[0]
    first = charts.figure_bytes(briefing.draw(spec).figure, fmt="png")  # type: ignore[arg-type]
    second = charts.figure_bytes(briefing.draw(spec).figure, fmt="png")  # type: ignore[arg-type]
    assert first == second
    svg = charts.figure_bytes(briefing.draw(spec).figure, fmt="svg")  # type: ignore[arg-type]
    assert svg == charts.figure_bytes(briefing.draw(spec).figure, fmt="svg")  # type: ignore[arg-type]
    assert b"<dc:date>" not in svg


def _line(values: list[float]) -> pd.DataFrame:
    years = (2022, 2023, 2024)
    return pd.DataFrame(
        {
            "indicator": ["x"] * 3,
            "unit": ["u"] * 3,
            "period": [str(y) for y in years],
            "period_start": [pd.Timestamp(f"{y}-01-01").date() for y in years],
            "period_end": [pd.Timestamp(f"{y}-12-31").date() for y in years],
            "period_label": [f"năm {y}" for y in years],
            "value": values,
            "value_text": ["v"] * 3,
            "ci_low": [float("nan")] * 3,
            "ci_high": [float("nan")] * 3,
            "display": ["rate"] * 3,
            "factor": [Decimal(100)] * 3,
            "file": ["f.xlsx"] * 3,
            "sheet": ["s"] * 3,
            "cell_numerator": ["F2", "F3", "F4"],
        }
    )


def test_rate_ticks_show_the_decimals_they_need() -> None:
    # drawn at a desktop chart's old size, where matplotlib puts a tick every 2,5 points
    ax = charts.plot_rate_trend(
        _line([72.0, 78.0, 84.0]), ax=charts.new_axes(width=8.0, height=2.55)
    )
    ticks = charts.tick_texts(ax, axis="y")
    assert ticks[:4] == ["70,0%", "72,5%", "75,0%", "77,5%"]  # not '73%' under 72,5
    english = charts.plot_rate_trend(
        _line([72.0, 78.0, 84.0]), ax=charts.new_axes(width=8.0, height=2.55), lang="en"
    )
    assert charts.tick_texts(english, axis="y")[:2] == ["70.0%", "72.5%"]
    whole = charts.plot_rate_trend(
        _line([60.0, 70.0, 75.0]), ax=charts.new_axes(width=8.0, height=2.55)
    )
    assert charts.tick_texts(whole, axis="y") == ["55%", "60%", "65%", "70%", "75%", "80%"]


def test_tick_decimals_are_the_fewest_that_print_every_tick_exactly() -> None:
    from analysis.present.chart_base import tick_decimals

    assert tick_decimals([70.0, 72.5, 75.0]) == 1
    assert tick_decimals([0.0, 25.0, 50.0, 75.0, 100.0]) == 0
    assert tick_decimals([96.0, 96.25, 96.5]) == 2
    assert tick_decimals([1 / 3]) == 3  # never more than three
