"""The subject a clause of a written report opens with (issue 20): the place or the body
whose figures follow («Trong đó, huyện Thới Lai kết nạp 241 đảng viên», «Công an quận Lê Chân
bắt 17 vụ», «Tại Bình Dương tăng 968 ca»), the units of a level together («các xã, thị
trấn»), and the words that only lead a clause in («Trong đó,», «Cụ thể,»).

Pure functions over one clause's words.
"""

from __future__ import annotations

import re

from .report_bodies import ORGANISATION, brand_opening
from .report_lists import NAME_WORD
from .report_places import BLOC, BODY, KIND, PLACE, PLACE_NAME
from .report_words import AREA, CAPITAL, SMALL


def leads_in_only(piece: str) -> bool:
    """Whether a piece of a clause only leads in to what follows: «Trong đó», «Cụ thể»,
    «Theo Cục Thống kê»."""
    return not _CONNECTORS.sub("", piece.strip(" ,-–+•*") + " ").strip()


def clause_subject(clause: str) -> str | None:
    """A place a part of the clause opens with, the nearest before the figure, its subject:
    «Trong đó, huyện Thới Lai kết nạp 241 đảng viên, đạt 160% kế hoạch»; «… và Đảng bộ quận
    Ô Môn kết nạp 162 ĐV»; «TP Chí Linh (1,14 tỷ đồng)»; the units of a level together,
    «Mặt trận các xã, thị trấn trao tặng 391 suất quà»; a body a clause is set in, «Trong đó,
    tại Bộ phận Một cửa UBND thành phố, đã tiếp nhận 15.868 hồ sơ»."""
    kept = UNITS_TOGETHER.sub(
        lambda m: m[0].replace(",", "\x1f"), clause
    )  # its commas are no break, nor a bloc's «và»: «Đảng ủy Khối Cơ quan và Doanh nghiệp»
    kept = re.sub(BLOC, lambda m: m[0].replace(" và ", "\x1e"), kept)
    pieces = re.split(r"(,|\s(?:và|còn)\s)", kept)
    for at in range(len(pieces) - 1, -1, -2):
        part = pieces[at].replace("\x1f", ",").replace("\x1e", " và ")
        closed = at < len(pieces) - 1  # «tại Bộ phận Một cửa …,» sets; «tại Thanh Hóa hiện có»
        bare = part.strip(" ,-–+•*")  # «tại Thanh Hóa hiện có» names only Thanh Hóa
        if setting := (closed and _SET_IN.fullmatch(bare)) or _SET_IN_OPEN.match(bare):
            return setting[1]
        opening = _CONNECTORS.sub("", part.lstrip(" ,-–+•*"))
        subject = PLACE.match(opening) or AREA.match(opening) or _SCHOOL.match(opening)
        if subject is None and (body := _BODY_OF_PLACE.match(opening)):
            return body[1][:1].upper() + body[1][1:]  # «Công an quận Lê Chân bắt 17 vụ»
        subject = subject or ORGANISATION.match(opening)  # «KCN Minh Đức thu hút 2.500 …»
        opens = all(not _CONNECTORS.sub("", p.strip(" ,") + " ").strip() for p in pieces[:at:2])
        if subject is None and opens and (brand := brand_opening(opening)):
            return brand  # «Vietnam Airlines khai thác 2.366 chuyến»
        said = [p for p in pieces[:at:2] if _CONNECTORS.sub("", p.strip(" ,") + " ").strip()]
        parallel = said and _NAMED_SUBJECT.match(_CONNECTORS.sub("", said[0].strip(" ,-–+•*")))
        subject = subject or (_NAMED_SUBJECT.match(opening) if opens or parallel else None)
        # «Cụ thể, …»; a list of places each with its own: «Hà Lam có 350 hộ, Bình Tú là 400 hộ»
        if subject and not _listed_after(
            pieces[:at]
        ):  # «Riêng khu vực đồng bằng có 8.201 hộ nghèo»: a part of the land, its own
            named = re.sub(r"^Hiện(?:\s+(?:nay|tại))?\s+", "", subject[0])  # «Hiện Thanh Hóa có»
            return named[:1].upper() + named[1:]
        if at == len(pieces) - 1 and (first := _FIRST_LISTED.search(part)):
            place = first[1] or first[2]  # «… như xã Dương Hòa đạt 67 triệu»
            return place[:1].upper() + place[1:]
        together = _PLURAL_SUBJECT.match(opening)
        if together and not (at and pieces[at - 1].strip() == "và"):  # «phối hợp với … và
            return together[1][:1].upper() + together[1][1:]  # UBND các xã» is no subject
    return None


def _listed_after(before: list[str]) -> bool:
    """Whether a place is the next of a list named after other words, the places a figure is
    given to, not its subject: «Trao 45 nhà cho hộ nghèo xã Tân Lập, xã Hòa Bình với …»."""
    if len(before) < 2 or before[-1].strip() != ",":
        return False
    last = before[-2].replace("\x1f", ",")
    if re.match(r"(?i)\s*theo\s", last):  # «theo Cục Thuế tỉnh Đồng Tháp, tỉnh Đồng Tháp cũ
        return False  # có tổng thu …»: who says so, then the place it is said of
    ends = re.search(rf"({KIND}\s+{PLACE_NAME})\s*$", last)
    return ends is not None and bool(last[: ends.start()].strip(" ,-–+•*"))


_CONNECTORS = re.compile(
    r"^(?:(?:trong đó|riêng|còn|ngoài ra|đối với|tại|trên(?=\s+(?:sông|trạm|tuyến)\s)|đứng đầu là"
    r"|tiếp đến là|cụ thể|đặc biệt"
    r"|theo đó|trên địa bàn|đáng nói|đáng chú ý|nổi bật|bên cạnh đó|đồng thời|tuy nhiên|mặt khác"
    r"|theo\s+[^,;:\d]{1,60}?(?=\s+$)"  # a piece that only names its source: «Theo Cục Thống kê,»
    r"|(?:địa bàn|khu vực)(?=\s+(?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|TP\.?|TX\.?)[\s.])"
    r"|toàn"  # «toàn Đảng bộ thị xã Sa Đéc đã kết nạp …»; a rank: «đứng thứ 2 tỉnh Thái Nguyên»
    r"|(?:(?:đứng|xếp)\s+)?(?:vị trí\s+)?thứ\s+(?:\d+|nhất|nhì|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)"
    r"(?:\s+là)?)"
    r"(?:\s*[:,]\s*|\s+))+",
    re.IGNORECASE,
)


# its figures: «Đơn vị xếp thứ ba là Di Linh với 63 HC», «Xếp thứ hai là Hà Nội (863 điểm 10)».
# The first unit of a list after «như», right before its figure and its verb: «một số xã thu
# nhập cao như xã Dương Hòa đạt 67 triệu đồng/năm, xã Hòa Điền đạt …».
# A place's own body by its kind and the place: «Công an quận Ngô Quyền», «UBND xã Tân Lập».
_BODY_OF_PLACE = re.compile(
    r"(?:Công an|UBND|Ủy ban nhân dân|Uỷ ban nhân dân|Tòa án nhân dân|Toà án nhân dân|TAND"
    r"|Viện kiểm sát nhân dân|Viện Kiểm sát nhân dân|VKSND|Chi cục Thi hành án dân sự"
    r"|Bảo hiểm xã hội|BHXH|Trung tâm Y tế|Hội Nông dân|Hội Liên hiệp Phụ nữ|Hội LHPN"
    r"|Hội Cựu chiến binh|Mặt trận Tổ quốc|MTTQ|Ủy ban MTTQ|Đoàn Thanh niên)\s+"
    + f"({PLACE.pattern})"
)  # its unit the place, as the issuer's own body there is: «Hội LHPN huyện Tân Biên»
_FIRST_LISTED = re.compile(
    r"(?<!\w)(?:như|điển hình là|điển hình như|tiêu biểu như|tiêu biểu là|nhất là|đầu là|là)"
    r"\s*:?\s*"  # «Địa phương … cao nhất là huyện Ninh Sơn đạt 167%»
    r"(?:" + _BODY_OF_PLACE.pattern + "|(" + PLACE.pattern + r"))\s+"
    rf"(?:{SMALL}[^\W\d]*(?:\s+{SMALL}[^\W\d]*)?)?(?:\s+(?:trên|gần|hơn))?\s*$"
)


# A school by its level and its name, as a list's item names it: «trường Mầm non Bình Mỹ
# huy động 235/210 trẻ; trường tiểu học A huy động 80/73 em».
_SCHOOL = re.compile(  # and its Party cell: «Chi bộ Trường trung học phổ thông Trị An»
    r"(?:(?:Chi bộ|Đảng bộ)\s+)?[Tt]rường(?:\s+(?i:mầm non|tiểu học|trung học cơ sở"
    r"|trung học phổ thông|THCS|THPT|TH|MN|PTDTBT|PTDTNT|phổ thông|liên cấp|mẫu giáo))+"
    rf"\s+{PLACE_NAME}"
)


# The units of a level taken together, «các xã, thị trấn», «các phường, xã», as the subject
# of a clause, maybe behind the body they have there: «Mặt trận các xã», «khối UBND các phường».
LEVEL_KIND = r"(?:xã|phường|thị trấn|huyện|quận|thị xã|thành phố|(?i:sở))"
UNITS_TOGETHER = re.compile(  # and the departments: «Thanh tra các sở, ngành triển khai 25 cuộc»
    rf"(?<!\w)(?:các|Các) {LEVEL_KIND}(?:\s*(?:,|và)\s*(?:{LEVEL_KIND}|ban|ngành)(?!\w))*"
)
# and the ministries and sectors, in an indicator's phrase: «tỷ lệ … tại các Bộ, ngành đạt 45%»
UNITS_NAMED_TOGETHER = re.compile(
    rf"{UNITS_TOGETHER.pattern}|(?<!\w)(?:các|Các) (?i:bộ),\s*ngành(?:\s*,\s*địa phương)?(?!\w)"
)
_PLURAL_SUBJECT = re.compile(
    r"(?i:(?:mặt trận|mttq|ubnd|ủy ban nhân dân|uỷ ban nhân dân|đảng ủy|đảng uỷ|đoàn|hội|"
    r"công an|khối|thanh tra)\s+){0,2}(" + UNITS_TOGETHER.pattern + r")(?!\w)"
)
# A clause that only sets the body the next ones speak of: «tại Bộ phận Một cửa UBND thành
# phố,» — a body by its capitalised name, not a venue, an event or a document.
_SET_IN = re.compile(
    r"(?i:(?:trong đó|riêng|còn)\s*,?\s*)?(?:[Tt]ại|[Ởở])\s+"
    rf"((?!(?i:hội trường|hội nghị|hội thảo|đại hội|kỳ họp|phiên|buổi|lễ|trụ sở|quyết định|"
    rf"kế hoạch|nghị quyết|thông báo|công văn|chỉ thị|kết luận|hướng dẫn|báo cáo|điều)\b)"
    rf"{CAPITAL}[^\d,;:()]{{2,60}})"
)
# and in the figure's own clause, its name's capitalised words before what happened there:
# «Tại Bình Dương tăng 968 ca», «tại Thanh Hóa hiện có 6.243 tàu cá»
_SET_IN_OPEN = re.compile(
    _SET_IN.pattern[: -len(rf"{CAPITAL}[^\d,;:()]{{2,60}})")]
    + rf"(?:T[PX]\.\s*)?{CAPITAL}{NAME_WORD}(?:\s+{CAPITAL}{NAME_WORD}){{1,4}})\s+(?={SMALL})"
)  # not «tại Trung tâm Hành chính công»: a body, «Trung» no name


# A place by its bare name opening a clause, the subject of what happened there: «Hậu Giang
# có 15 xã đạt chuẩn», «TP.Quảng Ngãi xảy ra 51 vụ», «Trên địa bàn Ninh Hải có 4 trường hợp»;
# its words capitalised, not a body («Ban Thường vụ», «Hội Nông dân»).
_NAMED_SUBJECT = re.compile(
    rf"(?!(?:{BODY}|Ban|Hội|Đảng|Nhân|Nhà|Công|Chính|Tính|Ngoài|Theo|Riêng)(?!\w))"
    rf"(?:T[PX]\.\s*)?{CAPITAL}{SMALL}+(?:\s+{CAPITAL}{SMALL}+){{1,3}}"  # not «Bệnh LMLM»
    r"(?=\s+(?:(?:hiện|đã|cũng|vẫn|còn)\s+)?(?:có|xảy ra|ghi nhận)(?:\s|$)"
    r"|\s+(?:(?:cũng|vẫn)\s+)?là(?:\s*$|\s+(?:một\s+)?(?:xã|phường|thị trấn|huyện|quận|thị xã|tỉnh"
    r"|thành phố|địa phương|đơn vị|nơi|vùng|một trong)(?!\w)))"
)


__all__ = [
    "LEVEL_KIND",
    "UNITS_NAMED_TOGETHER",
    "UNITS_TOGETHER",
    "clause_subject",
    "leads_in_only",
]
