"""One build at a time per reports folder, and nothing a killed build left behind.

The lock is the operating system's (`flock`) on a file in the system's temporary folder,
named by the reports folder's absolute path: taking it creates nothing beside the user's
files, a build that dies releases it, and a second build on the same folder refuses at
once instead of interleaving its writes.
"""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .manifest import PENDING_NAME
from .options import BuildError, BuildOptions


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
            *folder.glob(f"**/{PENDING_NAME}"),
        ):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed
