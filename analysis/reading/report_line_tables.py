"""Tables a plain-text report writes as lines (issue 20): a line of period headings («2015 2017
2019 2020 Sơ bộ 2021»), then lines each naming an indicator and ending in as many numbers as
there are headings («Bác sĩ bình quân 1 vạn dân 16,27 17,23 20,95 18,59 19,23»). Such lines are
the cells of a table, as a Word table's would be, so that each number is read once, with its
column's period, by `report_tables`; read as prose, a row's five numbers would all take the
sentence's period.

A row with fewer numbers than headings («… các bệnh dịch       31 79»: spaces where cells are
empty) says not which columns its numbers stand in: it stays a line of prose, and so does a
label alone; the table goes on past them to the first sentence. Pure functions over passages:
no file is opened here.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .report_text import Passage

# A period heading: a year, with up to two words before it («Sơ bộ 2021», «Năm 2020»).
_HEADING = re.compile(r"(?:[^\W\d]+\s+){0,2}?(?:19|20)\d{2}(?![\d/.,-])")
# A number as a table cell writes it: «63,93», «16.117», «100,00», «-2,5».
_CELL = r"[-–]?\d{1,3}(?:[.,]\d+)*"
# The first table of a text is numbered after any Word table's, so that the two never meet.
_FIRST_TABLE = 1000


def with_line_tables(passages: list[Passage]) -> list[Passage]:
    """The passages, each table written as lines read as that table's cells."""
    result: list[Passage] = []
    tables = 0
    index = 0
    while index < len(passages):
        headings = _headings(passages[index])
        lines = _lines_after(passages, index + 1, len(headings)) if len(headings) >= 2 else []
        if not any(cells for _, cells in lines):
            result.append(passages[index])
            index += 1
            continue
        tables += 1
        number = _FIRST_TABLE + tables
        head = passages[index]
        result += [
            replace(head, text=text, cell=(number, 1, column))
            for column, text in enumerate(["Chỉ tiêu", *headings], start=1)
        ]
        row = 1
        for line, cells in lines:
            if not cells:  # a row that says not which columns its numbers stand in
                result.append(line)
                continue
            row += 1
            result += [
                replace(line, text=text, cell=(number, row, column))
                for column, text in enumerate(cells, start=1)
            ]
        index += 1 + len(lines)
    return result


def _headings(passage: Passage) -> list[str]:
    """The period headings a line consists of, or none: «2015 2017 2019 2020 Sơ bộ 2021»."""
    if passage.cell is not None:
        return []
    found = list(_HEADING.finditer(passage.text))
    rest = _HEADING.sub(" ", passage.text)
    if len(found) < 2 or len(rest.split()) > 4 or re.search(r"\d", rest):
        return []  # a sentence that names years is no heading line
    return [" ".join(m.group(0).split()) for m in found]


def _lines_after(
    passages: list[Passage], start: int, columns: int
) -> list[tuple[Passage, list[str]]]:
    """The lines of the table a heading line opens, each with its cells (its label, then its
    `columns` numbers), or none for a row of fewer numbers or a label alone, which stay
    prose; the table ends at a line that is neither, such as a sentence."""
    row = re.compile(rf"(.*?[^\d\s.,])\s+((?:{_CELL}\s+){{{columns - 1}}}{_CELL})\s*")
    lines: list[tuple[Passage, list[str]]] = []
    for passage in passages[start:]:
        if passage.cell is not None:
            break
        if match := row.fullmatch(passage.text):
            lines.append((passage, [match[1].strip(), *match[2].split()]))
        elif len(passage.text.split()) <= 15 and not passage.text.rstrip().endswith("."):
            lines.append((passage, []))
        else:
            break
    while lines and not lines[-1][1]:
        lines.pop()  # a label alone after the last row is the prose's again
    return lines


__all__ = ["with_line_tables"]
