"""Writing what an analyst keeps from exploring: a chart as PNG, SVG or PDF with nothing
cropped, and a table of figures as Excel (real numbers with Excel number formats and a
source column) or as CSV (UTF-8 with a byte-order mark, so Excel keeps the accents).

The briefing's Excel annex (`phu-luc.xlsx`, `annex_workbook`) is written here too, from the
figures the notebook published (plain rows, so the build never imports pandas): one row per
figure, numbers as numbers, a filter on every column, the header frozen and the source cells
beside each figure.

Text that a spreadsheet would take for a formula (beginning with '=', '+', '-', '@', a tab
or a carriage return) is written with a leading apostrophe, so a workbook's text can never
run as a formula in the file chiso writes. Every file is written through a temporary file
and moved into place.

Every workbook written here is the same bytes for the same rows: openpyxl stamps the time
it saves into `docProps/core.xml` and into each zip entry, so the saved zip is rewritten
with those dates fixed (`steady_zip`), and a rebuild that changed nothing changes no file.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import shutil
import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..model.labels import (
    ANNEX_EXCEL_HEADINGS,
    ANNEX_SHEET,
    EXCEL_HEADINGS,
    EXCEL_SHEET,
    POINTS,
    TARGET_STATUS,
    Lang,
)
from ..model.text import neutralise
from .files import write_atomic

if TYPE_CHECKING:  # pandas is imported by the functions that take a frame: see the docstring
    import pandas as pd
    from matplotlib.figure import Figure

CHART_FORMATS = {".png": "png", ".svg": "svg", ".pdf": "pdf"}


def save_chart(figure: Figure, path: str | Path, *, dpi: float | None = None) -> Path:
    """Save a chart as PNG, SVG or PDF (by the suffix), every title, label and source note
    inside the picture. `dpi` is the PNG's dots per inch (the house style's 150 when
    None); SVG and PDF are vectors."""
    from ..present.chart_base import plain_text
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
        plain_text(figure)
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
    write_atomic(Path(path), _workbook_bytes(book))
    return Path(path)


def write_excel(frame: pd.DataFrame, path: str | Path, *, lang: Lang = "vi") -> Path:
    """The figures as an .xlsx: one row each, every figure a number in one unit with it:
    a rate, its interval and target in the rate's own unit (98,3 for 98,3%), as its change
    is in percentage points; counts as counts. Each number cell has an Excel number format
    that shows its unit ('98,3%', '+3,92 điểm phần trăm', '+70,0%'), so no number is text;
    the printed figure and the source cell stand beside them."""
    import pandas as pd
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
    write_atomic(Path(path), _workbook_bytes(book))
    return Path(path)


def _excel_formats(record: Mapping[Any, Any], *, lang: Lang) -> dict[str, str]:
    """The Excel number formats of one figure's cells: a rate with its unit as literal text
    ('0.0"%"', the number staying 98,3), a change signed with its unit."""
    rate = record.get("display") != "count"
    decimals = 0 if _missing(record.get("decimals")) else int(record.get("decimals") or 0)
    digits = "0" + ("." + "0" * decimals if decimals else "")
    unit = _rate_unit(record.get("factor") or 100, lang=lang) if rate else ""
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


def _rate_unit(factor: float, *, lang: Lang) -> str:
    """`formatting.rate_unit`, whose module needs pandas, taken only for an unusual factor:
    the build writes the annex without pandas, and its rates are per cent or per mille."""
    common = {100.0: "%", 1000.0: "‰", 1.0: ""}.get(float(factor))
    if common is not None:
        return common
    from ..present.formatting import rate_unit

    return rate_unit(factor, lang=lang)


def _missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def _signed(digits: str, unit: str) -> str:
    """An Excel format that shows a change with its sign and unit: '+3,92 điểm phần trăm'."""
    text = f'"{unit}"'
    return f"+{digits}{text};-{digits}{text};{digits}{text}"


# The Excel annex's columns, in order: the figure, then where it was read.
ANNEX_COLUMNS = (
    "indicator",
    "code",
    "unit",
    "is_total",
    "period_label",
    "value",
    "numerator",
    "denominator",
    "ci_low",
    "ci_high",
    "target",
    "target_status",
    "change",
    "text",
    "measure",
    "file",
    "sheet",
    "cell",
    "address",
)
# Source cells and names are wide; numbers are not.
_WIDE = {"indicator": 44, "unit": 24, "address": 48, "cell": 24, "file": 24, "sheet": 18}


def annex_workbook(rows: Iterable[Mapping[str, Any]], *, lang: Lang = "vi") -> bytes:
    """The briefing's Excel annex: one row per figure (the public JSON rows, `docs/json.md`),
    every number a number with the format of its unit (`write_excel`'s), a filter on every
    column, the header frozen, and the file, sheet and cells each figure was read from.

    Written row by row (openpyxl's write-only mode): a province's annex has 50.000 rows,
    which as a sheet of cell objects took 20 s and hundreds of MB."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    headings = {**EXCEL_HEADINGS[lang], **ANNEX_EXCEL_HEADINGS[lang]}
    book = Workbook(write_only=True)
    sheet = book.create_sheet(ANNEX_SHEET[lang])
    # What a write-only sheet writes before its rows is set before the first row; the
    # filter, written after them, once they are counted.
    sheet.freeze_panes = "A2"
    for number, column in enumerate(ANNEX_COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(number)].width = _WIDE.get(column, 14)
    bold = Font(bold=True)
    header = []
    for column in ANNEX_COLUMNS:
        cell = WriteOnlyCell(sheet, value=headings[column])
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    count = 0
    for count, row in enumerate(rows, start=1):  # noqa: B007 (the count is used after)
        record = _annex_record(row, lang=lang)
        formats = _excel_formats(record, lang=lang)
        cells: list[Any] = []
        for column in ANNEX_COLUMNS:
            value = _excel_value(record.get(column))
            if value is not None and column in formats:
                cell = WriteOnlyCell(sheet, value=value)
                cell.number_format = formats[column]
                cells.append(cell)
            else:
                cells.append(value)
        sheet.append(cells)
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(ANNEX_COLUMNS))}{max(count + 1, 2)}"
    return _workbook_bytes(book)


def _annex_record(row: Mapping[str, Any], *, lang: Lang) -> dict[str, Any]:
    """A JSON row as the annex's cells: the change's value and unit taken out of `change`,
    a total marked 'Σ', the target's status in the reader's language."""
    change = row.get("change") or {}
    status = row.get("target_status")
    return {
        **row,
        **_file_named(row),
        "change": change.get("value"),
        "change_unit": change.get("unit"),
        "is_total": "Σ" if row.get("is_total") else None,
        "target_status": TARGET_STATUS[status][lang] if status in TARGET_STATUS else None,
    }


def _file_named(row: Mapping[str, Any]) -> dict[str, Any]:
    """The workbook by its name in `file` and `address`, not the build machine's folder: the
    annex travels to readers for whom that folder means nothing, and a folder in the file
    would make the same figures a different file wherever the build ran."""
    file = row.get("file")
    if not isinstance(file, str) or not file:
        return {}
    name = re.split(r"[\\/]", file)[-1]
    address = row.get("address")
    named = address.replace(file, name) if isinstance(address, str) else address
    return {"file": name, "address": named}


def _excel_value(value: object) -> object:
    """A number as a number, text neutralised, nothing for a missing value."""
    if _missing(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return neutralise(str(value))


# The one date every workbook chiso writes carries: the figures say when they are for, not
# the file, and a date that moved with the clock would make each build's file new.
_EPOCH = dt.datetime(2000, 1, 1)
_COPY_PIECE = 1 << 20
_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _workbook_bytes(book: Any) -> bytes:
    """The workbook's bytes, the same for the same content (`steady_zip`)."""
    book.properties.created = _EPOCH
    buffer = io.BytesIO()
    book.save(buffer)  # sets `modified` to now: `steady_zip` takes it back out
    return steady_zip(buffer.getvalue())


def steady_zip(data: bytes) -> bytes:
    """The saved zip rewritten byte for byte the same each time: each member in the order
    openpyxl (or python-docx, `briefing.docx`) wrote it, dated `_EPOCH`, deflated, with no
    file attributes, and the core properties' `modified` set to `_EPOCH`. It rewrites bytes
    and never opens a workbook."""
    stamp = _EPOCH.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as saved,
        zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as steady,
    ):
        for member in saved.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=_EPOCH.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED  # at zlib's default level, 6
            info.create_system = 0  # the same on every platform that builds
            info.external_attr = 0
            if member.filename == "docProps/core.xml":
                content = _MODIFIED.sub(rb"\g<1>" + stamp + rb"\g<2>", saved.read(member))
                steady.writestr(info, content)
                continue
            # Copied a piece at a time: a province's sheet is tens of MB once inflated.
            info.file_size = member.file_size  # known ahead, the header is the one writestr writes
            with saved.open(member) as source, steady.open(info, "w") as target:
                shutil.copyfileobj(source, target, _COPY_PIECE)
    return out.getvalue()


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    text = frame.select_dtypes(include=["object", "string"]).columns
    return frame.assign(**{str(c): frame[c].map(neutralise) for c in text})


__all__: list[Any] = ["annex_workbook", "neutralise", "save_chart", "write_csv", "write_excel"]
