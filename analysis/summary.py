"""The summary table: every figure (and group total) computed and formatted.

This is what `chiso summary` prints and what `--json` publishes (see
README, "JSON interface"): pure functions from a `Dataset` to a frame and to
plain records.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Mapping
from decimal import Decimal
from typing import Any

import pandas as pd

from .formatting import Lang, format_count, format_interval, format_rate, format_ratio
from .model import Dataset
from .periods import parse_period
from .stats import IntervalMethod, compute_indicators, group_totals

VOLUNTARY_NOTE: dict[Lang, str] = {
    "vi": "Khoảng tin cậy chỉ phản ánh sai số ngẫu nhiên, không phản ánh việc ai chọn đánh giá.",
    "en": "The interval covers chance alone, not who chose to answer.",
}
SAMPLE_NOTE: dict[Lang, str] = {
    "vi": "Khoảng tin cậy 95% của tỷ lệ ước lượng từ mẫu.",
    "en": "95% confidence interval of a rate estimated from a sample.",
}
METHOD_NAME: dict[str, str] = {"wilson": "Wilson", "exact": "Clopper–Pearson"}


def figure_text(row: Mapping[Hashable, Any], *, lang: Lang = "vi") -> str:
    """The figure as the report prints it, by the indicator's display style."""
    if row["display"] == "ratio":
        return format_ratio(row["numerator"], row["denominator"], lang=lang)
    if row["display"] == "rate":
        value: Decimal = row["value_exact"]
        return format_rate(value, factor=row["factor"], decimals=_decimals(value, row), lang=lang)
    return format_count(row["numerator"], lang=lang)


def _decimals(value: Decimal, row: Mapping[Hashable, Any]) -> int:
    """A whole rate prints as reports print it ('100%', not '100,0%'); others keep their
    decimals."""
    return 0 if value == value.to_integral_value() else int(row["decimals"])


def summarize(
    dataset: Dataset, *, lang: Lang = "vi", method: IntervalMethod = "wilson"
) -> pd.DataFrame:
    """Computed and formatted figures of a dataset, group totals after their parts.

    Text columns: `text` (the headline, as printed), `value_text` (the rate),
    `ratio_text` ('9.728/9.897'), `remainder_text` ('169'), `interval_text`, `interval_note`,
    `period_label`, `address` ('file › sheet › cell').
    """
    results = compute_indicators(dataset.observations, method=method)
    totals = group_totals(results)
    frames = [frame for frame in (results, totals) if not frame.empty]
    combined = pd.concat(frames, ignore_index=True) if frames else results
    combined = combined.sort_values(["row", "is_total"], kind="stable").reset_index(drop=True)
    texts: dict[str, list[str | None]] = {
        key: []
        for key in (
            "text",
            "value_text",
            "ratio_text",
            "remainder_text",
            "interval_text",
            "interval_note",
            "period_label",
            "address",
        )
    }
    for row in combined.to_dict("records"):
        has_base = row["denominator"] is not None and not _missing(row["denominator"])
        texts["text"].append(figure_text(row, lang=lang))
        if row["is_total"]:
            has_base = False  # a total is a count; its base is kept only for checking
        texts["ratio_text"].append(
            format_ratio(row["numerator"], row["denominator"], lang=lang) if has_base else None
        )
        texts["value_text"].append(_value_text(row, has_base=has_base, lang=lang))
        texts["remainder_text"].append(
            format_count(row["remainder"], lang=lang) if has_base else None
        )
        if _missing(row["ci_low"]):
            texts["interval_text"].append(None)
            texts["interval_note"].append(None)
        else:
            texts["interval_text"].append(
                format_interval(
                    row["ci_low"],
                    row["ci_high"],
                    factor=row["factor"],
                    decimals=int(row["decimals"]),
                    lang=lang,
                )
            )
            notes = VOLUNTARY_NOTE if row["measurement"] == "voluntary" else SAMPLE_NOTE
            texts["interval_note"].append(notes[lang])
        texts["period_label"].append(parse_period(row["period"]).label(lang=lang))
        texts["address"].append(" › ".join((row["file"], row["sheet"], row["cell_numerator"])))
    for key, values in texts.items():
        combined[key] = pd.Series(values, index=combined.index, dtype=object)
    return combined


def _value_text(row: Mapping[Hashable, Any], *, has_base: bool, lang: Lang) -> str:
    """The rate even where the headline is a ratio: 6/7 -> '85,7%', 12/12 -> '100%'."""
    if row["display"] == "rate" and not has_base:  # a rate typed as such ('98,3' in %)
        return figure_text(row, lang=lang)
    if not has_base or row["denominator"] == 0:
        return format_count(row["numerator"], lang=lang)
    value: Decimal = (
        row["value_exact"]
        if row["display"] != "count"
        else row["numerator"] * row["factor"] / row["denominator"]
    )
    decimals = _decimals(value, row)
    if row["display"] != "rate" and decimals == 0 and value != value.to_integral_value():
        decimals = 1  # a ratio's rate ('6/7' -> '85,7%') needs at least one decimal
    return format_rate(value, factor=row["factor"], decimals=decimals, lang=lang)


def summary_records(summary: pd.DataFrame) -> list[dict[str, Any]]:
    """The public JSON rows (field list in README, 'JSON interface')."""
    records = []
    for row in summary.to_dict("records"):
        records.append(
            {
                "indicator": _text_or_none(row["indicator"]),
                "code": _text_or_none(row["code"]),
                "unit": _text_or_none(row["unit"]),
                "period": _text_or_none(row["period"]),
                "period_label": _text_or_none(row["period_label"]),
                "numerator": _json_number(row["numerator"]),
                "denominator": _json_number(row["denominator"]),
                "value": _json_number(row["value"]),
                "ci_low": _json_number(row["ci_low"]),
                "ci_high": _json_number(row["ci_high"]),
                "interval_method": METHOD_NAME.get(row["interval_method"] or ""),
                "interval_note": _text_or_none(row["interval_note"]),
                "text": _text_or_none(row["text"]),
                "value_text": _text_or_none(row["value_text"]),
                "ratio_text": _text_or_none(row["ratio_text"]),
                "interval_text": _text_or_none(row["interval_text"]),
                "measure": _text_or_none(row["measure"]),
                "group": _text_or_none(row["group"]),
                "is_total": bool(row["is_total"]),
                "display": _text_or_none(row["display"]),
                "measurement": _text_or_none(row["measurement"]),
                "factor": _json_number(row["factor"]),
                "decimals": int(row["decimals"]),
                "section": _text_or_none(row["section"]),
                "theme": _text_or_none(row["theme"]),
                "note": _text_or_none(row["note"]),
                "source": _text_or_none(row["source"]),
                "file": _text_or_none(row["file"]),
                "sheet": _text_or_none(row["sheet"]),
                "cell": _text_or_none(row["cell_numerator"]),
                "address": _text_or_none(row["address"]),
            }
        )
    return records


def _text_or_none(value: object) -> str | None:
    """pandas stores a blank text as NaN; JSON wants null."""
    return None if _missing(value) else str(value)


def _missing(value: object) -> bool:
    if value is None:
        return True
    return isinstance(value, float) and math.isnan(value)


def _json_number(value: object) -> int | float | None:
    if _missing(value):
        return None
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (int, float)):
        return value
    return float(str(value))
