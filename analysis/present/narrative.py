"""Sentences in the report's own register, generated from computed summary rows.

Every number in a sentence is a formatted text computed upstream (`summary`);
nothing here does arithmetic. Output is plain text: whoever puts it into HTML
escapes it (see `briefing`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, cast

from ..model.dataset import AT_TARGET, BEYOND_TARGET, SHORT_OF_TARGET
from ..model.labels import METHOD_NAME, Lang
from ..model.rates import round_half_up_scalar
from .formatting import format_change, format_count, format_rate

Row = Mapping[str, Any]


def lower_first(name: str, *, lang: Lang = "vi") -> str:
    """'Đảng viên bị xoá tên' -> 'đảng viên bị xoá tên' inside a Vietnamese sentence;
    acronyms ('UBND …') are kept, and names in an English sentence keep their case."""
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
    verb = "đạt" if row.get("direction") == "up" else "chiếm"
    if display == "rate":
        if lang == "vi":
            return (
                f"Đã có {row['ratio_text']} {lower_first(name)}, {verb} tỷ lệ {row['value_text']}."
            )
        return f"{name}: {_of(row, lang)} ({row['value_text']})."
    if display == "ratio":
        if lang == "vi":
            return f"{name}: {_with_measure(row['ratio_text'], row)}, {verb} {row['value_text']}."
        return f"{name}: {_with_measure(_of(row, lang), row)} ({row['value_text']})."
    return f"{name}: {_with_measure(str(row['text']), row)}."


def _of(row: Row, lang: Lang) -> str:
    numerator = format_count(row["numerator"], lang=lang)
    return f"{numerator} of {format_count(row['denominator'], lang=lang)}"


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
    if lang == "vi":
        sentence = f"{total['indicator']}: tổng cộng {headline}, trong đó: {joined}."
    else:
        sentence = f"{total['indicator']}: {headline} in all, of which {joined}."
    whole = total.get("denominator")
    if isinstance(whole, (int, float)) and _present(whole) and whole != total["numerator"]:
        # Published parts often do not add up to the whole they are shares of: say so.
        stated = format_count(whole, lang=lang)
        if lang == "vi":
            sentence += (
                f" Lưu ý: các phần cộng lại {total['text']}, khác tổng số {stated} ghi trong bảng."
            )
        else:
            sentence += f" Note: the parts add up to {total['text']}, not the {stated} stated."
    return sentence


def _join(pieces: list[str], *, lang: Lang) -> str:
    if len(pieces) <= 1:
        return "".join(pieces)
    conjunction = " và " if lang == "vi" else " and "
    return ", ".join(pieces[:-1]) + conjunction + pieces[-1]


def describe_period(row: Row, *, lang: Lang = "vi") -> str:
    """'Kỳ số liệu: từ năm 2022 đến 6 tháng đầu năm 2024.'"""
    label = str(row["period_label"])
    return f"Kỳ số liệu: {label}." if lang == "vi" else f"Period: {label}."


def describe_interval(row: Row, *, lang: Lang = "vi") -> str | None:
    """The interval sentence; None without an interval. Its caveat is `interval_note`."""
    if row.get("interval_text") is None:
        return None
    method = METHOD_NAME.get(str(row["interval_method"]), "")
    name = lower_first(str(row["indicator"]), lang=lang)
    if lang == "vi":
        sentence = f"Khoảng tin cậy 95% ({method}) của tỷ lệ {name}: {row['interval_text']}."
    else:
        sentence = f"95% interval ({method}) for {name}: {row['interval_text']}."
    return sentence


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
    if lang == "vi":
        if amount == 0:
            return f"{after}: {name} không đổi so với {before}{how}."
        verb = "tăng" if amount > 0 else "giảm"
        return f"{after}: {name} {verb} {magnitude} so với {before}{how}."
    if amount == 0:
        return f"{after}: {name} unchanged from {before}{how}."
    verb = "up" if amount > 0 else "down"
    return f"{after}: {name} {verb} {magnitude} from {before}{how}."


def _change_certainty(row: Row | None, *, lang: Lang) -> str:
    """' (khoảng tin cậy 95% của mức thay đổi: …)' for a sample, ' (số liệu đầy đủ: …)' for a
    full count; '' when the figure's row is not given or no measurement applies."""
    if row is None:
        return ""
    low, high = row.get("change_ci_low"), row.get("change_ci_high")
    if _present(low) and _present(high):
        interval = format_change(cast(float, low), decimals=1, lang=lang)
        upper = format_change(cast(float, high), decimals=1, lang=lang)
        either_way = float(cast(float, low)) < 0 < float(cast(float, high))
        if lang == "vi":
            caveat = "; chưa đủ cơ sở để kết luận có thay đổi" if either_way else ""
            return f" (khoảng tin cậy 95% của mức thay đổi: từ {interval} đến {upper}{caveat})"
        caveat = "; not enough to say it changed" if either_way else ""
        return f" (95% interval of the change: {interval} to {upper}{caveat})"
    if row.get("measurement") == "full":
        if lang == "vi":
            return " (số liệu đầy đủ: mức thay đổi là chính xác)"
        return " (a full count: the change is exact)"
    return ""


def describe_target(row: Row, *, lang: Lang = "vi") -> str | None:
    """'Mục tiêu 100%: đã đạt.' when the catalogue sets a target; 'Đạt 110% kế hoạch (40
    đảng viên).' when the sheet gives the plan beside the figure (a plan may be for a longer
    period than the figure, so only the share of it is said); else None."""
    status = row.get("target_status")  # only when the target is for this very period
    target = row.get("target")
    achieved = row.get("achievement_text")
    plan = bool(row.get("cell_target")) and isinstance(achieved, str)
    if (status is None and not plan) or not _present(target):
        return None
    shown = _target_text(row, lang=lang)
    if plan:
        if lang == "vi":  # 'đạt' only where more is better
            verb = "Bằng" if row.get("direction") == "down" else "Đạt"
            said = f": {status} kế hoạch" if isinstance(status, str) else ""
            return f"{verb} {achieved} kế hoạch ({shown}){said}."
        words: dict[str, str] = {
            BEYOND_TARGET: "beyond the plan",
            AT_TARGET: "plan met",
            SHORT_OF_TARGET: "short of the plan",
        }
        said = f": {words[status]}" if isinstance(status, str) else ""
        return f"{achieved} of the plan ({shown}){said}."
    met = status != SHORT_OF_TARGET
    if lang == "vi":
        return f"Mục tiêu {shown}: {'đã đạt' if met else 'chưa đạt'}."
    return f"Target {shown}: {'met' if met else 'not met'}."


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
    if count < MIN_PERIODS:
        if lang == "vi":
            return (
                f"{name}: chuỗi {count} kỳ ({first} – {last}) còn quá ngắn để kết luận xu hướng "
                f"(cần ít nhất {MIN_PERIODS} kỳ)."
            )
        return (
            f"{name}: {count} periods ({first} to {last}) are too few to call a trend "
            f"(at least {MIN_PERIODS} are needed)."
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
    if lang == "vi":
        test = f"kiểm định Mann–Kendall, {shown}"
        if is_significant(p):
            way = "tăng" if rising else "giảm"
            return (
                f"{name}: xu hướng {way} có ý nghĩa thống kê qua {count} kỳ ({first} – {last}); "
                f"độ dốc Sen {slope}/năm ({test})."
            )
        return (
            f"{name}: chưa thấy xu hướng rõ rệt qua {count} kỳ ({first} – {last}) ({test}); "
            f"độ dốc Sen {slope}/năm."
        )
    test = f"Mann–Kendall test, {shown}"
    if is_significant(p):
        way = "rising" if rising else "falling"
        return (
            f"{name}: a significant {way} trend over {count} periods ({first} to {last}); "
            f"Sen's slope {slope} a year ({test})."
        )
    return (
        f"{name}: no clear trend over {count} periods ({first} to {last}) ({test}); "
        f"Sen's slope {slope} a year."
    )


def describe_behind(row: Row, *, lang: Lang = "vi") -> str:
    """A figure short of its target: 'Phường A: đảng viên dùng Sổ tay 75% (mục tiêu 90%).'"""
    shown = _target_text(row, lang=lang)
    figure = _with_measure(str(row["text"]), row) if row["display"] == "count" else row["text"]
    name = lower_first(str(row["indicator"]), lang=lang)
    word = "mục tiêu" if lang == "vi" else "target"
    return f"{row['unit']}: {name} {figure} ({word} {shown})."


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
    if row.get("estimate"):
        if lang == "vi":
            return f"Số liệu ước tính: quy đổi từ {former} theo tỷ lệ chia tách sang {row['unit']}."
        return f"An estimate: restated from {former} on {row['unit']} by share."
    if lang == "vi":
        return f"Số liệu quy đổi từ {former} sang {row['unit']} (sáp nhập)."
    return f"Restated from {former} on {row['unit']} (merged)."
