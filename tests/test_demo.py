"""The demonstration workbook: made by a script with a fixed seed, marked as illustrative
in the file, in the briefing and on every chart, with roll-ups, targets and trends."""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest
from workbooks import ROOT

import analysis
from analysis.present.briefing import prepare_briefing
from analysis.present.summary import summary_records, trend_records


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "make_demo_workbook", ROOT / "scripts" / "make_demo_workbook.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path: Path = _script().write(tmp_path_factory.mktemp("demo") / "tinh-minh-hoa.xlsx")
    return path


def test_the_committed_demo_is_what_the_script_makes(demo: Path) -> None:
    committed = ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx"
    digest = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (demo, committed)]
    assert digest[0] == digest[1]


def test_the_demo_rolls_up_compares_and_marks_itself(demo: Path) -> None:
    dataset = analysis.load(demo)
    assert dataset.problems == [] and dataset.facts.illustrative
    briefing = prepare_briefing(dataset)
    rows = summary_records(briefing.summary)
    province = [r for r in rows if r["unit"] == "Tỉnh Minh Hoạ" and r["period"] == "2024"]
    assert len(province) == 5  # every indicator rolled up to the province
    handbook = next(r for r in province if r["code"] == "SOTAY")
    assert handbook["target"] == 95 and handbook["target_status"] == "chưa đạt"
    assert handbook["change"]["unit"] == "pp" and handbook["change"]["compared_with"] == "2023"
    trends = trend_records(briefing.summary)
    assert len(trends) == 5 * 13  # 12 units and the province, six years each
    assert all(t["n_periods"] == 6 and t["mann_kendall_p"] is not None for t in trends)
    assert "SỐ LIỆU MINH HOẠ — không phải số liệu thật" in briefing.title_html()
    for spec in briefing.chart_specs:  # every chart says so, small multiples included
        axes = briefing.draw(spec)
        notes = [text.get_text() for text in (*axes.texts, *axes.figure.texts)]
        assert "Số liệu minh hoạ, không phải số liệu thật" in notes, spec.slug
    kinds = [spec.kind for spec in briefing.chart_specs]
    # The twelve communes and the province over time: one chart of small multiples each.
    assert kinds.count("trend_grid") == 5
    grid = next(spec for spec in briefing.chart_specs if spec.kind == "trend_grid")
    wholes = grid.rows[grid.rows["is_total"]]
    assert set(wholes["unit"]) == {"Tỉnh Minh Hoạ"} and len(set(grid.rows["unit"])) == 13
    # The province's panel first, then the units in the workbook's order.
    panels = list(dict.fromkeys(grid.rows["unit"]))
    assert panels[:4] == ["Tỉnh Minh Hoạ", "Phường An Bình", "Phường Bắc Sơn", "Phường Cẩm Thành"]


def test_many_units_are_told_as_a_whole_with_the_highest_and_lowest(demo: Path) -> None:
    briefing = prepare_briefing(analysis.load(demo))
    [handbook] = [s for s in briefing.sections if s.title == "Chuyển đổi số"]
    sentences = list(handbook.paragraphs)
    assert sentences[0] == (
        "Tỉnh Minh Hoạ: đã có 7.080/7.899 đảng viên dùng Sổ tay đảng viên điện tử, đạt tỷ lệ 89,6%."
    )
    assert sentences[2] == (
        "Theo đơn vị (năm 2024): cao nhất Phường Bắc Sơn 99,6%, Xã Lạc Thủy 99,5%, Phường An "
        "Bình 99,3%; thấp nhất Phường Minh Khai 78,5%, Xã Sơn Hà 76,6%, Xã Kim Long 68,5%."
    )
    # The farthest from target first, so that the one left out is the nearest, never Kim Long.
    assert sentences[3] == (
        "7/12 đơn vị chưa đạt mục tiêu: Xã Kim Long, Xã Sơn Hà, Phường Minh Khai, Xã Phú Lộc, "
        "Phường Quang Trung, Xã Đông Hải và 1 đơn vị khác, nhẹ hơn."
    )
    assert sentences[-1] == (
        "Trong 12 đơn vị có từ 5 kỳ số liệu: 9 tăng đều, 0 giảm đều, 3 chưa thấy xu hướng rõ."
    )
    assert len(sentences) == 7  # not one per unit and year: those are in the appendix


def test_units_are_ranked_against_their_target_and_with_intervals(demo: Path) -> None:
    briefing = prepare_briefing(analysis.load(demo))
    specs = {(spec.kind, spec.title): spec for spec in briefing.chart_specs}
    ranking = specs[
        (
            "rate_intervals",
            "Người dân hài lòng với dịch vụ hành chính công: xếp hạng các đơn vị, khoảng tin "
            "cậy 95%",
        )
    ]
    values = list(ranking.rows["value"])
    assert values == sorted(values, reverse=True) and len(values) == 13  # the province too
    assert "Tỉnh Minh Hoạ" in set(ranking.rows["unit"])
    progress = specs[("progress", "Đảng viên dùng Sổ tay đảng viên điện tử")]
    assert list(progress.rows["unit"])[:3] == ["Phường Bắc Sơn", "Xã Lạc Thủy", "Phường An Bình"]
    axes = briefing.draw(progress)
    legend = axes.get_legend()
    assert legend is not None and "Mục tiêu 95%" in [t.get_text() for t in legend.get_texts()]
