"""Which files a corpus holds: a stable walk below the root that never leaves it through a link."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable, Iterator

from presslens.corpus.html import HTML_SUFFIXES
from presslens.corpus.skips import _Report, _shown
from presslens.datafiles import data_words
from presslens.io import resolve_path

__all__ = ["corpus_files"]


def _walk(root: Path, report: _Report) -> Iterator[Path]:
    """Files below ``root`` in a stable order, never leaving ``root`` through a link (a link to a
    file or folder outside it is in the skip report), nor entering a hidden folder or reading a
    hidden file (their names start with a dot; in the report too, but for files of no type)."""
    real_root = root.resolve()
    for folder, dirs, files in os.walk(root, followlinks=False, onerror=lambda e: _skip(
            report, Path(e.filename or root), f"unreadable folder ({e.strerror})")):
        # Hidden folders (.git, .ipynb_checkpoints, a user's .archive) are not read, but said so:
        # one row each, not one per file inside.
        for name in sorted(d for d in dirs if d.startswith(".")):
            _skip(report, Path(folder) / name, HIDDEN_FOLDER)
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        pages = {name.rsplit(".", 1)[0]: name for name in files if Path(name).suffix.lower() in HTML_SUFFIXES}
        for name, page in [(d, page) for d in dirs if (page := _saved_page(d, pages))]:
            dirs.remove(name)
            _skip(report, Path(folder) / name, f"the images, scripts and frames of the saved web page {page}: not read")
        for name in dirs:
            # os.walk lists a link to a folder and does not enter it: one inside the corpus is read
            # where it points, one that leads out (corpus/2024 -> /data/2024) is said so, not lost.
            if os.path.islink(os.path.join(folder, name)):
                _inside(Path(folder) / name, real_root, report, strict=True,
                        outside="symbolic link to a folder outside the corpus folder (not followed)")
        for name in sorted(files):
            path = Path(folder) / name
            if (left_out := passed_over(name)) is not None:
                if left_out:
                    _skip(report, path, left_out)
                continue
            try:
                link = path.is_symlink()
            except OSError as exc:
                # A folder that can be listed but not entered (mode r--): its files cannot be
                # looked at, each is skipped, the rest of the corpus loads.
                _skip(report, path, f"unreadable ({exc.strerror})")
                continue
            if link and not _inside(path, real_root, report, strict=True,
                                    outside="symbolic link points outside the corpus folder"):
                continue
            yield path


HIDDEN_FOLDER = "hidden folder (its name starts with a dot): not read"


def passed_over(name: str) -> str | None:
    """Why a file named ``name`` is not read as an article (on disk or in a zip archive): the skip
    report's reason, "" for a file left out without a row, None for a file to read."""
    # A README describes the folder (a study's data/raw has one), it is not an article.
    if name.split(".")[0].upper() == "README" and name.count(".") <= 1:
        return ""
    if name.startswith("~$"):
        # Office keeps a lock file of its own, of the same suffix, beside a document while it is open (or
        # left after a crash): a few bytes naming the user, no article (read, one a "broken Word document").
        return "Office lock file (~$ name): Word, Excel or PowerPoint keeps it while a document is open; not read"
    if name.lower() in data_words("corpus_system_files.txt"):
        return ""
    if name.startswith("."):
        # A hidden file with a type (.notes.txt, macOS's ._story.txt) is named in the report;
        # one without (.DS_Store, .gitignore) is a setting, no article.
        return "hidden file (its name starts with a dot): not read" if Path(name[1:]).suffix else ""
    return None


def _saved_page(folder: str, pages: dict[str, str]) -> str | None:
    """The web page (file name) beside which a browser saved ``folder`` with the page's images,
    scripts and frames ("story_files" of "story.html"), or None. ``pages``: stem -> name of the
    folder's HTML files."""
    ends = data_words("corpus_saved_page_folders.txt")
    return next((pages[folder[:-len(end)]] for end in ends
                 if folder.lower().endswith(end) and folder[:-len(end)] in pages), None)


def _inside(path: Path, real_root: Path, report: _Report, *, strict: bool, outside: str) -> bool:
    """Whether ``path``, links followed, lies inside ``real_root``; if not, the skip is recorded."""
    try:
        real = path.resolve(strict=strict)
    except (OSError, RuntimeError):
        _skip(report, path, "broken or looping symbolic link")
        return False
    if not real.is_relative_to(real_root):
        _skip(report, path, outside)
        return False
    return True


def _skip(report: _Report, path: Path, reason: str) -> None:
    """``path`` in the skip report under its own file type (none for a folder): the walk runs
    between the reads, while the report still holds the type of the file read before."""
    from presslens.corpus.source import file_type  # source imports this module

    report.kind = None if os.path.isdir(path) else file_type(path)
    report.skip(path, reason)


def _doc_id(path: Path, root: Path) -> str:
    rel = path.relative_to(root) if path != root and path.is_relative_to(root) else Path(path.name)
    return _shown(rel.with_suffix("").as_posix())


def corpus_files(path: str | os.PathLike | None = None, skipped: list[dict[str, str]] | None = None) -> list[Path]:
    """The files :func:`load_corpus` reads under ``path``, in its order (for reading a large
    corpus in batches with ``load_corpus(path, files=batch)``). ``skipped``, if given, receives the
    skip report's rows of what the walk itself leaves out (links leading out of the folder, hidden
    and unreadable folders), which no batch's report holds."""
    root = resolve_path(path)
    report = _Report("skip")
    files = list(_walk(root, report)) if root.is_dir() else [root]
    if skipped is not None:
        skipped.extend(report.skipped)
    return files


def _within(root: Path, files: Iterable[str | os.PathLike], report: _Report) -> Iterator[Path]:
    real_root = root.resolve()
    for name in files:
        file = Path(name)
        if _inside(file, real_root, report, strict=False, outside="not inside the corpus folder"):
            yield file
