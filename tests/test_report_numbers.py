"""Every number of a report's sentence, and what kind it is (issue 20's first step): the ways
Vietnamese reports write figures, and the numbers that must never become one."""

from __future__ import annotations

import unicodedata
from decimal import Decimal

import pytest

from analysis.reading.report_numbers import numbers_in


def kinds(sentence: str) -> list[tuple[str, str]]:
    return [(m.text, m.kind) for m in numbers_in(sentence)]


def figures(sentence: str) -> list[tuple[str, str, Decimal | None, Decimal | None, bool]]:
    return [
        (m.text, m.kind, m.value, m.base, m.approximate)
        for m in numbers_in(sentence)
        if m.is_figure
    ]


def test_the_seeds_fraction_and_its_printed_rate() -> None:
    sentence = (
        "Đã có 9.728/9.897 đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử (đảng bộ, chi bộ "
        "công an và Quân sự cấp thành phố, cấp xã có văn bản không tham gia), đạt tỷ lệ 98,3%."
    )
    assert figures(sentence) == [
        ("9.728/9.897", "fraction", Decimal(9728), Decimal(9897), False),
        ("98,3%", "percent", Decimal("98.3"), None, False),
    ]


def test_fractions_written_like_dates_are_fractions_when_they_count_something() -> None:
    assert kinds("Hoàn thành 12/12 nhiệm vụ; 6/7 chức danh; 17/20 xã đạt 85%.") == [
        ("12/12", "fraction"),
        ("6/7", "fraction"),
        ("17/20", "fraction"),
        ("85%", "percent"),
    ]


def test_counts_keep_their_value_whatever_their_leading_zero() -> None:
    sentence = (
        "Có 14 đảng viên được cho ra khỏi Đảng, 24 đảng viên bị xoá tên, 05 đảng viên bị khai "
        "trừ; 15 tổ chức, trong đó: 08 chi bộ, 04 đảng bộ, 03 tổ."
    )
    assert [(m.text, m.value) for m in numbers_in(sentence)] == [
        ("14", 14),
        ("24", 24),
        ("05", 5),
        ("15", 15),
        ("08", 8),
        ("04", 4),
        ("03", 3),
    ]
    assert all(m.kind == "count" for m in numbers_in(sentence))


def test_a_whole_its_parts_amounts_and_approximate_figures() -> None:
    assert figures(
        "Tổng số 10.616 lượt đánh giá, trong đó: rất hài lòng 10.239 lượt, hài lòng 377 lượt."
    ) == [
        ("10.616", "count", Decimal(10616), None, False),
        ("10.239", "count", Decimal(10239), None, False),
        ("377", "count", Decimal(377), None, False),
    ]
    assert figures("Thu gần 2.100 triệu đồng, trên 4,5 tỷ đồng, khoảng 300 hộ, đạt 93%.") == [
        ("2.100", "count", Decimal(2100), None, True),
        ("4,5", "count", Decimal("4.5"), None, True),
        ("300", "count", Decimal(300), None, True),
        ("93%", "percent", Decimal(93), None, False),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sáng 3/9, đoàn đến thăm (21/6) và ngày 15/8/2022.", ["date", "date", "date"]),
        ("Số liệu tính đến ngày 30/11/2022, tháng 6/2024.", ["date", "date"]),
        (
            "Thực hiện Công văn số 2204-CV/TU, Báo cáo Số 45-BC/ĐU, Kế hoạch 83-KH/TU, "
            "Kết luận 21-KL/TW, Nghị quyết 17c/NQ-CP.",
            ["document"] * 5,
        ),
        ("Căn cứ Điều 12, khoản 3.", ["article", "article"]),
        ("Nhiệm kỳ 2020 - 2025, trong 03 năm 2021 - 2023.", ["years", "duration", "years"]),
        ("Trong 6 tháng đầu năm 2024 và quý 1 năm 2021.", ["duration", "year", "ordinal", "year"]),
        ("Trao Huy hiệu 40 năm tuổi Đảng tại Hội nghị lần thứ 2.", ["age", "ordinal"]),
        ("Đẩy mạnh chuyển đổi số 4.0 trong cơ quan Đảng.", ["version"]),
        ("Liên hệ 0255 3822 123 hoặc 0905.123.456.", ["phone", "phone"]),
        ("Địa chỉ: Tổ dân phố 5, thôn 3, xã An Phú.", ["address", "address"]),
        ("Phấn đấu trên 95% hộ gia đình dùng nước sạch.", ["threshold"]),
        ("1. Thực hiện nhiệm vụ trọng tâm", ["heading"]),
        ("II. Kết quả thực hiện", ["heading"]),
        ("- Ban Tổ chức Thành ủy (03 bản),", ["copies"]),
    ],
)
def test_numbers_that_are_not_figures(sentence: str, expected: list[str]) -> None:
    found = numbers_in(sentence)
    assert [m.kind for m in found] == expected
    assert not any(m.is_figure for m in found)


def test_a_sentence_in_nfd_reads_as_in_nfc() -> None:
    sentence = "Kết nạp 05 đảng viên mới trong 6 tháng đầu năm 2024, đạt 98,3%."
    decomposed = unicodedata.normalize("NFD", sentence)
    assert decomposed != sentence
    assert (
        [(m.text, m.kind, m.value) for m in numbers_in(decomposed)]
        == [(m.text, m.kind, m.value) for m in numbers_in(sentence)]
        == [
            ("05", "count", 5),
            ("6", "duration", 6),
            ("2024", "year", None),
            ("98,3%", "percent", Decimal("98.3")),
        ]
    )


def test_each_number_is_found_once_in_the_order_written() -> None:
    sentence = "Ngày 25/6/2024, 12/12 nhiệm vụ (100%) theo Kế hoạch 83-KH/TU, tăng 1,94%."
    found = numbers_in(sentence)
    assert [m.text for m in found] == ["25/6/2024", "12/12", "100%", "83-KH/TU", "1,94%"]
    assert [m.start for m in found] == sorted(m.start for m in found)
    for mention in found:
        assert sentence[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # sentences of the seed report (../shared/seed/), the figures each holds and no other
        (
            "Thành ủy và các chi, đảng bộ cơ sở đã tổ chức quán triệt, triển khai Kết luận 21 "
            "và xây dựng Kế hoạch để thực hiện Kế hoạch số 83 của Tỉnh ủy.",
            [],
        ),
        (
            "Tập trung kiểm tra việc thực hiện Nghị quyết Trung ương 4 khóa XI, XII và công tác "
            "phòng, chống dịch bệnh Covid-19; đã thực hiện như nội dung 11 của nhiệm vụ trọng tâm.",
            [],
        ),
        (
            "Trong năm 2022, 2023 và 6 tháng đầu năm 2024, tổng số lượt đánh giá là 10.616 lượt, "
            "trong đó: mức độ rất hài lòng: 10.239 lượt, mức độ hài lòng: 377 lượt và không hài "
            "lòng: 0 lượt.",
            ["10.616", "10.239", "377", "0"],
        ),
        (
            "Qua rà soát có 11 văn bản quy phạm pháp luật cần sửa đổi, hoàn chỉnh; hiện nay đã "
            "ban hành 06 văn bản và đang thẩm định 05 văn bản còn lại.",
            ["11", "06", "05"],
        ),
    ],
)
def test_the_seed_reports_sentences_hold_their_figures_and_no_other(
    sentence: str, expected: list[str]
) -> None:
    assert [m.text for m in numbers_in(sentence) if m.is_figure] == expected


def test_a_count_says_what_it_counts_as_written_after_it() -> None:
    sentence = (
        "Đã có 9.728/9.897 đảng viên đăng ký; 10.616 lượt đánh giá, rất hài lòng 10.239 lượt; "
        "thu gần 2.100 triệu đồng, trên 4,5 tỷ đồng; khoảng 300 hộ; 17/20 xã; 12/12 nhiệm vụ; "
        "05 nguyên tắc; đạt 98,3%."
    )
    assert [(m.text, m.measure) for m in numbers_in(sentence)] == [
        ("9.728/9.897", "đảng viên"),
        ("10.616", "lượt"),
        ("10.239", "lượt"),
        ("2.100", "triệu đồng"),  # the longest unit written, not «đồng»
        ("4,5", "tỷ đồng"),
        ("300", "hộ"),
        ("17/20", "xã"),
        ("12/12", "nhiệm vụ"),
        ("05", None),  # «nguyên tắc» counts, but it is no unit of measure a figure keeps
        ("98,3%", None),
    ]
    assert numbers_in("Có 2 xãhội")[0].measure is None  # a unit is a whole word


def test_a_change_and_a_share_of_the_plan_are_never_taken_for_a_level() -> None:
    sentence = (
        "Tỷ lệ hồ sơ đúng hạn đạt 93%, tăng 1,94% so với cùng kỳ; vi phạm giảm 02 vụ; thu ngân "
        "sách đạt 60% kế hoạch năm; kết nạp 05 đảng viên, tăng thêm 2 đảng viên."
    )
    assert [(m.text, m.role, m.sign, m.measure) for m in numbers_in(sentence)] == [
        ("93%", "level", 1, None),
        ("1,94%", "change", 1, None),  # of a rate: percentage points
        ("02", "change", -1, "vụ"),
        ("60%", "of_plan", 1, None),
        ("05", "level", 1, "đảng viên"),
        ("2", "change", 1, "đảng viên"),
    ]


def test_the_parts_after_trong_do_point_to_their_whole() -> None:
    seed = (
        "Tổng số lượt đánh giá là 10.616 lượt, trong đó: mức độ rất hài lòng: 10.239 lượt, "
        "mức độ hài lòng: 377 lượt và không hài lòng: 0 lượt."
    )
    assert [(m.text, m.part_of) for m in numbers_in(seed)] == [
        ("10.616", None),
        ("10.239", 0),
        ("377", 0),
        ("0", 0),
    ]
    listed = "Có 15 tổ chức, trong đó: 08 chi bộ, 04 đảng bộ, 03 tổ; kết nạp 05 đảng viên."
    assert [(m.text, m.part_of) for m in numbers_in(listed)] == [
        ("15", None),
        ("08", 0),
        ("04", 0),
        ("03", 0),
        ("05", None),  # after the ';' the list of parts is over
    ]
