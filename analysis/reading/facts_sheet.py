"""The workbook's `Thông tin` sheet read into `Facts`: one fact per row, its name in the first
column and its value in the next filled cell (see `model.facts` for what each fact is).
"""

from __future__ import annotations

from ..model import sheet_names
from ..model.errors import Problem, ProblemCollector
from ..model.facts import Facts
from ..model.periods import Period, PeriodParseError, parse_period
from ..model.sheet_names import is_sheet_named
from ..model.text import name_key, normalize_text, strip_accents
from .workbook import Workbook, cell_ref

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
    "can cu": "basis",
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
    "ngay": "report_date",
    "ngay ban hanh": "report_date",
    "minh hoa": "illustrative",
    "so lieu minh hoa": "illustrative",
    "du lieu minh hoa": "illustrative",
    "illustrative": "illustrative",
    "so dem hai chu so": "two_digit_counts",
    "so hai chu so": "two_digit_counts",
    "hai chu so": "two_digit_counts",
    "dinh dang so dem": "two_digit_counts",
    "so dem": "two_digit_counts",
    "two-digit counts": "two_digit_counts",
    "two digit counts": "two_digit_counts",
}


# Values saying yes to a fact such as `Số liệu minh hoạ` (folded).
_YES = frozenset({"co", "x", "yes", "true", "1", "minh hoa", "dung"})
# ... and to `Số đếm hai chữ số`, also by showing the style or naming it.
_TWO_DIGITS = _YES | {"06", "01", "2", "2 chu so", "hai chu so", "hai so", "co so 0 dung truoc"}


def _key(text: str) -> str:
    return strip_accents(name_key(text)).strip(" :.")


def read_facts(book: Workbook) -> tuple[Facts, list[Problem]]:
    """The facts of a workbook's `Thông tin` sheet (none when it has no such sheet)."""
    sheet = next((s for s in book.sheets if is_sheet_named(s.name, sheet_names.FACTS)), None)
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
        basis=text("basis"),
        opening=text("opening"),
        closing=text("closing"),
        recipients=tuple(values.get("recipients", [])),
        on_behalf=text("on_behalf"),
        signer_title=text("signer_title"),
        signer=text("signer"),
        report_date=report_date if raw_date else None,
        illustrative=_key(text("illustrative")) in _YES,
        two_digit_counts=_key(text("two_digit_counts")) in _TWO_DIGITS,
        sources=sources,
    )
    return facts, collect.problems


def _filled(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())
