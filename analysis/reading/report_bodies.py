"""A written report's organisations by their names (issue 20), as the unit of the figures a
clause gives them: an enterprise, a hospital, a port or an industrial park by its kind and its
name («Công ty TNHH Kido Hà Nội», «Cảng Hàng không quốc tế Tân Sơn Nhất», «KCN Minh Đức»),
and a company by its brand, a name no Vietnamese word makes («Vietnam Airlines», «Vasco»).

Pure functions over one clause: no file is opened here.
"""

from __future__ import annotations

import re

from .report_words import CAPITAL

# The kinds of organisation a report gives figures of by name, other than the bodies of the
# Party and the State («Sở …», «UBND xã …»), which have their own rules.
_KIND = (
    r"(?:Công ty|Tổng [Cc]ông ty|Tập đoàn|Ngân hàng|Bệnh viện|Cảng(?: [Hh]àng không)?|Sân bay"
    r"|KCN|Khu công nghiệp|Khu kinh tế|KKT|Khu chế xuất|Nhà máy|Hợp tác xã|HTX|Bưu điện"
    r"|Điện lực|Viễn thông)"
)
_WORD = rf"(?:Đa khoa|Trung ương|{CAPITAL}[^\W\d_]*(?:-{CAPITAL}[^\W\d_]*)?)"
# Its name: capitalised words, a few words that describe it between them («quốc tế», «dệt
# may»), the enterprise's form first («TNHH», «Cổ phần»), its level last («Bệnh viện Đa khoa
# tỉnh»); never a verb («Công ty đã tặng Huân chương …» names none).
_BETWEEN = r"(?:\s+(?:quốc tế|đa khoa|dệt may|xuất nhập khẩu|và))?"
ORGANISATION = re.compile(
    rf"{_KIND}(?:\s+(?:TNHH|CP|MTV|[Cc]ổ phần|[Mm]ột thành viên))*"
    rf"{_BETWEEN}\s+{_WORD}(?:{_BETWEEN}\s+{_WORD})*"
    r"(?:\s+(?:nước|tỉnh|huyện|thành phố|quận|thị xã))?(?!\w)"  # «Ngân hàng Nhà nước»
    # then what it did, not a name's next word («Ngân hàng Nông nghiệp …» is not «Ngân hàng
    # Nông»), nor a gift, whose figures are the place's it is given in («Công ty … trao 100
    # suất học bổng»)
    r"(?=\s*(?:[,;:(]|$)|\s+(?:(?:đã|cũng|vẫn|đang|chỉ|ước|năm \d{4})\s+)*"
    r"(?:đạt|có|thu hút|tạo|khai thác|thực hiện|vận chuyển|phục vụ|tiếp nhận|khám|điều trị"
    r"|doanh thu|lợi nhuận|nộp|sản xuất|xuất khẩu|tiêu thụ|cho vay|huy động|giải ngân|thu"
    r"|là|với|tăng|giảm|chiếm|dẫn đầu|đứng|xếp|hoàn thành|sử dụng|giải quyết|cấp)(?!\w))"
)

# A syllable of Vietnamese written without its marks: «Long», «Theo», «Nam»; «Vasco»,
# «Airlines», «VietJet» are none.
_SYLLABLE = re.compile(
    r"(?i)(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?"
)
# Foreign words a report writes for things, not companies: «Internet băng rộng đạt …».
_THINGS = frozenset(
    re.findall(
        r"\S+",
        "internet website web smartphone online email wifi fanpage app mobile banking covid "
        "index ookla e-commerce logistics startup",
    )
)
_BRAND = re.compile(r"[A-Z][A-Za-z]*(?:\s+[A-Z][A-Za-z]*){0,3}")
# What a company does, right after its brand: «Vietnam Airlines khai thác 2.366 chuyến».
_DOES = re.compile(
    r"\s+(?:(?:đã|cũng|chỉ|vẫn)\s+)?(?:khai thác|thực hiện|vận chuyển|phục vụ|đạt|có|ghi nhận|là"
    r"|dẫn đầu|đứng đầu|chiếm|xếp|bay|hủy|huỷ|chậm|cung cấp|phát triển|lắp đặt|nộp|thu)(?!\w)"
)


def brand_opening(clause: str) -> str | None:
    """The brand a clause opens on, then what the company did: «Vietnam Airlines khai thác
    2.366 chuyến», «Vasco đứng đầu với 97%»; a name one of whose words is no Vietnamese
    syllable nor a thing's word («Internet»)."""
    found = _BRAND.match(clause)
    if found is None or not _DOES.match(clause, found.end()):
        return None
    words = found[0].split()
    foreign = [w for w in words if not _SYLLABLE.fullmatch(w) and not w.isupper()]
    if not foreign or any(w.lower() in _THINGS for w in words):
        return None
    return found[0]


__all__ = ["ORGANISATION", "brand_opening"]
