"""The text of a written report, passage by passage, each with where it stands: the input of
`chiso extract` (issue 20), which finds the figures in it (`report_numbers`).

A report comes as a Word document (.docx: its paragraphs and its tables in the order the
document holds them, a merged cell read once) or as plain text (UTF-8, with or without a
byte-order mark, one paragraph a line). Text is read in NFC whatever form it came in (a Mac's
NFD included), with «Ð» (an Icelandic letter some pages put for «Đ») read as «Đ», so that a
sentence compares as typed. Each passage says where it is in words
the analyst can find it by («đoạn 12», «bảng 1, dòng 3, cột 2»), and `sentences` cuts a
passage into the sentences a figure is quoted from.

Opening the file is the only I/O here; a file that is not a report it can read raises
`ReportError`, whose message names the file.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model.text import invisible_in


class ReportError(Exception):
    """A report that cannot be read, said in Vietnamese and English with its file."""


@dataclass(frozen=True)
class Passage:
    """A paragraph or a table cell of a report, and where it stands."""

    text: str
    where: str
    # A table cell's place (table, row, column), counted from 1; None for a paragraph.
    cell: tuple[int, int, int] | None = None
    columns: int = 1  # how many of the table's columns a merged cell spans


def report_passages(path: Path) -> list[Passage]:
    """Every non-empty paragraph and table cell of the report at `path`, in document order."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return _docx_passages(path)
    if suffix == ".txt":
        return _text_passages(path)
    raise ReportError(
        f"{path}: chỉ đọc được báo cáo .docx hoặc .txt / only .docx or .txt reports can be read"
    )


def _text_passages(path: Path) -> list[Passage]:
    raw = path.read_bytes()
    try:  # UTF-16 with its byte-order mark is Notepad's «Unicode»: it says what it is
        text = (
            raw.decode("utf-16")
            if raw[:2] in (b"\xff\xfe", b"\xfe\xff")
            else raw.decode("utf-8-sig")
        )
    except UnicodeDecodeError as exc:
        raise ReportError(
            f"{path}: không phải văn bản UTF-8 (byte {exc.start}); hãy mở tệp và lưu lại với "
            f"bảng mã UTF-8 (Notepad: Save As → Encoding: UTF-8) / not UTF-8 text (byte "
            f"{exc.start}); open the file and save it again as UTF-8"
        ) from exc
    lines = unicodedata.normalize("NFC", text).splitlines()
    return [
        Passage(_clean(line), f"dòng {number}")
        for number, line in enumerate(lines, start=1)
        if line.strip()
    ]


def _docx_passages(path: Path) -> list[Passage]:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(str(path))
    # Whatever a damaged package makes python-docx raise (a bad zip, a missing part, broken
    # XML) is the file's damage, said as such, as `corrupt_workbook` says a workbook's.
    except Exception as exc:
        raise ReportError(
            f"{path}: tệp Word bị hỏng hoặc không phải tệp .docx, không đọc được; hãy mở bằng "
            "Word và lưu lại dạng «Word Document (.docx)», hoặc bỏ tệp khỏi thư mục / the Word "
            "file is damaged or not a .docx; open it in Word and save it again as .docx, or "
            "leave it out of the folder"
        ) from exc
    passages: list[Passage] = []
    paragraphs = tables = 0
    for element in document.element.body.iterchildren():
        tag = element.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraphs += 1
            text = _clean(paragraph_text(element))
            if text:
                passages.append(Passage(text, f"đoạn {paragraphs}"))
        elif tag == "tbl":
            tables += 1
            passages += _table_passages(Table(element, document), tables)
    return passages


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# What a paragraph's text is made of, and what is not its text: a deletion still tracked,
# a field's code («PAGE», «HYPERLINK …»).
_TEXT_TAGS = {f"{_W}t": None, f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n"}
_NOT_TEXT = {f"{_W}del", f"{_W}instrText", f"{_W}delText", f"{_W}moveFrom"}


def paragraph_text(element: Any) -> str:
    """A paragraph's text as Word shows it with its changes accepted: every run, inside an
    insertion still tracked, a hyperlink or a field's result too (python-docx's own
    `Paragraph.text` skips the runs of a tracked insertion), never a tracked deletion."""
    parts: list[str] = []

    def walk(node: Any) -> None:
        for child in node:
            if child.tag in _NOT_TEXT:
                continue
            if child.tag in _TEXT_TAGS:
                written = _TEXT_TAGS[child.tag]
                parts.append(written if written is not None else child.text or "")
            walk(child)

    walk(element)
    return "".join(parts)


def _table_passages(table: Any, number: int) -> list[Passage]:
    """A table's cells, row by row; a merged cell once, where it starts."""
    # The cells' elements themselves, kept: lxml gives the same object for an element while
    # one is held (an id() alone may be reused once its object is gone).
    seen: set[Any] = set()
    passages = []
    for row_index, row in enumerate(table.rows, start=1):
        row_cells = [cell._tc for cell in row.cells]
        for column_index, cell in enumerate(row.cells, start=1):
            if cell._tc in seen:  # a merged cell: python-docx gives it at each grid place
                continue
            seen.add(cell._tc)
            text = _clean("\n".join(paragraph_text(p._p) for p in cell.paragraphs))
            if text:
                where = f"bảng {number}, dòng {row_index}, cột {column_index}"
                span = sum(1 for tc in row_cells[column_index - 1 :] if tc is cell._tc)
                passages.append(
                    Passage(text, where, (number, row_index, column_index), columns=span)
                )
    return passages


def _clean(text: str) -> str:
    """NFC, no-break spaces as spaces, invisible characters (a zero-width space inside
    «9.728\u200b/9.897», a bidi control) gone, the ends trimmed; the words as written. The
    Icelandic «Ð»/«ð» some pages put for «Đ»/«đ» (alike on screen, from an old font's
    conversion: «Ðại hội») is read as the Vietnamese letter it stands for, as is the «ƣ» (Latin
    «oi») a PDF's text gives for «ư» («đƣợc», «tín ngƣỡng»)."""
    hidden = invisible_in(text)
    if hidden:
        text = "".join(ch for ch in text if ch not in hidden)
    text = unicodedata.normalize("NFC", text.translate(_LOOKALIKES)).replace("\u00a0", " ")
    return text.strip()


_LOOKALIKES = str.maketrans(
    {"\u00d0": "\u0110", "\u00f0": "\u0111", "\u01a2": "\u01af", "\u01a3": "\u01b0"}
)


# A sentence ends at '.', '!', '?' or '…' before a capital letter, a quote or a bracket; not
# after a number's dot (9.728), nor after a short abbreviation such as «TP.», «Th.S.», «Đ/c.».
# It also ends at a small word's or a per cent's '.' before a number: «… 60.450.000 đồng. 6
# tháng đầu năm 2019, đã mở …».
_SENTENCE_END = re.compile(  # «đạt 101% KH. Tỷ lệ …»: a plan's abbreviation after a figure
    r"(?:(?<=[.!?…])(?<!\b[A-ZĐ][a-zđ]\.)(?<!\b[A-ZĐ]{2}\.)(?<!\b[A-ZĐ]\.)|(?<=%\sKH\.))\s+"
    r"(?=[\"“(*A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])"
    r"|(?<=[a-zđàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ%]\.)"
    r"\s+(?=\d)"
)


# A heading's number alone («1.», «II.», «a)»): it opens the sentence after it.
_HEADING_NUMBER = re.compile(r"^\**\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)/]\**$")


# A heading's number at the start of a line: «1.», «II.», «a)», «2/».
HEADING = re.compile(r"^\s*\**\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)/]\s")


_CAPITALS_FIGURE = re.compile(
    r"(?:ĐẠT|TĂNG|GIẢM|HƠN|TRÊN|GẦN|KHOẢNG)\s+\d|\d[\d.,]*\s*(?:%|TỶ|TỈ|TRIỆU|NGHÌN|NGÀN)(?!\w)"
)


def is_heading(text: str) -> bool:
    """A numbered heading line («I. Về kết quả thực hiện 12 nhiệm vụ trọng tâm»): short,
    not a sentence; its numbers name what follows, they are not figures."""
    clean = text.strip().strip("*").strip()
    if not HEADING.match(text.strip()) and not text.strip().isupper():
        return False
    if re.search(r":\s*[~≈]?\s*\d", clean):  # «a) Tổng diện tích đất tự nhiên: 2441,11 ha;»
        return False
    if not HEADING.match(text.strip()) and _CAPITALS_FIGURE.search(clean):
        return False  # a headline in capitals stating a figure: «THU NGÂN SÁCH HƠN 2.600 TỶ ĐỒNG»
    return len(clean.split()) <= 20 and not clean.rstrip("*").endswith(".")


def heading_level(text: str) -> int:
    """A heading's rank: 1 for «I.», «A.» or a line in capitals, 2 for «1.», 3 for «1.1.» or
    «a)»."""
    clean = text.strip().strip("*").strip()
    if re.match(r"(?:[IVXLC]+|[A-Z])[.)/]\s", clean) or clean.isupper():
        return 1
    return 2 if re.match(r"\d+[.)/]\s", clean) else 3


def without_marks(text: str) -> bool:
    """A line of Vietnamese words typed without their marks, as a page's picture names its
    file or its caption («Vinh Long tong ket 10 nam thuc hien Chi thi so 05-CT/TW … hinh anh
    1»): five words or more of letters, none of them outside plain ASCII, two of them or more
    Vietnamese words that English has not («cua», «nam», «thuc hien»): not an English line."""
    words = re.findall(r"[^\W\d_]+", text)
    if len(words) < 5 or not all(w.isascii() for w in words):
        return False
    return sum(w.lower() in _UNMARKED_WORDS for w in words) >= 2


_UNMARKED_WORDS = frozenset((
    "cua", "nam", "va", "cac", "nhung", "trong", "hinh", "anh", "tinh", "huyen", "xa", "thuc",
    "hien", "tong", "ket", "dang", "nguoi", "dan", "cong", "ngay", "thang", "quy", "ve", "tai",
    "duoc", "cho", "voi", "nhan", "uy", "ban", "chi", "thi", "nghi", "quyet", "bao", "cao",
))  # fmt: skip


def sentences(text: str) -> list[str]:
    """The sentences of a passage, each as written; a heading's number stays with its words."""
    parts = [part.strip() for part in _SENTENCE_END.split(text) if part.strip()]
    joined: list[str] = []
    for part in parts:
        if joined and _HEADING_NUMBER.match(joined[-1]):
            joined[-1] = f"{joined[-1]} {part}"
        else:
            joined.append(part)
    return joined


__all__ = [
    "HEADING",
    "Passage",
    "ReportError",
    "heading_level",
    "is_heading",
    "report_passages",
    "sentences",
    "without_marks",
]
