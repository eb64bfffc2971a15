"""Sentences in the report's own register, generated from computed summary rows.

Every number in a sentence is a formatted text computed upstream (`summary`);
nothing here does arithmetic. Every sentence is a template of `labels.NARRATIVE`
filled by name, in the reader's language. Output is plain text: whoever puts it
into HTML escapes it (see `briefing`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from ..model.dataset import SHORT_OF_TARGET, UNDECIDED_TARGET
from ..model.labels import METHOD_NAME, NARRATIVE, PLAN_DOUBT, PLAN_STATUS, TARGET_DOUBT, Lang
from ..model.rates import round_half_up_scalar
from .formatting import format_change, format_count, format_rate

Row = Mapping[str, Any]


def lower_first(name: str, *, lang: Lang = "vi") -> str:
    """'Đảng viên bị xoá tên' -> 'đảng viên bị xoá tên' inside a Vietnamese sentence;
    acronyms ('UBND …') are kept, and names in an English sentence keep their case."""
    # A rule of Vietnamese grammar over the name's letters, not a word: it stays code.
    if lang == "vi" and len(name) > 1 and name[0].isupper() and name[1].islower():
        return name[0].lower() + name[1:]
    return name


def _present(value: object) -> bool:
    """Not blank: None and NaN are blank."""
    return value is not None and not (isinstance(value, float) and value != value)


def _with_measure(text: str, row: Row) -> str:
    measure = row.get("measure")
    return f"{text} {measure}" if isinstance(measure, str) and measure else text


def describe_figure(row: Row, *, lang: Lang = "vi") -> str:
    """One figure: 'Đã có 9.728/9.897 đảng viên đăng ký …, đạt tỷ lệ 98,3%.'"""
    name = str(row["indicator"])
    display = row["display"]
    if display == "rate" and not row.get("ratio_text"):  # a rate typed as such, no counts
        return f"{name}: {row['value_text']}."
    # 'đạt' (reaches) only where higher is better; a share of late files or expulsions
    # 'chiếm' (makes up) it, as does a share whose direction the workbook does not say.
    words = NARRATIVE[lang]
    verb = words["reaches"] if row.get("direction") == "up" else words["makes_up"]
    if display in ("rate", "ratio"):
        counts = words["counts"].format(
            ratio=row.get("ratio_text"),
            numerator=_count_or_blank(row.get("numerator"), lang),
            denominator=_count_or_blank(row.get("denominator"), lang),
        )
        return words[str(display)].format(
            name=name,
            lower_name=lower_first(name, lang=lang),
            counts=counts if display == "rate" else _with_measure(counts, row),
            verb=verb,
            value=row["value_text"],
        )
    return f"{name}: {_with_measure(str(row['text']), row)}."


def _count_or_blank(value: object, lang: Lang) -> str:
    """A count as a sentence prints it; blank where the row has none (a language whose
    sentence does not name the count leaves it out)."""
    if not _present(value):
        return ""
    return format_count(cast(float, value), lang=lang)


def describe_group(total: Row, parts: Sequence[Row], *, lang: Lang = "vi") -> str:
    """A group and its parts: '… 43 đảng viên, trong đó: … 14, … 24 và … 5.'"""
    pieces = []
    for part in parts:
        figure = _with_measure(format_count(part["numerator"], lang=lang), part)
        if part["display"] in ("rate", "ratio") and _present(total.get("denominator")):
            figure += f" ({part['value_text']})"
        pieces.append(f"{lower_first(str(part['indicator']), lang=lang)} {figure}")
    joined = _join(pieces, lang=lang)
    headline = _with_measure(str(total["text"]), total)
    words = NARRATIVE[lang]
    sentence = words["group"].format(indicator=total["indicator"], headline=headline, parts=joined)
    whole = total.get("denominator")
    if isinstance(whole, (int, float)) and _present(whole) and whole != total["numerator"]:
        # Published parts often do not add up to the whole they are shares of: say so.
        stated = format_count(whole, lang=lang)
        sentence += words["group_differs"].format(total=total["text"], stated=stated)
    return sentence


def _join(pieces: list[str], *, lang: Lang) -> str:
    if len(pieces) <= 1:
        return "".join(pieces)
    conjunction = NARRATIVE[lang]["and"]
    return ", ".join(pieces[:-1]) + conjunction + pieces[-1]


def describe_period(row: Row, *, lang: Lang = "vi") -> str:
    """'Kỳ số liệu: từ năm 2022 đến 6 tháng đầu năm 2024.'"""
    label = str(row["period_label"])
    return NARRATIVE[lang]["period"].format(label=label)


def describe_interval(row: Row, *, lang: Lang = "vi") -> str | None:
    """The interval sentence; None without an interval. Its caveat is `interval_note`."""
    if row.get("interval_text") is None:
        return None
    method = METHOD_NAME.get(str(row["interval_method"]), "")
    name = lower_first(str(row["indicator"]), lang=lang)
    return NARRATIVE[lang]["interval"].format(
        method=method, name=name, interval=row["interval_text"]
    )


def describe_change(change: Row, *, lang: Lang = "vi", row: Row | None = None) -> str:
    """'Năm 2024: tỷ lệ … tăng 5,0 điểm phần trăm so với năm 2023.' (percentage points for
    rates; a count's change also in per cent: 'tăng 3 đảng viên (7,5%)').

    With the figure's summary `row` (its `change_*` columns and `measurement`): a sample's
    change carries its 95% interval (Newcombe); a full count's is said to be exact."""
    before = change["period_from_parsed"].label(lang=lang)
    after = change["period_to_parsed"].label(lang=lang)
    after = after[:1].upper() + after[1:]
    decimals = max(int(change["decimals"]), 1) if change["display"] != "count" else 0
    amount = round_half_up_scalar(change["change"], decimals)  # the verb follows what is printed
    magnitude = format_change(
        abs(amount),
        factor=change["factor"],
        decimals=decimals,
        display=str(change["display"]),
        lang=lang,
    ).lstrip("+")
    measure = change.get("measure")
    if change["display"] == "count" and isinstance(measure, str) and measure:
        magnitude = f"{magnitude} {measure}"
    percent = row.get("change_value") if row is not None else None
    in_percent = row is not None and row.get("change_unit") == "%"
    if change["display"] == "count" and _present(percent) and in_percent and amount != 0:
        share = abs(float(cast(float, percent)))
        decimals = 0 if round(share, 1) == round(share) else 1  # '90%', '7,5%'
        magnitude = f"{magnitude} ({format_rate(share, decimals=decimals, lang=lang)})"
    name = lower_first(str(change["indicator"]), lang=lang)
    how = _change_certainty(row, lang=lang)
    words = NARRATIVE[lang]
    said = "unchanged" if amount == 0 else "changed"
    verb = words["up"] if amount > 0 else words["down"]
    return words[said].format(
        after=after, name=name, verb=verb, magnitude=magnitude, before=before, how=how
    )


def _change_certainty(row: Row | None, *, lang: Lang) -> str:
    """' (khoảng tin cậy 95% của mức thay đổi: …)' for a sample, ' (số liệu đầy đủ: …)' for a
    full count; '' when the figure's row is not given or no measurement applies."""
    if row is None:
        return ""
    words = NARRATIVE[lang]
    low, high = row.get("change_ci_low"), row.get("change_ci_high")
    if _present(low) and _present(high):
        interval = format_change(cast(float, low), decimals=1, lang=lang)
        upper = format_change(cast(float, high), decimals=1, lang=lang)
        either_way = float(cast(float, low)) < 0 < float(cast(float, high))
        caveat = words["either_way"] if either_way else ""
        return words["change_interval"].format(low=interval, high=upper, caveat=caveat)
    if row.get("measurement") == "full":
        return words["exact_change"]
    return ""


def describe_target(row: Row, *, lang: Lang = "vi") -> str | None:
    """'Mục tiêu 100%: đã đạt.' when the catalogue sets a target; 'Đạt 110% kế hoạch (40
    đảng viên).' when the sheet gives the plan beside the figure (a plan may be for a longer
    period than the figure, so only the share of it is said); else None. A sample's status
    is its whole interval's, and the sentence gives the interval: '89,8% (khoảng tin cậy
    84,4%–93,4%) so với mục tiêu 90%: chưa đủ cơ sở để kết luận đạt hay chưa đạt.'"""
    status = row.get("target_status")  # only when the target is for this very period
    target = row.get("target")
    achieved = row.get("achievement_text")
    plan = bool(row.get("cell_target")) and isinstance(achieved, str)
    if (status is None and not plan) or not _present(target):
        return None
    shown = _target_text(row, lang=lang)
    words = NARRATIVE[lang]
    if plan:
        verb = words["plan_down"] if row.get("direction") == "down" else words["plan_up"]
        said = ""
        if isinstance(status, str):
            plans = {**PLAN_STATUS[lang], **PLAN_DOUBT[lang]}
            said = words["plan_status"].format(status=plans[status])
        return words["plan"].format(verb=verb, achieved=achieved, shown=shown, said=said)
    interval = row.get("interval_text")
    if status == UNDECIDED_TARGET:
        return TARGET_DOUBT[lang]["undecided"].format(
            figure=row["text"], interval=interval, shown=shown
        )
    met = words["not_met"] if status == SHORT_OF_TARGET else words["met"]
    if isinstance(interval, str) and interval:  # a sample's verdict holds for its interval
        return TARGET_DOUBT[lang]["sampled"].format(shown=shown, met=met, interval=interval)
    return words["target"].format(shown=shown, met=met)


def _measure(row: Row) -> str | None:
    measure = row.get("measure")
    return measure if isinstance(measure, str) and measure else None


def describe_trend(trend: Row, *, lang: Lang = "vi") -> str:
    """A series over time: below five periods, too short to call a trend; from five, Sen's
    slope per year and whether Mann–Kendall finds a trend (only when p < 0,05)."""
    from ..compute.trends import MIN_PERIODS, is_significant
    from .formatting import format_number

    name = str(trend["indicator"])
    unit = trend.get("unit")
    if isinstance(unit, str) and unit:
        name = f"{name} ({unit})"
    first = trend["first_parsed"].label(lang=lang)
    last = trend["last_parsed"].label(lang=lang)
    count = int(trend["n_periods"])
    words = NARRATIVE[lang]
    if count < MIN_PERIODS:
        return words["trend_short"].format(
            name=name, count=count, first=first, last=last, minimum=MIN_PERIODS
        )
    display = str(trend["display"])
    slope = format_change(
        float(trend["sen_slope_per_year"]),
        factor=trend["factor"],
        decimals=max(int(trend["decimals"]), 2),  # a slope per year is finer than a figure
        display=display,
        lang=lang,
    )
    measure = trend.get("measure")
    if display == "count" and isinstance(measure, str) and measure:
        slope = f"{slope} {measure}"
    p = float(trend["mann_kendall_p"])
    shown = (
        ("p < " + format_number(0.001, decimals=3, lang=lang))
        if p < 0.001
        else f"p = {format_number(p, decimals=3, lang=lang)}"
    )
    rising = float(trend["mann_kendall_s"]) > 0  # the test's own direction
    return words["trend_significant" if is_significant(p) else "trend_unclear"].format(
        name=name,
        way=words["rising" if rising else "falling"],
        count=count,
        first=first,
        last=last,
        slope=slope,
        test=words["trend_test"].format(p=shown),
    )


def describe_behind(row: Row, *, lang: Lang = "vi") -> str:
    """A figure short of its target: 'Phường A: đảng viên dùng Sổ tay 75% (mục tiêu 90%).'"""
    shown = _target_text(row, lang=lang)
    figure = _with_measure(str(row["text"]), row) if row["display"] == "count" else row["text"]
    name = lower_first(str(row["indicator"]), lang=lang)
    return NARRATIVE[lang]["behind"].format(unit=row["unit"], name=name, figure=figure, shown=shown)


def _target_text(row: Row, *, lang: Lang) -> str:
    """A target as the figure prints: '90%' (not '90,0%'), '40 đảng viên'."""
    goal = float(cast(float, row["target"]))
    if row["display"] == "count":
        return format_count(goal, lang=lang, measure=_measure(row))
    decimals = 0 if goal.is_integer() else int(row["decimals"])
    return format_rate(goal, factor=row["factor"], decimals=decimals, lang=lang)


def describe_restatement(row: Row, *, lang: Lang = "vi") -> str | None:
    """Whose figure a restated one was: 'Số liệu ước tính, quy đổi từ Xã A (theo tỷ lệ chia
    tách) sang Phường B.'; None for a figure of the unit itself."""
    former = row.get("restated_from")
    if not isinstance(former, str) or not former:
        return None
    said = "estimate_from" if row.get("estimate") else "merged_from"
    return NARRATIVE[lang][said].format(former=former, unit=row["unit"])
