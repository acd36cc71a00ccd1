"""PolNeAR train's gold attributions the quote table misses, sampled by outlet and read by the form of their cue.

A miss is a gold attribution (:func:`presslens.quotes.evaluate.read_brat`, read as
:func:`presslens.quotes.evaluate.evaluate_polnear` reads it: one annotator per article, its texts as
``load_corpus`` gives them) whose content spans no row of the quote table overlaps (the overlap
:func:`presslens.quotes.evaluate._match` pairs rows and gold by). The sample draws ``PER_OUTLET`` misses of each of
PolNeAR's seven outlets with ``SEED`` (each outlet's misses sorted by article and offset first, so the draw is the same
on any machine), and reads back the classes recorded by hand in ``scripts/quote_recall_sample.tsv``: article, the
gold content's offsets, the class of the cue's and source's form, whether a reader of the table would want such a row
(``yes``, ``no``, ``borderline``), and a note of the cue (a few words of the frame, never the content). No article
text is written anywhere. Printed: the count of misses by outlet, the classes with their counts and 95% Wilson
intervals, and each class by outlet; ``--list`` prints each drawn miss in its sentence to classify.

The rows are :func:`presslens.extract_quotes`'s on those texts (the title a sidecar names read off, mojibake
repaired), as the evaluation runs it, so that the offsets are the gold's; a later checkout's misses are counted
against the sample drawn at b455e3cc (``still missed``); the draw itself is that checkout's only.

Usage::

    .venv/bin/python scripts/quote_recall_sample.py [--list]
"""

from __future__ import annotations

import argparse
import random
from collections import Counter
from pathlib import Path

import pandas as pd

from presslens.evaluate import corpora_root
from presslens.quotes import extract_quotes
from presslens.quotes.evaluate import _metadata, _read_as_loaded
from presslens.stats import proportion_interval
from presslens.text import split_sentences

JUDGED = Path(__file__).with_name("quote_recall_sample.tsv")
SEED = 2828
PER_OUTLET = {"breitbart": 12, "huff-post": 11, "nyt": 12, "politico": 11, "usa-today": 11, "wash-post": 12,
              "west-journal": 11}


def gold_misses() -> tuple[pd.DataFrame, dict[str, str]]:
    """The gold attributions of PolNeAR train that no row of the quote table overlaps (columns ``doc_id``, ``outlet``,
    ``start``, ``end``, ``spans``, ``source_start``/``_end``, ``cue_start``/``_end``, ``kind``: direct or not) and
    the texts they are read in, by article."""
    root = corpora_root() / "polnear-train"
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name not in chosen and (root / "text" / f"{name}.txt").is_file():
            chosen[name] = ann
    titles, publishers = _metadata(root, "title"), _metadata(root, "publisher")
    read = {name: _read_as_loaded(chosen[name], (root / "text" / f"{name}.txt").read_text(encoding="utf-8"),
                                  titles.get(name)) for name in sorted(chosen)}
    texts = {name: r[0] for name, r in read.items()}
    articles = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    rows = extract_quotes(articles, split_sentences(articles))
    spans = {d: list(zip(g["start"], g["end"])) for d, g in rows.groupby("doc_id")}
    misses = []
    for name, (_, gold, _) in read.items():
        own = spans.get(name, [])
        for g in gold.itertuples():
            if not any(min(e, ge) > max(s, gs) for s, e in own for gs, ge in g.spans):
                misses.append({"doc_id": name, "outlet": publishers.get(name) or "unknown", "start": g.start,
                               "end": g.end, "spans": g.spans, "source_start": g.source_start,
                               "source_end": g.source_end, "cue_start": g.cue_start, "cue_end": g.cue_end,
                               "direct": g.direct})
    return pd.DataFrame(misses), texts


def draw(misses: pd.DataFrame) -> pd.DataFrame:
    """``PER_OUTLET`` misses of each outlet, drawn with ``SEED`` from its misses in article and offset order."""
    rng = random.Random(SEED)
    picked = []
    for outlet, n in PER_OUTLET.items():
        pool = misses[misses["outlet"] == outlet].sort_values(["doc_id", "start", "end"])
        picked.append(pool.iloc[sorted(rng.sample(range(len(pool)), n))])
    return pd.concat(picked, ignore_index=True)


def _show(m, text: str) -> str:
    """One miss to read: its sentence window with the source, cue and content marked."""
    marks = [(m.start, "[["), (m.end, "]]")]
    for a, b, s, e in ((m.source_start, m.source_end, "<S:", ":S>"), (m.cue_start, m.cue_end, "<C:", ":C>")):
        if pd.notna(a):
            marks += [(int(a), s), (int(b), e)]
    lo = min(p for p, _ in marks)
    hi = max(p for p, _ in marks)
    lo, hi = max(0, text.rfind("\n", 0, max(0, lo - 300)) + 1, lo - 400), min(len(text), hi + 200)
    out, pos = [], lo
    for p, tag in sorted(marks):
        out += [text[pos:p], tag]
        pos = p
    return "".join(out + [text[pos:hi]]).replace("\n", " / ")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--list", action="store_true", help="print each drawn miss in its sentence")
    args = ap.parse_args()
    misses, texts = gold_misses()
    print("misses (no row overlaps):", len(misses), dict(Counter(misses["outlet"])))
    sample = draw(misses)
    if args.list:
        for i, m in enumerate(sample.itertuples()):
            print(f"--- {i} {m.doc_id} {m.start} {m.end} [{m.outlet}]\n{_show(m, texts[m.doc_id])}\n")
        return
    judged = pd.read_csv(JUDGED, sep="\t", comment="#", dtype={"start": int, "end": int})
    keyed = judged.set_index(["doc_id", "start", "end"])
    drawn = set(zip(sample["doc_id"], sample["start"], sample["end"]))
    if drawn != set(keyed.index):
        # (the verdicts' draw was made at b455e3cc; once a rule gives rows to some misses, the pool and the draw move)
        print(f"this table's draw differs from the verdicts' (drawn at b455e3cc) in {len(drawn ^ set(keyed.index))} "
              "misses: rules since have moved the pool")
    still = set(zip(misses["doc_id"], misses["start"], misses["end"]))
    judged = judged.assign(still_missed=[k in still for k in zip(judged["doc_id"], judged["start"], judged["end"])])
    n = len(judged)
    print(f"\n{n} misses judged; still missed by this table: {int(judged['still_missed'].sum())}")
    for cls, group in judged.groupby("class"):
        lo, hi = proportion_interval(len(group), n)
        wanted = dict(Counter(group["wanted"]))
        print(f"{cls:<24} {len(group):>3} = {len(group) / n:.3f} [{lo:.3f}–{hi:.3f}]  wanted {wanted}  "
              f"still missed {int(group['still_missed'].sum())}  by outlet {dict(Counter(group['outlet']))}")
    wanted = judged["wanted"] == "yes"
    lo, hi = proportion_interval(int(wanted.sum()), n)
    print(f"\nwanted by a reader: {int(wanted.sum())}/{n} = {wanted.mean():.3f} [{lo:.3f}–{hi:.3f}]")


if __name__ == "__main__":
    main()
