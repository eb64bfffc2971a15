"""Header paths: for each column of a table, the header texts above its numbers, top to
bottom, as unpivotr's `behead` and databaker's lookups give them.

- A cell inside a merged area takes its anchor's text ('Năm 2023' merged over D:E stands
  over both); a cell merged down over several header rows counts once.
- A blank cell in an upper header row, right of a group header written once and not merged
  ('Năm 2023' in D over 'Số lượng | Tỷ lệ' in D:E), takes the group's text, but only
  where the group has children of its own below and within its parent's span; the bottom
  row never fills.
"""

from __future__ import annotations

from dataclasses import dataclass

from .cells import Grid
from .tables import Region
from .workbook import cell_ref


@dataclass(frozen=True)
class HeaderPath:
    """The header texts above one column, top to bottom, and the cell each stands in."""

    column: int
    texts: tuple[str, ...]
    cells: tuple[str, ...]

    @property
    def leaf_cell(self) -> str | None:
        return self.cells[-1] if self.cells else None

    @property
    def joined(self) -> str:
        return " / ".join(self.texts)


def header_paths(grid: Grid, region: Region) -> dict[int, HeaderPath]:
    """Each column's header path (see the module's docstring)."""
    rows = list(region.header_rows)
    if not rows:
        return {c: HeaderPath(c, (), ()) for c in region.columns}
    # (text, anchor) of each header cell, merges spread
    table: dict[tuple[int, int], tuple[str | None, tuple[int, int]]] = {}
    for row in rows:
        for column in region.columns:
            anchor = grid.anchor(row, column)
            table[(row, column)] = (grid.text(row, column), anchor)
    for position, row in enumerate(rows[:-1]):
        for column in region.columns:
            if column == region.left:
                continue
            text, anchor = table[(row, column)]
            if text is not None or anchor != (row, column):
                continue
            if not _has_text_below(table, rows[position + 1 :], column):
                continue
            left_text, left_anchor = table[(row, column - 1)]
            if left_text is None:
                continue
            if not _has_text_below(table, rows[position + 1 :], column - 1, left_anchor):
                continue
            if any(
                table[(above, column)][1] != table[(above, column - 1)][1]
                for above in rows[:position]
            ):
                continue
            table[(row, column)] = (left_text, left_anchor)
    paths: dict[int, HeaderPath] = {}
    for column in region.columns:
        texts: list[str] = []
        cells: list[str] = []
        last_anchor: tuple[int, int] | None = None
        for row in rows:
            text, anchor = table[(row, column)]
            if text is None or anchor == last_anchor:
                continue
            last_anchor = anchor
            if texts and texts[-1] == text:
                continue
            texts.append(text)
            cells.append(cell_ref(*anchor))
        paths[column] = HeaderPath(column, tuple(texts), tuple(cells))
    return paths


def _has_text_below(
    table: dict[tuple[int, int], tuple[str | None, tuple[int, int]]],
    rows: list[int],
    column: int,
    own: tuple[int, int] | None = None,
) -> bool:
    """Whether a column has header text of its own in the rows below (not the same merged
    cell as `own`)."""
    for row in rows:
        text, anchor = table[(row, column)]
        if text is not None and anchor != own:
            return True
    return False
