"""Statistics checked against published reference values.

Newcombe RG (1998), "Two-sided confidence intervals for the single proportion:
comparison of seven methods", Statistics in Medicine 17:857–872, Table I:
method 3 (Wilson score) and method 5 (Clopper–Pearson "exact"), to 4 decimals.
"""

import numpy as np
import pandas as pd
import pytest
from workbooks import BUNDLED

import analysis
from analysis.compute.period_totals import aggregate_periods
from analysis.compute.stats import (
    compute_indicators,
    group_totals,
    period_changes,
    proportion_interval,
    proportion_intervals,
)
from analysis.model.periods import parse_period
from analysis.present.formatting import format_interval

NEWCOMBE = [
    # successes, trials, Wilson (low, high), exact (low, high)
    (81, 263, (0.2553, 0.3662), (0.2527, 0.3676)),
    (15, 148, (0.0624, 0.1605), (0.0578, 0.1617)),
    (0, 20, (0.0, 0.1611), (0.0, 0.1684)),
    (1, 29, (0.0061, 0.1718), (0.0009, 0.1776)),
]


@pytest.mark.parametrize(("k", "n", "wilson", "exact"), NEWCOMBE)
def test_intervals_match_newcombe_1998(
    k: int, n: int, wilson: tuple[float, float], exact: tuple[float, float]
) -> None:
    assert proportion_interval(k, n, factor=1) == pytest.approx(wilson, abs=5e-5)
    assert proportion_interval(k, n, method="exact", factor=1) == pytest.approx(exact, abs=5e-5)
    # By default in per cent, the scale of every figure chiso prints.
    assert proportion_interval(k, n) == pytest.approx([100 * b for b in wilson], abs=5e-3)


def test_zero_count_gets_an_upper_bound() -> None:
    low, high = proportion_interval(0, 10616, factor=1)
    assert low == 0.0
    # Wilson upper bound for 0/n is z²/(n + z²).
    assert high == pytest.approx(1.959964**2 / (10616 + 1.959964**2), rel=1e-5)


def test_invalid_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        proportion_interval(5, 3)


def _frame(**columns: list[object]) -> pd.DataFrame:
    base: dict[str, list[object]] = {
        "indicator": ["x"],
        "code": [None],
        "unit": ["u"],
        "period": ["2024"],
        "numerator": [9728.0],
        "denominator": [9897.0],
        "factor": [100.0],
        "decimals": [1],
        "measurement": ["full"],
        "display": ["rate"],
        "group": [None],
        "measure": [None],
        "note": [None],
        "printed_rate": [np.nan],
        "target": [np.nan],
        "direction": [None],
        "aggregation": ["sum"],
        "row": [5],
        "cell_numerator": ["F5"],
        "cell_denominator": ["G5"],
        "cell_rate": [None],
    }
    base.update(columns)
    periods = [parse_period(code) for code in base["period"]]
    base["period_kind"] = [p.kind for p in periods]
    base["period_start"] = [pd.Timestamp(p.start) for p in periods]
    base["period_end"] = [pd.Timestamp(p.end) for p in periods]
    base["period_parsed"] = periods
    return pd.DataFrame(base)


def test_full_counts_get_no_interval_and_inputs_are_not_modified() -> None:
    frame = _frame()
    before = frame.copy()
    result = compute_indicators(frame)
    pd.testing.assert_frame_equal(frame, before)
    assert result.loc[0, "value"] == pytest.approx(98.2924118, rel=1e-7)
    assert pd.isna(result.loc[0, "ci_low"])


def test_only_a_probability_sample_gets_an_interval_in_the_indicator_unit() -> None:
    # Ratings from whoever chose to answer are no random sample: no interval (AAPOR).
    voluntary = compute_indicators(
        _frame(measurement=["voluntary"], numerator=[10239.0], denominator=[10616.0])
    )
    assert voluntary.loc[0, "value"] == pytest.approx(96.448756, rel=1e-6)
    assert pd.isna(voluntary.loc[0, "ci_low"]) and pd.isna(voluntary.loc[0, "ci_high"])
    assert voluntary.loc[0, "interval_method"] is None
    result = compute_indicators(
        _frame(measurement=["sample"], numerator=[10239.0], denominator=[10616.0])
    )
    low, high = proportion_interval(10239, 10616)
    assert result.loc[0, "ci_low"] == pytest.approx(low)
    assert result.loc[0, "ci_high"] == pytest.approx(high)
    # One scale: the interval prints as the summary prints it.
    assert format_interval(*proportion_interval(10239, 10616)) == "96,1%–96,8%"
    exact = compute_indicators(_frame(measurement=["sample"]), method="exact")
    assert exact.loc[0, "interval_method"] == "exact"


def test_bundled_group_totals() -> None:
    dataset = analysis.load(BUNDLED)
    totals = group_totals(compute_indicators(dataset.observations))
    by_group = {row["indicator"]: row["numerator"] for row in totals.to_dict("records")}
    assert by_group["Đảng viên ra khỏi Đảng từ đầu nhiệm kỳ"] == 43
    assert by_group["Văn bản QPPL cần sửa đổi, hoàn chỉnh"] == 11
    assert (
        by_group["Lượt đánh giá mức độ hài lòng tại Trung tâm hành chính công thành phố"] == 10616
    )


def test_change_between_periods_is_in_percentage_points() -> None:
    frame = pd.concat(
        [
            _frame(period=["2023"], numerator=[900.0], denominator=[1000.0]),
            _frame(period=["2024"], numerator=[950.0], denominator=[1000.0]),
        ],
        ignore_index=True,
    )
    changes = period_changes(compute_indicators(frame))
    assert list(changes["period_from"]) == ["2023"]
    assert changes.loc[0, "change"] == pytest.approx(5.0)
    assert analysis.format_change(changes.loc[0, "change"]) == "+5,0 điểm phần trăm"


def test_vectorised_intervals_equal_scipy_binomtest() -> None:
    from scipy.stats import binomtest

    rng = np.random.default_rng(7)
    trials = rng.integers(1, 5000, size=60)
    successes = np.array([rng.integers(0, n + 1) for n in trials])
    for method in ("wilson", "exact"):
        low, high = proportion_intervals(successes, trials, method=method, factor=1)
        for k, n, lo, hi in zip(successes, trials, low, high, strict=True):
            reference = binomtest(int(k), int(n)).proportion_ci(method=method)
            assert lo == pytest.approx(reference.low, abs=1e-9)
            assert hi == pytest.approx(reference.high, abs=1e-9)


def test_group_totals_fold_names_with_the_one_name_key() -> None:
    # 'Ð' (U+00D0, left by old encodings) and 'Đ' (U+0110) name one group and one unit.
    frame = pd.concat(
        [
            _frame(
                indicator=["a"],
                group=["Ðảng viên"],
                unit=["Phường Ðông"],
                numerator=[2.0],
                denominator=[np.nan],
                display=["count"],
                factor=[1.0],
            ),
            _frame(
                indicator=["b"],
                group=["Đảng viên"],
                unit=["Phường Đông"],
                numerator=[3.0],
                denominator=[np.nan],
                display=["count"],
                factor=[1.0],
            ),
        ],
        ignore_index=True,
    )
    totals = group_totals(compute_indicators(frame))
    assert len(totals) == 1
    assert totals.loc[0, "numerator"] == 5
    assert totals.loc[0, "cell_numerator"] == "F5, F5"


def test_periods_add_up_by_the_catalogue_rule() -> None:
    quarters = [f"2024Q{q}" for q in range(1, 5)]
    flows = pd.concat(
        [
            _frame(period=[p], numerator=[float(10 * i)], denominator=[100.0])
            for i, p in enumerate(quarters, start=1)
        ],
        ignore_index=True,
    )
    stocks = flows.assign(indicator="y", aggregation="last")
    year = aggregate_periods(compute_indicators(pd.concat([flows, stocks])), parse_period("2024"))
    by_name = {row["indicator"]: row for row in year.to_dict("records")}
    # Flows: 10+20+30+40 of 400, recomputed from the sums (25%), never an average of rates.
    assert by_name["x"]["numerator"] == 100 and by_name["x"]["denominator"] == 400
    assert by_name["x"]["value"] == pytest.approx(25.0)
    # Stocks: the last quarter's figure.
    assert by_name["y"]["numerator"] == 40 and by_name["y"]["value"] == pytest.approx(40.0)
    assert by_name["x"]["period"] == "2024"


def test_a_year_is_made_of_its_parts_only_when_they_cover_it_whole() -> None:
    """One rule for a total over time: asked for (`aggregate_periods`) or rolled up for the
    briefing (`year_rollups`), three quarters are not a year, and four give the same year."""
    from analysis.compute.rollups import year_rollups

    def quarters(*numbers: int) -> pd.DataFrame:
        return compute_indicators(
            pd.concat(
                [
                    _frame(period=[f"2024Q{q}"], numerator=[float(10 * q)], denominator=[100.0])
                    for q in numbers
                ],
                ignore_index=True,
            )
        )

    year = parse_period("2024")
    for incomplete in (quarters(1, 2, 3), quarters(1, 2, 4), quarters(1, 2, 2, 3, 4)):
        assert aggregate_periods(incomplete, year).empty
        assert year_rollups(incomplete).empty
    asked = aggregate_periods(quarters(1, 2, 3, 4), year)
    rolled = year_rollups(quarters(1, 2, 3, 4))
    for frame in (asked, rolled):
        assert frame[["period", "numerator", "denominator", "value"]].to_dict("records") == [
            {"period": "2024", "numerator": 100.0, "denominator": 400.0, "value": 25.0}
        ]
        assert bool(frame["is_total"].item())
        assert frame["cell_numerator"].item() == "F5, F5, F5, F5"
