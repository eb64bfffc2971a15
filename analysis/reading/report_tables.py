"""A written report's tables read for figures (issue 20), the way an analyst reads them: the
header band above the first row of numbers says what each column holds (a count, its base,
its rate, the plan it is measured against, a period), a merged title over several columns
included; each row's label names either the indicator («Đảng viên đăng ký Sổ tay») or, in a
table of units («STT | Đơn vị | Tổng số đảng viên | Đã cài đặt | Tỷ lệ»), the unit, the column
then naming the indicator. A plan's column is a target, no figure; a total row is the
report's own unit.

Pure functions over a report's table cells: no file is opened here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from ..model.measures import COUNT_MEASURES
from ..model.periods import Period, PeriodParseError, parse_period
from ..model.text import name_key
from .period_phrases import find_period_phrases
from .report_line_tables import UNIT_LINE
from .report_mentions import (
    FigureKind,
    NumberMention,
    ReportFigure,
    confidence_of,
    printed_share,
)
from .report_numbers import numbers_in
from .report_periods import ReportSetting, label, year_to_date
from .report_text import Passage
from .report_units import unit_named
from .vocabulary import is_total_label

Grid = dict[tuple[int, int], Passage]  # (row, column) -> the cell that starts there
Role = Literal["count", "base", "rate", "of_plan", "vs_last_year", "plan", "measure", "change"]


@dataclass(frozen=True)
class _Column:
    header: str  # the header band's words over the column, top to bottom
    role: Role
    period: str | None  # the period the header names («Năm 2023»), as `label` gives it


def table_figures(cells: list[Passage], setting: ReportSetting) -> list[ReportFigure]:
    """A report's tables read row by row, each figure once, with what its column says."""
    tables: dict[int, Grid] = {}
    for cell in cells:
        if cell.cell is not None:
            table, row, column = cell.cell
            tables.setdefault(table, {})[(row, column)] = cell
    figures: list[ReportFigure] = []
    for _, grid in sorted(tables.items()):
        figures += _one_table(grid, setting)
    return figures


def _one_table(grid: Grid, setting: ReportSetting) -> list[ReportFigure]:
    values = {at: v for at, c in grid.items() if (v := _value_of(c.text)) is not None}
    for (r, c), cell in grid.items():  # «2063» beside «48.94%» counts; a year heads no row
        if c > 1 and (year := _YEAR_CELL.fullmatch(cell.text)) and (r, c + 1) in values:
            values[(r, c)] = NumberMention(year[1], 0, 4, "count", Decimal(year[1]))
    rows = sorted({r for (r, c) in values if c > 1})
    if not rows:
        return []
    first_data = rows[0]
    width = max(c + grid[(r, c)].columns - 1 for (r, c) in grid)
    columns = {c: _column(grid, first_data, c, width, setting.period) for c in range(1, width + 1)}
    named = [c for c, col in columns.items() if _LABEL_HEADER.match(name_key(col.header))]
    labels = {r: _row_label(grid, r, columns, named) for r in rows}
    label_columns = [at for at in labels.values() if at is not None]
    if not label_columns:
        return []
    label_column = max(label_columns, key=label_columns.count)
    units = _rows_are_units(grid, first_data, label_column)
    numbering = {c for c in columns if _numbers_rows(grid, rows, c, columns[c])}
    title = _title(grid, first_data, width)
    stated = _table_measure(grid, first_data)  # «Đơn vị tính: Tỷ đồng» over the table
    title = None if stated else title
    figures: list[ReportFigure] = []
    above: str | None = None  # the unit a row above names in its label's bracket
    for row in rows:
        if (at := labels[row]) is None:
            continue
        row_label = _full_label(grid, values, row, at, columns)
        measure = next(
            (grid[(row, c)].text for c, col in columns.items()
             if col.role == "measure" and (row, c) in grid),
            stated,
        )  # fmt: skip
        readable = {
            c: col for c, col in columns.items()
            if c != at and c not in named and c not in numbering
        }  # fmt: skip
        above = _header_measure(row_label) if re.search(r"\([^)%]+\)", row_label) else above
        carried = measure is None and _SUB_ROW.fullmatch(row_label) and above is not None
        found = _row_figures(
            grid,
            values,
            readable,
            row,
            row_label,
            above if carried else measure,
            units,
            title,
            setting,
        )
        figures += [_said_above(f) for f in found] if carried else found
    return figures if units else _totals_named(figures, grid, labels, title)


def _totals_named(
    figures: list[ReportFigure], grid: Grid, labels: dict[int, int | None], title: str | None
) -> list[ReportFigure]:
    """In a table of indicators, a «Tổng cộng» row is the whole of the rows beside it, column
    by column: it is named for what it adds up (the table's title, or its column's header
    without the period), and each row's count in its column is a part of it (`Nhóm`), so
    that `chiso check` adds them up and never reads the name «Tổng cộng» as a total row of
    the draft."""
    totals = {r for r, at in labels.items() if at and is_total_label(grid[(r, at)].text)}
    if not totals:
        return figures
    places = [_cell_of(f.where) for f in figures]
    wholes: dict[int, ReportFigure] = {}
    named = list(figures)
    for position, figure in enumerate(figures):
        row, column = places[position]
        if row in totals:
            said = figure.sentence.split(" – ", 1)
            header = _without_period(said[1].rsplit(":", 1)[0]) if len(said) > 1 else ""
            every = title or "Toàn bộ"
            name = f"{every} ({header})" if header else every
            named[position] = replace(figure, indicator=name)
            if figure.count is not None and figure.kind == "mức":
                wholes[column] = named[position]
    for position, figure in enumerate(named):
        row, column = places[position]
        whole = wholes.get(column)
        if whole is not None and row not in totals and figure.kind == "mức" and whole.count:
            named[position] = replace(figure, kind="phần", base=whole.count, group=whole.indicator)
    return named


# A row of rates in a table of indicators: its label says so.
_RATE_ROW = re.compile(r"(?i)\W*(?:t[ỷỉ] lệ|t[ỷỉ] trọng)(?!\w)|.*\(%\)\s*$")


def _cell_of(where: str) -> tuple[int, int]:
    found = re.search(r"dòng (\d+), cột (\d+)", where)
    return (int(found[1]), int(found[2])) if found else (0, 0)


def _without_period(header: str) -> str:
    parts = [p for p in header.split(" – ") if not _only_period(p)]
    return " – ".join(parts)


# A header that names the rows: the units or the indicators.
_LABEL_HEADER = re.compile(
    r"(?:tên )?(?:đơn vị(?! tính)|địa phương|chỉ tiêu$|nội dung|danh mục|lĩnh vực|tên\b)"
)


def _row_figures(
    grid: Grid,
    values: dict[tuple[int, int], NumberMention],
    columns: dict[int, _Column],
    row: int,
    row_label: str,
    measure: str | None,
    units: bool,
    title: str | None,
    setting: ReportSetting,
) -> list[ReportFigure]:
    """One row's figures: each count with the base and rate of its columns."""
    in_row = sorted(c for (r, c) in values if r == row and c in columns)
    for c in in_row:  # a comparison is of the latest period before it («So sánh (%)»)
        if columns[c].role in ("vs_last_year", "change") and columns[c].period is None:
            before = [columns[o].period for o in sorted(columns) if o < c and columns[o].period]
            if before:
                columns = {**columns, c: replace(columns[c], period=before[-1])}
    plan = next((values[(row, c)].value for c in in_row if columns[c].role == "plan"), None)
    rates = {c for c in in_row if columns[c].role == "rate"}
    paired: dict[int, int] = {}  # a rate's column -> the count's it is the rate of
    for rate_column in sorted(rates):
        # the count of its own group: never across a «Tổng số» column that opens another
        bases = [c for c in in_row if c < rate_column and columns[c].role == "base"]
        since = max(bases, default=0)
        counts = [c for c in in_row if since < c < rate_column and columns[c].role == "count"]
        free = [c for c in counts if c not in paired.values()]
        if free:
            paired[rate_column] = free[-1]
    base: Decimal | None = None
    base_column: _Column | None = None
    found: list[ReportFigure] = []
    for c in in_row:
        column, mention = columns[c], values[(row, c)]
        if column.role in ("plan", "measure"):
            continue
        if column.role == "base":
            base, base_column = mention.value, column
            takers = [o for o in in_row if o > c and columns[o].role in ("count", "rate")]
            if not takers or columns[takers[0]].role == "base":
                found.append(_figure(grid, row, c, row_label, column, mention, None, None,
                                     measure, units, title, setting))  # fmt: skip
            continue
        if column.role == "rate" and c in paired:
            continue
        rate_at = next((r for r, counted in paired.items() if counted == c), None)
        rate = values[(row, rate_at)].value if rate_at is not None else None
        shares = []
        if rate is not None and rate_at is not None and _of(mention.value, plan, rate):
            # «Chỉ tiêu giao 3 | Kết nạp 2 | Tỷ lệ đạt 66,7%»: the share of the plan reached
            named = f"{column.header} ({columns[rate_at].header})"
            period = column.period or columns[rate_at].period
            share = replace(columns[rate_at], role="of_plan", header=named, period=period)
            shares.append(_figure(grid, row, rate_at, row_label, share, values[(row, rate_at)],
                                  None, None, None, units, title, setting))  # fmt: skip
            rate = None
        kind_base = base if column.role == "count" else None
        own = measure or (_header_measure(base_column.header) if base_column else None)
        found.append(_figure(grid, row, c, row_label, column, mention, rate, kind_base,
                             own, units, title, setting))  # fmt: skip
        found += shares
    return found


def _of(count: Decimal | None, plan: Decimal | None, rate: Decimal) -> bool:
    """Whether a printed rate is the count's share of the plan, to its printed digits."""
    if not count or not plan:
        return False
    return printed_share(count, plan, rate)


def _figure(
    grid: Grid,
    row: int,
    column_at: int,
    row_label: str,
    column: _Column,
    mention: NumberMention,
    rate: Decimal | None,
    base: Decimal | None,
    measure: str | None,
    units: bool,
    title: str | None,
    setting: ReportSetting,
) -> ReportFigure:
    cell = grid[(row, column_at)]
    header = column.header
    plain = _generic(header) or _only_period(header)
    if units:
        total = bool(re.match(r"(?i)\W*(?:tổng cộng|tổng số|tổng|cộng)(?!\w)", row_label))
        # «Toàn Đảng bộ», «Toàn tỉnh» in the province's report: the report's own unit
        whole = row_label.lower().startswith("toàn")
        own = unit_named(row_label, len(row_label), setting.unit) if whole else row_label
        unit = setting.unit if total else own
        indicator = header if not plain else (title or header)
    else:
        unit = setting.unit
        indicator = row_label if plain else f"{row_label} ({header})"
    kind: FigureKind = "mức"
    count = mention.value if mention.kind != "percent" else None
    if column.role == "change":  # «So sánh»: +5, -2 more or fewer than the year before
        kind, base = "thay đổi", None
        measure = "%" if re.search(r"%|(?<!\w)t[ỷỉ] lệ(?!\w)", header.lower()) else measure
    elif column.role in ("rate", "of_plan", "vs_last_year"):
        rate, count, base = mention.value, None, None
        if column.role == "of_plan":
            kind = "đạt kế hoạch"
        elif column.role == "vs_last_year":
            kind = "so với cùng kỳ"
    elif mention.kind == "percent" or (measure or "").strip() == "%" or _RATE_ROW.match(row_label):
        rate, count = mention.value, None  # «Tỷ lệ trẻ em … tiêm chủng đầy đủ | 99,10»
    elif mention.kind == "fraction":
        base = mention.base
    doubts = [] if unit else ["chưa rõ đơn vị / no unit"]
    period = column.period or (label(setting.period) if setting.period else None)
    if period is None:
        doubts.append("chưa rõ kỳ: ghi kỳ của báo cáo / no period: write the report's")
    return ReportFigure(
        indicator=indicator,
        unit=unit,
        period=period,
        count=count,
        base=base,
        rate=rate,
        measure=None
        if count is None
        else (_header_measure(header) or measure or (None if units else _label_measure(row_label))),
        group=None,
        kind=kind,
        sentence=f"{row_label} – {header}: {cell.text}" if header else f"{row_label}: {cell.text}",
        where=cell.where,
        confidence=confidence_of(doubts, kind),
        doubts=tuple(doubts),
    )


# -- the header band -----------------------------------------------------------------------


def _column(
    grid: Grid, first_data: int, column: int, width: int, reported: Period | None
) -> _Column:
    """What the header band says over `column`: its words, its role and its period."""
    parts: list[str] = []
    for row in range(1, first_data):
        cell = _covering(grid, row, column)
        if cell is None or cell.columns >= width:
            continue  # a title over the whole table says nothing of one column
        if not _words(cell) and not re.fullmatch(r"\s*(?:19|20)\d{2}\s*", cell.text):
            continue  # a heading's number, not a year heading («2015»)
        if cell.text not in parts:
            parts.append(cell.text)
    header = " – ".join(parts)
    folded = name_key(header)
    return _Column(header, _role(folded), _header_period(header, reported))


def _header_period(header: str, reported: Period | None) -> str | None:
    """The period a header names: «Năm 2023», «6 tháng 2023», «Kết nạp quý I» (the report's
    year), «Lũy kế từ đầu năm» (from January to the report's end)."""
    phrases = find_period_phrases(header)
    stated = [p.period for p in phrases if p.period is not None]
    if stated:
        return label(stated[-1])
    year = reported.end.year if reported else None
    if reported is not None and re.search(r"(?i)(?<!\w)(?:lũy kế|luỹ kế|từ đầu năm)", header):
        return year_to_date(reported.end)
    for part in reversed(header.split(" – ")):
        try:
            return label(parse_period(part))
        except PeriodParseError:
            continue
    for phrase in phrases:
        if phrase.kind == "yearless" and year is not None:
            try:
                return label(parse_period(f"{phrase.words} năm {year}"))
            except PeriodParseError:
                continue
    return None


def _role(folded: str) -> Role:
    plan = re.search(r"(?<!\w)(?:kế hoạch|kh|chỉ tiêu|dự toán|mục tiêu|nghị quyết)(?!\w)", folded)
    if re.search(r"(?<!\w)(?:đvt|đơn vị tính)(?!\w)", folded):
        return "measure"
    if re.search(r"(?<!\w)(?:tăng,?\s*/?\s*giảm|chênh lệch)(?!\w)", folded) or (
        re.search(r"(?<!\w)so sánh(?!\w)", folded)
        and not re.search(r"%|(?<!\w)t[ỷỉ] lệ(?!\w)", folded)
    ):  # «So sánh», «Tăng, giảm»: the difference, in the count's unit or in per cent
        return "change"
    if re.search(r"(?<!\w)(?:t[ỷỉ] lệ|so sánh|so với|đạt)(?!\w)|%", folded):
        if plan:
            return "of_plan"
        if re.search(r"(?<!\w)(?:cùng kỳ|so sánh|năm trước)(?!\w)", folded):
            return "vs_last_year"
        return "rate"
    if plan and not re.search(r"(?<!\w)(?:thực hiện|kết quả|đạt được|ước)(?!\w)", folded):
        return "plan"  # a target set, no figure reached
    if re.search(r"(?:^|– )tổng(?: số)?(?!\w)", folded):  # «Tổng số», «Đảng viên – Tổng số»
        return "base"
    return "count"


def _covering(grid: Grid, row: int, column: int) -> Passage | None:
    """The cell of `row` that covers `column`: the one starting there or a merged one that
    starts to its left and spans it."""
    for left in range(column, 0, -1):
        cell = grid.get((row, left))
        if cell is not None:
            return cell if left + cell.columns - 1 >= column else None
    return None


def _table_measure(grid: Grid, first_data: int) -> str | None:
    """The unit of measure a line over the table says: «Đơn vị tính : Tỷ đồng», «ĐVT: ha»."""
    for (row, _), cell in sorted(grid.items()):
        if row < first_data and (said := UNIT_LINE.fullmatch(cell.text)):
            return said[1].strip()
    return None


def _title(grid: Grid, first_data: int, width: int) -> str | None:
    """A title merged over the whole table («Kết quả cụ thể»), which names what a table of
    units counts when its columns say only «Số lượng»."""
    for row in range(1, first_data):
        cell = grid.get((row, 1))
        if cell is not None and cell.columns >= width and _words(cell):
            return cell.text
    return None


# -- the rows ------------------------------------------------------------------------------

_ORGANISATION = re.compile(
    r"(?i)^\W*(?:đảng bộ|chi bộ|đảng ủy|đảng uỷ|phường|xã|thị trấn|huyện|quận|thành phố|"
    r"thị xã|ubnd|ủy ban|uỷ ban|trường|ban|sở|phòng|cơ quan|công an|quân sự|trung tâm|"
    r"bệnh viện|hội|đoàn|mặt trận|tp\.?|tx\.?)(?!\w)"
)
_UNIT_HEADER = re.compile(
    r"(?i)(?<!\w)(?:đơn vị(?! tính)|địa phương|tên (?:đơn vị|đảng bộ|chi bộ|xã|phường)|"
    r"xã, phường|huyện, thị xã)(?!\w)"
)


def _rows_are_units(grid: Grid, first_data: int, label_column: int) -> bool:
    """Whether each row is a unit (a table of units), by its header or its labels."""
    heading = " ".join(
        c.text for r in range(1, first_data) if (c := grid.get((r, label_column))) is not None
    )
    if _UNIT_HEADER.search(heading):
        return True
    labels = [c.text for (r, col), c in grid.items() if col == label_column and r >= first_data]
    named = [t for t in labels if _ORGANISATION.match(t)]
    return len(labels) >= 2 and len(named) >= 0.6 * len(labels)


def _row_label(grid: Grid, row: int, columns: dict[int, _Column], named: list[int]) -> int | None:
    """The column of a row's label: the one whose header names the rows («Đơn vị», «Chỉ
    tiêu»), else its leftmost cell of words wherever it stands (a row's number, a code and
    the unit of measure left aside)."""
    for column in named:
        cell = grid.get((row, column))
        if cell is not None and _words(cell) and _value_of(cell.text) is None:
            return column
    for column in sorted(columns):
        cell = grid.get((row, column))
        if cell is None or columns[column].role == "measure":
            continue
        if _ROW_NUMBER.fullmatch(cell.text.strip()) or _CODE.fullmatch(cell.text.strip()):
            continue  # «STT», «T01»: the row's number or code
        if _value_of(cell.text) is None and _words(cell):
            return column
    return None


def _full_label(
    grid: Grid,
    values: dict[tuple[int, int], NumberMention],
    row: int,
    at: int,
    columns: dict[int, _Column],
) -> str:
    """A row's label, with the words of the cells after it and before its numbers: a merged
    group's name, then its item («Nơi đón tiếp … – Rất hài lòng»)."""
    first_value = min((c for (r, c) in values if r == row and c > at), default=at)
    words = [grid[(row, at)].text] + [
        grid[(row, c)].text for c in range(at + 1, first_value)
        if (row, c) in grid and _words(grid[(row, c)]) and columns[c].role != "measure"
    ]  # fmt: skip
    return " – ".join(dict.fromkeys(w.strip() for w in words))


def _numbers_rows(grid: Grid, rows: list[int], column: int, header: _Column) -> bool:
    """Whether a column numbers the rows («STT», «TT», «Mã»), not a figure: by its header, or
    by holding 1, 2, 3 … down its rows."""
    if re.fullmatch(r"(?:s[ốo] )?(?:stt|tt|thứ tự|mã(?: .*)?)", name_key(header.header)):
        return True
    cells = [grid[(r, column)].text.strip() for r in rows if (r, column) in grid]
    return len(cells) >= 2 and cells[:3] == [str(i) for i in range(1, min(len(cells), 3) + 1)]


_CODE = re.compile(r"[A-ZĐ]{1,3}\d{1,4}|\d{1,3}[A-ZĐ]")


_ROW_NUMBER = re.compile(r"(?:\d{1,3}|[IVXLC]{1,6}|\d+(?:\.\d+)+|[a-zđ])[.)]?")


def _words(cell: Passage) -> bool:
    """Whether a cell holds words, not a number nor a row's number («1», «I», «1.2», «a)»)."""
    text = cell.text.strip()
    return bool(text) and not re.fullmatch(r"[\dIVXivx.,)(\s%-]+|[a-zđ]\)?", text)


_YEAR_CELL = re.compile(r"\s*((?:19|20)\d{2})\s*")


def _value_of(text: str) -> NumberMention | None:
    """The one figure a cell holds alone («412», «98,1», «98,1%», «9.728/9.897», «-3», «+5»),
    else None."""
    signed = re.fullmatch(r"\s*([+\-−])\s*(\d[\d.,]*)\s*", text)
    if signed:  # a difference: «+5», «-2»
        found = _value_of(signed[2])
        if found is None or found.value is None:
            return None
        return replace(found, value=-found.value if signed[1] != "+" else found.value)
    if re.fullmatch(r"\s*\d{1,3}(?:[ \u00a0]\d{3})+(?:,\d+)?\s*", text):  # a yearbook's «1 269»
        return _value_of(re.sub(r"[ \u00a0](?=\d{3})", ".", text.strip()))
    mentions = [m for m in numbers_in(text) if m.is_figure]
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    if (text[: mention.start] + text[mention.end :]).strip(" %"):
        return None
    return mention


def _only_period(header: str) -> bool:
    """Whether a header names a period and nothing else («6 tháng 2023», «Năm 2022»)."""
    try:
        parse_period(header)
    except PeriodParseError:
        return False
    return True


def _generic(text: str) -> bool:
    """Whether a header says no more than «Số lượng», or only its period («Năm 2023»)."""
    for phrase in find_period_phrases(text):
        text = re.sub(re.escape(phrase.words), " ", text, flags=re.IGNORECASE)
    folded = name_key(re.sub(r"\(.*?\)", "", text))
    return not folded or folded in _GENERIC_HEADERS


_GENERIC_HEADERS = ("số lượng", "kết quả", "số liệu", "thực hiện", "tổng số", "giá trị", "số")


# A row of a class of the row above, by a short name of its own, no unit of its own: «Đường
# bộ», «Nữ», «Nông thôn» under «Số vụ tai nạn (vụ)».
_SUB_ROW = re.compile(
    r"(?i)\s*[-+•–]?\s*(?!(?:số|tổng|tỷ|tỉ|năng|giá|diện|sản|doanh|thu|chi|bình)(?!\w))"
    r"[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*"
)
_SAID_ABOVE = "đơn vị tính theo dòng trên / unit of measure of the row above"


def _said_above(figure: ReportFigure) -> ReportFigure:
    doubts = [d for d in figure.doubts if not d.startswith("chưa rõ đơn vị")] + [_SAID_ABOVE]
    return replace(figure, doubts=tuple(doubts), confidence=confidence_of(doubts, figure.kind))


def _header_measure(text: str) -> str | None:
    """The unit of measure a header names: in brackets («Số lượng (hồ sơ)»), else the first
    thing it counts («Số đảng viên đã cài đặt»)."""
    found = re.search(r"\(([^)%]+)\)", text)
    if found:
        return found.group(1).strip()
    words = text.lower()
    at = [(m.start(), -len(m.group(0)), m.group(0)) for m in _COUNTED.finditer(words)]
    return min(at)[2] if at else None


def _label_measure(label: str) -> str | None:
    """The unit of measure a row's label names: in brackets («Doanh thu (tỷ đồng)»), or what
    it opens on counting («Hồ sơ tiếp nhận», «Số đảng viên mới», «Tổng số hồ sơ»); not a word
    its name holds further on («Nơi đón tiếp của Trung tâm …»)."""
    if re.search(r"\(([^)%]+)\)", label):
        return _header_measure(label)
    opening = re.match(r"(?i)\W*(?:[ivx]+\.|\d+\.)?\s*(?:(?:tổng\s+)?số(?:\s+lượng)?\s+)?", label)
    counted = _COUNTED.match(label.lower(), opening.end() if opening else 0)
    return counted[0] if counted else None


_COUNTED = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(m) for m in COUNT_MEASURES if len(m) > 2) + r")(?!\w)"
)


__all__ = ["table_figures"]
