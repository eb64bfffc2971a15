"""What the briefing says in words: each section's paragraphs and the opening page's lists.

From summary rows (computed and formatted upstream) to sentences: a few units' figures told
one by one, many units' told as a whole with the highest and the lowest, the changes from
the period before and the trends over time. The words are `labels.BRIEFING` and the single
sentences `narrative`; nothing here computes a statistic: changes are the summary's own
`change_*` columns and trends are the ones computed once for the whole summary.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd

from ..model.dataset import SHORT_OF_TARGET, UNDECIDED_TARGET, frame_records
from ..model.labels import BRIEFING, DOCUMENT, PAGE_ONE, Lang
from ..model.text import name_key, name_keys
from . import narrative
from .change_sentences import drop_repeats, paired_changes, trend_sentences, trends_of, whose
from .formatting import format_count

OVERVIEW_ITEMS = 5  # items per list on the opening page; the rest are in the appendix
TOLD_UNITS = 5  # more units than this: an indicator is told as a whole, not unit by unit
RANKED_UNITS = 3  # the highest and the lowest units named


def plan_overview(
    summary: pd.DataFrame, *, lang: Lang = "vi", limit: int = OVERVIEW_ITEMS
) -> list[tuple[str, list[str]]]:
    """The opening page: how the whole is doing (how many of its targets it meets, each one
    missed with its gap, the others' headline figures), where to act (the units short of a
    target, the farthest first, each with its change since the period before), then the
    units that clearly got worse and clearly better. A list cut after `limit` items keeps
    the worst and says how many it left out (the whole's own results are never cut). Empty
    lists are left out."""
    from ..compute.page_one import clear_changes, member_bases, target_gaps

    if summary.empty:
        return []
    words = PAGE_ONE[lang]
    headlines = _headlines(summary)
    latest = latest_rows(summary)
    told = set(zip(name_keys(headlines["unit"]), name_keys(headlines["period"]), strict=True))
    whole_keys = zip(name_keys(latest["unit"]), name_keys(latest["period"]), strict=True)
    others = np.array([key not in told for key in whole_keys], dtype=bool)
    units = latest[others & ~latest["is_total"].to_numpy(dtype=bool)]
    behind = target_gaps(units[units["target_status"] == SHORT_OF_TARGET])
    behind = behind.sort_values("relative_gap", ascending=False, kind="stable")
    moved = clear_changes(units, member_bases(summary))
    blocks = [
        (words["standing"], standing_sentences(summary, headlines, lang=lang)),
        (
            words["shortfalls"],
            [narrative.describe_shortfall(r, lang=lang) for r in frame_records(behind)],
        ),
        (DOCUMENT[lang]["changes"], _whole_changes(summary, headlines, lang=lang)),
        (
            words["worse"],
            [
                narrative.describe_moved(r, lang=lang)
                for r in frame_records(moved[~moved["better"]])
            ],
        ),
        (
            words["better"],
            [narrative.describe_moved(r, lang=lang) for r in frame_records(moved[moved["better"]])],
        ),
    ]
    # The whole's own results are never cut (one line per indicator); the lists of units are.
    cut = [
        blocks[0],
        *((heading, cut_list(items, limit, lang=lang)) for heading, items in blocks[1:]),
    ]
    # Units a sample cannot judge are neither short of their target nor safely past it:
    # one line each indicator, after the shortfalls (never cut away by them).
    cut[1] = (cut[1][0], cut[1][1] + _undecided_lines(units, limit=limit, lang=lang))
    return [(heading, items) for heading, items in cut if items]


def _undecided_lines(units: pd.DataFrame, *, limit: int, lang: Lang) -> list[str]:
    """For each indicator (and target) with units whose sampled figure's interval holds the
    target, one line naming them, closest to failing first (the largest gap below it)."""
    from ..compute.page_one import target_gaps

    undecided = target_gaps(units[units["target_status"] == UNDECIDED_TARGET])
    undecided = undecided.sort_values("relative_gap", ascending=False, kind="stable")
    groups: dict[tuple[str, float], list[dict[str, Any]]] = {}
    for row in frame_records(undecided):
        groups.setdefault((name_key(row["indicator"]), float(row["target"])), []).append(row)
    return [narrative.describe_undecided(rows, limit=limit, lang=lang) for rows in groups.values()]


def cut_list(items: list[str], limit: int, *, lang: Lang) -> list[str]:
    """The first `limit` items of a list ordered worst first, and how many were left out:
    the worst are never cut."""
    if len(items) <= limit:
        return items
    return [*items[:limit], PAGE_ONE[lang]["more"].format(count=len(items) - limit)]


def standing_sentences(
    summary: pd.DataFrame, headlines: pd.DataFrame, *, lang: Lang = "vi"
) -> list[str]:
    """'Tỉnh A đạt 1/4 mục tiêu.', each target missed with its gap, the farthest first, then
    the other headline figures, met or without a target (a group's total with its parts)."""
    from ..compute.page_one import member_bases, per_thousand_members, target_gaps

    latest = latest_rows(summary)
    scaled = per_thousand_members(headlines, member_bases(summary))
    parts_of: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for part in frame_records(latest[latest["group"].notna() & ~latest["is_total"]]):
        whole = (name_key(part["group"]), name_key(part["unit"]), str(part["period"]))
        parts_of.setdefault(whole, []).append(part)
    judged = headlines[headlines["target_status"].notna()]
    sentences = []
    if not judged.empty:
        names = list(dict.fromkeys(judged["unit"]))
        met = int((judged["target_status"] != SHORT_OF_TARGET).sum())
        sentences.append(
            PAGE_ONE[lang]["met_count"].format(
                whole=", ".join(str(n) for n in names), met=met, total=len(judged)
            )
        )
        missed = target_gaps(judged[judged["target_status"] == SHORT_OF_TARGET])
        missed = missed.sort_values("relative_gap", ascending=False, kind="stable")
        sentences += [narrative.describe_missed(r, lang=lang) for r in frame_records(missed)]
    several = summary["unit"].nunique() > 1
    others = headlines.assign(per_thousand=scaled)
    for row in frame_records(others[others["target_status"] != SHORT_OF_TARGET]):
        parts = parts_of.get(
            (name_key(row["indicator"]), name_key(row["unit"]), str(row["period"]))
        )
        sentence = (  # a group's total is told with its parts, as its section tells it
            narrative.describe_group(row, parts, lang=lang)
            if row["is_total"] and parts
            else narrative.describe_figure(row, lang=lang)
        )
        if several:  # whose figure: the whole's, or the one unit's
            sentence = f"{row['unit']}: {narrative.lower_first(sentence, lang=lang)}"
        if row["display"] == "count" and several:  # a count beside others: per member
            sentence = sentence.removesuffix(".") + narrative.describe_per_members(row, lang=lang)
            sentence += "."
        sentences.append(sentence)
    return sentences


def _whole_changes(summary: pd.DataFrame, headlines: pd.DataFrame, *, lang: Lang) -> list[str]:
    """How the headline figures changed from the period before."""
    several = summary["unit"].nunique() > 1
    pairs = set(zip(name_keys(headlines["indicator"]), name_keys(headlines["unit"]), strict=True))
    keys = zip(name_keys(summary["indicator"]), name_keys(summary["unit"]), strict=True)
    mine = summary[[key in pairs for key in keys]]
    figures = {
        (name_key(r["indicator"]), name_key(r["unit"]), str(r["period"])): r
        for r in frame_records(headlines)
    }
    changed = []
    for change in paired_changes(mine):
        figure = figures.get(
            (name_key(change["indicator"]), name_key(change["unit"]), str(change["period_to"]))
        )
        if figure is not None:
            changed.append(narrative.describe_change(whose(change, several), lang=lang, row=figure))
    return changed


def _headlines(summary: pd.DataFrame) -> pd.DataFrame:
    """Each indicator's headline at its latest period: the largest total (the top of a
    roll-up, a typed 'Tổng cộng', a group's total), else its one unit's figure. Parts of a
    group or of a parent are told by their whole."""
    latest = latest_rows(summary)
    part = latest["group"].notna() & ~latest["is_total"]
    if "parent" in latest:
        part |= latest["parent"].notna()
    candidates = latest[~part]
    chosen = []
    for _, rows in candidates.groupby(candidates["indicator"].map(name_key), sort=False):
        totals = rows[rows["is_total"]]
        if not totals.empty:
            chosen.append(totals.loc[[totals["numerator"].idxmax()]])
        elif rows["unit"].nunique() == 1:
            chosen.append(rows.iloc[[-1]])
    return pd.concat(chosen) if chosen else summary.iloc[0:0]


def latest_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """Per indicator and unit, the rows of its latest period."""
    if rows.empty:
        return rows
    latest_end = rows.groupby(["indicator", "unit"], sort=False)["period_end"].transform("max")
    return rows[rows["period_end"] == latest_end]


def section_paragraphs(
    rows: pd.DataFrame, *, lang: Lang = "vi", trends: pd.DataFrame | None = None
) -> list[str]:
    """The section's sentences: figures, group totals, intervals, targets, changes, periods.

    With more than `TOLD_UNITS` units, an indicator outside a group is told as a whole
    (`compared_paragraphs`): the whole's figure, the highest and lowest units, those behind
    their target, how the units' trends go; each unit's figures are in the appendix."""
    plain_rows = rows[~rows["is_total"]]
    told = _section_sentences(rows, plain_rows, lang=lang, trends=trends)
    return drop_repeats(told + _rates_not_rolled_up(rows, lang=lang))


def _rates_not_rolled_up(rows: pd.DataFrame, *, lang: Lang) -> list[str]:
    """A sentence for each indicator that several units report as a rate alone: with no
    counts there is no figure for them together, and the briefing says so."""
    from ..model.labels import RATES_NOT_ROLLED_UP

    plain_rows = rows[~rows["is_total"]]
    typed = plain_rows[plain_rows["denominator"].isna() & (plain_rows["display"] == "rate")]
    sentences = []
    for indicator, group in typed.groupby("indicator", sort=False):
        units = group["unit"].nunique()
        whole = rows[rows["is_total"] & (rows["indicator"] == indicator)]
        if units > 1 and whole.empty:
            sentences.append(
                RATES_NOT_ROLLED_UP[lang].format(
                    indicator=indicator, units=format_count(units, lang=lang)
                )
            )
    return sentences


def _section_sentences(
    rows: pd.DataFrame, plain_rows: pd.DataFrame, *, lang: Lang, trends: pd.DataFrame | None
) -> list[str]:
    if plain_rows["unit"].nunique() > TOLD_UNITS:
        alone = plain_rows["group"].isna()
        if "parent" in plain_rows:
            alone &= plain_rows["parent"].isna()
        compared = set(plain_rows.loc[alone, "indicator"])
        told = rows[~rows["indicator"].isin(compared)]
        sentences = [
            sentence
            for indicator in dict.fromkeys(plain_rows.loc[alone, "indicator"])
            for sentence in compared_paragraphs(
                rows[rows["indicator"] == indicator], lang=lang, trends=trends
            )
        ]
        if told.empty:
            return drop_repeats(sentences)
        return drop_repeats(sentences + _unit_paragraphs(told, lang=lang, trends=trends))
    return _unit_paragraphs(rows, lang=lang, trends=trends)


def compared_paragraphs(
    rows: pd.DataFrame, *, lang: Lang = "vi", trends: pd.DataFrame | None = None
) -> list[str]:
    """One indicator over many units: the whole's figure (its roll-up), its change and
    trend; the highest and lowest units at the latest period; the units behind their
    target, by name; and how many units' trends rise or fall. `trends` are the summary's
    (`series_trends` of all of it, computed once); without them, those of `rows`."""
    latest_end = rows["period_end"].max()
    now = rows[rows["period_end"] == latest_end]
    units = now[~now["is_total"]].sort_values("value", ascending=False, kind="stable")
    wholes = now[now["is_total"]]
    sentences: list[str] = []
    whole = None
    if not wholes.empty:
        whole = frame_records(wholes.loc[[wholes["numerator"].idxmax()]])[0]
        sentences += _whole_sentences(whole, lang=lang)
    records = frame_records(units)
    sentences += ranking_sentences(_peers(now, whole), lang=lang)
    behind = [r for r in records if r.get("target_status") == SHORT_OF_TARGET]
    if behind:
        sentences.append(_behind_sentence(behind, len(records), lang=lang))
    if whole is not None:
        series = rows[rows["is_total"] & (rows["unit"] == whole["unit"])]
        for change in paired_changes(series):
            if str(change["period_to"]) == str(whole["period"]):
                named = {**change, "indicator": f"{change['indicator']} ({whole['unit']})"}
                sentences.append(narrative.describe_change(named, lang=lang, row=whole))
    found = frame_records(trends_of(rows, trends))
    mine = [t for t in found if whole is not None and t["unit"] == whole["unit"]]
    sentences += [narrative.describe_trend_plainly(trend, lang=lang) for trend in mine]
    others = [t for t in found if whole is None or t["unit"] != whole["unit"]]
    return sentences + _unit_trends_sentences(others, lang=lang)


def _whole_sentences(whole: dict[str, Any], *, lang: Lang) -> list[str]:
    """The whole's figure, whether it is partly an estimate, and its target."""
    figure = narrative.describe_figure(whole, lang=lang)
    sentences = [f"{whole['unit']}: {narrative.lower_first(figure, lang=lang)}"]
    if whole.get("estimate"):
        sentences.append(BRIEFING[lang]["estimate_whole"])
    target = narrative.describe_target(whole, lang=lang)
    if target:
        sentences.append(target)
    return sentences


def _behind_sentence(behind: list[dict[str, Any]], total: int, *, lang: Lang) -> str:
    """'3/12 đơn vị chưa đạt mục tiêu: A, B, C.', the farthest from target first; a list cut
    after six keeps the farthest and says how many it left out."""
    from ..compute.page_one import target_gaps

    farthest = target_gaps(pd.DataFrame.from_records(behind))
    order = farthest.sort_values("relative_gap", ascending=False, kind="stable")["unit"]
    shown = [str(unit) for unit in order]
    names = ", ".join(shown[: RANKED_UNITS * 2])
    more = len(shown) - RANKED_UNITS * 2
    if more > 0:
        names += PAGE_ONE[lang]["more_units"].format(count=more)
    return BRIEFING[lang]["behind_units"].format(behind=len(behind), total=total, names=names)


def _unit_trends_sentences(trends: list[dict[str, Any]], *, lang: Lang) -> list[str]:
    """How many of the units' series of `MIN_PERIODS` or more rise, fall, or neither."""
    from ..compute.trends import MIN_PERIODS, is_significant

    tested = [t for t in trends if int(t["n_periods"]) >= MIN_PERIODS]
    if not tested:
        return []
    significant = [t for t in tested if is_significant(t["mann_kendall_p"])]
    rising = sum(1 for t in significant if t["mann_kendall_s"] > 0)
    falling = sum(1 for t in significant if t["mann_kendall_s"] < 0)
    unclear = len(tested) - rising - falling
    return [
        PAGE_ONE[lang]["unit_trends"].format(
            tested=len(tested),
            minimum=MIN_PERIODS,
            rising=rising,
            falling=falling,
            unclear=unclear,
        )
    ]


def _peers(now: pd.DataFrame, whole: dict[str, Any] | None) -> pd.DataFrame:
    """The units below the whole at its period, one row each: a unit's own figure, else its
    roll-up (a district summed from its communes)."""
    if whole is None:
        return now[~now["is_total"].to_numpy(dtype=bool)]
    same = now[(now["period"] == whole["period"]) & (now["unit"] != whole["unit"])]
    same = same.sort_values("is_total", kind="stable")  # own figures before roll-ups
    first: pd.DataFrame = same[~name_keys(same["unit"]).duplicated().to_numpy(dtype=bool)]
    return first


def level_name(rows: pd.DataFrame, *, lang: Lang) -> str:
    names = [str(level) for level in dict.fromkeys(rows["unit_level"].dropna())]
    depth = int(rows["unit_depth"].iloc[0])
    level = ", ".join(names) if names else str(depth)
    return BRIEFING[lang]["level"].format(level=level)


def selection_note(level: str, shown: int, total: int, *, lang: Lang) -> str:
    """'cấp xã: 10 cao nhất và 10 thấp nhất / 480 đơn vị', or just the level."""
    if shown >= total:
        return level
    half = shown // 2
    picked = BRIEFING[lang]["top_and_bottom"].format(
        half=half, total=format_count(total, lang=lang)
    )
    return f"{level}: {picked}" if level else picked


def ranking_sentences(rows: pd.DataFrame, *, lang: Lang = "vi") -> list[str]:
    """The units of one indicator at one period, highest first: all of them when they are
    few, else the highest and the lowest. Units of several levels (districts and their
    communes) are ranked level by level, each among its peers. Where the figures are
    sampled, a sentence says which units the intervals cannot tell from the highest."""
    levels = sorted(pd.unique(rows["unit_depth"])) if "unit_depth" in rows else [None]
    sentences = []
    for depth in levels:
        peers = rows if depth is None else rows[rows["unit_depth"] == depth]
        records = frame_records(peers.sort_values("value", ascending=False, kind="stable"))
        if not records:
            continue
        label = str(records[0]["period_label"])
        if len(levels) > 1:
            count = format_count(len(records), lang=lang)
            label = BRIEFING[lang]["level_units"].format(
                level=level_name(peers, lang=lang), count=count, period=label
            )
        shown = [f"{r['unit']} {r['text']}" for r in records]
        if len(shown) > 2 * RANKED_UNITS:
            top, bottom = shown[:RANKED_UNITS], shown[-RANKED_UNITS:]
            sentences.append(
                BRIEFING[lang]["ranking_ends"].format(
                    label=label, top=", ".join(top), bottom=", ".join(bottom)
                )
            )
        else:
            sentences.append(
                BRIEFING[lang]["ranking_all"].format(label=label, units=", ".join(shown))
            )
        sentences += _told_apart(records, lang=lang)
    return sentences


def _told_apart(records: list[dict[str, Any]], *, lang: Lang) -> list[str]:
    """Which units' figures the intervals cannot tell from the highest one (highest first):
    those whose interval overlaps its interval. A census figure is exact (its interval is
    the figure itself); with no sampled figure among them, every difference is real and
    nothing is said."""
    from ..model.labels import RANKING_DOUBT

    def bounds(row: dict[str, Any]) -> tuple[float, float]:
        low, high = row.get("ci_low"), row.get("ci_high")
        if low is None or high is None or pd.isna(low) or pd.isna(high):
            return float(row["value"]), float(row["value"])
        return float(low), float(high)

    if len(records) < 2 or all(bounds(r)[0] == bounds(r)[1] for r in records):
        return []
    words = RANKING_DOUBT[lang]
    leader, others = records[0], records[1:]
    floor = bounds(leader)[0]
    close = [r for r in others if bounds(r)[1] >= floor]
    if not close:
        return [words["apart"].format(leader=leader["unit"])]
    if len(close) == len(others):
        return [words["all_close"].format(leader=leader["unit"])]
    names = ", ".join(str(r["unit"]) for r in close[: RANKED_UNITS * 2])
    if len(close) > RANKED_UNITS * 2:
        names += BRIEFING[lang]["more_units"].format(count=len(close) - RANKED_UNITS * 2)
    rest = words["rest"].format(count=format_count(len(others) - len(close), lang=lang))
    return [words["close"].format(names=names, leader=leader["unit"], rest=rest)]


def _unit_paragraphs(
    rows: pd.DataFrame, *, lang: Lang = "vi", trends: pd.DataFrame | None = None
) -> list[str]:
    """Each figure told on its own (a few units)."""
    records = frame_records(rows)
    plain = [r for r in records if not r["is_total"]]

    def key(row: dict[str, Any], name: str) -> tuple[str, str, str]:
        return (name_key(row[name]), name_key(row["unit"]), str(row["period"]))

    totals = {key(r, "indicator"): r for r in records if r["is_total"]}
    several_units = len({name_key(r["unit"]) for r in plain}) > 1

    def said_for(row: dict[str, Any], sentence: str) -> str:
        # With several units in a section, each sentence says whose figure it is.
        if not several_units:
            return sentence
        return f"{row['unit']}: {narrative.lower_first(sentence, lang=lang)}"

    sentences: list[str] = []
    described: set[tuple[str, str, str]] = set()
    for row in plain:
        group_key = key(row, "group") if isinstance(row.get("group"), str) else None
        if group_key is not None and group_key in totals:
            if group_key in described:
                continue
            described.add(group_key)
            parts = [
                r for r in plain if isinstance(r.get("group"), str) and key(r, "group") == group_key
            ]
            sentences.append(
                said_for(row, narrative.describe_group(totals[group_key], parts, lang=lang))
            )
            interval_rows = parts
        else:
            sentences.append(said_for(row, narrative.describe_figure(row, lang=lang)))
            restated = narrative.describe_restatement(row, lang=lang)
            if restated:
                sentences.append(restated)
            target = narrative.describe_target(row, lang=lang)
            if target:
                sentences.append(target)
            interval_rows = [row]
        for part in interval_rows:
            interval = narrative.describe_interval(part, lang=lang)
            if interval:
                sentences.append(interval)
        notes = [r["interval_note"] for r in interval_rows if r.get("interval_note")]
        if notes:
            sentences.append(str(notes[0]))
        sentences.append(narrative.describe_period(row, lang=lang))
    by_figure = {key(r, "indicator"): r for r in plain}
    for change in paired_changes(rows[~rows["is_total"]]):
        figure = by_figure.get(
            (name_key(change["indicator"]), name_key(change["unit"]), str(change["period_to"]))
        )
        sentences.append(
            narrative.describe_change(whose(change, several_units), lang=lang, row=figure)
        )
    sentences += trend_sentences(rows, lang=lang, trends=trends)
    return drop_repeats(sentences)


def method_note(
    summary: pd.DataFrame, trends: pd.DataFrame | None, *, lang: Lang = "vi"
) -> list[tuple[str, list[str]]]:
    """«Ghi chú phương pháp», once at the end of the briefing: what the body's plain words
    about trends rest on (the rule, then each headline series' test, p and Sen's slope), and
    how exact the changes are (a full count's exact, a sample's with its interval), each
    said once rather than in every sentence."""
    from ..compute.page_one import SMALL_BASE
    from ..compute.trends import MIN_PERIODS

    if summary.empty:
        return []
    words = PAGE_ONE[lang]
    found = trends_of(summary, trends)
    headlines = _headlines(summary)
    if not headlines.empty and not found.empty:
        told = set(name_keys(headlines["unit"]))
        found = found[[name_key(unit) in told for unit in found["unit"]]]
    long = [t for t in frame_records(found) if int(t["n_periods"]) >= MIN_PERIODS]
    blocks = []
    if long:
        rule = words["method_trend_rule"].format(minimum=MIN_PERIODS)
        tests = [narrative.describe_trend(t, lang=lang) for t in long]
        blocks.append((words["method_trends"], [rule, *tests]))
    compared = summary[summary["change_from"].notna()] if "change_from" in summary else summary[:0]
    changes = []
    if (compared["measurement"] == "full").any():
        changes.append(words["method_exact"])
    if compared["change_ci_low"].notna().any():
        changes.append(words["method_sample"])
    if (compared["display"] == "count").any():
        changes.append(words["method_counts"].format(small=int(SMALL_BASE)))
    if changes:
        blocks.append((words["method_changes"], changes))
    if (summary["measurement"] == "voluntary").any():
        blocks.append((words["method_voluntary_head"], [words["method_voluntary"]]))
    return blocks
