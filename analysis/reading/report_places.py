"""How a written report names a place (issue 20): by its kind and its name, the name's words
capitalised («huyện Thới Lai», «TP Chí Linh», «ấp Phú Trí B1»), a Party organisation of a place
(«Đảng bộ huyện Thới Lai»), a region or a ministry, a team at a games by its province («đoàn
Đăk Lăk»), where a reading is taken («sông Ngàn Sâu», «trạm Nam Đông») or a prison; and where
a figure's own words set it: after what it counts («3 người ở xã Tiên Nguyên», «950 người tại
Romania»), in a bracket after it («72,95 (Quảng Ninh)»), or a bracket naming only places.

Patterns only: no file is opened here.
"""

from __future__ import annotations

import re

from .report_lists import NAME_WORD
from .report_words import CAPITAL, MINISTRY, REGION, SMALL

# A place by its kind and its name, the name's words capitalised: «huyện Thới Lai», «TP Chí
# Linh», «quận Ô Môn»; an organisation by its kind, a place's kind and a name that may hold
# one small word between capitalised ones and end on its level: «Đảng bộ huyện Thới Lai»,
# «Đảng bộ Khối Cơ quan Dân Chính Đảng thành phố», «Đảng bộ Quân sự tỉnh».
KIND = (  # and a commune's parts: «khu phố Hiệp Lực», «thôn Đông», «ấp 3», «tổ dân phố 5»
    r"(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hành phố|TP\.?|TX\.?|[Xx]ã|[Pp]hường|[Tt]hị trấn|[Tt]ỉnh"
    rf"|(?<![\w.])[PQ]\.(?=\s?{CAPITAL})"  # «P.Hồng Bàng», «Q.Kiến An»: a ward, a district
    r"|(?<!\w)(?:[Kk]hu phố|[Kk]hối phố|[Tt]ổ dân phố|[Tt]hôn|[Ấấ]p|[Bb]uôn|[Xx]óm)(?!\w)"
    # where a reading is taken: «sông Ngàn Sâu tại Chu Lễ 11,44 m», «tại trạm Nam Đông», «cống
    # Nàng Âm», «hồ Kẻ Gỗ», «thủy điện Đồng Sung»; not «Trạm Y tế», nor «Hồ Chí Minh»
    r"|(?<!\w)(?:[Ss]ông|trạm(?!\s+(?:Y tế|Khuyến|Thú|Bảo vệ|Kiểm))|[Cc]ống|[Đđ]ập|hồ|[Hh]ồ chứa"
    r"|[Tt]h[uủ]y điện|[Tt]huỷ điện"
    # a prison or a camp: «Trại giam Gia Trung có 235 phạm nhân», «Trại tạm giam số 2»
    r"|[Tt]rại giam|[Tt]rại tạm giam|[Nn]hà tạm giữ|[Cc]ơ sở cai nghiện(?: ma túy| ma tuý)?)(?!\w))"
)
# Words that join a name to what follows it and are never inside one: «huyện Dương Minh Châu
# cùng Đoàn Thanh niên» names huyện Dương Minh Châu.
_JOINS = r"(?!(?:cùng|và|với|của|tại|cho|trong|phối|tặng|trao)\s)"
PLACE_NAME = (  # not a body of the place («Tỉnh Hội», «Huyện Đoàn»: the province's association)
    rf"(?:(?!(?:Hội|Đoàn|Ủy|Uỷ|Ban|Đảng)(?!\w)){CAPITAL}{NAME_WORD}(?:\s+(?:{_JOINS}{SMALL}[^\W\d_]*\s+)?{CAPITAL}{NAME_WORD}){{0,5}}"
    r"(?:\s+\d{1,3}(?=\s*:)|\s+[A-Z]\d{1,2}(?![\w/%]|[.,]\d))?"  # «khu phố Hiệp Tâm 1: 538 hộ», its
    # label's number; a hamlet's code, «ấp Phú Trí B1»
    r"|(?:số\s+)?\d{1,3}[A-Z]?(?!\w|[.,/]\d))"  # «Phường 12», «Chi bộ số 3»
)
# A place's own name, every word capitalised: «tỉnh Đắk Lắk», not «tỉnh Đắk Lắk giao Công an».
_PLACE_NAME_ONLY = PLACE_NAME.replace(rf"(?:{_JOINS}{SMALL}[^\W\d_]*\s+)?", "", 1)
BLOC = (  # «Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh», «Đảng bộ Khối các cơ quan tỉnh»
    r"(?:Đảng bộ|Đảng ủy|Đảng uỷ)\s+[Kk]hối\s+(?:các\s+)?(?i:cơ quan|doanh nghiệp)"
    r"(?:\s+(?:và|-)\s+(?i:doanh nghiệp|cơ quan))?(?:\s+(?:tỉnh|thành phố|huyện|quận))?(?!\w)"
    rf"(?!\s+{CAPITAL})"  # not «Đảng bộ Khối Cơ quan Dân Chính Đảng thành phố»
)
# A team at a games, by the province or the country it is: «đoàn Đăk Lăk dẫn đầu với 31 huy
# chương», «Đoàn chủ nhà Kon Tum», «đội chủ nhà TP. Cần Thơ»; its name two words or more
# unless it is said to be a team («Đoàn thể thao Lào»), not «Đội Cảnh sát», nor the Youth Union.
_TEAM = (
    r"(?:[Đđ]oàn|[Đđ]ội)"
    r"(?=\s+(?i:vận động viên|vđv|thể thao|tuyển|chủ nhà)\s|\s+\S+\s+(?-i:[A-ZĐ]))"
    r"(?:\s+(?i:vận động viên|vđv|thể thao|tuyển|chủ nhà))*\s+(?!Thanh niên|TNCS|ĐBQH)"
    rf"(?:{KIND}(?:\s+|(?<=\.)(?={CAPITAL})))?{PLACE_NAME}"
)
# A province or a centrally run city by its bare name, as news writes it: «Ninh Thuận đạt
# 267.200 tấn», «của Hải Phòng là 192,2 ha»; not inside a longer name («Bệnh viện Nhi Hà Nội»,
# «Nhà máy điện gió Hòa Bình 1»).
_PROVINCES = "|".join((
    "An Giang", "Bà Rịa - Vũng Tàu", "Bà Rịa – Vũng Tàu", "Bà Rịa-Vũng Tàu", "Bạc Liêu",
    "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương", "Bình Định", "Bình Phước",
    "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", r"Đ[ăắa][kc]\s?L[ăắa][kc]",
    r"Đ[ăắa][kc]\s?Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam",
    "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hoà Bình",
    "Hưng Yên", "Khánh Hòa", "Khánh Hoà", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn",
    "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận",
    "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị",
    "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thanh Hoá",
    "Thừa Thiên Huế", "Thừa Thiên - Huế", "Tiền Giang", r"TP\.\s?HCM", r"TP\s?HCM", "TPHCM",
    r"TP\.\s?Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
))  # fmt: skip
_LETTER = r"[^\W\d_]"
_AFTER_A_NAME = "".join(rf"(?<!{CAPITAL}{_LETTER * n} )" for n in range(7))  # «Nhi Hà Nội»
# but a capitalised word that opens a sentence before it: «Tại Nghệ An, …», «Riêng Hà Nội có …»
_OPENING = "".join(
    rf"(?<={w} )|" for w in ("Tại", "Ở", "Riêng", "Với", "Còn", "Như", "Cả", "Đối với")
)
PROVINCE = rf"(?<![\w.])(?:{_OPENING}{_AFTER_A_NAME})(?:{_PROVINCES})(?!\w|\s+(?:\d|{CAPITAL}))"
PLACE = re.compile(
    rf"(?:{REGION}|{MINISTRY}|{BLOC}|{_TEAM}|{PROVINCE}"
    rf"|(?:Đảng bộ|Chi bộ|Đảng ủy|Đảng uỷ)\s+(?!Trường\s+[a-zđ])(?:{KIND}\s+)?{PLACE_NAME}"
    rf"(?:(?:\s+{SMALL}[^\W\d_]*)?\s+(?:tỉnh|thành phố|huyện|quận|thị xã)(?!\s+{CAPITAL}))?"
    rf"|{KIND}(?:\s+|(?<=\.)(?={CAPITAL})){_PLACE_NAME_ONLY}(?:\s+cũ|\s*\(cũ\))?(?!\w))"
)  # «TP.Thủ Dầu Một» written without a space; «tỉnh Tiền Giang cũ», one merged into another


# A bracket that only names places, where what the clause tells of happened: «(ấp Phú Lợi A,
# xã Phú Hữu, huyện Châu Thành)».
PLACES_ONLY = re.compile(rf"\s*{PLACE.pattern}(?:\s*,\s*{PLACE.pattern})*\s*")

# An item of a list of bodies, its figures in its bracket, the items split by «), »: «Các sở,
# ngành khác gồm: Sở Văn hóa, Thể thao và Du lịch (174), Văn phòng UBND tỉnh (5)».
BODY = (
    r"(?:Sở|Ban|Văn phòng|Thanh tra|Công an|Ủy ban|Uỷ ban|UBND|Hội|Trung tâm|Chi cục|Cục|Phòng"
    r"|Trường|Bệnh viện|Công ty|Ngân hàng|Kho bạc|Bảo hiểm|Đảng ủy|Đảng uỷ|Đảng bộ|Chi bộ"
    r"|Liên đoàn|Mặt trận|Viện|Tòa án|Toà án|Chi nhánh|Bộ|Tổng cục|Đoàn)(?!\w)"
)
# A place right after what a count counts, its own: «3 người ở xã Tiên Nguyên», «6 người xã
# Xuân Minh»; not «cho hộ nghèo xã Tân Lập», a place given to, nor «05/05 ấp đạt ấp Văn hóa»,
# nor who set the plan a share is of («đạt 22% dự toán Bộ Tài chính giao»).
PLACE_AFTER = re.compile(
    rf"\s*\S+\s+(?:(?!(?:đạt|là|được|dự toán|kế hoạch|chỉ tiêu)\s){SMALL}[^\W\d_]*\s+){{1,2}}?"
    rf"(?:(?:ở|tại|thuộc)\s+)?((?!(?:Đảng bộ|Chi bộ)){PLACE.pattern})"
)
# A place a count's own item says it is at, farther after it: «hỗ trợ xây 202 nhà ở cho hộ nghèo
# tại huyện Đakrông»; and the figures «với» gives it next: «… với tổng số tiền hơn 6 tỷ đồng».
PLACE_AT = re.compile(  # or given to it: «xuất cấp hơn 1.171 tấn gạo cho UBND tỉnh Hà Tĩnh»
    rf"\s*\S+(?:\s+(?!(?:đạt|là|được|với)\s)[^\W\d]+){{1,8}}?\s+(?:tại|ở"
    rf"|cho(?:\s+(?:UBND|Ủy ban nhân dân|Ủy ban Nhân dân|Uỷ ban nhân dân))?)\s+"
    rf"((?!(?:Đảng bộ|Chi bộ)){PLACE.pattern})"
)
# or by its bare name, where the item ends: «khoảng 950 người tại Romania, 2.800 người tại Ba Lan»
BARE_PLACE_AT = re.compile(
    rf"\s*\S+(?:\s+[^\W\d]+){{1,3}}?\s+(?:tại|ở)\s+"
    rf"((?!{BODY}|Nhà|Hội|Trung tâm){CAPITAL}{NAME_WORD}(?:\s+{CAPITAL}{NAME_WORD}){{0,3}})[\s.…]*$"
)
AT_PLACE_WITH = re.compile(
    rf"(?<!\w)(?:tại|ở|(?P<of>của))\s+(?P<place>(?!(?:Đảng bộ|Chi bộ)){PLACE.pattern})"
    rf"(?:\s*\([^()]{{1,40}}\))?\s+"
    rf"(?:(?(of)(?!))(?:với|có)\s+(?:[^\W\d]+\s+){{0,5}}"  # not «… hạng nhì của huyện A với 44»
    r"|(?:là|đạt|lên tới|lên đến|ở mức)\s+(?:(?:hơn|gần|khoảng|trên)\s+)?)$"
)  # «lượng mưa tại trạm Nam Đông là 927,3 mm», «diện tích … của Hải Phòng là 192,2 ha»
# A figure, maybe its measure, then only a place's name in a bracket: «72,95 (Quảng Ninh)».
PLACE_IN_BRACKET = re.compile(
    rf"[\d.,]+\s*%?(?:\s*{SMALL}[^\W\d]*){{0,5}}\s*\(\s*({PLACE.pattern}"
    rf"|(?!(?:Theo|Nguồn|Trong|Tăng|Giảm|Năm|Tháng|Quý|Kế|Bằng|Chiếm|Đạt|Gồm|Riêng|Trên"
    rf"|Dưới|Khoảng|Hơn|Gần|Cùng|So|Chỉ|Tỷ|Tỉ|Số)(?!\w)){CAPITAL}{SMALL}+(?:\s+{CAPITAL}{SMALL}+){{0,3}})"
    r"\s*\)"
)

__all__ = [
    "AT_PLACE_WITH",
    "BARE_PLACE_AT",
    "BLOC",
    "BODY",
    "KIND",
    "PLACE",
    "PLACES_ONLY",
    "PLACE_AFTER",
    "PLACE_AT",
    "PLACE_IN_BRACKET",
    "PLACE_NAME",
    "PROVINCE",
]
