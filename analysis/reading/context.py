"""Context: what the lines around a table say about all of its figures.

The title block names the organisation that issues the form (its parent line above it:
'UBND TỈNH X / VĂN PHÒNG' is the Văn phòng UBND tỉnh X), a scope the figures cover
('Phạm vi: toàn tỉnh', 'cấp huyện'), which wins over the office as the figures' unit, the
form's number ('Biểu số 02'), the period ('6 THÁNG ĐẦU NĂM 2024'; explicit days, 'tính từ
16/12/2020 đến 15/3/2021', win over a label such as 'quý I'), a day the figures are counted
to ('đến ngày 30/11/2022'), the unit of measure ('Đơn vị tính: người') and the document's
own date line ('Phú Yên, ngày 12 tháng 7 năm 2023'), which is never a period. Where the
title says nothing, the sheet's name and then the file's name may state the unit or the
period; never a file's date or today.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from ..model.periods import Period
from ..model.sources import Source
from ..model.text import name_key, normalize_text
from .cells import Grid, cell_text
from .tables import Region
from .vocabulary import (
    FORM_NUMBER,
    PeriodPhrase,
    find_period_phrases,
    is_date_line,
    looks_like_unit,
    plain,
)
from .workbook import cell_ref


@dataclass(frozen=True)
class Stated:
    """A value stated once for a table, and where: 'title cell A2', 'sheet name', 'file
    name'."""

    value: str
    source: Source


@dataclass(frozen=True)
class StatedPeriod:
    """The period a table's title (or sheet or file name) states. `label` is what a label
    says ('quý I năm 2021'), `days` explicit first and last days when stated (they win),
    `until` a day the figures are counted to ('đến ngày 30/11/2022')."""

    label: Period | None
    days: Period | None
    until: dt.date | None
    source: Source
    text: str

    @property
    def period(self) -> Period | None:
        """The period of flows: the explicit days, else the label ended at `until`."""
        if self.days is not None:
            return self.days
        label, until = self.label, self.until
        if label is not None and until is not None and label.start <= until < label.end:
            from ..model.periods import parse_period

            start = label.start
            first = f"{start.day}/{start.month}/{start.year}"
            return parse_period(f"từ {first} đến {until.day}/{until.month}/{until.year}")
        return label

    def stock_day(self) -> Period | None:
        """The period of a stock (a figure at a date): the day it is counted to."""
        from ..model.periods import parse_period

        if self.until is not None:
            return parse_period(self.until)
        if self.days is not None:
            return parse_period(self.days.end)
        return None


@dataclass(frozen=True)
class TitleContext:
    """What a table's surroundings state (see the module's docstring)."""

    organisation: Stated | None = None
    scope: Stated | None = None
    form: Stated | None = None
    period: StatedPeriod | None = None
    measure: Stated | None = None
    date_line: Stated | None = None
    title: str | None = None
    lines: tuple[tuple[str, str], ...] = ()  # (text, cell) of every title line
    indicator: Stated | None = None  # a title that names the one figure of a table

    @property
    def unit(self) -> Stated | None:
        """The unit the figures cover: a stated scope, else the issuing organisation."""
        return self.scope or self.organisation


_NATIONAL = re.compile(
    r"^(?:dang cong san viet nam|cong hoa xa hoi chu nghia viet nam|"
    r"doc lap\s*[-–]\s*tu do|\*+$|-+$)"
)
_ORGANISATION = re.compile(
    r"^(?:dang bo|dang uy|dang uy khoi|thanh uy|tinh uy|huyen uy|thi uy|quan uy|chi bo|ubnd|"
    r"uy ban nhan dan|hdnd|hoi dong nhan dan|mat tran|ban thuong vu|ban chap hanh|"
    r"van phong|ban to chuc|ban tuyen giao|ban dan van|ban noi chinh|uy ban kiem tra|"
    r"phong |cuc |tong cuc|bo |trung tam|chi cuc|cong an|bo chi huy|truong |benh vien)"
)
# An office named without its place ('VĂN PHÒNG', 'BAN TỔ CHỨC'): its parent line says whose.
_BARE_OFFICE = re.compile(
    r"^(?:van phong|ban to chuc|ban tuyen giao|ban dan van|ban noi chinh|uy ban kiem tra|"
    r"phong [\w ]{1,30}|ban [\w ]{1,30})$"
)
_SCOPE = re.compile(
    r"(?:pham vi\s*:?\s*)?(?:tren dia ban\s+)?\b(toan (?:tinh|thanh pho|huyen|quan|thi xa|dang bo|"
    r"dang|quoc|nganh)|cap (?:tinh|huyen|xa|co so))\b"
)
_MEASURE_LINE = re.compile(r"^(?:don vi tinh|dvt)\s*[:.]\s*(.+)$")
# 'Đơn vị báo cáo: UBND xã Sơn Long' (a statistics form's top right corner).
_REPORTING_UNIT = re.compile(
    r"^(?:don vi bao cao|ten don vi|don vi|co quan bao cao)\s*[:.]\s*(.+)$"
)
# An office named without its place, whose next line names the place ('ỦY BAN NHÂN DÂN' /
# 'HUYỆN PHÙ CÁT').
_PLACELESS = re.compile(
    r"^(?:uy ban nhan dan|ubnd|hoi dong nhan dan|hdnd|dang uy|dang bo|ban thuong vu)$"
)
_PLACE = re.compile(r"^(?:tinh|thanh pho|tp\.?|huyen|quan|thi xa|xa|phuong|thi tran)\s+\S")
_PERIOD_LINE = re.compile(r"^(?:ky bao cao|thoi gian|ky|period|reporting period)\s*[:.]\s*(.+)$")
_DOCUMENT_REFERENCE = re.compile(
    r"(?:(?:nghi quyet|ke hoach|chi thi|quyet dinh|ket luan|thong tu|cong van|huong dan|"
    r"quy dinh|luat|nghi dinh)(?:\s+so)?|\bso)\s+\d[\w./-]*\s*(?:ngay\s+[\d/.-]+\s*)?"
    r"(?:cua [\w ]+)?$"
)
_LOWER_WORDS = {
    "tỉnh",
    "huyện",
    "xã",
    "phường",
    "thị",
    "trấn",
    "thành",
    "phố",
    "quận",
    "văn",
    "phòng",
    "ban",
    "tổ",
    "chức",
    "ủy",
    "uỷ",
    "đảng",
    "bộ",
    "sở",
    "khối",
    "cơ",
    "quan",
    "và",
    "của",
    "nhân",
    "dân",
    "hội",
    "đồng",
    "thường",
    "vụ",
    "chấp",
    "hành",
    "kiểm",
    "tra",
}


_ACRONYMS = frozenset(
    {
        "UBND",
        "HĐND",
        "MTTQ",
        "TP",
        "TX",
        "TT",
        "BTV",
        "BCH",
        "VKSND",
        "TAND",
        "CAND",
        "BCHQS",
        "QS",
        "CA",
        "TW",
        "KT-XH",
        "THCS",
        "THPT",
        "ĐBQH",
        "LĐLĐ",
        "CCB",
        "TN",
        "CSVN",
        "VN",
    }
)


def proper_case(text: str, *, opens: bool = True) -> str:
    """An office's name as a sentence writes it: 'UBND TỈNH PHÚ YÊN' -> 'UBND tỉnh Phú
    Yên'; abbreviations stay in capitals."""
    words = normalize_text(text).split()
    result = []
    for position, word in enumerate(words):
        lower = word.lower()
        if word.strip(".,") in _ACRONYMS:
            result.append(word)  # UBND, HĐND, TP
        elif lower in _LOWER_WORDS:
            result.append(lower.capitalize() if position == 0 and opens else lower)
        else:
            result.append(lower.capitalize())
    return " ".join(result)


def _province_of(organisation: str | None) -> str | None:
    """'ĐẢNG BỘ TỈNH QUẢNG NGÃI' -> 'tỉnh Quảng Ngãi' (the place a committee covers)."""
    if organisation is None:
        return None
    words = plain(organisation)
    match = re.search(r"\b(tinh|thanh pho|huyen|quan|thi xa)(\s+uy)?\s+(.+)$", words)
    if match is None:
        return None
    written = normalize_text(organisation)
    if len(plain(written)) != len(words):
        return None
    level = written[match.start(1) : match.end(1)]
    return proper_case(f"{level} {written[match.start(3) :]}")


def title_lines(
    grid: Grid, region: Region, *, sheet_top: int | None = None
) -> list[tuple[str, str]]:
    """The text lines above a table's header, with their cells: the table's own title rows
    first (within its columns, then beside them), then the document's head above the
    sheet's first table when that is further up (each of those cells marked with a
    leading '^', as `read_context` takes from them only what the whole document states)."""
    lines: list[tuple[str, str]] = []
    seen: set[tuple[int, int]] = set()

    def take(rows: range, columns: range) -> None:
        for row in rows:
            for column in columns:
                anchor = grid.anchor(row, column)
                if anchor in seen:
                    continue
                seen.add(anchor)
                text = cell_text(grid.values[anchor])
                if text and isinstance(grid.values[anchor], str | int | float):
                    lines.append((text, cell_ref(*anchor)))

    width = grid.shape[1]
    own = range(region.title_top, region.header_top)
    take(own, range(region.left, region.right + 1))
    take(own, range(0, width))
    if sheet_top is not None and sheet_top < region.title_top:
        start = len(lines)
        take(range(0, sheet_top), range(0, width))
        lines[start:] = [(text, "^" + cell) for text, cell in lines[start:]]
    return lines


def read_context(
    lines: list[tuple[str, str]], *, sheet: str, file_stem: str, generic_sheet: bool
) -> TitleContext:
    """What the title lines (and then the sheet's and the file's names) state."""
    draft = _TitleDraft()
    for text, cell in lines:
        draft.take(text, cell)
    period = draft.period
    if period is None:
        for text, where in (
            (sheet, Source("sheet_name")),
            (_stem_words(file_stem), Source("file_name")),
        ):
            period = _stated_period(text, where)
            if period is not None:
                break
    organisation = draft.organisation
    scope = _scope(draft.scope_words, organisation)
    if organisation is None and not generic_sheet and looks_like_unit(sheet):
        organisation = Stated(sheet.strip(), Source("sheet_name"))
    return TitleContext(
        organisation=organisation,
        scope=scope,
        form=draft.form,
        period=period,
        measure=draft.measure,
        date_line=draft.date_line,
        title=" / ".join(draft.titles) or None,
        lines=tuple(lines),
        indicator=draft.indicator,
    )


@dataclass
class _TitleDraft:
    """What the title lines state so far, read one line at a time, top to bottom."""

    organisation: Stated | None = None
    previous_organisation: str | None = None
    scope_words: tuple[str, Source] | None = None  # plain words and where
    form: Stated | None = None
    measure: Stated | None = None
    date_line: Stated | None = None
    period: StatedPeriod | None = None
    indicator: Stated | None = None
    titles: list[str] = field(default_factory=list)
    own_organisation: bool = False  # the table's own title block named its organisation

    def take(self, text: str, cell: str) -> None:
        """One title line; a cell marked '^' is the document's head above an earlier table."""
        words = plain(text)
        shared = cell.startswith("^")  # the document's head, above an earlier table
        where = Source("title_cell", cell.lstrip("^"))
        if shared and FORM_NUMBER.match(words):
            return  # another table's own title ('Biểu 1: …')
        if shared and self.own_organisation:
            if is_date_line(text):
                self.date_line = self.date_line or Stated(text, where)
            return  # the table's own title block named its organisation
        if is_date_line(text):
            self.date_line = self.date_line or Stated(text, where)
            return
        if _NATIONAL.match(words) or self._take_office_line(text, words, where):
            return
        if FORM_NUMBER.match(words) and len(words) < 40:
            self.form = self.form or Stated(text, where)
        if not shared:
            self.titles.append(text)
        if self._take_organisation(text, words, where, shared=shared):
            return
        if self.scope_words is None and (scoped := _SCOPE.search(words)) is not None:
            self.scope_words = (scoped[1], where)
        if not shared or self.period is None:
            self.period = _joined(self.period, _stated_period(text, where))
        if self.indicator is None and not shared:
            self.indicator = _title_indicator(text, where)

    def _take_office_line(self, text: str, words: str, where: Source) -> bool:
        """A unit of measure line, a reporting unit line, or the place that completes the
        organisation above it ('BAN TỔ CHỨC' then 'HUYỆN SƠN TỊNH'): whether it was one."""
        if (found := _MEASURE_LINE.match(words)) is not None and len(words) < 60:
            self.measure = self.measure or Stated(text[len(text) - len(found[1]) :].strip(), where)
            return True
        if (found := _REPORTING_UNIT.match(words)) is not None and len(words) < 90:
            self.organisation = Stated(text[len(text) - len(found[1]) :].strip(), where)
            self.previous_organisation = None
            return True
        if (
            self.previous_organisation is not None
            and _PLACELESS.match(plain(self.previous_organisation))
            and _PLACE.match(words)
            and self.organisation is not None
        ):
            name = f"{proper_case(self.previous_organisation)} {proper_case(text, opens=False)}"
            self.organisation = Stated(name[:1].upper() + name[1:], where)
            self.previous_organisation = name
            return True
        return False

    def _take_organisation(self, text: str, words: str, where: Source, *, shared: bool) -> bool:
        """An organisation's line ('UBND TỈNH X', then 'VĂN PHÒNG' under it): whether it
        was one."""
        if not (_ORGANISATION.match(words) or name_key(text).startswith("sở ")) or len(words) >= 90:
            return False
        if _BARE_OFFICE.match(words) and self.previous_organisation is not None:
            name = f"{proper_case(text)} {proper_case(self.previous_organisation, opens=False)}"
            self.organisation = Stated(name, where)
        else:
            self.organisation = Stated(text.strip(" *"), where)
        self.previous_organisation = text
        self.own_organisation = self.own_organisation or not shared
        return True


def _scope(scope_words: tuple[str, Source] | None, organisation: Stated | None) -> Stated | None:
    """The scope a title states ('Phạm vi: toàn tỉnh', 'cấp huyện'), named as a unit: 'toàn
    tỉnh' under a province's committee is that province."""
    if scope_words is None:
        return None
    words, where = scope_words
    place = _province_of(organisation.value if organisation else None)
    if words.startswith("toan") and place and _same_level(words, place):
        return Stated(place[:1].upper() + place[1:], where)
    if words.startswith("cap"):
        return Stated(
            "Cấp "
            + words.removeprefix("cap ")
            .replace("xa", "xã")
            .replace("huyen", "huyện")
            .replace("tinh", "tỉnh")
            .replace("co so", "cơ sở"),
            where,
        )
    return Stated(_toan(words), where)


# A title that is the name of a count or a share: 'SỐ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2023',
# 'Biểu 2: TỶ LỆ ĐẢNG VIÊN DÙNG SỔ TAY', 'BÁO CÁO SỐ LƯỢNG ĐẢNG VIÊN'.
_FORM_WORDS = re.compile(
    r"^(?:(?:bieu|bang|mau|phu luc)(?:\s+so)?\s*[\w./-]*\d[\w./-]*\s*[:.\-–]?\s*)?"
    r"(?:(?:bao cao|bieu|bang|tong hop|thong ke|so lieu)\s+)*"
)
_COUNT_WORDS = re.compile(r"^(?:so luong|so|tong so|ty le|ti le)\s+\w")
_STOP = re.compile(r"\s+(?:cua|tai|tren dia ban|o|trong)\s+.*$|\s*\(.*$|\s*[:,;].*$")


def _title_indicator(text: str, where: Source) -> Stated | None:
    """The indicator a title names, when the title is the name of a count or a share
    ('SỐ ĐẢNG VIÊN MỚI KẾT NẠP NĂM 2023' -> 'Số đảng viên mới kết nạp'); None for a title
    such as 'BÁO CÁO KẾT QUẢ CÔNG TÁC XÂY DỰNG ĐẢNG'."""
    words = plain(text)
    lead = _FORM_WORDS.match(words)
    start = lead.end() if lead else 0
    rest = words[start:]
    for phrase in find_period_phrases(text):
        rest = rest.replace(phrase.words, " ")
    rest = _STOP.sub("", " ".join(rest.split())).strip(" -–:.")
    if not _COUNT_WORDS.match(rest) or len(rest.split()) > 14 or len(rest.split()) < 3:
        return None
    written = normalize_text(text)
    if len(plain(written)) != len(words):
        return None
    position = words.find(rest, start)
    name = written[position : position + len(rest)] if position >= 0 else rest
    if name.isupper():
        name = name.lower()
    return Stated(name[:1].upper() + name[1:], where)


def _same_level(words: str, place: str) -> bool:
    level = words.removeprefix("toan ").split()[0]
    return plain(place).startswith(level)


def _toan(words: str) -> str:
    names = {
        "toan tinh": "Toàn tỉnh",
        "toan thanh pho": "Toàn thành phố",
        "toan huyen": "Toàn huyện",
        "toan quan": "Toàn quận",
        "toan thi xa": "Toàn thị xã",
        "toan dang bo": "Toàn Đảng bộ",
        "toan dang": "Toàn Đảng",
        "toan quoc": "Toàn quốc",
        "toan nganh": "Toàn ngành",
    }
    return names.get(words, words)


def _stem_words(stem: str) -> str:
    return stem.replace("-", " ").replace("_", " ")


def _stated_period(text: str, where: Source) -> StatedPeriod | None:
    """The period a line states (see `StatedPeriod`), skipping the dates of documents it
    cites ('Kế hoạch số 83-KH/TU ngày 26/01/2022', 'Nghị quyết … năm 2019')."""
    words = plain(text)
    explicit = _PERIOD_LINE.match(words)
    phrases = [p for p in find_period_phrases(text) if not _cites(words, p)]
    if explicit is None and not phrases:
        return None
    label = next((p.period for p in phrases if p.kind == "label"), None)
    days = next((p.period for p in phrases if p.kind == "range"), None)
    until_phrase = next((p for p in phrases if p.kind == "until"), None)
    until = until_phrase.period.start if until_phrase and until_phrase.period else None
    if label is None and days is None and until is None:
        return None
    return StatedPeriod(label=label, days=days, until=until, source=where, text=text)


def _joined(first: StatedPeriod | None, more: StatedPeriod | None) -> StatedPeriod | None:
    """What several title lines state together: explicit days on any line win over a label
    on another ('QUÝ I NĂM 2021' then '(tính từ 16/12/2020 đến 15/3/2021)'); a day the
    figures are counted to completes a label."""
    if first is None or more is None:
        return first or more
    if first.days is None and more.days is not None:
        return replace(more, label=first.label or more.label, until=first.until or more.until)
    if (
        first.label is not None
        and first.until is None
        and more.until is not None
        and more.label is None
    ):
        return replace(first, until=more.until)
    if first.label is None and first.days is None and more.label is not None:
        return replace(more, until=first.until or more.until)
    return first


def _cites(words: str, phrase: PeriodPhrase) -> bool:
    """Whether a period phrase is the date of a document the line cites."""
    before = words[max(0, phrase.start - 40) : phrase.start].strip()
    return bool(_DOCUMENT_REFERENCE.search(before)) and phrase.kind != "range"
