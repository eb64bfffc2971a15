"""The tiers of tests declared in conftest.py name tests and fixtures that exist: a name
that no longer matches would silently move an end-to-end test into `make test-fast`."""

from __future__ import annotations

import ast
from pathlib import Path

import conftest
import pytest

TESTS = Path(__file__).resolve().parent


def _defined(path: Path) -> set[str]:
    """The functions a test file defines, at any depth."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    }


def test_every_slow_file_exists() -> None:
    assert conftest.SLOW_FILES and all((TESTS / name).is_file() for name in conftest.SLOW_FILES)


@pytest.mark.parametrize("declared", sorted(conftest.SLOW_TESTS))
def test_every_slow_test_exists(declared: str) -> None:
    file, name = declared.split("::")
    assert file not in conftest.SLOW_FILES  # said twice: one of them is stale
    assert name in _defined(TESTS / file), declared


def test_every_named_fixture_exists() -> None:
    defined = set().union(*(_defined(path) for path in TESTS.glob("*.py")))
    named = conftest.SLOW_FIXTURES | set(conftest.SESSION_GROUPS) | conftest.GROUPED_FIXTURES
    assert named <= defined, sorted(named - defined)


def test_every_grouped_file_exists() -> None:
    assert all((TESTS / name).is_file() for name in conftest.GROUPED_FILES)
