"""The round trip: tidy figures laid out the ways offices lay them out, written with openpyxl,
read back by the general reader (Hypothesis).

Properties: the figures read are the figures laid out; every number of the table is a
figure, a total or a printed rate, or is named with the reason it was not read; a rank is
never a figure and a rate is never added up."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import analysis
from analysis.model.dataset import Dataset

EXAMPLES = int(os.environ.get("CHISO_ROUNDTRIP_EXAMPLES", "60"))
ROUND_TRIP = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow],
)

INDICATORS = ("Đảng viên mới kết nạp", "Hồ sơ giải quyết đúng hạn", "Chi bộ trong sạch")
UNITS = ("Xã Tịnh Hà", "Xã Tịnh Sơn", "Phường Trần Phú")
YEARS = (2021, 2022, 2023)


@dataclass(frozen=True)
class Figure:
    indicator: str
    unit: str
    year: int
    count: int
    base: int | None


@st.composite
def tidy(draw: st.DrawFn) -> tuple[list[Figure], bool]:
    """Figures for every indicator, unit and year drawn (a full grid), with or without
    bases."""
    indicators = draw(st.lists(st.sampled_from(INDICATORS), min_size=1, max_size=3, unique=True))
    units = draw(st.lists(st.sampled_from(UNITS), min_size=1, max_size=3, unique=True))
    years = sorted(draw(st.lists(st.sampled_from(YEARS), min_size=1, max_size=3, unique=True)))
    with_base = draw(st.booleans())
    figures = []
    for indicator in indicators:
        for unit in units:
            for year in years:
                base = draw(st.integers(1, 9000)) if with_base else None
                count = draw(st.integers(0, base if base else 9000))
                figures.append(Figure(indicator, unit, year, count, base))
    return figures, with_base


def _rate(figure: Figure) -> float | None:
    return None if figure.base is None else round(figure.count / figure.base * 100, 1)


def _long(figures: list[Figure], *, stt: bool, rate: bool, rank: bool) -> list[list[object]]:
    header = ["STT"] * stt + ["Chỉ tiêu", "Đơn vị", "Kỳ", "Tử số"]
    has_base = figures[0].base is not None
    header += ["Mẫu số"] * has_base + ["Tỷ lệ (%)"] * (rate and has_base) + ["Xếp hạng"] * rank
    rows = [header]
    for number, figure in enumerate(figures, start=1):
        line: list[object] = [number] * stt
        line += [figure.indicator, figure.unit, f"Năm {figure.year}", figure.count]
        line += [figure.base] * has_base + [_rate(figure)] * (rate and has_base)
        line += [number] * rank
        rows.append(line)
    return rows


def _years_across(figures: list[Figure], *, stt: bool) -> list[list[object]]:
    years = sorted({f.year for f in figures})
    rows: list[list[object]] = [
        ["STT"] * stt + ["Chỉ tiêu", "Đơn vị", *[f"Năm {y}" for y in years]]
    ]
    pairs = list(dict.fromkeys((f.indicator, f.unit) for f in figures))
    for number, (indicator, unit) in enumerate(pairs, start=1):
        counts = {f.year: f.count for f in figures if (f.indicator, f.unit) == (indicator, unit)}
        rows.append([number] * stt + [indicator, unit, *[counts[y] for y in years]])
    return rows


def _units_across(figures: list[Figure]) -> list[list[object]]:
    units = list(dict.fromkeys(f.unit for f in figures))
    rows: list[list[object]] = [["Chỉ tiêu", "Kỳ", *units]]
    pairs = list(dict.fromkeys((f.indicator, f.year) for f in figures))
    for indicator, year in pairs:
        counts = {f.unit: f.count for f in figures if (f.indicator, f.year) == (indicator, year)}
        rows.append([indicator, f"Năm {year}", *[counts[u] for u in units]])
    return rows


def _year_groups(figures: list[Figure]) -> tuple[list[list[object]], list[str]]:
    """'Năm 2022' merged over 'Số lượng | Tỷ lệ (%)': two header rows, merged cells."""
    years = sorted({f.year for f in figures})
    top: list[object] = ["Chỉ tiêu", "Đơn vị"]
    bottom: list[object] = [None, None]
    merges = []
    for index, year in enumerate(years):
        first = 3 + 2 * index
        top += [f"Năm {year}", None]
        bottom += ["Số lượng", "Tỷ lệ (%)"]
        merges.append((first, first + 1))
    rows = [top, bottom]
    pairs = list(dict.fromkeys((f.indicator, f.unit) for f in figures))
    for indicator, unit in pairs:
        line: list[object] = [indicator, unit]
        for year in years:
            figure = next(
                f for f in figures if (f.indicator, f.unit, f.year) == (indicator, unit, year)
            )
            line += [figure.count, _rate(figure)]
        rows.append(line)
    return rows, [f"{_letter(a)}{{top}}:{_letter(b)}{{top}}" for a, b in merges] + [
        "A{top}:A{bottom}",
        "B{top}:B{bottom}",
    ]


def _letter(column: int) -> str:
    return str(openpyxl.utils.get_column_letter(column))


def _indicators_across(figures: list[Figure]) -> list[list[object]]:
    indicators = list(dict.fromkeys(f.indicator for f in figures))
    rows: list[list[object]] = [["Đơn vị", "Kỳ", *indicators]]
    pairs = list(dict.fromkeys((f.unit, f.year) for f in figures))
    for unit, year in pairs:
        counts = {f.indicator: f.count for f in figures if (f.unit, f.year) == (unit, year)}
        rows.append([unit, f"Năm {year}", *[counts[i] for i in indicators]])
    return rows


@st.composite
def laid_out(draw: st.DrawFn) -> tuple[list[Figure], list[list[object]], str, list[str]]:
    figures, with_base = draw(tidy())
    layouts = ["long", "years_across", "indicators_across"]
    if len({f.unit for f in figures}) >= 2:
        layouts.append("units_across")
    if with_base:
        layouts.append("year_groups")
    layout = draw(st.sampled_from(layouts))
    merges: list[str] = []
    header_rows = 1
    if layout == "year_groups":
        rows, merges = _year_groups(figures)
        header_rows = 2
        figures = [Figure(f.indicator, f.unit, f.year, f.count, None) for f in figures]
    elif layout == "long":
        rows = _long(
            figures, stt=draw(st.booleans()), rate=draw(st.booleans()), rank=draw(st.booleans())
        )
    else:
        figures = [Figure(f.indicator, f.unit, f.year, f.count, None) for f in figures]
        if layout == "years_across":
            rows = _years_across(figures, stt=draw(st.booleans()))
        elif layout == "units_across":
            rows = _units_across(figures)
        else:
            rows = _indicators_across(figures)
    del with_base
    if draw(st.booleans()):  # numbers typed as text, the Vietnamese way: '1.234'
        for line in rows[header_rows:]:
            for index, value in enumerate(line):
                if isinstance(value, int) and value >= 1000:
                    line[index] = f"{value:,}".replace(",", ".")
    above: list[list[object]] = []
    if draw(st.booleans()):
        above += [["ĐẢNG BỘ TỈNH QUẢNG NGÃI", None, None, "ĐẢNG CỘNG SẢN VIỆT NAM"]]
        above += [[None, None, None, "Quảng Ngãi, ngày 12 tháng 7 năm 2025"]]
    if draw(st.booleans()):
        above += [["BIỂU TỔNG HỢP SỐ LIỆU"], []]
    numbered = draw(st.booleans())
    body = rows[:header_rows]
    if numbered:  # the row numbering the columns, under the header
        body.append([f"({i})" for i in range(1, len(rows[0]) + 1)])
    data = rows[header_rows:]
    if draw(st.booleans()) and len(data) > 1:  # a blank row inside the figures
        data = [*data[:1], [], *data[1:]]
    body += data
    top = len(above) + 1
    merges = [m.format(top=top, bottom=top + 1) for m in merges]
    below: list[list[object]] = []
    if draw(st.booleans()):
        below = [
            [],
            [None, "Nơi nhận:", None, "T/M BAN THƯỜNG VỤ"],
            [None, "- Lưu VP.", None, "BÍ THƯ"],
        ]
    return figures, above + body + below, layout, merges


def _read(lines: list[list[object]], merges: Sequence[str] = ()) -> Dataset:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bang.xlsx"
        book = openpyxl.Workbook()
        sheet = book.active
        assert sheet is not None
        sheet.title = "Số liệu"
        for line in lines:
            sheet.append(line)
        for area in merges:
            sheet.merge_cells(area)
        book.save(path)
        return analysis.load(path)


def _expected(figures: list[Figure]) -> set[tuple[str, str, str, float, float | None]]:
    return {(f.indicator, f.unit, str(f.year), float(f.count), f.base) for f in figures}


def _got(dataset: Dataset) -> set[tuple[str, str, str, float, float | None]]:
    frame = dataset.observations
    return {
        (str(i), str(u), str(p), float(n), None if d != d else float(d))
        for i, u, p, n, d in zip(
            frame["indicator"],
            frame["unit"],
            frame["period"],
            frame["numerator"],
            frame["denominator"],
            strict=True,
        )
    }


@ROUND_TRIP
@given(case=laid_out())
def test_the_figures_laid_out_are_the_figures_read(
    case: tuple[list[Figure], list[list[object]], str, list[str]],
) -> None:
    figures, lines, layout, merges = case
    dataset = _read(lines, merges)
    assert dataset.ok, (layout, [p.message for p in dataset.errors])
    assert _got(dataset) == _expected(figures), layout
    assert dataset.totals.empty


@ROUND_TRIP
@given(case=laid_out())
def test_every_number_is_read_or_named_and_no_rank_is_a_figure(
    case: tuple[list[Figure], list[list[object]], str, list[str]],
) -> None:
    _, lines, layout, merges = case
    dataset = _read(lines, merges)
    used: set[str] = set()
    for frame in (dataset.observations, dataset.totals):
        for column in ("cell_numerator", "cell_denominator", "cell_rate"):
            used.update(v for v in frame[column].dropna())
    named = {p.cell for p in dataset.problems if p.cell}
    listed = {n.cells for t in dataset.tables for n in t.numbers_not_read}
    header = next(
        i for i, line in enumerate(lines) if line and line[0] in ("STT", "Chỉ tiêu", "Đơn vị")
    )
    headers = lines[header]
    if layout == "year_groups":
        header += 1
        headers = ["Chỉ tiêu", "Đơn vị", *lines[header][2:]]
    for number, line in enumerate(lines[header + 1 :], start=header + 2):
        for position, value in enumerate(line):
            numeric = isinstance(value, int | float) or (
                isinstance(value, str) and value.replace(".", "").isdigit()
            )
            if (
                not numeric
                or headers[position] == "STT"
                or (number == header + 2 and str(value).startswith("("))
            ):
                continue
            cell = f"{openpyxl.utils.get_column_letter(position + 1)}{number}"
            if headers[position] == "Xếp hạng":
                assert cell not in used, (layout, cell)  # a rank is never a figure
                assert any(cell.rstrip("0123456789") in r for r in listed), (layout, cell)
                continue
            assert cell in used or cell in named, (layout, cell, sorted(used))


def test_a_total_row_adds_counts_and_never_rates(tmp_path: Path) -> None:
    figures = [
        Figure("Chi bộ trong sạch", "Xã Tịnh Hà", 2023, 9, 10),
        Figure("Chi bộ trong sạch", "Xã Tịnh Sơn", 2023, 3, 4),
    ]
    lines = _long(figures, stt=True, rate=True, rank=False)
    lines.append([None, "Tổng cộng", None, "Năm 2023", 12, 14, 85.7])
    dataset = _read(lines)
    assert dataset.ok
    [total] = dataset.totals.to_dict("records")
    # The total is checked against the counts (9 + 3 = 12 of 4 + 10 = 14: 85,7%), never the
    # rates (90 + 75 = 165).
    assert (total["numerator"], total["denominator"], total["printed_rate"]) == (12, 14, 85.7)
    assert [p.code for p in dataset.problems] == ["total_row"]
