"""Exploring in JupyterLab as a pandas user would: tables of numbers that sort and plot,
charts as Figures that save whole, filters that say what they found, one scale for shares,
files for a colleague, and one unit's briefing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import matplotlib.image
import numpy as np
import openpyxl
import pandas as pd
import pytest
from matplotlib.figure import Figure
from PIL import Image
from workbooks import BUNDLED, ROOT, row, write_workbook

import analysis
from analysis.exploring import Exploration, FilterError, IndicatorFrame
from analysis.model.periods import PeriodParseError
from analysis.model.text import neutralise
from analysis.run.saving import write_csv, write_excel

DEMO = ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx"
HANDBOOK = "Đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử"


@pytest.fixture(scope="module")
def seed() -> Exploration:
    return analysis.explore(BUNDLED)


@pytest.fixture(scope="module")
def demo() -> Exploration:
    return analysis.explore(DEMO)


def test_indicators_are_a_dataframe_of_numbers(seed: Exploration) -> None:
    figures = seed.indicators()
    assert isinstance(figures, pd.DataFrame)
    for column in ("value", "numerator", "denominator", "ci_low", "change"):
        assert figures[column].dtype == np.float64, column
    ranked = figures.sort_values("value", ascending=False)
    assert isinstance(ranked, IndicatorFrame)  # still displays formatted
    handbook = figures.query("code == 'STDV'").iloc[0]
    assert handbook["value"] == pytest.approx(98.292412, abs=1e-6)
    assert (handbook["numerator"], handbook["denominator"]) == (9728.0, 9897.0)
    assert (handbook["text"], handbook["ratio_text"]) == ("98,3%", "9.728/9.897")
    assert handbook["source"].endswith("ke-hoach-83-quang-ngai.xlsx › Chỉ tiêu › F7")
    # Satisfaction ratings from whoever chose to give one: no sample, so no interval.
    very = figures[figures["indicator"] == "Đánh giá rất hài lòng"].iloc[0]
    assert np.isnan(very["ci_low"]) and np.isnan(very["ci_high"])
    assert very["value"] == pytest.approx(96.448756, abs=1e-6) and very["text"] == "96,4%"
    axes = figures.query("display == 'rate'").plot.barh(x="indicator", y="value")
    assert len(axes.patches) == len(figures.query("display == 'rate'"))
    axes.figure.clf()


def test_the_table_displays_with_vietnamese_number_formats(seed: Exploration) -> None:
    html = seed.indicators(indicator="STDV")._repr_html_()
    assert html is not None
    cells = re.findall(r">([^<]*)</td>", html)
    assert "9.728" in cells and "9.897" in cells  # the counts, grouped
    assert "98,29" in cells  # the value, with a decimal comma
    assert "98,3%" in cells and "30/06/2024" in cells
    # Labels that repeat (one unit's many rows as the index) still display, as pandas does.
    repeated = seed.indicators().set_index("unit")._repr_html_()
    assert repeated is not None and "TP Quảng Ngãi" in repeated and "<table" in repeated


def test_changes_are_numbers_with_their_text(demo: Exploration) -> None:
    ward = demo.indicators(unit="Phường An Bình", period="2020").set_index("code")
    assert ward.loc["SOTAY", "change"] == pytest.approx(3.918650, abs=1e-6)
    assert ward.loc["SOTAY", "change_unit"] == "pp"
    assert ward.loc["SOTAY", "change_text"] == "+3,92 điểm phần trăm"
    assert ward.loc["KETNAP", "change"] == pytest.approx(70.0)  # 10 → 17 members
    assert ward.loc["KETNAP", "change_text"] == "+70,0%"
    assert ward.loc["SOTAY", "target_status"] == "chưa đạt"


def test_a_filter_that_misses_says_what_exists(demo: Exploration) -> None:
    assert len(demo.indicators(unit="PHUONG AN BINH")) == 30  # no case, no accents
    with pytest.raises(FilterError) as missed:
        demo.indicators(unit="Phường An Bìn")
    message = str(missed.value)
    assert message.startswith("Không có đơn vị «Phường An Bìn». Có: Phường An Bình, ")
    assert "Có phải «Phường An Bình»?" in message and "Did you mean «Phường An Bình»?" in message
    with pytest.raises(FilterError, match="Không có chỉ tiêu «Sổ tay»"):
        demo.indicators(indicator="Sổ tay")
    assert set(demo.indicators(indicator="sotay")["code"]) == {"SOTAY"}  # by its code


def test_a_period_filter_keeps_the_figures_within_it(tmp_path: Path) -> None:
    quarters = [
        row("Đảng viên mới", f"Quý {q}/{year}", 10 + q, unit="Phường 1")
        for year in (2023, 2024)
        for q in (1, 2, 3, 4)
    ]
    data = analysis.explore(write_workbook(tmp_path / "quy.xlsx", quarters))
    within = data.indicators(period="2024")
    # Its four quarters, and the year they roll up to.
    assert sorted(within["period"]) == ["2024", "2024Q1", "2024Q2", "2024Q3", "2024Q4"]
    assert list(data.indicators(period="6 tháng đầu năm 2024")["period"]) == ["2024Q1", "2024Q2"]
    with pytest.raises(FilterError, match="Không có số liệu trong kỳ «2025»"):
        data.indicators(period="2025")
    with pytest.raises(PeriodParseError) as unread:
        data.indicators(period="Q5/2024")
    assert str(unread.value).startswith("Không đọc được kỳ «Q5/2024» (")
    assert "Quý II/2024" in str(unread.value) and "Cannot read the period «Q5/2024»" in str(
        unread.value
    )


def test_one_scale_for_shares() -> None:
    interval = analysis.proportion_interval(10239, 10616)
    assert interval == pytest.approx((96.08, 96.78), abs=0.01)  # per cent, as printed
    assert analysis.format_interval(*interval) == "96,1%–96,8%"
    assert analysis.proportion_interval(10239, 10616, factor=1) == pytest.approx(
        (0.9608, 0.9678), abs=1e-4
    )
    assert analysis.format_count(10616, measure="lượt") == "10.616 lượt"


def test_a_chart_is_a_figure_that_names_its_unit(demo: Exploration, tmp_path: Path) -> None:
    figure = analysis.chart_of(demo, "SOTAY", "phuong an binh")
    assert isinstance(figure, Figure)
    [axes] = figure.axes
    assert (
        axes.get_title(loc="left").replace("\n", " ")
        == "Đảng viên dùng Sổ tay đảng viên điện tử — Phường An Bình"
    )
    # Every unit on one axis: twelve wards and communes, and the province in bold.
    every = analysis.chart_of(demo, "Đảng viên dùng Sổ tay đảng viên điện tử")
    [axes] = every.axes
    assert len(axes.lines) == 13 + 1  # and the target, dashed
    widths = sorted(line.get_linewidth() for line in axes.lines)
    assert widths[-1] == 2.6 and widths.count(2.6) == 1
    names = {t.get_text() for t in axes.texts}
    assert {"Tỉnh Minh Hoạ", "Xã Kim Long", "Phường Bắc Sơn"} <= names
    grid = analysis.chart_of(demo, "SOTAY", kind="grid")
    assert len([a for a in grid.axes if a.get_visible()]) == 13


def test_a_saved_chart_keeps_everything(demo: Exploration, tmp_path: Path) -> None:
    figure = analysis.chart_of(demo, "SOTAY")
    path = analysis.save_chart(figure, tmp_path / "so-tay.png")
    height, width = matplotlib.image.imread(path).shape[:2]
    drawn = figure.get_tightbbox()
    dpi = 150  # the house style's
    # Titles, names at the lines' ends, the source note below the axis: all inside.
    assert width >= drawn.width * dpi - 2 and height >= drawn.height * dpi - 2
    assert height > figure.get_figheight() * dpi  # the note lies below the figure's frame
    with pytest.raises(ValueError, match=r"dùng \.png, \.svg hoặc \.pdf"):
        analysis.save_chart(figure, tmp_path / "so-tay.gif")


def test_a_chart_prints_no_image_data_outside_jupyter(tmp_path: Path) -> None:
    script = (
        "import analysis\n"
        f"data = analysis.explore({str(DEMO)!r})\n"
        "figure = analysis.chart_of(data, 'SOTAY')\n"
        "print(repr(figure))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert run.stdout == "<Figure size 500x480 with 1 Axes>\n"


def test_the_view_follows_the_choice(demo: Exploration) -> None:
    view = demo.view("SOTAY", "Xã Kim Long", periods=("2022", "2024"))
    said = view.sentences
    assert "Đã có 631/921 đảng viên dùng Sổ tay đảng viên điện tử, đạt tỷ lệ 68,5%." in said
    assert said[-1] == (
        "Đảng viên dùng Sổ tay đảng viên điện tử (Xã Kim Long): chuỗi 3 kỳ (năm 2022 – năm "
        "2024) còn quá ngắn để kết luận xu hướng (cần ít nhất 5 kỳ)."
    )
    assert all("2019" not in s for s in view.sentences)  # the range chosen, no more
    assert "<svg" in view._repr_html_()
    from analysis.notebook import explore_widgets

    box = explore_widgets(demo)
    unit, indicator, span, _output = box.children
    assert unit.options[1:] == tuple(demo.units)
    assert indicator.options == tuple(demo.indicator_names)
    assert span.value == ("2019", "2024")


def test_excel_for_a_colleague_holds_numbers(seed: Exploration, tmp_path: Path) -> None:
    path = seed.to_excel(tmp_path / "chi-tieu.xlsx")
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    heads = [cell.value for cell in sheet[1]]
    assert heads[:4] == ["Chỉ tiêu", "Mã", "Đơn vị", "Kỳ"] and heads[-1] == "Nguồn"
    rows = {r[1].value: r for r in sheet.iter_rows(min_row=2)}
    handbook = rows["STDV"]
    # A share in per cent, as its change is in points: 98,29 shown «98,3%» (not 0,983).
    value = handbook[heads.index("Giá trị (tỷ lệ: %)")]
    assert value.value == pytest.approx(98.292412, abs=1e-6) and value.number_format == '0.0"%"'
    count = handbook[heads.index("Tử số")]
    assert (count.value, count.number_format) == (9728, "#,##0")
    assert handbook[heads.index("Nguồn")].value.endswith("› Chỉ tiêu › F7")


def test_csv_opens_in_excel_with_its_accents(seed: Exploration, tmp_path: Path) -> None:
    path = seed.to_csv(tmp_path / "chi-tieu.csv", indicator="STDV")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert HANDBOOK in text and ",98,3%," not in text and '"98,3%"' in text


def test_formula_like_text_is_neutralised(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {"indicator": ['=HYPERLINK("http://x")', "+1", "-2", "@cmd", "\tx", "Đảng viên"]}
    )
    assert [neutralise(v) for v in frame["indicator"]] == [
        '\'=HYPERLINK("http://x")',
        "'+1",
        "'-2",
        "'@cmd",
        "'\tx",
        "Đảng viên",
    ]
    csv = write_csv(frame, tmp_path / "x.csv").read_text(encoding="utf-8-sig")
    assert "\n'=HYPERLINK" in csv.replace('"', "")
    sheet = openpyxl.load_workbook(write_excel(frame, tmp_path / "x.xlsx")).active
    assert sheet is not None
    first = sheet.cell(2, 1)
    assert (first.value, first.data_type) == ('\'=HYPERLINK("http://x")', "s")


def test_every_build_option_says_what_it_does() -> None:
    import argparse

    from analysis.cli import _parser

    parser = _parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    build = commands.choices["build"]
    options = [a for a in build._actions if not isinstance(a, argparse._HelpAction)]
    assert {"--unit", "--dry-run", "--since"} <= {s for a in options for s in a.option_strings}
    assert all(a.help and " / " in a.help for a in options), [a.dest for a in options if not a.help]


def test_one_units_briefing(tmp_path: Path) -> None:
    from analysis.cli import main

    figures, reports = tmp_path / "figures", tmp_path / "reports"
    code = main(
        [
            "build",
            str(DEMO),
            "--unit",
            "phuong an binh",
            "--figures",
            str(figures),
            "--reports",
            str(reports),
            "--notebook",
            str(ROOT / "notebooks" / "briefing.ipynb"),
        ]
    )
    assert code == 0
    folder = "tinh-minh-hoa-phuong-an-binh"
    assert [p.name for p in figures.iterdir()] == [folder]  # its own folder, nothing else
    html = (reports / folder / "briefing.html").read_text(encoding="utf-8")
    assert "PHƯỜNG AN BÌNH" in html and "Xã Kim Long" not in html
    assert "<td>F30</td>" in html  # its sources are the workbook's own cells


def test_changes_name_their_unit_in_a_briefing_of_several(tmp_path: Path) -> None:
    from analysis.present.briefing import prepare_briefing

    path = write_workbook(
        tmp_path / "phuong.xlsx",
        [
            row("Đảng viên dùng sổ tay", "2021", 60, 100, unit="Phường 1"),
            row("Đảng viên dùng sổ tay", "2022", 74, 100, unit="Phường 1"),
            row("Đảng viên dùng sổ tay", "2021", 70, 100, unit="Phường 2"),
            row("Đảng viên dùng sổ tay", "2022", 72, 100, unit="Phường 2"),
        ],
    )
    said = [p for s in prepare_briefing(analysis.load(path)).sections for p in s.paragraphs]
    changes = [s for s in said if s.startswith("Năm 2022:")]
    assert changes == [
        "Năm 2022: đảng viên dùng sổ tay (Phường 1) tăng 14,0 điểm phần trăm so với năm 2021.",
        "Năm 2022: đảng viên dùng sổ tay (Phường 2) tăng 2,0 điểm phần trăm so với năm 2021.",
    ]


PROVINCE = "Tỉnh Minh Hoạ"
SOTAY = "Đảng viên dùng Sổ tay đảng viên điện tử"


def test_the_whole_charts_alone(demo: Exploration) -> None:
    figure = analysis.chart_of(demo, "SOTAY", "tinh minh hoa")
    assert isinstance(figure, Figure)
    [axes] = figure.axes
    assert axes.get_title(loc="left").replace("\n", " ") == f"{SOTAY} — {PROVINCE}"
    whole = demo.indicators(indicator="SOTAY", unit=PROVINCE).sort_values("period_start")
    assert list(axes.lines[0].get_ydata()) == pytest.approx(list(whole["value"]))
    assert len(whole) == 6 and bool(whole["is_total"].all())  # a roll-up of its wards


def test_an_input_error_is_a_notice_in_the_cell_not_a_raise(demo: Exploration) -> None:
    from analysis.notebook import Notice

    notice = analysis.chart_of(demo, "SOTAY", "Phuong Khong Co")
    assert isinstance(notice, Notice) and not notice
    said = repr(notice)
    assert said.startswith("Không có đơn vị «Phuong Khong Co». Có: Phường An Bình, ")
    assert " / No unit «Phuong Khong Co». There are: Phường An Bình, " in said
    assert notice._repr_html_().startswith('<p class="chiso-notice">⚠ Không có đơn vị «')
    missing = analysis.chart_of(demo, "Sổ tay <b>")
    assert isinstance(missing, Notice) and "«Sổ tay &lt;b&gt;»" in missing._repr_html_()
    with pytest.raises(FilterError):  # the library itself still raises
        demo.chart("SOTAY", "Phuong Khong Co")
    with pytest.raises(AttributeError):  # a programming error is not the analyst's input
        analysis.chart_of(None, "SOTAY")  # type: ignore[arg-type]


def test_units_may_be_a_list(demo: Exploration) -> None:
    two = demo.indicators(unit=["Phường An Bình", "xa kim long"])
    assert set(two["unit"]) == {"Phường An Bình", "Xã Kim Long"} and len(two) == 60
    assert len(demo.indicators(unit="Phường An Bình")) == 30  # one name still works
    figure = analysis.chart_of(demo, "SOTAY", ["Phường An Bình", "Xã Kim Long"])
    assert isinstance(figure, Figure)
    [axes] = figure.axes
    assert axes.get_title(loc="left").replace("\n", " ") == SOTAY
    named = {t.get_text() for t in axes.texts}
    assert {"Phường An Bình", "Xã Kim Long"} <= named and PROVINCE not in named
    assert len([line for line in axes.lines if len(line.get_xdata()) == 6]) == 2
    with pytest.raises(FilterError, match="Không có đơn vị «Xã Không Có»"):
        demo.indicators(unit=["Phường An Bình", "Xã Không Có"])


def test_trends_are_a_frame_of_the_json_fields(demo: Exploration) -> None:
    from analysis.present.summary import TREND_FIELDS, summarize, trend_records

    trends = demo.trends()
    assert list(trends.columns) == [
        "indicator",
        "code",
        "unit",
        "n_periods",
        "first_period",
        "last_period",
        "sen_slope_per_year",
        "mann_kendall_s",
        "mann_kendall_p",
        "text",
    ]
    assert list(trends.columns) == [name for name, _ in TREND_FIELDS]
    published = trend_records(summarize(analysis.load(DEMO)))
    assert len(trends) == len(published) == 65
    as_records = trends.astype(object).where(trends.notna(), None).to_dict("records")
    assert as_records == published
    ward = trends[(trends["code"] == "SOTAY") & (trends["unit"] == "Phường An Bình")].iloc[0]
    assert (ward["n_periods"], ward["first_period"], ward["last_period"]) == (6, "2019", "2024")
    assert ward["sen_slope_per_year"] == pytest.approx(3.249596, abs=1e-6)
    assert ward["mann_kendall_s"] == 11
    assert ward["mann_kendall_p"] == pytest.approx(0.060289, abs=1e-6)
    assert set(demo.trends(unit="Xã Kim Long")["unit"]) == {"Xã Kim Long"}


def test_a_long_table_displays_as_pandas_would(demo: Exploration) -> None:
    figures = demo.indicators()
    assert len(figures) == 390

    def body_rows(html: str | None) -> list[str]:
        assert html is not None
        return re.findall(r"<tr>\s*<td", html.split("<tbody>")[1])

    with pd.option_context("display.max_rows", 60, "display.min_rows", 10):
        html = figures._repr_html_()
        assert len(body_rows(html)) == 11  # five first, a row of '…', five last
        assert "first 5 and last 5 of 390 rows" in str(html)
        assert "5 dòng đầu và 5 dòng cuối trong 390" in str(html)
        short = figures.head(60)._repr_html_()
        assert len(body_rows(short)) == 60 and "<caption" not in str(short)
    with pd.option_context("display.max_rows", None):
        assert len(body_rows(figures._repr_html_())) == 390
    with pd.option_context("display.max_rows", 20, "display.min_rows", 0):
        assert len(body_rows(figures._repr_html_())) == 21  # min_rows 0: max_rows of them


def test_english_frames_say_everything_in_english() -> None:
    english = analysis.explore(DEMO, lang="en")
    ward = english.indicators(unit="Phường An Bình", period="2020").set_index("code")
    assert ward.loc["SOTAY", "target_status"] == "short"
    statuses = set(english.indicators()["target_status"].dropna())
    # The demo's sampled satisfaction has figures whose interval straddles the target.
    assert statuses == {"beyond", "met", "short", "cannot tell"}
    assert ward.loc["SOTAY", "change_text"] == "+3.92 percentage points"
    [axes] = english.chart("SOTAY", PROVINCE).axes
    assert axes.texts[-2].get_text().startswith("Source: tinh-minh-hoa.xlsx")


def test_submodules_are_attributes_imported_when_named() -> None:
    script = (
        "import sys, analysis\n"
        "heavy = ('pandas', 'matplotlib', 'analysis.notebook')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "print(analysis.notebook.__name__, analysis.exploring.Exploration.__name__)\n"
        "print('notebook' in dir(analysis))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert run.stdout == "[]\nanalysis.notebook Exploration\nTrue\n"
    with pytest.raises(AttributeError, match="no attribute 'notebooks'"):
        analysis.notebooks  # noqa: B018


def test_excel_writes_shares_and_changes_in_one_unit_as_numbers(
    demo: Exploration, tmp_path: Path
) -> None:
    path = demo.to_excel(tmp_path / "phuong.xlsx", unit="Phường An Bình", period="2020")
    sheet = openpyxl.load_workbook(path).active
    assert sheet is not None
    heads = [cell.value for cell in sheet[1]]
    assert "Thay đổi (tỷ lệ: điểm phần trăm; số đếm: %)" in heads
    assert "Thay đổi (chữ)" not in heads  # the change cell's own format says it
    rows = {r[heads.index("Mã")].value: r for r in sheet.iter_rows(min_row=2)}
    share = rows["SOTAY"][heads.index("Giá trị (tỷ lệ: %)")]
    change = rows["SOTAY"][heads.index("Thay đổi (tỷ lệ: điểm phần trăm; số đếm: %)")]
    ward = demo.indicators(unit="Phường An Bình", period="2020").set_index("code")
    assert share.value == pytest.approx(ward.loc["SOTAY", "value"])  # per cent, as printed
    assert (change.data_type, change.value) == ("n", pytest.approx(3.918650, abs=1e-6))
    assert change.number_format == (
        '+0.00" điểm phần trăm";-0.00" điểm phần trăm";0.00" điểm phần trăm"'
    )
    members = rows["KETNAP"][heads.index("Thay đổi (tỷ lệ: điểm phần trăm; số đếm: %)")]
    assert (members.value, members.number_format) == (70.0, '+0.0"%";-0.0"%";0.0"%"')
    texts = [c.value for r in sheet.iter_rows(min_row=2) for c in r if isinstance(c.value, str)]
    assert not [t for t in texts if t.startswith("'")]  # no number written as quoted text
    english = analysis.explore(DEMO, lang="en").to_excel(tmp_path / "en.xlsx", unit="Xã Kim Long")
    english_heads = [c.value for c in openpyxl.load_workbook(english).active[1]]  # type: ignore[index]
    assert "Change (rate: percentage points; count: %)" in english_heads


def test_a_chart_saves_at_the_dpi_asked(demo: Exploration, tmp_path: Path) -> None:
    figure = analysis.chart_of(demo, "SOTAY", "Phường An Bình")
    assert isinstance(figure, Figure)
    usual = analysis.save_chart(figure, tmp_path / "150.png")
    sharp = analysis.save_chart(figure, tmp_path / "300.png", dpi=300)
    with Image.open(usual) as small, Image.open(sharp) as large:
        assert small.info["dpi"] == pytest.approx((150, 150), abs=0.1)  # the default kept
        assert large.info["dpi"] == pytest.approx((300, 300), abs=0.1)
        # Twice the dots per inch, twice the pixels each way (text hinting aside).
        assert large.width / small.width == pytest.approx(2.0, rel=0.01)
        assert large.height / small.height == pytest.approx(2.0, rel=0.01)
    with pytest.raises(ValueError, match="Độ phân giải phải là số dương"):
        analysis.save_chart(figure, tmp_path / "0.png", dpi=0)
