"""Reporting periods: parsing `2024`, `2024S1`, `2024Q2`, `2024-06`, `2024-06-30`,
`30/06/2024`, real Excel dates and spans such as `2022/2024S1`, and naming them
in Vietnamese or English."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from .labels import EN_MONTHS, Lang

if TYPE_CHECKING:  # pandas is imported only where a column is read: `--period` stays light
    import numpy as np
    import numpy.typing as npt
    import pandas as pd

PeriodKind = Literal["year", "half", "quarter", "month", "day", "span"]

_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_EN_MONTHS = ("", *EN_MONTHS)


class PeriodParseError(ValueError):
    """A period text that is not one of the accepted forms; `detail` says why (vi / en)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


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
        if self.kind == "span":
            assert self.first is not None and self.last is not None
            if lang == "vi":
                return f"từ {self.first.label(lang='vi')} đến {self.last.label(lang='vi')}"
            return f"{self.first.label(lang='en')} to {self.last.label(lang='en')}"
        year = self.start.year
        if self.kind == "year":
            return f"năm {year}" if lang == "vi" else str(year)
        if self.kind == "half":
            first_half = self.start.month == 1
            if lang == "vi":
                return f"6 tháng {'đầu' if first_half else 'cuối'} năm {year}"
            return f"{'first' if first_half else 'second'} half of {year}"
        if self.kind == "quarter":
            quarter = (self.start.month - 1) // 3 + 1
            return f"quý {_ROMAN[quarter]}/{year}" if lang == "vi" else f"Q{quarter} {year}"
        if self.kind == "month":
            month = self.start.month
            return f"tháng {month}/{year}" if lang == "vi" else f"{_EN_MONTHS[month]} {year}"
        day = self.start
        if lang == "vi":
            return f"ngày {day.day}/{day.month}/{day.year}"
        return f"{day.day} {_EN_MONTHS[day.month]} {day.year}"


def parse_period(value: object) -> Period:
    """Read a period from a cell value (text, year number or Excel date).

    Raises `PeriodParseError` for anything else.
    """
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
        if first is None or last is None:
            raise PeriodParseError("không phải khoảng hợp lệ / not a valid span")
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
    raise PeriodParseError("dạng không được hỗ trợ / unsupported form")


def _parse_single(text: str) -> Period | None:
    if match := re.fullmatch(r"(\d{4})", text):
        return _year(int(match[1]))
    if match := re.fullmatch(r"(\d{4})[SH]([12])", text):
        year, half = int(match[1]), int(match[2])
        _check_year(year)
        start = dt.date(year, 1 if half == 1 else 7, 1)
        end = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
        return Period(start=start, end=end, code=f"{year}S{half}", kind="half")
    if match := re.fullmatch(r"(\d{4})Q([1-4])", text):
        year, quarter = int(match[1]), int(match[2])
        _check_year(year)
        first_month = 3 * (quarter - 1) + 1
        start = dt.date(year, first_month, 1)
        end = _month_end(year, first_month + 2)
        return Period(start=start, end=end, code=f"{year}Q{quarter}", kind="quarter")
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})", text):
        year, month = int(match[1]), int(match[2])
        _check_year(year)
        if not 1 <= month <= 12:
            raise PeriodParseError(f"tháng {month} không tồn tại / month {month} does not exist")
        return Period(
            start=dt.date(year, month, 1),
            end=_month_end(year, month),
            code=f"{year}-{month:02d}",
            kind="month",
        )
    if match := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return _day(_date(int(match[1]), int(match[2]), int(match[3])))
    if match := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text):
        return _day(_date(int(match[3]), int(match[2]), int(match[1])))
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


def _day(day: dt.date) -> Period:
    _check_year(day.year)
    return Period(start=day, end=day, code=day.isoformat(), kind="day")


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


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


def _take(values: Sequence[object], codes: npt.NDArray[np.intp], index: pd.Index) -> pd.Series:
    import numpy as np
    import pandas as pd

    lookup = np.empty(len(values) + 1, dtype=object)
    lookup[: len(values)] = list(values)
    lookup[len(values)] = None
    return pd.Series(lookup[np.where(codes >= 0, codes, len(values))], index=index, dtype=object)


def parse_period_column(values: pd.Series) -> PeriodColumn:
    """`parse_period` of every non-blank cell of a column, each distinct value once."""
    import pandas as pd

    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    parsed: list[Period | None] = []
    reasons: list[str | None] = []
    for value in uniques:
        try:
            parsed.append(parse_period(value))
            reasons.append(None)
        except PeriodParseError as exc:
            parsed.append(None)
            reasons.append(exc.detail)
    return PeriodColumn(codes=codes, periods=parsed, reasons=reasons, index=values.index)
