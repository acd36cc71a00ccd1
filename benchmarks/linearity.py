"""``python -m benchmarks.linearity``: how each stage's time grows with the length of hostile articles.

Each kind of input (:data:`KINDS`) is one article built to provoke super-linear work: a long
sentence without punctuation full of cue verbs and pronouns, thousands of quote marks that
never pair up, thousands of capitalised words in a row, long runs of digits among numbers and
dates, a transcript of speaker labels gone wrong, one long token of base64, many names in one
long sentence. Its length doubles from ``--words`` on (``--doublings`` times); every stage of
:func:`presslens.pipeline.analyse_chunks` runs on it and then what the notebooks and the report
run on its tables (:data:`AFTER`: the portrayal of each mention, the entity sentiment and its
summary, the speaker totals, the annotated article page), each timed in CPU seconds (the best of
``--repeat`` runs, as other processes share the machine, each on another seeded article of that
length, so that no run finds the previous one's words in the caches), and, in one more run per
size under :mod:`tracemalloc`, each stage's peak of memory above what it started with, its
tables' text (Arrow's buffers) included (``--no-memory``: none). The tables show the growth per
doubling: about 2 is linear, 4 quadratic, and the growth fitted over all the sizes (least squares
of log time on log length, sizes timed under 10 ms or 1 MB left out), which one busy spell of the machine
moves less than a single doubling. The goal is at most about 2.2 for every stage at the largest
doubling, in time and in memory. CPU time on a shared machine grows a little faster than the work
(caches and the allocator at larger sizes): ``--calls`` also counts each stage's function calls in
one more run per size, a figure the machine does not move (under callgrind, the report's page grew
1.91-2.02x in instructions per doubling from 8,000 to 64,000 words where its CPU time grew up to
2.5x). The default sizes, 8,000 to 64,000 words, put every stage that does real work on
them in tenths of seconds or more (from 2,000 words, several were timed in milliseconds, where
a doubling's ratio is mostly noise). The inputs are generated (seeded), fictional and deterministic.

Examples::

    python -m benchmarks.linearity                       # 8,000 .. 64,000 words per article
    python -m benchmarks.linearity --words 1000 --doublings 2 --kinds digits
    python -m benchmarks.linearity --words 2000 --kinds transcript --no-memory --calls   # calls beside time
    python -m benchmarks.linearity --words 200000 --doublings 2 --repeat 1 --kinds names   # to 5 MB
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from presslens.display import article_page
from presslens.pipeline import analyse_chunks
from presslens.quotes import speakers
from presslens.sentiment import entity_sentiment, entity_summary, mention_tone

__all__ = ["AFTER", "GOAL", "KINDS", "article", "call_growth", "fitted_growth", "growth", "memory_growth", "report",
           "run_stages", "stage_calls", "stage_peaks", "stage_seconds"]

GOAL = 2.2  # growth per doubling that still counts as linear (noise and allocator included)
FLOOR = 0.01  # seconds: sizes timed under this are left out of the fitted growth

_WORDS = ["the", "minister", "officials", "report", "plan", "city", "council", "budget", "and", "that",
          "he", "she", "they", "it", "his", "her", "last", "week", "on", "in", "a", "new", "vote"]
_CUES = ["said", "told", "added", "says", "warned", "according", "to", "claimed", "stated", "insisted"]
_NAMES = ["Ada", "Quill", "Mara", "Eskel", "Borin", "Tasso", "Velda", "Orrin", "Senator", "Gov.", "President",
          "Harbor", "Council", "Bank", "Of", "The", "North", "Valley", "Party", "Jr.", "Dr.", "Ministry"]
_MARKS = ["“", "”", '"', "‘", "’", "'", "«", "»"]


def _unpunctuated(rng: random.Random, n: int) -> str:
    # One sentence: no full stop until the very end, a cue verb every few words.
    return " ".join(rng.choice(_CUES) if i % 4 == 0 else rng.choice(_WORDS) for i in range(n)) + "."


def _quote_marks(rng: random.Random, n: int) -> str:
    # A quote mark on most words, opening and closing marks in no order, a cue now and then.
    words = []
    for i in range(n):
        word = rng.choice(_CUES) if i % 7 == 0 else rng.choice(_WORDS)
        mark = rng.choice(_MARKS)
        words.append(mark + word if rng.random() < 0.5 else word + mark)
    return " ".join(words) + "."


def _capitalised(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_NAMES) for _ in range(n)) + " said."


def _digits(rng: random.Random, n: int) -> str:
    forms = [lambda: "".join(rng.choice("0123456789") for _ in range(rng.randint(20, 80))),
             lambda: str(rng.randint(1600, 2099)),
             lambda: f"{rng.randint(1, 12)}/{rng.randint(1, 31)}/20{rng.randint(10, 30)}",
             lambda: f"{rng.randint(1, 999)},{rng.randint(100, 999)},{rng.randint(100, 999)}",
             lambda: f"{rng.randint(1, 99)}.{rng.randint(0, 99)}", lambda: rng.choice(["years", "days", "May", "in"])]
    return " ".join(rng.choice(forms)() for _ in range(n)) + " " + "7" * (4 * n) + "."


_LABELS = ["Ada Quill:", "Q:", "A:", "MORROW:", "Mr. Voss:", "Monday:", "“", "”", "said", "the", "plan"]
_CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def _transcript(rng: random.Random, n: int) -> str:
    # A transcript gone wrong: speaker labels and quote marks everywhere, a line break now and then.
    return " ".join(rng.choice(_LABELS) + ("\n" if rng.random() < 0.1 else "") for _ in range(n)) + "."


def _code(rng: random.Random, n: int) -> str:
    # One token of base64 (an embedded image or key pasted into the text): acronyms by the thousand.
    return "The file reads " + "".join(rng.choice(_CODE) for _ in range(6 * n)) + " and ends."


_FIRST = ["Ada", "Mara", "Borin", "Velda", "Orrin", "Tilde", "Jory", "Senator", "Dr.", "Gov."]
_LAST = ["Quill", "Eskel", "Tasso", "Brant", "Voss", "Morrow", "Pell", "Harrow", "Lisk", "Dunmore"]


def _names(rng: random.Random, n: int) -> str:
    # One sentence naming people again and again, without a full stop: every name's mention sits in
    # the same long sentence (the portrayal reads each mention's sentence).
    words = []
    while len(words) < n:
        words += [rng.choice(_FIRST), rng.choice(_LAST), rng.choice(_CUES), rng.choice(_WORDS)]
    return " ".join(words) + "."


KINDS: dict[str, Callable[[random.Random, int], str]] = {
    "unpunctuated": _unpunctuated, "quote marks": _quote_marks, "capitalised": _capitalised, "digits": _digits,
    "transcript": _transcript, "code": _code, "names": _names,
}

# What runs on the analysis's tables after it, as the notebooks and the report run it, timed as stages of
# their own: the portrayal of each mention (mention_tone), the entity sentiment per article and its
# summary, the speaker totals (in the analysis timed within "quotes"; here alone), the article's page.
AFTER = ("portrayal", "entity sentiment", "speakers", "page")


def article(kind: str, words: int, seed: int = 0) -> pd.DataFrame:
    """A one-article corpus of ``kind`` with about ``words`` words (dated, so timexes resolve)."""
    # Seeded by size too: a generator seeded alike would open the article of twice the size with
    # this one's words, which the bounded caches (tokens, words) then hold for it from the run
    # before, as long as they can hold them: up to about 64,000 words, half of a digits article's
    # tokens came from the previous size's runs, none from 256,000 on, and that step showed as
    # growth (sentiment on digits: 2.29x at the last doubling, its count of new tokens 2.3x).
    text = KINDS[kind](random.Random(f"{kind}/{words}/{seed}"), words)
    return pd.DataFrame({"doc_id": [f"{kind}-{words}"], "text": [text], "published": [pd.Timestamp("2025-10-27")]})


def run_stages(articles: pd.DataFrame, step: Callable[..., Any]) -> None:
    """Every stage on ``articles``, each through ``step(stage, fn, *args, **kwargs)``: the analysis
    (:func:`presslens.pipeline.analyse_chunks`) and then :data:`AFTER` on its tables."""

    def analysis_step(stage: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        return step("speakers" if fn is speakers else stage, fn, *args, **kwargs)

    tables = analyse_chunks([articles], step=analysis_step)
    tones = step("portrayal", mention_tone, articles, tables["mentions"], tables["sentences"])
    step("entity sentiment", lambda: entity_summary(entity_sentiment(articles, tones=tones, quotes=tables["quotes"])))
    shown = {"mentions": tones, "quotes": tables["quotes"], "timexes": tables["timexes"]}
    step("page", article_page, articles, str(articles["doc_id"].iloc[0]), shown)


def stage_seconds(articles: pd.DataFrame) -> dict[str, float]:
    """CPU seconds of each stage of one in-process run on ``articles``."""
    seconds: dict[str, float] = {}

    def step(stage: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        # The garbage the stages before left is collected first, untimed: else a full collection of
        # it lands in whichever stage allocates next, once a size is large enough (the report's page
        # after the analysis: 0.028 -> 0.087 s at the last doubling of the capitalised article, 0.057 s
        # when timed alone, the same with the collector off).
        gc.collect()
        start = time.process_time()
        result = fn(*args, **kwargs)
        seconds[stage] = seconds.get(stage, 0.0) + time.process_time() - start
        return result

    run_stages(articles, step)
    return seconds


def stage_calls(articles: pd.DataFrame) -> dict[str, int]:
    """Function calls (Python's and C's, as :func:`sys.setprofile` sees them) of each stage of one
    in-process run on ``articles``: a count, which the machine's load, caches and allocator do not
    move, so its growth per doubling tells the code's growth from the machine's. Work inside one C
    call (a sort, a regular expression, a join) counts once however long it takes."""
    calls: dict[str, int] = {}

    def step(stage: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        count = 0

        def profile(frame: Any, event: str, arg: Any) -> None:
            nonlocal count
            if event == "call" or event == "c_call":
                count += 1

        sys.setprofile(profile)
        try:
            result = fn(*args, **kwargs)
        finally:
            sys.setprofile(None)
        calls[stage] = calls.get(stage, 0) + count
        return result

    run_stages(articles, step)
    return calls


def _arrow_bytes() -> int:
    """Bytes Arrow's allocators hold: the text columns of the tables (pandas' ``str`` columns are
    Arrow arrays), which :mod:`tracemalloc` does not see."""
    import pyarrow as pa

    pools = [pa.system_memory_pool()]
    for name in ("mimalloc_memory_pool", "jemalloc_memory_pool"):
        try:
            pools.append(getattr(pa, name)())
        except (AttributeError, NotImplementedError):  # an allocator this build of Arrow lacks
            pass
    return sum(pool.bytes_allocated() for pool in pools)


def stage_peaks(articles: pd.DataFrame) -> dict[str, float]:
    """Each stage's peak of memory (MB) above what was allocated when it began, the largest of its
    calls, in one in-process run on ``articles``: the peak :mod:`tracemalloc` traces (Python's
    objects and numpy's arrays) plus what Arrow's allocators hold more at the stage's end (its
    tables' text columns; Arrow's buffers freed within the stage go unseen)."""
    peaks: dict[str, float] = {}

    def step(stage: str, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        before, arrow = tracemalloc.get_traced_memory()[0], _arrow_bytes()
        tracemalloc.reset_peak()
        result = fn(*args, **kwargs)
        peak = tracemalloc.get_traced_memory()[1] - before + max(0, _arrow_bytes() - arrow)
        peaks[stage] = max(peaks.get(stage, 0.0), peak / 2 ** 20)
        return result

    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        run_stages(articles, step)
    finally:
        if started:
            tracemalloc.stop()
    return peaks


def _settle(kind: str, freeze: bool = True) -> None:
    for warm in dict.fromkeys((kind, "names")):  # word lists and models load once, outside the measures
        stage_seconds(article(warm, 50))  # (the portrayal's models with the first names)
    gc.collect()
    if not freeze:  # memory: what is traced does not depend on when the collector walks
        return
    # What is loaded once is moved out of the garbage collector's sight (gc.freeze): else a full
    # collection walks all of it whenever an article's objects happen to trigger one, a step in
    # time that falls on one size or another and shows as growth that the article does not cause.
    gc.freeze()


def growth(kind: str, words: int, doublings: int, repeat: int = 3) -> list[tuple[int, dict[str, float]]]:
    """``[(words, {stage: best CPU seconds})]`` for ``words`` and each doubling of it."""
    _settle(kind)
    out = []
    for k in range(doublings + 1):
        n = words * 2 ** k
        runs = []
        for rep in range(repeat):
            # Each run a first pass over its text: another seed per run, as the bounded caches
            # (words, tags, sentences) would hold a repeated article whole at the small sizes but
            # not at the large ones, which flattered the small sizes and showed as growth.
            arts = article(kind, n, seed=rep)
            gc.collect()  # each run starts without the previous run's garbage
            runs.append(stage_seconds(arts))
        out.append((n, {stage: min(r[stage] for r in runs) for stage in runs[0]}))
    return out


def memory_growth(kind: str, words: int, doublings: int) -> list[tuple[int, dict[str, float]]]:
    """``[(words, {stage: peak MB})]`` (:func:`stage_peaks`, one run per size: memory is not noisy)."""
    _settle(kind, freeze=False)
    out = []
    for k in range(doublings + 1):
        n = words * 2 ** k
        arts = article(kind, n)
        gc.collect()
        out.append((n, stage_peaks(arts)))
    return out


def call_growth(kind: str, words: int, doublings: int) -> list[tuple[int, dict[str, float]]]:
    """``[(words, {stage: function calls})]`` (:func:`stage_calls`, one run per size: a count is not noisy)."""
    _settle(kind, freeze=False)
    return [(words * 2 ** k, dict(stage_calls(article(kind, words * 2 ** k)))) for k in range(doublings + 1)]


def fitted_growth(sizes: list[int], seconds: list[float], floor: float = FLOOR) -> float:
    """Growth per doubling fitted over every size timed at ``floor`` seconds or more: 2 to the
    slope of log2(seconds) on log2(size) (least squares); NaN with fewer than two such sizes."""
    points = [(n, s) for n, s in zip(sizes, seconds) if s >= floor]
    if len(points) < 2:
        return float("nan")
    slope = np.polyfit(*np.log2(np.array(points, dtype=float).T), 1)[0]
    return float(2 ** slope)


MEMORY_FLOOR = 1.0  # MB: peaks under this are left out of the growth (allocator and caches, not the article)
CALLS_FLOOR = 10_000  # calls: stages making fewer are left out of the growth (loading, not the article)


def _header(measure: str) -> str:
    return f"growth of {measure} per doubling of the article (goal <= {GOAL}; 2 is linear, 4 quadratic)"


def report(results: dict[str, list[tuple[int, dict[str, float]]]], measure: str = "CPU time") -> str:
    """Per kind and stage: the seconds (or, with ``measure="peak memory"``, the MB; with ``"calls"``,
    the function calls) at each size and the growth per doubling."""
    memory, counted = measure == "peak memory", measure == "calls"
    unit, floor, least = (("MB@", MEMORY_FLOOR, MEMORY_FLOOR) if memory else ("calls@", CALLS_FLOOR, CALLS_FLOOR)
                          if counted else ("s@", FLOOR, 0.002))
    shown = "{:10.0f}" if counted else "{:10.3f}"
    lines = [_header(measure)]
    worst: list[tuple[float, str, str]] = []
    worst_fit: list[tuple[float, str, str]] = []
    for kind, rows in results.items():
        sizes = " -> ".join(f"{n:,}" for n, _ in rows)
        lines += ["", f"{kind}: {sizes} words",
                  f"  {'stage':<16} " + " ".join(f"{unit + format(n, ','):>10}" for n, _ in rows)
                  + "   growth per doubling   fitted"]
        for stage in rows[0][1]:
            secs = [r[stage] for _, r in rows]
            ratios = [b / a if a > least else float("nan") for a, b in zip(secs, secs[1:])]
            last = ratios[-1] if ratios else float("nan")
            fitted = fitted_growth([n for n, _ in rows], secs, floor)
            flag = "  SUPER-LINEAR" if last == last and last > GOAL else ""
            if last == last:
                worst.append((last, kind, stage))
            if fitted == fitted:
                worst_fit.append((fitted, kind, stage))
            lines.append(f"  {stage:<16} " + " ".join(map(shown.format, secs)) + "   "
                         + " ".join("    -" if r != r else f"{r:5.2f}" for r in ratios)
                         + ("      -" if fitted != fitted else f"   {fitted:5.2f}") + flag)
    if worst:
        top = max(worst)
        lines += ["", f"largest growth at the last doubling: {top[0]:.2f}x ({top[2]} on {top[1]})"]
    if worst_fit:
        top = max(worst_fit)
        lines += [f"largest fitted growth per doubling: {top[0]:.2f}x ({top[2]} on {top[1]})"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.linearity", description=__doc__.split("\n")[0])
    parser.add_argument("--words", type=int, default=8000, help="words of the smallest article")
    parser.add_argument("--doublings", type=int, default=3, help="how many times the length doubles")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (the fastest counts)")
    parser.add_argument("--kinds", help=f"comma-separated, of: {', '.join(KINDS)} (default: all)")
    parser.add_argument("--no-memory", action="store_true", help="time only: no run under tracemalloc")
    parser.add_argument("--calls", action="store_true",
                        help="also count each stage's function calls (one more run per size, under a profile hook)")
    args = parser.parse_args(argv)
    kinds = [k.strip() for k in args.kinds.split(",")] if args.kinds else list(KINDS)
    results: dict[str, dict] = {"CPU time": {}, "calls": {}, "peak memory": {}}
    runs = {"CPU time": lambda kind: growth(kind, args.words, args.doublings, args.repeat),
            "calls": lambda kind: call_growth(kind, args.words, args.doublings),
            "peak memory": lambda kind: memory_growth(kind, args.words, args.doublings)}
    for measure, measured in results.items():
        if (measure == "peak memory" and args.no_memory) or (measure == "calls" and not args.calls):
            continue
        print(_header(measure), flush=True)
        for kind in kinds:  # each kind as soon as it is measured: the whole run takes minutes
            measured[kind] = runs[measure](kind)
            print(report({kind: measured[kind]}, measure).split("\n", 1)[1], flush=True)
        summary = [line for line in report(measured, measure).splitlines() if line.startswith("largest ")]
        print(f"\nall kinds, {measure}: " + "\n           ".join(summary) + "\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
