"""chiso: Vietnamese indicator workbooks turned into checked figures, charts and briefings.

Public API (see README):

    >>> import analysis
    >>> dataset = analysis.load("data/ke-hoach-83-quang-ngai.xlsx")
    >>> dataset.ok
    True
    >>> table = analysis.summarize(dataset)          # computed + formatted, vi
    >>> table.loc[table["code"] == "STDV", "text"].item()
    '98,3%'
"""

from .errors import ChisoError, Problem, ValidationError, WorkbookError
from .formatting import (
    format_change,
    format_count,
    format_interval,
    format_number,
    format_rate,
    format_ratio,
)
from .loading import load
from .model import Dataset
from .periods import Period, parse_period
from .stats import compute_indicators, group_totals, period_changes, proportion_interval
from .summary import summarize, summary_records

__all__ = [
    "ChisoError",
    "Dataset",
    "Period",
    "Problem",
    "ValidationError",
    "WorkbookError",
    "compute_indicators",
    "format_change",
    "format_count",
    "format_interval",
    "format_number",
    "format_rate",
    "format_ratio",
    "group_totals",
    "load",
    "parse_period",
    "period_changes",
    "proportion_interval",
    "summarize",
    "summary_records",
]
__version__ = "0.1.0"
