"""The machine's failures are plain problems, and a build touches nothing outside its own.

A full disk midway through writing, a workbook chiso may not read, a reports folder that is
a file: each named with its path, in Vietnamese and English, exit 1 (2 for the folder),
never chiso's own crash (exit 3); after a failed write every output is the previous one,
byte for byte, and the next build makes them all new. A manifest naming files outside the
output folders is checked, not trusted; the lock goes when the build ends; the notebook
kernel keeps no IPython history; a folder whose link loops back is named.

The bundled workbook is built once per module, by the real command (`machine_tree`); the
tests that build again work on a copy of it.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from test_build import BRIEFING, NOTEBOOK
from workbooks import BUNDLED

from analysis import cli
from analysis.run import files, manifest
from analysis.run.lock import lock_path
from analysis.run.manifest import MANIFEST_NAME


@dataclass
class Built:
    root: Path
    workbook: Path
    ipython: Path  # the kernel's IPYTHONDIR during the build
    runtime: Path  # $XDG_RUNTIME_DIR during the build


def _build(root: Path, workbook: Path, *extra: str) -> int:
    """`chiso build` on the workbook, run here (so that a test may make the machine fail)."""
    return cli.main(
        [
            "build",
            str(workbook),
            "--notebook",
            str(NOTEBOOK),
            "--figures",
            str(root / "figures"),
            "--reports",
            str(root / "reports"),
            *BRIEFING,
            *extra,
        ]
    )


@pytest.fixture(scope="module")
def machine_tree(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """The bundled workbook built once, with a private IPython folder and runtime folder."""
    root = tmp_path_factory.mktemp("machine")
    workbook = root / "data" / BUNDLED.name
    workbook.parent.mkdir()
    shutil.copy(BUNDLED, workbook)
    ipython, runtime = root / "ipython", root / "runtime"
    ipython.mkdir()
    runtime.mkdir(mode=0o700)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("IPYTHONDIR", str(ipython))
        patch.setenv("XDG_RUNTIME_DIR", str(runtime))
        assert _build(root, workbook, "--report-date", "2024-07-01") == 0
    yield Built(root, workbook, ipython, runtime)


def _copy(built: Built, target: Path) -> Path:
    """A copy of the built tree whose manifest names the copy's files."""
    shutil.copytree(built.root, target, symlinks=True)
    recorded = target / "reports" / MANIFEST_NAME
    text = recorded.read_text(encoding="utf-8")
    recorded.write_text(text.replace(str(built.root.resolve()), str(target.resolve())), "utf-8")
    return target


def _outputs(root: Path) -> dict[Path, bytes]:
    return {
        p: p.read_bytes()
        for folder in ("figures", "reports")
        for p in sorted((root / folder).rglob("*"))
        if p.is_file()
    }


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_a_full_disk_leaves_every_output_as_it_was_then_the_next_build_makes_all_new(
    machine_tree: Built,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    root = _copy(machine_tree, tmp_path / "copy")
    workbook = root / "data" / BUNDLED.name
    before = _outputs(root)
    staged: list[Path] = []
    write_temporary = files.write_temporary

    def disk_fills(path: Path, data: bytes) -> Path:
        staged.append(path)
        if len(staged) == 3:  # two outputs are written to their temporaries, not the third
            raise OSError(errno.ENOSPC, "No space left on device")
        return write_temporary(path, data)

    monkeypatch.setattr(files, "write_temporary", disk_fills)
    code = _build(root, workbook, "--report-date", "2024-07-05")
    err = capsys.readouterr().err
    assert code == 1, err
    third = staged[2]
    assert f"Không ghi được {third}: đĩa đầy / Could not write {third}: disk full" in err
    assert "Tệp cũ được giữ nguyên. / Previous files were left as they were." in err
    assert "không lường trước" not in err  # not chiso's own crash (exit 3)
    assert _outputs(root) == before  # all old: every file byte-identical, nothing left over

    monkeypatch.setattr(files, "write_temporary", write_temporary)
    assert _build(root, workbook, "--report-date", "2024-07-05") == 0
    after = _outputs(root)
    recorded = json.loads((root / "reports" / MANIFEST_NAME).read_text(encoding="utf-8"))
    outputs = recorded["briefing"]["outputs"]
    assert {Path(name) for name in outputs} == set(after) - {root / "reports" / MANIFEST_NAME}
    assert all(_sha256(after[Path(name)]) == digest for name, digest in outputs.items())
    for name in ("briefing.html", "briefing.pdf", "briefing.docx", "briefing.ipynb"):
        assert after[root / "reports" / name] != before[root / "reports" / name]  # all new


def test_reports_naming_a_file_is_a_usage_error_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / BUNDLED.name
    shutil.copy(BUNDLED, workbook)
    taken = tmp_path / "notes.txt"
    taken.write_text("not a folder", encoding="utf-8")
    code = _build(tmp_path, workbook, "--reports", str(taken))
    err = capsys.readouterr().err
    assert code == 2, err
    assert f"Tham số --reports không hợp lệ / invalid --reports: «{taken}»" in err
    assert f"{taken} is a file, not a folder" in err
    assert taken.read_text(encoding="utf-8") == "not a folder"
    assert not (tmp_path / "figures").exists()  # before any work


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file whatever its mode")
def test_a_workbook_without_read_permission_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    workbook = tmp_path / BUNDLED.name
    shutil.copy(BUNDLED, workbook)
    workbook.chmod(0o000)
    try:
        code = _build(tmp_path, workbook)
    finally:
        workbook.chmod(0o644)
    err = capsys.readouterr().err
    assert code == 1, err
    assert f"Không đọc được {workbook}: không có quyền" in err
    assert f"Could not read {workbook}: permission denied" in err


def test_a_workbook_the_system_refuses_to_open_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same, where the tests run as root (chmod cannot deny root): the open refused."""
    workbook = tmp_path / BUNDLED.name
    shutil.copy(BUNDLED, workbook)
    sha256_file = manifest.sha256_file

    def refused(path: Path) -> str:
        if path == workbook:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return sha256_file(path)

    monkeypatch.setattr(manifest, "sha256_file", refused)
    code = _build(tmp_path, workbook)
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.strip() == (
        f"Không đọc được {workbook}: không có quyền / Could not read {workbook}: permission denied"
    )
    assert not (tmp_path / "reports").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into any folder whatever its mode")
def test_a_read_only_reports_folder_is_named_and_left_as_it_was(
    machine_tree: Built, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _copy(machine_tree, tmp_path / "copy")
    before = _outputs(root)
    (root / "reports").chmod(0o555)
    try:
        code = _build(root, root / "data" / BUNDLED.name, "--report-date", "2024-07-06")
    finally:
        (root / "reports").chmod(0o755)
    err = capsys.readouterr().err
    assert code == 1, err
    assert "Không ghi được " + str(root / "reports") in err and "permission denied" in err
    assert _outputs(root) == before


def test_a_manifest_naming_files_outside_the_output_folders_is_not_obeyed(
    machine_tree: Built, tmp_path: Path
) -> None:
    root = _copy(machine_tree, tmp_path / "copy")
    outside = tmp_path / "outside.txt"
    outside.write_bytes(b"someone else's file")
    elsewhere = tmp_path / "elsewhere" / "chart.png"  # a name a build makes, somewhere else
    elsewhere.parent.mkdir()
    elsewhere.write_bytes(b"someone else's chart")
    changed = root / "figures" / "changed-since.png"  # the build's folder, but edited since
    changed.write_bytes(b"edited by hand")
    old = root / "figures" / "old-chart.svg"  # the build's own, as it wrote it: goes
    old.write_bytes(b"<svg/>")
    recorded_path = root / "reports" / MANIFEST_NAME
    recorded = json.loads(recorded_path.read_text(encoding="utf-8"))
    recorded["briefing"]["outputs"].update(
        {
            str(outside): _sha256(outside.read_bytes()),
            "../outside.txt": _sha256(outside.read_bytes()),
            str(root / "figures" / ".." / ".." / "outside.txt"): _sha256(outside.read_bytes()),
            str(elsewhere): _sha256(elsewhere.read_bytes()),
            str(changed): _sha256(b"as the build wrote it"),
            str(old): _sha256(b"<svg/>"),
        }
    )
    recorded_path.write_text(json.dumps(recorded), encoding="utf-8")
    assert _build(root, root / "data" / BUNDLED.name, "--report-date", "2024-07-01", "--force") == 0
    assert outside.read_bytes() == b"someone else's file"
    assert elsewhere.read_bytes() == b"someone else's chart"
    assert changed.read_bytes() == b"edited by hand"
    assert not old.exists()  # what the build recorded, in its folder, unchanged: removed


def test_the_lock_goes_when_the_build_ends(machine_tree: Built) -> None:
    reports = machine_tree.root / "reports"
    key = hashlib.sha256(str(reports.resolve()).encode("utf-8")).hexdigest()[:16]
    assert not (Path(tempfile.gettempdir()) / f"chiso-build-{key}.lock").exists()
    assert (machine_tree.runtime / "chiso").is_dir()  # where the lock was taken
    assert list((machine_tree.runtime / "chiso").iterdir()) == []
    assert lock_path(reports).parent != Path(tempfile.gettempdir())


def test_the_kernel_keeps_no_history(machine_tree: Built) -> None:
    assert (machine_tree.ipython / "profile_default").is_dir()  # the kernel used this folder
    assert list(machine_tree.ipython.rglob("history.sqlite")) == []
    for path in machine_tree.ipython.rglob("*"):
        if path.is_file():
            assert str(machine_tree.workbook) not in path.read_text("utf-8", errors="replace")


def test_a_folder_whose_link_loops_back_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "don-vi"
    folder.mkdir()
    shutil.copy(BUNDLED, folder / BUNDLED.name)
    os.symlink("..", folder / "loop")
    os.symlink(".", folder / "here")
    assert cli.main(["check", str(folder)]) == 0
    out = capsys.readouterr().out
    for link in ("loop", "here"):
        assert f"«{folder / link}» là liên kết vòng về thư mục chứa nó" in out
    assert cli.main(["check", "--json", str(folder)]) == 0
    problems = json.loads(capsys.readouterr().out)["problems"]
    loops = [(p["code"], p["file"], p["severity"]) for p in problems if p["code"] == "folder_loop"]
    assert loops == [
        ("folder_loop", str(folder / "here"), "note"),
        ("folder_loop", str(folder / "loop"), "note"),
    ]


@pytest.mark.parametrize(
    ("code", "said"),
    [
        (errno.EACCES, "không có quyền / Could not write {path}: permission denied"),
        (errno.EROFS, "ổ đĩa chỉ cho đọc / Could not write {path}: read-only file system"),
    ],
)
def test_a_reports_folder_the_system_will_not_write_is_named_whoever_runs_it(
    machine_tree: Built,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    code: int,
    said: str,
) -> None:
    """What a read-only folder or file system does to the first write, as root too (root
    writes into any folder whatever its mode): named, exit 1, every output as it was."""
    root = _copy(machine_tree, tmp_path / "copy")
    before = _outputs(root)
    refused: list[Path] = []

    def refuse(path: Path, data: bytes) -> Path:
        refused.append(path)
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(files, "write_temporary", refuse)
    assert _build(root, root / "data" / BUNDLED.name, "--report-date", "2024-07-05") == 1
    err = capsys.readouterr().err
    first = refused[0]
    assert f"Không ghi được {first}: " + said.format(path=first) in err
    assert "không lường trước" not in err
    assert _outputs(root) == before
