"""How often a lone surname is given the right full name by the corpus-wide linking, checked by hand.

:func:`presslens.entities.find_mentions` links a surname an article writes alone ("Curry said") to the full
name other articles of the corpus write ("Ann Curry"), when that name dominates the surname's full names
(:func:`presslens.entities.link_aliases`). This script lists the rows that linking made: per article (doc_id)
and person entity of two words or more, those whose mentions never write the entity's first word (no "Ann"
in any mention of "Ann Curry"), in PolNeAR train and PerSenT dev, each found and linked as one corpus. It
draws a sample of them, seeded and stratified by outlet (PerSenT dev is one outlet here), and reads back the
verdicts recorded by hand in ``scripts/name_links.tsv`` (doc id, entity, verdict, why; no article text) on
the sample drawn at 63f0feb4 (``--draw`` drew it there; the rows listed change with the rules):
``right`` when the article means that person, ``wrong`` when it means someone else (or no person),
``unclear`` when its text cannot tell. Printed: how many rows, per outlet; the sample's share right with a
95% Wilson interval (unclear rows left out of the share), overall and per outlet, as drawn and among its rows
still listed (a row no longer listed is left as the bare surname or no person's); the wrong ones, and the rows
no longer listed.

Usage::

    .venv/bin/python scripts/name_links.py            # figures from the TSV
    .venv/bin/python scripts/name_links.py --draw     # draw a sample to judge, with the mentions' contexts
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

import pandas as pd
from scipy.stats import binomtest

from presslens.corpus import load_corpus
from presslens.entities import find_mentions
from presslens.evaluate import corpora_root
from presslens.sentiment.evaluation import read_persent

JUDGED = Path(__file__).with_name("name_links.tsv")
SIZE, SEED = 60, 28  # the sample drawn (seed: the session that drew it)


def _outlet(doc_id: str) -> str:
    return doc_id.split("_")[0] if "_" in doc_id else "persent"


def linked_rows() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The rows the corpus-wide linking named in full (doc_id, entity, outlet, forms: the mentions' texts)
    and the mentions they come from, of PolNeAR train and PerSenT dev, each linked as one corpus."""
    folder = corpora_root() / "polnear-train"
    polnear = load_corpus(folder / "text", metadata=folder / "metadata.tsv")[["doc_id", "text"]]
    persent = read_persent()[0][["doc_id", "text"]]
    mentions = pd.concat([find_mentions(polnear), find_mentions(persent)], ignore_index=True)
    rows = []
    for (doc, entity), group in mentions[mentions["kind"] == "PERSON"].groupby(["doc_id", "entity"]):
        words = entity.split()
        first = re.compile(rf"(?<!\w){re.escape(words[0])}(?!\w)", re.I)
        if len(words) > 1 and not any(first.search(t) for t in group["text"]):
            rows.append({"doc_id": doc, "entity": entity, "outlet": _outlet(doc),
                         "forms": "|".join(sorted(set(group["text"])))})
    texts = dict(zip(pd.concat([polnear, persent])["doc_id"], pd.concat([polnear, persent])["text"]))
    return pd.DataFrame(rows), mentions.assign(article=mentions["doc_id"].map(texts))


def draw(rows: pd.DataFrame) -> pd.DataFrame:
    """:data:`SIZE` rows, each outlet's share of them in proportion to its rows (largest remainders),
    drawn at random with :data:`SEED` within each outlet."""
    counts = rows["outlet"].value_counts().sort_index()
    quota = counts * SIZE / counts.sum()
    take = quota.astype(int)
    extra = (quota - take).sort_values(ascending=False, kind="stable").index[:SIZE - take.sum()]
    take[extra] += 1
    return pd.concat([rows[rows["outlet"] == o].sample(n, random_state=SEED) for o, n in take.items() if n])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--draw", action="store_true", help="draw a sample of the rows listed now and print it with "
                        "the mentions' contexts, to judge")
    args = parser.parse_args()
    rows, mentions = linked_rows()
    print(f"{len(rows)} rows named in full by the corpus-wide linking:",
          {o: int(n) for o, n in rows["outlet"].value_counts().sort_index().items()})
    if args.draw:
        for r in draw(rows).itertuples():
            print(f"\n== {r.doc_id}\t{r.entity}\t({r.forms})")
            for m in mentions[(mentions["doc_id"] == r.doc_id) & (mentions["entity"] == r.entity)].itertuples():
                print("   ", repr(m.article[max(0, m.start - 120):m.end + 80]))
        return
    with JUDGED.open() as f:
        judged = pd.DataFrame(csv.DictReader((x for x in f if not x.startswith("#")), delimiter="\t"))
    judged["outlet"] = judged["doc_id"].map(_outlet)
    listed = set(zip(rows["doc_id"], rows["entity"]))
    judged["listed"] = [k in listed for k in zip(judged["doc_id"], judged["entity"])]
    for title, part in (("as drawn", judged), ("still listed", judged[judged["listed"]])):
        print(f"sample, {title}: {len(part)} rows")
        for name, group in [("all", part), *part.groupby("outlet")]:
            right, wrong = (group["verdict"] == "right").sum(), (group["verdict"] == "wrong").sum()
            ci = binomtest(right, right + wrong).proportion_ci(method="wilson")
            print(f"  {name:13} right {right}, wrong {wrong}, unclear {len(group) - right - wrong}: "
                  f"{right / (right + wrong):.3f} (95% Wilson {ci.low:.3f}-{ci.high:.3f})")
    for r in judged[judged["verdict"] != "right"].itertuples():
        print(f"    {r.verdict:7} {'' if r.listed else '(no longer listed) '}{r.doc_id} {r.entity!r}: {r.why}")
    for r in judged[~judged["listed"] & (judged["verdict"] == "right")].itertuples():
        print(f"    right, no longer listed: {r.doc_id} {r.entity!r}")


if __name__ == "__main__":
    main()
