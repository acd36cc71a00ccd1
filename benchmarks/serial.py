"""``python -m benchmarks.serial``: what the calling process of ``analyse(articles, jobs=N)`` spends
on the steps that need the whole corpus, and whether the workers are busy meanwhile.

With workers, the time of a run is about its per-article work divided among the processes plus
what the calling process does alone: the corpus-wide steps it runs while the workers wait. This
prints the CPU seconds of each such step in the calling process (summed over its calls), split
into the part run while a round of per-chunk tasks was under way (``beside workers``) and the part
run between rounds (``alone``), and the calling process's CPU in and out of the rounds. CPU
seconds, not wall seconds: they do not count the time other processes take the cores away, so
runs on a busy machine compare.

Examples::

    python -m benchmarks.serial                 # PolNeAR train, jobs=2
    python -m benchmarks.serial --jobs 3 --repeat 3
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


def measure(articles: Any, jobs: int) -> dict[str, Any]:
    """One run of :func:`presslens.pipeline.analyse`: CPU seconds per step, alone and beside workers."""
    steps: dict[str, list[float]] = {}
    rounds = [0, 0.0]  # rounds under way, CPU seconds in them
    saved: dict[str, Any] = {}

    def timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def call(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent = time.process_time() - start
                if name == "round":
                    rounds[1] += spent
                else:
                    steps.setdefault(name, [0.0, 0.0])[1 if rounds[0] else 0] += spent
        return call

    def round_(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def run(*args: Any, **kwargs: Any) -> Any:
            rounds[0] += 1
            try:
                return fn(*args, **kwargs)
            finally:
                rounds[0] -= 1
        return timed("round", run)

    for name in STEPS:
        if hasattr(pipeline, name):
            saved[name] = getattr(pipeline, name)
            setattr(pipeline, name, timed(name, saved[name]))
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
    args = parser.parse_args(argv)
    articles = None if args.articles else load_real()
    if articles is None:  # as python -m benchmarks does: a resampled corpus where PolNeAR is not
        import tempfile
        from pathlib import Path

        with tempfile.TemporaryDirectory() as tmp:
            folder = resample(args.articles or 1000, Path(tmp))
            articles = load_corpus(folder, metadata=folder / "metadata.tsv")
    pipeline.analyse(warm_up_articles(), jobs=1, progress=False)  # loads the models and lexicons, on other text
    runs = [measure(articles, args.jobs) for _ in range(args.repeat)]
    print(report(runs, args.jobs, len(articles)))


if __name__ == "__main__":
    main()
