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
from ..model.labels import (
    METHOD_NAME,
    NARRATIVE,
    PAGE_ONE,
    PLAN_DOUBT,
    PLAN_STATUS,
    TARGET_DOUBT,
    UNDECIDED_UNITS,
    Lang,
)
from ..model.rates import round_half_up_scalar
from .formatting import format_change, format_count, format_interval, format_number, format_rate

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


def _caveat(row: Row) -> str:
    """The figure's note in the workbook's words, to stand in brackets beside it: the
    report's own caveat travels with its figure («… (đảng bộ, chi bộ công an … không tham
    gia), đạt tỷ lệ 98,3%»). Blank where the row has none."""
    note = row.get("note")
    if not isinstance(note, str) or not note.strip():
        return ""
    return f" ({note.strip().rstrip('.;,')})"


def describe_figure(row: Row, *, lang: Lang = "vi") -> str:
    """One figure: 'Đã có 9.728/9.897 đảng viên đăng ký … (its note), đạt tỷ lệ 98,3%.'"""
    name = str(row["indicator"])
    display = row["display"]
    if display == "rate" and not row.get("ratio_text"):  # a rate typed as such, no counts
        return f"{name}: {row['value_text']}{_caveat(row)}."
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
            caveat=_caveat(row),
            verb=verb,
            value=row["value_text"],
        )
    return f"{name}: {_with_measure(str(row['text']), row)}{_caveat(row)}."


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
        pieces.append(f"{lower_first(str(part['indicator']), lang=lang)} {figure}{_caveat(part)}")
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
    interval = _interval_text(row, lang=lang)
    if interval is None:
        return None
    method = METHOD_NAME.get(str(row["interval_method"]), "")
    name = lower_first(str(row["indicator"]), lang=lang)
    return NARRATIVE[lang]["interval"].format(method=method, name=name, interval=interval)


def _interval_text(row: Row, *, lang: Lang) -> str | None:
    """The interval in the sentence's language ('84.4%–93.4%' in English), from its bounds:
    the row's `interval_text` was printed in the language the rows were made in, which an
    English sentence over Vietnamese rows must not repeat."""
    if row.get("interval_text") is None:
        return None
    low, high = row.get("ci_low"), row.get("ci_high")
    if not (_present(low) and _present(high)):
        return str(row["interval_text"])
    return format_interval(
        float(cast(float, low)),
        float(cast(float, high)),
        factor=row["factor"],
        decimals=int(row["decimals"]),
        lang=lang,
    )


def describe_change(change: Row, *, lang: Lang = "vi", row: Row | None = None) -> str:
    """'Năm 2024: tỷ lệ … tăng 5,0 điểm phần trăm so với năm 2023.' (percentage points for
    rates; a count's change also in per cent, 'tăng 3 đảng viên (7,5%)', but in counts alone
    on a base under `SMALL_BASE`: 'tăng 15 đảng viên, từ 16 lên 31').

    With the figure's summary `row` (its `change_*` columns): a sample's change whose 95%
    interval holds 0 is said to be uncertain; how exact a change is, and the interval
    itself, are in the briefing's method note, once."""
    from ..compute.page_one import SMALL_BASE

    before = change["period_from_parsed"].label(lang=lang)
    after = change["period_to_parsed"].label(lang=lang)
    after = after[:1].upper() + after[1:]
    decimals = max(int(change["decimals"]), 1) if change["display"] != "count" else 0
    amount = round_half_up_scalar(change["change"], decimals)  # the verb follows what is printed
    magnitude = _change_magnitude(change, amount, decimals, lang=lang)
    percent = row.get("change_value") if row is not None else None
    in_percent = row is not None and row.get("change_unit") == "%"
    counted = change["display"] == "count"
    base = change.get("value_from")
    small = counted and _present(base) and abs(float(cast(float, base))) < SMALL_BASE
    if small and amount != 0:  # 'tăng 15 đảng viên, từ 16 lên 31', never '(93,8%)'
        said = "small_base" if amount > 0 else "small_base_down"
        magnitude = PAGE_ONE[lang][said].format(
            magnitude=magnitude,
            before_value=format_count(cast(float, base), lang=lang),
            after_value=format_count(cast(float, change["value_to"]), lang=lang),
        )
    elif counted and _present(percent) and in_percent and amount != 0:
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


def _change_magnitude(change: Row, amount: Any, decimals: int, *, lang: Lang) -> str:
    """The size of a change as printed, without its sign: '5,0 điểm phần trăm', '3 đảng viên'."""
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
    return magnitude


def _change_certainty(row: Row | None, *, lang: Lang) -> str:
    """' (chưa đủ cơ sở để kết luận có thay đổi)' for a sample's change whose interval holds
    0; '' otherwise (a full count's exactness is said once, in the method note)."""
    if row is None:
        return ""
    low, high = row.get("change_ci_low"), row.get("change_ci_high")
    holds_zero = _present(low) and _present(high) and float(low) < 0 < float(high)  # type: ignore[arg-type]
    return PAGE_ONE[lang]["unsure"] if holds_zero else ""


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
    interval = _interval_text(row, lang=lang)
    if status == UNDECIDED_TARGET:
        return TARGET_DOUBT[lang]["undecided"].format(
            figure=_figure_text(row, lang=lang), interval=interval, shown=shown
        )
    met = words["not_met"] if status == SHORT_OF_TARGET else words["met"]
    if isinstance(interval, str) and interval:  # a sample's verdict holds for its interval
        return TARGET_DOUBT[lang]["sampled"].format(shown=shown, met=met, interval=interval)
    return words["target"].format(shown=shown, met=met)


def _measure(row: Row) -> str | None:
    measure = row.get("measure")
    return measure if isinstance(measure, str) and measure else None


def describe_trend_plainly(trend: Row, *, lang: Lang = "vi") -> str:
    """A series over time as a reader says it: 'tăng đều qua 6 kỳ (…), khoảng 3 điểm phần
    trăm mỗi năm' where Mann–Kendall finds a trend (p < 0,05), 'chưa thấy xu hướng rõ'
    where it does not; below five periods, too short to call. The test, p and Sen's slope
    are `describe_trend`'s, for the method note and `chiso summary`."""
    from ..compute.trends import MIN_PERIODS, is_significant

    name, first, last, count = _trend_names(trend, lang=lang)
    if count < MIN_PERIODS:
        return NARRATIVE[lang]["trend_short"].format(
            name=name, count=count, first=first, last=last, minimum=MIN_PERIODS
        )
    words = PAGE_ONE[lang]
    if not is_significant(float(trend["mann_kendall_p"])):
        return words["trend_none"].format(name=name, count=count, first=first, last=last)
    slope = float(trend["sen_slope_per_year"])
    shown = abs(slope) * 100.0 / float(trend["factor"])  # in points of a per-cent rate
    # A reader's 'khoảng 3 điểm phần trăm': whole units from one up, one decimal below.
    if trend["display"] == "count":  # 'khoảng 1 đảng viên', '0,5 đảng viên' a year
        shown = abs(slope)
    decimals = 0 if shown >= 1 else 1
    rounded = float(round_half_up_scalar(abs(slope), decimals))
    said = _slope_text(trend, rounded, decimals, lang=lang).lstrip("+")
    way = "trend_up" if float(trend["mann_kendall_s"]) > 0 else "trend_down"
    return words[way].format(name=name, count=count, first=first, last=last, slope=said)


def _trend_names(trend: Row, *, lang: Lang) -> tuple[str, str, str, int]:
    name = str(trend["indicator"])
    unit = trend.get("unit")
    if isinstance(unit, str) and unit:
        name = f"{name} ({unit})"
    first = trend["first_parsed"].label(lang=lang)
    last = trend["last_parsed"].label(lang=lang)
    return name, first, last, int(trend["n_periods"])


def _slope_text(trend: Row, slope: float, decimals: int, *, lang: Lang) -> str:
    display = str(trend["display"])
    text = format_change(
        slope, factor=trend["factor"], decimals=decimals, display=display, lang=lang
    )
    measure = trend.get("measure")
    if display == "count" and isinstance(measure, str) and measure:
        text = f"{text} {measure}"
    return text


def describe_trend(trend: Row, *, lang: Lang = "vi") -> str:
    """A series over time with its method (`chiso summary`, the briefing's method note):
    below five periods, too short to call a trend; from five, Sen's slope per year and
    whether Mann–Kendall finds a trend (only when p < 0,05): 'Sổ tay (Tỉnh A): xu hướng
    tăng có ý nghĩa thống kê qua 6 kỳ (…); độ dốc Sen +3,11 điểm phần trăm/năm (kiểm định
    Mann–Kendall, p = 0,009).'"""
    from ..compute.trends import MIN_PERIODS, is_significant

    name, first, last, count = _trend_names(trend, lang=lang)
    words = NARRATIVE[lang]
    if count < MIN_PERIODS:
        return words["trend_short"].format(
            name=name, count=count, first=first, last=last, minimum=MIN_PERIODS
        )
    # a slope per year is finer than a figure
    slope = _slope_text(
        trend, float(trend["sen_slope_per_year"]), max(int(trend["decimals"]), 2), lang=lang
    )
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
    figure = _figure_text(row, lang=lang)
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


def _gap_text(row: Row, *, lang: Lang) -> str:
    """How far short of its target a figure is, as it prints: '5,4 điểm phần trăm', '10
    đảng viên' (the gap is `compute.page_one.target_gaps`')."""
    gap = float(row["gap"])
    if row["display"] == "count":
        return format_count(gap, lang=lang, measure=_measure(row))
    decimals = max(int(row["decimals"]), 1)
    return format_change(gap, factor=row["factor"], decimals=decimals, lang=lang).lstrip("+")


def _figure_text(row: Row, *, lang: Lang) -> str:
    """The figure as its row prints it; a rate printed again in the sentence's language
    (the row's `text` is in the language the rows were made in), whole rates without
    decimals as `summary` prints them ('100%')."""
    if row["display"] == "count":
        return _with_measure(str(row["text"]), row)
    value = row.get("value")
    if row["display"] != "rate" or not _present(value):
        return str(row["text"])
    amount = float(cast(float, value))
    decimals = 0 if amount.is_integer() else int(row["decimals"])
    return format_rate(amount, factor=row["factor"], decimals=decimals, lang=lang)


def describe_missed(row: Row, *, lang: Lang = "vi") -> str:
    """The whole's figure short of its target, with the gap: 'Đảng viên dùng Sổ tay …:
    89,6%, mục tiêu 95%, còn thiếu 5,4 điểm phần trăm.'"""
    return PAGE_ONE[lang]["missed"].format(
        name=row["indicator"],
        figure=_figure_text(row, lang=lang),
        target=_target_text(row, lang=lang),
        gap=_gap_text(row, lang=lang),
    )


def describe_shortfall(row: Row, *, lang: Lang = "vi") -> str:
    """A unit short of its target, with the gap and its change since the period before:
    'Xã Kim Long: đảng viên dùng Sổ tay … 68,5% (mục tiêu 95%, còn thiếu 26,5 điểm phần
    trăm); tăng 2,0 điểm phần trăm so với năm 2023.'"""
    words = PAGE_ONE[lang]
    change = ""
    moved = row_change_text(row, lang=lang)
    if moved is not None:
        verb, magnitude, before = moved
        change = words["shortfall_change"].format(verb=verb, magnitude=magnitude, before=before)
    return words["shortfall"].format(
        unit=row["unit"],
        name=lower_first(str(row["indicator"]), lang=lang),
        figure=_figure_text(row, lang=lang),
        target=_target_text(row, lang=lang),
        gap=_gap_text(row, lang=lang),
        change=change,
    )


def row_change_text(row: Row, *, lang: Lang) -> tuple[str, str, str] | None:
    """A figure's change since the period before, from its summary row: (verb, magnitude,
    earlier period), in counts on a base under `SMALL_BASE`; None where there is none."""
    from ..compute.page_one import SMALL_BASE
    from ..model.periods import parse_period

    compared = row.get("change_from")
    if not isinstance(compared, str):
        return None
    words = NARRATIVE[lang]
    before = parse_period(compared).label(lang=lang)
    if row["display"] == "count":
        amount = row.get("change_amount")
        if not _present(amount) or float(cast(float, amount)) == 0:
            return None
        amount = float(cast(float, amount))
        base = float(row["value"]) - amount
        magnitude = format_count(abs(amount), lang=lang, measure=_measure(row))
        said = "small_base" if amount > 0 else "small_base_down"
        if abs(base) < SMALL_BASE:
            magnitude = PAGE_ONE[lang][said].format(
                magnitude=magnitude,
                before_value=format_count(base, lang=lang),
                after_value=format_count(float(row["value"]), lang=lang),
            )
        elif _present(row.get("change_value")):
            share = abs(float(row["change_value"]))
            magnitude += f" ({format_rate(share, decimals=1, lang=lang)})"
        return (words["up"] if amount > 0 else words["down"], magnitude, before)
    points = row.get("change_value")
    if not _present(points):
        return None
    decimals = max(int(row["decimals"]), 1)
    shown = round_half_up_scalar(float(cast(float, points)), decimals)
    if shown == 0:
        return None
    magnitude = format_change(abs(shown), decimals=decimals, lang=lang).lstrip("+")
    return (words["up"] if shown > 0 else words["down"], magnitude, before)


def describe_moved(row: Row, *, lang: Lang = "vi") -> str:
    """A unit's clear change since the period before, for the better or the worse; a count
    with a member base is also said per 1.000 members (`row['base']`), one without is said
    to be raw: 'Xã A: đảng viên bị kỷ luật tăng 3 đảng viên, từ 1 lên 4 (… trên 1.000
    đảng viên).'"""
    moved = row_change_text(row, lang=lang)
    words = PAGE_ONE[lang]
    verb, magnitude, before = moved if moved is not None else ("", "", "")
    per = ""
    if row["display"] == "count":
        rate = row.get("per_thousand")  # `compute.page_one.clear_changes`'
        if _present(rate):
            shown = format_number(cast(float, rate), decimals=1, lang=lang)
            per = " (" + words["now_per_members"].format(rate=shown) + ")"
        else:
            per = words["raw_count"]
    return words["moved"].format(
        unit=row["unit"],
        name=lower_first(str(row["indicator"]), lang=lang),
        verb=verb,
        magnitude=magnitude,
        before=before,
        per=per,
    )


def describe_per_members(row: Row, *, lang: Lang = "vi") -> str:
    """' (3,9 trên 1.000 đảng viên)' for a count with a member base (`row['per_thousand']`),
    ' (số tuyệt đối, …)' for one without: a count is never compared bare."""
    rate = row.get("per_thousand")
    words = PAGE_ONE[lang]
    if not _present(rate):
        return words["raw_count"]
    shown = format_number(cast(float, rate), decimals=1, lang=lang)
    return " (" + words["per_members"].format(rate=shown) + ")"


def describe_undecided(rows: Sequence[Row], *, limit: int, lang: Lang = "vi") -> str:
    """One indicator's units whose sampled figure cannot be told met or missed, in the
    order given (closest to failing first), the first `limit` named and the rest counted:
    'Chưa đủ cơ sở để kết luận đạt hay chưa đạt (khoảng tin cậy chứa mục tiêu) — người dân
    hài lòng … (mục tiêu 90%): Xã Nghĩa Trung, Phường Minh Khai và 3 đơn vị khác.'"""
    words = UNDECIDED_UNITS[lang]
    first = rows[0]
    names = ", ".join(str(r["unit"]) for r in rows[:limit])
    more = words["more"].format(count=len(rows) - limit) if len(rows) > limit else ""
    return words["line"].format(
        name=lower_first(str(first["indicator"]), lang=lang),
        target=_target_text(first, lang=lang),
        units=names,
        more=more,
    )
