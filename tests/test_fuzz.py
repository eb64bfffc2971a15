"""Damaged and hostile workbooks, made by mutating valid ones (Hypothesis).

Each mutation either gives the figures a reference computation expects, or ends in
chiso's own problem (a `Problem` in the dataset, never an exception); nothing hangs (each
example has a deadline) and the input's bytes are never changed. The suite is sized to run
in well under a minute, the same examples every run; a longer search for new ones:
`HYPOTHESIS_PROFILE=search CHISO_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest tests/test_fuzz.py`.
Examples Hypothesis found are kept below as regular tests.
"""

from __future__ import annotations

import functools
import hashlib
import io
import os
import tempfile
import unicodedata
import zipfile
from datetime import timedelta
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from workbooks import row, write_workbook

import analysis
from analysis.model.dataset import Dataset

EXAMPLES = int(os.environ.get("CHISO_FUZZ_EXAMPLES", "40"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
ERROR_CELLS = ("#DIV/0!", "#N/A", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!")


def _valid(directory: Path) -> Path:
    return write_workbook(
        directory / "hop-le.xlsx",
        [
            row("Đảng viên dùng sổ tay", "2024", 9728, 9897, unit="TP Quảng Ngãi"),
            row("Đảng viên mới", "6 tháng đầu năm 2024", 43, unit="TP Quảng Ngãi"),
            row("Nhiệm vụ hoàn thành", "Quý II/2024", 12, 12, unit="TP Quảng Ngãi"),
            row("Văn bản đã ban hành", "2024", 6, 11, unit="TP Quảng Ngãi"),
        ],
    )


@functools.cache
def _valid_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        return _valid(Path(folder)).read_bytes()


@pytest.fixture
def valid() -> bytes:
    return _valid_bytes()


def _figures(dataset: Dataset) -> list[tuple[str, str, float, float | None]]:
    frame = dataset.observations
    return sorted(
        (
            unicodedata.normalize("NFC", str(indicator)),
            str(period),
            float(numerator),
            None if denominator != denominator else float(denominator),
        )
        for indicator, period, numerator, denominator in zip(
            frame["indicator"], frame["period"], frame["numerator"], frame["denominator"],
            strict=True,
        )
    )  # fmt: skip


REFERENCE_BY_ROW = [  # in the order of the sheet's rows 2–5
    ("Đảng viên dùng sổ tay", "2024", 9728.0, 9897.0),
    ("Đảng viên mới", "2024S1", 43.0, None),
    ("Nhiệm vụ hoàn thành", "2024Q2", 12.0, 12.0),
    ("Văn bản đã ban hành", "2024", 6.0, 11.0),
]
REFERENCE = [
    ("Nhiệm vụ hoàn thành", "2024Q2", 12.0, 12.0),
    ("Văn bản đã ban hành", "2024", 6.0, 11.0),
    ("Đảng viên dùng sổ tay", "2024", 9728.0, 9897.0),
    ("Đảng viên mới", "2024S1", 43.0, None),
]


def _load_untouched(path: Path) -> Dataset:
    """Load, and check that nothing but chiso's own problems came out and the file's
    bytes are as they were."""
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    dataset = analysis.load(path)  # raises nothing: any failure is a problem
    assert isinstance(dataset, Dataset)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    for problem in dataset.problems:
        assert problem.message_vi and problem.message_en and problem.file
    return dataset


def _rezip(data: bytes, change: dict[str, bytes | None]) -> bytes:
    """The workbook's zip with some members replaced (bytes) or dropped (None)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            if info.filename in change:
                if change[info.filename] is None:
                    continue
                target.writestr(info, change[info.filename] or b"")
            else:
                target.writestr(info, source.read(info.filename))
    return out.getvalue()


def test_the_valid_workbook_gives_the_reference(valid: bytes, tmp_path: Path) -> None:
    path = tmp_path / "a.xlsx"
    path.write_bytes(valid)
    dataset = _load_untouched(path)
    assert dataset.ok and _figures(dataset) == REFERENCE


@FUZZ
@given(data=st.data())
def test_damaged_bytes(tmp_path: Path, data: st.DataObject) -> None:
    """Bytes flipped, cut or dropped anywhere in the file."""
    valid = _valid_bytes()
    raw = bytearray(valid)
    how = data.draw(st.sampled_from(["flip", "truncate", "drop"]))
    where = data.draw(st.integers(0, len(raw) - 1))
    if how == "flip":
        raw[where] ^= data.draw(st.integers(1, 255))
    elif how == "truncate":
        del raw[where:]
    else:
        del raw[where : where + data.draw(st.integers(1, 64))]
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(bytes(raw))
    dataset = _load_untouched(path)
    if dataset.ok:  # a byte the reader never needed: then the figures must be right
        assert _figures(dataset) == REFERENCE


@FUZZ
@given(data=st.data())
def test_damaged_members(tmp_path: Path, data: st.DataObject) -> None:
    """A member dropped, cut, or with bytes flipped inside its (re-compressed) content."""
    valid = _valid_bytes()
    with zipfile.ZipFile(io.BytesIO(valid)) as archive:
        names = archive.namelist()
        member = data.draw(st.sampled_from(names))
        content = bytearray(archive.read(member))
    how = data.draw(st.sampled_from(["drop", "truncate", "flip", "garbage"]))
    if how == "drop":
        change: bytes | None = None
    elif how == "truncate":
        change = bytes(content[: data.draw(st.integers(0, max(len(content) - 1, 0)))])
    elif how == "flip" and content:
        where = data.draw(st.integers(0, len(content) - 1))
        content[where] ^= data.draw(st.integers(1, 255))
        change = bytes(content)
    else:
        change = data.draw(st.binary(max_size=200))
    path = tmp_path / "members.xlsx"
    path.write_bytes(_rezip(valid, {member: change}))
    dataset = _load_untouched(path)
    if dataset.ok and member.startswith("xl/worksheets/") and how != "flip":
        # The table's sheet cut, dropped or replaced: an error, never a silent partial read.
        assert _figures(dataset) == REFERENCE


def _sheet(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


@FUZZ
@given(data=st.data())
def test_cells_replaced(tmp_path: Path, data: st.DataObject) -> None:
    """A cell of the table replaced by random text, a number, a date or an Excel error."""
    path = _valid(tmp_path)
    book = _sheet(path)
    sheet = book["Chỉ tiêu"]
    row_number = data.draw(st.integers(1, 6))
    cell = sheet.cell(row_number, data.draw(st.integers(1, 11)))
    cell.value = data.draw(
        st.one_of(
            st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=40),
            st.integers(-(10**12), 10**12),
            st.floats(allow_nan=False, allow_infinity=False),
            st.dates(),
            st.sampled_from(ERROR_CELLS),
            st.none(),
        )
    )
    book.save(path)
    dataset = _load_untouched(path)
    if dataset.ok and row_number > 1:
        # The rows not touched keep their figures: a damaged cell never spills over.
        untouched = [
            f for number, f in enumerate(REFERENCE_BY_ROW, start=2) if number != row_number
        ]
        got = _figures(dataset)
        assert all(figure in got for figure in untouched), (untouched, got)


@FUZZ
@given(data=st.data())
def test_rows_inserted_and_headers_moved(tmp_path: Path, data: st.DataObject) -> None:
    """Blank rows inserted, the columns in another order, the headers in decomposed
    Unicode (NFD, as some Mac and web tools write): the same figures."""
    path = _valid(tmp_path)
    book = _sheet(path)
    sheet = book["Chỉ tiêu"]
    lines = [list(r) for r in sheet.iter_rows(values_only=True)]
    order = data.draw(st.permutations(range(len(lines[0]))))
    header = [lines[0][i] for i in order]
    if data.draw(st.booleans()):
        header = [unicodedata.normalize("NFD", h) if isinstance(h, str) else h for h in header]
    body = [[line[i] for i in order] for line in lines[1:]]
    blank = data.draw(st.integers(0, len(body)))
    if data.draw(st.booleans()):
        body.insert(blank, [None] * len(header))
    fresh = openpyxl.Workbook()
    target = fresh.active
    assert target is not None
    target.title = "Chỉ tiêu"
    for line in [header, *body]:
        target.append(line)
    fresh.save(path)
    dataset = _load_untouched(path)
    assert dataset.ok, [p.message for p in dataset.errors]
    assert _figures(dataset) == REFERENCE
