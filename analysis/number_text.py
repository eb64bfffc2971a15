"""Reading numbers the way Vietnamese workbooks write them.

A dot groups thousands and a comma marks decimals: "9.728" is nine thousand
seven hundred and twenty-eight, never 9.728; "98,3%" is 98.3 per cent;
"10 616" (with any kind of space) is 10616. Text that fits none of these forms
is refused rather than guessed.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009\u2007]")
_PLAIN = re.compile(r"\d+")
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
_SPACE_GROUPS = re.compile(r"\d{1,3}(?: \d{3})+")
_DECIMAL_COMMA = re.compile(r"(?P<int>\d+|\d{1,3}(?:\.\d{3})+|\d{1,3}(?: \d{3})+),(?P<frac>\d+)")


class NumberParseError(ValueError):
    """A cell that does not hold a number in any accepted form."""


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

    @property
    def is_integer(self) -> bool:
        return self.value == self.value.to_integral_value()


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


def _parse_text(raw: str) -> ParsedNumber:
    text = unicodedata.normalize("NFKC", raw).strip()
    text = _SPACES.sub(" ", text)
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
