"""Tables: where each table of a sheet stands, found by its block of numbers and the text
around it, not assumed to start in A1 or to be alone.

A sheet may hold several tables, stacked (`Biểu 1` above `Biểu 2`, each with its own title
and header) or side by side. Each is found the same way:

1. its *body*: rows that hold numbers beside their labels, running on through section
   headings ('I. CÔNG TÁC ĐẢNG', 'Trong đó:') and single blank rows, and ending where a new
   header band, a note, a signature block or a lasting gap begins;
2. its *header*: the rows of text right above the body (one to four; a row numbering the
   columns, '(1) (2) (3)' or 'A B 1 2', is set aside), up to a blank row or a title line;
3. its *title block*: the lines above the header since the previous table (organisation,
   form number, title, period, date line), and its *foot*: notes and signatures below;
4. tables side by side, with a blank column between and row labels of their own, are split.

Every decision is made from the cells' kinds (`cells`) and a few words of the vocabulary
(date lines, signatures, notes); what the header says is read later (`header_paths`,
`meanings`).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, replace

import numpy as np
import numpy.typing as npt

from .cells import BLANK, DATE, NUMBER, NUMBER_TEXT, OTHER, SENTINEL, TEXT, Grid, cell_text
from .vocabulary import (
    FORM_NUMBER,
    LABEL_ROLES,
    is_date_line,
    is_note,
    is_signature,
    numbers_columns,
    plain,
    read_term,
)

MAX_HEADER_ROWS = 4


@dataclass(frozen=True)
class Region:
    """Where one table stands (zero-based rows and columns, bounds included).

    The title block is `title_top`..`header_top - 1`, the header `header_top`..
    `header_bottom` (empty when `header_top > header_bottom`), the body `body_top`..
    `body_bottom` and the foot (notes, signature) down to `foot_bottom`. `extends` is True
    when the body runs on below the rows read cell by cell, to the sheet's last row."""

    number: int
    title_top: int
    header_top: int
    header_bottom: int
    body_top: int
    body_bottom: int
    left: int
    right: int
    foot_bottom: int
    column_numbers: int | None = None
    extends: bool = False
    # Rows inside the body that are not data: a header repeated at a printed page break,
    # with its row numbering the columns.
    repeated: tuple[int, ...] = ()

    @property
    def header_rows(self) -> range:
        return range(self.header_top, self.header_bottom + 1)

    @property
    def columns(self) -> range:
        return range(self.left, self.right + 1)


@dataclass(frozen=True)
class _Rows:
    """Per-row facts over a band of columns, computed once."""

    numbers: npt.NDArray[np.int64]
    texts: npt.NDArray[np.int64]
    anchors: npt.NDArray[np.int64]
    covered: npt.NDArray[np.int64]
    data: npt.NDArray[np.bool_]
    column_numbers: npt.NDArray[np.bool_]
    foot: npt.NDArray[np.bool_]
    title_line: npt.NDArray[np.bool_]


def _row_facts(grid: Grid, left: int, right: int) -> _Rows:
    kinds = grid.kinds[:, left : right + 1]
    height = kinds.shape[0]
    is_number = (kinds == NUMBER) | (kinds == NUMBER_TEXT)
    is_text = (kinds == TEXT) | (kinds == DATE) | (kinds == OTHER)
    merge = grid.merge_index[:, left : right + 1]
    anchor = np.zeros_like(merge, dtype=bool)
    covered = np.zeros_like(merge, dtype=bool)
    for number, area in enumerate(grid.merges):
        inside = merge == number
        if not inside.any():
            continue
        if area.top < height and left <= area.left <= right:
            anchor[area.top, area.left - left] = True
        covered |= inside
    covered &= ~anchor
    nonblank = kinds != BLANK
    numbers = is_number.sum(axis=1)
    texts = is_text.sum(axis=1)
    anchors = (nonblank & ~covered).sum(axis=1)
    covered_count = (covered & (kinds == BLANK)).sum(axis=1)
    column_numbers = np.zeros(height, dtype=bool)
    foot = np.zeros(height, dtype=bool)
    title_line = np.zeros(height, dtype=bool)
    years = np.zeros(height, dtype=bool)
    # Only rows that may be something other than figures are read word by word: rows with
    # no number, rows of short tokens ('(1) (2) (3)', 'A B 1 2'), rows whose numbers are
    # all years (a header).
    values = grid.numbers[:, left : right + 1]
    whole_years = np.where(is_number, (values >= 1900) & (values <= 2100) & (values % 1 == 0), True)
    all_short: npt.NDArray[np.bool_] = np.asarray(
        np.where(nonblank, grid.short[:, left : right + 1], True).all(axis=1), dtype=bool
    )
    maybe = (numbers == 0) | all_short | ((numbers >= 1) & whole_years.all(axis=1))
    for row in np.flatnonzero(nonblank.any(axis=1) & maybe):
        texts_here = grid.row_texts(int(row), left, right)
        if len(texts_here) >= 2 and all_short[row] and numbers_columns(texts_here):
            column_numbers[row] = True
            continue
        first = texts_here[0] if texts_here else ""
        if first and (is_signature(first) or is_note(first) or is_date_line(first)):
            foot[row] = True
        if anchors[row] == 1 and covered_count[row] == 0 and first:
            title_line[row] = _is_title_text(first) or texts[row] == 1
        elif (
            first and anchors[row] <= 2 and (is_date_line(first) or FORM_NUMBER.match(plain(first)))
        ):
            title_line[row] = True
        if numbers[row] >= 1:
            years[row] = _year_header(grid, int(row), left, right)
    data = (numbers >= 1) & ((texts >= 1) | (numbers >= 2)) & ~column_numbers & ~years
    data &= ~foot
    return _Rows(numbers, texts, anchors, covered_count, data, column_numbers, foot, title_line)


def _is_title_text(text: str) -> bool:
    """A line of a title block rather than a header cell: not a header term on its own."""
    term = read_term(text)
    if term.role in LABEL_ROLES or term.part is not None:
        return False
    return term.role is None or len(text) > 40


def _year_header(grid: Grid, row: int, left: int, right: int) -> bool:
    """Whether a row's numbers are column headers: years in order ('Đơn vị | 2021 | 2022',
    'Chỉ tiêu | 2021 | Năm 2022') beside header terms only."""
    years: list[float] = []
    labels = 0
    for column in range(left, right + 1):
        kind = grid.kinds[row, column]
        if kind == NUMBER:
            value = float(grid.numbers[row, column])
            if not (value.is_integer() and 1900 <= value <= 2100):
                return False
            years.append(value)
        elif kind in (TEXT, NUMBER_TEXT):
            text = cell_text(grid.values[row, column]) or ""
            term = read_term(text)
            if term.period is not None and not term.rest:
                years.append(float(term.period.start.year))
            elif term.role in LABEL_ROLES:
                labels += 1
            elif term.role is None and term.part is None and not term.comparison:
                return False
    ordered = all(b >= a for a, b in itertools.pairwise(years))
    return bool(years) and ordered and (len(years) >= 2 or labels >= 1)


def _number_columns(grid: Grid, row: int, left: int, right: int) -> set[int]:
    kinds = grid.kinds[row, left : right + 1]
    return {left + int(c) for c in np.flatnonzero((kinds == NUMBER) | (kinds == NUMBER_TEXT))}


def _same_labels(grid: Grid, row: int, above: int, left: int, right: int) -> bool:
    """Whether a row's labels stand in the columns of the row above's (its first two text
    columns): one table's rows, whichever of its columns of numbers each fills (a row of a
    long table with only its printed rate, under one with only its count)."""
    here = _text_anchor_columns(grid, row, left, right)[:2]
    return len(here) == 2 and here == _text_anchor_columns(grid, above, left, right)[:2]


def _text_anchor_columns(grid: Grid, row: int, left: int, right: int) -> list[int]:
    found = []
    for column in range(left, right + 1):
        if grid.kinds[row, column] in (TEXT, DATE, OTHER, SENTINEL) and grid.anchor(
            row, column
        ) == (row, column):
            found.append(column)
    return found


def find_regions(grid: Grid, *, left: int = 0, right: int | None = None) -> list[Region]:
    """Every table of a sheet (or of a band of its columns), top to bottom."""
    height, width = grid.shape
    if height == 0 or width == 0:
        return []
    right = width - 1 if right is None else right
    facts = _row_facts(grid, left, right)
    bodies = _bodies(grid, facts, left, right)
    regions: list[Region] = []
    floor = 0
    for body_top, body_bottom, columns in bodies:
        header_top, header_bottom, column_numbers = _header_band(
            grid, facts, body_top, floor, min(columns), max(columns)
        )
        if header_top > header_bottom and body_bottom - body_top < 2:
            continue  # a line or two of numbers with no header: a title's facts, not a table
        region = Region(
            number=len(regions) + 1,
            title_top=floor,
            header_top=header_top,
            header_bottom=header_bottom,
            body_top=body_top,
            body_bottom=body_bottom,
            left=left,
            right=right,
            foot_bottom=body_bottom,
            column_numbers=column_numbers,
        )
        regions.append(_bounds(grid, region, left, right))
        floor = body_bottom + 1
    regions = _titles_and_feet(facts, regions, height)
    regions = _merge_page_breaks(grid, regions)
    split: list[Region] = []
    for region in regions:
        split += _side_by_side(grid, region)
    regions = [replace(r, number=i + 1) for i, r in enumerate(split)]
    if not grid.complete and regions and regions[-1].body_bottom >= height - 1:
        last = regions[-1]
        regions[-1] = replace(
            last, body_bottom=grid.n_rows - 1, foot_bottom=grid.n_rows - 1, extends=True
        )
    return regions


def _bodies(grid: Grid, facts: _Rows, left: int, right: int) -> list[tuple[int, int, set[int]]]:
    """Runs of data rows: (first, last, the columns holding their figures). Section
    headings inside a run stay in it; those right above its first figures open it."""
    height = len(facts.data)
    bodies: list[tuple[int, int, set[int]]] = []
    skip = _row_number_columns(grid, left, right, set(np.flatnonzero(facts.column_numbers)))
    kinds = grid.kinds[:, left : right + 1]
    numeric = (kinds == NUMBER) | (kinds == NUMBER_TEXT)
    patterns = [bytes(p) for p in np.packbits(numeric, axis=1)]  # each row's number columns
    row = 0
    while row < height:
        if not facts.data[row]:
            row += 1
            continue
        start = last = row
        columns = _number_columns(grid, row, left, right) - skip
        row += 1
        while row < height:
            if facts.data[row] and patterns[row] == patterns[row - 1] and facts.data[row - 1]:
                last = row  # the same columns of figures as the row above
                row += 1
                continue
            if facts.data[row]:
                here = _number_columns(grid, row, left, right) - skip
                if here and not here & columns and not _same_labels(grid, row, last, left, right):
                    break
                columns |= here
                last = row
                row += 1
                continue
            if facts.column_numbers[row] or facts.foot[row]:
                break
            if facts.anchors[row] == 0 and facts.covered[row] == 0:  # a blank row
                following = row + 1
                while following < height and facts.anchors[following] == 0:
                    following += 1
                if (
                    following < height
                    and following - row <= 2
                    and facts.data[following]
                    and (_number_columns(grid, following, left, right) - skip) & columns
                ):
                    row = following
                    continue
                break
            if _section_row(grid, facts, row, left, right, columns, skip):
                row += 1
                continue
            if not _header_like(grid, row, columns) and _labelled(grid, row, left, right, columns):
                row += 1  # a row of figures typed as words ('chưa có'): said when read
                continue
            break
        if not columns:
            continue  # row numbers only: not a table's figures
        while (
            start - 1 >= 0
            and (not bodies or start - 1 > bodies[-1][1])
            and _section_row(grid, facts, start - 1, left, right, columns, skip)
            and not _header_over(grid, start - 1, columns)
        ):
            start -= 1  # 'I. CÔNG TÁC ĐẢNG' right above the first figures
        bodies.append((start, last, columns))
    return bodies


def _row_number_columns(
    grid: Grid, left: int, right: int, numbering_rows: set[int] | None = None
) -> frozenset[int]:
    """Columns that number the rows (1, 2, 3… before each row's label): not figures. Rows
    that number the columns ('1 2 3 4') are left out of the count."""
    found: set[int] = set()
    kinds = grid.kinds[:, left : right + 1]
    filled = kinds != BLANK
    first = np.where(filled.any(axis=1), filled.argmax(axis=1), -1)
    texts = (kinds == TEXT) | (kinds == DATE)
    for offset in range(kinds.shape[1]):
        numbers = np.flatnonzero((kinds[:, offset] == NUMBER) | (kinds[:, offset] == NUMBER_TEXT))
        if not len(numbers):
            continue
        numbers = np.array([r for r in numbers.tolist() if r not in (numbering_rows or set())])
        if not len(numbers):
            continue
        leading = [
            r for r in numbers.tolist() if first[r] == offset and texts[r, offset + 1 :].any()
        ]
        if len(leading) < 0.6 * len(numbers):
            continue
        values = [float(grid.numbers[r, left + offset]) for r in leading]
        if not all(v.is_integer() and 0 <= v <= 1000 for v in values):
            continue
        steps = sum(1 for a, b in itertools.pairwise(values) if b - a == 1)
        if (len(values) == 1 and values[0] <= 3) or (
            len(values) >= 2 and steps >= 0.5 * (len(values) - 1)
        ):
            found.add(left + offset)
    return frozenset(found)


def _section_row(
    grid: Grid,
    facts: _Rows,
    row: int,
    left: int,
    right: int,
    columns: set[int],
    skip: frozenset[int],
) -> bool:
    """A heading inside a body: text only, in one cell (perhaps merged across the row) or
    in none of the figures' columns."""
    if facts.numbers[row] and (_number_columns(grid, row, left, right) - skip):
        return False
    anchors = _text_anchor_columns(grid, row, left, right)
    if len(anchors) <= 1:
        return True
    return not any(column in columns for column in anchors)


def _header_like(grid: Grid, row: int, columns: set[int]) -> bool:
    """Whether a row's texts over the figures' columns are header terms (a new header)."""
    known = unknown = 0
    for column in columns:
        if grid.kinds[row, column] != TEXT:
            continue
        term = read_term(cell_text(grid.values[row, column]) or "")
        if term.role is not None or term.period is not None or term.part is not None:
            known += 1
        else:
            unknown += 1
    return known >= 1 and known >= unknown


def _labelled(grid: Grid, row: int, left: int, right: int, columns: set[int]) -> bool:
    """Whether a row has a label outside the figures' columns."""
    return any(
        grid.kinds[row, column] in (TEXT, DATE) and column not in columns
        for column in range(left, right + 1)
    )


def _header_over(grid: Grid, row: int, columns: set[int]) -> bool:
    """Whether a row has header text over the figures: a cell of its own there, or a header
    cell merged down from above (a heading merged across the row from its label is not)."""
    for column in columns:
        top, left = grid.anchor(row, column)
        if (top, left) == (row, column):
            if grid.kinds[row, column] != BLANK:
                return True
        elif top < row or left in columns:
            return True
    return False


def _header_band(
    grid: Grid, facts: _Rows, body_top: int, floor: int, first: int, last: int
) -> tuple[int, int, int | None]:
    """The header rows above a body (top, bottom; empty when top > bottom) and the row
    numbering the columns, if any."""
    row = body_top - 1
    column_numbers = None
    if row >= floor and facts.column_numbers[row]:
        column_numbers = row
        row -= 1
    bottom = row
    count = 0
    while row >= floor and count < MAX_HEADER_ROWS:
        if facts.anchors[row] == 0 and facts.covered[row] == 0:
            break
        if facts.title_line[row] or facts.foot[row] or facts.data[row]:
            break
        if facts.column_numbers[row]:
            break
        if count == 0 and not _header_over(grid, row, set(range(first, last + 1))):
            break
        row -= 1
        count += 1
    top = row + 1
    if count == 0 and bottom - 1 >= floor and bottom >= 0:
        # one blank row between the header and the figures
        above = bottom - 1
        if (
            facts.anchors[bottom] == 0
            and facts.covered[bottom] == 0
            and above >= floor
            and facts.anchors[above] >= 2
            and not facts.data[above]
            and not facts.title_line[above]
        ):
            return above, above, column_numbers
    return top, bottom, column_numbers


def _bounds(grid: Grid, region: Region, left: int, right: int) -> Region:
    """The table's columns: those its header and body cells use."""
    rows = slice(region.header_top, region.body_bottom + 1)
    used = (grid.kinds[rows, left : right + 1] != BLANK) | (
        grid.merge_index[rows, left : right + 1] >= 0
    )
    columns = np.flatnonzero(used.any(axis=0))
    if not len(columns):
        return region
    return replace(region, left=left + int(columns[0]), right=left + int(columns[-1]))


def _titles_and_feet(facts: _Rows, regions: list[Region], height: int) -> list[Region]:
    """Share out the lines between tables: the notes and signature lines right under a table
    are its foot; the lines from the first other one down to the next table's header are
    that table's title. Everything under the last table is its foot."""
    result: list[Region] = []
    for index, region in enumerate(regions):
        if index + 1 == len(regions):
            result.append(replace(region, foot_bottom=max(height - 1, region.body_bottom)))
            break
        following = regions[index + 1]
        foot = region.body_bottom
        row = region.body_bottom + 1
        while row < following.header_top:
            blank = facts.anchors[row] == 0 and facts.covered[row] == 0
            if not blank and not facts.foot[row]:
                break
            if not blank:
                foot = row
            row += 1
        result.append(replace(region, foot_bottom=foot))
        regions[index + 1] = replace(following, title_top=min(foot + 1, following.header_top))
    return result


def _header_texts(grid: Grid, region: Region) -> list[tuple[str | None, ...]]:
    return [
        tuple(grid.text(row, column) for column in region.columns) for row in region.header_rows
    ]


def _merge_page_breaks(grid: Grid, regions: list[Region]) -> list[Region]:
    """A table printed over several pages repeats its header: one table, not several."""
    merged: list[Region] = []
    for region in regions:
        if merged:
            previous = merged[-1]
            same_header = (
                region.header_top <= region.header_bottom
                and (previous.left, previous.right) == (region.left, region.right)
                and _header_texts(grid, previous) == _header_texts(grid, region)
                and region.title_top == region.header_top
            )
            if same_header:
                again = (
                    *region.header_rows,
                    *(() if region.column_numbers is None else (region.column_numbers,)),
                )
                merged[-1] = replace(
                    previous,
                    body_bottom=region.body_bottom,
                    foot_bottom=region.foot_bottom,
                    repeated=(*previous.repeated, *again),
                )
                continue
        merged.append(region)
    return merged


def _side_by_side(grid: Grid, region: Region) -> list[Region]:
    """A region holding tables side by side (a blank column between, row labels on each
    side) as one region per table."""
    rows = slice(region.header_top, region.body_bottom + 1)
    band = (grid.kinds[rows, region.left : region.right + 1] != BLANK) | (
        grid.merge_index[rows, region.left : region.right + 1] >= 0
    )
    used = band.any(axis=0)
    segments: list[tuple[int, int]] = []
    start: int | None = None
    for offset, filled in enumerate(used.tolist()):
        column = region.left + offset
        if filled and start is None:
            start = column
        elif not filled and start is not None:
            segments.append((start, column - 1))
            start = None
    if start is not None:
        segments.append((start, region.right))
    if len(segments) < 2:
        return [region]
    tables = [s for s in segments if _own_table(grid, region, s)]
    if len(tables) < 2:
        return [region]
    bands: list[tuple[int, int]] = []
    for first, last in segments:
        if (first, last) in tables or not bands:
            bands.append((first, last))
        else:
            bands[-1] = (bands[-1][0], last)
    found: list[Region] = []
    for first, last in bands:
        found += find_regions(_band(grid, region), left=first, right=last)
    return found or [region]


def _band(grid: Grid, region: Region) -> Grid:
    """The grid cut to the rows of one region (rows keep their numbers: nothing below it)."""
    keep = region.foot_bottom + 1
    kinds = grid.kinds.copy()
    kinds[: region.title_top] = BLANK
    kinds[keep:] = BLANK
    return replace(grid, kinds=kinds)


def _own_table(grid: Grid, region: Region, segment: tuple[int, int]) -> bool:
    """Whether a band of columns holds a table of its own: numbers, and a column of row
    labels (text in most of its filled cells: units, indicators)."""
    first, last = segment
    rows = slice(region.body_top, region.body_bottom + 1)
    kinds = grid.kinds[rows, first : last + 1]
    numbers = bool(((kinds == NUMBER) | (kinds == NUMBER_TEXT)).any())
    texts = (kinds == TEXT).sum(axis=0)
    filled = (kinds != BLANK).sum(axis=0)
    labels = bool(((texts >= 1) & (texts * 2 >= filled)).any())
    return numbers and labels
