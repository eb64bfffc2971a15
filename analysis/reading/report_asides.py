"""The years and periods a written report's sentence names that are no figure's period:
what a figure is compared with («so với cùng kỳ năm 2021»), a standard's or a programme's
years («chuẩn nghèo giai đoạn 2022-2025»), years counted («cho 1904 hộ», «sinh năm 1978»),
a congress's or a sitting's term, an event's year; and the earlier time a figure in a
bracket is the level of («so với cùng kỳ năm 2019 (55.317 người)»). `report_frame` leaves
them out of a report's own period, `report_periods` out of a figure's (issue 20).

Pure functions and patterns over text.
"""

from __future__ import annotations

import re

from ..model.measures import COUNT_MEASURES
from ..model.periods import Period, parse_period, shift_years
from .period_phrases import find_period_phrases
from .report_windows import changed_in_bracket

# What a figure is compared with («so với năm 2020», «so với cùng kỳ năm 2021», «bằng 139%
# cùng kỳ năm 2023», written short «tăng 14,01% so năm 2021») is not its period, nor the
# report's.
COMPARISON = re.compile(
    r"(?<!\w)(?:so\s+(?:sánh\s+)?(?:cùng kỳ\s+)?với|(?:so\s+)?cùng kỳ"
    r"|so(?=\s+(?:năm|tháng|quý|kỳ|vụ)\s))[^,;()]*"
    r"|(?<!\w)(?:cao|thấp|nhiều|ít) hơn(?=\s+(?:năm|vụ|tháng|quý|kỳ|cùng kỳ)\s)[^,;()]*"
    r"|(?<!\w)của cả năm \d{4}"
    r"|(?<=%)\s*(?:so với\s+)?(?:dự toán|kế hoạch|KH|chỉ tiêu)[^,;()\d]{0,30}?năm \d{4}",
    re.IGNORECASE,
)  # «bằng 90% số hồ sơ … của cả năm 2021», «bằng 92,5% dự toán năm 2022»: what it is
# compared with; «so vụ mùa năm 2018», «cao hơn năm 2011 1,43 phần nghìn», «So sánh với vụ ép
# mía 2020/21» too


# A figure in a bracket right after the time it is compared with, or one that opens on it: the
# level of that time («so với cùng kỳ năm 2019 (55.317 người)», «(cùng kỳ năm trước là 6.481
# người)», «… so với cùng kỳ năm 2021 là 312 trường hợp»), or its change («giảm 16,8% so với
# cùng kỳ (cùng kỳ tăng 3,5%)»).
_SAME_TIME_BEFORE = re.compile(
    r"(?i)(?:(?<!\w)(?<!tăng )(?<!giảm )(?<!hơn )so với\s+(?:cùng kỳ(?:\s+năm\s+)?|năm\s+)"
    r"(?P<d>(?:19|20)\d{2}|trước|ngoái)?\s+là\s+"  # not «tăng so với năm 2023 là 0,29 điểm»
    r"|(?<!\w)cùng kỳ(?:\s+năm\s+(?P<a>(?:19|20)\d{2}|trước|ngoái))?\s*\(\s*(?:là\s+|:\s*)?"
    r"(?:[^()\d]{0,5}\d[^()]{0,40}?(?:,|;|\svà)\s*)?"  # its next: «(36.276 ca … và 6 ca …)»
    r"|\((?:[^()\d]{0,40}\s)?(?:so với\s+)?cùng kỳ(?:\s+năm\s+(?P<b>(?:19|20)\d{2}|trước|ngoái))?"
    r"\s*(?:là|:|có|đạt|tăng|giảm)?\s*:?\s*"  # «(Cơ cấu … của cùng kỳ năm 2023 là: 23,1%; …)»
    r"(?:[^()\d]{0,5}\d[^()]{0,20}?[;,]\s*){0,8}"
    r"|(?<!\w)so với\s+(?:năm\s+(?P<c>(?:19|20)\d{2}|trước)|(?P<e>(?:19|20)\d{2}))\s*\(\s*)$"
)  # «so với năm 2022 (84,74%)», «bằng 31% so với 2021 (4,77 triệu đồng/người)»


# A season a level is of, named before it or after it: «so với vụ 2021 - 2022 là 124.753 ha»,
# «so với 7.532.728 tấn của vụ 2021 - 2022».
_SEASON_NAMED = (
    r"(?:niên )?vụ(?: ép| mía| đường| sản xuất){0,3} (?:19|20)\d{2}\s*[-–/]\s*\d{2,4}(?![\d/])"
)
_SEASON_BEFORE_IS = re.compile(rf"(?i)(?<!\w)so với\s+(?P<s>{_SEASON_NAMED})\s*(?:là|:)\s*$")
_SEASON_AFTER = re.compile(rf"(?i)[\d.,]+\s*[^\d,;.()]{{0,30}}?\s+của\s+(?P<s>{_SEASON_NAMED})")


def _season_compared(text: str, start: int) -> Period | None:
    """The earlier season a level at `start` is of, when it is what a figure is compared with."""
    named = _SEASON_BEFORE_IS.search(text, max(0, start - 60), start)
    if named is None and _LEVEL_COMPARED.search(text, max(0, start - 30), start):
        named = _SEASON_AFTER.match(text, start)
    phrases = [p.period for p in find_period_phrases(named["s"])] if named else []
    return phrases[0] if len(phrases) == 1 else None


# A level compared with, and the earlier time it is of, after it: «so với mức 5,9 triệu
# đồng/người của Tết năm ngoái», «so với 120 tỷ đồng của năm 2023».
_LEVEL_COMPARED = re.compile(r"(?i)(?<!\w)so với(?:\s+(?:mức|con số|số))?\s*$")
_OF_A_TIME_BEFORE = re.compile(
    r"(?i)[\d.,]+\s*[^\d,;.()]{0,30}?\s+của\s+(?:[^\d,;.()]{0,25}?\s)?"
    r"(?:năm trước|năm ngoái|cùng kỳ(?:\s+năm\s+(?:trước|ngoái))?|(?:cùng kỳ\s+)?năm\s+"
    r"(?P<year>(?:19|20)\d{2}))(?!\w)"
)


def same_time_before(text: str, start: int, period: Period | None) -> Period | None:
    """The report's period in the year a figure at `start` is the level of, when it stands
    in a bracket for the time it is compared with; None for any other figure."""
    if season := _season_compared(text, start):  # «so với vụ 2021 - 2022 là 124.753 ha»
        return season if period is None or season.end < period.end else None
    if _LEVEL_COMPARED.search(text, max(0, start - 30), start) and (
        when := _OF_A_TIME_BEFORE.match(text, start)
    ):  # «giảm 67 triệu đồng so với mức 1,908 tỉ đồng của Tết Nguyên đán năm trước»
        year = when["year"]
        if year and (period is None or int(year) < period.end.year):
            return parse_period(f"năm {year}")
        return shift_years(period, -1) if period is not None and not year else None
    found = _SAME_TIME_BEFORE.search(text, max(0, start - 120), start)
    if found is None or changed_in_bracket(text, start):  # by how much, in the report's period
        return None
    a_year = found["d"] and not found[0].lower().startswith("so với cùng")  # «so với năm 2021 là»
    if period is None:  # a report of no period: a year it names, «so với năm 2019 (748 chuyến)»
        year = found["c"] or found["e"] or (found["d"] if a_year else None)
        return parse_period(f"năm {year}") if year and year.isdigit() else None
    if year := found["c"] or found["e"] or (found["d"] if a_year else None):  # a year compared
        named = int(year) if year.isdigit() else period.end.year - 1  # with: its own level, not
        # the months'
        return parse_period(f"năm {named}") if named < period.end.year else None
    year = found["a"] or found["b"] or found["d"]
    years = int(year) - period.end.year if year and year.isdigit() else -1
    return shift_years(period, years) if years < 0 else None


def no_periods_named(text: str) -> str:
    """The text without the years and terms that name no figure's period: counted («cho 1904
    hộ»), of an event («sinh năm 1978»), a congress's («Đại hội … nhiệm kỳ 2023-2028»), a
    standard's («theo chuẩn nghèo đa chiều giai đoạn 2022-2025»)."""
    text = _programmes_dated_before(STANDARD_NAMED.sub(" ", text))
    return EVENT_YEAR.sub(" ", CONGRESS_TERM.sub(" ", COUNTED_YEARS.sub(" ", text)))


def _programmes_dated_before(text: str) -> str:
    """The text without a programme's term its own sentence states a period before: «Năm 2024,
    tổng nguồn vốn … thuộc Chương trình … giai đoạn 2021 - 2025 là 79,24 tỷ đồng» is of 2024."""

    def dropped(match: re.Match[str]) -> str:
        opening = re.split(r"[.;]\s", text[: match.start()])[-1]
        dated = any(p.kind == "label" and p.period for p in find_period_phrases(opening))
        return " " if dated else match[0]

    return PROGRAMME_TERM.sub(dropped, text)


# A standard or a programme a figure is measured by, named with its term: «theo chuẩn nghèo đa
# chiều giai đoạn 2022-2025», «theo Bộ tiêu chí quốc gia … giai đoạn 2021-2025».
STANDARD_NAMED = re.compile(
    r"(?i)(?<!\w)theo (?:chuẩn|bộ tiêu chí|tiêu chí|quy định|chương trình|đề án)[^,;:.()]{0,80}?"
    r"giai đoạn \d{4}\s*[-–]\s*\d{4}"
)
# A programme named with its term, beside the period reported on: «tổng kết công tác dân tộc
# năm 2022; sơ kết 1 năm thực hiện Chương trình … giai đoạn 2021-2023».
PROGRAMME_TERM = re.compile(
    r"(?i)(?<!\w)(?:chương trình|đề án|chiến lược|dự án)[^,;:.()]{0,120}?"
    r"giai đoạn \d{4}\s*[-–]\s*\d{4}"
)


# A crop season named by its years, which the period of a report on a quarter or a half is not:
# «Trong quý I, toàn huyện gieo trồng vụ Đông Xuân 2022-2023 đạt 100% kế hoạch».
CROP_SEASON = re.compile(
    r"(?i)(?<!\w)vụ\s+(?:đông\s*xuân|hè\s*thu|thu\s*đông|mùa|chiêm|xuân|đông|lúa\s+\S+)"
    r"(?:\s+năm)?\s+(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?(?!\d)"
)
# Four digits that count what follows them are no year («cho 1904 hộ»).
COUNTED_YEARS = re.compile(
    r"(?<![\w./])(?:19|20)\d{2}\s+(?=(?:"
    + "|".join(re.escape(m) for m in sorted(COUNT_MEASURES, key=len, reverse=True) if m != "năm")
    + r")(?!\w))",
    re.IGNORECASE,
)


# The term of a body's sitting («Kỳ họp thứ 4 HĐND huyện, nhiệm kỳ 2016 - 2021», «Đại hội
# … lần thứ XVII, nhiệm kỳ 2020 - 2025», «khóa XIX, nhiệm kỳ …») names the body, not the
# period its figures cover: a congress looks back on the term before.
# A congress named by its term, which names no figure's period: «tổ chức thành công Đại hội
# Hội Nông dân nhiệm kỳ 2023-2028, thành lập 49 Tổ hội …»; not what it elects for the term
# («Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 25 đồng chí»).
CONGRESS_TERM = re.compile(
    r"(?i)(?:kỳ họp|đại hội)(?:(?!\s(?:bầu|bầu ra|gồm|có)\s)[^.;:]){0,80}?"
    r"nhiệm kỳ\s+\d{4}\s*[-–—]\s*\d{4}"
)
SITTING_TERM = re.compile(
    r"(?i)(?:kỳ họp|đại hội|khóa|khoá)(?:[^.;:]{0,80}?)nhiệm kỳ\s+\d{4}\s*[-–—]\s*\d{4}"
)


# The year of an event that is no period of the report: a birth, a founding («bà Trần Thị
# Thúy, sinh năm 1978», «thành lập năm 1930»); a plan's horizon («giai đoạn 2016-2020, định
# hướng đến năm 2030», «tầm nhìn đến năm 2045»); a lunar new year's («Tết … xuân Nhâm Dần
# năm 2022»); a campaign's, its name quoted («"Tháng nhân đạo" năm 2022»).
# A press conference's month or quarter («họp báo thường kỳ tháng 4/2024», «họp báo tình
# hình kinh tế - xã hội quý III/2023»): its year is the report's, its span may not be.
BRIEFING = (
    r"(?i:(?<!\w)họp báo(?:\s+thường kỳ)?(?:\s+[^\d,.;:]{0,50}?)?"
    r"\s+(?:tháng\s+\d{1,2}|quý\s+[IV]{1,3})\s*/\s*((?:19|20)\d{2})(?!\d))"
)
EVENT_YEAR = re.compile(
    BRIEFING
    + r"|(?i:(?<!\w)(?:sinh|năm sinh|thành lập|ra đời|(?:định hướng|tầm nhìn)\s+(?:đến|tới))"
    r"(?:\s+(?:từ|vào|trong))?\s+(?:năm\s+)?(?:19|20)\d{2}(?!\d)"
    r"|(?<!\w)(?:xuân|tết)\s+(?:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+(?:tý|sửu|dần"
    r"|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi)\s+(?:năm\s+)?(?:19|20)\d{2}(?!\d)"
    r"|(?<=[\"”»])\s+năm\s+(?:19|20)\d{2}(?!\d)"
    r"|(?<!\w)năm\s+(?:19|20)\d{2}(?=\s+chuyển sang)"  # «… năm 2021 chuyển sang»: carried over
    r"|(?<!\w)kể từ\s+(?!đầu\s)(?:[^\W\d]+\s+){1,10}?(?:19|20)\d{2}(?!\d))"  # «kể từ ca … 1990»
)


# «năm» typed twice before a year: «thu - chi ngân sách 3 tháng đầu năm năm 2023».
YEAR_WORD_TWICE = re.compile(r"(?i)(?<!\w)năm\s+năm\s+(?=(?:19|20)\d{2}(?!\d))")


# «từ đầu năm 2021 đến nay», «vận hành từ tháng 12/2019, đến nay» start a span, which is not
# the report's period.
SINCE_YEAR = re.compile(
    r"(?<!\w)(?:từ|kể từ)\s+(?:(?:đầu\s+)?năm\s+\d{4}"
    r"|(?:tháng|quý)\s+[\dIVX]+\s*/\s*\d{4}(?=\s*,?\s*(?:đến|tới)\s+nay))",
    re.IGNORECASE,
)


__all__ = [
    "BRIEFING",
    "COMPARISON",
    "CONGRESS_TERM",
    "COUNTED_YEARS",
    "CROP_SEASON",
    "EVENT_YEAR",
    "PROGRAMME_TERM",
    "SINCE_YEAR",
    "SITTING_TERM",
    "STANDARD_NAMED",
    "YEAR_WORD_TWICE",
    "no_periods_named",
    "same_time_before",
]
