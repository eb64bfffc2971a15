"""chiso: Vietnamese indicator workbooks turned into checked figures, charts and briefings.

Public API (see README):

    >>> import analysis
    >>> dataset = analysis.load("data/ke-hoach-83-quang-ngai.xlsx")
    >>> dataset.ok
    True
    >>> table = analysis.summarize(dataset)          # computed + formatted, vi
    >>> table.loc[table["code"] == "STDV", "text"].item()
    '98,3%'

Names are imported on first use, so `import analysis` (and a `chiso build` that
finds nothing to do) stays fast and does nothing at import time.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ChisoError": "errors",
    "Problem": "errors",
    "ValidationError": "errors",
    "WorkbookError": "errors",
    "format_change": "formatting",
    "format_count": "formatting",
    "format_interval": "formatting",
    "format_number": "formatting",
    "format_rate": "formatting",
    "format_ratio": "formatting",
    "load": "reading.load",
    "Dataset": "model",
    "Period": "periods",
    "parse_period": "periods",
    "aggregate_periods": "stats",
    "compute_indicators": "stats",
    "group_totals": "stats",
    "period_changes": "stats",
    "proportion_interval": "stats",
    "proportion_intervals": "stats",
    "name_key": "text",
    "summarize": "summary",
    "summary_records": "summary",
    "prepare_briefing": "briefing",
    "explore": "notebook",
    "chart_of": "notebook",
    "Exploration": "exploring",
    "FilterError": "exploring",
    "save_chart": "saving",
}

__all__ = [
    "ChisoError",
    "Dataset",
    "Exploration",
    "FilterError",
    "Period",
    "Problem",
    "ValidationError",
    "WorkbookError",
    "aggregate_periods",
    "chart_of",
    "compute_indicators",
    "explore",
    "format_change",
    "format_count",
    "format_interval",
    "format_number",
    "format_rate",
    "format_ratio",
    "group_totals",
    "load",
    "name_key",
    "parse_period",
    "period_changes",
    "prepare_briefing",
    "proportion_interval",
    "proportion_intervals",
    "save_chart",
    "summarize",
    "summary_records",
]

if TYPE_CHECKING:
    from .briefing import prepare_briefing
    from .errors import ChisoError, Problem, ValidationError, WorkbookError
    from .exploring import Exploration, FilterError
    from .formatting import (
        format_change,
        format_count,
        format_interval,
        format_number,
        format_rate,
        format_ratio,
    )
    from .model import Dataset
    from .notebook import chart_of, explore
    from .periods import Period, parse_period
    from .reading.load import load
    from .saving import save_chart
    from .stats import (
        aggregate_periods,
        compute_indicators,
        group_totals,
        period_changes,
        proportion_interval,
        proportion_intervals,
    )
    from .summary import summarize, summary_records
    from .text import name_key


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
