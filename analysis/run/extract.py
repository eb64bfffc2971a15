"""`chiso extract` without its command line (issue 20): the reports named (files, or folders
of .docx and .txt reports) read one by one into the rows of one draft workbook, one unit
per report, written whole or not at all.

Each report's unit is its issuer (the header frame), else the one the analyst names
(`unit`), else the body its opening says gives the figures («Bộ Công an công bố …»), else
the file's name, these two said as doubts; its period is the one its title or opening
states, else the one the analyst names (`period`). A report that cannot be read stops the
extraction before anything is written (`ReportError`, naming the file).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from ..model.periods import Period
from ..reading.report_figures import Confidence, ReportFigure, report_figures
from ..reading.report_frame import ReportFrame, report_frame
from ..reading.report_line_tables import with_line_tables
from ..reading.report_periods import report_setting
from ..reading.report_text import ReportError, report_passages
from .draft import DraftRow, draft_workbook
from .files import write_atomic

REPORT_SUFFIXES = (".docx", ".txt")


@dataclass(frozen=True)
class ReportRead:
    """What one report gave: its file, frame, unit and figures."""

    path: Path
    frame: ReportFrame
    unit: str | None
    figures: tuple[ReportFigure, ...]


@dataclass(frozen=True)
class Extraction:
    """The reports read, in the order named, and the draft's rows and facts."""

    reports: tuple[ReportRead, ...]
    rows: tuple[DraftRow, ...]
    facts: tuple[tuple[str, str], ...]

    @property
    def unsure(self) -> int:
        """How many rows chiso is not sure of (confidence below «cao»)."""
        return sum(1 for row in self.rows if not row.confidence.startswith("cao"))


def report_files(arguments: Sequence[Path]) -> list[Path]:
    """The reports named: each file as given, each folder's .docx and .txt files by name
    (Word's lock files «~$…» left out)."""
    found: list[Path] = []
    for argument in arguments:
        if argument.is_dir():
            found += sorted(
                p for p in argument.iterdir()
                if p.suffix.lower() in REPORT_SUFFIXES and not p.name.startswith(("~$", "."))
            )  # fmt: skip
        elif argument.is_file():
            found.append(argument)
        else:
            raise ReportError(f"{argument}: không có tệp hoặc thư mục này / no such file or folder")
    if not found:
        names = ", ".join(str(a) for a in arguments)
        raise ReportError(
            f"{names}: không có báo cáo .docx hoặc .txt nào / no .docx or .txt report there"
        )
    return found


def extract(
    paths: Sequence[Path],
    *,
    unit: str | None = None,
    period: Period | None = None,
    on_report: Callable[[Path], None] | None = None,
) -> Extraction:
    """Every figure of every report, each a draft row."""
    reports: list[ReportRead] = []
    for path in paths:
        if on_report is not None:
            on_report(path)
        passages = with_line_tables(report_passages(path))
        frame = report_frame(passages)
        setting = report_setting(frame, unit=frame.unit or unit or frame.publisher, period=period)
        figures = report_figures(passages, frame, setting)
        if setting.unit is not None and not (frame.unit or unit):  # «Bộ Công an công bố …»
            doubt = "đơn vị lấy từ câu mở đầu / the unit is the body the opening names"
            figures = [_doubted(f, doubt) if f.unit == setting.unit else f for f in figures]
        if setting.unit is None:  # the file's name, said so, where no sentence names one
            doubt = "đơn vị lấy từ tên tệp / the unit is the file's name"
            setting = replace(setting, unit=path.stem)
            figures = [
                _doubted(replace(f, unit=path.stem), doubt) if f.unit is None else f
                for f in figures
            ]
        reports.append(ReportRead(path, frame, setting.unit, tuple(figures)))
    rows = tuple(_row(report.path, f) for report in reports for f in report.figures)
    return Extraction(tuple(reports), rows, _facts(reports, period))


def write_draft(extraction: Extraction, out: Path) -> Path:
    """Write the draft workbook whole, or nothing (`WriteFailure` naming `out`)."""
    write_atomic(out, draft_workbook(extraction.rows, extraction.facts))
    return out


def _doubted(figure: ReportFigure, doubt: str) -> ReportFigure:
    doubts = (*figure.doubts, doubt)
    lowered: Confidence = "thấp" if figure.confidence == "thấp" else "trung bình"
    return replace(figure, doubts=doubts, confidence=lowered)


def _row(path: Path, figure: ReportFigure) -> DraftRow:
    confidence: str = figure.confidence
    if figure.doubts:
        confidence = f"{confidence}: " + "; ".join(figure.doubts)
    return DraftRow(
        indicator=figure.indicator,
        unit=figure.unit,
        period=figure.period,
        count=figure.count,
        base=figure.base,
        rate=figure.rate,
        measure=figure.measure,
        group=figure.group,
        note=figure.note,
        kind=figure.kind,
        sentence=figure.sentence,
        where=f"{path.name}, {figure.where}",
        confidence=confidence,
    )


def _facts(reports: list[ReportRead], period: Period | None) -> tuple[tuple[str, str], ...]:
    """What the reports say of themselves, for the draft's `Thông tin`: all of it for one
    report; for several, only what they share (their period, their term)."""
    frames = [r.frame for r in reports]
    facts: list[tuple[str, str]] = []
    periods = {(f.period or period or f.opening_period) for f in frames}  # as `report_setting`
    terms = {f.term for f in frames}
    if len(frames) == 1 and frames[0].unit:
        facts.append(("Cơ quan", frames[0].unit))
    if len(periods) == 1 and (chosen := periods.pop()) is not None:
        facts.append(("Kỳ báo cáo", chosen.label()))
    if len(terms) == 1 and (term := terms.pop()) is not None:
        facts.append(("Nhiệm kỳ", f"{term[0]}-{term[1]}"))
    if len(frames) == 1 and frames[0].title:
        facts.append(("Trích yếu", frames[0].title))
    if len(frames) == 1 and frames[0].signed:
        facts.append(("Ngày báo cáo", frames[0].signed.isoformat()))
    return tuple(facts)


__all__ = ["Extraction", "ReportRead", "extract", "report_files", "write_draft"]
