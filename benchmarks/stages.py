"""``python -m benchmarks.stages``: the CPU seconds of each stage of the analysis, first pass, in
fresh processes: the staged table of ``python -m benchmarks`` alone (about 15 s a run rather than
minutes), for telling whether a change to one stage made it faster.

Each run is a fresh process warmed up as ``python -m benchmarks`` warms up (the made-up article),
then timed on the first pass over the corpus; the median of ``--repeat`` runs is printed per stage.
``--against DIR`` compares with another checkout's ``src`` (e.g. one made with ``git archive REV
src | tar -x -C DIR``): its runs alternate with this one's, so that a machine shared with other
work slows both alike, and the ratio of the medians is printed beside. Timing figures vary by a
few per cent between runs: a difference below that needs more repeats.

Examples::

    python -m benchmarks.stages                        # PolNeAR train (else a resampled corpus), 3 runs
    python -m benchmarks.stages --repeat 5 --against /tmp/base/src
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.__main__ import Timer, _corpus, run_analysis, warm_up
from presslens.pipeline import CHUNK


def first_pass(corpus: Path, metadata: Path | None, chunk: int) -> dict[str, float]:
    """CPU seconds per stage ("load", the stages, "other") of the first pass over ``corpus``
    in this process, after the warm-up."""
    warm_up()
    timer = Timer()
    run_analysis(corpus, metadata, chunk, timer)
    return dict(timer.seconds)


def _run(src: Path | None, corpus: Path, metadata: Path | None, chunk: int) -> dict:
    """:func:`first_pass` in a fresh process, on the package of ``src`` (None: this one), as
    {"package": the folder of the package it imported, "seconds": what :func:`first_pass` gives}."""
    env = dict(os.environ)
    if src is not None:  # the other checkout's package first on the path, the benchmarks from here
        here = Path(__file__).resolve().parent.parent
        env["PYTHONPATH"] = os.pathsep.join([str(src), str(here), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    cmd = [sys.executable, "-m", "benchmarks.stages", "--one", "--corpus", str(corpus), "--chunk", str(chunk)]
    if metadata is not None:
        cmd += ["--metadata", str(metadata)]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True, env=env).stdout
    return json.loads(out.splitlines()[-1])


def report(runs: dict[str, list[dict[str, float]]]) -> str:
    """A table of the median CPU seconds per stage of each side's runs (and their ratio)."""
    sides = list(runs)
    stages = list(next(iter(runs.values()))[0])
    medians = {side: {s: statistics.median(r[s] for r in rs) for s in stages} for side, rs in runs.items()}
    for side in sides:
        medians[side]["analysis"] = statistics.median(sum(v for s, v in r.items() if s != "load") for r in runs[side])
    head = f"{'stage':12}" + "".join(f"{side:>12}" for side in sides) + ("       ratio" if len(sides) == 2 else "")
    lines = [head]
    for stage in [*stages, "analysis"]:
        row = f"{stage:12}" + "".join(f"{medians[side][stage]:12.2f}" for side in sides)
        if len(sides) == 2 and medians[sides[1]][stage] > 0:
            row += f"{medians[sides[0]][stage] / medians[sides[1]][stage]:12.3f}"
        lines.append(row)
    n = len(runs[sides[0]])
    lines.append(f"median CPU seconds of {n} first pass{'es' if n > 1 else ''} each, fresh processes"
                 + ("; ratio: this checkout / the other" if len(sides) == 2 else "")
                 + "; analysis: all but load")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.stages", description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", help="a folder of articles (default: PolNeAR train, else resampled)")
    parser.add_argument("--metadata", help="sidecar metadata file for --corpus")
    parser.add_argument("--articles", type=int, help="resample a corpus of N articles from real sentences")
    parser.add_argument("--chunk", type=int, default=CHUNK, help=f"articles per chunk (default {CHUNK})")
    parser.add_argument("--repeat", type=int, default=3, help="fresh processes per side (default 3)")
    parser.add_argument("--against", help="another checkout's src folder, timed alternately with this one")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # one run here, as JSON
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    with tempfile.TemporaryDirectory(prefix="presslens-stages-") as tmp:
        corpus, metadata = _corpus(args, Path(tmp))
        if args.one:
            import presslens

            print(json.dumps({"package": str(Path(presslens.__file__).parent),
                              "seconds": first_pass(corpus, metadata, args.chunk)}))
            return 0
        sides: dict[str, Path | None] = {"this": None}
        if args.against:
            sides["against"] = Path(args.against).resolve()
        runs: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
        packages: dict[str, str] = {}
        for _ in range(args.repeat):
            for side, src in sides.items():
                run = _run(src, corpus, metadata, args.chunk)
                runs[side].append(run["seconds"])
                packages[side] = run["package"]
    print(report(runs))
    for side, package in packages.items():
        print(f"{side}: {package}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
