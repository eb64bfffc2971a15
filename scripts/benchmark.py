"""Benchmark: chiso's speed and memory against the goals in docs/speed.md.

Every command runs as its own process and is timed from start to exit (wall
time, so starting Python and importing count); its peak resident memory is that
one process's `ru_maxrss`, read with `os.wait4` (RUSAGE_CHILDREN would mix in
every earlier child). Linux reports the largest of the process and the children
it waited for, not their sum: for a build, the larger of chiso and its notebook
kernel. A reference made of two commands is timed as their sum. Each command
alternates with its references in the same run (A, ref, A, ref, ...), so a busy
machine slows both alike; the table shows medians. Synthetic workbooks in the
canonical layout (sheet "Chỉ tiêu": STT, Chỉ tiêu, Đơn vị, Kỳ, Tử số, Mẫu số;
units × 5 indicators × 20 years) are written once per run to a temporary folder.

Goals:
  1 check    100.000 rows: `chiso check --json` ≤ 0,15× pandas+openpyxl (A) and
             ≤ 1,5× fastexcel→pandas (B); peak memory ≤ A's.
  2 load     500.000 rows: `analysis.load` + `.ok` ≤ 1,5× B; `chiso summary --json` ≤ 2× B.
  3 compute  compute_indicators + group_totals + period_changes in one process
             (scripts/bench_compute.py) over 100.000, 1.000.000 and 5.000.000 rows:
             1.000.000 rows under 1 s, growing about linearly (≤ 1,5× the time per
             million rows at 5.000.000 as at 1.000.000).
  4 build    `chiso build --force` on the bundled workbook ≤ 1,0× the bare pipeline
             (jupyter nbconvert --execute --to html, then weasyprint).
  5 noop     `chiso build` with nothing to do < 0,5 s; `chiso --help` < 0,3 s.
  6 province `chiso build --force` of a province (issue 17: 500 communes and wards under 25
             districts × 8 indicators × 8 half-years = 32.000 figures, long layout, a
             `Đơn vị` sheet; scripts/make_province_workbook.py): ≤ 60 s, the peak memory of
             chiso and every process it starts together < 1 GB, the PDF ≤ 40 pages.
  7 demo     `chiso build --force` of the 12-unit demonstration workbook (data/demo/): the
             PDF ≤ 15 pages; its time and peak memory (process tree) are shown.
  8 extract  `chiso extract` of a folder of a province's unit reports (issue 20: 500 Word
             files, each a header frame, 9 paragraphs, a table and a signature, 17 figures):
             ≤ 60 s, peak memory < 500 MiB, every figure found.

Goals 6–7 measure memory differently: the build starts a kernel (and the PDF converter
runs in it or beside it), and Linux's `ru_maxrss` is the largest single process, never a
sum (`RUSAGE_CHILDREN` too: it is the largest of the children waited for). So the process
tree is sampled instead, every 50 ms from /proc (each process's parent from `stat`, its
resident set from `statm`), and the peak of the sum is kept. A sum of resident sets counts
twice the pages processes share (the libraries both map), so it is an upper bound, which
is the safe side for a limit. A build longer than `--build-timeout` is stopped (its
process group interrupted, then killed) and recorded as failed, with how far its
progress bar had got.

The Markdown table and one PASS/FAIL line per goal go to stdout (the same shape
on every run, to paste into docs/speed.md); progress goes to stderr.

Run: make bench   (or .venv/bin/python scripts/benchmark.py [--only compute]
                   [--repeat 3] [--rows-scale 0.05] [--build-timeout 600])
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent  # the venv's bin: chiso, jupyter, weasyprint
PYTHON = sys.executable

GOALS = ("check", "load", "compute", "build", "noop", "province", "demo", "extract")
GOAL_TITLES = {
    "check": "check 100.000 rows",
    "load": "load and summarise 500.000 rows",
    "compute": "statistics in one process",
    "build": "full build",
    "noop": "start-up",
    "province": "a province's briefing, 500 units",
    "demo": "the demonstration's briefing, 12 units",
    "extract": "a province's Word reports to one draft, 500 units",
}
EXTRACT_UNITS = 500
EXTRACT_FIGURES = 17  # each report's, as tests/test_extract.py's ward report has them

INDICATORS = (
    "Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ",
    "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ",
    "Tỷ lệ đảng viên tham gia sinh hoạt đầy đủ",
    "Tỷ lệ tổ chức cơ sở đảng được kiểm tra",
    "Tỷ lệ đảng viên được học tập nghị quyết",
)
YEARS = range(2005, 2025)
ROWS_PER_UNIT = len(INDICATORS) * len(YEARS)  # 100

BUNDLED = "data/ke-hoach-83-quang-ngai.xlsx"
BRIEFING = ("--organisation", "Thành ủy Quảng Ngãi", "--place", "Quảng Ngãi", "--period", "2024S1")

READ_OPENPYXL = (
    "import sys, pandas as pd; pd.read_excel(sys.argv[1], engine='openpyxl', sheet_name='Chỉ tiêu')"
)
READ_FASTEXCEL = (
    "import sys, fastexcel; fastexcel.read_excel(sys.argv[1]).load_sheet('Chỉ tiêu').to_pandas()"
)
LOAD = "import sys, analysis; d = analysis.load(sys.argv[1]); assert d.ok"


# -- numbers as docs/speed.md writes them: 100.000 rows, 0,15× ------------------------------


def number(value: float, decimals: int = 0) -> str:
    """Vietnamese digits: '.' between thousands, ',' before decimals."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", ",").replace("\0", ".")


def seconds_text(seconds: float) -> str:
    return f"{number(seconds, 2)} s"


def ratio_text(ratio: float) -> str:
    return f"{number(ratio, 2)}×"


def mib_text(kib: float) -> str:
    return f"{number(kib / 1024)} MiB"


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- synthetic workbooks ------------------------------------------------------------------


def write_workbook(path: Path, units: int) -> int:
    """Write `units` × 5 indicators × 20 years rows in the canonical layout; return the rows.

    Whole numbers with Tử số ≤ Mẫu số, spread by fixed arithmetic so every run
    writes the same file.
    """
    import openpyxl

    from analysis.model.columns import DATA_COLUMNS

    header = {spec.key: spec.header for spec in DATA_COLUMNS}
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Chỉ tiêu")
    sheet.append(
        [header[key] for key in ("stt", "indicator", "unit", "period", "numerator", "denominator")]
    )
    rows = units * ROWS_PER_UNIT
    step = max(rows // 10, 1)
    stt = 0
    for unit_index in range(1, units + 1):
        unit = f"Phường {unit_index}"
        for indicator_index, indicator in enumerate(INDICATORS):
            for year in YEARS:
                stt += 1
                denominator = 150 + (unit_index * 7919 + indicator_index * 104729 + year * 13) % 850
                shortfall = (unit_index * 31 + indicator_index * 17 + year * 3) % (
                    denominator // 5 + 1
                )
                sheet.append([stt, indicator, unit, year, denominator - shortfall, denominator])
                if stt % step == 0:
                    log(f"  {path.name}: {number(stt)} / {number(rows)} rows")
    book.save(path)
    return rows


# -- measuring one process ----------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """One row of the table: one process, or several timed together as one."""

    key: str
    label: str  # Markdown
    rows: str
    steps: tuple[tuple[str, ...], ...]


@dataclass
class Measured:
    """Every run of a task: wall seconds and peak memory (KiB) of each."""

    task: Task
    seconds: list[float] = field(default_factory=list)
    peaks_kib: list[int] = field(default_factory=list)
    failure: str | None = None

    @property
    def ok(self) -> bool:
        return self.failure is None and bool(self.seconds)

    @property
    def median_seconds(self) -> float:
        return statistics.median(self.seconds)

    @property
    def median_peak_kib(self) -> float:
        return statistics.median(self.peaks_kib)


def run_process(argv: Sequence[str], *, stderr_path: Path) -> tuple[float, int, int]:
    """Run one command to its end: (wall seconds, peak resident KiB, exit code).

    stdout goes to /dev/null, stderr to `stderr_path`.
    """
    with open(os.devnull, "wb") as devnull, stderr_path.open("wb") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(argv), stdin=subprocess.DEVNULL, stdout=devnull, stderr=errors, cwd=ROOT
        )
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    exit_code = os.waitstatus_to_exitcode(status)
    process.returncode = exit_code  # reaped by wait4: tell Popen it is done
    return seconds, usage.ru_maxrss, exit_code  # ru_maxrss is in KiB on Linux


def run_task(task: Task, measured: Measured, *, scratch: Path) -> str:
    """One run of a task: its steps in order, times added, the largest peak kept."""
    total = 0.0
    peak = 0
    stderr_path = scratch / "stderr.txt"
    for argv in task.steps:
        seconds, peak_kib, exit_code = run_process(argv, stderr_path=stderr_path)
        total += seconds
        peak = max(peak, peak_kib)
        if exit_code != 0:
            tail = stderr_path.read_text(errors="replace").strip().splitlines()[-15:]
            log(f"  {' '.join(argv[:4])} … exited with {exit_code}:")
            log("\n".join(f"    {line}" for line in tail))
            measured.failure = f"exit {exit_code}"
            return f"failed (exit {exit_code})"
    measured.seconds.append(total)
    measured.peaks_kib.append(peak)
    return f"{seconds_text(total)}, {mib_text(peak)}"


def measure_alternating(
    tasks: Sequence[Task], *, repeat: int, scratch: Path, goal: str
) -> dict[str, Measured]:
    """Run the tasks in turn, `repeat` rounds (A, ref, A, ref, ...)."""
    results = {task.key: Measured(task) for task in tasks}
    for round_ in range(1, repeat + 1):
        for task in tasks:
            outcome = run_task(task, results[task.key], scratch=scratch)
            log(f"[{goal} {round_}/{repeat}] {task.key}: {outcome}")
    return results


# -- the report ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Criterion:
    text: str
    passed: bool


@dataclass
class Report:
    rows: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)
    goals: list[str] = field(default_factory=list)
    passed: list[bool] = field(default_factory=list)

    def add_row(self, goal: int, measured: Measured, versus: str = "—") -> None:
        if measured.ok:
            median, peak = seconds_text(measured.median_seconds), mib_text(measured.median_peak_kib)
        else:
            median, peak, versus = f"failed ({measured.failure or 'no run'})", "—", "—"
        task = measured.task
        self.rows.append((str(goal), task.label, task.rows, median, versus, peak))

    def add_goal(self, goal: int, title: str, criteria: Sequence[Criterion]) -> None:
        passed = bool(criteria) and all(c.passed for c in criteria)
        self.passed.append(passed)
        verdict = "PASS" if passed else "FAIL"
        self.goals.append(
            f"- Goal {goal} ({title}): {verdict} — " + "; ".join(c.text for c in criteria)
        )

    def markdown(self) -> str:
        header = ("goal", "command", "rows", "median time", "vs reference", "peak memory")
        lines = ["| " + " | ".join(header) + " |", "|---|---|---:|---:|---|---:|"]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join([*lines, "", *self.goals])


def ratio_criterion(
    name: str, measured: Measured, reference: Measured, reference_name: str, limit: float
) -> Criterion:
    if not (measured.ok and reference.ok):
        return Criterion(f"{name} vs {reference_name}: not measured", False)
    ratio = measured.median_seconds / reference.median_seconds
    return Criterion(
        f"{name} {ratio_text(ratio)} {reference_name} (≤ {ratio_text(limit)})", ratio <= limit
    )


def under_criterion(name: str, measured: Measured, limit: float) -> Criterion:
    if not measured.ok:
        return Criterion(f"{name}: not measured", False)
    median = measured.median_seconds
    return Criterion(f"{name} {seconds_text(median)} (< {seconds_text(limit)})", median < limit)


def versus(measured: Measured, references: Sequence[tuple[Measured, str]]) -> str:
    if not measured.ok:
        return "—"
    parts = [
        f"{ratio_text(measured.median_seconds / ref.median_seconds)} {name}"
        for ref, name in references
        if ref.ok
    ]
    return ", ".join(parts) or "—"


# -- the goals ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    repeat: int
    scale: float
    budget: float
    folder: Path
    build_timeout: float = 600.0

    def units(self, full: int) -> int:
        return max(1, round(full * self.scale))


class Workbooks:
    """The synthetic workbooks of this run, each written the first time it is needed."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.paths: dict[int, tuple[Path, int]] = {}

    def get(self, full_units: int) -> tuple[Path, int]:
        units = self.settings.units(full_units)
        if units not in self.paths:
            path = self.settings.folder / f"units-{units}.xlsx"
            log(f"writing {path.name} ({number(units * ROWS_PER_UNIT)} rows)…")
            start = time.perf_counter()
            rows = write_workbook(path, units)
            size = path.stat().st_size / 1024 / 1024
            log(f"  written in {number(time.perf_counter() - start, 1)} s, {number(size, 1)} MiB")
            self.paths[units] = (path, rows)
        return self.paths[units]


def chiso(*args: str) -> tuple[str, ...]:
    return (str(BIN / "chiso"), *args)


def goal_check(settings: Settings, books: Workbooks, report: Report) -> None:
    path, rows = books.get(1_000)
    file = str(path)
    check = Task("check", "`chiso check --json`", number(rows), (chiso("check", "--json", file),))
    openpyxl = Task(
        "openpyxl",
        "reference A: `pandas.read_excel(engine='openpyxl')`",
        number(rows),
        ((PYTHON, "-c", READ_OPENPYXL, file),),
    )
    fastexcel = fastexcel_task(file, rows)
    results = measure_alternating(
        [check, openpyxl, fastexcel], repeat=settings.repeat, scratch=settings.folder, goal="check"
    )
    a, b, measured = results["openpyxl"], results["fastexcel"], results["check"]
    report.add_row(1, measured, versus(measured, [(a, "A"), (b, "B")]))
    report.add_row(1, a)
    report.add_row(1, b)
    memory = (
        Criterion(
            f"peak memory {mib_text(measured.median_peak_kib)}, "
            f"A {mib_text(a.median_peak_kib)} (≤ A)",
            measured.median_peak_kib <= a.median_peak_kib,
        )
        if measured.ok and a.ok
        else Criterion("peak memory: not measured", False)
    )
    report.add_goal(
        1,
        GOAL_TITLES["check"],
        [
            ratio_criterion("check", measured, a, "A", 0.15),
            ratio_criterion("check", measured, b, "B", 1.5),
            memory,
        ],
    )


def fastexcel_task(file: str, rows: int) -> Task:
    """Reference B: fastexcel straight to pandas, on the same file."""
    return Task(
        "fastexcel",
        "reference B: `fastexcel` → pandas",
        number(rows),
        ((PYTHON, "-c", READ_FASTEXCEL, file),),
    )


def goal_load(settings: Settings, books: Workbooks, report: Report) -> None:
    path, rows = books.get(5_000)
    file = str(path)
    load = Task("load", "`analysis.load` + `.ok`", number(rows), ((PYTHON, "-c", LOAD, file),))
    summary = Task(
        "summary", "`chiso summary --json`", number(rows), (chiso("summary", "--json", file),)
    )
    fastexcel = fastexcel_task(file, rows)
    results = measure_alternating(
        [load, summary, fastexcel], repeat=settings.repeat, scratch=settings.folder, goal="load"
    )
    b = results["fastexcel"]
    for key in ("load", "summary"):
        report.add_row(2, results[key], versus(results[key], [(b, "B")]))
    report.add_row(2, b)
    report.add_goal(
        2,
        GOAL_TITLES["load"],
        [
            ratio_criterion("load", results["load"], b, "B", 1.5),
            ratio_criterion("summary", results["summary"], b, "B", 2.0),
        ],
    )


def goal_compute(settings: Settings, books: Workbooks, report: Report) -> None:
    path, _ = books.get(1_000)
    full_sizes = (100_000, 1_000_000, 5_000_000)
    sizes = [max(1, round(size * settings.scale)) for size in full_sizes]
    log(f"[compute] {', '.join(number(size) for size in sizes)} rows, in one process…")
    completed = subprocess.run(
        [
            PYTHON,
            str(ROOT / "scripts" / "bench_compute.py"),
            str(path),
            "--sizes",
            ",".join(str(size) for size in sizes),
            "--repeat",
            str(settings.repeat),
            "--budget",
            str(settings.budget),
        ],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        check=False,
    )
    records: dict[int, dict[str, float]] = {}
    for line in completed.stdout.splitlines():
        record = json.loads(line)
        records[int(record["rows"])] = record
    label = "`compute_indicators` + `group_totals` + `period_changes`"
    per_million: dict[int, float] = {}
    for size in sizes:
        record = records.get(size)
        if record is None or record.get("skipped"):
            reason = (
                f"skipped (~{number(record['projected'])} s projected)"
                if record
                else f"failed (exit {completed.returncode})"
            )
            report.rows.append(("3", label, number(size), reason, "—", "—"))
            continue
        per_million[size] = record["seconds"] / size * 1_000_000
        report.rows.append(
            (
                "3",
                label,
                number(size),
                seconds_text(record["seconds"]),
                f"{seconds_text(per_million[size])} per million rows",
                mib_text(record["peak_kib"]),
            )
        )
    middle, largest = sizes[1], sizes[2]
    criteria: list[Criterion] = []
    if middle in per_million:
        rate = per_million[middle]
        criteria.append(
            Criterion(
                f"{number(middle)} rows at {seconds_text(rate)} per million (< 1,00 s)", rate < 1.0
            )
        )
    else:
        criteria.append(Criterion(f"{number(middle)} rows: not measured", False))
    if middle in per_million and largest in per_million:
        growth = per_million[largest] / per_million[middle]
        criteria.append(
            Criterion(
                f"time per row at {number(largest)} is {ratio_text(growth)} that at "
                f"{number(middle)} (≤ 1,50×)",
                growth <= 1.5,
            )
        )
    else:
        criteria.append(Criterion(f"{number(largest)} rows: not measured", False))
    report.add_goal(3, GOAL_TITLES["compute"], criteria)


def build_arguments(settings: Settings) -> tuple[str, ...]:
    output = settings.folder / "build"
    return (
        "build",
        BUNDLED,
        *BRIEFING,
        "--figures",
        str(output / "figures"),
        "--reports",
        str(output / "reports"),
    )


def goal_build(settings: Settings, books: Workbooks, report: Report) -> None:
    pipeline_dir = settings.folder / "pipeline"
    pipeline_dir.mkdir(exist_ok=True)
    build = Task(
        "build", "`chiso build --force`", "bundled", (chiso(*build_arguments(settings), "--force"),)
    )
    pipeline = Task(
        "pipeline",
        "reference: `jupyter nbconvert --execute --to html` + `weasyprint`",
        "bundled",
        (
            (
                str(BIN / "jupyter"),
                "nbconvert",
                "--execute",
                "--to",
                "html",
                "notebooks/briefing.ipynb",
                "--output-dir",
                str(pipeline_dir),
            ),
            (
                str(BIN / "weasyprint"),
                str(pipeline_dir / "briefing.html"),
                str(pipeline_dir / "briefing.pdf"),
            ),
        ),
    )
    results = measure_alternating(
        [build, pipeline], repeat=settings.repeat, scratch=settings.folder, goal="build"
    )
    report.add_row(4, results["build"], versus(results["build"], [(results["pipeline"], "ref")]))
    report.add_row(4, results["pipeline"])
    report.add_goal(
        4,
        GOAL_TITLES["build"],
        [ratio_criterion("build", results["build"], results["pipeline"], "ref", 1.0)],
    )


def goal_noop(settings: Settings, books: Workbooks, report: Report) -> None:
    arguments = chiso(*build_arguments(settings))
    noop = Task("noop", "`chiso build` with nothing to do", "bundled", (arguments,))
    # Run once untimed, so that the timed runs find everything built.
    outcome = run_task(noop, Measured(noop), scratch=settings.folder)
    log(f"[noop] first build, not timed: {outcome}")
    helper = Task("help", "`chiso --help`", "—", (chiso("--help"),))
    results = measure_alternating(
        [noop, helper], repeat=settings.repeat, scratch=settings.folder, goal="noop"
    )
    report.add_row(5, results["noop"])
    report.add_row(5, results["help"])
    report.add_goal(
        5,
        GOAL_TITLES["noop"],
        [
            under_criterion("no-op build", results["noop"], 0.5),
            under_criterion("`chiso --help`", results["help"], 0.3),
        ],
    )


# -- goals 6–7: a whole build, its process tree's memory and its PDF's pages ---------------

PROVINCE_UNITS = 500
PROVINCE_SECONDS = 60.0
PROVINCE_PEAK_BYTES = 1_000_000_000  # 1 GB
PROVINCE_PAGES = 40
DEMO = "data/demo/tinh-minh-hoa.xlsx"
DEMO_PAGES = 15
PAGE_KIB = os.sysconf("SC_PAGE_SIZE") // 1024


def process_tree(root: int) -> list[int]:
    """The process `root` and every process below it, from /proc (gone ones skipped)."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
        except OSError:
            continue
        # 'pid (name) state ppid ...': the name may hold spaces and parentheses.
        ppid = int(stat[stat.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, frontier = [root], [root]
    while frontier:
        frontier = [child for pid in frontier for child in children.get(pid, [])]
        tree += frontier
    return tree


def tree_rss_kib(root: int) -> int:
    """The resident memory of a process tree: the sum of each process's resident set."""
    total = 0
    for pid in process_tree(root):
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE_KIB
        except (OSError, IndexError, ValueError):
            continue
    return total


@dataclass(frozen=True)
class TreeRun:
    """One whole run: wall seconds, peak of the process tree's summed RSS (KiB), the
    largest number of processes seen at once, the exit code (None: stopped at the time
    limit) and the progress bar's last state."""

    seconds: float
    peak_kib: int
    processes: int
    exit_code: int | None
    progress: str


def run_tree(argv: Sequence[str], *, timeout: float, stderr_path: Path) -> TreeRun:
    """Run a command, sampling its process tree's memory every 50 ms until it ends or
    `timeout` seconds pass (then it is interrupted, and 10 s later every process of its
    tree is killed)."""
    with open(os.devnull, "wb") as devnull, stderr_path.open("wb") as errors:
        start = time.perf_counter()
        process = subprocess.Popen(
            list(argv),
            stdin=subprocess.DEVNULL,
            stdout=devnull,
            stderr=errors,
            cwd=ROOT,
            start_new_session=True,  # its own process group, to stop the kernel with it
        )
        peak = processes = 0
        stopped = False
        while process.poll() is None:
            tree = process_tree(process.pid)
            processes = max(processes, len(tree))
            peak = max(peak, tree_rss_kib(process.pid))
            if not stopped and time.perf_counter() - start > timeout:
                stopped = True
                os.killpg(process.pid, signal.SIGINT)  # the build's own clean-up runs
                try:
                    process.wait(10)
                except subprocess.TimeoutExpired:
                    # The kernel has a session of its own: each process by its id.
                    for pid in reversed(tree):
                        with contextlib.suppress(ProcessLookupError):
                            os.kill(pid, signal.SIGKILL)
            time.sleep(0.05)
        seconds = time.perf_counter() - start
    bar = stderr_path.read_text(errors="replace").replace("\r", "\n").strip().splitlines()
    progress = next((line.strip() for line in reversed(bar) if "chiso build" in line), "")
    return TreeRun(seconds, peak, processes, None if stopped else process.returncode, progress)


def pdf_pages(path: Path) -> int | None:
    """The number of pages of a PDF (None when there is no such file)."""
    if not path.is_file():
        return None
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


@dataclass
class BuildRuns:
    """Every run of one build goal."""

    task: Task
    runs: list[TreeRun] = field(default_factory=list)
    pages: int | None = None

    def measured(self) -> Measured:
        done = [run for run in self.runs if run.exit_code == 0]
        failed = next((run for run in self.runs if run.exit_code != 0), None)
        failure = None
        if failed is not None:
            failure = (
                f"stopped after {seconds_text(failed.seconds)} at «{failed.progress}»"
                if failed.exit_code is None
                else f"exit {failed.exit_code}"
            )
        return Measured(
            self.task,
            seconds=[run.seconds for run in done],
            peaks_kib=[run.peak_kib for run in done],
            failure=failure,
        )


def measure_build(
    task: Task, reports: Path, *, settings: Settings, goal: str, repeat: int
) -> BuildRuns:
    """Run a build `repeat` times (stopping at the first failure), then count its pages."""
    results = BuildRuns(task)
    for round_ in range(1, repeat + 1):
        (argv,) = task.steps
        run = run_tree(argv, timeout=settings.build_timeout, stderr_path=settings.folder / "e.txt")
        results.runs.append(run)
        log(
            f"[{goal} {round_}/{repeat}] {seconds_text(run.seconds)}, {mib_text(run.peak_kib)} "
            f"over {run.processes} processes, exit {run.exit_code}; {run.progress}"
        )
        if run.exit_code != 0:
            break
    results.pages = pdf_pages(reports / "briefing.pdf")
    return results


def build_task(key: str, label: str, rows: str, workbook: Path, output: Path) -> Task:
    argv = chiso(
        "build",
        str(workbook),
        "--figures",
        str(output / "figures"),
        "--reports",
        str(output / "reports"),
        "--force",
    )
    return Task(key, label, rows, (argv,))


def pages_criterion(results: BuildRuns, limit: int) -> Criterion:
    if results.pages is None:
        return Criterion("PDF: not written", False)
    return Criterion(f"PDF {results.pages} pages (≤ {limit})", results.pages <= limit)


def tree_row(goal: int, results: BuildRuns, report: Report) -> Measured:
    measured = results.measured()
    pages = f"{results.pages} pages" if results.pages is not None else "no PDF"
    report.add_row(goal, measured, pages)
    return measured


def goal_province(settings: Settings, books: Workbooks, report: Report) -> None:
    units = settings.units(PROVINCE_UNITS)
    maker = load_script("make_province_workbook")
    path = settings.folder / f"province-{units}.xlsx"
    log(f"writing {path.name} ({units} units × 8 indicators × 8 half-years)…")
    maker.write(path, units_count=units)
    output = settings.folder / "province"
    task = build_task(
        "province",
        f"`chiso build --force` (province: 25 districts, {number(units)} communes, 8 × 8)",
        number(units * 8 * 8),
        path,
        output,
    )
    # A build that runs past its time limit once is not run again.
    results = measure_build(
        task, output / "reports", settings=settings, goal="province", repeat=settings.repeat
    )
    measured = tree_row(6, results, report)
    limit_kib = PROVINCE_PEAK_BYTES / 1024
    memory = (
        Criterion(
            f"peak memory of the process tree {mib_text(measured.median_peak_kib)} "
            f"(< {mib_text(limit_kib)})",
            measured.median_peak_kib < limit_kib,
        )
        if measured.ok
        else Criterion("peak memory: not measured", False)
    )
    report.add_goal(
        6,
        GOAL_TITLES["province"],
        [
            at_most_criterion("build", measured, PROVINCE_SECONDS),
            memory,
            pages_criterion(results, PROVINCE_PAGES),
        ],
    )


def goal_demo(settings: Settings, books: Workbooks, report: Report) -> None:
    output = settings.folder / "demo"
    task = build_task(
        "demo", "`chiso build --force` (demonstration, 12 units)", "360", ROOT / DEMO, output
    )
    results = measure_build(
        task, output / "reports", settings=settings, goal="demo", repeat=settings.repeat
    )
    tree_row(7, results, report)
    report.add_goal(7, GOAL_TITLES["demo"], [pages_criterion(results, DEMO_PAGES)])


def at_most_criterion(name: str, measured: Measured, limit: float) -> Criterion:
    if not measured.ok:
        return Criterion(f"{name}: {measured.failure or 'not measured'}", False)
    median = measured.median_seconds
    return Criterion(f"{name} {seconds_text(median)} (≤ {seconds_text(limit)})", median <= limit)


def load_script(name: str) -> Any:
    """A script of this folder as a module (scripts/ is not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while being made
    spec.loader.exec_module(module)
    return module


def write_reports(folder: Path, units: int) -> None:
    """`units` Word reports as units send them, each with its own issuer and numbers."""
    import docx

    folder.mkdir(parents=True, exist_ok=True)
    for unit in range(units):
        base = 400 + unit % 97
        count = base - unit % 9
        document = docx.Document()
        frame = document.add_table(rows=1, cols=2)
        frame.cell(
            0, 0
        ).text = (
            f"ĐẢNG BỘ HUYỆN SỐ {unit % 25 + 1}\nĐẢNG ỦY XÃ SỐ {unit + 1}\n*\nSố {unit + 10}-BC/ĐU"
        )
        frame.cell(0, 1).text = "ĐẢNG CỘNG SẢN VIỆT NAM\nXã Số, ngày 01 tháng 7 năm 2024"
        document.add_paragraph("BÁO CÁO")
        document.add_paragraph("Kết quả công tác xây dựng Đảng 6 tháng đầu năm 2024")
        rate = f"{count / base * 100:.1f}".replace(".", ",")
        received = f"{2000 + unit:,}".replace(",", ".")
        for text in (
            "1. Đảng ủy đã lãnh đạo hoàn thành 12/12 nhiệm vụ trọng tâm. Đến nay có "
            f"{count}/{base} đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử, "
            f"đạt tỷ lệ {rate}%.",
            f"Có {unit % 7 + 10}/20 chi bộ được xếp loại hoàn thành tốt nhiệm vụ.",
            f"2. Từ đầu nhiệm kỳ 2020 - 2025 đến nay có {unit % 15} đảng viên được cho ra khỏi "
            f"Đảng, {unit % 24} đảng viên bị xoá tên, {unit % 5:02d} đảng viên bị khai trừ.",
            "3. Kết nạp 15 đảng viên mới, trong đó: 08 đảng viên nữ, 04 đảng viên là đoàn viên, "
            "03 đảng viên là người dân tộc thiểu số.",
            f"4. Trung tâm tiếp nhận gần {received} hồ sơ; thu ngân sách trên 4,5 tỷ đồng, "
            f"đạt {50 + unit % 40}% kế hoạch năm.",
            "5. Tỷ lệ đảng viên sinh hoạt đầy đủ đạt 93%, tăng 1,94% so với cùng kỳ. Số vụ vi "
            "phạm giảm 02 vụ so với cùng kỳ.",
            "Ngày 3/9 và ngày 21/6, tổ chức trao Huy hiệu 40 năm tuổi Đảng tại Tổ dân phố 5.",
        ):
            document.add_paragraph(text)
        table = document.add_table(rows=2, cols=2)
        table.cell(0, 0).text, table.cell(0, 1).text = "Chỉ tiêu", "Số lượng"
        table.cell(1, 0).text, table.cell(1, 1).text = "Chi bộ trong sạch, vững mạnh", "18"
        document.add_paragraph("Nơi nhận:")
        document.add_paragraph("- Lưu VP (03 bản).")
        document.save(str(folder / f"xa-{unit + 1:03d}.docx"))


def goal_extract(settings: Settings, books: Workbooks, report: Report) -> None:
    units = settings.units(EXTRACT_UNITS)
    folder = settings.folder / f"reports-{units}"
    log(f"writing {units} Word reports to {folder.name}…")
    write_reports(folder, units)
    draft = settings.folder / "ban-nhap.xlsx"
    task = Task(
        "extract",
        f"`chiso extract` ({units} reports)",
        str(units),
        (chiso("extract", str(folder), "-o", str(draft)),),
    )
    results = measure_alternating(
        [task], repeat=settings.repeat, scratch=settings.folder, goal="extract"
    )
    measured = results["extract"]
    import openpyxl

    rows = 0
    if draft.exists():
        rows = openpyxl.load_workbook(draft, read_only=True)["Bản nháp"].max_row - 1
    report.add_row(8, measured, f"{number(rows)} rows")
    peak_ok = measured.ok and measured.median_peak_kib < 500 * 1024
    report.add_goal(
        8,
        GOAL_TITLES["extract"],
        [
            at_most_criterion("extract", measured, 60.0),
            Criterion(
                f"peak memory {mib_text(measured.median_peak_kib) if measured.ok else '—'} "
                "(< 500 MiB)",
                peak_ok,
            ),
            Criterion(
                f"{number(rows)} figures found (= {number(units * EXTRACT_FIGURES)})",
                rows == units * EXTRACT_FIGURES,
            ),
        ],
    )


GOAL_RUNNERS: dict[str, Callable[[Settings, Workbooks, Report], None]] = {
    "check": goal_check,
    "load": goal_load,
    "compute": goal_compute,
    "build": goal_build,
    "noop": goal_noop,
    "province": goal_province,
    "demo": goal_demo,
    "extract": goal_extract,
}


# -- command line -------------------------------------------------------------------------


def parse_only(text: str | None) -> list[str]:
    """Goal names (or numbers 1–5), comma-separated; in the order of the goals."""
    if not text:
        return list(GOALS)
    chosen: set[str] = set()
    for part in text.split(","):
        name = part.strip().lower()
        if name.isdigit() and 1 <= int(name) <= len(GOALS):
            name = GOALS[int(name) - 1]
        if name not in GOALS:
            raise argparse.ArgumentTypeError(
                f"unknown goal {part!r}; choose from {', '.join(GOALS)} (or 1–{len(GOALS)})"
            )
        chosen.add(name)
    return [goal for goal in GOALS if goal in chosen]


def positive_float(text: str) -> float:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def positive_int(text: str) -> int:
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"must be positive, got {text}")
    return value


def parse_arguments(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Measure chiso against its speed and memory goals (see docs/speed.md)."
    )
    parser.add_argument(
        "--only",
        type=parse_only,
        default=list(GOALS),
        metavar="NAME[,NAME]",
        help=f"run only these goals: {', '.join(GOALS)} (or their numbers 1–{len(GOALS)})",
    )
    parser.add_argument(
        "--repeat", type=positive_int, default=3, help="runs of each command (median; 3)"
    )
    parser.add_argument(
        "--rows-scale",
        type=positive_float,
        default=1.0,
        metavar="F",
        help="multiply every row count, e.g. 0.05 for a quick smoke run (1)",
    )
    parser.add_argument(
        "--compute-budget",
        type=positive_float,
        default=120.0,
        metavar="SECONDS",
        help="goal 3 skips a size whose one run is projected to take longer (120)",
    )
    parser.add_argument(
        "--build-timeout",
        type=positive_float,
        default=600.0,
        metavar="SECONDS",
        help="goals 6–7 stop a build that runs longer, and record how far it got (600)",
    )
    parser.add_argument(
        "--strict", action="store_true", help="exit with status 1 when a goal is not met"
    )
    return parser.parse_args(argv)


def versions() -> str:
    names = ("pandas", "python-calamine", "fastexcel", "openpyxl")
    found = []
    for name in names:
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} missing")
    return ", ".join([f"Python {platform.python_version()}", *found])


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_arguments(argv)
    missing = [name for name in ("chiso", "jupyter", "weasyprint") if not (BIN / name).exists()]
    if missing:
        log(f"not found in {BIN}: {', '.join(missing)} (run with .venv/bin/python)")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="chiso-bench-"))
    settings = Settings(
        repeat=args.repeat,
        scale=args.rows_scale,
        budget=args.compute_budget,
        folder=folder,
        build_timeout=args.build_timeout,
    )
    report = Report()
    try:
        books = Workbooks(settings)
        for goal in args.only:
            GOAL_RUNNERS[goal](settings, books, report)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print(
        f"Median of {settings.repeat} run(s), each command alternating with its references; "
        "wall time of the whole process (start, imports, exit) and its peak resident memory. "
        f"{versions()}; {os.cpu_count()} cores."
    )
    if settings.scale != 1.0:
        scale = f"{settings.scale:g}".replace(".", ",")
        print(f"Row counts scaled by {scale}: not the goals' sizes.")
    print()
    print(report.markdown())
    return 1 if args.strict and not all(report.passed) else 0


if __name__ == "__main__":
    sys.exit(main())
