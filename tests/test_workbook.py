"""Opening files: anything that is not a readable, safe .xlsx is refused by name."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from conftest import WorkbookFactory
from workbooks import row

import analysis
from analysis.model.errors import WorkbookError
from analysis.reading.workbook import cell_ref, open_workbook


def refused(path: Path) -> str:
    with pytest.raises(WorkbookError) as info:
        open_workbook(path)
    problem = info.value.problem
    assert problem.file == str(path)
    assert problem.severity == "error"
    return problem.code


def rewrite(source: Path, target: Path, replace: dict[str, bytes], extra: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        for name, data in extra.items():
            new.writestr(name, data)
    return target


def test_cell_ref() -> None:
    assert cell_ref(6, 4) == "E7"
    assert cell_ref(0, 27) == "AB1"


def test_missing_and_directory(tmp_path: Path) -> None:
    assert refused(tmp_path / "none.xlsx") == "file_not_found"
    assert refused(tmp_path) == "not_a_file"


def test_empty_and_text_files(tmp_path: Path) -> None:
    (tmp_path / "empty.xlsx").write_bytes(b"")
    assert refused(tmp_path / "empty.xlsx") == "empty_file"
    (tmp_path / "data.xlsx").write_text("Chỉ tiêu;Tử số\nA;1\n", encoding="utf-8")
    assert refused(tmp_path / "data.xlsx") == "not_xlsx"


def test_old_excel_or_encrypted(tmp_path: Path) -> None:
    path = tmp_path / "old.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    assert refused(path) == "legacy_or_encrypted"


def test_other_zip_formats(tmp_path: Path) -> None:
    path = tmp_path / "letter.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w/>")
    assert refused(path) == "not_xlsx"


def test_truncated_zip(make_workbook: WorkbookFactory, tmp_path: Path) -> None:
    good = make_workbook([row("A", "2024", 1)])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(good.read_bytes()[:400])
    assert refused(broken) == "corrupt_workbook"


def test_macros_are_refused(make_workbook: WorkbookFactory, tmp_path: Path) -> None:
    good = make_workbook([row("A", "2024", 1)])
    path = rewrite(good, tmp_path / "macro.xlsx", {}, {"xl/vbaProject.bin": b"\0" * 100})
    assert refused(path) == "macro_workbook"


def test_zip_bomb_is_refused(make_workbook: WorkbookFactory, tmp_path: Path) -> None:
    good = make_workbook([row("A", "2024", 1)])
    path = rewrite(good, tmp_path / "bomb.xlsx", {}, {"xl/media/pad.bin": b"\0" * 5_000_000})
    assert refused(path) == "zip_bomb"


def with_prolog(good: Path, target: Path, prolog: bytes) -> Path:
    """A copy of a workbook whose first sheet's XML starts with another prolog."""
    with zipfile.ZipFile(good) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml")
    body = sheet.split(b"?>", 1)[1] if sheet.startswith(b"<?xml") else sheet
    return rewrite(good, target, {"xl/worksheets/sheet1.xml": prolog + body}, {})


@pytest.mark.parametrize(
    "prolog",
    [
        # billion laughs
        b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
        # the declaration behind 200 KB of padding
        b'<?xml version="1.0"?><!--' + b" " * 200_000 + b'--><!DOCTYPE x [<!ENTITY a "b">]>',
        # behind a comment that looks like an element
        b'<?xml version="1.0"?><!-- <a> --><!DOCTYPE x [<!ENTITY a "b">]>',
    ],
    ids=["laughs", "padding", "comment"],
)
def test_xml_entity_declarations_are_refused(
    make_workbook: WorkbookFactory, tmp_path: Path, prolog: bytes
) -> None:
    good = make_workbook([row("A", "2024", 1)])
    assert refused(with_prolog(good, tmp_path / "entities.xlsx", prolog)) == "xml_entities"


def test_load_turns_refusals_into_problems(tmp_path: Path) -> None:
    (tmp_path / "data.xlsx").write_text("not excel", encoding="utf-8")
    dataset = analysis.load(tmp_path / "data.xlsx")
    assert not dataset.ok
    assert dataset.observations.empty
    assert [p.code for p in dataset.problems] == ["not_xlsx"]


def test_user_file_is_never_modified(make_workbook: WorkbookFactory) -> None:
    path = make_workbook([row("A", "2024", "=1+1", 10)])
    before = path.read_bytes()
    mtime = path.stat().st_mtime_ns
    analysis.load(path)
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == mtime


def test_fast_and_cell_by_cell_readers_agree(make_workbook: WorkbookFactory) -> None:
    """fastexcel (typed columns) and calamine (cell by cell) read the same sheet alike."""
    import datetime as dt

    import pandas as pd

    from analysis.reading.workbook import _raw_columns, _typed_columns, open_workbook

    path = make_workbook(
        [
            ["I", "Mục I", None, None, None, None, None, None, None, None],
            [1, "Sổ tay", "ST", "Phường 1", "2024S1", 9728, 9897, 98.3, None, "đảng viên"],
            [2, "Hồ sơ", None, "Phường 2", dt.date(2024, 6, 30), 12.5, None, None, "G", None],
            [3, "Đối thoại", None, "Phường 3", 2023, 5, None, None, None, "buổi"],
        ]
    )
    book = open_workbook(path)
    sheet = book.sheet("Chỉ tiêu")
    text, numbers = [0, 1, 2, 3, 4, 8, 9], [5, 6, 7]
    fast = _typed_columns(path, "Chỉ tiêu", 1, text, numbers, sheet.n_columns)
    slow = _raw_columns(path, "Chỉ tiêu", 1, text, numbers)

    def plain(series: pd.Series) -> list[object]:
        return series.astype(object).where(series.notna(), None).tolist()

    for column in text + numbers:
        assert plain(fast[column]) == plain(slow[column]), column
    assert plain(fast[4]) == [None, "2024S1", "2024-06-30 00:00:00", "2023"]
    assert fast[5].tolist()[1:] == [9728.0, 12.5, 5.0]


def test_a_column_mixing_numbers_and_text_is_read_cell_by_cell(
    make_workbook: WorkbookFactory,
) -> None:
    path = make_workbook([row("Sổ tay", "2024", "9.728", 9897), row("Khác", "2024", 5, 10)])
    columns = open_workbook(path).sheet("Chỉ tiêu").columns(1, numbers=[5])
    assert columns[5].tolist() == ["9.728", 5.0]  # the text stays text: 9728, not 9,728
    dataset = analysis.load(path)
    assert [(p.code, p.cell) for p in dataset.problems] == [("number_as_text", "F2")]
    assert dataset.observations["numerator"].tolist() == [9728.0, 5.0]


def test_a_stray_cell_beyond_the_stated_range_is_found(tmp_path: Path) -> None:
    """`<dimension>` may lie: a cell past it still counts toward the used range."""
    import re as regex

    from analysis.reading.sheet_scan import used_extent

    sheet = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<dimension ref="A1:C2"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'
        b'<row r="2"><c r="C2"><v>2</v></c><c r="XFD2"><v>3</v></c></row>'
        b'<row r="1048576"><c r="B1048576"><v>4</v></c></row></sheetData></worksheet>'
    )
    assert used_extent(sheet) == (1048576, 16384)
    honest = regex.sub(rb'<c r="XFD2"><v>3</v></c>', b"", sheet)
    assert used_extent(honest) == (1048576, 3)
    no_refs = sheet.replace(b'<c r="C2">', b"<c>")
    assert used_extent(no_refs) == (1048576, 16384)
