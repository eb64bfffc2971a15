"""Nothing lost: another workbook's build never touches the bundled outputs, a build killed
in the middle of writing a file leaves each output the whole previous file or the whole new
one (and the next build repairs them), and two builds on one folder never interleave."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import matplotlib.image
import openpyxl
import pytest
from test_build import BRIEFING, NOTEBOOK, Tree, copy_tree, run_build, snapshot, tree  # noqa: F401

from analysis.run.build import MANIFEST_NAME, lock_path


def _build_command(root: Path, *extra: str) -> list[str]:
    return [
        sys.executable,
        "-m",
        "analysis.cli",
        "build",
        "data/ke-hoach-83-quang-ngai.xlsx",
        "--notebook",
        str(NOTEBOOK),
        "--report-date",
        "2024-07-01",
        *BRIEFING,
        "--figures",
        "figures",
        "--reports",
        "reports",
        *extra,
    ]


def test_another_workbook_builds_under_its_own_name(tree: Tree, tmp_path: Path) -> None:  # noqa: F811
    root = copy_tree(tree, tmp_path / "copy")
    bundled = {p: b for p, (b, _) in snapshot(root / "figures").items()}
    other = root / "elsewhere" / "phuong-1.xlsx"
    other.parent.mkdir()
    book = openpyxl.load_workbook(root / "data" / "ke-hoach-83-quang-ngai.xlsx")
    book.save(other)
    built = run_build(
        root,
        "elsewhere/phuong-1.xlsx",
        "--notebook",
        str(NOTEBOOK),
        "--figures",
        "figures",
        "--reports",
        "reports",
    )
    assert built.returncode == 0, built.stderr
    assert (root / "figures" / "phuong-1").is_dir() and (root / "reports" / "phuong-1").is_dir()
    assert (root / "reports" / "phuong-1" / "briefing.pdf").is_file()
    after = {p: b for p, (b, _) in snapshot(root / "figures").items() if p.parent.name == "figures"}
    assert after == bundled  # the bundled workbook's figures: all there, byte for byte
    assert (root / "reports" / "briefing.html").is_file()


def _whole(path: Path) -> bool:
    """The file can be read as what it claims to be."""
    data = path.read_bytes()
    if path.suffix == ".png":
        matplotlib.image.imread(path)
        return True
    if path.suffix == ".svg":
        ElementTree.fromstring(data)
        return True
    if path.suffix == ".pdf":
        return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    if path.suffix == ".html":
        return data.rstrip().endswith(b"</html>")
    return True


# `chiso build` in a fresh interpreter that SIGKILLs itself in the middle of writing a
# file of the output folders: the first file opened for writing whose name holds
# argv[2] gets half its bytes, flushed to disk, then the process dies at once (no
# `finally`, no `except`, as when the power goes or the OOM killer strikes). Files are
# followed through `io.open`, which `open`, `Path.open` and `os.fdopen` all go through;
# a descriptor is named by /proc, so the file is known whether it is the output itself
# or a temporary beside it.
KILL_WHILE_WRITING = """
import builtins, io, os, signal, sys
from pathlib import Path
from analysis.cli import main

folders = [(Path(sys.argv[1]) / name).resolve() for name in ("figures", "reports")]
marker = sys.argv[2]
real_open = io.open

class HalfThenKilled:
    def __init__(self, stream):
        self._stream = stream
    def write(self, data):
        self._stream.write(data[: len(data) // 2])
        self._stream.flush()
        os.fsync(self._stream.fileno())
        os.kill(os.getpid(), signal.SIGKILL)
    def __getattr__(self, name):
        return getattr(self._stream, name)
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        self._stream.close()

def watching_open(file, mode="r", *args, **kwargs):
    stream = real_open(file, mode, *args, **kwargs)
    if "w" not in mode:
        return stream
    name = os.readlink(f"/proc/self/fd/{file}") if isinstance(file, int) else os.fspath(file)
    path = Path(os.path.abspath(name))
    if marker in path.name and any(path.is_relative_to(f) for f in folders):
        return HalfThenKilled(stream)
    return stream

io.open = builtins.open = watching_open
sys.exit(main(sys.argv[3:]))
"""

# Where a build is killed: inside the PDF (the largest file, written once the figures,
# the HTML and the executed notebook are), and inside the manifest (the last file written:
# every output new, the record of them old). Killing inside a figure, the first file
# written, proves no more and costs two more builds.
KILLS = {"in-the-pdf": "briefing.pdf", "in-the-manifest": MANIFEST_NAME}
# Outputs that differ from one build to the next though nothing changed: the PDF's font
# subsets, the executed notebook's cell timings and the manifest's hashes of both. A new
# one can only be checked whole, not byte for byte.
# openpyxl stamps the time of writing into the Excel annex, as WeasyPrint varies the PDF.
UNREPEATABLE = frozenset({"briefing.pdf", "briefing.ipynb", MANIFEST_NAME})
HTML = Path("reports") / "briefing.html"


def _change_a_figure(root: Path) -> None:
    """A new figure in the copy's workbook: the build has work to do."""
    workbook = root / "data" / "ke-hoach-83-quang-ngai.xlsx"
    book = openpyxl.load_workbook(workbook)
    book["Chỉ tiêu"]["F7"] = 9750
    book["Chỉ tiêu"]["H7"] = 98.5
    book.save(workbook)


def _outputs(root: Path) -> dict[Path, bytes]:
    """Every file in the output folders, hidden ones (the manifest, temporaries) too, by
    path from `root`; the absolute paths files name are written as `root` would."""
    return {
        p.relative_to(root): p.read_bytes().replace(str(root.resolve()).encode(), b"<root>")
        for folder in (root / "figures", root / "reports")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _leftover(path: Path) -> bool:
    """A temporary that a killed build may leave (and the next one removes): hidden, so
    that nothing reading the folder takes it for an output."""
    return path.name.startswith(".") and (
        path.name.endswith(".tmp") or path.name.endswith(".pending.json")
    )


def _whole_bytes(name: str, data: bytes) -> bool:
    """The bytes are a whole file of their kind (the ones `_whole` cannot tell by ending)."""
    if name.endswith((".json", ".ipynb")):
        json.loads(data)  # a cut JSON does not parse
        return True
    if name.endswith(".pdf"):
        return data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    if name.endswith(".xlsx"):  # a cut zip has no central directory, or a broken member
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.testzip() is None
    return False


@pytest.fixture(scope="module")
def changed(tree: Tree, tmp_path_factory: pytest.TempPathFactory) -> dict[Path, bytes]:  # noqa: F811
    """The outputs of a build of the changed workbook that nothing interrupted."""
    root = copy_tree(tree, tmp_path_factory.mktemp("changed") / "copy")
    _change_a_figure(root)
    built = subprocess.run(_build_command(root), cwd=root, capture_output=True, text=True,
                           timeout=600)  # fmt: skip
    assert built.returncode == 0, built.stderr
    return _outputs(root)


def _kill_a_build(root: Path, marker: str) -> None:
    """Run the build of `root` and kill it inside the first file it writes whose name
    holds `marker`."""
    command = [sys.executable, "-c", KILL_WHILE_WRITING, str(root), marker,
               *_build_command(root)[3:]]  # fmt: skip
    process = subprocess.run(command, cwd=root, capture_output=True, timeout=600, check=False)
    assert process.returncode == -signal.SIGKILL, process.stderr[-2000:]  # killed, not done


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs Linux's /proc")
@pytest.mark.parametrize("where", list(KILLS))
def test_a_build_killed_while_writing_leaves_each_output_old_or_new(
    tree: Tree,  # noqa: F811
    changed: dict[Path, bytes],
    tmp_path: Path,
    where: str,
) -> None:
    root = copy_tree(tree, tmp_path / "copy")
    old = _outputs(root)
    _change_a_figure(root)
    _kill_a_build(root, KILLS[where])
    killed = _outputs(root)
    for path in killed:
        assert _leftover(path) or _whole(root / path), path  # old or new, never half

    # What the kill left: each output the whole previous file or the whole new one, and
    # nothing else but hidden temporaries.
    for path, data in killed.items():
        if _leftover(path) or data in (old.get(path), changed.get(path)):
            continue
        assert path.name in UNREPEATABLE, f"{path}: neither the old file nor the new one"
        assert path in changed and _whole_bytes(path.name, data), f"{path}: half-written"
    assert {p for p in killed if not _leftover(p)} <= set(old) | set(changed)
    assert killed != old, "the build was killed before it began writing"
    # It died inside that file, and only a hidden temporary shows it.
    assert [p for p in killed if _leftover(p) and KILLS[where] in p.name], sorted(killed)

    # The next build repairs whatever is stale and leaves no temporary file behind.
    again = subprocess.run(_build_command(root), cwd=root, capture_output=True, text=True,
                           timeout=600)  # fmt: skip
    assert again.returncode == 0, again.stderr
    html = (root / "reports" / "briefing.html").read_text(encoding="utf-8")
    assert "9.750/9.897" in html
    assert not [p for p in root.rglob("*") if p.name.endswith((".tmp", ".pending.json"))]
    steady = subprocess.run(_build_command(root), cwd=root, capture_output=True, text=True,
                            timeout=600)  # fmt: skip
    assert steady.stdout.strip() == "Không có gì thay đổi. / Nothing changed."
    # The repaired briefing says what moved since the build before, as an uninterrupted one
    # does: a notebook left by the killed build is never taken for the last build's.
    assert _outputs(root)[HTML] == changed[HTML]


def test_two_builds_on_one_folder_never_interleave(tree: Tree, tmp_path: Path) -> None:  # noqa: F811
    root = copy_tree(tree, tmp_path / "copy")
    first = subprocess.Popen(_build_command(root, "--force"), cwd=root,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    lock = lock_path(root / "reports")
    lock.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.time() + 30
    import fcntl

    while time.time() < deadline:  # until the first build holds the folder
        with lock.open("a+b") as handle:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
            except BlockingIOError:
                break
        time.sleep(0.05)
    second = subprocess.run(_build_command(root, "--force"), cwd=root, capture_output=True,
                            text=True, timeout=120)  # fmt: skip
    assert second.returncode == 1
    assert "Một lần dựng khác đang chạy trên thư mục reports" in second.stderr
    assert "Another build is running" in second.stderr and "Traceback" not in second.stderr
    _out, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert os.path.exists(root / "reports" / "briefing.pdf")


def test_a_name_at_excels_limit_builds_with_short_file_names(tmp_path: Path) -> None:
    """An indicator name of 32.767 characters once crashed the build: its chart's file name
    was too long for the file system. Now the build finishes, in its usual time."""
    from workbooks import row, write_workbook

    name = ("Đảng viên hoàn thành tốt nhiệm vụ " * 1000)[:32_767]
    workbook = write_workbook(
        tmp_path / "ten-dai.xlsx", [row(name, "2024", 70, 100), row(name, "2023", 60, 100)]
    )
    started = time.perf_counter()
    run = subprocess.run(
        [sys.executable, "-m", "analysis.cli", "build", str(workbook), "--figures",
         str(tmp_path / "f"), "--reports", str(tmp_path / "r"), "--notebook", str(NOTEBOOK)],
        capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-2000:]
    assert time.perf_counter() - started < 300  # generous: about 15 s
    assert "Traceback" not in run.stderr
    figures = list((tmp_path / "f").iterdir())
    assert figures and all(len(p.name) <= 80 for p in figures)
    html = (tmp_path / "r" / "briefing.html").read_text(encoding="utf-8")
    assert name not in html and name[:250] in html  # shortened, with its start kept


def test_another_workbook_never_takes_the_same_folders_over(tmp_path: Path) -> None:
    """Two workbooks built one after the other into the same folders: the second goes
    under its own name, and the first's outputs stay."""
    from workbooks import row, write_workbook

    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    first = write_workbook(tmp_path / "a" / "phuong-1.xlsx", [row("Đảng viên mới", "2024", 5)])
    second = write_workbook(tmp_path / "b" / "phuong-2.xlsx", [row("Kết nạp", "2024", 7)])
    folders = ["--figures", str(tmp_path / "f"), "--reports", str(tmp_path / "r")]
    for workbook in (first, second):
        run = subprocess.run(
            [sys.executable, "-m", "analysis.cli", "build", str(workbook), *folders,
             "--notebook", str(NOTEBOOK)],
            capture_output=True, text=True, timeout=600,
        )  # fmt: skip
        assert run.returncode == 0, run.stderr[-2000:]
    kept = sorted(p.name for p in (tmp_path / "f").iterdir() if p.is_file())
    assert kept and all("dang-vien-moi" in name for name in kept)  # the first's, untouched
    assert sorted(p.name for p in (tmp_path / "f" / "phuong-2").iterdir())
    assert "Đảng viên mới" in (tmp_path / "r" / "briefing.html").read_text(encoding="utf-8")
