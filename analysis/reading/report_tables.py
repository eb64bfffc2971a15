"""A written report's tables read for figures (issue 20): a row's label names its figures, a
column's header says what each is (a rate, a unit of measure) when it says more than «Số
lượng»; a header is the nearest cell above that holds words, under a merged title too.

Pure functions over a report's table cells: no file is opened here.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..model.text import name_key
from .report_mentions import NumberMention, ReportFigure, confidence_of
from .report_numbers import numbers_in
from .report_periods import ReportSetting, label
from .report_text import Passage


def table_figures(cells: list[Passage], setting: ReportSetting) -> list[ReportFigure]:
    """A report's tables read row by row: a row's label names its figures, a column's
    header says what each is (a rate, a period) when it says more than «Số lượng»."""
    grid: dict[tuple[int, int, int], Passage] = {c.cell: c for c in cells if c.cell is not None}
    figures: list[ReportFigure] = []
    for (table, row, column), passage in sorted(grid.items()):
        mentions = [m for m in numbers_in(passage.text) if m.is_figure]
        if len(mentions) != 1 or not _only_number(passage.text, mentions[0]):
            continue
        row_name = _row_label(grid, table, row, column)
        header_text = _column_header(grid, table, row, column)
        if row_name is None or _is_rate_header(header_text):
            continue
        mention = mentions[0]
        rate = _row_rate(grid, table, row)
        name = row_name if _generic_header(header_text) else f"{row_name} ({header_text})"
        doubts = [] if setting.unit else ["chưa rõ đơn vị / no unit"]
        period = label(setting.period) if setting.period else None
        if period is None:
            doubts.append("chưa rõ kỳ: ghi kỳ của báo cáo / no period: write the report's")
        figures.append(
            ReportFigure(
                indicator=name,
                unit=setting.unit,
                period=period,
                count=mention.value if mention.kind != "percent" else None,
                base=mention.base,
                rate=rate if mention.kind != "percent" else mention.value,
                measure=_header_measure(header_text),
                group=None,
                kind="mức",
                sentence=f"{row_name}: {passage.text}",
                where=passage.where,
                confidence=confidence_of(doubts, "mức"),
                doubts=tuple(doubts),
            )
        )
    return figures


def _column_header(
    grid: dict[tuple[int, int, int], Passage], table: int, row: int, column: int
) -> str:
    """The nearest cell above in the column that holds words, not a figure."""
    for above in range(row - 1, 0, -1):
        cell = grid.get((table, above, column))
        if cell is not None and not any(m.is_figure for m in numbers_in(cell.text)):
            return cell.text
    return ""


def _only_number(text: str, mention: NumberMention) -> bool:
    return not (text[: mention.start] + text[mention.end :]).strip(" %")


def _row_label(
    grid: dict[tuple[int, int, int], Passage], table: int, row: int, column: int
) -> str | None:
    for left in range(1, column):
        cell = grid.get((table, row, left))
        if cell is not None and not re.fullmatch(r"[\dIVXivx.\s]+", cell.text):
            return cell.text
    return None


def _row_rate(grid: dict[tuple[int, int, int], Passage], table: int, row: int) -> Decimal | None:
    for (t, r, c), cell in grid.items():
        if t == table and r == row and _is_rate_header(_column_header(grid, t, r, c)):
            found = [m for m in numbers_in(cell.text + "%") if m.kind == "percent"]
            return found[0].value if found else None
    return None


def _is_rate_header(text: str) -> bool:
    return bool(re.search(r"(?<!\w)(?:t[ỷỉ] lệ|%)", text, re.IGNORECASE))


_GENERIC_HEADERS = ("số lượng", "kết quả", "số liệu", "thực hiện", "tổng số", "giá trị", "số")


def _generic_header(text: str) -> bool:
    folded = name_key(re.sub(r"\(.*?\)", "", text))
    return not folded or folded in _GENERIC_HEADERS


def _header_measure(text: str) -> str | None:
    found = re.search(r"\(([^)%]+)\)", text)
    return found.group(1).strip() if found else None


__all__ = ["table_figures"]
