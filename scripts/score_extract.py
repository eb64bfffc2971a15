"""How well `chiso extract` reads a set of reports whose figures someone listed by hand.

For each `NAME.txt` or `NAME.docx` in FOLDER with a `NAME.expected.tsv` beside it (one line
per figure a careful analyst would copy: value, base, rate, kind — level, part, change,
of_plan or vs_last_year — and a few words of its sentence, tab-separated; numbers in plain
notation, 9728 and 98.3; blank where the report gives none), runs the real `chiso extract`
and counts the figures found with the right numbers and kind, and the rows no expected
figure accounts for (phantoms). `-v` lists both, sentence by sentence.

Run: .venv/bin/python scripts/score_extract.py FOLDER [-v] [--period KỲ]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

import openpyxl

COLUMNS = ("Tử số", "Mẫu số", "Tỷ lệ (%)", "Loại", "Chỉ tiêu", "Câu gốc")
KINDS = {
    "of_plan": ("đạt kế hoạch",),
    "change": ("thay đổi",),
    "vs_last_year": ("so với cùng kỳ",),
    "part": ("phần", "mức"),  # a fraction read as a level carries the same numbers
    "level": ("mức", "phần"),
}


def number(text: str) -> float | None:
    return float(text) if text.strip() else None


def same(a: object, b: float | None) -> bool:
    return a is not None and b is not None and abs(float(a) - b) < 1e-6  # type: ignore[arg-type]


def matches(row: dict[str, object], expected: list[str]) -> bool:
    value, base, rate = (number(expected[i]) for i in range(3))
    kind = expected[3].strip().split("/")[0]
    if row["Loại"] not in KINDS.get(kind, ("mức",)):
        return False
    if kind in ("of_plan", "vs_last_year"):
        return same(row["Tỷ lệ (%)"], rate)
    if value is None:
        return row["Tử số"] is None and same(row["Tỷ lệ (%)"], rate)
    return (
        same(row["Tử số"], value)
        and (base is None or same(row["Mẫu số"], base))
        and (rate is None or same(row["Tỷ lệ (%)"], rate))
    )


def score(report: Path, expected_path: Path, period: str, verbose: bool) -> tuple[int, int, int]:
    with tempfile.TemporaryDirectory() as scratch:
        draft = Path(scratch) / "draft.xlsx"
        command = [str(Path(sys.executable).parent / "chiso"), "extract", str(report), "-o",
                   str(draft), "--unit", "Đơn vị", "--period", period]  # fmt: skip
        subprocess.run(command, capture_output=True, check=True)
        sheet = openpyxl.load_workbook(draft)["Bản nháp"]
        header = [c.value for c in sheet[1]]
        rows = [
            dict(zip(header, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)
        ]
    expected = [
        line.rstrip("\n").split("\t")
        for line in expected_path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    used: set[int] = set()
    missed = []
    for line in expected:
        hit = next((i for i, r in enumerate(rows) if i not in used and matches(r, line)), None)
        if hit is None:
            missed.append(line)
        else:
            used.add(hit)
            if line[3].startswith("of_plan") and line[0].strip():  # the level beside it
                level = next((i for i, r in enumerate(rows) if i not in used
                              and same(r["Tử số"], number(line[0]))), None)  # fmt: skip
                if level is not None:
                    used.add(level)
    phantoms = [r for i, r in enumerate(rows) if i not in used]
    found = len(expected) - len(missed)
    print(f"{report.name:40} {found:3}/{len(expected):<3} found, {len(phantoms)} unmatched rows")
    if verbose:
        for line in missed:
            print(f"    not found: {line}")
        for row in phantoms:
            numbers = (row["Tử số"], row["Mẫu số"], row["Tỷ lệ (%)"], row["Loại"])
            print(f"    unmatched: {numbers} {row['Chỉ tiêu']} | {str(row['Câu gốc'])[:100]}")
    return found, len(expected), len(phantoms)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--period", default="6 tháng đầu năm 2024")
    args = parser.parse_args(argv)
    totals = [0, 0, 0]
    for expected in sorted(args.folder.glob("*.expected.tsv")):
        stem = expected.name.removesuffix(".expected.tsv")
        report = next((p for p in (args.folder / f"{stem}.docx", args.folder / f"{stem}.txt")
                       if p.exists()), None)  # fmt: skip
        if report is None:
            continue
        for i, value in enumerate(score(report, expected, args.period, args.verbose)):
            totals[i] += value
    found, listed, phantoms = totals
    share = f"{100 * found / listed:.1f}".replace(".", ",") if listed else "—"
    print(f"Tổng / total: {found}/{listed} found ({share}%), {phantoms} unmatched rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
