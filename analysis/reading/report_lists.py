"""The unit an item of a list of units names by its bare name (issue 20): «một số đơn vị tăng
khá như: Trực Ninh 14 tỷ đồng, Ý Yên tăng 15 tỷ đồng», «Đà Nẵng (67%) cùng các tỉnh Hòa Bình
(86,5%), Nam Định (65,9%)»: a name of capitalised words before its figure or its bracket, in a
line of two items or more of that shape.

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .report_mentions import NumberMention
from .report_words import CAPITAL, REACH, SMALL

NAME_WORD = (  # the rest of a name's word: «M’Đrắk», «H’leo», «Phan Rang-Tháp Chàm»
    rf"[^\W\d_]*(?:[’'][^\W\d_]+)?(?:-{CAPITAL}[^\W\d_]*)?"
)

# A class a list's item names, not a place: «Nhóm 1 (19/19 tiêu chí): 40/144 xã», «Loại A».
CLASS_WORD = re.compile(  # and a time or a season: «Quý I (120 hồ sơ)», «Vụ Hè Thu (…)»
    r"(?:Nhóm|Loại|Mức|Hạng|Cấp|Bậc|Đợt|Lần|Khóa|Khoá|Quý|Tháng|Năm|Tuần|Ngày|Kỳ|Vụ|Giai)(?!\w)"
)

# The country's 54 ethnic groups, as documents write them: a list of them counts people by
# their group, not by place («dân tộc Mông 548 người; Thái 537 người; Khơ Mú 61 người»).
ETHNIC_GROUP = re.compile(
    r"(?i)(?:Kinh|Tày|Thái|Mường|Khmer|Khơ[- ]?me|Hoa|Nùng|H?[’']?Mông|Dao|Gia[- ]?rai|Jrai"
    r"|Ê[- ]?đê|Ba[- ]?na|Bahnar|Xơ[- ]?đăng|Sán Chay|Sán Chỉ|Cao Lan|Cơ[- ]?ho|Chăm|Sán Dìu"
    r"|H[’']?rê|M[’']?nông|Ra[- ]?glai|X[’']?tiêng|(?:Bru[- ])?Vân Kiều|Bru|Thổ|Giáy|Cơ[- ]?tu"
    r"|Gi[éẻ][- ]Triêng|Mạ|Khơ[- ]?mú|Khmu|Co|Tà[- ]?ôi|Pa Cô|Chơ[- ]?ro|Kháng|Xinh[- ]?mun"
    r"|Hà Nhì|Chu[- ]?ru|Lào|La Chí|La Ha|Phù Lá|La Hủ|Lự|Lô Lô|Chứt|Mảng|Pà Thẻn|Cơ Lao"
    r"|Cống|Bố Y|Si La|Pu Péo|Brâu|Ơ Đu|Rơ Măm|Ngái)"
)
# Where a list opens: a colon (not a label's, before its number), «như» / «là», «Cụ thể,».
_LIST_OPENS = re.compile(  # and a bracket of names: «dưới 1% (Thanh An 0,3%, Thanh Lang 0,85%)»
    rf":(?!\s*(?:\d|$))|\s(?:như|là)\s|(?i:cụ thể)\s*,|\((?=\s*{CAPITAL})"
    rf"|(?i:trong đó)\s*,?\s*(?={CAPITAL})"  # «…, trong đó Đồng Tháp đạt 44.500 tấn, …; An Giang …»
    # and its first item's kind, which the next bare names share: «Trong đó huyện Hưng Hà có 50
    # làng nghề, Quỳnh Phụ 35 làng, …»
    rf"|(?i:trong đó)\s*,?\s*(?=(?P<kind>huyện|quận|thị xã|xã|phường)\s+{CAPITAL})"
    rf"|\s(?:còn\s+)?có(?=\s+{CAPITAL})"  # «… thấp nhất còn có Cao Bằng: 2,35 …, Bắc Kạn: …»
)
# Words that say a list names units: «một số đơn vị tăng khá như:», «các xã:».
_UNITS_LISTED = re.compile(
    r"(?i)(?<!\w)(?:đơn vị|địa phương|huyện|quận|xã|phường|thị trấn|thành phố|tỉnh|chi bộ|"
    r"đảng bộ|chi nhánh|cơ sở|thôn|bản|tổ dân phố|khu phố)(?!\w)"
)

# Words that say a list names events or works, not units: «Nhiều chương trình, lễ hội … như:».
_EVENTS_LISTED = re.compile(
    r"(?i)(?<!\w)(?:chương trình|lễ hội|sự kiện|cuộc thi|hội thi|giải đấu|đêm diễn|tác phẩm"
    r"|đề tài|môn thi)(?!\w)"
)

# A newspaper or a review by its name, what a list of copies names, no unit: «Báo Nhân Dân 37.896
# tờ; Báo Quảng Bình 54.330 tờ», «Tạp chí Cộng sản 1.097 cuốn».
_PUBLICATION = r"(?:Báo|Tạp chí|Bản tin|Tạp san|Đài|Tờ|Nhà xuất bản|NXB)\s"

# An item of a list opening with a bare name, every word capitalised, before its figure, a
# colon, a bracket or a verb maybe between («Cụ thể, Chư Jút: 2.958 hộ; Krông Nô: 3.169 hộ»,
# «gồm: Phú Tân (30 căn), TX. Tân Châu (40 căn)», «Đồng Hới thực hiện 1.003,3 ha»).
_NAME_ITEM = re.compile(
    rf"(?:[:;,(]|\s(?:và|như|là|đó|có|tại khu vực))\s*"  # «…, trong đó Đồng Tháp đạt 44.500 tấn»
    rf"((?!{_PUBLICATION})(?:T[PX]\.\s*|(?:Thành phố|Thị xã|Thị trấn)\s+)?"  # «Thành phố
    rf"{CAPITAL}{NAME_WORD}(?:\s+{CAPITAL}{NAME_WORD}){{0,3}}"  # Phan Rang-Tháp Chàm đạt 100%»
    rf"(?:\s*\((?:tại\s+)?{CAPITAL}[^()\d]{{1,30}}\))?)"  # «Yết Kiêu (Gia Lộc) 209,7 triệu
    # đồng», «Hoàng Mai (tại Linh Đàm) 21,9 mm», where a reading is taken
    rf"\s*(?::\s+|\(\s*|\s+)(?:(?:{SMALL}[^\W\d_]*\s+){{0,4}}?"  # «TP.HCM đã tặng quà cho 635.437»
    r"(?:tăng|giảm|đạt|có|được|kết nạp|là|thực hiện|với|cho)\s+"
    rf"|{SMALL}[^\W\d_]*\s+(?:{SMALL}[^\W\d_]*\s+)?)?"  # «Lào Cai trồng 61 triệu cây, …»
    r"(?:(?:hơn|gần|trên|khoảng)\s+)?(?=\d)"
)

# Between a lone word's name and its figure: nothing or a verb («Đồng Hới thực hiện 1.003,3 ha»),
# never another word («Huy hiệu 30 năm»).
_NO_WORD_OR_A_VERB = re.compile(
    r"\s*(?::\s*|\(\s*)?(?:(?:tăng|giảm|đạt|có|được|kết nạp|là|thực hiện|với|cho)\s+)?"
    r"(?:(?:hơn|gần|trên|khoảng)\s+)?"
)

# A bare name, every word capitalised, before a bracket holding its figures: «Nam Định (65,9%»,
# «Nông Sơn (tạo lập hồ sơ đạt 115,34%», «vượt Đà Nẵng (58,89%)».
_NAME_BRACKETS = re.compile(
    rf"(?:^|[,;:)]|(?<!\S){SMALL}[^\W\d_]*\s)\s*((?!{_PUBLICATION})(?:T[PX]\.\s*)?{CAPITAL}{NAME_WORD}"
    rf"(?:\s+{CAPITAL}{NAME_WORD}){{1,3}})\s*\((?=[^()]*\d)"
)


def named_item(text: str, start: int) -> str | None:
    """The bare name an item of a list of units opens with, when the list after a colon has
    two items or more of that shape: «một số đơn vị tăng khá như: Trực Ninh 14 tỷ đồng, Ý Yên
    tăng 15 tỷ đồng»; «Thanh Hải 11/15, Đồng Cốc 8/7». Not «hình thức: Khiển trách 31, cảnh
    cáo 21», whose words are no name."""
    window = max(0, start - REACH)
    opened = [  # «như:», «là Thanh Hải 11/15, …», a bracket still open at the figure
        m
        for m in _LIST_OPENS.finditer(text, window, start)
        if m[0] != "(" or ")" not in text[m.start() : start]
    ]
    colon = opened[-1].start() if opened else -1
    if colon < 0:
        return None
    end = min(len(text), start + REACH)  # a run-on page costs no time squared
    items = [  # a lone word is a name only right before its figure («Mỗi xã có 01 …»: no)
        m
        for m in _NAME_ITEM.finditer(text, colon, end)
        if " " in m[1]
        or m[1].startswith(("TP.", "TX."))
        or _NO_WORD_OR_A_VERB.fullmatch(text, m.end(1), m.end())
    ]
    # a list names units when its opening says so, or when each name is a place's, every
    # word capitalised («Đơn cử: Vũng Tàu 23 giải, Bình Dương 13 giải»); «các bộ môn: Ngữ
    # văn 08 em, Toán 09 em» lists none
    places = all(" " in item[1] or item[1].startswith(("TP.", "TX.")) for item in items)
    opening = text[max(0, colon - 120) : colon]
    if len(items) < 2 or _events_listed(opening) or not (places or _UNITS_LISTED.search(opening)):
        return None
    # a figure inside an item's bracket is the item's too: «TP. Pleiku (39 vụ, 17 người tử vong)»
    first = bracket_first_number(text, start)
    items = [item for item in items if not CLASS_WORD.match(item[1])]  # «Nhóm 1 (19/19 …)»
    named = next((item[1] for item in items if item.end() in (start, first)), None)
    # a later figure of an item of a list split by «;» is the item's: «Đồng Hới thực hiện
    # 1.003,3 ha, bằng 99,8%; Ba Đồn …»
    piece = max(text.rfind(";", colon, start), colon)
    inside = [item for item in items if piece <= item.start() and item.end() < start]
    if (  # not past the next item of a list split by «,»: «Hai Bà Trưng 30,1mm, Hoàng Mai …»
        named is None
        and len(inside) == 1
        and ";" in text[colon:end]
        and not re.search(rf",\s*{CAPITAL}", text[inside[0].end() : start])
    ):
        named = inside[0][1]
    upper = named is not None and named.isupper() and not named.startswith(("TP.", "TX."))
    upper = upper or (named is not None and ETHNIC_GROUP.fullmatch(named) is not None)
    if named is None or upper:  # «THCS 90 trường»: a class, not «TP.HCM», nor a people
        return None
    kind = opened[-1]["kind"]
    kinded = named.startswith(("TP", "TX", "Thành phố", "Thị xã", "Thị trấn", "Huyện", "Quận"))
    return f"{kind.capitalize()} {named}" if kind and not kinded else named


# What a list's head says its items did: «một số tỉnh tăng cao như Cao Bằng 23%, …» (each
# rose by its rate), «có 25/64 tỉnh đạt dưới 75% kế hoạch như Kon Tum 44%, …» (each reached
# its rate of the plan).
_HEAD_CHANGED = re.compile(  # what it counts may follow: «giảm sâu số hộ nghèo là: Hiệp Hòa
    r"(?i)(?<!\w)(tăng|giảm)(?:\s+(?:cao|mạnh|nhiều|nhanh|sâu|khá|thấp|ít))?"  # (1.200 hộ)»
    r"(?:\s+số(?:\s+[^\W\d]+){1,4}?)?(?:\s+(?:là|như))?\s*$"
)
_HEAD_OF_PLAN = re.compile(
    r"(?i)(?<!\w)(?:đạt|hoàn thành)(?!\w)[^;,]{0,40}?(?:kế hoạch|chỉ tiêu|dự toán)(?:\s+năm)?\s*$"
)


def listed_roles(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """The rates of a list of units' items, each its unit's, given the role its head says
    they have: a change, or a share of the plan."""
    marked = list(found)
    for index, mention in enumerate(found):
        if mention.kind not in ("percent", "count") or mention.role != "level":
            continue
        opens = [m for m in _LIST_OPENS.finditer(text, max(0, mention.start - REACH), mention.start)
                 if m[0].strip() in (":", "như")]  # fmt: skip
        if not opens or named_item(text, mention.start) is None:
            continue
        head = text[: opens[-1].start()].rstrip(" ,")
        head = re.split(r"[;.]\s", head)[-1]
        if changed := _HEAD_CHANGED.search(head):
            sign = -1 if changed[1].lower() == "giảm" else 1
            marked[index] = replace(mention, role="change", sign=sign)
        elif _HEAD_OF_PLAN.search(head) and mention.kind == "percent":
            marked[index] = replace(mention, role="of_plan")
    return marked


def bracket_first_number(text: str, start: int) -> int | None:
    """Where the first number of the bracket a figure stands in begins, when the bracket
    opens on a number, a change's word maybe before it: «Chư Prông (21 vụ, 16 người tử vong»
    gives the 21's place for the 16; «huyện Kông Chro (giảm 7,24%)»."""
    opened = text.rfind("(", max(0, start - 120), start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    found = re.match(r"\s*(?:(?:tăng|giảm)\s+)?(?=\d)", text[opened + 1 : start + 1])
    return opened + 1 + found.end() if found else None


def bracket_owner(text: str, start: int) -> str | None:
    """The bare name right before the bracket a figure stands in, when the sentence is a line
    of two or more such names, each with its figures in its bracket: «Đà Nẵng (67%) cùng các
    tỉnh Hòa Bình (86,5%), Nam Định (65,9%)»; «Nông Sơn (tạo lập hồ sơ đạt 115,34%, tỷ lệ
    kích hoạt đạt 51,19%), Đại Lộc (…)»."""
    opened = text.rfind("(", max(0, start - 160), start)
    if opened < 0 or ")" in text[opened:start]:
        return None
    items = [
        m
        for m in _NAME_BRACKETS.finditer(text)
        if not CLASS_WORD.match(m[1]) and not ETHNIC_GROUP.fullmatch(m[1])
    ]
    if len(items) < 2 or _events_listed(text[max(0, items[0].start() - 120) : items[0].start()]):
        return None
    return next((m[1] for m in items if m.end() == opened + 1), None)


def _events_listed(opening: str) -> bool:
    """Whether a list's opening says it names events or works, not units: «Nhiều chương
    trình, lễ hội … như: … chương trình Âm nhạc Trịnh Công Sơn (khoảng 6.000 lượt người)»."""
    return _UNITS_LISTED.search(opening) is None and _EVENTS_LISTED.search(opening) is not None


__all__ = [
    "CLASS_WORD",
    "ETHNIC_GROUP",
    "NAME_WORD",
    "bracket_first_number",
    "bracket_owner",
    "listed_roles",
    "named_item",
]
