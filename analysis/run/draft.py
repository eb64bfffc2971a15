"""The draft workbook `chiso extract` writes (issue 20): the figures found in the units'
reports, one row each in the long layout chiso reads, with the sentence each came from,
where it stands, how sure chiso is, and a column «Xác nhận» the analyst fills (đúng / sửa /
bỏ) before `chiso check` reads it. A `Thông tin` sheet carries what the reports say of
themselves (issuer, period, term, title), so the briefing built from the draft is titled
as they are.

The same rows give the same bytes (`saving.steady_zip`); text a spreadsheet would run as a
formula is written as text (`neutralise`).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..model.text import neutralise
from .saving import steady_zip

DRAFT_SHEET = "Bản nháp"
DRAFT_HEADERS = (
    "Chỉ tiêu",
    "Đơn vị",
    "Kỳ",
    "Tử số",
    "Mẫu số",
    "Tỷ lệ (%)",
    "Đơn vị tính",
    "Nhóm",
    "Ghi chú",
    "Loại",
    "Câu gốc",
    "Vị trí",
    "Độ tin cậy",
    "Xác nhận",
)
_WIDTHS = (38, 20, 24, 10, 10, 10, 12, 28, 22, 12, 70, 24, 28, 11)
CONFIRMATIONS = ("đúng", "sửa", "bỏ")


@dataclass(frozen=True)
class DraftRow:
    """One figure as the draft shows it, in the order of `DRAFT_HEADERS`."""

    indicator: str
    unit: str | None
    period: str | None
    count: Decimal | None
    base: Decimal | None
    rate: Decimal | None
    measure: str | None
    group: str | None
    note: str | None
    kind: str
    sentence: str
    where: str
    confidence: str

    def cells(self) -> list[object]:
        return [
            neutralise(self.indicator),
            neutralise(self.unit),
            neutralise(self.period),
            _number(self.count),
            _number(self.base),
            _number(self.rate),
            neutralise(self.measure),
            neutralise(self.group),
            neutralise(self.note),
            self.kind,
            neutralise(self.sentence),
            neutralise(self.where),
            self.confidence,
            None,
        ]


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _lines(cells: list[object]) -> int:
    """The lines the longest of a row's cells wraps to at its column's width (at most 12)."""
    needed = 1
    for value, width in zip(cells, _WIDTHS, strict=True):
        if isinstance(value, str):
            needed = max(needed, -(-len(value) * 11 // (width * 10)))
    return min(needed, 12)


def draft_workbook(rows: Sequence[DraftRow], facts: Sequence[tuple[str, str]]) -> bytes:
    """The draft's bytes: the rows under their headers, a drop-down of đúng / sửa / bỏ in
    «Xác nhận», the sentence wrapped, the header frozen; `Thông tin` when `facts` say any."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = DRAFT_SHEET
    sheet.append(list(DRAFT_HEADERS))
    for row in rows:
        sheet.append(row.cells())
    bold = Font(bold=True)
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    confirm = get_column_letter(len(DRAFT_HEADERS))
    sheet[f"{confirm}1"].fill = PatternFill("solid", fgColor="FFE699")
    wrapped = Alignment(wrap_text=True, vertical="top")
    for number, row in enumerate(rows, start=2):
        for column in range(1, len(DRAFT_HEADERS) + 1):
            sheet.cell(row=number, column=column).alignment = wrapped
        sheet.cell(row=number, column=6).number_format = "0.0##"
        # Tall enough for its longest cell, as Excel would fit it: LibreOffice and some
        # versions of Excel keep the default height and draw wrapped lines over each other.
        sheet.row_dimensions[number].height = 15 * _lines(row.cells())
    for column, width in enumerate(_WIDTHS, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "B2"
    if rows:
        validation = DataValidation(
            type="list",
            formula1='"' + ",".join(CONFIRMATIONS) + '"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle="Xác nhận / Confirm",
            error="Chọn đúng, sửa hoặc bỏ. / Choose đúng (correct), sửa (corrected) or bỏ (drop).",
            promptTitle="Xác nhận / Confirm",
            prompt="đúng: số liệu đúng; sửa: đã sửa dòng này; bỏ: không phải số liệu. / "
            "đúng: correct; sửa: corrected; bỏ: not a figure.",
        )
        validation.add(f"{confirm}2:{confirm}{len(rows) + 1}")
        sheet.add_data_validation(validation)
    if facts:
        info = book.create_sheet("Thông tin")
        info.append(["Thông tin", "Nội dung"])
        for name, value in facts:
            info.append([name, neutralise(value)])
        info["A1"].font = info["B1"].font = bold
        info.column_dimensions["A"].width = 18
        info.column_dimensions["B"].width = 90
    book.properties.created = dt.datetime(2000, 1, 1)  # as every workbook chiso writes
    buffer = io.BytesIO()
    book.save(buffer)
    return steady_zip(buffer.getvalue())


__all__ = ["CONFIRMATIONS", "DRAFT_HEADERS", "DRAFT_SHEET", "DraftRow", "draft_workbook"]
