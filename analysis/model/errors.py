"""Problems and exceptions: every failure chiso reports, with a stable code.

A `Problem` is one finding about a workbook (an error or a warning), located
by file, sheet and cell. Validation collects problems; it never stops at the
first. File-level failures (the file cannot be opened at all) raise
`WorkbookError`, which carries the same fields so the CLI can report both the
same way. The codes, severities and words of every problem are the registry in
`problem_texts`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Protocol

from .labels import Lang

# The registry of problem codes and words; named here too, where the problems are made.
from .problem_texts import CATALOGUE as CATALOGUE
from .problem_texts import GROUPED as GROUPED
from .problem_texts import ProblemCode as ProblemCode
from .problem_texts import Severity as Severity


@dataclass(frozen=True)
class Problem:
    """One finding about a workbook, located as precisely as is known."""

    code: ProblemCode
    file: str
    sheet: str | None = None
    cell: str | None = None
    details: dict[str, str] = field(default_factory=dict)
    strict: bool = False  # under --strict a warning counts as an error

    @property
    def severity(self) -> Severity:
        own = CATALOGUE[self.code][0]
        return "error" if self.strict and own == "warning" else own

    @property
    def message_vi(self) -> str:
        return _render(CATALOGUE[self.code][1], self.details)

    @property
    def message_en(self) -> str:
        return _render(CATALOGUE[self.code][2], self.details)

    def message_in(self, lang: Lang) -> str:
        """The message in one language."""
        return {"vi": self.message_vi, "en": self.message_en}[lang]

    @property
    def message(self) -> str:
        """Vietnamese first, English beside it."""
        return f"{self.message_vi} / {self.message_en}"

    @property
    def location(self) -> str:
        """`file.xlsx › Chỉ tiêu › E7`, as far as it is known."""
        return " › ".join(part for part in (self.file, self.sheet, self.cell) if part)

    def to_dict(self) -> dict[str, str | None]:
        """The public JSON form (docs/json.md, `problems`)."""
        return {
            "severity": self.severity,
            "code": self.code,
            "file": self.file,
            "sheet": self.sheet,
            "cell": self.cell,
            "message": self.message,
            "message_vi": self.message_vi,
            "message_en": self.message_en,
            "value": self.details.get("value"),
        }


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"


def _render(template: str, details: dict[str, str]) -> str:
    return template.format_map(_Missing(details))


class ChisoError(Exception):
    """Base class of every exception chiso raises on purpose."""


class WorkbookError(ChisoError):
    """The file cannot be opened as a workbook; carries the problem that says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(f"{problem.location}: {problem.message}")
        self.problem = problem


def under_strict(problems: list[Problem]) -> list[Problem]:
    """The same problems with every warning counted as an error (`--strict`)."""
    return [replace(p, strict=True) if p.severity == "warning" else p for p in problems]


class _Severe(Protocol):
    @property
    def severity(self) -> str: ...


def has_errors(problems: Iterable[_Severe]) -> bool:
    """True when at least one problem is an error (not just a warning); problems of any
    kind that say their severity (a `Problem`, a problem a notebook reported)."""
    return any(p.severity == "error" for p in problems)


class ProblemCollector:
    """Gathers the problems of one sheet of one file, in the order they are found."""

    def __init__(self, file: str, sheet: str | None) -> None:
        self.file = file
        self.sheet = sheet
        self.problems: list[Problem] = []

    def add(self, code: ProblemCode, cell: str | None = None, **details: object) -> None:
        self.problems.append(
            Problem(
                code=code,
                file=self.file,
                sheet=self.sheet,
                cell=cell,
                details={key: str(value) for key, value in details.items()},
            )
        )

    @property
    def has_errors(self) -> bool:
        return has_errors(self.problems)


# -- problems told together ---------------------------------------------------------------------


@dataclass(frozen=True)
class ProblemGroup:
    """Problems of one kind, file, sheet and column, told in one line ('32 ô … (E2:E33)')."""

    severity: Severity
    code: ProblemCode
    file: str
    sheet: str | None
    cells: str | None
    message_vi: str
    message_en: str
    count: int

    @property
    def message(self) -> str:
        return f"{self.message_vi} / {self.message_en}"

    @property
    def location(self) -> str:
        return " › ".join(part for part in (self.file, self.sheet, self.cells) if part)


def cell_ranges(cells: list[str]) -> str:
    """'E2, E3, E4, E7, F2' -> 'E2:E4, E7, F2': runs of rows in one column as ranges."""
    import re

    parsed: list[tuple[str, int]] = []
    for cell in cells:
        match = re.fullmatch(r"([A-Z]{1,3})([0-9]+)", cell)
        if match is None:
            return ", ".join(cells)
        parsed.append((match[1], int(match[2])))
    parsed.sort(key=lambda c: (len(c[0]), c[0], c[1]))
    runs: list[str] = []
    start = previous = parsed[0]
    for current in [*parsed[1:], ("", -1)]:
        if current[0] == previous[0] and current[1] == previous[1] + 1:
            previous = current
            continue
        first, last = f"{start[0]}{start[1]}", f"{previous[0]}{previous[1]}"
        runs.append(first if first == last else f"{first}:{last}")
        start = previous = current
    return ", ".join(runs)


def group_problems(problems: list[Problem]) -> list[Problem | ProblemGroup]:
    """Errors first, one line each; then warnings, those of one kind and column in one line;
    then notes. Nothing is dropped: `--json` keeps every cell."""
    order: dict[Severity, int] = {"error": 0, "warning": 1, "note": 2}
    told: list[Problem | ProblemGroup] = []
    groups: dict[tuple[str, str | None, str, str], list[Problem]] = {}
    for problem in problems:
        if problem.severity == "warning" and problem.code in GROUPED:
            key = (problem.file, problem.sheet, problem.code, problem.details.get("column", ""))
            groups.setdefault(key, []).append(problem)
        else:
            told.append(problem)
    for (file, sheet, _code, column), members in groups.items():
        if len(members) == 1:
            told.append(members[0])
            continue
        vi, en = GROUPED[members[0].code]
        fields = _Missing({"count": str(len(members)), "column": column or "?"})
        cells = [m.cell for m in members if m.cell]
        told.append(
            ProblemGroup(
                severity=members[0].severity,
                code=members[0].code,
                file=file,
                sheet=sheet,
                cells=cell_ranges(cells) if cells else None,
                message_vi=vi.format_map(fields),
                message_en=en.format_map(fields),
                count=len(members),
            )
        )
    return sorted(told, key=lambda p: order[p.severity])
