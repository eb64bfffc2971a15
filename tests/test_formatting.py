import locale
from decimal import Decimal

import pytest

from analysis.formatting import (
    format_change,
    format_count,
    format_interval,
    format_number,
    format_rate,
    format_ratio,
    round_half_up,
)


def test_report_number_style() -> None:
    assert format_count(9728) == "9.728"
    assert format_count(Decimal(10616)) == "10.616"
    assert format_ratio(9728, 9897) == "9.728/9.897"
    assert format_rate(Decimal(9728) * 100 / Decimal(9897), decimals=1) == "98,3%"
    assert format_count(5) == "5"


def test_english_rendering() -> None:
    assert format_count(10616, lang="en") == "10,616"
    assert format_ratio(9728, 9897, lang="en") == "9,728/9,897"
    assert format_rate(Decimal("98.29"), decimals=1, lang="en") == "98.3%"


def test_rounding_is_half_up_on_exact_decimals() -> None:
    assert format_number(Decimal("0.25"), decimals=1) == "0,3"
    assert format_number(Decimal("0.35"), decimals=1) == "0,4"
    assert round_half_up(Decimal("96.45"), 1) == Decimal("96.5")
    assert format_number(Decimal("-0.04"), decimals=1) == "0,0"


def test_other_units() -> None:
    assert format_rate(Decimal("5.24"), factor=1000, decimals=1) == "5,2‰"
    assert format_rate(Decimal("12.5"), factor=10000, decimals=1) == "12,5/10.000"
    assert format_number(Decimal("1234567.5"), decimals=2) == "1.234.567,50"


def test_changes_in_percentage_points() -> None:
    assert format_change(Decimal("1.23")) == "+1,2 điểm %"
    assert format_change(Decimal("-0.5"), lang="en") == "−0.5 percentage points"
    assert format_change(Decimal(15), display="count") == "+15"


def test_interval_of_a_zero_count_is_not_printed_as_zero() -> None:
    assert format_interval(0.0, 0.0362, decimals=1) == "0,00%–0,04%"
    assert format_interval(96.08, 96.80, decimals=1) == "96,1%–96,8%"


def test_machine_locale_does_not_matter() -> None:
    previous = locale.setlocale(locale.LC_ALL)
    try:
        for name in ("C.UTF-8", "C"):
            try:
                locale.setlocale(locale.LC_ALL, name)
            except locale.Error:
                continue
            assert format_count(9728) == "9.728"
            assert format_rate(Decimal("98.29"), decimals=1) == "98,3%"
    finally:
        locale.setlocale(locale.LC_ALL, previous)


@pytest.mark.parametrize(("value", "text"), [(Decimal("12.5"), "12,5"), (Decimal(3), "3")])
def test_count_keeps_meaningful_decimals(value: Decimal, text: str) -> None:
    assert format_count(value) == text
