"""Small real workbooks for the tests, written with openpyxl."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "data" / "ke-hoach-83-quang-ngai.xlsx"
# The bundled briefing's title: the report's subject, from the workbook's `Thông tin` sheet.
SUBJECT_TITLE = (
    "Báo cáo: Kết quả thực hiện Kế hoạch số 83-KH/TU ngày 26/01/2022 của Tỉnh ủy thực hiện "
    "Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương "
    "Đảng khóa XIII"
)

HEADERS = [
    "STT",
    "Chỉ tiêu",
    "Mã",
    "Đơn vị",
    "Kỳ",
    "Tử số",
    "Mẫu số",
    "Tỷ lệ (%)",
    "Nhóm",
    "Đơn vị tính",
]


def write_workbook(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    headers: Sequence[str | None] = HEADERS,
    sheet: str = "Chỉ tiêu",
    catalogue: Sequence[Sequence[object]] | None = None,
    above: Sequence[Sequence[object]] = (),
    merged: Sequence[str] = (),
    sheets: dict[str, Sequence[Sequence[object]]] | None = None,
) -> Path:
    """An .xlsx with an indicator sheet (optional title rows above, merged ranges such as
    'A2:J2'), an optional catalogue and other sheets by name ('Đơn vị', 'Chuyển đổi')."""
    book = openpyxl.Workbook()
    data = book.active
    assert data is not None
    data.title = sheet
    for line in above:
        data.append(list(line))
    data.append(list(headers))
    for row in rows:
        data.append(list(row))
    for cells in merged:
        data.merge_cells(cells)
    if catalogue is not None:
        cat = book.create_sheet("Danh mục")
        for row in catalogue:
            cat.append(list(row))
    for name, lines in (sheets or {}).items():
        side = book.create_sheet(name)
        for line in lines:
            side.append(list(line))
    book.save(path)
    return path


def add_table(
    book: openpyxl.Workbook,
    title: str,
    rows: Sequence[Sequence[object]],
    *,
    hidden: bool = False,
) -> None:
    """Add a sheet holding an indicator table (HEADERS, then rows) to a workbook."""
    sheet = book.create_sheet(title)
    sheet.append(HEADERS)
    for line in rows:
        sheet.append(list(line))
    if hidden:
        sheet.sheet_state = "hidden"


def row(
    indicator: str,
    period: object,
    numerator: object,
    denominator: object = None,
    rate: object = None,
    group: object = None,
    measure: object = None,
    unit: str = "TP Quảng Ngãi",
    code: object = None,
) -> list[object]:
    """One data row in HEADERS order."""
    return [None, indicator, code, unit, period, numerator, denominator, rate, group, measure]
