"""`chiso diff`: the figures that changed, appeared or went away between two workbooks, two
saved `chiso summary --json` outputs, or a build and a workbook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from workbooks import row, write_workbook

from analysis.cli import main


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    old = write_workbook(
        tmp_path / "cu.xlsx",
        [
            row("Đảng viên dùng sổ tay", "2024", 9700, 9897),
            row("Đảng viên mới", "2024", 40),
            row("Đối thoại", "2024", 9),
        ],
    )
    new = write_workbook(
        tmp_path / "moi.xlsx",
        [
            row("Đảng viên dùng sổ tay", "2024", 9728, 9897),
            row("Đảng viên mới", "2024", 43),
            row("Đối thoại", "2024", 9),
            row("Chức danh chủ chốt", "2024", 6, 7),
        ],
    )
    return old, new


def test_two_workbooks(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = _pair(tmp_path)
    assert main(["diff", str(old), str(new), "--json"]) == 0
    changes = json.loads(capsys.readouterr().out)["changes"]
    got = [(c["indicator"], c["status"], c["old_text"], c["new_text"]) for c in changes]
    assert got == [
        ("Đảng viên dùng sổ tay", "changed", "98,0%", "98,3%"),
        ("Đảng viên mới", "changed", "40", "43"),
        ("Chức danh chủ chốt", "added", None, "85,7%"),
    ]
    handbook, members = changes[0], changes[1]
    assert handbook["change"] == pytest.approx((9728 - 9700) / 9897 * 100)
    assert handbook["change_unit"] == "pp"
    assert (members["change"], members["change_unit"]) == (3, "units")
    assert main(["diff", str(old), str(new)]) == 0
    table = capsys.readouterr().out
    assert "+0,28 điểm phần trăm" in table and "+3" in table and "Đối thoại" not in table


def test_saved_summaries_and_a_side_that_is_not_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _pair(tmp_path)
    saved = tmp_path / "cu.json"
    assert main(["summary", "--json", str(old)]) == 0
    saved.write_text(capsys.readouterr().out, encoding="utf-8")
    assert main(["diff", str(saved), str(new), "--json"]) == 0
    assert len(json.loads(capsys.readouterr().out)["changes"]) == 3
    assert main(["diff", str(new), str(new)]) == 0
    assert "Không có số liệu nào thay đổi" in capsys.readouterr().out
    assert main(["diff", str(tmp_path), str(new)]) == 1
    assert "không có briefing.ipynb" in capsys.readouterr().err
