"""The analyst corrects a reading without touching the data: a `Cách đọc` sheet in their own
workbook, in their own terms, followed exactly; `chiso explain -o` writes the reading as
such lines, and reading them back changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl
import pytest

import analysis
from analysis.cli import main


def _book(
    path: Path, lines: Sequence[Sequence[object]], *, reading: Sequence[str] | None = None
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Biểu 01"
    for line in lines:
        sheet.append(list(line))
    if reading is not None:
        corrections = book.create_sheet("Cách đọc")
        corrections.append(["Cách đọc"])
        for text in reading:
            corrections.append([text])
    book.save(path)
    return path


QUARTER = [
    ["ĐẢNG ỦY XÃ TỊNH HÀ"],
    ["KẾT QUẢ CÔNG TÁC KIỂM TRA QUÝ I NĂM 2021"],
    ["STT", "Chỉ tiêu", "Số lượng", "Đạt", "Ghi chú"],
    [1, "Cuộc kiểm tra", 6, 5, None],
    [2, "Tổ chức đảng được giám sát", 4, 4, None],
]


def test_a_table_read_wrongly_by_default_is_read_right_after_one_line(tmp_path: Path) -> None:
    # The office's quarter runs from the 16th: the title says only 'quý I'. And 'Đạt' is
    # the count of those that passed, of 'Số lượng': not a figure of its own.
    plain = analysis.load(_book(tmp_path / "mac-dinh.xlsx", QUARTER))
    assert plain.ok
    assert set(plain.observations["period"]) == {"2021Q1"}
    # 'Đạt' is no header chiso knows: it stays in the name, and is listed.
    assert list(plain.observations["indicator"])[:2] == ["Cuộc kiểm tra", "Cuộc kiểm tra (Đạt)"]
    assert plain.tables[0].terms_not_understood == (("Đạt", "D3"),)
    assert [(p.code, p.cell) for p in plain.problems] == [("term_not_understood", "D3")]
    lines = [
        "Biểu 1: kỳ từ 16/12/2020 đến 15/3/2021",
        "Biểu 1, cột C: mẫu số",
        "Biểu 1, cột D: tử số",
    ]
    fixed = analysis.load(_book(tmp_path / "sua.xlsx", QUARTER, reading=lines))
    assert fixed.ok, fixed.problems
    rows = fixed.observations
    got = list(
        zip(rows["indicator"], rows["period"], rows["numerator"], rows["denominator"], strict=True)
    )
    assert got == [
        ("Cuộc kiểm tra", "2020-12-16/2021-03-15", 5.0, 6.0),
        ("Tổ chức đảng được giám sát", "2020-12-16/2021-03-15", 4.0, 4.0),
    ]
    assert list(rows["cell_numerator"]) == ["D4", "D5"]
    [table] = fixed.tables
    assert table.period_source == "Cách đọc A2"
    # The correction sheet is not a table, and nothing else is said about it.
    assert [p.code for p in fixed.problems] == []


def test_a_line_that_matches_nothing_is_an_error_naming_it(tmp_path: Path) -> None:
    lines = ["Biểu 3: kỳ năm 2021", "Biểu 1, cột Z: bỏ qua", "Biểu 1, cột C: xin chào"]
    dataset = analysis.load(_book(tmp_path / "sai.xlsx", QUARTER, reading=lines))
    found = [(p.code, p.sheet, p.cell) for p in dataset.problems]
    assert ("correction_unmatched", "Cách đọc", "A2") in found
    assert ("correction_unmatched", "Cách đọc", "A3") in found
    assert ("correction_unreadable", "Cách đọc", "A4") in found
    assert not dataset.ok
    message = next(p for p in dataset.problems if p.cell == "A2").message_vi
    assert "Biểu 3: kỳ năm 2021" in message


def test_explain_writes_the_reading_and_reading_it_back_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _book(tmp_path / "bao-cao.xlsx", QUARTER)
    out = tmp_path / "cach-doc.xlsx"
    assert main(["explain", str(source), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Biểu 1 (A3:E5), trang «Biểu 01»: dòng tiêu đề 3" in printed
    assert "Cột D «Đạt»" in printed
    written = openpyxl.load_workbook(out)["Cách đọc"]
    lines = [row[0] for row in written.iter_rows(min_row=2, values_only=True) if row[0]]
    assert "Trang «Biểu 01», Biểu 1: kỳ «quý I/2021»" in lines
    assert "Trang «Biểu 01», Biểu 1, cột B: chỉ tiêu" in lines
    before = analysis.load(source)
    after = analysis.load(_book(tmp_path / "lai.xlsx", QUARTER, reading=[str(x) for x in lines]))
    assert after.ok, after.problems
    columns = ["indicator", "unit", "period", "numerator", "denominator", "cell_numerator"]
    assert after.observations[columns].equals(before.observations[columns])
