"""Quoted passages of a text, found from its quotation marks paragraph by paragraph.

Curly (“ ”), straight ("), doubled typewriter ('' and ``), low (\u201e) and guillemet (« »)
marks all count; single marks (‘ ’ ') are left alone, so nested quotes stay inside their outer
quote and apostrophes never open one. Whether a straight or misplaced mark opens or closes is read
from the characters around it. Unbalanced marks are handled locally: a new opening mark while a
quote is open ends the open quote before it, a stray closing mark is ignored, and a quote still
open at the end of a paragraph ends there. Such a quote continues in the next paragraph when that
paragraph starts with an opening mark (the news convention for quotes running over paragraphs).

Example::

    >>> [(q.start, q.end) for q in find_quoted("He said “yes.” Then “no")]
    [(9, 13), (20, 22)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quoted", "find_quoted"]

_MARK = re.compile(r"``|''|[“”„‟«»\"]")
_OPENERS = frozenset(["“", "„", "‟", "«", "``"])
_CLOSERS = frozenset(["”", "»"])
# Characters after which a mark reads as opening, and before which it reads as closing.
_LEFT_OPEN = set(" \t\n\r([{—–-/")
_RIGHT_CLOSE = set(" \t\n\r.,;:!?)]}—–-…")
_WORD = re.compile(r"\w")


@dataclass
class Quoted:
    """One quoted passage: ``start``/``end`` delimit the text inside the marks (stripped of white
    space), ``open``/``close`` include the marks. ``para`` is the paragraph index; ``carried``
    is the index (in the returned list) of the passage in the previous paragraph it continues."""

    open: int
    start: int
    end: int
    close: int
    para: int
    closed: bool
    carried: int | None = None


def _role(text: str, s: int, e: int, p_start: int, p_end: int, is_open: bool) -> bool:
    """True when the mark at ``text[s:e]`` opens a quote, False when it closes one."""
    mark = text[s:e]
    left = s <= p_start or text[s - 1] in _LEFT_OPEN
    right = e >= p_end or text[e] in _RIGHT_CLOSE
    if left and not right:
        return True
    if right and not left:
        return False
    if mark in _OPENERS:
        return True
    if mark in _CLOSERS:
        return False
    return not is_open


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_quoted(text: str, paragraphs: list[tuple[int, int]] | None = None) -> list[Quoted]:
    """Quoted passages of ``text`` in order. ``paragraphs`` are ``(start, end)`` spans (default:
    the whole text as one paragraph); no passage crosses a paragraph end."""
    if not isinstance(text, str) or not text:
        return []
    if paragraphs is None:
        paragraphs = [(0, len(text))]
    out: list[Quoted] = []
    dangling: int | None = None  # index of a passage left open at the previous paragraph's end
    for para, (p_start, p_end) in enumerate(paragraphs):
        open_at: tuple[int, int] | None = None  # (mark start, mark end) of the open quote
        carried: int | None = None
        carried_from, dangling = dangling, None
        for m in _MARK.finditer(text, p_start, p_end):
            s, e = m.span()
            is_open = open_at is not None
            if _role(text, s, e, p_start, p_end, is_open):
                if open_at is not None:
                    _emit(out, text, open_at, s, s, para, False, carried)
                carried = carried_from if not text[p_start:s].strip() else None
                open_at = (s, e)
            elif open_at is not None:
                _emit(out, text, open_at, s, e, para, True, carried)
                open_at, carried = None, None
            carried_from = None
        if open_at is not None and _emit(out, text, open_at, p_end, p_end, para, False, carried):
            dangling = len(out) - 1
    return out


def _emit(out: list[Quoted], text: str, open_at: tuple[int, int], inner_end: int, close: int,
          para: int, closed: bool, carried: int | None) -> bool:
    start, end = _strip(text, open_at[1], inner_end)
    if not _WORD.search(text, start, end):
        return False
    out.append(Quoted(open_at[0], start, end, close, para, closed, carried))
    return True
