"""Text from workbooks and file names as a terminal line shows it: every control character
(a newline or tab in a file name, an escape sequence, a bidi control) written as a visible
escape, so that one name is one line, prints in its own order and never drives the terminal.
"""

from __future__ import annotations

import unicodedata

# Characters that are not ordinary text on a terminal: C0 and C1 controls, the line and
# paragraph separators, and the bidi controls that reorder what follows them.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def printable(text: str) -> str:
    """`text` with each control character as an escape ('a\\nb' for a newline, '\\u202e'),
    the rest as it is."""
    if text.isprintable() and not any(c in _BIDI for c in text):
        return text
    return "".join(_escaped(c) for c in text)


def _escaped(character: str) -> str:
    if character in "\n\r\t":
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}[character]
    if character in _BIDI or unicodedata.category(character) in ("Cc", "Zl", "Zp"):
        code = ord(character)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
    return character
