"""Bytes to text, the same way for every format: signatures of binary formats, byte-order marks,
UTF-8 / UTF-16 / Windows-1252, repairs (NUL bytes, control characters, a character cut off at the
end) recorded rather than hidden, and bounded reads (a size cap per file, lines streamed without
holding a giant one).

The encoding of a file is chosen once from all of its bytes (:func:`sniff_encoding`, streamed in
chunks for record files), then every reader decodes with it; the article table records it in the
``encoding`` column and any repair in ``repairs``.
"""

from __future__ import annotations

import codecs
import io
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

__all__ = ["Encoding", "declared_charset", "decode", "decode_text", "mojibake_runs", "repair_mojibake",
           "sniff_encoding"]

_MAGIC = {
    b"\x89PNG": "PNG image", b"\xff\xd8\xff": "JPEG image", b"GIF8": "GIF image",
    b"%PDF": "PDF document", b"PK\x03\x04": "ZIP archive", b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "executable", b"RIFF": "RIFF media", b"BM": None,
}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
# Bytes Windows-1252 leaves undefined (_HOLES below): text holding them is not cp1252.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HIGH = bytes(range(0x80, 0x100))
_HOLES = [bytes([b]) for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)]
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# Western text in Windows-1252 has a few accented letters among ASCII; far more bytes above 0x7F
# than this is binary data or an encoding we do not know, not text.
_MAX_HIGH_SHARE = 0.3
_SAMPLE = 65536
_CHUNK = 1 << 20


@dataclass
class Encoding:
    """The codec a file is decoded with, the repairs decoding makes (``"2 NUL bytes removed"``) and
    what becomes of bytes the codec cannot read (``errors``, a codecs error handler)."""

    name: str
    repairs: list[str] = field(default_factory=list)
    cut_at_end: bool = False
    errors: str = "replace"


def _as_cp1252(error: UnicodeError) -> tuple[str, int]:
    """The characters Windows-1252 gives the bytes UTF-8 could not read (U+FFFD for the five it
    leaves undefined), and where decoding goes on: the error handler of a file of mixed encodings."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start:error.end].decode("cp1252", "replace"), error.end


_MIXED = "presslens-utf8-cp1252"
codecs.register_error(_MIXED, _as_cp1252)


def sniff_encoding(chunks: Iterable[bytes], controls: bool = True, declared: str | None = None) -> Encoding:
    """The encoding of the content given as consecutive ``chunks`` (one bytes object for a file
    in memory, 1 MB pieces for a streamed one): a BOM's, UTF-16 without BOM, UTF-8 (a few
    invalid bytes among many UTF-8 characters are damage, kept as U+FFFD), else the charset the
    content ``declared`` (a web page's, :func:`declared_charset`), else Windows-1252.

    Raises ``ValueError`` with the reason for content that is not text: a known file signature,
    mostly control characters, bytes neither UTF-8 nor Windows-1252 can hold, or mostly bytes
    above 0x7F. ``controls=False`` leaves out the control-character test: a record file judges
    each record by itself (a run of NULs inside one record costs that record only).
    """
    chunks = iter(chunks)
    head = next(chunks, b"")
    _check_signature(head)
    for bom, name in _BOMS:
        if head.startswith(bom):
            return Encoding(name)
    sample = head[:_SAMPLE]
    if b"\x00" in sample:
        # UTF-16 without a BOM puts a NUL in every other byte of ASCII text (a file cut off
        # inside its last character too: its pairs are judged without the odd byte).
        pairs = sample[:len(sample) // 2 * 2]
        even, odd = pairs[0::2], pairs[1::2]
        if odd.count(0) > 0.3 * len(odd) and even.count(0) < 0.05 * len(even):
            return Encoding("utf-16-le")
        if even.count(0) > 0.3 * len(even) and odd.count(0) < 0.05 * len(odd):
            return Encoding("utf-16-be")
    # NUL bytes closing the file are padding (a file zero-filled after a crash, a cut copy): removed
    # with the others, never a sign of binary content.
    if controls and _binary(_CONTROL_BYTES, sample.rstrip(b"\x00")):
        raise ValueError("binary content (control characters)")
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    total = invalid = multibyte = holes = high = nuls = 0
    for chunk in _chain(head, chunks):
        total += len(chunk)
        nuls += chunk.count(0)
        invalid += decoder.decode(chunk).count("\ufffd") - chunk.count("\ufffd".encode())
        if chunk.isascii():
            continue                    # the common case, and the regular expressions are slow
        high += len(chunk) - len(chunk.translate(None, _HIGH))
        holes += sum(chunk.count(b) for b in _HOLES)
        multibyte += len(_UTF8_MULTIBYTE.findall(chunk))
    cut = bool(decoder.getstate()[0])     # a character cut off by the end of the file
    repairs = [f"{nuls} NUL byte{'s' * (nuls != 1)} removed"] if nuls else []
    if not invalid:
        if cut and not multibyte:
            return _single_byte(total, high, holes, repairs, declared)
        return Encoding("utf-8", repairs + (["a character cut off at the end dropped"] if cut else []), cut)
    if multibyte >= 4 * (invalid + cut):
        return Encoding("utf-8", repairs + [f"{invalid + cut} invalid UTF-8 byte sequence(s) replaced by U+FFFD"])
    if holes and multibyte and declared in (None, *_NOT_OTHER) and high <= _MAX_HIGH_SHARE * total:
        # Bytes Windows-1252 leaves undefined, inside UTF-8 characters (0x9D of "”"), among bytes UTF-8
        # cannot read: text pasted together from a UTF-8 and a Windows-1252 file, each part read in its own.
        return Encoding("utf-8", repairs + [f"{invalid + cut} byte sequence(s) not UTF-8 read as Windows-1252 "
                                            "(mixed encodings)"], errors=_MIXED)
    return _single_byte(total, high, holes, repairs, declared)


# Labels a page may declare that mean Windows-1252 (as browsers read them) or UTF: no other charset.
_NOT_OTHER = {"cp1252", "iso8859-1", "ascii", "utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32"}


def _single_byte(total: int, high: int, holes: int, repairs: list[str], declared: str | None = None) -> Encoding:
    if declared is not None and declared not in _NOT_OTHER:
        # Not UTF-8: the page's own charset (a Cyrillic windows-1251 page, a Latin-9 page's euro).
        return Encoding(declared, repairs)
    if holes:
        raise ValueError("undecodable bytes (neither UTF-8 nor Windows-1252)")
    if high > _MAX_HIGH_SHARE * total:
        raise ValueError(f"not text ({high / total:.0%} of the bytes are above 0x7F, neither UTF-8 "
                         "nor the accents of Windows-1252 text)")
    return Encoding("cp1252", repairs)


# Stray NULs in text (a bad copy, a transmission error) are a few among its characters; binary data
# holds many NULs (the high bytes of small numbers) or many other control bytes besides.
_MAX_NUL_SHARE = 0.05


def _binary(controls: re.Pattern, sample: str | bytes) -> bool:
    """Whether ``sample`` holds more control characters (``controls``) than text does: over 1%, and
    more than two. NULs, when at most 5% of it, count only when the other control characters are
    too many by themselves: a short text with three stray NULs is text, its NULs removed."""
    found = len(controls.findall(sample))
    limit = max(2, len(sample) // 100)
    if found <= limit:
        return False
    nul = "\x00" if isinstance(sample, str) else b"\x00"
    nuls = sample.count(nul)
    return found - nuls > limit or nuls > _MAX_NUL_SHARE * len(sample)


def _chain(head: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield head
    yield from rest


# A page's declared charset: <meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">.
_META_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


_NOT_CHARSETS = {"utf-7", "punycode", "idna"}


def declared_charset(head: bytes, header: str | None = None) -> str | None:
    """The charset a web page declares (Python's name for it), from its HTTP ``header``'s
    ``charset=`` (a Content-Type) or else a ``<meta>`` tag in the first 4 KB of ``head``; None when
    neither names one Python knows."""
    found = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", header or "", re.I)
    meta = _META_CHARSET.search(head[:4096]) if found is None else None
    label = found[1] if found else meta[1].decode("ascii") if meta else None
    try:
        name = codecs.lookup(label).name if label else None
        if name is not None:
            b"a".decode(name, "replace")     # "base64", "zlib", "rot13" ... are no text encodings
    except (LookupError, UnicodeError):
        return None
    # Codecs that read escapes rather than characters, and UTF-7, which browsers refuse.
    return None if name is None or name.endswith("escape") or name in _NOT_CHARSETS else name


def decode_text(data: bytes | list[bytes], declared: str | None = None) -> tuple[str, Encoding]:
    """Text of ``data`` and the :class:`Encoding` it was read with; line endings become ``\\n``,
    NUL and other control characters are removed (and counted in ``Encoding.repairs``).
    ``declared``: the charset the content names (a web page's), used when it is not UTF-8.

    ``data`` may come in a one-item list, which is emptied once decoded: the bytes are then
    freed before the text is cleaned (a 300 MB file is not held twice over)."""
    box = data if isinstance(data, list) else [data]
    view = memoryview(box[0])
    encoding = sniff_encoding((view[i:i + _CHUNK].tobytes() for i in range(0, len(view), _CHUNK)), declared=declared)
    if encoding.name.startswith("utf-16") and len(view) % 2:
        encoding.cut_at_end = True
        encoding.repairs.append("a character cut off at the end dropped")
    view.release()
    text = box.pop().decode(encoding.name, errors=encoding.errors)
    if encoding.cut_at_end and text.endswith("\ufffd"):
        text = text[:-1]
    return _clean(text, encoding), encoding


def _clean(text: str, encoding: Encoding) -> str:
    """``text`` without control characters (recorded in ``encoding``) and with ``\\n`` line ends."""
    if _CONTROL.search(text[:_SAMPLE]) or _CONTROL.search(text):
        if _binary(_CONTROL, text[:_SAMPLE].rstrip("\x00")):
            raise ValueError("binary content (control characters)")
        others = len(_CONTROL.findall(text)) - text.count("\x00")
        if others:
            encoding.repairs.append(f"{others} control character{'s' * (others != 1)} removed")
        text = _CONTROL.sub("", text)
    # A byte-order mark past the start is where files were joined (cat a.txt b.txt, an export
    # tool appending articles): invisible, it would glue itself to the next word ("\ufeffVoss").
    boms = text.count("\ufeff")
    if boms:
        encoding.repairs.append(f"{boms} byte-order mark{'s' * (boms != 1)} inside the text removed")
        text = text.replace("\ufeff", "")
    # Each replace copies the text; skipped when there is nothing to replace (a 300 MB file).
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


# Mojibake: UTF-8 text once decoded as Windows-1252 or Latin-1 and saved again, each character of
# two to four bytes turned into a letter Â to ô followed by what bytes 0x80-0xBF are in those
# encodings ("Ã©" for "é", "â€™" or "â\x80\x99" for "’"); the letter may be written decomposed
# (NFD: "A" and a combining tilde for "Ã"), as a text normalised later has it. Runs of such pairs
# are cheap to find and go to ftfy one by one: a run holds no space or letter of the text around it
# to be misread.
_CONTINUATION = "".join(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(0x80, 0xC0))
_MOJIBAKE = re.compile(f"(?:(?:[\u00c2-\u00f4]|[A-Za-z][\u0300-\u036f])[\x80-\x9f{re.escape(_CONTINUATION)}]+)+")


def repair_mojibake(text: str) -> tuple[str, int]:
    """``text`` with its mojibake repaired ("PeÃ±a" -> "Peña", "donâ€™t" -> "don’t"), and the
    number of characters the repairs gave. Only ftfy's encoding repair, and only of runs its
    badness measure takes for mojibake and finds none in once repaired: its other fixes are left
    out (curly quotes, dashes, ligatures, widths and Unicode normalisation stay as the text has
    them), correct text in any language is kept as it is, and so is mojibake that lost bytes
    ("â¦" for "…").

    >>> repair_mojibake("Enrique PeÃ±a Nieto")
    ('Enrique Peña Nieto', 1)
    """
    runs = mojibake_runs(text)
    if not runs:
        return text, 0
    pieces, last = [], 0
    for start, end, fixed in runs:
        pieces += [text[last:start], fixed]
        last = end
    pieces.append(text[last:])
    return "".join(pieces), sum(len(fixed) for _, _, fixed in runs)


def mojibake_runs(text: str) -> list[tuple[int, int, str]]:
    """The runs of mojibake :func:`repair_mojibake` repairs in ``text``: ``(start, end, repaired)``
    in order, ``text[start:end]`` the mojibake. What offsets into ``text`` (a corpus's annotations)
    become in the repaired text follows from them.

    >>> mojibake_runs("Enrique PeÃ±a Nieto")
    [(10, 12, 'ñ')]
    """
    if text.isascii() or not _MOJIBAKE.search(text):
        return []
    return [(found.start(), found.end(), fixed) for found in _MOJIBAKE.finditer(text)
            if (fixed := _repaired_run(found[0])) is not None]


@lru_cache(maxsize=4096)
def _repaired_run(run: str) -> str | None:
    """What one run of mojibake stands for, or None: ftfy finds no repair, or one that leaves
    mojibake ("Ã¢€" -> "â€"). Cached: a corpus repeats its runs ("â€™") thousands of times."""
    import ftfy
    from ftfy.badness import is_bad

    config = ftfy.TextFixerConfig(unescape_html=False, remove_terminal_escapes=False, restore_byte_a0=False,
                                  replace_lossy_sequences=False, fix_c1_controls=False, fix_latin_ligatures=False,
                                  fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False,
                                  fix_surrogates=False, remove_control_chars=False, normalization=None,
                                  explain=False)
    composed = unicodedata.normalize("NFC", run)
    fixed = ftfy.fix_encoding(composed, config)
    return None if fixed == composed or is_bad(fixed) else fixed


def _mojibake_note(count: int) -> str:
    """The ``repairs`` entry of ``count`` characters of mojibake repaired."""
    return f"mojibake repaired: {count} character{'s' * (count != 1)}"


def decode(data: bytes) -> str:
    """Text of ``data``: UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM,
    else Windows-1252. Line endings become ``\\n``; NUL and control characters are removed.

    Raises ``ValueError`` with the reason for binary data (a known file signature, mostly control
    characters, bytes of no known encoding).
    """
    return decode_text(data)[0]


def _check_signature(head: bytes) -> None:
    """Raise ``ValueError`` when ``head`` starts like a known binary format."""
    for magic, kind in _MAGIC.items():
        if kind and head.startswith(magic):
            raise ValueError(f"binary file ({kind})")


def _size(path: Path) -> int:
    """Size of a regular file; ``ValueError`` for FIFOs, devices and sockets, which would block
    or never end if opened, and for empty files."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise ValueError("not a regular file")
    if info.st_size == 0:
        raise ValueError("empty file")
    return info.st_size


def _open(path: Path, root: Path | None) -> BinaryIO:
    """``path`` opened for reading if it lies, links followed, inside ``root`` (a real path):
    every read of a corpus goes through here, so no file outside the corpus folder is ever
    opened, whatever it would be read for (an article, a sidecar). ``root`` None: a file the
    caller named explicitly (``metadata=``)."""
    real = Path(os.path.realpath(path))
    if root is not None and not real.is_relative_to(root):
        raise ValueError("symbolic link points outside the corpus folder")
    _size(real)
    return open(real, "rb")


def _read_bytes(path: Path, max_bytes: int, root: Path | None) -> bytes:
    size = _size(path)
    if size > max_bytes:
        # JSON Lines and CSV files are read record by record, at any size; a JSON file is parsed whole.
        fix = ("save its records as JSON Lines (one a line, read one by one at any size)"
               if path.suffix.lower() == ".json" else "split it into smaller files")
        raise ValueError(f"file too large ({size:,} bytes > max_bytes={max_bytes:,}): not read; {fix}, "
                         "or raise load_corpus's max_bytes")
    with _open(path, root) as fh:
        # Never ask for more than the file holds: a raised max_bytes must not allocate it.
        return fh.read(min(size, max_bytes) + 1)


def _cr_only(fh: BinaryIO) -> bool:
    """Whether the lines of an open file end in a carriage return alone (classic Mac OS, some export
    tools): its first 1 MB holds CRs and no line feed. The file is left at its start."""
    head = fh.read(_CHUNK)
    fh.seek(0)
    return b"\r" in head and b"\n" not in head


def _file_encoding(fh: BinaryIO) -> Encoding:
    """The encoding of an open file, from all of its bytes read in 1 MB chunks (constant memory);
    the file is left at its start."""
    encoding = sniff_encoding(iter(lambda: fh.read(_CHUNK), b""), controls=False)
    fh.seek(0)
    return encoding


def _iter_lines(path: Path, max_bytes: int, root: Path | None, newline: str = "",
                encoding: list[Encoding] | None = None,
                data: bytes | None = None) -> Iterator[tuple[int, str | None]]:
    """Lines of a record file, streamed, decoded with the file's encoding (:func:`sniff_encoding`
    over the whole file); NULs are removed. A line longer than ``max_bytes`` characters comes as
    None, without ever being held in memory whole. ``newline="\\n"`` ends lines at ``\\n`` only
    (JSON Lines: a stray ``\\r`` is no record break, though in a file whose lines all end in ``\\r``
    it is); ``""`` also at ``\\r`` (CSV). The encoding found is appended to ``encoding`` when given.
    ``data``: the file's bytes, when it is a member of a zip archive, not a file on disk."""
    with io.BytesIO(data) if data is not None else _open(path, root) as fh:
        found = _file_encoding(fh)
        if encoding is not None:
            encoding.append(found)
        if newline == "\n" and _cr_only(fh):
            newline = "\r"
        ends = (newline,) if newline else ("\n", "\r")
        stream = io.TextIOWrapper(fh, encoding=found.name, errors=found.errors, newline=newline)
        number = 0
        while line := stream.readline(max_bytes + 1):
            number += 1
            if len(line) > max_bytes:
                while line and not line.endswith(ends):
                    line = stream.readline(1 << 20)
                yield number, None
            else:
                yield number, line.replace("\x00", "") if "\x00" in line else line
