"""The words around a number in a written report's sentence that say what it is (issue 20):
before it, an article, an ordinal, a document, an address, a date or a target; after it, a
span of time, an age, copies, or the items a text lists. Folded: lower case, NFC. Data only.
"""

from __future__ import annotations

import re

# A capital letter and a small one, Vietnamese included, as a regular expression's class
# («[A-ZĐÀ-Ỹ]» would take «đã» for a capitalised word: that range holds the small letters too).
CAPITAL = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper()) + "]"
SMALL = "[a-z" + "".join(c for c in map(chr, range(0xDF, 0x1EFA)) if c.islower()) + "]"

# How far before a figure its sentence may name its unit or period (not a run-on page's start).
REACH = 1500

# Before a number: it counts nothing, it names or orders something.
ARTICLE_WORDS = ("điều", "khoản", "chương", "mục", "phần", "điểm", "tiết", "phụ lục")
ORDINAL_WORDS = (
    "lần thứ",
    "thứ",
    "khóa",
    "khoá",
    "đợt",
    "giai đoạn",
    "kỳ họp",
    "lớp",  # «vào lớp 1»: a grade; a count of classes comes before its word
    "quý",
    "trung ương",  # «Nghị quyết Trung ương 4»: the fourth plenum
    "nội dung",  # «như nội dung 4 của nhiệm vụ trọng tâm»
    "tiêu chí",
    "tiêu chí số",  # «145/182 xã đạt tiêu chí số 6»: the criterion's number
    "chỉ tiêu số",
    "bước",
    "mức độ",  # «đạt chuẩn mức độ 1», «hồ sơ nộp mức độ 3»: a level's name
    "cấp độ",
    "hạng",
    "bậc",
    "đoàn kiểm tra",  # «Đoàn kiểm tra 538 của Bộ Chính trị»: a team's name
    "tổ công tác",
    "công tác số",  # «Đoàn công tác số 2 của Ban Thường vụ», «Đoàn kiểm tra số 3»
    "kiểm tra số",
    "giám sát số",
    "thi đua số",
    "bầu cử số",  # «ứng cử tại đơn vị bầu cử số 11», «khu vực bỏ phiếu số 3»
    "bỏ phiếu số",
    "bài",  # «Bài 3: …»: a series' part; a count of articles comes before its word
    "ảnh",  # «… đạt giải quốc gia. Ảnh 1»: a picture's number
    "lần",  # «chăm sóc lúa lần 1 đạt 23.512 ha»: the round's number; «gấp 2 lần» after
    "trang",  # «Trang 5», «Page 398», «P. 398»: a page's number
    "page",
    "p.",
    "hình",  # «(Hình 1)», «Biểu 2», «Phụ lục 3»: a picture's or a table's number
    "biểu",
    "biểu đồ",
    "phụ lục",
    "sơ đồ",
    "bão số",  # «cơn bão số 5», «áp thấp nhiệt đới số 2»: a storm's name
    "nhiệt đới số",
    "atnđ số",
    "tuần",  # «tuần 38»: the week's number, «trong 2 tuần» counts weeks before its word
    "mũi",  # «tỷ lệ tiêm mũi 1 đạt 99,9%»: the dose's number
    "nhóm",  # «Nhóm 1 (19/19 tiêu chí): 40/144 xã»: a class's number
    "sư đoàn",  # «Sư đoàn 324», «Trung đoàn 996», «Lữ đoàn 6»: a military unit's number
    "trung đoàn",
    "lữ đoàn",
    "tiểu đoàn",
    "quân đoàn",
    "binh đoàn",
    "đại đội",
    "hải đoàn",
    "quân khu",
    "sea games",  # «SEA Games 32», «Asiad 19»: a games' edition
    "asiad",
    "asian games",
    "para games",
    "olympic",
)
# A document named by its kind and bare number: «Kết luận 21», «Kế hoạch số 83».
DOCUMENT_WORDS = (
    "kết luận",
    "kế hoạch",
    "nghị quyết",
    "chỉ thị",
    "quy định",
    "quyết định",
    "mệnh lệnh",  # «Thực hiện Mệnh lệnh số 03 của Giám đốc Công an tỉnh»
    "quy chế",  # «Quy chế 07 của Bí thư Thành ủy»
    "nội quy",
    "thông báo",
    "công văn",
    "hướng dẫn",
    "báo cáo",
    "thông tư",
    "nghị định",
    "luật",
    "đề án",
    "chương trình",
    "tờ trình",
    "nq",  # «NQ 28»: a resolution written short
    "mtqg",  # «Chương trình MTQG 1719»: a national target programme by its number
    "hành động",  # «Chương trình hành động số 188 của Tỉnh ủy»
    "qđ",
    "bộ chỉ số",  # «Bộ chỉ số 766»: the set of indices a decision numbered 766 gave
    "ban chỉ đạo",  # «Ban Chỉ đạo 389», «BCĐ 138»: a body named by its decision's number
    "bcđ",
    "qcvn",  # «QCVN 02: 2009/BYT», «TCVN 5945»: a standard
    "tcvn",
)
ADDRESS_WORDS = (
    "tổ dân phố",
    "khu phố",
    "số nhà",
    "thôn",
    "xóm",
    "ấp",
    "bản",
    "tổ",
    "khối",
    "đường",
    "phòng",
    "phòng họp số",  # «tại phòng họp số 1»
    "phòng số",
    "kiốt",
    "lô",
    "quốc lộ",  # «quốc lộ 30», «tỉnh lộ 845», «tại Km 1581»: a road and a place on it
    "tỉnh lộ",
    "huyện lộ",
    "km",
    "khu",  # «gia đình chị San ở khu 6, xã Tùng Khê»
)
# A number inside a name, no figure: a disease («Covid-19»), a numbered body or meeting («Quận
# ủy 1», «Phiên họp 24», «Chi bộ số 3», «Trung đoàn 991»), a term, a standard («ISO 9001»), a
# programme («Chương trình 1719»), a place named with a number («phường Hòa Cường 1»).
NUMBERED_NAMES = re.compile(
    r"(?i)(?<!\w)(?:covid|sars-cov)\s*[-–]?\s*19(?!\d)|(?<!\w)(?:covid|sars-cov)\s*[-–]\s*\d+"
    # wards named by their numbers, listed: «sáp nhập các phường 1, 2, 3, 4 thành phường Phú Lợi»
    r"|(?<!\w)(?:phường|quận)\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})+(?![\w.,/%]|[.,]\d)"
    r"(?=\s*(?:[,;:.)]|$)|\s+(?:thành|và|với|nhập|sáp|hợp|thuộc|của|xã|phường|thị trấn|có|đạt"
    r"|là|được|đã|đều)(?!\w))"
    r"|(?<!\w)(?:(?:quận|phường)(?: ủy| uỷ)?|khu phố|phiên họp|đại hội) \d+(?!\w|[.,/]\d|%)"
    r"|(?<!\w)học kỳ\s+(?:I{1,2}|\d)(?!\w)"  # «Tính đến hết học kỳ 1»: a school term's name
    r"|(?<!\w)(?:iso|tcvn|qcvn)\s*\d+(?:[:-]\d+)*(?!\w)"  # «chứng nhận ISO 9001», a standard
    r"|(?<!\w)xăng(?:\s+(?:ron|a|e5|e10))*\s+9[0-9](?!\w|[.,]\d)"  # «3 mẫu xăng 92», its grade
    r"|(?<!\w)(?:chương trình|đề án|mtqg|quốc gia|(?-i:Dự án))\s+(?:số\s+)?\d{3,4}(?!\w|[.,/]\d|%)"
    # «Chương trình 1719», «Ban Quản lý Dự án 661»; not «tổng vốn dự án 300 tỷ đồng»
    r"|(?<!\w)\d{1,2}\s+(?:năm|tháng|tuần|ngày)\s+(?:1|một)\s+lần(?!\w)"  # «4 năm 1 lần»
    r"|(?<!\w)(?:chi bộ|đảng bộ|tổ đảng|trường|cụm(?: thi đua)?|khối thi đua|tổ|đội|nhóm)"
    r" số \d+(?!\w)"  # «Chi bộ số 3», «cụm số 2 đã kết nạp 1.166 đoàn viên»
    r"|(?<!\w)(?-i:Chi bộ|Tổ đảng) \d+(?![\w.,/%])"  # «Chi bộ 3», capitalised: a name
    r"|(?<!\w)(?-i:[A-Z]{1,6}\d{0,3}\s*[-–]\s*\d{1,4})(?![\w.,/%])"  # a code: «hầm chui HC1-02»
    r"|(?<!\w)(?:dự án )?thành phần \d{1,2}(?![\w.,/%])"  # «dự án thành phần 2»: its name
    # a kind of enterprise by its owner's share: «công ty 100% vốn nhà nước», «do Nhà nước nắm giữ
    # 100% vốn điều lệ»; not «giải ngân 45% vốn kế hoạch»
    r"|(?<!\w)(?:công ty|doanh nghiệp|dn|nắm giữ|sở hữu|chiếm)\s+\d{1,3}(?:,\d+)?\s*%\s*vốn"
    r"(?=\s+(?:điều lệ|nhà nước|nước ngoài|đầu tư nước ngoài|fdi|tư nhân)(?!\w))"
    r"|(?<!\w)(?:nắm giữ|sở hữu)\s+\d{1,3}(?:,\d+)?\s*%\s*vốn(?!\w)"  # «do Nhà nước sở hữu
    r"(?!\s+(?:kế hoạch|đầu tư công|được giao|giao)(?!\w))"  # 100% vốn là 3,17 triệu đồng»
    r"|(?<!\w)(?:nắm\s+)?giữ\s+vốn\s+\d{1,3}(?:,\d+)?\s*%(?![\w.,]\d)"  # «giữ vốn 100% thì»
    # a school day's regime: «tỉ lệ trẻ được học 2 buổi/ngày đạt 99,2%»
    r"|(?<!\w)(?:học|dạy|dạy học)\s+\d\s+buổi\s*/\s*(?:ngày|tuần)(?!\w)"
    # border markers by their numbers: «qua khu vực mốc 797 và 798», «cột mốc số 1116»
    r"|(?<!\w)(?:cột mốc|mốc)(?:\s+(?:số|biên giới))?\s+\d{1,4}(?:/\d{1,2})?"
    r"(?:\s*(?:,|và|-|–|đến)\s*\d{1,4}(?:/\d{1,2})?)*(?![\w%]|[.,]\d|\s+(?:tỷ|tỉ|triệu|nghìn|ngàn))"
    # a craft's or a machine's class by its size: «hai phà 200 tấn», «tàu cá 90 CV», «máy làm
    # đất công suất 35 mã lực» (a vehicle's: below)
    r"|(?<!\w)(?:phà|tàu(?: cá)?|sà lan|ca nô|xuồng|máy(?:\s+[^\W\d]+){0,3}?"
    r"(?:\s+công suất)?)\s+(?:loại\s+)?(?:(?:từ|trên|dưới)\s+)?\d{1,4}(?:[.,]\d+)?"
    r"(?:\s*(?:[-–]|đến)\s*\d{1,4}(?:[.,]\d+)?)?\s*(?:tấn|chỗ(?: ngồi)?|ghế|cv|mã lực|hp)(?!\w)"
    # a thing's width, height or girth, what it is, not how much was done: «đường nhánh có
    # chiều rộng 3m», «cây gỗ có đường kính hơn 12cm»
    r"|(?<!\w)(?:đường kính|chiều rộng|bề rộng|chiều cao)"
    r"(?:\s+(?:hơn|trên|dưới|từ|khoảng|tối thiểu))?\s+\d{1,4}(?:[.,]\d+)?\s*(?:cm|mm|m|mét)(?!\w)"
    # a facility whose name ends on its number: «Riêng KCX Linh Trung 1, gần 2.000 CN …»,
    # «Trường Mầm non Linh Trung 1 khi đi vào hoạt động»
    r"|(?<!\w)(?-i:KCX|KCN|CCN|[Kk]hu chế xuất|[Kk]hu công nghiệp|[Cc]ụm công nghiệp|[Nn]hà máy"
    r"|NMTĐ|Thủy điện|Thuỷ điện|Trường(?:\s+[^\W\d]+){1,4}?|Cảng|Cầu|Hầm|Tòa nhà|Lô"
    r"|Công ty(?:\s+(?:CP|TNHH|Cổ phần))?)"  # «khu công nghiệp Phú Mỹ 1», «Công ty May 10»
    rf"(?:\s+(?-i:{CAPITAL})[^\W\d_]*){{1,4}}\s+\d{{1,2}}(?![.,]\d)"
    r"(?=\s*[,;.)(]|\s+(?:khi|sẽ|có|đã|là|và|được|với|thuộc|của|đang|vừa|nêu)(?!\w))"
    # a military unit by its number: «Lữ đoàn pháo binh 572 (Quân khu 5)», «Sư đoàn 9»
    r"|(?<!\w)(?-i:[Ll]ữ đoàn|[Ss]ư đoàn|[Tt]rung đoàn|[Tt]iểu đoàn|[Qq]uân đoàn|[Bb]inh đoàn"
    r"|[Hh]ải đoàn)(?:\s+[^\W\d]+){0,3}?\s+\d{1,4}(?![\w%]|[.,]\d)"
    r"|(?<![\d.,])1[89]00\.?\d{4}(?![\d.,]\d|\d)"  # a hotline: «Tổng đài 1800.6838»
    # a model's or a standard's number: «xe điện VinFast EB 6 và EB 8», «khí thải Euro 4»
    r"|(?<!\w)(?-i:[A-Z]{2,3}|Euro) \d{1,2}(?:\s+và\s+(?-i:[A-Z]{2,3}) \d{1,2})?(?![.,]\d)"
    r"(?=\s*[,.;)]|\s*$|\s+(?:loại|của|với|và)(?!\w))"  # not «quý III 48,8 triệu người»
    # a plant's name that ends on its number, its figure right after: «NMTĐ Sê San 3 17,52 tỷ»
    rf"|(?<!\w)(?-i:{CAPITAL})[^\W\d_]*\s\d(?=\s+\d)"
    # bus routes by their numbers: «các tuyến số 32, 38, 45», «tuyến buýt điện D4, 33 và 150»
    r"|(?<!\w)(?:tuyến(?:\s+(?:xe\s+)?buýt(?:\s+điện)?)?(?:\s+số)?\s+|(?:quốc|tỉnh) lộ\s*)"
    r"(?-i:[A-Z]{0,2}\d{1,3}[A-Z]?)"  # and roads: «các quốc lộ1A, 1B, 4A, 4B, 279»
    r"(?:(?:\s*,\s+|\s+và\s+)(?-i:[A-Z]{0,2}\d{1,3}[A-Z]?)(?![\w/%]|[.,]\d))*(?![\w/%]|[.,]\d)"
    r"(?!\s+(?:tuyến|xe|chuyến|lượt|km)(?!\w))"
    r"|(?<!\w)những năm \d0(?:\s*(?:đến|tới|-|–|và)\s*\d0)?(?!\w)"  # «những năm 70 đến 80»
    # the first so many, a tier: «giá nước 10 m3 đầu tiên», «2 chuyến bay đầu tiên»; not «22 Bí
    # thư lần đầu tiên đắc cử», so many for the first time
    r"|(?<![\d.,])\d{1,3}(?:,\d+)?\s*(?:[^\s\d]\S*\s+){0,2}?[^\s\d]\S*(?<!lần)\s+đầu tiên(?!\w)"
    # an age span after its word: «tuổi từ 18 – 40»; a part of a series: «(Kỳ 1)», «Bài 2:»;
    # a numbered area: «chi nhánh khu vực 2 cho thấy», «Khu vực 1»
    r"|(?<!\w)tuổi\s+(?:từ\s+)?\d{1,3}\s*(?:[-–]|đến|tới)\s*\d{1,3}(?!\d|[.,]\d)"
    r"|(?<!\w)(?-i:Kỳ|Bài|Phần)\s+\d{1,2}(?=\s*[):])"
    r"|(?<!\w)khu vực\s+\d{1,2}(?=\s*[,.;:)(–-]|\s+(?-i:[A-ZĐ])|\s+cho\s)"
    # storms by their numbers, «cơn bão số 7, số 8»; an emergency line, «Trung tâm Cấp cứu 115»
    r"|(?<!\w)(?:bão|áp thấp nhiệt đới|atnđ)\s+số\s+\d{1,2}(?:\s*(?:,|và)\s*(?:số\s+)?\d{1,2})*"
    r"(?![\w/%]|[.,]\d)|(?<!\w)(?:cấp cứu|cứu hỏa|cứu hoả|tổng đài)\s+11[1-5](?!\d)"
    # a group a course is for, a kind of building: «cán bộ đối tượng 2, 3, 4», «nhà xây cấp 4»
    r"|(?<!\w)đối tượng\s+[1-4](?:\s*(?:,|và)\s*[1-4])*(?![\w/%]|[.,]\d)"
    r"|(?<!\w)nhà\s+(?:xây\s+)?cấp\s+[1-4](?![\w/%]|[.,]\d)"
    # a class of vehicle by its seats or load: «xe 12 chỗ», «ôtô tải dưới 2 tấn», «xe từ 12 chỗ
    # đến 30 chỗ», «container 40 feet», the toll or the rule it has, no figure
    r"|(?<!\w)(?:xe|ô tô|ôtô|container|loại)(?:\s+(?:khách|tải|con|buýt|đầu kéo|từ|dưới|trên|có))*"
    r"\s*\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s*(?:chỗ|tấn|feet|ghế|giường)(?!\w)"
    r"(?:\s+(?:đến|tới)\s+(?:dưới\s+)?\d{1,2}\s*(?:chỗ|tấn|feet|ghế|giường)(?!\w))?"
    # an alarm level of a river by its number: «dưới báo động 2 là 0,56 m», «trên BĐ3 0,22 m»
    r"|(?<!\w)(?:báo động|bđ)\s*(?:\(bđ\)\s*)?(?:số\s+)?(?:[1-3]|i{1,3})(?![\w.,/%]|[.,]\d)"
    # a road's or a crossing's name: «Vành đai 3», «Ngã 5 đầu đường …», «Quốc lộ 1A»
    r"|(?<!\w)(?:vành đai|ngã|quốc lộ|tỉnh lộ|đường tỉnh|đường huyện) \d{1,3}[a-z]?(?![\w.,/%])"
    r"|(?<!\w)(?-i:Trung đoàn|Sư đoàn|Quân đoàn|Lữ đoàn|Tiểu đoàn|Đại đội|Quân khu|Hải đoàn"
    r"|Binh đoàn|Vùng) \d+(?![\w.,/%])"  # «Trung đoàn 991», «Sư đoàn 10»: a unit's name
    # a place named with a number after its name: «P. Hải Châu 2», «phường Hòa Cường 1»
    rf"|(?<!\w)(?:p\.|q\.|phường|quận|xã|khu phố|khối phố|tổ dân phố|thôn|ấp|xóm|buôn"
    rf"|trại giam)\s*(?-i:{CAPITAL}[^\W\d_]*\s+){{1,3}}\d{{1,2}}"  # «khu phố Hiệp Tâm 1: 538
    rf"(?![\w.,/%])(?!\s+(?!(?:ở|tại|thuộc|của|với|và|thành|vào)\s)(?-i:{SMALL}))"  # hộ»,
    # «trại giam Phú Sơn 4 ở tỉnh Thái Nguyên», «thôn Can Bi 1 với thôn Can Bi 2»; not «Xã Phú
    # Lộc 3 hộ nghèo», a count
    # a document numbered within its year: «Quyết định số 22/2023», «Thông tư 02/2022/TT-BTC»
    r"|(?<!\w)(?<!kỷ )(?<!kỉ )(?:" + "|".join(DOCUMENT_WORDS) + r")(?:\s+số)?\s*\d{1,4}\s*/\s*"
    r"(?:19|20)\d{2}(?!\d)"
    # a line's or a station's voltage, «đường dây 500 kV, 220 kV», «Trạm 110kV»; a phase of a
    # project, «giai đoạn 2»; a plant named with its number, «Nhà máy điện gió Bạc Liêu 1 và 2
    # quy mô công suất 99,2 MW», «Ia Le 1 (52,8 MW)», «Đông Hải 1 - giai đoạn 1»
    r"|(?<![\w.,])\d{1,3}(?:[.,]\d{1,2})?\s*kv(?!\w)"
    r"|(?<!\w)giai đoạn\s+(?:\d|i{1,3}|iv)(?![\w.,/%-])"
    r"|(?<!\w)(?-i:[A-ZĐ])[^\W\d_]*\s\d{1,2}(?:\s*(?:và|,)\s*\d{1,2})?"
    r"(?=\s*\(\s*[\d.,]+\s*(?:mw|kw|gw)|\s*[-–]\s*giai đoạn|\s*,?\s+(?:quy mô|công suất)(?!\w))"
    # the size of a ranked group one is among: «là một trong 10 thị trường xuất khẩu chủ lực»;
    # not «một trong 27 đơn vị có thành tích xuất sắc», so many commended
    r"|(?<!\w)một trong(?:\s+(?:số|những))?\s+\d{1,3}(?![\d.,/%]|[.,]\d)"
    r"(?=(?:\s+[^\W\d]+){1,6}?\s+(?:chủ lực|lớn nhất|hàng đầu|trọng điểm|chủ yếu|đứng đầu"
    r"|dẫn đầu|cao nhất|nhiều nhất)(?!\w))"
    # a post on a road by its kilometre: «Km98+400», «từ Km12+500 đến Km15»
    r"|(?<!\w)km\s*\d{1,4}\s*\+\s*\d{1,3}(?:[.,]\d+)?(?!\d)|(?<!\w)(?-i:Km)\d{1,4}(?![\w.,]\d|\w)"
)
# The base an average or a density is per, no figure: «thu nhập bình quân 1 người 1 tháng»,
# «bình quân 1 người/tháng», «cứ 100 hộ dân thì có 9 ô tô», «6 ô tô trên 100 hộ»; and a group
# of the people by their income, «nhóm 20% dân số giàu nhất».
AVERAGE_BASES = re.compile(
    r"(?i)(?<!\w)(?:bình quân|trung bình|bq)\s+(?:đầu\s+)?(?:1|01|một)\s+(?:người|nhân khẩu|khẩu"
    r"|lao động|hộ|thành viên)(?:\s*/\s*(?:tháng|năm)|\s+(?:1|01|một)\s+(?:tháng|năm))?(?!\w)"
    r"|(?<!\w)(?:cứ|mỗi)\s+\d{1,3}(?:\.\d{3})*(?=\s+[^\W\d])"  # «Mỗi 100 đồng doanh thu …»
    r"|(?<![\d.,])(?<!có )(?<!là )(?<!với )(?<!được )(?<!khoảng )(?<!gồm )(?<!hơn )(?<!đạt )"
    r"(?<=[^\W\d] )trên\s+(?:100|1\.000)\s+(?:hộ|người|dân)(?!\w)"
    r"|(?<!\w)\d{1,2}(?:,\d+)?\s*%\s+(?:dân số|số hộ|hộ|người|dân)(?:\s+[^\W\d]+){0,5}?"
    r"\s+(?:giàu|nghèo|có thu nhập (?:cao|thấp))(?:\s+nhất)?(?!\w)"
)
# A thing named by its number after «số»: «tuyến Metro số 1», «Đường sắt đô thị số 1», «Tổ đại
# biểu số 4»; not a count's «số» («có số 120 đại biểu», «tổng số 45»).
NUMBERED_THING = re.compile(
    r"(?i)(?<=[^\W\d_])(?<!tổng)(?<!\bcó)(?<!\bvới)(?<!\blà)(?<!\bđạt)(?<!\bgồm)(?<!\bmã)"
    r"(?<!\bcòn)(?<!\btăng)(?<!\bgiảm)(?<!thiểu)(?<!\bđa)(?<!\bhệ)(?<!\bchỉ)(?<!\bdân)(?<!tần)"
    r"(?<!\bđiểm)(?<!\btrong)(?<!\btrên)"  # not «dân tộc thiểu số 1», «21 trong số 50 tỉnh»
    r"\s+số\s+(?P<n>\d{1,2})(?![\w.,/%]|\s*[-–]\s*\d)"
)
CHANGE_WORDS = (  # words before a figure that make it a change, and its direction
    ("tăng thêm", 1),
    ("đạt thêm", 1),  # «xã đạt thêm 1 tiêu chí»: how many more it holds; «có thêm 14 xã
    # hoàn thành 19/19 tiêu chí» counts those newly done, a level of the period
    ("tăng được", 1),
    ("trưởng âm", -1),  # «mức tăng trưởng âm 6,38%»: two words are read before a number
    ("tăng trưởng", 1),  # «đạt 101,67% kế hoạch năm, tăng trưởng 11,84%»
    ("tăng là", 1),  # «nếu loại trừ yếu tố tăng giá thì mức tăng là 9,5%»
    ("tăng", 1),
    ("giảm được", -1),
    ("nhiều hơn", 1),
    ("giảm bớt", -1),
    ("giảm", -1),
    ("ít hơn", -1),
    ("tụt hạng", -1),
    ("thăng hạng", 1),
    ("tăng hạng", 1),
    ("giảm hạng", -1),
    ("tụt", -1),  # a rank's fall: «thứ hạng lại tụt 3 bậc», «lùi 2 bậc», «thăng 5 hạng»
    ("lùi", -1),
    ("thăng", 1),
)
DATE_WORDS = (
    "ngày",
    "hôm",
    "hôm nay",  # «trong ngày hôm nay 23/1»
    "hôm qua",
    "sáng",
    "chiều",
    "tối",
    "từ",
    "đến",
    "tới",
    "dịp",
    "đợt",
    "lễ",
    "khánh",
    "tính đến",
    "thời điểm",  # «tại thời điểm 31/5 đạt 37.341»
    "đêm",  # «mưa lớn từ đêm 25/8»
    "rạng sáng",
    "cuối ngày",
)
THRESHOLD_WORDS = ("phấn đấu", "chỉ tiêu đề ra", "mục tiêu đề ra", "phấn đấu đạt", "tối thiểu")
# Right before a number: the target it is compared with, not a result («(chỉ tiêu Nghị quyết
# là 95%)», «theo Nghị quyết 90% trở lên»).
# Right before a count: a floor a rule or a directive sets, not a count reached («do không
# đủ 3 đảng viên chính thức», «chỉ đạo … thực hiện ít nhất 02 cuộc kiểm tra»).
FLOOR_WORDS = ("ít nhất", "tối thiểu", "không đủ", "chưa đủ")
TARGET_WORDS = (
    "mốc",  # «vượt mốc 1 tỷ USD»: a milestone passed, not the figure
    "ngưỡng",
    "dâng bình thường",  # a reservoir's design level: «(mực nước dâng bình thường 295 m)»
    "mực nước chết",
    "ít nhất",
    "tối thiểu là",
    "chỉ tiêu nghị quyết là",
    "chỉ tiêu nghị quyết",
    "chỉ tiêu đề ra là",
    "chỉ tiêu giao",
    "chỉ tiêu giao là",
    "chỉ tiêu là",
    "kế hoạch đề ra là",
    "kế hoạch đề ra",
    "kế hoạch giao",
    "mục tiêu là",
    "đạt mục tiêu",  # «(đạt mục tiêu 50% vào năm 2025)»: the aim it met
    "mục tiêu đề ra",
    "theo nghị quyết",
    "nghị quyết đề ra",
    "nghị quyết đề ra là",
    "tối thiểu",
    "tối đa",
    "để đảm bảo",  # «để đảm bảo 100% người nghèo … được nhận quà Tết»: what it is done for
    "để bảo đảm",
    "nhằm đảm bảo",
    "nhằm bảo đảm",
)
APPROXIMATE_WORDS = (
    "gần như",
    "gần",
    "trên",
    "hơn",
    "khoảng",
    "xấp xỉ",
    "ước",
    "ước tính",
    "ước đạt",
    "dưới",
    "chừng",
    "hàng",
)
# After a number: it is a span of time, an age or copies of a document.
TIME_UNITS = ("năm", "tháng", "quý", "tuần", "ngày", "giờ", "phút", "thế kỷ")
AGE_WORDS = ("năm tuổi đảng", "tuổi đảng", "tuổi")
COPY_WORDS = ("bản",)
# After a number: the items a document lists (its principles, criteria, contents), never a
# result counted.
LISTING_WORDS = (
    "nguyên tắc",
    "tiêu chí",
    "nội dung",
    "giải pháp",
    "nhóm giải pháp",
    "nhóm nhiệm vụ",
    "nhóm nội dung",  # «19/19 tiêu chí thuộc 5 nhóm nội dung tiêu chí»
    "nhóm tiêu chí",
    "bước",
    "khâu",
    "chương",
    "điều",
    "mục",
    "phần",
    "yêu cầu",
    "quan điểm",
    "mục tiêu",
    "giai đoạn",  # «Chiến dịch được chia làm 2 giai đoạn»
    "loại",  # «được tầm soát 4 loại bệnh», «tiêm đủ 8 loại vắc xin»: kinds named, no result
)


# A count of places after a body's name and before the places' names, as many: whose body
# the sentence is about, no figure («Công an 2 huyện Giá Rai và Hòa Bình», «HĐND 2 huyện Hạ
# Lang, Thông Nông»); «có 02 xã Phúc Chu, Bảo Linh đạt chuẩn» counts what was reached.
_NAME = rf"{CAPITAL}[^\W\d]*(?:[’'][^\W\d]+)?(?:[\s-]+{CAPITAL}[^\W\d]*(?:[’'][^\W\d]+)?)*"
_PLACES_NAMED = re.compile(
    r"\s+(?i:huyện|xã|phường|tỉnh|thành phố|quận|thị xã|thị trấn|thôn|bản)\s*:?\s+"
    rf"({_NAME}(?:\s*(?:,|\svà)\s*{_NAME})+)"  # «sáp nhập ba xã: Văn Nghĩa, Mỹ Thành và …»
)


_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:Công an|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|Mặt trận|Hội"
    r"|Huyện (?:ủy|uỷ)|Thị (?:ủy|uỷ)|Đảng (?:ủy|uỷ|bộ)|Ban Thường vụ|Viện kiểm sát|Tòa án"
    r"|Đoàn|Liên đoàn Lao động|[A-ZĐ]{2,}(?:[-.][A-ZĐ]+)*)\s+$"
)


def places_named(text: str, start: int, end: int, count: int) -> bool:
    """Whether the count from `start` to `end` is that of the places of the body named before
    it, named right after it; or of the places merged into one, named («sáp nhập 4 xã Yên
    Trị, …», «ba xã trước sáp nhập»): which, not how many. «sáp nhập 143 xã để thành lập 67
    xã» counts them."""
    merged = _MERGED.search(text[max(0, start - 30) : start]) and _PLACES_NAMED.match(text, end)
    if merged or _MERGED_AFTER.match(text, end):
        return True
    if not _BODY_BEFORE.search(text[max(0, start - 40) : start]):
        return False
    named = _PLACES_NAMED.match(text, end)
    return named is not None and len(re.split(r"\s*,\s*|\s+và\s+", named[1])) == count


_MERGED = re.compile(  # «sáp nhập Đảng bộ của 3 xã»
    r"(?i)(?<!\w)(?:sáp nhập|hợp nhất)(?:\s+(?:đảng bộ|các))?(?:\s+(?:của|từ|giữa))?\s*$"
)
_MERGED_AFTER = re.compile(
    r"(?i)\s+(?:xã|phường|thị trấn|huyện|tỉnh|thôn|đơn vị|đảng bộ)\s+(?:cũ\s+)?trước"
    r"\s+(?:khi\s+)?sáp nhập"
)


# Before a listing word, items reached, not listed: «mỗi xã đạt bình quân trên 15 tiêu chí»,
# «đã hoàn thành 19 tiêu chí», and the next items of such a list («xã Ea Bá đạt 12 tiêu chí,
# Ea Bia 11 tiêu chí và Ea Trol 11 tiêu chí»).
REACHED_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:đạt|hoàn thành|bình quân|tăng|giảm)"  # «tăng 90 tiêu chí so với đầu năm»
    r"(?:\s+(?:được|bình quân|trên|gần|hơn|khoảng|thêm|là))*"  # «đạt được là 1.285 tiêu chí»
    r"(?:\s+\d+(?:\s+[^\W\d]+){1,2}\s*(?:,|\svà)[^\d,;.]{1,30})*\s*$"
)


# Before a rate the plan it is a share of, named first: «so với chỉ tiêu giao của UBND (70.544
# người) đạt 84%», «giải ngân … đạt 65%» (of the capital planned).
PLAN_NAMED_BEFORE = re.compile(
    r"(?i)(?<!\w)giải ngân(?!\w)"
    r"|(?<!\w)so với (?:kế hoạch|chỉ tiêu|dự toán|nghị quyết|mục tiêu)(?!\w)[^;%]{0,80}?\sđạt\s*$"
    r"|(?<!\w)(?:đạt|vượt) (?:kế hoạch|chỉ tiêu|dự toán)\s*$"  # «tuyển quân đạt chỉ tiêu 100%»
)
# An item's number in a bracket, the item's words after it, opening a list: «…: (1) hệ thống
# nước …; (2) bà con …».
LIST_MARK = re.compile(r"(?:^|(?<=[:;.]))\s*\(\d{1,2}\)(?=\s*[^\W\d])")
# A second ratio sharing the first's verb: «đạt 101,8% kế hoạch và 112,7% so với cùng kỳ».
REACHED_AND = re.compile(  # and a list of such: «đạt 51,2% dự toán Bộ giao, 46,1% dự toán HĐND
    r"(?i)(?<!\w)(?:đạt|bằng)\s+\d[\d.,]*\s*%"  # tỉnh giao và 92,6% so với cùng kỳ»
    r"(?:[^;,%]{0,40},\s*\d[\d.,]*\s*%)*[^;,%]{0,40}(?:\s+và|,)\s*$"
)


# A list of units each said to reach a share, the plan named over it: «Các địa phương giảm đạt
# kế hoạch giao như: Thành phố Phan Rang-Tháp Chàm đạt 100% (…), …».
PLAN_LISTED = re.compile(  # or compared with it: «… rất thấp so với chỉ tiêu được giao như:
    r"(?i)(?<!\w)(?:(?:đạt|vượt|hoàn thành)(?:\s+(?:trên|dưới|gần|hơn))?(?:\s+\d[\d,.]*\s*%)?\s+"
    r"|so với\s+)(?:kế hoạch|chỉ tiêu)[^:.;]{0,60}(?::|\slà\s)"  # Phú Ninh (12,1%), …»; «4 đảng
    r"[^.]*$"  # bộ … đạt trên 50% chỉ tiêu được giao, bao gồm: …»; «… so với chỉ tiêu là Thanh
)  # Hải 11/15, Đồng Cốc 8/7»
# The budget's collection or spending reaching a per cent of its estimate, no amount said:
# «Tổng thu ngân sách nhà nước trên địa bàn đạt 91%».
BUDGET_REACHED = re.compile(
    r"(?i)(?<!\w)(?:thu|chi) ngân sách(?:\s+[^\W\d]+){0,6}?\s+(?:ước\s+)?đạt\s*$"
)


# The country's regions by their names, with or without «vùng»: «vùng Đồng bằng sông Hồng»,
# «khu vực Đông Nam bộ», «Trung du và miền núi phía Bắc», «Bắc Trung Bộ và Duyên hải miền Trung».
REGION = (
    r"(?:(?:[Vv]ùng|[Kk]hu vực)\s+)?(?:Đồng bằng sông (?:Hồng|Cửu Long)|Đông Nam [Bb]ộ"
    r"|Tây Nguyên|Trung du(?: và|,)? miền núi (?:phía Bắc|Bắc Bộ)"
    r"|Bắc Trung [Bb]ộ(?: và Duyên hải (?:miền Trung|Nam Trung [Bb]ộ))?"
    r"|Duyên hải (?:miền Trung|Nam Trung [Bb]ộ)|Tây Bắc(?: [Bb]ộ)?|Đông Bắc(?: [Bb]ộ)?"
    # a part of the country: «miền Bắc», «các địa phương phía Nam», «các tỉnh phía Bắc»
    r"|(?:(?:các|những) (?:địa phương|tỉnh(?:, thành(?: phố)?)?) )?(?:miền|phía) (?:Bắc|Nam|Trung)"
    r"(?: [Bb]ộ)?)(?!\w)"
)

# The ministries and the Government's bodies by their names, as places of the figures a
# national report ranks them by: «Bộ Công Thương đứng thứ hai với tỷ lệ 99,7%».
MINISTRY = (
    r"(?:Bộ (?:Công an|Quốc phòng|Ngoại giao|Nội vụ|Tư pháp|Kế hoạch và Đầu tư|Tài chính"
    r"|Công [Tt]hương|Nông nghiệp và Phát triển nông thôn|Giao thông vận tải|Xây dựng"
    r"|Tài nguyên và Môi trường|Thông tin và Truyền thông|Lao động\s*[-–]\s*Thương binh và Xã hội"
    r"|Văn hóa, Thể thao và Du lịch|Khoa học và Công nghệ|Giáo dục và Đào tạo|Y tế)"
    r"|Ngân hàng Nhà nước Việt Nam|Thanh tra Chính phủ|Văn phòng Chính phủ|Ủy ban Dân tộc)(?!\w)"
)


# A sentence that opens on what its figures are compared with, and so speaks on of the figures
# of the sentence before: «Tính lũy kế 8 tháng năm 2018, … đạt 63,85 triệu tấn. So với cùng
# kỳ, sản lượng đã tăng tới 30%, và đạt khoảng 76% kế hoạch»; «So sánh cùng kỳ với vụ ép mía
# 2021-2022, sản lượng mía ép đạt 129%», «So với năm 2022 tăng 5%».
OPENS_COMPARED = re.compile(
    r"^[\s*\-+•]*(?i:so(?: sánh)?(?: cùng kỳ)?(?: với)? (?:(?:cùng kỳ|năm trước|năm ngoái"
    r"|tháng trước|quý trước|kỳ trước|(?:niên )?vụ(?: ép| mía| sản xuất)* trước)[^,;.]{0,30},"
    r"|(?:(?:niên )?vụ(?: ép| mía| sản xuất)*|năm) (?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?"
    r"(?![\d/])[,\s]))"
)
# An earlier season compared with: «giảm so với vụ trước 8.200 ha», «so với vụ 2019/2020».
_SEASON_BEFORE = (
    r"(?:niên )?vụ(?: ép| mía| sản xuất)*(?: trước| (?:19|20)\d{2}(?:\s*[-–/]\s*\d{2,4})?)"
)

# A change said before what it is compared with: «tăng so với cùng kỳ 01 đơn», «tăng so với năm
# 2023 là 0,29 điểm», «tăng so với 2023 là 0,12%».
COMPARED_CHANGE = re.compile(
    r"(?:^|\s)(tăng|giảm|nhiều hơn|ít hơn)\s+(?:(?:hơn|khá|mạnh|nhẹ|nhiều|đáng kể)\s+)?"
    r"(?:so(?:\s+với)?|hơn)\s+"
    r"(?:cùng kỳ|cùng thời điểm|năm trước|năm ngoái|kỳ trước|tháng trước|quý trước|(?:19|20)\d{2}"
    rf"|{_SEASON_BEFORE}"
    r"|(?:ngày )?hôm trước|ngày trước|tuần trước"  # «tăng so ngày hôm trước 1,33 g/l»
    r"|(?:đầu|cuối) năm(?:\s+(?:nay|trước|ngoái|(?:19|20)\d{2}))?"  # «tăng so với đầu năm 310»
    r"|năm (?:học )?(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)"
    r"(?:\s+năm(?:\s+(?:trước|ngoái|\d{4}))?)?(?:\s+(?:đến|tới|là))?"
    r"(?:\s+(?:hơn|gần|trên|khoảng))?$"  # «giảm so với vụ trước hơn 16.600 ha»
    # «thấp hơn vụ đông xuân năm trước gần 70.850 tấn»: the same season a year before
    r"|(?:^|\s)(thấp hơn|cao hơn|ít hơn|nhiều hơn)\s+(?:so(?: với)?\s+)?(?:cùng kỳ(?:\s+năm\s+\S+)?"
    r"|(?:ngày )?hôm trước|ngày trước|tuần trước"
    r"|năm (?:trước|ngoái|(?:19|20)\d{2})|(?:cùng )?vụ\s+[^\W\d][^\d,;()]{0,15}?\s"
    r"(?:năm trước|năm ngoái|trước))(?:\s+(?:gần|khoảng|hơn|trên))?$"
)


# A part of the land by its kind: «khu vực đồng bằng», «vùng miền núi», «khu vực đô thị».
AREA = re.compile(
    r"(?i:khu vực|vùng)\s+(?:đô thị|nông thôn|thành thị|đồng bằng|miền núi|vùng cao|vùng sâu"
    r"|ven biển|biên giới|trung du)(?!\w)"
)

# Right before a count: by how many it is over or under its plan or the norm, a change: «vượt
# chỉ tiêu 9 đảng viên», «tiếp nhiều hơn quy định 59 ngày», «ít hơn kế hoạch 3 lớp».
OVER_THE_NORM = re.compile(
    r"(?i)(?<!\w)(?<!và )(?<!hoặc )(vượt|thấp hơn|ít hơn|nhiều hơn|cao hơn|hơn|thiếu)"
    r"(?:\s+so với)?\s+(?:quy định|kế hoạch|chỉ tiêu|mục tiêu|dự toán|nghị quyết)"
    r"(?:\s+(?:giao|đề ra))?(?:\s+(?:là|gần|khoảng|hơn))?\s*$"
)


# A river's level against an alarm level, by how much: «dưới báo động 2 là 0,56 m», «trên BĐ3
# 0,22 m», «vượt báo động 3 tới 2,28 m».
OVER_THE_ALARM = re.compile(
    r"(?i)(?<!\w)(trên|dưới|vượt|thấp hơn|cao hơn)\s+(?:mức\s+)?(?:báo động|bđ)\s*(?:\(bđ\)\s*)?"
    r"(?:số\s+)?(?:[1-3]|i{1,3})(?!\w)\s*(?:(?:là|tới|khoảng|gần|hơn|:)\s*)*$"
)


# A difference from what it is compared with, by how much: «chênh hơn 20,1 tỷ đồng so với giá
# khởi điểm», «chênh so với giá khởi điểm là 27,6 triệu đồng/m2».
DIFFERENCE = re.compile(
    r"(?i)(?<!\w)chênh(?: lệch)?(?:\s+(?:so với|với)\s+[^,;.\d]{1,40}?\s+là)?"
    r"\s*(?:(?:hơn|gần|khoảng|trên)\s+)?$"
)


__all__ = [
    "ADDRESS_WORDS",
    "AGE_WORDS",
    "APPROXIMATE_WORDS",
    "AREA",
    "ARTICLE_WORDS",
    "AVERAGE_BASES",
    "BUDGET_REACHED",
    "CAPITAL",
    "CHANGE_WORDS",
    "COMPARED_CHANGE",
    "COPY_WORDS",
    "DATE_WORDS",
    "DIFFERENCE",
    "DOCUMENT_WORDS",
    "FLOOR_WORDS",
    "LISTING_WORDS",
    "LIST_MARK",
    "MINISTRY",
    "NUMBERED_NAMES",
    "NUMBERED_THING",
    "OPENS_COMPARED",
    "ORDINAL_WORDS",
    "OVER_THE_ALARM",
    "OVER_THE_NORM",
    "PLAN_LISTED",
    "PLAN_NAMED_BEFORE",
    "REACH",
    "REACHED_AND",
    "REACHED_BEFORE",
    "REGION",
    "SMALL",
    "TARGET_WORDS",
    "THRESHOLD_WORDS",
    "TIME_UNITS",
    "places_named",
]
