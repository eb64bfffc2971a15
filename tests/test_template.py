"""`chiso template`: the workbook an analyst hands to units. Filled in, it passes `chiso
check`; it opens cleanly in LibreOffice (converted headless and read back)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from workbooks import row, write_workbook

import analysis
from analysis.cli import main

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _filled(tmp_path: Path) -> Path:
    source = write_workbook(
        tmp_path / "goc.xlsx",
        [
            row("Đảng viên dùng sổ tay", "2024", 70, 80, unit="Phường 1", measure="đảng viên"),
            row("Đảng viên dùng sổ tay", "2024", 60, 80, unit="Phường 2", measure="đảng viên"),
            row("Đảng viên mới", "2024", 4, unit="Phường 1", measure="đảng viên"),
            row("Đảng viên mới", "2024", 6, unit="Phường 2", measure="đảng viên"),
        ],
        catalogue=[["Chỉ tiêu", "Chiều"], ["Đảng viên dùng sổ tay", "tăng"]],
    )
    template = tmp_path / "mau.xlsx"
    assert main(["template", str(template), "--from", str(source)]) == 0
    book = openpyxl.load_workbook(template)
    sheet = book["Chỉ tiêu"]
    assert [c.value for c in sheet[1]][:5] == ["STT", "Chỉ tiêu", "Mã", "Đơn vị", "Kỳ"]
    assert sheet.freeze_panes == "A2"
    lists = {str(v.sqref): v.formula1 for v in sheet.data_validations.dataValidation}
    assert lists == {
        "B2:B2001": "'Danh sách'!$A$2:$A$3",
        "D2:D2001": "'Danh sách'!$B$2:$B$3",
        "E2:E2001": "'Danh sách'!$C$2:$C$41",  # 20 periods a year, this year and last
    }
    assert book["Danh sách"].sheet_state == "hidden"
    assert book["Hướng dẫn"]["A1"].value == "HƯỚNG DẪN ĐIỀN SỐ LIỆU"
    # A unit fills in its figures for the next period.
    filled = {
        ("Đảng viên dùng sổ tay", "Phường 1"): (75, 80),
        ("Đảng viên mới", "Phường 2"): (7, None),
    }
    for line in sheet.iter_rows(min_row=2):
        figures = filled.get((line[1].value, line[3].value), (1, None))
        line[4].value = "Năm 2025"
        line[5].value, line[6].value = figures
    book.save(template)
    return template


def test_a_filled_in_template_passes_check(tmp_path: Path) -> None:
    template = _filled(tmp_path)
    dataset = analysis.load(template)
    assert dataset.problems == []
    assert main(["check", str(template)]) == 0
    got = {
        (r["indicator"], r["unit"]): r["numerator"] for r in dataset.observations.to_dict("records")
    }
    assert got[("Đảng viên dùng sổ tay", "Phường 1")] == 75
    assert got[("Đảng viên mới", "Phường 2")] == 7
    assert set(dataset.observations["period"]) == {"2025"}
    assert set(dataset.observations["direction"].dropna()) == {"up"}  # the catalogue came along


@pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: .ci/run installs Debian's "
    "libreoffice-calc-nogui; elsewhere install it to run this test",
)
def test_the_template_opens_cleanly_in_libreoffice(tmp_path: Path) -> None:
    template = _filled(tmp_path)
    out = tmp_path / "libreoffice"
    assert SOFFICE is not None
    done = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            "--headless",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(template),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    converted = out / "mau.xlsx"
    original, again = analysis.load(template), analysis.load(converted)
    assert again.problems == []
    columns = ["indicator", "unit", "period", "numerator", "denominator"]
    assert again.observations[columns].equals(original.observations[columns])
    sheet = openpyxl.load_workbook(converted)["Chỉ tiêu"]
    assert len(sheet.data_validations.dataValidation) == 3  # the drop-down lists survive
