"""How well presslens finds and values temporal expressions in news of other outlets than PolNeAR's (PerSenT dev).

``scripts/timex_persent_sample.tsv`` (sample A) holds every temporal expression of 12 PerSenT dev articles drawn by
a fixed seed (:data:`SEED`): each one presslens gave when it was judged (its extent right, partial or wrong, its
value right, wrong or unjudgeable) and each one it missed, read in the article (offsets and verdicts only, no article
text). ``scripts/timex_persent_sample_b.tsv`` (sample B) does the same for 12 more articles, drawn by
:data:`SEED_B` from those sample A left, and judged before any rule was written from it. PerSenT gives no
publication date, so each article carries the anchor its own events fix (column ``anchor``). This script tags each
sample's articles again (their text as :func:`presslens.load_corpus` reads it, mojibake repaired; the anchors as
publication dates) and prints for A, for B and for both pooled, with 95% Wilson intervals:

- precision: of the expressions presslens gives now, those overlapping a true expression (extent judged right,
  partial or missed), and those whose extent is exactly a true one (strict); an expression overlapping no judged
  row is unjudged and counted wrong (listed); an expression given over two judged rows finds the first only;
- recall: true expressions overlapped now;
- value accuracy: of the true expressions found now whose value was judgeable, those whose value is the one
  judged right (the judged value of 'right' rows, ``expected`` of 'wrong' and 'missed' rows; a missed row with no
  ``expected`` is unjudgeable).

Then, for each sample, every judged row that differs from its judged-right state.

Usage: ``.venv/bin/python scripts/timex_persent_sample.py [--corpora DIR]``
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from presslens.corpus.decoding import repair_mojibake
from presslens.evaluate import corpora_root
from presslens.sentiment.evaluation import read_persent
from presslens.timeline.timexes import extract_timexes
from timex_news_sample import overlapping, share  # the sibling script: scripts/ is first on the path when run

SAMPLE = Path(__file__).with_name("timex_persent_sample.tsv")
SAMPLE_B = Path(__file__).with_name("timex_persent_sample_b.tsv")
SEED = 20  # pandas random_state of the draw of N_ARTICLES from read_persent's articles (sample A)
SEED_B = 23  # the same for sample B, drawn from the articles sample A left
N_ARTICLES = 12


def draw(root: Path, second: bool = False) -> pd.DataFrame:
    """The sampled articles (doc_id, text) of sample A (of B with ``second``) as load_corpus reads a table's text:
    its mojibake repaired."""
    articles = read_persent(root / "persent-dev")[0]
    first = articles.sample(N_ARTICLES, random_state=SEED)
    if second:
        first = articles[~articles["doc_id"].isin(first["doc_id"])].sample(N_ARTICLES, random_state=SEED_B)
    return first.assign(text=[repair_mojibake(t)[0] for t in first["text"]])[["doc_id", "text"]]


def score(root: Path, second: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``(judged, unjudged)`` of sample A (of B with ``second``): one row per judged expression (doc_id, start,
    end, extent, judged_right: the value judged right or None where unjudgeable, found: overlapped now, exact: an
    expression has its extent now, now: the value now) and the expressions given now that overlap no judged row."""
    sample = read_sample(SAMPLE_B if second else SAMPLE)
    articles = draw(root, second)
    anchors = sample.drop_duplicates("doc_id").set_index("doc_id")["anchor"]
    return judge(sample, articles.assign(published=articles["doc_id"].map(anchors)))


def read_sample(path: Path) -> pd.DataFrame:
    """A judged sample's rows (doc_id, start, end, extent, verdict, value, expected, ...), offsets as numbers."""
    sample = pd.read_csv(path, sep="\t", comment="#", dtype=str, keep_default_na=False)
    return sample.astype({"start": int, "end": int})


def judge(sample: pd.DataFrame, articles: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`score` of a judged ``sample`` of ``articles`` (doc_id, text, published): the judged rows against the
    expressions presslens gives now, and the expressions given that overlap no judged row."""
    assert set(sample["doc_id"]) <= set(articles["doc_id"]), (
        "the draw no longer gives the judged articles: point --corpora at the shared corpora the sample was judged on "
        "and keep the script's seeds, its article counts and the sample files it draws past as committed")
    timexes = extract_timexes(articles)
    rows, seen = [], set()
    for r in sample.itertuples():
        now = overlapping(timexes, r.doc_id, r.start, r.end)
        now = now[~now.index.isin(seen)]  # one given expression finds one judged row
        seen.update(now.index)
        missed = r.expected or None if r.extent == "missed" else None
        want = {"right": r.value, "wrong": r.expected}.get(r.verdict, missed)
        value = now["value"].iloc[0] if len(now) and isinstance(now["value"].iloc[0], str) else ""  # no value: ''
        rows.append({"doc_id": r.doc_id, "start": r.start, "end": r.end, "extent": r.extent, "judged_right": want,
                     "found": len(now) > 0, "exact": bool(((now["start"] == r.start) & (now["end"] == r.end)).any()),
                     "now": value})
    unjudged = timexes.loc[~timexes.index.isin(seen), ["doc_id", "start", "end", "text", "type", "value"]]
    return pd.DataFrame(rows), unjudged


def report(name: str, table: pd.DataFrame, unjudged: pd.DataFrame) -> None:
    """Print the figures of one sample's (or the pooled samples') :func:`score`."""
    true = table[table["extent"] != "wrong"]
    given = int(true["found"].sum()) + int(table.loc[table["extent"] == "wrong", "found"].sum()) + len(unjudged)
    valued = true[true["found"] & true["judged_right"].notna()]
    found, exact = int(true["found"].sum()), int(true["exact"].sum())
    right = int((valued["now"] == valued["judged_right"]).sum())
    print(name)
    print(f"  precision {share(found, given)}; strict {share(exact, given)}")
    print(f"  recall {share(found, len(true))}")
    print(f"  value accuracy {share(right, len(valued))}")


def show(name: str, table: pd.DataFrame, unjudged: pd.DataFrame) -> None:
    """:func:`report`, then every judged row that differs from its judged-right state and the unjudged ones."""
    report(name, table, unjudged)
    off = table[(table["found"] != (table["extent"] != "wrong"))
                | (table["found"] & table["judged_right"].notna() & (table["now"] != table["judged_right"]))]
    if len(off):
        print(off.to_string(index=False))
    if len(unjudged):
        print("given now, overlapping no judged row (unjudged, counted wrong):")
        print(unjudged.to_string(index=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder holding persent-dev")
    args = parser.parse_args()
    tables = []
    for second, path in ((False, SAMPLE), (True, SAMPLE_B)):
        table, unjudged = score(args.corpora or corpora_root(), second)
        tables.append((table, unjudged))
        show(f"PerSenT dev sample, {N_ARTICLES} articles ({path.name}):", table, unjudged)
    report(f"both samples pooled, {2 * N_ARTICLES} articles:", pd.concat([t for t, _ in tables]),
           pd.concat([u for _, u in tables]))


if __name__ == "__main__":
    main()
