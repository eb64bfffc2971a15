"""`chiso build`: refresh figures and briefings from workbooks, rebuilding only what changed.

The briefing notebook does the work, once, in one kernel: it loads and checks
the workbook, computes every figure and draws every chart. The build runs it
(`kernel.execute_notebook`) and takes everything it writes from the notebook's
outputs (`outputs.run_target`): the chart files, the figures and problems the
notebook published, and the HTML and PDF exported from the same run. The build
process itself never imports pandas or matplotlib.

A manifest beside the reports (`manifest`) records each target's input
fingerprint and the hash of every output. When nothing changed, nothing is
imported beyond the standard library and nothing is executed. Everything is
computed in memory first; every output is then written to a temporary file beside
its place, and only when all are written are they moved in, the manifest last
(`files.Staging`): a failure while writing (a full disk, a read-only folder) leaves
the previous outputs as they were, all old, never a mix; an interrupt never leaves
half a file; and a workbook with errors leaves the previous outputs exactly as
they were. A build removes only the chart files it recorded, in its own folders,
still as it wrote them (`_removable`): the manifest is checked, not trusted.

This module runs the pipeline and returns what it did (`BuildReport`); it
never prints. `chiso build` in `cli` parses the options and prints.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .files import Staging, failed_reading

# Kept importable from here, where callers found them before the build was split by job.
from .kernel import execute_notebook as execute_notebook
from .kernel import inject_parameters as inject_parameters
from .kernel import skip_iri_grammars, start_kernel
from .lock import build_lock, remove_leftovers
from .lock import lock_path as lock_path
from .manifest import (
    MANIFEST_NAME,
    PREVIOUS_NAME,
    code_fingerprint,
    data_fingerprint,
    input_fingerprint,
    is_up_to_date,
    manifest_bytes,
    manifest_entry,
    previous_figures,
    read_manifest,
    sha256_file,
)
from .options import BuildError, BuildOptions, check_folders, check_options, missing_inputs
from .outputs import Progress, run_target
from .targets import Target, own_place, plan_targets

if TYPE_CHECKING:
    from ..present.notebook_outputs import ReportedProblem

EXPORT_STEPS = 3  # HTML, PDF, the Excel annex


@dataclass
class BuildReport:
    """What a build did, for the command line and for tests."""

    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    removed: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # targets with nothing to do
    executed: list[Path] = field(default_factory=list)  # notebooks run
    # The published summaries of what was built: a province's 50.000 rows are read one at a
    # time (`each_figure`), never all held as dicts.
    summaries: list[Mapping[str, Any]] = field(default_factory=list)
    problems: list[ReportedProblem] = field(default_factory=list)

    def each_figure(self) -> Iterator[dict[str, Any]]:
        """The summary rows of what was built (the public JSON rows), one at a time."""
        from ..present.notebook_outputs import each_published_row

        for payload in self.summaries:
            yield from each_published_row(payload)

    @property
    def figures(self) -> list[dict[str, Any]]:
        """Every summary row of what was built."""
        return list(self.each_figure())

    @property
    def failed(self) -> bool:
        return any(p.severity == "error" for p in self.problems)

    def describe(self, *, dry_run: bool) -> str:
        """What a build did (or would do), in a few lines."""
        if dry_run:
            if not self.written and not self.removed:
                return "Không có gì cần dựng lại. / Nothing to rebuild."
            lines = [f"Sẽ ghi / would write ({len(self.written)}):"]
            lines += [f"  {path}" for path in self.written]
            lines.append(f"Không đổi / unchanged: {len(self.unchanged)}")
            if self.removed:
                lines.append(f"Sẽ xoá / would remove ({len(self.removed)}):")
                lines += [f"  {path}" for path in self.removed]
            lines.append("Chạy thử: chưa ghi gì. / Dry run: nothing was written.")
            return "\n".join(lines)
        if not self.written and not self.unchanged and not self.removed:
            return "Không có gì thay đổi. / Nothing changed."
        lines = [f"Đã ghi / written ({len(self.written)}):"]
        lines += [f"  {path}" for path in self.written]
        lines.append(f"Không đổi / unchanged: {len(self.unchanged)}")
        if self.removed:
            lines.append("Đã xoá / removed: " + ", ".join(map(str, self.removed)))
        if self.executed:
            lines.append(f"Notebook đã chạy / notebooks run: {len(self.executed)}")
        return "\n".join(lines)


class _Silent:
    def start(self, total: int) -> None:
        pass

    def step(self, message: str) -> None:
        pass


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
    `BuildError` when the build cannot go on, `files.WriteFailure` or `files.ReadFailure`
    when the machine fails it (disk full, permission denied): then every previous output
    is as it was. A workbook with errors is not an
    exception: its problems are in the report (`failed`), and nothing is written.
    With `dry_run`, the notebooks run but nothing is written or removed: the report
    lists what would be (`written`, `removed`) and what would stay as it is.
    """
    missing = missing_inputs(workbooks, options)
    if missing:
        names = ", ".join(map(str, missing))
        raise BuildError(f"Không tìm thấy / not found: {names}")
    if problems := check_folders(options):  # a file where a folder is needed: before any work
        raise problems[0]
    with build_lock(options.reports_dir):
        if not dry_run:
            remove_leftovers(options)
        return _build(workbooks, options, force=force, dry_run=dry_run, progress=progress)


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
        try:
            fingerprint = input_fingerprint(target, options, code)
        except OSError as exc:  # a workbook without read permission: the user's to fix
            raise failed_reading(exc, target.workbook) from exc
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
    made = _run_targets(pending, options, manifest, steps, report)
    if len(made) < len(pending):
        return report  # nothing is written when any workbook stopped at its errors
    steps.step("ghi tệp / writing files" if not dry_run else "chạy thử / dry run")
    writes: dict[Path, bytes] = {}
    stale: dict[str, str] = {}  # recorded outputs no longer made, path: hash
    for target, fingerprint in pending:
        writes |= _changed_outputs(made[target.key], report)
        stale |= _stale_figures(target, made[target.key], manifest)
        manifest[target.key] = manifest_entry(
            target, fingerprint, made[target.key], unit=options.unit
        )
    stale |= _old_layouts(targets, options, manifest, dry_run=dry_run)
    removable = _removable(stale, options)
    report.removed += removable
    if not dry_run:
        _publish(writes, removable, options.reports_dir / MANIFEST_NAME, manifest_bytes(manifest))
    return report


def _publish(
    writes: dict[Path, bytes], removable: list[Path], manifest_path: Path, manifest: bytes
) -> None:
    """Every output of the build, then its manifest, all or nothing: each is written to a
    temporary file beside its place first, and only when all are written are they moved in
    (renames, which need no space); the figures no longer made are removed after them, and
    the manifest moved in last. A failure while writing (a full disk, a read-only folder)
    leaves every previous output and the manifest as they were."""
    # The figures this build compared with go first: killed after its notebook, a build
    # has already kept them, and the repair compares with them (`previous_figures`).
    order = sorted(writes, key=lambda path: (path.name != PREVIOUS_NAME, path))
    with Staging() as staging:
        for path in order:
            staging.add(path, writes[path])
        staging.add(manifest_path, manifest)
        staging.move_in(order)
        for path in removable:
            path.unlink(missing_ok=True)
        staging.move_in([manifest_path])


def _run_targets(
    pending: list[tuple[Target, str]],
    options: BuildOptions,
    manifest: dict[str, Any],
    steps: Progress,
    report: BuildReport,
) -> dict[str, dict[Path, bytes]]:
    """Run the notebook on each pending target, each in a kernel of its own; the outputs
    of those without errors, by target key. Problems and figures go in the report."""
    # The first kernel boots on another core while this process imports nbformat (a second).
    kernels = [start_kernel(options.notebook.parent)]
    made: dict[str, dict[Path, bytes]] = {}
    try:
        skip_iri_grammars()
        import nbformat

        notebook = nbformat.read(options.notebook, as_version=4)
        # One step per cell (plus the injected parameters), the two exports, and the writing.
        steps.start((len(notebook.cells) + 1 + EXPORT_STEPS) * len(pending) + 1)
        for index, (target, _fingerprint) in enumerate(pending):
            if index:
                kernels.append(start_kernel(options.notebook.parent))
            earlier = None
            if options.since is None:
                earlier = previous_figures(
                    target, manifest.get(target.key), data_fingerprint(target.workbook)
                )
            run = run_target(target, notebook, options, steps, kernels[-1], previous=earlier)
            report.problems += run.problems
            if run.outputs is not None:
                report.executed.append(options.notebook)
                report.summaries += run.summaries
                made[target.key] = run.outputs
    finally:
        for kernel in kernels:
            kernel.shutdown()
    return made


def _changed_outputs(outputs: dict[Path, bytes], report: BuildReport) -> dict[Path, bytes]:
    """The outputs whose bytes differ from the file in their place (listed as `written`);
    the others are listed as `unchanged`."""
    changed = {}
    for path, data in sorted(
        outputs.items(), key=lambda item: (item[0].name != PREVIOUS_NAME, item[0])
    ):
        if path.is_file() and path.read_bytes() == data:
            report.unchanged.append(path)
        else:
            changed[path] = data
            report.written.append(path)
    return changed


def _stale_figures(
    target: Target, outputs: dict[Path, bytes], manifest: dict[str, Any]
) -> dict[str, str]:
    """What the last build of this target recorded (path: hash) and this one did not make."""
    previous: dict[str, str] = manifest.get(target.key, {}).get("outputs", {})
    produced = {str(path.resolve()) for path in outputs}
    return {name: digest for name, digest in previous.items() if name not in produced}


def _old_layouts(
    targets: list[Target], options: BuildOptions, manifest: dict[str, Any], *, dry_run: bool
) -> dict[str, str]:
    """A layout of the same workbooks no longer built (one workbook became several, or
    back): its figures go too. Another workbook's, or a unit's briefing, are never touched."""
    built = {str(t.workbook.resolve()) for t in targets}
    stale: dict[str, str] = {}
    for key in sorted(set(manifest) - {t.key for t in targets}):
        entry = manifest[key]
        if options.unit or entry.get("unit") or entry.get("workbook") not in built:
            continue
        stale |= entry.get("outputs", {})
        if not dry_run:
            manifest.pop(key)
    return stale


# The names of the chart files a build writes (`outputs.chart_files`: a slug, .png or .svg).
_CHART_NAME = re.compile(r"[a-z0-9][a-z0-9-]*\.(?:png|svg)")


def _removable(recorded: dict[str, str], options: BuildOptions) -> list[Path]:
    """The recorded figures a build may delete: the manifest is checked, not trusted. Only a
    chart file (a name the build makes) directly in a folder under the build's figures or
    reports folder, a file of its own (not a link), whose bytes are still those the build
    wrote; anything else a manifest names (`../outside.txt`, a path elsewhere, a file
    changed since) is left alone. Reports are never removed."""
    folders = [options.figures_dir.resolve(), options.reports_dir.resolve()]
    removable = []
    for name, digest in sorted(recorded.items()):
        path = Path(name)
        if not path.is_absolute() or ".." in path.parts or not _CHART_NAME.fullmatch(path.name):
            continue
        folder = path.parent.resolve()
        if not any(folder == root or folder.is_relative_to(root) for root in folders):
            continue
        if path.is_symlink() or not path.is_file():
            continue
        if isinstance(digest, str) and sha256_file(path) == digest:
            removable.append(folder / path.name)
    return removable
