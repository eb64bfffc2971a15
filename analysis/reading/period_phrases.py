"""Phrases that state a period in a title or a header, and a document's date line.

Offices write a period in many ways: a label ('6 tháng đầu năm 2024', 'Quý II/2024',
'6T 2024', 'T5-2024', 'nhiệm kỳ 2020-2025'), an explicit range ('quý I năm 2021 (tính từ
16/12/2020 đến 15/3/2021)'), a day that ends a period or dates a stock ('đến ngày
30/11/2022'), or words without their year ('6 tháng', 'quý II', 'cả năm') whose year the
title states. A document's place-and-date line ('Phú Yên, ngày 12 tháng 7 năm 2023') is the
day it was signed, never a period, and is told apart here. Each phrase is found with where
it stands in the text, so a header's other words can be read once the period is taken out.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from ..model.periods import Period, PeriodParseError, parse_period
from .role_words import plain


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
# From a day whose month and year, or year, are left to the end's: «từ ngày 1 – 31/8/2025»,
# «từ 01 đến 31/8/2025», «từ ngày 15/12 đến ngày 14/3/2021».
_SHORT_RANGE = re.compile(
    r"(?:tinh\s+)?tu\s+(?:ngay\s*)?(\d{1,2})(?:\s*[/.-]\s*(\d{1,2}))?\s*(?:den|toi|-|–)\s*"
    r"(?:ngay\s*)?(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
)
# From a day or a month, its year maybe left to the end's, to the end of a month: «từ ngày 1/7
# đến cuối tháng 10/2025», «từ tháng 7 đến hết tháng 10/2025».
_TO_MONTH = re.compile(
    r"(?:tinh\s+)?tu\s+(?:ngay\s*(\d{1,2})\s*[/.-]\s*|thang\s*)(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?"
    r"\s*(?:den|toi|-|–)\s+(?:(?:het|cuoi)\s+)?thang\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
)
# From a year or a school year to the end of a month: «giai đoạn từ năm 2020 đến tháng 6-2025»,
# «từ năm học 2015-2016 đến tháng 7-2020» (a school year opens in September).
_YEAR_TO_MONTH = re.compile(
    r"(?:tinh\s+)?tu\s+nam\s+(hoc\s+)?(\d{4})(?:\s*[-–]\s*\d{4})?"
    r"\s*(?:den|toi|-|–)\s+(?:(?:het|cuoi)\s+)?thang\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
)
# From a year to the end of a later one: «tính từ năm 2012 đến cuối năm 2016», «từ năm 2019 đến
# hết năm 2023», the whole years between, a flow; not a stock at the last day.
_YEAR_TO_YEAR = re.compile(
    r"(?:tinh\s+)?tu\s+nam\s+((?:19|20)\d{2})\s*(?:den|toi)\s+(?:het|cuoi)\s+nam\s+((?:19|20)\d{2})(?!\d)"
)
_UNTIL = re.compile(  # a time of day maybe first: «đến 6h00 giờ ngày 26/6/2022»
    r"(?:(?:tinh\s+)?den(?:\s+het)?|tai\s+thoi\s+diem|thoi\s+diem|as\s+(?:of|at)|until)\s+"
    r"(?:\d{1,2}\s*(?:h|gio)(?:\s*\d{2})?(?:\s+gio)?\s+)?" + _DAY_WORDS
)
# A day, or a span of days, without its year, which the report's gives: «tính đến ngày 30-6»,
# «tại thời điểm 31/5», «từ ngày 1/7 đến 30/11» (not a bare «3/9», a date that dates nothing).
_YEARLESS_DAYS = re.compile(
    r"(?:tinh\s+)?(?:tu\s+ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*(?:den|toi|-|–)\s*(?:ngay\s*)?"
    r"|(?:tinh\s+den|den(?:\s+het)?\s+ngay|(?:tai\s+)?thoi\s+diem)\s*(?:ngay\s*)?)"
    r"(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\s*[/.-]?\s*\d|\w)"
)
# A span of days in a bracket, without its year: «trong 5 ngày nghỉ lễ (29/4-3/5)», «(1/10
# đến 31/10)».
_BRACKETED_DAYS = re.compile(
    r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})\s*(?:[-–]|den|toi)\s*(\d{1,2})\s*/\s*(\d{1,2})\s*\)"
)
# A document numbered within its year, no period: «Quyết định số 22/2023», «Thông tư 02/2022».
_DOCUMENT_NUMBER = re.compile(
    r"(?<!\w)(?<!ky )(?<!ki )(?:quyet dinh|nghi dinh|nghi quyet|thong tu|chi thi|ket luan|ke hoach"
    r"|cong van|huong dan|quy dinh|thong bao|luat|qd|nq)(?:\s+so)?\s*\d{1,4}\s*/\s*\d{4}(?!\d)"
)
# A document's date line: 'Phú Yên, ngày 12 tháng 7 năm 2023', '…, ngày   tháng   năm 2024'.
_DATE_LINE = re.compile(
    r"(?:^|,)\s*ngay\s*(?:\d{1,2}|\.+|_+)?\s*thang\s*(?:\d{1,2}|\.+|_+)?\s*nam\s*\d{4}"
)
# A crop or processing season by its two years: «niên vụ 2022 - 2023», «vụ ép 2020/21», «vụ mía
# 2008-2009»; not «vụ đông xuân 2022-2023», a rice crop named by its months.
_SEASON = (
    r"(?:nien vu|vu)(?: ep| mia| duong| san xuat){0,3} (?:19|20)\d{2}\s*[-–/]\s*"
    r"(?:(?:19|20)\d{2}|\d{2})(?![\d/])"
)
_LABELS = re.compile(  # and a span of years, bare or after «năm»: «(2018-2023)», «năm 2018-2023»
    r"(?:(?<!\d)(?:1[0-2]|0?[1-9]|ba|sau|chin|muoi hai) ?(?:thang|t)\b ?(?:dau |cuoi )?"
    r"(?:nam |/ ?)?\d{4}"
    r"|(?:quy|q) ?(?:i{1,3}|iv|[1-4])(?:/| nam |\s|-|\.)\s*\d{4}"
    r"|(?:thang|t) ?\d{1,2}\s*(?:/|-|\.|nam |\s)\s*\d{4}"
    r"|(?<![\d/.,-])\d{1,2}[/.-]\d{4}(?![\d/])"
    r"|nhiem ky \d{4}\s*[-–]\s*\d{4}|giai doan \d{4}\s*[-–]\s*\d{4}"
    r"|nam hoc \d{4}\s*[-–/]\s*(?:\d{4}|\d{2}(?!\d))"
    r"|"
    + _SEASON
    + r"|(?:(?:ca )?nam |(?<![\d/.,-]))(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}(?![\d/]|[.,]\d)"
    r"|(?:ca )?nam \d{4}|(?<![\d/.,-])(?:19|20)\d{2}(?![\d/.,]))"
)
_YEARLESS = re.compile(
    r"(?<![\w/])(?:(?:(?:1[0-2]|0?[1-9]|ba|sau|chin) ?thang|(?:1[0-2]|0?[1-9]) ?t\b)"
    r"(?: dau| cuoi)?(?: nam)?"  # «6T»; not «nổi bật», «ba t…»
    r"|t(?:1[0-2]|0?[1-9])(?![\w/])"
    r"|quy (?:i{1,3}|iv|[1-4])|thang \d{1,2}|ca nam|nam nay)(?![\w/])"
)
# What a bare «N tháng» after it is how long, no period: «116 học sinh được hỗ trợ 3 tháng»,
# «kéo dài 2 tháng», «thời hạn 6 tháng».
_LASTING = re.compile(
    r"(?:ho tro(?: gao)?|duoc cap|keo dai|thoi gian|thoi han|tro cap|gia han|tam giam|phat tu"
    r"|tu giam|cach ly|moi hs nhan|nhan|cham|tre|som hon)\s+$"
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
    words = re.sub(r"^(?:giai doan|(?:ca )?nam(?= \d{4}\s*[-–]))\s", "", words)  # «năm 2018-2023»
    paired = re.fullmatch(  # «vụ ép 2020/21», «năm học 2023/24»: the second year's two digits
        r"(nien vu|vu|nam hoc)((?: ep| mia| duong| san xuat)*) (\d{4})\s*[-–/]\s*(\d{2}|\d{4})",
        words,
    )
    if paired:
        last = paired[4] if len(paired[4]) == 4 else f"{paired[3][:2]}{paired[4]}"
        kind = "nam hoc" if paired[1] == "nam hoc" else "nien vu"
        words = f"{kind} {paired[3]}-{last}"
    words = re.sub(r"^q ?", "quy ", words) if re.match(r"^q ?[1-4i]", words) else words
    try:
        return parse_period(words)
    except PeriodParseError:
        return None


def _to_month(match: re.Match[str]) -> Period | None:
    """The span of a «từ ngày 1/7 đến cuối tháng 10/2025» phrase, or None if it is none."""
    day, month, year, last_month, last_year = match.groups()
    if year is None:  # «từ tháng 12 đến tháng 3/2021»: the December before
        year = int(last_year) - (int(month) > int(last_month))
    try:
        if day is None or int(day) == 1:  # «từ ngày 1/7»: from July
            return parse_period(
                f"từ tháng {int(month)}/{year} đến tháng {int(last_month)}/{last_year}"
            )
        end = parse_period(f"tháng {int(last_month)}/{last_year}").end
        return parse_period(
            f"từ {int(day)}/{int(month)}/{year} đến {end.day}/{end.month}/{end.year}"
        )
    except PeriodParseError:  # a start after the end, a month that is none
        return None


def _year_to_month(match: re.Match[str]) -> Period | None:
    """The span of a «từ năm 2020 đến tháng 6-2025» phrase, or None if it is none."""
    school, year, last_month, last_year = match.groups()
    try:
        return parse_period(
            f"từ tháng {9 if school else 1}/{year} đến tháng {int(last_month)}/{last_year}"
        )
    except PeriodParseError:  # a start after the end, a month that is none
        return None


def _short_range(match: re.Match[str]) -> Period | None:
    """The span of a «từ ngày 1 – 31/8/2025» phrase: its start in its end's month and year,
    or in the year before when its month comes after the end's («từ 15/12 đến 14/3/2021»)."""
    day, month, last_day, last_month, year = match.groups()
    month = month or last_month
    first_year = int(year) - (int(month) > int(last_month))
    try:
        first = dt.date(first_year, int(month), int(day))
        last = dt.date(int(year), int(last_month), int(last_day))
        if last < first:
            return None
        return parse_period(f"từ {first.day}/{first.month}/{first.year} đến {last.day}/"
                            f"{last.month}/{last.year}")  # fmt: skip
    except (ValueError, PeriodParseError):
        return None


def _days_words(match: re.Match[str]) -> str | None:
    """A yearless day or span of days in the words `with_year` reads: «den 30/6», «tu 1/7 den
    30/11»; None when a day or a month is none («đến ngày 45/13»)."""
    day, month, last_day, last_month = (int(g) if g else None for g in match.groups())
    try:
        dt.date(2000, last_month or 0, last_day or 0)  # 2000: a leap year, «29/2» is a day
        if day is not None:
            dt.date(2000, month or 0, day)
    except ValueError:
        return None
    last = f"den {last_day}/{last_month}"
    return last if day is None else f"tu {day}/{month} {last}"


def _days_in(words: str, year: int) -> Period | None:
    """A yearless day or span of days (`_days_words`) in a year: a span ends in it and starts
    in the year before when its first month comes after its last («từ 15/12 đến 14/3»)."""
    found = re.fullmatch(r"(?:tu (\d+)/(\d+) )?den (\d+)/(\d+)", words)
    if found is None:
        return None
    day, month, last_day, last_month = (int(g) if g else None for g in found.groups())
    try:
        last = dt.date(year, last_month or 0, last_day or 0)
        if day is None:
            return parse_period(last)
        first = dt.date(year - ((month or 0) > (last_month or 0)), month or 0, day)
        return parse_period(f"từ {first.day}/{first.month}/{first.year} đến {last.day}/"
                            f"{last.month}/{last.year}")  # fmt: skip
    except (ValueError, PeriodParseError):
        return None


# A month named in words, as statistics offices write it («tháng Ba», «tháng Mười Hai»; never
# «tháng năm», months and years), and how many months, in words before «tháng đầu năm».
_MONTH_NAMED = re.compile(  # not «6 THÁNG NĂM 2024», six months of the year
    r"(?<!\d )(?<!\w)([Tt]háng|THÁNG)\s+(Mười\s+[Mm]ột|Mười\s+[Hh]ai|Một|Hai|Ba|Tư|Năm|Sáu"
    r"|Bảy|Tám|Chín|Mười|MƯỜI\s+MỘT|MƯỜI\s+HAI|MỘT|HAI|BA|TƯ|SÁU|BẢY|TÁM|CHÍN|MƯỜI)(?!\w)"
)
_MONTHS_COUNTED = re.compile(
    r"(?i)(?<!\w)(mười một|mười hai|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(\s+tháng)"
    r"(?=\s+(?:đầu năm|cuối năm|năm (?:19|20)\d{2}|qua|vừa qua)(?!\w))"
)
_NUMBER_WORDS = {
    "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12,
}  # fmt: skip


# Months «of» a year, as documents write them: «9 tháng của năm 2022» is «9 tháng năm 2022».
MONTHS_OF_YEAR = re.compile(r"(?i)(\d{1,2}\s+tháng(?:\s+đầu)?)\s+của\s+năm")


def months_in_digits(text: str) -> str:
    """The text with its months written in words in digits: «tháng Ba» -> «tháng 3», «Chín
    tháng đầu năm» -> «9 tháng đầu năm»."""

    def named(match: re.Match[str]) -> str:
        number = str(_NUMBER_WORDS[" ".join(match[2].lower().split())])
        return f"{match[1]} {number}"

    def counted(match: re.Match[str]) -> str:
        number = str(_NUMBER_WORDS[" ".join(match[1].lower().split())])
        return number + match[2]

    return _MONTHS_COUNTED.sub(counted, _MONTH_NAMED.sub(named, text))


# An average per person and month, no period: «thu nhập bình quân 1 người 1 tháng năm 2024» is
# the year's, not January's.
_PER_MONTH = re.compile(
    r"((?:1|01|mot)\s+(?:nguoi|nhan khau|khau|lao dong|ho)\s+)(1|01|mot)(?=\s+thang)"
)


def find_period_phrases(text: str) -> list[PeriodPhrase]:
    """The period phrases a text states, in order: explicit ranges first claim their
    words, then 'đến ngày …', then labels, then labels without a year. A document's date
    line ('Phú Yên, ngày 12 tháng 7 năm 2023') states no period."""
    words = _PER_MONTH.sub(lambda m: m[1] + "_" * len(m[2]), plain(text))
    if is_date_line(text):
        return []
    found: list[PeriodPhrase] = []
    taken = [False] * (len(words) + 1)

    def free(start: int, end: int) -> bool:
        return not any(taken[start:end])

    def claim(start: int, end: int) -> None:
        for position in range(start, end):
            taken[position] = True

    for match in _DOCUMENT_NUMBER.finditer(words):
        claim(match.start(), match.end())
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
    for match in _SHORT_RANGE.finditer(words):
        if free(match.start(), match.end()) and (span := _short_range(match)) is not None:
            found.append(PeriodPhrase("range", span, match[0], match.start(), match.end()))
            claim(match.start(), match.end())
    for match in _YEAR_TO_YEAR.finditer(words):
        if free(match.start(), match.end()) and int(match[1]) < int(match[2]):
            span = parse_period(f"từ năm {match[1]} đến năm {match[2]}")
            found.append(PeriodPhrase("range", span, match[0], match.start(), match.end()))
            claim(match.start(), match.end())
    for match in [*_TO_MONTH.finditer(words), *_YEAR_TO_MONTH.finditer(words)]:
        spanned = _to_month if match.re is _TO_MONTH else _year_to_month
        if free(match.start(), match.end()) and (span := spanned(match)) is not None:
            found.append(PeriodPhrase("range", span, match[0], match.start(), match.end()))
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
    for match in [*_YEARLESS_DAYS.finditer(words), *_BRACKETED_DAYS.finditer(words)]:
        if free(match.start(), match.end()) and (days := _days_words(match)) is not None:
            found.append(PeriodPhrase("yearless", None, days, match.start(), match.end()))
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
        lasting = re.fullmatch(r"\d{1,2} ?thang", match[0]) and _LASTING.search(
            words, max(0, match.start() - 30), match.start()
        )
        if not free(match.start(), match.end()) or lasting:
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
    if (days := _days_in(words.strip(), year)) is not None:
        return days  # «đến ngày 30-6», «từ ngày 1/7 đến 30/11»
    phrase = re.sub(r"^(\d{1,2}) ?t$", r"\1 thang", words.strip())
    phrase = re.sub(r"^t(\d{1,2})$", r"thang \1", phrase)  # 'T5': the fifth month
    if phrase in ("ca nam", "nam nay"):
        return _label_period(f"nam {year}")
    return _label_period(
        f"{phrase} nam {year}" if "nam" not in phrase.split()[-1:] else f"{phrase} {year}"
    )


def period_of(text: str) -> Period | None:
    """A period as a line writes it, or None."""
    try:
        return parse_period(text)
    except PeriodParseError:
        return None
