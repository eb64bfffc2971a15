"""Column headers: which header means which field, whatever its case, spacing,
Unicode form (NFC or NFD), diacritics or English alias."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from .workbook import normalize_text


@dataclass(frozen=True)
class ColumnSpec:
    """A field of a sheet: its key, the Vietnamese header and accepted aliases."""

    key: str
    header: str
    aliases: tuple[str, ...]
    required: bool = False


DATA_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("stt", "STT", ("số tt", "số thứ tự", "tt", "no", "no.", "#")),
    ColumnSpec("indicator", "Chỉ tiêu", ("tên chỉ tiêu", "indicator"), required=True),
    ColumnSpec("code", "Mã", ("mã chỉ tiêu", "mã số", "code")),
    ColumnSpec(
        "unit", "Đơn vị", ("đơn vị báo cáo", "unit", "organisation", "organization"), required=True
    ),
    ColumnSpec("period", "Kỳ", ("kỳ báo cáo", "thời kỳ", "thời gian", "period"), required=True),
    ColumnSpec("numerator", "Tử số", ("số lượng", "numerator", "count"), required=True),
    ColumnSpec("denominator", "Mẫu số", ("tổng số", "denominator", "base")),
    ColumnSpec(
        "rate",
        "Tỷ lệ (%)",
        ("tỉ lệ (%)", "tỷ lệ", "tỉ lệ", "tỷ lệ %", "tỉ lệ %", "rate", "rate (%)"),
    ),
    ColumnSpec("group", "Nhóm", ("group",)),
    ColumnSpec("measure", "Đơn vị tính", ("đvt", "measure", "unit of measure")),
    ColumnSpec("note", "Ghi chú", ("note", "notes")),
    ColumnSpec("source", "Nguồn", ("nguồn số liệu", "source")),
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
)

DATA_SHEET_NAMES = ("chỉ tiêu", "indicators")
CATALOGUE_SHEET_NAMES = ("danh mục", "catalogue", "catalog")


def header_key(text: str) -> str:
    """Comparable form of a name: NFC, lower case, single spaces; 'Ð' (U+00D0, left by
    TCVN3 conversions) read as 'Đ'."""
    return normalize_text(text.replace("Ð", "Đ").replace("ð", "đ")).casefold()


def _tight(text: str) -> str:
    # Headers match even with spaces dropped or added: 'Tỷ lệ(%)' is 'Tỷ lệ (%)'.
    return "".join(header_key(text).split())


def strip_accents(text: str) -> str:
    """'Tỷ lệ' -> 'ty le'; đ becomes d. For matching headers typed without diacritics."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


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
        if bare in {strip_accents(name) for name in _names(spec)}:
            return spec
    return None


def _names(spec: ColumnSpec) -> set[str]:
    return {_tight(spec.header), *(_tight(alias) for alias in spec.aliases)}


def is_sheet_named(name: str, candidates: tuple[str, ...]) -> bool:
    key = header_key(name)
    return key in candidates or strip_accents(key) in {strip_accents(c) for c in candidates}
