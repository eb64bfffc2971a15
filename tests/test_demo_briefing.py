"""The demonstration's briefing as its reader gets it (issue 17): a PDF of readable length,
page one saying how the province does, and the Excel annex beside it with numbers."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

MAX_PAGES = 15  # 12 units × 5 indicators × 6 years: the limit for the demonstration


def test_the_demo_pdf_is_at_most_fifteen_pages_and_opens_with_the_targets(
    demo_reports: Path,
) -> None:
    reader = PdfReader(demo_reports / "briefing.pdf")
    assert 5 <= len(reader.pages) <= MAX_PAGES
    first = " ".join((reader.pages[0].extract_text() or "").split())
    assert "Tỉnh Minh Hoạ đạt 0/4 mục tiêu." in first
    # Each section's heading stands with the text under it, never alone at a page's foot.
    for number, page in enumerate(reader.pages, start=1):
        lines = [line for line in (page.extract_text() or "").splitlines() if line.strip()]
        for title in ("1. Chuyển đổi số", "2. Cải cách hành chính", "3. Công tác đảng viên"):
            assert not (lines and lines[-1].strip() == title), f"page {number}: {title}"


def test_the_demo_excel_annex_holds_every_figure_as_a_number(demo_reports: Path) -> None:
    sheet = load_workbook(io.BytesIO((demo_reports / "phu-luc.xlsx").read_bytes()))["Phụ lục"]
    head = [cell.value for cell in sheet[1]]
    rows = [dict(zip(head, (c.value for c in row), strict=True)) for row in sheet.iter_rows(2)]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == f"A1:S{len(rows) + 1}"
    kim_long = [
        r
        for r in rows
        if r[head[2]] == "Xã Kim Long"
        and str(r[head[0]]).startswith("Đảng viên dùng Sổ tay")
        and r[head[4]] == "năm 2024"
    ]
    [row] = kim_long  # 631/921 = 68,5% against 95%
    assert row[head[6]] == 631 and row[head[7]] == 921
    assert round(row[head[5]], 1) == 68.5 and row[head[10]] == 95
