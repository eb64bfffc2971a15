"""One build at a time per reports folder, and nothing a killed build left behind.

The lock is the operating system's (`flock`) on a file named by the reports folder's
absolute path, in the user's own runtime folder (`$XDG_RUNTIME_DIR/chiso`, which the
system empties at logout, and where runtime files such as locks belong), else in the
user's cache folder (`$XDG_CACHE_HOME/chiso`, `~/.cache/chiso`): never beside the user's
files, never in the temporary folder every user shares (where another user could hold
the name first). A build that dies releases it; a second build on the same folder
refuses at once instead of interleaving its writes; and the file goes when the build
ends, failed or not.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from .manifest import PENDING_NAME
from .options import BuildError, BuildOptions


def lock_folder() -> Path:
    """Where the build's lock files go: the user's runtime folder when it is there and
    writable, else the user's cache folder, else (no usable home) the temporary folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime) and os.access(runtime, os.W_OK | os.X_OK):
        return Path(runtime) / "chiso"
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    if Path(cache).is_absolute():
        return Path(cache) / "chiso"
    return Path(tempfile.gettempdir())


def lock_path(reports_dir: Path) -> Path:
    """The lock file of a reports folder, named by the folder's absolute path."""
    key = hashlib.sha256(str(reports_dir.resolve()).encode("utf-8")).hexdigest()[:16]
    return lock_folder() / f"chiso-build-{key}.lock"


@contextlib.contextmanager
def build_lock(reports_dir: Path) -> Iterator[None]:
    """Hold the reports folder for one build at a time: a second build started on the same
    folder refuses at once, saying why (BuildError), and never interleaves its writes.
    The lock is the operating system's (`flock`): a build that dies releases it. The lock
    file is removed when the build ends, while still held; a build that opened it just
    before finds it gone once it holds it, and takes the new one (so two never both run)."""
    try:
        import fcntl
    except ImportError:  # not on POSIX: builds are not guarded against each other
        yield
        return
    path = lock_path(reports_dir)
    for _attempt in range(10):
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            handle = path.open("a+b")
        except OSError:  # a read-only home: unguarded, as on a system without locks
            yield
            return
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            raise BuildError(
                f"Một lần dựng khác đang chạy trên thư mục {reports_dir}; hãy chờ nó xong rồi "
                f"chạy lại. / Another build is running on {reports_dir}; wait for it to finish "
                "and run again."
            ) from None
        if _same_file(handle.fileno(), path):
            break
        handle.close()  # removed by the build that held it: take the lock file there now
    else:  # pragma: no cover - ten builds ending one after another while this one opens
        yield
        return
    with handle:
        try:
            yield
        finally:
            path.unlink(missing_ok=True)
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _same_file(descriptor: int, path: Path) -> bool:
    """Whether `path` still names the file open as `descriptor`."""
    try:
        named = path.stat()
    except OSError:
        return False
    held = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


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
