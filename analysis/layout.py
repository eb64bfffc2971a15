"""Finding the tables of a workbook: which sheets hold one, which layout each is in, and
where each figure's unit and period come from.

Each sheet's header is read (`header`), then split into `TableLocation`s, one per value
column the sheet is read through: the figure column, each column stating its own period,
the same period a year earlier, each part of a breakdown. `understood` says what was found,
for the reader to check; `table.read_table` reads the rows below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .columns import DATA_COLUMNS, DATA_SHEET_NAMES, is_sheet_named
from .errors import Problem, ProblemCollector
from .header import (
    REQUIRED_FIELDS,
    TABLE_FIELDS,
    Header,
    describe_header,
    field_header,
    find_period,
    indicators_across,
    locate_header,
    measures_not_units,
)
from .model import SheetReading
from .text import normalize_text
from .workbook import CellValue, Grid, SheetInfo, Workbook, cell_ref, column_letter

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


OTHER_SHEET_NAMES = (
    "danh mục",
    "catalogue",
    "catalog",
    "thông tin",
    "info",
    "đơn vị",
    "units",
    "hướng dẫn",  # a template's instructions
    "danh sách",  # a template's drop-down lists
    "chuyển đổi",  # a crosswalk of reorganised units
    "crosswalk",
)


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
    target_period: str | None = None  # the period the plan column's header names ('2024')
    part_label: str | None = None  # a breakdown column ('Nữ'): each row's part of its whole
    # A table of units with one column per indicator: this column's indicator, as headed.
    indicator_label: str | None = None
    form: Header | None = None  # the sheet's header as found, before it was split


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
        header = measures_not_units(locate_header(head, DATA_COLUMNS), head)
        header = indicators_across(header, head)
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
        named = set(header.columns) | ({"indicator", "numerator"} if header.indicators else set())
        complete = has_unit and {"indicator", "numerator"} <= named
        if "period" not in header.columns and "numerator" not in header.stated and complete:
            # No `Kỳ` column: the period the title block, the sheet or the file states.
            stated = _stated_period(head[: max(header.first_row, 0)], info.name, book.path.stem)
            if stated is None:
                collect = ProblemCollector(file, info.name)
                figure = header.columns.get(
                    "numerator", header.indicators[0][0] if header.indicators else 0
                )
                collect.add("no_period", cell=cell_ref(header.row, figure))
                problems += collect.problems
                continue
        fields = named | ({"period", "numerator"} if header.periods else set())
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
        ("indicators", [c for c, _ in header.indicators]),
    ):
        if columns:
            first, last = column_letter(columns[0]), column_letter(columns[-1])
            cells[key] = f"{first}{header.row + 1}:{last}{header.row + 1}"
            if wide and key == "period":
                period_from = f"column headers {first}:{last}"
    if "target" in header.columns or header.plans:
        layout = "plan_against_actual"
    elif wide:
        layout = "wide_by_period"
    elif header.indicators:
        layout = "indicators_as_columns"
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


_ORGANISATION = re.compile(
    r"^(?:đảng bộ|đảng ủy|đảng uỷ|thành ủy|thành uỷ|tỉnh ủy|tỉnh uỷ|huyện ủy|huyện uỷ|thị ủy|"
    r"thị uỷ|quận ủy|quận uỷ|chi bộ|ubnd|ủy ban nhân dân|uỷ ban nhân dân|hđnd|mặt trận)\b",
    re.IGNORECASE,
)


def _stated_period(rows: Grid, sheet: str, stem: str) -> tuple[str, str] | None:
    """The period a table states once, and where: a title line ('BIỂU TỔNG HỢP … 6 THÁNG
    ĐẦU NĂM 2024'), else the sheet's name, else the file's name. Never a file date."""
    candidates: list[tuple[str, str]] = []
    for index, row in enumerate(rows):
        for column, value in enumerate(row):
            if isinstance(value, str):
                candidates.append((value, f"title cell {cell_ref(index, column)}"))
    candidates += [(sheet, "sheet name"), (stem.replace("-", " ").replace("_", " "), "file name")]
    for text, where in candidates:
        _, code = find_period(text)
        if code is not None:
            return code, where
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
    values = [c for c, _ in (*header.periods, *header.parts, *header.indicators)]
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
    if header.indicators:  # one long table per indicator column, its name the header's
        found += [
            replace(
                common,
                header=replace(header, columns={**plain, "numerator": column}),
                period_label=label,
                period_from=where,
                indicator_label=name,
            )
            for column, name in header.indicators
        ]
        return
    if "numerator" in header.stated:
        label = header.stated["numerator"]
        where = f"column header {cell_ref(header.row, header.columns['numerator'])}"
    main: TableLocation | None = None
    if "numerator" in header.columns:
        dated = header.plans.get(label, {}) if label is not None else {}
        main = replace(
            common,
            header=replace(header, columns={**plain, **dated, **plan}),
            period_label=label,
            target_period=label if dated else header.stated.get("target"),
        )
        main = replace(main, period_from=where)
        found.append(main)
    wide = [
        replace(
            common,
            header=replace(
                header, columns={**plain, "numerator": column, **header.plans.get(period, {})}
            ),
            period_label=period,
            period_from=f"column header {cell_ref(header.row, column)}",
            target_period=period if period in header.plans else None,
        )
        for column, period in header.periods
    ]
    if main is None and wide and plan:  # the plan goes with the latest period it covers
        chosen = _plan_period(wide, header.stated.get("target"))
        wide[chosen] = replace(
            wide[chosen],
            header=replace(header, columns={**wide[chosen].header.columns, **plan}),
            target_period=header.stated.get("target"),
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
