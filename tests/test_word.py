"""The Word file (`present/word.py`): the frame of Hướng dẫn 36-HD/VPTW, read back with
python-docx; the seed's figures as printed; LibreOffice converts it to PDF."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
from dataclasses import replace
from functools import cache
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt
from pypdf import PdfReader

from analysis.present.briefing import Briefing, prepare_briefing
from analysis.present.export import BriefingWordExporter
from analysis.present.word import word_document
from analysis.reading.load import load
from analysis.run.saving import steady_zip

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "data" / "ke-hoach-83-quang-ngai.xlsx"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
SEED_FIGURES = ("98,3%", "9.728/9.897", "12/12", "7/7", "6/7", "43", "10.616", "10.239", "96,4%")

# The blanks an office fills by hand, in no-break spaces (the same in HTML, PDF and Word).
BLANK5, BLANK4 = "\u00a0" * 5, "\u00a0" * 4


@cache
def _seed_briefing() -> Briefing:
    return prepare_briefing(load(SEED))


@cache
def _seed_bytes() -> bytes:
    return word_document(_seed_briefing())


def _document(data: bytes | None = None) -> docx.document.Document:
    return docx.Document(io.BytesIO(data if data is not None else _seed_bytes()))


def _all_text(document: docx.document.Document) -> str:
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines += [cell.text for cell in row.cells]
    return "\n".join(lines)


def _run_fonts(run: object) -> dict[str, str | None]:
    fonts = run._r.rPr.rFonts  # type: ignore[attr-defined]
    return {script: fonts.get(qn(f"w:{script}")) for script in ("ascii", "hAnsi", "cs", "eastAsia")}


def _line(cell: object, text: str) -> object:
    """The one run of the paragraph whose text is `text`, in a cell or the document."""
    for paragraph in cell.paragraphs:  # type: ignore[attr-defined]
        if paragraph.text == text:
            (run,) = paragraph.runs
            return run
    raise AssertionError(f"no line {text!r}")


def test_a4_with_the_guides_margins() -> None:
    section = _document().sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert round(section.top_margin.mm) == 20 and round(section.bottom_margin.mm) == 20
    assert round(section.left_margin.mm) == 30 and round(section.right_margin.mm) == 15


def test_the_header_is_a_borderless_two_column_table_with_each_line_sized() -> None:
    document = _document()
    header = document.tables[0]
    assert len(header.columns) == 2 and len(header.rows) == 1
    borders = header._tbl.tblPr.find(qn("w:tblBorders"))
    assert {edge.get(qn("w:val")) for edge in borders} == {"nil"}
    assert len(borders) == 6
    left, right = header.rows[0].cells
    expected = [
        (left, "ĐẢNG BỘ TỈNH QUẢNG NGÃI", 14, False, False),
        (left, "THÀNH ỦY QUẢNG NGÃI", 14, True, False),
        (left, "*", 14, False, False),
        (left, f"Số {BLANK5}-BC/TU", 14, False, False),  # blank: Thông tin gives no number
        (right, "ĐẢNG CỘNG SẢN VIỆT NAM", 15, True, False),
        (right, f"Quảng Ngãi, ngày{BLANK4}tháng{BLANK4}năm 2024", 14, False, True),  # no date
    ]
    for cell, text, size, bold, italic in expected:
        run = _line(cell, text)
        assert run.font.size == Pt(size), text  # type: ignore[attr-defined]
        assert bool(run.font.bold) is bold and bool(run.font.italic) is italic, text  # type: ignore[attr-defined]
        assert set(_run_fonts(run).values()) == {"Times New Roman"}, text
    assert _line(right, "ĐẢNG CỘNG SẢN VIỆT NAM").font.underline  # type: ignore[attr-defined]


def test_title_subject_and_body() -> None:
    document = _document()
    title = _line(document, "BÁO CÁO")
    assert title.font.size == Pt(16) and title.font.bold  # type: ignore[attr-defined]
    subject = next(p for p in document.paragraphs if p.text.startswith("Kết quả thực hiện"))
    assert subject.runs[0].font.size == Pt(14) and subject.runs[0].font.bold
    opening = next(p for p in document.paragraphs if p.text.startswith("Thực hiện Công văn"))
    assert opening.style.name == "Normal"
    assert opening.alignment == docx.enum.text.WD_ALIGN_PARAGRAPH.JUSTIFY
    assert opening.paragraph_format.first_line_indent > 0
    normal = document.styles["Normal"]
    assert normal.font.size == Pt(14)
    fonts = normal.element.rPr.rFonts
    assert {fonts.get(qn(f"w:{s}")) for s in ("ascii", "hAnsi", "cs", "eastAsia")} == {
        "Times New Roman"
    }
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    assert [p.text for p in headings][:2] == ["Tóm tắt", "1. Thực hiện nhiệm vụ"]
    assert document.styles["Heading 1"].element.rPr.rFonts.get(qn("w:ascii")) == "Times New Roman"
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions[0] == "Biểu đồ 1: Thực hiện nhiệm vụ" and len(captions) == 7
    assert len(document.inline_shapes) == 7  # every chart as a picture


def test_page_numbers_from_page_two_at_the_top() -> None:
    section = _document().sections[0]
    assert section.different_first_page_header_footer
    assert not any(p.text for p in section.first_page_header.paragraphs)
    instructions = section.header._element.findall(".//" + qn("w:instrText"))
    assert [i.text.strip() for i in instructions] == ["PAGE"]


def test_recipients_and_signature() -> None:
    document = _document()
    left, right = document.tables[1].rows[0].cells
    heading = _line(left, "Nơi nhận:")
    assert heading.font.size == Pt(14) and heading.font.underline  # type: ignore[attr-defined]
    listed = _line(left, "- Thường trực Tỉnh ủy (b/c),")
    assert listed.font.size == Pt(12)  # type: ignore[attr-defined]
    for text in ("T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Trần Phước Hải"):
        run = _line(right, text)
        assert run.font.size == Pt(14) and run.font.bold, text  # type: ignore[attr-defined]


def test_every_seed_figure_as_printed_and_nothing_of_the_toolchain() -> None:
    text = _all_text(_document())
    for figure in SEED_FIGURES:
        assert figure in text, figure
    # As the report prints them (../shared/seed/INDICATORS.md): its counts under ten with a
    # leading zero, and its own caveat beside the handbook's figure.
    for printed in (
        "đã ban hành 06 văn bản (54,5%)",
        "đang thẩm định 05 văn bản (45,5%)",
        "cho ra khỏi Đảng 14 đảng viên",
        "xoá tên 24 đảng viên",
        "khai trừ 05 đảng viên",
        "phường 05 buổi",
        "chuyên đề 04 buổi",
        "hài lòng 377 lượt (3,6%)",
        "Đã có 9.728/9.897 đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử (đảng bộ, chi bộ "
        "công an và Quân sự cấp thành phố, cấp xã có văn bản không tham gia), đạt tỷ lệ 98,3%.",
    ):
        assert printed in text, printed
    assert "Phụ lục" in text
    assert f"(Kèm theo Báo cáo số {BLANK5}-BC/TU, ngày{BLANK4}tháng{BLANK4}năm 2024 của" in text
    for toolchain in ("Kỳ báo cáo", "ke-hoach-83", "Mục lục", "Nguồn", "phu-luc.xlsx"):
        assert toolchain not in text, toolchain
    annex = _document().tables[-1]
    assert annex.style.name == "Table Grid"
    assert [c.text for c in annex.rows[0].cells] == ["Chỉ tiêu", "TP Quảng Ngãi"]


def test_a_given_number_and_date_fill_the_blanks() -> None:
    seed = _seed_briefing()
    facts = replace(seed.facts, number="45-BC/TU")
    dated = replace(seed, facts=facts, report_date=dt.date(2024, 7, 1))
    text = _all_text(_document(word_document(dated)))
    assert "Số 45-BC/TU" in text and "Quảng Ngãi, ngày 01 tháng 7 năm 2024" in text
    assert (
        "(Kèm theo Báo cáo số 45-BC/TU, ngày 01 tháng 7 năm 2024 của Thành ủy Quảng Ngãi)" in text
    )


def test_the_same_content_gives_the_same_file() -> None:
    again = word_document(_seed_briefing())
    assert steady_zip(again) == steady_zip(_seed_bytes())
    assert _document().core_properties.created == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def test_the_word_export_asks_for_a_run_notebook() -> None:
    import nbformat

    empty = nbformat.v4.new_notebook()  # type: ignore[no-untyped-call]
    with pytest.raises(ValueError, match=r"Run All.*run all cells"):
        BriefingWordExporter().from_notebook_node(empty)  # type: ignore[no-untyped-call]


@pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: .ci/run installs Debian's "
    "libreoffice-writer-nogui; elsewhere install it to run this test",
)
def test_libreoffice_converts_the_word_file_to_pdf(tmp_path: Path) -> None:
    source = tmp_path / "briefing.docx"
    source.write_bytes(_seed_bytes())
    profile = tmp_path / "profile"
    subprocess.run(
        [
            str(SOFFICE),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    reader = PdfReader(tmp_path / "briefing.pdf")
    assert len(reader.pages) >= 2
    first = reader.pages[0].extract_text()
    assert "BÁO CÁO" in first and "ĐẢNG CỘNG SẢN VIỆT NAM" in first
    assert "2" in reader.pages[1].extract_text().splitlines()[0]  # the number from page 2
