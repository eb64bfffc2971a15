"""The units a workbook reports on and how they nest, from its optional `Đơn vị` sheet.

One row per unit: `Mã` (code), `Đơn vị` (name), `Cấp trên` (the parent, by code or name),
`Cấp` (level, e.g. 'tỉnh', 'xã'), and when it did not always exist `Hiệu lực từ` (its first
day), `Hiệu lực đến` (its last day) and `Sáp nhập vào` (the unit it joined). Without the
sheet, the units found in the data are flat under the workbook's organisation. Roll-ups
over the hierarchy are `rollups`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from .columns import ColumnSpec
from .crosswalk import Link
from .errors import Problem, ProblemCollector
from .listing import read_listing
from .periods import PeriodParseError, parse_period
from .reading.workbook import Workbook, cell_ref
from .text import name_key, normalize_text

HIERARCHY_SHEET_NAMES = ("đơn vị", "units", "danh sách đơn vị", "don vi")

HIERARCHY_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("code", "Mã", ("mã đơn vị", "code")),
    ColumnSpec("name", "Đơn vị", ("tên đơn vị", "tên", "name", "unit")),
    ColumnSpec("parent", "Cấp trên", ("đơn vị cấp trên", "trực thuộc", "thuộc", "parent")),
    ColumnSpec("level", "Cấp", ("cấp độ", "cấp hành chính", "level")),
    ColumnSpec("valid_from", "Hiệu lực từ", ("ngày thành lập", "thành lập", "valid from")),
    ColumnSpec("valid_to", "Hiệu lực đến", ("đến ngày", "hết hiệu lực", "valid to")),
    ColumnSpec("merged_into", "Sáp nhập vào", ("hợp nhất vào", "nhập vào", "merged into")),
)


@dataclass(frozen=True)
class Unit:
    """One unit of the hierarchy: its name as written, its parent's name (None at the top)
    and its level."""

    name: str
    parent: str | None
    level: str | None
    code: str | None = None
    merged_into: str | None = None  # the unit it became part of ('Sáp nhập vào')
    valid_to: dt.date | None = None  # its last day ('Hiệu lực đến')
    valid_from: dt.date | None = None  # its first day ('Hiệu lực từ')


@dataclass(frozen=True)
class Hierarchy:
    """The units by name key; empty when the workbook has no `Đơn vị` sheet."""

    units: dict[str, Unit] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def parent_of(self, name: object) -> str | None:
        """The parent's name of a unit named as in the data (None: at the top, or unknown)."""
        unit = self.units.get(name_key(name))
        return unit.parent if unit is not None else None

    def depth_of(self, name: object) -> int | None:
        """How many steps a unit is below the top (0 at the top); None when unknown."""
        depth, seen = 0, set()
        unit = self.units.get(name_key(name))
        if unit is None:
            return None
        while unit.parent is not None and name_key(unit.name) not in seen:
            seen.add(name_key(unit.name))
            above = self.units.get(name_key(unit.parent))
            depth += 1
            if above is None:
                break
            unit = above
        return depth

    def __bool__(self) -> bool:
        return bool(self.units)

    def subtree(self, name: object) -> Hierarchy:
        """The unit named and every unit below it, that unit now at the top."""
        top = name_key(name)
        kept: dict[str, Unit] = {}
        for key, unit in self.units.items():
            chain: Unit | None = unit
            seen: set[str] = set()
            while chain is not None and name_key(chain.name) not in seen:
                if name_key(chain.name) == top:
                    kept[key] = replace(unit, parent=None) if key == top else unit
                    break
                seen.add(name_key(chain.name))
                chain = self.units.get(name_key(chain.parent)) if chain.parent else None
        return Hierarchy(kept, self.problems)

    def in_force(self) -> dict[str, tuple[dt.date | None, dt.date | None]]:
        """The first and last day of each unit that did not always exist, by name key."""
        return {
            key: (unit.valid_from, unit.valid_to)
            for key, unit in self.units.items()
            if unit.valid_from or unit.valid_to
        }

    def merges(self) -> tuple[Link, ...]:
        """Units merged whole into another (`Sáp nhập vào`), as crosswalk links: their
        figures of periods ending by their last day are restated on the unit they joined.
        Without a last day, the day the unit they joined came into force (`Hiệu lực từ`)
        is taken."""
        links = []
        for unit in self.units.values():
            if not unit.merged_into:
                continue
            since = unit.valid_to + dt.timedelta(days=1) if unit.valid_to else None
            if since is None:
                joined = self.units.get(name_key(unit.merged_into))
                since = joined.valid_from if joined is not None else None
            links.append(Link(old=unit.name, new=unit.merged_into, share=1.0, since=since))
        return tuple(links)


def read_hierarchy(book: Workbook) -> Hierarchy:
    """The `Đơn vị` sheet's units, parents resolved by code or name."""
    # A list of units without parents says nothing about nesting: it is not read.
    listing = read_listing(book, HIERARCHY_SHEET_NAMES, HIERARCHY_COLUMNS, {"name", "parent"})
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
