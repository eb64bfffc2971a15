"""Both notebooks run for real, and are stored without outputs."""

from __future__ import annotations

import json

import nbformat
import pytest
from workbooks import BUNDLED, ROOT

from analysis.export import execute_notebook, inject_parameters

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
        "Đã có 9.728/9.897 đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử, đạt tỷ lệ 98,3%.",
    ):
        assert text in html
    assert len(outputs_of(executed_briefing, "image/png")) == 8
    assert len(outputs_of(executed_briefing, "image/svg+xml")) == 8


def test_explore_notebook_runs() -> None:
    notebook = nbformat.read(ROOT / "notebooks" / "explore.ipynb", as_version=4)
    executed = execute_notebook(
        notebook, parameters={"workbook": str(BUNDLED)}, cwd=ROOT / "notebooks"
    )
    html = "\n".join(outputs_of(executed, "text/html"))
    assert "<table" in html and "98,3%" in html and "9.728/9.897" in html
    assert "Decimal(" not in html  # rich display, not raw reprs
    assert outputs_of(executed, "image/png")


def test_parameters_are_injected_after_the_parameters_cell() -> None:
    notebook = nbformat.read(ROOT / "notebooks" / "briefing.ipynb", as_version=4)
    injected = inject_parameters(notebook, {"workbook": "/tmp/x.xlsx", "report_date": None})
    tags = [c.metadata.get("tags", []) for c in injected.cells]
    assert tags[0] == ["parameters"] and tags[1] == ["injected-parameters"]
    assert 'workbook = "/tmp/x.xlsx"' in injected.cells[1].source
    assert len(injected.cells) == len(notebook.cells) + 1
