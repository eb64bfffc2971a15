"""The document around the figures: who reports, where, for which period and term, and the
parts of the report that are not figures (number, subject, opening and closing sentences,
recipients, signer), read from the workbook's `Thông tin` sheet.

The sheet holds one fact per row: its name in the first column (`Cơ quan`, `Địa danh`, `Kỳ
báo cáo`, `Nhiệm kỳ`, `Số`, `Trích yếu`, `Căn cứ`, `Mở đầu`, `Kết luận`, `Nơi nhận`, `Thay
mặt`, `Chức danh`, `Người ký`, `Ngày báo cáo`, …) and its value in the next filled cell; a
fact over several lines (`Nơi nhận`) may use line breaks in one cell or continue on rows with
the first cell blank. A briefing takes these before anything else, so nothing is borrowed from
another workbook; where it gives no number or date, the report shows blanks to fill by hand.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .periods import Period, PeriodContext


@dataclass(frozen=True)
class Facts:
    """What the workbook says about its report. Empty strings and None where it is silent;
    `sources` names the cell each fact came from ('Thông tin › B3')."""

    organisation: str = ""
    parent: str = ""
    place: str = ""
    period: Period | None = None
    term: Period | None = None
    number: str = ""
    subject: str = ""
    # `Căn cứ`: what the report answers or rests on (a letter, a plan), before the opening.
    basis: str = ""
    opening: str = ""
    closing: str = ""
    recipients: tuple[str, ...] = ()
    on_behalf: str = ""
    signer_title: str = ""
    signer: str = ""
    report_date: dt.date | None = None
    # `Số liệu minh hoạ: có`: made-up figures (a demonstration), marked as such on every
    # chart and in every briefing drawn from them.
    illustrative: bool = False
    # `Số đếm hai chữ số: có`: the house style of many Party reports, a count under ten
    # printed with two digits in the prose («06 văn bản», «05 đảng viên»). Off by default.
    two_digit_counts: bool = False
    sources: dict[str, str] = field(default_factory=dict)

    def period_context(self) -> PeriodContext:
        """What the workbook's periods may lean on: the report's year and its term."""
        term = (self.term.start, self.term.end) if self.term else None
        until = self.period.end if self.period else None
        year = self.period.end.year if self.period else None
        return PeriodContext(year=year, term=term, until=until)
