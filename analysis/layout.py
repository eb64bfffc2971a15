"""Finding the table: which sheet, which header row, which column holds which field,
and which rows below are figures rather than headings.

The headers are looked for in the first rows of each sheet (a title block may
sit above them, and a header may take two rows: a merged 'Số liệu' over 'Tử
số' and 'Mẫu số'). The result is a `RawTable`, one row per figure with each
field's raw cell value and its position: the seam where other layouts (wide
forms, one sheet per unit, plan against actual) plug in, each ending in the
same raw table. Nothing is parsed here: numbers and periods stay as the cells
hold them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd

from .columns import DATA_COLUMNS, DATA_SHEET_NAMES, ColumnSpec, is_sheet_named, match_column
from .errors import Problem, ProblemCollector
from .model import SheetReading
from .text import map_distinct, normalize_text
from .workbook import CellValue, Grid, SheetCells, SheetInfo, Workbook, cell_ref, column_letter

HEADER_SEARCH_ROWS = 30
NUMBER_FIELDS = ("numerator", "denominator", "rate", "target", "achievement")
REQUIRED_FIELDS = tuple(spec.key for spec in DATA_COLUMNS if spec.required)
# A table needs these; without a `Đơn vị` column, a sheet named for its unit gives the unit.
TABLE_FIELDS = tuple(key for key in REQUIRED_FIELDS if key != "unit")
# Sheet names that name no unit: a table on them needs its own `Đơn vị` column.
GENERIC_SHEET_NAMES = re.compile(
    r"^(?:chi tieu|indicators?|sheet ?\d*|trang tinh ?\d*|data|so lieu|bieu ?[\w.-]*|"
    r"bang ?\d*|tong hop|du lieu)$"
)
# A sheet that sums the unit sheets beside it: checked against them, never counted twice.
SUMMARY_SHEET_NAMES = re.compile(
    r"^(?:tong hop|tong cong|tong|toan (?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong|dang bo)"
    r"(?: .*)?)$"
)
OTHER_SHEET_NAMES = ("danh mục", "catalogue", "catalog", "thông tin", "info", "đơn vị", "units")
# Fields a section heading row may fill: anything else filled makes the row a figure.
_HEADING_FIELDS = {"stt", "indicator", "note", "source"}


@dataclass(frozen=True)
class Header:
    """Where a table's header ends (zero-based row) and which column holds each field."""

    row: int
    columns: dict[str, int]
    duplicates: tuple[tuple[str, int, int], ...] = ()  # field, first column, second column
    # Value columns whose header states their own period, each holding that period's figure
    # of every row: years as columns ('2021', 'Năm 2022'), 'Thực hiện 6 tháng 2024', 'Cùng
    # kỳ năm 2023'. (column, period label.)
    periods: tuple[tuple[int, str], ...] = ()
    # Periods stated in the header of a single field: 'Kế hoạch năm 2024' -> target: '2024'.
    stated: dict[str, str] = field(default_factory=dict)
    # A breakdown ('Tổng số | Trong đó: Nam | Nữ'): each part's column and label; `whole`
    # is the column the parts belong to.
    parts: tuple[tuple[int, str], ...] = ()
    whole: int | None = None
    # Header cells with text that names no field chiso knows: (column, text).
    unread: tuple[tuple[int, str], ...] = ()
    top: int = -1  # the first header row (the row above `row` for a two-row header)

    @property
    def first_row(self) -> int:
        """The header's first row: everything above it is the title block."""
        return self.row if self.top < 0 else self.top

    @property
    def score(self) -> int:
        """How much of a table this header describes: its fields, plus its period columns,
        its breakdown and a period stated over its figure column, each counted once."""
        if not self.columns:
            return 0
        extra = (self.periods, self.parts, "numerator" in self.stated)
        return len(self.columns) + sum(1 for found in extra if found)


@dataclass(frozen=True)
class TableLocation:
    """A located indicator table; `unit` is the sheet's name when the sheet has no `Đơn vị`
    column and is named for its unit (one sheet per ward or commune)."""

    sheet: str
    header: Header
    hidden_sheet: bool = False
    unit: str | None = None
    unit_from: str = "sheet name"  # or 'title cell A1' when the title block names it
    # A period given once for the table: a wide form's column header, a header such as
    # 'Thực hiện 6 tháng 2024', or the title's; every value column of the sheet (a row
    # blank in all of them is a heading).
    period_label: str | None = None
    wide_columns: tuple[int, ...] = ()
    period_from: str | None = None  # where a period given once came from ('title cell A2')
    summary: bool = False  # a 'Tổng hợp' sheet beside unit sheets: their total, not a unit
    years_back: int = 0  # 'Cùng kỳ năm trước': the figures of the same period a year earlier
    part_label: str | None = None  # a breakdown column ('Nữ'): each row's part of its whole
    form: Header | None = None  # the sheet's header as found, before it was split


@dataclass(frozen=True, eq=False)
class RawTable:
    """One row per figure of a sheet, with each field's raw value and where it stands.

    `values` is indexed by zero-based sheet row and has one column per field
    found (raw cell values: float64 for clean number columns, else objects),
    plus `section` (the heading above the row, if any). `causes` lists the
    blank-looking cells that hold an Excel error or an uncomputed formula:
    columns row, field, kind ('error' or 'formula') and text.
    """

    file: str
    sheet: str
    columns: dict[str, int]
    values: pd.DataFrame
    causes: pd.DataFrame
    hidden_rows: frozenset[int]
    unit: str | None = None  # the unit of every row when the sheet has no `Đơn vị` column
    years_back: int = 0  # the figures are those of the row's period this many years earlier
    part_label: str | None = None  # a breakdown column: its figures are parts of `whole`
    whole: int | None = None

    def cells(self, field: str, rows: pd.Index | None = None) -> pd.Series:
        """A1 references of a field's cells, for all rows or the given ones."""
        return self.cells_of(self.columns[field], rows)

    def cells_of(self, column: int, rows: pd.Index | None = None) -> pd.Series:
        """A1 references of one column's cells, for all rows or the given ones."""
        numbers = self.row_numbers.to_numpy()
        if rows is not None:
            numbers = numbers[self.values.index.get_indexer(rows)]
        letter = column_letter(column)
        index = self.values.index if rows is None else rows
        return pd.Series(letter + numbers, index=index, dtype=object)

    @cached_property
    def row_numbers(self) -> pd.Series:
        """Each row's Excel row number as text ('7'), made once for every field's cells."""
        numbers = np.asarray(self.values.index, dtype=np.int64) + 1
        return pd.Series(numbers.astype(str).astype(object), index=self.values.index)


@dataclass(frozen=True)
class _HeaderCell:
    """What one column's header says: a field, a period, a breakdown part, or other text."""

    field: str | None = None
    period: str | None = None  # the period code the header states
    part: str | None = None  # a breakdown's label ('Nữ'); '' for a bare 'Trong đó:'
    text: str | None = None  # as written, when it is text

    @property
    def empty(self) -> bool:
        return self.field is None and self.period is None and self.part is None and not self.text


# 'Trong đó: Nữ', 'Chia ra', 'Bao gồm' (matched without accents, so lengths are kept).
_PART_OPENER = re.compile(r"^(?:trong (?:so )?do|chia ra|bao gom)(?: co)?\s*[:\-–]?\s*", re.I)
# A printed share of the plan ('Tỷ lệ đạt so với KH năm 2024 (%)', '% hoàn thành').
_ACHIEVEMENT = re.compile(
    r"^(?:(?:ty le|ti le|%)\s*(?:dat|hoan thanh)|(?:%\s*)?so (?:voi )?(?:ke hoach|kh)\b)"
)
_COMPARISON = re.compile(r"^(?:so sanh|%\s*so (?:voi|sanh))")
# Fields whose header may carry a period ('Kế hoạch năm 2024', 'Thực hiện 6 tháng 2024').
_PERIOD_HEADED = ("numerator", "target", "previous", "achievement")


def _read_cell(value: CellValue, specs: tuple[ColumnSpec, ...]) -> _HeaderCell:
    """One header cell read: the field it names, the period it states, or a breakdown part."""
    from .periods import PeriodParseError, parse_period
    from .text import name_key, strip_accents

    if value is None or isinstance(value, bool):
        return _HeaderCell()
    text = normalize_text(value) if isinstance(value, str) else None
    if isinstance(value, str) and not text:
        return _HeaderCell()
    spec = match_column(value, specs)
    if spec is not None:
        return _HeaderCell(field=spec.key, text=text)
    if text is not None:
        opener = _PART_OPENER.match(strip_accents(text))
        if opener:
            return _HeaderCell(part=text[opener.end() :].strip(" :-–"), text=text)
        if _ACHIEVEMENT.match(strip_accents(name_key(text))):
            return _HeaderCell(field="achievement", period=_period_in(text)[1], text=text)
    try:
        return _HeaderCell(period=parse_period(value).code, text=text)
    except PeriodParseError:
        pass
    if text is not None:
        rest, period = _period_in(text)
        spec = match_column(rest, specs) if rest and period else None
        if spec is not None and spec.key in _PERIOD_HEADED:
            return _HeaderCell(field=spec.key, period=period, text=text)
    return _HeaderCell(text=text)


def _period_in(text: str) -> tuple[str, str | None]:
    """A header's words without the period they state, and that period's code:
    'Kế hoạch năm 2024' -> ('ke hoach', '2024')."""
    from .periods import PeriodParseError, parse_period
    from .text import name_key, strip_accents

    words = strip_accents(name_key(text))
    for match in _STATED_PERIOD.finditer(words):
        try:
            code = parse_period(_digits(match[0])).code
        except PeriodParseError:
            continue
        rest = " ".join((words[: match.start()] + " " + words[match.end() :]).split())
        return rest.strip(" :-–,/"), code
    return words, None


def _read_column(cells: list[CellValue], specs: tuple[ColumnSpec, ...]) -> _HeaderCell:
    """A column's header over one or two rows ('Năm 2024' over 'Kế hoạch', 'Trong đó' over
    'Nữ', 'Số liệu' over 'Tử số'); merged cells repeat their text in every row."""
    if len(cells) == 1 or cells[0] is None or cells[0] == cells[1]:
        return _read_cell(cells[-1], specs)
    upper, lower = _read_cell(cells[0], specs), _read_cell(cells[1], specs)
    if lower.empty:
        return upper
    joined = " ".join(t for t in (upper.text, lower.text) if t) or None
    if upper.part == "" and lower.text and lower.part is None:
        return _HeaderCell(part=lower.text, text=joined)
    if upper.part is not None:
        return upper
    if upper.text and _COMPARISON.match(_plain(upper.text)) and lower.field == "target":
        return _HeaderCell(field="achievement", period=upper.period, text=joined)
    if upper.field in ("target", "previous") and lower.field in (None, "numerator"):
        return _HeaderCell(field=upper.field, period=upper.period or lower.period, text=joined)
    return _HeaderCell(
        field=lower.field or upper.field,
        period=lower.period or upper.period,
        part=lower.part,
        text=joined,
    )


def _plain(text: str) -> str:
    from .text import name_key, strip_accents

    return strip_accents(name_key(text))


def read_header(rows: Grid, last: int, specs: tuple[ColumnSpec, ...]) -> Header:
    """The header whose last row is `last`, read from its one or two `rows`."""
    width = max((len(row) for row in rows), default=0)
    cells = [
        _read_column([r[c] if c < len(r) else None for r in rows], specs) for c in range(width)
    ]
    columns: dict[str, int] = {}
    duplicates: list[tuple[str, int, int]] = []
    stated: dict[str, str] = {}
    valued: list[tuple[int, str, bool]] = []  # column, period, whether a field names it
    parts: list[tuple[int, str]] = []
    unread: dict[int, str] = {}
    for column, cell in enumerate(cells):
        if cell.part is not None:
            parts.append((column, cell.part))
        elif cell.field in ("numerator", "previous") and cell.period is not None:
            valued.append((column, cell.period, True))
        elif cell.field is None and cell.period is not None:
            valued.append((column, cell.period, False))
        elif cell.field is None:
            if cell.text:
                unread[column] = cell.text
        elif cell.field in columns:
            duplicates.append((cell.field, columns[cell.field], column))
        else:
            columns[cell.field] = column
            if cell.period is not None and cell.field in ("target", "achievement"):
                stated[cell.field] = cell.period
    if "target" in columns and "achievement" not in columns:  # 'So sánh (%)' beside a plan
        compared = next((c for c, t in unread.items() if _COMPARISON.match(_plain(t))), None)
        if compared is not None:
            columns["achievement"] = compared
            del unread[compared]
    periods: list[tuple[int, str]] = []
    if "numerator" in columns:  # the figure is this column; others stating a period add to it
        periods = [(c, p) for c, p, named in valued if named]
        unread.update({c: cells[c].text or p for c, p, named in valued if not named})
    elif len(valued) == 1 and (valued[0][2] or "target" in columns):
        columns["numerator"] = valued[0][0]  # 'Thực hiện 6 tháng 2024', or one period beside a plan
        stated["numerator"] = valued[0][1]
    elif len(valued) >= 2:
        periods = [(c, p) for c, p, _ in valued]
    else:
        unread.update({c: cells[c].text or p for c, p, _ in valued})
    whole, parts = _breakdown(parts, unread, columns)
    return Header(
        row=last,
        top=last - len(rows) + 1,
        columns=columns,
        duplicates=tuple(duplicates),
        periods=tuple(periods),
        stated=stated,
        parts=tuple(parts),
        whole=whole,
        unread=tuple(sorted(unread.items())),
    )


def _breakdown(
    parts: list[tuple[int, str]], unread: dict[int, str], columns: dict[str, int]
) -> tuple[int | None, list[tuple[int, str]]]:
    """A breakdown's whole column and its parts: 'Tổng số | Trong đó: Nam | Nữ' (the columns
    right after a part that name nothing are parts too). A whole written 'Tổng số' is the
    figure itself, not a base."""
    if not parts:
        return None, []
    found = dict(parts)
    column = max(found) + 1
    while column in unread:  # 'Trong đó: Nam | Nữ': 'Nữ' names nothing of its own
        found[column] = unread.pop(column)
        column += 1
    labelled = {c: label for c, label in found.items() if label}
    before = min(found) - 1
    if not labelled or before not in (columns.get("numerator"), columns.get("denominator")):
        unread.update(labelled)
        return None, []
    if "numerator" not in columns:
        columns["numerator"] = columns.pop("denominator")
    return before, sorted(labelled.items())


def locate_header(grid: Grid, specs: tuple[ColumnSpec, ...]) -> Header:
    """The best header among the first rows: the one describing most of a table.

    A header may take two rows ('Năm 2024' merged over 'Kế hoạch | Thực hiện', 'Trong đó'
    over 'Nam | Nữ', 'Số liệu' over 'Tử số | Mẫu số'); on a tie the one-row reading wins,
    so a first data row is never taken for a header row."""
    best = Header(-1, {})
    head = grid[: HEADER_SEARCH_ROWS + 1]
    for last in range(min(len(head), HEADER_SEARCH_ROWS + 1)):
        header = read_header(head[last : last + 1], last, specs)
        if last > 0:
            both = read_header(head[last - 1 : last + 1], last, specs)
            if both.score > header.score:
                header = both
        if header.score > best.score:
            best = header
    return best


def find_tables(book: Workbook) -> tuple[list[TableLocation], list[Problem]]:
    """Every indicator table of a workbook: each visible sheet with the headers of one
    (a sheet named 'Chỉ tiêu' first), else a hidden 'Chỉ tiêu' (with a warning).

    Visible sheets that hold no table are named in a note, with what they lack; a
    workbook with none says which columns its best sheet is missing."""
    from .text import name_key, strip_accents

    file = book.file_label
    named = {s.name for s in book.sheets if is_sheet_named(s.name, DATA_SHEET_NAMES)}
    visible = [s for s in book.sheets if s.visible and s.name in named] + [
        s for s in book.sheets if s.visible and s.name not in named
    ]
    hidden = [s for s in book.sheets if not s.visible and s.name in named]
    found: list[TableLocation] = []
    problems: list[Problem] = []
    partial: dict[str, tuple[Header, list[str]]] = {}  # sheet -> header, fields it lacks
    skipped: list[str] = []
    for info in visible + hidden:
        if not info.visible and found:
            break  # a hidden 'Chỉ tiêu' is read only when no visible sheet has a table
        if is_sheet_named(info.name, OTHER_SHEET_NAMES):
            continue
        head = book.sheet(info.name).head
        header = _measures_not_units(locate_header(head, DATA_COLUMNS), head)
        unit = None
        unit_from = "sheet name"
        plain_name = strip_accents(name_key(info.name))
        summary = bool(SUMMARY_SHEET_NAMES.match(plain_name))
        if "unit" not in header.columns:
            organisation = _title_organisation(head[: max(header.first_row, 0)])
            if summary:
                unit = info.name.strip()  # 'Toàn tỉnh': the sum of the unit sheets
            elif organisation is not None:
                unit, unit_from = organisation
            elif not GENERIC_SHEET_NAMES.match(plain_name):
                unit = info.name.strip()
        has_unit = "unit" in header.columns or unit is not None
        stated: tuple[str, str] | None = None
        complete = has_unit and {"indicator", "numerator"} <= set(header.columns)
        if "period" not in header.columns and "numerator" not in header.stated and complete:
            # No `Kỳ` column: the period the title block, the sheet or the file states.
            stated = _stated_period(head[: max(header.first_row, 0)], info.name, book.path.stem)
            if stated is None:
                collect = ProblemCollector(file, info.name)
                collect.add("no_period", cell=cell_ref(header.row, header.columns["numerator"]))
                problems += collect.problems
                continue
        fields = set(header.columns) | ({"period", "numerator"} if header.periods else set())
        fields |= {"period"} if stated or "numerator" in header.stated else set()
        if all(key in fields for key in TABLE_FIELDS) and has_unit:
            collect = ProblemCollector(file, info.name)
            if not info.visible:
                collect.add("hidden_sheet")
            for key, first, second in header.duplicates:
                collect.add(
                    "duplicate_column",
                    cell=cell_ref(header.row, second),
                    column=field_header(key),
                    other=cell_ref(header.row, first),
                )
            problems += collect.problems
            before = len(found)
            _add_locations(found, info, header, unit, unit_from, stated)
            if summary:
                found[before:] = [replace(loc, summary=True) for loc in found[before:]]
            continue
        if header.columns:
            lacking = [field_header(key) for key in TABLE_FIELDS if key not in fields]
            partial[info.name] = (header, lacking + ([] if has_unit else [field_header("unit")]))
        if info.visible:
            skipped.append(info.name)
    if found:
        for name in skipped:
            lacking = partial[name][1] if name in partial else [field_header("indicator")]
            detail = ", ".join(lacking) or field_header("unit")
            problems.append(
                Problem(
                    code="skipped_sheet",
                    file=file,
                    sheet=name,
                    details={"value": name, "detail": detail},
                )
            )
        return found, problems
    if any(p.code == "no_period" for p in problems):
        return [], problems  # the table was understood; only its period is missing
    reported = next((name for name in partial if name in named), None) or next(
        iter(sorted(partial, key=lambda name: -partial[name][0].score)), None
    )
    if reported is None:
        chiefly = next((s.name for s in visible + hidden if s.name in named), None)
        if chiefly is None:
            return [], [Problem(code="no_indicator_sheet", file=file)]
        collect = ProblemCollector(file, chiefly)
        for key in REQUIRED_FIELDS:
            collect.add("missing_column", column=field_header(key))
        return [], collect.problems
    header, lacking = partial[reported]
    collect = ProblemCollector(file, reported)
    collect.add(
        "layout_not_understood",
        cell=cell_ref(header.row, min(header.columns.values())),
        row=header.row + 1,
        found=describe_header(header),
        missing=", ".join(lacking),
    )
    return [], collect.problems


def describe_header(header: Header) -> str:
    """What a header row holds, cell by cell: 'Chỉ tiêu (B4), 4 × kỳ / period (C4:F4)'."""
    row = header.row
    found = [
        f"{field_header(key)} ({cell_ref(row, column)})"
        for key, column in sorted(header.columns.items(), key=lambda item: item[1])
    ]
    for what, columns in (
        ("kỳ / period", [c for c, _ in header.periods]),
        ("trong đó / part", [c for c, _ in header.parts]),
    ):
        if columns:
            span = f"{cell_ref(row, columns[0])}:{cell_ref(row, columns[-1])}"
            found.append(f"{len(columns)} × {what} ({span})")
    found += [f"«{text[:40]}» ({cell_ref(row, column)})" for column, text in header.unread[:4]]
    return ", ".join(found)


def understood(book: Workbook, location: TableLocation, *, figures: int) -> SheetReading:
    """What was understood of a sheet's table, for the reader to check (`chiso check`)."""
    header = location.form or location.header
    head = book.sheet(location.sheet).head
    cells = {
        key: cell_ref(_header_row_of(head, header, column), column)
        for key, column in sorted(header.columns.items(), key=lambda item: item[1])
    }
    unit_from = (
        location.unit_from
        if location.unit is not None
        else f"column {column_letter(header.columns['unit'])}"
    )
    if "period" in header.columns:
        period_from = f"column {column_letter(header.columns['period'])}"
    else:
        period_from = location.period_from or "?"
    wide = "numerator" not in header.columns and bool(header.periods)
    for key, columns in (
        ("period" if wide else "other_periods", [c for c, _ in header.periods]),
        ("parts", [c for c, _ in header.parts]),
    ):
        if columns:
            first, last = column_letter(columns[0]), column_letter(columns[-1])
            cells[key] = f"{first}{header.row + 1}:{last}{header.row + 1}"
            if wide and key == "period":
                period_from = f"column headers {first}:{last}"
    if "target" in header.columns:
        layout = "plan_against_actual"
    elif wide:
        layout = "wide_by_period"
    elif header.parts:
        layout = "breakdown"
    else:
        layout = "unit_per_sheet" if location.unit is not None else "long"
    return SheetReading(
        file=book.file_label,
        sheet=location.sheet,
        layout=layout,
        header_row=header.row + 1,
        headers=cells,
        unit_from=unit_from,
        period_from=period_from,
        title=_title(head[: header.first_row]),
        figures=figures,
    )


def _header_row_of(head: Grid, header: Header, column: int) -> int:
    """The row of a header cell: the last header row, or the one above for two-row headers
    whose lower cell is blank."""
    row = header.row
    lower = _at(head, row, column)
    if row > header.first_row and (
        not isinstance(lower, str) or lower == _at(head, row - 1, column)
    ):
        return row - 1  # blank below, or one cell merged over both rows: its top
    return row


def _at(grid: Grid, row: int, column: int) -> CellValue:
    return grid[row][column] if row < len(grid) and column < len(grid[row]) else None


def _title(rows: Grid) -> str | None:
    """The title block above the header: its lines of text, joined."""
    lines = []
    for row in rows:
        texts = list(
            dict.fromkeys(normalize_text(v) for v in row if isinstance(v, str) and v.strip())
        )
        if texts:
            lines.append(" ".join(texts))
    return " / ".join(lines) or None


def _measures_not_units(header: Header, head: Grid) -> Header:
    """A bare `Đơn vị` column whose values are units of measure ('hồ sơ', 'đảng viên', '%')
    is the unit of measure, not the organisation."""
    from .measures import is_measure

    column = header.columns.get("unit")
    if column is None or "measure" in header.columns:
        return header
    values = [row[column] for row in head[header.row + 1 :] if column < len(row)]
    texts = [v for v in values if isinstance(v, str) and v.strip()]
    if not texts or not all(is_measure(text) for text in texts):
        return header
    columns = {k: v for k, v in header.columns.items() if k != "unit"}
    columns["measure"] = column
    return replace(header, columns=columns)


_ORGANISATION = re.compile(
    r"^(?:đảng bộ|đảng ủy|đảng uỷ|thành ủy|thành uỷ|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|thị ủy|"
    r"thị uỷ|quận ủy|quận uỷ|chi bộ|ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|mặt trận)\b",
    re.IGNORECASE,
)


_STATED_PERIOD = re.compile(
    r"(?:3|03|6|06|9|09|ba|sau|chin) thang (?:dau |cuoi )?(?:nam |/ ?)?\d{4}"
    r"|quy (?:i{1,3}|iv|[1-4])(?:/| nam )\d{4}"
    r"|thang \d{1,2}(?:/| nam )\d{4}|nam \d{4}|(?<![\d/-])(?:19|20)\d{2}(?![\d/-])"
)


def _digits(phrase: str) -> str:
    """'sáu tháng' as '6 tháng' (the phrase is without accents)."""
    for word, number in (("ba", "3"), ("sau", "6"), ("chin", "9")):
        phrase = phrase.replace(f"{word} thang", f"{number} thang")
    return phrase.replace("thang /", "thang ").replace("thang/", "thang ")


def _stated_period(rows: Grid, sheet: str, stem: str) -> tuple[str, str] | None:
    """The period a table states once, and where: a title line ('BIỂU TỔNG HỢP … 6 THÁNG
    ĐẦU NĂM 2024'), else the sheet's name, else the file's name. Never a file date."""
    from .periods import PeriodParseError, parse_period
    from .text import name_key, strip_accents

    candidates: list[tuple[str, str]] = []
    for index, row in enumerate(rows):
        for column, value in enumerate(row):
            if isinstance(value, str):
                candidates.append((value, f"title cell {cell_ref(index, column)}"))
    candidates += [(sheet, "sheet name"), (stem.replace("-", " ").replace("_", " "), "file name")]
    for text, where in candidates:
        words = strip_accents(name_key(text))
        for match in _STATED_PERIOD.finditer(words):
            try:
                return parse_period(_digits(match[0])).code, where
            except PeriodParseError:
                continue
    return None


def _title_organisation(rows: Grid) -> tuple[str, str] | None:
    """The organisation a title block names ('ĐẢNG BỘ PHƯỜNG NGHĨA CHÁNH' in A2), and where:
    the last such line, since a parent committee comes first."""
    found: tuple[str, str] | None = None
    for index, row in enumerate(rows):
        for column, value in enumerate(row):
            if isinstance(value, str) and _ORGANISATION.match(normalize_text(value)):
                text = normalize_text(value).strip(" *")  # as written
                found = (text, f"title cell {cell_ref(index, column)}")
    return found


def _add_locations(
    found: list[TableLocation],
    info: SheetInfo,
    header: Header,
    unit: str | None,
    unit_from: str,
    stated: tuple[str, str] | None,
) -> None:
    """The long tables one sheet's table is read as, one per value column: the figure
    column (its period from a `Kỳ` column, its own header or the title), each column stating
    its own period (years as columns, 'Cùng kỳ năm 2023'), the same period a year earlier
    ('Cùng kỳ năm trước') and each part of a breakdown ('Trong đó: Nữ'). The plan and the
    printed share of it go with the figure they are the plan of."""
    plan_fields = ("target", "achievement")
    plain = {k: v for k, v in header.columns.items() if k not in (*plan_fields, "previous")}
    plan = {k: header.columns[k] for k in plan_fields if k in header.columns}
    values = [c for c, _ in header.periods] + [c for c, _ in header.parts]
    values += [header.columns[k] for k in ("numerator", "previous") if k in header.columns]
    common = TableLocation(
        info.name,
        header,
        not info.visible,
        unit,
        unit_from,
        wide_columns=tuple(sorted(values)) if len(values) > 1 else (),
        form=header,
    )
    label, where = stated if stated is not None else (None, None)
    if "numerator" in header.stated:
        label = header.stated["numerator"]
        where = f"column header {cell_ref(header.row, header.columns['numerator'])}"
    main: TableLocation | None = None
    if "numerator" in header.columns:
        main = replace(
            common, header=replace(header, columns={**plain, **plan}), period_label=label
        )
        main = replace(main, period_from=where)
        found.append(main)
    wide = [
        replace(
            common,
            header=replace(header, columns={**plain, "numerator": column}),
            period_label=period,
            period_from=f"column header {cell_ref(header.row, column)}",
        )
        for column, period in header.periods
    ]
    if main is None and wide and plan:  # the plan goes with the latest period it covers
        chosen = _plan_period(wide, header.stated.get("target"))
        wide[chosen] = replace(
            wide[chosen], header=replace(header, columns={**wide[chosen].header.columns, **plan})
        )
        main = wide[chosen]
    found += wide
    counts_only = {k: v for k, v in plain.items() if k not in ("denominator", "rate")}
    if "previous" in header.columns and (main is not None or "period" in plain):
        base = main or common
        found.append(
            replace(
                base,
                header=replace(
                    header, columns={**counts_only, "numerator": header.columns["previous"]}
                ),
                years_back=1,
            )
        )
    for column, part in header.parts:
        found.append(
            replace(
                main or common,
                header=replace(header, columns={**counts_only, "numerator": column}),
                part_label=part,
            )
        )


def _plan_period(wide: list[TableLocation], target_period: str | None) -> int:
    """Which of a wide form's period columns a plan column is the plan of: the latest period
    within the plan's ('Kế hoạch năm 2024' goes with 'Thực hiện 6 tháng 2024', not with 'Cùng
    kỳ 2023'), else the latest."""
    from .periods import PeriodParseError, parse_period

    def parsed(label: str | None) -> tuple[object, object] | None:
        try:
            period = parse_period(label)
        except PeriodParseError:
            return None
        return period.start, period.end

    spans = [parsed(location.period_label) for location in wide]
    within = parsed(target_period)
    candidates = [
        i
        for i, span in enumerate(spans)
        if span is not None and (within is None or within[0] <= span[0] <= span[1] <= within[1])  # type: ignore[operator]
    ]
    if not candidates:
        return len(wide) - 1
    return max(candidates, key=lambda i: spans[i])  # type: ignore[arg-type,return-value]


def field_header(key: str) -> str:
    """The Vietnamese header of a field: 'numerator' -> 'Tử số'."""
    return next(spec.header for spec in DATA_COLUMNS if spec.key == key)


def read_table(book: Workbook, location: TableLocation) -> RawTable:
    """The figures below a located header, one row each; headings become `section`."""
    sheet = book.sheet(location.sheet)
    columns = location.header.columns
    first_row = location.header.row + 1
    by_column = sheet.columns(
        first_row,
        text=[c for key, c in columns.items() if key not in NUMBER_FIELDS],
        numbers=[c for key, c in columns.items() if key in NUMBER_FIELDS],
    )
    values = pd.DataFrame({key: by_column[column] for key, column in columns.items()})
    if location.unit is not None:  # one sheet per unit: the sheet's name is every row's unit
        values["unit"] = pd.Series(location.unit, index=values.index, dtype=object)
    any_figure: pd.Series | None = None
    if location.period_label is not None:  # given once: a wide form's header, or the title's
        values["period"] = pd.Series(location.period_label, index=values.index, dtype=object)
    if location.wide_columns:  # a row with a figure in any period column is not a heading
        others = sheet.columns(first_row, numbers=list(location.wide_columns))
        any_figure = pd.DataFrame(others).notna().any(axis=1)
    for key in values.columns:
        text = values[key].dtype == object or pd.api.types.is_string_dtype(values[key].dtype)
        if text and key != "stt":  # row numbers: only heading rows need theirs
            values[key] = _blank_to_none(values[key])
    # The column-number row and the signature block, judged on the sheet's own cells.
    form_rows = _form_rows(values[list(columns)])
    values = values.drop(index=form_rows)
    if any_figure is not None:
        any_figure = any_figure.reindex(values.index, fill_value=False)
    causes = _causes(sheet, columns, first_row)
    with_cause = pd.Index(causes["row"].unique())
    # Only what the sheet's own cells hold: a unit or period given once for the whole
    # sheet fills every row and says nothing about which rows are blank.
    filled = values[[k for k in values.columns if k in columns]].notna()
    empty = ~filled.any(axis=1) & ~values.index.isin(with_cause)
    figure_fields = [k for k in filled.columns if k not in _HEADING_FIELDS]
    no_figure = ~filled[figure_fields].any(axis=1)
    if any_figure is not None:  # blank in this period but filled in another: not a heading
        rest = [k for k in figure_fields if k != "numerator"]
        no_figure = ~filled[rest].any(axis=1) & ~any_figure
    heading = (no_figure & ~values.index.isin(with_cause) & filled.any(axis=1)) | _merged_across(
        sheet, columns, values.index
    )
    heading &= ~empty
    within = _within_markers(values)  # 'Trong đó:' rows: not headings, not figures
    heading &= ~within
    section = _heading_text(values[heading]).reindex(values.index).ffill()
    keep = ~empty & ~heading & ~within
    total = _total_rows(values) & keep
    # A block: the rows from a heading or a totals row to the next; a total sums its block.
    block = (heading | total.shift(fill_value=False)).cumsum()
    if total.any():
        values = _complete_totals(values, total, block)
    parent = _parents(values, keep, heading | total, within)
    kept_section = section[keep]
    table = values[keep].assign(
        section=kept_section.astype(object).where(kept_section.notna(), None),
        typed_total=total[keep].to_numpy(dtype=bool),
        block=block[keep].to_numpy(dtype=np.int64),
        parent_row=parent[keep].to_numpy(dtype=np.float64),
    )
    return RawTable(
        file=book.file_label,
        sheet=location.sheet,
        columns=dict(columns),
        values=table,
        causes=causes[causes["row"].isin(table.index)].reset_index(drop=True),
        hidden_rows=sheet.hidden_rows,
        unit=location.unit,
        years_back=location.years_back,
        part_label=location.part_label,
        whole=location.form.whole if location.form is not None else None,
    )


_COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[A-Za-z])\)?$")
_SIGNATURE = re.compile(
    r"^(?:t/m\b|tm\.|kt\.|q\.|tl\.|nơi nhận|người lập biểu|người lập bảng|thủ trưởng"
    r"|xác nhận của)|^(?:phó )?(?:bí thư|chủ tịch|trưởng ban|chánh văn phòng)$",
    re.IGNORECASE,
)
SIGNATURE_SEARCH_ROWS = 40


def _numbers_columns(texts: list[str]) -> bool:
    """Whether a row's cells number the columns: '(1) (2) (3)…', or 'A B 1 2 3' (letters
    from A, then numbers from 1, each in turn)."""
    if len(texts) < 3 or not all(_COLUMN_NUMBER.match(text) for text in texts):
        return False
    if all(text.startswith("(") and text.endswith(")") for text in texts):
        return len(set(texts)) == len(texts)
    letters = [t.upper() for t in texts if t.isalpha()]
    numbers = [t for t in texts if not t.isalpha()]
    expected_letters = [chr(ord("A") + i) for i in range(len(letters))]
    in_turn = numbers == [str(i) for i in range(1, len(numbers) + 1)]
    first = [t.upper() for t in texts[: len(letters)]]
    return first == letters == expected_letters and in_turn


def _form_rows(values: pd.DataFrame) -> list[int]:
    """Rows of an official form that are not data: the column-number row under the header
    ('(1) (2) (3)…' or 'A B 1 2 3') and the signature block at the foot ('T/M BAN THƯỜNG
    VỤ', 'Nơi nhận:', the signer's title), with everything below it."""
    rows: list[int] = []
    for index in values.index[:2]:
        cells = [str(v).strip() for v in values.loc[index] if v is not None and v == v]
        texts = [c[:-2] if c.endswith(".0") else c for c in cells]
        if _numbers_columns(texts):
            rows.append(int(index))
    text_columns = [k for k in values.columns if values[k].dtype == object]
    for index in values.index[-SIGNATURE_SEARCH_ROWS:]:
        line: list[object] = [values.at[index, k] for k in text_columns]
        if any(isinstance(c, str) and _SIGNATURE.match(c.strip()) for c in line):
            rows += [int(r) for r in values.index[values.index >= index]]
            break
    return rows


_CHILD_MARK = re.compile(r"^(?:[a-zđ]\s*[).]|[+\-–•*]|\(?[ivx]+\)|\d+\.\d+\.?)(?:\s|$)", re.I)
_WITHIN = re.compile(r"^trong (?:do|so do)\s*:?\s*$")


def _within_markers(values: pd.DataFrame) -> pd.Series:
    """Rows that only say 'Trong đó:' (of which): the rows below are parts of the row above."""
    from .text import name_key, strip_accents

    if "indicator" not in values.columns:
        return pd.Series(False, index=values.index)
    said = map_distinct(
        values["indicator"],
        lambda v: isinstance(v, str) and bool(_WITHIN.match(strip_accents(name_key(v)))),
    )
    return said.fillna(False).astype(bool)


def _matches(column: pd.Series, pattern: re.Pattern[str]) -> pd.Series:
    """Whether each cell's text (stripped) matches a pattern at its start, vectorised with
    Arrow's RE2: a column of row numbers has as many distinct values as rows."""
    import pyarrow as pa
    import pyarrow.compute as pc

    texts = column if pd.api.types.is_string_dtype(column.dtype) else column.astype("string")
    array = pa.array(texts, type=pa.string(), from_pandas=True)
    trimmed = pc.utf8_trim_whitespace(array)
    found = pc.match_substring_regex(
        trimmed, pattern="^(?:" + pattern.pattern + ")", ignore_case=True
    )
    return pd.Series(found.fill_null(False).to_numpy(zero_copy_only=False), index=column.index)


def _parents(
    values: pd.DataFrame, keep: pd.Series, boundary: pd.Series, within: pd.Series
) -> pd.Series:
    """Each part's parent row (NaN for rows that are not parts).

    A part is marked as offices mark them ('a)', 'b)', '+', '-', '1.1'), in its name or in
    the STT column, or follows a 'Trong đó:' row; its parent is the nearest row above it
    that is not a part. Headings and totals end a run of parts."""
    marked = pd.Series(False, index=values.index)
    for key in ("indicator", "stt"):
        if key in values.columns:
            marked |= _matches(values[key], _CHILD_MARK)
    # After 'Trong đó:', rows are parts until a heading, a total or a numbered row.
    numbered = pd.Series(False, index=values.index)
    if "stt" in values.columns:
        numbered = values["stt"].notna() & ~_matches(values["stt"], _CHILD_MARK)
    if within.any():
        segment = (within | boundary | numbered).cumsum()
        opened = within.groupby(segment).transform("any")
    else:
        opened = pd.Series(False, index=values.index)
    part = keep & (marked | (opened & ~within & ~numbered))
    rows = pd.Series(np.where(keep & ~part, values.index, np.nan), index=values.index)
    rows = rows.where(~boundary, -1.0).ffill()  # a heading or total closes the run
    parent = rows.where(part & (rows >= 0))
    return parent


TOTAL_WORDS = frozenset({"tong cong", "cong", "tong so", "tong", "total", "toan bo", "chung"})


def _total_rows(values: pd.DataFrame) -> pd.Series:
    """Rows whose name says they add up the rows above ('Tổng cộng', 'Cộng', 'Tổng số'),
    written where the name goes or, in a table of units, where the unit goes."""
    from .text import name_key, strip_accents

    found = pd.Series(False, index=values.index)
    for key in ("indicator", "unit", "stt"):
        if key not in values.columns or values[key].dtype != object:
            continue
        words = map_distinct(
            values[key],
            lambda v: isinstance(v, str) and strip_accents(name_key(v)).strip(" :.") in TOTAL_WORDS,
        )
        found |= words.fillna(False).astype(bool)
    return found


def _complete_totals(values: pd.DataFrame, total: pd.Series, block: pd.Series) -> pd.DataFrame:
    """A totals row often leaves its name, unit and period blank: they are its block's, when
    the block's rows share one; a total over several units is the units' total ('Tổng
    cộng'), and a total in a table of units is the total of the indicator they share."""
    completed = values.copy()
    parts = values[~total]
    for index in values.index[total.to_numpy()]:
        members = parts[block[parts.index] == block[index]]
        said: str | None = next(
            (
                str(values.at[index, k])
                for k in ("indicator", "unit", "stt")
                if k in values.columns and isinstance(values.at[index, k], str)
            ),
            None,
        )
        for key in ("indicator", "unit", "period"):
            if key not in values.columns or values.at[index, key] is not None:
                continue
            shared = members[key].dropna().unique() if key in members else []
            if len(shared) == 1:
                completed.loc[index, key] = shared[0]
            elif key in ("indicator", "unit"):
                completed.loc[index, key] = said
    return completed


def _blank_to_none(column: pd.Series) -> pd.Series:
    """Text cells as normalised text (NFC, single spaces); blank text becomes None."""
    return map_distinct(column, lambda u: (normalize_text(u) or None) if isinstance(u, str) else u)


def _causes(sheet: SheetCells, columns: dict[str, int], first_row: int) -> pd.DataFrame:
    field_of = {column: key for key, column in columns.items()}
    rows = [
        (row, field_of[column], kind, text)
        for (row, column), (kind, text) in sorted(sheet.causes.items())
        if row >= first_row and column in field_of
    ]
    return pd.DataFrame(rows, columns=["row", "field", "kind", "text"]).astype({"row": np.int64})


def _merged_across(sheet: SheetCells, columns: dict[str, int], index: pd.Index) -> pd.Series:
    """Rows covered by one merged area across the name and the count: a heading
    ('I' | 'CÔNG TÁC …' merged over B:J)."""
    marked = pd.Series(False, index=index)
    name, count = columns.get("indicator"), columns.get("numerator")
    if name is None or count is None:
        return marked
    for area in sheet.merged:
        if area.left <= min(name, count) and area.right >= max(name, count):
            rows = [r for r in range(area.top, area.bottom + 1) if r in marked.index]
            marked.loc[rows] = True
    return marked


def _heading_text(values: pd.DataFrame) -> pd.Series:
    """A heading's text: the name, else the row number column ('I'), else the first text."""
    text = pd.Series([None] * len(values), index=values.index, dtype=object)
    for key in ("indicator", "stt", *values.columns):
        if key in values.columns:
            text = text.where(text.notna(), values[key].astype(object))
    return text.map(lambda v: None if v is None or v != v else normalize_text(str(v)))
