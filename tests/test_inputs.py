"""Folders, several files and patterns: each file on its own, lock files skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from workbooks import row, write_workbook

from analysis.cli import main


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    units = tmp_path / "don-vi"
    units.mkdir()
    write_workbook(units / "phuong-1.xlsx", [row("Đảng viên mới", "2024", 12, unit="Phường 1")])
    write_workbook(units / "phuong-2.xlsx", [row("Đảng viên mới", "2024", 7, unit="Phường 2")])
    (units / "~$phuong-1.xlsx").write_bytes(b"\x00lock owner")  # left while Excel has it open
    (units / "phuong-3.xlsx").write_bytes(b"PK\x03\x04 truncated")  # a broken file
    (units / "ghi-chu.txt").write_text("not a workbook", encoding="utf-8")
    return units


def test_a_folder_of_unit_files(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["summary", "--json", str(folder)])
    payload = json.loads(capsys.readouterr().out)
    assert code == 1  # one file has errors
    figures = {(r["unit"], r["text"]) for r in payload["rows"]}
    assert figures == {("Phường 1", "12"), ("Phường 2", "7")}  # the valid files still count
    found = {(p["code"], Path(p["file"]).name, p["severity"]) for p in payload["problems"]}
    assert ("skipped_file", "~$phuong-1.xlsx", "note") in found
    assert ("corrupt_workbook", "phuong-3.xlsx", "error") in found
    assert not any(name == "ghi-chu.txt" for _, name, _ in found)


def test_patterns_and_several_paths(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(folder / "phuong-*.xlsx")]) == 1
    out = capsys.readouterr().out
    assert "phuong-3.xlsx" in out and "3 tệp" in out
    assert main(["check", str(folder / "phuong-1.xlsx"), str(folder / "phuong-2.xlsx")]) == 0
    assert "2 tệp, 0 lỗi" in capsys.readouterr().out


def test_summary_prints_figures_on_stdout_and_problems_on_stderr(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    main(["summary", str(folder)])
    captured = capsys.readouterr()
    assert "Phường 1" in captured.out and "corrupt_workbook" not in captured.out
    assert "corrupt_workbook" in captured.err and "skipped_file" in captured.err


def test_build_takes_a_folder_and_skips_lock_files(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(
        [
            "build",
            str(folder),
            "--dry-run",
            "--figures",
            str(out / "f"),
            "--reports",
            str(out / "r"),
        ]
    )
    captured = capsys.readouterr()
    assert code == 0
    assert "skipped_file" in captured.err and "~$phuong-1.xlsx" in captured.err
    assert "phuong-1.xlsx" in captured.out and "phuong-2.xlsx" in captured.out
    assert not out.exists()  # a dry run writes nothing
