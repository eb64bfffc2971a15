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
from dataclasses import dataclass, replace
from functools import cached_property

import numpy as np
import pandas as pd

from .columns import DATA_COLUMNS, DATA_SHEET_NAMES, ColumnSpec, is_sheet_named, match_column
from .errors import Problem, ProblemCollector
from .model import SheetReading
from .text import map_distinct, normalize_text
from .workbook import CellValue, Grid, SheetCells, SheetInfo, Workbook, cell_ref, column_letter

HEADER_SEARCH_ROWS = 30
NUMBER_FIELDS = ("numerator", "denominator", "rate")
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
    # A wide form: columns whose header is a period ('2021', 'Năm 2022', '6 tháng đầu năm
    # 2024'), each holding that period's figure of every row: (column, header as written).
    periods: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class TableLocation:
    """A located indicator table; `unit` is the sheet's name when the sheet has no `Đơn vị`
    column and is named for its unit (one sheet per ward or commune)."""

    sheet: str
    header: Header
    hidden_sheet: bool = False
    unit: str | None = None
    unit_from: str = "sheet name"  # or 'title cell A1' when the title block names it
    # In a wide form, each period column is read as its own long table: this one's period
    # (the column header) and every period column (a row blank in all of them is a heading).
    period_label: str | None = None
    wide_columns: tuple[int, ...] = ()
    period_from: str | None = None  # where a period given once came from ('title cell A2')
    summary: bool = False  # a 'Tổng hợp' sheet beside unit sheets: their total, not a unit


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

    def cells(self, field: str, rows: pd.Index | None = None) -> pd.Series:
        """A1 references of a field's cells, for all rows or the given ones."""
        numbers = self.row_numbers.to_numpy()
        if rows is not None:
            numbers = numbers[self.values.index.get_indexer(rows)]
        letter = column_letter(self.columns[field])
        index = self.values.index if rows is None else rows
        return pd.Series(letter + numbers, index=index, dtype=object)

    @cached_property
    def row_numbers(self) -> pd.Series:
        """Each row's Excel row number as text ('7'), made once for every field's cells."""
        numbers = np.asarray(self.values.index, dtype=np.int64) + 1
        return pd.Series(numbers.astype(str).astype(object), index=self.values.index)


def match_header_row(
    row: list[CellValue], specs: tuple[ColumnSpec, ...], skip: set[int] | None = None
) -> tuple[dict[str, int], list[tuple[str, int, int]]]:
    """Fields named by one row's cells, and fields named twice."""
    columns: dict[str, int] = {}
    duplicates: list[tuple[str, int, int]] = []
    for column, value in enumerate(row):
        if skip and column in skip:
            continue
        spec = match_column(value, specs)
        if spec is None:
            continue
        if spec.key in columns:
            duplicates.append((spec.key, columns[spec.key], column))
        else:
            columns[spec.key] = column
    return columns, duplicates


def locate_header(grid: Grid, specs: tuple[ColumnSpec, ...]) -> Header:
    """The best header among the first rows: the one naming the most fields.

    A header may take two rows: fields the first row lacks are then taken from
    the row below it. Columns headed by a period (a wide form) count as one field
    when there are two or more of them and no `Tử số` column."""
    best = Header(-1, {})
    best_score = 0
    head = grid[: HEADER_SEARCH_ROWS + 1]
    for index, row in enumerate(head[:HEADER_SEARCH_ROWS]):
        columns, duplicates = match_header_row(row, specs)
        periods = _period_columns(row, set(columns.values())) if columns else ()
        if "numerator" in columns or len(periods) < 2:
            periods = ()
        score = len(columns) + (1 if periods else 0)
        if columns and score > best_score:
            best, best_score = Header(index, columns, tuple(duplicates), periods), score
        if columns and index + 1 < len(head):
            below, below_duplicates = match_header_row(
                head[index + 1], specs, skip=set(columns.values())
            )
            extra = {k: v for k, v in below.items() if k not in columns}
            if extra and len(columns) + len(extra) > best_score:
                best = Header(index + 1, {**columns, **extra}, tuple(duplicates + below_duplicates))
                best_score = len(best.columns)
    return best


def _period_columns(row: list[CellValue], taken: set[int]) -> tuple[tuple[int, str], ...]:
    """Header cells that name a period ('2021', 'Năm 2022', '6 tháng đầu năm 2024')."""
    from .periods import PeriodParseError, parse_period

    found = []
    for column, value in enumerate(row):
        if column in taken or value is None or isinstance(value, bool):
            continue
        try:
            period = parse_period(value)
        except PeriodParseError:
            continue
        label = normalize_text(str(value)) if isinstance(value, str) else period.code
        found.append((column, label))
    return tuple(found)


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
    partial: dict[str, dict[str, int]] = {}
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
            organisation = _title_organisation(head[: max(header.row, 0)])
            if summary:
                unit = info.name.strip()  # 'Toàn tỉnh': the sum of the unit sheets
            elif organisation is not None:
                unit, unit_from = organisation
            elif not GENERIC_SHEET_NAMES.match(plain_name):
                unit = info.name.strip()
        has_unit = "unit" in header.columns or unit is not None
        stated: tuple[str, str] | None = None
        complete = has_unit and {"indicator", "numerator"} <= set(header.columns)
        if "period" not in header.columns and not header.periods and complete:
            # No `Kỳ` column: the period the title block, the sheet or the file states.
            stated = _stated_period(head[: max(header.row, 0)], info.name, book.path.stem)
            if stated is None:
                collect = ProblemCollector(file, info.name)
                collect.add("no_period", cell=cell_ref(header.row, header.columns["numerator"]))
                problems += collect.problems
                continue
        fields = set(header.columns) | ({"period", "numerator"} if header.periods else set())
        fields |= {"period"} if stated else set()
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
            partial[info.name] = header.columns
        if info.visible:
            skipped.append(info.name)
    if found:
        for name in skipped:
            lacking = [
                field_header(key) for key in REQUIRED_FIELDS if key not in partial.get(name, {})
            ]
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
    reported = (
        next((name for name in partial if name in named), None)
        or next(iter(sorted(partial, key=lambda name: -len(partial[name]))), None)
        or next((s.name for s in visible + hidden if s.name in named), None)
    )
    if reported is None:
        return [], [Problem(code="no_indicator_sheet", file=file)]
    collect = ProblemCollector(file, reported)
    for key in REQUIRED_FIELDS:
        if key not in partial.get(reported, {}):
            collect.add("missing_column", column=field_header(key))
    return [], collect.problems


def understood(book: Workbook, location: TableLocation, *, figures: int) -> SheetReading:
    """What was understood of a located table, for the reader to check (`chiso check`)."""
    header = location.header
    cells = {
        key: cell_ref(_header_row_of(book, location, column), column)
        for key, column in sorted(header.columns.items(), key=lambda item: item[1])
    }
    unit_from = (
        location.unit_from
        if location.unit is not None
        else f"column {column_letter(header.columns['unit'])}"
    )
    if location.period_label is not None and location.wide_columns:
        wide = location.wide_columns
        first, last = column_letter(wide[0]), column_letter(wide[-1])
        cells = {k: v for k, v in cells.items() if k != "numerator"}
        cells["period"] = f"{first}{header.row + 1}:{last}{header.row + 1}"
        return SheetReading(
            file=book.file_label,
            sheet=location.sheet,
            layout="wide_by_period",
            header_row=header.row + 1,
            headers=cells,
            unit_from=unit_from,
            period_from=f"column headers {first}:{last}",
            title=_title(book.sheet(location.sheet).head[: header.row]),
            figures=figures,
        )
    return SheetReading(
        file=book.file_label,
        sheet=location.sheet,
        layout="unit_per_sheet" if location.unit is not None else "long",
        header_row=header.row + 1,
        headers=cells,
        unit_from=unit_from,
        period_from=location.period_from or f"column {column_letter(header.columns['period'])}",
        title=_title(book.sheet(location.sheet).head[: header.row]),
        figures=figures,
    )


def _header_row_of(book: Workbook, location: TableLocation, column: int) -> int:
    """The row of a header cell: the last header row, or the one above for two-row headers."""
    head = book.sheet(location.sheet).head
    row = location.header.row
    if row > 0 and column < len(head[row]) and not isinstance(head[row][column], str):
        return row - 1
    return row


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
    return Header(header.row, columns, header.duplicates)


_ORGANISATION = re.compile(
    r"^(?:đảng bộ|đảng ủy|đảng uỷ|thành ủy|thành uỷ|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|thị ủy|"
    r"thị uỷ|quận ủy|quận uỷ|chi bộ|ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|mặt trận)\b",
    re.IGNORECASE,
)


_STATED_PERIOD = re.compile(
    r"(?:6|06|9|09|sau|chin) thang (?:dau |cuoi )?nam \d{4}|quy (?:i{1,3}|iv|[1-4])(?:/| nam )\d{4}"
    r"|thang \d{1,2}(?:/| nam )\d{4}|nam \d{4}|(?<![\d/-])(?:19|20)\d{2}(?![\d/-])"
)


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
            phrase = match[0].replace("sau thang", "6 thang").replace("chin thang", "9 thang")
            try:
                return parse_period(phrase).code, where
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
    """The long tables one sheet's table is read as: itself, or one per period column."""
    hidden = not info.visible
    if stated is not None:
        label, where = stated
        found.append(
            TableLocation(info.name, header, hidden, unit, unit_from, label, period_from=where)
        )
    elif not header.periods:
        found.append(TableLocation(info.name, header, hidden, unit, unit_from))
    else:
        wide = tuple(column for column, _ in header.periods)
        for column, label in header.periods:  # each period column, a long table
            one = Header(header.row, {**header.columns, "numerator": column})
            found.append(TableLocation(info.name, one, hidden, unit, unit_from, label, wide))


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
    form_rows = _form_rows(values)  # the column-number row and the signature block
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
    )


_COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[A-Za-z])\)?$")
_SIGNATURE = re.compile(
    r"^(?:t/m\b|tm\.|kt\.|q\.|tl\.|nơi nhận|người lập biểu|người lập bảng|thủ trưởng"
    r"|xác nhận của)|^(?:phó )?(?:bí thư|chủ tịch|trưởng ban|chánh văn phòng)$",
    re.IGNORECASE,
)
SIGNATURE_SEARCH_ROWS = 40


def _form_rows(values: pd.DataFrame) -> list[int]:
    """Rows of an official form that are not data: the column-number row under the header
    ('(1) (2) (3)…' or 'A B 1 2 3') and the signature block at the foot ('T/M BAN THƯỜNG
    VỤ', 'Nơi nhận:', the signer's title), with everything below it."""
    rows: list[int] = []
    for index in values.index[:2]:
        cells = [str(v).strip() for v in values.loc[index] if v is not None and v == v]
        texts = [c[:-2] if c.endswith(".0") else c for c in cells]
        distinct = len(texts) >= 3 and len(set(texts)) == len(texts)
        if distinct and all(_COLUMN_NUMBER.match(text) for text in texts):
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
    """Rows whose name says they add up the rows above ('Tổng cộng', 'Cộng', 'Tổng số')."""
    from .text import name_key, strip_accents

    if "indicator" not in values.columns:
        return pd.Series(False, index=values.index)
    words = map_distinct(
        values["indicator"],
        lambda v: isinstance(v, str) and strip_accents(name_key(v)).strip(" :.") in TOTAL_WORDS,
    )
    return words.fillna(False).astype(bool)


def _complete_totals(values: pd.DataFrame, total: pd.Series, block: pd.Series) -> pd.DataFrame:
    """A totals row often leaves its unit and period blank: they are its block's, when the
    block's rows share one; a total over several units is the units' total ('Tổng cộng')."""
    completed = values.copy()
    parts = values[~total]
    for index in values.index[total.to_numpy()]:
        members = parts[block[parts.index] == block[index]]
        for key in ("unit", "period"):
            if key not in values.columns or values.at[index, key] is not None:
                continue
            shared = members[key].dropna().unique() if key in members else []
            if len(shared) == 1:
                completed.loc[index, key] = shared[0]
            elif key == "unit":
                completed.loc[index, key] = values.loc[index, "indicator"]
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
