"""``python -m benchmarks.serial``: what the calling process of ``analyse(articles, jobs=N)`` spends
on the steps that need the whole corpus, and whether the workers are busy meanwhile.

With workers, the time of a run is about its per-article work divided among the processes plus
what the calling process does alone: the corpus-wide steps it runs while the workers wait. This
prints the CPU seconds of each such step in the calling process (summed over its calls), split
into the part run while a round of per-chunk tasks was under way (``beside workers``) and the part
run between rounds (``alone``), and the calling process's CPU in and out of the rounds. CPU
seconds, not wall seconds: they do not count the time other processes take the cores away, so
runs on a busy machine compare.

``--replay`` also replays a run with ``jobs`` processes on idle cores from CPU seconds alone: each
per-chunk task is timed in one process (``jobs=1`` on the chunks ``analyse`` cuts for ``jobs``),
then handed out as :class:`presslens.pipeline._Team` hands them (the longest chunks first, each
process taking the next task as it comes free, the timeline built here once every chunk's events
are in), with the corpus-wide steps run here alone between the rounds. What it prints is what the
structure of the run allows: the rounds' imbalance and the steps alone, on a machine however busy.
It leaves out what makes a real run slower still: each process filling its own caches (names,
words, sentences) on its part of the corpus, the traffic to the workers, the cores' sharing.

Examples::

    python -m benchmarks.serial                 # PolNeAR train, jobs=2
    python -m benchmarks.serial --jobs 3 --repeat 3
    python -m benchmarks.serial --replay        # and the replay of jobs=2 on idle cores
"""

from __future__ import annotations

import argparse
import functools
import os
import time
from collections.abc import Callable
from typing import Any

from benchmarks.corpora import load_real, resample, warm_up_articles
from presslens import pipeline
from presslens.corpus import load_corpus

# The corpus-wide steps, as presslens.pipeline calls them (a name it lacks is left out).
STEPS = ("prepare_aliases", "link_mentions", "corpus_genders", "build_timeline", "concat_tables", "speakers")


def _timed(fn: Callable[..., Any], record: Callable[[float, tuple], None]) -> Callable[..., Any]:
    """``fn`` wrapped to hand ``record`` the CPU seconds of each call (process time, so other
    processes taking the cores do not count) and the call's positional arguments, once it returns
    or raises."""
    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            record(time.process_time() - start, args)
    return call


def measure(articles: Any, jobs: int) -> dict[str, Any]:
    """One run of :func:`presslens.pipeline.analyse`: CPU seconds per step, alone and beside workers."""
    steps: dict[str, list[float]] = {}
    rounds = [0, 0.0]  # rounds under way, CPU seconds in them
    saved: dict[str, Any] = {}

    def step(name: str) -> Callable[[float, tuple], None]:
        def record(spent: float, _args: tuple) -> None:
            steps.setdefault(name, [0.0, 0.0])[1 if rounds[0] else 0] += spent
        return record

    def in_rounds(spent: float, _args: tuple) -> None:
        rounds[1] += spent

    def round_(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            rounds[0] += 1
            try:
                return fn(*args, **kwargs)
            finally:
                rounds[0] -= 1
        return _timed(run, in_rounds)

    for name in STEPS:
        if hasattr(pipeline, name):
            saved[name] = getattr(pipeline, name)
            setattr(pipeline, name, _timed(saved[name], step(name)))
    team_run = pipeline._Team.run
    pipeline._Team.run = round_(team_run)
    try:
        start = time.process_time()
        pipeline.analyse(articles, jobs=jobs, progress=False)
        total = time.process_time() - start
    finally:
        pipeline._Team.run = team_run
        for name, fn in saved.items():
            setattr(pipeline, name, fn)
    return {"steps": steps, "total": total, "in_rounds": rounds[1], "alone": total - rounds[1],
            "load": os.getloadavg()[0]}


# The per-chunk tasks of presslens.pipeline, and the steps run here alone between their rounds.
TASKS = ("_articles_task", "_gender_task", "_events", "_quotes")
ALONE = ("link_mentions", "corpus_genders", "_timeline")


def replay(articles: Any, jobs: int) -> dict[str, Any]:
    """CPU seconds of each task and step of :func:`presslens.pipeline.analyse` with ``jobs``
    processes, measured in this one (see the module's docstring), and the run replayed on
    ``jobs`` idle cores: its wall seconds, per round and in all."""
    parts = list(pipeline._parts(articles, jobs))
    index = {id(p): i for i, p in enumerate(parts)}
    spent: dict[tuple[str, int | None], float] = {}
    saved = {name: getattr(pipeline, name) for name in (*TASKS, *ALONE)}

    def task(name: str) -> Callable[[float, tuple], None]:
        def record(seconds: float, args: tuple) -> None:
            key = (name, index[id(args[0])] if name in TASKS else None)
            spent[key] = spent.get(key, 0.0) + seconds
        return record

    for name, fn in saved.items():
        setattr(pipeline, name, _timed(fn, task(name)))
    try:
        start = time.process_time()
        pipeline.analyse_chunks(parts, jobs=1, progress=False)
        total = time.process_time() - start
    finally:
        for name, fn in saved.items():
            setattr(pipeline, name, fn)
    n, order = len(parts), pipeline._order(parts, min(jobs, len(parts)))

    def durations(*names: str) -> list[float]:
        return [spent[name, i] for name in names for i in order]

    alone = {name: spent.get((name, None), 0.0) for name in ALONE}
    rest = total - sum(spent.values())  # joining the tables, the speaker totals, ...: here, alone
    rounds = [_schedule(durations("_articles_task"), jobs), _schedule(durations("_gender_task"), jobs),
              _schedule(durations("_events", "_quotes"), jobs, alone.pop("_timeline"), n)]
    wall = sum(rounds) + sum(alone.values()) + rest
    return {"chunks": n, "cpu": total, "rounds": rounds, "alone": {**alone, "rest": rest}, "wall": wall,
            "ideal": [sum(durations(*names)) / jobs for names in (TASKS[:1], TASKS[1:2], TASKS[2:])]}


def _schedule(durations: list[float], jobs: int, local: float = 0.0, after: int = 0) -> float:
    """Wall seconds of tasks of ``durations`` handed out in order to this process and ``jobs - 1``
    workers, as presslens.pipeline._Team does (the workers take the first ones; then each process
    the next as it comes free); ``local``: seconds this process spends once the first ``after``
    tasks are done, before its next task (or after its last)."""
    free = [0.0] * max(1, jobs)  # [0]: this process
    done: list[float] = []
    pending = local > 0
    for j, d in enumerate(durations):
        k = min(range(len(free)), key=lambda p: (free[p], p == 0))  # a worker first on a tie
        if k == 0 and pending and len(done) >= after and max(done[:after], default=0.0) <= free[0]:
            free[0] += local
            pending = False
            k = min(range(len(free)), key=lambda p: (free[p], p == 0))
        free[k] += d
        done.append(free[k])
    if pending:
        free[0] = max(free[0], max(done[:after], default=0.0)) + local
    return max(free)


def replay_report(r: dict[str, Any], jobs: int, n_articles: int) -> str:
    speedup = r["cpu"] / r["wall"]
    rounds = " / ".join(f"{w:.2f} (even {e:.2f})" for w, e in zip(r["rounds"], r["ideal"]))
    alone = ", ".join(f"{name} {sec:.3f}" for name, sec in r["alone"].items())
    return (f"replayed: jobs={jobs} on {n_articles} articles in {r['chunks']} chunks, on idle cores, from the CPU "
            f"seconds of one process ({r['cpu']:.2f}): {r['wall']:.2f} s, {speedup:.2f}x one core (at most: "
            f"each process's own caches, the traffic and the cores' sharing left out)\n  rounds (articles / gender / events and quotes): {rounds}\n  alone here: {alone}")


def report(runs: list[dict[str, Any]], jobs: int, n_articles: int) -> str:
    best = min(runs, key=lambda r: r["alone"])
    lines = [f"analyse(articles, jobs={jobs}) on {n_articles} articles: the calling process's CPU seconds, "
             f"the run with least CPU alone of {len(runs)} (load average {min(r['load'] for r in runs):.1f}-"
             f"{max(r['load'] for r in runs):.1f})",
             f"{'step':<18} {'alone':>7} {'beside workers':>15}"]
    for name, (alone, beside) in best["steps"].items():
        lines.append(f"{name:<18} {alone:7.3f} {beside:15.3f}")
    lines.append(f"{'calling process':<18} {best['alone']:7.3f} {best['in_rounds']:15.3f}   "
                 f"(alone: between the rounds of per-chunk tasks; total {best['total']:.2f})")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="processes (default 2)")
    parser.add_argument("--repeat", type=int, default=2, help="runs (default 2)")
    parser.add_argument("--articles", type=int, default=0,
                        help="resample a corpus of N articles instead of PolNeAR (without PolNeAR: 1,000)")
    parser.add_argument("--replay", action="store_true",
                        help="also replay the run on idle cores from each task's CPU seconds (see above)")
    args = parser.parse_args(argv)
    articles = None if args.articles else load_real()
    if articles is None:  # as python -m benchmarks does: a resampled corpus where PolNeAR is not
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:
            folder = resample(args.articles or 1000, Path(tmp))
            articles = load_corpus(folder, metadata=folder / "metadata.tsv")
    pipeline.analyse(warm_up_articles(), jobs=1, progress=False)  # loads the models and lexicons, on other text
    # The replay first: the first pass over the corpus, as in the runs of python -m benchmarks.
    replayed = replay(articles, args.jobs) if args.replay else None
    runs = [measure(articles, args.jobs) for _ in range(args.repeat)]
    print(report(runs, args.jobs, len(articles)))
    if replayed is not None:
        print(replay_report(replayed, args.jobs, len(articles)))


if __name__ == "__main__":
    main()
