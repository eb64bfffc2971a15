"""A draft confirmed row by row (issue 20): which of its rows are figures.

`chiso extract` writes the figures it finds in a written report as a draft workbook, one
row per figure, with an answer column (`Xác nhận`) the analyst fills: «đúng» (correct as
extracted), «sửa» (corrected: read as it now stands) or «bỏ» (not a figure). Only what the
analyst confirmed is read, and nothing is read in silence:
- a row with a figure or an indicator and no answer is an error that counts the rows left
  (`draft_unconfirmed`), and an answer chiso does not know is an error in its cell
  (`draft_answer_unreadable`); either way the table gives no figure at all, never a part;
- a row marked «bỏ» is not a figure, and a note counts them (`draft_dropped`);
- a change («thay đổi»: a signed change in Tử số), a share of the plan achieved («đạt
  kế hoạch»: a percentage in Tỷ lệ (%) with no count) and a ratio to the same period a year
  before («so với cùng kỳ»: «đạt 69,3% so với cùng kỳ») are never levels: they are set aside
  with a note naming their rows (`draft_set_aside`), as a change column is set aside;
- the rest («mức», «phần», or no kind written) are ordinary figures, checked as any other.

A table with no answer column is returned as it came. Each distinct answer and kind is read
once and mapped back to its rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pandas as pd

from ..model.errors import Problem, ProblemCollector
from ..model.labels import DRAFT_ACCEPTED, DRAFT_SET_ASIDE
from ..model.text import compact_cells, map_distinct
from .figures import NUMBER_FIELDS, RawTable
from .understood import FIELD_HEADERS
from .vocabulary import plain

# The analyst's answers, as written (compared plain: lower case, no accents).
_ANSWERS: dict[str, tuple[str, ...]] = {
    "correct": ("đúng", "ok", "yes", "correct", "true"),
    "corrected": ("sửa", "đã sửa", "fixed", "edited", "corrected"),
    "drop": ("bỏ", "bỏ qua", "loại bỏ", "drop", "dropped", "skip", "no"),
}
# The kinds of figure the extractor writes in `Loại`.
_KINDS: dict[str, tuple[str, ...]] = {
    "level": ("mức", "level"),
    "part": ("phần", "part"),
    "change": ("thay đổi", "mức thay đổi", "change"),
    "achievement": (
        "đạt kế hoạch",
        "đạt kh",
        "tỷ lệ đạt",
        "tỷ lệ đạt kế hoạch",
        "achievement",
        "share of plan",
        "share of the plan",
    ),
    "versus": ("so với cùng kỳ", "so cùng kỳ", "versus last year", "vs last year"),
}
_UNKNOWN = "?"
# How many cells a count of rows names before «…».
_NAMED_CELLS = 6
# Why a draft's numbers are not figures, as the table's numbers not read list them.
_NOT_CONFIRMED = ("bản nháp chưa xác nhận xong", "a draft not yet fully confirmed")
_DROPPED = ("dòng bản nháp đánh dấu bỏ", "a draft's row marked bỏ (drop)")


@dataclass(frozen=True)
class DraftRows:
    """What a draft's answers leave to read: the raw table without the rows that are not
    figures, the problems said about them, and why each row set aside is not read (row ->
    (vi, en)), so that their numbers are accounted for."""

    raw: RawTable
    problems: list[Problem] = field(default_factory=list)
    set_aside: dict[int, tuple[str, str]] = field(default_factory=dict)


def confirmed_rows(raw: RawTable) -> DraftRows:
    """The rows of a draft the analyst confirmed as figures (see the module's docstring);
    a table with no answer column as it came."""
    if "confirmation" not in raw.values.columns:
        return DraftRows(raw)
    values = raw.values
    collect = ProblemCollector(raw.file, raw.sheet)
    answers = _read_words(values["confirmation"], _ANSWERS)
    kinds = (
        _read_words(values["kind"], _KINDS)
        if "kind" in values.columns
        else pd.Series("", index=values.index, dtype=object)
    )
    numbers = [k for k in NUMBER_FIELDS if k in values.columns]
    indicator = values["indicator"] if "indicator" in values.columns else None
    rows = (
        values[numbers].notna().any(axis=1)
        if numbers
        else pd.Series(False, index=values.index, dtype=bool)
    )
    if indicator is not None:
        rows |= indicator.notna()
    unanswered = rows & answers.eq("")
    dropped = answers.eq("drop")
    _unreadable(raw, "confirmation", answers.eq(_UNKNOWN), collect)
    _unreadable(raw, "kind", kinds.eq(_UNKNOWN) & ~dropped, collect)
    if unanswered.any():
        cells = raw.cells("confirmation", values.index[unanswered.to_numpy()])
        collect.add(
            "draft_unconfirmed",
            cell=cells.iloc[0],
            count=int(unanswered.sum()),
            total=int(rows.sum()),
            cells=_named(cells.tolist()),
        )
    if collect.has_errors:  # never a part of a draft: all of it, once every row is answered
        empty = values.iloc[0:0]
        causes = raw.causes.iloc[0:0]
        return DraftRows(
            replace(raw, values=empty, causes=causes, ambiguous_percent=()),
            collect.problems,
            dict.fromkeys(values.index.tolist(), _NOT_CONFIRMED),
        )
    set_aside: dict[int, tuple[str, str]] = {}
    if dropped.any():
        cells = raw.cells("confirmation", values.index[dropped.to_numpy()])
        collect.add(
            "draft_dropped", cell=cells.iloc[0], count=int(dropped.sum()), cells=_named(cells)
        )
        set_aside.update(dict.fromkeys(values.index[dropped.to_numpy()].tolist(), _DROPPED))
    for kind, (vi, en) in DRAFT_SET_ASIDE.items():
        chosen = kinds.eq(kind) & ~dropped
        if not chosen.any():
            continue
        index = values.index[chosen.to_numpy()]
        cells = raw.cells("kind", index)
        collect.add(
            "draft_set_aside",
            cell=cells.iloc[0],
            count=len(index),
            cells=_named(cells),
            what=vi,
            what_en=en,
        )
        reason = (f"{vi}, không phải mức", f"{en}, not levels")
        set_aside.update(dict.fromkeys(index.tolist(), reason))
    keep = ~values.index.isin(list(set_aside))
    kept = values[keep]
    return DraftRows(
        replace(
            raw,
            values=kept,
            causes=raw.causes[raw.causes["row"].isin(kept.index)].reset_index(drop=True),
            ambiguous_percent=tuple(a for a in raw.ambiguous_percent if a[0] in kept.index),
        ),
        collect.problems,
        set_aside,
    )


def _read_words(column: pd.Series, words: dict[str, tuple[str, ...]]) -> pd.Series:
    """Each cell's meaning among `words` ('' for a blank cell, '?' for a word not listed),
    each distinct text read once."""
    lookup = {plain(word): meaning for meaning, spelt in words.items() for word in spelt}

    def meaning(value: object) -> str:
        text = plain(str(value)).strip(" .!") if value is not None else ""
        return lookup.get(text, _UNKNOWN) if text else ""

    read = map_distinct(column.astype(object), meaning)
    return read.where(read.notna(), "").astype(object)


def _unreadable(raw: RawTable, key: str, where: pd.Series, collect: ProblemCollector) -> None:
    """An error in each cell of `key` whose word chiso does not know, with the words it
    accepts."""
    if not where.any():
        return
    index = raw.values.index[where.to_numpy(dtype=bool)]
    accepted_vi, accepted_en = DRAFT_ACCEPTED[key]
    written = raw.values.loc[index, key].tolist()
    for cell, value in zip(raw.cells(key, index).tolist(), written, strict=True):
        collect.add(
            "draft_answer_unreadable",
            cell=cell,
            column=FIELD_HEADERS[key],
            value=value,
            accepted=accepted_vi,
            accepted_en=accepted_en,
        )


def _named(cells: pd.Series | list[str]) -> str:
    """The cells of some rows, short: 'M4, M7, M9', runs as ranges, the first few and «…»
    when there are many."""
    listed = [str(c) for c in (cells.tolist() if isinstance(cells, pd.Series) else cells) if c]
    whole = compact_cells(", ".join(listed))  # runs first: «N2:N17», never «N2:N7, …»
    pieces = whole.split(", ")
    return ", ".join(pieces[:_NAMED_CELLS]) + (", …" if len(pieces) > _NAMED_CELLS else "")
