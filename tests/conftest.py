"""Shared fixtures."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from workbooks import write_workbook

WorkbookFactory = Callable[..., Path]


@pytest.fixture
def make_workbook(tmp_path: Path) -> WorkbookFactory:
    counter = iter(range(1000))

    def factory(rows: Sequence[Sequence[object]], **options: object) -> Path:
        name = str(options.pop("name", f"wb{next(counter)}.xlsx"))
        return write_workbook(tmp_path / name, rows, **options)  # type: ignore[arg-type]

    return factory
