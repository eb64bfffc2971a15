"""Numbers as Vietnamese reports print them (9.728/9.897, 98,3%, 10.616 lượt),
or in English on request, through Babel's CLDR data so that the machine's
locale never matters. Rounding is half-up on exact decimals, as a reader
checking by hand expects (0,25 → 0,3)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from typing import Literal

from babel import Locale
from babel.numbers import NumberPattern, parse_pattern

Lang = Literal["vi", "en"]

_LOCALE: dict[Lang, str] = {"vi": "vi_VN", "en": "en_GB"}
_POINTS = {"vi": "điểm %", "en": "percentage points"}


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    """Round an exact decimal to `decimals` places, halves away from zero."""
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def format_number(value: Decimal | int | float, *, decimals: int = 0, lang: Lang = "vi") -> str:
    """'9.728', '98,3', '1.234.567,50' (vi) or '9,728', '98.3' (en)."""
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    rounded = round_half_up(exact, decimals)
    if rounded == 0:
        rounded = abs(rounded)  # never print "-0"
    text: str = _pattern(decimals).apply(rounded, _locale(lang), decimal_quantization=False)
    return text


@lru_cache(maxsize=16)
def _pattern(decimals: int) -> NumberPattern:
    # Parsing a CLDR pattern and a locale costs more than applying them: do it once.
    return parse_pattern("#,##0" + ("." + "0" * decimals if decimals > 0 else ""))


@lru_cache(maxsize=4)
def _locale(lang: Lang) -> Locale:
    return Locale.parse(_LOCALE[lang])


def format_count(value: Decimal | int | float, *, lang: Lang = "vi") -> str:
    """A whole count with thousands grouped: '10.616' (vi), '10,616' (en).

    A count that is not whole keeps up to two decimals ('12,5')."""
    exact = value if isinstance(value, Decimal) else Decimal(str(value))
    if exact == exact.to_integral_value():
        return format_number(exact, decimals=0, lang=lang)
    decimals = min(max(-int(exact.normalize().as_tuple().exponent), 0), 2)
    return format_number(exact, decimals=decimals, lang=lang)


def format_rate(
    value: Decimal | float,
    *,
    factor: Decimal | int = 100,
    decimals: int = 1,
    lang: Lang = "vi",
) -> str:
    """A rate in its own unit: '98,3%' (factor 100), '5,2‰' (factor 1000).

    Other factors print as 'x/10.000'; factor 1 prints the plain number."""
    factor = Decimal(factor)
    number = format_number(
        value if isinstance(value, Decimal) else Decimal(str(value)), decimals=decimals, lang=lang
    )
    if factor == 100:
        return f"{number}%"
    if factor == 1000:
        return f"{number}‰"
    if factor == 1:
        return number
    return f"{number}/{format_count(factor, lang=lang)}"


def format_ratio(numerator: Decimal | int, denominator: Decimal | int, *, lang: Lang = "vi") -> str:
    """A count of its base, as the report writes it: '9.728/9.897'."""
    return f"{format_count(numerator, lang=lang)}/{format_count(denominator, lang=lang)}"


def format_with_measure(text: str, measure: str | None) -> str:
    """'10.616' and 'lượt' -> '10.616 lượt'."""
    return f"{text} {measure}" if measure else text


def format_change(
    change: Decimal,
    *,
    factor: Decimal | int = 100,
    decimals: int = 1,
    display: str = "rate",
    lang: Lang = "vi",
) -> str:
    """A signed change: '+1,2 điểm %' for per-cent rates, '+15' for counts."""
    shown = round_half_up(change, decimals if display != "count" else 0)
    if display == "count" and change != change.to_integral_value():
        shown = change  # a non-whole count keeps its decimals
    sign = "+" if shown > 0 else ("−" if shown < 0 else "")  # by what is printed: never "−0,0"
    if display == "count":
        return sign + format_count(abs(shown), lang=lang)
    magnitude = format_number(abs(shown), decimals=decimals, lang=lang)
    if Decimal(factor) == 100:
        return f"{sign}{magnitude} {_POINTS[lang]}"
    return sign + format_rate(abs(change), factor=factor, decimals=decimals, lang=lang)


def format_interval(
    low: float,
    high: float,
    *,
    factor: Decimal | int = 100,
    decimals: int = 1,
    lang: Lang = "vi",
) -> str:
    """'95,9%–96,8%' (an en dash between the bounds).

    Where the upper bound would round to zero (a zero count), more decimals are
    shown so that the interval never reads as '0,0%–0,0%'."""
    while decimals < 4 and high > 0 and round_half_up(Decimal(str(high)), decimals) == 0:
        decimals += 1
    return (
        format_rate(Decimal(str(low)), factor=factor, decimals=decimals, lang=lang)
        + "–"
        + format_rate(Decimal(str(high)), factor=factor, decimals=decimals, lang=lang)
    )
