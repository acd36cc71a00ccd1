"""How well :func:`presslens.split_sentences` splits news, checked by hand.

A sample of articles is drawn by a fixed seed: 10 of PolNeAR train (one of each of its 7 outlets, then 3 more
outlets drawn again) and 6 of PerSenT dev (2 of each of its text forms: curly quotation marks, tokenised with
spaces before punctuation, plain straight marks; commas are dropped throughout). Every boundary between two
sentences the splitter gives was judged ``right`` or ``wrong`` by reading the article, and every place a sentence
ends that it runs on past was recorded as ``missed``, in ``scripts/sentence_splits.tsv`` (sample, doc id, the
character offset where the sentence ends, verdict, why; offsets only, no article text).

A sentence ends where a careful reader ends it: after a closing quotation mark that ends it; not after "Sen.",
"Gov.", "No. 2", "U.S." or an initial ("P.J. Crowley") or "a.m." in mid-sentence; headlines, datelines, bylines
and captions are units of their own (a paragraph break is always a boundary, as the module documents). A
boundary is keyed by the end of the sentence before it (the offset after its last character).

Printed: boundaries judged right and wrong (precision) and missed (recall = right / (right + missed)), with 95%
Wilson intervals (:func:`presslens.stats.proportion_interval`), over all, by corpus, by outlet (PolNeAR) or text
form (PerSenT), for all boundaries and for those inside a paragraph (the ones Punkt and the news rules decide);
the wrong and missed ones with why; boundaries the splitter gives now that are not judged (to judge), and judged
ones it no longer gives (a fix, or a new miss).

Usage::

    PYTHONPATH=src:. .venv/bin/python scripts/sentence_splits.py            # figures from the TSV
    PYTHONPATH=src:. .venv/bin/python scripts/sentence_splits.py --list     # each sample article, to judge
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from pathlib import Path

import pandas as pd

from presslens.evaluate import corpora_root
from presslens.sentiment.evaluation import read_persent
from presslens.stats import proportion_interval
from presslens.text import split_sentences

JUDGED = Path(__file__).with_name("sentence_splits.tsv")
SEED = 19
POLNEAR_ARTICLES, PERSENT_PER_FORM = 10, 2
# Where a sentence may end that the splitter runs on past: a stop, question or exclamation (closed by any marks),
# white space and something after it. Printed as candidates for a missed boundary; any other is judged by reading.
_INSIDE_END = re.compile(r"[.!?…][”’\"')\]]*\s+(?=\S)")


def persent_form(text: str) -> str:
    """PerSenT's text forms: ``curly`` quotation marks, ``tokenised`` (a space before a stop or an 's), ``plain``."""
    if re.search("[“”]", text):
        return "curly"
    if re.search(r"\w \.(?:\s|$)| 's\b| n't\b", text):
        return "tokenised"
    return "plain"


def sample() -> pd.DataFrame:
    """The sample articles: ``corpus``, ``group`` (outlet or text form), ``doc_id``, ``text``."""
    rng = random.Random(SEED)
    rows = []
    folder = corpora_root() / "polnear-train" / "text"
    by_outlet: dict[str, list[Path]] = {}
    for path in sorted(folder.glob("*.txt")):
        by_outlet.setdefault(path.stem.split("_")[0], []).append(path)
    outlets = sorted(by_outlet)
    chosen = outlets + rng.sample(outlets, POLNEAR_ARTICLES - len(outlets))
    taken: set[Path] = set()
    for outlet in chosen:
        path = rng.choice([p for p in by_outlet[outlet] if p not in taken])
        taken.add(path)
        rows.append(("polnear", outlet, path.stem, path.read_text(encoding="utf-8")))
    # Drawn by the form of the text as the file holds it (the draw judged at d084f88), read as a run reads it: its
    # mojibake repaired, which makes some plain articles curly ("â\x80\x9c" is "“").
    articles = read_persent(mojibake="keep")[0].sort_values("doc_id", key=lambda s: s.astype(int))
    texts = read_persent()[0].set_index("doc_id")["text"]
    forms = articles["text"].map(persent_form)
    for form in ("curly", "tokenised", "plain"):
        ids = articles.loc[forms == form, "doc_id"].tolist()
        for doc_id in rng.sample(ids, PERSENT_PER_FORM):
            rows.append(("persent", form, doc_id, texts[doc_id]))
    return pd.DataFrame(rows, columns=["corpus", "group", "doc_id", "text"])


def boundaries(articles: pd.DataFrame) -> dict[tuple[str, int], bool]:
    """(doc_id, offset) -> whether a paragraph break follows, for every boundary the splitter gives."""
    sents = split_sentences(articles[["doc_id", "text"]])
    out = {}
    for doc_id, group in sents.groupby("doc_id", sort=False):
        ends, paras = group["end"].tolist(), group["para_id"].tolist()
        for i in range(len(ends) - 1):
            out[doc_id, ends[i]] = paras[i] != paras[i + 1]
    return out


def read_verdicts() -> dict[tuple[str, int], tuple[str, str]]:
    """(doc_id, offset) -> (verdict, why) from :data:`JUDGED`."""
    if not JUDGED.is_file():
        return {}
    with JUDGED.open(encoding="utf-8", newline="") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {(r["doc_id"], int(r["offset"])): (r["verdict"], r["why"]) for r in rows}


def show(articles: pd.DataFrame, verdicts: dict) -> None:
    """Each article one sentence a line: ``[offset|p]`` after a sentence is a boundary (``p``: a paragraph break),
    ``<<offset>>`` inside one a candidate for a missed boundary; with the verdicts judged so far."""
    sents = split_sentences(articles[["doc_id", "text"]])
    for art in articles.itertuples(index=False):
        print(f"=== {art.corpus} {art.group} {art.doc_id}")

        def mark(offset: int) -> str:
            judged = verdicts.get((art.doc_id, offset))
            return f"{offset}={judged[0]}" if judged else str(offset)

        rows = sents[sents["doc_id"] == art.doc_id]
        paras = rows["para_id"].tolist()
        for i, (s, e) in enumerate(zip(rows["start"], rows["end"])):
            piece = _INSIDE_END.sub(lambda m: f"{(end := m.group().rstrip())} <<{mark(s + m.start() + len(end))}>> ",
                                    art.text[s:e])
            tag = f" [{mark(e)}{'|p' if paras[i + 1] != paras[i] else ''}]" if i + 1 < len(paras) else ""
            print(piece + tag)


def report(articles: pd.DataFrame, verdicts: dict) -> None:
    given = boundaries(articles)
    group_of = dict(zip(articles["doc_id"], articles["corpus"] + " " + articles["group"]))
    corpus_of = dict(zip(articles["doc_id"], articles["corpus"]))
    rows = []
    for (doc_id, offset), (verdict, why) in verdicts.items():
        now = (doc_id, offset) in given
        # a judged boundary the splitter no longer gives is right no more (a miss now), a missed one it gives is right
        state = {("right", True): "right", ("right", False): "missed", ("wrong", True): "wrong",
                 ("wrong", False): "fixed", ("missed", True): "right", ("missed", False): "missed"}[verdict, now]
        rows.append((doc_id, offset, verdict, state, why, given.get((doc_id, offset), False)))
    table = pd.DataFrame(rows, columns=["doc_id", "offset", "verdict", "state", "why", "para"])
    table["group"], table["corpus"] = table["doc_id"].map(group_of), table["doc_id"].map(corpus_of)
    unjudged = sorted(k for k in given if k not in verdicts)
    print(f"{len(articles)} articles, {len(given)} boundaries given ({sum(given.values())} at a paragraph break), "
          f"{len(table)} judged; not judged: {len(unjudged)}")

    def line(name: str, t: pd.DataFrame) -> str:
        right, wrong, missed = ((t["state"] == s).sum() for s in ("right", "wrong", "missed"))
        p, r = proportion_interval(right, right + wrong), proportion_interval(right, right + missed)
        prec = f"{right / (right + wrong):.3f} ({p[0]:.2f}-{p[1]:.2f})" if right + wrong else "-"
        rec = f"{right / (right + missed):.3f} ({r[0]:.2f}-{r[1]:.2f})" if right + missed else "-"
        return f"  {name:<22} right {right:4d} wrong {wrong:3d} missed {missed:3d}  precision {prec}  recall {rec}"

    for title, t in (("all boundaries", table), ("inside a paragraph", table[~table["para"]])):
        print(f"{title} (95% Wilson intervals):")
        print(line("all", t))
        for corpus, g in t.groupby("corpus"):
            print(line(corpus, g))
        for group, g in t.groupby("group"):
            print(line(group, g))
    for state in ("wrong", "missed", "fixed"):
        for r in table[table["state"] == state].sort_values(["doc_id", "offset"]).itertuples():
            print(f"{state}: {r.doc_id} {r.offset} (judged {r.verdict}): {r.why}")
    for doc_id, offset in unjudged:
        print(f"not judged: {doc_id} {offset}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print the sample articles one sentence a line")
    args = parser.parse_args()
    articles = sample()
    if args.list:
        show(articles, read_verdicts())
        return
    report(articles, read_verdicts())


if __name__ == "__main__":
    main()
