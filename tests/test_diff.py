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


def test_a_briefing_says_what_moved_since_the_previous_build(tmp_path: Path) -> None:
    """A new quarter and a revised one: the headline figures then and now, and the figure
    of a period both builds have that was corrected."""
    import analysis
    from analysis.present.briefing import prepare_briefing
    from analysis.run.figure_sources import read_rows

    units = ("Phường 1", "Phường 2")
    old = write_workbook(
        tmp_path / "quy-1.xlsx",
        [row("Đảng viên dùng sổ tay", "Quý 1/2026", 70, 100, unit=u) for u in units]
        + [row("Đảng viên mới", "Quý 1/2026", 12, unit="Phường 1")],
    )
    new = write_workbook(
        tmp_path / "quy-2.xlsx",
        [
            row("Đảng viên dùng sổ tay", "Quý 1/2026", 72, 100, unit="Phường 1"),  # revised
            row("Đảng viên dùng sổ tay", "Quý 1/2026", 70, 100, unit="Phường 2"),
            row("Đảng viên dùng sổ tay", "Quý 2/2026", 80, 100, unit="Phường 1"),
            row("Đảng viên dùng sổ tay", "Quý 2/2026", 85, 100, unit="Phường 2"),
            row("Đảng viên mới", "Quý 1/2026", 12, unit="Phường 1"),  # unchanged
        ],
    )
    briefing = prepare_briefing(analysis.load(new), previous=read_rows(old))
    html = briefing.since_html()
    cells = [
        [cell.split("</td>")[0] for cell in line.split("<td>")[1:]]
        for line in html.split("<tr>")[2:]
    ]
    # The whole (the two wards summed): 140/200 in quarter 1, 165/200 in quarter 2.
    assert [
        "Đảng viên dùng sổ tay",
        "Tổng các đơn vị",
        "70% (quý I/2026)",
        "82,5% (quý II/2026)",
        "+12,50 điểm phần trăm",
    ] in cells
    assert "Số liệu cùng kỳ đã được sửa" in html
    assert [
        "Đảng viên dùng sổ tay",
        "Phường 1",
        "70% (quý I/2026)",
        "72% (quý I/2026)",
        "+2,00 điểm phần trăm",
    ] in cells
    assert not any(line[:1] == ["Đảng viên mới"] for line in cells)  # nothing moved
    assert "So với báo cáo dựng lần trước (số liệu đến quý I/2026):" in html
    assert '<a href="#thay-doi">Thay đổi so với kỳ trước</a>' in briefing.contents_html()

    same = prepare_briefing(analysis.load(new), previous=read_rows(new))
    assert "Không có số liệu nào thay đổi so với báo cáo dựng lần trước." in same.since_html()
    assert prepare_briefing(analysis.load(new)).since_html() == ""


def test_a_notebook_publishes_its_rows_compactly_and_diff_reads_either_form(
    tmp_path: Path,
) -> None:
    from unittest import mock

    import nbformat

    from analysis.notebook import publish_summary
    from analysis.present.notebook_outputs import SUMMARY_MIME
    from analysis.run.figure_sources import read_rows

    rows = [
        {"unit": "Xã An Bình", "cell": "F7", "text": "98,3%", "value": 98.3, "change": None},
        {"unit": "Xã Lạc Thủy", "cell": "F8", "text": "43", "value": 43.0, "change": {"v": 1}},
    ]
    shown: list[dict[str, object]] = []
    with mock.patch("analysis.notebook._display", lambda bundle: shown.append(bundle)):
        publish_summary(rows, [], lang="vi", title="Báo cáo")
    [bundle] = shown
    payload = bundle[SUMMARY_MIME]
    assert isinstance(payload, dict)
    assert payload["columns"] == ["unit", "cell", "text", "value", "change"]
    assert isinstance(payload["rows"], str)  # one text, not a dict per row
    old = {**payload, "rows": rows, "columns": None}  # as notebooks built before wrote it
    for published, name in ((payload, "new.ipynb"), (old, "old.ipynb")):
        notebook = nbformat.v4.new_notebook()
        cell = nbformat.v4.new_code_cell("")
        cell.outputs = [nbformat.v4.new_output("display_data", data={SUMMARY_MIME: published})]
        notebook.cells = [cell]
        nbformat.write(notebook, tmp_path / name)
        assert read_rows(tmp_path / name) == rows


def test_published_rows_are_read_a_line_at_a_time_in_each_form_they_travel() -> None:
    """The rows text holds a row a line (a reader parses one at a time); the annex's process
    gets it as UTF-8 bytes; a text published whole, before, reads the same."""
    import json
    from unittest import mock

    from analysis.notebook import publish_summary
    from analysis.present.notebook_outputs import (
        SUMMARY_MIME,
        compact_summary,
        each_published_row,
    )

    rows = [
        {"unit": "Xã An Bình", "text": "98,3%", "note": "dòng một\ndòng hai", "value": 98.3},
        {"unit": 'Phường Lê Lợi, "Trung tâm"', "text": "9.728/9.897", "note": None, "value": 1},
        {"unit": "Xã Sơn Hà", "text": "43", "note": "[1], [2]", "value": 43.0},
    ]
    shown: list[dict[str, object]] = []
    with mock.patch("analysis.notebook._display", lambda bundle: shown.append(bundle)):
        publish_summary(rows, [], lang="vi")
        publish_summary([], [], lang="vi")
    payload, empty = (bundle[SUMMARY_MIME] for bundle in shown)
    assert isinstance(payload, dict) and isinstance(empty, dict)
    text = payload["rows"]
    assert text.count("\n") == len(rows) + 1 and json.loads(text) == [
        list(r.values()) for r in rows
    ]
    assert list(each_published_row(payload)) == rows
    compact = compact_summary(payload)
    assert isinstance(compact["rows"], bytes) and list(each_published_row(compact)) == rows
    whole = {**payload, "rows": json.dumps([list(r.values()) for r in rows], ensure_ascii=False)}
    assert list(each_published_row(whole)) == rows
    assert list(each_published_row(empty)) == [] and empty["rows"] == "[]"


# -- issue 19, item 5: like is compared with like --


def _changed_kind(tmp_path: Path) -> tuple[Path, Path]:
    """One indicator, unit and period: a share with its base (5/7, 71,4%), then a plain
    count (5); and a count whose unit of measure changed (40 đảng viên, then 43 người)."""
    old = write_workbook(
        tmp_path / "ty-le.xlsx",
        [
            row("Cấp ủy có nữ", "2024", 5, 7, measure="cấp ủy"),
            row("Kết nạp", "2024", 40, measure="đảng viên"),
            row("Đảng viên mới", "2024", 40, measure="đảng viên"),
        ],
    )
    new = write_workbook(
        tmp_path / "so-dem.xlsx",
        [
            row("Cấp ủy có nữ", "2024", 5, measure="cấp ủy"),
            row("Kết nạp", "2024", 43, measure="người"),
            row("Đảng viên mới", "2024", 43, measure="đảng viên"),
        ],
    )
    return old, new


def test_a_figure_that_changed_kind_is_shown_so_never_subtracted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _changed_kind(tmp_path)
    assert main(["diff", str(old), str(new), "--json"]) == 0
    share, admitted, members = json.loads(capsys.readouterr().out)["changes"]
    assert share["indicator"] == "Cấp ủy có nữ" and share["status"] == "changed_kind"
    assert (share["old_text"], share["new_text"]) == ("71,4%", "5")
    assert share["change"] is None and share["change_unit"] is None
    assert share["old_kind"] == {"display": "rate", "measure": "cấp ủy", "factor": 100}
    assert share["new_kind"]["display"] == "count"
    assert admitted["status"] == "changed_kind" and admitted["change"] is None
    assert (admitted["old_kind"]["measure"], admitted["new_kind"]["measure"]) == (
        "đảng viên",
        "người",
    )
    # like with like is still subtracted
    assert (members["status"], members["change"], members["change_unit"]) == ("changed", 3, "units")
    assert members["old_kind"] == members["new_kind"]

    assert main(["diff", str(old), str(new)]) == 0
    table = capsys.readouterr().out
    lines = {line.split("  ")[0]: line for line in table.splitlines()}
    assert "71,4%" in lines["Cấp ủy có nữ"]
    assert lines["Cấp ủy có nữ"].endswith("đổi cách tính: tỷ lệ → số đếm")
    assert lines["Kết nạp"].endswith("đổi cách tính: đảng viên → người")
    assert lines["Đảng viên mới"].endswith("+3")
    assert "66,4" not in table and "−66" not in table
    assert main(["diff", str(new), str(old), "--lang", "en"]) == 0
    english = capsys.readouterr().out
    assert "changed kind: count → rate" in english and "66.4" not in english


def test_the_briefing_tells_a_kind_change_since_the_previous_build(tmp_path: Path) -> None:
    import analysis
    from analysis.present.briefing import prepare_briefing
    from analysis.run.figure_sources import read_rows

    old, new = _changed_kind(tmp_path)
    html = prepare_briefing(analysis.load(new), previous=read_rows(old)).since_html()
    cells = [
        [cell.split("</td>")[0] for cell in line.split("<td>")[1:]]
        for line in html.split("<tr>")[2:]
    ]
    [share] = [line for line in cells if line[:1] == ["Cấp ủy có nữ"]]
    assert share[2].startswith("71,4%") and share[3].startswith("5")
    assert share[4] == "đổi cách tính: tỷ lệ → số đếm"
    [members] = [line for line in cells if line[:1] == ["Đảng viên mới"]]
    assert members[4] == "+3"
    assert "66,4" not in html


def test_a_rate_whose_factor_changed_is_another_kind() -> None:
    from analysis.compute.diff import compare_figures

    def figure(value: float, factor: int, text: str) -> dict[str, object]:
        return {
            "indicator": "Tỷ lệ sinh",
            "unit": "Xã An Bình",
            "period": "2024",
            "display": "rate",
            "factor": factor,
            "measure": None,
            "value": value,
            "text": text,
        }

    [change] = compare_figures([figure(1.2, 100, "1,2%")], [figure(12.5, 1000, "12,5‰")])
    assert change.status == "changed_kind" and change.change is None
    [same] = compare_figures([figure(1.2, 100, "1,2%")], [figure(1.5, 100, "1,5%")])
    assert same.status == "changed" and same.change == pytest.approx(0.3)
    # a summary saved by an older chiso says nothing of kinds: taken to agree
    bare = [{k: v for k, v in figure(1.5, 100, "1,5%").items() if k != "display"}]
    [older] = compare_figures(bare, [figure(1.2, 100, "1,2%")])
    assert older.status == "changed" and older.change == pytest.approx(-0.3)
