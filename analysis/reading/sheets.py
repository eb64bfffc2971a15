"""Every table of a workbook, each read through the steps: cells, tables, header paths,
meanings, figures.

Which sheets are read: every visible sheet (a sheet named `Chỉ tiêu` first), and a hidden
`Chỉ tiêu` only when no visible sheet holds a table; the side sheets chiso reads for what
they describe (`Danh mục`, `Đơn vị`, `Chuyển đổi`, `Thông tin`, `Cách đọc`) are not tables.
A sheet with no table is named in a note; a table chiso cannot read is named with what it
lacks or the question that would settle it, and the rest of the workbook is still read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..model import sheet_names
from ..model.dataset import SheetReading, TableReading
from ..model.errors import Problem, ProblemCollector
from ..model.sheet_names import is_sheet_named, is_side_sheet
from ..model.sources import Source
from ..model.text import name_key, strip_accents
from .cells import Grid, read_grid
from .context import Stated, read_context, title_lines
from .corrections import Correction, Corrections
from .figures import LABEL_FIELDS, RawTable, read_figures
from .header_paths import header_paths
from .meanings import TableMeaning, read_meanings
from .tables import Region, find_regions
from .understood import FIELD_HEADERS, describe_columns, sheet_reading, understood
from .workbook import SheetCells, SheetInfo, Workbook, cell_ref

# Sheet names that name no unit: a table on them needs its unit from a column or its title.
GENERIC_SHEET_NAMES = re.compile(
    r"^(?:chi tieu|indicators?|sheet ?\d*|trang tinh ?\d*|data|so lieu|bieu ?[\w.-]*|"
    r"bang ?\d*|tong hop|du lieu|phu luc ?[\w.-]*|mau ?[\w.-]*)$"
)

# A sheet that sums the unit sheets beside it: checked against them, never counted twice.
SUMMARY_SHEET_NAMES = re.compile(
    r"^(?:tong hop|tong cong|tong|toan (?:tinh|huyen|thanh pho|thi xa|quan|xa|phuong|dang bo)"
    r"(?: .*)?)$"
)


@dataclass(frozen=True)
class ReadTable:
    """One table of a workbook: what was understood of it, and its figures' raw frames (none
    when it was refused). `grid` and `region` locate its cells for the count of numbers."""

    reading: TableReading
    sheet_reading: SheetReading | None
    raws: tuple[RawTable, ...]
    grid: Grid
    region: Region
    meaning: TableMeaning | None
    summary: bool = False
    refusal: Problem | None = None  # why the table was not read (a located problem)


@dataclass
class _Pass:
    """What one pass over the sheets gathers, in order, for the problems said at its end."""

    tables: list[ReadTable] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (sheet, what it lacks)
    # Sheets whose tables lack a unit and an indicator, with the problem that says so.
    unreadable: list[tuple[str, Problem]] = field(default_factory=list)
    header_only: tuple[str, str] | None = None  # a sheet with a header and no rows below


def read_tables(
    book: Workbook, *, corrections: Corrections | None = None
) -> tuple[list[ReadTable], list[Problem]]:
    """Every table of the workbook's sheets, read or refused, and the problems found while
    finding them (see the module's docstring)."""
    named = {s.name for s in book.sheets if is_sheet_named(s.name, sheet_names.DATA)}
    visible = [s for s in book.sheets if s.visible and s.name in named] + [
        s for s in book.sheets if s.visible and s.name not in named
    ]
    hidden = [s for s in book.sheets if not s.visible and s.name in named]
    corrections = corrections or Corrections()
    gathered = _Pass()
    for info in visible + hidden:
        if not info.visible and any(t.raws for t in gathered.tables):
            break  # a hidden 'Chỉ tiêu' is read only when no visible sheet has a table
        if is_side_sheet(info.name):
            continue
        _read_sheet_tables(book, info, corrections, gathered)
    gathered.problems += _refusals(gathered.tables)
    chiefly = next((s.name for s in visible + hidden if s.name in named), None)
    closing = _closing_problems(book.file_label, gathered, named, chiefly, corrections)
    return gathered.tables, [*gathered.problems, *closing]


def _read_sheet_tables(
    book: Workbook, info: SheetInfo, corrections: Corrections, gathered: _Pass
) -> None:
    """Read one sheet's tables into `gathered`; a sheet without an indicator table is noted
    as skipped (or unreadable), never taken."""
    file = book.file_label
    cells = book.sheet(info.name)
    grid = read_grid(cells)
    regions = find_regions(grid)
    if not regions and gathered.header_only is None:
        gathered.header_only = _header_only(grid, info.name)
    plain_name = strip_accents(name_key(info.name))
    summary = bool(SUMMARY_SHEET_NAMES.match(plain_name))
    generic = bool(GENERIC_SHEET_NAMES.match(plain_name)) or summary
    sheet_top = regions[0].header_top if regions else 0
    collect = ProblemCollector(file, info.name)
    tables_here: list[ReadTable] = []
    for region in regions:
        lines = title_lines(grid, region, sheet_top=sheet_top if region.number > 1 else None)
        context = read_context(
            lines, sheet=info.name, file_stem=book.path.stem, generic_sheet=generic
        )
        if summary and context.organisation is None:
            context = replace(context, organisation=Stated(info.name.strip(), Source("sheet_name")))
        lines_here = corrections.for_table(info.name, region.number)
        region = _with_header_rows(region, lines_here, corrections)
        meaning = read_meanings(
            grid,
            region,
            header_paths(grid, region),
            context,
            table_name=f"Biểu {region.number}",
            corrections=lines_here,
            used=corrections.used,
        )
        gathered.problems += _unreadable_corrections(file, meaning, corrections)
        tables_here.append(_read(book, cells, grid, meaning, summary=summary, collect=collect))
    has_figures = any(t.raws for t in tables_here)
    lacking = [t for t in tables_here if not t.raws and t.meaning is not None]
    if not tables_here or (not has_figures and all(_not_indicator_table(t) for t in lacking)):
        if lacking:
            first = lacking[0]
            assert first.meaning is not None
            gathered.unreadable.append((info.name, _layout_problem(file, info.name, first)))
        if info.visible:
            detail = _lacking(tables_here[0]) if tables_here else "Chỉ tiêu"
            gathered.skipped.append((info.name, detail))
        return
    if not info.visible:
        collect.add("hidden_sheet")
    gathered.problems += collect.problems
    gathered.tables += tables_here


def _unreadable_corrections(
    file: str, meaning: TableMeaning, corrections: Corrections
) -> list[Problem]:
    """The `Cách đọc` lines for this table that could not be read, each with why."""
    return [
        Problem(
            code="correction_unreadable",
            file=file,
            sheet=corrections.sheet,
            cell=cell,
            details={
                "value": text,
                "detail": f" ({why.split(' / ')[0]})",
                "detail_en": f" ({why.split(' / ')[-1]})",
            },
        )
        for cell, text, why in meaning.rejected
    ]


def _refusals(tables: list[ReadTable]) -> list[Problem]:
    """A table refused beside tables read: the rest of the workbook is read, and the table
    is named, with why and the line that settles it (a warning); alone, it is an error."""
    read_some = any(t.raws for t in tables)
    problems: list[Problem] = []
    for table in tables:
        if table.refusal is None:
            continue
        if read_some:
            where = f"{table.reading.name} (trang «{table.reading.sheet}»)"
            problems.append(
                replace(
                    table.refusal,
                    code="table_not_read",
                    details={
                        "value": where,
                        "table": where,
                        "reason": table.refusal.message_vi,
                        "reason_en": table.refusal.message_en,
                    },
                )
            )
        else:
            problems.append(table.refusal)
    return problems


def _closing_problems(
    file: str,
    gathered: _Pass,
    named: set[str],
    chiefly: str | None,
    corrections: Corrections,
) -> list[Problem]:
    """What is said once every sheet is read: the sheets skipped and the `Cách đọc` lines
    that matched nothing when some table was read; else why nothing could be."""
    read_some = any(t.raws for t in gathered.tables)
    if read_some or any(p.severity == "error" for p in gathered.problems):
        skipped = [
            Problem(
                code="skipped_sheet", file=file, sheet=name, details={"value": name, "detail": why}
            )
            for name, why in gathered.skipped
        ]
        return [*skipped, *corrections.unmatched(file)]
    if gathered.unreadable:
        unreadable = gathered.unreadable
        return [next((p for name, p in unreadable if name in named), unreadable[0][1])]
    if gathered.header_only is not None:
        sheet, cell = gathered.header_only
        return [Problem(code="no_data_rows", file=file, sheet=sheet, cell=cell)]
    if chiefly is None:
        return [Problem(code="no_indicator_sheet", file=file)]
    collect = ProblemCollector(file, chiefly)
    for key in ("indicator", "unit", "period", "numerator"):
        collect.add("missing_column", column=FIELD_HEADERS[key])
    return collect.problems


def _with_header_rows(
    region: Region, lines: list[tuple[int, Correction]], corrections: Corrections
) -> Region:
    """A table whose header rows a `Cách đọc` line states ('Biểu 1: dòng tiêu đề 4-5')."""
    for index, line in lines:
        if line.what != "header_rows":
            continue
        first, last = (int(n) - 1 for n in line.value.split("-"))
        if last < first:
            continue
        corrections.mark_used(index)
        body_top = max(region.body_top, last + 1)
        region = replace(
            region,
            header_top=first,
            header_bottom=last,
            body_top=body_top,
            title_top=min(region.title_top, first),
        )
    return region


def _header_only(grid: Grid, sheet: str) -> tuple[str, str] | None:
    """A table's header with no rows under it: (sheet, the cell under the header)."""
    from .vocabulary import read_term

    height, _width = grid.shape
    for row in range(min(height, 40)):
        terms = [read_term(t) for t in grid.row_texts(row)]
        roles = {t.role for t in terms if t.role is not None}
        if {"indicator"} <= roles and roles & {"count", "unit", "period"}:
            return sheet, cell_ref(row + 1, 0)
    return None


def _not_indicator_table(table: ReadTable) -> bool:
    """A block of numbers with neither a unit nor an indicator: not an indicator table."""
    meaning = table.meaning
    return meaning is not None and {"unit", "indicator"} <= set(meaning.missing)


def _lacking(table: ReadTable) -> str:
    meaning = table.meaning
    if meaning is None or not meaning.missing:
        return FIELD_HEADERS["indicator"]
    return ", ".join(FIELD_HEADERS[m] for m in meaning.missing)


def _read(
    book: Workbook,
    cells: SheetCells,
    grid: Grid,
    meaning: TableMeaning,
    *,
    summary: bool,
    collect: ProblemCollector,
) -> ReadTable:
    """One table read into its figures' raw frames, or refused with the problem that
    says why (skipped by a `Cách đọc` line, something missing, or a question open)."""
    region = meaning.region
    reading = understood(book.file_label, cells.name, meaning)
    groups = [g for g in meaning.groups]
    if meaning.skipped is not None:
        why = "bỏ qua theo trang Cách đọc / skipped as the Cách đọc sheet says"
        reading = replace(reading, refused=why, settle=None)
        return ReadTable(reading, None, (), grid, region, meaning, summary)
    if meaning.missing or meaning.questions or not groups:
        refusal = _refusal_problem(book.file_label, cells.name, meaning, reading, collect)
        refused, settle = _refusal(meaning)
        reading = replace(reading, refused=refused, settle=settle)
        return ReadTable(reading, None, (), grid, region, meaning, summary, refusal)
    for term, cell in meaning.not_understood:
        collect.add("term_not_understood", cell=cell, value=term)
    values = tuple(c.column for c in meaning.columns.values() if c.kind == "value")
    stated = meaning.period.code if meaning.period is not None else None
    labels = sorted({c for k, c in meaning.labels.items() if k in LABEL_FIELDS})
    cells.columns(region.body_top, text=labels, numbers=sorted(set(values)))  # one read
    raws = tuple(
        read_figures(
            cells,
            grid,
            meaning,
            group,
            value_columns=values,
            stated_period=group.period.code if group.period is not None else stated,
            file=book.file_label,
        )
        for group in groups
    )
    cells.forget_columns()  # the figures hold what they need of the columns read
    return ReadTable(
        reading,
        sheet_reading(book.file_label, cells.name, meaning),
        raws,
        grid,
        region,
        meaning,
        summary,
    )


def _refusal_problem(
    file: str,
    sheet: str,
    meaning: TableMeaning,
    reading: TableReading,
    collect: ProblemCollector,
) -> Problem | None:
    """The located problem that says why a table is refused (None when the sheet's own
    note says it: a block of numbers that is no indicator table)."""
    before = len(collect.problems)
    groups = meaning.groups
    if meaning.missing == ("period",) and not meaning.questions and groups:
        collect.add("no_period", cell=_figure_cell(meaning))
    elif meaning.questions:
        question = meaning.questions[0]
        if question.code == "duplicate_column":
            collect.add(
                "duplicate_column",
                cell=question.cell,
                column=question.vi.split("«")[-1].split("»")[0],
                other=question.cell,
            )
        else:
            collect.add(
                "reading_ambiguous",
                cell=question.cell,
                table=reading.name,
                question=question.vi,
                question_en=question.en,
                line=question.line,
            )
    elif meaning.missing and not {"unit", "indicator"} <= set(meaning.missing) and groups:
        collect.problems.append(_layout_problem(file, sheet, meaning))
    return collect.problems.pop() if len(collect.problems) > before else None


def _figure_cell(meaning: TableMeaning) -> str:
    group = meaning.groups[0] if meaning.groups else None
    if group is None:
        return cell_ref(meaning.region.header_bottom, meaning.region.left)
    reading = meaning.columns[group.main]
    return reading.path.leaf_cell or cell_ref(meaning.region.header_bottom, group.main)


def _refusal(meaning: TableMeaning) -> tuple[str | None, str | None]:
    if meaning.questions:
        question = meaning.questions[0]
        return f"{question.vi} / {question.en}", question.line
    if meaning.missing:
        lacking = ", ".join(FIELD_HEADERS[m] for m in meaning.missing)
        line = _settling_line(meaning)
        return f"thiếu {lacking} / no {', '.join(meaning.missing)}", line
    return "không có cột số liệu / no column of figures", None


def _settling_line(meaning: TableMeaning) -> str | None:
    """The `Cách đọc` line that would give the table what it lacks."""
    name = f"Biểu {meaning.region.number}"
    missing = meaning.missing[0] if meaning.missing else None
    if missing == "indicator":
        title = meaning.context.title
        del title  # a title that names no figure is no indicator: the analyst writes it
        return f"{name}: chỉ tiêu «…»"
    if missing == "unit":
        return f"{name}: đơn vị «…»"
    if missing == "period":
        return f"{name}: kỳ «…»"
    return None


def _layout_problem(file: str, sheet: str, table: ReadTable | TableMeaning) -> Problem:
    meaning = table if isinstance(table, TableMeaning) else table.meaning
    assert meaning is not None
    collect = ProblemCollector(file, sheet)
    region = meaning.region
    lacking = ", ".join(FIELD_HEADERS[m] for m in meaning.missing) or FIELD_HEADERS["indicator"]
    first = min((c.column for c in meaning.columns.values() if c.path.texts), default=region.left)
    line = _settling_line(meaning)
    collect.add(
        "layout_not_understood",
        cell=cell_ref(region.header_bottom if region.header_bottom >= 0 else 0, first),
        row=region.header_bottom + 1,
        found=describe_columns(meaning),
        missing=lacking,
        hint=(f" Hoặc thêm trang «Cách đọc» với dòng «{line}»." if line else ""),
        hint_en=(f" Or add a «Cách đọc» sheet with the line «{line}»." if line else ""),
    )
    return collect.problems[0]
