"""Workbooks as other localities and broken tools make them: each once broke chiso."""

from __future__ import annotations

import re
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from conftest import WorkbookFactory
from workbooks import BUNDLED, add_table, row

import analysis
from analysis.compute.stats import compute_indicators, group_totals, period_changes
from analysis.model.periods import PeriodParseError, parse_period
from analysis.present.formatting import format_change


def codes(dataset: analysis.Dataset) -> list[tuple[str, str | None]]:
    return [(p.code, p.cell) for p in dataset.problems]


def test_a_stray_cell_far_away_is_refused_by_name(make_workbook: WorkbookFactory) -> None:
    path = make_workbook([row("A", "2024", 1, 2)])
    book = openpyxl.load_workbook(path)
    book["Chỉ tiêu"]["XFD1048576"] = "x"
    book.save(path)
    dataset = analysis.load(path)
    [problem] = dataset.problems
    assert (problem.code, problem.sheet) == ("sheet_too_large", "Chỉ tiêu")
    assert "A1:XFD1048576" in problem.message


def test_formula_with_an_empty_text_result_is_blank(
    make_workbook: WorkbookFactory, tmp_path: Path
) -> None:
    path = make_workbook(
        [
            row("A", "2024", 5, 10, rate='=IF(G2="","",F2/G2*100)'),
            row("B", "2024", 3, rate='=IF(G3="","",F3/G3*100)'),
        ]
    )
    # Rewrite as Excel saves it: the computed results, one of them empty text.
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    sheet = members["xl/worksheets/sheet1.xml"].decode()
    # openpyxl writes an empty value `<v />`, or `<v/>` with lxml installed.
    empty = r"<v ?/>|<v></v>"
    sheet = re.sub(rf"(F2/G2\*100\)</f>)(?:{empty})", r"\g<1><v>50</v>", sheet)
    sheet = sheet.replace('<c r="H3">', '<c r="H3" t="str">')
    sheet = re.sub(rf"(F3/G3\*100\)</f>)(?:{empty})", r"\g<1><v></v>", sheet)
    assert "<v>50</v>" in sheet and 't="str"' in sheet
    members["xl/worksheets/sheet1.xml"] = sheet.encode()
    saved = tmp_path / "saved-by-excel.xlsx"
    with zipfile.ZipFile(saved, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    dataset = analysis.load(saved)
    assert dataset.problems == []
    assert list(dataset.observations["indicator"]) == ["A", "B"]


def test_a_damaged_sheet_is_a_problem_not_a_traceback(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(BUNDLED) as old, zipfile.ZipFile(damaged, "w") as new:
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            new.writestr(info.filename, data)
    dataset = analysis.load(damaged)
    assert not dataset.ok
    assert [p.code for p in dataset.problems] == ["corrupt_workbook"]


def test_merged_cells_fill_their_area(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            [None, None, None, "Tử số", "Mẫu số"],  # a two-row header: 'Số liệu' over these
            ["Rất hài lòng", "Phường 1", "2024", 90, 100],
            ["Hài lòng", None, None, 10, 100],
        ],
        headers=["Chỉ tiêu", "Đơn vị", "Kỳ", "Số liệu", None],
        merged=["A1:A2", "B1:B2", "C1:C2", "D1:E1", "B3:B4", "C3:C4"],
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    assert list(dataset.observations["unit"]) == ["Phường 1", "Phường 1"]
    assert list(dataset.observations["cell_numerator"]) == ["D3", "D4"]


@pytest.mark.parametrize(
    ("heading", "merged", "section"),
    [
        (["I. Về xây dựng Đảng"], "A2:J2", "I. Về xây dựng Đảng"),
        (["I", "CÔNG TÁC XÂY DỰNG ĐẢNG"], "B2:J2", "CÔNG TÁC XÂY DỰNG ĐẢNG"),
    ],
)
def test_a_heading_merged_across_the_row(
    make_workbook: WorkbookFactory, heading: list[object], merged: str, section: str
) -> None:
    path = make_workbook([heading, row("A", "2024", 1, 2)], merged=[merged])
    dataset = analysis.load(path)
    assert dataset.problems == []
    assert dataset.observations.loc[0, "section"] == section


@pytest.mark.parametrize("value", [1e30, "1.000.000.000.000.000.000.000.000.000.000"])
def test_absurd_numbers_are_errors(make_workbook: WorkbookFactory, value: object) -> None:
    dataset = analysis.load(make_workbook([row("A", "2024", value)]))
    assert [c for c, _ in codes(dataset) if c != "number_as_text"] == ["unparseable_number"]


def test_a_row_with_a_code_or_rate_is_not_a_heading(make_workbook: WorkbookFactory) -> None:
    dataset = analysis.load(
        make_workbook([[None, "Tỷ lệ hộ nghèo", "HN", None, None, None, None, "2,5%", None, None]])
    )
    # a figure's row (its printed rate alone is its figure), whose unit and period are missing
    assert {("missing_value", "D2"), ("missing_value", "E2")} <= set(codes(dataset))


def test_headers_without_spaces_and_with_eth(make_workbook: WorkbookFactory) -> None:
    headers = ["Chỉ tiêu", "\u00d0ơn vị", "Kỳ", "Tử số", "Mẫu số", "Tỷ lệ(%)"]
    dataset = analysis.load(make_workbook([["A", "u", "2024", 5, 10, 60]], headers=headers))
    assert codes(dataset) == [("rate_mismatch", "F2")]


def test_visible_sheet_wins_over_a_hidden_named_one(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    notes = book.active
    assert notes is not None
    notes.title = "Ghi chú"
    add_table(book, "Chỉ tiêu", [row("old", "2023", 1)], hidden=True)
    book.save(tmp_path / "one.xlsx")
    only_hidden = analysis.load(tmp_path / "one.xlsx")
    assert [(p.code, p.sheet) for p in only_hidden.problems] == [
        ("hidden_sheet", "Chỉ tiêu"),
        ("skipped_sheet", "Ghi chú"),  # an empty sheet is named, not silently passed over
    ]
    assert list(only_hidden.observations["indicator"]) == ["old"]
    add_table(book, "Số liệu", [row("new", "2024", 2)])
    book.save(tmp_path / "two.xlsx")
    assert list(analysis.load(tmp_path / "two.xlsx").observations["indicator"]) == ["new"]


def test_a_table_missing_columns_says_what_its_header_holds(make_workbook: WorkbookFactory) -> None:
    dataset = analysis.load(make_workbook([["A", 1]], headers=["Chỉ tiêu", "Tử số"]))
    # One error that says what the header row holds and what it lacks, at the header row.
    assert codes(dataset) == [("layout_not_understood", "A1")]
    [problem] = dataset.problems
    assert problem.details["found"] == "Chỉ tiêu (A1), Tử số (B1)"
    assert problem.details["missing"] == "Kỳ, Đơn vị"
    assert problem.message.startswith("Dòng tiêu đề 1 có Chỉ tiêu (A1), Tử số (B1), nhưng")


def test_a_period_stated_once_or_nowhere(make_workbook: WorkbookFactory) -> None:
    headers = ["Chỉ tiêu", "Đơn vị", "Tử số"]
    nowhere = analysis.load(make_workbook([["A", "u", 1]], headers=headers))
    assert codes(nowhere) == [("no_period", "C1")]
    assert "Không thấy kỳ của số liệu" in nowhere.problems[0].message_vi
    title = [["BIỂU TỔNG HỢP KẾT QUẢ 6 THÁNG ĐẦU NĂM 2024"]]
    stated = analysis.load(make_workbook([["A", "u", 1]], headers=headers, above=title))
    assert stated.ok and list(stated.observations["period"]) == ["2024S1"]
    assert stated.sheets[0].period_from == "title cell A1"
    by_file = analysis.load(
        make_workbook([["A", "u", 1]], headers=headers, name="quy-II-2024.xlsx")
    )
    assert list(by_file.observations["period"]) == ["2024Q2"]  # quý II năm 2024
    assert by_file.sheets[0].period_from == "file name"


def test_catalogue_edge_cases(make_workbook: WorkbookFactory) -> None:
    empty = make_workbook([row("A", "2024", 1, 2)], catalogue=[["ghi chú"]])
    dataset = analysis.load(empty)
    assert dataset.ok and [p.code for p in dataset.problems] == ["catalogue_ignored"]
    path = make_workbook(
        [row("A", "2024", 52, 1000, code="01"), row("B", "2024", 1, 2, code="x")],
        catalogue=[["Mã", "Hệ số"], [1, 1000], ["X", 1000]],
    )
    factors = list(analysis.load(path).observations["factor"])
    assert factors == [Decimal(1000), Decimal(1000)]


def test_spans_must_end_after_their_first_part() -> None:
    for text in ("2024/2024S1", "2024-06/2024-06"):
        with pytest.raises(PeriodParseError):
            parse_period(text)
    assert parse_period("2024S1/2024").code == "2024S1/2024"


def test_changes_compare_periods_of_one_kind() -> None:
    rows = []
    for period, numerator, denominator in (
        ("2023", 90, 100),
        ("2024S1", 45, 50),
        ("2024", 95, 100),
    ):
        parsed = parse_period(period)
        rows.append(
            {
                "indicator": "A",
                "unit": "u",
                "period": period,
                "period_kind": parsed.kind,
                "period_start": pd.Timestamp(parsed.start),
                "period_end": pd.Timestamp(parsed.end),
                "period_parsed": parsed,
                "numerator": float(numerator),
                "denominator": float(denominator),
                "factor": 100.0,
                "decimals": 1,
                "measurement": "full",
                "display": "rate",
                "group": None,
                "measure": None,
                "target": float("nan"),
                "direction": None,
                "row": 2,
                "cell_numerator": "F2",
            }
        )
    changes = period_changes(compute_indicators(pd.DataFrame(rows)))
    assert [
        (c["period_from"], c["period_to"], c["change"]) for c in changes.to_dict("records")
    ] == [("2023", "2024", Decimal(5))]


def test_group_totals_follow_the_group_check(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("a", "2024", 6, 10, group="HL"),
            row("b", "2024", 4, 10, group="hl"),
            row("c", "2024", 6, 10, group="Mixed"),
            row("d", "2024", 4, 20, group="mixed"),
            row("e", "2024", 3, group="Kinds", measure="người"),
            row("f", "2024", 7, group="Kinds", measure="lượt"),
        ]
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    totals = group_totals(compute_indicators(dataset.observations))
    assert [(t["indicator"], t["numerator"]) for t in totals.to_dict("records")] == [
        ("HL", Decimal(10))
    ]


def test_a_change_that_rounds_to_nothing_has_no_sign() -> None:
    assert format_change(Decimal("-0.04")) == "0,0 điểm phần trăm"
    assert format_change(Decimal("0.05")) == "+0,1 điểm phần trăm"


def test_hidden_rows_are_counted_with_a_warning(make_workbook: WorkbookFactory) -> None:
    path = make_workbook([row("A", "2024", 1, 2), row("B", "2024", 3, 4)])
    book = openpyxl.load_workbook(path)
    book["Chỉ tiêu"].row_dimensions[3].hidden = True
    book.save(path)
    dataset = analysis.load(path)
    assert codes(dataset) == [("hidden_row", "A3")]
    assert dataset.ok and list(dataset.observations["indicator"]) == ["A", "B"]


def test_rates_typed_as_such(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("Tốc độ tăng trưởng", "2024", -2.5, measure="%"),
            row("Tỷ lệ hộ nghèo", "2024", "1,85%"),
            row("Tỷ suất sinh", "2024", 12.4, measure="‰"),
            row("Tỷ lệ 1/2", "2024", 1, 2),
        ]
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    table = analysis.summarize(dataset)
    assert list(table["text"]) == ["-2,5%", "1,85%", "12,4‰", "50%"]


def test_a_name_and_a_count_under_a_title_that_states_the_rest(
    make_workbook: WorkbookFactory,
) -> None:
    title = [["ĐẢNG BỘ XÃ TỊNH ẤN TÂY"], ["BÁO CÁO KẾT QUẢ NĂM 2023"]]
    path = make_workbook(
        [["Kết nạp đảng viên", 8], ["Đảng viên được tặng Huy hiệu", 12]],
        headers=["Chỉ tiêu", "Tử số"],
        above=title,
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    rows = dataset.observations
    assert list(rows["numerator"]) == [8, 12]  # figures, not section headings
    assert set(rows["unit"]) == {"ĐẢNG BỘ XÃ TỊNH ẤN TÂY"} and set(rows["period"]) == {"2023"}
