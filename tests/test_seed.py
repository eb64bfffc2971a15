"""Every figure of the source report (../shared/seed/INDICATORS.md), as the report prints it."""

from __future__ import annotations

from typing import Any

import pytest
from workbooks import BUNDLED

import analysis


@pytest.fixture(scope="module")
def rows() -> dict[str, dict[str, Any]]:
    dataset = analysis.load(BUNDLED)
    assert dataset.problems == []
    records = analysis.summary_records(analysis.summarize(dataset))
    return {row["code"] or row["indicator"]: row for row in records}


@pytest.mark.parametrize(
    ("key", "text", "ratio"),
    [
        ("NVTT", "12/12", "12/12"),  # 1: core tasks
        ("NVCT", "7/7", "7/7"),  # 2: specific tasks
        ("STDV", "98,3%", "9.728/9.897"),  # 3: e-handbook
        ("CDLD", "6/7", "6/7"),  # 4: key posts held by non-locals
        ("VBBH", "6/11", "6/11"),  # 5: documents issued
        ("VBTD", "5/11", "5/11"),  # 5: documents under appraisal
        ("DVRK", "14", None),  # 6: allowed to leave
        ("DVXT", "24", None),  # 6: struck off
        ("DVKT", "5", None),  # 6: expelled
        ("DTTT", "5", None),  # 7: direct dialogues
        ("DTCD", "4", None),  # 7: thematic dialogues
        ("HLRH", "96,4%", "10.239/10.616"),  # 8: very satisfied
        ("HLHL", "3,6%", "377/10.616"),  # 8: satisfied
        ("HLKH", "0%", "0/10.616"),  # 8: dissatisfied (a whole rate: no decimals)
    ],
)
def test_report_figures(
    rows: dict[str, dict[str, Any]], key: str, text: str, ratio: str | None
) -> None:
    assert rows[key]["text"] == text
    assert rows[key]["ratio_text"] == ratio


def test_derived_figures(rows: dict[str, dict[str, Any]]) -> None:
    assert rows["NVTT"]["value_text"] == "100%"
    assert rows["NVCT"]["value_text"] == "100%"
    assert rows["Đảng viên ra khỏi Đảng từ đầu nhiệm kỳ"]["text"] == "43"
    assert rows["Văn bản QPPL cần sửa đổi, hoàn chỉnh"]["text"] == "11"
    total = rows["Lượt đánh giá mức độ hài lòng tại Trung tâm hành chính công thành phố"]
    assert total["text"] == "10.616"
    assert total["measure"] == "lượt"
    assert analysis.format_count(total["numerator"]) + " " + total["measure"] == "10.616 lượt"


def test_intervals_only_where_they_mean_something(rows: dict[str, dict[str, Any]]) -> None:
    assert rows["STDV"]["ci_low"] is None and rows["STDV"]["ci_high"] is None
    # Every rating received, from whoever chose to give one: no random sample, no interval.
    for key in ("HLRH", "HLHL", "HLKH"):
        assert rows[key]["measurement"] == "voluntary"
        assert rows[key]["ci_low"] is None and rows[key]["ci_high"] is None
        assert rows[key]["interval_text"] is None and rows[key]["interval_note"] is None
    assert rows["HLRH"]["text"] == "96,4%"


def test_periods_and_sources(rows: dict[str, dict[str, Any]]) -> None:
    assert rows["HLRH"]["period"] == "2022/2024S1"
    assert rows["HLRH"]["period_label"] == "từ năm 2022 đến 6 tháng đầu năm 2024"
    assert rows["DVRK"]["period"] == "2020-10/2024-06"
    assert rows["STDV"]["cell"] == "F7"
    assert rows["STDV"]["address"].endswith("ke-hoach-83-quang-ngai.xlsx › Chỉ tiêu › F7")
    # «Nguồn» says where in the report; «Ghi chú» is the report's own caveat, where it has one.
    assert rows["STDV"]["source"].endswith("(2024), phần I, mục 4")
    for row in rows.values():
        if not row["is_total"]:
            assert ", phần I" in row["source"] or ", phần II" in row["source"], row["source"]
    assert rows["CDLD"]["note"] == (
        "chỉ có chức danh Viện trưởng VKSND thành phố là người địa phương"
    )
    assert rows["DVKT"]["note"] is None


def test_periods_are_typed_in_the_json(rows: dict[str, dict[str, Any]]) -> None:
    assert (rows["STDV"]["period_start"], rows["STDV"]["period_end"]) == (
        "2024-06-01",
        "2024-06-30",
    )
    assert rows["STDV"]["period_kind"] == "month"
    assert (rows["HLRH"]["period_start"], rows["HLRH"]["period_end"]) == (
        "2022-01-01",
        "2024-06-30",
    )
    assert rows["HLRH"]["period_kind"] == "span"
