"""A written report's figure's period (issue 20): what the report's frame, or the analyst,
says for every figure of it (`ReportSetting`: its unit and period), and the period the
figure's own sentence states instead («từ đầu nhiệm kỳ đến nay», «từ năm 2022», «trong năm
2022, 2023 và 6 tháng đầu năm 2024», «quý I năm 2021 (tính từ 16/12/2020 đến 15/3/2021)»,
«đến ngày 30/11/2022»), or «đến nay» for a stock. A period is written as `Period.label`
words, which `parse_period` reads back. The unit a sentence names: `report_units`.

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass, replace

from ..model.periods import Period, PeriodContext, PeriodParseError, parse_period
from .period_phrases import MONTHS_OF_YEAR, PeriodPhrase, find_period_phrases, with_year
from .report_asides import COMPARISON, CROP_SEASON, no_periods_named, same_time_before
from .report_frame import ReportFrame, leading_period, looks_back
from .report_mentions import ReportFigure
from .report_units import leading_unit, named_unit, names_another_place, source_place
from .report_words import REACH
from .role_words import plain


@dataclass(frozen=True)
class ReportSetting:
    """What the report's frame, or the analyst, says for every figure of it."""

    unit: str | None
    period: Period | None
    term: tuple[int, int] | None
    until: dt.date | None  # when «đến nay» is
    # the year a period said without its own is in («Ước 6 tháng thu hoạch …») when the report
    # states no period: the latest year its text has given so far
    year: int | None = None


def report_setting(
    frame: ReportFrame, *, unit: str | None = None, period: Period | None = None
) -> ReportSetting:
    """The frame's unit and period, unless the analyst names them."""
    # its title first, then the analyst, then what its opening sentence says
    chosen = frame.period or period or frame.opening_period
    until = chosen.end if chosen else frame.signed
    return ReportSetting(unit or frame.unit, chosen, frame.term, until)


def without_periods(words: str) -> str:
    """A clause's words without the period phrases it states («từ đầu nhiệm kỳ đến nay»)."""
    text = _SINCE_TERM.sub(" ", words)
    text = _SINCE.sub(" ", text)
    text = _YEARS_LIST.sub(" ", text)
    return " ".join(text.split())


# -- unit and period -------------------------------------------------------------------------

_SINCE_TERM = re.compile(r"(?<!\w)từ đầu nhiệm kỳ(?:\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2})?"
                         r"(?:\s+đến nay)?", re.IGNORECASE)  # fmt: skip
# «từ đầu năm 2022 đến nay»; «từ đầu năm đến nay», the report's year
_SINCE = re.compile(r"(?<!\w)(?:(?:từ|kể từ) (?:năm|đầu năm)|giai đoạn(?: từ)?(?: năm)?"
                    r"(?= (?:19|20)\d{2} (?:đến|tới) nay)) ((?:19|20)\d{2})"
                    r"(?:\s+(?:đến|tới) nay|(?!\s*(?:đến|tới|-|–)))"
                    r"|(?<!\w)(?:từ|kể từ) đầu năm(?: nay)? (?:đến|tới) nay(?!\w)",
                    re.IGNORECASE)  # fmt: skip
# Since an event, to now: «Từ đầu mùa dịch đến nay», «Từ sau Phiên họp 24 đến nay».
_SINCE_EVENT = re.compile(
    r"(?i)(?<!\w)(?:từ|kể từ)\s+(?:sau|đầu|khi)\s+(?!năm\b|nhiệm kỳ\b)[^,;.\d]{2,40}?"
    r"(?:\s+\d{1,3})?\s+(?:đến|tới)\s+nay(?!\w)"
)
_YEARS_LIST = re.compile(
    r"(?<!\w)(?:trong|trong các|các)?\s*năm ((?:19|20)\d{2})((?:\s*,\s*(?:19|20)\d{2})*)"
    r"(?:\s*(?:,|và)\s*(6 tháng đầu năm|9 tháng(?: đầu)? năm|quý [IV1-4]+ năm|năm)?\s*"
    r"((?:19|20)\d{2}))",
    re.IGNORECASE,
)
# «đến hết», «đến cuối» right before a month or a year: a stock at its last day («đến hết
# tháng 5/2023»; written without its year, «Tính đến cuối tháng 9», the report's).
_UNTIL_END_WORDS = re.compile(
    r"(?i)(?:đến|tới)\s+(?:hết|cuối)\s+tháng\s+\d{1,2}(?![\d/.-])(?!.*tháng)"
)
# «đến hết», «tới cuối», or opening its clause: «Hết tháng 6/2024, …», «Cuối năm 2023, …»
_UNTIL_END = re.compile(r"(?:(?:den|toi)\s+|(?:^|[,;:]\s*|\.\s+))(?:het|cuoi)\s*$")
_UNTIL_NOW = re.compile(r"(?<!\w)(?:đến nay|hiện nay|tính đến nay)(?!\w)", re.IGNORECASE)
_TO_NOW = re.compile(r"(?i)\s*,?\s*(?:đến|tới) (?:nay|thời điểm này|thời điểm hiện tại)(?!\w)")
# Years counted back from the report's day, as written: «trong 10 năm qua», «5 năm gần đây».
_YEARS_BACK = re.compile(
    r"(?i)(?<![\w,.])(\d{1,2}) năm (?:qua|vừa qua|gần đây|gần nhất|trở lại đây)(?!\w)"
)


_NAMED_BY_DATE = re.compile(r"(?i)(?<!\w)(?:khóa|khoá|lớp|đợt)\s+\d{1,2}/(?:19|20)\d{2}")
# A period in a bracket after the subject a sentence opens with, before its first figure: the
# sentence's, no aside («Tỉnh Đắk Lắk (giai đoạn 2021 - 2025), dự kiến được phân bổ 5.590 tỷ»).
_OPENING_PERIOD = re.compile(
    r"^[^\d()]{1,60}?\(\s*(?:giai đoạn|năm|nhiệm kỳ|thời kỳ)\s[^()]*?(?:19|20)\d{2}[^()]*\)\s*(?=,)"
)
_ASIDE = re.compile(
    r"\((?![^)]*(?:tính từ|từ ngày|từ tháng|từ quý|từ năm|từ \d|tính đến ngày))"
    r"(?!\s*\d{1,2}/\d{1,2}\s*[-–])[^)]*\)"  # not «(29/4-3/5)», a span of days
    r"|giá so sánh(?: năm)? \d{4}"
)


def to_date_if_cumulated(text: str, start: int, period: str | None) -> str | None:
    """A figure's period from January to its end when «lũy kế» names no span of its own
    before it: «Trong tháng 5, chi 830 tỷ đồng; lũy kế 3.983 tỷ đồng» is of the first five
    months; not «lũy kế đến nay» nor «lũy kế … trong kỳ»."""
    if period is None or not _CUMULATED.search(text[max(0, start - REACH) : start]):
        return period
    with suppress(PeriodParseError):
        span = parse_period(period)
        if span.start != span.end and span.start.year == span.end.year:
            return year_to_date(span.end)
    return period


# «lũy kế» (year to date) in the figure's clause, naming no span before the figure: «lũy kế
# 3.983 tỷ đồng cho 1.680 lượt người, tăng 559 tỷ đồng», «lũy kế từ đầu năm đạt 50 tỷ đồng»
_CUMULATED = re.compile(
    r"(?i)(?<!\w)(?:lũy kế|luỹ kế|cộng dồn)(?:\s+từ đầu năm)?(?!\s+(?:đến|tới|từ)\s)"
    r"(?![^;.]*?(?:tháng|quý|năm|ngày|nay|kỳ|kì)\b)[^;]*$"
)


def figure_period(
    text: str,
    start: int,
    setting: ReportSetting,
    *,
    stock: bool,
    end: int | None = None,
    rate: bool = False,
) -> tuple[str | None, str | None]:
    """The figure's period as `parse_period` reads it, and a doubt when it is not sure: a
    bracket of a period alone right after it («giảm từ 12,3% (năm 2011) xuống còn 4,4% (năm
    2016)»), else the nearest the text states before it, else the report's. A `rate` alone
    (no count) at a month's end stands at its last day, as a stock does. «lũy kế»:
    `to_date_if_cumulated`."""
    if (before := same_time_before(text, start, setting.period)) is not None:
        return label(before), None  # «so với cùng kỳ năm 2019 (55.317 người)»
    text = _OPENING_PERIOD.sub(lambda m: m[0].replace("(", ",").replace(")", " "), text)
    if end is not None and (bracket := _PERIOD_AFTER.match(text, end)):
        phrases = find_period_phrases(bracket[1])
        only = phrases[0] if len(phrases) == 1 else None
        if only is not None and only.period is not None and only.kind == "label":
            rest = bracket[1][: only.start] + bracket[1][only.end :]
            if not rest.strip(" ,.;"):
                return label(only.period), None
    if end is not None and (after := _YEAR_AFTER.match(text, end)):
        return label(parse_period(after[1])), None  # «giảm từ 11,25% năm 2011 xuống còn …»
    if end is not None and (closing := _closing_period(text, end, setting)) is not None:
        return closing
    # «so với cùng kỳ năm 2021», «theo giá so sánh năm 2010» and a bracket's aside («(sơ bộ
    # quý I/2015 tăng 7,90%)») are not the period; a bracket that states one is; nor is the
    # year an earlier figure is of («từ 11,25% năm 2011 xuống còn 2,89%»)
    head = COMPARISON.sub(" ", text[max(0, start - REACH) : start])
    head = MONTHS_OF_YEAR.sub(r"\1 năm", head)  # «trong 8 tháng của năm 2021»
    head = _YEAR_AFTER_FIGURE.sub(r"\1", head)
    head = _YEARS_BRACKET.sub(r"từ năm \1 đến năm \2", head)  # «trong 5 năm (2006 – 2010)»
    head = _BARE_YEARS.sub(lambda m: f"từ năm {m[1]} đến {_year_or_now(m[2])}", head)
    head = no_periods_named(_ASIDE.sub(" ", head))  # «cho 1904 hộ», «sinh năm 1978»
    head = _NAMED_BY_DATE.sub(" ", head)  # «khóa 1/2024», «đợt 2/2024»: a course's name
    head = _seasons_of_the_year(head, setting.period)  # «gieo trồng vụ đông xuân năm 2025»
    head = _PLANS_YEAR.sub(r"\1", head)  # «Tính đến ngày 31/8/2022, kế hoạch vốn năm 2022 đã …»
    context = _context(setting)
    if _SINCE_TERM.search(head):
        return _resolved("từ đầu nhiệm kỳ đến nay", context, "Từ đầu nhiệm kỳ đến nay")
    since = [m for m in _SINCE.finditer(head) if not _dated_after(head, m.end())]
    if since and stock and setting.until and _RAISED_TO.search(head, since[-1].end()):
        return label(parse_period(setting.until)), None  # «…, nâng tổng số đảng viên lên …»
    if since:  # «từ đầu năm đến nay»: to the report's end, as written when it names none
        return _since(since[-1], setting.until)
    if (event := [*_SINCE_EVENT.finditer(head)]) and not _dated_after(head, event[-1].end()):
        said = " ".join(event[-1][0].split())  # «Từ đầu mùa dịch đến nay», «Từ sau Phiên họp
        return said[:1].upper() + said[1:], "chưa rõ «đến nay» là khi nào / no end"  # 24 đến nay»
    if (years := list(_YEARS_LIST.finditer(head))) and (listed := _years_span(years[-1])):
        return listed
    phrases = [p for p in find_period_phrases(head) if p.period is not None]
    if span := _from_to(head, phrases):  # «(từ tháng 9/2020 đến 30/4/2021)»
        return span, None
    if (yearless := _yearless_in_clause(head, context.year, context.until)) is not None and (
        within_report(yearless, setting.period)
    ):  # «…; tổng sản lượng … 4 tháng đầu năm ước 93.298 tấn» in a report of quý I/2022
        if stock and yearless.kind == "month" and _UNTIL_END_WORDS.search(head):
            return label(parse_period(yearless.end)), None  # «Tính đến cuối tháng 9, … đạt 531,4»
        return label(as_reported(yearless, setting.period)), None
    if context.year is None and (written := _yearless_written(head)) is not None:
        return written, "chưa rõ năm của kỳ / the period's year is not stated"  # «quý II»
    if phrases and phrases[-1].kind in ("label", "range", "until"):
        return _labelled(head, phrases[-1], setting, stock=stock, rate=rate)
    if counted_back := _YEARS_BACK.search(head.rsplit(";", 1)[-1]):  # «Cũng trong 10 năm qua,
        term = setting.period  # tỉnh có 21 …»; «gần 5 năm qua» in a report on a term of 5: its
        if term and int(counted_back[1]) - (term.end.year - term.start.year) in (0, 1):
            return label(term), None
        back = f"{int(counted_back[1])}{counted_back[0][len(counted_back[1]) :]}"  # «07 năm
        return back, "kỳ tính lùi từ nay / counted back from now"  # qua» is «7 năm qua»
    if _UNTIL_NOW.search(head) and stock and setting.until is not None:
        return label(parse_period(setting.until)), None
    if setting.period is not None:
        return label(setting.period), None
    return None, "chưa rõ kỳ: ghi kỳ của báo cáo / no period: write the report's"


def _context(setting: ReportSetting) -> PeriodContext:
    """The report's year, term and end, which resolve the periods its figures state."""
    return PeriodContext(
        year=setting.period.end.year if setting.period else setting.year,
        term=(dt.date(setting.term[0], 1, 1), dt.date(setting.term[1], 12, 31))
        if setting.term
        else None,
        until=setting.until,
    )


def _labelled(
    head: str, phrase: PeriodPhrase, setting: ReportSetting, *, stock: bool, rate: bool = False
) -> tuple[str | None, str | None]:
    """The period the last phrase of a figure's clause states: a span of years («giai đoạn
    2011 – 2015», no term), a stock's last day («đến hết tháng 5/2023, có 602 trường»), or from
    it to now («vận hành từ tháng 12/2019, đến nay đã cung cấp 3.805 DVC»: now's, for a stock;
    from December 2019 to the report's end, for a flow). A flow «đến hết» the report's last
    month («Hết tháng 6/2024, hoàn thành 12 km đường» in a report of 6 months) is the report's."""
    period, until = phrase.period, setting.until
    assert period is not None
    if _TO_NOW.match(head, phrase.end):
        if until is None:
            return f"Từ {label(period)} đến nay", "chưa rõ «đến nay» là khi nào / no end"
        if stock:
            return label(parse_period(until)), None
        with suppress(PeriodParseError):
            return label(parse_period(f"từ {period.start:%d/%m/%Y} đến {until:%d/%m/%Y}")), None
    if period.kind == "term" and not phrase.words.startswith("nhiem ky"):
        period = parse_period(f"từ năm {period.start.year} đến năm {period.end.year}")
    ended = _UNTIL_END.search(plain(head)[: phrase.start])
    by_month = (  # «Đến tháng 6/2025, … 169/169 xã» in a report of the year: the month's end;
        period.kind == "month"  # a rate's too: «Đến tháng 9/2024, … đạt tỷ lệ 55,5%»
        and re.search(r"(?:^|[,;:.]\s*|\s)(?:tinh\s+)?den\s*$", plain(head)[: phrase.start])
    )
    if (ended or by_month) and period.kind in ("month", "quarter", "half", "year"):
        if stock or (rate and period.kind == "month"):  # a rate at a month's end is that day's
            period = parse_period(period.end)
        elif setting.period is not None and setting.period.end == period.end:
            period = setting.period
    return label(period), None


def _dated_after(head: str, at: int) -> bool:
    """Whether the text after `at` states a period of its own: «Từ năm 2021 đến nay, …, năm
    2023 bằng 140,4% so với kế hoạch» is of 2023."""
    return any(p.period is not None and p.kind == "label" for p in find_period_phrases(head[at:]))


def _closing_period(text: str, end: int, setting: ReportSetting) -> tuple[str, str | None] | None:
    """A period «trong» or «vào» closing the figure's own clause, no number between: «812
    đảng viên mới được kết nạp trong 6 tháng đầu năm 2024, tăng 331 …»; one without its year
    in the report's («… lần đầu vượt mốc hơn 2 triệu lượt trong năm nay»), or as written when
    the report states no year."""
    clause = re.split(r"[,;()]|\.(?!\d)", text[end : end + 150])[0].rstrip()
    found = re.search(r"\s(?:trong|vào)\s+(.+)$", clause)
    if found is None or re.search(r"\d", clause[: found.start()]):
        return None
    phrases = find_period_phrases(found[1])
    if len(phrases) != 1 or phrases[0].start > 0 or phrases[0].end < len(found[1]):
        return None
    if phrases[0].kind == "label" and phrases[0].period is not None:
        return label(phrases[0].period), None
    if phrases[0].kind != "yearless":
        return None
    if setting.period is None:
        return found[1], "chưa rõ năm của kỳ / the period's year is not stated"
    yearless = with_year(phrases[0].words, setting.period.end.year)
    return (label(yearless), None) if yearless is not None else None


def _seasons_of_the_year(head: str, reported: Period | None) -> str:
    """The head without the crop seasons and the call-ups of the report's year, which name
    what is sown or called, not the figure's period: «Trong 6 tháng đầu năm diện tích gieo
    trồng vụ đông xuân năm 2025 ước đạt 43.379 ha» is of the six months; «vụ mùa 2024» in a
    report of 2025 is of 2024; a season of two years is a span of its own («vụ đông xuân
    2024-2025»)."""
    if reported is None:
        return head
    year = re.compile(rf"(?<![-–\d])\s{reported.end.year}$")
    head = _CALL_UP.sub(lambda m: " " if year.search(m[0]) else m[0], head)
    return CROP_SEASON.sub(lambda m: " " if year.search(m[0]) else m[0], head)


# The call-up of a year, named by it as a season is («tuyển chọn và gọi công dân nhập ngũ năm
# 2023, bàn giao quân an toàn, đạt 100% chỉ tiêu» in a report of the first half of 2023); a
# report of the call-up itself keeps its title's year (`report_frame` reads titles apart).
_CALL_UP = re.compile(
    r"(?i)(?<!\w)(?:nhập ngũ|tuyển quân|giao quân|giao nhận quân|nghĩa vụ quân sự)"
    r"\s+năm\s+(?:19|20)\d{2}(?!\s*[-–]\s*\d)(?!\d)"
)


# The year a plan is of, which a figure done on it is not: «Tính đến ngày 31/8/2022, tổng kế
# hoạch vốn năm 2022 đã giải ngân 1.226,629 tỷ đồng» is of the 31st of August; nor is what
# was signed up for the next year: «ra mắt các công trình đăng ký thực hiện năm 2023; … trao …».
_PLANS_YEAR = re.compile(
    r"(?i)(?<!\w)((?:kế hoạch|dự toán|chỉ tiêu|đăng ký)(?:\s+(?!năm\b)[^\W\d]+){0,5}?)"
    r"\s+năm\s+(?:19|20)\d{2}(?!\s*[-–]\s*\d)"
)
_YEARS_BRACKET = re.compile(r"\(\s*((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\s*\)")
# Years written bare, «từ» one «đến» the other or now: «Từ 2013 đến 2022, toàn quốc …»; not
# a count's bounds («từ 2000 đến 2500 người»).
_BARE_YEARS = re.compile(
    r"(?i)(?<!\w)(?:từ|giai đoạn(?: từ)?)\s+((?:19|20)\d{2})\s*(?:đến|tới)\s*"
    r"((?:19|20)\d{2}|nay)(?=\s*(?:[,.;:)]|$))"
)


def _year_or_now(end: str) -> str:
    return "nay" if end.lower() == "nay" else f"năm {end}"


def _yearless_in_clause(head: str, year: int | None, until: dt.date | None) -> Period | None:
    """The period the figure's own clause states last, without its year («4 tháng đầu năm»,
    «ước 04 tháng»), in the report's year, or from it to the report's end («Từ tháng 6 đến
    nay»); None when the clause's last period has its year.
    A clause that opened on a comparison alone is the one before's («tháng 9 ước đạt 2.076
    ngàn người; so với tháng trước, vận chuyển tăng 0,8%»)."""
    clauses = head.split(";")
    clause = clauses.pop()
    while clauses and re.match(r"\s*,", clause) and not find_period_phrases(clause):
        clause = clauses.pop() + ";" + clause
    phrases = find_period_phrases(clause)
    if year is None or not phrases or phrases[-1].kind != "yearless":
        return None
    if _PLAN_OF.search(plain(clause)[: phrases[-1].start]):
        return None  # «113,3% dự toán huyện giao cả năm»: the plan's span, not the figure's
    named = with_year(phrases[-1].words, year)
    to_now = _TO_NOW_PLAIN.match(plain(clause), phrases[-1].end)
    if named and until and to_now and named.start <= until:
        first = _month(named.start) if named.start.day == 1 else f"{named.start:%d/%m/%Y}"
        last = _month(until) if (until + dt.timedelta(days=1)).day == 1 else f"{until:%d/%m/%Y}"
        return parse_period(f"từ {first} đến {last}")
    return named


_TO_NOW_PLAIN = re.compile(r"\s*,?\s*(?:den|toi) (?:nay|thoi diem nay|thoi diem hien tai)(?!\w)")


def _yearless_written(head: str) -> str | None:
    """The period the figure's own clause states last without its year, as written («sơ bộ
    quý II tăng 10,97%» -> «quý II»), in a report that states no year to put it in."""
    clause = " ".join(head.rsplit(";", 1)[-1].split())
    phrases = find_period_phrases(clause)
    if not phrases:  # «Tính đến ngày 20/9, diện tích … 11.260 ha; diện tích … 3.912 ha»
        clause = " ".join(re.split(r"[.!?]\s", head)[-1].split())
        phrases = [p for p in find_period_phrases(clause) if p.start <= 12]
    if not phrases or phrases[-1].kind != "yearless" or len(plain(clause)) != len(clause):
        return None
    return clause[phrases[-1].start : phrases[-1].end]


# A plan a span qualifies, right before it: «dự toán huyện giao cả năm», «kế hoạch năm».
_PLAN_OF = re.compile(r"(?:ke hoach|du toan|chi tieu|kh)(?: \w+){0,3} $")


# A year right after a figure and its unit of measure, closing its clause: «mỗi xã chỉ đạt 2
# tiêu chí năm 2010, …», «giảm từ 11,25% năm 2011 xuống còn 2,89%»; not after a comparison.
_MEASURE_WORDS = (  # not a comparison's, nor a span's («8 tháng đầu năm 2022»)
    r"(?:\s+(?!(?:so|với|bằng|của|kế|dự|chỉ|nghị|trước|sau|từ|đến|trong|vào|là|tháng|quý|đầu"
    r"|cuối|năm|ngày|tuần|học)\b)[^\W\d]+){0,3}?"
)
_CLOSING = (  # «47,5% năm 2010 tăng lên», «96% vào năm 2009 và 99,53% vào năm 2019»
    r"(?=\s*(?:[,;.()]|(?:(?:tăng|giảm)\s+(?:từ\s+)?)?(?:xuống|lên)|và(?:\s+\d|\s*$)|bao gồm|$))"
)
_YEAR_AFTER = re.compile(
    r"\s*%?" + _MEASURE_WORDS + r"\s+(?:vào\s+)?(năm\s+(?:19|20)\d{2})" + _CLOSING
)
_YEAR_AFTER_FIGURE = re.compile(  # not a month's number: «Trong tháng 12 năm 2023, …»
    r"(?<!tháng )(?<!tháng \d)(?<!Tháng )(?<!Tháng \d)(\d\s*%?"
    + _MEASURE_WORDS
    + r")\s+(?:vào\s+)?năm\s+(?:19|20)\d{2}"
    + _CLOSING
)


# A bracket right after a figure and its unit of measure: «4,4% (năm 2016)», «35 hộ (năm 2020)»
_PERIOD_AFTER = re.compile(r"(?:\s*[^\W\d]+){0,3}?\s*\(([^()]{4,40})\)")


# What a flow brought a stock to, which stands at the span's end: «nâng tổng số đảng viên lên».
_RAISED_TO = re.compile(r"(?i)(?<!\w)nâng (?:tổng số|tổng|lên)(?!\w)[^,;]*$")


def _since(since: re.Match[str], until: dt.date | None) -> tuple[str | None, str | None]:
    """«từ (đầu) năm 2022 đến nay»: from January of that year to the report's end; as
    written when the report does not say when it ends."""
    written = " ".join(since[0].split()) + ("" if since[0].endswith(" nay") else " đến nay")
    written = written[:1].upper() + written[1:]
    if until is None:
        return written, "chưa rõ «đến nay» là khi nào / no end"
    year = int(since[1]) if since[1] else until.year  # «từ đầu năm đến nay»: the report's
    try:
        if until.year == year:  # «từ đầu năm 2021 đến nay» in a report of 2021
            return year_to_date(until), None
        return label(parse_period(f"từ năm {year} đến {_month(until)}")), None
    except PeriodParseError:  # a year after the report's end: said, never a crash
        return written, "kỳ không khớp với kỳ báo cáo / the period does not fit the report's"


def year_to_date(until: dt.date) -> str:
    """From January to `until`, as a report names it: «5 tháng năm 2019», «năm 2021», «từ
    1/1/2018 đến 10/9/2018» («tính đến ngày 10-9-2018»: to that day)."""
    if (until + dt.timedelta(days=1)).day != 1:
        return label(parse_period(f"từ 1/1/{until.year} đến {until:%d/%m/%Y}"))
    if until.month == 12:
        return label(parse_period(f"năm {until.year}"))
    return label(parse_period(f"{until.month} tháng năm {until.year}"))


def _from_to(head: str, phrases: list[PeriodPhrase]) -> str | None:
    """The span two periods make when the text goes «từ» the first «đến» (or «-») the last:
    «từ tháng 9/2020 đến 30/4/2021», «từ tháng 7/2019 - tháng 8/2020»."""
    if len(phrases) < 2 or phrases[-2].kind != "label":
        return None
    first, last = phrases[-2], phrases[-1]
    if (
        not re.search(r"(?i)(?<!\w)từ\s*$", head[: first.start])
        or not re.fullmatch(r"(?i)\s*(?:đến|tới|-|–)?\s*", head[first.end : last.start])
        or not re.match(r"(?i)\s*(?:đến|tới|-|–)", head[first.end :])
    ):
        return None
    assert first.period is not None and last.period is not None
    try:
        return label(parse_period(f"từ {first.period.label()} đến {last.period.label()}"))
    except PeriodParseError:
        return None


def _years_span(match: re.Match[str]) -> tuple[str, str | None] | None:
    """«năm 2022, 2023 và 6 tháng đầu năm 2024» -> from 2022 to the first half of 2024; two
    years apart, «năm 2012 và 2017», as written: not the years between."""
    first = f"năm {match[1]}"
    last = f"{match[3] or 'năm'} {match[4]}"
    if not match[2] and (match[3] or "năm") == "năm" and int(match[4]) - int(match[1]) > 1:
        return f"năm {match[1]} và {match[4]}", "hai năm rời nhau / two years apart"
    try:
        return label(parse_period(f"từ {first} đến {last}")), None
    except PeriodParseError:
        return None


def _resolved(words: str, context: PeriodContext, written: str) -> tuple[str | None, str | None]:
    try:
        return label(parse_period(words, context=context)), None
    except PeriodParseError:
        return written, "cần nhiệm kỳ và kỳ báo cáo / needs the term and the report's period"


def as_opened(
    sentence: str, here: ReportSetting, setting: ReportSetting, said: Iterable[ReportFigure]
) -> ReportSetting:
    """What a sentence's figures take, from the report's `setting` and `here`, what the
    sentences before it set: the level it opens with («Với cấp tỉnh, …»); the report's period
    after years counted back («Qua 6 năm, …» after «Năm 2011 bắt tay …»); the period it opens
    with («Tháng 9/2021, …»), said without its year in the report's, or else in the latest
    year the figures `said` before it name («Ước 6 tháng …» after «… 6 tháng đầu năm 2022»),
    read only when the report states no period."""
    carried = here.unit if here.unit != setting.unit else None  # «Tại Nghệ An, …» before
    if carried and names_another_place(sentence, carried):  # «… của Chi cục Kiểm lâm tỉnh
        carried = source_place(sentence, setting.unit)  # Thừa Thiên-Huế cho biết …»: no
        # longer Nghệ An's, but the province that body reports on
    here = replace(here, unit=leading_unit(sentence, setting.unit) or carried or setting.unit)
    here = replace(here, period=setting.period) if looks_back(sentence) else here
    here = replace(here, year=setting.period.end.year if setting.period else year_said(said))
    opened = leading_period(sentence, here.year)
    if opened is not None and within_report(opened, setting.period):
        here = replace(here, period=as_reported(opened, setting.period))
    return here


def plans_after(sentence: str, reported: Period | None) -> bool:
    """Whether a sentence opens on a time after the report's and says what will go on: «Năm
    2023, Cụm thi đua số 2 tiếp tục … kết nạp mới 530 đoàn viên» in a report of 2022."""
    opened = leading_period(sentence, reported.end.year) if reported else None
    later = opened is not None and reported is not None and opened.start > reported.end
    return later and _GOES_ON.search(sentence) is not None


_GOES_ON = re.compile(r"(?i)(?<!\w)(?:tiếp tục|sẽ|tập trung|phấn đấu|quyết tâm)(?!\w)")
_YEAR_SAID = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def year_said(figures: Iterable[ReportFigure]) -> int | None:
    """The latest year the periods of the figures said so far name, if any."""
    named = _YEAR_SAID.findall(" ".join(str(f.period) for f in figures if f.period))
    return max(map(int, named), default=None)


def _month(day: dt.date) -> str:
    return f"tháng {day.month}/{day.year}"


def label(period: Period) -> str:
    return period.label()


def within_report(period: Period, reported: Period | None) -> bool:
    """Whether a period a sentence opens with can date figures: not one after the report's
    end, a plan («Trong 6 tháng cuối năm, Hội … chuẩn bị …» in a report of the first half)."""
    return reported is None or period.start <= reported.end


def as_reported(period: Period, reported: Period | None) -> Period:
    """The report's own period for the same span named loosely («Trong 6 tháng đầu năm, …» in
    a report «6 tháng đầu năm 2021 (từ ngày 15/12/2020 đến ngày 15/6/2021)»)."""
    if reported is None:
        return period
    close = abs((period.start - reported.start).days) <= 31
    close = close and abs((period.end - reported.end).days) <= 31
    # of about the same length: «6 tháng đầu năm» for «từ 15/12/2020 đến 15/6/2021», not
    # «4 tháng đầu năm» for «quý I»
    days = [(p.end - p.start).days + 1 for p in (period, reported)]
    return reported if close and abs(days[0] - days[1]) <= max(days) // 10 else period


def units_into_brackets(figures: list[ReportFigure]) -> list[ReportFigure]:
    """A figure in a bracket that opens right after another figure is of that figure's unit:
    «… cao nhất là huyện Ninh Sơn đạt 167% (giảm 3% so với …)»."""
    result = list(figures)
    for index, f in enumerate(figures):
        opened = f.sentence.rfind("(", 0, f.at)
        if opened < 0 or ")" in f.sentence[opened : f.at]:
            continue
        before = [g for g in result[:index] if g.at < opened and g.sentence == f.sentence]
        inside = f.sentence[opened + 1 : f.at]  # «(trong đó cấp huyện là 12.932 hồ sơ»: its own
        if (
            before
            and named_unit(inside, len(inside)) is None
            and not (f.unit and f.unit in inside)  # «dưới 1% (Thanh An 0,3%, …»: its own
            and re.fullmatch(
                r"[\d.,]+\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+){0,5})?\s*",
                between := f.sentence[before[-1].at : opened],
            )
            and not re.search(r"(?<!\w)lần\s+\S", between)  # «gấp 1,5 lần khu vực nông thôn
        ):  # (4,17 triệu đồng)»: the bracket is what is compared with's
            result[index] = replace(f, unit=before[-1].unit)
    return result


__all__ = [
    "ReportSetting",
    "as_opened",
    "as_reported",
    "figure_period",
    "label",
    "report_setting",
    "to_date_if_cumulated",
    "units_into_brackets",
    "within_report",
    "without_periods",
    "year_said",
    "year_to_date",
]
