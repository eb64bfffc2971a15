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
from dataclasses import dataclass, replace

from ..model import sheet_names
from ..model.dataset import ColumnUnderstood, SheetReading, TableReading
from ..model.errors import Problem, ProblemCollector
from ..model.sheet_names import is_sheet_named, is_side_sheet
from ..model.text import name_key, strip_accents
from .cells import Grid, read_grid
from .context import Stated, read_context, title_lines
from .corrections import Correction, Corrections
from .figures import LABEL_FIELDS, RawTable, read_figures
from .header_paths import header_paths
from .meanings import ColumnReading, TableMeaning, read_meanings
from .tables import Region, find_regions
from .workbook import Workbook, cell_ref, column_letter

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

_FIELD_HEADERS = {
    "stt": "STT",
    "indicator": "Chỉ tiêu",
    "code": "Mã",
    "unit": "Đơn vị",
    "period": "Kỳ",
    "numerator": "Tử số",
    "denominator": "Mẫu số",
    "rate": "Tỷ lệ (%)",
    "group": "Nhóm",
    "measure": "Đơn vị tính",
    "note": "Ghi chú",
    "target": "Kế hoạch",
    "achievement": "Tỷ lệ đạt (%)",
    "previous": "Cùng kỳ năm trước",
    "source": "Nguồn",
}


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


def read_tables(
    book: Workbook, *, corrections: Corrections | None = None
) -> tuple[list[ReadTable], list[Problem]]:
    """Every table of the workbook's sheets, read or refused, and the problems found while
    finding them (see the module's docstring)."""
    file = book.file_label
    named = {s.name for s in book.sheets if is_sheet_named(s.name, sheet_names.DATA)}
    visible = [s for s in book.sheets if s.visible and s.name in named] + [
        s for s in book.sheets if s.visible and s.name not in named
    ]
    hidden = [s for s in book.sheets if not s.visible and s.name in named]
    corrections = corrections or Corrections()
    found: list[ReadTable] = []
    problems: list[Problem] = []
    skipped: list[tuple[str, str]] = []
    unreadable: list[tuple[str, Problem]] = []  # sheets whose tables lack a unit and indicator
    header_only: tuple[str, str] | None = None  # a sheet with a header and no rows below
    for info in visible + hidden:
        if not info.visible and any(t.raws for t in found):
            break  # a hidden 'Chỉ tiêu' is read only when no visible sheet has a table
        if is_side_sheet(info.name):
            continue
        cells = book.sheet(info.name)
        grid = read_grid(cells)
        regions = find_regions(grid)
        if not regions and header_only is None:
            header_only = _header_only(grid, info.name)
        plain_name = strip_accents(name_key(info.name))
        summary = bool(SUMMARY_SHEET_NAMES.match(plain_name))
        generic = bool(GENERIC_SHEET_NAMES.match(plain_name)) or summary
        sheet_top = regions[0].header_top if regions else 0
        tables_here: list[ReadTable] = []
        collect = ProblemCollector(file, info.name)
        for region in regions:
            lines = title_lines(grid, region, sheet_top=sheet_top if region.number > 1 else None)
            context = read_context(
                lines, sheet=info.name, file_stem=book.path.stem, generic_sheet=generic
            )
            if summary and context.organisation is None:
                context = replace(context, organisation=Stated(info.name.strip(), "sheet name"))
            lines_here = corrections.for_table(info.name, region.number)
            region = _with_header_rows(region, lines_here, corrections)
            paths = header_paths(grid, region)
            meaning = read_meanings(
                grid,
                region,
                paths,
                context,
                table_name=f"Biểu {region.number}",
                corrections=lines_here,
                used=corrections.used,
            )
            for cell, text, why in meaning.rejected:
                problems.append(
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
                )
            tables_here.append(_read(book, cells, grid, meaning, summary=summary, collect=collect))
        has_figures = any(t.raws for t in tables_here)
        lacking = [t for t in tables_here if not t.raws and t.meaning is not None]
        if not tables_here or (not has_figures and all(_not_indicator_table(t) for t in lacking)):
            if lacking:
                first = lacking[0]
                assert first.meaning is not None
                unreadable.append((info.name, _layout_problem(file, info.name, first)))
            if info.visible:
                detail = _lacking(tables_here[0]) if tables_here else "Chỉ tiêu"
                skipped.append((info.name, detail))
            continue
        if not info.visible:
            collect.add("hidden_sheet")
        problems += collect.problems
        found += tables_here
    # A table refused beside tables read: the rest of the workbook is read, and the table
    # is named, with why and the line that settles it (a warning); alone, it is an error.
    read_some = any(t.raws for t in found)
    for table in found:
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
    if read_some or any(p.severity == "error" for p in problems):
        for name, detail in skipped:
            problems.append(
                Problem(
                    code="skipped_sheet",
                    file=file,
                    sheet=name,
                    details={"value": name, "detail": detail},
                )
            )
        problems += corrections.unmatched(file)
        return found, problems
    if unreadable:
        preferred = next((p for name, p in unreadable if name in named), unreadable[0][1])
        return found, [*problems, preferred]
    if header_only is not None:
        sheet, cell = header_only
        return found, [
            *problems,
            Problem(code="no_data_rows", file=file, sheet=sheet, cell=cell),
        ]
    chiefly = next((s.name for s in visible + hidden if s.name in named), None)
    if chiefly is None:
        return found, [*problems, Problem(code="no_indicator_sheet", file=file)]
    collect = ProblemCollector(file, chiefly)
    for key in ("indicator", "unit", "period", "numerator"):
        collect.add("missing_column", column=_FIELD_HEADERS[key])
    return found, [*problems, *collect.problems]


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
        return _FIELD_HEADERS["indicator"]
    return ", ".join(_FIELD_HEADERS[m] for m in meaning.missing)


def _read(
    book: Workbook,
    cells: object,
    grid: Grid,
    meaning: TableMeaning,
    *,
    summary: bool,
    collect: ProblemCollector,
) -> ReadTable:
    from .workbook import SheetCells

    assert isinstance(cells, SheetCells)
    region = meaning.region
    reading = understood(book.file_label, cells.name, meaning)
    groups = [g for g in meaning.groups]
    if meaning.skipped is not None:
        why = "bỏ qua theo trang Cách đọc / skipped as the Cách đọc sheet says"
        reading = replace(reading, refused=why, settle=None)
        return ReadTable(reading, None, (), grid, region, meaning, summary)
    if meaning.missing or meaning.questions or not groups:
        refused, settle = _refusal(meaning)
        before = len(collect.problems)
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
            collect.problems.append(_layout_problem(book.file_label, cells.name, meaning))
        refusal = collect.problems.pop() if len(collect.problems) > before else None
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
        lacking = ", ".join(_FIELD_HEADERS[m] for m in meaning.missing)
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
    lacking = ", ".join(_FIELD_HEADERS[m] for m in meaning.missing) or _FIELD_HEADERS["indicator"]
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


_ROLE_FIELDS = {
    "count": "numerator",
    "whole": "numerator",
    "base": "denominator",
    "rate": "rate",
    "target": "target",
    "achievement": "achievement",
    "previous": "previous",
}


def describe_columns(meaning: TableMeaning) -> str:
    """What a table's header holds, column by column: 'Đơn vị (A3), 3 × kỳ / period (B3:D3)'."""
    found: list[str] = []
    columns = sorted(meaning.columns.values(), key=lambda c: c.column)
    row = meaning.region.header_bottom
    periods = [c for c in columns if c.kind == "value" and c.period is not None and not c.words]
    parts = [c for c in columns if c.kind == "value" and c.across == "part"]
    for reading in columns:
        if reading in periods or reading in parts:
            continue
        field = reading.role if reading.kind == "label" else _ROLE_FIELDS.get(reading.role or "")
        if field in _FIELD_HEADERS and reading.kind != "unread":
            found.append(f"{_FIELD_HEADERS[field]} ({reading.path.leaf_cell})")
    for what, chosen in (("kỳ / period", periods), ("trong đó / part", parts)):
        if chosen:
            span = f"{cell_ref(row, chosen[0].column)}:{cell_ref(row, chosen[-1].column)}"
            found.append(f"{len(chosen)} × {what} ({span})")
    unknown = [c for c in columns if c.words and c.kind == "value" and c not in parts]
    found += [f"«{(c.words or '')[:40]}» ({c.path.leaf_cell})" for c in unknown[:4]]
    return ", ".join(found) or "—"


# -- what was understood ---------------------------------------------------------------------


def _layout(meaning: TableMeaning) -> str:
    groups = meaning.groups
    if any("target" in g.fields for g in groups):
        return "plan_against_actual"
    if any(g.indicator for g in groups):
        return "indicators_as_columns"
    if any(g.unit for g in groups):
        return "units_as_columns"
    if any(g.part for g in groups):
        return "breakdown"
    dated = {g.period.code for g in groups if g.period is not None and not g.years_back}
    if len(dated) >= 2 and "period" not in meaning.labels:
        return "wide_by_period"
    if meaning.headings_as == "period":
        return "periods_down_rows"
    if (meaning.unit is not None and meaning.unit.source in ("sheet name",)) or (
        meaning.unit is not None and meaning.unit.source.startswith("title cell")
    ):
        return "unit_per_sheet"
    return "long"


def _header_cells(meaning: TableMeaning) -> dict[str, str]:
    """Field -> the cell of its header, as `chiso check` names them."""
    cells: dict[str, str] = {}
    for role, column in meaning.labels.items():
        reading = meaning.columns[column]
        if role in _FIELD_HEADERS and reading.path.leaf_cell:
            cells[role] = reading.path.leaf_cell
    groups = [g for g in meaning.groups if not g.part and not g.years_back and not g.total]
    dated = [g for g in groups if g.period is not None]
    row = meaning.region.header_bottom
    if groups and (len(groups) == 1 or len({g.period.code for g in dated if g.period}) < 2):
        main = groups[0]
        for field, column in main.fields.items():
            if field == "numerator" and main.indicator:
                continue
            leaf = meaning.columns[column].path.leaf_cell
            if leaf:
                cells[field] = leaf
    elif dated:
        key = "period" if "period" not in cells else "other_periods"
        first, last = dated[0].main, dated[-1].main
        cells[key] = f"{column_letter(first)}{row + 1}:{column_letter(last)}{row + 1}"
    for group in meaning.groups:
        if group.years_back:
            leaf = meaning.columns[group.main].path.leaf_cell
            if leaf:
                cells["previous"] = leaf
    parts = [g.main for g in meaning.groups if g.part]
    if parts:
        cells["parts"] = f"{column_letter(parts[0])}{row + 1}:{column_letter(parts[-1])}{row + 1}"
    across = [g.main for g in meaning.groups if g.indicator]
    if across:
        cells["indicators"] = (
            f"{column_letter(across[0])}{row + 1}:{column_letter(across[-1])}{row + 1}"
        )
    units = [g.main for g in meaning.groups if g.unit]
    if units:
        cells["units"] = f"{column_letter(units[0])}{row + 1}:{column_letter(units[-1])}{row + 1}"
    return dict(sorted(cells.items(), key=lambda item: _cell_order(item[1])))


def _cell_order(cell: str) -> tuple[int, int]:
    match = re.match(r"([A-Z]+)(\d+)", cell)
    if match is None:
        return (0, 0)
    letters = 0
    for letter in match[1]:
        letters = letters * 26 + ord(letter) - 64
    return letters, int(match[2])


def _period_source(meaning: TableMeaning) -> str:
    if "period" in meaning.labels:
        return f"column {column_letter(meaning.labels['period'])}"
    if meaning.headings_as == "period":
        return "heading rows"
    groups = [g for g in meaning.groups if not g.part and not g.years_back and not g.total]
    from_headers = [g for g in groups if g.period is not None and g.period_cell]
    if len({g.period.code for g in from_headers if g.period}) >= 2:
        first, last = from_headers[0].main, from_headers[-1].main
        return f"column headers {column_letter(first)}:{column_letter(last)}"
    if from_headers:
        return f"column header {from_headers[0].period_cell}"
    return meaning.period_source or "?"


def _unit_source(meaning: TableMeaning) -> str:
    if "unit" in meaning.labels:
        return f"column {column_letter(meaning.labels['unit'])}"
    if any(g.unit for g in meaning.groups):
        units = [g.main for g in meaning.groups if g.unit]
        return f"column headers {column_letter(units[0])}:{column_letter(units[-1])}"
    if meaning.headings_as == "unit":
        return "heading rows"
    return meaning.unit.source if meaning.unit is not None else "?"


def sheet_reading(file: str, sheet: str, meaning: TableMeaning) -> SheetReading:
    """The per-sheet summary `chiso check` prints (`sheets` in `--json`)."""
    return SheetReading(
        file=file,
        sheet=sheet,
        layout=_layout(meaning),
        header_row=meaning.region.header_bottom + 1,
        headers=_header_cells(meaning),
        unit_from=_unit_source(meaning),
        period_from=_period_source(meaning),
        title=meaning.context.title,
        figures=0,
    )


def _column_meaning(reading: ColumnReading, meaning: TableMeaning) -> tuple[str, str]:
    """What a column means, in words (vi, en)."""
    if reading.kind == "label":
        role = reading.role or "?"
        names = {
            "stt": ("số thứ tự", "row number"),
            "indicator": ("tên chỉ tiêu", "indicator names"),
            "unit": ("đơn vị", "units"),
            "period": ("kỳ", "periods"),
            "measure": ("đơn vị tính", "units of measure"),
            "code": ("mã", "codes"),
            "note": ("ghi chú", "notes"),
            "source": ("nguồn", "sources"),
            "group": ("nhóm", "groups"),
        }
        vi, en = names.get(role, ("chữ, không dùng", "text, not used"))
        return f"nhãn dòng: {vi}", f"row labels: {en}"
    if reading.kind == "unread":
        vi, en = reading.reason or ("không đọc", "not read")
        return f"không đọc: {vi}", f"not read: {en}"
    roles = {
        "count": ("số liệu", "the figure"),
        "whole": ("số liệu (tổng)", "the figure (a whole)"),
        "base": ("mẫu số", "the base"),
        "rate": ("tỷ lệ in sẵn (%)", "the printed rate (%)"),
        "target": ("kế hoạch", "the plan"),
        "achievement": ("tỷ lệ đạt kế hoạch (%)", "the printed share of the plan (%)"),
        "previous": ("cùng kỳ năm trước", "the same period a year earlier"),
    }
    vi, en = roles.get(reading.role or "count", ("số liệu", "the figure"))
    if reading.total:
        vi, en = "dòng tổng (kiểm tra, không cộng)", "a total (checked, not added)"
    extra_vi: list[str] = []
    extra_en: list[str] = []
    if reading.period is not None:
        extra_vi.append(reading.period.label())
        extra_en.append(reading.period.label(lang="en"))
    if reading.across == "unit":
        extra_vi.append(f"đơn vị «{reading.words}»")
        extra_en.append(f"unit «{reading.words}»")
    elif reading.across == "indicator":
        extra_vi.append(f"chỉ tiêu «{reading.words}»")
        extra_en.append(f"indicator «{reading.words}»")
    elif reading.across == "part":
        extra_vi.append(f"phần «{reading.part}»")
        extra_en.append(f"part «{reading.part}»")
    elif reading.words:
        extra_vi.append(f"chưa hiểu «{reading.words}», giữ trong tên")
        extra_en.append(f"«{reading.words}» not understood, kept in the name")
    return ", ".join([vi, *extra_vi]), ", ".join([en, *extra_en])


def understood(file: str, sheet: str, meaning: TableMeaning) -> TableReading:
    """What chiso understood of a table, for the reader to check (`chiso explain`)."""
    region = meaning.region
    top = region.header_top if region.header_top <= region.header_bottom else region.body_top
    columns = tuple(
        ColumnUnderstood(
            column=column_letter(c.column),
            header=c.path.joined,
            cell=c.path.leaf_cell,
            meaning_vi=_column_meaning(c, meaning)[0],
            meaning_en=_column_meaning(c, meaning)[1],
            line=column_line(c),
        )
        for c in sorted(meaning.columns.values(), key=lambda c: c.column)
    )
    lines: list[str] = []
    if meaning.period is not None and meaning.period_source and "period" not in meaning.labels:
        lines.append(f"kỳ «{meaning.period.label()}»")
    if meaning.unit is not None:
        lines.append(f"đơn vị «{meaning.unit.value}»")
    if meaning.indicator is not None:
        lines.append(f"chỉ tiêu «{meaning.indicator.value}»")
    unit = meaning.unit.value if meaning.unit is not None else None
    return TableReading(
        file=file,
        sheet=sheet,
        number=region.number,
        range=f"{cell_ref(top, region.left)}:{cell_ref(region.body_bottom, region.right)}",
        header_rows=tuple(r + 1 for r in region.header_rows),
        layout=_layout(meaning),
        period_source=_period_source(meaning),
        unit_source=_unit_source(meaning),
        title=meaning.context.title,
        form=meaning.context.form.value if meaning.context.form else None,
        period=meaning.period.label() if meaning.period is not None else None,
        unit=unit,
        columns=columns,
        terms_not_understood=meaning.not_understood,
        lines=tuple(lines),
    )


_LABEL_WORDS = {
    "stt": "STT",
    "indicator": "chỉ tiêu",
    "unit": "đơn vị",
    "period": "kỳ",
    "measure": "đơn vị tính",
    "code": "mã số",
    "note": "ghi chú",
    "source": "nguồn",
    "group": "nhóm",
}
_VALUE_WORDS = {
    "count": "tử số",
    "whole": "tử số",
    "base": "mẫu số",
    "rate": "tỷ lệ (%)",
    "target": "kế hoạch",
    "achievement": "tỷ lệ đạt (%)",
    "previous": "cùng kỳ năm trước",
}


def column_line(reading: ColumnReading) -> str:
    """The `Cách đọc` line that says what a column is, in the words a header would use
    ('cột E: tỷ lệ (%) năm 2023'); reading it back gives the same column."""
    letter = column_letter(reading.column)
    if reading.kind == "unread":
        return f"cột {letter}: bỏ qua"
    if reading.kind == "label":
        word = _LABEL_WORDS.get(reading.role or "")
        return f"cột {letter}: {word}" if word else ""
    if reading.across == "unit" and reading.words:
        return f"cột {letter}: đơn vị «{reading.words}»"
    if reading.across == "indicator" and reading.words:
        return f"cột {letter}: chỉ tiêu «{reading.words}»"
    if reading.across == "part" and reading.part:
        return f"cột {letter}: trong đó: {reading.part}"
    if reading.across == "qualifier" and reading.words and reading.role in (None, "count"):
        return f"cột {letter}: «{reading.words}»"
    word = _VALUE_WORDS.get(reading.role or "count", "tử số")
    if reading.period is not None:
        word += f" {reading.period.label()}"
    return f"cột {letter}: {word}"
