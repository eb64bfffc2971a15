"""HTML fragments of the briefing, written by one Jinja template with autoescape on.

`briefing` decides what a briefing shows; this module only writes it as HTML,
through the macros of `templates/fragments.html.j2`, so that every piece of
workbook text is escaped by the template engine and never by hand, and none carries a
bidi control (reading removes them; the template's `finalize` is the last guard), so no
text turns the words or digits after its element around.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

from ..model.text import without_bidi_controls

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def _macros() -> Any:
    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=False,
        finalize=_without_bidi,
    )
    return environment.get_template("fragments.html.j2").module


def _without_bidi(value: Any) -> Any:
    """What a template prints, without bidi controls (HTML already made stays HTML)."""
    if isinstance(value, Markup):
        return Markup(without_bidi_controls(str(value)))
    return without_bidi_controls(value) if isinstance(value, str) else value


def render(macro: str, *args: Any) -> str:
    """One fragment: `render("section_heading", slug, 1, title)`."""
    return str(getattr(_macros(), macro)(*args))
