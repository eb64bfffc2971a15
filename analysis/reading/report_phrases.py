"""The indicator's phrase of a figure in a written report (issue 20): the words around its
number as the report writes them, the number taken out. The words of its clause before it
say what happened («hoàn thành», «kết nạp»), the words after it what it counts («nhiệm vụ
trọng tâm», «đảng viên mới»); a label before a colon names it («rất hài lòng: 10.239 lượt»).
Words that say nothing of the indicator are left out: fillers («đã», «hiện nay»), the verbs
that lead to a rate or an amount («đạt», «chiếm»), approximations («gần»), the periods and
places the figure's own columns hold. A change or a share of the plan without words of its
own takes the phrase of the figure before it; figures after «lần lượt» take, in order, the
names of the things listed before it.

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model.measures import AMOUNT_MEASURES
from ..model.text import name_key
from .report_lists import ETHNIC_GROUP
from .report_mentions import OTHER_PERIOD, ReportFigure
from .report_numbers import NumberMention
from .report_periods import without_periods
from .report_places import PROVINCE
from .report_subjects import UNITS_NAMED_TOGETHER
from .report_text import HEADING
from .report_units import LEVEL
from .report_words import CAPITAL

# A heading over what is planned, not what was done: «III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG
# CUỐI NĂM», «Nhiệm vụ, giải pháp thời gian tới», «Kiến nghị, đề xuất».
_PLANS = re.compile(
    r"(?i)phương hướng|(?:nhiệm vụ|giải pháp|kế hoạch)[^.]{0,40}(?:thời gian tới|năm tới|"
    r"tiếp theo|cuối năm|sắp tới)|kiến nghị|đề xuất"
)


def plans_ahead(heading: str) -> bool:
    """Whether a heading opens a section of plans (not «I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ …»)."""
    words = heading.strip().strip("*")
    return bool(_PLANS.search(words)) and not re.search(
        r"(?i)kết quả|tình hình|đánh giá|sơ kết|tổng kết", words
    )  # «HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024, NHIỆM VỤ … 6 THÁNG CUỐI NĂM 2024»


_CLAUSE_BREAK = re.compile(  # not a range's dash: «trẻ từ 6 - 35 tháng tuổi»
    r"[,;:()\[\]“”\"]|(?<!\d)\s[-–]\s|(?<!\w)(?:và|hoặc|trong đó|cụ thể)(?!\w)"
    # «… 43,76 triệu tấn còn xuất khẩu đạt 20,09»: the item after the one before
    r"|(?<!\w)còn(?!\s+lại)(?=(?:\s+[^\W\d]+){1,6}?\s+(?:ước\s+)?(?:đạt|là|có|chiếm)\s*$)"
)
_AFTER_BREAK = re.compile(
    r"[,;:()\[\]“”\"!?]|\.(?!km\b)|(?<!\d)\s[-–]\s"
    r"|(?<!\w)(?:và|hoặc|so với|trong đó|để|nhằm|với tỷ lệ|tại thời điểm)(?!\w)"
    # «đạt», «tăng» … end the phrase when a number follows (the count's rate or change);
    # otherwise they are its words («1946 hộ gia đình đạt danh hiệu gia đình văn hóa»)
    r"|(?<!\w)(?:đạt|chiếm|bằng|tăng|giảm)(?:\s+(?:tỷ lệ|tỉ lệ|gần|trên|hơn|khoảng))*\s+\d"
    # «… 43,76 triệu tấn còn xuất khẩu đạt 20,09 triệu tấn»: the next item, its own figure
    r"|(?<!\w)còn(?!\s+lại)(?=(?:\s+[^\W\d]+){1,6}?\s+(?:(?:ước\s+)?(?:đạt|là|có|chiếm)\s+)?\d)"
)
_FILLERS = (
    "hiện nay",
    "đến nay",
    "hiện",
    "qua rà soát",
    "cụ thể",
    "trong đó",
    "tổng số",
    "tổng cộng",
    "có",
    "đã",
    "được",
    "là",
    "gồm",
    "bao gồm",
    "với",
    "tương ứng với",  # «(giảm 324 vụ, tương ứng với 4,2%)»: the change before, in per cent
    "tương ứng",
    "tương đương với",
    "tương đương",
)
# The verbs that lead to a rate or an amount («tỷ lệ … đạt 93%», «thu ngân sách đạt 4,5 tỷ
# đồng»); before a count they say what was counted («xã đã đạt 19/19 tiêu chí») and stay.
_VERBS = (
    "đạt tỷ lệ", "chiếm tỷ lệ", "chiếm tỉ lệ", "tỷ lệ", "tỉ lệ",
    "đạt", "chiếm", "còn", "bằng", "ở mức", "lên", "xuống", "có", "vượt", "thấp hơn", "cao hơn",
    "tăng tới", "giảm tới", "tăng được", "giảm được", "giảm từ", "tăng từ", "xuống còn",
    "tăng thêm", "tăng", "giảm bớt", "giảm", "đạt thêm",
)  # fmt: skip
_TRAILING = (
    "là", "từ",
    "gần", "trên", "hơn", "khoảng", "xấp xỉ", "ước tính", "ước đạt", "ước", "dưới", "chừng",
)  # fmt: skip
_PREPOSITIONS = ("đối với", "cho", "của", "với")
_NAMING = ("age", "ordinal", "article", "name", "version", "duration", "listing")
_MAX_WORDS = 16
# A period the clause opens with, no part of the indicator: «6 tháng đầu năm 2024 có …».
_PERIOD_FIRST = re.compile(
    r"(?i)^\s*(?:trong|tính chung|lũy kế|luỹ kế)?\s*(?:(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?"
    r"|quý\s+[ivx\d]+|tháng\s+\d{1,2})\s+)?năm\s+(?:19|20)\d{2}\s*,?\s*"
)
# A year said inside the indicator's words: «Thu ngân sách 6 tháng đầu năm 2024 đạt …», «Diện
# tích gieo trồng năm 2025 ước đạt …»; a crop season's years: «vụ đông xuân 2024-2025 ước đạt»,
# «tổng diện tích trồng mía cả nước vụ 2022 - 2023 là 141.906 ha».
_SEASON = (  # and a mill's: «niên vụ 2022-2023», «vụ ép mía 2020/21»
    r"(?:(?<!\w)niên\s+)?vụ(?:\s+(?:đông\s*xuân|hè\s*thu|thu\s*đông|mùa|chiêm|xuân|đông|ép|mía"
    r"|đường|sản xuất)){0,3}"
)
_PERIODS_YEAR = re.compile(rf"(?i)(?:(?<!\w)năm|{_SEASON})\s*$")
_SEASONS_YEARS = re.compile(rf"(?i){_SEASON}(?:\s+năm)?\s*$")
_PERIODS_MONTH = re.compile(r"(?i)(?<!\w)(?:tháng|tuần)\s*$")  # «Giá trị sản xuất tháng 5/2023 đạt»
_UNTIL_DAY = re.compile(
    r"(?i)(?<!\w)(?:(?:tính\s+)?(?:đến|tới|đến hết)|(?:tại\s+)?thời điểm)\s+(?:ngày\s+)?$"
)
_DAY_SAID = re.compile(  # the day itself, the figure's period and no part of the indicator
    r"(?i)(?<!\w)(?:(?:tính\s+)?(?:đến|tới)(?:\s+hết)?|(?:tại\s+)?thời điểm)\s+(?:ngày\s+)?"
    r"\d{1,2}\s*[/-]\s*\d{1,2}"
    r"(?:\s*[/-]\s*\d{4})?(?![\d/])"
)


# Inside a bracket that opens on another period, up to the figure: «(năm 2017 đạt »
_IN_OTHER_PERIOD = re.compile(  # or right after it: «so với cùng kỳ năm 2019 (55.317 người)»
    OTHER_PERIOD.pattern + r"[^()]*$|(?<!\w)cùng kỳ(?:\s+năm\s+\S+)?\s*\(\s*$", re.IGNORECASE
)


# Words that name only the time a figure is of: «(cùng kỳ năm trước là 6.481 người)».
_SAME_TIME = re.compile(r"(?i)\s*(?:so với\s+)?cùng kỳ(?:\s+năm\s+\S+)?(?:\s+(?:là|có|đạt))?\s*")
_TO_LEVEL = r"(?:(?:tăng|giảm)\s+)?(?:xuống|lên)(?: còn| mức| đến| tới)?"
_FROM_TO = re.compile(  # and a list of years: «2,5% vào năm 1975, 96% vào năm 2009 và 99,53%»
    r"\s*(?:[^\W\d]+\s+){0,2}?(?:(?:\([^()]*\)|(?:vào\s+)?năm \d{4})\s*(?:,|và)?\s*"
    r"(?:" + _TO_LEVEL + r")?|,?\s*" + _TO_LEVEL + r"|,\s*năm \d{4}\s*(?:là|đạt))\s*",
    re.IGNORECASE,
)


_SAID_BEFORE_WHOLE = re.compile(r"(?i)\S+\s+(.+?)\s+(?:trong|trên)\s+(?:tổng\s+số\s+)?\S+\s+\w.*$")


def _phrase_start(text: str, every: list[NumberMention], index: int) -> int:
    """Where the words of a number's phrase may begin: past the figure before it. A number
    that names what is counted stays in its phrase («Huy hiệu 40 năm tuổi Đảng cho 03 đồng
    chí»), and so does a period's year («Thu ngân sách 6 tháng đầu năm 2024 đạt …»), month
    («Giá trị sản xuất tháng 5/2023 đạt …») or day
    («… thực hiện đến ngày 28/3 là 2.725 tỷ đồng»)."""
    return max(
        (m.end for m in every[:index] if m.kind not in ("heading", *_NAMING)
         and not (m.kind == "year" and _PERIODS_YEAR.search(text, 0, m.start))
         and not (m.kind == "years" and _SEASONS_YEARS.search(text, 0, m.start))
         and not (m.kind == "date" and _UNTIL_DAY.search(text, 0, m.start))
         and not (m.kind == "date" and _PERIODS_MONTH.search(text, 0, m.start))),
        default=0,
    )  # fmt: skip


def indicator_phrase(
    text: str, every: list[NumberMention], index: int, earlier: dict[int, str]
) -> str:
    """The indicator's phrase around a number, as written, the number taken out: the words
    of its clause before it and what it counts after it («hoàn thành 12/12 nhiệm vụ trọng
    tâm» -> «hoàn thành nhiệm vụ trọng tâm»; «rất hài lòng: 10.239 lượt» -> «lượt … rất hài
    lòng»). A change or a share of the plan without words of its own is the figure before
    it's."""
    mention = every[index]
    head = text[(opens := _phrase_start(text, every, index)) : mention.start]
    if head.rstrip().endswith("("):  # «nguồn vốn ngân sách tập trung (96,7%)»: named before
        head = head.rstrip()[:-1]
    head = re.sub(r"\s*\([^()]*\)(\s*:\s*)$", r"\1", head)  # «Số bác sỹ (người): 15»
    head = re.sub(r"\s*\([A-ZĐ][A-ZĐ0-9&-]{1,11}\)(?=\s)", "", head)  # «… nội tỉnh (GRDP) đạt»
    # «Thanh tra các sở, ngành triển khai 25 cuộc»: the units together, no break between
    kept = UNITS_NAMED_TOGETHER.sub(
        lambda m: m[0].replace(",", "\x1f").replace("và", "\x1f\x1f"), head
    )
    # «tiêm mũi 1, 2»: the numbers that name things together (the head holds no count)
    kept = _NAMES_LISTED.sub(lambda m: m[0].replace(",", "\x1f").replace("và", "\x1f\x1f"), kept)
    before = _clause_before(head, list(_CLAUSE_BREAK.finditer(kept)), after_figure=opens > 0)
    if re.fullmatch(r"\s*[^\W\d]+(?:\s+[^\W\d]+)?\s*/\s*", before):
        before = ""  # «tăng 78 vụ/66 bị can»: the count before's unit, the same phrase
    leveled = LEVEL.search(before) is not None
    before = _PERIOD_FIRST.sub("", LEVEL.sub(" ", without_periods(_DAY_SAID.sub(" ", before))))
    verbs = mention.kind == "percent" or mention.role != "level" or _is_amount(mention.measure)
    before = re.sub(r"(?i)(?:^|\s+)(?:tại|ở)$|^trong đó$", "", _trimmed(before, verbs=verbs))
    before = re.sub(r"(?i)^(?:trên|tại|ở)\s+(?=(?:đã|đang|vẫn|cũng|có|xảy ra)(?!\w))", "", before)
    # «trên toàn quốc đã xảy ra 7.394 vụ»: the place taken out, its preposition too
    rates = [i for i in earlier if i < index and every[i].kind == "percent"]
    if leveled and rates and mention.kind == "percent" and not before:  # «…, trong đó cấp
        return earlier[rates[-1]]  # huyện đạt 60%»: the rate said before, at another level
    after = _words_after(text, every, index)
    if mention.role in ("change", "of_plan", "of_last_year"):
        return _compared_phrase(text, every, index, earlier, before, after)
    levels = [i for i in earlier if i < index and every[i].role == "level"]
    if levels and _LEVEL_COMPARED.search(text, max(0, mention.start - 20), mention.start):
        return earlier[levels[-1]]  # «… 1,841 tỉ đồng, giảm 67 triệu đồng so với mức 1,908 tỉ»
    if levels and (
        (
            (not before or _SAME_TIME.fullmatch(before))
            and _IN_OTHER_PERIOD.search(text, max(0, mention.start - 60), mention.start)
        )
        or (
            _FROM_TO.fullmatch(text, every[levels[-1]].end, mention.start)
            and every[levels[-1]].measure == mention.measure
        )
    ):  # «đạt 95,2% (năm 2017 đạt 90,4%)», «giảm từ 12,3% (năm 2011) xuống còn 4,4%»: the
        return earlier[levels[-1]]  # same indicator, another period
    if mention.kind == "percent":
        return _capitalised(before or after)
    measure = mention.measure or ""
    counted_only = name_key(after) == name_key(measure)
    ending = next((p for p in _PREPOSITIONS if before.endswith(" " + p) or before == p), None)
    if ending is not None:
        before = before[: len(before) - len(ending)].strip()
        if counted_only and name_key(before).startswith(name_key(measure)):
            return _capitalised(before)  # «số vụ thuộc thẩm quyền của cấp huyện 294 vụ»
        return _capitalised(_joined(after, _lowered(before)))
    if counted_only and before and (_is_amount(measure) or name_key(measure) in _CLASSIFIERS):
        return _capitalised(before)  # «thu ngân sách trên 4,5 tỷ đồng»: what is measured;
    # «đàn bò 23.800 con»: what is counted, named before its classifier
    if (
        counted_only
        and before
        and (
            name_key(before).startswith(name_key(measure))
            or re.search(rf"(?<!\w)số\s+{re.escape(name_key(measure))}(?!\w)", name_key(before))
        )
    ):  # «hồ sơ giải quyết đúng hạn là 19.255 hồ sơ», «Số vụ TNLĐ chết người: 662 vụ»
        return _capitalised(before)
    if counted_only and before:
        return _capitalised(_joined(after, _lowered(before)))
    return _capitalised(_joined(before, after))


def _words_after(text: str, every: list[NumberMention], index: int) -> str:
    """The words after a number that say what it counts, up to its clause's end or the next
    figure, without a period's words or what links it to its per cent."""
    mention = every[index]
    after = text[mention.end :]
    stop = _AFTER_BREAK.search(after)
    upto = next((m.start for m in every[index + 1 :] if m.is_figure), len(text))  # not past
    after = after[: min(stop.start() if stop else len(after), upto - mention.end)]  # the next
    if said := _SAID_BEFORE_WHOLE.match(mention.text):  # «52.000 cơ sở vi phạm trên tổng số
        after = f"{said[1]} {after}"  # 210.000 cơ sở»: what it counts, said before the whole
    after = re.sub(r"^\s*(?:%[o0]|‰)", "", after)  # «10,3%o», «8,8%0»: per mille, its unit
    after = " ".join(after.replace("⁽", " ").split()[:_MAX_WORDS]).strip(" .")
    if not _NAMED_BY_NUMBER.search(after):  # «công dân đạt loại 1» keeps the class's number
        after = re.sub(r"(?<![mM])[⁽⁾()\d¹²³⁴⁵⁶⁷⁸⁹⁰/]+$", "", after).strip()  # «vụ/2.826», not «m³»
    after = re.sub(
        r"(?i)(?<!hằng)(?<!hàng)\s+(?:năm|tháng|quý)$", "", after
    )  # «2 tiêu chí năm 2010»: a period's
    after = re.sub(r"(?i)\s*,?\s*(?:tương ứng|tương đương)(?:\s+với)?$", "", after)  # «giảm 58
    # vụ tương ứng 8,06%»: what links the change to its per cent
    return after


def _compared_phrase(
    text: str,
    every: list[NumberMention],
    index: int,
    earlier: dict[int, str],
    before: str,
    after: str,
) -> str:
    """A change's or a ratio's phrase: its own words, but not what it is compared with;
    without words of its own, the phrase of the figure before it in its clause."""
    mention = every[index]
    # «tăng hơn năm ngoái đến 5%»: what it is compared with names nothing
    before = re.sub(r"(?i)(?:^|\s)(?:tăng|giảm)\s+(?:hơn|so(?: với)?)\s.*$", "", before).strip()
    before = re.sub(r"(?i)(?:^|\s)(?:tăng\s+)?gấp(?:\s+(?:gần|hơn|khoảng|trên))?$", "", before)
    before = re.sub(r"(?i)^(?:tốc độ|mức)\s+(?=tăng)", "", before)  # «Tăng trưởng GRDP»
    before = re.sub(  # «giảm 58 vụ tương ứng 8,06%»: the count's unit and the link, no name
        r"(?i)^(?:[^\W\d]+\s+){0,2}(?:tương ứng|tương đương)(?:\s+với)?$", "", before
    )
    before = re.sub(  # «(chiếm tỷ lệ 28%, so với năm 2016 tăng 4,48%)»: only when, no words
        r"(?i)^so(?: với)?\s+(?:năm\s+(?:\d{4}|trước|ngoái)|cùng kỳ(?:\s+năm\s+\S+)?)$", "", before
    )
    before = re.sub(  # «…, vượt mục tiêu 0,42%»: the target it is over names nothing
        r"(?i)^(?:vượt|thấp hơn|cao hơn|kém)\s+(?:kế hoạch|chỉ tiêu|mục tiêu|nghị quyết)$",
        "",
        before,
    )
    clause = [i for i in earlier if i < index and ";" not in text[every[i].end : mention.start]]
    figures_before = (
        [i for i in clause if every[i].role == "level"]
        or clause
        or [i for i in earlier if i < index and every[i].role == "level"]
        or [i for i in earlier if i < index]
    )
    # «…, giảm 34 người chết (giảm 6,65%)»: what it counts after it, more than its measure,
    # is its own; «tăng 5 vụ» after «xảy ra 20 vụ» is the earlier figure's
    named_after = (
        mention.role == "change"
        and bool(after)
        and name_key(after) != name_key(mention.measure or "")
        and not re.match(r"(?i)lần(?!\w)", after)
    )
    if not before and figures_before and not named_after:
        return earlier[figures_before[-1]]
    return _capitalised(before or after)


_LEVEL_COMPARED = re.compile(r"(?i)(?<!\w)so với(?:\s+(?:mức|con số))?\s*$")
_NAMES_LISTED = re.compile(r"(?<!\w)\d{1,2}\s*(?:,|và)\s*(?=\d{1,2}(?!\d))")
_NAMED_BY_NUMBER = re.compile(r"(?i)(?<!\w)(?:loại|mức|mức độ|nhóm|hạng|cấp độ)\s+\d{1,2}$")


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _lowered(words: str) -> str:
    """A clause's first word in lower case once it no longer opens the phrase, unless it is
    an abbreviation or a name («UBND», «Đảng», «Phú Tân»: each word capitalised)."""
    first, _, rest = words.partition(" ")
    named = bool(rest) and all(w[:1].isupper() for w in words.split())  # «An Phú (20 căn)»
    named = named or ETHNIC_GROUP.fullmatch(words.strip()) is not None  # «Thái 537 người»
    named = named or re.match(rf"(?:{PROVINCE})(?!\w)", words) is not None  # «Hà Nội có»
    if len(first) > 1 and first[1:].islower() and first.lower() not in _PROPER and not named:
        return words[:1].lower() + words[1:]
    return words


_PROPER = frozenset({"đảng", "nhà", "nhân"})
_CLASSIFIERS = frozenset({"con", "cái", "chiếc"})  # a word that only counts what is named
_AMOUNTS = frozenset(name_key(m) for m in AMOUNT_MEASURES)


def _is_amount(measure: str | None) -> bool:
    """A unit of an amount («tỷ đồng», «ha») or a count in thousands or millions («triệu
    lít»): what is measured is named before it, not counted after it."""
    key = name_key(measure or "")
    if "/" in key:  # «tạ/ha», «triệu đồng/người/năm»: a quantity per something
        return True
    return key in _AMOUNTS or key.startswith(("nghìn ", "ngàn ", "triệu ", "tỷ "))


def _clause_before(head: str, breaks: list[re.Match[str]], *, after_figure: bool) -> str:
    """The words of the figure's own clause; the label, when the clause is a label's («mức độ
    rất hài lòng: 10.239 lượt»); the subject before, when it only says the figure was reached
    («…cũng tăng mạnh, đạt 2,2 triệu TEUs»), but not the words `after_figure` the one before
    («là 4.165 tỷ đồng, đạt 37% dự toán»)."""
    before = head[breaks[-1].end() :] if breaks else head
    if breaks and breaks[-1].group(0) == ":" and not before.strip():
        earlier_breaks = [b for b in breaks[:-1] if b.group(0) != ":"]
        return head[earlier_breaks[-1].end() if earlier_breaks else 0 : breaks[-1].start()]
    if (
        (len(breaks) > 1 or (breaks and not after_figure))
        and _REACHED.fullmatch(before)
        and breaks[-1].group(0) == ","
    ):
        return _subject_before(head, breaks) or before
    return before


# A clause that only says the figure was reached, its subject in the clause before: «Khối
# lượng hàng hóa container thông qua cảng cũng tăng mạnh, đạt 2,2 triệu TEUs».
_REACHED = re.compile(r"(?i)\s*(?:ước\s+)?(?:đạt|đạt mức|ở mức)\s*")
_PREDICATE = re.compile(
    r"(?i)\s+(?:(?:cũng|tiếp tục|đều|vẫn|đã)\s+)*(?:tăng|giảm|đạt|tăng trưởng)(?!\w).*$"
)


def _subject_before(head: str, breaks: list[re.Match[str]]) -> str | None:
    """The subject of the clause before the last break, its predicate cut off («… thông qua
    cảng cũng tăng mạnh» -> «… thông qua cảng»); None when that clause is a time or a place
    («Trong tháng, đạt …», «Tại cảng Chân Mây, đạt …») or names no more than a word."""
    clause = head[breaks[-2].end() if len(breaks) > 1 else 0 : breaks[-1].start()]
    subject = without_periods(_PREDICATE.sub("", clause)).strip()
    if re.match(r"(?i)(?:trong|tại|ở|trên|đến|tính|từ|sau|qua)(?!\w)", subject) or (
        len(_trimmed(subject).split()) < 2
    ):
        return None
    return subject


def _trimmed(words: str, *, verbs: bool = True) -> str:
    """A clause's words before a number without what says nothing of the indicator."""
    text = HEADING.sub("", " ".join(words.replace("*", " ").split()))
    changed = True
    while changed and text:
        changed = False
        folded = text.lower()
        for filler in _FILLERS:
            if folded == filler:
                return ""
            if folded.startswith(filler + " "):
                text, changed = text[len(filler) + 1 :], True
                break
        for word in (*_VERBS, *_TRAILING) if verbs else _TRAILING:
            if folded == word:
                return ""
            if folded.endswith(" " + word) and not (  # «Cao Bằng» is a name: no «bằng»
                text[-len(word)].isupper() and not text.isupper()
            ):
                text, changed = text[: -len(word) - 1], True
                break
    for filler in ("hiện nay", "đến nay"):
        text = re.sub(rf"(?<!\w){filler}(?!\w)\s*", "", text, flags=re.IGNORECASE)
    kept = text.split()
    start = max(0, len(kept) - _MAX_WORDS)
    if start and kept[start].lower() == "lệ":  # «Tỷ lệ …» is not cut to «lệ …»
        start -= 1
    return " ".join(kept[start:]).strip(" ,").lstrip("-+•– ")


def _joined(first: str, second: str) -> str:
    joined = " ".join(part for part in (first.strip(), second.strip()) if part)
    return joined.replace(" /", "/")  # «số giường bệnh/1 vạn dân»: a density's unit, glued


__all__ = [
    "indicator_phrase",
    "plans_ahead",
]


_RESPECTIVELY = re.compile(  # not «tương ứng với 94.839 hồ sơ»: the same said in a count
    r"(?<!\w)(?:lần lượt|tương ứng(?!\s+với))(?!\w)", re.IGNORECASE
)


def respectively_named(text: str, figures: list[ReportFigure]) -> list[ReportFigure]:
    """«… các nguồn vốn xây dựng cơ bản, xổ số kiến thiết và cấp quyền sử dụng đất, đạt lần
    lượt 81,5%; 65,8% và 62,3%»: the figures after «lần lượt» name, one each and in order,
    the things listed before it; each takes its thing's name beside the list's phrase."""
    said = _RESPECTIVELY.search(text)
    if said is None:
        return figures
    after = [i for i, f in enumerate(figures) if f.at > said.start()]
    clause = re.split(r"[;:]", text[: said.start()])[-1]
    items = [x.strip(" ,.") for x in re.split(r",|\s(?:và|với)\s", clause) if x.strip(" ,.")]
    items = [x for x in items if len(x.split()) > 1 or not x.islower()]  # «đạt» is no item
    if len(after) < 2 or len(items) < len(after):
        return figures
    names = [_TAIL.sub("", _LEAD.sub("", x)) for x in items[-len(after) :]]
    # what the figures are, said between «lần lượt» and the first: «tỷ lệ giải ngân … là»
    first = figures[after[0]]
    phrase = _TAIL.sub("", text[said.end() : first.at].strip(" :,"))
    places = [_place_of(name) for name in names]  # «Hà Nội và TP HCM lần lượt đạt 43,96 …»
    result = list(figures)
    for i, name, place in zip(after, names, places, strict=True):
        if all(places):  # each figure its place's
            result[i] = replace(figures[i], unit=place)
            continue
        named = f"{phrase} ({name})" if phrase else name
        result[i] = replace(figures[i], indicator=named[:1].upper() + named[1:])
    return result


def _place_of(item: str) -> str | None:
    """The place a listed thing is, by its name: «Ba tỉnh Điện Biên» -> «Điện Biên», «Bình
    Phước trong nhóm chỉ số thấp nhất» -> «Bình Phước», «TP. Hồ Chí Minh»; None for a thing
    («xổ số kiến thiết») or a body («Công an tỉnh»)."""
    core = _COUNTED_KIND.sub("", item.strip())
    found = _PLACE_NAMED.match(core)
    if found is None or (len(found[0].split()) < 2 and found.end() < len(core)):
        return None
    return found[0]


# Capitalised words that open a sentence or name a body, not a place: «Các», «Công an», «Bộ».
_NOT_NAMES = "Các|Những|Trong|Tại|Riêng|Còn|Công|Bộ|Sở|Ban|Hội|Đảng|Ủy|Uỷ|UBND|Cục|Chi|Tổng|Ngành"
_COUNTED_KIND = re.compile(
    r"(?i)^(?:(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|\d+|các|những)\s+)?"
    r"(?:tỉnh|huyện|quận|thị xã|xã|phường|địa phương)(?:,\s*thành(?: phố)?)?\s+(?=[A-ZĐ])"
)
_PLACE_NAMED = re.compile(
    rf"(?:(?:TP\.?|TX\.?|Thành phố|Tỉnh|Huyện|Quận|Thị xã)\s*)?(?!(?:{_NOT_NAMES})(?!\w))"
    rf"{CAPITAL}[^\W\d_]*(?:-{CAPITAL}[^\W\d_]*)?(?:\s+{CAPITAL}[^\W\d_]*(?:-{CAPITAL}[^\W\d_]*)?)*"
    r"(?=\s+[a-zđ]|$)"
)


_TAIL = re.compile(r"(?:\s+(?:là|đạt|tăng|giảm|có|chiếm|bằng))+$", re.IGNORECASE)


# What leads a listed thing's name: «gồm 27 công trình thuộc các nguồn vốn …» -> «nguồn vốn …».
_LEAD = re.compile(r"^(?:.*?\d[\d.,]*\s+\S+(?:\s+\S+)?\s+(?:thuộc|của|từ)\s+)?(?:các\s+)?")
