"""A study of one's own: the folder ``presslens init`` makes, JupyterLab on it, and its corpus as the
notebooks read it.

A study folder holds ``presslens.toml`` (which presslens made it, when, from which corpus, and the
notebooks' default parameters at that time) and the house layout::

    STUDY/data/raw/          the articles (a README says what goes there)
    STUDY/data/processed/    tables written by the notebooks
    STUDY/reports/           executed notebooks, HTML report, figures, headline numbers
    STUDY/notebooks/         the analysis notebooks, copied from the package (edit them freely)

``presslens run STUDY`` runs the study's own notebooks; :func:`presslens.io.project_root` finds the
study from any folder inside it, so relative paths in the notebooks mean the same in JupyterLab, in
papermill and on the command line.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import os
import shutil
import sys
import warnings
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from presslens.io import STUDY_FILE, enclosing_root, packaged_notebooks, project_root, resolve_path

__all__ = [
    "StudyExists",
    "check_date",
    "default_parameters",
    "init_study",
    "lab_command",
    "missing_articles",
    "open_corpus",
    "parse_fields",
    "study_parameters",
]

RAW_README = """\
# Articles of this study

Put the articles to analyse here: plain text (.txt, .md), HTML, or records (JSON, JSON Lines, CSV
with a text column), in sub-folders if you like. A `metadata.csv` beside text files may give their
title, outlet, date, author and url, one row per file, its name in a column `file`:

    file,outlet,published
    story-1.txt,The Brackwater Herald,2031-02-04

(a sidecar with no such column is named in the skip report and applied to no article).

`presslens run` (from the study folder, or `presslens run STUDY`) reads this folder; a file it cannot
use is listed with the reason in the skip report of notebook 01 and never stops the run.
Keep the originals elsewhere too: presslens only reads this folder, it never changes it.
"""


class StudyExists(FileExistsError):
    """``presslens init`` was pointed at a study or a non-empty folder without ``force``."""


def default_parameters(notebook: str | os.PathLike) -> dict[str, Any]:
    """The literal defaults in a notebook's ``parameters`` cell (name -> value)."""
    import nbformat

    nb = nbformat.read(notebook, as_version=4)
    cell = next((c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])), None)
    found: dict[str, Any] = {}
    for stmt in ast.parse(cell.source if cell else "").body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
            try:
                found[stmt.targets[0].id] = ast.literal_eval(stmt.value)
            except ValueError:
                continue  # an expression, not a literal default: nothing to record
    return found


def _toml_value(value: Any) -> str | None:
    # TOML has no null: a None default is written as a comment by the caller.
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)  # a JSON string is a valid TOML basic string
    if isinstance(value, (list, tuple)) and all(_toml_value(v) is not None for v in value):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"  # type: ignore[misc]
    return None


def _study_toml(notebooks: list[Path], corpus_source: str | None) -> str:
    from presslens import __version__

    lines = ["# A presslens study, made by `presslens init`. Run it with `presslens run` in this folder",
             "# (or `presslens run PATH-TO-THIS-FOLDER`); open it with `presslens lab`.", "",
             "[study]", f"presslens = {json.dumps(__version__)}",
             f"created = {json.dumps(dt.datetime.now(dt.timezone.utc).isoformat(timespec='seconds'))}"]
    if corpus_source:
        lines.append(f"corpus_source = {json.dumps(corpus_source)}  # copied into data/raw")
    lines += ["", "# Parameters of every `presslens run` of this study: each name goes to the notebooks that",
              "# declare it, and `presslens run -p NAME VALUE` wins over it. Relative paths are relative to",
              "# this folder. For example:", "#   top_entities = 50", "#   publication_date = \"2025-10-27\"",
              "[parameters]", "",
              "# The notebooks' default parameters when this study was made, for the record only: a change",
              "# here changes nothing (set a value under [parameters] above instead)."]
    for nb in notebooks:
        lines += ["", f"[defaults.{json.dumps(nb.stem)}]"]
        for name, value in default_parameters(nb).items():
            text = _toml_value(value)
            lines.append(f"{name} = {text}" if text is not None else f"# {name} = (none)")
    return "\n".join(lines) + "\n"


# Parameters naming a file or folder: relative to the study, wherever `presslens run` is started.
_PATH_PARAMETERS = ("corpus", "output_dir", "tables")


def study_parameters(root: str | os.PathLike) -> dict[str, Any]:
    """The ``[parameters]`` table of the study's ``presslens.toml`` (name -> value), paths made
    absolute against the study folder; ``{}`` when the file or the table is absent.

    Raises ``ValueError`` naming the file for TOML that does not parse, a ``[parameters]`` that is
    not a table, or a value that is not a string, number, boolean or date."""
    import tomllib

    path = Path(root) / STUDY_FILE
    if not path.is_file():
        return {}
    try:
        table = tomllib.loads(path.read_text(encoding="utf-8")).get("parameters", {})
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValueError(f"{path}: not valid TOML ({exc}); fix or delete the file") from exc
    if not isinstance(table, dict):
        raise ValueError(f"{path}: [parameters] must be a table of NAME = VALUE lines")
    found: dict[str, Any] = {}
    for name, value in table.items():
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()
        elif isinstance(value, dt.time) or not isinstance(value, (str, int, float, bool)):
            raise ValueError(f"{path}: parameter {name!r} must be a string, number, boolean or date, "
                             f"not {type(value).__name__}")
        if name in _PATH_PARAMETERS and isinstance(value, str) and value:
            value = str((Path(root) / Path(value).expanduser()).resolve())
        found[name] = value
    return found


def _copy_corpus(source: Path, raw: Path) -> int:
    # Links are copied as links: the loader refuses those that point outside the corpus, and a
    # copy must not pull in files the researcher never meant to put in the study.
    if source.is_dir():
        shutil.copytree(source, raw, symlinks=True, dirs_exist_ok=True)
    else:
        shutil.copy2(source, raw / source.name)
    return sum(1 for p in raw.rglob("*") if p.is_file() and p.name != "README.md")


def init_study(folder: str | os.PathLike, corpus: str | os.PathLike | None = None, *,
               force: bool = False) -> Path:
    """Make a study folder (see the module docstring) and return its path.

    ``corpus`` (a file or folder of articles) is copied into ``data/raw``. An existing study, or a
    folder holding anything, is refused with :class:`StudyExists` unless ``force``: then the
    notebooks and ``presslens.toml`` are replaced and nothing else is touched (data and reports stay).
    """
    root = Path(folder).expanduser().absolute()
    if root.exists() and not root.is_dir():
        raise NotADirectoryError(f"{root} is a file, not a folder")
    if root.is_dir() and any(root.iterdir()) and not force:
        what = "a presslens study" if (root / STUDY_FILE).is_file() else "a folder that is not empty"
        raise StudyExists(f"{root} is already {what}; nothing changed (use --force to replace its "
                          "notebooks and presslens.toml; data and reports are kept)")
    source = None
    if corpus is not None:
        source = Path(corpus).expanduser().absolute()
        if not source.exists():
            raise FileNotFoundError(f"corpus not found: {corpus} (from {Path.cwd()}); --corpus takes a file or "
                                    "folder of articles, or leave it out and put them in data/raw later")
        if source == root or root in source.parents or source in root.parents:
            raise ValueError(f"the corpus {source} and the study {root} must not hold each other")
    notebooks = sorted(packaged_notebooks().glob("[0-9][0-9]_*.ipynb"))
    raw = root / "data" / "raw"
    for sub in (raw, root / "data" / "processed", root / "reports", root / "notebooks"):
        sub.mkdir(parents=True, exist_ok=True)
    readme = raw / "README.md"
    if not readme.exists():
        readme.write_text(RAW_README, encoding="utf-8")
    for nb in notebooks:
        shutil.copyfile(nb, root / "notebooks" / nb.name)
    if source is not None:
        _copy_corpus(source, raw)
    (root / STUDY_FILE).write_text(_study_toml(notebooks, str(source) if source else None), encoding="utf-8")
    return root


def lab_command(folder: str | os.PathLike | None = None, extra: list[str] | tuple[str, ...] = ()) -> list[str]:
    """The JupyterLab command line for the notebooks of the study (or checkout) holding ``folder``
    (default: the current folder). Root needs ``--allow-root``; the news feed and update checks are
    off, since they would reach for the internet."""
    root = project_root() if folder is None else enclosing_root(folder)
    notebooks = (root or Path(folder or ".")) / "notebooks"
    if root is None or not any(notebooks.glob("[0-9][0-9]_*.ipynb")):
        raise FileNotFoundError(f"no study at {folder or root} (no notebooks/ there); make one with "
                                f"`presslens init {folder or 'STUDY_DIR'}`")
    command = [sys.executable, "-m", "jupyterlab", str(notebooks),
               "--LabApp.news_url=None", "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    return command + list(extra)


# --- the corpus as the notebooks read it -------------------------------------------------------

# pandas holds nanosecond timestamps, so dates outside these years cannot be stored.
_FIRST_YEAR, _LAST_YEAR = 1678, 2261


def check_date(value: Any, name: str = "publication_date") -> str | None:
    """A date parameter checked and written as ``YYYY-MM-DD`` (``None`` stays ``None``).

    Accepts ``2025-10-27``, ``20251027`` (also as a number) and ISO date-times; raises ``ValueError``
    with one readable line for anything else: not a date, an impossible day (``2025-02-30``), or a
    year pandas cannot hold (``0000-01-01``). A number is never read as Unix seconds.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, dt.date)):
        raise ValueError(f"{name} must be a date such as 2025-10-27, not {value!r}")
    if isinstance(value, dt.date):
        day = value if not isinstance(value, dt.datetime) else value.date()
    else:
        text = str(value).strip()
        try:
            day = (dt.datetime.fromisoformat(text).date() if len(text) > 10 and not text.isdigit()
                   else dt.date.fromisoformat(text))
        except ValueError:
            raise ValueError(f"{name} {text!r} is not a calendar date; write it as YYYY-MM-DD, "
                             "e.g. 2025-10-27") from None
    if not _FIRST_YEAR <= day.year <= _LAST_YEAR:
        raise ValueError(f"{name} {day.isoformat()} is outside the years {_FIRST_YEAR}-{_LAST_YEAR} "
                         "that presslens can hold")
    return day.isoformat()


def parse_fields(value: str | Mapping[str, str] | None) -> dict[str, str]:
    """Field names as the notebooks' ``fields`` parameter gives them: a mapping, or text such as
    ``"text=story_text, published=date"`` (what ``presslens run --field`` passes)."""
    if value is None or value == "":
        return {}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items()}
    fields: dict[str, str] = {}
    for part in str(value).split(","):
        if not part.strip():
            continue
        column, sep, field = part.partition("=")
        if not sep or not column.strip() or not field.strip():
            raise ValueError(f"field {part.strip()!r} must read COLUMN=FIELD, e.g. text=story_text")
        fields[column.strip()] = field.strip()
    return fields


def missing_articles(articles: pd.DataFrame, where: Any) -> str | None:
    """One line saying that ``articles`` (a :func:`load_corpus` result) holds no readable article,
    with the commonest skip reasons; ``None`` when it holds some."""
    if len(articles):
        return None
    from presslens.corpus import skipped

    skips = skipped(articles)
    if not len(skips):
        return f"no readable article in {where} (it holds no files)"
    counts = skips["reason"].value_counts()
    reasons = "; ".join(f"{n} × {reason}" for reason, n in counts.head(5).items())
    more = f"; and {len(counts) - 5} other reasons" if len(counts) > 5 else ""
    return f"no readable article in {where}; skipped: {reasons}{more}"


# How the notebooks' ``day_first`` parameter names the order of dates written in numbers (03/04/2031).
DAY_ORDERS = {"auto": None, "day first": True, "month first": False}


def day_order(value: bool | str | None) -> bool | None:
    """``value`` as :func:`~presslens.corpus.load_corpus`'s ``day_first``: ``True``, ``False`` or ``None``
    as they are, the texts of :data:`DAY_ORDERS` ("day first", "month first", "auto", any case) as
    they say. Raises ``ValueError`` naming them for anything else."""
    if value is None or isinstance(value, bool):
        return value
    key = " ".join(str(value).lower().replace("_", " ").split())
    if key not in DAY_ORDERS:
        raise ValueError(f"day_first {value!r} is none of {', '.join(map(repr, DAY_ORDERS))}")
    return DAY_ORDERS[key]


def open_corpus(corpus: str | os.PathLike | None = None, *, publication_date: Any = None,
                override_dates: bool = False, fields: str | Mapping[str, str] | None = None,
                mojibake: str = "repair",
                outlets: str | os.PathLike | Mapping[str, str] | None = None,
                day_first: bool | str | None = None) -> pd.DataFrame:
    """The articles as every notebook reads them (:func:`presslens.corpus.load_corpus`).

    ``publication_date`` fills in the date of the articles that carry none (their
    ``published_source`` becomes ``"parameter"``); with ``override_dates`` it replaces every
    article's date instead. ``fields`` maps article columns to record fields (see
    :func:`parse_fields`). ``mojibake``: ``"repair"`` or ``"keep"`` text decoded in the wrong encoding once
    ("PeÃ±a Nieto"), as :func:`~presslens.corpus.load_corpus` says. ``outlets``: the researcher's mapping
    of the names an outlet is written under to the outlet, or its file (``presslens run --outlets``;
    see :func:`~presslens.corpus.outlets.read_outlets`; None or "": none). ``day_first``: how dates written
    in numbers ("03/04/2031") are read, ``True``/``"day first"``, ``False``/``"month first"`` or
    ``None``/``"auto"`` (see :func:`~presslens.corpus.load_corpus`). Raises ``ValueError`` for a date that is
    not one (see :func:`check_date`) or a day order that is none of these.
    """
    from presslens.corpus import fill_dates, load_corpus

    date = check_date(publication_date)
    path = resolve_path(corpus)
    articles = load_corpus(path, publication_date=date if override_dates else None, fields=parse_fields(fields),
                           mojibake=mojibake, outlets=outlets or None, day_first=day_order(day_first))
    missing = missing_articles(articles, path)
    if missing:  # the notebooks still run (to empty tables and figures); this says why they are empty
        warnings.warn(missing, stacklevel=2)
    return articles if override_dates else fill_dates(articles, date)
