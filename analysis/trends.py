"""Trends over a series of periods: Sen's slope and the Mann–Kendall test.

A series is one indicator for one unit over periods of one kind (years, halves,
quarters or months), in time order. With five periods or more it gets:
- Sen's slope per year, from SciPy's `theilslopes` on the real times (the middle of each
  period, in years), so uneven spacing (2019, 2020, 2022, 2024) is measured as it is;
- the Mann–Kendall S, its tie-corrected variance and the two-sided p-value of the normal
  approximation with continuity correction, from pymannkendall's `original_test` (SciPy's
  `kendalltau` computes another p).

Below five periods the statistics are left out: the series is described, never called a
trend. Pure functions over the computed figures (`stats.compute_indicators`).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

MIN_PERIODS = 5  # fewer than this: too short to call a trend
SIGNIFICANCE = 0.05
# Kinds whose periods follow one another; spans and terms overlap or differ in length.
TREND_KINDS = ("year", "half", "quarter", "month")

TREND_COLUMNS = (
    "indicator",
    "code",
    "unit",
    "period_kind",
    "n_periods",
    "first_period",
    "last_period",
    "first_parsed",
    "last_parsed",
    "first_value",
    "last_value",
    "sen_slope_per_year",
    "mann_kendall_s",
    "mann_kendall_var",
    "mann_kendall_p",
    "factor",
    "decimals",
    "display",
    "measure",
    "direction",
)


@dataclass(frozen=True)
class MannKendall:
    """The Mann–Kendall test of one series (time order): S, its variance corrected for
    ties, and the two-sided p-value (normal approximation, continuity correction)."""

    s: float
    variance: float
    p: float


def mann_kendall(values: np.ndarray) -> MannKendall:
    """pymannkendall's `original_test` on a series already in time order."""
    import pymannkendall

    result = pymannkendall.original_test(np.asarray(values, dtype=np.float64))
    return MannKendall(s=float(result.s), variance=float(result.var_s), p=float(result.p))


def sen_slope_per_year(values: np.ndarray, years: np.ndarray) -> float:
    """Sen's slope (the median of the pairwise slopes) against the real times, per year."""
    from scipy.stats import theilslopes

    return float(theilslopes(values, years).slope)


def period_years(starts: pd.Series, ends: pd.Series) -> np.ndarray:
    """The middle of each period as a calendar year with its fraction (the year 2022 is
    2022,5; its first half 2022,25), so slopes come out per year and whole years are one
    apart whatever their number of days."""
    start = starts.to_numpy(dtype="datetime64[s]")
    after = ends.to_numpy(dtype="datetime64[s]") + np.timedelta64(1, "D")  # ends included
    middle = start + (after - start) // 2
    year = middle.astype("datetime64[Y]")
    first = year.astype("datetime64[s]")
    length = ((year + 1).astype("datetime64[s]") - first).astype(np.float64)
    fraction = (middle - first).astype(np.float64) / length
    return np.asarray(year.astype(np.int64) + 1970 + fraction, dtype=np.float64)


def series_trends(results: pd.DataFrame) -> pd.DataFrame:
    """One row per series of two periods or more (`TREND_COLUMNS`); the statistics are NaN
    below `MIN_PERIODS`. Totals are left out: they are not a unit's series."""
    chosen = results
    if "is_total" in results:
        chosen = results[~results["is_total"].to_numpy(dtype=bool)]
    chosen = chosen[chosen["period_kind"].isin(TREND_KINDS) & chosen["value"].notna()]
    if chosen.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    chosen = chosen.sort_values(["period_start", "period_end"], kind="stable")
    keys = [chosen["indicator"], chosen["unit"], chosen["period_kind"]]
    rows: list[dict[str, object]] = []
    for _, series in chosen.groupby(keys, sort=False, dropna=False):
        if len(series) < 2:
            continue
        rows.append(_trend(series))
    if not rows:
        return pd.DataFrame(columns=TREND_COLUMNS)
    return pd.DataFrame(rows, columns=TREND_COLUMNS)


def _trend(series: pd.DataFrame) -> dict[str, object]:
    values = series["value"].to_numpy(dtype=np.float64)
    first, last = series.iloc[0], series.iloc[-1]
    slope = s = variance = p = float("nan")
    if len(series) >= MIN_PERIODS:
        slope = sen_slope_per_year(
            values, period_years(series["period_start"], series["period_end"])
        )
        test = mann_kendall(values)
        s, variance, p = test.s, test.variance, test.p
    return {
        "indicator": last["indicator"],
        "code": last["code"],
        "unit": last["unit"],
        "period_kind": last["period_kind"],
        "n_periods": len(series),
        "first_period": first["period"],
        "last_period": last["period"],
        "first_parsed": first["period_parsed"],
        "last_parsed": last["period_parsed"],
        "first_value": float(values[0]),
        "last_value": float(values[-1]),
        "sen_slope_per_year": slope,
        "mann_kendall_s": s,
        "mann_kendall_var": variance,
        "mann_kendall_p": p,
        "factor": float(last["factor"]),
        "decimals": int(last["decimals"]),
        "display": last["display"],
        "measure": last["measure"],
        "direction": last["direction"],
    }


def is_significant(p: float) -> bool:
    """A trend is called one only when the test ran and p < 0,05."""
    return p == p and p < SIGNIFICANCE
