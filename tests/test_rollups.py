"""Roll-ups over units: counts summed, rates recomputed from the sums (never averaged), a
rate typed without counts left out, level by level through the `Đơn vị` sheet, and a unit
above that reports its own figure keeping it."""

from __future__ import annotations

from pathlib import Path

from workbooks import row, write_workbook

import analysis

UNITS = [
    ["Mã", "Đơn vị", "Cấp trên", "Cấp"],
    ["T", "Tỉnh Z", None, "tỉnh"],
    ["HX", "Huyện X", "T", "huyện"],
    ["HY", "Huyện Y", "T", "huyện"],
    ["PA", "Phường A", "HX", "xã"],
    ["PB", "Phường B", "HX", "xã"],
    ["XC", "Xã C", "HY", "xã"],
]


def _workbook(path: Path, rows: list[list[object]], units: list[list[object]] | None) -> Path:
    return write_workbook(path, rows, sheets={"Đơn vị": units} if units is not None else None)


ROWS = [
    row("Đảng viên mới", "2024", 5, unit="Phường A"),
    row("Đảng viên mới", "2024", 7, unit="Phường B"),
    row("Đảng viên mới", "2024", 4, unit="Xã C"),
    row("Đảng viên mới", "2024", 6, unit="Huyện Y"),  # reports its own: kept, not rolled
    row("Đảng viên dùng Sổ tay", "2024", 70, 80, unit="Phường A"),
    row("Đảng viên dùng Sổ tay", "2024", 60, 80, unit="Phường B"),
    row("Đảng viên dùng Sổ tay", "2024", 45, 50, unit="Xã C"),
    row("Tỷ lệ hộ nghèo", "2024", "2,45%", unit="Phường A"),
    row("Tỷ lệ hộ nghèo", "2024", "1,80%", unit="Phường B"),
]


def _totals(dataset: analysis.Dataset) -> list[tuple[str, str, str, str | None]]:
    summary = analysis.summarize(dataset)
    totals = summary[summary["is_total"]]
    return [
        (r["indicator"], r["unit"], r["text"], r["ratio_text"]) for r in totals.to_dict("records")
    ]


def test_level_by_level_through_the_units_sheet(tmp_path: Path) -> None:
    dataset = analysis.load(_workbook(tmp_path / "cap.xlsx", ROWS, UNITS))
    assert [p.code for p in dataset.problems] == ["number_as_text"] * 2  # the typed rates
    assert sorted(_totals(dataset)) == sorted(
        [
            ("Đảng viên mới", "Huyện X", "12", None),
            # Huyện Y's own 6 is its figure (its one commune says 4): 12 + 6.
            ("Đảng viên mới", "Tỉnh Z", "18", None),
            ("Đảng viên dùng Sổ tay", "Huyện X", "81,3%", "130/160"),
            ("Đảng viên dùng Sổ tay", "Huyện Y", "90%", "45/50"),
            # 175/210 = 83,3%; the mean of the three rates would say 84,2%.
            ("Đảng viên dùng Sổ tay", "Tỉnh Z", "83,3%", "175/210"),
        ]
    )


def test_without_a_units_sheet_every_unit_is_under_the_organisation(tmp_path: Path) -> None:
    dataset = analysis.load(_workbook(tmp_path / "phang.xlsx", ROWS, None))
    assert sorted(_totals(dataset)) == sorted(
        [
            ("Đảng viên mới", "Tổng các đơn vị", "22", None),
            ("Đảng viên dùng Sổ tay", "Tổng các đơn vị", "83,3%", "175/210"),
        ]
    )
    english = analysis.summarize(dataset, lang="en")
    assert "All units" in set(english["unit"])


def test_a_year_from_its_quarters_by_each_indicators_rule(tmp_path: Path) -> None:
    rows = [
        row("Đảng viên mới", f"Quý {q}/2024", n, unit="Phường A")
        for q, n in (("I", 3), ("II", 5), ("III", 2), ("IV", 4))
    ]
    rows += [
        row("Đảng viên trong danh sách", f"Quý {q}/2024", n, unit="Phường A")
        for q, n in (("I", 300), ("II", 304), ("III", 306), ("IV", 310))
    ]
    rows += [
        row("Hồ sơ đúng hạn", f"Quý {q}/2024", n, d, unit="Phường A")
        for q, n, d in (("I", 90, 100), ("II", 95, 100), ("III", 99, 100), ("IV", 100, 100))
    ]
    rows += [
        row("Đảng viên mới", "9 tháng năm 2024", 10, unit="Phường A"),  # a span: never added
        row("Kỷ luật", "Quý I/2024", 1, unit="Phường A"),  # three quarters: no year
        row("Kỷ luật", "Quý II/2024", 0, unit="Phường A"),
        row("Kỷ luật", "Quý III/2024", 2, unit="Phường A"),
    ]
    path = write_workbook(
        tmp_path / "quy.xlsx",
        rows,
        catalogue=[["Chỉ tiêu", "Tổng hợp"], ["Đảng viên trong danh sách", "cuối kỳ"]],
    )
    summary = analysis.summarize(analysis.load(path))
    years = summary[summary["period"] == "2024"]
    got = [(r["indicator"], r["text"], r["is_total"]) for r in years.to_dict("records")]
    assert sorted(got) == sorted(
        [
            ("Đảng viên mới", "14", True),  # a flow: 3 + 5 + 2 + 4
            ("Đảng viên trong danh sách", "310", True),  # a stock: the last quarter's
            ("Hồ sơ đúng hạn", "96%", True),  # 384/400, from the sums
        ]
    )
