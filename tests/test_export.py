"""The exported briefing, opened and read: HTML as a browser gets it, PDF as a printer does."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
from pypdf import PdfReader
from workbooks import SUBJECT_TITLE

from analysis.present.export import BriefingHTMLExporter, BriefingPDFExporter
from analysis.present.notebook_outputs import SUMMARY_MIME

REPORT_FIGURES = ("98,3%", "9.728/9.897", "10.616", "12/12", "7/7", "6/7", "43")
# The report's counts under ten, as it prints them (a leading zero, `Số đếm hai chữ số`).
REPORT_COUNTS = ("06 văn bản", "05 văn bản", "05 đảng viên", "05 buổi", "04 buổi")
VIETNAMESE = (
    "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"
)


def test_html_is_self_contained_and_has_the_figures(briefing_html: str) -> None:
    for text in REPORT_FIGURES + REPORT_COUNTS:
        assert text in briefing_html
    viewport = re.search(r"<meta[^>]*viewport[^>]*>", briefing_html)
    assert viewport is not None and "width=device-width" in viewport.group(0)
    external = re.findall(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", briefing_html)
    assert external == []
    assert "url(http" not in briefing_html and "@import" not in briefing_html
    assert "<script" not in briefing_html
    assert "vnd.chiso" not in briefing_html and '"rows"' not in briefing_html  # build-only data
    assert '<html lang="vi">' in briefing_html
    assert f"<title>{SUBJECT_TITLE}</title>" in briefing_html
    assert briefing_html.count('src="data:image/png;base64,') == 7
    # No code cells: none of the notebook's source lines appear.
    assert "open_briefing(" not in briefing_html and "show_section" not in briefing_html
    # A table of contents linking to the summary, every section heading, the appendix and
    # the method note (the ratings are self-selected: it says why they have no interval).
    anchors = re.findall(r'<a href="#([a-z0-9-]+)">', briefing_html)
    assert len(anchors) == 10
    assert anchors[0] == "tom-tat" and anchors[-2:] == ["tong-hop", "ghi-chu-phuong-phap"]
    # The summary opens the briefing; the full table is the appendix, after the signature.
    assert briefing_html.index('id="tom-tat"') < briefing_html.index('id="thuc-hien-nhiem-vu"')
    assert briefing_html.index("Trần Phước Hải") < briefing_html.index('id="tong-hop"')
    for anchor in anchors:
        assert f'id="{anchor}"' in briefing_html


def test_pdf_is_a4_with_vietnamese_text_page_numbers_and_vector_charts(briefing_pdf: Path) -> None:
    reader = PdfReader(briefing_pdf)
    assert len(reader.pages) >= 3
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (595, 842)  # A4 in points
    text = "\n".join(page.extract_text() for page in reader.pages)
    for figure in REPORT_FIGURES:
        assert figure in text
    flowing = " ".join(text.split())  # lines joined: a count may end one
    for count in REPORT_COUNTS:
        assert count in flowing
    for phrase in (
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "THÀNH ỦY QUẢNG NGÃI",
        "Quảng Ngãi, ngày 01 tháng 7 năm 2024",
        "Sổ tay đảng viên điện tử",
        "Đảng viên bị xoá tên",
        "không hài lòng",
    ):
        assert phrase in text
    # Chart labels are real text (vector SVG), and no chart is a raster image; the line
    # naming each chart's source cells stays on screen and in figures/, never on paper.
    assert "96,4% (10.239 lượt)" in text
    assert "Nguồn" not in text and "ke-hoach-83-quang-ngai.xlsx" not in text
    for page in reader.pages:
        xobjects = page["/Resources"].get("/XObject", {})
        images = [x for x in xobjects.values() if x.get_object().get("/Subtype") == "/Image"]
        assert images == []
    # Page numbers from page 2 on (the first page, with the masthead, has none).
    for number, page in enumerate(reader.pages, start=1):
        lines = [line.strip() for line in page.extract_text().splitlines()]
        assert (str(number) in lines) == (number > 1)
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any(name.endswith("+Liberation-Serif") for name in fonts)  # body (shipped)
    assert any(name.endswith("+DejaVu-Sans") for name in fonts)  # chart labels


def test_every_vietnamese_letter_survives_into_the_pdf(tmp_path: Path) -> None:
    letters = VIETNAMESE + VIETNAMESE.upper()
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={"text/html": f'<p class="chiso-text">{letters}</p>', "text/plain": letters},
        )
    ]
    notebook.cells = [cell]
    pdf, _ = BriefingPDFExporter().from_notebook_node(notebook)
    (tmp_path / "letters.pdf").write_bytes(pdf)
    text = PdfReader(tmp_path / "letters.pdf").pages[0].extract_text()
    assert re.sub(r"\s", "", text) == letters
    html, _ = BriefingHTMLExporter().from_notebook_node(notebook)
    assert letters in html


def test_build_only_outputs_are_left_out_and_name_the_page(tmp_path: Path) -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["chiso"] = {"lang": "vi", "title": "Báo cáo"}
    cell = nbformat.v4.new_code_cell("")
    payload = {"lang": "en", "title": "Briefing: progress", "rows": [], "problems": []}
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={SUMMARY_MIME: payload}),
        nbformat.v4.new_output(
            "display_data",
            data={"text/html": '<p class="chiso-text">Achieved 98.3%</p>', "text/plain": "x"},
        ),
    ]
    notebook.cells = [cell]
    html, _ = BriefingHTMLExporter().from_notebook_node(notebook)  # no warning either
    assert '<html lang="en">' in html and "<title>Briefing: progress</title>" in html
    assert "Achieved 98.3%" in html
    assert SUMMARY_MIME not in html and "Briefing: progress</p>" not in html
    assert len(cell.outputs) == 2  # the notebook itself is left as it was


def test_screen_only_outputs_are_in_the_html_and_not_in_the_pdf(tmp_path: Path) -> None:
    """The full table of every figure is the screen's: the PDF's appendix is the compact one."""
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [
        nbformat.v4.new_output(
            "display_data",
            data={"text/html": '<p class="chiso-text">Bảng gọn 98,3%</p>', "text/plain": "x"},
        ),
        nbformat.v4.new_output(
            "display_data",
            data={"text/html": '<p class="chiso-text">Ô nguồn F12</p>', "text/plain": "y"},
            metadata={"chiso": {"media": "screen"}},
        ),
    ]
    notebook.cells = [cell]
    html, _ = BriefingHTMLExporter().from_notebook_node(notebook)
    assert "Bảng gọn 98,3%" in html and "Ô nguồn F12" in html
    pdf, _ = BriefingPDFExporter().from_notebook_node(notebook)
    (tmp_path / "b.pdf").write_bytes(pdf)
    text = PdfReader(tmp_path / "b.pdf").pages[0].extract_text()
    assert "Bảng gọn 98,3%" in text and "F12" not in text
    assert len(cell.outputs) == 2  # the notebook itself is left as it was
