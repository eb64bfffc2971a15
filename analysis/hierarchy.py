"""The units a workbook reports on and how they nest, from its optional `Đơn vị` sheet.

One row per unit: `Mã` (code), `Đơn vị` (name), `Cấp trên` (the parent, by code or name),
`Cấp` (level, e.g. 'tỉnh', 'xã'). Without the sheet, the units found in the data are flat
under the workbook's organisation. Roll-ups over the hierarchy are `rollups`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .columns import ColumnSpec
from .errors import Problem, ProblemCollector
from .listing import read_listing
from .text import name_key, normalize_text
from .workbook import Workbook

HIERARCHY_SHEET_NAMES = ("đơn vị", "units", "danh sách đơn vị", "don vi")

HIERARCHY_COLUMNS: tuple[ColumnSpec, ...] = (
    ColumnSpec("code", "Mã", ("mã đơn vị", "code")),
    ColumnSpec("name", "Đơn vị", ("tên đơn vị", "tên", "name", "unit")),
    ColumnSpec("parent", "Cấp trên", ("đơn vị cấp trên", "trực thuộc", "thuộc", "parent")),
    ColumnSpec("level", "Cấp", ("cấp độ", "cấp hành chính", "level")),
)


@dataclass(frozen=True)
class Unit:
    """One unit of the hierarchy: its name as written, its parent's name (None at the top)
    and its level."""

    name: str
    parent: str | None
    level: str | None
    code: str | None = None


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


def read_hierarchy(book: Workbook) -> Hierarchy:
    """The `Đơn vị` sheet's units, parents resolved by code or name."""
    # A list of units without parents says nothing about nesting: it is not read.
    listing = read_listing(book, HIERARCHY_SHEET_NAMES, HIERARCHY_COLUMNS, {"name", "parent"})
    if listing is None:
        return Hierarchy()
    collect = ProblemCollector(book.file_label, listing.sheet)
    rows: list[dict[str, str | None]] = []
    for row_index in listing.rows:
        values = {key: _text(cells.loc[row_index]) for key, cells in listing.cells.items()}
        if values.get("name"):
            rows.append(values)
    by_code = {name_key(r["code"]): r["name"] for r in rows if r.get("code")}
    units: dict[str, Unit] = {}
    for values in rows:
        name = str(values["name"])
        parent = values.get("parent")
        if parent is not None:
            parent = by_code.get(name_key(parent), parent)
        units[name_key(name)] = Unit(name, parent, values.get("level"), values.get("code"))
    return Hierarchy(units, collect.problems)


def _text(value: object) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize_text(str(value)) or None
