"""`chiso extract` (issue 20) on the forms real reports take beyond the seed's: a title on the
same line as «BÁO CÁO», counts of two kinds in one clause, a plan exceeded by a share."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from analysis.model.periods import parse_period
from analysis.reading.period_phrases import months_in_digits
from analysis.reading.report_figures import sentence_figures
from analysis.reading.report_frame import ReportFrame, report_frame
from analysis.reading.report_periods import ReportSetting
from analysis.reading.report_text import report_passages
from analysis.run.extract import ReportRead, extract

HALF = ReportSetting("Xã A", parse_period("6 tháng đầu năm 2024"), (2020, 2025),
                     dt.date(2024, 6, 30))  # fmt: skip


def _frame(path: Path, text: str) -> ReportFrame:
    """The frame of a report of `text`, written to `path` in UTF-8 and read."""
    path.write_text(text, encoding="utf-8")
    return report_frame(report_passages(path))


def _read(
    path: Path, text: str, *, unit: str | None = None, period: str | None = None
) -> ReportRead:
    """A report written to `path` and read, as `chiso extract` reads it (its period, when
    `period` is None, the one it states; its unit, when `unit` is None, the one it names)."""
    path.write_text(text, encoding="utf-8")
    stated = parse_period(period) if period else None
    (read,) = extract([path], unit=unit, period=stated).reports
    return read


def _read_fields(
    path: Path, text: str, *, unit: str, period: str, names: tuple[str, ...]
) -> list[tuple[object, ...]]:
    """The named fields of each figure of a report written to `path` and read."""
    figures = _read(path, text, unit=unit, period=period).figures
    return [tuple(getattr(f, n) for n in names) for f in figures]


def _fields(sentence: str, *names: str) -> list[tuple[object, ...]]:
    """The named fields of each figure of one sentence of a report of «Xã A»."""
    return [tuple(getattr(f, n) for n in names) for f in sentence_figures(sentence, "đoạn 1", HALF)]


def _counts_and_periods(path: Path, text: str, **setting: str) -> list[tuple[object, ...]]:
    """Each figure's count and period, of a report written to `path` and read."""
    return [(f.count, f.period) for f in _read(path, text, **setting).figures]


def _rows(sentence: str) -> list[tuple[object, ...]]:
    return [
        (f.count, f.base, f.rate, f.kind, f.measure)
        for f in sentence_figures(sentence, "đoạn 1", HALF)
    ]


def test_a_title_on_the_same_line_as_bao_cao_gives_the_period(tmp_path: Path) -> None:
    frame = _frame(
        tmp_path / "an-phu.txt",
        "ĐẢNG ỦY XÃ AN PHÚ\nBÁO CÁO SƠ KẾT 6 THÁNG ĐẦU NĂM 2024\nKết nạp 45 đảng viên.\n"
        "Báo cáo kết quả tại hội nghị quý III năm 2024.\n",
    )
    assert (frame.unit, frame.title) == ("Đảng ủy xã An Phú", "SƠ KẾT 6 THÁNG ĐẦU NĂM 2024")
    assert frame.period == parse_period("6 tháng đầu năm 2024")
    assert frame.body.start == 2
    # a sentence of the body that starts with «Báo cáo» is no title
    late = "Kết nạp 45 đảng viên.\nBáo cáo kết quả tại hội nghị quý III năm 2024.\n"
    assert _frame(tmp_path / "late.txt", late).title is None


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


def test_a_list_whose_last_count_says_what_all_count_splits_the_whole() -> None:
    assert _rows(
        "Các cấp uỷ đảng đã kỷ luật 56 đảng viên, giảm 6,67% (giảm 4 đảng viên) bằng các hình "
        "thức: Khiển trách 31, cảnh cáo 21, cách chức 2, khai trừ ra khỏi Đảng 2 đảng viên."
    ) == [
        (56, None, None, "mức", "đảng viên"),
        (Decimal("-6.67"), None, None, "thay đổi", "%"),
        (-4, None, None, "thay đổi", "đảng viên"),
        (31, 56, None, "phần", "đảng viên"),
        (21, 56, None, "phần", "đảng viên"),
        (2, 56, None, "phần", "đảng viên"),
        (2, 56, None, "phần", "đảng viên"),
    ]


def test_counts_that_add_up_to_a_total_said_before_are_its_split(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "duc-thuan.txt",
        "Toàn Đảng bộ có 128 đ/c, sinh hoạt ở 11 chi bộ. Qua đánh giá, có 6 chi bộ đạt trong "
        "sạch vững mạnh, 4 chi bộ hoàn thành tốt nhiệm vụ, 1 chi bộ hoàn thành nhiệm vụ.\n"
        "Năm 2018 thi hành kỷ luật 62 đảng viên.\n"
        "Hình thức: khiển trách 28 (chiếm 45%), cảnh cáo 21 (34%), khai trừ 12 (19%).\n"
        "Có 3 chi bộ mới và 2 chi bộ giải thể.\n",
        unit="Xã A",
        period="năm 2018",
        names=("count", "base", "rate", "kind", "measure"),
    ) == [
        (128, None, None, "mức", "đ/c"),
        (11, None, None, "mức", "chi bộ"),
        (6, 11, None, "phần", "chi bộ"),
        (4, 11, None, "phần", "chi bộ"),
        (1, 11, None, "phần", "chi bộ"),
        (62, None, None, "mức", "đảng viên"),
        # counts that say not what they count, each printed with its share of the total
        (28, 62, 45, "phần", "đảng viên"),
        (21, 62, 34, "phần", "đảng viên"),
        (12, 62, 19, "phần", "đảng viên"),
        # 3 + 2 is no total said before: levels
        (3, None, None, "mức", "chi bộ"),
        (2, None, None, "mức", "chi bộ"),
    ]


def test_a_whole_listed_by_its_members_is_no_split() -> None:
    # «4 đảng bộ …, bao gồm: … 21 ĐV»: the members are named, not a split of 4
    assert _rows(
        "Có 4 đảng bộ kết nạp ĐV mới đạt trên 50% chỉ tiêu được giao, bao gồm: Đảng bộ Công an "
        "tỉnh kết nạp được 21 ĐV mới, đạt 105% chỉ tiêu được giao."
    ) == [
        (4, None, None, "mức", "đảng bộ"),
        (21, None, None, "mức", "ĐV"),
        (None, None, 105, "đạt kế hoạch", None),
    ]


def test_ranges_name_classes_and_a_slash_between_counts_of_one_measure_is_a_fraction() -> None:
    assert _rows("- Số xã đạt từ 15-18 tiêu chí : 29 xã, tỷ lệ 28%") == [
        (29, None, 28, "mức", "xã")
    ]
    assert _rows("Đưa tổng số xã đạt chuẩn lên 44 xã /104 xã, tương ứng tỷ lệ 42,31%.") == [
        (44, 104, Decimal("42.31"), "mức", "xã")
    ]
    assert _rows("Toàn xã có 24.977 hộ/25.024 hộ sử dụng nước sạch.") == [
        (24977, 25024, None, "mức", "hộ")
    ]
    # a fraction in words, its measure said twice
    assert _rows("Cần Thơ thu hồi 30 tỉ đồng trong tổng số 649 tỉ đồng của các vụ án.") == [
        (30, 649, None, "mức", "tỉ đồng")
    ]
    # two measures either side of the slash: two counts
    assert _rows("Đã tiếp 866 lượt/964 lượt người đến khiếu nại.") == [
        (866, None, None, "mức", "lượt"),
        (964, None, None, "mức", "lượt"),
    ]
    assert _rows("Có 29 xã đạt chuẩn, chiếm 16,9%; 67 xã đạt từ 14 đến 18 tiêu chí.") == [
        (29, None, Decimal("16.9"), "mức", "xã"),
        (67, None, None, "mức", "xã"),
    ]
    # «hoàn thành 19/19 tiêu chí» is the standard 14 communes met; «16,13 tiêu chí» an average
    assert _rows("Có thêm 14 xã hoàn thành 19/19 tiêu chí, bình quân 16,13 tiêu chí/xã.") == [
        (14, None, None, "mức", "xã"),
        (Decimal("16.13"), None, None, "mức", "tiêu chí/xã"),
    ]


def test_counts_after_trong_are_parts_and_a_listed_change_keeps_its_direction() -> None:
    assert _rows(
        "Trong 85 vụ việc đã giải quyết, có 7 vụ việc được giải quyết thông qua hoà giải, có 12 "
        "vụ công dân tái khiếu."
    ) == [
        (85, None, None, "mức", "vụ việc"),
        (7, 85, None, "phần", "vụ việc"),
        (12, 85, None, "phần", "vụ"),
    ]
    assert _rows("So với cùng kỳ năm trước giảm 146 lượt tiếp, 127 lượt người.") == [
        (-146, None, None, "thay đổi", "lượt"),
        (-127, None, None, "thay đổi", "lượt"),
    ]
    # a place's count listed among changes, its «tăng» left out, is a change too
    assert _fields(
        "Một số đơn vị có mức tăng trưởng cao như: Ý Yên tăng 15 tỷ đồng, Hải Hậu tăng 11 tỷ "
        "đồng, Trực Ninh 14 tỷ đồng. Giảm 2 vụ, Chi bộ A có 5 đảng viên.",
        "count",
        "kind",
        "unit",
    ) == [
        (15, "thay đổi", "Ý Yên"),
        (11, "thay đổi", "Hải Hậu"),
        (14, "thay đổi", "Trực Ninh"),
        (-2, "thay đổi", "Xã A"),
        (5, "mức", "Xã A"),
    ]
    # «nhiều hơn», «ít hơn» after a comparison say by how much, nothing approximate
    assert _fields(
        "Xảy ra 34 vụ, làm chết 26 người, so với cùng kỳ năm 2022 xảy ra ít hơn 02 vụ, 04 người "
        "chết, nhiều hơn 07 người bị thương.",
        "count",
        "kind",
        "measure",
        "note",
    ) == [
        (34, "mức", "vụ", None),
        (26, "mức", "người", None),
        (-2, "thay đổi", "vụ", None),
        (-4, "thay đổi", "người", None),
        (7, "thay đổi", "người", None),
    ]
    # without a comparison, «nhiều hơn 15 hộ» is more than 15 households
    assert _fields("Có nhiều hơn 15 hộ được hỗ trợ.", "count", "kind", "note") == [
        (15, "mức", "số gần đúng: «hơn 15 hộ»")
    ]
    # a count and its share written with only a comma between
    assert _rows("Dân tộc Thái chiếm 163 hộ, 26,63 %.") == [
        (163, None, Decimal("26.63"), "mức", "hộ")
    ]


def test_a_decimal_typed_with_a_dot_before_its_magnitude_is_no_version() -> None:
    assert _fields(
        "Hoạt động tín dụng đã tiết kiệm được trên 1.2 tỷ đồng, ứng dụng chuyển đổi số 4.0.",
        "count",
        "measure",
        "note",
    ) == [(Decimal("1.2"), "tỷ đồng", "số gần đúng: «trên 1.2 tỷ đồng»")]


def test_millions_of_people_billions_said_short_and_what_courts_count() -> None:
    assert _fields(
        "Cả nước có 18,259 triệu người tham gia; thu hồi hơn 22.263 tỉ; tổ chức 36 phiên tòa, "
        "thụ lý 505 nguồn tin; thấp nhất là tổ dân phố 7 tỷ lệ này là 94,68%.",
        "count",
        "rate",
        "measure",
    ) == [
        (18259000, None, "người"),  # «triệu» scales it: no English thousands comma
        (Decimal("22263"), None, "tỉ"),
        (36, None, "phiên tòa"),
        (505, None, "nguồn tin"),
        (None, Decimal("94.68"), None),  # «tổ dân phố 7» is an address, «tỷ lệ» no «tỷ»
    ]


def test_counts_in_a_bracket_after_the_time_compared_with_are_its_levels() -> None:
    # «giảm so với cùng kỳ năm 2023 (…)»: the bracket gives then's counts, no change
    assert _fields(
        "Số ca mắc và tử vong do SXH giảm so với cùng kỳ năm 2023 (36.276 ca mắc SXH và 6 ca "
        "tử vong).",
        "count",
        "kind",
        "period",
    ) == [(36276, "mức", "6 tháng đầu năm 2023"), (6, "mức", "6 tháng đầu năm 2023")]


def test_what_gifts_come_in_is_what_they_count() -> None:
    assert _rows("Đã trao 85 thùng mì tôm, mua 4.000 vé số và cấp 500 thẻ bảo hiểm y tế.") == [
        (85, None, None, "mức", "thùng"),
        (4000, None, None, "mức", "vé"),
        (500, None, None, "mức", "thẻ"),
    ]


def test_an_amount_is_no_share_of_another_amount() -> None:
    assert _rows("Diện tích ngô đạt 48 ha, trong đó sản lượng ngô lấy hạt là 42 tấn.") == [
        (48, None, None, "mức", "ha"),
        (42, None, None, "mức", "tấn"),
    ]
    # kinds of one whole stay its parts though their names differ
    assert _rows(
        "Sinh hoạt tại 434 tổ chức cơ sở đảng (trong đó: 149 đảng bộ cơ sở, 285 chi bộ cơ sở)."
    ) == [
        (434, None, None, "mức", "tổ chức cơ sở đảng"),
        (149, 434, None, "phần", "đảng bộ"),
        (285, 434, None, "phần", "chi bộ"),
    ]


def test_ranks_distances_aims_and_a_heading_without_its_space_are_no_figures() -> None:
    # a rank's change is a change in «bậc»; the ranks themselves, however written, no figures
    assert _rows(
        "Chỉ số PAR INDEX xếp 9/63 tỉnh, tăng 26 bậc; PCI đứng thứ 16/63 tỉnh, thành phố; SIPAS "
        "xếp vị trí 61/63, đứng vị trí thứ 2/63, lần đầu nằm trong top 10, giảm 01 bậc."
    ) == [(26, None, None, "thay đổi", "bậc"), (-1, None, None, "thay đổi", "bậc")]
    assert _rows("Xã Pú Bẩu cách trung tâm huyện 60 km, có 612 hộ.") == [
        (612, None, None, "mức", "hộ")
    ]
    aimed = "Lào Cai phấn đấu đến cuối ngày 31/12, số thu ngân sách sẽ đạt 12.800 tỷ đồng."
    assert _rows(aimed) == []
    # the body whose places are named after their count: whose, not how many; a count of
    # places reached keeps its names as what it counts
    assert _rows(
        "Công an tỉnh đã phối hợp với Công an 2 huyện Giá Rai và Hòa Bình triệt phá 9 tụ điểm."
    ) == [(9, None, None, "mức", "tụ điểm")]
    assert _rows("Huyện giữ vững 4 xã Ea Ly, Ea Bá, Ea Trol, Sông Hinh đạt chuẩn.") == [
        (4, None, None, "mức", "xã")
    ]
    assert _rows("2.Cơ cấu dân tộc: có 3 dân tộc, 612 hộ.") == [
        (3, None, None, "mức", "dân tộc"),  # «3 dân tộc» counts what it names, not «hộ»
        (612, None, None, "mức", "hộ"),
    ]


def test_levels_named_and_an_english_thousands_comma_in_a_count_of_people() -> None:
    assert _rows(
        "Tạo việc làm cho trên 21,700 người; công bố 7.518 TTHC ở 3 cấp: tỉnh, huyện, xã; có "
        "12 cấp ủy viên bị kỷ luật; thu 4,500 tỷ đồng."
    ) == [
        (21700, None, None, "mức", "người"),  # 21,7 people cannot be
        (7518, None, None, "mức", "TTHC"),
        (12, None, None, "mức", "cấp ủy viên"),
        (Decimal("4.5"), None, None, "mức", "tỷ đồng"),  # an amount keeps its decimals
    ]


def test_the_whole_of_the_reports_own_scope_is_its_unit(tmp_path: Path) -> None:
    text = (
        "Toàn tỉnh kết nạp 288 đảng viên; toàn Đảng bộ có 755 tổ chức cơ sở đảng; cấp huyện "
        "tiếp nhận 340 hồ sơ.\n"
    )
    units = []
    for issuer in ("TỈNH ỦY NINH THUẬN", "HUYỆN ỦY NINH SƠN"):
        path = tmp_path / f"{len(units)}.txt"
        path.write_text(f"{issuer}\nBÁO CÁO\nSơ kết 6 tháng đầu năm 2022\n{text}", "utf-8")
        (read,) = extract([path]).reports
        units.append([f.unit for f in read.figures])
    assert units == [
        ["Tỉnh ủy Ninh Thuận", "Tỉnh ủy Ninh Thuận", "Cấp huyện"],
        # a district's report: «toàn tỉnh» is the province, «toàn Đảng bộ» its own
        ["Toàn tỉnh", "Huyện ủy Ninh Sơn", "Cấp huyện"],
    ]


def test_thousands_of_things_a_split_within_a_part_and_a_share_of_the_total() -> None:
    assert _rows(
        "Trung tâm tiếp nhận 5,65 ngàn hồ sơ (HS), trong đó có 1,07 ngàn HS kỳ trước chuyển "
        "sang; nước mắm đạt 9,5 triệu lít."
    ) == [
        (5650, None, None, "mức", "hồ sơ"),
        (1070, 5650, None, "phần", "HS"),
        (Decimal("9.5"), None, None, "mức", "triệu lít"),  # an amount keeps its unit
    ]
    # the bracket splits the part, it does not end the list nor take the part's rate
    rows = _rows(
        "Có 51/51 tổ chức đánh giá, xếp loại, trong đó: Hoàn thành xuất sắc nhiệm vụ 08 (có 01 "
        "đảng bộ và 07 chi bộ), chiếm tỷ lệ 15,67%; Hoàn thành tốt nhiệm vụ 35 (có 07 đảng bộ "
        "và 28 chi bộ), chiếm tỷ lệ 68,62%; Hoàn thành nhiệm vụ 08 (có 04 đảng bộ và 04 chi "
        "bộ) chiếm 15,68%."
    )
    assert [r for r in rows if r[1] == 51] == [
        (51, 51, None, "mức", "tổ chức"),
        (8, 51, Decimal("15.67"), "phần", "tổ chức"),
        (35, 51, Decimal("68.62"), "phần", "tổ chức"),
        (8, 51, Decimal("15.68"), "phần", "tổ chức"),
    ]
    assert [r[:2] for r in rows if r[1] == 35] == [(7, 35), (28, 35)]
    # «trên tổng số»: a share of the total, though over 100, not of a plan
    assert _rows("Có 12.256 đảng viên cài đặt, đạt 101,6% trên tổng số đảng viên.") == [
        (12256, None, Decimal("101.6"), "mức", "đảng viên")
    ]


def test_a_headline_said_only_there_is_kept_and_a_holiday_is_no_figure(tmp_path: Path) -> None:
    path = tmp_path / "huy-hieu.txt"
    path.write_text(
        "544 đảng viên được trao tặng Huy hiệu Đảng đợt 2-9\n\n"
        "Trong đợt 2-9, Đảng bộ tỉnh có 524 đảng viên được trao tặng và 20 đảng viên được "
        "truy tặng Huy hiệu Đảng.\n",
        encoding="utf-8",
    )
    (read,) = extract([path]).reports
    assert [(f.count, f.where) for f in read.figures] == [
        (544, "dòng 1"),
        (524, "dòng 3"),
        (20, "dòng 3"),
    ]


def test_a_place_a_clause_opens_with_is_its_figures_unit() -> None:
    figures = sentence_figures(
        "Trong đó, huyện Thới Lai kết nạp 241 ĐV, đạt 160% kế hoạch; quận Ô Môn kết nạp 162 "
        "ĐV; các huyện đạt khá là TP Chí Linh (1,14 tỷ đồng); Sở Nội vụ phối hợp với huyện Ba "
        "Tơ tổ chức 5 lớp.",
        "đoạn 1",
        HALF,
    )
    assert [(f.unit, f.count, f.rate) for f in figures] == [
        ("Huyện Thới Lai", 241, None),
        ("Huyện Thới Lai", None, 160),
        ("Quận Ô Môn", 162, None),
        ("TP Chí Linh", Decimal("1.14"), None),
        ("Xã A", 5, None),  # a place the clause names as a partner is not its subject
    ]


def test_the_places_a_figure_is_given_to_are_not_its_unit() -> None:
    # the list of places after «cho hộ nghèo» names whom the houses went to; «huyện Mỹ Đức,
    # huyện Ứng Hòa đạt 100%» opens on its places, and each clause of «xã Tân Lập kết nạp 5
    # …, xã Hòa Bình kết nạp 7 …» on its own
    assert _fields(
        "Trao 45 căn nhà đại đoàn kết cho hộ nghèo xã Tân Lập, xã Hòa Bình với tổng kinh phí "
        "2,25 tỷ đồng; xã Tân Lập kết nạp 5 đảng viên, xã Hòa Bình kết nạp 7 đảng viên.",
        "count",
        "unit",
    ) == [(45, "Xã A"), (Decimal("2.25"), "Xã A"), (5, "Xã Tân Lập"), (7, "Xã Hòa Bình")]


def test_the_plans_own_size_and_a_sentence_of_targets_are_no_figures() -> None:
    assert (
        _rows(
            "Năm 2020, ngành phấn đấu hoàn thành các chỉ tiêu: Giải quyết việc làm cho 31.000 lao "
            "động; đào tạo nghề 28.500 người; giảm tỷ lệ hộ nghèo 3,5%."
        )
        == []
    )
    assert _rows(
        "Vốn ngân sách Trung ương (ODA): Kế hoạch năm 2017 là 1.156,4 tỷ đồng, giá trị giải "
        "ngân 884,5 tỷ đồng, đạt 76,5% kế hoạch."
    ) == [
        (Decimal("884.5"), None, None, "mức", "tỷ đồng"),
        (None, None, Decimal("76.5"), "đạt kế hoạch", None),
    ]
    assert (
        _rows(
            "Trong đó, phấn đấu tỷ lệ lao động qua đào tạo đạt 71%; 100% hộ gia đình chính sách "
            "có mức sống bằng trung bình."
        )
        == []
    )
    # a count listed after a change changes too, however long its name
    assert _rows("Giảm 203 chỉ tiêu biên chế hành chính, 2.458 chỉ tiêu biên chế sự nghiệp.") == [
        (-203, None, None, "thay đổi", "chỉ tiêu"),
        (-2458, None, None, "thay đổi", "chỉ tiêu"),
    ]


def test_the_frame_of_an_ubnd_report_and_its_title_before_its_plans(tmp_path: Path) -> None:
    path = tmp_path / "tinh-ky.txt"
    path.write_text(
        "ỦY BAN NHÂN DÂN\nXÃ TỊNH KỲ\nSố: 215/BC-UBND\nBÁO CÁO\nTình hình thực hiện nhiệm vụ "
        "phát triển kinh tế - xã hội năm 2023\nvà phương hướng, nhiệm vụ năm 2024\n"
        "Thu ngân sách đạt 1,5 tỷ đồng; đề nghị tặng Huy hiệu Đảng đợt 3/2 cho 15 đồng chí; "
        "đạt 100% (18/18 chi bộ).\n",
        encoding="utf-16",  # Notepad's «Unicode»: its byte-order mark says what it is
    )
    (read,) = extract([path]).reports
    assert (read.unit, read.frame.period) == (
        "Ủy ban nhân dân xã Tịnh Kỳ",
        parse_period("năm 2023"),
    )
    assert [(f.count, f.base, f.rate, f.period) for f in read.figures] == [
        (Decimal("1.5"), None, None, "năm 2023"),
        (15, None, None, "năm 2023"),  # «đợt 3/2» a date, no fraction
        (18, 18, 100, "năm 2023"),  # the rate before its counts in a bracket
    ]
    frame = report_frame(report_passages(path))
    assert frame.title is not None and frame.title.endswith("nhiệm vụ năm 2024")


def test_a_section_of_plans_gives_no_figures_and_a_number_that_names_stays(tmp_path: Path) -> None:
    path = tmp_path / "nghia-chanh.txt"
    path.write_text(
        "ĐẢNG ỦY PHƯỜNG NGHĨA CHÁNH\nBÁO CÁO\nSơ kết 6 tháng đầu năm 2024\n"
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2024\n"
        "1. Công tác xây dựng Đảng\n"
        "Trao Huy hiệu 40 năm tuổi Đảng cho 03 đồng chí và Huy hiệu 30 năm tuổi Đảng cho 05 "
        "đồng chí.\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024\n"
        "1. Công tác xây dựng Đảng\n"
        "Tổ chức 02 lớp tập huấn bổ sung trong tháng 9/2024; kết nạp 10 đảng viên.\n"
        "III. KIẾN NGHỊ\nĐề nghị cấp trên hỗ trợ 200 triệu đồng.\n",
        encoding="utf-8",
    )
    (read,) = extract([path]).reports
    assert [(f.count, f.indicator) for f in read.figures] == [
        (3, "Đồng chí trao Huy hiệu 40 năm tuổi Đảng"),
        (5, "Đồng chí huy hiệu 30 năm tuổi Đảng"),
    ]


def test_ratios_to_an_earlier_term_where_a_change_started_and_bounds_passed() -> None:
    assert _rows("Thi hành kỷ luật 57 tổ chức đảng, bằng 518,2% so với nửa nhiệm kỳ.") == [
        (57, None, None, "mức", "tổ chức đảng"),
        (None, None, Decimal("518.2"), "so với cùng kỳ", None),  # no plan: an earlier term
    ]
    # where the rate started is last period's; the new one is the figure
    assert _rows("Huyện Sông Lô giảm từ 10,85% xuống còn 1,31%.") == [
        (None, None, Decimal("1.31"), "mức", None)
    ]
    # «có đến 5/9 huyện»: up to five of nine, no date; «dưới 3%» the bound they met
    assert _rows("Có đến 5/9 huyện, thành phố đạt tỷ lệ này dưới 3%.") == [
        (5, 9, None, "mức", "huyện")
    ]
    assert _rows("Đến nay vẫn còn 43.200 người, tương đương gần 8% dân số chưa tham gia.") == [
        (43200, None, 8, "mức", "người")
    ]


def test_parts_of_the_whole_just_before_counted_alike(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "nha-o.txt",
        # «gần 8%» is under 8%: no share of the 502.200 (8,6%), cut short or not
        "Số người tham gia BHYT là 502.200 người. Đến nay vẫn còn 43.200 người, tương đương "
        "gần 8% dân số chưa tham gia BHYT. "
        "Trong đó, có 35.700 người thuộc nhóm hộ gia đình.\n"
        "Toàn tỉnh đã khởi công 10.760/10.760 căn nhà. Trong đó xây mới 7.475 căn, sửa chữa "
        "3.285 căn.\n",
        unit="Tỉnh A",
        period="năm 2024",
    )
    parts = [(f.count, f.base) for f in read.figures if f.kind == "phần"]
    assert parts == [(35700, 43200), (7475, 10760), (3285, 10760)]


def test_a_quantity_per_something_keeps_its_whole_unit() -> None:
    figures = sentence_figures(
        "Năng suất lúa bình quân 62,5 tạ/ha; thu nhập bình quân 62 triệu đồng/người/năm.",
        "đoạn 1",
        HALF,
    )
    assert [(f.count, f.measure, f.indicator) for f in figures] == [
        (Decimal("62.5"), "tạ/ha", "Năng suất lúa bình quân"),
        (62, "triệu đồng/người/năm", "Thu nhập bình quân"),
    ]


def test_a_number_word_in_a_places_name_counts_nothing() -> None:
    # «Năm Căn» is a district; «tám dự án» counts eight projects
    assert _rows("Huyện Năm Căn đã hoàn thành thẩm định; được tám dự án.") == [
        (8, None, None, "mức", "dự án")
    ]
    # «một» counts when it is listed or counted, not as an article
    assert _rows("Cụ thể, có một xã đạt 19/19 tiêu chí; giảm một em so với năm trước.") == [
        (1, None, None, "mức", "xã"),
        (19, 19, None, "mức", "tiêu chí"),
        (-1, None, None, "thay đổi", "em"),
    ]
    assert _rows("Đây là một việc làm ý nghĩa, diễn ra trong một buổi chiều.") == []
    assert _rows("Bốn thí sinh đạt giải; có 05 địa phương giảm.") == [
        (4, None, None, "mức", "thí sinh"),
        (5, None, None, "mức", "địa phương"),
    ]


def test_a_course_named_by_its_month_gives_no_period() -> None:
    (course,) = sentence_figures(
        "Lớp bồi dưỡng lý luận chính trị khóa 1/2024 có 25 học viên.", "đoạn 1", HALF
    )
    (month,) = sentence_figures("Tháng 1/2024 kết nạp 5 đảng viên.", "đoạn 1", HALF)
    assert (course.period, month.period) == ("6 tháng đầu năm 2024", "tháng 1/2024")


def test_a_lead_said_again_in_the_body_gives_each_figure_once(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "thu-ngan-sach.txt",
        "Tổng thu ngân sách nhà nước trên địa bàn huyện từ đầu năm thực hiện hơn 285,3 tỷ "
        "đồng, đạt 60% kế hoạch tỉnh, tăng 68,4 tỷ đồng so với cùng kỳ.\n"
        "Vốn đầu tư thực hiện trên 108,5 tỷ đồng. Đặc biệt, tổng thu ngân sách nhà nước trên "
        "địa bàn được hơn 285,3 tỷ đồng, đạt 60% kế hoạch tỉnh, tăng 68,4 tỷ đồng so với cùng "
        "kỳ.\nKết nạp 12 đảng viên.\nChi bộ B kết nạp 12 đảng viên.\n"
        "Trường THCS Lê Lợi có 1.200 học sinh.\nTrường THCS Nguyễn Du có 1.200 học sinh.\n",
        unit="Huyện A",
        period="6 tháng đầu năm 2024",
    )
    numbers = [(f.count, f.rate, f.kind) for f in read.figures]
    assert numbers == [
        (Decimal("285.3"), None, "mức"),
        (None, Decimal(60), "đạt kế hoạch"),
        (Decimal("68.4"), None, "thay đổi"),
        (Decimal("108.5"), None, "mức"),
        (12, None, "mức"),  # a small count said again may be another's: kept
        (12, None, "mức"),
        (1200, None, "mức"),  # of another school, by its name
        (1200, None, "mức"),
    ]


def test_what_a_figure_is_compared_with_gives_no_period() -> None:
    figures = sentence_figures(
        "Thu nội địa bằng 140% cùng kỳ năm 2023, gồm: thu khác đạt 7.434 tỷ đồng.", "đoạn 1", HALF
    )
    assert [(f.count, f.period) for f in figures if f.count] == [(7434, "6 tháng đầu năm 2024")]


def test_each_unit_named_in_a_list_of_units_owns_its_figures() -> None:
    own = replace(HALF, unit="Thành ủy Cần Thơ")
    figures = sentence_figures(
        "Từ đầu năm đến nay, Đảng bộ TP Cần Thơ kết nạp được 1.988 đảng viên. Cụ thể, Đảng bộ "
        "huyện Thới Lai kết nạp 241 ĐV (đạt 160% kế hoạch); Đảng bộ Khối Cơ quan Dân Chính "
        "Đảng thành phố kết nạp 333 ĐV; Đảng bộ quận Ninh Kiều kết nạp 123 ĐV (đạt 102% kế "
        "hoạch) và Đảng bộ quận Ô Môn kết nạp 162 ĐV (đạt 101% kế hoạch).",
        "đoạn 1",
        own,
    )
    assert [(f.count, f.rate, f.unit) for f in figures] == [
        (1988, None, "Thành ủy Cần Thơ"),  # the report's own city, named another way
        (241, None, "Đảng bộ huyện Thới Lai"),
        (None, Decimal(160), "Đảng bộ huyện Thới Lai"),
        (333, None, "Đảng bộ Khối Cơ quan Dân Chính Đảng thành phố"),
        (123, None, "Đảng bộ quận Ninh Kiều"),
        (None, Decimal(102), "Đảng bộ quận Ninh Kiều"),
        (162, None, "Đảng bộ quận Ô Môn"),
        (None, Decimal(101), "Đảng bộ quận Ô Môn"),
    ]


def test_a_level_opening_a_sentence_or_closing_an_item_owns_its_figures(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "tthc.txt",
        "Toàn tỉnh tiếp nhận 60.000 hồ sơ. Nếu tính riêng từng cấp, với cấp tỉnh, quý I đã "
        "tiếp nhận 54.575 hồ sơ; đã giải quyết 51.780 hồ sơ. Trong số hồ sơ đang giải quyết "
        "gồm 2.800 hồ sơ.\nCông bố 2.268 thủ tục gồm 1.833 thủ tục cấp tỉnh, 301 thủ tục cấp "
        "huyện và 134 thủ tục cấp xã.\nĐến nay, Đảng bộ huyện đã rà soát thông tin của 97% "
        "đảng viên.\n",
        unit="Lâm Đồng",
        period="quý I năm 2020",
    )
    assert [(f.count, f.unit) for f in read.figures if f.count] == [
        (60000, "Lâm Đồng"),  # «toàn tỉnh» in the report of a unit named without its level
        (54575, "Cấp tỉnh"),
        (51780, "Cấp tỉnh"),
        (2800, "Cấp tỉnh"),  # the paragraph's next sentence
        (2268, "Lâm Đồng"),
        (1833, "Cấp tỉnh"),
        (301, "Cấp huyện"),
        (134, "Cấp xã"),
    ]
    # «đã» is no capitalised name: «Đảng bộ huyện đã» names no unit
    assert [f.unit for f in read.figures if f.rate == 97] == ["Lâm Đồng"]


def test_amounts_in_two_units_norms_named_rates_and_longer_measures() -> None:
    assert _rows(
        "Hội quản lý 99 tổ tiết kiệm với 4.619 hộ vay, dư nợ trên 141 tỷ 700 triệu đồng, tỷ "
        "lệ hộ gửi tiết kiệm đạt trên 99%. Các cấp hội vận động 2.160 phần quà; hỗ trợ sửa "
        "chữa 17 nhà (7 triệu đồng/nhà); tăng trưởng đạt 7,5%, cao hơn 1,03% so với cùng kỳ."
    ) == [
        (99, None, None, "mức", "tổ"),
        (4619, None, None, "mức", "hộ"),
        (141700, None, None, "mức", "triệu đồng"),  # 141 billion and 700 million
        (None, None, 99, "mức", None),  # a rate named by what it measures: not the amount's
        (2160, None, None, "mức", "phần quà"),  # not «phần», a text's part
        (17, None, None, "mức", "nhà"),  # 7 million per house is their norm: no row
        (Decimal("7.5"), None, None, "thay đổi", "%"),  # the growth, and its own change
        (Decimal("1.03"), None, None, "thay đổi", "điểm %"),
    ]


def test_cu_the_opens_the_parts_of_the_whole_before_it(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "thu.txt",
        "Thu ngân sách 10 tháng ước đạt 77.856 tỷ đồng.\n"
        "Cụ thể, thu dầu thô 27.412 tỷ đồng, thu nội địa 42.000 tỷ đồng.\n",
        unit="Tỉnh A",
        period="năm 2023",
        names=("count", "base", "kind"),
    ) == [
        (77856, None, "mức"),
        (27412, 77856, "phần"),
        (42000, 77856, "phần"),
    ]


def test_a_headline_in_capitals_is_no_issuer_and_plans_give_no_period(tmp_path: Path) -> None:
    frame = _frame(
        tmp_path / "tan-tu.txt",
        "ĐẢNG BỘ XÃ TÂN TÚ TỔ CHỨC HỘI NGHỊ SƠ KẾT 6 THÁNG ĐẦU NĂM, NHIỆM VỤ TRỌNG TÂM 6 "
        "THÁNG CUỐI NĂM 2024\n"
        "Ngày 21/6/2024, Đảng bộ xã Tân Tú tổ chức Hội nghị Sơ kết 6 tháng đầu năm, đề ra "
        "phương hướng, nhiệm vụ 6 tháng cuối năm 2024.\nKết nạp 5 đảng viên.\n",
    )
    assert frame.unit is None
    assert frame.opening_period == parse_period("6 tháng đầu năm 2024")


def test_each_sanction_after_those_disciplined_is_a_part_of_them() -> None:
    assert _rows(
        "Các cấp đã thi hành kỷ luật 313 đảng viên (giảm 86 trường hợp so với cùng kỳ năm "
        "ngoái), khai trừ Đảng 45 trường hợp, cách chức 6 trường hợp, cảnh cáo 61 trường hợp; "
        "khen thưởng 400 đảng viên."
    ) == [
        (313, None, None, "mức", "đảng viên"),
        (-86, None, None, "thay đổi", "trường hợp"),
        (45, 313, None, "phần", "trường hợp"),
        (6, 313, None, "phần", "trường hợp"),
        (61, 313, None, "phần", "trường hợp"),
        (400, None, None, "mức", "đảng viên"),  # no sanction: another figure
    ]


def test_a_grade_and_a_block_name_count_nothing_but_cases_after_them_do() -> None:
    assert _rows(
        "Thẩm tra đạo đức của Đảng bộ Khối 107 trường hợp; tổ dân phố 5 có 300 hộ; 99,2% học "
        "sinh vào lớp 1; mở 12 lớp học."
    ) == [
        (107, None, None, "mức", "trường hợp"),
        (300, None, None, "mức", "hộ"),
        (None, None, Decimal("99.2"), "mức", None),
        (12, None, None, "mức", "lớp"),
    ]


def test_a_unit_named_by_its_number_owns_its_figures() -> None:
    figures = sentence_figures(
        "Chi bộ số 3 kết nạp 5 đảng viên; Phường 12 có 300 hộ nghèo.", "đoạn 1", HALF
    )
    assert [(f.count, f.unit) for f in figures] == [(5, "Chi bộ số 3"), (300, "Phường 12")]


def test_a_whole_named_again_to_give_its_parts_is_said_once(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "khieu-nai.txt",
        "a) Tổng diện tích đất tự nhiên: 2441,11 ha;\n"
        "Xã gồm 8 bản có vị trí giáp ranh. Đã giải quyết 85/92 vụ việc (đạt tỷ lệ 92,4%). "
        "Trong 85 vụ việc đã giải quyết, có 7 vụ việc được hoà giải.\n"
        "Trong tổng số 2.055 đảng viên chưa cài đặt, có gần 1.400 trường hợp miễn sinh hoạt.\n",
        unit="Xã A",
        period="năm 2019",
        names=("count", "base", "kind", "measure"),
    ) == [
        (Decimal("2441.11"), None, "mức", "ha"),  # a lettered line with its figure: no heading
        (8, None, "mức", "bản"),  # villages, not copies
        (85, 92, "mức", "vụ việc"),
        (7, 85, "phần", "vụ việc"),
        (2055, None, "mức", "đảng viên"),
        (1400, 2055, "phần", "trường hợp"),
    ]


def test_lists_opened_by_a_colon_or_cu_the_and_a_count_over_its_plan() -> None:
    assert _rows(
        "Đã xây dựng được 42 công trình thanh niên, đạt 168% chỉ tiêu giao, cụ thể: 01 tủ báo "
        "điện tử; 07 cầu dân sinh, 03 sân bê tông."
    ) == [
        (42, None, None, "mức", "công trình"),
        (None, None, 168, "đạt kế hoạch", None),
        (1, 42, None, "phần", None),  # each names its own thing: read from its words later
        (7, 42, None, "phần", None),
        (3, 42, None, "phần", None),
    ]
    assert _rows("Tổng số đảng viên 120 đồng chí: nữ 40, dân tộc 90.") == [
        (120, None, None, "mức", "đồng chí"),
        (40, 120, None, "phần", "đồng chí"),
        (90, 120, None, "phần", "đồng chí"),
    ]
    assert _rows("Trợ giúp cho 287 đối tượng, trong đó có 62 người nghèo; 87 người có công.") == [
        (287, None, None, "mức", "đối tượng"),
        (62, 287, None, "phần", "người"),
        (87, 287, None, "phần", "người"),  # past the ';', counted as the list counts
    ]
    # «giảm được» is a change; a colon closing another clause opens no parts
    assert _rows(
        "Phát triển 1.757/1.500 hội viên mới, đạt 117,1%; giảm được 178 hộ nghèo; kết nạp "
        "8 đảng viên mới, kết quả xếp loại đảng viên: 28 đảng viên HTSXNV."
    ) == [
        (1757, None, None, "mức", "hội viên"),
        (1757, 1500, Decimal("117.1"), "đạt kế hoạch", "hội viên"),  # over its plan, checkable
        (-178, None, None, "thay đổi", "hộ"),
        (8, None, None, "mức", "đảng viên"),
        (28, None, None, "mức", "đảng viên"),  # another clause's colon: no part of the 8
    ]


def test_numbers_naming_units_a_fractions_own_whole_and_details_in_a_list() -> None:
    assert _rows(
        "Trong 10 tổ dân phố, có 4 tổ dân phố, gồm: 1, 3, 5 và 10 có tỷ lệ hộ đạt danh hiệu."
    ) == [(10, None, None, "mức", "tổ dân phố"), (4, 10, None, "phần", "tổ dân phố")]
    assert _rows(
        "Có 3.853 hộ đạt danh hiệu; trong đó có 667 hộ đạt 3 năm liền và 10/10 tổ dân phố "
        "đều đạt tổ dân phố văn hóa."
    ) == [
        (3853, None, None, "mức", "hộ"),
        (667, 3853, None, "phần", "hộ"),
        (10, 10, None, "mức", "tổ dân phố"),  # its own whole, not a share of the households
    ]
    assert _rows(
        "Xây dựng được 12 công trình, cụ thể: 05 công trình thắp sáng; 03 công trình điện, "
        "tổng chiều dài 4,8 km, 04 công trình thắp sáng điểm trường."
    ) == [
        (12, None, None, "mức", "công trình"),
        (5, 12, None, "phần", "công trình"),
        (3, 12, None, "phần", "công trình"),
        (Decimal("4.8"), None, None, "mức", "km"),  # a detail of one item: the list goes on
        (4, 12, None, "phần", "công trình"),
    ]


def test_a_headlines_count_given_by_the_body_in_other_words_is_said_once(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "dan-van.txt",
        "Xã Vĩnh Phú có 42 mô hình Dân vận khéo cơ sở\n"
        "Đảng ủy xã tổ chức hội nghị sơ kết phong trào.\n"
        "Qua thẩm định, Ban Chỉ đạo cấp giấy chứng nhận 42 mô hình cấp xã.\n",
        unit="Xã Vĩnh Phú",
        period="năm 2023",
        names=("count", "measure"),
    ) == [(42, "mô hình")]


def test_parts_choose_the_whole_they_add_up_to_or_their_rate_names(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "huy-hieu.txt",
        "Đảng bộ tỉnh có 524 đảng viên được trao tặng Huy hiệu Đảng và 20 đảng viên được truy "
        "tặng Huy hiệu Đảng. Trong đó, có 2 đảng viên được trao tặng Huy hiệu 75 năm tuổi Đảng; "
        "211 đảng viên được trao tặng Huy hiệu 55 năm và 311 đảng viên được trao tặng Huy hiệu "
        "45 năm tuổi Đảng.\n"
        "Toàn tỉnh có 33.503 đảng viên, kết nạp 1.932 đảng viên. Trong số đảng viên mới kết "
        "nạp: có 930 đảng viên nữ, chiếm 48,14%; 1.214 đảng viên là đoàn viên, chiếm 62,84%.\n",
        unit="Tỉnh A",
        period="năm 2017",
    )
    assert [(f.count, f.base) for f in read.figures if f.kind == "phần"] == [
        (2, 524), (211, 524), (311, 524), (930, 1932), (1214, 1932)
    ]  # fmt: skip


def test_each_unit_of_a_list_with_its_figure_in_a_bracket_owns_it() -> None:
    figures = sentence_figures(
        "Các đảng bộ kết nạp vượt chỉ tiêu gồm có: Công an tỉnh (158,18%); huyện Phú Quý "
        "(120,83%); Ban Chỉ huy Quân sự (105%). Khởi tố 1 bị can về tội lạm dụng chức vụ.",
        "đoạn 1",
        HALF,
    )
    assert [(f.rate, f.unit, f.kind) for f in figures if f.rate] == [
        (Decimal("158.18"), "Công an tỉnh", "đạt kế hoạch"),
        (Decimal("120.83"), "Huyện Phú Quý", "đạt kế hoạch"),
        (Decimal("105"), "Ban Chỉ huy Quân sự", "đạt kế hoạch"),
    ]
    assert [(f.count, f.measure) for f in figures if f.count] == [(1, "bị can")]


def test_of_two_rates_of_a_part_it_keeps_its_share_of_its_whole(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "ho-ngheo.txt",
        "Toàn tỉnh có 5.404 hộ nghèo, chiếm 1,88% tổng số hộ dân cư. Trong đó, hộ nghèo dân "
        "tộc Khmer 3.239 hộ, chiếm 3,61% so với tổng số hộ dân cư dân tộc Khmer (chiếm 59,94% "
        "so với tổng số hộ nghèo).\n",
        unit="Tỉnh A",
        period="năm 2022",
    )
    assert [(f.count, f.base, f.rate, f.kind) for f in read.figures][1:] == [
        (3239, 5404, Decimal("59.94"), "phần"),
        (None, None, Decimal("3.61"), "mức"),  # of another whole, not named by a count
    ]


def test_the_units_of_a_level_together_and_a_body_a_clause_is_set_in_own_figures() -> None:
    def units(sentence: str) -> list[tuple[object, ...]]:
        return _fields(sentence, "count", "unit")

    assert units("Mặt trận các xã, thị trấn trao tặng 391 suất quà, 4 nhà đại đoàn kết.") == [
        (391, "Các xã, thị trấn"),
        (4, "Các xã, thị trấn"),
    ]
    assert units("Trong đó, tại Bộ phận Một cửa UBND thành phố, đã tiếp nhận 15.868 hồ sơ.") == [
        (15868, "Bộ phận Một cửa UBND thành phố")
    ]
    assert units("Tại khối UBND các phường, xã đã tiếp nhận 71.714 hồ sơ.") == [
        (71714, "Các phường, xã")
    ]
    # a partner named after «với … và» is not the subject; a venue sets no unit
    assert units(
        "Trung tâm phối hợp với phòng tư pháp các huyện và UBND các xã, phường tổ chức 28 cuộc."
    ) == [(28, "Xã A")]
    assert units("Tại Hội trường UBND huyện, có 200 đại biểu dự.") == [(200, "Xã A")]
    # a level the sentence's subject names holds past a ';'
    assert units(
        "UBKT cấp huyện và tương đương đã kiểm tra 3 đảng viên; tổ chức giám sát 19 tổ chức đảng."
    ) == [(3, "Cấp huyện"), (19, "Cấp huyện")]


def test_bare_names_listing_units_ages_dashed_days_and_short_measures() -> None:
    def rows(sentence: str) -> list[tuple[object, ...]]:
        return _fields(sentence, "kind", "count", "rate", "measure", "unit")

    assert rows(
        "Các chi nhánh cấp huyện đều tăng trưởng, một số đơn vị tăng khá như: Trực Ninh 14 tỷ "
        "đồng, Ý Yên tăng 15 tỷ đồng."
    ) == [
        ("thay đổi", 14, None, "tỷ đồng", "Trực Ninh"),  # the head says each rose
        ("thay đổi", 15, None, "tỷ đồng", "Ý Yên"),
    ]
    # places' names, every word capitalised, list units with no word saying so; a name may
    # hold an apostrophe («M’Đrắk»)
    assert rows(
        "Đơn cử: Vũng Tàu 23 giải, Bình Dương 13 giải và đặc biệt tỉnh Bình Phước giành được "
        "46 giải."
    ) == [
        ("mức", 23, None, "giải", "Vũng Tàu"),
        ("mức", 13, None, "giải", "Bình Dương"),
        ("mức", 46, None, "giải", "Tỉnh Bình Phước"),
    ]
    # a list of places' names each before a colon and its count, opened by «Cụ thể,»
    assert _fields(
        "Toàn tỉnh có 27.761 hộ nghèo. Cụ thể, Chư Jút: 2.958 hộ; Krông Nô: 3.169 hộ; thị xã "
        "Gia Nghĩa: 417 hộ.",
        "count",
        "unit",
    ) == [(27761, "Toàn tỉnh"), (2958, "Chư Jút"), (3169, "Krông Nô"), (417, "Thị xã Gia Nghĩa")]
    assert _fields("Một số huyện còn cao như: Ea Súp có 7.849 hộ; M’Đrắk 7.362 hộ.", "unit") == [
        ("Ea Súp",),
        ("M’Đrắk",),
    ]
    # a list of sanctions is no list of names: the first word alone is capitalised
    assert [r[4] for r in rows("Kỷ luật bằng các hình thức: Khiển trách 31, cảnh cáo 21.")] == [
        "Xã A",
        "Xã A",
    ]
    # «Sáng 16-7» is a day, «tuổi đời từ 18 - 30» a class of ages: no figures
    assert rows("Sáng 16-7, đảng viên tuổi đời từ 18 - 30 tăng 58,14% so với năm 2016.") == [
        ("thay đổi", Decimal("58.14"), None, "%", "Xã A")
    ]
    assert [r[:2] for r in rows("Có 25 đảng viên từ 18 đến 30 tuổi.")] == [("mức", 25)]
    # a growth beyond last year's is a change, beyond the plan a share of it
    assert [
        r[:3] for r in rows("Kết nạp vượt 66% so với nghị quyết và vượt 88% so với cùng kỳ.")
    ] == [
        ("đạt kế hoạch", None, 166),
        ("thay đổi", 88, None),
    ]
    # a measure written short in capitals
    assert [r[3] for r in rows("Thành lập được 14 CĐ cơ sở, có 53 CNVC-LĐ bị tai nạn.")] == [
        "CĐ",
        "CNVC-LĐ",
    ]


def test_counts_sentences_open_with_that_add_up_to_one_next_to_them_are_its_parts(
    tmp_path: Path,
) -> None:
    assert _read_fields(
        tmp_path / "ho-so.txt",
        "Tổng số hồ sơ yêu cầu giải quyết là 1.150.343 hồ sơ.\n\n"
        "Số hồ sơ đã giải quyết là 1.139.324 hồ sơ; trong đó quá hạn 1.551 hồ sơ.\n\n"
        "Số hồ sơ đang được giải quyết là: 11.019 hồ sơ.\n\n"
        "Giai đoạn 1 đã hỗ trợ 3.336 hộ. Giai đoạn 2 đã hỗ trợ 1.290 hộ. Cả hai giai đoạn đã hỗ "
        "trợ 4.626 hộ.\n\n"
        "Xã có 5 tổ. Thôn A có 3 tổ. Thôn B có 2 tổ.\n",
        unit="Tỉnh A",
        period="năm 2021",
        names=("kind", "count", "base"),
    ) == [
        ("mức", 1150343, None),
        ("phần", 1139324, 1150343),
        ("phần", 1551, 1139324),
        ("phần", 11019, 1150343),
        ("phần", 3336, 4626),
        ("phần", 1290, 4626),
        ("mức", 4626, None),
        ("mức", 5, None),  # 3 + 2 = 5 may be chance: small sums say nothing
        ("mức", 3, None),
        ("mức", 2, None),
    ]


def test_a_capacity_passes_100_a_change_in_brackets_and_grades_listed() -> None:
    def rows(sentence: str) -> list[tuple[object, ...]]:
        return _fields(sentence, "kind", "count", "rate", "measure")

    assert rows("Công suất sử dụng giường bệnh đạt 137,13%.") == [
        ("mức", None, Decimal("137.13"), None)
    ]
    assert rows("Đã giải ngân 447,4 tỷ đồng, bằng 93,1% so với cùng kỳ năm trước.") == [
        ("mức", Decimal("447.4"), None, "tỷ đồng"),
        ("so với cùng kỳ", None, Decimal("93.1"), None),
    ]
    assert rows("Dư nợ so với đầu năm tăng 93 tỷ đồng (3%); đạt 99,9% kế hoạch.") == [
        ("thay đổi", 93, None, "tỷ đồng"),
        ("thay đổi", 3, None, "%"),
        ("đạt kế hoạch", None, Decimal("99.9"), None),
    ]
    # grades listed by their numbers are no figures; «lớp 1, 25 học viên» counts
    assert rows("Thi học sinh giỏi lớp 10, 11, 12 cấp tỉnh có 177 em đạt giải.") == [
        ("mức", 177, None, "em")
    ]
    assert rows("Mở lớp 1, 25 học viên.") == [("mức", 25, None, "học viên")]
    assert rows("Trường cấp học bổng cho 403 HS từ khối 10 - 12.") == [("mức", 403, None, "HS")]


def test_a_list_adding_up_to_its_whole_and_a_headline_in_capitals(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "doan.txt",
        "ĐOÀN THANH NIÊN TỔ CHỨC GẦN 200 ĐỢT TÌNH NGUYỆN\n\n"
        "Đoàn các cấp xây dựng được 12 công trình thanh niên, cụ thể: 01 tủ báo điện tử; 07 "
        "cầu dân sinh, 02 nhà để xe trường học, tổng chiều dài 4,8 km; 02 sân chơi.\n",
        unit="Huyện A",
        period="năm 2021",
    )
    assert read.frame.issuer is None  # a headline giving a count is no issuing body
    assert [(f.kind, f.count, f.base, f.unit) for f in read.figures if f.count != 200] == [
        ("mức", 12, None, "Huyện A"),
        ("phần", 1, 12, "Huyện A"),
        ("phần", 7, 12, "Huyện A"),
        ("phần", 2, 12, "Huyện A"),  # «nhà», another measure, on the list all the same
        ("mức", Decimal("4.8"), None, "Huyện A"),
        ("phần", 2, 12, "Huyện A"),
    ]


def test_counts_adding_up_to_a_fraction_said_in_the_paragraph_before(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "nha-o.txt",
        "Toàn tỉnh đã khởi công 10.760/10.760 căn nhà (đạt 100%) cho các hộ.\n\n"
        "Số nhà cho người có công là 1.477 căn; số nhà cho hộ nghèo là 5.762 căn; số nhà theo "
        "Chương trình giảm nghèo là 2.372 căn; số nhà vùng miền núi là 1.149 căn.\n\n"
        "Xã có 12 tổ.\n\nXã có 7 tổ đạt chuẩn, 5 tổ chưa đạt.\n",
        unit="Tỉnh A",
        period="năm 2023",
    )
    assert [(f.kind, f.count, f.base) for f in read.figures if f.count] == [
        ("mức", 10760, 10760),
        ("phần", 1477, 10760),
        ("phần", 5762, 10760),
        ("phần", 2372, 10760),
        ("phần", 1149, 10760),
        ("mức", 12, None),  # a small total in another paragraph may be chance
        ("mức", 7, None),
        ("mức", 5, None),
    ]


def test_a_paragraph_opening_with_bao_cao_after_the_body_began_is_no_title(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "hdnd.txt",
        "HĐND các xã tổ chức kỳ họp cuối năm\n\n"
        "Sáng ngày 30/12/2022, Hội đồng nhân dân xã Tấn Mỹ tổ chức kỳ họp đánh giá tình hình "
        "thực hiện Nghị quyết trong năm.\n\n"
        "Trong nông nghiệp, toàn xã có 144 hộ trồng xoài theo tiêu chuẩn Viet GAP.\n\n"
        "Báo cáo tại kỳ họp cuối năm HĐND xã Nhơn Mỹ: địa phương hoàn thành cơ bản các chỉ "
        "tiêu, trong đó có 14/15 chỉ tiêu đạt và vượt so với nghị quyết\n",
        unit="Huyện Chợ Mới",
        period="năm 2022",
    )
    assert read.frame.title is None
    assert [(f.count, f.base) for f in read.figures] == [(144, None), (14, 15)]


def test_a_rate_before_its_count_names_with_numbers_and_wholes_opened_by_doi_voi() -> None:
    def rows(sentence: str) -> list[tuple[object, ...]]:
        return _fields(sentence, "kind", "count", "base", "rate", "unit")

    assert rows("Tỷ lệ xét tốt nghiệp THCS đạt 100% với 2.169 học sinh.") == [
        ("mức", 2169, None, 100, "Xã A")
    ]
    # «mức độ 3, 4» and «P. Hải Châu 2» name things; «Xã Phú Lộc 3 hộ» counts
    assert rows("Hồ sơ trực tuyến mức độ 3, 4 đạt 20,43%.") == [
        ("mức", None, None, Decimal("20.43"), "Xã A")
    ]
    assert rows("Xảy ra 1 vụ (P. Hải Châu 2) làm bị thương 1 người; Xã Phú Lộc 3 hộ nghèo.") == [
        ("mức", 1, None, None, "Xã A"),
        ("mức", 1, None, None, "Xã A"),
        ("mức", 3, None, None, "Xã Phú Lộc"),
    ]
    assert rows(
        "Đối với 142 chi bộ được đánh giá, có 29 chi bộ hoàn thành xuất sắc nhiệm vụ, 99 chi bộ "
        "hoàn thành tốt nhiệm vụ."
    ) == [
        ("mức", 142, None, None, "Xã A"),
        ("phần", 29, 142, None, "Xã A"),
        ("phần", 99, 142, None, "Xã A"),
    ]


def test_a_headline_reporting_a_year_and_launching_the_next_reports_the_first(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "tong-ket.txt",
        "Hội nghị tổng kết công tác xây dựng Đảng năm 2022 và phát động thi đua năm 2023\n\n"
        "Toàn Đảng bộ có 50 tổ chức cơ sở đảng với 5.645 đảng viên.\n\n"
        "Kết quả, có 10 tổ chức cơ sở đảng hoàn thành xuất sắc nhiệm vụ, 37 tổ chức cơ sở đảng "
        "hoàn thành tốt nhiệm vụ và 03 tổ chức cơ sở đảng hoàn thành nhiệm vụ.\n",
        unit="Thành ủy Dĩ An",
        period="năm 2022",
    )
    opening = read.frame.opening_period
    assert opening is not None and opening.label() == "năm 2022"  # not 2023, the plan's
    assert [(f.kind, f.count, f.base, f.period) for f in read.figures] == [
        ("mức", 50, None, "năm 2022"),
        ("mức", 5645, None, "năm 2022"),
        ("phần", 10, 50, "năm 2022"),  # three parts adding up to 50 in the next paragraph
        ("phần", 37, 50, "năm 2022"),
        ("phần", 3, 50, "năm 2022"),
    ]


def test_an_opening_reporting_a_span_and_proposing_the_next_reports_the_first(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "de-xuat.txt",
        "Sở GD&ĐT vừa có báo cáo gửi UBND tỉnh về kết quả thực hiện Chương trình xây dựng Nông "
        "thôn mới giai đoạn 2021-2024 và đề xuất thực hiện giai đoạn 2026-2030.\n\n"
        "Toàn tỉnh có 549/639 trường đã được công nhận đạt chuẩn quốc gia.\n",
        unit="Tỉnh A",
        period=None,
    )
    opening = read.frame.opening_period
    assert opening is not None and opening.code == "2021-2024"  # not 2026-2030


def test_a_span_in_brackets_and_a_level_a_paragraph_opens_on(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "mot-cua.txt",
        "Giai đoạn 1 (từ tháng 7/2019 - tháng 8/2020), Ban Chỉ đạo đã hỗ trợ 3.336 hộ gia "
        "đình; giai đoạn 2 (từ tháng 9/2020 đến 30/4/2021) hỗ trợ 1.290 hộ gia đình.\n\n"
        "Tại bộ phận một cửa hiện đại cấp xã tiếp nhận 5.517 hồ sơ, trong đó giải quyết trước "
        "hạn: 4.520 hồ sơ, giải quyết đúng hạn 969 hồ sơ.\n",
        unit="Huyện Đầm Hà",
        period="năm 2021",
        names=("count", "period", "unit"),
    ) == [
        (3336, "từ tháng 7/2019 đến tháng 8/2020", "Huyện Đầm Hà"),
        (1290, "từ tháng 9/2020 đến ngày 30/4/2021", "Huyện Đầm Hà"),
        (5517, "năm 2021", "Cấp xã"),
        (4520, "năm 2021", "Cấp xã"),
        (969, "năm 2021", "Cấp xã"),
    ]


def test_a_headlines_rate_the_body_gives_again_is_said_once(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "hoa-binh.txt",
        "Hòa Bình: tỷ lệ giải quyết hồ sơ thủ tục hành chính 9 tháng năm 2022 đạt 96,6%\n\n"
        "Toàn tỉnh đã tiếp nhận 336.418 hồ sơ. Có 324.824 hồ sơ được giải quyết đạt 96,6%.\n",
        unit="Tỉnh Hòa Bình",
        period="9 tháng năm 2022",
        names=("count", "rate"),
    ) == [
        (336418, None),
        (324824, Decimal("96.6")),
    ]


def test_a_place_right_before_a_bracket_and_the_committees_of_a_level() -> None:
    def units(sentence: str) -> list[tuple[object, ...]]:
        return _fields(sentence, "count", "unit")

    assert units("Một số Quỹ cấp huyện đạt cao như TP Chí Linh (1,14 tỷ đồng).") == [
        (Decimal("1.14"), "TP Chí Linh")  # the place before the bracket, not «cấp huyện»
    ]
    assert units("Cấp ủy cơ sở kiểm tra 39 chi bộ; giám sát 37 tổ chức đảng.") == [
        (39, "Cấp ủy cơ sở"),
        (37, "Cấp ủy cơ sở"),
    ]


def test_counts_saying_not_what_they_count_adding_up_to_the_count_before(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "benh-vien.txt",
        "Điều trị ngoại trú: 10.661/3.318 lượt bệnh nhân, đạt 321,3% chỉ tiêu kế hoạch. "
        "Trong đó, bệnh nhân tăng huyết áp: 4.290, bệnh nhân tiểu đường: 4.149, các bệnh khác: "
        "2.222.\n",
        unit="Huyện Hữu Lũng",
        period="9 tháng năm 2018",
    )
    assert [(f.kind, f.count, f.base, f.rate, f.measure) for f in read.figures] == [
        ("mức", 10661, None, None, "lượt"),  # what was done, a level the briefing reads
        ("đạt kế hoạch", 10661, 3318, Decimal("321.3"), "lượt"),  # over its target: one row
        ("phần", 4290, 10661, None, "lượt"),
        ("phần", 4149, 10661, None, "lượt"),
        ("phần", 2222, 10661, None, "lượt"),
    ]
    assert read.figures[-1].doubts == ()  # its unit of measure taken from its whole: no doubt


def test_a_split_of_a_headlines_whole_and_a_list_of_subjects(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "huy-hieu.txt",
        "Năm 2017, trao Huy hiệu Đảng cho 832 đảng viên\n\n"
        "Trong đó, trao Huy hiệu 70 năm tuổi Đảng cho 5 đảng viên, huy hiệu 45 năm cho 747 "
        "đảng viên và huy hiệu 30 năm cho 80 đảng viên.\n\n"
        "Kỳ thi có 31 học sinh đoạt giải. Trong đó gồm các bộ môn: Ngữ văn 08 em, Sinh học 11 "
        "em, Tiếng Anh 05 em, GDCD 07 em. Trong đó, có 01 giải Nhất, 04 giải Nhì, 11 giải Ba "
        "và 15 giải Khuyến khích.\n",
        unit="Tỉnh Vĩnh Long",
        period="năm 2017",
    )
    rows = [(f.kind, f.count, f.base, f.unit) for f in read.figures]
    assert rows[:4] == [
        ("mức", 832, None, "Tỉnh Vĩnh Long"),  # the headline's whole, said once
        ("phần", 5, 832, "Tỉnh Vĩnh Long"),
        ("phần", 747, 832, "Tỉnh Vĩnh Long"),
        ("phần", 80, 832, "Tỉnh Vĩnh Long"),
    ]
    # school subjects are no units, and 5 + 7 = 12 ≠ 11: «Sinh học 11 em» is no whole
    assert rows[4:9] == [
        ("mức", 31, None, "Tỉnh Vĩnh Long"),
        ("phần", 8, 31, "Tỉnh Vĩnh Long"),
        ("phần", 11, 31, "Tỉnh Vĩnh Long"),
        ("phần", 5, 31, "Tỉnh Vĩnh Long"),
        ("phần", 7, 31, "Tỉnh Vĩnh Long"),
    ]
    # prizes adding up to the students who won them, whatever each counts
    assert rows[9:] == [("phần", n, 31, "Tỉnh Vĩnh Long") for n in (1, 4, 11, 15)]


def test_counts_of_the_body_adding_up_to_the_headlines_whole_are_its_split(
    tmp_path: Path,
) -> None:
    # no «trong đó»: 524 + 20 = 544, the headline's whole the body does not say again
    assert _read_fields(
        tmp_path / "huy-hieu-2-9.txt",
        "544 đảng viên được trao tặng và truy tặng Huy hiệu Đảng đợt 2-9\n\n"
        "- Trong đợt 2-9, Đảng bộ tỉnh có 524 đảng viên được Tỉnh ủy quyết định trao tặng Huy "
        "hiệu Đảng và 20 đảng viên được truy tặng Huy hiệu Đảng.\n",
        unit="Tỉnh Tuyên Quang",
        period="năm 2023",
        names=("kind", "count", "base"),
    ) == [
        ("mức", 544, None),
        ("phần", 524, 544),
        ("phần", 20, 544),
    ]


def test_a_parts_rate_names_which_of_a_fractions_two_numbers_is_its_whole() -> None:
    rows = _rows(
        "Về đảng viên có 2.645/2.993 đồng chí, chiếm tỷ lệ 88,37%, trong đó: số đảng viên chưa "
        "được kiểm điểm là 19 đồng chí, chiếm 0,72%; đảng viên miễn sinh hoạt không phải kiểm "
        "điểm là 329 đồng chí, chiếm 10,99%."
    )
    assert rows == [
        (2645, 2993, Decimal("88.37"), "mức", "đồng chí"),
        (19, 2645, Decimal("0.72"), "phần", "đồng chí"),  # 19/2.645 = 0,72%
        (329, 2993, Decimal("10.99"), "phần", "đồng chí"),  # 329/2.993 = 10,99%, not of 2.645
    ]


def test_a_split_opened_by_trong_do_runs_on_while_it_adds_up_to_its_whole(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "vi-pham.txt",
        "6 tháng đầu năm 2023, toàn tỉnh đã phát hiện 318 vụ vi phạm pháp luật. Trong đó, xảy "
        "ra 180 vụ phạm tội về trật tự xã hội; hậu quả làm 62 người bị thương. Phát hiện 07 vụ, "
        "11 đối tượng phạm tội về kinh tế; phát hiện 10 vụ, 30 đối tượng phạm tội về tham nhũng. "
        "Phát hiện 120 vụ phạm tội về ma túy, 184 đối tượng; 01 vụ, 01 đối tượng phạm tội hủy "
        "hoại rừng. Xảy ra 34 vụ tai nạn giao thông, làm chết 26 người.\n",
        unit="Tỉnh Hòa Bình",
        period="6 tháng đầu năm 2023",
    )
    rows = [(f.kind, f.count, f.base, f.measure) for f in read.figures]
    # 180 + 7 + 10 + 120 + 1 = 318; the traffic accidents after the split are no part of it
    assert [r for r in rows if r[3] == "vụ"] == [
        ("mức", 318, None, "vụ"),
        ("phần", 180, 318, "vụ"),
        ("phần", 7, 318, "vụ"),
        ("phần", 10, 318, "vụ"),
        ("phần", 120, 318, "vụ"),
        ("phần", 1, 318, "vụ"),
        ("mức", 34, None, "vụ"),
    ]


def test_parts_opened_after_a_word_that_points_them_out(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "ket-nap.txt",
        "Năm 2006, cả nước kết nạp 187.179 đồng chí, tăng 10,46% so với năm trước. Đáng chú ý, "
        "trong số đảng viên mới kết nạp có 119.756 đồng chí tuổi đời từ 18 đến 30 tuổi (chiếm "
        "64%), 64.794 đồng chí có trình độ cao đẳng, đại học và sau đại học.\n",
        unit="Ban Tổ chức Trung ương",
        period="năm 2006",
    )
    assert [(f.kind, f.count, f.base) for f in read.figures if f.measure == "đồng chí"] == [
        ("mức", 187179, None),
        ("phần", 119756, 187179),
        ("phần", 64794, 187179),  # no rate printed: a part by «trong số» all the same
    ]


def test_a_count_the_lead_says_and_the_body_says_again_is_given_once(tmp_path: Path) -> None:
    # «136 hộ» once; «6 hộ» twice, as a small count may count two things
    assert _read_fields(
        tmp_path / "phu-nu.txt",
        "Bằng nhiều hình thức hỗ trợ, nhiệm kỳ qua, các cấp Hội Phụ nữ ở TP Hải Dương đã giúp "
        "đỡ 136 hộ thoát nghèo.\n\nNhiệm kỳ qua, hội viên đóng góp 7 tỷ đồng, hỗ trợ 6 hộ.\n\n"
        "Các cấp hội giúp 136 hộ thoát nghèo, hỗ trợ thêm 6 hộ vay vốn.\n",
        unit="Hội LHPN TP Hải Dương",
        period="năm 2021",
        names=("count", "measure"),
    ) == [
        (136, "hộ"),
        (7, "tỷ đồng"),
        (6, "hộ"),
        (6, "hộ"),
    ]


def test_a_count_set_apart_by_rieng_is_a_part_of_the_whole_before_it(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "hoc-sinh-gioi.txt",
        "Tây Ninh có 54 thí sinh dự thi, riêng Trường THPT chuyên Hoàng Lê Kha có 43 thí sinh "
        "tham dự.\n",
        unit="Tỉnh Tây Ninh",
        period="năm học 2012-2013",
    )
    assert [(f.kind, f.count, f.base) for f in read.figures] == [
        ("mức", 54, None),
        ("phần", 43, 54),
    ]
    # «…, có …» and «…, với …» in the whole's sentence give one of its parts
    read = _read(
        tmp_path / "chi-tieu.txt",
        "Toàn bộ 33 chỉ tiêu chủ yếu đều hoàn thành, có 25 chỉ tiêu vượt kế hoạch. Hậu Giang có "
        "16/18 chỉ tiêu đạt và vượt Nghị quyết, với 8 chỉ tiêu vượt.\n",
        unit="Tỉnh Hậu Giang",
        period="năm 2014",
    )
    assert [(f.kind, f.count, f.base) for f in read.figures] == [
        ("mức", 33, None),
        ("phần", 25, 33),
        ("mức", 16, 18),
        ("phần", 8, 16),
    ]
    read = _read(
        tmp_path / "nong-thon-moi.txt",
        "Qua rà soát ở 202 xã trong toàn tỉnh: 25 xã đạt từ 15-18 tiêu chí; 85 xã đạt từ 5-9 "
        "tiêu chí. Riêng đối với 40 xã nằm trong lộ trình giai đoạn 2011-2015, bình quân đạt "
        "11,8 tiêu chí/xã.\n",
        unit="Tỉnh Bắc Giang",
        period="năm 2012",
    )
    # of the 202 communes, not of the 85 that are themselves a part
    assert [(f.count, f.base) for f in read.figures if f.measure == "xã"][-1] == (40, 202)


def test_a_list_adding_up_to_its_whole_with_a_part_already_of_it(tmp_path: Path) -> None:
    # 7.088 + 735 + 1.837 = 9.660, though the 7.088 was a part of it before the others
    assert _read_fields(
        tmp_path / "toa-an.txt",
        "Năm 2022, Tòa án hai cấp thành phố thụ lý 9.660 vụ, việc. Bao gồm 7.088 vụ, việc các "
        "loại; 735 hồ sơ áp dụng biện pháp xử lý hành chính; 1.837 hồ sơ thi hành án hình sự.\n",
        unit="Tòa án nhân dân TP Đà Nẵng",
        period="năm 2022",
        names=("kind", "count", "base"),
    ) == [
        ("mức", 9660, None),
        ("phần", 7088, 9660),
        ("phần", 735, 9660),
        ("phần", 1837, 9660),
    ]


def test_the_first_count_of_each_clause_adding_up_to_the_total_before(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "kon-tum.txt",
        "Quý I, toàn tỉnh tiếp nhận 56.039 hồ sơ. Các sở, ban ngành cấp tỉnh tiếp nhận 23.233 "
        "hồ sơ, với 6.596 hồ sơ trực tuyến; cấp huyện tiếp nhận 6.776 hồ sơ, với 2.521 hồ sơ "
        "trực tuyến; cấp xã tiếp nhận 26.030 hồ sơ, với 3.399 hồ sơ trực tuyến.\n",
        unit="Tỉnh Kon Tum",
        period="quý I/2023",
        names=("kind", "count", "base"),
    ) == [
        ("mức", 56039, None),
        ("phần", 23233, 56039),
        ("phần", 6596, 23233),  # «…, với 6.596 hồ sơ trực tuyến»: among those received
        ("phần", 6776, 56039),
        ("phần", 2521, 6776),
        ("phần", 26030, 56039),
        ("phần", 3399, 26030),
    ]


def test_prizes_are_counted_and_two_levels_together_are_the_reports_own() -> None:
    def rows(sentence: str) -> list[tuple[object, ...]]:
        return _fields(sentence, "count", "measure", "unit")

    assert rows("Toàn huyện có 99 em đạt giải, trong đó 6 giải nhất, 28 giải nhì.") == [
        (99, "em", "Toàn huyện"),
        (6, "giải", "Toàn huyện"),
        (28, "giải", "Toàn huyện"),
    ]
    assert rows("Ban vận động cấp huyện, cấp xã vận động xây dựng thêm 08 căn nhà.") == [
        (8, "căn nhà", "Xã A")  # not «Cấp xã»: both levels together
    ]


def test_a_list_of_named_units_after_nhu_and_a_ratio_to_an_earlier_year() -> None:
    assert _fields(
        "Một số đảng bộ kết nạp cao so với chỉ tiêu là Thanh Hải 11/15, Tân Sơn 6/7 đảng viên.",
        "count",
        "base",
        "kind",
        "unit",
    ) == [  # each done against its target, compared with it: the level and its plan's share
        (11, None, "mức", "Thanh Hải"),
        (11, 15, "đạt kế hoạch", "Thanh Hải"),
        (6, None, "mức", "Tân Sơn"),
        (6, 7, "đạt kế hoạch", "Tân Sơn"),
    ]
    assert _fields(
        "Hồ sơ trực tuyến của quý I bằng trên 90% số hồ sơ trực tuyến của cả năm 2021 và bằng "
        "205,6% số hồ sơ trực tuyến của cả năm 2022.",
        "kind",
        "rate",
        "period",
    ) == [
        # the year compared with is no period; the quarter named, in the report's year, is
        ("so với cùng kỳ", 90, "quý I/2024"),
        ("so với cùng kỳ", Decimal("205.6"), "quý I/2024"),
    ]


def test_since_the_start_of_the_year_without_its_year_is_the_reports_year_to_date() -> None:
    figures = _fields(
        "Hiện nay, toàn xã có 4.976 hội viên. Từ đầu năm đến nay, Hội đã giải ngân cho 10 hộ "
        "vay với số tiền 500 triệu đồng.",
        "count",
        "period",
    )
    # a stock at the report's last day; a flow from January to it, not a stock at that day
    assert figures == [
        (4976, "ngày 30/6/2024"),
        (10, "6 tháng đầu năm 2024"),
        (500, "6 tháng đầu năm 2024"),
    ]


def test_a_write_up_of_several_communes_gives_each_its_own_figures(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "hdnd-cac-xa.txt",
        "HĐND các xã tổ chức kỳ họp cuối năm\n\n"
        "Sáng ngày 30/12/2022, Hội đồng nhân dân xã Tấn Mỹ tổ chức kỳ họp cuối năm.\n\n"
        "Báo cáo tại kỳ họp cho thấy: toàn xã có 144 hộ trồng xoài; xã thực hiện 13/13 chỉ "
        "tiêu.\n\n"
        "Cùng ngày (30/12/2022), HĐND xã Long Điền B cũng tổ chức kỳ họp cuối năm.\n\n"
        "Đến nay, toàn xã còn 80 hộ nghèo.\n\n"
        "Báo cáo tại kỳ họp cuối năm HĐND xã Nhơn Mỹ: có 14/15 chỉ tiêu đạt.\n",
        unit="Huyện Chợ Mới",
        period="năm 2022",
    )
    assert [(f.count, f.unit, f.confidence) for f in read.figures] == [
        (144, "Xã Tấn Mỹ", "trung bình"),  # named a paragraph before, said so
        (13, "Xã Tấn Mỹ", "trung bình"),
        (80, "Xã Long Điền B", "trung bình"),
        (14, "Xã Nhơn Mỹ", "cao"),
    ]
    assert "đơn vị theo đoạn trước: Xã Tấn Mỹ" in read.figures[0].doubts[-1]


def test_places_a_report_mentions_are_no_write_up_of_several_units(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "pu-bau.txt",
        "Phát triển kinh tế xã hội trên địa bàn xã năm 2020\n\n"
        "- Xã Pú Bẩu là xã vùng III, gồm 8 bản có vị trí giáp ranh như sau:\n\n"
        "+ Phía Nam giáp xã Chiềng En và bản Noong, xã Bó Sinh.\n\n"
        "Trên địa bàn xã có: 612 hộ; 3.181 nhân khẩu;\n",
        unit="Xã Pú Bẩu",
        period="năm 2020",
        names=("count", "unit"),
    ) == [
        (8, "Xã Pú Bẩu"),
        (612, "Xã Pú Bẩu"),
        (3181, "Xã Pú Bẩu"),
    ]


def test_a_write_up_of_several_schools_in_their_school_year(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "cac-truong.txt",
        "Các trường THPT tổng kết năm học 2013 - 2014\n\n"
        "Ngày 26/5, Trường THPT Nguyễn Quang Diêu tổ chức lễ tổng kết năm học 2013 - 2014. "
        "Kết quả năm học, trường có 754/760 HS có học lực khá, giỏi, chiếm 99,21%.\n\n"
        "Cùng ngày, Trường THPT TP. Cao Lãnh cũng tổ chức lễ tổng kết. Trường có tổng số 982 "
        "HS. Năm học 2013 - 2014, trường cấp học bổng cho 403 HS từ khối 10 - 12.\n",
        unit="Sở GD&ĐT",
        period="năm học 2013-2014",
        names=("count", "base", "unit", "period"),
    ) == [
        (754, 760, "Trường THPT Nguyễn Quang Diêu", "năm học 2013–2014"),
        (982, None, "Trường THPT TP. Cao Lãnh", "năm học 2013–2014"),
        (403, None, "Trường THPT TP. Cao Lãnh", "năm học 2013–2014"),  # «khối 10 - 12»: grades
    ]


def test_a_rate_cut_short_is_as_printed_and_a_wrong_one_is_flagged_whoever_found_its_base(
    tmp_path: Path,
) -> None:
    # 26/29 = 89,655…%: offices often cut it to 89,65%; the 29 said before is its base
    assert _fields(
        "Tổng số đại biểu là 29 vị. Đảng viên 26 vị chiếm 89,65%.", "count", "base", "doubts"
    ) == [(29, None, ()), (26, 29, ())]
    # «90%» is printed to whole per cents: 86/100 is no 90%
    assert _fields("Có 86/100 hộ đạt, chiếm 90%.", "count", "base", "doubts") == [
        (86, 100, ("tỷ lệ in 90% khác 86/100 / printed rate differs",))
    ]
    # a list's item past a ';' whose rate says it is a share of the whole, though misprinted
    read = _read(
        tmp_path / "ket-nap.txt",
        "Kết quả kết nạp đảng viên\n\nNăm 2022 kết nạp 07 đồng chí. Trong đó, nữ 07 đồng chí "
        "(chiếm 100%); đoàn viên 05 đồng chí (chiếm 71,4%), khối đương chức 05 đồng chí "
        "(chiếm 71,5%).\n",
        unit="Phường A",
        period="năm 2022",
    )
    last = read.figures[-1]
    assert (last.count, last.base) == (5, 7)
    assert last.doubts == ("tỷ lệ in 71,5% khác 5/7 / printed rate differs",)


def test_each_item_of_a_list_of_units_keeps_its_bracketed_figure() -> None:
    figures = _fields(
        "Toàn tỉnh có 36 học sinh không đủ điều kiện; trong đó huyện Gò Công Tây (13 học sinh), "
        "huyện Cai Lậy (8 học sinh), TP. Mỹ Tho (6 học sinh), TX. Gò Công (5 học sinh).",
        "count",
        "base",
        "unit",
    )
    assert figures == [
        (36, None, "Toàn tỉnh"),  # in the report of «Xã A», the province
        (13, 36, "Huyện Gò Công Tây"),
        (8, 36, "Huyện Cai Lậy"),
        (6, 36, "TP. Mỹ Tho"),
        (5, 36, "TX. Gò Công"),
    ]


def test_a_fraction_in_words_and_the_years_of_badges() -> None:
    assert _fields(
        "Năm 2019 toàn tỉnh có 662 trong tổng số 686 tổ chức cơ sở đảng được đánh giá.",
        "count",
        "base",
        "measure",
    ) == [(662, 686, "tổ chức cơ sở đảng")]
    # the years of the badges are no figures; the members given them are
    assert _fields(
        "Có 2 đảng viên 60 năm và 41 đảng viên được trao huy hiệu 30, 40, 45 năm tuổi Đảng.",
        "count",
    ) == [(2,), (41,)]


def test_a_count_over_its_target_is_done_against_the_plan(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "ket-nap.txt",
        "Kết quả\n\nHội phát triển 1.757/1.500 hội viên mới, đạt 117,113%. Một số đảng bộ "
        "kết nạp cao so với chỉ tiêu: Thanh Hải 11/15 đảng viên, Tân Sơn 9/7 đảng viên.\n",
        unit="Huyện A",
        period="năm 2018",
        names=("count", "base", "rate", "kind", "unit"),
    ) == [
        (1757, None, None, "mức", "Huyện A"),
        (1757, 1500, Decimal("117.113"), "đạt kế hoạch", "Huyện A"),
        (11, None, None, "mức", "Thanh Hải"),  # 11 of a target of 15, the plan named
        (11, 15, None, "đạt kế hoạch", "Thanh Hải"),  # over the list: its share
        (9, None, None, "mức", "Tân Sơn"),
        (9, 7, None, "đạt kế hoạch", "Tân Sơn"),  # more than its whole: done over its target
    ]


def test_the_term_of_a_sitting_names_the_body_not_the_period(tmp_path: Path) -> None:
    path = tmp_path / "ky-hop.txt"
    frame = _frame(
        path,
        "Hạ Lang: Kỳ họp thứ 4 HĐND huyện, nhiệm kỳ 2016 - 2021\n\n"
        "Kỳ họp đánh giá kết quả; mía 232 ha, đạt 58% KH.\n\n"
        "Đại hội bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 25 đồng chí.\n",
    )
    assert (frame.period, frame.opening_period, frame.term) == (None, None, (2016, 2021))
    (read,) = extract([path], unit="Huyện Hạ Lang").reports
    assert [(f.count, f.period) for f in read.figures if f.count] == [
        (232, None),  # said, not guessed: the analyst writes the report's period
        (25, "nhiệm kỳ 2016–2021"),  # the committee of that term
    ]


def test_a_day_and_month_in_a_list_of_units_fractions_is_a_fraction() -> None:
    assert _fields(
        "Một số đảng bộ kết nạp cao so với chỉ tiêu là Thanh Hải 11/15, Đồng Cốc 8/7, Tân Sơn "
        "6/7 đảng viên.",
        "count",
        "base",
        "unit",
    ) == [
        (11, None, "Thanh Hải"),
        (11, 15, "Thanh Hải"),
        (8, None, "Đồng Cốc"),
        (8, 7, "Đồng Cốc"),
        (6, None, "Tân Sơn"),
        (6, 7, "Tân Sơn"),
    ]
    # a list of days stays days
    assert _fields("Đoàn kiểm tra các ngày 3/9, 5/9 tại xã; kết nạp 12 đảng viên.", "count") == [
        (12,)
    ]


def test_the_level_of_a_prize_or_a_contest_is_no_unit() -> None:
    assert _fields(
        "Tham gia hội thi học sinh giỏi cấp tỉnh, huyện có 53 em đạt giải, trong đó có 5 giải "
        "nhất; có 120 CCB đạt danh hiệu cấp tỉnh.",
        "count",
        "unit",
    ) == [(53, "Xã A"), (5, "Xã A"), (120, "Xã A")]
    # a level that counts the units' own is one: «1.833 thủ tục cấp tỉnh»
    assert _fields("Công bố 1.833 thủ tục cấp tỉnh, 301 thủ tục cấp huyện.", "count", "unit") == [
        (1833, "Cấp tỉnh"),
        (301, "Cấp huyện"),
    ]


def test_a_counts_change_in_brackets_counts_what_it_counts() -> None:
    assert _fields(
        "Toàn Đảng bộ có 269 đảng bộ cơ sở (tăng 08), 518 chi bộ cơ sở (tăng 3).",
        "count",
        "kind",
        "measure",
    ) == [
        (269, "mức", "đảng bộ"),
        (8, "thay đổi", "đảng bộ"),
        (518, "mức", "chi bộ"),
        (3, "thay đổi", "chi bộ"),
    ]


def test_a_bracket_of_another_period_gives_the_same_figure_then_not_a_rate_or_a_part() -> None:
    fields = ("count", "base", "rate", "kind", "period", "indicator")
    # «(năm 2017 đạt 90,4%)» is last year's share of the plan, not this year's rate
    assert _fields(
        "Đã khám bệnh cho 87.096/75.250 lượt người đạt 115,7% chỉ tiêu kế hoạch, tăng 25,3% "
        "so với cùng kỳ (năm 2017 đạt 90,4%).",
        *fields,
    ) == [
        (87096, None, None, "mức", "6 tháng đầu năm 2024", "Lượt người khám bệnh"),
        (87096, 75250, Decimal("115.7"), "đạt kế hoạch", "6 tháng đầu năm 2024",
         "Lượt người khám bệnh"),
        (Decimal("25.3"), None, None, "thay đổi", "6 tháng đầu năm 2024",
         "Lượt người khám bệnh"),
        (None, None, Decimal("90.4"), "đạt kế hoạch", "năm 2017", "Lượt người khám bệnh"),
    ]  # fmt: skip
    # a year in a bracket of its own dates the figure before it; «xuống còn» keeps its phrase
    assert _fields(
        "Tỷ lệ hộ nghèo giảm từ 12,3% (năm 2011) xuống còn 4,4% (năm 2016).", *fields
    ) == [
        (None, None, Decimal("12.3"), "mức", "năm 2011", "Tỷ lệ hộ nghèo"),
        (None, None, Decimal("4.4"), "mức", "năm 2016", "Tỷ lệ hộ nghèo"),
    ]
    # last year's count in a bracket is no part of this year's
    assert _fields("Hội có 1.250 hội viên (năm 2015 là 1.100 hội viên).", *fields) == [
        (1250, None, None, "mức", "6 tháng đầu năm 2024", "Hội viên hội có"),
        (1100, None, None, "mức", "năm 2015", "Hội viên hội có"),
    ]


def test_a_news_item_takes_its_period_from_its_headline_and_its_lead(tmp_path: Path) -> None:
    path = tmp_path / "thu-ngan-sach.txt"
    path.write_text(
        "Thu ngân sách 11 tháng đạt hơn 9.100 tỷ đồng\n\n"
        "Theo báo cáo của Cục Thống kê, tháng 11/2022, tổng thu ngân sách đạt 869 tỷ đồng. "
        "Tính chung 11 tháng, tổng thu ngân sách ước đạt 9.167 tỷ đồng, bằng 92,5% dự toán "
        "năm 2022, giảm 8,4% so với cùng kỳ năm trước.\n",
        encoding="utf-8",
    )
    (read,) = extract([path], unit="Tỉnh X", period=None).reports
    # the headline's «11 tháng» in the lead's year; «dự toán năm 2022» is what it is set
    # against, not its period
    assert read.frame.opening_period == parse_period("11 tháng năm 2022")
    assert [(f.count, f.rate, f.period) for f in read.figures] == [
        (869, None, "tháng 11/2022"),
        (9167, None, "11 tháng năm 2022"),
        (None, Decimal("92.5"), "11 tháng năm 2022"),
        (Decimal("-8.4"), None, "11 tháng năm 2022"),
    ]


def test_a_figure_lu_y_ke_after_a_months_is_from_january_to_that_months_end() -> None:
    may = replace(HALF, period=parse_period("tháng 5/2024"), until=dt.date(2024, 5, 31))
    sentence = (
        "Trong tháng 5, toàn xã chi 830,350 triệu đồng cho 358 lượt người; lũy kế 3.983,589 "
        "triệu đồng cho 1.680 lượt người, tăng 559,594 triệu đồng so với cùng kỳ năm trước. "
    )
    figures = sentence_figures(sentence, "đoạn 1", may)
    assert [(f.count, f.period) for f in figures] == [
        (Decimal("830.350"), "tháng 5/2024"),
        (358, "tháng 5/2024"),
        (Decimal("3983.589"), "5 tháng năm 2024"),
        (1680, "5 tháng năm 2024"),
        (Decimal("559.594"), "5 tháng năm 2024"),
    ]
    # not when «lũy kế» names its own span or the period's («trong kỳ»: carried over and new)
    for named, period in (
        ("lũy kế đến nay có 300 hồ sơ", "ngày 31/5/2024"),
        ("lũy kế giải quyết trong kỳ là 300 hồ sơ", "tháng 5/2024"),
    ):
        assert [f.period for f in sentence_figures(named, "đoạn 1", may)] == [period]


def test_months_counted_from_january_and_spans_to_a_months_end_are_periods() -> None:
    from analysis.reading.period_phrases import find_period_phrases

    def spans(text: str) -> list[str]:
        return [p.period.label() for p in find_period_phrases(text) if p.period]

    # «8 tháng đầu năm 2018» is eight months, not the year
    assert spans("8 tháng đầu năm 2018") == ["8 tháng năm 2018"]
    assert spans("Tính từ ngày 1/7 đến cuối tháng 10/2025") == ["từ tháng 7/2025 đến tháng 10/2025"]
    assert spans("từ ngày 15/7 đến hết tháng 10/2025") == ["từ ngày 15/7/2025 đến ngày 31/10/2025"]
    assert spans("từ tháng 12 đến tháng 3/2021") == ["từ tháng 12/2020 đến tháng 3/2021"]
    # a start that leaves its month and year, or its year, to the end's
    assert spans("từ ngày 1 – 31/8/2025, tổng số") == ["từ ngày 1/8/2025 đến ngày 31/8/2025"]
    assert spans("từ ngày 15/12 đến ngày 14/3/2021") == ["từ ngày 15/12/2020 đến ngày 14/3/2021"]


def test_news_items_marked_with_a_star_each_write_up_their_unit(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "hoi-phu-nu.txt",
        "*Thực hiện chương trình đồng hành cùng phụ nữ biên cương, sáng ngày 29/8/2019, Hội "
        "LHPN xã Biên Giới phối hợp Sở Ngoại vụ bàn giao nhà cho bà Trần Thị Thúy, sinh năm "
        "1978.\n\n"
        "Căn nhà trị giá 70 triệu đồng.\n\n"
        "*Sáng ngày 30/8/2019, Hội LHPN huyện Tân Biên trao 40 phần quà cho trẻ em nghèo.\n\n"
        "*Cùng ngày 30/8/2019, Hội LHPN huyện Dương Minh Châu cùng Ðoàn Thanh niên trao 500 "
        "cái bánh trung thu.\n",
        unit="Hội LHPN tỉnh",
        period="tháng 8/2019",
    )
    # a birth year is no period; «Ð» (an Icelandic letter put for «Đ») reads as «Đ»
    assert [(f.count, f.unit, f.period) for f in read.figures] == [
        (70, "Xã Biên Giới", "tháng 8/2019"),
        (40, "Huyện Tân Biên", "tháng 8/2019"),
        (500, "Huyện Dương Minh Châu", "tháng 8/2019"),
    ]
    assert "cùng Đoàn Thanh niên trao 500" in read.figures[-1].sentence


def test_a_stock_raised_since_january_and_its_parts_stand_at_the_day_said(tmp_path: Path) -> None:
    setting = ReportSetting("Tỉnh X", parse_period("ngày 10/9/2018"), None, dt.date(2018, 9, 10))
    figures = sentence_figures(
        "Từ đầu năm đến nay kết nạp được 2.270 đảng viên mới, nâng tổng số đảng viên trong "
        "toàn tỉnh là 78.047 đảng viên (trong đó có 29.373 đảng viên nữ, 4.650 đảng viên dự "
        "bị).",
        "đoạn 1",
        setting,
    )
    assert [(f.count, f.base, f.period) for f in figures] == [
        (2270, None, "từ ngày 1/1/2018 đến ngày 10/9/2018"),  # a flow to that day
        (78047, None, "ngày 10/9/2018"),  # the stock it raised, at that day
        (29373, 78047, "ngày 10/9/2018"),
        (4650, 78047, "ngày 10/9/2018"),
    ]


def test_counts_listed_right_after_a_count_that_add_up_to_it_are_its_parts() -> None:
    fields = ("count", "base", "kind", "measure")
    assert _fields(
        "Thành lập được 311 tổ chức Đảng tại 178 doanh nghiệp ngoài nhà nước, 81 HTX, 52 đơn vị "
        "sự nghiệp ngoài công lập.",
        *fields,
    ) == [
        (311, None, "mức", "tổ chức Đảng"),
        (178, 311, "phần", "doanh nghiệp"),
        (81, 311, "phần", "HTX"),
        (52, 311, "phần", "đơn vị"),
    ]
    # a sum by chance across clauses is none; «1 bản» in a list counts villages, no copies
    assert _fields("Huyện có 20 xã, trong năm kết nạp 12 đảng viên, 8 quần chúng.", *fields) == [
        (20, None, "mức", "xã"),
        (12, None, "mức", "đảng viên"),
        (8, None, "mức", "quần chúng"),
    ]
    assert _fields("Xã có 3 thôn, 1 bản, 2 tổ dân phố.", *fields) == [
        (3, None, "mức", "thôn"),
        (1, None, "mức", "bản"),
        (2, None, "mức", "tổ dân phố"),
    ]


def test_a_resolution_by_its_short_name_and_a_milestone_are_no_figures() -> None:
    # «Nghị quyết (NQ) 28», «NQ 28»: the resolution; «vượt mốc 1 tỷ USD»: a milestone
    assert _rows(
        "Sau 10 năm thực hiện Nghị quyết (NQ) 28, NQ 28 đã giúp kết nạp 35 đảng viên; xuất "
        "khẩu thủy sản vượt mốc 1 tỷ USD."
    ) == [(35, None, None, "mức", "đảng viên")]
    # «vạn» is ten thousand, as «nghìn» is a thousand
    assert _rows("Toàn tỉnh có gần 32 vạn hội viên, sinh hoạt tại 3.171 chi hội.") == [
        (320000, None, None, "mức", "hội viên"),
        (3171, None, None, "mức", "chi hội"),
    ]


def test_a_sentence_looking_back_over_years_is_in_the_reports_period(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "tinh-cuong.txt",
        "Xã Tình Cương đạt chuẩn nông thôn mới năm 2017\n\n"
        "Năm 2011 bắt tay xây dựng nông thôn mới, xã mới đạt 7/19 tiêu chí. Qua 6 năm, xã đã "
        "huy động trên 50 tỷ đồng.\n",
        unit="Xã Tình Cương",
        period="năm 2017",
        names=("count", "period"),
    ) == [(7, "năm 2011"), (50, "năm 2017")]


def test_a_period_a_paragraph_opens_with_after_its_source_or_without_its_year(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "tthc.txt",
        "Theo báo cáo của UBND tỉnh, trong 6 tháng đầu năm 2021 (từ ngày 15/12/2020 đến ngày "
        "15/6/2021), toàn tỉnh có 218.763 hồ sơ. Trong đó, 19.838 hồ sơ tiếp nhận trực tuyến.\n\n"
        "Trong 6 tháng đầu năm, Trung tâm đã hướng dẫn 5.687 lượt tổ chức, cá nhân.\n\n"
        "Tháng 6, Trung tâm tiếp nhận 30.120 hồ sơ. Trong đó, 2.500 hồ sơ trực tuyến.\n\n"
        "Trong 6 tháng cuối năm, Trung tâm chuẩn bị sơ kết. Đã khen thưởng 4 tập thể.\n",
        unit="Tỉnh X",
        period="từ 15/12/2020 đến 15/6/2021",
    )
    span = "từ ngày 15/12/2020 đến ngày 15/6/2021"
    assert [(f.count, f.period) for f in read.figures] == [
        (218763, span),  # the span the report's half-year is, after whose figures they are
        (19838, span),
        (5687, span),  # «6 tháng đầu năm», the same half-year, named loosely
        (30120, "tháng 6/2021"),  # «Tháng 6» in the report's year, for the paragraph
        (2500, "tháng 6/2021"),
        (4, span),  # «6 tháng cuối năm» is ahead of the report: a plan, no period of figures
    ]


def test_a_fractions_base_is_the_total_a_later_rate_is_a_share_of(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "ntm.txt",
        "Đến cuối năm 2018, số xã đạt chuẩn toàn tỉnh lên 44/104 xã, đạt 42,31%.\n\n"
        "Số xã đạt từ 15-18 tiêu chí: 29 xã, tỷ lệ 28%; số xã đạt 10-14 tiêu chí: 28 xã, tỷ lệ "
        "27%.\n",
        unit="Tỉnh X",
        period="năm 2018",
        names=("count", "base", "rate", "kind"),
    ) == [
        (44, 104, Decimal("42.31"), "mức"),
        (29, 104, 28, "phần"),
        (28, 104, 27, "phần"),
    ]


def test_a_parts_base_lends_no_measure_and_grams_may_be_glued(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "ky-luat.txt",
        "6 tháng đầu năm, toàn tỉnh đã thi hành kỷ luật 62 đảng viên, trong đó có 13 cấp ủy viên "
        "(chiếm 20,9%).\n\n"
        "Hình thức kỷ luật đảng viên: khiển trách 28 (chiếm 45%), cảnh cáo 34 (55%).\n\n"
        "Công an thu giữ 2,431g heroin, khởi tố 6 bị can.\n",
        unit="Tỉnh X",
        period="6 tháng đầu năm 2018",
        names=("count", "base", "measure"),
    ) == [
        (62, None, "đảng viên"),
        (13, 62, "cấp ủy viên"),
        (28, 62, "đảng viên"),  # of the 62 đảng viên, not of the 13 cấp ủy viên's base
        (34, 62, "đảng viên"),
        (Decimal("2.431"), None, "g"),
        (6, None, "bị can"),
    ]


def test_the_first_unit_listed_after_nhu_is_its_figures_unit() -> None:
    assert _fields(
        "Một số xã thu nhập cao như xã Dương Hòa đạt 67 triệu đồng/năm, xã Hòa Điền đạt 62 triệu "
        "đồng/năm.",
        "count",
        "unit",
    ) == [(67, "Xã Dương Hòa"), (62, "Xã Hòa Điền")]


def test_a_list_of_targets_runs_past_its_first_clause() -> None:
    set_out = (
        "Năm 2021, Đảng bộ xã tập trung lãnh đạo, phấn đấu: nông nghiệp chiếm 93%; thương mại "
        "dịch vụ chiếm 5%; thu nhập bình quân đầu người 13 triệu đồng."
    )
    ahead = (
        "Nhiệm kỳ tới, Đảng bộ xã phấn đấu tăng trưởng bình quân 13%; đến năm 2020 thu nhập "
        "bình quân đầu người đạt 45 triệu đồng; tỷ lệ hộ nghèo giảm còn 2,5%."
    )
    assert _rows(set_out) == []
    assert _rows(ahead) == []
    # a target after the figures reached leaves them figures
    assert _rows("Năm 2023, toàn xã có 120 hộ nghèo; phấn đấu năm tới giảm 20 hộ.") == [
        (120, None, None, "mức", "hộ")
    ]


def test_a_measure_and_its_initials_count_alike(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "ttpvhcc.txt",
        "Tháng 5-2021, Trung tâm tiếp nhận 5.650 hồ sơ (HS) các loại.\n\n"
        "Trong đó có 1.070 HS kỳ trước chuyển sang, tiếp nhận mới trực tiếp 3.190 HS, tiếp nhận "
        "trực tuyến 1.250 HS, qua dịch vụ bưu chính công ích 140 HS.\n\n"
        "Trung tâm đã giải quyết: 4.561/5.650 HS (tỷ lệ 80,7%). Trong đó, có 12 hồ sơ giải "
        "quyết trễ hạn (tỷ lệ 0,3%).\n",
        unit="Trung tâm",
        period="tháng 5/2021",
        names=("count", "base", "kind"),
    ) == [
        (5650, None, "mức"),
        (1070, 5650, "phần"),  # «HS» are the «hồ sơ (HS)» of the sentence before
        (3190, 5650, "phần"),
        (1250, 5650, "phần"),
        (140, 5650, "phần"),
        (4561, 5650, "mức"),
        (12, 4561, "phần"),  # of the 4.561 «HS» solved: 0,3% of them
    ]


def test_a_list_after_a_bracketed_split_is_of_the_count_before_the_bracket() -> None:
    assert _rows(
        "Thi hành kỷ luật 1.616 đảng viên (khiển trách 1.221, khai trừ 395), trong đó có 401 "
        "cấp ủy viên, chiếm 24,8%."
    ) == [
        (1616, None, None, "mức", "đảng viên"),
        (1221, 1616, None, "phần", "đảng viên"),
        (395, 1616, None, "phần", "đảng viên"),
        (401, 1616, Decimal("24.8"), "phần", "cấp ủy viên"),  # not of the 1.221
    ]


def test_a_fractions_count_is_a_whole_a_later_rate_names(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "tccsd.txt",
        "Năm 2019 toàn tỉnh có 662 trong tổng số 686 tổ chức cơ sở đảng (TCCSĐ) được đánh giá "
        "chất lượng.\n\nQua đánh giá, có 604 TCCSĐ hoàn thành tốt nhiệm vụ, đạt 91,2%.\n",
        unit="Tỉnh X",
        period="năm 2019",
        names=("count", "base", "rate", "kind", "measure"),
    ) == [
        (662, 686, None, "mức", "tổ chức cơ sở đảng"),
        (604, 662, Decimal("91.2"), "phần", "TCCSĐ"),  # 604/662 = 91,2%; of 686 it is 88,0%
    ]


def test_a_span_the_figures_clause_names_without_its_year_is_in_the_reports_year() -> None:
    quarter = ReportSetting("Tỉnh X", parse_period("quý I năm 2022"), None, dt.date(2022, 3, 31))
    sentence = (
        "Sản lượng lúa ước 405.674 tấn; tổng sản lượng thủy sản 4 tháng đầu năm ước 93.298 tấn, "
        "tăng 3,53% cùng kỳ; chỉ số sản xuất công nghiệp ước 04 tháng tăng 19,32%."
    )
    assert [(f.count, f.period) for f in sentence_figures(sentence, "đoạn 1", quarter)] == [
        (405674, "quý I/2022"),
        (93298, "4 tháng năm 2022"),  # four months are no quarter, however close their ends
        (Decimal("3.53"), "4 tháng năm 2022"),
        (Decimal("19.32"), "4 tháng năm 2022"),
    ]
    nine = ReportSetting("Huyện X", parse_period("9 tháng năm 2021"), None, dt.date(2021, 9, 30))
    planned = (
        "Tổng thu 9 tháng đạt 508,9 tỷ đồng, 113,3% dự toán giao cả năm, tăng 87,2% so với cùng kỳ."
    )
    # «cả năm» is the plan's span; «9 tháng» loosely named is the report's own
    assert {f.period for f in sentence_figures(planned, "đoạn 1", nine)} == {"9 tháng năm 2021"}


def test_counts_each_with_its_verb_that_add_up_to_the_count_before_are_its_parts(
    tmp_path: Path,
) -> None:
    assert _read_fields(
        tmp_path / "giao-thong.txt",
        "Các lực lượng phát hiện 3.481 trường hợp vi phạm luật giao thông, qua đó lập biên bản "
        "xử lý 2.353 trường hợp, nhắc nhở 759 trường hợp, phạt tại chỗ 369 trường hợp.\n\n"
        "Xảy ra 120 vụ tai nạn, làm chết 100 người, bị thương 20 người.\n",
        unit="Huyện X",
        period="năm 2016",
        names=("count", "base", "kind"),
    ) == [
        (3481, None, "mức"),
        (2353, 3481, "phần"),
        (759, 3481, "phần"),
        (369, 3481, "phần"),
        (120, None, "mức"),  # people are no part of accidents, though 100 + 20 = 120
        (100, None, "mức"),
        (20, None, "mức"),
    ]


def test_a_unit_named_before_a_colon_is_its_figures_unit() -> None:
    assert _fields(
        "Thành phố đã công nhận 50 xã đạt chuẩn. Gồm: Huyện Củ Chi: 20/20 xã, huyện Hóc Môn: "
        "10/10 xã, huyện Bình Chánh: 12/14 xã.",
        "count",
        "base",
        "unit",
    ) == [
        (50, None, "Xã A"),
        (20, 20, "Huyện Củ Chi"),
        (10, 10, "Huyện Hóc Môn"),
        (12, 14, "Huyện Bình Chánh"),
    ]


def test_a_year_right_after_a_figure_is_its_period_and_no_later_ones() -> None:
    year = ReportSetting("Thành phố X", parse_period("năm 2014"), None, dt.date(2014, 12, 31))

    def read(sentence: str) -> list[tuple[object, ...]]:
        return [
            (f.count, f.rate, f.period, f.indicator)
            for f in sentence_figures(sentence, "đoạn 1", year)
        ]

    assert read(
        "Từ chỗ bình quân mỗi xã chỉ đạt 2 tiêu chí năm 2010, đến nay mỗi xã đạt bình quân 15 "
        "tiêu chí."
    ) == [  # criteria reached are counted, not listed («05 tiêu chí» of a rule)
        (2, None, "năm 2010", "Tiêu chí từ chỗ bình quân mỗi xã chỉ đạt"),
        (15, None, "ngày 31/12/2014", "Tiêu chí mỗi xã đạt bình quân"),
    ]
    assert read("Tỷ lệ hộ nghèo giảm từ 11,25% năm 2011 xuống còn 2,89%.") == [
        (None, Decimal("11.25"), "năm 2011", "Tỷ lệ hộ nghèo"),
        (None, Decimal("2.89"), "năm 2014", "Tỷ lệ hộ nghèo"),
    ]
    # a span's year, or a comparison's, is no figure's own
    spans = read("8 tháng đầu năm 2022, kết nạp 07 đảng viên; tăng 5% so với năm 2013.")
    assert [r[2] for r in spans] == ["8 tháng năm 2022", "8 tháng năm 2022"]


def test_a_table_written_as_lines_gives_each_number_its_columns_period(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "y-te.txt",
        "Một số chỉ tiêu về y tế năm 2021: số bác sĩ bình quân 1 vạn dân là 19,23.\n\n"
        "  2015 2017 2019 Sơ bộ 2021\n"
        "Bác sĩ bình quân 1 vạn dân 16,27 17,23 20,95 19,23\n"
        "Số ca mắc các bệnh dịch 16.117 5.627 19.243 20.915\n"
        "Số người chết vì các bệnh dịch       31 79\n",
        unit="Thành phố X",
        period="năm 2021",
        names=("indicator", "count", "period", "where"),
    ) == [
        # «1 vạn dân» is what the rate is per, no figure
        ("Số bác sĩ bình quân 1 vạn dân", Decimal("19.23"), "năm 2021", "dòng 1"),
        # a row of fewer numbers than headings says not which columns they stand in: prose
        ("Số người chết vì các bệnh dịch", 31, "năm 2021", "dòng 6"),
        ("", 79, "năm 2021", "dòng 6"),
        ("Bác sĩ bình quân 1 vạn dân", Decimal("16.27"), "năm 2015", "dòng 4"),
        ("Bác sĩ bình quân 1 vạn dân", Decimal("17.23"), "năm 2017", "dòng 4"),
        ("Bác sĩ bình quân 1 vạn dân", Decimal("20.95"), "năm 2019", "dòng 4"),
        ("Số ca mắc các bệnh dịch", 16117, "năm 2015", "dòng 5"),
        ("Số ca mắc các bệnh dịch", 5627, "năm 2017", "dòng 5"),
        ("Số ca mắc các bệnh dịch", 19243, "năm 2019", "dòng 5"),
        # the 2021 column's 19,23 is said above, given once
        ("Số ca mắc các bệnh dịch (Sơ bộ 2021)", 20915, "năm 2021", "dòng 5"),
    ]


def test_a_yearbook_table_of_numbered_rows_copied_as_lines(tmp_path: Path) -> None:
    # no row's number, and no table's, is a figure; thousands grouped by spaces are one
    # number, the two columns that repeat each other give it once; «“» is the unit above
    assert _read_fields(
        tmp_path / "nien-giam.txt",
        "13 (Tiếp theo) Hệ thống y tế\n"
        "Đơn Tổng Chia ra\n"
        "vị số\n"
        "84 Số lượt người khám chữa bệnh\n"
        "tại trạm y tế xã trong 12 tháng qua Người 273 343 273 343\n"
        "85 Số lượt người khám chữa bệnh trong\n"
        "12 tháng qua bình quân tại 1 trạm y tế “ 2 376,90 2 376,90\n"
        "86 Số xã có trạm y tế xã Trạm 110 110\n"
        "87 Tỷ lệ xã có trạm y tế xã % 95,65 95,65\n"
        "88 Tổng số thôn (ấp, bản) Thôn 1 269 1 269\n"
        "89 Số thôn có nhân viên y tế “\n",
        unit="Tỉnh Điện Biên",
        period="năm 2020",
        names=("indicator", "count", "rate", "measure", "where"),
    ) == [
        ("Số lượt người khám chữa bệnh tại trạm y tế xã trong 12 tháng qua", 273343, None,
         "Người", "dòng 4"),
        ("Số lượt người khám chữa bệnh trong 12 tháng qua bình quân tại 1 trạm y tế",
         Decimal("2376.90"), None, "Người", "dòng 6"),
        ("Số xã có trạm y tế xã", 110, None, "Trạm", "dòng 8"),
        ("Tỷ lệ xã có trạm y tế xã", None, Decimal("95.65"), None, "dòng 9"),
        ("Tổng số thôn (ấp, bản)", 1269, None, "Thôn", "dòng 10"),
    ]  # fmt: skip
    # a list of numbered sentences is prose: «1 Đảng bộ …» with its full stop
    listed = _read(
        tmp_path / "danh-sach.txt",
        "1 Đảng bộ xã A kết nạp 12 đảng viên.\n2 Đảng bộ xã B kết nạp 9 đảng viên.\n"
        "3 Đảng bộ xã C kết nạp 7 đảng viên.\n",
        unit="Huyện X",
        period="năm 2020",
    )
    assert [f.count for f in listed.figures if f.measure == "đảng viên"] == [12, 9, 7]
    assert all(f.where.startswith("dòng") and "–" not in f.sentence for f in listed.figures)
    # a row of more digit groups than any yearbook prints is no such table: prose
    long_row = " ".join(["100"] * 30)
    rows = _read(
        tmp_path / "dai.txt",
        f"1 Số xã Xã 5 5\n2 Số thôn Thôn 7 7\n3 Số hộ Hộ {long_row}\n",
        unit="Huyện X",
        period="năm 2020",
    )
    assert not any("–" in f.sentence for f in rows.figures)
    # nor is a numbered line followed by more short lines than a label runs over
    runs_on = _read(
        tmp_path / "dong.txt",
        "1 Số xã Xã 5 5\n2 Số thôn\n" + "chưa có số liệu\n" * 6 + "Thôn 7 7\n3 Số hộ Hộ 9 9\n",
        unit="Huyện X",
        period="năm 2020",
    )
    assert not any("–" in f.sentence for f in runs_on.figures)


def test_the_next_items_of_a_list_of_communes_reached_criteria() -> None:
    assert _fields(
        "Các xã còn lại đạt từ 10-12 tiêu chí, trong đó xã Ea Bá đạt 12 tiêu chí, Ea Bia 11 tiêu "
        "chí và Ea Trol 11 tiêu chí.",
        "count",
        "unit",
        "measure",
    ) == [  # criteria reached, not a rule's list; each commune its own unit
        (12, "Xã Ea Bá", "tiêu chí"),
        (11, "Xã Ea Bia", "tiêu chí"),
        (11, "Xã Ea Trol", "tiêu chí"),
    ]
    # «Tỉnh Hội» is the province's association, the report's own, no place
    assert _fields("Tỉnh Hội xây dựng 29 doanh nghiệp vừa và nhỏ.", "count", "unit") == [
        (29, "Xã A")
    ]


def test_a_number_its_phrase_names_a_rate_is_that_rate() -> None:
    assert _rows("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ là 90,02.") == [
        (None, None, Decimal("90.02"), "mức", None)
    ]
    # pills are counted whole, as people are: «500 nghìn viên» is 500.000 of them
    assert _rows("Thu giữ hơn 500 nghìn viên ma túy tổng hợp.") == [
        (500000, None, None, "mức", "viên")
    ]


def test_counts_of_one_measure_adding_up_past_others_are_parts(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "ma-tuy.txt",
        "Lực lượng công an phát hiện 14 vụ với 14 đối tượng, tiến hành khởi tố 9 vụ, 9 bị can, "
        "xử phạt hành chính 4 vụ, 4 đối tượng và đang điều tra làm rõ 1 vụ.\n",
        unit="Huyện X",
        period="6 tháng đầu năm 2019",
        names=("count", "base", "measure"),
    ) == [
        (14, None, "vụ"),
        (14, None, "đối tượng"),
        (9, 14, "vụ"),  # 9 + 4 + 1 = 14 cases, the people between them apart
        (9, None, "bị can"),
        (4, 14, "vụ"),
        (4, None, "đối tượng"),
        (1, 14, "vụ"),
    ]


def test_things_seized_and_awards_say_what_they_count() -> None:
    assert [r[4] for r in _rows(
        "Thu giữ 25 xe mô tô, 1.980 bao thuốc lá, 22 cá thể động vật; tặng 20 bằng khen, 2 Huân "
        "chương Lao động; bầu bổ sung 4 ủy viên."
    )] == ["xe", "bao", "cá thể", "bằng khen", "Huân chương", "ủy viên"]  # fmt: skip


def test_a_rate_in_a_bracket_of_another_period_is_of_the_kind_of_the_rate_before_it() -> None:
    assert _fields(
        "Công suất sử dụng giường bệnh đạt 137,13%, giảm 53,37% so với cùng kỳ (năm 2017 đạt "
        "190,5%).",
        "rate",
        "kind",
        "period",
    ) == [
        (Decimal("137.13"), "mức", "6 tháng đầu năm 2024"),
        (None, "thay đổi", "6 tháng đầu năm 2024"),
        (Decimal("190.5"), "mức", "năm 2017"),  # a level then, as now: no share of a plan
    ]


def test_an_amount_after_a_place_word_is_no_address() -> None:
    assert _rows("Hiến đất làm đường giao thông nông thôn 1.600m2; Tổ dân phố 5 có 120 hộ.") == [
        (1600, None, None, "mức", "m2"),  # «thôn 1.600m2» measures a road, «Tổ dân phố 5» is one
        (120, None, None, "mức", "hộ"),
    ]


def test_a_lead_rounding_what_the_body_says_exactly_gives_it_once(tmp_path: Path) -> None:
    # «trên 300 vụ» rounds the body's 325; «gần 50 vụ cháy» is no 62, and stays
    assert _read_fields(
        tmp_path / "tai-nan.txt",
        "Trong 9 tháng đầu năm 2022, toàn tỉnh đã xảy ra trên 300 vụ tai nạn giao thông, gần "
        "50 vụ cháy.\n\n"
        "Theo báo cáo của Ban An toàn giao thông tỉnh, toàn tỉnh xảy ra 325 vụ tai nạn giao "
        "thông làm chết 233 người. Lực lượng chữa cháy đã dập tắt 62 vụ cháy.\n",
        unit="Tỉnh A",
        period="9 tháng năm 2022",
        names=("count", "measure", "note"),
    ) == [
        (50, "vụ", "số gần đúng: «gần 50 vụ»"),
        (325, "vụ", None),
        (233, "người", None),
        (62, "vụ", None),
    ]


def test_a_level_in_brackets_after_the_time_compared_with_is_of_that_time(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "bhxh.txt",
        "Toàn tỉnh có 59.177 người tham gia BHXH, so với cùng kỳ năm 2019 (55.317 người) tăng "
        "3.860 người. Toàn tỉnh có 9.287 người tham gia tự nguyện (cùng kỳ năm trước là 6.481 "
        "người).\n",
        unit="Tỉnh A",
        period="7 tháng năm 2020",
    )
    assert [(f.count, f.period, f.indicator) for f in read.figures if f.kind == "mức"] == [
        (59177, "7 tháng năm 2020", "Người tham gia BHXH"),
        (55317, "7 tháng năm 2019", "Người tham gia BHXH"),  # the same months, a year before
        (9287, "7 tháng năm 2020", "Người tham gia tự nguyện"),
        (6481, "7 tháng năm 2019", "Người tham gia tự nguyện"),
    ]


def test_a_congress_named_by_its_term_gives_no_figure_that_term() -> None:
    # the congress's term is its name; what it elects for the term is of the term
    assert _fields(
        "Năm 2023, tổ chức thành công Đại hội Hội Nông dân nhiệm kỳ 2023-2028, thành lập 49 "
        "Tổ hội nghề nghiệp.",
        "count",
        "period",
    ) == [(49, "năm 2023")]
    assert _fields(
        "Đại hội đã bầu Ban Chấp hành nhiệm kỳ 2016 - 2021 gồm 25 đồng chí.", "count", "period"
    ) == [(25, "nhiệm kỳ 2016–2021")]


def test_the_plans_size_in_a_bracket_is_no_figure_and_the_rate_after_it_a_share_of_it() -> None:
    assert _rows(
        "Tổng số người tham gia là 59.177 người; tăng 3.860 người; so với chỉ tiêu giao của "
        "UBND tỉnh (70.544 người) đạt 84%."
    ) == [
        (59177, None, None, "mức", "người"),
        (3860, None, None, "thay đổi", "người"),
        (None, None, 84, "đạt kế hoạch", None),  # 70.544 is the plan's size: no row
    ]


def test_committee_members_are_counted_among_party_members(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "ky-luat.txt",
        "Ủy ban Kiểm tra các cấp kỷ luật 104 đảng viên. Trong số này có 40 cấp ủy viên bị kỷ "
        "luật gồm 2 Huyện ủy viên, 9 Đảng ủy viên và 29 Chi ủy viên.\n",
        unit="Tỉnh A",
        period="năm 2019",
        names=("count", "base", "measure"),
    ) == [
        (104, None, "đảng viên"),
        (40, 104, "cấp ủy viên"),  # a committee's members are Party members
        (2, 40, "Huyện ủy viên"),  # each level's members, no «Huyện» (districts)
        (9, 40, "Đảng ủy viên"),
        (29, 40, "Chi ủy viên"),
    ]


def test_a_plans_horizon_is_no_period_and_a_trong_do_goes_on_in_the_period_before(
    tmp_path: Path,
) -> None:
    # «định hướng đến năm 2030» is the horizon of the plan the report carries out, not its
    # period; «… đồng. 6 tháng đầu năm 2019, …» opens a sentence; each «Trong đó:» sentence
    # is in the period of the sentence before it
    path = tmp_path / "khanh-son.txt"
    path.write_text(
        "Để triển khai Kế hoạch số 1619/KH-UBND ngày 15/8/2016 về phát triển nguồn nhân lực "
        "giai đoạn 2016-2020, định hướng đến năm 2030.\n"
        "Trong năm 2018, huyện đã mở được 08 lớp với 196 người. Trong đó: mở được 07 lớp "
        "nghề phi nông nghiệp với 180 người, tổng kinh phí là 73.960.000 đồng. 6 tháng đầu năm "
        "2019, đã mở được 04 lớp với 130 người. Trong đó: mở được 02 lớp nghề phi nông "
        "nghiệp với 70 người.\n",
        encoding="utf-8",
    )
    (read,) = extract([path], unit="Huyện Khánh Sơn", period=None).reports
    assert [(f.count, f.period) for f in read.figures] == [
        (8, "năm 2018"),
        (196, "năm 2018"),
        (7, "năm 2018"),
        (180, "năm 2018"),
        (73960000, "năm 2018"),
        (4, "6 tháng đầu năm 2019"),
        (130, "6 tháng đầu năm 2019"),
        (2, "6 tháng đầu năm 2019"),
        (70, "6 tháng đầu năm 2019"),
    ]


def test_a_period_closing_the_figures_clause_and_spans_of_years() -> None:
    # «được kết nạp trong 6 tháng đầu năm 2023,» after the figure is its period; «giai đoạn
    # 2011 đến nay» runs from 2011; a bracket of years after «trong 5 năm» and «giai đoạn
    # 2011 – 2015» are the years they span, not a term; «từ năm 2012 – 2014» no «đến nay»
    sentences = (
        "Toàn tỉnh có 812 đảng viên mới được kết nạp trong 6 tháng đầu năm 2023, tăng 331 "
        "đảng viên so với cùng kỳ.",
        "Giai đoạn 2011 đến nay, Trung tâm đã tư vấn cho 4.000 lao động.",
        "Trong 5 năm (2006 – 2010) đã triển khai cho 1.491 dự án.",
        "Giai đoạn 2011 – 2015 có 3.900 dự án được vay vốn.",
        "Từ năm 2012 – 2014 đã đầu tư 7,3 tỷ đồng.",
    )
    assert [_fields(s, "count", "period") for s in sentences] == [
        [(812, "6 tháng đầu năm 2023"), (331, "6 tháng đầu năm 2023")],
        [(4000, "từ năm 2011 đến tháng 6/2024")],
        [(1491, "từ năm 2006 đến năm 2010")],
        [(3900, "từ năm 2011 đến năm 2015")],
        [(Decimal("7.3"), "từ năm 2012 đến năm 2014")],
    ]


def test_star_ratings_roads_and_one_among_many_are_no_figures() -> None:
    # «1 sản phẩm 5 sao»: a rating; «quốc lộ 30», «tỉnh lộ 845», «Km 1581»: a road and a
    # place on it; «là 1 trong 28 tập thể»: one of the 28, not a count of one
    assert _fields(
        "Toàn huyện có 8 sản phẩm OCOP, trong đó có 1 sản phẩm 5 sao và 7 sản phẩm 3 sao; "
        "tai nạn tại Km 1581 đường Hồ Chí Minh, trên quốc lộ 30 và tỉnh lộ 845 làm chết 3 "
        "người; Tỉnh Đoàn là 1 trong 28 tập thể được nhận Bằng khen.",
        "count",
        "measure",
    ) == [(8, "sản phẩm"), (1, "sản phẩm"), (7, "sản phẩm"), (3, "người"), (28, "tập thể")]


def test_what_will_be_done_and_targets_in_a_bracket_are_no_figures() -> None:
    # «sẽ triển khai thêm 15 đợt», «kế hoạch tổ chức khoảng 60 đợt»: not yet done; the targets
    # a bracket lists after «phấn đấu» go on past its ';'; a bracket of results still counts
    assert (
        _fields(
            "Dự kiến cuối năm, Ban Chỉ đạo sẽ triển khai thêm 15 đợt hiến máu; kế hoạch tổ chức "
            "khoảng 60 đợt hiến máu với khoảng 26.500 đơn vị máu.",
            "count",
        )
        == []
    )
    assert (
        _fields(
            "BHXH tỉnh phấn đấu đạt các chỉ tiêu (tỷ lệ tham gia BHTN đạt 13,2%; tỷ lệ bao phủ "
            "BHYT đạt 94%).",
            "rate",
        )
        == []
    )
    assert _fields("Đã kết nạp 50 đảng viên; tỷ lệ bao phủ (BHYT đạt 94%; BHXH 30%).", "rate") == [
        (None,),
        (94,),
        (30,),
    ]


def test_a_yearbook_table_whose_rows_are_periods_reads_each_column_as_an_indicator(
    tmp_path: Path,
) -> None:
    # a statistics yearbook's table copied out as lines: its columns named one per line (the
    # English and «Chia ra - Of which» name none), the unit on the line above each block,
    # then a row per year; the second block, in per cent, has the same columns
    rows = _read_fields(
        tmp_path / "ban-le.txt",
        "TỔNG MỨC BÁN LẺ HÀNG HÓA\n"
        "Tổng số\nChia ra - Of which\nBán lẻ hàng hóa\nDịch vụ lưu trú, ăn uống\n"
        "Total\nRetail sale\nAccommodation, food and beverage service\n"
        "Triệu đồng - Mill. dongs\n"
        "2016 37.185.131 26.754.319 5.924.856\n"
        "Sơ bộ - Prel. 2017 41.029.385 29.726.521 6.651.299\n"
        "Cơ cấu - Structure (%)\n"
        "2016 100,00 71,95 15,93\n"
        "Sơ bộ - Prel. 2017 100,00 72,45 16,21\n",
        unit="Tỉnh X",
        period="năm 2017",
        names=("indicator", "count", "rate", "measure", "period"),
    )
    assert rows[:3] == [
        ("Tổng số", 37185131, None, "triệu đồng", "năm 2016"),
        ("Tổng số (Sơ bộ 2017)", 41029385, None, "triệu đồng", "năm 2017"),
        ("Bán lẻ hàng hóa", 26754319, None, "triệu đồng", "năm 2016"),
    ]
    rates = [r[2] for r in rows if r[1] is None]
    assert rates == [
        100,
        100,
        Decimal("71.95"),
        Decimal("72.45"),
        Decimal("15.93"),
        Decimal("16.21"),
    ]
    assert len(rows) == 12


def test_a_table_whose_header_names_its_columns_after_chi_tieu_on_one_line(
    tmp_path: Path,
) -> None:
    # «Chỉ tiêu» then the columns' names on one line, cut where a name ends (a year, «(%)»)
    # or begins («So với»): each number takes its column's period or role; «Lũy kế từ đầu
    # năm» runs from January to the report's month, the one its lead states (which the
    # draft's «Thông tin» gives too); «Riêng Phú Quốc có …» is Phú Quốc's; a large count the
    # table says again is the prose's, even named in other words
    path = tmp_path / "du-lich.txt"
    path.write_text(
        "Tháng 5, Kiên Giang đón gần 50 ngàn lượt khách quốc tế\n"
        "Trong tháng 5 năm 2019, tổng lượt khách đến Kiên Giang ước đạt 805.503 lượt.\n"
        "Riêng Phú Quốc có 417.643 lượt khách. Doanh thu đạt 608,7 tỷ đồng.\n"
        "Chỉ tiêu Thực hiện tháng 4/2019 Ước TH Tháng 5 2019 Lũy kế từ đầu năm Thực hiện "
        "So với cùng kỳ (%)\n"
        "I. Tổng số lượt khách (lượt) 847.400 805.503 3.720.069 117,9\n"
        "III. Doanh thu (tỷ đồng) 822,8 646,1 3.865,9 154,1\n"
        "IV. Số cơ sở lưu trú (cơ sở) 726 726 726 142,9\n",
        encoding="utf-8",
    )
    extraction = extract([path], unit="Tỉnh Kiên Giang", period=None)
    assert ("Kỳ báo cáo", "tháng 5/2019") in extraction.facts
    (read,) = extraction.reports
    fields = [(f.count, f.rate, f.kind, f.measure, f.period, f.unit) for f in read.figures]
    # the headline's round «gần 50 ngàn lượt khách quốc tế», which nothing below gives
    assert fields[0] == (50000, None, "mức", "lượt", "tháng 5/2019", "Tỉnh Kiên Giang")
    fields = fields[1:]
    assert fields[:3] == [
        (805503, None, "mức", "lượt", "tháng 5/2019", "Tỉnh Kiên Giang"),
        (417643, None, "phần", "lượt", "tháng 5/2019", "Phú Quốc"),  # of the 805.503
        (Decimal("608.7"), None, "mức", "tỷ đồng", "tháng 5/2019", "Phú Quốc"),
    ]
    # the table's 805.503 is the lead's, given once
    assert [f[0] for f in fields[3:6]] == [847400, 3720069, None]
    assert fields[6:10] == [
        (Decimal("822.8"), None, "mức", "tỷ đồng", "tháng 4/2019", "Tỉnh Kiên Giang"),
        (Decimal("646.1"), None, "mức", "tỷ đồng", "tháng 5/2019", "Tỉnh Kiên Giang"),
        (Decimal("3865.9"), None, "mức", "tỷ đồng", "5 tháng năm 2019", "Tỉnh Kiên Giang"),
        (None, Decimal("154.1"), "so với cùng kỳ", None, "5 tháng năm 2019", "Tỉnh Kiên Giang"),
    ]
    assert len(fields) == 14


def test_a_target_set_out_is_no_figure() -> None:
    # «đưa ra mục tiêu vận động … đạt 8 tỷ đồng»: aimed at, not reached
    assert _fields(
        "Năm 2021, Ban vận động Quỹ Vì người nghèo tỉnh đưa ra mục tiêu vận động ủng hộ Quỹ đạt "
        "8 tỷ đồng; đã vận động được 6,5 tỷ đồng.",
        "count",
    ) == [(Decimal("6.5"),)]


def test_criteria_reached_more_and_the_change_of_a_count_with_its_share() -> None:
    # «đạt thêm 03 tiêu chí so với năm 2017»: three more than then, a change; a count's
    # share in its bracket («chiếm 82,7% tổng thu») leaves the change after it the count's,
    # in per cent, not the share's in points
    assert _fields(
        "Huyện đã đạt thêm 03 tiêu chí so với năm 2017; thu nội địa đạt 1.890 tỷ đồng (chiếm "
        "82,7% tổng thu), tăng 24,2% so với cùng kỳ.",
        "kind",
        "count",
        "rate",
        "measure",
    ) == [
        ("thay đổi", 3, None, "tiêu chí"),
        ("mức", 1890, Decimal("82.7"), "tỷ đồng"),
        ("thay đổi", Decimal("24.2"), None, "%"),
    ]


def test_a_level_each_item_names_after_it_is_that_items_alone() -> None:
    # «230 công trình thanh niên cấp huyện, 1.134 công trình, phần việc thanh niên cấp cơ sở,
    # 50 dự án»: each item's level is its own (the second runs past a comma with no number);
    # the third names none, and an earlier item's level is not its
    assert _fields(
        "Cụ thể, đã hoàn thành 230 công trình thanh niên cấp huyện, 1.134 công trình, phần "
        "việc thanh niên cấp cơ sở, 50 dự án phát triển kinh tế.",
        "count",
        "unit",
    ) == [(230, "Cấp huyện"), (1134, "Cấp cơ sở"), (50, "Xã A")]


def test_a_web_table_copied_one_cell_per_line(tmp_path: Path) -> None:
    # the header's names, then each row's labels and numbers, one per line; a label a row
    # leaves out is the merged one above it; «2063» beside its rate is a count, no year; a
    # row's label holds both its labels, and a word inside its name («Trung tâm») is no unit
    rows = _read_fields(
        tmp_path / "hai-long.txt",
        "Kết quả khảo sát mức độ hài lòng trong quý I năm 2019 như sau:\n"
        "Tiêu chí đánh giá\nMức độ\nSố lượng\nTỷ lệ\n"
        "Nơi đón tiếp của Trung tâm Hành chính công.\nRất hài lòng\n2063\n48.94%\n"
        "Hài lòng\n2137\n50.6%\n"
        "Thái độ phục vụ của cán bộ?\nRất hài lòng\n1983\n47.04%\n"
        "Hài lòng\n2128\n50.4%\n"
        "Trung bình tỷ lệ hài lòng đạt 97,95%.\n",
        unit="Thành phố Huế",
        period="quý I năm 2019",
        names=("indicator", "count", "rate", "measure"),
    )
    assert rows == [
        ("Trung bình tỷ lệ hài lòng", None, Decimal("97.95"), None),  # the prose, then the table
        (
            "Nơi đón tiếp của Trung tâm Hành chính công. – Rất hài lòng",
            2063,
            Decimal("48.94"),
            None,
        ),
        ("Nơi đón tiếp của Trung tâm Hành chính công. – Hài lòng", 2137, Decimal("50.6"), None),
        ("Thái độ phục vụ của cán bộ? – Rất hài lòng", 1983, Decimal("47.04"), None),
        ("Thái độ phục vụ của cán bộ? – Hài lòng", 2128, Decimal("50.4"), None),
    ]


def test_a_web_table_one_cell_per_line_may_name_only_its_numbers_columns(tmp_path: Path) -> None:
    # a statistics page's table copied one cell per line: only the numbers' columns are named
    # (long names, a period and a comparison each), then its unit of measure on a line of its
    # own; a class's heading («Phân theo nhóm ngành hàng») is the label above its rows
    rows = _read_fields(
        tmp_path / "ban-le.txt",
        "Thực hiện tháng 9 năm 2023\nƯớc tính tháng 10 năm 2023\n"
        "Lũy kế thực hiện 10 tháng năm 2023\n"
        "Lũy kế 10 tháng năm 2023 so với cùng kỳ năm trước (%)\n"
        "Đơn vị tính : Tỷ đồng\n"
        "Tổng số\n4736,0\n4671,4\n45896,9\n115,1\n"
        "Phân theo nhóm ngành hàng\nDoanh thu bán lẻ\n3451,7\n3415,7\n33871,4\n113,1\n"
        "Dịch vụ lưu trú\n140,8\n130,7\n1346,3\n186,5\n",
        unit="Tỉnh X",
        period="tháng 10 năm 2023",
        names=("kind", "count", "rate", "measure", "period"),
    )
    assert rows[:4] == [
        ("mức", Decimal("4736.0"), None, "Tỷ đồng", "tháng 9/2023"),
        ("mức", Decimal("4671.4"), None, "Tỷ đồng", "tháng 10/2023"),
        ("mức", Decimal("45896.9"), None, "Tỷ đồng", "10 tháng năm 2023"),
        ("so với cùng kỳ", None, Decimal("115.1"), None, "10 tháng năm 2023"),
    ]
    assert len(rows) == 12 and rows[-1] == (
        "so với cùng kỳ",
        None,
        Decimal("186.5"),
        None,
        "10 tháng năm 2023",
    )


def test_a_yearbooks_tables_with_their_unit_above_the_headings(tmp_path: Path) -> None:
    # a yearbook's page: its number and English title are no figures («December 31» is a
    # date); each table's unit stands on the line over its year headings («ĐVT: Chợ - Unit:
    # Market»), a class's name may end in its number («Hạng 1 - Level 1 3 4»), and the
    # second table's unit and headings end the first table
    rows = _read_fields(
        tmp_path / "cho.txt",
        "Page 398 - Niên giám thống kê\n"
        "Số lượng chợ có đến 31/12 hàng năm phân theo hạng\n"
        "Number of markets as of annual December 31 by level\n"
        "ĐVT: Chợ - Unit: Market\n2022 2023\n"
        "TỔNG SỐ CHỢ - TOTAL MARKETS 81 82\nPhân theo hạng - By level\n"
        "Hạng 1 - Level 1 3 4\nHạng 2 - Level 2 9 9\n"
        "Số lượng siêu thị\nĐVT: Siêu thị - Unit: Supermarkets\n2022 2023\n"
        "TỔNG SỐ - TOTAL 39 40\n",
        unit="Tỉnh X",
        period="năm 2023",
        names=("count", "measure", "period"),
    )
    assert rows == [
        (81, "Chợ", "năm 2022"),
        (82, "Chợ", "năm 2023"),
        (3, "Chợ", "năm 2022"),
        (4, "Chợ", "năm 2023"),
        (9, "Chợ", "năm 2022"),
        (9, "Chợ", "năm 2023"),
        (39, "Siêu thị", "năm 2022"),
        (40, "Siêu thị", "năm 2023"),
    ]


def test_a_yearbook_row_per_period_may_write_its_numbers_ungrouped(tmp_path: Path) -> None:
    rows = _read_fields(
        tmp_path / "ban-le.txt",
        "Tổng số\nBán lẻ\nDịch vụ khác\nTriệu đồng - Mill. dongs\n"
        "2022       60300468    53759420     3125653\n"
        "2023       68597645    61179772     3461010\n",
        unit="Tỉnh X",
        period="năm 2023",
        names=("indicator", "count", "measure", "period"),
    )
    assert rows[:2] == [
        ("Tổng số", 60300468, "triệu đồng", "năm 2022"),
        ("Tổng số", 68597645, "triệu đồng", "năm 2023"),
    ]
    assert len(rows) == 6


def test_levels_now_and_then_in_a_bracket_after_a_change() -> None:
    # «(1.428/1.573 lượt tiếp)» after «giảm 145 lượt tiếp»: 1.573 − 1.428 = 145, the levels
    # now and a year before, no share; «1.276 lượt người» the bracket so explains is a fall
    assert _fields(
        "So với cùng kỳ năm trước giảm 145 lượt tiếp (1.428/1.573 lượt tiếp) và 1.276 lượt "
        "người (1.636/2.912 lượt người).",
        "kind",
        "count",
        "base",
        "period",
    ) == [
        ("thay đổi", -145, None, "6 tháng đầu năm 2024"),
        ("mức", 1428, None, "6 tháng đầu năm 2024"),
        ("mức", 1573, None, "6 tháng đầu năm 2023"),
        ("thay đổi", -1276, None, "6 tháng đầu năm 2024"),
        ("mức", 1636, None, "6 tháng đầu năm 2024"),
        ("mức", 2912, None, "6 tháng đầu năm 2023"),
    ]
    # a share in a bracket is a share still: «18/19 chi bộ (tăng 1)»
    assert _fields("Có 18/19 chi bộ đạt chuẩn (tăng 1 chi bộ).", "count", "base") == [
        (18, 19),
        (1, None),
    ]


def test_a_change_said_after_tang_hon_so_voi_and_a_range_of_stars() -> None:
    assert _fields(
        "Tiếp nhận 756 đơn (tăng hơn so với cùng kỳ năm trước 148 đơn); đánh giá tốt và rất "
        "tốt (4-5 sao) chiếm 97,45%.",
        "kind",
        "count",
        "rate",
    ) == [("mức", 756, None), ("thay đổi", 148, None), ("mức", None, Decimal("97.45"))]


def test_targets_after_a_subject_at_least_and_a_goal_set() -> None:
    # «Tỉnh phấn đấu …; trong đó, …»: a sentence of targets with its subject first; «ít nhất
    # 3.000 hộ»; «đặt mục tiêu … 25%»; a purpose («Với mục tiêu …») is no target
    targets = (
        "Tỉnh phấn đấu đến cuối năm 2025, hộ nghèo giảm còn dưới 1%; trong đó, khu vực nông "
        "thôn có tỷ lệ 2%.",
        "Các sở, ban, ngành nhận giúp đỡ ít nhất 3.000 hộ nghèo.",
        "Tỉnh đã đặt mục tiêu năm 2023 có 25% xã đạt chuẩn.",
    )
    assert [_fields(s, "count", "rate") for s in targets] == [[], [], []]
    assert _fields("Với mục tiêu nâng cao chất lượng, đã tổ chức 50 lớp.", "count") == [(50,)]


def test_the_years_of_party_badges_listed_are_no_counts() -> None:
    # «Huy hiệu Đảng 80, 60 … và 30 năm tuổi Đảng», «đủ 65, 50 … và 30 năm tuổi Đảng»
    assert _fields(
        "Phường có 41 đảng viên được nhận Huy hiệu Đảng 80, 60, 55, 50, 45, 40 và 30 năm tuổi "
        "Đảng; lễ trao huy hiệu cho các đảng viên đủ 65, 50, 45, 40 và 30 năm tuổi Đảng.",
        "count",
    ) == [(41,)]


def test_the_departments_level_and_a_slash_between_two_items(tmp_path: Path) -> None:
    # «Ở cấp sở, ban, ngành,» opens on a level, held for the paragraph's next sentence; the
    # slash in «11817 hồ sơ/trễ hạn 1448 hồ sơ» parts two items, no «hồ sơ/trễ» unit
    assert _read_fields(
        tmp_path / "mot-cua.txt",
        "Với cấp xã, đã tiếp nhận 500 hồ sơ. Ở cấp sở, ban, ngành, có 75.869 hồ sơ được tiếp "
        "nhận. Đã giải quyết 13265 hồ sơ (đúng hạn 11817 hồ sơ/trễ hạn 1448 hồ sơ).\n",
        unit="Tỉnh X",
        period="năm 2020",
        names=("count", "measure", "unit"),
    ) == [
        (500, "hồ sơ", "Cấp xã"),
        (75869, "hồ sơ", "Cấp sở, ban, ngành"),
        (13265, "hồ sơ", "Cấp sở, ban, ngành"),
        (11817, "hồ sơ", "Cấp sở, ban, ngành"),
        (1448, "hồ sơ", "Cấp sở, ban, ngành"),
    ]


def test_scores_points_and_a_rates_change_in_points() -> None:
    assert _fields(
        "Chỉ số đạt 82,88/100 điểm, tăng 1,5 điểm phần trăm; có 12 điểm giao dịch.",
        "kind",
        "count",
        "base",
        "measure",
    ) == [
        ("mức", Decimal("82.88"), 100, "điểm"),
        ("thay đổi", Decimal("1.5"), None, "điểm %"),
        ("mức", 12, None, "điểm"),
    ]


def test_a_standards_term_is_no_period_and_a_later_year_beats_since(tmp_path: Path) -> None:
    # «theo chuẩn nghèo đa chiều giai đoạn 2022-2025» names the standard, the opening's
    # period is 2023; «Từ năm 2021 đến nay, …, năm 2023 bằng 140,4%» is 2023's
    assert _read_fields(
        tmp_path / "ho-ngheo.txt",
        "Kết quả rà soát hộ nghèo năm 2023 theo chuẩn nghèo đa chiều giai đoạn 2022-2025, tỉnh "
        "hiện còn 31.502 hộ nghèo.\n"
        "Từ năm 2021 đến nay, tỷ lệ giảm hộ nghèo luôn vượt kế hoạch, năm 2023 bằng 140,4% so "
        "với kế hoạch đề ra.\n",
        unit="Tỉnh Gia Lai",
        period="năm 2023",
        names=("count", "rate", "period"),
    ) == [(31502, None, "năm 2023"), (None, Decimal("140.4"), "năm 2023")]


def test_a_class_written_short_in_a_list_is_no_unit() -> None:
    # «THCS 90 trường, THPT 39 trường»: school levels, not places
    assert _fields(
        "Số trường của toàn xã là 732 trường, trong đó mầm non 439 trường, THCS 90 trường, "
        "THPT 39 trường.",
        "count",
        "unit",
    ) == [(732, "Xã A"), (439, "Xã A"), (90, "Xã A"), (39, "Xã A")]


def test_a_band_of_rates_a_fraction_of_amounts_and_boats() -> None:
    # «chiếm từ 73,1% - 73,6%» is a band, no figures (nor a fall of 73,6); «(136,4 tỷ/136,3
    # tỷ đồng)» one fraction, done over its plan; «620 tàu» counts boats
    assert (
        _fields("Tỷ trọng công nghiệp chiếm từ 73,1% - 73,6%, dịch vụ từ 17,2% - 17,4%.", "rate")
        == []
    )
    assert _fields(
        "Thu ngân sách đạt 100% (136,4 tỷ/136,3 tỷ đồng); toàn huyện có 620 tàu.",
        "kind",
        "count",
        "base",
        "measure",
    ) == [
        ("mức", Decimal("136.4"), None, "tỷ đồng"),
        ("đạt kế hoạch", Decimal("136.4"), Decimal("136.3"), "tỷ đồng"),
        ("mức", 620, None, "tàu"),
    ]


def test_a_count_and_its_rate_each_labelled_and_ages_listed() -> None:
    # «Tổng số hộ nghèo: 13.455 hộ; Tỷ lệ: 4,52%»: the rate labelled after the count is its;
    # «cho các cụ 70, 75 … 101 tuổi» lists ages, no counts
    assert _fields("Tổng số hộ nghèo: 13.455 hộ; Tỷ lệ: 4,52%.", "count", "rate") == [
        (13455, Decimal("4.52"))
    ]
    assert _fields("Mừng thọ cho các cụ 70, 75, 80, 95, 101 tuổi; có 120 hội viên.", "count") == [
        (120,)
    ]


def test_bang_after_an_amount_compares_with_last_year_where_the_sentence_does() -> None:
    # a statistics office's «bằng 99,8%» in a sentence that compares with last year (and
    # names no plan) is the ratio to last year; «tăng 19 … so với cùng kỳ và 37 trường hợp
    # …» ends the change before the next item; «Quy chế 07», «Đoàn kiểm tra 538» are names
    assert _fields(
        "Đồng Hới thực hiện 1.003,3 ha, bằng 99,8%; Lệ Thuỷ thực hiện 10.685,5 ha, bằng 99,5% "
        "so cùng kỳ.",
        "kind",
        "rate",
    ) == [("mức", None), ("so với cùng kỳ", Decimal("99.8")), ("mức", None),
          ("so với cùng kỳ", Decimal("99.5"))]  # fmt: skip
    assert _fields("Thu ngân sách ước đạt 5,2 tỷ đồng, bằng 73,3%.", "kind") == [
        ("mức",),
        ("đạt kế hoạch",),
    ]
    assert _fields(
        "Có 32 đảng viên bị xoá tên, tăng 19 đảng viên so với cùng kỳ và 37 trường hợp xin ra "
        "khỏi đảng; Quy chế 07 của Bí thư; Trưởng Đoàn kiểm tra 538 làm việc.",
        "kind",
        "count",
    ) == [("mức", 32), ("thay đổi", 19), ("mức", 37)]


def test_a_rates_count_in_a_bracket_after_it_and_ages_listed_by_dashes() -> None:
    assert _fields(
        "Tỷ lệ hộ nghèo còn 5,74% (159 hộ), hộ khá, giàu đạt 20,56% (569 hộ); chúc thọ cho "
        "các cụ từ 70 – 75 –80 – 95 – 101 tuổi.",
        "count",
        "rate",
    ) == [(159, Decimal("5.74")), (569, Decimal("20.56"))]


def test_trong_do_goes_on_in_the_period_of_the_sentence_not_of_its_comparison(
    tmp_path: Path,
) -> None:
    # «… giảm 8,1% so với cùng kỳ năm 2021 (394 đơn). Trong đó, … chiếm 97,2%»: the shares
    # are of the first half of 2022, not of the level compared with
    assert _read_fields(
        tmp_path / "kntc.txt",
        "Trong 6 tháng đầu năm 2022, tổng số đơn là 362 đơn, giảm 8,1% so với cùng kỳ năm 2021 "
        "(394 đơn). Trong đó, khiếu nại thuộc lĩnh vực hành chính chiếm 97,2%.\n",
        unit="Tỉnh X",
        period="năm 2022",
        names=("count", "rate", "period"),
    )[-1] == (None, Decimal("97.2"), "6 tháng đầu năm 2022")


def test_more_things_counted_in_party_and_youth_reports() -> None:
    assert _fields(
        "Có 18/19 chi, đảng bộ được xếp loại; tiếp 16 đoàn đông người; 6.000 chiến sỹ tình "
        "nguyện; 75 đội hình; 19 cánh đồng lớn; 305/677 Đoàn cơ sở đăng ký.",
        "measure",
    ) == [("chi, đảng bộ",), ("đoàn",), ("chiến sỹ",), ("đội hình",), ("cánh đồng",),
          ("Đoàn cơ sở",)]  # fmt: skip


def test_the_parts_of_a_target_are_targets(tmp_path: Path) -> None:
    # «… đưa ra mục tiêu … đạt 8 tỷ đồng. Trong đó, cấp tỉnh 2 tỷ đồng, …»: targets still;
    # the parts of a sum raised are figures
    assert _read_fields(
        tmp_path / "quy.txt",
        "Năm 2021, Ban vận động tỉnh đưa ra mục tiêu vận động ủng hộ Quỹ đạt 8 tỷ đồng. Trong "
        "đó, cấp tỉnh 2 tỷ đồng, cấp huyện và xã 6 tỷ đồng; hỗ trợ làm mới 200 nhà.\n"
        "Năm 2020 đã vận động 9 tỷ đồng. Trong đó, cấp tỉnh 3 tỷ đồng.\n",
        unit="Tỉnh Lào Cai",
        period="năm 2020",
        names=("count", "base"),
    ) == [(9, None), (3, 9)]
    # striving in the past sets no target: its «Cụ thể» gives figures
    assert _read_fields(
        tmp_path / "dai-hoi.txt",
        "Qua 5 năm nỗ lực phấn đấu, Đảng bộ đã thực hiện Nghị quyết nhiệm kỳ 2015-2020 đạt nhiều "
        "kết quả. Cụ thể, đã kết nạp 50 đảng viên.\n",
        unit="Huyện Tân Phước",
        period="năm 2020",
        names=("count",),
    ) == [(50,)]


def test_each_item_of_a_list_of_places_keeps_its_own_place() -> None:
    # a bare place's name before its bracket, every figure in the bracket; an item of a list
    # split by «;» opening on a verb after its name, its later figures after a comma
    assert _fields(
        "Cụ thể, Công ty Xổ số tài trợ cất 288 căn nhà tại các địa phương, gồm: Phú Tân (30 căn), "
        "TX. Tân Châu (40 căn), An Phú (20 căn) và Chợ Mới (60 căn).",
        "count",
        "unit",
        "indicator",
    ) == [
        (288, "Xã A", "Công ty Xổ số tài trợ cất căn nhà tại các địa phương"),
        (30, "Phú Tân", "Căn Phú Tân"),
        (40, "TX. Tân Châu", "Căn TX. Tân Châu"),
        (20, "An Phú", "Căn An Phú"),
        (60, "Chợ Mới", "Căn Chợ Mới"),
    ]
    assert _fields(
        "Trong đó, các địa phương có số vụ nhiều nhất là TP. Pleiku (39 vụ, 17 người tử vong); "
        "Chư Prông (21 vụ, 16 người tử vong).",
        "count",
        "unit",
    ) == [(39, "TP. Pleiku"), (17, "TP. Pleiku"), (21, "Chư Prông"), (16, "Chư Prông")]
    assert _fields(  # bodies, each with its figures in its bracket, their names with commas
        "Các sở, ngành khác gồm: Sở Khoa học và Công nghệ (191 DVCTT), Sở Văn hóa, Thể thao và "
        "Du lịch (174 DVCTT); các khoản thu gồm: Thuế (120 tỷ đồng).",
        "count",
        "unit",
    ) == [
        (191, "Sở Khoa học và Công nghệ"),
        (174, "Sở Văn hóa, Thể thao và Du lịch"),
        (120, "Xã A"),
    ]
    assert _fields(  # a change in the bracket, its word first
        "Các địa phương: Đức Cơ (tăng 5 hộ), Ia Pa (giảm 3 hộ); các huyện giảm nhiều là huyện "
        "Chư Sê (giảm 2,52%), thị xã Ayun Pa (giảm 1,78%).",
        "count",
        "unit",
    ) == [
        (5, "Đức Cơ"),
        (-3, "Ia Pa"),
        (Decimal("-2.52"), "Huyện Chư Sê"),
        (Decimal("-1.78"), "Thị xã Ayun Pa"),
    ]
    assert _fields(  # a place named with the one it lies in, in a bracket
        "Một số cơ sở có quỹ cao như: TT Gia Lộc (Gia Lộc) 236,0 triệu đồng; Yết Kiêu (Gia Lộc) "
        "209,7 triệu đồng.",
        "count",
        "unit",
    ) == [(Decimal("236.0"), "TT Gia Lộc (Gia Lộc)"), (Decimal("209.7"), "Yết Kiêu (Gia Lộc)")]
    assert _fields(
        "Diện tích gieo trồng của các địa phương: Đồng Hới thực hiện 1.003,3 ha, bằng 99,8%; "
        "Ba Đồn thực hiện 2.555,3 ha, tăng 10,2%.",
        "count",
        "rate",
        "unit",
    ) == [
        (Decimal("1003.3"), None, "Đồng Hới"),
        (None, Decimal("99.8"), "Đồng Hới"),
        (Decimal("2555.3"), None, "Ba Đồn"),
        (Decimal("10.2"), None, "Ba Đồn"),
    ]


def test_a_count_with_no_known_unit_takes_the_words_written_after_it(tmp_path: Path) -> None:
    # one or two words up to a small word, a comma or a name; the row says it read them so,
    # a part's too
    fields = _read_fields(
        tmp_path / "cds.txt",
        "Tỉnh cung cấp 1.941 dịch vụ hành chính công, trong đó 282 dịch vụ mức độ 3. Toàn tỉnh "
        "có 9.433 trạm, cột thu phát sóng; 04/08 lĩnh vực có chỉ số trên 80%. Đã xây dựng 42 "
        "công trình, cụ thể: 01 tủ báo điện tử; 07 cầu dân sinh.",
        unit="Tỉnh A",
        period="năm 2024",
        names=("count", "base", "measure", "confidence"),
    )
    assert fields == [
        (1941, None, "dịch vụ", "trung bình"),
        (282, 1941, "dịch vụ", "trung bình"),
        (9433, None, "trạm", "cao"),  # a known unit now
        (4, 8, "lĩnh vực", "trung bình"),
        (42, None, "công trình", "cao"),
        (1, 42, "tủ báo", "trung bình"),  # a part that names what it counts: read so
        (7, 42, "cầu dân", "trung bình"),
    ]


def test_an_opening_that_reports_a_half_and_then_sets_out_the_next_reports_the_first(
    tmp_path: Path,
) -> None:
    opening = _frame(
        tmp_path / "que-vo.txt",
        "(BTV) Ngày 19 và 20/7, HĐND huyện Quế Võ đã tổ chức kỳ họp thứ 7, nhằm đánh giá những "
        "kết quả đã đạt được 6 tháng đầu năm 2018, đưa ra phương hướng nhiệm vụ và những giải "
        "pháp thực hiện 6 tháng cuối năm 2018.\n\nHuyện đã giải quyết việc làm cho 1.586 lao "
        "động.\n",
    ).opening_period
    assert opening is not None and opening.label() == "6 tháng đầu năm 2018"  # not the plan's
    opening = _frame(  # «so năm 2021»: what it is compared with, written short
        tmp_path / "que-vo-2.txt",
        "Theo báo cáo của UBND huyện An Lão, năm 2022 sản xuất công nghiệp ước đạt 690,7 tỷ "
        "đồng, đạt 101,80% kế hoạch năm, tăng 14,01% so năm 2021.\n",
    ).opening_period
    assert opening is not None and opening.label() == "năm 2022"


def test_a_count_over_a_total_in_words_or_by_the_rate_printed_beside_the_total() -> None:
    # «51.574 trên 58.202 hồ sơ»: a bare «trên» between two numbers that count one thing; not
    # «50 suất quà trên 20 triệu đồng», more than an amount
    assert _rows(
        "Trung tâm số hóa kết quả giải quyết cho 51.574 trên 58.202 hồ sơ; tặng 50 suất quà trên "
        "20 triệu đồng."
    ) == [
        (51574, 58202, None, "mức", "hồ sơ"),
        (50, None, None, "mức", "suất"),
        (20, None, None, "mức", "triệu đồng"),
    ]
    # a count, then a total with the count's share printed beside it: one fraction
    assert _rows(
        "Hà Nam dẫn đầu với số hồ sơ trực tuyến toàn trình là 115.665 và tổng số hồ sơ giải "
        "quyết TTHC là 168.746, đạt 68,54%."
    ) == [(115665, 168746, Decimal("68.54"), "mức", "hồ sơ")]
    assert _rows("Xã có 120 hộ nghèo và 2.400 hộ, đạt 6%.") == [  # 5%: the rate is the total's
        (120, None, None, "mức", "hộ"),
        (2400, None, 6, "mức", "hộ"),
    ]


def test_a_period_without_its_year_in_a_report_that_states_none_is_kept_as_written() -> None:
    # no year to put «quý II» in: the words, with a doubt the analyst settles; «nổi bật» is
    # no «ba tháng» written short
    undated = ReportSetting("Tỉnh A", None, None, None)
    figures = sentence_figures(
        "GRDP ước tính 9 tháng đầu năm tăng 12,46% so với cùng kỳ năm trước (sơ bộ quý II tăng "
        "10,97%); nổi bật là kết nạp 12 đảng viên mới.",
        "đoạn 1",
        undated,
    )
    assert [(f.count, f.period, f.confidence) for f in figures] == [
        (Decimal("12.46"), "9 tháng đầu năm", "thấp"),
        (Decimal("10.97"), "quý II", "thấp"),
        (12, None, "thấp"),
    ]
    assert figures[1].doubts == ("chưa rõ năm của kỳ / the period's year is not stated",)


def test_a_signed_count_in_a_bracket_after_a_change_in_per_cent_is_the_counts_change() -> None:
    assert _rows("Ngành khai khoáng tăng mạnh 30,43%, ngành điện giảm nhẹ 2,1%.") == [
        (Decimal("30.43"), None, None, "thay đổi", "%"),  # an adverb between
        (Decimal("-2.1"), None, None, "thay đổi", "%"),
    ]
    assert _rows("Năng suất lúa đạt 61,0 tạ/ha, tăng 2,76% (+1,64 tạ/ha) so với cùng kỳ.") == [
        (Decimal("61.0"), None, None, "mức", "tạ/ha"),
        (Decimal("2.76"), None, None, "thay đổi", "%"),
        (Decimal("1.64"), None, None, "thay đổi", "tạ/ha"),
    ]
    assert _rows("Diện tích đạt 22.670 ha, giảm 3% (-665 ha); gồm: - 20 hộ nghèo.") == [
        (22670, None, None, "mức", "ha"),
        (-3, None, None, "thay đổi", "%"),
        (-665, None, None, "thay đổi", "ha"),
        (20, None, None, "mức", "hộ"),  # a list's dash is no sign
    ]


def test_a_table_of_main_indicators_its_header_a_name_a_line_its_rows_a_line_each(
    tmp_path: Path,
) -> None:
    # a statistics office's page: label, unit («"»: the row above's), the half's value and
    # its change on last year in per cent, signed
    fields = _read_fields(
        tmp_path / "lam-dong.txt",
        "Một số chỉ tiêu kinh tế - xã hội chủ yếu tỉnh Lâm Đồng 6 tháng đầu năm 2015\n\n"
        "Chỉ tiêu\n\nĐVT\n\n6 tháng đầu năm 2015\n\n% tăng/ giảm so cùng kỳ\n\n"
        "1. Tổng sản phẩm (GRDP) giá so sánh 2010 Tỷ đồng 16.632,5 +8,37\n\n"
        '  - Khu vực dịch vụ  " 7.259,8 +9,88\n\n'
        "6. Khách du lịch qua cơ sở lưu trú Ngàn lượt khách 1.432,9 -9,2\n",
        unit="Tỉnh Lâm Đồng",
        period="6 tháng đầu năm 2015",
        names=("kind", "count", "measure", "indicator"),
    )
    assert fields == [
        ("mức", Decimal("16632.5"), "Tỷ đồng", "Tổng sản phẩm (GRDP) giá so sánh 2010"),
        ("thay đổi", Decimal("8.37"), "%",
         "Tổng sản phẩm (GRDP) giá so sánh 2010 (% tăng/ giảm so cùng kỳ)"),
        ("mức", Decimal("7259.8"), "Tỷ đồng", "Khu vực dịch vụ"),
        ("thay đổi", Decimal("9.88"), "%", "Khu vực dịch vụ (% tăng/ giảm so cùng kỳ)"),
        ("mức", Decimal("1432.9"), "Ngàn lượt khách", "Khách du lịch qua cơ sở lưu trú"),
        ("thay đổi", Decimal("-9.2"), "%",
         "Khách du lịch qua cơ sở lưu trú (% tăng/ giảm so cùng kỳ)"),
    ]  # fmt: skip


def test_a_fractions_rate_in_a_list_of_parts_a_count_over_plan_and_numbered_weeks() -> None:
    # a fraction in a «trong đó» list keeps the rate that is its share, «bình quân» or not
    assert _rows(
        "Toàn tỉnh có 136/314 trường đạt chuẩn, trong đó: Khối phổ thông có 116/227 trường, đạt "
        "tỷ lệ bình quân 51,1%; cấp tiểu học có 77/144 trường đạt tỷ lệ 53,5%."
    ) == [
        (136, 314, None, "mức", "trường"),
        (116, 227, Decimal("51.1"), "mức", "trường"),
        (77, 144, Decimal("53.5"), "mức", "trường"),
    ]
    # how many more than planned is a change; «vượt 10,9% dự toán» stays a share of the plan
    assert _rows("Toàn ngành có 486 trường, vượt 9 đơn vị so với kế hoạch giao.") == [
        (486, None, None, "mức", "trường"),
        (9, None, None, "thay đổi", "đơn vị"),
    ]
    assert _rows("Thu ngân sách vượt 10,9% dự toán.") == [
        (None, None, Decimal("110.9"), "đạt kế hoạch", None)
    ]
    # a week's or a dose's number is no count
    assert _rows(
        "Trong tuần 38 ghi nhận 206 trường hợp; tỷ lệ tiêm mũi 1 đạt 99,9%; đã tiêm 500 mũi."
    ) == [
        (206, None, None, "mức", "trường hợp"),
        (None, None, Decimal("99.9"), "mức", None),
        (500, None, None, "mức", "mũi"),
    ]


def test_counts_of_criteria_reached_and_changed_ordinal_places_and_classes() -> None:
    # «tiêu chí» after a count reached or changed is what it counts, not a list's size
    assert _rows(
        "Tổng số tiêu chí toàn tỉnh đạt được là 1.285 tiêu chí, tăng 90 tiêu chí so với đầu năm; "
        "Nghị quyết đề ra 05 nguyên tắc."
    ) == [(1285, None, None, "mức", "tiêu chí"), (90, None, None, "thay đổi", "tiêu chí")]
    # «xã thứ 22/161»: the commune's place in line; «Nhóm 1»: a class, named by its number
    assert _rows("Đây là xã thứ 22/161 của tỉnh.") == []
    assert _fields(
        "Các xã được phân theo nhóm như sau: Nhóm 1: 40/144 xã chiếm 27,78%; Nhóm 2: 01/144 xã "
        "chiếm 0,69%.",
        "count",
        "base",
        "unit",
    ) == [(40, 144, "Xã A"), (1, 144, "Xã A")]


def test_striving_that_reached_its_results_sets_no_target() -> None:
    assert _rows(
        "Nhân dân trong xã cố gắng khắc phục khó khăn, phấn đấu đạt kết quả: Giá trị sản xuất "
        "nông nghiệp ước thực hiện 168,2 tỷ đồng, tăng 7,4% so với cùng kỳ."
    ) == [
        (Decimal("168.2"), None, None, "mức", "tỷ đồng"),
        (Decimal("7.4"), None, None, "thay đổi", "%"),
    ]
    assert _rows("Năm 2025, xã phấn đấu đạt 200 tỷ đồng.") == []  # still a target


def test_a_day_or_a_span_of_days_without_its_year_takes_the_reports() -> None:
    # «tính đến ngày 30-6» dates a stock in the report's year; a span of days without its
    # year is the report's year's; a bare «3/9» still dates nothing
    year = replace(HALF, period=parse_period("năm 2024"), until=dt.date(2024, 12, 31))
    assert [
        [(f.count, f.period) for f in sentence_figures(sentence, "đoạn 1", year)]
        for sentence in (
            "Tính đến ngày 30-6, tổng diện tích gieo trồng đạt 5.339,3 ha.",
            "Từ ngày 1/7 đến 30/11, hệ thống đã tiếp nhận 730.000 hồ sơ.",
            "Ngày 3/9, xã tổ chức hội nghị với 120 đại biểu.",
        )
    ] == [
        [(Decimal("5339.3"), "ngày 30/6/2024")],
        [(730000, "từ ngày 1/7/2024 đến ngày 30/11/2024")],
        [(120, "năm 2024")],
    ]
    # a span across the new year starts in the year before its end
    winter = replace(HALF, period=parse_period("năm 2021"), until=dt.date(2021, 12, 31))
    figures = sentence_figures("Từ ngày 15/12 đến 14/3, tiếp 95 lượt công dân.", "đoạn 1", winter)
    assert [f.period for f in figures] == ["từ ngày 15/12/2020 đến ngày 14/3/2021"]


def test_a_subheadings_figure_its_paragraph_says_again_is_one_row(tmp_path: Path) -> None:
    # a news item's subheading restates the figure the paragraph below gives with its period:
    # one row, the paragraph's; a list's item that looks the same stays
    figures = _read_fields(
        tmp_path / "thanh-hoa.txt",
        "BÁO CÁO TÌNH HÌNH KINH TẾ - XÃ HỘI 9 THÁNG NĂM 2024\n"
        "2.411 doanh nghiệp thành lập mới\n"
        "Theo báo cáo của Sở Kế hoạch và Đầu tư, đến ngày 15/9, trên địa bàn tỉnh có 2.411 doanh "
        "nghiệp thành lập mới, đạt 80,4% kế hoạch.\n"
        "- Kết nạp 25 đảng viên mới\n"
        "- Chi bộ thôn 2 kết nạp 25 đảng viên mới.\n",
        unit="Tỉnh A",
        period="9 tháng năm 2024",
        names=("count", "rate", "period"),
    )
    assert figures == [
        (2411, None, "ngày 15/9/2024"),
        (None, Decimal("80.4"), "ngày 15/9/2024"),
        (25, None, "9 tháng năm 2024"),
        (25, None, "9 tháng năm 2024"),
    ]


def test_a_rate_cut_short_a_change_listed_past_a_year_and_a_communes_parts_as_places() -> None:
    # 837/877 = 95,438…%, printed «95,43%»: the fraction's own rate, not what the villages have
    assert _rows("Toàn tỉnh có 837/877 thôn có nhà văn hóa, đạt tỷ lệ 95,43%.") == [
        (837, 877, Decimal("95.43"), "mức", "thôn")
    ]
    # «và 42,7% so với …» after a change, a year between: a change too, not what they have
    assert _rows(
        "Toàn tỉnh có 109/111 xã có nhà văn hóa, đạt tỷ lệ 98,2%; tăng 20,5% so với thời điểm "
        "năm 2015 và 42,7% so với thời điểm năm 2010."
    ) == [
        (109, 111, Decimal("98.2"), "mức", "xã"),
        (Decimal("20.5"), None, None, "thay đổi", "điểm %"),
        (Decimal("42.7"), None, None, "thay đổi", "điểm %"),
    ]
    # a commune's quarters and villages are places, a number closing a quarter's name its own
    assert _fields(
        "Số hộ được công nhận như sau: Khu phố Hiệp Nhất 415 hộ; khu phố Hiệp Tâm 1: 538 hộ; "
        "khu phố Hiệp Tâm 2:1019 hộ. Trong đó, thôn Đông kết nạp 5 đảng viên.",
        "count",
        "unit",
    ) == [
        (415, "Khu phố Hiệp Nhất"),
        (538, "Khu phố Hiệp Tâm 1"),
        (1019, "Khu phố Hiệp Tâm 2"),
        (5, "Thôn Đông"),
    ]


def test_a_counts_rate_after_what_it_has_a_level_named_by_number_and_millions_of_things(
    tmp_path: Path,
) -> None:
    # «(đạt trên 75%)» after what the things have is their own rate, of the total before
    assert _rows(
        "Có 5.265 đối tượng đủ điều kiện mở tài khoản, đã có 3.994 đối tượng được mở tài khoản "
        "(đạt trên 75%)."
    ) == [
        (5265, None, None, "mức", "đối tượng"),
        (3994, 5265, Decimal("75"), "phần", "đối tượng"),
    ]
    # «, đạt tỷ lệ 86%» is the fraction's, printed wrong: kept and flagged; «căn cước» is no
    # «căn»; «mức 2» names a level
    (card,) = sentence_figures(
        "Đã hoàn chỉnh 32.400/37.000 căn cước công dân có gắn chíp, đạt tỷ lệ 86%.", "đoạn 1", HALF
    )
    assert (card.count, card.base, card.rate, card.measure) == (32400, 37000, Decimal("86"), None)
    assert card.doubts[0] == "tỷ lệ in 86% khác 32.400/37.000 / printed rate differs"
    assert _rows("Kích hoạt 704.828 tài khoản VNeID mức 2, đạt tỷ lệ 40,8%.") == [
        (704828, None, Decimal("40.8"), "mức", "tài khoản")
    ]
    # millions of things no known unit names are whole things; of litres, an amount
    figures = _read_fields(
        tmp_path / "quang-tri.txt",
        "Chuyển tiền qua POS, ATM đạt hơn 11,6 triệu món. Sản lượng nước đạt 9,5 triệu lít.\n",
        unit="Tỉnh A",
        period="9 tháng năm 2022",
        names=("count", "measure"),
    )
    assert figures == [(11600000, "món"), (Decimal("9.5"), "triệu lít")]


def test_cases_and_the_accused_by_a_slash_military_units_and_classes_by_number() -> None:
    # «tăng 78 vụ/66 bị can»: two changes, cases and the accused, one phrase; no fraction
    assert _fields(
        "Trộm cắp tài sản tăng 78 vụ/66 bị can; đã khởi tố 1.389 vụ/2.826 bị can.",
        "count",
        "base",
        "kind",
        "measure",
        "indicator",
    ) == [
        (78, None, "thay đổi", "vụ", "Trộm cắp tài sản"),
        (66, None, "thay đổi", "bị can", "Trộm cắp tài sản"),
        (1389, None, "mức", "vụ", "Vụ khởi tố"),
        (2826, None, "mức", "bị can", "Bị can"),
    ]
    # «Trung đoàn 6», «Sư đoàn 968» are units' names; «loại 1» a class's, kept in its phrase
    assert _rows("Nhập ngũ vào Trung đoàn 6 (324 thanh niên), Sư đoàn 968 (600 thanh niên).") == [
        (324, None, None, "mức", "thanh niên"),
        (600, None, None, "mức", "thanh niên"),
    ]
    assert _fields("Toàn tỉnh có 13,8% công dân đạt loại 1.", "count", "rate", "indicator") == [
        (None, Decimal("13.8"), "Công dân đạt loại 1")
    ]


def test_a_review_that_sets_out_next_years_tasks_reports_the_year_before(tmp_path: Path) -> None:
    # «tổng kết phong trào …, triển khai nhiệm vụ năm 2024» reviews 2023, stating no year
    read = _read(
        tmp_path / "tien-phuoc.txt",
        "Sáng ngày 27/2, UBND huyện Tiên Phước tổng kết phong trào “Toàn dân đoàn kết xây dựng "
        "đời sống văn hóa”, triển khai nhiệm vụ năm 2024.\n"
        "Toàn huyện có 17.800/18.600 hộ đạt danh hiệu gia đình văn hóa (96%).\n",
        unit="Huyện Tiên Phước",
    )
    assert [(f.count, f.base, f.period) for f in read.figures] == [(17800, 18600, "năm 2023")]


def test_per_mille_dashed_days_in_news_glued_fractions_and_a_share_after_a_change() -> None:
    # «17,15%o» is per mille, a count in «‰», not a per cent
    assert _rows("Tỷ suất sinh thô là 17,15%o, giảm 0,57‰ so với cùng kỳ.") == [
        (Decimal("17.15"), None, None, "mức", "‰"),
        (Decimal("-0.57"), None, None, "thay đổi", "‰"),
    ]
    # a day written «8-7» in a bracket after «hôm qua», or after a named day, dates nothing
    assert _rows(
        "Hôm qua (8-7), Chi cục sơ kết; nhân Ngày Dân số Thế giới 11-7, trao 15 suất."
    ) == [(15, None, None, "mức", "suất")]
    # «130m/130m»: a fraction, its unit glued on both sides; a wrong rate flagged
    (road, lane) = sentence_figures(
        "Trục thôn 130m/130m đạt 100%; đường nội đồng 320m/1020m đạt 32%.", "đoạn 1", HALF
    )
    assert (road.count, road.base, road.rate, road.measure) == (130, 130, Decimal("100"), "m")
    assert (lane.count, lane.base, lane.rate) == (320, 1020, Decimal("32"))
    assert lane.doubts[0] == "tỷ lệ in 32% khác 320/1.020 / printed rate differs"
    # «57 giảm 02 trẻ, chiếm tỷ lệ 14,1%»: 57 of the 403 said first, not the change's share
    assert _rows(
        "Tổng số sinh 403 trẻ, con thứ 3 trở lên 57 trẻ giảm 02 trẻ, chiếm tỷ lệ 14,1%."
    ) == [
        (403, None, None, "mức", "trẻ"),
        (57, 403, Decimal("14.1"), "phần", "trẻ"),
        (-2, None, None, "thay đổi", "trẻ"),
    ]


def test_land_certificates_their_parts_and_fractions_of_area(tmp_path: Path) -> None:
    # «giấy CNQSDĐ» counts certificates: its parts are of the certificates, the hectares of
    # the hectares; «36.323 ha/45.765 ha rừng» is a fraction; «m³» a unit; «vị trí» no «vị»
    figures = _read_fields(
        tmp_path / "quang-binh.txt",
        "Toàn tỉnh đã cấp 541.473 giấy CNQSDĐ với diện tích 593.803,20 ha/617.708,50 ha (đạt "
        "96,13%); trong đó, 7.844 giấy CNQSDĐ cho các tổ chức và 533.629 giấy CNQSDĐ cho các "
        "hộ gia đình. Hiện có hơn 36.323 ha/45.765 ha rừng đang khô hạn. Lâm sản thiệt hại "
        "3,168 m³. Giải tỏa 11 vị trí.\n",
        unit="Tỉnh A",
        period="năm 2018",
        names=("count", "base", "measure"),
    )
    assert figures == [
        (541473, None, "giấy"),
        (Decimal("593803.20"), Decimal("617708.50"), "ha"),
        (7844, 541473, "giấy"),
        (533629, 541473, "giấy"),
        (36323, 45765, "ha"),
        (Decimal("3.168"), None, "m³"),
        (11, None, "vị trí"),
    ]


def test_a_named_party_committee_after_toan_and_a_long_rates_phrase() -> None:
    # «toàn Đảng bộ thị xã Sa Đéc» names a unit; «toàn Đảng bộ» alone is the report's own
    assert _fields(
        "Từ đầu năm, toàn Đảng bộ thị xã Sa Đéc đã kết nạp được 625 đảng viên mới; toàn Đảng bộ "
        "kết nạp 45 đảng viên.",
        "count",
        "unit",
    ) == [(625, "Đảng bộ thị xã Sa Đéc"), (45, "Xã A")]
    # a phrase cut to its last words keeps «Tỷ lệ» whole
    ((phrase,),) = _fields(
        "Tỷ lệ đảng viên đủ tư cách hoàn thành tốt nhiệm vụ bình quân 2 năm qua đạt 97,35%.",
        "indicator",
    )
    assert phrase == "Tỷ lệ đảng viên đủ tư cách hoàn thành tốt nhiệm vụ bình quân 2 năm qua"


def test_billions_and_millions_with_a_decimal() -> None:
    assert _rows("Hỗ trợ hội viên với tổng số tiền là 5 tỷ 298,2 triệu đồng.") == [
        (Decimal("5298.2"), None, None, "mức", "triệu đồng")
    ]


def test_words_that_look_like_numbers_and_those_a_rank_is_among() -> None:
    # «trong năm phường»: the year; «hai con số»: double digits; «mùng 6 Tết»: a day; a date
    # spaced «05 - 07 - 2019»; «cao nhất trong 21 tỉnh»: those ranked among
    assert _rows(
        "Trong năm phường giúp cho 37 hộ thoát nghèo; tăng trưởng hai con số; sáng mùng 6 Tết, "
        "đăng ngày 05 - 07 - 2019, tỷ lệ hộ có điện cao nhất trong 21 tỉnh, thành."
    ) == [(37, None, None, "mức", "hộ")]
    assert _rows("Có năm xã đạt chuẩn.") == [(5, None, None, "mức", "xã")]


def test_the_plan_in_a_bracket_an_amount_spelled_out_and_a_base_with_its_unit_glued() -> None:
    # «(KH 30 tỷ đồng)», «(KH: 11%o)», «(KH dưới 0,8%, giảm 01 hộ)»: the plan, no figures
    assert _rows("Tỷ lệ phát triển dân số tự nhiên: 10,3%o (KH: 11%o).") == [
        (Decimal("10.3"), None, None, "mức", "‰")
    ]
    assert _rows("Giảm tỷ lệ hộ nghèo: 0,79%, giảm 01 hộ (KH dưới 0,8%, giảm 01 hộ).") == [
        (None, None, Decimal("0.79"), "mức", None),
        (-1, None, None, "thay đổi", "hộ"),
    ]
    # after «/»: «79,3%/ chỉ tiêu 80%» is what was reached over its target
    assert _rows("Tỷ lệ xã đạt chuẩn 79,3%/ chỉ tiêu 80%; xã kiểu mẫu 12,3%/chỉ tiêu 10%.") == [
        (None, None, Decimal("79.3"), "mức", None),
        (None, None, Decimal("12.3"), "mức", None),
    ]
    # the amount spelled out in its bracket says it again in words
    assert _rows(
        "Ước thu từ trồng trọt: 13.503.000.000đ (Mười ba tỷ, năm trăm linh ba triệu đồng)."
    ) == [(13503000000, None, None, "mức", "đ")]
    # «Ngô 31/35ha»: a fraction, the base's unit glued
    assert _rows("Ngô 31/35ha.") == [(31, 35, None, "mức", "ha")]


def test_a_change_in_per_cent_then_the_same_change_counted() -> None:
    # «tăng 1,68%, bằng 2.217,2 tấn so với cùng kỳ», «(bằng 837,2 ha)»: by how much, counted
    assert _rows(
        "Sản lượng lương thực ước đạt 134.161,5 tấn, tăng 1,68%, bằng 2.217,2 tấn so với cùng kỳ "
        "năm trước; diện tích gieo trồng đạt 114.334 ha, tăng 0,74% so với cùng kỳ năm 2017 "
        "(bằng 837,2 ha)."
    ) == [
        (Decimal("134161.5"), None, None, "mức", "tấn"),
        (Decimal("1.68"), None, None, "thay đổi", "%"),
        (Decimal("2217.2"), None, None, "thay đổi", "tấn"),
        (114334, None, None, "mức", "ha"),
        (Decimal("0.74"), None, None, "thay đổi", "%"),
        (Decimal("837.2"), None, None, "thay đổi", "ha"),
    ]


def test_a_stock_dated_at_an_hour_of_a_day() -> None:
    # «đến 6h00 giờ ngày 26/6/2022»: the day, its hour left aside
    assert _fields(
        "Tổng số liều vắc xin đã phân bổ đến 6h00 giờ ngày 26/6/2022 là 1.789.908 liều.",
        "count",
        "period",
    ) == [(1789908, "ngày 26/6/2022")]


def test_levels_listed_each_with_its_rate_and_parts_of_the_land() -> None:
    # «cụ thể: cấp tỉnh đạt 56%, cấp huyện đạt 8%»: each its level, the first's «đạt» no prize
    assert _fields("Cụ thể: cấp tỉnh đạt 56%, cấp huyện đạt 8%.", "rate", "unit") == [
        (Decimal("56"), "Cấp tỉnh"),
        (Decimal("8"), "Cấp huyện"),
    ]
    # «khu vực đồng bằng», «ở khu vực đô thị»: a part of the land is where the figure is
    assert _fields(
        "Riêng khu vực đồng bằng có 8.201 hộ nghèo; tỷ lệ thu gom rác ở khu vực đô thị đạt 90%.",
        "count",
        "rate",
        "unit",
    ) == [(8201, None, "Khu vực đồng bằng"), (None, Decimal("90"), "Khu vực đô thị")]


def test_bodies_listed_each_with_a_bare_number_in_its_bracket() -> None:
    # «Sở Tài chính (88), Ban quản lý khu kinh tế tỉnh (40), …»: counts, each its body's, not
    # footnote marks; a footnote's mark after a figure stays none
    assert _fields(
        "Sở Tài chính (88), Ban quản lý khu kinh tế tỉnh (40), Văn phòng UBND tỉnh (5).",
        "count",
        "unit",
    ) == [(88, "Sở Tài chính"), (40, "Ban quản lý khu kinh tế tỉnh"), (5, "Văn phòng UBND tỉnh")]
    assert _rows("GRDP tăng 8,01% (1) so với cùng kỳ.") == [
        (Decimal("8.01"), None, None, "thay đổi", "%")
    ]


def test_a_level_said_with_its_change_keeps_its_share_and_a_named_rate_its_own() -> None:
    # «72 trẻ giảm 2 trẻ chiếm tỷ lệ 13,8%»: 2 of 72 is no 13,8%, the share is the level's;
    # «950 hộ, giảm 87 hộ, chiếm 9,1%»: 87 of 950, the change's
    assert _rows("Con thứ 3 trở lên: 72 trẻ giảm 2 trẻ chiếm tỷ lệ 13,8%.") == [
        (72, None, Decimal("13.8"), "mức", "trẻ"),
        (-2, None, None, "thay đổi", "trẻ"),
    ]
    assert _rows("Số hộ nghèo 950 hộ, giảm 87 hộ, chiếm tỉ lệ 9,1%.")[2] == (
        Decimal("-9.1"),
        None,
        None,
        "thay đổi",
        "%",
    )
    # «…, tốc độ tăng dân số tự nhiên đạt 0,61%» names its own rate, not the count's before
    assert _rows("Số trẻ sinh ra là 13.052 cháu, tốc độ tăng dân số tự nhiên đạt 0,61%.") == [
        (13052, None, None, "mức", "cháu"),
        (None, None, Decimal("0.61"), "mức", None),
    ]


def test_a_quota_handed_down_is_no_figure_what_was_done_against_it_is() -> None:
    # «được giao chỉ tiêu …, gọi 78 công dân», «được giao hơn 6.000 chỉ tiêu, trong đó Quân đội
    # hơn 5.300 chỉ tiêu»: quotas; «đã giao 78 công dân, đạt 100% chỉ tiêu»: done
    assert _rows("Năm 2024, huyện được giao chỉ tiêu tuyển chọn, gọi 78 công dân nhập ngũ.") == []
    assert (
        _rows(
            "Toàn tỉnh được giao hơn 6.000 chỉ tiêu tuyển chọn, trong đó Quân đội hơn "
            "5.300 chỉ tiêu."
        )
        == []
    )
    assert _rows("Huyện đã giao 78 công dân nhập ngũ, đạt 100% chỉ tiêu.") == [
        (78, None, None, "mức", None),
        (None, None, Decimal("100"), "đạt kế hoạch", None),
    ]
    # revenue «được giao» that passed its plan is reached
    assert _rows("Tổng thu ngân sách được giao hơn 2.351 tỷ đồng, vượt 16,6% nghị quyết.")[0] == (
        2351,
        None,
        None,
        "mức",
        "tỷ đồng",
    )


def test_so_many_times_last_years_is_its_ratio_to_it() -> None:
    # «gấp 4,6 lần»: 460% of last year's; «tăng gấp 3 lần so với năm 2011», «gấp 41,9 lần so
    # với thời điểm mới thành lập»: a change in «lần»
    assert _rows("Khách quốc tế 284,6 nghìn lượt, gấp 4,6 lần so với cùng kỳ.") == [
        (284600, None, None, "mức", "lượt"),
        (None, None, Decimal("460"), "so với cùng kỳ", None),
    ]
    assert _rows("Doanh thu đạt 5.060,7 tỷ đồng, gấp 2,345 lần.")[1][2] == Decimal("234.5")
    assert _rows("Thu nhập bình quân tăng gấp 3 lần so với năm 2011.") == [
        (3, None, None, "thay đổi", "lần")
    ]
    assert _rows("Dư nợ đạt 279 tỷ đồng, gấp 41,9 lần so với thời điểm mới thành lập.")[1] == (
        Decimal("41.9"),
        None,
        None,
        "thay đổi",
        "lần",
    )


def test_a_period_after_whose_word_it_is_holds_for_the_paragraph(tmp_path: Path) -> None:
    # «Theo UBND tỉnh, trong năm 2021, …»: the source first, then the period, which the
    # paragraph's next sentence («Cụ thể, …») keeps; last year's figure in a bracket is its own
    figures = _read_fields(
        tmp_path / "lam-dong.txt",
        "Theo UBND tỉnh, trong năm 2021, tình hình khiếu nại, tố cáo có tăng, có giảm. Cụ thể, "
        "tổng số đơn khiếu nại phát sinh trong kỳ là 674 đơn, giảm 16,58% so với cùng kỳ năm "
        "2020 (808 đơn).\n"
        "Theo ông Nguyễn Văn A, Chánh Thanh tra tỉnh, 6 tháng đầu năm 2022, tổng số đơn phát "
        "sinh là 505 đơn.\n",
        unit="Tỉnh A",
        period="năm 2022",
        names=("count", "rate", "period"),
    )
    assert figures == [
        (674, None, "năm 2021"),
        (Decimal("-16.58"), None, "năm 2021"),  # a change, in points
        (808, None, "năm 2020"),
        (505, None, "6 tháng đầu năm 2022"),
    ]


def test_numbers_that_name_a_part_a_standard_a_scale_a_slogan_or_weeks_are_no_figures() -> None:
    # «Bài 1:», «Chỉ số 2 -»: an item's number; «QCVN 02: 2009/BYT»: a standard
    assert _rows("Bài 1: Cả hệ thống chính trị vào cuộc") == []
    assert _rows("Chỉ số 2 - Tỷ lệ hộ dùng nước sạch theo QCVN 02: 2009/BYT: 85%.") == [
        (None, None, Decimal("85"), "mức", None)
    ]
    # «tỷ lệ 1/500»: a plan's map scale; «ở khu 6»: an address
    assert _rows("Đã phê duyệt quy hoạch chi tiết tỷ lệ 1/500 cụm công nghiệp rộng 50 ha.") == [
        (50, None, None, "mức", "ha")
    ]
    assert _rows("Gia đình chị San ở khu 6, xã Tùng Khê có thu nhập 200 triệu đồng.") == [
        (200, None, None, "mức", "triệu đồng")
    ]
    # a campaign's name, quoted with mismatched marks; the weeks a peak spans
    assert _rows("Hội vận động xây dựng gia đình ‘5 không, 3 sạch” được 120 hộ tham gia.") == [
        (120, None, None, "mức", "hộ")
    ]
    assert _rows("Số ca mắc đạt đỉnh vào tuần 32-34 với 500 ca.") == [
        (500, None, None, "mức", "ca")
    ]


def test_a_season_compared_with_short_of_voi_is_not_the_changes_period() -> None:
    # «so vụ mùa năm 2018», «với» left out: what it is compared with, not the period of the
    # change said after it in brackets
    rows = _fields(
        "Cây lương thực có hạt đạt 58.095 ha, giảm 1,6% (-862 ha) so vụ mùa năm 2018; cây chất "
        "bột có củ đạt 318 ha, tăng 6,0% (+18 ha).",
        "count",
        "kind",
        "period",
    )
    assert rows == [
        (58095, "mức", "6 tháng đầu năm 2024"),
        (Decimal("-1.6"), "thay đổi", "6 tháng đầu năm 2024"),
        (-862, "thay đổi", "6 tháng đầu năm 2024"),
        (318, "mức", "6 tháng đầu năm 2024"),
        (Decimal("6.0"), "thay đổi", "6 tháng đầu năm 2024"),
        (18, "thay đổi", "6 tháng đầu năm 2024"),
    ]


def test_a_rate_said_again_as_the_count_it_comes_to_is_one_row() -> None:
    # «0,76%, tương đương với 6.014 người»: the count the rate comes to, one row with both,
    # named by the rate's words; «tương ứng với» is no «respectively»
    assert _fields(
        "Tỷ lệ thất nghiệp chung là 0,76%, tương đương với 6.014 người thất nghiệp.",
        "count",
        "rate",
        "indicator",
    ) == [(6014, Decimal("0.76"), "Tỷ lệ thất nghiệp chung")]
    assert _fields(
        "Tỷ lệ giải quyết đúng hạn đạt 99,85%, tương ứng với 94.839 hồ sơ; trễ hạn 0,15%.",
        "count",
        "rate",
        "indicator",
    ) == [
        (94839, Decimal("99.85"), "Tỷ lệ giải quyết đúng hạn"),
        (None, Decimal("0.15"), "Trễ hạn"),
    ]


def test_a_share_after_a_levels_change_in_brackets_is_the_levels() -> None:
    # «11.572 hộ nghèo (giảm 2.955 hộ), chiếm tỷ lệ 3,04%»: the share is of the level, the
    # change said aside; «950 hộ (giảm 87 hộ), chiếm 9,2%» is 87 of 950, the change's
    assert _rows("Toàn tỉnh có 11.572 hộ nghèo (giảm 2.955 hộ), chiếm tỷ lệ 3,04%.") == [
        (11572, None, Decimal("3.04"), "mức", "hộ"),
        (-2955, None, None, "thay đổi", "hộ"),
    ]
    assert [r[:4] for r in _rows("Toàn xã có 950 hộ (giảm 87 hộ), chiếm 9,2%.")] == [
        (950, None, None, "mức"),
        (-87, None, None, "thay đổi"),
        (Decimal("-9.2"), None, None, "thay đổi"),
    ]


def test_millions_and_thousands_said_apart_are_one_count() -> None:
    # «7 triệu 520 nghìn con»: one count, 7.520.000 head, as «141 tỷ 700 triệu đồng» is one
    assert [r[:3] + r[4:] for r in _rows("Đàn gia cầm 7 triệu 520 nghìn con, tăng 1,2%.")] == [
        (7520000, None, None, "con"),
        (Decimal("1.2"), None, None, "%"),
    ]


def test_a_report_without_a_title_takes_its_period_past_its_headings(tmp_path: Path) -> None:
    # no title: the period the first sentence under the numbered headings states is the
    # report's, and a span said later without its year («Ước 6 tháng») is in its year
    read = _read(
        tmp_path / "lam-ha.txt",
        "I. SẢN XUẤT NÔNG LÂM THỦY SẢN\n"
        "1.1. Trồng trọt\n"
        "* Cây hàng năm: Ước 6 tháng đầu năm 2022, tổng diện tích gieo trồng được 3.300 ha.\n"
        "- Cây lúa Đông Xuân gieo trồng được 529,5 ha. Ước 6 tháng thu hoạch 529,5 ha.\n",
        unit="Huyện Lâm Hà",
    )
    assert read.frame.opening_period == parse_period("6 tháng đầu năm 2022")
    assert [(f.count, f.period) for f in read.figures] == [
        (3300, "6 tháng đầu năm 2022"),
        (Decimal("529.5"), "6 tháng đầu năm 2022"),
        (Decimal("529.5"), "6 tháng đầu năm 2022"),
    ]


def test_the_country_is_never_the_reports_own_unless_ranked_in() -> None:
    # «cả nước», «toàn quốc»: the country's figure; «dẫn đầu cả nước»: the report's, ranked
    assert _fields(
        "Năm 2018, cả nước có tỷ lệ hộ nghèo chiếm 5,23%; bình quân toàn quốc là 10,82 tiêu "
        "chí/xã.",
        "rate", "count", "unit",
    ) == [(Decimal("5.23"), None, "Cả nước"), (None, Decimal("10.82"), "Toàn quốc")]  # fmt: skip
    assert _fields("Xã dẫn đầu cả nước với tỷ lệ 95%.", "rate", "unit") == [(95, "Xã A")]


def test_a_place_by_its_bare_name_opening_a_clause_is_its_subject() -> None:
    # «Hậu Giang có 15 xã», «Trên địa bàn Ninh Hải có 4 trường hợp»: the place the clause is
    # of; not a disease («Bệnh LMLM xảy ra tại 04 xã») nor a body («Ban Thường vụ có …»)
    assert _fields(
        "Hậu Giang có 15 xã đạt chuẩn; TP.Quảng Ngãi xảy ra 51 vụ; Trên địa bàn Ninh Hải có 4 "
        "trường hợp vi phạm.",
        "count", "unit",
    ) == [(15, "Hậu Giang"), (51, "TP.Quảng Ngãi"), (4, "Ninh Hải")]  # fmt: skip
    assert _fields("Bệnh LMLM xảy ra tại 04 xã, Ban Thường vụ có 9 đồng chí.", "count", "unit") == [
        (4, "Xã A"),
        (9, "Xã A"),
    ]


def test_a_time_with_its_minutes_is_no_figure_and_one_in_three_is_a_fraction() -> None:
    # «8 giờ 45»: a time of day; «1 trong 3 người»: a fraction, what it counts after it; not
    # a rank («xếp thứ 3 trong 63 tỉnh»)
    assert _rows(
        "Đến 8 giờ 45 cùng ngày, 1 trong 3 người mất tích đã được tìm thấy; xã xếp thứ 3 trong "
        "63 xã."
    ) == [(1, 3, None, "mức", "người")]


def test_a_range_of_depth_or_length_is_no_figure() -> None:
    # «ngập từ 40 - 60cm», «sâu vào bờ từ 5 - 15 m»: how deep or far, a range, no figure
    assert _rows(
        "Bờ bao bị bể gây ngập từ 40 - 60cm; sạt lở sâu vào bờ từ 5 - 15 m, ảnh hưởng 20 hộ."
    ) == [(20, None, None, "mức", "hộ")]


def test_a_storms_number_is_its_name() -> None:
    assert _rows(
        "Do ảnh hưởng của cơn bão số 5 và áp thấp nhiệt đới số 2, toàn xã có 12 nhà bị tốc mái."
    ) == [(12, None, None, "mức", "nhà")]


def test_a_level_after_giải_quyết_is_the_figures_unit() -> None:
    # «giải quyết» is no prize («3 giải nhất cấp tỉnh»): «của cấp huyện 294 vụ» is the level's;
    # the phrase names «vụ» once
    assert _fields(
        "Tổng số vụ thuộc thẩm quyền giải quyết của cấp huyện 294 vụ, giảm 7 vụ so với cùng kỳ; "
        "học sinh đạt 3 giải nhất cấp tỉnh.",
        "count", "unit", "indicator",
    ) == [
        (294, "Cấp huyện", "Vụ thuộc thẩm quyền giải quyết"),
        (-7, "Cấp huyện", "Vụ thuộc thẩm quyền giải quyết"),
        (3, "Xã A", "Học sinh đạt giải nhất cấp tỉnh"),
    ]  # fmt: skip


def test_the_departments_together_are_a_clauses_subject() -> None:
    # «Thanh tra các sở, ngành»: the departments' inspectorates together, their comma no break
    assert _fields(
        "Thanh tra các sở, ngành triển khai 25 cuộc thanh tra.", "count", "unit", "indicator"
    ) == [(25, "Các sở, ngành", "Thanh tra các sở, ngành triển khai cuộc thanh tra")]


def test_a_bound_before_its_measure_and_trở_lên_is_no_figure() -> None:
    # «từ 35,3 điểm trở lên», «(90 điểm trở lên)»: the bound a class is cut at, not a count
    assert _rows(
        "Có 10 thí sinh đạt tổng điểm thi từ 35,3 điểm trở lên; tỉnh có 12 xã thuộc nhóm "
        "xuất sắc (90 điểm trở lên)."
    ) == [(10, None, None, "mức", "thí sinh"), (12, None, None, "mức", "xã")]


def test_an_opening_bracket_aside_states_no_period(tmp_path: Path) -> None:
    # «(Năm 2022 chỉ số này là 48,38 điểm …)» is an aside: the opening states 2023
    read = _read(
        tmp_path / "phu-yen.txt",
        "Theo kết quả đánh giá các chỉ số cải cách hành chính năm 2023: Chỉ số SIPAS, tỉnh đạt "
        "79,66%, tăng 1,71 điểm so với năm 2022 (năm 2022 chỉ số này là 77,95%, vị thứ 48/63).\n",
        unit="Tỉnh Phú Yên",
    )
    assert read.frame.opening_period == parse_period("năm 2023")
    assert [(f.count, f.rate, f.period) for f in read.figures][:2] == [
        (None, Decimal("79.66"), "năm 2023"),
        (Decimal("1.71"), None, "năm 2023"),
    ]


def test_an_opening_of_no_figures_takes_its_second_sentences_period(tmp_path: Path) -> None:
    # the first sentence says no period and has no figure: the second gives the report's
    read = _read(
        tmp_path / "ninh-binh.txt",
        "Theo số liệu từ Sở Du lịch, du lịch Ninh Bình đang tăng trưởng mạnh. Cụ thể trong 9 "
        "tháng năm 2023, toàn tỉnh đón 6,5 triệu lượt khách, tăng 20% so với cùng kỳ.\n"
        "Doanh thu du lịch đạt 5.200 tỷ đồng.\n",
        unit="Tỉnh Ninh Bình",
    )
    assert read.frame.opening_period == parse_period("9 tháng năm 2023")
    assert [(f.count, f.measure, f.period) for f in read.figures][-1] == (
        Decimal("5200"),
        "tỷ đồng",
        "9 tháng năm 2023",
    )


def test_a_span_without_its_year_takes_the_latest_year_said(tmp_path: Path) -> None:
    # no period anywhere in the frame: «Sáu tháng đầu năm» after «năm 2021» is of 2021
    figures = _read(
        tmp_path / "hiep-duc.txt",
        "Hiệp Đức đẩy nhanh giải ngân vốn đầu tư công\n"
        "Huyện đã tập trung tháo gỡ khó khăn trong giải phóng mặt bằng.\n"
        "Vốn đầu tư công năm 2021 của huyện là 58,6 tỷ đồng. Sáu tháng đầu năm, huyện đã khởi "
        "công 12/21 công trình.\n",
        unit="Huyện Hiệp Đức",
    ).figures
    assert [(f.count, f.base, f.period) for f in figures][-1] == (12, 21, "6 tháng đầu năm 2021")


def test_a_plan_exceeded_names_who_handed_it_down_between() -> None:
    # «vượt chỉ tiêu Tổng cục giao 13%»: the plan's share reached, 113%, flagged as read so
    assert _fields(
        "Đã thi hành xong 8.000 việc, đạt 85%, vượt chỉ tiêu Tổng cục giao 13%.", "kind", "rate"
    ) == [("mức", Decimal("85")), ("đạt kế hoạch", Decimal("113"))]
    assert _fields(
        "Thu ngân sách đạt 500 tỷ đồng, vượt kế hoạch của UBND tỉnh giao 1,8%.", "kind", "rate"
    ) == [("mức", None), ("đạt kế hoạch", Decimal("101.8"))]


def test_what_is_foreseen_for_a_time_to_come_is_no_figure(tmp_path: Path) -> None:
    # «Dự kiến 6 tháng cuối năm, …»: a forecast, no rows; «Dự kiến, năng suất … đạt» is an
    # estimate of the season being reported, kept
    figures = _read(
        tmp_path / "thai-nguyen.txt",
        "Trung tâm đã giải quyết trợ cấp thất nghiệp cho 5.200 người.\n"
        "Dự kiến 6 tháng cuối năm, Trung tâm tiếp nhận hồ sơ cho 6.000 người.\n"
        "Dự kiến đến cuối năm, tỉnh sẽ công nhận thêm 23 trường đạt chuẩn quốc gia.\n"
        "Dự kiến, năng suất lúa vụ đông xuân đạt 62,87 tạ/ha.\n",
        unit="Tỉnh A",
        period="6 tháng đầu năm 2023",
    ).figures
    assert [f.count for f in figures] == [5200, Decimal("62.87")]


def test_a_growth_said_as_such_is_a_change_a_named_growth_rate_too() -> None:
    # «tăng trưởng 11,84%», «mức tăng là 9,5%», «Tốc độ tăng trưởng 11,01%»: by how much it
    # grew, the growing thing its indicator
    assert _fields("Giá trị sản xuất đạt 101,67% kế hoạch, tăng trưởng 11,84%.", "kind") == [
        ("đạt kế hoạch",),
        ("thay đổi",),
    ]
    assert _fields("Loại trừ yếu tố tăng giá thì mức tăng là 9,5%.", "kind", "count") == [
        ("thay đổi", Decimal("9.5"))
    ]
    assert _fields("Tốc độ tăng trưởng giá trị sản xuất 11,01%.", "kind", "count", "indicator") == [
        ("thay đổi", Decimal("11.01"), "Tăng trưởng giá trị sản xuất")
    ]


def test_a_count_a_plan_is_exceeded_by_is_a_change_targets_met_and_exceeded_a_level() -> None:
    # «(vượt 15 tấn)», «…, vượt 31 trường»: by how much the plan was exceeded; «đạt và vượt
    # 30 chỉ tiêu» counts the targets met
    assert _fields("Sản lượng chè búp tươi đạt 225 tấn (vượt 15 tấn).", "count", "kind") == [
        (225, "mức"),
        (15, "thay đổi"),
    ]
    assert _fields("Chiến dịch đã thực hiện đạt và vượt 30 chỉ tiêu.", "count", "kind") == [
        (30, "mức")
    ]


def test_a_long_sentence_printed_twice_gives_its_figures_once(tmp_path: Path) -> None:
    # a news page prints its lead, then opens the body with the same sentence: one row each;
    # a short sentence said again under another heading is another figure
    lead = (
        "(ĐN)- Phòng Cảnh sát PCCC cho biết, trong 6 tháng đầu năm, toàn tỉnh xảy ra 29 vụ "
        "cháy, làm chết 10 người."
    )
    figures = _read(
        tmp_path / "dong-nai.txt",
        f"{lead}\n{lead} Số vụ cháy tăng 11,15%.\n1. Xã A\nKết nạp 5 đảng viên.\n"
        "2. Xã B\nKết nạp 5 đảng viên.\n",
        unit="Tỉnh Đồng Nai",
        period="6 tháng đầu năm 2006",
    ).figures
    assert [(f.count, f.kind) for f in figures] == [
        (29, "mức"),
        (10, "mức"),
        (Decimal("11.15"), "thay đổi"),
        (5, "mức"),
        (5, "mức"),
    ]


def test_hours_of_a_day_and_round_the_clock_are_no_figures() -> None:
    # «từ 22 - 23 giờ ngày 19/4»: when; «ứng trực 24/24 giờ», «24/7»: round the clock
    assert _rows("Khoảng từ 22 - 23 giờ ngày 19/4, mưa đá làm 903 nhà bị hư hỏng.") == [
        (903, None, None, "mức", "nhà")
    ]
    assert _rows("Lực lượng ứng trực 24/24 giờ, đường dây nóng 24/7 tiếp nhận 15 tin báo.") == [
        (15, None, None, "mức", "tin")
    ]


def test_a_place_right_after_what_a_count_counts_is_its_unit() -> None:
    # «ba người ở xã Tiên Nguyên», «6 người xã Xuân Minh»: theirs; a place given to («cho hộ
    # nghèo xã Tân Lập») or a title reached («đạt ấp Văn hóa») is not
    assert _fields(
        "Trong cơn lũ, ba người ở xã Tiên Nguyên bị thương, 6 người xã Xuân Minh bị thương.",
        "count",
        "unit",
    ) == [(3, "Xã Tiên Nguyên"), (6, "Xã Xuân Minh")]
    assert _fields("Cấp 300 thẻ bảo hiểm y tế cho hộ nghèo xã Tân Lập.", "unit") == [("Xã A",)]
    assert _fields("Có 05/05 ấp đạt ấp Văn hóa - Nông thôn mới.", "unit") == [("Xã A",)]


def test_a_list_split_by_semicolons_whose_first_item_names_its_kind_names_the_rest() -> None:
    # «huyện Hạ Lang 421 nhà; Quảng Hòa 300 nhà; …»: each bare name is a district too
    assert _fields(
        "Trong đó, huyện Hạ Lang 421 nhà; Quảng Hòa 300 nhà; Hòa An 19 nhà và Nguyên Bình 10 nhà.",
        "count",
        "unit",
    ) == [
        (421, "Huyện Hạ Lang"),
        (300, "Huyện Quảng Hòa"),
        (19, "Huyện Hòa An"),
        (10, "Huyện Nguyên Bình"),
    ]


def test_the_count_of_units_a_ranking_names_is_no_figure_and_each_name_owns_its_bracket() -> None:
    sentence = (
        "Đà Nẵng (67%) cùng các tỉnh Hòa Bình (86,5%), Nam Định (65,9%) là 3 tỉnh, thành dẫn "
        "đầu về tỷ lệ hồ sơ trực tuyến. 2 tỉnh có số hồ sơ trực tuyến thấp nhất lần lượt gồm: "
        "Bạc Liêu (7,4%), Sơn La (8,3%)."
    )
    assert _fields(sentence, "count", "rate", "kind", "unit") == [
        (None, Decimal("67"), "mức", "Đà Nẵng"),
        (None, Decimal("86.5"), "mức", "Tỉnh Hòa Bình"),
        (None, Decimal("65.9"), "mức", "Nam Định"),
        (None, Decimal("7.4"), "mức", "Bạc Liêu"),
        (None, Decimal("8.3"), "mức", "Sơn La"),
    ]


def test_a_name_owns_the_figures_its_bracket_holds_after_words() -> None:
    sentence = (
        "Biểu dương các địa phương như: Nông Sơn (tạo lập hồ sơ đạt 115,34%, tỷ lệ kích hoạt "
        "đạt 51,19%), Điện Bàn (tạo lập được 75.152 hồ sơ, cao nhất tỉnh)."
    )
    assert _fields(sentence, "count", "rate", "unit") == [
        (None, Decimal("115.34"), "Nông Sơn"),
        (None, Decimal("51.19"), "Nông Sơn"),
        (Decimal("75152"), None, "Điện Bàn"),
    ]


def test_a_score_keeps_its_decimal_comma_and_a_ministry_named_for_plans_sets_no_target() -> None:
    assert _rows("Chỉ số CCHC đạt 87,602/100 điểm, tăng 0,292 điểm so với năm 2022.") == [
        (Decimal("87.602"), Decimal("100"), None, "mức", "điểm"),
        (Decimal("0.292"), None, None, "thay đổi", "điểm"),
    ]
    assert _fields(
        "Bộ Y tế có 14,58 triệu lượt truy cập, tiếp sau là Bộ Kế hoạch và Đầu tư (6,8 triệu "
        "lượt truy cập).",
        "count",
    ) == [(Decimal("14580000"),), (Decimal("6800000"),)]


def test_a_rates_gap_to_its_target_is_a_change_in_points_and_the_targets_rate_no_row() -> None:
    sentence = (
        "Tỷ lệ lao động tham gia BHXH đạt 38,05%, vượt 0,05% so với chỉ tiêu đề ra tại Nghị "
        "quyết số 03-NQ/TU của Tỉnh ủy (38%); tỷ lệ bao phủ BHYT mới đạt 86,25% dân số, thấp "
        "hơn 5,25% so với chỉ tiêu được giao tại Quyết định số 546/QĐ-TTg ngày 29/4/2022 của "
        "Thủ tướng Chính phủ (91,5%)."
    )
    assert _fields(sentence, "count", "rate", "kind", "measure", "note", "indicator") == [
        (None, Decimal("38.05"), "mức", None, None, "Tỷ lệ lao động tham gia BHXH"),
        (Decimal("0.05"), None, "thay đổi", "điểm %", None, "Tỷ lệ lao động tham gia BHXH"),
        (None, Decimal("86.25"), "mức", None, None, "Tỷ lệ bao phủ BHYT mới"),
        (Decimal("-5.25"), None, "thay đổi", "điểm %", None, "Tỷ lệ bao phủ BHYT mới"),
    ]


def test_ages_kinds_named_and_a_pages_counter_are_no_figures_and_a_ratio_is_per_hundred() -> None:
    assert _rows("Có 78.272 trẻ từ 5 đến dưới 12 tuổi đã tiêm chủng, đạt 51%.") == [
        (Decimal("78272"), None, Decimal("51"), "mức", "trẻ")
    ]
    named = "Tỷ lệ trẻ dưới 1 tuổi được tiêm đủ 8 loại vắc xin"
    assert _fields(f"{named} đạt 98,5%.", "rate", "indicator") == [(Decimal("98.5"), named)]
    assert _rows("4,608 lượt xem") == []
    assert _rows("Tác giả: Văn Nhờ .Ngày đăng: 01/07/2022 .Lượt xem: 473 lượt.") == []
    assert _rows("Thứ hai - 01/04/2024 04:11 551 0") == []  # the page's counters
    assert _rows("Ngày 01/04/2024 lúc 04:11, toàn xã có 551 hộ") == [
        (Decimal("551"), None, None, "mức", "hộ")
    ]
    assert _rows("Video tuyên truyền có 12.000 lượt xem") == [
        (Decimal("12000"), None, None, "mức", "lượt")
    ]
    assert _rows("Tỷ số giới tính khi sinh là 113,5 trẻ nam/100 trẻ nữ.") == [
        (Decimal("113.5"), Decimal("100"), None, "mức", "trẻ nam")
    ]
    assert _rows("Tỷ số giới tính khi sinh là 107,4/100.") == [
        (Decimal("107.4"), Decimal("100"), None, "mức", None)
    ]


def test_criteria_met_are_counted_a_fraction_aimed_at_and_a_pages_stamp_are_no_figures() -> None:
    assert _rows("Toàn huyện có 307 tiêu chí nông thôn mới đạt chuẩn.") == [
        (Decimal("307"), None, None, "mức", "tiêu chí")
    ]
    assert _rows("Xã có 12 tiêu chí nông thôn mới đạt chuẩn.") == [
        (Decimal("12"), None, None, "mức", "tiêu chí")
    ]
    assert _rows("Bộ tiêu chí gồm 19 tiêu chí.") == []
    assert _rows("Năm 2022, xã phấn đấu hoàn thành 19/19 tiêu chí.") == []
    assert _rows("Xã đã hoàn thành 17/19 tiêu chí.") == [
        (Decimal("17"), Decimal("19"), None, "mức", "tiêu chí")
    ]
    assert _rows("15:3, Thứ Năm, 7-7-2022") == []


def test_a_sittings_term_a_lunar_new_year_and_a_campaign_name_no_period(tmp_path: Path) -> None:
    frame = _frame(
        tmp_path / "le-my.txt",
        "HỘI ĐỒNG NHÂN DÂN XÃ LỆ MỸ TỔ CHỨC KỲ HỌP THỨ TƯ\n"
        "Hội đồng nhân dân xã Lệ Mỹ, khóa XIV, nhiệm kỳ 2021-2026 tổ chức kỳ họp thứ 4.\n"
        "Trong 6 tháng đầu năm 2022, tổng giá trị sản xuất đạt 221,5 tỷ đồng.\n",
    )
    assert (frame.unit, frame.opening_period) == (None, None)
    figures = _read(
        tmp_path / "cu-mgar.txt",
        "06 tháng đầu năm 2022, Hội Chữ thập đỏ huyện đã triển khai các hoạt động nhân đạo. Hoạt "
        'động "Tết vì người nghèo" xuân Nhâm Dần năm 2022 đã hỗ trợ 10.266 lượt người. Trong '
        '"Tháng nhân đạo" năm 2022, đã trao tặng được 1.743 suất quà.\n',
        unit="Hội Chữ thập đỏ huyện Cư M'gar",
    ).figures
    assert [(f.count, f.period) for f in figures] == [
        (Decimal("10266"), "6 tháng đầu năm 2022"),
        (Decimal("1743"), "6 tháng đầu năm 2022"),
    ]


def test_a_places_own_body_opening_an_item_is_its_unit() -> None:
    sentence = (
        "Nhiều đơn vị có số vụ bắt cao như Công an quận Ngô Quyền bắt 35 vụ; Công an quận Lê "
        "Chân bắt 17 vụ với 17 đối tượng."
    )
    assert _fields(sentence, "count", "unit") == [
        (Decimal("35"), "Quận Ngô Quyền"),
        (Decimal("17"), "Quận Lê Chân"),
        (Decimal("17"), "Quận Lê Chân"),
    ]


def test_a_day_with_a_spaced_dash_and_a_badge_named_by_its_years_are_no_figures() -> None:
    assert _rows("- Ngày 19 – 4, Cục Thi hành án dân sự tỉnh tổ chức Hội nghị sơ kết.") == []
    assert _rows("Chủ tịch HĐND tỉnh trao Huy hiệu Đảng 75 cho đảng viên Nguyễn Đình Quyền.") == []
    assert _rows("Trao Huy hiệu Đảng cho 75 đảng viên.") == [
        (Decimal("75"), None, None, "mức", "đảng viên")
    ]


def test_a_rates_change_in_its_bracket_or_its_own_clause_is_in_points() -> None:
    assert _rows("Số hộ nghèo còn 56.640 hộ, chiếm tỷ lệ 1,97% (giảm 0,28% so với năm 2022).") == [
        (Decimal("56640"), None, Decimal("1.97"), "mức", "hộ"),
        (Decimal("-0.28"), None, None, "thay đổi", "điểm %"),
    ]
    assert _rows("Thu ngân sách đạt 40.120 triệu đồng; tỷ lệ hộ nghèo giảm 3,87%.") == [
        (Decimal("40120"), None, None, "mức", "triệu đồng"),
        (Decimal("-3.87"), None, None, "thay đổi", "điểm %"),
    ]


def test_a_rate_outside_the_bracket_a_count_stands_in_is_anothers_and_words_rank_units() -> None:
    sentence = (
        "Có 554 hộ đăng ký, đạt 100,3% chỉ tiêu (cấp huyện có 16 hộ, cấp xã 538 hộ), cuối "
        "năm Ban Chỉ đạo xét đạt 53,2%."
    )
    assert _rows(sentence) == [
        (Decimal("554"), None, None, "mức", "hộ"),
        (None, None, Decimal("100.3"), "đạt kế hoạch", None),
        (Decimal("16"), Decimal("554"), None, "phần", "hộ"),
        (Decimal("538"), Decimal("554"), None, "phần", "hộ"),
        (None, None, Decimal("53.2"), "mức", None),
    ]
    assert _fields(
        "Ba bộ có lượt truy cập thấp nhất gồm: Bộ Tài nguyên và Môi trường (909.000 lượt), Bộ "
        "Nông nghiệp và Phát triển nông thôn (1,8 triệu lượt).",
        "count",
        "unit",
    ) == [
        (Decimal("909000"), "Bộ Tài nguyên và Môi trường"),
        (Decimal("1800000"), "Bộ Nông nghiệp và Phát triển nông thôn"),
    ]


def test_a_rate_after_a_semicolon_and_thousands_said_again_in_other_words(tmp_path: Path) -> None:
    assert _rows("Tổng số hộ nghèo: 13.867 hộ; chiếm tỷ lệ 17,02%.") == [
        (Decimal("13867"), None, Decimal("17.02"), "mức", "hộ")
    ]
    figures = _read(
        tmp_path / "dien-bien.txt",
        "Trong năm 2022, toàn tỉnh kết nạp được 1.860 đảng viên mới, thành lập mới 22 chi bộ "
        "thôn, bản.\nCông tác phát triển đảng viên được thực hiện đều khắp.\nTrong năm 2022 "
        "toàn tỉnh đã có 1.860 quần chúng ưu tú được kết nạp vào đảng; thành lập mới 22 chi "
        "bộ thôn, bản; thành lập mới 05 tổ chức đảng trong doanh nghiệp.\n",
        unit="Tỉnh Điện Biên",
    ).figures
    assert [(f.count, f.measure) for f in figures] == [
        (Decimal("1860"), "đảng viên"),
        (Decimal("22"), "chi bộ"),
        (Decimal("5"), "tổ chức đảng"),
    ]


def test_a_school_opening_an_item_is_its_unit_and_a_coordinate_is_no_figure() -> None:
    sentence = (
        "Cụ thể: trường Mầm non Bình Mỹ huy động 235 trẻ; trường tiểu học A huy động 80/85 em "
        "học sinh."
    )
    assert _fields(sentence, "count", "unit") == [
        (Decimal("235"), "Trường Mầm non Bình Mỹ"),
        (Decimal("80"), "Trường tiểu học A"),
    ]
    assert _rows(
        "Nằm trong toạ độ địa lý 107047 - 107050 độ Kinh đông và 16020 - 16024 vỹ độ Bắc, xã có "
        "3.200 hộ."
    ) == [(Decimal("3200"), None, None, "mức", "hộ")]


def test_a_superior_beside_the_issuer_a_plan_after_a_semicolon_and_glued_days(
    tmp_path: Path,
) -> None:
    frame = _frame(
        tmp_path / "son-lien.txt",
        "ĐẢNG BỘ HUYỆN SƠN TÂY, ĐẢNG ỦY XÃ SƠN LIÊN\n"
        "Đảng bộ xã Sơn Liên tổ chức hội nghị tổng kết công tác Đảng năm 2023; Triển khai "
        "phương hướng, chỉ tiêu nhiệm vụ năm 2024.\nKết nạp 5 đảng viên.\n",
    )
    assert (frame.unit, frame.opening_period) == ("Đảng ủy xã Sơn Liên", parse_period("năm 2023"))
    assert _rows(
        "Theo Nghị quyết số 03-NQ/HU ngày12/4/2021 của Huyện ủy, xã kết nạp 12 đảng viên."
    ) == [(Decimal("12"), None, None, "mức", "đảng viên")]
    assert _rows("2023-01-11 13:38:00.0") == []


def test_names_by_number_levels_phases_a_glued_date_and_targets_after_a_colon_no_figures() -> None:
    assert _rows("Diện tích gieo trồng (Hình 1): cây lúa vụ mùa đạt 35.000 ha.") == [
        (Decimal("35000"), None, None, "mức", "ha")
    ]
    assert _rows("Dự có các đồng chí trong Đoàn công tác số 2 của Ban Thường vụ Huyện ủy.") == []
    assert _rows("Tuyên dương học sinh đạt giải quốc gia. Ảnh 1") == []
    assert _rows("Bài 2: Xã có 45 hộ nghèo") == [(Decimal("45"), None, None, "mức", "hộ")]
    assert _rows("Page 398 - Niên giám thống kê") == _rows("Trang 5") == _rows("P. 398") == []
    assert _rows("Chiến dịch được chia làm 2 giai đoạn, giai đoạn 1 từ ngày 20-6 đến 15-7.") == []
    assert _rows("Tỉnh thuộc tốp 15 tỉnh cao của cả nước.") == []
    assert _rows("Khám gần 1,7 triệu lượt người14/07/2023 - 14:58:00 Từ đầu năm.") == [
        (Decimal("1700000"), None, None, "mức", "lượt")
    ]
    assert _rows("Các đoàn của cả 3 tuyến, tuyến tỉnh, huyện, xã đã kiểm tra 1.200 cơ sở.") == [
        (Decimal("1200"), None, None, "mức", "cơ sở")
    ]
    assert _rows("TAND đề ra các mục tiêu trọng tâm: Phấn đấu đạt và vượt 100% chỉ tiêu.") == []


def test_the_country_is_a_central_bodys_own_and_a_provinces_named_place(tmp_path: Path) -> None:
    text = "Tháng 11/2023, toàn quốc xảy ra 1.950 vụ tai nạn giao thông, làm chết 885 người.\n"
    central = _read(tmp_path / "bo.txt", text, unit="Bộ Công an").figures
    local = _read(tmp_path / "tinh.txt", text, unit="Tỉnh Quảng Nam").figures
    assert [f.unit for f in central] == ["Bộ Công an", "Bộ Công an"]
    assert [f.unit for f in local] == ["Toàn quốc", "Toàn quốc"]


def test_capital_assigned_is_a_plan_a_bound_reached_and_a_lone_number_are_no_levels() -> None:
    assert _rows("Vốn đầu tư thực hiện đạt 61,8% nguồn vốn tỉnh giao.") == [
        (None, None, Decimal("61.8"), "đạt kế hoạch", None)
    ]
    assert _rows(
        "Các chỉ tiêu cơ bản đạt và vượt 50% so với KH đề ra như: giá trị CN đạt 51,2%."
    ) == [(None, None, Decimal("51.2"), "mức", None)]
    assert _rows("1") == []
    assert _rows("Năm 2022 hoàn thành 19/19 tiêu chí thuộc 5 nhóm nội dung tiêu chí.") == [
        (Decimal("19"), Decimal("19"), None, "mức", "tiêu chí")
    ]


def test_more_reached_is_a_change_a_criterions_number_and_millions_said_with_thousands() -> None:
    assert _rows("Trong năm 2022 xã đạt thêm 1 tiêu chí về xây dựng nông thôn mới.") == [
        (Decimal("1"), None, None, "thay đổi", "tiêu chí")
    ]
    assert _rows(
        "Toàn tỉnh có 145/182 xã đạt tiêu chí số 6 (cơ sở vật chất), đạt tỷ lệ 79,67%."
    ) == [(Decimal("145"), Decimal("182"), Decimal("79.67"), "mức", "xã")]
    assert _rows("Các bảo tàng phục vụ hơn 1 triệu 500 lượt khách.") == [
        (Decimal("1500000"), None, None, "mức", "lượt")
    ]


def test_the_parts_of_a_target_set_are_no_figures(tmp_path: Path) -> None:
    figures = _read(
        tmp_path / "trong-trot.txt",
        "Năm 2023, tổng diện tích gieo trồng đạt 110.996,3ha.\nVụ Đông - Xuân 2023-2024, ngành "
        "nông nghiệp đặt chỉ tiêu trồng trọt 11.397,2ha. Cụ thể, diện tích lúa 6.838,3ha, năng "
        "suất dự kiến 69,4 tạ/ha; bắp 1.025,2ha.\n",
        unit="Tỉnh Bà Rịa - Vũng Tàu",
    ).figures
    assert [(f.count, f.measure) for f in figures] == [(Decimal("110996.3"), "ha")]


def test_the_year_word_typed_twice_still_gives_the_span(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "hcm.txt",
        "Chủ tịch UBND TP HCM vừa chỉ đạo công khai tình hình thực hiện thu - chi ngân sách "
        "thành phố 3 tháng đầu năm năm 2023.\nThu nội địa ước thực hiện 88.253 tỉ đồng.\n",
        unit="TP Hồ Chí Minh",
    )
    assert read.frame.opening_period == parse_period("quý I/2023")


def test_a_time_or_a_season_before_its_bracket_is_no_unit() -> None:
    sentence = (
        "Kết quả: Quý I (120 hồ sơ), Quý II (150 hồ sơ); Vụ Đông Xuân (40.852 ha), Vụ Hè Thu "
        "(39.086 ha)."
    )
    assert [u for (u,) in _fields(sentence, "unit")] == ["Xã A"] * 4


def test_a_bare_count_takes_the_unit_its_label_names() -> None:
    assert _rows("Tổng số đảng viên hiện nay là 379 trong đó 09 đảng viên dự bị.") == [
        (Decimal("379"), None, None, "mức", "đảng viên"),
        (Decimal("9"), Decimal("379"), None, "phần", "đảng viên"),
    ]
    assert _rows("Số người tham gia: 45.") == [(Decimal("45"), None, None, "mức", "người")]
    assert _rows("Số lượng: 12.") == [(Decimal("12"), None, None, "mức", None)]


def test_an_area_that_qualifies_what_is_counted_is_the_indicators_not_a_place() -> None:
    sentence = (
        "Tỷ lệ lao động thất nghiệp khu vực thành thị là 2,7%; lực lượng lao động nông thôn "
        "167.919 người."
    )
    assert [u for (u,) in _fields(sentence, "unit")] == ["Xã A", "Xã A"]
    assert _fields("Riêng khu vực đồng bằng có 8.201 hộ nghèo.", "unit") == [("Khu vực đồng bằng",)]


def test_an_aim_goes_on_past_a_semicolon_and_a_negative_growth_is_a_fall() -> None:
    assert (
        _rows(
            "Cuối năm 2023, thành phố phấn đấu giảm 0,2% tỷ lệ hộ nghèo; giảm 0,22% tỷ lệ hộ nghèo "
            "dân tộc thiểu số."
        )
        == []
    )
    assert _rows("Thành phố giảm 0,2% tỷ lệ hộ nghèo; phấn đấu giảm 0,22% năm tới.") == [
        (Decimal("-0.2"), None, None, "thay đổi", "điểm %")
    ]
    assert _rows("Ngành bất động sản có mức tăng trưởng âm 6,38%.") == [
        (Decimal("-6.38"), None, None, "thay đổi", "%")
    ]


def test_counts_after_a_whole_opened_with_voi_are_its_parts() -> None:
    assert _rows("Với 27 chỉ tiêu chủ yếu Đảng bộ huyện đề ra, đã có 26 chỉ tiêu đạt.") == [
        (Decimal("27"), None, None, "mức", "chỉ tiêu"),
        (Decimal("26"), Decimal("27"), None, "phần", "chỉ tiêu"),
    ]


def test_the_capital_assigned_is_the_plans_size() -> None:
    assert _rows(
        "Vốn đã giải ngân hơn 43.000 tỉ đồng, đạt tỷ lệ 63% so với tổng số vốn được giao là hơn "
        "68.634 tỉ đồng."
    ) == [
        (Decimal("43000"), None, None, "mức", "tỉ đồng"),
        (None, None, Decimal("63"), "đạt kế hoạch", None),
    ]


def test_numbers_listed_after_a_numbered_things_word_name_them_too() -> None:
    assert _fields("Tỷ lệ tiêm mũi 1, 2 đạt 98%.", "count", "rate", "indicator") == [
        (None, Decimal("98"), "Tỷ lệ tiêm mũi 1, 2")
    ]
    assert _fields(
        "Học tập Nghị quyết Trung ương 4, 5 và 6 cho 350 đảng viên.", "count", "indicator"
    ) == [(Decimal("350"), "Đảng viên học tập Nghị quyết Trung ương 4, 5 và 6")]
    # a count after a round's number is no round's number
    assert _rows("Tổ chức đợt 1, 25 đoàn viên tham gia.") == [
        (Decimal("25"), None, None, "mức", "đoàn viên")
    ]


def test_a_rate_theo_chi_tieu_is_a_share_of_the_plan() -> None:
    assert _rows(
        "Huyện ủy xét kết nạp được 52/90 đảng viên mới, đạt 57,77% theo chỉ tiêu đề ra của cả "
        "năm 2022."
    ) == [
        (Decimal("52"), Decimal("90"), None, "mức", "đảng viên"),
        (None, None, Decimal("57.77"), "đạt kế hoạch", None),
    ]


def test_a_rate_said_apart_is_the_rate_of_the_one_count_it_is_the_share_of() -> None:
    assert _rows(
        "Trong số 139 xã, có 82 xã đạt chuẩn phổ cập giáo dục THCS mức độ 3, chiếm tỷ lệ 59%; 55 "
        "xã đạt chuẩn mức độ 2, chiếm 39,6% và 2 xã đạt chuẩn mức độ 1, chiếm 1,4%."
    ) == [
        (Decimal("139"), None, None, "mức", "xã"),
        (Decimal("82"), Decimal("139"), Decimal("59"), "phần", "xã"),
        (Decimal("55"), Decimal("139"), Decimal("39.6"), "phần", "xã"),
        (Decimal("2"), Decimal("139"), Decimal("1.4"), "phần", "xã"),
    ]
    assert _rows(
        "Tỉnh có 33.021 thí sinh dự thi, trong đó có 32.551 thí sinh đậu tốt nghiệp, 470 thí sinh "
        "không đạt (tỷ lệ đậu là 98,58%, tăng 1,5% so với năm 2023)."
    ) == [
        (Decimal("33021"), None, None, "mức", "thí sinh"),
        (Decimal("32551"), Decimal("33021"), Decimal("98.58"), "phần", "thí sinh"),
        (Decimal("470"), Decimal("33021"), None, "phần", "thí sinh"),
        (Decimal("1.5"), None, None, "thay đổi", "điểm %"),  # the pass rate's change
    ]


def test_a_per_cent_its_clause_names_a_growth_of_is_that_growth() -> None:
    assert _rows(
        "Tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh (GRDP) 9 tháng đầu năm 2023 ước đạt "
        "6,27% (quý I tăng 5,2%)."
    ) == [
        (Decimal("6.27"), None, None, "thay đổi", "%"),
        (Decimal("5.2"), None, None, "thay đổi", "%"),  # the quarter's growth, no points
    ]
    assert _rows("Giá trị sản xuất tăng bình quân hàng năm 19,3%, nghị quyết đề ra là 11,2%.") == [
        (Decimal("19.3"), None, None, "thay đổi", "%")
    ]
    # a rate named after the growth's words is a rate
    assert _rows("Tăng trưởng xanh, tỷ lệ che phủ rừng đạt 45%.") == [
        (None, None, Decimal("45"), "mức", None)
    ]


def test_a_table_row_copied_as_a_line_pairs_each_count_with_the_rate_right_after_it() -> None:
    assert _fields(
        "Mức 1, 2 268763 257141 11622 124907 48,6% 102770 40% 19852 7,7%",
        "count",
        "base",
        "rate",
        "indicator",
    ) == [
        (268763, None, None, "Mức 1, 2"),  # «Mức 1, 2»: the levels' names, no count of 2
        (257141, None, None, ""),  # a phrase stops at the next figure
        (11622, None, None, ""),
        (124907, 257141, Decimal("48.6"), ""),  # the base its rate's quotient names
        (102770, 257141, Decimal("40"), ""),
        (19852, 257141, Decimal("7.7"), ""),
    ]


def test_the_place_said_best_is_its_figures_and_its_brackets_unit() -> None:
    assert _fields(
        "Riêng huyện Bác Ái chỉ đạt 79% kế hoạch; Địa phương có tỷ lệ giảm nghèo vượt kế hoạch "
        "cao nhất là huyện Ninh Sơn đạt 167% (giảm 3% so với 1,8% chỉ tiêu).",
        "rate",
        "count",
        "kind",
        "unit",
    ) == [
        (Decimal("79"), None, "đạt kế hoạch", "Huyện Bác Ái"),
        (Decimal("167"), None, "đạt kế hoạch", "Huyện Ninh Sơn"),
        (None, Decimal("-3"), "thay đổi", "Huyện Ninh Sơn"),  # the target it beat: no figure
    ]
    # a bracket that names its own level keeps it
    assert _fields(
        "Toàn huyện đã tiếp nhận 41.484 hồ sơ TTHC (trong đó cấp huyện là 12.932 hồ sơ, cấp xã "
        "là 28.552 hồ sơ).",
        "count",
        "unit",
    ) == [(41484, "Toàn huyện"), (12932, "Cấp huyện"), (28552, "Cấp xã")]


def test_a_name_after_a_closed_bracket_owns_the_next_bracket() -> None:
    assert _fields(
        "Các tỉnh dẫn đầu về chỉ số PAPI là: Thừa Thiên Huế (46,04 điểm) Thái Nguyên (45,78 "
        "điểm), Bắc Ninh (45,70 điểm).",
        "count",
        "unit",
    ) == [
        (Decimal("46.04"), "Thừa Thiên Huế"),
        (Decimal("45.78"), "Thái Nguyên"),
        (Decimal("45.70"), "Bắc Ninh"),
    ]


def test_a_rates_change_said_verb_first_is_a_change_in_points() -> None:
    assert _rows(
        "Ước kết quả thực hiện giảm tỷ lệ hộ nghèo năm 2022 là 0,47%, đạt 100% kế hoạch."
    ) == [
        (Decimal("-0.47"), None, None, "thay đổi", "điểm %"),
        (None, None, Decimal("100"), "đạt kế hoạch", None),
    ]
    assert _rows("Huyện giảm tỷ lệ hộ nghèo xuống còn 2,1%.") == [
        (None, None, Decimal("2.1"), "mức", None)  # where it ended
    ]


def test_a_rate_said_to_be_the_share_of_the_amount_before_is_not_the_next_counts() -> None:
    assert _rows(
        "Dư nợ cho vay tại huyện nghèo là 30.494 tỷ đồng, chiếm 10,9%, với gần 590 nghìn khách "
        "hàng còn dư nợ."
    )[:1] == [(Decimal("30494"), None, Decimal("10.9"), "mức", "tỷ đồng")]


def test_a_headline_of_the_plans_alone_leaves_the_period_to_the_lead(tmp_path: Path) -> None:
    frame = _frame(
        tmp_path / "an-giang.txt",
        "Sở Tài nguyên và Môi trường An Giang triển khai nhiệm vụ 6 tháng cuối năm 2022\n"
        "01/07/2022 - 16:41\n"  # the page's date and time: no lead
        " - Ngày 1/7, Sở tổ chức hội nghị sơ kết công tác trong 6 tháng đầu năm 2022, bàn "
        "phương hướng, nhiệm vụ 6 tháng cuối năm 2022.\n"
        "Đã thực hiện hoàn thành 41/117 đầu nhiệm vụ.\n",
    )
    assert frame.opening_period == parse_period("6 tháng đầu năm 2022")


def test_a_programmes_term_and_an_aim_state_no_report_period(tmp_path: Path) -> None:
    programme = _frame(
        tmp_path / "ca-mau.txt",
        "09/04/2024 13:48\n"
        "(CMO) Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 trên địa "
        "bàn tỉnh đã qua nửa thời gian thực hiện. Theo kết quả rà soát hộ nghèo, cuối năm 2023, "
        "toàn tỉnh còn 9.604 hộ nghèo, chiếm tỷ lệ 3,14%.\n",
    )
    assert programme.opening_period == parse_period("năm 2023")
    aim = _frame(
        tmp_path / "can-tho.txt",
        "Xây dựng và sửa chữa 583 căn nhà Đại đoàn kết\n"
        "(CT) – Cuối năm 2023, thành phố phấn đấu giảm 0,2% tỷ lệ hộ nghèo.\n"
        "Năm 2022, thành phố vận động xây dựng 583 căn nhà.\n",
    )
    assert aim.opening_period is None


def test_a_points_gap_compared_a_decimal_after_diem_and_the_first_of_a_ranking() -> None:
    assert _rows(
        "PGI năm 2022 của tỉnh Gia Lai đạt 13,52 điểm, thấp hơn 1,18 điểm so với điểm trung vị."
    ) == [
        (Decimal("13.52"), None, None, "mức", "điểm"),
        (Decimal("-1.18"), None, None, "thay đổi", "điểm"),
    ]
    assert _rows("Năm nay, với số điểm 47,8 điểm, tỉnh dẫn đầu PAPI.") == [
        (Decimal("47.8"), None, None, "mức", "điểm")  # no clause «điểm 47» of an article
    ]
    assert _rows("Quảng Ninh lập cú đúp, sau số 1 PCI 2022, nhận số 1 PAPI 2022.") == []


def test_a_plans_size_in_billions_and_millions_and_a_plan_set_out_are_no_figures() -> None:
    assert _rows(
        "Tổng kế hoạch vốn đầu tư công năm 2023 là 251 tỷ 613 triệu đồng, giải ngân 193 tỷ 167 "
        "triệu đồng, đạt 76,8%."
    ) == [
        (Decimal("193167"), None, None, "mức", "triệu đồng"),
        (None, None, Decimal("76.8"), "đạt kế hoạch", None),
    ]
    assert _rows("Tại Quảng Trị, tỉnh đưa ra kế hoạch xây mới 1.273 căn, sửa chữa 322 căn.") == []
    assert _rows("Là Cơ quan Thường trực Chương trình MTQG 1719, Ban đã hỗ trợ 120 hộ.") == [
        (Decimal("120"), None, None, "mức", "hộ")
    ]


def test_a_tables_class_rows_take_the_unit_the_row_above_names(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "da-nang.txt",
        "Trật tự an toàn xã hội\n"
        "  2018 2019 2020 2021 Sơ bộ 2022\n"
        "Số vụ tai nạn (vụ)             96             83             76             81 82\n"
        "Đường bộ             93             82             75             80 82\n"
        "Số người chết (người)             60             54             53             44 56\n"
        "Đường bộ             58             53             52             44 56\n",
        unit="Đà Nẵng",
    )
    rows = [(f.count, f.measure, f.period) for f in read.figures if f.period == "năm 2018"]
    assert rows == [
        (96, "vụ", "năm 2018"),
        (93, "vụ", "năm 2018"),
        (60, "người", "năm 2018"),
        (58, "người", "năm 2018"),
    ]
    said = [f for f in read.figures if f.count == 93]
    assert said[0].doubts[-1].startswith("đơn vị tính theo dòng trên")


def test_a_growth_said_again_for_another_year_and_an_average_fall_are_changes() -> None:
    assert _rows(
        "Trong năm 2021, tốc độ tăng trưởng GRDP của tỉnh vẫn đạt 6,01% (cao hơn bình quân chung "
        "cả nước); năm 2022 đạt gần 10,2% đưa tỉnh vươn lên xếp thứ 14/63."
    ) == [
        (Decimal("6.01"), None, None, "thay đổi", "%"),
        (Decimal("10.2"), None, None, "thay đổi", "%"),
    ]
    assert _rows("Tỷ lệ hộ nghèo của huyện giảm bình quân 5,61%/năm.") == [
        (Decimal("-5.61"), None, None, "thay đổi", "điểm %")
    ]
    assert _rows("Có 20/32 chỉ tiêu theo Chương trình hành động số 188 của Tỉnh ủy.") == [
        (Decimal("20"), Decimal("32"), None, "mức", "chỉ tiêu")
    ]


def test_an_aim_said_as_such_a_need_and_a_hotlines_number_are_no_figures() -> None:
    aim = "Mục tiêu năm 2024, toàn tỉnh giải quyết việc làm mới cho trên 22.500 lao động."
    assert _rows(aim) == []
    need = (
        "Để hoàn thành các chỉ tiêu, toàn tỉnh cần phải phát triển thêm 143.000 người tham gia BHXH"
        " bắt buộc; 18.683 người tham gia BHXH tự nguyện; 358.000 người tham gia BHYT."
    )
    assert _rows(need) == []
    assert _rows(
        "Trong năm 2022, Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 đã tiếp nhận 368.346 cuộc "
        "gọi đến."
    ) == [(Decimal("368346"), None, None, "mức", "cuộc gọi")]
    assert _rows("Tỷ lệ lao động nữ năm 2023 đạt 50,9% (đạt mục tiêu 50% vào năm 2025).") == [
        (None, None, Decimal("50.9"), "mức", None)
    ]


def test_a_list_of_places_each_with_its_verb_gives_each_its_figures() -> None:
    assert _fields(
        "Một số địa phương đã trích nguồn kinh phí lớn cho công tác chăm lo Tết như TP.HCM đã "
        "tặng quà cho 635.437 lượt người có công với tổng kinh phí gần 533,3 tỉ đồng; Hà Nội "
        "tặng quà cho 362.145 lượt người có công.",
        "count",
        "unit",
    ) == [
        (635437, "TP.HCM"),
        (Decimal("533.3"), "TP.HCM"),
        (362145, "Hà Nội"),
    ]
    # «Mỗi» opens no name of a place
    assert _fields("Các xã như sau: Mỗi xã có 01 sản phẩm OCOP; Tân An có 3 sản phẩm.", "unit") == [
        ("Xã A",),
        ("Tân An",),
    ]


def test_a_press_conferences_month_and_months_of_a_year_said_so(tmp_path: Path) -> None:
    briefing = _frame(
        tmp_path / "hue.txt",
        "Chiều ngày 3/4, UBND tỉnh tổ chức họp báo thường kỳ tháng 4/2024. Tốc độ tăng trưởng "
        "GRDP quý I/2024 của tỉnh ước đạt 4,28%.\n"
        "Trong quý I/2024, kim ngạch xuất khẩu ước đạt 250,6 triệu USD.\n",
    )
    assert briefing.opening_period == parse_period("quý I/2024")
    months = _frame(
        tmp_path / "my-tho.txt",
        "UBND TP Mỹ Tho sơ kết nhiệm vụ phát triển kinh tế- xã hội 9 tháng của năm 2022\n"
        "Trong 9 tháng của năm 2022, tổng giá trị sản xuất tăng 8,96%.\n",
    )
    assert months.opening_period == parse_period("9 tháng năm 2022")


def test_a_review_meetings_heading_naming_the_next_half_too_opens_no_plans(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "phu-thong.txt",
        "HỘI NGHỊ SƠ KẾT CÔNG TÁC 6 THÁNG ĐẦU NĂM 2024, NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024\n"
        "Trong 6 tháng đầu năm, trồng ngô đạt 96,7% KH; trồng rừng được 29,49/25 ha.\n"
        "Do ảnh hưởng của dịch bệnh Covid 19, xã kết nạp 5 đảng viên.\n",
        unit="Thị trấn Phủ Thông",
    )
    assert [(f.count, f.rate, f.kind) for f in read.figures] == [
        (None, Decimal("96.7"), "đạt kế hoạch"),
        (Decimal("29.49"), None, "mức"),
        (Decimal("29.49"), None, "đạt kế hoạch"),  # done over the target
        (Decimal("5"), None, "mức"),  # «Covid 19» names the disease
    ]


def test_a_table_row_left_short_says_its_numbers_columns_are_unknown(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "da-nang.txt",
        "Trật tự an toàn xã hội\n"
        "  2018 2019 2020 2021 Sơ bộ 2022\n"
        "Số vụ tai nạn (vụ)             96             83             76             81 82\n"
        "Số vụ va chạm giao thông               4                 2               1 7\n",
        unit="Đà Nẵng",
        period="năm 2022",
    )
    short = [f for f in read.figures if f.count in (4, 2, 1, 7)]
    assert [f.count for f in short] == [4, 2, 1, 7]
    assert all(f.confidence == "thấp" for f in short)  # which year each is, no one can say
    assert short[0].doubts[-1].startswith("chưa rõ cột của số")
    whole = [f for f in read.figures if f.count == 96]
    assert whole[0].period == "năm 2018" and whole[0].confidence == "cao"


def test_targets_listed_after_an_aim_the_year_of_a_first_event_and_spans_of_ages(
    tmp_path: Path,
) -> None:
    # «Mục tiêu là …» sets an aim; the sentences after it that open on what is to be done
    # list more; a result said with «đã» is a figure again
    assert _read_fields(
        tmp_path / "dan-so.txt",
        "Năm 2023 có 331 trường hợp tảo hôn. Mục tiêu là giảm tỷ suất sinh thô 0,2%. Giảm tỷ "
        "lệ sinh con thứ 3 trở lên 1% so với năm 2023; Tổ chức phát động 30 thôn không có "
        "người sinh con thứ 3. Tổ chức đã phát động 12 thôn.\n",
        unit="Tỉnh Quảng Trị",
        period="năm 2023",
        names=("count",),
    ) == [(331,), (12,)]
    # the year of a first event («kể từ ca nhiễm đầu tiên … năm 1990») is not the report's
    read = _read(
        tmp_path / "hiv.txt",
        "Kể từ ca nhiễm đầu tiên được phát hiện năm 1990, hiện có khoảng 250.000 người sống "
        "chung với HIV. Tỷ lệ nhiễm HIV qua đường máu từ 47,5% năm 2010 giảm xuống 6,4% năm "
        "2023, độ tuổi chủ yếu từ 16 - 29 (chiếm 47,3%) và 30 - 39 (chiếm 28,2%).\n",
        unit="Cả nước",
    )
    assert read.frame.opening_period is None
    assert [(f.count, f.rate, f.period) for f in read.figures][1:] == [
        (None, Decimal("47.5"), "năm 2010"),
        (None, Decimal("6.4"), "năm 2023"),
        (None, Decimal("47.3"), None),  # no count of 16 to 29 year-olds
        (None, Decimal("28.2"), None),
    ]
    assert _rows("Số người trong độ tuổi lao động có 45 người.") == [
        (Decimal("45"), None, None, "mức", "người")
    ]
    # «là 1 trong 5 tỉnh … cao nhất»: a ranking, no count of provinces
    assert _rows("Tỉnh đã tiêm 138.000 mũi, là 1 trong 5 tỉnh có tỷ lệ tiêm cao nhất.") == [
        (Decimal("138000"), None, None, "mức", "mũi")
    ]
    # but «một trong 27 đơn vị có thành tích xuất sắc» counts those awarded
    assert _rows("Tỉnh đoàn là một trong 27 đơn vị có thành tích xuất sắc.") == [
        (Decimal("27"), None, None, "mức", "đơn vị")
    ]


def test_a_labels_bracketed_unit_a_decimal_after_a_colon_and_parts_that_say_no_unit(
    tmp_path: Path,
) -> None:
    # «Số bác sỹ … (người): 15»: the bracket before the colon is the unit, the words before
    # it the indicator; «: 4,1» is a decimal, not the list «: 4, 1»
    assert _fields(
        "- Số bác sỹ bình quân 1 vạn dân (người): 15", "count", "measure", "indicator"
    ) == [(15, "người", "Số bác sỹ bình quân 1 vạn dân")]
    assert _fields("- Số người nhiễm HIV trên 100.000 dân: 4,1", "count") == [(Decimal("4.1"),)]
    # items, one a line, adding up to the whole said before: those that name no unit count
    # what the whole does
    rows = _read_fields(
        tmp_path / "y-te.txt",
        "2. Tổng số giường bệnh: 2.411, trong đó:\n- Bệnh viện: 1.843 giường\n"
        "- Bệnh viện da liễu: 182 giường\n- Phòng khám đa khoa khu vực: 86\n"
        "- Cơ sở y tế khác: 300\n",
        unit="Tỉnh X",
        period="năm 2022",
        names=("kind", "count", "measure"),
    )
    assert rows[-2:] == [("phần", 86, "giường bệnh"), ("phần", 300, "giường bệnh")]
    # «… có người nhiễm HIV và trên 96% xã, …»: an item of its own, not what those have
    assert _rows("Có 701/705 huyện có người nhiễm HIV và trên 96% xã, phường có người nhiễm.") == [
        (Decimal("701"), Decimal("705"), None, "mức", "huyện"),
        (None, None, Decimal("96"), "mức", None),
    ]


def test_marks_rounds_ranks_again_and_the_resolutions_aim_in_a_bracket_are_no_figures() -> None:
    # a list's marks «(1)», a footnote «[1]», a round «lần 1», a second rank «và 14/63»
    assert _rows("Nguyên nhân tăng (giảm): (1) nước tưới đủ; (2) giá lúa cao.") == []
    assert _fields("Chăm sóc lúa lần 1 đạt 23.512 ha, lần 2 đạt 16.244 ha.", "count") == [
        (23512,),
        (16244,),
    ]
    assert _fields(
        "Kinh tế tăng trưởng 7,07%, xếp thứ 6/11 tỉnh vùng đồng bằng sông Hồng[1] và 14/63 cả "
        "nước.",
        "count",
        "kind",
    ) == [(Decimal("7.07"), "thay đổi")]
    # «(Nghị quyết tăng 6,5%)»: the resolution's aim, beside what was reached
    assert _fields("Giá trị sản xuất so cùng kỳ tăng 11,44% (Nghị quyết tăng 6,5%).", "count") == [
        (Decimal("11.44"),)
    ]
    # «với mục tiêu cụ thể: …»: targets; «đạt chỉ tiêu 100%»: the share of the quota reached
    assert (
        _rows(
            "Hội nghị thông qua nghị quyết năm 2024 với mục tiêu cụ thể: tổng vốn đầu tư dự kiến "
            "4.380 tỷ đồng; kết nạp 55 đảng viên mới."
        )
        == []
    )
    assert _rows("Công tác tuyển quân năm 2022 đạt chỉ tiêu 100%.") == [
        (None, None, Decimal("100"), "đạt kế hoạch", None)
    ]
    # a second ratio sharing the first's verb: «đạt 101,8% kế hoạch và 112,7% so với cùng kỳ»
    assert _fields(
        "Thu nhập bình quân đạt 32,5 triệu đồng, đạt 101,8% kế hoạch và 112,7% so với cùng kỳ.",
        "kind",
    ) == [("mức",), ("đạt kế hoạch",), ("so với cùng kỳ",)]


def test_an_amount_grown_by_the_budgets_share_and_who_is_trained(tmp_path: Path) -> None:
    # «tăng trưởng … trên 34 tỷ đồng»: grew by, a change; «… , đạt 1.043 tỷ đồng»: a level
    assert _fields(
        "Tăng trưởng dư nợ ủy thác trên 34 tỷ đồng, tổng dư nợ 1.043 tỷ đồng.", "kind", "count"
    ) == [("thay đổi", 34), ("mức", 1043)]
    # the budget's collection «đạt 91%» is the share of its estimate
    assert _fields("Tổng thu ngân sách nhà nước trên địa bàn đạt 91%.", "kind", "rate") == [
        ("đạt kế hoạch", 91)
    ]
    # «lớp bồi dưỡng cấp uỷ cơ sở»: who is trained, not a level the figure belongs to
    assert _fields("Mở 1 lớp bồi dưỡng cấp uỷ cơ sở cho 250 học viên.", "count", "unit") == [
        (1, "Xã A"),
        (250, "Xã A"),
    ]
    # a headline naming the next half's work leaves the report's period to its lead
    assert _counts_and_periods(
        tmp_path / "to-chuc.txt",
        "Hội nghị triển khai công tác xây dựng Đảng 6 tháng cuối năm 2024\n"
        "Ngày 14/6, Ban Tổ chức Tỉnh ủy sơ kết công tác 6 tháng đầu năm và triển khai nhiệm "
        "vụ 6 tháng cuối năm 2024. Kết quả, hoàn thành 7/11 nhiệm vụ.\n",
        unit="Tỉnh Ninh Thuận",
    ) == [(7, "6 tháng đầu năm 2024")]


def test_a_press_conferences_quarter_gives_its_year_to_the_months_reported(
    tmp_path: Path,
) -> None:
    # «họp báo … quý III/2023» names the briefing, «9 tháng đầu năm» what is reported on
    read = _read(
        tmp_path / "nghe-an.txt",
        "Báo cáo tại cuộc họp báo tình hình kinh tế - xã hội quý III/2023, Phó Giám đốc Sở "
        "cho biết, 9 tháng đầu năm, toàn tỉnh thu hút 45 dự án.\n",
        unit="Tỉnh Nghệ An",
    )
    assert read.frame.opening_period == parse_period("9 tháng đầu năm 2023")
    assert [(f.count, f.period) for f in read.figures] == [(45, "9 tháng năm 2023")]


def test_plans_assigned_and_set_out_with_their_parts_and_levels_that_qualify_what_is_counted(
    tmp_path: Path,
) -> None:
    # the estimate assigned and its split are the plan; what was done is a figure
    assert _read_fields(
        tmp_path / "ngan-sach.txt",
        "Năm 2024, tổng thu ngân sách dự toán giao là 228,7 tỷ đồng; trong đó phần huyện thu "
        "168,7 tỷ đồng (thuế phí 70 tỷ đồng, thu khác 11 tỷ đồng). Ước thực hiện cả năm thu 250 "
        "tỷ đồng.\n",
        unit="Huyện Lạc Dương",
        period="năm 2024",
        names=("count",),
    ) == [(250,)]
    # «đặt ra một số chỉ tiêu chủ yếu, gồm: …; …»: targets, item after item
    assert (
        _rows(
            "Năm 2023, huyện đặt ra một số chỉ tiêu chủ yếu, gồm: tổng giá trị sản xuất tăng "
            "14,5%; thu ngân sách 18,3 tỷ đồng; giải quyết việc làm cho 200 lao động."
        )
        == []
    )
    # what a figure before was compared with is not this one's target
    assert _fields(
        "Sản lượng đạt 13.007 tấn, tăng 3,68% so với mục tiêu đề ra và tăng gần 24,7% so với "
        "năm 2021.",
        "count",
    ) == [(13007,), (Decimal("3.68"),), (Decimal("24.7"),)]
    # a level that qualifies what is counted names no place: the committees counted, the
    # index's level, civil servants of communes
    assert _fields("Kiện toàn 6 cấp ủy cơ sở.", "unit") == [("Xã A",)]
    assert _fields("Hiện có 8 hội nông dân cấp huyện.", "unit") == [("Xã A",)]
    assert _fields("Chỉ số chuyển đổi số cấp tỉnh năm 2022, tỉnh đạt 0,6077 điểm.", "unit") == [
        ("Xã A",)
    ]
    assert _fields("Hiện có 1.346 công chức cấp xã.", "unit") == [("Xã A",)]
    # «đạt 101% KH. Tỷ lệ …»: the plan's abbreviation ends a sentence
    assert _read_fields(
        tmp_path / "cu-jut.txt",
        "Thu nhập đạt 53 triệu đồng, đạt 101% KH. Tỷ lệ hộ nghèo giảm 2,17%.\n",
        unit="Huyện Cư Jút",
        period="năm 2022",
        names=("count", "measure"),
    )[-1] == (Decimal("-2.17"), "điểm %")
    # a page's stamp and its counters; an order by its number
    assert _rows("| | 22:13 05-01-2024 | :533") == []
    assert _rows("Thực hiện Mệnh lệnh số 03 của Giám đốc Công an tỉnh.") == []


def test_a_blocs_name_and_a_headline_under_a_pages_lines(tmp_path: Path) -> None:
    # «Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh» is one name; the headline under the page's
    # category and time lines is the body's figure said again, given once
    read = _read(
        tmp_path / "khoi.txt",
        "Chính trị - Xã hội Theo dòng thời sự\n14/04/2022 - 12:51\n"
        "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh củng cố, kiện toàn 6 cấp ủy cơ sở\n"
        "Quý I/2022, Ban Thường vụ Đảng ủy khối đã củng cố, kiện toàn 6 cấp ủy cơ sở; kết nạp "
        "61 quần chúng ưu tú vào Đảng.\n",
        unit="Tỉnh Thừa Thiên Huế",
    )
    assert [f.count for f in read.figures] == [6, 61]
    assert _fields("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh kết nạp 61 đảng viên.", "unit") == [
        ("Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh",)
    ]


def test_a_headlines_estimate_is_no_round_number_the_body_says_again(tmp_path: Path) -> None:
    # «ước đạt 868.000 triệu đồng» in the headline, and not in the body: a figure, its note
    # naming the words that make it an estimate
    read = _read(
        tmp_path / "thuong-tin.txt",
        "Tin địa phương\n"
        "Tổng thu ngân sách nhà nước 6 tháng đầu năm tại Thường Tín ước đạt 868.000 triệu đồng\n"
        "Dương Thảo 17/06/2024 - 17:59\n"
        "Cụ thể, 6 tháng đầu năm 2024, tổng thu ngân sách đạt 70,47% dự toán.\n",
        unit="Huyện Thường Tín",
    )
    assert (read.figures[0].count, read.figures[0].note) == (
        868000,
        "số gần đúng: «ước đạt 868.000 triệu đồng»",
    )


def test_a_write_ups_publisher_is_its_unit_when_no_one_names_one(tmp_path: Path) -> None:
    # no header frame and no --unit: «…, Bộ Công an công bố số liệu» names whose figures
    # these are, said as a doubt; the whole country is a central body's own scope
    path = tmp_path / "bo-cong-an.txt"
    text = (
        "Tình hình tai nạn giao thông tháng 11/2023\n"
        "Thực hiện Nghị định số 94/2016/NĐ-CP, Bộ Công an công bố số liệu về tai nạn giao "
        "thông tháng 11/2023. Toàn quốc xảy ra 2.002 vụ tai nạn giao thông.\n"
    )
    read = _read(path, text)
    assert [(f.count, f.unit) for f in read.figures] == [(2002, "Bộ Công an")]
    assert "đơn vị lấy từ câu mở đầu / the unit is the body the opening names" in (
        read.figures[0].doubts
    )
    # the analyst's unit comes first
    assert _read(path, text, unit="Công an tỉnh X").unit == "Công an tỉnh X"


def test_an_opening_that_reviews_a_year_and_sets_out_the_next_years_work_reports_the_first(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "kong-chro.txt",
        "(GLO)- Ngày 9-12, huyện Kông Chro tổ chức hội nghị tổng kết tình hình thực hiện nhiệm "
        "vụ năm 2022 và triển khai công tác năm 2023.\nThu ngân sách đạt 40,1 tỷ đồng.\n",
        unit="Huyện Kông Chro",
    )
    assert read.frame.opening_period == parse_period("năm 2022")
    assert [(f.count, f.period) for f in read.figures] == [(Decimal("40.1"), "năm 2022")]


def test_a_list_of_units_under_the_plan_reached_gives_shares_of_it() -> None:
    # «đạt kế hoạch giao như: X đạt 100%, …»: each unit's share of its plan; a name's
    # hyphened parts («Phan Rang-Tháp Chàm») are one name
    assert _fields(
        "Các địa phương giảm đạt kế hoạch giao như: Thành phố Phan Rang-Tháp Chàm đạt 100% "
        "(giảm 0,28%), huyện Thuận Bắc đạt 105%.",
        "kind",
        "rate",
        "unit",
    ) == [
        ("đạt kế hoạch", 100, "Thành phố Phan Rang-Tháp Chàm"),
        ("thay đổi", None, "Thành phố Phan Rang-Tháp Chàm"),
        ("đạt kế hoạch", 105, "Huyện Thuận Bắc"),
    ]


def test_one_day_set_apart_is_its_figures_period(tmp_path: Path) -> None:
    # «Riêng ngày 2-9, …»: that day's figures; «Ngày 14/6, … tổ chức hội nghị» is an event's
    assert _counts_and_periods(
        tmp_path / "le.txt",
        "Dịp nghỉ lễ Quốc khánh năm 2024, toàn tỉnh đón 384.000 lượt khách.\n"
        "Riêng ngày 2-9, có khoảng 95.000 lượt khách. Tổng thu du lịch ước đạt 219 tỉ đồng.\n"
        "Ngày 14/6, Sở tổ chức hội nghị với 120 đại biểu.\n",
        unit="Tỉnh Quảng Ninh",
    ) == [
        (384000, "năm 2024"),
        (95000, "ngày 2/9/2024"),
        (219, "ngày 2/9/2024"),
        (120, "năm 2024"),
    ]


def test_a_ratio_to_the_month_before_named_before_it_is_no_share_of_a_plan() -> None:
    # over 100% and after «so với tháng trước bằng»: a ratio to an earlier period
    assert _fields(
        "Toàn tỉnh vận chuyển được 2,531 triệu lượt hành khách, so với tháng trước bằng 101,72%.",
        "kind",
        "rate",
    ) == [("mức", None), ("so với cùng kỳ", Decimal("101.72"))]


def test_a_result_said_after_an_aim_is_a_figure(tmp_path: Path) -> None:
    # the aim, then what was reached, its subject first: «Thu ngân sách đạt …» is a result
    assert _read_fields(
        tmp_path / "thu.txt",
        "Mục tiêu là thu ngân sách 500 tỷ đồng. Thu ngân sách đạt 520 tỷ đồng, vượt 4%.\n",
        unit="Huyện X",
        period="năm 2023",
        names=("count",),
    )[:1] == [(520,)]


def test_quotas_allotted_and_named_unit_by_unit_are_no_figures() -> None:
    # «chỉ tiêu phát triển 150 đảng viên mới; Hội An 110; …»: each unit's quota; «được phân
    # bổ chỉ tiêu … với 489»: allotted; what was done against a quota, «đã kết nạp 12», is one
    assert (
        _rows(
            "Cụ thể: Đảng bộ TP.Tam Kỳ chỉ tiêu phát triển 150 đảng viên mới; Hội An 110; Điện Bàn "
            "150; Quân sự 29."
        )
        == []
    )
    assert (
        _rows("Đảng bộ TP. Buôn Ma Thuột được phân bổ chỉ tiêu kết nạp cao nhất với 489 đảng viên.")
        == []
    )
    assert _fields(
        "Năm 2023, xã có chỉ tiêu kết nạp 10 đảng viên, đã kết nạp 12 đảng viên, đạt 120%.",
        "count",
        "kind",
    ) == [(12, "mức"), (None, "đạt kế hoạch")]


def test_a_write_ups_opening_is_read_past_its_tag_and_byline(tmp_path: Path) -> None:
    text = (
        "Tin địa phương\n"
        "Tổng thu ngân sách 6 tháng đầu năm tại huyện Đông Phú ước đạt 868 tỷ đồng\n"
        "Dương Thảo 17/06/2024 - 17:59\n"
        "Đó là thông tin tại Hội nghị báo cáo tình hình kinh tế - xã hội huyện Đông Phú 6 tháng "
        "đầu năm 2024. Tổng thu ngân sách 6 tháng ước đạt 868 tỷ đồng, đạt 70,5% dự toán.\n"
    )
    frame = _frame(tmp_path / "dong-phu.txt", text)
    assert frame.opening_period == parse_period("6 tháng đầu năm 2024")
    read = _read(tmp_path / "dong-phu.txt", text, unit="Huyện Đông Phú")
    assert {(f.count, f.rate, f.period) for f in read.figures} >= {
        (868, None, "6 tháng đầu năm 2024"),
        (None, Decimal("70.5"), "6 tháng đầu năm 2024"),
    }
    # a dateline with the day of the week and the time zone is no lead either
    dated = text.replace("Dương Thảo 17/06/2024 - 17:59", "Thứ Hai, 17/06/2024, 17:59 [GMT+7]")
    assert _frame(tmp_path / "dated.txt", dated).opening_period == parse_period(
        "6 tháng đầu năm 2024"
    )


def test_a_lead_on_the_next_years_work_or_a_movements_name_gives_no_period(
    tmp_path: Path,
) -> None:
    plans = (
        "Đẩy mạnh phong trào thi đua trong ngành tòa án\n"
        "Chiều 5-1, Tòa án nhân dân tỉnh tổ chức Hội nghị triển khai công tác tòa án hai cấp "
        "trong tỉnh năm 2024.\n"
        "Năm 2023, tòa án hai cấp thụ lý 6.795 vụ việc.\n"
    )
    assert _frame(tmp_path / "plans.txt", plans).opening_period is None
    movement = (
        "Trên 30 tỷ đồng giúp nông dân phát triển sản xuất\n"
        "Theo Hội Nông dân tỉnh, để nâng cao chất lượng phong trào “Nông dân thi đua sản xuất "
        "kinh doanh giỏi giai đoạn 2017 - 2022”, các cấp hội đã vận động 30 tỷ đồng.\n"
    )
    assert _frame(tmp_path / "movement.txt", movement).opening_period is None
    # a lead whose figures are measured against the year's plan does report on that year
    reached = "Đến ngày 22/11 toàn huyện đã kết nạp 162 đảng viên, vượt 8% so kế hoạch năm 2024.\n"
    assert _frame(tmp_path / "reached.txt", reached).opening_period == parse_period("năm 2024")


def test_a_headlines_quarter_leaves_the_leads_exact_span(tmp_path: Path) -> None:
    frame = _frame(
        tmp_path / "kon-tum.txt",
        "Toàn tỉnh tiếp nhận 56.039 hồ sơ thủ tục hành chính trong quý I\n"
        "Trong quý I năm 2023 (tính từ ngày 15/12/2022 đến 14/3/2023), các cơ quan trên địa bàn "
        "tỉnh đã tiếp nhận 56.039 hồ sơ.\n",
    )
    assert frame.opening_period == parse_period("từ 15/12/2022 đến 14/3/2023")
    months = _frame(
        tmp_path / "thu.txt",
        "Thu ngân sách Nhà nước 11 tháng đạt hơn 28.200 tỷ đồng\n"
        "Năm 2023, thu ngân sách trên địa bàn tỉnh đạt 28.200 tỷ đồng.\n",
    )
    assert months.opening_period == parse_period("11 tháng năm 2023")


def test_a_stock_to_the_end_of_a_month_is_of_its_last_day() -> None:
    assert _fields(
        "Theo đó, đến hết tháng 5/2024, toàn tỉnh có 602/683 trường học đạt chuẩn quốc gia; "
        "tính đến tháng 6/2024 có 12 trường đạt mức độ 2.",
        "count", "base", "period",
    ) == [(602, 683, "ngày 31/5/2024"), (12, None, "ngày 30/6/2024")]  # fmt: skip
    assert _fields(  # the month without its year, the report's
        "Tính đến cuối tháng 5, tổng nguồn vốn đạt 531,4 tỷ đồng.", "count", "period"
    ) == [(Decimal("531.4"), "ngày 31/5/2024")]


def test_levels_of_a_time_compared_with_in_brackets_are_of_that_time() -> None:
    assert _fields(
        "Khu vực dịch vụ chiếm 32,0%; thuế sản phẩm chiếm 4,3% (cơ cấu tương ứng của cùng kỳ "
        "năm 2023 là: 31,2%; 4,6%).",
        "rate", "period",
    ) == [
        (Decimal("32.0"), "6 tháng đầu năm 2024"),
        (Decimal("4.3"), "6 tháng đầu năm 2024"),
        (Decimal("31.2"), "6 tháng đầu năm 2023"),
        (Decimal("4.6"), "6 tháng đầu năm 2023"),
    ]  # fmt: skip
    assert _fields(
        "Tỷ lệ lao động có việc làm là 85,2%, tăng so với năm 2022 (84,74%).", "rate", "period"
    ) == [(Decimal("85.2"), "6 tháng đầu năm 2024"), (Decimal("84.74"), "năm 2022")]
    assert _fields(
        "Thu ngân sách đạt 600 tỷ đồng, tăng 4,7% so với cùng kỳ (là 573 tỷ đồng).",
        "count",
        "period",
    )[-1] == (573, "6 tháng đầu năm 2023")


def test_the_countrys_regions_are_places_and_a_ranking_names_its_clauses_place() -> None:
    assert _fields(
        "Giá trị trung bình cao nhất là vùng Đồng bằng sông Hồng với kết quả đạt 88,33%; xếp vị "
        "trí thứ 2 là vùng Đông Nam Bộ, đạt 87,79%. Tiếp theo là Trung du miền núi phía Bắc, đạt "
        "87,72%. Số người nhiễm HIV chủ yếu thuộc khu vực Tây Nguyên (8,6%) và Đồng bằng sông Cửu "
        "Long (19,87%).",
        "rate", "unit",
    ) == [
        (Decimal("88.33"), "Vùng Đồng bằng sông Hồng"),
        (Decimal("87.79"), "Vùng Đông Nam Bộ"),
        (Decimal("87.72"), "Trung du miền núi phía Bắc"),
        (Decimal("8.6"), "Khu vực Tây Nguyên"),
        (Decimal("19.87"), "Đồng bằng sông Cửu Long"),
    ]  # fmt: skip


def test_a_fraction_naming_what_it_counts_before_the_slash_is_one() -> None:
    # the first rate printed is not 1.370/79.836 (1,72%): the fraction still holds, flagged
    sentence = (
        "Huyện Cái Bè có 1.370 hộ nghèo/79.836 hộ, tỷ lệ 1,67%; 4.005 hộ cận nghèo/79.836 hộ, "
        "tỷ lệ 5,02%."
    )
    assert _rows(sentence) == [
        (1370, 79836, Decimal("1.67"), "mức", "hộ"),
        (4005, 79836, Decimal("5.02"), "mức", "hộ"),
    ]
    doubts = [f.doubts for f in sentence_figures(sentence, "đoạn 1", HALF)]
    assert doubts[0] == ("tỷ lệ in 1,67% khác 1.370/79.836 / printed rate differs",)


def test_political_tasks_before_the_period_are_no_plans(tmp_path: Path) -> None:
    # «công tác xây dựng Đảng và nhiệm vụ chính trị 6 tháng đầu năm; triển khai nhiệm vụ …
    # 6 tháng cuối năm 2024» reviews the first half: the tasks named before it are no plans
    frame = _frame(
        tmp_path / "phuoc-trung.txt",
        "Sáng 5/7, Đảng ủy phường Phước Trung tổ chức hội nghị sơ kết công tác xây dựng Đảng và "
        "nhiệm vụ chính trị 6 tháng đầu năm; triển khai nhiệm vụ trọng tâm 6 tháng cuối năm "
        "2024.\nĐảng ủy phường kết nạp 10 đảng viên mới, đạt 55% kế hoạch năm.\n",
    )
    assert frame.opening_period == parse_period("6 tháng đầu năm 2024")


def test_a_place_nearer_the_figure_than_the_level_is_its_own() -> None:
    # «Ở cấp huyện, …»: the level opens the list, each item names its own place, «TP.» glued
    assert _fields(
        "Ở cấp huyện, TP.Thủ Dầu Một dẫn đầu với 88,6 điểm, tiếp đến là TP.Dĩ An 87,7 điểm, huyện "
        "Bắc Tân Uyên hạng 3 với 86,8 điểm, huyện Phú Giáo 85 điểm.",
        "count", "unit",
    ) == [
        (Decimal("88.6"), "TP.Thủ Dầu Một"),
        (Decimal("87.7"), "TP.Dĩ An"),
        (Decimal("86.8"), "Huyện Bắc Tân Uyên"),
        (85, "Huyện Phú Giáo"),
    ]  # fmt: skip
    # a «trong đó» clause after a «;» goes on at the level the clause before it names
    assert _fields(
        "Tỉ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn đạt 98,15%; trong "
        "đó tổng số hồ sơ đã giải quyết xong là 26.972 hồ sơ, số hồ sơ giải quyết đúng hạn là "
        "26.473 hồ sơ.",
        "count", "rate", "unit",
    ) == [
        (None, Decimal("98.15"), "Cấp huyện"),
        (26972, None, "Cấp huyện"),
        (26473, None, "Cấp huyện"),
    ]  # fmt: skip


def test_days_without_their_year_take_the_year_after_the_one_compared(tmp_path: Path) -> None:
    text = (
        "Sở Du lịch tỉnh cho biết trong 3 ngày nghỉ lễ (từ ngày 31-8 đến ngày 2-9), tổng khách du "
        "lịch ước đạt 384.000 lượt, bằng 120% so với cùng kỳ năm 2023.\n"
        "Riêng ngày 2-9, có khoảng 95.000 lượt khách du lịch.\n"
    )
    assert _frame(tmp_path / "le.txt", text).opening_period == parse_period(
        "từ 31/8/2024 đến 2/9/2024"
    )
    read = _read(tmp_path / "le.txt", text, unit="Tỉnh Quảng Ninh")
    assert [(f.count, f.period) for f in read.figures if f.count] == [
        (384000, "từ ngày 31/8/2024 đến ngày 2/9/2024"),
        (95000, "ngày 2/9/2024"),
    ]


def test_an_openings_month_without_its_year_takes_the_bodys_that_ends_with_it(
    tmp_path: Path,
) -> None:
    text = (
        "Tại phiên họp thường kỳ UBND tỉnh tháng 5 vừa diễn ra, chỉ số sản xuất công nghiệp "
        "tháng 5 ước tăng 13,15% so với cùng kỳ.\n"
        "Thu ngân sách 6 tháng đầu năm 2023 đạt 900 tỷ đồng; lũy kế 5 tháng đầu năm 2024 tăng "
        "37,12% so với cùng kỳ.\n"
    )
    assert _frame(tmp_path / "nghe-an.txt", text).opening_period == parse_period("tháng 5/2024")


def test_an_amounts_scale_glued_to_what_it_is_per_keeps_no_space() -> None:
    assert _fields(
        "Thu nhập bình quân đầu người đạt 39,49 triệu/người/năm.", "count", "measure"
    ) == [(Decimal("39.49"), "triệu/người/năm")]


def test_a_level_labelling_an_item_is_its_own_not_the_items_before() -> None:
    assert _fields(
        "Có 15.306 lượt nông dân đạt danh hiệu, trong đó cấp xã: 11.004 lượt nông dân, cấp huyện: "
        "3.074 lượt nông dân, cấp tỉnh: 1.228 lượt nông dân.",
        "count", "unit",
    ) == [(15306, "Xã A"), (11004, "Cấp xã"), (3074, "Cấp huyện"), (1228, "Cấp tỉnh")]  # fmt: skip


def test_a_groups_number_an_index_sets_number_and_next_years_plans_are_no_figures(
    tmp_path: Path,
) -> None:
    assert _rows(
        "Trong năm, cụm số 2 đã kết nạp 1.166 đoàn viên; để thực hiện tốt Bộ chỉ số 766, tổ "
        "đánh giá đã họp 3 lần."
    ) == [(1166, None, None, "mức", "đoàn viên"), (3, None, None, "mức", "lần")]
    # a sentence opening on a later year than the report's, saying what goes on, sets targets
    assert _counts_and_periods(
        tmp_path / "cum-2.txt",
        "Năm 2022, Cụm thi đua số 2 kết nạp 1.166 đoàn viên.\n"
        "Năm 2023, Cụm thi đua số 2 tiếp tục tuyên truyền; kết nạp mới 530 đoàn viên; vận động "
        "quỹ đạt 500 triệu đồng.\n",
        unit="Cụm thi đua số 2",
        period="năm 2022",
    ) == [(1166, "năm 2022")]


def test_a_floor_a_rule_sets_is_no_count() -> None:
    assert _rows(
        "Giảm 3 chi bộ cơ sở do giải thể Chi bộ Phòng Y tế vì không đủ 3 đảng viên chính thức; "
        "chỉ đạo đảng ủy cơ sở thực hiện ít nhất 02 cuộc kiểm tra."
    ) == [(-3, None, None, "thay đổi", "chi bộ")]


def test_a_ratio_to_a_named_earlier_time_and_an_indicator_around_its_periods_year() -> None:
    setting = replace(HALF, period=parse_period("quý I/2023"))
    found = sentence_figures(
        "Thu ngân sách quý I năm 2023 đạt 500 tỷ đồng, bằng 120% so với quý I năm 2022.",
        "đoạn 1",
        setting,
    )
    assert [(f.count, f.rate, f.kind, f.indicator) for f in found] == [
        (500, None, "mức", "Thu ngân sách quý I năm 2023"),
        (None, 120, "so với cùng kỳ", "Thu ngân sách quý I năm 2023"),
    ]
    # a period opening the clause stays out of the indicator
    assert _fields("6 tháng đầu năm 2024 có 10.616 lượt đánh giá.", "count", "indicator") == [
        (10616, "Lượt đánh giá")
    ]


def test_ministries_ranked_by_name_are_the_places_of_their_figures() -> None:
    assert _fields(
        "Ngân hàng Nhà nước Việt Nam dẫn đầu về tỷ lệ hồ sơ trực tuyến với 100%, Bộ Công Thương "
        "đứng thứ hai với tỷ lệ 99,7%; Bộ Y tế có lượng truy cập nhiều nhất với 14,58 triệu "
        "lượt, tiếp sau là Bộ Kế hoạch và Đầu tư (6,8 triệu lượt truy cập).",
        "count", "rate", "unit",
    ) == [
        (None, 100, "Ngân hàng Nhà nước Việt Nam"),
        (None, Decimal("99.7"), "Bộ Công Thương"),
        (14580000, None, "Bộ Y tế"),
        (6800000, None, "Bộ Kế hoạch và Đầu tư"),
    ]  # fmt: skip


def test_a_density_per_so_many_people_is_one_level_in_its_own_unit() -> None:
    assert _fields(
        "Hiện số giường bệnh đạt 29,9/1 vạn dân; có 12,5 bác sĩ/vạn dân; tỷ suất sinh "
        "15,2/1.000 dân.",
        "count", "base", "kind", "measure",
    ) == [
        (Decimal("29.9"), None, "mức", "giường bệnh/1 vạn dân"),  # not 29,9 of a plan of 1
        (Decimal("12.5"), None, "mức", "bác sĩ/vạn dân"),
        (Decimal("15.2"), None, "mức", "/1.000 dân"),  # not a fraction of 1.000
    ]  # fmt: skip
    assert _fields(
        "Mật độ thuê bao điện thoại đạt 81,50 máy/100 dân; tỷ suất chết là 12/1.000 trẻ đẻ "
        "sống; tỷ số giới tính 113,5 trẻ nam/100 trẻ nữ.",
        "count", "base", "kind", "measure",
    ) == [
        (Decimal("81.50"), None, "mức", "máy/100 dân"),
        (12, None, "mức", "/1.000 trẻ đẻ sống"),  # not a date, «12/1»
        (Decimal("113.5"), 100, "mức", "trẻ nam"),  # boys per hundred girls: a ratio
    ]  # fmt: skip


def test_a_change_said_before_the_year_it_is_compared_with() -> None:
    assert _fields(
        "Tỷ lệ đỗ tốt nghiệp đạt 99,84%, tăng so với 2023 là 0,12%; điểm trung bình đạt 6,5 "
        "điểm, tăng so với năm 2023 là 0,29 điểm.",
        "count", "rate", "kind", "measure",
    ) == [
        (None, Decimal("99.84"), "mức", None),
        (Decimal("0.12"), None, "thay đổi", "điểm %"),  # not a level of 0,12%
        (Decimal("6.5"), None, "mức", "điểm"),
        (Decimal("0.29"), None, "thay đổi", "điểm"),
    ]  # fmt: skip


def test_years_counted_back_from_now_are_the_figures_period_as_written() -> None:
    assert _fields(
        "Cũng trong 10 năm qua, tỉnh Thanh Hoá có 21 học sinh đoạt giải quốc tế; năm 2024 có "
        "84 giải.",
        "count", "period", "doubts",
    ) == [
        (21, "10 năm qua", ("kỳ tính lùi từ nay / counted back from now",)),  # not the half
        (84, "năm 2024", ()),
    ]  # fmt: skip


def test_a_bare_span_of_years_is_the_span_not_its_first_year() -> None:
    assert _fields(
        "Trong 10 năm từ 2013-2023, có 717 học sinh đoạt giải; qua 5 năm phát động (2018-2023) "
        "đã vận động hơn 100 tỷ đồng.",
        "count", "period",
    ) == [
        (717, "từ năm 2013 đến năm 2023"),  # not «năm 2013»
        (100, "từ năm 2018 đến năm 2023"),
    ]  # fmt: skip


def test_an_opening_quarter_without_its_year_takes_the_year_after_the_one_compared(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "quy-1.txt",
        "Trong quý I, toàn huyện gieo trồng vụ Đông Xuân 2022-2023 đạt 100% kế hoạch. Giá trị "
        "sản xuất công nghiệp đạt trên 387 tỷ đồng, tăng 12,71% so với cùng kỳ năm 2022.\n",
        unit="Huyện Chư Păh",
        period=None,
    )
    opening = read.frame.opening_period
    assert opening is not None and opening.label() == "quý I/2023"  # not the crop season's years
    assert [(f.count, f.period) for f in read.figures if f.count] == [
        (387, "quý I/2023"),
        (Decimal("12.71"), "quý I/2023"),  # the change, in points of per cent
    ]


def test_years_counted_back_as_long_as_the_reports_term_are_the_term(tmp_path: Path) -> None:
    assert _counts_and_periods(
        tmp_path / "nhiem-ky.txt",
        "Từ đầu nhiệm kỳ 2015-2020 đến nay, Đảng bộ huyện Đăk Glei đã kết nạp gần 640 đảng viên "
        "mới.\n\nTrong tổng số đảng viên được kết nạp gần 5 năm qua, có gần 400 đảng viên người "
        "dân tộc thiểu số.\n",
        unit="Huyện ủy Đăk Glei",
        period="nhiệm kỳ 2015-2020",
    ) == [
        (640, "từ ngày 1/1/2015 đến ngày 31/12/2020"),
        (400, "từ ngày 1/1/2015 đến ngày 31/12/2020"),  # not «5 năm qua», left to the reader
    ]


def test_a_change_in_brackets_after_cung_ky_is_of_the_time_before_and_ti_usd_a_unit() -> None:
    setting = replace(HALF, period=parse_period("quý I/2023"))
    found = sentence_figures(
        "Tổng kim ngạch xuất khẩu của DN thành phố ước đạt 10,1 tỉ USD, giảm 16,8% so với cùng "
        "kỳ (cùng kỳ tăng 3,5%).",
        "đoạn 1",
        setting,
    )
    assert [(f.count, f.kind, f.measure, f.period) for f in found] == [
        (Decimal("10.1"), "mức", "tỉ USD", "quý I/2023"),  # not «tỉ»
        (Decimal("-16.8"), "thay đổi", "%", "quý I/2023"),
        (Decimal("3.5"), "thay đổi", "%", "quý I/2022"),  # last year's change, not this one's
    ]


def test_who_set_the_plan_and_all_levels_of_a_place_are_no_figures_place() -> None:
    assert _fields(
        "Tổng chi ngân sách là 3.690 tỷ đồng, đạt 26% dự toán Bộ Tài chính giao; Mặt trận các "
        "cấp thành phố đã sửa chữa 610 căn nhà; cấp huyện có 5 căn.",
        "count", "rate", "unit",
    ) == [
        (3690, None, "Xã A"),
        (None, 26, "Xã A"),  # not «Bộ Tài chính», who set the estimate
        (610, None, "Xã A"),  # not «Cấp thành phố»: every level of it, the report's own
        (5, None, "Cấp huyện"),
    ]  # fmt: skip


def test_a_month_something_began_then_until_now_is_no_figures_period() -> None:
    assert _fields(
        "Cổng DVC quốc gia được đưa vào vận hành từ tháng 12/2019, đến nay đã cung cấp 3.805 "
        "DVC trực tuyến.",
        "count", "period",
    ) == [(3805, "ngày 30/6/2024")]  # the report's end, not December 2019  # fmt: skip
    assert _fields(
        "Thực hiện từ tháng 3/2021, đến nay tỷ lệ hồ sơ đúng hạn đạt 95%.", "rate", "period"
    ) == [(95, "từ ngày 1/3/2021 đến ngày 30/6/2024")]  # a rate over the span, to the end


def test_until_now_in_a_report_that_never_says_when_is_written_and_flagged(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "dvc.txt",
        "Cổng DVC quốc gia được đưa vào vận hành từ tháng 12/2019, đến nay đã cung cấp 3.805 "
        "DVC trực tuyến.\n",
        unit="Cả nước",
    )
    assert [(f.count, f.period, f.doubts) for f in read.figures] == [
        (3805, "Từ tháng 12/2019 đến nay", ("chưa rõ «đến nay» là khi nào / no end",))
    ]


def test_a_scale_widened_by_an_amount_compared_with_last_year_is_a_change() -> None:
    assert _fields(
        "Quy mô GRDP ước đạt 75.303 tỷ đồng, mở rộng hơn 7.050 tỷ đồng so với cùng kỳ năm 2023.",
        "count", "kind",
    ) == [(75303, "mức"), (7050, "thay đổi")]  # fmt: skip


def test_a_growth_or_a_share_compared_with_its_target_changes_in_points() -> None:
    assert _fields(
        "Tốc độ tăng trưởng giá trị sản xuất đạt 11,01%, tăng 0,26% so với năm 2022; có 379 "
        "người, chiếm tỷ lệ 32,48%, cao hơn 0,48% so với chỉ tiêu UBND tỉnh giao (32%); thu "
        "ngân sách đạt 500 tỷ đồng, chiếm 30%, tăng 5% so với kế hoạch.",
        "count", "kind", "measure",
    ) == [
        (Decimal("11.01"), "thay đổi", "%"),
        (Decimal("0.26"), "thay đổi", "điểm %"),  # the growth's change
        (379, "mức", "người"),
        (Decimal("0.48"), "thay đổi", "điểm %"),  # above a target that is a rate, (32%)
        (500, "mức", "tỷ đồng"),
        (5, "thay đổi", "%"),  # the amount's, above its plan
    ]  # fmt: skip


def test_the_hectare_a_yield_is_per_is_no_figure() -> None:
    assert _fields(
        "Giá trị thu được trên 1 ha đất trồng trọt ước đạt 109 triệu đồng; có trên 1 ha rừng bị "
        "cháy.",
        "count", "measure",
    ) == [(109, "triệu đồng"), (1, "ha")]  # the burnt hectare is a count  # fmt: skip


def test_times_the_countrys_average_is_a_standing_not_a_ratio_to_last_year() -> None:
    setting = replace(HALF, period=parse_period("quý I/2024"))
    found = sentence_figures(
        "GRDP ước tăng 9,32%, gấp 1,65 lần mức bình quân chung cả nước; doanh thu gấp 2 lần "
        "cùng kỳ.",
        "đoạn 1",
        setting,
    )
    assert [(f.count, f.rate, f.kind) for f in found] == [
        (Decimal("9.32"), None, "thay đổi"),  # no row of 165% of last year
        (None, 200, "so với cùng kỳ"),
    ]


def test_a_share_a_thing_is_done_to_ensure_is_its_aim_not_a_result() -> None:
    assert _fields(
        "Dịp Tết, để đảm bảo 100% người nghèo được nhận quà, tỉnh trích nguồn 20 tỷ đồng; đã "
        "đảm bảo 100% hộ có điện.",
        "count", "rate",
    ) == [(20, None), (None, 100)]  # the second 100% is reached  # fmt: skip


def test_the_day_a_figure_runs_to_leaves_its_indicator_whole() -> None:
    setting = replace(HALF, period=parse_period("quý I/2024"))
    found = sentence_figures(
        "Tổng thu ngân sách nhà nước trên địa bàn tỉnh thực hiện đến ngày 28/3 là 2.725 tỷ đồng.",
        "đoạn 1",
        setting,
    )
    assert [(f.count, f.period, f.indicator) for f in found] == [
        (2725, "ngày 28/3/2024", "Tổng thu ngân sách nhà nước trên địa bàn tỉnh thực hiện")
    ]  # not «Tỷ đồng», cut at the day


def test_a_clause_opening_with_the_end_of_a_month_runs_to_its_last_day() -> None:
    assert _fields(
        "Hết tháng 6/2024, địa phương cơ bản hoàn thành cải tạo đường liên xã có tổng chiều dài "
        "55,87km; cuối năm 2023, toàn xã có 120 hộ nghèo.",
        "count", "period",
    ) == [(Decimal("55.87"), "ngày 30/6/2024"), (120, "ngày 31/12/2023")]  # fmt: skip
    assert _fields(  # a rate to the end of the report's last month: the report's
        "Đến hết tháng 6/2024, giải ngân vốn đầu tư công đạt 45,2% kế hoạch.", "rate", "period"
    ) == [(Decimal("45.2"), "6 tháng đầu năm 2024")]


def test_an_openings_months_without_their_year_are_in_the_year_it_names(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "binh-lieu.txt",
        "Cụ thể hóa chủ đề công tác năm 2024 phù hợp với đặc điểm tình hình địa phương, 6 tháng "
        "đầu năm, kết quả phát triển KT-XH của Bình Liêu đã có sự tăng trưởng mạnh mẽ.\n"
        "Giá trị sản xuất toàn huyện ước đạt trên 1.075 tỷ đồng, bằng 113% so cùng kỳ năm 2023.\n",
        unit="Huyện Bình Liêu",
        period=None,
    )
    opening = read.frame.opening_period
    assert opening is not None and opening.label() == "6 tháng đầu năm 2024"  # not the year


def test_a_sectors_contribution_to_growth_is_a_level_in_points_signed_as_said() -> None:
    assert _fields(
        "Trong 5,56% tăng trưởng thì khu vực nông lâm nghiệp và thủy sản đóng góp 1,19%, khu "
        "vực công nghiệp – xây dựng đóng góp 2,04%.",
        "kind", "count", "rate",
    ) == [("mức", None, Decimal("5.56")), ("mức", None, Decimal("1.19")),
          ("mức", None, Decimal("2.04"))]  # fmt: skip
    assert _fields(
        "Khu vực dịch vụ tăng 6,1%, đóng góp tăng 0,15 điểm phần trăm; khu vực nông nghiệp "
        "giảm 2,1%, làm giảm 0,65 điểm phần trăm mức tăng chung.",
        "kind",
        "count",
        "measure",
    ) == [
        ("thay đổi", Decimal("6.1"), "%"),
        ("mức", Decimal("0.15"), "điểm phần trăm"),
        ("thay đổi", Decimal("-2.1"), "%"),
        ("mức", Decimal("-0.65"), "điểm phần trăm"),
    ]
    assert _fields(  # what members gave more than last year is a change still
        "Hội viên đóng góp tăng 12 triệu đồng so với năm trước.", "kind", "count"
    ) == [("thay đổi", 12)]


def test_a_rate_over_its_target_by_a_bare_per_cent_is_a_gap_in_points() -> None:
    assert _fields(
        "Tỷ lệ bao phủ BHYT đạt 93,5%, vượt 0,3%; tỷ lệ tham gia BHXH đạt 47,02% (vượt 2,02% "
        "so với Nghị quyết 01/NQ-CP).",
        "kind",
        "count",
        "rate",
        "measure",
    ) == [
        ("mức", None, Decimal("93.5"), None),
        ("thay đổi", Decimal("0.3"), None, "điểm %"),
        ("mức", None, Decimal("47.02"), None),
        ("thay đổi", Decimal("2.02"), None, "điểm %"),
    ]
    assert _fields(  # an amount over its plan by a per cent: the share of the plan reached
        "Thu ngân sách đạt 415 tỷ đồng, vượt 15%.", "kind", "rate"
    ) == [("mức", None), ("đạt kế hoạch", Decimal("115"))]


def test_the_stretch_target_a_result_is_compared_with_sets_no_aim() -> None:
    assert _fields(
        "Thu ngân sách đạt 18.077 tỷ đồng (đạt 89,05% so với chỉ tiêu pháp lệnh, đạt 90,05% so "
        "với chỉ tiêu phấn đấu lần 2, bằng 85,19% so với cùng kỳ năm trước).",
        "kind",
        "rate",
    ) == [
        ("mức", None),
        ("đạt kế hoạch", Decimal("89.05")),
        ("đạt kế hoạch", Decimal("90.05")),
        ("so với cùng kỳ", Decimal("85.19")),
    ]


def test_a_province_or_district_merged_away_is_a_place_of_its_own() -> None:
    assert _fields(
        "Theo Cục Thuế tỉnh Đồng Tháp, tỉnh Đồng Tháp cũ có tổng thu là 4.742 tỷ đồng; đối với "
        "địa bàn tỉnh Tiền Giang (cũ), tổng thu là 7.794 tỷ đồng; khu vực tỉnh Bình Phước cũ thu "
        "được 2.100 tỷ đồng.",
        "count",
        "unit",
    ) == [
        (4742, "Tỉnh Đồng Tháp (cũ)"),
        (7794, "Tỉnh Tiền Giang (cũ)"),
        (2100, "Tỉnh Bình Phước (cũ)"),
    ]
    assert _fields(  # places given to, listed after what they were given, are no subject
        "Trao 45 nhà cho hộ nghèo xã Tân Lập, xã Hòa Bình với tổng trị giá 2 tỷ đồng.", "unit"
    ) == [("Xã A",), ("Xã A",)]


def test_a_write_up_of_a_report_dated_in_its_opening_runs_to_that_day(tmp_path: Path) -> None:
    figures = _read(
        tmp_path / "hue.txt",
        "Theo báo cáo số 156/BC-UBND ngày 28/3/2024 của UBND tỉnh Thừa Thiên Huế, từ đầu năm "
        "đến nay, lượng khách du lịch ước đạt 891,8 nghìn lượt, tăng 40,8% so với cùng kỳ.\n"
        "Lũy kế 3 tháng, tổng mức bán lẻ hàng hoá ước đạt hơn 13.252 tỷ đồng.\n",
        unit="Tỉnh Thừa Thiên Huế",
        period=None,
    ).figures
    assert [(f.count, f.period) for f in figures] == [
        (891800, "từ ngày 1/1/2024 đến ngày 28/3/2024"),
        (Decimal("40.8"), "từ ngày 1/1/2024 đến ngày 28/3/2024"),
        (13252, "quý I/2024"),  # «3 tháng» without its year: of the report's
    ]


def test_a_pace_of_growth_against_last_year_and_one_said_how_strong_are_changes() -> None:
    assert _fields(
        "Tốc độ tăng trưởng tổng sản phẩm nội tỉnh (GRDP) đạt khoảng 7,1% so với cùng kỳ năm "
        "ngoái; khách du lịch quốc tế cũng tăng ấn tượng 91,18%, đạt 234.000 lượt.",
        "kind",
        "count",
        "rate",
        "indicator",
    ) == [
        ("thay đổi", Decimal("7.1"), None, "Tăng trưởng tổng sản phẩm nội tỉnh"),
        ("thay đổi", Decimal("91.18"), None, "Khách du lịch quốc tế cũng tăng ấn tượng"),
        ("mức", 234000, None, "Lượt đạt"),
    ]
    assert _fields(  # a ratio to last year's, over 100%, stays one
        "Tốc độ tăng trưởng tín dụng bằng 112% so với cùng kỳ.", "kind", "rate"
    ) == [("so với cùng kỳ", Decimal("112"))]


def test_a_leads_day_without_its_year_is_in_the_year_after_the_one_compared(
    tmp_path: Path,
) -> None:
    read = _read(
        tmp_path / "hiep-hoa.txt",
        "Hiệp Hòa kết nạp được 200 đảng viên mới\n"
        "Đến ngày 27-11, Huyện ủy Hiệp Hòa kết nạp 200 đảng viên mới, tăng 5 đảng viên so với "
        "năm 2017. Nét mới trong kết nạp đảng viên năm nay là Ban Thường vụ Huyện ủy đã kết "
        "nạp 8 quần chúng trước đây vi phạm chính sách dân số.\n",
        unit="Huyện Hiệp Hòa",
        period=None,
    )
    opening = read.frame.opening_period
    assert opening is not None and opening.label() == "ngày 27/11/2018"
    assert [(f.count, f.period) for f in read.figures][-1] == (8, "năm 2018")  # «năm nay»


def test_the_number_of_a_document_issued_is_no_figure_whatever_its_name() -> None:
    assert _fields(
        "Ngày 26/03/2009, Ban Thường vụ Tỉnh ủy ban hành Chị thị số 28 về phong trào thi đua "
        "Dân vận khéo, đến nay có 3.173 mô hình.",
        "count",
    ) == [(3173,)]
    assert _fields("Huyện đã ban hành tổng số 28 văn bản.", "count") == [(28,)]


def test_months_written_in_words_are_read_as_their_numbers(tmp_path: Path) -> None:
    read = _read(
        tmp_path / "ctk.txt",
        "Ba tháng đầu năm 2024, tổng mức bán lẻ hàng hóa ước đạt 15.000 tỷ đồng, tăng 8,5% so "
        "với cùng kỳ năm trước.\nRiêng tháng Ba, tổng mức bán lẻ ước đạt 5.100 tỷ đồng; trong "
        "tháng Mười Hai năm 2023 đạt 4.900 tỷ đồng.\n",
        unit="Tỉnh A",
        period=None,
    )
    opening = read.frame.opening_period
    assert opening is not None and opening.label() == "quý I/2024"
    assert [(f.count, f.period) for f in read.figures] == [
        (15000, "quý I/2024"),
        (Decimal("8.5"), "quý I/2024"),
        (5100, "tháng 3/2024"),
        (4900, "tháng 12/2023"),  # the month's number is no figure of «năm 2023»
    ]
    assert months_in_digits("6 THÁNG NĂM 2024; tháng năm") == "6 THÁNG NĂM 2024; tháng năm"


def test_a_rate_over_its_named_target_and_a_scenario_as_a_plan() -> None:
    assert _fields(
        "Tỷ lệ hộ nghèo giảm còn 2,1%, vượt mục tiêu 0,42%.",
        "kind",
        "count",
        "measure",
        "indicator",
    ) == [
        ("mức", None, None, "Tỷ lệ hộ nghèo"),
        ("thay đổi", Decimal("0.42"), "điểm %", "Tỷ lệ hộ nghèo"),
    ]
    assert _fields(
        "Giá trị sản xuất ước đạt 1.075 tỷ đồng, bằng 100% kịch bản, bằng 113% so cùng kỳ.",
        "kind",
        "rate",
    ) == [("mức", None), ("đạt kế hoạch", Decimal("100")), ("so với cùng kỳ", Decimal("113"))]


def test_a_line_in_capitals_stating_a_figure_is_read_in_small_letters(tmp_path: Path) -> None:
    figures = _read(
        tmp_path / "hue.txt",
        "Trong quý I/2024, tổng thu ngân sách của tỉnh đạt 2.650 tỷ đồng.\n"
        "THU NGÂN SÁCH HƠN 2.600 TỶ ĐỒNG\n"
        "II. KẾT QUẢ THỰC HIỆN 12 NHIỆM VỤ\n"
        "Hoàn thành 10 nhiệm vụ.\n",
        unit="Tỉnh A",
        period=None,
    ).figures
    assert [(f.count, f.measure, f.indicator) for f in figures] == [
        (2650, "tỷ đồng", "Tổng thu ngân sách của tỉnh"),
        (2600, "tỷ đồng", "Thu ngân sách"),
        (10, "nhiệm vụ", "Nhiệm vụ hoàn thành"),  # a numbered heading's 12 is no figure
    ]


def test_so_after_a_count_is_the_number_of_what_follows_it() -> None:
    assert _fields(
        "Toàn tỉnh đã có 760/928 số tổ chức cơ sở đảng tiến hành đại hội; bắt giữ 25 số đối "
        "tượng; phát hành 12 số báo.",
        "count",
        "measure",
    ) == [(760, "tổ chức cơ sở đảng"), (25, "đối tượng"), (12, None)]
    assert _fields(  # «một số», some of them, is no count
        "Có một số đơn vị không thực hiện việc tiếp nhận 12 hồ sơ.", "count", "measure"
    ) == [(12, "hồ sơ")]


def test_a_few_things_a_colon_then_numbers_one_by_one_are_listed_not_counted() -> None:
    assert (
        _fields(
            "Tập trung 06 ngành, lĩnh vực trọng tâm ưu tiên thúc đẩy tăng trưởng: (1) thúc đẩy đầu "
            "tư; (2) năng lượng; (3) du lịch; (4) công nghiệp chế biến; (5) nông nghiệp công nghệ "
            "cao; (6) kinh tế đô thị.",
            "count",
        )
        == []
    )
    assert _fields("Có 2 xã đạt chuẩn: (1) xã A; (2) xã B.", "count") == [(2,)]  # those that did
    assert _fields("Có 5 xã thực hiện: (1) xã A; (2) xã B.", "count") == [(5,)]  # not all named


def test_a_ratio_in_words_is_read_in_digits() -> None:
    assert _rows("Lượng khách tăng gấp đôi so với cùng kỳ.") == [
        (None, None, 200, "so với cùng kỳ", None)
    ]
    assert _rows("Doanh thu gấp rưỡi so với cùng kỳ.") == [
        (None, None, 150, "so với cùng kỳ", None)
    ]
    assert _rows("Thu ngân sách gấp năm 2023 là 12 tỷ đồng.") == [
        (12, None, None, "mức", "tỷ đồng")
    ]


def test_a_changes_bracket_of_two_levels_whose_quotient_is_the_change_gives_both() -> None:
    assert _fields(
        "So với cùng kỳ năm 2023, số lượt công dân tăng 18,6% (1.648/1.389), số vụ việc tăng "
        "56,7% (370/236).",
        "count",
        "rate",
        "kind",
        "measure",
        "period",
    ) == [
        (Decimal("18.6"), None, "thay đổi", "%", "6 tháng đầu năm 2024"),
        (1648, None, "mức", "lượt", "6 tháng đầu năm 2024"),
        (1389, None, "mức", "lượt", "6 tháng đầu năm 2023"),
        (Decimal("56.7"), None, "thay đổi", "%", "6 tháng đầu năm 2024"),
        (370, None, "mức", "vụ việc", "6 tháng đầu năm 2024"),
        (236, None, "mức", "vụ việc", "6 tháng đầu năm 2023"),
    ]
    # a quotient that is not the change: done over its target, as before
    assert ("đạt kế hoạch", 1648, 1000) in _fields(
        "Số lượt công dân tăng 18,6% (1.648/1.000 lượt).", "kind", "count", "base"
    )


def test_a_share_of_the_norm_and_a_count_over_the_norm() -> None:
    assert _rows("Lãnh đạo tiếp công dân định kỳ đạt tỷ lệ bình quân 38% so với quy định.") == [
        (None, None, 38, "đạt kế hoạch", None)
    ]
    assert _rows("Tỉnh Đồng Tháp tiếp nhiều hơn quy định 59 ngày.") == [
        (59, None, None, "thay đổi", "ngày")
    ]
    assert _rows("Kết nạp 131 đảng viên, vượt chỉ tiêu 9 đảng viên; ít hơn kế hoạch 3 lớp.") == [
        (131, None, None, "mức", "đảng viên"),
        (9, None, None, "thay đổi", "đảng viên"),
        (-3, None, None, "thay đổi", "lớp"),
    ]
    assert _rows("Huyện đạt và vượt kế hoạch 30 chỉ tiêu.") == [(30, None, None, "mức", "chỉ tiêu")]
    assert _rows("Tỷ lệ án bị hủy là 0,27%, thấp hơn quy định 1,23%.") == [
        (None, None, Decimal("0.27"), "mức", None),
        (Decimal("-1.23"), None, None, "thay đổi", "điểm %"),
    ]


def test_a_crop_season_of_the_reports_year_names_what_is_sown_not_the_period() -> None:
    assert _fields(
        "Trong 6 tháng đầu năm diện tích gieo trồng vụ đông xuân năm 2024 ước đạt 43.379 ha.",
        "count",
        "period",
    ) == [(43379, "6 tháng đầu năm 2024")]
    assert _fields("Lúa vụ mùa 2023 đạt 5.000 ha.", "count", "period") == [(5000, "năm 2023")]
    assert _fields(  # a season of two years: a span of its own
        "Vụ Đông Xuân 2023-2024 gieo trồng 5.000 ha.", "count", "period", "indicator"
    ) == [(5000, "từ năm 2023 đến năm 2024", "Vụ Đông Xuân 2023-2024 gieo trồng")]


def test_a_bracket_of_days_without_its_year_dates_the_figure() -> None:
    assert _fields(
        "Riêng trong 5 ngày nghỉ lễ (29/4-3/5), tỉnh đã đón 40.480 lượt khách.", "count", "period"
    ) == [(40480, "từ ngày 29/4/2024 đến ngày 3/5/2024")]


def test_a_period_closing_the_clause_without_its_year_is_the_reports_or_as_written() -> None:
    sentence = "Lượng khách lần đầu vượt mốc hơn 2 triệu lượt trong năm nay."
    assert _fields(sentence, "count", "period") == [(2000000, "năm 2024")]
    unknown = ReportSetting("Xã A", None, None, None)
    (figure,) = sentence_figures(sentence, "đoạn 1", unknown)
    assert (figure.period, figure.doubts[0]) == (
        "năm nay",
        "chưa rõ năm của kỳ / the period's year is not stated",
    )


def test_administrative_units_at_a_level_are_counted_in_the_place_that_has_them() -> None:
    assert _fields(
        "Tỉnh Kiên Giang có 15 đơn vị hành chính cấp huyện (gồm 12 huyện và 3 thành phố).",
        "count",
        "unit",
    ) == [(15, "Tỉnh Kiên Giang"), (12, "Tỉnh Kiên Giang"), (3, "Tỉnh Kiên Giang")]


def test_small_counts_the_lead_says_together_and_the_body_says_again_are_given_once(
    tmp_path: Path,
) -> None:
    assert _read_fields(
        tmp_path / "bao.txt",
        "Tính đến ngày 1/10/2025, bão số 10 đã khiến 5 người chết, 5 người mất tích. Ước tính "
        "thiệt hại ban đầu khoảng 2.750 tỉ đồng.\n\n"
        "Theo Sở Nông nghiệp và Môi trường, mưa lũ đã gây thiệt hại nghiêm trọng.\n\n"
        "Mưa lũ đã làm 5 người chết, 5 người mất tích, 9 người bị thương.\n\n"
        "Ước tính tổng thiệt hại ban đầu do bão số 10 gây ra khoảng 2.750 tỉ đồng.\n\n"
        "Xã B có 5 người chết.\n",  # one small count said alone: another place's, kept
        unit="Tỉnh Lào Cai",
        period="tháng 10/2025",
        names=("count", "measure"),
    ) == [(5, "người"), (5, "người"), (2750, "tỉ đồng"), (9, "người"), (5, "người")]


def test_a_photos_caption_saying_the_figures_again_gives_none_of_them(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "hoi-nghi.txt",
        "Năm 2025, tỉnh đã tổ chức 12 hội nghị xúc tiến, đón 35 đoàn khách quốc tế.\n\n"
        "Tỉnh tổ chức 12 hội nghị xúc tiến - Ảnh 1.\n\n"
        "Đón 35 đoàn khách quốc tế, ký 4 biên bản ghi nhớ (Ảnh: Nam An)\n",
        unit="Tỉnh Long An",
        period="năm 2025",
        names=("count", "measure"),
    ) == [(12, "hội nghị"), (35, "đoàn"), (4, "biên bản")]  # 4: only the caption says it


def test_a_stock_until_a_month_stands_at_the_months_end() -> None:
    assert _fields(
        "Đến tháng 5/2024, toàn tỉnh có 169/169 xã đạt chuẩn, 69 xã đạt chuẩn nâng cao.",
        "count",
        "period",
    ) == [(169, "ngày 31/5/2024"), (69, "ngày 31/5/2024")]
    assert _fields("Đến năm 2023, thu nhập đạt 39,49 triệu đồng.", "count", "period") == [
        (Decimal("39.49"), "năm 2023")  # a year: as written
    ]


def test_a_place_ranked_with_words_between_holds_its_figures() -> None:
    assert _fields(
        "Đứng thứ nhì số huy chương là TP Bảo Lộc với tổng cộng 96 HC, trong đó có 30 HC Vàng.",
        "count",
        "unit",
    ) == [(96, "TP Bảo Lộc"), (30, "TP Bảo Lộc")]


def test_the_year_a_plan_is_of_is_no_period_of_what_is_done_on_it() -> None:
    assert _fields(
        "Tính đến ngày 31/5/2024, tổng kế hoạch vốn năm 2024 đã giải ngân 1.226,629 tỷ đồng.",
        "count",
        "period",
    ) == [(Decimal("1226.629"), "ngày 31/5/2024")]
    assert _fields(  # the day a bracket says «tính đến»: the figure's
        "Thu ngân sách do tỉnh quản lý (tính đến ngày 20.6) đạt 10.300 tỉ đồng.", "count", "period"
    ) == [(10300, "ngày 20/6/2024")]
    assert _fields(  # a bracket that says when a span ends: the span's
        "Tính chung trong 5 tháng năm 2024 (đến ngày 15/5), toàn tỉnh xảy ra 12 vụ.",
        "count",
        "period",
    ) == [(12, "5 tháng năm 2024")]


def test_rates_the_lead_says_together_and_the_body_says_again_are_given_once(
    tmp_path: Path,
) -> None:
    assert _read_fields(
        tmp_path / "hai-cap.txt",
        "TPO - Sau 2 tháng vận hành, tỷ lệ hồ sơ giải quyết đúng hạn đạt 96,15%, mức độ hài lòng "
        "của người dân luôn trên 95%.\n\n"
        "Ông Xuân cho biết, tỉnh cung cấp 2.217 dịch vụ công trực tuyến. Tỷ lệ hồ sơ giải quyết "
        "đúng hạn đạt 96,15%, mức độ hài lòng của người dân luôn trên 95%.\n",
        unit="Tỉnh Lâm Đồng",
        period="tháng 9/2025",
        names=("count", "rate"),
    ) == [(None, Decimal("96.15")), (None, 95), (2217, None)]


def test_a_part_that_names_what_it_counts_is_measured_so(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "kiem-tra.txt",
        "Kiểm tra 266 lượt cơ sở (gồm 43 cơ sở karaoke, 53 hồ bơi, 33 sân bóng đá mini); có 60 "
        "đảng viên, trong đó 40 nam, 20 nữ.",
        unit="Huyện Tân Biên",
        period="năm 2023",
        names=("count", "measure", "confidence"),
    ) == [
        (266, "lượt", "cao"),
        (43, "cơ sở", "cao"),
        (53, "hồ bơi", "trung bình"),  # read from the words after it, and says so
        (33, "sân bóng", "trung bình"),
        (60, "đảng viên", "cao"),
        (40, "đảng viên", "cao"),  # which of the whole's: its measure
        (20, "đảng viên", "cao"),
    ]


def test_a_rate_named_by_what_it_measures_after_an_amount_is_its_own() -> None:
    assert _rows("Doanh thu ước đạt 31,209 tỷ đồng, công suất sử dụng phòng đạt 70%.") == [
        (Decimal("31.209"), None, None, "mức", "tỷ đồng"),
        (None, None, 70, "mức", None),
    ]


def test_a_place_merged_away_by_its_name_alone_and_a_place_after_a_clause_of_voi() -> None:
    assert _fields(
        "Tỉnh thu ngân sách gần 17.000 tỉ đồng; trong đó khu vực tỉnh Quảng Ngãi (cũ) đóng góp "
        "hơn 15.000 tỉ đồng, Kon Tum (cũ) gần 2.000 tỉ đồng.",
        "count",
        "unit",
    ) == [(17000, "Xã A"), (15000, "Tỉnh Quảng Ngãi (cũ)"), (2000, "Kon Tum (cũ)")]
    assert _fields(
        "Với tổng cộng 91 huy chương, trong đó có 38 HC Vàng, TP Đà Lạt đã dẫn đầu Đại hội.",
        "count",
        "unit",
    ) == [(91, "TP Đà Lạt"), (38, "TP Đà Lạt")]
    assert _fields("Với 15 xã đạt chuẩn, huyện đã hoàn thành nhiệm vụ.", "count", "unit") == [
        (15, "Xã A")  # no place named after it: the report's
    ]


def test_a_rank_written_in_words_among_the_country_names_its_subject_not_the_country() -> None:
    assert _fields(
        "Đà Nẵng xếp thứ ba cả nước về tốc độ tăng GRDP, quy mô nền kinh tế ước đạt 125.219 tỷ "
        "đồng.",
        "count",
        "unit",
    ) == [(125219, "Đà Nẵng")]


def test_the_countrys_border_gates_a_provinces_trade_passes_through_name_no_place() -> None:
    assert _fields(
        "Kim ngạch xuất khẩu của doanh nghiệp thành phố qua cửa khẩu cả nước đạt 10,1 tỉ USD.",
        "count",
        "unit",
    ) == [(Decimal("10.1"), "Xã A")]


def test_bare_names_a_ranking_a_bracket_or_a_line_of_brackets_gives_their_figures() -> None:
    assert _fields(
        "Đơn vị xếp thứ ba là Di Linh với 63 HC, trong đó có 23 HC Vàng.", "count", "unit"
    ) == [(63, "Di Linh"), (23, "Di Linh")]
    assert _fields("Xếp thứ 3 trong top 10 là Bắc Ninh với 445 điểm 10.", "count", "unit") == [
        (445, "Bắc Ninh")
    ]
    assert _fields(  # a body is no bare place
        "Đứng đầu là Sở Tư pháp với 120 hồ sơ.", "count", "unit"
    ) == [(120, "Xã A")]
    assert _fields(
        "Tỷ lệ này đưa tỉnh dẫn đầu cả nước, vượt Đà Nẵng (58,89%), Hà Giang (55,76%).",
        "rate",
        "unit",
    ) == [(Decimal("58.89"), "Đà Nẵng"), (Decimal("55.76"), "Hà Giang")]
    assert _fields(
        "Tỷ lệ hộ nghèo giảm xuống còn dưới 1% (Thanh An 0,3%, Thanh Lang 0,85%).", "rate", "unit"
    ) == [(1, "Xã A"), (Decimal("0.3"), "Thanh An"), (Decimal("0.85"), "Thanh Lang")]
    assert _fields(  # a bracket closed before the figure opens no list
        "Các xã khá như: Trực Ninh 14 tỷ đồng (Nguồn Thuế), Ý Yên 15 tỷ đồng.", "count", "unit"
    ) == [(14, "Trực Ninh"), (15, "Ý Yên")]


def test_a_list_of_ethnic_groups_counts_people_not_places() -> None:
    assert _fields(
        "Người có uy tín là 1.246 người, trong đó dân tộc Mông 548 người; Thái 537 người; Khơ Mú "
        "61 người.",
        "count",
        "unit",
        "indicator",
    )[1:] == [(548, "Xã A", "Người dân tộc Mông"), (537, "Xã A", "Người Thái"),
              (61, "Xã A", "Người Khơ Mú")]  # fmt: skip
    assert _fields("Gồm: Mường Nhé 12 hộ, Điện Biên Đông 15 hộ.", "count", "unit") == [
        (12, "Mường Nhé"),  # a place whose name opens like a people's
        (15, "Điện Biên Đông"),
    ]


def test_an_area_in_square_kilometres_written_with_its_superscript() -> None:
    assert _rows("Diện tích tự nhiên của tỉnh là 9.068,7km².") == [
        (Decimal("9068.7"), None, None, "mức", "km²")
    ]


def test_the_level_of_the_time_compared_with_said_after_la() -> None:
    assert _fields(
        "Phát hiện 189 trường hợp, giảm 123 trường hợp so với cùng kỳ năm 2023 là 312 trường hợp.",
        "count",
        "period",
    ) == [(189, "6 tháng đầu năm 2024"), (-123, "6 tháng đầu năm 2024"),
          (312, "6 tháng đầu năm 2023")]  # fmt: skip
    assert _fields("Thu 50 tỷ đồng, tăng 5 tỷ đồng so với năm 2023 là 45 tỷ đồng.", "count",
                   "period")[-1] == (45, "năm 2023")  # fmt: skip
    assert _fields(  # the change said before what it is compared with: the report's
        "Điểm trung bình tăng so với năm 2023 là 0,29 điểm.", "count", "kind", "period"
    ) == [(Decimal("0.29"), "thay đổi", "6 tháng đầu năm 2024")]


def test_a_rate_ahead_of_its_schedule_and_a_share_of_its_contract() -> None:
    assert _fields(
        "Gói thầu XL01 đạt 36,3% so với hợp đồng (nhanh 1,1% so với kế hoạch); gói thầu XL02 "
        "đạt 37,5% giá trị hợp đồng (chậm 3,2%).",
        "kind",
        "count",
        "rate",
        "measure",
    ) == [("đạt kế hoạch", None, Decimal("36.3"), None),
          ("thay đổi", Decimal("1.1"), None, "điểm %"),
          ("đạt kế hoạch", None, Decimal("37.5"), None),
          ("thay đổi", Decimal("-3.2"), None, "điểm %")]  # fmt: skip


def test_what_was_cut_then_by_how_much_and_a_level_after_a_decimal_comma() -> None:
    assert _fields(
        "Qua thẩm định đã cắt giảm giá trị dự toán khoảng 3,0% ở cấp huyện, khoảng 3,7% ở cấp "
        "tỉnh.",
        "kind",
        "count",
        "unit",
    ) == [("thay đổi", Decimal("-3.0"), "Cấp huyện"), ("thay đổi", Decimal("-3.7"), "Cấp tỉnh")]
    assert _fields("Đã cắt giảm thời gian xuống còn 5%.", "kind", "rate") == [("mức", 5)]


def test_the_call_up_of_the_reports_year_names_what_was_called_not_the_period() -> None:
    assert _fields(
        "Đã tuyển chọn và gọi công dân nhập ngũ năm 2024, bàn giao quân an toàn, đạt 100% chỉ "
        "tiêu; tổ chức đăng ký 428/428 công dân.",
        "period",
    ) == [("6 tháng đầu năm 2024",), ("6 tháng đầu năm 2024",)]
    assert _fields("Chuẩn bị tuyển quân năm 2025 với 120 thanh niên.", "period") == [
        ("năm 2025",)  # another year's call-up: its own
    ]


def test_a_rate_after_another_count_is_the_share_of_the_whole_counted_before() -> None:
    assert _fields(
        "Án nghiêm trọng xảy ra 65 vụ, điều tra làm rõ 63 vụ, 94 đối tượng, đạt tỷ lệ 96,9%.",
        "count",
        "rate",
    ) == [(65, None), (63, Decimal("96.9")), (94, None)]
    assert _fields(  # a rate named on its own after a «;»
        "Phát hiện 44.353 vụ; khám phá 37.679 vụ; bắt 76.658 đối tượng; tỷ lệ khám phá đạt 84,95%.",
        "count",
        "rate",
    )[-1] == (None, Decimal("84.95"))


def test_a_rate_over_its_target_gives_the_rate_alone() -> None:
    assert _fields("Tỷ lệ xã đạt chuẩn nông thôn mới 83,2%/50% tổng số xã.", "rate") == [
        (Decimal("83.2"),)
    ]


def test_numbers_in_a_path_or_a_place_named_by_a_date_are_no_figures() -> None:
    assert _fields(
        "Hội nghị diễn ra tại Hội trường 2-9 với 300 đại biểu, Quảng trường 3-2 có 20 gian hàng.",
        "count",
    ) == [(300,), (20,)]
    assert (
        _fields("Media/50_QuynhHoang/FolderFunc/202206/Images/4-20220602042545-e.jpg", "count")
        == []
    )
    assert _fields("Đường 30-4 dài 5 km, mở rộng 12 tuyến đường.", "count") == [(5,), (12,)]
    assert _fields("Lương thực bình quân ước đạt 500kg/người/năm.", "count") == [(500,)]


def test_a_pictures_caption_typed_without_marks_gives_no_figures(tmp_path: Path) -> None:
    text = (
        "Tỉnh ủy tổng kết 10 năm thực hiện Chỉ thị 05, khen thưởng 52.000 tấm gương.\n"
        "Vinh Long tong ket 10 nam thuc hien Chi thi so 05-CT/TW cua Bo Chinh tri hinh anh 1\n"
        "Trong đó có 1.747 mô hình hay.\n"
    )
    assert [f.count for f in _read(tmp_path / "vl.txt", text).figures] == [52000, 1747]


def test_a_period_bracketed_after_the_opening_subject_is_the_sentences() -> None:
    assert _fields(
        "Tỉnh Đắk Lắk (giai đoạn 2021 - 2025), dự kiến được phân bổ 5.590 tỷ đồng.", "period"
    ) == [("từ năm 2021 đến năm 2025",)]
    assert _fields(  # after a figure, a bracket is still an aside of its own
        "Tỉnh thu 50 tỷ đồng (năm 2023: 45 tỷ đồng), đạt 90%.", "count", "period"
    )[0] == (50, "6 tháng đầu năm 2024")


def test_thousands_of_billions_written_in_words() -> None:
    assert _fields(
        "Tỉnh được giao 7 nghìn 570 tỷ 186 triệu đồng; dư nợ đạt 107 nghìn 700 tỷ đồng.",
        "count",
        "measure",
    ) == [(7570186, "triệu đồng"), (107700, "tỷ đồng")]


def test_a_list_of_units_compared_with_their_plan_gives_shares_of_it() -> None:
    assert _fields(
        "Tỷ lệ kích hoạt tài khoản định danh điện tử rất thấp so với chỉ tiêu được giao như: "
        "Phú Ninh (12,1%), Núi Thành (16,01%).",
        "kind",
        "rate",
        "unit",
    ) == [("đạt kế hoạch", Decimal("12.1"), "Phú Ninh"),
          ("đạt kế hoạch", Decimal("16.01"), "Núi Thành")]  # fmt: skip


def test_a_place_ranked_by_its_order_listed_after_la_or_set_at_with_tai() -> None:
    assert _fields(
        "Tỉnh Quảng Ninh dẫn đầu đạt 90,61%; đứng thứ 2 tỉnh Thái Nguyên đạt 90,29%; thứ 3 tỉnh "
        "Hải Dương đạt 90,23%.",
        "unit",
    ) == [("Tỉnh Quảng Ninh",), ("Tỉnh Thái Nguyên",), ("Tỉnh Hải Dương",)]
    assert _fields(
        "Một số Đảng bộ kết nạp được nhiều đảng viên là thị xã Kinh Môn kết nạp 98 đảng viên.",
        "unit",
    ) == [("Thị xã Kinh Môn",)]
    assert _fields(
        "Hỗ trợ xây 202 nhà ở cho hộ nghèo tại huyện Đakrông với tổng số tiền hơn 6 tỷ đồng.",
        "count",
        "unit",
    ) == [(202, "Huyện Đakrông"), (6, "Huyện Đakrông")]
    assert _fields("Trao 45 nhà cho hộ nghèo xã Tân Lập.", "unit") == [("Xã A",)]  # given to


def test_quarters_spelled_qui() -> None:
    assert _fields("Quí I tăng 4,47%, quí II tăng 6,63%.", "period") == [
        ("quý I/2024",),
        ("quý II/2024",),
    ]


def test_a_changes_bracket_of_two_levels_measures_them_as_the_level_said_before() -> None:
    assert _fields(
        "Địa bàn tỉnh đã xảy ra 391 vụ vi phạm pháp luật, so với cùng kỳ năm 2023 giảm 43 "
        "(391/434).",
        "count",
        "measure",
    )[1:] == [(-43, "vụ"), (391, "vụ"), (434, "vụ")]


def test_a_lead_reviewing_a_year_and_launching_the_next_programme_reports_the_first(
    tmp_path: Path,
) -> None:
    assert _counts_and_periods(
        tmp_path / "tinh-doan.txt",
        "Thực hiện nhiều công trình thanh niên thiết thực\n"
        "Ngày 30/12, Tỉnh Đoàn tổ chức hội nghị tổng kết công tác Đoàn-Hội năm 2022, triển khai "
        "chương trình công tác Đoàn năm 2023.\n"
        "Toàn tỉnh kết nạp 13.244 đoàn viên.\n",
        unit="Tỉnh Đoàn",
    ) == [(13244, "năm 2022")]


def test_a_half_year_said_beside_a_meetings_term_takes_the_meetings_year(tmp_path: Path) -> None:
    # «nhiệm kỳ 2014- 2019» is the term of the committee that met, on 17/7/2017
    read = _read(
        tmp_path / "mat-tran.txt",
        'Vận động gần 40 tỷ đồng cho Quỹ "Vì người nghèo"\n'
        "Đó là số tiền đóng góp Quỹ tỉnh trong 6 tháng đầu năm, được báo cáo tại hội nghị "
        "UBMTTQ Việt Nam tỉnh lần thứ 9, nhiệm kỳ 2014- 2019, tổ chức ngày 17/7/2017.\n"
        "Trong 6 tháng đầu năm, toàn tỉnh có 32/94 xã được công nhận xã nông thôn mới.\n",
        unit="Tỉnh Vĩnh Long",
    )
    # the headline's round «gần 40 tỷ đồng», which the body does not give, is a figure
    assert [(f.count, f.base, f.measure, f.period) for f in read.figures] == [
        (40, None, "tỷ đồng", "6 tháng đầu năm 2017"),
        (32, 94, "xã", "6 tháng đầu năm 2017"),
    ]


def test_a_ratio_per_hundred_counts_what_is_before_its_slash() -> None:
    # «125 nữ/100 nam» counts women per hundred men: no target done over
    assert _rows("Tỷ lệ giới tính là 125 nữ/100 nam (năm 2008 là 128 nam/100 nữ).") == [
        (125, 100, None, "mức", "nữ"),
        (128, 100, None, "mức", "nam"),
    ]


def test_billions_and_millions_are_money_said_or_not() -> None:
    assert _fields(
        "Quỹ đã giải ngân 29 dự án, số tiền 6 tỷ 310 triệu cho 370 hộ vay.",
        "count",
        "measure",
        "indicator",
    ) == [
        (29, "dự án", "Dự án quỹ đã giải ngân"),
        (6310, "triệu đồng", "Số tiền cho"),
        (370, "hộ", "Hộ vay"),
    ]


def test_years_counted_back_with_a_leading_zero_are_the_same_span() -> None:
    assert _fields("07 năm qua, có 33.078 lượt hộ đạt danh hiệu.", "period") == [("7 năm qua",)]


def test_a_movement_named_by_its_counted_virtues_is_no_figure() -> None:
    assert _rows(
        "Toàn tỉnh có 56.538/84.735 hộ gia đình hội viên đạt 8 tiêu chí 5 không 3 sạch; có 12 "
        "chi hội đạt 3 sạch."
    ) == [(56538, 84735, None, "mức", "hộ"), (12, None, None, "mức", "chi hội")]
    assert _rows("Có 5 xã đạt, 3 xã không đạt.") == [
        (5, None, None, "mức", "xã"),
        (3, None, None, "mức", "xã"),
    ]


def test_the_year_works_are_signed_up_for_is_no_figures_period() -> None:
    assert _fields(
        "Dịp này, Đoàn xã ra mắt các công trình thanh niên đăng ký thực hiện năm 2025; trao Cờ "
        "thi đua cho 14 tập thể.",
        "count",
        "period",
    ) == [(14, "6 tháng đầu năm 2024")]


def test_cases_paired_with_their_accused_take_the_rate_after_them() -> None:
    assert _rows("Cơ quan điều tra đã giải quyết 4.975 vụ/6.755 bị can, đạt tỷ lệ 95,9%.") == [
        (4975, None, Decimal("95.9"), "mức", "vụ"),
        (6755, None, None, "mức", "bị can"),
    ]
    assert _rows("Kết nạp 866 lượt/964 lượt người, đạt 89%.") == [
        (866, 964, 89, "mức", "lượt"),  # one thing counted twice: a share
    ]


def test_a_count_added_with_a_plus_is_no_rise() -> None:
    assert _rows("Tòa án thụ lý mới 624 vụ việc + 89 vụ việc tháng trước chuyển sang.") == [
        (624, None, None, "mức", "vụ việc"),
        (89, None, None, "mức", "vụ việc"),
    ]
    assert _rows("Sản lượng tăng 1,59% (+5.173 tấn).")[1] == (5173, None, None, "thay đổi", "tấn")


def test_a_fraction_in_words_with_what_it_counts_said_twice() -> None:
    assert _fields(
        "Tòa án đã giải quyết 622 vụ, việc trong tổng số 698 vụ, việc các loại án thụ lý; đoàn "
        "kiểm tra phát hiện 52.000 cơ sở vi phạm trên tổng số 210.000 cơ sở được thanh tra.",
        "count",
        "base",
        "measure",
        "indicator",
    ) == [
        (622, 698, "vụ", "Tòa án đã giải quyết vụ, việc"),
        (52000, 210000, "cơ sở", "Đoàn kiểm tra phát hiện cơ sở vi phạm được thanh tra"),
    ]
    assert _fields("Có 12 xã đạt chuẩn trên tổng số 15 xã.", "count", "base", "indicator") == [
        (12, 15, "Xã đạt chuẩn")
    ]


def test_a_target_named_then_what_it_is_is_no_figure() -> None:
    assert (
        _rows(
            "Năm 2023, chỉ tiêu xuất khẩu lao động là 1.700 người; kế hoạch được Bộ Lao "
            "động-Thương binh và Xã hội đặt ra là đưa từ 125.000 lao động đi làm việc ở nước "
            "ngoài."
        )
        == []
    )
    assert _rows("Tỷ suất sinh thô không đạt chỉ tiêu kế hoạch Quốc hội thông qua là 0,3.") == []
    assert _rows("Số hộ thực hiện theo kế hoạch đã đạt là 450 hộ.") == [
        (450, None, None, "mức", "hộ")
    ]


def test_a_rates_gap_to_its_target_after_words_of_its_own_is_in_points() -> None:
    assert _rows(
        "Có 86 vụ án bị hủy, chiếm tỷ lệ 0,27% trên tổng số án giải quyết, thấp hơn quy định "
        "1,23%; tỷ lệ giải quyết xong đạt 48,49%, vượt tiến độ 11,99%; số người tham gia "
        "BHXH chiếm tỷ lệ 35,1% lực lượng lao động, thấp hơn chỉ tiêu UBND tỉnh giao 0,4%."
    ) == [
        (86, None, Decimal("0.27"), "mức", "vụ án"),
        (Decimal("-1.23"), None, None, "thay đổi", "điểm %"),
        (None, None, Decimal("48.49"), "mức", None),
        (Decimal("11.99"), None, None, "thay đổi", "điểm %"),
        (None, None, Decimal("35.1"), "mức", None),
        (Decimal("-0.4"), None, None, "thay đổi", "điểm %"),
    ]


def test_per_mille_typed_with_a_zero() -> None:
    assert _rows("Tỷ suất tăng dân số tự nhiên ở mức 8,8%0; tỷ lệ giảm sinh đạt 0,3%0.") == [
        (Decimal("8.8"), None, None, "mức", "‰"),
        (Decimal("0.3"), None, None, "mức", "‰"),
    ]


def test_a_list_of_places_after_nhu_takes_the_role_its_head_says() -> None:
    # counts too, the head naming what it counts: each item's fall
    assert _fields(
        "Một số địa phương giảm sâu số hộ nghèo là: Hiệp Hòa (gần 1,2 nghìn hộ); Sơn Động (982 "
        "hộ); Lục Nam (888 hộ).",
        "count",
        "kind",
        "unit",
    ) == [
        (-1200, "thay đổi", "Hiệp Hòa"),
        (-982, "thay đổi", "Sơn Động"),
        (-888, "thay đổi", "Lục Nam"),
    ]
    # each item rose by its rate, or reached its rate of the plan; none is the fraction's rate
    assert _fields(
        "Trong đó, 30/64 tỉnh có số trẻ sinh ra tăng so với cùng kỳ, đặc biệt một số tỉnh tăng "
        "cao như Cao Bằng 23%, Bạc Liêu 18%.",
        "count",
        "rate",
        "kind",
        "unit",
        "indicator",
    ) == [
        (30, None, "mức", "Xã A", "Tỉnh có số trẻ sinh ra tăng"),
        (23, None, "thay đổi", "Cao Bằng", "Đặc biệt một số tỉnh tăng cao như Cao Bằng"),
        (18, None, "thay đổi", "Bạc Liêu", "Bạc Liêu"),
    ]
    assert _fields(
        "Có 14/64 tỉnh đạt dưới 50% kế hoạch năm, như Hà Nam 18%, Vĩnh Phúc 26%.",
        "count",
        "rate",
        "kind",
        "unit",
    ) == [
        (14, None, "mức", "Xã A"),
        (None, 18, "đạt kế hoạch", "Hà Nam"),
        (None, 26, "đạt kế hoạch", "Vĩnh Phúc"),
    ]
    assert _fields(
        "Có 30/64 tỉnh có tỷ lệ cao, như Cao Bằng 95%, Bạc Liêu 93%.", "rate", "unit"
    ) == [
        (None, "Xã A"),
        (95, "Cao Bằng"),
        (93, "Bạc Liêu"),
    ]


def test_blocs_of_bodies_are_levels_and_a_levels_rate_keeps_the_rate_before() -> None:
    assert _fields(
        "Tỷ lệ số hóa hồ sơ tại các Bộ, ngành đạt 45,14%, tại các địa phương đạt 65,38%; cung "
        "cấp DVCTT toàn trình đạt tỷ lệ 55,5%, trong đó khối bộ đạt tỷ lệ 59,7%, khối tỉnh đạt "
        "tỷ lệ 55,4%.",
        "rate",
        "unit",
        "indicator",
    ) == [
        (Decimal("45.14"), "Các bộ, ngành", "Tỷ lệ số hóa hồ sơ"),
        (Decimal("65.38"), "Các địa phương", "Tỷ lệ số hóa hồ sơ"),
        (Decimal("55.5"), "Xã A", "Cung cấp DVCTT toàn trình"),
        (Decimal("59.7"), "Khối bộ", "Cung cấp DVCTT toàn trình"),
        (Decimal("55.4"), "Khối tỉnh", "Cung cấp DVCTT toàn trình"),
    ]
    assert _fields("Tỷ lệ hồ sơ đạt 55%, trong đó cấp huyện đạt 60%.", "unit", "indicator") == [
        ("Xã A", "Tỷ lệ hồ sơ"),
        ("Cấp huyện", "Tỷ lệ hồ sơ"),
    ]
    # given to places, not theirs: «cất 288 căn nhà tại các địa phương»
    assert _fields("Công ty cất 288 căn nhà tại các địa phương.", "unit") == [("Xã A",)]


def test_a_rates_gap_past_an_abbreviation_or_before_a_comma() -> None:
    assert _rows(
        "Số người tham gia BHXH chiếm tỷ lệ 35,1% lực lượng lao động (LLLĐ), thấp hơn 0,4% so với "
        "chỉ tiêu UBND tỉnh giao (35,5%)."
    )[1] == (Decimal("-0.4"), None, None, "thay đổi", "điểm %")
    assert _rows("Án bị hủy chiếm tỷ lệ 0,27%, thấp hơn quy định 1,23%, so cùng kỳ giảm 0,01%.")[
        1
    ] == (Decimal("-1.23"), None, None, "thay đổi", "điểm %")


def test_capital_added_to_projects_is_an_amount_registered() -> None:
    assert _rows(
        "Điều chỉnh tăng vốn cho 3 lượt dự án, với tổng vốn đăng ký tăng thêm 13,5 triệu USD; "
        "thu hút 31 lượt dự án tăng vốn với tổng vốn đầu tư cấp mới và tăng thêm 298,08 triệu USD."
    ) == [
        (3, None, None, "mức", "lượt"),
        (Decimal("13.5"), None, None, "mức", "triệu USD"),
        (31, None, None, "mức", "lượt"),
        (Decimal("298.08"), None, None, "mức", "triệu USD"),
    ]
    assert _rows("Số hộ tăng thêm 20 hộ.") == [(20, None, None, "thay đổi", "hộ")]


def test_a_rate_said_up_to_a_month_stands_at_its_last_day(tmp_path: Path) -> None:
    # a sentence opening «Đến tháng 5/2024» in a half-year report: the rate is at 31 May, not
    # over May
    read = _read(
        tmp_path / "cds.txt",
        "ĐẢNG ỦY XÃ A\nBÁO CÁO\nKết quả 6 tháng đầu năm 2024\nKết nạp 5 đảng viên.\n"
        "Đến tháng 5/2024, cung cấp dịch vụ công toàn trình đạt tỷ lệ 55,5%.\n"
        "Đến hết tháng 6/2024, tỷ lệ bao phủ BHYT đạt 93%.\n",
    )
    assert [(f.rate, f.period) for f in read.figures][1:] == [
        (Decimal("55.5"), "ngày 31/5/2024"),
        (93, "ngày 30/6/2024"),
    ]


def test_units_listed_under_a_share_of_the_plan_reach_shares_of_theirs() -> None:
    # «… đạt trên 50% chỉ tiêu được giao, bao gồm: …, đạt 50,98%»: each item's share of its plan
    assert _fields(
        "Trong đó có 3 đảng bộ kết nạp ĐV mới đạt trên 50% chỉ tiêu được giao, bao gồm: Đảng bộ "
        "Công an tỉnh kết nạp được 21 ĐV mới, đạt 105% chỉ tiêu được giao; Đảng bộ huyện Ninh "
        "Phước kết nạp 52 ĐV mới, đạt 50,98%; Đảng bộ Quân sự tỉnh kết nạp 5 ĐV mới, đạt 50%.",
        "count",
        "rate",
        "kind",
        "unit",
    ) == [
        (3, None, "mức", "Xã A"),
        (21, None, "mức", "Đảng bộ Công an tỉnh"),
        (None, 105, "đạt kế hoạch", "Đảng bộ Công an tỉnh"),
        (52, None, "mức", "Đảng bộ huyện Ninh Phước"),
        (None, Decimal("50.98"), "đạt kế hoạch", "Đảng bộ huyện Ninh Phước"),
        (5, None, "mức", "Đảng bộ Quân sự tỉnh"),
        (None, 50, "đạt kế hoạch", "Đảng bộ Quân sự tỉnh"),
    ]


def test_parts_listed_under_a_whole_aimed_at_are_aims_too() -> None:
    assert (
        _rows(
            "Trong vụ mùa, Công ty sẽ điều tiết cấp nước tưới cho 23.711,62 ha; trong đó, cây lúa "
            "13.186,31 ha; cây màu 7.961,31 ha."
        )
        == []
    )
    assert [r[:4] for r in _rows("Đã kết nạp 20 đảng viên; trong đó, 5 nữ.")] == [
        (20, None, None, "mức"),
        (5, 20, None, "phần"),
    ]


def test_higher_than_a_past_time_by_so_much_is_a_change() -> None:
    assert [
        r[:4]
        for r in _rows(
            "Dung tích hồ đạt 158,75 triệu m3, cao hơn cùng kỳ năm 2022 là 30,2%; hồ B đạt 107,25 "
            "triệu m3, thấp hơn cùng kỳ năm 2022 là 3,9%."
        )
    ] == [
        (Decimal("158.75"), None, None, "mức"),
        (Decimal("30.2"), None, None, "thay đổi"),
        (Decimal("107.25"), None, None, "mức"),
        (Decimal("-3.9"), None, None, "thay đổi"),
    ]


def test_all_ministries_and_places_together_are_no_level() -> None:
    assert _fields(
        "Các bộ, ngành, địa phương đã cung cấp 4.510 dịch vụ công trực tuyến.", "unit"
    ) == [("Xã A",)]


def test_two_years_of_an_event_are_a_span_of_years_not_a_term(tmp_path: Path) -> None:
    assert _counts_and_periods(
        tmp_path / "dai-hoi.txt",
        "Biên Hòa dẫn đầu bảng tổng sắp huy chương\n"
        "Sáng 29-10, sẽ diễn ra lễ bế mạc Đại hội TDTT tỉnh lần VII năm 2013-2014.\n"
        "Đơn vị TP. Biên Hòa giành 63 huy chương vàng.\n",
        unit="Tỉnh Đồng Nai",
    ) == [(63, "từ năm 2013 đến năm 2014")]


def test_the_year_items_are_carried_over_from_is_not_the_reports(tmp_path: Path) -> None:
    assert _counts_and_periods(
        tmp_path / "thanh-tra.txt",
        "Phát hiện sai phạm qua thanh tra\n"
        "Thanh tra tỉnh cho biết, năm 2022, toàn ngành tiếp tục thực hiện 19 cuộc thanh tra "
        "hành chính năm 2021 chuyển sang và thực hiện 51 cuộc thanh tra đột xuất.\n",
        unit="Thanh tra tỉnh",
    ) == [(19, "năm 2022"), (51, "năm 2022")]


def test_a_years_capital_plan_and_what_was_paid_out_of_it() -> None:
    # the plan's year, four words after «kế hoạch», is no period of what was paid out; the plan
    # itself is no figure
    assert _fields(
        "Kế hoạch vốn ngân sách nhà nước năm 2024 là 433,3 tỷ đồng, đến nay đã giải ngân 94 tỷ "
        "đồng.",
        "count",
        "period",
    ) == [(94, "ngày 30/6/2024")]


def test_labelled_items_under_a_lists_head_count_what_it_names() -> None:
    # «các vi phạm: A: 15 (20,2%); B: 12 (16,2%)»; «dân số» is no «số» naming a unit
    assert _rows(
        "Phần lớn tập trung vào các vi phạm: những điều đảng viên không được làm: 15 (20,2%); "
        "chính sách dân số kế hoạch hóa gia đình: 12 (16,2%); tham nhũng: 5 (6,8%)."
    ) == [
        (15, None, Decimal("20.2"), "mức", "vi phạm"),
        (12, None, Decimal("16.2"), "mức", "vi phạm"),
        (5, None, Decimal("6.8"), "mức", "vi phạm"),
    ]


def test_months_of_a_year_said_with_cua_are_the_figures_period() -> None:
    assert _fields(
        "Trong 8 tháng của năm 2024, trên địa bàn tỉnh xảy ra 7 vụ cháy rừng.", "count", "period"
    ) == [(7, "8 tháng năm 2024")]


def test_a_bound_a_class_of_units_lies_within_is_no_figure() -> None:
    assert (
        _rows(
            "Các tỉnh thành còn lại đạt tỷ lệ dưới 50%, trong khi TP HCM, Hà Nội thuộc nhóm thấp "
            "nhất, dưới 10%."
        )
        == []
    )
    assert _rows("Các xã đạt tỷ lệ trên 95% hộ dùng nước sạch.")[0][2] == 95


def test_a_school_term_and_how_often_an_event_is_held_are_no_figures() -> None:
    assert _rows(
        "Đại hội được tổ chức 4 năm 1 lần; tính đến hết học kỳ 1, toàn tỉnh có 374 cơ sở giáo dục."
    ) == [(374, None, None, "mức", "cơ sở")]


def test_a_bound_what_a_count_counts_has_is_no_figure_past_another_list_item() -> None:
    assert _rows(
        "Nguyên do có 11 bộ, cơ quan trung ương và 33 địa phương có tỉ lệ giải ngân đạt từ 40%."
    ) == [(11, None, None, "mức", "bộ"), (33, None, None, "mức", "địa phương")]


def test_a_rate_over_the_target_set_by_so_much_is_a_gap_in_points() -> None:
    assert _rows("Đã giải quyết 874 vụ, đạt tỷ lệ 99,3%, vượt chỉ tiêu đề ra 4,3%.") == [
        (874, None, Decimal("99.3"), "mức", "vụ"),
        (Decimal("4.3"), None, None, "thay đổi", "điểm %"),
    ]
    assert _rows("Phấn đấu đạt chỉ tiêu đề ra 95%.") == []


def test_a_body_named_by_number_a_named_days_date_and_plans_ahead_are_no_figures() -> None:
    assert _rows("Ban Chỉ đạo 389 tỉnh đã kiểm tra 124 vụ.") == [(124, None, None, "mức", "vụ")]
    assert _rows("Hưởng ứng Ngày Dân số Việt Nam (26-12), xã ra quân 12 đợt.") == [
        (12, None, None, "mức", "đợt")
    ]
    # a forecast for the year's end, and a year's plan set out, not what was done
    assert _rows("Tỷ lệ này đã đạt 33,3%, dự kiến cuối năm 2024 đạt 70%.") == [
        (None, None, Decimal("33.3"), "mức", None)
    ]
    assert _rows("Theo kế hoạch năm 2024, xã trồng mới 91 ha rừng; chăm sóc 280 ha rừng.") == []
    assert _rows("Theo kế hoạch năm 2024, đến nay xã đã trồng 50 ha rừng.") == [
        (50, None, None, "mức", "ha")
    ]
    # a plan the place has, and the estimate it was handed; what was done beside them counts
    assert _rows("Xã có kế hoạch trồng mới 97 ha rừng, thời gian qua đã trồng 57 ha.") == [
        (57, None, None, "mức", "ha")
    ]
    assert _rows("HĐND xã giao dự toán thu từ tiền sử dụng đất là 1.000 triệu đồng.") == []
    assert _rows("Thực hiện dự toán thu ngân sách là 900 triệu đồng.") == [
        (900, None, None, "mức", "triệu đồng")
    ]
    # a military unit's number; a few things named before, counted again
    assert _rows("Giao quân cho Sư đoàn 324 là 400 người, Trung đoàn 6 là 52 người.") == [
        (400, None, None, "mức", "người"),
        (52, None, None, "mức", "người"),
    ]
    assert _rows("Hiện tại, 2 sản phẩm này đang được mở rộng; 12 hộ này đã thoát nghèo.") == [
        (12, None, None, "mức", "hộ")
    ]


def test_a_percentage_bracketed_after_what_a_change_is_compared_with_is_by_how_much() -> None:
    assert _fields(
        "Trong quý I, giá trị sản xuất tăng khá so với cùng kỳ năm 2023 (12,25%).",
        "count",
        "kind",
        "measure",
        "period",
    ) == [(Decimal("12.25"), "thay đổi", "%", "quý I/2024")]
    # the rate then, when the clause has its own rate before
    assert _fields("Tỷ lệ đạt 90%, tăng so với năm 2023 (84,74%).", "rate", "kind", "period") == [
        (90, "mức", "6 tháng đầu năm 2024"),
        (Decimal("84.74"), "mức", "năm 2023"),
    ]


def test_a_change_after_a_rate_named_or_a_share_called_a_rate_is_in_points() -> None:
    assert _fields(
        "Có 86 vụ án bị hủy, chiếm 0,27%, thấp hơn quy định 1,23%, so cùng kỳ tỷ lệ án bị hủy "
        "giảm 0,01%.",
        "count",
        "measure",
    )[-1] == (Decimal("-0.01"), "điểm %")
    assert _fields(
        "Con thứ 3 trở lên 57 trẻ, chiếm tỷ lệ 14,1% tăng 0,9% so với cùng kỳ.", "count", "measure"
    )[-1] == (Decimal("0.9"), "điểm %")
    # a count's share, then the count's own change
    assert _fields(
        "Thu ngân sách 890 tỷ đồng, chiếm 82,7%, tăng 12% so với cùng kỳ.", "count", "measure"
    )[-1] == (12, "%")


def test_shares_of_two_plans_then_of_last_year_and_cases_paired_with_their_people() -> None:
    assert _fields(
        "Thu ngân sách được 6.481 triệu đồng, đạt 51,2% dự toán huyện giao, 46,1% dự toán HĐND "
        "xã giao và 92,6% so với cùng kỳ năm 2023.",
        "rate",
        "kind",
    ) == [
        (None, "mức"),
        (Decimal("51.2"), "đạt kế hoạch"),
        (Decimal("46.1"), "đạt kế hoạch"),
        (Decimal("92.6"), "so với cùng kỳ"),
    ]
    assert _fields("Thuế thu từ đất tiếp tục tăng, bằng 140% so với cùng kỳ.", "rate", "kind") == [
        (140, "so với cùng kỳ")
    ]
    # the rate after cases and their people, a comma between, is the cases'
    assert _fields(
        "Đã điều tra, khám phá 186 vụ, 477 đối tượng phạm tội hình sự (đạt 87,3%).",
        "count",
        "rate",
    ) == [(186, Decimal("87.3")), (477, None)]
    # an aim set out, and every figure of its sentence
    assert _rows("Mục tiêu đến năm 2025, có 100% xã phân loại rác; 99% rác được thu gom.") == []


def test_a_pdfs_oi_for_u_horn_a_count_ranked_and_a_fraction_of_the_count_aimed_at(
    tmp_path: Path,
) -> None:
    # «ƣ» (Latin «oi», from a PDF's text) reads as «ư»: «đƣợc xếp hạng» is «được xếp hạng»,
    # and «xếp hạng 235 cơ sở» counts what was ranked
    read = _read(
        tmp_path / "ton-giao.txt",
        "Số cơ sở tín ngƣỡng đã đƣợc xếp hạng 235 cơ sở, chiếm 24,7%.\n",
        unit="Tỉnh X",
        period="năm 2021",
    )
    assert [(f.count, f.rate, f.measure) for f in read.figures] == [(235, Decimal("24.7"), "cơ sở")]
    assert "tín ngưỡng đã được xếp hạng" in read.figures[0].sentence
    # a program set out for 5, then 4 of the 5 done: what it aimed at, and done over it
    assert _fields(
        "BTV Đảng ủy đề ra chương trình kiểm tra đối với 5 tổ chức đảng, đã kiểm tra và ra "
        "thông báo kết luận 4/5 tổ chức đảng.",
        "count",
        "base",
        "kind",
    ) == [(4, None, "mức"), (4, 5, "đạt kế hoạch")]


def test_a_list_item_may_open_with_thanh_pho_and_a_list_of_events_names_no_places() -> None:
    assert _fields(
        "Các địa phương giảm đạt kế hoạch giao như: Thành phố Phan Rang-Tháp Chàm đạt 100% "
        "(giảm 0,28%), Thuận Bắc đạt 103%.",
        "rate",
        "unit",
    )[-1] == (103, "Thuận Bắc")
    assert _fields(
        "Nhiều chương trình, lễ hội đã thu hút khán giả, như: Lễ hội Bia (khoảng 9.000 khán "
        "giả), chương trình Âm nhạc Trịnh Công Sơn (khoảng 6.000 lượt người).",
        "count",
        "unit",
    ) == [(9000, "Xã A"), (6000, "Xã A")]


def test_a_national_programmes_name_sets_no_target_and_tieu_bieu_is_no_tables_number() -> None:
    # «Chương trình mục tiêu quốc gia … là 2.372 căn» names a programme, sets no target
    assert _rows("Số nhà hỗ trợ theo Chương trình mục tiêu quốc gia giảm nghèo là 2.372 căn.") == [
        (2372, None, None, "mức", "căn")
    ]
    # «tiêu biểu» before a count is no table's number («Biểu 2»)
    assert _rows("Tặng quà gia đình có công tiêu biểu 13.786 đối tượng.") == [
        (13786, None, None, "mức", "đối tượng")
    ]


def test_a_news_items_dateline_is_no_figure() -> None:
    assert _rows("19-10, Hội LHPN xã A đã tổ chức gặp mặt 120 hội viên.") == [
        (120, None, None, "mức", "hội viên")
    ]


def test_a_programmes_part_by_its_number_a_bound_by_its_sign_and_a_lump_sum_are_no_figures() -> (
    None
):
    # «Dự án 1», «Tiểu dự án 2», «xã vùng 3»: what they are called; «dự án 120 tỷ đồng» is money
    assert _rows(
        "Riêng thực hiện Dự án 1, toàn tỉnh đã hỗ trợ 120 hộ; Tiểu dự án 2 giải ngân 12 tỷ đồng; "
        "tổng vốn dự án 300 tỷ đồng."
    ) == [
        (120, None, None, "mức", "hộ"),
        (12, None, None, "mức", "tỷ đồng"),
        (300, None, None, "mức", "tỷ đồng"),
    ]
    assert _rows("Tân Nguyên là xã vùng 3 của huyện Yên Bình, có 1.340 hộ.") == [
        (1340, None, None, "mức", "hộ")
    ]
    # «≥ 95%», «≤ 5 ngày»: the bound a criterion sets, as criteria write it
    assert _rows(
        "Xã đạt tiêu chí khi tỷ lệ hộ dùng điện an toàn ≥ 95%; thời gian giải quyết ≤ 5 ngày; "
        "đã giải quyết 120 hồ sơ."
    ) == [(120, None, None, "mức", "hồ sơ")]
    # «trợ cấp 1 lần», «hưởng BHXH 1 lần»: a lump sum, not once
    assert _rows("Chi trả 9 tỷ đồng trợ cấp 1 lần; 1.200 người hưởng BHXH 1 lần.") == [
        (9, None, None, "mức", "tỷ đồng"),
        (1200, None, None, "mức", "người"),
    ]
    assert _rows("Đoàn đã kiểm tra 2 lần tại 12 cơ sở.") == [
        (2, None, None, "mức", "lần"),
        (12, None, None, "mức", "cơ sở"),
    ]


def test_a_round_up_of_election_committees_gives_each_province_its_figures(tmp_path: Path) -> None:
    # «Chiều 26-5,» says when; «Ủy ban Bầu cử tỉnh …» is the body a province stands behind
    read = _read(
        tmp_path / "bau-cu.txt",
        "Các địa phương công bố những người trúng cử đại biểu HĐND tỉnh\n\n"
        "Chiều 26-5, Ủy ban Bầu cử (UBBC) tỉnh Đác Lắc đã công bố danh sách 85 người trúng "
        "cử.\n\n"
        "* Ngày 26-5, Ủy ban Bầu cử tỉnh Nghệ An công bố danh sách 91 đại biểu trúng cử.\n",
        unit="Báo Nhân Dân",
        period="năm 2016",
    )
    assert [(f.count, f.unit) for f in read.figures] == [
        (85, "Tỉnh Đác Lắc"),
        (91, "Tỉnh Nghệ An"),
    ]


def test_an_item_past_a_semicolon_named_bare_is_its_own_place_of_the_first_s_kind() -> None:
    assert _fields(
        "Trong đó xã Cà Ná được lắp đặt 10 cụm; Phước Diêm 11 cụm; Nhị Hà 6 cụm và Phước Hà 4 cụm.",
        "count",
        "unit",
    ) == [(10, "Xã Cà Ná"), (11, "Xã Phước Diêm"), (6, "Xã Nhị Hà"), (4, "Xã Phước Hà")]


def test_a_sentence_opening_on_a_whole_of_people_splits_it_by_kind() -> None:
    # «người» holds people of every kind: «66 đại biểu» of «105 người ứng cử»
    assert _rows("Trong số 105 người ứng cử, các cử tri đã bầu ra được 66 đại biểu.") == [
        (105, None, None, "mức", "người"),
        (66, 105, None, "phần", "đại biểu"),
    ]
    # a few words may come first; «trong đó» opens a whole of its own
    assert _rows("Về cơ cấu, thành phần trúng cử, trong 6 đại biểu trúng cử có 2 đại biểu nữ.") == [
        (6, None, None, "mức", "đại biểu"),
        (2, 6, None, "phần", "đại biểu"),
    ]
    assert [
        (f.count, f.base)
        for f in sentence_figures(
            "Trong tổng số 141 người ứng cử đã có 85 người trúng cử, trong đó có 19 nữ.",
            "đoạn 1",
            HALF,
        )
    ] == [(141, None), (85, 141), (19, 85)]


def test_a_sentence_opening_trong_so_and_a_number_is_no_part_of_the_whole_before(
    tmp_path: Path,
) -> None:
    assert _read_fields(
        tmp_path / "cu-tri.txt",
        "UBBC TỈNH A\nBÁO CÁO\nKết quả bầu cử năm 2021\n"
        "Tổng số cử tri đã bỏ phiếu là 931.813/934.863 người, đạt tỷ lệ 99,67%. Trong đó, có "
        "919.099 phiếu hợp lệ. Trong số 105 người ứng cử, cử tri đã bầu ra 66 đại biểu.\n",
        unit="Tỉnh A",
        period="năm 2021",
        names=("count", "base"),
    ) == [(931813, 934863), (919099, None), (105, None), (66, 105)]


def test_a_weeks_number_a_meeting_room_a_constituency_a_one_stop_and_a_class_bound() -> None:
    assert _rows("Trong tuần 43/2022 cả nước ghi nhận 9.441 trường hợp mắc.") == [
        (9441, None, None, "mức", "trường hợp")
    ]
    assert _rows("Tại phòng họp số 1, Thường trực HĐND phường giám sát 5 đơn vị.") == [
        (5, None, None, "mức", "đơn vị")
    ]
    assert _rows("Đồng chí A ứng cử tại đơn vị bầu cử số 11 đạt 99,26% phiếu bầu.")[0][:3] == (
        None,
        None,
        Decimal("99.26"),
    )
    assert _rows("Thực hiện cơ chế 1 cửa, một cửa liên thông tại 12 cơ sở.") == [
        (12, None, None, "mức", "cơ sở")
    ]
    assert _rows("Số vụ ngộ độc nhỏ (<30 người mắc/vụ) là 100 vụ.") == [
        (100, None, None, "mức", "vụ")
    ]


def test_a_fractions_label_names_what_it_counts_and_a_months_figure_keeps_its_subject() -> None:
    # «số nhiệm vụ …: 87/186»: the label before the colon says what the fraction counts
    assert _fields(
        "Tình hình thực hiện như sau: số nhiệm vụ đã hoàn thành: 87/186 (đạt 46,77%); số nhiệm "
        "vụ đang tiếp tục triển khai thực hiện: 99/186 (chiếm 53,23%).",
        "count",
        "base",
        "measure",
    ) == [(87, 186, "nhiệm vụ"), (99, 186, "nhiệm vụ")]
    # «tháng 5/2023» between the subject and its verb keeps the subject in the phrase
    assert _fields(
        "Tốc độ băng rộng cố định tháng 5/2023 đạt 93,31 Mbps.", "count", "measure", "indicator"
    ) == [(Decimal("93.31"), "Mbps", "Tốc độ băng rộng cố định tháng 5/2023")]


def test_a_level_by_line_and_no_level_in_tro_cap_xa_hoi() -> None:
    # «tuyến huyện», «tuyến xã»: the levels inspection teams are sent from
    assert _fields(
        "Năm 2023 thành lập 310 đoàn kiểm tra, trong đó 29 đoàn tuyến huyện, 281 đoàn tuyến xã.",
        "count",
        "unit",
    ) == [(310, "Xã A"), (29, "Tuyến huyện"), (281, "Tuyến xã")]
    # «trợ cấp xã hội» is no «cấp xã»; «hằng tháng» stays whole in the phrase
    assert _fields(
        "Có 1.379 NCT được hưởng trợ cấp xã hội hằng tháng.", "count", "unit", "indicator"
    ) == [(1379, "Xã A", "NCT được hưởng trợ cấp xã hội hằng tháng")]


def test_a_plan_the_clause_says_was_carried_out_sets_no_aim() -> None:
    sentence = (
        "Hội đã xây dựng các chương trình, kế hoạch triển khai nhiệm vụ đạt nhiều hiệu quả "
        "tích cực như: giúp đỡ 229 gia đình hội viên nghèo; tổ chức 267 lớp tập huấn."
    )
    assert _fields(sentence, "count") == [(229,), (267,)]
    assert _fields("Hội có kế hoạch tổ chức 12 lớp tập huấn trong quý tới.", "count") == []


def test_a_seasons_ratio_to_last_year_and_the_regions_of_a_national_crop_report() -> None:
    # «bằng 98,7% vụ mùa năm trước»: the same season a year before
    assert _rows("Vụ lúa mùa cả nước gieo cấy được 1.689,7 nghìn ha, bằng 98,7% vụ mùa năm trước.")[
        1
    ] == (None, None, Decimal("98.7"), "so với cùng kỳ", None)
    # each region's «bằng X%» after the country's «bằng Y% cùng kỳ năm trước» is to last year
    # too, and the region is the figure's place
    assert _fields(
        "Diện tích lúa đông xuân cả nước đạt 3.123,9 nghìn ha, bằng 100,7% cùng kỳ năm trước, "
        "trong đó các địa phương phía Bắc đạt 1.117,1 nghìn ha, bằng 99,1%; các địa phương phía "
        "Nam đạt 2.006,8 nghìn ha, bằng 101,6%.",
        "rate",
        "kind",
        "unit",
    )[3:] == [
        (Decimal("99.1"), "so với cùng kỳ", "Các địa phương phía Bắc"),
        (None, "phần", "Các địa phương phía Nam"),
        (Decimal("101.6"), "so với cùng kỳ", "Các địa phương phía Nam"),
    ]
    # a yield is no part of the country's yield
    assert _rows(
        "Năng suất lúa cả nước đạt 65,7 tạ/ha, trong đó các địa phương phía Bắc đạt 63,5 tạ/ha."
    ) == [
        (Decimal("65.7"), None, None, "mức", "tạ/ha"),
        (Decimal("63.5"), None, None, "mức", "tạ/ha"),
    ]


def test_a_share_of_what_it_names_a_shares_change_and_a_ratio_to_the_plan_in_times() -> None:
    # «đạt 55,2% so với dung tích thiết kế»: the share of what it names, no plan
    assert _rows(
        "Dung tích các hồ còn lại là 107,25 triệu m3, đạt 55,2% so với dung tích thiết kế."
    )[-1] == (Decimal("107.25"), None, Decimal("55.2"), "mức", "triệu m3")
    assert _rows("Dung tích 21 hồ còn lại là 107,25 triệu m3 đạt 55,2% dung tích thiết kế.")[
        -1
    ] == (
        Decimal("107.25"),
        None,
        Decimal("55.2"),
        "mức",
        "triệu m3",
    )
    # «(chiếm tỷ lệ 28%, so với năm 2016 tăng 4,48%)»: the share's change, in points, with the
    # phrase of the count it is a share of
    assert _fields(
        "Có 14 cơ sở đảng đạt trong sạch vững mạnh (chiếm tỷ lệ 28%, so với năm 2016 tăng 4,48%).",
        "count",
        "measure",
        "indicator",
    )[-1] == (Decimal("4.48"), "điểm %", "Cơ sở đảng đạt trong sạch vững mạnh")
    # «gấp 11 lần chỉ tiêu đề ra»: 1.100% of the plan, not of last year
    assert _rows("Hội đã trợ giúp 1.160.276 lượt người, gấp 11 lần chỉ tiêu đề ra.")[-1] == (
        None,
        None,
        Decimal("1100"),
        "đạt kế hoạch",
        None,
    )
    # a change names what it counts after it: «giảm 34 người chết (giảm 6,65%)»
    assert _fields(
        "So với cùng kỳ năm trước giảm 99 vụ (giảm 9,75%), giảm 34 người chết (giảm 6,65%).",
        "indicator",
    )[2:] == [("Người chết",), ("Người chết",)]


def test_dut_diem_is_no_articles_point_a_games_edition_is_no_count_and_sessions_are_counted() -> (
    None
):
    # «dứt điểm 45 kiến nghị»: «điểm» closes a word here, no article's point («điểm 3 khoản 2»)
    assert _rows("UBND đã giải quyết dứt điểm 45 kiến nghị (chiếm tỷ lệ 39,1%).") == [
        (45, None, Decimal("39.1"), "mức", "kiến nghị")
    ]
    assert _rows("Tỉnh đã thí điểm 5 mô hình theo điểm 3 khoản 2 Điều 12.") == [
        (5, None, None, "mức", "mô hình")
    ]
    # «Asiad 19», «SEA Games 32»: the games' edition
    assert _rows("Tại Asiad 19, đoàn đóng góp 61 VĐV; ở SEA Games 32 giành 12 huy chương.") == [
        (61, None, None, "mức", "VĐV"),
        (12, None, None, "mức", "huy chương"),
    ]
    assert _rows("HĐND huyện tổ chức 12 kỳ họp, gồm 10 kỳ họp thường lệ.") == [
        (12, None, None, "mức", "kỳ họp"),
        (10, 12, None, "phần", "kỳ họp"),
    ]


def test_a_plan_for_the_next_season_and_a_harvests_estimate_against_last_season(
    tmp_path: Path,
) -> None:
    # «dự kiến sản xuất …», «… dự kiến là …»: a plan; «dự kiến đạt …»: this harvest's estimate
    assert _rows("Vụ Đông năm 2023, toàn tỉnh dự kiến sản xuất trên 4.300 ha.") == []
    assert _rows("Tổng diện tích sản xuất dự kiến là 20.200 ha; trong đó lúa 9.800 ha.") == []
    # «thấp hơn vụ đông xuân năm trước gần 70.850 tấn (gần 45%)»: a change and its per cent
    assert _rows(
        "Sản lượng dự kiến đạt khoảng 87.400 tấn, thấp hơn vụ đông xuân năm trước gần 70.850 "
        "tấn (gần 45%)."
    ) == [
        (87400, None, None, "mức", "tấn"),
        (-70850, None, None, "thay đổi", "tấn"),
        (-45, None, None, "thay đổi", "%"),
    ]
    # what a change is «cao hơn» is no period of it
    assert _counts_and_periods(
        tmp_path / "sinh.txt",
        "UBND XÃ A\nBÁO CÁO\nCông tác dân số năm 2012\n"
        "Tỷ suất sinh thô là 15,2 phần nghìn, tăng cao hơn năm 2011 1,43 phần nghìn.\n",
        unit="Xã A",
        period="năm 2012",
    ) == [(Decimal("15.2"), "năm 2012"), (Decimal("1.43"), "năm 2012")]


def test_a_list_of_places_may_open_after_trong_do() -> None:
    assert _fields(
        "Sản lượng cá tra đạt 127.700 tấn, tăng 6,3% so với cùng kỳ năm trước, trong đó Đồng "
        "Tháp đạt 44.500 tấn, tăng 5,3%; An Giang đạt 38.700 tấn, tăng 10,1%.",
        "count",
        "unit",
    )[2:] == [
        (44500, "Đồng Tháp"),
        (Decimal("5.3"), "Đồng Tháp"),
        (38700, "An Giang"),
        (Decimal("10.1"), "An Giang"),
    ]
    # one name is no list: «trong đó Trung ương 30 tỷ đồng, ngân sách tỉnh 50 tỷ đồng»
    assert _fields(
        "Tổng vốn 80 tỷ đồng, trong đó Trung ương 30 tỷ đồng, ngân sách tỉnh 50 tỷ đồng.", "unit"
    ) == [("Xã A",), ("Xã A",), ("Xã A",)]


def test_a_score_candidates_reached_an_average_stay_and_a_whole_after_a_dated_phrase() -> None:
    # «13 thí sinh đạt 9,5 điểm môn Ngữ văn»: how many, at that score; the score is no figure
    assert _rows(
        "Có 13 thí sinh đạt 9,5 điểm môn Ngữ văn; điểm trung bình môn Toán đạt 7,4 điểm."
    ) == [
        (13, None, None, "mức", "thí sinh"),
        (Decimal("7.4"), None, None, "mức", "điểm"),
    ]
    # an average stay in days is a figure, as is its change; «trong 2 ngày» is how long
    assert _rows("Ngày điều trị trung bình là 6,20 ngày, giảm 0,03 ngày so cùng kỳ.") == [
        (Decimal("6.2"), None, None, "mức", "ngày"),
        (Decimal("-0.03"), None, None, "thay đổi", "ngày"),
    ]
    assert _rows("Trong 2 ngày, đoàn đã kiểm tra 5 cơ sở; bình quân 5 năm gần đây tăng 12%.")[
        0
    ] == (
        5,
        None,
        None,
        "mức",
        "cơ sở",
    )
    # a phrase of a dated event may come before the whole a sentence opens on
    assert _rows(
        "Kỳ thi tốt nghiệp THPT năm 2022, trong số 3.676 thí sinh đăng ký thì có 3.671 thí sinh "
        "đủ điều kiện dự thi."
    ) == [(3676, None, None, "mức", "thí sinh"), (3671, 3676, None, "phần", "thí sinh")]


def test_places_merged_are_no_count_and_a_change_in_absolute_terms_is_a_change() -> None:
    assert (
        _rows("Xã Yên Trị được thành lập trên cơ sở sáp nhập 4 xã Yên Trị, Đoàn Kết, Hữu Lợi.")
        == []
    )
    assert _rows("Nhân dân 3 xã trước sáp nhập đã đạt 24/29 chỉ tiêu.") == [
        (24, 29, None, "mức", "chỉ tiêu")
    ]
    # those merged, not named, are counted: how many
    assert _rows("Giai đoạn 2016-2021: sáp nhập 143 xã để thành lập 67 xã.") == [
        (143, None, None, "mức", "xã"),
        (67, None, None, "mức", "xã"),
    ]
    # «giảm về số tuyệt đối 428 triệu đồng, giảm về số tương đối 0,03%»
    assert _rows(
        "So với đầu năm, nợ quá hạn giảm về số tuyệt đối 428 triệu đồng, giảm về số tương "
        "đối 0,03%."
    ) == [
        (-428, None, None, "thay đổi", "triệu đồng"),
        (Decimal("-0.03"), None, None, "thay đổi", "%"),
    ]


def test_many_among_many_is_a_fraction_and_a_whole_may_be_approximate() -> None:
    # «là 660 trong 1.000 văn bản»: a fraction; «là 1 trong 28 tập thể» one among them
    assert _rows("Riêng Nghệ An là 660 trong 1.000 văn bản được kiểm tra có sai phạm.") == [
        (660, 1000, None, "mức", "văn bản")
    ]
    assert _rows("Xã A là 1 trong 28 tập thể được khen thưởng.") == [
        (28, None, None, "mức", "tập thể")
    ]
    # «Trong hơn 35.800 văn bản …, … phát hiện hơn 4.300 văn bản …»: a part of it
    assert _rows(
        "Trong hơn 35.800 văn bản tiếp nhận, Bộ Tư pháp đã phát hiện hơn 4.300 văn bản sai luật."
    ) == [(35800, None, None, "mức", "văn bản"), (4300, 35800, None, "phần", "văn bản")]


def test_a_series_of_years_after_each_figure_and_a_comparison_clause_keeps_the_months() -> None:
    period = ReportSetting("Tỉnh X", parse_period("năm 2020"), None, dt.date(2020, 12, 31))
    series = (
        "Tỷ lệ các hộ gia đình có điện tăng từ 2,5% vào năm 1975 lên tới 96% vào năm 2009 và "
        "99,53% vào năm 2019 bao gồm cả thành thị và nông thôn."
    )
    assert [
        (f.rate, f.period, f.indicator) for f in sentence_figures(series, "đoạn 1", period)
    ] == [
        (Decimal("2.5"), "năm 1975", "Tỷ lệ các hộ gia đình có điện"),
        (96, "năm 2009", "Tỷ lệ các hộ gia đình có điện"),
        (Decimal("99.53"), "năm 2019", "Tỷ lệ các hộ gia đình có điện"),
    ]
    # a later count of another thing is not the same indicator at another year
    assert _fields(
        "Kết nạp 25 đảng viên năm 2023 và 30 quần chúng được học lớp cảm tình Đảng.", "indicator"
    ) == [("Đảng viên kết nạp",), ("Quần chúng được học lớp cảm tình Đảng",)]
    nine = ReportSetting("Tỉnh X", parse_period("9 tháng năm 2018"), None, dt.date(2018, 9, 30))
    month = (
        "Khối lượng hành khách vận chuyển tháng 9 ước đạt 2.076 ngàn người, luân chuyển đạt 169 "
        "triệu người.km; so với tháng trước, vận chuyển tăng 0,8%; so với cùng kỳ năm trước, "
        "vận chuyển tăng 17,02%."
    )
    assert [
        (f.count, f.rate, f.measure, f.period) for f in sentence_figures(month, "đoạn 1", nine)
    ] == [
        (2076000, None, "người", "tháng 9/2018"),
        (169, None, "triệu người.km", "tháng 9/2018"),
        (Decimal("0.8"), None, "%", "tháng 9/2018"),  # the clause of its comparison alone
        (Decimal("17.02"), None, "%", "tháng 9/2018"),
    ]


def test_a_change_in_per_cent_then_its_count_in_a_bracket_is_one_change() -> None:
    assert _rows("Số người nhiễm HIV được phát hiện giảm 5,2% (54 trường hợp).") == [
        (Decimal("-5.2"), None, None, "thay đổi", "%"),
        (-54, None, None, "thay đổi", "trường hợp"),
    ]
    # the bracket after a time compared with is that time's level
    assert _rows("Xảy ra 120 vụ, giảm 15% so với năm 2020 (141 vụ).") == [
        (120, None, None, "mức", "vụ"),
        (-15, None, None, "thay đổi", "%"),
        (141, None, None, "mức", "vụ"),
    ]
    # «tăng 16.842 tỷ đồng, bằng 11,2%;»: the change in per cent; «bằng 112%» a ratio
    assert _rows("So với đầu năm dư nợ tăng 16.842 tỷ đồng, bằng 11,2%; nợ xấu giảm.") == [
        (16842, None, None, "thay đổi", "tỷ đồng"),
        (Decimal("11.2"), None, None, "thay đổi", "%"),
    ]
    # after «so với đầu năm,» the share is the level's
    assert _rows(
        "Nợ xấu 179,2 tỷ đồng, tăng 63,6 tỷ đồng so với đầu năm, chiếm 1,09% trên tổng dư nợ."
    ) == [
        (Decimal("179.2"), None, Decimal("1.09"), "mức", "tỷ đồng"),
        (Decimal("63.6"), None, None, "thay đổi", "tỷ đồng"),
    ]


def test_price_reports_list_changes_name_their_effect_and_count_price_adjustments() -> None:
    assert _rows(
        "Có 04 nhóm hàng tăng giá nhẹ so với tháng trước là: Nhóm may mặc, mũ nón, giầy dép "
        "(0,07%); Nhóm thuốc và dịch vụ y tế (0,06%)."
    ) == [
        (4, None, None, "mức", "nhóm"),
        (Decimal("0.07"), None, None, "thay đổi", "%"),
        (Decimal("0.06"), None, None, "thay đổi", "%"),
    ]
    assert _rows(
        "Nhóm giao thông giảm 2,53% (tác động làm giảm CPI chung 0,25%) do giá xăng, dầu điều "
        "chỉnh giảm 3 kỳ; giá gas được điều chỉnh tăng 5 đợt và giảm 7 đợt."
    ) == [
        (Decimal("-2.53"), None, None, "thay đổi", "%"),
        (Decimal("-0.25"), None, None, "thay đổi", "%"),
        (3, None, None, "mức", None),  # how many times, no change
        (5, None, None, "mức", "đợt"),
        (7, None, None, "mức", "đợt"),
    ]
    assert _rows("Nhóm hàng ăn chỉ số giá giảm nhiều nhất 0,55%.") == [
        (Decimal("-0.55"), None, None, "thay đổi", "%")
    ]


def test_double_digits_a_day_today_and_a_subject_before_the_figures_clause() -> None:
    assert _rows("Vận tải hành khách, hàng hóa tăng 2 con số.") == []
    assert _rows("Trong ngày hôm nay 23/1, lượng hành khách là hơn 59.000 lượt.") == [
        (59000, None, None, "mức", "lượt")
    ]
    assert _fields(
        "Khối lượng hàng hóa container thông qua cảng cũng tăng trưởng 2 con số, đạt 2,2 triệu "
        "TEUs, tăng 12%.",
        "count",
        "measure",
        "indicator",
    ) == [
        (Decimal("2.2"), "triệu TEUs", "Khối lượng hàng hóa container thông qua cảng"),
        (12, "%", "Khối lượng hàng hóa container thông qua cảng"),
    ]
    # not the words after the figure before
    assert _fields(
        "Tổng chi ngân sách là 4.165 tỷ đồng, đạt 37% dự toán trung ương.", "indicator"
    ) == [("Tổng chi ngân sách",), ("Tổng chi ngân sách",)]


def test_a_rates_count_in_a_bracket_and_a_shares_change_in_its_bracket_are_the_rates() -> None:
    # «đạt 99,18% (tương đương 1.749.600 người), tăng 5,56%»: the count of the rate, whose
    # change is in points
    assert _rows(
        "Tỷ lệ số dân nông thôn được cấp nước hợp vệ sinh đạt 99,18% (tương đương 1.749.600 "
        "người), tăng 5,56% so với năm 2015."
    ) == [
        (1749600, None, Decimal("99.18"), "mức", "người"),
        (Decimal("5.56"), None, None, "thay đổi", "điểm %"),
    ]
    assert _rows(
        "Có 15 cơ sở đảng trong sạch vững mạnh (bằng 12,82% so với tổng số cơ sở đảng được "
        "đánh giá và tăng 1,71% so với năm 2012); 33 cơ sở đảng hoàn thành tốt nhiệm vụ "
        "(chiếm 66%, so với năm 2016 tăng 11,1%)."
    ) == [
        (15, None, Decimal("12.82"), "mức", "cơ sở"),
        (Decimal("1.71"), None, None, "thay đổi", "điểm %"),
        (33, None, 66, "mức", "cơ sở"),
        (Decimal("11.1"), None, None, "thay đổi", "điểm %"),
    ]
    # out of the bracket, the count's own change
    assert _rows("Thu được 890 tỷ đồng (chiếm 82,7%), tăng 5%.") == [
        (890, None, Decimal("82.7"), "mức", "tỷ đồng"),
        (5, None, None, "thay đổi", "%"),
    ]


def test_a_reservoirs_share_of_its_capacity_and_times_another_groups_are_levels() -> None:
    assert _rows("Một số hồ có dung tích trữ lớn như Sông Sào (Nghệ An) 106%, Sông Rác 102%.") == [
        (None, None, 106, "mức", None),
        (None, None, 102, "mức", None),
    ]
    assert _rows(
        "Thu nhập bình quân tháng của lao động nam cao gấp 1,35 lần thu nhập bình quân tháng "
        "của lao động nữ."
    ) == [(Decimal("1.35"), None, None, "mức", "lần")]
    # a time, the plan, a list go on as before
    assert _rows("Số vụ gấp 3 lần cùng kỳ; doanh thu gấp 1,4 lần so 2019.") == [
        (None, None, 300, "so với cùng kỳ", None),
        (None, None, 140, "so với cùng kỳ", None),
    ]
    assert _rows("Thu ngân sách gấp 1,5 lần dự toán.") == [(None, None, 150, "đạt kế hoạch", None)]


def test_rates_per_thousands_ages_in_months_and_a_half_are_no_counts_of_their_own() -> None:
    assert _rows(
        "Năm 2020, IMR là 13,9 trẻ tử vong/1.000 trẻ sinh sống, U5MR là 22,3 trẻ tử vong/1.000 "
        "trẻ sinh sống."
    ) == [
        (Decimal("13.9"), None, None, "mức", "trẻ tử vong/1.000 trẻ sinh sống"),
        (Decimal("22.3"), None, None, "mức", "trẻ tử vong/1.000 trẻ sinh sống"),
    ]
    assert _rows("Tỷ suất chết mẹ là 46 ca/100.000 trẻ sinh ra sống.") == [
        (46, 100000, None, "mức", "ca")
    ]
    assert _fields(
        "Toàn thành phố có 380.944 trẻ từ 6 - 35 tháng tuổi được uống vitamin A.",
        "count",
        "indicator",
    ) == [(380944, "Trẻ từ 6 - 35 tháng tuổi được uống vitamin A")]
    assert _rows("Tử vong ở trẻ em dưới 1 tuổi đã giảm hơn 1 nửa.") == []


def test_thousands_the_english_way_and_a_place_named_after_nhu_in_an_opening_clause(
    tmp_path: Path,
) -> None:
    assert _rows("Tổng vốn cam kết viện trợ là 3,286,743 USD, đã giải ngân 1,473,786 USD.") == [
        (3286743, None, None, "mức", "USD"),
        (1473786, None, None, "mức", "USD"),
    ]
    assert _rows("Điểm trung bình là 3,5 điểm.") == [(Decimal("3.5"), None, None, "mức", "điểm")]
    assert _read_fields(
        tmp_path / "tao-hon.txt",
        "Ở một số địa phương khác như tỉnh Nghệ An, năm 2022 có gần 300 cặp tảo hôn.\n",
        unit="Ủy ban Dân tộc",
        period="năm 2022",
        names=("count", "unit"),
    ) == [(300, "Tỉnh Nghệ An")]


def test_a_bulletins_numbered_paragraphs_each_open_on_the_school_whose_figures_they_give(
    tmp_path: Path,
) -> None:
    bulletin = (
        "Thông tin công tác từ các trường chính trị tháng 3 năm 2017\n"
        "1. Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội quản lý, giảng dạy 45 lớp với "
        "4.471 học viên.\n"
        "2. Học viện Cán bộ thành phố Hồ Chí Minh tổ chức khai giảng 33 lớp.\n"
        "3. Trường Chính trị Tô Hiệu thành phố Hải Phòng bế giảng 02 lớp bồi dưỡng.\n"
    )
    assert _read_fields(
        tmp_path / "ban-tin.txt",
        bulletin,
        unit="Học viện Chính trị",
        period="tháng 3 năm 2017",
        names=("count", "unit"),
    ) == [
        (45, "Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội"),
        (4471, "Trường Đào tạo cán bộ Lê Hồng Phong thành phố Hà Nội"),
        (33, "Học viện Cán bộ thành phố Hồ Chí Minh"),
        (2, "Trường Chính trị Tô Hiệu thành phố Hải Phòng"),
    ]


def test_a_paragraph_labelled_by_a_places_bare_name_gives_its_figures_that_place(
    tmp_path: Path,
) -> None:
    bulletin = (
        "Tình hình dịch cúm gia cầm tháng 2 năm 2013\n"
        "Khánh Hòa: Dịch cúm gia cầm đã xảy ra, số gia cầm mắc bệnh là 6.772 con.\n"
        "Kiên Giang: Dịch đã xảy ra trên đàn gà của 01 hộ chăn nuôi. Tổng số con mắc bệnh là "
        "1.255 con gà.\n"
        "Đạo Cao Đài: 4 thánh thất.\n"  # a faith's label is no place
    )
    assert _read_fields(
        tmp_path / "cum.txt",
        bulletin,
        unit="Cục Thú y",
        period="tháng 2 năm 2013",
        names=("count", "unit"),
    ) == [(6772, "Khánh Hòa"), (1, "Kiên Giang"), (1255, "Kiên Giang"), (4, "Cục Thú y")]


def test_a_sentence_opening_on_its_target_reached_by_a_date_sets_targets() -> None:
    assert _rows(
        "Mục tiêu năm 2023 đạt 84% tỷ lệ hộ gia đình sử dụng cáp quang; số thuê bao băng rộng "
        "cố định đạt 22,4 thuê bao/100 dân."
    ) == [(Decimal("22.4"), None, None, "mức", "thuê bao/100 dân")]
    assert _rows("Mục tiêu đến tháng 12/2023 đạt 25 thuê bao/100 dân.") == []
    assert _rows("Số giường bệnh đạt 29,9/1 vạn dân.") == [
        (Decimal("29.9"), None, None, "mức", "giường bệnh/1 vạn dân")
    ]


def test_numbered_congresses_meetings_and_city_districts_committees_are_names() -> None:
    assert _rows("Học tập Nghị quyết Đại hội 13 của Đảng cho 120 đảng viên.") == [
        (120, None, None, "mức", "đảng viên")
    ]
    assert _rows("Từ sau Phiên họp 24 đến nay, Quận ủy 1 đã khởi tố mới 3 vụ án.") == [
        (3, None, None, "mức", "vụ án")
    ]
    # «so với CK»: the same time last year, shortened
    assert _rows("Hàng nông sản 13,559 triệu USD, bằng 75,69% so với CK.") == [
        (Decimal("13.559"), None, None, "mức", "triệu USD"),
        (None, None, Decimal("75.69"), "so với cùng kỳ", None),
    ]


def test_standards_fuel_grades_programmes_and_a_per_one_base_are_no_counts() -> None:
    assert _rows("Sở đã nhận giấy chứng nhận ISO 9001:2015 và lấy 3 mẫu xăng 92.") == [
        (3, None, None, "mức", None)  # «mẫu» is no unit chiso knows; the grade no count
    ]
    assert _rows("Các tỉnh thuộc Chương trình 1719 đã huy động gần 54.000 người.") == [
        (54000, None, None, "mức", "người")
    ]
    assert _rows(
        "Doanh thu bình quân của 1 HTX là 2.676 triệu đồng; 1 USD được giao dịch quanh mức "
        "24.582 đồng."
    ) == [(2676, None, None, "mức", "triệu đồng"), (24582, None, None, "mức", "đồng")]
    assert _rows("Có 1 HTX giải thể.") == [(1, None, None, "mức", "HTX")]


def test_a_rate_right_after_an_amount_in_a_list_is_the_amounts_not_a_part() -> None:
    assert _rows(
        "Đơn vị kiểm tra 5 cuộc kiểm toán: tổng số kiến nghị 1.818 tỷ đồng, đã thực hiện 1.640 "
        "tỷ đồng, đạt tỷ lệ 90,18%."
    ) == [
        (5, None, None, "mức", "cuộc"),
        (1818, None, None, "mức", "tỷ đồng"),
        (1640, None, Decimal("90.18"), "mức", "tỷ đồng"),
    ]
    assert _rows("Kết nạp 50 đảng viên: trong đó nữ 20 đảng viên, đạt tỷ lệ 40%.") == [
        (50, None, None, "mức", "đảng viên"),
        (20, 50, 40, "phần", "đảng viên"),
    ]


def test_a_first_paragraph_closing_on_a_quote_is_body_and_quoted_speech_counts(
    tmp_path: Path,
) -> None:
    quoted = (
        "ĐẢNG ỦY XÃ A\nBÁO CÁO\nKết quả tháng 3/2024\nThiệt hại khoảng 16.800 triệu đồng. “Chỉ "
        "riêng trong ngày 6/3/2024, đã phát sinh sụp lún mới ở 07 tuyến.”\nKết nạp 5 đảng viên.\n"
    )
    assert _counts_and_periods(tmp_path / "trich-dan.txt", quoted) == [
        (16800, "tháng 3/2024"),
        (7, "ngày 6/3/2024"),
        (5, "tháng 3/2024"),
    ]
    # a short quoted name still holds no count: «gia đình “5 không, 3 sạch”»
    assert _rows("Xây dựng gia đình “5 không, 3 sạch” được 120 hộ.") == [
        (120, None, None, "mức", "hộ")
    ]


def test_an_organisation_by_its_name_or_its_brand_is_its_clause_s_unit() -> None:
    assert _fields(
        "Doanh thu cao như: Công ty Kyung Việt doanh thu 2,2 triệu USD; Công ty TNHH Kido Hà Nội "
        "đạt doanh thu 8 triệu USD.",
        "count",
        "unit",
    ) == [(Decimal("2.2"), "Công ty Kyung Việt"), (8, "Công ty TNHH Kido Hà Nội")]
    assert _fields(
        "Trong đó KCN Phố Nối A thu hút khoảng 15.000 lao động, Cảng Hàng không quốc tế Tân Sơn "
        "Nhất đạt 407 nghìn hành khách.",
        "count",
        "unit",
    ) == [(15000, "KCN Phố Nối A"), (407000, "Cảng Hàng không quốc tế Tân Sơn Nhất")]
    # a brand no Vietnamese word makes, and the list of its parts ends where another opens
    assert _fields(
        "Cụ thể, Vietnam Airlines khai thác 2.366 chuyến, trong đó chậm 562 chuyến; VietJet Air "
        "thực hiện 1.121 chuyến, trong đó bị chậm là 222 chuyến.",
        "count",
        "base",
        "unit",
    ) == [
        (2366, None, "Vietnam Airlines"),
        (562, 2366, "Vietnam Airlines"),
        (1121, None, "VietJet Air"),
        (222, 1121, "VietJet Air"),
    ]
    # a thing's foreign word, a place's bare name and a verb after «Công ty» are no unit
    assert _fields("Internet băng rộng đạt 5 triệu thuê bao.", "count", "unit") == [
        (5000000, "Xã A")
    ]
    assert _fields("Công ty đã tặng Huân chương cho 3 người.", "count", "unit") == [(3, "Xã A")]


def test_a_place_set_in_the_figure_s_own_clause_is_its_name_not_its_verb() -> None:
    assert _fields(
        "Cụ thể, tại Thanh Hóa hiện có 6.243 tàu cá, trong đó 1.014 tàu khai thác vùng khơi.",
        "count",
        "unit",
    ) == [(6243, "Thanh Hóa"), (1014, "Thanh Hóa")]
    assert _fields("Tại Hà Tĩnh có 267 mẹ được phong tặng.", "count", "unit", "measure") == [
        (267, "Hà Tĩnh", "mẹ")
    ]


def test_bare_years_from_one_to_another_are_a_span() -> None:
    assert _fields(
        "Từ 2013 đến 2022, toàn quốc đã quy tập được 19.357 hài cốt liệt sỹ.", "count", "period"
    ) == [(19357, "từ năm 2013 đến năm 2022")]


def test_a_day_after_thoi_diem_dates_a_stock_and_counts_nothing() -> None:
    assert _fields(
        "Tổng số tài khoản chứng khoán của nhà đầu tư nước ngoài tại thời điểm 31/5 đạt 37.341.",
        "count",
        "base",
        "period",
    ) == [(37341, None, "ngày 31/5/2024")]


def test_a_change_said_about_so_much_and_a_count_out_of_another_of_its_kind() -> None:
    assert _rows("Chỉ số VN-Index tăng xấp xỉ 12%.") == [(12, None, None, "thay đổi", "%")]
    assert _rows("Bệnh viêm não virus có 12 ca tử vong trên 315 ca mắc.") == [
        (12, 315, None, "mức", "ca")
    ]
    # not an amount above another of its own, nor the next count, more than so many
    assert _rows("Đã xử lý 12 vụ trên 300 triệu đồng.")[0] == (12, None, None, "mức", "vụ")
    assert _rows("Có 30 đại biểu đương nhiệm và trên 200 đại biểu được bầu từ cơ sở.") == [
        (30, None, None, "mức", "đại biểu"),
        (200, None, None, "mức", "đại biểu"),
    ]


def test_heroes_mothers_martyrs_economic_zones_and_link_speeds_are_measures() -> None:
    assert _fields(
        "Toàn tỉnh có 745 Bà mẹ VNAH, 7 Anh hùng LLVTND, 17 khu kinh tế ven biển, tốc độ đạt "
        "104,08 Mbit/s.",
        "count",
        "measure",
    ) == [
        (745, "Bà mẹ"),
        (7, "Anh hùng"),
        (17, "khu kinh tế"),
        (Decimal("104.08"), "Mbit/s"),
    ]


def test_a_rate_s_change_in_diem_is_in_points_a_score_s_is_not() -> None:
    assert _rows("Tỉ lệ đúng giờ đạt 95,5% - tăng 2,3 điểm so với tháng trước.") == [
        (None, None, Decimal("95.5"), "mức", None),
        (Decimal("2.3"), None, None, "thay đổi", "điểm %"),
    ]
    assert _rows("Chỉ số PAPI đạt 45,2 điểm, tăng 2,3 điểm so với năm trước.") == [
        (Decimal("45.2"), None, None, "mức", "điểm"),
        (Decimal("2.3"), None, None, "thay đổi", "điểm"),
    ]


def test_the_figures_of_an_aim_to_reach_are_none_but_what_was_done_for_it_is() -> None:
    assert (
        _rows(
            "Để đạt mục tiêu tổng sản lượng thủy sản năm 2020 đạt 8,56 triệu tấn (trong đó, sản "
            "lượng khai thác là 3,9 triệu tấn, nuôi trồng 4,66 triệu tấn), ngành cần nỗ lực."
        )
        == []
    )
    assert _rows("Để hoàn thành kế hoạch, huyện đã huy động 5.000 ngày công.") == [
        (5000, None, None, "mức", "ngày công")
    ]


def test_a_change_s_list_runs_past_a_semicolon_to_a_bare_count_not_to_a_level_of_its_own() -> None:
    assert _rows("Toàn tỉnh giảm 12 đơn vị hành chính cấp xã; 647 thôn, tổ dân phố.") == [
        (-12, None, None, "thay đổi", "đơn vị"),
        (-647, None, None, "thay đổi", "thôn"),
    ]
    assert _rows(
        "Có 1.632 cơ sở tôn giáo, tăng 61 cơ sở; 951 cơ sở tín ngưỡng, tăng 68 cơ sở."
    ) == [
        (1632, None, None, "mức", "cơ sở"),
        (61, None, None, "thay đổi", "cơ sở"),
        (951, None, None, "mức", "cơ sở"),
        (68, None, None, "thay đổi", "cơ sở"),
    ]


def test_places_named_then_their_figures_respectively_each_take_theirs() -> None:
    assert _fields(
        "Ba tỉnh Điện Biên, Lào Cai và Bình Phước trong nhóm thấp nhất, lần lượt 5,71; 5,78 và "
        "5,97 điểm.",
        "count",
        "unit",
    ) == [
        (Decimal("5.71"), "Điện Biên"),
        (Decimal("5.78"), "Lào Cai"),
        (Decimal("5.97"), "Bình Phước"),
    ]
    # things named so stay the report's unit's
    assert [u for _, u in _fields(
        "Các nguồn vốn xây dựng cơ bản, xổ số kiến thiết và cấp quyền sử dụng đất, đạt lần lượt "
        "81,5%; 65,8% và 62,3%.",
        "rate",
        "unit",
    )] == ["Xã A", "Xã A", "Xã A"]  # fmt: skip


def test_a_place_alone_in_the_bracket_after_a_figure_is_its_unit() -> None:
    assert _fields(
        "Điểm PCI cao nhất là 72,95 (Quảng Ninh), thấp nhất là 59,58 điểm (Cao Bằng).",
        "count",
        "unit",
    ) == [(Decimal("72.95"), "Quảng Ninh"), (Decimal("59.58"), "Cao Bằng")]
    assert _fields("Toàn tỉnh có 43 khu công nghiệp (KCN) đã hoạt động.", "count", "unit") == [
        (43, "Toàn tỉnh")
    ]


def test_a_rank_s_move_is_a_change_and_a_gap_to_the_average_too() -> None:
    assert _rows("Thứ hạng lại tụt 3 bậc, đứng thứ 49; năm 2023 tăng hạng 6 bậc.") == [
        (-3, None, None, "thay đổi", "bậc"),
        (6, None, None, "thay đổi", "bậc"),
    ]
    assert _fields(
        "Chỉ số đạt 85,78/100 điểm tối đa (cao hơn trung bình cả nước 0,99 điểm).",
        "count",
        "base",
        "kind",
        "unit",
    ) == [
        (Decimal("85.78"), 100, "mức", "Xã A"),
        (Decimal("0.99"), None, "thay đổi", "Xã A"),
    ]
    assert _rows(
        "Điểm PCI đạt bình quân 65,74 (trên tổng số 100), cao hơn năm 2021 (0,37 điểm)."
    ) == [
        (Decimal("65.74"), 100, None, "mức", None),
        (Decimal("0.37"), None, None, "thay đổi", "điểm"),
    ]


def test_a_thing_s_number_after_so_and_the_lunar_new_year_s_day_are_no_counts() -> None:
    assert _rows(
        "Tuyến Metro số 1 phục vụ trên 1,5 triệu lượt khách; Tổ đại biểu số 4 có 300 cử tri."
    ) == [
        (1500000, None, None, "mức", "lượt"),
        (300, None, None, "mức", "cử tri"),
    ]
    assert _rows("Hội nghị có số 120 đại biểu.") == [(120, None, None, "mức", "đại biểu")]
    assert _rows("Ngày 27/1 (30 Tết), nhà ga đón 3.000 người.") == [
        (3000, None, None, "mức", "người")
    ]


def test_bodies_listed_with_their_rates_in_brackets_are_their_units_and_their_class_no_figure() -> (
    None
):
    assert _fields(
        "Các trường cao trên 95% gồm có Trường ĐH Y dược Hải Phòng (99,9%), Trường ĐH Kiến trúc "
        "TP.HCM (98,3%).",
        "rate",
        "unit",
    ) == [
        (Decimal("99.9"), "Trường ĐH Y dược Hải Phòng"),
        (Decimal("98.3"), "Trường ĐH Kiến trúc TP.HCM"),
    ]
    assert _fields("Các xã đạt trên 95% số hộ dùng nước sạch.", "rate") == [(95,)]


def test_a_span_of_days_ends_on_a_date_and_places_listed_each_with_its_figure() -> None:
    assert _rows(
        "Lũ quét xảy ra từ ngày 22-25/8 đã làm 3 người chết; mưa từ đêm 26/8 làm 2 nhà sập."
    ) == [
        (3, None, None, "mức", "người"),
        (2, None, None, "mức", "nhà"),
    ]
    assert _fields(
        "Trong đó, 1 nhà bị sập (Tuyên Quang), 1 nhà bị cuốn trôi (Sơn La).", "count", "unit"
    ) == [(1, "Tuyên Quang"), (1, "Sơn La")]
    assert _fields(
        "Theo đó, Hà Lam có 350 hộ, Bình Tú là 400 hộ, Bình Giang có 137 hộ.", "count", "unit"
    ) == [(350, "Hà Lam"), (400, "Bình Tú"), (137, "Bình Giang")]


def test_a_bound_of_a_class_of_units_is_no_figure() -> None:
    assert _rows(
        "Trong đó, có 5 nhà xuất bản đạt doanh thu trên 100 tỉ đồng; hội sách từ 18/4 - 22/4 có "
        "100 đơn vị tham gia."
    ) == [(5, None, None, "mức", "nhà xuất bản"), (100, None, None, "mức", "đơn vị")]


def test_air_and_noise_readings_roads_codes_and_parts_named_by_number() -> None:
    assert _rows(
        "Tiếng ồn tại Vành đai 3 (GT9) vượt 4,1 dB(A); bụi TSP cao nhất 339 µg/Nm3 tại Ngã 5; hầm "
        "chui HC1-02 đạt 70%; dự án thành phần 2 chi trả 500 tỷ đồng."
    ) == [
        (Decimal("4.1"), None, None, "thay đổi", "dB(A)"),
        (339, None, None, "mức", "µg/Nm3"),
        (None, None, 70, "mức", None),
        (500, None, None, "mức", "tỷ đồng"),
    ]


def test_a_fraction_disbursed_is_of_the_capital_allocated() -> None:
    assert _rows("Dự án giải ngân được hơn 25/128 tỉ đồng.")[-1] == (
        25,
        128,
        None,
        "đạt kế hoạch",
        "tỉ đồng",
    )


def test_ages_a_longevity_celebration_lists_are_no_figures() -> None:
    assert _rows("Đoàn tặng 200 ngàn đồng/cụ cho các cụ tròn 70, 75, 80, 85, 95 và trên 100.") == [
        (200, None, None, "mức", "ngàn đồng/cụ")
    ]
    assert _rows(
        "Huyện có 22.709 hội viên, trong đó có 6 cụ trên 105 tuổi, 59 cụ có tuổi thọ từ 101-104 và "
        "24 cụ tròn 100 tuổi."
    ) == [
        (22709, None, None, "mức", "hội viên"),
        (6, 22709, None, "phần", "cụ"),
        (59, 22709, None, "phần", "cụ"),
        (24, 22709, None, "phần", "cụ"),
    ]


def test_the_two_equal_levels_after_khong_doi_are_no_figures() -> None:
    assert _rows(
        "So với năm 2020, số người chết tăng 02 người; số người bị thương không đổi (01/01); kết "
        "nạp 12/15 đảng viên."
    ) == [
        (2, None, None, "thay đổi", "người"),
        (12, 15, None, "mức", "đảng viên"),
    ]


def test_an_owner_s_share_naming_a_kind_of_enterprise_is_no_figure() -> None:
    assert _rows("Công ty do Nhà nước nắm giữ 100% vốn điều lệ thưởng cao nhất 80 triệu đồng.") == [
        (80, None, None, "mức", "triệu đồng")
    ]
    assert _rows("Giải ngân đạt 45% vốn kế hoạch.") == [(None, None, 45, "đạt kế hoạch", None)]


def test_bus_routes_decades_and_a_reservoir_s_design_level_are_no_figures() -> None:
    assert _rows(
        "Dàn xe buýt gồm các tuyến số 32, 38, 45 và 64 với 169 xe; hồ được xây dựng từ những năm "
        "70 đến 80."
    ) == [(169, None, None, "mức", "xe")]
    assert _rows("Tổng đài 1800.6838 nhận 11.211 cuộc gọi; doanh thu đạt 1.800 tỷ đồng.") == [
        (11211, None, None, "mức", "cuộc gọi"),
        (1800, None, None, "mức", "tỷ đồng"),
    ]
    assert _rows("Có các quốc lộ1A, 1B, 4A, 279 và tuyến đường sắt dài 120 km.") == [
        (120, None, None, "mức", "km")
    ]
    assert _rows("Hồ có mực nước thượng lưu 294,75 m (mực nước dâng bình thường 295 m).") == [
        (Decimal("294.75"), None, None, "mức", "m")
    ]


def test_a_decimal_after_tuyen_is_a_figure_not_a_route() -> None:
    assert _rows("Tiếp nhận trực tuyến 1,25 ngàn hồ sơ, qua bưu chính 132 hồ sơ.") == [
        (1250, None, None, "mức", "hồ sơ"),
        (132, None, None, "mức", "hồ sơ"),
    ]


def test_models_standards_and_a_plant_named_by_its_number_are_no_figures() -> None:
    assert _rows("Có 169 xe điện VinFast EB 6 và EB 8, đạt tiêu chuẩn khí thải Euro 4.") == [
        (169, None, None, "mức", "xe")
    ]
    assert _rows("Quý III 48,8 triệu người; TP. HCM 85,5 điểm.") == [  # decimals: figures
        (48800000, None, None, "mức", "người"),
        (Decimal("85.5"), None, None, "mức", "điểm"),
    ]
    assert _rows("NMTĐ Ialy sản xuất 67,85 tỷ kWh, NMTĐ Sê San 3 17,52 tỷ kWh điện.") == [
        (Decimal("67.85"), None, None, "mức", "tỷ kWh"),
        (Decimal("17.52"), None, None, "mức", "tỷ kWh"),
    ]


def test_the_base_of_an_average_or_a_density_is_no_figure_nor_a_period() -> None:
    assert _fields(
        "Thu nhập bình quân 1 người 1 tháng năm 2024 đạt 5,4 triệu đồng, tăng 9,1% so với năm "
        "2023.",
        "count",
        "rate",
        "measure",
        "period",
    ) == [
        (Decimal("5.4"), None, "triệu đồng", "năm 2024"),
        (Decimal("9.1"), None, "%", "năm 2024"),
    ]
    assert _fields(
        "Trung bình cứ 100 hộ dân Tây Nguyên thì có 9 ô tô; có 6 ô tô trên 100 hộ.", "count"
    ) == [(9,), (6,)]
    assert _rows(
        "Nhóm hộ giàu nhất (gồm 20% dân số giàu nhất) có thu nhập đạt 10,23 triệu đồng."
    ) == [(Decimal("10.23"), None, None, "mức", "triệu đồng")]
    assert _rows("Xã có trên 100 hộ nghèo.") == [(100, None, None, "mức", "hộ")]  # a count


def test_a_place_named_in_a_ranking_or_a_list_of_name_and_figure_owns_it() -> None:
    assert _fields(
        "Đáng nói, Hà Giang là địa phương có thu nhập thấp nhất cả nước với 2,06 triệu đồng. "
        "Theo Cục Thống kê, Bình Dương là địa phương có thu nhập cao nhất, đạt 8,9 triệu đồng.",
        "count",
        "unit",
    ) == [(Decimal("2.06"), "Hà Giang"), (Decimal("8.9"), "Bình Dương")]
    assert _fields(
        "Trong top 10 thấp nhất còn có Cao Bằng: 2,35 triệu đồng, Bắc Kạn: 2,34 triệu đồng.",
        "count",
        "unit",
    ) == [(Decimal("2.35"), "Cao Bằng"), (Decimal("2.34"), "Bắc Kạn")]
    assert _fields("Thu nhập cao nhất là tại Bình Dương với 8,3 triệu đồng.", "count", "unit") == [
        (Decimal("8.3"), "Bình Dương")
    ]
    assert _fields(  # what a ratio compares with holds the bracket's figure, not the ratio
        "Ở khu vực thành thị đạt 6,26 triệu đồng, cao gấp 1,5 lần khu vực nông thôn (4,17 triệu "
        "đồng).",
        "count",
        "unit",
    ) == [
        (Decimal("6.26"), "Khu vực thành thị"),
        (Decimal("1.5"), "Khu vực thành thị"),
        (Decimal("4.17"), "Khu vực nông thôn"),
    ]


def test_a_team_at_a_games_owns_its_medals() -> None:
    assert _fields(
        "Đoàn Đăk Lăk dẫn đầu với 31 huy chương (22 huy chương vàng, 3 huy chương bạc và 6 huy "
        "chương đồng).",
        "count",
        "unit",
    ) == [(31, "Đoàn Đăk Lăk"), (22, "Đoàn Đăk Lăk"), (3, "Đoàn Đăk Lăk"), (6, "Đoàn Đăk Lăk")]
    assert _fields(
        "Đứng nhì là đoàn Hà Nội với 38 HCV, 47 HCB và 64 HCĐ; đội chủ nhà TP. Cần Thơ xếp thứ 3 "
        "với 38 HCV.",
        "count", "unit",
    ) == [
        (38, "Đoàn Hà Nội"), (47, "Đoàn Hà Nội"), (64, "Đoàn Hà Nội"),
        (38, "Đội chủ nhà TP. Cần Thơ"),
    ]  # fmt: skip
    assert _fields(  # classes side by side, none the whole of the others
        "Với tổng số 6 Huy chương Vàng, 1 Huy chương Bạc và 2 Huy chương Đồng, đoàn Bắc Giang "
        "tạm thời đứng đầu.",
        "count",
        "kind",
        "unit",
    ) == [(6, "mức", "Đoàn Bắc Giang"), (1, "mức", "Đoàn Bắc Giang"), (2, "mức", "Đoàn Bắc Giang")]
    assert _fields("Đoàn Thanh niên xã kết nạp 15 đoàn viên.", "count", "unit") == [(15, "Xã A")]


def test_a_river_s_level_against_its_alarm_level_is_a_change_at_its_station() -> None:
    assert _fields(
        "Sông Ngàn Sâu tại Chu Lễ 11,44m dưới báo động 2 là 0,56m; sông Gianh tại Đồng Tâm 9,26m "
        "trên BĐ1 2,26m.",
        "count",
        "kind",
        "measure",
        "unit",
    ) == [
        (Decimal("11.44"), "mức", "m", "Sông Ngàn Sâu"),
        (Decimal("-0.56"), "thay đổi", "m", "Sông Ngàn Sâu"),
        (Decimal("9.26"), "mức", "m", "Sông Gianh"),
        (Decimal("2.26"), "thay đổi", "m", "Sông Gianh"),
    ]
    assert _fields(
        "Lượng mưa tại trạm Nam Đông là 927.3 mm; nhiệt độ cao nhất 39,2 độ C.",
        "count",
        "measure",
        "unit",
    ) == [(Decimal("927.3"), "mm", "Trạm Nam Đông"), (Decimal("39.2"), "độ C", "Xã A")]
    assert _fields("Trạm Y tế xã có 5 bác sĩ.", "count", "unit") == [(5, "Xã A")]


def test_a_bracket_naming_only_places_sets_the_clause_s_figures_there() -> None:
    assert _fields(
        "Vào lúc 2h ngày 21/5, tại kênh Mái Dầm (ấp Phú Trí B1, xã Phú Hữu, huyện Châu Thành) xảy "
        "ra vụ sạt lở với chiều dài 20 m, diện tích mất đất 140m2.",
        "count",
        "unit",
    ) == [(20, "Huyện Châu Thành"), (140, "Huyện Châu Thành")]
    assert _fields(  # a bracket of words, not places, sets nothing
        "Tại kênh Mái Dầm (theo báo cáo nhanh) xảy ra vụ sạt lở dài 20 m.", "count", "unit"
    ) == [(20, "Xã A")]


def test_a_prison_owns_its_figures_and_a_span_of_months_is_no_figure() -> None:
    assert _fields("Trại giam Gia Trung có 235 phạm nhân được đặc xá.", "count", "unit") == [
        (235, "Trại giam Gia Trung")
    ]
    assert _fields(
        "Có 435 phạm nhân tại trại giam Phú Sơn 4 ở tỉnh Thái Nguyên.", "count", "unit"
    ) == [(435, "Trại giam Phú Sơn")]
    assert _fields("Có 553 đối tượng được giảm từ 1 đến 22 tháng tù.", "count") == [(553,)]


def test_a_part_opening_trong_do_is_of_its_whole_s_unit(tmp_path: Path) -> None:
    assert [
        (f.count, f.unit)
        for f in _read(
            tmp_path / "dac-xa.txt",
            "CÔNG AN TỈNH TÂY NINH\nBÁO CÁO\nKết quả năm 2024\nTại trại giam Cây Cầy (xã Thạnh "
            "Bình) có 664 phạm nhân được giảm thời hạn phạt tù. Trong đó, có 111 phạm nhân được "
            "giảm hết thời hạn.\n",
        ).figures
    ] == [(664, "Trại giam Cây Cầy"), (111, "Trại giam Cây Cầy")]


def test_a_difference_from_what_it_is_compared_with_is_a_change() -> None:
    assert _rows(
        "Tổng giá trúng là 53,8 tỷ đồng, chênh hơn 20,1 tỷ đồng so với giá khởi điểm; mức chênh "
        "lệch thu nhập là 8 lần."
    ) == [
        (Decimal("53.8"), None, None, "mức", "tỷ đồng"),
        (Decimal("20.1"), None, None, "thay đổi", "tỷ đồng"),
        (8, None, None, "mức", "lần"),
    ]


def test_an_item_of_a_list_of_places_owns_its_figure_past_a_verb() -> None:
    assert _fields(
        "Một số tỉnh đạt kết quả cao như: Lào Cai trồng 61 triệu cây, Phú Thọ trồng 52 triệu cây.",
        "count",
        "unit",
    ) == [(61000000, "Lào Cai"), (52000000, "Phú Thọ")]
    assert _fields(  # no places: the forms of a sanction
        "Các hình thức kỷ luật gồm: Khiển trách 31 đồng chí, cảnh cáo 21 đồng chí.", "count", "unit"
    ) == [(31, "Xã A"), (21, "Xã A")]


def test_a_sentence_striving_with_no_number_but_a_name_s_sets_no_target(tmp_path: Path) -> None:
    figures = _read(
        tmp_path / "sawaco.txt",
        "TỔNG CÔNG TY CẤP NƯỚC SÀI GÒN\nBÁO CÁO\nKết quả năm 2022\nTrong năm 2022, Sawaco đã nỗ "
        'lực phấn đấu thực hiện nhiệm vụ với chủ đề "kiểm soát hiệu quả dịch Covid-19" và đạt '
        "được nhiều kết quả. Cụ thể, tổng sản lượng nước sản xuất 702,412 triệu m3; gắn mới "
        "26.056 đồng hồ nước.\n",
    ).figures
    assert [(f.count, f.measure) for f in figures] == [
        (Decimal("702.412"), "triệu m3"),
        (26056, "đồng hồ"),
    ]


def test_a_place_by_its_bare_name_where_a_count_s_item_ends_owns_it() -> None:
    assert _fields(
        "Cụ thể, khoảng 950 người tại Romania, gần 130 người tại Slovakia, hơn 40 người tại Nga.",
        "count",
        "unit",
    ) == [(950, "Romania"), (130, "Slovakia"), (40, "Nga")]
    assert _fields("Trao 100 suất quà tại Nhà văn hóa xã.", "count", "unit") == [(100, "Xã A")]


def test_a_class_of_vehicle_by_its_seats_or_load_is_no_figure() -> None:
    assert _rows(
        "Mức phí cho xe 12 chỗ, ôtô tải dưới 2 tấn là 20.000 đồng/lượt; xe từ 12 chỗ đến 30 chỗ là "
        "30.000 đồng/lượt; xe container 40 feet là 160.000 đồng/lượt."
    ) == [
        (20000, None, None, "mức", "đồng/lượt"),
        (30000, None, None, "mức", "đồng/lượt"),
        (160000, None, None, "mức", "đồng/lượt"),
    ]
    assert _rows("Thu giữ 3 xe tải 10 tấn chở 20 tấn hàng.") == [
        (3, None, None, "mức", "xe"),
        (20, None, None, "mức", "tấn"),
    ]


def test_a_tier_an_age_span_a_series_part_and_a_numbered_area_are_no_figures() -> None:
    assert _rows("Giá nước 10 m3 đầu tiên tăng từ 5.973 đồng lên 8.500 đồng/m3.") == [
        (5973, None, None, "mức", "đồng"),
        (8500, None, None, "mức", "đồng/m3"),
    ]
    assert _fields("Xác định 65 công dân gồm 8 nữ, 57 nam, tuổi từ 18 – 40.", "count") == [
        (65,), (8,), (57,)
    ]  # fmt: skip
    assert _rows("Phát triển đảng trong doanh nghiệp FDI (Kỳ 1)") == []
    assert _fields("Có 22 Bí thư lần đầu tiên đắc cử.", "count") == [(22,)]  # for the first time
    assert _fields(
        "Ngân hàng Nhà nước chi nhánh khu vực 2 cho thấy kiều hối đạt 5,23 tỷ USD; mỗi 100 đồng "
        "doanh thu mang về 51,2 đồng lãi gộp.",
        "count",
    ) == [(Decimal("5.23"),), (Decimal("51.2"),)]


def test_since_an_event_or_the_year_s_start_to_now_in_undated_news_is_written_out(
    tmp_path: Path,
) -> None:
    assert _counts_and_periods(
        tmp_path / "tin.txt",
        "Tin tức\nTừ đầu mùa dịch đến nay, Nghệ An có 2.003 bệnh nhân.\nTừ sau Phiên họp 24 đến "
        "nay, đã khởi tố mới 3 vụ án.\nTừ đầu năm đến nay, tỉnh đã xây 69 căn nhà.\n",
    ) == [
        (2003, "Từ đầu mùa dịch đến nay"),
        (3, "Từ sau Phiên họp 24 đến nay"),
        (69, "Từ đầu năm đến nay"),
    ]


def test_a_span_from_a_year_or_a_school_year_to_a_month_is_one_period() -> None:
    assert _fields(
        "Giai đoạn từ năm 2020 đến tháng 6-2025, xảy ra 1.098 vụ việc.", "count", "period"
    ) == [(1098, "từ tháng 1/2020 đến tháng 6/2025")]
    assert _fields(
        "Từ năm học 2015-2016 đến tháng 7-2020, xảy ra 278 vụ việc.", "count", "period"
    ) == [(278, "từ tháng 9/2015 đến tháng 7/2020")]


def test_a_course_s_group_a_building_s_class_and_a_numbered_village_are_no_figures() -> None:
    assert _fields(
        "Đơn vị đã cử 20 cán bộ thuộc đối tượng 1 và 301 cán bộ đối tượng 2 tham gia các lớp.",
        "count",
    ) == [(20,), (301,)]
    merged = "Xã Phú Xuân sáp nhập thôn Can Bi 1 với thôn Can Bi 2 thành thôn Can Bi 1; sân "
    assert _rows(merged + "thể thao đảm bảo 500 m2 trở lên; nhà xây cấp 4.") == []


def test_a_part_in_a_bracket_with_its_own_year_keeps_it() -> None:
    assert _fields(
        "Được biết, 3 năm qua, Trung tâm tiếp nhận 480 chiếc xe lăn (trong đó, năm 2010 là 80 "
        "chiếc, năm 2011 là 150 chiếc) để trao tặng.",
        "count",
        "period",
    ) == [(480, "3 năm qua"), (80, "năm 2010"), (150, "năm 2011")]


def test_a_list_of_newspapers_names_no_units() -> None:
    assert _fields(
        "Toàn Đảng bộ huyện đặt mua 133.821 tờ báo; trong đó: Báo Nhân Dân 37.896 tờ; Báo Quảng "
        "Bình 54.330 tờ.",
        "count",
        "unit",
    ) == [(133821, "Xã A"), (37896, "Xã A"), (54330, "Xã A")]


def test_a_bounded_rate_of_a_class_storm_numbers_and_an_emergency_line_are_no_figures() -> None:
    assert _fields(
        "Có 5 đơn vị đạt tỷ lệ hài lòng tuyệt đối 100% và không có cơ sở nào có tỷ lệ hài lòng "
        "dưới 80%.",
        "count",
        "rate",
    ) == [(5, None)]
    assert _fields("Xã có tỷ lệ hộ nghèo dưới 3%.", "rate") == [(3,)]  # its own, a figure
    assert _fields(
        "Để khắc phục hậu quả cơn bão số 7, số 8, chi 414 tỷ đồng; Trung tâm Cấp cứu 115 có tỷ lệ "
        "hài lòng 98%.",
        "count",
        "rate",
    ) == [(414, None), (None, 98)]


def test_a_document_numbered_in_its_year_a_span_of_days_and_a_road_post_are_no_figures() -> None:
    assert _fields(
        "Trước khi Quyết định số 22/2023 có hiệu lực, NHCSXH đã cho vay 191 người.", "count", "base"
    ) == [(191, None)]
    assert _fields("Theo Thông tư 02/2022, có 12 xã được công nhận.", "count", "period") == [
        (12, "6 tháng đầu năm 2024")
    ]
    assert _fields(
        "Trong tháng hành động (1/10 đến 31/10), đã tổ chức 14 buổi tuyên truyền.", "count", "base"
    ) == [(14, None)]
    assert _fields("Đoạn từ Km12+500 đến Km15 dài 2,5 km.", "count") == [(2.5,)]


def test_both_between_and_a_prize_in_words_are_no_counts() -> None:
    assert _fields(
        "Cả hai chỉ tiêu đều giảm; giữa hai kỳ họp, xã có hai thôn đạt chuẩn và 01 giải ba.",
        "count",
        "measure",
    ) == [(2, "thôn"), (1, "giải")]
    assert _fields("Tỷ lệ trẻ em biết bơi tăng gấp ba lần, từ 15% lên 46%.", "rate", "kind") == [
        (300, "so với cùng kỳ"),
        (15, "mức"),
        (46, "mức"),
    ]


def test_a_programme_s_term_after_the_sentence_s_own_year_is_no_period() -> None:
    assert _fields(
        "Năm 2023, tổng nguồn vốn thực hiện Dự án hỗ trợ nhà ở thuộc Chương trình mục tiêu quốc "
        "gia giảm nghèo bền vững giai đoạn 2021 - 2025 là 79,24 tỷ đồng.",
        "count",
        "period",
    ) == [(Decimal("79.24"), "năm 2023")]


def test_a_place_s_name_stops_at_its_first_small_word_and_a_level_qualifying_units() -> None:
    assert _fields(
        "UBND tỉnh Đắk Lắk giao Công an tỉnh xây dựng 1.200 căn nhà.", "count", "unit"
    ) == [(1200, "Tỉnh Đắk Lắk")]
    assert _fields(
        "Tỉnh tổ chức lại 200 đơn vị hành chính cấp xã (177 xã, 15 phường, 8 thị trấn) thành 75 "
        "đơn vị hành chính cấp xã.",
        "count",
        "unit",
    ) == [(200, "Xã A"), (177, "Xã A"), (15, "Xã A"), (8, "Xã A"), (75, "Xã A")]


def test_wards_listed_by_their_numbers_are_no_figures() -> None:
    assert (
        _rows(
            "TP. Sóc Trăng sáp nhập các phường 1, 2, 3, 4 thành phường Phú Lợi; phường 5, 6, 7, 8 "
            "thành phường Sóc Trăng."
        )
        == []
    )
    assert _fields("Quận 1, 3 và 5 có 120 hộ nghèo.", "count") == [(120,)]


def test_places_listed_after_trong_do_and_a_kind_own_their_figures_and_changes() -> None:
    assert _fields(
        "Trong đó, tỉnh Đắc Lắc có 201.341ha, Lâm Đồng 145.700ha và Kon Tum có 12.752ha.",
        "count",
        "unit",
    ) == [(201341, "Tỉnh Đắc Lắc"), (145700, "Lâm Đồng"), (12752, "Kon Tum")]
    assert _fields(
        "Diện tích chè giảm 2.220 ha (Trấn Yên giảm 1.042 ha, Yên Bình 1.074 ha, huyện Mù Cang "
        "Chải 171 ha và "
        "thành phố Yên Bái 373 ha).",
        "count",
        "unit",
    ) == [
        (-2220, "Xã A"),
        (-1042, "Trấn Yên"),
        (-1074, "Yên Bình"),
        (-171, "Huyện Mù Cang Chải"),
        (-373, "Thành phố Yên Bái"),
    ]


def test_a_month_dashed_to_its_year_a_month_s_count_over_a_bound_and_a_month_to_now() -> None:
    assert _fields(
        "Từ năm 2011 đến 9-2018, toàn quốc xảy ra 3.243 vụ mua bán người.", "count", "period"
    ) == [(3243, "từ năm 2011 đến tháng 9/2018")]
    assert _fields("Riêng trong tháng 3 đã có trên 2.400 người bị bắt giữ.", "count", "period") == [
        (2400, "tháng 3/2024")
    ]
    assert _fields("Từ tháng 2 đến nay, lực lượng đã phát hiện 21 vụ.", "count", "period") == [
        (21, "từ tháng 2/2024 đến tháng 6/2024")
    ]


def test_power_s_units_a_voltage_a_phase_and_a_plant_s_number_are_read_as_such() -> None:
    assert _fields(
        "Tổng công suất điện mặt trời mái nhà là 1.142 MWp, sản lượng 268,4 TWh; trạm có công "
        "suất 40 MVA.",
        "count",
        "measure",
    ) == [(1142, "MWp"), (Decimal("268.4"), "TWh"), (40, "MVA")]
    assert _fields(
        "Nhà máy điện gió Bạc Liêu 1 và 2 quy mô công suất 99,2 MW; Nhà máy điện gió Đông Hải 1 - "
        "giai đoạn 2, quy mô 50 MW; 5 dự án đường dây 500 kV, 220 kV đã vận hành.",
        "count",
    ) == [(Decimal("99.2"),), (50,), (5,)]
    assert _fields("Tỉnh thành lập 36 đội thanh niên tình nguyện.", "count", "measure") == [
        (36, "đội")
    ]
    assert _fields("Gồm: Hà Nội 12 (4,2%), Hải Phòng 5 (1,1%).", "count", "unit") == [
        (12, "Hà Nội"),
        (5, "Hải Phòng"),
    ]


def test_a_school_s_party_cell_spelt_out_owns_its_figures() -> None:
    assert _fields(
        "Chi bộ Trường trung học phổ thông Trị An vừa tổ chức lễ kết nạp đảng cho 7 học sinh "
        "ưu tú.",
        "count",
        "unit",
    ) == [(7, "Chi bộ Trường trung học phổ thông Trị An")]


def test_how_many_months_a_help_lasts_is_no_period() -> None:
    assert _fields(
        "Trong đó, 14 học sinh được hỗ trợ 4 tháng, 116 học sinh được hỗ trợ 3 tháng.",
        "count",
        "period",
    ) == [(14, "6 tháng đầu năm 2024"), (116, "6 tháng đầu năm 2024")]


def test_a_yearless_day_opening_undated_news_holds_past_its_semicolons(tmp_path: Path) -> None:
    assert _counts_and_periods(
        tmp_path / "tin.txt",
        "Tin tức\nTính đến ngày 20/9, diện tích muối thủ công đạt 11.260 ha; diện tích muối công "
        "nghiệp đạt 3.912 ha.\n",
    ) == [(11260, "Tính đến ngày 20/9"), (3912, "Tính đến ngày 20/9")]


def test_a_province_by_its_bare_name_owns_its_figures_but_not_inside_a_longer_name() -> None:
    assert _fields(
        "Về muối công nghiệp, đáng chú ý là Ninh Thuận đạt 267.200 tấn; diện tích sản xuất muối "
        "của Hải Phòng là 192,2 ha.",
        "count",
        "unit",
    ) == [(267200, "Ninh Thuận"), (Decimal("192.2"), "Hải Phòng")]
    assert _fields("Tại cấp xã, Quảng Ninh đã thành lập 164 cơ quan.", "count", "unit") == [
        (164, "Cấp xã")
    ]  # the level a clause opens on, not the province, its own area
    assert _fields("Bệnh viện Nhi Hà Nội đã khám cho 1.200 trẻ.", "count", "unit") == [
        (1200, "Bệnh viện Nhi Hà Nội")
    ]


def test_a_change_past_both_lan_luot_and_an_approximation_is_a_change() -> None:
    assert _fields(
        "Nhật Bản và Anh với mức giảm lần lượt gần 4% và 16%.", "count", "measure", "kind"
    ) == [(-4, "%", "thay đổi"), (-16, "%", "thay đổi")]


def test_bare_names_listed_after_trong_do_and_a_kind_share_that_kind() -> None:
    assert _fields(
        "Trong đó huyện Hưng Hà có số lượng làng nghề nhiều nhất với 50 làng nghề, Quỳnh Phụ 35 "
        "làng, Thái Thụy 28 làng và TP.Thái Bình 10 làng.",
        "count",
        "unit",
    ) == [
        (50, "Huyện Hưng Hà"),
        (35, "Huyện Quỳnh Phụ"),
        (28, "Huyện Thái Thụy"),
        (10, "TP.Thái Bình"),
    ]


def test_a_place_given_to_owns_the_figure_and_its_parts_in_the_sentence(tmp_path: Path) -> None:
    assert _read_fields(
        tmp_path / "bao_cao.txt",
        "Chi cục xuất cấp hơn 1.171 tấn gạo cho Ủy ban Nhân dân tỉnh Hà Tĩnh, trong đó hỗ trợ khắc "
        "phục hậu quả thiên tai hơn 604 tấn; hỗ trợ dịp Tết Nguyên đán hơn 243 tấn.\n",
        unit="Cục Dự trữ",
        period="năm 2026",
        names=("count", "unit"),
    ) == [(1171, "Tỉnh Hà Tĩnh"), (604, "Tỉnh Hà Tĩnh"), (243, "Tỉnh Hà Tĩnh")]


def test_the_size_of_a_group_one_is_among_is_no_figure() -> None:
    assert (
        _rows(
            "Malaysia là một trong 10 thị trường xuất khẩu chủ lực; hồ tiêu là một trong bốn sản "
            "phẩm chủ lực của tỉnh."
        )
        == []
    )


def test_a_phone_number_with_its_area_code_apart_is_no_figure() -> None:
    assert _rows("Đường dây nóng 054. 3833535 và 054. 3817259 luôn có người trực.") == []


def test_a_special_zone_is_a_unit_of_measure() -> None:
    assert _fields("Tỉnh còn 4 phường, ba đặc khu và tám xã.", "count", "measure") == [
        (4, "phường"),
        (3, "đặc khu"),
        (8, "xã"),
    ]


def test_two_years_apart_are_written_as_said_not_as_the_years_between() -> None:
    assert _fields(
        "Tại tỉnh An Giang, năm 2012 và 2017 xảy ra sạt lở với tổng chiều dài 422m.",
        "count",
        "period",
    ) == [(422, "năm 2012 và 2017")]
    assert _fields("Trong hai năm 2016 và 2017, xã xây 12 nhà.", "count", "period") == [
        (12, "từ năm 2016 đến năm 2017")
    ]


def test_a_change_over_the_day_before_said_before_its_figure_is_a_change() -> None:
    assert _fields(
        "Độ mặn đo được 4,2 g/l, tăng so ngày hôm trước 1,33 g/l, cao hơn so cùng kỳ năm 2022 "
        "3,7 g/l.",
        "count",
        "kind",
    ) == [(Decimal("4.2"), "mức"), (Decimal("1.33"), "thay đổi"), (Decimal("3.7"), "thay đổi")]
    assert _fields("Có 43 Trạm Y tế và 12 trạm bơm.", "count", "measure") == [
        (43, "Trạm Y tế"),
        (12, "trạm"),
    ]


def test_a_dashed_day_set_off_by_commas_after_sang_nay_is_a_date() -> None:
    assert _fields(
        "Sáng nay, 28-4, tại Hà Nội, Tổng cục Thống kê công bố 850 nghìn doanh nghiệp.", "count"
    ) == [(850000,)]


def test_a_count_in_a_plan_drawn_up_is_a_target_not_one_done_beside_it() -> None:
    assert _rows("Năm 2022, tỉnh xây dựng kế hoạch thành lập mới 3.000 doanh nghiệp.") == []
    assert _fields("Xã đã xây dựng kế hoạch và tổ chức 12 buổi tuyên truyền.", "count") == [(12,)]


def test_a_page_s_date_in_the_american_order_is_no_figure() -> None:
    assert _rows("Cập nhật 11/22/2018. Xã có 12 hộ nghèo.") == [(12, None, None, "mức", "hộ")]


def test_all_levels_from_the_province_down_and_a_rank_of_another_s_name_no_place() -> None:
    assert _fields(
        "Từ tỉnh đến cấp xã, trong giai đoạn 2006-2010, Nam Định có 1.039 người được khám.",
        "count",
        "unit",
    ) == [(1039, "Nam Định")]
    assert _fields(
        "Huyện Trảng Bom vượt qua chiếm vị trí hạng nhì của huyện Vĩnh Cửu với 44 vàng.",
        "count",
        "unit",
    ) == [(44, "Huyện Trảng Bom")]


def test_a_ratio_by_bang_naming_nothing_is_to_last_year_named_later_in_the_sentence() -> None:
    assert _rows(
        "Đàn gia cầm đạt 8.657 con, bằng 98,01%; đàn trâu 4.143 con, bằng 96,01% so cùng kỳ."
    ) == [
        (8657, None, None, "mức", "con"),
        (None, None, Decimal("98.01"), "so với cùng kỳ", None),
        (4143, None, None, "mức", "con"),
        (None, None, Decimal("96.01"), "so với cùng kỳ", None),
    ]
    assert _rows("Đàn lợn có 428.777 con, bằng 90,33% (giảm 45.905 con so với cùng kỳ).") == [
        (428777, None, None, "mức", "con"),
        (None, None, Decimal("90.33"), "so với cùng kỳ", None),
        (-45905, None, None, "thay đổi", "con"),
    ]
    assert _rows("Xã có 120 hộ nghèo, bằng 5% tổng số hộ, giảm 20 hộ so với năm trước.") == [
        (120, None, Decimal("5"), "mức", "hộ"),
        (-20, None, None, "thay đổi", "hộ"),
    ]


def test_a_place_after_a_lead_in_holds_for_the_unnamed_items_past_a_semicolon() -> None:
    assert _fields(
        "Trong đó, huyện Bố Trạch dẫn đầu về tổng đàn gia súc với đàn trâu 7.235 con; đàn bò "
        "23.800 con; Sở Nội vụ phối hợp tổ chức 5 lớp.",
        "count",
        "unit",
    ) == [(7235, "Huyện Bố Trạch"), (23800, "Huyện Bố Trạch"), (5, "Xã A")]


def test_a_herd_counted_by_its_classifier_is_named_by_the_herd() -> None:
    assert _fields("Đàn bò 23.800 con, tăng 7,2%; xuất bán 120 con.", "indicator") == [
        ("Đàn bò",),
        ("Đàn bò",),
        ("Xuất bán",),
    ]


def test_a_sentence_opening_on_what_it_is_compared_with_goes_on_in_the_period_before(
    tmp_path: Path,
) -> None:
    assert _counts_and_periods(
        tmp_path / "xi-mang.txt",
        "BÁO CÁO\nTình hình tiêu thụ xi măng tháng 8/2018\n"
        "Tính lũy kế trong 8 tháng năm 2018, sản lượng tiêu thụ đạt 63,85 triệu tấn. So với "
        "cùng kỳ, sản lượng đã tăng tới 30%. Cụ thể, tiêu thụ nội địa đạt 43,76 triệu tấn.\n"
        "Tháng 8 tiêu thụ 7,66 triệu tấn. So với tháng trước, sản lượng giảm 2%.\n",
        unit="Bộ Xây dựng",
    ) == [
        (Decimal("63.85"), "8 tháng năm 2018"),
        (Decimal("30"), "8 tháng năm 2018"),
        (Decimal("43.76"), "8 tháng năm 2018"),
        (Decimal("7.66"), "tháng 8/2018"),
        (Decimal("-2"), "tháng 8/2018"),
    ]


def test_an_item_after_con_is_named_by_its_own_words() -> None:
    assert _fields(
        "Tiêu thụ nội địa đạt 43,76 triệu tấn còn xuất khẩu đạt 20,09 triệu tấn.", "indicator"
    ) == [("Tiêu thụ nội địa",), ("Xuất khẩu",)]


def test_a_ratio_to_a_bare_year_is_to_that_year_whose_level_is_bracketed() -> None:
    assert _fields(
        "Thưởng tết Dương lịch là 1,47 triệu đồng/người, bằng 31% so với 2021 (4,77 triệu "
        "đồng/người).",
        "count",
        "rate",
        "kind",
        "period",
    ) == [
        (Decimal("1.47"), None, "mức", "6 tháng đầu năm 2024"),
        (None, 31, "so với cùng kỳ", "6 tháng đầu năm 2024"),
        (Decimal("4.77"), None, "mức", "năm 2021"),
    ]


def test_the_first_day_of_a_span_and_a_day_after_its_weekday_are_no_figures() -> None:
    assert _fields(
        "Trong 3 ngày từ 25 đến 27/1, Ban tổ chức đón 120.000 lượt khách; chủ nhật (14-4) đón "
        "700.000 lượt khách.",
        "count",
    ) == [(120000,), (700000,)]
    assert _fields("Từ 5 đến 7/10 xã đạt chuẩn.", "count")[:1] == [(5,)]
    assert _fields("Trong các ngày từ 22 đến 26/2/2023, có 50.000 đơn vị máu.", "count") == [
        (50000,)
    ]
    assert _fields("Hội nghị sáng nay - 24/12 tại Hà Nội cho biết có 131 vụ.", "count") == [(131,)]


def test_a_day_and_month_with_its_quotient_bracketed_is_a_fraction() -> None:
    assert _rows("CBQL: Trên chuẩn 02/02 (100%).") == [(2, 2, 100, "mức", None)]


def test_a_facility_s_number_and_an_owner_s_share_are_part_of_a_name() -> None:
    assert _fields(
        "Riêng KCX Linh Trung 1, gần 2.000 CN có nhu cầu gửi con nên Trường Mầm non Linh Trung "
        "1 khi đi vào hoạt động sẽ quá tải.",
        "count",
    ) == [(2000,)]
    assert _rows(
        "Mức thưởng của khối Công ty do Nhà nước sở hữu 100% vốn là 3,17 triệu đồng; công ty do "
        "Nhà nước giữ vốn 100% thì thưởng 5 triệu đồng."
    ) == [
        (Decimal("3.17"), None, None, "mức", "triệu đồng"),
        (5, None, None, "mức", "triệu đồng"),
    ]


def test_a_count_in_words_of_units_named_before_is_no_figure() -> None:
    assert _rows("Hai trường mầm non này sẽ thí điểm giữ con công nhân.") == []
    assert _rows("Có hai xã đạt chuẩn nông thôn mới.") == [(2, None, None, "mức", "xã")]


def test_a_rise_larger_than_the_share_before_it_is_no_change_in_points() -> None:
    assert _rows("Nhật Bản chiếm 3,1%, tăng 8,6%; Canada chiếm 2,5%, giảm 1,8%.")[1::2] == [
        (Decimal("8.6"), None, None, "thay đổi", "%"),
        (Decimal("-1.8"), None, None, "thay đổi", "điểm %"),
    ]


def test_an_adverb_opening_a_sentence_is_no_part_of_a_name() -> None:
    assert _fields(
        "Hiện Thanh Hóa có 4 cảng cá; Hiện Hà Nội có 24 dự án.", "unit", "indicator"
    ) == [
        ("Thanh Hóa", "Thanh Hóa có cảng cá"),
        ("Hà Nội", "Dự án Hà Nội có"),  # a province's name keeps its capitals
    ]


def test_a_craft_s_or_a_machine_s_size_is_its_class_not_a_figure() -> None:
    assert _rows("Bến có 6 phà, gồm hai phà 200 tấn và bốn phà 100 tấn.") == [
        (6, None, None, "mức", "phà"),
        (2, 6, None, "phần", "phà"),
        (4, 6, None, "phần", "phà"),
    ]
    assert _fields("Hỗ trợ 12 xe 16 chỗ và 35 máy làm đất công suất 35 mã lực.", "count") == [
        (12,),
        (35,),
    ]
    assert _rows("Vận chuyển 200 tấn hàng.") == [(200, None, None, "mức", "tấn")]


def test_a_count_of_units_named_before_by_nau_tren_is_no_figure() -> None:
    assert _rows("Bên cạnh 2 đơn vị nêu trên, huyện có 5 xã đạt chuẩn.") == [
        (5, None, None, "mức", "xã")
    ]
    assert _rows(
        "Tặng quà đồng bào tại 5 huyện: Định Hóa, Võ Nhai, Phú Lương, Đồng Hỷ và Đại Từ."
    ) == [(5, None, None, "mức", "huyện")]


def test_border_markers_by_their_numbers_are_names() -> None:
    assert _fields(
        "Tổ công tác đã ngăn chặn 24 công dân nhập cảnh trái phép qua mốc 797 và 798.", "count"
    ) == [(24,)]


def test_an_approximate_count_listed_after_a_change_is_a_change_too() -> None:
    assert _rows(
        "Toàn thành phố có 837 trường, tăng 10 trường và gần 1.200 nhóm so với cùng kỳ."
    ) == [
        (837, None, None, "mức", "trường"),
        (10, None, None, "thay đổi", "trường"),
        (1200, None, None, "thay đổi", "nhóm"),
    ]


def test_a_level_compared_with_is_of_the_earlier_time_named_after_it() -> None:
    assert _fields(
        "Mức thưởng cao nhất đạt 1,841 tỉ đồng/người, giảm 67 triệu đồng so với mức 1,908 tỉ "
        "đồng của Tết năm trước; doanh thu đạt 500 tỷ đồng, tăng so với 450 tỷ đồng của năm 2023.",
        "count",
        "period",
        "indicator",
    ) == [
        (Decimal("1.841"), "6 tháng đầu năm 2024", "Mức thưởng cao nhất"),
        (-67, "6 tháng đầu năm 2024", "Mức thưởng cao nhất"),
        (Decimal("1.908"), "6 tháng đầu năm 2023", "Mức thưởng cao nhất"),
        (500, "6 tháng đầu năm 2024", "Doanh thu"),
        (450, "năm 2023", "Doanh thu"),
    ]


def test_a_province_a_sentence_opens_on_after_tai_holds_for_its_paragraph(tmp_path: Path) -> None:
    report = _read(
        tmp_path / "luong.txt",
        "BÁO CÁO\nTình hình tiền lương năm 2025\n"
        "Tại Nghệ An, tiền lương bình quân đạt 7,5 triệu đồng. Mức lương cao nhất đạt 87 triệu "
        "đồng.\n",
        unit="Bộ Nội vụ",
    )
    assert [(f.count, f.unit) for f in report.figures] == [
        (Decimal("7.5"), "Nghệ An"),
        (87, "Nghệ An"),
    ]


def test_a_school_day_s_regime_is_part_of_the_indicator() -> None:
    assert _rows("Tỉ lệ trẻ được học 2 buổi/ngày đạt 99,2%.") == [
        (None, None, Decimal("99.2"), "mức", None)
    ]


def test_a_class_by_a_span_of_seats_and_a_span_of_minutes_are_no_figures() -> None:
    assert _rows("Tổng cộng có 169 xe điện, loại 30-60 chỗ.") == [(169, None, None, "mức", "xe")]
    assert _rows("Xe buýt mất khoảng 15-20 phút cho mỗi lần nạp khí.") == []


def test_so_many_times_the_estimate_is_a_share_of_the_plan() -> None:
    assert _rows("Con số này cao gấp ba lần so với dự tính ban đầu.") == [
        (None, None, 300, "đạt kế hoạch", None)
    ]
    assert _rows("Doanh thu tăng gấp 3 lần so với năm 2011.") == [
        (3, None, None, "thay đổi", "lần")
    ]


def test_the_places_merged_named_after_a_colon_or_their_party_bodies_are_which() -> None:
    assert (
        _rows("Xã Nhân Nghĩa được thành lập trên cơ sở sáp nhập ba xã: Văn Nghĩa, Mỹ Thành.") == []
    )
    assert (
        _rows("Đảng bộ xã được lập trên cơ sở sáp nhập Đảng bộ của 3 xã Bình Giã, Bình Trung.")
        == []
    )
    assert _rows("Đàn chim cút tăng 52.000 con, trên 6.500 con lợn, tăng 2.000 con.")[1] == (
        6500,
        None,
        None,
        "mức",
        "con",
    )


def test_a_machine_s_span_of_power_and_a_thing_s_width_are_what_it_is() -> None:
    assert _rows("Hỗ trợ 343 máy, trong đó 35 máy làm đất công suất 15-35 mã lực.") == [
        (343, None, None, "mức", "máy"),
        (35, 343, None, "phần", "máy"),
    ]
    assert _fields("Đường nhánh có chiều rộng 3m, cây gỗ có đường kính hơn 12cm.", "count") == []


def test_a_crop_season_is_a_season_of_its_own_not_a_party_term() -> None:
    season = parse_period("Niên vụ 2022 - 2023")
    assert (season.label(), season.label(lang="en")) == (
        "niên vụ 2022–2023",
        "2022–2023 crop season",
    )
    assert (season.start, season.end, season.code) == (
        dt.date(2022, 10, 1),
        dt.date(2023, 9, 30),
        "2022-2023NV",
    )
    assert parse_period("2022-2023NV") == season
    assert _fields("Niên vụ mía đường 2022/2023 ép được 725.000 tấn mía.", "count", "period") == [
        (725000, "niên vụ 2022–2023")
    ]
    assert _fields("Năm học 2023/24 có 25 trường.", "period") == [("năm học 2023–2024",)]


def test_a_season_compared_with_gives_its_own_level_and_no_figure(tmp_path: Path) -> None:
    text = (
        "Tổng kết sản xuất mía đường niên vụ 2022 - 2023\n\nTổng diện tích trồng mía cả nước vụ "
        "2022 - 2023 là 141.906 ha, tăng 17.151 ha so với vụ 2021 - 2022 là 124.753 ha. Sản "
        "lượng mía đạt 9.496.358 tấn, tăng 28,2% so với 7.532.728 tấn của vụ 2021 - 2022. Năng "
        "suất tăng 2,44% so với vụ 2019/2020.\n"
    )
    assert _read_fields(
        tmp_path / "mia.txt", text, unit="Cả nước", period="", names=("count", "kind", "period")
    ) == [
        (141906, "mức", "niên vụ 2022–2023"),
        (17151, "thay đổi", "niên vụ 2022–2023"),
        (124753, "mức", "niên vụ 2021–2022"),
        (9496358, "mức", "niên vụ 2022–2023"),
        (Decimal("28.2"), "thay đổi", "niên vụ 2022–2023"),
        (7532728, "mức", "niên vụ 2021–2022"),
        (Decimal("2.44"), "thay đổi", "niên vụ 2022–2023"),
    ]
    assert _fields(
        "Tổng diện tích trồng mía cả nước vụ 2022 - 2023 là 141.906 ha.", "indicator"
    ) == [("Tổng diện tích trồng mía vụ 2022 - 2023",)]


def test_a_sentence_opening_on_an_earlier_time_gives_ratios_to_it() -> None:
    assert _fields(
        "So sánh với vụ ép mía 2020/21 sản lượng mía ép đạt 143% và sản lượng đường đạt 136%.",
        "rate",
        "kind",
        "period",
    ) == [
        (143, "so với cùng kỳ", "6 tháng đầu năm 2024"),
        (136, "so với cùng kỳ", "6 tháng đầu năm 2024"),
    ]
    assert _rows("Diện tích mía khoảng 290.000 ha, giảm so với vụ trước hơn 16.600 ha.") == [
        (290000, None, None, "mức", "ha"),
        (-16600, None, None, "thay đổi", "ha"),
    ]


def test_a_ward_or_a_district_written_short_is_a_place() -> None:
    assert _fields("P.Hồng Bàng có 19 điểm ngập lụt, Q.Kiến An có 15 điểm ngập lụt.", "unit") == [
        ("P.Hồng Bàng",),
        ("Q.Kiến An",),
    ]


def test_readings_at_stations_are_each_their_own_and_no_parts(tmp_path: Path) -> None:
    text = (
        "Mưa lớn\n\nLượng mưa cao nhất đo được tại nội thành là trên 42mm. Cụ thể, lượng mưa tại "
        "khu vực Hoàn Kiếm 15,0 mm, Hai Bà Trưng 30,1mm, Hoàng Mai (tại Linh Đàm) 21,9 mm, Hoàng "
        "Mai (tại Yên Sở) 42,3 mm; khu vực các huyện có lượng mưa cao nhất là Mỹ Đức 61,5 mm.\n"
    )
    assert _read_fields(
        tmp_path / "mua.txt", text, unit="Hà Nội", period="", names=("count", "base", "unit")
    ) == [
        (42, None, "Hà Nội"),
        (15, None, "Hoàn Kiếm"),
        (Decimal("30.1"), None, "Hai Bà Trưng"),
        (Decimal("21.9"), None, "Hoàng Mai (tại Linh Đàm)"),
        (Decimal("42.3"), None, "Hoàng Mai (tại Yên Sở)"),
        (Decimal("61.5"), None, "Hà Nội"),
    ]


def test_a_split_that_names_its_own_period_splits_a_whole_of_that_period(tmp_path: Path) -> None:
    text = (
        "Xuất khẩu hoa\n\nTrong tháng 10, xuất khẩu hoa tươi đạt 6,3 triệu USD. Tính chung 10 "
        "tháng đầu năm 2023, xuất khẩu hoa đạt 57,9 triệu USD.\nTrong đó, xuất khẩu hoa cúc "
        "trong tháng 10 đạt trên 5,1 triệu USD. Tính chung 10 tháng đầu năm, xuất khẩu hoa cúc "
        "đạt hơn 47,8 triệu USD.\n"
    )
    assert _read_fields(
        tmp_path / "hoa.txt", text, unit="Cả nước", period="", names=("count", "base", "period")
    ) == [
        (Decimal("6.3"), None, "tháng 10/2023"),
        (Decimal("57.9"), None, "10 tháng năm 2023"),
        (Decimal("5.1"), Decimal("6.3"), "tháng 10/2023"),
        (Decimal("47.8"), None, "10 tháng năm 2023"),
    ]


def test_a_level_that_qualifies_what_is_counted_is_no_unit() -> None:
    assert _fields(
        "Nghệ An hiện có 40 tổ chức hành nghề công chứng, được phân bố tại 16 đơn vị cấp huyện "
        "và 84 công chứng viên đang hành nghề.",
        "count",
        "unit",
    ) == [(40, "Nghệ An"), (16, "Nghệ An"), (84, "Nghệ An")]
    assert _fields("Tỉnh có 09 Hội Đông y cấp huyện, thành phố, thị xã.", "unit") == [("Xã A",)]


def test_from_a_year_to_the_end_of_a_later_one_is_the_years_between() -> None:
    assert _fields(
        "Tính từ năm 2012 đến cuối năm 2016, các tổ chức hành nghề công chứng đã thực hiện "
        "85.706 việc, tổng số phí đã thu là trên 27 tỷ đồng.",
        "count",
        "period",
    ) == [(85706, "từ năm 2012 đến năm 2016"), (27, "từ năm 2012 đến năm 2016")]
    assert _fields("Đến cuối năm 2016, toàn tỉnh có 6 tổ chức.", "period") == [("ngày 31/12/2016",)]


def test_a_bracket_of_places_after_where_something_happened_sets_its_figures_there() -> None:
    assert _fields(
        "Vụ cháy trên núi Kỳ Co (xã Nhơn Lý) thiêu trụi khoảng 2ha cây bụi.", "unit"
    ) == [("Xã Nhơn Lý",)]
    assert _fields("Tại kênh Mái Dầm (xã Phú Hữu) xảy ra 2 vụ sạt lở.", "unit") == [("Xã Phú Hữu",)]


def test_ranges_said_after_tu_before_a_scale_or_with_their_unit_twice_are_no_figures() -> None:
    assert _rows("Hàng dệt may có mặt tại 66 quốc gia với từ 47-50 các mặt hàng khác nhau.") == [
        (66, None, None, "mức", None)
    ]
    assert _rows("Hai vợ chồng công nhân thu nhập khoảng 13 - 14 triệu đồng/tháng.") == []
    assert _fields("Giá mật nay chỉ còn 270.000 đồng - 300.000 đồng/lít.", "count") == []
    assert _fields("Có 12/15 xã đạt, tăng từ 10 - 12 xã.", "count", "base") == [(12, 15)]


def test_a_day_to_come_and_all_of_a_few_named_are_no_figures() -> None:
    assert (
        _fields("Tập đoàn sẽ tiến hành Đại hội vào 28/6 tới, dự kiến chia cổ tức 5%.", "count")
        == []
    )
    assert _fields("Có 4 chi cục thuế đạt 95% cả 3 tiêu chí trở lên.", "count", "rate") == [(4, 95)]


def test_parks_companies_military_units_and_programmes_by_their_numbers_are_names() -> None:
    assert _fields(
        "Nhà máy xử lý nước thải khu công nghiệp Phú Mỹ 1 (giai đoạn 2) có công suất 1.500 mét "
        "khối/ngày.",
        "count",
    ) == [(1500,)]
    assert _fields("Ông Việt, Tổng giám đốc Công ty May 10, cho biết doanh thu đạt 5.136 tỷ đồng.",
                   "count") == [(5136,)]  # fmt: skip
    assert _fields("Lữ đoàn pháo binh 572 (Quân khu 5) huy động 100 cán bộ.", "count") == [(100,)]
    assert (
        _fields("Vụ cháy thuộc lâm phần của Ban Quản lý Dự án 661 Tây Bắc Đak Đoa.", "count") == []
    )
    assert _fields("Tổng vốn dự án 300 tỷ đồng.", "count") == [(300,)]


def test_a_province_carried_from_before_ends_where_another_is_named(tmp_path: Path) -> None:
    text = (
        "Cháy rừng\n\nTại Nghệ An, từ ngày 13.6 đến nay đã xảy ra 4 vụ cháy rừng thông. Chính "
        "quyền đã huy động khoảng 700 người dập lửa. Báo cáo nhanh của Chi cục Kiểm lâm tỉnh "
        "Thừa Thiên-Huế cho biết 4 vụ cháy rừng trên địa bàn đã gây thiệt hại hơn 80 ha rừng, "
        "trong đó địa bàn TX.Hương Thủy thiệt hại gần 50 ha. Cơ quan chức năng đã huy động "
        "300 người.\n"
    )
    assert _read_fields(
        tmp_path / "chay.txt", text, unit="Cả nước", period="", names=("count", "unit")
    ) == [
        (4, "Nghệ An"),
        (700, "Nghệ An"),
        (4, "Tỉnh Thừa Thiên-Huế"),
        (80, "Tỉnh Thừa Thiên-Huế"),
        (50, "TX.Hương Thủy"),
        (300, "Tỉnh Thừa Thiên-Huế"),
    ]
    # the body a sentence quotes is the report's own area when nothing else was carried to it
    assert _fields(
        "Theo Sở Nông nghiệp tỉnh Yên Bái cho biết, hiện trên hồ Thác Bà có 2.057 lồng nuôi cá.",
        "unit",
    ) == [("Xã A",)]


def test_a_change_in_per_cent_linked_by_tuong_ung_is_the_changes_and_named_as_it() -> None:
    assert _fields(
        "Số vụ TNLĐ chết người: 662 vụ, giảm 58 vụ tương ứng 8,06% so với năm 2022; khu vực có "
        "quan hệ lao động: 503 vụ, giảm 65 vụ tương ứng với 11,44% so với năm 2022.",
        "count",
        "kind",
        "indicator",
    ) == [
        (662, "mức", "Số vụ TNLĐ chết người"),
        (-58, "thay đổi", "Số vụ TNLĐ chết người"),
        (Decimal("-8.06"), "thay đổi", "Số vụ TNLĐ chết người"),
        (503, "mức", "Vụ khu vực có quan hệ lao động"),
        (-65, "thay đổi", "Vụ khu vực có quan hệ lao động"),
        (Decimal("-11.44"), "thay đổi", "Vụ khu vực có quan hệ lao động"),
    ]
    assert (
        _fields(
            "Năm 2023 trên toàn quốc đã xảy ra 7.394 vụ tai nạn lao động (giảm 324 vụ, tương "
            "ứng với 4,2% so với năm 2022).",
            "indicator",
        )
        == [("Đã xảy ra vụ tai nạn lao động",)] * 3
    )
