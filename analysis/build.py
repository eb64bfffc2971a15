"""`chiso build`: refresh figures and briefings from workbooks, rebuilding only what changed.

A manifest beside the reports records each target's input fingerprint (the
workbook, the notebook, chiso's own code and templates, the options) and the
hash of every output. When nothing changed, nothing is imported beyond the
standard library and nothing is executed. Everything is computed in memory
first; files are then written through a temporary file and moved into place,
so a failure or an interrupt never leaves half a file, and a workbook with
errors leaves the previous outputs exactly as they were.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .errors import ChisoError

if TYPE_CHECKING:
    from .briefing import Briefing
    from .errors import Problem

PACKAGE = Path(__file__).resolve().parent
MANIFEST_NAME = ".chiso-build.json"
FORMAT_VERSION = 2


@dataclass(frozen=True)
class BuildOptions:
    """What shapes a build's outputs; part of its fingerprint."""

    figures_dir: Path
    reports_dir: Path
    notebook: Path
    lang: str = "vi"
    organisation: str | None = None
    place: str | None = None
    period: str | None = None
    report_date: str | None = None

    def parameters(self, workbook: Path) -> dict[str, Any]:
        """Notebook parameters to inject, all of them: the notebook's own defaults describe
        its default workbook and must not leak into another one's briefing."""
        return {
            "workbook": str(workbook.resolve()),
            "lang": self.lang,
            "organisation": self.organisation or "",
            "place": self.place or "",
            "period": self.period,
            "report_date": self.report_date,
        }


@dataclass(frozen=True)
class Target:
    """One workbook and where its outputs go."""

    workbook: Path
    figures_dir: Path
    reports_dir: Path
    key: str


@dataclass
class BuildReport:
    """What a build did, for the summary line and for tests."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # targets with nothing to do
    executed: list[Path] = field(default_factory=list)  # notebooks run
    figures: list[dict[str, Any]] = field(default_factory=list)  # summary rows of what was built
    problems: list[Problem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


# -- fingerprints and manifest (standard library only: this is the fast path) --------------


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def code_fingerprint() -> str:
    """Hash of chiso's own code and templates: a new version rebuilds everything."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".j2", ".css", ".json"}:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def input_fingerprint(target: Target, options: BuildOptions, code: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"v{FORMAT_VERSION}\n".encode())
    digest.update(sha256_file(target.workbook).encode())
    digest.update(sha256_file(options.notebook).encode())
    digest.update(code.encode())
    settings = {k: str(v) for k, v in vars(options).items()}
    settings["figures_dir"] = str(target.figures_dir.resolve())
    settings["reports_dir"] = str(target.reports_dir.resolve())
    digest.update(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def read_manifest(reports_dir: Path) -> dict[str, Any]:
    path = reports_dir / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_up_to_date(entry: dict[str, Any] | None, fingerprint: str) -> bool:
    """True when inputs match and every recorded output is still there, unchanged."""
    if not entry or entry.get("inputs") != fingerprint:
        return False
    outputs = entry.get("outputs", {})
    for name, digest in outputs.items():  # recorded as absolute paths
        path = Path(name)
        if not path.is_file() or sha256_file(path) != digest:
            return False
    return bool(outputs)


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; give the usual mode
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


class BuildError(ChisoError):
    """The build cannot go on; the message says why in plain words (vi / en)."""


def plan_targets(workbooks: list[Path], options: BuildOptions) -> list[Target]:
    """One workbook writes to figures/ and reports/; several get a subfolder each."""
    if len(workbooks) == 1:
        return [Target(workbooks[0], options.figures_dir, options.reports_dir, "briefing")]
    stems = [w.stem for w in workbooks]
    clashes = sorted({stem for stem in stems if stems.count(stem) > 1})
    if clashes:
        raise BuildError(
            f"Hai tệp trùng tên «{clashes[0]}»: kết quả sẽ ghi đè lên nhau. / Two workbooks are "
            f"named «{clashes[0]}»: their outputs would overwrite each other."
        )
    return [
        Target(w, options.figures_dir / w.stem, options.reports_dir / w.stem, w.stem)
        for w in workbooks
    ]


# -- the build ------------------------------------------------------------------------------


class Progress(Protocol):
    """Told the number of steps once, then each step as it starts."""

    def start(self, total: int) -> None: ...

    def step(self, message: str) -> None: ...


STEPS_PER_TARGET = 5


def build(
    workbooks: list[Path],
    options: BuildOptions,
    *,
    force: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Validate, compute, redraw, execute and export each workbook that changed."""
    report = BuildReport()
    code = code_fingerprint()
    manifest = read_manifest(options.reports_dir)
    targets = plan_targets(workbooks, options)
    pending: list[tuple[Target, str]] = []
    for target in targets:
        fingerprint = input_fingerprint(target, options, code)
        if not force and is_up_to_date(manifest.get(target.key), fingerprint):
            report.skipped.append(target.workbook)
        else:
            pending.append((target, fingerprint))
    if not pending or dry_run:
        report.written = [t.workbook for t, _ in pending] if dry_run else []
        return report

    if progress is not None:
        progress.start(STEPS_PER_TARGET * len(pending) + 1)

    def step(message: str) -> None:
        if progress is not None:
            progress.step(message)

    outputs_by_target: dict[str, dict[Path, bytes]] = {}
    for target, _fingerprint in pending:
        step(f"{target.workbook.name}: kiểm tra / checking")
        from .loading import load

        dataset = load(target.workbook)
        report.problems.extend(dataset.problems)
        if not dataset.ok:
            continue
        outputs_by_target[target.key] = _render_target(target, dataset, options, step, report)
    if report.failed:
        return report  # nothing is written when any workbook has errors

    step("ghi tệp / writing files")
    for target, fingerprint in pending:
        outputs = outputs_by_target[target.key]
        previous = manifest.get(target.key, {}).get("outputs", {})
        for path, data in sorted(outputs.items()):
            if path.is_file() and path.read_bytes() == data:
                report.unchanged.append(path)
            else:
                write_atomic(path, data)
                report.written.append(path)
        produced = {path.resolve() for path in outputs}
        report.removed += _remove_figures(
            {k: v for k, v in previous.items() if Path(k).resolve() not in produced}
        )
        manifest[target.key] = {
            "workbook": str(target.workbook.resolve()),
            "inputs": fingerprint,
            "outputs": {
                str(p.resolve()): hashlib.sha256(d).hexdigest() for p, d in sorted(outputs.items())
            },
        }
    # A layout no longer built (one workbook became several, or back): its figures go too.
    for key in sorted(set(manifest) - {t.key for t in plan_targets(workbooks, options)}):
        report.removed += _remove_figures(manifest.pop(key).get("outputs", {}))
    write_atomic(
        options.reports_dir / MANIFEST_NAME,
        json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8"),
    )
    return report


def _remove_figures(recorded: dict[str, str]) -> list[Path]:
    """Delete figures a previous build wrote and nobody changed since; reports are left."""
    removed = []
    for name, digest in sorted(recorded.items()):
        path = Path(name)
        if path.suffix in {".png", ".svg"} and path.is_file() and sha256_file(path) == digest:
            path.unlink()
            removed.append(path)
    return removed


def _render_target(
    target: Target,
    dataset: Any,
    options: BuildOptions,
    step: Callable[[str], None],
    report: BuildReport,
) -> dict[Path, bytes]:
    """Every output of one workbook, in memory."""
    import nbformat

    from .briefing import prepare_briefing
    from .export import BriefingHTMLExporter, BriefingPDFExporter, execute_notebook
    from .formatting import Lang
    from .summary import summary_records

    lang: Lang = "en" if options.lang == "en" else "vi"
    briefing: Briefing = prepare_briefing(dataset, lang=lang, period=options.period)
    report.figures += summary_records(briefing.summary)
    outputs: dict[Path, bytes] = {}
    step(f"{target.workbook.name}: vẽ biểu đồ / drawing charts")
    outputs.update(render_figures(briefing, target.figures_dir))

    step(f"{target.workbook.name}: chạy notebook / running the notebook")
    notebook = nbformat.read(options.notebook, as_version=4)
    try:
        executed = execute_notebook(
            notebook, parameters=options.parameters(target.workbook), cwd=options.notebook.parent
        )
    except Exception as exc:  # noqa: BLE001 - any failure inside the notebook stops the build
        name = getattr(exc, "ename", type(exc).__name__)
        value = getattr(exc, "evalue", str(exc).strip().splitlines()[-1] if str(exc) else "")
        raise BuildError(
            f"Notebook {options.notebook} lỗi khi chạy / failed: {name}: {value}. "
            "Báo cáo cũ được giữ nguyên. / Previous outputs were left as they were."
        ) from None
    executed.metadata["chiso"] = {"lang": lang, "title": briefing.document_title()}
    report.executed.append(options.notebook)

    step(f"{target.workbook.name}: xuất HTML / exporting HTML")
    html, _ = BriefingHTMLExporter().from_notebook_node(executed)
    step(f"{target.workbook.name}: xuất PDF / exporting PDF")
    pdf, _ = BriefingPDFExporter().from_notebook_node(executed)
    outputs[target.reports_dir / "briefing.html"] = html.encode("utf-8")
    outputs[target.reports_dir / "briefing.pdf"] = pdf
    outputs[target.reports_dir / "briefing.ipynb"] = nbformat.writes(executed).encode("utf-8")
    return outputs


def render_figures(briefing: Briefing, directory: Path) -> dict[Path, bytes]:
    """Every chart of a briefing as PNG and SVG bytes, under stable names."""
    from .charts import figure_bytes

    outputs: dict[Path, bytes] = {}
    for spec in briefing.chart_specs:
        ax = briefing.draw(spec)
        figure = ax.get_figure()
        assert figure is not None
        outputs[directory / f"{spec.slug}.png"] = figure_bytes(figure, fmt="png")  # type: ignore[arg-type]
        outputs[directory / f"{spec.slug}.svg"] = figure_bytes(figure, fmt="svg")  # type: ignore[arg-type]
    return outputs


# -- command line -------------------------------------------------------------------------


def add_build_command(commands: Any) -> None:
    """Register `chiso build` on the CLI's subcommands."""
    sub = commands.add_parser("build", help="dựng biểu đồ và báo cáo / build figures and briefings")
    sub.add_argument(
        "workbooks",
        nargs="*",
        metavar="WORKBOOK",
        help="mặc định: data/*.xlsx / default: data/*.xlsx",
    )
    sub.add_argument("--force", action="store_true", help="dựng lại tất cả / rebuild everything")
    sub.add_argument(
        "--dry-run",
        action="store_true",
        help="chỉ cho biết sẽ dựng gì / only say what would be rebuilt",
    )
    sub.add_argument("--figures", type=Path, default=Path("figures"), metavar="DIR")
    sub.add_argument("--reports", type=Path, default=Path("reports"), metavar="DIR")
    sub.add_argument("--notebook", type=Path, default=Path("notebooks/briefing.ipynb"))
    sub.add_argument("--lang", choices=("vi", "en"), default="vi")
    sub.add_argument("--organisation", help="tên cấp ủy / committee name")
    sub.add_argument("--place", help="địa danh / place for the date line")
    sub.add_argument("--period", help="kỳ báo cáo, ví dụ 2024S1 / reporting period")
    sub.add_argument("--report-date", help="ngày báo cáo YYYY-MM-DD / report date")
    sub.set_defaults(run=run_build)


def run_build(args: argparse.Namespace) -> int:
    try:
        if args.period:
            from .periods import parse_period

            parse_period(args.period)
        if args.report_date:
            date.fromisoformat(args.report_date)
    except ValueError as exc:
        value = args.period if "period" in str(type(exc)).lower() else args.report_date
        print(f"Tham số không hợp lệ / invalid option «{value}»: {exc}", file=sys.stderr)
        return 2
    workbooks = [Path(w) for w in args.workbooks] or sorted(Path("data").glob("*.xlsx"))
    missing = [w for w in workbooks if not w.is_file()]
    if not workbooks or missing or not args.notebook.is_file():
        what = ", ".join(map(str, missing)) or (str(args.notebook) if workbooks else "data/*.xlsx")
        print(f"Không tìm thấy / not found: {what}", file=sys.stderr)
        return 1
    options = BuildOptions(
        figures_dir=args.figures,
        reports_dir=args.reports,
        notebook=args.notebook,
        lang=args.lang,
        organisation=args.organisation,
        place=args.place,
        period=args.period,
        report_date=args.report_date,
    )
    bar = _ProgressBar()
    try:
        report = build(workbooks, options, force=args.force, dry_run=args.dry_run, progress=bar)
    except BuildError as exc:
        bar.close()
        print(exc, file=sys.stderr)
        return 1
    finally:
        bar.close()
    if report.problems:
        from .cli import print_problems

        stream = sys.stderr if report.failed else sys.stdout
        print_problems(report.problems, lang="vi", stream=stream)
    if report.failed:
        print(
            "Có lỗi: không ghi đè báo cáo cũ. / Errors: previous outputs left as they were.",
            file=sys.stderr,
        )
        return 1
    if report.figures:  # what the briefing says, as `chiso summary` prints it
        from .cli import print_summary

        print_summary(report.figures, lang="en" if args.lang == "en" else "vi", stream=sys.stdout)
    print(_summary_line(report, dry_run=args.dry_run))
    return 0


def _summary_line(report: BuildReport, *, dry_run: bool) -> str:
    if dry_run:
        if not report.written:
            return "Không có gì cần dựng lại. / Nothing to rebuild."
        names = ", ".join(str(p) for p in report.written)
        return f"Sẽ dựng lại / would rebuild: {names}"
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
            if self._bar.n or message:
                self._bar.set_postfix_str(message, refresh=False)
            self._bar.update(1)

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
