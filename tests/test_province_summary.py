"""A province at issue 17's scale of units (500 communes and wards under 25 districts), with
2 indicators × 2 half-years so that it stays quick: what the summary and the briefing's
parts say of it, checked against the workbook's own figures. No full build here: `make
bench` (goal 6) builds the whole 500 × 8 × 8 province."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pandas as pd
import pytest
from workbooks import ROOT

import analysis
from analysis.model.dataset import Dataset
from analysis.present.briefing import Briefing, prepare_briefing
from analysis.present.briefing_sentences import OVERVIEW_ITEMS

LATEST = "2024S2"
HANDBOOK = "Đảng viên dùng Sổ tay đảng viên điện tử"
SATISFIED = "Người dân hài lòng với dịch vụ hành chính công"


def _script() -> ModuleType:
    name = "make_province_workbook"
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def province(tmp_path_factory: pytest.TempPathFactory) -> Dataset:
    folder = tmp_path_factory.mktemp("province")
    path = _script().write(folder / "tinh-son-hai.xlsx", units_count=500, indicators=2, periods=2)
    return analysis.load(path)


@pytest.fixture(scope="module")
def briefing(province: Dataset) -> Briefing:
    return prepare_briefing(province)


def _plain(fragment: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment))


def _thousands(number: float) -> str:
    return f"{int(number):,}".replace(",", ".")


def test_the_script_writes_the_same_bytes_every_time(tmp_path: Path) -> None:
    script = _script()
    first, second = (
        script.write(tmp_path / f"{name}.xlsx", units_count=30, indicators=3, periods=2)
        for name in ("a", "b")
    )
    assert first.read_bytes() == second.read_bytes()


def test_every_commune_is_read_and_nested(province: Dataset) -> None:
    assert province.ok and province.problems == []
    figures = province.observations
    assert len(figures) == 500 * 2 * 2
    assert figures["unit"].nunique() == 500
    assert sorted(figures["period"].astype(str).unique()) == ["2024S1", "2024S2"]
    levels = pd.Series([unit.level for unit in province.hierarchy.units.values()])
    assert levels.value_counts().to_dict() == {
        "xã": 438,
        "phường": 40,
        "thị trấn": 22,
        "huyện": 22,
        "thị xã": 2,
        "thành phố": 1,
        "tỉnh": 1,
    }
    assert province.hierarchy.parent_of("Huyện Bình Sơn") == "Tỉnh Sơn Hải"


def test_the_summary_rolls_500_communes_up_to_25_districts_and_the_province(
    province: Dataset, briefing: Briefing
) -> None:
    summary = briefing.summary
    latest = summary[summary["period"].astype(str) == LATEST]
    for indicator in (HANDBOOK, SATISFIED):
        rows = latest[latest["indicator"] == indicator]
        assert rows["unit_depth"].value_counts().sort_index().to_dict() == {0: 1, 1: 25, 2: 500}
    figures = province.observations
    reported = figures[
        (figures["indicator"] == HANDBOOK) & (figures["period"].astype(str) == LATEST)
    ]
    whole = latest[(latest["indicator"] == HANDBOOK) & (latest["unit"] == "Tỉnh Sơn Hải")].iloc[0]
    # Counts add up from the communes; the rate is recomputed from them, never averaged.
    assert whole["numerator"] == reported["numerator"].sum()
    assert whole["denominator"] == reported["denominator"].sum()
    rate = whole["numerator"] * whole["factor"] / whole["denominator"]
    assert whole["value"] == pytest.approx(rate) and round(rate, 1) == 78.3
    assert whole["target_status"] == "chưa đạt"
    # The same from the public API.
    summarized = analysis.summarize(province)
    same = summarized[
        (summarized["indicator"] == HANDBOOK)
        & (summarized["unit"] == "Tỉnh Sơn Hải")
        & (summarized["period"].astype(str) == LATEST)
    ]
    assert same["numerator"].tolist() == [whole["numerator"]]


def test_the_rankings_name_the_highest_and_lowest_units_level_by_level(
    briefing: Briefing,
) -> None:
    summary = briefing.summary
    for indicator in (HANDBOOK, SATISFIED):
        (section,) = [s for s in briefing.sections if indicator in set(s.rows["indicator"])]
        rows = summary[
            (summary["indicator"] == indicator) & (summary["period"].astype(str) == LATEST)
        ]
        for depth, count, level in ((1, 25, "thành phố, thị xã, huyện"), (2, 500, "xã, phường")):
            peers = rows[rows["unit_depth"] == depth].sort_values(
                "value", ascending=False, kind="stable"
            )
            opening = f"Theo đơn vị (cấp {level}"
            told = [
                p for p in section.paragraphs if p.startswith(opening) and f"{count} đơn vị" in p
            ]
            assert len(told) == 1, (indicator, depth)
            highest, lowest = told[0].split("thấp nhất")
            assert f"cao nhất {peers['unit'].iloc[0]} " in highest
            assert all(unit in highest for unit in peers["unit"].iloc[:3])
            assert all(unit in lowest for unit in peers["unit"].iloc[-3:])
            assert lowest.rstrip(".").endswith(peers["text"].iloc[-1])


def test_page_one_gives_the_province_and_counts_every_unit_behind_target(
    province: Dataset, briefing: Briefing
) -> None:
    page_one = _plain(briefing.overview_html())
    figures = province.observations
    latest = figures[figures["period"].astype(str) == LATEST]
    # The whole's standing first: both of its targets missed, each with its own figure, the
    # rate recomputed from the communes' counts.
    assert "Tỉnh Sơn Hải đạt 0/2 mục tiêu." in page_one
    for indicator in (HANDBOOK, SATISFIED):
        rows = latest[latest["indicator"] == indicator]
        rate = 100 * rows["numerator"].sum() / rows["denominator"].sum()
        assert f"{indicator}: {rate:.1f}%".replace(".", ",") in page_one
    summary = briefing.summary
    behind = summary[
        (summary["period"].astype(str) == LATEST)
        & (summary["target_status"] == "chưa đạt")
        & ~summary["is_total"].astype(bool)  # the units' own figures; roll-ups stand above
    ]
    shown = re.findall(r"\(mục tiêu \d+%, còn thiếu", page_one)
    more = re.search(r"… và (\d+) mục khác", page_one)
    assert more is not None
    assert len(shown) == OVERVIEW_ITEMS == 5 and len(shown) + int(more[1]) == len(behind)
