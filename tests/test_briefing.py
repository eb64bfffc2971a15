"""The briefing's layout: sections by theme, which chart each gets, escaping."""

from __future__ import annotations

import datetime as dt

from conftest import WorkbookFactory
from workbooks import BUNDLED, row

import analysis
from analysis.present.briefing import plan_overview, prepare_briefing, slugify
from analysis.present.charts import row_labels


def test_sections_and_charts_of_the_bundled_workbook() -> None:
    briefing = prepare_briefing(
        analysis.load(BUNDLED),
        organisation="Thành ủy Quảng Ngãi",
        place="Quảng Ngãi",
        report_date=dt.date(2024, 7, 1),
    )
    plan = {s.title: [c.kind for c in s.charts] for s in briefing.sections}
    assert plan == {
        "Thực hiện nhiệm vụ": ["progress"],
        "Sổ tay đảng viên điện tử": ["rate_of_whole"],
        "Công tác cán bộ": ["progress"],
        "Văn bản quy phạm pháp luật": ["progress"],
        "Đảng viên ra khỏi Đảng": ["counts"],
        "Đối thoại với Nhân dân": ["counts"],
        "Mức độ hài lòng của người dân": ["composition"],  # ratings received: no sample
    }
    assert briefing.place_date() == "Quảng Ngãi, ngày 01 tháng 7 năm 2024"
    assert "THÀNH ỦY QUẢNG NGÃI" in briefing.title_html()
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in briefing.title_html()
    handbook = next(s for s in briefing.sections if s.title == "Sổ tay đảng viên điện tử")
    assert handbook.paragraphs[0] == (  # with the report's own caveat, in its words
        "Đã có 9.728/9.897 đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử (đảng bộ, chi bộ "
        "công an và Quân sự cấp thành phố, cấp xã có văn bản không tham gia), đạt tỷ lệ 98,3%."
    )


def test_english_date_line() -> None:
    briefing = prepare_briefing(
        analysis.load(BUNDLED), lang="en", place="Quảng Ngãi", report_date=dt.date(2024, 2, 3)
    )
    assert briefing.place_date() == "Quảng Ngãi, 3 February 2024"


def test_workbook_text_is_escaped_in_html(make_workbook: WorkbookFactory) -> None:
    hostile = '<script>alert("x")</script> & <b>'
    path = make_workbook([row(hostile, "2024", 5, 10, unit="<img src=x onerror=1>")])
    briefing = prepare_briefing(analysis.load(path), organisation="<i>Ban</i>")
    fragments = [briefing.title_html(), briefing.contents_html(), briefing.appendix_html()]
    fragments += [
        briefing.section_heading_html(s) + briefing.section_text_html(s) for s in briefing.sections
    ]
    page = "".join(fragments)
    assert "<script>" not in page and "<img" not in page and "<i>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &lt;b&gt;" in page


def test_slugs_are_ascii_and_stable() -> None:
    assert slugify("Mức độ hài lòng của người dân") == "muc-do-hai-long-cua-nguoi-dan"
    assert slugify("Đảng viên ra khỏi Đảng") == "dang-vien-ra-khoi-dang"


def test_groups_over_several_periods_are_told_period_by_period(
    make_workbook: WorkbookFactory,
) -> None:
    path = make_workbook(
        [
            row("cho ra khỏi Đảng", "2023", 10, group="Ra khỏi Đảng", measure="đảng viên"),
            row("xoá tên", "2023", 20, group="Ra khỏi Đảng", measure="đảng viên"),
            row("cho ra khỏi Đảng", "2024", 1, group="Ra khỏi Đảng", measure="đảng viên"),
            row("xoá tên", "2024", 2, group="Ra khỏi Đảng", measure="đảng viên"),
        ]
    )
    briefing = prepare_briefing(analysis.load(path))
    text = " ".join(briefing.sections[0].paragraphs)
    assert "tổng cộng 30 đảng viên, trong đó: cho ra khỏi Đảng 10 đảng viên và xoá tên 20" in text
    assert "tổng cộng 3 đảng viên, trong đó: cho ra khỏi Đảng 1 đảng viên và xoá tên 2" in text
    # A count's change in units and in per cent, but in counts alone on a base under 20;
    # that a full count's change is exact is said once, in the method note.
    assert "Năm 2024: cho ra khỏi Đảng giảm 9 đảng viên, từ 10 xuống 1 so với năm 2023." in text
    assert "Năm 2024: xoá tên giảm 18 đảng viên (90%) so với năm 2023." in text


def test_the_period_parameter_selects_the_figures(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [row("A", "2022", 80, 100), row("A", "2023", 90, 100), row("A", "2024", 95, 100)]
    )
    briefing = prepare_briefing(analysis.load(path), period="2023")
    assert list(briefing.summary["period"]) == ["2022", "2023"]
    assert [c.kind for c in briefing.sections[0].charts] == ["rate_trend", "rate_of_whole"]
    assert (
        "Năm 2023: A tăng 10,0 điểm phần trăm so với năm 2022." in briefing.sections[0].paragraphs
    )


def test_several_units_are_charted_apart_and_labelled(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("rất hài lòng", "2024", 90, 100, group="Hài lòng", unit="Phường 1"),
            row("hài lòng", "2024", 10, 100, group="Hài lòng", unit="Phường 1"),
            row("rất hài lòng", "2024", 40, 50, group="Hài lòng", unit="Phường 2"),
            row("hài lòng", "2024", 10, 50, group="Hài lòng", unit="Phường 2"),
            row("Đảng viên dùng sổ tay", "2024", 5, 7, unit="Phường 1"),
            row("Đảng viên dùng sổ tay", "2024", 6, 7, unit="Phường 2"),
        ]
    )
    briefing = prepare_briefing(analysis.load(path))
    titles = [c.title for s in briefing.sections for c in s.charts]
    assert "Hài lòng — Phường 1" in titles and "Hài lòng — Phường 2" in titles
    rows = briefing.summary[briefing.summary["indicator"] == "Đảng viên dùng sổ tay"]
    # The two wards, then their roll-up: 11/14, recomputed from the sums.
    assert row_labels(rows.to_dict("records")) == ["Phường 1", "Phường 2", "Tổng các đơn vị"]
    assert list(rows["ratio_text"]) == ["5/7", "6/7", "11/14"]


def test_many_rows_make_a_few_readable_charts(make_workbook: WorkbookFactory) -> None:
    rows = [
        row("Đảng viên dùng sổ tay", "2024", 50 + i % 40, 100, unit=f"Chi bộ {i:03d}")
        for i in range(500)
    ]
    briefing = prepare_briefing(analysis.load(make_workbook(rows)))
    [section] = briefing.sections
    # 500 units: one ranked chart of the ten highest and the ten lowest.
    [chart] = section.charts
    assert chart.kind == "progress" and len(chart.rows) == 20
    assert chart.title == "Đảng viên dùng sổ tay (10 cao nhất và 10 thấp nhất / 500 đơn vị)"
    assert list(chart.rows["numerator"].iloc[[0, 9, 10, 19]]) == [89, 89, 50, 50]
    # Every row stays in the summary table, then the 500 cells' roll-up: 34.550/50.000.
    assert len(briefing.summary) == 501
    whole = briefing.summary.iloc[-1]
    assert (whole["unit"], whole["ratio_text"], whole["text"]) == (
        "Tổng các đơn vị",
        "34.550/50.000",
        "69,1%",
    )


def test_sentences_name_the_unit_and_rates_without_counts(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("Đảng viên hoàn thành tốt nhiệm vụ", "2023", 362, 412, unit="Xã Thiên Lộc"),
            row("Đảng viên hoàn thành tốt nhiệm vụ", "2023", 341, 388, unit="Xã Thuần Thiện"),
            row("Tỷ lệ hộ nghèo", "2023", "2,45%", unit="Huyện Can Lộc"),
        ]
    )
    briefing = prepare_briefing(analysis.load(path))
    sentences = [p for s in briefing.sections for p in s.paragraphs]
    assert (
        "Xã Thiên Lộc: đã có 362/412 đảng viên hoàn thành tốt nhiệm vụ, chiếm tỷ lệ 87,9%."
        in sentences
    )
    assert "Tỷ lệ hộ nghèo: 2,45%." in sentences  # its own section: one unit, no prefix
    kinds = {c.title: c.kind for s in briefing.sections for c in s.charts}
    assert kinds["Đảng viên hoàn thành tốt nhiệm vụ"] == "progress"  # ward against ward


def test_the_briefing_opens_with_what_matters(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("Đảng viên dùng sổ tay", "2023", 60, 80, unit="Phường 1"),
            row("Đảng viên dùng sổ tay", "2023", 70, 80, unit="Phường 2"),
            row("Đảng viên dùng sổ tay", "2024", 70, 80, unit="Phường 1"),
            row("Đảng viên dùng sổ tay", "2024", 78, 80, unit="Phường 2"),
        ],
        catalogue=[["Chỉ tiêu", "Chiều", "Mục tiêu"], ["Đảng viên dùng sổ tay", "tăng", 90]],
    )
    briefing = prepare_briefing(analysis.load(path))
    blocks = dict(plan_overview(briefing.summary))
    # The whole first (148/160 = 92,5% against 90%), the ward behind its target with its gap
    # and its change, the whole's change, then the units that clearly improved.
    assert blocks["Kết quả chung"] == [
        "Tổng các đơn vị đạt 1/1 mục tiêu.",
        "Tổng các đơn vị: đã có 148/160 đảng viên dùng sổ tay, đạt tỷ lệ 92,5%.",
    ]
    assert blocks["Nơi cần tập trung chỉ đạo (xa mục tiêu nhất trước)"] == [
        "Phường 1: đảng viên dùng sổ tay 87,5% (mục tiêu 90%, còn thiếu 2,5 điểm phần trăm); "
        "tăng 12,5 điểm phần trăm so với năm 2023."
    ]
    assert blocks["So với kỳ liền trước"] == [
        "Năm 2024: đảng viên dùng sổ tay (Tổng các đơn vị) tăng 11,3 điểm phần trăm so với "
        "năm 2023."
    ]
    assert blocks["Đơn vị tiến bộ rõ nhất so với kỳ trước"] == [
        "Phường 1: đảng viên dùng sổ tay tăng 12,5 điểm phần trăm so với năm 2023.",
        "Phường 2: đảng viên dùng sổ tay tăng 10,0 điểm phần trăm so với năm 2023.",
    ]
    page = briefing.overview_html()
    assert page.startswith('<section class="chiso-overview"><h2 id="tom-tat">Tóm tắt</h2>')
    contents = briefing.contents_html()
    assert contents.index("Tóm tắt") < contents.index("Phụ lục: Tổng hợp các chỉ tiêu")
