"""Decoding the XML parts of an .xlsx that readers do not fully give: the cell styles
(each one's number format, and whether it shows a date), the shared strings, and the cells
of a sheet's first rows (the title block and the headers), read straight from the sheet's
XML with dates as dates and text as typed. Also which number cells are formatted as a
percentage. The zip is opened by `workbook`; here its parts are only read.

A cell means what Excel shows. Parts are found by the workbook's relationships and their
elements by local name, so a Strict Open XML workbook (another namespace) keeps its number
formats; a date stored as ISO text (`t="d"`, as LibreOffice and some libraries write it) is
that date; a number formatted '0.0%' is a percentage (0,957 shows 95,7%), while one whose
format prints a literal '%' ('0.0"%"', '0.0\\%') is already in per cent (95,7 shows 95,7%).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from xml.etree import ElementTree

from ..model.text import invisible_in
from .container import XML_HEAD_BYTES
from .positions import column_index, position_of

if TYPE_CHECKING:
    from zipfile import ZipFile

CellValue = str | float | int | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None
Grid = list[list[CellValue]]

HEAD_ROWS = 31  # rows read with the title block and headers


_BUILTIN_DATE_FORMATS = {*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)}
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_BUILTIN_FORMATS = {9: "0%", 10: "0.00%", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00"}
# What a format prints that is not a number placeholder: text in quotes, an escaped
# character, '_x' (a space as wide as x), '*x' (x repeated to fill) and '[...]' (a colour,
# a locale or a condition).
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|_.|\*.|\[[^\]]*\]')
_LITERAL_PERCENT = re.compile(r'"[^"]*%[^"]*"|\\%')


@dataclass(frozen=True)
class Styles:
    """The workbook's cell styles, by index: each one's number format and whether it is a date."""

    formats: list[str]  # cellXfs index -> number format code
    dates: list[bool]  # cellXfs index -> is a date format


def format_kind(code: str) -> str | None:
    """'percent' when a number format scales its number by 100 and prints '%' ('0.0%',
    '#,##0.00%;[Red]-0.00%'); 'literal_percent' when it prints a '%' written into the format
    as text ('0.0"%"', '0.0\\%': the number is already in per cent); else None."""
    if "%" in _FORMAT_LITERALS.sub("", code):
        return "percent"
    if _LITERAL_PERCENT.search(code):
        return "literal_percent"
    return None


def _local(tag: str) -> str:
    """An element's name without its namespace (Transitional and Strict alike)."""
    return tag.rsplit("}", 1)[-1]


def workbook_part(archive: ZipFile, kind: str, default: str) -> str:
    """The part the workbook relates to by a relationship of this kind ('styles',
    'sharedStrings'), whatever the namespace; `default` when no relationship names one."""
    try:
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return default
    for rel in rels:
        target = rel.get("Target", "")
        if rel.get("Type", "").endswith(f"/{kind}") and target:
            return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    return default


def read_styles(archive: ZipFile) -> Styles:
    """The cell styles of the workbook's styles part (none when it has none)."""
    try:
        root = ElementTree.fromstring(
            archive.read(workbook_part(archive, "styles", "xl/styles.xml"))
        )
    except KeyError:
        return Styles([], [])
    custom = {
        int(fmt.get("numFmtId", "0")): fmt.get("formatCode", "")
        for fmt in root.iter()
        if _local(fmt.tag) == "numFmt"
    }
    formats: list[str] = []
    dates: list[bool] = []
    cell_xfs = next((e for e in root if _local(e.tag) == "cellXfs"), None)
    for xf in cell_xfs if cell_xfs is not None else []:
        number = int(xf.get("numFmtId", "0") or 0)
        code = custom.get(number, _BUILTIN_FORMATS.get(number, "General"))
        formats.append(code)
        bare = re.sub(r'"[^"]*"|\[[^\]]*\]|\\.', "", code)
        dates.append(number in _BUILTIN_DATE_FORMATS or bool(_DATE_CODE.search(bare)))
    return Styles(formats, dates)


class SharedStrings:
    """The shared string table, parsed only as far as the head rows need it."""

    def __init__(self, archive: ZipFile) -> None:
        self._archive = archive
        self._strings: list[str] | None = None

    def long_items(self, limit: int) -> dict[int, int]:
        """The strings longer than `limit` characters, by index, with their lengths."""
        self._load()
        assert self._strings is not None
        return {i: len(s) for i, s in enumerate(self._strings) if len(s) > limit}

    def invisible_items(self) -> dict[int, frozenset[str]]:
        """The strings holding invisible characters (see `invisible_in`), by index, with
        the characters each holds."""
        self._load()
        assert self._strings is not None
        return {i: held for i, s in enumerate(self._strings) if (held := invisible_in(s))}

    def get(self, index: int) -> str:
        self._load()
        assert self._strings is not None
        if not 0 <= index < len(self._strings):
            raise ValueError(f"shared string {index} missing")
        return self._strings[index]

    def _load(self) -> None:
        if self._strings is None:
            self._strings = []
            try:
                part = workbook_part(self._archive, "sharedStrings", "xl/sharedStrings.xml")
                data = self._archive.read(part)
            except KeyError:
                data = b""
            if data:
                for _event, element in ElementTree.iterparse(io.BytesIO(data), events=("end",)):
                    if element.tag.endswith("}si"):
                        self._strings.append(item_text(element))
                        element.clear()


def item_text(element: ElementTree.Element) -> str:
    """Text of a string item (plain or rich text), without phonetic runs."""
    parts = []
    for child in element:
        if child.tag.endswith("}t"):
            parts.append(child.text or "")
        elif child.tag.endswith("}r"):
            parts += [t.text or "" for t in child if t.tag.endswith("}t")]
    return "".join(parts)


def head_rows(
    data: bytes,
    shared: SharedStrings,
    styles: Styles,
    *,
    date1904: bool,
    limit: int = HEAD_ROWS,
) -> Grid:
    """The first `limit` rows of a sheet's XML as rows of values from A1 (blanks None),
    parsed only as far as those rows."""
    parser: Any = ElementTree.XMLPullParser(events=("end",))
    grid: Grid = []
    position = 0
    done = False
    while not done and position < len(data):
        parser.feed(data[position : position + XML_HEAD_BYTES])
        position += XML_HEAD_BYTES
        for _event, element in parser.read_events():
            if not isinstance(element, ElementTree.Element) or not element.tag.endswith("}row"):
                continue
            row_number = int(element.get("r") or len(grid) + 1) - 1
            if row_number >= limit:
                done = True
                break
            while len(grid) <= row_number:
                grid.append([])
            cells = grid[row_number]
            for cell in element:
                if not cell.tag.endswith("}c"):
                    continue
                where = position_of(cell.get("r")) or (row_number, len(cells))
                column = where[1]
                value = _cell_value(cell, shared, styles, date1904=date1904)
                while len(cells) <= column:
                    cells.append(None)
                cells[column] = value
            element.clear()
    width = max((len(r) for r in grid), default=0)
    return [r + [None] * (width - len(r)) for r in grid]


def _cell_value(
    cell: ElementTree.Element, shared: SharedStrings, styles: Styles, *, date1904: bool
) -> CellValue:
    kind = cell.get("t", "n")
    style = int(cell.get("s", "0") or 0)
    raw = next((c.text for c in cell if c.tag.endswith("}v")), None)
    if kind == "inlineStr":
        inline = next((c for c in cell if c.tag.endswith("}is")), None)
        text = item_text(inline) if inline is not None else ""
        return text or None
    if raw is None or raw == "":
        return None
    if kind == "s":
        return shared.get(int(raw)) or None
    if kind in ("str", "e"):
        return raw if kind == "str" else None
    if kind == "b":
        return raw in ("1", "true")
    if kind == "d":
        return iso_date(raw)
    number = float(raw)
    if style < len(styles.dates) and styles.dates[style]:
        epoch = dt.datetime(1904, 1, 1) if date1904 else dt.datetime(1899, 12, 30)
        return epoch + dt.timedelta(days=number)
    return int(number) if number.is_integer() and abs(number) < 2**53 else number


def iso_date(text: str) -> dt.date | dt.datetime | dt.time:
    """A cell stored as an ISO 8601 date (`t="d"`): '2024-06-30', '2024-06-30T00:00:00',
    '2024-06-30T08:15:00Z' or a time alone; midnight is the day. Raises ValueError otherwise."""
    written = text.strip()
    if written.endswith(("Z", "z")):
        written = written[:-1]
    if "T" not in written and ":" in written:
        return dt.time.fromisoformat(written)
    moment = dt.datetime.fromisoformat(written).replace(tzinfo=None)
    return moment.date() if moment.time() == dt.time() else moment


def first_rows(archive: ZipFile, part: str, rows: int) -> bytes:
    """The start of a sheet's XML, decompressed only as far as its first `rows` rows."""
    after = re.compile(rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"')
    data = b""
    with archive.open(part) as handle:
        while chunk := handle.read(1 << 20):
            data += chunk
            found = list(after.finditer(data, max(0, len(data) - len(chunk) - 64)))
            if found and int(found[-1][1]) > rows:
                break
    return data


@dataclass(frozen=True)
class PercentCells:
    """A sheet's number cells whose format prints '%', zero-based (row, column): `scaled`
    ones store a fraction ('0.0%': 0,957 shows 95,7%), `literal` ones a number already in
    per cent ('0.0"%"': 95,7 shows 95,7%)."""

    scaled: frozenset[tuple[int, int]] = frozenset()
    literal: frozenset[tuple[int, int]] = frozenset()


_ROW_OR_CELL = re.compile(rb"<(?:\w+:)?(row|c)\b([^>]*)>")
_REF = re.compile(rb'\br="([A-Z]{0,3})([0-9]{0,7})"')
_STYLE = re.compile(rb'\bs="([0-9]+)"')
_TYPE = re.compile(rb'\bt="([A-Za-z]+)"')


def percent_cells(archive: ZipFile, part: str) -> PercentCells:
    """The number cells of a sheet whose format prints '%' (`PercentCells`). Cells and rows
    written without a reference are counted in order, as Excel reads them."""
    styles = read_styles(archive)
    kinds = {str(i).encode(): format_kind(code) for i, code in enumerate(styles.formats)}
    kinds = {style: kind for style, kind in kinds.items() if kind is not None}
    if not kinds:
        return PercentCells()
    found: dict[str, set[tuple[int, int]]] = {"percent": set(), "literal_percent": set()}
    row, column = -1, -1
    for match in _ROW_OR_CELL.finditer(archive.read(part)):
        attributes = match[2]
        ref = _REF.search(attributes)
        if match[1] == b"row":
            row = int(ref[2]) - 1 if ref and ref[2] else row + 1
            column = -1
            continue
        column = column_index(ref[1].decode()) if ref and ref[1] else column + 1
        if ref and ref[2]:
            row = int(ref[2]) - 1
        style = _STYLE.search(attributes)
        kind = kinds.get(style[1]) if style else None
        typed = _TYPE.search(attributes)
        if kind is not None and (typed is None or typed[1] == b"n"):
            found[kind].add((row, column))
    return PercentCells(frozenset(found["percent"]), frozenset(found["literal_percent"]))
