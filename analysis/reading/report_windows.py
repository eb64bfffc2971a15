"""The words around a number in a sentence (issue 20), as the readers of a report's numbers
look at them: the clause before it as far as a clause reaches, the few words before and
after it, folded, and whether they end or open with one of a set of phrases (an
approximation's «gần», a target's «phấn đấu»), and the unit of measure written right after
it («đảng viên», «tạ/ha»). A window, not the whole sentence, so that a run-on page of numbers
costs no time squared in its length.
"""

from __future__ import annotations

import re

from ..model.measures import AMOUNT_MEASURES, COUNT_MEASURES
from .report_mentions import NumberMention
from .report_words import (
    APPROXIMATE_WORDS,
    BUDGET_REACHED,
    CAPITAL,
    PLAN_LISTED,
    PLAN_NAMED_BEFORE,
    TARGET_WORDS,
    THRESHOLD_WORDS,
)

CLAUSE_REACH = 400


def head_of(text: str, start: int) -> str:
    """The text before `start`, as far as a clause reaches."""
    return text[max(0, start - CLAUSE_REACH) : start]


def clause_of(text: str, start: int) -> str:
    """The clause before `start`, folded to lower case, back to its ';' — one inside an open
    bracket ends no clause: «phấn đấu đạt các chỉ tiêu (tỷ lệ … 13,2%; tỷ lệ … 94%)»."""
    head = head_of(text, start)
    opened = head.rfind("(")
    if opened > head.rfind(")"):  # the clause the bracket opens in, and the bracket
        return (head[:opened].rsplit(";", 1)[-1] + head[opened:]).lower()
    return head.rsplit(";", 1)[-1].lower()


def strove(text: str) -> str:
    """The text with «phấn đấu» said of results reached set apart, as long as it was: «đã
    phấn đấu …», «phấn đấu đạt kết quả: Giá trị sản xuất … 168,2 tỷ đồng» strove and reached,
    no target set; nor is «so với chỉ tiêu phấn đấu», the stretch target a result is measured
    against."""
    return _STROVE.sub("nỗ lực  ", text)


_STROVE = re.compile(
    r"(?i)phấn đấu(?=\s+(?:và\s+)?đạt\s+(?:được\s+)?(?:những\s+|các\s+|một số\s+)?kết quả)"
    r"|(?<=đã\s)phấn đấu"
    r"|(?<=so với chỉ tiêu\s)phấn đấu|(?<=so với kế hoạch\s)phấn đấu"  # the target compared
)  # with: «đạt 89,05% so với chỉ tiêu phấn đấu lần 2, bằng 85,19% so với cùng kỳ»


def sets_targets(sentence: str) -> bool:
    """Whether a sentence aims: a target's word, then a number that is no year («Ban vận động
    đưa ra mục tiêu … đạt 8 tỷ đồng»; not «Qua 5 năm nỗ lực phấn đấu, … nhiệm kỳ 2015-2020»)."""
    sentence = strove(sentence)
    aims = _AIMS_AT.search(sentence)
    return aims is not None and _NOT_A_YEAR.search(sentence, aims.end()) is not None


_AIMS_AT = re.compile(  # «ngành nông nghiệp đặt chỉ tiêu trồng trọt 11.397,2ha»
    r"(?i)(?<!\w)(?:phấn đấu|mục tiêu|dự kiến|sẽ|(?:đặt|đề ra|giao)(?: ra)? chỉ tiêu)(?!\w)"
)
_NOT_A_YEAR = re.compile(r"(?<![\d/.,])(?<![^\W\d]-)(?!(?:19|20)\d\d(?!\d))\d")  # not «Covid-19»


def plan_named_before(text: str, start: int, before: str, after: str, last_year: bool) -> bool:
    """Whether a per cent is the share of a plan its words before name: a disbursement's
    («tỷ lệ giải ngân đạt 62%»), unless of last year's; the budget's collection («Tổng thu ngân
    sách đạt 91%»), no amount in a bracket after; a unit's in a list under the plan reached
    («đạt kế hoạch giao như: … đạt 100%»)."""
    head = head_of(text, start)
    if PLAN_NAMED_BEFORE.search(head) and not last_year:
        return True
    if BUDGET_REACHED.search(head) and not re.match(r"\s*[(/]", after):
        return True
    if (listed := PLAN_LISTED.search(head)) and listed[0].lower().startswith("so với"):
        return head.rstrip().endswith("(")  # «… so với chỉ tiêu được giao như: Tam Kỳ (16,59%)»
    return bool(listed) and ends_with_any(before, ("đạt",))


def lists_targets(sentence: str) -> bool:
    """Whether a sentence, after one that set targets, goes on listing them: it opens on the
    verb of what is to be done, with no subject and no «đã» («Mục tiêu là giảm tỷ suất sinh
    thô 0,2%. Giảm tỷ lệ sinh con thứ 3 trở lên 1%; Tổ chức phát động 30 thôn …»)."""
    return _TARGET_ITEM.match(sentence) is not None and not re.search(
        r"(?i)(?<!\w)đã(?!\w)", sentence
    )


_TARGET_ITEM = re.compile(
    r"[\s*\-+•]*(?:Phấn đấu|Giảm|Tăng|Nâng|Giữ vững|Duy trì|Phát triển|Tổ chức|Xây dựng|Hoàn thành"
    r"|Thu hút|Kết nạp|Giải quyết|Tạo việc làm|Đào tạo|Trồng|Huy động)\s"  # not «Thu … đạt»
)


def foresees(sentence: str) -> bool:
    """Whether a sentence tells what is yet to come: it opens on «Dự kiến» and a time («Dự
    kiến 6 tháng cuối năm, …»), or on «Dự kiến» and says «sẽ»; not «Dự kiến, năng suất lúa
    đạt …», an estimate of the season reported."""
    return _FORESEEN.match(sentence) is not None


# A sentence of what is yet to come: it opens on «Dự kiến» and a time, or says «sẽ».
_FORESEEN = re.compile(
    r"(?i)\W*(?:dự kiến|dự báo)\s+(?:(?:trong|đến|tới|từ|vào)\s+(?:nay\s+(?:đến|tới)\s+)?)?"
    r"(?:\d+\s+tháng cuối|cuối|hết"  # «Dự báo từ nay đến cuối năm 2025, …»
    r"|quý|năm|tháng|giai đoạn)(?!\w)|\W*(?:dự kiến|dự báo)(?!\w)[^.;]*\ssẽ\s"
)


def words_before(text: str, start: int, count: int = 3) -> str:
    """The few words before `start`, folded, ending at it ('' at the sentence's start)."""
    head = head_of(text, start).replace("(", " ").rstrip(" ").lower()
    return " ".join(head.split()[-count:])


def words_after(text: str, end: int, count: int = 3) -> str:
    return " ".join(text[end : end + 40 * count].lower().split()[:count])


def ends_with_any(words: str, phrases: tuple[str, ...]) -> bool:
    return any(words == p or words.endswith(" " + p) for p in phrases)


def starts_with_any(words: str, phrases: tuple[str, ...]) -> bool:
    """Whether `words` open with one of `phrases`, as whole words («kế hoạch;» does, «khác»
    does not open with «kh»)."""
    return any(words.startswith(p) and not words[len(p) : len(p) + 1].isalnum() for p in phrases)


def after_any(text: str, match: re.Match[str], phrases: tuple[str, ...]) -> bool:
    """Whether one of `phrases` stands within the few words before the number, in its clause
    («phấn đấu đến năm 2025 đạt trên 95%»)."""
    clause = re.split(r"[;,.:]", head_of(text, match.start()).lower())[-1]
    # what a figure before was compared with: «tăng 3,68% so với mục tiêu đề ra và tăng gần …»
    clause = re.sub(r"so với\s+(?:chỉ tiêu|mục tiêu)\s+đề ra(?=\s+(?:và|,))", " ", clause)
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", clause) for p in phrases)


def approximate(text: str, match: re.Match[str]) -> bool:
    """Whether a word before a number makes it approximate: «gần 2.100», «trên 4,5 tỷ»."""
    if by_how_much(text, match.start(), match.end()):
        return False
    return ends_with_any(words_before(text, match.start(), 2), APPROXIMATE_WORDS)


_COMPARED = re.compile(r"(?i)(?<!\w)so(?:\s+với)?\s+(?:cùng kỳ|năm|tháng|quý|kỳ|đầu năm)")


def by_how_much(text: str, start: int, end: int) -> bool:
    """Whether «nhiều hơn» or «ít hơn» before a number says by how much a count differs from
    the one it is compared with in its sentence («so với cùng kỳ năm 2022 xảy ra ít hơn 03
    vụ»), not that it is more or less than the number («có nhiều hơn 15 hộ»); «thấp hơn 5,25%
    so với chỉ tiêu», «cao hơn 2 điểm» always say by how much."""
    if re.search(r"(?i)(?<!\w)(?:cao|thấp) hơn$", words_before(text, start, 2)):
        return True
    if not re.search(r"(?i)(?<!\w)(?:nhiều|ít) hơn$", words_before(text, start, 2)):
        return False
    return bool(_COMPARED.search(head_of(text, start)) or _COMPARED.search(text, end, end + 60))


def among_targets(text: str, start: int) -> bool:
    """Whether a number stands in a list of targets its sentence sets out, past the clause
    that names them: after «phấn đấu:» («phấn đấu: Cơ cấu kinh tế …; thương mại dịch vụ
    chiếm 5%»), or in a sentence on the time ahead that aims («Nhiệm kỳ tới, Đảng bộ xã phấn
    đấu …; đến năm 2020 thu nhập bình quân đầu người đạt 45 triệu đồng; …»)."""
    head = head_of(text, start).lower()
    if re.search(
        r"(?<!\w)(?:phấn đấu|với (?:các )?mục tiêu|(?:đặt|đề|đưa) ra(?:\s+(?:một số|các|những))?"
        r"\s+(?:mục tiêu|chỉ tiêu))(?:,?\s+[^\W\d]+){0,6}\s*:",
        head,
    ):  # «phấn đấu hoàn thành các chỉ tiêu:», «với mục tiêu cụ thể: …», «đặt ra … gồm: …»
        return True
    if _NEEDED.search(head):  # «Để hoàn thành …, cần phải phát triển thêm 143.000 …; 18.683 …»
        return True
    if _AS_PLANNED.match(head) and not _DONE.search(head):  # «Theo kế hoạch năm 2024, toàn
        return True  # tỉnh trồng mới 9.100 ha rừng sản xuất; trồng rừng phòng hộ 50 ha; …»
    return bool(_AHEAD.match(head)) and re.search(r"(?<!\w)phấn đấu(?!\w)", head) is not None


# A year's plan a sentence sets out («Theo kế hoạch năm 2024, …»), not how an event is to run
# («Theo kế hoạch, tỉnh tổ chức 32 đoàn … thăm, tặng quà 675 người có công»).
_AS_PLANNED = re.compile(  # and its aims: «Mục tiêu đến năm 2025, có 100% xã …; 99% …»
    r"\W*(?:theo kế hoạch\s+năm\s+(?:19|20)\d{2}|mục tiêu(?:\s+(?:đến\s+)?năm\s+(?:19|20)\d{2})?)"
    r"\s*[,:]"
)
_DONE = re.compile(r"(?<!\w)(?:đã|đạt được|hoàn thành|thực hiện được|kết quả)(?!\w)")
_NEEDED = re.compile(r"(?<!\w)để (?:hoàn thành|đạt)[^.;]{0,80}?\scần(?: phải)?(?!\w)")
_AHEAD = re.compile(
    r"\W*(?:trong\s+)?(?:nhiệm kỳ|năm|thời gian|giai đoạn|những năm|\d+ tháng cuối năm)\s+"
    r"(?:tới|sắp tới|tiếp theo|còn lại)(?!\w)"
)


# The units of measure a count may be followed by, the longest first («tỷ đồng» before «đồng»).
_MEASURES = tuple(sorted({*COUNT_MEASURES, *AMOUNT_MEASURES}, key=len, reverse=True))


# «số» right after a count, the number of what follows it: «760/928 số tổ chức cơ sở đảng»;
# not an issue of a paper, «12 số báo», nor a number that names («số 3»).
_NUMBER_OF = re.compile(r"\s*số\s+(?!báo|tạp chí|bản tin|đặc san|\d)(?=[^\W\d])")


def measure_after(text: str, end: int) -> str | None:
    """The unit of measure written right after a number («9.728/9.897 đảng viên đăng ký» ->
    «đảng viên»), as written; None when what follows is no known unit («05 nguyên tắc»)."""
    after = text[end : end + 240].lstrip()  # a window: a run-on page costs no time squared
    if re.search(r"\d\s*$", text[max(0, end - 20) : end]) and (named := _NUMBER_OF.match(after)):
        after = after[named.end() :]  # «760/928 số tổ chức cơ sở đảng», not «một số»
    folded = re.sub(r"^t[ỷỉ] lệ", "rate", after.lower())  # «tổ dân phố 7 tỷ lệ …»: no «tỷ»
    if _COMPOUND.match(folded):  # «32.400 căn cước công dân» counts no «căn»
        return None
    if re.match(r"(?:‰|%[o0])(?!\w)", folded):  # «tỷ suất sinh 17,15%o», «8,8%0»: per mille
        return "‰"
    for measure in _MEASURES:
        if folded.startswith(measure) and not folded[len(measure) : len(measure) + 1].isalnum():
            per = _PER.match(after, len(measure))  # «tạ/ha», «triệu đồng/người/năm»
            return after[: per.end() if per else len(measure)]
    if abbreviated := _ABBREVIATION.match(after):  # «14 CĐ cơ sở», «53 CNVC-LĐ»
        return abbreviated[0]
    return None


def measure_named_before(text: str, start: int) -> str | None:
    """The unit a bare count's label names before it: «Tổng số đảng viên hiện nay là 379» ->
    «đảng viên»; None when its clause names none («Số lượng: 12»)."""
    head = text[max(0, start - 80) : start]
    bracket = re.search(r"\(\s*((?-i:[^\W\d_A-ZĐ]+)(?:\s+[^\W\d_]+)?)\s*\)\s*:\s*$", head)
    if bracket and not re.match(_NOT_MEASURED, bracket[1]):  # «Số bác sỹ … (người): 15»
        return bracket[1]
    if re.search(r":\s*$", head) and (listed := _LISTED_UNDER.search(text, 0, start)):
        return measure_after(listed[0], listed.start(1) - listed.start())  # «… tập trung vào các
        # vi phạm: những điều đảng viên không được làm: 15 (20,2%); phẩm chất …: 14 (18,9%)»
    labelled = re.search(r":\s*$", head) is not None  # «số nhiệm vụ đang tiếp tục triển khai
    clause = head if labelled else re.split(r"[,;:()]", head)[-1]  # thực hiện: 99/186»
    label = list(re.finditer(r"(?i)(?<!\w)(?<!dân )số(?:\s+lượng)?\s+", clause))
    if not label or re.search(r"\d", clause[label[-1].end() :]):
        return None
    measure = measure_after(clause, label[-1].end())
    tail = clause[label[-1].end() + len(measure or "") :].split()
    return measure if measure and len(tail) <= (8 if labelled else 5) else None


# A list whose head names what each labelled item counts: «các vi phạm: A: 15 (20,2%); B: 14».
_LISTED_UNDER = re.compile(
    r"(?i)(?<!\w)(?:các|những)\s+([^\W\d]+(?:\s+[^\W\d]+)?)\s*:(?:[^.:;]{1,120}:\s*\d[^.;]*;\s*)*"
    r"[^.:;]{1,120}:\s*$"
)


# A bracket before a label's colon that says not what is counted: «Thu ngân sách (ước): 12».
_NOT_MEASURED = r"(?i)(?:ước|dự kiến|kế hoạch|kh|lũy kế|luỹ kế|sơ bộ|tạm tính|gồm|trong đó)(?!\w)"


# Words that open on a unit's word and are another thing: «căn cước», «hộ chiếu», «vụ mùa».
_COMPOUND = re.compile(
    r"(?:căn cước|hộ chiếu|hộ khẩu|hộ tịch|vụ (?:mùa|đông|hè|xuân)|vị trí|đồng hồ"  # a meter
    r"|giải (?:ngân|quyết|phóng|thể|trình|đáp))(?!\w)"  # «Tiểu dự án 2 giải ngân»: no prizes
)


def counted_words(text: str, end: int) -> str | None:
    """What a count counts when no known unit follows it: the one or two lower-case words
    right after it that no clause's small word opens («1.941 dịch vụ hành chính công» ->
    «dịch vụ», «366 trạm, cột» -> «trạm», «04/08 lĩnh vực có chỉ số» -> «lĩnh vực»); None
    after a small word («12 và …»), a name or a sign."""
    words = []
    named = re.search(r"\d\s*$", text[:end]) and _NUMBER_OF.match(text, end)  # «tăng 2.417 số
    # đối tượng»: the number of them; «một số đơn vị» is some of them
    end = named.end() if named else end
    for word in re.findall(r"\S+", text[end : end + 40])[:2]:
        bare = word.rstrip(",.;:)…")
        if not bare or not bare.isalpha() or not bare.islower() or bare in _NOT_COUNTED:
            break
        words.append(bare)
        if bare != word:  # a comma or a stop closes it
            break
    return " ".join(words) or None


# Words that open no unit of measure: a clause's small words, verbs of a figure, time.
_NOT_COUNTED = frozenset(
    re.findall(
        r"\S+",
        "đạt được có là của và với so trên dưới tại trong cho thì đã đang sẽ tăng giảm chiếm "
        "thuộc gồm theo từ đến tới về ra vào bằng hơn gần khoảng còn như mà nhưng hoặc hay tương "
        "ứng trở lên xuống này đó các những mỗi một năm tháng ngày quý giờ phút tuần thứ ở nên "
        "lần lượt cùng kỳ nhằm để do bởi qua sau trước khi nếu thêm nữa vượt chỉ riêng mới",
    )
)


# What a count counts, written short in capitals: «CĐ», «CNVC-LĐ», «HTX».
_ABBREVIATION = re.compile(
    rf"(?!(?:TP|TX|TT|UBND|HĐND)(?!\w)){CAPITAL}{{2,7}}(?:-{CAPITAL}{{1,5}})?(?!\w)"
)
# What a unit of measure is per («tạ/ha», «đồng/người/năm»); not a list's next item after a
# slash («đúng hạn 11817 hồ sơ/trễ hạn 1448 hồ sơ»).
_PER = re.compile(
    r"(?:/[^\W\d_]+(?:[23²³](?!\d))?(?![^\W\d_])){1,2}(?!\s+(?:[^\W\d_]+\s+)?\d)"
)  # «đồng/m2»


# A bound a class of units is said to lie within, not a figure: the class said first.
_GROUP_BOUND = re.compile(
    r"^\W*(?:các|những)\s[^;.\d%]{0,60}?(?<!\w)(?:dưới|từ)\s*$"  # not «Các xã đạt trên 95%»
    r"|(?<!\w)nhóm[^;.\d%]{0,30}?(?<!\w)(?:dưới|trên|từ)\s*$"
    # so many units whose figure is past a bound: «5 nhà xuất bản có doanh thu trên 100 tỷ đồng»;
    # not a month's: «tháng 7 đã có trên 2.400 người»
    r"|(?<![\d.,])(?<![Tt]háng )(?<![Qq]uý )(?<![Nn]gày )(?<![Nn]ăm )(?<![Tt]uần )"
    r"\d{1,3}\s+(?:[^\W\d]+\s+){1,3}(?:có|đạt)\s+(?:(?!\svà\s)[^;.,\d%]){0,30}?(?<!\w)"
    r"(?:trên|dưới|từ|hơn|trong khoảng)\s*$"
)


_CLASS_ABOVE = re.compile(r"^\W*(?:các|những)\s[^;.\d%]{0,60}?(?<!\w)(?:trên|hơn)\s*$", re.I)
_MEMBERS_NEXT = re.compile(r"\s*%?\s*,?\s*(?:gồm(?: có)?|là|như)(?!\w)")


# A rate, then the target it passed by so much: «đạt tỷ lệ 99,3%, vượt chỉ tiêu đề ra 4,3%».
_EXCEEDED_BY = re.compile(r"(?i)\d\s*%\s*,\s*vượt\s+(?:chỉ tiêu|kế hoạch)\s+đề ra\s*$")


def class_bound(text: str, match: re.Match[str]) -> bool:
    """Whether a number bounds a class of units said first, not a figure: «Các tỉnh thành còn
    lại đạt tỷ lệ dưới 50%», «5 nhà xuất bản có doanh thu trên 100 tỷ đồng»."""
    return bool(_GROUP_BOUND.search(clause_of(text, match.start())))


def targeted(text: str, match: re.Match[str]) -> bool:
    """A target set, not a figure reached: after «phấn đấu», «sẽ» or «đặt mục tiêu» in the
    same clause up to a ';' («phấn đấu đạt trên 98% hộ …, 100% tổ …»), right after the words
    naming a target («chỉ tiêu Nghị quyết là 95%»), or before «trở lên»."""
    if _EXCEEDED_BY.search(head_of(text, match.start())):
        return False  # «đạt tỷ lệ 93,4%, vượt chỉ tiêu đề ra 3,4%»: by how much, a figure
    if aimed_in(clause_of(text, match.start())) or after_any(text, match, THRESHOLD_WORDS):
        return True
    if _GROUP_BOUND.search(clause_of(text, match.start())):  # «Các tỉnh thành còn lại đạt tỷ
        return True  # lệ dưới 50%», «… thuộc nhóm thấp nhất, dưới 10%»: a class's bound
    if _CLASS_ABOVE.search(clause_of(text, match.start())) and _MEMBERS_NEXT.match(
        text, match.end()
    ):  # «Các trường cao trên 95% gồm có Trường …»: the class its members are listed in
        return True
    if ends_with_any(words_before(text, match.start(), 5), TARGET_WORDS):
        return True
    if _aims(text, match) or _quota(text, match) or _aims_carried(text, match):
        return True
    if re.search(r"(?i)(?<!\w)so với\s*$", text[max(0, match.start() - 12) : match.start()]) and (
        re.match(r"\s*%?\s*(?:chỉ tiêu|kế hoạch|mục tiêu)(?!\w)", text[match.end() :])
    ):  # «giảm 3% so với 1,8% chỉ tiêu»: what the change is measured against
        return True
    return at_least(text, match)


def _aims_carried(text: str, match: re.Match[str]) -> bool:
    """A clause past a «;» that goes on with the aim before it, its verb first: «thành phố phấn
    đấu giảm 0,2% tỷ lệ hộ nghèo …; giảm 0,22% tỷ lệ hộ nghèo dân tộc thiểu số»."""
    head = head_of(text, match.start())
    if ";" not in head:
        return False
    before, clause = head.rsplit(";", 1)
    verb_first = re.match(r"\s*(?:giảm|tăng|đạt|nâng|duy trì|giữ vững|hoàn thành)(?!\w)", clause)
    return verb_first is not None and _AIMED.search(before.lower()) is not None


def at_least(text: str, match: re.Match[str]) -> bool:
    """A bound, before «trở lên» or «trở xuống», its measure maybe between: «từ 35,3 điểm trở
    lên», «(90 điểm trở lên)», «kết nạp 2.200 đảng viên trở lên»; or after a sign that bounds
    it, as criteria and classes write them: «từ các nguồn ≥ 95%», «vụ nhỏ (<30 người mắc/vụ)»."""
    if re.search(r"[≥≤⩾⩽<>]=?\s*$", text[max(0, match.start() - 4) : match.start()]):
        return True
    after = words_after(text, match.end(), 4).split()
    return any(
        starts_with_any(" ".join(after[skip:]), ("trở lên", "trở xuống"))
        and not any(re.search(r"[,;:.()]", w) or w[:1].isdigit() for w in after[:skip])  # «m2»
        for skip in range(3)
    )


# A sentence of targets: it opens with «phấn đấu» («Trong đó, phấn đấu tỷ lệ … đạt 71%; …; 100%
# hộ …»); a clause that names the plan's own size («Kế hoạch năm 2017 là 7.314,3 tỷ đồng»).
_AIMS = re.compile(
    r"(?i)^\W*(?:(?:trong đó|đồng thời|ngoài ra|năm \d{4}|giai đoạn[^,]{0,20})\W+)*"
    r"(?:[^\W\d][^\d,;:.]{0,40}\s)?phấn đấu(?!\w)"  # «Tỉnh phấn đấu …», a subject before
)
_PLAN_SIZE = re.compile(  # and after «/»: «tỷ lệ xã đạt chuẩn 79,3%/ chỉ tiêu 80%»
    r"(?i)(?:^|[,;:(/])\s*(?:tổng\s+)?(?:kế hoạch|kh|dự toán|chỉ tiêu|mục tiêu)(?:\s+(?:vốn"
    r"(?:\s+đầu tư(?:\s+công)?)?|năm|giao|được|giao là|của|tỉnh|huyện|\d{4}))*\s*(?:là|:)?"
    r"(?:\s*(?:dưới|trên|tối thiểu))?\s*$"  # «Tổng kế hoạch vốn đầu tư công năm 2023 là»
)


# A body whose name holds a plan's word: «Bộ Kế hoạch và Đầu tư», «Phòng Tài chính - Kế hoạch».
_PLAN_IN_NAME = re.compile(r"Kế hoạch\s*(?:và|-|–|&)\s*Đầu tư|Tài chính\s*(?:-|–|và)\s*Kế hoạch")


# The capital assigned, the plan's size: «tổng số vốn được giao là hơn 68.634 tỉ đồng».
_ASSIGNED_SPLIT = re.compile(
    r"(?i)(?<!\w)(?:vốn|dự toán)\s+(?:được\s+)?giao\s+(?:là\s+)?[\d.,]+\s+[^\W\d]+(?:\s+đồng)?"
    r"\s*[;,]?\s*trong đó(?!\w)"
)
_CAPITAL_ASSIGNED = re.compile(  # «tổng thu ngân sách dự toán giao là 228,7 tỷ đồng»
    r"(?i)(?<!\w)(?:vốn|dự toán)\s+(?:được\s+)?giao\s+(?:là\s+)?(?:(?:hơn|gần|trên|khoảng)\s+)?$"
)


def _aims(text: str, match: re.Match[str]) -> bool:
    head = _PLAN_IN_NAME.sub("cơ quan", head_of(text, match.start()))
    if re.search(r"(?i)(?:kế hoạch|chỉ tiêu|dự toán)(?:\s+\w+){0,5}\s*\(\s*$", head):
        return True  # «đạt 35% chỉ tiêu năm (20 đảng viên)»: the plan's size
    if re.search(
        r"(?i)so với (?:kế hoạch|chỉ tiêu|dự toán|mục tiêu)(?!\w)[^;%():]{0,160}\(\s*$", head
    ):  # not a list's item after it: «… so với chỉ tiêu được giao như: Phú Ninh (12,1%)»
        return True  # «thấp hơn 5,25% so với chỉ tiêu được giao tại Quyết định số … (91,5%)»
    if _CAPITAL_ASSIGNED.search(head) or _ASSIGNED_SPLIT.search(head):  # «so với tổng số vốn
        return True  # được giao là hơn 68.634 tỉ đồng»; «… giao là 228,7 tỷ đồng; trong đó …»
    if re.search(r"(?i)\(\s*(?:kế hoạch|kh|chỉ tiêu|mục tiêu|nghị quyết|nq)(?!\w)[^()]*$", head):
        return True  # «(KH dưới 0,8%, giảm 01 hộ)»: all the bracket is the plan
    if among_targets(text, match.start()):  # «phấn đấu: …; thu nhập … 13 triệu đồng»
        return True
    return bool(_AIMS.match(text)) or bool(_PLAN_SIZE.search(head) and head.strip())


_AIMED = re.compile(
    r"(?<!\w)(?:(?i:phấn đấu)|sẽ|kế hoạch (?:tổ chức|thực hiện|triển khai)"
    r"|có kế hoạch(?=[^,;]*$)"  # «có kế hoạch trồng mới 1.970ha», not «…, đã trồng 1.257 ha»
    r"|(?:đưa ra|đặt ra|đề ra|đặt)(?: các| những)? (?:mục tiêu|chỉ tiêu|kế hoạch|chương trình)"
    r"|^\W*mục tiêu(?:\s+(?:đạt\s+)?(?:đến\s+)?(?:năm\s+\d{4}|tháng\s+\d{1,2}/\d{4}))?"
    r"\s*(?:[,:]|là(?!\w)|đạt(?!\w))"  # «Mục tiêu năm 2024, …», «Mục tiêu năm 2023 đạt 84%»
    r"|để (?:hoàn thành|đạt)[^;]{0,80}?\scần(?: phải)?"  # «…, toàn tỉnh cần phải …»
    r"|^\W*(?i:để) (?:hoàn thành|đạt)(?: được)? (?:mục tiêu|chỉ tiêu|kế hoạch)"  # «Để đạt mục
    r"(?=(?:[^,;(]|,\d)*(?:\([^)]*)?$)"  # not «Để hoàn thành kế hoạch, huyện đã huy động …»
    r"|dự kiến (?:đến )?(?:cuối|hết) năm"  # «dự kiến cuối năm 2015 đạt 70%»: a forecast
    r"|dự kiến(?!\s+được)(?=[^,;]*$)(?![^,;]*(?<!\w)đạt(?!\w)))(?!\w)"  # «dự kiến sản xuất
    # trên 4.300 ha»: a plan; not «Sản lượng dự kiến đạt khoảng 87.400 tấn», the harvest's
    # estimate, nor «dự kiến được phân bổ 5.590 tỷ đồng», an allocation
)  # not «với mục tiêu …»; «đề ra các mục tiêu, nhiệm vụ trọng tâm: Phấn đấu …»


def aimed_in(clause: str) -> bool:
    """Whether a clause sets an aim the figures after it are, not one it says was reached
    since: «xây dựng các chương trình, kế hoạch triển khai nhiệm vụ … đạt nhiều hiệu quả tích
    cực như: giúp đỡ 270 ngày công cho 229 gia đình» reached them."""
    aims = list(_AIMED.finditer(clause))
    return bool(aims) and not _REACHED_SINCE.search(clause, aims[-1].end())


_REACHED_SINCE = re.compile(
    r"(?<!\w)(?:đạt|đạt được|mang lại|thu được|có)\s+(?:\S+\s+){0,3}?(?:kết quả|hiệu quả)(?!\w)"
)


def _part_of_an_aim(text: str, start: int) -> bool:
    """Whether a count is listed after «; trong đó» under a whole aimed at: «Công ty sẽ điều
    tiết cấp nước tưới cho 23.711,62 ha; trong đó, cây lúa 13.186,31 ha; cây màu …»."""
    head = head_of(text, start)
    split = head.lower().rfind("trong đó")
    if split < 0 or re.search(r"[.!?]\s", head[split:]):
        return False
    whole = head[:split].rstrip(" ,;:(").rsplit(";", 1)[-1]  # the clause of the whole
    return _AIMED.search(whole.lower()) is not None


def aimed_at(text: str, match: re.Match[str]) -> bool:
    """A count aimed at, not reached: after «phấn đấu», «sẽ» («sẽ triển khai thêm 15 đợt»),
    «kế hoạch tổ chức» or «đưa ra mục tiêu» in its clause; in a sentence of targets."""
    if aimed_in(clause_of(text, match.start())) or _part_of_an_aim(text, match.start()):
        return True
    if ends_with_any(words_before(text, match.start(), 2), ("mốc", "ngưỡng", "ít nhất")):
        return True  # «vượt mốc 1 tỷ USD»: a milestone passed; «giúp ít nhất 3.000 hộ»
    return _aims(text, match) or _quota(text, match)


# A quota handed down: «được giao chỉ tiêu tuyển chọn, gọi 78 công dân», «giao hơn 6.000 chỉ
# tiêu tuyển chọn, trong đó Quân đội hơn 5.300 chỉ tiêu»; what was done against it comes after
# a word of reaching («…, đã giao 78 công dân, đạt 100%»).
_QUOTA = re.compile(  # and a quota allotted or named as such: «được phân bổ chỉ tiêu kết nạp
    # … với 489 đảng viên», «Đảng bộ TP.Tam Kỳ chỉ tiêu phát triển 150 đảng viên mới; …»
    r"(?<!\w)(?:giao|phân bổ)(?:\s+\S+){0,4}?\s+chỉ tiêu(?!\w)"
    r"|(?<!\d)(?<!\d\s)chỉ tiêu\s+(?:toàn tỉnh\s+)?(?:phát triển|kết nạp|tạo|giải quyết|tuyển)"
    # a plan drawn up: «xây dựng kế hoạch thành lập mới 3.000 doanh nghiệp»
    r"|(?<!\w)(?:xây dựng|đề ra|đặt ra|ban hành) kế hoạch(?:\s+(?!và\s|rồi\s)[^\W\d]+){1,5}\s*$"
)
# A target named, then what it is: «chỉ tiêu kế hoạch Quốc hội thông qua là 0,3», «kế hoạch
# được Bộ … đặt ra là đưa từ 125.000 lao động»; not «kết quả thực hiện kế hoạch là 95%».
_TARGET_IS = re.compile(
    r"(?i)(?<!\w)(?<!thực hiện )(?:chỉ tiêu|mục tiêu|kế hoạch|dự toán)(?!\w)(?!\s+quốc gia)"
    r"((?:[^\d,;.]|(?<!\d)(?:19|20)\d{2}(?!\d)){0,80}?)\s"  # «kế hoạch vốn … năm 2022 là»
    r"(?:là|đặt ra là)(?:\s+(?:đưa|đạt|tuyển|giải quyết|khoảng|trên|từ|gần|hơn))*\s*$"
)
_REACHED = re.compile(r"(?<!\w)(?:đạt|hoàn thành|vượt|bằng|thực hiện được|đã|kết quả)(?!\w)")


def _quota(text: str, match: re.Match[str]) -> bool:
    clause = clause_of(text, match.start())
    if re.search(r"(?<!\w)giao(?:\s+hơn)?\s*$", clause) and starts_with_any(
        words_after(text, match.end(), 2), ("chỉ tiêu",)
    ):
        return True  # «được giao hơn 6.000 chỉ tiêu tuyển chọn»
    found = list(_QUOTA.finditer(clause))
    if found and not _REACHED.search(clause, found[-1].end()):
        return True
    named = _TARGET_IS.search(clause)  # «chỉ tiêu xuất khẩu lao động là 1.700 người»
    if named and not _REACHED.search(named[1]):
        return True
    # an item after the quota's clause, a name and its number: «…; Hội An 110; Điện Bàn 150»
    head = head_of(text, match.start())
    first = head.rsplit(".", 1)[-1].split(";", 1)[0].lower()
    raw = head.rsplit(";", 1)[-1]
    listed = ";" in head and re.fullmatch(rf"\s*{CAPITAL}[^;,\d]{{0,40}}", raw) is not None
    listed = listed and not re.search(r"(?i)(?<!\w)(?:đã|giao|đạt|được|là|có)(?!\w)", raw)
    return listed and any(not _REACHED.search(first, q.end()) for q in _QUOTA.finditer(first))


def unsaid_measure(
    text: str, every: list[NumberMention], index: int, kind: str, whole_at: int | None
) -> str | None:
    """A count's unit when none follows it: for a part, its whole's («63 đảng viên (khiển
    trách 15, cảnh cáo 20, …)», «60 đảng viên, trong đó 40 nam»), unless it names a thing of
    its own after it («266 lượt cơ sở (gồm …; 53 hồ bơi, …)»: none here, the words after it
    later, with a doubt); else the one its label names («Tổng số đảng viên hiện nay là 379»)."""
    if kind == "phần" and whole_at is not None and every[whole_at].measure:
        named = (every[index].counted or "").split()
        return None if named and named[0] not in _OF_THE_WHOLE else every[whole_at].measure
    return measure_named_before(text, every[index].start)


# Words after a part's count that say which of the whole's, not what else it counts.
_OF_THE_WHOLE = frozenset({"nam", "nữ", "trai", "gái", "mới", "cũ", "khác", "còn", "đạt", "chưa"})


def changed_in_bracket(text: str, start: int) -> bool:
    """Whether a percentage in a bracket after «tăng so với cùng kỳ …» is by how much it rose
    («giá trị sản xuất tăng khá so với cùng kỳ năm 2016 (12,25%)»), not the rate then, which a
    clause with a rate of its own before compares with («đạt 90%, tăng so với năm 2023
    (84,74%)»)."""
    if not re.match(r"[\d.,]+\s*%", text[start:]) or not text[:start].rstrip().endswith("("):
        return False
    clause = re.split(r"[;.]\s", text[max(0, start - 160) : start])[-1]
    changed = _CHANGED_SINCE.search(clause)
    return changed is not None and "%" not in clause[: changed.start()]


# The change's words, what it is compared with, then its bracket.
_CHANGED_SINCE = re.compile(
    r"(?i)(?<!\w)(?:tăng|giảm)(?:\s+(?:khá|mạnh|nhẹ|nhiều|đáng kể))?\s+so với\s+"
    r"(?:cùng kỳ|năm|kỳ|tháng|quý)[^()%;]{0,30}\(\s*$"
)


__all__ = [
    "CLAUSE_REACH",
    "after_any",
    "aimed_at",
    "among_targets",
    "approximate",
    "at_least",
    "changed_in_bracket",
    "class_bound",
    "clause_of",
    "counted_words",
    "ends_with_any",
    "foresees",
    "head_of",
    "lists_targets",
    "measure_after",
    "measure_named_before",
    "plan_named_before",
    "sets_targets",
    "starts_with_any",
    "strove",
    "targeted",
    "unsaid_measure",
    "words_after",
    "words_before",
]
