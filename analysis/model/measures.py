"""Units of measure (`Đơn vị tính`): which count whole people or things, and which say a
value is a rate. Used to tell a count from a rate, and a column of measures from a column
of organisations."""

from __future__ import annotations

import re
from functools import lru_cache

from .text import name_key

# Units of measure that count whole people or things: their figures must be
# non-negative whole numbers. Matched on the first words of `Đơn vị tính`.
COUNT_MEASURES = (
    "người",
    "đảng viên",
    "cán bộ",
    "công chức",
    "viên chức",
    "đồng chí",
    "hội viên",
    "đoàn viên",
    "học sinh",
    "sinh viên",
    "lao động",
    "hộ",
    "lượt",
    "văn bản",
    "buổi",
    "kỳ họp",  # «tổ chức 12 kỳ họp»
    "cuộc",
    "lần",
    "giải",  # «01 giải Nhất, 04 giải Nhì»: prizes
    "viên",  # «500 nghìn viên ma túy tổng hợp»: pills
    "xe",  # «thu giữ 25 xe mô tô», «1.980 bao thuốc lá», «22 cá thể động vật»
    "bao",
    "cá thể",
    "phương tiện",
    "bằng khen",  # «tặng 20 bằng khen», «2 Huân chương Lao động»
    "giấy khen",
    "huân chương",
    "huy chương",
    "ủy viên",
    "huyện ủy viên",  # the committees' members by level: «2 Huyện ủy viên, 9 Đảng ủy viên»
    "huyện uỷ viên",
    "tỉnh ủy viên",
    "tỉnh uỷ viên",
    "thành ủy viên",
    "thành uỷ viên",
    "quận ủy viên",
    "quận uỷ viên",
    "thị ủy viên",
    "thị uỷ viên",
    "đảng ủy viên",
    "đảng uỷ viên",
    "chi ủy viên",
    "chi uỷ viên",
    "uỷ viên",
    "gia trại",
    "giường bệnh",
    "bác sĩ",
    "nhiệm vụ",
    "chức danh",
    "chỉ tiêu",
    "tổ chức",
    "tổ chức đảng",
    "tổ chức cơ sở đảng",
    "TCCSĐ",
    "chi bộ",
    "đảng bộ",
    "cơ sở",
    "cơ quan",
    "trạm y tế",  # «43 Trạm Y tế tham gia thí điểm»
    "trạm",
    "bến",  # «kiểm tra 155 bến đò ngang»
    "đơn vị",
    "xã",
    "phường",
    "huyện",
    "quận",
    "thị xã",
    "thị trấn",
    "đặc khu",  # a special zone, a commune's level since 2025: «ba đặc khu»
    "thôn",
    "tổ dân phố",
    "vụ việc",
    "vụ án",
    "bị can",
    "bị cáo",
    "vụ",
    "việc",
    "hồ sơ",
    "thủ tục",
    "doanh nghiệp",
    "trường hợp",
    "vi phạm",  # «phát hiện 15 vi phạm»: violations counted
    "ngày công",
    "giờ công",
    "cá nhân",
    "trường",
    "gia đình",
    "đơn",
    "ý kiến",
    "kiến nghị",
    "phiếu",
    "mô hình",
    "công trình",
    "dự án",
    "con",
    "cái",
    "chiếc",
    "bài",
    "tin",
    "lớp",
    "hội nghị",
    "đợt",
    "đoàn kiểm tra",  # the teams an inspection sends: «thành lập 36 đoàn kiểm tra»
    "đoàn giám sát",
    "đoàn thanh tra",
    "đoàn công tác",
    "dân tộc",
    "tàu cá",  # boats: «620 tàu, trong đó có 339 tàu khai thác xa bờ»
    "chi, đảng bộ",  # «18/19 chi, đảng bộ»: cells and committees together
    "chi bộ, đảng bộ",
    "cánh đồng",
    "cụm công nghiệp",
    "khu công nghiệp",
    "cuộc gọi",  # «Tổng đài … nhận 11.211 cuộc gọi»
    "cụ",  # the elderly: «1.131 cụ cao tuổi», «24 cụ tròn 100 tuổi»
    "nhà xuất bản",  # «5 nhà xuất bản có doanh thu …», not «nhà»
    "chỉ số thành phần",  # «Sơn La có 5 chỉ số tăng, 5 chỉ số giảm»
    "chỉ số",
    "chuyến bay",  # «khai thác 2.366 chuyến, trong đó chậm 562 chuyến»
    "chuyến",
    "khu kinh tế",  # «17 khu kinh tế ven biển», «26 khu kinh tế cửa khẩu»
    "khu chế xuất",
    "bà mẹ việt nam anh hùng",  # «10 Mẹ Việt Nam anh hùng», «745 Bà mẹ VNAH»
    "mẹ việt nam anh hùng",
    "bà mẹ",
    "mẹ",
    "anh hùng",  # «7 Anh hùng LLVTND»
    "liệt sĩ",
    "liệt sỹ",
    "thương binh",
    "bệnh binh",
    "hài cốt",  # «quy tập 19.357 hài cốt liệt sỹ»
    "chiến dịch",
    "chiến sĩ",
    "chiến sỹ",
    "đội hình",
    "tình nguyện viên",
    "đoàn cơ sở",
    "đoàn",  # delegations, teams: «16 đoàn đông người», «305 đoàn, tổ kiểm tra»
    "đội",  # «thành lập 36 đội thanh niên tình nguyện»
    "tàu",
    "phà",  # «hai phà 200 tấn và bốn phà 100 tấn»
    "máy",  # «35 máy làm đất», «300 máy gặt đập liên hợp»
    "sà lan",
    "chi ủy",
    "đảng ủy",
    "cấp ủy viên",
    "cấp ủy",
    "cấp uỷ viên",
    "cấp uỷ",
    "thành viên",
    "tập thể",
    "căn nhà",
    "căn hộ",
    "căn",
    "ngôi nhà",
    "nhà",
    "cây cầu",
    "cây",
    "tuyến",
    "hợp tác xã",
    "tổ hợp tác",
    "tổ",
    "bản",
    "trung tâm",
    "giấy chứng nhận",
    "giấy phép",
    "giấy",  # «541.473 giấy CNQSDĐ»
    "trẻ",
    "trang trại",
    "tài khoản",
    "thuê bao",
    "sản phẩm",
    "sáng kiến",
    "đề tài",
    "câu lạc bộ",
    "suất",
    "phần quà",
    "em",
    "cháu",
    "thí sinh",  # «Bốn thí sinh còn lại», «có 05 địa phương giảm», «đăng ký 115 phần việc»
    "địa phương",
    "phần việc",
    "điểm trường",
    "tiêu chí",
    "thủ tục hành chính",
    "tthc",
    "quyết định",
    "kế hoạch",
    "nhân khẩu",
    "khẩu",
    "đv",
    "đ/c",
    "đc",
    "tccs",
    "cử tri",
    "đại biểu",
    "khu vực bỏ phiếu",
    "điểm bỏ phiếu",
    "điểm phần trăm",  # a rate's change: «tăng 1,5 điểm phần trăm», «điểm %»
    "điểm %",
    "điểm",  # a score («đạt 82,88/100 điểm») or places («12 điểm giao dịch»)
    "liều",  # a vaccine's doses: «72.000 liều vắc-xin»
    "mũi",
    "bậc",  # a rank's change: «tăng 7 bậc so với năm 2021»
    "hạng",
    "tổ bầu cử",
    "phụ nữ",
    "thanh niên",
    "nông dân",
    "cựu chiến binh",
    "ccb",
    "công đoàn cơ sở",
    "công đoàn",
    "đối tượng",
    "quần chúng",
    "chị",
    "học viên",
    "giáo viên",
    "hs",
    "ấp",
    "khu phố",
    "khóm",
    "buôn",
    "làng",
    "vị",  # «29 vị đại biểu», «03 vị»
    "ca",  # «27.803 ca cấp cứu»
    "bệnh nhân",
    "chuyên án",
    "tụ điểm",
    "dòng họ",
    "xóm",
    "bí thư",
    "nhóm",
    "bộ",  # «45 bộ quần áo»
    "quyển",
    "cuốn",
    "ban",
    "khu dân cư",
    "khoản thu",
    "khoản",
    "chi hội",
    "mái ấm",  # «64 Mái ấm tình thương»
    "đôi",  # «300 đôi giày»
    "thùng",  # what gifts come in: «85 thùng mì tôm», «4.000 vé số», «500 thẻ bảo hiểm y tế»
    "vé",
    "hộp",
    "gói",
    "chai",
    "túi",
    "tấm",
    "thẻ",
    "sổ",
    "phiên tòa",  # what courts, procuracies, customs and police count
    "phiên toà",
    "nguồn tin",
    "tờ khai",
    "đường dây",
    "people",
    "persons",
    "members",
    "times",
    "documents",
    "cases",
    "tasks",
    "posts",
)

# Units of measure that count people, whose counts a briefing may give per 1.000 members.
PEOPLE_MEASURES = frozenset(
    {"người", "đảng viên", "cán bộ", "công chức", "viên chức", "đồng chí", "hội viên",
     "đoàn viên", "đ/c", "đv", "trường hợp", "members", "people", "persons"}
)  # fmt: skip

# Units of an amount, which keep the figure's number as the report writes it («4,5 tỷ đồng»:
# 4,5 with `Đơn vị tính` «tỷ đồng»).
AMOUNT_MEASURES = (
    "nghìn tỷ đồng",
    "nghìn tỉ đồng",
    "tỷ đồng",
    "tỉ đồng",
    "tỷ",  # «hơn 22.263 tỉ», as a news item writes billions of đồng
    "tỉ",
    "tấn.km",  # «luân chuyển đạt 1.666 triệu tấn.km»: a transport's turnover
    "người.km",
    "hành khách.km",
    "hk.km",
    "teu",  # «29.633 Teus»: containers, twenty-foot units
    "teus",
    "km2",
    "km²",
    "mét",
    "độ c",  # weather: «39,2 độ C», «39,2°C», rain in «1.065 mm», wind in «m/s»
    "°c",
    "ºc",
    "mm",
    "cm",
    "m/s",
    "km/h",
    "m",
    "triệu usd",
    "tỷ usd",
    "tỉ usd",  # «ước đạt 10,1 tỉ USD»
    "triệu đồng",
    "nghìn đồng",
    "ngàn đồng",
    "đồng",
    "đ",
    "usd",
    "ha",
    "héc-ta",  # spelled out: «trên 600.000 héc-ta»
    "hécta",
    "héc ta",
    "km",
    "m2",
    "m²",
    "m3",
    "m³",
    "tấn",
    "tạ",
    "kg",
    "gam",
    "gram",
    "g",  # «thu giữ 2,431g heroin»
    "lít",  # «9,5 triệu lít»: an amount, its unit as written
    "kwh",
    "mwh",
    "mw",  # «công suất 50 MW»
    "kw",
    "gw",
    "gwh",
    "twh",  # «268,4 TWh»
    "wp",  # solar panels' peak power: «1.142 MWp», «2.904 kWp»
    "kwp",
    "mwp",
    "gwp",
    "kva",  # a transformer's: «máy biến áp 40 MVA»
    "mva",
    "mbps",  # «tốc độ băng rộng cố định đạt 93,31 Mbps»
    "gbps",
    "mbit/s",  # «104,08 Mbit/s», as Ookla's figures are quoted
    "µg/nm3",  # air quality: «giá trị TSP 339 µg/Nm3», «PM2.5 đạt 45 µg/m3», noise in dB(A)
    "µg/m3",
    "μg/nm3",
    "μg/m3",
    "mg/nm3",
    "mg/m3",
    "db(a)",
    "dba",
    "gbit/s",
    "kbps",
)

RATE_MEASURES = ("%", "‰", "tỷ lệ", "tỉ lệ", "tỷ lệ %", "phần trăm", "percent")


def is_count_measure(measure: object, *, has_denominator: bool) -> bool:
    """Whether a figure counts whole people or things (by its unit of measure, or by
    having a base)."""
    if not isinstance(measure, str):
        return has_denominator
    key = name_key(measure)
    return any(key == word or key.startswith(word + " ") for word in COUNT_MEASURES)


def is_measure(text: object) -> bool:
    """Whether a cell names a unit of measure ('đảng viên', 'hồ sơ', '%'), not a unit."""
    if not isinstance(text, str) or not text.strip():
        return False
    # The whole cell must be a measure: 'xã' is one, 'Xã Nghĩa Hà' is a unit.
    key = name_key(text)
    return key in RATE_MEASURES or key in COUNT_MEASURES


# Measures that count the same people, one way or another: a report's whole in «đảng viên»
# and its parts in «trường hợp» or «đồng chí».
_SAME_PEOPLE = frozenset(
    {"người", "đảng viên", "đồng chí", "đ/c", "đc", "đv", "trường hợp", "quần chúng"}
)


# What counts people of a kind, who are all «người» too.
_PEOPLE_OF_A_KIND = frozenset(
    {"đại biểu", "ứng cử viên", "cử tri", "hội viên", "đoàn viên", "cán bộ", "công chức",
     "học viên", "học sinh", "sinh viên", "lao động", "công nhân", "nữ", "phụ nữ", "nông dân",
     "thanh niên", "cựu chiến binh", "bệnh nhân", "bị cáo", "đối tượng", "thí sinh"}
)  # fmt: skip


@lru_cache(maxsize=8192)  # a paragraph's parts are matched with every whole before them
def measures_alike(a: str | None, b: str | None) -> bool:
    """Whether two measures count alike: «căn» and «căn nhà», «đảng viên» and «đồng chí»,
    «hồ sơ» and its initials «HS», «tổ chức cơ sở đảng» and «TCCSĐ»."""
    first, second = name_key(a or ""), name_key(b or "")
    if first and second and (first.startswith(second + " ") or second.startswith(first + " ")):
        return True
    if _initials_of(a or "", second) or _initials_of(b or "", first):
        return True
    return first == second or (first in _SAME_PEOPLE and second in _SAME_PEOPLE)


# Measures of a reading, not of a quantity: the rain or the flood at each station, the sugar
# in the cane; no station's reading is a part of another's, nor of the highest.
_READINGS = frozenset({"mm", "cm", "ccs", "°c", "độ", "độ c", "‰"})


def adds_up(measure: str | None) -> bool:
    """Whether figures in `measure` can be parts of a whole: counts and amounts, not a
    reading («15,0 mm» of rain, «10,05 CCS») nor a rate per something («63,5 tạ/ha»)."""
    words = name_key(measure or "")
    return "/" not in words and words not in _READINGS


def counted_among(part: str | None, whole: str | None) -> bool:
    """Whether what `part` counts is among what `whole` counts: alike, a committee's members
    among Party members («40 cấp ủy viên» of «104 đảng viên»), or people of a kind among
    people («66 đại biểu» of «105 người ứng cử», «85 người» of «141 ứng cử viên»)."""
    if measures_alike(part, whole):
        return True
    kinds = {name_key(part or ""), name_key(whole or "")}
    if "người" in kinds and kinds - {"người"} <= _PEOPLE_OF_A_KIND:
        return True
    member = re.search(r"(?<!\w)(?:ủy|uỷ) viên$", name_key(part or "")) is not None
    return member and name_key(whole or "") in ("đảng viên", "đồng chí")


def _initials_of(abbreviation: str, words: str) -> bool:
    """Whether `abbreviation`, written in capitals, is the initials of `words` (a name key)."""
    letters = abbreviation.strip()
    if not (2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper()):
        return False
    parts = words.split()
    return len(parts) == len(letters) and name_key(letters) == "".join(w[0] for w in parts)
