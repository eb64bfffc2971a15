"""The rows of an official form that are not data: column numbers, signatures, notes.

An office's form carries rows around its figures that a reader must not take for them: a
row numbering the columns ('(1) (2) (3)', 'A B 1 2 3', '(4)=(2)/(3)'), the signature block
at the foot ('T/M BAN THƯỜNG VỤ', 'Nơi nhận:', 'Người lập biểu'), notes under the table
('Ghi chú: …', '(*) …', 'Nguồn: …') and the form's own number above it ('Biểu số 02',
'Mẫu 01/BC', 'Phụ lục 2'). Each is recognised by its words here, in one place.
"""

from __future__ import annotations

import re

from ..model.text import normalize_text

_COLUMN_NUMBER = re.compile(r"^\(?(?:\d{1,2}|[A-Za-z])\)?(?:\s*=\s*[\d()+\-*/x ]+)?$")


def numbers_columns(texts: list[str]) -> bool:
    """Whether a row's cells number the columns: '(1) (2) (3)…', '1 2 3 4…', 'A B 1 2 3',
    'A B C 1 2', '(4)=(2)/(3)': letters in turn from A and numbers in turn, each kind in
    the order it appears."""
    if len(texts) < 2 or not all(_COLUMN_NUMBER.match(text) for text in texts):
        return False
    bracketed = all(t.startswith("(") for t in texts)
    if len(texts) < 3 and not bracketed:
        return False
    heads = [re.match(r"^\(?([0-9]{1,2}|[A-Za-z])\)?", t) for t in texts]
    keys = [h[1].upper() if h else "" for h in heads]
    letters = [k for k in keys if k.isalpha()]
    numbers = [int(k) for k in keys if k.isdigit()]
    if letters != [chr(ord("A") + i) for i in range(len(letters))]:
        return False
    if not numbers:
        return len(letters) >= 3
    start = numbers[0]
    return start in (0, 1, 2, 3) and numbers == list(range(start, start + len(numbers)))


SIGNATURE = re.compile(
    r"^(?:t/m\b|tm\.|tm |kt\.|kt |q\.|tl\.|tuq\.|nơi nhận|người lập biểu|người lập bảng|"
    r"người lập|người tổng hợp|thủ trưởng|xác nhận của|lãnh đạo đơn vị|giám đốc$|"
    r"\(ký,|\(ký tên|\(đã ký\)|prepared by|approved by)"
    r"|^(?:phó )?(?:bí thư|chủ tịch|trưởng ban|chánh văn phòng|trưởng phòng)$",
    re.IGNORECASE,
)
NOTE_LINE = re.compile(
    r"^(?:ghi chú|chú thích|chú giải|lưu ý|nguồn|nguồn số liệu|note|notes|source)\s*[:.\-]"
    r"|^\(\*+\)|^\*+\s|^\(\d\)\s",
    re.IGNORECASE,
)


def is_signature(text: str) -> bool:
    """A line of the signature block at a form's foot ('T/M BAN THƯỜNG VỤ', 'Nơi nhận:')."""
    return bool(SIGNATURE.match(normalize_text(text)))


def is_note(text: str) -> bool:
    """A note under a table ('Ghi chú: …', '(*) …', 'Nguồn: …')."""
    return bool(NOTE_LINE.match(normalize_text(text)))


# 'Biểu số 02', 'Mẫu 01/BC', 'Biểu 1', 'Phụ lục 2', 'Bảng 3'.
FORM_NUMBER = re.compile(
    r"^(?:bieu|mau|phu luc|bang|table|form|annex)(?: so)?\s*[:.]?\s*"
    r"(?:\d[\w./-]*|[ivx]+\b|[a-z]?\d[\w./-]*)",
    re.IGNORECASE,
)
