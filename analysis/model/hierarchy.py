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

from .crosswalk import Link
from .errors import Problem
from .text import name_key


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
