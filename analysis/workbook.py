"""The only code that opens Excel files.

Every defence against damaged or hostile files sits here: the file is checked
as a zip container before any Excel library sees it (size, compression ratio,
macros, XML DOCTYPE/ENTITY declarations). Cell values are read with
python-calamine (fast, Rust); openpyxl is used only to look up a formula when a
cell has no computed value. Nothing here evaluates formulas or writes to the
user's file.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from openpyxl.utils import get_column_letter

from .errors import Problem, WorkbookError

CellValue = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
Grid = list[list[CellValue]]

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_MEMBER_RATIO = 200
MAX_MEMBERS = 10_000
_XML_HEAD_BYTES = 64 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_FORBIDDEN_XML = (b"<!DOCTYPE", b"<!ENTITY")


def cell_ref(row: int, column: int) -> str:
    """A1 reference of a zero-based (row, column) position: (6, 4) -> 'E7'."""
    return f"{get_column_letter(column + 1)}{row + 1}"


def normalize_text(text: str) -> str:
    """NFC form with runs of white space (including non-breaking) folded to one space."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


@dataclass(frozen=True)
class SheetInfo:
    """A sheet's name (as stored) and whether Excel shows it."""

    name: str
    visible: bool


@dataclass
class Workbook:
    """An opened, checked workbook: its sheets and their cell values.

    `grid(name)` gives a sheet's values as rows of cells, starting at A1, so that
    list positions map directly to A1 references (see `cell_ref`).
    """

    path: Path
    sheets: list[SheetInfo]
    _grids: dict[str, Grid] = field(default_factory=dict, repr=False)
    _causes: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict, repr=False)

    @property
    def file_label(self) -> str:
        """The path as the user gave it, used to locate problems and figures."""
        return str(self.path)

    def grid(self, sheet: str) -> Grid:
        if sheet not in self._grids:
            self._grids[sheet] = _read_grid(self.path, sheet)
        return self._grids[sheet]

    def blank_cell_causes(self, sheet: str) -> dict[str, tuple[str, str]]:
        """Cells that calamine reads as blank but are not: A1 ref -> (kind, text).

        kind is 'error' (a cached Excel error such as #DIV/0!, text is the error)
        or 'formula' (a formula Excel never computed, text is the formula).
        openpyxl is opened only when some worksheet holds formulas or errors.
        """
        if sheet not in self._causes:
            self._causes[sheet] = _blank_cell_causes(self.path, sheet) if self._has_formulas else {}
        return self._causes[sheet]

    @cached_property
    def _has_formulas(self) -> bool:
        with zipfile.ZipFile(self.path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                    data = archive.read(name)
                    if b"<f" in data or b't="e"' in data or b"<x:f" in data:
                        return True
        return False


def open_workbook(path: str | Path) -> Workbook:
    """Open an .xlsx file for reading after checking it is safe to parse.

    Raises `WorkbookError` with a located problem when the file is missing,
    not an .xlsx, damaged, macro-enabled, or looks hostile.
    """
    path = Path(path)
    _check_container(path)
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(str(path))
        sheets = [
            SheetInfo(name=meta.name, visible=str(meta.visible).endswith("Visible"))
            for meta in book.sheets_metadata
            if str(meta.typ).endswith("WorkSheet")
        ]
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - Rust panics are BaseException
        raise _error(path, "corrupt_workbook", detail=_short(exc)) from None
    return Workbook(path=path, sheets=sheets)


def _read_grid(path: Path, sheet: str) -> Grid:
    from python_calamine import CalamineWorkbook

    try:
        book = CalamineWorkbook.from_path(str(path))
        rows = book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - Rust panics are BaseException
        raise _error(path, "corrupt_workbook", sheet=sheet, detail=_short(exc)) from None
    return [[None if value == "" else value for value in row] for row in rows]


def _blank_cell_causes(path: Path, sheet: str) -> dict[str, tuple[str, str]]:
    import openpyxl

    causes: dict[str, tuple[str, str]] = {}
    try:
        cached = openpyxl.load_workbook(path, read_only=True, data_only=True)
        formulas = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception:  # noqa: BLE001 - explaining blanks is best effort; calamine read the file
        return causes
    try:
        if sheet not in cached.sheetnames:
            return causes
        for row in cached[sheet].iter_rows():
            for cell in row:
                if getattr(cell, "data_type", None) == "e" and cell.value is not None:
                    causes[cell.coordinate] = ("error", str(cell.value))
        for row in formulas[sheet].iter_rows():
            for cell in row:
                value = getattr(cell, "value", None)
                if (
                    isinstance(value, str)
                    and value.startswith("=")
                    and cell.coordinate not in causes
                ):
                    causes[cell.coordinate] = ("formula", value)
    finally:
        cached.close()
        formulas.close()
    return causes


def _check_container(path: Path) -> None:
    if not path.exists():
        raise _error(path, "file_not_found")
    if not path.is_file():
        raise _error(path, "not_a_file")
    size = path.stat().st_size
    if size == 0:
        raise _error(path, "empty_file")
    if size > MAX_FILE_BYTES:
        raise _error(path, "file_too_large", size=str(size), limit=str(MAX_FILE_BYTES))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(_OLE_MAGIC):
        raise _error(path, "legacy_or_encrypted")
    if not head.startswith(_ZIP_MAGIC):
        raise _error(path, "not_xlsx", detail="không phải tệp zip / not a zip container")
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(path, archive)
    except zipfile.BadZipFile as exc:
        raise _error(path, "corrupt_workbook", detail=_short(exc)) from None


def _check_members(path: Path, archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    names = {info.filename for info in members}
    if len(members) > MAX_MEMBERS:
        raise _error(path, "zip_bomb", detail=f"{len(members)} members")
    if "xl/workbook.xml" not in names:
        detail = "thiếu xl/workbook.xml / no xl/workbook.xml"
        if "xl/workbook.bin" in names:
            detail = ".xlsb"
        elif "content.xml" in names:
            detail = ".ods"
        elif "word/document.xml" in names:
            detail = ".docx"
        raise _error(path, "not_xlsx", detail=detail)
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise _error(path, "macro_workbook")
    total = 0
    for info in members:
        total += info.file_size
        compressed = max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and info.file_size / compressed > MAX_MEMBER_RATIO:
            raise _error(
                path, "zip_bomb", detail=f"{info.filename}: ratio {info.file_size // compressed}:1"
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise _error(path, "zip_bomb", detail=f"{total} bytes uncompressed")
    for info in members:
        if info.filename.endswith((".xml", ".rels")):
            _check_xml_head(path, archive, info)


def _check_xml_head(path: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
    try:
        with archive.open(info) as handle:
            head = handle.read(_XML_HEAD_BYTES)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
        raise _error(path, "corrupt_workbook", detail=f"{info.filename}: {_short(exc)}") from None
    candidates = [head]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates.append(head.decode("utf-16", errors="ignore").encode("utf-8"))
    for data in candidates:
        upper = data.upper()
        if any(marker in upper for marker in _FORBIDDEN_XML):
            raise _error(path, "xml_entities", detail=info.filename)


def _error(path: Path, code: str, *, sheet: str | None = None, **details: str) -> WorkbookError:
    return WorkbookError(Problem(code=code, file=str(path), sheet=sheet, details=details))


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]
