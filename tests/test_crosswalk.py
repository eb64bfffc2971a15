"""Reorganisations: a `Chuyển đổi` sheet restates older figures on today's units, summed
where units merged and shared out where one was split; a shared-out figure is an estimate,
and chiso says so in the JSON, the table, the sentence and the chart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from workbooks import row, write_workbook

import analysis
from analysis.cli import main
from analysis.present.briefing import prepare_briefing


def _workbook(path: Path) -> Path:
    return write_workbook(
        path,
        [
            row("Đảng viên mới", "2023", 40, unit="Xã A"),
            row("Đảng viên mới", "2023", 50, unit="Xã B"),
            row("Đảng viên dùng sổ tay", "2023", 70, 80, unit="Xã A"),
            row("Đảng viên dùng sổ tay", "2023", 60, 100, unit="Xã B"),
            row("Đảng viên mới", "2024", 72, unit="Phường Mới"),
            row("Đảng viên mới", "2024", 25, unit="Phường Khác"),
        ],
        sheets={
            "Chuyển đổi": [
                ["Đơn vị cũ", "Đơn vị mới", "Tỷ lệ", "Từ ngày"],
                ["Xã A", "Phường Mới", "100%", "01/01/2024"],
                ["Xã B", "Phường Mới", "60%", "01/01/2024"],
                ["Xã B", "Phường Khác", "40%", "01/01/2024"],
            ]
        },
    )


def test_older_figures_on_todays_units(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _workbook(tmp_path / "sap-nhap.xlsx")
    assert main(["summary", "--json", str(path)]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    got = {
        (r["indicator"], r["unit"], r["period"]): (r["text"], r["estimate"], r["restated_from"])
        for r in rows
        if not r["is_total"]
    }
    # Xã A went whole into Phường Mới, Xã B 60% / 40%: 40 + 30 and 20; 106/140 and 24/40.
    assert got == {
        ("Đảng viên mới", "Phường Mới", "2023"): ("70", True, "Xã A, Xã B"),
        ("Đảng viên mới", "Phường Khác", "2023"): ("20", True, "Xã B"),
        ("Đảng viên dùng sổ tay", "Phường Mới", "2023"): ("75,7%", True, "Xã A, Xã B"),
        ("Đảng viên dùng sổ tay", "Phường Khác", "2023"): ("60%", True, "Xã B"),
        ("Đảng viên mới", "Phường Mới", "2024"): ("72", False, None),
        ("Đảng viên mới", "Phường Khác", "2024"): ("25", False, None),
    }
    # The series now runs on today's units: Phường Mới's change is 70 to 72.
    latest = next(r for r in rows if r["unit"] == "Phường Mới" and r["period"] == "2024")
    assert (latest["change"]["amount"], latest["change"]["compared_with"]) == (2, "2023")


def test_the_briefing_says_which_figures_are_estimates(tmp_path: Path) -> None:
    briefing = prepare_briefing(analysis.load(_workbook(tmp_path / "sap-nhap.xlsx")))
    sentences = [p for s in briefing.sections for p in s.paragraphs]
    assert (
        "Số liệu ước tính: quy đổi từ Xã A, Xã B theo tỷ lệ chia tách sang Phường Mới." in sentences
    )
    assert "70 (ước tính)" in briefing.full_annex_html()
    counts = next(s for s in briefing.chart_specs if "2023" in set(s.rows["period"]))
    axes = briefing.draw(counts)
    # the note is wrapped to a phone's width: read as one line
    notes = " ".join(t.get_text().replace("\n", " ") for t in (*axes.texts, *axes.figure.texts))
    assert "Có số liệu ước tính: quy đổi từ đơn vị cũ theo tỷ lệ chia tách" in notes


def test_merges_listed_on_the_units_sheet(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "sap-nhap-don-vi.xlsx",
        [
            row("Đảng viên mới", "2024", 12, unit="Xã A"),
            row("Đảng viên mới", "2024", 8, unit="Xã C"),
            row("Đảng viên mới", "2025", 23, unit="Xã Mới"),
        ],
        sheets={
            "Đơn vị": [
                ["Mã", "Đơn vị", "Cấp trên", "Hiệu lực đến", "Sáp nhập vào"],
                ["T", "Tỉnh Z", None, None, None],
                ["XM", "Xã Mới", "T", None, None],
                ["XA", "Xã A", "T", "30/06/2025", "XM"],  # by code
                ["XC", "Xã C", "T", "30/06/2025", "Xã Mới"],  # by name
            ]
        },
    )
    dataset = analysis.load(path)
    assert dataset.problems == []
    rows = dataset.observations
    got = list(zip(rows["unit"], rows["period"], rows["numerator"], rows["estimate"], strict=True))
    # Whole communes merged: summed on the new one, and not an estimate.
    assert sorted(got) == [("Xã Mới", "2024", 20, False), ("Xã Mới", "2025", 23, False)]
    assert set(rows["restated_from"].dropna()) == {"Xã A, Xã C"}


def test_units_in_force_from_and_to_the_units_sheet(tmp_path: Path) -> None:
    path = write_workbook(
        tmp_path / "hieu-luc.xlsx",
        [
            row("Đảng viên mới", "2024", 12, unit="Xã A"),
            row("Đảng viên mới", "2026", 3, unit="Xã A"),  # after Xã A ceased: named
            row("Đảng viên mới", "2025", 23, unit="Xã Mới"),
            row("Đảng viên mới", "2023", 5, unit="Phường Lập Mới"),
            row("Đảng viên mới", "2024", 9, unit="Xã C"),  # before it existed: named
            row("Đảng viên mới", "2026", 7, unit="Phường Lập Mới"),
        ],
        sheets={
            "Đơn vị": [
                ["Mã", "Đơn vị", "Cấp trên", "Hiệu lực từ", "Hiệu lực đến", "Sáp nhập vào"],
                ["T", "Tỉnh Z", None, None, None, None],
                ["XM", "Xã Mới", "T", "01/07/2025", None, None],
                ["XA", "Xã A", "T", None, "31/12/2025", "XM"],
                # No last day: the day Xã Mới came into force is taken.
                ["XC", "Xã C", "T", None, None, "XM"],
                ["PL", "Phường Lập Mới", "T", "01/01/2026", None, None],
            ]
        },
    )
    dataset = analysis.load(path)
    found = [(p.code, p.cell, p.message_vi) for p in dataset.problems]
    assert found == [
        (
            "unit_not_in_force",
            "F3",
            "«Xã A» có hiệu lực đến ngày 31/12/2025 (sheet Đơn vị) nhưng có số liệu kỳ 2026.",
        ),
        (
            "unit_not_in_force",
            "F5",
            "«Phường Lập Mới» có hiệu lực từ ngày 01/01/2026 (sheet Đơn vị) "
            "nhưng có số liệu kỳ 2023.",
        ),
    ]
    rows = dataset.observations
    got = sorted(zip(rows["unit"], rows["period"], rows["numerator"], strict=True))
    # Xã A's and Xã C's 2024 went to Xã Mới; Xã A's 2026 figure stays where it was.
    assert ("Xã Mới", "2024", 21) in got and ("Xã A", "2026", 3) in got
    assert "Xã C" not in {unit for unit, _, _ in got}


def test_the_printed_chart_leaves_out_its_source_but_keeps_the_estimate(tmp_path: Path) -> None:
    """The PDF prints each chart without the line naming its source cells (a document holds
    nothing of the toolchain); that some figures are estimates is what they are, and stays.
    The chart itself, saved to figures/ and shown on screen, keeps both."""
    import re

    from analysis.present.chart_base import figure_images, printed_svg

    briefing = prepare_briefing(analysis.load(_workbook(tmp_path / "sap-nhap.xlsx")))
    counts = next(s for s in briefing.chart_specs if "2023" in set(s.rows["period"]))
    figure = briefing.draw(counts).figure
    _, saved = figure_images(figure)  # type: ignore[arg-type]
    printed = printed_svg(figure)  # type: ignore[arg-type]
    assert printed is not None

    def text(svg: bytes) -> str:
        return " ".join(re.findall(r">([^<>]+)</text>", svg.decode("utf-8")))

    def height(svg: bytes) -> float:
        return float(re.search(rb'<svg[^>]* height="([\d.]+)pt"', svg).group(1))  # type: ignore[union-attr]

    assert "Nguồn: sap-nhap.xlsx" in text(saved) and "Nguồn" not in text(printed)
    for svg in (saved, printed):
        assert "Có số liệu ước tính" in text(svg)
    assert height(printed) < height(saved) - 10  # the line's room goes with it
    assert "Nguồn: sap-nhap.xlsx" in text(figure_images(figure)[1])  # the figure is as it was
