"""The briefing's facts come from the workbook, never from the bundled example."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from conftest import WorkbookFactory
from workbooks import BUNDLED, row

import analysis
from analysis.present.briefing import prepare_briefing


def test_the_bundled_workbook_carries_the_source_report_around_its_figures() -> None:
    dataset = analysis.load(BUNDLED)
    facts = dataset.facts
    assert (facts.parent, facts.organisation, facts.place) == (
        "Đảng bộ tỉnh Quảng Ngãi",
        "Thành ủy Quảng Ngãi",
        "Quảng Ngãi",
    )
    assert facts.period is not None and facts.period.code == "2024S1"
    assert facts.term is not None and facts.term.code == "2020-2025"
    assert facts.opening.startswith("Thực hiện Công văn số 2204-CV/TU, ngày 25/6/2024")
    assert facts.recipients[0] == "- Thường trực Tỉnh ủy (b/c)," and len(facts.recipients) == 5
    assert (facts.on_behalf, facts.signer_title, facts.signer) == (
        "T/M Ban Thường vụ",
        "Phó Bí thư",
        "Trần Phước Hải",
    )
    assert facts.sources["organisation"] == "Thông tin › B3"

    briefing = prepare_briefing(dataset, report_date=dt.date(2024, 7, 1))
    assert (briefing.organisation, briefing.place, briefing.period) == (
        "Thành ủy Quảng Ngãi",
        "Quảng Ngãi",
        "2024S1",
    )
    title = briefing.title_html()
    assert '<div class="chiso-parent-name">ĐẢNG BỘ TỈNH QUẢNG NGÃI</div>' in title
    assert '<div class="chiso-org-name">THÀNH ỦY QUẢNG NGÃI</div>' in title
    assert "Quảng Ngãi, ngày 01 tháng 7 năm 2024" in title
    assert "Kết quả thực hiện Kế hoạch số 83-KH/TU ngày 26/01/2022" in title
    assert "Kỳ báo cáo: 6 tháng đầu năm 2024" in title
    closing = briefing.closing_html()
    assert "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 83-KH/TU" in closing
    assert '<div class="chiso-on-behalf">T/M BAN THƯỜNG VỤ</div>' in closing
    assert '<div class="chiso-signer">Trần Phước Hải</div>' in closing
    assert "<div>- Lưu Văn phòng Thành ủy.</div>" in closing


def test_another_workbook_borrows_nothing(make_workbook: WorkbookFactory) -> None:
    path = make_workbook(
        [
            row("Hồ sơ đúng hạn", "2023", 380, 400, unit="Huyện Can Lộc"),
            row("Hồ sơ đúng hạn", "Quý II/2024", 190, 200, unit="Huyện Can Lộc"),
        ]
    )
    briefing = prepare_briefing(analysis.load(path))
    title = briefing.title_html()
    assert "QUẢNG NGÃI" not in title and "6 tháng đầu năm 2024" not in title
    assert briefing.organisation == "Huyện Can Lộc"  # the one unit its figures are for
    assert briefing.period == "2024Q2"  # its latest period
    assert "Kỳ báo cáo: quý II/2024" in title
    assert briefing.closing_html() == ""


def test_the_term_of_the_information_sheet_gives_its_dates(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chỉ tiêu"
    sheet.append(["Chỉ tiêu", "Đơn vị", "Kỳ", "Tử số"])
    sheet.append(["Đảng viên bị khai trừ", "Xã Nghĩa Hà", "Từ đầu nhiệm kỳ đến nay", 3])
    info = book.create_sheet("Thông tin")
    info.append(["Nhiệm kỳ", "15/10/2020 - 14/10/2025"])
    info.append(["Kỳ báo cáo", "tháng 6/2024"])
    path = tmp_path / "nhiem-ky.xlsx"
    book.save(path)
    dataset = analysis.load(path)
    assert dataset.problems == []
    [figure] = dataset.observations.to_dict("records")
    assert figure["period_start"].date() == dt.date(2020, 10, 15)
    assert figure["period_end"].date() == dt.date(2024, 6, 30)
