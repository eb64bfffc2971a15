"""A jurisdiction of 500 communes under 10 districts: the briefing stays readable. Each
level is ranked among its peers, a level too large for one chart shows its highest and
lowest units, and every unit's figures are in the appendix, unit by unit."""

from __future__ import annotations

import pytest
from workbooks import row, write_workbook

import analysis
from analysis.present.briefing import Briefing, prepare_briefing

DISTRICTS = 10
COMMUNES = 50  # per district
YEARS = ("2021", "2022", "2023", "2024", "2025")


def _users(district: int, commune: int, year: int) -> int:
    """Members using the handbook, of 100: rising over the years, differing by commune."""
    return 40 + (district * 7 + commune * 3) % 40 + 4 * year


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    units = [["Mã", "Đơn vị", "Cấp trên", "Cấp"], ["T", "Tỉnh Z", None, "tỉnh"]]
    rows = []
    for d in range(1, DISTRICTS + 1):
        units.append([f"H{d:02d}", f"Huyện {d:02d}", "T", "huyện"])
        for c in range(1, COMMUNES + 1):
            name = f"Xã {d:02d}-{c:02d}"
            units.append([f"X{d:02d}{c:02d}", name, f"H{d:02d}", "xã"])
            for y, year in enumerate(YEARS):
                rows.append(row("Đảng viên dùng sổ tay", year, _users(d, c, y), 100, unit=name))
    path = write_workbook(
        tmp_path_factory.mktemp("many") / "tinh-z.xlsx",
        rows,
        sheets={"Đơn vị": units},
        catalogue=[["Chỉ tiêu", "Mục tiêu"], ["Đảng viên dùng sổ tay", "80%"]],
    )
    return prepare_briefing(analysis.load(path))


def test_each_level_is_ranked_among_its_peers(briefing: Briefing) -> None:
    [section] = briefing.sections
    said = " ".join(section.paragraphs)
    # The whole first: 2025 over 500 communes, summed, not averaged.
    whole = sum(_users(d, c, 4) for d in range(1, 11) for c in range(1, 51))
    assert whole == 37_820
    assert said.startswith(
        "Tỉnh Z: đã có 37.820/50.000 đảng viên dùng sổ tay, chiếm tỷ lệ 75,6%. "
        "Mục tiêu 80%: chưa đạt. "
    )
    assert "Theo đơn vị (cấp huyện, 10 đơn vị, năm 2025): cao nhất Huyện 07 76,7%" in said
    assert (
        "(cấp xã, 500 đơn vị, năm 2025): cao nhất Xã 01-24 95%, Xã 02-35 95%, Xã 03-06 95%" in said
    )


def test_a_large_level_shows_its_top_and_bottom(briefing: Briefing) -> None:
    [section] = briefing.sections
    grids = [c for c in section.charts if c.kind == "trend_grid"]
    titles = [c.title for c in grids]
    # Lines over time: the whole and its districts, one chart; the communes are ranked at
    # the latest period (below) and listed in the appendix.
    assert titles == ["Đảng viên dùng sổ tay (cấp huyện)"]
    districts = list(dict.fromkeys(grids[0].rows["unit"]))
    assert districts[0] == "Tỉnh Z" and len(districts) == 11
    [ranked] = [c for c in section.charts if c.kind == "progress"]
    assert len(ranked.rows) == 20 and ranked.title.endswith("/ 500 đơn vị)")
    assert list(ranked.rows["value"]) == sorted(ranked.rows["value"], reverse=True)


def test_the_appendix_lists_every_unit_top_down(briefing: Briefing) -> None:
    html = briefing.appendix_html()
    headings = [
        part.split(">", 1)[1].split("<", 1)[0] for part in html.split('<tr class="chiso-unit">')[1:]
    ]
    assert len(headings) == 1 + DISTRICTS + DISTRICTS * COMMUNES
    # a name that opens with its level is not told it again («Huyện 01 (huyện)»)
    assert headings[:3] == ["Tỉnh Z", "Huyện 01", "Huyện 02"]
    assert headings[11] == "Xã 01-01"
    assert "Xã 10-50" in headings


def test_behind_target_are_named(briefing: Briefing) -> None:
    said = " ".join(briefing.sections[0].paragraphs)
    behind = sum(1 for d in range(1, 11) for c in range(1, 51) if _users(d, c, 4) < 80)
    assert f"{behind}/500 đơn vị chưa đạt mục tiêu:" in said


def test_a_chart_of_roll_ups_names_the_span_of_its_cells(briefing: Briefing) -> None:
    [section] = briefing.sections
    grid = next(c for c in section.charts if c.kind == "trend_grid")
    axes = briefing.draw(grid)
    [source] = [t.get_text() for t in axes.figure.texts if "Nguồn" in t.get_text()]
    # 2.500 communal figures under the whole and its districts: one span, not 2.500 cells.
    assert source == "Nguồn: tinh-z.xlsx › Chỉ tiêu › F2:F2501"


def test_compact_cells() -> None:
    from analysis.model.text import compact_cells

    assert compact_cells("F3, F4, F5, F7, G3") == "F3:F5, F7, G3"
    assert compact_cells("F9, F8, A1, total") == "F8:F9, A1, total"
    assert compact_cells("F3, F5, F7", limit=2) == "F3:F7"


def test_a_level_is_named_only_when_the_name_does_not_say_it() -> None:
    from analysis.present.annex import _with_level

    assert _with_level("Phường Long Yên", "phường") == "Phường Long Yên"
    assert _with_level("Long Yên", "phường") == "Long Yên (phường)"
    assert _with_level("Xã Phước Thắng", "Xã") == "Xã Phước Thắng"
    assert _with_level("Thị xã Ba Tơ", "xã") == "Thị xã Ba Tơ (xã)"  # another level's word
    assert _with_level("Ban Tuyên giáo", None) == "Ban Tuyên giáo"
