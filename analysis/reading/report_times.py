"""How many times another figure a report's figure is (issue 20): «gấp 4,6 lần» is so many
times last year's, 460% of it, or the plan's when it names it («gấp 11 lần chỉ tiêu»), a
change when compared with another time, a level in «lần» when compared with another group
(«cao gấp 1,35 lần thu nhập của lao động nữ»); and the points a part contributed to a
growth («đóng góp 2,1 điểm phần trăm vào mức tăng»).

Pure functions over one sentence's numbers: no file is opened here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal
from typing import Literal

from .report_mentions import NumberMention


def times_over(text: str, mention: NumberMention) -> NumberMention:
    """«gấp 4,6 lần», «gấp gần 2,3 lần»: how many times last year's, 460% of it, or the
    plan's when it names it («gấp 11 lần chỉ tiêu»), unless it is compared with another time
    («tăng gấp 3 lần so với năm 2011»: a change in «lần»)."""
    if (
        mention.kind != "count"
        or (mention.measure or "").lower() != "lần"
        or mention.value is None
        or not _TIMES_OVER.search(text, max(0, mention.start - 30), mention.start)
    ):
        return mention
    if _OF_THE_COUNTRY.match(text, mention.end):  # «gấp 1,65 lần mức bình quân chung cả
        return replace(mention, kind="ordinal")  # nước»: how it stands among others, a rank
    if _OF_ANOTHER.match(text, mention.end):  # «thu nhập của lao động nam cao gấp 1,35 lần
        return mention  # thu nhập của lao động nữ»: so many times another's, no time's
    if re.match(r"\s*lần\s+so\s+với\s+(?!cùng kỳ|kế hoạch|chỉ tiêu|mục tiêu|dự t|dự kiến|ước tính)",
                text[mention.end :]):  # fmt: skip
        return replace(mention, role="change", sign=1)  # so many times that time's: a change
    written = mention.text.strip().replace(".", "").replace(",", ".")
    times = (  # «2,345 lần»: a decimal comma, not thousands; «gấp ba lần»: its value
        Decimal(written) if re.fullmatch(r"\d+(?:\.\d+)?", written) else mention.value
    ) * 100
    times = times.quantize(Decimal(1)) if times == times.to_integral_value() else times.normalize()
    planned = re.match(r"\s*lần\s+(?:so với\s+)?(?:kế hoạch|chỉ tiêu|mục tiêu|dự toán|dự tính|dự"
                       r" kiến|ước tính|kh)(?!\w)",
                       text[mention.end :], re.IGNORECASE)  # fmt: skip
    role: Literal["of_plan", "of_last_year"] = "of_plan" if planned else "of_last_year"
    return replace(mention, kind="percent", value=times, measure=None, role=role)  # «gấp 11
    # lần chỉ tiêu đề ra»: 1.100% of the plan


def times_in_digits(text: str) -> str:
    """The text with a ratio written in words in digits: «tăng gấp đôi» -> «tăng gấp 2 lần»,
    «gấp rưỡi» -> «gấp 1,5 lần», «gấp ba lần» -> «gấp 3 lần» (not «gấp năm 2022»)."""
    return _TIMES_IN_WORDS.sub(lambda m: f"{m[1]} {_TIMES_WORDS[(m[2] or m[3]).lower()]} lần", text)


_TIMES_WORDS = {"đôi": "2", "rưỡi": "1,5", "ba": "3", "bốn": "4", "năm": "5", "mười": "10"}
_TIMES_IN_WORDS = re.compile(
    r"(?i)(?<!\w)(gấp)\s+(?:(đôi|rưỡi|ba|bốn|mười)(?:\s+lần)?|(năm)\s+lần)(?!\w)"
)
_TIMES_OVER = re.compile(r"(?i)(?<!\w)gấp(?:\s+(?:gần|hơn|khoảng|trên))?\s*$")
_OF_ANOTHER = re.compile(  # the words after «lần» name no time («bình quân tháng» is none), plan
    r"(?i)\s*lần\s+(?!(?:\S+\s+){0,5}?(?<!quân )(?:năm|tháng|quý|kỳ|ngày|tuần|trước|đây|ngoái"
    r"|kế hoạch|chỉ tiêu|mục tiêu|dự toán|dự tính|dự kiến|ước tính|giai đoạn|nhiệm kỳ|kh|lúc|khi"
    r"|thời|\d{4})(?!\w))"
    r"(?:so với\s+)?(?!(?:và|hoặc|nhưng|so|với)(?!\w))[^\W\d]"
)
_OF_THE_COUNTRY = re.compile(  # a ratio to an average of many places, not to a time before
    r"(?i)\s*lần\s+(?:so với\s+)?(?:mức\s+)?(?:bình quân|trung bình)(?:\s+chung)?(?:\s+của)?"
    r"\s+(?:cả nước|toàn quốc|các tỉnh|toàn vùng|vùng)(?!\w)"
)


def contributed(text: str, mention: NumberMention) -> NumberMention:
    """A sector's contribution to the growth, in points: a level of its own, not a change,
    signed as said: «đóng góp tăng 0,15 điểm phần trăm», «làm giảm 0,65 điểm phần trăm mức
    tăng chung» (-0,65)."""
    said = _CONTRIBUTED.search(text, max(0, mention.start - 40), mention.start)
    points = (mention.measure or "").lower() in ("điểm phần trăm", "điểm %")
    if said is None or mention.role != "change" or mention.value is None:
        return mention
    if not (points or _INTO_GROWTH.match(text, mention.end)):
        return mention
    value = -mention.value if (said[1] or said[2] or "").lower() == "giảm" else mention.value
    return replace(mention, role="level", sign=1, value=value)


_CONTRIBUTED = re.compile(
    r"(?i)(?<!\w)(?:đóng góp(?:\s+(tăng|giảm))?|làm\s+(tăng|giảm))"
    r"(?:\s+(?:khoảng|gần|hơn|thêm))?\s*$"
)
_INTO_GROWTH = re.compile(r"(?i)\s*%?\s*(?:vào|cho|trong)\s+(?:mức\s+|tốc độ\s+)?tăng")


__all__ = ["contributed", "times_in_digits", "times_over"]
