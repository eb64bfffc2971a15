"""Where a bare number of a written report's sentence names something rather than counts it
(issue 20): an address («Tổ dân phố 5», «Tổng đài … 111»), a coordinate, a file's path or a
place named by a date («Hội trường 2-9»), an article («Điều 12», «điểm 3 khoản 2») or a
document («Kết luận 21», «ban hành Chỉ thị số 28»). `report_number_kinds` asks these
questions among its others.

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import re

from ..model.measures import AMOUNT_MEASURES, COUNT_MEASURES
from .report_windows import ends_with_any, head_of, measure_after
from .report_words import ADDRESS_WORDS, ARTICLE_WORDS, DOCUMENT_WORDS, OVER_THE_NORM

# What a count counts when it counts whole things, people or cases.
WHOLE_THINGS = frozenset(m.lower() for m in COUNT_MEASURES)

_ISSUED = re.compile(
    r"(?i)(?<!\w)(?:ban hành|thực hiện|triển khai|theo)(?:\s+[^\W\d]+){1,3}\s+số\s*$"
)

# The rest of a coordinate after its number: «(107047 - 107050) độ Kinh đông», «vĩ độ Bắc».
COORDINATE = re.compile(
    r"(?i)\s*(?:[-–]\s*[\d.,]+\s*)?[°'’″\"]?\s*(?:độ\s+)?(?:kinh|vĩ|vỹ)(?:\s+độ)?\s+"
    r"(?:đông|tây|bắc|nam)(?!\w)"
)


def addresses(text: str, match: re.Match[str], before3: str) -> bool:
    """Whether a number after an address's word is the address («Tổ dân phố 5»): not a count
    of cases («của Đảng bộ Khối 107 trường hợp»), a decimal or a bracket's («Bộ Nông nghiệp và
    Phát triển nông thôn (1,8 triệu lượt)»)."""
    if _HOTLINE.search(head_of(text, match.start())) and not measure_after(text, match.end()):
        return True  # «Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 đã tiếp nhận …»
    written = text[max(0, match.start() - 60) : match.start()].split()[-2:]  # «Hải Phòng 5»
    named = len(written) == 2 and all(w[:1].isupper() for w in written)
    named = named and written[0].lower() not in ("tại", "ở", "trong", "của", "và", "các", "số")
    return (
        ends_with_any(before3, ADDRESS_WORDS)
        and not named
        and not _counts_people_or_cases(text, match)
        and "," not in match[0]
        and not text[: match.start()].rstrip().endswith("(")
    )


def in_a_name(text: str, match: re.Match[str]) -> bool:
    """Whether a number is part of a file's or a page's path copied with the text («Media/50_
    QuynhHoang/…/4-20220602042545-e.jpg») or of a place named by a date («Hội trường 2-9»,
    «Quảng trường 3-2»): what it is called, not how many."""
    start = max(text.rfind(" ", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
    ends = re.search(r"\s|$", text[match.end() :])
    token = text[start : match.end() + (ends.start() if ends else 0)]
    if _PATH.search(token):
        return True
    head = head_of(text, match.start())  # «Hội trường 2-9»: its day, then its month
    day = re.search(_DATE_NAMED.pattern + "$", head) and re.match(
        r"\s*[-/]\s*\d{1,2}(?![\d.,])", text[match.end() :]
    )
    return bool(day or re.search(_DATE_NAMED.pattern + r"\d{1,2}\s*[-/]\s*$", head))


def an_articles_number(match: re.Match[str], before3: str) -> bool:
    """«Điều 12», «điểm 3 khoản 2»: an article's number; not a score («với số điểm 47,8»), nor
    a count after a word an article's word closes («giải quyết dứt điểm 45 kiến nghị»)."""
    return (
        ends_with_any(before3, ARTICLE_WORDS)
        and "," not in match[0]
        and not ends_with_any(before3, _ARTICLE_WORD_INSIDE)
    )


# Words an article's word closes that are no article: «dứt điểm», «thí điểm», «cổ phần»,
# «huy chương».
_ARTICLE_WORD_INSIDE = (
    "dứt điểm",
    "trọng điểm",
    "thí điểm",
    "cổ phần",
    "thành phần",
    "hạng mục",
    "huy chương",
)  # «31 huy chương (22 huy chương vàng, …)»: medals
_PATH = re.compile(
    r"(?i)_\w|\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|html?|aspx?)\b"  # not «kg/người/năm»
)
_VENUE = (
    r"(?:hội trường|quảng trường|công viên|sân vận động|nhà thi đấu|cung văn hóa|nhà văn hóa"
    r"|cầu|đường|phố)"
)
_DATE_NAMED = re.compile(rf"(?i)(?<!\w){_VENUE}\s+")
_HOTLINE = re.compile(r"(?i)(?<!\w)(?:tổng đài|đường dây nóng)(?!\w)[^,;.\d]{0,60}$")


def _counts_people_or_cases(text: str, match: re.Match[str]) -> bool:
    counted = (measure_after(text, match.end()) or "").lower()  # or an amount: «… 1.600m2»
    return counted not in ("", *ADDRESS_WORDS) and (
        counted in WHOLE_THINGS or counted in AMOUNT_MEASURES
    )


def names_a_document(text: str, match: re.Match[str], before1: str, before3: str) -> bool:
    """«Kết luận 21», «Nghị quyết (NQ) 28», «ban hành Chị thị số 28» (a document, its name
    misspelt); not «kết luận 01 chi ủy», which counts what was concluded on, nor «tổng số 28
    văn bản»."""
    named = re.sub(r"\s+[^\s()]+\)$", "", before3.removesuffix(" số"))
    if (
        (ends_with_any(named, DOCUMENT_WORDS) or ends_with_any(before3, DOCUMENT_WORDS))
        and "," not in match[0]  # «Bộ Kế hoạch và Đầu tư (6,8 triệu lượt»: no number of one
        and not before3.endswith("kỷ luật")  # «Luật 29», not «kỷ luật 29 tổ chức đảng»
        and not OVER_THE_NORM.search(head_of(text, match.start()))  # «hơn quy định 59 ngày»
        and (
            before1 == "số"
            or not measure_after(text, match.end())
            or ends_with_any(before3, ("ban chỉ đạo", "bcđ"))  # «Ban Chỉ đạo 389 tỉnh»
        )
    ):
        return True
    return (
        before1 == "số"
        and _ISSUED.search(head_of(text, match.start())) is not None
        and not before3.endswith("tổng số")
        and not measure_after(text, match.end())
    )


__all__ = [
    "COORDINATE",
    "WHOLE_THINGS",
    "addresses",
    "an_articles_number",
    "in_a_name",
    "names_a_document",
]
