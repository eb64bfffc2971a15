"""The structure as the imports make it: one way through the code, no cycles.

Every import of a module of `analysis` counts, at the top of a file or inside a
function; only imports under `if TYPE_CHECKING:` (types for the checker, never
run) do not.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "analysis"
# Dotted names below the package: 'stats', 'reading.tables'.
MODULES = sorted(
    ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
    for p in PACKAGE.rglob("*.py")
    if p.stem != "__init__"
)


def _type_checking_block(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST, package: tuple[str, ...] = ()) -> tuple[set[str], set[str]]:
    """(modules of `analysis` imported, other top-level packages imported), for a module
    in the sub-package `package` (() for the top level)."""
    ours: set[str] = set()
    theirs: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking_block(node):
            return
        if isinstance(node, ast.ImportFrom):
            if node.level >= 1:
                base = list(package[: len(package) - (node.level - 1)])
                target = [*base, *(node.module.split(".") if node.module else [])]
                if node.module:
                    ours.add(".".join(target))
                ours.update(".".join([*target, alias.name]) for alias in node.names)
            elif node.module and node.module.split(".")[0] == "analysis":
                parts = node.module.split(".")[1:]
                ours.add(".".join(parts))
                ours.update(".".join([*parts, a.name]) for a in node.names)
            elif node.module:
                theirs.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "analysis" and len(parts) > 1:
                    ours.add(".".join(parts[1:]))
                else:
                    theirs.add(parts[0])
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return ours & set(MODULES), theirs


GRAPH: dict[str, set[str]] = {}
EXTERNAL: dict[str, set[str]] = {}
for _name in MODULES:
    _path = PACKAGE.joinpath(*_name.split(".")).with_suffix(".py")
    _tree = ast.parse(_path.read_text(encoding="utf-8"))
    _ours, EXTERNAL[_name] = _imports(_tree, tuple(_name.split(".")[:-1]))
    GRAPH[_name] = (_ours & set(MODULES)) - {_name}


def _cycle() -> list[str] | None:
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for target in sorted(GRAPH[node]):
            if state.get(target) == 1:
                return [*path[path.index(target) :], target]
            if target not in state and (found := visit(target)):
                return found
        state[node] = 2
        path.pop()
        return None

    for module in MODULES:
        if module not in state and (found := visit(module)):
            return found
    return None


def test_no_import_cycle() -> None:
    assert _cycle() is None, " → ".join(_cycle() or [])


def test_a_cycle_would_be_found() -> None:
    GRAPH["model.text"].add("cli")
    try:
        assert _cycle() is not None
    finally:
        GRAPH["model.text"].discard("cli")


def test_imports_inside_functions_count() -> None:
    tree = ast.parse(
        "def f():\n    from .cli import main\nif TYPE_CHECKING:\n    from .notebook import x\n"
    )
    ours, _ = _imports(tree)
    assert ours & set(MODULES) == {"cli"}


def test_relative_imports_in_a_folder_are_resolved() -> None:
    tree = ast.parse("from ..model.errors import Problem\nfrom .cells import Grid\n")
    ours, _ = _imports(tree, ("reading",))
    assert ours & set(MODULES) == {"model.errors", "reading.cells"}


# The folders in the order the data flows; the faces (the command line, the Jupyter
# helpers) are the modules outside them. Each folder imports only itself and the folders
# before it.
LAYERS = ("model", "reading", "compute", "present", "run")


def _layer(module: str) -> int:
    top = module.split(".")[0]
    return LAYERS.index(top) if top in LAYERS else len(LAYERS)


def test_every_module_is_in_a_folder_or_is_a_face() -> None:
    faces = sorted({m.split(".")[0] for m in MODULES if _layer(m) == len(LAYERS)})
    assert faces == ["cli", "cli_extract", "exploring", "notebook"]


@pytest.mark.parametrize("layer", LAYERS)
def test_each_folder_imports_only_the_ones_before_it(layer: str) -> None:
    position = LAYERS.index(layer)
    wrong = {
        module: sorted(target for target in GRAPH[module] if _layer(target) > position)
        for module in MODULES
        if _layer(module) == position
    }
    assert {module: targets for module, targets in wrong.items() if targets} == {}


def test_a_wrong_import_would_be_found() -> None:
    GRAPH["model.periods"].add("reading.workbook")
    try:
        with pytest.raises(AssertionError):
            test_each_folder_imports_only_the_ones_before_it("model")
    finally:
        GRAPH["model.periods"].discard("reading.workbook")


def test_computing_and_presenting_never_read_a_workbook() -> None:
    for module in MODULES:
        if module.startswith(("compute.", "present.")):
            readers = {t for t in GRAPH[module] if t.startswith("reading.")}
            assert not readers, (module, readers)


def test_the_model_does_no_input_or_output() -> None:
    io = {"openpyxl", "python_calamine", "fastexcel", "zipfile", "nbformat", "matplotlib"}
    for module in MODULES:
        if module.startswith("model."):
            assert not EXTERNAL[module] & io, (module, EXTERNAL[module] & io)


def test_every_module_opens_with_its_job() -> None:
    for path in PACKAGE.rglob("*.py"):
        docstring = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        assert docstring and len(docstring) > 40, path.relative_to(PACKAGE)


# The reading steps, in the order the data flows: each imports none of the later ones.
READING_STEPS = (
    "reading.positions",
    "reading.container",
    "reading.cell_xml",
    "reading.sheet_scan",
    "reading.columns",
    "reading.finding",
    "reading.workbook",
    "reading.number_text",
    "reading.listing",
    "reading.facts_sheet",
    "reading.units_sheet",
    "reading.crosswalk_sheet",
    "reading.catalogue_sheet",
    "reading.cells",
    "reading.tables",
    "reading.header_paths",
    "reading.role_words",
    "reading.period_phrases",
    "reading.form_lines",
    "reading.vocabulary",
    "reading.context",
    "reading.corrections",
    "reading.meaning_types",
    "reading.column_reading",
    "reading.column_corrections",
    "reading.column_roles",
    "reading.figure_groups",
    "reading.meanings",
    "reading.understood",
    "reading.row_kinds",
    "reading.figures",
    "reading.drafts",  # a draft's rows the analyst confirmed as figures (issue 20)
    "reading.values",
    "reading.sheets",
    "reading.accounting",
    "reading.checks",
    "reading.load",
    # A written report (`chiso extract`): its own path from file to draft rows.
    "reading.report_text",  # a written report's passages and sentences (issue 20)
    "reading.report_words",  # the words around a report's number that say what it is (issue 20)
    "reading.report_line_tables",  # a plain-text report's tables written as lines (issue 20)
    "reading.report_mentions",  # one number of a written report's sentence (issue 20)
    "reading.report_lists",  # the unit a list's item names by its bare name (issue 20)
    "reading.report_bodies",  # organisations a report names, as units (issue 20)
    "reading.report_places",  # how a report names a place, by its kind and name (issue 20)
    "reading.report_named_wholes",  # the wholes a sentence's words name (issue 20)
    "reading.report_parts",  # the parts of a whole in a written report's sentence (issue 20)
    "reading.report_times",  # how many times another figure a report's figure is (issue 20)
    "reading.report_rate_changes",  # whether a report's % change is a rate's, in points (issue 20)
    "reading.report_roles",  # what a report's percentage is beside its neighbours (issue 20)
    "reading.report_windows",  # the few words before and after a report's number (issue 20)
    "reading.report_dates",  # whether a report's «a/b» is a day and month (issue 20)
    "reading.report_number_names",  # what a bare number names: an address, a law (issue 20)
    "reading.report_number_kinds",  # what a bare number of a report's sentence is (issue 20)
    "reading.report_word_counts",  # the counts a report's sentence writes in words (issue 20)
    "reading.report_gaps",  # how far a report's figure is from its plan or the norm (issue 20)
    "reading.report_amounts",  # amounts a report writes in two scales (issue 20)
    "reading.report_not_figures",  # the numbers of a report's sentence that are none (issue 20)
    "reading.report_numbers",  # the numbers of a written report's sentences (issue 20)
    "reading.report_rates",  # the printed rate a report's count has (issue 20)
    "reading.report_asides",  # the years a report's sentence names that are no period (issue 20)
    "reading.report_frame",  # a written report's issuer, date, title and period (issue 20)
    "reading.report_subjects",  # the place or body a report's clause opens with (issue 20)
    "reading.report_units",  # the place or level a report's sentence names (issue 20)
    "reading.report_periods",  # a written report's figure's period and unit (issue 20)
    "reading.report_phrases",  # a written report's figure's indicator phrase (issue 20)
    "reading.report_tables",  # a written report's tables read for figures (issue 20)
    "reading.report_repeats",  # a written report's figure said again, given once (issue 20)
    "reading.report_carried",  # what a report's sentence takes from those before (issue 20)
    "reading.report_figures",  # a written report's figures, one row each (issue 20)
)


def test_the_reading_steps_import_only_earlier_ones() -> None:
    vocabulary_first = {"reading.vocabulary"}  # the words every step may look up
    for position, step in enumerate(READING_STEPS):
        later = set(READING_STEPS[position + 1 :]) - vocabulary_first
        assert not GRAPH[step] & later, (step, GRAPH[step] & later)


def test_every_reading_module_is_a_step() -> None:
    assert sorted(m for m in MODULES if m.startswith("reading.")) == sorted(READING_STEPS)


def test_computation_never_draws() -> None:
    for module in MODULES:
        if module.startswith(("model.", "compute.")):
            assert "matplotlib" not in EXTERNAL[module], module
            assert not {t for t in GRAPH[module] if t.startswith("present.")}, module


def test_charts_never_compute() -> None:
    assert not {t for t in GRAPH["present.charts"] if t.startswith(("compute.", "reading."))}
    assert "scipy" not in EXTERNAL["present.charts"]


def test_only_the_command_line_parses_arguments_and_nothing_imports_it() -> None:
    assert [m for m in MODULES if "argparse" in EXTERNAL[m]] == [
        m for m in MODULES if m.split(".")[0] in _COMMAND_LINE and "argparse" in EXTERNAL[m]
    ]
    assert [m for m in MODULES if "argparse" in EXTERNAL[m]]
    # `cli_extract` is registered by `cli`, and nothing else imports either.
    assert [m for m in MODULES if m != "cli" and _COMMAND_LINE & GRAPH[m]] == []


_COMMAND_LINE = {"cli", "cli_extract"}


def test_build_runs_the_pipeline_without_the_command_line() -> None:
    for module in MODULES:
        if module.startswith("run."):
            assert "tqdm" not in EXTERNAL[module], module


def test_only_the_workbook_layer_opens_excel() -> None:
    readers = {"python_calamine", "fastexcel", "openpyxl", "zipfile"}
    # The template and the exploration's tables are written with openpyxl, never read.
    assert [m for m in MODULES if EXTERNAL[m] & readers] == [
        "reading.workbook",
        "run.draft",
        "run.saving",
        "run.template",
    ]
    assert EXTERNAL["run.template"] & readers == {"openpyxl"}
    assert EXTERNAL["run.draft"] & readers == {"openpyxl"}  # `chiso extract`'s draft
    # run.saving's zipfile rewrites the bytes openpyxl saved with fixed dates (the same rows,
    # the same file); it never opens a workbook to read it.
    assert EXTERNAL["run.saving"] & readers == {"openpyxl", "zipfile"}


# -- Sizes a maintainer can carry: modules of one job, functions that fit on a screen -------
MODULE_LINES = 600
FUNCTION_LINES = 80
LONG_FUNCTIONS_ALLOWED = 3  # each saying why, in a comment starting '# Long because'


def _long_functions(source: str) -> list[tuple[str, int, bool]]:
    """Functions over `FUNCTION_LINES` lines (decorators aside): name, length, and whether
    a '# Long because' comment in its first lines says why."""
    lines = source.splitlines()
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            length = node.end_lineno - node.lineno + 1
            if length > FUNCTION_LINES:
                head = lines[node.lineno - 1 : node.body[0].lineno + 2]
                found.append((node.name, length, any("# Long because" in h for h in head)))
    return found


def test_no_module_is_over_its_size() -> None:
    sizes = {
        str(p.relative_to(PACKAGE)): len(p.read_text(encoding="utf-8").splitlines())
        for p in PACKAGE.rglob("*.py")
    }
    assert {name: n for name, n in sizes.items() if n > MODULE_LINES} == {}


def test_few_functions_are_long_and_each_says_why() -> None:
    long = [
        (str(p.relative_to(PACKAGE)), *found)
        for p in sorted(PACKAGE.rglob("*.py"))
        for found in _long_functions(p.read_text(encoding="utf-8"))
    ]
    assert len(long) <= LONG_FUNCTIONS_ALLOWED, long
    assert [f for f in long if not f[3]] == []


def test_a_long_function_would_be_found() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(FUNCTION_LINES))
    assert _long_functions(f"def f() -> None:\n{body}\n") == [("f", FUNCTION_LINES + 1, False)]
    said = (
        f"def f() -> None:\n    # Long because one table's steps read best in one place.\n{body}\n"
    )
    assert _long_functions(said) == [("f", FUNCTION_LINES + 2, True)]


def test_every_module_is_on_the_architecture_map() -> None:
    page = (PACKAGE.parent / "docs" / "architecture.md").read_text(encoding="utf-8")
    missing = [
        str(p.relative_to(PACKAGE))
        for p in sorted(PACKAGE.rglob("*.py"))
        if f"`{p.relative_to(PACKAGE).as_posix()}`" not in page
    ]
    assert missing == []
