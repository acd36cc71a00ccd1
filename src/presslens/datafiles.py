"""The package's own data files (``src/presslens/data/``): word lists and small tables, one entry a
line, blank lines and comment lines (opening with ``#``) left out.

Every stage reads its lists through these functions; the module imports nothing of presslens,
so any module, however low, may.

Example::

    >>> from presslens.datafiles import data_lines
    >>> data_lines("timeline_weekdays.txt")[:2]
    ['Monday Mon', 'Tuesday Tue Tues']
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["data_json", "data_lines", "data_rows", "data_words"]


def _entries(name: str) -> list[str]:
    text = resources.files("presslens").joinpath("data", name).read_text("utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def data_lines(name: str) -> list[str]:
    """The lines of ``data/NAME`` that hold something, stripped of spaces (comments left out)."""
    return [line.strip() for line in _entries(name)]


def data_json(name: str) -> Any:
    """The JSON file ``data/NAME``, parsed; None when the package holds no such file (read afresh each
    call: ``make eval`` rewrites ``data/measured.json``)."""
    path = resources.files("presslens").joinpath("data", name)
    return json.loads(path.read_text("utf-8")) if path.is_file() else None


def data_rows(name: str) -> list[list[str]]:
    """The rows of the tab-separated ``data/NAME``, each a list of its cells stripped of spaces
    (blank lines and comments left out)."""
    return [[cell.strip() for cell in line.split("\t")] for line in _entries(name)]


@cache
def data_words(name: str) -> frozenset[str]:
    """The lines of ``data/NAME`` in lower case, as a set (read once: the set is shared, and frozen)."""
    return frozenset(line.lower() for line in data_lines(name))
