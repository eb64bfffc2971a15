"""A side sheet is read for what it describes, never searched for figures: a `Sáp nhập`
sheet (merged units) is the crosswalk, whether Excel shows it or hides it, and is never
named as a sheet not read, a table not read or a hidden sheet left unread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from workbooks import HEADERS

import analysis
from analysis.model.crosswalk import Link
from analysis.reading.crosswalk_sheet import read_crosswalk
from analysis.reading.workbook import open_workbook

# The problems that would say a sheet was passed over or a hidden sheet left unread.
NOT_READ = {"skipped_sheet", "hidden_sheet", "hidden_sheets", "table_not_read"}

MERGES = [
    ["Đơn vị cũ", "Đơn vị mới", "Tỷ lệ", "Từ ngày"],
    ["Xã A", "Phường Mới", "100%", "01/01/2024"],
    ["Xã B", "Phường Mới", "100%", "01/01/2024"],
]


def _workbook(path: Path, *, side: str, state: str = "visible") -> Path:
    """An indicator sheet with two communes in 2023 and the ward they became in 2024, and
    a side sheet named `side` (in the given Excel state) saying they merged."""
    book = openpyxl.Workbook()
    data = book.active
    assert data is not None
    data.title = "Chỉ tiêu"
    data.append(HEADERS)
    data.append([1, "Đảng viên mới", None, "Xã A", "2023", 40])
    data.append([2, "Đảng viên mới", None, "Xã B", "2023", 50])
    data.append([3, "Đảng viên mới", None, "Phường Mới", "2024", 95])
    merges = book.create_sheet(side)
    for line in MERGES:
        merges.append(line)
    merges.sheet_state = state
    book.save(path)
    return path


@pytest.mark.parametrize("state", ["visible", "hidden", "veryHidden"])
@pytest.mark.parametrize("name", ["Sáp nhập", "SÁP NHẬP", "Sap nhap"])
def test_a_merger_sheet_is_the_crosswalk(tmp_path: Path, name: str, state: str) -> None:
    path = _workbook(tmp_path / "sap-nhap.xlsx", side=name, state=state)
    book = open_workbook(path)
    assert [(s.name, s.state) for s in book.sheets] == [("Chỉ tiêu", "visible"), (name, state)]
    crosswalk = read_crosswalk(book)
    assert crosswalk.links == (
        Link("Xã A", "Phường Mới", 1.0, dt.date(2024, 1, 1)),
        Link("Xã B", "Phường Mới", 1.0, dt.date(2024, 1, 1)),
    )
    assert crosswalk.problems == []

    dataset = analysis.load(path)
    # 2023's communes restated on the ward they merged into: 40 + 50, from both cells.
    got = dataset.observations[
        ["unit", "period", "numerator", "estimate", "restated_from", "cell_numerator"]
    ].to_dict("records")
    assert got == [
        {
            "unit": "Phường Mới",
            "period": "2023",
            "numerator": 90.0,
            "estimate": False,
            "restated_from": "Xã A, Xã B",
            "cell_numerator": "F2, F3",
        },
        {
            "unit": "Phường Mới",
            "period": "2024",
            "numerator": 95.0,
            "estimate": False,
            "restated_from": None,
            "cell_numerator": "F4",
        },
    ]
    # Read as the crosswalk, never as a table: only the indicator sheet's table is listed,
    # and nothing says a sheet was skipped or left hidden.
    assert [(t.sheet, t.refused) for t in dataset.tables] == [("Chỉ tiêu", None)]
    assert [s.sheet for s in dataset.sheets] == ["Chỉ tiêu"]
    assert [p.code for p in dataset.problems] == []
    assert dataset.missing == []
    assert dataset.ok


@pytest.mark.parametrize("state", ["hidden", "veryHidden"])
def test_the_same_merges_on_another_hidden_sheet_are_named(tmp_path: Path, state: str) -> None:
    """The control: under a name that is no side sheet's, the hidden sheet is named as left
    unread, and no unit is restated."""
    path = _workbook(tmp_path / "ghi-chep.xlsx", side="Ghi chép", state=state)
    dataset = analysis.load(path)
    assert read_crosswalk(open_workbook(path)).links == ()
    hidden = [p for p in dataset.problems if p.code in NOT_READ]
    word = {"hidden": "ẩn", "veryHidden": "ẩn sâu"}[state]
    assert [(p.code, p.details["value"]) for p in hidden] == [
        ("hidden_sheets", f"'Ghi chép' ({word})")
    ]
    units = dataset.observations[["unit", "period", "numerator"]].to_dict("records")
    assert units == [
        {"unit": "Xã A", "period": "2023", "numerator": 40.0},
        {"unit": "Xã B", "period": "2023", "numerator": 50.0},
        {"unit": "Phường Mới", "period": "2024", "numerator": 95.0},
    ]


def test_the_same_merges_on_another_visible_sheet_are_a_table_not_read(tmp_path: Path) -> None:
    """The control: a visible sheet under another name is searched for tables; its two
    columns of units make one chiso cannot read, and it says so."""
    path = _workbook(tmp_path / "ghi-chep.xlsx", side="Ghi chép")
    dataset = analysis.load(path)
    named = [(p.code, p.sheet, p.cell) for p in dataset.problems if p.code in NOT_READ]
    assert named == [("table_not_read", "Ghi chép", "A1")]
    assert [(t.sheet, t.refused is None) for t in dataset.tables] == [
        ("Chỉ tiêu", True),
        ("Ghi chép", False),
    ]
    assert len(dataset.missing) == 1
