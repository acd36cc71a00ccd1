"""How often a lone surname is given the right full name by the corpus-wide linking, checked by hand.

:func:`presslens.entities.find_mentions` links a surname an article writes alone ("Curry said") to the full
name other articles of the corpus write ("Ann Curry"), when that name dominates the surname's full names
(:func:`presslens.entities.link_aliases`). This script lists the rows that linking made: per article (doc_id)
and person entity of two words or more, those whose mentions never write the entity's first word (no "Ann"
in any mention of "Ann Curry"), in PolNeAR train and PerSenT dev, each found and linked as one corpus. It
draws a sample of them, seeded and stratified by outlet (PerSenT dev is one outlet here), and reads back the
verdicts recorded by hand in ``scripts/name_links.tsv`` (doc id, entity, verdict, why; no article text):
``right`` when the article means that person, ``wrong`` when it means someone else (or no person),
``unclear`` when its text cannot tell. Printed: how many rows, per outlet; the sample's share right with a
95% Wilson interval (unclear rows left out of the share), per outlet, and the wrong ones; rows of the sample
no longer listed and listed rows of the sample not judged.

Usage::

    .venv/bin/python scripts/name_links.py            # figures from the TSV
    .venv/bin/python scripts/name_links.py --list     # print the sample's rows with the mentions' contexts
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
    parser.add_argument("--list", action="store_true", help="print the sample's rows with their contexts")
    args = parser.parse_args()
    rows, mentions = linked_rows()
    print(f"{len(rows)} rows named in full by the corpus-wide linking:",
          {o: int(n) for o, n in rows["outlet"].value_counts().sort_index().items()})
    sample = draw(rows)
    if args.list:
        for r in sample.itertuples():
            print(f"\n== {r.doc_id}\t{r.entity}\t({r.forms})")
            for m in mentions[(mentions["doc_id"] == r.doc_id) & (mentions["entity"] == r.entity)].itertuples():
                print("   ", repr(m.article[max(0, m.start - 120):m.end + 80]))
        return
    with JUDGED.open() as f:
        judged = {(r["doc_id"], r["entity"]): r for r in csv.DictReader((x for x in f if not x.startswith("#")),
                                                                        delimiter="\t")}
    keys = set(zip(sample["doc_id"], sample["entity"]))
    print(f"sample: {len(sample)} rows, {len(keys & judged.keys())} judged; judged but no longer listed:",
          sorted(judged.keys() - set(zip(rows["doc_id"], rows["entity"]))))
    verdicts = pd.DataFrame([dict(judged[k], outlet=_outlet(k[0])) for k in sorted(keys & judged.keys())])
    for name, part in [("all", verdicts), *verdicts.groupby("outlet")]:
        right, wrong = (part["verdict"] == "right").sum(), (part["verdict"] == "wrong").sum()
        ci = binomtest(right, right + wrong).proportion_ci(method="wilson")
        print(f"  {name:13} right {right}, wrong {wrong}, unclear {len(part) - right - wrong}: "
              f"{right / (right + wrong):.3f} (95% Wilson {ci.low:.3f}-{ci.high:.3f})")
    for r in verdicts[verdicts["verdict"] != "right"].itertuples():
        print(f"    {r.verdict:7} {r.doc_id} {r.entity!r}: {r.why}")


if __name__ == "__main__":
    main()
