"""The parts of a whole in a written report's sentence (issue 20): the figures listed after
«trong đó» (or «gồm», «với hình thức», «chia ra») are parts of the count before them, of
their own unit where there are several; the list runs to a ';', and past it while its
counts are of the whole's unit and stay within it; the counts in a bracket right after a
count are its split when they add up to it or count the same thing (with the other wholes
words name, from `report_named_wholes`). Of two rates said of a part, it keeps the one that
is its share of its whole.

Counts that add up, exactly, to a total said before or after them are its parts too, across
sentences and paragraphs under one heading.

Pure functions over one sentence's numbers and a report's figures: no file is opened here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from ..model.measures import AMOUNT_MEASURES, counted_among, measures_alike
from .report_mentions import (
    COUNTED,
    NumberMention,
    ReportFigure,
    printed_share,
    rate_said,
)
from .report_named_wholes import named_wholes

# «trong đó» (or «gồm», «chia ra» …) opens the parts of the figure before it, to a ';'.
_PARTS_OPEN = re.compile(
    r"(?<!\w)(?:trong đó|trong số đó|bao gồm|gồm|với hình thức|chia ra|cụ thể)(?!\w)",
    re.IGNORECASE,
)


def with_wholes(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Each figure listed after «trong đó» marked as a part of the level figure before it (of
    its own unit where there are several: «03 tổ chức đảng và 06 cá nhân, trong đó … 01 tổ
    chức đảng»), and the counts in a bracket that split the count right before the bracket."""
    marked = named_wholes(text, found)
    for opened, opens_at in _openings(text, found):
        wholes = [
            i for i, m in enumerate(found)
            if m.end <= opened and m.kind in COUNTED and m.role == "level"
        ]  # fmt: skip
        # «1.616 đảng viên (khiển trách 1.221, …), trong đó có 401 cấp ủy viên»: a split in a
        # bracket closed before the list is no whole of it, the count before the bracket is
        wholes = [i for i in wholes if not _closed_before(text, found[i], opened)] or wholes
        if not wholes:
            continue
        closing = text.find(";", opens_at)
        closing = len(text) if closing == -1 else closing

        def whole_of(mention: NumberMention, wholes: list[int] = wholes) -> int | None:
            # of its own unit where there are several, and never smaller than the part: «4
            # đảng bộ …, bao gồm: Đảng bộ Công an kết nạp 21 đảng viên» lists, not splits
            same = [i for i in wholes if mention.measure and found[i].measure == mention.measure]
            # «48 ha …, trong đó … 42 tấn» is no share of 48 ha (an amount is of its unit)
            if mention.measure:
                wholes = [i for i in wholes if i in same or not _other_amount(found[i], mention)]

            def large(among: list[int]) -> list[int]:
                return [i for i in among if (found[i].value or 0) >= (mention.value or 0)]

            if mention.kind != "percent":
                fits = large(same) or large(wholes)
                return fits[-1] if fits else None
            fits = large(same) or large(wholes) or same or wholes
            return fits[-1] if fits else None

        whole = found[wholes[-1]]
        listed = {whole.measure} | {  # what the list counts: «… 287 đối tượng, trong đó có 62
            m.measure for m in found  # người nghèo; 87 người có công …»
            if opens_at <= m.start < closing and m.kind == "count" and m.measure
        }  # fmt: skip
        so_far = Decimal(0)
        for index, mention in enumerate(found):
            if mention.kind in COUNTED and _bracketed(text, mention, since=opens_at):
                continue  # «Hoàn thành tốt nhiệm vụ 35 (có 07 đảng bộ và 28 chi bộ)»: its split
            if mention.kind == "fraction" and mention.base:
                continue  # «… và 10/10 tổ dân phố đều đạt»: a fraction has its own whole
            if opens_at <= mention.start < closing and mention.is_figure:
                if marked[index].part_of is None and "/" not in (mention.measure or ""):
                    own = _rate_of_the_amount_before(text, found, mention)  # «…, đạt tỷ lệ 9%»
                    marked[index] = replace(mention, part_of=None if own else whole_of(mention))
                so_far += (mention.value or 0) if mention.kind == "count" else 0
            elif mention.start >= closing and mention.is_figure:
                # «trong đó: A 10 tỷ đồng; B 20 tỷ đồng»: the list goes on past a ';' while
                # its counts are of the whole's unit and stay within it
                counts = [
                    m for m in marked[:index]
                    if m.kind in COUNTED and not _bracketed(text, m, since=opens_at)
                ]  # fmt: skip
                if (
                    mention.kind == "percent"
                    and mention.role == "level"
                    and counts
                    and (counts[-1].part_of == wholes[-1])
                ):
                    marked[index] = replace(mention, part_of=wholes[-1])
                    continue
                if mention.kind != "count" or mention.role != "level":
                    continue
                if _other_amount(whole, mention) and mention.measure not in listed:
                    continue  # «05 công trình …, tổng chiều dài 4,8 km, 01 công trình …»
                if _list_ends(text, mention, listed, so_far, whole):
                    break
                so_far += mention.value or 0
                marked[index] = replace(mention, part_of=wholes[-1])
        marked = _listed_to_the_sum(text, marked, wholes[-1], opens_at)
    return marked


def _listed_to_the_sum(
    text: str, found: list[NumberMention], whole_at: int, opens_at: int
) -> list[NumberMention]:
    """The counts listed after an opening that add up exactly to its whole are its parts,
    whatever each counts and past any ';': «42 công trình …, cụ thể: 01 tủ báo điện tử; 07
    cầu dân sinh, …, 02 nhà để xe trường học, …; 08 sân chơi cho thiếu nhi» (1 + 7 + … + 8
    = 42). A detail in another unit («tổng chiều dài 4,8 km») is passed over."""
    whole = found[whole_at]
    listed = [
        i for i, m in enumerate(found)
        if m.start >= opens_at and m.kind == "count" and m.is_figure and m.role == "level"
        and not _bracketed(text, m, since=opens_at) and not _other_amount(whole, m)
    ]  # fmt: skip
    total = Decimal(0)
    for taken, index in enumerate(listed, start=1):
        total += found[index].value or 0
        if total > (whole.value or 0):
            return found
        if total == whole.value and taken >= 3:
            marked = list(found)
            for i in listed[:taken]:
                marked[i] = replace(found[i], part_of=whole_at)
            return marked
    return found


def _openings(text: str, found: list[NumberMention]) -> list[tuple[int, int]]:
    """Where each list of parts opens: «trong đó», «gồm» …, or a colon closing a count's
    phrase («xây dựng được 42 công trình thanh niên: 01 tủ báo điện tử, 07 cầu …»)."""
    spans = [(m.start(), m.end()) for m in _PARTS_OPEN.finditer(text)]
    for colon in re.finditer(r":", text):
        before = [m for m in found if m.end <= colon.start() and m.is_figure]
        if (
            before
            and before[-1].kind in COUNTED
            and before[-1].role == "level"
            and re.fullmatch(r"[^\d;.:(),]{0,80}", text[before[-1].end : colon.start()])
            and len(text[before[-1].end : colon.start()].split()) <= 12
        ):
            spans.append((colon.start(), colon.end()))
    return sorted(spans)


def _list_ends(
    text: str,
    mention: NumberMention,
    listed: set[str | None],
    so_far: Decimal,
    whole: NumberMention,
) -> bool:
    """Whether a count past a ';' ends a list of parts: it counts another thing, it would
    take the parts past their whole, or its own clause splits it, a whole itself («…; VietJet
    Air thực hiện 1.121 chuyến, trong đó bị chậm là 222 chuyến»). A count that says not what
    it counts goes on («Hoàn thành tốt nhiệm vụ 35 (…), chiếm 68,62%»)."""
    if (mention.measure and mention.measure not in listed) or so_far + (mention.value or 0) > (
        whole.value or 0
    ):
        return True
    closing = text.find(";", mention.end)
    return _PARTS_OPEN.search(text, mention.end, len(text) if closing < 0 else closing) is not None


def _bracketed(text: str, mention: NumberMention, *, since: int) -> bool:
    """Whether a figure stands inside a bracket opened after `since` right after a count, its
    split («Hoàn thành tốt nhiệm vụ 35 (có 07 đảng bộ …)»); not an item's own figure, in a
    bracket after its name («trong đó huyện Gò Công Tây (13 học sinh), huyện Cai Lậy (8 …»)."""
    opened = text.rfind("(", since, mention.start)
    if opened == -1 or ")" in text[opened : mention.start]:
        return False
    return re.search(r"\d[^\d()]{0,40}$", text[since:opened]) is not None


def _closed_before(text: str, mention: NumberMention, at: int) -> bool:
    """Whether a figure stands in a bracket that closes before `at`."""
    opened = text.rfind("(", 0, mention.start)
    if opened == -1 or ")" in text[opened : mention.start]:
        return False
    return ")" in text[mention.end : at]


def _rate_of_the_amount_before(text: str, found: list[NumberMention], rate: NumberMention) -> bool:
    """Whether a per cent is the rate reached by the amount right before it, in a list: «…:
    tổng số kiến nghị 1.818 tỷ đồng, đã thực hiện 1.640 tỷ đồng, đạt tỷ lệ 90,18%»."""
    before = [m for m in found if m.is_figure and m.end <= rate.start]
    return (
        bool(before)
        and before[-1].kind == "count"
        and _is_amount(before[-1])
        and re.fullmatch(
            r"[^\d;()]{0,20}?,?\s*(?:đạt|bằng)(?: t[ỷỉ] lệ)?\s*", text[before[-1].end : rate.start]
        )
        is not None
    )


def _other_amount(whole: NumberMention, part: NumberMention) -> bool:
    """Whether two figures measure different amounts, or an amount and a count."""
    first, second = (m.measure.lower() if m.measure else None for m in (whole, part))
    amounts = {m.lower() for m in AMOUNT_MEASURES}
    return first != second and (first in amounts or second in amounts)


def rates_of_their_wholes(figures: list[ReportFigure]) -> list[ReportFigure]:
    """Of two rates said of a part («hộ nghèo dân tộc Khmer 3.239 hộ, chiếm 3,61% so với tổng
    số hộ dân cư dân tộc Khmer (chiếm 59,94% so với tổng số hộ nghèo)»), the part keeps the
    one that is its share of its whole; the other stays a rate of its own."""
    result = list(figures)
    for i in range(len(result) - 1):
        part, after = result[i], result[i + 1]
        if part.kind != "phần" or part.count is None or not part.base or part.rate is None:
            continue
        share = part.count / part.base * 100
        if (
            after.count is None
            and after.kind == "mức"
            and after.rate is not None
            and abs(after.rate - share) < Decimal("0.06") <= abs(part.rate - share)
        ):
            result[i] = replace(part, rate=after.rate)
            result[i + 1] = replace(after, rate=part.rate, base=None)
    return result


def bases_their_rates_name(
    found: list[ReportFigure], earlier: Sequence[ReportFigure] = ()
) -> list[ReportFigure]:
    """A part whose printed rate is no share of the whole it was given but is, to the printed
    digits, of the one base of a fraction said before it: «… có 2.645/2.993 đồng chí, chiếm
    tỷ lệ 88,37%, trong đó: … chưa được kiểm điểm là 19 đồng chí, chiếm 0,72%; … không phải
    kiểm điểm là 329 đồng chí, chiếm 10,99%» (19 of 2.645, 329 of 2.993)."""
    result = list(found)
    for i, part in enumerate(found):
        if part.kind != "phần" or part.count is None or not part.base or part.rate is None:
            continue
        if printed_share(part.count, part.base, part.rate, said=rate_said(part)):
            continue
        before = [*earlier, *found[:i]]
        bases = {
            w.base for w in before
            if w.kind == "mức" and w.count is not None and w.base and w.base > part.count
            and counted_among(part.measure, w.measure)
            and printed_share(part.count, w.base, part.rate, said=rate_said(part))
        }  # fmt: skip
        if len(bases) == 1:
            result[i] = replace(part, base=bases.pop())
    return result


_SET_APART = re.compile(r"(?i)(?<!\w)riêng(?!\w)")
_AMONG_THEM = re.compile(r"(?i),\s*(?:có|với)\s+$")  # «…, có 25 chỉ tiêu …», «…, với 8 …»


def set_apart(found: list[ReportFigure], earlier: Sequence[ReportFigure]) -> list[ReportFigure]:
    """A count said after «riêng» (one of them, taken on its own), or after «, có» or «,
    với» in the sentence of its whole («Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành, có 25
    chỉ tiêu vượt kế hoạch»), is a part of the last larger count of its measure said before
    it, not itself a part: «Tây Ninh có 54 thí sinh
    dự thi, riêng Trường THPT chuyên Hoàng Lê Kha có 43 thí sinh tham dự», «… 202 xã … 85 xã
    đạt từ 5-9 tiêu chí …. Riêng đối với 40 xã nằm trong lộ trình …» (of the 202)."""
    result = list(found)
    for i, part in enumerate(found):
        if part.kind != "mức" or part.count is None or part.base is not None:
            continue
        since = found[i - 1].at if i else 0
        among = _AMONG_THEM.search(part.sentence[: part.at]) is not None and i > 0
        if not among and not _SET_APART.search(part.sentence, since, part.at):
            continue
        whole = next(
            (w for w in reversed(found[:i] if among else [*earlier, *found[:i]])
             if w.kind == "mức" and w.count is not None and w.count > part.count
             and w.measure and measures_alike(w.measure, part.measure)),
            None,
        )  # fmt: skip
        if whole is not None:
            result[i] = replace(part, kind="phần", base=whole.count)
    return result


def adding_up(
    found: list[ReportFigure], earlier: list[ReportFigure], in_section: list[ReportFigure]
) -> list[ReportFigure]:
    """Counts of one kind that add up, exactly, to a total said before them in the paragraph
    («… sinh hoạt ở 11 chi bộ. … có 6 chi bộ đạt trong sạch vững mạnh, 4 chi bộ hoàn thành
    tốt nhiệm vụ, 1 chi bộ hoàn thành nhiệm vụ») are its split, «trong đó» or not; so are
    those adding up to a total said before under the same heading, of a hundred or more or
    split in three or more, a fraction's count too («… 10.760/10.760 căn nhà …» over «… là
    1.477 căn; … 5.762 căn; … 2.372 căn; … 1.149 căn»)."""
    levels = [
        i for i, f in enumerate(found)
        if f.kind == "mức" and f.count is not None and f.base is None and f.measure
    ]  # fmt: skip
    result = list(found)
    for i in levels:
        same = [j for j in levels if measures_alike(found[j].measure, found[i].measure)]
        if len(same) < 2 or same[0] != i:
            continue
        # all of them, or the first of each ';' clause («cấp tỉnh tiếp nhận 23.233 hồ sơ, với
        # 6.596 hồ sơ trực tuyến …; cấp huyện tiếp nhận 6.776 hồ sơ, với 2.521 …; …»)
        clauses = {found[j].sentence[: found[j].at].count(";"): j for j in reversed(same)}
        for split in (same, sorted(clauses.values())):
            total = sum(((found[j].count or Decimal(0)) for j in split), Decimal(0))
            whole = _whole_adding_to(found[i], total, len(split), earlier, in_section)
            if whole is not None and len(split) >= 2:
                for j in split:
                    result[j] = replace(found[j], kind="phần", base=total, group=whole.indicator)
                break
    return _unnamed_adding_up(result, earlier)


def _whole_adding_to(
    part: ReportFigure,
    total: Decimal,
    parts: int,
    earlier: list[ReportFigure],
    in_section: list[ReportFigure],
) -> ReportFigure | None:
    """The count `parts` counts like `part` add up to: said before in the paragraph, or under
    the heading when it is a hundred or more or split three ways or more."""
    return next(
        (w for w in reversed(earlier)
         if w.kind == "mức" and w.count == total and w.base is None
         and measures_alike(w.measure, part.measure)),
        None,
    ) or next(
        (w for w in reversed(in_section)
         if w.kind in ("mức", "phần") and w.count == total
         and (total >= 100 or (parts >= 3 and total >= 20))
         and (w.base is None or w.base >= total)
         and measures_alike(w.measure, part.measure)),
        None,
    )  # fmt: skip


def _unnamed_adding_up(
    found: list[ReportFigure], earlier: list[ReportFigure]
) -> list[ReportFigure]:
    """Counts that say not what they count, adding up exactly to a count of a hundred or
    more said before them in the paragraph, are its split and count what it counts: «…
    10.661/3.318 lượt bệnh nhân … Trong đó, … tăng huyết áp: 4.290, … tiểu đường: 4.149, …
    các bệnh khác: 2.222»."""
    unnamed = [
        i for i, f in enumerate(found)
        if f.kind == "mức" and f.count is not None and f.base is None and not f.measure
    ]  # fmt: skip
    total = sum((found[i].count or Decimal(0) for i in unnamed), Decimal(0))
    whole = next(
        (w for w in reversed(earlier)
         if w.kind == "mức" and w.count == total and total >= 100 and w.measure),
        None,
    ) if len(unnamed) >= 2 else None  # fmt: skip
    if whole is None:
        return found
    result = list(found)
    for i in unnamed:
        result[i] = replace(found[i], kind="phần", base=total, measure=whole.measure,
                            group=whole.indicator)  # fmt: skip
    return result


def listed_to_a_whole(found: list[ReportFigure], before: list[ReportFigure]) -> list[ReportFigure]:
    """A sentence opening «Trong đó» whose counts add up exactly to a count said before under
    the heading, those already its parts included, are its split, whatever each counts: «… 31
    học sinh … Trong đó, có 01 giải Nhất, 04 giải Nhì, 11 giải Ba và 15 giải Khuyến khích»;
    «… thụ lý 9.660 vụ, việc …. Bao gồm 7.088 vụ, việc các loại; 735 hồ sơ …; 1.837 hồ sơ …»."""
    for whole in reversed(before):
        if whole.count is None or whole.kind not in ("mức", "phần", "đạt kế hoạch"):
            continue
        listed = [
            i for i, f in enumerate(found)
            if f.count is not None and ((f.kind == "mức" and f.base is None)
                                        or (f.kind == "phần" and f.base == whole.count))
        ]  # fmt: skip
        total = sum((found[i].count or Decimal(0) for i in listed), Decimal(0))
        if len(listed) >= 2 and total == whole.count:
            result = list(found)
            for i in listed:  # a count that says not what it counts counts what its whole does
                measure = found[i].measure or whole.measure
                result[i] = replace(found[i], kind="phần", base=total, measure=measure,
                                    group=whole.indicator)  # fmt: skip
            return result
    return found


def splits_running_on(prose: list[tuple[int, ReportFigure]]) -> list[tuple[int, ReportFigure]]:
    """A split opened by «trong đó» that runs on past its sentence: the counts of its measure
    said after its last part in the paragraph, two or more, that make its parts add up to
    their whole exactly, are its parts too. «… phát hiện 318 vụ …. Trong đó, xảy ra 180 vụ
    phạm tội về trật tự xã hội …. Phát hiện 07 vụ … kinh tế …; phát hiện 10 vụ … tham nhũng
    …. Phát hiện 120 vụ … ma túy …; 01 vụ … hủy hoại rừng» (180 + 7 + 10 + 120 + 1 = 318)."""
    result = list(prose)
    for at, (paragraph, last) in enumerate(prose):
        if last.kind != "phần" or last.count is None or not last.base or last.base < 20:
            continue
        whole, measure = last.base, last.measure

        def listed(f: ReportFigure, whole: Decimal = whole, measure: str | None = measure) -> bool:
            return f.kind == "phần" and f.base == whole and measures_alike(f.measure, measure)

        later = [j for j in range(at + 1, len(prose)) if prose[j][0] == paragraph]
        if any(listed(prose[j][1]) for j in later):
            continue  # not its last part
        total = sum(
            (f.count or Decimal(0) for p, f in prose[: at + 1] if p == paragraph and listed(f)),
            Decimal(0),
        )
        run: list[int] = []
        for j in later:
            f = prose[j][1]
            if (
                f.kind == "mức" and f.count is not None and f.base is None and total < whole
                and measures_alike(f.measure, measure)
            ):  # fmt: skip
                total += f.count
                run.append(j)
        if total == whole and len(run) >= 2:
            for j in run:
                p, f = prose[j]
                result[j] = (p, replace(f, kind="phần", base=whole, group=last.group))
    return result


def leads_adding_up(figures: list[ReportFigure]) -> list[ReportFigure]:
    """The counts sentences open with that add up, exactly, to a count one sentence opens
    with just before or just after them are its parts: «Tổng số hồ sơ … là 1.150.343 hồ sơ
    …» then «Số hồ sơ đã giải quyết là 1.139.324 hồ sơ …», «Số hồ sơ đang được giải quyết
    là: 11.019 hồ sơ …»; «… giai đoạn 2 … 1.290 hộ», «… giai đoạn 1 … 3.336 hộ», «tổng cả
    hai giai đoạn … 4.626 hộ». Small sums are left alone: 5 = 3 + 2 says nothing."""
    leads = [  # the sentences' first figures that are counts, in the order written
        i for i, f in enumerate(figures)
        if (i == 0 or figures[i - 1].sentence != f.sentence)
        and f.count is not None and f.kind == "mức" and f.base is None
    ]  # fmt: skip
    result = list(figures)
    for n, at in enumerate(leads):
        whole = figures[at]
        assert whole.count is not None
        for run in (leads[n + 1 : n + 7], leads[max(0, n - 6) : n][::-1]):
            taken = _adding_to(whole, [figures[i] for i in run])
            if taken:
                for i in run[:taken]:
                    own = figures[i].measure or whole.measure  # «- Phòng khám …: 86»
                    result[i] = replace(figures[i], kind="phần", base=whole.count, measure=own,
                                        group=whole.indicator)  # fmt: skip
                break
    return result


def splits_after(found: list[ReportFigure]) -> list[ReportFigure]:
    """The counts of one sentence right after a count that add up to it exactly are its
    parts, each with its own verb: «phát hiện 3.481 trường hợp vi phạm …, qua đó lập biên bản
    xử lý 2.353 trường hợp, nhắc nhở 759 trường hợp, phạt tại chỗ 369 trường hợp»."""
    result = list(found)
    for at, whole in enumerate(found):
        if whole.kind != "mức" or whole.count is None or whole.base is not None:
            continue
        # of its measure, past the others' («14 vụ với 14 đối tượng, …, khởi tố 9 vụ, 9 bị can,
        # xử phạt 4 vụ, 4 đối tượng …, điều tra 1 vụ»): three of them adding up, however few
        run = [
            i for i in range(at + 1, len(found))
            if found[i].kind == "mức" and found[i].base is None
            and measures_alike(found[i].measure, whole.measure)
        ]  # fmt: skip
        if taken := _adding_to(whole, [found[i] for i in run], few=True):
            for index in run[:taken]:
                result[index] = replace(found[index], kind="phần", base=whole.count,
                                        group=whole.indicator)  # fmt: skip
            break
    return result


def _adding_to(whole: ReportFigure, run: list[ReportFigure], *, few: bool = False) -> int:
    """How many of the counts in `run`, from its first, add up to the whole exactly: 0 when
    none do, or they change measure or overshoot first; three of a whole under 20 if `few`."""
    total = Decimal(0)
    for taken, figure in enumerate(run, start=1):
        count = figure.count
        if count is None or (figure.measure and not measures_alike(figure.measure, whole.measure)):
            return 0  # a count that says not what it counts may count what the whole does
        total += count
        if total == whole.count:
            big = (whole.count or 0) >= 100 or (taken >= 3 and ((whole.count or 0) >= 20 or few))
            return taken if taken >= 2 and big else 0
        if total > (whole.count or 0):
            return 0
    return 0


def listed_after(text: str, every: list[NumberMention], whole: int) -> list[int]:
    """The counts listed right after a count, of other things, that add up to it exactly:
    where it stands («thành lập được 311 tổ chức Đảng tại 178 doanh nghiệp, 81 HTX, 52 đơn vị
    sự nghiệp»). Three items at least, or two of a whole of 20 or more, so that a sum by
    chance («3 xã, 1 thị trấn, 2 phường») is none."""
    listed: list[int] = []
    for i in range(whole + 1, len(every)):
        between = text[every[listed[-1] if listed else whole].end : every[i].start]
        if every[i].kind != "count" or every[i].role != "level" or re.search(r"[;.:()]", between):
            break
        if listed and not re.fullmatch(r"[^\d]{0,40}?(?:,|\svà)\s*", between):
            break
        if not listed and ("," in between or len(between.split()) > 6):
            break  # the first item goes on from the whole: «311 tổ chức Đảng tại 178 …»
        listed.append(i)
    total = sum(every[i].value or 0 for i in listed)
    value = every[whole].value or 0
    enough = len(listed) >= 3 or (len(listed) == 2 and value >= 20)
    return listed if enough and total == value and not _is_amount(every[whole]) else []


def _is_amount(mention: NumberMention) -> bool:
    return (mention.measure or "").lower() in {m.lower() for m in AMOUNT_MEASURES}


__all__ = [
    "bases_their_rates_name",
    "listed_after",
    "rates_of_their_wholes",
    "set_apart",
    "splits_after",
    "splits_running_on",
    "with_wholes",
]
