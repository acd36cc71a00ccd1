"""The corpora the benchmarks run on: a real one when present, else one resampled from sentences.

The resampled corpus is deterministic (seeded): articles of real sentences drawn at random, in
paragraphs of one to three sentences, with article lengths drawn from the real corpus, written
as plain-text files with a ``metadata.tsv`` (outlet, date) so that loading is measured too.
"""

from __future__ import annotations

import csv
import os
import random
from pathlib import Path

import pandas as pd

from presslens.corpus import load_corpus
from presslens.io import project_root
from presslens.text import split_sentences

__all__ = ["POLNEAR", "load_real", "resample", "shared_root"]

POLNEAR = "corpora/polnear-train"


def shared_root() -> Path:
    """``../shared`` beside the project (or ``$PRESSLENS_SHARED``)."""
    return Path(os.environ.get("PRESSLENS_SHARED") or project_root().parent / "shared")


def load_real() -> pd.DataFrame | None:
    """The PolNeAR training articles with their dates, or None when they are not here."""
    root = shared_root() / POLNEAR
    if not (root / "text").is_dir():
        return None
    return load_corpus(root / "text", metadata=root / "metadata.tsv")


def resample(n_articles: int, folder: Path, seed: int = 0) -> Path:
    """Write ``n_articles`` resampled articles under ``folder``; returns the folder.

    Sentences and article lengths come from the real corpus when present, else from the
    embedded sample article.
    """
    pool = load_real()
    if pool is None:
        pool = load_corpus(project_root() / "data" / "raw")
    sentences = split_sentences(pool)
    texts = sentences["text"].tolist()
    lengths = sentences.groupby("doc_id").size().tolist()
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    outlets = ["Daily Ledger", "Evening Courier", "Harbor Times", "Valley Post"]
    rows = []
    for i in range(n_articles):
        body, left = [], rng.choice(lengths)
        while left > 0:
            take = min(left, rng.randint(1, 3))
            body.append(" ".join(rng.choice(texts) for _ in range(take)))
            left -= take
        name = f"article-{i:06d}"
        (folder / f"{name}.txt").write_text(f"Resampled article {i}\n\n" + "\n\n".join(body) + "\n",
                                           encoding="utf-8")
        day = pd.Timestamp("2016-01-01") + pd.Timedelta(days=i % 365)
        rows.append({"filename": name, "title": f"Resampled article {i}", "publisher": outlets[i % 4],
                     "publication_date": day.date().isoformat()})
    with open(folder / "metadata.tsv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["filename"], delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    return folder
