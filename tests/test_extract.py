"""`chiso extract` (issue 20): the units' written reports to a draft workbook, every figure a
row with the sentence it came from, checked on real Word files built with python-docx and on
plain text in NFD, and run through the real command."""

from __future__ import annotations

import datetime as dt
import unicodedata
from decimal import Decimal
from pathlib import Path

import docx
import openpyxl
import pytest

import analysis
from analysis.cli import main
from analysis.model.periods import parse_period
from analysis.reading.report_figures import ReportFigure, sentence_figures
from analysis.reading.report_frame import organisation_name, report_frame
from analysis.reading.report_periods import ReportSetting
from analysis.reading.report_text import report_passages
from analysis.run.draft import DRAFT_HEADERS
from analysis.run.extract import extract

HALF = ReportSetting("Phường A", parse_period("6 tháng đầu năm 2024"), (2020, 2025),
                     dt.date(2024, 6, 30))  # fmt: skip

BODY = (
    "Thực hiện Kế hoạch số 83-KH/TU ngày 26/01/2022 của Thành ủy, Kết luận 21-KL/TW và Nghị "
    "quyết 17c/NQ-CP, Đảng ủy phường báo cáo kết quả 6 tháng đầu năm 2024 như sau:",
    "I. Về kết quả thực hiện 12 nhiệm vụ trọng tâm",
    "1. Đảng ủy đã lãnh đạo hoàn thành 12/12 nhiệm vụ trọng tâm. Đến nay có 412/420 đảng viên "
    "đăng ký sử dụng Sổ tay đảng viên điện tử, đạt tỷ lệ 98,1%. Có 17/20 chi bộ được xếp loại "
    "hoàn thành tốt nhiệm vụ, đạt 85%.",
    "2. Từ đầu nhiệm kỳ 2020 - 2025 đến nay có 14 đảng viên được cho ra khỏi Đảng, 24 đảng "
    "viên bị xoá tên, 05 đảng viên bị khai trừ.",
    "3. Kết nạp 15 đảng viên mới, trong đó: 08 đảng viên nữ, 04 đảng viên là đoàn viên, 03 "
    "đảng viên là người dân tộc thiểu số.",
    "4. Trung tâm tiếp nhận gần 2.100 hồ sơ; thu ngân sách trên 4,5 tỷ đồng, đạt 60% kế hoạch năm.",
    "5. Tỷ lệ đảng viên sinh hoạt đầy đủ đạt 93%, tăng 1,94% so với cùng kỳ. Số vụ vi phạm "
    "giảm 02 vụ so với cùng kỳ.",
    "Ngày 3/9 và ngày 21/6, tổ chức trao Huy hiệu 40 năm tuổi Đảng tại Tổ dân phố 5 (điện "
    "thoại 0255.3822.123) theo Điều 12 của Quy định; lần thứ 2 triển khai chuyển đổi số 4.0 "
    "trong 03 năm 2021 - 2023, phấn đấu trên 95% đảng viên sử dụng; hội nghị ngày 15/8/2022.",
)


def _ward_report(path: Path, *, issuer: str = "ĐẢNG ỦY PHƯỜNG LÊ HỒNG PHONG",
                 above: str = "ĐẢNG BỘ THÀNH PHỐ QUẢNG NGÃI") -> Path:  # fmt: skip
    """A ward's report as offices lay them out: the header frame as a two-column table,
    title, body, a table (a merged heading) restating one figure and adding one, «Nơi
    nhận» with a copy count, and the signature."""
    document = docx.Document()
    frame = document.add_table(rows=1, cols=2)
    frame.cell(0, 0).text = f"{above}\n{issuer}\n*\nSố 45-BC/ĐU"
    frame.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM\nLê Hồng Phong, ngày 01 tháng 7 năm 2024"
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024")
    for text in BODY:
        document.add_paragraph(text)
    table = document.add_table(rows=4, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Kết quả cụ thể"
    for row, texts in enumerate(
        (
            ("Chỉ tiêu", "Số lượng", "Tỷ lệ (%)"),
            ("Đảng viên đăng ký Sổ tay đảng viên điện tử", "412", "98,1"),
            ("Chi bộ trong sạch, vững mạnh", "18", ""),
        ),
        start=1,
    ):
        for column, text in enumerate(texts):
            table.cell(row, column).text = text
    for line in ("Nơi nhận:", "- Thành ủy (b/c),", "- Lưu VP (03 bản)."):
        document.add_paragraph(line)
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 1).text = "T/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn A"
    document.save(str(path))
    return path


def _row(f: ReportFigure) -> tuple[object, ...]:
    numbers = tuple(None if v is None else float(v) for v in (f.count, f.base, f.rate))
    return (f.kind, f.indicator, *numbers, f.measure, f.group)


WARD = "Đảng ủy phường Lê Hồng Phong"
WHOLE_63 = "Đảng viên thi hành kỷ luật"
HALF_2024 = "6 tháng đầu năm 2024"
TERM = "từ ngày 1/1/2020 đến ngày 30/6/2024"
EXPECTED = [
    ("mức", "Đảng ủy đã lãnh đạo hoàn thành nhiệm vụ trọng tâm", 12.0, 12.0, None,
     "nhiệm vụ", None, HALF_2024),
    ("mức", "Đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử", 412.0, 420.0, 98.1,
     "đảng viên", None, "ngày 30/6/2024"),
    ("mức", "Chi bộ được xếp loại hoàn thành tốt nhiệm vụ", 17.0, 20.0, 85.0, "chi bộ", None,
     HALF_2024),
    ("mức", "Đảng viên được cho ra khỏi Đảng", 14.0, None, None, "đảng viên", None, TERM),
    ("mức", "Đảng viên bị xoá tên", 24.0, None, None, "đảng viên", None, TERM),
    ("mức", "Đảng viên bị khai trừ", 5.0, None, None, "đảng viên", None, TERM),
    ("mức", "Kết nạp đảng viên mới", 15.0, None, None, "đảng viên", None, HALF_2024),
    ("phần", "Đảng viên nữ", 8.0, 15.0, None, "đảng viên", "Kết nạp đảng viên mới", HALF_2024),
    ("phần", "Đảng viên là đoàn viên", 4.0, 15.0, None, "đảng viên", "Kết nạp đảng viên mới",
     HALF_2024),
    ("phần", "Đảng viên là người dân tộc thiểu số", 3.0, 15.0, None, "đảng viên",
     "Kết nạp đảng viên mới", HALF_2024),
    ("mức", "Hồ sơ trung tâm tiếp nhận", 2100.0, None, None, "hồ sơ", None, HALF_2024),
    ("mức", "Thu ngân sách", 4.5, None, None, "tỷ đồng", None, HALF_2024),
    ("đạt kế hoạch", "Thu ngân sách", None, None, 60.0, None, None, HALF_2024),
    ("mức", "Tỷ lệ đảng viên sinh hoạt đầy đủ", None, None, 93.0, None, None, HALF_2024),
    ("thay đổi", "Tỷ lệ đảng viên sinh hoạt đầy đủ", 1.94, None, None, "điểm %", None,
     HALF_2024),
    ("thay đổi", "Số vụ vi phạm", -2.0, None, None, "vụ", None, HALF_2024),
    ("mức", "Chi bộ trong sạch, vững mạnh", 18.0, None, None, "chi bộ", None, HALF_2024),
]  # fmt: skip


def test_a_ward_report_gives_every_figure_once_and_no_trap(tmp_path: Path) -> None:
    report = _ward_report(tmp_path / "le-hong-phong.docx")
    extraction = extract([report])
    (read,) = extraction.reports
    assert read.unit == WARD
    assert read.frame.signed == dt.date(2024, 7, 1)
    assert read.frame.title == "Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024"
    assert [(*_row(f), f.period) for f in read.figures] == EXPECTED
    assert {f.unit for f in read.figures} == {WARD}
    first = read.figures[1]  # the sentence exactly as written, and where it stands
    assert first.sentence == (
        "Đến nay có 412/420 đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử, đạt tỷ lệ 98,1%."
    )
    assert first.where == "đoạn 5"
    assert read.figures[-1].where == "bảng 2, dòng 4, cột 2"  # the table's new figure
    # approximate figures are marked, in the figure's note and its confidence
    assert read.figures[10].note == "số gần đúng: «gần 2.100 hồ sơ»"
    assert read.figures[11].note == "số gần đúng: «trên 4,5 tỷ đồng»"
    assert read.figures[10].confidence == "trung bình"
    assert read.figures[0].confidence == "cao"


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        ("Hoàn thành 12/12 nhiệm vụ.", [("mức", "Nhiệm vụ hoàn thành", 12.0, 12.0, None,
                                          "nhiệm vụ", None)]),
        ("Có 17/20 chi bộ đạt 85%.", [("mức", "Chi bộ", 17.0, 20.0, 85.0, "chi bộ", None)]),
        ("Có 10.616 lượt đánh giá, trong đó: rất hài lòng 10.239 lượt, hài lòng 377 lượt.", [
            ("mức", "Lượt đánh giá", 10616.0, None, None, "lượt", None),
            ("phần", "Lượt rất hài lòng", 10239.0, 10616.0, None, "lượt", "Lượt đánh giá"),
            ("phần", "Lượt hài lòng", 377.0, 10616.0, None, "lượt", "Lượt đánh giá"),
        ]),
        ("Qua rà soát có 11 văn bản cần sửa đổi; đã ban hành 06 văn bản và đang thẩm định 05 "
         "văn bản còn lại.", [
            ("mức", "Văn bản cần sửa đổi", 11.0, None, None, "văn bản", None),
            ("phần", "Văn bản ban hành", 6.0, 11.0, None, "văn bản", "Văn bản cần sửa đổi"),
            ("phần", "Đang thẩm định văn bản còn lại", 5.0, 11.0, None, "văn bản",
             "Văn bản cần sửa đổi"),
        ]),
        # a partial split stays a share of its whole, never checked as adding up
        ("Kết nạp 15 đảng viên, trong đó 08 đảng viên nữ.", [
            ("mức", "Đảng viên kết nạp", 15.0, None, None, "đảng viên", None),
            ("phần", "Đảng viên nữ", 8.0, 15.0, None, "đảng viên", None),
        ]),
        ("Tỷ lệ hộ nghèo còn 2,5%, giảm 1,94% so với cùng kỳ.", [
            ("mức", "Tỷ lệ hộ nghèo", None, None, 2.5, None, None),
            ("thay đổi", "Tỷ lệ hộ nghèo", -1.94, None, None, "điểm %", None),
        ]),
        # an amount's change in per cent is relative, not points
        ("Thu ngân sách đạt 4,5 tỷ đồng, tăng 12% so với cùng kỳ.", [
            ("mức", "Thu ngân sách", 4.5, None, None, "tỷ đồng", None),
            ("thay đổi", "Thu ngân sách", 12.0, None, None, "%", None),
        ]),
        ("Tỷ lệ đảng viên được đánh giá đạt 93%.",
         [("mức", "Tỷ lệ đảng viên được đánh giá", None, None, 93.0, None, None)]),
        # the plan written short, or named by who set it
        ("Sản lượng đạt trên 300 tấn, bằng 100% KH.", [
            ("mức", "Sản lượng", 300.0, None, None, "tấn", None),
            ("đạt kế hoạch", "Sản lượng", None, None, 100.0, None, None),
        ]),
        ("Thu tiền sử dụng đất 8,875 tỷ đồng, vượt 106,4% so với chỉ tiêu UBND tỉnh giao và "
         "đạt 95,4% so với HĐND huyện giao.", [
            ("mức", "Thu tiền sử dụng đất", 8.875, None, None, "tỷ đồng", None),
            ("đạt kế hoạch", "Thu tiền sử dụng đất", None, None, 106.4, None, None),
            ("đạt kế hoạch", "Thu tiền sử dụng đất", None, None, 95.4, None, None),
        ]),
        # an amount «đạt» a percentage: the share of its plan, not a rate of itself
        ("Thu ngân sách ước đạt hơn 5,2 tỷ đồng, đạt 73,3%.", [
            ("mức", "Thu ngân sách", 5.2, None, None, "tỷ đồng", None),
            ("đạt kế hoạch", "Thu ngân sách", None, None, 73.3, None, None),
        ]),
        # a ratio to the same period a year before is neither a level nor a change
        ("Giá trị sản xuất đạt 3.922 tỷ đồng, đạt 69,3% so với cùng kỳ năm 2021.", [
            ("mức", "Giá trị sản xuất", 3922.0, None, None, "tỷ đồng", None),
            ("so với cùng kỳ", "Giá trị sản xuất", None, None, 69.3, None, None),
        ]),
        # a change in brackets, or after what it is compared with
        ("Doanh thu đạt 322 tỷ đồng (tăng 4,1% so với cùng kỳ).", [
            ("mức", "Doanh thu", 322.0, None, None, "tỷ đồng", None),
            ("thay đổi", "Doanh thu", 4.1, None, None, "%", None),
        ]),
        ("Đơn thư tăng so với cùng kỳ 01 đơn.", [
            ("thay đổi", "Đơn thư", 1.0, None, None, "đơn", None),
        ]),
        ("Dư nợ giảm so với đầu năm 310 triệu đồng.", [
            ("thay đổi", "Dư nợ", -310.0, None, None, "triệu đồng", None),
        ]),
        # parts after «với hình thức», checked against their whole; «kỷ luật» is no law
        ("Đã thi hành kỷ luật 29 tổ chức đảng, với hình thức: khiển trách 26 tổ chức đảng, "
         "cảnh cáo 03 tổ chức đảng.", [
            ("mức", "Tổ chức đảng thi hành kỷ luật", 29.0, None, None, "tổ chức đảng", None),
            ("phần", "Tổ chức đảng khiển trách", 26.0, 29.0, None, "tổ chức đảng",
             "Tổ chức đảng thi hành kỷ luật"),
            ("phần", "Tổ chức đảng cảnh cáo", 3.0, 29.0, None, "tổ chức đảng",
             "Tổ chức đảng thi hành kỷ luật"),
        ]),
        # the list of parts goes on past a ';' while it stays within its whole
        ("Giá trị đạt 3.922 tỷ đồng; trong đó, khu vực doanh nghiệp đạt 3.687,3 tỷ đồng, "
         "chiếm 94%; khu vực cá thể đạt 234,7 tỷ đồng, tăng 58,5% so với cùng kỳ, chiếm tỷ lệ "
         "6%.", [
            ("mức", "Giá trị", 3922.0, None, None, "tỷ đồng", None),
            ("phần", "Khu vực doanh nghiệp", 3687.3, 3922.0, 94.0, "tỷ đồng", "Giá trị"),
            ("phần", "Khu vực cá thể", 234.7, 3922.0, 6.0, "tỷ đồng", "Giá trị"),
            ("thay đổi", "Khu vực cá thể", 58.5, None, None, "%", None),
        ]),
        # how writers really type: a count of four digits, a unit glued on, a decimal dot
        ("Có 1946 hộ gia đình đạt danh hiệu gia đình văn hóa.",
         [("mức", "Hộ gia đình đạt danh hiệu gia đình văn hóa", 1946.0, None, None, "hộ",
           None)]),
        ("Trồng mới 19ha cây cam sành.",
         [("mức", "Trồng mới ha cây cam sành", 19.0, None, None, "ha", None)]),
        ("Tổng giá trị sản xuất ước đạt 168.9 tỷ đồng.",
         [("mức", "Tổng giá trị sản xuất", 168.9, None, None, "tỷ đồng", None)]),
        # a decimal comma a stray space follows, before «tỷ»: one amount, not two counts
        ("Tổng dư nợ đạt 9, 2 tỷ đồng.",
         [("mức", "Tổng dư nợ", 9.2, None, None, "tỷ đồng", None)]),
        # a split in brackets, of the whole before it; the whole of the part's own unit
        ("Thi hành kỷ luật đối với 63 đảng viên (khiển trách 15, cảnh cáo 20, cách chức 10, "
         "khai trừ 18).", [
            ("mức", "Đảng viên thi hành kỷ luật", 63.0, None, None, "đảng viên", None),
            ("phần", "Khiển trách", 15.0, 63.0, None, "đảng viên", WHOLE_63),
            ("phần", "Cảnh cáo", 20.0, 63.0, None, "đảng viên", WHOLE_63),
            ("phần", "Cách chức", 10.0, 63.0, None, "đảng viên", WHOLE_63),
            ("phần", "Khai trừ", 18.0, 63.0, None, "đảng viên", WHOLE_63),
        ]),
        ("Giám sát 03 tổ chức đảng và 06 cá nhân, trong đó Ủy ban Kiểm tra giám sát 01 tổ chức "
         "đảng.", [
            ("mức", "Tổ chức đảng giám sát", 3.0, None, None, "tổ chức đảng", None),
            ("mức", "Cá nhân", 6.0, None, None, "cá nhân", None),
            ("phần", "Tổ chức đảng ủy ban Kiểm tra giám sát", 1.0, 3.0, None, "tổ chức đảng",
             None),
        ]),
        # a count's base found by its printed rate, later in the sentence
        ("Hồ sơ giải quyết đúng hạn là 19.255 hồ sơ (đạt 96,55%), hồ sơ đến hạn giải quyết "
         "19.944 hồ sơ.", [
            ("phần", "Hồ sơ giải quyết đúng hạn", 19255.0, 19944.0, 96.55, "hồ sơ", None),
            ("mức", "Hồ sơ đến hạn giải quyết", 19944.0, None, None, "hồ sơ", None),
        ]),
        # an amount keeps the report's unit («triệu lít»); a count of people is read whole,
        # as the workbook reader reads «3,4 ngàn»; a unit glued on
        ("Nước mắm đạt 9,5 triệu lít; có trên 14 nghìn hội viên tham gia; có 3.004tổ chức "
         "đảng.", [
            ("mức", "Nước mắm", 9.5, None, None, "triệu lít", None),
            ("mức", "Hội viên tham gia", 14000.0, None, None, "hội viên", None),
            ("mức", "Tổ chức đảng", 3004.0, None, None, "tổ chức đảng", None),
        ]),
        # rates named before their brackets, in a list opened after a count (not its rate)
        ("Còn lại 24 công trình với tỷ lệ giải ngân như: nguồn vốn ngân sách tập trung "
         "(96,7%); chương trình mục tiêu (62,5%).", [
            ("mức", "Công trình còn lại", 24.0, None, None, "công trình", None),
            ("đạt kế hoạch", "Nguồn vốn ngân sách tập trung", None, None, 96.7, None, None),
            ("đạt kế hoạch", "Chương trình mục tiêu", None, None, 62.5, None, None),
        ]),
        # a change word typed against its neighbours; a count in words; «tỉ» spelt so
        ("Công nghiệp chế biến, chế tạotăng1,36%; thu hút được tám dự án, vốn 5.000 tỉ đồng.", [
            ("thay đổi", "Chế tạo", 1.36, None, None, "%", None),
            ("mức", "Dự án thu hút được", 8.0, None, None, "dự án", None),
            ("mức", "Vốn", 5000.0, None, None, "tỉ đồng", None),
        ]),
        # a percentage said of what is counted («có …») is no rate of the count, nor a figure
        ("Có 160/262 xã có cử tri đi bầu đạt tỷ lệ 100%; 11 xã có 100% cử tri đi bầu.", [
            ("mức", "Xã có cử tri đi bầu", 160.0, 262.0, None, "xã", None),
            ("mức", "Xã có 100% cử tri đi bầu", 11.0, None, None, "xã", None),
        ]),
        # a part is never given a whole smaller than itself
        ("Tiếp nhận 21 lượt đơn, đã giải quyết 6 đơn, trong đó lưu 15 đơn.", [
            ("mức", "Tiếp nhận lượt đơn", 21.0, None, None, "lượt", None),
            ("mức", "Đơn giải quyết", 6.0, None, None, "đơn", None),
            ("phần", "Đơn lưu", 15.0, 21.0, None, "đơn", None),
        ]),
        # a disbursement rate is the share of the capital planned
        ("Toàn huyện đã giải ngân vốn đầu tư công đạt 68,15%.",
         [("đạt kế hoạch", "Giải ngân vốn đầu tư công", None, None, 68.15, None,
           None)]),
        # «lần lượt»: each figure names, in order, one of the things listed before it
        ("Số đảng viên, chi bộ và tổ chức cơ sở đảng tăng lần lượt 5%, 7% và 9%.", [
            ("thay đổi", "Số đảng viên", 5.0, None, None, "%", None),
            ("thay đổi", "Chi bộ", 7.0, None, None, "%", None),
            ("thay đổi", "Tổ chức cơ sở đảng", 9.0, None, None, "%", None),
        ]),
        ("Gồm 27 công trình thuộc các nguồn vốn xây dựng cơ bản và xổ số kiến thiết, đạt lần "
         "lượt tỷ lệ giải ngân là 81,5% và 65,8%.", [
            ("mức", "Công trình thuộc các nguồn vốn xây dựng cơ bản", 27.0, None, None,
             "công trình", None),
            ("đạt kế hoạch", "Tỷ lệ giải ngân (nguồn vốn xây dựng cơ bản)", None, None, 81.5,
             None, None),
            ("đạt kế hoạch", "Tỷ lệ giải ngân (xổ số kiến thiết)", None, None, 65.8, None, None),
        ]),
        # a signed percentage is a change; «tăng hơn» still a change; over 100% of a plan
        ("Giảm 400 vụ (-18,74%); số vụ tăng hơn 17%; thành lập 26 công đoàn (đạt 120%).", [
            ("thay đổi", "Vụ", -400.0, None, None, "vụ", None),
            ("thay đổi", "Vụ", -18.74, None, None, "%", None),
            ("thay đổi", "Số vụ", 17.0, None, None, "%", None),
            ("mức", "Công đoàn thành lập", 26.0, None, None, "công đoàn", None),
            ("đạt kế hoạch", "Công đoàn thành lập", None, None, 120.0, None, None),
        ]),
        # a unit of count that holds a time word; a level named «trung ương»
        ("Đóng góp 8.577 ngày công, hỗ trợ 40 hộ, trong đó cấp trung ương 13 hộ.", [
            ("mức", "Ngày công đóng góp", 8577.0, None, None, "ngày công", None),
            ("mức", "Hộ hỗ trợ", 40.0, None, None, "hộ", None),
            ("phần", "Hộ cấp trung ương", 13.0, 40.0, None, "hộ", None),
        ]),
        # a fraction over its plan keeps its printed rate; decisions listed are no figures
        ("Phát triển 1.757/1.500 hội viên mới, đạt 117,1%; theo các quyết định 290, 188, 142 "
         "được 17.815 người.", [
            ("mức", "Phát triển hội viên mới", 1757.0, None, None, "hội viên", None),
            ("đạt kế hoạch", "Phát triển hội viên mới", 1757.0, 1500.0, 117.1, "hội viên", None),
            ("mức", "Người", 17815.0, None, None, "người", None),
        ]),
        ("Tỷ lệ đỗ đạt 88,06%, tăng hơn năm ngoái đến 5%.", [
            ("mức", "Tỷ lệ đỗ", None, None, 88.06, None, None),
            ("thay đổi", "Tỷ lệ đỗ", 5.0, None, None, "điểm %", None),
        ]),
        # the share a change of a count is said to be is a change too
        ("Số hộ nghèo giảm 87 hộ, chiếm tỉ lệ 9,1%.", [
            ("thay đổi", "Số hộ nghèo", -87.0, None, None, "hộ", None),
            ("thay đổi", "Số hộ nghèo", -9.1, None, None, "%", None),
        ]),
        # a change after its comparison, a share of the plan after «vượt»
        ("Số hồ sơ chậm hạn giảm tới 49,54% so với tháng 01/2021; chỉ tiêu khởi nghiệp vượt "
         "200%.", [
            ("thay đổi", "Số hồ sơ chậm hạn", -49.54, None, None, "%", None),
            ("đạt kế hoạch", "Chỉ tiêu khởi nghiệp", None, None, 200.0, None, None),
        ]),
        # what a commune met is a figure; how many communes meet the standard counts communes
        ("Xã đã đạt 19/19 tiêu chí nông thôn mới.",
         [("mức", "Xã đã đạt tiêu chí nông thôn mới", 19.0, 19.0, None, "tiêu chí", None)]),
    ],
)  # fmt: skip
def test_the_ways_reports_write_figures(sentence: str, rows: list[tuple[object, ...]]) -> None:
    assert [_row(f) for f in sentence_figures(sentence, "đoạn 1", HALF)] == rows


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 3/9 và ngày 21/6 tổ chức hội nghị; ngày 15/8/2022 sơ kết.",
        "Số liệu tính đến ngày 31/1/ 2024.",  # a stray space before the year
        "Thực hiện Báo cáo Số 45-BC/ĐU, Kế hoạch 83-KH/TU, Kết luận 21-KL/TW, Nghị quyết "
        "17c/NQ-CP.",
        "Theo Điều 12 Quy định 205-QĐ/TW.",
        "Nhiệm kỳ 2020 - 2025, trong 03 năm 2021 - 2023 triển khai.",
        "Liên hệ 0255.3822.123 hoặc Tổ dân phố 5.",
        "Trao Huy hiệu 40 năm tuổi Đảng lần thứ 2; chuyển đổi số 4.0.",
        "Phấn đấu trên 95% đảng viên sử dụng Sổ tay.",
        "Bảo đảm tuân thủ nghiêm 05 nguyên tắc tổ chức và hoạt động của Đảng.",
        "- Ban Tổ chức Thành ủy (02 bản),",
        # targets: after «phấn đấu» up to a ';', named as a target, «trở lên», a range
        "Phấn đấu đạt trên 98% hộ đăng ký, trên 90% hộ gia đình văn hóa, 100% tổ đăng ký "
        "và đạt trên 84%.",
        "(chỉ tiêu Nghị quyết là 95%), theo Nghị quyết 90% trở lên.",
        "2/ Tốc độ tăng doanh số tăng bình quân 20–30%/năm.",
        "Hiện huyện có 6 xã đạt 19/19 tiêu chí về xây dựng nông thôn mới"[25:],
        "Báo cáo của Quận 5 về phòng, chống dịch Covid – 19.",
        # times of day, days before a dash, months named, a level's name, quoted slogans
        "Cập nhật lúc 21:49, (GMT+7).",
        "Đại hội diễn ra vào 24 - 25/05/2018.",  # a span's first day
        "Ngày 27 và 28-7, trong tháng 10 vừa qua, hội nghị họp.",
        "Trường được công nhận đạt chuẩn mức độ 1.",
        "Xây dựng gia đình “5 không, 3 sạch”; mỗi năm phát triển ít nhất 1% hội viên.",
        "Ngày 11/11/2022-09:13:00 AM; cập nhật ngày 10/07/2013 15:02:45.",
        "Kỷ niệm 30 năm thành lập (6-12-1989 - 6-12-2019).",
    ],
)
def test_numbers_that_are_not_figures_never_become_rows(sentence: str) -> None:
    assert sentence_figures(sentence, "đoạn 1", HALF) == []


def test_periods_from_the_figures_own_phrase() -> None:
    def period(sentence: str) -> str | None:
        return sentence_figures(sentence, "đoạn 1", HALF)[0].period

    assert period("Quý I năm 2021 (tính từ 16/12/2020 đến 15/3/2021) tiếp nhận 320 đơn.") == (
        "từ ngày 16/12/2020 đến ngày 15/3/2021"
    )
    assert period("Tính đến ngày 30/11/2022, toàn tỉnh có 45.120 đảng viên.") == "ngày 30/11/2022"
    assert period("Trong năm 2022, 2023 và 6 tháng đầu năm 2024 có 10.616 lượt đánh giá.") == (
        "từ năm 2022 đến 6 tháng đầu năm 2024"
    )
    assert period("Từ năm 2022 đã tổ chức 05 buổi đối thoại.") == "từ năm 2022 đến tháng 6/2024"
    # every period written is one chiso reads back
    assert parse_period("từ năm 2022 đến 6 tháng đầu năm 2024").code == "2022/2024S1"


def test_a_place_or_level_the_sentence_names_is_the_figures_unit() -> None:
    (figure,) = sentence_figures("Tính đến ngày 30/11/2022, toàn tỉnh có 45.120 đảng viên.",
                                 "đoạn 1", HALF)  # fmt: skip
    assert (figure.unit, figure.indicator, figure.count) == ("Toàn tỉnh", "Đảng viên",
                                                             Decimal(45120))  # fmt: skip
    (figure,) = sentence_figures("Cấp huyện có 1.234 đảng viên.", "đoạn 1", HALF)
    assert figure.unit == "Cấp huyện"
    # a level named in a bracket after the figure is not the figure's
    (figure,) = sentence_figures(
        "Đã có 9.728/9.897 đảng viên (chi bộ Quân sự cấp xã không tham gia), đạt 98,3%.",
        "đoạn 1", HALF,
    )  # fmt: skip
    assert (figure.unit, figure.rate) == ("Phường A", Decimal("98.3"))


def test_a_printed_rate_that_is_not_its_counts_is_flagged_never_corrected() -> None:
    (figure,) = sentence_figures("Có 412/420 đảng viên đăng ký, đạt tỷ lệ 97%.", "đoạn 1", HALF)
    assert (figure.count, figure.base, figure.rate) == (412, 420, 97)
    assert figure.confidence == "thấp"
    assert "tỷ lệ in 97% khác 412/420" in figure.doubts[0]


def test_an_issuer_without_its_place_takes_the_line_above(tmp_path: Path) -> None:
    report = _ward_report(tmp_path / "btv.docx", issuer="BAN THƯỜNG VỤ",
                          above="ĐẢNG BỘ TỈNH QUẢNG NGÃI")  # fmt: skip
    frame = report_frame(report_passages(report))
    assert (frame.issuer, frame.unit) == ("BAN THƯỜNG VỤ", "Đảng bộ tỉnh Quảng Ngãi")
    assert organisation_name("ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ") == "Ủy ban nhân dân thành phố Huế"
    assert organisation_name("XÃ TỊNH HÀ") == "Xã Tịnh Hà"


def test_plain_text_in_nfd_with_a_byte_order_mark_reads_as_typed(tmp_path: Path) -> None:
    text = "\n".join(
        ["ĐẢNG ỦY XÃ TỊNH HÀ", "BÁO CÁO", "Kết quả 6 tháng đầu năm 2024", *BODY[2:4],
         "Nơi nhận:", "- Lưu VP (03 bản)."]
    )  # fmt: skip
    path = tmp_path / "tinh-ha.txt"
    path.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).encode("utf-8"))
    (read,) = extract([path]).reports
    assert read.unit == "Đảng ủy xã Tịnh Hà"
    assert [(*_row(f), f.period) for f in read.figures] == EXPECTED[:6]
    assert all(unicodedata.is_normalized("NFC", f.sentence) for f in read.figures)


def test_a_folder_gives_one_draft_one_unit_per_report(tmp_path: Path) -> None:
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    _ward_report(folder / "le-hong-phong.docx")
    _ward_report(folder / "tran-phu.docx", issuer="ĐẢNG ỦY PHƯỜNG TRẦN PHÚ")
    (folder / "~$le-hong-phong.docx").write_bytes(b"Word's lock file")
    out = tmp_path / "ban-nhap.xlsx"
    assert main(["extract", str(folder), "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out)["Bản nháp"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == DRAFT_HEADERS
    assert [r[1] for r in rows[1:]] == [WARD] * 17 + ["Đảng ủy phường Trần Phú"] * 17
    header = {name: i for i, name in enumerate(DRAFT_HEADERS)}
    second = rows[2]
    assert (second[header["Tử số"]], second[header["Mẫu số"]], second[header["Tỷ lệ (%)"]]) == (
        412,
        420,
        98.1,
    )
    assert second[header["Vị trí"]] == "le-hong-phong.docx, đoạn 5"
    assert second[header["Loại"]] == "mức"
    assert second[header["Độ tin cậy"]] == "cao"
    assert {r[header["Xác nhận"]] for r in rows[1:]} == {None}  # the analyst's to fill
    (validation,) = sheet.data_validations.dataValidation
    assert validation.formula1 == '"đúng,sửa,bỏ"'
    assert str(validation.sqref) == "N2:N35"
    info = openpyxl.load_workbook(out)["Thông tin"]
    assert dict(info.iter_rows(min_row=2, values_only=True)) == {
        "Kỳ báo cáo": "6 tháng đầu năm 2024",
        "Nhiệm kỳ": "2020-2025",
    }
    first = out.read_bytes()  # the same reports, the same bytes
    assert main(["extract", str(folder), "-o", str(out)]) == 0
    assert out.read_bytes() == first


def test_a_damaged_report_stops_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    _ward_report(folder / "a.docx")
    (folder / "b.docx").write_bytes(b"PK\x03\x04 not a zip")
    out = tmp_path / "ban-nhap.xlsx"
    assert main(["extract", str(folder), "-o", str(out)]) == 1
    assert not out.exists()
    assert list(tmp_path.glob(".ban-nhap*")) == []
    err = capsys.readouterr().err
    assert "b.docx: tệp Word bị hỏng" in err and "Chưa ghi gì. / Nothing was written." in err
    assert "lưu lại dạng «Word Document (.docx)»" in err and "Error" not in err  # no Python
    assert main(["extract", str(tmp_path / "khong-co"), "-o", str(out)]) == 2
    assert main(["extract", str(folder / "a.docx"), "-o", str(tmp_path / "x.csv")]) == 2


def test_a_confirmed_draft_reads_every_level_a_rate_alone_as_its_percentage(
    tmp_path: Path,
) -> None:
    report = _ward_report(tmp_path / "le-hong-phong.docx")
    out = tmp_path / "ban-nhap.xlsx"
    assert main(["extract", str(report), "-o", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    sheet = book["Bản nháp"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=len(DRAFT_HEADERS)).value = "đúng"
    book.save(out)
    dataset = analysis.load(out)
    assert dataset.ok
    # the two changes and the share of the plan are set aside, said; nothing else is lost
    assert [(p.code, p.cell) for p in dataset.problems] == [
        ("draft_set_aside", "J16"),
        ("draft_set_aside", "J14"),
    ]
    table = analysis.summarize(dataset).set_index("indicator")
    assert len(table) == 17 - 3 + 1  # and the parts' whole, added up
    alone = table.loc["Tỷ lệ đảng viên sinh hoạt đầy đủ"]
    assert (alone["text"], alone["measure"], alone["cell_numerator"]) == ("93%", "%", "F15")
    assert table.loc["Đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử", "text"] == "98,1%"


def test_a_period_a_paragraph_opens_with_holds_for_its_sentences(tmp_path: Path) -> None:
    path = tmp_path / "bao-cao.txt"
    path.write_text(
        "Tình hình giải quyết thủ tục hành chính so với năm 2020 có chuyển biến.\n"
        "Tháng 9/2021, Trung tâm đã tiếp nhận mới 4.131 hồ sơ. Đã có kết quả trả trước và "
        "đúng hạn là 4.119 hồ sơ (đạt 99,71%).\n"
        "Có 4.307 cấp ủy viên (tăng 18,1% tổ chức đảng và 15,7% đảng viên so với năm 2020).\n",
        encoding="utf-8",
    )
    (read,) = extract([path], period=parse_period("quý III/2021")).reports
    # what the report is compared with is not its period: the analyst's stands
    assert read.frame.period is None
    assert [(f.count, f.rate, f.kind, f.period) for f in read.figures] == [
        (Decimal(4131), None, "mức", "tháng 9/2021"),
        (Decimal(4119), Decimal("99.71"), "phần", "tháng 9/2021"),
        (Decimal(4307), None, "mức", "quý III/2021"),
        (Decimal("18.1"), None, "thay đổi", "quý III/2021"),
        (Decimal("15.7"), None, "thay đổi", "quý III/2021"),  # listed after a change
    ]


def test_a_text_reports_frame_side_by_side(tmp_path: Path) -> None:
    path = tmp_path / "tinh.txt"
    path.write_text(
        "ĐẢNG BỘ TỈNH QUẢNG NGÃI          ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "HUYỆN ỦY SƠN TỊNH\t\tSơn Tịnh, ngày 05 tháng 7 năm 2024\n"
        "*\nSố 120-BC/HU\n\nBÁO CÁO\nSơ kết 6 tháng đầu năm 2024\n\n"
        "Toàn Đảng bộ kết nạp 42 đảng viên mới.\n",
        encoding="utf-8",
    )
    (read,) = extract([path]).reports
    assert (read.unit, read.frame.signed) == ("Huyện ủy Sơn Tịnh", dt.date(2024, 7, 5))
    assert [(f.count, f.unit, f.period) for f in read.figures] == [
        (Decimal(42), "Huyện ủy Sơn Tịnh", "6 tháng đầu năm 2024")  # its whole: its own
    ]


def test_a_base_guessed_from_the_rate_between_two_totals_says_so() -> None:
    (_, _, guessed) = sentence_figures(
        "Tiếp nhận mới 4.131 hồ sơ, hồ sơ đến hạn giải quyết 4.169 hồ sơ; chậm hạn 12 hồ sơ "
        "(chiếm 0,29%).",
        "đoạn 1",
        HALF,
    )
    # 12/4.131 and 12/4.169 both print 0,29%: the nearest is taken, the other named
    assert (guessed.count, guessed.base, guessed.kind) == (12, 4169, "phần")
    assert guessed.confidence == "trung bình"
    assert guessed.doubts[-1].startswith("mẫu số đoán từ tỷ lệ, cũng có thể là 4.131")


def test_a_line_that_opens_with_a_place_speaks_of_it(tmp_path: Path) -> None:
    path = tmp_path / "bau-cu.txt"
    path.write_text(
        "Hà Tĩnh: cử tri đi bầu đạt gần 100%\n"
        "Toàn tỉnh có 160/262 xã có cử tri đi bầu đạt tỷ lệ 100%.\n"
        "– Huyện Hương Khê: tỷ lệ cử tri đi bỏ phiếu đạt 99,9%.\n"
        "– Huyện Nghi Xuân: tỷ lệ cử tri đi bỏ phiếu đạt 99,9%.\n"
        "Tăng trưởng đạt 8,01% (1) so với cùng kỳ năm trước theo giá so sánh năm 2010.\n",
        encoding="utf-8",
    )
    (read,) = extract([path], period=parse_period("quý II/2021")).reports
    # the headline's rounded figure is the body's, said again: not a row of its own
    assert [(f.unit, f.count, f.base, f.rate, f.kind, f.period) for f in read.figures] == [
        ("Toàn tỉnh", Decimal(160), Decimal(262), None, "mức", "quý II/2021"),
        ("Huyện Hương Khê", None, None, Decimal("99.9"), "mức", "quý II/2021"),
        ("Huyện Nghi Xuân", None, None, Decimal("99.9"), "mức", "quý II/2021"),
        # a footnote's mark is no figure, a price base no period
        ("bau-cu", Decimal("8.01"), None, None, "thay đổi", "quý II/2021"),
    ]


def test_since_the_start_of_the_reports_own_year_never_fails(tmp_path: Path) -> None:
    path = tmp_path / "xa.txt"
    path.write_text(
        "Từ đầu năm 2021 đến nay, đã kết nạp 25 đảng viên, cho 1904 hộ vay vốn.\n", "utf-8"
    )
    for period, expected in (
        ("năm 2021", "năm 2021"),
        ("6 tháng đầu năm 2021", "6 tháng đầu năm 2021"),
        ("năm 2020", "Từ đầu năm 2021 đến nay"),  # after the report's: as written, not failed
    ):
        (read,) = extract([path], period=parse_period(period)).reports
        # «1904 hộ» counts households: no year of the report's
        assert [(f.count, f.period) for f in read.figures] == [
            (Decimal(25), expected),
            (Decimal(1904), expected),
        ]
    assert main(["extract", str(path), "-o", str(tmp_path / "d.xlsx"), "--period", "năm 2021"]) == 0


def test_trong_do_opens_the_parts_of_wholes_said_in_the_paragraph_before(tmp_path: Path) -> None:
    path = tmp_path / "atgt.txt"
    path.write_text(
        "Trong tháng 5, cả nước xảy ra 1.734 vụ, làm chết 708 người, làm bị thương 1.484 "
        "người. So với cùng kỳ giảm 400 vụ (-18,74%).\n"
        "Trong đó tai nạn nghiêm trọng xảy ra 798 vụ, làm chết 708 người, bị thương 378 người.\n",
        encoding="utf-8",
    )
    (read,) = extract([path], unit="Cả nước").reports
    parts = [(f.count, f.base) for f in read.figures if f.kind == "phần"]
    # each part of the whole of its own unit, never of a smaller one
    assert parts == [(798, 1734), (708, 708), (378, 1484)]
    changes = [(f.count, f.measure) for f in read.figures if f.kind == "thay đổi"]
    assert changes == [(-400, "vụ"), (Decimal("-18.74"), "%")]
