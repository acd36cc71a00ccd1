"""``python -m benchmarks.warc_dask``: a folder of web archives read by the Dask path.

Generates ``--gb`` GB of WARC files (``--file-mb`` MB each; ``.warc``, or ``.warc.gz`` with
``--gzip``) holding fictional news pages of about 50 KB each (navigation, scripts and footer
around an article of 8-14 paragraphs of distinct sentences), with a request record per page and
one image response in twenty. Then reads the folder with :func:`presslens.distributed.read_corpus`
on a local Dask cluster of ``--workers`` single-threaded worker processes: one partition per
file (:data:`~presslens.distributed.DEFAULT_BATCH_BYTES`), each file streamed by warcio and its
pages extracted by trafilatura; only the article counts come back to the client.

Reports articles per second (wall time of the read, generation excluded), articles per CPU
second of the workers (less sensitive to other processes on a shared machine) and the peak
resident memory of each worker process (``ru_maxrss``) before and after the read.

Example::

    python -m benchmarks.warc_dask --gb 2 --workers 2
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import tempfile
import time
from pathlib import Path

_WORDS = ("council harbour bridge ferry vote budget minister port coast storm quay workers union "
          "mayor report plan cost tender contract island road school hospital river fishing "
          "tourism election party coalition court ruling police weather festival museum").split()
_BOILER = ("<nav>" + "".join(f'<a href="/section/{i}">Section {i}</a> ' for i in range(60)) + "</nav>"
           "<script>var tracking = {" + ", ".join(f'"k{i}": {i}' for i in range(400)) + "};</script>")
_FOOTER = "<footer>" + "".join(f"<p>Footer link {i} of the fictional site.</p>" for i in range(80)) + "</footer>"


def _page(rng: random.Random, n: int) -> bytes:
    def sentence() -> str:
        words = rng.choices(_WORDS, k=rng.randint(12, 24))
        return f"{' '.join(words).capitalize()} (story {n}, item {rng.randint(0, 10**9)})."
    title = f"Fictional {rng.choice(_WORDS)} story number {n}"
    body = "".join(f"<p>{' '.join(sentence() for _ in range(rng.randint(4, 8)))}</p>" for _ in range(rng.randint(8, 14)))
    html = (f"<html><head><title>{title}</title><meta name='description' content='{title}'></head><body>"
            f"{_BOILER}<article><h1>{title}</h1><p class='byline'>By Fictional Reporter</p>{body}</article>"
            f"{_FOOTER}{_BOILER}</body></html>")
    return html.encode()


def generate(folder: Path, gigabytes: float, file_mb: int, gzip: bool, seed: int = 0) -> dict:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    total, pages, number = 0, 0, 0
    while total < gigabytes * 1e9:
        path = folder / f"crawl-{number:04d}.warc{'.gz' if gzip else ''}"
        with open(path, "wb") as fh:
            writer = WARCWriter(fh, gzip=gzip)
            while fh.tell() < file_mb * 1e6:
                pages += 1
                url = f"https://news{pages % 7}.example.org/2031/story-{pages}"
                image = pages % 20 == 0
                payload = b"\x89PNG\r\n\x1a\n" + bytes(2048) if image else _page(rng, pages)
                headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png" if image else "text/html; charset=utf-8")],
                                           protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
                writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(payload),
                                                              http_headers=headers))
        total += path.stat().st_size
        number += 1
    return {"files": number, "bytes": total, "responses": pages}


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def measure(folder: Path, workers: int) -> dict:
    from dask.distributed import Client, LocalCluster

    from presslens.distributed import read_corpus

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as client:
        client.run(lambda: __import__("presslens.corpus"))
        before, cpu_before = client.run(_peak_mb), client.run(_cpu_s)
        articles = read_corpus(folder)
        start = time.perf_counter()
        counts = articles.map_partitions(len).compute()
        seconds = time.perf_counter() - start
        after = client.run(_peak_mb)
        cpu = sum(client.run(_cpu_s).values()) - sum(cpu_before.values())
    n = int(sum(counts))
    return {"partitions": len(counts), "articles": n, "seconds": round(seconds, 1),
            "articles_per_s": round(n / seconds, 1), "worker_cpu_s": round(cpu, 1),
            "articles_per_cpu_s": round(n / cpu, 1),
            "worker_peak_mb_before": sorted(round(v) for v in before.values()),
            "worker_peak_mb_after": sorted(round(v) for v in after.values())}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gb", type=float, default=2.0, help="size of the WARC folder in GB (default 2)")
    parser.add_argument("--file-mb", type=int, default=100, help="size of one WARC file in MB (default 100)")
    parser.add_argument("--workers", type=int, default=2, help="Dask worker processes (default 2)")
    parser.add_argument("--gzip", action="store_true", help="write .warc.gz instead of .warc")
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="presslens-warc-") as tmp:
        folder = args.keep or Path(tmp) / "warc"
        start = time.perf_counter()
        made = generate(folder, args.gb, args.file_mb, args.gzip)
        made["generate_seconds"] = round(time.perf_counter() - start, 1)
        result = {**made, **measure(folder, args.workers), "gzip": args.gzip}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
