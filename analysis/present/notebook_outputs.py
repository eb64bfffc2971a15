"""Reading a run briefing notebook back, with the standard library only.

The notebook publishes what `chiso build` needs beside what a reader sees (`notebook`):
its figures and problems as one `application/vnd.chiso.summary+json` output, which no
exporter renders, the Word file's bytes as one `application/vnd.chiso.docx` output, and
each chart as PNG and SVG with its file name in the output's metadata. `collect_results`
takes them back from an executed notebook.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

SUMMARY_MIME = "application/vnd.chiso.summary+json"
# The briefing as a Word file (`present.word`), base64: for `chiso build` and the «Word» export.
WORD_MIME = "application/vnd.chiso.docx"
DOCX_MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
PRIVATE_MIME_PREFIX = "application/vnd.chiso."
METADATA_KEY = "chiso"
# Under METADATA_KEY in an output's metadata: "screen" for an output the HTML shows and the
# PDF leaves out (the full table of every figure); absent for every other output.
MEDIA_KEY = "media"
Media = Literal["all", "screen"]


def is_screen_only(output: Mapping[str, Any]) -> bool:
    """An output the HTML shows and the PDF leaves out."""
    chiso = (output.get("metadata") or {}).get(METADATA_KEY) or {}
    return isinstance(chiso, Mapping) and chiso.get(MEDIA_KEY) == "screen"


@dataclass(frozen=True)
class ReportedProblem:
    """A problem as a notebook published it: its public JSON form and where it is."""

    severity: str
    code: str
    location: str
    message: str
    fields: Mapping[str, Any] = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The public JSON form (docs/json.md, `problems`), as `Problem.to_dict` gave it."""
        return dict(self.fields)


@dataclass(frozen=True)
class ChartImage:
    """One chart as its two files' bytes."""

    name: str  # stable file name without suffix
    png: bytes
    svg: bytes


@dataclass
class NotebookResults:
    """What a run briefing notebook published."""

    charts: list[ChartImage] = field(default_factory=list)
    # The published summaries as they are in the notebook: a province's rows, read into
    # dicts, are hundreds of MB, taken only by whoever needs them (`rows`, `published_rows`).
    summaries: list[Mapping[str, Any]] = field(default_factory=list)
    problems: list[ReportedProblem] = field(default_factory=list)
    lang: str | None = None
    title: str | None = None
    published: bool = False  # a summary output was found
    word: bytes | None = None  # briefing.docx, when the notebook ran to its end

    @cached_property
    def rows(self) -> list[dict[str, Any]]:
        """Every published summary row, as the public JSON rows (`docs/json.md`)."""
        return [row for payload in self.summaries for row in published_rows(payload)]

    @property
    def has_rows(self) -> bool:
        """Whether any figure was published, told without reading the rows."""
        for payload in self.summaries:
            rows = payload.get("rows")
            if (rows.strip() not in ("", "[]")) if isinstance(rows, str) else bool(rows):
                return True
        return False


def is_private_output(output: Mapping[str, Any]) -> bool:
    """An output meant for `chiso build` only, which no exporter renders."""
    data = output.get("data") or {}
    return bool(data) and all(str(mime).startswith(PRIVATE_MIME_PREFIX) for mime in data)


def collect_results(notebook: Mapping[str, Any]) -> NotebookResults:
    """Charts, figures and problems from a run notebook's outputs (also a partly run one)."""
    results = NotebookResults()
    for cell in notebook.get("cells", []):
        for output in cell.get("outputs", []):
            data = output.get("data") or {}
            if SUMMARY_MIME in data:
                payload = data[SUMMARY_MIME]
                results.published = True
                results.summaries.append(payload)
                results.problems += [_problem(p) for p in payload.get("problems", [])]
                results.lang = payload.get("lang") or results.lang
                results.title = payload.get("title") or results.title
            if WORD_MIME in data:
                results.word = base64.b64decode(_text(data[WORD_MIME]))
            chart = (output.get("metadata") or {}).get(METADATA_KEY)
            if isinstance(chart, Mapping) and "figure" in chart and "image/png" in data:
                results.charts.append(
                    ChartImage(
                        name=str(chart["figure"]),
                        png=base64.b64decode(_text(data["image/png"])),
                        svg=(chart["svg_prolog"] + _text(data["image/svg+xml"])).encode("utf-8"),
                    )
                )
    return results


def published_rows(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The summary rows of a published summary: its `columns` and its rows' values as one
    JSON text (`notebook.publish_summary`), or, from notebooks built before, the rows."""
    return list(each_published_row(payload))


def each_published_row(payload: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    """`published_rows` one at a time, each row's values let go once it is made: a province's
    50.000 rows are never all dicts at once."""
    rows = payload.get("rows", [])
    if not isinstance(rows, str | bytes):
        yield from rows
        return
    columns = [str(name) for name in payload.get("columns", [])]
    yield from (dict(zip(columns, values, strict=True)) for values in _each_row_values(rows))


def _each_row_values(rows: str | bytes) -> Iterator[list[Any]]:
    """The rows' values from their JSON text, a line at a time (`notebook.publish_summary`
    writes one row a line), or whole from a text published before it did."""
    text: Any = rows  # str or bytes, each searched with its own kind of separator
    newline, comma, opening = ("\n", ",", "[\n") if isinstance(rows, str) else (b"\n", b",", b"[\n")
    if not text.startswith(opening):
        yield from json.loads(text)
        return
    start = len(opening)
    while (end := text.find(newline, start)) != -1:
        line = text[start:end].removesuffix(comma)
        start = end + 1
        if line:
            yield json.loads(line)


def compact_summary(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A published summary's rows as UTF-8 bytes (what `each_published_row` reads), for a
    process of its own: half the size of the text, which Python holds as two bytes a letter
    once a row has a Vietnamese one."""
    rows = payload.get("rows", [])
    return {
        "columns": payload.get("columns", []),
        "rows": rows.encode("utf-8") if isinstance(rows, str) else rows,
    }


def _text(value: str | list[str]) -> str:
    """nbformat may store text as a list of lines."""
    return value if isinstance(value, str) else "".join(value)


def _problem(fields: Mapping[str, Any]) -> ReportedProblem:
    return ReportedProblem(
        severity=str(fields["severity"]),
        code=str(fields["code"]),
        location=str(fields.get("location") or ""),
        message=str(fields["message"]),
        fields={key: value for key, value in fields.items() if key != "location"},
    )
