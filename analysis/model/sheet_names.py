"""The names of the sheets chiso reads for what they say about the figures, in one place.

A workbook's figures may be on any sheet. These sheets are different: each is read by its
own reader (the catalogue, the units, the reorganisations, the report's facts, the
analyst's corrections) or belongs to chiso's own template, and so is never searched for
tables of figures, nor named as a hidden sheet left unread. Names are written lower case;
a sheet matches whatever its case, spacing or accents (`is_sheet_named`).
"""

from __future__ import annotations

from .text import name_key, strip_accents

DATA = ("chỉ tiêu", "indicators")  # the long layout's sheet, read before any other
CATALOGUE = ("danh mục", "catalogue", "catalog")
FACTS = ("thông tin", "info", "information")
UNITS = ("đơn vị", "units", "danh sách đơn vị")
CROSSWALK = ("chuyển đổi", "crosswalk", "sáp nhập")
CORRECTIONS = ("cách đọc", "how to read")
TEMPLATE_GUIDE = "Hướng dẫn"  # the template's instructions, as written into it
TEMPLATE_LISTS = "Danh sách"  # the template's drop-down lists, as written into it

SIDE_SHEETS: tuple[str, ...] = (
    *CATALOGUE,
    *FACTS,
    *UNITS,
    *CROSSWALK,
    *CORRECTIONS,
    TEMPLATE_GUIDE.lower(),
    TEMPLATE_LISTS.lower(),
)


def is_sheet_named(name: str, candidates: tuple[str, ...]) -> bool:
    """Whether a sheet's name is one of `candidates` (written lower case), accents or not."""
    key = name_key(name)
    return key in candidates or strip_accents(key) in {strip_accents(c) for c in candidates}


def is_side_sheet(name: str) -> bool:
    """Whether a sheet is one chiso reads for what it describes, never for figures."""
    return is_sheet_named(name, SIDE_SHEETS)
