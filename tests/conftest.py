"""Shared fixtures, and the two tiers of tests.

`make test-fast` runs what is left once the `slow` tests are out: those that run a notebook,
render a PDF, build a briefing, start a server or open LibreOffice, and the property tests
that generate hundreds of workbooks. They are named here, by file, by the fixtures they use
and by name, so that a test file needs no mark of its own: a new end-to-end test that uses
one of these fixtures is slow without anyone saying so (tests/test_tiers.py checks that
every name here still exists).

`make test` runs everything on every core (pytest-xdist, `--dist loadgroup`). The tests that
use a fixture built once per session (the executed briefing) or once per module at the cost
of a build (test_build.py's `tree`, test_nothing_lost.py's `changed`) are put in one group
each, so that the fixture is built once, on one worker, not once on each.
"""

from __future__ import annotations

import os
import subprocess
import sys
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

# Whole files of end-to-end tests.
SLOW_FILES = frozenset(
    {
        "test_build.py",  # `chiso build` for real, in a subprocess
        "test_nothing_lost.py",  # builds killed, repaired and raced
        "test_jupyter_server.py",  # a Jupyter server exporting a briefing
        "test_template.py",  # LibreOffice opens the template
        "test_installed.py",  # a wheel built, installed outside the repository and run
        "test_province_summary.py",  # a 500-unit province written and summarised
        "test_phone_html.py",  # a browser (Chromium) opens the HTML briefings at 375 px
    }
)
# Fixtures that run the briefing notebook or build it: whoever uses them is slow.
SLOW_FIXTURES = frozenset(
    {"executed_briefing", "briefing_html", "briefing_pdf", "demo_reports", "tree", "machine_tree"}
)
# End-to-end tests in files that are otherwise quick: file::test name (any parameters).
SLOW_TESTS = frozenset(
    {
        "test_notebooks.py::test_explore_notebook_runs",
        "test_notebooks.py::test_the_briefing_runs_on_its_own_under_nbconvert",
        "test_notebooks.py::test_both_notebooks_end_cleanly_on_a_workbook_with_errors",
        "test_export.py::test_every_vietnamese_letter_survives_into_the_pdf",
        "test_export.py::test_build_only_outputs_are_left_out_and_name_the_page",
        "test_exploring.py::test_one_units_briefing",
        "test_exploring.py::test_changes_name_their_unit_in_a_briefing_of_several",
        "test_inputs.py::test_build_takes_a_folder_and_skips_lock_files",
        "test_inputs.py::test_a_folder_built_as_one_briefing_names_the_missing_units",
        "test_annex.py::test_the_printed_annex_of_the_demo_is_one_page_without_a_broken_word",
        "test_word.py::test_libreoffice_converts_the_word_file_to_pdf",  # LibreOffice opens it
        "test_extract_roundtrip.py::test_the_briefing_of_the_confirmed_draft_prints_the_reports_figures",
        "test_extract_roundtrip.py::test_a_folder_of_unit_reports_confirmed_is_one_combined_briefing",
        # Property tests that write and read hundreds of generated workbooks (40 seconds of
        # the quick tier's 100 on one core); the other property tests stay quick.
        "test_fuzz.py::test_damaged_bytes",
        "test_fuzz.py::test_damaged_members",
        "test_fuzz.py::test_cells_replaced",
        "test_fuzz.py::test_rows_inserted_and_headers_moved",
        "test_reading_roundtrip.py::test_the_figures_laid_out_are_the_figures_read",
        "test_reading_roundtrip.py::test_every_number_is_read_or_named_and_no_rank_is_a_figure",
    }
)
# Fixtures built once per session: every test using one of them goes to one worker.
SESSION_GROUPS = {
    "executed_briefing": "executed-briefing",
    "briefing_html": "executed-briefing",
    "briefing_pdf": "executed-briefing",
    "demo_reports": "demo-build",
}
# Files whose tests are quick once a costly module fixture is built (test_build.py's `tree`):
# they share one worker. test_nothing_lost.py's tests are builds themselves: building its
# tree on both workers costs less than running them all one after the other.
GROUPED_FILES = frozenset({"test_build.py"})
# Module fixtures whose users share a worker, within their file: test_nothing_lost.py's
# `changed` (a whole build, the reference the killed builds are checked against).
GROUPED_FIXTURES = frozenset({"changed"})


def is_slow(item: pytest.Item) -> bool:
    """Whether the test is end to end (see the module's docstring)."""
    file = item.path.name
    name = item.name.split("[", 1)[0]
    fixtures = set(getattr(item, "fixturenames", ()))
    return file in SLOW_FILES or f"{file}::{name}" in SLOW_TESTS or bool(fixtures & SLOW_FIXTURES)


def xdist_group(item: pytest.Item) -> str | None:
    """The worker group the test must share, if it uses a costly shared fixture."""
    fixtures = set(getattr(item, "fixturenames", ()))
    for fixture, group in SESSION_GROUPS.items():
        if fixture in fixtures:
            return group
    if item.path.name in GROUPED_FILES:
        return item.path.stem
    if shared := sorted(fixtures & GROUPED_FIXTURES):
        return f"{item.path.stem}-{shared[0]}"
    return None


def pytest_itemcollected(item: pytest.Item) -> None:
    # Marked as each test is collected, so that xdist finds the groups whichever order the
    # plugins' collection hooks run in. Without xdist (`-p no:xdist`) its mark would be
    # unknown, and warnings are errors here.
    if is_slow(item):
        item.add_marker(pytest.mark.slow)
    if item.config.pluginmanager.hasplugin("xdist") and (group := xdist_group(item)):
        item.add_marker(pytest.mark.xdist_group(group))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.pluginmanager.hasplugin("xdist") and config.getoption("loadgroup", False):
        # Slow tests first (a stable sort: files keep their order): each worker starts on
        # a long one and the quick ones fill the gaps, instead of a long build starting
        # last and running alone while the other workers wait.
        items.sort(key=lambda item: item.get_closest_marker("slow") is None)


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


@pytest.fixture(scope="session")
def demo_reports(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demonstration workbook (12 units, 5 indicators) built for real, once per session,
    by `chiso build` in a subprocess, as `make demo` does: the folder of its reports."""
    root = tmp_path_factory.mktemp("demo")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "analysis.cli",
            "build",
            str(ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx"),
            "--figures",
            str(root / "figures"),
            "--reports",
            str(root / "reports"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "reports"
