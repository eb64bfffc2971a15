"""A draft workbook confirmed row by row (issue 20, the reading side): `analysis.reading.drafts`.

The drafts here are written as `chiso extract` writes them (one sheet «Bản nháp», the 13
columns below) and read by the real reader and the real `chiso check`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

import analysis
from analysis import cli
from analysis.model.dataset import Dataset
from analysis.run.draft import DRAFT_HEADERS

# The draft `chiso extract` writes, without its `Ghi chú` column: the reader finds each
# column by its header, whichever are there.
HEADER = tuple(h for h in DRAFT_HEADERS if h != "Ghi chú")
UNIT = "Đảng bộ tỉnh"


def line(
    indicator: str,
    numerator: float | None,
    denominator: float | None = None,
    rate: float | None = None,
    *,
    answer: str | None = "đúng",
    kind: str | None = "mức",
    group: str | None = None,
    measure: str | None = "người",
    period: str = "6 tháng đầu năm 2024",
) -> tuple[object, ...]:
    """One row of a draft, in the order of `HEADER`."""
    quote = f"… {indicator} {numerator} …"
    return (
        indicator,
        UNIT,
        period,
        numerator,
        denominator,
        rate,
        measure,
        group,
        kind,
        quote,
        "đoạn 12",
        "cao",
        answer,
    )


def write_draft(
    folder: Path,
    rows: list[tuple[object, ...]],
    *,
    header: tuple[str, ...] = HEADER,
    name: str = "ban-nhap.xlsx",
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Bản nháp"
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row[: len(header)]))
    path = folder / name
    book.save(path)
    return path


def codes(dataset: Dataset) -> list[str]:
    return [p.code for p in dataset.problems]


def figures(dataset: Dataset) -> list[tuple[str, float, float | None]]:
    """(indicator, numerator, denominator) of every figure read, in order."""
    frame = dataset.observations
    return [
        (str(i), float(n), None if d != d else float(d))
        for i, n, d in zip(
            frame["indicator"], frame["numerator"], frame["denominator"], strict=True
        )
    ]


CONFIRMED = [
    line("Đảng viên được đánh giá, xếp loại", 9728, 9897, 98.3),  # row 2
    line("Đảng viên mới", 120, answer="sửa"),  # row 3
    line("Đảng viên mới", 12, kind="thay đổi", answer="Dung"),  # row 4: a change
    line("Thu ngân sách", None, rate=60, kind="đạt kế hoạch", measure=None, answer="OK"),  # 5
    line("Năm", 2024, answer="bỏ", measure=None),  # row 6: a year taken for a figure
    line("Tỷ lệ hài lòng", -1.94, kind="thay đổi", measure="điểm %", answer="fixed"),  # 7
]


def test_a_confirmed_draft_gives_its_figures_and_says_what_it_set_aside(tmp_path: Path) -> None:
    dataset = analysis.load(write_draft(tmp_path, CONFIRMED))
    assert dataset.ok
    assert figures(dataset) == [
        ("Đảng viên được đánh giá, xếp loại", 9728.0, 9897.0),
        ("Đảng viên mới", 120.0, None),
    ]
    first = dataset.observations.iloc[0]
    assert first["printed_rate"] == pytest.approx(98.3)
    assert first["period"] == "2024S1"
    assert (first["cell_numerator"], first["cell_rate"]) == ("D2", "F2")
    said = [(p.code, p.severity, p.cell, p.details.get("cells")) for p in dataset.problems]
    assert said == [
        ("draft_dropped", "note", "M6", "M6"),
        ("draft_set_aside", "note", "I4", "I4, I7"),
        ("draft_set_aside", "note", "I5", "I5"),
    ]
    change, plan = dataset.problems[1], dataset.problems[2]
    assert change.message_vi == (
        "2 dòng của bản nháp là mức thay đổi (I4, I7), không phải mức: để riêng, không đọc "
        "thành số liệu."
    )
    assert "shares of the plan achieved (I5)" in plan.message_en
    # The draft's own columns are understood, never read as figures or as a name.
    assert "term_not_understood" not in codes(dataset)
    [sheet] = dataset.sheets
    assert {k: sheet.headers[k] for k in ("kind", "quote", "position", "confidence")} == {
        "kind": "I1",
        "quote": "J1",
        "position": "K1",
        "confidence": "L1",
    }
    assert sheet.headers["confirmation"] == "M1"
    # Every number is accounted for: the rows set aside are listed with why, none left over.
    [table] = dataset.tables
    reasons = {n.cells: n.reason_vi for n in table.numbers_not_read}
    assert reasons == {
        "D4, D7": "mức thay đổi, không phải mức",
        "F5": "tỷ lệ đạt kế hoạch, không phải mức",
        "D6": "dòng bản nháp đánh dấu bỏ",
    }
    assert table.numbers_read == 4  # 9728, 9897 and the printed 98,3; then 120


def test_a_change_and_a_share_of_the_plan_are_never_levels(tmp_path: Path) -> None:
    # Alone in the draft, they would otherwise be read as figures (12 new members; 60).
    path = write_draft(
        tmp_path,
        [
            line("Đảng viên mới", 12, kind="thay đổi"),
            line("Thu ngân sách", None, rate=60, kind="Đạt kế hoạch", measure=None),
            line("Đảng viên mới", 120, kind="mức"),
        ],
    )
    dataset = analysis.load(path)
    assert figures(dataset) == [("Đảng viên mới", 120.0, None)]
    assert "duplicate_conflict" not in codes(dataset)  # the change is no second level
    assert dataset.observations["printed_achievement"].isna().all()
    assert dataset.observations["printed_rate"].isna().all()


def test_a_printed_rate_is_checked_against_its_counts(tmp_path: Path) -> None:
    # 9728/9897 is 98,29…%: a printed 97,0 is off; a whole 97 is within a unit of the last
    # digit printed (98), the tolerance every printed rate is given, so 96 is the whole one.
    rows = [
        line("Đảng viên được đánh giá", 9728, 9897, 97.3),
        line("Đảng viên được khen thưởng", 9728, 9897, 96, period="2023"),
        line("Đảng viên được đánh giá", 9728, 9897, 98.3, period="2022"),
    ]
    dataset = analysis.load(write_draft(tmp_path, rows))
    assert [f[1:] for f in figures(dataset)] == [(9728.0, 9897.0)] * 3
    said = [(p.code, p.cell, p.details["printed"], p.details["computed"]) for p in dataset.problems]
    assert said == [("rate_mismatch", "F2", "97.3", "98.3"), ("rate_mismatch", "F3", "96", "98.3")]


def test_parts_that_do_not_add_up_to_their_whole_are_named(tmp_path: Path) -> None:
    rows = [
        line("Hoàn thành xuất sắc nhiệm vụ", 1200, 9728, kind="phần", group="Xếp loại"),
        line("Hoàn thành tốt nhiệm vụ", 7000, 9728, kind="phần", group="Xếp loại"),
        line("Không hoàn thành nhiệm vụ", 300, 9728, kind="phần", group="Xếp loại"),
    ]
    dataset = analysis.load(write_draft(tmp_path, rows))
    [problem] = dataset.problems
    assert problem.code == "group_sum_mismatch"
    assert (problem.details["total"], problem.details["whole"]) == ("8500", "9728")
    # Parts that add up are not flagged.
    rows[2] = line("Không hoàn thành nhiệm vụ", 1528, 9728, kind="phần", group="Xếp loại")
    assert analysis.load(write_draft(tmp_path, rows, name="ok.xlsx")).problems == []


def test_rows_left_unanswered_refuse_the_whole_draft(tmp_path: Path) -> None:
    rows = [
        line("A", 10, answer="đúng"),
        line("B", 20, answer=None),
        line("C", 30, answer="sua"),
        line("D", 40, answer=None),
        line("E", 50, answer="bo"),
    ]
    dataset = analysis.load(write_draft(tmp_path, rows))
    assert not dataset.ok
    assert dataset.observations.empty  # never a silent part of the draft
    [problem] = dataset.problems
    assert (problem.code, problem.severity, problem.cell) == ("draft_unconfirmed", "error", "M3")
    assert (problem.file, problem.sheet) == (str(tmp_path / "ban-nhap.xlsx"), "Bản nháp")
    assert problem.message_vi.startswith(
        "Bản nháp còn 2/5 dòng chưa xác nhận (M3, M5): điền đúng, sửa hoặc bỏ ở cột Xác nhận"
    )
    assert problem.message_en.startswith("The draft still has 2 of 5 rows unconfirmed (M3, M5)")
    [table] = dataset.tables
    assert table.numbers_read == 0
    assert [n.reason_vi for n in table.numbers_not_read] == ["bản nháp chưa xác nhận xong"]


def test_a_draft_fresh_from_the_extractor_is_refused_and_many_cells_are_cut(
    tmp_path: Path,
) -> None:
    rows = [line(f"Chỉ tiêu {n}", n, answer=None) for n in range(1, 16)]
    rows[3] = line("Chỉ tiêu 4", 4, answer="đúng")
    dataset = analysis.load(write_draft(tmp_path, rows))
    [problem] = dataset.problems
    assert problem.code == "draft_unconfirmed"
    assert (problem.details["count"], problem.details["total"]) == ("14", "15")
    # runs are ranges first, so a run is never cut short: «M6:M16», not «M6:M8, …»
    assert problem.details["cells"] == "M2:M4, M6:M16"
    assert dataset.observations.empty
    scattered = [line(f"Chỉ tiêu {n}", n, answer=None if n % 2 else "đúng") for n in range(1, 21)]
    [problem] = analysis.load(write_draft(tmp_path, scattered)).problems
    assert problem.details["cells"] == "M2, M4, M6, M8, M10, M12, …"


def test_an_answer_chiso_does_not_know_is_named_with_the_words_it_accepts(
    tmp_path: Path,
) -> None:
    rows = [
        line("A", 10, answer="YES"),
        line("B", 20, answer="có lẽ"),
        line("C", 30, answer="Skip"),
        line("D", 40, kind="ước tính", answer="Corrected"),
    ]
    dataset = analysis.load(write_draft(tmp_path, rows))
    assert dataset.observations.empty
    said = [(p.code, p.cell, p.details["value"]) for p in dataset.problems]
    assert said == [
        ("draft_answer_unreadable", "M3", "có lẽ"),
        ("draft_answer_unreadable", "I5", "ước tính"),
    ]
    assert dataset.problems[0].message_vi.startswith(
        "Ô «Xác nhận» ghi «có lẽ», chiso không hiểu: hãy ghi một trong đúng, sửa, bỏ"
    )
    assert "mức, phần, thay đổi, đạt kế hoạch" in dataset.problems[1].message_vi


@pytest.mark.parametrize(
    ("answer", "read"),
    [
        ("đúng", True),
        ("ĐÚNG", True),
        ("dung", True),
        ("ok", True),
        ("Yes", True),
        ("correct", True),
        ("sửa", True),
        ("SUA", True),
        ("edited", True),
        ("fixed", True),
        ("corrected", True),
        ("bỏ", False),
        ("Bo", False),
        ("drop", False),
        ("skip", False),
        ("no", False),
    ],
)
def test_every_accepted_answer(tmp_path: Path, answer: str, read: bool) -> None:
    dataset = analysis.load(write_draft(tmp_path, [line("A", 10), line("B", 20, answer=answer)]))
    assert dataset.ok
    assert [f[0] for f in figures(dataset)] == (["A", "B"] if read else ["A"])
    assert codes(dataset) == ([] if read else ["draft_dropped"])


def test_a_row_without_a_kind_is_a_level(tmp_path: Path) -> None:
    dataset = analysis.load(write_draft(tmp_path, [line("A", 10, kind=None)]))
    assert figures(dataset) == [("A", 10.0, None)]
    assert dataset.problems == []


def test_a_span_of_periods_is_read(tmp_path: Path) -> None:
    path = write_draft(tmp_path, [line("A", 10, period="từ tháng 1/2022 đến tháng 6/2024")])
    assert list(analysis.load(path).observations["period"]) == ["2022-01/2024-06"]


def test_chiso_check_refuses_an_unconfirmed_draft_and_passes_a_confirmed_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unconfirmed = write_draft(
        tmp_path, [line("A", 10), line("B", 20, answer=None)], name="chua.xlsx"
    )
    assert cli.main(["check", str(unconfirmed)]) == 1
    out = capsys.readouterr().out
    assert "draft_unconfirmed" in out
    assert "chua.xlsx › Bản nháp › M3" in out
    assert "Bản nháp còn 1/2 dòng chưa xác nhận (M3)" in out
    assert out.splitlines()[-1] == "1 tệp, 1 lỗi, 0 cảnh báo / 1 file(s), 1 error(s), 0 warning(s)"

    confirmed = write_draft(tmp_path, CONFIRMED, name="xong.xlsx")
    assert cli.main(["check", str(confirmed)]) == 0
    out = capsys.readouterr().out
    assert "Loại I1, Câu gốc J1, Vị trí K1, Độ tin cậy L1, Xác nhận M1" in out
    assert "2 số liệu." in out
    assert "draft_set_aside" in out and "draft_dropped" in out
    assert "term_not_understood" not in out


def test_a_workbook_without_an_answer_column_is_read_as_before(tmp_path: Path) -> None:
    # The same rows with no 'Xác nhận': every row is a figure, the change and the year too,
    # and the draft's words are what they always were (a rank, headers not understood).
    header = (*HEADER[:10], "Vị trí", "Độ tin cậy")
    rows = [
        (*line("Đảng viên mới", 120)[:10], 3, "cao"),
        (*line("Thu ngân sách", 5, measure="tỷ đồng")[:10], 1, "thấp"),
    ]
    dataset = analysis.load(write_draft(tmp_path, rows, header=header))
    assert figures(dataset) == [("Đảng viên mới", 120.0, None), ("Thu ngân sách", 5.0, None)]
    not_understood = [p.details["value"] for p in dataset.problems]
    assert not_understood == ["Loại", "Câu gốc", "Độ tin cậy"]
    assert {p.code for p in dataset.problems} == {"term_not_understood"}
    [table] = dataset.tables
    assert [(n.cells, n.reason_vi) for n in table.numbers_not_read] == [
        ("K2:K3", "thứ hạng, không cộng được")
    ]


def test_a_row_with_only_a_printed_rate_does_not_end_the_table(tmp_path: Path) -> None:
    # A draft's share of the plan fills only Tỷ lệ (%), under a change that fills only Tử số:
    # the rows below are still the table's (they were once cut off as its foot, unsaid).
    header = HEADER[:8]
    rows = [
        line("Đảng viên mới", 120),
        line("Thu ngân sách", None, rate=60, measure=None),
        line("Chi bộ", 45, measure="chi bộ"),
    ]
    dataset = analysis.load(write_draft(tmp_path, rows, header=header))
    # and a row that gives only its rate is that percentage («đạt 60%»), read from its cell
    assert figures(dataset) == [
        ("Đảng viên mới", 120.0, None),
        ("Thu ngân sách", 60.0, None),
        ("Chi bộ", 45.0, None),
    ]
    assert dataset.problems == []
    rate = dataset.observations.set_index("indicator").loc["Thu ngân sách"]
    assert (rate["measure"], rate["cell_numerator"]) == ("%", "F3")


def test_a_ratio_to_the_same_period_is_set_aside_like_a_change(tmp_path: Path) -> None:
    rows = [
        line("Giá trị sản xuất", 3922, measure="tỷ đồng"),
        line("Giá trị sản xuất", None, rate=69.3, measure=None, kind="so với cùng kỳ"),
    ]
    dataset = analysis.load(write_draft(tmp_path, rows))
    assert figures(dataset) == [("Giá trị sản xuất", 3922.0, None)]
    [note] = dataset.problems
    assert note.code == "draft_set_aside"
    assert "tỷ lệ so với cùng kỳ" in note.message_vi
