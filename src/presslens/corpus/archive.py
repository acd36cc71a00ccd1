"""Archives read in place (Nexis Uni, Factiva and ProQuest bulk downloads come as one .zip of
.docx/.rtf/.txt/.pdf files; a desk or a data set as a .tar.gz): each file inside is read by the
reader a file of its kind on disk gets, nothing is written to disk. A member's path is the
archive's with the member's name after it (``corpus/nexis_2031.zip/Files/Story_1.docx``), so its
doc_id (``nexis_2031.zip/Files/Story_1``) names both and stays the same from load to load. A zip's
members are read in the order of their names, a tar's (``.tar``, ``.tar.gz``/``.tgz``,
``.tar.bz2``, ``.tar.xz``) in the order it holds them, in one pass over its stream.

Left out, each with a row in the skip report: a damaged or encrypted archive or member, a member
unpacking to more than ``max_bytes``, an archive whose members overlap or a tar unpacking to a
hundred times its size (bombs), an archive inside the archive, a member whose name leads out of it
(``../``), a tar's links, devices and pipes, hidden files and folders and macOS's ``__MACOSX``
folder (as the folder walk leaves out hidden ones; a README and a hidden file without a type,
``.DS_Store``, without a row).
"""

from __future__ import annotations

import lzma
import tarfile
import zipfile
import zlib
from pathlib import Path, PurePosixPath
from typing import Callable, Iterator

from presslens.corpus.source import Source, file_type
from presslens.corpus.walk import HIDDEN_FOLDER, passed_over

__all__ = ["archive_kind", "members"]

# How the names of archives end: zip, and tar plain or compressed (gzip, bzip2, xz).
_ENDINGS = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tbz", ".tar.xz", ".txz")
_MACOS_FOLDER = "__MACOSX"
# What a damaged archive or member raises: a bad CRC (BadZipFile), a broken deflate, bzip2 or lzma
# stream (zlib.error, OSError, LZMAError), a compression method or zip version Python lacks
# (NotImplementedError), a cut-off file (EOFError), a tar's bad header or stream (TarError).
_DAMAGE = (tarfile.TarError, zipfile.BadZipFile, zlib.error, lzma.LZMAError, NotImplementedError, EOFError,
           OSError, ValueError)


def _posix(name: str) -> PurePosixPath:
    """Member ``name`` as a path, a Windows zipper's backslashes as slashes."""
    return PurePosixPath(name.replace("\\", "/"))


def _member_path(archive: Path, name: str) -> Path:
    """The path naming member ``name`` of ``archive``: its folders below the archive's path (a
    leading "/" or a Windows zipper's backslashes do not lead out of it)."""
    parts = [part for part in _posix(name).parts if part not in ("/", ".", "..")]
    return archive.joinpath(*parts)


def _left_out(name: str) -> tuple[str, str] | None:
    """The folder of member ``name`` (as named in the archive) that is not read, and why: a hidden
    folder (``.git/``) or the ``__MACOSX`` folder the Mac's "Compress" adds with a copy of each
    file's attributes (``__MACOSX/Files/._Story_1.docx``, no article)."""
    folders = _posix(name).parts[:-1]
    for depth, folder in enumerate(folders, 1):
        if folder == _MACOS_FOLDER:
            return "/".join(folders[:depth]), "macOS file attributes (__MACOSX folder of a Mac's zip): not read"
        if folder.startswith(".") and folder not in (".", ".."):
            return "/".join(folders[:depth]), HIDDEN_FOLDER
    return None


def archive_kind(name: str) -> str | None:
    """The kind of archive a file named ``name`` is, read in place: "zip", "tar" (plain or
    compressed), or None for no archive."""
    low = name.lower()
    return "zip" if low.endswith(".zip") else "tar" if low.endswith(_ENDINGS) else None


def members(src: Source, wanted: Callable[[Path], bool] | None = None) -> Iterator[tuple[Path, bytes]]:
    """``(path, bytes)`` of each file of the archive ``src`` to read: a zip's in the order of their
    names, a tar's in the order it holds them (one pass over its stream); what is left out is in
    the skip report (under the member's path and file type). A damaged or encrypted archive raises
    ``ValueError`` with the reason. ``wanted``: only the members whose path it takes, a damaged
    one left out, and nothing in the skip report (a first pass for the sidecar metadata)."""
    report = src.report
    kind = archive_kind(src.file.name)
    entries = _zip_entries(src) if kind == "zip" else _tar_entries(src)
    folders: set[str] = set()
    try:
        for name, why, read in entries:
            path = _member_path(src.file, name)
            if (folder := _left_out(name)) is not None:
                if wanted is None and folder[0] not in folders:    # one row for the folder, not one a file
                    folders.add(folder[0])
                    report.kind = None
                    report.skip(_member_path(src.file, folder[0]), folder[1])
                continue
            left_out = passed_over(path.name)
            if ".." in _posix(name).parts:
                why = "its name leads out of the archive (../): not read"
            elif path == src.file:
                why = "a file without a name in the archive: not read"
            if left_out == "" or wanted is not None and (left_out or why or not wanted(path)):
                continue
            why = left_out or why
            if why is None:
                try:
                    data = read()
                except _DAMAGE as exc:
                    why = f"unreadable in the {kind} archive ({type(exc).__name__}: {exc})"
                    why = why[:300]
                else:
                    yield path, data
                    continue
            if wanted is None:
                report.kind = file_type(path)
                report.skip(path, why)
    finally:
        report.kind = file_type(src.file)      # a damaged archive's row is the archive's type


_Entries = Iterator[tuple[str, "str | None", Callable[[], bytes]]]


def _zip_entries(src: Source) -> _Entries:
    """(name, why it is not read or None, how to read it) of each file of a zip archive."""
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
            for info in infos:
                why = ("encrypted in the zip archive (it needs a password): not read" if info.flag_bits & 0x1
                       else _why_not(info.filename, info.file_size, "zip", src.max_bytes))
                yield info.filename, why, lambda info=info: archive.read(info)


# A tar holding far more than its compressed bytes (runs of zeros unpack a thousandfold): a tar bomb.
# Text compresses about tenfold.
_TAR_RATIO = 100
_TAR_KINDS = {tarfile.SYMTYPE: "symbolic link", tarfile.LNKTYPE: "hard link", tarfile.CHRTYPE: "device",
              tarfile.BLKTYPE: "device", tarfile.FIFOTYPE: "named pipe"}


def _tar_entries(src: Source) -> _Entries:
    """(name, why it is not read or None, how to read it) of each file of a tar archive, plain or
    compressed (gzip, bzip2, xz), read as one stream: each member as its header comes."""
    def unreadable(exc: BaseException) -> ValueError:
        return ValueError(f"unreadable tar archive ({type(exc).__name__}: {exc})"[:300])

    with src.open() as fh:
        # Where the members would unpack past a hundred times the archive's size, it is a bomb:
        # stopped before the stream is unpacked that far (reaching the next header unpacks a member).
        limit = max(1_000_000, _TAR_RATIO * fh.seek(0, 2))
        fh.seek(0)
        try:
            archive = tarfile.open(fileobj=fh, mode="r:*")
        except _DAMAGE as exc:
            raise unreadable(exc) from None
        with archive:
            count = 0
            while True:
                try:
                    info = archive.next()
                except _DAMAGE as exc:
                    raise unreadable(exc) from None
                if info is None:
                    break
                if info.offset_data + info.size > limit:
                    raise ValueError(f"tar archive unpacking to over {_TAR_RATIO} times its size (a tar bomb): "
                                     f"not read further")
                if info.isdir():
                    continue
                count += 1
                if info.isreg():
                    why = _why_not(info.name, info.size, "tar", src.max_bytes)
                else:
                    kind = _TAR_KINDS.get(info.type, "special file")
                    why = f"{kind} in the tar archive: not read (an archive's links and devices are never followed)"
                yield info.name, why, lambda info=info: _tar_read(archive, info)
            if not count:
                raise ValueError("tar archive holds no files")


def _tar_read(archive: tarfile.TarFile, info: tarfile.TarInfo) -> bytes:
    member = archive.extractfile(info)
    if member is None:
        raise ValueError("not a file")
    data = member.read(info.size)
    if len(data) != info.size:
        raise EOFError("the archive ends inside this file")
    return data


def _why_not(name: str, size: int, kind: str, max_bytes: int) -> str | None:
    """Why member ``name`` of a ``kind`` archive, unpacking to ``size`` bytes, is not unpacked,
    from the archive's listing alone; None to unpack it."""
    name = _posix(name).name      # "inner.zip/." is inner.zip
    if archive_kind(name) is not None:
        return (f"{archive_kind(name)} archive inside a {kind} archive: not read; unpack the outer archive, "
                f"then load this one")
    if size > max_bytes:
        return (f"unpacks to {size:,} bytes (> max_bytes={max_bytes:,}; a {kind} bomb guard): not read; "
                f"unpack the archive or raise max_bytes")
    if size == 0:
        return "empty file"
    return None
