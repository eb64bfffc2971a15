"""A written report's figure's unit (issue 20): the place or level its own sentence names
instead of the report's unit («toàn tỉnh», «cấp huyện», «Trong đó, huyện Thới Lai kết nạp
241 đảng viên»), a list's item's unit («như: Trực Ninh 14 tỷ đồng, Ý Yên tăng 15 tỷ đồng»),
and the unit each paragraph of a write-up of several units opens with.

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .report_bodies import ORGANISATION
from .report_lists import CLASS_WORD, NAME_WORD, bracket_first_number, bracket_owner, named_item
from .report_places import (
    AT_PLACE_WITH,
    BARE_PLACE_AT,
    BODY,
    KIND,
    PLACE,
    PLACE_AFTER,
    PLACE_AT,
    PLACE_IN_BRACKET,
    PLACE_NAME,
    PLACES_ONLY,
    PROVINCE,
)
from .report_subjects import LEVEL_KIND, clause_subject, leads_in_only
from .report_words import AREA, CAPITAL, REACH

# not «toàn Đảng bộ thị xã Sa Đéc», a named Đảng bộ, nor «MTTQ các cấp thành phố», all levels
LEVEL = re.compile(
    r"(?<!\w)(?:toàn (?:tỉnh|thành phố|huyện|quận|thị xã|xã(?! hội)|phường|thị trấn|quốc"
    r"|đảng bộ(?!\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|tp\.?|tx\.?)\s))"
    r"|(?<!các )cấp (?:tỉnh|huyện|xã(?! hội)|cơ sở|thành phố|sở(?:,\s*ban,\s*ngành)?)"  # «cấp sở»
    r"|(?<!các )tuyến (?:tỉnh|huyện|xã|trung ương)(?!\s+lộ)"  # «29 đoàn tuyến huyện»
    r"|cấp (?:ủy|uỷ) (?:tỉnh|huyện|xã|cơ sở)|cả nước"
    # a bloc of bodies: «khối bộ đạt tỷ lệ 59,7%», «tại các Bộ, ngành đạt 45,14%, tại các địa
    r"|khối (?:bộ(?:,\s*ngành)?|tỉnh|địa phương)"  # phương đạt 65,38%»
    r"|(?:(?<=tại )|(?<=ở ))các (?:bộ,\s*ngành|địa phương)(?=\s+(?:đạt|là|chiếm|có)(?!\w)))(?!\w)",
    re.IGNORECASE,
)


def unit_named(text: str, start: int, own: str | None) -> str | None:
    """The figure's unit: the place or level its clause names, or `own`, the report's.
    The whole of the report's own scope is the report's unit: «toàn Đảng bộ» always, «toàn
    tỉnh» in a province's report; «toàn tỉnh» in a district's report is the province."""
    named = named_unit(text, start)
    named = named and re.sub(r"\s*\(cũ\)$|\s+cũ$", " (cũ)", named)  # as documents write it
    if named is None or own is None:
        return named or own
    if _names_own(named, own):  # «Đảng bộ TP Cần Thơ» in the Thành ủy Cần Thơ's report
        return own
    scope = named.lower().removeprefix("toàn ").strip()
    if scope in ("quốc", "cả nước"):  # the country: never a local report's own, a central
        return own if _CENTRAL.match(own) else named  # body's always («Bộ Công an»)
    levelled = any(re.search(level, own.lower()) for level in _OWN_LEVEL.values())
    if named.lower().startswith("toàn ") and (
        scope == "đảng bộ"
        or re.search(_OWN_LEVEL.get(scope, r"(?!x)x"), own.lower())
        or not levelled  # the analyst named the report's unit without its level: «Hà Tĩnh»
    ):
        return own
    return named


# A body whose own scope is the country: a ministry, the Government, a central court.
_CENTRAL = re.compile(
    r"(?i)(?:bộ\s|chính phủ|quốc hội|tổng cục|ban\s.*trung ương|trung ương|tòa án nhân dân tối cao"
    r"|toà án nhân dân tối cao|viện kiểm sát nhân dân tối cao|kiểm toán nhà nước"
    r"|ngân hàng nhà nước việt nam|thanh tra chính phủ|tổng liên đoàn|trung ương đoàn)"
)


def leading_unit(sentence: str, own: str | None) -> str | None:
    """A level or place a sentence opens with, which holds for its paragraph's next figures:
    «Nếu tính riêng từng cấp, với cấp tỉnh, quý I đã tiếp nhận …; đã giải quyết …», «Riêng
    Phú Quốc có 417.643 lượt khách …» (a place by its bare name); `own`, the report's unit,
    when it is the report's own."""
    if labelled := _LEADING_UNIT.match(sentence):  # «Khánh Hòa: Dịch cúm gia cầm …»
        return " ".join(labelled[1].split())
    found = _LEADS_WITH_UNIT.match(sentence.lstrip(" -–+•*"))
    if found is None:
        return None
    if found[3]:
        return found[3]
    named = found[1] or found[2]
    return unit_named(named, len(named), own)


def source_place(sentence: str, own: str | None) -> str | None:
    """The province whose body a sentence opens by quoting, when another place was carried to
    it: «Báo cáo nhanh của Chi cục Kiểm lâm tỉnh Thừa Thiên-Huế cho biết 4 vụ cháy …» after
    «Tại Nghệ An, …»; not the report's own."""
    if (source := _SOURCE_OF.match(sentence)) and not _names_own(source[1], own or ""):
        return source[1][:1].upper() + source[1][1:]
    return None


def names_another_place(sentence: str, unit: str) -> bool:
    """Whether a sentence names a province or a city other than `unit`, which a place carried
    from the sentences before it («Tại Nghệ An, …») no longer holds past."""
    return any(
        m[0].lower() not in unit.lower() and unit.lower() not in m[0].lower()
        for m in PLACE.finditer(sentence)
        if re.match(r"(?i)(?:tỉnh|thành phố|tp\.?)(?!\w)", m[0])
    )


def units_written_up(openings: dict[int, str], issuer: str | None) -> dict[int, str]:
    """The unit each paragraph of a write-up of several units opens with, by its index: a
    news item with no issuing body whose paragraphs open on two units of one level or more,
    «Sáng ngày 30/12/2022, Hội đồng nhân dân xã Tấn Mỹ tổ chức kỳ họp …», «Cùng ngày, HĐND
    xã Long Điền B cũng tổ chức …». Each such unit holds for its paragraph and the next ones
    until another opens one; empty for any other report."""
    if issuer is not None:
        return {}
    opened = {i: u for i, sentence in openings.items() if (u := _opening_unit(sentence))}
    kinds: dict[str, set[str]] = {}
    for unit in opened.values():
        if kind := _ESTABLISHMENT_KIND.match(unit) or _KIND_OF.search(unit):
            kinds.setdefault(kind[0].lower(), set()).add(unit.lower())
    return opened if any(len(names) >= 2 for names in kinds.values()) else {}


def _opening_unit(sentence: str) -> str | None:
    """The named place a paragraph's first sentence opens on, its subject, once a leading
    clause of when («Sáng ngày 30/12/2022,») is set aside: behind its body's name only
    («HĐND xã Long Điền B cũng tổ chức …»), or closing an opening phrase with a colon («Báo
    cáo tại kỳ họp cuối năm HĐND xã Nhơn Mỹ: …»). Not a list's item («- Xã Pú Bẩu là …»),
    nor a place the sentence only mentions («Phía Nam giáp xã Chiềng En»). A news item marked
    as one opens on when («*Sáng ngày 30/8/2019, Hội LHPN huyện Tân Biên …»), or on what for
    and then when («Thực hiện chương trình …, sáng ngày 29/8/2019, Hội LHPN xã Biên Giới …»)."""
    text = re.sub(r"\([^)]*\)", " ", sentence[:300]).lstrip()
    text = re.sub(r"^\d{1,2}\.\s+(?=[^\W\d])", "", text)  # «1. Trường Chính trị …»: a bulletin's
    marked = text.startswith(("-", "+", "–", "•", "*"))
    text = _WHAT_FOR.sub("", text.lstrip("-+–•* "))
    head = _WHEN_FIRST.sub("", text)
    if marked and head == text:
        return None
    found = _ESTABLISHMENT.match(head) or PLACE.search(head)
    if found is None:
        return None
    before = head[: found.start()]
    colon = re.match(r"\s*:", head[found.end() :]) and len(before.split()) <= 10
    if re.search(r"\d", before) or not (colon or _BODY_BEFORE.fullmatch(before)):
        return None
    return found[0][:1].upper() + found[0][1:]


# A leading clause that says when, before the sentence's subject: «Sáng ngày 30/12/2022,».
_WHEN_FIRST = re.compile(
    r"^(?i:(?:sáng|chiều|tối|trưa|cùng|hôm|trong|vào)?\s*(?:ngày|hôm)[^,]{0,30}"
    r"|(?:sáng|chiều|tối|trưa)\s+\d{1,2}\s*[-/]\s*\d{1,2}[^,]{0,20}"  # «Chiều 26-5,»
    r"|vừa qua|mới đây),\s*"
)
# A leading clause that says what for, before the clause of when: «Thực hiện chương trình
# đồng hành cùng phụ nữ biên cương, sáng ngày 29/8/2019, …».
_WHAT_FOR = re.compile(
    r"^(?i:(?:thực hiện|hưởng ứng|nhân dịp|chào mừng|triển khai)[^,.;:]{0,120},\s*)"
    r"(?=(?i:(?:sáng|chiều|tối|trưa|cùng|hôm|vào)?\s*(?:ngày|hôm)))"
)
# The body a place's name stands behind, as a paragraph's subject: «Hội đồng nhân dân».
_BODY_BEFORE = re.compile(
    r"(?i:\s*(?:tại|ở)?\s*(?:hđnd|ubnd|mttq|hội đồng nhân dân|ủy ban nhân dân|uỷ ban nhân dân|"
    r"ủy ban mặt trận tổ quốc(?: việt nam)?|mặt trận tổ quốc(?: việt nam)?|ban thường vụ|"
    r"công an|hội nông dân|hội phụ nữ|hội liên hiệp phụ nữ|hội lhpn|hội cựu chiến binh|hội ccb|"
    r"hội chữ thập đỏ|hội người cao tuổi|hội khuyến học|liên đoàn lao động|đoàn thanh niên|"
    r"huyện đoàn|đoàn xã|trường|trạm y tế|kỳ họp|đại hội|"
    r"ủy ban bầu cử|uỷ ban bầu cử|ban bầu cử|ubbc|ủy ban kiểm tra|uỷ ban kiểm tra|ubkt|"
    r"bộ chỉ huy quân sự|ban chỉ huy quân sự|cục thống kê|cục thuế|chi cục thống kê)?\s*)"
)


def _names_own(named: str, own: str) -> bool:
    """Whether a place the sentence names is the report's own unit: the same name, of the
    same level («Đảng bộ TP Cần Thơ» and «Thành ủy Cần Thơ»; not «thị trấn Thới Lai» in the
    report of «Huyện ủy Thới Lai»)."""
    found = re.fullmatch(
        rf"(?:(?:Đảng bộ|Chi bộ|Đảng ủy|Đảng uỷ)\s+)?(?:({KIND})\s+)?(.+)", named.strip()
    )
    if found is None or found[2].lower() not in own.lower():
        return False
    kind = (found[1] or "").lower().rstrip(".")
    kind = "thành phố" if kind == "tp" else kind
    return not kind or bool(re.search(_OWN_LEVEL.get(kind, r"(?!x)x"), own.lower()))


# The words in an issuer's name that place it at a level.
_OWN_LEVEL = {level: rf"(?<!\w){level}(?!\w)" for level in ("tỉnh", "huyện", "quận", "phường")} | {
    "thành phố": r"(?<!\w)(?:thành ủy|thành uỷ|thành phố)(?!\w)",
    "thị xã": r"(?<!\w)(?:thị ủy|thị uỷ|thị xã)(?!\w)",
    "xã": r"(?<!\w)(?<!thị )xã(?!\w)",
    "thị trấn": r"(?<!\w)thị trấn(?!\w)",
}


def named_unit(text: str, start: int) -> str | None:
    """A place or level the figure's clause names («toàn tỉnh», «cấp huyện»): one its own
    item closes with, else one before it (brackets left out), else the unit a list's item
    opens with."""
    head = _brackets_left_out(text[max(0, start - REACH) : start])
    if own := _own_item_unit(text, start):  # «gồm 1.833 thủ tục cấp tỉnh, 301 thủ tục cấp huyện»
        return own
    if after := PLACE_IN_BRACKET.match(text, start):  # «Điểm PCI cao nhất là 72,95 (Quảng
        return after[1]  # Ninh)», its place in the bracket right after it
    if at := AT_PLACE_WITH.search(text, max(0, start - 120), start):  # «… tại huyện Đakrông
        return at["place"][:1].upper() + at["place"][1:]  # với tổng số tiền hơn 6 tỷ đồng»
    if former := _FORMER.search(text, max(0, start - 60), start):  # «…, Kon Tum (cũ) gần 2.000»
        return f"{former[1][:1].upper()}{former[1][1:]} (cũ)"
    if (with_ := _WITH_THEN_PLACE.match(text)) and with_.start(1) > start:  # «Với tổng cộng 91
        return with_[1][:1].upper() + with_[1][1:]  # HC …, TP Đà Lạt đã dẫn đầu …»
    if leading := _LEADING_UNIT.match(text):  # «– Huyện Hương Khê: tỷ lệ cử tri … 99,9%»
        return " ".join(leading[1].split())
    if named := named_item(text, start):  # «… khá như: Trực Ninh 14 tỷ đồng, Ý Yên tăng 15»
        return named
    if labelled := _LABELLED.search(text, max(0, start - 120), start):  # «…, huyện Hóc Môn: 10/10»
        return labelled[1][:1].upper() + labelled[1][1:]
    if level := _LEVEL_LABELLED.search(text, max(0, start - 60), start):  # «trong đó cấp xã: 11»
        return level[1][:1].upper() + level[1][1:].lower()
    if (listed := _NEXT_NAMED.search(text, max(0, start - 300), start)) is not None:
        return f"{listed['kind'][:1].upper()}{listed['kind'][1:]} {listed['name']}"  # «Ea Bia»
    anchor = bracket_first_number(text, start) or start  # «TP. Pleiku (39 vụ, 17 người …»
    in_list = ":" in text[:anchor] or _bodies_listed(text)  # a line of them
    if (body := _BODY_ITEM.search(text, max(0, anchor - 200), anchor)) and in_list:
        return " ".join(body[1].split())  # «gồm: Sở Khoa học và Công nghệ (191 DVCTT), Sở …»,
    if (  # «… gồm có Trường ĐH Y dược Hải Phòng (99,9%), …»: the body, not its place
        bracketed := re.search(  # «các huyện đạt khá là TP Chí Linh (1,14 tỷ đồng)»
            r"(" + PLACE.pattern + r")\s*\(\s*(?:(?:tăng|giảm)\s+)?$",
            text[max(0, anchor - 200) : anchor],
        )
    ):
        return bracketed[1][:1].upper() + bracketed[1][1:]
    if owner := bracket_owner(text, start):  # «…, Nam Định (65,9%), Lạng Sơn (64,2%)»
        return owner
    clause = re.split(r"[;:]", head)[-1]
    if ranked := [*_RANKED.finditer(clause)]:  # «cao nhất là vùng Đồng bằng sông Hồng với …»
        return ranked[-1][1][:1].upper() + ranked[-1][1][1:]
    found = [m for m in _unit_levels(clause) if not _closes_item(clause, m)]
    subject = clause_subject(clause)
    bare = subject is not None and re.fullmatch(PROVINCE, subject) is not None
    if found and subject and not bare and clause.rfind(subject[1:]) > found[-1].end():
        return subject  # «Ở cấp huyện, …, huyện Phú Giáo 85 điểm»: the place nearer the figure
    if len(found) >= 2 and re.fullmatch(
        r"\s*(?:,|và)\s*", clause[found[-2].end() : found[-1].start()]
    ):
        return None  # «cấp huyện, cấp xã tích cực vận động …»: the levels together, its own
    if found:
        return found[-1].group(0)[:1].upper() + found[-1].group(0)[1:].lower()
    if subject:
        return subject
    # an item of a list of units, each with its figure in a bracket: «… gồm có: Công an tỉnh
    # (158,18%); huyện Phú Quý (120,83%)»
    item = _UNIT_ITEM.search(text[max(0, start - 200) : start])
    if item and ":" in text[:start] and not CLASS_WORD.match(item[1]):  # not «Quý I (»
        return item[1][:1].upper() + item[1][1:]
    # the sentence's subject holds past a ';': «UBKT cấp huyện và tương đương đã kiểm tra … 3
    # đảng viên …; tổ chức giám sát 19 tổ chức Đảng …»
    first = re.split(r"[;:]", head)[0]
    if first != clause and (sibling := _sibling_item(first, clause)):
        return sibling
    if first != clause:
        if level := LEVEL.search(" ".join(first.split()[:8])):
            return level[0][:1].upper() + level[0][1:].lower()
        before = re.split(r"[;:]", head)[-2]  # «Tỉ lệ hồ sơ do UBND cấp huyện tiếp nhận … đạt
        if re.match(r"(?i)\s*trong đó(?!\w)", clause) and (levels := [*LEVEL.finditer(before)]):
            return levels[-1][0][:1].upper() + levels[-1][0][1:].lower()  # 98,15%; trong đó …»
        if head[len(first) : len(first) + 1] == ":":  # «Các sở, ngành khác gồm: …; các
            return None  # khoản thu gồm: Thuế (120 tỷ đồng)»: a list's label, its items their own
        pieces = re.split(r",|\s(?:và|còn)\s", first)
        said = [p for p in pieces if not leads_in_only(p)]
        unnamed = clause.lstrip(" ,-–+•*")[:1].islower()  # «đàn bò 23.800 con», no name
        if said and (said[0] is pieces[0] or unnamed):  # past the words that only lead in:
            return clause_subject(said[0])  # «Trong đó, huyện Bố Trạch dẫn đầu … với đàn trâu
    return None  # 7.235 con, tăng 1,3%; đàn bò 23.800 con, …», unless its clause names its own


@lru_cache(maxsize=64)  # once a sentence, not once a figure of it
def _bodies_listed(text: str) -> bool:
    return len(_BODY_ITEMS.findall(text)) >= 2


def _brackets_left_out(head: str) -> str:
    """A figure's clause without its brackets' words, but for the places a bracket sets the
    figure at, where the words before it name none: «tại kênh Mái Dầm (ấp Phú Lợi A, xã Phú
    Hữu) xảy ra …», «vụ cháy trên núi Kỳ Co (xã Nhơn Lý) thiêu trụi 2ha» (apart, as a clause
    opening on them); not «tại trại giam Cây Cầy (xã Thạnh Bình) có …», set there already."""

    def kept(bracket: re.Match[str]) -> str:
        before = head[max(0, bracket.start() - 80) : bracket.start()].rstrip()
        named = any(m.end() == len(before) for m in PLACE.finditer(before))
        thing = re.search(r"(?i:tại|ở|trên|thuộc)\s+(\w)[^(),;]{0,40}$", before)  # «tại kênh
        set_at = thing is not None and thing[1].islower()  # Mái Dầm»; not «Trường THPT Lê Lợi
        # (TX Sông Cầu)»
        return (
            f", {bracket[1]}, "
            if PLACES_ONLY.fullmatch(bracket[1]) and set_at and not named
            else " "
        )

    return re.sub(r"\((?!cũ\))([^)]*)\)", kept, head)


def _own_item_unit(text: str, start: int) -> str | None:
    """A level or a place the figure's own item names after it: «gồm 1.833 thủ tục cấp tỉnh,
    301 thủ tục cấp huyện», «1.134 công trình, phần việc thanh niên cấp cơ sở» (a piece with
    no number goes on), «ba người ở xã Tiên Nguyên bị thương»."""
    pieces = re.split(r",(?!\d)|[;:()]|\s(?:và|hoặc)\s", text[start : start + REACH], maxsplit=3)
    own_item = " ".join(pieces[0].split()[:8])
    rest = text[start + len(pieces[0]) : start + REACH]  # not the next item's label: «…: 3.074»
    goes_on = rest.startswith(",") and len(pieces) > 2 and not re.search(r"\d", pieces[1])
    if goes_on and _unit_levels(pieces[1]) and not re.match(r",[^,;:()]*:", rest):
        own_item += ", " + pieces[1]
    counted = _COUNTED_AT_LEVEL.match(own_item)  # «6 cấp ủy cơ sở», «8 hội nông dân cấp huyện»
    if after := next(
        (
            m
            for m in _unit_levels(own_item)
            if (not counted or m.start() > counted.end())
            and not _COMPARED_WITH.search(own_item[: m.start()])  # «gấp 1,5 lần khu vực nông thôn»
        ),
        None,
    ):
        return after[0][:1].upper() + after[0][1:].lower()
    at = " ".join(pieces[0].split()[:12])
    if after := PLACE_AFTER.match(own_item) or PLACE_AT.match(at) or BARE_PLACE_AT.fullmatch(at):
        return after[1][:1].upper() + after[1][1:]  # «ba người ở xã Tiên Nguyên bị thương»
    return None


# What a count counts, at a level that qualifies it, not a place of its own: «kiện toàn 6 cấp
# ủy cơ sở», «8 hội nông dân cấp huyện», «Tỉnh Kiên Giang có 15 đơn vị hành chính cấp huyện»,
# «09 Hội Đông y cấp huyện», «được phân bố tại 16 đơn vị cấp huyện».
_COUNTED_AT_LEVEL = re.compile(
    r"\S+\s+(?:(?i:hội|chi hội|chi bộ|đảng bộ|tổ chức|cơ quan|công đoàn|đơn vị(?: hành chính)?)"
    r"(?:\s+\S+){0,3}?\s+)?"
    r"cấp\s+\S+(?:\s+(?:cơ sở|tỉnh|huyện|xã))?"
)


def _closes_item(clause: str, level: re.Match[str]) -> bool:
    """Whether a level closes an earlier item of a list, whose number it follows: «230 công
    trình thanh niên cấp huyện, …», «1.134 công trình, phần việc thanh niên cấp cơ sở, …», «tại
    16 đơn vị cấp huyện và 84 công chứng viên»."""
    rest = clause[level.end() :]
    followed = re.match(r"\s*(?:,|và\s*$|và\s+(?!cấp)[^\s\d]*\d)", rest) is not None
    return followed and re.search(r"\d", clause[: level.start()]) is not None


def _unit_levels(text: str) -> list[re.Match[str]]:
    """The levels a text names as units: not the level of a prize, a contest or a title
    («3 giải nhất cấp tỉnh», «học sinh giỏi cấp tỉnh», «CCB đạt danh hiệu … cấp huyện»)."""
    levels = [  # within its own item: «cấp tỉnh đạt 56%, cấp huyện đạt 8%» names both; not
        m for m in LEVEL.finditer(text)  # the last of all levels, «từ tỉnh đến cấp xã»
        if not re.search(r"(?i)(?<!\w)từ\s+(?:cấp\s+)?\S+\s+(?:\S+\s+)?đến\s*$", text[: m.start()])
        if not _AWARDED.search(
            " ".join(re.split(r"[,;]", text[max(0, m.start() - 60) : m.start()])[-1].split()[-5:])
        ) and not _RANKED_IN.search(text, max(0, m.start() - 40), m.start())
    ]  # fmt: skip
    areas = [  # an area that opens its clause («Riêng khu vực đồng bằng có 8.201 hộ nghèo», «ở
        m
        for m in AREA.finditer(text)  # khu vực đô thị»), not one that qualifies what is
        if _AREA_OPENS.search(text[max(0, m.start() - 40) : m.start()])  # counted («tỷ lệ
        or (  # thất nghiệp khu vực thành thị
            _AREA_BEFORE_ITS_FIGURE.fullmatch(text, m.end())
            and _COMPARED_WITH.search(text, max(0, m.start() - 12), m.start())
        )
    ]  # là 2,7%»: the indicator's); one compared right before its figure, «gấp 1,5 lần khu vực
    return sorted([*levels, *areas], key=lambda m: m.start())  # nông thôn (4,17 triệu)», its own


# What ranks a unit among the country's: «dẫn đầu cả nước», «xếp thứ 5 trong cả nước».
_RANKED_IN = re.compile(  # and the country's border gates a province's trade passes through:
    r"(?i)(?<!\w)(?:qua|tại|ở)\s+(?:các\s+)?cửa khẩu\s*(?:trên\s+)?$"  # «… qua cửa khẩu cả nước»
    r"|(?<!\w)(?:dẫn đầu|đứng đầu|nhất|thứ\s+(?:\d+|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))"
    r"\s*(?:trong\s+)?$"
    r"|(?<!\w)(?:hơn|so với)\s+(?:mức\s+)?(?:trung bình|bình quân)\s+(?:của\s+)?$"  # «cao hơn
)  # trung bình cả nước 0,99 điểm»: what it is compared with
_AWARDED = re.compile(
    r"(?i)(?<!\w)(?:giải(?=\s+(?:nhất|nhì|ba|tư|khuyến khích|đặc biệt|thưởng|vàng|bạc|đồng"
    r"|[a-d](?!\w))|$)|thi|giỏi|danh hiệu|bằng khen|giấy khen|khen thưởng|thi đua|tiêu biểu"
    r"|xuất sắc|đạt|thể thao|điền kinh|hội khỏe|hội khoẻ|hội diễn|liên hoan"
    r"|bồi dưỡng|tập huấn|đào tạo"  # «1 lớp bồi dưỡng cấp uỷ cơ sở»: who is trained
    r"|chỉ số|công chức|cán bộ|viên chức|đơn vị hành chính|đvhc)(?!\w)"
    # «Chỉ số DTI cấp tỉnh», «công chức cấp xã», «200 đơn vị hành chính cấp xã (177 xã, …)»:
    # what is counted
)


def _sibling_item(first: str, clause: str) -> str | None:
    """The bare name an item past a «;» opens with, in a line of items whose first names a
    place of a level: «Trong đó xã Cà Ná được lắp đặt 10 cụm; Phước Diêm 11 cụm; Nhị Hà 6 cụm
    và Phước Hà 4 cụm» gives «Phước Diêm», «Phước Hà» theirs, not Cà Ná's."""
    item = _SIBLING_ITEM.search(clause)
    if item is None or CLASS_WORD.match(item[1]):
        return None
    subject = clause_subject(first)
    return item[1] if subject and re.match(LEVEL_KIND, subject, re.IGNORECASE) else None


_SIBLING_ITEM = re.compile(
    rf"(?:^|\s(?:và)|,)\s*({CAPITAL}{NAME_WORD}(?:\s+{CAPITAL}{NAME_WORD}){{0,3}})"
    r"\s+(?:(?:đạt|có|được|là)\s+)?(?:(?:hơn|gần|trên|khoảng)\s+)?$"
)


# What a figure is compared with follows: «cao gấp 1,5 lần khu vực nông thôn», «so với …».
_COMPARED_WITH = re.compile(r"(?<!\w)(?:lần|so với|hơn)\s+$")
_AREA_BEFORE_ITS_FIGURE = re.compile(
    r"\s*\(?\s*(?:(?:đạt|là|có|chỉ|với|ở mức)\s+)?(?:(?:gần|hơn|khoảng|trên)\s+)?"
)
_AREA_OPENS = re.compile(r"(?i)(?:^|[,;:(]|(?<!\w)(?:riêng|ở|tại|trong đó|đối với|còn|và))\s*$")
# A place a ranking names, the subject of its clause's figures: «cao nhất là vùng Đồng bằng
# sông Hồng với …», «xếp vị trí thứ 2 là vùng Đông Nam Bộ, …», «thứ nhì số HC là TP Bảo Lộc».
_RANKED = re.compile(rf"(?i:nhất|nhì|tiếp theo|thứ \w+|hạng \w+|dẫn đầu|đứng đầu)(?:\s+(?!là\b)\w+)"
                     rf"{{0,3}}?\s+(?:là|thuộc về)\s+(?:(?:tại|ở)\s+)?"
                     rf"({PLACE.pattern}"  # or a bare name before
                     rf"|(?!{BODY}){CAPITAL}{NAME_WORD}(?:\s+{CAPITAL}{NAME_WORD}){{1,3}}"
                     r"(?=\s*(?:\(|với\s|có\s|đạt\s)))")  # fmt: skip
# An item of a list that names its unit before a colon, its figure right after: «Gồm: Huyện
# Củ Chi: 20/20 xã, huyện Hóc Môn: 10/10 xã».
_LEVEL_LABELLED = re.compile(
    rf"(?i)(?:^|[,;]\s*|(?<!\w)(?:trong đó|và|còn)\s+)({LEVEL.pattern})\s*:\s*$"
)
_LABELLED = re.compile(r"(?:^|[,;:]\s*|\s(?:và|còn)\s+)(" + PLACE.pattern + r")\s*:\s*$")
# The next items of a list whose first names its kind: «xã Ea Bá đạt 12 tiêu chí, Ea Bia 11
# tiêu chí và Ea Trol 11 tiêu chí» (xã Ea Bia, xã Ea Trol).
_ITEM = r"\s*(?:đạt|có|là)?\s*[\d.,]+(?:\s+[^\W\d,;.]+){1,2}\s*(?:[,;]|\svà)\s*"
_NEXT_NAMED = re.compile(
    rf"(?<!\w)(?P<kind>{KIND})\s+{PLACE_NAME}{_ITEM}(?:{PLACE_NAME}{_ITEM})*(?P<name>{PLACE_NAME})\s*$"
)
_KIND_OF = re.compile(rf"(?<!\w){KIND}(?!\w)")
# A school or a health centre by its name: «Trường THPT TP. Cao Lãnh», «Trường THPT chuyên
# Nguyễn Đình Chiểu», «Bệnh viện Đa khoa huyện Mỹ Đức»; its kind is the words before the name.
_ESTABLISHMENT_KIND = re.compile(
    r"(?:Trường|Học viện|Bệnh viện|Trung tâm Y tế|Trạm Y tế)(?:\s+(?:THPT|THCS|TH|MN|PTDTBT|"
    r"PTDTNT|PTCS|Tiểu học|Mầm non|Trung học cơ sở|Trung học phổ thông|Phổ thông|Đa khoa|chuyên))*"
)
_ESTABLISHMENT = re.compile(  # or what it does, then its place: «Học viện Cán bộ thành phố Hồ
    _ESTABLISHMENT_KIND.pattern  # Chí Minh», «Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội»
    + r"(?:(?:\s+[^\W\d]+){1,8}?\s+(?:tỉnh|thành phố|huyện|quận|thị xã)\s+"
    + rf"{PLACE_NAME}"
    + rf"|(?:\s+(?:huyện|tỉnh|thị xã|thành phố|quận|xã|phường|TP\.?|TX\.?))?\s+{PLACE_NAME})"
)


_ITEM_OPENS = r"(?:^|[:;]|\)\s*,|(?<!\w)(?:gồm(?: có)?|là|như)\s)"  # «… gồm có Trường ĐH …»
_BODY_ITEM = re.compile(rf"{_ITEM_OPENS}\s*({BODY}[^\d:;()]{{1,60}}?)\s*\(\s*$")
_BODY_ITEMS = re.compile(rf"{_ITEM_OPENS}\s*{BODY}[^\d:;()]{{1,60}}?\s*\(\s*\d")
# An item of a list of units after a colon, its figure in a bracket: «Công an tỉnh (».
_UNIT_ITEM = re.compile(  # a body, a place by its kind, or a name of capitalised words
    rf"(?:[:;]|\svà)\s*((?:{BODY}|{KIND}\s)[^\d:;,.()]{{1,60}}?"
    rf"|{CAPITAL}{NAME_WORD}(?:\s+{CAPITAL}{NAME_WORD}){{1,4}})\s*\($"
)  # not a class: «Các khoản thu gồm: Thuế (120 tỷ đồng)»
_LEADS_WITH_UNIT = re.compile(
    r"^(?:[^,.;]{0,40},\s*)?(?:[Vv]ới|[Đđ]ối với|[Rr]iêng(?:\s+(?:tại|ở))?|[Tt]ại|[Ởở])\s+"
    r"(?:[^,.;:\d]{0,40}?\snhư\s+)?"  # «Ở một số địa phương khác như tỉnh Nghệ An, …»
    r"(?:((?:[Cc]ấp (?:tỉnh|huyện|xã|cơ sở|thành phố|sở(?:,\s*ban,\s*ngành)?))"
    rf"|{PLACE.pattern}|{ORGANISATION.pattern})\s*,"  # «Đối với Vietnam Airlines,»
    # «Tại bộ phận một cửa hiện đại cấp xã tiếp nhận 5.517 hồ sơ»: the body of a level
    r"|[^,.;:\d]{0,50}?(?<!\w)((?:[Cc]ấp (?:tỉnh|huyện|xã|cơ sở|thành phố)))(?!\w))"
    rf"|^[Rr]iêng\s+((?!(?:Tháng|Quý|Năm|Ngày|Trong)\b){CAPITAL}{NAME_WORD}(?:\s+{CAPITAL}{NAME_WORD}){{0,3}})"
    r"\s+(?=(?:có|đạt|thu|đón|tiếp nhận)\s)"
)


# A place merged away written by its name alone, right before the figure: «…; trong đó khu vực
# tỉnh Quảng Ngãi (cũ) đóng góp hơn 15.000 tỉ đồng, Kon Tum (cũ) gần 2.000 tỉ đồng».
_FORMER = re.compile(
    rf"(?:^|[,;:]\s*|\s)((?:(?:tỉnh|huyện|thị xã|thành phố|quận|xã|phường)\s+)?"
    rf"{CAPITAL}[^\W\d_]*(?:\s+{CAPITAL}[^\W\d_]*){{0,3}})\s*\(cũ\)"
    r"\s*(?:(?:đạt|gần|hơn|khoảng|trên|là|có|với|đóng góp|thu)\s+)*$"
)
# A sentence opening «Với» on its figures, then the place whose they are: «Với tổng cộng 91 huy
# chương …, trong đó có 38 HC Vàng, …, TP Đà Lạt đã dẫn đầu …».
_WITH_THEN_PLACE = re.compile(
    rf"\s*Với\s[^;:.]*?,\s*({PLACE.pattern})\s+(?:(?:tạm thời|cũng|vẫn|tiếp tục)\s+)?"
    r"(?:đã|đứng|dẫn|xếp|vươn|trở thành|là|giành|đoạt)\s"
)
# A line that opens with a place and a colon speaks of that place.
# Where a sentence's figures come from, a body of a place, before what it says: «Báo cáo nhanh
# của Chi cục Kiểm lâm tỉnh Thừa Thiên-Huế cho biết …», «Theo Sở Y tế tỉnh Gia Lai, …».
_SOURCE_OF = re.compile(
    r"^[\s\-–+•*]*(?i:theo|báo cáo(?:\s+nhanh)?(?:\s+của)?|thống kê của)\s+[^,.;:\d]{0,60}?"
    rf"\s((?i:tỉnh|thành phố)\s+{CAPITAL}{NAME_WORD}(?:[\s-]+{CAPITAL}{NAME_WORD}){{0,3}})"
    r"(?=\s*,|\s+(?i:cho biết|cho hay|thông tin|báo cáo))"
)
_LEADING_UNIT = re.compile(  # or a place by its bare name, each word capitalised: «Khánh Hòa: …»
    r"^[\s\-–+•*]*((?:Huyện|Thị xã|Thành phố|TP\.?|Quận|Xã|Phường|Thị trấn|Đảng bộ|Chi bộ|"
    r"Đảng ủy|Tỉnh)\s+" + CAPITAL + r"[^\d:;,.()]{1,40}?"
    r"|(?!(?:Trong|Tổng|Kết|Nguyên|Cụ|Riêng|Ghi|Nguồn|Đạo|Phật|Công giáo|Tin Lành|Cao Đài"
    rf"|Hòa Hảo|Hồi giáo)\s){CAPITAL}{NAME_WORD}"  # not a faith's: «Đạo Cao Đài: 4 thánh thất»
    rf"(?:\s+{CAPITAL}{NAME_WORD}){{1,3}})\s*:"
)


__all__ = [
    "LEVEL",
    "leading_unit",
    "named_unit",
    "names_another_place",
    "source_place",
    "unit_named",
    "units_written_up",
]
