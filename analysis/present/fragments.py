"""HTML fragments of the briefing, written by one Jinja template with autoescape on.

`briefing` decides what a briefing shows; this module only writes it as HTML,
through the macros of `templates/fragments.html.j2`, so that every piece of
workbook text is escaped by the template engine and never by hand.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def _macros() -> Any:
    environment = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(default=True, default_for_string=True),
        keep_trailing_newline=False,
    )
    return environment.get_template("fragments.html.j2").module


def render(macro: str, *args: Any) -> str:
    """One fragment: `render("section_heading", slug, 1, title)`."""
    return str(getattr(_macros(), macro)(*args))
