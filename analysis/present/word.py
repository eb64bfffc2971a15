"""The briefing as a Word file (`briefing.docx`): what an office finishes, numbers, dates and
has signed, laid out as Hướng dẫn 36-HD/VPTW lays out a Party report.

The same content as the HTML and PDF (`Briefing`: its masthead facts, opening page, sections
with their charts, closing and signature, the compact annex, the method note), none of the
toolchain around it (no reporting-period line, file name, contents list or source cells).
The frame follows the guide's table: Times New Roman on A4, margins 20/20/30/15 mm, the
header as a borderless two-column table (issuing body, star and number on the left; the
Party's name with its rule, then place and date on the right), «BÁO CÁO» 16 bold, the subject
14 bold, the body 14 justified with a first-line indent, «Nơi nhận:» 14 underlined with its
list 12, and the signature 14 bold; page numbers at the top centre from page 2. Where the
workbook gives no number or date, the blanks an office fills by hand are left.

Word's own styles (Normal, Heading 1/2, Caption, Table Grid) carry the look, so an office can
restyle the whole file. python-docx writes it; `word_document` gives its bytes, the same for
the same content except the zip's own dates (`run.saving.steady_zip` fixes those).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Mapping, Sequence
from html import escape
from typing import TYPE_CHECKING, Any

from docx import Document
from docx.enum.section import WD_SECTION_START
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Mm, Pt, RGBColor

from ..model.labels import DOCUMENT, PAGE_ONE, WORD, Lang
from ..model.text import without_bidi_controls
from .annex import ANNEX_COLUMNS, AnnexCell, annex_columns, compact_rows
from .briefing_plan import ChartSpec
from .chart_base import figure_bytes, without_source_line

if TYPE_CHECKING:
    from docx.document import Document as DocumentObject
    from docx.table import _Cell
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run
    from matplotlib.axes import Axes

    from .briefing import Briefing

FONT = "Times New Roman"
BODY_SIZE = 14  # points: the body, the header's lines, the signature
PARTY_SIZE = 15  # «ĐẢNG CỘNG SẢN VIỆT NAM»
TITLE_SIZE = 16  # «BÁO CÁO»
RECIPIENTS_SIZE = 12  # the list under «Nơi nhận:»
CAPTION_SIZE = 12
TABLE_SIZE = 11  # the annex's cells
FIRST_LINE = Cm(1)  # the body's first-line indent
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
TEXT_WIDTH_MM = 210 - MARGINS_MM["left"] - MARGINS_MM["right"]
HEADER_WIDTHS_MM = (75, TEXT_WIDTH_MM - 75)  # issuing body | the Party's name, place, date
PICTURE_MM = 140  # a chart's width on the page; a tall one is narrower
TALL_PICTURE_MM = 100
CELL_STYLE = "Bảng"  # the annex's cells (Times New Roman, TABLE_SIZE)
CELL_STYLE_ID = "chiso-bang"  # its id in the file
TALL = 1.1  # height over width past which a chart is drawn narrower (as in print)
# Fixed document properties: python-docx would stamp the time of writing.
STEADY_TIME = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def word_document(briefing: Briefing, *, pictures: Mapping[str, bytes] | None = None) -> bytes:
    """The briefing as .docx bytes. `pictures` are the charts' PNGs by their slug, as the
    notebook drew them for Word (`word_picture`); a chart missing from it is drawn here."""
    document = Document()
    _set_up(document, lang=briefing.lang)
    _header(document, briefing)
    _body(document, briefing, pictures or {})
    _closing(document, briefing)
    _annex(document, briefing)
    _without_bidi_controls(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _without_bidi_controls(document: DocumentObject) -> None:
    """Every text of the file without bidi controls: the last guard, whichever way a text
    came (reading removes them; a file name or a note could still carry one), so that none
    turns the words or digits after it around."""
    for part in (document.element.body, *(s.header._element for s in document.sections)):
        for text in part.iter(qn("w:t")):
            if text.text:
                text.text = without_bidi_controls(text.text)


def word_picture(ax: Axes, *, png: bytes | None = None) -> bytes:
    """A drawn chart as the Word file shows it: PNG, without the line naming its source
    cells (the Word file holds nothing of the toolchain); the chart itself is left as it was.
    `png` is the chart as already saved (`figure_images`), whose source line is painted
    out rather than the chart drawn again."""
    figure = ax.get_figure()
    assert figure is not None
    saved = png if png is not None else figure_bytes(figure, fmt="png")  # type: ignore[arg-type]
    return without_source_line(figure, saved)  # type: ignore[arg-type]


# -- the frame: page, styles, fonts -------------------------------------------------------------


def _set_up(document: DocumentObject, *, lang: Lang) -> None:
    """A4, the guide's margins, Times New Roman in every style, page numbers from page 2."""
    properties = document.core_properties
    properties.created = properties.modified = properties.last_printed = STEADY_TIME
    properties.author = properties.last_modified_by = "chiso"
    properties.revision = 1
    section = document.sections[0]
    section.start_type = WD_SECTION_START.NEW_PAGE
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
    section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    section.header_distance = section.footer_distance = Mm(10)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _page_field(number.add_run())
    _styles(document, lang=lang)


def _styles(document: DocumentObject, *, lang: Lang) -> None:
    styles = document.styles
    normal = styles["Normal"]
    _font(normal.element, size=BODY_SIZE)
    language = normal.element.get_or_add_rPr()
    tag = OxmlElement("w:lang")
    tag.set(qn("w:val"), "vi-VN" if lang == "vi" else "en-GB")
    language.append(tag)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15
    for name in ("Heading 1", "Heading 2"):
        heading = styles[name]
        _font(heading.element, size=BODY_SIZE, bold=True, italic=name == "Heading 2")
        heading.font.color.rgb = RGBColor(0, 0, 0)
        heading.paragraph_format.space_before = Pt(6)
        heading.paragraph_format.space_after = Pt(6)
        heading.paragraph_format.first_line_indent = FIRST_LINE
    caption = styles["Caption"]
    _font(caption.element, size=CAPTION_SIZE, italic=True)
    caption.font.color.rgb = RGBColor(0, 0, 0)
    caption.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    caption.paragraph_format.space_after = Pt(12)
    for name in ("Header", "Table Grid"):
        _font(styles[name].element, size=BODY_SIZE if name == "Header" else TABLE_SIZE)
    # The annex's cells: a paragraph style of their own, so that a province's thousands of
    # cells carry a style's name rather than each run its own font (seconds saved).
    cells = styles.add_style(CELL_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    cells.element.styleId = CELL_STYLE_ID
    cells.base_style = normal
    _font(cells.element, size=TABLE_SIZE)
    cells.paragraph_format.space_after = Pt(0)
    cells.paragraph_format.first_line_indent = Pt(0)


def _font(element: Any, *, size: int, bold: bool | None = None, italic: bool | None = None) -> None:
    """Times New Roman at `size` points on a style's or a run's properties: every script's
    font named (ascii, hAnsi, cs, eastAsia), the theme's fonts taken away."""
    properties = element.get_or_add_rPr()
    fonts = properties.get_or_add_rFonts()
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for script in ("ascii", "hAnsi", "cs", "eastAsia"):
        fonts.set(qn(f"w:{script}"), FONT)
    for tag in ("w:b", "w:bCs", "w:i", "w:iCs", "w:sz", "w:szCs"):
        for old in properties.findall(qn(tag)):
            properties.remove(old)
    for tag, on in (("w:b", bold), ("w:bCs", bold), ("w:i", italic), ("w:iCs", italic)):
        if on is not None:
            flag = OxmlElement(tag)
            if not on:
                flag.set(qn("w:val"), "0")
            properties.append(flag)
    for tag in ("w:sz", "w:szCs"):
        half_points = OxmlElement(tag)
        half_points.set(qn("w:val"), str(size * 2))
        properties.append(half_points)


def _run(
    paragraph: Paragraph,
    text: str,
    *,
    size: int = BODY_SIZE,
    bold: bool = False,
    italic: bool = False,
    underline: bool = False,
) -> Run:
    """A run with its font and size set on the run itself, as the frame's lines need."""
    run = paragraph.add_run(text)
    _font(run._r, size=size, bold=bold, italic=italic)
    if underline:
        run.font.underline = True
    return run


def _page_field(run: Run) -> None:
    """A PAGE field: Word and LibreOffice write the page's number in it."""
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), (None, "2")):
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text == " PAGE ":
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = text
            run._r.append(instruction)
        else:
            value = OxmlElement("w:t")
            value.text = text
            run._r.append(value)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run._r.append(end)


def _borderless(table: Any, widths_mm: Sequence[int]) -> None:
    """No borders anywhere, fixed column widths (the masthead and the signature)."""
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{edge}")
        line.set(qn("w:val"), "nil")
        borders.append(line)
    properties.append(borders)
    table.autofit = False
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)


def _line(
    cell_or_document: Any, text: str, *, align: Any = WD_ALIGN_PARAGRAPH.CENTER, **style: Any
) -> Paragraph:
    """One paragraph of one run, centred unless told; a cell's first paragraph reused."""
    paragraphs = cell_or_document.paragraphs if hasattr(cell_or_document, "_tc") else []
    first = paragraphs[0] if len(paragraphs) == 1 and not paragraphs[0].runs else None
    paragraph: Paragraph = first if first is not None else cell_or_document.add_paragraph()
    paragraph.alignment = align
    paragraph.paragraph_format.space_after = Pt(0)
    paragraph.paragraph_format.first_line_indent = Pt(0)
    _run(paragraph, text, **style)
    return paragraph


# -- the header: issuing body, number, the Party's name, place and date, title, subject -------


def _header(document: DocumentObject, briefing: Briefing) -> None:
    words, facts = DOCUMENT[briefing.lang], briefing.facts
    table = document.add_table(rows=1, cols=2)
    _borderless(table, HEADER_WIDTHS_MM)
    left, right = table.rows[0].cells
    if facts.parent:
        _line(left, facts.parent.upper())
    _line(left, briefing.organisation.upper(), bold=True)
    _line(left, "*")
    _line(left, briefing.number_line())
    _line(right, words["party"], size=PARTY_SIZE, bold=True, underline=True)
    _line(right, "")
    _line(right, briefing.place_date(), italic=True)
    _line(document, "")
    title = _line(document, words["title"], size=TITLE_SIZE, bold=True)
    title.paragraph_format.space_before = Pt(12)
    _line(document, facts.subject or words["subtitle"], bold=True)
    _line(document, "-----")
    if facts.illustrative:
        _line(document, words["illustrative"], bold=True)
    if briefing.dataset.missing:
        _paragraph(document, f"{words['missing']}:")
        for missing in briefing.dataset.missing:
            _paragraph(document, f"- {missing.describe(lang=briefing.lang)}")
    if facts.opening:
        _paragraph(document, facts.opening).paragraph_format.space_before = Pt(12)


# -- the body: opening page, sections, charts, method note --------------------------------------


def _paragraph(document: DocumentObject, text: str, *, style: str | None = None) -> Paragraph:
    """A body paragraph (Normal unless told): justified, its first line indented."""
    paragraph = document.add_paragraph(text, style=style)
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = FIRST_LINE
    return paragraph


def _blocks(document: DocumentObject, heading: str, blocks: list[tuple[str, list[str]]]) -> None:
    document.add_heading(heading, level=1)
    for title, items in blocks:
        document.add_heading(title, level=2)
        for item in items:
            _paragraph(document, f"- {item}")


def _body(document: DocumentObject, briefing: Briefing, pictures: Mapping[str, bytes]) -> None:
    lang = briefing.lang
    if briefing.summary.empty:
        _paragraph(document, DOCUMENT[lang]["nothing"])
        return
    _blocks(document, DOCUMENT[lang]["overview"], briefing.overview_blocks())
    charts = 0
    for number, section in enumerate(briefing.sections, start=1):
        document.add_heading(f"{number}. {section.title}", level=1)
        for text in section.paragraphs:
            _paragraph(document, text)
        for spec in section.charts:
            charts += 1
            picture = pictures.get(spec.slug) or _drawn(briefing, spec)
            _chart(document, picture, WORD[lang]["chart"].format(number=charts, title=spec.title))
    note = briefing.method_blocks()
    if note:
        _blocks(document, PAGE_ONE[lang]["method"], note)


def _drawn(briefing: Briefing, spec: ChartSpec) -> bytes:
    import matplotlib.pyplot as plt

    ax = briefing.draw(spec)
    try:
        return word_picture(ax)
    finally:
        figure = ax.get_figure()
        if figure is not None:
            plt.close(figure)  # type: ignore[arg-type]


def _chart(document: DocumentObject, png: bytes, caption: str) -> None:
    """The chart as a picture, centred, kept with its caption (Word's Caption style)."""
    width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
    size = TALL_PICTURE_MM if height > TALL * width else PICTURE_MM
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.first_line_indent = Pt(0)
    paragraph.paragraph_format.keep_with_next = True
    paragraph.add_run().add_picture(io.BytesIO(png), width=Mm(size))
    document.add_paragraph(caption, style="Caption")


# -- the end: closing sentence, recipients, signature -------------------------------------------


def _closing(document: DocumentObject, briefing: Briefing) -> None:
    """The closing sentence, then «Nơi nhận:» and its list (left) beside the signature (right),
    where the guide puts them."""
    facts = briefing.facts
    if facts.closing:
        _paragraph(document, facts.closing)
    if not (facts.recipients or facts.signer or facts.on_behalf or facts.signer_title):
        return
    table = document.add_table(rows=1, cols=2)
    _borderless(table, (TEXT_WIDTH_MM // 2 - 5, TEXT_WIDTH_MM - TEXT_WIDTH_MM // 2 + 5))
    left, right = table.rows[0].cells
    if facts.recipients:
        _line(
            left, WORD[briefing.lang]["recipients"], align=WD_ALIGN_PARAGRAPH.LEFT, underline=True
        )
        for line in facts.recipients:
            _line(left, line, align=WD_ALIGN_PARAGRAPH.LEFT, size=RECIPIENTS_SIZE)
    for text in (facts.on_behalf, facts.signer_title):
        if text:
            _line(right, text.upper(), bold=True)
    if facts.signer:
        for _ in range(3):  # room for the signature and the seal
            _line(right, "")
        _line(right, facts.signer, bold=True)


# -- the annex: the compact table on a page of its own ------------------------------------------


def _annex(document: DocumentObject, briefing: Briefing) -> None:
    """«Phụ lục», «(Kèm theo Báo cáo số … ngày …)», then the compact table of every unit's
    figure for the period as real Word tables (a few indicators each, as in print)."""
    if briefing.summary.empty:
        return
    lang, words = briefing.lang, WORD[briefing.lang]
    document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    _line(document, words["annex"], bold=True)
    _line(document, briefing.attached_line(), italic=True)
    _line(document, "")
    columns = annex_columns(briefing.summary, period=briefing.period, lang=lang)
    rows = compact_rows(briefing.summary, columns, lang=lang)
    titles = [f"{c.title} ({c.note})" if c.note else c.title for c in columns]
    if len(rows) == 1:  # one unit: its indicators down the page
        unit, cells = rows[0]
        body: list[list[str | AnnexCell | None]] = [
            [title, cell] for title, cell in zip(titles, cells, strict=True)
        ]
        _table(document, [words["annex_indicator"], unit], body)
    else:
        for start in range(0, len(columns), ANNEX_COLUMNS):
            heads = [words["annex_unit"], *titles[start : start + ANNEX_COLUMNS]]
            body = [[unit, *cells[start : start + ANNEX_COLUMNS]] for unit, cells in rows]
            _table(document, heads, body)
    _line(document, words["annex_legend"], align=WD_ALIGN_PARAGRAPH.LEFT, size=TABLE_SIZE)


def _table(
    document: DocumentObject, heads: list[str], rows: list[list[str | AnnexCell | None]]
) -> None:
    """A real Word table (Table Grid): a bold heading row repeated on each page."""
    table = document.add_table(rows=1, cols=len(heads), style="Table Grid")
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    heading = table.rows[0]
    marker = OxmlElement("w:tblHeader")
    heading._tr.get_or_add_trPr().append(marker)
    for cell, text in zip(heading.cells, heads, strict=True):
        _cell(cell, text, bold=True)
    # The body's rows written as WordprocessingML and parsed once: python-docx makes each
    # cell's paragraph and run object by object, seconds for a province's 4.000 cells.
    widths = [cell._tc.tcPr.xml if cell._tc.tcPr is not None else "" for cell in heading.cells]
    body = []
    for values in rows:
        cells = []
        for index, (value, width) in enumerate(zip(values, widths, strict=True)):
            if isinstance(value, AnnexCell):
                text = value.text + (f"/{value.target}" if value.target else "")
                text += " ▼" if value.behind else ""
                cells.append(_cell_xml(text, width, bold=value.total, right=True))
            else:
                cells.append(_cell_xml(value or "", width, right=index > 0 and value is None))
        body.append(f"<w:tr {nsdecls('w')}>{''.join(cells)}</w:tr>")
    for row in body:
        table._tbl.append(parse_xml(row))
    _line(document, "")


def _cell_xml(text: str, width: str, *, bold: bool = False, right: bool = False) -> str:
    """One cell as `_cell` makes it, as WordprocessingML text (`width`: its `w:tcPr`)."""
    align = '<w:jc w:val="right"/>' if right else ""
    strong = "<w:rPr><w:b/></w:rPr>" if bold else ""
    run = f'<w:r>{strong}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>' if text else ""
    style = f'<w:pPr><w:pStyle w:val="{CELL_STYLE_ID}"/>{align}</w:pPr>'
    return f"<w:tc>{_plain_ns(width)}<w:p>{style}{run}</w:p></w:tc>"


def _plain_ns(xml: str) -> str:
    """A child element's XML without the namespace declaration python-docx writes on it."""
    return re.sub(r' xmlns:\w+="[^"]*"', "", xml)


def _cell(cell: _Cell, text: str, *, bold: bool = False, right: bool = False) -> None:
    """A table cell's text in the cells' style (`CELL_STYLE`), bold where asked."""
    paragraph = cell.paragraphs[0]
    # The style's id set on the paragraph's XML: python-docx's `paragraph.style = …` looks
    # the style up among all of them at each call (a second a thousand cells).
    paragraph._p.get_or_add_pPr().style = CELL_STYLE_ID
    if right:
        paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = paragraph.add_run(text)
    if bold:
        run.bold = True
