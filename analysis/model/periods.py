"""Reporting periods: reading them as codes (`2024`, `2024S1`, `2024Q2`, `2024-06`,
`2024-06-30`, spans such as `2022/2024S1`), as Excel dates, and as reports write
them ('6 tháng đầu năm 2024', '9 tháng năm 2024', 'Quý II/2024', 'tháng 06 năm
2024', 'Nhiệm kỳ 2020–2025', 'từ 15/3/2023 đến 14/4/2023', in English too), and
naming them in Vietnamese or English. Every label printed here reads back to the
same period (a property test checks)."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from .errors import CATALOGUE, ChisoError
from .labels import EN_MONTHS, PERIOD_NAMES, Lang

if TYPE_CHECKING:  # pandas is imported only where a column is read: `--period` stays light
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

PeriodKind = Literal[
    "year", "half", "quarter", "month", "day", "term", "school_year", "season", "span"
]

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_EN_MONTHS = ("", *EN_MONTHS)


class PeriodParseError(ChisoError, ValueError):
    """A period text that is not one of the accepted forms; `detail` says why (vi / en).
    A `ChisoError` like every error chiso raises on purpose, and a `ValueError` as before.

    Raised by `parse_period`, its message names the value and lists the accepted forms,
    as the workbook's `unparseable_period` problem does."""

    def __init__(self, detail: str, *, value: object = None) -> None:
        self.detail = detail
        self.value = value
        if value is None:
            super().__init__(detail)
            return
        fields = {"value": str(value), "detail": detail}
        _, vi, en = CATALOGUE["unparseable_period"]
        super().__init__(f"{vi.format(**fields)} / {en.format(**fields)}")


@dataclass(frozen=True, order=True)
class Period:
    """A reporting period: the days from `start` to `end`, both included.

    Ordered by start, then end, so sorting gives chronological order.
    """

    start: dt.date
    end: dt.date
    code: str
    kind: PeriodKind
    first: Period | None = None
    last: Period | None = None

    def label(self, *, lang: Lang = "vi") -> str:
        """How a report names the period: 'quý II/2024', '6 tháng đầu năm 2024'."""
        names = PERIOD_NAMES[lang]
        if self.kind == "span":
            assert self.first is not None and self.last is not None
            first, last = self.first, self.last
            if (
                first.kind == last.kind == "month"
                and first.start.month == 1
                and first.start.year == last.start.year
                and last.start.month not in (3, 6, 12)
            ):  # January to a month: '9 tháng năm 2024' ('3 tháng', '6 tháng' would read
                # back as the quarter and the half: those spans keep 'từ … đến …')
                return names["months"].format(months=last.start.month, year=last.start.year)
            return names["span"].format(first=first.label(lang=lang), last=last.label(lang=lang))
        if self.kind in ("term", "school_year", "season"):
            first_year, last_year = self.code.removesuffix("NH").removesuffix("NV").split("-")
            return names[self.kind].format(first_year=first_year, last_year=last_year)
        day = self.start
        key: str = self.kind
        if self.kind == "half":
            key = "first_half" if day.month == 1 else "second_half"
        quarter = (day.month - 1) // 3 + 1
        return names[key].format(
            year=day.year,
            quarter=quarter,
            roman=_ROMAN[quarter],
            month=day.month,
            month_name=_EN_MONTHS[day.month],
            day=day.day,
        )


def parse_period(value: object, *, context: PeriodContext | None = None) -> Period:
    """Read a period from a cell value: a code ('2024S1'), the words a report uses ('6 tháng
    đầu năm 2024', 'Quý II/2024', 'Nhiệm kỳ 2020–2025', 'từ 15/3/2023 đến 14/4/2023'), a
    year number or an Excel date. `context` completes labels that lean on the workbook.

    Raises `PeriodParseError`, naming the value, saying why and which forms are accepted,
    for anything else.
    """
    try:
        return _parse_period(value, context=context)
    except PeriodParseError as exc:
        raise PeriodParseError(exc.detail, value=value) from None


def _parse_period(value: object, *, context: PeriodContext | None = None) -> Period:
    if isinstance(value, dt.datetime):
        return _day(value.date())
    if isinstance(value, dt.date):
        return _day(value)
    if isinstance(value, bool):
        raise PeriodParseError("giá trị đúng/sai / a true/false value")
    if isinstance(value, (int, float)):
        if float(value).is_integer() and 1900 <= int(value) <= 2200:
            return _year(int(value))
        raise PeriodParseError("số không phải năm / a number that is not a year")
    if not isinstance(value, str):
        raise PeriodParseError(f"kiểu {type(value).__name__} / type {type(value).__name__}")
    text = re.sub(r"\s+", "", value).upper()
    if not text:
        raise PeriodParseError("trống / blank")
    if midnight := re.fullmatch(r"(\d{4}-\d{1,2}-\d{1,2})(?:T?00:00(?::00)?)", text):
        text = midnight[1]  # an Excel date read as text: '2024-06-30 00:00:00'
    single = _parse_single(text)
    if single is not None:
        return single
    parts = text.split("/")
    if len(parts) == 2:
        first, last = (_parse_single(part) for part in parts)
        if first is not None and last is not None:
            return _span(first, last)
    worded = _parse_words(value, context)
    if worded is not None:
        return worded
    raise PeriodParseError("dạng không được hỗ trợ / unsupported form")


def _parse_single(text: str) -> Period | None:
    if match := re.fullmatch(r"(\d{4})", text):
        return _year(int(match[1]))
    if match := re.fullmatch(r"(\d{4})[SH]([12])", text):
        return _half(int(match[1]), int(match[2]))
    if match := re.fullmatch(r"(\d{4})Q([1-4])", text):
        return _quarter(int(match[1]), int(match[2]))
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
        return _month(int(match[1]), int(match[2]))
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return _day(_date(int(match[1]), int(match[2]), int(match[3])))
    if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        return _day(_date(int(match[3]), int(match[2]), int(match[1])))
    if match := re.fullmatch(r"(\d{4})-(\d{4})NH", text):
        return _across_two_years(int(match[1]), int(match[2]), "school_year")
    if match := re.fullmatch(r"(\d{4})-(\d{4})NV", text):
        return _across_two_years(int(match[1]), int(match[2]), "season")
    return None


def _check_year(year: int) -> None:
    if not 1900 <= year <= 2200:
        raise PeriodParseError(f"năm {year} ngoài phạm vi / year {year} out of range")


def _date(year: int, month: int, day: int) -> dt.date:
    _check_year(year)
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise PeriodParseError(
            f"ngày {day}/{month}/{year} không tồn tại / {year}-{month:02d}-{day:02d} does not exist"
        ) from None


def _year(year: int) -> Period:
    _check_year(year)
    return Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), code=str(year), kind="year")


# A year that runs across two calendar years, by its kind: the month it opens with, its code's
# suffix and its name in each language, for the error that says it spans one year.
_TWO_YEARS: dict[str, tuple[int, str, str, str]] = {
    "school_year": (9, "NH", "năm học", "a school year"),
    "season": (10, "NV", "niên vụ", "a crop season"),
}


def _across_two_years(first: int, last: int, kind: Literal["school_year", "season"]) -> Period:
    """A school year ('năm học 2013 - 2014', code '2013-2014NH') from 1 September, or a crop or
    processing season ('niên vụ 2022 - 2023', 'vụ ép 2020/21', code '2022-2023NV') from 1
    October (a sugar mill crushes from autumn to spring, coffee is sold from October): each
    ends the day before the next one begins."""
    month, suffix, vi, en = _TWO_YEARS[kind]
    _check_year(first)
    if last != first + 1:
        raise PeriodParseError(
            f"{vi} kéo dài một năm, ví dụ «{vi} 2023 - 2024» / {en} spans one year, e.g. «{vi} "
            "2023 - 2024»"
        )
    end = dt.date(last, month, 1) - dt.timedelta(days=1)
    return Period(
        start=dt.date(first, month, 1), end=end, code=f"{first}-{last}{suffix}", kind=kind
    )


def _day(day: dt.date) -> Period:
    _check_year(day.year)
    return Period(start=day, end=day, code=day.isoformat(), kind="day")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


# -- periods as people type them --------------------------------------------------------------

_ROMAN_NUMBER = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_EN_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(EN_MONTHS, start=1)}
_DASHES = str.maketrans({"–": "-", "—": "-", "−": "-", "‐": "-", "‑": "-"})


@dataclass(frozen=True)
class PeriodContext:
    """What a workbook says around its periods, for labels that lean on it.

    `year` (from the title block, 'BÁO CÁO … NĂM 2024') completes '6 tháng cuối
    năm'; `term` (from the `Thông tin` sheet) gives the dates of 'Nhiệm kỳ
    2020–2025' and of 'từ đầu nhiệm kỳ'; `until` (the end of the reporting
    period) says when 'đến nay' is."""

    year: int | None = None
    term: tuple[dt.date, dt.date] | None = None
    until: dt.date | None = None


def _plain_words(text: str) -> str:
    """Lower case, no accents, single spaces, one kind of dash, no spaces around / and -."""
    from .text import name_key, strip_accents

    words = strip_accents(name_key(text)).translate(_DASHES)
    words = re.sub(r"\s*([/-])\s*", r"\1", words)
    return words.strip(" .,:;")


def _months(year: int, last: int) -> Period:
    """January to month `last` of a year ('9 tháng năm 2024'); the whole year for 12, the
    first half for 6 ('6 tháng năm 2024' is '6 tháng đầu năm 2024'), the first quarter for 3."""
    _check_year(year)
    if not 1 <= last <= 12:
        raise PeriodParseError(f"{last} tháng không hợp lệ / {last} months is not valid")
    if last == 12:
        return _year(year)
    if last in (3, 6):  # the same days as the first quarter or half: one period, one code
        return _quarter(year, 1) if last == 3 else _half(year, 1)
    first, end = _month(year, 1), _month(year, last)
    if last == 1:
        return first
    return _span(first, end)


def _month(year: int, month: int) -> Period:
    _check_year(year)
    if not 1 <= month <= 12:
        raise PeriodParseError(f"tháng {month} không tồn tại / month {month} does not exist")
    return Period(
        start=dt.date(year, month, 1),
        end=_month_end(year, month),
        code=f"{year}-{month:02d}",
        kind="month",
    )


def _half(year: int, half: int) -> Period:
    _check_year(year)
    start = dt.date(year, 1 if half == 1 else 7, 1)
    end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
    return Period(start=start, end=end, code=f"{year}S{half}", kind="half")


def _quarter(year: int, quarter: int) -> Period:
    _check_year(year)
    if not 1 <= quarter <= 4:
        raise PeriodParseError(f"quý {quarter} không tồn tại / quarter {quarter} does not exist")
    first_month = 3 * (quarter - 1) + 1
    return Period(
        start=dt.date(year, first_month, 1),
        end=_month_end(year, first_month + 2),
        code=f"{year}Q{quarter}",
        kind="quarter",
    )


def _term(first: int, last: int, context: PeriodContext | None) -> Period:
    """A Party term written by its years ('Nhiệm kỳ 2020–2025'): those whole years, unless
    the workbook gives the term's dates."""
    _check_year(first)
    _check_year(last)
    if last <= first:
        raise PeriodParseError(
            "năm cuối nhiệm kỳ phải sau năm đầu / the term must end after it starts"
        )
    start, end = dt.date(first, 1, 1), dt.date(last, 12, 31)
    if context and context.term and (context.term[0].year, context.term[1].year) == (first, last):
        start, end = context.term
    return Period(start=start, end=end, code=f"{first}-{last}", kind="term")


def _span(first: Period, last: Period) -> Period:
    if first.start > last.start or first.end >= last.end:
        raise PeriodParseError(
            "kỳ cuối phải kết thúc sau kỳ đầu / the span must end after its first part"
        )
    return Period(
        start=first.start,
        end=last.end,
        code=f"{first.code}/{last.code}",
        kind="span",
        first=first,
        last=last,
    )


def _needs_year(year: str | None, context: PeriodContext | None) -> int:
    if year:
        return int(year)
    if context and context.year:
        return context.year
    raise PeriodParseError(
        "thiếu năm: ghi rõ năm, ví dụ «6 tháng cuối năm 2024» / "
        "the year is missing: write it, e.g. «6 tháng cuối năm 2024»"
    )


def _parse_words(text: str, context: PeriodContext | None) -> Period | None:
    """A period written in words, Vietnamese or English; None when the form is unknown."""
    words = _plain_words(text)
    if not words:
        return None
    if words in ("tu dau nhiem ky den nay", "since the start of the term"):
        if context is None or context.term is None or context.until is None:
            raise PeriodParseError(
                "cần nhiệm kỳ và kỳ báo cáo ở trang Thông tin / needs the term and the "
                "reporting period on the 'Thông tin' sheet"
            )
        start = context.term[0]
        return Period(
            start=start,
            end=context.until,
            code=f"{start.isoformat()}/{context.until.isoformat()}",
            kind="span",
            first=_day(start),
            last=_day(context.until),
        )
    if match := re.fullmatch(r"tu (.+) den (.+)", words) or re.fullmatch(r"(.+) to (.+)", words):
        return _span(_parse_part(match[1], context), _parse_part(match[2], context))
    if match := re.fullmatch(r"(\d{1,2}/\d{1,2}/\d{4})-(\d{1,2}/\d{1,2}/\d{4})", words):
        return _span(_parse_part(match[1], context), _parse_part(match[2], context))
    return _parse_one(words, context)


def _parse_part(words: str, context: PeriodContext | None) -> Period:
    found = _parse_one(words, context)
    if found is None:
        found = _parse_single(words.upper())
    if found is None:
        raise PeriodParseError("không phải khoảng hợp lệ / not a valid span")
    return found


def _parse_one(words: str, context: PeriodContext | None) -> Period | None:
    if match := re.fullmatch(r"(?:nam )?(\d{4})", words):
        return _year(int(match[1]))
    if match := re.fullmatch(r"6 thang (dau|cuoi)(?: nam)?(?: (\d{4}))?", words):
        return _half(_needs_year(match[2], context), 1 if match[1] == "dau" else 2)
    if match := re.fullmatch(r"(first|second) half(?: of)?(?: (\d{4}))?", words):
        return _half(_needs_year(match[2], context), 1 if match[1] == "first" else 2)
    if match := re.fullmatch(r"(?:h([12])[ /-]?(\d{4})|(\d{4})[ /-]?h([12]))", words):
        half, year = (match[1], match[2]) if match[1] else (match[4], match[3])
        return _half(int(year), int(half))  # 'H1 2024', '2024-H2' (web systems' halves)
    if match := re.fullmatch(r"(\d{1,2}) thang(?: dau)?(?: nam)?(?: (\d{4}))?", words):
        return _months(_needs_year(match[2], context), int(match[1]))
    if match := re.fullmatch(r"first (\d{1,2}) months(?: of)?(?: (\d{4}))?", words):
        return _months(_needs_year(match[2], context), int(match[1]))
    if match := re.fullmatch(r"quy (i|ii|iii|iv|[1-4])(?:/|-| nam | )(\d{4})", words):
        number = _ROMAN_NUMBER.get(match[1]) or int(match[1])
        return _quarter(int(match[2]), number)
    if match := re.fullmatch(r"q([1-4])(?:/|-| )(\d{4})", words):
        return _quarter(int(match[2]), int(match[1]))
    if match := re.fullmatch(r"(?:thang |t)(\d{1,2})(?:/|-| nam | )(\d{4})", words):
        return _month(int(match[2]), int(match[1]))
    if match := re.fullmatch(r"(\d{1,2})[/-](\d{4})", words):  # «06/2024», «đến 9-2018»
        return _month(int(match[2]), int(match[1]))
    if (match := re.fullmatch(r"([a-z]+) (\d{4})", words)) and match[1] in _EN_MONTH_NUMBER:
        return _month(int(match[2]), _EN_MONTH_NUMBER[match[1]])
    if match := re.fullmatch(r"(?:ngay )?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", words):
        return _day(_date(int(match[3]), int(match[2]), int(match[1])))
    if (match := re.fullmatch(r"(\d{1,2}) ([a-z]+) (\d{4})", words)) and (
        match[2] in _EN_MONTH_NUMBER
    ):
        return _day(_date(int(match[3]), _EN_MONTH_NUMBER[match[2]], int(match[1])))
    if match := re.fullmatch(r"(?:nhiem ky )?(\d{4})-(\d{4})(?: term)?", words):
        return _term(int(match[1]), int(match[2]), context)
    if match := re.fullmatch(r"nam hoc (\d{4})-(\d{4})|(\d{4})-(\d{4}) school year", words):
        first, last = (match[1], match[2]) if match[1] else (match[3], match[4])
        return _across_two_years(int(first), int(last), "school_year")
    if match := re.fullmatch(r"nien vu (\d{4})-(\d{4})|(\d{4})-(\d{4}) crop season", words):
        first, last = (match[1], match[2]) if match[1] else (match[3], match[4])
        return _across_two_years(int(first), int(last), "season")
    return None


@dataclass(frozen=True)
class PeriodColumn:
    """A column of period cells read once: each distinct value's Period (None where
    unreadable) and, for unreadable ones, why (vi / en); `codes` maps each row to its
    distinct value (-1 for a blank cell)."""

    codes: npt.NDArray[np.intp]
    periods: list[Period | None]
    reasons: list[str | None]
    index: pd.Index

    def errors(self) -> pd.Series:
        """Why each row's period is unreadable (None where it was read or is blank)."""
        return _take(self.reasons, self.codes, self.index)

    def parsed(self) -> pd.Series:
        """Each row's Period (None where blank or unreadable)."""
        return _take(self.periods, self.codes, self.index)

    def years_earlier(self, years: int) -> PeriodColumn:
        """The same periods `years` earlier ('Cùng kỳ năm trước' beside 'Thực hiện')."""
        if years == 0:
            return self
        periods: list[Period | None] = []
        reasons = list(self.reasons)
        for position, period in enumerate(self.periods):
            try:
                periods.append(shift_years(period, -years) if period is not None else None)
            except PeriodParseError as exc:
                periods.append(None)
                reasons[position] = exc.detail
        return replace(self, periods=periods, reasons=reasons)


def shift_years(period: Period, years: int) -> Period:
    """The same period `years` later (earlier when negative): 2024S1 -> 2023S1."""
    code = re.sub(r"\d{4}", lambda year: str(int(year[0]) + years), period.code)
    return parse_period(code)


def _take(values: Sequence[object], codes: npt.NDArray[np.intp], index: pd.Index) -> pd.Series:
    import numpy as np
    import pandas as pd

    lookup = np.empty(len(values) + 1, dtype=object)
    lookup[: len(values)] = list(values)
    lookup[len(values)] = None
    return pd.Series(lookup[np.where(codes >= 0, codes, len(values))], index=index, dtype=object)


def parse_period_column(values: pd.Series, *, context: PeriodContext | None = None) -> PeriodColumn:
    """`parse_period` of every non-blank cell of a column, each distinct value once."""
    import pandas as pd

    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    parsed: list[Period | None] = []
    reasons: list[str | None] = []
    for value in uniques:
        try:
            parsed.append(parse_period(value, context=context))
            reasons.append(None)
        except PeriodParseError as exc:
            parsed.append(None)
            reasons.append(exc.detail)
    return PeriodColumn(codes=codes, periods=parsed, reasons=reasons, index=values.index)
