"""How well presslens decides whether a weekday lies before or after the publication date.

Two measurements, one command:

1. PolNeAR train: the weekday expressions listed in ``scripts/weekday_direction.tsv`` (doc_id,
   offsets and the direction read from the sentence by hand; no article text) are tagged again and
   their value compared with the article's publication date: past, future, or the day itself.
   Printed: the share of the hand-checked directions presslens gets, overall, for bare weekdays
   ("on Friday") apart from those with next/last/this, per sample (the file's header says how each
   was drawn; C was not used to write rules), and the misses (doc, offsets, expected, got).
2. TempEval-3 train: every gold TIMEX3 whose text names a weekday and whose value is a day
   (``2000-01-05``, ``2000-01-05TNI``): how many presslens finds (relaxed overlap, as the scorer
   pairs them) and the share of those with exactly the gold value, on all documents and on the two
   fixed halves (:func:`presslens.timeline.tempeval.held_out`); misses are listed for the
   development half only, so no rule is written from the held-out one.

Usage: ``.venv/bin/python scripts/weekday_direction.py [--corpora DIR] [--misses]``
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pandas as pd

from presslens.corpus import load_corpus
from presslens.evaluate import corpora_root
from presslens.timeline.tempeval import _match, held_out, read_timeml
from presslens.timeline.timexes import extract_timexes

SAMPLE = Path(__file__).with_name("weekday_direction.tsv")
_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_RELATIVE = re.compile(r"\b(?:next|last|this|past|coming)\b", re.I)
_DAY = re.compile(r"\d{4}-\d\d-\d\d")


def _direction(value: str | None, published: pd.Timestamp) -> str | None:
    if not isinstance(value, str) or not _DAY.match(value):
        return None
    day, pub = pd.Timestamp(value[:10]).date(), published.date()
    return "past" if day < pub else "future" if day > pub else "today"


def polnear(root: Path, show_misses: bool) -> None:
    sample = pd.read_csv(SAMPLE, sep="\t", comment="#", dtype={"doc_id": str}, keep_default_na=False)
    folder = root / "polnear-train"
    articles = load_corpus(folder / "text", metadata=folder / "metadata.tsv",
                           files=[folder / "text" / f"{d}.txt" for d in sorted(set(sample["doc_id"]))],
                           near_duplicates="keep")
    timexes = extract_timexes(articles)
    published = dict(zip(articles["doc_id"], pd.to_datetime(articles["published"])))
    rows = []
    for r in sample.itertuples():
        t = timexes[(timexes["doc_id"] == r.doc_id) & (timexes["start"] < r.end) & (timexes["end"] > r.start)]
        got = _direction(t["value"].iloc[0], published[r.doc_id]) if len(t) else None
        text = t["text"].iloc[0] if len(t) else ""
        rows.append({"doc_id": r.doc_id, "start": r.start, "end": r.end, "expected": r.expected, "got": got,
                     "sample": r.sample, "relative": bool(_RELATIVE.search(text))})
    out = pd.DataFrame(rows)
    out["right"] = out["expected"] == out["got"]
    print(f"PolNeAR train, {len(out)} hand-checked weekday directions: {out['right'].mean():.3f} right "
          f"({out['right'].sum()}/{len(out)})")
    for name, part in (("bare weekday", out[~out["relative"]]), ("next/last/this weekday", out[out["relative"]])):
        print(f"  {name}: {part['right'].sum()}/{len(part)}")
    for name, part in out.groupby("sample"):
        print(f"  sample {name}: {part['right'].sum()}/{len(part)} = {part['right'].mean():.3f}")
    for kind in ("past", "future"):
        part = out[out["expected"] == kind]
        print(f"  expected {kind}: {part['right'].sum()}/{len(part)}")
    if show_misses:
        for r in out[~out["right"]].itertuples():
            print(f"    miss {r.doc_id} {r.start}-{r.end}: expected {r.expected}, got {r.got}")


def tempeval(root: Path, show_misses: bool) -> None:
    files = sorted((root / "tempeval3-train").rglob("*.tml"))
    docs, golds = [], []
    for f in files:
        text, dct, gold = read_timeml(f)
        docs.append({"doc_id": f.stem, "text": text, "published": dct})
        golds.append(gold.assign(doc_id=f.stem))
    system = extract_timexes(pd.DataFrame(docs))
    gold = pd.concat(golds, ignore_index=True)
    gold = gold[gold["text"].str.contains(_WEEKDAY) & gold["value"].fillna("").str.match(_DAY.pattern)]
    results = []
    for doc, g in gold.groupby("doc_id"):
        s = system[system["doc_id"] == doc]
        found = dict((gi, si) for si, gi in _match(s, g)[1])
        for gi in range(len(g)):
            sv = s["value"].iloc[found[gi]] if gi in found else None
            results.append({"doc_id": doc, "text": g["text"].iloc[gi], "gold": g["value"].iloc[gi],
                            "found": gi in found, "system": sv, "right": sv == g["value"].iloc[gi]})
    res = pd.DataFrame(results)
    print("TempEval-3 train, gold weekday expressions valued as a day:")
    for name, part in (("all", res), ("development", res[~res["doc_id"].map(held_out)]),
                       ("held-out", res[res["doc_id"].map(held_out)])):
        f = part[part["found"]]
        print(f"  {name}: {len(part)} gold, {len(f)} found, value right {f['right'].sum()}/{len(f)} "
              f"= {f['right'].mean():.3f}")
    if show_misses:
        dev = res[~res["doc_id"].map(held_out) & res["found"] & ~res["right"]]
        for r in dev.itertuples():
            print(f"    miss (development) {r.doc_id} {r.text!r}: gold {r.gold}, presslens {r.system}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder holding polnear-train, tempeval3-train")
    parser.add_argument("--misses", action="store_true", help="list the misses (TempEval: development half only)")
    args = parser.parse_args(argv)
    root = args.corpora or corpora_root()
    polnear(root, args.misses)
    tempeval(root, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
