"""Amounts a written report writes in two scales (issue 20): billions and millions of đồng
(«141 tỷ 700 triệu đồng», «6 tỷ 310 triệu cho 370 hộ vay», «7 nghìn 570 tỷ 186 triệu»),
thousands of billions («107 nghìn 700 tỷ đồng») and millions and thousands of things («Đàn gia
cầm 7 triệu 520 nghìn con»), each read as one amount.

Pure functions over one sentence: no file is opened here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .report_mentions import MentionKind
from .report_number_kinds import number_value
from .report_windows import aimed_at, approximate


def amounts_in_words(text: str) -> Iterator[tuple[re.Match[str], MentionKind, dict[str, object]]]:
    """Amounts written in two scales: «141 tỷ 700 triệu đồng», «7 triệu 520 nghìn con»."""
    for match in _BILLIONS_AND_MILLIONS.finditer(text):  # «Tổng kế hoạch vốn … là 251 tỷ 613
        planned: MentionKind = "threshold" if aimed_at(text, match) else "count"  # triệu»
        yield match, planned, {  # «6 tỷ 310 triệu cho 370 hộ vay»: money, said or not
            "value": _billions_value(match), "approximate": approximate(text, match),
            "measure": "tỷ đồng" if match[4] else "triệu đồng",
        }  # fmt: skip
    for match in _MILLIONS_AND_THOUSANDS.finditer(text):  # «Đàn gia cầm 7 triệu 520 nghìn con»
        millions, thousands = (match[1], match[2]) if match[1] else (match[3], match[4])
        value = number_value(millions) * 1_000_000 + number_value(thousands) * 1000
        yield match, "count", {"value": value, "approximate": approximate(text, match)}


# An amount in billions and millions, read in millions: «141 tỷ 700» before «triệu đồng».
_BILLIONS_AND_MILLIONS = re.compile(  # and thousands of billions: «7 nghìn 570 tỷ 186 triệu»
    r"(?<![\d.,])(?:(\d{1,3})\s+(?:nghìn|ngàn)\s+)?(\d{1,3}(?:\.\d{3})*)\s+(?:tỷ|tỉ)"
    r"\s+(\d{1,3}(?:,\d+)?)\s+triệu(?:\s+đồng)?(?!\w)"  # «5 tỷ 298,2 triệu»
    r"|(?<![\d.,])(\d{1,3})\s+(?:nghìn|ngàn)\s+(\d{3})(?=\s+(?:tỷ|tỉ)\s+đồng(?!\w))"
)  # «107 nghìn 700 tỷ đồng»


def _billions_value(match: re.Match[str]) -> Decimal:
    """An amount in billions and millions in triệu đồng, as the millions are written after it
    («7 nghìn 570 tỷ 186 triệu đồng»: 7.570.186); thousands of billions alone in tỷ đồng («107
    nghìn 700 tỷ đồng»: 107.700)."""
    if match[4]:
        return number_value(match[4]) * 1000 + number_value(match[5])
    billions = number_value(match[2]) + (number_value(match[1]) * 1000 if match[1] else 0)
    return billions * 1000 + number_value(match[3])


_MILLIONS_AND_THOUSANDS = re.compile(  # and the thousands unsaid before what is counted:
    r"(?<![\d.,])(\d{1,3})\s+triệu\s+(\d{1,3}(?:,\d+)?)\s+(?:nghìn|ngàn)(?!\w)"
    r"|(?<![\d.,])(\d{1,3})\s+triệu\s+(\d{3})(?=\s+(?:lượt|người|khách|con|tấn)(?!\w))"
)  # «phục vụ hơn 1 triệu 500 lượt khách»


__all__ = ["amounts_in_words"]
