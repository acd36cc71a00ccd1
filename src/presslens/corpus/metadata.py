"""Sidecar metadata: a ``metadata.csv`` / ``.tsv`` / ``.json`` / ``.jsonl`` beside plain-text
articles adds metadata keyed by file name; a sidecar covers its folder and the folders below."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Mapping

from presslens.corpus.records import FIELD_ALIASES, RECORD_SUFFIXES, _pick, _records
from presslens.corpus.skips import _Report

__all__ = ["SIDECAR_NAMES", "is_sidecar", "unmatched"]

SIDECAR_NAMES = {"metadata", "_metadata", "meta"}


def is_sidecar(name: str) -> bool:
    """Whether a file named ``name`` is named as a sidecar (``metadata.csv``, ``meta.jsonl``)."""
    path = Path(name)
    return path.stem.lower() in SIDECAR_NAMES and path.suffix.lower() in RECORD_SUFFIXES


def _sidecar(folder: Path, real_root: Path, report: _Report, max_bytes: int) -> tuple[Path | None, dict[str, dict]]:
    """The metadata sidecar of a folder, keyed by file name without extension. A file named like
    a sidecar that holds articles (a text column) is no sidecar: it is read as records."""
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return None, {}
    for child in children:
        if not is_sidecar(child.name):
            continue
        own = _Report("skip")
        try:
            found = _sidecar_file(child, own, max_bytes, real_root, articles=False)
        except _HoldsArticles:
            continue
        except (OSError, ValueError) as exc:
            report.skip(child, f"unreadable metadata sidecar ({exc})")
            return child, {}
        for entry in own.skipped:
            report.skip(entry["path"], entry["reason"])
        return found
    return None, {}


class _Table(dict):
    """A sidecar's table (file stem -> record) that keeps the names it was asked for, so the rows
    that named no file of the corpus can be said (:func:`unmatched`)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[str] = set()

    def get(self, key: Any, default: Any = None) -> Any:
        self.asked.add(key)
        return super().get(key, default)


def unmatched(table: Mapping[str, dict]) -> str | None:
    """The skip report's reason for a sidecar ``table`` whose rows name files no article was read
    from (a file never saved, a name in another case), or None when every row found its file:
    without it their dates and outlets went to no article, unsaid. A name asked in another case
    is named beside it."""
    if not isinstance(table, _Table):
        return None
    missing = sorted(set(table) - table.asked)
    if not missing:
        return None
    cases = {name.casefold(): name for name in sorted(table.asked)}
    shown = [f"{name} ({cases[name.casefold()]} differs only in case)" if name.casefold() in cases else name
             for name in missing]
    return (f"metadata sidecar rows name {len(missing)} file(s) the corpus does not hold: {', '.join(shown[:10])}"
            f"{' ...' if len(missing) > 10 else ''}; their metadata went to no article")


class _HoldsArticles(Exception):
    """A file named like a sidecar whose records have a text column."""


def _folder_sidecar(folder: Path, root: Path, real_root: Path, cache: dict, report: _Report,
                    max_bytes: int) -> tuple[Path | None, dict[str, dict]]:
    """The sidecar that applies in ``folder``: its own, else the nearest one above it up to
    ``root`` (so ``corpus/metadata.tsv`` covers ``corpus/text/*.txt``)."""
    if folder not in cache:
        own = _sidecar(folder, real_root, report, max_bytes)
        if own[0] is None and folder != root and folder.is_relative_to(root):
            own = _folder_sidecar(folder.parent, root, real_root, cache, report, max_bytes)
        cache[folder] = own
    return cache[folder]


def _sidecar_file(path: Path, report: _Report, max_bytes: int, real_root: Path | None,
                  articles: bool = True, data: bytes | None = None) -> tuple[Path, dict[str, dict]]:
    """A metadata file as a mapping from file stem to record. Only files inside ``real_root``
    are opened (None: a file the caller named). ``articles=False``: raise ``_HoldsArticles``
    when the records have a text column. ``data``: the bytes of a file read from an archive."""
    table = _Table()
    rows = 0
    for _, record in _records(path, report, max_bytes, real_root, data=data):
        if not articles and _pick(record, "text", {}) not in (None, ""):
            raise _HoldsArticles(path)
        rows += 1
        key = _pick(record, "file", {})
        if key not in (None, ""):
            # Keys are names, never paths to open: only the last component counts.
            name = Path(Path(str(key).replace("\\", "/")).name).stem
            table[name] = {k: v for k, v in record.items() if v is not key}
    if rows and not table:
        # Without a file name no row applies to any article: said once, or the outlets and dates
        # it holds would be missing from every article without a word.
        report.skip(path, f"metadata sidecar names no file: none of its {rows} row(s) has a file name in a "
                          f"column {', '.join(FIELD_ALIASES['file'])}, so none was applied (name the column `file`)")
    return path, table
