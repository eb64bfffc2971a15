"""The sentences of the briefing and of `chiso summary`'s narrative, in Vietnamese and English.

Part of the words module (`labels` re-exports every name here, and is where callers find
them): the templates `present.narrative` and `present.briefing_sentences` fill with
`str.format` — a figure, a change, a trend, a plan's status and its doubt for a sample, the
opening page, the method note. Split from `labels` only to keep each module readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .labels import Lang

# -- present --
# The sentences of the briefing and of `chiso summary`'s narrative (`present.narrative`),
# as templates filled with `str.format`; a language's template may leave out a field the
# other uses (the Vietnamese rate sentence names the counts as '9.728/9.897', the English
# one as '9,728 of 9,897').
NARRATIVE: dict[Lang, dict[str, str]] = {
    "vi": {
        "reaches": "đạt",  # where higher is better
        "makes_up": "chiếm",  # a share of late files, of expulsions, or of no direction
        "counts": "{ratio}",
        "rate": "Đã có {counts} {lower_name}{caveat}, {verb} tỷ lệ {value}.",
        "ratio": "{name}: {counts}{caveat}, {verb} {value}.",
        "group": "{indicator}: tổng cộng {headline}, trong đó: {parts}.",
        "group_differs": " Lưu ý: các phần cộng lại {total}, khác tổng số {stated} ghi trong bảng.",
        "and": " và ",
        "period": "Kỳ số liệu: {label}.",
        "interval": "Khoảng tin cậy 95% ({method}) của tỷ lệ {name}: {interval}.",
        "unchanged": "{after}: {name} không đổi so với {before}{how}.",
        "changed": "{after}: {name} {verb} {magnitude} so với {before}{how}.",
        "up": "tăng",
        "down": "giảm",
        "change_interval": " (khoảng tin cậy 95% của mức thay đổi: từ {low} đến {high}{caveat})",
        "either_way": "; chưa đủ cơ sở để kết luận có thay đổi",
        "exact_change": " (số liệu đầy đủ: mức thay đổi là chính xác)",
        "plan": "{verb} {achieved} kế hoạch ({shown}){said}.",
        "plan_up": "Đạt",  # 'đạt' only where more is better
        "plan_down": "Bằng",
        "plan_status": ": {status}",
        "target": "Mục tiêu {shown}: {met}.",
        "met": "đã đạt",
        "not_met": "chưa đạt",
        "trend_short": "{name}: chuỗi {count} kỳ ({first} – {last}) còn quá ngắn để kết luận "
        "xu hướng (cần ít nhất {minimum} kỳ).",
        "trend_test": "kiểm định Mann–Kendall, {p}",
        "trend_significant": "{name}: xu hướng {way} có ý nghĩa thống kê qua {count} kỳ "
        "({first} – {last}); độ dốc Sen {slope}/năm ({test}).",
        "trend_unclear": "{name}: chưa thấy xu hướng rõ rệt qua {count} kỳ ({first} – {last}) "
        "({test}); độ dốc Sen {slope}/năm.",
        "rising": "tăng",
        "falling": "giảm",
        "behind": "{unit}: {name} {figure} (mục tiêu {shown}).",
        "estimate_from": "Số liệu ước tính: quy đổi từ {former} theo tỷ lệ chia tách sang {unit}.",
        "merged_from": "Số liệu quy đổi từ {former} sang {unit} (sáp nhập).",
    },
    "en": {
        "reaches": "",
        "makes_up": "",
        "counts": "{numerator} of {denominator}",
        # The rate stands beside its counts, the caveat after it: never two brackets running.
        "rate": "{name}: {counts}, {value}{caveat}.",
        "ratio": "{name}: {counts}, {value}{caveat}.",
        "group": "{indicator}: {headline} in all, of which {parts}.",
        "group_differs": " Note: the parts add up to {total}, not the {stated} stated.",
        "and": " and ",
        "period": "Period: {label}.",
        "interval": "95% interval ({method}) for {name}: {interval}.",
        "unchanged": "{after}: {name} unchanged from {before}{how}.",
        "changed": "{after}: {name} {verb} {magnitude} from {before}{how}.",
        "up": "up",
        "down": "down",
        "change_interval": " (95% interval of the change: {low} to {high}{caveat})",
        "either_way": "; not enough to say it changed",
        "exact_change": " (a full count: the change is exact)",
        "plan": "{achieved} of the plan ({shown}){said}.",
        "plan_up": "",
        "plan_down": "",
        "plan_status": ": {status}",
        "target": "Target {shown}: {met}.",
        "met": "met",
        "not_met": "not met",
        "trend_short": "{name}: {count} periods ({first} to {last}) are too few to call a trend "
        "(at least {minimum} are needed).",
        "trend_test": "Mann–Kendall test, {p}",
        "trend_significant": "{name}: a significant {way} trend over {count} periods "
        "({first} to {last}); Sen's slope {slope} a year ({test}).",
        "trend_unclear": "{name}: no clear trend over {count} periods ({first} to {last}) "
        "({test}); Sen's slope {slope} a year.",
        "rising": "rising",
        "falling": "falling",
        "behind": "{unit}: {name} {figure} (target {shown}).",
        "estimate_from": "An estimate: restated from {former} on {unit} by share.",
        "merged_from": "Restated from {former} on {unit} (merged).",
    },
}

# A figure against the plan the sheet gives beside it, by `dataset.TargetStatus` (keys are
# the statuses' codes, as in `TARGET_STATUS`).
PLAN_STATUS: dict[Lang, dict[str, str]] = {
    "vi": {"vượt": "vượt kế hoạch", "đạt": "đạt kế hoạch", "chưa đạt": "chưa đạt kế hoạch"},
    "en": {"vượt": "beyond the plan", "đạt": "plan met", "chưa đạt": "short of the plan"},
}

# The briefing's own sentences about many units, rankings and the date line
# (`present.briefing_sentences`, `present.briefing`).
BRIEFING: dict[Lang, dict[str, str]] = {
    "vi": {
        # Hướng dẫn 36-HD/VPTW: a leading zero for days below 10 (the month's is done in code).
        "date": "ngày {day:02d} tháng {month} năm {year}",
        "estimate_whole": "Số liệu này có phần ước tính, quy đổi từ đơn vị cũ theo tỷ lệ "
        "chia tách.",
        "more_units": " và {count} đơn vị khác",
        "behind_units": "{behind}/{total} đơn vị chưa đạt mục tiêu: {names}.",
        "unit_trends": "Trong {tested} đơn vị có từ {minimum} kỳ số liệu: {rising} có xu hướng "
        "tăng và {falling} có xu hướng giảm có ý nghĩa thống kê (Mann–Kendall, p < 0,05); "
        "{unclear} chưa thấy xu hướng rõ rệt.",
        "level": "cấp {level}",
        "top_and_bottom": "{half} cao nhất và {half} thấp nhất / {total} đơn vị",
        "level_units": "{level}, {count} đơn vị, {period}",
        "ranking_ends": "Theo đơn vị ({label}): cao nhất {top}; thấp nhất {bottom}.",
        "ranking_all": "Theo đơn vị ({label}): {units}.",
        "short_series": "Các chuỗi số liệu dưới {minimum} kỳ còn quá ngắn để kết luận xu hướng.",
    },
    "en": {
        "date": "{day} {month_name} {year}",
        "estimate_whole": "This figure is partly an estimate, restated from former units by share.",
        "more_units": " and {count} more",
        "behind_units": "{behind} of {total} units are behind target: {names}.",
        "unit_trends": "Of {tested} units with {minimum} periods or more: {rising} rising and "
        "{falling} falling significantly (Mann–Kendall, p < 0.05); {unclear} with no clear trend.",
        "level": "level {level}",
        "top_and_bottom": "top {half} and bottom {half} of {total} units",
        "level_units": "{level}, {count} units, {period}",
        "ranking_ends": "By unit ({label}): highest {top}; lowest {bottom}.",
        "ranking_all": "By unit ({label}): {units}.",
        "short_series": "Series of fewer than {minimum} periods are too short to call a trend.",
    },
}


# -- status --
# A sample's figure against its target, judged by its whole confidence interval (issue 17,
# `narrative.describe_target`): met or missed only when the whole interval agrees, else the
# sample cannot tell. Plan statuses a sample adds to `PLAN_STATUS`, by the same codes.
TARGET_DOUBT: dict[Lang, dict[str, str]] = {
    "vi": {
        "undecided": "{figure} (khoảng tin cậy {interval}) so với mục tiêu {shown}: chưa đủ cơ sở "
        "để kết luận đạt hay chưa đạt.",
        "sampled": "Mục tiêu {shown}: {met} (xét cả khoảng tin cậy {interval}).",
    },
    "en": {
        "undecided": "{figure} (confidence interval {interval}) against the target of {shown}: "
        "the sample cannot tell whether it is met.",
        "sampled": "Target {shown}: {met} (across the whole confidence interval {interval}).",
    },
}
PLAN_DOUBT: dict[Lang, dict[str, str]] = {
    "vi": {"chưa đủ cơ sở để kết luận": "chưa đủ cơ sở để kết luận đạt hay chưa đạt kế hoạch"},
    "en": {"chưa đủ cơ sở để kết luận": "cannot tell whether the plan is met"},
}
# Which differences between sampled units their intervals can tell apart
# (`briefing_sentences.ranking_sentences`): units whose interval overlaps the highest one's.
RANKING_DOUBT: dict[Lang, dict[str, str]] = {
    "vi": {
        "close": "Xét khoảng tin cậy, {names} không khác biệt rõ so với {leader} (cao nhất){rest}.",
        "rest": "; {count} đơn vị còn lại thấp hơn rõ",
        "apart": "Xét khoảng tin cậy, {leader} cao hơn rõ mọi đơn vị còn lại.",
        "all_close": "Xét khoảng tin cậy, không đơn vị nào khác biệt rõ so với {leader} "
        "(cao nhất).",
    },
    "en": {
        "close": "Within their confidence intervals, {names} cannot be told apart from {leader} "
        "(the highest){rest}.",
        "rest": "; the other {count} units are clearly lower",
        "apart": "Within their confidence intervals, {leader} is clearly above every other unit.",
        "all_close": "Within their confidence intervals, no unit can be told apart from {leader} "
        "(the highest).",
    },
}


# -- pageone --
# The opening page that answers «how are we doing, and where must we act?», trends in plain
# words, and the one «Ghi chú phương pháp» at the end that holds the tests, p-values and
# slopes and says once how exact the changes are (`present.briefing_sentences`,
# `present.narrative`, `present.briefing`).
PAGE_ONE: dict[Lang, dict[str, str]] = {
    "vi": {
        "standing": "Kết quả chung",
        "met_count": "{whole} đạt {met}/{total} mục tiêu.",
        "missed": "{name}: {figure}, mục tiêu {target}, còn thiếu {gap}.",
        "shortfalls": "Nơi cần tập trung chỉ đạo (xa mục tiêu nhất trước)",
        "shortfall": "{unit}: {name} {figure} (mục tiêu {target}, còn thiếu {gap}){change}.",
        "shortfall_change": "; {verb} {magnitude} so với {before}",
        "worse": "Đơn vị giảm sút rõ nhất so với kỳ trước",
        "better": "Đơn vị tiến bộ rõ nhất so với kỳ trước",
        "moved": "{unit}: {name} {verb} {magnitude} so với {before}{per}.",
        "per_members": "{rate} trên 1.000 đảng viên",
        "now_per_members": "nay {rate} trên 1.000 đảng viên",
        "raw_count": " (số tuyệt đối, chưa tính theo quy mô đơn vị)",
        "more": "… và {count} mục khác, nhẹ hơn (xem Phụ lục).",
        "more_units": " và {count} đơn vị khác, nhẹ hơn",
        "small_base": "{magnitude}, từ {before_value} lên {after_value}",
        "small_base_down": "{magnitude}, từ {before_value} xuống {after_value}",
        "trend_up": "{name}: tăng đều qua {count} kỳ ({first} – {last}), khoảng {slope} mỗi năm.",
        "trend_down": "{name}: giảm đều qua {count} kỳ ({first} – {last}), khoảng {slope} mỗi năm.",
        "trend_none": "{name}: chưa thấy xu hướng rõ qua {count} kỳ ({first} – {last}).",
        "unit_trends": "Trong {tested} đơn vị có từ {minimum} kỳ số liệu: {rising} tăng đều, "
        "{falling} giảm đều, {unclear} chưa thấy xu hướng rõ.",
        "unsure": " (chưa đủ cơ sở để kết luận có thay đổi)",
        "method": "Ghi chú phương pháp",
        "method_trends": "Xu hướng",
        "method_trend_rule": "«Tăng đều», «giảm đều» chỉ nói khi kiểm định Mann–Kendall cho "
        "p < 0,05 trên chuỗi từ {minimum} kỳ trở lên; mức tăng, giảm mỗi năm là độ dốc Sen.",
        "method_changes": "Mức thay đổi so với kỳ trước",
        "method_exact": "Số liệu thống kê đầy đủ (không phải mẫu): mức thay đổi là chính xác.",
        "method_sample": "Số liệu khảo sát theo mẫu: mức thay đổi có khoảng tin cậy 95% "
        "(Newcombe); chỉ coi là thay đổi rõ khi khoảng này không chứa 0.",
        "method_voluntary_head": "Số liệu tự nguyện",
        "method_voluntary": "Số liệu tự nguyện (ai muốn thì trả lời, như lượt đánh giá mức "
        "độ hài lòng): không phải mẫu ngẫu nhiên nên không tính khoảng tin cậy, sai số; các tỷ "
        "lệ chỉ nói về những người đã trả lời.",
        "method_counts": "Số vụ việc (kỷ luật, kết nạp…) được so sánh giữa các đơn vị theo "
        "1.000 đảng viên khi bảng có số đảng viên; số tăng, giảm trên nền dưới {small} được "
        "nói bằng số lượng, không bằng phần trăm.",
    },
    "en": {
        "standing": "Overall",
        "met_count": "{whole} meets {met} of {total} targets.",
        "missed": "{name}: {figure}, target {target}, short by {gap}.",
        "shortfalls": "Where to act (farthest from target first)",
        "shortfall": "{unit}: {name} {figure} (target {target}, short by {gap}){change}.",
        "shortfall_change": "; {verb} {magnitude} from {before}",
        "worse": "Units that clearly got worse since the previous period",
        "better": "Units that clearly improved since the previous period",
        "moved": "{unit}: {name} {verb} {magnitude} from {before}{per}.",
        "per_members": "{rate} per 1,000 members",
        "now_per_members": "now {rate} per 1,000 members",
        "raw_count": " (a raw count, not scaled by the unit's size)",
        "more": "… and {count} more, less severe (see the appendix).",
        "more_units": " and {count} more, less severe",
        "small_base": "{magnitude} ({before_value} to {after_value})",
        "small_base_down": "{magnitude} ({before_value} to {after_value})",
        "trend_up": "{name}: rising steadily over {count} periods ({first} to {last}), about "
        "{slope} a year.",
        "trend_down": "{name}: falling steadily over {count} periods ({first} to {last}), "
        "about {slope} a year.",
        "trend_none": "{name}: no clear trend over {count} periods ({first} to {last}).",
        "unit_trends": "Of {tested} units with {minimum} periods or more: {rising} rising "
        "steadily, {falling} falling steadily, {unclear} with no clear trend.",
        "unsure": " (not enough to say it changed)",
        "method": "Notes on method",
        "method_trends": "Trends",
        "method_trend_rule": "«Rising» or «falling steadily» is said only where the "
        "Mann–Kendall test gives p < 0.05 on {minimum} periods or more; the change a year "
        "is Sen's slope.",
        "method_changes": "Changes since the previous period",
        "method_exact": "Full counts (not samples): their changes are exact.",
        "method_sample": "Survey samples: a change has a 95% interval (Newcombe); it is called "
        "clear only where that interval excludes 0.",
        "method_voluntary_head": "Self-selected answers",
        "method_voluntary": "Self-selected answers (whoever chose to answer, such as "
        "satisfaction ratings): not a random sample, so no interval or margin of error is "
        "given; their shares speak only of those who answered.",
        "method_counts": "Counts of events (discipline, admissions…) are compared between units "
        "per 1,000 members where the workbook gives the members; a change on a base under "
        "{small} is told in counts, not in per cent.",
    },
}

# -- annex2 --
# Page one's line under «Nơi cần tập trung chỉ đạo» naming the units whose sampled figure
# cannot be told met or missed (its interval holds the target), closest to failing first:
# left out of the shortfalls, they would otherwise be left out of page one altogether.
UNDECIDED_UNITS: dict[str, dict[str, str]] = {
    "vi": {
        "line": "Chưa đủ cơ sở để kết luận đạt hay chưa đạt (khoảng tin cậy chứa mục tiêu) — "
        "{name} (mục tiêu {target}): {units}{more}.",
        "more": " và {count} đơn vị khác",
    },
    "en": {
        "line": "Not enough evidence to say met or not met (the confidence interval holds the "
        "target) — {name} (target {target}): {units}{more}.",
        "more": " and {count} more units",
    },
}
