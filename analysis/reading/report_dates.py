"""Whether a number written «a/b» in a report's sentence is a day and month («ngày 3/9»,
«(21/6)», «15/8/2022») or a fraction written the same way («12/12 nhiệm vụ», «6/7 chức
danh»; «Thanh Hải 11/15, Đồng Cốc 8/7, Tân Sơn 6/7 đảng viên»). Part of telling figures from
the numbers that are not (issue 20).

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .report_windows import ends_with_any, starts_with_any, words_after, words_before
from .report_words import CAPITAL, DATE_WORDS

DATE = re.compile(  # a stray space before the year too: «đến ngày 31/1/ 2024»; «ngày12/4/2021»
    r"(?:(?<![\w/.,])|(?<=ngày)|(?<=Ngày)|(?<=[^\W\d])(?=\d{1,2}/\d{1,2}/\d{4}(?!\d)))"
    r"(?P<d>\d{1,2})/(?P<m>\d{1,2})(?:/(?:\s(?=(?:19|20)\d{2}(?!\d)))?(?P<y>\d{2,4}))?"
    r"(?![\w/])"
)


def is_date(text: str, match: re.Match[str], *, counted: bool) -> bool:
    """«15/8/2022», «ngày 3/9», «(21/6)»: a day and month; not «12/12 nhiệm vụ» nor «6/7
    chức danh», fractions followed by what they count (`counted`: a unit of measure follows),
    nor an item of a list of names each with its fraction («Đồng Cốc 8/7» beside «Thanh Hải
    11/15»)."""
    day, month = int(match.group("d")), int(match.group("m"))
    if match.group("y") and len(match.group("y")) == 4 and 1 <= day <= 12 < month <= 31:
        return True  # «11/22/2018», a page's date in the American order
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    if match.group("y") is not None:
        return True
    before = words_before(text, match.start(), 2)
    up_to = ends_with_any(before, ("có đến", "có tới", "lên đến", "lên tới"))
    if ends_with_any(before, DATE_WORDS) and not (up_to and counted):
        return True  # «ngày 3/9»; «có đến 5/9 huyện» counts
    if _TODAY_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return True  # «diễn ra sáng nay - 24/12 tại Hà Nội»: the day it was said
    if _DAYS_BEFORE.search(text, max(0, match.start() - 80), match.start()):
        return True  # «các ngày 3/9, 5/9»: the days listed after «ngày»
    if _DAY_SPAN_BEFORE.search(text, max(0, match.start() - 20), match.start()):
        return True  # «từ ngày 22-25/8»: the last day of a span of days
    if _listed_with_fractions(text, match) or _rate_printed(text, match, day, month):
        return False  # «Trên chuẩn 02/02 (100%)»: a fraction, its rate beside it
    if (span := _DAY_SPAN_AFTER.match(text, match.end())) and _a_day(text, span) and not counted:
        return True  # «(1/10 đến 31/10)»: the first day of a span of days
    after = words_after(text, match.end(), 1)
    counted_by_word = (  # «vào 28/6 tới», «ngày … 15/3 vừa qua»: a day to come or just gone
        bool(after)
        and after[0].isalpha()
        and not starts_with_any(after, ("năm", "này", "tới", "sắp", "vừa"))
    )
    return not counted_by_word  # a fraction is followed by what it counts


_DAY = r"\d{1,2}/\d{1,2}(?:/\d{2,4})?"
_DAYS_BEFORE = re.compile(
    rf"(?i)(?<!\w)(?:ngày|hôm)\s+{_DAY}(?:\s*(?:,|và|-|–|đến)\s*{_DAY})*\s*(?:,|và|-|–|đến)\s*$"
)
_TODAY_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:sáng|chiều|tối|trưa|hôm|ngày)\s+(?:nay|qua|mai)\s*[-–,(]?\s*$"
)
_DAY_SPAN_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:ngày|từ|hôm|đêm)\s+\d{1,2}(?:/\d{1,2})?\s*[-–]\s*$"  # «từ 18/4 - 22/4»
)
_DAY_SPAN_AFTER = re.compile(
    r"\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?(\d{1,2})/(\d{1,2})(?![\d/]|[.,]\d)"
)


# The first day of a span whose last day names the month: «từ 25 đến 27/1», «từ ngày 20 -
# 27.4»; and a dashed day after its weekday: «chủ nhật (14-4)», «thứ năm (18-4)».
_FIRST_DAY = re.compile(
    r"(?i)(?<=từ )(?:ngày\s+)?(?:[12]?\d|3[01])"
    r"(?=(?P<rest>\s*(?:đến|tới|[-–])\s*(?:ngày\s+)?(?:[12]?\d|3[01])[/.](?:0?[1-9]|1[0-2])"
    r"(?:[/.](?:19|20)\d{2})?)"
    r"(?![\d/]|[.,]\d))"
)
_WEEKDAY_DAY = re.compile(
    r"(?i)(?<!\w)(?:chủ nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*[(,]?\s*"
    r"(?:[12]?\d|3[01])\s*[-–/.]\s*(?:0?[1-9]|1[0-2])(?![\w/–-]|[.,]\d)"
)


def days_named(text: str) -> Iterator[re.Match[str]]:
    """The days a sentence writes as plain numbers that are no figure: the first of a span
    whose last names the month («từ 25 đến 27/1»), not «từ 5 đến 7/7 xã»; a day after its
    weekday, with it («chủ nhật (14-4)»)."""
    for first in _FIRST_DAY.finditer(text):
        after = words_after(text, first.end() + len(first["rest"]), 1)
        if not after or not after[0].isalpha() or starts_with_any(after, ("năm",)):
            yield first
    yield from _WEEKDAY_DAY.finditer(text)


# A rate in a bracket right after an a/b: «02/02 (100%)», «(đạt 85,7%)».
_RATE_AFTER = re.compile(
    r"\s*\(\s*(?:(?:đạt|chiếm|tỷ lệ|tỉ lệ)\s+)?(\d{1,3}(?:,\d{1,2})?)\s*%\s*\)"
)


def _rate_printed(text: str, match: re.Match[str], day: int, month: int) -> bool:
    """Whether the rate bracketed after an a/b is its quotient, as printed: «02/02 (100%)»."""
    rate = _RATE_AFTER.match(text, match.end())
    return rate is not None and abs(day / month * 100 - float(rate[1].replace(",", "."))) < 0.6


def _a_day(text: str, span: re.Match[str]) -> bool:
    """Whether the a/b after «đến» is a day and month that nothing counts: «(1/10 đến 31/10)»,
    not «từ 5/7 đến 7/7 xã»."""
    after = words_after(text, span.end(), 1)
    counted = bool(after) and after[0].isalpha() and not starts_with_any(after, ("năm",))
    return 1 <= int(span[1]) <= 31 and 1 <= int(span[2]) <= 12 and not counted


# An item of a list of names, each with its a/b: «là Thanh Hải 11/15, Đồng Cốc 8/7».
_NAMED_FRACTION = re.compile(
    rf"(?:^|[,;:]|\s(?:là|như))\s*{CAPITAL}[^\W\d_]*(?:\s+{CAPITAL}[^\W\d_]*){{0,3}}\s+"
    r"(\d{1,3})\s*/\s*(\d{1,3})(?![\d/])"
)


def _listed_with_fractions(text: str, match: re.Match[str]) -> bool:
    """Whether the a/b is an item of a list of names each with its a/b, another of which can
    be no day and month: «Thanh Hải 11/15, Đồng Cốc 8/7, Tân Sơn 6/7 đảng viên»."""
    start = max(0, match.start() - 120)
    items = list(_NAMED_FRACTION.finditer(text[start : match.end() + 120]))
    mine = [i for i in items if i.start(1) + start == match.start()]
    others = [i for i in items if i not in mine]
    return bool(mine) and any(int(i[1]) > 31 or int(i[2]) > 12 for i in others)


__all__ = ["DATE", "days_named", "is_date"]
