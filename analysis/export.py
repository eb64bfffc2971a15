"""Exporters: executed briefing notebook -> self-contained HTML, and A4 PDF via WeasyPrint.

Both are nbconvert exporters, registered under the `nbconvert.exporters` entry
point as `chiso_html` and `chiso_pdf`, so `jupyter nbconvert --to chiso_pdf`
works and JupyterLab's "Save and Export Notebook As" menu lists them. The
notebook runner (`execute_notebook`) also lives here: it injects parameters in
the papermill convention and runs the notebook with nbclient.
"""

from __future__ import annotations

import copy
import json
import tempfile
from pathlib import Path
from typing import Any

import nbformat
from nbconvert.exporters import HTMLExporter
from traitlets import default
from traitlets.config import Config

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE = "chiso_briefing"


def _css(name: str) -> str:
    return (TEMPLATES / TEMPLATE / name).read_text(encoding="utf-8")


def _font_faces() -> str:
    """@font-face rules pinning the PDF's fonts to the DejaVu files matplotlib ships.

    "DejaVu Serif" is the body (DejaVu Serif); "DejaVu Sans" is what the charts'
    SVG text asks for. Both cover every Vietnamese letter, and neither depends
    on the fonts the machine happens to have.
    """
    import matplotlib

    fonts = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    faces = []
    for family, stem in (("DejaVu Serif", "DejaVuSerif"), ("DejaVu Sans", "DejaVuSans")):
        for suffix, weight, style in (
            ("", "normal", "normal"),
            ("-Bold", "bold", "normal"),
            ("-Italic" if stem == "DejaVuSerif" else "-Oblique", "normal", "italic"),
            ("-BoldItalic" if stem == "DejaVuSerif" else "-BoldOblique", "bold", "italic"),
        ):
            uri = (fonts / f"{stem}{suffix}.ttf").as_uri()
            faces.append(
                f'@font-face {{ font-family: "{family}"; src: url("{uri}");'
                f" font-weight: {weight}; font-style: {style}; }}"
            )
    return "\n".join(faces)


class BriefingHTMLExporter(HTMLExporter):
    """Outputs only, no code; images embedded; no network fetches; phone-readable."""

    export_from_notebook = "chiso: HTML briefing"

    @default("template_name")
    def _template_name_default(self) -> str:
        return TEMPLATE

    @default("extra_template_basedirs")
    def _extra_template_basedirs_default(self) -> list[str]:
        return [str(TEMPLATES)]

    @default("exclude_input")
    def _exclude_input_default(self) -> bool:
        return True

    @default("exclude_input_prompt")
    def _exclude_input_prompt_default(self) -> bool:
        return True

    @default("exclude_output_prompt")
    def _exclude_output_prompt_default(self) -> bool:
        return True

    @default("embed_images")
    def _embed_images_default(self) -> bool:
        return True

    def _media_css(self) -> str:
        return _css("briefing.css")

    # Raster for screens (small, fast on phones); the PDF exporter prefers vectors.
    priority = ("text/html", "text/markdown", "image/png", "image/svg+xml", "text/plain")

    @property
    def default_config(self) -> Config:
        config: Config = super().default_config.copy()
        config.merge(Config({"NbConvertBase": {"display_data_priority": list(self.priority)}}))
        return config

    def from_notebook_node(  # type: ignore[override]
        self, nb: nbformat.NotebookNode, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[str, dict[str, Any]]:
        resources = dict(resources or {})
        metadata = nb.metadata.get("chiso", {})
        resources["chiso_lang"] = metadata.get("lang", "vi")
        resources["chiso_title"] = metadata.get("title", "Báo cáo / Briefing")
        resources["chiso_css"] = self._media_css()
        output: str
        output, resources = super().from_notebook_node(nb, resources=resources, **kw)
        return output, resources


class BriefingPDFExporter(BriefingHTMLExporter):
    """A4 PDF of the briefing: HTML with print CSS, rendered by WeasyPrint; charts as vectors."""

    export_from_notebook = "chiso: PDF briefing (A4)"
    output_mimetype = "application/pdf"

    @default("file_extension")
    def _file_extension_default(self) -> str:
        return ".pdf"

    @default("template_extension")
    def _template_extension_default(self) -> str:
        return ".html.j2"  # the same page as the HTML briefing, printed

    def _media_css(self) -> str:
        return "\n".join((_css("briefing.css"), _font_faces(), _css("print.css")))

    priority = ("text/html", "text/markdown", "image/svg+xml", "image/png", "text/plain")

    def from_notebook_node(  # type: ignore[override]
        self, nb: nbformat.NotebookNode, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[bytes, dict[str, Any]]:
        from weasyprint import HTML

        html, resources = super().from_notebook_node(nb, resources=resources, **kw)
        pdf: bytes = HTML(string=html, base_url=str(TEMPLATES)).write_pdf()
        resources["output_extension"] = ".pdf"
        return pdf, resources


# -- running notebooks --------------------------------------------------------------------


def inject_parameters(
    nb: nbformat.NotebookNode, parameters: dict[str, Any]
) -> nbformat.NotebookNode:
    """A copy of the notebook with an `injected-parameters` cell after the `parameters` cell.

    The papermill convention: values are Python literals assigned by name, so
    the notebook runs unchanged in JupyterLab with its defaults.
    """
    result = copy.deepcopy(nb)
    lines = ["# Parameters injected by chiso"]
    lines += [f"{name} = {_literal(value)}" for name, value in parameters.items()]
    cell = nbformat.v4.new_code_cell("\n".join(lines))
    cell.metadata["tags"] = ["injected-parameters"]
    cells = [c for c in result.cells if "injected-parameters" not in c.metadata.get("tags", [])]
    position = next(
        (i + 1 for i, c in enumerate(cells) if "parameters" in c.metadata.get("tags", [])), 0
    )
    cells.insert(position, cell)
    result.cells = cells
    return result


def _literal(value: Any) -> str:
    if value is None or isinstance(value, (bool, int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def execute_notebook(
    nb: nbformat.NotebookNode,
    *,
    parameters: dict[str, Any],
    cwd: Path,
    timeout: int = 300,
) -> nbformat.NotebookNode:
    """Run a notebook for real (ipykernel), then shut the kernel down at once."""
    from nbclient import NotebookClient

    runnable = inject_parameters(nb, parameters)
    with tempfile.TemporaryDirectory(prefix="chiso-kernel-") as sockets:
        # Local IPC sockets: nothing listens on TCP, and the kernel has no reason to warn.
        ipc = Config({"KernelManager": {"transport": "ipc", "ip": str(Path(sockets) / "k")}})
        client = NotebookClient(
            runnable,
            kernel_name="python3",
            timeout=timeout,
            resources={"metadata": {"path": str(cwd)}},
            shutdown_kernel="immediate",
            config=ipc,
        )
        client.execute()
    return runnable
