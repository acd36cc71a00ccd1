"""One table from a folder of articles: each file goes to the reader of its family, then dates
are filled in and exact duplicates dropped."""

from __future__ import annotations

import hashlib
import os
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from presslens.corpus.decoding import _read_bytes, decode
from presslens.corpus.html import HTML_SUFFIXES, _from_html
from presslens.corpus.metadata import _folder_sidecar, _sidecar_file
from presslens.corpus.records import RECORD_SUFFIXES, _from_records, _record_row
from presslens.corpus.skips import CorpusError, _Report, _shown
from presslens.corpus.walk import _doc_id, _walk, _within
from presslens.corpus.wire import TEXT_SUFFIXES, infer_publication_date, parse_wire_text
from presslens.io import resolve_path

__all__ = ["ARTICLE_COLUMNS", "load_corpus"]

ARTICLE_COLUMNS = [
    "doc_id", "title", "text", "published", "published_source", "outlet", "url", "author",
    "path", "caption", "credit",
]


def load_corpus(
    path: str | os.PathLike | None = None,
    *,
    publication_date: str | date | None = None,
    errors: str = "skip",
    fields: Mapping[str, str] | None = None,
    metadata: str | os.PathLike | Mapping[str, Mapping[str, Any]] | None = None,
    max_bytes: int = 20_000_000,
    drop_duplicates: bool = True,
    files: Iterable[str | os.PathLike] | None = None,
) -> pd.DataFrame:
    """Read every article under ``path`` (a file or a folder, recursively; default: the embedded
    sample in ``data/raw``).

    ``publication_date`` overrides every article's date (``published_source`` becomes
    ``"metadata"``). ``fields`` maps column names to record field names, e.g.
    ``{"text": "body", "published": "date"}``. ``metadata`` is a sidecar file or a mapping from
    file name to metadata, used instead of a ``metadata.*`` file found in the folder.
    ``max_bytes`` caps one file (and one record). Exact duplicate texts are dropped; their count is
    in ``df.attrs["duplicates"]`` and each is listed in the skip report.

    ``files`` reads only those files of the folder ``path`` (a batch of :func:`corpus_files`, as
    a Dask run does), with the doc_ids and sidecar metadata a whole-folder load gives them.
    """
    if errors not in ("skip", "raise"):
        raise ValueError("errors must be 'skip' or 'raise'")
    report = _Report(errors)
    fields = dict(fields or {})
    root = resolve_path(path)
    if not root.exists():
        raise FileNotFoundError(f"no corpus at {root} (give a file or a folder of articles)")
    folder = root if root.is_dir() else root.parent
    given: tuple[Path | None, dict[str, dict]] | None = None
    if isinstance(metadata, Mapping):
        given = (None, {Path(str(k)).stem: dict(v) for k, v in metadata.items()})
    elif metadata is not None:
        given = _sidecar_file(resolve_path(metadata), report, max_bytes)
    sidecars: dict[Path, tuple[Path | None, dict[str, dict]]] = {}
    if files is not None:
        files = _within(root, files, report)
    else:
        files = _walk(root, report) if root.is_dir() else iter([root])
    rows: list[dict[str, Any]] = []
    for file in files:
        sidecar_path, sidecar = given or _folder_sidecar(file.parent, folder, sidecars, report, max_bytes)
        if sidecar_path is not None and file == sidecar_path:
            continue
        suffix = file.suffix.lower()
        if suffix not in TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES:
            report.skip(file, f"unsupported file type {suffix or '(none)'}")
            continue
        try:
            if suffix in RECORD_SUFFIXES:
                rows.extend(_from_records(file, folder, report, fields, max_bytes))
            else:
                meta = sidecar.get(file.stem) or sidecar.get(file.name) or {}
                rows.append(_from_file(file, folder, meta, fields, max_bytes))
        except CorpusError:
            raise
        except (OSError, ValueError, RecursionError, UnicodeError) as exc:
            report.skip(file, str(exc) if not isinstance(exc, OSError) else f"unreadable ({exc.strerror})")
    return _finish(rows, report, publication_date, drop_duplicates)


def _from_file(file: Path, root: Path, meta: Mapping[str, Any], fields: Mapping[str, str],
               max_bytes: int) -> dict[str, Any]:
    raw = decode(_read_bytes(file, max_bytes))
    meta_row = _record_row(meta, fields) if meta else {}
    meta_row.pop("text", None)
    if file.suffix.lower() in HTML_SUFFIXES:
        row = _from_html(raw)
    else:
        row = parse_wire_text(raw, title_hint=meta_row.get("title"))
    if not row["text"].strip():
        raise ValueError("no article text (empty or only a headline)")
    row.update({k: v for k, v in meta_row.items() if v not in (None, "", "None") and k != "doc_id"})
    row["doc_id"] = _doc_id(file, root)
    row["path"] = _shown(file)
    return row


def _to_timestamp(value: Any) -> pd.Timestamp:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return pd.NaT
    try:
        ts = pd.Timestamp(value) if not isinstance(value, (int, float)) else pd.Timestamp(value, unit="s")
    except (ValueError, TypeError, OverflowError):
        ts = pd.to_datetime(str(value), errors="coerce", format="mixed")
    if ts is pd.NaT or pd.isna(ts):
        return pd.NaT
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts


def _finish(rows: list[dict[str, Any]], report: _Report, publication_date: Any,
            drop_duplicates: bool) -> pd.DataFrame:
    override = _to_timestamp(publication_date) if publication_date is not None else None
    for row in rows:
        row.setdefault("caption", None)
        row.setdefault("credit", None)
        published = _to_timestamp(row.get("published"))
        source = "metadata" if published is not pd.NaT else None
        if override is not None:
            published, source = override, "metadata"
        elif published is pd.NaT:
            guess = infer_publication_date(row["text"], caption=row.get("caption"), path=row.get("path"))
            if guess is not None:
                published, source = pd.Timestamp(guess), "inferred"
        row["published"], row["published_source"] = published, source
    df = pd.DataFrame(rows)
    for col in ARTICLE_COLUMNS:
        if col not in df.columns:
            df[col] = None
    extra = [c for c in df.columns if c not in ARTICLE_COLUMNS]
    df = df[ARTICLE_COLUMNS + extra]
    df["published"] = pd.to_datetime(df["published"], errors="coerce")
    duplicates = 0
    if drop_duplicates and len(df):
        digest = df["text"].map(lambda t: hashlib.sha1(t.encode("utf-8", "replace")).hexdigest())
        dup = digest.duplicated()
        first = dict(zip(digest[~dup], df["doc_id"][~dup]))
        for path, d in zip(df["path"][dup], digest[dup]):
            report.skip(path, f"exact duplicate of {first[d]}")
        duplicates = int(dup.sum())
        df = df[~dup]
    if df["doc_id"].duplicated().any():
        # Two files or records may share an id; a suffix keeps every doc_id unique and stable.
        counts = df.groupby("doc_id").cumcount()
        df["doc_id"] = [d if c == 0 else f"{d}#{c + 1}" for d, c in zip(df["doc_id"], counts)]
    df = df.reset_index(drop=True)
    df.attrs["skipped"] = pd.DataFrame(report.skipped, columns=["path", "reason"])
    df.attrs["duplicates"] = duplicates
    return df
