"""The analyst's corrections: a `Cách đọc` sheet in their own workbook, in their own terms.

One line a row (in its first filled cell), each saying how to read one thing:

    Biểu 1, cột E: tỷ lệ (%)
    Biểu 2: kỳ từ 16/12/2020 đến 15/3/2021
    cột G: bỏ qua
    Trang «Tổng hợp», Biểu 1: đơn vị «Toàn tỉnh»
    Biểu 1: chỉ tiêu «Số đảng viên mới kết nạp»
    Biểu 1, cột B: đơn vị
    Biểu 1: dòng tiêu đề 4-5

A table is named by its place on its sheet (`Biểu 1` is the first from the top; `chiso
explain` prints each table's number); a line without `Biểu` applies to every table that
has the column, a line without `Trang` to every sheet. What a column is, is said with the
same words a header would use (the vocabulary): `tử số`, `mẫu số`, `tỷ lệ (%)`, `kế
hoạch`, `kế hoạch năm 2024`, `kỳ 2023`, `chỉ tiêu «…»` (the column is one indicator),
`đơn vị «…»` (the column is one unit), `«…»` alone (words kept in the indicator's name),
`bỏ qua` (its numbers are not figures), or, for a
column of row labels, `chỉ tiêu`, `đơn vị`, `kỳ`, `đơn vị tính`. chiso follows each line
exactly; a line that matches nothing, or that it cannot read, is an error naming it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from ..model import sheet_names
from ..model.errors import Problem
from ..model.sheet_names import is_sheet_named
from ..model.text import normalize_text
from .vocabulary import plain
from .workbook import Workbook, cell_ref, column_index

What = Literal["skip", "term", "period", "unit", "indicator", "header_rows", "qualifier"]


@dataclass(frozen=True)
class Correction:
    """One line of the `Cách đọc` sheet, read: which sheet, table and column it is about
    (None: any), what it says and the value it gives."""

    text: str
    cell: str
    sheet: str | None
    table: int | None
    column: int | None
    what: What
    value: str = ""


@dataclass
class Corrections:
    """Every correction of a workbook, and which of them matched something."""

    lines: list[Correction] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    sheet: str | None = None
    problems: list[Problem] = field(default_factory=list)

    def for_table(self, sheet: str, number: int) -> list[tuple[int, Correction]]:
        """The corrections about one table (its sheet and its place on the sheet)."""
        from ..model.text import name_key

        return [
            (index, line)
            for index, line in enumerate(self.lines)
            if (line.sheet is None or name_key(line.sheet) == name_key(sheet))
            and (line.table is None or line.table == number)
        ]

    def mark_used(self, index: int) -> None:
        self.used.add(index)

    def unmatched(self, file: str) -> list[Problem]:
        """An error for each line that matched no table or column of the workbook."""
        found = list(self.problems)
        for index, line in enumerate(self.lines):
            if index not in self.used:
                found.append(
                    Problem(
                        code="correction_unmatched",
                        file=file,
                        sheet=self.sheet,
                        cell=line.cell,
                        details={"value": line.text},
                    )
                )
        return found


_QUOTED = re.compile(r"[«\"“']\s*(.+?)\s*[»\"”']")
_ONLY_QUOTED = re.compile(r"^[«\"“'][^«»\"“”']+[»\"”']$")
_SHEET = re.compile(r"^(?:trang|sheet)\s*[«\"“']?(?P<name>[^«»\"“”',:]+?)[»\"”']?\s*[,:;]\s*")
_TABLE = re.compile(r"^(?:bieu|bang|table)\s*(?:so\s*)?(?P<number>\d{1,3})\s*[,:;]?\s*")
_COLUMN = re.compile(r"^(?:cot|column|col)\s*(?P<letters>[a-z]{1,3})\s*[:,;]\s*")
_HEADER_ROWS = re.compile(
    r"^(?:dong tieu de|tieu de o dong|tieu de dong|header rows?|header)\s*[:]?\s*"
    r"(?P<first>\d{1,7})(?:\s*[-–]\s*(?P<last>\d{1,7}))?\s*$"
)
_TABLE_FACT = re.compile(
    r"^(?P<key>ky|period|don vi|unit|chi tieu|indicator)\s*[:]?\s*(?P<rest>.+)$"
)
_SKIP = re.compile(r"^(?:bo qua|khong doc|skip|ignore)\.?$")


def parse_line(text: str, cell: str) -> Correction | None:
    """A `Cách đọc` line read (None when it says nothing chiso can follow)."""
    written = normalize_text(text)
    words = plain(written)
    position = 0  # how far into the line (the same in `written` and `words`)
    sheet: str | None = None
    table: int | None = None
    column: int | None = None
    if (found := _SHEET.match(words)) is not None:
        sheet = written[found.start("name") : found.end("name")].strip()
        position = found.end()
    if (found := _TABLE.match(words[position:])) is not None:
        table = int(found["number"])
        position += found.end()
    if (found := _COLUMN.match(words[position:])) is not None:
        column = column_index(found["letters"].upper())
        position += found.end()
    rest_words = words[position:].strip(" :")
    rest = (
        written[len(words) - len(words[position:]) :].strip(" :")
        if len(written) == len(words)
        else rest_words
    )
    if not rest_words:
        return None
    if _SKIP.match(rest_words):
        return Correction(written, cell, sheet, table, column, "skip")
    if column is None:
        if (found := _HEADER_ROWS.match(rest_words)) is not None:
            last = found["last"] or found["first"]
            return Correction(
                written, cell, sheet, table, None, "header_rows", f"{found['first']}-{last}"
            )
        if (found := _TABLE_FACT.match(rest_words)) is not None:
            value = _value(
                rest[len(rest) - len(found["rest"]) :]
                if len(rest) == len(rest_words)
                else found["rest"]
            )
            key = found["key"]
            what: What = (
                "period"
                if key in ("ky", "period")
                else "unit"
                if key in ("don vi", "unit")
                else "indicator"
            )
            return Correction(written, cell, sheet, table, None, what, value)
        return None
    if (found := _TABLE_FACT.match(rest_words)) is not None and _QUOTED.search(rest):
        key = found["key"]
        what = (
            "period"
            if key in ("ky", "period")
            else "unit"
            if key in ("don vi", "unit")
            else "indicator"
        )
        return Correction(written, cell, sheet, table, column, what, _value(rest))
    if _ONLY_QUOTED.match(rest):  # «Đạt»: words kept in the indicator's name
        return Correction(written, cell, sheet, table, column, "qualifier", _value(rest))
    if (found := re.match(r"^(?:ky|period)\s*:?\s*(.+)$", rest_words)) is not None:
        return Correction(
            written, cell, sheet, table, column, "period", _value(rest[-len(found[1]) :])
        )
    return Correction(written, cell, sheet, table, column, "term", rest)


def _value(text: str) -> str:
    quoted = _QUOTED.search(text)
    return normalize_text(quoted[1] if quoted else text).strip(' :«»"')


def read_corrections(book: Workbook) -> Corrections:
    """The workbook's `Cách đọc` sheet, read (empty when it has none)."""

    name = next(
        (s.name for s in book.sheets if is_sheet_named(s.name, sheet_names.CORRECTIONS)), None
    )
    if name is None:
        return Corrections()
    grid, _ = book.sheet(name).grid_rows()
    corrections = Corrections(sheet=name)
    for row, values in enumerate(grid):
        for column, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                continue
            words = plain(value)
            if words in ("cach doc", "how to read", "dong", "line", "ghi chu"):
                break
            line = parse_line(value, cell_ref(row, column))
            if line is None:
                corrections.problems.append(
                    Problem(
                        code="correction_unreadable",
                        file=book.file_label,
                        sheet=name,
                        cell=cell_ref(row, column),
                        details={"value": normalize_text(value), "detail": "", "detail_en": ""},
                    )
                )
            else:
                corrections.lines.append(line)
            break  # one line a row: its first filled cell
    return corrections
