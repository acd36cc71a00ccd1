"""One table from a folder of articles: each file goes to the reader of its family (chosen by
extension, the layout by content), then dates are filled in, exact duplicates dropped and near
duplicates marked."""

from __future__ import annotations

import bz2
import gzip
import lzma
import numbers
import os
import re
import warnings
import zlib
from datetime import date
from functools import lru_cache, partial
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping

import pandas as pd

from presslens.corpus import archive, documents, factiva, nexis, proquest, records, tables, warc
from presslens.corpus.duplicates import exact_duplicates, near_duplicates
from presslens.corpus.decoding import _mojibake_note, declared_charset, repair_mojibake
from presslens.corpus.html import HTML_SUFFIXES, MHTML_SUFFIXES, _from_html, block_text, mhtml_page, with_address
from presslens.corpus.metadata import _folder_sidecar, _HoldsArticles, _sidecar_file, is_sidecar, unmatched
from presslens.corpus.outlets import outlet_variants, read_outlets
from presslens.corpus.records import RECORD_SUFFIXES
from presslens.corpus.skips import CorpusError, _Report
from presslens.corpus.source import Source, file_type, single, title_hint
from presslens.corpus.walk import _walk, _within
from presslens.corpus.wire import TEXT_SUFFIXES, first_date, infer_publication_date, parse_wire_text
from presslens.datafiles import data_rows
from presslens.dates import NUMERIC_DAY, day_order_unsure, number_as_timestamp, puts_day_first
from presslens.io import resolve_path
from presslens.missing import NO_OUTLET, missing_key

__all__ = ["ARTICLE_COLUMNS", "NO_OUTLET", "fill_dates", "load_corpus", "missing_key"]

ARTICLE_COLUMNS = [
    "doc_id", "title", "text", "published", "published_source", "updated", "outlet", "outlet_source",
    "url", "author", "path", "caption", "credit", "section", "word_count", "source_id", "record", "format",
    "encoding", "repairs", "duplicate_of",
]
DUPLICATES = ("keep", "mark", "drop")
MOJIBAKE = ("repair", "keep")


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
    near_duplicates: str = "mark",
    near_threshold: float = 0.8,
    mojibake: str = "repair",
    outlets: str | os.PathLike | Mapping[str, str] | None = None,
    day_first: bool | None = None,
) -> pd.DataFrame:
    """Read every article under ``path`` (a file or a folder, recursively; default: ``data/raw`` of the
    study or checkout holding the current folder, in the checkout the embedded sample; an installed
    package holds no sample).

    ``publication_date`` overrides every article's date (``published_source`` becomes
    ``"metadata"``); one that is no date raises ``ValueError``, a blank one is none. ``fields``
    maps column names to record field names, e.g. ``{"text": "body", "published": "date"}``.
    ``metadata`` is a sidecar file or a mapping from file name to metadata, used instead of a
    ``metadata.*`` file found in the folder.
    ``max_bytes`` caps one file (and one record). Exact duplicate texts are dropped; their count is
    in ``df.attrs["duplicates"]`` and each is listed in the skip report.

    ``near_duplicates``: what to do with articles whose word 5-grams overlap an earlier article's
    by at least ``near_threshold`` (estimated Jaccard, MinHash; see
    :mod:`presslens.corpus.duplicates`): ``"mark"`` (default) sets ``duplicate_of`` to that
    article's doc_id, ``"drop"`` also leaves them out (listed in the skip report), ``"keep"``
    does not look for them.

    ``mojibake``: ``"repair"`` (default) mends text that was decoded in the wrong encoding once and
    saved again ("PeÃ±a Nieto", "donâ€™t") in the title, text, caption, author and credit, where
    ftfy's measure finds it (:func:`presslens.corpus.decoding.repair_mojibake`), and says so in
    ``repairs`` ("mojibake repaired: 3 characters"); ``"keep"`` leaves the text as decoded.

    ``outlets``: the names to give outlets written under other names, as a mapping ``{"Brackwater
    Herald": "The Brackwater Herald", "brackwaterherald.com": "The Brackwater Herald"}`` or a file
    of one (a CSV of two columns, the name as written and the outlet, or a JSON object); the name as
    written is kept in ``outlet_as_written``. Outlet names that still differ only by a leading "The",
    case, punctuation or being the outlet's domain are named in a warning and in
    ``df.attrs["outlet_variants"]``: one outlet or two is the researcher's call, never guessed.

    ``day_first``: how dates written in numbers ("03/04/2031") are read. ``None`` (default) decides per
    file of many articles: day first where one of its dates opens with a number above 12 (25/04/2031) and
    none has one in second place, else month first; a file whose dates never settle it (every number 12 or
    less) is read month first, named in a warning and noted in its rows' ``repairs``. ``True`` reads every
    such date day first, ``False`` month first (dates with points, 25.12.2024, are always day first).

    ``files`` reads only those files of the folder ``path`` (a batch of :func:`corpus_files`, as
    a Dask run does), with the doc_ids and sidecar metadata a whole-folder load gives them.
    """
    if errors not in ("skip", "raise"):
        raise ValueError("errors must be 'skip' or 'raise'")
    if near_duplicates not in DUPLICATES:
        raise ValueError(f"near_duplicates must be one of {', '.join(DUPLICATES)}")
    if mojibake not in MOJIBAKE:
        raise ValueError(f"mojibake must be one of {', '.join(MOJIBAKE)}")
    if day_first not in (None, True, False):
        raise ValueError(f"day_first must be True, False or None, not {day_first!r}")
    if path is not None and not isinstance(path, (str, os.PathLike)):
        raise TypeError(f"load_corpus reads files: path must be a file or folder of articles, not "
                        f"{type(path).__name__}. A table of articles you already hold needs no loading: give "
                        f"it the columns doc_id and text and pass it to split_sentences, extract_quotes or analyse")
    if path is not None and str(path) == "":
        # Empty (an unset variable, a blank cell) is no request for the embedded sample, which None is.
        raise ValueError("load_corpus: the path is empty; give a file or folder of articles "
                         "(path=None reads the embedded sample)")
    if isinstance(publication_date, str) and not publication_date.strip():
        publication_date = None                 # a blank parameter, as `presslens run` takes it
    if publication_date is not None and pd.isna(_to_timestamp(publication_date)):
        raise ValueError(f"load_corpus: publication_date {publication_date!r} is no date it can read; write it "
                         "as YYYY-MM-DD, e.g. 2026-12-07")
    report = _Report(errors)
    fields = dict(fields or {})
    renames = read_outlets(outlets) if outlets is not None else None
    root = resolve_path(path)
    if not root.exists():
        # A relative path is tried from the current folder, then from the project root: name both.
        here = Path.cwd() / Path(path).expanduser() if path is not None else root
        tried = f" nor at {here}" if here != root else ""
        raise FileNotFoundError(f"no corpus at {root}{tried} (give a file or a folder of articles)")
    folder = root if root.is_dir() else root.parent
    real_root = Path(os.path.realpath(folder))
    given: tuple[Path | None, dict[str, dict]] | None = None
    if isinstance(metadata, Mapping):
        given = (None, {Path(str(k)).stem: dict(v) for k, v in metadata.items()})
    elif metadata is not None:
        given = _sidecar_file(resolve_path(metadata), report, max_bytes, None)
    sidecars: dict[Path, tuple[Path | None, dict[str, dict]]] = {}
    whole = files is None and root.is_dir()
    if files is not None:
        files = _within(root, files, report)
    else:
        files = _walk(root, report) if root.is_dir() else iter([root])
    rows: list[dict[str, Any]] = []
    for file in files:
        sidecar_path, sidecar = given or _folder_sidecar(file.parent, folder, real_root, sidecars, report, max_bytes)
        if sidecar_path is not None and file == sidecar_path:
            continue
        report.kind = file_type(file)
        read = reader(file)
        meta = sidecar.get(file.stem) or sidecar.get(file.name) or {}
        if read is None:
            report.skip(file, _unsupported(file))
            continue
        # An archive's members and a compressed file's inner file are keyed by their own names.
        if read is _read_archive:
            read = partial(read, sidecar=sidecar, inside=given is None)
        elif read is _read_compressed:
            read = partial(read, sidecar=sidecar)
        src = Source(file, folder, real_root, report, fields, max_bytes, meta, mojibake=mojibake)
        for row in _articles(read, src):
            rows.append(_utf8(_without_mojibake(row) if mojibake == "repair" else row))
    if whole:
        # Only a whole folder's load knows every file a sidecar could name (a batch or one file holds some).
        for sidecar_path, table in {id(t): (p, t) for p, t in [given or (None, {}), *sidecars.values()]}.values():
            if sidecar_path is not None and (reason := unmatched(table)) is not None:
                report.kind = file_type(sidecar_path)
                report.skip(sidecar_path, reason)
    report.kind = None
    return _finish(rows, report, publication_date, drop_duplicates, near_duplicates, near_threshold, renames,
                   day_first)


def _articles(read: Callable[[Source], Iterator[dict[str, Any]]], src: Source) -> Iterator[dict[str, Any]]:
    """The rows ``read`` gives of ``src``; a fault in the file ends it, with a row in the skip report."""
    try:
        # A reader yields its articles one by one: those before a fault in the file are kept.
        yield from read(src)
    except CorpusError:
        raise
    except (OSError, ValueError, RecursionError, UnicodeError) as exc:
        src.report.skip(src.file, str(exc) if not isinstance(exc, OSError) else f"unreadable ({exc.strerror})")


def _read_archive(src: Source, sidecar: Mapping[str, dict] | None = None,
                  inside: bool = True) -> Iterator[dict[str, Any]]:
    """The articles of the files of an archive (:mod:`presslens.corpus.archive`), each read by the
    reader of its kind; a member no reader takes, or one it cannot read, is in the skip report
    under the archive's path and its own (``nexis_2031.zip/Files/Story_1.docx``). ``sidecar``:
    the metadata file beside the archive (keyed by member names), as a folder's applies to its
    files; a ``metadata.csv`` inside the archive applies to its folder there and those below it,
    nearer than the one beside. ``inside=False``: metadata given to :func:`load_corpus`, used
    instead of any inside (which is read as a record file, as in a folder)."""
    inner: dict[Path, tuple[Path, dict[str, dict]]] = {}
    try:
        for path, data in archive.members(src, wanted=lambda path: is_sidecar(path.name)) if inside else ():
            if path.parent not in inner:
                found = _member_sidecar(path, data, src)
                if found is not None:
                    inner[path.parent] = found
    except ValueError:
        pass            # a damaged archive: the pass over its members below says so, keeping those before
    read_as_sidecar = {found[0] for found in inner.values()}
    for path, data in archive.members(src):
        if path in read_as_sidecar:
            continue
        table = _nearest(path.parent, src.file, inner, sidecar or {})
        yield from _member(path, data, src, table.get(path.stem) or table.get(path.name) or {}, table)


def _member_sidecar(path: Path, data: bytes, src: Source) -> tuple[Path, dict[str, dict]] | None:
    """The sidecar metadata of the archive member ``path``: its table, or None for a file named
    like a sidecar that holds articles (read as records)."""
    own = _Report("skip")
    try:
        found = _sidecar_file(path, own, src.max_bytes, None, articles=False, data=data)
    except _HoldsArticles:
        return None
    except (OSError, ValueError) as exc:
        src.report.skip(path, f"unreadable metadata sidecar ({exc})")
        return path, {}
    for entry in own.skipped:
        src.report.skip(entry["path"], entry["reason"])
    return found


def _nearest(folder: Path, top: Path, inner: Mapping[Path, tuple[Path, dict[str, dict]]],
             outer: Mapping[str, dict]) -> Mapping[str, dict]:
    """The sidecar table that applies in ``folder`` of the archive ``top``: the nearest inside it
    (its own folder's, else one above), else ``outer``."""
    while folder not in inner and folder != top and folder.is_relative_to(top):
        folder = folder.parent
    return inner[folder][1] if folder in inner else outer


def _member(path: Path, data: bytes, src: Source, meta: Mapping[str, Any],
            sidecar: Mapping[str, dict] | None = None) -> Iterator[dict[str, Any]]:
    """The articles of ``data``, the file ``path`` inside the archive or compressed file ``src``."""
    src.report.kind = file_type(path)
    read = reader(path)
    if read is None:
        src.report.skip(path, _unsupported(path))
        return
    if read in (_read_archive, _read_compressed):
        read = partial(read, sidecar=sidecar)
    yield from _articles(read, Source(path, src.root, src.real_root, src.report, src.fields, src.max_bytes,
                                      meta, data=data, mojibake=src.mojibake))


def _read_compressed(src: Source, sidecar: Mapping[str, dict] | None = None) -> Iterator[dict[str, Any]]:
    """A compressed file of one article file (``quay.txt.gz``, ``export.csv.xz``), unpacked in
    memory and read by the reader of the file inside, named as gunzip names it: its path and
    doc_id are the compressed file's with that name after it (``quay.txt.gz/quay.txt``, doc_id
    ``quay.txt.gz/quay``), as an archive's members. An archive or compressed file inside, or
    one unpacking to more than ``max_bytes``, is not read."""
    suffix = src.file.suffix.lower()
    kind, _ = _COMPRESSED[suffix]
    name = src.file.name[:-len(suffix)]
    inner = src.file / name
    if archive.archive_kind(name) is not None or Path(name).suffix.lower() in {"", *_COMPRESSED}:
        raise ValueError(_unsupported(src.file))
    if reader(inner) is None:
        raise ValueError(f"{_unsupported(inner)} ({kind}-compressed)")
    try:
        with src.open() as fh, _OPENERS[suffix](fh) as unpacked:
            data = unpacked.read(src.max_bytes + 1)
    except (EOFError, OSError, zlib.error, lzma.LZMAError) as exc:
        raise ValueError(f"unreadable {kind}-compressed file ({type(exc).__name__}: {exc})"[:300]) from None
    if len(data) > src.max_bytes:
        raise ValueError(f"unpacks to more than max_bytes={src.max_bytes:,} bytes (a {kind} bomb guard): "
                         f"not read; decompress it or raise max_bytes")
    if not data:
        raise ValueError("empty file")
    meta = src.meta or (sidecar or {}).get(inner.stem) or {}
    yield from _member(inner, data, src, meta)


# Compressors of one file each, and the command that gives the file back: its reader then reads it.
_COMPRESSED = {".gz": ("gzip", "gunzip"), ".bz2": ("bzip2", "bunzip2"), ".xz": ("xz", "unxz")}
_OPENERS = {".gz": lambda fh: gzip.GzipFile(fileobj=fh), ".bz2": bz2.BZ2File, ".xz": lzma.LZMAFile}


def _unsupported(file: Path) -> str:
    """Why no reader takes ``file``: a compressed file (a desk's article.txt.gz, an export.csv.gz) is
    said to be one, with the command that unpacks it, and a file type researchers bring that holds
    no article (a database's citation list, Word 97's .doc) what it is and what to do
    (``data/corpus_unread_types.tsv``), rather than a file type presslens cannot read."""
    suffix = file.suffix.lower()
    if suffix in _COMPRESSED:
        kind, command = _COMPRESSED[suffix]
        return f"{kind}-compressed file: not read; decompress it first ({command} {file.name} gives {file.stem})"
    if suffix in _unread_types():
        return _unread_types()[suffix].replace("{name}", file.name)
    return f"unsupported file type {suffix or '(none)'}"


@lru_cache(maxsize=1)
def _unread_types() -> dict[str, str]:
    """Suffix -> the skip report's reason, from ``data/corpus_unread_types.tsv``."""
    return {suffix: reason for suffix, reason in data_rows("corpus_unread_types.tsv")}


def _one_kind(values: pd.Series) -> pd.Series:
    """A column as read, or its values as text where records give it values of several kinds (a
    page 3 in one record, "A1" in another): Arrow, and so ``to_parquet``, takes one kind per column."""
    kinds = {"number" if isinstance(v, (int, float)) and not isinstance(v, bool) else type(v)
             for v in values if not _missing(v)}
    if len(kinds) < 2:
        return values
    return values.map(lambda v: v if _missing(v) else str(v))


def _missing(value: Any) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or isinstance(value, float) and value != value


def reader(file: Path) -> Callable[[Source], Iterator[dict[str, Any]]] | None:
    """The reader of ``file``, chosen by its extension (the readers sniff the content to tell
    apart layouts sharing one: a Nexis or ProQuest text export from a plain article, Factiva HTML
    from a web page); None for files no reader takes."""
    suffix = file.suffix.lower()
    if warc.is_warc(file.name):
        return warc.read
    if archive.archive_kind(file.name) is not None:
        return _read_archive
    if suffix in _COMPRESSED:
        return _read_compressed
    if suffix in tables.TABLE_SUFFIXES:
        return tables.read
    if suffix in documents.DOCUMENT_SUFFIXES:
        return getattr(documents, f"read_{suffix[1:]}")
    if suffix == ".doc":
        return _read_doc
    if suffix in TEXT_SUFFIXES:
        return _read_text
    if suffix in HTML_SUFFIXES:
        return _read_html
    if suffix in MHTML_SUFFIXES:
        return _read_mhtml
    if suffix in RECORD_SUFFIXES:
        return records.read
    return None


# A citation list saved under a text suffix (a RIS download renamed .txt) opens with its first
# record's type tag: RIS "TY  - NEWS", EndNote "%0 Newspaper Article".
_CITATIONS = ((re.compile(r"\s*TY {1,2}- "), ".ris"), (re.compile(r"\s*%0 "), ".enw"))


def _read_text(src: Source) -> Iterator[dict[str, Any]]:
    if _is_page(_head(src)):
        # A web page saved under a text suffix (a download tool's story.txt): its words, not its markup.
        yield from _read_html(src)
        return
    raw, encoding = src.read_text()
    cited = next((suffix for pattern, suffix in _CITATIONS if pattern.match(raw)), None)
    if cited is not None:
        raise ValueError(_unread_types()[cited].replace("{name}", src.file.name))
    if records.tab_table(raw, src.fields):
        del raw                         # read again row by row, as a .tsv
        yield from records.read_tab_text(src, f"{file_type(src.file)} (tab-separated)")
    elif nexis.looks_like(raw):
        yield from nexis.read(src, raw, encoding, f"{file_type(src.file)} (nexis)")
    elif proquest.looks_like(raw):
        yield from proquest.read(src, raw, encoding, f"{file_type(src.file)} (proquest)")
    elif factiva.looks_like(raw):
        yield from factiva.read(src, raw, encoding, f"{file_type(src.file)} (factiva)")
    elif nexis.cover_only(raw):
        raise ValueError(nexis.COVER_ONLY)
    else:
        row = parse_wire_text(raw, title_hint=title_hint(src))
        del raw                         # the body is a slice of it: hold one copy, not two
        yield single(src, row, encoding, file_type(src.file))


def _read_doc(src: Source) -> Iterator[dict[str, Any]]:
    """A ``.doc`` that is RTF or HTML inside (what many export tools, and Word's own "Save as", name
    .doc) read as such; a Word 97-2003 binary document is skipped with what to do."""
    head = _head(src)
    if head.startswith(b"{\\rtf"):
        yield from documents.read_rtf(src)
    elif _is_page(head):
        yield from _read_html(src)
    else:
        raise ValueError(_unread_types()[".doc"].replace("{name}", src.file.name))


def _head(src: Source) -> bytes:
    """The first 1 KB of ``src``, past a UTF-8 byte-order mark and white space."""
    with src.open() as fh:
        return fh.read(1024).lstrip(b"\xef\xbb\xbf \t\r\n")


def _is_page(head: bytes) -> bool:
    """Whether a file whose first 1 KB is ``head`` (:func:`_head`), whatever its suffix, is a web page: it
    opens with markup, an ``<html>``, ``<body>`` or doctype among those bytes."""
    return head.startswith(b"<") and re.search(rb"<(?:html|body|!doctype html)", head, re.I) is not None


def _read_html(src: Source) -> Iterator[dict[str, Any]]:
    data = src.read_bytes()
    raw, encoding = src.read_page([data], declared_charset(data[:4096]))
    if factiva.looks_like_html(raw):
        yield from factiva.read_html(src, raw, encoding)
    elif proquest.looks_like_html(raw):
        yield from proquest.read_html(src, raw, encoding)
    elif nexis.looks_like_html(raw):
        yield from nexis.read(src, block_text(raw), encoding, "html (nexis)")
    else:
        yield single(src, _from_html(raw), encoding, file_type(src.file))


def _read_mhtml(src: Source) -> Iterator[dict[str, Any]]:
    html, url, saved, charset = mhtml_page(src.read_bytes())
    raw, encoding = src.read_page([html], declared_charset(html[:4096], charset))
    yield single(src, with_address(_from_html(raw), url, saved), encoding, file_type(src.file))


# The columns a person reads, where mojibake hides names ("PeÃ±a Nieto" is no name to find).
_READ_COLUMNS = ("title", "text", "caption", "author", "credit")


def _without_mojibake(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with the mojibake of its read columns repaired, counted in ``repairs``."""
    repaired = 0
    for column in _READ_COLUMNS:
        if isinstance(row.get(column), str):
            row[column], count = repair_mojibake(row[column])
            repaired += count
    if repaired:
        row["repairs"] = "; ".join(filter(None, [row.get("repairs"), _mojibake_note(repaired)]))
    return row


def _utf8(row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with its text as UTF-8 bytes until the text column is built: every text of the
    corpus is held till then, and a str with one character beyond Latin-1 (a curly quote) takes
    two or four bytes for every character. A text with a lone surrogate stays a str."""
    text = row.get("text")
    if isinstance(text, str):
        try:
            row["text"] = text.encode("utf-8")
        except UnicodeEncodeError:
            pass
    return row


def _str(text: Any) -> Any:
    return text.decode("utf-8") if isinstance(text, bytes) else text


def _bytes(text: str | bytes) -> bytes:
    """``text`` as UTF-8 bytes (the loader's held bytes as they are)."""
    return text if isinstance(text, bytes) else text.encode("utf-8")


# A number written as text (a CSV field, a JSON string) that no other date form is, a spreadsheet's
# serial day (20000 to 79999) or Unix time of nine digits or more (pandas reads a year or YYYYMMDD,
# and these as nothing): read as the number is (presslens.dates).
_NUMBER_TEXT = re.compile(r"\s*(?:[2-7]\d{4}|\d{9,})(?:\.\d*)?\s*")


def _record_file(row: dict[str, Any]) -> str | None:
    """The path of the file a record's row was read from (its ``path`` less the record's own part
    and the mark before it), or None for an article of a file of its own."""
    record = row.get("record")
    return None if record is None else row["path"][:-len(record) - 1]


def _day_orders(rows: list[dict[str, Any]]) -> tuple[set[str], dict[str, str]]:
    """Of the files of many articles, those whose dates in numbers put the day first
    (:func:`presslens.dates.puts_day_first`), and those whose dates could put the day or the month first,
    none settling it, each with its first such date (:func:`presslens.dates.day_order_unsure`); the
    rows grouped by file once for both."""
    published: dict[str, list] = {}
    for row in rows:
        if (file := _record_file(row)) is not None:
            published.setdefault(file, []).append(row.get("published"))
    day_first = {file for file, values in published.items() if puts_day_first(values)}
    unsure = {file: example for file, values in published.items() if (example := day_order_unsure(values))}
    return day_first, unsure


def _to_timestamp(value: Any, day_first: bool = False) -> pd.Timestamp:
    """``value`` as a tz-naive Timestamp (its time of day where it was written, where it has a
    zone), NaT if it is none. A date in numbers is read month first where pandas can, unless
    ``day_first`` or written with points (25.12.2024: no house style puts the month first there)."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value == "":
        return pd.NaT
    written = value if isinstance(value, str) else None
    if isinstance(value, str) and _NUMBER_TEXT.fullmatch(value):
        value, written = float(value), None
    numeric_day = NUMERIC_DAY.match(value) if isinstance(value, str) else None
    try:
        if numeric_day and (day_first or numeric_day[2] == "."):
            ts = pd.to_datetime(value, dayfirst=True)
        elif not isinstance(value, numbers.Real) or isinstance(value, bool):
            ts = pd.Timestamp(value)
        else:  # 20251027 is that day; another number Unix seconds
            ts = number_as_timestamp(value)
    except (ValueError, TypeError, OverflowError):
        ts = pd.to_datetime(str(value), errors="coerce", format="mixed")
    if (ts is pd.NaT or pd.isna(ts)) and isinstance(value, str):
        # Words around the date or a zone's abbreviation pandas does not read ("Monday, March 4,
        # 2024 - 11:30pm EST", "March 4, 2024 at 11:30 p.m. ET"): the day it writes, as in a Nexis date line.
        day = first_date(value)
        if day is None and numeric_day and numeric_day.end() < len(value):
            # "12/31/2024 11pm EST": the day in numbers, read alone as such a day is
            return _to_timestamp(numeric_day.group().strip(), day_first)
        ts = pd.Timestamp(day) if day is not None else pd.NaT
    if ts is pd.NaT or pd.isna(ts):
        return pd.NaT
    if written is not None and not _writes_year(written, ts.year):
        # "Dec 7th" is 7 December of the year 1 to pandas, "10:00 AM" today: no date of the article.
        return pd.NaT
    if ts.tzinfo is not None:
        # The article's own day, which its "yesterday" and "on Monday" count from: 22:15 in New York
        # (-05:00) is 03:15 the next day in UTC. A web page's date (htmldate) and publication_date
        # (study.check_date) are read so too.
        ts = ts.tz_localize(None)
    return ts


def _writes_year(text: str, year: int) -> bool:
    """Whether the date field ``text``, read as a day of ``year``, writes that year: in four digits
    (also inside 20261207) or in two not part of a time of day (7-Dec-26, 25/12/26). pandas gives a
    field without one the year 1 ("Dec 7th") or, holding no day either ("10:00 AM"), today's date."""
    return year != 1 and (str(year) in text or re.search(rf"(?<![\d:]){year % 100:02d}(?![\d:])", text) is not None)


def _skip(report: _Report, row: Mapping[str, Any], reason: str) -> None:
    kind = row.get("format")
    report.kind = kind.split(" ")[0] if isinstance(kind, str) else None
    report.skip(row["path"], reason)
    report.kind = None


def fill_dates(articles: pd.DataFrame, publication_date: str | date | None) -> pd.DataFrame:
    """``articles`` with ``publication_date`` as the date of those that carry none (their
    ``published_source`` becomes ``"parameter"``); dated articles keep theirs. In place; returned.

    >>> fill_dates(load_corpus("undated/"), "2025-10-27").published_source.unique()  # doctest: +SKIP
    array(['parameter'], dtype=object)
    """
    if publication_date is None or not len(articles):
        return articles
    undated = articles["published"].isna()
    articles.loc[undated, "published"] = _to_timestamp(publication_date)
    articles.loc[undated, "published_source"] = "parameter"
    return articles


def text_column(texts: list[str | bytes]) -> Any:
    """``texts`` (str, or their UTF-8 bytes) as one pandas string column, built in a buffer of
    exactly the UTF-8 size; the list is emptied along the way (each text let go once copied).

    ``pd.DataFrame(rows)`` grows Arrow's buffer by doubling, and the default allocator
    (mimalloc) keeps what it outgrew: about four times the text, kept for the whole run.
    """
    import numpy as np
    import pyarrow as pa

    try:
        sizes = np.fromiter((len(_bytes(t)) for t in texts), dtype=np.int64, count=len(texts))
    except (UnicodeEncodeError, AttributeError):  # a lone surrogate, or not all str: pandas decides
        return pd.array([_str(t) for t in texts], dtype="str")
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.cumsum(sizes, out=offsets[1:])
    data = np.empty(int(offsets[-1]), dtype=np.uint8)
    for i, (begin, end) in enumerate(zip(offsets[:-1].tolist(), offsets[1:].tolist())):
        data[begin:end] = np.frombuffer(_bytes(texts[i]), dtype=np.uint8)
        texts[i] = None
    array = pa.LargeStringArray.from_buffers(len(sizes), pa.py_buffer(offsets), pa.py_buffer(data))
    return pd.array(array, dtype="str")


def _warn_unread_dates(unread: list[tuple[str, str]]) -> None:
    """One warning, to load_corpus's caller, naming the articles (``(doc_id, date field)``, the first
    three) whose date field is no date :func:`_to_timestamp` reads, and how to give one."""
    shown = ", ".join(f"{d!r} ({v[:60]!r})" for d, v in unread[:3]) + (" ..." if len(unread) > 3 else "")
    warnings.warn(f"load_corpus: {len(unread)} article(s) have a date field that is no date it can read: "
                  f"{shown}; they are dated from their text where it gives a date, else undated. Give dates "
                  f"as YYYY-MM-DD, or publication_date=", stacklevel=4)


def _finish(rows: list[dict[str, Any]], report: _Report, publication_date: Any,
            drop_duplicates: bool, near: str = "mark", threshold: float = 0.8,
            outlets: Mapping[str, str] | None = None, day_order: bool | None = None) -> pd.DataFrame:
    override = _to_timestamp(publication_date) if publication_date is not None else None
    day_first, unsure = _day_orders(rows) if override is None and day_order is None else (set(), {})
    unread: list[tuple[str, str]] = []
    for row in rows:
        row.setdefault("caption", None)
        row.setdefault("credit", None)
        # Readers that know where the outlet came from say so (web pages); otherwise it is the
        # metadata's own field (a record, a sidecar, a database export).
        row.setdefault("outlet_source", "metadata" if row.get("outlet") not in (None, "") else None)
        file = _record_file(row)
        published = _to_timestamp(row.get("published"), file in day_first if day_order is None else day_order)
        if (example := unsure.get(file)) is not None and published is not pd.NaT:
            note = f"day order unsure ({example!r}): read month first"
            row["repairs"] = "; ".join(filter(None, [row.get("repairs"), note]))
        source = "metadata" if published is not pd.NaT else None
        if published is pd.NaT and override is None and isinstance(row.get("published"), str) \
                and row["published"].strip():
            unread.append((row["doc_id"], row["published"]))
            # said in the row too: `presslens run` reads the corpus with warnings silenced
            note = f"date field not read: {row['published'][:60]!r}"
            row["repairs"] = "; ".join(filter(None, [row.get("repairs"), note]))
        if override is not None:
            published, source = override, "metadata"
        elif published is pd.NaT:
            guess = infer_publication_date(_str(row["text"]), caption=row.get("caption"), path=row.get("path"))
            if guess is not None:
                published, source = pd.Timestamp(guess), "inferred"
            elif row.get("crawl_date"):
                # A web archive's capture time: later than publication, so only a last resort.
                published, source = _to_timestamp(row["crawl_date"]), "crawl"
        row["published"], row["published_source"] = published, source
    if outlets is not None:
        for row in rows:
            row["outlet_as_written"] = row.get("outlet")
            if isinstance(row.get("outlet"), str) and row["outlet"].strip() in outlets:
                row["outlet"] = outlets[row["outlet"].strip()]
    variants = outlet_variants(row.get("outlet") for row in rows)
    if variants:
        shown = "; ".join(" / ".join(f"{name!r} ({n})" for name, n in group) for group in variants[:5])
        warnings.warn(f"load_corpus: outlet names that may be one outlet: {shown}{' ...' * (len(variants) > 5)}; "
                      f"they are counted apart. To count them as one, give outlets= a mapping or file of "
                      f"{{name as written: outlet}}", stacklevel=3)
    if unread:
        _warn_unread_dates(unread)
    if unsure:
        shown = ", ".join(f"{Path(file).name} ({example!r})" for file, example in list(unsure.items())[:3])
        warnings.warn(f"load_corpus: {len(unsure)} file(s) write dates in numbers whose day and month could be "
                      f"either way round and none settles it: {shown}{' ...' * (len(unsure) > 3)}; they are read "
                      f"month first. Give day_first=True (presslens run --day-first) if they put the day first",
                      stacklevel=3)
    # Duplicates are found on the rows' own strings: once in a DataFrame (pandas 3 stores text
    # in Arrow buffers), each pass over the column would copy every text back out.
    duplicates = 0
    if drop_duplicates:
        first = exact_duplicates([row["text"] for row in rows], [row["doc_id"] for row in rows])
        for row, kept in zip(rows, first):
            if kept is not None:
                _skip(report, row, f"exact duplicate of {kept}")
        duplicates = sum(kept is not None for kept in first)
        rows = [row for row, kept in zip(rows, first) if kept is None]
    # Two files or records may share an id; a suffix keeps every doc_id unique and stable.
    seen: dict[str, int] = {}
    for row in rows:
        seen[row["doc_id"]] = seen.get(row["doc_id"], 0) + 1
        if seen[row["doc_id"]] > 1:
            row["doc_id"] = f"{row['doc_id']}#{seen[row['doc_id']]}"
    if near != "keep":
        marks = near_duplicates([row["text"] for row in rows], [row["doc_id"] for row in rows], threshold)
        for row, kept in zip(rows, marks):
            row["duplicate_of"] = kept
            if near == "drop" and kept is not None:
                _skip(report, row, f"near duplicate of {kept}")
        if near == "drop":
            rows = [row for row in rows if row["duplicate_of"] is None]
    texts = [row.pop("text", None) for row in rows]
    df = pd.DataFrame(rows)
    df["text"] = text_column(texts) if rows else pd.Series(dtype="str")
    del rows
    for col in ARTICLE_COLUMNS:
        if col not in df.columns:
            df[col] = None
    extra = [c for c in df.columns if c not in ARTICLE_COLUMNS]
    df = df[ARTICLE_COLUMNS + extra]
    df["published"] = pd.to_datetime(df["published"], errors="coerce")
    df["updated"] = pd.to_datetime(df["updated"].map(_to_timestamp), errors="coerce")
    df["word_count"] = pd.to_numeric(df["word_count"], errors="coerce").astype("Int64")
    for col in df.columns[df.dtypes == object]:
        df[col] = _one_kind(df[col])
    df = df.reset_index(drop=True)
    # JSON-serialisable attrs (records and an int), which pandas writes into Parquet metadata.
    df.attrs["skipped"] = report.skipped
    df.attrs["duplicates"] = duplicates
    if variants:
        df.attrs["outlet_variants"] = [[name for name, _ in group] for group in variants]
    return df
