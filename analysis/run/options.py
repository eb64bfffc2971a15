"""What a build is asked to do (`BuildOptions`), where its outputs go when nobody says,
and the build's own exceptions: every option checked before any work, each bad one named
as the user typed it.

Nothing here depends on the folder chiso is run from: the briefing notebook is the one
shipped inside the package, and the default output folders are found beside the
workbooks themselves, so `chiso build PATH/so-lieu.xlsx` works from anywhere.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..model.errors import ChisoError
from ..model.labels import LANGS

# The briefing notebook ships inside the package (package data), so an installed chiso
# finds it wherever it runs; `notebooks/briefing.ipynb` in the repository links to it.
BRIEFING_NOTEBOOK = Path(__file__).resolve().parent.parent / "notebooks" / "briefing.ipynb"
FIGURES_FOLDER = "figures"
REPORTS_FOLDER = "reports"


@dataclass(frozen=True)
class BuildOptions:
    """What shapes a build's outputs; part of its fingerprint."""

    figures_dir: Path
    reports_dir: Path
    notebook: Path = BRIEFING_NOTEBOOK
    lang: str = "vi"
    organisation: str | None = None
    place: str | None = None
    period: str | None = None
    report_date: str | None = None
    since: Path | None = None  # the build to compare with; None: the previous one
    unit: str | None = None  # the briefing of one unit (and those below it)

    def parameters(self, workbook: Path, *, previous: Path | None = None) -> dict[str, Any]:
        """Notebook parameters to inject, all of them: the notebook's own defaults describe
        its default workbook and must not leak into another one's briefing."""
        return {
            "workbook": str(workbook.resolve()),
            "lang": self.lang,
            "organisation": self.organisation or "",
            "place": self.place or "",
            "period": self.period,
            "report_date": self.report_date,
            "previous": str(previous.resolve()) if previous is not None else "",
            "unit": self.unit or "",
        }


class BuildError(ChisoError):
    """The build cannot go on; the message says why in plain words (vi / en)."""


class BuildOptionError(BuildError):
    """One option has a value the build cannot use; names the option as typed."""

    def __init__(self, *, option: str, value: str, reason: str) -> None:
        super().__init__(f"Tham số {option} không hợp lệ / invalid {option}: «{value}» ({reason})")
        self.option = option
        self.value = value
        self.reason = reason


def output_home(named: Sequence[Path]) -> Path:
    """The folder whose `figures/` and `reports/` a build writes to when no folder is
    chosen: beside what was named. A workbook's outputs go in its own folder (PATH/so-lieu.xlsx
    → PATH/figures, PATH/reports); a folder's go beside it, in the folder holding it
    (`chiso build data` → ./figures, ./reports); a pattern counts as the folder it names.
    Several inputs share the deepest folder that holds them all."""
    homes = [_home_of(path) for path in named]
    if not homes:
        return Path()
    try:
        return Path(os.path.commonpath([str(home) for home in homes]))
    except ValueError:  # some given as relative paths, some absolute: compare them whole
        try:
            return Path(os.path.commonpath([str(home.absolute()) for home in homes]))
        except ValueError:  # on different drives: no folder holds them all
            raise BuildError(
                "Các tệp không nằm chung một ổ đĩa: hãy chọn nơi ghi bằng --figures và "
                "--reports. / The workbooks are on different drives: choose where to write "
                "with --figures and --reports."
            ) from None


def output_folders(
    named: Sequence[Path], *, figures: Path | None = None, reports: Path | None = None
) -> tuple[Path, Path]:
    """The figures and reports folders: those chosen, else `figures/` and `reports/` in
    the `output_home` of what was named."""
    if figures is not None and reports is not None:
        return figures, reports
    home = output_home(named)
    return figures or home / FIGURES_FOLDER, reports or home / REPORTS_FOLDER


def _home_of(path: Path) -> Path:
    if path.is_file():
        return path.parent
    if path.is_dir():
        return path.parent if path.name not in ("", ".", "..") else path
    # A pattern ('don-vi/*.xlsx') or a missing file: the folder its text names.
    return path.parent


def check_folders(options: BuildOptions) -> list[BuildOptionError]:
    """The output folders that cannot be folders: an existing file where a folder (or one
    of the folders it would be made in) is needed. A usage error, named as the option."""
    found = []
    for option, folder in (("--figures", options.figures_dir), ("--reports", options.reports_dir)):
        blocking = next((p for p in (folder, *folder.parents) if p.exists()), None)
        if blocking is not None and not blocking.is_dir():
            found.append(
                BuildOptionError(
                    option=option,
                    value=str(folder),
                    reason=f"{blocking} là một tệp, không phải thư mục / "
                    f"{blocking} is a file, not a folder",
                )
            )
    return found


def check_options(options: BuildOptions) -> list[BuildOptionError]:
    """Every option that cannot be used, each naming itself (empty when all are fine)."""
    found: list[BuildOptionError] = check_folders(options)
    if options.lang not in LANGS:
        found.append(
            BuildOptionError(
                option="--lang",
                value=options.lang,
                reason="chỉ vi hoặc en / only vi or en",
            )
        )
    if options.period:
        from ..model.periods import PeriodParseError, parse_period

        try:
            parse_period(options.period)
        except PeriodParseError as exc:
            found.append(
                BuildOptionError(option="--period", value=options.period, reason=exc.detail)
            )
    if options.report_date:
        try:
            dt.date.fromisoformat(options.report_date)
        except ValueError:
            found.append(
                BuildOptionError(
                    option="--report-date",
                    value=options.report_date,
                    reason="ngày phải có dạng YYYY-MM-DD / the date must read YYYY-MM-DD",
                )
            )
    if options.since is not None and not options.since.exists():
        found.append(
            BuildOptionError(
                option="--since",
                value=str(options.since),
                reason="không tìm thấy / not found",
            )
        )
    return found


def missing_inputs(workbooks: list[Path], options: BuildOptions) -> list[Path]:
    """Workbooks and notebook that are not there (a folder of workbooks is one input)."""
    return [
        path
        for path in (*workbooks, options.notebook)
        if not path.is_file() and not (path.is_dir() and path != options.notebook)
    ]
