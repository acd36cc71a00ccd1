"""``python -m benchmarks``: per-stage speed and memory of the whole analysis, with reference ratios.

What is timed is throughput: the first pass of the analysis over the timed corpus, in a process
that has analysed other text once before (:func:`benchmarks.corpora.warm_up_articles`: a made-up
article, none of the timed text). What a process does only the
first time it analyses anything (patterns compiled and modules imported on first use, models and
lexicons read) is printed apart, as a constant per process ("start-up"), and left out of the
rates, as the reference leaves out its own: NLTK's ``SentimentIntensityAnalyzer`` is built, its
lexicon read, before it is timed. The warm-up text is not the timed text, so the caches of the
analysis (tokens, names, sentences) fill on the timed corpus as they do in a real run: a second
pass over the same corpus would be faster, and is not what is timed. The cold figure (the first
call in a fresh process, start-up included) is printed too.

It also times :func:`presslens.analyse` as a user runs it, with ``jobs`` = 1, 2, ... every core,
each run in a fresh process warmed up as above (wall seconds, the best of ``--repeat`` interleaved
runs: other processes share the machine, and the load average is printed beside); its CPU seconds
with ``jobs=1`` measure the same thing as the staged table's "analysis" row, in another process.
It also measures peak memory in fresh processes on two
resampled corpora (``--memory-sizes``, 1,600 and 4,800 articles), whose difference gives the memory
per 10k articles. Not from fewer than 1,600: the bounded caches of the analysis (tokens, sentences,
names) fill up to about there, which at 400 and 1,600 made the slope 593 MB per 10k where it is
495-545 between 1,600, 3,200 and 6,400 (962991e); 4,800 keeps the memory part under about two
CPU minutes. The same two sizes are then measured for what ``presslens run`` runs,
:func:`~presslens.pipeline.write_analysis`, which writes every table but the speaker totals
chunk by chunk (the timeline whole, once built) as the analysis goes instead of holding them.
``python -m benchmarks.linearity`` (run last by ``make bench``) times each stage on hostile
articles of doubling length.

Examples::

    python -m benchmarks                        # PolNeAR (840 articles) when present
    python -m benchmarks --articles 20000       # resampled corpus of 20,000 articles
    python -m benchmarks --scaling 1000,20000   # each size in a fresh process, then a summary
    python -m benchmarks --profile              # pyinstrument call tree of the whole analysis
    python -m benchmarks --memory-only          # peak memory per 10k articles alone (1,600 and 4,800)
    python -m benchmarks --memory-only --breakdown   # and what each column holds per 10k articles

Stages run as :mod:`presslens.pipeline` runs them, over chunks of ``--chunk`` articles (the
per-article stages; by default as ``analyse(jobs=1)`` cuts a corpus of 800 articles or more) and
once over the corpus (alias linking, timeline, speakers); "other" is what the analysis spends
between the stages (joining the chunks' tables, compacting their columns), so that "analysis",
all but loading, is the CPU time of the whole :func:`presslens.pipeline.analyse_chunks` call. Memory is the
process's peak resident set (``ru_maxrss``), which only grows: the column shows the high-water
mark after each stage. The references are timed in the same process on the same text: NLTK's
``SentimentIntensityAnalyzer`` on every sentence, twice: beside the stages (each chunk's sentences
right after the analysis split them, :class:`VaderBetween`, left out of the stages' and "other"'s
times), so that the ratio the goal reads compares work done in the same minutes of a shared
machine, and once more after the analysis (runs on 3 Dec timed VADER alone at 5.3 to 9.0 CPU
seconds on the same sentences); and ``dateparser.search.search_dates`` on the first
``--dateparser-articles`` articles (it is slow), extrapolated per article.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from benchmarks.corpora import load_real, resample, warm_up_articles
from presslens.corpus import load_corpus
from presslens.pipeline import CHUNK, analyse, analyse_chunks, chunks, cores, write_analysis
from presslens.sentiment import score_sentences
from presslens.sentiment.vader import VaderResourceError, vader_reference

_WORD = re.compile(r"\S+")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Timer:
    """CPU and wall seconds per stage, summed over chunks, and the peak memory after each stage.

    Rates use CPU time: the code is single-threaded, so CPU time is the wall time on an idle
    core, and it does not count the time other processes take the core away.
    """

    def __init__(self, reference: Callable[[pd.Series], None] | None = None) -> None:
        self.seconds: dict[str, float] = {}
        self.wall: dict[str, float] = {}
        self.peak: dict[str, float] = {}
        self.reference = reference
        self.reference_seconds = 0.0  # CPU of ``reference``, and its wall time, spent inside the run
        self.reference_wall = 0.0

    def __call__(self, stage: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        cpu, wall = time.process_time(), time.perf_counter()
        result = fn(*args, **kwargs)
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.process_time() - cpu
        self.wall[stage] = self.wall.get(stage, 0.0) + time.perf_counter() - wall
        self.peak[stage] = _peak_mb()
        if stage == "sentences" and self.reference is not None:
            # The reference on this chunk's sentences, right after the analysis split them: both
            # are timed in the same minutes, so a machine shared with other work slows both alike.
            cpu, wall = time.process_time(), time.perf_counter()
            self.reference(result["text"])
            self.reference_seconds += time.process_time() - cpu
            self.reference_wall += time.perf_counter() - wall
        return result


class VaderBetween:
    """NLTK's VADER on each chunk's sentences as the analysis splits them (a :class:`Timer`
    ``reference``), the first ``limit`` sentences in all (the time extrapolated to the rest)."""

    def __init__(self, limit: int) -> None:
        self.vader = vader_reference()
        self.limit = limit
        self.timed = 0
        self.seen = 0

    def __call__(self, texts: pd.Series) -> None:
        todo = texts.iloc[:max(0, self.limit - self.timed)]
        for text in todo:
            self.vader.polarity_scores(text)
        self.timed += len(todo)
        self.seen += len(texts)

    def seconds(self, timer: Timer) -> float:
        return timer.reference_seconds * self.seen / max(1, self.timed)


def warm_up() -> float:
    """Analyse the warm-up articles (:func:`benchmarks.corpora.warm_up_articles`) twice; returns
    the start-up: the CPU seconds of the first time less those of the second, what this process
    spent once (lazy imports, patterns compiled on first use, models and lexicons read). Nothing
    happens at the second time on a process warmed up already: call it first."""
    articles = warm_up_articles()
    spent = []
    for _ in range(2):
        cpu = time.process_time()
        analyse(articles, jobs=1, progress=False)
        spent.append(time.process_time() - cpu)
    return max(0.0, spent[0] - spent[1])


def run_analysis(corpus: Path, metadata: Path | None, chunk: int, timer: Timer) -> tuple[pd.DataFrame, dict]:
    """Load, then the whole analysis as :func:`presslens.pipeline.analyse_chunks` runs it; what it
    spends between the stages is timed as "other"."""
    articles = timer("load", load_corpus, corpus, metadata=metadata)
    cpu, wall = time.process_time(), time.perf_counter()
    tables = analyse_chunks(chunks(articles, chunk or len(articles) or 1), step=timer, progress=False)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    timer.seconds["other"] = cpu - timer.reference_seconds - sum(s for k, s in timer.seconds.items() if k != "load")
    timer.wall["other"] = wall - timer.reference_wall - sum(s for k, s in timer.wall.items() if k != "load")
    timer.peak["other"] = _peak_mb()
    return articles, tables


def time_references(articles: pd.DataFrame, sentences: pd.Series, n_dateparser: int,
                    n_vader: int) -> dict[str, float]:
    """CPU seconds of NLTK's VADER on all ``sentences`` (timed on the first ``n_vader``,
    extrapolated when there are more), and of dateparser per article (on the first
    ``n_dateparser`` articles)."""
    import dateparser.search

    vader = vader_reference()
    timed = sentences.iloc[:n_vader]
    start = time.process_time()
    for text in timed:
        vader.polarity_scores(text)
    nltk_seconds = (time.process_time() - start) * len(sentences) / max(1, len(timed))
    subset = articles.head(n_dateparser)
    dateparser.search.search_dates("warm up on Monday", languages=["en"])  # loads its language data
    start = time.process_time()
    for text, published in zip(subset["text"], subset["published"]):
        base = published.to_pydatetime() if pd.notna(published) else dt.datetime(2025, 1, 1)
        dateparser.search.search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})
    per_article = (time.process_time() - start) / max(1, len(subset))
    return {"nltk_vader": nltk_seconds, "nltk_vader_sentences": len(timed),
            "dateparser_per_article": per_article, "dateparser_articles": len(subset)}


def _held(tables: dict[str, pd.DataFrame]) -> dict[tuple[str, str], int]:
    """Bytes each column of ``tables`` holds, as (table, column) -> bytes, each Python object and
    each Arrow buffer counted once, in the first column that holds it (columns share the strings
    of doc_ids and sentences, and the sentiment table the Arrow buffers of the sentences;
    ``memory_usage(deep=True)`` would count them once per row or per table). A category column
    counts its codes and, once, its categories; a column with missing values (``Int32``) its mask."""
    seen: set = set()

    def arrow(values: Any) -> int:
        held = 0
        array = values.__arrow_array__()
        for piece in getattr(array, "chunks", [array]):
            for buf in piece.buffers():
                if buf is not None and ("arrow", buf.address) not in seen:
                    seen.add(("arrow", buf.address))
                    held += buf.size
        return held

    def numpy(values: np.ndarray) -> int:
        key = ("numpy", values.__array_interface__["data"][0], values.nbytes)  # a view of a column: the same
        if key in seen:
            return 0
        seen.add(key)
        return values.nbytes

    def size(obj: Any) -> int:
        if id(obj) in seen:
            return 0
        seen.add(id(obj))
        inner = sum(size(v) for v in obj) if isinstance(obj, (list, tuple, set)) else 0
        return sys.getsizeof(obj) + inner

    def column(array: Any) -> int:
        if hasattr(array, "__arrow_array__") and not isinstance(array, pd.Categorical):
            return arrow(array)
        if isinstance(array, pd.Categorical):
            return numpy(array.codes) + column(array.categories.array)
        if hasattr(array, "_mask"):  # nullable integers, floats and booleans
            return numpy(array._data) + numpy(array._mask)
        values = np.asarray(array)
        return numpy(values) + (sum(size(v) for v in values) if values.dtype == object else 0)

    return {(name, col): column(table[col].array) for name, table in tables.items() for col in table.columns}


def _table_mb(tables: dict[str, pd.DataFrame]) -> float:
    """Memory the tables hold in MB (:func:`_held`)."""
    return sum(_held(tables).values()) / 2**20


def time_jobs(corpus: Path, metadata: Path | None, jobs: list[int], repeat: int) -> dict[str, Any]:
    """Wall and CPU seconds of :func:`presslens.analyse` with each number of ``jobs``, ``repeat``
    times, the runs interleaved (1, 2, ..., 1, 2, ...) so that a busy spell of the machine falls
    on every setting alike, each in a fresh process warmed up on other text (:func:`time_run`):
    no run finds the caches filled with the timed text by an earlier one. CPU is the calling
    process's: with workers, what the corpus-wide steps and the traffic to the workers cost
    there. Also the cold run: ``jobs=1`` in a fresh process without the warm-up."""
    runs: dict[int, list[tuple[float, float]]] = {k: [] for k in jobs}
    load = [os.getloadavg()[0]]
    for _ in range(repeat):
        for k in jobs:
            r = _run_apart(corpus, metadata, k)
            runs[k].append((r["wall"], r["cpu"]))
            load.append(os.getloadavg()[0])
    return {"runs": {str(k): v for k, v in runs.items()}, "load": load, "repeat": repeat,
            "cold": _run_apart(corpus, metadata, 1, cold=True)}


def _run_apart(corpus: Path, metadata: Path | None, jobs: int, cold: bool = False) -> dict[str, float]:
    cmd = [sys.executable, "-m", "benchmarks", "--time-run", str(jobs), "--corpus", str(corpus),
           *(["--metadata", str(metadata)] if metadata else []), *(["--cold"] if cold else [])]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def time_run(corpus: Path, metadata: Path | None, jobs: int, cold: bool = False) -> dict[str, float]:
    """In this process (a fresh one): load the corpus, warm up (unless ``cold``), then the wall
    and CPU seconds of one :func:`presslens.analyse` of it with ``jobs``."""
    articles = load_corpus(corpus, metadata=metadata)
    start_up = None if cold else warm_up()
    cpu, wall = time.process_time(), time.perf_counter()
    analyse(articles, jobs=jobs, progress=False)
    return {"wall": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "start_up": start_up}


def memory_probe(size: int, tmp: Path, breakdown: bool = False, written: bool = False) -> dict[str, Any]:
    """Peak memory of a fresh process that loads a resampled corpus of ``size`` articles (written
    here first) and analyses it in one process (jobs=1); with ``breakdown``, also what each column
    of the articles and of the result tables holds (``held``: table -> column -> bytes, :func:`_held`).
    With ``written``, the process runs what ``presslens run`` runs instead, :func:`write_analysis`
    (jobs=1), which writes the tables of :data:`~presslens.pipeline.SPILLED` chunk by chunk and the
    timeline as the analysis goes, and the others at the end, all to a folder under ``tmp``."""
    folder = tmp / f"memory-{size}"
    if not (folder / "metadata.tsv").exists():  # resampled (seeded) once for both kinds of probe
        resample(size, folder)
    cmd = [sys.executable, "-m", "benchmarks", "--memory-probe", str(folder), *(["--breakdown"] if breakdown else []),
           *(["--written", str(tmp / f"written-{size}")] if written else [])]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _status_mb(field: str) -> float | None:
    """``VmRSS`` (now) or ``VmHWM`` (peak) of this process in MB, where Linux tells them."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def _probe(folder: Path, breakdown: bool = False, written: Path | None = None) -> dict[str, Any]:
    # Imports leave a high-water mark of their own; on Linux it is reset here (clear_refs 5), so
    # the peak below is that of loading and analysing alone.
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass
    start = _status_mb("VmRSS") or _peak_mb()
    articles = load_corpus(folder, metadata=folder / "metadata.tsv")
    loaded = _status_mb("VmHWM") or _peak_mb()
    if written is not None:
        write_analysis(articles, written, jobs=1, progress=False)  # chunks of CHUNK, as below, from 800 articles on
        return {"articles": len(articles), "start_mb": start, "load_mb": loaded,
                "peak_mb": _status_mb("VmHWM") or _peak_mb(), "written": True}
    tables = analyse(articles, jobs=1, chunk=CHUNK, progress=False)  # the same working set at any size
    peak = _status_mb("VmHWM") or _peak_mb()
    out = {"articles": len(articles), "start_mb": start, "load_mb": loaded, "peak_mb": peak,
           "tables_mb": _table_mb(tables), "articles_mb": _table_mb({"articles": articles})}
    if breakdown:
        held: dict[str, dict[str, int]] = {}
        for (name, col), n in [*_held({"articles": articles}).items(), *_held(tables).items()]:
            held.setdefault(name, {})[col] = n
        out["held"] = held
        out["dtypes"] = {name: {c: str(t) for c, t in table.dtypes.items()}
                         for name, table in {"articles": articles, **tables}.items()}
        out["rows"] = {name: len(table) for name, table in {"articles": articles, **tables}.items()}
    return out


def _breakdown_report(probe: dict[str, Any]) -> list[str]:
    """What each column holds per 10k articles, in the probe of the most articles: the loaded
    articles, then the result tables (each object counted once, in the first column holding it)."""
    n = probe["articles"]
    lines = [f"what the columns hold, MB per 10k articles ({n:,} resampled articles; each Python object and "
             "Arrow buffer counted once, in the first column that holds it; the articles apart from the tables)",
             f"{'table':<10} {'column':<14} {'dtype':<16} {'rows/10k':>9} {'MB/10k':>8}"]
    for name, columns in probe["held"].items():
        rows = probe["rows"][name] / n * 10_000
        total = sum(columns.values()) / 2**20 / n * 10_000
        lines.append(f"{name:<10} {'(all)':<14} {'':<16} {rows:9,.0f} {total:8.1f}")
        for col, held in sorted(columns.items(), key=lambda kv: -kv[1]):
            lines.append(f"{'':<10} {col:<14} {probe['dtypes'][name][col]:<16} {'':>9} "
                         f"{held / 2**20 / n * 10_000:8.1f}")
    tables = sum(sum(c.values()) for t, c in probe["held"].items() if t != "articles") / 2**20 / n * 10_000
    lines.append(f"result tables in all: {tables:.1f} MB per 10k articles")
    return lines


def time_methods(sentences: pd.DataFrame, methods: tuple[str, ...] = ("rated_core", "rated")) -> dict[str, float]:
    """CPU seconds of the opt-in sentence methods on the pipeline's sentences, each after scoring a
    few sentences once (its lexicons are read once per process, as the warm-up does for "news");
    a method whose optional extra is not installed is left out."""
    out = {}
    for method in methods:
        try:
            score_sentences(sentences.head(20), method=method)
        except VaderResourceError:
            continue
        cpu = time.process_time()
        score_sentences(sentences, method=method)
        out[f"presslens_{method}"] = time.process_time() - cpu
    return out


def measure(corpus: Path, metadata: Path | None, chunk: int, n_dateparser: int, n_vader: int,
            jobs: list[int] | None = None, repeat: int = 2, memory_sizes: list[int] | None = None,
            tmp: Path | None = None) -> dict[str, Any]:
    """Every figure of one benchmark run, as a JSON-able dict."""
    base_mb = _peak_mb()
    start_up = warm_up()
    between = VaderBetween(n_vader)
    timer = Timer(reference=between)
    articles, tables = run_analysis(corpus, metadata, chunk, timer)
    refs = time_references(articles, tables["sentences"]["text"], n_dateparser, n_vader)
    refs["nltk_vader_between"] = between.seconds(timer)
    cpu = time.process_time()
    score_sentences(tables["sentences"], method="vader")  # NLTK's scores exactly (tests/test_sentiment_scorer.py)
    refs["presslens_vader"] = time.process_time() - cpu
    refs.update(time_methods(tables["sentences"]))
    words = int(sum(len(_WORD.findall(t)) for t in articles["text"]))
    tables_mb = _table_mb(tables)
    rows = {k: len(v) for k, v in tables.items()}
    del tables
    return {"corpus": str(corpus), "articles": len(articles), "words": words,
            "sentences": rows["sentences"], "chunk": chunk, "seconds": timer.seconds, "wall": timer.wall,
            "peak_mb": timer.peak, "start_mb": base_mb, "tables_mb": tables_mb,
            "rows": rows, "references": refs, "cores": cores(), "start_up": start_up,
            "jobs": time_jobs(corpus, metadata, jobs, repeat) if jobs else None,
            "memory": [memory_probe(n, tmp or Path(tempfile.gettempdir())) for n in memory_sizes or []],
            "memory_written": [memory_probe(n, tmp or Path(tempfile.gettempdir()), written=True)
                               for n in memory_sizes or []]}


def report(r: dict[str, Any]) -> str:
    """The per-stage table and the ratios against the references."""
    n, words = r["articles"], r["words"]
    lines = [f"corpus: {r['corpus']}  ({n:,} articles, {words:,} words, {r['sentences']:,} sentences, "
             f"chunk {r['chunk'] or 'all'})",
             "the first pass over it, in a process warmed up once on other text (a made-up article); "
             "other: between the stages", "",
             f"{'stage':<10} {'CPU s':>8} {'wall s':>8} {'words/s':>10} {'articles/s':>11} {'peak MB':>8}"]
    for stage, sec in r["seconds"].items():
        lines.append(f"{stage:<10} {sec:8.2f} {r['wall'][stage]:8.2f} {words / sec:10,.0f} {n / sec:11,.1f} "
                     f"{r['peak_mb'][stage]:8.0f}")
    analysis = sum(s for k, s in r["seconds"].items() if k != "load")
    total = analysis + r["seconds"]["load"]
    lines.append(f"{'analysis':<10} {analysis:8.2f} {'':8} {words / analysis:10,.0f} {n / analysis:11,.1f}"
                 "   (all but load: the whole analyse_chunks call)")
    lines.append(f"{'total':<10} {total:8.2f} {sum(r['wall'].values()):8.2f} {words / total:10,.0f} "
                 f"{n / total:11,.1f}")
    refs = r["references"]
    timex = r["seconds"]["timexes"] / max(1, n)
    between = refs.get("nltk_vader_between")
    lines += ["",
              f"NLTK VADER alone on the same {r['sentences']:,} sentences: {refs['nltk_vader']:.2f} CPU s"
              + (f" (timed on the first {refs['nltk_vader_sentences']:,}, extrapolated)"
                 if refs["nltk_vader_sentences"] < r["sentences"] else "") + " after the analysis"
              + (f"; {between:.2f} CPU s timed beside it (each chunk's sentences right after the analysis "
                 "split them, so in the same minutes as the stages)" if between else ""),
              *([f"  whole analysis (without load) vs NLTK VADER timed beside it: {between / analysis:.2f}x  "
                 "(goal >= 0.6, then >= 1.0)"] if between else []),
              f"  whole analysis (without load) vs NLTK VADER timed after it: {refs['nltk_vader'] / analysis:.2f}x",
              f"  with load, vs VADER timed after it:                       {refs['nltk_vader'] / total:.2f}x",
              *([f"  start-up: {r['start_up']:.2f} CPU s once per process, left out above as VADER's lexicon "
                 "loading is (the warm-up's first analyse less its second)"] if r.get("start_up") is not None else []),
              f"  presslens sentiment (method='news', the pipeline's) vs NLTK VADER: "
              f"{refs['nltk_vader'] / r['seconds']['sentiment']:.1f}x",
              *([f"  presslens sentiment with method='vader' (NLTK's scores, identical) vs NLTK VADER: "
                 f"{refs['nltk_vader'] / refs['presslens_vader']:.1f}x"] if "presslens_vader" in refs else []),
              *([f"  presslens sentiment with method='{m}': {refs[f'presslens_{m}']:.2f} CPU s, "
                 f"{refs[f'presslens_{m}'] / r['seconds']['sentiment']:.1f}x the CPU of method='news'"
                 for m in ("rated_core", "rated") if f"presslens_{m}" in refs]),
              f"dateparser.search_dates: {refs['dateparser_per_article'] * 1000:.1f} ms/article "
              f"(timed on the first {refs['dateparser_articles']} articles, extrapolated)",
              f"  presslens timexes: {timex * 1000:.2f} ms/article -> "
              f"{refs['dateparser_per_article'] / timex:.1f}x faster  (goal >= 10)",
              "",
              f"memory: start {r['start_mb']:.0f} MB, peak {max(r['peak_mb'].values()):.0f} MB; result tables "
              f"{r['tables_mb']:.0f} MB = {r['tables_mb'] / n * 10_000:.0f} MB per 10k articles "
              "(each object counted once)"]
    if r.get("jobs"):
        lines += ["", *_jobs_report(r, analysis)]
    if r.get("memory"):
        lines += ["", *_memory_report(r["memory"])]
    if r.get("memory_written"):
        lines += ["", *_memory_report(r["memory_written"])]
    return "\n".join(lines)


def _jobs_report(r: dict[str, Any], analysis_cpu: float) -> list[str]:
    j = r["jobs"]
    words, nltk = r["words"], r["references"]["nltk_vader"]
    load = j["load"]
    lines = [f"presslens.analyse(articles, jobs=N) on {r['cores']} cores: wall seconds, best of {j['repeat']} "
             f"interleaved runs (load average {min(load):.1f}-{max(load):.1f} during them: the machine is shared), "
             "each the first pass in a fresh process warmed up as above",
             f"{'jobs':>4} {'best s':>8} {'median s':>8} {'words/s':>10} {'speedup':>8} {'vs VADER':>8} "
             f"{'CPU here s':>10}"]
    best1 = min(w for w, _ in j["runs"]["1"]) if "1" in j["runs"] else None
    for k, runs in j["runs"].items():
        walls = sorted(w for w, _ in runs)
        best, median = walls[0], walls[len(walls) // 2]
        here = min(c for _, c in runs)
        speedup = f"{best1 / best:8.2f}" if best1 else f"{'':8}"
        lines.append(f"{k:>4} {best:8.2f} {median:8.2f} {words / best:10,.0f} {speedup} {nltk / best:8.2f} "
                     f"{here:10.2f}")
    beside = r["references"].get("nltk_vader_between")
    lines += [f"  vs VADER: NLTK VADER's CPU seconds on the sentences (timed after the staged run) / analyse's wall "
              f"seconds; on one core, by CPU seconds alone: {nltk / analysis_cpu:.2f}x (goal >= 0.6; the staged run "
              "above" + (f"; {beside / analysis_cpu:.2f}x against VADER timed beside its stages)" if beside else ")")
              + (f", {nltk / min(c for _, c in j['runs']['1']):.2f}x (jobs=1 here, least CPU)" if "1" in j["runs"] else ""),
              *([f"  cold: jobs=1 in a fresh process without the warm-up, start-up included: {j['cold']['cpu']:.2f} "
                 f"CPU s, {j['cold']['wall']:.2f} s wall, {nltk / j['cold']['cpu']:.2f}x VADER by CPU"]
                if j.get("cold") else []),
              "  CPU here: what the calling process spends (with workers: the corpus-wide steps and the "
              "traffic to the workers)"]
    return lines


def _memory_report(probes: list[dict[str, float]]) -> list[str]:
    what = ("write_analysis, jobs=1, as presslens run: every table but the speaker totals written chunk by chunk "
            "or, the timeline, once built" if probes and probes[0].get("written") else "analyse, jobs=1")
    lines = [f"peak memory of one fresh process per resampled corpus ({what}):",
             f"{'articles':>9} {'start MB':>9} {'loaded MB':>10} {'peak MB':>8} {'tables MB':>10}"]
    for p in probes:
        lines.append(f"{p['articles']:9,} {p['start_mb']:9.0f} {p.get('load_mb', float('nan')):10.0f} "
                     f"{p['peak_mb']:8.0f} {p.get('tables_mb', float('nan')):10.0f}")
    if len(probes) > 1:
        a, b = probes[0], probes[-1]

        def per_10k(key: str) -> float:
            return (b[key] - a[key]) / (b["articles"] - a["articles"]) * 10_000

        slope = per_10k("peak_mb")
        constant = a["peak_mb"] - slope * a["articles"] / 10_000
        lines.append(f"  peak memory = {constant:.0f} MB + {slope:.0f} MB per 10k articles "
                     f"(goal: <= 300 MB per 10k plus a constant)")
        if "articles_mb" in a and "articles_mb" in b:
            rest = slope - per_10k("articles_mb") - per_10k("tables_mb")
            lines.append(f"  of which the articles held {per_10k('articles_mb'):.0f} MB per 10k (the peak after "
                         f"load_corpus grows {per_10k('load_mb'):.0f}: the loader's own working memory), the "
                         f"result tables {per_10k('tables_mb'):.0f}, the rest {rest:.0f} (what the allocators "
                         "keep beside the live objects, the loader's working memory among it, and the bounded "
                         "caches filling)")
    return lines


def _corpus(args: argparse.Namespace, tmp: Path) -> tuple[Path, Path | None]:
    if args.corpus:
        return Path(args.corpus), Path(args.metadata) if args.metadata else None
    if args.articles:
        folder = resample(args.articles, tmp / f"resampled-{args.articles}")
        return folder, None
    if load_real() is None:
        return resample(1000, tmp / "resampled-1000"), None
    from benchmarks.corpora import POLNEAR, shared_root

    root = shared_root() / POLNEAR
    return root / "text", root / "metadata.tsv"


def scaling(sizes: list[int], args: argparse.Namespace) -> str:
    """Run each size in a fresh process (a clean peak memory) and compare."""
    results = []
    for size in sizes:
        cmd = [sys.executable, "-m", "benchmarks", "--articles", str(size), "--chunk", str(args.chunk),
               "--dateparser-articles", str(args.dateparser_articles),
               "--vader-sentences", str(args.vader_sentences), "--jobs", "0", "--memory-sizes", "", "--json"]
        out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
        r = json.loads(out)
        print(report(r), "\n", flush=True)
        results.append(r)
    return summary(results)


def summary(results: list[dict[str, Any]]) -> str:
    """One line per benchmark run, and how peak memory grows between the smallest and largest."""
    # work MB: the peak beyond the start and the result tables, i.e. what one chunk's work takes.
    lines = [f"{'articles':>9} {'analysis s':>10} {'articles/s':>10} {'vs VADER':>8} {'peak MB':>8} "
             f"{'tables MB':>9} {'MB/10k':>7} {'work MB':>8}"]
    for r in results:
        analysis = sum(s for k, s in r["seconds"].items() if k != "load")
        peak = max(r["peak_mb"].values())
        lines.append(f"{r['articles']:9,} {analysis:10.1f} {r['articles'] / analysis:10.1f} "
                     f"{r['references']['nltk_vader'] / analysis:8.2f} {peak:8.0f} "
                     f"{r['tables_mb']:9.0f} {r['tables_mb'] / r['articles'] * 10_000:7.0f} "
                     f"{peak - r['start_mb'] - r['tables_mb']:8.0f}")
    if len(results) > 1:
        a, b = results[0], results[-1]
        slope = (max(b["peak_mb"].values()) - max(a["peak_mb"].values())) / (b["articles"] - a["articles"])
        lines.append(f"peak memory grows {slope * 10_000:.0f} MB per 10k articles between "
                     f"{a['articles']:,} and {b['articles']:,}")
    return "\n".join(lines)


def profile(corpus: Path, metadata: Path | None, chunk: int) -> str:
    from pyinstrument import Profiler

    warm_up()  # as measure does: the first pass over the corpus, without the start-up
    profiler = Profiler()
    profiler.start()
    run_analysis(corpus, metadata, chunk, Timer())
    profiler.stop()
    return profiler.output_text(unicode=False, color=False, show_all=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", help="a folder of articles (default: PolNeAR, else resampled)")
    parser.add_argument("--metadata", help="sidecar metadata file for --corpus")
    parser.add_argument("--articles", type=int, help="resample a corpus of N articles from real sentences")
    parser.add_argument("--chunk", type=int, default=CHUNK,
                        help=f"articles per chunk (0: all at once; default {CHUNK}, as analyse(jobs=1) cuts a "
                             "corpus of 800 articles or more)")
    parser.add_argument("--dateparser-articles", type=int, default=20,
                        help="articles to time dateparser on (extrapolated per article)")
    parser.add_argument("--vader-sentences", type=int, default=100_000,
                        help="sentences to time NLTK's VADER on (extrapolated to all)")
    parser.add_argument("--scaling", help="comma-separated sizes, e.g. 1000,20000, each in a fresh process")
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile instead")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--jobs", default="all",
                        help="numbers of worker processes to time analyse with, e.g. 1,2,4 (default 1..cores; "
                             "0: none)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of analyse per number of jobs")
    parser.add_argument("--memory-sizes", default="1600,4800",
                        help="resampled corpus sizes whose peak memory gives the memory per article ('' : none)")
    parser.add_argument("--memory-only", action="store_true",
                        help="only the peak memory of --memory-sizes (no timing of the stages or of jobs)")
    parser.add_argument("--breakdown", action="store_true",
                        help="with --memory-only: what each column of the articles and of the result tables "
                             "holds per 10k articles, at the largest size")
    parser.add_argument("--memory-probe", help=argparse.SUPPRESS)
    parser.add_argument("--written", help=argparse.SUPPRESS)  # with --memory-probe: write_analysis to this folder
    parser.add_argument("--time-run", type=int, help=argparse.SUPPRESS)  # one run of time_jobs, with --corpus
    parser.add_argument("--cold", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.time_run:
        metadata = Path(args.metadata) if args.metadata else None
        print(json.dumps(time_run(Path(args.corpus), metadata, args.time_run, cold=args.cold)))
        return 0
    if args.memory_probe:
        print(json.dumps(_probe(Path(args.memory_probe), breakdown=args.breakdown,
                                written=Path(args.written) if args.written else None)))
        return 0
    memory_sizes = [int(n) for n in args.memory_sizes.split(",") if n.strip()]
    if args.memory_only:
        with tempfile.TemporaryDirectory(prefix="presslens-bench-") as tmp:
            probes = [memory_probe(n, Path(tmp), breakdown=args.breakdown and n == max(memory_sizes))
                      for n in memory_sizes]
            written = [memory_probe(n, Path(tmp), written=True) for n in memory_sizes]
        lines = [*_memory_report(probes), "", *_memory_report(written)]
        if args.breakdown and probes:
            lines += ["", *_breakdown_report(max(probes, key=lambda p: p["articles"]))]
        print(json.dumps({"memory": probes, "memory_written": written}) if args.json else "\n".join(lines))
        return 0
    jobs = (list(range(1, cores() + 1)) if args.jobs == "all"
            else [int(k) for k in args.jobs.split(",") if int(k) > 0])
    if args.scaling:
        print(scaling([int(s) for s in args.scaling.split(",")], args))
        return 0
    with tempfile.TemporaryDirectory(prefix="presslens-bench-") as tmp:
        corpus, metadata = _corpus(args, Path(tmp))
        if args.profile:
            print(profile(corpus, metadata, args.chunk))
            return 0
        r = measure(corpus, metadata, args.chunk, args.dateparser_articles, args.vader_sentences,
                    jobs=jobs, repeat=args.repeat, memory_sizes=memory_sizes, tmp=Path(tmp))
    print(json.dumps(r) if args.json else report(r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
