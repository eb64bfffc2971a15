"""What chiso understood of a table, in words for the reader to check: each column's
meaning (vi/en) and the `Cách đọc` line that would say it, the table's layout, the cells of
its headers, and where its unit and period come from (`chiso explain`, and the per-sheet
summary `chiso check` prints). Nothing here reads a cell: it describes a `TableMeaning`.
"""

from __future__ import annotations

import re

from ..model.dataset import ColumnUnderstood, SheetReading, TableReading
from ..model.sources import Source
from .meanings import ColumnReading, TableMeaning
from .workbook import cell_ref, column_letter

# The header a user would write for each field, as problems name them.
FIELD_HEADERS = {
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
    # a draft's own columns (issue 20)
    "kind": "Loại",
    "quote": "Câu gốc",
    "position": "Vị trí",
    "confidence": "Độ tin cậy",
    "confirmation": "Xác nhận",
}

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
        if field in FIELD_HEADERS and reading.kind != "unread":
            found.append(f"{FIELD_HEADERS[field]} ({reading.path.leaf_cell})")
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
    if meaning.unit is not None and meaning.unit.source.kind in ("sheet_name", "title_cell"):
        return "unit_per_sheet"
    return "long"


def _header_cells(meaning: TableMeaning) -> dict[str, str]:
    """Field -> the cell of its header, as `chiso check` names them."""
    cells: dict[str, str] = {}
    for role, column in meaning.labels.items():
        reading = meaning.columns[column]
        if role in FIELD_HEADERS and reading.path.leaf_cell:
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


def _period_source(meaning: TableMeaning) -> Source:
    if "period" in meaning.labels:
        return Source("column", column_letter(meaning.labels["period"]))
    if meaning.headings_as == "period":
        return Source("heading_rows")
    groups = [g for g in meaning.groups if not g.part and not g.years_back and not g.total]
    from_headers = [g for g in groups if g.period is not None and g.period_cell]
    if len({g.period.code for g in from_headers if g.period}) >= 2:
        first, last = from_headers[0].main, from_headers[-1].main
        return Source("column_headers", f"{column_letter(first)}:{column_letter(last)}")
    if from_headers:
        return Source("column_header", from_headers[0].period_cell or "")
    return meaning.period_source or Source("nowhere")


def _unit_source(meaning: TableMeaning) -> Source:
    if "unit" in meaning.labels:
        return Source("column", column_letter(meaning.labels["unit"]))
    if any(g.unit for g in meaning.groups):
        units = [g.main for g in meaning.groups if g.unit]
        return Source("column_headers", f"{column_letter(units[0])}:{column_letter(units[-1])}")
    if meaning.headings_as == "unit":
        return Source("heading_rows")
    return meaning.unit.source if meaning.unit is not None else Source("nowhere")


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
            "kind": ("loại số liệu của bản nháp", "the draft's kind of figure"),
            "quote": ("câu gốc, để đối chiếu", "the quoted sentence, for checking"),
            "position": ("vị trí trong báo cáo, để đối chiếu", "where in the report"),
            "confidence": ("độ tin cậy, để đối chiếu", "the extractor's confidence"),
            "confirmation": ("xác nhận của người đọc", "the analyst's confirmation"),
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
    "confirmation": "xác nhận",
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
