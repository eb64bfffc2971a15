"""The figures a written report states, one row each, with the sentence it came from: what
`chiso extract` (issue 20) writes to the draft the analyst confirms.

A figure is assembled from the numbers of one sentence (`report_numbers`): a count or a
fraction with the rate printed beside it («9.728/9.897 đảng viên …, đạt tỷ lệ 98,3%»), a
rate alone, the parts listed after a whole («10.616 lượt, trong đó: rất hài lòng 10.239
lượt …», or counts of the same unit that add up to the one before them), a change («tăng
1,94% so với cùng kỳ»: percentage points for a rate) and a share of the plan («đạt 60% kế
hoạch năm»), each kept apart from a level. Its indicator is the phrase around its number as
written (the number taken out), its unit the report's issuer unless the sentence names a
place or level («toàn tỉnh», «cấp huyện»), its period the sentence's own phrase («từ đầu
nhiệm kỳ đến nay», «trong năm 2022, 2023 và 6 tháng đầu năm 2024») or else the report's. A
table restating a figure of the prose gives it once. Headings («I. Về kết quả thực hiện 12
nhiệm vụ trọng tâm») give none. How sure the reading is, and why not more, is said with each.

Pure functions over passages: no file is opened here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Literal

from ..model.measures import AMOUNT_MEASURES
from ..model.text import name_key
from .report_frame import ReportFrame
from .report_numbers import NumberMention, numbers_in
from .report_periods import (
    LEVEL,
    ReportSetting,
    figure_period,
    label,
    named_unit,
    without_periods,
)
from .report_text import Passage, sentences

FigureKind = Literal["mức", "phần", "thay đổi", "đạt kế hoạch"]
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


def report_figures(
    passages: list[Passage], frame: ReportFrame, setting: ReportSetting
) -> list[ReportFigure]:
    """Every figure of the report's body, in the order written, each once."""
    prose: list[ReportFigure] = []
    cells: list[Passage] = []
    for index in frame.body:
        passage = passages[index]
        if passage.cell is not None:
            cells.append(passage)
            continue
        if _is_heading(passage.text):
            continue
        for sentence in sentences(passage.text):
            prose += sentence_figures(sentence, passage.where, setting)
    tabled = [f for f in table_figures(cells, setting) if not _restated(f, prose)]
    return _once(prose) + tabled


# -- one sentence --------------------------------------------------------------------------


def sentence_figures(sentence: str, where: str, setting: ReportSetting) -> list[ReportFigure]:
    """The figures of one sentence of prose."""
    shown = _BULLET.sub("", sentence.strip())  # a list's mark is layout, not the sentence
    plain_text = shown.replace("*", "")
    every = numbers_in(plain_text)
    mentions = [m for m in every if m.is_figure]
    if not mentions:
        return []
    wholes = _inferred_wholes(plain_text, every)
    paired: set[int] = set()
    figures: list[ReportFigure] = []
    phrases: dict[int, str] = {}
    for index, mention in enumerate(every):
        if not mention.is_figure or index in paired:
            continue
        whole_at = mention.part_of if mention.part_of is not None else wholes.get(index)
        rate_at = _rate_beside(plain_text, every, index) if mention.kind != "percent" else None
        if rate_at is not None:
            paired.add(rate_at)
        phrase = _phrase(plain_text, every, index, phrases)
        phrases[index] = phrase
        figures.append(
            _figure(plain_text, shown, where, setting, every, index, phrase, whole_at, rate_at)
        )
    return _complete_groups(figures, every, wholes)


_BULLET = re.compile(r"^[-+•–]\s+")


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
    base = mention.base
    measure = mention.measure
    if mention.kind == "percent":
        rate = mention.value
    if mention.role == "change":
        kind = "thay đổi"
        value = mention.value or Decimal(0)
        count, rate, base = value * mention.sign, None, None
        if mention.kind == "percent":
            measure = "điểm %" if _changes_a_rate(text, every, index) else "%"
    elif mention.role == "of_plan":
        kind, count, base = "đạt kế hoạch", None, None
    elif whole_at is not None and every[whole_at].value:
        kind, base = "phần", every[whole_at].value
    if mention.kind == "count" and measure is None and kind != "thay đổi":
        doubts.append("không rõ đơn vị tính / no unit of measure")
    if rate is not None and count is not None and base:
        computed = count / base * 100
        if abs(computed - rate) > Decimal("0.5") * Decimal(10) ** _exponent(rate):
            doubts.append(
                f"tỷ lệ in {_vi(rate)}% khác {_vi(count)}/{_vi(base)} / printed rate differs"
            )
    unit = named_unit(text, mention.start) or setting.unit
    if unit is None:
        doubts.append("chưa rõ đơn vị / no unit")
    period, period_doubt = figure_period(text, mention.start, setting, stock=count is not None)
    if period_doubt:
        doubts.append(period_doubt)
    if not phrase:
        doubts.append("chưa rõ chỉ tiêu / no indicator phrase")
    approximate = mention.approximate or (rate_at is not None and every[rate_at].approximate)
    note = f"số gần đúng: «{_approximate_words(text, mention)}»" if approximate else None
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
        confidence=_confidence(doubts, kind),
        doubts=tuple(doubts),
        note=note,
    )


def _approximate_words(text: str, mention: NumberMention) -> str:
    """«gần 2.100», «trên 4,5 tỷ đồng»: the number with the word before it that makes it so."""
    words = text[: mention.start].split()
    return " ".join([*words[-1:], mention.text, *([mention.measure] if mention.measure else [])])


def _confidence(doubts: list[str], kind: FigureKind) -> Confidence:
    serious = [d for d in doubts if d.startswith(("chưa rõ", "tỷ lệ in"))]
    if serious:
        return "thấp"
    if doubts or kind in ("thay đổi", "đạt kế hoạch"):
        return "trung bình"
    return "cao"


def _exponent(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def _vi(value: Decimal) -> str:
    """A number as the report writes it: «9.728», «98,3»."""
    text = f"{value.normalize():f}"
    whole, _, fraction = text.partition(".")
    grouped = f"{int(whole):,}".replace(",", ".") if whole.lstrip("-").isdigit() else whole
    return grouped + ("," + fraction if fraction else "")


# -- pairs, parts and wholes ---------------------------------------------------------------

_RATE_LINK = re.compile(r"(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ|=|\()", re.IGNORECASE)


def _rate_beside(text: str, every: list[NumberMention], index: int) -> int | None:
    """The printed rate of a count or fraction: the next percentage of the same clause, with
    no other figure between, linked by «đạt (tỷ lệ)», «chiếm», «bằng» or a bracket."""
    mention = every[index]
    if mention.role != "level":
        return None
    for later in range(index + 1, len(every)):
        other = every[later]
        if other.is_figure and other.kind != "percent":
            return None
        if other.kind != "percent":
            continue
        between = text[mention.end : other.start]
        if ";" in between or other.role != "level" or other.part_of != mention.part_of:
            return None
        return later if _RATE_LINK.search(between) and len(between.split()) <= 30 else None
    return None


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
        same = [i for i in counts[position + 1 :] if _same_measure(every[i], every[whole])]
        if len(same) >= 2 and sum(every[i].value or 0 for i in same) == every[whole].value:
            for i in same:
                found[i] = whole
            break
    return found


def _same_measure(a: NumberMention, b: NumberMention) -> bool:
    return name_key(a.measure or "") == name_key(b.measure or "")


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


def _changes_a_rate(text: str, every: list[NumberMention], index: int) -> bool:
    """Whether a percentage change is a rate's (percentage points): the figure it follows is
    a rate, or the sentence speaks of a rate («tỷ lệ»)."""
    before = [m for m in every[:index] if m.is_figure and m.role == "level"]
    if before:
        return before[-1].kind == "percent"
    return bool(re.search(r"(?<!\w)t[ỷỉ] lệ(?!\w)", text[: every[index].start], re.IGNORECASE))


# -- the indicator phrase ------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"]|\s[-–]\s|(?<!\w)(?:và|hoặc|trong đó|cụ thể)(?!\w)")
_AFTER_BREAK = re.compile(
    r"[,;:()\[\]“”\".!?]|\s[-–]\s|(?<!\w)(?:và|hoặc|đạt|chiếm|bằng|so với|trong đó|để|nhằm|"
    r"tăng|giảm|với tỷ lệ|tại thời điểm)(?!\w)"
)
_FILLERS = (
    "hiện nay",
    "đến nay",
    "hiện",
    "qua rà soát",
    "cụ thể",
    "trong đó",
    "tổng số",
    "tổng cộng",
    "có",
    "đã",
    "được",
    "là",
    "gồm",
    "bao gồm",
    "với",
)
_TRAILING = (
    "đạt tỷ lệ", "đạt", "chiếm", "còn", "là", "bằng", "ở mức", "lên", "xuống", "có",
    "tăng thêm", "tăng", "giảm bớt", "giảm",
    "gần", "trên", "hơn", "khoảng", "xấp xỉ", "ước tính", "ước đạt", "ước", "dưới", "chừng",
)  # fmt: skip
_PREPOSITIONS = ("đối với", "cho", "của", "với")
_MAX_WORDS = 16


def _phrase(text: str, every: list[NumberMention], index: int, earlier: dict[int, str]) -> str:
    """The indicator's phrase around a number, as written, the number taken out: the words
    of its clause before it and what it counts after it («hoàn thành 12/12 nhiệm vụ trọng
    tâm» -> «hoàn thành nhiệm vụ trọng tâm»; «rất hài lòng: 10.239 lượt» -> «lượt … rất hài
    lòng»). A change or a share of the plan without words of its own is the figure before
    it's."""
    mention = every[index]
    previous_end = max((m.end for m in every[:index] if m.kind != "heading"), default=0)
    head = text[previous_end : mention.start]
    breaks = list(_CLAUSE_BREAK.finditer(head))
    labelled = bool(breaks) and breaks[-1].group(0) == ":" and not head[breaks[-1].end() :].strip()
    before = head[breaks[-1].end() :] if breaks else head
    if labelled:  # «mức độ rất hài lòng: 10.239 lượt»: the label is the clause before ':'
        earlier_breaks = [b for b in breaks[:-1] if b.group(0) != ":"]
        before = head[earlier_breaks[-1].end() if earlier_breaks else 0 : breaks[-1].start()]
    before = LEVEL.sub(" ", without_periods(before))
    before = _trimmed(before)
    after = text[mention.end :]
    stop = _AFTER_BREAK.search(after)
    after = after[: stop.start() if stop else len(after)]
    after = " ".join(after.replace("⁽", " ").split()[:_MAX_WORDS]).strip(" .")
    after = re.sub(r"[⁽⁾()\d¹²³⁴⁵⁶⁷⁸⁹⁰]+$", "", after).strip()
    if mention.role in ("change", "of_plan"):
        figures_before = [i for i in earlier if i < index and every[i].role == "level"]
        if not before and figures_before:
            return earlier[figures_before[-1]]
        return _capitalised(before or after)
    if mention.kind == "percent":
        return _capitalised(before or after)
    measure = mention.measure or ""
    counted_only = name_key(after) == name_key(measure)
    ending = next((p for p in _PREPOSITIONS if before.endswith(" " + p) or before == p), None)
    if ending is not None:
        before = before[: len(before) - len(ending)].strip()
        return _capitalised(_joined(after, _lowered(before)))
    if counted_only and before and name_key(measure) in _AMOUNTS:
        return _capitalised(before)  # «thu ngân sách trên 4,5 tỷ đồng»: what is measured
    if counted_only and before:
        return _capitalised(_joined(after, _lowered(before)))
    return _capitalised(_joined(before, after))


def _capitalised(phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:]


def _lowered(words: str) -> str:
    """A clause's first word in lower case once it no longer opens the phrase, unless it is
    an abbreviation or a name («UBND», «Đảng»)."""
    first = words.split(" ", 1)[0]
    if len(first) > 1 and first[1:].islower() and first.lower() not in _PROPER:
        return words[:1].lower() + words[1:]
    return words


_PROPER = frozenset({"đảng", "nhà", "nhân"})
_AMOUNTS = frozenset(name_key(m) for m in AMOUNT_MEASURES)


def _trimmed(words: str) -> str:
    """A clause's words before a number without what says nothing of the indicator."""
    text = _HEADING.sub("", " ".join(words.replace("*", " ").split()))
    changed = True
    while changed and text:
        changed = False
        folded = text.lower()
        for filler in _FILLERS:
            if folded == filler:
                return ""
            if folded.startswith(filler + " "):
                text, changed = text[len(filler) + 1 :], True
                break
        for word in _TRAILING:
            if folded == word:
                return ""
            if folded.endswith(" " + word):
                text, changed = text[: -len(word) - 1], True
                break
    for filler in ("hiện nay", "đến nay"):
        text = re.sub(rf"(?<!\w){filler}(?!\w)\s*", "", text, flags=re.IGNORECASE)
    return " ".join(text.split()[-_MAX_WORDS:]).strip(" ,").lstrip("-+•– ")


def _joined(first: str, second: str) -> str:
    return " ".join(part for part in (first.strip(), second.strip()) if part)


# -- headings, tables, repeats -----------------------------------------------------------------

_HEADING = re.compile(r"^\s*\**\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)]\s")


def _is_heading(text: str) -> bool:
    """A numbered heading line («I. Về kết quả thực hiện 12 nhiệm vụ trọng tâm»): short,
    not a sentence; its numbers name what follows, they are not figures."""
    clean = text.strip().strip("*").strip()
    if not _HEADING.match(text.strip()) and not text.strip().isupper():
        return False
    return len(clean.split()) <= 20 and not clean.rstrip("*").endswith(".")


def table_figures(cells: list[Passage], setting: ReportSetting) -> list[ReportFigure]:
    """A report's tables read row by row: a row's label names its figures, a column's
    header says what each is (a rate, a period) when it says more than «Số lượng»."""
    grid: dict[tuple[int, int, int], Passage] = {c.cell: c for c in cells if c.cell is not None}
    figures: list[ReportFigure] = []
    for (table, row, column), passage in sorted(grid.items()):
        mentions = [m for m in numbers_in(passage.text) if m.is_figure]
        if len(mentions) != 1 or not _only_number(passage.text, mentions[0]):
            continue
        row_name = _row_label(grid, table, row, column)
        header_text = _column_header(grid, table, row, column)
        if row_name is None or _is_rate_header(header_text):
            continue
        mention = mentions[0]
        rate = _row_rate(grid, table, row)
        name = row_name if _generic_header(header_text) else f"{row_name} ({header_text})"
        doubts = [] if setting.unit else ["chưa rõ đơn vị / no unit"]
        period = label(setting.period) if setting.period else None
        if period is None:
            doubts.append("chưa rõ kỳ: ghi kỳ của báo cáo / no period: write the report's")
        figures.append(
            ReportFigure(
                indicator=name,
                unit=setting.unit,
                period=period,
                count=mention.value if mention.kind != "percent" else None,
                base=mention.base,
                rate=rate if mention.kind != "percent" else mention.value,
                measure=_header_measure(header_text),
                group=None,
                kind="mức",
                sentence=f"{row_name}: {passage.text}",
                where=passage.where,
                confidence=_confidence(doubts, "mức"),
                doubts=tuple(doubts),
            )
        )
    return figures


def _column_header(
    grid: dict[tuple[int, int, int], Passage], table: int, row: int, column: int
) -> str:
    """The nearest cell above in the column that holds words, not a figure."""
    for above in range(row - 1, 0, -1):
        cell = grid.get((table, above, column))
        if cell is not None and not any(m.is_figure for m in numbers_in(cell.text)):
            return cell.text
    return ""


def _only_number(text: str, mention: NumberMention) -> bool:
    return not (text[: mention.start] + text[mention.end :]).strip(" %")


def _row_label(
    grid: dict[tuple[int, int, int], Passage], table: int, row: int, column: int
) -> str | None:
    for left in range(1, column):
        cell = grid.get((table, row, left))
        if cell is not None and not re.fullmatch(r"[\dIVXivx.\s]+", cell.text):
            return cell.text
    return None


def _row_rate(grid: dict[tuple[int, int, int], Passage], table: int, row: int) -> Decimal | None:
    for (t, r, c), cell in grid.items():
        if t == table and r == row and _is_rate_header(_column_header(grid, t, r, c)):
            found = [m for m in numbers_in(cell.text + "%") if m.kind == "percent"]
            return found[0].value if found else None
    return None


def _is_rate_header(text: str) -> bool:
    return bool(re.search(r"(?<!\w)(?:t[ỷỉ] lệ|%)", text, re.IGNORECASE))


_GENERIC_HEADERS = ("số lượng", "kết quả", "số liệu", "thực hiện", "tổng số", "giá trị", "số")


def _generic_header(text: str) -> bool:
    folded = name_key(re.sub(r"\(.*?\)", "", text))
    return not folded or folded in _GENERIC_HEADERS


def _header_measure(text: str) -> str | None:
    found = re.search(r"\(([^)%]+)\)", text)
    return found.group(1).strip() if found else None


def _restated(figure: ReportFigure, prose: list[ReportFigure]) -> bool:
    """Whether a table's figure restates one the prose already gave: the same count (and
    base, and rate, where the table gives them), or the same rate alone."""
    for given in prose:
        if figure.count is None:
            if figure.rate is not None and given.rate == figure.rate:
                return True
            continue
        if given.count != figure.count:
            continue
        if figure.base is not None and given.base != figure.base:
            continue
        if figure.rate is not None and given.rate not in (None, figure.rate):
            continue
        return True
    return False


def _once(figures: list[ReportFigure]) -> list[ReportFigure]:
    """A figure restated in the prose (same indicator, numbers and period) given once."""
    seen: set[tuple[object, ...]] = set()
    kept = []
    for figure in figures:
        key = (name_key(figure.indicator), figure.count, figure.base, figure.rate, figure.period)
        if key not in seen:
            seen.add(key)
            kept.append(figure)
    return kept


__all__ = [
    "Confidence",
    "FigureKind",
    "ReportFigure",
    "report_figures",
    "sentence_figures",
    "table_figures",
]
