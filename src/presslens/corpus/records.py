"""Record files holding one article per record (``.json``, ``.jsonl``, ``.csv``, ``.tsv``), and
the mapping of record fields to article columns (also used for sidecar metadata)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterator, Mapping

from presslens.corpus.decoding import _CONTROL, _iter_lines, _read_bytes, decode
from presslens.corpus.skips import _Report, _shown, _text
from presslens.corpus.walk import _doc_id

__all__ = ["FIELD_ALIASES", "RECORD_SUFFIXES"]

RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv", ".tsv"}

# Record fields are found under any of these names unless the caller maps them explicitly.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id", "article_id", "uuid", "guid"),
    "text": ("text", "body", "content", "article", "full_text", "maintext"),
    "title": ("title", "headline", "heading"),
    "published": ("published", "date", "publication_date", "pub_date", "published_at",
                  "datetime", "timestamp", "date_publish"),
    "outlet": ("outlet", "publisher", "source", "site", "sitename", "newspaper", "media"),
    "url": ("url", "link", "source_url"),
    "author": ("author", "authors", "byline"),
    "file": ("filename", "file", "file_name", "path", "name", "doc_id", "id"),
}


def _pick(record: Mapping[str, Any], key: str, fields: Mapping[str, str]) -> Any:
    return record.get(_field(record, key, fields, {str(k).lower(): k for k in record}))


def _field(record: Mapping[str, Any], key: str, fields: Mapping[str, str],
           lowered: Mapping[str, Any]) -> Any:
    """The name of the field of ``record`` holding article column ``key``, or None; ``lowered``
    maps lower-case field names to field names."""
    if key in fields:
        return fields[key]
    return next((lowered[alias] for alias in FIELD_ALIASES[key] if alias in lowered), None)


def _scalar(value: Any) -> bool:
    return value is None or isinstance(value, (str, int, float, bool))


def _record_row(record: Mapping[str, Any], fields: Mapping[str, str]) -> dict[str, Any]:
    """An article row from one record (JSON object, CSV row, metadata entry)."""
    row: dict[str, Any] = {}
    used: set[str] = set()
    lowered = {str(k).lower(): k for k in record}
    for key in ("doc_id", "text", "title", "published", "outlet", "url", "author"):
        name = _field(record, key, fields, lowered)
        if record.get(name) is not None:
            row[key] = record[name]
            used.add(name)
    for key in ("doc_id", "title", "outlet", "url", "author"):
        # Article columns hold text: a list of authors becomes "A; B", any other structure JSON.
        value = row.get(key)
        if isinstance(value, list):
            row[key] = "; ".join(v if isinstance(v, str) else json.dumps(v, default=str) for v in value)
        elif not _scalar(value):
            row[key] = json.dumps(value, default=str, ensure_ascii=False)
    for key, value in record.items():
        if key not in used and str(key) not in row and _scalar(value) and str(key).strip():
            row[str(key)] = value
    return {_text(k): _text(v) if isinstance(v, str) else v for k, v in row.items()}


def _records(path: Path, report: _Report, max_bytes: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """``(record label, record)`` for every readable record of a JSON/JSONL/CSV/TSV file."""
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        for number, line in _iter_lines(path, max_bytes, newline="\n"):
            if line is None:
                report.skip(f"{path}:{number}", f"record too large (line over max_bytes={max_bytes:,})")
                continue
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as exc:
                report.skip(f"{path}:{number}", f"malformed JSON line ({type(exc).__name__}: {exc})"[:200])
                continue
            if not isinstance(record, dict):
                report.skip(f"{path}:{number}", "JSON line is not an object")
                continue
            yield str(number), record
    elif suffix == ".json":
        try:
            data = json.loads(decode(_read_bytes(path, max_bytes)))
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None
        except json.JSONDecodeError as exc:
            raise ValueError(f"malformed JSON ({exc})") from None
        if isinstance(data, dict):
            inner = next((data[k] for k in ("articles", "records", "data", "items", "documents")
                          if isinstance(data.get(k), list)), None)
            data = inner if inner is not None else [data]
        if not isinstance(data, list):
            raise ValueError("JSON holds neither an object nor a list of objects")
        for number, record in enumerate(data, 1):
            if isinstance(record, dict):
                yield str(number), record
            else:
                report.skip(f"{path}:{number}", "JSON record is not an object")
    else:
        delimiter = "\t" if suffix == ".tsv" else ","
        csv.field_size_limit(max_bytes)
        lines = (_csv_line(path, number, line, report, max_bytes)
                 for number, line in _iter_lines(path, max_bytes))
        reader = csv.reader(lines, delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            raise ValueError("empty file") from None
        except csv.Error as exc:
            raise ValueError(f"malformed CSV header ({exc})") from None
        number = 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                number += 1
                report.skip(f"{path}:{number}", f"malformed CSV row ({exc})")
                continue
            number += 1
            if not any(v.strip() for v in values):
                continue
            if len(values) != len(header):
                report.skip(f"{path}:{number}",
                            f"malformed CSV row ({len(values)} fields, header has {len(header)})")
                continue
            yield str(number), dict(zip(header, values))


def _csv_line(path: Path, number: int, line: str | None, report: _Report, max_bytes: int) -> str:
    if line is None:
        # Numbered by line, not by row: the giant line was never parsed into a row.
        report.skip(f"{path}:{number}", f"record too large (line over max_bytes={max_bytes:,})")
        return "\n"
    return line.replace("\x00", "")


def _from_records(file: Path, root: Path, report: _Report, fields: Mapping[str, str],
                  max_bytes: int) -> Iterator[dict[str, Any]]:
    base = _doc_id(file, root)
    reported = len(report.skipped)
    found = False
    for label, record in _records(file, report, max_bytes):
        found = True
        row = _record_row(record, fields)
        text = row.get("text")
        if not isinstance(text, str) or not text.strip():
            report.skip(f"{file}:{label}", "record has no text")
            continue
        if len(text) > max_bytes:
            report.skip(f"{file}:{label}", f"record too large ({len(text):,} characters)")
            continue
        row["text"] = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n")).strip()
        row["doc_id"] = f"{base}/{row['doc_id']}" if row.get("doc_id") not in (None, "") else f"{base}/{label}"
        row["path"] = f"{_shown(file)}:{label}"
        yield row
    if not found and len(report.skipped) == reported:
        report.skip(file, "no records")
