"""Write data/ke-hoach-83-quang-ngai.xlsx: the eight figures of the source report.

The workbook is the project's raw data and is committed; this script records how
it was made (from ../shared/seed/INDICATORS.md and the report's paragraphs) so
that it can be re-made or extended. Run: .venv/bin/python scripts/make_bundled_workbook.py
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "data" / "ke-hoach-83-quang-ngai.xlsx"

UNIT = "TP Quảng Ngãi"
SOURCE = "Báo cáo kết quả thực hiện Kế hoạch 83-KH/TU của BTV Thành ủy Quảng Ngãi (2024)"
HEADERS = [
    "STT",
    "Chỉ tiêu",
    "Mã",
    "Đơn vị",
    "Kỳ",
    "Tử số",
    "Mẫu số",
    "Tỷ lệ (%)",
    "Nhóm",
    "Đơn vị tính",
    "Ghi chú",
    "Nguồn",
]

G_DOCS = "Văn bản QPPL cần sửa đổi, hoàn chỉnh"
G_LEAVE = "Đảng viên ra khỏi Đảng từ đầu nhiệm kỳ"
G_TALK = "Buổi đối thoại của Bí thư Thành ủy"
G_RATE = "Lượt đánh giá mức độ hài lòng tại Trung tâm hành chính công thành phố"

# The caveats the report attaches to its figures, in its own words (the seed report, Part I
# opening, I.4, I.7 and footnote (1) of II.4): they travel with the figures into the briefing.
CAVEATS: dict[str, str] = {
    "NVTT": "trong đó có một số nhiệm vụ sẽ tiếp tục thực hiện thường xuyên",
    "STDV": "đảng bộ, chi bộ công an và Quân sự cấp thành phố, cấp xã có văn bản không tham gia",
    "CDLD": "chỉ có chức danh Viện trưởng VKSND thành phố là người địa phương",
    "DTCD": "với Thanh niên với chuyển đổi số; với lãnh đạo, đội ngũ tài xế lái xe Taxi trên "
    "địa bàn thành phố; với cán bộ, công chức, viên chức trên địa bàn thành phố; với chủ các hộ "
    "kinh doanh dịch vụ ăn uống tại biển Mỹ Khê, xã Tịnh Khê",
}

# (STT, indicator, code, period, numerator, denominator, printed rate, group, measure, where
# in the report: its part and item, before the colon)
ROWS: list[tuple[object, ...]] = [
    ("I", "Kết quả thực hiện 12 nhiệm vụ trọng tâm"),
    (
        1,
        "Nhiệm vụ trọng tâm đã hoàn thành",
        "NVTT",
        "2022-01/2024-06",
        12,
        12,
        100,
        None,
        "nhiệm vụ",
        "Phần I, đoạn mở đầu: hoàn thành 12/12 nhiệm vụ trọng tâm; một số nhiệm vụ "
        "tiếp tục thực hiện thường xuyên.",
    ),
    (
        2,
        "Đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử",
        "STDV",
        "2024-06",
        9728,
        9897,
        98.3,
        None,
        "đảng viên",
        "Phần I, mục 4: 9.728/9.897 đảng viên, đạt tỷ lệ 98,3%; đảng bộ, chi bộ Công an "
        "và Quân sự cấp thành phố, cấp xã có văn bản không tham gia.",
    ),
    (
        3,
        "Chức danh lãnh đạo chủ chốt không phải người địa phương",
        "CDLD",
        "2024-06",
        6,
        7,
        None,
        None,
        "chức danh",
        "Phần I, mục 7: 6/7 chức danh; chỉ có Viện trưởng VKSND thành phố là người địa phương.",
    ),
    (
        4,
        "Văn bản QPPL đã ban hành",
        "VBBH",
        "2022-01/2024-06",
        6,
        11,
        None,
        G_DOCS,
        "văn bản",
        "Phần I, mục 10: qua rà soát có 11 văn bản cần sửa đổi; đã ban hành 06 văn bản.",
    ),
    (
        5,
        "Văn bản QPPL đang thẩm định",
        "VBTD",
        "2022-01/2024-06",
        5,
        11,
        None,
        G_DOCS,
        "văn bản",
        "Phần I, mục 10: đang thẩm định 05 văn bản còn lại.",
    ),
    ("II", "Kết quả thực hiện 07 nhiệm vụ cụ thể"),
    (
        6,
        "Nhiệm vụ cụ thể đã hoàn thành",
        "NVCT",
        "2022-01/2024-06",
        7,
        7,
        100,
        None,
        "nhiệm vụ",
        "Phần II, đoạn mở đầu: hoàn thành 7/7 nhiệm vụ cụ thể.",
    ),
    (
        7,
        "Đảng viên được cho ra khỏi Đảng",
        "DVRK",
        "2020-10/2024-06",
        14,
        None,
        None,
        G_LEAVE,
        "đảng viên",
        "Phần II, mục 3: từ đầu nhiệm kỳ 2020–2025 đã xem xét cho ra khỏi Đảng 14 đảng viên.",
    ),
    (
        8,
        "Đảng viên bị xoá tên",
        "DVXT",
        "2020-10/2024-06",
        24,
        None,
        None,
        G_LEAVE,
        "đảng viên",
        "Phần II, mục 3: xoá tên 24 đảng viên.",
    ),
    (
        9,
        "Đảng viên bị khai trừ",
        "DVKT",
        "2020-10/2024-06",
        5,
        None,
        None,
        G_LEAVE,
        "đảng viên",
        "Phần II, mục 3: khai trừ 05 đảng viên.",
    ),
    (
        10,
        "Đối thoại trực tiếp với Nhân dân các xã, phường",
        "DTTT",
        "2022/2024S1",
        5,
        None,
        None,
        G_TALK,
        "buổi",
        "Phần II, mục 4: từ năm 2022 Bí thư Thành ủy tổ chức 05 buổi đối thoại "
        "trực tiếp với Nhân dân các xã, phường.",
    ),
    (
        11,
        "Đối thoại chuyên đề",
        "DTCD",
        "2022/2024S1",
        4,
        None,
        None,
        G_TALK,
        "buổi",
        "Phần II, mục 4 và chú thích (1): 04 buổi đối thoại chuyên đề (thanh niên với chuyển đổi "
        "số; tài xế taxi; cán bộ, công chức, viên chức; hộ kinh doanh ăn uống tại biển Mỹ Khê).",
    ),
    (
        12,
        "Đánh giá rất hài lòng",
        "HLRH",
        "2022/2024S1",
        10239,
        10616,
        None,
        G_RATE,
        "lượt",
        "Phần II, mục 5: năm 2022, 2023 và 6 tháng đầu năm 2024 có 10.616 lượt đánh giá; rất hài "
        "lòng 10.239 lượt.",
    ),
    (
        13,
        "Đánh giá hài lòng",
        "HLHL",
        "2022/2024S1",
        377,
        10616,
        None,
        G_RATE,
        "lượt",
        "Phần II, mục 5: mức độ hài lòng 377 lượt.",
    ),
    (
        14,
        "Đánh giá không hài lòng",
        "HLKH",
        "2022/2024S1",
        0,
        10616,
        None,
        G_RATE,
        "lượt",
        "Phần II, mục 5: không hài lòng 0 lượt.",
    ),
]

CATALOGUE_HEADERS = [
    "Mã",
    "Chỉ tiêu",
    "Hệ số",
    "Số lẻ",
    "Cách đo",
    "Chiều",
    "Mục tiêu",
    "Tổng hợp",
    "Trình bày",
    "Chủ đề",
]
CATALOGUE: list[tuple[object, ...]] = [
    (
        "NVTT",
        "Nhiệm vụ trọng tâm đã hoàn thành",
        100,
        0,
        "toàn bộ",
        "tăng",
        100,
        "cuối kỳ",
        "phân số",
        "Thực hiện nhiệm vụ",
    ),
    (
        "NVCT",
        "Nhiệm vụ cụ thể đã hoàn thành",
        100,
        0,
        "toàn bộ",
        "tăng",
        100,
        "cuối kỳ",
        "phân số",
        "Thực hiện nhiệm vụ",
    ),
    (
        "STDV",
        "Đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử",
        100,
        1,
        "toàn bộ",
        "tăng",
        None,
        "cuối kỳ",
        "tỷ lệ",
        "Sổ tay đảng viên điện tử",
    ),
    (
        "CDLD",
        "Chức danh lãnh đạo chủ chốt không phải người địa phương",
        100,
        0,
        "toàn bộ",
        "tăng",
        None,
        "cuối kỳ",
        "phân số",
        "Công tác cán bộ",
    ),
    (
        "VBBH",
        "Văn bản QPPL đã ban hành",
        100,
        0,
        "toàn bộ",
        "tăng",
        None,
        "cuối kỳ",
        "phân số",
        "Văn bản quy phạm pháp luật",
    ),
    (
        "VBTD",
        "Văn bản QPPL đang thẩm định",
        100,
        0,
        "toàn bộ",
        None,
        None,
        "cuối kỳ",
        "phân số",
        "Văn bản quy phạm pháp luật",
    ),
    (
        "DVRK",
        "Đảng viên được cho ra khỏi Đảng",
        1,
        0,
        "toàn bộ",
        None,
        None,
        "tổng",
        "số lượng",
        "Đảng viên ra khỏi Đảng",
    ),
    (
        "DVXT",
        "Đảng viên bị xoá tên",
        1,
        0,
        "toàn bộ",
        None,
        None,
        "tổng",
        "số lượng",
        "Đảng viên ra khỏi Đảng",
    ),
    (
        "DVKT",
        "Đảng viên bị khai trừ",
        1,
        0,
        "toàn bộ",
        None,
        None,
        "tổng",
        "số lượng",
        "Đảng viên ra khỏi Đảng",
    ),
    (
        "DTTT",
        "Đối thoại trực tiếp với Nhân dân các xã, phường",
        1,
        0,
        "toàn bộ",
        "tăng",
        None,
        "tổng",
        "số lượng",
        "Đối thoại với Nhân dân",
    ),
    (
        "DTCD",
        "Đối thoại chuyên đề",
        1,
        0,
        "toàn bộ",
        "tăng",
        None,
        "tổng",
        "số lượng",
        "Đối thoại với Nhân dân",
    ),
    (
        "HLRH",
        "Đánh giá rất hài lòng",
        100,
        1,
        "tự nguyện",
        "tăng",
        None,
        "tổng",
        "tỷ lệ",
        "Mức độ hài lòng của người dân",
    ),
    (
        "HLHL",
        "Đánh giá hài lòng",
        100,
        1,
        "tự nguyện",
        None,
        None,
        "tổng",
        "tỷ lệ",
        "Mức độ hài lòng của người dân",
    ),
    (
        "HLKH",
        "Đánh giá không hài lòng",
        100,
        1,
        "tự nguyện",
        "giảm",
        None,
        "tổng",
        "tỷ lệ",
        "Mức độ hài lòng của người dân",
    ),
]


# The document around the figures, as the source report (../shared/seed/) prints it. The report
# as stored states no document number and no date, so the workbook gives neither.
FACTS: list[tuple[str, str]] = [
    ("Cấp trên", "Đảng bộ tỉnh Quảng Ngãi"),
    ("Cơ quan", "Thành ủy Quảng Ngãi"),
    ("Địa danh", "Quảng Ngãi"),
    ("Kỳ báo cáo", "6 tháng đầu năm 2024"),
    ("Nhiệm kỳ", "2020-2025"),
    (
        "Trích yếu",
        "Kết quả thực hiện Kế hoạch số 83-KH/TU ngày 26/01/2022 của Tỉnh ủy thực hiện Kết luận "
        "số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng "
        "khóa XIII",
    ),
    (
        "Mở đầu",
        "Thực hiện Công văn số 2204-CV/TU, ngày 25/6/2024 của Ban Thường vụ Tỉnh ủy về việc rà "
        "soát kết quả, tiến độ thực hiện theo Kế hoạch số 83-KH/TU ngày 26/01/2022 của Tỉnh ủy "
        "thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành "
        "Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị; "
        "kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng viên suy thoái về tư tưởng "
        "chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, “tự chuyển hóa” (viết tắt là "
        "Kế hoạch 83), Ban Thường vụ Thành ủy báo cáo kết quả thực hiện các nhiệm vụ được giao "
        "tại Kế hoạch 83 như sau:",
    ),
    (
        "Kết luận",
        "Trên đây là báo cáo kết quả thực hiện Kế hoạch số 83-KH/TU ngày 26/01/2022 của Tỉnh ủy "
        "thực hiện Kết luận số 21-KL/TW của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng "
        "khóa XIII của Ban Thường vụ Thành ủy ./.",
    ),
    ("Nơi nhận", "- Thường trực Tỉnh ủy (b/c),"),
    ("", "- BTC Tỉnh ủy (b/c),"),
    ("", "- Thường trực Thành ủy (b/c)"),
    ("", "- Ban Tổ chức Thành ủy (02 bản),"),
    ("", "- Lưu Văn phòng Thành ủy."),
    ("Thay mặt", "T/M Ban Thường vụ"),
    ("Chức danh", "Phó Bí thư"),
    ("Người ký", "Trần Phước Hải"),
    # The report writes its counts under ten with a leading zero («06 văn bản», «05 đảng viên
    # bị khai trừ», «05 … 04 buổi»), its fractions as they are («6/7»).
    ("Số đếm hai chữ số", "có"),
]


def build(target: Path = TARGET) -> Path:
    book = openpyxl.Workbook()
    book.properties.creator = "chiso"
    book.properties.created = dt.datetime(2024, 7, 1)
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chỉ tiêu"
    sheet["A1"] = "THÀNH ỦY QUẢNG NGÃI"
    sheet["A2"] = "SỐ LIỆU KẾT QUẢ THỰC HIỆN KẾ HOẠCH SỐ 83-KH/TU NGÀY 26/01/2022 CỦA TỈNH ỦY"
    sheet["A1"].font = sheet["A2"].font = Font(bold=True)
    sheet.append([])
    sheet.append(HEADERS)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for entry in ROWS:
        if len(entry) == 2:
            sheet.append([entry[0], entry[1]])
            sheet.cell(sheet.max_row, 2).font = Font(bold=True)
            continue
        stt, name, code, period, numerator, denominator, rate, group, measure, where = entry
        # «Ghi chú»: the report's own caveat on the figure, in its words, which the briefing
        # prints beside it; «Nguồn»: the report and where in it the figure stands.
        note = CAVEATS.get(str(code))
        place = str(where).split(":", 1)[0]
        sheet.append(
            [
                stt,
                name,
                code,
                UNIT,
                period,
                numerator,
                denominator,
                rate,
                group,
                measure,
                note,
                f"{SOURCE}, {place[:1].lower()}{place[1:]}",
            ]
        )
    for column, width in zip(
        "ABCDEFGHIJKL", (5, 48, 7, 15, 16, 9, 9, 9, 34, 11, 60, 30), strict=True
    ):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "C5"

    catalogue = book.create_sheet("Danh mục")
    catalogue.append(CATALOGUE_HEADERS)
    for cell in catalogue[1]:
        cell.font = Font(bold=True)
    for row in CATALOGUE:
        catalogue.append(list(row))
    catalogue.column_dimensions["B"].width = 48

    facts = book.create_sheet("Thông tin")
    facts.append(["Thông tin", "Nội dung"])
    for cell in facts[1]:
        cell.font = Font(bold=True)
    for name, value in FACTS:
        facts.append([name or None, value])
        facts.cell(facts.max_row, 2).alignment = Alignment(wrap_text=True, vertical="top")
    facts.column_dimensions["A"].width = 14
    facts.column_dimensions["B"].width = 100
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    return target


if __name__ == "__main__":
    print(build(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET))
