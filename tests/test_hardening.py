"""Hardening: every failure is chiso's own, and the command line never shows a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import openpyxl
import pytest
from workbooks import row, write_workbook

import analysis
from analysis.cli import UNEXPECTED, main


def _broken_deflate(path: Path) -> Path:
    """The workbook with its sheet's deflate stream damaged inside the zip: the zip's
    directory is intact, the member's bytes are not."""
    write_workbook(path, [row("Đảng viên mới", "2024", 43)])
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(8, 40):  # scramble the compressed bytes in the middle of the stream
        data[start + offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_deflate_stream_is_corrupt_workbook(tmp_path: Path) -> None:
    path = _broken_deflate(tmp_path / "hong.xlsx")
    dataset = analysis.load(path)
    [problem] = dataset.problems
    assert problem.code == "corrupt_workbook"
    assert "xl/worksheets/sheet1.xml" in problem.message_vi
    run = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "check", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert run.returncode == 1 and "Traceback" not in run.stderr + run.stdout
    assert "corrupt_workbook" in run.stdout + run.stderr


def test_the_last_resort_is_one_plain_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CHISO_LOG_DIR", str(tmp_path / "logs"))
    out = tmp_path / "mau.xlsx"

    def broken(*_: object, **__: object) -> None:  # a bug inside chiso, injected
        raise RuntimeError("bug")

    monkeypatch.setattr("analysis.run.template.content_of", broken)
    code = main(["template", str(out)])
    err = capsys.readouterr().err
    assert code == UNEXPECTED == 3
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"{out}: chiso gặp lỗi không lường trước khi chạy «chiso")
    assert "RuntimeError: bug" in err
    [log] = list((tmp_path / "logs").iterdir())
    assert str(log) in err
    assert "Traceback (most recent call last)" in log.read_text(encoding="utf-8")


def test_a_folder_that_is_a_file_is_the_machines_failure_not_chisos(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Once the last resort's example: the output's folder is a file. Now one plain line
    naming the file meant, exit 1, and no crash log."""
    monkeypatch.setenv("CHISO_LOG_DIR", str(tmp_path / "logs"))
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    code = main(["template", str(blocker / "mau.xlsx")])
    err = capsys.readouterr().err
    assert code == 1
    assert err.splitlines()[0] == (
        f"Không dùng được {blocker}: đã có một tệp ở chỗ cần thư mục / "
        f"Could not use {blocker}: a file is there where a folder is needed"
    )
    assert not (tmp_path / "logs").exists()


def test_the_last_resort_still_prints_json(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("CHISO_LOG_DIR", str(tmp_path / "logs"))
    path = write_workbook(tmp_path / "a.xlsx", [row("Đảng viên mới", "2024", 43)])

    def broken(*_: object, **__: object) -> None:  # a bug inside chiso, injected
        raise RuntimeError("bug")

    monkeypatch.setattr("analysis.present.summary.summarize", broken)
    code = main(["summary", "--json", str(path)])
    payload = json.loads(capsys.readouterr().out)
    assert code == UNEXPECTED
    [problem] = payload["problems"]
    assert (problem["code"], problem["file"], problem["severity"]) == (
        "unexpected_failure",
        str(path),
        "error",
    )
    assert "RuntimeError: bug" in problem["message_en"]
    assert Path(payload["traceback"]).is_file()


def test_hidden_sheets_are_named_whichever_sheet_was_read(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "an.xlsx",
        [row("Đảng viên mới", "2024", 43)],
        sheets={
            "Nháp": [["Chỉ tiêu", "Tử số"], ["Đảng viên mới", 99]],
            "Bí mật": [["x"]],
            "Danh mục": [["Chỉ tiêu", "Hệ số"], ["Đảng viên mới", 1]],  # a lookup chiso reads
        },
    )
    book = openpyxl.load_workbook(path)
    book["Nháp"].sheet_state = "hidden"
    book["Bí mật"].sheet_state = "veryHidden"
    book["Danh mục"].sheet_state = "hidden"
    book.save(path)
    dataset = analysis.load(path)
    [warning] = dataset.problems
    assert warning.code == "hidden_sheets" and warning.severity == "warning"
    assert warning.message_vi.startswith("Tệp có trang tính ẩn: 'Nháp' (ẩn), 'Bí mật' (ẩn sâu).")
    assert "'Nháp' (hidden), 'Bí mật' (very hidden)" in warning.message_en
    assert list(dataset.observations["numerator"]) == [43]  # the visible sheet's figure


def test_a_negative_figure_with_no_base_and_no_unit_is_questioned(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "am.xlsx",
        [
            row("Đảng viên bị khai trừ", "2024", -3),  # a count? a change? chiso cannot tell
            row("Tỷ lệ hộ nghèo giảm", "2024", "-0,5%"),  # typed as a rate: fine
            row("Thay đổi số đảng viên", "2024", -4, measure="điểm %"),  # a unit: fine
        ],
    )
    found = [(p.code, p.cell) for p in analysis.load(path).problems]
    assert ("negative_without_unit", "F2") in found
    assert not any(code == "negative_without_unit" and cell != "F2" for code, cell in found)


def _with_long_text(path: Path, placeholder: str, text: str) -> Path:
    """The workbook with a cell's text replaced in its XML: openpyxl (like Excel) refuses
    to write more than 32.767 characters, another tool may not."""
    out = path.with_name("dai.xlsx")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            # in the sheet (an inline string) or in the shared strings, as the writer chose
            if info.filename in ("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"):
                data = data.replace(placeholder.encode(), text.encode())
            target.writestr(info, data)
    return out


def test_text_beyond_excels_limit_is_named_and_shortened(tmp_path: Path) -> None:
    long_name = "Đảng viên " + "rất " * 10_000 + "dài"  # 40.013 characters
    short = write_workbook(tmp_path / "ngan.xlsx", [row("TENDAI", "2024", 43, unit="Phường 1")])
    path = _with_long_text(short, "TENDAI", long_name)  # ASCII: lxml writes Ê as &#202;
    dataset = analysis.load(path)
    [warning] = [p for p in dataset.problems if p.code == "text_too_long"]
    assert (warning.cell, warning.details["value"]) == ("B2", "40.013")
    from analysis.present.briefing import prepare_briefing

    started = time.perf_counter()
    briefing = prepare_briefing(dataset)
    [section] = briefing.sections
    axes = briefing.draw(section.charts[0])
    assert time.perf_counter() - started < 60  # generous: it takes well under a second
    shown = briefing.summary["indicator"].iloc[0]
    assert len(shown) == 300 and shown.endswith("…")
    assert long_name[:32_767] not in briefing.appendix_html()
    assert long_name[:32_767] not in briefing.full_annex_html()
    assert max(len(t.get_text()) for t in (*axes.texts, axes.title, axes._left_title)) < 400
    assert len(section.charts[0].slug) <= 80  # a file name any file system takes


def test_workbook_text_is_escaped_in_every_html_output(tmp_path: Path) -> None:
    script = "<script>alert('x')</script>"
    image = '<img src=x onerror="alert(1)">'
    path = write_workbook(
        tmp_path / "doc.xlsx",
        [
            row(script, "2024", 43, unit=image),
            row("Đảng viên dùng sổ tay", "2024", 70, 100, unit=image),
        ],
    )
    from analysis.notebook import problem_table
    from analysis.present.briefing import prepare_briefing

    briefing = prepare_briefing(analysis.load(path))
    data = analysis.explore(path)
    outputs = [
        briefing.title_html(),
        briefing.contents_html(),
        briefing.overview_html(),
        briefing.appendix_html(),
        briefing.full_annex_html(),
        *(
            briefing.section_heading_html(s) + briefing.section_text_html(s)
            for s in briefing.sections
        ),
        data.indicators()._repr_html_() or "",
        data._repr_html_(),
        data.view("Đảng viên dùng sổ tay")._repr_html_(),
        problem_table(data.dataset.problems)._repr_html_(),
    ]
    for html in outputs:
        assert "<script>" not in html and "<img src" not in html, html[:200]
    assert any("&lt;script&gt;" in html for html in outputs)


def test_the_template_neutralises_formula_like_text(tmp_path: Path) -> None:
    source = write_workbook(tmp_path / "nguon.xlsx", [row("+Đảng viên mới", "2024", 43)])
    out = tmp_path / "mau.xlsx"
    assert main(["template", str(out), "--from", str(source)]) == 0
    sheet = openpyxl.load_workbook(out)["Chỉ tiêu"]
    names = [cell.value for cell in sheet["B"][1:] if cell.value]
    assert names == ["'+Đảng viên mới"]


def test_a_pdf_never_reaches_the_network(tmp_path: Path) -> None:
    import http.server
    import threading

    from weasyprint import HTML

    from analysis.present.export import offline_url_fetcher

    asked: list[str] = []

    class Counter(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *_: object) -> None:
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Counter)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/x.png"
        page = f'<p>Đảng viên</p><img src="{url}"><link rel="stylesheet" href="{url}.css">'
        pdf = HTML(string=page, url_fetcher=offline_url_fetcher()).write_pdf()
    finally:
        server.shutdown()
        server.server_close()
    assert pdf.startswith(b"%PDF") and asked == []


def test_file_names_from_long_names_stay_short_and_apart() -> None:
    from analysis.model.text import slugify

    first = "Tỷ lệ đảng viên " + "hoàn thành xuất sắc nhiệm vụ " * 20 + "năm 2024"
    second = "Tỷ lệ đảng viên " + "hoàn thành xuất sắc nhiệm vụ " * 20 + "năm 2025"
    assert len(slugify(first)) == len(slugify(second)) == 60
    assert slugify(first) != slugify(second)  # the same start, told apart by the hash
    assert slugify("Đảng viên ra khỏi Đảng") == "dang-vien-ra-khoi-dang"  # short: as it was
