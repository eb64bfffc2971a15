"""chiso: Vietnamese indicator workbooks turned into checked figures, charts and briefings.

Public API (docs/exploring.md):

    >>> import analysis
    >>> dataset = analysis.load("data/ke-hoach-83-quang-ngai.xlsx")
    >>> dataset.ok
    True
    >>> table = analysis.summarize(dataset)          # computed + formatted, vi
    >>> table.loc[table["code"] == "STDV", "text"].item()
    '98,3%'

Names are imported on first use, so `import analysis` (and a `chiso build` that
finds nothing to do) stays fast and does nothing at import time. The modules and
folders are reachable the same way: `analysis.notebook`, `analysis.exploring` or
`analysis.present` are imported when first named.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "ChisoError": "model.errors",
    "Problem": "model.errors",
    "WorkbookError": "model.errors",
    "format_change": "present.formatting",
    "format_count": "present.formatting",
    "format_interval": "present.formatting",
    "format_number": "present.formatting",
    "format_rate": "present.formatting",
    "format_ratio": "present.formatting",
    "load": "reading.load",
    "Dataset": "model.dataset",
    "Period": "model.periods",
    "parse_period": "model.periods",
    "aggregate_periods": "compute.period_totals",
    "compute_indicators": "compute.stats",
    "group_totals": "compute.stats",
    "period_changes": "compute.stats",
    "proportion_interval": "compute.stats",
    "proportion_intervals": "compute.stats",
    "name_key": "model.text",
    "summarize": "present.summary",
    "summary_records": "present.summary",
    "prepare_briefing": "present.briefing",
    "explore": "notebook",
    "chart_of": "notebook",
    "Exploration": "exploring",
    "FilterError": "exploring",
    "save_chart": "run.saving",
}

# Modules and folders reachable as attributes (`analysis.notebook`), imported on first use.
_SUBMODULES = frozenset(
    {"cli", "compute", "exploring", "model", "notebook", "present", "reading", "run"}
)

__all__ = [
    "ChisoError",
    "Dataset",
    "Exploration",
    "FilterError",
    "Period",
    "Problem",
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
    from .compute.period_totals import aggregate_periods
    from .compute.stats import (
        compute_indicators,
        group_totals,
        period_changes,
        proportion_interval,
        proportion_intervals,
    )
    from .exploring import Exploration, FilterError
    from .model.dataset import Dataset
    from .model.errors import ChisoError, Problem, WorkbookError
    from .model.periods import Period, parse_period
    from .model.text import name_key
    from .notebook import chart_of, explore
    from .present.briefing import prepare_briefing
    from .present.formatting import (
        format_change,
        format_count,
        format_interval,
        format_number,
        format_rate,
        format_ratio,
    )
    from .present.summary import summarize, summary_records
    from .reading.load import load
    from .run.saving import save_chart


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:  # importing a submodule binds it here too
        return importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS, *_SUBMODULES})
