"""The JSON interface of `chiso check --json` and `chiso summary --json` (docs/json.md,
"JSON interface"): every workbook's figures, problems, sheets, tables and trends as one JSON
object, written to a byte stream in one pass.

Every workbook is read and summarised before the first byte is written, so that a failure
leaves the stream empty (the command line then writes its one-object last resort). Rows
are formatted and encoded a chunk at a time, so a 100.000-row workbook never holds all
its row dicts at once.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, BinaryIO

from ..model.labels import Lang

if TYPE_CHECKING:
    from ..compute.stats import IntervalMethod
    from ..model.dataset import Dataset
    from ..model.errors import Problem

# Rows formatted per `summary_records` call when writing JSON.
JSON_CHUNK_ROWS = 5000


def write_json(
    datasets: Iterable[Dataset],
    *,
    lang: Lang,
    method: IntervalMethod,
    stream: BinaryIO,
    notes: Sequence[Problem] = (),
) -> list[Problem]:
    """Write `{"rows": [...], "problems": [...], "sheets": [...], "tables": [...],
    "trends": [...]}` in one pass; returns every problem written.

    Rows are encoded `JSON_CHUNK_ROWS` at a time (orjson, indented by two spaces); a
    workbook with errors contributes its problems and no rows. `notes` are problems found
    before any workbook was read (files skipped)."""
    import orjson

    from .summary import summarize, summary_records, trend_records

    option = orjson.OPT_INDENT_2 | orjson.OPT_SERIALIZE_NUMPY
    problems: list[Problem] = list(notes)
    sheets: list[dict[str, object]] = []
    tables: list[dict[str, object]] = []
    trends: list[dict[str, object]] = []
    written = False
    frames = []
    for dataset in datasets:
        problems += dataset.problems
        sheets += [reading.to_dict() for reading in dataset.sheets]
        tables += [reading.to_dict() for reading in dataset.tables]
        if not dataset.ok:
            continue
        frame = summarize(dataset, lang=lang, method=method)
        trends += trend_records(frame, lang=lang)
        frames.append(frame)
    stream.write(b'{\n  "rows": [')
    for frame in frames:
        for start in range(0, len(frame), JSON_CHUNK_ROWS):
            records = summary_records(frame.iloc[start : start + JSON_CHUNK_ROWS])
            # One encoder call per chunk: '[\n  {...},\n  {...}\n]' indented two more.
            body = orjson.dumps(records, option=option)[1:-1].replace(b"\n", b"\n  ")
            stream.write((b"," if written else b"") + body.rstrip())
            written = True
    stream.write(b"\n  ]" if written else b"]")
    for name, value in (
        ("problems", [p.to_dict() for p in problems]),
        ("sheets", sheets),
        ("tables", tables),
        ("trends", trends),
    ):
        encoded = orjson.dumps(value, option=option).replace(b"\n", b"\n  ")
        stream.write(b',\n  "' + name.encode() + b'": ' + encoded)
    stream.write(b"\n}\n")
    stream.flush()
    return problems
