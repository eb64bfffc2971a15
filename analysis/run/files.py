"""Writing files so that nothing is ever half-written, and the machine's failures said plainly.

One file (`write_atomic`) goes through a temporary file in its own folder, flushed to disk,
then moved into place. A build's outputs go together (`Staging`): every one is first
written to a temporary file beside it (the same file system), and only when all of them
are written are they moved into place, one rename each, which needs no space; a failure
before (a full disk, a read-only folder) removes the temporaries and leaves every previous
output as it was: all new or all old, never a mix.

A failure of the machine (permission denied, read-only, disk full) is the user's to fix,
not chiso's crash: `WriteFailure` and `ReadFailure` name the file meant (never a
temporary), and `plain_failure` says what happened in both languages.
"""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from types import TracebackType

from ..model.labels import OS_FAILURE_KEPT, OS_FAILURE_REASONS, OS_FAILURE_VERBS


class WriteFailure(OSError):
    """Writing `filename` failed; `errno` says why (ENOSPC, EACCES, EROFS...)."""


class ReadFailure(OSError):
    """Reading `filename` failed; `errno` says why (EACCES...)."""


def failed_writing(exc: OSError, path: Path) -> WriteFailure:
    """The failure as one of writing `path` (the file meant, not its temporary)."""
    return WriteFailure(exc.errno, exc.strerror or str(exc), str(path))


def failed_reading(exc: OSError, path: Path) -> ReadFailure:
    """The failure as one of reading `path`."""
    return ReadFailure(exc.errno, exc.strerror or str(exc), str(exc.filename or path))


def plain_failure(exc: OSError) -> str:
    """«Không ghi được reports/briefing.pdf: đĩa đầy / Could not write reports/briefing.pdf:
    disk full»: the file, what was done with it and why it failed, Vietnamese first; after
    a failed write, a second line says the previous files are as they were."""
    kind = (
        "write" if isinstance(exc, WriteFailure) else "read" if isinstance(exc, ReadFailure) else ""
    )
    if not kind and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EROFS, errno.EFBIG):
        kind = "write"
    verb_vi, verb_en = OS_FAILURE_VERBS[kind]
    name = errno.errorcode.get(exc.errno or 0, "")
    reason_vi, reason_en = OS_FAILURE_REASONS.get(name, ("lỗi hệ thống", exc.strerror or str(exc)))
    if name not in OS_FAILURE_REASONS and exc.strerror:
        reason_vi = f"{reason_vi} ({exc.strerror})"
    path = " ".join(str(exc.filename).split()) if exc.filename else "—"
    said = f"{verb_vi} {path}: {reason_vi} / {verb_en} {path}: {reason_en}"
    # Written beside its place, never moved in: the files there are the previous ones.
    return f"{said}\n{OS_FAILURE_KEPT}" if isinstance(exc, WriteFailure) else said


def write_temporary(path: Path, data: bytes) -> Path:
    """`data` in a new temporary file beside `path` (`.<name>.<random>.tmp`), flushed to
    disk, with the mode a new file of the user's gets; the temporary's path. Nothing is
    left when it fails (`WriteFailure` naming `path`)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=".tmp", dir=path.parent
        )
    except OSError as exc:
        raise failed_writing(exc, path) from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # mkstemp makes 0600; give the usual mode
    except BaseException as exc:
        Path(temporary).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise failed_writing(exc, path) from exc
        raise
    return Path(temporary)


class Staging:
    """Files written beside their places first (`add`), moved in only when asked (`move_in`);
    leaving the `with` block removes every temporary not moved in."""

    def __init__(self) -> None:
        self._temporaries: dict[Path, Path] = {}

    def add(self, path: Path, data: bytes) -> None:
        """Write `data` to a temporary file beside `path` (`WriteFailure` when it cannot)."""
        try:
            self._temporaries[path] = write_temporary(path, data)
        except WriteFailure:
            raise
        except OSError as exc:
            raise failed_writing(exc, path) from exc

    def move_in(self, paths: list[Path] | None = None) -> None:
        """Move the files staged for `paths` (default: all, in the order added) into place."""
        for path in list(self._temporaries) if paths is None else paths:
            temporary = self._temporaries.pop(path)
            try:
                os.replace(temporary, path)
            except BaseException as exc:
                temporary.unlink(missing_ok=True)
                if isinstance(exc, OSError):
                    raise failed_writing(exc, path) from exc
                raise

    def discard(self) -> None:
        """Remove every temporary not moved in."""
        for temporary in self._temporaries.values():
            temporary.unlink(missing_ok=True)
        self._temporaries.clear()

    def __enter__(self) -> Staging:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.discard()


def write_atomic(path: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder, then move it into place."""
    with Staging() as staging:
        staging.add(path, data)
        staging.move_in()
