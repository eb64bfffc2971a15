"""`chiso build`: real builds into temporary folders, checked file by file."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import openpyxl
import pytest
from workbooks import BUNDLED, ROOT

from analysis.build import BuildError, BuildOptions, BuildReport, build

NOTEBOOK = ROOT / "notebooks" / "briefing.ipynb"
HANDBOOK = {
    "so-tay-dang-vien-dien-tu-rate-of-whole.png",
    "so-tay-dang-vien-dien-tu-rate-of-whole.svg",
}
REPORTS = {"briefing.html", "briefing.pdf", "briefing.ipynb"}


def options(root: Path) -> BuildOptions:
    return BuildOptions(
        figures_dir=root / "figures",
        reports_dir=root / "reports",
        notebook=NOTEBOOK,
        report_date="2024-07-01",
    )


def snapshot(root: Path) -> dict[Path, tuple[bytes, int]]:
    return {
        p: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.suffix != ".xlsx"
    }


def names(paths: list[Path]) -> set[str]:
    return {p.name for p in paths}


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    copy = tmp_path / "data" / BUNDLED.name  # same file name: the charts' source lines match
    copy.parent.mkdir()
    shutil.copy(BUNDLED, copy)
    return copy


def test_first_build_reproduces_committed_figures_then_nothing_to_do(
    workbook: Path, tmp_path: Path
) -> None:
    first = build([workbook], options(tmp_path))
    assert not first.failed
    assert first.executed == [NOTEBOOK]
    figures = sorted((tmp_path / "figures").iterdir())
    committed = sorted((ROOT / "figures").glob("*.*"))
    assert [p.name for p in figures] == [p.name for p in committed]
    for built, kept in zip(figures, committed, strict=True):
        assert built.read_bytes() == kept.read_bytes(), built.name  # deterministic, up to date
    assert {p.name for p in (tmp_path / "reports").iterdir()} >= REPORTS

    before = snapshot(tmp_path)
    second: BuildReport = build([workbook], options(tmp_path))
    assert second.skipped == [workbook]
    assert second.executed == [] and second.written == []
    assert snapshot(tmp_path) == before

    dry: BuildReport = build([workbook], options(tmp_path), force=True, dry_run=True)
    assert dry.written == [workbook]
    assert snapshot(tmp_path) == before


def test_a_changed_value_rebuilds_only_what_it_affects(workbook: Path, tmp_path: Path) -> None:
    build([workbook], options(tmp_path))
    before = snapshot(tmp_path)

    book = openpyxl.load_workbook(workbook)
    book["Chỉ tiêu"]["F7"] = 9750  # e-handbook registrations
    book["Chỉ tiêu"]["H7"] = 98.5
    book.save(workbook)
    report = build([workbook], options(tmp_path))
    assert names(report.written) == HANDBOOK | REPORTS
    assert len(report.unchanged) == len(before) - len(HANDBOOK | REPORTS) - 1  # minus manifest
    html = (tmp_path / "reports" / "briefing.html").read_text(encoding="utf-8")
    assert "9.750/9.897" in html and "98,5%" in html

    # Now an error: the build stops, says where, and leaves every output as it was.
    before = snapshot(tmp_path)
    book["Chỉ tiêu"]["F7"] = "chín nghìn"
    book.save(workbook)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis.cli",
            "build",
            str(workbook),
            "--figures",
            str(tmp_path / "figures"),
            "--reports",
            str(tmp_path / "reports"),
            "--notebook",
            str(NOTEBOOK),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 1
    assert "unparseable_number" in result.stderr and "Chỉ tiêu › F7" in result.stderr
    assert "Traceback" not in result.stderr
    assert snapshot(tmp_path) == before
    assert not list(tmp_path.rglob("*.tmp"))


def test_paths_written_differently_name_the_same_files(workbook: Path, tmp_path: Path) -> None:
    relative = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis.cli",
            "build",
            "data/" + workbook.name,
            "--notebook",
            str(NOTEBOOK),
            "--report-date",
            "2024-07-01",
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=tmp_path,
    )
    assert relative.returncode == 0, relative.stderr
    for figure in ("98,3%", "9.728/9.897", "43 đảng viên", "10.616 lượt", "12/12", "6/7"):
        assert figure in relative.stdout  # a build prints what its briefing says
    figures = sorted(p.name for p in (tmp_path / "figures").iterdir())
    again = build([workbook], options(tmp_path), force=True)  # absolute paths this time
    assert again.removed == []
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == figures

    elsewhere = BuildOptions(
        figures_dir=tmp_path / "other",
        reports_dir=tmp_path / "reports",
        notebook=NOTEBOOK,
        report_date="2024-07-01",
    )
    moved = build([workbook], elsewhere)
    assert names(moved.written) >= {f for f in figures}
    assert sorted(p.name for p in (tmp_path / "other").iterdir()) == figures


def test_a_failing_notebook_stops_the_build_plainly(workbook: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ipynb"
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("raise ValueError('sai số liệu')"))
    nbformat.write(notebook, broken)
    with pytest.raises(BuildError) as info:
        build(
            [workbook],
            BuildOptions(figures_dir=tmp_path / "f", reports_dir=tmp_path / "r", notebook=broken),
        )
    assert "ValueError: sai số liệu" in str(info.value)
    assert not (tmp_path / "f").exists() and not (tmp_path / "r").exists()


def test_options_are_checked_before_any_work(workbook: Path, tmp_path: Path) -> None:
    for option in (["--period", "2024Q9"], ["--report-date", "27/11/2026"]):
        result = subprocess.run(
            [sys.executable, "-m", "analysis.cli", "build", str(workbook), *option],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
            cwd=tmp_path,
        )
        assert result.returncode == 2 and "Traceback" not in result.stderr
    twin = tmp_path / "twin" / workbook.name
    twin.parent.mkdir()
    shutil.copy(workbook, twin)
    with pytest.raises(BuildError, match="trùng tên"):
        build([workbook, twin], options(tmp_path))
