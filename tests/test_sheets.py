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
    assert [(p.code, p.details.get("column")) for p in analysis.load(path).problems] == [
        ("missing_column", "Đơn vị")
    ]
