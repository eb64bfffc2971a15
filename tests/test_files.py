"""`write_atomic`: a file is the old one or the new one, whole, never something between,
and nothing but the file itself is ever left in its folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from analysis.run.files import write_atomic


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_the_bytes_are_written_whole_and_nothing_else_is_left(tmp_path: Path) -> None:
    # Bytes as given: no text mode, no newline translation, no encoding added.
    data = "Đảng viên mới\r\n9.728/9.897\n".encode("utf-8-sig") + bytes(range(256)) * 400
    target = tmp_path / "briefing.pdf"
    write_atomic(target, data)
    assert target.read_bytes() == data
    assert _listing(tmp_path) == ["briefing.pdf"]  # no temporary beside it


def test_missing_folders_are_made(tmp_path: Path) -> None:
    target = tmp_path / "figures" / "phuong-1" / "chart.svg"
    write_atomic(target, b"<svg/>")
    assert target.read_bytes() == b"<svg/>"


def test_an_existing_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "chart.png"
    target.write_bytes(b"old" * 10_000)
    write_atomic(target, b"new")  # shorter: nothing of the old file may remain at its end
    assert target.read_bytes() == b"new"
    assert _listing(tmp_path) == ["chart.png"]


def test_an_empty_file_is_a_file(tmp_path: Path) -> None:
    target = tmp_path / "empty.csv"
    write_atomic(target, b"")
    assert target.is_file() and target.read_bytes() == b""


def test_the_file_gets_the_usual_mode_not_the_temporary_files(tmp_path: Path) -> None:
    # mkstemp makes 0600; a report shared with colleagues must be readable as any other
    # file the user writes: 0666 less the umask.
    previous = os.umask(0o027)
    try:
        write_atomic(tmp_path / "briefing.html", b"<html></html>")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((tmp_path / "briefing.html").stat().st_mode) == 0o640
    write_atomic(tmp_path / "again.html", b"<html></html>")
    assert stat.S_IMODE((tmp_path / "again.html").stat().st_mode) == 0o666 & ~previous


def test_a_failure_midway_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "briefing.html"
    target.write_bytes(b"<html>old</html>")
    seen: list[bytes] = []

    def failing_fsync(fd: int) -> None:
        # The new bytes are in the temporary file by now: fail there, as a full disk would.
        (temporary,) = tmp_path.glob(".briefing.html.*.tmp")
        seen.append(temporary.read_bytes())
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", failing_fsync)
    with pytest.raises(OSError, match="No space left on device"):
        write_atomic(target, b"<html>new</html>")
    assert seen == [b"<html>new</html>"]  # it did fail midway, with the new bytes written
    assert target.read_bytes() == b"<html>old</html>"
    assert _listing(tmp_path) == ["briefing.html"]


def test_an_interrupt_midway_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C is not an Exception, and it must clean up too."""
    target = tmp_path / "chart.svg"
    target.write_bytes(b"<svg>old</svg>")

    def interrupted(source: object, destination: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"<svg>new</svg>")
    assert target.read_bytes() == b"<svg>old</svg>"
    assert _listing(tmp_path) == ["chart.svg"]


def test_a_target_that_cannot_be_replaced_is_an_error_and_leaves_no_temporary(
    tmp_path: Path,
) -> None:
    target = tmp_path / "reports"
    (target / "inside").mkdir(parents=True)  # a folder where the file should go
    with pytest.raises(OSError):
        write_atomic(target, b"data")
    assert target.is_dir() and _listing(tmp_path) == ["reports"]
