"""The figures a written report states, one row each, with the sentence it came from: what
`chiso extract` (issue 20) writes to the draft the analyst confirms.

A figure is assembled from the numbers of one sentence (`report_numbers`): a count or a
fraction with the rate printed beside it («9.728/9.897 đảng viên …, đạt tỷ lệ 98,3%»), a
rate alone, the parts listed after a whole («10.616 lượt, trong đó: rất hài lòng 10.239
lượt …», or counts of the same unit that add up to the one before them), a change («tăng
1,94% so với cùng kỳ»: percentage points for a rate) and a share of the plan («đạt 60% kế
hoạch năm»), each kept apart from a level. Its indicator is the phrase around its number as
written (the number taken out), its unit the report's issuer unless the sentence names a
place or level («toàn tỉnh»), its period the sentence's own phrase («từ đầu nhiệm kỳ đến
nay») or else the report's. A table restating the prose gives it once. Headings give none.
How sure the reading is, and why not more, is said with each. Pure functions over passages.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..model.measures import measures_alike
from .period_phrases import months_in_digits
from .report_carried import (
    OPENS_PARTS,
    bases_by_quotient,
    placed_as_their_wholes,
    taken_from_before,
)
from .report_frame import ReportFrame
from .report_gaps import EXCEEDED, gap_of_a_rate
from .report_lists import named_item
from .report_mentions import (
    Confidence,
    FigureKind,
    ReportFigure,
    approximate_words,
    columns_unknown,
    compared_in_brackets,
    confidence_of,
    counts_over_rated_totals,
    measures_settled,
    now_and_then,
    parts_dated_as_wholes,
    rates_checked,
    rates_named_so,
    rates_said_apart,
    unit_carried,
    vi_number,
    with_plan_rates,
)
from .report_numbers import NumberMention, numbers_in
from .report_parts import (
    adding_up,
    bases_their_rates_name,
    leads_adding_up,
    listed_after,
    set_apart,
    splits_after,
    splits_running_on,
)
from .report_periods import (
    ReportSetting,
    as_opened,
    figure_period,
    plans_after,
    to_date_if_cumulated,
    units_into_brackets,
)
from .report_phrases import (
    indicator_phrase,
    plans_ahead,
    respectively_named,
)
from .report_rate_changes import changes_a_rate, points_of_a_rate
from .report_rates import rate_beside
from .report_repeats import (
    figure_key,
    headline_at,
    is_headline,
    is_subhead,
    read_again,
    restated,
    restating,
    said_in_body,
    said_in_lead,
    said_once,
    subheads_said_below,
    without_referred_whole,
)
from .report_roles import counts_after_their_rates
from .report_tables import table_figures
from .report_text import Passage, heading_level, is_heading, sentences, without_marks
from .report_times import times_in_digits
from .report_units import unit_named, units_written_up
from .report_windows import foresees, head_of, lists_targets, sets_targets, unsaid_measure
from .report_words import PLAN_LISTED


def report_figures(
    passages: list[Passage], frame: ReportFrame, setting: ReportSetting
) -> list[ReportFigure]:
    """Every figure of the report's body, in the order written, each once."""
    prose: list[tuple[int, ReportFigure]] = []  # each with the paragraph it stands in
    in_section: list[ReportFigure] = []  # the figures under the heading so far
    said_before: dict[tuple[object, ...], list[ReportFigure]] = {}  # its earlier paragraphs'
    cells = [passages[i] for i in frame.body if passages[i].cell is not None]
    headline: list[ReportFigure] = []
    subheads: set[int] = set()  # the paragraphs that are a subheading over the next
    previous: list[ReportFigure] = []  # the last figures said, for a «Trong đó» after them
    ahead: int | None = None  # the rank of the heading of a section of plans, inside one
    read: set[str] = set()  # the long sentences read so far
    opening = {i: next(iter(sentences(passages[i].text)), "") for i in frame.body}
    written_up, about = units_written_up(opening, frame.unit), setting.unit  # several communes
    lead = headline_at([passages[i].text for i in frame.body], frame.body.start)
    for index in _prose(passages, frame):
        passage = passages[index]
        if is_heading(passage.text):
            previous, in_section, said_before = [], [], {}
            level = heading_level(passage.text)
            if ahead is not None and level <= ahead:
                ahead = None  # the plans end where a heading of their rank begins
            if ahead is None and plans_ahead(passage.text):
                ahead = level  # «III. PHƯƠNG HƯỚNG, NHIỆM VỤ …»: targets, no figures reached
            continue
        if ahead is not None:
            continue
        if index == lead and frame.title is None and is_headline(passage.text):
            # a write-up's headline («Kết nạp 250 đảng viên mới»): the body's, said again
            headline = sentence_figures(passage.text, passage.where, setting)
            previous = headline  # «… trao Huy hiệu Đảng cho 1.625 đảng viên» then «Trong đó, …»
            continue
        if is_subhead(passage.text):
            subheads.add(index)  # «2.411 doanh nghiệp thành lập mới» over its paragraph
        about = written_up.get(index, about)  # «HĐND xã Long Điền B cũng tổ chức …»
        here = replace(setting, unit=about) if about != setting.unit else setting
        in_paragraph: list[ReportFigure] = []
        aimed = False  # the sentence before set targets only; a period one opens with holds
        for sentence in sentences(passage.text):
            earlier = in_section[-40:] + previous
            here = as_opened(sentence, here, setting, (f for _, f in prose))
            found = bases_by_quotient(sentence_figures(sentence, passage.where, here), earlier)
            found = _in_small_letters(found) if sentence.isupper() else found
            listed = aimed and lists_targets(sentence)
            if (
                foresees(sentence)
                or plans_after(sentence, setting.period)  # «Năm 2023, … tiếp tục …» of 2022
                or read_again(sentence, read)
                or (OPENS_PARTS.match(sentence) and aimed)
                or listed
            ):  # «Dự kiến …»; a lead printed twice; «… mục tiêu … 8 tỷ. Trong đó, …»: targets
                found = []
            found = taken_from_before(sentence, found, earlier, previous, here)  # «Trong đó: …»
            found = placed_as_their_wholes(found, [f for f in found if f.base is None], here)
            found = set_apart(splits_after(found), earlier)  # «… 3.481 …, … 2.353 …, … 759 …»
            found = restating(adding_up(found, in_paragraph, headline + in_section), said_before)
            found = without_referred_whole(sentence, found, earlier)
            if about != setting.unit and index not in written_up:
                found = unit_carried(found, about)
            prose += [(index, f) for f in found]
            in_section += found
            in_paragraph += found
            previous = found or previous
            aimed = listed or (not found and sets_targets(sentence))  # «đưa ra mục tiêu …»
        for figure in in_paragraph:
            said_before.setdefault(figure_key(figure), []).append(figure)
    prose = said_in_lead(subheads_said_below(splits_running_on(prose), subheads))
    kept = measures_settled(rates_checked(leads_adding_up(said_once(prose))))
    own = setting.period.label() if setting.period else None
    said = [f for f in headline if not said_in_body(f, kept)]  # a headline's the body says not
    tabled = rates_checked(table_figures(cells, setting))
    tabled = [f for f in tabled if not restated(f, kept, own or "-")]
    return said + kept + tabled


def _prose(passages: list[Passage], frame: ReportFrame) -> list[int]:
    """The body's paragraphs of prose: not a table's cells, read with their table after the
    prose, nor a picture's file or caption typed without marks in a report written with them."""
    marked = sum(not without_marks(passages[i].text) for i in frame.body) > len(frame.body) / 2
    return [
        i for i in frame.body
        if passages[i].cell is None and not (marked and without_marks(passages[i].text))
    ]  # fmt: skip


def sentence_figures(sentence: str, where: str, setting: ReportSetting) -> list[ReportFigure]:
    """The figures of one sentence of prose."""
    if re.fullmatch(r"\s*\d{1,3}\s*", sentence):
        return []  # a line of a lone number: a page's or a note's, no figure
    shown = _BULLET.sub("", sentence.strip())  # a list's mark is layout, not the sentence
    # «chế tạotăng1,36%»: a change word typed against its neighbours, read apart
    plain_text = times_in_digits(
        months_in_digits(_GLUED_CHANGE.sub(r" \1 ", shown.replace("*", "")))
    )
    every = _measures_carried_back(plain_text, numbers_in(plain_text))
    mentions = [m for m in every if m.is_figure]
    if not mentions:
        return []
    wholes = _inferred_wholes(plain_text, every)
    earlier_rates = counts_after_their_rates(plain_text, every)  # «0,76%, tương đương 6.014 …»
    paired: set[int] = set(earlier_rates.values())
    figures: list[ReportFigure] = []
    phrases: dict[int, str] = {}
    for index, mention in enumerate(every):
        if not mention.is_figure or index in paired:
            continue
        whole_at = mention.part_of if mention.part_of is not None else wholes.get(index)
        rate_at = earlier_rates.get(index)
        if rate_at is None and mention.kind != "percent":
            rate_at = rate_beside(plain_text, every, index)
            rate_at = None if rate_at in (*earlier_rates.values(), *paired) else rate_at
        if rate_at is not None:
            paired.add(rate_at)
        said = earlier_rates.get(index, index) if mention.kind == "count" else index
        phrase = indicator_phrase(plain_text, every, said, phrases)  # «Tỷ lệ … 0,76%, … 6.014»
        phrases[index] = phrase
        figures.append(
            _figure(plain_text, shown, where, setting, every, index, phrase, whole_at, rate_at)
        )
    figures = respectively_named(plain_text, _complete_groups(figures, every, wholes))
    figures = bases_their_rates_name(bases_by_quotient(counts_over_rated_totals(figures), []))
    figures = now_and_then(plain_text, compared_in_brackets(plain_text, figures))
    figures = parts_dated_as_wholes(rates_named_so(figures))  # «Tỷ lệ … là 90,02»
    figures = rates_checked(with_plan_rates(rates_said_apart(figures)))
    return columns_unknown(shown, units_into_brackets(figures))


def _in_small_letters(found: list[ReportFigure]) -> list[ReportFigure]:
    """The figures of a line in capitals («THU NGÂN SÁCH HƠN 2.600 TỶ ĐỒNG») named and
    measured as a sentence writes them: «Thu ngân sách», «tỷ đồng»."""
    return [
        replace(f, indicator=f.indicator.capitalize(), measure=f.measure and f.measure.lower())
        for f in found
    ]


_BULLET = re.compile(r"^[-+•–]\s+")
_RATIO_NAMED = re.compile(r"(?i)(?<!\w)tỷ số(?!\w)[^.;%]*$")
_CHANGE_BESIDE = re.compile(r"[^\d()]{0,40}\(\s*(?:tăng|giảm)\s*")  # a count's change in brackets
_GLUED_CHANGE = re.compile(r"(?<=[^\W\d])(tăng|giảm)(?=\d)|(?<=[^\W\d])(?<!\s)(tăng|giảm)(?=\s\d)")
_EXCEEDED_SAID = "vượt {}%: đạt {reached}% kế hoạch / {reached}% of plan"


def _figure(
    text: str,
    shown: str,
    where: str,
    setting: ReportSetting,
    every: list[NumberMention],
    index: int,
    phrase: str,
    whole_at: int | None,
    rate_at: int | None,
) -> ReportFigure:
    mention = every[index]
    doubts: list[str] = []
    kind: FigureKind = "mức"
    count = mention.value if mention.kind != "percent" else None
    rate = every[rate_at].value if rate_at is not None else None
    base, measure = mention.base, mention.measure
    if mention.kind == "percent":
        rate = mention.value
    if mention.role == "change":
        kind = "thay đổi"
        value = mention.value or Decimal(0)
        count, rate, base = value * mention.sign, None, None
        points = measure == "điểm" and points_of_a_rate(
            text, every, index
        )  # «95,5% - tăng 2,3 điểm»
        measure = "điểm %" if measure in ("điểm phần trăm", "điểm %") or points else measure
        if mention.kind == "percent":
            measure = "điểm %" if _in_points(text, every, index) else "%"
        elif measure is None and index and _CHANGE_BESIDE.fullmatch(text, every[index - 1].end,
                                                                     mention.start):  # fmt: skip
            measure = every[index - 1].measure  # «269 đảng bộ cơ sở (tăng 08)»: đảng bộ
    elif mention.role == "of_plan":
        kind, count, base = "đạt kế hoạch", None, None
        rate = _plan_reached(text, mention, rate, doubts)
    elif mention.role == "of_last_year":
        kind, count, base = "so với cùng kỳ", None, None
    elif _over_target(text, mention, count, base) or _planned_item(text, mention, every):
        kind = "đạt kế hoạch"  # «1.757/1.500 hội viên mới»: what was done over its target
    elif whole_at is not None and every[whole_at].value:
        kind, base = "phần", every[whole_at].value
    if mention.kind in ("count", "fraction") and measure is None and kind != "thay đổi":
        measure = unsaid_measure(text, every, index, kind, whole_at)  # «Số đảng viên …: 120/150»
    if mention.kind == "count" and measure is None and kind != "thay đổi":
        doubts.append("không rõ đơn vị tính / no unit of measure")
    unit = unit_named(text, mention.start, setting.unit)
    if unit is None:
        doubts.append("chưa rõ đơn vị / no unit")
    alone = kind == "mức" and count is None  # a rate alone
    period, period_doubt = figure_period(
        text, mention.start, setting, stock=count is not None, end=mention.end, rate=alone
    )
    period = to_date_if_cumulated(text, mention.start, period)  # «…; lũy kế 3.983 tỷ đồng»
    if period_doubt:
        doubts.append(period_doubt)
    if not phrase:
        doubts.append("chưa rõ chỉ tiêu / no indicator phrase")
    approximate = mention.approximate or (rate_at is not None and every[rate_at].approximate)
    note = f"số gần đúng: «{approximate_words(text, mention)}»" if approximate else None
    if approximate:
        doubts.append("số gần đúng / an approximate figure")
    return ReportFigure(
        indicator=phrase,
        unit=unit,
        period=period,
        count=count,
        base=base,
        rate=rate,
        measure=measure,
        group=None,
        kind=kind,
        sentence=shown,
        where=where,
        confidence=confidence_of(doubts, kind),
        doubts=tuple(doubts),
        note=note,
        at=mention.start,
        counted=mention.counted,
    )


# -- pairs, parts and wholes ---------------------------------------------------------------


def _plan_reached(
    text: str, mention: NumberMention, rate: Decimal | None, doubts: list[str]
) -> Decimal | None:
    """The share of the plan reached: «vượt 31% kế hoạch» is 131% of it, said in `doubts`."""
    if (
        rate is not None
        and rate < 100
        and EXCEEDED.search(text, max(0, mention.start - 200), mention.start)
    ):
        doubts.append(_EXCEEDED_SAID.format(vi_number(rate), reached=vi_number(100 + rate)))
        return 100 + rate
    return rate


def _planned_item(text: str, mention: NumberMention, every: list[NumberMention]) -> bool:
    """Whether a fraction is done over its target: a listed unit's, the plan named over the
    list («… so với chỉ tiêu là Thanh Hải 11/15, Đồng Cốc 8/7»), one over the count its
    sentence aimed at («đề ra chương trình kiểm tra đối với 5 tổ chức đảng, đã kiểm tra 4/5»)."""
    if mention.kind != "fraction":
        return False
    if PLAN_LISTED.search(head_of(text, mention.start)) and named_item(text, mention.start):
        return True
    if _DISBURSED.search(text, max(0, mention.start - 40), mention.start):
        return True  # «giải ngân được hơn 25/128 tỉ đồng»: of the capital allocated
    return any(
        m.kind == "threshold" and m.value == mention.base and m.end <= mention.start for m in every
    )


_DISBURSED = re.compile(
    r"(?i)(?<!\w)giải ngân(?:\s+(?:được|đạt))?(?:\s+(?:hơn|gần|khoảng|trên))?\s*$"
)


def _in_points(text: str, every: list[NumberMention], index: int) -> bool:
    """Whether a change in per cent is a rate's, in percentage points; not a rise larger than
    the rate it would follow («Nhật Bản chiếm 3,1%, tăng 8,6%»: the exports' own rise)."""
    rates = [m for m in every[:index] if m.is_figure and m.kind == "percent" and m.role == "level"]
    change = every[index]
    if (
        rates and rates[-1].value is not None and change.value is not None and change.sign > 0
        and change.value > rates[-1].value and ";" not in text[rates[-1].end : change.start]
    ):  # fmt: skip
        return False
    return changes_a_rate(text, every, index) or gap_of_a_rate(text, every, index)


def _over_target(
    text: str, mention: NumberMention, count: Decimal | None, base: Decimal | None
) -> bool:
    """A fraction whose count exceeds its base is done over its target («1.757/1.500 hội
    viên mới»), unless it is a ratio per hundred («tỷ số giới tính khi sinh là 107,4/100»)."""
    if mention.kind != "fraction" or not base or count is None or count <= base:
        return False
    return not (  # nor one per hundred of another thing: «125 nữ/100 nam»
        base == 100
        and (
            _RATIO_NAMED.search(text, max(0, mention.start - 80), mention.start)
            or re.search(r"[^\W\d]", mention.text)
        )
    )


def _inferred_wholes(text: str, every: list[NumberMention]) -> dict[int, int]:
    """Counts of one unit that follow another count of it and add up to it exactly, with no
    «trong đó» to say so («11 văn bản …; đã ban hành 06 văn bản và đang thẩm định 05 văn
    bản»): each such count -> the whole's position."""
    found: dict[int, int] = {}
    counts = [
        i for i, m in enumerate(every)
        if m.kind == "count" and m.role == "level" and m.part_of is None and m.measure
    ]  # fmt: skip
    for position, whole in enumerate(counts):
        if any(_same_measure(every[i], every[whole]) for i in counts[:position]):
            continue  # an item of a list («…, Sinh học 11 em, Tiếng Anh 04 em, GDCD 07 em»)
        same = [i for i in counts[position + 1 :] if _same_measure(every[i], every[whole])]
        if len(same) < 2 or sum(every[i].value or 0 for i in same) != every[whole].value:
            same = listed_after(text, every, whole)
        if same:
            for i in same:
                found[i] = whole
            break
    return found


def _measures_carried_back(text: str, every: list[NumberMention]) -> list[NumberMention]:
    """A list whose last count alone says what all count («bằng các hình thức: khiển trách
    31, cảnh cáo 21, cách chức 2, khai trừ 2 đảng viên»): each count before it, in the same
    list (commas and «và» between, no «;» nor another measure), counts the same."""
    result = list(every)
    for index in range(len(result) - 1, -1, -1):
        mention = result[index]
        if mention.kind != "count" or mention.measure is not None or mention.role != "level":
            continue
        if not re.match(r"\s*(?:[,.;:]|và(?!\w)|$)", text[mention.end :]):
            continue  # «3 dân tộc»: a count of what it names itself
        later = next((m for m in result[index + 1 :] if m.is_figure), None)
        if (
            later is not None
            and later.kind == "count"
            and later.measure
            and later.role == "level"
            and not re.search(r"[;.()]", text[mention.end : later.start])
        ):
            result[index] = replace(mention, measure=later.measure)
    return result


def _same_measure(a: NumberMention, b: NumberMention) -> bool:
    return measures_alike(a.measure, b.measure)


def _complete_groups(
    figures: list[ReportFigure], every: list[NumberMention], wholes: dict[int, int]
) -> list[ReportFigure]:
    """Parts that add up to their whole, or to more than it, name it in `Nhóm` so that the
    parts are checked against it; a partial split («trong đó 08 nữ») stays a share of it."""
    by_base: dict[Decimal, list[int]] = {}
    for position, figure in enumerate(figures):
        if figure.kind == "phần" and figure.base is not None:
            by_base.setdefault(figure.base, []).append(position)
    result = list(figures)
    for base, members in by_base.items():
        total = sum((figures[p].count or Decimal(0)) for p in members)
        if total < base:
            continue
        whole = next((f for f in figures if f.kind == "mức" and f.count == base), None)
        name = whole.indicator if whole is not None else None
        for position in members:
            result[position] = replace(figures[position], group=name)
    return result


__all__ = [
    "Confidence",
    "FigureKind",
    "ReportFigure",
    "report_figures",
    "sentence_figures",
    "table_figures",
]
