"""Running a notebook for real: parameters injected in the papermill convention (an
`injected-parameters` cell after the one tagged `parameters`), then nbclient over one
ipykernel that talks over local IPC sockets (nothing listens on TCP), started early so that
it boots on another core while the build still imports, and shut down as soon as the run
ends. The kernel keeps no history: nothing of what it runs is written to the user's
IPython folder. A failure keeps the notebook as far as it ran (`NotebookError`).
"""

from __future__ import annotations

import copy
import json
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from ..model.errors import ChisoError
from .options import BuildError

if TYPE_CHECKING:
    import nbformat


def skip_iri_grammars() -> None:
    """Keep jsonschema from loading `rfc3987_syntax` when nbformat imports it.

    That module builds its Lark grammars as it is imported (seconds, more on a busy
    machine) for the "iri" formats only, which nbformat's schema never uses; jsonschema
    imports it optionally, and a module set to None in `sys.modules` is one that cannot
    be imported. Harmless when jsonschema is already imported (it no longer asks)."""
    sys.modules.setdefault("rfc3987_syntax", None)  # type: ignore[arg-type]


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
    lines += [f"{name} = {literal(value)}" for name, value in parameters.items()]
    # nbformat is untyped; making a cell with it is the point here.
    cell = nbformat.v4.new_code_cell("\n".join(lines))  # type: ignore[no-untyped-call]
    cell.metadata["tags"] = ["injected-parameters"]
    cells = [c for c in result.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    position = next(
        (i + 1 for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", [])), 0
    )
    cells.insert(position, cell)
    result.cells = cells
    return result


def literal(value: Any) -> str:
    """A value as the Python literal a notebook cell assigns (text as a JSON string)."""
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


# Traitlets options the kernel starts with (ipykernel reads them from its command line).
KERNEL_ARGUMENTS = ("--HistoryManager.enabled=False",)


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
            # History off: IPython would write every cell it runs, the workbook's path and
            # the organisation included, to the user's ~/.ipython history database.
            self.manager.start_kernel(cwd=str(cwd), extra_arguments=list(KERNEL_ARGUMENTS))
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
    on_cell_done: Callable[[nbformat.NotebookNode], None] | None = None,
) -> nbformat.NotebookNode:
    """Run a notebook for real (ipykernel), then shut the kernel down at once.

    `kernel` is one started earlier in `cwd` (see `start_kernel`); without it
    one is started here. `on_cell(index, total)` is told as each cell starts, and
    `on_cell_done(cell)` given each cell once it has run, with its outputs.
    A failure raises `NotebookError`, which keeps the outputs written before it.
    """
    from nbclient import NotebookClient

    runnable = inject_parameters(nb, parameters)
    total = len(runnable.cells)

    def started(cell: Any, cell_index: int) -> None:
        if on_cell is not None:
            on_cell(cell_index, total)

    def executed(cell: Any, cell_index: int, execute_reply: Any) -> None:
        if on_cell_done is not None:
            on_cell_done(cell)

    with kernel or start_kernel(cwd) as running:
        # No cell timings: the same data gives the same executed notebook, byte for byte.
        client = NotebookClient(
            runnable,
            km=running.manager,
            timeout=timeout,
            on_cell_start=started,
            on_cell_executed=executed,
            record_timing=False,
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
