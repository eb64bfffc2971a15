"""The last resort's paper trail: when chiso fails in a way it did not foresee, the full
traceback goes to a log file of its own, and the user gets one problem that names the
files, the command, the error in one line and where the log is — never a traceback.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import traceback
from collections.abc import Sequence
from pathlib import Path

from ..model.errors import Problem


def write_traceback(exc: BaseException) -> Path | None:
    """The full traceback, in a log file of its own: `$CHISO_LOG_DIR`, else the user's
    state folder (`~/.local/state/chiso`), else the system's temporary folder."""
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


def unexpected_failure(
    exc: BaseException, *, command: str, inputs: Sequence[str]
) -> tuple[Problem, Path | None]:
    """The traceback written to its log, and the `unexpected_failure` problem that tells
    the user which files, what chiso was doing and where that log is."""
    log = write_traceback(exc)
    problem = Problem(
        "unexpected_failure",
        ", ".join(inputs) or "—",
        details={
            "command": f"chiso {command}",
            "error": f"{type(exc).__name__}: {' '.join(str(exc).split())}"[:300],
            "log": str(log) if log else "—",
        },
    )
    return problem, log
