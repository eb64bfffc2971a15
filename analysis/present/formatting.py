"""Numbers as Vietnamese reports print them (9.728/9.897, 98,3%, 10.616 lượt),
or in English on request.

The symbols come from Babel's CLDR data for `vi_VN` and `en_GB` (decimal mark,
thousands group, minus sign), so the machine's locale never matters; the
digits are laid out here, once per distinct value, so that formatting a
100.000-row table costs milliseconds rather than a Babel call per cell. A
property test checks that every text equals what Babel's own pattern gives.
Rounding is half up on the exact decimal (`rates.round_half_up`), as a reader
checking by hand expects (0,25 → 0,3). Nothing here computes a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..model.labels import POINTS, Lang
from ..model.rates import decimal_of, is_whole, round_half_up_scalar, scaled_half_up

Number = Decimal | int | float

LOCALES: dict[Lang, str] = {"vi": "vi_VN", "en": "en_GB"}


@dataclass(frozen=True)
class NumberSymbols:
    """A locale's decimal mark, thousands group and minus sign."""

    decimal: str
    group: str
    minus: str


@lru_cache(maxsize=4)
def number_symbols(lang: Lang) -> NumberSymbols:
    """The CLDR symbols of a language, read from Babel once."""
    from babel import Locale

    symbols = Locale.parse(LOCALES[lang]).number_symbols["latn"]
    return NumberSymbols(
        decimal=symbols["decimal"], group=symbols["group"], minus=symbols["minusSign"]
    )


def _layout(integer: int, decimals: int, symbols: NumberSymbols) -> str:
    """An integer count of 10^-decimals units laid out with grouping: (9728, 0) -> '9.728'."""
    if integer == 0:
        integer = 0  # never print "-0"
    sign = symbols.minus if integer < 0 else ""
    digits = str(abs(integer))
    if decimals > 0:
        digits = digits.rjust(decimals + 1, "0")
        whole, fraction = digits[:-decimals], digits[-decimals:]
    else:
        whole, fraction = digits, ""
    grouped = f"{int(whole):,}".replace(",", symbols.group)
    return sign + grouped + (symbols.decimal + fraction if fraction else "")


def format_number(value: Number, *, decimals: int = 0, lang: Lang = "vi") -> str:
    """'9.728', '98,3', '1.234.567,50' (vi) or '9,728', '98.3' (en)."""
    rounded = round_half_up_scalar(value, decimals)
    return _layout(int(rounded.scaleb(decimals)), decimals, number_symbols(lang))


def format_numbers(
    values: npt.ArrayLike, *, decimals: npt.ArrayLike = 0, lang: Lang = "vi"
) -> list[str | None]:
    """`format_number` of every value (None for NaN), each distinct (value, decimals) once."""
    v = np.asarray(values, dtype=np.float64)
    d = np.broadcast_to(np.asarray(decimals, dtype=np.int64), v.shape)
    integers, _ = scaled_half_up(v, d)
    finite = np.isfinite(v)
    symbols = number_symbols(lang)
    if d.size and (d == d.flat[0]).all():
        codes, uniques = pd.factorize(integers)
        places = int(d.flat[0])
        texts = np.array([_layout(int(i), places, symbols) for i in uniques] + [None], dtype=object)
    else:
        pairs = pd.Series(list(zip(integers.tolist(), d.tolist(), strict=True)), dtype=object)
        codes, unique_pairs = pd.factorize(pairs)
        texts = np.array([_layout(int(i), int(k), symbols) for i, k in unique_pairs] + [None])
    chosen = np.where(finite, codes, len(texts) - 1)
    return list(texts[chosen])


def count_decimals(value: Number) -> int:
    """Decimals a count is printed with: 0 when whole, else as written, at most 2."""
    exact = decimal_of(value)
    if exact == exact.to_integral_value():
        return 0
    exponent = exact.normalize().as_tuple().exponent
    return min(max(-int(exponent), 0), 2) if isinstance(exponent, int) else 2


def format_count(value: Number, *, measure: str | None = None, lang: Lang = "vi") -> str:
    """A whole count with thousands grouped: '10.616' (vi), '10,616' (en); with `measure`,
    '10.616 lượt'. A count that is not whole keeps up to two decimals ('12,5')."""
    text = format_number(value, decimals=count_decimals(value), lang=lang)
    return f"{text} {measure}" if measure else text


def format_counts(values: npt.ArrayLike, *, lang: Lang = "vi") -> list[str | None]:
    """`format_count` of every value (None for NaN)."""
    v = np.asarray(values, dtype=np.float64)
    decimals = np.zeros(v.shape, dtype=np.int64)
    fractional = np.flatnonzero(np.isfinite(v) & ~is_whole(v))
    if fractional.size:
        unique = {float(x): count_decimals(float(x)) for x in np.unique(v[fractional])}
        decimals[fractional] = [unique[float(x)] for x in v[fractional]]
    return format_numbers(v, decimals=decimals, lang=lang)


def rate_unit(factor: Number, *, lang: Lang = "vi") -> str:
    """What follows a rate's number: '%' (factor 100), '‰' (1000), '' (1), '/10.000' (other)."""
    exact = decimal_of(factor)
    if exact == 100:
        return "%"
    if exact == 1000:
        return "‰"
    if exact == 1:
        return ""
    return "/" + format_count(exact, lang=lang)


def format_rate(
    value: Number,
    *,
    factor: Number = 100,
    decimals: int = 1,
    lang: Lang = "vi",
) -> str:
    """A rate in its own unit: '98,3%' (factor 100), '5,2‰' (factor 1000).

    Other factors print as 'x/10.000'; factor 1 prints the plain number."""
    return format_number(value, decimals=decimals, lang=lang) + rate_unit(factor, lang=lang)


def format_rates(
    values: npt.ArrayLike,
    *,
    factors: npt.ArrayLike,
    decimals: npt.ArrayLike,
    lang: Lang = "vi",
) -> list[str | None]:
    """`format_rate` of every value (None for NaN)."""
    v = np.asarray(values, dtype=np.float64)
    f = np.broadcast_to(np.asarray(factors, dtype=np.float64), v.shape)
    numbers = format_numbers(v, decimals=decimals, lang=lang)
    units = {float(x): rate_unit(float(x), lang=lang) for x in np.unique(f[np.isfinite(f)])}
    return [
        None if text is None else text + units[float(factor)]
        for text, factor in zip(numbers, f.tolist(), strict=True)
    ]


def format_ratio(numerator: Number, denominator: Number, *, lang: Lang = "vi") -> str:
    """A count of its base, as the report writes it: '9.728/9.897'."""
    return f"{format_count(numerator, lang=lang)}/{format_count(denominator, lang=lang)}"


def format_change(
    change: Number,
    *,
    factor: Number = 100,
    decimals: int = 1,
    display: str = "rate",
    lang: Lang = "vi",
) -> str:
    """A signed change: '+1,2 điểm phần trăm' for per-cent rates, '+15' for counts."""
    exact = decimal_of(change)
    if display == "count":
        shown = exact if exact != exact.to_integral_value() else round_half_up_scalar(exact, 0)
    else:
        shown = round_half_up_scalar(exact, decimals)
    sign = "+" if shown > 0 else ("−" if shown < 0 else "")  # by what is printed: never "−0,0"
    if display == "count":
        return sign + format_count(abs(shown), lang=lang)
    magnitude = format_number(abs(shown), decimals=decimals, lang=lang)
    if decimal_of(factor) == 100:
        return f"{sign}{magnitude} {POINTS[lang]}"
    return sign + magnitude + rate_unit(factor, lang=lang)


def interval_decimals(high: float, decimals: int) -> int:
    """Enough decimals that an upper bound above zero never prints as zero ('0,0%–0,0%')."""
    while decimals < 4 and high > 0 and round_half_up_scalar(high, decimals) == 0:
        decimals += 1
    return decimals


def format_interval(
    low: float,
    high: float,
    *,
    factor: Number = 100,
    decimals: int = 1,
    lang: Lang = "vi",
) -> str:
    """'95,9%–96,8%' (an en dash between the bounds), from bounds in the indicator's unit:
    per cent for factor 100, as `proportion_interval` gives them."""
    decimals = interval_decimals(high, decimals)
    return (
        format_rate(low, factor=factor, decimals=decimals, lang=lang)
        + "–"
        + format_rate(high, factor=factor, decimals=decimals, lang=lang)
    )


def two_digit_counts(text: str, measures: Iterable[str]) -> str:
    """Prose in the house style of many Party reports: a count from one to nine of a thing
    named after it printed with two digits («06 văn bản», «tăng 05 đảng viên»). Only a
    number standing alone before one of `measures` (the figures' units of count) changes: a
    fraction («6/7 chức danh», as the reports print it), rates, years, dates and grouped
    thousands never do."""
    pattern = _counts_before(tuple(sorted({m for m in measures if m.strip()}, key=len)[::-1]))
    if pattern is None:
        return text
    return pattern.sub(lambda match: "0" + match.group(0), text)


@lru_cache(maxsize=32)
def _counts_before(measures: tuple[str, ...]) -> re.Pattern[str] | None:
    if not measures:
        return None
    words = "|".join(re.escape(m.strip()) for m in measures)
    # One digit from 1 to 9 not inside another number (no digit, letter, separator or sign
    # on either side), then a space and the thing counted, which ends there.
    return re.compile(rf"(?<![\w.,/%+\-−])[1-9](?=\s+(?:{words})(?!\w))")
