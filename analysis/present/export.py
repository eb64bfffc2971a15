"""Exporters: executed briefing notebook -> self-contained HTML, A4 PDF via WeasyPrint, and
the Word file the notebook made (`present.word`).

All are nbconvert exporters, registered under the `nbconvert.exporters` entry
point as `chiso_html`, `chiso_pdf` and `chiso_docx`, so `jupyter nbconvert --to chiso_pdf`
works and JupyterLab's "Save and Export Notebook As" menu lists them. Their
last step before rendering (after `--execute`, when asked for) leaves out the
outputs a notebook publishes for `chiso build` only (`notebook.SUMMARY_MIME`)
and takes the page's language and title from them. Running a notebook is
`build.execute_notebook`.
"""

from __future__ import annotations

import base64
import importlib.util
from pathlib import Path
from typing import Any

import nbformat
from nbconvert.exporters import Exporter, HTMLExporter, TemplateExporter
from nbconvert.filters.highlight import Highlight2HTML
from nbconvert.filters.widgetsdatatypefilter import WidgetsDataTypeFilter
from nbconvert.preprocessors import Preprocessor
from traitlets import default
from traitlets.config import Config

from ..model.labels import WORD
from ..model.text import without_bidi_controls
from .notebook_outputs import DOCX_MIMETYPE, collect_results, is_private_output, is_screen_only

TEMPLATES = Path(__file__).resolve().parent / "templates"
TEMPLATE = "chiso_briefing"
# In an export's resources: "print" for the PDF, which leaves out the screen-only outputs.
MEDIA_RESOURCE = "chiso_media"


def _css(name: str) -> str:
    return (TEMPLATES / TEMPLATE / name).read_text(encoding="utf-8")


def matplotlib_fonts() -> Path:
    """The folder of the TrueType fonts matplotlib ships, found without importing it
    (the build process stays free of matplotlib)."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("matplotlib")
    return Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf"


FONTS = Path(__file__).resolve().parent / "fonts"
# The body's face: Liberation Serif, metric-compatible with Times New Roman (the face of Party
# documents, Hướng dẫn 36-HD/VPTW), shipped with its licence (`fonts/LICENSE`, SIL OFL 1.1)
# so that a machine without Times New Roman prints the same lines and pages.
BODY_FONT = "Liberation Serif"


def _font_faces() -> str:
    """@font-face rules pinning the PDF's fonts to files chiso ships or depends on.

    "Liberation Serif" is the body (the files in `fonts/`); "DejaVu Sans" is what the
    charts' SVG text asks for (matplotlib's files). Both cover every Vietnamese letter, and
    neither depends on the fonts the machine happens to have.
    """
    styles = (
        ("Regular", "normal", "normal"),
        ("Bold", "bold", "normal"),
        ("Italic", "normal", "italic"),
        ("BoldItalic", "bold", "italic"),
    )
    sans = matplotlib_fonts()
    sans_files = ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique")
    faces = []
    for (name, weight, style), sans_file in zip(styles, sans_files, strict=True):
        for family, path in (
            (BODY_FONT, FONTS / f"LiberationSerif-{name}.ttf"),
            ("DejaVu Sans", sans / f"{sans_file}.ttf"),
        ):
            faces.append(
                f'@font-face {{ font-family: "{family}"; src: url("{path.as_uri()}");'
                f" font-weight: {weight}; font-style: {style}; }}"
            )
    return "\n".join(faces)


class BriefingOutputsPreprocessor(Preprocessor):
    """The last step before rendering: the page's language and title from what the
    notebook published, and none of the outputs meant for `chiso build` only."""

    @default("enabled")
    def _enabled_default(self) -> bool:
        return True

    def preprocess(
        self, nb: nbformat.NotebookNode, resources: dict[str, Any]
    ) -> tuple[nbformat.NotebookNode, dict[str, Any]]:
        published = collect_results(nb)
        if published.lang:
            resources["chiso_lang"] = published.lang
        if published.title:
            resources["chiso_title"] = published.title
        printed = resources.get(MEDIA_RESOURCE) == "print"
        for cell in nb.cells:
            if cell.get("outputs"):
                cell.outputs = [
                    o
                    for o in cell.outputs
                    if not is_private_output(o) and not (printed and is_screen_only(o))
                ]
        return nb, resources


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

    @default("default_preprocessors")
    def _default_preprocessors_default(self) -> list[Any]:
        defaults = Exporter.class_traits()["default_preprocessors"].default()
        return [*(defaults or []), BriefingOutputsPreprocessor]

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
        # HTMLExporter's own last step parses the whole page again with BeautifulSoup to add
        # `alt` and `tabindex` to JupyterLab's cells: a minute for a province's page, and
        # nothing to do on this template (no cells, every image has its `alt`). Its first
        # steps are taken here, then the template is rendered as TemplateExporter does.
        langinfo = nb.metadata.get("language_info", {})
        lexer = langinfo.get("pygments_lexer", langinfo.get("name", None))
        resources = self._init_resources(resources)
        self.register_filter(
            "highlight_code",
            self.filters.get("highlight_code", Highlight2HTML(pygments_lexer=lexer, parent=self)),
        )
        self.register_filter(
            "filter_data_type",
            WidgetsDataTypeFilter(
                notebook_metadata=self._nb_metadata, parent=self, resources=resources
            ),
        )
        self.register_filter("svg_data_uri", svg_data_uri)
        output: str
        output, resources = TemplateExporter.from_notebook_node(self, nb, resources, **kw)
        # The last guard: no bidi control anywhere on the page (nor in the PDF printed from
        # it), whichever output carried one, so none turns a ratio's digits around.
        return without_bidi_controls(output), resources


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

        resources = {**(resources or {}), MEDIA_RESOURCE: "print"}
        html, resources = super().from_notebook_node(nb, resources=resources, **kw)
        pdf: bytes = HTML(
            string=html, base_url=str(TEMPLATES), url_fetcher=offline_url_fetcher()
        ).write_pdf()
        resources["output_extension"] = ".pdf"
        return pdf, resources


class BriefingWordExporter(Exporter):
    """The briefing as a Word file: the bytes the executed notebook published (`show_word`),
    so JupyterLab's «Word» export gives the very file `chiso build` writes."""

    export_from_notebook = "chiso: Word (.docx)"
    output_mimetype = DOCX_MIMETYPE

    @default("file_extension")
    def _file_extension_default(self) -> str:
        return ".docx"

    def from_notebook_node(  # type: ignore[override]
        self, nb: nbformat.NotebookNode, resources: dict[str, Any] | None = None, **kw: Any
    ) -> tuple[bytes, dict[str, Any]]:
        nb, resources = super().from_notebook_node(nb, resources, **kw)
        word = collect_results(nb).word
        if word is None:
            raise ValueError(f"{WORD['vi']['not_run']} / {WORD['en']['not_run']}")
        resources["output_extension"] = ".docx"
        return word, resources


def svg_data_uri(svg: str | list[str]) -> str:
    """An SVG output as a `data:` URL (base64), the standalone document an `<img>` reads."""
    text = svg if isinstance(svg, str) else "".join(svg)
    if "xmlns=" not in text[: text.find(">") + 1]:  # inline SVG may leave it to the page
        text = text.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"', 1)
    return "data:image/svg+xml;base64," + base64.b64encode(text.encode("utf-8")).decode("ascii")


def offline_url_fetcher() -> Any:
    """WeasyPrint's fetcher limited to `data:` and `file:` URLs: rendering a briefing never
    reaches the network, whatever a page links to (its images are embedded, its fonts and
    styles are the package's files)."""
    import weasyprint

    fetcher_class = getattr(weasyprint, "URLFetcher", None)
    if fetcher_class is not None:  # WeasyPrint 66 and later
        return fetcher_class(allowed_protocols=("data", "file"))
    from weasyprint.urls import default_url_fetcher

    def fetch(url: str, *args: Any, **kwargs: Any) -> Any:
        if not url.startswith(("data:", "file:")):
            raise ValueError(f"chiso fetches nothing over the network: {url}")
        return default_url_fetcher(url, *args, **kwargs)

    return fetch
