"""Office tables that an earlier reading got wrong, read right: each test is the shape of a
workbook a new user tried (subtotal rows of groups, a pivot's groups, units split under
'Chia ra', counts sharing one base, side-by-side tables with row numbers, a placeless
office over its place, a statistics form, plans written as ranges, a refused table beside
read ones, periods in short forms)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl

import analysis
from analysis.model.dataset import Dataset


def _book(
    path: Path,
    sheets: dict[str, Sequence[Sequence[object]]],
    *,
    merged: dict[str, Sequence[str]] | None = None,
) -> Path:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    for name, lines in sheets.items():
        sheet = book.create_sheet(name)
        for line in lines:
            sheet.append(list(line))
        for area in (merged or {}).get(name, ()):
            sheet.merge_cells(area)
    book.save(path)
    return path


def _rows(dataset: Dataset, *fields: str, totals: bool = False) -> list[tuple[Any, ...]]:
    frame = dataset.totals if totals else dataset.observations
    return [
        tuple(None if isinstance(v, float) and v != v else v for v in row)
        for row in frame[list(fields)].itertuples(index=False)
    ]


def _codes(dataset: Dataset) -> list[tuple[str, str | None]]:
    return [(p.code, p.cell) for p in dataset.problems]


def test_a_groups_subtotal_row_is_checked_never_a_unit(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "khoi.xlsx",
        {
            "Biểu 02": [
                ["HUYỆN ỦY PHÙ CÁT"],
                ["SỐ LƯỢNG ĐẢNG VIÊN 6 THÁNG ĐẦU NĂM 2024"],
                ["STT", "Đơn vị", "Tổng số đảng viên", "Đảng viên mới kết nạp"],
                ["I", "KHỐI XÃ", 300, 7],
                [1, "Đảng bộ xã Cát Tiến", 180, 4],
                [2, "Đảng bộ xã Cát Hải", 120, 3],
                ["II", "KHỐI CƠ QUAN", 50, 2],
                [3, "Chi bộ Phòng Nội vụ", 30, 1],
                [4, "Chi bộ Phòng Tư pháp", 21, 1],
                [None, "Tổng cộng", 351, 9],
            ]
        },
    )
    dataset = analysis.load(path)
    units = {u for (u,) in _rows(dataset, "unit")}
    assert units == {
        "Đảng bộ xã Cát Tiến",
        "Đảng bộ xã Cát Hải",
        "Chi bộ Phòng Nội vụ",
        "Chi bộ Phòng Tư pháp",
    }
    # 30 + 21 = 51, not the 50 the group's row says; the grand total adds the units only.
    assert ("group_total_mismatch", "C7") in _codes(dataset)
    assert ("total_mismatch", "C10") not in _codes(dataset)
    totals = _rows(dataset, "unit", "indicator", "numerator", "cell_numerator", totals=True)
    assert ("KHỐI XÃ", "Tổng số đảng viên", 300.0, "C4") in totals


def test_a_pivot_tables_groups_and_blank_row(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "pivot.xlsx",
        {
            "Pivot": [
                ["Kỳ báo cáo", "6 tháng đầu năm 2024"],
                [],
                ["Row Labels", "Sum of Tổng số đảng viên", "Sum of Đảng viên nữ"],
                ["Khối xã", 798, 292],
                ["Xã An Dân", 410, 150],
                ["Xã An Định", 388, 142],
                ["Khối cơ quan", 24, 11],
                ["Chi bộ Phòng Nội vụ", 15, 7],
                ["Chi bộ Phòng Tư pháp", 9, 4],
                ["(blank)", 3, 1],
                ["Grand Total", 825, 304],
            ]
        },
    )
    dataset = analysis.load(path)
    units = sorted({u for (u,) in _rows(dataset, "unit")})
    assert units == ["Chi bộ Phòng Nội vụ", "Chi bộ Phòng Tư pháp", "Xã An Dân", "Xã An Định"]
    assert set(dataset.observations["period"]) == {"2024S1"}
    # The '(blank)' row is said, not read as a unit named '(blank)'.
    assert ("numbers_not_read", "B10") in _codes(dataset)
    assert {"Khối xã", "Khối cơ quan"} <= {u for (u,) in _rows(dataset, "unit", totals=True)}


def test_units_split_under_chia_ra_beside_the_whole_district(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "chia-ra.xlsx",
        {
            "Biểu 3": [
                ["UBND HUYỆN TUY AN"],
                ["KẾT QUẢ PHONG TRÀO VĂN HÓA NĂM 2023"],
                ["TT", "Chỉ tiêu", "ĐVT", "Toàn huyện", "Chia ra", None],
                [None, None, None, None, "Xã An Dân", "Xã An Ninh Đông"],
                ["1", "Số hộ gia đình", "Hộ", 8190, 4210, 3980],
                ["2", "Tỷ lệ hộ gia đình văn hóa", "%", 93.2, 92.76, 93.52],
            ]
        },
        merged={"Biểu 3": ["E3:F3", "A3:A4", "B3:B4", "C3:C4", "D3:D4"]},
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _rows(dataset, "indicator", "unit", "numerator", "parent", "cell_numerator")
    assert got == [
        ("Số hộ gia đình", "Xã An Dân", 4210.0, None, "E5"),
        ("Số hộ gia đình", "Xã An Ninh Đông", 3980.0, None, "F5"),
        ("Tỷ lệ hộ gia đình văn hóa", "Xã An Dân", 92.76, None, "E6"),
        ("Tỷ lệ hộ gia đình văn hóa", "Xã An Ninh Đông", 93.52, None, "F6"),
    ]
    wholes = _rows(dataset, "unit", "numerator", totals=True)
    assert ("Toàn huyện", 8190.0) in wholes
    assert dataset.problems == []  # 4210 + 3980 = 8190; the rates are not added up


def test_two_counts_sharing_one_base_each_with_its_rate(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "ho-ngheo.xlsx",
        {
            "Hộ nghèo": [
                ["UBND HUYỆN SÔNG HINH"],
                ["KẾT QUẢ RÀ SOÁT HỘ NGHÈO NĂM 2023"],
                [
                    "STT",
                    "Xã, thị trấn",
                    "Tổng số hộ",
                    "Số hộ nghèo",
                    "Tỷ lệ hộ nghèo (%)",
                    "Số hộ cận nghèo",
                    "Tỷ lệ hộ cận nghèo (%)",
                ],
                [1, "Xã Ea Bar", 2150, 301, 14, 188, 8.74],
                [2, "Xã Sông Hinh", 1420, 265, 18.66, 140, 9.86],
            ]
        },
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _rows(dataset, "indicator", "unit", "numerator", "denominator", "printed_rate")
    assert got == [
        ("Tỷ lệ hộ nghèo", "Xã Ea Bar", 301.0, 2150.0, 14.0),
        ("Tỷ lệ hộ cận nghèo", "Xã Ea Bar", 188.0, 2150.0, 8.74),
        ("Tỷ lệ hộ nghèo", "Xã Sông Hinh", 265.0, 1420.0, 18.66),
        ("Tỷ lệ hộ cận nghèo", "Xã Sông Hinh", 140.0, 1420.0, 9.86),
    ]


def test_side_by_side_tables_with_row_numbers_keep_their_own_units(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "hai-ben.xlsx",
        {
            "So sánh": [
                ["ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH"],
                ["SỐ ĐẢNG VIÊN MỚI KẾT NẠP"],
                [
                    "STT",
                    "Đơn vị",
                    "6 tháng đầu năm 2023",
                    None,
                    "STT",
                    "Đơn vị",
                    "6 tháng đầu năm 2024",
                ],
                [1, "Đảng bộ Công ty Điện lực", 6, None, 1, "Đảng bộ Ngân hàng Nông nghiệp", 7],
                [2, "Đảng bộ Ngân hàng Nông nghiệp", 4, None, 2, "Đảng bộ Công ty Điện lực", 5],
            ]
        },
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = sorted(_rows(dataset, "unit", "period", "numerator", "cell_numerator"))
    assert got == [
        ("Đảng bộ Công ty Điện lực", "2023S1", 6.0, "C4"),
        ("Đảng bộ Công ty Điện lực", "2024S1", 5.0, "G5"),
        ("Đảng bộ Ngân hàng Nông nghiệp", "2023S1", 4.0, "C5"),
        ("Đảng bộ Ngân hàng Nông nghiệp", "2024S1", 7.0, "G4"),
    ]


def test_an_office_without_its_place_and_a_part_with_its_own_plan(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "ubnd.xlsx",
        {
            "Biểu 01": [
                ["ỦY BAN NHÂN DÂN"],
                ["HUYỆN PHÙ CÁT"],
                ["KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2024"],
                ["Chỉ tiêu", "ĐVT", "KH 2024", "TH 6T 2024", "So sánh (%)"],
                [None, None, None, None, "TH/KH"],
                ["Thu ngân sách", "tỷ đồng", 600, 300, 50],
                ["Trong đó:", None, None, None, None],
                ["- Thu nội địa", "tỷ đồng", 400, 200, 50],
            ]
        },
        merged={"Biểu 01": ["A4:A5", "B4:B5", "C4:C5", "D4:D5"]},
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _rows(dataset, "indicator", "unit", "period", "numerator", "target", "parent")
    assert got == [
        ("Thu ngân sách", "Ủy ban nhân dân huyện Phù Cát", "2024S1", 300.0, 600.0, None),
        ("Thu nội địa", "Ủy ban nhân dân huyện Phù Cát", "2024S1", 200.0, 400.0, "Thu ngân sách"),
    ]
    rows = analysis.summary_records(analysis.summarize(dataset))
    assert [r["achievement_text"] for r in rows if not r["is_total"]] == ["50%", "50%"]


def test_a_statistics_form_with_its_reporting_unit_and_parts(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "001N.xlsx",
        {
            "001.N": [
                [
                    "Biểu số: 001.N/BCS-XHMT",
                    None,
                    "DÂN SỐ",
                    None,
                    None,
                    "Đơn vị báo cáo: UBND xã Sơn Long",
                ],
                [None, None, "Năm 2023"],
                [
                    "Tên chỉ tiêu",
                    "Mã số",
                    "Đơn vị tính",
                    "Thực hiện năm 2022",
                    "Thực hiện năm 2023",
                    "Năm 2023 so với năm 2022 (%)",
                ],
                ["A", "B", "C", "1", "2", "3"],
                ["1. Dân số trung bình", "01", "Người", 8420, 8515, 101.1],
                ["Chia ra: - Nam", "02", "Người", 4190, 4240, 101.2],
                ["           - Nữ", "03", "Người", 4230, 4275, 101.1],
                ["2. Tỷ suất sinh thô", "04", "‰", 15.7, 14.7, None],
            ]
        },
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _rows(dataset, "indicator", "unit", "period", "numerator", "parent")
    assert got[:4] == [
        ("1. Dân số trung bình", "UBND xã Sơn Long", "2022", 8420.0, None),
        ("1. Dân số trung bình", "UBND xã Sơn Long", "2023", 8515.0, None),
        ("Nam", "UBND xã Sơn Long", "2022", 4190.0, "1. Dân số trung bình"),
        ("Nam", "UBND xã Sơn Long", "2023", 4240.0, "1. Dân số trung bình"),
    ]
    rate = _rows(dataset, "indicator", "numerator", "measure", "denominator")[-1]
    assert rate == ("2. Tỷ suất sinh thô", 14.7, "‰", None)  # not a share of the population
    [table] = dataset.tables
    assert table.numbers_not_read[0].reason_en == "a change, not a figure"


def test_a_plan_written_as_a_range_leaves_the_figure_without_a_plan(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "nghi-quyet.xlsx",
        {
            "Chỉ tiêu NQ": [
                ["HUYỆN ỦY TUY AN"],
                ["STT", "Chỉ tiêu", "Mục tiêu nghị quyết", "Năm 2023"],
                [1, "Tốc độ tăng trưởng kinh tế (%)", "8 - 8,5", 7.9],
                [2, "Số xã đạt chuẩn nông thôn mới", 10, 7],
            ]
        },
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert _codes(dataset) == [("target_not_a_number", "C3")]
    assert _rows(dataset, "numerator", "target") == [(7.9, None), (7.0, 10.0)]


def test_a_table_refused_beside_tables_read_is_named_and_the_rest_read(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "mot-bang-loi.xlsx",
        {
            "Báo cáo": [
                ["ĐẢNG ỦY XÃ CÁT TIẾN"],
                ["Biểu 1: KẾT NẠP ĐẢNG VIÊN NĂM 2023"],
                ["Chỉ tiêu", "Số lượng"],
                ["Đảng viên mới kết nạp", 8],
                [],
                ["Biểu 2: BÁO CÁO TÌNH HÌNH"],
                ["Đơn vị", 2021, 2022],
                ["Chi bộ thôn 1", 3, 4],
                ["Chi bộ thôn 2", 2, 5],
            ]
        },
    )
    dataset = analysis.load(path)
    assert dataset.ok
    assert _rows(dataset, "indicator", "numerator") == [("Đảng viên mới kết nạp", 8.0)]
    [problem] = [p for p in dataset.problems if p.code == "table_not_read"]
    assert problem.severity == "warning" and problem.cell == "A7"
    assert "Biểu 2 (trang «Báo cáo»)" in problem.message_vi
    assert "Biểu 2: chỉ tiêu «…»" in problem.message_vi
    [missing] = dataset.missing
    assert missing.describe().startswith("tệp mot-bang-loi.xlsx: Biểu 2 (trang «Báo cáo»)")


def test_periods_in_sheet_names_written_short(tmp_path: Path) -> None:
    lines = [["STT", "Chỉ tiêu", "Đơn vị", "Số lượng"], [1, "Hồ sơ tiếp nhận", "Phường 7", 12]]
    path = _book(
        tmp_path / "thang.xlsx",
        {"T5-2024": lines, "Tháng 6.2024": lines, "07-2024 (b)": lines, "Quý I-2024": lines},
    )
    dataset = analysis.load(path)
    assert dataset.ok and dataset.problems == []
    assert list(dataset.observations["period"]) == ["2024-05", "2024-06", "2024-07", "2024Q1"]


def test_months_across_with_a_cumulative_year_and_a_rate_row(tmp_path: Path) -> None:
    months = [f"T{m}" for m in range(1, 13)]
    path = _book(
        tmp_path / "thang.xlsx",
        {
            "Một cửa": [
                ["UBND PHƯỜNG TRẦN PHÚ"],
                ["KẾT QUẢ GIẢI QUYẾT HỒ SƠ NĂM 2024"],
                ["STT", "Chỉ tiêu", "Thực hiện các tháng", *[None] * 11, "Lũy kế cả năm"],
                [None, None, *months, None],
                [1, "Hồ sơ tiếp nhận", *range(10, 22), sum(range(10, 22))],
                [2, "Tỷ lệ hồ sơ đúng hạn (%)", *[95.0] * 12, 95.0],
            ]
        },
        merged={"Một cửa": ["C3:N3", "A3:A4", "B3:B4", "O3:O4"]},
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    counts = _rows(dataset, "indicator", "period", "numerator", "cell_numerator")
    assert counts[:2] == [
        ("Hồ sơ tiếp nhận", "2024-01", 10.0, "C5"),
        ("Hồ sơ tiếp nhận", "2024-02", 11.0, "D5"),
    ]
    assert len(counts) == 24 and dataset.problems == []
    summary = analysis.summarize(dataset)
    rates = summary[summary["indicator"] == "Tỷ lệ hồ sơ đúng hạn (%)"]
    # A rate is never added into a year: the year's rate is the sheet's own, as printed.
    assert set(rates["text"]) == {"95%"}
    year = summary[summary["is_total"] & (summary["period"] == "2024")]
    assert sorted(year["text"]) == ["186", "95%"]


def test_percentages_stored_as_fractions(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "KTXH"
    for line in [
        ["UBND XÃ PHỔ CƯỜNG"],
        ["Chỉ tiêu", "Năm 2023", "Năm 2024"],
        ["Tỷ lệ hộ nghèo", 0.2415, 0.2078],
        ["Số hộ", 1520, 1530],
    ]:
        sheet.append(line)
    for cell in ("B3", "C3"):
        sheet[cell].number_format = "0.00%"
    path = tmp_path / "phan-tram.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    rows = analysis.summary_records(analysis.summarize(dataset))
    assert [(r["text"], r["period"]) for r in rows][:2] == [("24,15%", "2023"), ("20,78%", "2024")]


def test_a_header_repeated_at_a_page_break_and_row_numbers_typed_as_text(
    tmp_path: Path,
) -> None:
    header = ["STT", "Tên chi bộ", "Tổng số đảng viên", "Số dự sinh hoạt đầy đủ", "Tỷ lệ (%)"]
    numbers = ["1", "2", "3", "4", "5 = 4/3"]
    path = _book(
        tmp_path / "ngat-trang.xlsx",
        {
            "Sinh hoạt": [
                ["ĐẢNG ỦY XÃ PHỔ CƯỜNG"],
                ["TÌNH HÌNH SINH HOẠT CHI BỘ 6 THÁNG ĐẦU NĂM 2024"],
                header,
                numbers,
                ["I", "KHỐI THÔN"],
                ["1", "Chi bộ thôn Hà Nam", 71, 67, 94.4],
                ["2", "Chi bộ thôn Hải Tân", 46, 45, 97.8],
                header,
                numbers,
                ["3", "Chi bộ Trạm Y tế", 74, 73, 98.6],
            ]
        },
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    got = _rows(dataset, "unit", "numerator", "denominator", "printed_rate", "cell_numerator")
    assert got == [
        ("Chi bộ thôn Hà Nam", 67.0, 71.0, 94.4, "D6"),
        ("Chi bộ thôn Hải Tân", 45.0, 46.0, 97.8, "D7"),
        ("Chi bộ Trạm Y tế", 73.0, 74.0, 98.6, "D10"),
    ]


def test_nothing_happened_is_zero_and_a_plan_named_by_a_resolution(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "khong-phat-sinh.xlsx",
        {
            "Biểu": [
                ["ĐẢNG ỦY XÃ TỊNH HÀ"],
                ["KẾT QUẢ NĂM 2024"],
                ["STT", "Chỉ tiêu", "Nghị quyết giao", "Kết quả thực hiện"],
                [1, "Kết nạp đảng viên mới", 12, 14],
                [2, "Đảng viên bị khai trừ", None, "Không phát sinh"],
            ]
        },
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert _rows(dataset, "indicator", "numerator", "target") == [
        ("Kết nạp đảng viên mới", 14.0, 12.0),
        ("Đảng viên bị khai trừ", 0.0, None),
    ]
    assert _codes(dataset) == [("read_as_zero", "D5")]
