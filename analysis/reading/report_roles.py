"""A written report's sentence's figures seen side by side (issue 20): what a percentage is
once the figure before it is known. Said of what a count counts («26 xã có tỷ lệ … đạt
100%»), it is no rate; right after an amount it reached («5,2 tỷ đồng, đạt 73,3%»), the share
of a plan; over 100% with no fraction to make it, a plan's share too; listed after a change
(«tăng 18,1% … và 15,7% …») or said to be a change's share («giảm 87 hộ, chiếm tỉ lệ 9,1%»),
a change; a rate's change in points is `report_rate_changes`. Named a growth's
(«Tốc độ tăng trưởng GRDP … đạt 5,71%») or a rate's change verb first («giảm tỷ lệ hộ nghèo …
là 0,47%»), a change too. How many times (`report_times`) is apart.

Pure functions over one sentence's numbers: no file is opened here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model.measures import AMOUNT_MEASURES
from .report_lists import listed_roles, named_item
from .report_mentions import COUNTED, NumberMention, printed_share
from .report_rate_changes import ITS_COUNT_AFTER
from .report_words import CAPITAL, OPENS_COMPARED


def settle_roles(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Each percentage's role once its neighbours are known."""
    found = _amounts_of_plan(text, _conditions(text, _norms(text, listed_roles(text, found))))
    found = _changes_listed(text, _pairs_compared(text, found))
    return _listed_changes(text, _rates_changed(text, _growths(text, _over_a_whole(text, found))))


def _pairs_compared(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """The two equal levels in a bracket after «không đổi», no figures of their own:
    «số vụ tai nạn không đổi (01/01)» (this time's and the time before's; after a change,
    «giảm 05 vụ (09/14)», they are the levels now and then, read once the figures are)."""
    marked = list(found)
    for index, mention in enumerate(found):
        if mention.kind != "fraction" or mention.value is None or mention.value != mention.base:
            continue
        before = text[max(0, mention.start - 40) : mention.start]
        if re.search(r"(?i)không (?:đổi|thay đổi)\s*\(\s*$", before):
            marked[index] = replace(mention, kind="name")
    return marked


# A list what rose or fell opens, each item's per cent in a bracket after its name: «04 nhóm
# hàng tăng giá nhẹ so với tháng trước là: Nhóm may mặc, mũ nón, giầy dép (0,07%); …».
_CHANGED_LIST = re.compile(
    r"(?i)(?<!\w)(?P<verb>tăng|giảm)(?!\w)[^:;.\d]{0,60}:(?P<items>[^:.]*)\(\s*$"
)


def _changes_listed(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Each bracketed per cent of such a list, its item naming no verb of its own: a change,
    the way the list's opening says."""
    marked = list(found)
    for index, mention in enumerate(found):
        opened = _CHANGED_LIST.search(text, max(0, mention.start - 400), mention.start)
        if mention.kind != "percent" or mention.role != "level" or opened is None:
            continue
        item = re.split(r"[;:]", opened["items"])[-1]
        if not re.search(r"(?i)(?<!\w)(?:tăng|giảm|đạt|chiếm|bằng)(?!\w)|\d", item):
            sign = -1 if opened["verb"].lower() == "giảm" else 1
            marked[index] = replace(mention, role="change", sign=sign)
    return marked


# A rate's change said verb first: «giảm tỷ lệ hộ nghèo năm 2022 là 0,47%», «giảm tỷ lệ nghèo
# đa chiều 15,94%»; not «giảm tỷ lệ hộ nghèo xuống còn 2,1%», where it ended.
_RATE_CHANGED = re.compile(  # or what it did to another: «(tác động làm giảm CPI chung 0,25%)»
    r"(?i)(?<!\w)(?:(?P<verb>giảm|tăng)\s+(?:được\s+)?t[ỷỉ] lệ(?!\w)|(?:làm|góp phần)\s+"
    r"(?P<made>giảm|tăng)(?!\w))(?P<rest>[^;:()%\d]{0,80}(?:năm\s+\d{4}[^;:()%\d]{0,20})?)$"
)


def _rates_changed(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A per cent a clause opens with a rate's change for, no figure between: that change."""
    marked = list(found)
    for index, mention in enumerate(found):
        if mention.kind != "percent" or mention.role != "level":
            continue
        start = max((m.end for m in found[:index] if m.is_figure), default=0)
        changed = _RATE_CHANGED.search(text, start, mention.start)
        if changed and not re.search(r"(?i)(?<!\w)(?:xuống|còn|lên|ở mức)(?!\w)", changed["rest"]):
            sign = -1 if (changed["verb"] or changed["made"]).lower() == "giảm" else 1
            marked[index] = replace(mention, role="change", sign=sign)
    return marked


# A growth named before its per cent: «Tốc độ tăng trưởng GRDP … ước đạt 5,71%», «tăng
# trưởng tín dụng đạt 10%», «Giá trị sản xuất tăng bình quân hàng năm 19,3%».
_GROWTH_NAMED = re.compile(
    r"(?i)(?<!\w)(?:tốc độ tăng(?:\s+trưởng)?|tăng trưởng|tăng bình quân|mức tăng(?:\s+trưởng)?)"
    r"(?!\w)(?P<rest>(?:[^;:()%]|\([^()%]*\)){0,120})$"  # «tổng sản phẩm (GRDP)»
)


def _amount_grown(text: str, start: int, mention: NumberMention) -> bool:
    """An amount its clause says grew by («Tăng trưởng dư nợ ủy thác … trên 34 tỷ đồng»): a
    change in its unit; not what it grew to («… tăng trưởng, đạt 1.043 tỷ đồng»)."""
    if mention.kind != "count" or (mention.measure or "").lower() not in _AMOUNT_UNITS:
        return False
    grown = re.search(r"(?i)(?<!\w)(?<!tốc độ )tăng trưởng(?!\w)(?P<rest>[^;:()\d]{0,80})$",
                      text[start : mention.start])  # fmt: skip
    return grown is not None and not re.search(
        r"(?i)(?<!\w)(?:đạt|là|ở mức|có|còn|lên|tổng|với)(?!\w)|,", grown["rest"]
    )


# After the growth's words: another rate or a target named, not the growth's per cent.
_NOT_THE_GROWTH = re.compile(
    r"(?i)(?<!\w)(?:t[ỷỉ] lệ|t[ỷỉ] trọng|chiếm|kế hoạch|chỉ tiêu|mục tiêu|nghị quyết|phấn đấu"
    r"|dự kiến|so với kế hoạch|dân số|đóng góp)(?!\w)"  # «tốc độ tăng dân số tự nhiên»: a rate
)
# Another period's growth, said right after one: «; năm 2022 đạt gần 10,2%».
_GROWTH_AGAIN = re.compile(
    r"(?i)\s*[;,]\s*(?:và\s+)?(?:năm|quý|tháng|\d+\s+tháng(?:\s+đầu)?\s+năm)\s+[\dIV/]+\s+"
    r"(?:ước\s+)?(?:đạt|là)?(?:\s+(?:gần|khoảng|trên|hơn|xấp xỉ))?\s*"
)
# The periods a growth's words may name before its figure: «bình quân 5 năm», «quý I/2024».
_PERIOD_DIGITS = re.compile(
    r"(?i)\d+\s+(?:năm|tháng|quý)|(?:năm|quý\s+[IVX]+\s*/|tháng)\s*\d{1,4}|\d{1,2}/\d{4}"
)


def _growths(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A per cent its clause names a growth of (no other figure, rate or target between) is
    that growth: a change in per cent, not a rate of its own."""
    marked = list(found)
    for index, mention in enumerate(found):
        start = max((m.end for m in found[:index] if m.is_figure), default=0)
        if _amount_grown(text, start, mention):  # «Quỹ … tăng trưởng gần 30,2 tỷ đồng»
            marked[index] = replace(mention, role="change", sign=1)
        if mention.kind != "percent" or mention.role not in ("level", "of_last_year"):
            continue
        if mention.role == "of_last_year" and not _paced(text, start, mention):
            continue
        before = [m for m in marked[:index] if m.is_figure]
        if (
            before
            and (before[-1].kind, before[-1].role) == ("percent", "change")
            and (_GROWTH_AGAIN.fullmatch(re.sub(r"\([^()]*\)", " ", text[start : mention.start])))
        ):  # «tốc độ tăng trưởng GRDP … đạt 6,01% (…); năm 2022 đạt gần 10,2%»: the same
            marked[index] = replace(mention, role="change", sign=before[-1].sign)
            continue
        named = _GROWTH_NAMED.search(text, start, mention.start)
        if named is None or _NOT_THE_GROWTH.search(named["rest"]):
            continue
        if not re.search(r"\d", _PERIOD_DIGITS.sub(" ", named["rest"])):
            marked[index] = replace(mention, role="change", sign=1)
    return marked


def _paced(text: str, start: int, mention: NumberMention) -> bool:
    """Whether a per cent «so với cùng kỳ» is a pace of growth its clause names: «Tốc độ tăng
    trưởng GRDP đạt khoảng 7,1% so với cùng kỳ năm ngoái» (a growth, not 7,1% of last year's)."""
    named = re.search(r"(?i)(?<!\w)tốc độ tăng(?:\s+trưởng)?(?!\w)", text[start : mention.start])
    return named is not None and mention.value is not None and mention.value < 100


def counts_after_their_rates(text: str, found: list[NumberMention]) -> dict[int, int]:
    """A rate, then the count it is of: «đạt 100% (18/18 chi bộ)», «còn 5,74% (159 hộ)»,
    «đạt 100% với 2.169 học sinh», «là 0,76%, tương đương với 6.014 người»; each such count's
    position -> its rate's."""
    return {
        j: i for i, j in zip(range(len(found)), range(1, len(found)), strict=False)
        if found[i].kind == "percent" and found[i].role == "level"
        and found[j].role == "level" and not _share_of_before(text, found, i)
        and ((found[j].kind == "fraction" and re.fullmatch(
                r"[^()\d;]{0,30}\(\s*", text[found[i].end : found[j].start]))
             or (found[j].kind == "count"
                 and ITS_COUNT_AFTER.fullmatch(text[found[i].end : found[j].start])))
    }  # fmt: skip


def _share_of_before(text: str, found: list[NumberMention], index: int) -> bool:
    """Whether a rate is said to be the share of the count right before it: «… là 30.494 tỷ
    đồng, chiếm 10,9%, với gần 590 nghìn khách hàng» (the amount's share, not the clients')."""
    before = [m for m in found[:index] if m.is_figure]
    return (
        bool(before)
        and before[-1].kind == "count"
        and re.fullmatch(
            r"(?i)[^\d,;:()]{0,20},?\s*chiếm(?:\s+t[ỷỉ] lệ)?\s*",
            text[before[-1].end : found[index].start],
        )
        is not None
    )


def _norms(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """«sửa chữa 17 nhà (7 triệu đồng/nhà)»: an amount for each of the things just counted,
    in a bracket after them, is the norm they had, not a figure of its own."""
    marked = list(found)
    for index in range(1, len(found)):
        mention, before = found[index], found[index - 1]
        each = (mention.measure or "").lower().rpartition("/")[2]
        if (
            mention.kind == "count"
            and each
            and "/" in (mention.measure or "")
            and before.kind in COUNTED
            and (before.measure or "").lower() == each
            and re.fullmatch(
                r"\s*[^\W\d]*(?:\s+[^\W\d]+)?\s*\(\s*", text[before.end : mention.start]
            )
        ):
            marked[index] = replace(mention, kind="condition")
    return marked


# What is measured against a capacity, and so may pass 100%.
_CAPACITY = re.compile(  # or a list of them: «dung tích trữ lớn như Sông Sào (Nghệ An) 106%»
    r"(?i)(?<!\w)(?:công suất|công xuất|hiệu suất|dung tích)(?!\w)(?:[^,;.()]*"
    r"|[^;.:]*?(?:\snhư|:)[^;.:]*)$"
)


def _over_a_whole(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """No share of a whole passes 100%: «thành lập mới 26 công đoàn (đạt 120%)» is of a plan,
    unless the fraction before it makes it («1.757/1.500 hội viên, đạt 117,1%»)."""
    marked = list(found)
    for index, mention in enumerate(found):
        if mention.kind != "percent" or mention.role != "level" or (mention.value or 0) <= 100:
            continue
        if re.match(r"\s*(?:trên|so với|của)\s+tổng số", text[mention.end :]):
            continue  # «đạt 101,6% trên tổng số đảng viên có đủ điều kiện»: a share
        if _CAPACITY.search(text[max(0, mention.start - 200) : mention.start]):
            continue  # «công suất sử dụng giường bệnh đạt 137,13%» passes 100% of itself
        before = [m for m in found[:index] if m.is_figure]
        if before and before[-1].kind == "fraction" and before[-1].base:
            share = (before[-1].value or 0) / before[-1].base * 100
            if abs(share - (mention.value or 0)) < 1:
                continue
        earlier = _EARLIER_BEFORE.search(text, max(0, mention.start - 80), mention.start)
        earlier = earlier or OPENS_COMPARED.match(text)  # «So với vụ 2020/21, … đạt 143%»
        marked[index] = replace(mention, role="of_last_year" if earlier else "of_plan")
    return marked


# A rate a class of units has, bounded: «không có cơ sở nào có tỷ lệ hài lòng dưới 80%», «các
# xã có tỷ lệ trên 90%»; not a unit's own, «Xã có tỷ lệ hộ nghèo dưới 3%».
_RATE_BOUND = re.compile(
    r"(?i)(?<!\w)(?:nào|các|những)(?:\s+[^\W\d]+){0,4}\s+(?:có|với)\s+t[ỷỉ] lệ[^,;%\d]{0,40}?"
    r"\s(?:dưới|trên|từ)\s*$"
)
# An earlier period a ratio is to, named before it: «so với tháng trước bằng 101,72%».
_EARLIER_BEFORE = re.compile(
    r"(?i)(?<!\w)so(?: với)? (?:cùng kỳ|(?:tháng|quý|năm|kỳ) trước)[^,;%()]{0,30}?(?:bằng|đạt)\s*$"
)


def _conditions(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """«160/262 xã có cử tri đi bầu đạt tỷ lệ 100%», «11 xã có 100% cử tri đi bầu»: a
    percentage said of what a count counts («có …») describes them; it is neither the
    count's rate (unless the count makes it: «17/20 chi bộ có …, đạt 85%») nor a figure."""
    marked = list(found)
    for index, mention in enumerate(found):
        if mention.kind != "percent" or mention.role == "change" or mention.value is None:
            continue
        if named_item(text, mention.start) is not None:
            continue  # «30/64 tỉnh có tỷ lệ cao, như Cao Bằng 95%»: an item's own rate
        if _RATE_BOUND.search(text, max(0, mention.start - 80), mention.start):
            marked[index] = replace(mention, kind="condition")  # «không có cơ sở nào có tỷ lệ
            continue  # hài lòng dưới 80%»: a bound of a class
        counts = [m for m in found[:index] if m.kind in COUNTED]
        if not counts:
            continue
        count = counts[-1]
        if any(m.kind == "percent" for m in found[found.index(count) + 1 : index]):
            continue  # «109/111 xã có nhà văn hóa, đạt 98,2%; tăng 20,5% … và 42,7% …»: past it
        between = text[count.end : mention.start]
        # «có 4 đảng bộ kết nạp đảng viên đạt trên 50% chỉ tiêu»: a bound they passed
        bound = (
            (  # or «33 địa phương có tỉ lệ giải ngân đạt từ 40%»
                re.search(r"(?i)(?<!\w)có(?:\s+(?:đến|tới))?\s*$", text[: count.start])
                or re.search(r"(?<!\w)có(?!\w)", between)
            )
            and re.search(r"(?<!\w)(?:trên|dưới|từ)\s*$", between)
        )
        rated = re.search(r"(?i)(?<!\w)có\s*$", text[: count.start]) and re.fullmatch(
            r"(?i)[^,;()]*(?<!\w)t[ỷỉ] lệ(?!\w)[^,;()]*", between
        )  # «Có 5 đơn vị đạt tỷ lệ hài lòng tuyệt đối 100%»: what they have; not «có 1.370 hộ
        # nghèo/79.836 hộ, tỷ lệ 1,67%», the count's own
        if ";" in between or not (bound or rated or re.search(r"(?<!\w)có(?!\w)", between)):
            continue
        if re.search(r"(?<!\w)có(?!\w).*(?:,|\svà)\s+(?:(?:trên|gần|hơn|khoảng)\s+)?$", between):
            continue  # «701/705 huyện có người nhiễm HIV và trên 96% xã, …»: an item of its own
        if re.search(
            r"(?:\(|,)\s*(?:đạt|chiếm|bằng)(?:\s+t[ỷỉ] lệ)?(?:\s+(?:trên|gần|hơn))?\s*$", between
        ):
            continue  # «3.994 đối tượng được mở tài khoản (đạt trên 75%)»: the count's own rate
        if mention.role != "level" and not bound:
            continue
        if (
            count.kind == "fraction"
            and count.base
            and count.value is not None
            and printed_share(count.value, count.base, mention.value)
        ):
            continue  # «837/877 thôn có nhà văn hóa, đạt tỷ lệ 95,43%»: cut short
        marked[index] = replace(mention, kind="condition")
    return marked


# What stands between two counts listed: a comma or «và», and maybe a place's name of the next
# («Ý Yên tăng 15 tỷ đồng, Hải Hậu tăng 11 tỷ đồng, Trực Ninh 14 tỷ đồng»).
_LISTED_AFTER = re.compile(  # or a slash: «tăng 78 vụ/66 bị can», cases and the accused;
    r"[^\d;.()]{0,40}?(?:(?:,|\svà|/)\s*((?:(?:huyện|thị xã|thành phố|quận|xã|phường|tỉnh)\s+)?"
    rf"(?:{CAPITAL}[^\W\d]*\s+){{1,4}})?|;\s*)(?:(?<=và )(?:gần|hơn|khoảng|xấp xỉ)\s+)?"
)  # or a ';' right before the next count: «giảm 12 đơn vị hành chính cấp xã; 647 thôn»; a
# place with its kind («huyện Mù Cang Chải 171 ha»); a count said roughly («và gần 1.200 nhóm»)


def _listed_changes(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """«tăng 18,1% tổ chức đảng và 15,7% đảng viên so với năm 2020»: a percentage listed
    after a change, with no verb of its own between, is a change too, the same way; so is
    the share a change is said to be («giảm 87 hộ, chiếm tỉ lệ 9,1%»)."""
    marked = list(found)
    for index in range(1, len(found)):
        mention = found[index]  # the figure before, past a year between: «… năm 2015 và 42,7%»
        before = next((m for m in reversed(marked[:index]) if m.is_figure), marked[index - 1])
        if (
            mention.kind == "count"
            and mention.role == "level"
            and before.role == "change"
            and before.kind == "count"
            and (listed := _LISTED_AFTER.fullmatch(text[before.end : mention.start]))
            and (not listed[1] or before.measure == mention.measure)
            and not (";" in listed[0] and _changed_after(text, found, index))
            and not re.search(  # «tăng 19 đảng viên so với cùng kỳ và 37 trường hợp …»: done
                r"(?i)(?<!\w)(?:đạt|chiếm|bằng|là|còn|có|tăng|giảm|so với)(?!\w)",
                text[before.end : mention.start],
            )
        ):  # «giảm 146 lượt tiếp, 127 lượt người»: both counts fell
            marked[index] = replace(mention, role="change", sign=before.sign)
            continue
        if (
            mention.kind == "count"
            and mention.role == "level"
            and before.role == "change"
            and before.kind == "percent"
            and _AMOUNT_OF_CHANGE.fullmatch(text[before.end : mention.start])
        ):  # «tăng 1,68%, bằng 2.217,2 tấn so với cùng kỳ», «(bằng 837,2 ha)»: by how much
            marked[index] = replace(mention, role="change", sign=before.sign)
            continue
        if _changed_by(text, before, mention):  # «tăng 16.842 tỷ đồng, bằng 11,2%»
            marked[index] = replace(mention, role="change", sign=before.sign)
            continue
        if mention.kind != "percent" or mention.role != "level" or before.role != "change":
            continue
        between = text[before.end : mention.start].lower()
        if (
            before.kind == "count"
            and ";" not in between
            and re.fullmatch(
                r"[^\d;]{0,25}?,?\s*(?:chiếm|tương ứng|tương đương)(?: với)?(?: tỉ lệ| tỷ lệ)?\s*"
                r"|\s*(?:[^\W\d]+\s+){0,3}\(\s*(?:gần|khoảng|hơn|trên)?\s*",  # «(gần 45%)»
                between,
            )
            and not (
                re.match(r"\s*(?:so|kế hoạch|chỉ tiêu|trên tổng|tổng)", text[mention.end :].lower())
                and not _SAME_CHANGE_EARLIER.match(between + text[mention.end :].lower())
            )
            and "so với" not in between  # «tăng 63,6 tỷ đồng so với đầu năm, chiếm 1,09% …»
        ):  # «giảm 87 hộ, chiếm tỉ lệ 9,1%», «tăng 93 tỷ đồng (3%)»: the change in per cent
            if not _level_share(text, found[:index], mention):
                marked[index] = replace(mention, role="change", sign=before.sign)
            continue
        if ";" in between or not re.search(r"(?<!\w)và(?!\w)|,", between):
            continue
        if re.search(r"(?<!\w)(?:đạt|chiếm|bằng|là|còn|có|tăng|giảm)(?!\w)", between):
            continue
        marked[index] = replace(mention, role="change", sign=before.sign)
    return marked


def _changed_after(text: str, found: list[NumberMention], index: int) -> bool:
    """Whether a count's own clause past a ';' gives its change next, a level with its change
    as the clause before it: «1.632 cơ sở tôn giáo, tăng 61 cơ sở; 951 cơ sở tín ngưỡng, tăng
    68 cơ sở»."""
    closing = text.find(";", found[index].end)
    closing = len(text) if closing < 0 else closing
    after = [m for m in found[index + 1 :] if m.is_figure and m.start < closing]
    return bool(after) and after[0].role == "change"


def _changed_by(text: str, before: NumberMention, mention: NumberMention) -> bool:
    """Whether a per cent «bằng» after a count's change, under 100 and compared with nothing
    after, is that change in per cent: «so với đầu năm tăng 16.842 tỷ đồng, bằng 11,2%;»."""
    return (
        mention.kind == "percent"
        and mention.role in ("of_last_year", "of_plan")
        and before.role == "change"
        and before.kind == "count"
        and (mention.value or 0) < 100
        and re.fullmatch(r"(?i)[^\d;,]{0,25},\s*bằng\s*", text[before.end : mention.start])
        is not None
        and re.match(r"\s*(?:[;.]|$)", text[mention.end :]) is not None
    )


# The same change in per cent against an earlier time: «giảm 58 vụ tương ứng 8,06% so với năm
# 2022».
_SAME_CHANGE_EARLIER = re.compile(
    r"[^\d;]{0,25}?,?\s*(?:tương ứng|tương đương)(?:\s+với)?\s*[\d.,]*\s*%?\s*so(?:\s+với)?\s+"
    r"(?:cùng kỳ|năm trước|năm ngoái|tháng trước|quý trước|kỳ trước|(?:năm\s+)?(?:19|20)\d{2})"
)
# What links a change in per cent to the same change counted: «, bằng», «(tương đương».
_AMOUNT_OF_CHANGE = re.compile(  # or a bracket alone: «giảm 5,2% (54 trường hợp)»
    r"(?i)\s*(?:(?:so với[^,;()]{0,40})?\s*[,(]\s*(?:bằng|tương đương|tương ứng)(?:\s+với)?|\()"
    r"\s*(?:(?:gần|khoảng|hơn|trên)\s+)?"
)


def _level_share(text: str, before: list[NumberMention], rate: NumberMention) -> bool:
    """Whether a rate after a change is the share of the level said before the change: of a
    total said before that («Tổng số sinh 403 trẻ …, con thứ 3 trở lên 57 giảm 02 trẻ, chiếm
    tỷ lệ 14,1%»: 57 of 403), or, the level and its change said together, when it is no share
    of the change in the level («72 trẻ giảm 2 trẻ chiếm tỷ lệ 13,8%»; not «950 hộ, giảm 87
    hộ, chiếm 9,1%», 87 of 950)."""
    counts = [m for m in before if m.kind == "count" and m.role == "level" and m.value]
    if not counts or rate.value is None:
        return False
    level = counts[-1]
    change = next((m for m in before if m.role == "change" and m.start > level.end), None)
    if change is not None and change.value and level.value:
        together = re.fullmatch(  # «11.572 hộ nghèo (giảm 2.955 hộ), chiếm tỷ lệ 3,04%»
            r"\s*(?:[^\W\d]+\s+){1,3}|\s*(?:[^\W\d]+\s+){0,3}\(\s*(?:tăng|giảm)\s+",
            text[level.end : change.start],
        )
        if together and not printed_share(abs(change.value), level.value, rate.value):
            return True
    if len(counts) < 2:
        return False
    return any(
        t.value > level.value and printed_share(level.value, t.value, rate.value)
        for t in counts[:-1]
        if t.value is not None and level.value is not None
    )


_AMOUNT_UNITS = frozenset(m.lower() for m in AMOUNT_MEASURES)


def _amount_unit(measure: str | None) -> bool:
    """Whether a measure is an amount's, its scale aside: «tỷ đồng», «nghìn ha», «triệu tấn»."""
    words = (measure or "").lower()
    bare = re.sub(r"^(?:nghìn|ngàn|triệu|tỷ|tỉ|vạn)\s+", "", words)
    return words in _AMOUNT_UNITS or bare in _AMOUNT_UNITS


# A time a ratio is to, named right after it, no plan between: «bằng 120% so với quý I năm
# 2022», «bằng 205,6% số hồ sơ trực tuyến của quý I năm 2022».
_PERIOD_COMPARED = re.compile(
    r"(?i)\s*(?:so với|so|của)?(?:(?!kế hoạch|dự toán|chỉ tiêu|kh\b)[^,;()%\d]){0,50}?"
    r"(?<!\w)(?:quý [ivx\d]+|tháng \d{1,2}|\d{1,2} tháng(?: đầu)?|cả)?\s*năm (?:19|20)\d{2}(?!\d)"
)


# What a share is of, named after it, neither a plan nor an earlier time: «so với dung tích
# thiết kế», «so với tổng diện tích».
_COMPARED_WITH_OTHER = re.compile(  # or right after it: «đạt 55,2% dung tích thiết kế»
    r"(?i)\s*(?:so với\s+)?(?!(?:kế hoạch|kh|chỉ tiêu|dự toán|mục tiêu|nghị quyết|cùng kỳ|năm"
    r"|quý|tháng|kỳ|vụ|giai đoạn|nhiệm kỳ|đầu năm|cuối năm|kịch bản|giá trị hợp đồng|kh\S*|so)"
    r"(?!\w))[^\W\d]"
)


def _amounts_of_plan(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """«thu ngân sách ước đạt 5,2 tỷ đồng, đạt 73,3%»: a percentage «đạt» or «bằng» right
    after an amount is the share of the plan it reached (an amount has no rate of itself);
    «bằng» in a sentence that compares with last year and names no plan is the ratio to last
    year («Đồng Hới thực hiện 1.003,3 ha, bằng 99,8%; …, bằng 99,5% so cùng kỳ»)."""
    last_year = bool(re.search(r"(?i)(?<!\w)(?:cùng kỳ|năm trước)(?!\w)", text)) and not (
        re.search(r"(?i)(?<!\w)(?:kế hoạch|dự toán|chỉ tiêu|kh)(?!\w)", text)
    )
    marked = list(found)
    for index, mention in enumerate(found):
        if mention.kind != "percent" or mention.role != "level" or index == 0:
            continue
        before = found[index - 1]
        between = text[before.end : mention.start].lower()
        if (
            before.kind == "count"
            and _amount_unit(before.measure)
            and re.fullmatch(
                r"\s*[\w/]*\s*,?\s*(?:đạt|bằng)\s*",
                between.replace(before.measure or "", "", 1).lower(),
            )
        ):
            if _COMPARED_WITH_OTHER.match(text, mention.end):
                continue  # «107,25 triệu m3, đạt 55,2% so với dung tích thiết kế»: its share
            same_time = last_year and between.rstrip().endswith("bằng")
            compared = _PERIOD_COMPARED.match(text, mention.end)  # «bằng 120% so với quý I năm
            marked[index] = replace(  # 2022»: the ratio to that time, no plan's share
                mention, role="of_last_year" if same_time or compared else "of_plan"
            )
    return marked


__all__ = ["counts_after_their_rates", "settle_roles"]
