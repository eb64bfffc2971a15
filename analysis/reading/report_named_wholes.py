"""The parts of a whole that words name in a written report's sentence (issue 20), not a
list after «trong đó»: the counts after a whole the sentence opens on («Trong số 105 người
ứng cử, … 66 đại biểu»), each sanction after a count of those disciplined («kỷ luật 313
đảng viên, khai trừ Đảng 45 trường hợp»), and the counts in a bracket right after a count
that split it («63 đảng viên (khiển trách 15, cảnh cáo 20, …)»).

Pure functions over one sentence's numbers: no file is opened here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from ..model.measures import counted_among
from .report_mentions import COUNTED, OTHER_PERIOD, NumberMention


def named_wholes(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Each count marked as a part of the whole its sentence's words name: a bracket's split,
    the whole the sentence opens on, those disciplined."""
    return _forms_of(text, _among(text, _bracketed_parts(text, list(found))))


# A sentence that opens on a whole, maybe after a few words that say what about: «Trong số
# 105 người ứng cử, …», «Về cơ cấu, trong 6 đại biểu Quốc hội trúng cử có 2 nữ».
_AMONG = re.compile(  # a year among those words: «Kỳ thi tốt nghiệp THPT năm 2022, trong số …»
    r"(?i)\W*(?:[^\W\d]+(?:\s+(?:[^\W\d]+|(?:19|20)\d\d)){0,9},\s*){0,2}"
    r"(?:trong|đối với|với)(?: số| tổng số)?\s*(?:(?:hơn|gần|khoảng|trên)\s+)?"
)  # «Trong hơn 35.800 văn bản tiếp nhận, … phát hiện hơn 4.300 văn bản sai luật»


def _among(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """«Trong 85 vụ việc đã giải quyết, có 7 vụ việc … hoà giải, có 12 vụ … tái khiếu»: the
    counts after a whole the sentence opens with «Trong (số)», «Đối với» or «Với» («Với 27
    chỉ tiêu …, đã có 26 chỉ tiêu đạt») are its parts, while they count its thing within it."""
    marked = list(found)
    for index, whole in enumerate(found):
        if whole.kind != "count" or not _AMONG.fullmatch(text[: whole.start]):
            continue
        for later in range(index + 1, len(found)):
            mention = found[later]
            if mention.kind != "count" or mention.role != "level" or mention.part_of is not None:
                continue
            if (mention.value or 0) > (whole.value or 0) or (
                mention.measure and whole.measure
                and mention.measure.split()[0].lower() != whole.measure.split()[0].lower()
                and not counted_among(mention.measure, whole.measure)
            ):  # fmt: skip
                break  # «Trong tổng số 2.055 đảng viên …, có gần 1.400 trường hợp …» goes on
            if later > index + 1 and _SUB_WHOLE.search(text, found[later - 1].end, mention.start):
                break  # «…, đã có 85 người trúng cử, trong đó có 19 nữ»: of the 85, not the 141
            if _named_class(text, whole) and _named_class(text, mention):
                break  # «Với tổng số 6 Huy chương Vàng, 1 Huy chương Bạc …»: classes side by side
            marked[later] = replace(mention, part_of=index)
        break
    return marked


_SUB_WHOLE = re.compile(r"(?i)(?<!\w)trong (?:số )?đó(?!\w)")


def _named_class(text: str, mention: NumberMention) -> bool:
    """Whether a count's thing is a class it names capitalised after its measure: «6 Huy
    chương Vàng», «2 Bằng khen»; so many of one class, none of another."""
    measure = mention.measure or ""
    words = text[mention.end :].split()
    measured = " ".join(words[: len(measure.split())])
    return (
        bool(measure)
        and measured == measure
        and len(words) > len(measure.split())
        and (words[len(measure.split())][:1].isupper())
    )


# The forms a whole takes, which split it: those disciplined by their sanction.
_DISCIPLINED = re.compile(r"(?i)(?<!\w)kỷ luật(?:\s+(?:đối với|với|được))?\s*$")
_SANCTION = re.compile(
    r"(?i)(?<!\w)(?:khiển trách|cảnh cáo|cách chức|giáng chức|bãi nhiệm|giải tán|"
    r"khai trừ(?:\s+(?:ra\s+khỏi\s+)?đảng)?|xo[áa] tên|đình chỉ(?:\s+sinh hoạt(?:\s+đảng)?)?)"
    r"(?:\s+(?:đối với|là|có))?\s*[:]?\s*$"
)


def _forms_of(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """«đã thi hành kỷ luật 313 đảng viên (…), khai trừ Đảng 45 trường hợp, cách chức 6 …»:
    the counts of each sanction after a count of those disciplined are its parts, while they
    stay within it."""
    marked = list(found)
    for index, whole in enumerate(found):
        if (
            whole.kind != "count"
            or whole.role != "level"
            or whole.value is None
            or not _DISCIPLINED.search(text[max(0, whole.start - 30) : whole.start])
        ):
            continue
        so_far = Decimal(0)
        for later in range(index + 1, len(found)):
            mention = marked[later]
            if mention.kind != "count" or mention.role != "level" or mention.part_of is not None:
                continue
            if not _SANCTION.search(text[max(0, mention.start - 40) : mention.start]):
                break
            so_far += mention.value or 0
            if so_far > whole.value:
                break
            marked[later] = replace(mention, part_of=index)
    return marked


def _bracketed_parts(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """The counts in a bracket opened right after a level count are its parts when they add
    up to it, or when they count the same thing and each is less («16.794 đảng viên (có
    2.896 đảng viên là cấp ủy viên)»)."""
    marked = list(found)
    for index, whole in enumerate(found):
        if whole.kind not in COUNTED or whole.role != "level" or whole.value is None:
            continue
        opened = re.match(r"[^\d();.]{0,40}?\(", text[whole.end :])  # not past its own ')'
        if opened is None:
            continue
        start = whole.end + opened.end()
        if OTHER_PERIOD.match(text, start - 1):  # «1.250 người (năm 2015 là 1.100 người)»
            continue  # the same count at another period, no part of it
        stop = text.find(")", start)
        stop = len(text) if stop == -1 else stop
        inside = [
            i for i, m in enumerate(found)
            if start <= m.start < stop and m.kind == "count" and m.role == "level"
        ]  # fmt: skip
        if not inside:
            continue
        total = sum((found[i].value or Decimal(0)) for i in inside)
        same = all(
            found[i].measure == whole.measure and (found[i].value or 0) < whole.value
            for i in inside
        )
        if (len(inside) >= 2 and total == whole.value) or same:
            for i in inside:
                marked[i] = replace(found[i], part_of=index)
    return marked


__all__ = ["named_wholes"]
