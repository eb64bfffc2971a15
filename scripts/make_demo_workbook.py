"""Write data/demo/tinh-minh-hoa.xlsx: a demonstration workbook of made-up figures.

Twelve communes and wards of an imaginary province ("Tỉnh Minh Hoạ") over six years
(2019–2024), five indicators of Party-building work: a full-count share with a target, a
sampled satisfaction share, a count with a plan per unit, a share of files on time and a
count where lower is better. The figures come from a random generator with a fixed seed,
so the file is the same at every run. It is marked as illustrative in its title, in its
`Thông tin` sheet (`Số liệu minh hoạ: có`), and therefore on every chart and in every
briefing drawn from it.

It is not part of the default build (`make report`, `chiso build` with no arguments):
`make demo` builds it into figures/demo/ and reports/demo/.
Run: .venv/bin/python scripts/make_demo_workbook.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Font

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx"
SEED = 20241128
_FIXED_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")
YEARS = range(2019, 2025)
PROVINCE = "Tỉnh Minh Hoạ"
UNITS = [
    "Phường An Bình",
    "Phường Bắc Sơn",
    "Phường Cẩm Thành",
    "Xã Đông Hải",
    "Xã Hòa Phú",
    "Xã Kim Long",
    "Xã Lạc Thủy",
    "Phường Minh Khai",
    "Xã Nghĩa Trung",
    "Xã Phú Lộc",
    "Phường Quang Trung",
    "Xã Sơn Hà",
]
HEADERS = ["STT", "Chỉ tiêu", "Mã", "Đơn vị", "Kỳ", "Tử số", "Mẫu số", "Kế hoạch", "Đơn vị tính"]
CATALOGUE = [
    ["Mã", "Chỉ tiêu", "Cách đo", "Chiều", "Mục tiêu", "Tổng hợp", "Chủ đề"],
    [
        "SOTAY",
        "Đảng viên dùng Sổ tay đảng viên điện tử",
        "toàn bộ",
        "tăng",
        95,
        "cuối kỳ",
        "Chuyển đổi số",
    ],
    [
        "HAILONG",
        "Người dân hài lòng với dịch vụ hành chính công",
        "mẫu",
        "tăng",
        90,
        "tổng",
        "Cải cách hành chính",
    ],
    ["HOSO", "Hồ sơ giải quyết đúng hạn", "toàn bộ", "tăng", 98, "tổng", "Cải cách hành chính"],
    ["KETNAP", "Kết nạp đảng viên mới", "toàn bộ", "tăng", None, "tổng", "Công tác đảng viên"],
    ["KYLUAT", "Đảng viên bị kỷ luật", "toàn bộ", "giảm", None, "tổng", "Công tác đảng viên"],
]
FACTS = [
    ["Cơ quan", "Ban Thường vụ Tỉnh ủy Minh Hoạ"],
    ["Địa danh", "Minh Hoạ"],
    ["Kỳ báo cáo", "Năm 2024"],
    [
        "Trích yếu",
        "Tình hình thực hiện các chỉ tiêu công tác xây dựng Đảng giai đoạn 2019–2024 "
        "(số liệu minh hoạ)",
    ],
    ["Số liệu minh hoạ", "có"],
    ["Ngày báo cáo", "15/01/2025"],
]


def figures(generator: random.Random) -> list[list[object]]:
    """One row per indicator, unit and year."""
    rows: list[list[object]] = []
    for unit in UNITS:
        members = generator.randint(320, 950)
        share = generator.uniform(0.55, 0.8)
        satisfied = generator.uniform(0.78, 0.9)
        on_time = generator.uniform(0.9, 0.97)
        admitted = generator.randint(6, 22)
        files = generator.randint(900, 3200)
        for year in YEARS:
            members += generator.randint(-5, 25)
            share = min(0.995, share + generator.uniform(-0.01, 0.07))
            users = round(members * share)
            asked = generator.randint(150, 260)
            pleased = round(asked * min(0.99, satisfied + generator.uniform(-0.05, 0.05)))
            files += generator.randint(-80, 200)
            done = round(files * min(0.999, on_time + generator.uniform(-0.02, 0.03)))
            plan = max(3, round(admitted * generator.uniform(0.9, 1.2)))
            new = max(0, admitted + generator.randint(-5, 6))
            punished = max(0, generator.randint(-2, 5))
            period = f"Năm {year}"
            rows += [
                [
                    None,
                    "Đảng viên dùng Sổ tay đảng viên điện tử",
                    "SOTAY",
                    unit,
                    period,
                    users,
                    members,
                    None,
                    "đảng viên",
                ],
                [
                    None,
                    "Người dân hài lòng với dịch vụ hành chính công",
                    "HAILONG",
                    unit,
                    period,
                    pleased,
                    asked,
                    None,
                    "phiếu",
                ],
                [
                    None,
                    "Hồ sơ giải quyết đúng hạn",
                    "HOSO",
                    unit,
                    period,
                    done,
                    files,
                    None,
                    "hồ sơ",
                ],
                [
                    None,
                    "Kết nạp đảng viên mới",
                    "KETNAP",
                    unit,
                    period,
                    new,
                    None,
                    plan,
                    "đảng viên",
                ],
                [
                    None,
                    "Đảng viên bị kỷ luật",
                    "KYLUAT",
                    unit,
                    period,
                    punished,
                    None,
                    None,
                    "đảng viên",
                ],
            ]
    for number, row in enumerate(rows, start=1):
        row[0] = number
    return rows


def write(target: Path = TARGET) -> Path:
    generator = random.Random(SEED)
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Chỉ tiêu"
    sheet.append(["BẢNG SỐ LIỆU MINH HOẠ — KHÔNG PHẢI SỐ LIỆU THẬT"])
    sheet.append(["Tỉnh Minh Hoạ là một tỉnh tưởng tượng; mọi số liệu do máy tạo ngẫu nhiên."])
    sheet.append([])
    sheet.append(HEADERS)
    for line in figures(generator):
        sheet.append(line)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
    sheet["A1"].font = Font(bold=True, color="B00020", size=13)
    sheet.freeze_panes = "A5"
    for column, width in zip("ABCDEFGHI", (6, 44, 9, 20, 11, 9, 9, 10, 11), strict=True):
        sheet.column_dimensions[column].width = width
    units = book.create_sheet("Đơn vị")
    units.append(["Mã", "Đơn vị", "Cấp trên", "Cấp"])
    units.append(["T", PROVINCE, None, "tỉnh"])
    for number, unit in enumerate(UNITS, start=1):
        units.append([f"X{number:02d}", unit, "T", "xã" if unit.startswith("Xã") else "phường"])
    catalogue = book.create_sheet("Danh mục")
    for line in CATALOGUE:
        catalogue.append(line)
    facts = book.create_sheet("Thông tin")
    for line in FACTS:
        facts.append(line)
    book.properties.creator = "chiso"
    book.properties.created = dt.datetime(2025, 1, 15)
    book.properties.modified = dt.datetime(2025, 1, 15)
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    _fix_zip_times(target)
    return target


def _fix_zip_times(path: Path) -> None:
    """Give every member of the .xlsx the same date, and the workbook the same modification
    time, so the file's bytes do not depend on the time it was written."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    members = [
        (info, _FIXED_MODIFIED.sub(rb"\g<1>2025-01-15T00:00:00Z\g<2>", data))
        if info.filename == "docProps/core.xml"
        else (info, data)
        for info, data in members
    ]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as packed:
        for info, data in members:
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            packed.writestr(fixed, data)


if __name__ == "__main__":
    written = write(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
    print(written)
