"""Word, RTF and PDF documents: their text by python-docx, striprtf and pypdf (never a parser of
our own for the containers), then the layout decides: a Factiva, Nexis or ProQuest export (many
articles), else one plain article as for ``.txt``.

A broken container (a truncated ``.docx``, an encrypted ``.pdf``) raises ``ValueError`` with the
reason, which the loader puts in the skip report.
"""

from __future__ import annotations

import logging
import re
import threading
import zipfile
from contextlib import contextmanager
from typing import Any, Iterator

from presslens.corpus import factiva, nexis, proquest
from presslens.corpus.decoding import Encoding
from presslens.corpus.source import Source, single, title_hint
from presslens.corpus.wire import parse_wire_text
from presslens.datafiles import data_words

__all__ = ["DOCUMENT_SUFFIXES", "read_docx", "read_pdf", "read_rtf", "refuse_older_office"]

DOCUMENT_SUFFIXES = {".docx", ".rtf", ".pdf"}
# A .docx is a zip: its parts, unpacked, may not exceed this many times max_bytes (a zip bomb).
_UNPACKED_FACTOR = 20


def _layout(src: Source, text: str, encoding: Encoding, kind: str) -> Iterator[dict[str, Any]]:
    if factiva.looks_like(text):
        yield from factiva.read(src, text, encoding, f"{kind} (factiva)")
    elif nexis.looks_like(text):
        yield from nexis.read(src, text, encoding, f"{kind} (nexis)")
    elif proquest.looks_like(text):
        yield from proquest.read(src, text, encoding, f"{kind} (proquest)")
    elif nexis.cover_only(text):
        raise ValueError(nexis.COVER_ONLY)
    else:
        yield single(src, parse_wire_text(text, title_hint=title_hint(src)), encoding, kind)


def _docx_parts(document: Any) -> Iterator[str]:
    """The paragraphs of a Word document and the cells of its tables, in the document's order
    (a table read after every paragraph put an article's table, and a Nexis Uni cover page's, after
    the export's last article); a cell spanning several columns once."""
    from docx.table import Table

    for block in document.iter_inner_content():
        if not isinstance(block, Table):
            yield block.text
            continue
        for row in block.rows:
            seen: set[int] = set()
            for cell in row.cells:
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    yield cell.text


# Office's older container (OLE2 compound file): Word and Excel 97-2003 files, and any Office file
# protected by a password (encrypted into it), whatever its suffix.
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def refuse_older_office(src: Source, old: str, application: str, saved_as: str) -> None:
    """Raise ``ValueError`` saying what to do when ``src``, named as a file of the zip-based Office
    formats (.docx, .xlsx), is the older container: ``old`` names its 97-2003 kind ("a Word 97-2003
    document"), ``application`` and ``saved_as`` the program and format to save it in again."""
    with src.open() as fh:
        if fh.read(len(_OLE2)) == _OLE2:
            raise ValueError(f"not a {src.file.suffix.lower()} inside but an older Office file (OLE2): {old} renamed, "
                             f"or one protected by a password; open it in {application} and save it as {saved_as} "
                             "without a password")


def read_docx(src: Source) -> Iterator[dict[str, Any]]:
    """Articles of a Word document: its paragraphs and table cells in order, one per line, blank
    lines between paragraphs."""
    import docx

    refuse_older_office(src, "a Word 97-2003 document", "Word", "a Word Document (.docx)")
    with src.open() as fh:
        try:
            with zipfile.ZipFile(fh) as archive:
                unpacked = sum(info.file_size for info in archive.infolist())
            if unpacked > _UNPACKED_FACTOR * src.max_bytes:
                raise ValueError(f"Word document unpacks to {unpacked:,} bytes (over {_UNPACKED_FACTOR} x max_bytes)")
            fh.seek(0)
            parts = list(_docx_parts(docx.Document(fh)))
        except ValueError:
            raise
        except Exception as exc:          # python-docx and zipfile raise many kinds on broken files
            raise ValueError(f"unreadable Word document ({type(exc).__name__}: {exc})"[:300]) from None
    text = "\n\n".join(p.strip() for p in parts if p.strip())
    yield from _layout(src, text, Encoding("utf-8"), "docx")


def read_rtf(src: Source) -> Iterator[dict[str, Any]]:
    """Articles of an RTF document; its code page (``\\ansicpg``) decodes ``\\'xx`` escapes, and
    control words striprtf does not know are dropped, as the RTF specification says."""
    from striprtf.striprtf import rtf_to_text

    raw, encoding = src.read_text()
    if not raw.lstrip().startswith("{\\rtf"):
        raise ValueError("not an RTF document (no {\\rtf header)")
    codepage = re.search(r"\\ansicpg(\d+)", raw[:4096])
    codec = f"cp{codepage.group(1)}" if codepage else "cp1252"
    try:
        text = rtf_to_text(raw, encoding=codec, errors="replace")
    except LookupError:
        codec = "cp1252"
        text = rtf_to_text(raw, encoding=codec, errors="replace")
    except Exception as exc:              # striprtf on a damaged document
        raise ValueError(f"unreadable RTF document ({type(exc).__name__}: {exc})"[:300]) from None
    yield from _layout(src, text, Encoding(f"{encoding.name}, {codec} escapes", encoding.repairs), "rtf")


def read_pdf(src: Source) -> Iterator[dict[str, Any]]:
    """Articles of a PDF: the text of its pages, in order, without their numbers and running heads.
    An encrypted PDF opens only without a password (an empty user password); otherwise it is skipped."""
    import pypdf

    with src.open() as fh, _pypdf_notes() as notes:
        try:
            reader = pypdf.PdfReader(fh)
            if reader.is_encrypted and not reader.decrypt(""):
                raise ValueError("encrypted PDF (it needs a password)")
            pages = _without_running_heads([_without_page_number(_page_text(page)) for page in reader.pages])
        except ValueError:
            raise
        except Exception as exc:          # pypdf raises many kinds on broken or encrypted files
            reason = "encrypted PDF" if "crypt" in str(exc).lower() else "unreadable PDF"
            raise ValueError(f"{reason} ({type(exc).__name__}: {exc})"[:300]) from None
    text = "\n".join(pages)
    if not text.strip():
        raise ValueError("PDF without a text layer (scanned pages need OCR first)")
    text, joined = _joined_line_ends(text)
    repairs = [f"pypdf: {note}" for note in notes]
    if joined:
        repairs.append(f"{joined} word{'s' * (joined > 1)} hyphenated at a line's end joined")
    yield from _layout(src, text, Encoding("pdf", repairs), "pdf")


# A drop between two lines this many times the page's usual line spacing opens a paragraph.
_PARAGRAPH_GAP = 1.6


def _page_text(page: Any) -> str:
    """A PDF page's text as pypdf extracts it (in its content's order, so a page of columns is read
    column by column), with a blank line where the space between two lines is a paragraph's: a drop
    of more than :data:`_PARAGRAPH_GAP` times the page's line spacing (its lower quartile drop). pypdf ends every
    line alike, so an article's paragraphs were one run of lines (its lead, the paragraphs a quotation
    runs over, paragraph tone). A page whose lines give no spacing keeps pypdf's text as it is."""
    pieces: list[tuple[str, float | None]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        # the line's height on the page: the text matrix's position through the current matrix
        pieces.append((text, None if text == "\n" or not text.strip() else tm[4] * cm[1] + tm[5] * cm[3] + cm[5]))

    text = page.extract_text(visitor_text=visit) or ""
    if "".join(piece for piece, _ in pieces) != text:
        return text
    heights = [y for _, y in pieces if y is not None]
    drops = [round(a - b, 1) for a, b in zip(heights, heights[1:]) if a - b > 0.5]
    if len(drops) < 2:
        return text
    usual = sorted(drops)[len(drops) // 4]   # the line spacing: most drops are lines, the larger few paragraphs
    out, before = [], None
    for i, (piece, y) in enumerate(pieces):
        if piece == "\n" and before is not None:
            after = next((h for _, h in pieces[i + 1:] if h is not None), None)
            if after is not None and before - after > _PARAGRAPH_GAP * usual:
                piece = "\n\n"
        out.append(piece)
        before = y if y is not None else before
    return "".join(out)


# A word broken at a line's end by the typesetter: letters, a hyphen, the line break, lower-case letters.
_LINE_END_HYPHEN = re.compile(r"\b([^\W\d_]+)-[ \t]*\n[ \t]*([^\W\d_]+)\b")


def _joined_line_ends(text: str) -> tuple[str, int]:
    """``text`` with the words a PDF's typesetting hyphenated at a line's end made whole again, and how
    many. Left broken, "pro-" and "posal" were two words to every stage ("de- bate" no debate to the
    sentiment lexicon, a name "Var- nholt" two). The text itself decides when it can: the pair written
    elsewhere with its hyphen ("well-known") keeps it, written whole ("proposal") is joined; otherwise a
    compound's usual first word (data/corpus_compound_heads.txt: "self-", "long-") keeps its hyphen,
    and any other break is joined. Only a lower-case continuation is joined ("Anglo-\\nSaxon" stays)."""
    heads = data_words("corpus_compound_heads.txt")
    count = 0

    def mend(m: re.Match[str]) -> str:
        nonlocal count
        left, right = m.group(1), m.group(2)
        if not right[0].islower():
            return m.group(0)
        count += 1
        whole, hyphenated = f"{left}{right}", f"{left}-{right}"
        if hyphenated.lower() in words_seen:
            return hyphenated
        if whole.lower() in words_seen or left.lower() not in heads:
            return whole
        return hyphenated

    if "-" not in text or _LINE_END_HYPHEN.search(text) is None:
        return text, 0
    words_seen = {w.lower() for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", _LINE_END_HYPHEN.sub(" ", text))}
    return _LINE_END_HYPHEN.sub(mend, text), count


# A page's number, printed at its top or foot: "Page 2 of 6" (Nexis Uni, ProQuest), "2 of 6", "- 2 -", "2".
_PAGE_NUMBER = re.compile(r"(?:Page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|-\s*\d{1,4}\s*-", re.I)


def _without_page_number(page: str) -> str:
    """``page``'s text without its page number on its first or last line: left in, "Page 2 of 6"
    stood between an export's fields or inside an article's paragraphs."""
    lines = page.strip().split("\n")
    for edge in (-1, 0):
        if lines and _PAGE_NUMBER.fullmatch(lines[edge].strip()):
            del lines[edge]
    return "\n".join(lines)


def _without_running_heads(pages: list[str]) -> list[str]:
    """``pages`` without a running head on their first line: the headline Nexis Uni prints at the top
    of each page of an article, on a page that opens with that headline itself, or the same first
    line as the page before or after (left in, it doubled a title and stood inside the text)."""
    firsts = [page.split("\n", 1)[0].strip() for page in pages]
    kept = []
    for i, page in enumerate(pages):
        rest = page.partition("\n")[2]
        head = firsts[i]
        running = head and (rest.split("\n", 1)[0].strip() == head
                            or head in firsts[max(i - 1, 0):i] + firsts[i + 1:i + 2])
        kept.append(rest if running else page)
    return kept


class _PdfNotes(logging.Handler):
    """pypdf's log records, sent to the list of the thread reading a PDF in :func:`_pypdf_notes`;
    other threads' records go on to the handlers above, as they would without this handler.
    Installed once on the "pypdf" logger and kept: adding and removing a handler, and switching
    the logger's propagation, around each file raced under threaded Dask (one file's repairs in
    another's, warnings on stderr, the logger left mute)."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.local = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        notes = getattr(self.local, "notes", None)
        if notes is None:
            parent = logging.getLogger("pypdf").parent
            if parent is not None:
                parent.callHandlers(record)  # what propagation would do
            return
        note = record.getMessage()[:200]
        if record.levelno >= logging.WARNING and note not in notes and len(notes) < 5:
            notes.append(note)


_NOTES_LOCK = threading.Lock()
_NOTES_HANDLER: _PdfNotes | None = None


@contextmanager
def _pypdf_notes() -> Iterator[list[str]]:
    """The warnings pypdf logs while this thread reads a file (what it mended: "EOF marker not
    found"), collected for the article's ``repairs`` rather than printed, without the file's name,
    on stderr (Python's last-resort handler) or in a notebook; at most five, each once."""
    global _NOTES_HANDLER
    with _NOTES_LOCK:
        if _NOTES_HANDLER is None:
            _NOTES_HANDLER = _PdfNotes()
            logger = logging.getLogger("pypdf")
            logger.addHandler(_NOTES_HANDLER)
            logger.propagate = False  # the handler passes on what no reading thread collects
    local = _NOTES_HANDLER.local
    notes: list[str] = []
    outer, local.notes = getattr(local, "notes", None), notes
    try:
        yield notes
    finally:
        local.notes = outer
