"""The only code that opens Excel files.

Every defence against damaged or hostile files sits here: the file is checked
as a zip container before any Excel library sees it (size, compression ratio,
macros, XML DOCTYPE/ENTITY declarations) and each sheet's used range is
measured from its XML before calamine builds a dense grid of it (a stray cell
in XFD1048576 must not ask for half a terabyte). Cell values are read with
python-calamine (fast, Rust); merged areas are filled with their top-left
value. Cells that calamine reads as blank but that hold an Excel error or a
formula Excel never computed are found in the sheet's XML with the standard
library (openpyxl cannot tell a formula with no saved result from one whose
saved result is empty text). Nothing here evaluates formulas or writes to the
user's file.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from openpyxl.utils import get_column_letter

from .errors import Problem, WorkbookError

CellValue = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
Grid = list[list[CellValue]]

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_MEMBER_RATIO = 200
MAX_MEMBERS = 10_000
MAX_CELLS = 10_000_000  # a dense grid this size is ~1 GB in Python
_XML_HEAD_BYTES = 64 * 1024
_MAX_PROLOG_BYTES = 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


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
    parts: dict[str, str] = field(default_factory=dict, repr=False)  # sheet -> XML part
    _grids: dict[str, Grid] = field(default_factory=dict, repr=False)
    _causes: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict, repr=False)

    @property
    def file_label(self) -> str:
        """The path as the user gave it, used to locate problems and figures."""
        return str(self.path)

    def grid(self, sheet: str) -> Grid:
        """All of a sheet's values from A1; raises `WorkbookError` for an absurd used range."""
        if sheet not in self._grids:
            self._grids[sheet] = _read_grid(self.path, sheet, self.parts.get(sheet))
        return self._grids[sheet]

    def hidden_rows(self, sheet: str) -> set[int]:
        """Excel row numbers (1-based) that the sheet hides."""
        part = self.parts.get(sheet)
        if part is None:
            return set()
        with zipfile.ZipFile(self.path) as archive:
            data = archive.read(part)
        rows = set()
        for match in _ROW_TAG.finditer(data):
            tag = match.group(0)
            number = _ROW_NUMBER.search(tag)
            if number and _HIDDEN.search(tag):
                rows.add(int(number[1]))
        return rows

    def blank_cell_causes(self, sheet: str) -> dict[str, tuple[str, str]]:
        """Cells that calamine reads as blank but are not: A1 ref -> (kind, text).

        kind is 'error' (a saved Excel error such as #DIV/0!, text is the error)
        or 'formula' (a formula with no saved result at all, text is the formula).
        A formula whose saved result is empty text is a blank, not a problem.
        """
        if sheet not in self._causes:
            part = self.parts.get(sheet)
            self._causes[sheet] = _blank_cell_causes(self.path, part) if part else {}
        return self._causes[sheet]


def open_workbook(path: str | Path) -> Workbook:
    """Open an .xlsx file for reading after checking it is safe to parse.

    Raises `WorkbookError` with a located problem when the file is missing,
    not an .xlsx, damaged, macro-enabled, or looks hostile.
    """
    path = Path(path)
    parts = _check_container(path)
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
    return Workbook(path=path, sheets=sheets, parts=parts)


def _read_grid(path: Path, sheet: str, part: str | None) -> Grid:
    from python_calamine import CalamineWorkbook

    if part is not None:
        rows, columns = _used_extent(path, part)
        if rows * columns > MAX_CELLS:
            extent = f"A1:{cell_ref(max(rows - 1, 0), max(columns - 1, 0))}"
            raise _error(
                path,
                "sheet_too_large",
                sheet=sheet,
                extent=extent,
                limit=f"{MAX_CELLS:,}".replace(",", "."),
            )
    try:
        book = CalamineWorkbook.from_path(str(path))
        data = book.get_sheet_by_name(sheet)
        rows_read = data.to_python(skip_empty_area=False)
        merged = data.merged_cell_ranges or []
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - Rust panics are BaseException
        raise _error(path, "corrupt_workbook", sheet=sheet, detail=_short(exc)) from None
    grid: Grid = [[None if value == "" else value for value in row] for row in rows_read]
    for (top, left), (bottom, right) in merged:
        if top >= len(grid) or left >= len(grid[top]):
            continue
        value = grid[top][left]
        for row_index in range(top, min(bottom, len(grid) - 1) + 1):
            row = grid[row_index]
            for column in range(left, min(right, len(row) - 1) + 1):
                row[column] = value
    return grid


_CELL_REF = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\b[^>]*?\bref="(?:[A-Z]+[0-9]+:)?([A-Z]{1,3})([0-9]{1,7})"'
)


_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')


def _used_extent(path: Path, part: str) -> tuple[int, int]:
    """(rows, columns) from A1 to the farthest cell the sheet's XML holds."""
    with zipfile.ZipFile(path) as archive:
        try:
            data = archive.read(part)
        except KeyError:
            raise _error(path, "corrupt_workbook", detail=f"{part}: thiếu / missing") from None
    max_row = max_column = 0
    matches = list(_CELL_REF.finditer(data)) or list(_DIMENSION.finditer(data))
    for match in matches:
        max_column = max(max_column, column_index(match[1].decode()) + 1)
        max_row = max(max_row, int(match[2]))
    return max_row, max_column


def column_index(letters: str) -> int:
    """'A' -> 0, 'AB' -> 27."""
    index = 0
    for letter in letters:
        index = index * 26 + (ord(letter) - 64)
    return index - 1


def _blank_cell_causes(path: Path, part: str) -> dict[str, tuple[str, str]]:
    with zipfile.ZipFile(path) as archive:
        data = archive.read(part)
    if b"<f" not in data and b":f" not in data and b't="e"' not in data:
        return {}
    causes: dict[str, tuple[str, str]] = {}
    try:
        # Safe to parse: every XML part was checked for DOCTYPE/ENTITY on opening.
        for _event, element in ElementTree.iterparse(io.BytesIO(data), events=("end",)):
            if not element.tag.endswith("}c"):
                continue
            ref = element.get("r")
            formula = value = None
            for child in element:
                if child.tag.endswith("}f"):
                    formula = child
                elif child.tag.endswith("}v"):
                    value = child
            if ref and element.get("t") == "e" and value is not None and value.text:
                causes[ref] = ("error", value.text)
            elif ref and formula is not None and _never_computed(element, value):
                causes[ref] = ("formula", "=" + (formula.text or "…"))
            element.clear()
    except ElementTree.ParseError as exc:
        raise _error(path, "corrupt_workbook", detail=f"{part}: {_short(exc)}") from None
    return causes


def _never_computed(cell: ElementTree.Element, value: ElementTree.Element | None) -> bool:
    # Excel saves an empty-text result as t="str" with an empty <v>; a writer that never
    # computed the formula leaves <v> out or empty without that type.
    if value is None:
        return True
    return not value.text and cell.get("t") not in ("str", "inlineStr")


def _sheet_parts(path: Path, archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> its XML part inside the zip, from workbook.xml and its relationships."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    parts: dict[str, str] = {}
    for element in book.iter():
        if not element.tag.endswith("}sheet"):
            continue
        rel_id = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
        target = targets.get(rel_id, "")
        name = element.get("name")
        if name and target:
            parts[name] = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return parts


def _check_container(path: Path) -> dict[str, str]:
    """Check the file as a zip of a real .xlsx; returns where each sheet's XML is."""
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
            return _sheet_parts(path, archive)
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
    """Refuse DOCTYPE/ENTITY declarations. They can only stand in the prolog, before the
    root element, so the prolog is walked token by token (declaration, comments,
    processing instructions) up to the root, however much padding it holds."""
    data = b""
    try:
        with archive.open(info) as handle:
            while True:
                verdict = _prolog_verdict(_as_utf8(data))
                if verdict is not None:
                    break
                chunk = handle.read(_XML_HEAD_BYTES)
                if not chunk or len(data) > _MAX_PROLOG_BYTES:
                    verdict = "end"
                    break
                data += chunk
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
        raise _error(path, "corrupt_workbook", detail=f"{info.filename}: {_short(exc)}") from None
    if verdict == "declaration":
        raise _error(path, "xml_entities", detail=info.filename)


def _prolog_verdict(text: bytes) -> str | None:
    """'root' when the root element is reached cleanly, 'declaration' at a <!DOCTYPE or
    <!ENTITY, None when more bytes are needed to tell."""
    position = 0
    while True:
        while position < len(text) and text[position : position + 1].isspace():
            position += 1
        rest = text[position:]
        if len(rest) < 4:
            return None
        if rest.startswith(b"\xef\xbb\xbf"):  # UTF-8 byte order mark
            position += 3
        elif rest.startswith(b"<?"):
            end = rest.find(b"?>")
            if end < 0:
                return None
            position += end + 2
        elif rest.startswith(b"<!--"):
            end = rest.find(b"-->", 4)
            if end < 0:
                return None
            position += end + 3
        elif rest.startswith(b"<!"):
            return "declaration"  # DOCTYPE (and any ENTITY inside it), or worse
        else:
            return "root"


def _as_utf8(data: bytes) -> bytes:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="ignore").encode("utf-8")
    return data


def _error(path: Path, code: str, *, sheet: str | None = None, **details: str) -> WorkbookError:
    return WorkbookError(Problem(code=code, file=str(path), sheet=sheet, details=details))


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]
