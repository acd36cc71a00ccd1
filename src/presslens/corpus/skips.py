"""The skip report: every file or record left out of a corpus, with the reason, and the error
raised instead when the caller asks for ``errors="raise"``."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import pandas as pd

__all__ = ["CorpusError", "skipped"]


class CorpusError(ValueError):
    """A file or record that cannot be read as an article (raised with ``errors="raise"``)."""

    def __init__(self, path: str | os.PathLike, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = str(path)
        self.reason = reason


@dataclass
class _Report:
    errors: str
    skipped: list[dict[str, str]] = field(default_factory=list)

    def skip(self, path: str | os.PathLike, reason: str) -> None:
        if self.errors == "raise":
            raise CorpusError(path, reason)
        self.skipped.append({"path": _shown(path), "reason": reason})


def skipped(articles: pd.DataFrame) -> pd.DataFrame:
    """The skip report of a loaded corpus: one row per file or record left out (``path``,
    ``reason``)."""
    return articles.attrs.get("skipped", pd.DataFrame(columns=["path", "reason"]))


# Lone surrogates (from JSON "\ud800" escapes) cannot be stored as UTF-8 text, not even by pandas.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _text(value: str) -> str:
    """``value`` storable as UTF-8: lone surrogates (JSON ``"\\ud800"``) become U+FFFD."""
    return _SURROGATE.sub("\ufffd", value) if _SURROGATE.search(value) else value


def _shown(path: str | os.PathLike) -> str:
    """A path as storable text: file-name bytes that are not UTF-8 (which Python keeps as lone
    surrogates) become backslash escapes, ``caf\\xe9.txt``."""
    name = str(path)
    if not _SURROGATE.search(name):
        return name
    try:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:
        return _text(name)
