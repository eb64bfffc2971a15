"""Loading: a workbook file to checked figures, in one direction.

`load(path) -> Dataset` opens the file (`workbook`), reads its side sheets (`facts_sheet`,
`units_sheet`, `crosswalk_sheet`, `corrections`), finds and reads every table
(`sheets`), types its cells (`values`) and accounts for every number (`accounting`),
joins the catalogue (`catalogue_sheet`) and checks across rows (`checks`). A file that
cannot be opened gives a Dataset with that single problem instead of raising, so that
`check` can report several files side by side.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from ..model.catalogue import Catalogue
from ..model.crosswalk import Crosswalk, restate
from ..model.dataset import (
    OBSERVATION_COLUMNS,
    Dataset,
    MissingData,
    SheetReading,
    TableReading,
    empty_observations,
)
from ..model.errors import Problem, ProblemCollector, WorkbookError, has_errors, under_strict
from ..model.facts import Facts
from ..model.hierarchy import Hierarchy
from ..model.sheet_names import is_side_sheet
from ..model.text import name_key
from .accounting import account_numbers
from .catalogue_sheet import apply_catalogue, apply_published_decimals, read_catalogue
from .checks import (
    attach_parents,
    check_achievements,
    check_groups,
    check_negative_figures,
    check_rates,
    check_sheet_totals,
    check_total_columns,
    check_typed_totals,
    check_units_in_force,
    drop_duplicates,
    hidden_rows,
    join_rates_to_counts,
)
from .corrections import read_corrections
from .crosswalk_sheet import read_crosswalk
from .facts_sheet import read_facts
from .sheets import ReadTable, read_tables
from .units_sheet import read_hierarchy
from .values import parse_cells
from .workbook import Workbook, cell_ref, open_workbook


def load(path: str | Path, *, strict: bool = False) -> Dataset:
    """Read and check one workbook; never raises for a bad file (see `Dataset.problems`).

    With `strict`, every warning counts as an error (a blank figure, a number typed as
    text, parts that do not add up…), so the dataset is `ok` only when nothing was found.
    """
    try:
        book = open_workbook(path)
        dataset = read_dataset(book)
        if strict:
            dataset.problems = under_strict(dataset.problems)
        return dataset
    except WorkbookError as exc:  # the file, or a sheet, is damaged or absurdly large
        return Dataset(
            file=str(path),
            sheet=exc.problem.sheet,
            observations=empty_observations(),
            problems=[exc.problem],
        )
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - whatever a damaged file makes a reader raise
        # (zlib, XML, calamine, openpyxl, a Rust panic, MemoryError): chiso's own problem.
        detail = "hết bộ nhớ / out of memory" if isinstance(exc, MemoryError) else _short(exc)
        problem = Problem("corrupt_workbook", str(path), details={"detail": detail})
        return Dataset(
            file=str(path), sheet=None, observations=empty_observations(), problems=[problem]
        )


def _short(exc: BaseException) -> str:
    """'zlib.error: Error -3 while decompressing…', one line, at most 200 characters."""
    kind = type(exc).__module__ + "." + type(exc).__qualname__
    kind = kind.removeprefix("builtins.")
    text = " ".join(str(exc).split())
    return f"{kind}: {text}"[:200] if text else kind


def load_many(
    paths: Sequence[str | Path], *, label: str | None = None, strict: bool = False
) -> Dataset:
    """Several workbooks (a folder of unit returns) as one dataset.

    Each is read and checked on its own; the figures of those without errors are
    combined, and each one with errors is named in `missing` (its units and its first
    error), its problems kept beside the others'. `label` names the set ('bao-cao/')."""
    datasets = [load(path, strict=strict) for path in paths]
    valid = [d for d in datasets if d.ok]
    missing = [
        MissingData(file=d.file, units=_units_of(d), problem=d.errors[0])
        for d in datasets
        if not d.ok
    ]

    def joined(frames: list[pd.DataFrame]) -> pd.DataFrame:
        kept = [frame for frame in frames if not frame.empty]
        if not kept:
            return empty_observations()
        return pd.concat(kept, ignore_index=True) if len(kept) > 1 else kept[0]

    return Dataset(
        file=label or ", ".join(str(path) for path in paths),
        sheet=None,
        observations=joined([d.observations for d in valid]),
        problems=[p for d in datasets for p in d.problems],
        totals=joined([d.totals for d in valid]),
        sheets=[reading for d in datasets for reading in d.sheets],
        facts=valid[0].facts if len(valid) == 1 and not missing else Facts(),
        missing=missing,
    )


def _units_of(dataset: Dataset) -> tuple[str, ...]:
    """The units a workbook reports on, as far as they could be read."""
    units = dataset.observations["unit"].dropna().unique().tolist()
    if units:
        return tuple(str(unit) for unit in units)
    return (dataset.facts.organisation,) if dataset.facts.organisation else ()


def hidden_sheets(book: Workbook, *, read: set[str]) -> list[Problem]:
    """One warning naming every hidden and very hidden sheet that was not read (a hidden
    sheet that was read has its own warning, `hidden_sheet`). The side sheets chiso reads
    for what they describe (`Danh mục`, `Đơn vị`, `Chuyển đổi`, `Thông tin`, the template's
    lists) are offices' usual hidden lookups, and are not named."""
    unread = [
        s for s in book.sheets if not s.visible and s.name not in read and not is_side_sheet(s.name)
    ]
    if not unread:
        return []
    words = {"veryHidden": ("ẩn sâu", "very hidden")}
    vi = ", ".join(f"'{s.name}' ({words.get(s.state, ('ẩn', 'hidden'))[0]})" for s in unread)
    en = ", ".join(f"'{s.name}' ({words.get(s.state, ('ẩn', 'hidden'))[1]})" for s in unread)
    collect = ProblemCollector(book.file_label, None)
    collect.add("hidden_sheets", value=vi, value_en=en)
    return collect.problems


def invisible_characters(book: Workbook, *, tables: set[str]) -> list[Problem]:
    """A warning for each cell whose text held invisible characters (removed on reading,
    `text.normalize_text`), in the sheets whose text was used: the tables' sheets and the
    side sheets read (`Thông tin`, `Đơn vị`, `Danh mục`, …). Many are told as one line."""
    problems: list[Problem] = []
    for name in book.opened_sheets():
        if name not in tables and not is_side_sheet(name):
            continue
        collect = ProblemCollector(book.file_label, name)
        for cell, characters in book.sheet(name).invisible_texts:
            collect.add("invisible_characters", cell=cell, value=characters)
        problems += collect.problems
    return problems


def read_dataset(book: Workbook) -> Dataset:
    """Find, read and check every indicator table of an opened workbook."""
    facts, fact_problems = read_facts(book)
    hierarchy = read_hierarchy(book)
    listed = read_crosswalk(book)  # a `Chuyển đổi` sheet, and merges the `Đơn vị` sheet lists
    crosswalk = Crosswalk(listed.links + hierarchy.merges(), listed.problems)
    corrections = read_corrections(book)
    tables, problems = read_tables(book, corrections=corrections)
    problems = fact_problems + hierarchy.problems + crosswalk.problems + problems
    readable = [t for t in tables if t.raws]
    if not readable:
        return Dataset(
            file=book.file_label,
            sheet=None,
            observations=empty_observations(),
            problems=problems
            + hidden_sheets(book, read=set())
            + invisible_characters(book, tables=set()),
            facts=facts,
            tables=[t.reading for t in tables],
        )
    read = _TablesRead()
    for table in tables:
        _read_table(book, table, facts, into=read)
    problems = problems + read.problems
    first = readable[0]
    collect = ProblemCollector(book.file_label, first.reading.sheet)
    parts = read.parts
    figures = pd.concat(parts, ignore_index=True) if len(parts) > 1 else parts[0]
    if figures.empty and not has_errors(problems):
        collect.add("no_data_rows", cell=cell_ref(first.region.body_top, 0))
    catalogue = read_catalogue(book)
    figures, totals = _checked(figures, catalogue, hierarchy, crosswalk, collect)
    sheets_in_order = list(dict.fromkeys(t.reading.sheet for t in readable))
    return Dataset(
        file=book.file_label,
        sheet=first.reading.sheet,
        observations=_in_sheet_order(figures, sheets_in_order, several=len(parts) > 1),
        problems=problems
        + read.hidden
        + collect.problems
        + catalogue.collect.problems
        + hidden_sheets(book, read={t.reading.sheet for t in readable})
        + invisible_characters(book, tables={t.reading.sheet for t in readable}),
        totals=totals,
        sheets=read.sheets,
        facts=facts,
        hierarchy=hierarchy,
        tables=read.tables,
        # Tables refused beside those read: the briefing names them as figures still missing.
        missing=[
            MissingData(file=p.file, units=(), problem=p)  # the message names the table
            for p in problems
            if p.code == "table_not_read"
        ],
    )


@dataclass
class _TablesRead:
    """What the tables of a workbook gave, table by table: their figures' frames (typed
    totals among them), what was read of each sheet and table, the problems found in
    their cells, and the notes about their sheets (hidden rows, over-long texts)."""

    parts: list[pd.DataFrame] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    hidden: list[Problem] = field(default_factory=list)
    sheets: list[SheetReading] = field(default_factory=list)
    tables: list[TableReading] = field(default_factory=list)
    noted_sheets: set[str] = field(default_factory=set)


def _read_table(book: Workbook, table: ReadTable, facts: Facts, *, into: _TablesRead) -> None:
    """One table's cells parsed and its numbers accounted for (a refused table is only
    recorded as read)."""
    if not table.raws:
        into.tables.append(table.reading)
        return
    parsed_tables = []
    for raw in table.raws:
        parsed = parse_cells(raw, context=facts.period_context())
        parsed_tables.append(parsed)
        into.problems += parsed.problems
        summed = table.summary  # a 'Tổng hợp' sheet: a total of the unit sheets
        figures_read = parsed.figures.assign(summary_sheet=summed, total_column=raw.total_column)
        if summed:
            figures_read = figures_read.assign(typed_total=True)
        into.parts.append(figures_read)
    counted = sum(int((~p.figures["typed_total"]).sum()) for p in parsed_tables)
    assert table.sheet_reading is not None
    into.sheets.append(replace(table.sheet_reading, figures=counted))
    accounted = account_numbers(table, parsed_tables)
    into.problems += accounted.problems
    into.tables.append(
        replace(
            table.reading,
            figures=counted,
            numbers_read=accounted.read,
            numbers_not_read=accounted.not_read,
        )
    )
    sheet = table.reading.sheet
    if sheet not in into.noted_sheets:  # a hidden row is named once, not once per table
        into.noted_sheets.add(sheet)
        sheet_notes = ProblemCollector(book.file_label, sheet)
        every = pd.concat([p.figures for p in parsed_tables], ignore_index=True)
        hidden_rows(every, table.raws[0].hidden_rows, sheet_notes)
        for cell, length in book.sheet(sheet).long_texts:
            sheet_notes.add("text_too_long", cell=cell, value=f"{length:,}".replace(",", "."))
        into.hidden += sheet_notes.problems


def _checked(
    figures: pd.DataFrame,
    catalogue: Catalogue,
    hierarchy: Hierarchy,
    crosswalk: Crosswalk,
    collect: ProblemCollector,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The figures and the typed totals, checked against each other and on their own, the
    catalogue joined, and restated on today's units: (figures, totals)."""
    typed = figures["typed_total"].to_numpy(dtype=bool)
    totals, figures = figures[typed], figures[~typed]
    on_summary = totals["summary_sheet"].to_numpy(dtype=bool)
    across = totals["total_column"].to_numpy(dtype=bool)
    check_typed_totals(figures, totals[~on_summary & ~across], collect)
    check_total_columns(figures, totals[across], collect)
    check_sheet_totals(figures, totals[on_summary], collect)
    figures = attach_parents(figures, collect)
    figures = join_rates_to_counts(figures)
    figures = drop_duplicates(figures, collect)
    figures = apply_catalogue(figures, catalogue)
    figures = check_rates(figures, collect)
    figures = check_achievements(figures, collect)
    check_negative_figures(figures, collect)
    figures = apply_published_decimals(figures)
    check_groups(figures, collect)
    check_units_in_force(
        figures,
        hierarchy.in_force(),
        successors=frozenset(name_key(link.new) for link in crosswalk.links),
        collect=collect,
    )
    figures = restate(figures, crosswalk)  # old units' figures on today's units
    if not totals.empty:
        totals = totals.assign(parent=pd.Series([None] * len(totals), dtype=object).to_numpy())
        totals = check_rates(apply_catalogue(totals, catalogue), collect)
        totals = apply_published_decimals(check_achievements(totals, collect))
        totals = restate(totals, Crosswalk()).reset_index(drop=True)[list(OBSERVATION_COLUMNS)]
    else:
        totals = empty_observations()
    return figures, totals


def _in_sheet_order(figures: pd.DataFrame, sheets: list[str], *, several: bool) -> pd.DataFrame:
    """The observations in the order of the workbook's sheets, then of their rows (already
    so when one table gave them all in row order)."""
    if figures.empty:
        return empty_observations()
    order = pd.Series(figures["sheet"]).map({name: i for i, name in enumerate(sheets)})
    figures = figures.assign(_sheet_order=order.to_numpy())
    if several or not figures["row"].is_monotonic_increasing:
        figures = figures.sort_values(["_sheet_order", "row"], kind="stable")
    return figures.reset_index(drop=True)[list(OBSERVATION_COLUMNS)]
