"""chiso as a user gets it: a wheel built from the repository, installed outside it, run
from a folder that is not the project. The briefing notebook, the templates and the
console script must all come from the installed package, and `chiso build so-lieu.xlsx`
must write its figures and briefings beside the workbook.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from workbooks import BUNDLED, ROOT


def _run(command: list[str], *, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command, cwd=cwd, env=env, capture_output=True, text=True, encoding="utf-8", timeout=600
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """chiso installed from its wheel into a folder of its own (`pip install --target`)."""
    base = tmp_path_factory.mktemp("installed")
    # Built from a copy of the sources, so that the build's scratch folders (build/,
    # *.egg-info) never land in the repository.
    source = base / "source"
    shutil.copytree(
        ROOT / "analysis", source / "analysis", ignore=shutil.ignore_patterns("__pycache__")
    )
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    wheels, target = base / "wheels", base / "site"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    built = _run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(wheels), str(source)],
        cwd=base,
        env=dict(os.environ),
    )
    assert built.returncode == 0, built.stderr[-3000:]
    [wheel] = wheels.glob("chiso-*.whl")
    done = _run(
        [*pip, "install", "--no-deps", "--target", str(target), str(wheel)],
        cwd=base,
        env=dict(os.environ),
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return target


def _environment(site: Path) -> dict[str, str]:
    """The user's environment with the installed chiso first on the path (its
    dependencies come from this interpreter's own site-packages)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)
    return env


@pytest.mark.slow
def test_chiso_builds_from_an_installed_wheel_beside_the_workbook(
    installed: Path, tmp_path: Path
) -> None:
    work = tmp_path / "bao-cao"
    work.mkdir()
    shutil.copy(BUNDLED, work / "so-lieu.xlsx")
    env = _environment(installed)

    # The package, the notebook and the console script are the installed ones.
    where = _run([sys.executable, "-c", "import analysis; print(analysis.__file__)"], cwd=work,
                 env=env)  # fmt: skip
    assert where.returncode == 0, where.stderr
    package = Path(where.stdout.strip()).resolve().parent
    assert package.parent == installed.resolve()
    assert ROOT.resolve() not in package.parents
    shipped = package / "notebooks" / "briefing.ipynb"
    assert shipped.read_bytes() == (ROOT / "analysis" / "notebooks" / "briefing.ipynb").read_bytes()
    command = [str(installed / "bin" / "chiso")]  # the console script pip wrote
    for face in (command, [sys.executable, "-m", "analysis.cli"]):
        version = _run([*face, "--version"], cwd=work, env=env)
        assert version.returncode == 0, version.stderr
        assert version.stdout.startswith("chiso ")

    run = _run([*command, "build", "so-lieu.xlsx", "--report-date", "2024-07-01"], cwd=work,
               env=env)  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr
    assert "98,3%" in run.stdout  # a build prints what its briefing says

    # Beside the workbook, and nothing else in its folder.
    assert sorted(p.name for p in work.iterdir()) == ["figures", "reports", "so-lieu.xlsx"]
    html = (work / "reports" / "briefing.html").read_text(encoding="utf-8")
    assert "98,3%" in html and "9.728/9.897" in html
    assert (work / "reports" / "briefing.pdf").read_bytes().startswith(b"%PDF")
    # The serif the wheel ships (analysis/present/fonts) is the one the PDF embeds.
    pdf = PdfReader(work / "reports" / "briefing.pdf")
    fonts = {str(f.get_object()["/BaseFont"]) for f in pdf.pages[0]["/Resources"]["/Font"].values()}
    assert any(name.endswith("+Liberation-Serif-Bold") for name in fonts), fonts
    charts = sorted(p.name for p in (work / "figures").iterdir())
    assert "so-tay-dang-vien-dien-tu-rate-of-whole.png" in charts

    # Run again from another folder, named by its path: the same target, nothing to do.
    again = _run([*command, "build", str(work / "so-lieu.xlsx"), "--report-date", "2024-07-01"],
                 cwd=tmp_path, env=env)  # fmt: skip
    assert again.returncode == 0, again.stderr[-3000:]
    assert again.stdout == "Không có gì thay đổi. / Nothing changed.\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bao-cao"]
