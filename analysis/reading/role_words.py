"""The words offices write over their columns and down their sides, by the role they give.

A header term's role is looked up here, in Vietnamese (with and without accents) and
English: the labels down the side (indicator, unit, period, unit of measure, code, row
number, note, source, group, a pivot table's 'Row Labels') and the role of the numbers
under a header (a count, a base, a whole, a printed rate, a plan, the same period last
year, the share of the plan achieved, a change, a rank). Terms are compared in one plain
form (`plain`: lower case, no accents, single spaces; `tight`: without spaces either), so
'Tỷ lệ (%)', 'ty le (%)' and 'TỶ LỆ(%)' are one term. Reading a whole header (its period,
part and unit of measure) is `vocabulary.read_term`'s job; this module only holds the words.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from ..model.text import name_key, strip_accents

Role = Literal[
    # labels down the side
    "stt",
    "indicator",
    "unit",
    "period",
    "measure",
    "code",
    "note",
    "source",
    "group",
    "label",  # a pivot table's 'Row Labels': what its values are decides
    # a draft's columns (issue 20): the analyst's answer, and what the extractor says of
    # each row (read only in a table with an answer column, `DRAFT_TERMS`)
    "confirmation",
    "kind",
    "quote",
    "position",
    "confidence",
    # the role of the numbers under a header
    "count",
    "base",
    "whole",
    "rate",
    "target",
    "previous",
    "achievement",
    "change",
    "rank",
    "total",
    "skip",
]

LABEL_ROLES: frozenset[str] = frozenset(
    {"stt", "indicator", "unit", "period", "measure", "code", "note", "source", "group", "label"}
    | {"confirmation", "kind", "quote", "position", "confidence"}
)
# Numbers under these headers are never a figure and never added up: said, with the reason.
NOT_READ_ROLES: dict[str, tuple[str, str]] = {
    "change": ("mức thay đổi, không phải số liệu", "a change, not a figure"),
    "rank": ("thứ hạng, không cộng được", "a rank, which does not add up"),
    "note": ("cột ghi chú", "a notes column"),
    "skip": ("bỏ qua theo Cách đọc", "skipped as the Cách đọc sheet says"),
}


def plain(text: str) -> str:
    """The comparable form of a term: lower case, no accents, single spaces; «qui» spelled as
    «quy», as older documents write it («quí I», «qui định»)."""
    return re.sub(r"(?<![^\W\d_])qui(?![^\W\d_])", "quy", strip_accents(name_key(text)))


def tight(text: str) -> str:
    """The plain form without spaces: how a whole term is looked up."""
    return "".join(plain(text).split())


_TERMS: dict[Role, tuple[str, ...]] = {
    "stt": ("stt", "tt", "số tt", "số thứ tự", "thứ tự", "no", "no.", "#", "s/n", "sn", "nr"),
    "indicator": (
        "chỉ tiêu",
        "tên chỉ tiêu",
        "các chỉ tiêu",
        "chỉ tiêu chủ yếu",
        "nội dung",
        "nội dung chỉ tiêu",
        "chỉ tiêu, nhiệm vụ",
        "tên chỉ tiêu, nhiệm vụ",
        "nhiệm vụ, chỉ tiêu",
        "nội dung công việc",
        "chỉ số",
        "tên chỉ số",
        "hạng mục",
        "diễn giải",
        "danh mục",
        "indicator",
        "indicators",
        "item",
        "items",
        "description",
    ),
    "unit": (
        "đơn vị",
        "đơn vị báo cáo",
        "tên đơn vị",
        "địa phương",
        "tên địa phương",
        "đơn vị, địa phương",
        "địa phương, đơn vị",
        "đơn vị/địa phương",
        "cơ quan, đơn vị",
        "đảng bộ, chi bộ",
        "chi bộ, đảng bộ",
        "đảng bộ",
        "đảng bộ trực thuộc",
        "tổ chức cơ sở đảng",
        "tên cơ sở đảng",
        "tên chi bộ",
        "tên đảng bộ",
        "tên tổ chức đảng",
        "tên tổ chức cơ sở đảng",
        "tổ chức cơ sở đảng",
        "chi bộ",
        "địa bàn",
        "tên cơ quan",
        "cơ quan",
        "tên xã",
        "xã",
        "phường",
        "tên thôn",
        "thôn, tổ dân phố",
        "huyện, thị xã, thành phố",
        "huyện, thành phố",
        "xã, phường, thị trấn",
        "xã, phường",
        "tỉnh, thành phố",
        "unit",
        "units",
        "organisation",
        "organization",
        "region",
        "province",
        "district",
        "commune",
        "locality",
        "area",
    ),
    "period": (
        "kỳ",
        "kỳ báo cáo",
        "thời kỳ",
        "thời gian",
        "thời điểm",
        "giai đoạn",
        "năm",
        "quý",
        "tháng",
        "period",
        "year",
        "quarter",
        "month",
        "date",
    ),
    "measure": ("đvt", "đơn vị tính", "đv tính", "unit of measure", "uom", "measure"),
    "code": ("mã", "mã số", "mã chỉ tiêu", "mã đơn vị", "code", "id"),
    "note": ("ghi chú", "ghi chú, giải trình", "giải trình", "note", "notes", "remarks"),
    "source": ("nguồn", "nguồn số liệu", "source"),
    "group": ("nhóm", "group"),
    "label": ("row labels", "nhãn hàng", "nhãn dòng"),
    # A draft's answer column (issue 20): the analyst's «đúng», «sửa» or «bỏ» on each row.
    "confirmation": ("xác nhận", "confirmation", "confirmed", "confirm"),
    "count": (
        "tử số",
        "số lượng",
        "số",
        "sl",
        "số liệu",
        "giá trị",
        "numerator",
        "count",
        "number",
        "value",
        "values",
        "thực hiện",
        "kết quả",
        "kết quả thực hiện",
        "ước thực hiện",
        "ước th",
        "ước",
        "th",
        "thực tế",
        "actual",
        "result",
        "số người",
        "số lượt",
    ),
    "base": ("mẫu số", "denominator", "base"),
    "whole": (
        "tổng số",
        "tổng",
        "tổng cộng",
        "cộng",
        "total",
        "grand total",
        "tổng cuối",
        "lũy kế",
        "luỹ kế",
        "cộng dồn",
        "cumulative",
        "year to date",
    ),
    "rate": (
        "tỷ lệ",
        "tỉ lệ",
        "tỷ lệ (%)",
        "tỉ lệ (%)",
        "tỷ lệ %",
        "tỉ lệ %",
        "%",
        "(%)",
        "tỷ trọng",
        "tỷ trọng (%)",
        "cơ cấu (%)",
        "rate",
        "rate (%)",
        "percent",
        "percentage",
        "share",
        "share (%)",
        "%age",
    ),
    "target": (
        "kế hoạch",
        "kh",
        "mục tiêu",
        "chỉ tiêu giao",
        "chỉ tiêu được giao",
        "chỉ tiêu kế hoạch",
        "kế hoạch giao",
        "kh giao",
        "chỉ tiêu nghị quyết",
        "chỉ tiêu nq",
        "chỉ tiêu đề ra",
        "nghị quyết giao",
        "nq giao",
        "chỉ tiêu nghị quyết giao",
        "chỉ tiêu nq giao",
        "mục tiêu nghị quyết",
        "kế hoạch được giao",
        "target",
        "plan",
        "planned",
    ),
    "previous": (
        "cùng kỳ",
        "cùng kỳ năm trước",
        "thực hiện cùng kỳ",
        "th cùng kỳ",
        "th ck",
        "ck",
        "cùng kỳ năm ngoái",
        "thực hiện cùng kỳ năm trước",
        "th cùng kỳ năm trước",
        "same period last year",
        "last year",
        "previous year",
    ),
    "achievement": (
        "tỷ lệ đạt",
        "tỉ lệ đạt",
        "tỷ lệ đạt (%)",
        "tỉ lệ đạt (%)",
        "tỷ lệ đạt so với kế hoạch (%)",
        "tỷ lệ đạt so với kh (%)",
        "tỷ lệ đạt so với kh",
        "tỷ lệ hoàn thành",
        "tỷ lệ hoàn thành (%)",
        "tỷ lệ hoàn thành kế hoạch",
        "tỷ lệ hoàn thành kh",
        "% hoàn thành",
        "% hoàn thành kế hoạch",
        "% htkh",
        "so với kế hoạch",
        "so với kế hoạch (%)",
        "so với kh",
        "so với kh (%)",
        "% so với kế hoạch",
        "% so với kh",
        "% so kh",
        "% kh",
        "th/kh",
        "th/kh (%)",
        "tỷ lệ th/kh",
        "tỷ lệ th/kh (%)",
        "th so với kh",
        "th so với kh (%)",
        "so kh (%)",
        "so kh",
        "đạt (%)",
        "% đạt",
        "achievement",
        "achievement (%)",
        "completion (%)",
        "% of target",
        "% of plan",
    ),
    "change": (
        "tăng/giảm",
        "tăng giảm",
        "tăng, giảm",
        "tăng (+), giảm (-)",
        "tăng (+)/giảm (-)",
        "tăng (+) giảm (-)",
        "+/-",
        "(+/-)",
        "+,-",
        "chênh lệch",
        "thay đổi",
        "mức thay đổi",
        "thay đổi (điểm %)",
        "thay đổi (điểm phần trăm)",
        "so với cùng kỳ",
        "so với cùng kỳ (%)",
        "so cùng kỳ",
        "so cùng kỳ (%)",
        "% so cùng kỳ",
        "% so với cùng kỳ",
        "so với năm trước",
        "so với năm trước (%)",
        "so với cùng kỳ năm trước",
        "so với cùng kỳ năm trước (%)",
        "so sánh với cùng kỳ",
        "th/ck",
        "th/ck (%)",
        "tăng trưởng",
        "tăng trưởng (%)",
        "tốc độ tăng",
        "tốc độ tăng (%)",
        "change",
        "change (%)",
        "change (pp)",
        "difference",
        "growth",
        "growth (%)",
        "yoy",
        "y/y",
    ),
    "rank": (
        "xếp hạng",
        "thứ hạng",
        "hạng",
        "xếp thứ",
        "thứ tự xếp hạng",
        "vị trí xếp hạng",
        "rank",
        "ranking",
    ),
}

# A pivot table's own captions over its headers: no meaning of their own (tight forms).
DECORATION = frozenset({"columnlabels", "nhancot", "values", "giatri:"})


@lru_cache(maxsize=1)
def _exact() -> dict[str, Role]:
    found: dict[str, Role] = {}
    for role, words in _TERMS.items():
        for word in words:
            found.setdefault(tight(word), role)
    return found


def role_of(text: str) -> Role | None:
    """The role a whole term gives ('Tỷ lệ (%)' -> 'rate'), or None for a term not listed."""
    return _exact().get(tight(text)) if text.strip() else None


# A draft's columns for the analyst (issue 20), beside its answer column: what kind of
# figure the extractor took each row for, the sentence it was quoted from, where it stands
# in the report and how sure the extractor is. These words mean this only in a table that
# has an answer column ('Xác nhận'): elsewhere 'Vị trí' over numbers is a rank, as always.
DRAFT_TERMS: dict[Role, tuple[str, ...]] = {
    "kind": ("loại", "loại số liệu", "kind", "type"),
    "quote": ("câu gốc", "trích dẫn", "nguyên văn", "quote", "source sentence"),
    "position": ("vị trí", "vị trí trong báo cáo", "location", "position", "where"),
    "confidence": ("độ tin cậy", "mức tin cậy", "confidence"),
}


@lru_cache(maxsize=1)
def _draft_exact() -> dict[str, Role]:
    return {tight(word): role for role, words in DRAFT_TERMS.items() for word in words}


def draft_role(text: str) -> Role | None:
    """The role a draft's header gives beside an answer column ('Câu gốc' -> 'quote'), or
    None for a term that is no draft's own."""
    return _draft_exact().get(tight(text)) if text.strip() else None
