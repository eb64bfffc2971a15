"""Narrative: the report's own sentences, built from computed figures."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from workbooks import BUNDLED, ROOT

import analysis
from analysis.model.periods import parse_period
from analysis.present import narrative


@pytest.fixture(scope="module")
def by_key() -> dict[str, dict[str, Any]]:
    table = analysis.summarize(analysis.load(BUNDLED))
    return {(r["code"] or r["indicator"]): r for r in table.to_dict("records")}


# The source report's own caveat on the handbook's figure (I.4), from the workbook's «Ghi chú».
HANDBOOK_CAVEAT = (
    "đảng bộ, chi bộ công an và Quân sự cấp thành phố, cấp xã có văn bản không tham gia"
)


def test_the_report_sentence_carries_the_reports_caveat(by_key: dict[str, dict[str, Any]]) -> None:
    assert narrative.describe_figure(by_key["STDV"]) == (
        "Đã có 9.728/9.897 đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử "
        f"({HANDBOOK_CAVEAT}), đạt tỷ lệ 98,3%."
    )
    # Without a note, nothing in brackets.
    assert narrative.describe_figure({**by_key["STDV"], "note": None}) == (
        "Đã có 9.728/9.897 đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử, đạt tỷ lệ 98,3%."
    )


def test_english_on_request() -> None:
    rows = analysis.summarize(analysis.load(BUNDLED), lang="en")
    row = rows[rows["code"] == "STDV"].iloc[0].to_dict()
    assert narrative.describe_figure(row, lang="en") == (
        "Đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử: 9,728 of 9,897, 98.3% "
        f"({HANDBOOK_CAVEAT})."
    )


def test_ratios_counts_and_groups(by_key: dict[str, dict[str, Any]]) -> None:
    assert narrative.describe_figure(by_key["NVTT"]) == (
        "Nhiệm vụ trọng tâm đã hoàn thành: 12/12 nhiệm vụ (trong đó có một số nhiệm vụ sẽ tiếp "
        "tục thực hiện thường xuyên), đạt 100%."
    )
    assert narrative.describe_figure(by_key["DVKT"]) == "Đảng viên bị khai trừ: 5 đảng viên."
    total = by_key["Đảng viên ra khỏi Đảng từ đầu nhiệm kỳ"]
    parts = [by_key[c] for c in ("DVRK", "DVXT", "DVKT")]
    sentence = narrative.describe_group(total, parts)
    assert sentence.startswith("Đảng viên ra khỏi Đảng từ đầu nhiệm kỳ: tổng cộng 43 đảng viên")
    assert sentence.endswith(
        "đảng viên bị xoá tên 24 đảng viên và đảng viên bị khai trừ 5 đảng viên."
    )


def test_interval_and_period(by_key: dict[str, dict[str, Any]]) -> None:
    assert narrative.describe_interval(by_key["STDV"]) is None
    # Ratings from whoever chose to give one: no random sample, no interval.
    assert narrative.describe_interval(by_key["HLRH"]) is None
    # The demonstration's satisfaction survey is a sample: 225 of 245 in Xã Sơn Hà.
    demo = analysis.summarize(analysis.load(ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx"))
    [son_ha] = demo[
        (demo["code"] == "HAILONG") & (demo["unit"] == "Xã Sơn Hà") & (demo["period"] == "2024")
    ].to_dict("records")
    assert narrative.describe_interval(son_ha) == (
        "Khoảng tin cậy 95% (Wilson) của tỷ lệ người dân hài lòng với dịch vụ hành chính công: "
        "87,7%–94,7%."
    )
    assert narrative.describe_period(by_key["HLRH"]) == (
        "Kỳ số liệu: từ năm 2022 đến 6 tháng đầu năm 2024."
    )


def test_change_is_said_in_percentage_points() -> None:
    change = {
        "indicator": "Tỷ lệ đảng viên dùng sổ tay",
        "period_from": "2023",
        "period_to": "2024",
        "period_from_parsed": parse_period("2023"),
        "period_to_parsed": parse_period("2024"),
        "change": 1.25,
        "factor": Decimal(100),
        "decimals": 1,
        "display": "rate",
        "measure": None,
    }
    assert narrative.describe_change(change) == (
        "Năm 2024: tỷ lệ đảng viên dùng sổ tay tăng 1,3 điểm phần trăm so với năm 2023."
    )
    change["change"] = -0.5
    assert narrative.describe_change(change, lang="en") == (
        "2024: Tỷ lệ đảng viên dùng sổ tay down 0.5 percentage points from 2023."
    )
    change["change"] = 0.04
    assert narrative.describe_change(change) == (
        "Năm 2024: tỷ lệ đảng viên dùng sổ tay không đổi so với năm 2023."
    )
    count = {
        **change,
        "display": "count",
        "change": Decimal(-9),
        "measure": "buổi",
        "factor": Decimal(1),
        "decimals": 0,
    }
    assert narrative.describe_change(count) == (
        "Năm 2024: tỷ lệ đảng viên dùng sổ tay giảm 9 buổi so với năm 2023."
    )


def test_acronyms_keep_their_capitals() -> None:
    assert narrative.lower_first("UBND xã") == "UBND xã"
    assert narrative.lower_first("Đảng viên") == "đảng viên"


@pytest.mark.parametrize(("direction", "verb"), [("up", "đạt"), ("down", "chiếm"), (None, "chiếm")])
def test_the_verb_follows_the_direction(direction: str | None, verb: str) -> None:
    row = {
        "indicator": "Hồ sơ giải quyết trễ hạn",
        "display": "rate",
        "ratio_text": "43/2.000",
        "value_text": "2,15%",
        "direction": direction,
    }
    assert narrative.describe_figure(row) == (
        f"Đã có 43/2.000 hồ sơ giải quyết trễ hạn, {verb} tỷ lệ 2,15%."
    )


def test_the_catalogues_note_travels_with_every_figure_of_its_indicator(tmp_path: Any) -> None:
    """`Ghi chú` in the catalogue is the indicator's caveat: each of its figures says it,
    unless a figure has a note of its own beside it."""
    from workbooks import HEADERS, row, write_workbook

    own = "riêng Xã Tịnh Kỳ chưa báo cáo"
    rows = [
        [*row("Đảng viên dùng Sổ tay", "2024", 120, 150, unit="Xã An Phú"), None],
        [*row("Đảng viên dùng Sổ tay", "2024", 90, 100, unit="Xã Tịnh Kỳ"), own],
        [*row("Hồ sơ đúng hạn", "2024", 45, 50, unit="Xã An Phú"), None],
    ]
    path = write_workbook(
        tmp_path / "ghi-chu.xlsx",
        rows,
        headers=[*HEADERS, "Ghi chú"],
        catalogue=[
            ["Chỉ tiêu", "Mục tiêu", "Ghi chú"],
            ["Đảng viên dùng Sổ tay", "95%", "không tính đảng viên miễn sinh hoạt"],
            ["Hồ sơ đúng hạn", "90%", None],
        ],
    )
    table = analysis.summarize(analysis.load(path))
    said = {
        (r["unit"], r["indicator"]): narrative.describe_figure(r)
        for r in table.to_dict("records")
        if not r["is_total"]
    }
    assert said[("Xã An Phú", "Đảng viên dùng Sổ tay")] == (
        "Đã có 120/150 đảng viên dùng Sổ tay (không tính đảng viên miễn sinh hoạt), "
        "chiếm tỷ lệ 80%."
    )
    assert f"({own})" in said[("Xã Tịnh Kỳ", "Đảng viên dùng Sổ tay")]
    assert "miễn sinh hoạt" not in said[("Xã Tịnh Kỳ", "Đảng viên dùng Sổ tay")]
    assert "(" not in said[("Xã An Phú", "Hồ sơ đúng hạn")]
