"""Reorganisations: older figures restated on today's units.

On 1 July 2025 the district level was abolished and communes were merged, so most series
cross a boundary change. An optional sheet `Chuyển đổi` (crosswalk) gives, one row each, an
old unit (`Đơn vị cũ`), the unit it became part of (`Đơn vị mới`), the share of it that went
there (`Tỷ lệ`, 1 or 100% when it went whole; less when it was split) and, optionally, the
day the change took effect (`Từ ngày`). Figures of old units for periods that end before that
day are restated on the new units: summed where units merged, shared out where one was
split. A figure that took a share of a split unit is an estimate (`estimate`), and chiso says
so wherever it shows it. The old units' own rows are replaced, so nothing is counted twice;
a new unit's own figure for a period is kept as it is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .errors import Problem
from .text import name_key, name_keys


@dataclass(frozen=True)
class Link:
    """One old unit's share in one new unit, from a day (None: for every period)."""

    old: str
    new: str
    share: float
    since: dt.date | None


@dataclass(frozen=True)
class Crosswalk:
    links: tuple[Link, ...] = ()
    problems: list[Problem] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.links)


def _figure_keys(frame: pd.DataFrame) -> list[tuple[str, str, str]]:
    return list(
        zip(
            name_keys(frame["indicator"]).tolist(),
            name_keys(frame["unit"]).tolist(),
            frame["period"].astype(str).tolist(),
            strict=True,
        )
    )


def restate(figures: pd.DataFrame, crosswalk: Crosswalk) -> pd.DataFrame:
    """Figures with the old units' figures restated on the new units (see the module).

    Adds `estimate` (True where a split unit's share went in) and `restated_from` (the old
    units, joined, or None)."""
    marked = figures.assign(
        estimate=np.zeros(len(figures), dtype=bool),
        restated_from=pd.Series([None] * len(figures), index=figures.index, dtype=object),
    )
    if not crosswalk or figures.empty:
        return marked
    unit_keys = name_keys(figures["unit"])
    ends = figures["period_end"].to_numpy(dtype="datetime64[D]")
    pieces: list[pd.DataFrame] = []
    replaced = np.zeros(len(figures), dtype=bool)
    for link in crosswalk.links:
        chosen = np.array(unit_keys == name_key(link.old), dtype=bool)
        if link.since is not None:
            chosen &= ends < np.datetime64(link.since, "D")
        if not chosen.any():
            continue
        replaced |= chosen
        part = marked[chosen]
        pieces.append(
            part.assign(
                unit=link.new,
                numerator=part["numerator"] * link.share,
                denominator=part["denominator"] * link.share,
                estimate=link.share < 1,
                restated_from=link.old,
            )
        )
    if not pieces:
        return marked
    moved = pd.concat(pieces, ignore_index=True)
    keys = [name_keys(moved["indicator"]), name_keys(moved["unit"]), moved["period"]]
    if "parent" in moved:
        keys.append(name_keys(moved["parent"].astype(object)).fillna(""))
    grouped = moved.groupby(keys, sort=False, dropna=False)
    sums = grouped[["numerator", "denominator"]].sum(min_count=1)
    first = grouped.head(1).reset_index(drop=True)
    restated = first.assign(
        numerator=sums["numerator"].to_numpy(dtype=np.float64),
        denominator=sums["denominator"].to_numpy(dtype=np.float64),
        estimate=grouped["estimate"].any().to_numpy(dtype=bool),
        restated_from=grouped["restated_from"]
        .agg(lambda olds: ", ".join(dict.fromkeys(olds)))
        .to_numpy(dtype=object),
        cell_numerator=grouped["cell_numerator"].agg(", ".join).to_numpy(dtype=object),
        printed_rate=np.nan,
    )
    kept = marked[~replaced]
    own = set(_figure_keys(kept))
    theirs = _figure_keys(restated)
    restated = restated[[key not in own for key in theirs]]  # a new unit's own figure stands
    return pd.concat([kept, restated], ignore_index=True)
