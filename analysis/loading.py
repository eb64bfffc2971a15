"""Loading: open a workbook and validate it.

The one entry point most callers need: `load(path) -> Dataset`. A file that
cannot be opened gives a Dataset with that single problem instead of raising,
so that `check` can report several files side by side.
"""

from __future__ import annotations

from pathlib import Path

from .errors import WorkbookError
from .model import Dataset, empty_observations
from .validate import validate_workbook
from .workbook import open_workbook


def load(path: str | Path) -> Dataset:
    """Read and check one workbook; never raises for a bad file (see `Dataset.problems`)."""
    try:
        book = open_workbook(path)
    except WorkbookError as exc:
        return Dataset(
            file=str(path), sheet=None, observations=empty_observations(), problems=[exc.problem]
        )
    try:
        return validate_workbook(book)
    except WorkbookError as exc:  # a sheet turned out damaged or absurdly large
        return Dataset(
            file=str(path),
            sheet=exc.problem.sheet,
            observations=empty_observations(),
            problems=[exc.problem],
        )
