"""Load a folder of news articles into one table, one row per article.

Formats: plain text (``.txt``), Markdown (``.md``), HTML (``.html``/``.htm``, main text by
trafilatura, which never fetches anything), and record files (``.json``, ``.jsonl``, ``.csv``,
``.tsv``) holding one article per record. A sidecar file named ``metadata.csv`` / ``.tsv`` /
``.json`` / ``.jsonl`` beside plain-text articles adds metadata keyed by file name.

Columns: ``doc_id``, ``title``, ``text`` (the body only), ``published`` (tz-naive Timestamp or
NaT), ``published_source`` (``"metadata"``, ``"inferred"`` or None), ``outlet``, ``url``,
``author``, ``path``, ``caption``, ``credit``, plus any extra scalar metadata.

Bad input never aborts a corpus: with ``errors="skip"`` (the default) each unreadable file or
record is left out and listed, with the reason, in ``df.attrs["skipped"]`` (see :func:`skipped`);
``errors="raise"`` raises :class:`CorpusError` naming the file instead.

Example::

    >>> articles = load_corpus("data/raw")                    # doctest: +SKIP
    >>> articles[["doc_id", "title", "published"]]            # doctest: +SKIP
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import stat
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import pandas as pd

from presslens.io import resolve_path

__all__ = [
    "ARTICLE_COLUMNS",
    "CorpusError",
    "corpus_files",
    "decode",
    "infer_publication_date",
    "load_corpus",
    "parse_wire_text",
    "skipped",
]

ARTICLE_COLUMNS = [
    "doc_id", "title", "text", "published", "published_source", "outlet", "url", "author",
    "path", "caption", "credit",
]
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson", ".csv", ".tsv"}
SIDECAR_NAMES = {"metadata", "_metadata", "meta"}

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


# ---------------------------------------------------------------------------------------------
# decoding

_MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive", b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable", b"RIFF": "RIFF media", b"BM": None,
}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Bytes Windows-1252 leaves undefined: text holding them is not cp1252.
_CP1252_HOLES = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Lone surrogates (from JSON "\ud800" escapes) cannot be stored as UTF-8 text, not even by pandas.
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def decode(data: bytes) -> str:
    """Text of ``data``: UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM,
    else Windows-1252. Line endings become ``\\n``.

    Raises ``ValueError`` with the reason for binary data (a known file signature, NUL bytes, or
    mostly control characters).
    """
    _check_signature(data)
    text = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data.decode(encoding, errors="replace")
            break
    if text is None:
        text = _decode_bare(data)
    if _CONTROL.search(text[:65536]):
        sample = text[:65536]
        if len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
            raise ValueError("binary content (control characters)")
        text = _CONTROL.sub("", text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_bare(data: bytes) -> str:
    if b"\x00" in data:
        # UTF-16 without a BOM puts a NUL in every other byte of ASCII text.
        even, odd = data[0::2], data[1::2]
        if len(data) % 2 == 0 and odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
            return data.decode("utf-16-le", errors="strict")
        if len(data) % 2 == 0 and even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
            return data.decode("utf-16-be", errors="strict")
        raise ValueError("binary content (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A few bad bytes among many UTF-8 characters are damage (a file cut off inside its last
        # character, a flipped byte), not another encoding: keep the text, mark or drop the damage.
        multibyte = sum(1 for _ in _UTF8_MULTIBYTE.finditer(data))
        if exc.reason == "unexpected end of data" and exc.end == len(data) and multibyte:
            return _decode_bare(data[:exc.start])
        invalid = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
        if multibyte >= 4 * invalid:
            return data.decode("utf-8", errors="replace")
        if _CP1252_HOLES.search(data):
            raise ValueError(f"undecodable bytes (not UTF-8: {exc.reason} at byte {exc.start})") from None
        return data.decode("cp1252")


def _check_signature(head: bytes) -> None:
    """Raise ``ValueError`` when ``head`` starts like a known binary format."""
    for magic, kind in _MAGIC.items():
        if kind and head.startswith(magic):
            raise ValueError(f"binary file ({kind})")


# ---------------------------------------------------------------------------------------------
# wire-style plain text


@lru_cache(maxsize=None)
def _word_list(name: str) -> frozenset[str]:
    text = resources.files("presslens").joinpath(f"data/{name}").read_text("utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip() and not w.startswith("#"))


_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_FULL_DATE = re.compile(
    rf"\b(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>(?:19|20)\d\d)\b"
    r"|\b(?P<y3>(?:19|20)\d\d)-(?P<mo3>[01]\d)-(?P<d3>[0-3]\d)\b"
)
_DATELINE = re.compile(rf"^[A-Z][A-Z .'\-]+,?\s+(?P<m>{_MONTH})\s+(?P<d>\d{{1,2}})\b.{{0,40}}?[-–—]")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_CREDIT = re.compile(r"^(?:photo|image|picture|file photo|credit)s?\s*(?::|by)\s*\S", re.I)
_CAPTION_START = re.compile(r"^(?:file photo|photo|pictured|above|top|caption)\b", re.I)
_CREDIT_SUFFIX = re.compile(r"(?:\(|\b)(?:REUTERS|AP Photo|AFP|Getty Images|EPA)(?:/[^)]*)?\)?\s*$")


def _parse_date(match: re.Match) -> date | None:
    g = match.groupdict()
    try:
        if g.get("y3"):
            return date(int(g["y3"]), int(g["mo3"]), int(g["d3"]))
        month, day, year = (g["m1"], g["d1"], g["y1"]) if g.get("y1") else (g["m2"], g["d2"], g["y2"])
        return date(int(year), _MONTHS[month[:3].lower()], int(day))
    except (ValueError, KeyError, TypeError):
        return None


def _is_credit(line: str) -> bool:
    low = line.strip().strip("()[]").strip().lower()
    if low in _word_list("corpus_credits.txt"):
        return True
    return bool(_CREDIT.match(line.strip())) or (
        len(line.split()) <= 6 and "/" in line and line.split("/")[0].strip().lower() in _word_list("corpus_credits.txt")
    )


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 30 and len(line) <= 250 and not line.rstrip().endswith((".", ":", ";", ","))


def parse_wire_text(raw: str, title_hint: str | None = None) -> dict[str, Any]:
    """Split a plain-text export into ``title``, ``caption``, ``credit`` and the body ``text``.

    The family of exports this reads: the first line is the headline (``# Title`` in Markdown),
    sometimes repeated; a photo caption and a credit line ("Reuters", "Photo: AP") may follow
    before the body; a trailing lone boilerplate line ("Tags", "Share this article") ends it.
    ``title_hint`` (e.g. from metadata) identifies a first line that is the title even when it
    ends with a period. The body is kept as the original slice of ``raw``, so its layout survives.
    """
    lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", raw) if m.group().strip()]
    title = caption = credit = None
    i = 0
    if lines:
        first = lines[0][1].strip()
        md = re.match(r"^#{1,6}\s+(.*)$", first)
        hinted = title_hint and _norm(first) == _norm(str(title_hint))
        if md or hinted or (_looks_like_headline(first) and len(lines) > 1):
            title = md.group(1).strip() if md else first
            i = 1
    # A repeated headline, then at most a few lines of caption and credit, before the body.
    while i < len(lines) and title and _norm(lines[i][1]) == _norm(title):
        i += 1
    head_end = min(len(lines), i + 4)
    for j in range(i, head_end):
        line = lines[j][1].strip()
        if _is_credit(line):
            credit = line
            caption_lines = [lines[k][1].strip() for k in range(i, j)]
            if len(caption_lines) <= 2:
                caption = " ".join(caption_lines) or None
                i = j + 1
            break
    else:
        if i < len(lines):
            line = lines[i][1].strip()
            if _CAPTION_START.match(line) or _CREDIT_SUFFIX.search(line):
                caption = line
                i += 1
    end = len(lines)
    while end > i and _norm(lines[end - 1][1]) in _word_list("corpus_boilerplate.txt"):
        end -= 1
    if i >= end:
        return {"title": title, "caption": caption, "credit": credit, "text": ""}
    start = lines[i][0] + (len(lines[i][1]) - len(lines[i][1].lstrip()))
    stop = lines[end - 1][0] + len(lines[end - 1][1].rstrip())
    return {"title": title, "caption": caption, "credit": credit, "text": raw[start:stop]}


def infer_publication_date(text: str, *, caption: str | None = None, path: str | None = None) -> date | None:
    """The publication date a plain-text article implies, or None.

    Evidence, strongest first: a dateline ("TOKYO, Oct 27 (Reuters) -"), a full date in the photo
    caption, a date in the file name, a full date in the first paragraphs. Between candidates, one
    whose weekday the lead paragraphs name ("departed on Monday") wins.
    """
    lead = text[:1500]
    candidates: list[date] = []
    if caption:
        candidates += [d for d in map(_parse_date, _FULL_DATE.finditer(caption)) if d]
    if path:
        m = re.search(r"(?<!\d)((?:19|20)\d\d)[-_.]?([01]\d)[-_.]?([0-3]\d)(?!\d)", Path(path).name)
        if m:
            try:
                candidates.append(date(int(m[1]), int(m[2]), int(m[3])))
            except ValueError:
                pass
    candidates += [d for d in map(_parse_date, _FULL_DATE.finditer(lead)) if d]
    dateline = _DATELINE.match(text)
    if dateline:
        year_hint = next((c.year for c in candidates), None)
        try:
            month = _MONTHS[dateline["m"][:3].lower()]
            if year_hint:
                candidates.insert(0, date(year_hint, month, int(dateline["d"])))
        except (ValueError, KeyError):
            pass
    if not candidates:
        return None
    named = {w.lower() for w in _WEEKDAY.findall(lead)}
    for cand in candidates:
        if _WEEKDAYS[cand.weekday()] in named:
            return cand
    return candidates[0]


# ---------------------------------------------------------------------------------------------
# files and records


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


def _size(path: Path) -> int:
    """Size of a regular file; ``ValueError`` for FIFOs, devices and sockets, which would block
    or never end if opened, and for empty files."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("not a regular file")
    if info.st_size == 0:
        raise ValueError("empty file")
    return info.st_size


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    size = _size(path)
    if size > max_bytes:
        raise ValueError(f"file too large ({size:,} bytes > max_bytes={max_bytes:,})")
    with open(path, "rb") as fh:
        return fh.read(max_bytes + 1)


def _iter_lines(path: Path, max_bytes: int, newline: str = "") -> Iterator[tuple[int, str | None]]:
    """Lines of a record file, streamed, decoded as UTF-8 (BOM tolerated); a line longer than
    ``max_bytes`` characters comes as None, without ever being held in memory whole.
    ``newline="\\n"`` ends lines at ``\\n`` only (JSON Lines: a stray ``\\r`` is no record break);
    ``""`` also at ``\\r`` (CSV)."""
    ends = ("\n",) if newline == "\n" else ("\n", "\r")
    _size(path)
    with open(path, "rb") as fh:
        head = fh.read(4096)
        _check_signature(head)
        encoding = "utf-16" if head[:2] in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"
        fh.seek(0)
        stream = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline=newline)
        number = 0
        while line := stream.readline(max_bytes + 1):
            number += 1
            if len(line) > max_bytes:
                while line and not line.endswith(ends):
                    line = stream.readline(1 << 20)
                yield number, None
            else:
                yield number, line


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


def _walk(root: Path, report: _Report) -> Iterator[Path]:
    """Files below ``root`` in a stable order, never leaving ``root`` through a link."""
    real_root = root.resolve()
    for folder, dirs, files in os.walk(root, followlinks=False, onerror=lambda e: report.skip(
            e.filename or root, f"unreadable folder ({e.strerror})")):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder) / name
            if path.is_symlink() and not _inside(path, real_root, report, strict=True,
                                                 outside="symbolic link points outside the corpus folder"):
                continue
            yield path


def _inside(path: Path, real_root: Path, report: _Report, *, strict: bool, outside: str) -> bool:
    """Whether ``path``, links followed, lies inside ``real_root``; if not, the skip is recorded."""
    try:
        real = path.resolve(strict=strict)
    except (OSError, RuntimeError):
        report.skip(path, "broken or looping symbolic link")
        return False
    if not real.is_relative_to(real_root):
        report.skip(path, outside)
        return False
    return True


def _doc_id(path: Path, root: Path) -> str:
    rel = path.relative_to(root) if path != root and path.is_relative_to(root) else Path(path.name)
    return _shown(rel.with_suffix("").as_posix())


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


def corpus_files(path: str | os.PathLike | None = None) -> list[Path]:
    """The files :func:`load_corpus` reads under ``path``, in its order (for reading a large
    corpus in batches with ``load_corpus(path, files=batch)``)."""
    root = resolve_path(path)
    return list(_walk(root, _Report("skip"))) if root.is_dir() else [root]


def _within(root: Path, files: Iterable[str | os.PathLike], report: _Report) -> Iterator[Path]:
    real_root = root.resolve()
    for name in files:
        file = Path(name)
        if _inside(file, real_root, report, strict=False, outside="not inside the corpus folder"):
            yield file


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


def _from_html(raw: str) -> dict[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None:
        raise ValueError("no main text found in the HTML")
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    title, text = get("title"), (get("text") or "").strip()
    first, _, rest = text.partition("\n")
    if title and _norm(first) == _norm(title):
        text = rest.strip()
    return {"title": title, "text": text, "published": get("date"),
            "author": get("author"), "outlet": get("sitename"), "url": get("url"),
            "caption": None, "credit": None}


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
