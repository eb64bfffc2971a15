"""Column headers: which header means which field, whatever its case, spacing,
Unicode form (NFC or NFD), diacritics or English alias."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .text import name_key, strip_accents


@dataclass(frozen=True)
class ColumnSpec:
    """A field of a sheet: its key, the Vietnamese header and accepted aliases."""

    key: str
    header: str
    aliases: tuple[str, ...]
    required: bool = False


DATA_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("stt", "STT", ("số tt", "số thứ tự", "tt", "no", "no.", "#")),
    ColumnSpec(
        "indicator",
        "Chỉ tiêu",
        (
            "tên chỉ tiêu",
            "nội dung",
            "nội dung chỉ tiêu",
            "chỉ tiêu, nhiệm vụ",
            "tên chỉ tiêu, nhiệm vụ",
            "nhiệm vụ, chỉ tiêu",
            "indicator",
        ),
        required=True,
    ),
    ColumnSpec("code", "Mã", ("mã chỉ tiêu", "mã số", "code")),
    ColumnSpec(
        "unit",
        "Đơn vị",
        (
            "đơn vị báo cáo",
            "tên đơn vị",
            "địa phương",
            "tên địa phương",
            "đơn vị, địa phương",
            "địa phương, đơn vị",
            "đảng bộ, chi bộ",
            "chi bộ, đảng bộ",
            "tổ chức cơ sở đảng",
            "unit",
            "organisation",
            "organization",
        ),
        required=True,
    ),
    ColumnSpec("period", "Kỳ", ("kỳ báo cáo", "thời kỳ", "thời gian", "period"), required=True),
    ColumnSpec(
        "numerator",
        "Tử số",
        (
            "số lượng",
            "numerator",
            "count",
            # A plan-against-actual form: the result is the figure.
            "thực hiện",
            "kết quả",
            "kết quả thực hiện",
            "ước thực hiện",
            "ước th",
            "th",
            "actual",
            "result",
        ),
        required=True,
    ),
    ColumnSpec("denominator", "Mẫu số", ("tổng số", "denominator", "base")),
    ColumnSpec(
        "rate",
        "Tỷ lệ (%)",
        ("tỉ lệ (%)", "tỷ lệ", "tỉ lệ", "tỷ lệ %", "tỉ lệ %", "rate", "rate (%)"),
    ),
    ColumnSpec("group", "Nhóm", ("group",)),
    ColumnSpec("measure", "Đơn vị tính", ("đvt", "measure", "unit of measure")),
    ColumnSpec("note", "Ghi chú", ("note", "notes")),
    # Plan against actual: the plan, the printed share of it achieved, and the same
    # period a year earlier.
    ColumnSpec(
        "target",
        "Kế hoạch",
        (
            "kh",
            "mục tiêu",
            "chỉ tiêu giao",
            "chỉ tiêu được giao",
            "chỉ tiêu kế hoạch",
            "kế hoạch giao",
            "chỉ tiêu nghị quyết",
            "target",
            "plan",
        ),
    ),
    ColumnSpec(
        "achievement",
        "Tỷ lệ đạt (%)",
        (
            "tỷ lệ đạt",
            "tỉ lệ đạt",
            "tỉ lệ đạt (%)",
            "tỷ lệ đạt so với kế hoạch (%)",
            "tỷ lệ hoàn thành",
            "tỷ lệ hoàn thành (%)",
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
            "đạt (%)",
            "% đạt",
            "achievement",
            "achievement (%)",
        ),
    ),
    ColumnSpec(
        "previous",
        "Cùng kỳ năm trước",
        (
            "cùng kỳ",
            "thực hiện cùng kỳ",
            "th cùng kỳ",
            "cùng kỳ năm ngoái",
            "thực hiện cùng kỳ năm trước",
            "th cùng kỳ năm trước",
            "same period last year",
        ),
    ),
    ColumnSpec("source", "Nguồn", ("nguồn số liệu", "source")),
    # A draft confirmed row by row (issue 20): what the extractor says of each figure, for
    # the analyst, and the analyst's answer (`reading.drafts`).
    ColumnSpec("kind", "Loại", ("loại số liệu", "kind")),
    ColumnSpec("quote", "Câu gốc", ("trích dẫn", "quote")),
    ColumnSpec("position", "Vị trí", ("vị trí trong báo cáo", "location")),
    ColumnSpec("confidence", "Độ tin cậy", ("mức tin cậy", "confidence")),
    ColumnSpec("confirmation", "Xác nhận", ("confirmation",)),
)

CATALOGUE_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("indicator", "Chỉ tiêu", ("tên chỉ tiêu", "indicator")),
    ColumnSpec("code", "Mã", ("mã chỉ tiêu", "code")),
    ColumnSpec("factor", "Hệ số", ("factor",)),
    ColumnSpec("decimals", "Số lẻ", ("số chữ số thập phân", "decimals")),
    ColumnSpec("measurement", "Cách đo", ("measurement",)),
    ColumnSpec("direction", "Chiều", ("direction",)),
    ColumnSpec("target", "Mục tiêu", ("chỉ tiêu kế hoạch", "target")),
    ColumnSpec("aggregation", "Tổng hợp", ("aggregation",)),
    ColumnSpec("display", "Trình bày", ("cách trình bày", "display")),
    ColumnSpec("theme", "Chủ đề", ("theme",)),
    # The indicator's caveat in the report's words: every figure of it carries it, unless
    # the figure has a note of its own (`Ghi chú` beside it).
    ColumnSpec("note", "Ghi chú", ("lưu ý", "giải trình", "note", "notes", "remarks")),
)


def _tight(text: str) -> str:
    # Headers match even with spaces dropped or added: 'Tỷ lệ(%)' is 'Tỷ lệ (%)'.
    return "".join(name_key(text).split())


def match_column(header: object, specs: tuple[ColumnSpec, ...]) -> ColumnSpec | None:
    """The field a header cell names, or None. Exact (accented) matches win."""
    if not isinstance(header, str) or not header.strip():
        return None
    key = _tight(header)
    for spec in specs:
        if key in _names(spec):
            return spec
    bare = strip_accents(key)
    for spec in specs:
        if bare in _bare_names(spec):
            return spec
    return None


@lru_cache(maxsize=64)
def _names(spec: ColumnSpec) -> frozenset[str]:
    return frozenset({_tight(spec.header), *(_tight(alias) for alias in spec.aliases)})


@lru_cache(maxsize=64)
def _bare_names(spec: ColumnSpec) -> frozenset[str]:
    return frozenset(strip_accents(name) for name in _names(spec))


REQUIRED_FIELDS = tuple(spec.key for spec in DATA_COLUMNS if spec.required)


def field_header(key: str) -> str:
    """The Vietnamese header of a field: 'numerator' -> 'Tử số'."""
    return next(spec.header for spec in DATA_COLUMNS if spec.key == key)


HEADER_SEARCH_ROWS = 30


def find_header(
    rows: Sequence[Sequence[object]], specs: tuple[ColumnSpec, ...]
) -> tuple[int, dict[str, int]]:
    """The header row of a side sheet (`Danh mục`, `Đơn vị`, `Chuyển đổi`) among its first
    rows: the one naming most of the given fields (the first on a tie), and the column of
    each field it names; (-1, {}) when no row names any."""
    best: tuple[int, dict[str, int]] = (-1, {})
    for number, row in enumerate(rows[: HEADER_SEARCH_ROWS + 1]):
        columns: dict[str, int] = {}
        for column, value in enumerate(row):
            spec = match_column(value, specs)
            if spec is not None and spec.key not in columns:
                columns[spec.key] = column
        if len(columns) > len(best[1]):
            best = (number, columns)
    return best
