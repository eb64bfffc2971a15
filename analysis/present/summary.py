"""The summary table as chiso prints and publishes it: computed figures with their texts.

`summarize` is what `chiso summary` prints and what `--json` publishes (see the JSON
interface page, docs/json.md): the numbers come computed from `compute.summary`; this
module adds the texts as Vietnamese reports print them (9.728/9.897, 98,3%), column by
column, so a 100.000-row workbook formats in well under a second, and turns the frame into
the public JSON rows.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt
import pandas as pd

from ..compute.stats import IntervalMethod
from ..compute.summary import compute_summary
from ..model.dataset import Dataset, frame_records
from ..model.labels import ALL_UNITS, INTERVAL_NOTE, METHOD_NAME, Lang
from ..model.periods import Period
from ..model.rates import compute_rate, is_whole
from ..model.schemas import SUMMARY, SUMMARY_NUMBERS
from .formatting import format_counts, format_interval, format_rates

# The texts `summarize` adds to the computed numbers, declared in the summary's schema.
TEXT_COLUMNS = SUMMARY.names[len(SUMMARY_NUMBERS.names) :]


def _concat(*parts: npt.ArrayLike) -> npt.NDArray[np.object_]:
    result = np.asarray(parts[0], dtype=object)
    for part in parts[1:]:
        result = result + np.asarray(part, dtype=object)
    return np.asarray(result, dtype=object)


def _where(mask: npt.ArrayLike, texts: Any, other: Any) -> npt.NDArray[np.object_]:
    """Texts where `mask`, else `other` (a text, None, or an array of either)."""
    keep = np.asarray(mask, dtype=bool)
    result = np.empty(keep.shape, dtype=object)
    result[...] = _objects(other, keep.shape)
    result[keep] = _objects(texts, keep.shape)[keep]
    return result


def _objects(values: Any, shape: tuple[int, ...]) -> npt.NDArray[np.object_]:
    """A text, None or a sequence of them, as an object array of `shape`."""
    if isinstance(values, (list, np.ndarray)):
        return np.asarray(values, dtype=object)
    filled = np.empty(shape, dtype=object)
    filled[...] = values
    return filled


def _shown_decimals(
    value: npt.NDArray[np.float64], decimals: npt.NDArray[np.int64]
) -> npt.NDArray[np.int64]:
    """A whole rate prints as reports print it ('100%', not '100,0%'); others keep their
    decimals. 'Whole' is judged on the exact value, before rounding."""
    return np.where(is_whole(value), 0, decimals).astype(np.int64)


def format_summary(combined: pd.DataFrame, *, lang: Lang = "vi") -> pd.DataFrame:
    """The text columns (`TEXT_COLUMNS`) of computed rows, added to a copy."""
    if len(combined) == 0:
        return combined.assign(**{key: pd.Series(dtype=object) for key in TEXT_COLUMNS})
    texts = {
        **_figure_texts(combined, lang=lang),
        **_plan_texts(combined, lang=lang),
        **_interval_texts(combined, lang=lang),
        "period_label": _period_labels(combined, lang=lang),
        "address": _concat(
            combined["file"].astype(str).to_numpy(dtype=object),
            " › ",
            combined["sheet"].astype(str).to_numpy(dtype=object),
            " › ",
            combined["cell_numerator"].astype(str).to_numpy(dtype=object),
        ),
    }
    # Object columns keep None as None (pandas would otherwise infer text with NaN).
    return combined.assign(
        **{key: pd.Series(texts[key], index=combined.index, dtype=object) for key in TEXT_COLUMNS}
    )


def _has_base(combined: pd.DataFrame) -> npt.NDArray[np.bool_]:
    """Rows whose figure has a base of its own: a group's total shares its parts' base (a
    count); a roll-up or a typed total of a rate has its own summed base."""
    denominator = combined["denominator"].to_numpy(dtype=np.float64)
    total = combined["is_total"].to_numpy(dtype=bool)
    display = combined["display"].to_numpy(dtype=object)
    return np.asarray(~np.isnan(denominator) & (~total | (display != "count")), dtype=bool)


def _figure_texts(combined: pd.DataFrame, *, lang: Lang) -> dict[str, npt.NDArray[np.object_]]:
    """`text` (the headline as printed), `value_text` (the rate), `ratio_text`
    ('9.728/9.897') and `remainder_text` ('169')."""
    numerator = combined["numerator"].to_numpy(dtype=np.float64)
    denominator = combined["denominator"].to_numpy(dtype=np.float64)
    factor = combined["factor"].to_numpy(dtype=np.float64)
    decimals = combined["decimals"].to_numpy(dtype=np.int64)
    value = combined["value"].to_numpy(dtype=np.float64)
    display = combined["display"].to_numpy(dtype=object)
    has_base = _has_base(combined)

    counts = np.asarray(format_counts(numerator, lang=lang), dtype=object)
    bases = np.asarray(format_counts(denominator, lang=lang), dtype=object)
    ratio = _concat(counts, "/", _where(np.isnan(denominator), "", bases))
    rate = np.asarray(
        format_rates(value, factors=factor, decimals=_shown_decimals(value, decimals), lang=lang),
        dtype=object,
    )
    text = _where(display == "ratio", ratio, _where(display == "rate", rate, counts))

    # The rate even where the headline is a ratio: 6/7 -> '85,7%', 12/12 -> '100%'.
    share = np.where(display == "count", compute_rate(numerator, denominator, factor), value)
    share_decimals = _shown_decimals(share, decimals)
    needs_one = (display != "rate") & (share_decimals == 0) & ~is_whole(share)
    share_decimals = np.where(needs_one, 1, share_decimals)
    with np.errstate(invalid="ignore"):
        zero_base = has_base & (denominator == 0)
    share_text = np.asarray(
        format_rates(
            np.where(has_base & ~zero_base, share, np.nan),
            factors=factor,
            decimals=share_decimals,
            lang=lang,
        ),
        dtype=object,
    )
    typed_rate = (display == "rate") & ~has_base
    remainder = combined["remainder"].to_numpy(dtype=np.float64)
    return {
        "text": text,
        "value_text": _where(typed_rate, text, _where(has_base & ~zero_base, share_text, counts)),
        "ratio_text": _where(has_base, ratio, None),
        "remainder_text": _where(has_base, format_counts(remainder, lang=lang), None),
    }


def _plan_texts(combined: pd.DataFrame, *, lang: Lang) -> dict[str, npt.NDArray[np.object_]]:
    """`achievement_text`, the share of the plan achieved ('110%') with the decimals the
    sheet prints it with, and `printed_rate_text`, a rate printed beside its count ('Năm
    2023: Số lượng | Tỷ lệ (%)'), as printed: per cent."""
    factor = combined["factor"].to_numpy(dtype=np.float64)
    achievement = combined["achievement"].to_numpy(dtype=np.float64)
    printed = combined["achievement_decimals"].to_numpy(dtype=np.int64)
    ones = np.ones(len(combined), np.int64)
    achievement_text = format_rates(
        achievement,
        factors=100.0,
        decimals=np.where(printed >= 0, printed, _shown_decimals(achievement, ones)),
        lang=lang,
    )
    printed_rate = combined["printed_rate"].to_numpy(dtype=np.float64)
    printed_rate_text = format_rates(
        printed_rate,
        factors=np.where(factor == 1000.0, 1000.0, 100.0),
        decimals=_own_decimals(printed_rate),
        lang=lang,
    )
    return {
        "achievement_text": np.asarray(achievement_text, dtype=object),
        "printed_rate_text": np.asarray(printed_rate_text, dtype=object),
    }


def _interval_texts(combined: pd.DataFrame, *, lang: Lang) -> dict[str, npt.NDArray[np.object_]]:
    """`interval_text` ('96,1%–96,8%') and `interval_note` (what it does not say), where
    the figure has an interval."""
    n = len(combined)
    factor = combined["factor"].to_numpy(dtype=np.float64)
    decimals = combined["decimals"].to_numpy(dtype=np.int64)
    low = combined["ci_low"].to_numpy(dtype=np.float64)
    high = combined["ci_high"].to_numpy(dtype=np.float64)
    interval_text = np.full(n, None, dtype=object)
    interval_note = np.full(n, None, dtype=object)
    for i in np.flatnonzero(~np.isnan(low)):
        interval_text[i] = format_interval(
            float(low[i]),
            float(high[i]),
            factor=float(factor[i]),
            decimals=int(decimals[i]),
            lang=lang,
        )
        interval_note[i] = INTERVAL_NOTE["sample"][lang]
    return {"interval_text": interval_text, "interval_note": interval_note}


def _period_labels(combined: pd.DataFrame, *, lang: Lang) -> npt.NDArray[np.object_]:
    """Each row's period label, each distinct period labelled once, keyed by its code
    (hashing text, not Period objects)."""
    codes, uniques = pd.factorize(combined["period"], use_na_sentinel=True)
    first = pd.Series(np.arange(len(codes))).groupby(codes).first()
    parsed = combined["period_parsed"].to_numpy(dtype=object)
    lookup = np.array(
        [_label(parsed[first[i]], lang) for i in range(len(uniques))] + [None], dtype=object
    )
    labels = pd.Series(lookup[np.where(codes >= 0, codes, len(uniques))])
    return labels.to_numpy(dtype=object)


def _own_decimals(values: npt.NDArray[np.float64]) -> npt.NDArray[np.int64]:
    """The decimals each number is stored with (at most 4): 98.3 -> 1, 95.25 -> 2."""
    result = np.zeros(len(values), dtype=np.int64)
    finite = np.isfinite(values)
    for digits in range(1, 5):
        scaled = np.round(values * 10.0 ** (digits - 1), 9)
        needs = finite & (np.abs(scaled - np.round(scaled)) > 1e-9)
        result[needs] = digits
    return result


def _label(period: object, lang: Lang) -> str | None:
    return period.label(lang=lang) if isinstance(period, Period) else None


def summarize(
    dataset: Dataset, *, lang: Lang = "vi", method: IntervalMethod = "wilson"
) -> pd.DataFrame:
    """Computed and formatted figures of a dataset, group totals after their parts
    (`compute.summary.compute_summary`), with the text columns (`TEXT_COLUMNS`): `text`
    (the headline, as printed), `value_text` (the rate), `ratio_text` ('9.728/9.897'),
    `remainder_text` ('169'), `interval_text`, `interval_note`, `period_label`, `address`
    ('file › sheet › cell'), `achievement_text`, `printed_rate_text`.
    """
    top = dataset.facts.organisation or ALL_UNITS[lang]
    return format_summary(compute_summary(dataset, top=top, method=method), lang=lang)


# -- the public JSON rows ----------------------------------------------------------------------

RECORD_FIELDS: tuple[tuple[str, str, str], ...] = (
    # (JSON field, summary column, kind)
    ("indicator", "indicator", "text"),
    ("code", "code", "text"),
    ("unit", "unit", "text"),
    ("period", "period", "text"),
    ("period_label", "period_label", "text"),
    ("period_start", "period_start", "date"),
    ("period_end", "period_end", "date"),
    ("period_kind", "period_kind", "text"),
    ("numerator", "numerator", "number"),
    ("denominator", "denominator", "number"),
    ("value", "value", "float"),
    ("ci_low", "ci_low", "float"),
    ("ci_high", "ci_high", "float"),
    ("interval_method", "interval_method", "method"),
    ("interval_note", "interval_note", "text"),
    ("text", "text", "text"),
    ("value_text", "value_text", "text"),
    ("ratio_text", "ratio_text", "text"),
    ("interval_text", "interval_text", "text"),
    ("measure", "measure", "text"),
    ("group", "group", "text"),
    ("is_total", "is_total", "bool"),
    ("display", "display", "text"),
    ("measurement", "measurement", "text"),
    ("factor", "factor", "number"),
    ("decimals", "decimals", "int"),
    ("section", "section", "text"),
    ("theme", "theme", "text"),
    ("note", "note", "text"),
    ("source", "source", "text"),
    ("file", "file", "text"),
    ("sheet", "sheet", "text"),
    ("cell", "cell_numerator", "text"),
    ("address", "address", "text"),
    # Issue 7: the parent a part is listed under, and the plan and the share of it achieved.
    ("parent", "parent", "text"),
    ("target", "target", "number"),
    ("achievement", "achievement", "float"),
    ("achievement_text", "achievement_text", "text"),
    # Issue 8: the target's status in the indicator's direction ('vượt', 'đạt', 'chưa đạt').
    ("target_status", "target_status", "text"),
    # Reorganised units: a figure restated on today's unit, and whether it is an estimate.
    ("estimate", "estimate", "bool"),
    ("restated_from", "restated_from", "text"),
    # Issue 15: a rate printed beside its count, kept as printed (per cent).
    ("printed_rate", "printed_rate", "float"),
    ("printed_rate_text", "printed_rate_text", "text"),
)
# `change` is an object of its own (see `_changes`), after the fields above.


def _json_column(values: pd.Series, kind: str) -> list[Any]:
    """One column of the JSON rows: None for blanks, whole numbers as ints, done in numpy."""
    if kind == "bool":
        return values.astype(bool).tolist()
    if kind == "date":  # ISO dates, both ends included
        days = values.to_numpy(dtype="datetime64[D]")
        iso = np.datetime_as_string(days, unit="D").astype(object)
        iso[np.isnat(days)] = None
        return list(iso.tolist())
    if kind == "int":
        return values.astype(np.int64).tolist()
    if kind in ("text", "method"):
        texts = values.astype(object).where(values.notna(), None)
        if kind == "method":
            texts = texts.map(METHOD_NAME).astype(object).where(texts.notna(), None)
        return texts.tolist()
    array = values.to_numpy(dtype=np.float64)
    missing = np.isnan(array)
    result = array.astype(object)
    if kind == "number":
        whole = is_whole(array)
        result[whole] = array[whole].astype(np.int64).astype(object)
    result[missing] = None
    return result.tolist()


def summary_records(summary: pd.DataFrame) -> list[dict[str, Any]]:
    """The public JSON rows (field list in docs/json.md)."""
    names = [name for name, _, _ in RECORD_FIELDS] + ["change"]
    columns = [_json_column(summary[column], kind) for _, column, kind in RECORD_FIELDS]
    columns.append(_changes(summary))
    # Every column has one value per row, so the rows are zipped without checking lengths.
    return [dict(zip(names, values)) for values in zip(*columns)]  # noqa: B905


def _changes(summary: pd.DataFrame) -> list[dict[str, Any] | None]:
    """Each row's `change`: {value, unit ('pp' or '%'), amount (a count's difference),
    compared_with (the period code), ci_low, ci_high (a sample's interval, in pp)}, or
    None where there is no earlier period to compare with."""
    compared = summary["change_from"].to_numpy(dtype=object)
    present = np.flatnonzero(pd.notna(compared))
    changes: list[dict[str, Any] | None] = [None] * len(summary)
    if not len(present):
        return changes
    picked = summary.iloc[present]
    fields = {
        "value": _json_column(picked["change_value"], "float"),
        "unit": _json_column(picked["change_unit"], "text"),
        "amount": _json_column(picked["change_amount"], "number"),
        "compared_with": _json_column(picked["change_from"], "text"),
        "ci_low": _json_column(picked["change_ci_low"], "float"),
        "ci_high": _json_column(picked["change_ci_high"], "float"),
    }
    names = list(fields)
    rows = zip(*fields.values(), strict=True)
    for position, values in zip(present.tolist(), rows, strict=True):
        changes[position] = dict(zip(names, values, strict=True))
    return changes


# -- trends (`trends` in the JSON) -----------------------------------------------------------

TREND_FIELDS: tuple[tuple[str, str], ...] = (
    ("indicator", "text"),
    ("code", "text"),
    ("unit", "text"),
    ("n_periods", "int"),
    ("first_period", "text"),
    ("last_period", "text"),
    ("sen_slope_per_year", "float"),
    ("mann_kendall_s", "number"),
    ("mann_kendall_p", "float"),
    ("text", "text"),
)


def trend_records(summary: pd.DataFrame, *, lang: Lang = "vi") -> list[dict[str, Any]]:
    """The public `trends` list: one entry per indicator, unit and kind of period with two
    periods or more; the statistics are null below five (docs/json.md, `trends`)."""
    from ..compute.trends import series_trends
    from .narrative import describe_trend

    trends = series_trends(summary)
    if trends.empty:
        return []
    trends = trends.assign(text=[describe_trend(row, lang=lang) for row in frame_records(trends)])
    names = [name for name, _ in TREND_FIELDS]
    columns = [_json_column(trends[name], kind) for name, kind in TREND_FIELDS]
    return [dict(zip(names, values)) for values in zip(*columns)]  # noqa: B905
