"""Which rows of a table are what, as offices lay them out: the rows of an official form
that are not data (the column-number row, the signature block), a pivot table's '(blank)'
rows, headings (an unnumbered row with no figure, or a cell merged across the row), the
'Trong đó:' rows that open a list of parts and the parts themselves ('a)', '-', '1.1'),
totals ('Tổng cộng', 'Toàn tỉnh') and the group rows that add up the units below them.
Each test looks at a column of a raw frame at once, each distinct text once.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np
import pandas as pd

from ..model.text import map_distinct, normalize_text
from .vocabulary import is_signature, is_total_label, numbers_columns, plain
from .workbook import SheetCells


def form_rows(values: pd.DataFrame) -> list[int]:
    """Rows of an official form that are not data: the column-number row under the header
    ('(1) (2) (3)…' or 'A B 1 2 3') and the signature block at the foot ('T/M BAN THƯỜNG
    VỤ', 'Nơi nhận:', the signer's title), with everything below it."""
    rows: list[int] = []
    for index in values.index[:2]:
        cells = [str(v).strip() for v in values.loc[index] if v is not None and v == v]
        texts = [c[:-2] if c.endswith(".0") else c for c in cells]
        if len(texts) >= 3 and numbers_columns(texts):
            rows.append(int(index))
    text_columns = [k for k in values.columns if values[k].dtype == object]
    for index in values.index[-40:]:
        line: list[object] = [values.at[index, k] for k in text_columns]
        if any(isinstance(c, str) and is_signature(c.strip()) for c in line):
            rows += [int(r) for r in values.index[values.index >= index]]
            break
    return rows


_LETTERS = re.compile(r".*[^\d\s.,()/\-]")
_OPENS_PARTS = re.compile(r"^(?:trong (?:so )?do|chia ra|bao gom)\s*:?\s*\S", re.IGNORECASE)
_PART_PREFIX = re.compile(
    r"^(?:(?:trong (?:số )?đó|chia ra|bao gồm|trong (?:so )?do|bao gom)\s*:?\s*)?"
    r"(?:[-–+•*]\s*)?",
    re.IGNORECASE,
)


def part_name(name: object) -> object:
    """A part's name without the words and marks that say it is one: 'Chia ra: - Nam' ->
    'Nam', '- Nữ' -> 'Nữ'."""
    if not isinstance(name, str):
        return name
    bare = _PART_PREFIX.sub("", name, count=1).strip()
    return bare or name


def pivot_blank_rows(values: pd.DataFrame, labels: list[str]) -> list[int]:
    """Rows a pivot table labels '(blank)' (records with no name for that field)."""
    found = pd.Series(False, index=values.index)
    for key in labels:
        column = values[key]
        if key != "stt" and (column.dtype == object or pd.api.types.is_string_dtype(column.dtype)):
            found |= _matches(column, _BLANK_LABEL)
    return [int(r) for r in values.index[found.to_numpy()]]


_BLANK_LABEL = re.compile(r"\((?:blank|trống|trong|empty)\)$")


_NUMBERED_NAME = re.compile(r"(?:\d{1,3}|[IVX]{1,5})[.)]\s")
_CHILD_MARK = re.compile(r"^(?:[a-zđ]\s*[).]|[+\-–•*]|\(?[ivx]+\)|\d+\.\d+\.?)(?:\s|$)", re.I)
_WITHIN = re.compile(r"^trong (?:do|so do)\s*:?\s*$")


_ARABIC = re.compile(r"\d{1,5}\.?$")


def numbered_rows(values: pd.DataFrame) -> pd.Series:
    """Rows whose row number ('STT') is an arabic number: 1, 2, '6', '3.'."""
    if "stt" not in values.columns:
        return pd.Series(False, index=values.index)
    column = values["stt"]
    if pd.api.types.is_float_dtype(column.dtype):
        return column.notna()
    return _matches(column, _ARABIC)


def within_markers(values: pd.DataFrame) -> pd.Series:
    """Rows that only say 'Trong đó:' (of which): the rows below are parts of the row above."""
    from ..model.text import name_key, strip_accents

    if "indicator" not in values.columns:
        return pd.Series(False, index=values.index)
    said = map_distinct(
        values["indicator"],
        lambda v: isinstance(v, str) and bool(_WITHIN.match(strip_accents(name_key(v)))),
    )
    return said.fillna(False).astype(bool)


Test = re.Pattern[str] | Callable[[object], bool]


def _flags(column: pd.Series, tests: list[Test]) -> list[pd.Series]:
    """Each test of every cell of a column: a pattern matched at the start of the cell's
    text (stripped), or a function of its value. A column that repeats a few texts (names,
    units, periods) is split into its distinct texts once for all the tests."""
    if len(column) > 2000 and column.dtype == object:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        if len(uniques) * 20 < len(column):
            taken = np.where(codes >= 0, codes, len(uniques))
            found = []
            for test in tests:
                if isinstance(test, re.Pattern):
                    anchored = re.compile("(?:" + test.pattern + ")", re.IGNORECASE)
                    values = [bool(anchored.match(str(u).strip())) for u in uniques]
                else:
                    values = [bool(test(u)) for u in uniques]
                flags = np.array([*values, False], dtype=bool)
                found.append(pd.Series(flags[taken], index=column.index))
            return found
    return [
        _matches(column, test)
        if isinstance(test, re.Pattern)
        else map_distinct(column, test).fillna(False).astype(bool)
        for test in tests
    ]


def _matches(column: pd.Series, pattern: re.Pattern[str]) -> pd.Series:
    """Whether each cell's text (stripped) matches a pattern at its start: over each
    distinct text once where a column repeats a few (names, units, periods), else
    vectorised with Arrow's RE2 (a column of row numbers has as many distinct values as
    rows)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if len(column) > 2000 and column.dtype == object:
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        if len(uniques) * 20 < len(column):
            anchored = re.compile("(?:" + pattern.pattern + ")", re.IGNORECASE)
            flags = np.array(
                [bool(anchored.match(str(u).strip())) for u in uniques] + [False], dtype=bool
            )
            return pd.Series(flags[np.where(codes >= 0, codes, len(uniques))], index=column.index)
    texts = column if pd.api.types.is_string_dtype(column.dtype) else column.astype("string")
    array = pa.array(texts, type=pa.string(), from_pandas=True)
    trimmed = pc.utf8_trim_whitespace(array)
    found = pc.match_substring_regex(
        trimmed, pattern="^(?:" + pattern.pattern + ")", ignore_case=True
    )
    return pd.Series(found.fill_null(False).to_numpy(zero_copy_only=False), index=column.index)


def parents(
    values: pd.DataFrame, keep: pd.Series, boundary: pd.Series, within: pd.Series
) -> pd.Series:
    """Each part's parent row (NaN for rows that are not parts).

    A part is marked as offices mark them ('a)', 'b)', '+', '-', '1.1'), in its name or in
    the STT column, or follows a 'Trong đó:' row; its parent is the nearest row above it
    that is not a part. Headings and totals end a run of parts."""
    marked = pd.Series(False, index=values.index)
    numbered = pd.Series(False, index=values.index)
    if "stt" in values.columns:
        [stt_marked] = _flags(values["stt"], [_CHILD_MARK])
        marked |= stt_marked
        numbered = values["stt"].notna() & ~stt_marked
    if "indicator" in values.columns:
        name_marked, prefixed, name_numbered = _flags(
            values["indicator"], [_CHILD_MARK, _OPENS_PARTS, _NUMBERED_NAME]
        )
        marked |= name_marked | prefixed  # 'Chia ra: - Nam': a part, and parts follow it
        within = within | prefixed
        numbered |= name_numbered  # '2. Số trẻ em sinh ra': numbered in its name
    if within.any():
        segment = (within | boundary | numbered).cumsum()
        opened = within.groupby(segment).transform("any")
    else:
        opened = pd.Series(False, index=values.index)
    part = keep & (marked | (opened & ~within & ~numbered))
    if "indicator" in values.columns:
        part &= ~(within & ~marked)
    rows = pd.Series(np.where(keep & ~part, values.index, np.nan), index=values.index)
    rows = rows.where(~boundary, -1.0).ffill()
    return rows.where(part & (rows >= 0))


_GROUP_MARK = re.compile(r"(?:[IVX]{1,5}|[A-Z])[.)]?$")
_GROUP_WORDS = re.compile(
    r"^(?:khoi|cum|nhom|vung|khu vuc|dang bo|huyen|quan|thi xa|thanh pho)\b", re.IGNORECASE
)


def subtotal_rows(
    values: pd.DataFrame,
    numbers: dict[int, pd.Series],
    candidates: pd.Series,
    boundary: pd.Series,
) -> pd.Series:
    """Rows of a table of units that add up the units below them: marked as a group ('I',
    'A' in STT; the name in capitals, 'KHỐI XÃ'), or (a pivot table's groups) equal, in
    every column of counts, to the sum of the rows after them up to the next such row."""
    found = pd.Series(False, index=values.index)
    if "unit" not in values.columns or not candidates.any():
        return found
    unit = values["unit"].astype(object)
    marked = pd.Series(False, index=values.index)
    if "stt" in values.columns:
        marked |= _matches(values["stt"], _GROUP_MARK) & values["stt"].notna()
    capitals = unit.map(lambda v: isinstance(v, str) and v.isupper() and len(v) > 3)
    marked |= capitals.fillna(False).astype(bool)
    marked &= candidates
    rows = list(values.index)
    columns = [s for s in numbers.values() if s.notna().any()]
    grouped = unit.map(lambda v: isinstance(v, str) and bool(_GROUP_WORDS.match(plain(v))))
    for position, row in enumerate(rows):
        if not candidates.loc[row]:
            continue
        if marked.loc[row]:
            found.loc[row] = True
            continue
        if len(columns) < 2 or not grouped.fillna(False).loc[row] or len(rows) > 5000:
            continue
        # A pivot's group row: its counts are the sums of the rows up to the next group.
        following = []
        for later in rows[position + 1 :]:
            if boundary.loc[later] or grouped.fillna(False).loc[later]:
                break
            following.append(later)
        if len(following) < 2:
            continue
        sums = [float(s.loc[following].sum()) for s in columns]
        own = [float(s.loc[row]) for s in columns]
        if all(
            o == o and abs(o - t) < 1e-6 * max(1.0, abs(o)) for o, t in zip(own, sums, strict=True)
        ):
            found.loc[row] = True
    return found


def total_rows(values: pd.DataFrame, name_field: str) -> pd.Series:
    """Rows whose label says they add up the others ('Tổng cộng', 'Cộng', 'Tổng số',
    'Toàn tỉnh', 'Grand Total'), where the name goes, where the unit goes, or in the row
    number column. A unit named 'Toàn tỉnh' is a total only beside other units."""
    found = pd.Series(False, index=values.index)
    for key in ("indicator", "unit", "stt"):
        if key not in values.columns or values[key].dtype != object:
            continue
        column = values[key]
        if key == "stt":  # row numbers (a column of digits) say no total
            [worded] = _flags(column, [_LETTERS])
            if not worded.any():
                continue
            words = pd.Series(False, index=values.index)
            words[worded] = map_distinct(column[worded], is_total_label).fillna(False).astype(bool)
        else:
            [words] = _flags(column, [is_total_label])
        if key == "unit" and name_field != "unit":
            units = values["unit"][~words].dropna()
            if units.empty:
                continue  # the table's one unit is the whole province: not a total
        found |= words
    return found


def complete_totals(values: pd.DataFrame, total: pd.Series, block: pd.Series) -> pd.DataFrame:
    """A totals row often leaves its name, unit and period blank: they are its block's, when
    the block's rows share one; a total over several units is the units' total ('Tổng
    cộng'), and a total in a table of units is the total of the indicator they share."""
    completed = values.copy()
    parts = values[~total]
    for index in values.index[total.to_numpy()]:
        members = parts[block[parts.index] == block[index]]
        said: str | None = next(
            (
                str(values.at[index, k])
                for k in ("indicator", "unit", "stt")
                if k in values.columns and isinstance(values.at[index, k], str)
            ),
            None,
        )
        for key in ("indicator", "unit", "period"):
            if key not in values.columns or values.at[index, key] is not None:
                continue
            shared = members[key].dropna().unique() if key in members else []
            if len(shared) == 1:
                completed.loc[index, key] = shared[0]
            elif key in ("indicator", "unit"):
                completed.loc[index, key] = said
    return completed


def merged_across(
    sheet: SheetCells, name: int | None, count: int | None, index: pd.Index
) -> pd.Series:
    """Rows covered by one merged area across the name and the count: a heading
    ('I' | 'CÔNG TÁC …' merged over B:J)."""
    marked = pd.Series(False, index=index)
    if name is None or count is None:
        return marked
    for area in sheet.merged:
        if area.left <= min(name, count) and area.right >= max(name, count):
            rows = [r for r in range(area.top, area.bottom + 1) if r in marked.index]
            marked.loc[rows] = True
    return marked


def heading_text(values: pd.DataFrame, name_field: str = "indicator") -> pd.Series:
    """A heading's text: the name, else the row number column ('I'), else the first text."""
    text = pd.Series([None] * len(values), index=values.index, dtype=object)
    for key in (name_field, "stt", *values.columns):
        if key in values.columns:
            text = text.where(text.notna(), values[key].astype(object))
    return text.map(lambda v: None if v is None or v != v else normalize_text(str(v)))
