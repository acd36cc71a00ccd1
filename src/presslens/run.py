"""Run the analysis notebooks headlessly with papermill and build the HTML report.

``presslens run [CORPUS | STUDY] [--out DIR] [-p NAME VALUE ...] [--field COLUMN=FIELD ...]
[--outlets FILE] [--notebooks 02,03]`` executes ``notebooks/NN_*.ipynb`` of the study or checkout (outside both: the
notebooks installed with presslens) in order, in the project root, with the kernel each notebook
names, and writes under the output root (the study or project root, or ``DIR``)::

    reports/NN_name.ipynb          executed notebook (replaced only when the notebook succeeded)
    reports/NN_name.failed.ipynb   what ran of a notebook that failed or was interrupted
    reports/NN_name.html           the executed notebook as HTML
    reports/index.html             links, status, provenance and headline numbers of every notebook
    reports/articles/*.html        the first N articles annotated in place (--pages N, default 50)
    reports/run.json               status of the last run: started, finished, ok/failed/interrupted,
                                   and its provenance (versions, parameters, corpus fingerprint)
    data/processed/                the tables of the last complete run (replaced in one rename)

``presslens init STUDY_DIR [--corpus PATH]`` makes a study folder (see :mod:`presslens.study`) and
``presslens lab [STUDY_DIR]`` opens its notebooks in JupyterLab.

Parameters are data: a value is a JSON scalar (``3``, ``true``, ``null``) or else a string, and
papermill injects it as a literal; names are checked against each notebook's ``parameters`` cell.

Example::

    presslens run data/raw --out /tmp/study -p publication_date 2025-10-27 --notebooks 01,03
"""

from __future__ import annotations

import argparse
import ast
import datetime as dt
import errno
import json
import os
import re
import shutil
import signal
import sys
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from presslens._lazy import without_iri_grammars
from presslens.io import (STAGED_ROOT, STAGED_TABLES, STUDY_FILE, atomic_write, layout, notebook_folder,
                          packaged_notebooks, project_root, resolve_path, study_root)
from presslens.report import provenance, static_tables, write_article_pages, write_index

__all__ = [
    "NotebookStatus",
    "ParameterError",
    "RunLocked",
    "RunStatus",
    "discover_notebooks",
    "main",
    "notebook_parameters",
    "parse_value",
    "plan_parameters",
    "run_notebooks",
    "write_index",
]

Scalar = str | int | float | bool | None

# Exit codes: a failed notebook, bad arguments (argparse's own convention), and 128 + signal.
EXIT_FAILED = 1
EXIT_USAGE = 2


class ParameterError(ValueError):
    """A parameter no selected notebook declares, or a value that would not inject as a literal."""


class RunLocked(RuntimeError):
    """Another ``presslens run`` is writing to the same output root."""


class _Stopped(KeyboardInterrupt):
    """SIGTERM before the notebooks run, raised as Ctrl-C is, so what the run was writing is cleaned up."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, _frame: Any) -> None:
    raise _Stopped(signum)


@dataclass
class NotebookStatus:
    """What happened to one notebook in a run (serialised into ``reports/run.json``)."""

    name: str
    status: str = "pending"  # pending, running, ok, failed, interrupted, not run
    parameters: dict[str, Scalar] = field(default_factory=dict)
    started: str | None = None
    finished: str | None = None
    output: str | None = None
    error: dict[str, Any] | None = None


@dataclass
class RunStatus:
    """The whole run, as written to ``reports/run.json``."""

    started: str
    status: str = "running"  # running, ok, failed, interrupted
    finished: str | None = None
    engine: str = "pandas"
    pid: int | None = None
    output_root: str = ""
    notebooks: list[NotebookStatus] = field(default_factory=list)
    message: str | None = None
    # Computed once per run: versions, parameters, the corpus's path, file count and listing fingerprint.
    provenance: dict[str, Any] = field(default_factory=dict)
    pages: dict[str, Any] | None = None  # the annotated article pages written (reports/articles)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def discover_notebooks(root: Path | None = None, select: str | Sequence[str] | None = None) -> list[Path]:
    """The ``notebooks/NN_*.ipynb`` under ``root`` (default: project root; the packaged notebooks
    when it has none) in order, or those named by ``select``: numbers or names such as ``"02,03"``,
    ``["03_quotes"]`` or ``"quotes"``.

    Raises ``ValueError`` naming the available notebooks when a selection matches none.
    """
    folder = notebook_folder(root)
    found = sorted(p for p in folder.glob("[0-9][0-9]_*.ipynb") if p.is_file())
    if select is None:
        return found
    wanted = [s.strip() for s in (select.split(",") if isinstance(select, str) else select) if s.strip()]
    chosen: list[Path] = []
    for key in wanted:
        key = key.removesuffix(".ipynb")
        hits = [p for p in found if key in (p.stem, p.stem[:2], p.stem[3:])]
        if not hits:
            names = ", ".join(p.stem for p in found) or "none"
            raise ValueError(f"no notebook matches {key!r}; available: {names}")
        chosen.extend(h for h in hits if h not in chosen)
    return sorted(chosen)


def _no_constant(name: str) -> float:
    # NaN and Infinity have no Python literal form, so papermill could only inject them as code.
    raise ValueError(name)


def parse_value(text: str) -> Scalar:
    """A command-line parameter value: a JSON scalar (number, ``true``/``false``, ``null``; also
    Python's ``True``/``False``/``None``) or else the text itself as a string.

    >>> parse_value("3"), parse_value("null"), parse_value("2025-10-27"), parse_value("[1]")
    (3, None, '2025-10-27', '[1]')
    """
    python_words: dict[str, Scalar] = {"True": True, "False": False, "None": None}
    if text in python_words:
        return python_words[text]
    try:
        value = json.loads(text, parse_constant=_no_constant)
    except ValueError:
        return text
    # Containers stay text: a parameter is one literal, never a structure to interpret.
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    return text


def notebook_parameters(path: Path) -> dict[str, dict[str, Any]]:
    """The parameters a notebook declares in its ``parameters`` cell: name -> papermill's
    description (``inferred_type_name``, ``default``, ``help``)."""
    import papermill

    return dict(papermill.inspect_notebook(str(path)))


def _injection(parameters: dict[str, Scalar]) -> str:
    from papermill.translators import translate_parameters

    return translate_parameters("python3", "python", parameters, "Parameters")


def _check_literal(parameters: dict[str, Scalar]) -> None:
    # Papermill's translator escapes strings; this proves, before any kernel starts, that the code it
    # will inject is nothing but NAME = LITERAL lines.
    source = _injection(parameters)
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise ParameterError(f"parameter values do not inject as Python literals: {exc}") from exc
    for stmt in tree.body:
        ok = (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
              and isinstance(stmt.targets[0], ast.Name))
        if ok:
            try:
                ast.literal_eval(stmt.value)
            except ValueError:
                ok = False
        if not ok:
            raise ParameterError(f"parameter injection is not a plain literal: {ast.unparse(stmt)!r}")


def plan_parameters(notebooks: Sequence[Path], parameters: dict[str, Scalar]) -> dict[Path, dict[str, Scalar]]:
    """Which parameters go to which notebook: each only to the notebooks that declare it.

    Raises :class:`ParameterError` for a name that no selected notebook declares (the message lists
    the names they accept) or for a value that is not a plain scalar.
    """
    declared = {nb: notebook_parameters(nb) for nb in notebooks}
    unknown = [name for name in parameters if not any(name in d for d in declared.values())]
    if unknown:
        owners: dict[str, list[str]] = {}
        for nb, names in declared.items():
            for name in names:
                owners.setdefault(name, []).append(nb.stem[:2])
        allowed = ", ".join(f"{n} ({','.join(o)})" for n, o in sorted(owners.items())) or "none"
        plural = "s" if len(unknown) > 1 else ""
        raise ParameterError(f"unknown parameter{plural} {', '.join(map(repr, unknown))}; "
                             f"the selected notebooks accept: {allowed}")
    for name, value in parameters.items():
        if not (isinstance(value, (str, int, float, bool)) or value is None):
            raise ParameterError(f"parameter {name!r} must be a string or scalar, not {type(value).__name__}")
        for nb, names in declared.items():
            if name in names:
                _check_kind(name, value, nb.stem, names[name].get("default"))
        _check_choices(name, value)
    _check_literal(parameters)
    return {nb: {k: v for k, v in parameters.items() if k in declared[nb]} for nb in notebooks}


def _check_choices(name: str, value: Scalar) -> None:
    # A parameter that lists names from a fixed set ("-p kinds dirct", "-p what portrait") ran every notebook
    # and kept no row: each name is checked before any notebook runs.
    if not isinstance(value, str) or name not in ("kinds", "what", "day_first"):
        return
    if name == "day_first":
        from presslens.study import DAY_ORDERS, day_order

        try:
            day_order(value)
        except ValueError:
            raise ParameterError(f"parameter 'day_first': {value!r} is none of {', '.join(DAY_ORDERS)}") from None
        return
    if name == "kinds":
        from presslens.quotes.speakers import QUOTE_KINDS as choices
    else:
        from presslens.validation.sheets import WHATS as choices
    unknown = [w.strip() for w in value.split(",") if w.strip() and w.strip().lower() not in choices]
    if unknown:
        raise ParameterError(f"parameter {name!r}: unknown {', '.join(map(repr, unknown))}; give one or more of "
                             f"{', '.join(choices)}, separated by commas")


# The notebooks' parameters that are days, checked and written YYYY-MM-DD before any notebook runs: a date
# bound given as 2025 or 20251001 reached filter_timeline as a number, read as nanoseconds after 1970.
DATE_PARAMETERS = ("publication_date", "date_from", "date_to")


def _check_kind(name: str, value: Scalar, notebook: str, default: str | None) -> None:
    # A number or a switch given as text ("-p min_size abc", "-p speech_acts no") would run the whole
    # analysis and then fail in a cell or, as bool("no") is True, silently do the opposite.
    try:
        given = ast.literal_eval(default or "")
    except (ValueError, SyntaxError):
        return
    if isinstance(given, bool):
        if not isinstance(value, bool):
            raise ParameterError(f"parameter {name!r} is a switch (default {given} in {notebook}): give true or "
                                 f"false, not {value!r}")
    elif isinstance(given, (int, float)):
        whole = isinstance(given, int)
        if isinstance(value, bool) or not isinstance(value, int if whole else (int, float)):
            raise ParameterError(f"parameter {name!r} takes a {'whole ' if whole else ''}number (default {given} "
                                 f"in {notebook}), not {value!r}")
    elif (given is None or isinstance(given, str)) and isinstance(value, (bool, int, float)):
        # A parameter of text or of none (a name, kinds, a path): '-p kinds 7' failed in the third notebook,
        # '-p entity 42' looked for the number. The command line reads 7 as a number; quotes make it text.
        raise ParameterError(f"parameter {name!r} takes text (default {given!r} in {notebook}), not {value!r}; "
                             f"to give the text {value}, write -p {name} '\"{value}\"'")


# Kernels started by this process, so a signal handled in the main thread can stop the kernel a worker
# thread is waiting on (nbclient then reports a dead kernel and papermill saves what ran).
_LIVE_KERNELS: set[Any] = set()
_LIVE_LOCK = threading.Lock()


def _kill_live_kernels() -> None:
    with _LIVE_LOCK:
        managers = list(_LIVE_KERNELS)
    for km in managers:
        process = getattr(getattr(km, "provisioner", None), "process", None)
        if process is not None and process.poll() is None:
            process.kill()


def _kernel_manager_class() -> type:
    import zmq
    from jupyter_client.manager import AsyncKernelManager
    from traitlets import default

    class TrackedKernelManager(AsyncKernelManager):
        @default("transport_encryption")
        def _encrypt_when_possible(self) -> str:
            # Kernel ports are open to every local user; CurveZMQ keys keep the traffic private.
            return "auto" if zmq.has("curve") else "disabled"

        async def start_kernel(self, **kwargs: Any) -> None:
            await super().start_kernel(**kwargs)
            with _LIVE_LOCK:
                _LIVE_KERNELS.add(self)

        async def shutdown_kernel(self, now: bool = False, restart: bool = False) -> None:
            with _LIVE_LOCK:
                _LIVE_KERNELS.discard(self)
            await super().shutdown_kernel(now=now, restart=restart)

        async def _async_interrupt_kernel(self) -> None:
            # jupyter_client interrupts (SIGINT) every kernel it shuts down, even one idle after its
            # notebook's last cell, and ipykernel then logs "ERROR | KeyboardInterrupt caught in kernel"
            # on the run's terminal after a run that went well. A kernel shutting down is asked to by
            # message, then terminated; a run stopped by the user kills its kernels (_kill_live_kernels).
            if not self.shutting_down:
                await super()._async_interrupt_kernel()

    return TrackedKernelManager


def _write_status(path: Path, status: RunStatus) -> None:
    with atomic_write(path, "w", encoding="utf-8") as fh:
        json.dump(asdict(status), fh, indent=2)


def _failure_line(name: str, exc: BaseException, kept: str) -> tuple[str, dict[str, Any]]:
    from papermill.exceptions import PapermillExecutionError

    if isinstance(exc, PapermillExecutionError):
        number, first = _failing_line(exc)
        error = {"cell": exc.cell_index, "execution_count": exc.exec_count, "line": number,
                 "ename": exc.ename, "evalue": exc.evalue, "source": first}
        at = f", line {number}" if number else ""
        where = f"In [{exc.exec_count}] (cell {exc.cell_index}{at}: {first[:60]})"
        return f"{name} failed at {where}: {exc.ename}: {exc.evalue} — see {kept}", error
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    error = {"ename": type(exc).__name__, "evalue": text}
    return f"{name} failed: {type(exc).__name__}: {text} — see {kept}", error


_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_MARKED = re.compile(r"^-*>\s*(\d+)\s(.*)$")


def _failing_line(exc: Any) -> tuple[int | None, str]:
    # The cell's own frame comes first in the traceback, its failing line marked "----> N code"; the
    # cell's first line would point at the wrong place when a later line failed.
    source = (exc.source or "").splitlines()
    for line in _ANSI.sub("", "\n".join(exc.traceback or [])).splitlines():
        marked = _MARKED.match(line.strip())
        if marked and 0 < int(marked.group(1)) <= len(source):
            number = int(marked.group(1))
            return number, source[number - 1].strip()
    return None, next((ln.strip() for ln in source if ln.strip()), "")


def _export_html(notebook: Path, target: Path) -> None:
    from importlib import resources

    import nbformat
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab", template_file="run_report.html.j2",
                            extra_template_paths=[str(resources.files("presslens") / "data")])
    run = json.loads((target.parent / "run.json").read_text(encoding="utf-8"))
    results = target.parent / "results" / f"{notebook.stem}.json"
    articles = json.loads(results.read_text(encoding="utf-8")).get("articles") if results.is_file() else None
    body, _ = exporter.from_notebook_node(static_tables(nbformat.read(notebook, as_version=4)),
                                          resources={"presslens_run": run, "presslens_articles": articles})
    with atomic_write(target, "w", encoding="utf-8") as fh:
        fh.write(body)


ENGINES = ("pandas", "dask")


def run_notebooks(notebooks: Sequence[Path], parameters: dict[str, Scalar] | None = None,
                  output_dir: str | os.PathLike | None = None, *, engine: str = "pandas", progress: bool = True,
                  stop: threading.Event | None = None, echo: Callable[[str], None] | None = None,
                  pages: int = 50, cwd: str | os.PathLike | None = None,
                  fresh: str | os.PathLike | None = None) -> RunStatus:
    """Execute ``notebooks`` in order with papermill and return (and write) the run status.

    ``parameters`` go to the notebooks declaring them (see :func:`plan_parameters`); the executed
    notebooks, their HTML and ``run.json`` land in ``reports/`` under ``output_dir`` (default: the
    project root). The run stops at the first failing notebook; setting ``stop`` (the CLI does on
    SIGTERM/SIGINT) stops the running kernel and marks the run ``interrupted``. Each executed
    notebook is written to ``NN_name.partial.ipynb`` while it runs and renamed to ``NN_name.ipynb``
    on success or ``NN_name.failed.ipynb`` otherwise, so earlier results are never half-overwritten.
    The tables go to a run folder that replaces ``data/processed`` only when every notebook
    succeeded (a failed or interrupted run leaves them in ``data/processed.failed``), so
    ``data/processed`` always holds the tables of one complete run; ``fresh``, a folder of tables
    made for this run beforehand (what ``presslens run`` analyses before the notebooks), joins the
    run folder in place of the tables of the same names, so they too are published only with the
    run. Kernels start in ``cwd``
    (default: the project folder holding the notebooks). ``echo`` receives the one-line failure,
    interruption or stale-run message (default: printed to stderr). After the notebooks, the first
    ``pages`` articles of the corpus are written annotated to ``reports/articles/`` (0: none).
    """
    if engine not in ENGINES:
        raise ValueError(f"unknown engine {engine!r}; available: {', '.join(ENGINES)}")
    stop = stop or threading.Event()
    say = echo or (lambda line: print(line, file=sys.stderr))
    plan = plan_parameters(notebooks, dict(parameters or {}))
    reports = layout(output_dir).reports
    reports.mkdir(parents=True, exist_ok=True)
    with _exclusive(reports):
        _report_stale_run(reports / "run.json", say)
        with _staged_tables(layout(output_dir).root, None if fresh is None else Path(fresh)) as tables:
            status = _execute(notebooks, plan, output_dir, engine, progress, stop, say, pages, cwd)
            tables.publish = status.status == "ok"
    return status


def _report_stale_run(status_path: Path, say: Callable[[str], None]) -> None:
    # Called while holding the lock: a run.json still saying "running" belongs to a run that died
    # without finishing (SIGKILL, power loss), since a live run would hold the lock.
    try:
        last = json.loads(status_path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return
    if isinstance(last, dict) and last.get("status") == "running":
        say(f"presslens: the previous run (started {last.get('started')}, pid {last.get('pid')}) stopped "
            "without finishing (killed?); its run.json said 'running'. data/processed keeps the tables "
            "of the last complete run.")


class _Staging:
    publish = False


@contextmanager
def _tables_in(root: Path, folder: Path) -> Iterator[None]:
    """The tables of the output ``root`` written to ``folder`` meanwhile, by this process and the
    kernels it starts: they find it through the environment (io.Layout)."""
    previous = {key: os.environ.get(key) for key in (STAGED_ROOT, STAGED_TABLES)}
    os.environ[STAGED_ROOT], os.environ[STAGED_TABLES] = str(root.resolve()), str(folder)
    try:
        yield
    finally:
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def _analysis_folder(root: Path, sweep: bool) -> Path:
    """A new folder, this run's own, for the tables ``presslens run`` analyses before the notebooks
    (:func:`run_notebooks` takes them as ``fresh``). Written straight into data/processed, they
    replaced the last complete run's before this run had succeeded or held its lock: a failed or
    interrupted run left them there beside that run's other tables, and a run refused for another
    one writing had already overwritten that one's. ``sweep`` (the caller holds the run lock, which
    every live run holds while it analyses): the folders of this kind found there are those of killed
    runs (SIGKILL, power loss), which no finally removed, and they go."""
    for stale in (root / "data").glob(".analysis-*") if sweep else ():
        shutil.rmtree(stale, ignore_errors=True)
    return root / "data" / f".analysis-{uuid.uuid4().hex[:12]}"


@contextmanager
def _staged_tables(root: Path, fresh: Path | None = None) -> Iterator[_Staging]:
    # The run writes its tables into a run folder (data/.processed.run), begun as hard links of the
    # current tables so a run of some notebooks keeps the others' tables (and with the tables made
    # for it beforehand, ``fresh``, in place of theirs); one rename then publishes it as data/processed.
    published = root / "data" / "processed"
    staging, failed = published.with_name(".processed.run"), published.with_name("processed.failed")
    shutil.rmtree(staging, ignore_errors=True)  # what a killed run left
    if published.is_dir():
        try:
            shutil.copytree(published, staging, copy_function=os.link)
        except OSError:  # no hard links on this file system
            shutil.rmtree(staging, ignore_errors=True)
            shutil.copytree(published, staging)
    staging.mkdir(parents=True, exist_ok=True)
    for table in sorted(fresh.iterdir()) if fresh is not None and fresh.is_dir() else ():
        old = staging / table.name
        if old.is_dir() and not old.is_symlink():
            shutil.rmtree(old)
        elif old.exists() or old.is_symlink():
            old.unlink()
        os.replace(table, old)
    outcome = _Staging()
    try:
        with _tables_in(root, staging):
            yield outcome
    finally:
        target = published if outcome.publish else failed
        old = target.with_name(f".{target.name}.old")
        shutil.rmtree(old, ignore_errors=True)
        if target.exists():
            os.replace(target, old)
        os.replace(staging, target)
        shutil.rmtree(old, ignore_errors=True)
        if outcome.publish:
            shutil.rmtree(failed, ignore_errors=True)


_LOCKED: set[Path] = set()  # the reports folders whose run lock this process holds


@contextmanager
def _exclusive(reports: Path) -> Iterator[bool]:
    # Two runs into one output root would interleave notebooks and overwrite each other's run.json.
    # Held already by this process (presslens run takes it before its analysis, then run_notebooks
    # asks again), it is held on: a second flock of the same file would refuse this very run. Gives
    # whether the lock is held.
    try:
        import fcntl
    except ImportError:  # not POSIX: no advisory locks, runs are not guarded
        yield False
        return
    key = reports.resolve()
    if key in _LOCKED:
        yield True
        return
    with open(reports / ".run.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise RunLocked(f"another presslens run is writing to {reports}; wait for it or use --out") from None
        _LOCKED.add(key)
        try:
            yield True
        finally:
            _LOCKED.discard(key)


def _write_status_anyhow(path: Path, status: RunStatus) -> None:
    # On a full disk the atomic write's temporary file cannot be written; the old run.json's own
    # blocks still can, so the run is never left saying "running".
    try:
        _write_status(path, status)
    except OSError:
        with open(path, "r+" if path.exists() else "w", encoding="utf-8") as fh:
            fh.write(json.dumps(asdict(status)))
            fh.truncate()


_READING = ("corpus", "publication_date", "override_dates", "fields", "mojibake", "outlets", "day_first")


def _corpus_of(plan: dict[Path, dict[str, Scalar]], given: dict[str, Scalar]) -> dict[str, Scalar]:
    # How the notebooks read the corpus (path, anchor date, date override, field names): as given,
    # else the first notebook's own default, so the article pages show the articles they analysed.
    found: dict[str, Scalar] = {}
    for name in _READING:
        if name in given:
            found[name] = given[name]
            continue
        for nb in plan:
            declared = notebook_parameters(nb).get(name)
            if declared:
                try:
                    found[name] = ast.literal_eval(str(declared.get("default")))
                except (ValueError, SyntaxError):
                    continue
                break
    return {name: found.get(name) for name in _READING}


def _execute(notebooks: Sequence[Path], plan: dict[Path, dict[str, Scalar]], output_dir: Any, engine: str,
             progress: bool, stop: threading.Event, say: Callable[[str], None], pages: int = 50,
             cwd: str | os.PathLike | None = None) -> RunStatus:
    import papermill
    from tqdm.auto import tqdm

    reports = layout(output_dir).reports
    # A run killed outright (SIGKILL, power loss) leaves its notebook as .partial; keep what it ran.
    for leftover in reports.glob("[0-9][0-9]_*.partial.ipynb"):
        os.replace(leftover, leftover.with_name(leftover.name.replace(".partial.", ".failed.")))
    status_path = reports / "run.json"
    given = {k: v for values in plan.values() for k, v in values.items()}
    reading = _corpus_of(plan, given)
    corpus = reading["corpus"]
    status = RunStatus(started=_now(), engine=engine, pid=os.getpid(), output_root=str(layout(output_dir).root),
                       notebooks=[NotebookStatus(nb.stem, parameters=plan[nb]) for nb in notebooks],
                       provenance=provenance(given, corpus))
    _write_status(status_path, status)
    manager_class = _kernel_manager_class()
    bar = tqdm(total=len(notebooks), unit="notebook", desc="presslens", disable=not progress, position=0)
    try:
        for nb, entry in zip(notebooks, status.notebooks):
            if stop.is_set():
                break
            partial = reports / f"{nb.stem}.partial.ipynb"
            final, failed = reports / f"{nb.stem}.ipynb", reports / f"{nb.stem}.failed.ipynb"
            entry.status, entry.started = "running", _now()
            _write_status(status_path, status)
            bar.set_postfix_str(nb.stem)
            try:
                papermill.execute_notebook(
                    str(nb), str(partial), parameters=plan[nb], cwd=str(cwd or project_root(nb.parent)),
                    progress_bar={"desc": nb.stem, "leave": False, "position": 1} if progress else False,
                    kernel_manager_class=manager_class,
                )
            except BaseException as exc:  # noqa: BLE001 - every way a notebook ends badly is recorded
                entry.finished = _now()
                if partial.exists():
                    os.replace(partial, failed)
                    entry.output = str(failed)
                kept = entry.output or "nothing ran"
                if stop.is_set() or not isinstance(exc, Exception):
                    stop.set()
                    entry.status = "interrupted"
                    status.message = f"interrupted while running {nb.stem}; what ran is in {kept}"
                else:
                    entry.status = "failed"
                    status.message, entry.error = _failure_line(nb.stem, exc, kept)
                if not isinstance(exc, Exception) or isinstance(exc, OSError):
                    raise
                break
            os.replace(partial, final)
            failed.unlink(missing_ok=True)
            _export_html(final, reports / f"{nb.stem}.html")
            entry.status, entry.finished, entry.output = "ok", _now(), str(final)
            _write_status(status_path, status)
            bar.update(1)
    except OSError as exc:
        # The runner's own writes failed (a full disk, a folder made read-only meanwhile).
        for entry in status.notebooks:
            if entry.status == "running":
                entry.status, entry.finished = "failed", _now()
                entry.error = {"ename": type(exc).__name__, "evalue": os.strerror(exc.errno or 0)}
        status.message = _os_error_line(exc)
        raise
    finally:
        bar.close()
        for entry in status.notebooks:
            if entry.status in ("pending", "running"):
                entry.status = "not run" if entry.status == "pending" else "interrupted"
        if stop.is_set():
            status.status = "interrupted"
            status.message = status.message or "interrupted before the run finished"
        elif any(e.status != "ok" for e in status.notebooks):
            status.status = "failed"
        else:
            status.status = "ok"
        status.finished = _now()
        _write_status_anyhow(status_path, status)
    try:
        if status.status != "interrupted" and pages > 0:
            status.pages = _article_pages(reading, output_dir, pages, status, stop, given.get("tables"))
            if stop.is_set():  # SIGTERM or Ctrl-C while the pages were written
                status.status, status.message = "interrupted", "interrupted while the article pages were written"
            _write_status(status_path, status)
        # The report always states the status of the run it shows, interrupted ones included.
        write_index(output_dir)
    except OSError:
        pass  # a full disk: run.json still says what happened
    if status.message:
        say(f"presslens: {status.message}")
    return status


def _os_error_line(exc: OSError) -> str:
    what = os.strerror(exc.errno) if exc.errno else str(exc)
    where = f" {exc.filename}" if exc.filename else ""
    hint = "; free some space and run again" if exc.errno == errno.ENOSPC else ""
    return f"cannot write{where}: {what}{hint}"


def _article_pages(reading: dict[str, Scalar], output_dir: Any, limit: int, status: RunStatus,
                   stop: threading.Event, tables: Scalar = None) -> dict[str, Any]:
    # The notebooks' results stand without these pages: a corpus they cannot render is recorded.
    # With the run's tables (``tables``), the pages show them rather than analysing the articles again.
    date = reading.get("publication_date")
    try:
        written = write_article_pages(reading.get("corpus"), output_dir, limit=limit, run=asdict(status), stop=stop,
                                      tables=None if tables in (None, "") else str(tables),
                                      publication_date=None if date is None else str(date),
                                      override_dates=bool(reading.get("override_dates")),
                                      fields=reading.get("fields"), mojibake=reading.get("mojibake") or "repair",
                                      outlets=reading.get("outlets") or None, day_first=reading.get("day_first"))
    except Exception as exc:  # noqa: BLE001 - any failure is recorded in run.json instead
        return {"error": f"{type(exc).__name__}: {exc}"}
    status.provenance.setdefault("corpus", {})["articles"] = written["articles"]
    return {k: written[k] for k in ("articles", "written", "limit", "source", "missing")}


def _path_text(given: str, what: str) -> str:
    # Paths reach the notebooks inside JSON and Python source, which hold only valid Unicode; bytes
    # that are not UTF-8 arrive from argv as lone surrogates.
    try:
        given.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(given).decode("utf-8", "backslashreplace")
        raise ParameterError(f"{what} {shown} has bytes that are not UTF-8 in its name; rename it (or "
                             "link to it from a UTF-8 name) and run again") from None
    return given


# A run writes executed notebooks, HTML with figures and tables; below this a disk is as good as full.
MIN_FREE_BYTES = 20_000_000


def check_output_root(root: Path, given: str | None = None) -> None:
    """Refuse, with one line (:class:`ParameterError`), an output root that is not a writable folder
    with some free space: a file, the file-system root, a read-only folder, a full disk. The folders
    the check makes to write in are removed again: a run refused later (no readable article, say)
    leaves no output folders behind; the run makes them when it starts."""
    name = f"--out {given}" if given is not None else f"the output folder {root}"
    if root.exists() and not root.is_dir():
        raise ParameterError(f"{name} is a file, not a folder")
    if root.parent == root:
        raise ParameterError(f"{name} is the root of the file system; give a folder of its own, "
                             "e.g. --out ~/presslens-results")
    made: list[Path] = []  # the folders made here, deepest last
    try:
        for sub in (layout(root).reports, layout(root).published_tables):
            made.extend(reversed([p for p in (sub, *sub.parents) if not p.exists()]))
            sub.mkdir(parents=True, exist_ok=True)
            with open(sub / f".presslens-write-check-{os.getpid()}", "wb") as probe:
                probe.write(b"x")
            os.unlink(probe.name)
        free = shutil.disk_usage(root).free
    except OSError as exc:
        raise ParameterError(f"cannot write to {name}: {os.strerror(exc.errno or 0) or exc}") from None
    finally:
        for folder in reversed(made):
            try:
                folder.rmdir()  # only while empty: never what someone else put there meanwhile
            except OSError:
                pass
    if free < MIN_FREE_BYTES:
        raise ParameterError(f"{name} is on a full disk ({free // 1_000_000} MB free, a run needs at least "
                             f"{MIN_FREE_BYTES // 1_000_000} MB)")


def _articles(parameters: dict[str, Scalar], root: Path) -> Any:
    # The articles as the notebooks will read them (fields, dates), read once for the whole run.
    # The readers' own warnings (a PDF library's, say) are for the notebooks to show.
    import logging
    import warnings

    from presslens.study import open_corpus

    corpus = parameters.get("corpus")
    previous = Path.cwd()
    os.chdir(root)  # relative paths mean what they mean to the notebooks, whose kernels start here
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # open_corpus warns of missing articles; the check says it
            return open_corpus(None if corpus is None else str(corpus),
                               publication_date=parameters.get("publication_date"),
                               override_dates=bool(parameters.get("override_dates")),
                               fields=parameters.get("fields"), mojibake=parameters.get("mojibake") or "repair",
                               outlets=parameters.get("outlets") or None, day_first=parameters.get("day_first"))
    finally:
        logging.disable(logging.NOTSET)
        os.chdir(previous)


def _readable_articles(parameters: dict[str, Scalar], root: Path) -> Any:
    # One clear line before any kernel starts, rather than four notebooks failing on no data.
    from presslens.study import missing_articles

    articles = _articles(parameters, root)
    corpus = parameters.get("corpus")
    missing = missing_articles(articles, corpus if corpus is not None else root / "data" / "raw")
    if missing:
        raise ParameterError(missing)
    return articles


def _add_study_parameters(parameters: dict[str, Scalar], root: Path, notebooks: Sequence[Path]) -> None:
    # The study's presslens.toml [parameters], under what the command line gave; a name is checked
    # against all of the study's notebooks, and given only when a selected one declares it.
    from presslens.study import check_date, study_parameters

    try:
        found = study_parameters(root)
    except ValueError as exc:
        raise ParameterError(str(exc)) from exc
    declared = set().union(*(notebook_parameters(nb) for nb in discover_notebooks(root)))
    unknown = sorted(set(found) - declared)
    if unknown:
        raise ParameterError(f"{root / STUDY_FILE}: unknown parameter(s) {', '.join(map(repr, unknown))} "
                             f"under [parameters]; the study's notebooks accept: {', '.join(sorted(declared))}")
    selected = set().union(*(notebook_parameters(nb) for nb in notebooks))
    for name, value in found.items():
        if name not in selected or name in parameters:
            continue
        try:
            parameters[name] = check_date(value, name) if name in DATE_PARAMETERS else value
        except ValueError as exc:
            raise ParameterError(f"{root / STUDY_FILE}: {exc}") from exc
        if name == "corpus" and not Path(str(value)).exists():
            raise ParameterError(f"{root / STUDY_FILE}: corpus not found: {value}")


def _run_command(args: argparse.Namespace) -> int:
    if args.engine != "dask" and (args.scheduler is not None or args.partitions is not None):
        # Without the Dask engine they would be ignored, and the run go on in this process unasked.
        raise ParameterError("--scheduler and --partitions go with --engine dask; add it or leave them out")
    parameters: dict[str, Scalar] = {}
    for name, value in args.parameter or []:
        parameters[name] = parse_value(value)
    if args.field:
        given = ", ".join(args.field)
        from presslens.study import parse_fields

        fields = parse_fields(given)
        parameters["fields"] = ", ".join(f"{k}={v}" for k, v in fields.items())
    if args.override_dates:
        parameters["override_dates"] = True
    if args.keep_mojibake:
        parameters["mojibake"] = "keep"
    if args.day_first:
        parameters["day_first"] = "day first"
    if args.outlets is not None:
        parameters["outlets"] = str(Path(_path_text(args.outlets, "--outlets")).expanduser().resolve())
    from presslens.study import check_date

    for name in DATE_PARAMETERS:
        if name in parameters:
            parameters[name] = check_date(parameters[name], name)
    root = None
    corpus = _path_text(args.corpus, "the corpus path") if args.corpus is not None else None
    if corpus is not None and study_root(Path(corpus).expanduser()) == Path(corpus).expanduser().resolve():
        # `presslens run STUDY`: the study's notebooks, articles and output folders.
        root, corpus = Path(corpus).expanduser().resolve(), None
    out = _path_text(args.out, "--out") if args.out is not None else None
    for name, given in (("corpus", corpus), ("output_dir", out)):
        if given is None:
            continue
        # Paths the user typed are relative to their shell, but notebooks run in the project root.
        path = Path(given).expanduser()
        value = str(path.resolve()) if name == "output_dir" or path.exists() else given
        if name in parameters and parameters[name] != value:
            raise ParameterError(f"{name} given twice: {parameters[name]!r} and {given!r}")
        parameters[name] = value
    if "corpus" in parameters and not resolve_path(str(parameters["corpus"])).exists():
        raise ParameterError(f"corpus not found: {parameters['corpus']} (from {Path.cwd()}); give a study folder "
                             "made by `presslens init`, or a file or folder of articles")
    root = root or project_root()
    notebooks = discover_notebooks(root, select=args.notebooks)
    if not notebooks:
        raise ParameterError(f"no notebooks in {root / 'notebooks'}")
    if notebooks[0].parent == packaged_notebooks() and not (root / "notebooks").is_dir():
        print(f"presslens: {root} is no study; running the notebooks installed with presslens "
              f"(make a study of your own with `presslens init DIR`)", file=sys.stderr)
    if study_root(root) == root:
        _add_study_parameters(parameters, root, notebooks)
    if parameters.get("outlets"):
        parameters["outlets"] = _outlets_file(str(parameters["outlets"]), root)
    if root != project_root():  # a study given on the command line: its folders, not the shell's
        parameters.setdefault("output_dir", str(root))
        if any("corpus" in notebook_parameters(nb) for nb in notebooks):
            parameters.setdefault("corpus", str(root / "data" / "raw"))
    plan_parameters(notebooks, parameters)  # refuse bad names before anything is written
    output_dir = parameters.get("output_dir")
    check_output_root(layout(output_dir).root if output_dir is None else Path(str(output_dir)), out)
    articles = None
    if (args.engine == "pandas" and "tables" not in parameters
            and any("corpus" in notebook_parameters(nb) for nb in notebooks)):
        articles = _readable_articles(parameters, root)
    if args.engine == "dask" or ("tables" not in parameters
                                 and any("tables" in notebook_parameters(nb) for nb in notebooks)):
        # The analyses run once before the notebooks, which read the tables. The run lock is taken
        # first: a run refused for another one writing there has done no work, and no live run leaves
        # its analysis folder unlocked (_analysis_folder sweeps those of killed runs).
        reports = layout(output_dir).reports
        reports.mkdir(parents=True, exist_ok=True)
        with _exclusive(reports) as locked:
            return _analyse_then_run(args, notebooks, parameters, output_dir, root, articles, sweep=locked)
    return _run_with_signals(args, notebooks, parameters, output_dir, root, None)


def _analyse_then_run(args: argparse.Namespace, notebooks: Sequence[Path], parameters: dict[str, Scalar],
                      output_dir: Any, root: Path, articles: Any, *, sweep: bool) -> int:
    """The analysis before the notebooks into this run's own folder, published only with the run: on
    the Dask cluster (partitioned Parquet), or on every core (--jobs) from ``articles`` (those the
    check of the corpus read, as the notebooks read them; None: read here); then the notebooks
    (:func:`_run_with_signals`); the exit code. ``sweep``: see :func:`_analysis_folder`."""
    from presslens.pipeline import write_analysis
    from presslens.study import day_order, parse_fields

    dask = args.engine == "dask"
    date, override = parameters.get("publication_date"), bool(parameters.get("override_dates"))
    if articles is None and not dask:
        articles = _articles(parameters, root)
    fresh = _analysis_folder(layout(output_dir).root, sweep)
    try:
        with _tables_in(layout(output_dir).root, fresh):
            if dask:
                from presslens.distributed import run_dask

                run_dask(parameters.get("corpus"), output_dir, scheduler=args.scheduler, partitions=args.partitions,
                         publication_date=None if date is None else str(date), override_dates=override,
                         fields=parse_fields(parameters.get("fields")),
                         mojibake=parameters.get("mojibake") or "repair",
                         outlets=parameters.get("outlets") or None,
                         day_first=day_order(parameters.get("day_first")))
            else:
                write_analysis(articles, output_dir, jobs=args.jobs, progress=not args.no_progress,
                               publication_date=str(date) if override and date else None)
        parameters["tables"] = str(layout(output_dir).root)
        plan_parameters(notebooks, parameters)
        return _run_with_signals(args, notebooks, parameters, output_dir, root, fresh)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)  # published with the run, or left out with it


def _run_with_signals(args: argparse.Namespace, notebooks: Sequence[Path], parameters: dict[str, Scalar],
                      output_dir: Any, root: Path, fresh: Path | None) -> int:
    """:func:`run_notebooks` in a worker thread, SIGTERM and SIGINT stopping its kernels; the exit code."""
    stop = threading.Event()
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["status"] = run_notebooks(notebooks, parameters, output_dir, engine=args.engine,
                                              progress=not args.no_progress, stop=stop, pages=args.pages,
                                              cwd=root, fresh=fresh)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread
            outcome["error"] = exc

    received: list[int] = []

    def on_signal(signum: int, _frame: Any) -> None:
        received.append(signum)
        stop.set()

    # papermill runs in a worker thread so that signals reach this handler rather than nbclient's,
    # which would stop the kernel without telling us the run was interrupted.
    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}
    worker = threading.Thread(target=work, name="presslens-run")
    worker.start()
    try:
        while worker.is_alive():
            worker.join(0.1)
            if stop.is_set():
                _kill_live_kernels()
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    if "error" in outcome:
        raise outcome["error"]
    status: RunStatus = outcome["status"]
    if status.status == "interrupted":
        return 128 + (received[0] if received else signal.SIGTERM)
    if status.status == "ok":
        print(f"presslens: {len(status.notebooks)} notebook(s) ok; report in "
              f"{layout(output_dir).reports / 'index.html'}", file=sys.stderr)
        return 0
    return EXIT_FAILED


def _init_command(args: argparse.Namespace) -> int:
    from presslens.study import init_study

    folder = _path_text(args.study, "the study folder")
    corpus = _path_text(args.corpus, "the corpus path") if args.corpus is not None else None
    root = init_study(folder, corpus, force=args.force)
    articles = sum(1 for p in (root / "data" / "raw").rglob("*") if p.is_file() and p.name != "README.md")
    shown = args.study if not any(c.isspace() for c in args.study) else f'"{args.study}"'
    where = (f"{articles} file(s) in data/raw" if articles else
             "data/raw is empty: put your articles there")
    print(f"presslens: study ready in {root} ({where}).\n"
          f"  run the analyses:   presslens run {shown}\n"
          f"  open the notebooks: presslens lab {shown}\n"
          f"  the report is then: {root / 'reports' / 'index.html'}", file=sys.stderr)
    return 0


def _lab_command(args: argparse.Namespace) -> int:
    from presslens.study import lab_command

    folder = _path_text(args.study, "the study folder") if args.study is not None else None
    command = lab_command(folder, args.lab_args)
    sys.stdout.flush()
    sys.stderr.flush()
    os.execv(command[0], command)
    return 0  # not reached: JupyterLab replaced this process


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="presslens", description="News coverage analyses in notebooks.")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="execute the notebooks headlessly and write the HTML report",
                              description="Execute notebooks/NN_*.ipynb with papermill and write the "
                                          "executed notebooks, tables, figures and an HTML report.")
    run.add_argument("corpus", nargs="?", help="folder or file of articles, or a study folder (default: "
                                               "the notebooks' own, data/raw of the study or checkout)")
    run.add_argument("--out", metavar="DIR", help="output root: DIR/reports, DIR/data/processed "
                                                  "(default: the study or project root)")
    run.add_argument("-p", "--parameter", nargs=2, action="append", metavar=("NAME", "VALUE"),
                     help="notebook parameter; VALUE is a JSON scalar or else a string (repeatable)")
    run.add_argument("--field", action="append", metavar="COLUMN=FIELD",
                     help="read a column from another record field, e.g. text=story_text (repeatable)")
    run.add_argument("--override-dates", action="store_true",
                     help="-p publication_date replaces every article's date (default: it only fills "
                          "in the dates articles lack)")
    run.add_argument("--keep-mojibake", action="store_true",
                     help="leave text decoded in the wrong encoding once as it is (\"PeÃ±a Nieto\"; default: "
                          "repaired where ftfy is sure, and said in the articles' repairs column)")
    run.add_argument("--day-first", action="store_true",
                     help="read dates written in numbers (03/04/2031) day first, as British and European "
                          "exports write them (default: decided per file; a file whose dates never settle it is "
                          "read month first and named in a warning); the same as -p day_first 'day first'")
    run.add_argument("--outlets", metavar="FILE",
                     help="count the names one outlet is written under as that outlet: a two-column CSV/TSV "
                          "(name as written, outlet) or a JSON object; the name as written stays in "
                          "outlet_as_written")
    run.add_argument("--notebooks", metavar="LIST", help="comma-separated numbers or names, e.g. 02,03")
    run.add_argument("--engine", choices=ENGINES, default="pandas",
                     help="where the analyses run: pandas, in each notebook's kernel; dask, on a Dask "
                          "cluster first, the notebooks then read its tables")
    run.add_argument("--scheduler", metavar="ADDRESS", help="with --engine dask: tcp://HOST:PORT of an "
                                                             "existing cluster (default: a local cluster)")
    run.add_argument("--partitions", type=int, metavar="N", help="with --engine dask: article partitions")
    run.add_argument("--jobs", type=_positive, metavar="N", help="with --engine pandas: worker processes that "
                     "analyse the corpus before the notebooks run (default: every core)")
    run.add_argument("--pages", type=_count, default=50, metavar="N",
                     help="write the first N articles annotated in place to reports/articles (default 50; 0: none)")
    run.add_argument("--no-progress", action="store_true", help="no progress bars")
    init = commands.add_parser("init", help="make a study folder of your own",
                               description="Make a study folder: data/raw (your articles), "
                                           "data/processed, reports, the notebooks, presslens.toml.")
    init.add_argument("study", metavar="STUDY_DIR", help="the folder to make")
    init.add_argument("--corpus", metavar="PATH", help="file or folder of articles to copy into data/raw")
    init.add_argument("--force", action="store_true",
                      help="replace the notebooks and presslens.toml of an existing folder (data and "
                           "reports are kept)")
    lab = commands.add_parser("lab", help="open the notebooks of a study in JupyterLab",
                              description="JupyterLab on STUDY_DIR/notebooks, without news or update "
                                          "checks; extra arguments go to JupyterLab.")
    lab.add_argument("study", metavar="STUDY_DIR", nargs="?", help="study folder (default: the current one)")
    lab.add_argument("lab_args", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    from presslens.validation.cli import add_parser as add_validate_parser

    add_validate_parser(commands)
    return parser


def _outlets_file(given: str, root: Path) -> str:
    """The absolute path of the outlets file (``--outlets``, ``-p outlets`` or the study's; relative
    paths from ``root``, where the kernels start), refused (:class:`ParameterError`, with the fix) when it
    is missing or not a mapping of outlet names, before anything runs."""
    from presslens.corpus.outlets import read_outlets

    path = (root / Path(given).expanduser()).resolve()
    fix = ("give a two-column CSV/TSV (the name as written, the outlet; an optional header row) or a JSON "
           'object {"name as written": "outlet"}')
    if not path.is_file():
        raise ParameterError(f"--outlets {given}: no such file; {fix}")
    try:
        read_outlets(path)
    except (ValueError, AttributeError, TypeError, OSError) as exc:
        raise ParameterError(f"--outlets {given}: not a mapping of outlet names ({exc}); {fix}") from None
    return str(path)


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return number


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    return number


def main(argv: Sequence[str] | None = None) -> int:
    """Console entry point ``presslens``; returns the exit code (0 ok, 1 failed, 2 bad arguments,
    128+N interrupted by signal N)."""
    args = _parser().parse_args(argv)
    with _warnings_as_lines():
        return _main(args)


@contextmanager
def _warnings_as_lines() -> Iterator[None]:
    """While a command runs, a warning is one line, ``presslens: warning: ...``, as its errors are:
    Python's own form names a file of the package and prints the line of code that warned, which
    tells a user of the command nothing."""
    import warnings

    def show(message: Warning | str, category: type[Warning], *_: Any, **__: Any) -> None:
        print(f"presslens: warning: {message}", file=sys.stderr)

    with warnings.catch_warnings():
        warnings.showwarning = show
        yield


def _main(args: argparse.Namespace) -> int:
    """The command ``args`` names; returns its exit code (see :func:`main`)."""
    if getattr(args, "handler", None):  # a command with its own module (presslens validate)
        return args.handler(args)
    command = {"run": _run_command, "init": _init_command, "lab": _lab_command}[args.command]
    terminate = None
    if args.command == "run":
        without_iri_grammars()
        if threading.current_thread() is threading.main_thread():
            # Until the notebooks' own handlers take over: SIGTERM's default ends the process at once,
            # leaving the tables half written in hidden folders that no run removes.
            terminate = signal.signal(signal.SIGTERM, _stop)
    try:
        return command(args)
    except KeyboardInterrupt as exc:  # Ctrl-C or SIGTERM while the corpus was read or analysed
        print("presslens: interrupted before the notebooks ran (while reading or analysing the corpus); "
              "nothing of this run was published", file=sys.stderr)
        return 128 + getattr(exc, "signum", signal.SIGINT)
    except (ParameterError, ValueError, FileExistsError, FileNotFoundError, NotADirectoryError) as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except RunLocked as exc:
        print(f"presslens: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:  # a full disk or a folder made read-only while the run wrote to it
        print(f"presslens: {_os_error_line(exc)}", file=sys.stderr)
        return EXIT_USAGE
    finally:
        if terminate is not None:
            signal.signal(signal.SIGTERM, terminate)


if __name__ == "__main__":
    sys.exit(main())
