"""Benchmark helper: statistics in one process over many observation rows.

Run by `scripts/benchmark.py` (goal 3) as its own process. Loads a workbook
once with `analysis.load`, then for each requested size tiles
`dataset.observations` to that many rows (each copy's units renamed, so that
groups stay distinct) and times `compute_indicators`, `group_totals` and
`period_changes` with `time.perf_counter` around the three calls only: the
loading and tiling are setup and are not timed.

Prints one JSON object per size on stdout (progress goes to stderr):
    {"rows": 1000000, "seconds": 0.82, "runs": [...], "peak_kib": 812345,
     "results": 1000000, "totals": 0, "changes": 950000}
or, when the projected time of one run exceeds --budget,
    {"rows": 5000000, "skipped": true, "projected": 650.0}

Run: .venv/bin/python scripts/bench_compute.py WORKBOOK --sizes 100000,1000000
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np
import pandas as pd

import analysis


def tile_observations(observations: pd.DataFrame, size: int) -> pd.DataFrame:
    """`size` rows made of whole copies of `observations` (the last one cut short).

    Copy k's units get the suffix ' #k', so no two copies share a unit and every
    group (unit, indicator, period) stays as small as in the workbook. Only the
    `unit` column is named; the others are carried over whatever they are.
    """
    base = len(observations)
    copies = -(-size // base)  # ceiling division
    positions = np.tile(np.arange(base), copies)[:size]
    frame = observations.take(positions).reset_index(drop=True)
    copy_number = pd.Series(np.repeat(np.arange(copies), base)[:size]).astype("str")
    units = frame["unit"].astype("str") + " #" + copy_number
    frame["unit"] = units.astype(observations["unit"].dtype)
    return frame


def time_statistics(observations: pd.DataFrame) -> tuple[float, dict[str, int]]:
    """Seconds taken by the three statistics calls, and the sizes of what they return."""
    start = time.perf_counter()
    results = analysis.compute_indicators(observations)
    totals = analysis.group_totals(results)
    changes = analysis.period_changes(results)
    seconds = time.perf_counter() - start
    return seconds, {"results": len(results), "totals": len(totals), "changes": len(changes)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("workbook", type=Path)
    parser.add_argument("--sizes", required=True, help="comma-separated row counts, ascending")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (median)")
    parser.add_argument(
        "--budget",
        type=float,
        default=120.0,
        help="skip a size whose one run is projected to take longer (seconds)",
    )
    args = parser.parse_args(argv)
    sizes = sorted(int(size) for size in args.sizes.split(","))

    dataset = analysis.load(args.workbook)
    if not dataset.ok:
        for problem in dataset.errors[:10]:
            print(problem, file=sys.stderr)
        print(f"{args.workbook}: not a valid workbook", file=sys.stderr)
        return 1
    observations = dataset.observations
    seconds_per_row: float | None = None
    for size in sizes:
        if seconds_per_row is not None and seconds_per_row * size > args.budget:
            projected = seconds_per_row * size
            print(
                f"  compute {size} rows: skipped, one run projected at {projected:.0f} s",
                file=sys.stderr,
            )
            print(json.dumps({"rows": size, "skipped": True, "projected": projected}), flush=True)
            continue
        frame = tile_observations(observations, size)
        runs: list[float] = []
        counts: dict[str, int] = {}
        for run in range(args.repeat):
            gc.collect()
            seconds, counts = time_statistics(frame)
            runs.append(seconds)
            print(
                f"  compute {size} rows, run {run + 1}/{args.repeat}: {seconds:.3f} s",
                file=sys.stderr,
            )
        del frame
        median = statistics.median(runs)
        seconds_per_row = median / size
        peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
        record = {"rows": size, "seconds": median, "runs": runs, "peak_kib": peak_kib, **counts}
        print(json.dumps(record), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
