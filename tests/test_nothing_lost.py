"""Nothing lost: another workbook's build never touches the bundled outputs, a build killed
at any point leaves the previous outputs whole (and the next one repairs them), and two
builds on one folder never interleave."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from xml.etree import ElementTree

import matplotlib.image
import openpyxl
import pytest
from test_build import BRIEFING, NOTEBOOK, Tree, copy_tree, run_build, snapshot, tree  # noqa: F401

from analysis.run.build import lock_path


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


@pytest.mark.parametrize("after", [1.5, 5.0, 9.0])
def test_a_killed_build_leaves_whole_outputs(tree: Tree, tmp_path: Path, after: float) -> None:  # noqa: F811
    root = copy_tree(tree, tmp_path / "copy")
    workbook = root / "data" / "ke-hoach-83-quang-ngai.xlsx"
    book = openpyxl.load_workbook(workbook)
    book["Chỉ tiêu"]["F7"] = 9750  # a new figure: the build has work to do
    book["Chỉ tiêu"]["H7"] = 98.5
    book.save(workbook)
    process = subprocess.Popen(_build_command(root), cwd=root, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(after)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    for path in [*(root / "figures").iterdir(), *(root / "reports").glob("briefing.*")]:
        assert _whole(path), path  # old or new, never half
    # The next build repairs whatever is stale and leaves no temporary file behind.
    again = subprocess.run(_build_command(root), cwd=root, capture_output=True, text=True,
                           timeout=300)  # fmt: skip
    assert again.returncode == 0, again.stderr
    html = (root / "reports" / "briefing.html").read_text(encoding="utf-8")
    assert "9.750/9.897" in html
    assert not [p for p in root.rglob("*") if p.name.endswith((".tmp", ".pending.json"))]
    steady = subprocess.run(_build_command(root), cwd=root, capture_output=True, text=True,
                            timeout=300)  # fmt: skip
    assert steady.stdout.strip() == "Không có gì thay đổi. / Nothing changed."


def test_two_builds_on_one_folder_never_interleave(tree: Tree, tmp_path: Path) -> None:  # noqa: F811
    root = copy_tree(tree, tmp_path / "copy")
    first = subprocess.Popen(_build_command(root, "--force"), cwd=root,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)  # fmt: skip
    lock = lock_path(root / "reports")
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
