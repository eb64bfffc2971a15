"""Every number a sentence of a written report holds, and what kind it is: the first step of
reading the reports units send (issue 20). Prose mixes figures («9.728/9.897 đảng viên», «05
đảng viên», «đạt 98,3%», «gần 2.100 lượt», «4,5 tỷ đồng») with numbers that must never become
one: dates, document numbers («83-KH/TU»), articles («Điều 12»), years and terms, durations
(«03 năm»), ordinals, ages and ratings («lần thứ 2», «40 năm tuổi Đảng», «3 sao»), versions
(«4.0»), phones, addresses and roads («Tổ dân phố 5», «quốc lộ 30»), targets («phấn đấu trên
95%»), heading numbers and copy counts («(03 bản)»). `numbers_in` finds each number once, in
order, with its kind, its value (a dot groups thousands, a comma marks decimals, a leading
zero is style) and whether it is approximate («gần»). Pure functions: no file is opened here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

from .report_amounts import amounts_in_words
from .report_gaps import (
    EXCEEDED,
    LAST_YEAR,
    compared_later,
    days_counted,
    exceeded,
    of_plan,
    target_gap,
)
from .report_mentions import COUNTED, FIGURE_KINDS, MentionKind, NumberMention
from .report_not_figures import GLUED, NUMBER, not_figures
from .report_number_kinds import (
    AIMED_FRACTION,
    RANK_BEFORE,
    WHOLE_THINGS,
    not_a_change,
    number_value,
    per_population,
    plain_kind,
)
from .report_parts import with_wholes
from .report_roles import settle_roles
from .report_times import contributed, times_over
from .report_windows import (
    approximate,
    by_how_much,
    changed_in_bracket,
    clause_of,
    counted_words,
    ends_with_any,
    head_of,
    measure_after,
    plan_named_before,
    starts_with_any,
    strove,
    targeted,
    words_after,
    words_before,
)
from .report_word_counts import word_counts
from .report_words import (
    CAPITAL,
    CHANGE_WORDS,
    COMPARED_CHANGE,
    DIFFERENCE,
    LISTING_WORDS,
    OVER_THE_ALARM,
    REACHED_AND,
)

_PERCENT = re.compile(rf"(?P<a>{NUMBER})\s*%(?![o0](?!\w))")  # «17,15%o», «8,8%0» are per mille
_FRACTION = re.compile(  # its base's unit maybe glued: «lúa 40/38ha»
    rf"(?P<a>{NUMBER})\s*/\s*(?P<b>{NUMBER})(?:(?=(?i:{GLUED})(?!\w))|(?![\w/]))"
)
_PLAIN = re.compile(  # after a word's slash a count of its own: «866 lượt/964 lượt người»
    rf"(?<![\w.,/])(?<![^\W\d]-)(?P<a>{NUMBER})"
    rf"(?:(?=(?i:{GLUED})(?!\w))|(?![\w]|[.,]\d))"
    rf"|(?<=[^\W\d]/)(?P<after_slash>{NUMBER})(?=\s+(?i:{GLUED})(?!\w))"
)
# A second rank after a first: «xếp thứ 6/11 tỉnh … vùng đồng bằng sông Hồng và 14/63 cả nước».
_RANK_AGAIN = re.compile(r"(?i)(?<!\w)(?:xếp|đứng)(?:\s+thứ)?\s+\d+/\d+[^;.]*?(?:,|\svà)\s*$")
# A count then «+»: the next is added to it, no rise: «624 vụ việc + 89 vụ việc …».
_ADDED = re.compile(r"\d\s*[^\W\d]+(?:\s+[^\W\d]+){0,3}\s*\+\s*$")
_RANGE_PERCENT = re.compile(rf"(?P<a>{NUMBER})\s*[–-]\s*(?P<b>{NUMBER})\s*%")
_SPLIT_FRACTION = re.compile(  # a fraction with its measure on both sides: «44 xã /104 xã»
    rf"(?<![\w.,/])(?P<a>{NUMBER})\s*(?P<m>(?i:{GLUED}))(?:\s+[^\W\d]+){{0,3}}?\s*/\s*"
    rf"(?P<b>{NUMBER})"  # and what it counts between: «1.370 hộ nghèo/79.836 hộ»
    rf"(?=\s*(?P=m)(?:\s+đồng)?(?:\s*(?:[,.;:)]|$)|\s+(?:đạt|được|có|là|chiếm|tương|bằng|trên|đã"
    r"|sử dụng|tham gia|thoát|hoàn thành|thực hiện|nhận|hưởng)(?!\w)))"  # «hộ sử dụng nước sạch»
)  # «866 lượt/964 lượt người» counts two things; «136,4 tỷ/136,3 tỷ đồng» one
# A fraction of an amount, its unit on both sides, what it measures after: «36.323 ha/45.765 ha
# rừng», «65,3 tấn/80 tấn thóc».
_SPLIT_AMOUNT = re.compile(
    rf"(?<![\w.,/])(?P<a>{NUMBER})\s*(?P<m>(?i:ha|tấn|tạ|kg|km|m²|m2|m³|m3))\s*/\s*(?P<b>{NUMBER})"
    r"(?=\s*(?P=m)(?!\w))"
)
# A fraction in words: «có 662 trong tổng số 686 tổ chức cơ sở đảng», «12 trên tổng số 15 xã»,
# «cho 51.574 trên 58.202 hồ sơ», «1 trong 3 người mất tích» (a bare «trên» or «trong» between
# two numbers, what they count after).
_WORDED_FRACTION = re.compile(  # «65,74 (trên tổng số 100)»: its bracket
    rf"(?<![\w.,/])(?P<a>{NUMBER})(?:\s+(?P<m>(?i:{GLUED})))?(?:\s*\(\s*(?=(?i:trên|trong)\s+tổng"
    rf"\s+số\s+(?:{NUMBER})\s*\))|\s+)(?:(?:trong|trên)\s+(?:tổng\s+)?"
    rf"số|(?:trên|trong)(?=\s+(?:{NUMBER})\s+(?i:{GLUED})(?!\w)))"
    rf"\s+(?P<b>{NUMBER})(?(m)(?=\s+(?P=m)(?!\w))|(?![\w/%]|[.,]\d))"
)  # and its measure said twice: «thu hồi 30 tỉ đồng trong tổng số 649 tỉ đồng»
# and what it counts said twice, in words of its own: «622 vụ, việc trong tổng số 698 vụ, việc
# các loại án», «52.000 cơ sở vi phạm trên tổng số 210.000 cơ sở được thanh tra», «12 ca tử
# vong trên 315 ca mắc».
_WORDED_FRACTION_SAID_TWICE = re.compile(
    rf"(?<![\w.,/])(?P<a>{NUMBER})\s+(?P<m>[^\W\d]+(?:\s+[^\W\d]+)?)(?:,?\s+[^\W\d]+){{0,3}}?"
    rf"\s+(?i:trong|trên)\s+(?:tổng\s+số\s+|(?<!và trên )(?<!và trong ))(?P<b>{NUMBER})"
    r"\s+(?P=m)(?!\w)"
)  # not «30 đại biểu đương nhiệm và trên 200 đại biểu», the next count, more than 200
# A ratio per hundred, what it counts on both sides: «113,5 trẻ nam/100 trẻ nữ», «112 bé
# trai/100 bé gái».
_PER_HUNDRED = re.compile(  # or thousand: «13,9 trẻ tử vong/1.000 trẻ sinh sống»
    rf"(?<![\w.,/])(?P<a>{NUMBER})\s+(?P<m>[^\W\d]+(?:\s+[^\W\d]+){{0,2}})\s*/\s*"
    r"(?P<b>100|1\.000|10\.000|100\.000)(?=\s+[^\W\d]+)"
)
_YEAR = re.compile(r"(?<![\w.,/])(?:19|20)\d{2}(?![\w.,/]\d|\w)")
_VERSION = re.compile(r"(?<![\w.,])\d{1,2}\.\d{1,2}(?![\w.,]\d|\d)")  # «chuyển đổi số 4.0»
_HEADING = re.compile(
    r"^\s*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ])[.)/]\s|^\s*\d+(?:\.\d+)*\.(?=" + CAPITAL + ")"
    r"|^\s*\d{1,3}(?=\s*\((?i:tiếp theo|tiếp)\))"  # a yearbook's table, continued: «13 (Tiếp theo)»
    # a part or an item named by its number: «Bài 1: Cả hệ thống …», «Chỉ số 2 - Tỷ lệ hộ …»
    r"|^\s*" + CAPITAL + r"\w*(?:\s+\w+)?\s+\d{1,2}\s*[-–:](?=\s+[“\"«]?" + CAPITAL + ")"
)  # «2. Cơ cấu», «2.Cơ cấu dân tộc:»
_SCALE = re.compile(r"1/(?:1|2|2,5|5)(?:0{2,5}|\.000|\.0{3}\.000)")
# A level a change started from: «giảm từ 10,85% xuống còn 1,31%», and where it went.
_FROM_TO = re.compile(r"(?i)(?<!\w)(?:tăng|giảm|hạ|nâng)\s+(?:\S+\s+){0,2}?từ\s*$")
_FROM_TO_AFTER = re.compile(r"(?i)\s*(?:xuống|lên|còn)(?!\w)")


def numbers_in(sentence: str) -> list[NumberMention]:
    """Every number of `sentence`, in the order written, each once, with its kind."""
    text = strove(unicodedata.normalize("NFC", sentence))  # «đã phấn đấu»: no target
    taken: list[NumberMention] = []

    def free(start: int, end: int) -> bool:
        return all(end <= m.start or start >= m.end for m in taken)

    def take(match: re.Match[str], kind: MentionKind, **values: object) -> None:
        if free(match.start(), match.end()):
            taken.append(
                NumberMention(match.group(0), match.start(), match.end(), kind, **values)  # type: ignore[arg-type]
            )

    heading = _HEADING.match(text)
    if heading is not None:
        taken.append(NumberMention(heading.group(0).strip(), 0, heading.end(), "heading"))
    for match, measure in per_population(text):  # «12/1.000 trẻ đẻ sống»: a density, no date
        if free(match.start(), match.end()):  # the number alone, what it counts after it
            aim: MentionKind = "threshold" if targeted(text, match) else "count"  # «Mục tiêu …»
            density = NumberMention(match["a"], match.start(), match.end("a"), aim)
            taken.append(replace(density, value=number_value(match["a"]), measure=measure))
            taken.append(NumberMention(match["per"], match.start("per"), match.end("per"), "name"))
    for match, no_figure in not_figures(text):  # documents, names, dates, ages …: no rows
        take(match, no_figure)
    for match, worded_kind, values in amounts_in_words(text):  # «141 tỷ 700 triệu đồng»
        take(match, worded_kind, **values)
    for match, fraction_kind, values in _fractions(text):
        take(match, fraction_kind, **values)
    for match in _RANGE_PERCENT.finditer(text):  # «tăng bình quân 20–30%/năm»: a range aimed at
        take(match, "threshold")
    for match in _PERCENT.finditer(text):
        kind: MentionKind = "threshold" if targeted(text, match) else "percent"
        if _FROM_TO.search(head_of(text, match.start())) and _FROM_TO_AFTER.match(
            text[match.end() :]
        ):
            kind = "threshold"  # «giảm từ 10,85% xuống còn 1,31%»: where it started
        if re.search(r"(?i)(?<!\w)đạt và vượt\s*$|%\s*/\s*$", head_of(text, match.start())):
            kind = "threshold"  # «các chỉ tiêu cơ bản đạt và vượt 50% so với KH»: a bound;
            # «tỷ lệ xã đạt chuẩn 83,2%/50%»: the rate reached over its target
        take(
            match, kind, value=number_value(match.group("a")), approximate=approximate(text, match)
        )
    for match in _YEAR.finditer(text):  # a count of thousands is grouped: «2.023»
        if not _counts_something(text, match):  # «1946 hộ gia đình» is a count
            take(match, "year")
    for match in _VERSION.finditer(text):  # but «trên 1.2 tỷ đồng» is a decimal, typed so
        if (typed := _PLAIN.match(text, match.start())) is None or typed.end() != match.end():
            take(match, "version")
    for match in _PLAIN.finditer(text):
        written = match.group("a") or match.group("after_slash")
        take(match, plain_kind(text, match), value=number_value(written),
             approximate=approximate(text, match))  # fmt: skip
    for match, value in word_counts(text):
        take(match, "count", value=value)
    found = sorted(
        (times_over(text, _whole_things(contributed(text, _with_role(text, m)))) for m in taken),
        key=lambda m: m.start,
    )
    return with_wholes(text, settle_roles(text, found))


_BILLIONS_OF = re.compile(r"\s*(?:tỷ|tỉ)\s+(kWh|KWh|kwh|USD|m3|m³|lít|tấn|Mbps)(?!\w)")


def _fractions(text: str) -> Iterator[tuple[re.Match[str], MentionKind, dict[str, object]]]:
    """Each «a/b» of the sentence and its kind: a rank («xếp 9/63»), a fraction, «44 xã /104
    xã», or the standard a count met («6 xã đạt 19/19 tiêu chí»)."""
    for match in (*_FRACTION.finditer(text), *_WORDED_FRACTION.finditer(text)):
        head = head_of(text, match.start())
        if RANK_BEFORE.search(head) or _RANK_AGAIN.search(head):  # «xếp thứ 3 trong 63 tỉnh»
            yield match, "ordinal", {}
    fractions = (_PER_HUNDRED, _SPLIT_FRACTION, _SPLIT_AMOUNT, _WORDED_FRACTION,
                 _WORDED_FRACTION_SAID_TWICE, _FRACTION)  # fmt: skip
    for match in _FRACTION.finditer(text):  # «quy hoạch chi tiết tỷ lệ 1/500»: a map's scale
        if re.search(r"(?i)tỷ lệ\s*$", head_of(text, match.start())) and _SCALE.fullmatch(
            f"{match['a']}/{match['b']}"
        ):
            yield match, "name", {}
    for match in (found for pattern in fractions for found in pattern.finditer(text)):
        if re.search(r"(?i)(?:(?<!\w)là|\()\s*$", head_of(text, match.start())) and re.match(
            r"0?[1-3]\s+trong\s", match[0]
        ):  # «là 1 trong 28 tập thể», «(01 trong 07 xã …)»: one among them; not «là 660 trong …»
            continue
        listed = starts_with_any(words_after(text, match.end(), 3), LISTING_WORDS) and bool(
            re.search(
                r"\d+\s+\w+(?:\s+\w+)?\s+(?:đã\s+)?(?:đạt|hoàn thành)\s*$",
                head_of(text, match.start()),
            )
        )  # «6 xã đạt 19/19 tiêu chí»: how many meet the standard, not what one met
        values = {"value": number_value(match.group("a")), "base": number_value(match.group("b")),
                  "approximate": approximate(text, match)}  # fmt: skip
        if match.re in (_PER_HUNDRED, _WORDED_FRACTION_SAID_TWICE):  # «125 nữ/100 nam»: what
            values["measure"] = match["m"]  # the count counts is before «/» or «trên tổng số»
        if AIMED_FRACTION.search(clause_of(text, match.start())):
            yield match, "threshold", values  # «xã phấn đấu hoàn thành 19/19 tiêu chí»
            continue
        yield match, "listing" if listed else "fraction", values


def _whole_things(mention: NumberMention) -> NumberMention:
    """«trên 21,700 người»: a comma before three digits in a count of whole people or things
    groups thousands, the English way; 21,7 people cannot be. «18,259 triệu người» can, and so
    can a score, «tăng 0,292 điểm»."""
    if (
        mention.kind == "count"
        and mention.measure
        and mention.measure.lower() in WHOLE_THINGS
        and mention.measure.lower() != "điểm"  # a score: «đạt 87,602 điểm», «tăng 1,125 điểm»
        and re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", mention.text.strip())  # not «0,292»
        and mention.value == number_value(mention.text.strip())  # not scaled by «triệu»
    ):
        return replace(mention, value=Decimal(mention.text.strip().replace(",", "")))
    return mention


def _with_role(text: str, mention: NumberMention) -> NumberMention:
    """A figure's unit of measure and role, from the words around it."""
    if not mention.is_figure:
        return mention
    measured = mention.kind in COUNTED  # a density's unit is its own: «giường bệnh/1 vạn dân»
    said = mention.measure or measure_after(text, mention.end) or days_counted(text, mention.end)
    if said in ("tỷ", "tỉ") and (unit := _BILLIONS_OF.match(text, mention.end)):
        said = f"{said} {unit[1]}"  # «67,85 tỷ kWh», «4,5 tỷ USD»: billions of a unit
    measure = said if measured else None
    scaled = _MULTIPLIER.match(text, mention.end)
    if measure is None and measured and not scaled:
        mention = replace(mention, counted=counted_words(text, mention.end))  # «1.941 dịch vụ»
    if mention.kind == "count" and measure is None and scaled:
        # «9,5 triệu lít»: an amount, as written, unit «triệu lít» (as «tỷ đồng»); «trên 14
        # nghìn hội viên» counts 14.000 of them, as the workbook reader reads «3,4 ngàn»
        known = measure_after(text, scaled.end())
        counted = known or re.sub(r"^[^\w/].*", "", words_after(text, scaled.end(), 1))  # «(đạt»
        joined = "" if counted and counted.startswith("/") else " "  # «triệu/người/năm»
        measure = f"{scaled[1]}{joined}{counted}".strip(" ,.;") if counted else scaled[1]
        things = known.lower() in WHOLE_THINGS if known else counted_words(text, scaled.end())
        if things and mention.value is not None:  # «hơn 11,6 triệu món»: no unit, things
            times = Decimal(_TIMES[scaled[1].lower()])
            whole = (mention.value * times).quantize(Decimal(1)) if mention.value else None
            exact = whole is not None and whole == mention.value * times
            value = whole if exact else mention.value * times
            return _with_role(text, replace(mention, end=scaled.end(), value=value))
    before = _change_words_before(text, mention)
    after = words_after(text, mention.end, 9)
    for words, sign in CHANGE_WORDS:  # right before the number: «tăng 1,94%», «giảm 02 vụ»
        if mention.kind != "fraction" and ends_with_any(before, (words,)):
            if words == "tăng trưởng" and (mention.kind != "percent" or "tốc độ" in head_of(
                text, mention.start)[-40:].lower()):  # fmt: skip
                break  # «Tốc độ tăng trưởng 11,01%»: a rate named, «tăng trưởng 11,84%» a growth
            return replace(mention, measure=measure, role="change", sign=sign)
    if mention.kind == "percent" and _CUT_BY.search(head_of(text, mention.start)):
        return replace(mention, measure=measure, role="change", sign=-1)  # «cắt giảm … 3,0%»
    if signed := _signed(text, mention):
        return replace(mention, measure=measure, role="change", sign=signed)
    if (gap := target_gap(text, replace(mention, measure=measure), after)) is not None:
        return gap
    # «giảm tới 49,54% so với tháng 01/2021», «thêm 03 tiêu chí so với năm 2017»: a change
    near = words_before(text, mention.start, 3)  # word close before, a comparison after
    if (
        mention.kind != "fraction"
        and not of_plan(after)
        and not ends_with_any(near, ("bằng", "đạt"))  # «tiếp tục tăng, bằng 140% so với cùng kỳ»
        and (changed := _CHANGED.search(near))
        and re.match(  # «thấp hơn 1,18 điểm so với điểm trung vị»: its measure between
            r"^(?:[^\W\d]+ ){0,3}?so(?: với)? "
            if changed[1] == "thêm"
            else rf"^(?:{re.escape((measure or '').lower())} )?so ",
            after.lower(),
        )
    ):
        sign = -1 if changed[1] in ("giảm", "thấp hơn", "ít hơn") else 1
        return replace(mention, measure=measure, role="change", sign=sign)
    if EXCEEDED.search(head_of(text, mention.start)) and not ends_with_any(before, ("vượt",)):
        near = "vượt chỉ tiêu"  # «vượt chỉ tiêu Tổng cục giao 13%»: who set it, between
    if (over := exceeded(replace(mention, measure=measure), before, near, after)) is not None:
        return over
    if sign := _compared_before(text, mention):  # «tăng so với cùng kỳ 01 đơn»
        return replace(mention, measure=measure, role="change", sign=sign)
    if mention.kind == "percent" and (
        of_plan(after)
        or plan_named_before(text, mention.start, before, after, bool(LAST_YEAR.match(after)))
    ):  # a disbursement rate is the share of the capital planned, unless of last year's
        return replace(mention, role="of_plan")
    if mention.kind == "percent" and _to_an_earlier_time(text, mention, before, after):
        return replace(mention, role="of_last_year")
    return replace(mention, measure=measure)


def _to_an_earlier_time(text: str, mention: NumberMention, before: str, after: str) -> bool:
    """Whether a percentage reached is a ratio to an earlier time: «đạt 69,3% so với cùng
    kỳ», «bằng 90% số hồ sơ … của cả năm 2021», «…, bằng 98,01%; …, bằng 96,01% so cùng kỳ»
    (named later); «còn 2,5% so với …» is a level."""
    compared = (
        LAST_YEAR.match(after)
        or _OF_AN_EARLIER_YEAR.match(after)
        or (ends_with_any(before, ("bằng",)) and compared_later(text, mention.end))
    )
    return bool(compared) and (
        ends_with_any(before, ("đạt", "bằng", "ước đạt", "đạt khoảng", "bằng khoảng"))
        or REACHED_AND.search(head_of(text, mention.start)) is not None
    )


def _signed(text: str, mention: NumberMention) -> int:
    """The sign written before a change: «giảm 400 vụ (-18,74%)»; a count's change beside its
    rate's: «tăng 1,59% (+5.173 tấn)»; 0 for none, nor a sum: «624 vụ việc + 89 vụ việc»."""
    head = head_of(text, mention.start)
    signed = re.search(r"(?:^|[\s(])([-−+])\s*$", head)
    if signed is None or (signed[1] == "+" and _ADDED.search(head)):
        return 0
    if mention.kind == "percent" or signed[1] == "+" or signed[0].lstrip().startswith("("):
        return -1 if signed[1] in "-−" else 1
    return 0


def _compared_before(text: str, mention: NumberMention) -> int:
    """A change's direction when its words, then what it is compared with, come before it:
    «tăng so với cùng kỳ 01 đơn», «tăng khá so với cùng kỳ (12,25%)» (by how much); not a
    count in that bracket, «giảm so với cùng kỳ (36.276 ca …)», then's level. 0: none."""
    compared = COMPARED_CHANGE.search(words_before(text, mention.start, 8))
    if compared is None or (
        text[: mention.start].rstrip().endswith("(") and not changed_in_bracket(text, mention.start)
    ):
        return 0
    verb = compared[1] or compared[2]
    return -1 if verb.startswith(("giảm", "ít", "thấp")) else 1


_HOW_A_CHANGE_WENT = re.compile(
    r"(?:\s|^)(?:lần lượt|tương ứng|mạnh(?: mẽ)?|nhẹ|nhanh|cao|bình quân|ấn tượng|đáng kể"
    r"|(?:nhiều|mạnh|cao|ít|thấp) nhất"  # «giảm nhiều nhất 0,55%»
    r"|đột biến|rõ rệt|(?:về )?số (?:tuyệt|tương) đối"  # «giảm về số tuyệt đối»
    r"|xấp xỉ|ước khoảng|khoảng chừng)(?: là)?$"  # «tăng xấp xỉ 12%»
)


def _change_words_before(text: str, mention: NumberMention) -> str:
    """The two words before a number that may say it is a change, past «lần lượt» («tăng lần
    lượt 5%, 7% và 9%»), how much («tăng mạnh 30,43%», «tăng ấn tượng 91,18%») and a word
    of approximation («tăng hơn 17%», not «ít hơn 03 vụ»)."""
    words = " " + words_before(text, mention.start, 6)
    for _ in range(2):  # «giảm lần lượt gần 4% và 16%»: both, either way round
        words = _HOW_A_CHANGE_WENT.sub("", words)
        if not by_how_much(text, mention.start, mention.end):
            words = re.sub(r"\s(?:hơn|gần|khoảng|trên|dưới|tới|đến|thêm được)$", "", words)
    before = " ".join(words.split()[-2:])
    if len(before.split()) < 2 and before not in ("tăng", "giảm"):
        before = " ".join(words_before(text, mention.start, 3).split()[:-1][-2:]) or before
    if not_a_change(text, mention.start, mention.end):
        return ""  # «tổng vốn đăng ký tăng thêm 13,5 triệu USD», «điều chỉnh giảm 3 kỳ»
    if compared := _COMPARED_IS.search(text, max(0, mention.start - 80), mention.start):
        return "tăng" if compared[1].lower() in ("cao", "nhiều") else "giảm"  # «… là 30,2%»
    if alarm := OVER_THE_ALARM.search(text, max(0, mention.start - 60), mention.start):
        return "giảm" if alarm[1].lower() in ("dưới", "thấp hơn") else "tăng"  # «dưới BĐ2 0,29 m»
    if DIFFERENCE.search(text, max(0, mention.start - 60), mention.start) and not re.match(
        r"\s*lần(?!\w)", text[mention.end :]
    ):  # «chênh hơn 20,1 tỷ đồng so với giá khởi điểm»; not «chênh lệch 8 lần», a ratio
        return "tăng"
    return before


# A comparison with a past time, then by how much: «cao hơn cùng kỳ năm 2022 là 30,2%».
_COMPARED_IS = re.compile(  # or the average, the figure right after: «cao hơn trung bình cả
    r"(?i)(?<!\w)(cao|thấp|nhiều|ít) hơn (?:so với )?(?:cùng kỳ|năm trước|kỳ trước|tháng trước"
    r"|năm \d{4}|(?:mức |điểm )?(?:trung bình|bình quân)(?: chung)?(?: (?:của )?(?:cả nước"
    r"|toàn quốc|toàn tỉnh|chung|các tỉnh))?)(?:\s+năm\s+\d{4})?"  # nước 0,99 điểm», «cao hơn
    r"(?:\s+là|(?<!là)(?=\s*$)|\s+(?:không nhiều|khá nhiều|đáng kể|rất nhiều)?\s*\()\s*$"
)  # năm 2021 không nhiều (0,37 điểm)»


# Capital a project adds, an amount registered, no change: «điều chỉnh tăng vốn cho 3 lượt dự
# án, với tổng vốn đăng ký tăng thêm 13,5 triệu USD», «tổng vốn đầu tư cấp mới và tăng thêm».
_MULTIPLIER = re.compile(r"\s*(nghìn|ngàn|vạn|triệu)(?!\w)(?!\s+(?:tỷ\s+)?đồng)", re.IGNORECASE)
_TIMES = {"nghìn": 1000, "ngàn": 1000, "vạn": 10_000, "triệu": 1_000_000}  # «32 vạn hội viên»
_CHANGED = re.compile(
    r"(?<!\w)(tăng|giảm|cao hơn|thấp hơn|nhiều hơn|ít hơn|thêm|mở rộng)(?! còn| xuống| lên)(?!\w)"
)
# After a percentage «bằng»: what an earlier year had («số hồ sơ trực tuyến của cả năm 2021»).
_OF_AN_EARLIER_YEAR = re.compile(r"^(?:số\s+)?[^\d,;.%]{0,40}?\bcủa (?:cả )?năm (?:19|20)\d{2}\b")


def _counts_something(text: str, match: re.Match[str]) -> bool:
    """«1946 hộ gia đình»: four digits that count what follows them, not a year (a year is
    written after «năm», «từ», «đến», a month or a date)."""
    before = words_before(text, match.start(), 1)
    if before in ("năm", "từ", "đến", "tới", "khóa", "khoá", "tháng") or before.endswith("/"):
        return False
    return measure_after(text, match.end()) is not None and not starts_with_any(
        words_after(text, match.end(), 1), ("năm",)
    )


# What was cut, then by how much: «đã cắt giảm giá trị dự toán khoảng 3,0%»; not «cắt giảm
# thủ tục xuống còn 5%», a level.
_CUT_BY = re.compile(
    r"(?i)(?<!\w)cắt giảm(?:\s+(?!(?:còn|xuống|là|đạt|đến|tới)(?!\w))[^\W\d]+){1,6}?"
    r"(?:\s+(?:khoảng|gần|hơn|trên|được))?\s*$"
)


__all__ = ["FIGURE_KINDS", "MentionKind", "NumberMention", "numbers_in"]
