"""Text as workbooks hold it, made comparable: the one name key used everywhere.

Workbooks carry the same name in several byte forms: NFC or NFD (decomposed
accents, from Mac and some portals), 'Ð' (U+00D0, Icelandic eth, left behind by
TCVN3/VNI conversions) where 'Đ' (U+0110) is meant, non-breaking spaces and
doubled spaces, invisible characters (zero-width spaces and joiners, bidi controls, a
byte-order mark or a soft hyphen inside text, which `normalize_text` removes and
`sheet_scan` names), mixed case. `name_key` folds all of these, and it is the only
function that decides whether two names (indicators, units, groups, headers,
sheet names, catalogue codes) are the same. `name_keys` does the same for a
column, parsing each distinct text once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pandas only where a column is mapped: opening a file stays light
    import pandas as pd

_SPACE = re.compile(r"\s+")
_ETH = str.maketrans({"Ð": "Đ", "ð": "đ"})

# Characters that print as nothing but make two look-alike names two names, or (the bidi
# controls) turn the text after them around in whatever shows it: zero-width space,
# non-joiner and joiner, word joiner and the invisible operators, a byte-order mark inside
# text, the soft hyphen, the Mongolian vowel separator, and every bidi control (marks,
# embeddings, overrides, isolates, the Arabic letter mark).
INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
    "\u2066\u2067\u2068\u2069\ufeff"
)
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_DROP_INVISIBLE = str.maketrans(dict.fromkeys(INVISIBLE))
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


def normalize_text(text: str) -> str:
    """NFC form without invisible characters (`INVISIBLE`), with runs of white space
    (non-breaking and ideographic spaces among them) folded to one plain space."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text.translate(_DROP_INVISIBLE))).strip()


def invisible_in(text: str) -> frozenset[str]:
    """The characters of `text` that `normalize_text` removes as invisible (none: empty)."""
    return frozenset(_INVISIBLE.findall(text))


def without_bidi_controls(text: str) -> str:
    """`text` with no bidi control left: the last guard of every output, so that nothing a
    workbook or a file name holds can turn the text after it around."""
    return _BIDI.sub("", text) if _BIDI.search(text) else text


def name_key(text: object) -> str:
    """The comparable form of a name: NFC, 'Ð' read as 'Đ', case folded, single spaces."""
    return normalize_text(str(text).translate(_ETH)).casefold()


def strip_accents(text: str) -> str:
    """'Tỷ lệ' -> 'Ty le'; đ becomes d. For matching headers typed without diacritics."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def map_distinct(values: pd.Series, function: Callable[[Any], Any]) -> pd.Series:
    """`function` of every value of a column (None stays None), each distinct value once."""
    import numpy as np
    import pandas as pd

    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    mapped = [function(u) for u in uniques]
    lookup = np.empty(len(mapped) + 1, dtype=object)
    lookup[: len(mapped)] = mapped
    lookup[len(mapped)] = None
    return pd.Series(
        lookup[np.where(codes >= 0, codes, len(mapped))], index=values.index, dtype=object
    )


def name_keys(values: pd.Series) -> pd.Series:
    """`name_key` of every value of a column (None stays None), each distinct text once."""
    return map_distinct(values, name_key)


_CELLS = re.compile(r"^([A-Z]{1,3})([0-9]+)(?::\1([0-9]+))?$")
# A list made of references and ranges alone ('F2, F7:F9, G3'), and one reference of it.
_ONLY_REFERENCES = re.compile(
    r"\s*[A-Z]{1,3}[0-9]+(?::[A-Z]{1,3}[0-9]+)?(?:\s*,\s*[A-Z]{1,3}[0-9]+(?::[A-Z]{1,3}[0-9]+)?)*\s*"
)
_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]+)(?::[A-Z]{1,3}([0-9]+))?")


def compact_cells(cells: str, *, limit: int | None = None) -> str:
    """A list of cell references written short: 'F3, F4, F5, F7, G3' -> 'F3:F5, F7, G3'.

    Runs of rows in one column become a range ('F3:F5' in the list counts as its rows);
    columns keep the order they first appear in. Anything else is kept as it is, after
    the ranges. A column that still makes more than `limit` pieces is given as the span
    its cells lie in: 'F2:F2501'."""
    spans_by_column: dict[str, list[tuple[int, int]]] = {}
    others: list[str] = []
    if _ONLY_REFERENCES.fullmatch(cells):
        # The usual case, a roll-up of thousands of cells: every token found in one pass.
        for column, first_text, last_text in _REFERENCE.findall(cells):
            first = int(first_text)
            last = int(last_text) if last_text else first
            spans_by_column.setdefault(column, []).append((min(first, last), max(first, last)))
    else:
        for token in (part.strip() for part in cells.split(",")):
            matched = _CELLS.match(token)
            if matched:
                first = int(matched.group(2))
                last = int(matched.group(3)) if matched.group(3) else first
                spans_by_column.setdefault(matched.group(1), []).append(
                    (min(first, last), max(first, last))
                )
            elif token:
                others.append(token)
    pieces: list[str] = []
    for column, spans in spans_by_column.items():
        if limit is not None and len(spans) > _MANY_SPANS:
            low, high = _span_if_scattered(spans, limit)
            if low is not None:
                pieces.append(f"{column}{low}:{column}{high}")
                continue
        merged: list[tuple[int, int]] = []
        for first, last in sorted(set(spans)):
            if merged and first <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], last))
            else:
                merged.append((first, last))
        if limit is not None and len(merged) > limit:
            merged = [(merged[0][0], merged[-1][1])]
        pieces += [
            f"{column}{first}" if first == last else f"{column}{first}:{column}{last}"
            for first, last in merged
        ]
    return ", ".join(pieces + list(dict.fromkeys(others)))


_MANY_SPANS = 256


def _span_if_scattered(spans: list[tuple[int, int]], limit: int) -> tuple[int | None, int]:
    """For many single cells, counted at C speed: the span they lie in when they make more
    than `limit` runs; (None, 0) when they do not (then they are merged one by one)."""
    import numpy as np

    bounds = np.array(spans, dtype=np.int64)
    rows = np.unique(bounds[:, 0])
    if not np.array_equal(bounds[:, 0], bounds[:, 1]):  # ranges among them: the slow way
        return None, 0
    runs = 1 + int(np.count_nonzero(np.diff(rows) > 1))
    return (int(rows[0]), int(rows[-1])) if runs > limit else (None, 0)


SLUG_LIMIT = 60  # characters of a file name made from workbook text, before its suffix


def slugify(text: str, *, limit: int = SLUG_LIMIT) -> str:
    """'Sổ tay đảng viên điện tử' -> 'so-tay-dang-vien-dien-tu' (stable file names).

    A slug longer than `limit` keeps its start and ends with a hash of the whole text, so
    that names stay short on every file system and two long names never meet."""
    plain = strip_accents(text).lower()
    slug = re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "chi-tieu"
    return bounded(slug, text, limit=limit)


def bounded(name: str, whole: str | None = None, *, limit: int = SLUG_LIMIT) -> str:
    """`name` when it fits in `limit` characters, else its start and an 8-character hash
    of `whole` (the text it was made from; `name` itself by default)."""
    if len(name) <= limit:
        return name
    import hashlib

    digest = hashlib.sha256((whole if whole is not None else name).encode("utf-8")).hexdigest()
    return f"{name[: limit - 9].rstrip('-')}-{digest[:8]}"


LONG_TEXT = 300  # characters of a name a briefing shows; longer ones are shortened


def shorten(text: object, *, limit: int = LONG_TEXT) -> object:
    """A name cut to `limit` characters with '…' (anything else as it is)."""
    if isinstance(text, str) and len(text) > limit:
        return text[: limit - 1].rstrip() + "…"
    return text


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula, made plain text ('=1+1' → "'=1+1"),
    for every CSV and XLSX chiso writes."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
