"""``python -m benchmarks.corpus_memory``: peak memory of loading one very large plain-text file.

Writes a ``--mb`` MB fictional wire article (ASCII, 80-character lines, a headline, a trailing
boilerplate line) and loads it with ``load_corpus(path, max_bytes=...)`` raised to fit, in a
fresh process. Memory is the process's peak resident set (``ru_maxrss``), reported as is and
above the baseline after imports and a warm-up load of a small file. ``--loader FILE`` measures
another version of the loader module (e.g. the pre-package ``corpus.py`` from git history).

``--jsonl-lines N`` loads a JSON Lines file of N records instead, every 997th line malformed (the
scale run of ``tests/test_hostile.py``'s JSON Lines case: at a million lines the file, about 130 MB,
is far over the default 20 MB ``max_bytes``, which caps one file, and is read record by record), and
checks that every good record is an article and every bad line is in the skip report.

Example::

    python -m benchmarks.corpus_memory --mb 300
    python -m benchmarks.corpus_memory --jsonl-lines 1000000
    git show 5644cfc:src/presslens/corpus.py > /tmp/corpus_old.py
    python -m benchmarks.corpus_memory --mb 300 --loader /tmp/corpus_old.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

_CHILD = r"""
import importlib.util, json, resource, sys, time
from pathlib import Path
path, small, loader = sys.argv[1], sys.argv[2], sys.argv[3]
if loader:
    spec = importlib.util.spec_from_file_location("loader_under_test", loader)
    mod = importlib.util.module_from_spec(spec); sys.modules[spec.name] = mod; spec.loader.exec_module(mod)
else:
    import presslens.corpus as mod
peak = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
mod.load_corpus(small)
base = peak()
start = time.perf_counter()
kw = {} if path.endswith(".jsonl") else {"max_bytes": 2 * Path(path).stat().st_size}
df = mod.load_corpus(path, **kw)
seconds = time.perf_counter() - start
print(json.dumps({"articles": len(df), "skipped": len(mod.skipped(df)),
                  "chars": int(df["text"].str.len().sum()), "seconds": round(seconds, 1),
                  "baseline_mb": round(base), "peak_mb": round(peak()), "above_baseline_mb": round(peak() - base)}))
"""

_LINE = "The fictional council of Port Amsel met again to discuss the harbour bridge.  \n"


def write_article(path: Path, megabytes: int) -> None:
    with open(path, "w", encoding="ascii") as fh:
        fh.write("Council report on the harbour bridge, complete edition\n\n")
        block = _LINE * 12_800                          # about 1 MB
        for _ in range(megabytes):
            fh.write(block)
        fh.write("Share this article\n")


_BAD = ('{"id": "x", "text": "cut off in the mid', "[1, 2, 3]", '"just a string"',
        '{"id": "x", "title": "no text here"}', '{"id": "x", "text": 42}', "{'single': 'quotes'}",
        "1" * 5000, "[" * 50_000 + "]" * 50_000, '{"id": "x", "text": "ok", }')


def write_jsonl(path: Path, lines: int, bad_every: int = 997) -> tuple[int, int]:
    """``lines`` fictional wire records, every ``bad_every``-th line malformed; (good, bad) counts."""
    bad = lines // bad_every
    with open(path, "w", encoding="ascii", buffering=1 << 22) as fh:
        for number in range(1, lines + 1):
            if number % bad_every == 0:
                fh.write(_BAD[(number // bad_every) % len(_BAD)] + "\n")
            else:
                fh.write(f'{{"id": "r{number}", "title": "Record {number}", "published": "2031-03-{number % 28 + 1:02d}", '
                         f'"text": "Port Amsel record {number} says the council met, item {number} of the agenda."}}\n')
    return lines - bad, bad


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=300, help="size of the article in MB (default 300)")
    parser.add_argument("--loader", default="", help="a loader module file to measure instead")
    parser.add_argument("--jsonl-lines", type=int, default=0,
                        help="load a JSON Lines file of this many records (every 997th malformed) instead")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="presslens-bench-") as tmp:
        big, small = Path(tmp) / "big" / "report.txt", Path(tmp) / "small.txt"
        big.parent.mkdir()
        if args.jsonl_lines:
            big = big.with_name("wire.jsonl")
            expected = write_jsonl(big, args.jsonl_lines)
        else:
            write_article(big, args.mb)
        small.write_text("Small headline\n\nA small fictional article about the harbour.\n", encoding="ascii")
        out = subprocess.run([sys.executable, "-c", _CHILD, str(big), str(small), args.loader],
                             capture_output=True, text=True)
        if out.returncode:
            sys.exit(out.stderr[-2000:])
        result = json.loads(out.stdout.strip().splitlines()[-1])
        result["file_mb"] = round(big.stat().st_size / 2**20) if args.jsonl_lines else args.mb
    if args.jsonl_lines and (result["articles"], result["skipped"]) != expected:
        sys.exit(f"expected {expected[0]:,} articles and {expected[1]:,} skipped lines: {result}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
