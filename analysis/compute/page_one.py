"""What the briefing's opening page ranks: how far each figure is from its target, each count
of events per member, and which changes since the previous period are clear enough to name.

Pure arithmetic over the summary's latest rows, done once here so that `present` only words
it. A gap is signed so that a positive one is a shortfall, whatever the indicator's
direction; a relative gap is the gap over the target, so that 5 points short of 95% and 2
members short of 15 can be put in one order (the farthest first).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..model.measures import PEOPLE_MEASURES
from ..model.text import name_key

PER_MEMBERS = 1000.0  # counts of events are compared per 1.000 members
SMALL_BASE = 20.0  # below this, a count's change is said in counts, never in per cent


def target_gaps(rows: pd.DataFrame) -> pd.DataFrame:
    """`rows` with `gap` (how far short of the target, in the figure's own unit: points of
    a rate, members of a count; negative beyond it) and `relative_gap` (the gap over the
    target, 0–1 and more; NaN where the target is 0 or missing)."""
    value = rows["value"].to_numpy(dtype=np.float64)
    target = rows["target"].to_numpy(dtype=np.float64)
    downward = (rows["direction"] == "down").to_numpy(dtype=bool)
    gap = np.where(downward, value - target, target - value)
    with np.errstate(divide="ignore", invalid="ignore"):
        relative = np.where(target != 0, gap / np.abs(target), np.nan)
    return rows.assign(gap=gap, relative_gap=relative)


def member_bases(summary: pd.DataFrame) -> pd.Series:
    """For each row counting people or events in the measure of a rate's base (discipline,
    admissions: 'đảng viên'), the unit's base at that period: the largest denominator the
    workbook gives for that unit, period and measure (the members a rate is of). NaN where
    no such base exists; the count is then compared raw."""
    rates = summary[summary["denominator"].notna() & (summary["display"] != "count")]
    bases = rates.groupby(["unit", "period", "measure"], sort=False)["denominator"].max()
    # only people are counted per 1.000 members: «18 chi bộ» is no share of the members
    people = summary["measure"].map(lambda m: name_key(m or "") in PEOPLE_MEASURES)
    counted = ((summary["display"] == "count") & people).to_numpy(dtype=bool)
    keys = pd.MultiIndex.from_frame(summary[["unit", "period", "measure"]])
    found = bases.reindex(keys).to_numpy(dtype=np.float64)
    return pd.Series(np.where(counted, found, np.nan), index=summary.index, name="base")


def clear_changes(rows: pd.DataFrame, bases: pd.Series) -> pd.DataFrame:
    """The changes since the period before that can be named, with `better` (True where the
    change goes the indicator's way), `size` (points of a rate; a count's change per 100
    members of its base) and `per_thousand` (a count per 1.000 members of its base): a
    sample's only where its interval excludes 0; a count's scaled by its base where there
    is one, else raw and after the scaled ones; an indicator without a direction is never
    better or worse. Largest first."""
    amount = rows["change_amount"].to_numpy(dtype=np.float64)
    base = bases.reindex(rows.index).to_numpy(dtype=np.float64)
    counted = (rows["display"] == "count").to_numpy(dtype=bool)
    with np.errstate(divide="ignore", invalid="ignore"):
        per_hundred = np.where(base > 0, amount * 100.0 / base, np.nan)
    size = np.where(counted, per_hundred, rows["change_value"].to_numpy(dtype=np.float64))
    low = rows["change_ci_low"].to_numpy(dtype=np.float64)
    high = rows["change_ci_high"].to_numpy(dtype=np.float64)
    unsure = ~np.isnan(low) & (low <= 0) & (high >= 0)
    way = np.where((rows["direction"] == "down").to_numpy(dtype=bool), -1.0, 1.0)
    directed = rows["direction"].isin(["up", "down"]).to_numpy(dtype=bool)
    raw = counted & ~np.isfinite(size) & np.isfinite(amount)  # no base: compared raw, last
    moved = (np.isfinite(size) & (size != 0)) | (raw & (amount != 0))
    keep = directed & moved & ~unsure & ~rows["is_total"].to_numpy(dtype=bool)
    signed = np.where(raw, amount, size)
    named = rows[keep].assign(
        better=signed[keep] * way[keep] > 0,
        size=np.abs(size[keep]),
        raw_size=np.abs(amount[keep]),
        per_thousand=per_thousand_members(rows, bases).to_numpy()[keep],
    )
    largest: pd.DataFrame = named.sort_values(
        ["size", "raw_size"], ascending=False, kind="stable", na_position="last"
    )
    return largest


def per_thousand_members(rows: pd.DataFrame, bases: pd.Series) -> pd.Series:
    """Each count of `rows` per 1.000 members of its base (`member_bases`); NaN for a rate
    or a count without a base."""
    base = bases.reindex(rows.index).to_numpy(dtype=np.float64)
    counted = (rows["display"] == "count").to_numpy(dtype=bool)
    value = rows["value"].to_numpy(dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):  # a few among many, not all of them
        rate = np.where(counted & (base > 0) & (value * 10 <= base), value * PER_MEMBERS / base,
                        np.nan)  # fmt: skip
    return pd.Series(rate, index=rows.index, name="per_thousand")
