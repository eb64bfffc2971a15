import locale
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.model.rates import round_half_up, round_half_up_scalar
from analysis.present.formatting import (
    format_change,
    format_count,
    format_interval,
    format_number,
    format_numbers,
    format_rate,
    format_rates,
    format_ratio,
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
    assert round_half_up_scalar(Decimal("96.45"), 1) == Decimal("96.5")
    # Floats that stand for a tie round half up too (binary 0.15 is a hair below 0.15).
    assert format_number(0.15, decimals=1) == "0,2"
    assert format_number(3 * 100 / 2000, decimals=1) == "0,2"
    assert list(round_half_up([0.15, 98.25, -0.25, 2.675], 1)) == [0.2, 98.3, -0.3, 2.7]
    assert format_number(Decimal("-0.04"), decimals=1) == "0,0"


def test_other_units() -> None:
    assert format_rate(Decimal("5.24"), factor=1000, decimals=1) == "5,2‰"
    assert format_rate(Decimal("12.5"), factor=10000, decimals=1) == "12,5/10.000"
    assert format_number(Decimal("1234567.5"), decimals=2) == "1.234.567,50"


def test_changes_in_percentage_points() -> None:
    assert format_change(Decimal("1.23")) == "+1,2 điểm phần trăm"
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


def _babel(value: Decimal, decimals: int, lang: str) -> str:
    from babel import Locale
    from babel.numbers import parse_pattern

    pattern = parse_pattern("#,##0" + ("." + "0" * decimals if decimals else ""))
    locale = Locale.parse({"vi": "vi_VN", "en": "en_GB"}[lang])
    rounded = round_half_up_scalar(value, decimals)
    if rounded == 0:
        rounded = abs(rounded)
    return str(pattern.apply(rounded, locale, decimal_quantization=False))


@settings(max_examples=300, deadline=None)
@given(
    value=st.one_of(
        st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
        st.integers(min_value=-(10**12), max_value=10**12).map(float),
        st.decimals(min_value=-1000, max_value=1000, places=3).map(float),
    ),
    decimals=st.integers(min_value=0, max_value=4),
    lang=st.sampled_from(["vi", "en"]),
)
@example(value=274877906944.345, decimals=2, lang="vi")  # a tie the scaling blurs
def test_formatting_equals_babel(value: float, decimals: int, lang: str) -> None:
    expected = _babel(Decimal(repr(value)), decimals, lang)
    assert format_number(value, decimals=decimals, lang=lang) == expected  # type: ignore[arg-type]
    assert format_numbers([value], decimals=decimals, lang=lang) == [expected]  # type: ignore[arg-type]


def test_vectorised_formatting_matches_one_by_one() -> None:
    values = [9728.0, 98.2924, 0.15, float("nan"), 1234567.5, -0.04]
    assert format_numbers(values, decimals=1) == [
        "9.728,0",
        "98,3",
        "0,2",
        None,
        "1.234.567,5",
        "0,0",
    ]
    assert format_rates([98.2924, 5.24, 40.0], factors=[100, 1000, 1], decimals=[1, 1, 0]) == [
        "98,3%",
        "5,2‰",
        "40",
    ]
