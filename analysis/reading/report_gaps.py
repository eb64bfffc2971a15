"""How far a report's figure is from its plan, its target or the norm (issue 20): a rate's
gap to its target in points («đạt 93,35% (vượt 0,15% so với Nghị quyết)», «đạt 36,3% so với
hợp đồng (nhanh 1,1% so với kế hoạch)»), a count over or
under the plan or the norm («vượt chỉ tiêu 9 đảng viên», «tiếp nhiều hơn quy định 59
ngày»), a share of the plan («vượt kế hoạch 31%», «đạt 38% so với quy định»).

Pure functions over one sentence's words.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .report_mentions import NumberMention
from .report_windows import ends_with_any, head_of, starts_with_any
from .report_words import OVER_THE_NORM


def over_the_norm(text: str, mention: NumberMention) -> NumberMention | None:
    """A count by how many it is over or under its plan or the norm, a change: «vượt chỉ
    tiêu 9 đảng viên», «ít hơn kế hoạch 3 lớp» (-3); None for any other."""
    norm = OVER_THE_NORM.search(head_of(text, mention.start))
    if mention.kind != "count" or norm is None:
        return None
    sign = -1 if norm[1].lower() in ("thấp hơn", "ít hơn", "thiếu") else 1
    return replace(mention, role="change", sign=sign)


def days_counted(text: str, end: int) -> str | None:
    """«ngày» or «giờ» right after a count that is a figure, not a duration: «hơn quy định 59
    ngày»."""
    days = re.match(r"\s+(ngày|giờ)(?!\w)", text[end:])
    return days[1] if days else None


def target_gap(text: str, mention: NumberMention, after: str) -> NumberMention | None:
    """A rate's gap to its target's rate, in points, not a share of the plan: «đạt 38,05%,
    vượt 0,05% so với chỉ tiêu», «đạt 86,25% dân số, thấp hơn 5,25% so với chỉ tiêu», «đạt
    93,35% (vượt 0,15% so với Nghị quyết 01/NQ-CP)», «đạt 93,5%, vượt 0,3%;»; or a count's
    to its plan or the norm (`over_the_norm`)."""
    if (norm := over_the_norm(text, mention)) is not None:
        return norm  # a count's: «vượt chỉ tiêu 9 đảng viên»
    gap = RATE_GAP.search(head_of(text, mention.start))
    unsaid = re.match(r"\s*(?:[;.),]|$)", text[mention.end :])  # «đạt 93,5%, vượt 0,3%;»
    if mention.kind != "percent" or gap is None or not (of_plan(after.lower()) or unsaid):
        return None
    sign = -1 if (gap[1] or gap[2]) in ("thấp hơn", "kém", "thiếu", "chậm") else 1
    return replace(mention, role="change", sign=sign)


def gap_of_a_rate(text: str, every: list[NumberMention], index: int) -> bool:
    """Whether a percentage is the gap of the rate said before it to that rate's target, in
    points: «chiếm tỷ lệ 35,1% lực lượng lao động, thấp hơn chỉ tiêu UBND tỉnh giao 0,4%»."""
    before = [m for m in every[:index] if m.is_figure]
    return bool(
        before
        and before[-1].kind == "percent"
        and RATE_GAP.search(text, before[-1].start, every[index].start)
        and RATE_GAP.search(head_of(text, every[index].start))
    )


def exceeded(mention: NumberMention, before: str, near: str, after: str) -> NumberMention | None:
    """A figure a plan or last year is exceeded by: «vượt 9 đơn vị so với kế hoạch giao», «(vượt
    15 tấn)» (how many more than planned) and «vượt 88% so với cùng kỳ» (a growth) are changes;
    «vượt 200%», «vượt kế hoạch 31%» a share of the plan reached; None for any other."""
    if (  # «(vượt 15 tấn)», «…, vượt 31 trường, bằng 110,9% kế hoạch»; not «đạt và vượt 30
        mention.kind == "count"  # chỉ tiêu», the targets met
        and ends_with_any(before, ("vượt",))
        and not ends_with_any(before, ("và vượt", "hoặc vượt"))
    ):
        return replace(mention, role="change", sign=1)
    if mention.kind != "percent":
        return None
    if ends_with_any(before, ("vượt",)) and LAST_YEAR.match(after):
        return replace(mention, role="change", sign=1)
    if ends_with_any(before, ("vượt",)) or ends_with_any(
        near, ("vượt kế hoạch", "vượt chỉ tiêu", "vượt dự toán")
    ):
        return replace(mention, measure=None, role="of_plan")
    return None


# A rate, then by how much it is over or under its target: «đạt 38,05%, vượt 0,05%».
RATE_GAP = re.compile(
    r"\d\s*%\)?(?:[^\d,;:%()]|\([^()\d]{0,20}\)){0,40}(?:,|\svà|\s\()\s*"  # «… (LLLĐ), thấp hơn»
    r"(?:(vượt|nhanh|chậm)(?:\s+(?:kế hoạch|chỉ tiêu"
    r"|mục tiêu|nghị quyết|quy định|tiến độ)(?:\s+đề ra)?)?"  # «vượt chỉ tiêu đề ra 4,3%»
    r"|(thấp hơn|cao hơn|kém|thiếu)(?:\s+(?:kế hoạch"
    r"|chỉ tiêu|mục tiêu|nghị quyết|quy định)(?:\s+[^\W\d]+){0,4}?)?)"  # «…, thấp hơn chỉ tiêu
    r"(?:\s+(?:hơn|gần|khoảng))?\s*$"  # UBND tỉnh giao 0,4%»; «vượt chỉ tiêu Tổng cục giao 13%»
)  # is a share of the plan, 113%
# Before a share of the plan: by how much it was exceeded («vượt 31% kế hoạch», «vượt chỉ
# tiêu Tổng cục giao 13%»).
EXCEEDED = re.compile(
    r"(?i)(?<!\w)vượt(?:\s+(?:kế hoạch|chỉ tiêu|dự toán|mức)"
    r"(?:(?:\s+của)?\s+[^\d,;:()%]{1,40}?\s+giao)?)?(?:\s+(?:là|hơn|gần|khoảng|trên))?\s*$"
)
# After a percentage: the earlier time it is compared with, not a plan.
LAST_YEAR = re.compile(
    r"^(?:so(?: với)? (?:thực hiện |kết quả )?(?:cùng kỳ|cùng thời điểm|năm trước|năm ngoái"
    r"|năm \d{4}|(?:19|20)\d{2}(?=\s*(?:[,;.()]|$))"  # «bằng 31% so với 2021 (4,77 …)»
    r"|(?:nửa )?nhiệm kỳ(?: trước)?|kỳ trước|giai đoạn trước|quý trước|tháng trước"
    r"|(?-i:CK|cK|ck))"  # «bằng 75,69% so với CK»: the same time, shortened
    r"|cùng kỳ"
    r"|(?:so(?: với)? )?(?:cùng )?vụ [^\W\d][^\d,;()%]{0,15}?"
    r"(?:năm trước|năm ngoái|năm \d{4}|trước))"
    r"(?!\w)"  # «bằng 98,7% vụ mùa năm trước»: the same season a year before
)  # «bằng 518,2% so với nửa nhiệm kỳ»: a ratio to an earlier period, not a plan
# After a percentage: its plan («đạt 60% kế hoạch năm», «vượt 106,4% so với chỉ tiêu tỉnh giao»).
PLANS = ("kế hoạch", "kh", "chỉ tiêu", "dự toán", "nghị quyết", "mục tiêu", "kịch bản",
         "giá trị hợp đồng")  # fmt: skip


def of_plan(after: str) -> bool:
    """Whether the words after a percentage name its plan («kế hoạch năm», «so với chỉ tiêu
    tỉnh giao», «nguồn vốn tỉnh giao») or the norm («so với quy định»), not an earlier time."""
    if starts_with_any(re.sub(r"^(?:theo|trên|của)\s+", "", after), PLANS):
        return True
    if re.match(r"^(?:nguồn vốn|vốn|kế hoạch vốn)(?:\s+\S+){0,3}?\s+giao(?!\w)", after):
        return True  # «đạt 61,8% nguồn vốn tỉnh giao»: the capital assigned
    compared = re.match(r"^so(?: với)? (.*)$", after)
    if compared is None or LAST_YEAR.match(after):
        return False
    words = compared[1].split()[:7]
    return any(w.strip(",.;)") in (*PLANS, "giao") for w in words) or any(
        " ".join(words).startswith(p) for p in (*PLANS, "quy định", "hợp đồng")
    )  # «đạt tỷ lệ bình quân 38% so với quy định»: the share of the days the law sets; «đạt
    # 36,3% so với hợp đồng»: of the work a contract sets


# After a «bằng» ratio that names nothing it is to, the earlier time named later in the
# sentence: the comparison that closes the list («…, bằng 98,01%; đàn bò 7.980 con, bằng
# 94,79%; đàn trâu 4.143 con, bằng 96,01% so cùng kỳ») or the change beside it («bằng 91,53%
# (giảm 25.848 con so với cùng kỳ năm trước)»).
_LAST_YEAR_LATER = re.compile(
    r"(?<!\w)(?:so(?: với)? (?:cùng kỳ|cùng thời điểm|năm trước|năm ngoái|(?-i:CK|ck))"
    r"|cùng kỳ năm (?:trước|ngoái))(?!\w)",
    re.IGNORECASE,
)
# Between such a ratio and that comparison: what makes it a share or a plan's.
_NOT_OF_LAST_YEAR = re.compile(
    r"(?<!\w)(?:chiếm|tổng số|trên tổng|kế hoạch|dự toán|chỉ tiêu|mục tiêu|nghị quyết"
    r"|(?-i:KH))(?!\w)",
    re.IGNORECASE,
)


def compared_later(text: str, end: int) -> bool:
    """Whether a ratio written «, bằng 98,01%» and naming nothing after it is to the same time
    a year before, named later in its sentence: the list's closing «so cùng kỳ», the change
    beside it «(giảm 25.848 con so với cùng kỳ năm trước)»; not «bằng 5% tổng số hộ»."""
    rest = text[end:]
    if not re.match(r"\s*(?:[,;(]|(?:tăng|giảm)\s)", rest, re.IGNORECASE):
        return False
    sentence = re.split(r"[.!?](?:\s|$)", rest, maxsplit=1)[0]
    later = _LAST_YEAR_LATER.search(sentence)
    return later is not None and not _NOT_OF_LAST_YEAR.search(sentence, 0, later.start())


__all__ = [
    "EXCEEDED",
    "LAST_YEAR",
    "PLANS",
    "compared_later",
    "days_counted",
    "exceeded",
    "gap_of_a_rate",
    "of_plan",
    "over_the_norm",
    "target_gap",
]
