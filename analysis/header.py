"""Reading a table's header: which column holds which field.

The headers are looked for in the first rows of a sheet (a title block may sit above them).
A header may take one row or two: 'Năm 2024' merged over 'Kế hoạch | Thực hiện', 'Trong đó'
over 'Nam | Nữ', 'Số liệu' over 'Tử số | Mẫu số'. Each column's header names a field, states
a period ('2021', 'Thực hiện 6 tháng 2024', 'Kế hoạch năm 2024'), is a part of a breakdown
('Trong đó: Nữ'), or is text chiso does not read. The result is a `Header`; nothing below
the header is read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .columns import DATA_COLUMNS, ColumnSpec, match_column
from .text import normalize_text
from .workbook import CellValue, Grid, cell_ref

HEADER_SEARCH_ROWS = 30


REQUIRED_FIELDS = tuple(spec.key for spec in DATA_COLUMNS if spec.required)


# A table needs these; without a `Đơn vị` column, a sheet named for its unit gives the unit.
TABLE_FIELDS = tuple(key for key in REQUIRED_FIELDS if key != "unit")


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
    # Plans of several periods ('Năm 2023' and 'Năm 2024', each over 'KH | TH'): each
    # period's plan columns, for the value column of that period.
    plans: dict[str, dict[str, int]] = field(default_factory=dict)
    # A breakdown ('Tổng số | Trong đó: Nam | Nữ'): each part's column and label; `whole`
    # is the column the parts belong to.
    parts: tuple[tuple[int, str], ...] = ()
    whole: int | None = None
    # A table of units with one column per indicator ('Đơn vị | Tổng số đảng viên | Kết
    # nạp mới'): each indicator's column and its name as written.
    indicators: tuple[tuple[int, str], ...] = ()
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
        its plans by period, its breakdown and a period stated over its figure column, each
        counted once."""
        if not self.columns:
            return 0
        extra = (self.periods, self.plans, self.parts, "numerator" in self.stated)
        return len(self.columns) + sum(1 for found in extra if found)

    @property
    def fit(self) -> int:
        """The score less a point per field named twice: 'KH | TH | KH | TH' read on one row
        names each twice, read under 'Năm 2023 | Năm 2024' names each once a year."""
        return self.score - len(self.duplicates)


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


STATED_PERIOD = re.compile(
    r"(?:3|03|6|06|9|09|ba|sau|chin) thang (?:dau |cuoi )?(?:nam |/ ?)?\d{4}"
    r"|quy (?:i{1,3}|iv|[1-4])(?:/| nam )\d{4}"
    r"|thang \d{1,2}(?:/| nam )\d{4}|nam \d{4}|(?<![\d/-])(?:19|20)\d{2}(?![\d/-])"
)


def _digits(phrase: str) -> str:
    """'sáu tháng' as '6 tháng' (the phrase is without accents)."""
    for word, number in (("ba", "3"), ("sau", "6"), ("chin", "9")):
        phrase = phrase.replace(f"{word} thang", f"{number} thang")
    return phrase.replace("thang /", "thang ").replace("thang/", "thang ")


@lru_cache(maxsize=4096, typed=True)
def _read_cell(value: CellValue, specs: tuple[ColumnSpec, ...]) -> _HeaderCell:
    """One header cell read: the field it names, the period it states, or a breakdown part.
    Each distinct cell value is read once: a row is tried alone and as either half of a
    two-row header."""
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
            return _HeaderCell(field="achievement", period=find_period(text)[1], text=text)
    try:
        return _HeaderCell(period=parse_period(value).code, text=text)
    except PeriodParseError:
        pass
    if text is not None:
        rest, period = find_period(text)
        spec = match_column(rest, specs) if rest and period else None
        if spec is not None and spec.key in _PERIOD_HEADED:
            return _HeaderCell(field=spec.key, period=period, text=text)
        # 'TH 6 tháng', 'Thực hiện quý II': a period without its year, which the title or
        # the sheet states; the field is read, the period comes from there.
        bare = _YEARLESS.sub("", rest).strip(" :-–,/")
        spec = match_column(bare, specs) if bare != rest and bare else None
        if spec is not None and spec.key in _PERIOD_HEADED:
            return _HeaderCell(field=spec.key, text=text)
    return _HeaderCell(text=text)


_YEARLESS = re.compile(
    r"\s+(?:(?:\d{1,2}|ba|sau|chin) thang(?: dau| cuoi)?(?: nam)?|quy (?:i{1,3}|iv|[1-4])"
    r"|thang \d{1,2}|ca nam|nam nay)$"
)


_CONNECTIVE = re.compile(r"\s+(?:den|trong|cua|tai|vao)$")


def find_period(text: str) -> tuple[str, str | None]:
    """A text's words (lower case, without accents) without the period they state, and that
    period's code: 'Kế hoạch năm 2024' -> ('ke hoach', '2024'); (words, None) when they
    state none. Used for headers and for the title block, sheet and file names."""
    from .periods import PeriodParseError, parse_period
    from .text import name_key, strip_accents

    words = strip_accents(name_key(text))
    for match in STATED_PERIOD.finditer(words):
        try:
            code = parse_period(_digits(match[0])).code
        except PeriodParseError:
            continue
        rest = " ".join((words[: match.start()] + " " + words[match.end() :]).split())
        rest = _CONNECTIVE.sub("", rest.strip(" :-–,/"))  # 'Mục tiêu đến năm 2025'
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
    plans: dict[str, dict[str, int]] = {}  # period -> 'target' / 'achievement' -> column
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
        elif cell.field in ("target", "achievement") and cell.period is not None:
            plans.setdefault(cell.period, {}).setdefault(cell.field, column)
        elif cell.field in columns:
            duplicates.append((cell.field, columns[cell.field], column))
        else:
            columns[cell.field] = column
    if len(plans) == 1 and "target" not in columns:
        # One plan ('Kế hoạch năm 2024'): the plan of the figure column.
        [(period, fields)] = plans.items()
        columns.update({key: column for key, column in fields.items() if key not in columns})
        stated.update({key: period for key in fields})
        plans = {}
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
        plans=plans,
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
            if both.score and (both.fit, both.score) > (header.fit, header.score):
                header = both
        if header.score and (not best.score or header.fit > best.fit):
            best = header
        elif header.score and header.fit == best.fit and _continues(head, best.row, last):
            best = header  # the row below repeats merged header cells: the header goes on
    return best


def _continues(head: Grid, above: int, row: int) -> bool:
    """Whether `row`, right below the header row `above`, is still header: it repeats some
    of the cells above (cells merged down over both) and holds no number."""
    if row != above + 1:
        return False
    upper, lower = head[above], head[row]
    cells = [(u, v) for u, v in zip(upper, lower, strict=False) if v is not None]
    numbers = any(isinstance(v, int | float) and not isinstance(v, bool) for _, v in cells)
    repeated = any(isinstance(v, str) and v == u for u, v in cells)
    return repeated and not numbers


def indicators_across(header: Header, head: Grid) -> Header:
    """A table of units with no `Chỉ tiêu` and no figure column, whose other columns hold
    numbers ('Đơn vị | Tổng số đảng viên | Đảng viên mới kết nạp'): each such column is an
    indicator, named by its header."""
    taken = {"indicator", "numerator", "denominator", "target"}
    if "unit" not in header.columns or taken & set(header.columns) or header.periods:
        return header
    below = head[header.row + 1 :]
    found = [
        (column, text)
        for column, text in header.unread
        if _mostly_numbers([row[column] for row in below if column < len(row)])
    ]
    if not found:
        return header
    named = {column for column, _ in found}
    unread = tuple((c, t) for c, t in header.unread if c not in named)
    return replace(header, indicators=tuple(found), unread=unread)


def _mostly_numbers(values: list[CellValue]) -> bool:
    """Whether a column's first cells hold figures: some numbers, and more numbers than text
    (a unit's name or a note is text)."""
    from .number_text import parse_number

    numbers = texts = 0
    for value in values:
        if isinstance(value, bool) or value is None:
            continue
        if isinstance(value, int | float):
            numbers += 1
        elif isinstance(value, str) and value.strip():
            try:
                parse_number(value)
                numbers += 1
            except ValueError:
                texts += 1
    return numbers > 0 and numbers >= texts


def measures_not_units(header: Header, head: Grid) -> Header:
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


def field_header(key: str) -> str:
    """The Vietnamese header of a field: 'numerator' -> 'Tử số'."""
    return next(spec.header for spec in DATA_COLUMNS if spec.key == key)
