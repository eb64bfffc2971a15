from decimal import Decimal

import pytest

from analysis.reading.number_text import NumberParseError, parse_number


@pytest.mark.parametrize(
    ("text", "value", "decimals", "suffix"),
    [
        ("9.728", Decimal(9728), 0, ""),
        ("9.897", Decimal(9897), 0, ""),
        ("1.234.567", Decimal(1234567), 0, ""),
        ("98,3%", Decimal("98.3"), 1, "%"),
        ("98,3", Decimal("98.3"), 1, ""),
        ("10 616", Decimal(10616), 0, ""),
        ("10\u00a0616", Decimal(10616), 0, ""),  # non-breaking space
        ("10\u202f616", Decimal(10616), 0, ""),  # narrow non-breaking space
        ("1.234,56", Decimal("1234.56"), 2, ""),
        ("06", Decimal(6), 0, ""),
        (" 05 ", Decimal(5), 0, ""),
        ("−3", Decimal(-3), 0, ""),  # U+2212 minus sign
        ("5,2‰", Decimal("5.2"), 1, "‰"),
    ],
)
def test_vietnamese_text_numbers(text: str, value: Decimal, decimals: int, suffix: str) -> None:
    parsed = parse_number(text)
    assert parsed.value == value
    assert parsed.decimals == decimals
    assert parsed.suffix == suffix
    assert parsed.from_text


def test_dot_is_never_a_decimal_point() -> None:
    assert parse_number("9.728").value != Decimal("9.728")


@pytest.mark.parametrize("text", ["9.72", "1,234.5", "abc", "", "9..728", "12a", "1.2345"])
def test_ambiguous_or_foreign_text_is_refused(text: str) -> None:
    with pytest.raises(NumberParseError):
        parse_number(text)


def test_excel_numbers_keep_their_stored_digits() -> None:
    assert parse_number(9728.0).value == Decimal(9728)
    assert parse_number(9728.0).is_integer
    assert parse_number(98.3).decimals == 1
    assert not parse_number(98.3).from_text
    assert parse_number(7).value == Decimal(7)


@pytest.mark.parametrize("value", [True, float("nan"), float("inf")])
def test_non_numbers_are_refused(value: object) -> None:
    with pytest.raises(NumberParseError):
        parse_number(value)
