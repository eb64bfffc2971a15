"""One vocabulary: what a header term, a row label or a title phrase means.

Every word chiso knows about office tables is here, in Vietnamese (with and without
accents) and English: the role of the number under a header (a count, a base, a printed
rate, a plan, the result, the same period last year, the share of the plan achieved, a
change, a rank, a note), the labels down the side (indicator, unit, period, unit of
measure, code, row number), parts of a whole (`Trong đó`, `Chia ra`), totals (`Tổng
cộng`, `Cộng`, `Toàn tỉnh`, `Grand Total`), pivot tables' own words, and the phrases that
state a period (`6 tháng đầu năm 2024`, `quý I năm 2021 (tính từ 16/12/2020 đến
15/3/2021)`, `đến ngày 30/11/2022`) or a document's date (`Phú Yên, ngày 12 tháng 7 năm
2023`). A term it does not know is kept as written and listed, never guessed at.

Each distinct text is read once (`read_term` is cached).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..model.periods import Period, PeriodParseError, parse_period
from ..model.text import name_key, normalize_text, strip_accents

Role = Literal[
    # labels down the side
    "stt",
    "indicator",
    "unit",
    "period",
    "measure",
    "code",
    "note",
    "source",
    "group",
    "label",  # a pivot table's 'Row Labels': what its values are decides
    # the role of the numbers under a header
    "count",
    "base",
    "whole",
    "rate",
    "target",
    "previous",
    "achievement",
    "change",
    "rank",
    "total",
    "skip",
]

LABEL_ROLES: frozenset[str] = frozenset(
    {"stt", "indicator", "unit", "period", "measure", "code", "note", "source", "group", "label"}
)
# Numbers under these headers are never a figure and never added up: said, with the reason.
NOT_READ_ROLES: dict[str, tuple[str, str]] = {
    "change": ("mức thay đổi, không phải số liệu", "a change, not a figure"),
    "rank": ("thứ hạng, không cộng được", "a rank, which does not add up"),
    "note": ("cột ghi chú", "a notes column"),
    "skip": ("bỏ qua theo Cách đọc", "skipped as the Cách đọc sheet says"),
}


def plain(text: str) -> str:
    """The comparable form of a term: lower case, no accents, single spaces."""
    return strip_accents(name_key(text))


def _tight(text: str) -> str:
    return "".join(plain(text).split())


_TERMS: dict[Role, tuple[str, ...]] = {
    "stt": ("stt", "tt", "số tt", "số thứ tự", "thứ tự", "no", "no.", "#", "s/n", "sn", "nr"),
    "indicator": (
        "chỉ tiêu",
        "tên chỉ tiêu",
        "các chỉ tiêu",
        "chỉ tiêu chủ yếu",
        "nội dung",
        "nội dung chỉ tiêu",
        "chỉ tiêu, nhiệm vụ",
        "tên chỉ tiêu, nhiệm vụ",
        "nhiệm vụ, chỉ tiêu",
        "nội dung công việc",
        "chỉ số",
        "tên chỉ số",
        "hạng mục",
        "diễn giải",
        "danh mục",
        "indicator",
        "indicators",
        "item",
        "items",
        "description",
    ),
    "unit": (
        "đơn vị",
        "đơn vị báo cáo",
        "tên đơn vị",
        "địa phương",
        "tên địa phương",
        "đơn vị, địa phương",
        "địa phương, đơn vị",
        "đơn vị/địa phương",
        "cơ quan, đơn vị",
        "đảng bộ, chi bộ",
        "chi bộ, đảng bộ",
        "đảng bộ",
        "đảng bộ trực thuộc",
        "tổ chức cơ sở đảng",
        "tên cơ sở đảng",
        "tên chi bộ",
        "tên đảng bộ",
        "tên tổ chức đảng",
        "tên tổ chức cơ sở đảng",
        "tổ chức cơ sở đảng",
        "chi bộ",
        "địa bàn",
        "tên cơ quan",
        "cơ quan",
        "tên xã",
        "xã",
        "phường",
        "tên thôn",
        "thôn, tổ dân phố",
        "huyện, thị xã, thành phố",
        "huyện, thành phố",
        "xã, phường, thị trấn",
        "xã, phường",
        "tỉnh, thành phố",
        "unit",
        "units",
        "organisation",
        "organization",
        "region",
        "province",
        "district",
        "commune",
        "locality",
        "area",
    ),
    "period": (
        "kỳ",
        "kỳ báo cáo",
        "thời kỳ",
        "thời gian",
        "thời điểm",
        "giai đoạn",
        "năm",
        "quý",
        "tháng",
        "period",
        "year",
        "quarter",
        "month",
        "date",
    ),
    "measure": ("đvt", "đơn vị tính", "đv tính", "unit of measure", "uom", "measure"),
    "code": ("mã", "mã số", "mã chỉ tiêu", "mã đơn vị", "code", "id"),
    "note": ("ghi chú", "ghi chú, giải trình", "giải trình", "note", "notes", "remarks"),
    "source": ("nguồn", "nguồn số liệu", "source"),
    "group": ("nhóm", "group"),
    "label": ("row labels", "nhãn hàng", "nhãn dòng"),
    "count": (
        "tử số",
        "số lượng",
        "số",
        "sl",
        "số liệu",
        "giá trị",
        "numerator",
        "count",
        "number",
        "value",
        "values",
        "thực hiện",
        "kết quả",
        "kết quả thực hiện",
        "ước thực hiện",
        "ước th",
        "ước",
        "th",
        "thực tế",
        "actual",
        "result",
        "số người",
        "số lượt",
    ),
    "base": ("mẫu số", "denominator", "base"),
    "whole": (
        "tổng số",
        "tổng",
        "tổng cộng",
        "cộng",
        "total",
        "grand total",
        "tổng cuối",
        "lũy kế",
        "luỹ kế",
        "cộng dồn",
        "cumulative",
        "year to date",
    ),
    "rate": (
        "tỷ lệ",
        "tỉ lệ",
        "tỷ lệ (%)",
        "tỉ lệ (%)",
        "tỷ lệ %",
        "tỉ lệ %",
        "%",
        "(%)",
        "tỷ trọng",
        "tỷ trọng (%)",
        "cơ cấu (%)",
        "rate",
        "rate (%)",
        "percent",
        "percentage",
        "share",
        "share (%)",
        "%age",
    ),
    "target": (
        "kế hoạch",
        "kh",
        "mục tiêu",
        "chỉ tiêu giao",
        "chỉ tiêu được giao",
        "chỉ tiêu kế hoạch",
        "kế hoạch giao",
        "kh giao",
        "chỉ tiêu nghị quyết",
        "chỉ tiêu nq",
        "chỉ tiêu đề ra",
        "nghị quyết giao",
        "nq giao",
        "chỉ tiêu nghị quyết giao",
        "chỉ tiêu nq giao",
        "mục tiêu nghị quyết",
        "kế hoạch được giao",
        "target",
        "plan",
        "planned",
    ),
    "previous": (
        "cùng kỳ",
        "cùng kỳ năm trước",
        "thực hiện cùng kỳ",
        "th cùng kỳ",
        "th ck",
        "ck",
        "cùng kỳ năm ngoái",
        "thực hiện cùng kỳ năm trước",
        "th cùng kỳ năm trước",
        "same period last year",
        "last year",
        "previous year",
    ),
    "achievement": (
        "tỷ lệ đạt",
        "tỉ lệ đạt",
        "tỷ lệ đạt (%)",
        "tỉ lệ đạt (%)",
        "tỷ lệ đạt so với kế hoạch (%)",
        "tỷ lệ đạt so với kh (%)",
        "tỷ lệ đạt so với kh",
        "tỷ lệ hoàn thành",
        "tỷ lệ hoàn thành (%)",
        "tỷ lệ hoàn thành kế hoạch",
        "tỷ lệ hoàn thành kh",
        "% hoàn thành",
        "% hoàn thành kế hoạch",
        "% htkh",
        "so với kế hoạch",
        "so với kế hoạch (%)",
        "so với kh",
        "so với kh (%)",
        "% so với kế hoạch",
        "% so với kh",
        "% so kh",
        "% kh",
        "th/kh",
        "th/kh (%)",
        "tỷ lệ th/kh",
        "tỷ lệ th/kh (%)",
        "th so với kh",
        "th so với kh (%)",
        "so kh (%)",
        "so kh",
        "đạt (%)",
        "% đạt",
        "achievement",
        "achievement (%)",
        "completion (%)",
        "% of target",
        "% of plan",
    ),
    "change": (
        "tăng/giảm",
        "tăng giảm",
        "tăng, giảm",
        "tăng (+), giảm (-)",
        "tăng (+)/giảm (-)",
        "tăng (+) giảm (-)",
        "+/-",
        "(+/-)",
        "+,-",
        "chênh lệch",
        "thay đổi",
        "mức thay đổi",
        "thay đổi (điểm %)",
        "thay đổi (điểm phần trăm)",
        "so với cùng kỳ",
        "so với cùng kỳ (%)",
        "so cùng kỳ",
        "so cùng kỳ (%)",
        "% so cùng kỳ",
        "% so với cùng kỳ",
        "so với năm trước",
        "so với năm trước (%)",
        "so với cùng kỳ năm trước",
        "so với cùng kỳ năm trước (%)",
        "so sánh với cùng kỳ",
        "th/ck",
        "th/ck (%)",
        "tăng trưởng",
        "tăng trưởng (%)",
        "tốc độ tăng",
        "tốc độ tăng (%)",
        "change",
        "change (%)",
        "change (pp)",
        "difference",
        "growth",
        "growth (%)",
        "yoy",
        "y/y",
    ),
    "rank": (
        "xếp hạng",
        "thứ hạng",
        "hạng",
        "xếp thứ",
        "thứ tự xếp hạng",
        "vị trí xếp hạng",
        "rank",
        "ranking",
    ),
}

# A pivot table's own captions over its headers: no meaning of their own.
_DECORATION = frozenset({"columnlabels", "nhancot", "values", "giatri:"})


@lru_cache(maxsize=1)
def _exact() -> dict[str, Role]:
    found: dict[str, Role] = {}
    for role, words in _TERMS.items():
        for word in words:
            found.setdefault(_tight(word), role)
    return found


# 'So sánh (%)': the share of the plan beside a plan, else a change.
COMPARISON = re.compile(r"^(?:so sanh|%\s*so (?:voi|sanh))\b")

# Parts of a whole: 'Trong đó: Nữ', 'Chia ra', 'Bao gồm', 'Trong số đó'.
_PART_OPENER = re.compile(
    r"^(?:trong (?:so )?do|chia ra|bao gom|of which|including)(?: co)?\s*[:\-–]?\s*"
)

# A pivot table's own words around a field's name.
_PIVOT_SUM = re.compile(r"^(?:sum of|tong cua|tong so cua|count of|dem cua|dem)\s+(.+)$")
_PIVOT_MEAN = re.compile(r"^(?:average of|trung binh cua|mean of)\s+(.+)$")

# Totals: the whole row, or the whole column, says it adds up the others.
_TOTAL = re.compile(
    r"^(?:tong cong|tong so|tong|cong|total|grand total|tong cuoi|sum|binh quan(?: chung)?|"
    r"trung binh(?: chung)?|average|mean|"
    r"toan (?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|thi tran|dang bo|nganh|khoi|"
    r"quoc|dang|don vi|vung|khu vuc))"
    r"(?:\s*(?:\([^)]*\)|\+|[ivx]+|toan (?:tinh|thanh pho|huyen|quan|thi xa|dang bo)"
    r"(?: [\w ]+)?|chung|cong|ca nuoc))*[\s:.]*$"
)


def is_total_label(text: object) -> bool:
    """Whether a row label or a column header says it adds up the others: 'Tổng cộng',
    'Cộng', 'Tổng số', 'Toàn tỉnh', 'Grand Total', 'Tổng cộng (I+II)'."""
    if not isinstance(text, str) or not text.strip():
        return False
    return bool(_TOTAL.match(plain(text).strip(" :.*")))


# Organisations and places, as offices name their units: 'Xã Tịnh Hà', 'Đảng bộ Khối cơ
# quan', 'Phường 5', 'UBND huyện Sơn Tịnh', 'TP Quảng Ngãi'.
_ORGANISATION = re.compile(
    r"^(?:xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|tp\.?|tinh|dang bo|chi bo|dang uy|"
    r"ubnd|uy ban|hdnd|ban|van phong|khoi|co quan|truong|benh vien|cong an|quan su|"
    r"bo chi huy|mat tran|lien doan|cum|thon|to dan pho|chi nhanh|"
    r"trung tam|cong ty|tong cong ty|doanh nghiep|toa an|vien kiem sat|thanh uy|"
    r"tinh uy|huyen uy|quan uy|thi uy|dang uy khoi)\b"
)
# Words whose accents tell an organisation from a common word: 'Sở' (not 'Số'), 'Ấp' (not
# 'áp dụng'), 'Hội', 'Đoàn', 'Viện'.
_ORGANISATION_ACCENTED = re.compile(
    r"^(?:sở|ấp|viện)\s|^hội\s+(?!viên|nghị|thảo|đồng|thi)|^đoàn\s+(?!viên|kết|thể|kiểm)"
)


def looks_like_unit(text: object) -> bool:
    """Whether a label names an organisation or a place (a unit), by how offices name them."""
    if not isinstance(text, str):
        return False
    return bool(_ORGANISATION.match(plain(text)) or _ORGANISATION_ACCENTED.match(name_key(text)))


@dataclass(frozen=True)
class PeriodPhrase:
    """A period stated in a text. `kind` is 'range' (explicit first and last days), 'until'
    ('đến ngày 30/11/2022': a day that ends a period or dates a stock), 'label' ('6 tháng
    đầu năm 2024', 'năm 2023', 'quý I/2021') or 'yearless' ('6 tháng', 'quý II', 'cả năm':
    the year comes from elsewhere). `period` is set for 'range', 'until' (the day) and
    'label'; `words` is what was matched, as written (for a 'yearless' phrase, its words
    for `parse_period` once a year is known)."""

    kind: Literal["range", "until", "label", "yearless"]
    period: Period | None
    words: str
    start: int
    end: int


_DAY = r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})"
_DAY_WORDS = r"(?:ngay\s*)?(?:" + _DAY + r"|(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4}))"
_RANGE = re.compile(
    r"(?:tinh\s+)?(?:tu|from)\s+" + _DAY_WORDS + r"\s*(?:den|toi|-|–|to)\s+" + _DAY_WORDS
)
_UNTIL = re.compile(
    r"(?:(?:tinh\s+)?den(?:\s+het)?|tai\s+thoi\s+diem|thoi\s+diem|as\s+(?:of|at)|until)\s+"
    + _DAY_WORDS
)
# A document's date line: 'Phú Yên, ngày 12 tháng 7 năm 2023', '…, ngày   tháng   năm 2024'.
_DATE_LINE = re.compile(
    r"(?:^|,)\s*ngay\s*(?:\d{1,2}|\.+|_+)?\s*thang\s*(?:\d{1,2}|\.+|_+)?\s*nam\s*\d{4}"
)
_LABELS = re.compile(
    r"(?:(?:3|03|6|06|9|09|ba|sau|chin|12|muoi hai) ?(?:thang|t)\b ?(?:dau |cuoi )?(?:nam |/ ?)?"
    r"\d{4}"
    r"|(?:quy|q) ?(?:i{1,3}|iv|[1-4])(?:/| nam |\s|-|\.)\s*\d{4}"
    r"|(?:thang|t) ?\d{1,2}\s*(?:/|-|\.|nam |\s)\s*\d{4}"
    r"|(?<![\d/.,-])\d{1,2}[/.-]\d{4}(?![\d/])"
    r"|nhiem ky \d{4}\s*[-–]\s*\d{4}|giai doan \d{4}\s*[-–]\s*\d{4}"
    r"|(?:ca )?nam \d{4}|(?<![\d/.,-])(?:19|20)\d{2}(?![\d/.,]))"
)
_YEARLESS = re.compile(
    r"(?<![\w/])(?:(?:3|03|6|06|9|09|ba|sau|chin|12) ?(?:thang|t\b)(?: dau| cuoi)?(?: nam)?"
    r"|t(?:1[0-2]|0?[1-9])(?![\w/])"
    r"|quy (?:i{1,3}|iv|[1-4])|thang \d{1,2}|ca nam|nam nay)(?![\w/])"
)
_WORD_DIGITS = (("ba thang", "3 thang"), ("sau thang", "6 thang"), ("chin thang", "9 thang"))


def _day(groups: tuple[str | None, ...]) -> dt.date | None:
    day, month, year = groups[0:3] if groups[0] else groups[3:6]
    try:
        return dt.date(int(year or 0), int(month or 0), int(day or 0))
    except ValueError:
        return None


def _label_period(words: str) -> Period | None:
    for word, digits in _WORD_DIGITS:
        words = words.replace(word, digits)
    # Offices' short forms: '6T 2024' (six months), 'T5-2024', 'tháng 6.2024', '06-2024'.
    words = re.sub(r"^(\d{1,2}) ?t\b ?", r"\1 thang ", words)
    words = re.sub(r"^(?:thang|t) ?(\d{1,2})\s*(?:[/.\-]|\s)\s*(\d{4})$", r"thang \1/\2", words)
    words = re.sub(r"^(\d{1,2})[.\-](\d{4})$", r"thang \1/\2", words)
    words = re.sub(r"^(quy|q) ?([ivx]+|[1-4])[.\-\s]\s*(\d{4})$", r"quy \2/\3", words)
    words = words.replace("thang /", "thang ").replace("thang/", "thang ")
    words = re.sub(r"^ca nam ", "nam ", words)
    words = re.sub(r"^giai doan ", "", words)
    words = re.sub(r"^q ?", "quy ", words) if re.match(r"^q ?[1-4i]", words) else words
    try:
        return parse_period(words)
    except PeriodParseError:
        return None


def find_period_phrases(text: str) -> list[PeriodPhrase]:
    """The period phrases a text states, in order: explicit ranges first claim their
    words, then 'đến ngày …', then labels, then labels without a year. A document's date
    line ('Phú Yên, ngày 12 tháng 7 năm 2023') states no period."""
    words = plain(text)
    if is_date_line(text):
        return []
    found: list[PeriodPhrase] = []
    taken = [False] * (len(words) + 1)

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def claim(start: int, end: int) -> None:
        for position in range(start, end):
            taken[position] = True

    for match in _RANGE.finditer(words):
        first, last = _day(match.groups()[0:6]), _day(match.groups()[6:12])
        if first is None or last is None or last < first:
            continue
        try:
            period = parse_period(
                f"từ {first.day}/{first.month}/{first.year} đến {last.day}/{last.month}/{last.year}"
            )
        except PeriodParseError:
            continue
        found.append(PeriodPhrase("range", period, match[0], match.start(), match.end()))
        claim(match.start(), match.end())
    for match in _UNTIL.finditer(words):
        if not free(match.start(), match.end()):
            continue
        day = _day(match.groups())
        if day is None:
            continue
        period = parse_period(day)
        found.append(PeriodPhrase("until", period, match[0], match.start(), match.end()))
        claim(match.start(), match.end())
    for match in _LABELS.finditer(words):
        if not free(match.start(), match.end()):
            continue
        labelled = _label_period(match[0])
        if labelled is None:
            continue
        found.append(PeriodPhrase("label", labelled, match[0], match.start(), match.end()))
        claim(match.start(), match.end())
    for match in _YEARLESS.finditer(words):
        if not free(match.start(), match.end()):
            continue
        found.append(PeriodPhrase("yearless", None, match[0], match.start(), match.end()))
        claim(match.start(), match.end())
    return sorted(found, key=lambda p: p.start)


def is_date_line(text: str) -> bool:
    """Whether a line is a document's place-and-date line ('Phú Yên, ngày 12 tháng 7 năm
    2023'): the day the document was signed, never a period."""
    words = plain(text)
    match = _DATE_LINE.search(words)
    if match is None:
        return False
    before = words[: match.start()].strip()
    return not re.search(r"(?:tu|den|tinh den|tai|thoi diem)\s*$", before)


def with_year(words: str, year: int) -> Period | None:
    """A period stated without its year ('6 tháng', 'quý II', 'cả năm') in a given year."""
    phrase = re.sub(r"^(\d{1,2}) ?t$", r"\1 thang", words.strip())
    phrase = re.sub(r"^t(\d{1,2})$", r"thang \1", phrase)  # 'T5': the fifth month
    if phrase in ("ca nam", "nam nay"):
        return _label_period(f"nam {year}")
    return _label_period(
        f"{phrase} nam {year}" if "nam" not in phrase.split()[-1:] else f"{phrase} {year}"
    )


@dataclass(frozen=True)
class Term:
    """What one header text means. `role` is None for a term chiso does not know; `rest`
    is what is left of the text once its role, period, part and unit of measure are taken
    (as written), which names an indicator or a unit when the table says so."""

    text: str
    role: Role | None = None
    period: Period | None = None
    yearless: str | None = None  # a period without its year ('6 tháng'), as plain words
    until: dt.date | None = None  # 'đến ngày 30/11/2022' inside the term
    part: str | None = None  # 'Nữ' for 'Trong đó: Nữ'; '' for a bare 'Trong đó'
    measure: str | None = None  # '(người)', '(%)'
    rest: str = ""
    comparison: bool = False  # 'So sánh (%)': a share of the plan or a change, by its neighbours
    pivot: bool = False


_FILLER = re.compile(r"\b(?:cac|theo|hang) (?:thang|quy|nam|ky)\b|\btrong (?:ky|nam|thang|quy)\b")
_PAREN = re.compile(r"\s*\(([^()]*)\)\s*$")
# Words left dangling once a period is taken out ('Mục tiêu đến năm 2025' -> 'Mục tiêu'):
# never 'năm' or 'tỉnh', whose letters without accents are 'Nam' (in 'Hà Nam', 'Nam giới').
_CONNECTIVES = re.compile(r"^(?:cua|trong|tai|vao|den)\s+|\s+(?:cua|trong|tai|vao|den)$")


# Phrases whose words vary but whose role does not.
_ACHIEVEMENT_WORDS = re.compile(
    r"\bso (?:voi )?(?:ke hoach|kh|chi tieu(?: giao)?|muc tieu|nghi quyet|nq)\b|\bth/kh\b"
    r"|\b(?:% )?(?:hoan thanh|dat) (?:ke hoach|kh|chi tieu)\b"
)
_CHANGE_WORDS = re.compile(
    r"^(?:tang|giam)\b.*\b(?:tang|giam)\b|^chenh lech|^thay doi|^bien dong|"
    r"\bso (?:voi |sanh voi )?(?:cung ky|nam truoc|ky truoc|nam \d{4}|quy truoc|thang truoc)\b"
    r"|\bth/ck\b|^\(?\+ ?/ ?-\)?|^tang truong|^toc do tang"
)
_RANK_WORDS = re.compile(r"^(?:xep hang|thu hang|hang|xep thu|vi tri)\b|^rank")
_TARGET_WORDS = re.compile(
    r"^(?:muc tieu|chi tieu)\s+(?:nghi quyet|nq|dai hoi|ke hoach|kh|giao|duoc giao|nhiem ky|"
    r"phan dau|den nam|nam|nhiem ky|cua)\b|^ke hoach\b|^kh\b"
)


def _role_by_pattern(words: str) -> Role | None:
    """A change ('Tăng (+), giảm (-) so với năm 2023'), a share of the plan ('Tỷ lệ so với
    chỉ tiêu (%)') or a rank ('Xếp hạng năm 2024'), whatever else the header says."""
    if _RANK_WORDS.search(words):
        return "rank"
    if _CHANGE_WORDS.search(words):
        return "change"
    if _ACHIEVEMENT_WORDS.search(words):
        return "achievement"
    if _TARGET_WORDS.search(words) and not find_period_phrases(words):
        return "target"
    return None


def _role_of(text: str) -> Role | None:
    return _exact().get(_tight(text)) if text.strip() else None


@lru_cache(maxsize=8192)
def read_term(raw: str) -> Term:
    """The meaning of one header text (see `Term`)."""
    text = normalize_text(raw)
    if not text:
        return Term(text)
    words = plain(text)
    if _tight(text) in _DECORATION:
        return Term(text, pivot=True)
    if (role := _role_of(text)) is not None:
        return Term(text, role=role, measure="%" if role == "rate" else None)
    if COMPARISON.match(words) and len(words.split()) <= 4:
        return Term(text, comparison=True)
    opener = _PART_OPENER.match(words)
    if opener:
        rest = text[opener.end() :].strip(" :-–")
        return Term(text, part=rest, rest=rest)
    if (pivot := _PIVOT_SUM.match(words)) is not None:
        return Term(text, role="count", rest=text[len(text) - len(pivot[1]) :], pivot=True)
    if (pivot := _PIVOT_MEAN.match(words)) is not None:
        return Term(text, role="rate", rest=text[len(text) - len(pivot[1]) :], pivot=True)
    if is_total_label(text):
        return Term(text, role="whole")
    if (role := _role_by_pattern(words)) is not None:
        return Term(text, role=role)
    # A period: the whole text ('Năm 2023', '2021', 'Quý II/2024'), or within it.
    try:
        return Term(text, role=None, period=parse_period(text))
    except PeriodParseError:
        pass
    core, measure = _without_measure(text)
    if core != text and (role := _role_of(core)) is not None:
        return Term(text, role=role, measure=measure)
    phrases = find_period_phrases(core)
    period: Period | None = None
    yearless: str | None = None
    until: dt.date | None = None
    rest_words = plain(core)
    for phrase in phrases:
        if phrase.kind == "yearless" and yearless is None:
            yearless = phrase.words
        elif phrase.kind == "until" and until is None and phrase.period is not None:
            until = phrase.period.start
        elif phrase.kind in ("label", "range") and period is None:
            period = phrase.period
        else:
            continue
        rest_words = rest_words.replace(phrase.words, " ")
    rest_words = re.sub(r"\(\s*\)", " ", rest_words)
    rest_words = _FILLER.sub(" ", rest_words)  # 'Thực hiện các tháng': the months follow
    rest_plain = " ".join(rest_words.split()).strip(" :-–,/")
    rest_plain = _CONNECTIVES.sub("", rest_plain).strip(" :-–,/")
    rest_text = _as_written(core, rest_plain)
    role = _role_of(rest_plain) if rest_plain else None
    if role is not None:
        return Term(
            text,
            role=role,
            period=period,
            yearless=yearless,
            until=until,
            measure=measure or ("%" if role == "rate" else None),
        )
    if not rest_plain and (period is not None or yearless is not None or until is not None):
        return Term(text, period=period, yearless=yearless, until=until, measure=measure)
    # An indicator written as a rate ('Tỷ lệ đảng viên … (%)') is a rate of that indicator.
    rate_words = bool(re.match(r"^(?:ty le|ti le|%)\b", rest_plain)) or measure in ("%", "‰")
    return Term(
        text,
        role="rate" if rate_words else None,
        period=period,
        yearless=yearless,
        until=until,
        measure=(measure or "%") if rate_words else measure,
        rest=rest_text,
    )


def _without_measure(text: str) -> tuple[str, str | None]:
    """A header without its trailing unit of measure: 'Số lượng (người)' -> ('Số lượng',
    'người'); 'Tỷ lệ (%)' -> ('Tỷ lệ', '%')."""
    from ..model.measures import is_measure

    paren = _PAREN.search(text)
    if paren is None:
        return text, None
    inner = paren[1].strip()
    if inner in ("%", "‰") or plain(inner) in ("phan tram", "percent", "%)"):
        return text[: paren.start()].strip(), inner if inner in ("%", "‰") else "%"
    if is_measure(inner):
        return text[: paren.start()].strip(), inner
    return text, None


def _as_written(text: str, plain_words: str) -> str:
    """The span of `text` whose plain form is `plain_words` (accents kept), or the plain
    words themselves when they cannot be found in order."""
    if not plain_words:
        return ""
    source = plain(text)
    start = source.find(plain_words)
    if start < 0:
        return plain_words
    # plain() keeps one character per character of the NFC text once spaces are folded
    folded = " ".join(normalize_text(text).split())
    if len(plain(folded)) == len(folded):
        return folded[start : start + len(plain_words)]
    return plain_words


# A stock is counted at a day ('Tổng số đảng viên', 'Số chi bộ hiện có'); a flow happens
# over a period ('Kết nạp đảng viên mới', 'Hồ sơ giải quyết'). 'Đến ngày …' dates a stock.
_FLOW = re.compile(
    r"\b(?:ket nap|khai tru|xoa ten|cho ra khoi|ky luat|khen thuong|duoc tang|tang huy hieu|"
    r"giai quyet|tiep nhan|chuyen (?:den|di|sinh hoat)|phat trien|moi|to chuc|doi thoai|"
    r"danh gia|ban hanh|thanh lap|giai the|sap nhap|dang ky|tham gia|phat sinh|trong ky|"
    r"trong nam|xu ly|kiem tra|giam sat|dao tao|boi duong|thu hut|tiep dan|luot)\b"
)
_STOCK = re.compile(
    r"\b(?:tong so|hien co|hien nay|so luong|dang sinh hoat|con lai|ton|ty le|ti le|so chi bo|"
    r"so dang vien|so to chuc|so co so)\b"
)


def is_stock(name: object) -> bool:
    """Whether an indicator counts what exists at a day (a stock: 'Tổng số đảng viên',
    'Đảng viên dự bị', 'Số chi bộ hiện có'), by its words: what happens over a period (a
    flow: 'kết nạp', 'giải quyết', 'được tặng') is not."""
    if not isinstance(name, str):
        return False
    words = plain(name)
    return bool(_STOCK.search(words)) or not _FLOW.search(words)


_RATE_NAME = re.compile(
    r"^(?:ty le|ti le|ty trong|ti trong)\b|\(\s*%\s*\)|\brate\b|\bpercent|\bshare\b|phan tram"
)


def is_rate_name(name: object) -> bool:
    """Whether an indicator's name says its figures are rates in per cent ('Tỷ lệ hộ nghèo',
    'Chỉ số hài lòng (%)', 'Poverty rate')."""
    return isinstance(name, str) and bool(_RATE_NAME.search(plain(name)))


# -- the rows of an official form that are not data --------------------------------------

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
