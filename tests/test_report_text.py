"""A written report's text, passage by passage with where it stands (issue 20): a Word file's
paragraphs and tables in document order, a merged cell once; plain text with or without a
byte-order mark, in NFC whatever came in; sentences cut where a reader would cut them."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import docx
import pytest

from analysis.reading.report_text import Passage, ReportError, report_passages, sentences


def _word_report(path: Path) -> Path:
    """A ward's report laid out as offices lay them out: the header frame as a two-column
    table, the title, the body, a table with merged cells, recipients and signature."""
    document = docx.Document()
    frame = document.add_table(rows=1, cols=2)
    frame.cell(
        0, 0
    ).text = "ĐẢNG BỘ THÀNH PHỐ QUẢNG NGÃI\nĐẢNG ỦY PHƯỜNG LÊ HỒNG PHONG\n*\nSố 45-BC/ĐU"
    frame.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM\nLê Hồng Phong, ngày 01 tháng 7 năm 2024"
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024")
    document.add_paragraph(
        "Đã có 412/420 đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử, đạt tỷ lệ 98,1%. "
        "Kết nạp 05 đảng viên mới. TP. Quảng Ngãi ghi nhận kết quả này."
    )
    table = document.add_table(rows=3, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "Kết quả đánh giá chi bộ"
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Chi bộ"
    table.cell(1, 1).text = "Hoàn thành tốt"
    table.cell(1, 2).text = "12"
    table.cell(2, 1).text = "Hoàn thành"
    table.cell(2, 2).text = "03"
    signature = document.add_table(rows=1, cols=2)
    signature.cell(0, 0).text = "Nơi nhận:\n- Thành ủy (b/c),\n- Lưu VP."
    signature.cell(0, 1).text = "T/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn A"
    document.save(str(path))
    return path


def test_a_word_reports_paragraphs_and_tables_in_document_order(tmp_path: Path) -> None:
    passages = report_passages(_word_report(tmp_path / "bao-cao.docx"))
    assert passages[:2] == [
        Passage(
            "ĐẢNG BỘ THÀNH PHỐ QUẢNG NGÃI\nĐẢNG ỦY PHƯỜNG LÊ HỒNG PHONG\n*\nSố 45-BC/ĐU",
            "bảng 1, dòng 1, cột 1",
            (1, 1, 1),
        ),
        Passage("ĐẢNG CỘNG SẢN VIỆT NAM\nLê Hồng Phong, ngày 01 tháng 7 năm 2024",
                "bảng 1, dòng 1, cột 2", (1, 1, 2)),
    ]  # fmt: skip
    assert [p.where for p in passages[2:5]] == ["đoạn 1", "đoạn 2", "đoạn 3"]
    assert passages[4].text.startswith("Đã có 412/420 đảng viên")
    # The merged heading once, where it starts; the merged «Chi bộ» once.
    assert [(p.text, p.where) for p in passages[5:11]] == [
        ("Kết quả đánh giá chi bộ", "bảng 2, dòng 1, cột 1"),
        ("Chi bộ", "bảng 2, dòng 2, cột 1"),
        ("Hoàn thành tốt", "bảng 2, dòng 2, cột 2"),
        ("12", "bảng 2, dòng 2, cột 3"),
        ("Hoàn thành", "bảng 2, dòng 3, cột 2"),
        ("03", "bảng 2, dòng 3, cột 3"),
    ]
    assert passages[-1] == Passage(
        "T/M ĐẢNG ỦY\nBÍ THƯ\nNguyễn Văn A", "bảng 3, dòng 1, cột 2", (3, 1, 2)
    )


def test_plain_text_with_a_byte_order_mark_in_nfd_reads_in_nfc(tmp_path: Path) -> None:
    text = "BÁO CÁO\n\nKết nạp 05 đảng viên mới.\r\nĐạt 98,3%.\n"
    path = tmp_path / "bao-cao.txt"
    path.write_bytes(b"\xef\xbb\xbf" + unicodedata.normalize("NFD", text).encode("utf-8"))
    assert report_passages(path) == [
        Passage("BÁO CÁO", "dòng 1"),
        Passage("Kết nạp 05 đảng viên mới.", "dòng 3"),
        Passage("Đạt 98,3%.", "dòng 4"),
    ]


def test_what_is_not_a_report_is_said_with_its_file(tmp_path: Path) -> None:
    broken = tmp_path / "hong.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(ReportError, match=re.escape("hong.docx: tệp Word bị hỏng")):
        report_passages(broken)
    latin = tmp_path / "cu.txt"
    latin.write_bytes("Kết nạp".encode("cp1258", errors="replace") + b"\xff")
    with pytest.raises(ReportError, match=re.escape("cu.txt: không phải văn bản UTF-8")):
        report_passages(latin)
    with pytest.raises(ReportError, match=re.escape("chỉ đọc được báo cáo .docx hoặc .txt")):
        report_passages(tmp_path / "bao-cao.pdf")


def test_sentences_are_cut_where_a_reader_cuts_them() -> None:
    passage = (
        "Đã có 9.728/9.897 đảng viên đăng ký, đạt tỷ lệ 98,3%. Kết nạp 05 đảng viên mới. "
        "TP. Quảng Ngãi ghi nhận; đ/c Bí thư chủ trì. “Đối thoại” được duy trì!"
    )
    assert sentences(passage) == [
        "Đã có 9.728/9.897 đảng viên đăng ký, đạt tỷ lệ 98,3%.",
        "Kết nạp 05 đảng viên mới.",
        "TP. Quảng Ngãi ghi nhận; đ/c Bí thư chủ trì.",
        "“Đối thoại” được duy trì!",
    ]
    # a heading's number stays with its words
    assert sentences("1. Đã hoàn thành 12/12 nhiệm vụ. II. Kết quả") == [
        "1. Đã hoàn thành 12/12 nhiệm vụ.",
        "II. Kết quả",
    ]


def test_invisible_characters_never_split_a_number(tmp_path: Path) -> None:
    path = tmp_path / "an.txt"
    path.write_text("Có 9.728\u200b/9.897 đảng viên\u2060 đăng ký, đạt 98,3%.\u202e\n", "utf-8")
    assert report_passages(path) == [
        Passage("Có 9.728/9.897 đảng viên đăng ký, đạt 98,3%.", "dòng 1")
    ]


def test_a_tracked_insertion_is_read_and_a_tracked_deletion_is_not(tmp_path: Path) -> None:
    from docx.oxml import parse_xml

    document = docx.Document()
    paragraph = document.add_paragraph("Kết nạp ")
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    paragraph._p.append(
        parse_xml(f'<w:del {w} w:id="1" w:author="A"><w:r><w:delText>12</w:delText></w:r></w:del>')
    )
    inserted = '<w:r><w:t xml:space="preserve">15 đảng viên</w:t></w:r>'
    paragraph._p.append(parse_xml(f'<w:ins {w} w:id="2" w:author="A">{inserted}</w:ins>'))
    path = tmp_path / "sua.docx"
    document.save(str(path))
    assert report_passages(path) == [Passage("Kết nạp 15 đảng viên", "đoạn 1")]
