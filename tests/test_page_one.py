"""Page one tells the Standing Committee how the whole is doing and where to act (issue 17).

Against the bundled demonstration (12 units, 5 indicators, 2019–2024) and small workbooks
made here: how many targets the province meets, each missed one with its gap; the units
short of a target, farthest first; a cut list that keeps the worst and says what it left
out; counts of events per 1.000 members, or said to be raw; a change on a small base in
counts; trends in plain words, the method once, in one note at the end.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from workbooks import ROOT, row, write_workbook

import analysis
from analysis.compute.page_one import target_gaps
from analysis.present.briefing import Briefing, plan_overview, prepare_briefing
from analysis.present.briefing_sentences import cut_list

DEMO = ROOT / "data" / "demo" / "tinh-minh-hoa.xlsx"
WHERE = "Nơi cần tập trung chỉ đạo (xa mục tiêu nhất trước)"
WORSE = "Đơn vị giảm sút rõ nhất so với kỳ trước"
# The demo's five units whose 2024 satisfaction sample holds the 90% target in its interval,
# the lowest first: Nghĩa Trung 86,7% (81,8%–90,4%), Minh Khai 89,8% (84,4%–93,4%), Cẩm
# Thành 90,2%, Kim Long 91,2%, Sơn Hà 91,8%.
UNDECIDED_LINE = (
    "Chưa đủ cơ sở để kết luận đạt hay chưa đạt (khoảng tin cậy chứa mục tiêu) — người dân "
    "hài lòng với dịch vụ hành chính công (mục tiêu 90%): Xã Nghĩa Trung, Phường Minh Khai, "
    "Phường Cẩm Thành, Xã Kim Long, Xã Sơn Hà."
)


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return prepare_briefing(analysis.load(DEMO))


@pytest.fixture(scope="module")
def blocks(briefing: Briefing) -> dict[str, list[str]]:
    return dict(plan_overview(briefing.summary))


@pytest.fixture(scope="module")
def whole_lists(briefing: Briefing) -> dict[str, list[str]]:
    """Page one's lists uncut: what each says, whatever the page has room for."""
    return dict(plan_overview(briefing.summary, limit=100))


def test_page_one_opens_with_how_many_targets_the_whole_meets(
    blocks: dict[str, list[str]],
) -> None:
    # 84,2% of 90 (6,4% short), 160 of 170 (5,9%), 89,6% of 95 (5,7%), 93,4% of 98 (4,7%):
    # none met, the farthest first; discipline has no target and is told per member.
    assert blocks["Kết quả chung"] == [
        "Tỉnh Minh Hoạ đạt 0/4 mục tiêu.",
        "Người dân hài lòng với dịch vụ hành chính công: 84,2%, mục tiêu 90%, còn thiếu "
        "5,8 điểm phần trăm.",
        "Kết nạp đảng viên mới: 160 đảng viên, mục tiêu 170 đảng viên, còn thiếu 10 đảng viên.",
        "Đảng viên dùng Sổ tay đảng viên điện tử: 89,6%, mục tiêu 95%, còn thiếu 5,4 điểm "
        "phần trăm.",
        "Hồ sơ giải quyết đúng hạn: 93,4%, mục tiêu 98%, còn thiếu 4,6 điểm phần trăm.",
        # 31 of the province's 7.899 members (the handbook's base): 3,9 per 1.000.
        "Tỉnh Minh Hoạ: đảng viên bị kỷ luật: 31 đảng viên (3,9 trên 1.000 đảng viên).",
    ]
    assert list(blocks) == [
        "Kết quả chung",
        WHERE,
        "So với kỳ liền trước",
        WORSE,
        "Đơn vị tiến bộ rõ nhất so với kỳ trước",
    ]


def test_the_english_page_one_says_the_same() -> None:
    summary = prepare_briefing(analysis.load(DEMO), lang="en").summary
    english = dict(plan_overview(summary, lang="en"))
    assert english["Overall"][0] == "Tỉnh Minh Hoạ meets 0 of 4 targets."


def test_shortfalls_are_ranked_by_how_far_they_are_from_target(
    briefing: Briefing, blocks: dict[str, list[str]]
) -> None:
    shortfalls = blocks[WHERE]
    # Xã Phú Lộc admitted 15 of 23 (34,8% short), before Xã Kim Long's handbook 68,5% of 95%
    # (27,9% short): by how far, not by name, with the change since 2023.
    assert shortfalls[:4] == [
        "Xã Phú Lộc: kết nạp đảng viên mới 15 đảng viên (mục tiêu 23 đảng viên, còn thiếu 8 "
        "đảng viên); giảm 8 đảng viên (34,8%) so với năm 2023.",
        "Xã Đông Hải: kết nạp đảng viên mới 8 đảng viên (mục tiêu 12 đảng viên, còn thiếu 4 "
        "đảng viên); giảm 7 đảng viên, từ 15 xuống 8 so với năm 2023.",
        "Phường Bắc Sơn: kết nạp đảng viên mới 5 đảng viên (mục tiêu 7 đảng viên, còn thiếu 2 "
        "đảng viên); giảm 6 đảng viên, từ 11 xuống 5 so với năm 2023.",
        "Xã Kim Long: đảng viên dùng Sổ tay đảng viên điện tử 68,5% (mục tiêu 95%, còn thiếu "
        "26,5 điểm phần trăm); tăng 1,7 điểm phần trăm so với năm 2023.",
    ]
    # 31 shortfalls among the units (the province's own four are above; two sampled units
    # whose intervals straddle the target are undecided): five shown, the other 26 counted.
    assert len(shortfalls) == 7
    assert shortfalls[-2] == "… và 26 mục khác, nhẹ hơn (xem Phụ lục)."  # 2 samples undecided
    assert shortfalls[-1] == UNDECIDED_LINE
    latest = briefing.summary[briefing.summary["period"] == "2024"]
    behind = target_gaps(latest[(latest["target_status"] == "chưa đạt") & ~latest["is_total"]])
    gaps = behind.sort_values("relative_gap", ascending=False)["relative_gap"]
    assert len(behind) == 31
    assert gaps.iloc[0] == pytest.approx(8 / 23)
    assert gaps.iloc[3] == pytest.approx((95 - 68.5) / 95, abs=0.001)  # Kim Long, 68,5%


def test_a_cut_list_keeps_the_worst_and_says_what_it_left_out(briefing: Briefing) -> None:
    short = dict(plan_overview(briefing.summary, limit=1))
    assert short[WHERE] == [
        "Xã Phú Lộc: kết nạp đảng viên mới 15 đảng viên (mục tiêu 23 đảng viên, còn thiếu 8 "
        "đảng viên); giảm 8 đảng viên (34,8%) so với năm 2023.",
        "… và 30 mục khác, nhẹ hơn (xem Phụ lục).",
        "Chưa đủ cơ sở để kết luận đạt hay chưa đạt (khoảng tin cậy chứa mục tiêu) — người "
        "dân hài lòng với dịch vụ hành chính công (mục tiêu 90%): Xã Nghĩa Trung và 4 đơn vị "
        "khác.",
    ]
    assert cut_list(["a", "b"], 2, lang="vi") == ["a", "b"]
    assert cut_list(["a", "b", "c"], 1, lang="en") == [
        "a",
        "… and 2 more, less severe (see the appendix).",
    ]
    # A section's list of units behind target: the lowest (Xã Kim Long, 68,5%) is never
    # the one left out.
    [handbook] = [s for s in briefing.sections if s.title == "Chuyển đổi số"]
    [behind] = [p for p in handbook.paragraphs if p.startswith("7/12")]
    assert "Xã Kim Long" in behind and behind.endswith("và 1 đơn vị khác, nhẹ hơn.")
    assert "Phường Cẩm Thành" not in behind  # 94,4% of 95%: the nearest, left out


def test_discipline_is_compared_per_member_and_a_raw_count_says_so(
    whole_lists: dict[str, list[str]], tmp_path: Path
) -> None:
    # Xã Hòa Phú: 5 disciplined of 633 members (7,9 per 1.000), up from 0.
    assert (
        "Xã Hòa Phú: đảng viên bị kỷ luật tăng 5 đảng viên, từ 0 lên 5 so với năm 2023 "
        "(nay 7,9 trên 1.000 đảng viên)."
    ) in whole_lists[WORSE]
    path = write_workbook(
        tmp_path / "ky-luat.xlsx",
        [
            row("Kỷ luật", year, count, unit=unit, measure="đảng viên")
            for unit, counts in (("Phường 1", (2, 6)), ("Phường 2", (1, 1)))
            for year, count in zip(("2023", "2024"), counts, strict=True)
        ],
        catalogue=[["Chỉ tiêu", "Chiều"], ["Kỷ luật", "giảm"]],
    )
    raw = dict(plan_overview(prepare_briefing(analysis.load(path)).summary))
    assert raw[WORSE] == [
        "Phường 1: kỷ luật tăng 4 đảng viên, từ 2 lên 6 so với năm 2023 (số tuyệt đối, chưa "
        "tính theo quy mô đơn vị)."
    ]


def test_no_per_cent_on_a_base_under_twenty(blocks: dict[str, list[str]]) -> None:
    changes = blocks["So với kỳ liền trước"]
    assert (
        "Năm 2024: đảng viên bị kỷ luật (Tỉnh Minh Hoạ) tăng 15 đảng viên, từ 16 lên 31 so "
        "với năm 2023."
    ) in changes
    assert not any("93,8%" in line for lines in blocks.values() for line in lines)
    # 172 admitted in 2023, 160 in 2024: a base of 20 or more keeps its per cent.
    assert (
        "Năm 2024: kết nạp đảng viên mới (Tỉnh Minh Hoạ) giảm 4 đảng viên (2,4%) so với năm 2023."
    ) in changes


def test_trends_in_plain_words_and_the_method_once_at_the_end(briefing: Briefing) -> None:
    body = [p for s in briefing.sections for p in s.paragraphs]
    assert (
        "Đảng viên dùng Sổ tay đảng viên điện tử (Tỉnh Minh Hoạ): tăng đều qua 6 kỳ (năm 2019 "
        "– năm 2024), khoảng 3 điểm phần trăm mỗi năm."
    ) in body
    assert (
        "Hồ sơ giải quyết đúng hạn (Tỉnh Minh Hoạ): chưa thấy xu hướng rõ qua 6 kỳ (năm 2019 "
        "– năm 2024)."
    ) in body
    page = briefing.overview_html() + " ".join(body)
    for method in ("Mann–Kendall", "độ dốc Sen", "p = ", "mức thay đổi là chính xác"):
        assert method not in page
    note = briefing.method_note_html()
    everything = page + note
    assert everything.count("Ghi chú phương pháp") == 1
    assert everything.count("mức thay đổi là chính xác") == 1
    assert (
        "Đảng viên dùng Sổ tay đảng viên điện tử (Tỉnh Minh Hoạ): xu hướng tăng có ý nghĩa "
        "thống kê qua 6 kỳ (năm 2019 – năm 2024); độ dốc Sen +3,11 điểm phần trăm/năm (kiểm "
        "định Mann–Kendall, p = 0,009)."
    ) in note
    assert re.search(r'<h2 id="ghi-chu-phuong-phap">Ghi chú phương pháp</h2>', note)
    # … and the contents lead to it, after the appendix.
    contents = briefing.contents_html()
    assert contents.endswith(
        '<li><a href="#ghi-chu-phuong-phap">Ghi chú phương pháp</a></li></ul></nav>'
    )
    assert contents.index("Phụ lục") < contents.index("Ghi chú phương pháp")


def test_units_a_sample_cannot_judge_are_named_on_page_one_closest_to_failing_first(
    briefing: Briefing,
) -> None:
    """Neither short of the target nor past it, they are still on page one: one line under
    «Nơi cần tập trung chỉ đạo», the lowest first, a cut line counting the rest."""
    latest = briefing.summary[briefing.summary["period"] == "2024"]
    undecided = latest[latest["target_status"] == "chưa đủ cơ sở để kết luận"]
    assert sorted(undecided["unit"]) == [
        "Phường Cẩm Thành",
        "Phường Minh Khai",
        "Xã Kim Long",
        "Xã Nghĩa Trung",
        "Xã Sơn Hà",
    ]
    assert dict(plan_overview(briefing.summary))[WHERE][-1] == UNDECIDED_LINE
    three = dict(plan_overview(briefing.summary, limit=3))[WHERE][-1]
    assert three.endswith(": Xã Nghĩa Trung, Phường Minh Khai, Phường Cẩm Thành và 2 đơn vị khác.")
    english = prepare_briefing(analysis.load(DEMO), lang="en").summary
    line = dict(plan_overview(english, lang="en", limit=2))[
        "Where to act (farthest from target first)"
    ][-1]
    assert line == (
        "Not enough evidence to say met or not met (the confidence interval holds the target) "
        "— Người dân hài lòng với dịch vụ hành chính công (target 90%): Xã Nghĩa Trung, "
        "Phường Minh Khai and 3 more units."
    )
    assert "(khoảng tin cậy chứa mục tiêu) — người dân hài lòng" in briefing.overview_html()


def test_only_a_few_people_among_many_are_counted_per_thousand_members() -> None:
    import pandas as pd

    from analysis.compute.page_one import member_bases, per_thousand_members

    summary = pd.DataFrame(
        {
            "unit": ["A"] * 5,
            "period": ["2024"] * 5,
            "measure": ["chi bộ", "chi bộ", "đảng viên", "đảng viên", "đảng viên"],
            "display": ["percent", "count", "percent", "count", "count"],
            "denominator": [18.0, None, 420.0, None, None],
            "value": [100.0, 18.0, 98.1, 4.0, 412.0],
        }
    )
    scaled = per_thousand_members(summary, member_bases(summary)).round(1).tolist()
    # «18 chi bộ» of 18 is no share of the members; 412 of 420 members is most of them
    assert [None if pd.isna(v) else v for v in scaled] == [None, None, None, 9.5, None]
