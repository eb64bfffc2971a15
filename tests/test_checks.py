"""Checks across rows use the one name key, as the totals do."""

from __future__ import annotations

from conftest import WorkbookFactory
from workbooks import row

import analysis


def test_one_group_for_the_check_and_the_totals(make_workbook: WorkbookFactory) -> None:
    # 'Ð' (U+00D0, left by TCVN3 conversions) and 'Đ' (U+0110): one group, one unit.
    path = make_workbook(
        [
            row("Rất hài lòng", "2024", 60, 100, group="Ðánh giá", unit="Phường Ðông"),
            row("Hài lòng", "2024", 40, 100, group="Đánh giá", unit="Phường Đông"),
        ]
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    summary = analysis.summarize(dataset)
    totals = summary[summary["is_total"]]
    assert list(totals["text"]) == ["100"]
    assert list(totals["cell_numerator"]) == ["F2, F3"]


def test_parts_that_do_not_add_up_are_named(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("Rất hài lòng", "2024", 60, 100, group="Ðánh giá"),
            row("Hài lòng", "2024", 30, 100, group="Đánh giá"),
        ]
    )
    problems = analysis.load(path).problems
    assert [(p.code, p.cell, p.details["total"], p.details["whole"]) for p in problems] == [
        ("group_sum_mismatch", "G2", "90", "100")
    ]


def test_repeated_rows_by_the_name_key(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("Ðảng viên mới", "2024", 12, unit="Xã Ðức Phú"),
            row("Đảng viên mới", "2024", 12, unit="xã  Đức Phú"),
            row("Đảng viên mới", "2024", 13, unit="Xã Đức Phú"),
        ]
    )
    dataset = analysis.load(path)
    assert [(p.code, p.cell) for p in dataset.problems] == [
        ("duplicate_row", "A3"),
        ("duplicate_conflict", "F4"),
    ]
    assert len(dataset.observations) == 1
