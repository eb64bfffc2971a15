"""Reading numbers the way Vietnamese workbooks write them.

A dot groups thousands and a comma marks decimals: "9.728" is nine thousand
seven hundred and twenty-eight, never 9.728; "98,3%" is 98.3 per cent;
"10 616" (with any kind of space) is 10616; "3,4 ngàn" is 3.400 and "2,5 triệu"
is 2.500.000. Words stand for zero as the statistics office writes it ("không",
"không có", and a lone "-" for no occurrence: read as 0, with a warning), and
"...", "N/A" or "x" say there is no data: such a cell gives no figure, never a
silent 0. Text that fits none of these forms is refused rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import numpy as np
import pandas as pd

from ..model.errors import ChisoError

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]")
_PLAIN = re.compile(r"\d+")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACE_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+")
_DECIMAL_COMMA = re.compile(r"(?P<int>\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+),(?P<frac>\d+)")


class NumberParseError(ChisoError, ValueError):
    """A cell that does not hold a number in any accepted form."""


class NoDataError(NumberParseError):
    """A cell that says there is no data ('...', 'N/A', 'x'): no figure, and not an error."""


# Words and marks, lower case, without accents and spaces folded.
_ZERO_WORDS = frozenset(
    {"khong", "khong co", "-", "--", "khong phat sinh", "khong co phat sinh", "chua phat sinh"}
)
_NO_DATA = frozenset({"...", "..", "n/a", "na", "x", "k/c", "kc", "chua co so lieu"})
_DASHES = str.maketrans("–—−", "---")
_MULTIPLIERS = {
    "ngan": 3,
    "nghin": 3,
    "trieu": 6,
    "ty": 9,
    "ti": 9,
}


@dataclass(frozen=True)
class ParsedNumber:
    """A number read from a cell.

    `decimals` is how many decimal digits were written (for text) or stored
    (for numbers); `from_text` is True when the cell held text; `suffix` is
    '%' or '‰' when the text carried one.
    """

    value: Decimal
    decimals: int
    from_text: bool
    suffix: str = ""
    word_for_zero: bool = False  # 'không', 'không có' or a lone dash, read as 0

    @property
    def is_integer(self) -> bool:
        return self.value == self.value.to_integral_value()


def plain_number(value: float) -> str:
    """A number as problems quote it, without grouping: 9728.0 -> '9728', 98.3 -> '98.3'."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


MAX_MAGNITUDE = Decimal(10) ** 15  # beyond any count or amount a workbook reports


def parse_number(value: object) -> ParsedNumber:
    """Read a number from an Excel cell value (a number or Vietnamese-style text).

    Magnitudes of 10^15 and more are refused: they are typing slips, and exact
    decimal arithmetic on them would overflow."""
    parsed = _parse(value)
    if abs(parsed.value) >= MAX_MAGNITUDE:
        raise NumberParseError(str(value))
    return parsed


def _parse(value: object) -> ParsedNumber:
    if isinstance(value, bool):
        raise NumberParseError("true/false")
    if isinstance(value, int):
        return ParsedNumber(Decimal(value), 0, from_text=False)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise NumberParseError(str(value))
        # repr gives the shortest text that round-trips, i.e. what Excel stored.
        exact = Decimal(repr(value))
        if abs(exact) >= MAX_MAGNITUDE:
            raise NumberParseError(repr(value))
        if exact == exact.to_integral_value():
            return ParsedNumber(exact.quantize(Decimal(1)), 0, from_text=False)
        exponent = exact.as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        return ParsedNumber(exact, decimals, from_text=False)
    if isinstance(value, str):
        return _parse_text(value)
    raise NumberParseError(type(value).__name__)


def _words(text: str) -> str:
    """Lower case, no accents, single spaces, one kind of dash and ellipsis."""
    from ..model.text import strip_accents

    plain = strip_accents(unicodedata.normalize("NFC", text)).lower()
    plain = plain.replace("…", "...").translate(_DASHES)
    return " ".join(plain.split())


def _parse_text(raw: str) -> ParsedNumber:
    text = unicodedata.normalize("NFKC", raw).strip()
    text = _SPACES.sub(" ", text)
    words = _words(text)
    if words in _ZERO_WORDS:
        return ParsedNumber(Decimal(0), 0, from_text=True, word_for_zero=True)
    if words in _NO_DATA:
        raise NoDataError(raw)
    power = 0
    if (scaled := re.fullmatch(r"(.+?) ?(ngan|nghin|trieu|ty|ti)", words)) is not None:
        power = _MULTIPLIERS[scaled[2]]
        text = scaled[1]  # digits are the same with or without accents
    suffix = ""
    if text.endswith(("%", "‰")):
        suffix = text[-1]
        text = text[:-1].rstrip()
    sign = ""
    if text[:1] in ("-", "−", "+"):
        sign = "-" if text[0] != "+" else ""
        text = text[1:].lstrip()
    digits, decimals = _digits(text)
    if digits is None:
        raise NumberParseError(raw)
    try:
        number = Decimal(sign + digits)
    except InvalidOperation:
        raise NumberParseError(raw) from None
    if power:  # '3,4 ngàn' = 3.400
        number = number.scaleb(power)
        decimals = max(decimals - power, 0)
        if number == number.to_integral_value():
            number = number.quantize(Decimal(1))
    return ParsedNumber(number, decimals, from_text=True, suffix=suffix)


def _digits(text: str) -> tuple[str | None, int]:
    if _PLAIN.fullmatch(text):
        return text, 0
    if _DOT_GROUPS.fullmatch(text):
        return text.replace(".", ""), 0
    if _SPACE_GROUPS.fullmatch(text):
        return text.replace(" ", ""), 0
    if match := _DECIMAL_COMMA.fullmatch(text):
        whole = match["int"].replace(".", "").replace(" ", "")
        return f"{whole}.{match['frac']}", len(match["frac"])
    return None, 0


@dataclass(frozen=True)
class NumberColumn:
    """A column of number cells read once.

    `values` is float64 (NaN where blank or unreadable); `decimals` how many
    decimal digits each was written or stored with; `from_text` marks numbers
    typed as text; `suffix` is '%', '‰' or ''; `unreadable` marks cells that
    hold something other than a number (text in no accepted form, a date, true/false).
    """

    values: pd.Series
    decimals: pd.Series
    from_text: pd.Series
    suffix: pd.Series
    unreadable: pd.Series
    no_data: pd.Series  # '...', 'N/A', 'x': no figure (a warning)
    word_for_zero: pd.Series  # 'không', '-': read as 0 (a warning)


def _float_decimals(values: pd.Series) -> pd.Series:
    """Decimals of stored numbers (by the shortest repr), each distinct value once."""
    array = values.to_numpy(dtype=np.float64, na_value=np.nan)
    decimals = np.zeros(len(array), dtype=np.int64)
    with np.errstate(invalid="ignore"):
        fractional = np.flatnonzero(np.isfinite(array) & (np.floor(array) != array))
    if fractional.size:
        unique = {float(x): _parse(float(x)).decimals for x in np.unique(array[fractional])}
        decimals[fractional] = [unique[float(x)] for x in array[fractional]]
    return pd.Series(decimals, index=values.index)


def parse_number_column(values: pd.Series) -> NumberColumn:
    """`parse_number` of every cell of a column: numbers pass through as they are, and
    each distinct text (or other value) is parsed once."""
    index = values.index
    if pd.api.types.is_float_dtype(values.dtype) or pd.api.types.is_integer_dtype(values.dtype):
        numbers = values.astype(np.float64)
        too_large = numbers.abs() >= float(MAX_MAGNITUDE)
        return NumberColumn(
            values=numbers.where(~too_large),
            decimals=_float_decimals(numbers),
            from_text=pd.Series(False, index=index),
            suffix=pd.Series("", index=index, dtype=object),
            unreadable=too_large,
            no_data=pd.Series(False, index=index),
            word_for_zero=pd.Series(False, index=index),
        )
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    parsed: list[ParsedNumber | None] = []
    no_data: list[bool] = []
    for value in uniques:
        try:
            parsed.append(parse_number(value))
            no_data.append(False)
        except NoDataError:
            parsed.append(None)
            no_data.append(True)
        except NumberParseError:
            parsed.append(None)
            no_data.append(False)
    present = codes >= 0
    table = pd.DataFrame(
        {
            "value": [float(p.value) if p else np.nan for p in parsed] + [np.nan],
            "decimals": [p.decimals if p else 0 for p in parsed] + [0],
            "from_text": [bool(p and p.from_text) for p in parsed] + [False],
            "suffix": [p.suffix if p else "" for p in parsed] + [""],
            "unreadable": [p is None and not gap for p, gap in zip(parsed, no_data, strict=True)]
            + [False],
            "no_data": [*no_data, False],
            "word_for_zero": [bool(p and p.word_for_zero) for p in parsed] + [False],
        }
    )
    rows = table.iloc[np.where(present, codes, len(parsed))].set_axis(index)
    return NumberColumn(
        values=rows["value"].astype(np.float64),
        decimals=rows["decimals"].astype(np.int64),
        from_text=rows["from_text"].astype(bool),
        suffix=rows["suffix"].astype(object),
        unreadable=rows["unreadable"].astype(bool),
        no_data=rows["no_data"].astype(bool),
        word_for_zero=rows["word_for_zero"].astype(bool),
    )
