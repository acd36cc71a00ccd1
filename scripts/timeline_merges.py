"""How often the cross-article timeline merges reports of one real-world event, checked by hand.

:func:`presslens.timeline.build_timeline` merges the dated events of several articles into one row
when they share a date value, a head and participants. This script draws seeded samples from
PolNeAR train (840 articles, 7 outlets) and reads back the verdicts recorded by hand in
``scripts/timeline_merges.tsv`` (doc ids and offsets only, no article text):

- ``merge`` rows: a timeline row built from reports of 2+ articles. Verdict ``same`` when every
  report describes one real-world event (read from each report's sentence), else ``different``.
- ``near`` rows: two reports of different articles with the same date value that share a
  participant or a head but were NOT merged. Verdict ``same`` (a missed merge) or ``different``.

A ``copy`` merge is one whose reports all quote one sentence (a wire story in two articles); the
figures are given for the merges in the reports' own words too. A report is named ``doc_id:start-end:head_start`` (the expression's offsets and the head's start,
empty when it has none). Printed per sample: the precision of its merges and the share of missed
merges among its near misses as judged when drawn, and what the current rules do with them (how
many judged merges they still make, how many judged near misses they now merge; a report whose
expression or head moved since it was judged counts as not merged). The verdicts are what they were
when drawn; a redraw with the same seed matches them only while event anchoring stays the same.

Usage::

    .venv/bin/python scripts/timeline_merges.py                    # the figures from the TSV
    .venv/bin/python scripts/timeline_merges.py --draw C --seed 2  # print a new sample to judge
    .venv/bin/python scripts/timeline_merges.py --draw E --seed 4 --own-words --size 9 30  # C's size
    .venv/bin/python scripts/timeline_merges.py --draw F --seed 5 --own-words --fresh --size 20 20
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import pandas as pd

from presslens.corpus import load_corpus
from presslens.evaluate import corpora_root
from presslens.timeline.events import _merge_reports, extract_events
from presslens.timeline.timexes import extract_timexes

SAMPLE = Path(__file__).with_name("timeline_merges.tsv")
N_MERGES, N_NEAR = 60, 30


def report_key(r: dict, events: pd.DataFrame) -> str:
    row = events.iloc[r["pos"]]
    head = "" if pd.isna(row["head_start"]) else int(row["head_start"])
    return f"{row['doc_id']}:{int(row['start'])}-{int(row['end'])}:{head}"


def polnear_events(root: Path) -> pd.DataFrame:
    folder = root / "polnear-train"
    articles = load_corpus(folder / "text", metadata=folder / "metadata.tsv", near_duplicates="keep")
    return extract_events(articles, extract_timexes(articles))


def candidates(groups: list[list[dict]]) -> tuple[list[list[dict]], list[tuple[dict, dict]]]:
    """The merges (groups of 2+ articles) and near misses (one pair per two groups of one date
    value, from different articles, sharing a participant or a head) among the groups of
    :func:`_merge_reports`, in a fixed order."""
    merges = [g for g in groups if len({r["doc_id"] for r in g}) >= 2]
    by_value: dict[str, list[int]] = {}
    for i, g in enumerate(groups):
        by_value.setdefault(str(g[0]["value"]), []).append(i)
    near = []
    for ids in by_value.values():
        for x, i in enumerate(ids):
            for j in ids[x + 1:]:
                pair = next(((a, b) for a in groups[i] for b in groups[j] if a["doc_id"] != b["doc_id"]
                             and ((a["key"] and a["key"] == b["key"]) or a["actors"] & b["actors"])), None)
                if pair:
                    near.append(pair)
    return merges, near


def draw(merges: list, near: list, seed: int, events: pd.DataFrame, own_words: bool = False,
         sizes: tuple[int, int] = (N_MERGES, N_NEAR), fresh: bool = False) -> tuple[list, list]:
    """A seeded sample of at most ``sizes`` merges and near misses, leaving out those an earlier
    sample judged (a fresh sample must not reuse the cases the rules were written from).

    With ``fresh``, rows holding any report an earlier sample judged are left out too (a group judged
    in part grows by later rules, and its judged reports say little new); with ``own_words`` as well,
    merges quoting one sentence fill the sample only after every merge in the reports' own words."""
    def order(reports):
        return sorted(report_key(r, events) for r in reports)
    judged = set(read_sample()["reports"]) if SAMPLE.exists() else set()
    seen = {k for row in judged for k in row.split(",")} if fresh else set()

    def new(reports):
        keys = order(reports)
        return ",".join(keys) not in judged and not seen & set(keys)
    merges = [g for g in sorted(merges, key=order) if new(g)]
    near = [p for p in sorted(near, key=order) if new(p)]
    rng = random.Random(seed)
    if own_words:
        own = [g for g in merges if len({r["sentence"] for r in g}) > 1]
        picked = rng.sample(own, min(sizes[0], len(own)))
        copies = [g for g in merges if len({r["sentence"] for r in g}) == 1] if fresh else []
        merges = picked + rng.sample(copies, min(sizes[0] - len(picked), len(copies)))
    else:
        merges = rng.sample(merges, min(sizes[0], len(merges)))
    return merges, rng.sample(near, min(sizes[1], len(near)))


def show(kind: str, reports: list[dict], events: pd.DataFrame) -> None:
    keys = ",".join(sorted(report_key(r, events) for r in reports))
    print(f"\n== {kind}\t{keys}")
    for r in reports:
        print(f"   [{r['doc_id'][:40]} | {r['outlet']} | {r['value']} | head={r['head']} | {r['participants']}]")
        print(f"      {r['sentence']}")


def read_sample() -> pd.DataFrame:
    """The judged rows of ``timeline_merges.tsv`` (sample, drawn, kind, reports, verdict, copy, note)."""
    return pd.read_csv(SAMPLE, sep="\t", comment="#", dtype=str, keep_default_na=False)


def merged_now(sample: pd.DataFrame, groups: list[list[dict]], events: pd.DataFrame) -> pd.Series:
    """For each judged row, whether the current rules put all its reports in one timeline row (a report whose
    expression or head moved since it was judged counts as not merged), so a test can hold each sample's figures."""
    home = {report_key(r, events): i for i, g in enumerate(groups) for r in g}

    def one_row(reports: str) -> bool:
        rows = {home.get(k) for k in reports.split(",")}
        return len(rows) == 1 and None not in rows
    return sample["reports"].map(one_row)


def figures(events: pd.DataFrame) -> None:
    sample = read_sample()
    groups = list(_merge_reports(events))
    merges, near = candidates(groups)
    sample = sample.assign(now=merged_now(sample, groups, events))
    print(f"PolNeAR train: {len(merges)} timeline rows merge reports of 2+ articles "
          f"({sum(len({r['outlet'] for r in g}) >= 2 for g in merges)} of 2+ outlets); {len(near)} near misses")
    for name, part in sample.groupby("sample", sort=True):
        m = part[part["kind"] == "merge"]
        n = part[part["kind"] == "near"]
        same_m = int((m["verdict"] == "same").sum())
        print(f"sample {name} ({part['drawn'].iloc[0]}): merges right {same_m}/{len(m)}"
              + (f" = {same_m / len(m):.3f}" if len(m) else "")
              + f"; near misses that were one event {int((n['verdict'] == 'same').sum())}/{len(n)}")
        copies = m["copy"] == "yes"
        own = m[~copies]
        if len(own):
            print(f"  merges of reports in their own words (not one sentence copied): "
                  f"{int((own['verdict'] == 'same').sum())}/{len(own)} right; copies {int(copies.sum())}")
        still = m[m["now"]]
        print(f"  current rules: still merge {len(still)}/{len(m)} of its merges "
              f"({int((still['verdict'] == 'same').sum())} same, {int((still['verdict'] == 'different').sum())} "
              f"different); split {int(((m['verdict'] == 'same') & ~m['now']).sum())} right merges")
        joined = n[n["now"]]
        print(f"  current rules: merge {len(joined)} of its near misses "
              f"({int((joined['verdict'] == 'same').sum())} one event)")


def summary(sample: pd.DataFrame) -> None:
    """Before (the rules as they were) against after (samples drawn after the rules were written),
    with 95% Wilson score intervals (scipy.stats.binomtest)."""
    from scipy.stats import binomtest
    sample = sample.assign(when=sample["drawn"].str.split(",").str[0])
    for when, part in sample.groupby("when", sort=False):
        m = part[part["kind"] == "merge"]
        own = m[m["copy"] != "yes"]
        n = part[part["kind"] == "near"]
        for label, rows, hit in (("merges right", m, "same"), ("  in their own words", own, "same"),
                                 ("near misses that were one event", n, "same")):
            k = int((rows["verdict"] == hit).sum())
            if len(rows):
                ci = binomtest(k, len(rows)).proportion_ci(method="wilson")
                print(f"{when}: {label} {k}/{len(rows)} = {k / len(rows):.3f} (95% Wilson {ci.low:.2f}-{ci.high:.2f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpora", type=Path, default=None)
    ap.add_argument("--draw", help="print a new sample of this name to judge by hand")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--own-words", action="store_true",
                    help="draw only merges whose reports do not all quote one sentence")
    ap.add_argument("--fresh", action="store_true",
                    help="draw only rows sharing no report with any judged row (with --own-words, copies fill up)")
    ap.add_argument("--size", type=int, nargs=2, default=(N_MERGES, N_NEAR), metavar=("MERGES", "NEAR"),
                    help="how many merges and near misses to draw (a sample the size of an earlier one)")
    args = ap.parse_args()
    events = polnear_events(args.corpora or corpora_root())
    if args.draw:
        merges, near = candidates(list(_merge_reports(events)))
        ms, ns = draw(merges, near, args.seed, events, args.own_words, tuple(args.size), args.fresh)
        for g in ms:
            show("merge", g, events)
        for a, b in ns:
            show("near", [a, b], events)
        return
    figures(events)
    summary(read_sample())


if __name__ == "__main__":
    main()
