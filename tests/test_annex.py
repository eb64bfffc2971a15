"""The briefing's annex: a compact table in print, the full table folded in the HTML and in
`phu-luc.xlsx` beside the briefing, each opened and read as its reader gets it."""

from __future__ import annotations

import datetime as dt
import io
import re
import time
import zipfile
from pathlib import Path
from types import SimpleNamespace

import nbformat
import openpyxl.writer.excel
import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from workbooks import ROOT, row, write_workbook

import analysis
from analysis.present.annex import ANNEX_COLUMNS
from analysis.present.briefing import Briefing, prepare_briefing
from analysis.present.export import BriefingHTMLExporter, BriefingPDFExporter
from analysis.present.summary import summary_records
from analysis.run.saving import annex_workbook

DEMO = ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx"
UNITS = 13  # the province and its 12 communes and wards


@pytest.fixture(scope="module")
def demo() -> Briefing:
    return prepare_briefing(analysis.load(DEMO))


def _compact(html: str) -> str:
    assert "chiso-annex-full" not in html  # the full table is an output of its own
    return html


def _rows(html: str) -> list[list[str]]:
    """Each row of the compact tables as its cells' text, the unit first."""
    rows = re.findall(r'<tr class="chiso-unit">(.*?)</tr>', _compact(html))
    return [
        [re.sub(r"<[^>]+>", "", c) for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", r)]
        for r in rows
    ]


def test_one_row_per_unit_one_column_per_indicator_with_targets_and_marks(demo: Briefing) -> None:
    html = demo.appendix_html()
    compact = _compact(html)
    assert "Các chỉ tiêu theo đơn vị, năm 2024" in compact
    heads = re.findall(r"<thead><tr>(.*?)</tr></thead>", compact)
    assert len(heads) == 1  # five indicators: one table
    titles = [
        re.sub(r"<[^>]+>", "|", h).strip("|") for h in re.findall(r"<th[^>]*>(.*?)</th>", heads[0])
    ]
    assert titles[0] == "Đơn vị"
    assert titles[1] == "Đảng viên dùng Sổ tay đảng viên điện tử|mục tiêu 95%"
    assert titles[4] == "Kết nạp đảng viên mới"  # each unit its own target: in the cells
    rows = _rows(html)
    assert len(rows) == UNITS and all(len(cells) == 6 for cells in rows)
    assert rows[0] == ["Tỉnh Minh Hoạ", "▼ 89,6%", "▼ 84,2%", "▼ 93,4%", "▼ 160 / 170", "31"]
    by_unit = {cells[0]: cells[1:] for cells in rows}
    assert by_unit["Phường Bắc Sơn"] == ["99,6%", "▼ 75,8%", "98,6%", "▼ 5 / 7", "1"]
    assert by_unit["Xã Lạc Thủy"][3] == "20 / 20"  # at its target: not marked
    # No source cells and no earlier year in the printed table.
    assert not re.search(r"\bF\d+\b", compact) and "2019" not in compact


def test_the_full_table_folds_every_figure_by_indicator_with_its_cells(demo: Briefing) -> None:
    full = demo.full_annex_html()
    groups = re.findall(r"<details[^>]*><summary>(.*?)</summary>(.*?)</details>", full)
    assert len(groups) == 5
    name, table = groups[0]
    assert name.startswith("Đảng viên dùng Sổ tay đảng viên điện tử")
    assert "(78 số liệu)" in name  # 13 units × 6 years
    assert table.count("<tr") == 1 + 78
    assert "<td>Phường An Bình</td><td>năm 2019</td><td>83,3%</td>" in table
    assert "<td>F5, F35, F65," in table  # a total names the cells it adds up
    assert "<script" not in full  # folded by <details>: nothing to run


def test_many_indicators_are_printed_in_tables_of_a_few(tmp_path: Path) -> None:
    names = [f"Chỉ tiêu {n:02d}" for n in range(1, 2 * ANNEX_COLUMNS + 2)]
    path = write_workbook(
        tmp_path / "wide.xlsx",
        [
            row(name, "2024", 10 + n, unit=unit)
            for n, name in enumerate(names)
            for unit in ("Xã A", "Xã B")
        ],
    )
    html = prepare_briefing(analysis.load(path)).appendix_html()
    heads = re.findall(r"<thead><tr>(.*?)</tr></thead>", _compact(html))
    assert [h.count("<th") for h in heads] == [1 + ANNEX_COLUMNS, 1 + ANNEX_COLUMNS, 2]
    rows = _rows(html)
    assert len(rows) == 3 * 3  # each table lists the units again, their total first
    first = [str(10 + n) for n in range(ANNEX_COLUMNS)]  # Xã A's figures in the first table
    assert rows[0] == ["Tổng các đơn vị", *(str(2 * int(v)) for v in first)]
    assert rows[1] == ["Xã A", *first]
    assert rows[-1] == ["Xã B", str(10 + 2 * ANNEX_COLUMNS)]


def test_the_excel_annex_has_numbers_filters_a_frozen_header_and_sources(demo: Briefing) -> None:
    rows = summary_records(demo.summary)
    data = annex_workbook(rows)
    book = load_workbook(io.BytesIO(data))
    sheet = book["Phụ lục"]
    heads = [c.value for c in sheet[1]]
    assert heads[:6] == ["Chỉ tiêu", "Mã", "Đơn vị", "Tổng (Σ)", "Kỳ", "Giá trị (tỷ lệ: %)"]
    assert heads[-3:] == ["Trang tính", "Ô nguồn", "Nguồn (tệp › trang › ô)"]
    assert sheet.max_row == 1 + len(rows) == 1 + 390
    assert sheet.auto_filter.ref == f"A1:S{sheet.max_row}"
    assert sheet.freeze_panes == "A2"
    column = {name: i for i, name in enumerate(heads)}
    records = [[c for c in r] for r in sheet.iter_rows(min_row=2)]
    first = records[0]
    assert first[column["Đơn vị"]].value == "Phường An Bình"
    value = first[column["Giá trị (tỷ lệ: %)"]]
    assert isinstance(value.value, float) and round(value.value, 1) == 83.3
    assert value.number_format == '0.0"%"'
    numerator = first[column["Tử số"]]
    assert numerator.value == 774 and numerator.data_type == "n"  # a number, not text
    assert numerator.number_format == "#,##0"
    assert first[column["Mục tiêu (tỷ lệ: %)"]].value == 95.0
    assert first[column["Đánh giá"]].value == "chưa đạt"
    assert first[column["Ô nguồn"]].value == "F5"
    assert first[column["Nguồn (tệp › trang › ô)"]].value == "tinh-minh-hoa.xlsx › Chỉ tiêu › F5"
    # The workbook by its name, never the build machine's folder (`rows` name the path).
    assert first[column["Tệp"]].value == "tinh-minh-hoa.xlsx" != rows[0]["file"]
    total = next(r for r in records if r[column["Tổng (Σ)"]].value == "Σ")
    assert total[column["Đơn vị"]].value == "Tỉnh Minh Hoạ"
    assert str(total[column["Ô nguồn"]].value).startswith("F5, F35")
    change = next(r[column["Thay đổi (tỷ lệ: điểm phần trăm; số đếm: %)"]] for r in records[5:])
    assert isinstance(change.value, float) and "điểm phần trăm" in change.number_format


def test_the_same_rows_make_the_same_bytes_whenever_they_are_written(
    demo: Briefing, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rebuild that changed nothing leaves `phu-luc.xlsx` as it was: no clock in the file."""
    rows = summary_records(demo.summary)
    first = annex_workbook(rows)
    # A later clock for the second write: openpyxl's `modified` and the zip entries' dates.
    later = dt.datetime(2031, 7, 9, 13, 45, 17)
    monkeypatch.setattr(
        openpyxl.writer.excel, "datetime", SimpleNamespace(datetime=_Clock, timezone=dt.timezone)
    )
    monkeypatch.setattr(
        zipfile, "time", SimpleNamespace(time=time.time, localtime=lambda *_: later.timetuple())
    )
    second = annex_workbook(rows)
    assert openpyxl.writer.excel.datetime.datetime.now().year == 2031  # the clock did move
    assert second == first
    with zipfile.ZipFile(io.BytesIO(second)) as archive:
        assert {m.date_time for m in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        core = archive.read("docProps/core.xml").decode()
    assert ">2000-01-01T00:00:00Z</dcterms:created>" in core
    assert ">2000-01-01T00:00:00Z</dcterms:modified>" in core
    # Still a workbook as Excel opens it: numbers as numbers, the filter, the frozen header.
    sheet = load_workbook(io.BytesIO(second))["Phụ lục"]
    assert sheet.max_row == 1 + 390 and sheet.auto_filter.ref == "A1:S391"
    assert sheet.freeze_panes == "A2"
    assert sheet["G2"].value == 774 and sheet["G2"].data_type == "n"
    assert round(sheet["F2"].value, 1) == 83.3 and sheet["F2"].number_format == '0.0"%"'


class _Clock(dt.datetime):
    """A clock stopped at a later day than the first write's."""

    @classmethod
    def now(cls, tz: dt.tzinfo | None = None) -> _Clock:
        return cls(2031, 7, 9, 13, 45, 17, tzinfo=tz)


def test_english_annex_and_formula_like_text_stays_text() -> None:
    rows = [
        {
            "indicator": "=1+1",
            "unit": "A",
            "value": 3.0,
            "display": "count",
            "is_total": False,
            "target_status": "chưa đạt",
            "cell": "F7",
            "change": None,
        },
    ]
    sheet = load_workbook(io.BytesIO(annex_workbook(rows, lang="en")))["Annex"]
    values = {h.value: c.value for h, c in zip(sheet[1], sheet[2], strict=True)}
    assert values["Indicator"] == "'=1+1" and values["Value (rate: %)"] == 3.0
    assert values["Status"] == "short" and values["Source cells"] == "F7"
    assert sheet.cell(2, 6).number_format == "#,##0"


def _pdf_of(fragment: str) -> PdfReader:
    notebook = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell("")
    cell.outputs = [nbformat.v4.new_output("display_data", data={"text/html": fragment})]
    notebook.cells = [cell]
    pdf, _ = BriefingPDFExporter().from_notebook_node(notebook)
    return PdfReader(io.BytesIO(pdf))


@pytest.mark.slow  # a PDF rendered
def test_the_printed_annex_of_the_demo_is_one_page_without_a_broken_word(demo: Briefing) -> None:
    html = demo.appendix_html()
    reader = _pdf_of(html)
    assert len(reader.pages) == 1  # 13 units, 5 indicators (was 42 pages)
    text = reader.pages[0].extract_text()
    words = set(text.split())
    # Every word of every unit's name and of the period is whole: no «nă/m/20/19».
    for name in ("Phường Quang Trung", "Phường Cẩm Thành", "Xã Nghĩa Trung", "năm 2024"):
        assert set(name.split()) <= words, name
    assert "Bảng đầy đủ:" not in text and not re.search(r"\bF\d+\b", text)  # screen only
    assert "▼ 15 / 23" in text or ("15 / 23" in text and "▼" in text)


def test_the_html_annex_scrolls_and_never_breaks_a_word() -> None:
    html, _ = BriefingHTMLExporter().from_notebook_node(nbformat.v4.new_notebook())
    css = html.split("<style>", 1)[1].split("</style>", 1)[0]
    table = re.search(r"\.chiso-table th, \.chiso-table td \{([^}]*)\}", css)
    assert table is not None
    for rule in ("overflow-wrap: normal", "word-break: normal", "hyphens: none", "min-width"):
        assert rule in table.group(1)
    assert re.search(r"\.chiso-table-wrap \{[^}]*overflow-x: auto", css)


def test_the_bundled_briefing_prints_every_figure_in_the_html_annex() -> None:
    briefing = prepare_briefing(analysis.load(ROOT / "data" / "ke-hoach-83-quang-ngai.xlsx"))
    html = briefing.appendix_html()
    rows = _rows(html)  # one unit: its indicators down the page, one figure each
    assert len(rows) == len(briefing.summary.groupby(["parent", "indicator"], dropna=False))
    assert rows[1] == [
        "Đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử (số liệu tháng 6/2024)",
        "98,3%",
    ]
    assert "<th>TP Quảng Ngãi</th>" in _compact(html)
    full = briefing.full_annex_html()
    for text in ("98,3%", "9.728/9.897", "10.616", "12/12", "7/7", "6/7", "43"):
        assert text in full


def test_one_units_printed_annex_gives_the_names_their_width(briefing_pdf: Path) -> None:
    """The bundled briefing is one unit's: its annex lists the indicators down one page, each
    name on a line or two (in a narrow column they took four or five lines each, and the
    table ran over two pages)."""
    from pypdf import PdfReader

    pages = [page.extract_text() or "" for page in PdfReader(briefing_pdf).pages]
    [annex] = [text for text in pages if "Các chỉ tiêu theo đơn vị" in text]  # one page
    assert "98,3%" in annex and "10.616" in annex and "Đánh giá không hài lòng" in annex
    assert "Lượt đánh giá mức độ hài lòng tại Trung tâm hành chính công thành phố" in " ".join(
        annex.split()
    )
