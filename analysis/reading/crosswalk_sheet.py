"""The workbook's optional `Chuyển đổi` sheet read into a `Crosswalk` (see `model.crosswalk`):
one row per old unit, the unit it became part of and the share that went there.
"""

from __future__ import annotations

from ..model import sheet_names
from ..model.columns import ColumnSpec
from ..model.crosswalk import Crosswalk, Link
from ..model.errors import ProblemCollector
from ..model.periods import PeriodParseError, parse_period
from ..model.text import normalize_text
from .listing import read_listing
from .number_text import NumberParseError, parse_number
from .workbook import Workbook, cell_ref

CROSSWALK_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("old", "Đơn vị cũ", ("old unit", "từ đơn vị", "đơn vị trước sáp nhập")),
    ColumnSpec("new", "Đơn vị mới", ("new unit", "thành đơn vị", "đơn vị sau sáp nhập")),
    ColumnSpec("share", "Tỷ lệ", ("tỷ lệ (%)", "tỉ lệ", "phần", "share")),
    ColumnSpec("since", "Từ ngày", ("ngày hiệu lực", "hiệu lực từ", "since", "from")),
)


def read_crosswalk(book: Workbook) -> Crosswalk:
    """The `Chuyển đổi` sheet's links (none when the workbook has no such sheet)."""
    listing = read_listing(book, sheet_names.CROSSWALK, CROSSWALK_COLUMNS, {"old", "new"})
    if listing is None:
        return Crosswalk()
    collect = ProblemCollector(book.file_label, listing.sheet)
    columns = listing.columns
    links: list[Link] = []
    for row in listing.rows:
        values = {key: cells.loc[row] for key, cells in listing.cells.items()}
        old, new = _text(values.get("old")), _text(values.get("new"))
        if old is None or new is None:
            continue
        share = 1.0
        if _text(values.get("share")) is not None:
            try:
                parsed = parse_number(values.get("share"))
                share = float(parsed.value) / (100.0 if parsed.suffix == "%" else 1.0)
                share = share / 100.0 if share > 1 else share  # '60' meant 60%
            except NumberParseError:
                collect.add(
                    "invalid_catalogue_value",
                    cell=cell_ref(int(row), columns["share"]),
                    column="Tỷ lệ",
                    value=str(values.get("share")),
                    detail="0–1 / 0–100%",
                )
                continue
        since = None
        if _text(values.get("since")) is not None:
            try:
                since = parse_period(values.get("since")).start
            except PeriodParseError:
                since = None
        links.append(Link(old, new, share, since))
    return Crosswalk(tuple(links), collect.problems)


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return normalize_text(str(value)) or None
