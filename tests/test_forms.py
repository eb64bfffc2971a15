"""Official report forms, made the way offices make them (title block, merged headers, a
column-number row, sections, a signature block, fonts and number formats): plan against
actual, breakdown columns ('Tổng số | Trong đó: Nam | Nữ'), and tables chiso cannot read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.styles import Alignment, Font

import analysis
from analysis.model.dataset import Dataset
from analysis.present.briefing import prepare_briefing

BOLD = Font(name="Times New Roman", bold=True, size=13)


def _form(
    path: Path,
    title: Sequence[Sequence[object]],
    header: Sequence[Sequence[object]],
    rows: Sequence[Sequence[object]],
    *,
    merged: Sequence[str] = (),
    formats: dict[str, str] | None = None,
    sheet: str = "Biểu 01",
) -> Path:
    book = openpyxl.Workbook()
    form = book.active
    assert form is not None
    form.title = sheet
    for line in [*title, *header]:
        form.append(list(line))
    for line in rows:
        form.append(list(line))
    for row in form.iter_rows(min_row=1, max_row=len(title) + len(header)):
        for cell in row:
            cell.font = BOLD
            cell.alignment = Alignment(horizontal="center", wrap_text=True)
    for cells in merged:
        form.merge_cells(cells)
    for ref, number_format in (formats or {}).items():
        form[ref].number_format = number_format
    book.save(path)
    return path


def _records(dataset: Dataset) -> list[dict[str, Any]]:
    return analysis.summary_records(analysis.summarize(dataset))


PLAN_TITLE = [
    ["ĐẢNG BỘ TỈNH QUẢNG NGÃI", None, None, None, None, "ĐẢNG CỘNG SẢN VIỆT NAM"],
    ["ĐẢNG ỦY XÃ TỊNH ẤN TÂY"],
    ["BIỂU KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU 6 THÁNG ĐẦU NĂM 2024"],
    [],
]
PLAN_HEADER = [
    [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Kế hoạch năm 2024",
        "Thực hiện 6 tháng đầu năm 2024",
        "Tỷ lệ đạt so với KH (%)",
        "Cùng kỳ năm trước",
        "Ghi chú",
    ],
    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"],
]
PLAN_ROWS = [
    ["I", "CÔNG TÁC XÂY DỰNG ĐẢNG"],
    [1, "Kết nạp đảng viên mới", "đảng viên", 40, 44, 110, 38],
    [2, "Chi bộ đạt trong sạch, vững mạnh", "%", 90, 92.5, 102.8, 88],
    ["II", "CẢI CÁCH HÀNH CHÍNH"],
    [3, "Hồ sơ giải quyết đúng hạn", "hồ sơ", 1200, 540, 45, 500],
    [4, "Tin bài trên trang thông tin điện tử", "tin bài", 300, 120, 0.5, 95],
    [],
    [None, "T/M ĐẢNG ỦY", None, None, None, "Nơi nhận:"],
    [None, "BÍ THƯ"],
]


def test_a_plan_against_actual_form(tmp_path: Path) -> None:
    path = _form(
        tmp_path / "ke-hoach.xlsx",
        PLAN_TITLE,
        PLAN_HEADER,
        PLAN_ROWS,
        merged=["A3:H3", "B7:H7", "B10:H10"],
        formats={"F8": "0", "F9": "0.0", "F11": "0", "F12": "0%"},
    )
    dataset = analysis.load(path)
    # 44 against a plan of 40 is not a numerator above its base; 120 of 300 is 40%, not the
    # 50% printed in F12 (a cell formatted as a percentage, holding 0,5).
    assert [(p.code, p.cell) for p in dataset.problems] == [("achievement_mismatch", "F12")]
    assert "50%" in dataset.problems[0].message and "40.0%" in dataset.problems[0].message
    rows = _records(dataset)
    got = [
        (
            r["indicator"],
            r["period"],
            r["numerator"],
            r["target"],
            r["achievement_text"],
            r["cell"],
        )
        for r in rows
    ]
    assert got == [
        ("Kết nạp đảng viên mới", "2024S1", 44, 40, "110%", "E8"),
        ("Kết nạp đảng viên mới", "2023S1", 38, None, None, "G8"),
        ("Chi bộ đạt trong sạch, vững mạnh", "2024S1", 92.5, 90, "102,8%", "E9"),
        ("Chi bộ đạt trong sạch, vững mạnh", "2023S1", 88, None, None, "G9"),
        ("Hồ sơ giải quyết đúng hạn", "2024S1", 540, 1200, "45%", "E11"),
        ("Hồ sơ giải quyết đúng hạn", "2023S1", 500, None, None, "G11"),
        ("Tin bài trên trang thông tin điện tử", "2024S1", 120, 300, "40%", "E12"),
        ("Tin bài trên trang thông tin điện tử", "2023S1", 95, None, None, "G12"),
    ]
    first = rows[0]
    assert first["achievement"] == 110.0 and first["text"] == "44"
    # A plan for the year beside six months' result: its share is said, not a status.
    assert first["target_status"] is None
    assert (first["unit"], first["period_start"], first["period_end"]) == (
        "ĐẢNG ỦY XÃ TỊNH ẤN TÂY",
        "2024-01-01",
        "2024-06-30",
    )
    assert rows[2]["text"] == "92,5%"  # typed as a rate (ĐVT %)
    assert {r["section"] for r in rows} == {"CÔNG TÁC XÂY DỰNG ĐẢNG", "CẢI CÁCH HÀNH CHÍNH"}
    [reading] = dataset.sheets
    assert reading.layout == "plan_against_actual"
    assert reading.headers == {
        "stt": "A5",
        "indicator": "B5",
        "measure": "C5",
        "target": "D5",
        "numerator": "E5",
        "achievement": "F5",
        "previous": "G5",
        "note": "H5",
    }
    assert (reading.period_from, reading.unit_from, reading.figures) == (
        "column header E5",
        "title cell A2",
        8,
    )
    assert "biểu kế hoạch và thực hiện" in reading.describe()
    # The briefing says the share of the plan, and 'đạt' because more is better here.
    paragraphs = [p for s in prepare_briefing(dataset).sections for p in s.paragraphs]
    assert "Đạt 110% kế hoạch (40 đảng viên)." in paragraphs
    assert "Đạt 102,8% kế hoạch (90%)." in paragraphs


def test_a_plan_form_by_unit_with_the_period_in_the_title(tmp_path: Path) -> None:
    path = _form(
        tmp_path / "giao-chi-tieu.xlsx",
        [["BIỂU TỔNG HỢP KẾT QUẢ KẾT NẠP ĐẢNG VIÊN NĂM 2023"], []],
        [["TT", "Đơn vị", "Chỉ tiêu", "Chỉ tiêu giao", "Kết quả", "So với KH (%)"]],
        [
            [1, "Phường Nghĩa Chánh", "Kết nạp đảng viên mới", 12, 15, "125%"],
            [2, "Phường Trần Phú", "Kết nạp đảng viên mới", 10, 8, "80%"],
            [None, "Tổng cộng", None, 22, 23, None],
        ],
    )
    dataset = analysis.load(path)
    # '125%' typed as text is read, and said; the 'Tổng cộng' row is a total, not a unit.
    assert [(p.code, p.cell) for p in dataset.problems] == [
        ("number_as_text", "F4"),
        ("number_as_text", "F5"),
        ("total_row", "A6"),
    ]
    rows = _records(dataset)
    got = [(r["unit"], r["numerator"], r["target"], r["achievement_text"]) for r in rows]
    assert got == [
        ("Phường Nghĩa Chánh", 15, 12, "125%"),
        ("Phường Trần Phú", 8, 10, "80%"),
        ("Tổng cộng", 23, 22, "104,5%"),
    ]
    assert {r["period"] for r in rows} == {"2023"}
    assert dataset.sheets[0].period_from == "title cell A1"


def test_a_plan_under_a_year_merged_over_two_rows(tmp_path: Path) -> None:
    # 'Năm 2024' merged over 'Kế hoạch | Thực hiện | Tỷ lệ đạt'; STT and the name span both.
    path = _form(
        tmp_path / "hai-dong.xlsx",
        [["ĐẢNG BỘ PHƯỜNG TRẦN PHÚ"], []],
        [
            ["STT", "Nội dung chỉ tiêu", "Năm 2024", None, None],
            [None, None, "Kế hoạch", "Thực hiện", "Tỷ lệ đạt (%)"],
        ],
        [[1, "Đảng viên được tặng Huy hiệu", 25, 27, 108]],
        merged=["C3:E3", "A3:A4", "B3:B4"],
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    [row] = _records(dataset)
    assert (row["period"], row["numerator"], row["target"], row["achievement_text"]) == (
        "2024",
        27,
        25,
        "108%",
    )
    assert dataset.sheets[0].headers["indicator"] == "B3"


BREAKDOWN_ROWS = [
    [1, "Đảng viên mới kết nạp", 12, 7, 5],
    [2, "Đảng viên được miễn sinh hoạt", 9, 6, 2],
    [3, "Đảng viên bị khai trừ", 3, 4, 0],
]


def test_a_breakdown_under_a_merged_trong_do(tmp_path: Path) -> None:
    path = _form(
        tmp_path / "nam-nu.xlsx",
        [["ĐẢNG BỘ PHƯỜNG NGHĨA CHÁNH"], ["BÁO CÁO CÔNG TÁC ĐẢNG VIÊN NĂM 2024"]],
        [
            ["STT", "Chỉ tiêu", "Tổng số", "Trong đó", None],
            [None, None, None, "Nam", "Nữ"],
        ],
        BREAKDOWN_ROWS,
        merged=["D3:E3", "A3:A4", "B3:B4", "C3:C4"],
    )
    dataset = analysis.load(path)
    # 4 men of 3 expelled: the parts are more than their whole.
    assert [(p.code, p.cell) for p in dataset.problems] == [("parts_exceed_parent", "C7")]
    rows = _records(dataset)
    got = [(r["indicator"], r["parent"], r["numerator"], r["cell"]) for r in rows[:3]]
    assert got == [
        ("Đảng viên mới kết nạp", None, 12, "C5"),
        ("Nam", "Đảng viên mới kết nạp", 7, "D5"),
        ("Nữ", "Đảng viên mới kết nạp", 5, "E5"),
    ]
    # A part's base is its whole: 5 of the 12 new members are women.
    assert (rows[2]["ratio_text"], rows[2]["value_text"]) == ("5/12", "41,7%")
    assert rows[0]["text"] == "12" and rows[0]["denominator"] is None
    assert {r["period"] for r in rows} == {"2024"}
    [reading] = dataset.sheets
    assert (reading.layout, reading.headers["parts"], reading.headers["numerator"]) == (
        "breakdown",
        "D4:E4",
        "C3",
    )


def test_a_breakdown_written_on_one_row(tmp_path: Path) -> None:
    path = _form(
        tmp_path / "mot-dong.xlsx",
        [],
        [["Chỉ tiêu", "Đơn vị", "Kỳ", "Số lượng", "Trong đó: nữ", "Dân tộc thiểu số"]],
        [["Đảng viên mới kết nạp", "Xã Tịnh Hà", "Năm 2023", 20, 9, 3]],
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    rows = dataset.observations
    assert list(zip(rows["indicator"], rows["numerator"], rows["parent"], strict=True)) == [
        ("Đảng viên mới kết nạp", 20, None),
        ("Nữ", 9, "Đảng viên mới kết nạp"),
        ("Dân tộc thiểu số", 3, "Đảng viên mới kết nạp"),
    ]


def test_results_of_two_periods_side_by_side(tmp_path: Path) -> None:
    path = _form(
        tmp_path / "so-sanh.xlsx",
        [["ĐẢNG ỦY XÃ NGHĨA HÀ"]],
        [["STT", "Chỉ tiêu", "Thực hiện 9 tháng 2023", "Thực hiện 9 tháng 2024", "So sánh (%)"]],
        [[1, "Đảng viên mới kết nạp", 10, 12, 120]],
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    rows = dataset.observations
    assert list(zip(rows["period"], rows["numerator"], strict=True)) == [
        ("2023-01/2023-09", 10),
        ("2024-01/2024-09", 12),
    ]
    assert dataset.sheets[0].layout == "wide_by_period"


def test_a_title_that_names_the_figure_is_its_indicator(tmp_path: Path) -> None:
    # Units down the side and years across, with no indicator column: the title is the
    # name of a count, so it names every figure, and the reading says where it came from.
    path = _form(
        tmp_path / "tieu-de.xlsx",
        [["SỐ ĐẢNG VIÊN MỚI KẾT NẠP"], []],
        [["Đơn vị", 2021, 2022, 2023]],
        [["Xã Tịnh Hà", 8, 11, 9], ["Xã Tịnh Sơn", 5, 7, 6]],
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    rows = dataset.observations
    assert set(rows["indicator"]) == {"Số đảng viên mới kết nạp"}
    assert list(zip(rows["unit"], rows["period"], rows["numerator"], strict=True))[:3] == [
        ("Xã Tịnh Hà", "2021", 8),
        ("Xã Tịnh Hà", "2022", 11),
        ("Xã Tịnh Hà", "2023", 9),
    ]
    assert set(rows["cell_indicator"]) == {"A1"}


def test_a_layout_chiso_cannot_read_says_what_it_found(tmp_path: Path) -> None:
    # Units down the side and years across, with no indicator column, under a title that
    # names no figure: chiso cannot tell which figure this is, and says how to tell it.
    path = _form(
        tmp_path / "khong-hieu.xlsx",
        [["BÁO CÁO TÌNH HÌNH CÔNG TÁC ĐẢNG"], []],
        [["Đơn vị", 2021, 2022, 2023]],
        [["Xã Tịnh Hà", 8, 11, 9], ["Xã Tịnh Sơn", 5, 7, 6]],
    )
    dataset = analysis.load(path)
    [problem] = dataset.problems
    assert (problem.code, problem.severity, problem.cell) == (
        "layout_not_understood",
        "error",
        "A3",
    )
    assert problem.message.startswith(
        "Dòng tiêu đề 3 có Đơn vị (A3), 3 × kỳ / period (B3:D3), nhưng thiếu cột Chỉ tiêu"
    )
    assert "README" in problem.message and dataset.observations.empty


def test_two_years_each_with_its_plan_and_result(tmp_path: Path) -> None:
    # 'Năm 2023' and 'Năm 2024' each merged over 'KH | TH': each year's plan is its own.
    path = _form(
        tmp_path / "hai-nam.xlsx",
        [["ĐẢNG ỦY PHƯỜNG NGHĨA LỘ"]],
        [
            ["TT", "Chỉ tiêu", "ĐVT", "Năm 2023", None, "Năm 2024", None],
            [None, None, None, "KH", "TH", "KH", "TH"],
        ],
        [
            [1, "Kết nạp đảng viên mới", "đảng viên", 10, 9, 12, 15],
            [2, "Mục tiêu đến năm 2025 chưa giao", "đảng viên", None, 3, None, 4],
        ],
        merged=["D2:E2", "F2:G2", "A2:A3", "B2:B3", "C2:C3"],
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    rows = _records(dataset)
    got = [
        (r["period"], r["numerator"], r["target"], r["achievement_text"], r["target_status"])
        for r in rows[:2]
    ]
    # Each year's plan is for that year: its status is said.
    assert got == [("2023", 9, 10, "90%", "chưa đạt"), ("2024", 15, 12, "125%", "vượt")]
    assert [(r["period"], r["target"]) for r in rows[2:]] == [("2023", None), ("2024", None)]
    [reading] = dataset.sheets
    assert (reading.layout, reading.headers["period"]) == ("plan_against_actual", "E3:G3")


def test_a_table_of_units_with_one_column_per_indicator(tmp_path: Path) -> None:
    path = _form(
        tmp_path / "thong-ke.xlsx",
        [["ĐẢNG BỘ HUYỆN SƠN TỊNH"], ["BIỂU THỐNG KÊ ĐẢNG VIÊN NĂM 2024"], []],
        [
            [
                "STT",
                "Tên đơn vị",
                "Tổng số đảng viên",
                "Đảng viên mới kết nạp",
                "Đảng viên được tặng Huy hiệu",
                "Ghi chú",
            ]
        ],
        [
            ["I", "KHỐI XÃ"],
            [1, "Xã Tịnh Hà", 420, 8, 12],
            [2, "Xã Tịnh Sơn", 315, 5, 9, "chưa đủ hồ sơ"],
            ["II", "KHỐI CƠ QUAN"],
            [3, "Đảng bộ Cơ quan huyện", 180, 2, 4],
            [None, "Tổng cộng", 915, 15, 26],
        ],
        merged=["B5:F5", "B8:F8"],
    )
    dataset = analysis.load(path)
    # The grand total adds up both sections; its last column says 26 where the units add up
    # to 25.
    assert [(p.code, p.cell) for p in dataset.problems] == [
        ("total_row", "A10"),
        ("total_row", "A10"),
        ("total_row", "A10"),
        ("total_mismatch", "E10"),
    ]
    rows = dataset.observations
    columns = ("unit", "indicator", "numerator", "cell_numerator")
    got = list(zip(*(rows[c] for c in columns), strict=True))
    assert got == [
        ("Xã Tịnh Hà", "Tổng số đảng viên", 420, "C6"),
        ("Xã Tịnh Hà", "Đảng viên mới kết nạp", 8, "D6"),
        ("Xã Tịnh Hà", "Đảng viên được tặng Huy hiệu", 12, "E6"),
        ("Xã Tịnh Sơn", "Tổng số đảng viên", 315, "C7"),
        ("Xã Tịnh Sơn", "Đảng viên mới kết nạp", 5, "D7"),
        ("Xã Tịnh Sơn", "Đảng viên được tặng Huy hiệu", 9, "E7"),
        ("Đảng bộ Cơ quan huyện", "Tổng số đảng viên", 180, "C9"),
        ("Đảng bộ Cơ quan huyện", "Đảng viên mới kết nạp", 2, "D9"),
        ("Đảng bộ Cơ quan huyện", "Đảng viên được tặng Huy hiệu", 4, "E9"),
    ]
    assert set(rows["period"]) == {"2024"}
    sections = zip(rows["unit"], rows["indicator"], rows["section"], strict=True)
    by_unit = {(u, i): s for u, i, s in sections}
    assert by_unit[("Đảng bộ Cơ quan huyện", "Tổng số đảng viên")] == "KHỐI CƠ QUAN"
    assert list(rows["note"].dropna()) == ["chưa đủ hồ sơ"] * 3
    [reading] = dataset.sheets
    assert (reading.layout, reading.headers["unit"], reading.headers["indicators"]) == (
        "indicators_as_columns",
        "B4",
        "C4:E4",
    )
    assert reading.period_from == "title cell A2"
    assert "mỗi dòng một đơn vị, mỗi cột một chỉ tiêu" in reading.describe()


def test_a_comparison_split_into_plan_and_same_period(tmp_path: Path) -> None:
    # 'So sánh (%)' merged over 'TH/KH | TH/CK': the first is the share of the plan.
    path = _form(
        tmp_path / "so-sanh-hai-dong.xlsx",
        [["ĐẢNG ỦY XÃ TỊNH HÀ"], ["BÁO CÁO 6 THÁNG ĐẦU NĂM 2024"]],
        [
            ["STT", "Chỉ tiêu", "KH năm 2024", "TH 6 tháng", "TH cùng kỳ", "So sánh (%)", None],
            [None, None, None, None, None, "TH/KH", "TH/CK"],
        ],
        [[1, "Kết nạp đảng viên mới", 20, 9, 8, 45, 112.5]],
        merged=["F3:G3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4"],
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    rows = _records(dataset)
    got = [(r["period"], r["numerator"], r["target"], r["achievement_text"]) for r in rows]
    assert got == [("2024S1", 9, 20, "45%"), ("2023S1", 8, None, None)]


def test_a_header_merged_down_over_two_rows(tmp_path: Path) -> None:
    # Every header cell merged over rows 2 and 3: the figures start on row 4.
    path = _form(
        tmp_path / "gop-doc.xlsx",
        [["ĐẢNG BỘ PHƯỜNG LÊ HỒNG PHONG"]],
        [["STT", "Chỉ tiêu", "Kỳ", "Số lượng"], [None, None, None, None]],
        [[1, "Đảng viên mới kết nạp", "Năm 2024", 9]],
        merged=["A2:A3", "B2:B3", "C2:C3", "D2:D3"],
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    assert list(dataset.observations["cell_numerator"]) == ["D4"]
