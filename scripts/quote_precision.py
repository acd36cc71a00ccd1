"""Whether the quote table holds on news its rules never saw, checked by hand.

Every quote rule was written from PolNeAR train (US political news, 2015-16) and fictional texts,
and ``make eval`` scores PolNeAR train only. This script draws seeded samples of the news of
TempEval-3 train (TimeBank + AQUAINT: wire copy, newspapers, broadcast transcripts, 1989-2000; the
plain text of each ``<TEXT>``, as :func:`presslens.timeline.tempeval.read_timeml` reads it), runs
:func:`presslens.extract_quotes` on each sample's articles as one corpus and reads back the verdicts
recorded by hand in ``scripts/quote_precision.tsv`` (sample A), ``scripts/quote_precision_b.tsv``
(sample B, of the same design, none of A's documents), ``scripts/quote_precision_c.tsv`` (sample C,
of the same design, none of A's or B's), ``scripts/quote_precision_d.tsv`` (sample D, of the same
design, none of A's, B's or C's), ``scripts/quote_precision_f.tsv`` (sample F, none of A-D's) and
``scripts/quote_precision_j.tsv`` (sample J, none of A-D's or F's), ``scripts/quote_precision_o.tsv`` (sample O,
10 documents, none of A-D's, F's or J's) and ``scripts/quote_precision_w.tsv`` (sample W, 10 more, drawn as O's,
none of A-D's, F's, J's or O's):
doc id, offsets of the content and of the speaker mention judged, with its ``speaker_kind``; verdicts; no
article text. The documents are drawn from the half that :func:`presslens.timeline.tempeval.held_out` leaves to
development, so the timeline's held-out half stays unread. Sample P (``scripts/quote_precision_p.tsv``) is news of other outlets and years: 12
articles of PerSenT dev (a development split; its test sets stay unread) of at least 1,500 characters, drawn
by the form of their text, the trace of the outlet's pipeline (:func:`persent_form`), their mojibake repaired
as :func:`presslens.load_corpus` repairs it; sample E (``scripts/quote_precision_e.tsv``) is 12 more, of the same
design, none of P's, sample G (``scripts/quote_precision_g.tsv``) 12 more again, none of P's or E's, and sample H
(``scripts/quote_precision_h.tsv``) 12 more again, none of P's, E's or G's, sample I
(``scripts/quote_precision_i.tsv``) 12 more again, none of P's, E's, G's or H's, sample K
(``scripts/quote_precision_k.tsv``) 12 more again, none of P's, E's, G's, H's or I's, sample L
(``scripts/quote_precision_l.tsv``) 12 more again, none of P's, E's, G's, H's, I's or K's, sample M
(``scripts/quote_precision_m.tsv``) 8 more (a short round), none of P's-L's, sample N
(``scripts/quote_precision_n.tsv``) 10 more (a short round again), none of P's-M's, and sample Q
(``scripts/quote_precision_q.tsv``) 8 more (drawn as M's), none of P's-N's, judged with every rule of the 7 Dec
session in place, sample R (``scripts/quote_precision_r.tsv``) 10 more (drawn as N's), none of P's-Q's, sample S
(``scripts/quote_precision_s.tsv``) 8 more (drawn as Q's), none of P's-R's, judged with every rule of the
twenty-seventh session in place, sample T (``scripts/quote_precision_t.tsv``) 8 more (drawn as S's), none of
P's-S's, sample U (``scripts/quote_precision_u.tsv``) 8 more (drawn as T's), none of P's-T's, judged with every
rule of the twenty-eighth session in place, sample V (``scripts/quote_precision_v.tsv``) 8 more (drawn as U's),
none of P's-U's, judged with U's rule in place, and sample X (``scripts/quote_precision_x.tsv``) 8 more (drawn as
V's), none of P's-V's, judged with every rule of the thirtieth session up to ff108452 in place.

Each row of the table is judged by reading the whole article: ``attribution`` (someone's words,
claims or beliefs reported), and for those ``speaker`` (the person or organisation, through
pronouns too), ``cue`` and ``content`` (about the span of the words reported) right or wrong, and the
``kind`` the attribution is (direct, mixed, indirect). Every attribution of the article that no row
gives is a ``miss`` of its kind. Printed: precision (rows that are attributions), the share of them
with the speaker, cue and content right, and recall by kind (found, and found with the right
speaker), each with a 95% Wilson interval, per sample and pooled; then the rows listed but not
judged, judged rows no longer listed (a rule moved their span) and judged rows whose speaker mention
or kind is no longer the one judged: judge those again.

Usage::

    .venv/bin/python scripts/quote_precision.py                       # figures of each sample, then pooled
    .venv/bin/python scripts/quote_precision.py --sample D --list     # print sample D's rows to judge
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import pandas as pd
from scipy.stats import binomtest

from presslens.evaluate import corpora_root
from presslens.quotes import extract_quotes
from presslens.sentiment.evaluation import read_persent
from presslens.timeline.tempeval import held_out, read_timeml

JUDGED = Path(__file__).with_name("quote_precision.tsv")
# The kind of news by the file-name prefix of TimeBank / AQUAINT documents.
SOURCES = {"APW": "wire", "AP": "wire", "XIE": "wire", "NYT": "newspaper", "wsj_": "newspaper",
           "WSJ": "newspaper", "SJMN": "newspaper", "ABC": "transcript", "CNN": "transcript",
           "PRI": "transcript", "VOA": "transcript", "ea": "transcript", "ed": "transcript"}
# How many documents of each kind each sample draws with its seed from the development half's sorted doc ids. A kind
# with fewer documents left gives all it has and wire copy the rest (the transcripts: three left for sample D), or, wire
# copy spent too, newspapers (sample J: one wire document left, no transcripts).
DRAWS = {"wire": 5, "newspaper": 5, "transcript": 4}
# Samples that draw fewer documents, in the same way (samples O and W, short rounds: 10 newspapers, no wire copy left).
SHORT_DRAWS = {"O": {"wire": 5, "newspaper": 5, "transcript": 0},
               "W": {"wire": 5, "newspaper": 5, "transcript": 0}}
# The samples (seed, verdicts), each drawn from the documents the ones before it left: A was judged on the table
# of 7549c53 and rules were written from it; B, of the same design, was judged on the table of 13faad3, C, of the
# same design again, on the table of 657375c, D on the table of 447314d and F (its draw after D's, the transcripts
# spent) on the table of ccc587e; J (1 wire, 13 newspaper) on the table of 589e1238, O (10 newspaper) on that of
# 4b4a83f9, W (10 newspaper, drawn as O's) on that of 70d507d8.
SAMPLES = {"A": (2026, JUDGED), "B": (2027, JUDGED.with_name("quote_precision_b.tsv")),
           "C": (2028, JUDGED.with_name("quote_precision_c.tsv")),
           "D": (2029, JUDGED.with_name("quote_precision_d.tsv")),
           "P": (2029, JUDGED.with_name("quote_precision_p.tsv")),
           "E": (2030, JUDGED.with_name("quote_precision_e.tsv")),
           "F": (2031, JUDGED.with_name("quote_precision_f.tsv")),
           "G": (2032, JUDGED.with_name("quote_precision_g.tsv")),
           "H": (2033, JUDGED.with_name("quote_precision_h.tsv")),
           "I": (2034, JUDGED.with_name("quote_precision_i.tsv")),
           "J": (2035, JUDGED.with_name("quote_precision_j.tsv")),
           "K": (2036, JUDGED.with_name("quote_precision_k.tsv")),
           "L": (2037, JUDGED.with_name("quote_precision_l.tsv")),
           "M": (2038, JUDGED.with_name("quote_precision_m.tsv")),
           "N": (2039, JUDGED.with_name("quote_precision_n.tsv")),
           "O": (2040, JUDGED.with_name("quote_precision_o.tsv")),
           "Q": (2041, JUDGED.with_name("quote_precision_q.tsv")),
           "R": (2042, JUDGED.with_name("quote_precision_r.tsv")),
           "S": (2043, JUDGED.with_name("quote_precision_s.tsv")),
           "T": (2044, JUDGED.with_name("quote_precision_t.tsv")),
           "U": (2045, JUDGED.with_name("quote_precision_u.tsv")),
           "V": (2046, JUDGED.with_name("quote_precision_v.tsv")),
           "W": (2047, JUDGED.with_name("quote_precision_w.tsv")),
           "X": (2048, JUDGED.with_name("quote_precision_x.tsv"))}
# The samples drawn from PerSenT dev, not TempEval-3 (P was judged on the table of d084f88, E on that of 67242b2, G on
# that of 15bc131, H on that of fa71d42, I on that of 53e789c3, K on that of ea9f6d97, L on that of c30a9578, M on
# that of 1daa01c7, N on that of e7866d0d), and how many articles of each form of text each draws from its articles of
# at least PERSENT_LENGTH characters that the samples before it left, by sorted doc id. A form with fewer left gives
# all it has and plain text the rest (the four misencoded articles: none left for sample I). Samples M and N, short
# rounds, draw 8 and 10 articles (PERSENT_SHORT_DRAWS), in the same way, and Q (judged on the table of 7ed8e0b9, with
# all the rules of the twenty-sixth session in place) 8 as M did, R (judged on the table of d9ad9297) 10 as N did, and
# S (judged on the table of 905266ab, with all the rules of the twenty-seventh session in place) 8 as Q did, T
# (judged on the table of 6a2acd81) 8 as S did, U (judged on the table of f39cbf38, with all the rules of the
# twenty-eighth session in place) 8 as T did, V (judged on the table of ee277c1d, with U's rule in place) 8 as U did,
# and X (judged on the table of ff108452, with every rule of the thirtieth session so far in place) 8 as V did.
PERSENT_SAMPLES = ("P", "E", "G", "H", "I", "K", "L", "M", "N", "Q", "R", "S", "T", "U", "V", "X")
PERSENT_DRAWS = {"plain": 7, "curly": 3, "tokenised": 1, "misencoded": 1}
PERSENT_SHORT_DRAWS = {"M": {"plain": 4, "curly": 2, "tokenised": 1, "misencoded": 1},
                       "N": {"plain": 6, "curly": 2, "tokenised": 1, "misencoded": 1},
                       "Q": {"plain": 4, "curly": 2, "tokenised": 1, "misencoded": 1},
                       "R": {"plain": 6, "curly": 2, "tokenised": 1, "misencoded": 1},
                       "S": {"plain": 4, "curly": 2, "tokenised": 1, "misencoded": 1},
                       "T": {"plain": 4, "curly": 2, "tokenised": 1, "misencoded": 1},
                       "U": {"plain": 4, "curly": 2, "tokenised": 1, "misencoded": 1},
                       "V": {"plain": 4, "curly": 2, "tokenised": 1, "misencoded": 1},
                       "X": {"plain": 4, "curly": 2, "tokenised": 1, "misencoded": 1}}
PERSENT_LENGTH = 1500
KINDS = ("direct", "mixed", "indirect")
COLUMNS = ["doc_id", "start", "end", "speaker_start", "speaker_end", "speaker_kind", "judged", "kind", "attribution",
           "speaker", "cue", "content", "note"]


def source(doc_id: str) -> str:
    """The kind of news of a TimeBank / AQUAINT document, from its name's prefix."""
    return next((kind for prefix, kind in sorted(SOURCES.items(), key=lambda p: -len(p[0]))
                 if doc_id.startswith(prefix)), "")


def persent_form(text: str) -> str:
    """The form of a PerSenT text as the corpus holds it: ``misencoded`` (UTF-8 read as Windows-1252, "â€œ"; read as
    Latin-1, "â" and a control character, it counts as the form it has besides), ``tokenised`` (spaces around the
    punctuation), ``curly`` (typographic quotation marks) or ``plain``."""
    if "\u00e2\u20ac" in text or "\u00c3" in text:
        return "misencoded"
    if text.count(" . ") + text.count(" , ") > 5:
        return "tokenised"
    return "curly" if "\u201c" in text or "\u201d" in text else "plain"


def sample_articles(root: Path, sample: str = "A") -> pd.DataFrame:
    """The articles of ``sample`` (``doc_id``, ``text``, ``source``), from ``root``/tempeval3-train or, for
    :data:`PERSENT_SAMPLES`, ``root``/persent-dev (``source`` the form of the text)."""
    if sample in PERSENT_SAMPLES:
        # drawn by the text as the file holds it (its form, its length), read as presslens.load_corpus reads it (the
        # evaluation's read_persent): its mojibake repaired ("â€œ" a quotation mark again)
        articles = read_persent(root / "persent-dev", mojibake="keep")[0]
        articles = articles[articles["text"].str.len() >= PERSENT_LENGTH].assign(
            source=lambda a: a["text"].map(persent_form)).sort_values("doc_id")
        for name in PERSENT_SAMPLES[:PERSENT_SAMPLES.index(sample) + 1]:
            rng = random.Random(SAMPLES[name][0])
            draws = PERSENT_SHORT_DRAWS.get(name, PERSENT_DRAWS)
            left = {kind: list(articles.loc[articles["source"] == kind, "doc_id"]) for kind in draws}
            short = sum(max(0, n - len(left[kind])) for kind, n in draws.items())
            chosen = [d for kind, n in draws.items()
                      for d in rng.sample(left[kind], min(n, len(left[kind])) + (short if kind == "plain" else 0))]
            left = articles[~articles["doc_id"].isin(chosen)]
            chosen, articles = articles[articles["doc_id"].isin(chosen)].reset_index(drop=True), left
        texts = read_persent(root / "persent-dev")[0].set_index("doc_id")["text"]
        return chosen.assign(text=texts.reindex(chosen["doc_id"]).tolist())[["doc_id", "text", "source"]]
    docs = {p.stem: p for p in sorted((root / "tempeval3-train").rglob("*.tml")) if not held_out(p.stem)}
    drawn: set[str] = set()
    for name, (seed, _) in SAMPLES.items():
        if name in PERSENT_SAMPLES:
            continue
        rng = random.Random(seed)
        draws = SHORT_DRAWS.get(name, DRAWS)
        left = {kind: sorted(d for d in docs if source(d) == kind and d not in drawn) for kind in DRAWS}
        take = {kind: min(n, len(left[kind])) for kind, n in draws.items()}
        short = sum(draws.values()) - sum(take.values())
        for kind in DRAWS:  # the shortfall to wire copy, then (wire spent, sample J) to newspapers
            extra = min(short, len(left[kind]) - take[kind])
            take[kind], short = take[kind] + extra, short - extra
        chosen = [d for kind in DRAWS for d in rng.sample(left[kind], take[kind])]
        if name == sample:
            break
        drawn.update(chosen)
    return pd.DataFrame([{"doc_id": d, "text": read_timeml(docs[d])[0], "source": source(d)} for d in sorted(chosen)])


def read_verdicts(sample: str = "A") -> pd.DataFrame:
    """The hand verdicts of ``sample``: one line per judged row (``judged`` = row) or missed attribution (miss)."""
    path = SAMPLES[sample][1]
    if not path.is_file():
        return pd.DataFrame(columns=COLUMNS)
    return pd.read_csv(path, sep="\t", comment="#", dtype={"doc_id": str}, keep_default_na=False)


def _share(k: int, n: int) -> str:
    if not n:
        return "none"
    ci = binomtest(k, n).proportion_ci(method="wilson")
    return f"{k}/{n} = {k / n:.3f} [{ci.low:.3f}-{ci.high:.3f}]"


def _speaker(start: object, end: object, kind: object) -> tuple[str, ...]:
    return tuple("-" if pd.isna(v) else str(int(v)) if isinstance(v, float) else str(v) for v in (start, end, kind))


def speaker_moved(verdicts: pd.DataFrame, quotes: pd.DataFrame) -> list[tuple[str, int, int]]:
    """The judged rows still listed whose speaker mention (offsets, ``speaker_kind``) is not the one judged."""
    now: dict[tuple[str, int, int], set[tuple[str, ...]]] = {}  # one span can be two rows (two cues, sample F)
    for d, s, e, a, b, k in zip(quotes["doc_id"], quotes["start"], quotes["end"], quotes["speaker_start"],
                                quotes["speaker_end"], quotes["speaker_kind"]):
        now.setdefault((d, s, e), set()).add(_speaker(a, b, k))
    rows = verdicts[verdicts["judged"] == "row"]
    return [(d, s, e) for d, s, e, a, b, k in zip(rows["doc_id"], rows["start"], rows["end"], rows["speaker_start"],
                                                  rows["speaker_end"], rows["speaker_kind"])
            if (d, s, e) in now and _speaker(a, b, k) not in now[d, s, e]]


def figures(verdicts: pd.DataFrame, quotes: pd.DataFrame) -> dict[str, tuple[int, int]]:
    """(right, judged) per figure: ``precision``, ``speaker``/``cue``/``content`` (of the rows that are
    attributions), ``recall_KIND`` and ``recall_KIND_speaker`` (found with the right speaker), for the
    judged rows still in ``quotes`` and every miss."""
    listed = set(zip(quotes["doc_id"], quotes["start"], quotes["end"]))
    rows = verdicts[verdicts["judged"] == "row"]
    # .loc, so that a part with no judged row (an article with misses only) keeps its columns
    rows = rows.loc[[(d, s, e) in listed for d, s, e in zip(rows["doc_id"], rows["start"], rows["end"])]]
    real = rows[rows["attribution"] == "yes"]
    misses = verdicts[verdicts["judged"] == "miss"]
    out = {"precision": (len(real), len(rows))}
    for part in ("speaker", "cue", "content"):
        out[part] = (int((real[part] == "right").sum()), len(real))
    for kind in KINDS:
        found = real[real["kind"] == kind]
        n = len(found) + int((misses["kind"] == kind).sum())
        out[f"recall_{kind}"] = (len(found), n)
        out[f"recall_{kind}_speaker"] = (int((found["speaker"] == "right").sum()), n)
    return out


def report(articles: pd.DataFrame, quotes: pd.DataFrame, verdicts: pd.DataFrame) -> None:
    print(f"{len(articles)} articles ({', '.join(f'{n} {k}' for k, n in articles['source'].value_counts().items())}),"
          f" {len(quotes)} rows")
    for name, (k, n) in figures(verdicts, quotes).items():
        print(f"  {name}: {_share(k, n)}")
    by_source = dict(zip(articles["doc_id"], articles["source"]))
    for kind in [k for k in (PERSENT_DRAWS if set(articles["source"]) <= set(PERSENT_DRAWS) else DRAWS)
                 if k in set(articles["source"])]:  # sample F: no transcripts left
        part = verdicts[verdicts["doc_id"].map(by_source) == kind]
        f = figures(part, quotes[quotes["doc_id"].map(by_source) == kind])
        found = sum(f[f"recall_{k}"][0] for k in KINDS), sum(f[f"recall_{k}"][1] for k in KINDS)
        print(f"  {kind}: precision {_share(*f['precision'])}; speaker {_share(*f['speaker'])}; "
              f"recall {_share(*found)}")
    judged = verdicts[verdicts["judged"] == "row"]
    keys = set(zip(judged["doc_id"], judged["start"], judged["end"]))
    listed = list(zip(quotes["doc_id"], quotes["start"], quotes["end"]))
    unjudged = [k for k in listed if k not in keys]
    gone = sorted(keys - set(listed))
    if unjudged:
        print(f"  listed, not judged ({len(unjudged)}; --list prints them): "
              + "; ".join(f"{d} {s}-{e}" for d, s, e in unjudged))
    if gone:
        print(f"  judged, no longer listed ({len(gone)}): " + "; ".join(f"{d} {s}-{e}" for d, s, e in gone))
    moved = speaker_moved(verdicts, quotes)
    if moved:
        print(f"  judged, speaker no longer the one judged ({len(moved)}): "
              + "; ".join(f"{d} {s}-{e}" for d, s, e in moved))


def show(articles: pd.DataFrame, quotes: pd.DataFrame, verdicts: pd.DataFrame) -> None:
    """Print each article, then its rows (offsets, kind, speaker, cue, content, verdict so far)."""
    judged = {(r.doc_id, r.start, r.end): r.attribution for r in verdicts[verdicts["judged"] == "row"].itertuples()}
    for a in articles.itertuples():
        print(f"=== {a.doc_id} ({a.source}, {len(a.text)} characters)\n{a.text}\n")
        for q in quotes[quotes["doc_id"] == a.doc_id].itertuples():
            print(f"{a.doc_id}\t{q.start}\t{q.end}\t{q.kind}\t{q.speaker!s} [{q.speaker_kind}]"
                  f" @{q.speaker_start}\t{q.cue!s}\t{q.content!r}\t{judged.get((a.doc_id, q.start, q.end), '?')}")
        print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder holding tempeval3-train/, persent-dev/")
    parser.add_argument("--list", action="store_true", help="print the sampled articles and their rows to judge")
    parser.add_argument("--sample", choices=SAMPLES, help="one sample only (default: each, then pooled)")
    args = parser.parse_args()
    pooled: dict[str, tuple[int, int]] = {}
    for sample in [args.sample] if args.sample else SAMPLES:
        articles = sample_articles(args.corpora or corpora_root(), sample)
        quotes = extract_quotes(articles[["doc_id", "text"]])
        verdicts = read_verdicts(sample)
        if args.list:
            show(articles, quotes, verdicts)
            continue
        print(f"sample {sample}: ", end="")
        report(articles, quotes, verdicts)
        for name, (k, n) in figures(verdicts, quotes).items():
            pooled[name] = (pooled.get(name, (0, 0))[0] + k, pooled.get(name, (0, 0))[1] + n)
    if len(pooled) and not args.sample:
        print("pooled:")
        for name, (k, n) in pooled.items():
            print(f"  {name}: {_share(k, n)}")


if __name__ == "__main__":
    main()
