"""Validation: each problem code, found at its cell, all problems at once."""

from __future__ import annotations

import unicodedata
from decimal import Decimal
from pathlib import Path

import openpyxl
from conftest import WorkbookFactory
from workbooks import HEADERS, add_table, row

import analysis
from analysis.model.errors import CATALOGUE


def codes(dataset: analysis.Dataset) -> list[tuple[str, str | None]]:
    return [(p.code, p.cell) for p in dataset.problems]


def test_clean_workbook_has_no_problems(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [row("Đảng viên đăng ký", "2024-06", 9728, 9897, 98.3, measure="đảng viên")]
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    assert dataset.observations.loc[0, "numerator"] == Decimal(9728)
    assert dataset.observations.loc[0, "cell_numerator"] == "F2"


def test_every_error_is_reported_at_once_with_its_cell(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("A", "2024", "abc", 10),  # row 2: unparseable number F2
            row("B", "2024-13", 5, 10),  # row 3: bad period E3
            row("C", "2024", -1, measure="người"),  # row 4: negative count F4
            row("D", "2024", 2.5, measure="người"),  # row 5: non-integer count F5
            row("E", "2024", 11, 10),  # row 6: numerator > denominator F6
            row("F", "2024", 1, 0),  # row 7: zero denominator G7
            row("G", None, 1, 2),  # row 8: missing period E8
        ]
    )
    dataset = analysis.load(path)
    assert not dataset.ok
    assert codes(dataset) == [
        ("unparseable_number", "F2"),
        ("unparseable_period", "E3"),
        ("negative_count", "F4"),
        ("non_integer_count", "F5"),
        ("numerator_exceeds_denominator", "F6"),
        ("zero_denominator", "G7"),
        ("missing_value", "E8"),
    ]
    for problem in dataset.problems:
        assert problem.file == str(path)
        assert problem.sheet == "Chỉ tiêu"
        assert " / " in problem.message  # Vietnamese / English


def test_text_numbers_are_read_the_vietnamese_way(make_workbook: WorkbookFactory) -> None:
    path = make_workbook([row("Đảng viên đăng ký", "2024-06", "9.728", "9.897", "98,3%")])
    dataset = analysis.load(path)
    assert dataset.ok
    assert [p.code for p in dataset.problems] == ["number_as_text"] * 3
    assert dataset.problems[0].severity == "warning"
    table = analysis.summarize(dataset)
    assert table.loc[0, "numerator"] == Decimal(9728)
    assert table.loc[0, "text"] == "98,3%"
    assert table.loc[0, "ratio_text"] == "9.728/9.897"


def test_printed_rate_disagreeing_is_a_warning(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("ok", "2024", 9728, 9897, 98.3),
            row("fraction cell", "2023", 9728, 9897, 0.983),
            row("off", "2022", 9728, 9897, 98.5),
            row("one unit off in the last digit", "2021", 9728, 9897, "98,4%"),
            row("two units off", "2020", 9728, 9897, "98,5%"),
        ]
    )
    dataset = analysis.load(path)
    problems = [(p.code, p.cell) for p in dataset.problems if p.code != "number_as_text"]
    assert problems == [("rate_mismatch", "H4"), ("rate_mismatch", "H6")]
    assert dataset.ok


def test_headers_match_case_spacing_nfd_and_english(make_workbook: WorkbookFactory) -> None:
    nfd = [unicodedata.normalize("NFD", h) for h in ("CHỈ  TIÊU", "đơn vị ", "KỲ", "tử số")]
    path = make_workbook(
        [["E-handbook", "Ward 1", "2024", 5, 10, "group"]], headers=[*nfd, "denominator", "Group"]
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert dataset.observations.loc[0, "denominator"] == Decimal(10)


def test_header_row_below_a_title_block(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [row("A", "2024", 1, 2)], above=[["THÀNH ỦY QUẢNG NGÃI"], ["Số liệu chỉ tiêu"], []]
    )
    dataset = analysis.load(path)
    assert dataset.ok
    assert dataset.observations.loc[0, "cell_numerator"] == "F5"


def test_missing_required_column(make_workbook: WorkbookFactory) -> None:
    headers = [h for h in HEADERS if h != "Kỳ"]
    path = make_workbook([[None, "A", None, "u", 1, 2, None, None, None]], headers=headers)
    dataset = analysis.load(path)
    # Understood as a table with no period anywhere (no Kỳ, no period in a title or name).
    assert [(p.code, p.cell) for p in dataset.problems] == [("no_period", "E1")]


def test_first_visible_sheet_with_headers_is_used(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Ghi chú"
    notes["A1"] = "Không có bảng ở đây"
    add_table(book, "Ẩn", [row("hidden", "2024", 1)], hidden=True)
    add_table(book, "Số liệu 2024", [row("visible", "2024", 3)])
    book.save(tmp_path / "sheets.xlsx")
    dataset = analysis.load(tmp_path / "sheets.xlsx")
    assert dataset.sheet == "Số liệu 2024"
    assert list(dataset.observations["indicator"]) == ["visible"]


def test_no_indicator_sheet(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.save(tmp_path / "empty.xlsx")
    assert codes(analysis.load(tmp_path / "empty.xlsx")) == [("no_indicator_sheet", None)]


def test_no_data_rows(make_workbook: WorkbookFactory) -> None:
    assert codes(analysis.load(make_workbook([]))) == [("no_data_rows", "A2")]


def test_duplicates(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("A", "2024", 5, 10),
            row("A", "2024", 5, 10),  # identical: warning
            row("B", "2024", 5, 10),
            row("B", "2024", 6, 10),  # conflicting: error
        ]
    )
    assert codes(analysis.load(path)) == [("duplicate_row", "A3"), ("duplicate_conflict", "F5")]


def test_group_parts_must_add_up(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("rất hài lòng", "2024", 10239, 10616, group="hài lòng"),
            row("hài lòng", "2024", 376, 10616, group="hài lòng"),
            row("không hài lòng", "2024", 0, 10616, group="hài lòng"),
        ]
    )
    dataset = analysis.load(path)
    assert codes(dataset) == [("group_sum_mismatch", "G2")]
    assert "10615" in dataset.problems[0].message and "10616" in dataset.problems[0].message
    # Published parts often do not add up: a warning, an error only under --strict.
    assert dataset.ok and dataset.problems[0].severity == "warning"
    assert not analysis.load(path, strict=True).ok
    from analysis.present.briefing import prepare_briefing

    sentences = [p for s in prepare_briefing(dataset).sections for p in s.paragraphs]
    assert any(
        "Lưu ý: các phần cộng lại 10.615, khác tổng số 10.616 ghi trong bảng." in s
        for s in sentences
    )


def test_section_heading_rows_are_not_figures(make_workbook: WorkbookFactory) -> None:
    path = make_workbook([["I", "Về xây dựng Đảng"], row("A", "2024", 1, 2)])
    dataset = analysis.load(path)
    assert dataset.ok
    assert dataset.observations.loc[0, "section"] == "Về xây dựng Đảng"


def test_formula_without_cached_value_is_named(make_workbook: WorkbookFactory) -> None:
    path = make_workbook([row("A", "2024", "=G2-1", 10)])
    dataset = analysis.load(path)
    assert codes(dataset) == [("formula_without_value", "F2")]
    assert "=G2-1" in dataset.problems[0].message


def test_excel_error_values_are_not_blanks(make_workbook: WorkbookFactory) -> None:
    path = make_workbook([row("A", "2024", "#DIV/0!", 10), row("B", "2024", 3, "#N/A")])
    assert codes(analysis.load(path)) == [("excel_error", "F2"), ("excel_error", "G3")]


def test_catalogue_sets_units_and_checks_values(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [row("Tỷ suất", "2024", 52, 10000, code="TS"), row("Khác", "2024", 1, 2)],
        catalogue=[
            ["Mã", "Chỉ tiêu", "Hệ số", "Số lẻ", "Cách đo"],
            ["TS", None, 1000, 2, "mẫu"],
            [None, "Khác", None, None, "đại khái"],
            ["ZZ", None, None, None, None],
        ],
    )
    dataset = analysis.load(path)
    assert [(p.code, p.sheet, p.cell) for p in dataset.problems] == [
        ("invalid_catalogue_value", "Danh mục", "E3"),
        ("catalogue_unmatched", "Danh mục", "A4"),
    ]
    observations = dataset.observations
    assert observations.loc[0, "factor"] == Decimal(1000)
    assert observations.loc[0, "measurement"] == "sample"
    table = analysis.summarize(dataset)
    assert table.loc[0, "text"] == "5,20‰"


def test_every_code_has_both_languages() -> None:
    for code, (severity, vi, en) in CATALOGUE.items():
        assert severity in ("error", "warning", "note"), code
        assert vi and en and vi != en, code


def test_every_problem_code_is_in_the_registry() -> None:
    from typing import get_args

    from analysis.model import errors, problem_texts

    assert set(CATALOGUE) == set(get_args(problem_texts.ProblemCode))
    assert errors.CATALOGUE is problem_texts.CATALOGUE
    assert set(problem_texts.GROUPED) <= set(CATALOGUE)
    assert all(CATALOGUE[code][0] == "warning" for code in problem_texts.GROUPED)
