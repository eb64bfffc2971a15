"""Periods as people type them, and every printed label read back to the same period."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from analysis.model.periods import Period, PeriodContext, PeriodParseError, parse_period


@pytest.mark.parametrize(
    ("text", "code", "start", "end"),
    [
        ("6 tháng đầu năm 2024", "2024S1", dt.date(2024, 1, 1), dt.date(2024, 6, 30)),
        ("6 THÁNG CUỐI NĂM 2023", "2023S2", dt.date(2023, 7, 1), dt.date(2023, 12, 31)),
        ("9 tháng năm 2024", "2024-01/2024-09", dt.date(2024, 1, 1), dt.date(2024, 9, 30)),
        ("9 tháng đầu năm 2024", "2024-01/2024-09", dt.date(2024, 1, 1), dt.date(2024, 9, 30)),
        ("Năm 2023", "2023", dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
        ("Quý II/2024", "2024Q2", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        ("quý 2 năm 2024", "2024Q2", dt.date(2024, 4, 1), dt.date(2024, 6, 30)),
        ("Tháng 6/2024", "2024-06", dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
        ("tháng 06 năm 2024", "2024-06", dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
        ("06/2024", "2024-06", dt.date(2024, 6, 1), dt.date(2024, 6, 30)),
        ("Nhiệm kỳ 2020–2025", "2020-2025", dt.date(2020, 1, 1), dt.date(2025, 12, 31)),
        ("2010-2015", "2010-2015", dt.date(2010, 1, 1), dt.date(2015, 12, 31)),
        ("Năm học 2013 - 2014", "2013-2014NH", dt.date(2013, 9, 1), dt.date(2014, 8, 31)),
        ("Niên vụ 2022 - 2023", "2022-2023NV", dt.date(2022, 10, 1), dt.date(2023, 9, 30)),
        (
            "từ 15/3/2023 đến 14/4/2023",
            "2023-03-15/2023-04-14",
            dt.date(2023, 3, 15),
            dt.date(2023, 4, 14),
        ),
        (
            "15/3/2023 - 14/4/2023",
            "2023-03-15/2023-04-14",
            dt.date(2023, 3, 15),
            dt.date(2023, 4, 14),
        ),
        (
            "Tu 15/3/2023 den 14/4/2023",
            "2023-03-15/2023-04-14",
            dt.date(2023, 3, 15),
            dt.date(2023, 4, 14),
        ),
    ],
)
def test_periods_as_people_type_them(text: str, code: str, start: dt.date, end: dt.date) -> None:
    period = parse_period(text)
    assert (period.code, period.start, period.end) == (code, start, end)


def test_labels_that_lean_on_the_workbook() -> None:
    context = PeriodContext(
        year=2024, term=(dt.date(2020, 10, 15), dt.date(2025, 10, 14)), until=dt.date(2024, 6, 30)
    )
    assert parse_period("6 tháng cuối năm", context=context).code == "2024S2"
    term = parse_period("Nhiệm kỳ 2020 - 2025", context=context)
    assert (term.start, term.end, term.kind) == (
        dt.date(2020, 10, 15),
        dt.date(2025, 10, 14),
        "term",
    )
    since = parse_period("Từ đầu nhiệm kỳ đến nay", context=context)
    assert (since.start, since.end) == (dt.date(2020, 10, 15), dt.date(2024, 6, 30))
    with pytest.raises(PeriodParseError, match="thiếu năm"):
        parse_period("6 tháng cuối năm")
    with pytest.raises(PeriodParseError, match="Thông tin"):
        parse_period("Từ đầu nhiệm kỳ đến nay")


def test_labels_print_as_reports_write_them() -> None:
    assert parse_period("9 tháng năm 2024").label() == "9 tháng năm 2024"
    assert parse_period("9 tháng năm 2024").label(lang="en") == "first 9 months of 2024"
    assert parse_period("2020-2025").label() == "nhiệm kỳ 2020–2025"
    assert parse_period("2020-2025").label(lang="en") == "2020–2025 term"
    assert parse_period("năm học 2013-2014").label() == "năm học 2013–2014"
    assert parse_period("năm học 2013-2014").label(lang="en") == "2013–2014 school year"
    with pytest.raises(PeriodParseError):
        parse_period("năm học 2013 - 2015")  # a school year spans one year


years = st.integers(min_value=1990, max_value=2100)


def _single() -> st.SearchStrategy[Period]:
    return st.one_of(
        years.map(lambda y: parse_period(str(y))),
        st.tuples(years, st.integers(1, 2)).map(lambda t: parse_period(f"{t[0]}S{t[1]}")),
        st.tuples(years, st.integers(1, 4)).map(lambda t: parse_period(f"{t[0]}Q{t[1]}")),
        st.tuples(years, st.integers(1, 12)).map(lambda t: parse_period(f"{t[0]}-{t[1]:02d}")),
        st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)).map(parse_period),
        st.tuples(years, st.integers(2, 11)).map(
            lambda t: parse_period(f"{t[1]} tháng năm {t[0]}")
        ),
        st.tuples(years, st.integers(1, 10)).map(lambda t: parse_period(f"{t[0]}-{t[0] + t[1]}")),
        years.map(lambda y: parse_period(f"{y}-{y + 1}NH")),
        years.map(lambda y: parse_period(f"{y}-{y + 1}NV")),
    )


def _period() -> st.SearchStrategy[Period]:
    spans = st.tuples(_single(), _single()).filter(
        lambda pair: (
            pair[0].start <= pair[1].start
            and pair[0].end < pair[1].end
            and pair[0].kind != "span"
            and pair[1].kind != "span"
            and pair[0].kind != "term"
            and pair[1].kind != "term"
        )
    )
    return st.one_of(
        _single(), spans.map(lambda pair: parse_period(f"{pair[0].code}/{pair[1].code}"))
    )


@settings(max_examples=400, deadline=None)
@given(period=_period(), lang=st.sampled_from(["vi", "en"]))
@example(period=parse_period("1990-01/1990-03"), lang="vi")  # found: read back as quý I
@example(period=parse_period("2024-01/2024-06"), lang="vi")
def test_every_printed_label_reads_back_to_the_same_period(period: Period, lang: str) -> None:
    label = period.label(lang=lang)  # type: ignore[arg-type]
    again = parse_period(label)
    assert (again.start, again.end) == (period.start, period.end), label
    assert again.label(lang=lang) == label  # type: ignore[arg-type]
