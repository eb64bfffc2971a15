"""One number of a written report's sentence, as `report_numbers` finds it (issue 20): what
it is (a figure — a count, a fraction, a percentage — or a date, a document number, a year
…), its value as the report means it, and, for a figure, what it counts, whether it is
approximate, a level or a change or a share of the plan, and the whole it is a part of; and
one figure of the report as the draft's row gives it (`ReportFigure`), with how sure chiso is.

Types only: no file is opened here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from ..model.measures import COUNT_MEASURES
from ..model.periods import PeriodParseError, parse_period, shift_years

MentionKind = Literal[
    "count",  # a number of things, or an amount: «05 đảng viên», «4,5 tỷ đồng»
    "fraction",  # a count of a base: «9.728/9.897», «12/12»
    "percent",  # «98,3%»
    "date",
    "document",
    "article",
    "year",
    "years",  # a span of years or a term: «2020 - 2025», «2021-2023»
    "duration",  # «03 năm», «6 tháng»
    "ordinal",
    "age",
    "version",
    "phone",
    "address",
    "threshold",  # a target set, not a figure reached: «phấn đấu trên 95%»
    "heading",
    "copies",
    "views",  # a web page's count of its readers: «Lượt xem: 2704», «4,608 lượt xem»
    "listing",  # how many items a text lists, not a result: «05 nguyên tắc», «3 giải pháp»
    "name",  # a number in a name: «Covid-19», «Quận 5»
    "condition",  # what the things counted have: «26 xã có tỷ lệ cử tri đi bầu đạt 100%»
]
FIGURE_KINDS: frozenset[str] = frozenset({"count", "fraction", "percent"})


@dataclass(frozen=True)
class NumberMention:
    """One number of a sentence: as written, where, what kind, and its value."""

    text: str
    start: int
    end: int
    kind: MentionKind
    value: Decimal | None = None  # a count, a fraction's count or a percentage's number
    base: Decimal | None = None  # a fraction's base
    approximate: bool = False  # «gần 2.100», «trên 4,5 tỷ đồng», «khoảng 300»
    measure: str | None = None  # what a count counts, as written after it: «đảng viên», «tỷ đồng»
    counted: str | None = None  # the words after a count when no known unit follows: «dịch vụ»
    # What the figure is: a level («có 05 đảng viên»), a change («tăng 1,94% so với cùng kỳ»:
    # points for a rate; «giảm 02 vụ»: a count's), or a share of the plan («đạt 60% kế
    # hoạch năm»), never taken for a level.
    role: Literal["level", "change", "of_plan", "of_last_year"] = "level"
    sign: int = 1  # a change's direction: «tăng» +1, «giảm» -1
    # A part listed after «trong đó» («10.616 lượt, trong đó: rất hài lòng 10.239 lượt»): the
    # position, in the sentence's list, of the whole it is a part of.
    part_of: int | None = None

    @property
    def is_figure(self) -> bool:
        return self.kind in FIGURE_KINDS


COUNTED = frozenset({"count", "fraction"})


FigureKind = Literal["mức", "phần", "thay đổi", "đạt kế hoạch", "so với cùng kỳ"]
Confidence = Literal["cao", "trung bình", "thấp"]


@dataclass(frozen=True)
class ReportFigure:
    """One figure of a report, as the draft's row gives it."""

    indicator: str
    unit: str | None
    period: str | None  # as `parse_period` reads it, or the phrase as written
    count: Decimal | None
    base: Decimal | None
    rate: Decimal | None
    measure: str | None
    group: str | None  # the whole this figure is a part of, when the parts add up to it
    kind: FigureKind
    sentence: str
    where: str
    confidence: Confidence
    doubts: tuple[str, ...] = ()  # why the confidence is not «cao», in the analyst's words
    note: str | None = None  # «số gần đúng: gần 2.100»
    at: int = 0  # where its number stands in the sentence
    counted: str | None = None  # the words after its count when no known unit follows them


def confidence_of(doubts: list[str], kind: FigureKind) -> Confidence:
    serious = [d for d in doubts if d.startswith(("chưa rõ", "tỷ lệ in"))]
    if serious:
        return "thấp"
    if doubts or kind in ("thay đổi", "đạt kế hoạch", "so với cùng kỳ"):
        return "trung bình"
    return "cao"


def printed_share(count: Decimal, base: Decimal, rate: Decimal, *, said: str = "") -> bool:
    """Whether a printed per cent is count/base as an office prints it: rounded to its
    digits, or cut short there (26/29 = 89,655…% printed «89,65%»). «90%» is printed to
    whole per cents, its zero no less a digit. A rate said «gần» is a share just under it,
    one said «trên» or «hơn» just over it (`said`): 43.200 of 502.200, 8,6%, is no «gần 8%»."""
    exponent = rate.normalize().as_tuple().exponent
    unit = Decimal(10) ** min(0, exponent if isinstance(exponent, int) else 0)
    share = count / base * 100
    if said == "gần":
        return rate - unit <= share <= rate + Decimal("1e-9")
    if said in ("trên", "hơn"):
        return rate - Decimal("1e-9") <= share < rate + unit
    return abs(share - rate) <= unit / 2 + Decimal("1e-9") or rate <= share < rate + unit


_SAID_NEAR = re.compile(r"(?i)(?<!\w)(gần|trên|hơn)\s+(\d+(?:,\d+)?)\s*%")


def rate_said(figure: ReportFigure) -> str:
    """The word that makes a figure's printed rate approximate, after its number: «gần»
    («43.200 người, tương đương gần 8% dân số»), «trên», «hơn»; "" when it is exact."""
    for match in _SAID_NEAR.finditer(figure.sentence, figure.at):
        if figure.rate is not None and Decimal(match[2].replace(",", ".")) == figure.rate:
            return match[1].lower()
    return ""


def counts_over_rated_totals(found: list[ReportFigure]) -> list[ReportFigure]:
    """A count, then a total the sentence prints the count's share of beside the total («số
    hồ sơ trực tuyến toàn trình là 115.665 và tổng số hồ sơ giải quyết TTHC là 168.746, đạt
    68,54%»): one fraction, the count over the total with its rate, when exactly one earlier
    count of the sentence is that share of the total to the printed digits."""
    result: list[ReportFigure | None] = list(found)
    for at, total in enumerate(found):
        if total.count is None or total.rate is None or total.base is not None:
            continue
        if total.kind != "mức" or total.rate >= 100:
            continue
        fits = [
            i for i, f in enumerate(result[:at]) if f is not None and f.kind == "mức"
            and f.count is not None and f.base is None and f.rate is None
            and 0 < f.count < total.count
            and (f.measure is None or total.measure is None or f.measure == total.measure)
            and printed_share(f.count, total.count, total.rate, said=rate_said(total))
        ]  # fmt: skip
        if len(fits) == 1:
            count = result[fits[0]]
            assert count is not None
            result[fits[0]] = replace(
                count, base=total.count, rate=total.rate, measure=count.measure or total.measure
            )
            result[at] = None
    return [f for f in result if f is not None]


def rates_said_apart(found: list[ReportFigure]) -> list[ReportFigure]:
    """A rate said on its own after a count of the sentence over a base, with no rate of its
    own («trong đó có 32.551 thí sinh đậu tốt nghiệp, 470 thí sinh không đạt (tỷ lệ đậu là
    98,58%)»; «có 82 xã đạt chuẩn …, chiếm tỷ lệ 59%» of «Trong số 139 xã»): that count's
    rate, one row, when exactly one such count is that share of its base to the printed
    digits."""
    result: list[ReportFigure | None] = list(found)
    for at, rate in enumerate(found):
        if rate.count is not None or rate.rate is None or rate.kind not in ("mức", "phần"):
            continue
        fits = [
            i for i, f in enumerate(result[:at]) if f is not None and f.kind in ("mức", "phần")
            and f.count is not None and f.base and f.rate is None
            and (rate.base is None or rate.base == f.base) and f.unit == rate.unit
            and ";" not in rate.sentence[f.at : rate.at]  # of one clause
            and printed_share(f.count, f.base, rate.rate, said=rate_said(rate))
        ]  # fmt: skip
        if len(fits) == 1:
            count = result[fits[0]]
            assert count is not None
            result[fits[0]] = replace(count, rate=rate.rate)
            result[at] = None
    return [f for f in result if f is not None]


# A bracket that opens on another period: «(năm 2017 đạt 90,4%)», «(năm 2015 là 1.100 người)»
OTHER_PERIOD = re.compile(
    r"\(\s*(?:so với\s+)?(?:cùng kỳ(?:\s+năm)?|năm|quý|tháng|kỳ trước|năm học)\s+"
    r"(?:trước|ngoái|\d|[IV])",  # «(cùng kỳ năm trước là 6.481 người)»
    re.IGNORECASE,
)


def compared_in_brackets(text: str, figures: list[ReportFigure]) -> list[ReportFigure]:
    """A rate alone in a bracket that opens on another period is the figure before the
    bracket at that period, of its kind: a share of the plan when that one is («đạt 115,7% chỉ
    tiêu kế hoạch, tăng 25,3% so với cùng kỳ (năm 2017 đạt 90,4%)»), a level when that one is
    («Công suất sử dụng giường bệnh đạt 137,13%, … (năm 2017 đạt 190,5%)»)."""
    result = list(figures)
    for index, f in enumerate(figures):
        opened = text.rfind("(", 0, f.at)
        if f.count is not None or f.rate is None or f.kind not in _SAID_AGAIN or opened < 0:
            continue
        if ")" in text[opened : f.at] or not OTHER_PERIOD.match(text, opened):
            continue
        before = [g for g in figures[:index] if g.at < opened and g.kind != "thay đổi"]
        if before and before[-1].kind in _SAID_AGAIN and before[-1].rate is not None:
            kind = before[-1].kind
            result[index] = replace(f, kind=kind, confidence=confidence_of(list(f.doubts), kind))
    return result


_SAID_AGAIN: tuple[FigureKind, ...] = ("mức", "đạt kế hoạch")


def now_and_then(text: str, figures: list[ReportFigure]) -> list[ReportFigure]:
    """«giảm 145 lượt tiếp (1.428/1.573 lượt tiếp) và 1.276 lượt người (1.636/2.912 lượt
    người)» compared with last year: a bracket's «a/b» right after a change that is b − a (or
    a/b − 1, in per cent: «số lượt công dân tăng 18,6% (1.648/1.389)») is no share but the
    levels now and then, the first in the change's period, the second a year before; a count
    the bracket so explains is that change («1.276», falling)."""
    result: list[ReportFigure] = []
    for f in figures:
        before = result[-1] if result else None
        opened = text.rfind("(", 0, f.at)
        if (
            before is None or f.base is None or f.count is None or before.count is None
            or opened < before.at or not _CHANGED_SINCE.search(text)
            or not before.count or not _explains(f.count, f.base, before)
        ):  # fmt: skip
            result.append(f)
            continue
        sign = 1 if f.count > f.base else -1
        said = next((g.measure for g in result[-2::-1] if g.count == f.count and g.measure), None)
        if before.measure == "%":  # «tăng 18,6% (1.648/1.389)»: what the change counts
            f = replace(f, measure=f.measure or _counted_before(text[: before.at]) or said)
        elif before.kind in ("mức", "thay đổi"):
            doubts = list(before.doubts)
            result[-1] = replace(
                before, kind="thay đổi", count=sign * abs(before.count), base=None, rate=None,
                confidence=confidence_of(doubts, "thay đổi"), measure=before.measure or said,
            )  # fmt: skip
            f = replace(f, measure=f.measure or said)  # «xảy ra 391 vụ …, giảm 43 (391/434)»
        named = f.indicator or before.indicator  # «(1.648/1.389)»: named by its change
        kept = tuple(d for d in f.doubts if not (named and d.startswith("chưa rõ chỉ tiêu")))
        now = replace(
            f, kind="mức", base=None, rate=None, indicator=named, doubts=kept,
            confidence=confidence_of(list(kept), "mức"),
        )  # fmt: skip
        result += [now, replace(now, count=f.base, period=_year_before(f.period))]
    return result


_CHANGED_SINCE = re.compile(r"(?i)(?<!\w)(?:so với|tăng|giảm)(?!\w)")


def _explains(count: Decimal, base: Decimal, change: ReportFigure) -> bool:
    """Whether the levels «count/base» are what a change said before them is between: b − a,
    or a/b − 1 within the rounding of a change in per cent (1.648/1.389: 18,6%)."""
    if change.measure == "%" and change.kind == "thay đổi" and base:
        return abs((count / base - 1) * 100 - change.count) <= Decimal("0.15")  # type: ignore[operator]
    return abs(count - base) == abs(change.count or 0)


def _counted_before(head: str) -> str | None:
    """What a change counts, named before it: «số lượt công dân tăng …» -> «lượt»."""
    named = re.search(r"(?i)(?<!\w)số(?:\s+lượng)?\s+(?=\D*$)", re.split(r"[,;:]", head)[-1])
    words = named.string[named.end() :].lower().split() if named else []
    return next(
        (" ".join(words[:n]) for n in (3, 2, 1) if " ".join(words[:n]) in COUNT_MEASURES), None
    )


def _year_before(period: str | None) -> str | None:
    """The same span a year earlier, as `Period.label` writes it; as it was when unread."""
    try:
        return shift_years(parse_period(period or ""), -1).label()
    except (PeriodParseError, ValueError):
        return period


def rates_named_so(figures: list[ReportFigure]) -> list[ReportFigure]:
    """A number its phrase names a rate, printed without its «%» («Tỷ lệ trẻ em dưới 1 tuổi
    được tiêm chủng đầy đủ là 90,02»), is that rate, not a count of nothing."""
    return [
        replace(f, count=None, rate=f.count)
        if f.kind == "mức" and f.count is not None and f.count <= 100 and f.base is None
        and f.rate is None and not f.measure and _RATE_NAMED.match(f.indicator)
        else f
        for f in figures
    ]  # fmt: skip


_RATE_NAMED = re.compile(r"(?i)t[ỷỉ] lệ(?!\w)")


_YEAR_SAID = re.compile(r"(?<!\w)năm (?:19|20)\d{2}(?!\d)")


def parts_dated_as_wholes(figures: list[ReportFigure]) -> list[ReportFigure]:
    """A part of a whole of its sentence stands at the whole's period («nâng tổng số đảng
    viên … là 78.047 đảng viên (trong đó có … 4.650 đảng viên dự bị)»), unless a period is
    said between them, its own («480 chiếc xe lăn (trong đó, năm 2010 là 80 chiếc, …)»)."""
    result = list(figures)
    for index, f in enumerate(figures):
        if f.kind != "phần" or f.base is None:
            continue
        wholes = [w for w in result[:index] if w.count == f.base and w.kind == "mức"]
        own = (
            wholes
            and f.sentence == wholes[-1].sentence
            and _YEAR_SAID.search(f.sentence, wholes[-1].at, f.at)
        )
        if wholes and wholes[-1].period != f.period and not own:
            result[index] = replace(f, period=wholes[-1].period)
    return result


def with_plan_rates(figures: list[ReportFigure]) -> list[ReportFigure]:
    """A count done over its target («10.661/3.318 lượt bệnh nhân, đạt 321,3% chỉ tiêu kế
    hoạch») is two rows: the level done, and its share of the plan, the target its base and
    the rate printed right after it its rate (that rate no row of its own)."""
    result: list[ReportFigure] = []
    for f in figures:
        done = result[-1] if result else None
        if (
            done is not None and done.kind == f.kind == "đạt kế hoạch"
            and done.count is not None and done.base and done.rate is None
            and f.count is None and f.rate is not None
            and printed_share(done.count, done.base, f.rate)
        ):  # fmt: skip
            result[-1] = replace(done, rate=f.rate)
            continue
        if f.kind == "đạt kế hoạch" and f.count is not None and f.base:
            level = confidence_of(list(f.doubts), "mức")
            result.append(replace(f, kind="mức", base=None, rate=None, confidence=level))
        result.append(f)
    return result


def approximate_words(text: str, mention: NumberMention) -> str:
    """«gần 2.100», «trên 4,5 tỷ đồng»: the number with the word before it that makes it so."""
    words = text[max(0, mention.start - 40) : mention.start].split()
    two = " ".join(words[-2:]).lower() in ("ước đạt", "ước tính", "gần như", "ước khoảng")
    kept = words[-2:] if two else words[-1:]  # «ước đạt 868.000 triệu đồng», «gần 2.100»
    return " ".join([*kept, mention.text, *([mention.measure] if mention.measure else [])])


def measures_settled(figures: list[ReportFigure]) -> list[ReportFigure]:
    """Each figure that has taken a unit of measure from its whole or its neighbours («Trong
    đó, tăng huyết áp: 4.290» of «10.661 lượt») no longer doubts it; one that has none takes
    the words written after its count («1.941 dịch vụ hành chính công»: «dịch vụ»), and says
    it read them so."""
    settled = []
    for f in figures:
        if f.measure is None and f.counted:
            doubts = (*(d for d in f.doubts if not d.startswith(_NO_MEASURE)), _READ_AFTER)
            f = replace(f, measure=f.counted, doubts=doubts, confidence=confidence_of(
                list(doubts), f.kind))  # fmt: skip
        doubts = tuple(d for d in f.doubts if not (f.measure and d.startswith(_NO_MEASURE)))
        same = doubts == f.doubts
        settled.append(f if same else replace(f, doubts=doubts, confidence=confidence_of(
            list(doubts), f.kind)))  # fmt: skip
    return settled


_NO_MEASURE = "không rõ đơn vị tính"
_READ_AFTER = "đơn vị tính đọc từ chữ sau số / unit of measure read from the words after the number"


def rates_checked(figures: list[ReportFigure]) -> list[ReportFigure]:
    """Each figure whose printed rate is not its count's share of its base says so, with both
    numbers, whichever rule found its base: flagged, never corrected."""
    checked = []
    for f in figures:
        if f.rate is None or f.count is None or not f.base or f.kind in _NO_SHARE:
            checked.append(f)
            continue
        doubt = f"tỷ lệ in {vi_number(f.rate)}% khác {vi_number(f.count)}/{vi_number(f.base)}"
        if printed_share(f.count, f.base, f.rate) or any(d.startswith(doubt) for d in f.doubts):
            checked.append(f)
            continue
        doubts = (*f.doubts, f"{doubt} / printed rate differs")
        checked.append(replace(f, doubts=doubts, confidence=confidence_of(list(doubts), f.kind)))
    return checked


_NO_SHARE = ("thay đổi", "so với cùng kỳ")


def vi_number(value: Decimal) -> str:
    """A number as the report writes it: «9.728», «98,3»."""
    text = f"{value.normalize():f}"
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".") if whole.lstrip("-").isdigit() else whole
    return grouped + ("," + fraction if fraction else "")


def columns_unknown(sentence: str, figures: list[ReportFigure]) -> list[ReportFigure]:
    """The figures of a table's row copied as a line of words and bare numbers, not read as
    the table's cells («Số vụ va chạm giao thông   4     2   1 7» under five years: a cell
    left empty), each saying that its column, its period, is not known: never a period
    guessed in silence."""
    row = _ROW_OF_NUMBERS.search(sentence)
    if row is None or not (len(row[0].split()) >= 3 or "   " in row[0]):
        return figures
    doubt = _COLUMN_UNKNOWN
    return [
        f if f.at < row.start() or doubt in f.doubts
        else replace(f, doubts=(*f.doubts, doubt),
                     confidence=confidence_of([*f.doubts, doubt], f.kind))
        for f in figures
    ]  # fmt: skip


_ROW_OF_NUMBERS = re.compile(r"(?:\s+\d[\d.,]*%?){2,}\s*$")
_COLUMN_UNKNOWN = (
    "chưa rõ cột của số: dòng bảng chép thành chữ / the number's column is unknown: a table's "
    "row copied as text"
)


def unit_carried(figures: list[ReportFigure], unit: str | None) -> list[ReportFigure]:
    """The figures, those of `unit` saying that an earlier paragraph named it: in a write-up
    of several communes, a paragraph that names none speaks of the last one named."""
    doubt = f"đơn vị theo đoạn trước: {unit} / the unit an earlier paragraph names"
    return [
        replace(f, doubts=(*f.doubts, doubt), confidence=confidence_of([*f.doubts, doubt], f.kind))
        if f.unit == unit
        else f
        for f in figures
    ]


__all__ = [
    "COUNTED",
    "FIGURE_KINDS",
    "Confidence",
    "FigureKind",
    "MentionKind",
    "NumberMention",
    "ReportFigure",
    "approximate_words",
    "columns_unknown",
    "confidence_of",
    "counts_over_rated_totals",
    "measures_settled",
    "now_and_then",
    "printed_share",
    "rate_said",
    "rates_checked",
    "unit_carried",
    "vi_number",
    "with_plan_rates",
]
