"""A longer period's figure made from its parts: one rule for every total over time.

A year (or a half, or any period asked for) has a figure from its parts only when parts of
one kind (months, quarters, halves, …) cover it whole: every day of it, none twice. Three
quarters are not a year, so they give no figure for it, whoever asks (`aggregate_periods`
for one period, the briefing's year roll-ups `rollups.year_rollups` for every year).
By the indicator's rule (`Tổng hợp` in the catalogue):
- flows ('tổng': members admitted, documents issued) add up, counts and bases alike, so a
  rate is recomputed from the sums, never averaged;
- stocks ('cuối kỳ': members on the roll) take the last part's figure;
- a rate typed without its counts is never combined.
Where parts of several kinds cover the period, the finest kind is used. A part's plan is
not the longer period's plan, so targets are left out. Pure functions over computed figures
(`stats.compute_indicators`).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..model.periods import Period
from ..model.text import name_keys
from .stats import compute_indicators

# Finer kinds first: where several kinds cover a period, the finest is used.
KIND_ORDER = ("day", "month", "quarter", "half", "year", "span")
_ONE_DAY = pd.Timedelta(days=1)
_TARGET_COLUMNS = {
    "target": np.nan,
    "target_period": None,
    "cell_target": None,
    "printed_achievement": np.nan,
    "achievement_decimals": -1,
}


def combinable(results: pd.DataFrame) -> pd.DataFrame:
    """The rows a longer period may be made of: figures (not totals), and no rate typed
    without its counts."""
    plain = results[~results["is_total"].to_numpy(dtype=bool)]
    typed_rate = plain["denominator"].isna() & (plain["display"] != "count")
    return plain[~typed_rate.to_numpy(dtype=bool)]


def combine_periods(parts: pd.DataFrame, targets: pd.Series) -> pd.DataFrame:
    """Each indicator, part-of and unit over the period `targets` gives for each of its
    rows (a `Period`, aligned on `parts`' index), where the rows of one kind cover that
    period whole; the finest such kind. Returns computed rows with `is_total` True, the
    period set to the longer one, `cell_numerator` listing the parts' cells (flows) and
    `row` the last part's row."""
    if parts.empty:
        return parts.iloc[0:0].assign(is_total=True)
    # Rows are matched by position: an index with repeats (frames concatenated) is fine.
    parts = parts.reset_index(drop=True)
    targets = pd.Series(list(targets), dtype=object)
    codes = targets.map(lambda period: period.code)
    periods = {period.code: period for period in targets}
    parent = parts["parent"] if "parent" in parts else pd.Series(None, index=parts.index)
    keys = pd.DataFrame(
        {
            "indicator": name_keys(parts["indicator"]),
            "parent": name_keys(parent.astype(object)),
            "unit": name_keys(parts["unit"]),
            "kind": parts["period_kind"],
            "target": codes,
        },
        index=parts.index,
    ).fillna("")
    names = list(keys.columns)
    ordered = parts.join(keys.add_prefix("_")).sort_values(
        [f"_{name}" for name in names] + ["period_start", "period_end"], kind="stable"
    )
    grouped = ordered.groupby([f"_{name}" for name in names], sort=False)
    # Whole cover: the first part starts on the period's first day, each next one the day
    # after the one before, the last ends on its last day.
    start = pd.to_datetime(ordered["period_start"])
    end = pd.to_datetime(ordered["period_end"])
    wanted_start = ordered["_target"].map(lambda c: pd.Timestamp(periods[c].start))
    wanted_end = ordered["_target"].map(lambda c: pd.Timestamp(periods[c].end))
    previous_end = end.groupby([ordered[f"_{n}"] for n in names], sort=False).shift()
    follows = np.where(previous_end.isna(), start == wanted_start, start == previous_end + _ONE_DAY)
    ends = end == wanted_end
    complete = (
        pd.DataFrame({"follows": follows, "ends": ends}, index=ordered.index)
        .groupby([ordered[f"_{n}"] for n in names], sort=False)
        .agg(follows=("follows", "all"), ends=("ends", "last"))
    )
    whole = (complete["follows"] & complete["ends"]).to_numpy(dtype=bool)
    if not whole.any():
        return parts.iloc[0:0].assign(is_total=True)
    last = grouped.tail(1).set_index([f"_{n}" for n in names]).loc[complete.index][whole]
    sums = grouped[["numerator", "denominator"]].sum(min_count=1).loc[complete.index][whole]
    cells = grouped["cell_numerator"].agg(", ".join).loc[complete.index][whole]
    last_row = grouped["row"].max().loc[complete.index][whole]
    flows = (last["aggregation"] == "sum").to_numpy()
    combined = last.assign(
        numerator=np.where(flows, sums["numerator"], last["numerator"]),
        denominator=np.where(flows, sums["denominator"], last["denominator"]),
        printed_rate=np.nan,
        cell_numerator=np.where(flows, cells, last["cell_numerator"]),
        row=last_row.to_numpy(dtype=np.int64),
        _rank=last["period_kind"].map({k: i for i, k in enumerate(KIND_ORDER)}).to_numpy(),
    ).reset_index()
    longer = [periods[code] for code in combined["_target"]]
    combined = combined.assign(
        period=[p.code for p in longer],
        period_kind=[p.kind for p in longer],
        period_start=pd.to_datetime([p.start for p in longer]).astype("datetime64[s]"),
        period_end=pd.to_datetime([p.end for p in longer]).astype("datetime64[s]"),
        period_parsed=pd.Series(longer, dtype=object),
        **{c: v for c, v in _TARGET_COLUMNS.items() if c in combined},
    )
    # The finest kind that covers the period, once per indicator, part-of and unit.
    combined = combined.sort_values("_rank", kind="stable")
    combined = combined[
        ~combined.duplicated(["_indicator", "_parent", "_unit", "_target"], keep="first")
    ]
    columns = [c for c in parts.columns if c in combined.columns]
    return compute_indicators(combined[columns].reset_index(drop=True)).assign(is_total=True)


def aggregate_periods(results: pd.DataFrame, period: Period) -> pd.DataFrame:
    """Each indicator and unit over `period`, from the figures of one kind that cover it
    whole (see the module's rule); none where a part is missing. One row per indicator,
    part-of and unit, with `period` set to `period`'s code and `is_total` True."""
    plain = combinable(results)
    inside = plain[
        (plain["period_start"] >= pd.Timestamp(period.start))
        & (plain["period_end"] <= pd.Timestamp(period.end))
    ]
    targets = pd.Series([period] * len(inside), index=inside.index, dtype=object)
    return combine_periods(inside, targets)
