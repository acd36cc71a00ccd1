"""The word lists quote attribution reads from ``presslens/data/quotes_*.txt``, compiled once.

Each list is a small text file, one entry a line, ``#`` starting a comment, so a researcher can
extend a list (a new platform, a reporting verb of another register) without touching code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from presslens.datafiles import data_lines
from presslens.text import alternation

__all__ = ["alternation", "cue_classes", "finditer_where", "word_list", "words"]


def _lines(name: str) -> list[str]:
    return data_lines(f"quotes_{name}.txt")


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """Entries of ``data/quotes_NAME.txt``: whole lines, or the words of each line for lists that
    hold one lemma's forms a line (``unnamed_nouns``)."""
    if name == "unnamed_nouns":
        return words(name)
    return tuple(_lines(name))


@lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """Every word of ``data/quotes_NAME.txt``, for lists that hold one lemma's forms (or several words) a line."""
    return tuple(w for line in _lines(name) for w in line.split())


@lru_cache(maxsize=1)
def cue_classes() -> dict[str, frozenset[str]]:
    """Every reporting-verb form mapped to its classes (``speech``, ``infinitive``, ``belief``,
    ``nominal``, ``object``, ``cited``, ``manner``, ``after``, ``regard``, and the classes that mark forms for one
    rule each, ``extract._RULE_CLASSES``: the header of ``quotes_cue_verbs.txt`` says what each means)."""
    classes: dict[str, set[str]] = {}
    for line in _lines("cue_verbs"):
        cls, _, forms = line.partition("\t")
        for form in forms.split():
            classes.setdefault(form.replace("_", " "), set()).add(cls)
    return {form: frozenset(c) for form, c in classes.items()}


def finditer_where(pattern: re.Pattern, where: re.Pattern, text: str) -> list[re.Match]:
    """``list(pattern.finditer(text))`` from a scan with ``where``, ``pattern`` tried only where
    ``where`` matches (and only from the end of its last match on, as finditer goes on): ``where``
    must match wherever ``pattern`` does (e.g. the same words without named groups, which the engine
    tries as one trie rather than group by group), and is the cheaper one to scan with; ``pattern``
    may not match the empty string."""
    found: list[re.Match] = []
    after = pos = 0  # where pattern's finditer would search next; where the scan goes on
    while (hit := where.search(text, pos)) is not None:
        at = hit.start()
        if after <= at and (m := pattern.match(text, at)) is not None:
            found.append(m)
            after = m.end()
        pos = max(at + 1, after)
    return found
