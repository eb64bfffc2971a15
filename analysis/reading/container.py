"""The file checked as a zip of a real .xlsx before any Excel library sees it.

A workbook is a zip of XML parts. Before anything parses it, the file is checked for
what a damaged or hostile file would do: too large, an .xls or an encrypted file, another
kind of zip (.xlsb, .ods, .docx), macros, a zip bomb (too many members, a compression
ratio no spreadsheet has, too much once unpacked), and DOCTYPE or ENTITY declarations in
any XML part (the entity expansion attacks), and two members with one name (an ambiguous
package: which copy a reader takes is its own choice, so neither is trusted). Then the
workbook's list of sheets is read: each one's name, whether Excel shows it, and its XML
part. The zip itself is opened by `workbook`; here it is only looked at.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from xml.etree import ElementTree

from ..model.errors import Problem, ProblemCode, WorkbookError

if TYPE_CHECKING:
    from zipfile import ZipFile, ZipInfo

MAX_FILE_BYTES = 200 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 1024 * 1024 * 1024
MAX_MEMBER_RATIO = 200
MAX_MEMBERS = 10_000
XML_HEAD_BYTES = 64 * 1024  # the first bytes of an XML part, where its prolog stands
_MAX_PROLOG_BYTES = 1024 * 1024
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass(frozen=True)
class SheetInfo:
    """A sheet's name (as stored), whether Excel shows it, and its XML part in the zip."""

    name: str
    visible: bool
    part: str | None = None
    state: str = "visible"  # 'hidden', or 'veryHidden' (shown only from the VBA editor)


def workbook_sheets(archive: ZipFile) -> tuple[list[SheetInfo], bool]:
    """Worksheets in order, with visibility and XML part, and the 1904 date system flag."""
    try:
        book = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except (KeyError, ElementTree.ParseError):
        return [], False
    targets = {rel.get("Id"): (rel.get("Target", ""), rel.get("Type", "")) for rel in rels}
    sheets: list[SheetInfo] = []
    for element in book.iter():
        if not element.tag.endswith("}sheet"):
            continue
        rel_id = next((v for k, v in element.attrib.items() if k.endswith("}id")), None)
        target, kind = targets.get(rel_id, ("", ""))
        name = element.get("name")
        if not name or not target or (kind and not kind.endswith("/worksheet")):
            continue
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        state = element.get("state", "visible")
        sheets.append(SheetInfo(name=name, visible=state == "visible", part=part, state=state))
    flag = next((e.get("date1904") for e in book.iter() if e.tag.endswith("}workbookPr")), None)
    return sheets, flag in ("1", "true")


def check_file(path: Path) -> None:
    """Check the file before it is opened as a zip: it exists, is a file, is not empty or
    too large, and starts as a zip does (an .xls or an encrypted file starts otherwise)."""
    if not path.exists():
        raise workbook_error(path, "file_not_found")
    if not path.is_file():
        raise workbook_error(path, "not_a_file")
    size = path.stat().st_size
    if size == 0:
        raise workbook_error(path, "empty_file")
    if size > MAX_FILE_BYTES:
        raise workbook_error(path, "file_too_large", size=str(size), limit=str(MAX_FILE_BYTES))
    with path.open("rb") as handle:
        head = handle.read(8)
    if head.startswith(_OLE_MAGIC):
        raise workbook_error(path, "legacy_or_encrypted")
    if not head.startswith(_ZIP_MAGIC):
        raise workbook_error(path, "not_xlsx", detail="không phải tệp zip / not a zip container")


def check_members(path: Path, archive: ZipFile) -> None:
    members = archive.infolist()
    names = {info.filename for info in members}
    if len(members) > MAX_MEMBERS:
        raise workbook_error(path, "zip_bomb", detail=f"{len(members)} members")
    twice = duplicate_member(info.filename for info in members)
    if twice is not None:
        detail = f"{twice}: hai mục trùng tên / two members with this name"
        raise workbook_error(path, "corrupt_workbook", detail=detail)
    if "xl/workbook.xml" not in names:
        detail = "thiếu xl/workbook.xml / no xl/workbook.xml"
        if "xl/workbook.bin" in names:
            detail = ".xlsb"
        elif "content.xml" in names:
            detail = ".ods"
        elif "word/document.xml" in names:
            detail = ".docx"
        raise workbook_error(path, "not_xlsx", detail=detail)
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise workbook_error(path, "macro_workbook")
    total = 0
    for info in members:
        total += info.file_size
        compressed = max(info.compress_size, 1)
        if info.file_size > 1024 * 1024 and info.file_size / compressed > MAX_MEMBER_RATIO:
            raise workbook_error(
                path, "zip_bomb", detail=f"{info.filename}: ratio {info.file_size // compressed}:1"
            )
    if total > MAX_UNCOMPRESSED_BYTES:
        raise workbook_error(path, "zip_bomb", detail=f"{total} bytes uncompressed")
    for info in members:
        if info.filename.endswith((".xml", ".rels")):
            _check_xml_head(path, archive, info)


def duplicate_member(names: Iterable[str]) -> str | None:
    """The first member name the zip holds twice, or None. Part names are compared as the
    Open Packaging Conventions compare them (case-insensitively, with or without a leading
    slash, either slash), since a reader may take either copy and each reader its own."""
    seen: set[str] = set()
    for name in names:
        key = name.replace("\\", "/").lstrip("/").casefold()
        if key in seen:
            return name
        seen.add(key)
    return None


def _check_xml_head(path: Path, archive: ZipFile, info: ZipInfo) -> None:
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
                chunk = handle.read(XML_HEAD_BYTES)
                if not chunk or len(data) > _MAX_PROLOG_BYTES:
                    verdict = "end"
                    break
                data += chunk
    except Exception as exc:  # noqa: BLE001 - a damaged member: zip, zlib, an encryption flag…
        raise workbook_error(
            path, "corrupt_workbook", detail=f"{info.filename}: {short_reason(exc)}"
        ) from None
    if verdict == "declaration":
        raise workbook_error(path, "xml_entities", detail=info.filename)


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


def workbook_error(
    path: Path, code: ProblemCode, *, sheet: str | None = None, **details: str
) -> WorkbookError:
    """The error that stops reading a file (or one sheet of it), located and coded."""
    return WorkbookError(Problem(code=code, file=str(path), sheet=sheet, details=details))


def short_reason(exc: BaseException) -> str:
    """A reader's exception in one short line, for the problem's detail."""
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]
