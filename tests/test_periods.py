import datetime as dt

import pytest

from analysis.model.errors import ChisoError
from analysis.model.periods import PeriodParseError, parse_period


@pytest.mark.parametrize(
    ("raw", "code", "start", "end", "vi", "en"),
    [
        ("2024", "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "năm 2024", "2024"),
        (2024, "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "năm 2024", "2024"),
        (2024.0, "2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "năm 2024", "2024"),
        (
            "2024S1",
            "2024S1",
            dt.date(2024, 1, 1),
            dt.date(2024, 6, 30),
            "6 tháng đầu năm 2024",
            "first half of 2024",
        ),
        (
            "2024s2",
            "2024S2",
            dt.date(2024, 7, 1),
            dt.date(2024, 12, 31),
            "6 tháng cuối năm 2024",
            "second half of 2024",
        ),
        ("2024Q2", "2024Q2", dt.date(2024, 4, 1), dt.date(2024, 6, 30), "quý II/2024", "Q2 2024"),
        (
            "2024-06",
            "2024-06",
            dt.date(2024, 6, 1),
            dt.date(2024, 6, 30),
            "tháng 6/2024",
            "June 2024",
        ),
        (
            "2024-02",
            "2024-02",
            dt.date(2024, 2, 1),
            dt.date(2024, 2, 29),
            "tháng 2/2024",
            "February 2024",
        ),
        (
            "2024-06-30",
            "2024-06-30",
            dt.date(2024, 6, 30),
            dt.date(2024, 6, 30),
            "ngày 30/6/2024",
            "30 June 2024",
        ),
        (
            "30/06/2024",
            "2024-06-30",
            dt.date(2024, 6, 30),
            dt.date(2024, 6, 30),
            "ngày 30/6/2024",
            "30 June 2024",
        ),
        (
            dt.datetime(2024, 6, 30),
            "2024-06-30",
            dt.date(2024, 6, 30),
            dt.date(2024, 6, 30),
            "ngày 30/6/2024",
            "30 June 2024",
        ),
        (
            "2022/2024S1",
            "2022/2024S1",
            dt.date(2022, 1, 1),
            dt.date(2024, 6, 30),
            "từ năm 2022 đến 6 tháng đầu năm 2024",
            "2022 to first half of 2024",
        ),
        (
            "2020-10/2024-06",
            "2020-10/2024-06",
            dt.date(2020, 10, 1),
            dt.date(2024, 6, 30),
            "từ tháng 10/2020 đến tháng 6/2024",
            "October 2020 to June 2024",
        ),
    ],
)
def test_accepted_periods(
    raw: object, code: str, start: dt.date, end: dt.date, vi: str, en: str
) -> None:
    period = parse_period(raw)
    assert (period.code, period.start, period.end) == (code, start, end)
    assert period.label(lang="vi") == vi
    assert period.label(lang="en") == en


@pytest.mark.parametrize(
    "raw",
    [
        "2024-13",
        "31/02/2024",
        "2024S3",
        "2024Q5",
        "2025/2024",
        "",
        "2024/2025/2026",
        12.5,
        True,
    ],
)
def test_refused_periods(raw: object) -> None:
    with pytest.raises(PeriodParseError) as info:
        parse_period(raw)
    assert " / " in info.value.detail  # Vietnamese / English
    # One of chiso's own errors (the CLI's one-line report), and a ValueError as before.
    assert isinstance(info.value, ChisoError)
    assert isinstance(info.value, ValueError)


def test_periods_sort_chronologically() -> None:
    codes = ["2024", "2023Q4", "2024S1", "2022/2024S1"]
    ordered = sorted(parse_period(c) for c in codes)
    assert [p.code for p in ordered] == ["2022/2024S1", "2023Q4", "2024S1", "2024"]
