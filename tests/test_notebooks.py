"""Both notebooks run for real, and are stored without outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from workbooks import BUNDLED, ROOT, SUBJECT_TITLE, row, write_workbook

from analysis.present.notebook_outputs import SUMMARY_MIME, collect_results
from analysis.run.build import execute_notebook, inject_parameters

NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))


def outputs_of(notebook: nbformat.NotebookNode, mime: str) -> list[str]:
    found = []
    for cell in notebook.cells:
        for output in cell.get("outputs", []):
            assert output.output_type != "error", output
            data = output.get("data", {})
            if mime in data:
                found.append(data[mime])
    return found


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebooks_are_stored_without_outputs(path: object) -> None:
    notebook = json.loads(ROOT.joinpath("notebooks", path.name).read_text(encoding="utf-8"))  # type: ignore[attr-defined]
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == [] and cell["execution_count"] is None
    tagged = [c for c in notebook["cells"] if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1


def test_briefing_notebook_runs(executed_briefing: nbformat.NotebookNode) -> None:
    html = "\n".join(outputs_of(executed_briefing, "text/html"))
    for text in (
        "98,3%",
        "9.728/9.897",
        "10.616",
        "12/12",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Đã có 9.728/9.897 đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử (đảng bộ, chi bộ "
        "công an và Quân sự cấp thành phố, cấp xã có văn bản không tham gia), đạt tỷ lệ 98,3%.",
    ):
        assert text in html
    assert len(outputs_of(executed_briefing, "image/png")) == 7
    assert len(outputs_of(executed_briefing, "image/svg+xml")) == 7


def test_explore_notebook_runs() -> None:
    notebook = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    executed = execute_notebook(
        notebook, parameters={"workbook": str(BUNDLED)}, cwd=ROOT / "notebooks"
    )
    html = "\n".join(outputs_of(executed, "text/html"))
    assert "<table" in html and "98,3%" in html and "9.728/9.897" in html
    assert "Decimal(" not in html  # rich display, not raw reprs
    # Each chart shown as its picture: four, then the whole alone and two wards.
    assert len(outputs_of(executed, "image/png")) == 6
    # A name that is not there is said in its cell, and the cells after it ran.
    assert "Không có đơn vị «Phường Không Có». Có: Phường An Bình, " in html
    assert "No unit «Phường Không Có»." in html
    assert "sen_slope_per_year" in html and "Mann–Kendall" in html  # the trends, after it
    streams = [o["text"] for c in executed.cells for o in c.get("outputs", []) if "text" in o]
    said = "".join(streams)
    assert "Không có đơn vị «Quang Ngai». Có: TP Quảng Ngãi. Có phải «TP Quảng Ngãi»?" in said
    assert "Traceback" not in said
    assert "['chi-tieu.csv', 'chi-tieu.xlsx', 'hai-long.png']" in "\n".join(
        outputs_of(executed, "text/plain")
    )
    assert outputs_of(executed, "application/vnd.jupyter.widget-view+json")  # the pickers


def test_parameters_are_injected_after_the_parameters_cell() -> None:
    notebook = nbformat.read(ROOT / "notebooks" / "briefing.ipynb", as_version=4)
    injected = inject_parameters(notebook, {"workbook": "/tmp/x.xlsx", "report_date": None})
    tags = [c.metadata.get("tags", []) for c in injected.cells]
    assert tags[0] == ["parameters"] and tags[1] == ["injected-parameters"]
    assert 'workbook = "/tmp/x.xlsx"' in injected.cells[1].source
    assert len(injected.cells) == len(notebook.cells) + 1


def test_charts_name_their_files_and_carry_the_committed_bytes(
    executed_briefing: nbformat.NotebookNode,
) -> None:
    charts = collect_results(executed_briefing).charts
    committed = sorted(p.name for p in (ROOT / "figures").glob("*.*"))
    assert sorted(f"{c.name}.{suffix}" for c in charts for suffix in ("png", "svg")) == committed
    for chart in charts:  # what `chiso build` writes is what the notebook showed
        assert chart.png == (ROOT / "figures" / f"{chart.name}.png").read_bytes(), chart.name
        assert chart.svg == (ROOT / "figures" / f"{chart.name}.svg").read_bytes(), chart.name
    inline = outputs_of(executed_briefing, "image/svg+xml")
    assert all(svg.startswith("<svg") for svg in inline)  # no XML prolog inside HTML


def test_the_briefing_publishes_its_figures_and_problems_for_the_build(
    executed_briefing: nbformat.NotebookNode,
) -> None:
    published = [
        output
        for cell in executed_briefing.cells
        for output in cell.get("outputs", [])
        if SUMMARY_MIME in output.get("data", {})
    ]
    [output] = published
    assert set(output["data"]) == {SUMMARY_MIME}  # nothing a reader would see
    results = collect_results(executed_briefing)
    assert results.problems == []
    assert (results.lang, results.title) == ("vi", SUBJECT_TITLE)
    assert len(results.rows) == 18
    by_cell = {row["cell"]: row for row in results.rows}
    assert by_cell["F7"]["text"] == "98,3%" and by_cell["F7"]["ratio_text"] == "9.728/9.897"
    # every rating received, from whoever chose to give one: no sample, no interval
    assert by_cell["F18"]["text"] == "96,4%" and by_cell["F18"]["interval_text"] is None
    assert by_cell["F13, F14, F15"]["text"] == "43" and by_cell["F13, F14, F15"]["is_total"]


def test_the_briefing_runs_on_its_own_under_nbconvert(tmp_path: Path) -> None:
    notebook = ROOT / "notebooks" / "briefing.ipynb"
    command = [sys.executable, "-m", "nbconvert", "--execute", "--to", "chiso_html"]
    result = subprocess.run(
        [*command, str(notebook), "--output-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "not able to be represented" not in result.stderr
    html = (tmp_path / "briefing.html").read_text(encoding="utf-8")
    assert "9.728/9.897" in html and "THÀNH ỦY QUẢNG NGÃI" in html
    assert "vnd.chiso" not in html
    assert html.count('src="data:image/png;base64,') == 7


def test_both_notebooks_end_cleanly_on_a_workbook_with_errors(tmp_path: Path) -> None:

    broken = write_workbook(
        tmp_path / "hong.xlsx",
        [row("Đảng viên mới", "2024", "chín"), row("Đảng viên dùng sổ tay", "Q9", 5, 3)],
    )
    for name, parameters in (
        ("explore", {"workbook": str(broken), "demo": str(broken)}),
        ("briefing", {"workbook": str(broken)}),
    ):
        notebook = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
        executed = execute_notebook(notebook, parameters=parameters, cwd=ROOT / "notebooks")
        html = "\n".join(outputs_of(executed, "text/html"))  # asserts there is no error output
        assert "unparseable_number" in html and "«chín»" in html, name  # the problems, shown
        said = {
            "explore": "Không có số liệu nào (nếu tệp có lỗi, xem data.problems()).",
            "briefing": "Không có gì để trình bày: tệp có lỗi (xem bảng vấn đề ở trên).",
        }[name]
        assert said in html, name
