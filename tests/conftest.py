"""Shared fixtures."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

import nbformat
import pytest
from hypothesis import settings
from workbooks import ROOT, write_workbook

# The same examples at every run, so that CI is never red by chance; a search for new ones
# is run by hand: HYPOTHESIS_PROFILE=search CHISO_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz.py
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("search", derandomize=False, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

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
    from analysis.run.build import execute_notebook

    notebook = nbformat.read(ROOT / "notebooks" / "briefing.ipynb", as_version=4)
    return execute_notebook(
        notebook, parameters={"report_date": "2024-07-01"}, cwd=ROOT / "notebooks"
    )


@pytest.fixture(scope="session")
def briefing_html(executed_briefing: nbformat.NotebookNode) -> str:
    from analysis.present.export import BriefingHTMLExporter

    html, _ = BriefingHTMLExporter().from_notebook_node(executed_briefing)
    return html


@pytest.fixture(scope="session")
def briefing_pdf(
    executed_briefing: nbformat.NotebookNode, tmp_path_factory: pytest.TempPathFactory
) -> Path:
    from analysis.present.export import BriefingPDFExporter

    pdf, _ = BriefingPDFExporter().from_notebook_node(executed_briefing)
    path = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    path.write_bytes(pdf)
    return path
