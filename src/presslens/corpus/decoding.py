"""Bytes to text: signatures of binary formats, byte-order marks, UTF-8 / UTF-16 / Windows-1252,
and bounded reads (a size cap per file, lines streamed without holding a giant one)."""

from __future__ import annotations

import io
import re
import stat
from pathlib import Path
from typing import Iterator

__all__ = ["decode"]

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
