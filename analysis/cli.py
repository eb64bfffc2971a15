"""The `chiso` command: a thin layer over the library, and the only code that prints.

Exit codes: 0 fine (warnings allowed), 1 a workbook has errors (or a build
cannot go on), 2 the command was used wrongly. Users never see a traceback
for a problem in their file.

Heavy modules (pandas, SciPy, matplotlib, the build's notebook machinery) are
imported inside the commands, so that `chiso --help` and a `chiso build` with
nothing to do answer at once.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, Protocol, TextIO

from . import __version__
from .model.labels import HEADINGS, Lang, as_lang

if TYPE_CHECKING:
    from .compute.stats import IntervalMethod
    from .model.dataset import Dataset
    from .model.errors import Problem
    from .run.build import BuildReport

# Rows formatted per `summary_records` call when writing JSON: a 100.000-row workbook
# never holds all its row dicts at once.
JSON_CHUNK_ROWS = 5000


class ProblemLike(Protocol):
    """What printing needs of a problem (`errors.Problem`, or one a notebook reported)."""

    @property
    def severity(self) -> str: ...

    @property
    def code(self) -> str: ...

    @property
    def location(self) -> str: ...

    @property
    def message(self) -> str: ...


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
    except BaseException as exc:  # noqa: BLE001 - the last resort: one plain line, never a traceback
        return _last_resort(args, exc)
    return result


UNEXPECTED = 3  # exit code of a failure chiso did not foresee (README, "Exit codes")


def _last_resort(args: argparse.Namespace, exc: BaseException) -> int:
    """Say in one line (or one JSON object) which file, what chiso was doing and where the
    full traceback was written; exit with `UNEXPECTED`."""
    import json

    from .model.errors import Problem

    log = write_traceback(exc)
    inputs = [
        str(value)
        for name in ("workbooks", "workbook", "old", "new", "out")
        for value in _as_list(getattr(args, name, None))
    ]
    files = ", ".join(inputs) or "—"
    problem = Problem(
        "unexpected_failure",
        files,
        details={
            "command": f"chiso {args.command}",
            "error": f"{type(exc).__name__}: {' '.join(str(exc).split())}"[:300],
            "log": str(log) if log else "—",
        },
    )
    if getattr(args, "json", False):
        payload = {"rows": [], "problems": [problem.to_dict()], "traceback": str(log or "")}
        sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    else:
        print(f"{files}: {problem.message}", file=sys.stderr)
    return UNEXPECTED


def _as_list(value: object) -> list[object]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def write_traceback(exc: BaseException) -> Path | None:
    """The full traceback, in a log file of its own: `$CHISO_LOG_DIR`, else the user's
    state folder (`~/.local/state/chiso`), else the system's temporary folder."""
    import datetime as dt
    import os
    import tempfile
    import traceback

    text = "".join(traceback.format_exception(exc))
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    state = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    for folder in (
        os.environ.get("CHISO_LOG_DIR"),
        str(Path(state) / "chiso"),
        tempfile.gettempdir(),
    ):
        if not folder:
            continue
        try:
            path = Path(folder) / f"chiso-{stamp}-{os.getpid()}.log"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return path
        except OSError:
            continue
    return None


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
        sub.add_argument(
            "--strict",
            action="store_true",
            help="coi mọi cảnh báo là lỗi / count every warning as an error",
        )

    where = (
        "tệp .xlsx, thư mục hoặc mẫu như 'don-vi/*.xlsx' / "
        ".xlsx files, folders or patterns such as 'units/*.xlsx'"
    )
    check = commands.add_parser("check", help="kiểm tra tệp / check workbooks")
    check.add_argument("workbooks", nargs="+", metavar="WORKBOOK", help=where)
    common(check)
    check.set_defaults(run=_run_check)

    summary = commands.add_parser("summary", help="bảng chỉ tiêu / table of indicators")
    summary.add_argument("workbooks", nargs="+", metavar="WORKBOOK", help=where)
    common(summary)
    summary.set_defaults(run=_run_summary)

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
    diff.set_defaults(run=_run_diff)

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
    template.set_defaults(run=_run_template)

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
    explain.set_defaults(run=_run_explain)

    add_build_command(commands)
    return parser


def _run_explain(args: argparse.Namespace) -> int:
    paths, notes = _workbooks(args.workbooks)
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
    return 1 if _has_errors(problems) else 0


def _run_template(args: argparse.Namespace) -> int:
    import datetime as dt

    from .run.template import TemplateContent, content_from, period_choices, write_template

    today = dt.date.today()
    content = TemplateContent(periods=period_choices(today))
    if args.source is not None:
        from .reading.load import load

        dataset = load(args.source)
        if not dataset.ok:
            print_problems(dataset.errors, lang="vi", stream=sys.stderr)
            return 1
        rows = dataset.observations
        content = content_from(
            [str(v) for v in rows["indicator"]],
            [None if v is None else str(v) for v in rows["code"]],
            [str(v) for v in rows["unit"]],
            [None if v is None else str(v) for v in rows["measure"]],
            today=today,
            catalogue=catalogue_rows(rows),
            organisation=dataset.facts.organisation,
        )
    written = write_template(args.out, content)
    print(f"Đã ghi / written: {written}")
    return 0


def catalogue_rows(rows: Any) -> list[list[object]]:
    """A catalogue (`Danh mục`) that says of each indicator what the workbook's says."""
    from .model.dataset import AGGREGATION_WORDS, DIRECTION_WORDS, MEASUREMENT_WORDS

    def word(words: dict[str, str], value: object) -> str | None:
        return next((k for k, v in words.items() if v == value), None)

    table: list[list[object]] = [["Mã", "Chỉ tiêu", "Cách đo", "Chiều", "Tổng hợp"]]
    for record in rows.drop_duplicates("indicator").to_dict("records"):
        table.append(
            [
                record["code"],
                record["indicator"],
                word(dict(MEASUREMENT_WORDS), record["measurement"]),
                word(dict(DIRECTION_WORDS), record["direction"]),
                word(dict(AGGREGATION_WORDS), record["aggregation"]),
            ]
        )
    return table


def _run_diff(args: argparse.Namespace) -> int:
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
    from .present.formatting import format_change

    lang = as_lang(args.lang)
    status = {
        "changed": ("thay đổi", "changed"),
        "added": ("mới", "added"),
        "removed": ("bỏ", "removed"),
    }
    table = [
        [
            change.indicator,
            change.unit,
            change.period,
            status[change.status][0 if lang == "vi" else 1],
            change.old_text or "",
            change.new_text or "",
            format_change(
                change.change,
                factor=100,
                decimals=2,
                display="rate" if change.change_unit == "pp" else "count",
                lang=lang,
            )
            if change.change is not None
            else "",
        ]
        for change in changes
    ]
    heads = (
        ["Chỉ tiêu", "Đơn vị", "Kỳ", "", "Cũ", "Mới", "Thay đổi"]
        if lang == "vi"
        else ["Indicator", "Unit", "Period", "", "Old", "New", "Change"]
    )
    sys.stdout.write(render_table(heads, table, max_width={0: 56}))
    return 0


# -- check and summary --------------------------------------------------------------------


def _workbooks(arguments: Sequence[str]) -> tuple[list[Path], list[Problem]]:
    """The files the arguments name (folders and patterns expanded), and what was skipped."""
    from .reading.workbook import find_workbooks

    return find_workbooks(arguments)


def _loaded(paths: Iterable[Path], *, strict: bool = False) -> Iterable[Dataset]:
    """Each workbook loaded when its turn comes, so only one is held at a time."""
    from .reading.load import load

    for path in paths:
        yield load(path, strict=strict)


def _print_json(args: argparse.Namespace, paths: list[Path], notes: list[Problem]) -> int:
    """`check --json` and `summary --json`: one JSON object, on stdout once complete."""
    written = write_json(
        _loaded(paths, strict=args.strict),
        lang=args.lang,
        method=args.interval,
        stream=_stdout_bytes(),
        notes=notes,
    )
    return 1 if _has_errors(written) else 0


def _run_check(args: argparse.Namespace) -> int:
    paths, notes = _workbooks(args.workbooks)
    if args.json:
        return _print_json(args, paths, notes)
    problems: list[Problem] = list(notes)
    for dataset in _loaded(paths, strict=args.strict):
        for reading in dataset.sheets:  # what was understood, for the reader to check
            print(f"{dataset.file}: {reading.describe(lang=args.lang)}")
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


def _run_summary(args: argparse.Namespace) -> int:
    paths, notes = _workbooks(args.workbooks)
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
        print_summary(rows, lang=args.lang, stream=sys.stdout)
    if found:  # problems on stderr, figures on stdout
        print_problems(found, lang=args.lang, stream=sys.stderr)
    return 1 if _has_errors(found) else 0


def _has_errors(problems: Sequence[ProblemLike]) -> bool:
    return any(p.severity == "error" for p in problems)


def _stdout_bytes() -> BinaryIO:
    """Standard output as bytes, after whatever was printed to it as text."""
    sys.stdout.flush()
    return sys.stdout.buffer


def write_json(
    datasets: Iterable[Dataset],
    *,
    lang: Lang,
    method: IntervalMethod,
    stream: BinaryIO,
    notes: Sequence[Problem] = (),
) -> list[Problem]:
    """Write `{"rows": [...], "problems": [...], "sheets": [...], "tables": [...], "trends":
    [...]}` (README,
    "JSON interface") in one pass.

    Every workbook is read and summarised before the first byte is written, so that a
    failure leaves standard output empty for the last resort's one JSON object. Rows are
    then formatted and encoded `JSON_CHUNK_ROWS` at a time (orjson, indented by two
    spaces); a workbook with errors contributes its problems and no rows. Returns every
    problem written.
    """
    import orjson

    from .present.summary import summarize, summary_records, trend_records

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
    encoded = orjson.dumps([p.to_dict() for p in problems], option=option)
    stream.write(b',\n  "problems": ' + encoded.replace(b"\n", b"\n  "))
    understood = orjson.dumps(sheets, option=option)
    stream.write(b',\n  "sheets": ' + understood.replace(b"\n", b"\n  "))
    read = orjson.dumps(tables, option=option)
    stream.write(b',\n  "tables": ' + read.replace(b"\n", b"\n  "))
    over_time = orjson.dumps(trends, option=option)
    stream.write(b',\n  "trends": ' + over_time.replace(b"\n", b"\n  ") + b"\n}\n")
    stream.flush()
    return problems


# -- build --------------------------------------------------------------------------------


def add_build_command(commands: Any) -> None:
    """Register `chiso build` on the subcommands."""
    sub = commands.add_parser(
        "build",
        help="dựng biểu đồ và báo cáo / build figures and briefings",
        description="Chạy notebook báo cáo cho từng tệp, ghi biểu đồ và báo cáo HTML/PDF; "
        "chỉ dựng lại những gì đã thay đổi. / Run the briefing notebook on each workbook "
        "and write its figures and HTML/PDF briefings, rebuilding only what changed.",
    )
    sub.add_argument(
        "workbooks",
        nargs="*",
        metavar="WORKBOOK",
        help="tệp .xlsx, mặc định data/*.xlsx / .xlsx files, default data/*.xlsx",
    )
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
    sub.add_argument(
        "--figures",
        type=Path,
        metavar="DIR",
        help="thư mục biểu đồ PNG/SVG (figures; tệp ngoài data/ ghi vào thư mục con mang tên "
        "nó) / folder for the PNG/SVG charts (figures; a workbook from outside data/ writes "
        "to a subfolder named after it)",
    )
    sub.add_argument(
        "--reports",
        type=Path,
        metavar="DIR",
        help="thư mục báo cáo HTML/PDF (reports; như trên) / folder for the HTML/PDF "
        "briefings (reports; as above)",
    )
    sub.add_argument(
        "--notebook",
        type=Path,
        default=Path("notebooks/briefing.ipynb"),
        metavar="IPYNB",
        help="notebook báo cáo / the briefing notebook (notebooks/briefing.ipynb)",
    )
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
        help="ngày báo cáo, mặc định hôm nay / date of the briefing, default today",
    )
    sub.add_argument(
        "--since",
        type=Path,
        metavar="TRƯỚC",
        help="so sánh với lần dựng này (thư mục reports, briefing.ipynb, summary --json, tệp "
        "Excel); mặc định lần dựng trước / compare with this build (reports folder, "
        "briefing.ipynb, summary --json, workbook); default: the previous build",
    )
    sub.set_defaults(run=_run_build)


def _run_build(args: argparse.Namespace) -> int:
    from .run.build import BuildError, BuildOptionError, BuildOptions, build, check_options

    arguments = args.workbooks or ["data"]
    folders = [Path(a) for a in arguments if args.combine and Path(a).is_dir()]
    workbooks, skipped = _workbooks([a for a in arguments if Path(a) not in folders])
    workbooks = folders + workbooks
    if skipped:  # Excel lock files and temporary files: named, never built
        print_problems(skipped, lang=as_lang(args.lang), stream=sys.stderr)
    if not workbooks:
        print("Không tìm thấy / not found: data/*.xlsx", file=sys.stderr)
        return 1
    chosen = args.figures is not None or args.reports is not None
    options = BuildOptions(
        figures_dir=args.figures or Path("figures"),
        reports_dir=args.reports or Path("reports"),
        # Folders chosen on the command line take the one workbook as it is; the default
        # folders belong to the bundled data/ workbook, and any other writes under its name.
        home=None if chosen else Path("data"),
        notebook=args.notebook,
        lang=args.lang,
        organisation=args.organisation,
        place=args.place,
        period=args.period,
        report_date=args.report_date,
        since=args.since,
        unit=args.unit,
    )
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
    lang = as_lang(args.lang)
    if report.problems:
        stream = sys.stderr if report.failed else sys.stdout
        print_problems(report.problems, lang=lang, stream=stream)
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
    if report.figures:  # what the briefing says, as `chiso summary` prints it
        print_summary(report.figures, lang=lang, stream=sys.stdout)
    print(summary_line(report, dry_run=args.dry_run))
    return 1 if report.failed else 0


def summary_line(report: BuildReport, *, dry_run: bool) -> str:
    """What a build did (or would do), in a few lines."""
    if dry_run:
        if not report.written and not report.removed:
            return "Không có gì cần dựng lại. / Nothing to rebuild."
        lines = [f"Sẽ ghi / would write ({len(report.written)}):"]
        lines += [f"  {path}" for path in report.written]
        lines.append(f"Không đổi / unchanged: {len(report.unchanged)}")
        if report.removed:
            lines.append(f"Sẽ xoá / would remove ({len(report.removed)}):")
            lines += [f"  {path}" for path in report.removed]
        lines.append("Chạy thử: chưa ghi gì. / Dry run: nothing was written.")
        return "\n".join(lines)
    if not report.written and not report.unchanged and not report.removed:
        return "Không có gì thay đổi. / Nothing changed."
    lines = [f"Đã ghi / written ({len(report.written)}):"]
    lines += [f"  {path}" for path in report.written]
    lines.append(f"Không đổi / unchanged: {len(report.unchanged)}")
    if report.removed:
        lines.append("Đã xoá / removed: " + ", ".join(map(str, report.removed)))
    if report.executed:
        lines.append(f"Notebook đã chạy / notebooks run: {len(report.executed)}")
    return "\n".join(lines)


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


# -- tables ---------------------------------------------------------------------------------


def print_summary(rows: list[dict[str, Any]], *, lang: Lang, stream: TextIO) -> None:
    """The indicators as an aligned text table; group totals marked with Σ."""
    heads = HEADINGS[lang]
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
        heads[key] for key in ("indicator", "unit", "period", "figure", "ratio", "interval", "cell")
    ]
    stream.write(render_table(headers, table, max_width={0: 56}))


def print_problems(problems: Sequence[ProblemLike], *, lang: Lang, stream: TextIO) -> None:
    """Errors first, one line each; then warnings, those of one kind and column told once
    with their cells as ranges ('32 ô số nhập dạng chữ ở cột Tử số (E2:E33)'); then notes."""
    if not problems:
        stream.write("Không có lỗi. / No problems found.\n")
        return
    from .model.errors import Problem, group_problems

    told: Sequence[ProblemLike] = problems
    if all(isinstance(p, Problem) for p in problems):
        told = group_problems([p for p in problems if isinstance(p, Problem)])
    heads = HEADINGS[lang]
    table = [[heads[p.severity], p.code, p.location, p.message] for p in told]
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
