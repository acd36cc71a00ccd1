"""How well the timeline's event rows date the events a reader dates, checked by reading whole news articles.

``scripts/event_sample.tsv`` (sample A) holds, for 14 PolNeAR train articles (two per outlet, drawn by
:data:`SEED`) and 6 PerSenT dev articles (drawn by the same seed), every event row
:func:`presslens.extract_events` gives on the whole articles (as ``presslens run`` makes them: PolNeAR's with their
publication dates, PerSenT's with none, as its file gives none), each judged by reading the article, and every event
a reader would date by one of the articles' expressions that no row gives. ``scripts/event_sample_b.tsv`` (sample B)
does the same for 14 more PolNeAR train and 6 more PerSenT dev articles drawn by seed 28 from those A left (see
:data:`SAMPLES`), judged the same way with A's two rules in place, before any rule was written from it;
``scripts/event_sample_c.tsv`` (sample C) 14 more and 6 more drawn by seed 29 from those A and B left, judged with
every rule of A and B in place; ``scripts/event_sample_d.tsv`` (sample D) 14 more and 6 more drawn by seed 30 from
those A, B and C left, judged with every rule of A, B and C in place; ``scripts/event_sample_e.tsv`` (sample E) 14 more
and 6 more drawn by seed 31 from those A-D left, judged with every rule of A-D in place. Offsets and verdicts only, no
article text:

- ``row``: a row presslens gave, keyed by its expression's ``start``/``end`` and its head's ``head_start``/
  ``head_end`` (empty for a row without a head). ``head``: ``right`` when the head is an event this expression dates,
  ``wrong`` when not, ``none`` for a row without a head; ``relation``: the relation given; ``rel_verdict``: ``right``
  or ``wrong`` (judged for right heads only), ``expected`` the right relation where wrong; ``fault``: a short code
  of why a head is wrong (or why an event was missed), for counting the faults.
- ``miss``: an event a reader dates by the expression at ``start``/``end`` that no row gives, its head word at
  ``head_start``/``head_end``; ``expected``: its relation. Misses are looked for in the sentence of each expression
  presslens gives (the expressions it misses are the timex samples' matter).

Printed for each sample per corpus and pooled, then for the samples pooled, with 95% Wilson intervals
(:func:`presslens.stats.proportion_interval`):

- rows right: of the rows with a head given now, those whose head was judged right or names a judged miss; a row
  given now that no judged row names is unjudged and counted wrong (listed);
- relation right: of the right rows given now, those whose relation now is the right one;
- link recall: of the events a reader dates (right rows and misses), those a row gives now.

The verdicts are what they were when judged (column ``judged``: the commit); offsets are into the text load_corpus
gives (PolNeAR: the body, its title line moved out; PerSenT: :func:`read_persent`'s text, mojibake repaired).

Usage::

    .venv/bin/python scripts/event_sample.py            # the figures from the TSV
    .venv/bin/python scripts/event_sample.py --show     # every article's rows to judge, printed (not written)
    .venv/bin/python scripts/event_sample.py --show --sample B   # the same for sample B (or C, D, E)
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from presslens.corpus import load_corpus
from presslens.evaluate import corpora_root
from presslens.sentiment.evaluation import read_persent
from presslens.stats import proportion_interval
from presslens.text import split_sentences
from presslens.timeline.events import extract_events

SCRIPTS = Path(__file__).parent
SAMPLE = SCRIPTS / "event_sample.tsv"
SEED = 27  # pandas random_state of both draws of sample A
# Each sample's TSV and seed, in the order they were drawn (B from the articles A left, C from those A and B left, D
# from those A, B and C left, E from those A-D left).
SAMPLES = {"A": (SAMPLE, SEED), "B": (SCRIPTS / "event_sample_b.tsv", 28),
           "C": (SCRIPTS / "event_sample_c.tsv", 29), "D": (SCRIPTS / "event_sample_d.tsv", 30),
           "E": (SCRIPTS / "event_sample_e.tsv", 31)}
PER_OUTLET = 2  # PolNeAR train articles per outlet
N_PERSENT = 6
# Articles earlier hand checks read (timex rules were written from them): no event sample draws them.
EARLIER_POLNEAR = ("timex_news_sample.tsv", "timex_polnear_sample.tsv", "timex_polnear_sample_d.tsv",
                   "timex_polnear_sample_e.tsv")
EARLIER_PERSENT = ("timex_persent_sample.tsv", "timex_persent_sample_b.tsv")
KEY = ["doc_id", "start", "end", "head_start"]


def _earlier(names: tuple[str, ...]) -> set[str]:
    """The doc ids of the earlier samples ``names`` (TSVs beside this script)."""
    return {d for n in names for d in pd.read_csv(SCRIPTS / n, sep="\t", comment="#", dtype=str)["doc_id"]}


def draw(root: Path, sample: str = "A") -> pd.DataFrame:
    """The articles of ``sample`` (a key of SAMPLES; doc_id, text, published, outlet, corpus): PER_OUTLET PolNeAR
    train articles of each outlet as load_corpus reads them, then N_PERSENT PerSenT dev articles as read_persent
    gives them (no date), drawn by the sample's seed from the articles no earlier hand check read. Each later sample
    is drawn from the articles the earlier ones left, so no two share an article."""
    folder = root / "polnear-train"
    meta = pd.read_csv(folder / "metadata.tsv", sep="\t", dtype=str, keep_default_na=False)
    meta = meta[~meta["filename"].isin(_earlier(EARLIER_POLNEAR))].sort_values("filename")
    persent = read_persent(root / "persent-dev")[0]
    persent = persent[~persent["doc_id"].isin(_earlier(EARLIER_PERSENT))]
    chosen, picked = pd.Series(dtype=str), persent.iloc[:0]
    for _, seed in list(SAMPLES.values())[:list(SAMPLES).index(sample) + 1]:
        meta, persent = meta[~meta["filename"].isin(chosen)], persent[~persent["doc_id"].isin(picked["doc_id"])]
        chosen = meta.groupby("publisher", sort=True).sample(PER_OUTLET, random_state=seed)["filename"]
        picked = persent.sample(N_PERSENT, random_state=seed)
    polnear = load_corpus(folder / "text", metadata=folder / "metadata.tsv",
                          files=[folder / "text" / f"{d}.txt" for d in sorted(chosen)], near_duplicates="keep")
    picked = picked.assign(published=pd.NaT, outlet="PerSenT")[["doc_id", "text", "published", "outlet"]]
    return pd.concat([polnear.assign(corpus="PolNeAR"), picked.assign(corpus="PerSenT")], ignore_index=True)


def read_sample(path: Path = SAMPLE) -> pd.DataFrame:
    """The judged rows (kind, doc_id, start, end, head_start, head_end, head, relation, rel_verdict, expected,
    fault, judged), offsets as numbers (head offsets -1 where a row has no head)."""
    sample = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)
    return sample.assign(**{c: sample[c].replace("", "-1").astype(int) for c in ("start", "end", "head_start",
                                                                                 "head_end")})


def score(sample: pd.DataFrame, events: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(judged, unjudged)``: one row per judged row and miss of ``sample`` (kind, doc_id, start, end, head_start,
    head, given: a row of ``events`` has its expression and head start now, relation_now, relation_right: the
    relation judged right), and the rows with a head in ``events`` that no judged row names (counted wrong)."""
    now = events.assign(head_start=events["head_start"].fillna(-1).astype(int))
    given = {tuple(k): r for *k, r in zip(*(now[c].tolist() for c in KEY), now["relation"].tolist())}
    rows = []
    for r in sample.itertuples():
        want = r.relation if r.rel_verdict == "right" else (r.expected or None)
        key = (r.doc_id, r.start, r.end, r.head_start)
        rows.append({"kind": r.kind, "doc_id": r.doc_id, "start": r.start, "end": r.end, "head_start": r.head_start,
                     "head": "right" if r.kind == "miss" else r.head, "given": key in given,
                     "relation_now": given.get(key), "relation_right": want})
    table = pd.DataFrame(rows)
    named = set(zip(*(table[c].tolist() for c in KEY)))
    headed = now[now["head_start"] >= 0]
    unjudged = headed[[k not in named for k in zip(*(headed[c].tolist() for c in KEY))]]
    return table, unjudged[["doc_id", "start", "end", "timex", "head_start", "head", "relation"]]


def share(k: int, n: int) -> str:
    """``k/n = 0.xxx [low-high]``: a proportion with its 95% Wilson interval."""
    if not n:
        return "0/0"
    low, high = proportion_interval(k, n)
    return f"{k}/{n} = {k / n:.3f} [{low:.2f}-{high:.2f}]"


def figures(table: pd.DataFrame, unjudged: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """``{"rows right", "relation right", "link recall"}``: each (k, n) of :func:`score`'s tables (described in the
    module's docstring); rows without a head count in none."""
    given = table[table["given"] & (table["head"] != "none")]
    right = given[given["head"] == "right"]
    events = table[table["head"] == "right"]
    return {"rows right": (len(right), len(given) + len(unjudged)),
            "relation right": (int((right["relation_now"] == right["relation_right"]).sum()), len(right)),
            "link recall": (int(events["given"].sum()), len(events))}


def report(name: str, table: pd.DataFrame, unjudged: pd.DataFrame) -> None:
    """Print :func:`figures` of one part of the sample, with the rows without a head given now."""
    print(name)
    for label, (k, n) in figures(table, unjudged).items():
        print(f"  {label} {share(k, n)}")
    print(f"  rows without a head given now: {int((table['given'] & (table['head'] == 'none')).sum())}")


def show(articles: pd.DataFrame, events: pd.DataFrame) -> None:
    """Print each article's text, then each expression's rows: the sentence with the expression in [[ ]] and each
    row's head in {{ }} (its relation after it), for judging by hand."""
    spans = split_sentences(articles)
    for art in articles.itertuples():
        text = art.text
        print(f"\n######## {art.doc_id} | {art.outlet} | {art.published}\n{text}\n")
        rows = events[events["doc_id"] == art.doc_id]
        sents = spans[spans["doc_id"] == art.doc_id]
        for (s, e), part in rows.groupby(["start", "end"], sort=True):
            heads = list(zip(part["head_start"], part["head_end"], part["relation"]))
            inside = sents[(sents["start"] <= s) & (sents["end"] >= e)]
            ends = [int(x) for h, he, _ in heads if pd.notna(h) for x in (h, he)]
            sent_start = min([int(inside["start"].min()) if len(inside) else s, *ends])
            sent_end = max([int(inside["end"].max()) if len(inside) else e, *ends])
            marks = sorted([(s, "[["), (e, "]]")] + [(int(h), "{{") for h, _, _ in heads if pd.notna(h)]
                           + [(int(he), "}}") for _, he, _ in heads if pd.notna(he)], reverse=True)
            window = text[sent_start:sent_end]
            for at, mark in marks:
                window = window[:at - sent_start] + mark + window[at - sent_start:]
            given = "; ".join(f"{'-' if pd.isna(h) else int(h)}-{'-' if pd.isna(he) else int(he)} {rel}"
                              for h, he, rel in heads)
            print(f"@ {s}-{e} {part['type'].iloc[0]} {part['value'].iloc[0]} | {given}\n   {' '.join(window.split())}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder holding polnear-train and persent-dev")
    parser.add_argument("--show", action="store_true", help="print the articles and their rows to judge")
    parser.add_argument("--sample", choices=list(SAMPLES), default="A", help="the sample --show prints")
    args = parser.parse_args()
    if args.show:
        articles = draw(args.corpora or corpora_root(), args.sample)
        show(articles, extract_events(articles))
        return
    tables, unjudgeds, corpus = [], [], {}
    for name, (path, _) in SAMPLES.items():
        articles = draw(args.corpora or corpora_root(), name)
        table, unjudged = score(read_sample(path), extract_events(articles))
        corpus.update(zip(articles["doc_id"], articles["corpus"]))
        tables.append(table)
        unjudgeds.append(unjudged)
        print(f"######## sample {name} ({path.name})")
        for part in ("PolNeAR", "PerSenT"):
            n = int((articles["corpus"] == part).sum())
            report(f"{part} ({n} articles):", table[table["doc_id"].map(corpus) == part],
                   unjudged[unjudged["doc_id"].map(corpus) == part])
        report(f"pooled ({len(articles)} articles):", table, unjudged)
        lost = table[~table["given"] & (table["head"] == "right") & (table["kind"] == "row")]
        if len(lost):
            print("judged right, not given now:")
            print(lost.to_string(index=False))
        if len(unjudged):
            print("given now, named by no judged row (counted wrong):")
            print(unjudged.to_string(index=False))
    table, unjudged = pd.concat(tables, ignore_index=True), pd.concat(unjudgeds, ignore_index=True)
    print(f"######## samples {' and '.join(SAMPLES)} pooled")
    for part in ("PolNeAR", "PerSenT"):
        report(f"{part}:", table[table["doc_id"].map(corpus) == part], unjudged[unjudged["doc_id"].map(corpus) == part])
    report("pooled:", table, unjudged)


if __name__ == "__main__":
    main()
