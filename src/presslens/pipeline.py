"""Every analysis on a table of articles, split where the corpus as a whole comes in.

Most stages see one article at a time; three things need the whole corpus: entity aliases
linked across articles (which the speakers of quotes and the participants of events use), the
timeline merged across articles, and the speaker totals. So the analysis runs in three steps,
each a pure function of DataFrames:

1. :func:`analyse_articles` — per article: sentences, their sentiment, entity mentions (not yet
   linked), temporal expressions. Runs on any slice of the corpus.
2. :func:`link_mentions` (corpus-wide :func:`presslens.entities.link_aliases`), then
   :func:`attribute` — per article again, with the linked mentions: quotes and dated events.
3. :func:`reduce_tables` — the timeline and the speaker totals.

:func:`analyse` runs the three on an in-memory corpus, the per-article steps in chunks of articles
spread over worker processes (``jobs``, default: every core); :func:`analyse_chunks` runs them on
chunks the caller gives; :mod:`presslens.distributed` runs them on Dask partitions. All give the
same tables, whatever the number of processes or the size of the chunks: every per-article step
is a pure function of its articles, and the corpus-wide steps run once, in the calling process.

Tables (keyed by ``doc_id``; offsets into the article text):

- ``sentences``: ``doc_id, para_id, sent_id, start, end, text`` (:func:`presslens.text.split_sentences`)
- ``sentiment``: the sentences with ``compound, pos, neu, neg`` (:func:`presslens.sentiment.score_sentences`)
- ``mentions``: people, organisations, places (:func:`presslens.entities.find_mentions`)
- ``quotes``: quotes and reported speech (:func:`presslens.quotes.extract_quotes`)
- ``timexes``: temporal expressions (:func:`presslens.timeline.extract_timexes`)
- ``events``: what each dated expression anchors (:func:`presslens.timeline.extract_events`)
- ``timeline``: events merged across articles (:func:`presslens.timeline.build_timeline`)
- ``speakers``: who is quoted how much (:func:`presslens.quotes.speakers`)

Example::

    >>> from presslens import load_corpus
    >>> tables = analyse(load_corpus("data/raw"))                           # doctest: +SKIP
    >>> tables["quotes"][["speaker", "content"]]                            # doctest: +SKIP
"""

from __future__ import annotations

import gc
import importlib.util
import math
import multiprocessing
import os
import pickle
import queue
import shutil
import sys
import threading
import uuid
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from presslens.corpus import skipped
from presslens.dates import puts_day_first, read_datetimes
from presslens.dtypes import compact, compact_tables, shared_values
from presslens.entities import find_mentions, gender_evidence, link_aliases, person_gender
from presslens.entities.linking import Aliases, PackedAliases, link_pieces, prepare_aliases
from presslens.io import json_cell, json_cells_back, layout, save_table
from presslens.quotes import extract_quotes, speakers
from presslens.quotes.speakers import speaker_rows
from presslens.sentiment import score_sentences
from presslens.text import check_articles, split_sentences
from presslens.timeline import build_timeline, extract_events, extract_timexes
from presslens.timeline.events import timeline_reports

__all__ = [
    "ARTICLE_TABLES",
    "CHUNK",
    "SPILLED",
    "HANDED",
    "Sink",
    "Step",
    "TABLES",
    "analyse",
    "analyse_articles",
    "analyse_chunks",
    "attribute",
    "chunks",
    "corpus_genders",
    "concat",
    "concat_tables",
    "cores",
    "link_mentions",
    "load_tables",
    "outlets",
    "read_parts",
    "reduce_tables",
    "swap_in",
    "write_analysis",
    "write_tables",
]

ARTICLE_TABLES = ("sentences", "sentiment", "mentions", "timexes")
TABLES = (*ARTICLE_TABLES, "quotes", "events", "timeline", "speakers")

# ``step(stage, fn, *args, **kwargs)`` runs one stage; the benchmarks pass one that times it.
Step = Callable[..., Any]

# ``sink(name, i, table)`` takes the finished table ``name`` of the ``i``-th chunk (counted from 0)
# out of the analysis, as :func:`write_analysis` does to write it as part ``i`` of that table.
Sink = Callable[[str, int, pd.DataFrame], None]

# The tables a sink takes, chunk by chunk: the first round's after the events and quotes of a
# chunk, which no later step reads, and most of what a run holds (sentences and mentions above
# all); a chunk's events and quotes as soon as they are made, the run then holding only what the
# timeline and the speaker totals read of them (timeline_reports, speaker_rows).
SPILLED = ("sentences", "sentiment", "timexes", "mentions", "events", "quotes")
# The table a sink also takes whole, in consecutive parts of about _PART_BYTES (numbered from 0),
# as soon as it is built: the timeline.
HANDED = ("timeline",)

# Articles per chunk at most: the working data of a chunk stays small, and a corpus of a few
# thousand articles still makes several chunks per worker, so that workers finish together.
CHUNK = 200
_MIN_CHUNK = 25  # fewer articles per chunk cost more in process traffic than they gain


def _call(stage: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    return fn(*args, **kwargs)


def analyse_articles(articles: pd.DataFrame, *, publication_date: str | None = None,
                     step: Step = _call) -> dict[str, pd.DataFrame]:
    """The stages that need nothing but the article itself.

    In: the articles table of :func:`presslens.corpus.load_corpus` (``doc_id``, ``text``,
    ``published``...). Out: ``{"sentences", "sentiment", "mentions", "timexes"}`` → DataFrame;
    ``mentions.entity`` is still unlinked (see :func:`link_mentions`). ``publication_date``
    overrides each article's ``published`` as the anchor of relative dates. Integer columns are
    32-bit where their values fit (:func:`presslens.dtypes.compact`), in every table of the analysis.
    """
    check_articles(articles, "analyse_articles")
    # The sentences compacted first: the stages that copy their columns get them compact.
    sentences = compact(step("sentences", split_sentences, articles))
    return {"sentences": sentences, **compact_tables({
        "sentiment": step("sentiment", score_sentences, sentences),
        "mentions": step("entities", find_mentions, articles, sentences, link=False),
        "timexes": step("timexes", extract_timexes, articles, sentences, publication_date=publication_date),
    })}


def link_mentions(pieces: list[pd.DataFrame],
                  aliases: list[Aliases | PackedAliases] | None = None) -> list[pd.DataFrame]:
    """Link the unlinked mentions of the consecutive pieces of a whole corpus (from
    :func:`analyse_articles`) to canonical entities, within each article and across all
    (:func:`presslens.entities.link_aliases`). Returns one linked table per piece; ``pieces`` is
    emptied, so that the unlinked and the linked mentions are not held together longer.
    ``aliases``: the :func:`~presslens.entities.linking.prepare_aliases` of each piece, when
    made already (as :func:`analyse` makes them with each chunk's mentions)."""
    sizes = [len(piece) for piece in pieces]
    if _apart(pieces):
        linked = link_pieces(pieces, aliases or [prepare_aliases(piece) for piece in pieces])
        pieces.clear()
        return linked
    # An article cut across pieces (a doc_id twice) is prepared whole.
    whole = concat(pieces)
    pieces.clear()
    linked = link_aliases(whole)
    del whole
    out, begin = [], 0
    for size in sizes:
        out.append(linked.iloc[begin:begin + size].reset_index(drop=True))
        begin += size
    return out


def _apart(pieces: list[pd.DataFrame]) -> bool:
    """No doc_id in two of ``pieces``."""
    seen: set = set()
    for piece in pieces:
        ids = set(piece["doc_id"].unique().tolist()) if "doc_id" in piece else set()
        if seen & ids:
            return False
        seen |= ids
    return True


def corpus_genders(evidence: Iterable[pd.DataFrame]) -> dict[str, str | None]:
    """The gender guesses of a corpus from the :func:`presslens.entities.gender_evidence` of its
    parts (summed), equal to those of the whole corpus at once."""
    parts = [e for e in evidence if len(e)]
    total = (pd.concat(parts).groupby(level=0).sum() if parts
             else pd.DataFrame(columns=["evidence", "subject"], dtype="int64"))
    return person_gender(evidence=total).to_dict()


def attribute(articles: pd.DataFrame, tables: dict[str, pd.DataFrame], *,
              genders: dict[str, str | None] | None = None, step: Step = _call) -> dict[str, pd.DataFrame]:
    """The per-article stages that use corpus-linked entities: ``tables`` (from
    :func:`analyse_articles`, with ``mentions`` linked) plus ``quotes`` and ``events``.
    ``genders``: the corpus's (:func:`corpus_genders`) when ``articles`` is one part of it."""
    sentences, mentions = tables["sentences"], tables["mentions"]
    return {**tables, "quotes": _quotes(articles, sentences, mentions, genders, step),
            "events": _events(articles, tables["timexes"], sentences, mentions, step)}


def _quotes(articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
            genders: dict[str, str | None] | None, step: Step) -> pd.DataFrame:
    return compact(step("quotes", extract_quotes, articles, sentences, mentions=mentions, genders=genders))


def _events(articles: pd.DataFrame, timexes: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
            step: Step) -> pd.DataFrame:
    return compact(step("events", extract_events, articles, timexes, sentences, mentions))


def _timeline(events: pd.DataFrame, step: Step) -> pd.DataFrame:
    return compact(step("timeline", build_timeline, events))


def reduce_tables(tables: dict[str, pd.DataFrame], articles: pd.DataFrame | None = None, *,
                  step: Step = _call) -> dict[str, pd.DataFrame]:
    """The cross-article summaries of a whole corpus: ``tables`` plus ``timeline`` (events
    merged across articles) and ``speakers`` (totals per canonical speaker, per outlet when
    ``articles`` has outlets), each kept when ``tables`` has it already."""
    timeline = tables["timeline"] if "timeline" in tables else _timeline(tables["events"], step)
    totals = tables["speakers"] if "speakers" in tables else _speakers(tables["quotes"], articles, step)
    return {**tables, "timeline": timeline, "speakers": totals}


def _speakers(quotes: pd.DataFrame, articles: pd.DataFrame | None, step: Step) -> pd.DataFrame:
    return compact(step("quotes", speakers, quotes, articles))


def outlets(articles: pd.DataFrame) -> pd.DataFrame:
    """``doc_id`` and ``outlet`` (missing when the articles have none) of ``articles``: what the
    speaker totals need of them."""
    return articles.reindex(columns=["doc_id", "outlet"])


def analyse(articles: pd.DataFrame, *, publication_date: str | None = None, jobs: int | None = None,
            chunk: int | None = None, progress: bool | None = None,
            sink: Sink | None = None) -> dict[str, pd.DataFrame]:
    """Every analysis on ``articles``, taken as the whole corpus: ``TABLES`` → DataFrame.

    ``jobs``: processes for the per-article steps, this one and ``jobs - 1`` workers (default:
    every core this process may use, :func:`cores`; 1: all in this process). ``chunk``: articles
    per chunk (default: up to :data:`CHUNK`, so that each process gets several; with workers,
    cut so that the chunks hold about as much text). ``progress``: a
    progress bar over the chunks (default: when there is more than one). The tables do not depend
    on ``jobs`` or ``chunk``. ``sink``: where the tables of :data:`SPILLED` go, chunk by chunk, and
    the timeline (:data:`HANDED`), instead of the result (:func:`analyse_chunks`;
    :func:`write_analysis` writes them so).

    Workers are forked on Linux (they start at once and share the articles' memory); elsewhere
    they are started afresh (forkserver, or spawn where there is none), so a script that calls
    this with ``jobs`` > 1 there runs it under ``if __name__ == "__main__":``, as worker
    processes import the main module; notebooks need nothing of the kind.

    >>> tables = analyse(load_corpus("data/raw"))                           # doctest: +SKIP
    >>> sorted(tables)                                                      # doctest: +SKIP
    ['events', 'mentions', 'quotes', 'sentences', 'sentiment', 'speakers', 'timeline', 'timexes']
    """
    check_articles(articles, "analyse")
    workers = cores() if jobs is None else jobs
    if workers < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if chunk is not None and chunk < 1:
        raise ValueError(f"chunk must be at least 1 article, not {chunk}")
    if "published" in articles and puts_day_first(articles["published"].tolist()):
        # Each chunk would judge the order of its own days: one of 1-12 March alone would read them month first.
        articles = articles.assign(published=read_datetimes(articles["published"]))
    return analyse_chunks(_parts(articles, workers, chunk), publication_date=publication_date, jobs=workers,
                          progress=progress, sink=sink)


def _parts(articles: pd.DataFrame, workers: int, chunk: int | None = None) -> Iterator[pd.DataFrame]:
    """The chunks :func:`analyse` cuts ``articles`` into for ``workers`` processes (see there)."""
    size = chunk or min(CHUNK, max(_MIN_CHUNK, math.ceil(len(articles) / (4 * workers))))
    return chunks(articles, size) if chunk or workers == 1 else _even_chunks(articles, size)


def write_analysis(articles: pd.DataFrame, out: str | os.PathLike | None = None, *, jobs: int | None = None,
                   publication_date: str | None = None, progress: bool | None = None) -> dict[str, Path]:
    """:func:`analyse` ``articles`` and write them, their skip report (``skipped``) and every table
    of :data:`TABLES` under the output root ``out`` (:func:`write_tables`). Returns name -> folder.

    The tables of :data:`SPILLED` are written chunk by chunk while the analysis runs, one part
    file per chunk, as soon as no later step needs them whole, and the timeline (:data:`HANDED`)
    as soon as it is built (the ``sink`` of :func:`analyse_chunks`): a run holds the rest, not
    every table of the corpus at once. :func:`load_tables` reads the
    same tables back as from one file per table. Nothing replaces the previous run's tables
    until every table is written.

    ``presslens run`` calls this before the notebooks, which then read the tables.

    >>> write_analysis(load_corpus("big/corpus"), "/data/study", jobs=8)    # doctest: +SKIP
    """
    check_articles(articles, "write_analysis")
    report = skipped(articles)  # with its format column: notebook 01 counts the skips per file type
    return _write_staged(out, lambda sink: {
        "articles": articles, "skipped": report,
        **analyse(articles, publication_date=publication_date, jobs=jobs, progress=progress, sink=sink)})


def write_tables(tables: dict[str, pd.DataFrame], out: str | os.PathLike | None = None) -> dict[str, Path]:
    """Write each table as ``OUT/data/processed/NAME/part-NNNNN.parquet``, in parts of about
    :data:`_PART_BYTES` (as a Dask run writes partitions; :func:`load_tables` reads them back as
    one table). The tables go to a hidden staging folder first and replace the previous ones only
    once all are written (:func:`swap_in`)."""
    return _write_staged(out, lambda sink: tables)


def _write_staged(out: str | os.PathLike | None, make: Callable[[Sink], dict[str, pd.DataFrame]]) -> dict[str, Path]:
    """Write the tables ``make(sink)`` returns, and the parts it gives ``sink`` meanwhile, as
    ``NAME/part-NNNNN.parquet`` into a hidden staging folder, then swap them in (:func:`swap_in`).
    A returned table is written in parts of about :data:`_PART_BYTES` (consecutive rows) and let go
    here as soon as it is written: writing a table makes a second copy of its text for a moment,
    one part's rather than the whole table's."""
    folder = layout(out).tables
    stage = f".run-{uuid.uuid4().hex[:12]}"

    def sink(name: str, i: int, table: pd.DataFrame) -> None:
        save_table(table, f"{stage}/{name}/part-{i:05d}", out, formats=("parquet",))

    try:
        # Arrow's buffers from the system allocator (:func:`_arrow_pool`) for the writing too: what
        # one table's writing frees, the analysis and the next table's writing take again.
        with _arrow_pool():
            tables = make(sink)
            for name in list(tables):
                _hand_over(sink, name, tables.pop(name))
        return swap_in(folder / stage, folder)
    finally:
        shutil.rmtree(folder / stage, ignore_errors=True)


_PART_BYTES = 2 << 20  # about what one part file of a table holds in memory (write_analysis, write_tables)


def _part_rows(table: pd.DataFrame) -> int:
    """Rows per part of ``table`` so that a part holds about :data:`_PART_BYTES`: its columns'
    buffers, and the objects of its object columns as :func:`_object_bytes` estimates them."""
    size = int(table.memory_usage(index=False, deep=False).sum()) + _object_bytes(table)
    return max(1, len(table) * _PART_BYTES // size) if size > _PART_BYTES else max(1, len(table))


_SAMPLED = 256  # rows of an object column whose objects _object_bytes measures


def _object_bytes(table: pd.DataFrame) -> int:
    """About what the objects of ``table``'s object columns take when a part is written, from
    :data:`_SAMPLED` rows spread over the table: a list, dict, tuple or set as the JSON text it is
    written as (:func:`presslens.io.json_cell`), anything else by its size as a Python object.

    Why: their pointers alone said a timeline of 4,800 articles (its reports' sentences, articles,
    outlets and participants in lists) fitted in one part, and writing it made the JSON text of
    every row at once, the peak of the whole run (resampled PolNeAR, write_analysis, jobs=1)."""
    columns = [c for c, dtype in table.dtypes.items() if dtype == object]
    if not columns or not len(table):
        return 0
    rows = np.unique(np.linspace(0, len(table) - 1, min(_SAMPLED, len(table))).astype(np.int64))
    total = 0
    for col in columns:
        values = table[col].iloc[rows].tolist()
        for v in values:
            cell = json_cell(v)  # the value itself unless it is written as JSON text
            total += len(cell) if cell is not v else sys.getsizeof(v)
    return total * len(table) // len(rows)


def swap_in(stage_dir: Path, tables_dir: Path) -> dict[str, Path]:
    """Move each finished table folder from the staging folder into place, replacing the
    previous run's folder of that name."""
    written: dict[str, Path] = {}
    for folder in sorted(p for p in stage_dir.iterdir() if p.is_dir()):
        target = tables_dir / folder.name
        old = tables_dir / f".{folder.name}.old-{uuid.uuid4().hex[:8]}"
        if target.exists():
            os.replace(target, old)
        os.replace(folder, target)
        shutil.rmtree(old, ignore_errors=True)
        written[folder.name] = target
    return written


def cores() -> int:
    """The cores this process may run on (its CPU affinity where the system tells it)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


def chunks(articles: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    """Consecutive slices of ``articles`` of at most ``size`` rows (whole articles each)."""
    size = max(1, size)
    for begin in range(0, len(articles), size):
        yield articles.iloc[begin:begin + size]


def _even_chunks(articles: pd.DataFrame, size: int) -> Iterator[pd.DataFrame]:
    """At most as many consecutive slices of ``articles`` as :func:`chunks` makes of ``size`` rows, cut
    where each holds about as much text: the time a chunk takes goes with its text, and the
    processes that share the chunks then finish together."""
    count = math.ceil(len(articles) / max(1, size))
    if count <= 1:
        yield from chunks(articles, len(articles) or 1)
        return
    weight = np.cumsum(_costs(articles))
    cuts = np.searchsorted(weight, weight[-1] * np.arange(1, count) / count, side="right")
    begin = 0
    for end in [*sorted(set(cuts.tolist()) - {0, len(articles)}), len(articles)]:
        yield articles.iloc[begin:end]
        begin = end


def concat_tables(parts: Iterable[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Concatenate the tables of several runs on consecutive slices of a corpus, name by name.

    The dicts in ``parts`` are emptied as their tables are joined, so that a corpus is held about
    once rather than twice.
    """
    parts = list(parts)
    return {name: concat([p.pop(name) for p in parts]) for name in list(parts[0] if parts else {})}


def analyse_chunks(articles: Iterable[pd.DataFrame], *, publication_date: str | None = None,
                   step: Step = _call, jobs: int = 1, progress: bool | None = None,
                   sink: Sink | None = None) -> dict[str, pd.DataFrame]:
    """:func:`analyse` a corpus given as consecutive chunks of articles: the same tables as one
    run on the whole corpus, holding the working data of one chunk at a time per process.

    The per-chunk steps run in ``jobs`` processes (this one and ``jobs - 1`` workers), each
    process taking the next chunk's task as it comes free; the steps on the whole corpus run here
    (see :func:`_analyse_parts`). ``step`` runs each stage (see :data:`Step`); one that records
    something, as the benchmarks' timer does, needs ``jobs=1``. ``progress``: a bar over the
    chunks' tasks (default: when there is more than one chunk). ``sink``: where the tables of
    :data:`SPILLED` go, chunk by chunk, as soon as no later step needs them whole, and the
    timeline (:data:`HANDED`), in parts, as soon as it is built (see :data:`Sink`); they are then
    not in the result.

    >>> tables = analyse_chunks(chunks(articles, 500), jobs=4)              # doctest: +SKIP
    """
    parts = list(articles)
    if not parts:
        return analyse_chunks([pd.DataFrame({"doc_id": [], "text": []})], publication_date=publication_date,
                              step=step, sink=sink)
    # What exists before the analysis (the corpus, lexicons, models, modules) lives through it:
    # frozen out of the cycle collector, its full passes no longer walk all of it again and again
    # (on PolNeAR train about 0.3 of 8 CPU s), and forked workers do not copy its pages by
    # touching them. Thawed after, unless someone else froze it first. The one policy for the
    # collector: the analysis freezes what predates it and raises its thresholds, here
    # (_collector_thresholds); a stage that makes many small objects
    # in no cycle pauses the collector itself (extract_events, build_timeline), called from here or
    # alone. A pause over the whole analysis would keep any cycle made meanwhile till the end.
    freeze = gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    try:
        with _arrow_pool(), _one_blas_thread(), _collector_thresholds():
            return _analyse_parts(parts, publication_date, step, jobs, progress, sink)
    finally:
        if freeze:
            gc.unfreeze()


# The collector's thresholds while the analysis runs (see _collector_thresholds).
_THRESHOLDS = (50_000, 20, 10)


@contextmanager
def _collector_thresholds() -> Iterator[None]:
    """The cycle collector's thresholds raised meanwhile (:data:`_THRESHOLDS`: a young pass after
    50,000 new container objects rather than 700), the previous ones back afterwards; forked
    workers inherit them.

    Why: the stages build their tables as long lists of row tuples, and every young pass walks
    those made since the last one, every tenth an older pass walks them again, and so on: on
    PolNeAR train 712 passes took 0.28 of 12.6 CPU s (load ~7), 6 young passes 0.09 with these
    thresholds. Cycles are still found, a few hundred thousand allocations later at most, unlike
    under a pause.
    """
    previous = gc.get_threshold()
    if previous[0]:  # 0: automatic collection turned off, and left so
        gc.set_threshold(*(max(new, old) for new, old in zip(_THRESHOLDS, previous)))
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def _one_blas_thread() -> Any:
    """numpy's BLAS (OpenBLAS) on one thread meanwhile, its setting back afterwards.

    Why: each process of the analysis runs its tasks one after another on one core, and its
    products are small (the anchor model's features of a chunk, about 20,000 x 41, by its
    weights). From the size of such a product on, OpenBLAS splits it over threads, which then
    spin, waiting for more, long after: on PolNeAR train, analyse(jobs=1) spent 0.1 CPU s on them
    on a busy machine, 0.4 on a quiet one (CPU above wall), for five products that take a few
    milliseconds on one thread. Forked workers inherit the setting; workers started afresh set it
    in :func:`_serve`.
    """
    from threadpoolctl import threadpool_limits

    return threadpool_limits(1, user_api="blas")


@contextmanager
def _arrow_pool() -> Iterator[None]:
    """Arrow's buffers (the text columns of the tables) from the system allocator while the
    analysis runs, unless Arrow's allocator was chosen (``ARROW_DEFAULT_MEMORY_POOL``, or a pool
    other than the default set in code); the previous pool is back afterwards.

    Why: the tables are built chunk by chunk, so their Arrow buffers come in pieces among the
    chunks' short-lived ones. Arrow's default allocator (mimalloc) keeps what those leave beside
    the heap that numpy and Python use; from the system allocator, they share one heap and what
    one frees the others reuse. Peak memory of analyse(jobs=1) in a fresh process, resampled
    PolNeAR articles: 415 -> 382 MB at 1,600 articles, 538 -> 488 MB at 3,200, the same CPU time.
    A buffer made meanwhile goes back to the system allocator when freed, whatever the default
    pool is by then.
    """
    import pyarrow as pa

    previous = pa.default_memory_pool()
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL") or previous.backend_name != "mimalloc":
        yield
        return
    pa.set_memory_pool(pa.system_memory_pool())
    try:
        yield
    finally:
        pa.set_memory_pool(previous)


def _analyse_parts(parts: list[pd.DataFrame], publication_date: str | None, step: Step, jobs: int,
                   progress: bool | None, sink: Sink | None = None) -> dict[str, pd.DataFrame]:
    """:func:`analyse_chunks` of a non-empty list of chunks.

    Three rounds of per-chunk tasks, each spread over the processes as they come free, with what
    needs the whole corpus between them, here: the per-article stages (with the per-article part
    of linking, :func:`_articles_task`), then the aliases linked;
    the gender evidence of each chunk, then the corpus's genders; the events and the quotes of
    each chunk, and meanwhile here the timeline, as soon as every chunk's events are in. The
    tables of every chunk come back here, so that any process can take any chunk's next task.

    With a ``sink``, the last round takes the chunks one by one (a chunk's events, then its
    quotes) and each chunk's tables of :data:`SPILLED` go to the sink as soon as both are in: the
    run then holds the first round's tables of the chunks not yet done, not of every chunk, beside
    what the timeline and the speaker totals read of the events and quotes made so far
    (:func:`~presslens.timeline.events.timeline_reports`,
    :func:`~presslens.quotes.speakers.speaker_rows`): a chunk's events and quotes go to the sink
    as they come. The timeline goes to it as soon as it is built (:data:`HANDED`). In
    :func:`analyse` the first round's tables are most of what it holds at the end.
    """
    workers = min(jobs, len(parts))
    if workers > 1 and step is not _call:
        raise ValueError("a step that records the stages runs in this process only: use jobs=1")
    n = len(parts)
    order = _order(parts, workers)
    with _Team(workers, parts) as team, _progress(3 * n, progress if progress is not None else n > 1) as bar:
        tasks = [(_articles_task, i, (publication_date, step)) for i in order]
        tables = _in_order(team.run(tasks, bar), order)
        aliases = [t.pop(_ALIASES) for t in tables]
        linked = step("entities", link_mentions, [t.pop("mentions") for t in tables], aliases)
        del aliases
        evidence = team.run([(_gender_task, i, (linked[i], step)) for i in order])
        genders = step("entities", corpus_genders, evidence)
        events = timeline = None
        built = False  # the timeline
        handed = [False] * n  # the events of the k-th chunk of ``order`` went to the sink
        # Where the k-th chunk of ``order`` has its events task and its quotes task among the tasks.
        at = [(2 * k, 2 * k + 1) if sink else (k, n + k) for k in range(n)]
        tasks = [None] * (2 * n)
        for (e, q), i in zip(at, order):
            tasks[e] = (_events, i, (tables[i]["timexes"], tables[i]["sentences"], linked[i], step))
            tasks[q] = (_quotes, i, (tables[i]["sentences"], linked[i], genders, step))
        spilled = 0  # the chunks of ``order`` before this one went to the sink

        def local(done: list) -> None:
            """The timeline, here, as soon as every chunk's events are in. The joined events are the
            result's, and the chunks' are let go: not held twice. With a sink, the tables of each
            chunk whose events and quotes are in, in the order of ``order``, to the sink (its
            quotes, what the speaker totals read of them kept); each chunk's events as soon as
            they are in (what the timeline reads of them kept), and the timeline once built."""
            nonlocal events, timeline, spilled, built
            while sink is not None and spilled < n and all(done[j] is not _PENDING for j in at[spilled]):
                q = at[spilled][1]
                done[q] = _spill(sink, order[spilled], tables, linked, parts, done[q])
                spilled += 1
            for k, (e, _) in enumerate(at):
                if sink is not None and not handed[k] and done[e] is not _PENDING:
                    sink("events", order[k], done[e])
                    done[e], handed[k] = timeline_reports(done[e]), True
                    _give_back()
            if not built and all(done[e] is not _PENDING for e, _ in at):
                events = concat(_in_order([done[e] for e, _ in at], order))
                for e, _ in at:
                    done[e] = None
                timeline, built = _timeline(events, step), True
                if sink is not None:
                    events = None
                    _hand_over(sink, "timeline", timeline)
                    timeline = None

        done = team.run(tasks, bar, local=local)
        del tasks
    # The sentiment is unpacked once, on the joined sentences: its sentence columns are then the
    # sentences' own (copy-on-write), not a second copy made by joining each chunk's apart.
    packed = all("_packed" in t["sentiment"] for t in tables if "sentiment" in t)
    for t, chunk, mentions, quotes in zip(tables, parts, linked, _in_order([done[q] for _, q in at], order)):
        if sink is None:
            t["sentences"] = _with_text(chunk, t["sentences"])
            if not packed:
                t["sentiment"] = _unpack_sentiment(t["sentences"], t["sentiment"])
            t["mentions"] = mentions
        t["quotes"] = quotes
    sources = concat(outlets(chunk) for chunk in parts)
    del linked, done
    # The speaker totals before the other tables are joined: what they make and let go is then
    # taken again by the joining, not added on top of every table at the end.
    quotes = concat([t.pop("quotes") for t in tables])
    totals = _speakers(quotes, sources, step)
    joined = concat_tables(tables)
    if "sentiment" in joined:
        joined["sentiment"] = _unpack_sentiment(joined["sentences"], joined["sentiment"])
    if sink is not None:
        return {**joined, "speakers": totals}
    return reduce_tables({**joined, "quotes": quotes, "events": events, "timeline": timeline, "speakers": totals},
                         sources, step=step)


def _spill(sink: Sink, i: int, tables: list[dict[str, Any]], linked: list[pd.DataFrame | None],
           parts: list[pd.DataFrame], quotes: pd.DataFrame) -> pd.DataFrame:
    """The first round's tables of chunk ``i`` (its articles ``parts[i]``) and its ``quotes`` to
    ``sink``, and let go here; returns what the speaker totals read of the quotes (:func:`speaker_rows`)."""
    sentences = _with_text(parts[i], tables[i].pop("sentences"))
    out = {"sentences": sentences, "sentiment": _unpack_sentiment(sentences, tables[i].pop("sentiment")),
           "timexes": tables[i].pop("timexes"), "mentions": linked[i], "quotes": quotes}
    linked[i] = quotes = None
    rows = speaker_rows(out["quotes"])
    for name in out:
        sink(name, i, out[name])
        out[name] = None
    _give_back()
    return rows


def _hand_over(sink: Sink, name: str, table: pd.DataFrame) -> None:
    """``table`` to ``sink`` as ``name``, in consecutive parts of about :data:`_PART_BYTES`
    (numbered from 0; an empty table as one part), the free memory given back after each part:
    writing a part copies its text for a moment, one part's rather than the whole table's."""
    for k, part in enumerate(list(chunks(table, _part_rows(table))) or [table]):
        sink(name, k, part)
        _give_back()


def _give_back() -> None:
    """The C library's free memory back to the system (glibc's ``malloc_trim``), where there is
    such a call; elsewhere nothing.

    Why: what a spilled chunk's tables free lies in pages among the buffers still in use, which
    the process keeps resident while later chunks' events and quotes are made in other pages; given
    back, those pages no longer count towards the peak. Resampled PolNeAR, 4,800 articles,
    write_analysis(jobs=1): peak 479 -> 464 MB, for 0.07 CPU s over 24 calls.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@lru_cache(maxsize=1)
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes

    try:
        return ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):  # not glibc (macOS, musl, Windows)
        return None


def _order(parts: list[pd.DataFrame], workers: int) -> list[int]:
    """The order in which the tasks of a round take the chunks ``parts``: with workers, the longest
    chunks first, so that the last tasks of a round, which the other processes may wait for, are
    short ones."""
    if workers <= 1:
        return list(range(len(parts)))
    return sorted(range(len(parts)), key=lambda i: -int(_costs(parts[i]).sum()))


def _costs(articles: pd.DataFrame) -> np.ndarray:
    """What each article's analysis costs, about: its characters, and 500 more, as each article
    costs something however short it is."""
    if "text" not in articles:
        return np.full(len(articles), 500)
    return articles["text"].fillna("").astype(str).str.len().to_numpy() + 500


def _in_order(results: list, order: list[int]) -> list:
    """The results of tasks on the chunks numbered ``order``, in chunk order."""
    out: list = [None] * len(order)
    for i, value in zip(order, results):
        out[i] = value
    return out


# The per-chunk tasks (:func:`_quotes` and :func:`_events` besides): each a pure function of its
# chunk and of what it is given, so that it gives the same in whichever process takes it.

def _articles_task(chunk: pd.DataFrame, publication_date: str | None, step: Step) -> dict[str, Any]:
    """The per-article stages of a chunk, the sentiment without the sentence columns again
    (:func:`_pack_sentiment`), and under :data:`_ALIASES` the per-article part of linking its
    mentions (:func:`~presslens.entities.linking.prepare_aliases`, packed until the linking reads
    it: :meth:`~presslens.entities.linking.Aliases.pack`): made where the mentions are,
    it leaves the calling process only the merge over the corpus, rather than the preparing of
    the chunks that come in last while the workers wait."""
    tables: dict[str, Any] = analyse_articles(chunk, publication_date=publication_date, step=step)
    tables["sentiment"] = _pack_sentiment(tables["sentences"], tables["sentiment"])
    tables["sentences"] = _without_text(chunk, tables["sentences"])
    tables[_ALIASES] = step("entities", prepare_aliases, tables["mentions"]).pack()
    return tables


def _without_text(chunk: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """``sentences`` without their ``text`` while the analysis holds them, where
    :func:`_with_text` can cut it from the articles of ``chunk`` again (each doc_id once).

    Why: no step after the first round reads a sentence's text (the events and the quotes read
    the article's text at the sentence's offsets), and the column holds as much as the articles
    (46 MB per 10k resampled PolNeAR articles), for every chunk, from the end of the first round
    until the chunk is spilled or the result is joined."""
    # Each doc_id names one article: analyse_articles checked the chunk (check_articles).
    return sentences.drop(columns="text") if "text" in sentences else sentences


def _with_text(chunk: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """``sentences`` of ``chunk``'s articles with their ``text`` again (:func:`_without_text`),
    cut from each article as :func:`~presslens.text.split_sentences` cuts it."""
    if "text" in sentences:
        return sentences
    texts = {d: t if isinstance(t, str) else "" for d, t in zip(chunk["doc_id"].tolist(), chunk["text"].tolist())}
    cut = [texts[d][a:b] for d, a, b in zip(sentences["doc_id"].tolist(), sentences["start"].tolist(),
                                             sentences["end"].tolist())]
    out = sentences.copy(deep=False)
    out["text"] = pd.Series(cut, index=out.index, dtype=None if cut else object)
    return out


_ALIASES = "_aliases"  # the key of a chunk's Aliases among the tables of _articles_task


def _gender_task(chunk: pd.DataFrame, mentions: pd.DataFrame, step: Step) -> pd.Series:
    return step("entities", gender_evidence, mentions, chunk)


def _pack_sentiment(sentences: pd.DataFrame, sentiment: pd.DataFrame) -> pd.DataFrame:
    """The sentiment table without the columns it repeats from ``sentences``, when it is the
    sentences with columns added (as :func:`presslens.sentiment.score_sentences` makes it):
    the sentence text then travels between processes once."""
    shared = list(sentences.columns)
    if list(sentiment.columns[:len(shared)]) != shared or not sentiment.iloc[:, :len(shared)].equals(sentences):
        return sentiment
    return sentiment.iloc[:, len(shared):].assign(_packed=True) if shared else sentiment


def _unpack_sentiment(sentences: pd.DataFrame, packed: pd.DataFrame) -> pd.DataFrame:
    if "_packed" not in packed:
        return packed
    out = sentences.copy(deep=False)  # copy-on-write: the sentences' columns are shared, not copied
    for col in packed.columns.drop("_packed"):
        out[col] = packed[col]
    return out


def _progress(total: int, show: bool) -> Any:
    # tqdm.auto picks the widget bar inside a kernel, which needs ipywidgets (no dependency of
    # presslens): without it, it warns (TqdmWarning) into every executed notebook and falls back
    # to the text bar, so the text bar is asked for at once.
    if importlib.util.find_spec("ipywidgets"):
        from tqdm.auto import tqdm
    else:
        from tqdm import tqdm

    return tqdm(total=total, unit="chunk", desc="presslens.analyse", disable=not show)


_PENDING = object()  # a task's result not in yet


class _Team:
    """This process and ``n - 1`` worker processes that run tasks on the chunks ``parts``.

    ``run(tasks, bar, local)`` is ``[fn(parts[i], *args) for fn, i, args in tasks]``: each process
    takes the next task as it comes free, this one too, and a thread here hands the workers their
    next task as soon as they send a result. ``local(results)`` runs here before each task this
    process takes and once after the last: work only this process can do, as soon as the results
    it needs are in (the others :data:`_PENDING`).

    Workers are forked where the system forks safely (Linux): they start at once, with what this
    process has loaded, and read their chunks from the memory they share with it. Elsewhere they
    are started afresh (forkserver, or spawn) and each task carries its chunk.
    """

    def __init__(self, n: int, parts: list[pd.DataFrame]) -> None:
        self.parts = parts
        self.workers: list[tuple[Any, Any]] = []
        self.forked = False
        self.switch = sys.getswitchinterval()
        if n <= 1:
            return
        method = _start_method()
        self.forked = method == "fork"
        context = multiprocessing.get_context(method)
        if method == "forkserver":
            context.set_forkserver_preload(["presslens.pipeline"])
        self.results = context.Queue()
        try:
            for k in range(n - 1):
                tasks = context.SimpleQueue()  # written by the caller's thread itself, as the worker waits
                process = context.Process(target=_serve, args=(k, tasks, self.results, parts if self.forked else None),
                                          daemon=True, name=f"presslens-worker-{k}")
                process.start()
                self.workers.append((process, tasks))
        except BaseException as exc:  # no __exit__ when __init__ fails: the started workers are stopped here
            self.__exit__(type(exc), exc, exc.__traceback__)
            raise
        # The thread that hands out the tasks waits for this process's main thread to let go of
        # the interpreter, up to the switch interval (5 ms) each time, while a worker waits idle.
        sys.setswitchinterval(min(self.switch, 0.0005))

    def __enter__(self) -> _Team:
        return self

    def __exit__(self, *exc: Any) -> None:
        for process, tasks in self.workers:
            tasks.put(None)
        for process, tasks in self.workers:
            process.join(timeout=5 if exc[0] is None else 0.5)
            if process.is_alive():
                process.terminate()
                process.join()
        sys.setswitchinterval(self.switch)

    def run(self, tasks: list[tuple[Callable[..., Any], int, tuple]], bar: Any = None,
            local: Callable[[list], None] | None = None) -> list:
        """The result of each of ``tasks`` (function, chunk, arguments), in their order, each run
        here or in a worker as one comes free; ``local(results so far)`` runs here before each task
        this process takes and once at the end. Each entry of ``tasks`` is set to None as it is
        handed out: what it reads is let go once no other task holds it."""
        out: list[Any] = [_PENDING] * len(tasks)
        todo = deque(range(len(tasks)))
        failed: list[BaseException] = []

        def take() -> int | None:
            try:
                return todo.popleft()
            except IndexError:
                return None

        def hand(k: int) -> int:
            j = None if failed else take()  # after an error, the workers only finish their task
            if j is None:
                return 0
            fn, i, args = tasks[j]
            tasks[j] = None  # what a task reads is let go with it (a sink may take it next)
            self.workers[k][1].put((fn, j, i, None if self.forked else self.parts[i], args))
            return 1

        def dispatch() -> None:
            try:
                busy = sum(hand(k) for k in range(len(self.workers)))
                while busy:
                    for k, j, value in self._collect(stop=failed):
                        out[j] = value
                        _advance(bar)
                        busy += hand(k) - 1
            except BaseException as exc:  # raised below, in the caller's thread
                failed.append(exc)

        thread = threading.Thread(target=dispatch, name="presslens-dispatch", daemon=True)
        if self.workers:
            thread.start()
        try:
            while not failed:
                if local is not None:
                    local(out)
                j = take()
                if j is None:
                    break
                fn, i, args = tasks[j]
                tasks[j] = None
                out[j] = fn(self.parts[i], *args)
                del fn, args
                _advance(bar)
        except BaseException as exc:
            failed.append(exc)
            raise
        finally:
            if self.workers:
                thread.join()
        if failed:
            raise failed[0]
        if local is not None:
            local(out)
        return out

    def _collect(self, stop: list) -> list[tuple[int, int, Any]]:
        """The results that have come back, at least one (or none once ``stop`` is not empty), as
        (worker, task, value); a worker's error is raised here."""
        got: list[tuple[int, int, Any]] = []
        while True:
            try:
                k, j, ok, value = self.results.get(block=not got, timeout=1.0)
            except queue.Empty:
                if got:
                    return got
                # Checked after an error too: a task a dead worker held never comes back.
                dead = [p for p, _ in self.workers if not p.is_alive()]
                if dead:
                    raise RuntimeError(f"a presslens worker process died (exit code {dead[0].exitcode})")
                if stop:
                    return got
                continue
            if not ok:
                raise value
            got.append((k, j, value))


def _start_method() -> str:
    """fork on Linux (macOS's system libraries are not safe to fork), else forkserver or spawn."""
    methods = multiprocessing.get_all_start_methods()
    if sys.platform.startswith("linux") and "fork" in methods:
        return "fork"
    return "forkserver" if "forkserver" in methods else "spawn"


def _advance(bar: Any) -> None:
    if bar is not None:
        bar.update()


def _serve(k: int, tasks: Any, results: Any, parts: list[pd.DataFrame] | None) -> None:
    """A worker's loop: run each task on the chunk it names (from ``parts`` when the worker
    shares them), send back the result or the error."""
    with _one_blas_thread():  # a worker started afresh does not inherit the setting
        while True:
            task = tasks.get()
            if task is None:
                return
            fn, j, i, chunk, args = task
            try:
                results.put((k, j, True, fn(parts[i] if chunk is None else chunk, *args)))
            except BaseException as exc:  # sent back to be raised in the caller
                try:
                    pickle.dumps(exc)
                except Exception:
                    exc = RuntimeError(f"{type(exc).__name__}: {exc}")
                results.put((k, j, False, exc))


def load_tables(out: str | os.PathLike | None = None,
                names: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """Read back the tables of a run under the output root ``out`` (``OUT/data/processed``).

    A table is either one file ``NAME.parquet`` (or ``NAME.csv``), as the notebooks write, or a
    folder ``NAME/`` of ``part-*.parquet`` files, as a Dask run writes (read in part order).
    ``names`` picks tables; default: every table found.

    >>> tables = load_tables("/data/study")                                 # doctest: +SKIP
    >>> tables["quotes"].head()                                             # doctest: +SKIP
    """
    folder = layout(out).tables
    # A part folder beats NAME.parquet, which keeps the column types and so beats NAME.csv.
    rank = {"": 0, ".parquet": 1, ".csv": 2}
    found: dict[str, Path] = {}
    for entry in sorted(folder.iterdir()) if folder.is_dir() else []:
        kind = "" if entry.is_dir() and any(entry.glob("part-*.parquet")) else entry.suffix
        if entry.name.startswith(".") or kind not in rank or (kind and not entry.is_file()):
            continue
        name = entry.name if not kind else entry.stem
        if name not in found or rank[kind] < rank[_kind(found[name])]:
            found[name] = entry
    wanted = list(names) if names is not None else sorted(found)
    missing = [n for n in wanted if n not in found]
    if missing:
        raise FileNotFoundError(f"no table {', '.join(missing)} under {folder}")
    return {name: _read_table(found[name]) for name in wanted}


def read_parts(folder: str | os.PathLike) -> pd.DataFrame:
    """One table from the ``part-*.parquet`` files of ``folder``, concatenated in part order (by
    number: part-100000 after part-99999)."""
    paths = sorted(Path(folder).glob("part-*.parquet"), key=lambda p: (len(p.stem), p.stem))
    return concat([json_cells_back(pd.read_parquet(p)) for p in paths])


def concat(frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Pieces of one table (from consecutive slices of a corpus) as one table, with the dtypes a
    run on the whole corpus gives."""
    frames = list(frames)
    full = [f.copy(deep=False) for f in frames if len(f)] or [f.copy(deep=False) for f in frames[:1]]
    if not full:
        return pd.DataFrame()
    for frame in full:
        frame.attrs = {}  # pandas compares attrs when concatenating; a skip report there breaks it
    out = pd.concat(full, ignore_index=True)
    # A piece types a column by what it holds (all None: object; strings: str); where the pieces
    # disagree, typing the whole column again gives the dtype of a run on the whole corpus.
    for col in out.columns:
        if out[col].dtype == object and len({str(f[col].dtype) for f in full if col in f}) > 1:
            out[col] = out[col].infer_objects()
        if out[col].dtype == object and len(full) > 1:
            out[col] = _shared_text(out[col])
    return out


def _shared_text(column: pd.Series) -> pd.Series:
    """An object column of text (and missing values) with one string per distinct value across the
    pieces joined, as each piece has within itself (:func:`presslens.dtypes.shared_values`: the
    timexes' value, mod, range and zone columns); other columns (lists, numbers) as they are."""
    values = column.tolist()
    if not all(type(v) is str or v is None for v in values):
        return column
    return pd.Series(shared_values(values), index=column.index, dtype=object, name=column.name)


def _kind(path: Path) -> str:
    return "" if path.is_dir() else path.suffix


def _read_table(path: Path) -> pd.DataFrame:
    if path.is_dir():
        return read_parts(path)
    if path.suffix == ".csv":
        return pd.read_csv(path)
    return json_cells_back(pd.read_parquet(path))
