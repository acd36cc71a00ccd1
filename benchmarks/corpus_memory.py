"""``python -m benchmarks.corpus_memory``: peak memory of loading one very large plain-text file.

Writes a ``--mb`` MB fictional wire article (ASCII, 80-character lines, a headline, a trailing
boilerplate line) and loads it with ``load_corpus(path, max_bytes=...)`` raised to fit, in a
fresh process. Memory is the process's peak resident set (``ru_maxrss``), reported as is and
above the baseline after imports and a warm-up load of a small file. ``--loader FILE`` measures
another version of the loader module (e.g. the pre-package ``corpus.py`` from git history).

Example::

    python -m benchmarks.corpus_memory --mb 300
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
df = mod.load_corpus(path, max_bytes=2 * Path(path).stat().st_size)
seconds = time.perf_counter() - start
print(json.dumps({"articles": len(df), "chars": int(df["text"].str.len().sum()), "seconds": round(seconds, 1),
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=int, default=300, help="size of the article in MB (default 300)")
    parser.add_argument("--loader", default="", help="a loader module file to measure instead")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="presslens-bench-") as tmp:
        big, small = Path(tmp) / "big" / "report.txt", Path(tmp) / "small.txt"
        big.parent.mkdir()
        write_article(big, args.mb)
        small.write_text("Small headline\n\nA small fictional article about the harbour.\n", encoding="ascii")
        out = subprocess.run([sys.executable, "-c", _CHILD, str(big), str(small), args.loader],
                             capture_output=True, text=True)
        if out.returncode:
            sys.exit(out.stderr[-2000:])
        result = json.loads(out.stdout.strip().splitlines()[-1])
    result["file_mb"] = args.mb
    print(json.dumps(result))


if __name__ == "__main__":
    main()
