"""Trends: Mann–Kendall and Sen's slope against the reference libraries (pymannkendall's
`original_test`, SciPy's `theilslopes`) and against the textbook definitions computed here by
brute force (Kendall 1975; Gilbert 1987, ch. 16: S, its tie-corrected variance, the normal
approximation with continuity correction), the five-period rule, and the `trends` JSON."""

from __future__ import annotations

import itertools
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pymannkendall
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.stats import theilslopes
from workbooks import row, write_workbook

from analysis.cli import main
from analysis.compute.trends import mann_kendall, period_years, sen_slopes


def _textbook(values: list[float]) -> tuple[float, float, float]:
    """S, Var(S) with ties, and the two-sided p of z = (S ∓ 1) / √Var(S)."""
    s = sum((b > a) - (b < a) for a, b in itertools.combinations(values, 2))  # pairs in time order
    n = len(values)
    ties = [values.count(v) for v in set(values)]
    variance = (n * (n - 1) * (2 * n + 5) - sum(t * (t - 1) * (2 * t + 5) for t in ties)) / 18
    if s == 0 or variance == 0:
        return s, variance, 1.0
    z = (s - 1 if s > 0 else s + 1) / math.sqrt(variance)
    return s, variance, math.erfc(abs(z) / math.sqrt(2))


@pytest.mark.parametrize(
    "values",
    [
        [1, 2, 3, 3, 5, 4, 7],  # a tie
        [5, 7, 8, 8, 12],
        [1, 3, 2, 4, 3],  # no clear trend
        [10, 9, 9, 9, 7, 6, 6, 2],  # falling, with runs of ties
        [4, 4, 4, 4, 4],  # constant
    ],
)
def test_mann_kendall_is_the_textbook_test(values: list[float]) -> None:
    test = mann_kendall(np.array(values, dtype=float))
    s, variance, p = _textbook(values)
    assert (test.s[0], test.variance[0]) == (s, pytest.approx(variance, abs=1e-12))
    assert test.p[0] == pytest.approx(p, abs=1e-12)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(0, 6), min_size=5, max_size=12).map(lambda v: [float(x) for x in v]),
        min_size=1,
        max_size=6,
    ).filter(lambda rows: len({len(r) for r in rows}) == 1),
    st.data(),
)
def test_all_series_at_once_equal_the_reference_libraries(
    rows: list[list[float]], data: st.DataObject
) -> None:
    # pymannkendall's original_test and SciPy's theilslopes, one series at a time, on
    # series with many ties and uneven gaps between periods.
    n = len(rows[0])
    gaps = data.draw(st.lists(st.integers(1, 3), min_size=n - 1, max_size=n - 1))
    years = np.concatenate([[2000.5], 2000.5 + np.cumsum(gaps)]).astype(float)
    values = np.array(rows)
    test = mann_kendall(values)
    slopes = sen_slopes(values, np.tile(years, (len(rows), 1)))
    for position, series in enumerate(rows):
        reference = pymannkendall.original_test(series)
        assert test.s[position] == reference.s
        assert test.variance[position] == pytest.approx(reference.var_s, abs=1e-9)
        assert test.p[position] == pytest.approx(reference.p, abs=1e-12)
        assert slopes[position] == pytest.approx(theilslopes(series, years).slope, abs=1e-12)


def test_published_numbers_of_one_series() -> None:
    # 1 2 3 3 5 4 7: S = 18, Var(S) = (7·6·19 − 2·1·9) / 18 = 43,33…, z = 17 / 6,583 = 2,5825,
    # p = 0,0098.
    test = mann_kendall(np.array([1, 2, 3, 3, 5, 4, 7], dtype=float))
    assert test.s[0] == 18
    assert test.variance[0] == pytest.approx(130 / 3)
    assert test.p[0] == pytest.approx(0.009809, abs=1e-6)


def test_sen_slope_uses_the_real_years() -> None:
    years = pd.Series(pd.to_datetime([f"{y}-01-01" for y in (2019, 2020, 2022, 2023, 2024)]))
    ends = pd.Series(pd.to_datetime([f"{y}-12-31" for y in (2019, 2020, 2022, 2023, 2024)]))
    times = period_years(years, ends)
    assert list(times) == [2019.5, 2020.5, 2022.5, 2023.5, 2024.5]  # leap years too
    values = np.array([5, 7, 8, 8, 12], dtype=float)
    pairs = [
        (values[j] - values[i]) / (times[j] - times[i])
        for i, j in itertools.combinations(range(5), 2)
    ]
    assert sen_slopes(values, times)[0] == float(np.median(pairs)) == 1.125
    # Counting periods instead of years (the gap of 2021 ignored) would say 1,58 a year.
    assert sen_slopes(values, np.arange(5.0))[0] == pytest.approx(1.5833, abs=1e-4)


def test_halves_are_half_a_year_apart() -> None:
    starts = pd.Series(pd.to_datetime(["2022-01-01", "2022-07-01", "2023-01-01"]))
    ends = pd.Series(pd.to_datetime(["2022-06-30", "2022-12-31", "2023-06-30"]))
    times = period_years(starts, ends)
    assert np.diff(times) == pytest.approx([0.5, 0.5], abs=1e-9)


def test_the_trends_list_and_the_five_period_rule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [
        row("Đảng viên mới", str(year), count, unit="Phường 1")
        for year, count in ((2019, 5), (2020, 7), (2022, 8), (2023, 8), (2024, 12))
    ]
    rows += [
        row("Hồ sơ đúng hạn", str(year), count, unit="Phường 1")
        for year, count in ((2020, 1), (2021, 3), (2022, 2), (2023, 4), (2024, 3))
    ]
    rows += [
        row("Đảng viên dùng Sổ tay", str(year), count, 100, unit="Phường 1")
        for year, count in ((2022, 70), (2023, 80), (2024, 90), (2021, 60))
    ]
    path = write_workbook(tmp_path / "chuoi.xlsx", rows)
    assert main(["summary", "--json", str(path)]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert list(payload) == ["rows", "problems", "sheets", "tables", "trends"]
    trends = {t["indicator"]: t for t in payload["trends"]}
    members = trends["Đảng viên mới"]
    assert members == {
        "indicator": "Đảng viên mới",
        "code": None,
        "unit": "Phường 1",
        "n_periods": 5,
        "first_period": "2019",
        "last_period": "2024",
        "sen_slope_per_year": 1.125,
        "mann_kendall_s": 9,
        "mann_kendall_p": pytest.approx(0.043263, abs=1e-6),
        "text": "Đảng viên mới (Phường 1): xu hướng tăng có ý nghĩa thống kê qua 5 kỳ "
        "(năm 2019 – năm 2024); độ dốc Sen +1,13/năm (kiểm định Mann–Kendall, p = 0,043).",
    }
    # p = 0,327: never called a trend.
    files = trends["Hồ sơ đúng hạn"]
    assert files["mann_kendall_s"] == 5
    assert files["text"].startswith("Hồ sơ đúng hạn (Phường 1): chưa thấy xu hướng rõ rệt qua 5 kỳ")
    # Four periods: described, no statistics.
    handbook = trends["Đảng viên dùng Sổ tay"]
    assert handbook["n_periods"] == 4 and handbook["first_period"] == "2021"
    assert (
        handbook["sen_slope_per_year"],
        handbook["mann_kendall_s"],
        handbook["mann_kendall_p"],
    ) == (None, None, None)
    assert "còn quá ngắn để kết luận xu hướng (cần ít nhất 5 kỳ)" in handbook["text"]


def test_the_briefing_says_the_trend_or_that_the_series_is_too_short(tmp_path: Path) -> None:
    from analysis import load
    from analysis.present.briefing import prepare_briefing

    rows = [
        row("Đảng viên mới", str(year), count, unit="Phường 1", measure="đảng viên")
        for year, count in ((2019, 5), (2020, 7), (2022, 8), (2023, 8), (2024, 12))
    ]
    rows += [
        row("Đảng viên dùng Sổ tay", str(year), count, 100, unit="Phường 1")
        for year, count in ((2022, 70), (2023, 80), (2024, 90))
    ]
    briefing = prepare_briefing(load(write_workbook(tmp_path / "xu-huong.xlsx", rows)))
    sentences = [p for s in briefing.sections for p in s.paragraphs]
    # Plain words in the body; the test, p and Sen's slope once, in the method note.
    assert (
        "Đảng viên mới (Phường 1): tăng đều qua 5 kỳ (năm 2019 – năm 2024), khoảng 1 đảng "
        "viên mỗi năm."
    ) in sentences
    assert not any("Mann–Kendall" in sentence for sentence in sentences)
    assert (
        "Đảng viên mới (Phường 1): xu hướng tăng có ý nghĩa thống kê qua 5 kỳ (năm 2019 – "
        "năm 2024); độ dốc Sen +1,13 đảng viên/năm (kiểm định Mann–Kendall, p = 0,043)."
    ) in briefing.method_note_html()
    assert (
        "Đảng viên dùng Sổ tay (Phường 1): chuỗi 3 kỳ (năm 2022 – năm 2024) còn quá ngắn để "
        "kết luận xu hướng (cần ít nhất 5 kỳ)."
    ) in sentences
    assert "Năm 2024: đảng viên dùng Sổ tay tăng 10,0 điểm phần trăm so với năm 2023." in sentences
