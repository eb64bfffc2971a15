"""Tables laid out the ways offices lay them out, read by the one general reader: each test
builds the shape with openpyxl as an office makes it and asserts the exact figures, their
periods (first and last day), units, roles and source cells."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font

import analysis
from analysis.model.dataset import Dataset

BOLD = Font(name="Times New Roman", bold=True, size=13)


def _book(
    path: Path,
    lines: Sequence[Sequence[object]],
    *,
    merged: Sequence[str] = (),
    sheet: str = "Sheet1",
    bold_rows: Sequence[int] = (),
) -> Path:
    book = openpyxl.Workbook()
    form = book.active
    assert form is not None
    form.title = sheet
    for line in lines:
        form.append(list(line))
    for number in bold_rows:
        for cell in form[number]:
            cell.font = BOLD
            cell.alignment = Alignment(wrap_text=True, horizontal="center")
    for cells in merged:
        form.merge_cells(cells)
    book.save(path)
    return path


def _figures(dataset: Dataset, *fields: str) -> list[tuple[Any, ...]]:
    frame = dataset.observations
    return [
        tuple(None if isinstance(v, float) and v != v else v for v in row)
        for row in frame[list(fields)].itertuples(index=False)
    ]


def _days(dataset: Dataset) -> set[tuple[str, str]]:
    frame = dataset.observations
    return {
        (str(start)[:10], str(end)[:10])
        for start, end in zip(frame["period_start"], frame["period_end"], strict=True)
    }


def _codes(dataset: Dataset) -> list[tuple[str, str | None]]:
    return [(p.code, p.cell) for p in dataset.problems]


def test_a_word_table_pasted_into_excel(tmp_path: Path) -> None:
    # Line breaks inside header cells, counts typed with their unit ('12 đ/c'), the
    # organisation and the period in the title block.
    path = _book(
        tmp_path / "dan-tu-word.xlsx",
        [
            ["ĐẢNG ỦY PHƯỜNG\nNGHĨA CHÁNH"],
            ["KẾT QUẢ CÔNG TÁC ĐẢNG VIÊN\n6 THÁNG ĐẦU NĂM 2024"],
            [],
            ["TT", "Nội dung", "Số\nlượng", "Ghi chú"],
            ["1", "Đảng viên mới kết nạp", "12 đ/c", ""],
            ["2", "Đảng viên được tặng Huy hiệu Đảng", "7 đ/c", "đợt 19/5"],
        ],
        bold_rows=[4],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert _figures(dataset, "indicator", "unit", "period", "numerator", "cell_numerator") == [
        ("Đảng viên mới kết nạp", "ĐẢNG ỦY PHƯỜNG NGHĨA CHÁNH", "2024S1", 12.0, "C5"),
        ("Đảng viên được tặng Huy hiệu Đảng", "ĐẢNG ỦY PHƯỜNG NGHĨA CHÁNH", "2024S1", 7.0, "C6"),
    ]
    assert list(dataset.observations["measure"]) == ["đ/c", "đ/c"]
    assert _days(dataset) == {("2024-01-01", "2024-06-30")}
    [table] = dataset.tables
    assert (table.range, table.header_rows, table.period_source, table.unit_source) == (
        "A4:D6",
        (4,),
        "title cell A2",
        "title cell A1",
    )


def test_a_pivot_table_export(tmp_path: Path) -> None:
    # Excel's own layout: the summed field in the corner, 'Row Labels', years across and
    # 'Grand Total' as a row and as a column (totals: checked, never a unit or a year).
    path = _book(
        tmp_path / "pivot.xlsx",
        [
            ["Sum of Đảng viên mới kết nạp", "Column Labels"],
            ["Row Labels", 2022, 2023, "Grand Total"],
            ["Huyện Sơn Tịnh", 10, 12, 22],
            ["Huyện Tư Nghĩa", 5, 7, 13],
            ["Grand Total", 15, 19, 34],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok
    got = _figures(dataset, "indicator", "unit", "period", "numerator", "cell_numerator")
    assert got == [
        ("Đảng viên mới kết nạp", "Huyện Sơn Tịnh", "2022", 10.0, "B3"),
        ("Đảng viên mới kết nạp", "Huyện Sơn Tịnh", "2023", 12.0, "C3"),
        ("Đảng viên mới kết nạp", "Huyện Tư Nghĩa", "2022", 5.0, "B4"),
        ("Đảng viên mới kết nạp", "Huyện Tư Nghĩa", "2023", 7.0, "C4"),
    ]
    # The row total matches its units; the column total of Tư Nghĩa says 13, not 12.
    assert ("total_column_mismatch", "D4") in _codes(dataset)
    assert ("total_mismatch", "B5") not in _codes(dataset)
    units = set(dataset.observations["unit"])
    assert "Grand Total" not in units
    totals = dataset.totals
    assert set(totals["cell_numerator"]) >= {"B5", "C5", "D3", "D4"}


def test_a_unit_merged_down_over_its_indicator_rows(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "gop-don-vi.xlsx",
        [
            ["BIỂU THỐNG KÊ NĂM 2023"],
            ["STT", "Đơn vị", "Chỉ tiêu", "Số lượng"],
            [1, "Xã Tịnh Hà", "Đảng viên mới kết nạp", 5],
            [None, None, "Đảng viên bị khai trừ", 1],
            [2, "Xã Tịnh Sơn", "Đảng viên mới kết nạp", 3],
            [None, None, "Đảng viên bị khai trừ", 0],
        ],
        merged=["B3:B4", "B5:B6", "A3:A4", "A5:A6"],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert _figures(dataset, "unit", "indicator", "numerator", "cell_numerator") == [
        ("Xã Tịnh Hà", "Đảng viên mới kết nạp", 5.0, "D3"),
        ("Xã Tịnh Hà", "Đảng viên bị khai trừ", 1.0, "D4"),
        ("Xã Tịnh Sơn", "Đảng viên mới kết nạp", 3.0, "D5"),
        ("Xã Tịnh Sơn", "Đảng viên bị khai trừ", 0.0, "D6"),
    ]
    assert _days(dataset) == {("2023-01-01", "2023-12-31")}


def test_two_stacked_tables_each_with_its_title(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "hai-bieu.xlsx",
        [
            ["ĐẢNG BỘ HUYỆN SƠN TỊNH"],
            ["Biểu 1: SỐ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2023"],
            ["STT", "Đơn vị", "Số lượng"],
            [1, "Xã Tịnh Hà", 5],
            [2, "Xã Tịnh Sơn", 3],
            [None, "Cộng", 8],
            [],
            ["Biểu 2: TỶ LỆ ĐẢNG VIÊN DÙNG SỔ TAY ĐIỆN TỬ, 6 THÁNG ĐẦU NĂM 2024"],
            ["STT", "Đơn vị", "Số đảng viên dùng", "Tổng số đảng viên", "Tỷ lệ (%)"],
            [1, "Xã Tịnh Hà", 400, 420, 95.2],
            [2, "Xã Tịnh Sơn", 300, 315, 95.2],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _figures(
        dataset, "indicator", "unit", "period", "numerator", "denominator", "cell_numerator"
    )
    assert got[:2] == [
        ("Số đảng viên mới kết nạp", "Xã Tịnh Hà", "2023", 5.0, None, "C4"),
        ("Số đảng viên mới kết nạp", "Xã Tịnh Sơn", "2023", 3.0, None, "C5"),
    ]
    rates = [g for g in got if g[2] == "2024S1"]
    assert [(g[1], g[3], g[4], g[5]) for g in rates] == [
        ("Xã Tịnh Hà", 400.0, 420.0, "C10"),
        ("Xã Tịnh Sơn", 300.0, 315.0, "C11"),
    ]
    assert {g[0] for g in rates} == {"Tỷ lệ đảng viên dùng sổ tay điện tử"}
    assert [t.range for t in dataset.tables] == ["A3:C6", "A9:E11"]
    assert [t.number for t in dataset.tables] == [1, 2]
    # The 'Cộng' row is a total of its table, checked (5 + 3 = 8), never a unit.
    assert "Cộng" not in set(dataset.observations["unit"])


def test_periods_down_the_rows(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "ky-theo-dong.xlsx",
        [
            ["ĐẢNG ỦY XÃ TỊNH ẤN TÂY"],
            ["STT", "Chỉ tiêu", "Số lượng"],
            ["", "Năm 2022", None],
            [1, "Đảng viên mới kết nạp", 6],
            [2, "Đảng viên được tặng Huy hiệu", 4],
            ["", "Năm 2023", None],
            [1, "Đảng viên mới kết nạp", 8],
            [2, "Đảng viên được tặng Huy hiệu", 5],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert _figures(dataset, "indicator", "period", "numerator", "cell_numerator") == [
        ("Đảng viên mới kết nạp", "2022", 6.0, "C4"),
        ("Đảng viên được tặng Huy hiệu", "2022", 4.0, "C5"),
        ("Đảng viên mới kết nạp", "2023", 8.0, "C7"),
        ("Đảng viên được tặng Huy hiệu", "2023", 5.0, "C8"),
    ]
    assert dataset.tables[0].period_source == "heading rows"


def test_year_groups_over_a_count_and_its_rate(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "nhom-nam.xlsx",
        [
            ["ĐẢNG BỘ TỈNH QUẢNG NGÃI"],
            ["TỶ LỆ ĐẢNG VIÊN NỮ"],
            ["STT", "Đơn vị", "Năm 2022", None, "Năm 2023", None],
            [None, None, "Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"],
            [1, "Huyện Sơn Tịnh", 120, 28.5, 130, 29.1],
            [2, "Huyện Tư Nghĩa", 95, 25.0, 101, 26.2],
            [None, "Toàn tỉnh", 215, 26.9, 231, 27.8],
        ],
        merged=["C3:D3", "E3:F3", "A3:A4", "B3:B4"],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _figures(dataset, "unit", "period", "numerator", "printed_rate", "cell_rate")
    assert got == [
        ("Huyện Sơn Tịnh", "2022", 120.0, 28.5, "D5"),
        ("Huyện Sơn Tịnh", "2023", 130.0, 29.1, "F5"),
        ("Huyện Tư Nghĩa", "2022", 95.0, 25.0, "D6"),
        ("Huyện Tư Nghĩa", "2023", 101.0, 26.2, "F6"),
    ]
    # 'Toàn tỉnh' among the units is their total: checked, not a unit, and its rate is
    # never the sum of the units' rates.
    assert "Toàn tỉnh" not in set(dataset.observations["unit"])
    totals = dataset.totals
    assert list(totals["numerator"]) == [215.0, 231.0]
    assert list(totals["printed_rate"]) == [26.9, 27.8]


def test_a_statistics_form_with_codes_a_letter_row_and_notes(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "thong-ke.xlsx",
        [
            ["Biểu số 01/TK-ĐV"],
            ["ĐẢNG BỘ TỈNH PHÚ YÊN"],
            ["SỐ LƯỢNG ĐẢNG VIÊN NĂM 2022 (tính đến ngày 30/11/2022)"],
            ["Chỉ tiêu", "Mã số", "Tổng số", "Trong đó: Nữ", "Ghi chú"],
            ["A", "B", 1, 2, "C"],
            ["Tổng số đảng viên", "01", 9897, 3200, None],
            ["Đảng viên mới kết nạp", "02", 120, 40, None],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _figures(dataset, "indicator", "code", "period", "numerator", "cell_numerator")
    assert got == [
        ("Tổng số đảng viên", "01", "2022-11-30", 9897.0, "C6"),
        ("Nữ", None, "2022-11-30", 3200.0, "D6"),
        ("Đảng viên mới kết nạp", "02", "2022-01-01/2022-11-30", 120.0, "C7"),
        ("Nữ", None, "2022-01-01/2022-11-30", 40.0, "D7"),
    ]
    assert "A" not in set(dataset.observations["indicator"])  # the letter row is not data
    assert list(dataset.observations["parent"])[1] == "Tổng số đảng viên"


def test_english_headers_from_a_web_system(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "export.xlsx",
        [
            ["No.", "Indicator", "Province", "Year", "Numerator", "Denominator", "Rate (%)"],
            [1, "Members using the e-handbook", "Quảng Ngãi", 2024, 9728, 9897, 98.3],
            [2, "Satisfied ratings", "Quảng Ngãi", 2023, 377, 10616, 3.6],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _figures(dataset, "indicator", "unit", "period", "numerator", "denominator")
    assert got == [
        ("Members using the e-handbook", "Quảng Ngãi", "2024", 9728.0, 9897.0),
        ("Satisfied ratings", "Quảng Ngãi", "2023", 377.0, 10616.0),
    ]


def test_a_title_block_with_a_date_line(tmp_path: Path) -> None:
    # The date the document was signed is never the figures' period; a title that says
    # 'quý I năm 2021 (tính từ 16/12/2020 đến 15/3/2021)' means those days.
    path = _book(
        tmp_path / "ngay-thang.xlsx",
        [
            ["ĐẢNG BỘ TỈNH PHÚ YÊN", None, None, "ĐẢNG CỘNG SẢN VIỆT NAM"],
            ["ĐẢNG ỦY KHỐI CƠ QUAN", None, None, "Phú Yên, ngày 12 tháng 7 năm 2023"],
            ["BÁO CÁO KẾT QUẢ KIỂM TRA, GIÁM SÁT QUÝ I NĂM 2021"],
            ["(tính từ 16/12/2020 đến 15/3/2021)"],
            ["STT", "Chỉ tiêu", "ĐVT", "Số lượng"],
            [1, "Cuộc kiểm tra đã thực hiện", "cuộc", 14],
            [2, "Tổ chức đảng được giám sát", "tổ chức", 9],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert set(dataset.observations["period"]) == {"2020-12-16/2021-03-15"}
    assert _days(dataset) == {("2020-12-16", "2021-03-15")}
    assert set(dataset.observations["unit"]) == {"ĐẢNG ỦY KHỐI CƠ QUAN"}


def test_an_office_named_with_its_parent_line(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "van-phong.xlsx",
        [
            ["UBND TỈNH PHÚ YÊN"],
            ["VĂN PHÒNG"],
            ["KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH NĂM 2023"],
            ["STT", "Chỉ tiêu", "Số lượng"],
            [1, "Hồ sơ tiếp nhận", 1520],
            [2, "Hồ sơ giải quyết đúng hạn", 1498],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert set(dataset.observations["unit"]) == {"Văn phòng UBND tỉnh Phú Yên"}


def test_ranks_changes_and_rates_are_never_figures_or_added(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "xep-hang.xlsx",
        [
            ["ĐẢNG BỘ TỈNH QUẢNG NGÃI"],
            ["TỶ LỆ HỒ SƠ GIẢI QUYẾT ĐÚNG HẠN NĂM 2023"],
            ["STT", "Đơn vị", "Tỷ lệ (%)", "Thay đổi (điểm %)", "Xếp hạng"],
            [1, "Huyện Sơn Tịnh", 97.5, 1.2, 1],
            [2, "Huyện Tư Nghĩa", 93.0, -0.4, 2],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _figures(dataset, "unit", "numerator", "measure", "cell_numerator")
    assert got == [
        ("Huyện Sơn Tịnh", 97.5, "%", "C4"),
        ("Huyện Tư Nghĩa", 93.0, "%", "C5"),
    ]
    [table] = dataset.tables
    assert {(n.cells, n.reason_en) for n in table.numbers_not_read} == {
        ("D4:D5", "a change, not a figure"),
        ("E4:E5", "a rank, which does not add up"),
    }
    summary = analysis.summarize(dataset)
    assert set(summary["text"]) == {"97,5%", "93%"}
    assert not summary["is_total"].any()  # two rates are never added into a total
    from analysis.present.briefing import prepare_briefing

    said = [p for s in prepare_briefing(dataset).sections for p in s.paragraphs]
    assert (
        "Tỷ lệ hồ sơ giải quyết đúng hạn: các đơn vị chỉ báo cáo tỷ lệ, không kèm tử số và mẫu "
        "số, nên không tính được tỷ lệ chung cho 2 đơn vị (tỷ lệ không cộng dồn được)."
    ) in said


def test_two_tables_side_by_side(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "canh-nhau.xlsx",
        [
            ["ĐẢNG ỦY XÃ TỊNH HÀ"],
            ["Biểu 1: NĂM 2022", None, None, None, "Biểu 2: NĂM 2023"],
            ["Chỉ tiêu", "Số lượng", None, None, "Chỉ tiêu", "Số lượng"],
            ["Đảng viên mới kết nạp", 6, None, None, "Đảng viên mới kết nạp", 8],
            ["Đảng viên được tặng Huy hiệu", 4, None, None, "Đảng viên được tặng Huy hiệu", 5],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert sorted(_figures(dataset, "indicator", "period", "numerator", "cell_numerator")) == [
        ("Đảng viên mới kết nạp", "2022", 6.0, "B4"),
        ("Đảng viên mới kết nạp", "2023", 8.0, "F4"),
        ("Đảng viên được tặng Huy hiệu", "2022", 4.0, "B5"),
        ("Đảng viên được tặng Huy hiệu", "2023", 5.0, "F5"),
    ]
    assert [t.range for t in dataset.tables] == ["A3:B5", "E3:F5"]
    assert {t.period_source for t in dataset.tables} == {"title cell A2", "title cell E2"}


def test_a_stated_scope_is_the_unit_not_the_office(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "pham-vi.xlsx",
        [
            ["TỈNH ỦY QUẢNG NGÃI"],
            ["BAN TỔ CHỨC"],
            ["SỐ LIỆU ĐẢNG VIÊN TOÀN TỈNH NĂM 2023"],
            ["STT", "Chỉ tiêu", "Số lượng"],
            [1, "Đảng viên mới kết nạp", 1520],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert list(dataset.observations["unit"]) == ["Tỉnh Quảng Ngãi"]
    assert dataset.tables[0].unit_source == "title cell A3"


def test_a_flow_counted_only_to_a_day_is_refused_with_the_line_that_settles_it(
    tmp_path: Path,
) -> None:
    lines = [
        ["ĐẢNG ỦY XÃ TỊNH HÀ"],
        ["SỐ LIỆU TÍNH ĐẾN NGÀY 30/11/2022"],
        ["STT", "Chỉ tiêu", "Số lượng"],
        [1, "Tổng số đảng viên", 420],
        [2, "Đảng viên mới kết nạp", 8],
    ]
    dataset = analysis.load(_book(tmp_path / "den-ngay.xlsx", lines))
    [problem] = [p for p in dataset.problems if p.severity == "error"]
    assert (problem.code, problem.cell) == ("reading_ambiguous", "A2")
    assert "«Đảng viên mới kết nạp»" in problem.message_vi
    assert "Biểu 1: kỳ từ 01/01/2022 đến 30/11/2022" in problem.message_vi
    assert dataset.observations.empty
    # A stock alone is counted at that day.
    stocks = analysis.load(_book(tmp_path / "ton.xlsx", lines[:4]))
    assert stocks.ok
    assert _figures(stocks, "indicator", "period", "numerator") == [
        ("Tổng số đảng viên", "2022-11-30", 420.0)
    ]


def test_a_count_and_its_rate_in_separate_tables_are_one_figure(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "hai-bang.xlsx",
        [
            ["ĐẢNG BỘ HUYỆN SƠN TỊNH"],
            ["Biểu 1: SỐ LƯỢNG NĂM 2023"],
            ["Chỉ tiêu", "Đơn vị", "Số lượng"],
            ["Đảng viên nữ", "Xã Tịnh Hà", 120],
            ["Đảng viên nữ", "Xã Tịnh Sơn", 95],
            [],
            ["Biểu 2: TỶ LỆ NĂM 2023"],
            ["Chỉ tiêu", "Đơn vị", "Tỷ lệ (%)"],
            ["Đảng viên nữ", "Xã Tịnh Hà", 28.5],
            ["Đảng viên nữ", "Xã Tịnh Sơn", 25.0],
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _figures(dataset, "unit", "numerator", "printed_rate", "cell_numerator", "cell_rate")
    assert got == [
        ("Xã Tịnh Hà", 120.0, 28.5, "C4", "C9"),
        ("Xã Tịnh Sơn", 95.0, 25.0, "C5", "C10"),
    ]
    rows = analysis.summary_records(analysis.summarize(dataset))
    assert [(r["text"], r["printed_rate_text"]) for r in rows if not r["is_total"]] == [
        ("120", "28,5%"),
        ("95", "25%"),
    ]
