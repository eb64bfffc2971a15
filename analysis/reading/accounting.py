"""Every number accounted for: each numeric cell of a table is read as a figure, a total,
or a printed rate, plan or share checked against its figure, or it is named in a warning
with the reason it was not read (a rank, a change, a column with no header, a row chiso set
aside). Nothing is dropped in silence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from ..model.dataset import NotRead
from ..model.errors import Problem, ProblemCollector
from ..model.text import compact_cells
from .cells import NUMBER, NUMBER_TEXT
from .sheets import ReadTable
from .vocabulary import NOT_READ_ROLES
from .workbook import cell_ref

if TYPE_CHECKING:
    from .values import ParsedCells

_CELL_COLUMNS = (
    "cell_numerator",
    "cell_denominator",
    "cell_rate",
    "cell_target",
    "cell_achievement",
)
_LEFT_OVER = (
    "không thuộc số liệu nào (dòng hoặc cột chiso không dùng)",
    "part of no figure (a row or column chiso does not use)",
)


@dataclass(frozen=True)
class Accounted:
    """How many numbers of a table were read, which were not and why, and the warnings."""

    read: int
    not_read: tuple[NotRead, ...]
    problems: list[Problem]


def account_numbers(table: ReadTable, parsed: Sequence[ParsedCells]) -> Accounted:
    """Count a table's numbers read, and name the ones that were not (see the module)."""
    grid, region, meaning = table.grid, table.region, table.meaning
    assert meaning is not None
    window = grid.shape[0]  # rows read cell by cell: the numbers counted one by one
    used: set[str] = set()
    named: set[str] = set()
    set_aside: dict[int, tuple[str, str]] = {}  # a draft's rows that are no figure, and why
    read_below = 0
    for result in parsed:
        set_aside.update(result.set_aside)
        figures = result.figures
        inside = (figures["row"] <= window).to_numpy()
        for name in _CELL_COLUMNS:
            if name in figures:
                cells = figures[name]
                used.update(v for v in cells[inside].tolist() if isinstance(v, str))
                read_below += int(cells[~inside].notna().sum())
        for problem in result.problems:
            if problem.cell:  # a row with a problem gives no figure, and says why
                named.add(re.sub(r"^[A-Z]+", "", problem.cell))
    bottom = min(region.body_bottom, grid.shape[0] - 1)
    by_reason: dict[tuple[str, str], list[str]] = {}
    read = 0
    for column in region.columns:
        reading = meaning.columns.get(column)
        if reading is None or reading.kind == "label":
            continue
        kinds = grid.kinds[region.body_top : bottom + 1, column]
        rows = region.body_top + np.flatnonzero((kinds == NUMBER) | (kinds == NUMBER_TEXT))
        for row in rows.tolist():
            if row in region.repeated:
                continue
            ref = cell_ref(row, column)
            if reading.kind == "unread" and reading.reason is not None:
                by_reason.setdefault(reading.reason, []).append(ref)
            elif row in set_aside and ref not in used:
                by_reason.setdefault(set_aside[row], []).append(ref)
            elif ref in used:
                read += 1
            elif str(row + 1) not in named:
                by_reason.setdefault(_LEFT_OVER, []).append(ref)
    read += read_below
    collect = ProblemCollector(table.reading.file, table.reading.sheet)
    not_read: list[NotRead] = []
    # A draft's rows set aside are said by their own note or error (`drafts`).
    said = set(NOT_READ_ROLES.values()) | set(set_aside.values())
    for (vi, en), refs in by_reason.items():
        written = compact_cells(", ".join(refs), limit=6)
        not_read.append(NotRead(written, vi, en))
        if (vi, en) not in said:
            # A change, a rank or a notes column is named by its header: it is listed with
            # the table (`chiso explain`, `tables`); any other number left over is a warning.
            collect.add("numbers_not_read", cell=refs[0], value=written, reason=vi, reason_en=en)
    return Accounted(read, tuple(not_read), collect.problems)
