"""The counts a report's sentence writes in words: «được tám dự án», «có hai xã đạt chuẩn».
Not a number word that names or says something else: a place («Huyện Năm Căn»), an article
(«là một việc»), the year («trong năm phường …»: over the year), both or between («cả hai chỉ
tiêu», «giữa hai kỳ họp»), a prize («giải ba»), a digit idiom («hai con số»), an amount spelled
out in words («Mười ba tỷ, năm trăm linh ba triệu đồng»), units ranked («Ba bộ có … thấp
nhất gồm:») or units named before («Hai trường mầm non này …»). Part of telling figures from
the numbers that are not (issue 20).

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .report_number_kinds import NAMED_BEFORE, ranked_units
from .report_windows import ends_with_any, measure_after, words_before
from .report_words import places_named

_WORD_NUMBERS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                 "chín": 9, "mười": 10}  # fmt: skip
_WORD_COUNT = re.compile(r"(?i)(?<!\w)(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?!\w)")
_SPELLED = re.compile(r"(?i)\s*,?\s*(?:mươi|trăm|linh|lẻ|tỷ|tỉ|triệu|nghìn|ngàn)(?!\w)")
_SPELLED_BEFORE = re.compile(r"(?i)(?<!\w)(?:mười|mươi|trăm|linh|lẻ)\s+$")
_COUNTED_BY = ("có", "gồm", "và", "được", "giảm", "tăng")  # «có một xã», «giảm một em»
_OVER_THE_YEAR = ("trong", "cả", "hằng", "hàng", "mỗi", "của")  # «trong năm phường …»
_RANKED_AFTER = re.compile(
    r"(?:\s+[^\W\d]+){1,6}?\s+(?:chủ lực|lớn nhất|hàng đầu|trọng điểm|chủ yếu|đứng đầu|dẫn đầu"
    r"|cao nhất|nhiều nhất)(?!\w)"
)
_NO_COUNT_AFTER = ("cả", "giữa", "giải")  # «cả hai chỉ tiêu», «giữa hai kỳ họp», «giải ba»


def word_counts(text: str) -> Iterator[tuple[re.Match[str], Decimal]]:
    """Each count `text` writes in words, with its value, in order."""
    for match in _WORD_COUNT.finditer(text):
        word = match.group(0).lower()
        before = words_before(text, match.start(), 1)
        named = text[match.end() :].lstrip()[:1].isupper()  # «Huyện Năm Căn»: a place's name
        article = word == "một" and not ends_with_any(before, _COUNTED_BY)
        year = word == "năm" and ends_with_any(before, _OVER_THE_YEAR)
        idiom = re.match(r"\s+con số(?!\w)", text[match.end() :]) is not None
        spelled = _SPELLED.match(text, match.end()) or _SPELLED_BEFORE.search(
            text, max(0, match.start() - 12), match.start()
        )
        among = ends_with_any(
            words_before(text, match.start(), 3), ("một trong", "một trong số")
        ) and _RANKED_AFTER.match(text, match.end())
        if (
            named
            or among  # «là một trong bốn sản phẩm chủ lực»: the group's size
            or article
            or year
            or idiom
            or spelled
            or ends_with_any(before, _NO_COUNT_AFTER)
            or ranked_units(text, match)
        ):
            continue
        if NAMED_BEFORE.match(text, match.end()) or places_named(
            text, match.start(), match.end(), _WORD_NUMBERS[word]
        ):
            continue  # «Hai trường mầm non này …»: named before; «Công an hai huyện A và B»
        if measure_after(text, match.end()) not in (None, "năm"):
            yield match, Decimal(_WORD_NUMBERS[word])


__all__ = ["word_counts"]
