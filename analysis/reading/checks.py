"""Checks across rows, expressed over columns: repeated rows, printed rates, groups
that must add up, and rows Excel hides.

Each check takes the figures frame and returns a new one (or nothing) and the
problems it found; names compare by the one name key (`text.name_key`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..model.errors import Problem, ProblemCode, ProblemCollector
from ..model.rates import achievements, compute_rate, figure_values, round_half_up
from ..model.text import name_keys
from .number_text import plain_number


def hidden_rows(
    figures: pd.DataFrame, hidden: frozenset[int], collect: ProblemCollector
) -> list[Problem]:
    """A warning for each figure on a row Excel hides (it is still counted)."""
    before = len(collect.problems)
    if hidden:
        for row, indicator in figures.loc[
            figures["row"].isin(hidden), ["row", "indicator"]
        ].itertuples(index=False):
            collect.add("hidden_row", cell=f"A{row}", indicator=indicator)
    return collect.problems[before:]


def drop_duplicates(figures: pd.DataFrame, collect: ProblemCollector) -> pd.DataFrame:
    """One row per indicator, unit and period: identical repeats are dropped with a warning,
    repeats with other figures are errors (and dropped)."""
    if figures.empty:
        return figures
    keys = pd.DataFrame(
        {
            "parent": name_keys(figures["parent"]) if "parent" in figures else None,
            "indicator": name_keys(figures["indicator"]),
            "unit": name_keys(figures["unit"]),
            "period": figures["period"],
        }
    )
    repeated = keys.duplicated(keep="first")
    if not repeated.any():
        return figures
    first = (
        keys.assign(_position=np.arange(len(keys)))
        .groupby(["indicator", "unit", "period"], sort=False)["_position"]
        .transform("first")
    )
    for position in np.flatnonzero(repeated.to_numpy()):
        row = figures.iloc[position]
        original = figures.iloc[int(first.iloc[position])]
        same = all(_same(original[key], row[key]) for key in ("numerator", "denominator", "group"))
        if same:
            collect.add("duplicate_row", cell=f"A{row['row']}", other=original["row"])
        else:
            collect.add(
                "duplicate_conflict",
                cell=row["cell_numerator"],
                indicator=row["indicator"],
                unit=row["unit"],
                period=row["period"],
                other=original["row"],
            )
    return figures[~repeated.to_numpy()]


def _same(a: object, b: object) -> bool:
    missing_a = a is None or (isinstance(a, float) and a != a)
    missing_b = b is None or (isinstance(b, float) and b != b)
    return (missing_a and missing_b) or (not missing_a and not missing_b and a == b)


@dataclass(frozen=True)
class PrintedComparison:
    """A printed share read against the recomputed one: `shown` in the share's unit (a
    cell formatted as a percentage stores 0,983 for 98,3%: the reading closest to the
    recomputed share is taken), the `decimals` it shows in that unit, and which rows are
    `off` by more than one unit in their last printed digit."""

    shown: npt.NDArray[np.float64]
    decimals: npt.NDArray[np.int64]
    checked: npt.NDArray[np.bool_]
    off: npt.NDArray[np.bool_]


def compare_printed(
    printed: npt.NDArray[np.float64],
    computed: npt.NDArray[np.float64],
    *,
    typed: npt.NDArray[np.bool_],
    decimals: npt.NDArray[np.int64],
    scale: npt.NDArray[np.float64],
) -> PrintedComparison:
    """`printed` against `computed`, both in a unit `scale` times a fraction (100 for per
    cent); `typed` marks cells typed with their '%' (never read as a fraction)."""
    checked = ~np.isnan(printed) & ~np.isnan(computed)
    as_fraction = printed * scale
    closer = checked & ~typed & (np.abs(as_fraction - computed) < np.abs(printed - computed))
    shown = np.where(closer, as_fraction, printed)
    powers = np.where(
        np.isin(scale, [1.0, 10.0, 100.0, 1000.0, 10000.0]),
        np.round(np.log10(np.where(scale > 0, scale, 1.0))),
        0,
    ).astype(np.int64)
    decimals = np.minimum(decimals, 6)
    decimals = np.where(closer, np.maximum(decimals - powers, 0), decimals).astype(np.int64)
    tolerance = np.power(10.0, -decimals.astype(np.float64))
    rounded = round_half_up(np.where(checked, computed, 0.0), decimals)
    off = checked & (np.abs(shown - rounded) > tolerance * (1 + 1e-9))
    return PrintedComparison(shown, decimals, checked, off)


def check_rates(figures: pd.DataFrame, collect: ProblemCollector) -> pd.DataFrame:
    """Compare each printed rate with the one recomputed from its counts
    (`compare_printed`). Returns the figures with `printed_rate` in the indicator's unit."""
    printed = figures["printed_rate"].to_numpy(dtype=np.float64)
    factor = figures["factor"].to_numpy(dtype=np.float64)
    computed = compute_rate(figures["numerator"], figures["denominator"], factor)
    result = compare_printed(
        printed,
        computed,
        typed=figures["printed_suffix"].to_numpy() != "",
        decimals=figures["printed_decimals"].to_numpy(dtype=np.int64),
        scale=factor,
    )
    for position in np.flatnonzero(result.off):
        row = figures.iloc[position]
        digits = max(int(row["printed_decimals"]), 1)
        collect.add(
            "rate_mismatch",
            cell=row["cell_rate"],
            printed=plain_number(float(result.shown[position])),
            computed=f"{computed[position]:.{digits}f}",
        )
    shown_decimals = np.where(result.checked | ~np.isnan(printed), result.decimals, np.nan)
    return figures.assign(printed_rate=result.shown, printed_shown_decimals=shown_decimals)


def check_achievements(figures: pd.DataFrame, collect: ProblemCollector) -> pd.DataFrame:
    """A printed share of the plan ('Tỷ lệ đạt', 'So với KH (%)') against the one recomputed
    from the figure and its plan (`compare_printed`). Above 100% is normal (44 against a
    plan of 40 is 110%). Returns the figures with `printed_achievement` in per cent and
    `achievement_decimals` (the decimals it is printed with; -1 where none is printed)."""
    printed = figures["printed_achievement"].to_numpy(dtype=np.float64)
    value = figure_values(
        figures["numerator"], figures["denominator"], figures["factor"], figures["display"]
    )
    computed = achievements(value, figures["target"].to_numpy(dtype=np.float64))
    result = compare_printed(
        printed,
        computed,
        typed=figures["achievement_suffix"].to_numpy(dtype=object) != "",
        decimals=figures["achievement_decimals"].to_numpy(dtype=np.int64),
        scale=np.full(len(printed), 100.0),
    )
    for position in np.flatnonzero(result.off):
        row = figures.iloc[position]
        collect.add(
            "achievement_mismatch",
            cell=row["cell_achievement"],
            printed=plain_number(float(result.shown[position])),
            computed=f"{computed[position]:.{max(int(result.decimals[position]), 1)}f}",
        )
    return figures.assign(
        printed_achievement=result.shown,
        achievement_decimals=np.where(np.isnan(printed), -1, result.decimals).astype(np.int64),
    )


def check_groups(figures: pd.DataFrame, collect: ProblemCollector) -> None:
    """The parts of a group (same group, unit, period and base) must add up to the base."""
    grouped = figures[figures["group"].notna() & figures["denominator"].notna()]
    if grouped.empty:
        return
    keys = pd.DataFrame(
        {
            "group": name_keys(grouped["group"]),
            "unit": name_keys(grouped["unit"]),
            "period": grouped["period"],
            "base": grouped["denominator"],
        },
        index=grouped.index,
    )
    group_id = grouped.groupby(
        [keys["group"], keys["unit"], keys["period"], keys["base"]], sort=False
    ).ngroup()
    numerators = grouped["numerator"]
    totals = numerators.groupby(group_id).transform("sum")
    sizes = numerators.groupby(group_id).transform("size")
    whole = grouped["denominator"]
    off = (sizes >= 2) & ((totals - whole).abs() > 1e-9 * whole.abs().clip(lower=1.0))
    for number in pd.unique(group_id[off]):
        members = grouped[group_id == number]
        cells = ", ".join(members["cell_numerator"])
        collect.add(
            "group_sum_mismatch",
            cell=members["cell_denominator"].iloc[0],
            group=f"{members['group'].iloc[0]}: {cells}",
            total=plain_number(float(members["numerator"].sum())),
            whole=plain_number(float(members["denominator"].iloc[0])),
        )


def _compare_total(
    collect: ProblemCollector, code: ProblemCode, total: Mapping[Hashable, Any], added: float
) -> None:
    """Name a stated total that is not the sum of what it totals, with both numbers."""
    stated = float(total["numerator"])
    if abs(added - stated) > 1e-9 * max(abs(added), 1.0):
        collect.add(
            code,
            cell=str(total["cell_numerator"]),
            value=total["indicator"],
            total=plain_number(stated),
            parts=plain_number(added),
        )


def check_typed_totals(
    figures: pd.DataFrame, totals: pd.DataFrame, collect: ProblemCollector
) -> None:
    """A totals row typed in the sheet ('Tổng cộng') is named as such and checked against
    the rows above it (same sheet, period and column: a form's plan, result and breakdown
    columns each add up on their own; parts listed under a row are in that row already).

    A total adds up its block (the rows since the last heading or total) or, a grand total
    below several sections, every row since the last total."""
    if totals.empty:
        return
    letters = figures["cell_numerator"].str.extract(r"^([A-Z]+)", expand=False)
    total_letters = totals["cell_numerator"].astype(str).str.extract(r"^([A-Z]+)", expand=False)
    rates = figures["measure"].astype(object).isin(["%", "‰"]).to_numpy(dtype=bool)
    for position, total in enumerate(totals.to_dict("records")):
        collect.add("total_row", cell=f"A{total['row']}", value=total["indicator"])
        if total["measure"] in ("%", "‰"):
            continue  # rates, and averages of rates, are never added up
        if total.get("leads"):  # a group's subtotal adds up the rows of its block below it
            below = figures[
                (figures["sheet"] == total["sheet"])
                & (figures["block"] == total["block"])
                & (figures["row"] > total["row"])
                & (letters == total_letters.iloc[position]).to_numpy()
                & figures["parent_cell"].isna()
                & ~rates
            ]
            if not below.empty:
                added = float(below["numerator"].sum())
                _compare_total(collect, "group_total_mismatch", total, added)
            continue
        letter = total_letters.iloc[position]
        same_column = totals[
            (totals["sheet"] == total["sheet"])
            & (totals["period"] == total["period"])
            & (total_letters == letter).to_numpy()
            & (totals["row"] < total["row"])
            & ~totals["leads"].to_numpy(dtype=bool)  # a group's subtotal ends no block
        ]
        since = int(same_column["row"].max()) if not same_column.empty else 0
        above = figures[
            (figures["sheet"] == total["sheet"])
            & (figures["row"] < total["row"])
            & (figures["row"] > since)
            & (figures["period"] == total["period"])
            & (letters == letter)
            & figures["parent_cell"].isna()
            & ~rates
        ]
        if above.empty:
            continue
        block = float(above.loc[above["block"] == total["block"], "numerator"].sum())
        every = float(above["numerator"].sum())
        stated = float(total["numerator"])
        if abs(every - stated) <= 1e-9 * max(abs(every), 1.0):
            continue  # a grand total over the sections above it
        _compare_total(collect, "total_mismatch", total, block)


def attach_parents(figures: pd.DataFrame, collect: ProblemCollector) -> pd.DataFrame:
    """Parts under a figure ('Trong đó:', 'a)', '-' rows, or 'Trong đó: Nữ' columns beside
    their whole, each naming its parent's cell): the parent's name is kept beside each
    part (so 'Cảnh cáo' under two parents is two figures), a part without a base takes its
    parent's figure as base (its share is computed), and parts that add up to more than
    their parent are named."""
    parent_cells = figures["parent_cell"].to_numpy(dtype=object)
    has_parent = pd.notna(parent_cells)
    if not has_parent.any():
        return figures.assign(parent=pd.Series([None] * len(figures), dtype=object))
    cells_read = pd.MultiIndex.from_arrays([figures["sheet"], figures["cell_numerator"]])
    first = ~cells_read.duplicated()
    wanted = pd.MultiIndex.from_arrays([figures["sheet"], np.where(has_parent, parent_cells, "")])
    found_at = cells_read[first].get_indexer(wanted)
    position = np.where(found_at >= 0, np.flatnonzero(first)[found_at], -1)
    found = has_parent & (position >= 0)
    same = found.copy()
    for column in ("unit", "period"):
        values = figures[column].to_numpy(dtype=object)
        same[found] &= values[found] == values[position[found]]
    names = figures["indicator"].to_numpy(dtype=object)
    parent = np.full(len(figures), None, dtype=object)
    parent[found] = names[position[found]]
    numerators = figures["numerator"].to_numpy(dtype=np.float64)
    denominators = figures["denominator"].to_numpy(dtype=np.float64).copy()
    cells = figures["cell_denominator"].to_numpy(dtype=object).copy()
    measures = figures["measure"].to_numpy(dtype=object).copy()
    # A part with a plan of its own is measured against its plan, not as a share.
    targets = figures["target"].to_numpy(dtype=np.float64)
    base = (
        same
        & np.isnan(denominators)
        & (numerators[np.maximum(position, 0)] > 0)
        & np.isnan(targets)
    )
    denominators[base] = numerators[position[base]]
    cells[base] = figures["cell_numerator"].to_numpy(dtype=object)[position[base]]
    inherit = base & pd.isna(measures)
    measures[inherit] = figures["measure"].to_numpy(dtype=object)[position[inherit]]
    sums = pd.Series(numerators[same]).groupby(position[same]).sum()
    for where, total in zip(sums.index.tolist(), sums.tolist(), strict=True):
        whole = numerators[where]
        if total > whole * (1 + 1e-9):
            collect.add(
                "parts_exceed_parent",
                cell=str(figures["cell_numerator"].iloc[where]),
                value=str(names[where]),
                parts=plain_number(float(total)),
                whole=plain_number(float(whole)),
            )
    return figures.assign(
        parent=pd.Series(parent, index=figures.index, dtype=object),
        denominator=denominators,
        cell_denominator=pd.Series(cells, index=figures.index, dtype=object),
        measure=pd.Series(measures, index=figures.index, dtype=object),
    )


def check_sheet_totals(
    figures: pd.DataFrame, totals: pd.DataFrame, collect: ProblemCollector
) -> None:
    """A summary sheet ('Tổng hợp', 'Toàn tỉnh') is checked against the sum of the unit
    sheets beside it, indicator by indicator and period by period; it is never counted as a
    unit of its own."""
    if totals.empty:
        return
    keys = pd.DataFrame({"name": name_keys(figures["indicator"]), "period": figures["period"]})
    sums = figures["numerator"].groupby([keys["name"], keys["period"]]).sum()
    for total in totals.to_dict("records"):
        key = (name_keys(pd.Series([total["indicator"]])).iloc[0], total["period"])
        if key not in sums.index:
            continue
        on_sheet = ProblemCollector(collect.file, str(total["sheet"]))
        _compare_total(on_sheet, "sheet_total_mismatch", total, float(sums.loc[key]))
        collect.problems += on_sheet.problems


def check_units_in_force(
    figures: pd.DataFrame,
    in_force: dict[str, tuple[dt.date | None, dt.date | None]],
    *,
    successors: frozenset[str],
    collect: ProblemCollector,
) -> None:
    """Warn of a figure for a period when its unit did not exist.

    `in_force` maps a unit's name key to its first and last day (`Hiệu lực từ`, `Hiệu lực
    đến`). A period that starts after the last day is always named. One that ends before the
    first day is named only for a unit nothing was merged into (`successors` lists those
    that were): a successor's earlier figure is a restatement the office made itself."""
    if figures.empty or not in_force:
        return
    keys = name_keys(figures["unit"]).to_numpy(dtype=object)
    starts = figures["period_start"].to_numpy(dtype="datetime64[D]")
    ends = figures["period_end"].to_numpy(dtype="datetime64[D]")
    for key, (first_day, last_day) in in_force.items():
        mine = keys == key
        if not mine.any():
            continue
        late = mine & (starts > np.datetime64(last_day, "D")) if last_day else None
        early = None
        if first_day and key not in successors:
            early = mine & (ends < np.datetime64(first_day, "D"))
        for outside, day, side in ((late, last_day, "đến"), (early, first_day, "từ")):
            if outside is None or day is None:
                continue
            for position in np.flatnonzero(outside):
                row = figures.iloc[position]
                collect.add(
                    "unit_not_in_force",
                    cell=str(row["cell_numerator"]),
                    unit=row["unit"],
                    period=row["period"],
                    side=side,
                    side_en="until" if side == "đến" else "from",
                    day=day.strftime("%d/%m/%Y"),
                )


def check_negative_figures(figures: pd.DataFrame, collect: ProblemCollector) -> None:
    """Warn of a negative figure with no base and no unit of measure, shown as a count:
    chiso cannot tell a count (which cannot be negative) from a change. A figure marked
    as a rate (typed with '%', or by the catalogue) or with a unit of measure is left
    alone; a negative count with a unit of measure is already an error."""
    if figures.empty:
        return
    numerator = figures["numerator"].to_numpy(dtype=np.float64)
    with np.errstate(invalid="ignore"):
        unclear = (
            (numerator < 0)
            & figures["denominator"].isna().to_numpy(dtype=bool)
            & figures["measure"].isna().to_numpy(dtype=bool)
            & (figures["display"].to_numpy(dtype=object) == "count")
        )
    for position in np.flatnonzero(unclear):
        row = figures.iloc[position]
        collect.add(
            "negative_without_unit",
            cell=str(row["cell_numerator"]),
            value=plain_number(row["numerator"]),
            indicator=row["indicator"],
        )


def check_total_columns(
    figures: pd.DataFrame, totals: pd.DataFrame, collect: ProblemCollector
) -> None:
    """A total column ('Tổng cộng' beside units across, 'Tổng' after years across) is
    checked against the figures of its row it adds up: the same indicator, within its
    period. Rates are never added up, so a total of rates is not checked."""
    if totals.empty or figures.empty:
        return
    keys = name_keys(figures["indicator"])
    rates = figures["measure"].astype(object).isin(["%", "‰"])
    for total in totals.to_dict("records"):
        if total["measure"] in ("%", "‰"):
            continue
        key = name_keys(pd.Series([total["indicator"]])).iloc[0]
        same = figures[
            (figures["sheet"] == total["sheet"])
            & (figures["row"] == total["row"])
            & (keys == key)
            & figures["parent_cell"].isna()
            & ~rates
            & (figures["period_start"] >= total["period_start"])
            & (figures["period_end"] <= total["period_end"])
        ]
        if same.empty:
            continue
        _compare_total(collect, "total_column_mismatch", total, float(same["numerator"].sum()))


def join_rates_to_counts(figures: pd.DataFrame) -> pd.DataFrame:
    """A count and its printed rate kept in separate tables (`Biểu 1` the counts of each
    unit, `Biểu 2` their rates, or two sheets): the same indicator, unit and period, one a
    count and the other a rate typed without counts. They are one figure: the rate is kept
    beside the count as its printed rate (and checked against it where there is a base),
    never a second figure."""
    if figures.empty:
        return figures
    typed_rate = (
        figures["measure"].astype(object).isin(["%"]).to_numpy(dtype=bool)
        & figures["denominator"].isna().to_numpy(dtype=bool)
        & figures["printed_rate"].isna().to_numpy(dtype=bool)
    )
    if not typed_rate.any() or typed_rate.all():
        return figures
    keys = pd.DataFrame(
        {
            "parent": name_keys(figures["parent"]) if "parent" in figures else None,
            "indicator": name_keys(figures["indicator"]),
            "unit": name_keys(figures["unit"]),
            "period": figures["period"],
        }
    )
    key = pd.MultiIndex.from_frame(keys.fillna(""))
    counts = ~typed_rate & figures["printed_rate"].isna().to_numpy(dtype=bool)
    count_at = pd.Series(np.flatnonzero(counts), index=key[counts])
    count_at = count_at[~count_at.index.duplicated(keep="first")]
    rate_rows = np.flatnonzero(typed_rate)
    matched = count_at.reindex(key[rate_rows])
    found = matched.notna().to_numpy()
    if not found.any():
        return figures
    result = figures.copy()
    targets = matched.to_numpy()[found].astype(np.int64)
    sources = rate_rows[found]
    printed = result["printed_rate"].to_numpy(dtype=np.float64).copy()
    printed[targets] = result["numerator"].to_numpy(dtype=np.float64)[sources]
    cell_rate = result["cell_rate"].to_numpy(dtype=object).copy()
    cell_rate[targets] = result["cell_numerator"].to_numpy(dtype=object)[sources]
    decimals = result["printed_decimals"].to_numpy(dtype=np.int64).copy()
    decimals[targets] = result["typed_decimals"].to_numpy(dtype=np.int64)[sources]
    result = result.assign(printed_rate=printed, cell_rate=cell_rate, printed_decimals=decimals)
    keep = np.ones(len(result), dtype=bool)
    keep[sources] = False
    return result[keep]
