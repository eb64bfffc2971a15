"""The workbook's optional `Đơn vị` sheet read into a `Hierarchy` (see `model.hierarchy`):
one row per unit, its parent, level, and the days it existed.
"""

from __future__ import annotations

import datetime as dt

from ..model import sheet_names
from ..model.columns import ColumnSpec
from ..model.errors import ProblemCollector
from ..model.hierarchy import Hierarchy, Unit
from ..model.periods import PeriodParseError, parse_period
from ..model.text import name_key, normalize_text
from .listing import read_listing
from .workbook import Workbook, cell_ref

HIERARCHY_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("code", "Mã", ("mã đơn vị", "code")),
    ColumnSpec("name", "Đơn vị", ("tên đơn vị", "tên", "name", "unit")),
    ColumnSpec("parent", "Cấp trên", ("đơn vị cấp trên", "trực thuộc", "thuộc", "parent")),
    ColumnSpec("level", "Cấp", ("cấp độ", "cấp hành chính", "level")),
    ColumnSpec("valid_from", "Hiệu lực từ", ("ngày thành lập", "thành lập", "valid from")),
    ColumnSpec("valid_to", "Hiệu lực đến", ("đến ngày", "hết hiệu lực", "valid to")),
    ColumnSpec("merged_into", "Sáp nhập vào", ("hợp nhất vào", "nhập vào", "merged into")),
)


def read_hierarchy(book: Workbook) -> Hierarchy:
    """The `Đơn vị` sheet's units, parents resolved by code or name."""
    # A list of units without parents says nothing about nesting: it is not read.
    listing = read_listing(book, sheet_names.UNITS, HIERARCHY_COLUMNS, {"name", "parent"})
    if listing is None:
        return Hierarchy()
    collect = ProblemCollector(book.file_label, listing.sheet)
    rows: list[tuple[dict[str, str | None], dt.date | None, dt.date | None]] = []

    def day(row_index: int, key: str, *, last: bool) -> dt.date | None:
        """The first or last day of a `Hiệu lực` cell ('01/07/2025', '2025')."""
        if key not in listing.cells or not values.get(key):
            return None
        try:
            period = parse_period(listing.cells[key].loc[row_index])
        except PeriodParseError:
            collect.add(
                "unparseable_period",
                cell=cell_ref(int(row_index), listing.columns[key]),
                value=str(values[key]),
                detail="ngày / a date",
            )
            return None
        return period.end if last else period.start

    for row_index in listing.rows:
        values = {key: _text(cells.loc[row_index]) for key, cells in listing.cells.items()}
        if values.get("name"):
            first_day = day(row_index, "valid_from", last=False)
            rows.append((values, first_day, day(row_index, "valid_to", last=True)))
    by_code = {name_key(r["code"]): r["name"] for r, _, _ in rows if r.get("code")}

    def named(reference: str | None) -> str | None:
        return by_code.get(name_key(reference), reference) if reference is not None else None

    units: dict[str, Unit] = {}
    for values, first_day, last_day in rows:
        name = str(values["name"])
        units[name_key(name)] = Unit(
            name,
            named(values.get("parent")),
            values.get("level"),
            values.get("code"),
            named(values.get("merged_into")),
            last_day,
            first_day,
        )
    return Hierarchy(units, collect.problems)


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize_text(str(value)) or None
