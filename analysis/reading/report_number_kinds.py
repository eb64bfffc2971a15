"""What a number standing alone in a written report's sentence is (issue 20), from the words
around it: a count, or one of the numbers that must never become a figure — an ordinal, a
rank and those it ranks among («xếp 9/63», «cao nhất trong 21 tỉnh»), a date, a document's
number («Kết luận 21»), an article, an address («Tổ dân phố 5»), an age, a copy count
(«(03 bản)»), how many items a text lists («05 nguyên tắc»), a duration («03 năm») or a target
(«phấn đấu trên 95%»). `report_numbers` finds the numbers; this module names their kind.

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .report_mentions import MentionKind
from .report_number_names import (
    COORDINATE,
    WHOLE_THINGS,
    addresses,
    an_articles_number,
    in_a_name,
    names_a_document,
)
from .report_windows import (
    aimed_at,
    at_least,
    class_bound,
    clause_of,
    ends_with_any,
    head_of,
    measure_after,
    measure_named_before,
    starts_with_any,
    targeted,
    words_after,
    words_before,
)
from .report_words import (
    AGE_WORDS,
    CAPITAL,
    COPY_WORDS,
    DOCUMENT_WORDS,
    FLOOR_WORDS,
    LISTING_WORDS,
    ORDINAL_WORDS,
    OVER_THE_NORM,
    REACHED_BEFORE,
    TARGET_WORDS,
    TIME_UNITS,
    places_named,
)

# What a count of whole people or things is counted in.

# A rank («xếp 9/63», «đứng vị trí thứ 2/63», «xã thứ 22/161», «top 10»), a rating («3 sao»),
# one of many; not a rank's change, a figure in «bậc» («tăng 26 bậc so với năm 2021»).
RANK_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:xếp|đứng|hạng|top|tốp|vị trí|vị thứ|thứ)(?:\s+(?:hạng|vị trí|vị thứ|thứ)){0,2}"
    r"\s*$"
)
_RANK_CHANGED = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|tụt|thăng|lùi)(?:\s+(?:thêm|được|hạng))?\s*$")
_RANK_AFTER = re.compile(r"(?i)^\s*(?:(?:[-–]\s*\d+\s*)?(?:bậc|hạng|sao)(?!\w)|trong(?: số)? \d)")
_DISTANCE = re.compile(r"(?i)(?<!\w)cách\s+[^,;.\d]{0,40}$")  # «cách trung tâm huyện 60 km»
_LENGTHS = ("km", "m", "mét")


# A range of numbered weeks, grades, rounds or classes: «tuần 32-34», «lớp 10-12».
_NUMBERED_RANGE = re.compile(r"(?i)(?<!\w)(?:tuần|lớp|khóa|khoá|đợt|mũi|nhóm)\s+\d{1,2}\s*[-–]\s*$")

# The first of a ranking: «sau số 1 PCI 2022, nhận số 1 PAPI 2022».
_NUMBER_ONE = re.compile(r"(?i)(?<!\w)(?:nhận|sau|đứng|xếp|giữ|là|vị trí|hạng|giành)\s+số\s*$")


# A list of numbered things, the number after the first: «tiêm mũi 01, 02», «Nghị quyết Trung
# ương 4, 5 và 6», «khóa 12, 13»; each one after the one before it.
_NUMBERED_LIST = re.compile(
    r"(?i)(?<!\w)(?:"
    + "|".join(re.escape(w) for w in sorted((*ORDINAL_WORDS, "mức", "loại"), key=len, reverse=True))
    + r")\s+(?:số\s+)?(?:\d{1,2}\s*(?:,|và|[-–])\s*)*(?P<last>\d{1,2})\s*(?:,|và|&)\s*$"
)


def _listed_ordinal(text: str, match: re.Match[str]) -> bool:
    """Whether a number goes on a list of numbered things after a bigger one's number."""
    listed = _NUMBERED_LIST.search(head_of(text, match.start()))
    return (
        listed is not None
        and re.fullmatch(r"\d{1,2}", match[0]) is not None
        and int(match[0]) > int(listed["last"])
        and not measure_after(text, match.end())
    )


# The land a yield is per: «trên 1 ha canh tác», «trên 01 ha đất trồng trọt».
_PER_HECTARE = re.compile(
    r"(?i)(?:ha|héc ta|hecta)\s+(?:đất\s+)?(?:canh tác|trồng trọt|sản xuất|nông nghiệp|gieo trồng)"
)
# A fraction aimed at in its clause, not reached: «Năm 2022, xã phấn đấu hoàn thành 19/19
# tiêu chí».
AIMED_FRACTION = re.compile(r"(?i)(?<!\w)(?:phấn đấu|đặt mục tiêu|đề ra mục tiêu)(?!\w)")
# A density per so many people: «29,9/1 vạn dân», «12,5 bác sĩ/vạn dân», «32 giường bệnh/10.000
# dân», «15,2/1.000 dân», «81,50 máy/100 dân»: one level, not a fraction of 1 or of 10.000.
_PER_POPULATION = re.compile(
    r"(?<![\w.,/])(?P<a>\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s*(?P<m>(?:[^\W\d]+\s*){0,3}?)/\s*"
    r"(?P<per>(?:1\s+)?(?:vạn|nghìn|ngàn|triệu)|1[.,\s]?000|10[.,\s]?000|100[.,\s]?000|100)\s+"
    r"(?P<who>dân số|dân|người dân|người|trẻ đẻ sống|trẻ đẻ ra sống|trẻ sinh sống)(?!\w)",
    re.IGNORECASE,
)


def per_population(text: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each density per so many people of a sentence, and its unit: what it counts (after the
    number, else named before it, «số giường bệnh đạt 29,9/1 vạn dân») per whom."""
    for match in _PER_POPULATION.finditer(text):
        counted = match["m"].strip() or measure_named_before(text, match.start()) or ""
        yield match, f"{counted}/{match['per']} {match['who']}".strip()


def number_value(written: str) -> Decimal:
    """«9.728» -> 9728, «4,5» -> 4.5, «05» -> 5; «168.9» (a dot before one or two digits,
    no comma) -> 168.9; «3,286,743» (commas between groups of three) -> 3286743."""
    if "," not in written and re.fullmatch(r"\d+\.\d{1,2}", written):
        return Decimal(written)
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", written):  # «3,286,743»: thousands, English
        return Decimal(written.replace(",", ""))
    return Decimal(written.replace(".", "").replace(",", ".").replace(" ", ""))


def _copies(text: str, match: re.Match[str]) -> bool:
    """«(03 bản)», «in 05 bản, lưu VT»: copies of the document; «gồm 8 bản có vị trí …», «3
    thôn, 1 bản, 2 tổ dân phố» count villages."""
    tail = text[match.end() :].lstrip()[3:].lstrip()
    opened = text.rfind("(", 0, match.start()) > text.rfind(")", 0, match.start())
    if opened or not tail or tail[0] == ")":
        return True
    filed = _FILED.search(text[max(0, match.start() - 30) : match.start()])
    then = tail[1:].lstrip().lower() if tail[0] in ".;,:" else tail.lower()
    return bool(filed and tail[0] in ".;,:") or then.startswith(("lưu", "sao", "vt"))


# Words that say a document is printed, kept or sent: «in 05 bản», «Lưu: VT, 02 bản».
_FILED = re.compile(r"(?i)(?<!\w)(?:in|lưu|sao|gửi|nhận|vt)(?!\w)")


_DOCUMENT_LIST = re.compile(
    r"(?:" + "|".join(DOCUMENT_WORDS) + r")(?:\s+số)?\s+\d+[a-zđ]?(?:\s*,\s*\d+[a-zđ]?)*"
    r"\s*(?:,|và)\s*$"
)


# The words of a rank before those it ranks among: «cao nhất trong», «thứ 3 trong».
_RANKED_AMONG = re.compile(
    r"(?i)(?<!\w)(?:thứ\s+\S+|nhất|đầu|cuối)\s+(?:trong|trên)(?:\s+tổng số)?\s*$"
)
# One of the first few: «là 1 trong 5 tỉnh có tỷ lệ tiêm cao nhất»; not «là một trong 27 đơn
# vị có thành tích xuất sắc», a count of those awarded.
_ONE_AMONG = re.compile(r"(?i)(?<!\w)(?<!\d[.,])(?:1|01|một)\s+trong(?:\s+số)?\s*$")
_BEST = re.compile(r"(?i)[^.;]*?(?<!\w)(?:nhất|dẫn đầu|đứng đầu)(?!\w)")


# The rest of a span of ages after its first: «(từ 5) đến dưới 12 tuổi», «(18) - 60 tuổi».
_AGE_RANGE = re.compile(r"(?i)\s*(?:đến|tới|-|–)\s*(?:dưới|trên|hết)?\s*\d{1,3}\s+tuổi(?!\w)")


# An English month before its day, in a yearbook's English title: «as of December 31».
_MONTHS = ("january", "february", "march", "april", "june", "july", "august", "september",
           "october", "november", "december")  # fmt: skip


# A span of ages named before its numbers, up to the one that closes it: «độ tuổi chủ yếu từ
# 16 - 29 (chiếm 47,3%) và 30 - 39», «nhóm tuổi 15-49».
_SPAN_OF_AGES = r"\d{1,2}\s*[-–]\s*\d{1,2}\s*(?:\([^()]*\)\s*)?(?:,|và)\s*"
_ROUND_AGES = re.compile(
    r"(?i)(?<!\w)(?:(?:cụ|người|thọ)\s+tròn|tuổi thọ(?:\s+từ)?)\s+"
    r"(?:\d{2,3}\s*(?:,|và|[-–]|đến)\s*(?:trên\s+)?)*$"
)
_AGES_NAMED = re.compile(  # the first of a span («từ 16»), its second («16 -»), a next span
    r"(?i)(?<!\w)(?:độ|nhóm|lứa)\s+tuổi(?:\s+[^\W\d]+){0,3}\s+(?:từ\s+)?"
    rf"(?:(?:{_SPAN_OF_AGES})*(?:từ\s*|\d{{1,2}}\s*(?:[-–]|đến)\s*)|(?:{_SPAN_OF_AGES})+)$"
)


def _aged(text: str, match: re.Match[str]) -> bool:
    if _AGE_RANGE.match(text, match.end()):
        return True
    if _ROUND_AGES.search(head_of(text, match.start())) and not re.match(
        r"\s+(?!(?:và|hoặc)\s)[^\W\d]", text[match.end() :]
    ):  # «… cho các cụ tròn 70, 75, 80 và trên 100», «tuổi thọ từ 101-104»; not «và 24 cụ …»
        return True
    return bool(_AGES_NAMED.search(head_of(text, match.start()))) and len(match[0]) <= 2


def _ranked_among(text: str, match: re.Match[str], before3: str) -> bool:
    """«cao nhất trong 21 tỉnh, thành», «thấp thứ 3 trong 11 tỉnh», «là 1 trong 5 tỉnh … cao
    nhất», «số 1»: those ranked among, or a rank."""
    head = head_of(text, match.start())
    return bool(
        RANK_BEFORE.search(head)
        or _RANKED_AMONG.search(head)
        or (_ONE_AMONG.search(head) and _BEST.match(text, match.end()))
        or (_NUMBER_ONE.search(before3) and re.fullmatch(r"\d{1,2}", match[0]))
    )


# A web page's counter of its readers: «Lượt xem: 2704», «View Count: 115», or a line of
# nothing else, «4,608 lượt xem»; not «video thu hút 1 triệu lượt xem», a figure.
_PAGE_VIEWS = re.compile(r"(?i)(?:lượt xem|lượt đọc|view count|views?)\s*:\s*$")
_VIEWED = re.compile(r"(?i)\s*(?:lượt xem|lượt đọc|views?)\s*$")
# Bare numbers right after a page's date-and-time stamp: its counters («Thứ hai - 01/04/2024
# 04:11 551 0»: views and comments), never a figure of the text.
_DATE, _CLOCK = r"\d{1,2}[/-]\d{1,2}[/-]\d{4}", r"\d{1,2}:\d{2}(?::\d{2})?"
_STAMPED = re.compile(
    rf"(?:{_DATE}\W{{0,6}}{_CLOCK}|{_CLOCK}\W{{0,6}}{_DATE})(?:[\s|,:]*\d+)*[\s|,:]*$"
)


def _stamped(text: str, match: re.Match[str]) -> bool:
    return not text[match.end() :].strip(" \t|,0123456789") and bool(
        _STAMPED.search(text, 0, match.start())
    )  # the cheap test first: a long sentence has many numbers


# After the items counted, that they met their standard: «13 tiêu chí nông thôn mới đạt chuẩn».
_MET_AFTER = re.compile(r"(?i)(?:\s+[^\W\d]+){0,4}?\s+(?:đã\s+)?(?:đạt chuẩn|được công nhận)(?!\w)")


# How many units a ranking names, the units themselves listed: «5 tỉnh có số hồ sơ trực tuyến
# thấp nhất lần lượt gồm: Bạc Liêu (7,4%), …», «… Ninh Bình (63,9%) là 5 tỉnh, thành dẫn đầu».
_RANKED_UNITS = re.compile(
    r"(?i)\s*(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|bộ|ngành|sở|đơn vị|địa phương"
    r"|cơ quan|trường|doanh nghiệp)(?:\s*,\s*(?:thành phố|thành|ngành|thị trấn|phường|xã))?"
    r"(?![\w-])[^.;:\d]{0,80}?(?<!\w)(?:(?:cao|thấp|nhiều|ít|tốt|lớn|nhỏ)\s+nhất|dẫn đầu"
    r"|đứng đầu|xếp cuối|đứng cuối)(?!\w)(?P<then>\s*(?:lần lượt\s+)?(?:gồm|là|như)?\s*:"
    r"|\s*(?:lần lượt\s+)?(?:gồm|là|như)\s)?"
)


_LUMP_SUM = re.compile(r"(?:trợ cấp|bhxh|bảo hiểm xã hội|bhtn|thôi việc|tuất|mai táng)$")


def ranked_units(text: str, match: re.Match[str]) -> bool:
    """Whether a count is of the units a ranking names, listed after it or before «là»: «5
    tỉnh có số hồ sơ trực tuyến thấp nhất gồm: …», «Ba bộ có lượt truy cập thấp nhất gồm: …»."""
    ranked = _RANKED_UNITS.match(text, match.end())
    before = words_before(text, match.start(), 1).lower()
    return ranked is not None and (ranked["then"] is not None or before == "là")


def _lists_items(text: str, match: re.Match[str], after: str, counted: str) -> bool:
    """Whether a number counts the items a text lists («05 nguyên tắc», «19 tiêu chí»): a
    few of them, not reached («đạt 15 tiêu chí»), nor hundreds, nor those that met their
    standard («toàn huyện có 307 tiêu chí nông thôn mới đạt chuẩn»)."""
    listed = max((w for w in LISTING_WORDS if starts_with_any(after, (w,))), key=len, default="")
    if not listed or "," in match.group(0) or len(counted) > len(listed):
        return False
    if number_value(match[0]) >= 30 or _MET_AFTER.match(text, match.end() + len(listed) + 1):
        return False
    return not REACHED_BEFORE.search(head_of(text, match.start()))


def _numbers_its_items(text: str, match: re.Match[str]) -> bool:
    """Whether a few things a colon then numbers one by one, as many as said, are counted
    («06 ngành, lĩnh vực …: (1) …; (2) …; … (6) kinh tế đô thị»): what the text lists, no
    figure; not those that reached something, each named."""
    if not re.fullmatch(r"\d{1,2}", match[0]):
        return False
    opened = re.match(r"([^\d:;.()]{2,80}):\s*\(1\)", text[match.end() :])
    if opened is None or REACHED_BEFORE.search(head_of(text, match.start())):
        return False
    if re.search(r"(?i)(?<!\w)(?:đạt|hoàn thành|được|vượt)(?!\w)", opened[1]):
        return False  # «có 2 xã đạt chuẩn: (1) xã A; (2) xã B»: those that did, a figure
    marks = re.findall(r"\((\d{1,2})\)", text[match.end() :])
    return max(map(int, marks)) == int(match[0])


_NAMED_DAY = re.compile(rf"Ngày\s+{CAPITAL}[^()\d]{{0,60}}\(\s*(?:\d{{1,2}}\s*[-–/.]\s*)?$")


def _counted_after_a_name(text: str, match: re.Match[str], before3: str) -> bool:
    """Whether a number after an ordinal's word counts: «cấp trung ương 13 hộ», «đã được xếp
    hạng 235 cơ sở», «gia đình có công tiêu biểu 13.786 đối tượng» (no «Biểu 2»)."""
    counted = measure_after(text, match.end()) is not None
    return (before3.endswith(("trung ương", "xếp hạng")) and counted) or before3.endswith(
        "tiêu biểu"
    )


def _in_a_phrase(text: str, match: re.Match[str], before1: str, before3: str, after: str) -> bool:
    """A number that is a word of a set phrase, no count: what a rate is per («bác sĩ bình
    quân 1 vạn dân», «trên 100.000 dân», «thu được trên 1 ha đất»), a lump sum («trợ cấp 1
    lần»), one-stop («cơ chế 1 cửa»), digits («tăng 2 con số»), the score a count of
    candidates reached («13 thí sinh đạt 9,5 điểm môn Ngữ văn»: how many, at that score)."""
    if before1 in ("quân", "trên", "/") and re.match(r"(?:(?:vạn|nghìn|ngàn) )?dân\b", after):
        return True
    if after.startswith("điểm") and _SCORED_BY.search(
        text, max(0, match.start() - 40), match.start()
    ):
        return True
    if match[0] in ("1", "2", "3") and re.match(r"con số(?!\w)", after):
        return True  # «tăng trưởng 2 con số»: double digits, how big, not a count
    if match[0] not in ("1", "01"):
        return False
    return (
        after.startswith("nửa")  # «giảm hơn 1 nửa»: by half, a share of itself
        or before3.endswith(("bình quân của", "bình quân giá", "trung bình của"))  # «Doanh thu
        # bình quân của 1 HTX là 2.676 triệu đồng»: what the average is per
        or re.match(r"(?:usd|đô la mỹ|đô la)\s+(?:được giao dịch|quy đổi|bằng|=)", after)
        is not None  # «1 USD được giao dịch quanh mức 24.582 VND»: an exchange rate's unit
        or (before1 in ("trên", "/", "mỗi") and _PER_HECTARE.match(after) is not None)
        or (after.startswith("lần") and _LUMP_SUM.search(before3) is not None)
        or re.match(r"cửa(?!\s*(?:hàng|hiệu|khẩu|ngõ))(?!\w)", after) is not None
    )


# A count of candidates right before the score they reached: «13 thí sinh đạt 9,5 điểm».
_SCORED_BY = re.compile(
    r"(?i)(?<![\w.,])\d[\d.]*\s+(?:thí sinh|học sinh|em|bài thi|bài|hs|ts)\s+(?:đạt|có|được)"
    r"(?:\s+(?:mức|điểm))?\s*$"
)


def _time_measured(text: str, match: re.Match[str], after: str) -> bool:
    """Whether a number of days or hours is a figure measured, not how long something took:
    an average («ngày điều trị trung bình là 6,20 ngày», «giảm 0,03 ngày»), a decimal; not a
    span of years («bình quân 5 năm gần đây»)."""
    if not starts_with_any(after, ("ngày", "giờ", "phút")):
        return False
    return "," in match[0] or _AVERAGE.search(clause_of(text, match.start())) is not None


_AVERAGE = re.compile(r"(?<!\w)(?:trung bình|bình quân)(?!\w)")
# The first end of a span of time: «giảm từ 1 đến 22 tháng tù», «từ 2 - 7 năm».
_SPAN_TO = re.compile(r"(?i)\s*(?:đến|tới|-|–)\s*\d{1,3}\s+(?:tháng|năm|ngày|giờ|tuần)(?!\w)")


def _a_levels_name(text: str, match: re.Match[str], before1: str, before3: str) -> bool:
    """«tài khoản VNeID mức 2», «đạt loại 1»: a level's name, not «mức 500.000 đồng»; a
    programme's part or a commune's zone by its number, «Dự án 1», «Tiểu dự án 2», «xã vùng 3»,
    not «dự án 120 tỷ đồng»."""
    if measure_after(text, match.end()):
        return False
    if _PART_OF_A_PROGRAMME.search(before3) and re.fullmatch(r"\d{1,2}", match[0]):
        return True
    return (
        before1 in ("mức", "loại")
        and not before3.endswith("phân loại")
        and re.fullmatch(r"\d", match[0]) is not None
    )


_PART_OF_A_PROGRAMME = re.compile(r"(?<!\w)(?:dự án|hợp phần|vùng)(?: số)?$")


def _named_days_date(text: str, match: re.Match[str]) -> bool:
    """«Ngày Dân số Việt Nam (26-12)»: a named day's date in its bracket; a news item's
    dateline, «19-10, Hội LHPN T.P Sông Công đã tổ chức …»; a day of Tết, «30 Tết»."""
    dateline = _DATELINE.match(text)
    if dateline and match.start() in (dateline.start(1), dateline.start(2)):
        return True
    if re.match(r"\s*Tết(?!\w)", text[match.end() :]) and re.fullmatch(r"[12]?\d|30", match[0]):
        return True  # «Ngày 27/1 (30 Tết)»: a day of the lunar new year's month
    return bool(
        _NAMED_DAY.search(text, max(0, match.start() - 90), match.start())
        and re.match(r"\s*(?:[-–/.]\s*\d{1,2}\s*)?\)", text[match.end() :])
    )


_DATELINE = re.compile(r"\W*(0?[1-9]|[12]\d|3[01])\s*[-–]\s*(0?[1-9]|1[0-2])\s*,")


NAMED_BEFORE = re.compile(
    r"\s+[^\W\d]+(?:\s+[^\W\d]+){0,3}\s+(?:này|nói trên|kể trên|nêu trên|vừa nêu|đã nêu|ấy"
    r"|trên(?=\s*(?:[,.;:]|đều|là|đã"
    r"|được|có|cũng)(?!\w)))(?!\w)"
)


# «cả 3 chỉ tiêu», «tất cả 2 dự án»: all of a few the text has named.
_ALL_OF = re.compile(r"(?i)(?<!\w)(?:tất\s+)?cả\s+$")


def _named_before(text: str, match: re.Match[str]) -> bool:
    """«2 sản phẩm này», «cả 3 chỉ tiêu»: a few things the text has named before."""
    return bool(NAMED_BEFORE.match(text, match.end()) or _ALL_OF.search(text, 0, match.start()))


def plain_kind(text: str, match: re.Match[str]) -> MentionKind:
    """What a number standing alone is, from the words around it."""
    before1 = words_before(text, match.start(), 1)
    before3 = words_before(text, match.start(), 3)
    after = words_after(text, match.end(), 4)
    level_named = _counted_after_a_name(text, match, before3)
    moved = _RANK_AFTER.match(text[match.end() :]) and _RANK_CHANGED.search(before3)
    if (ends_with_any(before3, ORDINAL_WORDS) or ends_with_any(before1, ORDINAL_WORDS)) and not (
        level_named or moved
    ):  # «Trung ương 4» is a plenum; «tụt hạng 4 bậc» a move
        return "ordinal"
    if (
        _NUMBERED_RANGE.search(head_of(text, match.start()))
        or _listed_ordinal(text, match)
        or _a_levels_name(text, match, before1, before3)
    ):
        return "ordinal"
    if (
        before1 in ("ngày", "tháng", "hôm", "mùng", "mồng", *_MONTHS)  # «mùng 6 Tết»
        or (before1 == "và" and re.search(r"(?<!\w)ngày \d{1,2} và$", before3))
        or _named_days_date(text, match)
    ):  # «ngày 27», «trong tháng 10», «ngày 27 và 28», «Ngày Dân số Việt Nam (26-12)», «30 Tết»
        return "date"
    if _DOCUMENT_LIST.search(head_of(text, match.start()).lower()):  # «quyết định 290, 188»
        return "document"
    if _in_a_phrase(text, match, before1, before3, after):
        return "name"
    if names_a_document(text, match, before1, before3):
        return "document"
    if an_articles_number(match, before3):  # «Điều 12»; not «giải quyết dứt điểm 45 …»
        return "article"
    if (
        addresses(text, match, before3)
        or COORDINATE.match(text, match.end())
        or in_a_name(text, match)
        or (_DISTANCE.search(head_of(text, match.start())) and starts_with_any(after, _LENGTHS))
    ):  # «Tổ dân phố 5»; «107047 - 107050 độ Kinh đông»; «cách trung tâm huyện 60 km»: where
        return "address"
    if starts_with_any(after, AGE_WORDS) or _aged(text, match):
        return "age"  # «40 tuổi», «trẻ từ 5 đến dưới 12 tuổi», «độ tuổi từ 16 - 29»
    if not (level_named or moved) and _ranked_among(text, match, before3):  # «… trong 21 tỉnh»
        return "ordinal"
    if _RANK_AFTER.match(text[match.end() :]) and not _RANK_CHANGED.search(before3):
        return "ordinal"
    alone = not text[: match.start()].strip(" •*-") and _VIEWED.match(text, match.end())
    if _PAGE_VIEWS.search(head_of(text, match.start())) or alone or _stamped(text, match):
        return "views"  # the page's counter, copied with its text: «Lượt xem: 473 lượt.»
    if starts_with_any(after, COPY_WORDS) and _copies(text, match):
        return "copies"
    counted = (measure_after(text, match.end()) or "").lower()
    if (
        _lists_items(text, match, after, counted)
        or _numbers_its_items(text, match)
        or (number_value(match[0]) <= 10 and _named_before(text, match))
    ):  # «05 nguyên tắc» («16,13 tiêu chí» is an average); «2 sản phẩm này», «3 thị trường
        return "listing"  # trên đều là», «đạt 95% cả 3 chỉ tiêu»: a few named before
    if re.match(r"cấp(?!\s+(?:ủy|uỷ|hội|cơ sở))(?!\w)|tuyến(?=\s*[,:])", after):
        return "listing"  # «ở 3 cấp: tỉnh, huyện, xã», «cả 3 tuyến, tuyến tỉnh, …»: the levels
    if ranked_units(text, match):
        return "listing"  # «5 tỉnh có số hồ sơ trực tuyến thấp nhất gồm: …»
    if places_named(text, match.start(), match.end(), int(number_value(match[0]))):
        return "listing"  # «Công an 2 huyện Giá Rai và Hòa Bình»: whose, not how many
    floor = ends_with_any(words_before(text, match.start(), 2), FLOOR_WORDS)  # «ít nhất 02 cuộc»
    floor = floor or class_bound(text, match)  # «5 nhà xuất bản có doanh thu trên 100 tỷ»
    floor = floor or ends_with_any(words_before(text, match.start(), 4), TARGET_WORDS)  # «(mực
    # nước dâng bình thường 295 m)», «vượt mốc 1 tỷ USD»: a level set, not reached
    if counted and (aimed_at(text, match) or at_least(text, match) or floor):  # «phấn đấu …
        return "threshold"  # … sẽ đạt 12.800», «do không đủ 3 đảng viên chính thức»
    if counted and counted not in TIME_UNITS:  # «8.577 ngày công»: a count, no duration
        return "count"
    if starts_with_any(after, ("ngày", "giờ")) and OVER_THE_NORM.search(
        head_of(text, match.start())
    ):
        return "count"  # «tiếp dân nhiều hơn quy định 59 ngày»: days over the norm, a figure
    if starts_with_any(after, TIME_UNITS) or _SPAN_TO.match(text, match.end()):  # «trong 2 ngày»,
        # «giảm từ 1 đến 22 tháng tù»; not «ngày điều trị trung bình
        return "count" if _time_measured(text, match, after) else "duration"  # là 6,20 ngày»
    if targeted(text, match):
        return "threshold"
    return "count"


__all__ = [
    "AIMED_FRACTION",
    "NAMED_BEFORE",
    "RANK_BEFORE",
    "WHOLE_THINGS",
    "not_a_change",
    "number_value",
    "per_population",
    "plain_kind",
    "ranked_units",
]


def not_a_change(text: str, start: int, end: int) -> bool:
    """Whether a number after «tăng» or «giảm» is no change: capital added («tổng vốn đăng ký
    tăng thêm 13,5 triệu USD», an amount), or how many times a price was set («giá xăng dầu
    điều chỉnh giảm 3 kỳ», «được điều chỉnh tăng 5 đợt»)."""
    if _CAPITAL_ADDED.search(text, max(0, start - 80), start):
        return True
    return bool(
        re.search(  # and the next of the same: «điều chỉnh tăng 5 đợt và giảm 7 đợt»
            r"(?i)(?<!\w)điều chỉnh\s+(?:(?:tăng|giảm)\s+\d+\s+(?:lần|đợt|kỳ)\s*(?:,|và)\s*)?"
            r"(?:tăng|giảm)\s+$",
            text[max(0, start - 60) : start],
        )
        and re.match(r"\s*(?:lần|đợt|kỳ)(?!\w)", text[end:])
    )


_CAPITAL_ADDED = re.compile(
    r"(?i)(?<!\w)vốn(?:\s+[^\W\d]+){0,4}?\s+(?:cấp mới và\s+)?tăng thêm"
    r"(?:\s+(?:hơn|gần|khoảng|là|đạt))?\s*$"
)
