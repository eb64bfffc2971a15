"""The summary's numbers: every figure of a dataset (and every total) computed in one frame.

`compute_summary` is what `present.summary.summarize` formats for `chiso summary`, the
briefing and `--json`: pure functions from a `Dataset` to a frame, column by column.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..model.dataset import Dataset
from ..model.hierarchy import Hierarchy
from ..model.text import name_key
from .stats import IntervalMethod, compute_indicators, group_totals, row_changes


def compute_summary(
    dataset: Dataset, *, top: str, method: IntervalMethod = "wilson"
) -> pd.DataFrame:
    """Every figure of a dataset computed, group totals after their parts, with the change
    from the period before and where each unit stands; no text (see `present.summary`).

    Totals: a group's (`Nhóm`), those typed in the sheet, and the units' figures rolled up
    to the unit above them (`rollups`), the topmost named `top` when the `Đơn vị` sheet does
    not name it.
    """
    from .rollups import unit_rollups, year_rollups

    results = compute_indicators(dataset.observations, method=method)
    totals = group_totals(results)
    typed = (
        compute_indicators(dataset.totals, method=method).assign(is_total=True)
        if not dataset.totals.empty
        else results.iloc[0:0]
    )
    rolled = unit_rollups(
        results,
        hierarchy=dataset.hierarchy,
        top=top,
        reported=typed,
    )
    # A year from its complete quarters, halves or months, unless the sheet states it.
    years = year_rollups(
        pd.concat([results, typed], ignore_index=True) if not typed.empty else results
    )
    frames = [frame for frame in (results, totals, typed, rolled, years) if not frame.empty]
    combined = pd.concat(frames, ignore_index=True) if len(frames) > 1 else results
    combined = combined.sort_values(["row", "is_total"], kind="stable").reset_index(drop=True)
    combined = pd.concat([combined, row_changes(combined)], axis=1)
    combined = with_unit_levels(combined, dataset.hierarchy)
    return combined


def with_unit_levels(rows: pd.DataFrame, hierarchy: Hierarchy) -> pd.DataFrame:
    """Where each row's unit stands: `unit_depth` (0 at the top) and `unit_level` (the
    `Cấp` the `Đơn vị` sheet gives, else None).

    Without the sheet, a unit that only has rolled-up figures is the top (0) and the units
    that report are one below it (1)."""
    units = rows["unit"].astype(object)
    known = {name: hierarchy.depth_of(name) for name in pd.unique(units)}
    rolled_only = rows.groupby(units, sort=False)["is_total"].transform("all").to_numpy(dtype=bool)
    mapped = units.map({name: depth for name, depth in known.items() if depth is not None})
    fallback = np.where(rolled_only, 0, 1)
    depth = np.where(mapped.isna().to_numpy(), fallback, mapped.fillna(0).to_numpy(dtype=float))
    levels = {
        name: (unit.level if (unit := hierarchy.units.get(name_key(name))) else None)
        for name in known
    }
    return rows.assign(
        unit_depth=depth.astype(np.int64),
        unit_level=units.map(levels).astype(object).to_numpy(),
    )
