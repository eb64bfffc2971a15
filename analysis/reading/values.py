"""Parsing cells: from a raw table to typed figures, and every problem in a cell.

Works column by column: numbers pass through as they are, and each distinct
text (a number typed as text, a period label, a unit of measure) is read once
and mapped back to its rows. A cell that cannot be read is a located problem,
never a silent blank; a row with any error gives no figure. Checks across rows
(duplicates, groups, printed rates) are `checks`; the catalogue is `catalogue`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

import numpy as np
import pandas as pd

from ..model.columns import REQUIRED_FIELDS, field_header
from ..model.errors import Problem, ProblemCode, ProblemCollector
from ..model.measures import is_count_measure
from ..model.periods import PeriodColumn, PeriodContext, parse_period_column
from .drafts import confirmed_rows
from .figures import RawTable
from .number_text import NumberColumn, parse_number_column, plain_number
from .workbook import column_letter

EXCEL_ERRORS = frozenset(
    {
        "#DIV/0!",
        "#N/A",
        "#NAME?",
        "#NULL!",
        "#NUM!",
        "#REF!",
        "#VALUE!",
        "#SPILL!",
        "#CALC!",
        "#GETTING_DATA",
    }
)

_EMPTY_NUMBERS = ("numerator", "denominator", "rate", "target", "achievement")


@dataclass(frozen=True)
class ParsedCells:
    """Typed figures of a raw table (rows without errors) and the problems found in cells."""

    figures: pd.DataFrame
    problems: list[Problem]
    # A draft's rows that are no figure (issue 20, `drafts`): row -> why, (vi, en).
    set_aside: dict[int, tuple[str, str]] = dataclasses.field(default_factory=dict)


class _CellProblems:
    """Problems found column by column, put back in the order of the sheet's rows."""

    def __init__(self, file: str, sheet: str) -> None:
        self.collect = ProblemCollector(file, sheet)
        self.found: list[tuple[int, int, Problem]] = []
        self.error_rows: set[int] = set()
        self._order = 0

    def add(
        self,
        code: ProblemCode,
        rows: pd.Index,
        cells: pd.Series,
        **details: pd.Series | str | object,
    ) -> None:
        """One problem per row in `rows`; a Series detail gives each row its own value."""
        self._order += 1
        columns = {
            key: (value.loc[rows].tolist() if isinstance(value, pd.Series) else None)
            for key, value in details.items()
        }
        for position, (row, cell) in enumerate(zip(rows.tolist(), cells.loc[rows], strict=True)):
            values = {
                key: (columns[key][position] if columns[key] is not None else value)  # type: ignore[index]
                for key, value in details.items()
            }
            self.collect.add(code, cell=cell, **values)
            problem = self.collect.problems.pop()
            self.found.append((int(row), self._order, problem))
            if problem.severity == "error":
                self.error_rows.add(int(row))

    def sorted(self) -> list[Problem]:
        return [problem for _, _, problem in sorted(self.found, key=lambda f: (f[0], f[1]))]


def _cell_text(value: object) -> str:
    """A cell as the problem quotes it: dates in ISO form, numbers plainly."""
    if isinstance(value, float):
        return plain_number(value)
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return str(value)


def parse_cells(raw: RawTable, *, context: PeriodContext | None = None) -> ParsedCells:
    """Every cell of a raw table read and checked; figures only from rows without errors
    (and, in a draft, only from the rows the analyst confirmed as figures)."""
    draft = confirmed_rows(raw)
    raw = rates_alone(draft.raw)
    index = raw.values.index
    found = _CellProblems(raw.file, raw.sheet)
    _ambiguous_percentages(raw, found)
    caused = _blank_causes(raw, found)
    _missing_values(raw, caused, found)
    cleaned = _without_excel_errors(raw, found)

    def cleaned_column(key: str) -> pd.Series:
        if key in cleaned:
            return cleaned[key]
        return pd.Series([None] * len(index), index=index, dtype=object)

    numbers = {key: _numbers(cleaned_column(key), key, raw, found) for key in _EMPTY_NUMBERS}
    measure = _measures(raw, numbers, cleaned_column("measure"), cleaned_column("indicator"))
    _check_counts(raw, numbers, measure, found)
    period_cells = cleaned_column("period")
    periods = parse_period_column(period_cells, context=context).years_earlier(raw.years_back)
    errors = periods.errors()
    unreadable = errors.notna()
    if unreadable.any():
        found.add(
            "unparseable_period",
            index[unreadable.to_numpy()],
            raw.cells("period"),
            value=period_cells,
            detail=errors,
        )
    readable = np.array([p is not None for p in periods.periods] + [False])
    has_period = readable[np.where(periods.codes >= 0, periods.codes, len(periods.periods))]
    numerator, denominator = numbers["numerator"], numbers["denominator"]
    no_figure = (numerator.no_data | denominator.no_data).to_numpy()
    good = (
        ~index.isin(list(found.error_rows))
        & has_period
        & numerator.values.notna().to_numpy()
        & ~no_figure
    )
    figures = _figures(raw, cleaned_column, numbers, measure, periods, good)
    return ParsedCells(
        figures=figures, problems=[*draft.problems, *found.sorted()], set_aside=draft.set_aside
    )


def rates_alone(raw: RawTable) -> RawTable:
    """A row that gives only its printed rate («đạt 93%»: no count, no base) is that
    percentage, as '93%' typed in `Tử số` is: the rate moves to the count, its unit of
    measure «%» unless one is stated, and its cell is the rate's."""
    values = raw.values
    if "rate" not in values.columns:
        return raw
    nothing = pd.Series([None] * len(values), index=values.index, dtype=object)

    def column(key: str) -> pd.Series:
        return values[key].astype(object) if key in values.columns else nothing

    alone = column("numerator").isna() & column("denominator").isna() & values["rate"].notna()
    if not alone.any():
        return raw
    measure = column("measure")
    moved = values.assign(
        numerator=column("numerator").where(~alone, values["rate"]),
        rate=column("rate").where(~alone, None),
        measure=measure.where(~(alone & measure.isna()), "%"),
    )
    cells = raw.cells("numerator").where(~alone, raw.cells("rate"))
    overrides = {**(raw.cell_overrides or {}), "numerator": cells}
    return replace(raw, values=moved, cell_overrides=overrides)


def _ambiguous_percentages(raw: RawTable, found: _CellProblems) -> None:
    """A number above 1 formatted as a percentage: read as Excel shows it (95,7 as 9570%),
    the cell named, since 95,7% may have been meant."""
    for row, field, stored in raw.ambiguous_percent:
        found.add(
            "ambiguous_percent",
            pd.Index([row]),
            raw.cells(field),
            value=plain_number(stored),
            shown=f"{plain_number(round(stored * 100, 10))}%",
            fraction=plain_number(round(stored / 100, 12)),
        )


def _blank_causes(raw: RawTable, found: _CellProblems) -> set[tuple[int, str]]:
    """Blank-looking cells that hold an Excel error or a formula never computed, each a
    problem; returns their (row, field)."""
    caused: set[tuple[int, str]] = set()
    for kind, code in (("error", "excel_error"), ("formula", "formula_without_value")):
        chosen = raw.causes[raw.causes["kind"] == kind]
        for key, group in chosen.groupby("field", sort=False):
            rows = pd.Index(group["row"].to_numpy())
            texts = pd.Series(group["text"].to_numpy(), index=rows)
            detail = {"value": texts} if kind == "error" else {"formula": texts}
            found.add(code, rows, raw.cells(str(key)), column=field_header(str(key)), **detail)  # type: ignore[arg-type]
            caused.update((int(r), str(key)) for r in rows)
    return caused


def _missing_values(raw: RawTable, caused: set[tuple[int, str]], found: _CellProblems) -> None:
    """A required field left blank (not for a cause already said): a problem in its cell."""
    values = raw.values
    index = values.index
    for key in REQUIRED_FIELDS:
        if key in values.columns:
            blank = values[key].isna().to_numpy(copy=True)
        else:
            blank = np.ones(len(index), dtype=bool)
        if caused:
            blank &= np.array([(r, key) not in caused for r in index.tolist()], dtype=bool)
        rows = index[blank]
        if len(rows) and key == "numerator":
            # A row with its name but no figure: published tables have them ('chưa có số
            # liệu'). It gives no figure, and the rest of the workbook still does.
            found.add(
                "no_figure", rows, raw.cells(key), column=field_header(key), value="trống / blank"
            )
        elif len(rows):
            found.add("missing_value", rows, raw.cells(key), column=field_header(key))


def _without_excel_errors(raw: RawTable, found: _CellProblems) -> dict[str, pd.Series]:
    """Each column with the Excel errors typed or saved as text ('#N/A') blanked, each one
    a problem in its cell."""
    index = raw.values.index
    cleaned: dict[str, pd.Series] = {}
    for key in raw.values.columns:
        series = raw.values[key]
        if series.dtype != object or key in ("section", "stt"):
            cleaned[key] = series
            continue
        is_error = _is_excel_error(series)
        if is_error.any():
            rows = index[is_error.to_numpy()]
            found.add(
                "excel_error",
                rows,
                raw.cells(key),
                column=field_header(key),
                value=series.loc[rows].map(lambda v: str(v).strip()),
            )
            series = series.where(~is_error, None)
        cleaned[key] = series
    return cleaned


def _measures(
    raw: RawTable, numbers: dict[str, NumberColumn], measure: pd.Series, names: pd.Series
) -> pd.Series:
    """Each figure's unit of measure: as stated, else per cent where the figure says it is
    a rate ('98,3%' typed with no base, or a name such as 'Tỷ lệ hộ nghèo')."""
    numerator, denominator = numbers["numerator"], numbers["denominator"]
    has_denominator = denominator.values.notna()
    measure = measure.astype(object)
    # '98,3%' typed in Tử số (with no base) is a rate in per cent; so is a figure with no
    # base whose name says it is one ('Tỷ lệ hộ nghèo', 'Poverty rate (%)').
    typed_rate = measure.isna() & (numerator.suffix != "") & ~has_denominator
    measure = measure.where(~typed_rate, numerator.suffix)
    named_rate = measure.isna() & ~has_denominator & _named_rate(raw, names)
    return measure.where(~named_rate, "%")


def _check_counts(
    raw: RawTable, numbers: dict[str, NumberColumn], measure: pd.Series, found: _CellProblems
) -> None:
    """A count is never negative or fractional, a base never 0, a part never more than its
    base: each breach a problem in its cell."""
    index = raw.values.index
    numerator, denominator = numbers["numerator"], numbers["denominator"]
    has_denominator = denominator.values.notna()
    counted = _counted(measure, has_denominator)
    for key, number in (("numerator", numerator), ("denominator", denominator)):
        if key not in raw.columns:
            continue
        value = number.values
        negative = (value < 0) & (counted | has_denominator)
        if negative.any():
            rows = index[negative.to_numpy()]
            found.add(
                "negative_count",
                rows,
                raw.cells(key),
                column=field_header(key),
                value=value.loc[rows].map(plain_number),
            )
        fractional = counted & ~negative & value.notna() & (np.floor(value) != value)
        if fractional.any():
            rows = index[fractional.to_numpy()]
            found.add(
                "non_integer_count",
                rows,
                raw.cells(key),
                column=field_header(key),
                value=value.loc[rows].map(plain_number),
                measure=measure.where(measure.notna(), "người/vật / people or things"),
            )
    zero = denominator.values == 0
    if zero.any():
        found.add("zero_denominator", index[zero.to_numpy()], raw.cells("denominator"))
    exceeds = ~zero & (numerator.values > denominator.values) & (denominator.values >= 0)
    if exceeds.any():
        rows = index[exceeds.to_numpy()]
        found.add(
            "numerator_exceeds_denominator",
            rows,
            raw.cells("numerator"),
            numerator=numerator.values.loc[rows].map(plain_number),
            denominator=denominator.values.loc[rows].map(plain_number),
        )


def _named_rate(raw: RawTable, names: pd.Series) -> pd.Series:
    """Whether each figure's name says it is a rate in per cent (a breakdown's part is
    named by its column, not its row)."""
    from .vocabulary import is_rate_name

    if raw.part_label is not None:
        return pd.Series(False, index=names.index)
    from ..model.text import map_distinct

    return map_distinct(names, is_rate_name).fillna(False).astype(bool)


def _is_excel_error(series: pd.Series) -> pd.Series:
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    flags = np.array(
        [isinstance(u, str) and u.strip().upper() in EXCEL_ERRORS for u in uniques] + [False]
    )
    return pd.Series(flags[np.where(codes >= 0, codes, len(uniques))], index=series.index)


def _counted(measure: pd.Series, has_denominator: pd.Series) -> pd.Series:
    codes, uniques = pd.factorize(measure, use_na_sentinel=True)
    flags = np.array([is_count_measure(u, has_denominator=False) for u in uniques] + [False])
    by_measure = pd.Series(flags[np.where(codes >= 0, codes, len(uniques))], index=measure.index)
    return by_measure.where(codes >= 0, has_denominator).astype(bool)


def _numbers(series: pd.Series, key: str, raw: RawTable, found: _CellProblems) -> NumberColumn:
    parsed = parse_number_column(series)
    if key not in raw.columns:
        return parsed
    if key in ("rate", "target", "achievement") and parsed.word_for_zero.any():
        # A dash beside a figure ('Tỷ lệ: -', 'Kế hoạch: -') says there is none: not 0%.
        dashed = parsed.word_for_zero
        parsed = replace(
            parsed,
            values=parsed.values.where(~dashed),
            word_for_zero=pd.Series(False, index=series.index),
        )
    index = series.index
    if parsed.unreadable.any() and key == "target":
        # A plan written as a range or a bound ('8 - 8,5', '≥ 3'): the figure stands, without it.
        rows = index[parsed.unreadable.to_numpy()]
        found.add(
            "target_not_a_number", rows, raw.cells(key), value=series.loc[rows].map(_cell_text)
        )
    elif parsed.unreadable.any():
        rows = index[parsed.unreadable.to_numpy()]
        found.add(
            "unparseable_number",
            rows,
            raw.cells(key),
            column=field_header(key),
            value=series.loc[rows].map(_cell_text),
        )
    if key != "rate" and parsed.no_data.any():
        rows = index[parsed.no_data.to_numpy()]
        found.add(
            "no_figure", rows, raw.cells(key), column=field_header(key), value=series.loc[rows]
        )
    if parsed.word_for_zero.any():
        rows = index[parsed.word_for_zero.to_numpy()]
        found.add(
            "read_as_zero", rows, raw.cells(key), column=field_header(key), value=series.loc[rows]
        )
    as_text = parsed.from_text & parsed.values.notna() & ~parsed.word_for_zero
    if as_text.any():
        rows = index[as_text.to_numpy()]
        found.add(
            "number_as_text",
            rows,
            raw.cells(key),
            column=field_header(key),
            value=series.loc[rows],
            parsed=parsed.values.loc[rows].map(plain_number),
        )
    return parsed


def _figures(
    raw: RawTable,
    text: Callable[[str], pd.Series],
    numbers: dict[str, NumberColumn],
    measure: pd.Series,
    periods: PeriodColumn,
    good: pd.Series | np.ndarray,
) -> pd.DataFrame:
    """The rows without errors as a figures frame (columns built once, with their dtypes)."""
    mask = np.asarray(good, dtype=bool)
    index = raw.values.index[mask]
    count = len(index)

    def texts(values: pd.Series | None) -> pd.Series:
        return _chosen_texts(values, mask, count)

    def number(column: NumberColumn, part: str) -> pd.Series:
        series: pd.Series = getattr(column, part)
        return pd.Series(series.to_numpy()[mask])

    columns: dict[str, pd.Series] = {
        "indicator": texts(text("indicator"))
        if raw.part_label is None
        else pd.Series([_capitalised(raw.part_label)] * count, dtype=object),
        "code": texts(text("code")),
        "unit": texts(text("unit")),
        **_period_columns(periods, mask),
        "numerator": number(numbers["numerator"], "values").astype(np.float64),
        "denominator": number(numbers["denominator"], "values").astype(np.float64),
        "printed_rate": number(numbers["rate"], "values").astype(np.float64),
        "printed_decimals": number(numbers["rate"], "decimals").astype(np.int64),
        "printed_suffix": texts(numbers["rate"].suffix),
        "target": number(numbers["target"], "values").astype(np.float64),
        "target_period": pd.Series([raw.target_period] * count, dtype=object),
        "printed_achievement": number(numbers["achievement"], "values").astype(np.float64),
        "achievement_decimals": number(numbers["achievement"], "decimals").astype(np.int64),
        "achievement_suffix": texts(numbers["achievement"].suffix),
        "typed_decimals": number(numbers["numerator"], "decimals").astype(np.int64),
        "group": texts(text("group")),
        "measure": texts(measure),
        "note": texts(text("note")),
        "source": texts(text("source")),
        "section": texts(raw.values["section"]),
        "file": pd.Series([raw.file] * count, dtype=object),
        "sheet": pd.Series([raw.sheet] * count, dtype=object),
        "row": pd.Series(index.to_numpy(dtype=np.int64) + 1),
        "typed_total": pd.Series(raw.values["typed_total"].to_numpy(dtype=bool)[mask]),
        "leads": pd.Series(raw.values["leads"].to_numpy(dtype=bool)[mask]),
        "block": pd.Series(raw.values["block"].to_numpy(dtype=np.int64)[mask]),
        "parent_cell": _parent_cells(raw, index, mask),
    }
    for key, field in (
        ("cell_numerator", "numerator"),
        ("cell_denominator", "denominator"),
        ("cell_period", "period"),
        ("cell_indicator", "indicator"),
        ("cell_rate", "rate"),
        ("cell_target", "target"),
        ("cell_achievement", "achievement"),
    ):
        present = raw.has(field)
        columns[key] = texts(raw.cells(field, index).reset_index(drop=True) if present else None)
    for key, value in (("cell_target", "target"), ("cell_achievement", "printed_achievement")):
        # A plan column's blank cell is no plan: the catalogue's target, if any, stands.
        columns[key] = columns[key].where(columns[value].notna().to_numpy(), None)
    return pd.DataFrame(columns)


def _chosen_texts(values: pd.Series | None, mask: np.ndarray, count: int) -> pd.Series:
    """A text column's chosen rows as objects with None for a blank: no dtype inference, no
    text conversion (a column already of the chosen rows is taken whole)."""
    if values is None:
        return pd.Series([None] * count, dtype=object)
    chosen = values[mask] if len(values) == len(mask) else values
    array = chosen.to_numpy(dtype=object)
    if chosen.dtype != object:
        array[chosen.isna().to_numpy()] = None
    return pd.Series(array, dtype=object)


def _period_columns(periods: PeriodColumn, mask: np.ndarray) -> dict[str, pd.Series]:
    """The period's columns of the chosen rows, each distinct period's value taken for every
    row (a row without a period takes the blank)."""
    codes = periods.codes[mask]
    known = list(periods.periods)

    def per_period(values: list[object], blank: object, dtype: Any = object) -> pd.Series:
        lookup = np.asarray([*values, blank], dtype=dtype)
        taken: pd.Series = pd.Series(lookup[codes], dtype=dtype)
        return taken

    not_a_time = np.datetime64("NaT", "s")
    return {
        "period": per_period([p.code if p else None for p in known], None),
        "period_kind": per_period([p.kind if p else None for p in known], None),
        "period_start": per_period(
            [np.datetime64(p.start, "s") if p else not_a_time for p in known],
            not_a_time,
            "datetime64[s]",
        ),
        "period_end": per_period(
            [np.datetime64(p.end, "s") if p else not_a_time for p in known],
            not_a_time,
            "datetime64[s]",
        ),
        "period_parsed": per_period(list(known), None),
    }


def _capitalised(label: str) -> str:
    """A breakdown's label as a figure's name: 'nữ' -> 'Nữ'."""
    return label[:1].upper() + label[1:]


def _parent_cells(raw: RawTable, index: pd.Index, mask: np.ndarray) -> pd.Series:
    """The cell of each figure's parent (None where it has none): the whole of a breakdown
    on the same row ('Tổng số' beside 'Trong đó: Nữ'), else the figure on the row it is
    listed under ('Trong đó:', 'a)', '-'), in the same column."""
    if raw.part_label is not None and raw.whole is not None:
        return raw.cells_of(raw.whole, index).reset_index(drop=True)
    rows = raw.values["parent_row"].to_numpy(dtype=np.float64)[mask]
    has = ~np.isnan(rows)
    cells = np.full(len(rows), None, dtype=object)
    if has.any():
        numbers = (rows[has] + 1).astype(np.int64).astype(str).astype(object)
        cells[has] = column_letter(raw.columns["numerator"]) + numbers
    return pd.Series(cells, dtype=object)
