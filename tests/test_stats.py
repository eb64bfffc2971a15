"""Statistics checked against published reference values.

Newcombe RG (1998), "Two-sided confidence intervals for the single proportion:
comparison of seven methods", Statistics in Medicine 17:857–872, Table I:
method 3 (Wilson score) and method 5 (Clopper–Pearson "exact"), to 4 decimals.
"""

from decimal import Decimal

import pandas as pd
import pytest
from workbooks import BUNDLED

import analysis
from analysis.stats import compute_indicators, group_totals, period_changes, proportion_interval

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
    assert proportion_interval(k, n) == pytest.approx(wilson, abs=5e-5)
    assert proportion_interval(k, n, method="exact") == pytest.approx(exact, abs=5e-5)


def test_zero_count_gets_an_upper_bound() -> None:
    low, high = proportion_interval(0, 10616)
    assert low == 0.0
    # Wilson upper bound for 0/n is z²/(n + z²).
    assert high == pytest.approx(1.959964**2 / (10616 + 1.959964**2), rel=1e-5)


def test_invalid_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        proportion_interval(5, 3)


def _frame(**columns: list[object]) -> pd.DataFrame:
    base: dict[str, list[object]] = {
        "indicator": ["x"],
        "unit": ["u"],
        "period": ["2024"],
        "numerator": [Decimal(9728)],
        "denominator": [Decimal(9897)],
        "factor": [Decimal(100)],
        "decimals": [1],
        "measurement": ["full"],
        "display": ["rate"],
        "group": [None],
        "measure": [None],
        "target": [None],
        "direction": [None],
        "row": [5],
        "cell_numerator": ["F5"],
        "period_start": [pd.Timestamp("2024-01-01").date()],
        "period_end": [pd.Timestamp("2024-12-31").date()],
    }
    base.update(columns)
    return pd.DataFrame(base)


def test_full_counts_get_no_interval_and_inputs_are_not_modified() -> None:
    frame = _frame()
    before = frame.copy()
    result = compute_indicators(frame)
    pd.testing.assert_frame_equal(frame, before)
    assert result.loc[0, "value"] == pytest.approx(98.2924118, rel=1e-7)
    assert pd.isna(result.loc[0, "ci_low"])


def test_voluntary_shares_get_an_interval_in_the_indicator_unit() -> None:
    result = compute_indicators(
        _frame(measurement=["voluntary"], numerator=[Decimal(10239)], denominator=[Decimal(10616)])
    )
    assert result.loc[0, "value"] == pytest.approx(96.448756, rel=1e-6)
    low, high = proportion_interval(10239, 10616)
    assert result.loc[0, "ci_low"] == pytest.approx(low * 100)
    assert result.loc[0, "ci_high"] == pytest.approx(high * 100)
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
            _frame(
                period=["2023"],
                numerator=[Decimal(900)],
                denominator=[Decimal(1000)],
                period_start=[pd.Timestamp("2023-01-01").date()],
                period_end=[pd.Timestamp("2023-12-31").date()],
            ),
            _frame(period=["2024"], numerator=[Decimal(950)], denominator=[Decimal(1000)]),
        ],
        ignore_index=True,
    )
    changes = period_changes(compute_indicators(frame))
    assert list(changes["period_from"]) == ["2023"]
    assert changes.loc[0, "change"] == Decimal(5)
    assert analysis.format_change(changes.loc[0, "change"]) == "+5,0 điểm %"
