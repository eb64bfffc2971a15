"""Benchmark: reading speed and memory of chiso on a large workbook, and a no-op build.

Writes a synthetic workbook of ROWS indicator rows (20 000 by default) to a
temporary folder, then measures, each in a fresh subprocess so that imports
and peak memory are counted honestly:

- pandas.read_excel with the openpyxl engine and with the calamine engine
  (the speed-up that made calamine the reader);
- chiso's `load` (open + validate the whole sheet) and `summarize`;
- `chiso build` when nothing changed (the fast path: no notebook is run).

Run: make bench   (or .venv/bin/python scripts/benchmark.py [ROWS])
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

MEASURE = r"""
import json, resource, sys, time
start = time.perf_counter()
kind, path = sys.argv[1], sys.argv[2]
if kind in ("openpyxl", "calamine"):
    import pandas as pd
    frame = pd.read_excel(path, engine=kind, sheet_name="Chỉ tiêu", header=0)
    rows = len(frame)
else:
    import analysis
    dataset = analysis.load(path)
    rows = len(dataset.observations)
    if kind == "summarize":
        rows = len(analysis.summarize(dataset))
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mib": peak, "rows": rows}))
"""


def write_workbook(path: Path, rows: int) -> None:
    import openpyxl

    from analysis.columns import DATA_COLUMNS

    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Chỉ tiêu")
    sheet.append([spec.header for spec in DATA_COLUMNS][:10])  # STT … Đơn vị tính
    for index in range(rows):
        unit = f"Phường {index // 40 + 1}"
        denominator = 500 + index % 97
        numerator = denominator - index % 13
        rate = round(numerator * 100 / denominator, 1)
        sheet.append(
            [
                index + 1,
                f"Chỉ tiêu số {index % 40 + 1}",
                f"CT{index % 40 + 1:02d}",
                unit,
                "2024S1",
                numerator,
                denominator,
                rate,
                None,
                "đảng viên",
            ]
        )
    book.save(path)


def measure(kind: str, path: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, kind, str(path)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure_noop_build() -> float:
    chiso = Path(sys.executable).parent / "chiso"
    command = [
        str(chiso),
        "build",
        "data/ke-hoach-83-quang-ngai.xlsx",
        "--organisation",
        "Thành ủy Quảng Ngãi",
        "--place",
        "Quảng Ngãi",
        "--period",
        "2024S1",
    ]
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)  # make sure it is built
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    folder = Path(tempfile.mkdtemp(prefix="chiso-bench-"))
    try:
        path = folder / "large.xlsx"
        write_workbook(path, rows)
        size = path.stat().st_size / 1024 / 1024
        print(f"workbook: {rows:,} rows, {size:.1f} MiB")
        results = {
            kind: measure(kind, path) for kind in ("openpyxl", "calamine", "load", "summarize")
        }
        for kind, result in results.items():
            print(
                f"{kind:>10}: {result['seconds']:6.2f} s  peak {result['peak_mib']:6.0f} MiB"
                f"  rows {int(result['rows']):,}"
            )
        speedup = results["openpyxl"]["seconds"] / results["calamine"]["seconds"]
        print(f"calamine is {speedup:.1f}× faster than openpyxl through pandas.read_excel")
        print(f"no-op `chiso build`: {measure_noop_build():.2f} s")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
