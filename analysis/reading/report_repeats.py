"""A written report's figure said again (issue 20): within its paragraph, in a headline the
body says again, in a table restating the prose. Each is given once; a figure of another
unit, year or thing that only looks the same is kept.

Pure functions over a report's figures.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from decimal import Decimal

from ..model.measures import measures_alike
from ..model.text import name_key
from .report_mentions import ReportFigure


def restated(figure: ReportFigure, prose: list[ReportFigure], own: str = "") -> bool:
    """Whether a table's figure restates one the prose already gave: the same count (and
    base, and rate, where the table gives them; a bare count, with words alike), or the same
    rate alone."""
    for given in prose:
        if own and apart(figure, given, own):  # a table's figure, of another year, unit …
            continue
        if figure.count is None:
            if figure.rate is not None and given.rate == figure.rate and given.kind == figure.kind:
                return True
            continue
        if given.count != figure.count:
            continue
        if figure.base is not None and given.base != figure.base:
            continue
        if figure.rate is not None and given.rate not in (None, figure.rate):
            continue
        small = figure.count < 1000 and figure.count == int(figure.count)
        if figure.rate is None and figure.base is None and small and not alike(given, figure):
            continue  # a bare count equal by chance («18») is another figure
        return True  # «805.503», «608,7» said again in the table are the prose's
    return False


def apart(figure: ReportFigure, given: ReportFigure, own: str) -> bool:
    """Another unit's, another year's («Năm 2022 … 05» beside 2023's «05»), or of another
    thing («Tổ chức đảng: 03» is not «03 đảng viên»)."""
    if given.unit != figure.unit or figure.period not in (own, given.period):
        return True
    measures = name_key(figure.measure or ""), name_key(given.measure or "")
    return all(measures) and measures[0] != measures[1]


def said_once(figures: list[tuple[int, ReportFigure]]) -> list[ReportFigure]:
    """A figure restated under the same heading given once: the same phrase and numbers, or
    the same large count or fraction («kết nạp được 1.235 đảng viên mới» in the opening and
    again in the body; «67/69 trường» in the headline and «67/69 trường (97,1%)» below, where
    the one with its rate is kept). Under another heading the same words are another
    question's («Nhất trí: 172/179» under «1/» and under «2/»)."""
    kept: list[ReportFigure] = []
    seen: dict[tuple[object, ...], int] = {}
    for section, figure in figures:
        numbers = (figure.count, figure.base, figure.kind, figure.period, figure.unit)
        keys: list[tuple[object, ...]] = [
            (section, name_key(figure.indicator), figure.rate, *numbers)
        ]
        if figure.count is not None and (figure.count >= 100 or figure.base is not None):
            keys.append((section, name_key(figure.measure or ""), *numbers))
        known = next(
            (seen[key] for key in keys if key in seen and alike(kept[seen[key]], figure)), None
        )
        if known is None:
            for key in keys:
                seen[key] = len(kept)
            kept.append(figure)
        elif kept[known].rate is None and figure.rate is not None:
            kept[known] = figure
    return kept


def restating(
    found: list[ReportFigure], earlier: Mapping[tuple[object, ...], list[ReportFigure]]
) -> list[ReportFigure]:
    """A sentence's figures without those it says again from another paragraph under the same
    heading (`earlier`: those paragraphs' figures by `figure_key`): a lead's «hơn 285,3 tỷ
    đồng, đạt 60% kế hoạch tỉnh» said again in the body gives the figure, and the rates said
    with it, once. Only a figure that cannot be equal by chance anchors a repeat (a fraction,
    an amount with decimals, a count of thousands, or a count of hundreds said again with its
    rates), with its measure and words alike; a small bare count equal to an earlier one is
    another figure."""

    def repeats(figure: ReportFigure) -> bool:
        given_so = earlier.get(figure_key(figure), ())
        if figure.count is not None and figure.count >= 1000:  # thousands in other words:
            unmeasured = figure_key(figure)[:-1]  # «1.860 đảng viên mới», «1.860 quần chúng
            given_so = [  # ưu tú được kết nạp vào đảng»
                g for gs in earlier.values() for g in gs if figure_key(g)[:-1] == unmeasured
            ]
        return any(alike(figure, given) and not _named_apart(figure, given) for given in given_so)

    anchors = [
        f for f in found
        if f.count is not None and (f.count >= 100 or f.count % 1 or f.base is not None)
        and repeats(f)
    ]  # fmt: skip
    phrases = {f.indicator for f in anchors}

    def worded_so(figure: ReportFigure) -> bool:  # «thành lập mới 22 chi bộ thôn» again
        return anchors != [] and any(
            name_key(g.indicator) == name_key(figure.indicator)
            for g in earlier.get(figure_key(figure), ())
        )

    again = [
        f for f in found
        if f in anchors or ((f.indicator in phrases or worded_so(f)) and repeats(f))
    ]  # fmt: skip
    # one count of hundreds alike may be another unit's: a fraction, an amount with decimals,
    # thousands, or two figures said again together are the same
    if (
        not any(f.count >= 1000 or f.count % 1 or f.base for f in anchors if f.count)
        and len(again) < 2
    ):
        return found
    return [f for f in found if f not in again]


def without_referred_whole(
    sentence: str, found: list[ReportFigure], earlier: list[ReportFigure]
) -> list[ReportFigure]:
    """«… đã giải quyết 85/92 vụ việc. Trong 85 vụ việc đã giải quyết, có 7 vụ …»: a whole the
    sentence opens with, said just before, is named to give its parts, not said anew."""
    if not found or found[0].count is None:
        return found
    whole = found[0]
    opens = re.fullmatch(r"\W*trong(?: số| tổng số)?\s*", sentence[: whole.at], re.IGNORECASE)
    if opens and any(
        given.count == whole.count and measures_alike(given.measure, whole.measure)
        for given in earlier
    ):
        return found[1:]
    return found


def _named_apart(a: ReportFigure, b: ReportFigure) -> bool:
    """Whether the words before two figures name different things: «Chi bộ số 3» and «Chi bộ
    số 7», «Trường THCS Lê Lợi» and «Trường THCS Nguyễn Du» (the names and numbers of each,
    neither's all in the other's)."""
    first, second = _names_before(a), _names_before(b)
    return bool(first and second) and not (first <= second or second <= first)


def _names_before(figure: ReportFigure) -> frozenset[str]:
    head = figure.sentence[: figure.at]  # its own clause past a «;»: «…; thành lập mới 22»
    words = [w.strip(",.;:()") for w in head[head.rfind(";") + 1 :].split()[1:]]
    # the clause's first word is capitalised anyway; «28/12» is a date, not a name
    return frozenset(w for w in words if w[:1].isupper() or w.isdigit())


def figure_key(figure: ReportFigure) -> tuple[object, ...]:
    """What two figures must share to be one: numbers, kind, period, unit and measure."""
    return (figure.kind, figure.count, figure.base, figure.rate, figure.period, figure.unit,
            name_key(figure.measure or ""))  # fmt: skip


def likeness(a: ReportFigure, b: ReportFigure) -> float:
    """How much two phrases share: the words of both over the words of either."""
    first, second = set(name_key(a.indicator).split()), set(name_key(b.indicator).split())
    return len(first & second) / len(first | second) if first | second else 0.0


def alike(a: ReportFigure, b: ReportFigure) -> bool:
    """Whether two phrases name one figure: most of the shorter one's words are the other's
    («Kết nạp được đảng viên mới» and «Toàn Đảng bộ kết nạp được đảng viên mới», not «Phiếu
    phát ra» and «Phiếu thu về»)."""
    first, second = set(name_key(a.indicator).split()), set(name_key(b.indicator).split())
    shorter = min(len(first), len(second))
    return shorter == 0 or len(first & second) >= 0.6 * shorter


def said_in_lead(prose: list[tuple[int, ReportFigure]]) -> list[tuple[int, ReportFigure]]:
    """A write-up's lead says what its body then says again, or rounds it: a count of the
    first paragraph that a later paragraph gives, of the same thing, is said once — from the
    lead when the body says it again exactly («… đã giúp đỡ 136 hộ thoát nghèo» over «Các
    cấp hội giúp 136 hộ thoát nghèo, …»), from the body when the lead rounds it («… đã xảy
    ra trên 300 vụ tai nạn giao thông …» over «… xảy ra 325 vụ tai nạn giao thông …»).
    `prose` pairs each figure with its paragraph's index."""
    prose = _captions_said_again(prose)
    if not prose:
        return prose
    lead = prose[0][0]
    said = [f for i, f in prose if i == lead]
    body = [f for i, f in prose if i != lead and f.note is None and f.count is not None]
    together = _said_together(said, [f for i, f in prose if i != lead])
    return [
        (i, f) for i, f in prose
        if (i != lead or f.note is None or not any(_rounds(f, g) for g in body))
        and (i == lead or not (any(_again(g, f) for g in said) or id(f) in together))
    ]  # fmt: skip


def _captions_said_again(prose: list[tuple[int, ReportFigure]]) -> list[tuple[int, ReportFigure]]:
    """A photo's caption that says the write-up's figures again gives none of them: «Lào Cai:
    5 người chết, thiệt hại 2.750 tỉ đồng vì bão số 10- Ảnh 1.», «GRDP … ước đạt 41.690 tỉ
    đồng … ẢNH: PHÚ THÀNH». A figure only the caption gives is kept."""
    told = {(f.count, f.rate, name_key(f.measure or "")) for _, f in prose if not _captions(f)}
    return [
        (i, f) for i, f in prose
        if not (_captions(f) and (f.count, f.rate, name_key(f.measure or "")) in told)
    ]  # fmt: skip


def _captions(figure: ReportFigure) -> bool:
    said = figure.sentence.strip()  # how it ends: a long sentence is not searched whole
    return _CAPTION.search(said, max(0, len(said) - 80)) is not None


# How a web page's photo caption ends: «… - Ảnh 1.», «… ẢNH: PHÚ THÀNH», «… (Ảnh: Nam An)».
_CAPTION = re.compile(
    r"(?:(?<!\w)Ảnh\s*\d{1,2}\.?|ẢNH\s*:\s*[^\d.;]{2,40}|\(Ảnh\s*:[^()]{2,40}\)\.?)$"
)


def _said_together(said: list[ReportFigure], body: list[ReportFigure]) -> set[int]:
    """The body's figures (by `id`) of a sentence that says two or more of the lead's again,
    small counts and rates too: «… đã khiến 5 người chết, 5 người mất tích.» then «Cụ thể, mưa
    lũ đã làm 5 người chết, 5 người mất tích, 9 người bị thương.» (the 9 is the body's own)."""
    again: set[int] = set()
    for sentence in dict.fromkeys(f.sentence for f in body):
        pairs = [
            (g, f) for f in body if f.sentence == sentence for g in said
            if ((f.count is not None and bool(g.measure)) or f.rate is not None)
            and _undated(g) == _undated(f)
            and g.note == f.note and (alike(g, f) or _worded_after(g) == _worded_after(f))
        ]  # fmt: skip
        if len({id(g) for g, _ in pairs}) >= 2:
            again |= {id(f) for _, f in pairs}
    return again


def is_headline(text: str) -> bool:
    """A first line that is a headline, not a sentence: short, no full stop."""
    clean = text.strip(" *")
    return len(clean.split()) <= 25 and not clean.endswith((".", ":", ";"))


def said_in_body(figure: ReportFigure, body: list[ReportFigure]) -> bool:
    """Whether a headline's figure is the body's said again: the same figure, or its count of
    its thing or its rate in other words; or a round number («gần 2.100») the body says
    exactly. An estimate («ước đạt 868.000 triệu đồng») is no round number."""
    if figure.note is not None and not re.search(r"«(?i:ước)", figure.note):
        return _rounded_in_body(figure, body)
    return restated(figure, body) or _in_body(figure, body)


def _rounded_in_body(figure: ReportFigure, body: list[ReportFigure]) -> bool:
    """Whether the body gives exactly a headline's round number («gần 40 tỷ đồng» over «…
    39,6 tỷ đồng»): a figure of the same measure within a tenth of it, or its rate."""
    if figure.count is None:
        return figure.rate is not None and any(
            f.rate is not None and abs(f.rate - figure.rate) <= 1 for f in body
        )
    return any(
        f.count is not None
        and f.kind in ("mức", "phần")
        and abs(f.count - figure.count) <= abs(figure.count) / 10
        and (
            f.measure is None or figure.measure is None or measures_alike(f.measure, figure.measure)
        )
        for f in body
    )


def _in_body(figure: ReportFigure, body: list[ReportFigure]) -> bool:
    """Whether the body gives a headline's count of its thing, in other words («Xã Vĩnh Phú có
    42 mô hình …» over «… cấp giấy chứng nhận 42 mô hình cấp xã»), or its rate."""
    if figure.count is None and figure.rate is not None:  # «Hòa Bình: tỷ lệ … đạt 96,6%»
        levels = ("mức", "phần")
        return any(
            f.rate == figure.rate and (f.kind == figure.kind or {f.kind, figure.kind} <= {*levels})
            for f in body
        )
    return figure.count is not None and any(
        f.count == figure.count and measures_alike(f.measure, figure.measure) and f.measure
        for f in body
    )


def headline_at(texts: Sequence[str], first: int) -> int:
    """Where a write-up's headline stands: past the page's lines above it that hold no number
    but a date or a time («Chính trị - Xã hội Theo dòng thời sự», «14/04/2022 - 12:51»)."""
    for at, text in enumerate(texts, start=first):
        if re.search(r"\d", _STAMP.sub(" ", text)):
            return at
        if not is_headline(text):  # a sentence: the body began, and no headline was over it
            return first
    return first


_STAMP = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?")


def is_subhead(text: str) -> bool:
    """A line in the body that is a headline over the next paragraph, not an item of a list:
    «2.411 doanh nghiệp thành lập mới», not «- Kết nạp 25 đảng viên»."""
    return is_headline(text) and not re.match(r"[\s*\-+•–]", text)


def subheads_said_below(
    prose: list[tuple[int, ReportFigure]], subheads: set[int]
) -> list[tuple[int, ReportFigure]]:
    """A subheading's figure its next paragraph says again is said once, from the paragraph,
    which gives its period and its sentence: «2.411 doanh nghiệp thành lập mới» over «… đến
    ngày 15/9, trên địa bàn tỉnh có 2.411 doanh nghiệp thành lập mới, đạt 80,4% kế hoạch».
    `prose` pairs each figure with its paragraph's index; `subheads` are the subheadings'."""
    below: dict[int, list[ReportFigure]] = {}
    for index, figure in prose:
        below.setdefault(index, []).append(figure)
    order = sorted(below)

    def again(index: int, figure: ReportFigure) -> bool:
        after = next((i for i in order if i > index), None)
        return (
            after is not None
            and after not in subheads
            and any(_said_below(figure, given) for given in below[after])
        )

    return [(i, f) for i, f in prose if i not in subheads or not again(i, f)]


def _said_below(heading: ReportFigure, body: ReportFigure) -> bool:
    """Whether a body's figure says a subheading's again: the same count, base and measure,
    or the same rate of the same kind, in alike words, of the same unit."""
    if heading.unit != body.unit or not alike(heading, body):
        return False
    if heading.count is None:
        return heading.rate is not None and (body.rate, body.kind) == (heading.rate, heading.kind)
    return (body.count, body.base) == (heading.count, heading.base) and measures_alike(
        body.measure, heading.measure
    )


def _undated(figure: ReportFigure) -> tuple[object, ...]:
    """`figure_key` but the period, which a lead may state to the day and the body not."""
    key = figure_key(figure)
    return key[:4] + key[5:]


def _worded_after(figure: ReportFigure) -> list[str]:
    """The number and the two words after it, as written: «5 người chết»."""
    return [w.strip(",.;:()").lower() for w in figure.sentence[figure.at :].split()[:3]]


def _again(said: ReportFigure, again: ReportFigure) -> bool:
    """Whether a body's figure says a lead's exactly again: numbers, kind, period, unit, and
    what it counts, in words alike; a count that cannot be equal by chance (a hundred or
    more, a fraction or an amount with decimals), as small counts recur in a long report."""
    return (
        said.note == again.note  # «khoảng 2.750 tỉ đồng» said again so
        and said.count is not None
        and (said.count >= 100 or said.count % 1 != 0 or said.base is not None)
        and figure_key(said) == figure_key(again)
        and bool(said.measure)
        and alike(said, again)
    )


def _rounds(rounded: ReportFigure, exact: ReportFigure) -> bool:
    """Whether an approximate count («trên 300», «gần 90 nghìn») rounds an exact one."""
    if rounded.count is None or exact.count is None or rounded.kind != exact.kind:
        return False
    if not (rounded.measure and measures_alike(rounded.measure, exact.measure)):
        return False
    if not alike(rounded, exact):
        return False
    word = (rounded.note or "").partition("«")[2].split(" ", 1)[0].lower()
    near, said = exact.count, rounded.count
    if word in ("trên", "hơn"):
        return said < near <= said * Decimal("1.25")
    if word == "gần":
        return said * Decimal("0.8") <= near < said
    return abs(near - said) <= said * Decimal("0.1")  # «khoảng», «ước»


def read_again(sentence: str, read: set[str]) -> bool:
    """Whether a long sentence was read before word for word, as `read` holds them (adding it
    now): «(ĐN)- Phòng Cảnh sát PCCC cho biết, … 29 vụ cháy …» as the lead, then again
    opening the body, gives its figures once."""
    words = " ".join(sentence.split())
    again = len(words.split()) >= 12 and words in read
    read.add(words)
    return again


__all__ = [
    "alike",
    "apart",
    "figure_key",
    "headline_at",
    "is_headline",
    "is_subhead",
    "likeness",
    "read_again",
    "restated",
    "restating",
    "said_in_body",
    "said_in_lead",
    "said_once",
    "subheads_said_below",
    "without_referred_whole",
]
