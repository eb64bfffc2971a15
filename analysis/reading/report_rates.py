"""The printed rate a written report's count has (issue 20): the next percentage of its
clause, linked to it by «đạt (tỷ lệ)», «chiếm», «bằng» or a bracket («9.728/9.897 đảng viên,
đạt 98,3%»), or, past another count, the share of the whole its measure counted before («xảy
ra 65 vụ, điều tra làm rõ 63 vụ, 94 đối tượng, đạt tỷ lệ 96,9%»).

Pure functions over one sentence's numbers.
"""

from __future__ import annotations

import re

from .report_lists import named_item
from .report_mentions import OTHER_PERIOD, printed_share
from .report_numbers import NumberMention

_RATE_LINK = re.compile(r"(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ|tương đương|=|\()", re.IGNORECASE)


def rate_beside(text: str, every: list[NumberMention], index: int) -> int | None:
    """The printed rate of a count or fraction: the next percentage of the same clause, with
    no other figure between, linked by «đạt (tỷ lệ)», «chiếm», «bằng» or a bracket."""
    mention = every[index]
    if mention.role != "level" or _paired(text, every, index - 1, index):
        return None  # «giải quyết 4.975 vụ/6.755 bị can, đạt tỷ lệ 95,9%»: the cases' rate
    for later in range(index + 1, len(every)):
        other = every[later]
        inside = text[mention.end : other.start]
        if later == index + 1 and _paired(text, every, index, later):
            continue  # the same cases counted in their accused, after the slash
        if other.kind != "percent" and inside.count("(") > inside.count(")"):
            continue  # «08 (có 01 đảng bộ và 07 chi bộ), chiếm tỷ lệ 15,67%»: its split
        if inside.count(")") > inside.count("("):  # «(…, cấp xã 538 hộ), … xét đạt 53,2%»:
            return None  # the bracket it stands in closed, the rate is another's
        if other.is_figure and other.kind != "percent":
            if (other.role, later) == ("change", index + 1):  # «57 giảm 02 trẻ, chiếm 14,1%»
                continue
            if _share_of_the_whole_before(text, every, index, later):  # «xảy ra 65 vụ, …
                return later + 1  # làm rõ 63 vụ, 94 đối tượng, đạt tỷ lệ 96,9%»: 63 of the 65
            return None
        if other.kind != "percent":
            continue
        between = re.sub(r"\([^()]*\)", " ", text[mention.end : other.start])
        if re.fullmatch(r"(?i)[^\d;:]{0,20};\s*(?:chiếm\s+)?t[ỷỉ] lệ\s*(?::\s*|\s)", between):
            return later  # «Tổng số hộ nghèo: 13.455 hộ; Tỷ lệ: 4,52%», «…; chiếm tỷ lệ 17,02%»
        if ";" in between or ":" in between:  # a list opened after the count is its own
            return None
        if other.role == "of_plan":  # «87.096/75.250 lượt, đạt 115,7% chỉ tiêu kế hoạch»
            return None
        if other.role != "level":  # «tăng 58,5% so với cùng kỳ, chiếm tỷ lệ 6%»: past it
            continue
        if named_item(text, other.start) not in (None, named_item(text, mention.start)):
            return None  # «30/64 tỉnh …, cao nhất như Cao Bằng 95%, …»: an item's own rate
        if OTHER_PERIOD.search(text, mention.end, other.start):  # «(năm 2017 đạt 90,4%)»
            return None
        count, base, rate = mention.value, mention.base, other.value  # «… trong đó: … có
        if count is not None and base and rate is not None and printed_share(count, base, rate):
            return later  # 116/227 trường, đạt tỷ lệ 51,1%»: a fraction's own share
        if other.part_of != mention.part_of:
            return None
        if _NAMED_RATE.search(between):  # «…, tỷ lệ hộ gửi tiết kiệm đạt 99%»: its own figure
            return None
        linked = (
            _RATE_LINK.search(between)
            or (  # «163 hộ, 26,63%.»: a comma alone
                re.fullmatch(r"[^\d,;:()]{0,20},\s*", between)
                and re.match(r"\s*(?:[,.;)]|$)", text[other.end :])
            )
            or (between.isspace() and not mention.measure)  # a table's row: «124907 48,6%»
        )
        return later if linked and len(between.split()) <= 30 else None
    return None


def _share_of_the_whole_before(
    text: str, every: list[NumberMention], index: int, later: int
) -> bool:
    """Whether the rate right after the count at `later` is the share of the count at `index`
    in a whole counted of its measure before it, not the share of that other count."""
    count, other = every[index], every[later]
    rate = next((m for m in every[later + 1 : later + 2] if m.kind == "percent"), None)
    if rate is None or not _RATE_LINK.search(text, other.end, rate.start):
        return False
    if re.search(r"[;:]", text[count.end : rate.start]) or _NAMED_RATE.search(
        text, other.end, rate.start
    ):  # «khám phá 37.679 vụ; …; tỷ lệ khám phá đạt 84,95%»: a rate of its own
        return False
    wholes = [
        m.value for m in every[:index]
        if m.kind == "count" and m.measure == count.measure and m.value
    ]  # fmt: skip
    if rate is None or rate.value is None or not wholes or count.value is None:
        return False
    return other.measure != count.measure and printed_share(count.value, wholes[-1], rate.value)


def _paired(text: str, every: list[NumberMention], first: int, second: int) -> bool:
    """Whether two counts are one thing counted two ways, paired by a slash: «4.975 vụ/6.755
    bị can»; not «866 lượt/964 lượt người», a share. Cases and their people may be paired by
    a comma too: «khám phá 186 vụ, 477 đối tượng (đạt 87,3%)»."""
    if first < 0 or every[first].kind != "count" or every[second].kind != "count":
        return False
    between = text[every[first].end : every[second].start]
    measures = ((every[first].measure or "").lower(), (every[second].measure or "").lower())
    if measures[0] in _CASES and measures[1] in _PEOPLE:
        return bool(re.fullmatch(r"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*[/,]\s*", between))
    return measures[0] != measures[1] and bool(
        re.fullmatch(r"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*/\s*", between)
    )


_CASES = ("vụ", "vụ án", "vụ việc", "việc")
_PEOPLE = ("đối tượng", "bị can", "bị cáo", "người", "đương sự")


# A rate named by what it measures, after the count: «tỷ lệ đúng hạn đạt 97%».
_NAMED_RATE = re.compile(
    r"(?i)(?<!\w)(?:t[ỷỉ] lệ|tốc độ|t[ỷỉ] suất|độ che phủ|công suất|hiệu suất|mức độ)\s+"
    r"(?!(?:đạt|là|chiếm|khoảng|trên|gần|hơn|bằng|tương ứng|này|dưới|từ|bình quân|trung bình)"
    r"(?!\w))[^\W\d]"  # «đạt tỷ lệ bình quân 51,1%» names no other rate; «…, tốc độ tăng dân
)  # số 0,61%», «…, công suất sử dụng phòng đạt 70%» do


__all__ = ["rate_beside"]
