"""The word lists quote attribution reads from ``presslens/data/quotes_*.txt``, compiled once.

Each list is a small text file, one entry a line, ``#`` starting a comment, so a researcher can
extend a list (a new platform, a reporting verb of another register) without touching code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["alternation", "cue_classes", "word_list"]


def _lines(name: str) -> list[str]:
    raw = resources.files("presslens").joinpath(f"data/quotes_{name}.txt").read_text("utf-8")
    return [line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """Entries of ``data/quotes_NAME.txt``: whole lines, or the words of each line for lists that
    hold one lemma's forms a line (``unnamed_nouns``)."""
    if name == "unnamed_nouns":
        return tuple(w for line in _lines(name) for w in line.split())
    return tuple(_lines(name))


@lru_cache(maxsize=1)
def cue_classes() -> dict[str, frozenset[str]]:
    """Every reporting-verb form mapped to its classes (``speech``, ``infinitive``, ``belief``)."""
    classes: dict[str, set[str]] = {}
    for line in _lines("cue_verbs"):
        cls, _, forms = line.partition("\t")
        for form in forms.split():
            classes.setdefault(form.replace("_", " "), set()).add(cls)
    return {form: frozenset(c) for form, c in classes.items()}


def alternation(words: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of ``words``, longest first, spaces matching any white space."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)
