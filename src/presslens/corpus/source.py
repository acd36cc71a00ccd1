"""What every reader gets: one file of the corpus, where it sits, the skip report and the limits,
and the rows it gives back (an article traces back to its file and its place in it)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO, Callable, Iterable, Iterator, Mapping

from presslens.corpus.decoding import Encoding, _mojibake_note, _open, _read_bytes, decode_text, repair_mojibake
from presslens.corpus.skips import _Report, _shown
from presslens.corpus.walk import _doc_id

__all__ = ["Source", "cut_off"]

# How a paragraph of news ends: its sentence's stop, a closing quote or bracket.
_ENDED = re.compile(r"[.!?\u2026:;\"'\u201d\u2019\u00bb)\]]\s*$")


@dataclass
class Source:
    """One file to read. ``root``: the corpus folder (doc_ids are relative to it); ``real_root``:
    its real path, outside which nothing is opened; ``meta``: the sidecar entry of the file;
    ``data``: the bytes of a file read from a zip archive (``file`` is then the archive's path
    with the member's after it, which names the article); ``mojibake``: ``"repair"`` or ``"keep"``
    (see :func:`presslens.corpus.load_corpus`)."""

    file: Path
    root: Path
    real_root: Path
    report: _Report
    fields: Mapping[str, str] = field(default_factory=dict)
    max_bytes: int = 20_000_000
    meta: Mapping[str, Any] = field(default_factory=dict)
    data: bytes | None = None
    mojibake: str = "repair"

    @cached_property
    def base(self) -> str:
        """The doc_id of the file; articles inside it are ``base/record`` (worked out once per
        file: a file of a million records asked for it a million times)."""
        return _doc_id(self.file, self.root)

    def open(self) -> BinaryIO:
        return io.BytesIO(self.data) if self.data is not None else _open(self.file, self.real_root)

    def read_bytes(self) -> bytes:
        return self.data if self.data is not None else _read_bytes(self.file, self.max_bytes, self.real_root)

    def read_text(self) -> tuple[str, Encoding]:
        return decode_text([self.read_bytes()])

    def read_page(self, data: bytes | list[bytes], declared: str | None = None) -> tuple[str, Encoding]:
        """A web page's HTML as :func:`decode_text` gives it, with its mojibake repaired (unless the
        load keeps it) before the HTML parser drops the control characters some of it is made of
        ("â\\x80\\x99" for "’"); the repair is counted in the encoding's ``repairs``."""
        raw, encoding = decode_text(data, declared=declared)
        if self.mojibake == "repair":
            raw, count = repair_mojibake(raw)
            if count:
                encoding.repairs.append(_mojibake_note(count))
        return raw, encoding

    def skip(self, record: str | None, reason: str) -> None:
        self.report.skip(self.file if record is None else f"{self.file}:{record}", reason)

    def parsed(self, items: Iterable[Any], parse: Callable[[Any], dict[str, Any]], encoding: Encoding,
               kind: str) -> Iterator[dict[str, Any]]:
        """The articles of a file holding many: ``parse`` makes each item a row, numbered from 1
        (``record``); an item it refuses (``ValueError``) is named in the skip report. A
        ``repairs`` note of ``parse`` (:func:`cut_off`) follows the encoding's."""
        for number, item in enumerate(items, 1):
            try:
                row = parse(item)
            except ValueError as exc:
                self.skip(str(number), str(exc))
                continue
            note = row.pop("repairs", None)     # the parser's own, said after the encoding's
            row["format"] = kind
            row = self.article(str(number), row, encoding)
            if note:
                row["repairs"] = "; ".join(filter(None, [row.get("repairs"), note]))
            yield row

    def article(self, record: str, row: dict[str, Any], encoding: Encoding | None = None) -> dict[str, Any]:
        """``row`` as the ``record``-th article of the file: doc_id ``base/id`` (its own id) or
        ``base/record``, ``path`` ``file:record``, ``record``, and the encoding read with."""
        own = row.get("doc_id")
        row["doc_id"] = f"{self.base}/{own}" if own not in (None, "") else f"{self.base}/{record}"
        row["path"] = f"{_shown(self.file)}:{record}"
        row["record"] = str(record)
        if encoding is not None:
            with_encoding(row, encoding)
        return row


def single(src: Source, row: dict[str, Any], encoding: Encoding, kind: str) -> dict[str, Any]:
    """The row of a one-article file: its sidecar metadata over what the text gave; ``kind``
    goes to the ``format`` column."""
    from presslens.corpus.records import _record_row

    meta_row = _record_row(src.meta, src.fields) if src.meta else {}
    meta_row.pop("text", None)
    if not row["text"] or row["text"].isspace():     # no .strip(): it would copy a huge text
        raise ValueError("no article text (empty or only a headline)")
    row.update({k: v for k, v in meta_row.items() if v not in (None, "", "None") and k != "doc_id"})
    if meta_row.get("outlet") not in (None, "", "None"):
        row["outlet_source"] = "metadata"
    row["doc_id"] = src.base
    row["path"] = _shown(src.file)
    row["format"] = kind
    return with_encoding(row, encoding)


def cut_off(text: str, missing: str) -> str | None:
    """The ``repairs`` note of an export's article whose text ends mid-sentence with ``missing``
    (what closes an article in that export) absent after it: a download or a copy cut off inside
    the article, kept as far as it goes and said to be cut; None for a text that ends as
    paragraphs do."""
    if _ENDED.search(text):
        return None
    return f"text cut off: it ends mid-sentence, without {missing} after it"


def title_hint(src: Source) -> str | None:
    """The title the sidecar gives the file, if any (it tells a headline ending in a period)."""
    from presslens.corpus.records import _pick

    return _pick(src.meta, "title", src.fields) if src.meta else None


def file_type(file: Path) -> str:
    """The file type a report groups by: the extension without its dot, "warc" for every web
    archive (``.warc.gz`` too), "tar" for every tar archive (``.tar.gz``, ``.tgz`` too)."""
    from presslens.corpus.archive import archive_kind
    from presslens.corpus.warc import is_warc

    if is_warc(file.name):
        return "warc"
    return archive_kind(file.name) or file.suffix.lower().lstrip(".") or "(none)"


def with_encoding(row: dict[str, Any], encoding: Encoding) -> dict[str, Any]:
    """``row`` with the ``encoding`` and ``repairs`` columns set."""
    row["encoding"] = encoding.name
    row["repairs"] = "; ".join(encoding.repairs) or None
    return row
