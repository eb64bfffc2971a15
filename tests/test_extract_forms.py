"""`chiso extract` (issue 20) on the forms real reports take beyond the seed's: a title on the
same line as «BÁO CÁO», counts of two kinds in one clause, a plan exceeded by a share."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

from analysis.model.periods import parse_period
from analysis.reading.report_figures import sentence_figures
from analysis.reading.report_frame import report_frame
from analysis.reading.report_periods import ReportSetting
from analysis.reading.report_text import report_passages

HALF = ReportSetting("Xã A", parse_period("6 tháng đầu năm 2024"), (2020, 2025),
                     dt.date(2024, 6, 30))  # fmt: skip


def _rows(sentence: str) -> list[tuple[object, ...]]:
    return [
        (f.count, f.base, f.rate, f.kind, f.measure)
        for f in sentence_figures(sentence, "đoạn 1", HALF)
    ]


def test_a_title_on_the_same_line_as_bao_cao_gives_the_period(tmp_path: Path) -> None:
    path = tmp_path / "an-phu.txt"
    path.write_text(
        "ĐẢNG ỦY XÃ AN PHÚ\nBÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2024\nKết nạp 45 đảng viên.\n"
        "Báo cáo kết quả tại hội nghị quý III năm 2024.\n",
        encoding="utf-8",
    )
    frame = report_frame(report_passages(path))
    assert (frame.unit, frame.title) == ("Đảng ủy xã An Phú", "SƠ KẾT 6 THÁNG ĐẦU NĂM 2024")
    assert frame.period == parse_period("6 tháng đầu năm 2024")
    assert frame.body.start == 2
    # a sentence of the body that starts with «Báo cáo» is no title
    late = tmp_path / "late.txt"
    late.write_text("Kết nạp 45 đảng viên.\nBáo cáo kết quả tại hội nghị quý III năm 2024.\n")
    assert report_frame(report_passages(late)).title is None


def test_a_document_word_used_as_a_verb_before_a_count_is_no_document() -> None:
    assert _rows(
        "Qua kiểm tra, kết luận 01 chi ủy và 02 chi bộ thực hiện tốt, 04 chi bộ còn có khuyết "
        "điểm; thực hiện Kết luận 21 của Trung ương và Quyết định số 05 chi bộ."
    ) == [
        (1, None, None, "mức", "chi ủy"),
        (2, None, None, "mức", "chi bộ"),
        (4, None, None, "mức", "chi bộ"),
    ]


def test_what_a_count_counts_includes_houses_bridges_and_committees() -> None:
    assert _rows("Xây dựng 200 căn nhà, 3 cây cầu, trao 150 suất quà cho 12 chi ủy.") == [
        (200, None, None, "mức", "căn nhà"),
        (3, None, None, "mức", "cây cầu"),
        (150, None, None, "mức", "suất"),
        (12, None, None, "mức", "chi ủy"),
    ]


def test_a_plan_exceeded_by_a_share_is_that_much_over_a_hundred() -> None:
    # «vượt 31% kế hoạch» reaches 131% of it; the row says so beside the sentence
    (level, exceeded) = sentence_figures("Kết nạp 45 đảng viên, vượt 31% kế hoạch.", "đoạn 1", HALF)
    assert (level.count, exceeded.rate, exceeded.kind) == (45, 131, "đạt kế hoạch")
    assert exceeded.doubts == ("vượt 31%: đạt 131% kế hoạch / 131% of plan",)
    assert _rows("Thu ngân sách vượt kế hoạch 12%.") == [(None, None, 112, "đạt kế hoạch", None)]
    # a share over a hundred after «vượt» is the share reached, as offices also write it
    assert _rows("Thu ngân sách vượt 106,4% so với chỉ tiêu tỉnh giao.") == [
        (None, None, Decimal("106.4"), "đạt kế hoạch", None)
    ]
