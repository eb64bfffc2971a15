"""The document around the figures: who reports, where, for which period and term, and the
parts of the report that are not figures (number, subject, opening and closing sentences,
recipients, signer), read from the workbook's `Thông tin` sheet.

The sheet holds one fact per row: its name in the first column (`Cơ quan`, `Địa danh`, `Kỳ
báo cáo`, `Nhiệm kỳ`, `Số`, `Trích yếu`, `Mở đầu`, `Kết luận`, `Nơi nhận`, `Thay mặt`,
`Chức danh`, `Người ký`, …) and its value in the next filled cell; a fact over several lines
(`Nơi nhận`) may use line breaks in one cell or continue on rows with the first cell blank.
A briefing takes these before anything else, so nothing is borrowed from another workbook.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .errors import Problem, ProblemCollector
from .periods import Period, PeriodContext, PeriodParseError, parse_period
from .reading.workbook import Workbook, cell_ref
from .text import name_key, normalize_text, strip_accents

FACTS_SHEET_NAMES = ("thông tin", "thong tin", "info", "information")

# The name of a fact, folded (no accents, lower case, no ':'), -> its field.
_FIELDS: dict[str, str] = {
    "co quan": "organisation",
    "cap uy": "organisation",
    "co quan bao cao": "organisation",
    "don vi bao cao": "organisation",
    "cap tren": "parent",
    "co quan cap tren": "parent",
    "dang bo cap tren": "parent",
    "dia danh": "place",
    "ky bao cao": "period",
    "nhiem ky": "term",
    "so": "number",
    "so hieu": "number",
    "so ky hieu": "number",
    "so van ban": "number",
    "trich yeu": "subject",
    "ten bao cao": "subject",
    "mo dau": "opening",
    "loi mo dau": "opening",
    "can cu": "opening",
    "ket luan": "closing",
    "loi ket": "closing",
    "noi nhan": "recipients",
    "thay mat": "on_behalf",
    "t/m": "on_behalf",
    "chuc danh": "signer_title",
    "chuc danh nguoi ky": "signer_title",
    "nguoi ky": "signer",
    "ho ten nguoi ky": "signer",
    "ngay bao cao": "report_date",
    "minh hoa": "illustrative",
    "so lieu minh hoa": "illustrative",
    "du lieu minh hoa": "illustrative",
    "illustrative": "illustrative",
}
# Values saying yes to a fact such as `Số liệu minh hoạ` (folded).
_YES = frozenset({"co", "x", "yes", "true", "1", "minh hoa", "dung"})


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
    sources: dict[str, str] = field(default_factory=dict)

    def period_context(self) -> PeriodContext:
        """What the workbook's periods may lean on: the report's year and its term."""
        term = (self.term.start, self.term.end) if self.term else None
        until = self.period.end if self.period else None
        year = self.period.end.year if self.period else None
        return PeriodContext(year=year, term=term, until=until)


def _key(text: str) -> str:
    return strip_accents(name_key(text)).strip(" :.")


def read_facts(book: Workbook) -> tuple[Facts, list[Problem]]:
    """The facts of a workbook's `Thông tin` sheet (none when it has no such sheet)."""
    sheet = next(
        (s for s in book.sheets if _key(s.name) in {_key(n) for n in FACTS_SHEET_NAMES}), None
    )
    if sheet is None:
        return Facts(), []
    collect = ProblemCollector(book.file_label, sheet.name)
    cells = book.sheet(sheet.name)
    width = min(max(cells.n_columns, 2), 8)
    columns = cells.columns(0, text=list(range(width)))
    values: dict[str, list[str]] = {}
    sources: dict[str, str] = {}
    current: str | None = None
    for row in columns[0].index:
        texts = [columns[c].loc[row] for c in range(width)]
        name = texts[0]
        rest = [(c, normalize_text(str(t))) for c, t in enumerate(texts) if c and _filled(t)]
        if _filled(name):
            current = _FIELDS.get(_key(str(name)))
            if current is None or not rest:
                continue
            sources.setdefault(current, f"{sheet.name} › {cell_ref(int(row), rest[0][0])}")
        elif current != "recipients" or not rest:
            continue
        lines = [line.strip() for line in str(texts[rest[0][0]]).splitlines() if line.strip()]
        values.setdefault(current, []).extend(lines)

    def text(key: str) -> str:
        return " ".join(values.get(key, []))

    def period(key: str) -> Period | None:
        raw = text(key)
        if not raw:
            return None
        try:
            return parse_period(raw)
        except PeriodParseError as exc:
            location = sources[key].split(" › ")[-1]
            collect.add("unparseable_period", cell=location, value=raw, detail=exc.detail)
            return None

    report_date = None
    if raw_date := text("report_date"):
        day = period("report_date")
        report_date = day.start if day is not None and day.kind == "day" else None
    facts = Facts(
        organisation=text("organisation"),
        parent=text("parent"),
        place=text("place"),
        period=period("period"),
        term=period("term"),
        number=text("number"),
        subject=text("subject"),
        opening=text("opening"),
        closing=text("closing"),
        recipients=tuple(values.get("recipients", [])),
        on_behalf=text("on_behalf"),
        signer_title=text("signer_title"),
        signer=text("signer"),
        report_date=report_date if raw_date else None,
        illustrative=_key(text("illustrative")) in _YES,
        sources=sources,
    )
    return facts, collect.problems


def _filled(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())
