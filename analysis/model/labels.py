"""Every word chiso shows a reader, in Vietnamese and English, in one place.

Headings of tables (command line, briefing, notebooks), chart words, notes on
intervals and the names of methods live here so that one term is spelt one way
everywhere. `Lang` is the one type of a display language. Nothing here formats
numbers (that is `formatting`) or builds sentences (that is `narrative`).
"""

from __future__ import annotations

from typing import Literal

from .sentences import (
    BRIEFING as BRIEFING,
)

# The sentences live beside the words, in `sentences`; found here like every other word.
from .sentences import (
    NARRATIVE as NARRATIVE,
)
from .sentences import (
    PAGE_ONE as PAGE_ONE,
)
from .sentences import (
    PLAN_DOUBT as PLAN_DOUBT,
)
from .sentences import (
    PLAN_STATUS as PLAN_STATUS,
)
from .sentences import (
    RANKING_DOUBT as RANKING_DOUBT,
)
from .sentences import (
    TARGET_DOUBT as TARGET_DOUBT,
)

Lang = Literal["vi", "en"]
LANGS: tuple[Lang, ...] = ("vi", "en")


def as_lang(value: object) -> Lang:
    """'en' for English, 'vi' for anything else (the default language)."""
    return "en" if value == "en" else "vi"


# Column headings of every table a reader sees (CLI, briefing, notebooks): the same words.
HEADINGS: dict[Lang, dict[str, str]] = {
    "vi": {
        "indicator": "Chỉ tiêu",
        "unit": "Đơn vị",
        "period": "Kỳ",
        "figure": "Số liệu",
        "ratio": "Tử số/Mẫu số",
        "interval": "Khoảng tin cậy 95%",
        "ranking": "xếp hạng các đơn vị, khoảng tin cậy 95%",
        "cell": "Ô",
        "source": "Nguồn (ô)",
        "address": "Nguồn",
        "severity": "Mức độ",
        "code": "Mã",
        "where": "Vị trí",
        "message": "Nội dung",
        "error": "lỗi",
        "warning": "cảnh báo",
        "note": "ghi chú",
    },
    "en": {
        "indicator": "Indicator",
        "unit": "Unit",
        "period": "Period",
        "figure": "Figure",
        "ratio": "Count/Base",
        "interval": "95% interval",
        "ranking": "units ranked, with 95% intervals",
        "cell": "Cell",
        "source": "Source (cell)",
        "address": "Source",
        "severity": "Severity",
        "code": "Code",
        "where": "Where",
        "message": "Message",
        "error": "error",
        "warning": "warning",
        "note": "note",
    },
}

# The briefing document: masthead, title, contents.
DOCUMENT: dict[Lang, dict[str, str]] = {
    "vi": {
        "party": "ĐẢNG CỘNG SẢN VIỆT NAM",
        "title": "BÁO CÁO",
        "subtitle": "Tình hình thực hiện các chỉ tiêu",
        "contents": "Mục lục",
        "summary": "Tổng hợp các chỉ tiêu",
        "report_period": "Kỳ báo cáo",
        "data_from": "Số liệu từ tệp",
        "chart": "Biểu đồ",
        "recipients": "Nơi nhận",
        "missing": "Chưa có số liệu của",
        "missing_file": "tệp",
        "illustrative": "SỐ LIỆU MINH HOẠ — không phải số liệu thật",
        "overview": "Tóm tắt",
        "key_points": "Những điểm chính",
        "behind": "Chưa đạt mục tiêu",
        "changes": "So với kỳ liền trước",
        "nothing": "Không có gì để trình bày: tệp có lỗi (xem bảng vấn đề ở trên).",
        "since": "Thay đổi so với kỳ trước",
        "since_intro": "So với báo cáo dựng lần trước (số liệu đến {period}):",
        "since_none": "Không có số liệu nào thay đổi so với báo cáo dựng lần trước.",
        "since_heads": "Chỉ tiêu|Đơn vị|Báo cáo trước|Báo cáo này|Thay đổi",
        "revised": "Số liệu cùng kỳ đã được sửa",
        "since_more": "… và {count} số liệu khác (xem chiso diff).",
        "appendix": "Phụ lục: Tổng hợp các chỉ tiêu",
        "more": "… và {count} mục khác (xem Phụ lục).",
        "target_of": "mục tiêu",
    },
    "en": {
        "party": "COMMUNIST PARTY OF VIETNAM",
        "title": "BRIEFING",
        "subtitle": "Progress on the indicators",
        "contents": "Contents",
        "summary": "All indicators",
        "report_period": "Reporting period",
        "data_from": "Data from",
        "chart": "Chart",
        "recipients": "Recipients",
        "missing": "No figures yet from",
        "missing_file": "file",
        "illustrative": "ILLUSTRATIVE DATA — not real figures",
        "overview": "Summary",
        "key_points": "Key points",
        "behind": "Behind target",
        "changes": "Compared with the period before",
        "nothing": "Nothing to present: the workbook has errors (see the problems above).",
        "since": "Changes since the previous briefing",
        "since_intro": "Compared with the previous build (figures to {period}):",
        "since_none": "No figure changed since the previous build.",
        "since_heads": "Indicator|Unit|Previous briefing|This briefing|Change",
        "revised": "Figures of the same period that were revised",
        "since_more": "… and {count} more figures (see chiso diff).",
        "appendix": "Appendix: all indicators",
        "more": "… and {count} more (see the appendix).",
        "target_of": "target",
    },
}

# The unit a roll-up of every unit is for, when the workbook names no organisation.
ALL_UNITS: dict[Lang, str] = {"vi": "Tổng các đơn vị", "en": "All units"}

# A rate reported by several units without its counts: it is never added up.
RATES_NOT_ROLLED_UP: dict[Lang, str] = {
    "vi": "{indicator}: các đơn vị chỉ báo cáo tỷ lệ, không kèm tử số và mẫu số, nên không "
    "tính được tỷ lệ chung cho {units} đơn vị (tỷ lệ không cộng dồn được).",
    "en": "{indicator}: the units report only the rate, without its counts, so no rate for "
    "the {units} units together can be computed (rates do not add up).",
}

# After a figure restated from a split unit (`crosswalk`), in the appendix table.
ESTIMATE: dict[Lang, str] = {"vi": " (ước tính)", "en": " (estimate)"}

# Words drawn on charts.
CHART: dict[Lang, dict[str, str]] = {
    "vi": {
        "done": "Đạt",
        "rest": "Còn lại",
        "source": "Nguồn",
        "interval": "Khoảng tin cậy 95%",
        "illustrative": "Số liệu minh hoạ, không phải số liệu thật",
        "estimate": "Có số liệu ước tính: quy đổi từ đơn vị cũ theo tỷ lệ chia tách",
        "target": "Mục tiêu",
    },
    "en": {
        "done": "Achieved",
        "rest": "Remaining",
        "source": "Source",
        "interval": "95% interval",
        "illustrative": "Illustrative data, not real figures",
        "estimate": "Some figures are estimates, restated from former units by share",
        "target": "Target",
    },
}

# What an interval does and does not say, by how the figure was measured.
INTERVAL_NOTE: dict[str, dict[Lang, str]] = {
    "sample": {
        "vi": "Khoảng tin cậy 95% của tỷ lệ ước lượng từ mẫu.",
        "en": "95% confidence interval of a rate estimated from a sample.",
    },
}

# Interval methods as readers know them (keys are SciPy's names).
METHOD_NAME: dict[str, str] = {"wilson": "Wilson", "exact": "Clopper–Pearson"}

# A change in a per-cent rate is said in percentage points.
POINTS: dict[Lang, str] = {"vi": "điểm phần trăm", "en": "percentage points"}

EN_MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


# A figure against its target (`dataset.TargetStatus`, the JSON's own words) as each reader
# says it: in a table, and in a sentence about a plan.
TARGET_STATUS: dict[str, dict[Lang, str]] = {
    "vượt": {"vi": "vượt", "en": "beyond"},
    "đạt": {"vi": "đạt", "en": "met"},
    "chưa đạt": {"vi": "chưa đạt", "en": "short"},
    "chưa đủ cơ sở để kết luận": {"vi": "chưa đủ cơ sở để kết luận", "en": "cannot tell"},
}


# -- run-cli --
# `chiso diff`'s table: what happened to each figure, and the column heads.
CHANGE_STATUS: dict[str, dict[Lang, str]] = {
    "changed": {"vi": "thay đổi", "en": "changed"},
    "added": {"vi": "mới", "en": "added"},
    "removed": {"vi": "bỏ", "en": "removed"},
    # issue 19, item 5 (diff compares like with like): a figure that changed kind
    "changed_kind": {"vi": "đổi cách tính", "en": "changed kind"},
}
CHANGE_HEADINGS: dict[Lang, tuple[str, ...]] = {
    "vi": ("Chỉ tiêu", "Đơn vị", "Kỳ", "", "Cũ", "Mới", "Thay đổi"),
    "en": ("Indicator", "Unit", "Period", "", "Old", "New", "Change"),
}


# -- model --
# How a period is named (`periods.Period.label`): `str.format` templates, each given every field
# (year, months, first, last, first_year, last_year, roman, quarter, month, month_name, day).
PERIOD_NAMES: dict[Lang, dict[str, str]] = {
    "vi": {
        "months": "{months} tháng năm {year}",
        "span": "từ {first} đến {last}",
        "term": "nhiệm kỳ {first_year}–{last_year}",
        "school_year": "năm học {first_year}–{last_year}",
        "season": "niên vụ {first_year}–{last_year}",
        "year": "năm {year}",
        "first_half": "6 tháng đầu năm {year}",
        "second_half": "6 tháng cuối năm {year}",
        "quarter": "quý {roman}/{year}",
        "month": "tháng {month}/{year}",
        "day": "ngày {day}/{month}/{year}",
    },
    "en": {
        "months": "first {months} months of {year}",
        "span": "{first} to {last}",
        "term": "{first_year}–{last_year} term",
        "school_year": "{first_year}–{last_year} school year",
        "season": "{first_year}–{last_year} crop season",
        "year": "{year}",
        "first_half": "first half of {year}",
        "second_half": "second half of {year}",
        "quarter": "Q{quarter} {year}",
        "month": "{month_name} {year}",
        "day": "{day} {month_name} {year}",
    },
}

# Where a table's units or periods come from (`sources.Source.describe`), by kind; {cells}
# is the cell, column or range.
SOURCE_NAMES: dict[Lang, dict[str, str]] = {
    "vi": {
        "column": "cột {cells}",
        "column_header": "tiêu đề cột {cells}",
        "column_headers": "tiêu đề các cột {cells}",
        "title_cell": "ô tiêu đề {cells}",
        "sheet_name": "tên trang tính",
        "file_name": "tên tệp",
        "heading_rows": "các dòng đề mục trong bảng",
        "reading_line": "trang Cách đọc, ô {cells}",
        "nowhere": "không nơi nào",
    },
    "en": {
        "column": "column {cells}",
        "column_header": "the column header {cells}",
        "column_headers": "the column headers {cells}",
        "title_cell": "the title cell {cells}",
        "sheet_name": "the sheet's name",
        "file_name": "the file's name",
        "heading_rows": "the heading rows in the table",
        "reading_line": "the Cách đọc sheet, cell {cells}",
        "nowhere": "nowhere",
    },
}

# A sheet's layout as `chiso check` names it (`dataset.SheetReading.layout`).
LAYOUT_NAMES: dict[Lang, dict[str, str]] = {
    "vi": {
        "long": "bảng dọc, mỗi dòng một số liệu",
        "unit_per_sheet": "mỗi trang một đơn vị",
        "wide_by_period": "biểu ngang, mỗi cột một kỳ",
        "plan_against_actual": "biểu kế hoạch và thực hiện",
        "breakdown": "biểu có cột «trong đó» (tổng số và các phần)",
        "indicators_as_columns": "mỗi dòng một đơn vị, mỗi cột một chỉ tiêu",
    },
    "en": {
        "long": "long table, one row per figure",
        "unit_per_sheet": "one unit per sheet",
        "wide_by_period": "wide form, one column per period",
        "plan_against_actual": "plan against actual",
        "breakdown": "breakdown columns (a total and its parts)",
        "indicators_as_columns": "one row per unit, one column per indicator",
    },
}

# Header groups `chiso check` names beside the fields (`dataset.field_name`).
HEADER_GROUP_NAMES: dict[Lang, dict[str, str]] = {
    "vi": {"other_periods": "Các kỳ khác", "parts": "Trong đó", "indicators": "Các chỉ tiêu"},
    "en": {"other_periods": "other periods", "parts": "parts", "indicators": "indicators"},
}

# What was understood of a sheet and of a table (`chiso check`, `chiso explain`): templates.
READING_LINES: dict[Lang, dict[str, str]] = {
    "vi": {
        "sheet": "Trang «{sheet}»: {layout}; tiêu đề cột ở dòng {header_row} ({cells}); "
        "đơn vị lấy từ {unit}, kỳ từ {period}; {figures} số liệu.",
        "table": "{name} ({range}), trang «{sheet}»: dòng tiêu đề {rows}",
        "title": "  Tiêu đề: {title}",
        "sources": "  Kỳ{period}: lấy từ {period_source}; đơn vị{unit}: lấy từ {unit_source}",
        "no_header": "(không tiêu đề)",
        "column": "  Cột {column} {header}: {meaning}",
        "not_understood": "  Chưa hiểu «{term}» ({cell}): giữ nguyên trong tên",
        "not_read": "  Không đọc {cells}: {reason}",
        "refused": "  Chưa đọc bảng này: {reason}",
        "settle": "  Thêm vào trang «Cách đọc»: {settle}",
        "read": "  {figures} số liệu; {numbers} số đã đọc",
    },
    "en": {
        "sheet": "Sheet «{sheet}»: {layout}; headers in row {header_row} ({cells}); "
        "unit from {unit}, period from {period}; {figures} figures.",
        "table": "{name} ({range}), sheet «{sheet}»: header rows {rows}",
        "title": "  Title: {title}",
        "sources": "  Period{period}: from {period_source}; unit{unit}: from {unit_source}",
        "no_header": "(no header)",
        "column": "  Column {column} {header}: {meaning}",
        "not_understood": "  Not understood «{term}» ({cell}): kept as written in the name",
        "not_read": "  Not read {cells}: {reason}",
        "refused": "  Not read: {reason}",
        "settle": "  Add to a «Cách đọc» sheet: {settle}",
        "read": "  {figures} figures; {numbers} numbers read",
    },
}


# -- exploring's Excel table (`run.saving.write_excel`): the sheet and its column heads --
EXCEL_SHEET: dict[Lang, str] = {"vi": "Chỉ tiêu", "en": "Indicators"}
# Excel headings of the written table, by the frame's column.
EXCEL_HEADINGS: dict[Lang, dict[str, str]] = {
    "vi": {
        "indicator": "Chỉ tiêu",
        "code": "Mã",
        "unit": "Đơn vị",
        "period_label": "Kỳ",
        "value": "Giá trị (tỷ lệ: %)",
        "numerator": "Tử số",
        "denominator": "Mẫu số",
        "ci_low": "Khoảng tin cậy 95%, dưới (%)",
        "ci_high": "Khoảng tin cậy 95%, trên (%)",
        "target": "Mục tiêu (tỷ lệ: %)",
        "target_status": "Đánh giá",
        "change": "Thay đổi (tỷ lệ: điểm phần trăm; số đếm: %)",
        "text": "Số liệu (chữ)",
        "measure": "Đơn vị tính",
        "source": "Nguồn",
    },
    "en": {
        "indicator": "Indicator",
        "code": "Code",
        "unit": "Unit",
        "period_label": "Period",
        "value": "Value (rate: %)",
        "numerator": "Numerator",
        "denominator": "Denominator",
        "ci_low": "95% interval, low (%)",
        "ci_high": "95% interval, high (%)",
        "target": "Target (rate: %)",
        "target_status": "Status",
        "change": "Change (rate: percentage points; count: %)",
        "text": "Figure (text)",
        "measure": "Unit of measure",
        "source": "Source",
    },
}

# -- charts --
# The legend of a chart coloured by status against the target (`present.chart_base`); a
# status not named here is named by `TARGET_STATUS`.
CHART_STATUS: dict[str, dict[Lang, str]] = {
    "vượt": {"vi": "Vượt mục tiêu", "en": "Beyond the target"},
    "đạt": {"vi": "Đạt mục tiêu", "en": "Target met"},
    "chưa đạt": {"vi": "Chưa đạt mục tiêu", "en": "Short of the target"},
    "chưa đủ cơ sở để kết luận": {
        "vi": "Chưa đủ cơ sở để kết luận",
        "en": "Cannot tell (the interval holds the target)",
    },
}
# A chart's legend entry for figures without a target (`present.chart_base`).
CHART_NO_TARGET: dict[Lang, str] = {"vi": "Không đặt mục tiêu", "en": "No target set"}


# -- annex --
# The briefing's annex (`present.annex`): the compact table the PDF prints (one row per unit,
# one column per indicator), the full table the HTML folds by indicator, and the Excel annex
# beside the briefing (`run.saving.write_annex`).
ANNEX: dict[Lang, dict[str, str]] = {
    "vi": {
        "compact": "Các chỉ tiêu theo đơn vị, {period}",
        "unit": "Đơn vị",
        "target": "mục tiêu {target}",
        "period": "số liệu {period}",
        "behind_mark": "▼",
        "legend": "▼ chưa đạt mục tiêu; số sau dấu «/» là mục tiêu của đơn vị; "
        "chữ đậm: tổng của các đơn vị. Bảng đầy đủ từng số liệu, kèm ô nguồn, ở tệp phu-luc.xlsx "
        "bên cạnh báo cáo và ở bản HTML.",
        "full": "Bảng đầy đủ: từng số liệu và ô nguồn",
        "full_intro": "Bấm vào tên chỉ tiêu để mở bảng của chỉ tiêu đó.",
        "rows": "{count} số liệu",
        "target_head": "Mục tiêu",
        "status_head": "Đánh giá",
    },
    "en": {
        "compact": "Indicators by unit, {period}",
        "unit": "Unit",
        "target": "target {target}",
        "period": "figures for {period}",
        "behind_mark": "▼",
        "legend": "▼ behind target; the number after «/» is the unit's own target; "
        "bold: the units' total. The full table of every figure, with its source cells, is in "
        "phu-luc.xlsx beside the briefing and in the HTML version.",
        "full": "Full table: every figure and its source cells",
        "full_intro": "Open an indicator's name to see its table.",
        "rows": "{count} figures",
        "target_head": "Target",
        "status_head": "Status",
    },
}
# The Excel annex (`phu-luc.xlsx`): its sheet, and the heads of the columns it adds to
# `EXCEL_HEADINGS` (where each figure was read).
ANNEX_SHEET: dict[Lang, str] = {"vi": "Phụ lục", "en": "Annex"}
ANNEX_EXCEL_HEADINGS: dict[Lang, dict[str, str]] = {
    "vi": {
        "is_total": "Tổng (Σ)",
        "file": "Tệp",
        "sheet": "Trang tính",
        "cell": "Ô nguồn",
        "address": "Nguồn (tệp › trang › ô)",
    },
    "en": {
        "is_total": "Total (Σ)",
        "file": "File",
        "sheet": "Sheet",
        "cell": "Source cells",
        "address": "Source (file › sheet › cell)",
    },
}

# -- annex2 --
from .sentences import (  # noqa: E402  (re-exported beside the other sentences)
    UNDECIDED_UNITS as UNDECIDED_UNITS,
)

# -- word: the Word file (`present/word.py`, `briefing.docx`) --------------------------------
# What the Word file says beyond the briefing's other words. The blanks are what offices fill
# in by hand when the workbook gives no number or date (Hướng dẫn 36-HD/VPTW's form).
WORD: dict[Lang, dict[str, str]] = {
    "vi": {
        "recipients": "Nơi nhận:",
        "annex": "Phụ lục",
        "annex_unit": "Đơn vị",
        "annex_indicator": "Chỉ tiêu",
        "annex_legend": "▼ chưa đạt mục tiêu; số sau dấu «/» là mục tiêu của đơn vị; "
        "chữ đậm: tổng của các đơn vị.",
        "chart": "Biểu đồ {number}: {title}",
        "not_run": "Notebook chưa chạy (hoặc chưa chạy hết) nên chưa có tệp Word: hãy chạy "
        "tất cả các ô (Run All) rồi xuất lại.",
    },
    "en": {
        "recipients": "Recipients:",
        "annex": "Appendix",
        "annex_unit": "Unit",
        "annex_indicator": "Indicator",
        "annex_legend": "▼ behind target; the number after «/» is the unit's own target; "
        "bold: the units' total.",
        "chart": "Chart {number}: {title}",
        "not_run": "The notebook has not been run (or not to the end), so there is no Word "
        "file yet: run all cells, then export again.",
    },
}

# -- frame (issue 18: the document's frame from the data, blanks where it is silent) --
# Where the workbook gives no number or date, the report shows the blanks offices fill by
# hand (Hướng dẫn 36-HD/VPTW), never the day of the build; the appendix names its report.
# The blanks are no-break spaces, so that HTML, PDF and Word keep their width.
FRAME: dict[Lang, dict[str, str]] = {
    "vi": {
        "number": "Số {number}",
        "number_blank": "\u00a0\u00a0\u00a0\u00a0\u00a0-BC/{body}",
        "date_blank": "ngày\u00a0\u00a0\u00a0\u00a0tháng\u00a0\u00a0\u00a0\u00a0năm {year}",
        "year_blank": "20\u00a0\u00a0",
        "attached": "(Kèm theo Báo cáo số {number}, {date}{of})",
        "attached_of": " của {organisation}",
    },
    "en": {
        "number": "No. {number}",
        "number_blank": "\u00a0\u00a0\u00a0\u00a0\u00a0-BC/{body}",
        "date_blank": "\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0{year}",
        "year_blank": "20\u00a0\u00a0",
        "attached": "(Attached to report no. {number}, {date}{of})",
        "attached_of": " of {organisation}",
    },
}
# The issuing body's code after «-BC/» in a report's number, by the committee its name
# names (folded: no accents, lower case); a body naming none gets a blank to fill.
BODY_CODES: dict[str, str] = {
    "dang uy khoi": "ĐUK",
    "tinh uy": "TU",
    "thanh uy": "TU",
    "thi uy": "TU",
    "huyen uy": "HU",
    "quan uy": "QU",
    "dang uy": "ĐU",
    "chi bo": "CB",
}
# An advisory body of a committee issues under its own letters before the committee's
# («Ban Tổ chức Tỉnh ủy» -> BTCTU); its Standing Committee, Executive Committee or
# Standing Board issue as the committee itself («Ban Thường vụ Tỉnh ủy» -> TU). Folded
# names (no accents, lower case), longest first where one begins another.
BODY_PREFIXES: dict[str, str] = {
    "ban tuyen giao va dan van": "BTGDV",
    "ban to chuc": "BTC",
    "ban tuyen giao": "BTG",
    "ban dan van": "BDV",
    "ban noi chinh": "BNC",
    "ban kinh te": "BKT",
    "ban chinh sach, chien luoc": "BCSCL",
    "uy ban kiem tra": "UBKT",
    "van phong": "VP",
    "ban thuong vu": "",
    "ban chap hanh": "",
    "thuong truc": "",
}


# -- issue 19, item 5: `chiso diff` compares like with like --
# What a figure is, where two sides differ in kind («tỷ lệ → số đếm»): `FigureKind.display`.
FIGURE_KINDS: dict[Lang, dict[str, str]] = {
    "vi": {"rate": "tỷ lệ", "ratio": "tỷ số", "count": "số đếm"},
    "en": {"rate": "rate", "ratio": "ratio", "count": "count"},
}
# -- issue 19, the machine's failures (items 6 and 7) ------------------------------------
# What was being done with a file when the machine failed (`run.files.plain_failure`):
# writing, reading, or not known ("").
OS_FAILURE_VERBS: dict[str, tuple[str, str]] = {
    "write": ("Không ghi được", "Could not write"),
    "read": ("Không đọc được", "Could not read"),
    "": ("Không dùng được", "Could not use"),
}
# Why, by the errno's name; any other failure is said with the system's own words.
OS_FAILURE_REASONS: dict[str, tuple[str, str]] = {
    "ENOSPC": ("đĩa đầy", "disk full"),
    "EDQUOT": ("đã hết dung lượng được cấp", "disk quota exceeded"),
    "EROFS": ("ổ đĩa chỉ cho đọc", "read-only file system"),
    "EACCES": ("không có quyền", "permission denied"),
    "EPERM": ("không có quyền", "permission denied"),
    "ENOTDIR": (
        "một phần của đường dẫn là tệp, không phải thư mục",
        "part of the path is a file, not a folder",
    ),
    "EISDIR": ("đó là một thư mục", "it is a folder"),
    # mkdir where a file of that name is: the one place chiso meets it
    "EEXIST": ("đã có một tệp ở chỗ cần thư mục", "a file is there where a folder is needed"),
    "ENAMETOOLONG": ("tên quá dài", "name too long"),
    "EFBIG": ("tệp quá lớn", "file too large"),
    "EIO": ("lỗi đọc ghi của ổ đĩa", "input/output error"),
}
# Said after a failed write: nothing was moved in (`run.files.Staging`).
OS_FAILURE_KEPT = "Tệp cũ được giữ nguyên. / Previous files were left as they were."
# -- issue 20: a draft confirmed row by row: its rows set aside, by kind, and the answers ----
DRAFT_SET_ASIDE: dict[str, tuple[str, str]] = {
    "change": ("mức thay đổi", "changes"),
    "achievement": ("tỷ lệ đạt kế hoạch", "shares of the plan achieved"),
    "versus": ("tỷ lệ so với cùng kỳ", "ratios to the same period a year before"),
}
DRAFT_ACCEPTED: dict[str, tuple[str, str]] = {
    "confirmation": ("đúng, sửa, bỏ", "đúng (ok), sửa (fixed), bỏ (drop)"),
    "kind": ("mức, phần, thay đổi, đạt kế hoạch, so với cùng kỳ", "mức (level), phần (part), "
             "thay đổi (change), đạt kế hoạch (share of plan), so với cùng kỳ (vs a year before)"),
}  # fmt: skip
