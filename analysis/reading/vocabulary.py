"""One vocabulary: what a header term, a row label or a title phrase means.

Every word chiso knows about office tables is looked up here, in Vietnamese (with and
without accents) and English. The words live by kind in their own modules and are named
here too, so a reading step has one place to ask: the role words (`role_words`: a count, a
base, a printed rate, a plan, the result, the same period last year, the share of the plan
achieved, a change, a rank, a note; the labels down the side), the phrases that state a
period (`period_phrases`: `6 tháng đầu năm 2024`, `quý I năm 2021 (tính từ 16/12/2020 đến
15/3/2021)`, `đến ngày 30/11/2022`) or a document's date (`Phú Yên, ngày 12 tháng 7 năm
2023`), and the form's own lines (`form_lines`: column numbers, signatures, notes). This
module reads a whole term with them (`read_term`): its role, its period, a part of a whole
(`Trong đó`, `Chia ra`), a total (`Tổng cộng`, `Cộng`, `Toàn tỉnh`, `Grand Total`), a pivot
table's own words, a unit of measure; and says whether a name is a unit, a stock or a rate.
A term it does not know is kept as written and listed, never guessed at.

Each distinct text is read once (`read_term` is cached).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from ..model.periods import Period, PeriodParseError, parse_period
from ..model.text import name_key, normalize_text
from .form_lines import FORM_NUMBER, is_note, is_signature, numbers_columns
from .period_phrases import PeriodPhrase, find_period_phrases, is_date_line, period_of, with_year
from .role_words import (
    DECORATION,
    LABEL_ROLES,
    NOT_READ_ROLES,
    Role,
    draft_role,
    plain,
    role_of,
    tight,
)

# The words every reading step looks up, in one place: the role words, the period phrases
# and the form's own lines live in their modules and are named here too.
__all__ = [
    "COMPARISON",
    "FORM_NUMBER",
    "LABEL_ROLES",
    "NOT_READ_ROLES",
    "PeriodPhrase",
    "Role",
    "Term",
    "draft_role",
    "find_period_phrases",
    "is_date_line",
    "is_note",
    "is_rate_name",
    "is_signature",
    "is_stock",
    "is_total_label",
    "looks_like_unit",
    "numbers_columns",
    "period_of",
    "plain",
    "read_term",
    "with_year",
]

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


@lru_cache(maxsize=8192)
def read_term(raw: str) -> Term:
    """The meaning of one header text (see `Term`)."""
    text = normalize_text(raw)
    if not text:
        return Term(text)
    words = plain(text)
    if tight(text) in DECORATION:
        return Term(text, pivot=True)
    if (role := role_of(text)) is not None:
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
    if core != text and (role := role_of(core)) is not None:
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
    role = role_of(rest_plain) if rest_plain else None
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
