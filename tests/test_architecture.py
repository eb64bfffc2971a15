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
MODULES = sorted(p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__")


def _type_checking_block(node: ast.AST) -> bool:
    if not isinstance(node, ast.If):
        return False
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> tuple[set[str], set[str]]:
    """(modules of `analysis` imported, other top-level packages imported)."""
    ours: set[str] = set()
    theirs: set[str] = set()

    def visit(node: ast.AST) -> None:
        if _type_checking_block(node):
            return
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 and node.module:
                ours.add(node.module.split(".")[0])
            elif node.level == 1:
                ours.update(alias.name for alias in node.names)
            elif node.module and node.module.split(".")[0] == "analysis":
                parts = node.module.split(".")
                ours.update([parts[1]] if len(parts) > 1 else [a.name for a in node.names])
            elif node.module:
                theirs.add(node.module.split(".")[0])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == "analysis" and len(parts) > 1:
                    ours.add(parts[1])
                else:
                    theirs.add(parts[0])
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return ours & set(MODULES), theirs


GRAPH: dict[str, set[str]] = {}
EXTERNAL: dict[str, set[str]] = {}
for _name in MODULES:
    _tree = ast.parse((PACKAGE / f"{_name}.py").read_text(encoding="utf-8"))
    GRAPH[_name], EXTERNAL[_name] = _imports(_tree)
    GRAPH[_name].discard(_name)


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
    GRAPH["text"].add("cli")
    try:
        assert _cycle() is not None
    finally:
        GRAPH["text"].discard("cli")


def test_imports_inside_functions_count() -> None:
    tree = ast.parse(
        "def f():\n    from .cli import main\nif TYPE_CHECKING:\n    from .build import x\n"
    )
    ours, _ = _imports(tree)
    assert ours == {"cli"}


@pytest.mark.parametrize("module", ["stats", "rates", "formatting", "summary", "narrative"])
def test_computation_never_draws(module: str) -> None:
    assert "matplotlib" not in EXTERNAL[module]
    assert "charts" not in GRAPH[module]


def test_charts_never_compute() -> None:
    assert not GRAPH["charts"] & {"stats", "rates", "summary", "loading"}


def test_only_the_command_line_parses_arguments_and_nothing_imports_it() -> None:
    assert [m for m in MODULES if "argparse" in EXTERNAL[m]] == ["cli"]
    assert [m for m in MODULES if "cli" in GRAPH[m]] == []


def test_build_runs_the_pipeline_without_the_command_line() -> None:
    assert "cli" not in GRAPH["build"]
    assert "tqdm" not in EXTERNAL["build"]


def test_only_the_workbook_layer_opens_excel() -> None:
    readers = {"python_calamine", "fastexcel", "openpyxl", "zipfile"}
    # The template and the exploration's tables are written with openpyxl, never read.
    assert [m for m in MODULES if EXTERNAL[m] & readers] == ["saving", "template", "workbook"]
    assert EXTERNAL["template"] & readers == {"openpyxl"}
    assert EXTERNAL["saving"] & readers == {"openpyxl"}
