"""Figures, problems and changes as aligned plain-text tables, for a terminal: columns
padded to their widest cell, each Vietnamese letter one column wide (NFC), long indicator
names cut with «…». Errors come before warnings, and warnings of one kind and column are
told once with their cells as ranges. Returns text; the command line prints it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Protocol

from ..model.labels import CHANGE_HEADINGS, CHANGE_STATUS, FIGURE_KINDS, HEADINGS, Lang
from ..model.text import without_bidi_controls
from .terminal_text import printable

if TYPE_CHECKING:
    from ..compute.diff import FigureChange, FigureKind


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
    (in percentage points for a rate), or what changed in kind (`change_text`)."""
    table = [
        [
            change.indicator,
            change.unit,
            change.period,
            CHANGE_STATUS[change.status][lang],
            change.old_text or "",
            change.new_text or "",
            change_text(change, lang=lang),
        ]
        for change in changes
    ]
    return render_table(list(CHANGE_HEADINGS[lang]), table, max_width={0: 56})


def change_text(change: FigureChange, *, lang: Lang) -> str:
    """A change's size as printed ('+0,28 điểm phần trăm', '+3'); for a figure that changed
    kind, never a difference but what changed ('đổi cách tính: tỷ lệ → số đếm'); '' for a
    figure only one side has."""
    from .formatting import format_change

    if change.status == "changed_kind" and change.old_kind and change.new_kind:
        told = "; ".join(kind_changes(change.old_kind, change.new_kind, lang=lang))
        status = CHANGE_STATUS["changed_kind"][lang]
        return f"{status}: {told}" if told else status
    if change.change is None:
        return ""
    display = "rate" if change.change_unit == "pp" else "count"
    return format_change(change.change, factor=100, decimals=2, display=display, lang=lang)


def kind_changes(old: FigureKind, new: FigureKind, *, lang: Lang) -> list[str]:
    """What differs between two kinds, each as 'before → after': the display ('tỷ lệ →
    số đếm'), the unit of measure ('cấp ủy → người'), the rate's factor ('% → ‰')."""
    from ..model.text import name_key
    from .formatting import format_count, rate_unit

    kinds = FIGURE_KINDS[lang]
    told: list[str] = []
    if old.display and new.display and old.display != new.display:
        told.append(
            f"{kinds.get(old.display, old.display)} → {kinds.get(new.display, new.display)}"
        )
    if old.measure and new.measure and name_key(old.measure) != name_key(new.measure):
        told.append(f"{old.measure} → {new.measure}")
    rates = "count" not in (old.display, new.display)
    if rates and old.factor is not None and new.factor is not None and old.factor != new.factor:

        def per(factor: float) -> str:
            return rate_unit(factor, lang=lang) or format_count(factor, lang=lang)

        told.append(f"{per(old.factor)} → {per(new.factor)}")
    return told


def render_table(headers: list[str], rows: list[list[str]], *, max_width: dict[int, int]) -> str:
    """Columns padded to their widest cell (NFC, so each Vietnamese letter is one column)."""

    def fit(text: str, column: int) -> str:
        # One cell, one line, in its own order: no bidi control (one in a file name would
        # turn the rest of the line around), every other control character as an escape.
        text = printable(without_bidi_controls(unicodedata.normalize("NFC", text)))
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
