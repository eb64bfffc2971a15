"""`chiso build`: refresh figures and briefings from workbooks, rebuilding only what changed.

The briefing notebook does the work, once, in one kernel: it loads and checks
the workbook, computes every figure and draws every chart. The build runs it
(`execute_notebook`: parameters injected in the papermill convention, nbclient,
one ipykernel over local IPC sockets, started while this process still imports
and shut down as soon as the run ends) and takes everything it writes from the
notebook's outputs: the chart files (`figures/<slug>.png|svg`, the very bytes
the notebook showed), the figures and problems the notebook published
(`notebook.collect_results`), and the HTML and PDF exported from the same run.
The build process itself never imports pandas or matplotlib.

A manifest beside the reports records each target's input fingerprint (the
workbook, the notebook, chiso's own code and templates, the options) and the
hash of every output. When nothing changed, nothing is imported beyond the
standard library and nothing is executed. Everything is computed in memory
first; files are then written through a temporary file and moved into place,
so a failure or an interrupt never leaves half a file, and a workbook with
errors leaves the previous outputs exactly as they were.

This module runs the pipeline and returns what it did (`BuildReport`); it
never prints. `chiso build` in `cli` parses the options and prints.
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import hashlib
import json
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, Protocol

from ..model.errors import ChisoError
from ..model.labels import LANGS
from .files import write_atomic

if TYPE_CHECKING:
    import nbformat

    from ..present.notebook_outputs import ChartImage, ReportedProblem

PACKAGE = Path(__file__).resolve().parent.parent
MANIFEST_NAME = ".chiso-build.json"
# The figures of the build before the data last changed, beside the reports: each briefing
# says what moved since them («Thay đổi so với kỳ trước»).
PREVIOUS_NAME = "briefing.previous.json"
FORMAT_VERSION = 3


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
    since: Path | None = None  # the build to compare with; None: the previous one
    unit: str | None = None  # the briefing of one unit (and those below it)
    # The folder whose workbook owns figures/ and reports/ themselves (the bundled data/);
    # a workbook from anywhere else writes under its own name. None: any single workbook.
    home: Path | None = None

    def parameters(self, workbook: Path, *, previous: Path | None = None) -> dict[str, Any]:
        """Notebook parameters to inject, all of them: the notebook's own defaults describe
        its default workbook and must not leak into another one's briefing."""
        return {
            "workbook": str(workbook.resolve()),
            "lang": self.lang,
            "organisation": self.organisation or "",
            "place": self.place or "",
            "period": self.period,
            "report_date": self.report_date,
            "previous": str(previous.resolve()) if previous is not None else "",
            "unit": self.unit or "",
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
    """What a build did, for the command line and for tests."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # targets with nothing to do
    executed: list[Path] = field(default_factory=list)  # notebooks run
    figures: list[dict[str, Any]] = field(default_factory=list)  # summary rows of what was built
    problems: list[ReportedProblem] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)


class BuildError(ChisoError):
    """The build cannot go on; the message says why in plain words (vi / en)."""


class BuildOptionError(BuildError):
    """One option has a value the build cannot use; names the option as typed."""

    def __init__(self, *, option: str, value: str, reason: str) -> None:
        super().__init__(f"Tham số {option} không hợp lệ / invalid {option}: «{value}» ({reason})")
        self.option = option
        self.value = value
        self.reason = reason


def check_options(options: BuildOptions) -> list[BuildOptionError]:
    """Every option that cannot be used, each naming itself (empty when all are fine)."""
    found: list[BuildOptionError] = []
    if options.lang not in LANGS:
        found.append(
            BuildOptionError(
                option="--lang",
                value=options.lang,
                reason="chỉ vi hoặc en / only vi or en",
            )
        )
    if options.period:
        from ..model.periods import PeriodParseError, parse_period

        try:
            parse_period(options.period)
        except PeriodParseError as exc:
            found.append(
                BuildOptionError(option="--period", value=options.period, reason=exc.detail)
            )
    if options.report_date:
        try:
            dt.date.fromisoformat(options.report_date)
        except ValueError:
            found.append(
                BuildOptionError(
                    option="--report-date",
                    value=options.report_date,
                    reason="ngày phải có dạng YYYY-MM-DD / the date must read YYYY-MM-DD",
                )
            )
    if options.since is not None and not options.since.exists():
        found.append(
            BuildOptionError(
                option="--since",
                value=str(options.since),
                reason="không tìm thấy / not found",
            )
        )
    return found


def missing_inputs(workbooks: list[Path], options: BuildOptions) -> list[Path]:
    """Workbooks and notebook that are not there (a folder of workbooks is one input)."""
    return [
        path
        for path in (*workbooks, options.notebook)
        if not path.is_file() and not (path.is_dir() and path != options.notebook)
    ]


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
    for workbook in input_files(target.workbook):
        digest.update(f"{workbook.name}\n{sha256_file(workbook)}\n".encode())
    digest.update(sha256_file(options.notebook).encode())
    digest.update(code.encode())
    # `home` only chooses the target's folders, which are in the fingerprint themselves.
    settings = {k: str(v) for k, v in vars(options).items() if k != "home"}
    settings["figures_dir"] = str(target.figures_dir.resolve())
    settings["reports_dir"] = str(target.reports_dir.resolve())
    settings["notebook"] = str(options.notebook.resolve())
    digest.update(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def data_fingerprint(workbook: Path) -> str:
    """Hash of the workbooks a build reads, alone: whether the figures may have moved."""
    digest = hashlib.sha256()
    for path in input_files(workbook):
        digest.update(f"{path.name}\n{sha256_file(path)}\n".encode())
    return digest.hexdigest()


def previous_figures(target: Target, entry: dict[str, Any] | None, data: str) -> bytes | None:
    """The figures a new build of `target` is compared with, as `chiso summary --json`
    bytes: when the workbook changed since the last build, that build's figures (read
    from its `briefing.ipynb`); when it did not (a rebuild), the ones kept from before, so
    that rebuilding changes nothing; None before the second build with new data."""
    kept = target.reports_dir / PREVIOUS_NAME
    last = target.reports_dir / "briefing.ipynb"
    if entry and entry.get("data") not in (None, data) and last.is_file():
        from ..present.notebook_outputs import collect_results

        try:
            rows = collect_results(json.loads(last.read_text(encoding="utf-8"))).rows
        except (OSError, ValueError):
            rows = []
        if rows:
            return json.dumps({"rows": rows}, ensure_ascii=False, indent=1).encode("utf-8")
    return kept.read_bytes() if kept.is_file() else None


def input_files(workbook: Path) -> list[Path]:
    """The files one build input reads: the workbook, or a folder's workbooks."""
    if not workbook.is_dir():
        return [workbook]
    from ..reading.workbook import find_workbooks

    return find_workbooks([workbook])[0]


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


def plan_targets(workbooks: list[Path], options: BuildOptions) -> list[Target]:
    """One workbook writes to figures/ and reports/; several get a subfolder each, and so
    does a folder built as one briefing (it never takes the bundled workbook's place), and
    so does one unit's briefing (`figures/<workbook>-<unit>/`). With a `home`, only a
    workbook of that folder writes to figures/ and reports/ themselves; any other workbook
    writes under its own name, so a build never overwrites another workbook's outputs."""
    from ..model.text import bounded, slugify

    if options.unit:
        unit = slugify(options.unit)
        stems = [bounded(f"{w.name if w.is_dir() else w.stem}-{unit}") for w in workbooks]
        return [
            Target(w, options.figures_dir / stem, options.reports_dir / stem, stem)
            for w, stem in zip(workbooks, stems, strict=True)
        ]
    if len(workbooks) == 1 and not workbooks[0].is_dir():
        [workbook] = workbooks
        if options.home is None or workbook.resolve().parent == options.home.resolve():
            return [Target(workbook, options.figures_dir, options.reports_dir, "briefing")]
    stems = [bounded(w.name if w.is_dir() else w.stem) for w in workbooks]
    clashes = sorted({stem for stem in stems if stems.count(stem) > 1})
    if clashes:
        raise BuildError(
            f"Hai tệp trùng tên «{clashes[0]}»: kết quả sẽ ghi đè lên nhau. / Two workbooks are "
            f"named «{clashes[0]}»: their outputs would overwrite each other."
        )
    return [
        Target(w, options.figures_dir / stem, options.reports_dir / stem, stem)
        for w, stem in zip(workbooks, stems, strict=True)
    ]


def own_place(target: Target, entry: dict[str, Any] | None) -> Target:
    """The target, or, when its folders hold another workbook's outputs (one that still
    exists), a folder of its own under them: a build never takes another's place."""
    other = entry.get("workbook") if entry else None
    if not other or other == str(target.workbook.resolve()) or not Path(other).is_file():
        return target
    from ..model.text import bounded

    stem = bounded(target.workbook.name if target.workbook.is_dir() else target.workbook.stem)
    return Target(target.workbook, target.figures_dir / stem, target.reports_dir / stem, stem)


# -- the build ------------------------------------------------------------------------------


class Progress(Protocol):
    """Told the number of steps once, then each step as it starts."""

    def start(self, total: int) -> None: ...

    def step(self, message: str) -> None: ...


class _Silent:
    def start(self, total: int) -> None:
        pass

    def step(self, message: str) -> None:
        pass


EXPORT_STEPS = 2  # HTML, PDF


def build(
    workbooks: list[Path],
    options: BuildOptions,
    *,
    force: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> BuildReport:
    """Run the briefing notebook on each workbook that changed, then write what it made.

    Raises `BuildOptionError` for an option it cannot use (before any work),
    `BuildError` when the build cannot go on. A workbook with errors is not an
    exception: its problems are in the report (`failed`), and nothing is written.
    With `dry_run`, the notebooks run but nothing is written or removed: the report
    lists what would be (`written`, `removed`) and what would stay as it is.
    """
    missing = missing_inputs(workbooks, options)
    if missing:
        names = ", ".join(map(str, missing))
        raise BuildError(f"Không tìm thấy / not found: {names}")
    with build_lock(options.reports_dir):
        if not dry_run:
            remove_leftovers(options)
        return _build(workbooks, options, force=force, dry_run=dry_run, progress=progress)


def lock_path(reports_dir: Path) -> Path:
    """The lock file of a reports folder: in the system's temporary folder, named by the
    folder's absolute path, so that taking it creates nothing in the project."""
    key = hashlib.sha256(str(reports_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"chiso-build-{key}.lock"


@contextlib.contextmanager
def build_lock(reports_dir: Path) -> Iterator[None]:
    """Hold the reports folder for one build at a time: a second build started on the same
    folder refuses at once, saying why (BuildError), and never interleaves its writes.
    The lock is the operating system's (`flock`): a build that dies releases it."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: builds are not guarded against each other
        yield
        return
    try:
        handle = lock_path(reports_dir).open("a+b")
    except OSError:  # another user's lock file, a read-only temporary folder: unguarded
        yield
        return
    with handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildError(
                f"Một lần dựng khác đang chạy trên thư mục {reports_dir}; hãy chờ nó xong rồi "
                f"chạy lại. / Another build is running on {reports_dir}; wait for it to finish "
                "and run again."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def remove_leftovers(options: BuildOptions) -> list[Path]:
    """Temporary files a killed build left behind (`write_atomic`'s, the pending previous
    figures): removed before a new build, which then repairs whatever is stale."""
    removed = []
    for folder in (options.figures_dir, options.reports_dir):
        if not folder.is_dir():
            continue
        for path in (
            *folder.glob(".*.tmp"),
            *folder.glob("*/.*.tmp"),
            *folder.glob(f"**/.{PREVIOUS_NAME.removesuffix('.json')}.pending.json"),
        ):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def _build(
    workbooks: list[Path],
    options: BuildOptions,
    *,
    force: bool,
    dry_run: bool,
    progress: Progress | None,
) -> BuildReport:
    report = BuildReport()
    code = code_fingerprint()
    manifest = read_manifest(options.reports_dir)
    targets = [own_place(t, manifest.get(t.key)) for t in plan_targets(workbooks, options)]
    pending: list[tuple[Target, str]] = []
    for target in targets:
        fingerprint = input_fingerprint(target, options, code)
        if not force and is_up_to_date(manifest.get(target.key), fingerprint):
            report.skipped.append(target.workbook)
        else:
            pending.append((target, fingerprint))
    if not pending:
        return report
    # Checked only when there is work: an up-to-date build had its options checked when
    # it was made (they are part of its fingerprint), and checking costs imports.
    if problems := check_options(options):
        raise problems[0]
    steps = progress or _Silent()
    # The first kernel boots on another core while this process imports nbformat (a second).
    kernels = [start_kernel(options.notebook.parent)]
    try:
        import nbformat

        notebook = nbformat.read(options.notebook, as_version=4)
        # One step per cell (plus the injected parameters), the two exports, and the writing.
        steps.start((len(notebook.cells) + 1 + EXPORT_STEPS) * len(pending) + 1)
        outputs_by_target: dict[str, dict[Path, bytes]] = {}
        for index, (target, _fingerprint) in enumerate(pending):
            if index:
                kernels.append(start_kernel(options.notebook.parent))
            earlier = None
            if options.since is None:
                earlier = previous_figures(
                    target, manifest.get(target.key), data_fingerprint(target.workbook)
                )
            outputs = _run_target(
                target, notebook, options, steps, report, kernels[-1], previous=earlier
            )
            if outputs is not None:
                outputs_by_target[target.key] = outputs
    finally:
        for kernel in kernels:
            kernel.shutdown()
    if len(outputs_by_target) < len(pending):
        return report  # nothing is written when any workbook stopped at its errors

    steps.step("ghi tệp / writing files" if not dry_run else "chạy thử / dry run")
    for target, fingerprint in pending:
        outputs = outputs_by_target[target.key]
        previous = manifest.get(target.key, {}).get("outputs", {})
        for path, data in sorted(outputs.items()):
            if path.is_file() and path.read_bytes() == data:
                report.unchanged.append(path)
            else:
                if not dry_run:
                    write_atomic(path, data)
                report.written.append(path)
        produced = {path.resolve() for path in outputs}
        report.removed += _remove_figures(
            {k: v for k, v in previous.items() if Path(k).resolve() not in produced},
            dry_run=dry_run,
        )
        manifest[target.key] = {
            **({"unit": options.unit} if options.unit else {}),
            "workbook": str(target.workbook.resolve()),
            "data": data_fingerprint(target.workbook),
            "inputs": fingerprint,
            "outputs": {
                str(p.resolve()): hashlib.sha256(d).hexdigest() for p, d in sorted(outputs.items())
            },
        }
    # A layout of the same workbooks no longer built (one workbook became several, or
    # back): its figures go too. Another workbook's, or a unit's briefing, are never touched.
    built = {str(t.workbook.resolve()) for t in targets}
    for key in sorted(set(manifest) - {t.key for t in targets}):
        entry = manifest[key]
        if options.unit or entry.get("unit") or entry.get("workbook") not in built:
            continue
        report.removed += _remove_figures(entry.get("outputs", {}), dry_run=dry_run)
        if not dry_run:
            manifest.pop(key)
    if dry_run:
        return report
    write_atomic(
        options.reports_dir / MANIFEST_NAME,
        json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8"),
    )
    return report


def _remove_figures(recorded: dict[str, str], *, dry_run: bool = False) -> list[Path]:
    """Delete figures a previous build wrote and nobody changed since; reports are left.
    With `dry_run`, only say which."""
    removed = []
    for name, digest in sorted(recorded.items()):
        path = Path(name)
        if path.suffix in {".png", ".svg"} and path.is_file() and sha256_file(path) == digest:
            if not dry_run:
                path.unlink()
            removed.append(path)
    return removed


def _run_target(
    target: Target,
    notebook: nbformat.NotebookNode,
    options: BuildOptions,
    steps: Progress,
    report: BuildReport,
    kernel: Kernel,
    *,
    previous: bytes | None = None,
) -> dict[Path, bytes] | None:
    """Every output of one workbook, in memory; None when the workbook has errors.

    A folder built as one briefing goes on when some of its workbooks have errors: their
    problems are reported (the build fails) and the briefing names whose figures are
    missing; it stops only when none of them is valid. `previous` is the figures to say
    what moved since (`previous_figures`): the notebook reads them from a file written for
    the run and removed after it; they are kept beside the reports with the other outputs,
    and the executed notebook names that kept file."""
    import nbformat

    from ..present.export import BriefingHTMLExporter, BriefingPDFExporter
    from ..present.notebook_outputs import collect_results

    name = target.workbook.name

    def on_cell(index: int, total: int) -> None:
        steps.step(f"{name}: notebook {index + 1}/{total}")

    # The kernel works on one core; meanwhile this process imports the PDF renderer.
    warm_up = threading.Thread(target=_import_renderer, name="chiso-warm-up", daemon=True)
    warm_up.start()
    failure: NotebookError | None = None
    kept = target.reports_dir / PREVIOUS_NAME
    pending = target.reports_dir / f".{PREVIOUS_NAME.removesuffix('.json')}.pending.json"
    since = options.since
    if previous is not None:
        write_atomic(pending, previous)
        since = pending
    try:
        executed = execute_notebook(
            notebook,
            parameters=options.parameters(target.workbook, previous=since),
            cwd=options.notebook.parent,
            on_cell=on_cell,
            kernel=kernel,
        )
    except NotebookError as exc:
        executed, failure = exc.notebook, exc
    finally:
        warm_up.join()
        pending.unlink(missing_ok=True)
    if previous is not None:  # the executed notebook names the file that stays
        named = _literal(str(pending.resolve()))
        for cell in executed.cells:
            if "injected-parameters" in cell.metadata.get("tags", []):
                cell.source = cell.source.replace(named, _literal(str(kept.resolve())))
    results = collect_results(executed)
    report.problems += [_as_given(p, target.workbook) for p in results.problems]
    errors = any(p.severity == "error" for p in results.problems)
    if errors and (failure is not None or not results.rows):
        return None  # reported; the workbook's errors leave nothing to build
    if failure is not None:
        raise BuildError(
            f"Notebook {options.notebook} lỗi khi chạy / failed: {failure}. "
            "Báo cáo cũ được giữ nguyên. / Previous outputs were left as they were."
        )
    report.executed.append(options.notebook)
    report.figures += results.rows
    executed.metadata["chiso"] = {
        **executed.metadata.get("chiso", {}),
        **({"lang": results.lang} if results.lang else {}),
        **({"title": results.title} if results.title else {}),
    }
    outputs = chart_files(results.charts, target.figures_dir)

    steps.step(f"{name}: xuất HTML / exporting HTML")
    html, _ = BriefingHTMLExporter().from_notebook_node(executed)
    steps.step(f"{name}: xuất PDF / exporting PDF")
    pdf, _ = BriefingPDFExporter().from_notebook_node(executed)
    outputs[target.reports_dir / "briefing.html"] = html.encode("utf-8")
    outputs[target.reports_dir / "briefing.pdf"] = pdf
    outputs[target.reports_dir / "briefing.ipynb"] = nbformat.writes(executed).encode("utf-8")
    if previous is not None:
        outputs[kept] = previous
    return outputs


def _as_given(problem: ReportedProblem, workbook: Path) -> ReportedProblem:
    """The problem located by the workbook's path as the user gave it (the notebook ran it
    by its absolute path), as `chiso check` shows it."""
    resolved, given = str(workbook.resolve()), str(workbook)
    if problem.fields.get("file") != resolved:
        return problem
    location = problem.location
    if location.startswith(resolved):
        location = given + location[len(resolved) :]
    return replace(problem, location=location, fields={**problem.fields, "file": given})


def _import_renderer() -> None:
    import weasyprint  # noqa: F401


def chart_files(charts: list[ChartImage], directory: Path) -> dict[Path, bytes]:
    """Each chart the notebook showed as `<name>.png` and `<name>.svg`, under stable names."""
    outputs: dict[Path, bytes] = {}
    for chart in charts:
        png, svg = directory / f"{chart.name}.png", directory / f"{chart.name}.svg"
        if png in outputs:
            raise BuildError(
                f"Hai biểu đồ cùng tên «{chart.name}». / Two charts are named «{chart.name}»."
            )
        outputs[png], outputs[svg] = chart.png, chart.svg
    return outputs


# -- running a notebook ---------------------------------------------------------------------


def inject_parameters(
    nb: nbformat.NotebookNode, parameters: dict[str, Any]
) -> nbformat.NotebookNode:
    """A copy of the notebook with an `injected-parameters` cell after the `parameters` cell.

    The papermill convention: values are Python literals assigned by name, so
    the notebook runs unchanged in JupyterLab with its defaults.
    """
    import nbformat

    result = copy.deepcopy(nb)
    lines = ["# Parameters injected by chiso"]
    lines += [f"{name} = {_literal(value)}" for name, value in parameters.items()]
    cell = nbformat.v4.new_code_cell("\n".join(lines))
    cell.metadata["tags"] = ["injected-parameters"]
    cells = [c for c in result.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    position = next(
        (i + 1 for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", [])), 0
    )
    cells.insert(position, cell)
    result.cells = cells
    return result


def _literal(value: Any) -> str:
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


class NotebookError(ChisoError):
    """A notebook failed while running; `notebook` holds it as far as it ran."""

    def __init__(self, name: str, value: str, notebook: nbformat.NotebookNode) -> None:
        super().__init__(f"{name}: {value}" if value else name)
        self.name = name
        self.value = value
        self.notebook = notebook


class Kernel:
    """A Python kernel for one notebook run, over local IPC sockets (nothing listens on TCP).

    Started before its notebook is even read (`start_kernel`), it boots on
    another core while this process imports nbformat and nbclient. Use it as a
    context manager: leaving shuts it down at once.
    """

    def __init__(self, cwd: Path) -> None:
        from jupyter_client.manager import KernelManager

        self._sockets = tempfile.TemporaryDirectory(prefix="chiso-kernel-")
        self.manager = KernelManager(
            kernel_name="python3",
            transport="ipc",
            ip=str(Path(self._sockets.name) / "k"),
            # nbclient talks to the kernel asynchronously.
            client_class="jupyter_client.asynchronous.AsyncKernelClient",
        )
        try:
            self.manager.start_kernel(cwd=str(cwd))
        except Exception as exc:  # no kernelspec, no ipykernel, no sockets: all said alike
            self._sockets.cleanup()
            raise BuildError(
                "Không khởi động được kernel Python / could not start the Python kernel: "
                f"{type(exc).__name__}: {exc}"
            ) from exc
        self.client: Any = None  # the channels nbclient opened, closed on shutdown

    def shutdown(self) -> None:
        if self.client is not None:
            self.client.stop_channels()
            self.client = None
        if self.manager.has_kernel:
            self.manager.shutdown_kernel(now=True)
        self._sockets.cleanup()

    def __enter__(self) -> Kernel:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.shutdown()


def start_kernel(cwd: Path) -> Kernel:
    """Start a kernel working in `cwd` now, for a notebook run later."""
    return Kernel(cwd)


def execute_notebook(
    nb: nbformat.NotebookNode,
    *,
    parameters: dict[str, Any],
    cwd: Path,
    timeout: int = 300,
    on_cell: Callable[[int, int], None] | None = None,
    kernel: Kernel | None = None,
) -> nbformat.NotebookNode:
    """Run a notebook for real (ipykernel), then shut the kernel down at once.

    `kernel` is one started earlier in `cwd` (see `start_kernel`); without it
    one is started here. `on_cell(index, total)` is told as each cell starts.
    A failure raises `NotebookError`, which keeps the outputs written before it.
    """
    from nbclient import NotebookClient

    runnable = inject_parameters(nb, parameters)
    total = len(runnable.cells)

    def started(cell: Any, cell_index: int) -> None:
        if on_cell is not None:
            on_cell(cell_index, total)

    with kernel or start_kernel(cwd) as running:
        client = NotebookClient(
            runnable, km=running.manager, timeout=timeout, on_cell_start=started
        )
        try:
            client.execute()
        except Exception as exc:  # whatever stops a notebook is reported alike
            name = str(getattr(exc, "ename", "") or type(exc).__name__)
            text = str(exc).strip()
            value = str(getattr(exc, "evalue", text.splitlines()[-1] if text else ""))
            raise NotebookError(name, value, runnable) from exc
        finally:
            running.client = client.kc
    return runnable
