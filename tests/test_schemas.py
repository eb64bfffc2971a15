"""The declared frame schemas (`model.schemas`) checked at each boundary on real workbooks,
and a wrong frame refused with a message that names the column."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import analysis
from analysis.compute.summary import compute_summary
from analysis.compute.trends import TREND_COLUMNS, series_trends
from analysis.model.dataset import OBSERVATION_COLUMNS, Dataset
from analysis.model.errors import ChisoError
from analysis.model.labels import as_lang
from analysis.model.periods import parse_period
from analysis.model.schemas import (
    OBSERVATIONS,
    SUMMARY,
    SUMMARY_NUMBERS,
    TRENDS,
    SchemaError,
    check,
    problems,
)
from analysis.present.summary import TEXT_COLUMNS, TREND_FIELDS, summarize, trend_records

ROOT = Path(__file__).resolve().parent.parent
WORKBOOKS = [
    ROOT / "data" / "ke-hoach-83-quang-ngai.xlsx",
    ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx",
]


@pytest.fixture(scope="module", params=WORKBOOKS, ids=lambda p: p.name)
def dataset(request: pytest.FixtureRequest) -> Dataset:
    loaded = analysis.load(request.param)
    assert loaded.ok
    return loaded


def test_observations_match_their_schema(dataset: Dataset) -> None:
    assert len(dataset.observations) > 0
    assert problems(dataset.observations, OBSERVATIONS) == []
    assert check(dataset.observations, OBSERVATIONS) is dataset.observations


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_summary_matches_its_schema(dataset: Dataset, lang: str) -> None:
    numbers = compute_summary(dataset, top="Tổng")
    assert tuple(numbers.columns) == SUMMARY_NUMBERS.names
    assert problems(numbers, SUMMARY_NUMBERS) == []
    summary = summarize(dataset, lang=as_lang(lang))
    assert tuple(summary.columns) == SUMMARY.names
    assert problems(summary, SUMMARY) == []
    # The dtypes themselves, not only their families, for the columns JSON rows are made of.
    assert summary["numerator"].dtype == np.float64
    assert summary["decimals"].dtype == np.int64
    assert summary["is_total"].dtype == np.bool_
    assert summary["period_start"].dtype.kind == "M"


def test_trends_match_their_schema(dataset: Dataset) -> None:
    trends = series_trends(compute_summary(dataset, top="Tổng"))
    assert tuple(trends.columns) == TRENDS.names
    assert problems(trends, TRENDS) == []


def test_demo_has_trends_to_check() -> None:
    demo = analysis.load(WORKBOOKS[1])
    trends = series_trends(compute_summary(demo, top="Tổng"))
    assert len(trends) == 65
    assert problems(trends, TRENDS) == []
    records = trend_records(compute_summary(demo, top="Tổng"))
    assert [list(r) for r in records[:1]] == [[name for name, _ in TREND_FIELDS]]


def test_one_list_of_columns_per_frame() -> None:
    assert OBSERVATIONS.names == OBSERVATION_COLUMNS
    assert len(OBSERVATIONS.names) == 40
    assert SUMMARY.names[: len(OBSERVATIONS.names)] == OBSERVATIONS.names
    # The texts `summarize` adds, and the trends' columns, are the schemas' own lists.
    assert TEXT_COLUMNS[0] == "text" and TEXT_COLUMNS[-1] == "printed_rate_text"
    assert TREND_COLUMNS[:3] == ("indicator", "code", "unit") and len(TREND_COLUMNS) == 20
    for schema in (OBSERVATIONS, SUMMARY, TRENDS):
        assert len(set(schema.names)) == len(schema.names)
        assert all(len(column.meaning) > 5 for column in schema.columns)


def test_json_trend_fields_come_from_declared_columns() -> None:
    json_kinds = {"text": {"text"}, "int": {"int"}, "float": {"float"}, "number": {"float"}}
    for name, kind in TREND_FIELDS:
        if name == "text":  # the sentence, added for the JSON only
            continue
        assert TRENDS.column(name).kind in json_kinds[kind], name


def _frame() -> pd.DataFrame:
    """A one-row frame of the trends schema that matches it."""
    period = parse_period("2024")
    return pd.DataFrame(
        {
            "indicator": ["Tỷ lệ"],
            "code": [None],
            "unit": ["Xã A"],
            "period_kind": ["year"],
            "n_periods": np.array([5], dtype=np.int64),
            "first_period": ["2020"],
            "last_period": ["2024"],
            "first_parsed": [parse_period("2020")],
            "last_parsed": [period],
            "first_value": [1.0],
            "last_value": [2.0],
            "sen_slope_per_year": [0.25],
            "mann_kendall_s": [4.0],
            "mann_kendall_var": [np.nan],
            "mann_kendall_p": [0.2],
            "factor": [100.0],
            "decimals": np.array([1], dtype=np.int64),
            "display": ["rate"],
            "measure": ["%"],
            "direction": [None],
        }
    )


def test_a_matching_frame_passes() -> None:
    assert problems(_frame(), TRENDS) == []


def test_missing_column_is_named() -> None:
    with pytest.raises(SchemaError) as raised:
        check(_frame().drop(columns=["unit"]), TRENDS)
    assert raised.value.problems == ["column «unit» is missing"]
    assert "trends: column «unit» is missing" in str(raised.value)
    assert isinstance(raised.value, ChisoError)


def test_wrong_dtype_is_named() -> None:
    wrong = _frame().assign(n_periods=[5.0], factor=["100"])
    assert problems(wrong, TRENDS) == [
        "column «n_periods»: dtype float64, not int",
        "column «factor»: dtype str, not float",
    ]


def test_blank_where_none_allowed_is_named() -> None:
    wrong = _frame().assign(unit=[None], last_value=[np.nan])
    assert problems(wrong, TRENDS) == ["column «unit»: 1 blank values, none allowed"]


def test_text_column_holding_numbers_is_named() -> None:
    wrong = _frame().assign(measure=pd.Series([3], dtype=object))
    assert problems(wrong, TRENDS) == ["column «measure»: holds integer values, not text"]


def test_period_column_holding_text_is_named() -> None:
    wrong = _frame().assign(last_parsed=pd.Series(["2024"], dtype=object))
    assert problems(wrong, TRENDS) == ["column «last_parsed»: holds str, not Period"]


def test_value_outside_vocabulary_is_named() -> None:
    wrong = _frame().assign(display=["percent"], period_kind=["week"])
    assert problems(wrong, TRENDS) == [
        "column «period_kind»: values ['week'] not in "
        "['year', 'half', 'quarter', 'month', 'day', 'term', 'school_year', 'season', 'span']",
        "column «display»: values ['percent'] not in ['rate', 'ratio', 'count']",
    ]


def test_extra_and_misplaced_columns_are_named() -> None:
    frame = _frame()
    assert problems(frame.assign(extra=[1]), TRENDS) == ["column «extra» is not in the schema"]
    swapped = frame[["code", "indicator", *TRENDS.names[2:]]]
    assert problems(swapped, TRENDS) == ["column «code» is where «indicator» should be"]


def test_dates_of_any_resolution_are_dates() -> None:
    day = pd.Series([dt.datetime(2024, 1, 1)], dtype="datetime64[ns]")
    frame = pd.DataFrame({"when": day})
    from analysis.model.schemas import Column, Schema

    schema = Schema("days", (Column("when", "date", "a day"),))
    assert problems(frame, schema) == []
    assert problems(frame.astype({"when": object}), schema) == [
        "column «when»: dtype object, not date"
    ]


def test_a_dataset_without_figures_still_has_its_schema(tmp_path: Path) -> None:
    from analysis.model.dataset import empty_observations

    assert problems(empty_observations(), OBSERVATIONS) == []
    broken = tmp_path / "not-a-workbook.xlsx"
    broken.write_text("not a workbook")
    loaded = analysis.load(broken)
    assert not loaded.ok
    assert len(loaded.observations) == 0
    assert problems(loaded.observations, OBSERVATIONS) == []
    assert problems(loaded.totals, OBSERVATIONS) == []


def test_the_summary_of_no_figures_has_its_schema() -> None:
    from dataclasses import replace

    from analysis.model.dataset import empty_observations

    loaded = analysis.load(WORKBOOKS[0])
    nothing = replace(loaded, observations=empty_observations())
    assert problems(compute_summary(nothing, top="Tổng"), SUMMARY_NUMBERS) == []
    summary = summarize(nothing)
    assert len(summary) == 0
    assert problems(summary, SUMMARY) == []
