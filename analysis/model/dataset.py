"""The data model: what a checked workbook becomes.

`Dataset.observations` is a tidy frame, one row per figure, with every value's
source cell beside it. Its columns are declared once in `schemas.OBSERVATIONS`
(`OBSERVATION_COLUMNS` is their names); the vocabularies of the catalogue (`Danh mục`)
are in `vocabulary`, named here too. `SheetReading` and `TableReading` say what was
understood of each sheet and table, with where units and periods came from as typed
`sources.Source` values; their words are in `labels`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import pandas as pd

from .errors import Problem, has_errors
from .labels import HEADER_GROUP_NAMES, LAYOUT_NAMES, READING_LINES, Lang
from .schemas import OBSERVATIONS
from .sources import Source

# The vocabularies live in `vocabulary` (the schemas use them too); named here as well
# because readers of a dataset's columns look for them beside it.
from .vocabulary import (
    AGGREGATION_WORDS as AGGREGATION_WORDS,
)
from .vocabulary import (
    AT_TARGET as AT_TARGET,
)
from .vocabulary import (
    BEYOND_TARGET as BEYOND_TARGET,
)
from .vocabulary import (
    DIRECTION_WORDS as DIRECTION_WORDS,
)
from .vocabulary import (
    DISPLAY_WORDS as DISPLAY_WORDS,
)
from .vocabulary import (
    MEASUREMENT_WORDS as MEASUREMENT_WORDS,
)
from .vocabulary import (
    SHORT_OF_TARGET as SHORT_OF_TARGET,
)
from .vocabulary import (
    UNDECIDED_TARGET as UNDECIDED_TARGET,
)
from .vocabulary import (
    Aggregation as Aggregation,
)
from .vocabulary import (
    Direction as Direction,
)
from .vocabulary import (
    Display as Display,
)
from .vocabulary import (
    Measurement as Measurement,
)
from .vocabulary import (
    TargetStatus as TargetStatus,
)

if TYPE_CHECKING:
    from .facts import Facts
    from .hierarchy import Hierarchy

# The observation frame's columns, in order, as its schema declares them.
OBSERVATION_COLUMNS: tuple[str, ...] = OBSERVATIONS.names


def frame_records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows of a (small) frame as plain dicts keyed by column name, for drawing and text."""
    # Column by column (`tolist` gives plain Python values, as `to_dict` did): a row-wise
    # walk costs seconds on a province's tens of thousands of rows.
    names = [str(column) for column in frame.columns]
    columns = [frame.iloc[:, i].tolist() for i in range(frame.shape[1])]
    return [dict(zip(names, values, strict=True)) for values in zip(*columns, strict=True)]


def empty_observations() -> pd.DataFrame:
    """An observations frame with the right columns, of their declared dtypes, and no rows."""
    return OBSERVATIONS.empty()


@dataclass(frozen=True)
class SheetReading:
    """What chiso understood of one sheet: the layout, the header cells it used, and where
    each row's unit and period come from (a column, or the sheet's name)."""

    file: str
    sheet: str
    # 'long' (one row per figure), 'unit_per_sheet' (the unit is the sheet's name or title),
    # 'wide_by_period', 'plan_against_actual' or 'breakdown' ('Tổng số | Trong đó: Nữ').
    layout: str
    header_row: int  # Excel row number of the (last) header row
    headers: dict[str, str]  # field -> A1 cell of its header, e.g. {'numerator': 'F4'}
    unit_from: Source  # 'column D', 'sheet name' or 'title cell A2' in the JSON
    period_from: Source  # 'column E'
    title: str | None = None  # the title block above the header, as written
    figures: int = 0  # rows read as figures

    def to_dict(self) -> dict[str, object]:
        """The public JSON form (docs/json.md, `sheets`)."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "layout": self.layout,
            "header_row": self.header_row,
            "headers": dict(self.headers),
            "unit_from": str(self.unit_from),
            "period_from": str(self.period_from),
            "title": self.title,
            "figures": self.figures,
        }

    def describe(self, *, lang: Lang = "vi") -> str:
        """One line a reader can check against the sheet."""
        cells = ", ".join(f"{field_name(key, lang)} {cell}" for key, cell in self.headers.items())
        return READING_LINES[lang]["sheet"].format(
            sheet=self.sheet,
            layout=LAYOUT_NAMES[lang].get(self.layout, self.layout),
            header_row=self.header_row,
            cells=cells,
            unit=self.unit_from.describe(lang=lang),
            period=self.period_from.describe(lang=lang),
            figures=self.figures,
        )


@dataclass(frozen=True)
class NotRead:
    """Numbers of a table that are not figures, and why: a rank, a change, a column with no
    header, a table refused. `cells` names them ('H5:H20')."""

    cells: str
    reason_vi: str
    reason_en: str

    def to_dict(self) -> dict[str, str]:
        return {"cell": self.cells, "reason": f"{self.reason_vi} / {self.reason_en}"}


@dataclass(frozen=True)
class ColumnUnderstood:
    """One column of a table as chiso read it: its header as written, and what it means
    ('count, 6 tháng đầu năm 2024', 'row labels: unit', 'not read: a rank')."""

    column: str  # 'E'
    header: str  # the header path, joined with ' / '
    cell: str | None  # the header's (lowest) cell
    meaning_vi: str
    meaning_en: str
    line: str = ""  # the `Cách đọc` line that says this reading ('cột E: tỷ lệ (%) năm 2023')


@dataclass(frozen=True)
class TableReading:
    """What chiso understood of one table (`chiso explain`, `tables` in `--json`)."""

    file: str
    sheet: str
    number: int  # the table's place on its sheet, top to bottom (1, 2, …)
    range: str  # 'A4:H20': the header and the rows of figures
    header_rows: tuple[int, ...]  # Excel row numbers
    layout: str
    period_source: Source
    unit_source: Source
    title: str | None = None
    form: str | None = None  # 'Biểu số 02'
    period: str | None = None  # the period stated once, as written, when it is
    unit: str | None = None  # the unit stated once, when it is
    columns: tuple[ColumnUnderstood, ...] = ()
    numbers_read: int = 0
    numbers_not_read: tuple[NotRead, ...] = ()
    terms_not_understood: tuple[tuple[str, str], ...] = ()  # (term, cell)
    figures: int = 0
    refused: str | None = None  # why the table was not read (a question), when it was not
    settle: str | None = None  # the `Cách đọc` line that settles it
    lines: tuple[str, ...] = ()  # the table's own reading as `Cách đọc` lines (period, unit…)

    @property
    def name(self) -> str:
        """How a `Cách đọc` line names the table: 'Biểu 1' (its place on the sheet)."""
        return f"Biểu {self.number}"

    def cach_doc(self) -> list[str]:
        """The whole reading as `Cách đọc` lines, each naming the sheet and the table: what
        `chiso explain -o` writes for the analyst to copy into their workbook and correct."""
        scope = f"Trang «{self.sheet}», {self.name}"
        found = [f"{scope}: {line}" for line in self.lines]
        found += [f"{scope}, {c.line}" for c in self.columns if c.line]
        return found

    def describe(self, *, lang: Lang = "vi") -> list[str]:
        """What was understood of the table, line by line, for `chiso explain`."""
        words = READING_LINES[lang]
        rows = ", ".join(str(r) for r in self.header_rows) or "—"
        lines = [
            words["table"].format(name=self.name, range=self.range, sheet=self.sheet, rows=rows)
        ]
        if self.title:
            lines.append(words["title"].format(title=self.title))
        lines.append(
            words["sources"].format(
                period=f" «{self.period}»" if self.period else "",
                period_source=self.period_source.describe(lang=lang),
                unit=f" «{self.unit}»" if self.unit else "",
                unit_source=self.unit_source.describe(lang=lang),
            )
        )
        for column in self.columns:
            header = f"«{column.header}»" if column.header else words["no_header"]
            meaning = {"vi": column.meaning_vi, "en": column.meaning_en}[lang]
            lines.append(
                words["column"].format(column=column.column, header=header, meaning=meaning)
            )
        for term, cell in self.terms_not_understood:
            lines.append(words["not_understood"].format(term=term, cell=cell))
        for unread in self.numbers_not_read:
            reason = {"vi": unread.reason_vi, "en": unread.reason_en}[lang]
            lines.append(words["not_read"].format(cells=unread.cells, reason=reason))
        if self.refused:
            lines.append(words["refused"].format(reason=self.refused))
            if self.settle:
                lines.append(words["settle"].format(settle=self.settle))
        else:
            lines.append(words["read"].format(figures=self.figures, numbers=self.numbers_read))
        return lines

    def to_dict(self) -> dict[str, object]:
        """The public JSON form (docs/json.md, `tables`)."""
        return {
            "file": self.file,
            "sheet": self.sheet,
            "table": self.number,
            "range": self.range,
            "header_rows": list(self.header_rows),
            "layout": self.layout,
            "period_source": str(self.period_source),
            "unit_source": str(self.unit_source),
            "period": self.period,
            "unit": self.unit,
            "title": self.title,
            "form": self.form,
            "numbers_read": self.numbers_read,
            "numbers_not_read": [n.to_dict() for n in self.numbers_not_read],
            "terms_not_understood": [
                {"term": term, "cell": cell} for term, cell in self.terms_not_understood
            ],
            "figures": self.figures,
            "refused": self.refused,
            "settle": self.settle,
        }


def _no_facts() -> Facts:
    from .facts import Facts

    return Facts()


def _no_hierarchy() -> Hierarchy:
    from .hierarchy import Hierarchy

    return Hierarchy()


def field_name(key: str, lang: Lang) -> str:
    """A field as `chiso check` names it: a header group's words, else the template's
    Vietnamese header or, in English, the field's own key ('numerator')."""
    from .columns import DATA_COLUMNS

    if key in HEADER_GROUP_NAMES[lang]:
        return HEADER_GROUP_NAMES[lang][key]
    spec = next((s for s in DATA_COLUMNS if s.key == key), None)
    if spec is None:
        return key
    return {"vi": spec.header, "en": key}[lang]


@dataclass(frozen=True)
class MissingData:
    """A workbook of a set whose figures are left out because it has errors: the units it
    reports on (as far as they could be read; else its file's name) and its first error."""

    file: str
    units: tuple[str, ...]
    problem: Problem

    def describe(self, *, lang: Lang = "vi") -> str:
        """'Phường Trần Phú (tệp tran-phu.xlsx: Tử số lớn hơn mẫu số …)', or the file alone
        when no unit could be read from it."""
        from .labels import DOCUMENT

        name = self.file.replace("\\", "/").rsplit("/", 1)[-1]
        message = self.problem.message_in(lang)
        where = f"{DOCUMENT[lang]['missing_file']} {name}: {message}"
        return f"{', '.join(self.units)} ({where})" if self.units else where


@dataclass
class Dataset:
    """A workbook after validation: its figures and every problem found in it."""

    file: str
    sheet: str | None
    observations: pd.DataFrame
    problems: list[Problem] = field(default_factory=list)
    # Totals rows typed in the sheet ('Tổng cộng'): checked against their parts, shown as
    # totals, never taken as figures of their own. Same columns as `observations`.
    totals: pd.DataFrame = field(default_factory=lambda: empty_observations())
    # What was understood of each sheet read (docs/json.md, `sheets` and `tables`).
    sheets: list[SheetReading] = field(default_factory=list)
    # What the workbook says about its report (its `Thông tin` sheet).
    facts: Facts = field(default_factory=lambda: _no_facts())
    # Workbooks of a set (a folder of unit returns) left out because they have errors.
    missing: list[MissingData] = field(default_factory=list)
    # How its units nest (its `Đơn vị` sheet); empty: the units are flat.
    hierarchy: Hierarchy = field(default_factory=lambda: _no_hierarchy())
    # What was understood of each table, read or refused (`chiso explain`, `tables`).
    tables: list[TableReading] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when there is no error (warnings allowed)."""
        return not has_errors(self.problems)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]
