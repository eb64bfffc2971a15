"""Each figure against its target (in the indicator's direction) and against the period
before it (percentage points for rates, per cent and units for counts, Newcombe's interval
for a sample), as `chiso summary --json` gives them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from workbooks import row, write_workbook

from analysis.cli import main


def _rows(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    assert main(["summary", "--json", str(path)]) == 0
    rows: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["rows"]
    return rows


def test_target_status_follows_the_direction(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    figures = {"A": 12, "B": 10, "C": 8, "D": 2, "E": 4, "F": 3}
    path = write_workbook(
        tmp_path / "muc-tieu.xlsx",
        [row(name, "2024", value) for name, value in figures.items()],
        catalogue=[
            ["Chỉ tiêu", "Chiều", "Mục tiêu"],
            ["A", "tăng", 10],
            ["B", "tăng", 10],
            ["C", "tăng", 10],
            ["D", "giảm", 3],  # lower is better: 2 is beyond the target of 3
            ["E", "giảm", 3],
            ["F", "giảm", 3],
        ],
    )
    rows = _rows(path, capsys)
    assert [(r["indicator"], r["target"], r["target_status"]) for r in rows] == [
        ("A", 10, "vượt"),
        ("B", 10, "đạt"),
        ("C", 10, "chưa đạt"),
        ("D", 3, "vượt"),
        ("E", 3, "chưa đạt"),
        ("F", 3, "đạt"),
    ]


def test_changes_in_points_per_cent_and_units(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_workbook(
        tmp_path / "thay-doi.xlsx",
        [
            row("Đảng viên dùng Sổ tay", "2023", 9100, 9800),
            row("Đảng viên dùng Sổ tay", "2024", 9728, 9897),
            row("Đảng viên mới", "2023", 40),
            row("Đảng viên mới", "2024", 43),
            row("Đảng viên mới", "2024S1", 20),  # a half: compared with halves only
        ],
    )
    rows = {(r["indicator"], r["period"]): r for r in _rows(path, capsys)}
    assert rows[("Đảng viên dùng Sổ tay", "2023")]["change"] is None
    handbook = rows[("Đảng viên dùng Sổ tay", "2024")]["change"]
    # 98,29% − 92,86% = 5,43 percentage points; a full count has no interval.
    assert handbook["unit"] == "pp" and handbook["compared_with"] == "2023"
    assert handbook["value"] == pytest.approx(9728 / 9897 * 100 - 9100 / 9800 * 100)
    assert (handbook["amount"], handbook["ci_low"], handbook["ci_high"]) == (None, None, None)
    members = rows[("Đảng viên mới", "2024")]["change"]
    assert members == {
        "value": pytest.approx(7.5),
        "unit": "%",
        "amount": 3,
        "compared_with": "2023",
        "ci_low": None,
        "ci_high": None,
    }
    assert rows[("Đảng viên mới", "2024S1")]["change"] is None


def test_a_sample_change_has_newcombes_interval(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Newcombe (1998), Statistics in Medicine 17: 873–890, example (a): 56/70 − 48/80, the
    # hybrid score interval (method 10) is 0,0524 to 0,3339.
    path = write_workbook(
        tmp_path / "mau.xlsx",
        [row("Hài lòng", "2023", 48, 80), row("Hài lòng", "2024", 56, 70)],
        catalogue=[["Chỉ tiêu", "Cách đo"], ["Hài lòng", "mẫu"]],
    )
    change = {r["period"]: r for r in _rows(path, capsys)}["2024"]["change"]
    assert change["value"] == pytest.approx(20.0)
    assert change["ci_low"] == pytest.approx(5.24, abs=0.005)
    assert change["ci_high"] == pytest.approx(33.39, abs=0.005)
