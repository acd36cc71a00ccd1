"""Whether the speaker names of the quote table are the right people, checked by hand.

The speaker tables researchers report (who gets quoted, how often, named or unnamed) count the
``speaker`` column of :func:`presslens.extract_quotes`. ``make eval`` scores the speaker *mention*
against PolNeAR's Source spans; this script checks the *name* given where the article does not
write one at the speaker's place: a pronoun ("he said", resolved to its antecedent) or a phrase
opening with "the" ("the senator said", resolved to the person it stands for, or left unnamed).

It runs the quotes over all of PolNeAR train and, on its own, all of PerSenT dev (names are linked
across each corpus, as in a run; PerSenT's doc ids are ``persent:`` and its DOCUMENT_INDEX; samples A to K
are PolNeAR's, L to N PerSenT's: other outlets and years; O to U hold both, each one's share printed too) and
reads back the verdicts recorded by hand in ``scripts/speaker_names.tsv`` (sample, doc id, offsets of the
speaker mention, the expected name or ``-`` for no named person; no article text).
A judged row is right when presslens names that person (a surname alone matches a full name
with it: "Bush" for "Jeb Bush", not "George W. Bush"; "Pate" for "Luther Stan Pate IV"), or, for
``-``, names no person. Printed per sample: rows judged, right, the share with a 95% Wilson
interval, and the misses.

Usage::

    .venv/bin/python scripts/speaker_names.py                 # shares from the TSV
    .venv/bin/python scripts/speaker_names.py --list pron 40 7   # draw 40 pronoun rows (seed 7) to judge
    .venv/bin/python scripts/speaker_names.py --list pron 30 101 --corpus persent   # from PerSenT dev

The pools: ``pron`` (he, she), ``role`` (a phrase opening with "the" named or left unresolved),
``unnamed`` (such a phrase read as an unnamed source or an organisation: "the Wisconsin Republican"
was one, Paul Ryan, until 6 Dec's sixteenth session; no sample before H held any) and ``bare`` (an unnamed
source's phrase not opening with "the", holding a noun of ``quotes_unnamed_nouns.txt``: "officials said", "a
spokesman said", "sources told", "aides say"; read as unnamed, or a person the article names nearby?) and ``epithet``
("the company", "the agency", "the firm" of ``quotes_org_epithets.txt`` alone, which since 7 Dec's twenty-sixth session
stand for the organisation their sentence or the one before names: is it the one the article means?). An epithet row's
expected name opens with "@": the organisation ("@Twitter"; a name holding the other's words or held in them matches:
"Kaspersky" for "Kaspersky Lab"), or "@-" where the article names none (right when the phrase is left as it is).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pandas as pd
from scipy.stats import binomtest

from presslens.corpus import load_corpus
from presslens.entities.lexicon import _SUFFIXES
from presslens.evaluate import corpora_root
from presslens.quotes import extract_quotes
from presslens.quotes.lexicon import alternation, words
from presslens.quotes.sources import NAMED, ORGANISATION, UNNAMED
from presslens.sentiment.evaluation import read_persent

JUDGED = Path(__file__).with_name("speaker_names.tsv")
_POOLS = {"pron": re.compile(r"(?i)he|she"), "role": re.compile(r"(?i)the\s.*"), "unnamed": re.compile(r"(?i)the\s.*"),
          "bare": re.compile(r"(?i)(?!the\s).*?\b(?:%s)\b.*" % alternation(words("unnamed_nouns"))),
          "epithet": re.compile(r"(?i)the\s+(?:%s)" % alternation(words("org_epithets")))}
_ORG_EPITHETS = frozenset(w.lower() for w in words("org_epithets"))


def _quotes(root: Path, corpus: str = "polnear") -> tuple[dict[str, str], pd.DataFrame]:
    """Texts and quote rows with a speaker mention of one corpus, run on its own (its names linked within it):
    PolNeAR train, or PerSenT dev (doc ids ``persent:`` and its DOCUMENT_INDEX; empty where absent)."""
    if corpus == "persent":
        articles = read_persent(root / "persent-dev")[0][["doc_id", "text"]]
        articles = articles.assign(doc_id="persent:" + articles["doc_id"])
    else:
        folder = root / "polnear-train"
        articles = load_corpus(folder / "text", metadata=folder / "metadata.tsv", near_duplicates="keep")
    quotes = extract_quotes(articles) if len(articles) else pd.DataFrame(columns=["speaker_start", "doc_id"])
    quotes = quotes[quotes["speaker_start"].notna()].copy()
    quotes["speaker_start"] = quotes["speaker_start"].astype(int)
    quotes["speaker_end"] = quotes["speaker_end"].astype(int)
    return dict(zip(articles["doc_id"], articles["text"])), quotes


def both_corpora(root: Path) -> tuple[dict[str, str], pd.DataFrame]:
    """Texts and quote rows of PolNeAR train and PerSenT dev, each run on its own (as :func:`_quotes`), together:
    what the verdicts of every sample are read against."""
    texts, quotes = _quotes(root)
    more, rows = _quotes(root, "persent")
    return {**texts, **more}, pd.concat([quotes, rows], ignore_index=True)


def _same_person(got: str, expected: str) -> bool:
    a, b = got.split(), expected.split()
    if len(a) == 1 or len(b) == 1:
        # a surname alone: the full name's last word, its generational suffix aside ("Pate", "Luther Stan Pate IV")
        short, full = (a, b) if len(a) == 1 else (b, a)
        return short[0] == next((w for w in reversed(full) if w.lower() not in _SUFFIXES), full[-1])
    return a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def right(got: str | None, kind: str | None, expected: str) -> bool:
    """Whether the name ``got`` (of ``speaker_kind`` ``kind``) is the hand-read ``expected``; an ``expected``
    opening with "=" wants that full name, as another person of the article has its surname ("=Glenn Haab",
    the father, where "Haab" is his son Colton); one opening with "@" an organisation ("@-": none named, the epithet
    "company" left as it is)."""
    if expected == "@-":
        return kind != NAMED and isinstance(got, str) and got.lower() in _ORG_EPITHETS
    if expected.startswith("@"):
        a, b = set(str(got).split()), set(expected[1:].split())
        return kind == ORGANISATION and (a <= b or b <= a)
    if expected == "-":
        return kind != NAMED
    if expected.startswith("="):
        return kind == NAMED and got == expected[1:]
    return kind == NAMED and isinstance(got, str) and _same_person(got, expected)


def tally(texts: dict[str, str], quotes: pd.DataFrame) -> dict[str, dict]:
    """Each sample's verdicts read against ``quotes``: by sample, ``judged`` and ``right`` (rows whose speaker mention
    is still in the table), ``gone`` (judged rows whose mention no rule gives now: left out, not counted wrong),
    ``by_corpus`` (corpus -> [judged, right]; a sample of both corpora, O on, gives each one's share) and ``misses``
    (one line each: doc id, offsets, mention, expected and given name), so the shares print and a test checks them
    from one reading."""
    judged = pd.read_csv(JUDGED, sep="\t", comment="#", dtype={"doc_id": str}, keep_default_na=False)
    by_span = {(d, s, e): (sp, k) for d, s, e, sp, k in zip(quotes["doc_id"], quotes["speaker_start"],
                                                            quotes["speaker_end"], quotes["speaker"],
                                                            quotes["speaker_kind"])}
    samples = {}
    for name, rows in judged.groupby("sample", sort=False):
        misses, gone, by_corpus = [], 0, {}
        for r in rows.itertuples():
            key = (r.doc_id, int(r.speaker_start), int(r.speaker_end))
            if key not in by_span:
                gone += 1
                continue
            got, kind = by_span[key]
            count = by_corpus.setdefault("PerSenT" if r.doc_id.startswith("persent:") else "PolNeAR", [0, 0])
            count[0] += 1
            if right(got, kind, r.expected):
                count[1] += 1
            else:
                shown = got if kind == NAMED or r.expected.startswith("@") else f"(no person: {kind})"
                misses.append(f"    {r.doc_id} {r.speaker_start}-{r.speaker_end} "
                              f"{texts[r.doc_id][r.speaker_start:r.speaker_end]!r}: expected {r.expected}, got {shown}")
        n = len(rows) - gone
        samples[name] = {"judged": n, "right": n - len(misses), "gone": gone, "by_corpus": by_corpus,
                         "misses": misses}
    return samples


def score(texts: dict[str, str], quotes: pd.DataFrame) -> None:
    for name, t in tally(texts, quotes).items():
        n, ok, gone = t["judged"], t["right"], t["gone"]
        ci = binomtest(ok, n).proportion_ci(method="wilson") if n else None
        split = ", ".join(f"{c} {k}/{m}" for c, (m, k) in t["by_corpus"].items())
        print(f"{name}: {ok}/{n} right = {ok / n:.3f} [{ci.low:.3f}-{ci.high:.3f}]" if n else f"{name}: none",
              f"({split})" if len(t["by_corpus"]) > 1 else "",
              f"({gone} judged rows no longer have that speaker mention)" if gone else "")
        print("\n".join(t["misses"]))


def draw(texts: dict[str, str], quotes: pd.DataFrame, pool: str, n: int, seed: int) -> None:
    """Print ``n`` rows of ``pool`` not judged yet, drawn with ``seed``, each with the text before it."""
    judged = pd.read_csv(JUDGED, sep="\t", comment="#", dtype={"doc_id": str}, keep_default_na=False)
    done = set(zip(judged["doc_id"], judged["speaker_start"], judged["speaker_end"]))
    quotes = quotes.drop_duplicates(["doc_id", "speaker_start"])
    span = [texts[d][s:e] for d, s, e in zip(quotes["doc_id"], quotes["speaker_start"], quotes["speaker_end"])]
    keep = [len(x) <= 80 and bool(_POOLS[pool].fullmatch(x)) for x in span]  # (longer is article text)
    rows = quotes[keep]
    if pool == "bare":
        rows = rows[rows["speaker_kind"] == UNNAMED]
    elif pool == "epithet":
        rows = rows[rows["speaker_kind"] == ORGANISATION]
    elif pool != "pron":
        rows = rows[rows["speaker_kind"].isin([NAMED, "unresolved"]) == (pool == "role")]
    rows = rows[[(d, s, e) not in done for d, s, e in zip(rows["doc_id"], rows["speaker_start"],
                                                         rows["speaker_end"])]]
    for r in rows.sample(min(n, len(rows)), random_state=seed).itertuples():
        t, s, e = texts[r.doc_id], r.speaker_start, r.speaker_end
        print(f"{r.doc_id}\t{s}\t{e}\tgot={r.speaker if r.speaker_kind in (NAMED, ORGANISATION) else '-'}")
        print("    ", t[max(0, s - 700):s].replace("\n", " / "), f"[[{t[s:e]}]]", t[e:e + 80].replace("\n", " / "))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder holding polnear-train/ and persent-dev/")
    parser.add_argument("--list", nargs=3, metavar=("POOL", "N", "SEED"),
                        help="draw N rows of POOL (pron, role, unnamed, bare or epithet) not judged yet, with SEED, "
                             "to judge")
    parser.add_argument("--corpus", choices=["polnear", "persent"], default="polnear",
                        help="the corpus --list draws from (scores read both)")
    args = parser.parse_args()
    root = args.corpora or corpora_root()
    if args.list:
        texts, quotes = _quotes(root, args.corpus)
        draw(texts, quotes, args.list[0], int(args.list[1]), int(args.list[2]))
    else:
        score(*both_corpora(root))


if __name__ == "__main__":
    main()
