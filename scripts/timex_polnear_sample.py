"""How well presslens finds and values temporal expressions in whole dated articles of PolNeAR train (samples C-G).

``scripts/timex_polnear_sample.tsv`` (sample C) holds every temporal expression of 14 PolNeAR train articles, two per
outlet drawn by a fixed seed (:data:`SEED`) from the articles no row of ``timex_news_sample.tsv`` comes from: each
one presslens gave when it was judged (its extent right, partial or wrong; its value right, wrong or unjudgeable
against the article's publication date) and each one it missed, every article read whole (offsets and verdicts
only, no article text). Unlike PerSenT's samples A and B, each article's anchor is its own publication date
(metadata.tsv), as :func:`presslens.load_corpus` reads it; offsets are into the text load_corpus gives (the body,
its title line moved out). The figures are those of ``timex_persent_sample.py`` (precision, strict precision,
recall, value accuracy, with 95% Wilson intervals), then every judged row that differs from its judged-right state.
``scripts/timex_polnear_sample_d.tsv`` (sample D) does the same for 14 more articles, two per outlet drawn by
:data:`SEED_D` from those sample C left, judged before any rule was written from it; ``timex_polnear_sample_e.tsv``
(sample E) 14 more, drawn by :data:`SEED_E` from those C and D left, judged likewise before any rule;
``timex_polnear_sample_f.tsv`` (sample F) 14 more, drawn by :data:`SEED_F` from those C, D and E left, and
``timex_polnear_sample_g.tsv`` (sample G) 14 more, drawn by :data:`SEED_G` from those C to F left, each judged
likewise; ``timex_polnear_sample_h.tsv`` (sample H) 14 more, drawn by :data:`SEED_H` from those C to G left that
no event sample A-D (``event_sample*.tsv``) read either, judged likewise with every rule in place. Each is printed,
then all pooled.

Usage: ``.venv/bin/python scripts/timex_polnear_sample.py [--corpora DIR]``
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from presslens.corpus import load_corpus
from presslens.evaluate import corpora_root
from timex_persent_sample import judge, read_sample, report, show  # the sibling scripts: scripts/ is first on the path

SAMPLE = Path(__file__).with_name("timex_polnear_sample.tsv")
SAMPLE_D = Path(__file__).with_name("timex_polnear_sample_d.tsv")
SAMPLE_E = Path(__file__).with_name("timex_polnear_sample_e.tsv")
SAMPLE_F = Path(__file__).with_name("timex_polnear_sample_f.tsv")
SAMPLE_G = Path(__file__).with_name("timex_polnear_sample_g.tsv")
SAMPLE_H = Path(__file__).with_name("timex_polnear_sample_h.tsv")
EARLIER = Path(__file__).with_name("timex_news_sample.tsv")
SEED = 24  # pandas random_state of the draw of PER_OUTLET articles of each outlet (sample C)
SEED_D = 25  # the same for sample D, drawn from the articles sample C left
SEED_E = 26  # the same for sample E, drawn from the articles samples C and D left
SEED_F = 28  # the same for sample F, drawn from the articles samples C, D and E left
SEED_G = 29  # the same for sample G, drawn from the articles samples C to F left
SEED_H = 30  # the same for sample H, drawn from the articles samples C to G and the event samples left
PER_OUTLET = 2
SEEDS = {"C": SEED, "D": SEED_D, "E": SEED_E, "F": SEED_F, "G": SEED_G, "H": SEED_H}  # each seed, in drawing order
# The event samples read whole PolNeAR train articles too; from sample H on, the draw leaves out those of the four
# that existed when H was drawn (named, so a later event sample does not move H's draw; C-G were drawn without this).
EVENT_SAMPLES = [Path(__file__).with_name(f"event_sample{s}.tsv") for s in ("", "_b", "_c", "_d")]
FIRST_PAST_EVENTS = "H"


def draw(root: Path, sample: str = "C") -> pd.DataFrame:
    """The articles of PolNeAR train (doc_id, text, published, ...) of ``sample`` ("C" to "H") as
    load_corpus reads them. Each later sample is drawn from the articles the earlier ones left, so no two share an
    article; from :data:`FIRST_PAST_EVENTS` on, the event samples' articles are left out too."""
    folder = root / "polnear-train"
    meta = pd.read_csv(folder / "metadata.tsv", sep="\t", dtype=str, keep_default_na=False)
    used = set(pd.read_csv(EARLIER, sep="\t", comment="#", dtype=str)["doc_id"])
    meta = meta[~meta["filename"].isin(used)].sort_values("filename")
    events = {d for p in EVENT_SAMPLES for d in pd.read_csv(p, sep="\t", comment="#", dtype=str)["doc_id"]}
    chosen = pd.Series(dtype=str)
    for name, seed in list(SEEDS.items())[:list(SEEDS).index(sample) + 1]:
        meta = meta[~meta["filename"].isin(chosen)]
        if name == FIRST_PAST_EVENTS:
            meta = meta[~meta["filename"].isin(events)]
        chosen = meta.groupby("publisher", sort=True).sample(PER_OUTLET, random_state=seed)["filename"]
    return load_corpus(folder / "text", metadata=folder / "metadata.tsv",
                       files=[folder / "text" / f"{d}.txt" for d in sorted(chosen)], near_duplicates="keep")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder holding polnear-train")
    args = parser.parse_args()
    tables = []
    for name, path in (("C", SAMPLE), ("D", SAMPLE_D), ("E", SAMPLE_E), ("F", SAMPLE_F), ("G", SAMPLE_G),
                       ("H", SAMPLE_H)):
        articles = draw(args.corpora or corpora_root(), name)
        table, unjudged = judge(read_sample(path), articles)
        tables.append((table, unjudged))
        show(f"PolNeAR train sample {name}, {len(articles)} articles, two per outlet ({path.name}):",
             table, unjudged)
        for outlet, part in table.groupby(table["doc_id"].str.split("_").str[0]):
            found = int(part.loc[part["extent"] != "wrong", "found"].sum())
            print(f"  {outlet}: {found}/{int((part['extent'] != 'wrong').sum())} true expressions found")
    report(f"all {len(tables)} samples pooled, {len(tables) * 7 * PER_OUTLET} articles:",
           pd.concat([t for t, _ in tables]), pd.concat([u for _, u in tables]))


if __name__ == "__main__":
    main()
