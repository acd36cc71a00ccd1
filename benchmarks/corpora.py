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

__all__ = ["POLNEAR", "load_real", "resample", "shared_root", "warm_up_articles"]

POLNEAR = "corpora/polnear-train"

# A made-up article, in none of the corpora timed: what the benchmarks analyse once before timing,
# so that what a process does only the first time is not counted as throughput (see
# warm_up_articles). It has what sends each stage down its less common paths:
# quotes before and after their speaker, a title, a company, dates absolute, relative and recurring.
WARM_UP = """Harbour board delays the new ferry terminal

PORT ELLISTON, March 3 (Valley Post) - The Port Elliston harbour board voted on Tuesday to delay
the new ferry terminal by two years, citing rising steel prices.

"We cannot ask ratepayers to carry a bill that doubles every winter," said board chair Margit
Oduya, who has led the board since 2019. Councillor Ben Halvard called the vote "a quiet disaster"
and said he would ask the state government for an inquiry next month.

Northline Shipping Ltd., which runs the three ferries, told reporters it was disappointed. The
company said that its crews would keep the weekly night sailing until at least the end of the
year, and that fares would not rise before January 1, 2027.

According to the board's own figures, about 40 per cent of passengers travel every weekday. Oduya
said the board would meet again in the spring. "Nothing is off the table," she added.
"""


def shared_root() -> Path:
    """``../shared`` beside the project (or ``$PRESSLENS_SHARED``)."""
    return Path(os.environ.get("PRESSLENS_SHARED") or project_root().parent / "shared")


def load_real() -> pd.DataFrame | None:
    """The PolNeAR training articles with their dates, or None when they are not here."""
    root = shared_root() / POLNEAR
    if not (root / "text").is_dir():
        return None
    return load_corpus(root / "text", metadata=root / "metadata.tsv")


def warm_up_articles() -> pd.DataFrame:
    """What the benchmarks analyse once before they time anything: :data:`WARM_UP`, text of no
    corpus timed (not the embedded sample either, from which a corpus is resampled where PolNeAR
    is not), so that the caches of the analysis do not hold the timed text beforehand."""
    return pd.DataFrame({"doc_id": ["warm-up"], "text": [WARM_UP], "published": [pd.Timestamp("2026-03-03")]})


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
