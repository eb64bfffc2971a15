"""Whether a written report's percentage change is a rate's, in percentage points (issue 20):
the figure before it is a rate («chiếm tỷ lệ 1,97% (giảm 0,28%)», «đạt 95,5% - tăng 2,3 điểm»),
the clause names a rate («tỷ lệ hộ nghèo giảm 3,87%», «giảm 0,2% tỷ lệ hộ nghèo»), or it is a
rate's gap to its target or schedule («cao hơn 0,48% so với chỉ tiêu», «(nhanh 3,2%)»); not a
count's change with its share («giảm 87 hộ, chiếm tỉ lệ 9,1%»).

Pure functions over one sentence's numbers: no file is opened here.
"""

from __future__ import annotations

import re

from .report_mentions import NumberMention

ITS_COUNT_AFTER = re.compile(  # after a rate: «0,76%, tương đương với 6.014 người»
    r"(?i)\s*(?:,?\s*(?:với\s+(?:tổng số\s+)?|tương (?:đương|ứng)(?:\s+với)?\s+)"
    r"|\(\s*(?:tương (?:đương|ứng)(?:\s+với)?\s+)?)"  # «99,18% (tương đương 1.749.600 người)»
    r"(?:(?:khoảng|gần|trên|hơn|xấp xỉ)\s+)?"
)


_AHEAD = re.compile(r"[^\d,;:%()]{0,25}[,(]\s*(?:nhanh|chậm)(?:\s+hơn)?\s*")


def points_of_a_rate(text: str, every: list[NumberMention], index: int) -> bool:
    """Whether a change counted in «điểm» is a rate's, in percentage points: the figure right
    before it is that rate («đạt 95,5% - tăng 2,3 điểm so với tháng trước»), not a score
    («đạt 45,2 điểm, tăng 2,3 điểm»)."""
    before = [m for m in every[:index] if m.is_figure]
    return (
        bool(before)
        and (before[-1].kind, before[-1].role) == ("percent", "level")
        and bool(
            re.fullmatch(
                r"(?i)[^\d;]{0,40}?(?<!\w)(?:tăng|giảm)\s*",
                text[before[-1].end : every[index].start],
            )
        )
    )


def changes_a_rate(text: str, every: list[NumberMention], index: int) -> bool:
    """Whether a percentage change is a rate's (percentage points): the figure it follows is
    a rate, or the sentence speaks of a rate («tỷ lệ»)."""
    start = every[index].start
    if re.match(r"\s*%?\s*t[ỷỉ] lệ(?!\w)", text[every[index].end :], re.IGNORECASE):
        return True  # «giảm 0,2% tỷ lệ hộ nghèo»: the rate named after its change
    clause = max(text.rfind(";", 0, start), 0)  # «…; tỷ lệ hộ nghèo giảm 3,87%»: its own
    if not any(m.is_figure and m.start >= clause for m in every[:index]) and _RATE_NAMED.search(
        text, clause, start
    ):
        return True
    just_before = [m for m in every[:index] if m.is_figure]
    if _RATE_CHANGING.search(text, just_before[-1].end if just_before else clause, start):
        return True  # «…, thấp hơn quy định 1,23%, so cùng kỳ tỷ lệ án bị hủy, sửa giảm 0,01%»
    if (
        just_before
        and (just_before[-1].kind, just_before[-1].role) == ("percent", "change")
        and re.fullmatch(
            r"(?i)\s*[,(]?\s*(?:(?:cao|thấp)\s+hơn|tăng|giảm)\s*", text[just_before[-1].end : start]
        )
    ):  # «tăng trưởng đạt 7,5%, cao hơn 1,03% so với cùng kỳ»: the growth's own change
        return True
    if (
        just_before
        and just_before[-1].kind == "percent"
        and _AHEAD.fullmatch(text[just_before[-1].end : start])
    ):  # «đạt 37,5% so với hợp đồng (nhanh 3,2%)»: ahead of the schedule's rate
        return True
    planned = _OF_THE_PLAN.match(text, every[index].end)
    if planned and just_before and just_before[-1].kind == "percent":  # the plan's a rate, but
        shared = len(just_before) > 1 and just_before[-2].kind == "count"  # a count's share's
        if not shared or re.match(r"[^()]{0,60}\(\s*\d+(?:,\d+)?\s*%\s*\)", text[planned.end() :]):
            return True  # «chiếm 32,48%, cao hơn 0,48% so với chỉ tiêu UBND tỉnh giao (32%)»
    if (
        len(just_before) > 1
        and (just_before[-2].kind, just_before[-1].kind) == ("percent", "count")
        and ITS_COUNT_AFTER.fullmatch(text[just_before[-2].end : just_before[-1].start])
        and text[just_before[-2].end : just_before[-1].start].strip().startswith("(")
        and _RATE_NAMED.search(text, clause, just_before[-2].start)
    ):  # «tỷ lệ … đạt 99,18% (tương đương 1.749.600 người), tăng 5,56%»: the rate's change
        return True
    if just_before and just_before[-1].kind == "count":  # «giảm 87 hộ, chiếm tỉ lệ 9,1%»
        return False
    before = [m for m in every[:index] if m.is_figure and m.role == "level"]
    if (
        before
        and before[-1].kind == "percent"
        and re.fullmatch(r"\s*\(\s*(?:tăng|giảm)(?:\s+hơn)?\s*", text[before[-1].end : start])
    ):  # «chiếm tỷ lệ 1,97% (giảm 0,28% so với năm 2022)»: the rate's change
        return True
    if len(before) > 1 and before[-2].kind == "count" and before[-1].kind == "percent":
        between = text[before[-2].end : before[-1].start]  # «890 tỷ đồng (chiếm 82,7% …) …»
        named = re.search(r"(?i)\(\s*t[ỷỉ] lệ\s+(?!(?:là|đạt|chiếm)(?!\w))[^\W\d][^)]*$", between)
        if ";" not in between and re.search(r"\([^)]*$|(?<!\w)chiếm(?!\w)", between):
            return bool(named) or bool(  # the count's share, then the count's change; not a
                # rate named apart: «470 thí sinh không đạt (tỷ lệ đậu là 98,58%, tăng 1,5% …)»,
                re.search(r"(?i)(?:t[ỷỉ] lệ|\(\s*(?:chiếm|bằng))\s*$", between)  # nor a rate's
                and _CHANGE_AFTER_SHARE.fullmatch(text, before[-1].end, start)
            )  # change right after it: «57 trẻ, chiếm tỷ lệ 14,1% tăng 0,9% so với cùng kỳ»
    if before:
        return before[-1].kind == "percent"
    return bool(_RATE_NAMED.search(text, 0, start))


_RATE_NAMED = re.compile(r"(?i)(?<!\w)t[ỷỉ] lệ(?!\w)")
# A change right after a share, maybe what it is compared with first: «chiếm tỷ lệ 28%, so
# với năm 2016 tăng 4,48%».
_CHANGE_AFTER_SHARE = re.compile(  # «(bằng 12,82% so với tổng số … được đánh giá và tăng 1,71%»
    r"(?i)\s*(?:so với tổng số[^,;()\d]{0,60}?)?\s*(?:,|và)?\s*"
    r"(?:so với\s+(?:năm\s+\d{4}|cùng kỳ(?:\s+năm\s+\d{4})?|năm trước)\s*,?\s*)?"
    r"(?:tăng|giảm)\s*"
)
# A rate named, then its change's word, right before the change: «tỷ lệ án bị hủy, sửa giảm».
_RATE_CHANGING = re.compile(
    r"(?i)(?<!\w)t[ỷỉ] (?:lệ|suất)(?!\w)[^\d%;()]{0,60}(?:tăng|giảm)(?:\s+(?:hơn|khoảng|gần))?\s*$"
)
# A rate's change against its target, which is a rate too: «… so với kế hoạch», «… chỉ tiêu».
_OF_THE_PLAN = re.compile(r"(?i)\s*%?\s*so với\s+(?:kế hoạch|chỉ tiêu|nghị quyết|mục tiêu)(?!\w)")


__all__ = ["ITS_COUNT_AFTER", "changes_a_rate", "points_of_a_rate"]
