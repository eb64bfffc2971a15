"""Tables a plain-text report writes as lines (issue 20): a line of period headings («2015 2017
2019 2020 Sơ bộ 2021»), then lines each naming an indicator and ending in as many numbers as
there are headings («Bác sĩ bình quân 1 vạn dân 16,27 17,23 20,95 18,59 19,23»). Such lines are
the cells of a table, as a Word table's would be, so that each number is read once, with its
column's period, by `report_tables`; read as prose, a row's five numbers would all take the
sentence's period.

The heading line may instead name its columns after «Chỉ tiêu» («Chỉ tiêu Thực hiện tháng
4/2019 Ước TH Tháng 5 2019 Lũy kế từ đầu năm Thực hiện So với cùng kỳ (%)»): the names are
cut where one ends (a year, «(%)») and, until there are as many as the next line has numbers,
where one begins («So với», then «Kế hoạch», then «Lũy kế», «Ước»).

A web page's table copied into text comes one cell per line: the header's names («Tiêu chí
đánh giá», «Mức độ», «Số lượng», «Tỷ lệ»), then each row's labels and numbers, a label a row
leaves out being the merged one above it; it is read as that table's cells.

A statistics office's table of main indicators copied from its page has its header one name
a line («Chỉ tiêu», «ĐVT», «6 tháng đầu năm 2015», «% tăng/ giảm so cùng kỳ») and a row a line
(«1. Tổng sản phẩm (GRDP) giá so sánh 2010 Tỷ đồng 16.632,5 +8,37»): label, unit of measure
(«"» for the row above's) and signed numbers, read as that table's cells.

A row with fewer numbers than headings («… các bệnh dịch       31 79»: spaces where cells are
empty) says not which columns its numbers stand in: it stays a line of prose, and so does a
label alone; the table goes on past them to the first sentence.

A statistics yearbook's table copied out of its PDF has numbered rows instead («84 Số lượt
người khám chữa bệnh» on one line, «tại trạm y tế xã trong 12 tháng qua Người 273 343 273
343» on the next): each row opens with its number, one more than the last row's, its label
runs on over lines, and its last line ends with the unit of measure («Người», «%», «Xã», «“»
for the one above) and its numbers, thousands grouped by spaces. How many numbers a row holds
is what every row of the table allows («87 87», «95,65 95,65»: two), the row's groups then
split evenly («273 343 | 273 343»); columns that repeat one another («Tổng số» and the one
class all the units fall in) give each number once.

A yearbook's table may also run the other way, a row per period («2013 29.695.002 21.922.332
…», «Sơ bộ - Prel. 2018 …»), its columns named one per line above (the English beside them,
«Chia ra - Of which» and a title in capitals name none) and its unit on the line right above
the rows («Triệu đồng - Mill. dongs», «Cơ cấu - Structure (%)»): it is read turned, a column
per period, so that each number takes its row's period and its column's name; a next block of
as many columns («Cơ cấu (%)») keeps the names. Pure functions over passages: no file is
opened here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from .report_text import Passage
from .report_words import CAPITAL, SMALL

# A period heading: a year, with up to two words before it («Sơ bộ 2021», «Năm 2020»).
_HEADING = re.compile(r"(?:[^\W\d]+\s+){0,2}?(?:19|20)\d{2}(?![\d/.,-])")
# A number as a table cell writes it: «63,93», «16.117», «100,00», «-2,5».
_CELL = r"[-–]?(?:\d{1,3}(?:[.,]\d+)*|\d{4,9}(?:,\d+)?)"  # «16.117», «28630620»
# The first table of a text is numbered after any Word table's, so that the two never meet.
_FIRST_TABLE = 1000


def with_line_tables(passages: list[Passage]) -> list[Passage]:
    """The passages, each table written as lines read as that table's cells."""
    result: list[Passage] = []
    tables = 0
    index = 0
    labels: list[str] = []  # the last yearbook table's column names, for its next block
    while index < len(passages):
        passage, following = passages[index], passages[index + 1 : index + 2]
        if (
            following
            and following[0].cell
            and passage.cell is None
            and UNIT_LINE.fullmatch(passage.text)
        ):  # «ĐVT: triệu đồng» over a Word table: the table's unit, above its header band
            table = following[0].cell[0]
            result += [passage, replace(following[0], text=passage.text, cell=(table, 0, 1))]
            index += 1
            continue
        if by_period := _period_rows(passages, index):
            tables += 1
            labels = _column_names(passages[:index], len(by_period[0][1]) - 1) or labels
            result += _transposed(by_period, labels, _unit_line(passages[index - 1]),
                                  _FIRST_TABLE + tables)  # fmt: skip
            index += len(by_period)
            continue
        if by_cell := _cell_per_line(passages, index) or _header_per_line(passages, index):
            tables += 1  # a web table one cell a line, or its header one name a line
            header, rows, used, said = by_cell
            result += _cells(passages[index : index + used], header, rows, said,
                             _FIRST_TABLE + tables)  # fmt: skip
            index += used
            continue
        if numbered := _numbered_rows(passages, index):
            tables += 1
            result += _numbered_table(numbered, _FIRST_TABLE + tables)
            index += sum(len(lines) for lines, _ in numbered)
            continue
        headings = _headings(passages[index]) or _named_columns(passages, index)
        lines = _lines_after(passages, index + 1, len(headings)) if len(headings) >= 2 else []
        if not any(cells for _, cells in lines):
            result.append(passages[index])
            index += 1
            continue
        tables += 1
        number = _FIRST_TABLE + tables
        head = passages[index]
        said = _said_above(passages[:index])  # «ĐVT: Chợ - Unit: Market» over the headings
        if said:
            result.append(replace(head, text=said, cell=(number, 1, 1), columns=len(headings) + 1))
        result += [
            replace(head, text=text, cell=(number, 1 + bool(said), column))
            for column, text in enumerate(["Chỉ tiêu", *headings], start=1)
        ]
        row = 1 + bool(said)
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


def _said_above(before: list[Passage]) -> str | None:
    """The line right above a table's headings when it says the table's unit of measure."""
    if before and before[-1].cell is None and UNIT_LINE.fullmatch(before[-1].text):
        return before[-1].text.strip()
    return None


def _headings(passage: Passage) -> list[str]:
    """The period headings a line consists of, or none: «2015 2017 2019 2020 Sơ bộ 2021»."""
    if passage.cell is not None:
        return []
    found = list(_HEADING.finditer(passage.text))
    rest = _HEADING.sub(" ", passage.text)
    if len(found) < 2 or len(rest.split()) > 4 or re.search(r"\d", rest):
        return []  # a sentence that names years is no heading line
    return [" ".join(m.group(0).split()) for m in found]


# A header line naming its columns after the label column's name: «Chỉ tiêu Thực hiện tháng
# 4/2019 Ước TH Tháng 5 2019 Lũy kế từ đầu năm Thực hiện So với cùng kỳ (%)».
_NAMES_COLUMNS = re.compile(r"(?i)^(?:S?TT\s+)?(?:chỉ tiêu|nội dung|danh mục)\s+(?=\D)")
# Where a column's name ends: after a year or «(%)»; where one begins, the likelier first:
# a comparison, a plan, then what was done.
_NAME_ENDS = re.compile(r"(?:19|20)\d{2}(?!\d)|\(%\)")
_NAME_BEGINS = (
    re.compile(r"(?i)(?<!\w)(?:so với|so sánh|tỷ lệ|tỉ lệ)(?!\w)"),
    re.compile(r"(?i)(?<!\w)(?:kế hoạch|kh|dự toán|cùng kỳ)(?!\w)"),
    re.compile(r"(?i)(?<!\w)(?:thực hiện|ước|lũy kế|luỹ kế)(?!\w)"),
)


def _named_columns(passages: list[Passage], index: int) -> list[str]:
    """The names of the columns a header line gives after «Chỉ tiêu», cut where names end
    and begin until there are as many as the next line has numbers; or none."""
    passage = passages[index]
    opens = _NAMES_COLUMNS.match(passage.text) if passage.cell is None else None
    if opens is None or index + 1 >= len(passages):
        return []
    numbers = re.search(rf"(?:\s+{_CELL})+\s*$", passages[index + 1].text)
    count = len(numbers[0].split()) if numbers else 0
    names = passage.text[opens.end() :]
    cuts = {m.end() for m in _NAME_ENDS.finditer(names)} - {len(names)}
    for begins in _NAME_BEGINS:
        for found in begins.finditer(names):
            if len(cuts) + 1 < count and found.start() > 0:
                cuts.add(found.start())
    bounds = [0, *sorted(cuts), len(names)]
    columns = [names[a:b].strip() for a, b in pairwise(bounds) if names[a:b].strip()]
    return ["Chỉ tiêu", *columns][1:] if len(columns) == count >= 2 else []


def _lines_after(
    passages: list[Passage], start: int, columns: int
) -> list[tuple[Passage, list[str]]]:
    """The lines of the table a heading line opens, each with its cells (its label, then its
    `columns` numbers), or none for a row of fewer numbers or a label alone, which stay
    prose; the table ends at a line that is neither, such as a sentence."""
    label = rf"(.*?(?:[^\d\s.,]|{_CLASS_NUMBER}))"  # «Hạng 1 - Level 1 3 4 3 3 3»: «Hạng 1»
    row = re.compile(rf"{label}\s+((?:{_CELL}\s+){{{columns - 1}}}{_CELL})\s*")
    lines: list[tuple[Passage, list[str]]] = []
    for passage in passages[start:]:
        if passage.cell is not None or UNIT_LINE.fullmatch(passage.text) or _headings(passage):
            break  # the next table's unit or headings
        if match := row.fullmatch(passage.text):
            lines.append((passage, [match[1].strip(), *match[2].split()]))
        elif len(passage.text.split()) <= 15 and not passage.text.rstrip().endswith("."):
            lines.append((passage, []))
        else:
            break
    while lines and not lines[-1][1]:
        lines.pop()  # a label alone after the last row is the prose's again
    return lines


# A class's name that ends in its number: «Hạng 1», «Level 2», «Nhóm 3», «Loại 1».
_CLASS_NUMBER = r"(?i:(?<!\w)(?:hạng|loại|nhóm|cấp|level|class|group|type|khu vực|vùng)\s+\d{1,2})"


# A yearbook's row of one period: «2013 29.695.002 21.922.332 …», «Sơ bộ - Prel. 2018 …».
_PERIOD_ROW = re.compile(
    rf"((?:[^\W\d]+\.?\s*(?:-\s*)?){{0,3}}?(?:19|20)\d{{2}})((?:\s+{_CELL}){{2,}})\s*"
)


def _period_rows(passages: list[Passage], start: int) -> list[tuple[Passage, list[str]]]:
    """The rows of a yearbook's table whose rows are periods, opening at `start`, each with
    its period and numbers: two rows at least, each with as many numbers; or none."""
    rows: list[tuple[Passage, list[str]]] = []
    for passage in passages[start:]:
        found = _PERIOD_ROW.fullmatch(passage.text.strip()) if passage.cell is None else None
        if found is None:
            break
        cells = [_period_name(found[1]), *found[2].split()]
        if rows and len(cells) != len(rows[0][1]):
            break
        rows.append((passage, cells))
    return rows if len(rows) >= 2 else []


def _period_name(written: str) -> str:
    """«Sơ bộ - Prel. 2018» as a heading names it: «Sơ bộ 2018»."""
    words = [w for w in re.split(r"\s*-\s*|\s+", written) if (w and not w.isascii()) or w.isdigit()]
    return " ".join(words)


# A line of a table's header that names no column: the English beside the Vietnamese («Retail
# sale»), «Chia ra - Of which», «Trong đó», a title in capitals.
_NO_COLUMN = re.compile(r"(?i)^(?:chia ra|trong đó|phân theo|of which|tổng số chia ra)\b")


def _column_names(before: list[Passage], count: int) -> list[str]:
    """The names of a yearbook table's `count` columns, one per line above its rows (after
    the last sentence; the unit line right above left out), when exactly `count` lines name
    columns; else none."""
    lines: list[str] = []
    for passage in reversed(before[:-1]):
        text = passage.text.strip()
        if passage.cell is not None or text.endswith((".", ";", ":")) or re.search(r"\d", text):
            break
        lines.insert(0, text)
    named = [
        line.split(" - ")[0].strip() for line in lines
        if not line.isascii() and not _NO_COLUMN.match(line) and not line.isupper()
    ]  # fmt: skip
    return named if len(named) == count else []


def _unit_line(passage: Passage) -> str:
    """The unit of measure of a yearbook's block, on the line above it: «Triệu đồng - Mill.
    dongs», «Cơ cấu - Structure (%)»: per cent, else the words before the English."""
    text = passage.text.strip()
    if "%" in text:
        return "%"
    words = text.split(" - ")[0].strip()
    if len(words.split()) > 3 or re.search(r"\d", words):
        return ""
    return words[:1].lower() + words[1:]


def _transposed(
    rows: list[tuple[Passage, list[str]]], labels: list[str], unit: str, number: int
) -> list[Passage]:
    """A yearbook's block as a table of the usual shape: a column per period, a row per
    column of the block (named, or «Cột 1», «Cột 2» …), the block's unit of measure beside."""
    width = len(rows[0][1]) - 1
    names = labels if len(labels) == width else [f"Cột {n}" for n in range(1, width + 1)]
    head = rows[0][0]
    header = ["Chỉ tiêu", "Đơn vị tính", *(cells[0] for _, cells in rows)]
    cells = [replace(head, text=t, cell=(number, 1, c)) for c, t in enumerate(header, start=1)]
    for row, name in enumerate(names, start=2):
        texts = [name, unit, *(values[row - 1] for _, values in rows)]
        cells += [
            replace(rows[0][0], text=text, cell=(number, row, column))
            for column, text in enumerate(texts, start=1)
            if text
        ]
    return cells


# A line that says a table's unit of measure: «Đơn vị tính : Tỷ đồng», «ĐVT: triệu đồng».
UNIT_LINE = re.compile(
    r"(?i)\s*\(?\s*(?:đơn vị tính|đvt|đtv)\s*[:：]\s*([^\d():]{1,40}?)\s*\)?"
    r"(?:\s+-\s+(?:unit|đơn vị)\s*:[^\d()]*)?\s*"  # «ĐVT: Chợ - Unit: Market»
)
# A cell that is a number alone: «2063», «48.94%», «3,55 %».
_NUMBER_CELL = re.compile(r"[-–]?\d[\d.,]*\s*%?")


def _cell_per_line(
    passages: list[Passage], start: int
) -> tuple[list[str], list[list[str]], int, str | None] | None:
    """A web page's table copied one cell per line: its header's names («Tiêu chí đánh giá»,
    «Mức độ», «Số lượng», «Tỷ lệ»), then row after row, each its labels and as many numbers;
    a label a row leaves out is the one above it (a merged cell: «Nơi đón tiếp …» over «Rất
    hài lòng», «Hài lòng», «Không hài lòng»). The header, the rows (labels first, filled in)
    and how many lines it takes; or None. Three rows at least."""
    runs: list[tuple[bool, list[str]]] = []  # (numbers?, lines), alternating
    used = 0
    for passage in passages[start:]:
        text = passage.text.strip()
        number = _NUMBER_CELL.fullmatch(text) is not None
        if passage.cell is not None or (
            not number and (len(text.split()) > 20 or text.endswith(":"))
        ):
            break
        if runs and runs[-1][0] == number:
            runs[-1][1].append(text)
        else:
            runs.append((number, [text]))
        used += 1
    if runs and not runs[-1][0]:
        used -= len(runs.pop()[1])  # labels with no numbers after them: prose again
    if len(runs) < 6 or runs[0][0]:
        return None
    width = len(runs[1][1])
    pairs = list(zip(runs[2::2], runs[3::2], strict=False))
    if any(len(numbers) != width for _, (_, numbers) in [(None, runs[1]), *pairs]):
        return None
    labels = max(len(texts) for (_, texts), _ in pairs)
    first = [t for t in runs[0][1] if not UNIT_LINE.fullmatch(t)]
    said = [t for t in runs[0][1] if UNIT_LINE.fullmatch(t)]  # «Đơn vị tính : Tỷ đồng»
    named = next(  # the label columns may go unnamed: only the numbers' columns are
        (k for k in range(labels + width, width - 1, -1) if 1 <= len(first) - k <= labels), None
    )
    if named is None or any(len(n.split()) > 14 or n.endswith(".") for n in first[:named]):
        return None
    names = [""] * (labels + width - named) + first[:named]
    rows: list[list[str]] = []
    above = [""] * labels
    for texts, numbers in [
        (first[named:], runs[1][1]),
        *((t, n) for (_, t), (_, n) in pairs),
    ]:
        above = above[: labels - len(texts)] + texts
        rows.append([*above, *numbers])
    return names, rows, used, " ".join(said) or None


def _header_per_line(
    passages: list[Passage], start: int
) -> tuple[list[str], list[list[str]], int, None] | None:
    """A statistics office's table of main indicators copied from its page: its header one
    name a line («Chỉ tiêu», «ĐVT», «6 tháng đầu năm 2015», «% tăng/ giảm so cùng kỳ»), then
    a row a line, its label, its unit of measure when the header names that column («Tỷ
    đồng», «"» for the row above's) and its numbers, signed maybe («+8,37»). The header, the
    rows and how many lines it takes; or None. Two rows at least."""
    if passages[start].cell is not None or not _LABEL_COLUMN.fullmatch(passages[start].text):
        return None
    names = ["Chỉ tiêu"]
    for passage in passages[start + 1 : start + 7]:
        text = " ".join(passage.text.split())
        if passage.cell is not None or len(text.split()) > 8 or _ROW_END.search(text):
            break
        names.append(text)
    measured = any(_MEASURE_COLUMN.fullmatch(n) for n in names)
    numbers = len(names) - 1 - measured
    if numbers < 1:
        return None
    unit = rf"\s+(%|[“”\"〃]|{CAPITAL}[^\W\d_]*(?:\s+{SMALL}[^\W\d_]*){{0,2}})" if measured else ""
    label = r"(.*?\S)" if measured else r"(.*?[^\d\s.,])"  # «… giá so sánh 2010 Tỷ đồng»
    row = re.compile(rf"{label}{unit}((?:\s+{_SIGNED}){{{numbers}}})\s*")
    rows: list[list[str]] = []
    above = ""
    for passage in passages[start + len(names) :]:
        found = row.fullmatch(passage.text.strip()) if passage.cell is None else None
        if found is None:
            break
        label = re.sub(r"^(?:[\s\-–+•*]+|\d{1,2}[.)]\s+)", "", found[1]).strip()  # «1. Tổng …»
        cells = found[3 if measured else 2].split()
        if measured:
            above = above if found[2] in _DITTO else found[2]
            cells = [above, *cells]
        rows.append([label, *cells])
    if len(rows) < 2:
        return None
    return names, rows, len(names) + len(rows), None


# The label column's name on a line of its own, a measure column's, a signed number cell.
_LABEL_COLUMN = re.compile(r"(?i)\s*(?:chỉ tiêu|nội dung|danh mục)\s*")
_MEASURE_COLUMN = re.compile(r"(?i)đvt|đơn vị tính|đơn vị")
_SIGNED = r"[-–+]?\d{1,3}(?:[.,]\d+)*"
_ROW_END = re.compile(rf"(?<![\w/.,])(?!(?:19|20)\d{{2}}$){_SIGNED}$")  # not a year: «… 2015»


def _cells(
    lines: list[Passage], header: list[str], rows: list[list[str]], said: str | None, number: int
) -> list[Passage]:
    """A table's header and rows as its cells, each placed on the table's first line; the
    line that says its unit of measure, if any, a title over the whole table."""
    head = lines[0]
    title = [replace(head, text=said, cell=(number, 1, 1), columns=len(header))] if said else []
    return title + [
        replace(head, text=text, cell=(number, row, column))
        for row, texts in enumerate([header, *rows], start=1 + bool(said))
        for column, text in enumerate(texts, start=1)
        if text
    ]


# A row's number and the first word of its label: «84 Số lượt người …».
_ROW_OPENS = re.compile(r"(\d{1,3})\s+(?=[^\W\d_])(?![a-zđ])")
# A row's last line: its unit of measure and its numbers, spaces grouping thousands.
_ROW_ENDS = re.compile(
    rf"(?P<label>.*?)\s*(?P<unit>%|[“”\"〃]|(?<!\S){CAPITAL}[^\W\d_]*(?:\s+{SMALL}+)?)"
    r"(?P<values>(?:\s+\d[\d.,]*)+)\s*"
)
_DITTO = frozenset('“”"〃')
_MOST_TOKENS = 24  # the digit groups a yearbook's row ends with, at most
_MOST_LINES = 4  # the lines a yearbook's row runs over, at most
NumberedRow = tuple[list[Passage], tuple[str, str, str | None, list[str]]]


def _numbered_rows(passages: list[Passage], start: int) -> list[NumberedRow]:
    """The rows of a table numbered row by row that opens at `start`, or none: three rows at
    least, numbered one after the other, two of them with numbers, every row of a table
    holding as many (each row: its lines, then its number, label, unit and numbers)."""
    rows: list[tuple[list[Passage], str]] = []
    index = start
    while index < len(passages):
        passage = passages[index]
        text = passage.text.strip()
        opens = _ROW_OPENS.match(text)
        if passage.cell is not None or text.endswith((".", ";", ":")) or len(text.split()) > 25:
            break
        if opens and (not rows or int(opens[1]) == int(rows[-1][1].split()[0]) + 1):
            rows.append(([passage], text))
        elif opens is None and rows and len(rows[-1][0]) < _MOST_LINES:  # a label runs on
            rows[-1] = (rows[-1][0] + [passage], f"{rows[-1][1]} {text}")
        else:
            break
        index += 1
    if len(rows) < 3:
        return []
    parsed = [(lines, _row_parts(text)) for lines, text in rows]
    if any(len(values) > _MOST_TOKENS for _, (_, _, _, values) in parsed):
        return []  # no yearbook's row: prose, read as prose
    counted = [_splits_by_size(values) for _, (_, _, _, values) in parsed if values]
    sizes = set.intersection(*counted) if len(counted) >= 2 else set()
    if not sizes:
        return []
    size = max(sizes)
    return [
        (lines, (number, label, unit, _even_split(values, size) if values else []))
        for lines, (number, label, unit, values) in parsed
    ]


def _row_parts(text: str) -> tuple[str, str, str | None, list[str]]:
    """A numbered row's number, label, unit of measure and number tokens."""
    number, rest = text.split(None, 1)
    if ends := _ROW_ENDS.fullmatch(rest):
        return number, ends["label"], ends["unit"], ends["values"].split()
    return number, rest, None, []


def _groups(tokens: list[str]) -> bool:
    """Whether tokens are one number, thousands grouped by spaces: «273 343», «2 376,90»."""
    if len(tokens) == 1:
        return re.fullmatch(r"\d+(?:[.,]\d+)*", tokens[0]) is not None
    return (
        re.fullmatch(r"\d{1,3}", tokens[0]) is not None
        and all(re.fullmatch(r"\d{3}", t) for t in tokens[1:-1])
        and re.fullmatch(r"\d{3}(?:,\d+)?", tokens[-1]) is not None
    )


def _splits_by_size(tokens: list[str]) -> set[int]:
    """How many numbers the tokens can read as, each way grouping thousands by spaces."""
    counts: dict[int, set[int]] = {len(tokens): {0}}
    for at in range(len(tokens) - 1, -1, -1):
        counts[at] = {
            1 + n for cut in range(at + 1, len(tokens) + 1)
            if counts[cut] and _groups(tokens[at:cut]) for n in counts[cut]
        }  # fmt: skip
    return counts[0]


def _even_split(tokens: list[str], size: int) -> list[str]:
    """The row's `size` numbers, as evenly grouped as the tokens allow (the least sum of the
    groups' squared lengths), each in Vietnamese notation («273.343»); none when the tokens
    read as no `size` numbers. Dynamic programming: a long row costs no time squared twice."""
    count = len(tokens)
    best: dict[tuple[int, int], tuple[int, list[int]]] = {(count, 0): (0, [])}
    for at in range(count - 1, -1, -1):
        for left in range(1, size + 1):
            options = [
                (cost + (cut - at) ** 2, [cut, *cuts])
                for cut in range(at + 1, count + 1)
                if (cut, left - 1) in best and _groups(tokens[at:cut])
                for cost, cuts in [best[(cut, left - 1)]]
            ]
            if options:
                best[(at, left)] = min(options, key=lambda option: option[0])
    if (0, size) not in best:
        return []
    cuts = [0, *best[(0, size)][1]]
    return [".".join(tokens[a:b]) for a, b in pairwise(cuts)]


def _numbered_table(rows: list[NumberedRow], number: int) -> list[Passage]:
    """A numbered table's cells: its header, then each row's number, label, unit and numbers
    (a number said again in a column that repeats another, once)."""
    width = max(len(values) for _, (_, _, _, values) in rows)
    if all(len(set(values)) <= 1 for _, (_, _, _, values) in rows):
        width = 1  # «Tổng số» and the one class every unit falls in: the same numbers
    named = ["Số liệu"] if width == 1 else [f"Cột {n}" for n in range(1, width + 1)]
    head = rows[0][0][0]
    cells = [
        replace(head, text=text, cell=(number, 1, column))
        for column, text in enumerate(["STT", "Chỉ tiêu", "Đơn vị tính", *named], start=1)
    ]
    unit_above = ""
    for row, (lines, (said, label, unit, values)) in enumerate(rows, start=2):
        unit = unit_above if unit in _DITTO else (unit or "")
        unit_above = unit
        texts = [said, " ".join(label.split()), unit, *values[:width]]
        cells += [
            replace(lines[0], text=text, cell=(number, row, column))
            for column, text in enumerate(texts, start=1)
            if text
        ]
    return cells


__all__ = ["with_line_tables"]
