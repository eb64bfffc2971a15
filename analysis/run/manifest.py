"""The build's memory: fingerprints of what a target reads (workbook, notebook, chiso's own
code and templates, options) and the manifest beside the reports that records them with
the hash of every output, so that a build with nothing new does nothing.

Standard library only: this is the fast path, and an up-to-date build imports nothing
else. Everything is found from the package or the reports folder, never from the folder
chiso is run from.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from .options import BuildOptions
from .targets import Target

PACKAGE = Path(__file__).resolve().parent.parent
MANIFEST_NAME = ".chiso-build.json"
# The figures of the build before the data last changed, beside the reports: each briefing
# says what moved since them («Thay đổi so với kỳ trước»).
PREVIOUS_NAME = "briefing.previous.json"
# Where the previous figures wait while the notebook reads them (removed after the run).
PENDING_NAME = f".{PREVIOUS_NAME.removesuffix('.json')}.pending.json"
FORMAT_VERSION = 3


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def code_fingerprint() -> str:
    """Hash of chiso's own code and templates: a new version rebuilds everything."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if path.is_file() and path.suffix in {".py", ".j2", ".css", ".json"}:
            digest.update(path.relative_to(PACKAGE).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def input_fingerprint(target: Target, options: BuildOptions, code: str) -> str:
    digest = hashlib.sha256()
    digest.update(f"v{FORMAT_VERSION}\n".encode())
    for workbook in input_files(target.workbook):
        digest.update(f"{workbook.name}\n{sha256_file(workbook)}\n".encode())
    digest.update(sha256_file(options.notebook).encode())
    digest.update(code.encode())
    settings = {k: str(v) for k, v in vars(options).items()}
    settings["figures_dir"] = str(target.figures_dir.resolve())
    settings["reports_dir"] = str(target.reports_dir.resolve())
    settings["notebook"] = str(options.notebook.resolve())
    digest.update(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode())
    return digest.hexdigest()


def data_fingerprint(workbook: Path) -> str:
    """Hash of the workbooks a build reads, alone: whether the figures may have moved."""
    digest = hashlib.sha256()
    for path in input_files(workbook):
        digest.update(f"{path.name}\n{sha256_file(path)}\n".encode())
    return digest.hexdigest()


def previous_figures(target: Target, entry: dict[str, Any] | None, data: str) -> bytes | None:
    """The figures a new build of `target` is compared with, as `chiso summary --json`
    bytes: when the workbook changed since the last build, that build's figures (read
    from its `briefing.ipynb`); when it did not (a rebuild), the ones kept from before, so
    that rebuilding changes nothing; None before the second build with new data.

    The last build's notebook is trusted only when it is the one the manifest recorded: a
    build killed after writing its notebook, before its manifest, left the new figures
    there, and comparing with them would hide every change. That build wrote the figures
    it compared with first (`build._write_target`), so they are the ones kept."""
    kept = target.reports_dir / PREVIOUS_NAME
    last = target.reports_dir / "briefing.ipynb"
    recorded = (entry or {}).get("outputs", {}).get(str(last.resolve()))
    if (
        entry
        and entry.get("data") not in (None, data)
        and last.is_file()
        and recorded == sha256_file(last)
    ):
        from ..present.notebook_outputs import collect_results

        try:
            rows = collect_results(json.loads(last.read_text(encoding="utf-8"))).rows
        except (OSError, ValueError):
            rows = []
        if rows:
            return json.dumps({"rows": rows}, ensure_ascii=False, indent=1).encode("utf-8")
    return kept.read_bytes() if kept.is_file() else None


def input_files(workbook: Path) -> list[Path]:
    """The files one build input reads: the workbook, or a folder's workbooks."""
    if not workbook.is_dir():
        return [workbook]
    from ..reading.finding import find_workbooks

    return find_workbooks([workbook])[0]


def read_manifest(reports_dir: Path) -> dict[str, Any]:
    path = reports_dir / MANIFEST_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def is_up_to_date(entry: dict[str, Any] | None, fingerprint: str) -> bool:
    """True when inputs match and every recorded output is still there, unchanged."""
    if not entry or entry.get("inputs") != fingerprint:
        return False
    outputs = entry.get("outputs", {})
    for name, digest in outputs.items():  # recorded as absolute paths
        path = Path(name)
        if not path.is_file() or sha256_file(path) != digest:
            return False
    return bool(outputs)


def manifest_entry(
    target: Target, fingerprint: str, outputs: dict[Path, bytes], *, unit: str | None
) -> dict[str, Any]:
    """What the manifest remembers of one target's build: its workbook, the fingerprints of
    its data and of all its inputs, and the hash of each output by absolute path."""
    return {
        **({"unit": unit} if unit else {}),
        "workbook": str(target.workbook.resolve()),
        "data": data_fingerprint(target.workbook),
        "inputs": fingerprint,
        "outputs": {
            str(p.resolve()): hashlib.sha256(d).hexdigest() for p, d in sorted(outputs.items())
        },
    }


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True).encode("utf-8")
