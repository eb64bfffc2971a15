"""Statistics: values, intervals, group totals and changes between periods.

Pure functions over observation frames (see `model.OBSERVATION_COLUMNS`); they
return new frames and never touch files or plotting. Rates are in the
indicator's own unit (per cent for factor 100, per mille for 1000). Binomial
intervals come from SciPy (`scipy.stats.binomtest(...).proportion_ci`).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from decimal import Decimal, localcontext
from itertools import pairwise
from typing import Any, Literal

import pandas as pd

from .model import fold_name
from .periods import parse_period

IntervalMethod = Literal["wilson", "exact"]
# Named as SciPy names them: Wilson score, and Clopper–Pearson ("exact").


def exact_rate(numerator: Decimal, denominator: Decimal, factor: Decimal) -> Decimal:
    """numerator × factor / denominator, exact to 28 significant digits."""
    with localcontext() as context:
        context.prec = 28
        return numerator * factor / denominator


def proportion_interval(
    successes: int,
    trials: int,
    *,
    method: IntervalMethod = "wilson",
    confidence: float = 0.95,
) -> tuple[float, float]:
    """Confidence interval for a binomial proportion, as shares (0–1).

    Wilson score by default; `method="exact"` gives Clopper–Pearson. A zero
    count still gets a positive upper bound.
    """
    from scipy.stats import binomtest  # SciPy's stats module takes a second to import

    if trials <= 0 or not 0 <= successes <= trials:
        raise ValueError(f"need 0 <= successes <= trials and trials > 0, got {successes}/{trials}")
    interval = binomtest(successes, trials).proportion_ci(
        confidence_level=confidence, method=method
    )
    return float(interval.low), float(interval.high)


def interval_applies(row: Mapping[Hashable, Any]) -> bool:
    """An interval means something only for sampled or self-selected shares of whole counts."""
    denominator = row["denominator"]
    if row["measurement"] == "full" or denominator is None or pd.isna(denominator):
        return False
    numerator = row["numerator"]
    whole = (
        numerator == numerator.to_integral_value()
        and denominator == denominator.to_integral_value()
    )
    return bool(whole and 0 <= numerator <= denominator and denominator > 0)


def compute_indicators(
    observations: pd.DataFrame,
    *,
    method: IntervalMethod = "wilson",
    confidence: float = 0.95,
) -> pd.DataFrame:
    """Each figure's value in its own unit, with an interval where one applies.

    Adds `remainder` (denominator − numerator: the 169 not yet registered, or
    None), `value_exact` (Decimal), `value` (float), `ci_low`, `ci_high` (float,
    in the indicator's unit, NaN where no interval applies), `interval_method`
    and `is_total` (False). Input is not modified.
    """
    result = observations.copy()
    exact: list[Decimal] = []
    lows: list[float] = []
    highs: list[float] = []
    methods: list[str | None] = []
    for row in observations.to_dict("records"):
        denominator = row["denominator"]
        has_base = denominator is not None and not pd.isna(denominator) and denominator != 0
        value = (
            exact_rate(row["numerator"], denominator, row["factor"])
            if has_base
            else row["numerator"]
        )
        if row["display"] == "count":
            value = row["numerator"]
        exact.append(value)
        if has_base and row["display"] != "count" and interval_applies(row):
            low, high = proportion_interval(
                int(row["numerator"]), int(denominator), method=method, confidence=confidence
            )
            factor = float(row["factor"])
            lows.append(low * factor)
            highs.append(high * factor)
            methods.append(method)
        else:
            lows.append(float("nan"))
            highs.append(float("nan"))
            methods.append(None)
    result["remainder"] = pd.Series(
        [
            d - n if d is not None and not pd.isna(d) else None
            for n, d in zip(observations["numerator"], observations["denominator"], strict=True)
        ],
        index=result.index,
        dtype=object,
    )
    result["value_exact"] = pd.Series(exact, index=result.index, dtype=object)
    result["value"] = pd.Series([float(v) for v in exact], index=result.index, dtype=float)
    result["ci_low"] = pd.Series(lows, index=result.index, dtype=float)
    result["ci_high"] = pd.Series(highs, index=result.index, dtype=float)
    result["interval_method"] = pd.Series(methods, index=result.index, dtype=object)
    result["target_met"] = pd.Series(
        [
            target_met(v, t, d)
            for v, t, d in zip(
                exact, observations["target"], observations["direction"], strict=True
            )
        ],
        index=result.index,
        dtype=object,
    )
    result["is_total"] = False
    return result


def target_met(value: Decimal, target: object, direction: object) -> bool | None:
    """Whether a value reaches its target (at or below it if lower is better); None if no target."""
    if not isinstance(target, Decimal):
        return None  # blank (None, or NaN after pandas)
    return bool(value <= target) if direction == "down" else bool(value >= target)


def group_totals(results: pd.DataFrame) -> pd.DataFrame:
    """One row per group, unit and period: the sum of its parts.

    Groups match as validation matches them (case and spacing folded). The total
    is a count (`display` = 'count'); `denominator` is the parts' common base
    where they share one. Parts with different bases or units of measure get no
    total. `cell_numerator` lists the parts' cells.
    """
    grouped = results[results["group"].notna()]
    if grouped.empty:
        return results.iloc[0:0].copy()
    keys = grouped.assign(
        _group=[fold_name(g) for g in grouped["group"]],
        _unit=[fold_name(u) for u in grouped["unit"]],
    )
    totals: list[dict[str, Any]] = []
    for _, members in keys.groupby(["_group", "_unit", "period"], sort=False):
        members = members.drop(columns=["_group", "_unit"])
        first = members.iloc[0].to_dict()
        total = sum(members["numerator"], Decimal(0))
        with_base = members["denominator"].notna()
        bases = set(members["denominator"].dropna())
        bases_list = sorted(bases)
        measures = set(members["measure"].dropna())
        if len(measures) > 1 or len(bases) > 1 or (bases and not with_base.all()):
            continue  # parts of different kinds or bases: a sum would mean nothing
        totals.append(
            {
                **{key: first[key] for key in results.columns if key in first},
                "indicator": first["group"],
                "code": None,
                "numerator": total,
                "denominator": bases.pop() if len(bases) == 1 else None,
                "printed_rate": None,
                "measure": measures.pop() if len(measures) == 1 else None,
                "note": None,
                "factor": Decimal(1),
                "decimals": 0,
                "measurement": "full",
                "display": "count",
                "direction": None,
                "target": None,
                "target_met": None,
                "remainder": (bases_list[0] - total) if len(bases_list) == 1 else None,
                "value_exact": total,
                "value": float(total),
                "ci_low": float("nan"),
                "ci_high": float("nan"),
                "interval_method": None,
                "is_total": True,
                "row": int(members["row"].max()),
                "cell_numerator": ", ".join(members["cell_numerator"]),
                "cell_denominator": None,
                "cell_rate": None,
            }
        )
    return pd.DataFrame.from_records(totals, columns=list(results.columns))


def period_changes(results: pd.DataFrame) -> pd.DataFrame:
    """Change of each indicator and unit between consecutive periods of one kind.

    For rates the change is in points of the indicator's unit (percentage
    points for per cent); for counts it is the difference in the count.
    Columns: indicator, unit, period_from, period_to, value_from, value_to,
    change (Decimal), factor, decimals, display.
    """
    rows: list[dict[str, Any]] = []
    plain = results[~results["is_total"]] if "is_total" in results else results
    kinds = plain.assign(_kind=[parse_period(str(p)).kind for p in plain["period"]])
    for (indicator, unit, _kind), members in kinds.groupby(
        ["indicator", "unit", "_kind"], sort=True
    ):
        ordered = members.sort_values(["period_start", "period_end"], kind="stable")
        records = ordered.to_dict("records")
        for before, after in pairwise(records):
            if before["period_end"] >= after["period_start"]:
                continue  # overlapping periods say nothing about change
            rows.append(
                {
                    "indicator": indicator,
                    "unit": unit,
                    "period_from": before["period"],
                    "period_to": after["period"],
                    "value_from": before["value_exact"],
                    "value_to": after["value_exact"],
                    "change": after["value_exact"] - before["value_exact"],
                    "factor": after["factor"],
                    "decimals": after["decimals"],
                    "display": after["display"],
                    "measure": after["measure"],
                }
            )
    columns = [
        "indicator",
        "unit",
        "period_from",
        "period_to",
        "value_from",
        "value_to",
        "change",
        "factor",
        "decimals",
        "display",
        "measure",
    ]
    return pd.DataFrame.from_records(rows, columns=columns)
