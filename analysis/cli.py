"""The `chiso` command: a thin layer over the library.

Exit codes: 0 fine (warnings allowed), 1 a workbook has errors, 2 the command
was used wrongly. Users never see a traceback for a problem in their file.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, TextIO

from . import __version__
from .build import add_build_command

if TYPE_CHECKING:
    from .errors import Problem
    from .model import Dataset
    from .stats import IntervalMethod

# Heavy modules (pandas, SciPy, matplotlib) are imported inside the commands, so that a
# `chiso build` with nothing to do answers at once.
Lang = Literal["vi", "en"]

_HEADINGS: dict[Lang, dict[str, str]] = {
    "vi": {
        "indicator": "Chỉ tiêu",
        "unit": "Đơn vị",
        "period": "Kỳ",
        "text": "Số liệu",
        "ratio": "Tử số/Mẫu số",
        "interval": "Khoảng tin cậy 95%",
        "cell": "Ô",
        "severity": "Mức độ",
        "code": "Mã",
        "where": "Vị trí",
        "message": "Nội dung",
        "error": "lỗi",
        "warning": "cảnh báo",
    },
    "en": {
        "indicator": "Indicator",
        "unit": "Unit",
        "period": "Period",
        "text": "Figure",
        "ratio": "Count/Base",
        "interval": "95% interval",
        "cell": "Cell",
        "severity": "Severity",
        "code": "Code",
        "where": "Where",
        "message": "Message",
        "error": "error",
        "warning": "warning",
    },
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        result: int = args.run(args)
    except KeyboardInterrupt:
        print("Đã dừng. / Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader (e.g. `head`) closed the pipe: stop quietly, as Unix tools do.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="chiso",
        description="Kiểm tra và tổng hợp số liệu chỉ tiêu từ tệp Excel. / "
        "Check and summarise indicator workbooks.",
    )
    parser.add_argument("--version", action="version", version=f"chiso {__version__}")
    commands = parser.add_subparsers(dest="command")

    def common(sub: argparse.ArgumentParser) -> None:
        sub.add_argument(
            "--json",
            action="store_true",
            help='in một đối tượng JSON {"rows": [...], "problems": [...]} / print one JSON object',
        )
        sub.add_argument(
            "--lang",
            choices=("vi", "en"),
            default="vi",
            help="ngôn ngữ hiển thị số liệu / language of the figures (vi)",
        )
        sub.add_argument(
            "--interval",
            choices=("wilson", "exact"),
            default="wilson",
            help="khoảng tin cậy Wilson hoặc Clopper–Pearson chính xác "
            "/ Wilson or exact Clopper–Pearson interval (wilson)",
        )

    check = commands.add_parser("check", help="kiểm tra tệp / check workbooks")
    check.add_argument("workbooks", nargs="+", metavar="WORKBOOK")
    common(check)
    check.set_defaults(run=_run_check)

    summary = commands.add_parser("summary", help="bảng chỉ tiêu / table of indicators")
    summary.add_argument("workbook", metavar="WORKBOOK")
    common(summary)
    summary.set_defaults(run=_run_summary)

    add_build_command(commands)
    return parser


def _run_check(args: argparse.Namespace) -> int:
    from .loading import load

    datasets = [load(path) for path in args.workbooks]
    rows, problems = _collect(datasets, lang=args.lang, method=args.interval)
    if args.json:
        _print_json(rows, problems)
    else:
        print_problems(problems, lang=args.lang, stream=sys.stdout)
        errors = sum(p.severity == "error" for p in problems)
        warnings = len(problems) - errors
        print(
            f"{len(datasets)} tệp, {errors} lỗi, {warnings} cảnh báo / "
            f"{len(datasets)} file(s), {errors} error(s), {warnings} warning(s)"
        )
    return 1 if any(not d.ok for d in datasets) else 0


def _run_summary(args: argparse.Namespace) -> int:
    from .loading import load

    dataset = load(args.workbook)
    rows, problems = _collect([dataset], lang=args.lang, method=args.interval)
    if args.json:
        _print_json(rows, problems)
        return 0 if dataset.ok else 1
    if not dataset.ok:
        print_problems(problems, lang=args.lang, stream=sys.stderr)
        return 1
    print_summary(rows, lang=args.lang, stream=sys.stdout)
    if problems:
        print_problems(problems, lang=args.lang, stream=sys.stderr)
    return 0


def _collect(
    datasets: list[Dataset], *, lang: Lang, method: IntervalMethod
) -> tuple[list[dict[str, Any]], list[Problem]]:
    from .summary import summarize, summary_records

    rows: list[dict[str, Any]] = []
    problems: list[Problem] = []
    for dataset in datasets:
        problems.extend(dataset.problems)
        if dataset.ok:
            rows.extend(summary_records(summarize(dataset, lang=lang, method=method)))
    return rows, problems


def _print_json(rows: list[dict[str, Any]], problems: list[Problem]) -> None:
    payload = {"rows": rows, "problems": [p.to_dict() for p in problems]}
    json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_summary(rows: list[dict[str, Any]], *, lang: Lang, stream: TextIO) -> None:
    """The indicators as an aligned text table; group totals marked with Σ."""
    heads = _HEADINGS[lang]
    table = [
        [
            ("Σ " if row["is_total"] else "") + row["indicator"],
            row["unit"],
            row["period"],
            row["text"] + (f" {row['measure']}" if row["is_total"] and row["measure"] else ""),
            row["ratio_text"] or "",
            row["interval_text"] or "",
            row["cell"],
        ]
        for row in rows
    ]
    headers = [
        heads[key] for key in ("indicator", "unit", "period", "text", "ratio", "interval", "cell")
    ]
    stream.write(render_table(headers, table, max_width={0: 56}))


def print_problems(problems: list[Problem], *, lang: Lang, stream: TextIO) -> None:
    """One line per problem: severity, code, where, message (vi / en)."""
    if not problems:
        stream.write("Không có lỗi. / No problems found.\n")
        return
    heads = _HEADINGS[lang]
    table = [[heads[p.severity], p.code, p.location, p.message] for p in problems]
    headers = [heads[key] for key in ("severity", "code", "where", "message")]
    stream.write(render_table(headers, table, max_width={}))


def render_table(headers: list[str], rows: list[list[str]], *, max_width: dict[int, int]) -> str:
    """Columns padded to their widest cell (NFC, so each Vietnamese letter is one column)."""

    def fit(text: str, column: int) -> str:
        text = unicodedata.normalize("NFC", text)
        limit = max_width.get(column)
        return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"

    cells = [[fit(h, i) for i, h in enumerate(headers)]]
    cells += [[fit(value, i) for i, value in enumerate(row)] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    lines = []
    for index, row in enumerate(cells):
        lines.append("  ".join(value.ljust(widths[i]) for i, value in enumerate(row)).rstrip())
        if index == 0:
            lines.append("  ".join("-" * width for width in widths))
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
