"""Invisible characters in workbook text (zero-width spaces and joiners, bidi controls, a
byte-order mark or a soft hyphen inside text) are removed before names are compared or
shown, non-breaking and ideographic spaces become plain spaces, each cell that held any is
named in a warning, and no output (HTML, Word, charts) carries a bidi control."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from matplotlib.text import Text

import analysis
from analysis.model.errors import ProblemGroup, group_problems
from analysis.model.text import BIDI_CONTROLS, INVISIBLE, name_key, normalize_text
from analysis.present.briefing import Briefing, prepare_briefing
from analysis.present.chart_base import figure_bytes
from analysis.present.word import word_document
from analysis.reading.load import load_many
from tests.workbooks import row, write_workbook

ZWSP, ZWJ, RLO, LRE, PDF_, BOM, SHY = (
    "\u200b",
    "\u200d",
    "\u202e",
    "\u202a",
    "\u202c",
    "\ufeff",
    "\u00ad",
)
BIDI = re.compile(f"[{BIDI_CONTROLS}]")
ANY_INVISIBLE = re.compile(f"[{INVISIBLE}]")


def _warnings(dataset: analysis.Dataset) -> dict[str, str]:
    """The invisible-character warnings: cell -> the characters it held."""
    return {
        str(p.cell): p.details["value"]
        for p in dataset.problems
        if p.code == "invisible_characters"
    }


def _html(briefing: Briefing) -> str:
    parts = [briefing.title_html(), briefing.overview_html(), briefing.appendix_html()]
    parts += [briefing.full_annex_html(), briefing.method_note_html()]
    for section in briefing.sections:
        parts += [briefing.section_heading_html(section), briefing.section_text_html(section)]
    return "\n".join(parts)


def _word_texts(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    return "".join(t.text or "" for t in document.element.body.iter(qn("w:t")))


def test_normalize_text_removes_invisibles_and_plains_spaces() -> None:
    assert normalize_text(f"{BOM}Đảng{ZWSP} viên{SHY}\u00a0mới\u3000{RLO}") == "Đảng viên mới"
    assert name_key(f"Xã An{ZWJ}\u202fPhú") == name_key("xã an phú")
    assert not ANY_INVISIBLE.search(normalize_text("".join(INVISIBLE) + "a"))


def test_look_alike_indicators_are_one_and_each_cell_is_named(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "an-phu.xlsx",
        [
            row(f"Đảng viên{ZWSP} mới", "2024", 10, unit="Xã An\u00a0Phú"),
            row("Đảng viên mới", "2024", 12, unit="Xã Bình Minh"),
            row(f"{BOM}Đảng viên mới", "2024", 5, unit=f"Xã Tân{ZWJ} Hiệp"),
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    figures = dataset.observations
    assert set(figures["indicator"]) == {"Đảng viên mới"}
    assert list(figures["unit"]) == ["Xã An Phú", "Xã Bình Minh", "Xã Tân Hiệp"]
    summary = prepare_briefing(dataset).summary
    # One indicator: its three units and their total, 10 + 12 + 5.
    assert set(summary["indicator"]) == {"Đảng viên mới"}
    [total] = summary[summary["is_total"]]["numerator"].tolist()
    assert total == 27
    assert sorted(summary[~summary["is_total"]]["numerator"].tolist()) == [5, 10, 12]
    # The non-breaking space is only a space: nothing removed, nothing named in D2.
    assert _warnings(dataset) == {"B2": "U+200B", "B4": "U+FEFF", "D4": "U+200D"}
    [warning] = [p for p in dataset.problems if p.cell == "B2"]
    assert warning.severity == "warning" and warning.sheet == "Chỉ tiêu"
    assert "U+200B" in warning.message_vi and "U+200B" in warning.message_en


def test_a_unit_with_a_non_breaking_space_is_the_same_unit(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "don-vi.xlsx",
        [
            row("Đảng viên mới", "2023", 10, unit="Xã An\u00a0Phú"),
            row("Đảng viên mới", "2024", 14, unit="Xã An Phú"),
            row("Đảng viên mới", "2025", 15, unit="Xã An\u3000Phú"),
        ],
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert list(dataset.observations["unit"]) == ["Xã An Phú"] * 3
    summary = prepare_briefing(dataset).summary
    # One unit, so no total across units: one series, each year's change from the last.
    assert [
        (r["unit"], r["period"], r["numerator"], r["is_total"]) for r in summary.to_dict("records")
    ] == [
        ("Xã An Phú", "2023", 10, False),
        ("Xã An Phú", "2024", 14, False),
        ("Xã An Phú", "2025", 15, False),
    ]
    assert summary["change_amount"].tolist()[1:] == [4, 1]
    assert _warnings(dataset) == {}


def test_a_sheet_full_of_them_is_one_line_with_its_range(tmp_path: Path) -> None:
    rows = [row(f"Chỉ tiêu{ZWSP} {n}", "2024", n, unit="Xã An Phú") for n in range(1, 301)]
    dataset = analysis.load(write_workbook(tmp_path / "nhieu.xlsx", rows))
    assert len(_warnings(dataset)) == 300
    told = [p for p in group_problems(dataset.problems) if p.code == "invisible_characters"]
    [line] = told
    assert isinstance(line, ProblemGroup)
    assert (line.count, line.cells) == (300, "B2:B301")
    assert line.message_vi.startswith("300 ô có ký tự vô hình")


def _rewritten(path: Path, name: str, members: dict[str, bytes | None]) -> Path:
    """A copy of the workbook with some members' XML changed (None: left as it is) or
    added, as another writer would have written them."""
    out = path.with_name(name)
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            changed = members.get(info.filename)
            target.writestr(info, changed if changed is not None else source.read(info.filename))
        for member, data in members.items():
            if member not in source.namelist() and data is not None:
                target.writestr(member, data)
    return out


def _sheet(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("xl/worksheets/sheet1.xml")


def test_text_typed_in_the_sheet_raw_or_as_references_is_found(tmp_path: Path) -> None:
    written = write_workbook(
        tmp_path / "inline.xlsx",
        [
            row("INDICATOR", "2024", 10, unit="Xã An Phú"),
            row("Đảng viên mới", "2024", 12, unit="UNIT"),
        ],
    )
    sheet = _sheet(written)
    assert b't="inlineStr"><is><t>INDICATOR</t>' in sheet  # as openpyxl writes text
    sheet = sheet.replace(b"INDICATOR", "Đảng viên&#x200B; mới&#8238;".encode())
    sheet = sheet.replace(b"UNIT", f"Xã Bình{SHY} Minh".encode())  # raw UTF-8 bytes
    path = _rewritten(written, "tham-chieu.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert set(dataset.observations["indicator"]) == {"Đảng viên mới"}
    assert list(dataset.observations["unit"]) == ["Xã An Phú", "Xã Bình Minh"]
    assert _warnings(dataset) == {"B2": "U+200B, U+202E", "D3": "U+00AD"}


def test_shared_strings_are_looked_at(tmp_path: Path) -> None:
    written = write_workbook(
        tmp_path / "chung.xlsx",
        [
            row("INDICATOR", "2024", 10, unit="Xã An Phú"),
            row("Đảng viên mới", "2024", 12, unit="Xã Bình Minh"),
        ],
    )
    inline = b'<c r="B2" t="inlineStr"><is><t>INDICATOR</t></is></c>'
    assert inline in _sheet(written)
    sheet = _sheet(written).replace(inline, b'<c r="B2" t="s"><v>1</v></c>')
    strings = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" '
        f'uniqueCount="2"><si><t>Khác</t></si><si><r><t>Đảng viên{LRE}</t></r>'
        f'<r><t xml:space="preserve"> mới{PDF_}</t></r></si></sst>'
    ).encode()
    with zipfile.ZipFile(written) as archive:
        types = archive.read("[Content_Types].xml")
        links = archive.read("xl/_rels/workbook.xml.rels")
    types = types.replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    )
    links = links.replace(
        b"</Relationships>",
        b'<Relationship Id="rIdChisoStrings" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        b"</Relationships>",
    )
    path = _rewritten(
        written,
        "chung-2.xlsx",
        {
            "xl/worksheets/sheet1.xml": sheet,
            "xl/sharedStrings.xml": strings,
            "[Content_Types].xml": types,
            "xl/_rels/workbook.xml.rels": links,
        },
    )
    dataset = analysis.load(path)
    assert dataset.ok, dataset.problems
    assert set(dataset.observations["indicator"]) == {"Đảng viên mới"}
    assert _warnings(dataset) == {"B2": "U+202A, U+202C"}


def test_a_units_sheet_is_looked_at_too(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "cap.xlsx",
        [row("Đảng viên mới", "2024", 12, unit="Xã An Phú")],
        sheets={"Đơn vị": [["Đơn vị", "Cấp trên"], [f"Xã An{ZWSP} Phú", "Huyện Tư Nghĩa"]]},
    )
    dataset = analysis.load(path)
    warnings = [p for p in dataset.problems if p.code == "invisible_characters"]
    assert [(p.sheet, p.cell) for p in warnings] == [("Đơn vị", "A2")]


@pytest.fixture(scope="module")
def overridden(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    """A briefing from a workbook whose names end in an unclosed right-to-left override, in
    a file whose own name holds one (a name reading never cleans)."""
    folder = tmp_path_factory.mktemp("bidi")
    path = write_workbook(
        folder / f"bao-cao{RLO}.xlsx",
        [
            row(f"Tỷ lệ đảng viên được đánh giá{RLO}", "2024", 9728, 9897, unit=f"Xã A{LRE}"),
            row(f"Tỷ lệ đảng viên được đánh giá{RLO}", "2024", 4361, 4500, unit="Xã B"),
        ],
    )
    return prepare_briefing(analysis.load(path))


def test_no_bidi_control_reaches_the_html_and_ratios_read_in_order(overridden: Briefing) -> None:
    assert set(overridden.summary["indicator"]) == {"Tỷ lệ đảng viên được đánh giá"}
    html = _html(overridden)
    assert not BIDI.search(html)
    overview = overridden.overview_html()
    said = " ".join(p for section in overridden.sections for p in section.paragraphs)
    assert not BIDI.search(said)
    # Each unit's ratio, and the two units' total, with their digits in order.
    assert "Xã A: đã có 9.728/9.897 tỷ lệ đảng viên được đánh giá" in said
    assert "4.361/4.500" in said
    assert "Tổng các đơn vị: đã có 14.089/14.397 tỷ lệ đảng viên được đánh giá" in overview


def test_no_bidi_control_reaches_the_word_file_or_the_charts(overridden: Briefing) -> None:
    text = _word_texts(word_document(overridden))
    assert not BIDI.search(text)
    assert "9.728/9.897" in text
    assert "Tỷ lệ đảng viên được đánh giá" in text
    for section in overridden.sections:
        for spec in section.charts:
            axes = overridden.draw(spec)
            figure = axes.get_figure()
            assert figure is not None
            svg = figure_bytes(figure, fmt="svg")  # type: ignore[arg-type]
            texts = [t.get_text() for t in figure.findobj(Text)]
            assert not any(BIDI.search(t) for t in texts)
            assert "bao-cao.xlsx" in " ".join(texts)  # the file's name, its override gone
            assert not BIDI.search(svg.decode("utf-8"))


def test_a_file_name_with_an_override_does_not_turn_the_word_file_or_the_page(
    tmp_path: Path,
) -> None:
    # A file name is never cleaned on reading: the outputs' last guard must hold it.
    good = write_workbook(
        tmp_path / "tot.xlsx",
        [row("Tỷ lệ đảng viên", "2024", 9728, 9897, unit="Xã A")],
    )
    broken = tmp_path / f"hong{RLO}.xlsx"
    broken.write_text("không phải tệp Excel", encoding="utf-8")
    briefing = prepare_briefing(load_many([good, broken]))
    [missing] = briefing.dataset.missing
    assert missing.file == str(broken)  # the name as the user has it, in the data
    page = briefing.missing_html()
    text = _word_texts(word_document(briefing))
    for shown in (page, text):
        assert "hong.xlsx" in shown
        assert not BIDI.search(shown)
    assert "9.728/9.897" in text


def test_the_exported_page_carries_no_bidi_control(tmp_path: Path) -> None:
    # Whatever an output of the notebook holds (here text a cell printed), the page, and
    # the PDF printed from it, hold no bidi control.
    import nbformat

    from analysis.present.export import BriefingHTMLExporter

    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("print(name)")
    cell.outputs = [
        nbformat.v4.new_output("display_data", data={"text/html": f"<p>Tỷ lệ{RLO} 9.728/9.897</p>"})
    ]
    notebook.cells = [cell]
    page, _ = BriefingHTMLExporter().from_notebook_node(notebook)
    assert "Tỷ lệ 9.728/9.897" in page
    assert not BIDI.search(page)


def test_the_terminals_tables_carry_no_bidi_control(tmp_path: Path) -> None:
    from analysis.present.text_tables import problems_table

    broken = tmp_path / f"hong{RLO}.xlsx"
    broken.write_text("không phải tệp Excel", encoding="utf-8")
    [problem] = analysis.load(broken).problems
    assert problem.code == "not_xlsx"
    table = problems_table([problem], lang="vi")
    assert "hong.xlsx" in table and not BIDI.search(table)
