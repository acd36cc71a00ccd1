"""Where results go, and writing them so that a killed run never leaves half a file.

Layout under an output root (the project root by default, or ``--out DIR``)::

    ROOT/data/processed/NAME.csv      tables (and NAME.parquet)
    ROOT/reports/figures/NAME.png     figures (and NAME.svg)
    ROOT/reports/results/NB.json      headline numbers each notebook records

Every writer goes through :func:`atomic_write`: the bytes land in a temporary file in the
target folder, which then replaces the target in one ``os.replace``. Written files get the mode a
plain ``open()`` would give a new file (``0666`` less the umask: ``0644`` under umask ``022``), not
the ``0600`` of a temporary file, so a shared project folder or a web server can read them.
"""

from __future__ import annotations

import json
import os
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pandas as pd

__all__ = [
    "Layout",
    "atomic_write",
    "enclosing_root",
    "json_cell",
    "json_cells_back",
    "layout",
    "notebook_folder",
    "packaged_notebooks",
    "project_root",
    "read_results",
    "record_results",
    "resolve_path",
    "save_figure",
    "save_table",
    "study_root",
    "write_table",
]

_PACKAGE_DIR = Path(__file__).resolve().parent


STUDY_FILE = "presslens.toml"
# Set by `presslens run` for itself and its kernels: the output root and its run folder of tables.
STAGED_ROOT, STAGED_TABLES = "PRESSLENS_RUN_ROOT", "PRESSLENS_RUN_TABLES"


def _is_root(folder: Path) -> bool:
    # A study (made by ``presslens init``) or a checkout of presslens itself.
    return (folder / STUDY_FILE).is_file() or (
        (folder / "pyproject.toml").is_file() and (folder / "src" / "presslens").is_dir())


def project_root(start: str | os.PathLike | None = None) -> Path:
    """The folder a run belongs to: the nearest folder above ``start`` (default: the current folder)
    that is a study (it holds ``presslens.toml``, see ``presslens init``) or a presslens checkout
    (``pyproject.toml`` and ``src/presslens/``); else the checkout this package was installed from in
    editable mode; else the current folder."""
    here = Path(start or Path.cwd()).resolve()
    for candidate in (here, *here.parents, _PACKAGE_DIR.parents[1]):
        if _is_root(candidate):
            return candidate
    return here


def enclosing_root(start: str | os.PathLike) -> Path | None:
    """The study or checkout holding ``start``, or ``None`` (no fallback, unlike :func:`project_root`)."""
    here = Path(start).resolve()
    return next((c for c in (here, *here.parents) if _is_root(c)), None)


def study_root(start: str | os.PathLike | None = None) -> Path | None:
    """The study folder holding ``start`` (default: the current folder), or ``None`` outside any."""
    here = Path(start or Path.cwd()).resolve()
    return next((c for c in (here, *here.parents) if (c / STUDY_FILE).is_file()), None)


def notebook_folder(root: str | os.PathLike | None = None) -> Path:
    """Where the analysis notebooks of ``root`` (default: :func:`project_root`) are: its own
    ``notebooks/`` when it holds any, else the notebooks packaged with presslens."""
    own = Path(root or project_root()) / "notebooks"
    if any(own.glob("[0-9][0-9]_*.ipynb")):
        return own
    return packaged_notebooks()


def packaged_notebooks() -> Path:
    """The analysis notebooks installed with the package (the single copy; a checkout's
    ``notebooks/`` links to them)."""
    return _PACKAGE_DIR / "notebooks"


def resolve_path(path: str | os.PathLike | None, default: str = "data/raw") -> Path:
    """A user-given path as it stands if it exists from the current folder, else relative to the
    project root — the study or checkout holding the current folder — so notebooks run the same
    from JupyterLab, papermill and the CLI.

    ``None`` means ``default`` under the project root, e.g. the embedded sample corpus.
    """
    if path is None or str(path) == "":
        return project_root() / default
    p = Path(path).expanduser()
    if p.is_absolute() or p.exists():
        return p
    return project_root() / p


@dataclass(frozen=True)
class Layout:
    """The folders one run writes to."""

    root: Path

    @property
    def tables(self) -> Path:
        # While `presslens run` runs, its tables go to a run folder that replaces data/processed once
        # the whole run succeeded, so data/processed never mixes the tables of two runs.
        staged = os.environ.get(STAGED_TABLES)
        if staged and os.environ.get(STAGED_ROOT) == str(self.root.resolve()):
            return Path(staged)
        return self.published_tables

    @property
    def published_tables(self) -> Path:
        """``data/processed``: the tables of the last complete run."""
        return self.root / "data" / "processed"

    @property
    def reports(self) -> Path:
        return self.root / "reports"

    @property
    def figures(self) -> Path:
        return self.reports / "figures"

    @property
    def results(self) -> Path:
        return self.reports / "results"


def layout(output_dir: str | os.PathLike | None = None) -> Layout:
    """The output layout under ``output_dir`` (default: the project root)."""
    root = project_root() if output_dir in (None, "") else resolve_path(output_dir)
    return Layout(Path(root))


def _umask() -> int:
    # os.umask can only be read by setting it, which would race with threads creating files; Linux
    # reports it in /proc (since 4.7), so set-and-restore is the fallback only.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def atomic_write(path: str | os.PathLike, mode: str = "w", **kwargs: Any) -> Iterator[Any]:
    """Open a temporary sibling of ``path`` for writing; on success it replaces ``path``.

    On any exception the temporary file is removed and ``path`` keeps its previous content. The
    file written has mode ``0666`` less the umask, as a file ``open()`` creates would.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp creates the file 0600 whatever the umask; give it the mode other tools would.
        os.chmod(tmp, 0o666 & ~_umask())
        with os.fdopen(fd, mode, **kwargs) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_table(df: pd.DataFrame, name: str, output_dir: str | os.PathLike | None = None,
               formats: tuple[str, ...] = ("csv", "parquet")) -> dict[str, Path]:
    """Write ``df`` as ``data/processed/NAME.csv`` (and ``.parquet``) under the output root,
    atomically. Returns the paths written, by format."""
    return write_table(df, layout(output_dir).tables / name, formats)


def write_table(df: pd.DataFrame, stem: Path, formats: tuple[str, ...] = ("csv", "parquet")) -> dict[str, Path]:
    """Write ``df`` as ``STEM.csv`` (and ``.parquet``) atomically, as :func:`save_table` does under
    the output root. Returns the paths written, by format."""
    written: dict[str, Path] = {}
    for fmt in formats:
        path = stem.with_name(f"{stem.name}.{fmt}")
        if fmt == "csv":
            with atomic_write(path, "w", encoding="utf-8", newline="") as fh:
                df.to_csv(fh, index=False)
        elif fmt == "parquet":
            with atomic_write(path, "wb") as fh:
                _parquet_safe(df).to_parquet(fh, index=False)
        else:
            raise ValueError(f"unknown table format {fmt!r}; use 'csv' or 'parquet'")
        written[fmt] = path
    return written


def _parquet_safe(df: pd.DataFrame) -> pd.DataFrame:
    # Object columns mixing lists, dicts and scalars cannot be typed by Arrow; store them as JSON text.
    # A shallow copy: a column replaced here is replaced in the copy alone, and a large table is
    # not held twice while it is written.
    out = df.copy(deep=False)
    # pandas stores df.attrs in the Parquet metadata as JSON; attrs such as the corpus skip report
    # (a DataFrame) are not JSON and describe the run, not the table. Only the names of the columns
    # stored as JSON text go there, so that json_cells_back can give the lists back.
    out.attrs = {}
    stored = []
    for col in out.columns:
        if out[col].dtype == object and out[col].map(lambda v: isinstance(v, _JSON_CELLS)).any():
            out[col] = out[col].map(json_cell)
            stored.append(str(col))
    if stored:
        out.attrs = {_JSON_COLUMNS: stored}
    return out


_JSON_CELLS = (list, dict, tuple, set)  # the values of an object column a Parquet file stores as JSON text
_JSON_COLUMNS = "presslens_json_columns"  # the Parquet file's attrs key naming those columns


def json_cell(value: Any) -> Any:
    """``value`` as :func:`save_table` writes it into a Parquet file's object column: a list, dict,
    tuple or set as its JSON text (a tuple or set as a list), anything else as it is."""
    if not isinstance(value, _JSON_CELLS):
        return value
    return json.dumps(list(value) if isinstance(value, (set, tuple)) else value, default=str)


def json_cells_back(df: pd.DataFrame) -> pd.DataFrame:
    """A table read from a Parquet file :func:`save_table` wrote, with the columns it stored as JSON
    text (the lists of the events' and timeline's ``participants``, ``doc_ids``, ``outlets``…) as
    lists again, so a table read back is the table that was written. Files written before the
    columns were named in the file's metadata come back as they are."""
    columns = df.attrs.get(_JSON_COLUMNS) or []
    if not columns:
        return df
    out = df.copy(deep=False)
    out.attrs = {k: v for k, v in df.attrs.items() if k != _JSON_COLUMNS}
    for col in columns:
        if col in out.columns:
            out[col] = pd.Series([json.loads(v) if isinstance(v, str) else v for v in out[col]],
                                 index=out.index, dtype=object)
    return out


def save_figure(fig: Any, name: str, output_dir: str | os.PathLike | None = None,
                dpi: int = 200, formats: tuple[str, ...] = ("png", "svg")) -> Path:
    """Save a matplotlib figure as ``reports/figures/NAME.png`` (``dpi`` dots per inch, sharp when
    printed at column width) and ``NAME.svg`` (vector, for papers) under the output root, atomically.
    Returns the path of the first format (the PNG by default)."""
    paths = [layout(output_dir).figures / f"{name}.{fmt}" for fmt in formats]
    from matplotlib import rc_context

    for path, fmt in zip(paths, formats):
        # No creation date and fixed element ids in the SVG: the same figure gives the same file.
        with atomic_write(path, "wb") as fh, rc_context({"svg.hashsalt": "presslens"}):
            fig.savefig(fh, format=fmt, dpi=dpi, bbox_inches="tight",
                        metadata={"Date": None} if fmt == "svg" else None)
    return paths[0]


def record_results(notebook: str, results: dict[str, Any],
                   output_dir: str | os.PathLike | None = None) -> Path:
    """Record a notebook's headline numbers in ``reports/results/NOTEBOOK.json`` (merged with what
    the file already holds), so tests and later notebooks can read them back."""
    path = layout(output_dir).results / f"{notebook}.json"
    merged = read_results(notebook, output_dir)
    merged.update(results)
    with atomic_write(path, "w", encoding="utf-8") as fh:
        json.dump(merged, fh, indent=2, sort_keys=True, default=str)
    return path


def read_results(notebook: str, output_dir: str | os.PathLike | None = None) -> dict[str, Any]:
    """The results a notebook recorded with :func:`record_results` ({} when there are none)."""
    path = layout(output_dir).results / f"{notebook}.json"
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))
