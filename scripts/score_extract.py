"""How well `chiso extract` reads a set of reports whose figures someone listed by hand.

For each `NAME.txt` or `NAME.docx` in FOLDER with a `NAME.expected.tsv` beside it (one line
per figure a careful analyst would copy: value, base, rate, kind — level, part, change,
of_plan or vs_last_year — and a few words of its sentence, tab-separated; numbers in plain
notation, 9728 and 98.3; blank where the report gives none), runs the real `chiso extract`
and counts the figures found with the right numbers and kind, and the rows no expected
figure accounts for (phantoms). `-v` lists both, sentence by sentence. A figure listed
twice with the same numbers (a headline said again in the body) is found if it is given once,
as chiso gives each figure once.

Three more columns may follow: the unit of measure as written («đảng viên», «%» for a rate
alone, «điểm %» for a rate's change), the figure's own period when it states one («từ đầu
nhiệm kỳ đến nay»; blank: the report's), and the place it names («toàn tỉnh»; blank: the
report's unit; «cả nước», «toàn tỉnh» and the like, the whole of the reporting body's area, are
the report's unit too, as chiso cannot tell the body's level from the stand-in unit it is run
with). Where a file has them, a figure found whole also has those right; the words compare
without case, an «Ð» some pages print for «Đ» («huyện Ðịnh Quán») read as «Đ», as chiso reads it.

The report's own period is the one chiso gives the report, else the one most of its rows
take, in either form: a flow over it («6 tháng đầu năm 2023») or a stock at its last day
(«ngày 30/6/2023»); and, when its opening names a month and the months to it side by side
(«tháng 10/2023 … lũy kế 10 tháng»), either. «Đến hết năm 2022» is a stock on its last day.
The report's own unit is the one chiso gives it, or a unit the text's heading, first sentence
or first sentence with a figure names, which is what the text is about («Đảng bộ huyện Mường
Nhé có 42 tổ chức cơ sở đảng …»), a web page's dateline left out; so is a Party organisation or
a team («Đoàn thể thao Trà Vinh») of the place the text is about. A count an annotator wrote
with its rate beside it may be two rows of one paragraph: so may a count with its share of
the plan or its ratio to the same period a year before on one line («5,6 triệu tấn, bằng
110,4% cùng kỳ»), its count written in the report's scale or in plain units («43,85 triệu
khách» or 43.850.000 khách).

Run: .venv/bin/python scripts/score_extract.py FOLDER [-v] [--period KỲ]
"""

from __future__ import annotations

import argparse
import contextlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

from analysis.model.periods import PeriodParseError, parse_period
from analysis.reading.period_phrases import find_period_phrases

COLUMNS = ("Tử số", "Mẫu số", "Tỷ lệ (%)", "Loại", "Chỉ tiêu", "Câu gốc")
KINDS = {
    "of_plan": ("đạt kế hoạch",),
    "change": ("thay đổi",),
    "vs_last_year": ("so với cùng kỳ",),
    "part": ("phần", "mức"),  # a fraction read as a level carries the same numbers
    "level": ("mức", "phần"),
}


def rounded_again(line: list[str], expected: list[list[str]]) -> bool:
    """Whether a listed figure is another listed one rounded, as a headline says it: «gần
    26.000 lao động» over the body's 25.953, «87% dân số» over 87,2%; of two significant
    digits at most, within a tenth of the other, of the same kind."""
    said = number(line[0]) if line[0].strip() else number(line[2])
    if not said or len(f"{abs(said):.10g}".replace(".", "").strip("0")) > 2:
        return False
    return any(
        other is not line
        and other[3].split("/")[0] == line[3].split("/")[0]
        and (exact := number(other[0]) if line[0].strip() else number(other[2])) is not None
        and exact != said
        and abs(exact - said) <= abs(said) / 10
        for other in expected
    )


def number(text: str) -> float | None:
    return float(text) if text.strip() else None


def same(a: object, b: float | None) -> bool:
    return a is not None and b is not None and abs(float(a) - b) < 1e-6  # type: ignore[arg-type]


def over_target(expected: list[str]) -> bool:
    """Whether an annotator's level is a fraction over its target: «nhận đỡ đầu 53/50 trẻ em»."""
    value, base = number(expected[0]), number(expected[1])
    return (
        expected[3].startswith("level") and value is not None and base is not None and value > base
    )


def exceeded(row: dict[str, object], rate: float | None) -> bool:
    """An annotator's printed overshoot «vượt 16,6% nghị quyết» (16.6) as the draft gives it:
    116,6 % of the plan, the overshoot named in its doubt."""
    said = f"vượt {rate:g}%".replace(".", ",") if rate is not None else None
    return (
        said is not None
        and same(row["Tỷ lệ (%)"], 100 + rate)  # type: ignore[operator]
        and said in str(row.get("Độ tin cậy") or "")
    )


def rated_apart(rows: list[dict[str, object]], expected: list[str], used: set[int]) -> list[int]:
    """An annotator's count with the plan's rate printed beside it on one line («hơn 415 tỷ
    đồng, bằng 156% dự toán» marked part; «1.489,1/2.653,4 tỷ đồng, bằng 56,1%» marked part),
    which the draft gives as two rows of the sentence: the count (its base as printed) and
    `đạt kế hoạch` or `so với cùng kỳ` with the rate; or a count and the rate the annotator
    wrote beside it that the draft gives as a row of its own in the paragraph («BHYT 1.017.308
    người, đạt tỷ lệ bao phủ 86,5%»)."""
    value, base, rate = (number(expected[i]) for i in range(3))
    if value is None or rate is None or expected[3].split("/")[0] not in ("part", "level"):
        return []
    for at, row in enumerate(rows):
        if at in used or not same(row["Tử số"], value) or row["Loại"] not in ("mức", "phần"):
            continue
        if base is not None and not same(row["Mẫu số"], base):
            continue
        rated = next((i for i, r in enumerate(rows) if i not in used
                      and r["Loại"] in ("đạt kế hoạch", "so với cùng kỳ")
                      and r["Câu gốc"] == row["Câu gốc"]
                      and (same(r["Tỷ lệ (%)"], rate) or exceeded(r, rate))), None)  # fmt: skip
        if rated is None and row["Tỷ lệ (%)"] is None:
            rated = next((i for i, r in enumerate(rows) if i not in used and i != at
                          and r["Loại"] in ("mức", "phần") and r["Tử số"] is None
                          and r["Vị trí"] == row["Vị trí"]
                          and same(r["Tỷ lệ (%)"], rate)), None)  # fmt: skip
        if rated is not None:
            return [at, rated]
    return []


def folded_rate(rows: list[dict[str, object]], expected: list[str], used: set[int]) -> bool:
    """An annotator's share of the plan printed after a count over its target («kết nạp 71/70
    hội viên mới, đạt 101% chỉ tiêu giao»: 71/70 a level, 101 of_plan), which the draft gives
    as the rate of its `đạt kế hoạch` row of 71/70, already matched to the level; and a rate
    written apart from the count it is of («605 vụ việc, được … xử lý, trả lời, đạt 96,3%»:
    605 a level, 96,3 a level), the draft's rate of that count's row."""
    rate = number(expected[2])
    return (
        expected[3].split("/")[0] in ("of_plan", "part", "level")  # and a share the annotator
        and not expected[0].strip()  # wrote apart: «9.757 tỷ đồng, chiếm 73,6%», the part's
        and any(  # own rate
            i in used
            and (r["Mẫu số"] is not None or r["Tử số"] is not None)  # «821/1.450 chỉ tiêu (đạt
            # 56,62%)»: a level's own rate the annotator also wrote as the plan's share
            and same(r["Tỷ lệ (%)"], rate)
            for i, r in enumerate(rows)
        )
    )  # fmt: skip


def matches(row: dict[str, object], expected: list[str]) -> bool:
    value, base, rate = (number(expected[i]) for i in range(3))
    kind = expected[3].strip().split("/")[0]
    if over_target(expected) and row["Loại"] == "đạt kế hoạch":  # «53/50 trẻ em»: done over
        return same(row["Tử số"], value) and same(row["Mẫu số"], base)  # its target, as chiso
    if kind == "change" and value is None and row["Loại"] == "đạt kế hoạch":
        return exceeded(row, rate)  # «vượt 6,3% dự toán» written 6,3: chiso's 106,3% of plan
    times = kind == "change" and value is not None and "lần" in "".join(expected[5:6])
    if times and row["Loại"] == "so với cùng kỳ":  # «gấp 41,9 lần» of the first year: 4.190 %
        return same(row["Tỷ lệ (%)"], value * 100)  # type: ignore[operator]
    if kind == "vs_last_year" and value is not None and row["Loại"] == "thay đổi":
        return (
            same(row["Tử số"], value)
            and "lần" in "".join(expected[5:6])
            and (str(row["Đơn vị tính"] or "") == "lần")
        )  # «tăng hơn 1,3 lần so với năm trước» written 1,3 lần: chiso's change of 1,3 lần
    if row["Loại"] not in KINDS.get(kind, ("mức",)):  # reads a fraction whose count is larger
        return False
    if kind in ("of_plan", "vs_last_year") and (rate is not None or value is None):
        return same(row["Tỷ lệ (%)"], rate) or exceeded(row, rate)
    if kind == "vs_last_year" and value is not None and "lần" in "".join(expected[5:6]):
        return same(row["Tỷ lệ (%)"], value * 100)  # «gấp 4,6 lần» written 4,6: 460 %
    if kind == "of_plan":  # «Đồng Cốc 8/7»: done over the target, no rate printed
        return same(row["Tử số"], value) and (base is None or same(row["Mẫu số"], base))
    if value is None and kind == "change":  # a growth in per cent: the draft's «Tử số»
        return same(row["Tử số"], rate) and row["Đơn vị tính"] in ("%", "điểm %")
    if value is None:
        return row["Tử số"] is None and same(row["Tỷ lệ (%)"], rate)
    if kind == "change":  # «giảm 6,67% (giảm 4 đảng viên)»: the count's change, its % beside
        return same(row["Tử số"], value)
    return (
        same(row["Tử số"], value)
        and (base is None or same(row["Mẫu số"], base))
        and (rate is None or same(row["Tỷ lệ (%)"], rate))
    )


_SCALES = {"nghìn": 1_000, "ngàn": 1_000, "vạn": 10_000, "triệu": 1_000_000}


def scaled(expected: list[str]) -> list[str]:
    """An annotator's «1,7 triệu hồ sơ» (1.7, «triệu hồ sơ») as the draft writes a count of
    whole things: 1700000 «hồ sơ»; an amount of money keeps its unit («triệu đồng»), but one in
    «tỷ đồng» is the draft's in «triệu đồng» too: «201 tỷ 202 triệu đồng»."""
    if len(expected) < 6 or not expected[0].strip():
        return expected
    if expected[5].strip() in ("tỷ đồng", "tỉ đồng"):  # «201 tỷ 202 triệu đồng»: in triệu
        value = round(float(expected[0]) * 1000, 6)
        return [f"{value:.6f}".rstrip("0").rstrip("."), *expected[1:5], "triệu đồng", *expected[6:]]
    scale, _, rest = expected[5].strip().partition(" ")
    if scale not in _SCALES or not rest or rest.startswith("đồng"):
        return expected
    value = round(float(expected[0]) * _SCALES[scale], 6)
    return [f"{value:.6f}".rstrip("0").rstrip("."), *expected[1:5], rest, *expected[6:]]


def folded(text: object) -> str:
    words = str(text or "").lower().replace("ƣ", "ư")  # «ngƣời» copied from a PDF's text
    words = words.replace("ð", "đ")  # «Ðịnh Quán»: an Icelandic eth for «Đ», as chiso reads it
    words = words.replace("điểm phần trăm", "điểm %").replace("%o", "‰")
    words = re.sub(r"%0(?!\d)", "‰", words)
    return " ".join(words.replace("%", " % ").split())


def period_words(text: object) -> str:
    """A period as written, for comparing: «đến 29/5/2023» and «ngày 29/5/2023» name one
    day, «nhiệm kỳ 2016 - 2021» and «nhiệm kỳ 2016–2021» one term."""
    words = re.sub(r"\s*[-–—]\s*", "–", folded(text))
    return " ".join(w for w in words.split() if w not in ("tính", "đến", "hết", "ngày"))


def last_day(text: object) -> str | None:
    """The day a period ends, as a stock at that day is written: «ngày 30/6/2023»."""
    try:
        end = parse_period(str(text)).end
    except (PeriodParseError, ValueError):
        return None
    return f"ngày {end.day}/{end.month}/{end.year}"


def days(text: object, own: object = None) -> tuple[object, object] | None:
    """The first and last day a period names, in any of the words reports use: «giai đoạn
    2011 – 2015», «trong 5 năm (2006 – 2010)», «từ năm 2011 đến năm 2015»; «lũy kế từ đầu
    năm» (or «lũy kế» alone) from January to the end of the report's own period `own`."""
    if re.fullmatch(
        r"(?i)(?:lũy kế|luỹ kế)(?:\s*từ đầu năm)?(?: đến nay)?|từ đầu năm(?: đến nay)?",
        str(text or "").strip(),
    ):
        reported = days(own)
        return (reported[1].replace(month=1, day=1), reported[1]) if reported else None
    since = re.fullmatch(  # «từ năm 2019 đến nay»: to the report's own end
        r"(?i)(?:lũy kế\s+)?từ\s+(.+?)\s+(?:đến|tới)\s+(?:nay|hiện nay|thời điểm hiện tại)",
        str(text or "").strip(),
    )
    if since and own is not None and (first := days(since[1])) and (reported := days(own)):
        return first[0], reported[1]
    words = re.sub(r"(?i)^(?:trong|giai đoạn)\s+(?:\d+\s+năm\s*)?", "", str(text or "").strip())
    words = re.sub(r"^\((.*)\)$", r"\1", words.strip())
    try:
        period = parse_period(words)
    except (PeriodParseError, ValueError):  # «Sáu tháng đầu năm 2024»: a number in words
        phrases = [p for p in find_period_phrases(words) if p.period is not None]
        if len(phrases) != 1:
            return None
        period = phrases[0].period
    return period.start, period.end


def same_span(stated: object, expected: str) -> bool:
    """Whether a row's period is the span an annotator wrote without its year, in the row's
    year: «4 tháng năm 2022» for «4 tháng đầu năm», «2 tháng năm 2023» for «lũy kế 2 tháng»,
    «tháng 10/2023» for «Trong tháng 10»."""
    year = re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", str(stated or ""))
    if year is None or re.search(r"(?<!\d)(?:19|20)\d{2}(?!\d)", expected):
        return False
    expected = re.sub(r"(?i)^(?:trong|lũy kế|luỹ kế)\s+", "", expected.strip())  # «lũy kế 2 tháng»
    try:
        written = parse_period(f"{expected} năm {year[0]}".replace("năm năm", "năm"))
        return written == parse_period(str(stated))
    except (PeriodParseError, ValueError):
        return False


def _to_date(stated: object, own: object) -> bool:
    """Whether a row's period is the year to the day the report's own is, a stock on that
    day: «6 tháng đầu năm 2021» in a report «đến ngày 30/6/2021»."""
    flow, day = days(stated), days(own)
    return bool(
        flow and day and day[0] == day[1] == flow[1] and (flow[0].month, flow[0].day) == (1, 1)
    )


def _title_spans(about: str, own: object) -> set[tuple[object, object]]:
    """The spans a report's opening names side by side as its own, ending on the day its own
    period ends: «Tình hình kinh tế - xã hội tháng 02, 02 tháng năm 2023» reports on February
    and on the two months, as does «… tháng 10/2023 ước tăng …; lũy kế 10 tháng đầu năm …»;
    not «tổng kết năm 2022 và triển khai công tác năm 2023»."""
    span = days(own)
    if span is None:
        return set()
    spans = set()
    for p in find_period_phrases(" . ".join(about.splitlines())):
        named = p.period
        if named is None:
            with contextlib.suppress(PeriodParseError, ValueError):
                named = parse_period(f"{p.words} năm {span[1].year}")  # type: ignore[attr-defined]
        if named is not None and named.end == span[1]:
            spans.add((named.start, named.end))
    if spans and re.search(r"(?i)từ đầu năm|lũy kế|luỹ kế", about):  # «tháng 4-2021, … tính
        spans.add((span[1].replace(month=1, day=1), span[1]))  # đến hết tháng 4, … từ đầu năm»
    return spans if len(spans) >= 2 else set()  # the month and the months to it


def _day_within(stated: object, own: object) -> bool:
    """Whether a row's period is a day inside the report's own, a stock as of that day that
    an annotator may leave blank: «đến ngày 20/7» in a report of July."""
    day, span = days(stated), days(own)
    return bool(day and span and day[0] == day[1] and span[0] <= day[0] <= span[1])


def own_periods(*periods: object) -> set[str]:
    """The report's period in the words of a flow over it and of a stock at its end."""
    forms = {""}
    for period in periods:
        if period:
            forms |= {period_words(period), period_words(last_day(period))}
    return forms


def opening(text: str) -> str:
    """The text's heading and first sentence, which say what it is about, and the first
    sentence that gives a figure when neither does («Toàn quốc xảy ra 1.950 vụ, …» under «1.
    Tình hình tai nạn giao thông:»)."""
    lines = [line for line in text.splitlines() if line.strip() and not _dateline(line)]
    said = [folded(line[:300]) for line in lines[:2]]  # the heading on a line of its own
    rest = (line for line in lines[2:] if not re.match(r"\s*(?:[\dIVX]+[.)]|[\d/ :-]+$)", line))
    figured = next((line for line in rest if re.search(r"\d", line)), None)
    if figured is not None and not any(re.search(r"\d", _STAMP.sub("", s)) for s in said):
        said.append(folded(re.split(r"(?<=\D)[.;]\s", figured)[0][:300]))
    return "\n".join(said)


def _dateline(line: str) -> bool:
    """A web page's line of a day and a time over a write-up: «Thứ Sáu, 20/01/2023, 10:39»,
    or its hotline: «Đường dây nóng: 0237 3721150»."""
    if re.match(r"(?i)\s*(?:đường dây nóng|hotline)\s*:?\s*[\d\s.]+$", line):
        return True
    dated = re.search(r"\d{1,2}/\d{1,2}/\d{4}|\d{1,2}:\d{2}", line)
    return bool(dated) and len(line.split()) <= 10 and not re.search(r"\d", _STAMP.sub("", line))


# What in a heading is no figure: a document's number, a day, a month, a year, a time.
_STAMP = re.compile(r"(?i)số \S+|gmt\s*[+-]\s*\d+|\d{1,2}/\d{1,2}/\d{4}|\d{1,2}/(?:19|20)\d{2}"
                    r"|\d{1,2}/\d{1,2}|\d{1,2}:\d{2}|(?:19|20)\d{2}")  # fmt: skip


def whole(row: dict[str, object], expected: list[str], report: tuple[object, ...]) -> bool:
    """Whether a row whose numbers match also has the measure, period and place right."""
    return not faults(row, expected, report)


# «Đến nay», «lũy kế đến nay», «đến thời điểm hiện tại» (as `period_words` folds them): up to
# the report's own end.
_UNTIL_NOW = (  # «hiện có», «hiện»: what there is now
    r"(?:lũy kế|luỹ kế|tính|tổng)?\s*"
    r"(?:nay|thời điểm (?:này|hiện tại)|hiện nay|hiện tại|hiện có|hiện)"
)


# The words of a unit's name that say its kind, before its own name.
_KINDS = (
    r"^(?:(?:đảng bộ|chi bộ|đảng ủy|đảng uỷ|huyện ủy|tỉnh ủy|thành ủy|thị ủy|huyện|tỉnh|quận"
    r"|thị xã|thành phố|tp\.?|tx\.?|xã|phường|thị trấn"
    r"|đoàn(?: thể thao| vận động viên| vđv)?|đội(?: tuyển)?)\s+)+"  # a team of the place
)


# The whole of a reporting body's own area, which the report's own unit is when run with a
# stand-in unit («--unit Đơn vị»): «cả nước» in a ministry's report, «toàn tỉnh» in a
# province's. An annotator leaves such a figure's place blank.
_WHOLE_SCOPE = re.compile(  # «toàn huyện Đắk Mil»: the whole of the district the report is of
    r"cả nước|toàn quốc|toàn (?:tỉnh|thành phố|huyện|quận|thị xã|thị trấn|xã|phường|ngành)(?: .+)?"
)


def faults(row: dict[str, object], expected: list[str], report: tuple[object, ...]) -> list[str]:
    """Which of measure, period and place a row whose numbers match has wrong."""
    cells = [*expected, "", "", "", ""][5:8]
    measure, period, place = (folded(c) for c in cells)
    if len(expected) < 6:
        return []
    wrong = []
    kind = expected[3].strip().split("/")[0]
    written = folded(row["Đơn vị tính"])
    alike = bool(written) and (written.startswith(measure) or measure.startswith(written))
    points = kind == "change" and written == "điểm %"  # a rate's change, as the draft writes it
    unlike = kind not in ("of_plan", "vs_last_year") and measure not in ("", "%") and not alike
    if unlike or (measure == "%" and written not in ("", "%") and not points):
        wrong.append("measure")
    if not right_period(row, cells[1], period, report):
        wrong.append("period")
    named = folded(row["Đơn vị"]).replace("(cũ)", "cũ")  # «tỉnh Tiền Giang (cũ)», either way
    place = place.replace("(cũ)", "cũ")
    own_unit = folded(report[2])
    if not place:
        core = re.sub(_KINDS, "", named).strip()  # «đảng bộ huyện đạ huoai»: «đạ huoai»
        about = str(report[3])
        if not (named == own_unit or (len(named) >= 6 and named in about) or (
            len(core) > 3 and core != named and core in about
        ) or _WHOLE_SCOPE.fullmatch(named)):  # fmt: skip
            wrong.append("place")
    elif not (
        named in place or place in named or (_WHOLE_SCOPE.fullmatch(place) and named == own_unit)
    ):
        wrong.append("place")  # «toàn tỉnh» written out is the report's own unit, as blank is
    return wrong


def right_period(
    row: dict[str, object], written: str, period: str, report: tuple[object, ...]
) -> bool:
    """Whether a row's period is the one an annotator wrote (blank: the report's own)."""
    stated = period_words(row["Kỳ"])
    period = period_words(period)
    if not period or re.fullmatch(_UNTIL_NOW, period):  # «lũy kế đến nay»: the report's end
        return (
            stated in own_periods(report[0], report[1])
            or _to_date(row["Kỳ"], report[0])
            or _day_within(row["Kỳ"], report[0])
            or (days(row["Kỳ"]) is not None and days(row["Kỳ"]) == days(report[0]))  # in words
            or days(row["Kỳ"]) in _title_spans(str(report[3]), report[0])
        )
    if earlier := re.fullmatch(r"cùng kỳ(?: năm (\d{4}))?", period):  # the report's, a year before
        forms = own_periods(report[0], report[1]) - {""}
        years = {int(y) - 1 for form in forms for y in re.findall(r"\d{4}", form)}
        year = earlier[1] or (str(max(years)) if years else "")  # «cùng kỳ»: the year before
        return stated in {re.sub(r"\d{4}", year, form) for form in forms}
    day = re.search(r"(?<![\d/])0?(\d{1,2})[–/.]0?(\d{1,2})(?![\d/.–])", period)
    if day and stated and re.search(rf"(?<![\d/]){day[1]}/{day[2]}/\d{{4}}", stated):
        return True  # «tính đến ngày 15-6», «Lũy kế đến ngày 2/4» without its year: «ngày 2/4/2024»
    if not (stated and (stated in period or period in stated)):
        named = days(written, report[0] or report[1])
        day = days(row["Kỳ"])
        if (
            named
            and day
            and re.match(
                r"(?i)(?:lũy kế |luỹ kế )?(?:tính )?(?:(?:đến|tới) (?:hết |cuối )?|hết )tháng",
                written,
            )
        ):
            return day[0] == day[1] == named[1]  # «tính đến tháng 11/2022», «hết tháng 8/2024»
        if (
            named
            and day
            and re.match(
                r"(?i)(?:lũy kế |luỹ kế )?(?:tính )?(?:(?:đến|tới) )?(?:hết|cuối)", written
            )
        ):
            return day[0] == day[1] == named[1]  # «đến hết năm 2022», «cuối năm 2013»: a stock
            # at its last day
        return same_span(row["Kỳ"], period) or (named is not None and named == day)
    return True


def score(
    report: Path, expected_path: Path, period: str | None, verbose: bool
) -> tuple[int, int, int, int]:
    with tempfile.TemporaryDirectory() as scratch:
        draft = Path(scratch) / "draft.xlsx"
        stated = ["--period", period] if period else []
        command = [str(Path(sys.executable).parent / "chiso"), "extract", str(report), "-o",
                   str(draft), "--unit", "Đơn vị", *stated]  # fmt: skip
        subprocess.run(command, capture_output=True, check=True)
        book = openpyxl.load_workbook(draft)
        about = book["Thông tin"].iter_rows(values_only=True) if "Thông tin" in book else []
        facts = {str(k): v for k, v in about}
        sheet = book["Bản nháp"]
        header = [c.value for c in sheet[1]]
        rows = [
            dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)
        ]
    expected = [
        line.rstrip("\n").split("\t")
        for line in expected_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    used: set[int] = set()
    missed = []
    partly = []
    for at, line in enumerate(expected):
        if (
            not line[0].strip()
            and line[2].strip()
            and any(e[0].strip() and e[2:4] == line[2:4] for e in expected[at + 1 :])
        ):
            continue  # a headline's «đạt 62% dự toán», listed again with its count below: the
            # draft gives it once, with the body's count
        written = line  # as the annotator wrote it, before any scale is applied
        fits = [i for i, r in enumerate(rows) if i not in used and matches(r, line)]
        if not fits and scaled(line) != line:
            fits = [i for i, r in enumerate(rows) if i not in used and matches(r, scaled(line))]
            # a count of thousands kept so either way; an amount in tỷ only when it fits
            line = scaled(line) if fits or "đồng" not in line[5] else line
        # the report's own period: its title's, else the one most of its rows take
        stated = [r["Kỳ"] for r in rows if r["Kỳ"]]
        # (a tie goes to a flow over a span, whose last day gives the stock's form too)
        ranked = sorted(
            set(stated), key=lambda p: (stated.count(p), not str(p).startswith("ngày"), str(p))
        )
        usual = ranked[-1] if ranked else None
        about = opening(report.read_text(encoding="utf-8-sig")) if report.suffix == ".txt" else ""
        own = (facts.get("Kỳ báo cáo") or usual, period, facts.get("Cơ quan") or "Đơn vị", about)
        hit = next((i for i in fits if whole(rows[i], line, own)), None)
        if hit is None and fits:
            hit = fits[0]
            partly.append((line, rows[hit], faults(rows[hit], line, own)))
        if hit is None and (pair := rated_apart(rows, line, used)):
            used.update(pair)  # a count and its plan's rate, one line, two rows
            if faults(rows[pair[0]], line, own):
                partly.append((line, rows[pair[0]], faults(rows[pair[0]], line, own)))
            continue
        if hit is None and written[:4] in [e[:4] for e in expected[:at]]:
            continue  # listed twice (a headline and its body), given once: found
        if hit is None and rounded_again(line, expected):
            continue  # a headline's round «gần 26.000 lao động» over the body's 25.953
        if hit is None and folded_rate(rows, line, used):
            continue  # «71/70 hội viên mới, đạt 101% chỉ tiêu»: the rate in the plan's row
        if hit is None:
            missed.append(line)
        else:
            used.add(hit)
            beside = line[3].startswith("of_plan") or (  # «5,6 triệu tấn, bằng 110,4% cùng
                line[3].startswith("vs_last_year") and line[2].strip()  # kỳ»: one line, and
            )  # the draft's two rows, the count's and the ratio's
            if (beside and line[0].strip()) or over_target(line):
                values = (number(line[0]), number(scaled(line)[0]))  # «43,85 triệu khách, đạt
                level = next((i for i, r in enumerate(rows) if i not in used  # 54,61% kế hoạch»
                              and any(same(r["Tử số"], v) for v in values)), None)  # fmt: skip
                if level is not None:
                    used.add(level)
            if line[3].startswith("change") and line[0].strip() and line[2].strip():
                share = next((i for i, r in enumerate(rows) if i not in used
                              and r["Loại"] == "thay đổi" and same(r["Tử số"], number(line[2]))),
                             None)  # fmt: skip
                if share is not None:
                    used.add(share)
    phantoms = [r for i, r in enumerate(rows) if i not in used]
    found = len(expected) - len(missed)
    print(
        f"{report.name:40} {found:3}/{len(expected):<3} found, {found - len(partly):3} whole, "
        f"{len(phantoms)} unmatched rows"
    )
    if verbose:
        for line in missed:
            print(f"    not found: {line}")
        for line, row, wrong in partly:
            got = (row["Đơn vị tính"], row["Kỳ"], row["Đơn vị"])
            print(
                f"    not whole ({'+'.join(wrong)}): {line[:2]} {line[4][:40]} {line[5:]} -> {got}"
            )
        for row in phantoms:
            numbers = (row["Tử số"], row["Mẫu số"], row["Tỷ lệ (%)"], row["Loại"])
            print(f"    unmatched: {numbers} {row['Chỉ tiêu']} | {str(row['Câu gốc'])[:100]}")
    return found, len(expected), len(phantoms), found - len(partly)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--period", help="the reports' period, when they do not say it")
    args = parser.parse_args(argv)
    totals = [0, 0, 0, 0]
    for expected in sorted(args.folder.glob("*.expected.tsv")):
        stem = expected.name.removesuffix(".expected.tsv")
        report = next((p for p in (args.folder / f"{stem}.docx", args.folder / f"{stem}.txt")
                       if p.exists()), None)  # fmt: skip
        if report is None:
            continue
        for i, value in enumerate(score(report, expected, args.period, args.verbose)):
            totals[i] += value
    found, listed, phantoms, whole_found = totals

    def share(part: int) -> str:
        return f"{100 * part / listed:.1f}".replace(".", ",") if listed else "—"

    print(
        f"Tổng / total: {found}/{listed} found ({share(found)}%), {whole_found} with measure, "
        f"period and place right ({share(whole_found)}%), {phantoms} unmatched rows"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
