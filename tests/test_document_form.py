"""The briefing in the form of a Party document (Hướng dẫn 36-HD/VPTW): its frame from the
workbook's `Thông tin` sheet, the blanks offices fill by hand where the workbook is silent,
and the printed sizes of the guide's table, read back from the PDF."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from workbooks import row, write_workbook

import analysis
from analysis.present.briefing import Briefing, prepare_briefing

NBSP = "\u00a0"
INFO = [
    ["Cấp trên", "Đảng bộ tỉnh Quảng Ngãi"],
    ["Cơ quan", "Thành ủy Quảng Ngãi"],
    ["Địa danh", "Quảng Ngãi"],
    ["Kỳ báo cáo", "6 tháng đầu năm 2024"],
]


def _briefing(tmp_path: Path, *info: list[str], report_date: dt.date | None = None) -> Briefing:
    path = write_workbook(
        tmp_path / "thong-tin.xlsx",
        [row("Đảng viên mới được kết nạp", "6 tháng đầu năm 2024", 43)],
        sheets={"Thông tin": [*INFO, *info]},
    )
    return prepare_briefing(analysis.load(path), report_date=report_date)


def _plain(html: str) -> str:
    return html.replace(NBSP, " ")


def test_without_a_number_or_a_date_the_document_has_the_blanks_to_fill(tmp_path: Path) -> None:
    briefing = _briefing(tmp_path)
    assert briefing.report_date is None  # never the day of the build
    title = _plain(briefing.title_html())
    assert '<div class="chiso-number">Số      -BC/TU</div>' in title
    assert "Quảng Ngãi, ngày    tháng    năm 2024" in title  # the year of the period
    appendix = _plain(briefing.appendix_html())
    assert (
        "(Kèm theo Báo cáo số      -BC/TU, ngày    tháng    năm 2024 của Thành ủy Quảng Ngãi)"
        in appendix
    )


def test_the_number_and_date_of_the_information_sheet_fill_the_frame(tmp_path: Path) -> None:
    briefing = _briefing(
        tmp_path,
        ["Số", "123-BC/TU"],
        ["Ngày báo cáo", "15/7/2024"],
        ["Căn cứ", "Căn cứ Công văn số 2204-CV/TU, ngày 25/6/2024 của Ban Thường vụ Tỉnh ủy;"],
    )
    assert briefing.report_date == dt.date(2024, 7, 15)
    title = briefing.title_html()
    assert '<div class="chiso-number">Số 123-BC/TU</div>' in title
    assert "Quảng Ngãi, ngày 15 tháng 7 năm 2024" in title
    assert (
        '<p class="chiso-text chiso-opening">Căn cứ Công văn số 2204-CV/TU, ngày 25/6/2024' in title
    )
    appendix = briefing.appendix_html()
    assert (
        "(Kèm theo Báo cáo số 123-BC/TU, ngày 15 tháng 7 năm 2024 của Thành ủy Quảng Ngãi)"
        in appendix
    )


def test_a_bare_number_gets_its_bodys_code_and_report_date_still_wins(tmp_path: Path) -> None:
    briefing = _briefing(tmp_path, ["Số", "45"], report_date=dt.date(2024, 2, 3))
    assert briefing.number_line() == "Số 45-BC/TU"
    assert briefing.place_date() == "Quảng Ngãi, ngày 03 tháng 02 năm 2024"


def test_without_a_period_the_year_is_blank_too(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "khong-ky.xlsx",
        [row("Đảng viên mới được kết nạp", "6 tháng đầu năm 2024", 43)],
        sheets={"Thông tin": [["Cơ quan", "Huyện ủy Sơn Tịnh"], ["Địa danh", "Sơn Tịnh"]]},
    )
    briefing = prepare_briefing(analysis.load(path))
    briefing.period = None
    assert _plain(briefing.place_date()) == "Sơn Tịnh, ngày    tháng    năm 20  "
    assert _plain(briefing.number_line()) == "Số      -BC/HU"


def test_the_toolchain_lines_are_the_screens(tmp_path: Path) -> None:
    """Period and file name are marked for the screen (print.css hides `chiso-screen`)."""
    title = _briefing(tmp_path).title_html()
    assert '<p class="chiso-period chiso-screen">Kỳ báo cáo: 6 tháng đầu năm 2024</p>' in title
    assert '<p class="chiso-data-from chiso-screen">Số liệu từ tệp: thong-tin.xlsx</p>' in title


# -- the printed sizes (the bundled briefing's PDF, built once per session) -----------------

Run = tuple[str, float, str]  # text, size in points, font name


def _runs(pdf: Path) -> list[Run]:
    runs: list[Run] = []
    for page in PdfReader(pdf).pages:

        def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
            if not text.strip() or not isinstance(font, dict):
                return
            scale = (tm[2] ** 2 + tm[3] ** 2) ** 0.5 * (cm[2] ** 2 + cm[3] ** 2) ** 0.5
            # Justified lines come with their spaces widened: one space each, blanks kept.
            words = re.sub(" +", " ", text.strip())
            runs.append((words, round(size * scale, 1), str(font["/BaseFont"])))

        page.extract_text(visitor_text=visit)
    return runs


def _first(runs: list[Run], start: str) -> Run:
    return next(run for run in runs if run[0].startswith(start))


def test_the_pdf_is_set_in_the_sizes_of_the_guide(briefing_pdf: Path) -> None:
    runs = _runs(briefing_pdf)

    def style(start: str) -> tuple[float, str]:
        _, size, font = _first(runs, start)
        return size, font.split("+", 1)[-1]

    serif, bold, italic = "Liberation-Serif", "Liberation-Serif-Bold", "Liberation-Serif-Italic"
    assert style("ĐẢNG BỘ TỈNH QUẢNG NGÃI") == (14, serif)  # the body above: 14 upright
    assert style("THÀNH ỦY QUẢNG NGÃI") == (14, bold)  # the issuing body: 14 bold
    assert style("Số ") == (14, serif)
    assert style("ĐẢNG CỘNG SẢN VIỆT NAM") == (15, bold)
    assert style("Quảng Ngãi, ngày 01 tháng 7 năm 2024") == (14, italic)
    assert style("BÁO CÁO") == (16, bold)
    assert style("Kết quả thực hiện Kế hoạch số 83-KH/TU") == (14, bold)  # trích yếu
    assert style("Thực hiện Công văn số 2204-CV/TU") == (14, serif)  # the body
    assert style("Trên đây là báo cáo") == (14, serif)
    assert style("Nơi nhận:") == (14, serif)  # underlined (a line drawn, not a font)
    assert style("- Thường trực Tỉnh ủy (b/c),") == (12, serif)
    for line in ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Phước Hải"):
        assert style(line) == (14, bold)
    assert style("(Kèm theo Báo cáo số") == (14, italic)
    # None of the toolchain's lines is printed.
    texts = [text for text, _, _ in runs]
    for tool_line in ("Kỳ báo cáo:", "Số liệu từ tệp", "Mục lục"):
        assert not any(text.startswith(tool_line) for text in texts)


def test_the_pdfs_serif_is_the_shipped_one_embedded(briefing_pdf: Path) -> None:
    reader = PdfReader(briefing_pdf)
    shipped = Path(analysis.__file__).parent / "present" / "fonts"
    assert (shipped / "LICENSE").read_text().count("SIL OPEN FONT LICENSE Version 1.1") == 1
    embedded: dict[str, int] = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object()
            descriptor = descendant["/FontDescriptor"].get_object()
            embedded[str(font["/BaseFont"]).split("+", 1)[-1]] = len(
                descriptor["/FontFile2"].get_object().get_data()
            )
    assert {"Liberation-Serif", "Liberation-Serif-Bold", "Liberation-Serif-Italic"} <= set(embedded)
    assert all(size > 1000 for size in embedded.values())


def test_two_digit_counts_are_the_offices_choice_in_thong_tin(tmp_path: Path) -> None:
    """«Số đếm hai chữ số: có» prints the prose's counts under ten with two digits («06 văn
    bản», «05 đảng viên»), fractions as they are («6/7 chức danh»), as the seed report does."""
    import shutil

    import openpyxl
    from workbooks import BUNDLED

    styled = prepare_briefing(analysis.load(BUNDLED))  # the seed report's own style
    path = shutil.copy(BUNDLED, tmp_path / "mot-chu-so.xlsx")
    book = openpyxl.load_workbook(path)
    facts = book["Thông tin"]
    [style] = [r for r in facts.iter_rows() if r[0].value == "Số đếm hai chữ số"]
    facts.delete_rows(style[0].row)  # without the fact: off, the default
    book.save(path)
    plain = prepare_briefing(analysis.load(path))
    assert styled.facts.two_digit_counts and not plain.facts.two_digit_counts

    def said(briefing: Briefing) -> str:
        body = [p for s in briefing.sections for p in s.paragraphs]
        return " ".join(body + [i for _, items in briefing.overview_blocks() for i in items])

    before, after = said(plain), said(styled)
    for seed, house in (
        ("đã ban hành 6 văn bản (54,5%)", "đã ban hành 06 văn bản (54,5%)"),
        ("đang thẩm định 5 văn bản (45,5%)", "đang thẩm định 05 văn bản (45,5%)"),
        ("đảng viên bị khai trừ 5 đảng viên", "đảng viên bị khai trừ 05 đảng viên"),
        ("trực tiếp với Nhân dân các xã, phường 5 buổi", "các xã, phường 05 buổi"),
    ):
        assert seed in before and house in after and house not in before
    # What is not a count of ten or more, a rate or a fraction of thousands never changes.
    for kept in ("9.728/9.897 đảng viên", "98,3%", "6/7 chức danh", "7/7 nhiệm vụ", "11 văn bản"):
        assert kept in before and kept in after


@pytest.mark.parametrize(
    ("organisation", "code"),
    [
        ("Thành ủy Quảng Ngãi", "TU"),
        ("BAN THƯỜNG VỤ TỈNH ỦY SƠN HẢI", "TU"),  # the committee itself, named anywhere
        ("Ban Chấp hành Đảng bộ huyện Bình Sơn - Huyện ủy Bình Sơn", "HU"),
        ("Quận ủy Hải Châu", "QU"),
        ("Ban Tổ chức Tỉnh ủy Quảng Ngãi", "BTCTU"),  # an advisory body's letters first
        ("Ủy ban Kiểm tra Huyện ủy Sơn Tịnh", "UBKTHU"),
        ("Văn phòng Tỉnh ủy", "VPTU"),
        ("Đảng ủy xã Tịnh Kỳ", "ĐU"),
        ("Đảng ủy Khối các cơ quan tỉnh", "ĐUK"),
        ("Chi bộ thôn An Phú", "CB"),
        ("Sở Nội vụ", "\u00a0\u00a0\u00a0"),  # no committee named: a blank to fill
    ],
)
def test_the_numbers_body_code_is_the_issuing_committees(
    tmp_path: Path, organisation: str, code: str
) -> None:
    path = write_workbook(
        tmp_path / "co-quan.xlsx", [row("Đảng viên mới được kết nạp", "6 tháng đầu năm 2024", 43)]
    )
    briefing = prepare_briefing(analysis.load(path), organisation=organisation)
    assert f'<div class="chiso-number">Số {NBSP * 5}-BC/{code}</div>' in briefing.title_html()
