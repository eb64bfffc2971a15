"""The briefing's changes and trends in words: each figure paired with the one the summary
compared it with (`change_from`), and each series' trend told in plain words, from the trends
computed once for the whole summary. Nothing here computes a statistic.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd

from ..model.dataset import frame_records
from ..model.labels import BRIEFING, LANGS, NARRATIVE, Lang
from . import narrative


def trends_of(rows: pd.DataFrame, trends: pd.DataFrame | None) -> pd.DataFrame:
    """The series of `rows` (indicator, unit, kind of period) among `trends` computed once
    for the whole summary, in the order they appear; computed from `rows` when not given
    (a section drawn on its own, from the explorer)."""
    from ..compute.trends import series_trends

    if trends is None:
        return series_trends(rows) if not rows.empty else pd.DataFrame()
    if trends.empty or rows.empty:
        return trends.iloc[0:0]
    keys = pd.MultiIndex.from_arrays([rows["indicator"], rows["unit"], rows["period_kind"]])
    mine = pd.MultiIndex.from_arrays(
        [trends["indicator"], trends["unit"], trends["period_kind"]]
    ).isin(keys)
    return trends[mine]


def paired_changes(rows: pd.DataFrame) -> list[dict[str, Any]]:
    """The changes `narrative.describe_change` tells, for the figures of `rows` that the
    summary compared with the period before: the pair is the summary's own (`change_from`,
    set once by `compute.stats.row_changes`), the earlier figure found among `rows`.
    In the order of indicator, parent, unit, kind of period and period."""
    if rows.empty or "change_from" not in rows:
        return []
    series = ["indicator", "parent", "unit", "period_kind"] if "parent" in rows else []
    series = series or ["indicator", "unit", "period_kind"]
    ordered = frame_records(
        rows.sort_values(
            [*series, "period_start", "period_end"], kind="stable", na_position="first"
        )
    )
    earlier: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in ordered:  # of two figures of one period (a unit's own and its roll-up), the last
        earlier[_series_key(row, series, str(row["period"]))] = row
    changes = []
    for row in ordered:
        compared = row.get("change_from")  # a period code, or None / NaN: nothing before
        before = (
            earlier.get(_series_key(row, series, compared)) if isinstance(compared, str) else None
        )
        if before is None:  # compared with a figure outside `rows` (a total, another section)
            continue
        changes.append(
            {
                "indicator": row["indicator"],
                "unit": row["unit"],
                "period_from": before["period"],
                "period_to": row["period"],
                "period_from_parsed": before["period_parsed"],
                "period_to_parsed": row["period_parsed"],
                "value_from": before["value"],
                "value_to": row["value"],
                # The difference in the figure's own unit, which the sentence rounds as it
                # prints: `change_value` is in points or per cent, and turned back it could
                # differ in the last bit (a rate per mille) and round the other way.
                "change": row["value"] - before["value"],
                "factor": row["factor"],
                "decimals": row["decimals"],
                "display": row["display"],
                "measure": row["measure"],
            }
        )
    return changes


def _series_key(row: dict[str, Any], series: list[str], period: str) -> tuple[Any, ...]:
    """A figure's series and period, a blank parent as ''."""
    return (*("" if pd.isna(row[name]) else row[name] for name in series), period)


def whose(change: dict[str, Any], several: bool) -> dict[str, Any]:
    """A change named with its unit when the briefing covers several ('đảng viên dùng sổ tay
    (Phường 1)')."""
    if not several:
        return change
    return {**change, "indicator": f"{change['indicator']} ({change['unit']})"}


def trend_sentences(
    rows: pd.DataFrame, *, lang: Lang = "vi", trends: pd.DataFrame | None = None
) -> list[str]:
    """Each series of five periods or more: its trend (Sen's slope, Mann–Kendall). Shorter
    series are too short to call a trend: said for the series when it is the only one,
    once for the section when there are several. `trends` as in `compared_paragraphs`."""
    from ..compute.trends import MIN_PERIODS

    found = frame_records(trends_of(rows, trends))
    long = [t for t in found if int(t["n_periods"]) >= MIN_PERIODS]
    short = [t for t in found if int(t["n_periods"]) < MIN_PERIODS]
    sentences = [narrative.describe_trend_plainly(t, lang=lang) for t in long]
    if len(short) == 1:
        sentences.append(narrative.describe_trend_plainly(short[0], lang=lang))
    elif short:
        sentences.append(BRIEFING[lang]["short_series"].format(minimum=MIN_PERIODS))
    return sentences


# How a period sentence opens in each language ('Kỳ số liệu: '), from its template.
PERIOD_OPENINGS = tuple(NARRATIVE[lang]["period"].split("{", 1)[0] for lang in LANGS)


def drop_repeats(sentences: Sequence[str]) -> list[str]:
    kept: list[str] = []
    for sentence in sentences:
        if sentence not in kept:
            kept.append(sentence)
    # A single period sentence reads best at the end of the section.
    periods = [s for s in kept if s.startswith(PERIOD_OPENINGS)]
    if len(periods) == 1:
        kept = [s for s in kept if s not in periods] + periods
    return kept
