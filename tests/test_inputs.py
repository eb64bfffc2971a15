"""Folders, several files and patterns: each file on its own, lock files skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from workbooks import ROOT, row, write_workbook

from analysis.cli import main
from analysis.reading.load import load_many


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
    assert code == 1  # the dry run ran each workbook's notebook: phuong-3.xlsx is broken
    assert "skipped_file" in captured.err and "~$phuong-1.xlsx" in captured.err
    assert "corrupt_workbook" in captured.err and "phuong-3.xlsx" in captured.err
    assert "Có lỗi: không ghi đè báo cáo cũ." in captured.err
    assert not out.exists()  # a dry run writes nothing


def _with_an_error(folder: Path) -> None:
    # Phường 4's workbook reads, but one of its figures is impossible: it is left out whole.
    write_workbook(
        folder / "phuong-4.xlsx",
        [
            row("Đảng viên mới", "2024", 5, unit="Phường 4"),
            row("Đảng viên dùng Sổ tay", "2024", 90, 80, unit="Phường 4"),
        ],
    )


def test_a_folder_is_one_set_naming_whose_figures_are_missing(folder: Path) -> None:
    _with_an_error(folder)
    paths = sorted(folder.glob("phuong-*.xlsx"))
    dataset = load_many(paths, label=str(folder))
    assert sorted(dataset.observations["unit"]) == ["Phường 1", "Phường 2"]
    assert [(Path(m.file).name, m.units, m.problem.code) for m in dataset.missing] == [
        ("phuong-3.xlsx", (), "corrupt_workbook"),
        ("phuong-4.xlsx", ("Phường 4",), "numerator_exceeds_denominator"),
    ]
    assert dataset.missing[1].describe().startswith("Phường 4 (tệp phuong-4.xlsx: ")


def test_a_folder_built_as_one_briefing_names_the_missing_units(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_an_error(folder)
    out = tmp_path / "out"
    arguments = ["build", str(folder), "--combine", "--report-date", "2024-07-01"]
    arguments += ["--figures", str(out / "f"), "--reports", str(out / "r")]
    arguments += ["--notebook", str(ROOT / "notebooks" / "briefing.ipynb")]
    code = main(arguments)
    captured = capsys.readouterr()
    assert code == 1  # two workbooks have errors; the others still make the briefing
    assert "numerator_exceeds_denominator" in captured.err and "corrupt_workbook" in captured.err
    html = (out / "r" / "don-vi" / "briefing.html").read_text(encoding="utf-8")
    assert "Chưa có số liệu của:" in html
    assert "Phường 4 (tệp phuong-4.xlsx: " in html and "tệp phuong-3.xlsx: " in html
    assert "Phường 1" in html and "Phường 2" in html
    pdf = (out / "r" / "don-vi" / "briefing.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert not (out / "r" / "briefing.html").exists()  # never in the bundled briefing's place


def test_a_folder_with_no_workbook_is_not_a_clean_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "chua-co"
    empty.mkdir()
    (empty / "ghi-chu.txt").write_text("x", encoding="utf-8")
    assert main(["check", str(empty)]) == 1
    out = capsys.readouterr().out
    assert f"Không có tệp Excel nào trong «{empty}»." in out
    assert main(["check", str(tmp_path / "khong-co-*.xlsx")]) == 1
