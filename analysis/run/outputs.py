"""One workbook's outputs, in memory: the briefing notebook run on it once, then everything
taken from that run — the chart files (the very bytes the notebook showed), the figures
and problems it published, the Word file it made (`briefing.docx`), the HTML and PDF
exported from the executed notebook, and the Excel annex of every figure with its source
cells (`phu-luc.xlsx`, from the published figures).

Nothing is written here: the build writes all targets' outputs together, or none.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from concurrent.futures import Executor, Future
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ..model.labels import Lang, as_lang
from .files import write_atomic
from .kernel import Kernel, NotebookError, execute_notebook, literal
from .manifest import PENDING_NAME, PREVIOUS_NAME
from .options import BuildError, BuildOptions
from .saving import annex_workbook, steady_zip
from .targets import Target

if TYPE_CHECKING:
    import nbformat

    from ..present.notebook_outputs import ChartImage, NotebookResults, ReportedProblem


ANNEX_NAME = "phu-luc.xlsx"  # beside briefing.pdf: the appendix in full, one row per figure
WORD_NAME = "briefing.docx"  # the briefing an office finishes in Word (`present.word`)


class Progress(Protocol):
    """Told the number of steps once, then each step as it starts."""

    def start(self, total: int) -> None: ...

    def step(self, message: str) -> None: ...


@dataclass
class TargetRun:
    """What the briefing notebook gave for one target."""

    outputs: dict[Path, bytes] | None  # None: the workbook's errors leave nothing to build
    problems: list[ReportedProblem] = field(default_factory=list)
    # The published summaries (`NotebookResults.summaries`), read into rows by whoever asks.
    summaries: list[Mapping[str, Any]] = field(default_factory=list)


def run_target(
    target: Target,
    notebook: nbformat.NotebookNode,
    options: BuildOptions,
    steps: Progress,
    kernel: Kernel,
    *,
    previous: bytes | None = None,
) -> TargetRun:
    """Every output of one workbook, in memory (`outputs` None when it has errors).

    A folder built as one briefing goes on when some of its workbooks have errors: their
    problems are reported (the build fails) and the briefing names whose figures are
    missing; it stops only when none of them is valid. `previous` is the figures to say
    what moved since (`manifest.previous_figures`), kept beside the reports with the other
    outputs."""
    from ..present.notebook_outputs import collect_results

    # The figures the briefing printed, each with its source cells: the reader who checks
    # them filters this workbook, and the PDF's appendix stays one compact table. It is
    # written in a process of its own, on the other core, from the moment the notebook
    # publishes its figures (its first cells) while the kernel draws the charts.
    with _annex_writer() as pool:
        annex = _EarlyAnnex(pool)
        executed, failure = _execute(
            target, notebook, options, steps, kernel, previous=previous, on_cell_done=annex.start
        )
        results = collect_results(executed)
        problems = [_as_given(p, target.workbook) for p in results.problems]
        errors = any(p.severity == "error" for p in results.problems)
        if errors and (failure is not None or not results.has_rows):
            annex.drop()
            return TargetRun(None, problems)  # the workbook's errors leave nothing to build
        if failure is not None:
            annex.drop()
            raise BuildError(
                f"Notebook {options.notebook} lỗi khi chạy / failed: {failure}. "
                "Báo cáo cũ được giữ nguyên. / Previous outputs were left as they were."
            )
        return _finish_target(target, executed, results, problems, annex, steps, previous)


def _finish_target(
    target: Target,
    executed: nbformat.NotebookNode,
    results: NotebookResults,
    problems: list[ReportedProblem],
    annex: _EarlyAnnex,
    steps: Progress,
    previous: bytes | None,
) -> TargetRun:
    """The outputs of a notebook that ran: charts, HTML, PDF, the Excel annex, the notebook."""
    import nbformat

    executed.metadata["chiso"] = {
        **executed.metadata.get("chiso", {}),
        **({"lang": results.lang} if results.lang else {}),
        **({"title": results.title} if results.title else {}),
    }
    outputs = chart_files(results.charts, target.figures_dir)
    outputs.update(_exported(executed, target, steps))
    if results.word is not None:  # the same bytes for the same content (`steady_zip`)
        outputs[target.reports_dir / WORD_NAME] = steady_zip(results.word)
    steps.step(f"{target.workbook.name}: phụ lục Excel / Excel annex")
    outputs[target.reports_dir / ANNEX_NAME] = annex.result(results)
    # nbformat and nbconvert are untyped: calling them is what this module is for.
    notebook_text: str = nbformat.writes(executed)  # type: ignore[no-untyped-call]
    outputs[target.reports_dir / "briefing.ipynb"] = notebook_text.encode("utf-8")
    if previous is not None:
        outputs[target.reports_dir / PREVIOUS_NAME] = previous
    return TargetRun(outputs, problems, results.summaries)


def _execute(
    target: Target,
    notebook: nbformat.NotebookNode,
    options: BuildOptions,
    steps: Progress,
    kernel: Kernel,
    *,
    previous: bytes | None,
    on_cell_done: Callable[[Any], None] | None = None,
) -> tuple[nbformat.NotebookNode, NotebookError | None]:
    """The notebook run on the target's workbook, as far as it ran, and how it failed.

    The notebook reads the previous figures from a file written for the run and removed
    after it; the executed notebook then names the file kept beside the reports."""
    name = target.workbook.name

    def on_cell(index: int, total: int) -> None:
        steps.step(f"{name}: notebook {index + 1}/{total}")

    # The kernel works on one core; meanwhile this process imports the PDF renderer.
    warm_up = threading.Thread(target=_import_renderer, name="chiso-warm-up", daemon=True)
    warm_up.start()
    failure: NotebookError | None = None
    kept = target.reports_dir / PREVIOUS_NAME
    pending = target.reports_dir / PENDING_NAME
    since = options.since
    if previous is not None:
        write_atomic(pending, previous)
        since = pending
    try:
        executed = execute_notebook(
            notebook,
            parameters=options.parameters(target.workbook, previous=since),
            # Where JupyterLab would run it: the notebook's relative defaults mean the same.
            cwd=options.notebook.parent,
            on_cell=on_cell,
            kernel=kernel,
            on_cell_done=on_cell_done,
        )
    except NotebookError as exc:
        executed, failure = exc.notebook, exc
    finally:
        warm_up.join()
        pending.unlink(missing_ok=True)
    if previous is not None:  # the executed notebook names the file that stays
        named = literal(str(pending.resolve()))
        for cell in executed.cells:
            if "injected-parameters" in cell.metadata.get("tags", []):
                cell.source = cell.source.replace(named, literal(str(kept.resolve())))
    return executed, failure


class _EarlyAnnex:
    """The Excel annex, started as soon as a cell publishes the figures (`start`, told each
    cell as it finishes), and started again at the end if later cells published more."""

    def __init__(self, pool: Executor) -> None:
        self._pool = pool
        self._summaries: list[Mapping[str, Any]] = []
        self._future: Future[bytes] | None = None

    def start(self, cell: Any) -> None:
        if self._future is not None:
            return
        from ..present.notebook_outputs import SUMMARY_MIME

        summaries = [
            output["data"][SUMMARY_MIME]
            for output in cell.get("outputs", [])
            if SUMMARY_MIME in (output.get("data") or {})
        ]
        if summaries:
            self._submit(summaries)

    def _submit(self, summaries: list[Mapping[str, Any]]) -> None:
        from ..present.notebook_outputs import compact_summary

        self._summaries = summaries
        lang = as_lang(str(summaries[-1].get("lang") or "vi"))
        self._future = self._pool.submit(annex_bytes, [compact_summary(s) for s in summaries], lang)

    def result(self, results: NotebookResults) -> bytes:
        """The annex of every figure the notebook published."""
        if (
            self._future is None
            or len(self._summaries) != len(results.summaries)
            or any(
                mine is not theirs
                for mine, theirs in zip(self._summaries, results.summaries, strict=True)
            )
        ):
            self.drop()
            self._submit(results.summaries)
        assert self._future is not None
        return _finished(self._future)

    def drop(self) -> None:
        if self._future is not None:
            self._future.cancel()  # one already running finishes, unread
        self._future = None


def annex_bytes(summaries: list[Mapping[str, Any]], lang: Lang) -> bytes:
    """The Excel annex of the published summaries (run in `_annex_writer`'s process)."""
    from ..present.notebook_outputs import each_published_row

    return annex_workbook((row for p in summaries for row in each_published_row(p)), lang=lang)


def _annex_writer() -> Executor:
    """One process of its own for the Excel annex (started afresh: never a fork of this
    one, whose threads and memory it does not need); where processes cannot be started,
    this one writes it when asked."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        # The process ends with its one annex (`max_tasks_per_child`): kept idle, its
        # hundred-odd MB would add to the build's peak while the PDF is made.
        return ProcessPoolExecutor(
            max_workers=1, mp_context=multiprocessing.get_context("spawn"), max_tasks_per_child=1
        )
    except (OSError, NotImplementedError):
        return _InProcess()


class _InProcess(Executor):
    """Runs what it is given at once, in this process."""

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        done: Future[Any] = Future()
        done.set_result(fn(*args, **kwargs))
        return done


def _finished(annex: Future[bytes]) -> bytes:
    try:
        return annex.result()
    except BrokenProcessPool as exc:
        raise BuildError(
            f"Không ghi được phụ lục Excel: tiến trình ghi đã dừng ({exc}). Báo cáo cũ được giữ "
            f"nguyên. / The Excel annex could not be written: its process stopped ({exc}). "
            "Previous outputs were left as they were."
        ) from exc


def _exported(
    executed: nbformat.NotebookNode, target: Target, steps: Progress
) -> dict[Path, bytes]:
    """The briefing's HTML and PDF, exported from the executed notebook."""
    from ..present.export import BriefingHTMLExporter, BriefingPDFExporter

    name = target.workbook.name
    steps.step(f"{name}: xuất HTML / exporting HTML")
    html, _ = BriefingHTMLExporter().from_notebook_node(executed)  # type: ignore[no-untyped-call]
    steps.step(f"{name}: xuất PDF / exporting PDF")
    pdf, _ = BriefingPDFExporter().from_notebook_node(executed)  # type: ignore[no-untyped-call]
    return {
        target.reports_dir / "briefing.html": html.encode("utf-8"),
        target.reports_dir / "briefing.pdf": pdf,
    }


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
