"""The frames that cross a boundary, declared once: their columns, kinds and nullability.

Three frames leave one step for another: the observations `reading.load` returns (one row
per figure), the summary `compute.summary.compute_summary` computes and
`present.summary.summarize` adds texts to, and the trends `compute.trends.series_trends`
finds. Each is declared here as a `Schema`: its columns in order, each with a name, a kind
(a family of dtypes: text, float, int, bool, date, period), whether it may be blank, the
values it may take when it is a coded column, and a one-line meaning. `problems` says,
column by column, how a frame differs from its schema; `check` raises `SchemaError` with
all of it. The tests check real frames at each boundary (`tests/test_schemas.py`).

Why a schema of our own and not pandera: pandera is a heavy dependency (with typeguard,
typing-inspect and its own pins on pandas and numpy versions) for three frames whose needs
are names in order, dtype families, blanks and a few coded vocabularies, all checked in
about a hundred lines here; and the model must stay importable without it. What is
checked: the exact columns and their order, each column's dtype family (a text column is
object or string dtype holding only text), blanks (None, NaN, NaT) where a column may not
have them, and coded columns' values against their Literal vocabularies.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, get_args

from .errors import ChisoError
from .periods import Period, PeriodKind
from .vocabulary import Aggregation, Direction, Display, Measurement, TargetStatus

if TYPE_CHECKING:
    import pandas as pd

# A family of dtypes: 'text' is object or string dtype holding str; 'period' is object dtype
# holding `periods.Period`; 'date' is datetime64 of any resolution.
Kind = Literal["text", "float", "int", "bool", "date", "period"]
# The dtype of each kind in a frame with no rows (dates to the second, as `load` gives them).
_EMPTY_DTYPES: dict[Kind, str] = {
    "text": "object",
    "float": "float64",
    "int": "int64",
    "bool": "bool",
    "date": "datetime64[s]",
    "period": "object",
}


@dataclass(frozen=True)
class Column:
    """One column of a frame: its name, kind, whether it may be blank, its allowed values
    (a coded column; empty: any) and what it holds."""

    name: str
    kind: Kind
    meaning: str
    nullable: bool = False
    values: tuple[str, ...] = ()


@dataclass(frozen=True)
class Schema:
    """A frame's columns, in order."""

    name: str
    columns: tuple[Column, ...]

    @property
    def names(self) -> tuple[str, ...]:
        """The column names, in order."""
        return tuple(column.name for column in self.columns)

    def column(self, name: str) -> Column:
        """The column called `name` (KeyError when there is none)."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def empty(self) -> pd.DataFrame:
        """A frame of this schema with no rows, each column of its kind's dtype."""
        import pandas as pd

        return pd.DataFrame(
            {column.name: pd.Series(dtype=_EMPTY_DTYPES[column.kind]) for column in self.columns}
        )

    def extended(self, name: str, columns: tuple[Column, ...]) -> Schema:
        """This schema's columns followed by `columns`, under another name."""
        return Schema(name, self.columns + columns)


class SchemaError(ChisoError):
    """A frame that does not match its schema; `problems` lists every difference."""

    def __init__(self, schema: Schema, problems: list[str]) -> None:
        super().__init__(f"{schema.name}: " + "; ".join(problems))
        self.schema = schema
        self.problems = problems


def _kind_problem(series: pd.Series, column: Column) -> str | None:
    """What is wrong with the column's dtype family, or None."""
    import pandas as pd

    dtype = series.dtype
    expected = {"float": "f", "int": "i", "bool": "b", "date": "M"}
    if column.kind in expected:
        return None if dtype.kind == expected[column.kind] else f"dtype {dtype}, not {column.kind}"
    if not (dtype.kind == "O" or isinstance(dtype, pd.StringDtype)):
        return f"dtype {dtype}, not {column.kind}"
    filled = series[series.notna()]
    if column.kind == "text":
        found = pd.api.types.infer_dtype(filled, skipna=True)
        return None if found in ("string", "empty") else f"holds {found} values, not text"
    strangers = sorted({type(v).__name__ for v in filled if not isinstance(v, Period)})
    return f"holds {', '.join(strangers)}, not Period" if strangers else None


def problems(frame: pd.DataFrame, schema: Schema) -> list[str]:
    """Every way `frame` differs from `schema`, one line per column: missing, unexpected or
    out of order, of the wrong dtype family, blank where it may not be, or holding a value
    outside its vocabulary. Empty when the frame matches."""
    found: list[str] = []
    names = [str(name) for name in frame.columns]
    missing = [name for name in schema.names if name not in names]
    extra = [name for name in names if name not in schema.names]
    found += [f"column «{name}» is missing" for name in missing]
    found += [f"column «{name}» is not in the schema" for name in extra]
    if not missing and not extra and tuple(names) != schema.names:
        first = next(i for i, (a, b) in enumerate(zip(names, schema.names, strict=True)) if a != b)
        found.append(f"column «{names[first]}» is where «{schema.names[first]}» should be")
    for column in schema.columns:
        if column.name not in names:
            continue
        series = frame[column.name]
        kind = _kind_problem(series, column)
        if kind is not None:
            found.append(f"column «{column.name}»: {kind}")
        blanks = int(series.isna().sum())
        if blanks and not column.nullable:
            found.append(f"column «{column.name}»: {blanks} blank values, none allowed")
        if column.values:
            odd = sorted({str(v) for v in series[series.notna()].unique()} - set(column.values))
            if odd:
                found.append(f"column «{column.name}»: values {odd} not in {list(column.values)}")
    return found


def check(frame: pd.DataFrame, schema: Schema) -> pd.DataFrame:
    """The frame itself when it matches `schema`; else `SchemaError` naming every column
    that does not."""
    found = problems(frame, schema)
    if found:
        raise SchemaError(schema, found)
    return frame


def _codes(vocabulary: object) -> tuple[str, ...]:
    return tuple(str(value) for value in get_args(vocabulary))


def _text(name: str, meaning: str, *, nullable: bool = True) -> Column:
    return Column(name, "text", meaning, nullable=nullable)


def _float(name: str, meaning: str, *, nullable: bool = True) -> Column:
    return Column(name, "float", meaning, nullable=nullable)


OBSERVATIONS = Schema(
    "observations",
    (
        _text("indicator", "name as written in the workbook (NFC, single spaces)", nullable=False),
        _text("code", "short code, or None"),
        _text("unit", "organisation the figure is for", nullable=False),
        _text("period", "canonical period code, e.g. '2022/2024S1'", nullable=False),
        Column("period_kind", "text", "kind of period", values=_codes(PeriodKind)),
        Column("period_start", "date", "first day of the period"),
        Column("period_end", "date", "last day of the period (included)"),
        Column("period_parsed", "period", "the Period, typed once when the cell was read"),
        _float("numerator", "the count (or the figure itself)", nullable=False),
        _float("denominator", "the base, NaN for a plain count"),
        _float("printed_rate", "the rate printed beside the count, in the indicator's unit"),
        _text("group", "the group a figure is totalled in (`Nhóm`), or None"),
        _text("measure", "unit of measure, e.g. 'lượt', or None"),
        _text("note", "the row's note, or None"),
        _text("source", "where the row's figure comes from, as written, or None"),
        _text("section", "heading row above the figure, if any"),
        _text("parent", "the figure this one is a part of ('Trong đó:', 'a)', '-'), or None"),
        _float("factor", "100 for %, 1000 for ‰, 1 for counts", nullable=False),
        Column("decimals", "int", "decimals the figure is printed with"),
        Column("measurement", "text", "how it was measured", values=_codes(Measurement)),
        Column("direction", "text", "which way is better", True, _codes(Direction)),
        _float("target", "the plan beside the figure ('Kế hoạch'), else the catalogue's"),
        _text("target_period", "the period code the plan is for, when its header says"),
        Column("aggregation", "text", "how periods add up", values=_codes(Aggregation)),
        Column("display", "text", "how the figure is shown", values=_codes(Display)),
        _text("theme", "catalogue theme, or None"),
        _text("file", "the workbook's path", nullable=False),
        _text("sheet", "the sheet's name", nullable=False),
        Column("row", "int", "Excel row number (1-based)"),
        _text("cell_numerator", "A1 reference of the count", nullable=False),
        _text("cell_denominator", "A1 reference of the base, or None"),
        _text("cell_period", "A1 reference of the period, or None"),
        _text("cell_indicator", "A1 reference of the indicator's name, or None"),
        _text("cell_rate", "A1 reference of the printed rate, or None"),
        _float("printed_achievement", "the printed share of the plan, in per cent"),
        Column("achievement_decimals", "int", "decimals of that share (-1: none printed)"),
        _text("cell_target", "A1 reference of the plan, or None"),
        _text("cell_achievement", "A1 reference of the printed share of the plan, or None"),
        Column("estimate", "bool", "restated on today's unit with a share of a split unit"),
        _text("restated_from", "the old units a restated figure comes from, joined, or None"),
    ),
)

# `compute.summary.compute_summary`: the observations (and totals) with their values.
SUMMARY_NUMBERS = OBSERVATIONS.extended(
    "summary numbers",
    (
        _float("remainder", "denominator − numerator (not yet reached), NaN without a base"),
        _float("value", "the figure in its own unit (per cent for factor 100)", nullable=False),
        _float("ci_low", "interval's lower bound in the indicator's unit, NaN where none"),
        _float("ci_high", "interval's upper bound in the indicator's unit, NaN where none"),
        _text("interval_method", "'wilson' or 'exact' where an interval applies, else blank"),
        Column("target_status", "text", "against its target", True, _codes(TargetStatus)),
        _float("achievement", "share of the plan achieved, in per cent"),
        Column("is_total", "bool", "a total (a group's, typed in the sheet, rolled up)"),
        _float("change_value", "change from the period before: pp for a rate, % for a count"),
        Column("change_unit", "text", "unit of change_value", True, ("pp", "%")),
        _float("change_amount", "a count's difference from the period before"),
        _text("change_from", "the period code compared with, or None"),
        _float("change_ci_low", "lower bound of the change's interval (pp), NaN where none"),
        _float("change_ci_high", "upper bound of the change's interval (pp), NaN where none"),
        Column("unit_depth", "int", "where the unit stands: 0 at the top"),
        _text("unit_level", "the unit's `Cấp` from the `Đơn vị` sheet, or None"),
    ),
)

# `present.summary.summarize`: the numbers with their texts (`present.summary.TEXT_COLUMNS`).
SUMMARY = SUMMARY_NUMBERS.extended(
    "summary",
    (
        _text("text", "the headline as printed: rate, ratio or count", nullable=False),
        _text("value_text", "the rate as printed ('98,3%')", nullable=False),
        _text("ratio_text", "count over base ('9.728/9.897'), None without a base"),
        _text("remainder_text", "the remainder as printed ('169'), None without a base"),
        _text("interval_text", "the interval as printed, None where none"),
        _text("interval_note", "what the interval does and does not say, None where none"),
        _text("period_label", "the period as a report names it", nullable=False),
        _text("address", "'file › sheet › cell' of the count", nullable=False),
        _text("achievement_text", "share of the plan as printed, None without a plan"),
        _text("printed_rate_text", "the printed rate as printed, None where none"),
    ),
)

# `compute.trends.series_trends` (`TREND_COLUMNS`); the JSON's `trends` are `TREND_FIELDS`
# of it, with a sentence.
TRENDS = Schema(
    "trends",
    (
        _text("indicator", "the indicator", nullable=False),
        _text("code", "its short code, or None"),
        _text("unit", "the unit", nullable=False),
        Column("period_kind", "text", "kind of the series' periods", values=_codes(PeriodKind)),
        Column("n_periods", "int", "periods in the series (two or more)"),
        _text("first_period", "code of the first period", nullable=False),
        _text("last_period", "code of the last period", nullable=False),
        Column("first_parsed", "period", "the first Period"),
        Column("last_parsed", "period", "the last Period"),
        _float("first_value", "value of the first period, in the indicator's unit"),
        _float("last_value", "value of the last period, in the indicator's unit"),
        _float("sen_slope_per_year", "Theil–Sen slope per year; NaN below five periods"),
        _float("mann_kendall_s", "Mann–Kendall S; NaN below five periods"),
        _float("mann_kendall_var", "variance of S with ties; NaN below five periods"),
        _float("mann_kendall_p", "two-sided p of Mann–Kendall; NaN below five periods"),
        _float("factor", "100 for %, 1000 for ‰, 1 for counts", nullable=False),
        Column("decimals", "int", "decimals the figures are printed with"),
        Column("display", "text", "how the figure is shown", values=_codes(Display)),
        _text("measure", "unit of measure, or None"),
        Column("direction", "text", "which way is better", True, _codes(Direction)),
    ),
)
