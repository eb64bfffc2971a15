"""Either side of a comparison of briefings (`chiso diff`, «Thay đổi so với kỳ trước"):
the summary rows of a workbook (read and summarised as `chiso summary` does), a saved
`chiso summary --json` output, an executed briefing notebook (`reports/briefing.ipynb`,
whose published figures are read back) or a reports folder holding one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..model.errors import ChisoError
from ..model.labels import as_lang


class DiffInputError(ChisoError, ValueError):
    """A side of `chiso diff` that is none of the accepted kinds (vi / en)."""


def read_rows(path: Path, *, lang: str = "vi") -> list[dict[str, Any]]:
    """The summary rows of one side: a workbook, a summary JSON, a briefing notebook or a
    reports folder holding one."""
    if path.is_dir():
        notebook = path / "briefing.ipynb"
        if not notebook.is_file():
            raise DiffInputError(
                f"Thư mục {path} không có briefing.ipynb của một lần dựng báo cáo. / "
                f"The folder {path} holds no briefing.ipynb from a build."
            )
        path = notebook
    suffix = path.suffix.lower()
    if suffix in (".json", ".ipynb"):
        try:
            payload = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DiffInputError(
                f"Không đọc được {path}: {exc}. / Cannot read {path}: {exc}."
            ) from exc
        if suffix == ".json":
            rows = payload.get("rows") if isinstance(payload, dict) else None
            if not isinstance(rows, list):
                raise DiffInputError(
                    f"{path} không phải kết quả của chiso summary --json. / "
                    f"{path} is not the output of chiso summary --json."
                )
            return rows
        from ..present.notebook_outputs import collect_results

        return collect_results(payload).rows
    from ..present.summary import summarize, summary_records
    from ..reading.load import load

    dataset = load(path)
    if not dataset.ok:
        first = dataset.errors[0]
        raise DiffInputError(f"{path}: {first.message}")
    return summary_records(summarize(dataset, lang=as_lang(lang)))
