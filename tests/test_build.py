"""`chiso build`: real builds into temporary folders, checked file by file.

One tree is built per module, by the real command in a subprocess (which also
shows what the build process imported); the tests that change a workbook work
on a copy of it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
import nbformat
import openpyxl
import pytest
from pypdf import PdfReader
from workbooks import BUNDLED, ROOT, SUBJECT_TITLE

from analysis import cli
from analysis.run.build import BuildReport, build
from analysis.run.manifest import MANIFEST_NAME, PREVIOUS_NAME
from analysis.run.options import BuildError, BuildOptions, check_options
from analysis.run.targets import plan_targets

NOTEBOOK = ROOT / "notebooks" / "briefing.ipynb"
HANDBOOK = {
    "so-tay-dang-vien-dien-tu-rate-of-whole.png",
    "so-tay-dang-vien-dien-tu-rate-of-whole.svg",
}
REPORTS = {"briefing.html", "briefing.pdf", "briefing.docx", "briefing.ipynb"}
ANNEX = "phu-luc.xlsx"  # every figure with its source cells, beside the briefing
REPORT_FIGURES = ("98,3%", "9.728/9.897", "43 đảng viên", "10.616 lượt", "12/12", "6/7")
HEAVY = ("pandas", "matplotlib")
# What `make report` passes for the bundled workbook.
BRIEFING = ("--organisation", "Thành ủy Quảng Ngãi", "--place", "Quảng Ngãi", "--period", "2024S1")
# Where `make report` writes: the project's own folders, named (by default a build writes
# beside its workbook, here data/figures and data/reports).
FOLDERS = ("--figures", "figures", "--reports", "reports")

# Runs `chiso build` in a fresh interpreter and records what that process imported.
WRAPPER = """
import json, sys
from analysis.cli import main
code = main(sys.argv[2:])
with open(sys.argv[1], "w", encoding="utf-8") as record:
    json.dump({"code": code, "modules": sorted({m.split(".")[0] for m in sys.modules})}, record)
sys.exit(code)
"""


@dataclass
class Run:
    """One `chiso build` in a subprocess."""

    returncode: int
    stdout: str
    stderr: str
    modules: set[str]
    seconds: float


def run_build(root: Path, *args: str) -> Run:
    record = root / ".record.json"
    record.unlink(missing_ok=True)
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", WRAPPER, str(record), "build", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        cwd=root,
    )
    seconds = time.perf_counter() - start
    modules = set(json.loads(record.read_text(encoding="utf-8"))["modules"])
    record.unlink()
    return Run(result.returncode, result.stdout, result.stderr, modules, seconds)


def options(root: Path, **overrides: Any) -> BuildOptions:
    """The options the shared tree was built with, as absolute paths."""
    settings: dict[str, Any] = {
        "figures_dir": root / "figures",
        "reports_dir": root / "reports",
        "notebook": NOTEBOOK,
        "organisation": BRIEFING[1],
        "place": BRIEFING[3],
        "period": BRIEFING[5],
        "report_date": "2024-07-01",
    }
    return BuildOptions(**{**settings, **overrides})


def snapshot(root: Path) -> dict[Path, tuple[bytes, int]]:
    return {
        p: (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.suffix != ".xlsx"
    }


def names(paths: list[Path]) -> set[str]:
    return {p.name for p in paths}


@dataclass
class Tree:
    root: Path
    workbook: Path  # absolute
    first: Run


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Tree:
    """The bundled workbook built once, with relative paths, as `make report` does."""
    root = tmp_path_factory.mktemp("tree")
    workbook = root / "data" / BUNDLED.name  # same file name: the charts' source lines match
    workbook.parent.mkdir()
    shutil.copy(BUNDLED, workbook)
    first = run_build(
        root,
        "data/" + BUNDLED.name,
        "--notebook",
        str(NOTEBOOK),
        "--report-date",
        "2024-07-01",
        *BRIEFING,
        *FOLDERS,
    )
    assert first.returncode == 0, first.stderr
    return Tree(root, workbook, first)


def copy_tree(tree: Tree, target: Path) -> Path:
    """A copy of the built tree whose manifest names the copy's files."""
    shutil.copytree(tree.root, target)
    manifest = target / "reports" / MANIFEST_NAME
    text = manifest.read_text(encoding="utf-8")
    manifest.write_text(text.replace(str(tree.root.resolve()), str(target.resolve())), "utf-8")
    return target


def test_a_build_reproduces_the_committed_figures_without_pandas_or_matplotlib(
    tree: Tree,
) -> None:
    figures = sorted((tree.root / "figures").iterdir())
    committed = sorted((ROOT / "figures").glob("*.*"))
    assert [p.name for p in figures] == [p.name for p in committed]
    for built, kept in zip(figures, committed, strict=True):
        assert built.read_bytes() == kept.read_bytes(), built.name  # deterministic, up to date
    assert {p.name for p in (tree.root / "reports").iterdir()} == REPORTS | {ANNEX, MANIFEST_NAME}

    # The notebook computed and drew everything; the build process never loaded either.
    heavy = tree.first.modules & set(HEAVY)
    assert not heavy, f"the build process imported {sorted(heavy)}"
    assert {"nbclient", "weasyprint"} <= tree.first.modules  # it did run and render

    for figure in REPORT_FIGURES:
        assert figure in tree.first.stdout  # a build prints what its briefing says
    assert "Notebook đã chạy / notebooks run: 1" in tree.first.stdout
    assert "chiso build: 100%" in tree.first.stderr  # the progress bar, on stderr
    assert "Traceback" not in tree.first.stderr

    html = (tree.root / "reports" / "briefing.html").read_text(encoding="utf-8")
    assert "9.728/9.897" in html and "THÀNH ỦY QUẢNG NGÃI" in html
    assert "vnd.chiso" not in html  # the notebook's figures for the build are not shown
    assert html.count('src="data:image/png;base64,') == 7  # one chart per figure file in figures/
    pdf = PdfReader(tree.root / "reports" / "briefing.pdf")
    text = "\n".join(page.extract_text() for page in pdf.pages)
    assert "Quảng Ngãi, ngày 01 tháng 7 năm 2024" in text and "96,4% (10.239 lượt)" in text
    word = docx.Document(str(tree.root / "reports" / "briefing.docx"))  # the Word file opens
    words = "\n".join(p.text for p in word.paragraphs)
    assert "BÁO CÁO" in words and "9.728/9.897" in words and len(word.inline_shapes) == 7
    executed = nbformat.read(tree.root / "reports" / "briefing.ipynb", as_version=4)
    assert executed.metadata["chiso"] == {
        "lang": "vi",
        "title": SUBJECT_TITLE,
    }


def test_nothing_changed_means_nothing_done(tree: Tree, capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(tree.root)
    again = run_build(
        tree.root,
        "data/" + BUNDLED.name,
        "--notebook",
        str(NOTEBOOK),
        "--report-date",
        "2024-07-01",
        *BRIEFING,
        *FOLDERS,
    )
    assert again.returncode == 0, again.stderr
    assert again.stdout == "Không có gì thay đổi. / Nothing changed.\n"
    assert again.stderr == ""  # no progress bar when there is nothing to do
    heavy = {*HEAVY, "nbformat", "nbclient", "nbconvert", "weasyprint", "tqdm", "numpy"}
    assert not again.modules & heavy, f"a no-op build imported {sorted(again.modules & heavy)}"
    assert again.seconds < 2.0  # about 0,1 s; generous for a busy machine

    # The same files named by absolute paths are the same target, still up to date.
    second: BuildReport = build([tree.workbook], options(tree.root))
    assert second.skipped == [tree.workbook]
    assert second.executed == [] and second.written == []

    # A dry run runs the notebook and says what would be written and removed; it writes
    # nothing. Figures moved to another folder: written there; those here are no longer in
    # the build's folders, and a build deletes nothing outside its own (issue 19): kept.
    moved = build([tree.workbook], options(tree.root, figures_dir=tree.root / "x"), dry_run=True)
    figures = {p.name for p in (tree.root / "figures").iterdir()}
    assert {p.name for p in moved.written if p.parent == tree.root / "x"} == figures
    assert moved.removed == []
    assert moved.executed and not (tree.root / "x").exists()
    assert snapshot(tree.root) == before
    code = cli.main(
        [
            "build",
            str(tree.workbook),
            "--dry-run",
            "--lang",
            "en",
            "--notebook",
            str(NOTEBOOK),
            "--figures",
            str(tree.root / "figures"),
            "--reports",
            str(tree.root / "reports"),
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "Sẽ ghi / would write (" in out and "Chạy thử: chưa ghi gì. / Dry run" in out
    assert f"  {tree.root / 'reports' / 'briefing.html'}" in out  # in English: all new
    assert snapshot(tree.root) == before


class Recorder:
    """A progress reporter that remembers what it was told."""

    def __init__(self) -> None:
        self.total = 0
        self.steps: list[str] = []

    def start(self, total: int) -> None:
        self.total = total

    def step(self, message: str) -> None:
        self.steps.append(message)


def test_a_changed_value_rebuilds_only_what_it_affects_and_errors_change_nothing(
    tree: Tree,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = copy_tree(tree, tmp_path / "copy")
    workbook = root / "data" / BUNDLED.name
    before = snapshot(root)
    book = openpyxl.load_workbook(workbook)
    book["Chỉ tiêu"]["F7"] = 9750  # e-handbook registrations
    book["Chỉ tiêu"]["H7"] = 98.5
    book.save(workbook)

    progress = Recorder()
    report = build([workbook], options(root), progress=progress)
    # The first build's figures are kept: the briefing says what moved since them.
    assert names(report.written) == HANDBOOK | REPORTS | {ANNEX, PREVIOUS_NAME}
    assert len(report.unchanged) == len(before) - len(HANDBOOK | REPORTS) - 1  # minus manifest
    assert report.removed == []  # every figure the manifest knew is still produced
    by_cell = {row["cell"]: row for row in report.figures}
    assert by_cell["F7"]["text"] == "98,5%" and by_cell["F7"]["ratio_text"] == "9.750/9.897"
    assert by_cell["F7"]["numerator"] == 9750 and by_cell["F7"]["denominator"] == 9897
    html = (root / "reports" / "briefing.html").read_text(encoding="utf-8")
    assert "9.750/9.897" in html and "98,5%" in html
    since = html[
        html.index('id="thay-doi"') : html.index("</section>", html.index('id="thay-doi"'))
    ]
    assert "Thay đổi so với kỳ trước" in since
    assert (
        "<td>Đảng viên đăng ký sử dụng Sổ tay đảng viên điện tử</td><td>TP Quảng Ngãi</td>"
        "<td>98,3% (tháng 6/2024)</td><td>98,5% (tháng 6/2024)</td>"
        "<td>+0,22 điểm phần trăm</td>"
    ) in since
    assert since.count("<tr>") == 2  # heading and that one figure: nothing else moved
    executed = nbformat.read(root / "reports" / "briefing.ipynb", as_version=4)
    injected = next(c for c in executed.cells if "injected-parameters" in c.metadata["tags"])
    assert f"previous = {json.dumps(str(root.resolve() / 'reports' / PREVIOUS_NAME))}" in (
        injected.source
    )
    assert not list(root.rglob("*.pending.json"))
    # Built again from the same data, the briefing still compares with the first build.
    again = build([workbook], options(root), force=True)
    assert PREVIOUS_NAME not in names(again.written)
    assert (root / "reports" / "briefing.html").read_text(encoding="utf-8").count(
        "+0,22 điểm phần trăm"
    ) == 1
    assert len(progress.steps) == progress.total  # every announced step is taken
    assert progress.steps[-4:] == [
        f"{BUNDLED.name}: xuất HTML / exporting HTML",
        f"{BUNDLED.name}: xuất PDF / exporting PDF",
        f"{BUNDLED.name}: phụ lục Excel / Excel annex",
        "ghi tệp / writing files",
    ]

    # Now an error: the build stops, says where, and leaves every output as it was.
    before = snapshot(root)
    book["Chỉ tiêu"]["F7"] = "chín nghìn"
    book.save(workbook)
    monkeypatch.chdir(root)
    code = cli.main(
        [
            "build",
            "data/" + BUNDLED.name,
            "--notebook",
            str(NOTEBOOK),
            "--report-date",
            "2024-07-01",
            *BRIEFING,
            *FOLDERS,
        ]
    )
    out, err = capsys.readouterr()
    assert code == 1
    assert "unparseable_number" in err
    assert f"data/{BUNDLED.name} › Chỉ tiêu › F7" in err  # the path as the user typed it
    assert str(workbook) not in err
    assert "«chín nghìn»" in err
    assert "Traceback" not in err and "98,3%" not in out
    assert snapshot(root) == before
    assert not list(root.rglob("*.tmp"))


def test_a_failing_notebook_stops_the_build_plainly(tree: Tree, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ipynb"
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    notebook.cells.append(nbformat.v4.new_code_cell("raise ValueError('sai số liệu')"))
    nbformat.write(notebook, broken)
    with pytest.raises(BuildError) as info:
        build(
            [tree.workbook],
            BuildOptions(figures_dir=tmp_path / "f", reports_dir=tmp_path / "r", notebook=broken),
        )
    assert "ValueError: sai số liệu" in str(info.value)
    assert "Traceback" not in str(info.value)
    assert not (tmp_path / "f").exists() and not (tmp_path / "r").exists()


def test_options_are_checked_before_any_work(
    tree: Tree, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = ["--figures", str(tmp_path / "f"), "--reports", str(tmp_path / "r")]
    out += ["--notebook", str(NOTEBOOK)]
    code = cli.main(["build", str(tree.workbook), *out, "--period", "2024Q9"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("Tham số --period không hợp lệ / invalid --period: «2024Q9»")
    code = cli.main(
        ["build", str(tree.workbook), *out, "--report-date", "27/11/2026", "--period", "2024Q9"]
    )
    lines = capsys.readouterr().err.splitlines()
    assert code == 2 and len(lines) == 2  # every bad option, one line each
    assert "--period" in lines[0] and "«27/11/2026»" in lines[1] and "YYYY-MM-DD" in lines[1]
    assert not (tmp_path / "f").exists() and not (tmp_path / "r").exists()

    problems = check_options(options(tmp_path, period="2024S3", report_date="2024-02-30"))
    assert [(p.option, p.value) for p in problems] == [
        ("--period", "2024S3"),
        ("--report-date", "2024-02-30"),
    ]
    assert check_options(options(tmp_path, lang="fr"))[0].option == "--lang"
    assert check_options(options(tmp_path, period="2022/2024S1")) == []

    code = cli.main(["build", str(tmp_path / "missing.xlsx"), *out])
    assert code == 1
    assert capsys.readouterr().err == f"Không tìm thấy / not found: {tmp_path / 'missing.xlsx'}\n"


def test_several_workbooks_get_a_folder_each(tree: Tree, tmp_path: Path) -> None:
    other = tmp_path / "thanh-pho.xlsx"
    shutil.copy(tree.workbook, other)
    targets = plan_targets([tree.workbook, other], options(tmp_path))
    stem = tree.workbook.stem
    assert [(t.key, t.figures_dir, t.reports_dir) for t in targets] == [
        (stem, tmp_path / "figures" / stem, tmp_path / "reports" / stem),
        ("thanh-pho", tmp_path / "figures" / "thanh-pho", tmp_path / "reports" / "thanh-pho"),
    ]
    # One unit's briefing never takes the bundled workbook's place either.
    [unit] = plan_targets([tree.workbook], options(tmp_path, unit="TP Quảng Ngãi"))
    named = f"{stem}-tp-quang-ngai"
    assert (unit.key, unit.figures_dir, unit.reports_dir) == (
        named,
        tmp_path / "figures" / named,
        tmp_path / "reports" / named,
    )

    twin = tmp_path / "twin" / tree.workbook.name
    twin.parent.mkdir()
    shutil.copy(tree.workbook, twin)
    with pytest.raises(BuildError, match="trùng tên"):
        build([tree.workbook, twin], options(tmp_path))
    assert not (tmp_path / "figures").exists()
