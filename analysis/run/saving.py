"""Writing what an analyst keeps from exploring: a chart as PNG, SVG or PDF with nothing
cropped, and a table of figures as Excel (real numbers with Excel number formats and a
source column) or as CSV (UTF-8 with a byte-order mark, so Excel keeps the accents).

Text that a spreadsheet would take for a formula (beginning with '=', '+', '-', '@', a tab
or a carriage return) is written with a leading apostrophe, so a workbook's text can never
run as a formula in the file chiso writes. Every file is written through a temporary file
and moved into place.
"""

from __future__ import annotations

import io
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from ..model.labels import EXCEL_HEADINGS, EXCEL_SHEET, Lang
from ..model.text import neutralise
from .files import write_atomic

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CHART_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def save_chart(figure: Figure, path: str | Path, *, dpi: float | None = None) -> Path:
    """Save a chart as PNG, SVG or PDF (by the suffix), every title, label and source note
    inside the picture. `dpi` is the PNG's dots per inch (the house style's 150 when
    None); SVG and PDF are vectors."""
    from ..present.charts import chart_style

    target = Path(path)
    fmt = CHART_FORMATS.get(target.suffix.lower())
    if fmt is None:
        raise ValueError(
            f"Không lưu được biểu đồ dạng «{target.suffix}»: dùng .png, .svg hoặc .pdf. / "
            f"Cannot save a chart as «{target.suffix}»: use .png, .svg or .pdf."
        )
    if dpi is not None and not dpi > 0:
        raise ValueError(
            f"Độ phân giải phải là số dương, không phải «{dpi}». / "
            f"dpi must be a positive number, not «{dpi}»."
        )
    buffer = io.BytesIO()
    metadata: dict[str, str | None] = {"Software": None} if fmt == "png" else {"Creator": None}
    with chart_style():  # dpi None: savefig takes the style's
        figure.savefig(
            buffer, format=fmt, dpi=dpi, bbox_inches="tight", pad_inches=0.2, metadata=metadata
        )
    write_atomic(target, buffer.getvalue())
    return target


def write_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """The frame as CSV, UTF-8 with a byte-order mark; formula-like text neutralised."""
    text = _plain(frame).to_csv(index=False, lineterminator="\r\n")
    write_atomic(Path(path), text.encode("utf-8-sig"))
    return Path(path)


def write_reading(lines: list[str], path: str | Path) -> Path:
    """A workbook with one sheet, `Cách đọc`, one line a row: how chiso read each table, in
    the analyst's terms (`chiso explain -o`), to copy into their own workbook and correct."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Cách đọc"
    sheet.append(["Cách đọc"])
    sheet["A1"].font = Font(bold=True)
    for line in lines:
        sheet.append([neutralise(line)])
    sheet.column_dimensions["A"].width = 90
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(Path(path), buffer.getvalue())
    return Path(path)


def write_excel(frame: pd.DataFrame, path: str | Path, *, lang: Lang = "vi") -> Path:
    """The figures as an .xlsx: one row each, every figure a number in one unit with it:
    a rate, its interval and target in the rate's own unit (98,3 for 98,3%), as its change
    is in percentage points; counts as counts. Each number cell has an Excel number format
    that shows its unit ('98,3%', '+3,92 điểm phần trăm', '+70,0%'), so no number is text;
    the printed figure and the source cell stand beside them."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    headings = EXCEL_HEADINGS[lang]
    columns = [c for c in headings if c in frame.columns]
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = EXCEL_SHEET[lang]
    sheet.append([headings[c] for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for record in frame.to_dict("records"):
        formats = _excel_formats(record, lang=lang)
        line: list[object] = []
        for column in columns:
            value = record.get(column)
            if value is None or (isinstance(value, float) and pd.isna(value)):
                line.append(None)
            elif isinstance(value, float | int) and not isinstance(value, bool):
                line.append(float(value))
            else:
                line.append(neutralise(str(value)))
        sheet.append(line)
        row = sheet.max_row
        for number, column in enumerate(columns, start=1):
            if column in formats and sheet.cell(row, number).value is not None:
                sheet.cell(row, number).number_format = formats[column]
    sheet.freeze_panes = "A2"
    for number, column in enumerate(columns, start=1):
        width = 48 if column in ("indicator", "source") else 16
        sheet.column_dimensions[get_column_letter(number)].width = width
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(Path(path), buffer.getvalue())
    return Path(path)


def _excel_formats(record: Mapping[Hashable, Any], *, lang: Lang) -> dict[str, str]:
    """The Excel number formats of one figure's cells: a rate with its unit as literal text
    ('0.0"%"', the number staying 98,3), a change signed with its unit."""
    from ..model.labels import POINTS
    from ..present.formatting import rate_unit

    rate = record.get("display") != "count"
    decimals = int(record.get("decimals") or 0) if not pd.isna(record.get("decimals")) else 0
    digits = "0" + ("." + "0" * decimals if decimals else "")
    unit = rate_unit(record.get("factor") or 100, lang=lang) if rate else ""
    shown = f'{digits}"{unit}"' if unit else digits
    if record.get("change_unit") == "pp":
        change = _signed("0.00", f" {POINTS[lang]}")
    else:  # a count's change, in per cent of the earlier figure
        change = _signed("0.0", "%")
    return {
        "value": shown if rate else "#,##0",
        "ci_low": shown,
        "ci_high": shown,
        "target": shown if rate else "#,##0",
        "numerator": "#,##0",
        "denominator": "#,##0",
        "change": change,
    }


def _signed(digits: str, unit: str) -> str:
    """An Excel format that shows a change with its sign and unit: '+3,92 điểm phần trăm'."""
    text = f'"{unit}"'
    return f"+{digits}{text};-{digits}{text};{digits}{text}"


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    text = frame.select_dtypes(include=["object", "string"]).columns
    return frame.assign(**{str(c): frame[c].map(neutralise) for c in text})


__all__: list[Any] = ["neutralise", "save_chart", "write_csv", "write_excel"]
