"""Where units and periods come from (`model.sources.Source`): typed kinds and cells, told
in both languages, with the public JSON text unchanged."""

from __future__ import annotations

import pytest

from analysis.model.dataset import SheetReading, TableReading
from analysis.model.sources import Source, SourceKind

CASES = [
    # (public text, kind, cells, Vietnamese, English)
    ("column E", "column", "E", "cột E", "column E"),
    ("column header D3", "column_header", "D3", "tiêu đề cột D3", "the column header D3"),
    (
        "column headers C:F",
        "column_headers",
        "C:F",
        "tiêu đề các cột C:F",
        "the column headers C:F",
    ),
    ("title cell A2", "title_cell", "A2", "ô tiêu đề A2", "the title cell A2"),
    ("sheet name", "sheet_name", "", "tên trang tính", "the sheet's name"),
    ("file name", "file_name", "", "tên tệp", "the file's name"),
    (
        "heading rows",
        "heading_rows",
        "",
        "các dòng đề mục trong bảng",
        "the heading rows in the table",
    ),
    ("Cách đọc A7", "reading_line", "A7", "trang Cách đọc, ô A7", "the Cách đọc sheet, cell A7"),
    ("?", "nowhere", "", "không nơi nào", "nowhere"),
]


@pytest.mark.parametrize(("text", "kind", "cells", "vi", "en"), CASES)
def test_each_kind_is_written_and_told(
    text: str, kind: SourceKind, cells: str, vi: str, en: str
) -> None:
    source = Source(kind, cells)
    assert str(source) == text
    assert source.describe(lang="vi") == vi
    assert source.describe(lang="en") == en


def test_a_source_equals_its_text_and_hashes_as_it() -> None:
    source = Source("column_headers", "C:F")
    assert source == "column headers C:F"
    assert source != "column header C:F"
    assert source == Source("column_headers", "C:F")
    assert source != Source("column_header", "C:F")
    assert {source} == {"column headers C:F"}


def test_readings_store_sources_and_keep_their_json() -> None:
    sheet = SheetReading(
        file="f.xlsx",
        sheet="S",
        layout="long",
        header_row=4,
        headers={"numerator": "F4"},
        unit_from=Source("column", "D"),
        period_from=Source("title_cell", "A2"),
    )
    assert sheet.period_from == Source("title_cell", "A2")
    assert isinstance(sheet.period_from, Source)
    assert (sheet.to_dict()["unit_from"], sheet.to_dict()["period_from"]) == (
        "column D",
        "title cell A2",
    )
    assert sheet.describe(lang="en").endswith(
        "unit from column D, period from the title cell A2; 0 figures."
    )
    table = TableReading(
        file="f.xlsx",
        sheet="S",
        number=1,
        range="A4:H20",
        header_rows=(4,),
        layout="long",
        period_source=Source("column_header", "E3"),
        unit_source=Source("sheet_name"),
        period="năm 2024",
    )
    assert table.to_dict()["period_source"] == "column header E3"
    assert table.describe(lang="vi")[1] == (
        "  Kỳ «năm 2024»: lấy từ tiêu đề cột E3; đơn vị: lấy từ tên trang tính"
    )


def test_both_languages_have_the_same_words() -> None:
    from typing import get_args

    from analysis.model import labels
    from analysis.model.sources import SourceKind

    tables = (
        labels.PERIOD_NAMES,
        labels.SOURCE_NAMES,
        labels.LAYOUT_NAMES,
        labels.HEADER_GROUP_NAMES,
        labels.READING_LINES,
    )
    for table in tables:
        assert set(table["vi"]) == set(table["en"])
        assert all(table["vi"][key] for key in table["vi"])
    assert set(labels.SOURCE_NAMES["vi"]) == set(get_args(SourceKind))
