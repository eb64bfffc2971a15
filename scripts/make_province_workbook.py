"""Write a province-sized workbook of made-up figures: the scale of issue 17.

An imaginary province ("Tỉnh Sơn Hải Minh Hoạ") with 25 districts (huyện, thị xã, thành
phố) and 500 communes, wards and townships nested under them in a `Đơn vị` sheet; eight
indicators of Party-building work over eight half-years (2021S1–2024S2), in the long
layout of data/demo/tinh-minh-hoa.xlsx (STT, Chỉ tiêu, Mã, Đơn vị, Kỳ, Tử số, Mẫu số, Kế
hoạch, Đơn vị tính): 500 × 8 × 8 = 32.000 figures. The indicators are rates with targets
(full counts), a sampled satisfaction rate, a count against its plan and event counts
where lower is better (discipline, complaints). Only the communes report; the districts
and the province are their roll-ups.

The figures and the names come from a random generator with a fixed seed, so the file is
the same at every run (the zip's dates are fixed as in `make_demo_workbook.py`). It is
marked as illustrative in its title and its `Thông tin` sheet. It is not committed:
`make bench` writes it to a temporary folder; tests write smaller ones with `write(...,
units=..., indicators=..., periods=...)`.

Run: .venv/bin/python scripts/make_province_workbook.py [TARGET] [--units 500]
     [--indicators 8] [--periods 8]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "data" / "province" / "tinh-son-hai.xlsx"
SEED = 20251217
PROVINCE = "Tỉnh Sơn Hải"
LAST_YEAR = 2024
_FIXED_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")

HEADERS = ["STT", "Chỉ tiêu", "Mã", "Đơn vị", "Kỳ", "Tử số", "Mẫu số", "Kế hoạch", "Đơn vị tính"]
CATALOGUE_HEADERS = ["Mã", "Chỉ tiêu", "Cách đo", "Chiều", "Mục tiêu", "Tổng hợp", "Chủ đề"]

# Syllables of place names; every commune's name is one of each list, never twice.
FIRST = (
    "An", "Bình", "Cẩm", "Đông", "Hòa", "Kim", "Lạc", "Minh", "Nghĩa", "Phú", "Quang", "Sơn",
    "Tân", "Thạnh", "Trung", "Vĩnh", "Xuân", "Hưng", "Long", "Phước", "Thuận", "Hải", "Đức",
    "Tịnh", "Hành", "Bình Hòa", "Tam", "Thanh",
)  # fmt: skip
SECOND = (
    "An", "Bình", "Châu", "Điền", "Giang", "Hiệp", "Khánh", "Lộc", "Lợi", "Mỹ", "Nam", "Ninh",
    "Phong", "Phú", "Quý", "Sơn", "Tây", "Thắng", "Thịnh", "Thọ", "Thủy", "Tiến", "Trà", "Trung",
    "Vinh", "Yên", "Hà", "Lâm",
)  # fmt: skip
DISTRICTS = (
    ("Thành phố", "Sơn Hải"), ("Thị xã", "Đức Phổ"), ("Thị xã", "Ba Tơ"), ("Huyện", "Bình Sơn"),
    ("Huyện", "Sơn Tịnh"), ("Huyện", "Tư Nghĩa"), ("Huyện", "Nghĩa Hành"), ("Huyện", "Mộ Đức"),
    ("Huyện", "Minh Long"), ("Huyện", "Sơn Hà"), ("Huyện", "Sơn Tây"), ("Huyện", "Trà Bồng"),
    ("Huyện", "Lý Sơn"), ("Huyện", "Hoài Nhơn"), ("Huyện", "Phù Mỹ"), ("Huyện", "Tây Sơn"),
    ("Huyện", "Vân Canh"), ("Huyện", "An Lão"), ("Huyện", "Tuy Phước"), ("Huyện", "Phù Cát"),
    ("Huyện", "Vĩnh Thạnh"), ("Huyện", "Hoài Ân"), ("Huyện", "Đồng Xuân"), ("Huyện", "Sông Cầu"),
    ("Huyện", "Tuy An"),
)  # fmt: skip
LEVEL_OF = {"Thành phố": "thành phố", "Thị xã": "thị xã", "Huyện": "huyện"}


@dataclass(frozen=True)
class Indicator:
    """One indicator of the catalogue and how its figures are drawn."""

    code: str
    name: str
    measure: str  # 'toàn bộ' or 'mẫu'
    direction: str  # 'tăng' or 'giảm'
    target: float | None
    aggregation: str  # 'tổng' or 'cuối kỳ'
    theme: str
    unit_of_measure: str
    kind: str  # 'share', 'sample', 'plan', 'events'


INDICATORS = (
    Indicator(
        "SOTAY", "Đảng viên dùng Sổ tay đảng viên điện tử", "toàn bộ", "tăng", 95, "cuối kỳ",
        "Chuyển đổi số", "đảng viên", "share",
    ),
    Indicator(
        "HAILONG", "Người dân hài lòng với dịch vụ hành chính công", "mẫu", "tăng", 90, "tổng",
        "Cải cách hành chính", "phiếu", "sample",
    ),
    Indicator(
        "KYLUAT", "Đảng viên bị kỷ luật", "toàn bộ", "giảm", None, "tổng",
        "Công tác kiểm tra, giám sát", "đảng viên", "events",
    ),
    Indicator(
        "KETNAP", "Kết nạp đảng viên mới", "toàn bộ", "tăng", None, "tổng",
        "Công tác đảng viên", "đảng viên", "plan",
    ),
    Indicator(
        "HOSO", "Hồ sơ giải quyết đúng hạn", "toàn bộ", "tăng", 98, "tổng",
        "Cải cách hành chính", "hồ sơ", "share",
    ),
    Indicator(
        "SINHHOAT", "Chi bộ sinh hoạt định kỳ đúng quy định", "toàn bộ", "tăng", 100, "cuối kỳ",
        "Công tác tổ chức", "chi bộ", "share",
    ),
    Indicator(
        "HOCTAP", "Đảng viên học tập, quán triệt nghị quyết", "toàn bộ", "tăng", 95, "tổng",
        "Công tác tuyên giáo", "đảng viên", "share",
    ),
    Indicator(
        "DONTHU", "Đơn thư khiếu nại, tố cáo đảng viên", "toàn bộ", "giảm", None, "tổng",
        "Công tác kiểm tra, giám sát", "đơn", "events",
    ),
)  # fmt: skip


@dataclass(frozen=True)
class Commune:
    code: str
    name: str
    district: str
    level: str


def half_years(count: int) -> list[str]:
    """The last `count` half-years up to the second half of LAST_YEAR, as reports write them."""
    halves = [(year, half) for year in range(LAST_YEAR - 10, LAST_YEAR + 1) for half in (1, 2)]
    return [
        f"6 tháng {'đầu' if half == 1 else 'cuối'} năm {year}" for year, half in halves[-count:]
    ]


def units(generator: random.Random, count: int) -> tuple[list[tuple[str, str, str]], list[Commune]]:
    """The districts (code, name, level) and `count` communes spread over them, in order."""
    names = [f"{first} {second}" for first in FIRST for second in SECOND if first != second]
    if count > len(names):
        raise ValueError(f"at most {len(names)} communes, asked for {count}")
    picked = generator.sample(names, count)
    districts = [
        (f"H{number:02d}", f"{kind} {name}", LEVEL_OF[kind])
        for number, (kind, name) in enumerate(DISTRICTS, start=1)
    ]
    communes: list[Commune] = []
    for index, name in enumerate(picked):
        code, district, level = districts[index * len(districts) // count]
        if level == "huyện":
            kind, commune_level = ("Thị trấn", "thị trấn") if index % 20 == 0 else ("Xã", "xã")
        else:
            kind, commune_level = ("Phường", "phường") if index % 3 else ("Xã", "xã")
        communes.append(
            Commune(f"{code}X{index + 1:03d}", f"{kind} {name}", district, commune_level)
        )
    return districts, communes


def figures(
    generator: random.Random,
    communes: Sequence[Commune],
    indicators: Sequence[Indicator],
    periods: Sequence[str],
) -> list[list[object]]:
    """One row per commune, indicator and half-year; STT numbers them in order."""
    rows: list[list[object]] = []
    for commune in communes:
        members = generator.randint(120, 900)
        for indicator in indicators:
            base = {
                "share": members,
                "sample": generator.randint(80, 200),
                "plan": generator.randint(3, 14),
                "events": generator.randint(0, 3),
            }[indicator.kind]
            level = generator.uniform(0.6, 0.93)
            for period in periods:
                level = min(0.999, max(0.3, level + generator.uniform(-0.03, 0.05)))
                numerator: int
                denominator: int | None = None
                plan: int | None = None
                if indicator.kind == "share":
                    if indicator.code == "HOSO":
                        denominator = generator.randint(200, 1500)
                    elif indicator.code == "SINHHOAT":
                        denominator = max(4, members // 30)
                    else:
                        denominator = members + generator.randint(-10, 20)
                    numerator = round(denominator * level)
                elif indicator.kind == "sample":
                    denominator = base + generator.randint(-20, 40)
                    numerator = round(denominator * min(0.99, level + 0.05))
                elif indicator.kind == "plan":
                    plan = max(1, base + generator.randint(-1, 2))
                    numerator = max(0, plan + generator.randint(-3, 3))
                else:
                    numerator = max(0, base + generator.randint(-2, 2))
                rows.append(
                    [
                        None,
                        indicator.name,
                        indicator.code,
                        commune.name,
                        period,
                        numerator,
                        denominator,
                        plan,
                        indicator.unit_of_measure,
                    ]
                )
    for number, row in enumerate(rows, start=1):
        row[0] = number
    return rows


def write(
    target: Path = TARGET,
    *,
    units_count: int = 500,
    indicators: int = 8,
    periods: int = 8,
    seed: int = SEED,
) -> Path:
    """Write the workbook to `target` and return its path: `units_count` communes and wards
    under 25 districts, the first `indicators` of INDICATORS, the last `periods` half-years."""
    if not 1 <= indicators <= len(INDICATORS):
        raise ValueError(f"1 to {len(INDICATORS)} indicators, asked for {indicators}")
    generator = random.Random(seed)
    districts, communes = units(generator, units_count)
    chosen = INDICATORS[:indicators]
    halves = half_years(periods)
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Chỉ tiêu")
    sheet.append(["BẢNG SỐ LIỆU MINH HOẠ — KHÔNG PHẢI SỐ LIỆU THẬT"])
    sheet.append([f"{PROVINCE} là một tỉnh tưởng tượng; mọi số liệu do máy tạo ngẫu nhiên."])
    sheet.append([])
    sheet.append(HEADERS)
    for line in figures(generator, communes, chosen, halves):
        sheet.append(line)
    hierarchy = book.create_sheet("Đơn vị")
    hierarchy.append(["Mã", "Đơn vị", "Cấp trên", "Cấp"])
    hierarchy.append(["T", PROVINCE, None, "tỉnh"])
    for code, name, level in districts:
        hierarchy.append([code, name, "T", level])
    codes = {name: code for code, name, _ in districts}
    for commune in communes:
        hierarchy.append([commune.code, commune.name, codes[commune.district], commune.level])
    catalogue = book.create_sheet("Danh mục")
    catalogue.append(CATALOGUE_HEADERS)
    for item in chosen:
        catalogue.append(
            [
                item.code,
                item.name,
                item.measure,
                item.direction,
                item.target,
                item.aggregation,
                item.theme,
            ]
        )
    facts = book.create_sheet("Thông tin")
    for fact in (
        ["Cơ quan", "Ban Thường vụ Tỉnh ủy Sơn Hải"],
        ["Địa danh", "Sơn Hải"],
        ["Kỳ báo cáo", halves[-1]],
        [
            "Trích yếu",
            "Tình hình thực hiện các chỉ tiêu công tác xây dựng Đảng ở cấp cơ sở "
            "(số liệu minh hoạ)",
        ],
        ["Số liệu minh hoạ", "có"],
        ["Ngày báo cáo", f"15/01/{LAST_YEAR + 1}"],
    ):
        facts.append(fact)
    book.properties.creator = "chiso"
    book.properties.created = dt.datetime(2025, 1, 15)
    book.properties.modified = dt.datetime(2025, 1, 15)
    target.parent.mkdir(parents=True, exist_ok=True)
    book.save(target)
    _fix_zip_times(target)
    return target


def _fix_zip_times(path: Path) -> None:
    """Give every member of the .xlsx the same date and the workbook the same modification
    time, so that the file's bytes do not depend on when it was written."""
    with zipfile.ZipFile(path) as source:
        members = [(info, source.read(info)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as packed:
        for info, data in members:
            if info.filename == "docProps/core.xml":
                data = _FIXED_MODIFIED.sub(rb"\g<1>2025-01-15T00:00:00Z\g<2>", data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 15, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = info.external_attr
            packed.writestr(fixed, data)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("target", nargs="?", type=Path, default=TARGET)
    parser.add_argument("--units", type=int, default=500, help="communes and wards (500)")
    parser.add_argument("--indicators", type=int, default=8, help="indicators, 1–8 (8)")
    parser.add_argument("--periods", type=int, default=8, help="half-years (8)")
    args = parser.parse_args(argv)
    written = write(
        args.target, units_count=args.units, indicators=args.indicators, periods=args.periods
    )
    print(written)


if __name__ == "__main__":
    main()
