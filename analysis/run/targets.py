"""Where each workbook's outputs go (`Target`): one workbook writes to the figures and
reports folders themselves; several, a folder built as one briefing, or one unit's
briefing get a subfolder each; and a build never takes the place of another workbook's
outputs that a previous build left there.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .options import BuildError, BuildOptions


@dataclass(frozen=True)
class Target:
    """One workbook and where its outputs go."""

    workbook: Path
    figures_dir: Path
    reports_dir: Path
    key: str


def plan_targets(workbooks: list[Path], options: BuildOptions) -> list[Target]:
    """One workbook writes to figures/ and reports/; several get a subfolder each, and so
    does a folder built as one briefing (it never takes a single workbook's place), and
    so does one unit's briefing (`figures/<workbook>-<unit>/`)."""
    from ..model.text import bounded, slugify

    if options.unit:
        unit = slugify(options.unit)
        stems = [bounded(f"{w.name if w.is_dir() else w.stem}-{unit}") for w in workbooks]
        return [
            Target(w, options.figures_dir / stem, options.reports_dir / stem, stem)
            for w, stem in zip(workbooks, stems, strict=True)
        ]
    if len(workbooks) == 1 and not workbooks[0].is_dir():
        return [Target(workbooks[0], options.figures_dir, options.reports_dir, "briefing")]
    stems = [bounded(w.name if w.is_dir() else w.stem) for w in workbooks]
    clashes = sorted({stem for stem in stems if stems.count(stem) > 1})
    if clashes:
        raise BuildError(
            f"Hai tệp trùng tên «{clashes[0]}»: kết quả sẽ ghi đè lên nhau. / Two workbooks are "
            f"named «{clashes[0]}»: their outputs would overwrite each other."
        )
    return [
        Target(w, options.figures_dir / stem, options.reports_dir / stem, stem)
        for w, stem in zip(workbooks, stems, strict=True)
    ]


def own_place(target: Target, entry: dict[str, Any] | None) -> Target:
    """The target, or, when its folders hold another workbook's outputs (one that still
    exists), a folder of its own under them: a build never takes another's place."""
    other = entry.get("workbook") if entry else None
    if not other or other == str(target.workbook.resolve()) or not Path(other).is_file():
        return target
    from ..model.text import bounded

    stem = bounded(target.workbook.name if target.workbook.is_dir() else target.workbook.stem)
    return Target(target.workbook, target.figures_dir / stem, target.reports_dir / stem, stem)
