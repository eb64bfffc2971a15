"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import nbformat
import pytest
from workbooks import ROOT, write_workbook

WorkbookFactory = Callable[..., Path]


@pytest.fixture
def make_workbook(tmp_path: Path) -> WorkbookFactory:
    counter = iter(range(1000))

    def factory(rows: Sequence[Sequence[object]], **options: object) -> Path:
        name = str(options.pop("name", f"wb{next(counter)}.xlsx"))
        return write_workbook(tmp_path / name, rows, **options)  # type: ignore[arg-type]

    return factory


@pytest.fixture(scope="session")
def executed_briefing() -> nbformat.NotebookNode:
    """The briefing notebook run for real, once per session, with its own defaults (the
    bundled workbook) and a fixed report date."""
    from analysis.build import execute_notebook

    notebook = nbformat.read(ROOT / "notebooks" / "briefing.ipynb", as_version=4)
    return execute_notebook(
        notebook, parameters={"report_date": "2024-07-01"}, cwd=ROOT / "notebooks"
    )


@pytest.fixture(scope="session")
def briefing_html(executed_briefing: nbformat.NotebookNode) -> str:
    from analysis.export import BriefingHTMLExporter

    html, _ = BriefingHTMLExporter().from_notebook_node(executed_briefing)
    return html


@pytest.fixture(scope="session")
def briefing_pdf(
    executed_briefing: nbformat.NotebookNode, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    from analysis.export import BriefingPDFExporter

    pdf, _ = BriefingPDFExporter().from_notebook_node(executed_briefing)
    path = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    path.write_bytes(pdf)
    return path
