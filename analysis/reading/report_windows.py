"""The words around a number in a sentence (issue 20), as the readers of a report's numbers
look at them: the clause before it as far as a clause reaches, the few words before and
after it, folded, and whether they end or open with one of a set of phrases. A window, not
the whole sentence, so that a run-on page of numbers costs no time squared in its length.
"""

from __future__ import annotations

CLAUSE_REACH = 400


def head_of(text: str, start: int) -> str:
    """The text before `start`, as far as a clause reaches."""
    return text[max(0, start - CLAUSE_REACH) : start]


def words_before(text: str, start: int, count: int = 3) -> str:
    """The few words before `start`, folded, ending at it ('' at the sentence's start)."""
    head = head_of(text, start).replace("(", " ").rstrip(" ").lower()
    return " ".join(head.split()[-count:])


def words_after(text: str, end: int, count: int = 3) -> str:
    return " ".join(text[end : end + 40 * count].lower().split()[:count])


def ends_with_any(words: str, phrases: tuple[str, ...]) -> bool:
    return any(words == p or words.endswith(" " + p) for p in phrases)


def starts_with_any(words: str, phrases: tuple[str, ...]) -> bool:
    """Whether `words` open with one of `phrases`, as whole words («kế hoạch;» does, «khác»
    does not open with «kh»)."""
    return any(words.startswith(p) and not words[len(p) : len(p) + 1].isalnum() for p in phrases)


__all__ = [
    "CLAUSE_REACH",
    "ends_with_any",
    "head_of",
    "starts_with_any",
    "words_after",
    "words_before",
]
