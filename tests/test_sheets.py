"""Every sheet that holds a table is read; a sheet named for its unit gives the unit."""

from __future__ import annotations

from pathlib import Path

import openpyxl

import analysis

HEADERS = ["STT", "Chỉ tiêu", "Kỳ", "Tử số", "Mẫu số"]


def _sheet(book: openpyxl.Workbook, title: str, rows: list[list[object]]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(["BÁO CÁO KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024"])
    sheet.append([])
    sheet.append(HEADERS)
    for line in rows:
        sheet.append(line)


def test_one_sheet_per_unit(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    _sheet(book, "Phường Lê Hồng Phong", [[1, "Đảng viên dùng Sổ tay", "2024S1", 480, 500]])
    _sheet(book, "Xã Tịnh Ấn Tây", [[1, "Đảng viên dùng Sổ tay", "2024S1", 310, 320]])
    notes = book.create_sheet("Ghi chú")
    notes["A1"] = "Số liệu do Văn phòng tổng hợp."
    path = tmp_path / "don-vi.xlsx"
    book.save(path)

    dataset = analysis.load(path)
    assert dataset.ok
    rows = dataset.observations
    assert list(
        zip(rows["unit"], rows["numerator"], rows["sheet"], rows["cell_numerator"], strict=True)
    ) == [
        ("Phường Lê Hồng Phong", 480, "Phường Lê Hồng Phong", "D4"),
        ("Xã Tịnh Ấn Tây", 310, "Xã Tịnh Ấn Tây", "D4"),
    ]
    assert [(p.code, p.sheet, p.severity) for p in dataset.problems] == [
        ("skipped_sheet", "Ghi chú", "note")
    ]
    assert "Ghi chú" in dataset.problems[0].message_vi


def test_later_sheets_are_not_dropped(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    first.title = "Quý I"
    first.append(["Chỉ tiêu", "Đơn vị", "Kỳ", "Tử số"])
    first.append(["Đảng viên mới", "Phường 1", "Quý I/2024", 4])
    second = book.create_sheet("Quý II")
    second.append(["Chỉ tiêu", "Đơn vị", "Kỳ", "Tử số"])
    second.append(["Đảng viên mới", "Phường 1", "Quý II/2024", 6])
    path = tmp_path / "quy.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    assert dataset.problems == []
    assert list(dataset.observations["period"]) == ["2024Q1", "2024Q2"]
    assert list(dataset.observations["sheet"]) == ["Quý I", "Quý II"]


def test_a_generic_sheet_name_is_not_a_unit(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Sheet1"
    sheet.append(["Chỉ tiêu", "Kỳ", "Tử số"])
    sheet.append(["Đảng viên mới", "2024", 4])
    path = tmp_path / "generic.xlsx"
    book.save(path)
    assert [(p.code, p.details.get("missing")) for p in analysis.load(path).problems] == [
        ("layout_not_understood", "Đơn vị")
    ]


def test_the_parts_of_an_official_form_that_are_not_data(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Biểu 01"
    sheet.append(["ĐẢNG BỘ TỈNH QUẢNG NGÃI"])
    sheet.append(["STT", "Chỉ tiêu", "Đơn vị", "Kỳ", "Tử số", "Mẫu số"])
    sheet.append(["(1)", "(2)", "(3)", "(4)", "(5)", "(6)"])
    sheet.append([1, "Đảng viên dùng Sổ tay", "TP Quảng Ngãi", "2024S1", 9728, 9897])
    sheet.append([])
    sheet.append([None, "Nơi nhận:", None, None, "T/M BAN THƯỜNG VỤ"])
    sheet.append([None, "- Như trên;", None, None, "PHÓ BÍ THƯ"])
    sheet.append([None, "- Lưu VP.", None, None, "Nguyễn Văn A"])
    path = tmp_path / "bieu.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    assert dataset.problems == []
    assert list(dataset.observations["numerator"]) == [9728]
    assert list(dataset.observations["cell_numerator"]) == ["E4"]


def test_a_typed_totals_row_is_a_total_not_an_indicator(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chỉ tiêu"
    sheet.append(["STT", "Chỉ tiêu", "Đơn vị", "Kỳ", "Tử số", "Đơn vị tính"])
    sheet.append(["I", "Đảng viên ra khỏi Đảng"])
    sheet.append([1, "Cho ra khỏi Đảng", "TP Quảng Ngãi", "Nhiệm kỳ 2020-2025", 14, "đảng viên"])
    sheet.append([2, "Xoá tên", "TP Quảng Ngãi", "Nhiệm kỳ 2020-2025", 24, "đảng viên"])
    sheet.append([3, "Khai trừ", "TP Quảng Ngãi", "Nhiệm kỳ 2020-2025", "05", "đảng viên"])
    sheet.append([None, "Tổng cộng", None, None, 44, "đảng viên"])
    path = tmp_path / "tong.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    assert list(dataset.observations["indicator"]) == ["Cho ra khỏi Đảng", "Xoá tên", "Khai trừ"]
    assert [(p.code, p.cell) for p in dataset.problems] == [
        ("number_as_text", "E5"),
        ("total_row", "A6"),
        ("total_mismatch", "E6"),
    ]
    assert "44" in dataset.problems[2].message and "43" in dataset.problems[2].message
    rows = analysis.summary_records(analysis.summarize(dataset))
    typed = [r for r in rows if r["is_total"]]
    assert [(r["indicator"], r["text"], r["unit"], r["period"]) for r in typed] == [
        ("Tổng cộng", "44", "TP Quảng Ngãi", "2020-2025")
    ]


def test_parts_of_a_figure(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chỉ tiêu"
    sheet.append(["STT", "Chỉ tiêu", "Đơn vị", "Kỳ", "Tử số", "Đơn vị tính"])
    sheet.append([1, "Đảng viên bị kỷ luật", "Huyện A", "2024", 12, "đảng viên"])
    sheet.append([None, "Trong đó:"])
    sheet.append(["-", "Khiển trách", "Huyện A", "2024", 7, None])
    sheet.append(["-", "Cảnh cáo", "Huyện A", "2024", 3, None])
    sheet.append([2, "Tổ chức đảng bị kỷ luật", "Huyện A", "2024", 2, "tổ chức"])
    sheet.append(["a)", "Khiển trách", "Huyện A", "2024", 1, None])
    sheet.append(["b)", "Cảnh cáo", "Huyện A", "2024", 2, None])
    path = tmp_path / "ky-luat.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    # 'Cảnh cáo' under two parents is two figures, not a conflict; 1 + 2 > 2 is named.
    assert [(p.code, p.cell) for p in dataset.problems] == [("parts_exceed_parent", "E6")]
    rows = dataset.observations
    assert list(zip(rows["indicator"], rows["parent"], strict=True)) == [
        ("Đảng viên bị kỷ luật", None),
        ("Khiển trách", "Đảng viên bị kỷ luật"),
        ("Cảnh cáo", "Đảng viên bị kỷ luật"),
        ("Tổ chức đảng bị kỷ luật", None),
        ("Khiển trách", "Tổ chức đảng bị kỷ luật"),
        ("Cảnh cáo", "Tổ chức đảng bị kỷ luật"),
    ]
    summary = analysis.summarize(dataset)
    reprimand = summary[summary["cell_numerator"] == "E4"].iloc[0]
    # A part's base is its parent's figure, so its share is computed: 7 of 12.
    assert (reprimand["ratio_text"], reprimand["value_text"]) == ("7/12", "58,3%")
    assert reprimand["measure"] == "đảng viên"


def test_a_bare_unit_column_of_measures_and_the_title_organisation(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Biểu 02"
    sheet.append(["ĐẢNG BỘ TỈNH QUẢNG NGÃI"])
    sheet.append(["ĐẢNG BỘ PHƯỜNG NGHĨA CHÁNH"])
    sheet.append(["STT", "Chỉ tiêu", "Đơn vị", "Kỳ", "Số lượng"])
    sheet.append([1, "Hồ sơ giải quyết đúng hạn", "hồ sơ", "2024", 1250])
    sheet.append([2, "Đảng viên mới kết nạp", "đảng viên", "2024", 12])
    path = tmp_path / "phuong.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    assert dataset.problems == []
    rows = dataset.observations
    assert list(rows["measure"]) == ["hồ sơ", "đảng viên"]  # 'Đơn vị' held measures
    assert set(rows["unit"]) == {"ĐẢNG BỘ PHƯỜNG NGHĨA CHÁNH"}
    [reading] = dataset.sheets
    assert reading.unit_from == "title cell A2"
    assert "đơn vị lấy từ ô tiêu đề A2" in reading.describe()


def test_a_wide_form_with_years_as_columns(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Biểu 03"
    sheet.append(["ĐẢNG BỘ XÃ TỊNH ẤN TÂY"])
    sheet.append(["TT", "Chỉ tiêu", "ĐVT", 2021, "Năm 2022", "6 tháng đầu năm 2023"])
    sheet.append(["I", "Công tác đảng viên"])
    sheet.append([1, "Kết nạp đảng viên mới", "đảng viên", 8, 11, 5])
    sheet.append([2, "Đảng viên được tặng Huy hiệu", "đảng viên", 12, None, 4])
    path = tmp_path / "bieu-ngang.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    assert [(p.code, p.cell) for p in dataset.problems] == [("no_figure", "E5")]
    rows = dataset.observations
    got = sorted(
        zip(
            rows["indicator"],
            rows["period"],
            rows["numerator"],
            rows["cell_numerator"],
            strict=True,
        )
    )
    assert got == [
        ("Kết nạp đảng viên mới", "2021", 8, "D4"),
        ("Kết nạp đảng viên mới", "2022", 11, "E4"),
        ("Kết nạp đảng viên mới", "2023S1", 5, "F4"),
        ("Đảng viên được tặng Huy hiệu", "2021", 12, "D5"),
        ("Đảng viên được tặng Huy hiệu", "2023S1", 4, "F5"),
    ]
    assert set(rows["unit"]) == {"ĐẢNG BỘ XÃ TỊNH ẤN TÂY"}
    assert set(rows["section"]) == {"Công tác đảng viên"}
    [reading] = dataset.sheets
    assert (reading.layout, reading.period_from, reading.figures) == (
        "wide_by_period",
        "column headers D:F",
        5,
    )
    assert "biểu ngang, mỗi cột một kỳ" in reading.describe()


def test_a_summary_sheet_is_checked_against_the_unit_sheets(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    first = book.active
    assert first is not None
    book.remove(first)
    _sheet(book, "Phường 1", [[1, "Đảng viên dùng Sổ tay", "2024S1", 480, 500]])
    _sheet(book, "Phường 2", [[1, "Đảng viên dùng Sổ tay", "2024S1", 310, 320]])
    _sheet(book, "Toàn thành phố", [[1, "Đảng viên dùng Sổ tay", "2024S1", 800, 820]])
    path = tmp_path / "tong-hop.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    assert list(dataset.observations["unit"]) == ["Phường 1", "Phường 2"]  # not counted twice
    assert [(p.code, p.sheet, p.cell) for p in dataset.problems] == [
        ("sheet_total_mismatch", "Toàn thành phố", "D4")
    ]
    assert "800" in dataset.problems[0].message and "790" in dataset.problems[0].message
    totals = [r for r in analysis.summary_records(analysis.summarize(dataset)) if r["is_total"]]
    assert [(r["unit"], r["text"]) for r in totals] == [("Toàn thành phố", "97,6%")]
