"""The `chiso` command: a thin layer over the library, and the only code that prints.

Exit codes: 0 fine (warnings allowed), 1 a workbook has errors (or a build
cannot go on, or the machine failed it: permission denied, read-only, disk full),
2 the command was used wrongly, 3 a failure chiso did not foresee. Users never see a traceback
for a problem in their file.

Heavy modules (pandas, SciPy, matplotlib, the build's notebook machinery) are
imported inside the commands, so that `chiso --help` and a `chiso build` with
nothing to do answer at once.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

from . import __version__
from .cli_extract import add_extract_command
from .model.errors import has_errors
from .model.labels import Lang, as_lang
from .present.terminal_text import printable
from .present.text_tables import ProblemLike, problems_table, summary_table

if TYPE_CHECKING:
    from .model.dataset import Dataset
    from .model.errors import Problem
    from .run.build import BuildReport
    from .run.options import BuildOptions


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
    except (SystemExit, GeneratorExit):
        raise
    except OSError as exc:  # the machine's (permission, read-only, disk full): the user's to fix
        from .run.files import plain_failure

        print(plain_failure(exc), file=sys.stderr)
        return 1
    except BaseException as exc:  # noqa: BLE001 - the last resort: one plain line, never a traceback
        return _last_resort(args, exc)
    return result


UNEXPECTED = 3  # exit code of a failure chiso did not foresee (docs/commands.md, "Exit codes")


def _last_resort(args: argparse.Namespace, exc: BaseException) -> int:
    """Say in one line (or one JSON object) which file, what chiso was doing and where the
    full traceback was written; exit with `UNEXPECTED`."""
    import json

    from .run.crash_log import unexpected_failure

    inputs = [
        str(value)
        for name in ("workbooks", "workbook", "old", "new", "out")
        for value in _as_list(getattr(args, name, None))
    ]
    problem, log = unexpected_failure(exc, command=args.command, inputs=inputs)
    if getattr(args, "json", False):
        payload = {"rows": [], "problems": [problem.to_dict()], "traceback": str(log or "")}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        print(f"{problem.location}: {problem.message}", file=sys.stderr)
    return UNEXPECTED


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


WHERE = (
    "tệp .xlsx, thư mục hoặc mẫu như 'don-vi/*.xlsx' / "
    ".xlsx files, folders or patterns such as 'units/*.xlsx'"
)


def _parser() -> argparse.ArgumentParser:
    """The parser of `chiso` and all its subcommands."""
    parser = argparse.ArgumentParser(
        prog="chiso",
        description="Kiểm tra và tổng hợp số liệu chỉ tiêu từ tệp Excel. / "
        "Check and summarise indicator workbooks.",
    )
    parser.add_argument("--version", action="version", version=f"chiso {__version__}")
    commands = parser.add_subparsers(dest="command")
    _add_reading_commands(commands)
    _add_diff_command(commands)
    _add_template_command(commands)
    _add_explain_command(commands)
    add_build_command(commands)
    add_extract_command(commands)
    return parser


def _common(sub: argparse.ArgumentParser) -> None:
    """The output options `check` and `summary` share."""
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
    sub.add_argument(
        "--strict",
        action="store_true",
        help="coi mọi cảnh báo là lỗi / count every warning as an error",
    )


def _add_reading_commands(commands: Any) -> None:
    """`chiso check` and `chiso summary`."""
    where = WHERE
    check = commands.add_parser("check", help="kiểm tra tệp / check workbooks")
    check.add_argument("workbooks", nargs="+", metavar="WORKBOOK", help=where)
    _common(check)
    check.set_defaults(run=run_check)

    summary = commands.add_parser("summary", help="bảng chỉ tiêu / table of indicators")
    summary.add_argument("workbooks", nargs="+", metavar="WORKBOOK", help=where)
    _common(summary)
    summary.set_defaults(run=run_summary)


def _add_diff_command(commands: Any) -> None:
    diff = commands.add_parser(
        "diff",
        help="so sánh hai lần báo cáo / what moved between two briefings",
        description="Các số liệu đã thay đổi giữa hai tệp Excel, hai kết quả `chiso summary "
        "--json` hoặc hai lần dựng báo cáo (reports/briefing.ipynb). / The figures that changed "
        "between two workbooks, two `chiso summary --json` outputs or two builds.",
    )
    diff.add_argument("old", type=Path, metavar="CŨ", help="bên cũ / the old side")
    diff.add_argument("new", type=Path, metavar="MỚI", help="bên mới / the new side")
    diff.add_argument("--json", action="store_true", help='in {"changes": [...]} / print JSON')
    diff.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ / language (vi)")
    diff.set_defaults(run=run_diff)


def _add_template_command(commands: Any) -> None:
    template = commands.add_parser(
        "template",
        help="tạo tệp mẫu để các đơn vị điền / write the workbook units fill in",
        description="Ghi tệp Excel mẫu: tiêu đề cột, danh sách thả xuống cho chỉ tiêu, đơn vị, "
        "kỳ, và trang hướng dẫn. / Write a template workbook: headers, drop-down lists for "
        "indicators, units and periods, and an instructions sheet.",
    )
    template.add_argument("out", type=Path, metavar="OUT.xlsx", help="tệp sẽ ghi / file to write")
    template.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="WORKBOOK",
        help="lấy chỉ tiêu, đơn vị, danh mục từ tệp này / take indicators, units and the "
        "catalogue from this workbook",
    )
    template.set_defaults(run=run_template)


def _add_explain_command(commands: Any) -> None:
    where = WHERE
    explain = commands.add_parser(
        "explain",
        help="chiso hiểu từng bảng thế nào / what chiso understood of each table",
        description="In, cho từng bảng: vùng, dòng tiêu đề, ý nghĩa từng cột, kỳ và đơn vị lấy "
        "từ đâu, từ chưa hiểu, các số không đọc và lý do. Với -o, ghi cách đọc ấy thành trang "
        "«Cách đọc» để chép vào tệp của mình và sửa. / Print, for each table, its range, "
        "header rows, what each column means, where its period and unit come from, the terms "
        "not understood and the numbers not read, and why. With -o, write that reading as a "
        "«Cách đọc» sheet to copy into the workbook and correct. "
        "Ví dụ / example: chiso explain bao-cao.xlsx -o cach-doc.xlsx",
    )
    explain.add_argument("workbooks", nargs="+", metavar="WORKBOOK", help=where)
    explain.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="CACH-DOC.xlsx",
        help="ghi cách đọc thành trang «Cách đọc» / write the reading as a «Cách đọc» sheet",
    )
    explain.add_argument(
        "--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ / language (vi)"
    )
    explain.set_defaults(run=run_explain)


# -- check, summary, explain, template, diff ------------------------------------------------


def run_explain(args: argparse.Namespace) -> int:
    paths, notes = _found(args.workbooks)
    problems: list[Problem] = list(notes)
    lines: list[str] = []
    for dataset in _loaded(paths):
        print(f"{dataset.file}:")
        for table in dataset.tables:
            for line in table.describe(lang=args.lang):
                print(f"  {line}")
            lines += table.cach_doc()
        if not dataset.tables:
            print("  " + ("(không thấy bảng nào) / (no table found)"))
        problems += dataset.problems
    if problems:
        print_problems(problems, lang=args.lang, stream=sys.stdout)
    if args.output is not None:
        from .run.saving import write_reading

        written = write_reading(lines, args.output)
        print(f"Đã ghi / written: {written}")
    return 1 if has_errors(problems) else 0


def run_template(args: argparse.Namespace) -> int:
    import datetime as dt

    from .run.template import content_of, write_template

    dataset = None
    if args.source is not None:
        from .reading.load import load

        dataset = load(args.source)
        if not dataset.ok:
            print_problems(dataset.errors, lang="vi", stream=sys.stderr)
            return 1
    written = write_template(args.out, content_of(dataset, today=dt.date.today()))
    print(f"Đã ghi / written: {written}")
    return 0


def run_diff(args: argparse.Namespace) -> int:
    from .compute.diff import compare_figures
    from .run.figure_sources import DiffInputError, read_rows

    try:
        old, new = read_rows(args.old, lang=args.lang), read_rows(args.new, lang=args.lang)
    except DiffInputError as exc:
        print(exc, file=sys.stderr)
        return 1
    changes = compare_figures(old, new)
    if args.json:
        import orjson

        payload = {"changes": [change.to_dict() for change in changes]}
        _stdout_bytes().write(orjson.dumps(payload, option=orjson.OPT_INDENT_2) + b"\n")
        return 0
    if not changes:
        print("Không có số liệu nào thay đổi. / No figure changed.")
        return 0
    from .present.text_tables import changes_table

    sys.stdout.write(changes_table(changes, lang=as_lang(args.lang)))
    return 0


def _found(arguments: Sequence[str]) -> tuple[list[Path], list[Problem]]:
    """The files the arguments name (folders and patterns expanded), and what was skipped."""
    from .reading.finding import find_workbooks

    return find_workbooks(arguments)


def _loaded(paths: Iterable[Path], *, strict: bool = False) -> Iterable[Dataset]:
    """Each workbook loaded when its turn comes, so only one is held at a time."""
    from .reading.load import load

    for path in paths:
        yield load(path, strict=strict)


def _print_json(args: argparse.Namespace, paths: list[Path], notes: list[Problem]) -> int:
    """`check --json` and `summary --json`: one JSON object, on stdout once complete."""
    from .present.json_report import write_json

    written = write_json(
        _loaded(paths, strict=args.strict),
        lang=args.lang,
        method=args.interval,
        stream=_stdout_bytes(),
        notes=notes,
    )
    return 1 if has_errors(written) else 0


def run_check(args: argparse.Namespace) -> int:
    paths, notes = _found(args.workbooks)
    if args.json:
        return _print_json(args, paths, notes)
    problems: list[Problem] = list(notes)
    for dataset in _loaded(paths, strict=args.strict):
        for reading in dataset.sheets:  # what was understood, for the reader to check
            print(printable(f"{dataset.file}: {reading.describe(lang=args.lang)}"))
        problems += dataset.problems
    print_problems(problems, lang=args.lang, stream=sys.stdout)
    errors = sum(p.severity == "error" for p in problems)
    warnings = sum(p.severity == "warning" for p in problems)
    files = len(paths)
    print(
        f"{files} tệp, {errors} lỗi, {warnings} cảnh báo / "
        f"{files} file(s), {errors} error(s), {warnings} warning(s)"
    )
    return 1 if errors else 0


def run_summary(args: argparse.Namespace) -> int:
    paths, notes = _found(args.workbooks)
    if args.json:
        return _print_json(args, paths, notes)
    from .present.summary import summarize, summary_records

    rows: list[dict[str, Any]] = []
    found: list[Problem] = list(notes)
    for dataset in _loaded(paths, strict=args.strict):
        found += dataset.problems
        if dataset.ok:  # each valid workbook gives its figures; the others say why not
            rows += summary_records(summarize(dataset, lang=args.lang, method=args.interval))
    if rows:
        sys.stdout.write(summary_table(rows, lang=args.lang))
    if found:  # problems on stderr, figures on stdout
        print_problems(found, lang=args.lang, stream=sys.stderr)
    return 1 if has_errors(found) else 0


def _stdout_bytes() -> BinaryIO:
    """Standard output as bytes, after whatever was printed to it as text."""
    sys.stdout.flush()
    return sys.stdout.buffer


# -- build --------------------------------------------------------------------------------


def add_build_command(commands: Any) -> None:
    """Register `chiso build` on the subcommands."""
    sub = commands.add_parser(
        "build",
        help="dựng biểu đồ và báo cáo / build figures and briefings",
        description="Chạy notebook báo cáo cho từng tệp, ghi biểu đồ và báo cáo HTML/PDF "
        "vào thư mục figures/ và reports/ cạnh tệp; chỉ dựng lại những gì đã thay đổi. / "
        "Run the briefing notebook on each workbook and write its figures and HTML/PDF "
        "briefings to figures/ and reports/ beside it, rebuilding only what changed. "
        "Ví dụ / example: chiso build so-lieu/bao-cao.xlsx",
    )
    sub.add_argument(
        "workbooks",
        nargs="*",
        metavar="WORKBOOK",
        help="tệp .xlsx, mặc định data/*.xlsx / .xlsx files, default data/*.xlsx",
    )
    _add_run_options(sub)
    _add_output_options(sub)
    _add_briefing_options(sub)
    sub.set_defaults(run=run_build)


def _add_run_options(sub: argparse.ArgumentParser) -> None:
    """What is built, and how: combined folders, one unit, forced, dry."""
    sub.add_argument(
        "--combine",
        action="store_true",
        help="mỗi thư mục thành một báo cáo chung, ghi rõ đơn vị nào thiếu số liệu / each "
        "folder makes one briefing, naming the units whose figures are missing",
    )
    sub.add_argument("--force", action="store_true", help="dựng lại tất cả / rebuild everything")
    sub.add_argument(
        "--dry-run",
        action="store_true",
        help="chạy thử, không ghi gì: liệt kê tệp sẽ ghi và sẽ xoá / run without writing "
        "anything: list the files that would be written and removed",
    )
    sub.add_argument(
        "--unit",
        metavar="ĐƠN VỊ",
        help="báo cáo riêng của một đơn vị (và các đơn vị trực thuộc), ghi vào thư mục riêng / "
        "the briefing of one unit (and the units below it), in folders of its own",
    )


def _add_output_options(sub: argparse.ArgumentParser) -> None:
    """Where the outputs go, and which notebook makes them."""
    sub.add_argument(
        "--figures",
        type=Path,
        metavar="DIR",
        help="thư mục biểu đồ PNG/SVG (mặc định figures/ cạnh tệp; nhiều tệp thì mỗi tệp một "
        "thư mục con mang tên nó) / folder for the PNG/SVG charts (default figures/ beside "
        "the workbook; several workbooks get a subfolder each, named after them)",
    )
    sub.add_argument(
        "--reports",
        type=Path,
        metavar="DIR",
        help="thư mục báo cáo HTML/PDF (mặc định reports/ cạnh tệp; như trên) / folder for "
        "the HTML/PDF briefings (default reports/ beside the workbook; as above)",
    )
    sub.add_argument(
        "--notebook",
        type=Path,
        metavar="IPYNB",
        help="notebook báo cáo (mặc định notebook đi kèm chiso) / the briefing notebook "
        "(default: the one shipped with chiso)",
    )


def _add_briefing_options(sub: argparse.ArgumentParser) -> None:
    """What the briefing says: its language, heading, period, date and comparison."""
    sub.add_argument(
        "--lang",
        choices=("vi", "en"),
        default="vi",
        help="ngôn ngữ báo cáo / language of the briefing (vi)",
    )
    sub.add_argument(
        "--organisation",
        metavar="TÊN",
        help="tên cấp ủy, ở góc trên bên trái / committee name, top left",
    )
    sub.add_argument(
        "--place", metavar="TÊN", help="địa danh ở dòng ngày tháng / place on the date line"
    )
    sub.add_argument(
        "--period",
        metavar="KỲ",
        help="kỳ báo cáo, ví dụ 2024S1: số liệu đến hết kỳ này / reporting period, "
        "e.g. 2024S1: figures up to its end",
    )
    sub.add_argument(
        "--report-date",
        metavar="YYYY-MM-DD",
        help="ngày báo cáo, mặc định ngày trong trang Thông tin, không có thì để trống cho "
        "văn phòng điền / date of the briefing, default the workbook's, else blanks to fill "
        "by hand",
    )
    sub.add_argument(
        "--since",
        type=Path,
        metavar="TRƯỚC",
        help="so sánh với lần dựng này (thư mục reports, briefing.ipynb, summary --json, tệp "
        "Excel); mặc định lần dựng trước / compare with this build (reports folder, "
        "briefing.ipynb, summary --json, workbook); default: the previous build",
    )


def run_build(args: argparse.Namespace) -> int:
    from .run.build import build
    from .run.options import BuildError, BuildOptionError, check_options

    arguments = args.workbooks or ["data"]
    folders = [Path(a) for a in arguments if args.combine and Path(a).is_dir()]
    workbooks, skipped = _found([a for a in arguments if Path(a) not in folders])
    skipped = _found([str(f) for f in folders])[1] + skipped  # what combined folders skip too
    workbooks = folders + workbooks
    if skipped:  # Excel lock files and temporary files: named, never built
        print_problems(skipped, lang=as_lang(args.lang), stream=sys.stderr)
    if not workbooks:
        print("Không tìm thấy / not found: " + ", ".join(args.workbooks or ["data/*.xlsx"]),
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        options = build_options(args, [Path(a) for a in arguments])
    except BuildError as exc:  # no folder holds the workbooks: they must say where
        print(exc, file=sys.stderr)
        return 2
    bar = _ProgressBar()
    failure: BuildError | None = None
    try:
        report = build(workbooks, options, force=args.force, dry_run=args.dry_run, progress=bar)
    except BuildError as exc:
        failure = exc
    finally:
        bar.close()
    if isinstance(failure, BuildOptionError):
        for problem in check_options(options) or [failure]:
            print(problem, file=sys.stderr)
        return 2
    if failure is not None:
        print(failure, file=sys.stderr)
        return 1
    return _told(report, lang=as_lang(args.lang), dry_run=args.dry_run)


def build_options(args: argparse.Namespace, named: list[Path]) -> BuildOptions:
    """The build's options from the command line; without --figures/--reports, the outputs
    go beside what was named (`run.options.output_folders`), wherever chiso runs from."""
    from .run.options import BRIEFING_NOTEBOOK, BuildOptions, output_folders

    figures, reports = output_folders(named, figures=args.figures, reports=args.reports)
    return BuildOptions(
        figures_dir=figures,
        reports_dir=reports,
        notebook=args.notebook or BRIEFING_NOTEBOOK,
        lang=args.lang,
        organisation=args.organisation,
        place=args.place,
        period=args.period,
        report_date=args.report_date,
        since=args.since,
        unit=args.unit,
    )


def _told(report: BuildReport, *, lang: str, dry_run: bool) -> int:
    """Print what the build found and did; the exit code."""
    language = as_lang(lang)
    if report.problems:
        stream = sys.stderr if report.failed else sys.stdout
        print_problems(report.problems, lang=language, stream=stream)
    if report.failed and not (report.written or report.unchanged):
        print(
            "Có lỗi: không ghi đè báo cáo cũ. / Errors: previous outputs left as they were.",
            file=sys.stderr,
        )
        return 1
    if report.failed:  # a folder's briefing was made without the workbooks with errors
        print(
            "Có lỗi: báo cáo chung đã dựng nhưng thiếu số liệu của các tệp có lỗi (ghi rõ trong "
            "báo cáo). / Errors: the combined briefing was built without the workbooks that "
            "have errors (named in it).",
            file=sys.stderr,
        )
    if report.summaries:  # what the briefing says, as `chiso summary` prints it
        sys.stdout.write(summary_table(report.each_figure(), lang=language))
    print(report.describe(dry_run=dry_run))
    return 1 if report.failed else 0


class _ProgressBar:
    """A tqdm bar over the build's steps, on stderr; silent when nothing needs doing."""

    def __init__(self) -> None:
        self._bar: Any = None

    def start(self, total: int) -> None:
        from tqdm import tqdm

        self._bar = tqdm(
            total=total,
            desc="chiso build",
            unit="bước",
            file=sys.stderr,
            bar_format="{desc}: {percentage:3.0f}%|{bar:20}| {n}/{total} [{elapsed}] {postfix}",
        )

    def step(self, message: str) -> None:
        if self._bar is not None:
            self._bar.set_postfix_str(message, refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def print_problems(problems: Sequence[ProblemLike], *, lang: Lang, stream: TextIO) -> None:
    """Errors first, then warnings (those of one kind told once), then notes."""
    stream.write(problems_table(problems, lang=lang))


if __name__ == "__main__":
    raise SystemExit(main())
