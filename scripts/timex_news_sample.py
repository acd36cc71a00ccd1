"""How often presslens gives the right calendar value to dates in news without a year in their text.

``scripts/timex_news_sample.tsv`` holds a seeded sample of 60 temporal expressions of PolNeAR train whose
text has no four-digit year (doc_id, offsets into the file's text, presslens's value when it was judged, the
hand verdict and, where that value was wrong, the value the sentence gives; no article text). This script
tags the sample's files again (publication dates from the corpus metadata) and reads each expression's value
now: it is right where it equals the value judged right (the judged value for 'right' rows, ``expected`` for
'wrong' rows; an empty one: no value). Unjudgeable rows (the article's date cannot settle them) are left
out. Printed: right / judged with a Wilson interval, then every row whose value differs from the one judged
right (doc, offsets, judged, now).

Usage: ``.venv/bin/python scripts/timex_news_sample.py [--corpora DIR]``
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from presslens.corpus import load_corpus
from presslens.evaluate import corpora_root
from presslens.stats import proportion_interval
from presslens.timeline.timexes import extract_timexes

SAMPLE = Path(__file__).with_name("timex_news_sample.tsv")


def score(root: Path) -> pd.DataFrame:
    """One row per judged expression: the value judged right and the value presslens gives now."""
    sample = pd.read_csv(SAMPLE, sep="\t", comment="#", dtype=str, keep_default_na=False)
    sample = sample[sample["verdict"] != "unjudgeable"].astype({"start": int, "end": int})
    folder = root / "polnear-train"
    articles = load_corpus(folder / "text", metadata=folder / "metadata.tsv",
                           files=[folder / "text" / f"{d}.txt" for d in sorted(set(sample["doc_id"]))],
                           near_duplicates="keep")
    # the sample's offsets are into each file's text as stored; load_corpus moves a title line out of it
    articles["text"] = [(folder / "text" / f"{d}.txt").read_text(encoding="utf-8") for d in articles["doc_id"]]
    timexes = extract_timexes(articles)
    rows = []
    for r in sample.itertuples():
        want = r.value if r.verdict == "right" else r.expected
        now = overlapping(timexes, r.doc_id, r.start, r.end)
        now = now["value"].iloc[0] if len(now) and isinstance(now["value"].iloc[0], str) else ""  # no value: ''
        rows.append({"doc_id": r.doc_id, "start": r.start, "end": r.end, "judged_right": want, "now": now,
                     "right": now == want})
    return pd.DataFrame(rows)


def overlapping(timexes: pd.DataFrame, doc_id: str, start: int, end: int) -> pd.DataFrame:
    """The expressions of ``doc_id`` that overlap the span ``start``-``end``, in text order."""
    return timexes[(timexes["doc_id"] == doc_id) & (timexes["start"] < end) & (timexes["end"] > start)]


def share(k: int, n: int) -> str:
    """``k/n = 0.xxx [low-high]``: a proportion with its 95% Wilson interval."""
    low, high = proportion_interval(k, n)
    return f"{k}/{n} = {k / n:.3f} [{low:.2f}-{high:.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder holding polnear-train")
    args = parser.parse_args()
    table = score(args.corpora or corpora_root())
    print(f"news dates without a year (PolNeAR train sample): {share(int(table['right'].sum()), len(table))}")
    wrong = table[~table["right"]]
    if len(wrong):
        print(wrong.drop(columns="right").to_string(index=False))


if __name__ == "__main__":
    main()
