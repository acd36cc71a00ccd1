"""Web archives (``.warc``, ``.warc.gz``, and ``.arc``): records streamed by warcio, never the
whole file in memory. Each ``response`` record holding HTML becomes an article, its main text by
trafilatura as for ``.html`` files; ``WARC-Target-URI`` is the ``url`` and its host the outlet
when the page names none; ``WARC-Date`` (the crawl time) is the date only when neither the page
nor its text gives one (``published_source`` "crawl").

Records are named by their byte offset in the file (``record``), so each article traces back.
A response that is not HTML (an image, a PDF), not a success (a redirect), cut off by the file's end
or without main text is named in the skip report, and so is a file cut inside another record;
request, metadata and warcinfo records hold no documents and are passed over.
"""

from __future__ import annotations

from typing import Any, Iterator

from presslens.corpus.decoding import declared_charset
from presslens.corpus.html import _from_html, with_address
from presslens.corpus.skips import CorpusError
from presslens.corpus.source import Source

__all__ = ["WARC_SUFFIXES", "is_warc", "read"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# How a web archive begins: a WARC record, an ARC file's first record, or gzip around either.
_OPENINGS = (b"WARC/", b"filedesc://", b"\x1f\x8b")


def is_warc(name: str) -> bool:
    return name.lower().endswith(WARC_SUFFIXES)


def read(src: Source) -> Iterator[dict[str, Any]]:
    """The articles of one WARC file, record by record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    damage = (ArchiveLoadFailed, EOFError, OSError, ValueError)
    # warcio parsing a malformed record raises more than its own errors (AttributeError for a
    # response without WARC-Target-URI): damage there, but a fault of presslens in the rest
    malformed = (AttributeError, TypeError, KeyError, IndexError)
    with src.open() as fh:
        # warcio reads any other first line as an ARC record's header: a text file named .warc
        # gave one "record" named after its first words.
        if not fh.read(len(_OPENINGS[1])).startswith(_OPENINGS):
            src.skip(None, "not a web archive (a WARC file begins with 'WARC/', an ARC file with 'filedesc://')")
            return
        fh.seek(0)
        records = ArchiveIterator(fh, arc2warc=True)
        parsed = iter(records)
        last = None
        try:
            while True:
                try:
                    record = next(parsed, None)
                except malformed as exc:
                    raise ValueError(f"{type(exc).__name__}: {exc}") from exc
                if record is None:
                    if last is not None and last.rec_type != "response" and _cut(last):
                        src.skip(None, f"web archive cut off inside its last record (a {last.rec_type} record): "
                                       f"the records before it read")
                    break
                last = record
                if record.rec_type != "response":
                    continue
                row = _article(src, record, records)
                if row is not None:
                    yield src.article(str(records.get_record_offset()), row[0], row[1])
        except CorpusError:
            raise
        except damage as exc:
            # A damaged or cut-off archive: the records before the damage are kept.
            what = str(exc) if isinstance(exc.__cause__, malformed) else f"{type(exc).__name__}: {exc}"
            src.skip(None, f"damaged web archive after the records read ({what})"[:300])


def _cut(record) -> bool:
    """Whether the file ends inside ``record``'s block, once read: fewer bytes than its
    Content-Length (warcio stops there without a word)."""
    return bool(getattr(record.raw_stream, "limit", 0))


def _article(src: Source, record, records):
    # warcio knows a record's offset only once its payload is read or stepped over.
    def offset() -> str:
        return str(records.get_record_offset())

    http = record.http_headers
    status = http.get_statuscode() if http else None
    kind = (http.get_header("Content-Type") or "").split(";")[0].strip().lower() if http else ""
    url = record.rec_headers.get_header("WARC-Target-URI")
    if status and not status.startswith("2"):
        src.skip(offset(), f"HTTP status {status} ({url})")
        return None
    if kind not in _HTML_TYPES:
        src.skip(offset(), f"not an HTML response ({kind or 'no content type'}: {url})")
        return None
    payload = record.content_stream().read(src.max_bytes + 1)
    if len(payload) > src.max_bytes:
        src.skip(offset(), f"record too large (over max_bytes={src.max_bytes:,})")
        return None
    if _cut(record):
        src.skip(offset(), f"web archive cut off inside this record, its page incomplete ({url})")
        return None
    try:
        raw, encoding = src.read_page(payload, declared_charset(payload[:4096], http.get_header("Content-Type")))
        row = _from_html(raw)
    except ValueError as exc:
        src.skip(offset(), f"{exc} ({url})")
        return None
    if not (row.get("text") or "").strip():
        src.skip(offset(), f"no main text found in the HTML ({url})")
        return None
    with_address(row, url, record.rec_headers.get_header("WARC-Date"))
    row["format"] = "warc"
    return row, encoding
