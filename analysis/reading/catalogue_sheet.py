"""The workbook's `Danh mục` sheet read into a `Catalogue` (see `model.catalogue`), and joined
to the figures it describes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..model import sheet_names
from ..model.catalogue import Catalogue, CatalogueEntry, code_key
from ..model.columns import CATALOGUE_COLUMNS, find_header
from ..model.dataset import AGGREGATION_WORDS, DIRECTION_WORDS, DISPLAY_WORDS, MEASUREMENT_WORDS
from ..model.errors import ProblemCollector
from ..model.sheet_names import is_sheet_named
from ..model.text import map_distinct, name_key, normalize_text
from .number_text import NumberParseError, parse_number, plain_number
from .workbook import CellValue, Workbook, cell_ref

T = TypeVar("T")


def read_catalogue(book: Workbook) -> Catalogue:
    """The catalogue sheet's entries, with every problem in it."""
    sheets = [s for s in book.sheets if is_sheet_named(s.name, sheet_names.CATALOGUE)]
    if not sheets:
        collect = ProblemCollector(book.file_label, None)
        return Catalogue([], collect.problems, collect)
    sheet = sheets[0].name
    collect = ProblemCollector(book.file_label, sheet)
    cells = book.sheet(sheet)
    header_row, columns = find_header(cells.head, CATALOGUE_COLUMNS)
    if "indicator" not in columns and "code" not in columns:
        collect.add("catalogue_ignored")
        return Catalogue([], collect.problems, collect)
    by_column = cells.columns(header_row + 1, text=sorted(columns.values()))
    # A number cell is that number (0,95 stays 0,95, never the text «0.95» read the
    # Vietnamese way), and one formatted as a percentage is that percentage (0,95 shown
    # 95% is a target of 95 per cent).
    number_columns = {k: c for k, c in columns.items() if k in _NUMBER_KEYS}
    typed = cells.columns(header_row + 1, numbers=sorted(number_columns.values()))
    percent = cells.percent_cells().scaled
    headers = {spec.key: spec.header for spec in CATALOGUE_COLUMNS}
    entries: list[tuple[str | None, str | None, CatalogueEntry, str]] = []
    seen: set[str] = set()
    rows = by_column[next(iter(columns.values()))].index
    for row_index in rows:
        values: dict[str, str | float | None] = {
            key: _text(by_column[column].loc[row_index]) for key, column in columns.items()
        }
        for key, column in number_columns.items():
            number = typed[column].loc[row_index]
            if (
                isinstance(number, int | float)
                and not isinstance(number, bool)
                and number == number
            ):
                scale = 100 if key == "target" and (int(row_index), column) in percent else 1
                values[key] = round(float(number) * scale, 10)
        name, code = _label(values.get("indicator")), _label(values.get("code"))
        if name is None and code is None:
            continue

        def ref(key: str, row_index: int = int(row_index)) -> str:
            return cell_ref(row_index, columns[key])

        factor, decimals = _factor_and_decimals(values, ref, headers, collect)
        entry = CatalogueEntry(
            factor=factor,
            decimals=decimals,
            measurement=_word(values, "measurement", MEASUREMENT_WORDS, ref, headers, collect),
            direction=_word(values, "direction", DIRECTION_WORDS, ref, headers, collect),
            target=_number(values, "target", ref, headers, collect),
            aggregation=_word(values, "aggregation", AGGREGATION_WORDS, ref, headers, collect),
            display=_word(values, "display", DISPLAY_WORDS, ref, headers, collect),
            theme=_label(values.get("theme")),
            note=_label(values.get("note")),
        )
        label = code or name or ""
        if label in seen:
            collect.add("catalogue_duplicate", cell=f"A{row_index + 1}", value=label)
            continue
        seen.add(label)
        entries.append(
            (name_key(name) if name else None, code_key(code), entry, f"A{row_index + 1}")
        )
    return Catalogue(entries, collect.problems, collect)


_NUMBER_KEYS = frozenset({"factor", "decimals", "target"})


def _factor_and_decimals(
    values: dict[str, str | float | None],
    ref: Callable[[str], str],
    headers: dict[str, str],
    collect: ProblemCollector,
) -> tuple[float | None, int | None]:
    """`Hệ số` (above 0) and `Số lẻ` (a whole number from 0 to 6), each refused with the
    cell named when out of range."""

    def refused(key: str, value: float, allowed: str) -> None:
        collect.add(
            "invalid_catalogue_value",
            cell=ref(key),
            column=headers[key],
            value=plain_number(value),
            detail=allowed,
        )

    factor = _number(values, "factor", ref, headers, collect)
    if factor is not None and factor <= 0:
        refused("factor", factor, "> 0")
        factor = None
    decimals = _number(values, "decimals", ref, headers, collect)
    if decimals is None:
        return factor, None
    if float(decimals).is_integer() and 0 <= decimals <= 6:
        return factor, int(decimals)
    refused("decimals", decimals, "0–6")
    return factor, None


def _label(value: str | float | None) -> str | None:
    return value if isinstance(value, str) else None


def _text(value: CellValue) -> str | None:
    if value is None or (isinstance(value, float) and value != value):
        return None
    return normalize_text(str(value)) or None


def _word(
    values: dict[str, str | float | None],
    key: str,
    vocabulary: dict[str, T],
    ref: Callable[[str], str],
    headers: dict[str, str],
    collect: ProblemCollector,
) -> T | None:
    raw = _label(values.get(key))
    if raw is None:
        return None
    found = vocabulary.get(name_key(raw))
    if found is None:
        collect.add(
            "invalid_catalogue_value",
            cell=ref(key),
            column=headers[key],
            value=raw,
            detail=", ".join(sorted(vocabulary)),
        )
    return found


def _number(
    values: dict[str, str | float | None],
    key: str,
    ref: Callable[[str], str],
    headers: dict[str, str],
    collect: ProblemCollector,
) -> float | None:
    raw = values.get(key)
    if raw is None:
        return None
    if isinstance(raw, float):
        return raw
    try:
        return float(parse_number(raw).value)
    except NumberParseError:
        collect.add(
            "invalid_catalogue_value",
            cell=ref(key),
            column=headers[key],
            value=raw,
            detail="số / a number",
        )
        return None


_ENTRY_FIELDS = [f.name for f in fields(CatalogueEntry)]


def apply_catalogue(figures: pd.DataFrame, catalogue: Catalogue) -> pd.DataFrame:
    """Figures with the catalogue's columns joined, and defaults where it says nothing.

    Adds factor, decimals, measurement, direction, target, aggregation, display
    and theme; warns about catalogue rows that match no figure."""
    by_code = {code: i for i, (_, code, _, _) in enumerate(catalogue.entries) if code}
    by_name = {name: i for i, (name, _, _, _) in enumerate(catalogue.entries) if name}
    # Each distinct code and name is looked up once.
    by_code_position = map_distinct(figures["code"], lambda c: by_code.get(code_key(c) or ""))
    by_name_position = map_distinct(figures["indicator"], lambda n: by_name.get(name_key(n)))
    position = pd.Series(
        np.where(by_code_position.notna(), by_code_position, by_name_position).astype(np.float64),
        index=figures.index,
    )
    used = set(position.dropna().astype(int).tolist())
    for i, (name, code, _, cell) in enumerate(catalogue.entries):
        if i not in used:
            catalogue.collect.add("catalogue_unmatched", cell=cell, value=code or name)
    # Each figure's catalogue entry as a position into per-field arrays (the last: no entry).
    slot = np.where(position.notna(), position.fillna(-1).astype(np.int64), len(catalogue.entries))

    def field(name: str, dtype: Any = object) -> npt.NDArray[Any]:
        values = [getattr(entry, name) for _, _, entry, _ in catalogue.entries]
        blank = np.nan if dtype is np.float64 else None
        lookup = np.array([blank if v is None else v for v in values] + [blank], dtype=dtype)
        return np.asarray(lookup[slot])

    has_denominator = figures["denominator"].notna().to_numpy()
    measure = figures["measure"].to_numpy(dtype=object)
    in_unit = np.where(measure == "%", 100.0, np.where(measure == "‰", 1000.0, np.nan))
    typed_rate = ~np.isnan(in_unit)
    factor = field("factor", np.float64)
    factor = np.where(
        np.isnan(factor), np.where(has_denominator, 100.0, np.nan_to_num(in_unit, nan=1.0)), factor
    )
    display = field("display")
    unset = pd.isna(display)
    display = np.where(unset, np.where(has_denominator | typed_rate, "rate", "count"), display)
    wrong = ((display == "ratio") & ~has_denominator) | (
        (display == "rate") & ~has_denominator & ~typed_rate
    )
    display = np.where(wrong, "count", display).astype(object)
    # A rate typed as such keeps the decimals it was typed with ('2,45%').
    typed = np.clip(figures["typed_decimals"].to_numpy(dtype=np.int64), 1, 4)
    default_decimals = np.where(display == "rate", np.where(has_denominator, 1, typed), 0)
    decimals = field("decimals", np.float64)
    decimals = np.where(np.isnan(decimals), default_decimals, decimals).astype(np.int64)

    typed_target = (
        figures["target"].to_numpy(dtype=np.float64)
        if "target" in figures
        else np.full(len(figures), np.nan)
    )
    typed_target_missing = np.isnan(typed_target)

    def text(values: npt.NDArray[Any], default: Any = None) -> pd.Series:
        filled = np.where(pd.isna(values), default, values) if default else values
        return pd.Series(np.asarray(filled, dtype=object), index=figures.index, dtype=object)

    return figures.assign(
        factor=factor.astype(np.float64),
        decimals=decimals,
        decimals_given=~np.isnan(field("decimals", np.float64)),
        measurement=text(field("measurement"), "full"),
        direction=text(field("direction")),
        # A plan typed beside the figure ('Kế hoạch') wins over the catalogue's target.
        target=np.where(typed_target_missing, field("target", np.float64), typed_target),
        aggregation=text(field("aggregation"), "sum"),
        display=text(display),
        theme=text(field("theme")),
        # A figure's own note wins over its indicator's (the catalogue's `Ghi chú`).
        note=_own_or_catalogue_note(figures, field("note")),
    )


def _own_or_catalogue_note(figures: pd.DataFrame, catalogue_notes: npt.NDArray[Any]) -> pd.Series:
    own = (
        figures["note"].to_numpy(dtype=object)
        if "note" in figures
        else np.full(len(figures), None, dtype=object)
    )
    blank = np.array([not (isinstance(v, str) and v.strip()) for v in own], dtype=bool)
    notes = np.where(blank, catalogue_notes, own)
    return pd.Series(np.asarray(notes, dtype=object), index=figures.index, dtype=object)


def apply_published_decimals(figures: pd.DataFrame) -> pd.DataFrame:
    """Rates print with the decimals the workbook's own printed rate shows (97,45% stays
    97,45%), unless the catalogue sets them; failing both, one decimal.

    Needs `check_rates` first: `printed_shown_decimals` is the printed rate's decimals
    in the indicator's unit (a cell formatted as a percentage stores 0,9745)."""
    shown = figures["printed_shown_decimals"].to_numpy(dtype=np.float64)
    usable = (
        ~figures["decimals_given"].to_numpy(dtype=bool)
        & ~np.isnan(shown)
        & (figures["display"].to_numpy(dtype=object) == "rate")
        & figures["denominator"].notna().to_numpy()
    )
    if not usable.any():
        return figures
    decimals = figures["decimals"].to_numpy(dtype=np.int64).copy()
    decimals[usable] = np.clip(shown[usable], 0, 6).astype(np.int64)
    return figures.assign(decimals=decimals)
