"""Roll-ups: the units' figures added up to the unit above them.

Each indicator, period and part is rolled up on its own, by the indicator's rule:
- counts (members admitted, members on the roll) are summed;
- rates and ratios are recomputed from the summed counts and bases, never averaged;
- a rate typed without its counts cannot be added up and is left out.

The unit above is the `Đơn vị` sheet's `Cấp trên` (level by level, up to the top), or,
without the sheet, the workbook's organisation over every unit found. A unit above that
reports its own figure (a `Tổng hợp` sheet, a `Tổng cộng` row) keeps it: nothing is
rolled up over it. Pure functions over computed figures (`stats.compute_indicators`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from ..model.text import compact_cells, name_keys
from .period_totals import combinable, combine_periods
from .stats import compute_indicators

if TYPE_CHECKING:
    from ..model.hierarchy import Hierarchy

MAX_CELLS_LISTED = 12  # pieces of one column a roll-up lists; more are given as their span


def unit_rollups(
    results: pd.DataFrame,
    *,
    hierarchy: Hierarchy | None,
    top: str,
    reported: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Roll-up rows (`is_total` True, the unit above as `unit`) with `results`' columns.

    With a `hierarchy`, each level is rolled up in turn from the deepest: a unit's figure
    is its own where it reports one, else its units' roll-up. Without one, every unit is
    under `top`, and a roll-up needs two units or more. `reported` holds figures the units
    above give themselves (typed totals): no roll-up is made where one exists."""
    plain = results[~results["is_total"].to_numpy(dtype=bool)]
    typed_rate = plain["denominator"].isna() & (plain["display"] != "count")
    pool = plain[~typed_rate]
    if pool.empty:
        return results.iloc[0:0].copy()
    known = _keys(plain, plain["unit"])
    if reported is not None and not reported.empty:
        known = known.union(_keys(reported, reported["unit"]))
        if not hierarchy:  # a 'Tổng cộng' row or a 'Tổng hợp' sheet is the whole's figure
            anywhere = pd.Series(top, index=reported.index, dtype=object)
            known = known.union(_keys(reported, anywhere))
    produced: list[pd.DataFrame] = []
    if not hierarchy:
        above = pd.Series(top, index=pool.index, dtype=object)
        rolled = _roll(pool, above, minimum=2)
        produced.append(rolled[~_keys(rolled, rolled["unit"]).isin(known)])
    else:
        depth = _depths(pool["unit"], hierarchy)
        deepest = int(depth.max()) if depth.notna().any() else 0
        for level in range(deepest, 0, -1):  # ward -> district -> province
            here = pool[(depth == level).to_numpy()]
            above = here["unit"].map(hierarchy.parent_of).astype(object)
            if here.empty or not above.notna().any():
                continue
            rolled = _roll(here[above.notna()], above[above.notna()], minimum=1)
            rolled = rolled[~_keys(rolled, rolled["unit"]).isin(known)].reset_index(drop=True)
            if rolled.empty:
                continue
            produced.append(rolled)
            known = known.union(_keys(rolled, rolled["unit"]))
            pool = pd.concat([pool, rolled], ignore_index=True)
            depth = _depths(pool["unit"], hierarchy)
    produced = [frame for frame in produced if not frame.empty]
    if not produced:
        return results.iloc[0:0].copy()
    frame = pd.concat(produced, ignore_index=True)
    return compute_indicators(frame[list(plain.columns.intersection(frame.columns))]).assign(
        is_total=True
    )[list(results.columns)]


def _depths(units: pd.Series, hierarchy: Hierarchy) -> pd.Series:
    """Each row's depth below the top (NaN when unknown), worked out once per distinct
    unit: a province's pool has tens of thousands of rows but only some hundred units."""
    codes, distinct = pd.factorize(units)
    # The extra last entry is what code -1 (a missing unit) picks: unknown.
    depths = np.array([hierarchy.depth_of(unit) for unit in distinct] + [None], dtype=float)
    return pd.Series(depths[codes], index=units.index)


def _keys(frame: pd.DataFrame, unit: pd.Series) -> pd.Index:
    """indicator | part of | period | unit, by the one name key."""
    parent = frame["parent"] if "parent" in frame else pd.Series(None, index=frame.index)
    parts = [
        name_keys(frame["indicator"]),
        name_keys(parent.astype(object)),
        frame["period"],
        name_keys(unit.astype(object)),
    ]
    texts = [part.astype(object).where(part.notna(), "").to_numpy(dtype=object) for part in parts]
    joined = texts[0] + "|" + texts[1] + "|" + texts[2] + "|" + texts[3]
    keys: pd.Index = pd.Index(joined, dtype=object)
    return keys


def _roll(children: pd.DataFrame, above: pd.Series, *, minimum: int) -> pd.DataFrame:
    """One level of roll-up: the children's sums under each unit above."""
    keys = pd.DataFrame(
        {
            "indicator": name_keys(children["indicator"]),
            "parent": name_keys(children["parent"].astype(object)) if "parent" in children else "",
            "period": children["period"],
            "above": name_keys(above),
        },
        index=children.index,
    ).fillna("")
    grouped = children.assign(_above=above.to_numpy()).groupby(
        [keys["indicator"], keys["parent"], keys["period"], keys["above"]], sort=False
    )
    sizes = grouped.size()
    summed = grouped[["numerator", "denominator", "target"]].sum(min_count=1)
    with_target = grouped["target"].count()
    targets = grouped["target"].nunique()
    with_base = grouped["denominator"].count()
    measures = grouped["measure"].nunique()
    estimated = grouped["estimate"].any() if "estimate" in children else None
    # Never more decimals than the least precise part was published with.
    decimals = grouped["decimals"].min()
    cells = grouped["cell_numerator"].agg(_cells)
    last_row = grouped["row"].max()
    head = grouped.head(1)
    first = head.set_index(pd.MultiIndex.from_frame(keys.loc[head.index])).loc[sizes.index]
    # A base for all or for none: a sum of some bases is no one's base.
    usable = (sizes >= minimum) & ((with_base == 0) | (with_base == sizes))
    if not usable.any():
        return children.iloc[0:0].copy()
    chosen = first[usable.to_numpy()]
    counted = (chosen["display"] == "count").to_numpy()
    every = (with_target == sizes)[usable].to_numpy()
    # Plans of counts add up; a rate's target holds for the whole when every part shares it.
    target = np.where(
        every & counted,
        summed["target"][usable].to_numpy(dtype=np.float64),
        np.where(every & (targets[usable] == 1).to_numpy(), chosen["target"], np.nan),
    )
    return (
        chosen.assign(
            target=target,
            estimate=estimated[usable].to_numpy(dtype=bool) if estimated is not None else False,
            restated_from=None,
            decimals=decimals[usable].to_numpy(dtype=np.int64),
            printed_achievement=np.nan,
            achievement_decimals=-1,
            cell_target=None,
            cell_achievement=None,
            unit=chosen["_above"].to_numpy(dtype=object),
            numerator=summed["numerator"][usable].to_numpy(dtype=np.float64),
            denominator=summed["denominator"][usable].to_numpy(dtype=np.float64),
            printed_rate=np.nan,
            measure=chosen["measure"].where((measures[usable] <= 1).to_numpy(), None),
            note=None,
            source=None,
            row=last_row[usable].to_numpy(dtype=np.int64),
            cell_numerator=cells[usable].to_numpy(dtype=object),
            cell_denominator=None,
            cell_rate=None,
        )
        .reset_index(drop=True)
        .drop(columns="_above")
    )


def _cells(cells: pd.Series) -> str:
    """The parts' cells, written short ('F2:F6, F9'); many of one column, as their span."""
    return compact_cells(", ".join(str(cell) for cell in cells), limit=MAX_CELLS_LISTED)


# How many periods of a kind make a year.
PARTS_OF_A_YEAR = ("month", "quarter", "half")


def year_rollups(results: pd.DataFrame) -> pd.DataFrame:
    """Each year's figure from its months, quarters or halves, where they cover the year
    whole and the sheet does not state the year's own figure (a `Lũy kế cả năm` column
    checked as a total stands too): the one rule of `period_totals`. Cumulative periods
    ('9 tháng') are spans, never parts of a year. Rows as `results`' with `is_total` True."""
    from ..model.periods import parse_period

    plain = combinable(results)
    parts = plain[plain["period_kind"].isin(PARTS_OF_A_YEAR)]
    if parts.empty:
        return results.iloc[0:0].copy()
    years = parts["period_start"].to_numpy(dtype="datetime64[Y]").astype(np.int64) + 1970
    by_year = {year: parse_period(str(year)) for year in np.unique(years).tolist()}
    whole = combine_periods(
        parts, pd.Series([by_year[y] for y in years.tolist()], index=parts.index, dtype=object)
    )
    stated = results[results["is_total"].to_numpy(dtype=bool)]
    own = set(_keys(plain, plain["unit"])) | set(_keys(stated, stated["unit"]))
    whole = whole[[key not in own for key in _keys(whole, whole["unit"])]]
    if whole.empty:
        return results.iloc[0:0].copy()
    return whole.reindex(columns=results.columns)
