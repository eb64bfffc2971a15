"""Figures, problems and changes as aligned plain-text tables, for a terminal: columns
padded to their widest cell, each Vietnamese letter one column wide (NFC), long indicator
names cut with «…». Errors come before warnings, and warnings of one kind and column are
told once with their cells as ranges. Returns text; the command line prints it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ..model.labels import CHANGE_HEADINGS, CHANGE_STATUS, HEADINGS, Lang
from ..model.text import without_bidi_controls

if TYPE_CHECKING:
    from ..compute.diff import FigureChange


class ProblemLike(Protocol):
    """What a table needs of a problem (`errors.Problem`, or one a notebook reported)."""

    @property
    def severity(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def location(self) -> str: ...

    @property
    def message(self) -> str: ...


def summary_table(rows: Iterable[Mapping[str, Any]], *, lang: Lang) -> str:
    """The indicators (summary rows) as a text table; group totals marked with Σ."""
    heads = HEADINGS[lang]
    table = [
        [
            ("Σ " if row["is_total"] else "") + row["indicator"],
            row["unit"],
            row["period"],
            row["text"] + (f" {row['measure']}" if row["is_total"] and row["measure"] else ""),
            row["ratio_text"] or "",
            row["interval_text"] or "",
            row["cell"],
        ]
        for row in rows
    ]
    headers = [
        heads[key] for key in ("indicator", "unit", "period", "figure", "ratio", "interval", "cell")
    ]
    return render_table(headers, table, max_width={0: 56})


def problems_table(problems: Sequence[ProblemLike], *, lang: Lang) -> str:
    """Errors first, one line each; then warnings, those of one kind and column told once
    with their cells as ranges ('32 ô số nhập dạng chữ ở cột Tử số (E2:E33)'); then notes."""
    if not problems:
        return "Không có lỗi. / No problems found.\n"
    from ..model.errors import Problem, group_problems

    told: Sequence[ProblemLike] = problems
    if all(isinstance(p, Problem) for p in problems):
        told = group_problems([p for p in problems if isinstance(p, Problem)])
    heads = HEADINGS[lang]
    table = [[heads[p.severity], p.code, p.location, p.message] for p in told]
    headers = [heads[key] for key in ("severity", "code", "where", "message")]
    return render_table(headers, table, max_width={})


def changes_table(changes: Sequence[FigureChange], *, lang: Lang) -> str:
    """The figures that moved between two briefings (`chiso diff`): old, new and the change
    (in percentage points for a rate)."""
    from .formatting import format_change

    table = [
        [
            change.indicator,
            change.unit,
            change.period,
            CHANGE_STATUS[change.status][lang],
            change.old_text or "",
            change.new_text or "",
            format_change(
                change.change,
                factor=100,
                decimals=2,
                display="rate" if change.change_unit == "pp" else "count",
                lang=lang,
            )
            if change.change is not None
            else "",
        ]
        for change in changes
    ]
    return render_table(list(CHANGE_HEADINGS[lang]), table, max_width={0: 56})


def render_table(headers: list[str], rows: list[list[str]], *, max_width: dict[int, int]) -> str:
    """Columns padded to their widest cell (NFC, so each Vietnamese letter is one column)."""

    def fit(text: str, column: int) -> str:
        # no bidi control: one in a file name would turn the rest of the line around
        text = without_bidi_controls(unicodedata.normalize("NFC", text))
        limit = max_width.get(column)
        return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"

    cells = [[fit(h, i) for i, h in enumerate(headers)]]
    cells += [[fit(value, i) for i, value in enumerate(row)] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for index, row in enumerate(cells):
        lines.append("  ".join(value.ljust(widths[i]) for i, value in enumerate(row)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"
