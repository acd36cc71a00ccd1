"""Sidecar metadata: a ``metadata.csv`` / ``.tsv`` / ``.json`` / ``.jsonl`` beside plain-text
articles adds metadata keyed by file name; a sidecar covers its folder and the folders below."""

from __future__ import annotations

from pathlib import Path

from presslens.corpus.records import RECORD_SUFFIXES, _pick, _records
from presslens.corpus.skips import _Report

__all__ = ["SIDECAR_NAMES"]

SIDECAR_NAMES = {"metadata", "_metadata", "meta"}


def _sidecar(root: Path, report: _Report, max_bytes: int) -> tuple[Path | None, dict[str, dict]]:
    """The metadata sidecar of a folder, keyed by file name without extension."""
    try:
        children = sorted(root.iterdir())
    except OSError:
        return None, {}
    for child in children:
        if child.stem.lower() in SIDECAR_NAMES and child.suffix.lower() in RECORD_SUFFIXES and child.is_file():
            try:
                return _sidecar_file(child, report, max_bytes)
            except (OSError, ValueError) as exc:
                report.skip(child, f"unreadable metadata sidecar ({exc})")
                return child, {}
    return None, {}


def _folder_sidecar(folder: Path, root: Path, cache: dict, report: _Report,
                    max_bytes: int) -> tuple[Path | None, dict[str, dict]]:
    """The sidecar that applies in ``folder``: its own, else the nearest one above it up to
    ``root`` (so ``corpus/metadata.tsv`` covers ``corpus/text/*.txt``)."""
    if folder not in cache:
        own = _sidecar(folder, report, max_bytes)
        if own[0] is None and folder != root and folder.is_relative_to(root):
            own = _folder_sidecar(folder.parent, root, cache, report, max_bytes)
        cache[folder] = own
    return cache[folder]


def _sidecar_file(path: Path, report: _Report, max_bytes: int) -> tuple[Path, dict[str, dict]]:
    """A metadata file as a mapping from file stem to record."""
    table: dict[str, dict] = {}
    for _, record in _records(path, report, max_bytes):
        key = _pick(record, "file", {})
        if key not in (None, ""):
            # Keys are names, never paths to open: only the last component counts.
            name = Path(Path(str(key).replace("\\", "/")).name).stem
            table[name] = {k: v for k, v in record.items() if v is not key}
    return path, table
