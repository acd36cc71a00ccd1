"""The analyses on corpora beyond one process: Dask partitions in, partitioned Parquet out.

A corpus is read lazily into a Dask DataFrame of articles (:func:`read_corpus`): a folder of
files in batches, each batch one :func:`presslens.corpus.load_corpus` call (so doc_ids and
metadata are those of a whole-folder load), or Parquet holding an articles table. Then the steps
of :mod:`presslens.pipeline` run as one Dask graph:

1. per partition, :func:`~presslens.pipeline.analyse_articles`;
2. reduce: exact duplicate articles in different partitions are dropped (the first stays, as
   ``load_corpus`` does within one load), near duplicates are marked over the whole corpus (the
   LSH band keys of every article meet in one task; only articles sharing a band send their
   MinHash), and the mentions of all partitions are linked
   corpus-wide (:func:`~presslens.pipeline.link_mentions`, in one task);
3. per partition, :func:`~presslens.pipeline.attribute` (quotes, events) with the linked
   mentions; the partition writes its part of every table;
4. reduce: the timeline, built per event value after a shuffle on ``value`` (values are
   independent in :func:`presslens.timeline.build_timeline`), and the speaker totals.

Output, under ``OUT/data/processed/``: ``NAME/part-00000.parquet``, ... for ``articles``,
``skipped`` (the corpus skip report) and every table of :data:`presslens.pipeline.TABLES`. A run
writes into a hidden staging folder and moves each finished table into place at the end, so a
failed or killed run leaves the previous tables as they were. Read them back with
:func:`presslens.pipeline.load_tables`. The tables equal those of
:func:`presslens.pipeline.analyse` on the whole corpus in one process.

On a cluster, workers must see the corpus and ``OUT`` at the same paths (a shared file system).

Example::

    >>> run_dask("big/corpus", out="/data/study", partitions=64)                # doctest: +SKIP
    >>> run_dask("big/corpus", out="/data/study", scheduler="tcp://10.0.0.5:8786")  # doctest: +SKIP
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from presslens.corpus import SKIP_COLUMNS, corpus_files, fill_dates, load_corpus, skipped, table_columns
from presslens.corpus.duplicates import band_keys, resolve_near_duplicates, shared_bands, sketch
from presslens.corpus.outlets import read_outlets
from presslens.dtypes import compact
from presslens.entities import gender_evidence
from presslens.io import layout, resolve_path, write_table
from presslens.pipeline import (analyse, analyse_articles, attribute, concat, corpus_genders, link_mentions,
                                outlets, swap_in)
from presslens.quotes import speakers
from presslens.timeline import build_timeline

__all__ = ["DEFAULT_BATCH", "file_batches", "read_corpus", "run_dask"]

DEFAULT_BATCH = 200  # files per partition when the number of partitions is not given
DEFAULT_BATCH_BYTES = 128 << 20  # and bytes on disk per partition (web archives, tables)
_SCHEMA_SAMPLE_BYTES = 1 << 20  # files read on the client for the schema: small ones only
_SKIPPED = SKIP_COLUMNS
_ORDER = ["date_start", "date_end", "n_articles"]  # build_timeline's sort


# ---------------------------------------------------------------------------------------------
# reading

def file_batches(files: Sequence[Path], partitions: int, max_bytes: int | None = None) -> list[list[Path]]:
    """Split ``files`` (in :func:`~presslens.corpus.corpus_files` order) into at most about
    ``partitions`` consecutive batches of about equal size; with ``max_bytes``, a batch also
    ends before its files would exceed that many bytes on disk (a folder of web archives: each
    large file is a partition of its own, streamed by its worker, never the folder at once).

    Files that could share a doc_id ("a.txt", "a.md": same folder, same name up to the first dot)
    stay in one batch, so the loader tells them apart as in a whole-folder load.
    """
    size = -(-len(files) // max(1, partitions)) if files else 1
    batches: list[list[Path]] = []
    held = 0
    for i, file in enumerate(files):
        weight = _bytes(file) if max_bytes else 0
        full = not batches or len(batches[-1]) >= size or (max_bytes is not None and held + weight > max_bytes)
        if full and (not batches or _stem_key(file) != _stem_key(files[i - 1])):
            batches.append([])
            held = 0
        batches[-1].append(file)
        held += weight
    return batches


def _bytes(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _stem_key(path: Path) -> tuple[str, str]:
    return str(path.parent), path.name.split(".", 1)[0]


def _is_parquet(path: Path) -> bool:
    if path.is_file():
        return path.suffix == ".parquet"
    return path.is_dir() and any(path.glob("*.parquet"))


def _with_ids(part: pd.DataFrame, partition_info: dict | None = None) -> pd.DataFrame:
    number = (partition_info or {}).get("number", 0)
    return part.assign(doc_id=[f"part-{number:05d}/{i + 1}" for i in range(len(part))])


def _conform(articles: pd.DataFrame, schema: pd.DataFrame) -> pd.DataFrame:
    """``articles`` with the columns and dtypes of ``schema`` (batches differ where a column is
    empty in one batch). The skip report stays in attrs as records: pandas compares attrs in
    many operations, which a DataFrame there breaks."""
    report = skipped(articles)
    out = articles.reindex(columns=schema.columns)
    for col, dtype in schema.dtypes.items():
        if out[col].dtype != dtype:
            out[col] = out[col].astype(dtype)
    out.attrs = {"skipped": report.reindex(columns=_SKIPPED).to_dict("records")}
    return out


def _load_batch(files: list[Path], root: Path, schema: pd.DataFrame, options: dict[str, Any],
                fill: str | None = None) -> pd.DataFrame:
    return _conform(fill_dates(load_corpus(root, files=files, **options), fill), schema)


def read_corpus(corpus: Any, *, partitions: int | None = None, publication_date: str | None = None,
                metadata: str | os.PathLike | None = None, override_dates: bool = True,
                fields: Mapping[str, str] | None = None, near_duplicates: str = "mark",
                skipped: list[dict[str, str]] | None = None, mojibake: str = "repair",
                outlets: str | os.PathLike | Mapping[str, str] | None = None, day_first: bool | None = None):
    """A Dask DataFrame of articles (the :func:`~presslens.corpus.load_corpus` columns).

    ``corpus``: a folder or file of articles (read lazily in batches of files), a Parquet file
    or folder holding an articles table (``doc_id``, ``text``, ...), or a pandas or Dask
    DataFrame (whose skip report, if any, is not carried along). ``partitions``: how many (default: one per ``DEFAULT_BATCH`` files, or as the
    input has). ``publication_date`` and ``metadata`` go to the loader; ``publication_date``
    replaces every article's date, or with ``override_dates=False`` only fills in missing ones (as
    ``presslens run`` does). ``fields`` maps article columns to record fields. ``near_duplicates``
    goes to the loader: a batch marks near duplicates among its own files only (a Dask run of
    :func:`run_dask` marks them across the whole corpus). ``skipped``, a list, receives the skip
    rows of what the walk of a folder leaves out (:func:`~presslens.corpus.corpus_files`).
    ``mojibake`` goes to the loader (``"repair"`` or ``"keep"``), and ``outlets`` (the researcher's
    mapping of outlet names, or its file; read once here, so the workers need not see the file).
    ``day_first``: the order of dates written in numbers (see :func:`~presslens.corpus.load_corpus`).

    >>> read_corpus("data/raw").compute()[["doc_id", "title"]]              # doctest: +SKIP
    """
    import dask.dataframe as dd

    if isinstance(corpus, dd.DataFrame):
        return corpus.repartition(npartitions=partitions) if partitions else corpus
    if isinstance(corpus, pd.DataFrame):
        # A loaded corpus keeps its skip report (a DataFrame) in attrs, which Dask's operations
        # on the partitions cannot carry; the report stays with the caller's table.
        corpus = corpus.copy(deep=False)
        corpus.attrs = {}
        return dd.from_pandas(corpus, npartitions=partitions or 1, sort=False)
    root = resolve_path(corpus)
    if not root.exists():
        raise FileNotFoundError(f"no corpus at {root} (give a file or a folder of articles)")
    if _is_parquet(root):
        # Read by row groups, never whole; fields named as in CSV/JSON ("body", "headline")
        # become the article columns, and rows without an id get one from their partition.
        articles = dd.read_parquet(root)
        articles = articles.rename(columns=table_columns(list(articles.columns)))
        if "doc_id" not in articles.columns:
            meta = articles._meta.assign(doc_id=pd.Series(dtype=object))
            articles = articles.map_partitions(_with_ids, meta=meta)
        if publication_date is not None and "published" in articles.columns:
            articles = (articles.assign(published=articles["published"].fillna(pd.Timestamp(publication_date)))
                        if override_dates is False else articles.assign(published=pd.Timestamp(publication_date)))
        return articles.repartition(npartitions=partitions) if partitions else articles
    files = corpus_files(root, skipped)
    batches = (file_batches(files, partitions) if partitions
               else file_batches(files, -(-len(files) // DEFAULT_BATCH), DEFAULT_BATCH_BYTES))
    options = {"publication_date": publication_date if override_dates else None, "metadata": metadata,
               "fields": dict(fields or {}), "near_duplicates": near_duplicates, "mojibake": mojibake,
               "outlets": read_outlets(outlets) if outlets else None, "day_first": day_first}
    fill = None if override_dates else publication_date
    # The schema (with the metadata columns) comes from a few small files, never a web archive
    # read on the client; every batch is conformed to it.
    sample = [f for f in files[:20] if _bytes(f) <= _SCHEMA_SAMPLE_BYTES]
    schema = fill_dates(load_corpus(root, files=sample, **options), fill).iloc[:0]
    schema.attrs = {}
    if not batches:
        return dd.from_pandas(schema, npartitions=1)
    return dd.from_map(_load_batch, batches, root=root, schema=schema, options=options, fill=fill, meta=schema,
                       enforce_metadata=False, label="load-corpus")


# ---------------------------------------------------------------------------------------------
# the steps, as tasks

def _first_pass(articles: pd.DataFrame, publication_date: str | None, near: bool = False) -> dict[str, Any]:
    report = pd.DataFrame(articles.attrs.get("skipped", []), columns=_SKIPPED)
    articles = articles.reset_index(drop=True)
    articles.attrs = {}
    tables = analyse_articles(articles, publication_date=publication_date)
    texts = [str(t) for t in articles["text"]]
    digests = [hashlib.sha1(t.encode("utf-8", "replace")).hexdigest() for t in texts]
    doc_ids = articles["doc_id"].astype(str).tolist()
    paths = articles["path"].astype(str).tolist() if "path" in articles else doc_ids
    return {"articles": articles, "skipped": report, "tables": tables,
            "digests": list(zip(doc_ids, paths, digests)), "bands": band_keys(texts) if near else None}


def _shared_rows(bands: list[np.ndarray]) -> list[np.ndarray]:
    """Per partition, the rows whose band keys another article of the corpus shares."""
    shared = shared_bands(np.vstack(bands))
    bounds = np.cumsum([0, *(len(b) for b in bands)])
    return [np.flatnonzero(shared[a:b]) for a, b in zip(bounds[:-1], bounds[1:])]


def _sketches(first: dict[str, Any], rows: np.ndarray) -> dict[int, np.ndarray]:
    return {int(r): sketch(str(first["articles"]["text"].iat[r])) for r in rows}


def _near(bands: list[np.ndarray], sketches: list[dict[int, np.ndarray]], digests: list[list[tuple[str, str, str]]],
          drops: list[dict[str, tuple[str, str]]]) -> list[dict[str, str]]:
    """Per partition: doc_id -> the doc_id of the earlier article it nearly duplicates, over the
    whole corpus in its order (exact duplicates dropped by :func:`_duplicates` take no part)."""
    offsets = np.cumsum([0, *(len(b) for b in bands)])
    doc_ids = [doc_id for part in digests for doc_id, _, _ in part]
    everywhere = {int(offset) + row: value for offset, part in zip(offsets, sketches) for row, value in part.items()}
    skip = {int(offset) + i for offset, part, drop in zip(offsets, digests, drops)
            for i, (doc_id, _, _) in enumerate(part) if doc_id in drop}
    marks = resolve_near_duplicates(np.vstack(bands), everywhere, doc_ids, skip=skip)
    return [{doc_id: mark for doc_id, mark in zip(doc_ids[a:b], marks[a:b]) if mark is not None}
            for a, b in zip(offsets[:-1], offsets[1:])]


def _duplicates(digests: list[list[tuple[str, str, str]]]) -> list[dict[str, tuple[str, str]]]:
    """Per partition: doc_id -> (its path, the doc_id of the earlier article with the same text)."""
    first: dict[str, str] = {}
    out: list[dict[str, tuple[str, str]]] = []
    for part in digests:
        drop: dict[str, tuple[str, str]] = {}
        for doc_id, path, digest in part:
            if digest in first:
                drop[doc_id] = (path, first[digest])
            else:
                first[digest] = doc_id
        out.append(drop)
    return out


def _without(table: pd.DataFrame, drop: dict[str, Any]) -> pd.DataFrame:
    if not drop or table.empty:
        return table
    return table[~table["doc_id"].astype(str).isin(set(drop))].reset_index(drop=True)


def _evidence(first: dict[str, Any], drop: dict[str, tuple[str, str]], mentions: pd.DataFrame) -> pd.DataFrame:
    return gender_evidence(mentions, _without(first["articles"], drop))


def _second_pass(first: dict[str, Any], drop: dict[str, tuple[str, str]], mentions: pd.DataFrame,
                 genders: dict[str, str | None], number: int, stage: str,
                 near: dict[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """Quotes and events for one partition; writes every per-article table of the partition."""
    articles = _without(first["articles"], drop)
    if near is not None:
        articles = articles.assign(duplicate_of=articles["doc_id"].astype(str).map(near).astype(object)
                                   .where(lambda marks: marks.notna(), None))
    kinds = dict(zip(first["articles"]["doc_id"].astype(str), first["articles"]["format"].astype(str)))
    duplicates = pd.DataFrame([(path, f"exact duplicate of {kept}", kinds.get(doc_id, "").split(" ")[0] or None)
                               for doc_id, (path, kept) in drop.items()], columns=_SKIPPED)
    report = pd.concat([first["skipped"], duplicates], ignore_index=True) if drop else first["skipped"]
    tables = {name: _without(t, drop) for name, t in first["tables"].items()}
    tables = attribute(articles, {**tables, "mentions": mentions}, genders=genders)
    for name, table in {"articles": articles, "skipped": report, **tables}.items():
        _write(table, stage, name, number)
    return {**tables, "outlets": outlets(articles)}


def _speakers(quotes: list[pd.DataFrame], sources: list[pd.DataFrame]) -> pd.DataFrame:
    return compact(speakers(concat(quotes), concat(sources)))


def _timeline_part(events: pd.DataFrame) -> pd.DataFrame:
    """build_timeline on the events of some values, with the keys that put its rows where a
    run on all events puts them: the first report of each value, and the row's rank."""
    events = events.sort_values("_order", kind="stable")
    first = events.groupby("value", sort=False)["_order"].min()
    timeline = compact(build_timeline(events.drop(columns="_order")))
    return timeline.assign(_first=timeline["value"].map(first).astype("int64"),
                           _seq=range(len(timeline)))


def _with_order(events: pd.DataFrame, number: int) -> pd.DataFrame:
    # Partition number and row: the position the event has in the concatenated corpus table.
    return events.assign(_order=[(number << 40) + i for i in range(len(events))])


def _write(table: pd.DataFrame, stage: str, name: str, number: int) -> None:
    # ``stage`` is the driver's absolute folder: a worker does not see the environment that points
    # `presslens run`'s tables to its run's folder (io.Layout), on a cluster elsewhere least of all.
    write_table(table, Path(stage) / name / f"part-{number:05d}", formats=("parquet",))


# ---------------------------------------------------------------------------------------------
# the run

@contextmanager
def _scheduler(scheduler: str | None) -> Iterator[dict[str, Any]]:
    """The keyword arguments for ``dask.compute``: an address connects to that cluster, a name
    picks a local scheduler ("processes", "threads", "synchronous"); None uses the active
    distributed client, else a local cluster of one single-threaded process per core (every
    stage is pure Python: threads would share one core)."""
    from dask.distributed import Client, LocalCluster, default_client

    if scheduler and "://" not in scheduler:
        yield {"scheduler": scheduler}
        return
    if scheduler:
        with Client(scheduler) as client:
            yield {"scheduler": client}
        return
    try:
        yield {"scheduler": default_client()}
        return
    except ValueError:
        pass
    with LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True) as cluster, \
            Client(cluster) as client:
        yield {"scheduler": client}


def run_dask(corpus: Any, out: str | os.PathLike | None = None, scheduler: str | None = None,
             partitions: int | None = None, *, publication_date: str | None = None,
             metadata: str | os.PathLike | None = None, override_dates: bool = True,
             fields: Mapping[str, str] | None = None, mojibake: str = "repair",
             outlets: str | os.PathLike | Mapping[str, str] | None = None,
             day_first: bool | None = None) -> dict[str, Path]:
    """Analyse ``corpus`` with Dask; write every table as partitioned Parquet under
    ``OUT/data/processed/NAME/`` (``out`` default: the project root). Returns name -> folder.

    ``scheduler``: ``tcp://HOST:PORT`` runs on that Dask cluster; ``"processes"``, ``"threads"``
    or ``"synchronous"`` on a local Dask scheduler; None on the active distributed client, else
    on a local cluster with one worker process per core (in a script, call it under
    ``if __name__ == "__main__":``, as worker processes import the main module). ``partitions``,
    ``publication_date``, ``override_dates``, ``metadata``, ``fields``, ``mojibake``, ``outlets`` and
    ``day_first``: see :func:`read_corpus`.

    >>> paths = run_dask("data/raw", out="/tmp/study", partitions=2)          # doctest: +SKIP
    >>> sorted(paths)                                                       # doctest: +SKIP
    ['articles', 'events', 'mentions', 'quotes', 'sentences', 'sentiment', 'skipped', ...]
    """
    import dask

    # Dask would turn object columns into Arrow strings, and with them the list columns
    # (event participants): the tables would no longer equal the pandas path's.
    with dask.config.set({"dataframe.convert-string": False}):
        reading = {"publication_date": publication_date, "metadata": metadata,
                   "override_dates": override_dates, "fields": fields, "mojibake": mojibake, "outlets": outlets,
                   "day_first": day_first}
        return _run(corpus, out, scheduler, partitions, reading)


def _run(corpus: Any, out: str | os.PathLike | None, scheduler: str | None, partitions: int | None,
         reading: dict[str, Any]) -> dict[str, Path]:
    import dask
    import dask.dataframe as dd

    tables_dir = layout(out).tables
    stage = str((tables_dir / f".dask-{uuid.uuid4().hex[:12]}").resolve())
    # Files read in batches: near duplicates are marked over the whole corpus below, not per batch.
    from_files = isinstance(corpus, (str, os.PathLike)) and not _is_parquet(resolve_path(corpus))
    walked: list[dict[str, str]] = []  # links out, hidden and unreadable folders: in no batch's report
    articles = read_corpus(corpus, partitions=partitions, **reading,
                           near_duplicates="keep" if from_files else "mark", skipped=walked)
    # Filled-in dates are the articles' own by now; only an override anchors every article.
    publication_date = reading["publication_date"] if reading["override_dates"] else None
    # Column types of the timeline shuffle, from a run on no articles.
    empty = analyse(articles._meta.iloc[:0].copy(), publication_date=publication_date)
    first = [dask.delayed(_first_pass)(p, publication_date, from_files) for p in articles.to_delayed()]
    drops = dask.delayed(_duplicates)([f["digests"] for f in first])
    near: Any = [None] * len(first)
    if from_files:
        shared = dask.delayed(_shared_rows)([f["bands"] for f in first])
        near = dask.delayed(_near)([f["bands"] for f in first],
                                   [dask.delayed(_sketches)(f, shared[i]) for i, f in enumerate(first)],
                                   [f["digests"] for f in first], drops)
    linked = dask.delayed(link_mentions)([dask.delayed(_without)(f["tables"]["mentions"], drops[i])
                                          for i, f in enumerate(first)])
    # Pronouns resolve by the genders of the whole corpus, as in one pandas run.
    genders = dask.delayed(corpus_genders)([dask.delayed(_evidence)(f, drops[i], linked[i])
                                            for i, f in enumerate(first)])
    second = [dask.delayed(_second_pass)(f, drops[i], linked[i], genders, i, stage, near[i])
              for i, f in enumerate(first)]
    events = dd.from_delayed([dask.delayed(_with_order)(s["events"], i) for i, s in enumerate(second)],
                             meta=_with_order(empty["events"], 0), verify_meta=False)
    timeline_meta = _timeline_part(_with_order(empty["events"], 0))
    timeline = events.shuffle(on="value").map_partitions(_timeline_part, meta=timeline_meta,
                                                         enforce_metadata=False)
    # One graph type for the single compute below (mixing expressions and delayed warns).
    timeline = dask.delayed(pd.concat)(timeline.to_delayed(), ignore_index=True)
    speaker_totals = dask.delayed(_speakers)([s["quotes"] for s in second], [s["outlets"] for s in second])
    try:
        with _scheduler(scheduler) as options:
            timeline, speaker_totals = dask.compute(timeline, speaker_totals, **options)
        timeline = (timeline.sort_values([*_ORDER, "_first", "_seq"], ascending=[True, True, False, True, True],
                                         kind="stable")
                    .drop(columns=["_first", "_seq"]).reset_index(drop=True))
        _write(timeline, stage, "timeline", 0)
        _write(speaker_totals, stage, "speakers", 0)
        if walked:  # after the partitions' parts, as load_corpus reports them among the files
            _write(pd.DataFrame(walked, columns=_SKIPPED), stage, "skipped", len(first))
        return swap_in(Path(stage), tables_dir)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
