"""The chiso command: in-process where the process itself is not the point."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import WorkbookFactory
from workbooks import BUNDLED, ROOT, row

from analysis import cli
from analysis.present import json_report
from analysis.present.summary import summarize, summary_records, trend_records
from analysis.reading.load import load

# The public JSON interface (docs/json.md, "JSON interface"), field by field, in order.
ROW_FIELDS = [
    "indicator",
    "code",
    "unit",
    "period",
    "period_label",
    "period_start",
    "period_end",
    "period_kind",
    "numerator",
    "denominator",
    "value",
    "ci_low",
    "ci_high",
    "interval_method",
    "interval_note",
    "text",
    "value_text",
    "ratio_text",
    "interval_text",
    "measure",
    "group",
    "is_total",
    "display",
    "measurement",
    "factor",
    "decimals",
    "section",
    "theme",
    "note",
    "source",
    "file",
    "sheet",
    "cell",
    "address",
    "parent",
    "target",
    "achievement",
    "achievement_text",
    "target_status",
    "estimate",
    "restated_from",
    "printed_rate",
    "printed_rate_text",
    "change",
]
PROBLEM_FIELDS = [
    "severity",
    "code",
    "file",
    "sheet",
    "cell",
    "message",
    "message_vi",
    "message_en",
    "value",
]
Capture = pytest.CaptureFixture[str]


def chiso(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed console script, in a bare environment (LANG=C)."""
    executable = shutil.which("chiso", path=str(Path(sys.executable).parent))
    command = [executable] if executable else [sys.executable, "-m", "analysis.cli"]
    env = {"PATH": "/usr/bin:/bin", "LANG": "C"}
    if "PYTHONPATH" in os.environ:
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    return subprocess.run(
        [*command, *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        check=False,
        env=env,
    )


def run(capsys: Capture, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_summary_prints_the_report_figures_whatever_the_locale() -> None:
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
    lines = result.stdout.splitlines()
    heads = "Chỉ tiêu  Đơn vị  Kỳ  Số liệu  Tử số/Mẫu số  Khoảng tin cậy 95%  Ô"
    assert lines[0].split() == heads.split()
    handbook = next(line for line in lines if line.startswith("Đảng viên đăng ký"))
    assert handbook.split()[-4:] == ["2024-06", "98,3%", "9.728/9.897", "F7"]
    assert result.stderr == ""


def test_summary_json_is_the_public_interface(capsys: Capture) -> None:
    code, out, err = run(capsys, "summary", str(BUNDLED), "--json")
    assert code == 0 and err == ""
    payload: dict[str, Any] = json.loads(out)
    assert list(payload) == ["rows", "problems", "sheets", "tables", "trends"]
    [sheet] = payload["sheets"]
    assert (sheet["sheet"], sheet["layout"], sheet["header_row"]) == ("Chỉ tiêu", "long", 4)
    assert sheet["headers"]["numerator"] == "F4" and sheet["period_from"] == "column E"
    assert sheet["title"].startswith("THÀNH ỦY QUẢNG NGÃI")
    [table] = payload["tables"]
    assert (table["sheet"], table["table"], table["range"], table["header_rows"]) == (
        "Chỉ tiêu",
        1,
        "A4:L20",
        [4],
    )
    assert (table["period_source"], table["unit_source"]) == ("column E", "column D")
    assert (table["figures"], table["numbers_read"], table["numbers_not_read"]) == (14, 26, [])
    assert table["terms_not_understood"] == [] and table["refused"] is None
    assert payload["problems"] == []
    for record in payload["rows"]:
        assert list(record) == ROW_FIELDS
    by_code = {r["code"]: r for r in payload["rows"] if r["code"]}
    handbook = by_code["STDV"]
    assert handbook["text"] == "98,3%" and handbook["ratio_text"] == "9.728/9.897"
    assert (handbook["numerator"], handbook["denominator"]) == (9728, 9897)
    assert handbook["value"] == pytest.approx(98.2924, abs=1e-4)
    assert handbook["ci_low"] is None and handbook["interval_method"] is None
    assert handbook["cell"] == "F7"
    assert handbook["address"] == f"{BUNDLED} › Chỉ tiêu › F7"
    satisfied = by_code["HLRH"]  # ratings from whoever chose to give one: no interval
    assert satisfied["text"] == "96,4%" and satisfied["interval_text"] is None
    assert satisfied["ci_low"] is None and satisfied["interval_method"] is None
    totals = [r for r in payload["rows"] if r["is_total"]]
    assert [t["text"] for t in totals] == ["11", "43", "9", "10.616"]

    # Byte for byte what `json.dump(..., ensure_ascii=False, indent=2)` wrote before.
    dataset = load(BUNDLED)
    expected = {
        "rows": summary_records(summarize(dataset)),
        "problems": [],
        "sheets": [reading.to_dict() for reading in dataset.sheets],
        "tables": [reading.to_dict() for reading in dataset.tables],
        "trends": trend_records(summarize(dataset)),
    }
    assert out == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_json_is_written_in_chunks_with_the_same_bytes(
    capsys: Capture, monkeypatch: pytest.MonkeyPatch, make_workbook: WorkbookFactory
) -> None:
    warned = make_workbook(
        [row("A", "2024", "9.728", 9897), row("B", "2024", 3, 7)], name="warned.xlsx"
    )
    whole = run(capsys, "check", str(BUNDLED), str(warned), "--json")
    monkeypatch.setattr(json_report, "JSON_CHUNK_ROWS", 3)
    chunked = run(capsys, "check", str(BUNDLED), str(warned), "--json")
    assert chunked == whole
    code, out, _ = chunked
    payload = json.loads(out)
    assert code == 0  # warnings only
    assert len(payload["rows"]) == 18 + 2
    assert [(r["text"], r["ratio_text"]) for r in payload["rows"][-2:]] == [
        ("98,3%", "9.728/9.897"),
        ("42,9%", "3/7"),
    ]
    [problem] = payload["problems"]
    assert list(problem) == PROBLEM_FIELDS
    assert (problem["code"], problem["cell"], problem["severity"]) == (
        "number_as_text",
        "F2",
        "warning",
    )


def test_english_and_exact_interval(capsys: Capture) -> None:
    _, bundled, _ = run(capsys, "summary", str(BUNDLED), "--json", "--lang", "en")
    handbook = next(r for r in json.loads(bundled)["rows"] if r["code"] == "STDV")
    assert handbook["text"] == "98.3%" and handbook["ratio_text"] == "9,728/9,897"
    # The demonstration's satisfaction survey is a sample: Xã Sơn Hà, 225 of 245 in 2024.
    demo = str(ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx")
    _, out, _ = run(capsys, "summary", demo, "--json", "--lang", "en")
    _, exact, _ = run(capsys, "summary", demo, "--json", "--lang", "en", "--interval", "exact")

    def son_ha(text: str) -> dict[str, object]:
        return next(
            r
            for r in json.loads(text)["rows"]
            if (r["code"], r["unit"], r["period"]) == ("HAILONG", "Xã Sơn Hà", "2024")
        )

    wilson, clopper = son_ha(out), son_ha(exact)
    assert (wilson["interval_method"], wilson["interval_text"]) == ("Wilson", "87.7%–94.7%")
    assert (clopper["interval_method"], clopper["interval_text"]) == (
        "Clopper–Pearson",
        "87.7%–94.9%",
    )
    assert clopper["ci_low"] < wilson["ci_low"]  # type: ignore[operator]  # exact is wider


def test_check_reports_errors_with_exit_1(capsys: Capture, make_workbook: WorkbookFactory) -> None:
    bad = make_workbook([row("A", "2024", "abc", 10)], name="bad.xlsx")
    code, out, err = run(capsys, "check", str(bad), str(BUNDLED))
    assert code == 1
    assert "unparseable_number" in out
    assert "bad.xlsx › Chỉ tiêu › F2" in out
    assert out.splitlines()[-1] == "2 tệp, 1 lỗi, 0 cảnh báo / 2 file(s), 1 error(s), 0 warning(s)"
    assert err == ""

    code, out, _ = run(capsys, "check", str(BUNDLED))
    assert code == 0
    understood, verdict = out.splitlines()[:2]
    assert understood.endswith(
        "Trang «Chỉ tiêu»: bảng dọc, mỗi dòng một số liệu; tiêu đề cột ở dòng 4 (STT A4, "
        "Chỉ tiêu B4, Mã C4, Đơn vị D4, Kỳ E4, Tử số F4, Mẫu số G4, Tỷ lệ (%) H4, Nhóm I4, "
        "Đơn vị tính J4, Ghi chú K4, Nguồn L4); đơn vị lấy từ cột D, kỳ từ cột E; 14 số liệu."
    )
    assert verdict == "Không có lỗi. / No problems found."


def test_json_of_a_workbook_with_errors_has_no_rows(
    capsys: Capture, make_workbook: WorkbookFactory
) -> None:
    bad = make_workbook([row("A", "2024", 11, 10)], name="bad.xlsx")
    code, out, _ = run(capsys, "summary", str(bad), "--json")
    assert code == 1
    payload = json.loads(out)
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

    code, out, _ = run(capsys, "check", str(bad), str(BUNDLED), "--json")
    payload = json.loads(out)
    assert code == 1
    assert len(payload["rows"]) == 18  # the good workbook's rows only
    assert [p["code"] for p in payload["problems"]] == ["numerator_exceeds_denominator"]


def test_a_file_that_is_not_excel(tmp_path: Path, capsys: Capture) -> None:
    fake = tmp_path / "notes.xlsx"
    fake.write_text("hello", encoding="utf-8")
    code, out, err = run(capsys, "summary", str(fake))
    assert code == 1 and out == ""
    assert "not_xlsx" in err
    assert str(fake) in err
    assert "Traceback" not in err


def test_usage_errors_exit_2(capsys: Capture) -> None:
    with pytest.raises(SystemExit) as info:
        cli.main(["summary"])
    assert info.value.code == 2
    assert "WORKBOOK" in capsys.readouterr().err
    assert run(capsys)[0] == 2
    assert chiso().returncode == 2


def build_parser() -> argparse.ArgumentParser:
    commands = next(
        action
        for action in cli._parser()._actions
        if isinstance(action, argparse._SubParsersAction)
    )
    parser: argparse.ArgumentParser = commands.choices["build"]
    return parser


def test_every_build_option_says_what_it_does_in_both_languages() -> None:
    for action in build_parser()._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        assert action.help and " / " in action.help, action.dest


def test_help_answers_without_loading_the_library() -> None:
    probe = (
        "import sys\n"
        "from analysis.cli import main\n"
        "try:\n"
        "    main(['build', '--help'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    modules = set(result.stderr.split())
    assert "--report-date" in result.stdout
    heavy = {"pandas", "numpy", "matplotlib", "nbformat", "orjson", "tqdm", "analysis.run.build"}
    assert not modules & heavy, modules & heavy
    start = time.perf_counter()
    assert chiso("--help").returncode == 0
    assert time.perf_counter() - start < 1.0  # about 0,05 s; generous for a busy machine


def test_warnings_of_one_kind_are_told_once_and_errors_come_first(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from workbooks import row, write_workbook

    rows = [row(f"Chỉ tiêu {i}", "2024", f"{i}.000") for i in range(1, 33)]
    rows.append(row("Lỗi", "2024", 5, 0))
    path = write_workbook(tmp_path / "many.xlsx", rows)
    assert cli.main(["check", str(path)]) == 1
    lines = [line for line in capsys.readouterr().out.splitlines() if "Chỉ tiêu ›" in line]
    assert len(lines) == 2
    assert "zero_denominator" in lines[0]  # the error is not buried under the warnings
    assert "Chỉ tiêu › F2:F33" in lines[1]
    assert "32 ô số nhập dạng chữ ở cột Tử số" in lines[1]
    assert cli.main(["check", "--json", str(path)]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert sum(p["code"] == "number_as_text" for p in payload["problems"]) == 32  # every cell


def build_args(*args: str) -> argparse.Namespace:
    return cli._parser().parse_args(["build", *args])


def test_a_build_writes_beside_what_it_was_given_from_any_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from analysis.run.options import BRIEFING_NOTEBOOK, output_folders

    monkeypatch.chdir(tmp_path)  # not the project: nothing may come from the folder run in
    (tmp_path / "so").mkdir()
    workbook = tmp_path / "so" / "lieu.xlsx"
    workbook.write_bytes(BUNDLED.read_bytes())

    def folders(*args: str) -> tuple[Path, Path]:
        options = cli.build_options(
            build_args(*args), [Path(a) for a in build_args(*args).workbooks]
        )
        assert options.notebook == BRIEFING_NOTEBOOK  # the notebook chiso ships
        return options.figures_dir, options.reports_dir

    # A workbook: in its own folder, as typed (relative stays relative) or absolute.
    assert folders("so/lieu.xlsx") == (Path("so/figures"), Path("so/reports"))
    assert folders(str(workbook)) == (tmp_path / "so" / "figures", tmp_path / "so" / "reports")
    assert folders("lieu.xlsx") == (Path("figures"), Path("reports"))  # even before it exists
    # A folder, or a pattern: beside it, in the folder holding it (`chiso build data`:
    # the project's own figures/ and reports/, as before).
    assert folders("so") == (Path("figures"), Path("reports"))
    assert folders("so/*.xlsx") == (Path("so/figures"), Path("so/reports"))
    # Several: the deepest folder holding them all, relative or absolute alike.
    assert folders("so/lieu.xlsx", str(workbook)) == (tmp_path / "so" / "figures",
                                                      tmp_path / "so" / "reports")  # fmt: skip
    # Chosen folders win, one or both.
    assert folders("so/lieu.xlsx", "--figures", "f") == (Path("f"), Path("so/reports"))
    assert folders("so/lieu.xlsx", "--figures", "f", "--reports", "r") == (Path("f"), Path("r"))
    assert output_folders([]) == (Path("figures"), Path("reports"))


def test_the_briefing_notebook_has_one_source() -> None:
    from analysis.run.options import BRIEFING_NOTEBOOK

    # The package's copy is the notebook; the repository's notebooks/ links to it, so
    # JupyterLab (`make lab`) and every build open the same file.
    assert BRIEFING_NOTEBOOK.is_file()
    assert BRIEFING_NOTEBOOK.parent.parent == Path(cli.__file__).parent
    assert (ROOT / "notebooks" / "briefing.ipynb").resolve() == BRIEFING_NOTEBOOK
