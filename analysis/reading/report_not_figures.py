"""The numbers of a written report's sentence that are no figures (issue 20), the surest
first: documents' numbers, names with numbers («KCX Linh Trung 1», «Chi bộ số 3»), dates and
times, phone numbers, years and spans of years («2020 - 2025», «vụ ép 2020/21»), ranges
(«từ 15 - 20 người», «ngập từ 40 - 60cm»), ages and badges' years; and how a number is written
(`NUMBER`), and the units a count may be glued to (`GLUED`). `report_numbers` reads the rest.

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..model.measures import AMOUNT_MEASURES, COUNT_MEASURES
from .report_dates import DATE, days_named, is_date
from .report_mentions import MentionKind
from .report_windows import ends_with_any, measure_after, words_before
from .report_words import (
    AVERAGE_BASES,
    CAPITAL,
    DATE_WORDS,
    LIST_MARK,
    NUMBERED_NAMES,
    NUMBERED_THING,
)

# «9.728», «10.616», «4,5», «05»; a lone «2.100» groups thousands; «168.9 tỷ đồng» a decimal.
NUMBER = (  # and a decimal comma a stray space follows, before a magnitude: «gần 9, 2 tỷ»
    r"\d{1,3},\s\d(?=\s+(?:tỷ|triệu|nghìn|ngàn)(?!\w))|\d{1,3}(?:\.\d{3})+(?:,\d+)?"
    r"|\d{1,3}(?:,\d{3}){2,}(?![\d,])"  # thousands the English way: «3,286,743 USD»
    r"|\d+\.\d{1,2}(?=\s*(?:tỷ|tỉ|triệu|nghìn|ngàn|ha\b|tấn|kg|km|%|mm\b|cm\b|m\b|độ C|°C|‰))"
    r"|\d+(?:,\d+)?"
)
GLUED = (  # a count glued to its unit: «19ha», «304kg», «3.004tổ chức đảng»
    "|".join(
        re.escape(m)
        for m in sorted({*COUNT_MEASURES, *AMOUNT_MEASURES} - {"g"}, key=len, reverse=True)
    )
    + "|(?-i:g)"
)  # grams, glued, in small letters only: «2,431g heroin», not «mạng 5G»
_DIGITS = re.compile(r"\d+")

_TIME = re.compile(  # a time of day («21:49», «(GMT+7)»), a day and its month («28-7»)
    r"(?<![\w:])\d{1,2}[:h]\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?(?![\w:])"
    r"|(?<![\w:])\d{1,2}:\d(?=\s*,\s*(?i:thứ|chủ nhật))"  # a page's stamp: «15:3, Thứ Năm»
    r"|(?i:gmt|utc)\s*[+-]\s*\d{1,2}"  # and a span's first day: «diễn ra vào 24 - 25/05/2018»
    r"|(?<![\w/.,-])(?:[12]?\d|3[01])(?=\s*[-–]\s*(?:[12]?\d|3[01])/(?:0?[1-9]|1[0-2])(?![\d]))"
    # hours: «từ 22 - 23 giờ ngày 19/4», «trực 24/24 giờ», «24/7»
    r"|(?<![\w/.,])(?:[01]?\d|2[0-4])\s*[-–/]\s*(?:[01]?\d|2[0-4])\s*(?:giờ|h)(?!\w)"
    r"|(?<![\w/.,])24/7(?![\w/])"
    r"|(?<![\w/.,])(?:[01]?\d|2[0-4])\s*giờ\s*[0-5]\d(?:\s*phút)?(?![\w.,/])"  # «8 giờ 45»
)

_FOOTNOTE = re.compile(
    r"(?<=[\w%])\s*(?:\(\d{1,2}\)|\[\d{1,3}\])"
)  # «tăng 8,01% (1) so …», «Hồng[1]»

# Items of a list each with its number in a bracket, the next after a comma or the one before.
_ITEM_NEXT = re.compile(r"\s*[,;]\s*[^,;()\d]{2,60}\(\s*\d")

_ITEM_BEFORE = re.compile(r"\(\s*[\d.,]+[^()]*\)\s*[,;]\s*[^,;()\d]{2,60}$")

_DAY_DASH = re.compile(
    r"(?<![\w/.,-])(?:[12]?\d|3[01])\s*[-–]\s*(?:0?[1-9]|1[0-2])(?:[-–]\d{4})?(?![\w/–-]|,\d)"
)

# What a dashed day alone in its bracket, or a named day, stands after: «Hôm qua (8-7), …».
_DAY_NAMED = re.compile(
    r"(?:(?<!\w)(?i:qua|nay|sáng|chiều|tối|trưa|mai)\s*[(,]\s*"  # «Sáng nay, 28-4, tại Hà Nội»
    rf"|(?<!\w)Ngày\s+{CAPITAL}[^\W\d_]*(?:\s+[^\W\d_]+){{0,5}}\s+)$"
)

# A range of ages names a class of people: «tuổi đời từ 18 - 30», «từ 18 đến 30 tuổi».
_AGE_RANGE = re.compile(
    r"(?i)(?<=tuổi)(?: đời| đảng)?\s+(?:từ\s+)?\d{1,2}\s*(?:[-–]|đến)\s*\d{1,2}(?![\w.,/%])"
    r"|(?<![\w.,])(?:từ\s+)?\d{1,2}\s*(?:[-–]|đến)\s*\d{1,2}\s+(?:tháng\s+)?tuổi(?!\w)"
)

# Party badges' years and ages listed: «trao huy hiệu 30, 40, 45 năm», «đủ 65, 50 và 40 năm
# tuổi Đảng», «mừng thọ các cụ 70, 75, 80 và 101 tuổi».
_LISTED = r"\d{1,3}(?:\s*(?:[,;–-]|và)\s*\d{1,3})+"  # «70, 75 và 80», «70 – 75 –80»

_BADGE_YEARS = re.compile(
    rf"(?i)(?:(?<=huy hiệu)|(?<!\d)(?=\s*{_LISTED}\s+(?:năm tuổi đảng|tuổi)))"
    rf"\s*{_LISTED}(?=\s+(?:năm|tuổi)(?!\w))"
)

# A badge named by its years alone: «trao Huy hiệu Đảng 75 cho đảng viên Nguyễn Đình Quyền».
_BADGE_NAMED = re.compile(r"(?i)(?<=huy hiệu)(?:\s+đảng)?\s+\d{2}(?=\s+(?:cho|tới|đến)\s)")

_DASHED_DATE = re.compile(  # and spaced: «Đăng ngày 05 - 07 - 2019»; a page's «2023-01-11»
    r"(?<![\w/.,-])\d{1,2}\s*-\s*\d{1,2}\s*-\s*(?:19|20)\d{2}(?![\w/-])"
    r"|(?<![\w/.,-])(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?![\w/-])"
)

# Words in quotation marks are a name or a slogan («gia đình "5 không, 3 sạch"»).
_QUOTED = re.compile(r"[“\"«‘][^”\"»’]{1,80}(?<![.!?])[”\"»’]")  # «‘5 không, 3 sạch”», no speech

# A movement named by its counted virtues, unquoted: «gia đình 5 không 3 sạch», «3 xanh, 2
# sạch»; and the criteria they add up to, said before it: «đạt 8 tiêu chí 5 không 3 sạch».
_VIRTUE = r"\d{1,2}\s+(?:không|có|sạch|tốt|an|xanh|đẹp|giỏi|đủ|biết|nhất|cùng)(?!\w)"

_SLOGAN = re.compile(
    rf"(?i)(?<![\w.,])(?:\d{{1,2}}\s+tiêu chí\s+)?{_VIRTUE}(?:\s*(?:,|và|-|–)?\s*{_VIRTUE})+"
    r"|(?<![\w.,])\d{1,2}\s+sạch(?!\w)"  # «đạt 3 sạch»: nothing is counted in «sạch»
)

# A range of counts names a class: «Số xã đạt từ 15-18 tiêu chí», «đạt từ 14 đến 18 tiêu chí».
_RANGE_COUNT = re.compile(  # and of rates: «chiếm từ 73,1% - 73,6%»
    rf"(?<![\w.,/-])(?:(?i:từ)\s+(?P<c>{NUMBER})\s*%?\s*(?:[–-]|đến)|(?P<a>{NUMBER})\s*%?\s*[–-])"
    rf"\s*(?P<b>{NUMBER})(?=\s*(?:%|(?i:{GLUED}|cm|mm|m|mét|phút|giờ)(?!\w)))"
)  # and of a depth or a length: «ngập từ 40 - 60cm», «sạt lở sâu vào bờ từ 5 - 15 m»

# Grades, rounds or courses listed by their numbers: «lớp 10, 11, 12», «đợt 1 và 2»; bare
# small numbers listed after «gồm:» or «là:» name the units they stand for.
# A range said in other ways: after «từ», whatever it counts; before a scale; its unit said
# twice.
_RANGE_SAID = re.compile(
    rf"(?<![\w.,/-])(?i:từ)\s+(?P<a>{NUMBER})\s*[–-]\s*(?P<b>{NUMBER})(?![\d.,/]|\s*%|\s*[–-]\s*\d)"
    rf"|(?<![\w.,/-])(?P<a2>{NUMBER})\s*[–-]\s*(?P<b2>{NUMBER})(?=\s+(?:tỷ|tỉ|triệu|nghìn|ngàn)\s)"
    rf"|(?<![\w.,/-])(?P<a3>{NUMBER})\s*(?P<u>[^\W\d]+)\s*[–-]\s*(?P<b3>{NUMBER})\s*(?P=u)(?!\w)"
)
_ORDINAL_LIST = re.compile(
    r"(?i)(?<!\w)(?:lớp|khối|đợt|khóa|khoá|lần thứ|mức độ)\s+\d{1,2}"
    r"(?:\s*(?:,|và|[-–]|đến)\s*(?:(?:lớp|khối)\s+)?\d{1,2}(?!\d|[.,/]\d|%))+"
    r"(?!\s*(?:,\s*)?\d)"
)

_NUMBERS_NAMING = re.compile(
    r"(?i)(?<=:)\s*\d{1,3}(?:\s*,\s+\d{1,3})*\s*(?:,\s|\svà\s)\s*\d{1,3}(?![\d.,%/])"  # not «: 4,1»
)

_DOCUMENT = re.compile(r"(?<![\w/])\d+[a-zđ]?[-/](?:[A-ZĐ][A-ZĐa-zđ]*)(?:[-/.][A-ZĐ][A-ZĐa-zđ]*)*")

_MONTH = re.compile(  # «6/2024»; a week, «trong tuần 43/2022»
    r"(?:(?<![\w/.,])(?:0?[1-9]|1[0-2])|(?<=[tT]uần )\d{1,2})/(?:19|20)\d{2}(?![\w/])"
    r"|(?<![\w/.,-])(?:0?[1-9]|1[0-2])-(?:19|20)\d{2}(?![\w/-])"  # «từ năm 2011 đến 9-2018»
)

_YEARS = re.compile(r"(?<![\w.,/])(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?![\w])")

# Two years that follow each other, a season or a school year: «vụ ép 2020/21», «2019/2020».
_YEAR_PAIR = re.compile(r"(?<![\w.,/])((?:19|20)\d{2})\s*[-–/]\s*((?:19|20)?\d{2})(?![\w/]|[.,]\d)")

_PHONE = re.compile(  # an area code apart: «054. 3833535»
    r"(?<![\w.+])(?:\+84[ .]?|0)\d(?:\d{1,2}\.\s(?:[ .]?\d){6,8}|(?:[ .]?\d){7,9})(?![\w.,]?\d)"
)


def not_figures(text: str) -> Iterator[tuple[re.Match[str], MentionKind]]:
    """The numbers of `text` that are no figures, the surest first: document numbers,
    names, grades, dates, phone numbers, years, ranges and ages."""
    for match in _DOCUMENT.finditer(text):
        yield match, "document"
    for match in NUMBERED_NAMES.finditer(text):
        yield match, "name"
    for match in AVERAGE_BASES.finditer(text):  # «bình quân 1 người 1 tháng», «cứ 100 hộ»
        yield match, "name"
    for match in NUMBERED_THING.finditer(text):  # «tuyến Metro số 1 phục vụ», «Tổ đại biểu
        if not measure_after(text, match.end()) and (
            number := _DIGITS.match(text, match.start("n"))
        ):
            yield number, "name"  # số 4»; not «tăng số 12 người»
    for match in _ORDINAL_LIST.finditer(text):  # «lớp 10, 11, 12»; not «lớp 1, 25 học viên»
        if not measure_after(text, match.end()):
            yield match, "ordinal"
    for match in _NUMBERS_NAMING.finditer(text):  # «4 tổ dân phố, gồm: 1, 3, 5 và 10 có …»
        if not measure_after(text, match.end()):
            yield match, "name"
    for match in _QUOTED.finditer(text):
        if any(c.isdigit() for c in match.group(0)):
            yield match, "name"
    for match in _SLOGAN.finditer(text):  # unquoted: «đạt 8 tiêu chí 5 không 3 sạch»
        yield match, "name"
    for match in re.finditer(r"(?<=\d%)0(?!\w)", text):  # «8,8%0»: per mille, typed so
        yield match, "name"
    for match in _TIME.finditer(text):
        yield match, "date"
    for match in LIST_MARK.finditer(text):  # «Nguyên nhân: (1) hệ thống …; (2) bà con …»
        yield match, "ordinal"
    for match in _FOOTNOTE.finditer(text):  # not an item of a list: «Sở Tài chính (88), Ban …»
        if not (_ITEM_NEXT.match(text, match.end()) or _ITEM_BEFORE.search(text, 0, match.start())):
            yield match, "ordinal"
    for match in _PHONE.finditer(text):
        yield match, "phone"
    for match in _YEARS.finditer(text):
        yield match, "years"
    for match in _YEAR_PAIR.finditer(text):
        if int(match[2]) in (int(match[1]) + 1, (int(match[1]) + 1) % 100):
            yield match, "years"
    for match in _MONTH.finditer(text):
        yield match, "date"
    for match in DATE.finditer(text):
        if is_date(text, match, counted=measure_after(text, match.end()) is not None):
            yield match, "date"
    for match in _DASHED_DATE.finditer(text):  # «(6-12-1989 - 6-12-2019)»
        yield match, "date"
    for match in days_named(text):  # «từ 25 đến 27/1», «chủ nhật (14-4)»
        yield match, "date"
    for match in _AGE_RANGE.finditer(text):  # «tuổi đời từ 18 - 30», «từ 18 đến 30 tuổi»
        yield match, "age"
    for match in _RANGE_COUNT.finditer(text):
        if not _YEARS.fullmatch(match.group(0)):
            yield match, "threshold"
    for match in _DAY_DASH.finditer(text):  # «ngày 27 và 28-7»
        if ends_with_any(  # «ngày 27 và 28-7», «trong đợt 2-9», «dịp 30-4», «Sáng 16-7»
            words_before(text, match.start(), 3),
            (*DATE_WORDS, "và", "đến", "đợt", "dịp", "lễ", "quốc khánh", "kỷ niệm"),
        ) or _DAY_NAMED.search(text, max(0, match.start() - 60), match.start()):
            yield match, "date"  # «Hôm qua (8-7)», «Ngày Dân số Thế giới 11-7»
    for match in _BADGE_YEARS.finditer(text):  # «trao Huy hiệu 30, 40, 45 năm tuổi Đảng»
        yield match, "age"
    for match in _BADGE_NAMED.finditer(text):  # «trao Huy hiệu Đảng 75 cho đảng viên …»
        yield match, "age"
    for match in _RANGE_SAID.finditer(text):  # «từ 47-50 các mặt hàng», «13 - 14 triệu
        low = match["a"] or match["a2"] or match["a3"]  # đồng», «270.000 đồng - 300.000
        last = match["b"] or match["b2"] or match["b3"]  # đồng/lít»
        if _value(last) > _value(low) and not _YEARS.fullmatch(match.group(0)):
            yield match, "threshold"


def _value(written: str) -> float:
    """A number as a report writes it, «270.000» or «4,5», for comparing two ends of a range."""
    grouped = re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", written) is not None
    plain = written.replace(".", "") if grouped else written
    return float(plain.replace(",", ".").replace(" ", ""))


__all__ = ["GLUED", "NUMBER", "not_figures"]
