"""Validation: from an opened workbook to checked observations and every problem.

Nothing is computed from a workbook until it has been read end to end; every
problem is collected, located by file, sheet and cell, and given a stable code
(see `errors.CATALOGUE`). Text numbers are read the Vietnamese way, with a
warning. Only the `workbook.Workbook` passed in is read; no file is opened here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

import pandas as pd

from .columns import (
    CATALOGUE_COLUMNS,
    CATALOGUE_SHEET_NAMES,
    DATA_COLUMNS,
    DATA_SHEET_NAMES,
    ColumnSpec,
    header_key,
    is_sheet_named,
    match_column,
)
from .errors import Problem
from .model import (
    AGGREGATION_WORDS,
    DIRECTION_WORDS,
    DISPLAY_WORDS,
    MEASUREMENT_WORDS,
    OBSERVATION_COLUMNS,
    Dataset,
    empty_observations,
)
from .number_text import NumberParseError, ParsedNumber, parse_number
from .periods import PeriodParseError, parse_period
from .workbook import CellValue, Grid, Workbook, cell_ref, normalize_text

HEADER_SEARCH_ROWS = 30
_EXCEL_ERRORS = {
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

# Units of measure that count whole people or things: their figures must be
# non-negative whole numbers. Matched on the first words of `Đơn vị tính`.
COUNT_MEASURES = (
    "người",
    "đảng viên",
    "cán bộ",
    "công chức",
    "viên chức",
    "đồng chí",
    "hội viên",
    "đoàn viên",
    "học sinh",
    "sinh viên",
    "lao động",
    "hộ",
    "lượt",
    "văn bản",
    "buổi",
    "cuộc",
    "lần",
    "nhiệm vụ",
    "chức danh",
    "chỉ tiêu",
    "tổ chức",
    "chi bộ",
    "đảng bộ",
    "cơ sở",
    "cơ quan",
    "đơn vị",
    "xã",
    "phường",
    "thôn",
    "tổ dân phố",
    "vụ",
    "việc",
    "hồ sơ",
    "thủ tục",
    "doanh nghiệp",
    "trường hợp",
    "đơn",
    "ý kiến",
    "kiến nghị",
    "phiếu",
    "mô hình",
    "công trình",
    "dự án",
    "con",
    "cái",
    "chiếc",
    "bài",
    "tin",
    "lớp",
    "hội nghị",
    "đợt",
    "people",
    "persons",
    "members",
    "times",
    "documents",
    "cases",
    "tasks",
    "posts",
)

T = TypeVar("T")


@dataclass(frozen=True)
class _Table:
    """A located table on a sheet: the header row and which column holds which field."""

    sheet: str
    header_row: int
    columns: dict[str, int]


@dataclass(frozen=True)
class _CatalogueEntry:
    factor: Decimal | None
    decimals: int | None
    measurement: str | None
    direction: str | None
    target: Decimal | None
    aggregation: str | None
    display: str | None
    theme: str | None


class _Collector:
    """Gathers problems for one sheet of one file."""

    def __init__(self, file: str, sheet: str | None) -> None:
        self.file = file
        self.sheet = sheet
        self.problems: list[Problem] = []
        self.error_count = 0

    def add(self, code: str, cell: str | None = None, **details: object) -> None:
        problem = Problem(
            code=code,
            file=self.file,
            sheet=self.sheet,
            cell=cell,
            details={key: str(value) for key, value in details.items()},
        )
        self.problems.append(problem)
        if problem.severity == "error":
            self.error_count += 1


def validate_workbook(book: Workbook) -> Dataset:
    """Find the indicator table, read every row, and check it.

    Returns a `Dataset` whose `observations` hold only rows without errors
    and whose `problems` list everything found. When any error is found the
    observations are still returned for inspection, but `Dataset.ok` is False.
    """
    file = book.file_label
    data_table, table_problems = _find_data_table(book)
    if data_table is None:
        return Dataset(
            file=file, sheet=None, observations=empty_observations(), problems=table_problems
        )
    collect = _Collector(file, data_table.sheet)
    collect.problems.extend(table_problems)
    grid = book.grid(data_table.sheet)
    catalogue, catalogue_collect = _read_catalogue(book)
    records = _read_rows(grid, data_table, collect, book.blank_cell_causes(data_table.sheet))
    hidden_rows = book.hidden_rows(data_table.sheet)
    for record in records:
        if record["row"] in hidden_rows:
            collect.add("hidden_row", cell=f"A{record['row']}", indicator=record["indicator"])
    if not records and not any(p.severity == "error" for p in collect.problems):
        collect.add("no_data_rows", cell=cell_ref(data_table.header_row + 1, 0))
    records = _drop_duplicates(records, collect)
    records = _apply_catalogue(records, catalogue, catalogue_collect)
    _check_rates(records, collect)
    _check_groups(records, collect)
    frame = (
        pd.DataFrame.from_records(records, columns=list(OBSERVATION_COLUMNS))
        if records
        else empty_observations()
    )
    frame = frame.sort_values(["row"], kind="stable").reset_index(drop=True)
    return Dataset(
        file=file,
        sheet=data_table.sheet,
        observations=frame,
        problems=collect.problems + catalogue_collect.problems,
    )


# -- finding tables ---------------------------------------------------------------------


_Header = tuple[int, dict[str, int], list[tuple[str, int, int]]]


def _match_row(
    row: list[CellValue], specs: tuple[ColumnSpec, ...], skip: set[int] | None = None
) -> tuple[dict[str, int], list[tuple[str, int, int]]]:
    columns: dict[str, int] = {}
    duplicates: list[tuple[str, int, int]] = []
    for column_index, value in enumerate(row):
        if skip and column_index in skip:
            continue
        spec = match_column(value, specs)
        if spec is None:
            continue
        if spec.key in columns:
            duplicates.append((spec.key, columns[spec.key], column_index))
        else:
            columns[spec.key] = column_index
    return columns, duplicates


def _locate_header(grid: Grid, specs: tuple[ColumnSpec, ...]) -> _Header:
    """Best header among the first rows: (last header row, key -> column, duplicates).

    A header may take two rows (a merged 'Số liệu' above 'Tử số' and 'Mẫu số'):
    fields the first row lacks are then taken from the row below it.
    """
    best: _Header = (-1, {}, [])
    head = grid[: HEADER_SEARCH_ROWS + 1]
    for row_index, row in enumerate(head[:HEADER_SEARCH_ROWS]):
        columns, duplicates = _match_row(row, specs)
        if columns and len(columns) > len(best[1]):
            best = (row_index, columns, duplicates)
        if columns and row_index + 1 < len(head):
            below, below_duplicates = _match_row(
                head[row_index + 1], specs, skip=set(columns.values())
            )
            extra = {k: v for k, v in below.items() if k not in columns}
            if extra and len(columns) + len(extra) > len(best[1]):
                best = (row_index + 1, {**columns, **extra}, duplicates + below_duplicates)
    return best


def _find_data_table(book: Workbook) -> tuple[_Table | None, list[Problem]]:
    """The indicator table: a visible sheet named 'Chỉ tiêu', else the first visible sheet
    with the required headers, else a hidden 'Chỉ tiêu' (with a warning)."""
    file = book.file_label
    named = {s.name for s in book.sheets if is_sheet_named(s.name, DATA_SHEET_NAMES)}
    candidates = (
        [s for s in book.sheets if s.visible and s.name in named]
        + [s for s in book.sheets if s.visible and s.name not in named]
        + [s for s in book.sheets if not s.visible and s.name in named]
    )
    required = [spec for spec in DATA_COLUMNS if spec.required]
    partial: dict[str, dict[str, int]] = {}
    for sheet in candidates:
        row, columns, duplicates = _locate_header(book.grid(sheet.name), DATA_COLUMNS)
        if all(spec.key in columns for spec in required):
            collect = _Collector(file, sheet.name)
            if not sheet.visible:
                collect.add("hidden_sheet")
            for key, first, second in duplicates:
                header = next(spec.header for spec in DATA_COLUMNS if spec.key == key)
                collect.add(
                    "duplicate_column",
                    cell=cell_ref(row, second),
                    column=header,
                    other=cell_ref(row, first),
                )
            return _Table(sheet.name, row, columns), collect.problems
        if columns:
            partial[sheet.name] = columns
    reported = (
        next((name for name in partial if name in named), None)
        or next(iter(sorted(partial, key=lambda name: -len(partial[name]))), None)
        or next((s.name for s in candidates if s.name in named), None)
    )
    if reported is None:
        return None, [Problem(code="no_indicator_sheet", file=file)]
    collect = _Collector(file, reported)
    for spec in required:
        if spec.key not in partial.get(reported, {}):
            collect.add("missing_column", column=spec.header)
    return None, collect.problems


# -- reading rows -----------------------------------------------------------------------


def _cell(row: list[CellValue], column: int | None) -> CellValue:
    if column is None or column >= len(row):
        return None
    value = row[column]
    if isinstance(value, str) and not value.strip():
        return None
    return value


def _text(value: CellValue) -> str | None:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    text = normalize_text(str(value))
    return text or None


def _read_rows(
    grid: Grid, table: _Table, collect: _Collector, causes: dict[str, tuple[str, str]]
) -> list[dict[str, Any]]:
    columns = table.columns
    records: list[dict[str, Any]] = []
    section: str | None = None
    for row_index in range(table.header_row + 1, len(grid)):
        row = grid[row_index]
        values = {key: _cell(row, column) for key, column in columns.items()}
        hidden = {
            key: causes[cell_ref(row_index, column)]
            for key, column in columns.items()
            if values[key] is None and cell_ref(row_index, column) in causes
        }
        if all(value is None for value in values.values()) and not hidden:
            continue
        if not hidden and _is_heading(values):
            section = _heading_text(values) or section
            continue
        record = _read_row(row_index, values, columns, collect, hidden)
        if record is not None:
            record["section"] = section
            records.append(record)
    return records


_HEADING_KEYS = {"stt", "indicator", "note", "source"}


def _is_heading(values: dict[str, CellValue]) -> bool:
    """A section heading ('I. Về xây dựng Đảng'): only a name, or one text merged across."""
    filled = [value for key, value in values.items() if value is not None and key != "stt"]
    if len(filled) > 1 and all(isinstance(v, str) for v in filled) and len(set(filled)) == 1:
        return True  # a heading merged across the row ('I' | 'CÔNG TÁC …' over B:J)
    return all(value is None for key, value in values.items() if key not in _HEADING_KEYS)


def _heading_text(values: dict[str, CellValue]) -> str | None:
    for key in ("indicator", "stt"):
        if (text := _text(values.get(key))) is not None:
            return text
    return next((_text(v) for v in values.values() if v is not None), None)


def _read_row(
    row_index: int,
    values: dict[str, CellValue],
    columns: dict[str, int],
    collect: _Collector,
    hidden: dict[str, tuple[str, str]],
) -> dict[str, Any] | None:
    def ref(key: str) -> str:
        return cell_ref(row_index, columns[key])

    before = collect.error_count
    headers = {spec.key: spec.header for spec in DATA_COLUMNS}

    for key, (kind, text) in hidden.items():
        if kind == "error":
            collect.add("excel_error", cell=ref(key), column=headers[key], value=text)
        else:
            collect.add("formula_without_value", cell=ref(key), column=headers[key], formula=text)
    for key in ("indicator", "unit", "period", "numerator"):
        if values.get(key) is None and key not in hidden:
            collect.add("missing_value", cell=ref(key), column=headers[key])
    for key, value in values.items():
        if isinstance(value, str) and value.strip().upper() in _EXCEL_ERRORS:
            collect.add("excel_error", cell=ref(key), column=headers[key], value=value.strip())
            values[key] = None

    measure = _text(values.get("measure"))
    numerator = _number(values, "numerator", ref, headers, collect)
    if (
        measure is None
        and numerator is not None
        and numerator.suffix
        and (values.get("denominator") is None)
    ):
        measure = numerator.suffix  # '98,3%' typed in Tử số is a rate in per cent
    denominator = _number(values, "denominator", ref, headers, collect)
    printed = _number(values, "rate", ref, headers, collect)
    counted = _is_count(measure, has_denominator=denominator is not None)
    for key, number in (("numerator", numerator), ("denominator", denominator)):
        if number is None:
            continue
        if number.value < 0 and (counted or denominator is not None):
            collect.add("negative_count", cell=ref(key), column=headers[key], value=number.value)
        elif counted and not number.is_integer:
            collect.add(
                "non_integer_count",
                cell=ref(key),
                column=headers[key],
                value=number.value,
                measure=measure or "người/vật / people or things",
            )
    if denominator is not None and denominator.value == 0:
        collect.add("zero_denominator", cell=ref("denominator"))
    elif (
        numerator is not None
        and denominator is not None
        and numerator.value > denominator.value >= 0
    ):
        collect.add(
            "numerator_exceeds_denominator",
            cell=ref("numerator"),
            numerator=numerator.value,
            denominator=denominator.value,
        )

    period = None
    raw_period = values.get("period")
    if raw_period is not None:
        try:
            period = parse_period(raw_period)
        except PeriodParseError as exc:
            collect.add(
                "unparseable_period", cell=ref("period"), value=_text(raw_period), detail=exc.detail
            )

    if collect.error_count > before or period is None or numerator is None:
        return None
    return {
        "indicator": _text(values.get("indicator")),
        "code": _text(values.get("code")),
        "unit": _text(values.get("unit")),
        "period": period.code,
        "period_start": period.start,
        "period_end": period.end,
        "numerator": numerator.value,
        "denominator": denominator.value if denominator is not None else None,
        "printed_rate": printed,
        "group": _text(values.get("group")),
        "measure": measure,
        "note": _text(values.get("note")),
        "source": _text(values.get("source")),
        "file": collect.file,
        "sheet": collect.sheet,
        "row": row_index + 1,
        "cell_numerator": ref("numerator"),
        "cell_denominator": ref("denominator") if "denominator" in columns else None,
        "cell_period": ref("period"),
        "cell_indicator": ref("indicator"),
        "cell_rate": ref("rate") if "rate" in columns else None,
        "typed_decimals": numerator.decimals,  # used for defaults, not kept
    }


def _number(
    values: dict[str, CellValue],
    key: str,
    ref: Any,
    headers: dict[str, str],
    collect: _Collector,
) -> ParsedNumber | None:
    raw = values.get(key)
    if raw is None:
        return None
    if isinstance(raw, (dt.date, dt.datetime, dt.time, dt.timedelta)):
        collect.add("unparseable_number", cell=ref(key), column=headers[key], value=_text(raw))
        return None
    try:
        number = parse_number(raw)
    except NumberParseError:
        collect.add("unparseable_number", cell=ref(key), column=headers[key], value=str(raw))
        return None
    if number.from_text:
        collect.add(
            "number_as_text",
            cell=ref(key),
            column=headers[key],
            value=str(raw),
            parsed=_plain(number.value),
        )
    return number


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f") if value == value.to_integral_value() else str(value)


def _is_count(measure: str | None, *, has_denominator: bool) -> bool:
    if measure is None:
        return has_denominator
    key = header_key(measure)
    return any(key == word or key.startswith(word + " ") for word in COUNT_MEASURES)


# -- cross-row checks ---------------------------------------------------------------------


def _identity(record: dict[str, Any]) -> tuple[str, str, str]:
    name = header_key(record["indicator"])
    return (name, header_key(record["unit"]), record["period"])


def _drop_duplicates(records: list[dict[str, Any]], collect: _Collector) -> list[dict[str, Any]]:
    seen: dict[tuple[str, str, str], dict[str, Any]] = {}
    kept: list[dict[str, Any]] = []
    for record in records:
        key = _identity(record)
        first = seen.get(key)
        if first is None:
            seen[key] = record
            kept.append(record)
            continue
        same = all(first[field] == record[field] for field in ("numerator", "denominator", "group"))
        if same:
            collect.add("duplicate_row", cell=f"A{record['row']}", other=first["row"])
        else:
            collect.add(
                "duplicate_conflict",
                cell=record["cell_numerator"],
                indicator=record["indicator"],
                unit=record["unit"],
                period=record["period"],
                other=first["row"],
            )
    return kept


_CatalogueRow = tuple[str | None, str | None, _CatalogueEntry, str]


def _read_catalogue(book: Workbook) -> tuple[list[_CatalogueRow], _Collector]:
    """Catalogue rows as (indicator key, code, entry, row reference), with their problems."""
    sheets = [s for s in book.sheets if is_sheet_named(s.name, CATALOGUE_SHEET_NAMES)]
    if not sheets:
        return [], _Collector(book.file_label, None)
    sheet = sheets[0].name
    collect = _Collector(book.file_label, sheet)
    grid = book.grid(sheet)
    row_at, columns, _ = _locate_header(grid, CATALOGUE_COLUMNS)
    if "indicator" not in columns and "code" not in columns:
        collect.add("catalogue_ignored")
        return [], collect
    entries: list[_CatalogueRow] = []
    seen: set[str] = set()
    headers = {spec.key: spec.header for spec in CATALOGUE_COLUMNS}
    for row_index in range(row_at + 1, len(grid)):
        row = grid[row_index]
        values = {key: _cell(row, column) for key, column in columns.items()}
        name, code = _text(values.get("indicator")), _text(values.get("code"))
        if name is None and code is None:
            continue

        def ref(key: str, row_index: int = row_index) -> str:
            return cell_ref(row_index, columns[key])

        factor = _catalogue_number(values, "factor", ref, headers, collect)
        if factor is not None and factor <= 0:
            collect.add(
                "invalid_catalogue_value",
                cell=ref("factor"),
                column=headers["factor"],
                value=factor,
                detail="> 0",
            )
            factor = None
        decimals_value = _catalogue_number(values, "decimals", ref, headers, collect)
        decimals: int | None = None
        if decimals_value is not None:
            if decimals_value == decimals_value.to_integral_value() and 0 <= decimals_value <= 6:
                decimals = int(decimals_value)
            else:
                collect.add(
                    "invalid_catalogue_value",
                    cell=ref("decimals"),
                    column=headers["decimals"],
                    value=decimals_value,
                    detail="0–6",
                )
        entry = _CatalogueEntry(
            factor=factor,
            decimals=decimals,
            measurement=_catalogue_word(values, "measurement", MEASUREMENT_WORDS, ref, collect),
            direction=_catalogue_word(values, "direction", DIRECTION_WORDS, ref, collect),
            target=_catalogue_number(values, "target", ref, headers, collect),
            aggregation=_catalogue_word(values, "aggregation", AGGREGATION_WORDS, ref, collect),
            display=_catalogue_word(values, "display", DISPLAY_WORDS, ref, collect),
            theme=_text(values.get("theme")),
        )
        label = code or name or ""
        if label in seen:
            collect.add("catalogue_duplicate", cell=f"A{row_index + 1}", value=label)
            continue
        seen.add(label)
        key_name = header_key(name) if name else None
        entries.append((key_name, _code_key(code), entry, f"A{row_index + 1}"))
    return entries, collect


def _code_key(code: str | None) -> str | None:
    """Codes match whatever their case; a numeric code matches without leading zeros."""
    if code is None:
        return None
    key = header_key(code)
    return key.lstrip("0") or "0" if key.isdigit() else key


def _catalogue_word(
    values: dict[str, CellValue],
    key: str,
    vocabulary: dict[str, T],
    ref: Callable[[str], str],
    collect: _Collector,
) -> T | None:
    raw = _text(values.get(key))
    if raw is None:
        return None
    found = vocabulary.get(header_key(raw))
    if found is None:
        header = next(spec.header for spec in CATALOGUE_COLUMNS if spec.key == key)
        collect.add(
            "invalid_catalogue_value",
            cell=ref(key),
            column=header,
            value=raw,
            detail=", ".join(sorted(vocabulary)),
        )
    return found


def _catalogue_number(
    values: dict[str, CellValue], key: str, ref: Any, headers: dict[str, str], collect: _Collector
) -> Decimal | None:
    raw = values.get(key)
    if raw is None:
        return None
    try:
        return parse_number(raw).value
    except NumberParseError:
        collect.add(
            "invalid_catalogue_value",
            cell=ref(key),
            column=headers[key],
            value=str(raw),
            detail="số / a number",
        )
        return None


def _apply_catalogue(
    records: list[dict[str, Any]],
    catalogue: list[_CatalogueRow],
    catalogue_collect: _Collector,
) -> list[dict[str, Any]]:
    by_code = {code: entry for _, code, entry, _ in catalogue if code}
    by_name = {name: entry for name, _, entry, _ in catalogue if name}
    used: set[int] = set()
    result = []
    for record in records:
        entry = None
        code = _code_key(record["code"])
        if code and code in by_code:
            entry = by_code[code]
        elif header_key(record["indicator"]) in by_name:
            entry = by_name[header_key(record["indicator"])]
        if entry is not None:
            used.add(id(entry))
        has_denominator = record["denominator"] is not None
        # A figure already in per cent or per mille ('Đơn vị tính' = %, or '98,3%' typed).
        in_unit = {"%": Decimal(100), "‰": Decimal(1000)}.get(record["measure"] or "")
        default_factor = Decimal(100) if has_denominator else (in_unit or Decimal(1))
        factor = entry.factor if entry and entry.factor is not None else default_factor
        default_display = "rate" if has_denominator or in_unit else "count"
        display = entry.display if entry and entry.display else default_display
        if (display == "ratio" and not has_denominator) or (
            display == "rate" and not has_denominator and not in_unit
        ):
            display = "count"
        default_decimals = 1 if display == "rate" else 0
        if display == "rate" and not has_denominator:
            # A rate typed as such keeps the decimals it was typed with ('2,45%').
            default_decimals = max(1, min(int(record["typed_decimals"]), 4))
        result.append(
            {
                **record,
                "factor": factor,
                "decimals": entry.decimals
                if entry and entry.decimals is not None
                else default_decimals,
                "measurement": entry.measurement if entry and entry.measurement else "full",
                "direction": entry.direction if entry else None,
                "target": entry.target if entry else None,
                "aggregation": entry.aggregation if entry and entry.aggregation else "sum",
                "display": display,
                "theme": entry.theme if entry else None,
            }
        )
    for name, code, entry, cell in catalogue:
        if id(entry) not in used:
            catalogue_collect.add("catalogue_unmatched", cell=cell, value=code or name)
    return result


def _check_rates(records: list[dict[str, Any]], collect: _Collector) -> None:
    for record in records:
        printed: ParsedNumber | None = record["printed_rate"]
        if printed is None or record["denominator"] is None or record["denominator"] == 0:
            record["printed_rate"] = printed.value if printed is not None else None
            continue
        computed = record["numerator"] * record["factor"] / record["denominator"]
        # A cell formatted as a percentage stores the fraction (0,983 for 98,3%).
        candidates = [printed.value]
        if not printed.suffix:
            candidates.append(printed.value * record["factor"])
        shown = min(candidates, key=lambda value: abs(value - computed))
        decimals = min(printed.decimals, 6)
        if shown != printed.value:
            # Stored as a fraction: its decimals count in the fraction's scale.
            decimals = max(decimals - _power_of_ten(record["factor"]), 0)
        tolerance = Decimal(1).scaleb(-decimals)
        record["printed_rate"] = shown
        rounded = computed.quantize(tolerance, rounding=ROUND_HALF_UP)
        if abs(shown - rounded) > tolerance:
            collect.add(
                "rate_mismatch",
                cell=record["cell_rate"],
                printed=_plain(shown),
                computed=f"{computed:.{max(printed.decimals, 1)}f}",
            )


def _power_of_ten(factor: Decimal) -> int:
    digits = len(str(int(factor))) - 1
    return digits if factor == Decimal(10) ** digits else 0


def _check_groups(records: list[dict[str, Any]], collect: _Collector) -> None:
    parts: dict[tuple[str, str, str, Decimal], list[dict[str, Any]]] = {}
    for record in records:
        if record["group"] and record["denominator"] is not None:
            key = (
                header_key(record["group"]),
                header_key(record["unit"]),
                record["period"],
                record["denominator"],
            )
            parts.setdefault(key, []).append(record)
    for members in parts.values():
        if len(members) < 2:
            continue
        total = sum((m["numerator"] for m in members), Decimal(0))
        whole = members[0]["denominator"]
        if total != whole:
            cells = ", ".join(m["cell_numerator"] for m in members)
            collect.add(
                "group_sum_mismatch",
                cell=members[0]["cell_denominator"],
                group=f"{members[0]['group']}: {cells}",
                total=_plain(total),
                whole=_plain(whole),
            )
