"""`chiso extract` (issue 20) on the tables of a Word report, laid out the ways offices lay
them: a table of units with their totals, bases and rates; a table of indicators with the
unit of measure, the plan and the share of it; two periods side by side and their ratio; a
two-row header under a merged title. Built with python-docx and read by the real reader."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import docx

from analysis.run.extract import extract

Rows = list[list[str | None]]


def _report(path: Path, tables: list[tuple[Rows, list[tuple[int, int, int, int, str]]]]) -> Path:
    document = docx.Document()
    for line in ("ĐẢNG ỦY PHƯỜNG AN PHÚ", "BÁO CÁO", "Kết quả 6 tháng đầu năm 2024"):
        document.add_paragraph(line)
    document.add_paragraph("Kết quả cụ thể như các bảng sau.")
    for rows, merges in tables:
        table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
        for top, left, bottom, right, text in merges:
            table.cell(top, left).merge(table.cell(bottom, right)).text = text
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                if text is not None:
                    table.cell(i, j).text = text
    document.save(str(path))
    return path


def _read(path: Path) -> list[tuple[object, ...]]:
    (read,) = extract([path]).reports
    return [
        (f.unit, f.indicator, f.period, f.count, f.base, f.rate, f.kind, f.measure)
        for f in read.figures
    ]


UNIT = "Đảng ủy phường An Phú"
HALF = "6 tháng đầu năm 2024"


def test_a_table_of_units_gives_each_units_count_base_and_rate(tmp_path: Path) -> None:
    rows: Rows = [
        ["STT", "Đơn vị", "Tổng số đảng viên", "Số đảng viên đã cài đặt", "Tỷ lệ (%)"],
        ["1", "Đảng bộ phường A", "420", "412", "98,1"],
        ["2", "Chi bộ khu phố 3", "35", "30", "85,7"],
        ["", "Tổng cộng", "455", "442", "97,1"],
    ]
    indicator = "Số đảng viên đã cài đặt"
    assert _read(_report(tmp_path / "units.docx", [(rows, [])])) == [
        ("Đảng bộ phường A", indicator, HALF, 412, 420, Decimal("98.1"), "mức", "đảng viên"),
        ("Chi bộ khu phố 3", indicator, HALF, 30, 35, Decimal("85.7"), "mức", "đảng viên"),
        (UNIT, indicator, HALF, 442, 455, Decimal("97.1"), "mức", "đảng viên"),  # the total
    ]


def test_a_plans_column_is_no_figure_and_the_share_of_it_is_achievement(tmp_path: Path) -> None:
    rows: Rows = [
        ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện", "Tỷ lệ so với KH (%)"],
        ["1", "Kết nạp đảng viên mới", "người", "50", "45", "90"],
        ["2", "Thu ngân sách", "tỷ đồng", "12,5", "13,1", "104,8"],
        ["3", "Tỷ lệ hộ nghèo", "%", "3,5", "2,9", ""],
    ]
    share = "(Tỷ lệ so với KH (%))"
    assert _read(_report(tmp_path / "plan.docx", [(rows, [])])) == [
        (UNIT, "Kết nạp đảng viên mới", HALF, 45, None, None, "mức", "người"),
        (UNIT, f"Kết nạp đảng viên mới {share}", HALF, None, None, 90, "đạt kế hoạch", None),
        (UNIT, "Thu ngân sách", HALF, Decimal("13.1"), None, None, "mức", "tỷ đồng"),
        (UNIT, f"Thu ngân sách {share}", HALF, None, None, Decimal("104.8"), "đạt kế hoạch",
         None),
        # a row measured in % is a rate; the plan's 3,5 is a target, no row
        (UNIT, "Tỷ lệ hộ nghèo", HALF, None, None, Decimal("2.9"), "mức", None),
    ]  # fmt: skip


def test_two_periods_side_by_side_and_a_merged_header_over_two_rows(tmp_path: Path) -> None:
    periods: Rows = [
        ["Chỉ tiêu", "6 tháng đầu năm 2023", "6 tháng đầu năm 2024", "So sánh (%)"],
        ["Hồ sơ tiếp nhận", "1.200", "1.350", "112,5"],
    ]
    handbook: Rows = [
        ["STT", "Đơn vị", None, None],
        ["", "", "Đã cài đặt", "Tỷ lệ (%)"],
        ["1", "Chi bộ 1", "25", "92,6"],
        ["2", "Chi bộ 2", "18", "100"],
    ]
    merges = [(0, 2, 0, 3, "Sổ tay đảng viên điện tử"), (0, 0, 1, 0, "STT"), (0, 1, 1, 1, "Đơn vị")]
    report = _report(tmp_path / "periods.docx", [(periods, []), (handbook, merges)])
    installed = "Sổ tay đảng viên điện tử – Đã cài đặt"
    assert _read(report) == [
        (UNIT, "Hồ sơ tiếp nhận", "6 tháng đầu năm 2023", 1200, None, None, "mức", "hồ sơ"),
        (UNIT, "Hồ sơ tiếp nhận", HALF, 1350, None, None, "mức", "hồ sơ"),
        (UNIT, "Hồ sơ tiếp nhận (So sánh (%))", HALF, None, None, Decimal("112.5"),
         "so với cùng kỳ", None),
        ("Chi bộ 1", installed, HALF, 25, None, Decimal("92.6"), "mức", "đảng viên"),
        ("Chi bộ 2", installed, HALF, 18, None, 100, "mức", "đảng viên"),
    ]  # fmt: skip


def test_a_unit_column_anywhere_a_plan_its_share_a_code_and_a_difference(tmp_path: Path) -> None:
    admitted: Rows = [
        ["TT", "Chỉ tiêu giao năm 2024", "Kết nạp quý I", "Tỷ lệ đạt", "Chi bộ"],
        ["1", "03", "02", "66,7%", "Chi bộ Khu phố 1"],
        ["2", "02", "01", "50%", "Chi bộ Khu phố 2"],
    ]
    studied: Rows = [
        ["Mã ĐV", "Đơn vị", "Tổng số đảng viên", "Đã học tập", "Tỷ lệ (%)"],
        ["T01", "Khối xã, thị trấn", "2.905", "2.760", "95,0"],
        ["T02", "Khối cơ quan", "1.105", "1.029", "93,1"],
    ]
    compared: Rows = [
        ["Nội dung", "6 tháng 2023", "6 tháng 2024", "So sánh"],
        ["Đơn thư tiếp nhận", "08", "05", "-3"],
    ]
    report = _report(tmp_path / "units.docx", [(admitted, []), (studied, []), (compared, [])])
    quarter = "quý I/2024"
    share = "Kết nạp quý I (Tỷ lệ đạt)"
    assert _read(report) == [
        # the unit column last; the plan's column no row; the rate, 2 of 3, the plan's share
        ("Chi bộ Khu phố 1", "Kết nạp quý I", quarter, 2, None, None, "mức", None),
        ("Chi bộ Khu phố 1", share, quarter, None, None, Decimal("66.7"), "đạt kế hoạch", None),
        ("Chi bộ Khu phố 2", "Kết nạp quý I", quarter, 1, None, None, "mức", None),
        ("Chi bộ Khu phố 2", share, quarter, None, None, 50, "đạt kế hoạch", None),
        # «Mã ĐV» a code, «Đơn vị» the unit; «Tổng số» the base of the count after it
        ("Khối xã, thị trấn", "Đã học tập", HALF, 2760, 2905, Decimal("95.0"), "mức", "đảng viên"),
        ("Khối cơ quan", "Đã học tập", HALF, 1029, 1105, Decimal("93.1"), "mức", "đảng viên"),
        # a period however short; «So sánh» without % the difference, of the later period
        (UNIT, "Đơn thư tiếp nhận", "6 tháng đầu năm 2023", 8, None, None, "mức", "đơn"),
        (UNIT, "Đơn thư tiếp nhận", HALF, 5, None, None, "mức", "đơn"),
        (UNIT, "Đơn thư tiếp nhận (So sánh)", HALF, -3, None, None, "thay đổi", "đơn"),
    ]  # fmt: skip


def test_a_table_figure_of_another_year_or_thing_is_not_the_prose_said_again(
    tmp_path: Path,
) -> None:
    document = docx.Document()
    for line in ("ĐẢNG ỦY XÃ NGHĨA HÀ", "BÁO CÁO", "Kết quả công tác kiểm tra năm 2023"):
        document.add_paragraph(line)
    document.add_paragraph("Giám sát chuyên đề 05 chi bộ; kiểm tra 03 đảng viên.")
    table = document.add_table(rows=3, cols=3)
    for i, row in enumerate(
        (("Nội dung", "Năm 2022", "Năm 2023"), ("Giám sát chuyên đề (chi bộ)", "05", "05"),
         ("Kiểm tra (tổ chức đảng)", "02", "03"))
    ):  # fmt: skip
        for j, text in enumerate(row):
            table.cell(i, j).text = text
    path = tmp_path / "nghia-ha.docx"
    document.save(str(path))
    rows = [(f.indicator, f.period, f.count) for f in extract([path]).reports[0].figures]
    assert rows == [
        ("Chi bộ giám sát chuyên đề", "năm 2023", 5),
        ("Đảng viên kiểm tra", "năm 2023", 3),
        ("Giám sát chuyên đề (chi bộ)", "năm 2022", 5),  # 2022's, not the prose's 2023
        # 2023's «05 chi bộ» is the prose's, given once
        ("Kiểm tra (tổ chức đảng)", "năm 2022", 2),
        ("Kiểm tra (tổ chức đảng)", "năm 2023", 3),  # organisations, not the 03 members
    ]


def test_a_total_row_on_top_is_the_whole_of_the_rows_below_column_by_column(
    tmp_path: Path,
) -> None:
    rows: Rows = [
        ["Nội dung", "Năm 2022", "Năm 2023", "So sánh"],
        ["Tổng cộng", "30", "35", "+5"],
        ["Kiểm tra theo Điều 30", "10", "12", "+2"],
        ["Giám sát chuyên đề (đảng viên)", "20", "23", "+3"],
    ]
    figures = extract([_report(tmp_path / "ubkt.docx", [(rows, [])])]).reports[0].figures
    assert [(f.indicator, f.period, f.count, f.base, f.kind, f.group) for f in figures] == [
        ("Toàn bộ", "năm 2022", 30, None, "mức", None),
        ("Toàn bộ", "năm 2023", 35, None, "mức", None),
        ("Toàn bộ (So sánh)", "năm 2023", 5, None, "thay đổi", None),  # set aside, unnamed a total
        ("Kiểm tra theo Điều 30", "năm 2022", 10, 30, "phần", "Toàn bộ"),
        ("Kiểm tra theo Điều 30", "năm 2023", 12, 35, "phần", "Toàn bộ"),
        ("Kiểm tra theo Điều 30 (So sánh)", "năm 2023", 2, None, "thay đổi", None),
        ("Giám sát chuyên đề (đảng viên)", "năm 2022", 20, 30, "phần", "Toàn bộ"),
        ("Giám sát chuyên đề (đảng viên)", "năm 2023", 23, 35, "phần", "Toàn bộ"),
        ("Giám sát chuyên đề (đảng viên) (So sánh)", "năm 2023", 3, None, "thay đổi", None),
    ]


def test_a_rate_stays_in_its_group_and_the_whole_party_is_the_reports_own(tmp_path: Path) -> None:
    rows: Rows = [
        ["Đơn vị", "Số TCCS đảng", None, "Đảng viên", None],
        [None, "Tổng số", "Đã học tập", "Tổng số", "Tỷ lệ tham gia (%)"],
        ["Khối cơ quan", "10", "9", "1.105", "93,1"],
        ["Toàn Đảng bộ", "30", "28", "4.790", "94,2"],
    ]
    merges = [(0, 1, 0, 2, "Số TCCS đảng"), (0, 3, 0, 4, "Đảng viên"), (0, 0, 1, 0, "Đơn vị")]
    figures = extract([_report(tmp_path / "hoc-tap.docx", [(rows, merges)])]).reports[0].figures
    assert [(f.unit, f.indicator, f.count, f.base, f.rate) for f in figures] == [
        ("Khối cơ quan", "Số TCCS đảng – Đã học tập", 9, 10, None),
        # the rate is the members', never the count of organisations across «Tổng số»
        ("Khối cơ quan", "Đảng viên – Tỷ lệ tham gia (%)", None, None, Decimal("93.1")),
        (UNIT, "Số TCCS đảng – Đã học tập", 28, 30, None),
        (UNIT, "Đảng viên – Tỷ lệ tham gia (%)", None, None, Decimal("94.2")),
    ]


def test_a_bare_year_heads_its_column(tmp_path: Path) -> None:
    rows: Rows = [
        ["Chỉ tiêu", "2022", "2023"],
        ["Số đảng viên mới kết nạp", "41", "45"],
    ]
    assert [(r[2], r[3]) for r in _read(_report(tmp_path / "years.docx", [(rows, [])]))] == [
        ("năm 2022", 41),  # each number of its column's year, not the report's half-year
        ("năm 2023", 45),
    ]


def test_a_row_its_label_names_a_rate_gives_rates(tmp_path: Path) -> None:
    rows: Rows = [
        ["Chỉ tiêu", "2022", "2023"],
        ["Tỷ lệ đảng viên cài đặt Sổ tay", "96,5", "98,3"],
    ]
    assert [(r[2], r[3], r[5]) for r in _read(_report(tmp_path / "rates.docx", [(rows, [])]))] == [
        ("năm 2022", None, Decimal("96.5")),  # a rate, though printed without «%»
        ("năm 2023", None, Decimal("98.3")),
    ]


def test_a_yearbooks_cell_groups_thousands_by_spaces(tmp_path: Path) -> None:
    rows: Rows = [
        ["Chỉ tiêu", "2022", "2023"],
        ["Số lượt người khám chữa bệnh", "273 343", "2 376,90"],
    ]
    assert [(r[2], r[3]) for r in _read(_report(tmp_path / "yearbook.docx", [(rows, [])]))] == [
        ("năm 2022", 273343),  # one number in its cell, not 273 and 343
        ("năm 2023", Decimal("2376.90")),
    ]


def test_a_unit_line_over_a_table_or_in_its_first_row_is_its_unit_of_measure(
    tmp_path: Path,
) -> None:
    # «ĐVT: triệu đồng» on the paragraph right above the table, or merged over its first row:
    # the unit of each count the table holds; the paragraph itself is no figure
    header = ["Chỉ tiêu", "Năm 2023", "6 tháng đầu năm 2024"]
    rows: Rows = [header, ["Thu ngân sách", "12.500", "7.300"]]
    above = docx.Document()
    above.add_paragraph("ĐẢNG ỦY PHƯỜNG AN PHÚ")
    above.add_paragraph("ĐVT: triệu đồng")
    table = above.add_table(rows=2, cols=3)
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            table.cell(i, j).text = str(text)
    above.save(str(tmp_path / "above.docx"))
    merged = _report(
        tmp_path / "merged.docx",
        [([[None, None, None], *rows], [(0, 0, 0, 2, "Đơn vị tính: triệu đồng")])],
    )
    for path in (tmp_path / "above.docx", merged):
        (read,) = extract([path]).reports
        assert [(f.period, f.count, f.measure) for f in read.figures] == [
            ("năm 2023", 12500, "triệu đồng"),
            (HALF, 7300, "triệu đồng"),
        ], path.name
