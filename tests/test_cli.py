"""The chiso command, run as a real subprocess."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

from conftest import WorkbookFactory
from workbooks import BUNDLED, ROOT, row


def chiso(*args: str) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("chiso", path=str(Path(sys.executable).parent))
    command = [executable] if executable else [sys.executable, "-m", "analysis.cli"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
        env={"PATH": "/usr/bin:/bin", "LANG": "C"},
    )


def test_summary_prints_the_report_figures() -> None:
    result = chiso("summary", str(BUNDLED))
    assert result.returncode == 0, result.stderr
    for text in (
        "98,3%",
        "9.728/9.897",
        "96,4%",
        "10.616 lượt",
        "43 đảng viên",
        "6/7",
        "6/11",
        "12/12",
        "7/7",
    ):
        assert text in result.stdout
    assert result.stderr == ""


def test_summary_json_is_the_public_interface() -> None:
    result = chiso("summary", str(BUNDLED), "--json")
    assert result.returncode == 0
    payload: dict[str, Any] = json.loads(result.stdout)
    assert set(payload) == {"rows", "problems"}
    assert payload["problems"] == []
    required = {
        "indicator",
        "code",
        "unit",
        "period",
        "numerator",
        "denominator",
        "value",
        "ci_low",
        "ci_high",
        "text",
        "cell",
    }
    for record in payload["rows"]:
        assert required <= set(record)
    by_code = {r["code"]: r for r in payload["rows"] if r["code"]}
    assert by_code["STDV"]["text"] == "98,3%"
    assert by_code["STDV"]["ci_low"] is None
    assert by_code["HLRH"]["ci_low"] is not None
    assert by_code["STDV"]["cell"] == "F7"


def test_english_and_exact_interval() -> None:
    result = chiso("summary", str(BUNDLED), "--json", "--lang", "en", "--interval", "exact")
    rows = {r["code"]: r for r in json.loads(result.stdout)["rows"] if r["code"]}
    assert rows["STDV"]["text"] == "98.3%"
    assert rows["STDV"]["ratio_text"] == "9,728/9,897"
    assert rows["HLRH"]["interval_method"] == "Clopper–Pearson"


def test_check_reports_errors_with_exit_1(make_workbook: WorkbookFactory) -> None:
    bad = make_workbook([row("A", "2024", "abc", 10)], name="bad.xlsx")
    result = chiso("check", str(bad), str(BUNDLED))
    assert result.returncode == 1
    assert "unparseable_number" in result.stdout
    assert "bad.xlsx › Chỉ tiêu › F2" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_json_of_a_workbook_with_errors_has_no_rows(make_workbook: WorkbookFactory) -> None:
    bad = make_workbook([row("A", "2024", 11, 10)], name="bad.xlsx")
    result = chiso("summary", str(bad), "--json")
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["rows"] == []
    [problem] = payload["problems"]
    assert problem == {
        "severity": "error",
        "code": "numerator_exceeds_denominator",
        "file": str(bad),
        "sheet": "Chỉ tiêu",
        "cell": "F2",
        "message": problem["message"],
        "message_vi": problem["message_vi"],
        "message_en": problem["message_en"],
        "value": None,
    }
    assert problem["message"].startswith("Tử số (11) lớn hơn mẫu số (10)")


def test_a_file_that_is_not_excel(tmp_path: Path) -> None:
    fake = tmp_path / "notes.xlsx"
    fake.write_text("hello", encoding="utf-8")
    result = chiso("summary", str(fake))
    assert result.returncode == 1
    assert "not_xlsx" in result.stderr
    assert str(fake) in result.stderr
    assert "Traceback" not in result.stderr


def test_usage_errors_exit_2() -> None:
    assert chiso("summary").returncode == 2
    assert chiso().returncode == 2
