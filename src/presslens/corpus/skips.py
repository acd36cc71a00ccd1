"""The skip report: every file or record left out of a corpus, with the reason, and the error
raised instead when the caller asks for ``errors="raise"``."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

import pandas as pd

__all__ = ["SKIP_COLUMNS", "CorpusError", "skipped"]

SKIP_COLUMNS = ["path", "reason", "format"]


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
    kind: str | None = None               # the file type being read, for the report's format column

    def skip(self, path: str | os.PathLike, reason: str) -> None:
        if self.errors == "raise":
            raise CorpusError(path, reason)
        self.skipped.append({"path": _shown(path), "reason": reason, "format": self.kind})


def skipped(articles: pd.DataFrame) -> pd.DataFrame:
    """The skip report of a loaded corpus: one row per file or record left out (``path``,
    ``reason``, ``format``: the file type, as in :func:`presslens.corpus.duplicate_summary`).

    The corpus keeps it in ``articles.attrs["skipped"]`` as a list of records (one dict per
    row), not as a DataFrame: pandas writes ``attrs`` into a Parquet file's metadata as JSON, so
    ``articles.to_parquet(path)`` keeps the report and ``skipped(pd.read_parquet(path))`` reads it
    back. A DataFrame put there by hand is read too."""
    report = articles.attrs.get("skipped")
    if report is None:
        return pd.DataFrame(columns=SKIP_COLUMNS)
    if isinstance(report, pd.DataFrame):
        return report
    return pd.DataFrame(list(report), columns=SKIP_COLUMNS)


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
