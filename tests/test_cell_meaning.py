"""A cell means what Excel shows: a number formatted as a percentage is that percentage, one
whose format writes a literal '%' is already in per cent, a date stored as ISO text (`t="d"`)
is that date, in Transitional and Strict packages alike, on the small-sheet reader (calamine,
cell by cell) and the large-sheet one (fastexcel, typed columns). Where the stored number and
what Excel shows could be read two ways, a warning names the cell.

openpyxl writes neither `t="d"` cells, Strict Open XML nor cells without references: those
packages are its output with the parts rewritten by hand.
"""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from workbooks import HEADERS, row, write_workbook

import analysis
from analysis.model.dataset import Dataset

SHEET_PART = "xl/worksheets/sheet1.xml"
LARGE = 5_200  # rows of filler: over GRID_ROWS, so the sheet is read by typed columns


def _book(
    path: Path,
    rows: Sequence[Sequence[object]],
    formats: dict[str, str],
    *,
    filler: int = 0,
    headers: Sequence[str] = HEADERS,
) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chỉ tiêu"
    sheet.append(list(headers))
    for line in rows:
        sheet.append(list(line))
    for n in range(filler):
        sheet.append([n + 100, "Số đảng viên", "DV", f"Chi bộ {n}", "2024", 5])
    for ref, number_format in formats.items():
        sheet[ref].number_format = number_format
    book.save(path)
    return path


def _rewrite(path: Path, target: Path, change: Callable[[str, bytes], bytes]) -> Path:
    """A copy of the package with each part passed through `change(name, data)`."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as out:
        for info in source.infolist():
            out.writestr(info, change(info.filename, source.read(info)))
    return target


def _strict(path: Path) -> Path:
    """The same workbook as Strict Open XML writes it: other namespaces throughout."""
    spaces = {
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": (
            b"http://purl.oclc.org/ooxml/spreadsheetml/main"
        ),
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
            b"http://purl.oclc.org/ooxml/officeDocument/relationships"
        ),
    }

    def change(name: str, data: bytes) -> bytes:
        if name.endswith((".xml", ".rels")):
            for transitional, strict in spaces.items():
                data = data.replace(transitional, strict)
        return data

    return _rewrite(path, path.with_name(f"strict-{path.name}"), change)


def _iso_dates(path: Path, dates: dict[str, str]) -> Path:
    """The workbook with some cells stored as ISO dates: `<c r="E2" t="d"><v>…</v></c>`."""

    def change(name: str, data: bytes) -> bytes:
        if name != SHEET_PART:
            return data
        for ref, text in dates.items():
            cell = re.compile(rb'<c r="%s"[^>]*>.*?</c>' % ref.encode())
            assert cell.search(data), ref
            data = cell.sub(b'<c r="%s" t="d"><v>%s</v></c>' % (ref.encode(), text.encode()), data)
        return data

    return _rewrite(path, path.with_name(f"iso-{path.name}"), change)


def _without_references(path: Path) -> Path:
    """The workbook with no `r` on its rows and cells (some scripts write sheets so)."""

    def change(name: str, data: bytes) -> bytes:
        if name != SHEET_PART:
            return data
        return re.sub(rb'(<(?:row|c)\b[^>]*?) r="[A-Z]*[0-9]+"', rb"\1", data)

    return _rewrite(path, path.with_name(f"no-refs-{path.name}"), change)


def _figures(dataset: Dataset) -> list[tuple[Any, ...]]:
    rows = analysis.summary_records(analysis.summarize(dataset))
    return [(r["indicator"], r["period"], r["text"], r["cell"]) for r in rows]


def _problems(dataset: Dataset) -> list[tuple[str, str | None]]:
    return [(p.code, p.cell) for p in dataset.problems]


# Every cell filled up to the last column (openpyxl writes no blank cells, and a sheet
# without references places each cell after the one before it).
FRACTION_HEADERS = ["STT", "Chỉ tiêu", "Mã", "Đơn vị", "Kỳ", "Tử số", "Đơn vị tính"]
FRACTIONS = [
    [1, "Tỷ lệ che phủ rừng", "RUNG", "Xã A", "2024", 0.957, "%"],
    [2, "Tăng trưởng kinh tế", "TT", "Xã A", "2024", 0.06],
    [3, "Số đảng viên mới", "KN", "Xã A", "2024", 12, "người"],
]
FRACTION_FORMATS = {"F2": "0.0%", "F3": "0%"}
FRACTION_FIGURES = [
    ("Tỷ lệ che phủ rừng", "2024", "95,7%", "F2"),
    ("Tăng trưởng kinh tế", "2024", "6%", "F3"),
    ("Số đảng viên mới", "2024", "12", "F4"),
]


@pytest.mark.parametrize("package", ["transitional", "strict", "no references"])
def test_a_fraction_formatted_as_a_percentage_is_that_percentage(
    tmp_path: Path, package: str
) -> None:
    path = _book(tmp_path / "phan-tram.xlsx", FRACTIONS, FRACTION_FORMATS, headers=FRACTION_HEADERS)
    if package == "strict":
        path = _strict(path)
        assert b"purl.oclc.org" in zipfile.ZipFile(path).read("xl/styles.xml")
    elif package == "no references":
        path = _without_references(path)
        assert b' r="F2"' not in zipfile.ZipFile(path).read(SHEET_PART)
    dataset = analysis.load(path)
    assert _problems(dataset) == []
    # 0,957 shown 95,7% is 95,7% (never «0,957%»); 0,06 shown 6% with no unit of measure
    # is 6% (never a bare «0,06»).
    assert _figures(dataset) == FRACTION_FIGURES


def test_a_fraction_formatted_as_a_percentage_on_a_large_sheet(tmp_path: Path) -> None:
    path = _book(
        tmp_path / "lon.xlsx", FRACTIONS, FRACTION_FORMATS, filler=LARGE, headers=FRACTION_HEADERS
    )
    path = _strict(path)
    dataset = analysis.load(path)
    assert _problems(dataset) == []
    assert _figures(dataset)[:3] == FRACTION_FIGURES


@pytest.mark.parametrize("number_format", ['0.0"%"', "0.0\\%", '#,##0.0" %"'])
def test_a_rate_typed_in_per_cent_with_a_literal_percent_sign(
    tmp_path: Path, number_format: str
) -> None:
    rows = [[1, "Che phủ rừng", "RUNG", "Xã A", "2024", 95.7, None, None, None, None]]
    dataset = analysis.load(_book(tmp_path / "ky-hieu.xlsx", rows, {"F2": number_format}))
    assert _problems(dataset) == []
    # Excel shows 95,7%: the figure is 95,7% (not a bare 95,7, not 9.570%).
    assert _figures(dataset) == [("Che phủ rừng", "2024", "95,7%", "F2")]


def test_a_number_over_one_formatted_as_a_percentage_is_named(tmp_path: Path) -> None:
    rows = [
        [1, "Che phủ rừng", "RUNG", "Xã A", "2024", 95.7, None, None, None, None],
        [2, "Tăng trưởng kinh tế", "TT", "Xã A", "2024", 0.06, None, None, None, None],
    ]
    path = _book(tmp_path / "hai-cach.xlsx", rows, {"F2": "0.0%", "F3": "0%"})
    dataset = analysis.load(path)
    # Excel shows 9570,0%: read so, and the cell named, since 95,7% may have been meant.
    assert _problems(dataset) == [("ambiguous_percent", "F2")]
    [warning] = dataset.problems
    assert warning.severity == "warning"
    assert "Excel hiện 9570%" in warning.message and "Excel shows 9570%" in warning.message
    assert "hãy nhập 0.957" in warning.message
    assert _figures(dataset) == [
        ("Che phủ rừng", "2024", "9.570%", "F2"),
        ("Tăng trưởng kinh tế", "2024", "6%", "F3"),
    ]


def test_a_share_of_the_plan_over_one_is_no_ambiguity(tmp_path: Path) -> None:
    title = [["ĐẢNG ỦY XÃ TỊNH ẤN TÂY"], ["BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2024"], []]
    header = ["STT", "Chỉ tiêu", "ĐVT", "Kế hoạch năm 2024", "Thực hiện năm 2024", "Tỷ lệ đạt (%)"]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for line in [*title, header, [1, "Che phủ rừng", "%", 0.9, 0.957, 1.063]]:
        sheet.append(line)
    for ref in ("D5", "E5", "F5"):
        sheet[ref].number_format = "0.0%"
    path = tmp_path / "ke-hoach.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    assert _problems(dataset) == []  # 106,3% of the plan is usual, not a second reading
    [figure] = analysis.summary_records(analysis.summarize(dataset))
    assert (figure["text"], figure["cell"], figure["achievement_text"]) == ("95,7%", "E5", "106,3%")


PERIODS = [
    [1, "Số đảng viên mới", "KN", "Xã A", dt.datetime(2024, 6, 30), 12, None, None, None, "người"],
    [2, "Số đảng viên mới", "KN", "Xã A", dt.datetime(2023, 12, 31), 10, None, None, None, "người"],
]


@pytest.mark.parametrize("size", ["small", "large"])
@pytest.mark.parametrize(
    "stored", [("2024-06-30T00:00:00", "2023-12-31T00:00:00"), ("2024-06-30", "2023-12-31")]
)
def test_periods_stored_as_iso_dates_are_those_days(
    tmp_path: Path, size: str, stored: tuple[str, str]
) -> None:
    filler = LARGE if size == "large" else 0
    path = _book(tmp_path / "ky.xlsx", PERIODS, {}, filler=filler)
    path = _iso_dates(path, {"E2": stored[0], "E3": stored[1]})
    assert b'<c r="E2" t="d">' in zipfile.ZipFile(path).read(SHEET_PART)
    dataset = analysis.load(path)
    assert _problems(dataset) == []  # never corrupt_workbook
    assert _figures(dataset)[:2] == [
        ("Số đảng viên mới", "2024-06-30", "12", "F2"),
        ("Số đảng viên mới", "2023-12-31", "10", "F3"),
    ]


def test_a_catalogue_target_formatted_as_a_percentage(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "danh-muc.xlsx",
        [row("Tỷ lệ che phủ", "2024", 90, 100, code="CP")],
        catalogue=[["Mã", "Chỉ tiêu", "Mục tiêu"], ["CP", None, 0.95]],
    )
    book = openpyxl.load_workbook(path)
    book["Danh mục"]["C2"].number_format = "0%"
    book.save(path)
    dataset = analysis.load(path)
    # 0,95 shown 95% is a target of 95%, not a refused «0.95» nor a target of 0,95%.
    assert _problems(dataset) == []
    [figure] = analysis.summary_records(analysis.summarize(dataset))
    assert (figure["text"], figure["target"], figure["target_status"]) == ("90%", 95, "chưa đạt")
