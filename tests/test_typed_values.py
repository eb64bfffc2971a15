"""Numbers and blanks as offices type them, and --strict."""

from __future__ import annotations

from decimal import Decimal

import pytest
from conftest import WorkbookFactory
from workbooks import row

import analysis
from analysis.reading.number_text import NoDataError, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3,4 ngàn", Decimal(3400)),
        ("3,4 nghìn", Decimal(3400)),
        ("2,5 triệu", Decimal(2500000)),
        ("1,2 tỷ", Decimal(1200000000)),
        ("05", Decimal(5)),  # a leading zero, as reports write small counts
        ("không", Decimal(0)),
        ("Không có", Decimal(0)),
        ("-", Decimal(0)),
        ("—", Decimal(0)),
    ],
)
def test_numbers_in_words(text: str, value: Decimal) -> None:
    assert parse_number(text).value == value


@pytest.mark.parametrize("text", ["...", "…", "N/A", "x", "X"])
def test_no_data_is_not_zero(text: str) -> None:
    with pytest.raises(NoDataError):
        parse_number(text)


def test_a_row_without_a_figure_is_a_warning_and_the_rest_still_counts(
    make_workbook: WorkbookFactory,
) -> None:
    path = make_workbook(
        [
            row("Đảng viên mới", "2024", "…", measure="đảng viên"),
            row("Đảng viên bị khai trừ", "2024", "-", measure="đảng viên"),
            row("Hộ nghèo", "2024", None, measure="hộ"),
            row("Hộ thoát nghèo", "2024", "3,4 ngàn", measure="hộ"),
            row("Đơn thư", "2024", "không", measure="đơn"),
        ]
    )
    dataset = analysis.load(path)
    assert dataset.ok
    assert [(p.code, p.cell) for p in dataset.problems] == [
        ("no_figure", "F2"),
        ("read_as_zero", "F3"),
        ("no_figure", "F4"),
        ("number_as_text", "F5"),
        ("read_as_zero", "F6"),
    ]
    figures = dict(
        zip(dataset.observations["indicator"], dataset.observations["numerator"], strict=True)
    )
    assert figures == {"Đảng viên bị khai trừ": 0, "Hộ thoát nghèo": 3400, "Đơn thư": 0}


def test_strict_counts_every_warning_as_an_error(make_workbook: WorkbookFactory) -> None:
    path = make_workbook([row("Đảng viên mới", "2024", "12"), row("Khác", "2024", 3)])
    relaxed = analysis.load(path)
    assert relaxed.ok and [p.severity for p in relaxed.problems] == ["warning"]
    strict = analysis.load(path, strict=True)
    assert not strict.ok
    assert [(p.code, p.severity) for p in strict.problems] == [("number_as_text", "error")]
    assert strict.problems[0].to_dict()["severity"] == "error"


def test_rates_keep_the_precision_they_were_published_with(
    make_workbook: WorkbookFactory,
) -> None:
    path = make_workbook(
        [
            row("Hồ sơ đúng hạn", "2024", 3898, 4000, rate=97.45, unit="Phường 1"),
            row("Hồ sơ đúng hạn", "2024", 983, 1000, rate="98,3%", unit="Phường 2"),
            row("Hồ sơ đúng hạn", "2024", 9745, 10000, unit="Phường 3"),
        ]
    )
    summary = analysis.summarize(analysis.load(path))
    # The three wards' roll-up, 14.626/15.000, with the fewest decimals any part shows.
    assert list(summary["text"]) == ["97,45%", "98,3%", "97,5%", "97,5%"]
    assert list(summary["unit"])[-1] == "Tổng các đơn vị"
    assert list(summary["ratio_text"])[-1] == "14.626/15.000"
    catalogued = make_workbook(
        [row("Hồ sơ đúng hạn", "2024", 3898, 4000, rate=97.45, code="HS")],
        catalogue=[["Mã", "Số lẻ"], ["HS", 0]],
    )
    assert list(analysis.summarize(analysis.load(catalogued))["text"]) == ["97%"]
