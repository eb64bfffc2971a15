"""The seed round trip (issue 20): extracting the source report the project was built from
(`data/van-ban/ke-hoach-83-quang-ngai.txt`, the text of ../shared/seed/) gives every figure
of its INDICATORS.md with the same values, each with its sentence; once the analyst confirms
the draft, chiso reads the same figures from it as from the bundled workbook, and the
briefing built from it prints them as the report does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

import analysis
from analysis.cli import main
from analysis.run.draft import DRAFT_HEADERS

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "data" / "van-ban" / "ke-hoach-83-quang-ngai.txt"
BUNDLED = ROOT / "data" / "ke-hoach-83-quang-ngai.xlsx"
COLUMN = {name: index for index, name in enumerate(DRAFT_HEADERS)}

# INDICATORS.md, figure by figure: (count, base, printed rate), and words of its sentence.
INDICATORS = [
    ((12, 12, None), "hoàn thành 12/12 nhiệm vụ trọng tâm"),  # 1
    ((7, 7, None), "hoàn thành 7/7 nhiệm vụ cụ thể"),  # 2
    ((9728, 9897, 98.3), "9.728/9.897 đảng viên"),  # 3
    ((6, 7, None), "bố trí 6/7 chức danh lãnh đạo"),  # 4
    ((11, None, None), "có 11 văn bản quy phạm pháp luật"),  # 5
    ((6, 11, None), "đã ban hành 06 văn bản"),
    ((5, 11, None), "đang thẩm định 05 văn bản"),
    ((14, None, None), "cho ra khỏi Đảng 14 đảng viên"),  # 6
    ((24, None, None), "xoá tên 24 đảng viên"),
    ((5, None, None), "khai trừ 05 đảng viên"),
    ((5, None, None), "05 buổi đối thoại trực tiếp"),  # 7
    ((4, None, None), "04 buổi đối thoại chuyên đề"),
    ((10616, None, None), "có 10.616 lượt đánh giá"),  # 8
    ((10239, 10616, None), "rất hài lòng: 10.239 lượt"),
    ((377, 10616, None), "mức độ hài lòng: 377 lượt"),
    ((0, 10616, None), "không hài lòng: 0 lượt"),
]


def _extracted(tmp_path: Path) -> Path:
    draft = tmp_path / "ban-nhap.xlsx"
    arguments = ["extract", str(REPORT), "-o", str(draft)]
    # The report names no issuing body nor its period: the analyst says them.
    assert main([*arguments, "--unit", "TP Quảng Ngãi", "--period", "6 tháng đầu năm 2024"]) == 0
    return draft


def _confirmed(draft: Path) -> Path:
    """The analyst's part: «đúng» on every row, as they would after reading each sentence."""
    book = openpyxl.load_workbook(draft)
    sheet = book["Bản nháp"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=COLUMN["Xác nhận"] + 1, value="đúng")
    confirmed = draft.with_name("da-xac-nhan.xlsx")
    book.save(confirmed)
    return confirmed


def test_every_figure_of_the_source_report_with_its_sentence(tmp_path: Path) -> None:
    rows = list(openpyxl.load_workbook(_extracted(tmp_path))["Bản nháp"].iter_rows(
        min_row=2, values_only=True))  # fmt: skip
    found = [
        ((r[COLUMN["Tử số"]], r[COLUMN["Mẫu số"]], r[COLUMN["Tỷ lệ (%)"]]), r[COLUMN["Câu gốc"]])
        for r in rows
    ]
    assert sorted(map(repr, (n for n, _ in found))) == sorted(map(repr, (n for n, _ in INDICATORS)))
    for numbers, words in INDICATORS:
        sentence = next(s for n, s in found if n == numbers and words in s)
        assert sentence in REPORT.read_text(encoding="utf-8")  # exactly as the report writes it
    units = {r[COLUMN["Đơn vị"]] for r in rows}
    assert units == {"TP Quảng Ngãi"}
    assert [r[COLUMN["Loại"]] for r in rows].count("phần") == 5  # 06 + 05 of 11; the ratings
    # the parts name their whole, so that chiso checks they add up
    assert {r[COLUMN["Nhóm"]] for r in rows if r[COLUMN["Loại"]] == "phần"} == {
        "Văn bản quy phạm pháp luật do các cơ quan",
        "Lượt đánh giá mức độ hài lòng của tổ chức",
    }


def test_the_confirmed_draft_gives_the_bundled_workbooks_figures(tmp_path: Path) -> None:
    draft = _extracted(tmp_path)
    unconfirmed = analysis.load(draft)
    assert [p.code for p in unconfirmed.errors] == ["draft_unconfirmed"]
    assert unconfirmed.observations.empty
    confirmed = analysis.load(_confirmed(draft))
    assert confirmed.ok and not confirmed.problems
    assert main(["check", str(draft.with_name("da-xac-nhan.xlsx"))]) == 0

    def figures(dataset: analysis.Dataset) -> set[tuple[object, ...]]:
        table = analysis.summarize(dataset)
        table = table[table["ratio_text"].notna() | table["denominator"].isna()]
        return {
            (float(r.numerator), None if r.denominator != r.denominator else float(r.denominator),
             r.ratio_text)
            for r in table.itertuples()
        }  # fmt: skip

    bundled = figures(analysis.load(BUNDLED))
    from_draft = figures(confirmed)
    # every figure of the bundled workbook, with the same numbers as printed; the draft adds
    # the wholes the report states (11 văn bản, 10.616 lượt), which the workbook keeps as bases,
    # and not the totals the workbook's groups make (43 đảng viên, 9 buổi)
    totals = {(43.0, None, None), (9.0, None, None)}
    assert bundled - totals <= from_draft
    assert from_draft - bundled == {(11.0, None, None), (10616.0, None, None)}
    printed = analysis.summarize(confirmed).set_index("ratio_text")["text"]
    assert printed["9.728/9.897"] == "98,3%"
    assert printed["10.239/10.616"] == "96,4%"


def test_the_briefing_of_the_confirmed_draft_prints_the_reports_figures(tmp_path: Path) -> None:
    confirmed = _confirmed(_extracted(tmp_path))
    result = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "build", str(confirmed),
         "--figures", str(tmp_path / "figures"), "--reports", str(tmp_path / "reports")],
        capture_output=True, text=True, encoding="utf-8", check=False, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    html = (tmp_path / "reports" / "briefing.html").read_text(encoding="utf-8")
    for printed in ("9.728/9.897", "98,3%", "10.239/10.616", "96,4%", "12/12", "7/7", "6/7"):
        assert printed in html, printed
    assert "Kết quả thực hiện Kế hoạch số 83-KH/TU" in html  # the title, from the report


@pytest.mark.parametrize("answer", ["bỏ", None])
def test_a_row_left_unanswered_or_dropped_is_said(tmp_path: Path, answer: str | None) -> None:
    draft = _confirmed(_extracted(tmp_path))
    book = openpyxl.load_workbook(draft)
    book["Bản nháp"].cell(row=2, column=COLUMN["Xác nhận"] + 1).value = answer
    book.save(draft)
    dataset = analysis.load(draft)
    codes = [p.code for p in dataset.problems]
    if answer is None:
        assert codes == ["draft_unconfirmed"] and dataset.observations.empty
        assert "1/16" in dataset.problems[0].message_vi
    else:
        assert codes == ["draft_dropped"] and len(dataset.observations) == 15


def test_a_folder_of_unit_reports_confirmed_is_one_combined_briefing(tmp_path: Path) -> None:
    from test_extract import _ward_report

    reports, drafts = tmp_path / "bao-cao", tmp_path / "ban-nhap"
    reports.mkdir()
    drafts.mkdir()
    _ward_report(reports / "le-hong-phong.docx")
    _ward_report(reports / "tran-phu.docx", issuer="ĐẢNG ỦY PHƯỜNG TRẦN PHÚ")
    draft = drafts / "phuong.xlsx"
    assert main(["extract", str(reports), "-o", str(draft)]) == 0
    book = openpyxl.load_workbook(draft)
    sheet = book["Bản nháp"]
    for row in range(2, sheet.max_row + 1):
        sheet.cell(row=row, column=COLUMN["Xác nhận"] + 1).value = "đúng"
    book.save(draft)
    result = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "build", "--combine", str(drafts),
         "--figures", str(tmp_path / "figures"), "--reports", str(tmp_path / "reports")],
        capture_output=True, text=True, encoding="utf-8", check=False, cwd=ROOT,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (html_path,) = (tmp_path / "reports").rglob("briefing.html")
    html = html_path.read_text(encoding="utf-8")
    for printed in ("Đảng ủy phường Lê Hồng Phong", "Đảng ủy phường Trần Phú", "412/420", "98,1%"):
        assert printed in html, printed
