"""The workbook an analyst hands to units: `chiso template OUT.xlsx [--from WORKBOOK]`.

A `Chỉ tiêu` sheet in the long layout with a frozen header row and sensible widths; drop-down
lists (Excel data validation) for the indicator names, the units and the periods, kept on a
hidden `Danh sách` sheet; a `Hướng dẫn` sheet that says in Vietnamese how to fill it in.
From an existing workbook, the lists hold its indicators and units, the rows come filled
with each indicator and unit for the units to type their figures, and its catalogue comes
along so that the filled-in template reads as the original does.

This module writes; reading stays with `workbook`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model.columns import field_header
from ..model.sheet_names import TEMPLATE_GUIDE, TEMPLATE_LISTS
from ..model.text import neutralise

if TYPE_CHECKING:
    from ..model.dataset import Dataset

# The long layout's fields, headed as chiso reads them (`columns.DATA_COLUMNS`).
TEMPLATE_FIELDS = (
    "stt",
    "indicator",
    "code",
    "unit",
    "period",
    "numerator",
    "denominator",
    "measure",
    "note",
)
TEMPLATE_HEADERS = tuple(field_header(key) for key in TEMPLATE_FIELDS)
WIDTHS = (6, 48, 10, 26, 22, 12, 12, 14, 30)
VALIDATED_ROWS = 2000  # rows below the header the drop-down lists cover
INSTRUCTIONS = (
    "HƯỚNG DẪN ĐIỀN SỐ LIỆU",
    "",
    "1. Mỗi dòng ở trang «Chỉ tiêu» là một số liệu: một chỉ tiêu, của một đơn vị, trong một kỳ.",
    "2. Chọn «Chỉ tiêu», «Đơn vị» và «Kỳ» trong danh sách thả xuống (bấm vào ô, chọn mũi tên).",
    "3. «Tử số» là số đếm được (số đảng viên, số hồ sơ…). Nếu chỉ tiêu là một tỷ lệ, ghi thêm"
    " «Mẫu số» là tổng số để tính tỷ lệ; chiso tự tính tỷ lệ, không cần ghi.",
    "4. Ghi số như thường lệ: 9.728 hoặc 9728; số thập phân dùng dấu phẩy: 98,3.",
    "5. Chưa có số liệu thì để trống hoặc ghi «...»; không có trường hợp nào thì ghi 0.",
    "6. Kỳ ghi như báo cáo vẫn ghi: «Năm 2025», «6 tháng đầu năm 2025», «Quý III/2025»,"
    " «Tháng 9/2025».",
    "7. Không gộp ô, không thêm dòng tổng cộng: chiso tự cộng theo đơn vị cấp trên.",
    "8. Trước khi gửi, có thể kiểm tra bằng lệnh: chiso check <tệp>.xlsx",
)


@dataclass(frozen=True)
class TemplateContent:
    """What a template offers: the lists and the rows it comes filled with."""

    indicators: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    periods: tuple[str, ...] = ()
    rows: tuple[tuple[str, str | None, str, str | None], ...] = ()  # name, code, unit, measure
    catalogue: tuple[tuple[object, ...], ...] = ()  # header row first
    facts: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def period_choices(today: dt.date) -> tuple[str, ...]:
    """The periods a unit is likely to report this year and last, as reports write them."""
    choices: list[str] = []
    for year in (today.year, today.year - 1):
        choices += [
            f"Năm {year}",
            f"6 tháng đầu năm {year}",
            f"6 tháng cuối năm {year}",
            f"9 tháng năm {year}",
        ]
        choices += [f"Quý {roman}/{year}" for roman in ("I", "II", "III", "IV")]
        choices += [f"Tháng {month}/{year}" for month in range(1, 13)]
    return tuple(choices)


def write_template(path: Path, content: TemplateContent) -> Path:
    """Write the template workbook; returns its path."""
    import openpyxl
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    book = openpyxl.Workbook()
    data = book.active
    assert data is not None
    data.title = "Chỉ tiêu"
    data.append(list(TEMPLATE_HEADERS))
    for number, (name, code, unit, measure) in enumerate(content.rows, start=1):
        data.append([neutralise(v) for v in (number, name, code, unit)] + [None] * 3
                    + [neutralise(measure), None])  # fmt: skip
    for cell in data[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    data.freeze_panes = "A2"
    for letter, width in zip("ABCDEFGHI", WIDTHS, strict=True):
        data.column_dimensions[letter].width = width
    lists = book.create_sheet(TEMPLATE_LISTS)
    for column, (title, values) in enumerate(
        (
            ("Chỉ tiêu", content.indicators),
            ("Đơn vị", content.units),
            ("Kỳ", content.periods),
        ),
        start=1,
    ):
        lists.cell(row=1, column=column, value=title)
        for row, value in enumerate(values, start=2):
            lists.cell(row=row, column=column, value=neutralise(value))
        if values:
            source = "ABC"[column - 1]
            target = {"Chỉ tiêu": "B", "Đơn vị": "D", "Kỳ": "E"}[title]
            validation = DataValidation(
                type="list",
                formula1=f"'{TEMPLATE_LISTS}'!${source}$2:${source}${len(values) + 1}",
                allow_blank=True,
                showErrorMessage=title != "Kỳ",  # a period may be typed in another accepted form
                errorTitle="Giá trị không có trong danh sách",
                error=f"Chọn «{title}» trong danh sách thả xuống.",
                promptTitle=title,
                prompt=f"Chọn «{title}» trong danh sách.",
            )
            validation.add(f"{target}2:{target}{VALIDATED_ROWS + 1}")
            data.add_data_validation(validation)
    lists.sheet_state = "hidden"
    guide = book.create_sheet(TEMPLATE_GUIDE)
    for line in INSTRUCTIONS:
        guide.append([line])
    guide["A1"].font = Font(bold=True, size=13)
    guide.column_dimensions["A"].width = 110
    if content.catalogue:
        catalogue = book.create_sheet("Danh mục")
        for entry in content.catalogue:
            catalogue.append([neutralise(v) for v in entry])
    if content.facts:
        facts = book.create_sheet("Thông tin")
        for name, value in content.facts:
            facts.append([name, neutralise(value)])
    book.active = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)
    return path


def content_from(
    names: Sequence[str],
    codes: Sequence[str | None],
    units: Sequence[str],
    measures: Sequence[str | None],
    *,
    today: dt.date,
    catalogue: Sequence[Sequence[object]] = (),
    organisation: str = "",
) -> TemplateContent:
    """The template of an existing workbook: its indicators (in order), its units, a row
    for each indicator and unit, its catalogue and organisation."""
    indicators = tuple(dict.fromkeys(names))
    unit_list = tuple(dict.fromkeys(units))
    code_of = dict(zip(names, codes, strict=True))
    measure_of = dict(zip(names, measures, strict=True))
    rows = tuple(
        (name, code_of[name], unit, measure_of[name]) for name in indicators for unit in unit_list
    )
    return TemplateContent(
        indicators=indicators,
        units=unit_list,
        periods=period_choices(today),
        rows=rows,
        catalogue=tuple(tuple(line) for line in catalogue),
        facts=(("Cơ quan", organisation),) if organisation else (),
    )


def catalogue_rows(rows: Any) -> list[list[object]]:
    """A catalogue (`Danh mục`) that says of each indicator what the workbook's says:
    `rows` is a dataset's observations, one row per figure."""
    from ..model.dataset import AGGREGATION_WORDS, DIRECTION_WORDS, MEASUREMENT_WORDS

    def word(words: dict[str, str], value: object) -> str | None:
        return next((k for k, v in words.items() if v == value), None)

    table: list[list[object]] = [["Mã", "Chỉ tiêu", "Cách đo", "Chiều", "Tổng hợp"]]
    for record in rows.drop_duplicates("indicator").to_dict("records"):
        table.append(
            [
                record["code"],
                record["indicator"],
                word(dict(MEASUREMENT_WORDS), record["measurement"]),
                word(dict(DIRECTION_WORDS), record["direction"]),
                word(dict(AGGREGATION_WORDS), record["aggregation"]),
            ]
        )
    return table


def content_of(dataset: Dataset | None, *, today: dt.date) -> TemplateContent:
    """The template of a loaded workbook (`chiso template --from`): its indicators, units,
    catalogue and organisation; without one, an empty template with this year's periods."""
    if dataset is None:
        return TemplateContent(periods=period_choices(today))
    rows = dataset.observations
    return content_from(
        [str(v) for v in rows["indicator"]],
        [None if v is None else str(v) for v in rows["code"]],
        [str(v) for v in rows["unit"]],
        [None if v is None else str(v) for v in rows["measure"]],
        today=today,
        catalogue=catalogue_rows(rows),
        organisation=dataset.facts.organisation,
    )
