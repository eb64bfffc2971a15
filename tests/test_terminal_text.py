"""A file name or workbook text with control characters prints as one line on a terminal:
each control character as a visible escape, never a raw line break or a bidi override."""

from __future__ import annotations

from pathlib import Path

import pytest
from workbooks import row, write_workbook

from analysis.cli import main
from analysis.present.terminal_text import printable


def test_control_characters_become_visible_escapes() -> None:
    assert printable("bao-cao\nquy-2.xlsx") == "bao-cao\\nquy-2.xlsx"
    assert printable("Xã An\u202eB\tC\x1b[31m") == "Xã An\\u202eB\\tC\\x1b[31m"
    assert printable("Thành ủy Quảng Ngãi 98,3%\u00a0") == "Thành ủy Quảng Ngãi 98,3%\u00a0"


def test_a_file_name_with_a_newline_is_one_line_in_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_workbook(tmp_path / "bao-cao\nquy-2.xlsx", [row("A", "2024", "abc", 10)])
    code = main(["check", str(path)])
    out = capsys.readouterr().out
    assert code == 1 and "unparseable_number" in out
    assert "bao-cao\\nquy-2.xlsx" in out
    assert not any(line.startswith("quy-2.xlsx") for line in out.splitlines())
