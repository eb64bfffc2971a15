"""Finding the workbooks a user names: paths, folders (their Excel files) and glob
patterns, in order, each once. Excel's lock files and temporary files are skipped with a
note, never opened and never reported as broken; a link in a folder that loops back to it
(or to a folder holding it) is named in a note, never followed; a folder or pattern with no
workbook is said, so that an empty run is not taken for a clean one. Nothing here opens a file.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from ..model.errors import Problem

_EXCEL = {".xlsx", ".xlsm", ".xls", ".xlsb", ".ods"}

_LOCK_OR_TEMPORARY = re.compile(r"^(?:~\$|\.~lock\.|~|\.)|\.(?:tmp|bak)$|#$", re.IGNORECASE)
_GLOB = re.compile(r"[*?\[]")


def find_workbooks(arguments: Sequence[str | Path]) -> tuple[list[Path], list[Problem]]:
    """The workbooks named by paths, folders (their .xlsx files) and glob patterns, in order.

    Excel's lock files (`~$báo cáo.xlsx`, left while a file is open) and temporary or
    hidden files are skipped with a note, never read and never reported as broken. A path
    that does not exist is kept, so that opening it reports `file_not_found`."""
    found: list[Path] = []
    notes: list[Problem] = []
    for argument in arguments:
        text = str(argument)
        if _GLOB.search(text) and not Path(text).exists():
            base = Path(text)
            anchor = Path(base.anchor) if base.is_absolute() else Path()
            relative = str(base.relative_to(anchor)) if base.is_absolute() else text
            candidates = sorted(p for p in anchor.glob(relative) if p.is_file())
        elif Path(text).is_dir():
            entries = sorted(Path(text).iterdir())
            notes += [_loop_note(entry) for entry in entries if _loops_back(entry)]
            candidates = [p for p in entries if p.is_file() and p.suffix.lower() in _EXCEL]
        else:
            found.append(Path(text))
            continue
        if not any(c.suffix.lower() in _EXCEL for c in candidates):
            # A folder or a pattern with no workbook: said, so that an empty run is not
            # taken for a clean one.
            notes.append(Problem(code="no_workbooks", file=text, details={"value": text}))
        for candidate in candidates:
            if _LOCK_OR_TEMPORARY.search(candidate.name):
                why = "tệp khoá hoặc tệp tạm của Excel / an Excel lock or temporary file"
                notes.append(
                    Problem(
                        code="skipped_file",
                        file=str(candidate),
                        details={"value": candidate.name, "detail": why},
                    )
                )
            elif candidate.suffix.lower() in _EXCEL:
                found.append(candidate)
    return list(dict.fromkeys(found)), notes


def _loops_back(entry: Path) -> bool:
    """Whether `entry` is a link to its own folder or to a folder holding it (a loop)."""
    if not entry.is_symlink():
        return False
    try:
        target = entry.resolve(strict=True)
    except (OSError, RuntimeError):  # a link to itself, or to a link back: a loop too
        return not entry.exists()
    return target.is_dir() and entry.parent.resolve().is_relative_to(target)


def _loop_note(entry: Path) -> Problem:
    """The `folder_loop` note naming the link."""
    return Problem(code="folder_loop", file=str(entry), details={"value": str(entry)})
