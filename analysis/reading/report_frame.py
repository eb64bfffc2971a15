"""What a written report says of itself before and after its body: who issues it (the
header frame's issuing body, «ĐẢNG ỦY PHƯỜNG LÊ HỒNG PHONG», or, when the body names no
place, «BAN THƯỜNG VỤ», the line above it, «ĐẢNG BỘ TỈNH X»), the day it is signed («Lê
Hồng Phong, ngày 01 tháng 7 năm 2024»), its title and the period the title or the opening
sentence states («6 tháng đầu năm 2024»), the Party term it names («nhiệm kỳ 2020 - 2025»),
and where its body ends («Nơi nhận:», the signature). `chiso extract` (issue 20) takes a
figure's unit and period from here when the figure's own sentence does not state them.

Pure functions over a report's passages: no file is opened here.
"""

from __future__ import annotations

import datetime as dt
import re
from contextlib import suppress
from dataclasses import dataclass

from ..model.periods import Period, PeriodParseError, parse_period
from ..model.text import name_key, strip_accents
from .period_phrases import (
    MONTHS_OF_YEAR,
    find_period_phrases,
    is_date_line,
    months_in_digits,
    with_year,
)
from .report_asides import (
    BRIEFING,
    COMPARISON,
    COUNTED_YEARS,
    CROP_SEASON,
    EVENT_YEAR,
    PROGRAMME_TERM,
    SINCE_YEAR,
    SITTING_TERM,
    STANDARD_NAMED,
    YEAR_WORD_TWICE,
)
from .report_text import HEADING, Passage, is_heading, sentences
from .report_words import CAPITAL

# The lines of a header frame that are not the issuer: the Party's and the State's mottos.
_MOTTOS = ("dang cong san viet nam", "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do")
# An issuing body's words (folded, no accents): committees, their boards, authorities.
_BODY = re.compile(
    r"^(?:dang uy|dang bo|thanh uy|tinh uy|huyen uy|quan uy|thi uy|chi bo|ban |uy ban|"
    r"hoi dong nhan dan|ubnd|hdnd|so |phong |van phong|mat tran|thuong truc|doan |hoi )"
)
# The words that make a body's name a place's: what follows them is the place's proper name.
_PLACE_WORDS = (
    "tinh",
    "thanh pho",
    "tp",
    "huyen",
    "quan",
    "thi xa",
    "xa",
    "phuong",
    "thi tran",
    "thon",
    "khoi",
    "to dan pho",
)
_COMMITTEE_WORDS = ("thanh uy", "tinh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "dang bo")
_DATE_WORDS = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
_TERM = re.compile(r"nhiệm kỳ\s+((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})", re.IGNORECASE)
# «BÁO CÁO» on a line of its own, or with the title after it on the same line: «BÁO CÁO SƠ KẾT
# 6 THÁNG ĐẦU NĂM 2024», «BÁO CÁO: Kết quả …».
_TITLE_WORD = re.compile(
    r"^báo cáo(?: nhanh| tóm tắt)?(?:\s*[:\-–]?\s+(?P<rest>\S.*))?$", re.IGNORECASE
)
_BODY_END = re.compile(r"^(?:nơi nhận|t/m|tm\.|k/t|kt\.)", re.IGNORECASE)


@dataclass(frozen=True)
class ReportFrame:
    """A report's frame: its issuer as the organisation it names, the day it is signed,
    its title, the period it reports on, the term it names, and where its body is."""

    unit: str | None
    issuer: str | None  # the issuing body as written
    signed: dt.date | None
    title: str | None
    period: Period | None  # the one its title states
    term: tuple[int, int] | None
    body: range  # the passages of the body, between the title and «Nơi nhận»
    opening_period: Period | None = None  # the one its opening sentence states
    publisher: str | None = None  # a write-up's body its opening says gives the figures


def report_frame(passages: list[Passage]) -> ReportFrame:
    """The frame of a report read as `report_passages` gives it."""
    title_at = next((i for i, p in enumerate(passages) if _title_word(p.text, i) is not None), None)
    if title_at is not None and any(_is_body_sentence(p.text) for p in passages[:title_at]):
        title_at = None  # «Báo cáo tại kỳ họp cho thấy: …» after the body began is no title
    head = passages[: title_at if title_at is not None else min(len(passages), 4)]
    issuer, unit = _issuer(head)
    title_parts: list[str] = []
    start = 0
    if title_at is not None:
        if rest := _title_word(passages[title_at].text, title_at):
            title_parts.append(rest)
        start = title_at + 1
        # The title runs until the first sentence of the body: a short line, often bold.
        while (
            start < len(passages)
            and passages[start].cell is None  # a table's header is no title
            and _is_title_line(passages[start].text, title_parts)
        ):
            title_parts.append(passages[start].text.strip("* "))
            start += 1
    end = next(
        (i for i in range(start, len(passages)) if _BODY_END.match(passages[i].text.strip("* "))),
        len(passages),
    )
    title = " ".join(title_parts) or None
    opening = _past_headings(passages[start:end])
    whole = "\n".join(p.text for p in passages)
    term = _TERM.search(whole)
    return ReportFrame(
        unit=unit,
        issuer=issuer,
        signed=_signed(passages),
        title=title,
        period=_stated_period(_reported(months_in_digits(title or ""))),
        opening_period=_opening_period([months_in_digits(t) for t in opening])
        or _year_in_body(opening, passages[start:end]),
        publisher=_publisher(opening),
        term=(int(term[1]), int(term[2])) if term else None,
        body=range(start, end),
    )


def _publisher(opening: list[str]) -> str | None:
    """The body a write-up's opening says gives its figures: «…, Bộ Công an công bố số liệu
    …», «Theo báo cáo của Sở Y tế, …»; none when it names none."""
    for text in opening:
        if found := _PUBLISHER.search(sentences(text)[0] if text else ""):
            return " ".join((found[1] or found[2]).split())
    return None


_ORGAN = (  # a central or provincial body by its kind and its name («Bộ Công an», «Sở Y tế»)
    rf"(?:Bộ|Tổng cục|Cục|Sở|Ủy ban nhân dân|UBND|Bảo hiểm xã hội|Công an|Tòa án nhân dân"
    rf"|Viện kiểm sát nhân dân)\s+{CAPITAL}[^\s,;()]*(?:\s+[^\s,;()]+){{0,8}}?"
)
_PUBLISHER = re.compile(  # its head may speak for it: «ông A, Giám đốc Sở Y tế cho biết»
    rf"(?:^|,\s*)(?:(?:Phó\s+)?(?:Giám đốc|Chủ tịch|Cục trưởng|Vụ trưởng|Chánh Văn phòng)\s+)?"
    rf"({_ORGAN})\s+(?:vừa\s+|đã\s+)?(?:công bố|cho biết|báo cáo|thông tin)(?!\w)"
    rf"|^(?i:theo (?:báo cáo|số liệu|thông tin)(?: của| từ)?)\s+({_ORGAN})\s*,"
)


def _issuer(head: list[Passage]) -> tuple[str | None, str | None]:
    """The issuing body as written and the organisation it names."""
    # A text file lays the frame's two columns side by side: «ĐẢNG BỘ TỈNH X     ĐẢNG CỘNG
    # SẢN VIỆT NAM»; each column is a line of its own.
    lines = [
        piece.strip(" *")
        for passage in head
        for line in passage.text.splitlines()
        for piece in re.split(r"\t|\s{3,}", line)
        if piece.strip(" *") and not is_date_line(piece)
    ]
    bodies = [
        (i, line)
        for i, line in enumerate(lines)
        if _capitals(line)
        and len(line.split()) <= 13  # «ĐẢNG BỘ XÃ TÂN TÚ TỔ CHỨC HỘI NGHỊ …» is a headline
        and _BODY.match(_folded(line))
        and not _folded(line).startswith(_MOTTOS)
        and not re.match(r"so\s*(?:\d|:|\.)", _folded(line))  # «Số 45-BC/ĐU», not «Sở …»
        and not _counts_in(line)  # «ĐOÀN THANH NIÊN TỔ CHỨC GẦN 200 ĐỢT …» is a headline
        and not _HEADLINE_VERB.search(_folded(line))  # «HĐND XÃ LỆ MỸ TỔ CHỨC KỲ HỌP THỨ TƯ»
    ]
    if not bodies:
        return None, None
    index, issuer = bodies[-1]
    pieces = [p.strip() for p in issuer.split(",")]  # «ĐẢNG BỘ HUYỆN SƠN TÂY, ĐẢNG ỦY XÃ SƠN
    if len(pieces) > 1 and _BODY.match(_folded(pieces[-1])):  # LIÊN»: the one under the other
        return pieces[-1], organisation_name(pieces[-1])
    below = lines[index + 1] if index + 1 < len(lines) else ""
    if not _names_a_place(issuer) and _capitals(below) and _folded(below).startswith(_PLACES):
        issuer = f"{issuer} {below}"  # «ỦY BAN NHÂN DÂN» over «XÃ TỊNH KỲ»
    if _names_a_place(issuer) or index == 0 or (index - 1, lines[index - 1]) not in bodies:
        return issuer, organisation_name(issuer)
    return issuer, organisation_name(lines[index - 1])


# What a headline says a body did, never in a body's name: «… TỔ CHỨC KỲ HỌP THỨ TƯ», «…
# SƠ KẾT 6 THÁNG»; not «BAN TỔ CHỨC TỈNH ỦY».
_HEADLINE_VERB = re.compile(
    r"(?<!\w)(?:(?<!ban )to chuc|so ket|tong ket|trien khai|khai mac|be mac|ky niem|phat dong"
    r"|ky hop|hoi nghi|gap mat|ra quan)(?!\w)"
)


def _counts_in(line: str) -> bool:
    """Whether a line in capitals gives a count, as a headline does; a body's name holds a
    number only as its name («CHI BỘ SỐ 3», «ĐẢNG BỘ PHƯỜNG 12»)."""
    folded = _folded(line)
    return any(
        not _NAMED_BY_NUMBER.search(folded[: number.start()])
        for number in re.finditer(r"\d+", folded)
    )


_NAMED_BY_NUMBER = re.compile(r"(?:so|chi bo|to|khoi|phuong|quan|khu pho|ap|thon|doi)\s*$")
_PLACES = ("tinh ", "thanh pho ", "huyen ", "quan ", "thi xa ", "xa ", "phuong ", "thi tran ")


def _capitals(line: str) -> bool:
    """Whether a line is written in capitals, as a header frame's lines are (a sentence of
    the body that starts «Đảng bộ …» is not an issuer)."""
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _names_a_place(line: str) -> bool:
    """Whether a body's name carries its place («THÀNH ỦY QUẢNG NGÃI», «ĐẢNG ỦY PHƯỜNG X»),
    unlike «BAN THƯỜNG VỤ» or «BAN TUYÊN GIÁO», which stand under the committee above."""
    words = _folded(line)
    for committee in _COMMITTEE_WORDS:
        if words.startswith(committee) and len(words) > len(committee):
            return True
    return any(re.search(rf"(?<!\w){place}(?!\w)", words) for place in _PLACE_WORDS)


def organisation_name(line: str) -> str:
    """A header's capitals as an organisation is written in a sentence: «ĐẢNG ỦY PHƯỜNG LÊ
    HỒNG PHONG» -> «Đảng ủy phường Lê Hồng Phong», «THÀNH ỦY QUẢNG NGÃI» -> «Thành ủy Quảng
    Ngãi»: the body's words in lower case, the place's proper name capitalised. The name
    starts after the body's words, and at the latest after the first word of a place's kind
    («phường», «thành phố»), so «XÃ TỊNH HÀ» keeps «Tịnh» a name."""
    words = line.split()
    folded = [strip_accents(w.lower()) for w in words]
    proper_from, index = 0, 0
    while index < len(words):
        matched = None
        for size in (3, 2, 1):
            phrase = " ".join(folded[index : index + size])
            if phrase in _PLACE_WORDS or phrase in _COMMITTEE_WORDS or phrase in _BODY_WORDS:
                matched = (size, phrase in _PLACE_WORDS)
                break
        if matched is None:
            break
        index += matched[0]
        proper_from = index
        if matched[1]:
            break
    cased = [w.lower() for w in words[:proper_from]] + [
        w if any(c.isdigit() for c in w) else w[:1].upper() + w[1:].lower()
        for w in words[proper_from:]
    ]
    text = " ".join(cased)
    return text[:1].upper() + text[1:]


# The words of a body's name that are not a place's: «ỦY BAN NHÂN DÂN», «BAN THƯỜNG VỤ».
_BODY_WORDS = frozenset(
    (
        "uy ban", "nhan dan", "hoi dong", "ban", "thuong vu", "thuong truc", "chap hanh",
        "to chuc", "tuyen giao", "dan van", "kiem tra", "noi chinh", "van phong", "mat tran",
        "to quoc", "co quan", "doanh nghiep", "so", "phong", "dang", "chi bo",
    )
)  # fmt: skip


def _signed(passages: list[Passage]) -> dt.date | None:
    """The day of the place-and-date line, where the report has one."""
    for passage in passages:
        for line in passage.text.splitlines():
            if is_date_line(line) and (match := _DATE_WORDS.search(line)):
                try:
                    return dt.date(int(match[3]), int(match[2]), int(match[1]))
                except ValueError:
                    return None
    for passage in passages[:3]:  # a write-up of a report: «Theo báo cáo số 156/BC-UBND ngày
        if cited := _CITED_REPORT.search(passage.text):  # 28/3/2024 của UBND tỉnh, …»
            with suppress(ValueError):
                return dt.date(int(cited[3]), int(cited[2]), int(cited[1]))
    return None


_CITED_REPORT = re.compile(
    r"(?i)(?<!\w)theo\s+báo cáo(?:\s+số\s+\S+)?\s+ngày\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})"
)


def _title_word(text: str, index: int) -> str | None:
    """What follows «BÁO CÁO» when the passage opens the title ("" when the word stands
    alone), else None: a title with words after it is short, no sentence, and near the top."""
    found = _TITLE_WORD.match(text.strip("* "))
    if found is None:
        return None
    rest = (found["rest"] or "").strip("* ")
    if rest and (index > 12 or not _is_title_line(rest, [])):
        return None
    return rest


def _is_body_sentence(text: str) -> bool:
    """Whether a passage is a sentence of a body, as no line of a header frame is."""
    clean = text.strip("* ").rstrip('”"»’)')  # «… ở 07 tuyến.”»: a quote closes after it
    return len(clean.split()) >= 12 and clean.endswith((".", "!", "?", "…"))


def _is_title_line(text: str, so_far: list[str]) -> bool:
    """Whether a passage after «BÁO CÁO» still belongs to the title: short, no sentence."""
    clean = text.strip("* ")
    if not clean or len(so_far) >= 4:
        return False
    if clean.startswith(("-", "I.", "1.")) or len(clean.split()) > 40:
        return False
    if re.match(r"(?i)(?:thực hiện|căn cứ|kính gửi|theo|trong)\b", clean) and so_far:
        return False  # the opening sentence, not the title's next line
    return not clean.rstrip('”"»’)').endswith((".", ":"))  # a title is no sentence


def _reported(title: str) -> str:
    """The part of a title that says what is reported on, not the plans after it: «Tình hình
    … năm 2023 và phương hướng, nhiệm vụ năm 2024» reports on 2023, «Hội nghị tổng kết …
    năm 2022 và phát động thi đua năm 2023» on 2022, «… 6 tháng đầu năm 2018, đưa ra phương
    hướng nhiệm vụ … 6 tháng cuối năm 2018» on the first half, «kết quả … giai đoạn 2021-2024
    và đề xuất thực hiện giai đoạn 2026-2030» on 2021-2024."""
    splits = re.finditer(
        r"(?i)(?:[,;]|\svà)\s+(?:(?:đề ra|đưa ra|nêu ra|bàn|xây dựng|triển khai)\s+)?"
        r"(?:phương hướng|nhiệm vụ|kế hoạch|giải pháp|phát động|ký kết|đăng ký|đề xuất|định hướng"
        r"|(?<=triển khai )(?:công tác|chương trình))",  # «… năm 2022 và triển khai công tác
        # năm 2023», «…, triển khai chương trình công tác Đoàn năm 2023»
        title,
    )  # the first after a period: not «công tác xây dựng Đảng và nhiệm vụ chính trị 6 tháng …»
    heads = [title[: m.start()] for m in splits]
    head = next((h for h in heads if find_period_phrases(h)), heads[0] if heads else title)
    if head == title or _stated_period(head):
        return head
    years = re.findall(r"(?<!\d)(?:19|20)\d{2}(?!\d)", title)
    yearless = [p for p in find_period_phrases(head) if p.kind == "yearless"]
    if years and yearless:  # «Sơ kết 6 tháng đầu năm và phương hướng … cuối năm 2024»
        return f"{head} {years[-1]}"
    planned = re.search(r"(?i)năm\s+((?:19|20)\d{2})\W*$", title)
    if planned and re.search(r"(?i)(?<!\w)tổng kết(?!\w)", head):
        return f"{head}, năm {int(planned[1]) - 1}"  # «tổng kết …, triển khai nhiệm vụ năm 2024»
    return title


def _stated_period(text: str) -> Period | None:
    """The period a title or an opening clause states: the last label or range it names,
    what it is compared with left out."""
    said = text = YEAR_WORD_TWICE.sub("năm ", text)  # «3 tháng đầu năm năm 2023»: a slip
    text = MONTHS_OF_YEAR.sub(r"\1 năm", text)  # «9 tháng của năm 2022»
    # a sitting's term first: «nhiệm kỳ 2021-2026 tổ chức kỳ họp» counts no «2026 tổ»
    text = EVENT_YEAR.sub(" ", SITTING_TERM.sub(" ", STANDARD_NAMED.sub(" ", text)))
    text = SINCE_YEAR.sub(" ", COUNTED_YEARS.sub(" ", COMPARISON.sub(" ", text)))
    text = CROP_SEASON.sub(" ", text)  # «gieo trồng vụ Đông Xuân 2022-2023»: the season's
    phrases = [
        p for p in find_period_phrases(PROGRAMME_TERM.sub(" ", text))
        if p.kind in ("label", "range", "until")
    ] or [  # a programme's term alone: the span reported on («Tổng kết Chương trình … giai
        p for p in find_period_phrases(text)  # đoạn 2016-2020»)
        if p.kind in ("label", "range", "until")
    ]  # fmt: skip
    if not phrases and (briefing := re.search(BRIEFING, said)):  # «họp báo … quý III/2023 …,
        text = " ".join(text.split())  # single spaces, as the phrases' places are counted
        months = [p for p in find_period_phrases(text) if p.kind == "yearless"]  # 9 tháng đầu
        with suppress(PeriodParseError, IndexError):  # năm, …»: the briefing's year's months
            return parse_period(f"{text[months[-1].start : months[-1].end]} {briefing[1]}")
    if not phrases and (compared := _COMPARED_YEAR.search(said)):  # «trong 3 ngày nghỉ lễ (từ
        yearless = [p for p in find_period_phrases(text) if p.kind == "yearless"]  # ngày 31-8 …),
        if yearless:  # …, bằng 120% so với cùng kỳ năm 2023»: the year after the one compared
            return with_year(yearless[0].words, int(compared[1]) + 1)
    if not phrases:
        return None
    last = phrases[-1]
    if last.period is not None and last.period.kind == "term" and last.words.startswith("nam "):
        return parse_period(f"từ năm {last.period.start.year} đến năm {last.period.end.year}")
    return last.period  # «Đại hội TDTT tỉnh lần VII năm 2013-2014»: two years, no term


def _year_in_body(opening: list[str], body: list[Passage]) -> Period | None:
    """The month an opening names without its year («Tại phiên họp thường kỳ … tháng 5 vừa
    diễn ra, …»), in the year of the first period of the body that ends with it («lũy kế 5
    tháng đầu năm 2024»)."""
    months = (
        [p for p in find_period_phrases(opening[0]) if p.kind == "yearless"][:1] if opening else []
    )
    for phrase in (p for b in body[:40] for p in find_period_phrases(COMPARISON.sub(" ", b.text))):
        if months and phrase.kind == "label" and phrase.period is not None:
            named = with_year(months[0].words, phrase.period.end.year)
            if named is not None and named.end == phrase.period.end:
                return named
    return None


_COMPARED_YEAR = re.compile(  # «… cùng kỳ năm 2022», «tăng 5 đảng viên so với năm 2017»
    r"(?i)(?<!\w)(?:cùng kỳ|so với)(?:\s+năm)?\s+((?:19|20)\d{2})(?!\d)"
)


def _past_headings(body: list[Passage]) -> list[str]:
    """The body's first two passages past the numbered headings over them («I. SẢN XUẤT …»)
    and past a web page's lines around a write-up: its section tag over the headline («Tin
    địa phương»), its byline or dateline («Dương Thảo 17/06/2024 - 17:59»)."""
    texts = [p.text for p in body if not (HEADING.match(p.text) and is_heading(p.text))]
    texts = [t for t in texts if re.search(r"[^\W\d_]{3}", t) and not _page_stamp(t)]
    while len(texts) > 2 and len(texts[0].split()) <= 3 and not re.search(r"\d", texts[0]):
        texts = texts[1:]  # a section's tag over the headline: «Điện Biên», «Tin địa phương»
    return texts[:2]


def _page_stamp(text: str) -> bool:
    """A byline or dateline: a few words with a day or a time and no other number («Thứ Ba,
    19/07/2022, 17:42 [GMT+7]»)."""
    clean = text.strip(" *")
    stamped = _STAMP.search(clean) and not re.search(r"\d", _STAMP.sub(" ", clean))
    return bool(stamped) and len(clean.split()) <= 10 and not clean.endswith(".")


_STAMP = re.compile(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}:\d{2}(?::\d{2})?|GMT\s*[+-]\s*\d+")


def _opening_period(opening: list[str]) -> Period | None:
    """The period the opening states: its first sentence's, or its second's after a first of
    no figures that states none; after a headline that states
    none, or states its months without their year («Thu ngân sách Nhà nước 11 tháng đạt hơn
    28.200 tỷ đồng»), the lead's, the headline's months taken in the lead's year."""
    said = sentences(opening[0]) if opening else [""]
    first = said[0]
    stated = _sentence_period(first)
    # no figures in it: «Chương trình … giai đoạn 2021-2025 … đã qua …», «Chiều ngày 3/4, …»
    named = _DATES_AND_YEARS.sub(" ", PROGRAMME_TERM.sub(" ", first))
    termed = stated is not None and _sentence_period(PROGRAMME_TERM.sub(" ", first)) is None
    if len(said) > 1 and not re.search(r"\d", named) and (stated is None or termed):  # «Theo số
        # liệu từ Sở Du lịch, du lịch đang tăng trưởng mạnh. Cụ thể trong 9 tháng năm 2023, …»
        stated = _sentence_period(said[1]) or stated
    headline = len(first.split()) <= 30 and not first.rstrip().endswith((".", ":", ";"))
    if headline and _PLANS_ONLY.search(first) and not _REVIEWED.search(first):
        stated = None  # «Sở Tài nguyên và Môi trường triển khai nhiệm vụ năm 2024»: the lead's
    yearless = [p for p in find_period_phrases(first) if p.kind == "yearless"]
    compared = _COMPARED_YEAR.search(opening[0]) if opening else None
    if stated is None and yearless and compared:  # «Trong quý I, … . … tăng 12,71% so với cùng
        return with_year(yearless[0].words, int(compared[1]) + 1)  # kỳ năm 2022»: of 2023
    spans = [p for p in yearless if not re.search(r"ngay|\d/\d", p.words)]  # not «ngày 22/11»
    if stated is not None and stated.kind == "year" and spans:  # «chủ đề công tác năm 2024
        return with_year(spans[0].words, stated.end.year) or stated  # …, 6 tháng đầu năm, …»
    if stated is not None or len(opening) < 2 or not headline:
        return stated
    lead_words = sentences(opening[1])[0]
    lead = _sentence_period(lead_words)
    unyeared = [p for p in find_period_phrases(lead_words) if p.kind == "yearless"]
    if lead is None and unyeared and (compared := _COMPARED_YEAR.search(lead_words)):
        return with_year(unyeared[0].words, int(compared[1]) + 1)  # «Đến ngày 27-11, … tăng
        # 5 đảng viên so với năm 2017»: of 2018
    months = [p for p in find_period_phrases(first) if p.kind == "yearless"]
    if lead is None or not months:
        return lead
    lead_named = [p.words for p in find_period_phrases(lead_words)[:1]]
    if any(p.words in words for p in months for words in lead_named):
        return lead  # «… trong quý I» over «Trong quý I năm 2023 (tính từ ngày 15/12/2022 …)»
    return with_year(months[0].words, lead.end.year) or lead


_DATES_AND_YEARS = re.compile(  # «3/4», «4/2024», «25/12/2024», «2024»
    r"\d{1,2}\s*[/-]\s*\d{1,2}\s*[/-]\s*\d{2,4}|\d{1,2}\s*/\s*(?:19|20)\d{2}(?!\d)"
    r"|\d{1,2}\s*[/-]\s*\d{1,2}(?!\d)|(?<!\d)(?:19|20)\d{2}(?!\d)"
)


def _sentence_period(sentence: str) -> Period | None:
    """The period an opening sentence reports on; none when it sets an aim («cuối năm 2023,
    thành phố phấn đấu giảm 0,2% tỷ lệ hộ nghèo»)."""
    if _AIMS.search(sentence):
        return None
    no_figures = not re.search(r"\d", _DATES_AND_YEARS.sub(" ", sentence))
    if no_figures and _PLANS_ONLY.search(sentence) and not _REVIEWED.search(sentence):
        return None  # «Chiều 5-1, … tổ chức Hội nghị triển khai công tác … năm 2024.»
    stated = _stated_period(_reported(_ASIDE.sub(" ", _NAMED_IN_QUOTES.sub(r"\1", sentence))))
    spans = [p for p in find_period_phrases(sentence) if p.kind == "yearless"]
    held = _DAY_HELD.search(sentence)
    # «trong 6 tháng đầu năm, … tại hội nghị … nhiệm kỳ 2014-2019, tổ chức ngày 17/7/2017»:
    if (  # the half of the meeting's year
        stated is not None
        and stated.kind == "term"
        and spans
        and held
        and stated.start.year <= int(held[1]) <= stated.end.year
    ):
        return with_year(spans[0].words, int(held[1])) or stated
    return stated


_DAY_HELD = re.compile(r"(?<!\d)\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*((?:19|20)\d{2})(?!\d)")


# A movement's, a programme's or a theme's name in quotes, whose years are its own: «phong trào
# “Nông dân thi đua sản xuất kinh doanh giỏi giai đoạn 2017 - 2022”».
_NAMED_IN_QUOTES = re.compile(
    r"(?i)((?:phong trào|cuộc vận động|chủ đề|khẩu hiệu|chương trình|đề án|dự án|cuộc thi"
    r"|giải thưởng)\s*)[“\"«][^”\"»]{1,200}[”\"»]"
)


_AIMS = re.compile(r"(?i)(?<!\w)(?:phấn đấu|đặt mục tiêu|đề ra mục tiêu|dự kiến)(?!\w)")


# A headline or a lead that names a period only as the plans' («triển khai nhiệm vụ năm
# 2024»), not the one it reports on («tổng kết năm 2023», «kết quả 6 tháng»).
_PLANS_ONLY = re.compile(
    r"(?i)(?<!\w)(?:nhiệm vụ|phương hướng|kế hoạch|triển khai)(?:\s+\S+){0,8}?"
    r"\s+(?:(?:6|sáu) tháng cuối\s+)?năm\s+(?:19|20)\d{2}"  # «triển khai … 6 tháng cuối năm»
)
_REVIEWED = re.compile(r"(?i)(?<!\w)(?:kết quả|tổng kết|sơ kết|tình hình|đạt|thực hiện được)(?!\w)")


# A bracket in an opening sentence that is an aside, not the span of its period: «(Năm 2022
# chỉ số này là 48,38 điểm)»; not «(tính từ 16/12/2020 đến 15/3/2021)».
_ASIDE = re.compile(r"\((?!\s*(?i:tính từ|kể từ|từ|tính đến|đến)\s)[^()]*\)")


def looks_back(sentence: str) -> bool:
    """Whether a sentence opens on years counted back from now («Qua 6 năm, xã đã huy động
    …», «Sau 5 năm thực hiện …»): the report's period, not the year a sentence before it
    opened with («Năm 2011 bắt tay triển khai …»)."""
    return _LOOKS_BACK.match(sentence.lstrip("*-+• ")) is not None


_LOOKS_BACK = re.compile(
    r"(?i)(?:qua|sau|trong|sau hơn|qua hơn)\s+(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
    r"\s+năm(?!\s+(?:19|20)\d{2})(?!\w)"
)


def leading_period(sentence: str, year: int | None = None) -> Period | None:
    """The period a sentence opens with («Tháng 9/2021, Trung tâm … tiếp nhận …», «Trong 6
    tháng đầu năm 2024, …»), also after whose figures they are («Theo báo cáo của Cục Thống
    kê, tháng 11/2022, …») and, said without its year, in the report's `year` («Tháng 11,
    tổng chi …»); the paragraph's next sentences keep it. None when it opens otherwise."""
    if (day := _ONE_DAY.match(sentence)) and (day[3] or year):  # «Riêng ngày 2-9, có …»
        with suppress(PeriodParseError):
            return parse_period(f"{int(day[1])}/{int(day[2])}/{day[3] or year}")
    text = COUNTED_YEARS.sub(" ", COMPARISON.sub(" ", sentence.lstrip("*-+• ")))
    # single spaces, as `find_period_phrases` counts its phrases' places
    text = " ".join(_SOURCE_FIRST.sub("", EVENT_YEAR.sub(" ", text)).split())
    kinds = ("label", "range", "yearless") if year else ("label", "range")
    found = [p for p in find_period_phrases(text) if p.kind in kinds]
    opening = [p for p in found if p.start <= len("tinh tu ") or _folded(text[: p.start].strip(
        " ,*")) in _BEFORE_OPENING]  # fmt: skip
    if not opening:
        return None
    if opening[0].period is None and year:  # «Tháng 11, …» in a report of 2022
        return with_year(opening[0].words, year)
    spans = [p for p in found if p.kind == "range" and p.start > opening[0].end]
    if spans and re.fullmatch(r"\s*\(\s*(?:tính\s+)?", text[opening[0].end : spans[0].start]):
        return spans[0].period  # «6 tháng đầu năm 2021 (từ ngày 15/12/2020 đến ngày 15/6/2021)»
    return opening[0].period


# One day of the span reported, set apart: «(Chỉ) riêng ngày 2-9, có khoảng 95.000 lượt khách»; not
# «Ngày 14/6, Ban Tổ chức … tổ chức hội nghị», the day of an event.
_ONE_DAY = re.compile(
    r"\W*(?i:(?:chỉ\s+)?riêng)\s+(?:trong\s+)?ngày\s+(\d{1,2})\s*[-/.]\s*(\d{1,2})"
    r"(?:\s*[-/.]\s*((?:19|20)\d{2}))?\s*,"
)
# The words a sentence may open with before its period: «Trong năm 2023», «Tính chung 11 tháng».
_BEFORE_OPENING = ("trong", "trong nam", "nam", "tu", "qua", "den", "tinh chung", "luy ke",
                   "tinh chung trong", "cong don")  # fmt: skip
# Whose figures a sentence gives, before their period: «Theo báo cáo của Cục Thống kê, ».
_SOURCE_FIRST = re.compile(
    r"^\s*(?i:theo (?:báo cáo|thông tin|số liệu|thống kê|kết quả)[^,.;:]{0,80},\s*"
    # «Theo UBND tỉnh, trong năm 2021, …», «Theo ông A, Giám đốc Sở B, năm 2022 …»
    r"|theo [^.;:]{1,120}?,\s*(?=(?:trong|tính|từ|đến|qua|năm|tháng|quý|\d|sáu|chín)(?!\w)))"
)


def _folded(text: str) -> str:
    return strip_accents(name_key(text))


__all__ = [
    "ReportFrame",
    "leading_period",
    "looks_back",
    "organisation_name",
    "report_frame",
]
