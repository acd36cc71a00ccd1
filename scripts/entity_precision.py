"""Precision of the entity table, checked by hand.

The entity table is :func:`presslens.sentiment.entity_sentiment` (one row per article and
entity; notebook 02's chart and the entity summaries read it). This script builds it for PolNeAR
train (the whole corpus at once, as notebook 02 would: linking and the repetition a capitalised
phrase needs are corpus-wide) and for the embedded sample (``data/raw``), prints the entities of
chosen articles for judgement and reads back the verdicts recorded by hand in
``scripts/entity_precision.tsv`` (sample, doc id, entity, verdict, why, kind; entity strings and
verdicts only, no article text). PerSenT dev (news of other outlets) is built as one corpus too.

An entity is ``right`` when the string names one real person, organisation, place or group of
the article (a work, a slogan, a common noun, a fragment of a longer name are ``wrong``); where a
right one's kind is judged too (sample D), the kind it should have. Samples: ``sample`` is the
embedded article; a PolNeAR or PerSenT sample is the articles at positions ``offset, offset +
step, ...`` of the doc ids in sorted order (:data:`SAMPLES`, :data:`PERSENT_SAMPLES`), or positions chosen one by
one (:data:`PICKED`). Printed
per sample: how many entities are listed now, how many of them are judged right and wrong
(precision with a 95% Wilson interval), the wrong ones, how many judged kinds the table gives
and the ones it gets wrong, and what is listed now but not judged (a new entity to judge) or
judged but no longer listed.

Usage::

    .venv/bin/python scripts/entity_precision.py              # precision from the TSV
    .venv/bin/python scripts/entity_precision.py --list B     # print sample B's entities to judge
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import pandas as pd
from scipy.stats import binomtest

from presslens.corpus import load_corpus
from presslens.evaluate import corpora_root
from presslens.io import project_root
from presslens.sentiment import entity_sentiment
from presslens.sentiment.evaluation import read_persent

JUDGED = Path(__file__).with_name("entity_precision.tsv")
# name -> (offset, step, articles) into PolNeAR train's sorted doc ids; "sample" is data/raw.
# A holds the articles of the previous round's hand check (its first 5: 92 of 100 right), whose
# errors this round's rules were written from: listed for judgement, not judged in the TSV.
SAMPLES = {"A": (0, 120, 7), "B": (60, 120, 7), "C": (30, 120, 7), "F": (90, 120, 4), "G": (45, 120, 4),
           "H": (75, 120, 4),
           "I": (105, 120, 4), "J": (15, 120, 4), "K": (487, 60, 6),
           "L": (517, 60, 6), "M": (502, 60, 6), "N": (52, 120, 4)}
# name -> positions into PolNeAR train's sorted doc ids, chosen one by one where no (offset, step, articles) reaches
# the outlets wanted: O is each outlet's 113th article (within-outlet position 112, which none of A to N used) in
# huff-post, politico, usa-today and west-journal. A to N gave every outlet 9 articles; these four had the fewest
# judged entity rows (huff-post 163, politico 161, usa-today 191, west-journal 99; breitbart 196, nyt 236, wash-post
# 225).
# P is each outlet's 27th article (within-outlet position 26, which none of A to O used in any outlet) in breitbart,
# huff-post, politico and west-journal, the four with the fewest judged entity rows after A to O (west-journal 112,
# politico 179, huff-post 182, breitbart 196; usa-today 214, wash-post 225, nyt 238).
# Q is each outlet's 42nd article (within-outlet position 41, which none of A to P used in any outlet) in the same
# four, still those with the fewest judged entity rows after A to P (west-journal 118, politico 194, huff-post 199,
# breitbart 205; usa-today 214, wash-post 225, nyt 239).
# R is each outlet's 57th article (within-outlet position 56, in the widest gap, 52 to 60, between the positions A to
# Q used in any outlet) in west-journal, usa-today, breitbart and wash-post, the four with the fewest
# judged entity rows after A to Q (west-journal 127, usa-today 214, breitbart 224, wash-post 225; huff-post 226,
# politico 230, nyt 239). Within-outlet positions count in the doc ids this script loads: wash-post has 119 there (the
# loader keeps one of an article's two copies), so west-journal starts at 719 and Q's 761 is its 43rd article.
# S is each outlet's 117th article (within-outlet position 116, in the middle of the widest gap, 113 to 119, after the
# last position A to R used in any outlet) in west-journal, huff-post, politico and usa-today, the four with the fewest
# judged entity rows after A to R (west-journal 139, huff-post 226, politico 230, usa-today 231; breitbart 237, nyt
# 239, wash-post 254).
PICKED = {"O": (232, 472, 592, 831), "P": (26, 146, 386, 746), "Q": (41, 161, 401, 761), "R": (56, 536, 656, 775),
          "S": (236, 476, 596, 835)}
# the same for PerSenT dev's sorted doc ids (news of other outlets than PolNeAR's), drawn after all
# of B's and C's rules were written: the held-out check of them; E (positions 25, 75, ..., none of D's) drawn
# after all of D's rules, their held-out check in turn. F (drawn after all of E's rules, their held-out check) has
# a part in each corpus; a name in both dicts is one sample. G (positions none of A to F used) was drawn after all of
# F's rules, their held-out check; H (positions none of A to G used) after all of G's rules, their held-out check;
# I (positions none of A to H used) after all of H's rules, their held-out check; J (positions none of A to I used)
# after all of I's rules, their held-out check; K (positions none of A to J used; its PolNeAR part in usa-today,
# wash-post and west-journal, which E to J's parts never reached) after all of J's rules, their held-out check; L
# (positions none of A to K used; its PolNeAR part in the same three outlets) after all of K's rules, their held-out
# check; M (positions none of A to L used; its PolNeAR part in the same three outlets, which A to L still covered
# least) after all of L's rules, their held-out check; N (positions none of A to M used; its PolNeAR part in breitbart,
# huff-post, nyt and politico, one each, which A to M now covered least) after all of M's rules, their held-out check;
# O (positions none of A to N used; its PolNeAR part in :data:`PICKED`) after all of N's rules, their held-out check;
# P (positions none of A to O used; its PolNeAR part in :data:`PICKED`) after all of O's rules, their held-out check;
# Q (positions none of A to P used: offset 40, in the widest gap of the offsets 0 to 49 taken; its PolNeAR part in
# :data:`PICKED`) after all of P's rules, their held-out check; R (positions none of A to Q used: offset 3, in the
# first of the widest gaps, 0 to 6 and 6 to 12, of the offsets taken; its PolNeAR part in :data:`PICKED`) after all of
# Q's rules, their held-out check; S (positions none of A to R used: offset 9, in the middle of the widest gap, 6 to
# 12, of the offsets taken; its PolNeAR part in :data:`PICKED`) after all of R's rules, their held-out check.
PERSENT_SAMPLES = {"D": (0, 50, 12), "E": (25, 50, 12), "F": (12, 50, 8), "G": (37, 50, 8), "H": (6, 50, 12),
                   "I": (43, 50, 12), "J": (31, 50, 12), "K": (19, 50, 12), "L": (47, 50, 12),
                   "M": (22, 50, 12), "N": (28, 50, 8), "O": (16, 50, 8), "P": (34, 50, 8),
                   "Q": (40, 50, 8), "R": (3, 50, 8), "S": (9, 50, 8)}


def entity_lists() -> dict[str, pd.DataFrame]:
    """Each sample's rows of the entity table (``doc_id``, ``entity``, ``kind``, ``mentions``)."""
    out = {"sample": entity_sentiment(load_corpus(project_root() / "data" / "raw"))}
    folder = corpora_root() / "polnear-train"
    if (folder / "text").is_dir():
        articles = load_corpus(folder / "text", metadata=folder / "metadata.tsv")
        table = entity_sentiment(articles)
        docs = sorted(articles["doc_id"])
        for name, (offset, step, n) in SAMPLES.items():
            chosen = docs[offset::step][:n]
            out[name] = table[table["doc_id"].isin(chosen)]
        for name, positions in PICKED.items():
            out[name] = table[table["doc_id"].isin([docs[i] for i in positions])]
    articles = read_persent()[0]
    if len(articles):
        table = entity_sentiment(articles[["doc_id", "text"]])
        docs = sorted(articles["doc_id"])
        for name, (offset, step, n) in PERSENT_SAMPLES.items():
            chosen = table[table["doc_id"].isin(docs[offset::step][:n])]
            out[name] = pd.concat([out[name], chosen]) if name in out else chosen
    return {name: t[["doc_id", "entity", "kind", "mentions"]].sort_values(["doc_id", "mentions", "entity"],
                                                                          ascending=[True, False, True])
            for name, t in out.items()}


def read_verdicts() -> dict[tuple[str, str, str], tuple[str, str, str]]:
    """(sample, doc_id, entity) -> (verdict, why, kind) from :data:`JUDGED` (kind ``""`` where
    not judged)."""
    if not JUDGED.is_file():
        return {}
    with JUDGED.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(r["sample"], r["doc_id"], r["entity"]): (r["verdict"], r["why"], r["kind"] or "") for r in rows}


def report(lists: dict[str, pd.DataFrame], verdicts: dict) -> None:
    total_right = total = 0
    for name, table in lists.items():
        listed = set(zip(table["doc_id"], table["entity"]))
        judged = {(d, e): v for (s, d, e), v in verdicts.items() if s == name}
        right = [k for k in listed if judged.get(k, ("",))[0] == "right"]
        wrong = sorted(k for k in listed if judged.get(k, ("",))[0] == "wrong")
        unjudged = sorted(listed - judged.keys())
        gone = sorted(judged.keys() - listed)
        n = len(right) + len(wrong)
        line = f"{name}: {table['doc_id'].nunique()} articles, {len(listed)} entities listed"
        if n:
            ci = binomtest(len(right), n).proportion_ci(method="wilson")
            line += (f"; judged {n}: {len(right)} right, {len(wrong)} wrong, precision {len(right) / n:.3f}"
                     f" (95% Wilson {ci.low:.2f}-{ci.high:.2f})")
            total_right, total = total_right + len(right), total + n
        print(line)
        for d, e in wrong:
            print(f"  wrong: {e!r} ({d}): {judged[d, e][1]}")
        kinds = dict(zip(zip(table["doc_id"], table["entity"]), table["kind"]))
        typed = sorted(k for k in right if judged[k][2])
        if typed:
            mistyped = [k for k in typed if kinds[k] != judged[k][2]]
            print(f"  kinds judged {len(typed)}: {len(typed) - len(mistyped)} right")
            for d, e in mistyped:
                print(f"  wrong kind: {e!r} ({d}) {kinds[d, e]}, should be {judged[d, e][2]}: {judged[d, e][1]}")
        if unjudged:
            shown = "; ".join(f"{e} ({d})" for d, e in unjudged[:12]) + ("; ..." if len(unjudged) > 12 else "")
            print(f"  listed, not judged ({len(unjudged)}; --list {name} prints them all): {shown}")
        if gone:
            print(f"  judged, no longer listed ({len(gone)}): " + "; ".join(f"{e} ({d})" for d, e in gone))
    if total:
        print(f"all samples judged: {total_right}/{total} right, precision {total_right / total:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", metavar="SAMPLE", help="print this sample's entities, one per line, to judge")
    args = parser.parse_args()
    lists = entity_lists()
    if args.list:
        if args.list not in lists:
            parser.error(f"no sample {args.list!r} here (have: {', '.join(lists)})")
        verdicts = read_verdicts()
        for doc_id, entity, kind, mentions in lists[args.list].itertuples(index=False):
            verdict = verdicts.get((args.list, doc_id, entity), ("?", ""))[0]
            print(f"{args.list}\t{doc_id}\t{entity}\t{verdict}\t{kind}, {mentions} mention(s)")
        return
    report(lists, read_verdicts())


if __name__ == "__main__":
    main()
