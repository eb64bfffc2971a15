"""An ambiguous package is refused: a zip holding two members with one name is read from
neither, since which copy a reader takes is its own choice (issue 19, item 3)."""

from __future__ import annotations

import json
import warnings
import zipfile
from pathlib import Path

import pytest
from workbooks import row, write_workbook

import analysis
from analysis.cli import main

SHEET = "xl/worksheets/sheet1.xml"


def _with_a_second(path: Path, member: str, *, named: str | None = None) -> Path:
    """The openpyxl workbook at `path` rewritten with a second copy of `member` (under the
    name `named`, when given) after the first, its figure 43 changed to 99."""
    target = path.with_name(f"hai-{path.name}")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w") as copy:
        for info in source.infolist():
            copy.writestr(info, source.read(info))
        second = source.read(member).replace(b">43<", b">99<")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # «Duplicate name»: on purpose
            copy.writestr(named or member, second, compress_type=zipfile.ZIP_DEFLATED)
    return target


def _workbook(tmp_path: Path) -> Path:
    return write_workbook(tmp_path / "phuong.xlsx", [row("Đảng viên mới", "2024", 43)])


@pytest.mark.parametrize("member", [SHEET, "[Content_Types].xml", "xl/workbook.xml"])
def test_two_members_with_one_name_are_corrupt_workbook(
    tmp_path: Path, member: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _with_a_second(_workbook(tmp_path), member)
    with zipfile.ZipFile(path) as archive:  # the file really holds both copies
        assert [i.filename for i in archive.infolist()].count(member) == 2

    code = main(["check", "--json", str(path)])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1
    [problem] = payload["problems"]
    assert problem["code"] == "corrupt_workbook" and problem["severity"] == "error"
    assert f"({member}: hai mục trùng tên" in problem["message_vi"]
    assert member in problem["message_en"]
    assert payload["rows"] == []

    dataset = analysis.load(path)
    assert [p.code for p in dataset.problems] == ["corrupt_workbook"]
    assert member in dataset.problems[0].message_vi
    assert dataset.observations.empty and not dataset.ok


def test_two_members_whose_names_differ_only_in_case_are_refused(tmp_path: Path) -> None:
    # Part names are case-insensitive in a package: «XL/Worksheets/Sheet1.xml» is the
    # sheet's part again, and a reader may take either copy.
    path = _with_a_second(_workbook(tmp_path), SHEET, named="XL/Worksheets/Sheet1.xml")
    dataset = analysis.load(path)
    [problem] = dataset.problems
    assert problem.code == "corrupt_workbook"
    assert "XL/Worksheets/Sheet1.xml: hai mục trùng tên" in problem.message_vi
    assert dataset.observations.empty


def test_the_same_workbook_with_each_member_once_is_read(tmp_path: Path) -> None:
    dataset = analysis.load(_workbook(tmp_path))
    assert dataset.ok and dataset.problems == []
    assert dataset.observations["numerator"].tolist() == [43]
