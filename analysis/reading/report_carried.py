"""What a written report's sentence takes from the sentences before it (issue 20): a
«Trong đó» sentence's counts are parts of the whole said before («… xảy ra 1.734 vụ. Trong
đó … 798 vụ»), in its period and at its unit; a count printed with its rate takes as base
the one total before it that the rate is the share of; a sentence that opens on what it is
compared with («So với cùng kỳ, …») goes on in the period of the one before.

Pure functions over the figures already read: no file is opened here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ..model.measures import adds_up, counted_among, measures_alike
from .period_phrases import find_period_phrases
from .report_asides import COMPARISON
from .report_mentions import (
    ReportFigure,
    confidence_of,
    printed_share,
    rate_said,
    vi_number,
)
from .report_parts import bases_their_rates_name, listed_to_a_whole, rates_of_their_wholes
from .report_periods import ReportSetting, label
from .report_repeats import likeness
from .report_words import OPENS_COMPARED

OPENS_PARTS = re.compile(  # after a word or two that point it out: «Đáng chú ý, trong số …»
    r"^[\s*\-+•]*(?:[^\W\d]+(?:\s+[^\W\d]+){0,2},\s*)?"
    r"(?i:trong đó|trong số đó|trong (?:tổng )?số(?!\s+(?:(?:hơn|gần|trên|khoảng)\s+)?\d)"
    r"|chia ra|bao gồm|cụ thể)\b"
)  # not «Trong số 105 người ứng cử, …»: a whole of its own, not a part of the one before


def taken_from_before(
    sentence: str,
    found: list[ReportFigure],
    earlier: list[ReportFigure],
    previous: list[ReportFigure],
    here: ReportSetting,
) -> list[ReportFigure]:
    """A sentence's figures with what they take from the sentences before, `earlier` in its
    section and `previous` just before: a «Trong đó» sentence's are parts of their whole («…
    1.946 tỷ đồng. Trong đó: … 744 tỷ đồng, …»), in its period, at its unit; a sentence that
    opens on what it is compared with goes on in the period before («…, đạt 63,85 triệu tấn.
    So với cùng kỳ, …»)."""
    opened = OPENS_COMPARED.match(sentence)
    dated = _dates_itself(sentence[opened.end() if opened else 0 :])
    if OPENS_PARTS.match(sentence):
        until = sentence.find(";") % (len(sentence) + 1)
        found = parts_of(found, earlier, until, latest=previous, own_period=dated)
        found = listed_to_a_whole(found, earlier)  # «Trong đó, có 01 giải Nhất, …»
        found = found if dated else dated_as_before(found, previous, here)
        found = bases_their_rates_name(found, earlier)
        found = placed_as_their_wholes(found, previous, here)  # «Trong đó, có 111 …»
    if opened and not dated:
        found = dated_as_before(found, previous, here)
    return found


def _dates_itself(sentence: str) -> bool:
    """Whether a sentence names its own period, past what it is compared with: «Trong đó,
    xuất khẩu hoa cúc trong tháng 10 đạt …» is of October, not of the ten months before it."""
    return any(
        p.period is not None or p.kind == "yearless"
        for p in find_period_phrases(COMPARISON.sub(" ", sentence))
    )


def parts_of(
    found: list[ReportFigure],
    previous: list[ReportFigure],
    until: int,
    *,
    latest: Sequence[ReportFigure] = (),
    own_period: bool = False,
) -> list[ReportFigure]:
    """A sentence that opens with «Trong đó»: each of its counts is a part of the last count
    of its unit said before it (in the sentence or paragraph before: «… xảy ra 1.734 vụ, làm
    chết 1.484 người. Trong đó … 798 vụ, làm chết 708 người»), never of a smaller one; past
    its first ';' (`until`), while they stay within their whole. A sentence that names its own
    period (`own_period`) splits a whole of that period only: «… 10 tháng … 57,9 triệu USD. Trong
    đó, … trong tháng 10 đạt 5,1 triệu USD» is no part of the ten months'."""
    # a count, or a fraction's count («có 22/22 trường …. Trong đó có 5 trường …», «10.661/3.318 …»)
    wholes = [f for f in previous if f.kind in ("mức", "đạt kế hoạch") and f.count is not None]
    if not wholes:
        return found
    parts: list[ReportFigure] = []
    so_far: dict[Decimal, Decimal] = {}
    for f in found:
        fits = [
            w for w in wholes
            if counted_among(f.measure, w.measure)
            and (w.count or 0) >= (f.count or 0)
            and adds_up(f.measure)  # «đạt 63,5 tạ/ha», «Hoàn Kiếm 15,0 mm»: no part of one
            and (not own_period or w.period == f.period)
        ]  # fmt: skip
        # the whole that says the same of its thing («làm chết 708 người», not «bị thương 1.484
        # người»), else the latest; the sentence just before first («… vẫn còn 43.200 người …»)
        fits = [w for w in fits if any(w is x for x in latest)] or fits
        # the whole its printed rate names («930 đảng viên nữ, chiếm 48,14%»), else the one
        # the parts add up to («524 … và 20 …. Trong đó, có 2 …; 4 …; … và 311 …», 524 in all)
        together = sum(
            (g.count for g in found
             if g.kind == "mức" and g.count is not None and g.base is None
             and measures_alike(g.measure, f.measure)),
            Decimal(0),
        )  # fmt: skip
        fits = (
            [w for w in fits if f.rate is not None and w.count and f.count is not None
             and abs(f.count / w.count * 100 - f.rate) < Decimal("0.06")]
            or [w for w in fits if w.count == together]
            or fits
        )  # fmt: skip
        whole = max(reversed(fits), key=lambda w: likeness(w, f)) if fits else None
        if (
            whole is not None and whole.count is not None
            and f.kind == "mức" and f.count is not None and f.base is None
            # past the first ';' the list goes on while it stays within its whole, or while
            # its rates say its items are shares of it («nữ 07 (100%); … 05 (chiếm 71,5%)»)
            and (f.at < until or so_far.get(whole.count, 0) + f.count <= whole.count
                 or (f.rate is not None and abs(f.count / whole.count * 100 - f.rate) < 1))
        ):  # fmt: skip
            so_far[whole.count] = so_far.get(whole.count, Decimal(0)) + f.count
            parts.append(replace(f, kind="phần", base=whole.count))
        else:
            parts.append(f)
    parts = rates_of_their_wholes(parts)
    for whole in wholes:
        if whole.count is not None and so_far.get(whole.count, 0) >= whole.count:
            parts = [
                replace(f, group=whole.indicator) if f.kind == "phần" and f.base == whole.count
                else f
                for f in parts
            ]  # fmt: skip
    return parts


def bases_by_quotient(
    found: list[ReportFigure], previous: list[ReportFigure]
) -> list[ReportFigure]:
    """A count printed with its rate but not its base («19.255 hồ sơ (đạt 96,55%), hồ sơ
    đến hạn giải quyết 19.944 hồ sơ»; «12 hồ sơ (chiếm 0,29%)» under a total said before):
    the one count of the same unit, in its sentence or earlier under the same heading, that
    the rate is the share of, to the printed digits, is its base."""
    totals = [  # a fraction's base is a total too, the last chosen: «44/104 xã» then «29 xã,
        # tỷ lệ 28%»
        replace(f, count=f.base, base=None, rate=None) for f in previous
        if f.kind == "mức" and f.count is not None and f.base  # not a part's: its whole's
    ] + [  # and its count («662 trong tổng số 686 TCCSĐ», then «604 TCCSĐ …, đạt 91,2%»)
        replace(f, base=None, rate=None) for f in previous
        if f.kind == "mức" and f.count is not None and f.base
    ] + [
        f for f in (*previous, *found)
        if f.kind in ("mức", "phần") and f.count is not None and f.base is None and f.rate is None
    ]  # fmt: skip
    result = []
    for figure in found:
        if figure.count is not None and figure.rate is not None and figure.base is None:
            fits = [  # a count that says not what it counts may be a share of any total
                t for t in totals
                if t.count and t.count > figure.count
                and (figure.measure is None or measures_alike(t.measure, figure.measure))
                and printed_share(figure.count, t.count, figure.rate, said=rate_said(figure))
            ]  # fmt: skip
            counts = list(dict.fromkeys(t.count for t in fits))
            if len(counts) == 1:
                measure = figure.measure or next(t.measure for t in fits)
                figure = replace(figure, kind="phần", base=counts[0], measure=measure)
                if figure.measure != measure or "không rõ đơn vị tính" in " ".join(figure.doubts):
                    doubts = tuple(d for d in figure.doubts if "không rõ đơn vị tính" not in d)
                    figure = replace(figure, doubts=doubts,
                                     confidence=confidence_of(list(doubts), "phần"))  # fmt: skip
            elif counts:  # two totals fit: the one in its sentence, else the latest said,
                # with the others named so that the analyst chooses
                own = [t for t in fits if any(t is f for f in found)]
                nearest = min(own, key=lambda t: abs(t.at - figure.at)) if own else fits[-1]
                chosen = nearest.count
                others = ", ".join(vi_number(c) for c in counts if c is not None and c != chosen)
                doubts = (*figure.doubts, f"mẫu số đoán từ tỷ lệ, cũng có thể là {others} / "
                          f"the base is guessed from the rate, it could be {others}")  # fmt: skip
                figure = replace(
                    figure, kind="phần", base=chosen, doubts=doubts,
                    confidence=confidence_of(list(doubts), "phần"),
                )  # fmt: skip
        result.append(figure)
    return result


def dated_as_before(
    found: list[ReportFigure], before: list[ReportFigure], setting: ReportSetting
) -> list[ReportFigure]:
    """A «Trong đó» sentence that states no period goes on in the period of the sentence
    before it, its first figure's: «6 tháng đầu năm 2019, đã mở được 04 lớp …. Trong đó: mở
    được 02 lớp …»; not a level of the time compared with («… so với cùng kỳ năm 2021 (394
    đơn). Trong đó, …»)."""
    own = label(setting.period) if setting.period else None
    dated = next((f.period for f in before if f.kind != "so với cùng kỳ"), None)  # not «(394 đơn)»
    if dated is None or dated == own:
        return found
    return [replace(f, period=dated) if f.period == own else f for f in found]


def placed_as_their_wholes(
    found: list[ReportFigure], before: list[ReportFigure], setting: ReportSetting
) -> list[ReportFigure]:
    """A «Trong đó» sentence's part that names no unit of its own is of its whole's unit, when
    the sentence before speaks of that unit alone: «Tại trại giam Cây Cầy … có 664 phạm nhân
    được giảm …. Trong đó, có 111 phạm nhân …»; not of one unit of a list («Trường A có 28
    giải; các trường B, C mỗi đơn vị có 1 giải. Trong đó có 9 giải Nhì»). So is a part of a
    whole in its own sentence («… 1.171 tấn gạo cho UBND tỉnh Hà Tĩnh, trong đó … 604 tấn»)."""
    if len({f.unit for f in before}) > 1:
        return found
    placed = []
    for figure in found:
        whole = next(
            (w for w in reversed(before) if figure.base is not None and w.count == figure.base),
            None,
        )
        if figure.kind == "phần" and whole and figure.unit == setting.unit != whole.unit:
            figure = replace(figure, unit=whole.unit)
        placed.append(figure)
    return placed


__all__ = [
    "OPENS_PARTS",
    "bases_by_quotient",
    "dated_as_before",
    "parts_of",
    "placed_as_their_wholes",
    "taken_from_before",
]
