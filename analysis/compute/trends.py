"""Trends over a series of periods: Sen's slope and the Mann–Kendall test.

A series is one indicator for one unit over periods of one kind (years, halves,
quarters or months), in time order. With five periods or more it gets:
- Sen's slope per year: the median of the slopes between every two periods, against the
  real times (the middle of each period as a calendar year with its fraction), so uneven
  spacing (2019, 2020, 2022, 2024) is measured as it is. This is SciPy's `theilslopes`;
- the Mann–Kendall S, its variance corrected for ties and the two-sided p of the normal
  approximation with continuity correction. This is pymannkendall's `original_test`;
  SciPy's `kendalltau` computes another p.

Both are computed here for every series at once, in NumPy arrays of series of one length
(a briefing over 1.000 units has thousands of series, and calling the libraries once per
series took 1,7 ms each); `tests/test_trends.py` checks the results equal `theilslopes` and
`original_test` on random series with ties and gaps. Below five periods the statistics are
left out: the series is described, never called a trend. Pure functions over the computed
figures (`stats.compute_indicators`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..model.schemas import TRENDS

MIN_PERIODS = 5  # fewer than this: too short to call a trend
SIGNIFICANCE = 0.05
# Kinds whose periods follow one another; spans and terms overlap or differ in length.
TREND_KINDS = ("year", "half", "quarter", "month")
# Pairwise arrays are built for this many cells at most at a time (series × n × n).
PAIR_CELLS = 4_000_000

FloatArray = npt.NDArray[np.float64]
_ERFC = np.frompyfunc(math.erfc, 1, 1)

# The frame `series_trends` returns, declared once with each column's meaning.
TREND_COLUMNS = TRENDS.names


@dataclass(frozen=True)
class MannKendall:
    """The Mann–Kendall test of series of one length (time order): S, its variance
    corrected for ties, and the two-sided p-value (normal approximation, continuity
    correction), one value per series."""

    s: FloatArray
    variance: FloatArray
    p: FloatArray


def mann_kendall(values: npt.ArrayLike) -> MannKendall:
    """The test of each row of `values` (series × periods, in time order)."""
    x = np.atleast_2d(np.asarray(values, dtype=np.float64))
    count, n = x.shape
    upper = np.triu(np.ones((n, n), dtype=bool), k=1)
    s = np.zeros(count)
    ties = np.zeros(count)
    for rows in _chunks(count, n):
        block = x[rows]
        pairs = block[:, None, :] - block[:, :, None]  # [i, j] = x[j] - x[i]
        s[rows] = np.sign(pairs[:, upper]).sum(axis=1)
        ties[rows] = _tie_terms(block)
    variance = (n * (n - 1) * (2 * n + 5) - ties) / 18.0
    with np.errstate(divide="ignore", invalid="ignore"):
        z = np.where(
            s > 0, (s - 1) / np.sqrt(variance), np.where(s < 0, (s + 1) / np.sqrt(variance), 0.0)
        )
    z = np.where(variance > 0, z, 0.0)
    # 2 (1 − Φ(|z|)) = erfc(|z| / √2), from the standard library: SciPy's special functions
    # take most of a second to import, longer than the test itself.
    p = np.asarray(_ERFC(np.abs(z) / math.sqrt(2)), dtype=np.float64)
    return MannKendall(s=s, variance=variance, p=np.asarray(p, dtype=np.float64))


def _tie_terms(block: FloatArray) -> FloatArray:
    """Σ t(t − 1)(2t + 5) over each row's groups of equal values."""
    count, n = block.shape
    ordered = np.sort(block, axis=1)
    starts = np.ones((count, n), dtype=bool)
    starts[:, 1:] = ordered[:, 1:] != ordered[:, :-1]
    group = np.cumsum(starts, axis=1) - 1 + (np.arange(count) * n)[:, None]
    sizes = np.bincount(group.ravel(), minlength=count * n).astype(np.float64)
    terms = sizes * (sizes - 1) * (2 * sizes + 5)
    return np.asarray(terms.reshape(count, n).sum(axis=1), dtype=np.float64)


def sen_slopes(values: npt.ArrayLike, years: npt.ArrayLike) -> FloatArray:
    """Sen's slope of each row: the median of (x_j − x_i) / (t_j − t_i) over i < j."""
    x = np.atleast_2d(np.asarray(values, dtype=np.float64))
    t = np.atleast_2d(np.asarray(years, dtype=np.float64))
    count, n = x.shape
    upper = np.triu(np.ones((n, n), dtype=bool), k=1)
    slopes = np.empty(count)
    for rows in _chunks(count, n):
        rises = (x[rows][:, None, :] - x[rows][:, :, None])[:, upper]
        runs = (t[rows][:, None, :] - t[rows][:, :, None])[:, upper]
        slopes[rows] = np.median(rises / runs, axis=1)
    return slopes


def _chunks(count: int, n: int) -> list[slice]:
    step = max(1, PAIR_CELLS // max(n * n, 1))
    return [slice(start, min(start + step, count)) for start in range(0, count, step)]


def period_years(starts: pd.Series, ends: pd.Series) -> FloatArray:
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
    """One row per series of two periods or more (`TREND_COLUMNS`), in the order the
    series first appear; the statistics are NaN below `MIN_PERIODS`. A roll-up (the
    province's figure over its communes') is a series of its own."""
    chosen = results[results["period_kind"].isin(TREND_KINDS) & results["value"].notna()]
    if chosen.empty:
        return pd.DataFrame(columns=TREND_COLUMNS)
    keys = [chosen["indicator"], chosen["unit"], chosen["period_kind"]]
    if "parent" in chosen:  # 'Nữ' under two parents is two series
        keys.append(chosen["parent"].astype(object).where(chosen["parent"].notna(), ""))
    series = pd.MultiIndex.from_arrays(keys).factorize()[0]
    times = period_years(chosen["period_start"], chosen["period_end"])
    order = np.lexsort((times, series))
    series, times = series[order], times[order]
    values = chosen["value"].to_numpy(dtype=np.float64)[order]
    sizes = np.bincount(series)
    firsts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    kept = np.flatnonzero(sizes >= 2)
    slope = np.full(len(sizes), np.nan)
    s = np.full(len(sizes), np.nan)
    variance = np.full(len(sizes), np.nan)
    p = np.full(len(sizes), np.nan)
    for n in np.unique(sizes[sizes >= MIN_PERIODS]).tolist():
        which = np.flatnonzero(sizes == n)
        cells = firsts[which][:, None] + np.arange(n)
        slope[which] = sen_slopes(values[cells], times[cells])
        test = mann_kendall(values[cells])
        s[which], variance[which], p[which] = test.s, test.variance, test.p
    first_rows = chosen.iloc[order[firsts[kept]]]
    last_rows = chosen.iloc[order[firsts[kept] + sizes[kept] - 1]]

    def last(column: str) -> npt.NDArray[np.object_]:
        return last_rows[column].to_numpy(dtype=object)

    return pd.DataFrame(
        {
            "indicator": last("indicator"),
            "code": last("code"),
            "unit": last("unit"),
            "period_kind": last("period_kind"),
            "n_periods": sizes[kept],
            "first_period": first_rows["period"].to_numpy(dtype=object),
            "last_period": last("period"),
            "first_parsed": first_rows["period_parsed"].to_numpy(dtype=object),
            "last_parsed": last("period_parsed"),
            "first_value": values[firsts[kept]],
            "last_value": values[firsts[kept] + sizes[kept] - 1],
            "sen_slope_per_year": slope[kept],
            "mann_kendall_s": s[kept],
            "mann_kendall_var": variance[kept],
            "mann_kendall_p": p[kept],
            "factor": last_rows["factor"].to_numpy(dtype=np.float64),
            "decimals": last_rows["decimals"].to_numpy(dtype=np.int64),
            "display": last("display"),
            "measure": last("measure"),
            "direction": last("direction"),
        },
        columns=TREND_COLUMNS,
    )


def is_significant(p: float) -> bool:
    """A trend is called one only when the test ran and p < 0,05."""
    return p == p and p < SIGNIFICANCE
