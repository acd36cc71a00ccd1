"""Zip archives read in place (Nexis Uni, Factiva and ProQuest bulk downloads come as one .zip of
.docx/.rtf/.txt/.pdf files): each file inside is read by the reader a file of its kind on disk
gets, nothing is written to disk. A member's path is the archive's with the member's name after it
(``corpus/nexis_2031.zip/Files/Story_1.docx``), so its doc_id (``nexis_2031.zip/Files/Story_1``)
names both and stays the same from load to load.

Left out, each with a row in the skip report: a damaged or encrypted archive or member, a member
unpacking to more than ``max_bytes`` or an archive whose members overlap (zip bombs), a zip inside
the zip, hidden files and folders and macOS's ``__MACOSX`` folder (as the folder walk leaves out
hidden ones; a README and a hidden file without a type, ``.DS_Store``, without a row).
"""

from __future__ import annotations

import lzma
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Iterator

from presslens.corpus.source import Source, file_type
from presslens.corpus.walk import HIDDEN_FOLDER, passed_over

__all__ = ["ARCHIVE_SUFFIXES", "members"]

ARCHIVE_SUFFIXES = {".zip"}
_MACOS_FOLDER = "__MACOSX"
# What a damaged archive or member raises: a bad CRC (BadZipFile), a broken deflate, bzip2 or lzma
# stream (zlib.error, OSError, LZMAError), a compression method or zip version Python lacks
# (NotImplementedError), a cut-off file (EOFError).
_DAMAGE = (zipfile.BadZipFile, zlib.error, lzma.LZMAError, NotImplementedError, EOFError, OSError, ValueError)


def _member_path(archive: Path, name: str) -> Path:
    """The path naming member ``name`` of ``archive``: its folders below the archive's path (a
    leading "/" or a Windows zipper's backslashes do not lead out of it)."""
    parts = [part for part in PurePosixPath(name.replace("\\", "/")).parts if part not in ("/", ".")]
    return archive.joinpath(*parts)


def _left_out(name: str) -> tuple[str, str] | None:
    """The folder of member ``name`` (as named in the archive) that is not read, and why: a hidden
    folder (``.git/``) or the ``__MACOSX`` folder the Mac's "Compress" adds with a copy of each
    file's attributes (``__MACOSX/Files/._Story_1.docx``, no article)."""
    folders = PurePosixPath(name.replace("\\", "/")).parts[:-1]
    for depth, folder in enumerate(folders, 1):
        if folder == _MACOS_FOLDER:
            return "/".join(folders[:depth]), "macOS file attributes (__MACOSX folder of a Mac's zip): not read"
        if folder.startswith(".") and folder not in (".", ".."):
            return "/".join(folders[:depth]), HIDDEN_FOLDER
    return None


def members(src: Source) -> Iterator[tuple[Path, bytes]]:
    """``(path, bytes)`` of each file of the zip archive ``src`` to read, in the order of their
    names; what is left out is in the skip report (under the member's path and file type). A
    damaged or encrypted archive raises ``ValueError`` with the reason."""
    report = src.report
    with src.open() as fh:
        try:
            archive = zipfile.ZipFile(fh)
        except _DAMAGE as exc:
            raise ValueError(f"unreadable zip archive ({type(exc).__name__}: {exc})"[:300]) from None
        with archive:
            infos = sorted((info for info in archive.infolist() if not info.is_dir()), key=lambda i: i.filename)
            if not infos:
                raise ValueError("zip archive holds no files")
            # Members sharing their compressed bytes (one stream named a thousand times) unpack to
            # far more than the archive could hold: a zip bomb.
            if sum(info.compress_size for info in infos) > fh.seek(0, 2):
                raise ValueError("zip archive whose members overlap (a zip bomb): not read")
            folders: set[str] = set()
            for info in infos:
                path = _member_path(src.file, info.filename)
                if (folder := _left_out(info.filename)) is not None:
                    if folder[0] not in folders:    # one row for the folder, not one per file in it
                        folders.add(folder[0])
                        report.kind = None
                        report.skip(_member_path(src.file, folder[0]), folder[1])
                    continue
                why = passed_over(path.name)
                if why == "":
                    continue
                why = why or _why_not(info, src.max_bytes)
                if why is None:
                    try:
                        data = archive.read(info)
                    except _DAMAGE as exc:
                        why = f"unreadable in the zip archive ({type(exc).__name__}: {exc})"[:300]
                    else:
                        yield path, data
                        continue
                report.kind = file_type(path)
                report.skip(path, why)
    report.kind = file_type(src.file)


def _why_not(info: zipfile.ZipInfo, max_bytes: int) -> str | None:
    """Why member ``info`` is not unpacked, from the archive's listing alone; None to unpack it."""
    if info.flag_bits & 0x1:
        return "encrypted in the zip archive (it needs a password): not read"
    if file_type(Path(info.filename)) == "zip":
        return "zip archive inside a zip archive: not read; unpack the outer archive, then load this one"
    if info.file_size > max_bytes:
        return (f"unpacks to {info.file_size:,} bytes (> max_bytes={max_bytes:,}; a zip bomb guard): not read; "
                f"unpack the archive or raise max_bytes")
    if info.file_size == 0:
        return "empty file"
    return None
