"""Statistics: values, intervals, group totals, totals over periods and changes.

Pure functions over observation frames (see `model.OBSERVATION_COLUMNS`),
vectorised over columns; they return new frames and never touch files or
plotting. Values are in the indicator's own unit (per cent for factor 100, per
mille for 1000); the rate itself is `rates.compute_rate`. Binomial intervals
are SciPy's Wilson score and Clopper–Pearson intervals, computed for whole
columns at once with `scipy.special` (the same formulas `scipy.stats.binomtest
(...).proportion_ci` applies one proportion at a time).
"""

from __future__ import annotations

from typing import Literal

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..model.dataset import AT_TARGET, BEYOND_TARGET, SHORT_OF_TARGET, UNDECIDED_TARGET
from ..model.rates import achievements, figure_values, is_whole
from ..model.text import name_keys

IntervalMethod = Literal["wilson", "exact"]
# Named as SciPy names them: Wilson score, and Clopper–Pearson ("exact").

CHANGE_COLUMNS = [
    "indicator",
    "unit",
    "period_from",
    "period_to",
    "period_from_parsed",
    "period_to_parsed",
    "value_from",
    "value_to",
    "change",
    "factor",
    "decimals",
    "display",
    "measure",
]


def proportion_intervals(
    successes: npt.ArrayLike,
    trials: npt.ArrayLike,
    *,
    method: IntervalMethod = "wilson",
    confidence: float = 0.95,
    factor: float = 100.0,
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.float64]]:
    """Confidence intervals for binomial proportions, element-wise, in per cent (the scale
    of `value`, `format_rate` and `format_interval`); `factor=1` gives shares (0–1).

    Wilson score by default; `method="exact"` gives Clopper–Pearson. A zero
    count still gets a positive upper bound."""
    from scipy.special import betaincinv, ndtri

    k = np.asarray(successes, dtype=np.float64)
    n = np.asarray(trials, dtype=np.float64)
    alpha = 1.0 - confidence
    with np.errstate(divide="ignore", invalid="ignore"):
        if method == "wilson":
            z = ndtri(1.0 - alpha / 2.0)
            p = k / n
            denominator = 2.0 * (n + z**2)
            centre = (2.0 * n * p + z**2) / denominator
            half = z * np.sqrt(z**2 + 4.0 * n * p * (1.0 - p)) / denominator
            low, high = centre - half, centre + half
        else:
            low = np.where(k > 0, betaincinv(k, n - k + 1.0, alpha / 2.0), 0.0)
            high = np.where(k < n, betaincinv(k + 1.0, n - k, 1.0 - alpha / 2.0), 1.0)
    return np.clip(low, 0.0, 1.0) * factor, np.clip(high, 0.0, 1.0) * factor


def proportion_interval(
    successes: int,
    trials: int,
    *,
    method: IntervalMethod = "wilson",
    confidence: float = 0.95,
    factor: float = 100.0,
) -> tuple[float, float]:
    """Confidence interval for one binomial proportion, in per cent like every figure chiso
    prints (`format_interval(*proportion_interval(10239, 10616))` → '96,1%–96,8%');
    `factor=1` gives shares (0–1)."""
    if trials <= 0 or not 0 <= successes <= trials:
        raise ValueError(f"need 0 <= successes <= trials and trials > 0, got {successes}/{trials}")
    low, high = proportion_intervals(
        [successes], [trials], method=method, confidence=confidence, factor=factor
    )
    return float(low[0]), float(high[0])


def compute_indicators(
    observations: pd.DataFrame,
    *,
    method: IntervalMethod = "wilson",
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Each figure's value in its own unit, with an interval where one applies.

    Adds `remainder` (denominator − numerator: the 169 not yet registered; NaN
    without a base), `value` (float), `ci_low`, `ci_high` (in the indicator's
    unit, NaN where no interval applies), `interval_method`, `target_status`
    (`model.dataset.TargetStatus`, None without a target for this very period; a sample's
    is judged by its interval, see `target_statuses`), `achievement` (the point value as a
    per cent of the target, for a sample too: the status, not it, carries the doubt) and
    `is_total` (False). An interval applies only to
    shares of whole counts from a probability sample (`sample`), never to self-selected
    answers (`voluntary`). Input is not modified.
    """
    numerator = observations["numerator"].to_numpy(dtype=np.float64)
    denominator = observations["denominator"].to_numpy(dtype=np.float64)
    factor = observations["factor"].to_numpy(dtype=np.float64)
    display = observations["display"].to_numpy(dtype=object)
    counted = display == "count"
    has_base = ~np.isnan(denominator) & (denominator != 0)
    value = figure_values(numerator, denominator, factor, display)
    applies = (
        has_base
        & ~counted
        # A probability sample only: answers from whoever chose to give them (`voluntary`,
        # ratings received) are not one, and no margin of error is reported for them
        # (AAPOR's guidance on opt-in samples); the method note says so.
        & (observations["measurement"].to_numpy(dtype=object) == "sample")
        & is_whole(numerator)
        & is_whole(denominator)
        & (numerator >= 0)
        & (numerator <= denominator)
        & (denominator > 0)
    )
    low = np.full(len(value), np.nan)
    high = np.full(len(value), np.nan)
    if applies.any():
        shares_low, shares_high = proportion_intervals(
            numerator[applies], denominator[applies], method=method, confidence=confidence, factor=1
        )
        low[applies] = shares_low * factor[applies]
        high[applies] = shares_high * factor[applies]
    target = observations["target"].to_numpy(dtype=np.float64).copy()
    # A plan for another period (a year's plan beside six months' result) is not this
    # figure's target: its share is said, never 'đạt' or 'chưa đạt'.
    planned_for = (
        observations["target_period"].to_numpy(dtype=object)
        if "target_period" in observations
        else np.full(len(observations), None, dtype=object)
    )
    other_period = pd.notna(planned_for) & (planned_for != observations["period"].to_numpy())
    comparable = ~np.isnan(target) & ~other_period
    downward = observations["direction"].to_numpy(dtype=object) == "down"
    methods = np.full(len(value), None, dtype=object)
    methods[applies] = method
    status = target_statuses(value, target, downward, low=low, high=high)
    status[~comparable] = None
    return observations.assign(
        remainder=np.where(np.isnan(denominator), np.nan, denominator - numerator),
        value=value,
        ci_low=low,
        ci_high=high,
        interval_method=pd.Series(methods, index=observations.index),
        target_status=pd.Series(status, index=observations.index),
        achievement=achievements(value, target),
        is_total=False,
    )


def target_statuses(
    value: npt.NDArray[np.float64],
    target: npt.NDArray[np.float64],
    downward: npt.ArrayLike,
    *,
    low: npt.ArrayLike | None = None,
    high: npt.ArrayLike | None = None,
) -> npt.NDArray[np.object_]:
    """Each value against its target, in the indicator's direction: 'vượt' (beyond it),
    'đạt' (at it) or 'chưa đạt' (short of it); None without a target. Where lower is
    better (late files, expulsions), below the target is beyond it.

    Where an interval is given (`low`, `high`, NaN where none: a census is exact), the
    whole interval must agree: 'vượt' or 'đạt' only when its least favourable bound is
    beyond or at the target, 'chưa đạt' only when even its most favourable bound is short
    of it, else 'chưa đủ cơ sở để kết luận' (89,8% with 84,4%–93,4% against 90%)."""
    down = np.asarray(downward, dtype=bool)
    status = _point_statuses(value, target, down)
    if low is None or high is None:
        return status
    lows = np.asarray(low, dtype=np.float64)
    highs = np.asarray(high, dtype=np.float64)
    sampled = ~np.isnan(lows) & ~np.isnan(highs) & ~np.isnan(target) & ~np.isnan(value)
    if not sampled.any():
        return status
    # The same rule as a census's, applied to each end of the interval: the worst end
    # decides 'vượt'/'đạt', the best end 'chưa đạt'; ends that disagree decide nothing.
    worst = _point_statuses(np.where(down, highs, lows), target, down)
    best = _point_statuses(np.where(down, lows, highs), target, down)
    judged = np.where(
        worst != SHORT_OF_TARGET,
        worst,
        np.where(best == SHORT_OF_TARGET, SHORT_OF_TARGET, UNDECIDED_TARGET),
    )
    status[sampled] = judged[sampled]
    return status


def _point_statuses(
    value: npt.NDArray[np.float64], target: npt.NDArray[np.float64], down: npt.NDArray[np.bool_]
) -> npt.NDArray[np.object_]:
    """The census rule: one exact value against its target (None without either)."""
    with np.errstate(invalid="ignore"):
        gap = np.where(down, target - value, value - target)
    at = np.abs(gap) <= 1e-9 * np.maximum(np.abs(target), 1.0)
    status = np.where(at, AT_TARGET, np.where(gap > 0, BEYOND_TARGET, SHORT_OF_TARGET)).astype(
        object
    )
    status[np.isnan(target) | np.isnan(value)] = None
    return np.asarray(status, dtype=object)


def group_totals(results: pd.DataFrame) -> pd.DataFrame:
    """One row per group, unit and period: the sum of its parts.

    Groups and units match by the one name key. The total is a count
    (`display` = 'count'); `denominator` is the parts' common base where they
    share one. Parts with different bases or units of measure get no total.
    `cell_numerator` lists the parts' cells.
    """
    grouped = results[results["group"].notna()]
    if grouped.empty:
        return results.iloc[0:0].copy()
    keys = [name_keys(grouped["group"]), name_keys(grouped["unit"]), grouped["period"]]
    by = grouped.assign(_position=np.arange(len(grouped))).groupby(keys, sort=False)
    summary = by.agg(
        total=("numerator", "sum"),
        size=("numerator", "size"),
        bases=("denominator", "nunique"),
        with_base=("denominator", "count"),
        base=("denominator", "first"),
        measures=("measure", "nunique"),
        measure=("measure", "first"),
        first=("_position", "first"),
        last_row=("row", "max"),
        cells=("cell_numerator", ", ".join),
    )
    valid = (
        (summary["measures"] <= 1)
        & (summary["bases"] <= 1)
        & ~((summary["bases"] == 1) & (summary["with_base"] < summary["size"]))
    )
    summary = summary[valid]
    if summary.empty:
        return results.iloc[0:0].copy()
    first = grouped.iloc[summary["first"].to_numpy()].reset_index(drop=True)
    total = summary["total"].to_numpy(dtype=np.float64)
    base = summary["base"].to_numpy(dtype=np.float64)
    return first.assign(
        indicator=first["group"],
        code=None,
        numerator=total,
        denominator=base,
        printed_rate=np.nan,
        measure=summary["measure"].to_numpy(dtype=object),
        note=None,
        factor=1.0,
        decimals=0,
        measurement="full",
        display="count",
        direction=None,
        target=np.nan,
        target_status=None,
        achievement=np.nan,
        remainder=base - total,
        value=total,
        ci_low=np.nan,
        ci_high=np.nan,
        interval_method=None,
        is_total=True,
        row=summary["last_row"].to_numpy(dtype=np.int64),
        cell_numerator=summary["cells"].to_numpy(dtype=object),
        cell_denominator=None,
        cell_rate=None,
    )[list(results.columns)]


def consecutive_periods(
    results: pd.DataFrame,
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.intp]]:
    """Positions of each figure (`after`) and of the one just before it (`before`): same
    indicator, parent, unit and kind of period, the earlier one ending before it starts."""
    # Sort on integer codes (names factorized once), not on text: a million rows in a blink.
    indicator = pd.factorize(results["indicator"], sort=True)[0]
    if "parent" in results:  # 'Nữ' under two parents is two series
        parent = pd.factorize(results["parent"], sort=True, use_na_sentinel=True)[0]
        indicator = indicator * (int(parent.max()) + 2) + parent + 1
    unit = pd.factorize(results["unit"], sort=True)[0]
    kind = pd.factorize(results["period_kind"], sort=True)[0]
    start = results["period_start"].to_numpy()
    end = results["period_end"].to_numpy()
    order = np.lexsort((end, start, kind, unit, indicator))
    same = np.zeros(len(order), dtype=bool)
    same[1:] = (
        (indicator[order][1:] == indicator[order][:-1])
        & (unit[order][1:] == unit[order][:-1])
        & (kind[order][1:] == kind[order][:-1])
        & (end[order][:-1] < start[order][1:])
    )
    return order[np.flatnonzero(same) - 1], order[same]


def row_changes(results: pd.DataFrame) -> pd.DataFrame:
    """Each figure's change from the period just before it (`consecutive_periods`), aligned
    with `results`: `change_value` (percentage points for a rate or a ratio, per cent for a
    count), `change_unit` ('pp' or '%'), `change_amount` (a count's difference in units),
    `change_from` (the period code compared with) and, for sampled rates with intervals on
    both sides, `change_ci_low` / `change_ci_high` (Newcombe's hybrid
    score interval of the difference, from the two intervals). NaN / None elsewhere. A
    total (a roll-up, a group's) is compared with the same total of the period before."""
    n = len(results)
    value = np.full(n, np.nan)
    amount = np.full(n, np.nan)
    low = np.full(n, np.nan)
    high = np.full(n, np.nan)
    unit = np.full(n, None, dtype=object)
    compared = np.full(n, None, dtype=object)
    if n:
        b, a = consecutive_periods(results)
        values = results["value"].to_numpy(dtype=np.float64)
        factor = results["factor"].to_numpy(dtype=np.float64)
        counted = results["display"].to_numpy(dtype=object) == "count"
        rate = ~counted[a]
        to_points = 100.0 / np.where(factor[a] > 0, factor[a], 100.0)
        difference = values[a] - values[b]
        with np.errstate(divide="ignore", invalid="ignore"):
            percent = np.where(values[b] != 0, difference * 100.0 / np.abs(values[b]), np.nan)
        value[a] = np.where(rate, difference * to_points, percent)
        amount[a] = np.where(rate, np.nan, difference)
        unit[a] = np.where(rate, "pp", "%")
        compared[a] = results["period"].to_numpy(dtype=object)[b]
        ci_low = results["ci_low"].to_numpy(dtype=np.float64)
        ci_high = results["ci_high"].to_numpy(dtype=np.float64)
        both = rate & ~np.isnan(ci_low[a]) & ~np.isnan(ci_low[b])
        # Newcombe (1998), method 10: the difference's bounds from each side's own interval.
        down = np.sqrt((values[a] - ci_low[a]) ** 2 + (ci_high[b] - values[b]) ** 2)
        up = np.sqrt((ci_high[a] - values[a]) ** 2 + (values[b] - ci_low[b]) ** 2)
        low[a] = np.where(both, (difference - down) * to_points, np.nan)
        high[a] = np.where(both, (difference + up) * to_points, np.nan)
    return pd.DataFrame(
        {
            "change_value": value,
            "change_unit": pd.Series(unit, index=results.index, dtype=object),
            "change_amount": amount,
            "change_from": pd.Series(compared, index=results.index, dtype=object),
            "change_ci_low": low,
            "change_ci_high": high,
        },
        index=results.index,
    )


def period_changes(results: pd.DataFrame) -> pd.DataFrame:
    """Change of each indicator and unit between consecutive periods of one kind.

    For rates the change is in points of the indicator's unit (percentage
    points for per cent); for counts it is the difference in the count.
    Columns: `CHANGE_COLUMNS` (change is a float; periods are codes, with the
    typed periods beside them for labels)."""
    totals = results["is_total"].to_numpy(dtype=bool) if "is_total" in results else None
    plain = results[~totals] if totals is not None and totals.any() else results
    if plain.empty:
        return pd.DataFrame(columns=CHANGE_COLUMNS)
    before, after = consecutive_periods(plain)
    value = plain["value"].to_numpy(dtype=np.float64)

    def pick(column: str, positions: npt.NDArray[np.intp]) -> pd.Series:
        # `take` keeps each column's own dtype: no text is converted on the way.
        return plain[column].take(positions).reset_index(drop=True)

    return pd.DataFrame(
        {
            "indicator": pick("indicator", after),
            "unit": pick("unit", after),
            "period_from": pick("period", before),
            "period_to": pick("period", after),
            "period_from_parsed": pick("period_parsed", before),
            "period_to_parsed": pick("period_parsed", after),
            "value_from": value[before],
            "value_to": value[after],
            "change": value[after] - value[before],
            "factor": plain["factor"].to_numpy(dtype=np.float64)[after],
            "decimals": plain["decimals"].to_numpy(dtype=np.int64)[after],
            "display": pick("display", after),
            "measure": pick("measure", after),
        },
        columns=CHANGE_COLUMNS,
    )
