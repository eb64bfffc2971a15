"""One pass over a sheet's XML bytes, before any reader builds a grid of it: the used
range (so that a stray cell in XFD1048576 is measured, never allocated), the merged areas,
the hidden rows, the cells that read as blank but hold an Excel error or a formula never
computed, the cells whose text is longer than Excel allows, and the cells whose text holds
an invisible character (removed on reading, and named). Readers give none of these, or give
them only after building the whole grid.
"""

from __future__ import annotations

import io
import re
from bisect import bisect_right
from pathlib import Path
from xml.etree import ElementTree

from ..model.text import INVISIBLE
from .cell_xml import SharedStrings
from .container import XML_HEAD_BYTES, short_reason, workbook_error
from .positions import Merged, column_index, column_letter, position_of

_ROW_TAG = re.compile(rb"<(?:\w+:)?row\b[^>]*>")
_ROW_NUMBER = re.compile(rb'\br="([0-9]+)"')
_HIDDEN = re.compile(rb'\bhidden="(?:1|true)"')
_FAST_ROW = re.compile(rb'<row r="([0-9]{1,7})"')
_FAST_CELL = re.compile(rb'<c r="([A-Z]{1,3})')
_ANY_CELL = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3})([0-9]{1,7})"')
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\b[^>]*?\bref="(?:[A-Z]+[0-9]+:)?([A-Z]{1,3})([0-9]{1,7})"'
)
_MERGE = re.compile(
    rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Z]{1,3})([0-9]{1,7}):([A-Z]{1,3})([0-9]{1,7})"'
)


def merged_areas(data: bytes) -> tuple[Merged, ...]:
    """The sheet's merged areas, from its <mergeCell> tags; they follow the cells, so the
    search starts there."""
    start = data.rfind(b"</sheetData>")
    start = data.find(b"mergeCell", max(start, 0))
    tags = [] if start < 0 else list(_MERGE.finditer(data, max(start - 16, 0)))
    return tuple(
        Merged(
            int(m[2]) - 1,
            column_index(m[1].decode()),
            int(m[4]) - 1,
            column_index(m[3].decode()),
        )
        for m in tags
    )


def used_extent(data: bytes) -> tuple[int, int]:
    """(rows, columns) from A1 to the farthest cell the sheet's XML holds.

    Excel and most writers start every row and cell tag with its reference
    (`<row r="7"`, `<c r="E7"`) and state the used range in `<dimension>`. In
    that common form the rows are read from the row tags and the columns taken
    from `<dimension>` once one search has shown that no cell lies beyond it;
    anything else is scanned cell by cell."""
    head = data[:XML_HEAD_BYTES]
    plain = re.search(rb"<\w+:worksheet\b", head) is None and _TAG_WITHOUT_REF.search(data) is None
    if plain:
        max_row = max(map(int, _FAST_ROW.findall(data)), default=0)
        dimension = _DIMENSION.search(head)
        if dimension is not None:
            claimed = column_index(dimension[1].decode()) + 1
            if _cell_beyond(data, claimed) is None:
                return max_row, claimed
        letters = {c.decode() for c in _FAST_CELL.findall(data)}
        return max_row, max((column_index(c) + 1 for c in letters), default=0)
    max_row = max_column = 0
    matches = list(_ANY_CELL.finditer(data)) or list(_DIMENSION.finditer(data))
    for match in matches:
        max_column = max(max_column, column_index(match[1].decode()) + 1)
        max_row = max(max_row, int(match[2]))
    return max_row, max_column


_TAG_WITHOUT_REF = re.compile(rb'<(?:c|row)(?:>|/| (?!r="))')


def _cell_beyond(data: bytes, columns: int) -> re.Match[bytes] | None:
    """The first cell to the right of the first `columns` columns, if any."""
    if columns >= 26:
        letters = column_letter(columns - 1)
        if len(letters) == 3:
            return None  # XFD is Excel's last column: nothing lies beyond three letters
        return re.search(rb'<c r="(?:[A-Z]{3}|(?:' + _after(letters) + rb"))[0-9]", data)
    following = chr(65 + columns)
    return re.search(rb'<c r="(?:[A-Z]{2,3}|[' + following.encode() + rb"-Z])[0-9]", data)


def _after(letters: str) -> bytes:
    """A pattern for two-letter columns after `letters` ('AB' -> later AB.., B.., …)."""
    first, second = letters[0], letters[1]
    options = []
    if first < "Z":
        options.append(f"[{chr(ord(first) + 1)}-Z][A-Z]")
    if second < "Z":
        options.append(f"{first}[{chr(ord(second) + 1)}-Z]")
    return "|".join(options or ["(?!)"]).encode()


EXCEL_TEXT_LIMIT = 32_767  # characters Excel holds in one cell
# A text run of this many bytes may be over the limit (a character takes 1 to 4 bytes).
# The plain forms start with a literal, which the regex engine finds fast; the namespaced
# form ('<x:t>') is looked for only in a file that uses it.
_LONG_RUN = re.compile(rb"<t(?:>| [^>]*>)([^<]{%d,})<" % (EXCEL_TEXT_LIMIT + 1))
_LONG_RUN_PREFIXED = re.compile(rb"<\w+:t\b[^>]*>([^<]{%d,})<" % (EXCEL_TEXT_LIMIT + 1))
_CELL_START = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"')
_SHARED_CELL = re.compile(
    rb'<(?:\w+:)?c\b(?=[^>]*\bt="s")[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"[^>]*>\s*'
    rb"<(?:\w+:)?v>([0-9]+)</(?:\w+:)?v>"
)


def long_texts(data: bytes, shared: SharedStrings) -> tuple[tuple[str, int], ...]:
    """The cells whose text is longer than Excel allows (another tool wrote them, or the
    file is damaged), with each one's length: readers cut such text without a word.

    Text typed in the sheet (inline) and shared strings are both looked at; the byte scan
    finds candidates at C speed, and only those are decoded."""
    found: list[tuple[str, int]] = []
    runs: list[re.Match[bytes]] = []
    if b"<is>" in data:  # text typed in the sheet itself (inline strings)
        runs += _LONG_RUN.finditer(data)
    if b":is>" in data:
        runs += _LONG_RUN_PREFIXED.finditer(data)
    for match in runs:
        length = len(match.group(1).decode("utf-8", "replace"))
        start = data.rfind(b"<c", 0, match.start())
        owner = _CELL_START.match(data, start) if start >= 0 else None
        if length > EXCEL_TEXT_LIMIT and owner is not None:
            found.append((owner.group(1).decode(), length))
    long_items = shared.long_items(EXCEL_TEXT_LIMIT)
    if long_items:
        for match in _SHARED_CELL.finditer(data):
            index = int(match.group(2))
            if index in long_items:
                found.append((match.group(1).decode(), long_items[index]))
    return tuple(found)


# An invisible character as the sheet's XML may hold it: its UTF-8 bytes, or a character
# reference ('&#8203;', '&#x200B;'). The bytes are looked for by their leading bytes, one
# pattern each: a pattern with a literal start is searched at C speed, an alternation of
# them byte by byte, several times slower over a sheet of tens of megabytes.
def _byte_patterns() -> tuple[re.Pattern[bytes], ...]:
    last_bytes: dict[bytes, list[int]] = {}
    for character in INVISIBLE:
        encoded = character.encode()
        last_bytes.setdefault(encoded[:-1], []).append(encoded[-1])
    return tuple(
        re.compile(re.escape(start) + b"[" + b"".join(b"\\x%02x" % n for n in ends) + b"]")
        for start, ends in last_bytes.items()
    )


_INVISIBLE_BYTES = _byte_patterns()
_INVISIBLE_REFERENCE = re.compile(
    rb"&#(?:[xX]0*(?:"
    + b"|".join(f"{ord(ch):x}".encode() for ch in INVISIBLE)
    + rb")|0*(?:"
    + b"|".join(str(ord(ch)).encode() for ch in INVISIBLE)
    + rb"));",
    re.IGNORECASE,
)


def invisible_texts(data: bytes, shared: SharedStrings) -> tuple[tuple[str, str], ...]:
    """The cells whose text holds an invisible character (a zero-width space, a bidi
    control, a byte-order mark, a soft hyphen: `text.INVISIBLE`), in the sheet's order, each
    with the characters it holds: ('B2', 'U+200B, U+202E').

    Text typed in the sheet (inline, or a formula's text result) and shared strings are
    both looked at; the byte scan finds the characters at C speed, and cell tags are
    looked for only in a sheet that holds some."""
    end = data.rfind(b"sheetData>")  # '</sheetData>' or '</x:sheetData>': the cells end
    end = len(data) if end < 0 else end
    found: dict[str, set[str]] = {}
    typed = [m for p in (*_INVISIBLE_BYTES, _INVISIBLE_REFERENCE) for m in p.finditer(data, 0, end)]
    if typed:
        starts = list(_CELL_START.finditer(data, 0, end))
        positions = [m.start() for m in starts]
        for match in typed:
            owner = bisect_right(positions, match.start()) - 1
            if owner >= 0:
                cell = starts[owner].group(1).decode()
                found.setdefault(cell, set()).add(_character(match.group(0)))
    items = shared.invisible_items()
    if items:
        for match in _SHARED_CELL.finditer(data):
            held = items.get(int(match.group(2)))
            if held:
                found.setdefault(match.group(1).decode(), set()).update(held)
    return tuple(
        (cell, ", ".join(f"U+{ord(ch):04X}" for ch in sorted(found[cell])))
        for cell in sorted(found, key=_sheet_order)
    )


def _character(written: bytes) -> str:
    """The character a match stands for: its bytes, or its reference (b'&#x200B;')."""
    if not written.startswith(b"&#"):
        return written.decode()
    number = written[2:-1]
    return chr(int(number[1:], 16) if number[:1] in (b"x", b"X") else int(number))


def _sheet_order(cell: str) -> tuple[int, int]:
    position = position_of(cell)
    return position if position is not None else (0, 0)


def hidden_rows(data: bytes) -> set[int]:
    """The Excel numbers (1-based) of the rows the sheet hides."""
    if b"hidden=" not in data:
        return set()
    rows = set()
    for match in _ROW_TAG.finditer(data):
        tag = match.group(0)
        number = _ROW_NUMBER.search(tag)
        if number and _HIDDEN.search(tag):
            rows.add(int(number[1]))
    return rows


def blank_cell_causes(
    path: Path, sheet: str, data: bytes
) -> dict[tuple[int, int], tuple[str, str]]:
    """The cells that read as blank but hold an Excel error ('error', '#DIV/0!') or a
    formula never computed ('formula', '=SUM(…)'), by zero-based position."""
    prefixed = re.search(rb"<\w+:worksheet\b", data[:XML_HEAD_BYTES]) is not None
    if b"<f" not in data and not (prefixed and b":f" in data) and b't="e"' not in data:
        return {}
    causes: dict[tuple[int, int], tuple[str, str]] = {}
    try:
        # Safe to parse: every XML part was checked for DOCTYPE/ENTITY on opening.
        for _event, element in ElementTree.iterparse(io.BytesIO(data), events=("end",)):
            if not element.tag.endswith("}c"):
                if element.tag.endswith("}row"):
                    element.clear()
                continue
            ref = element.get("r")
            formula = value = None
            for child in element:
                if child.tag.endswith("}f"):
                    formula = child
                elif child.tag.endswith("}v"):
                    value = child
            position = position_of(ref)
            if position and element.get("t") == "e" and value is not None and value.text:
                causes[position] = ("error", value.text)
            elif position and formula is not None and _never_computed(element, value):
                causes[position] = ("formula", "=" + (formula.text or "…"))
    except ElementTree.ParseError as exc:
        raise workbook_error(
            path, "corrupt_workbook", sheet=sheet, detail=short_reason(exc)
        ) from None
    return causes


def _never_computed(cell: ElementTree.Element, value: ElementTree.Element | None) -> bool:
    # Excel saves an empty-text result as t="str" with an empty <v>; a writer that never
    # computed the formula leaves <v> out or empty without that type.
    if value is None:
        return True
    return not value.text and cell.get("t") not in ("str", "inlineStr")
