"""How often three quote faults left open occur, and what the quote table gives for them, counted on gold.

The faults (6–7 Dec sessions' notes, samples L and M of ``scripts/quote_precision.py``):

- ``they``: a "they" speaking after a sentence whose subject joins several speakers ("Unions, churches and the
  opposition all condemned the law. They said …"): the speaker should be the whole coordination. Counted: PolNeAR
  train attributions whose Source is "they" and whose sentence before holds "and" in its first 120 characters
  (printed for reading: which of them stand for that sentence's joined subject is judged by hand), and the
  quote table's rows on those contents, with their speaker and members.
- ``set-in``: a subject before a parenthetical and its frame ("The ministry, in a statement released late on
  Monday, said …", "Smith — who has led the union since 2019 — told reporters"). Counted: gold attributions whose
  Source and Cue a comma- or dash-set phrase parts, and whether a row on the content has a speaker mention
  overlapping the Source; and gold contents a frame set in after their first words parts ("Claypool, they said,
  did not listen"), and whether the row's content keeps those first words and its speaker overlaps the Source.
- ``list``: lists of speakers, some member of which is no speaker candidate ("Friends, lobbyists and former foes
  say"). Counted: gold Sources holding a comma and "and" (appositions too, each printed), and whether the row's
  speaker mention covers the Source, part of it, or none of it; and on the table alone, PolNeAR train's and PerSenT
  dev's (which has no gold attributions), the rows whose speaker mention ends a list opening its sentence, and the
  subjects before a set-off phrase and a verb of speech.

Each count is printed by outlet (PolNeAR's publishers), with the share right and its 95% Wilson interval. The
rows are those of the quote table of PolNeAR train and PerSenT dev, built by :func:`quote_table` (PolNeAR's doc
ids are its file names, its texts as ``load_corpus`` reads the folder, title line included), or read from a
pickle of the same (``{"rows": quotes, "texts": texts}``) to compare another checkout's table. No article text is
written anywhere; ``--show`` prints the cases to read.

Usage::

    .venv/bin/python scripts/quote_open_faults.py [QUOTES.pkl] [--show they|set-in|list]
"""

from __future__ import annotations

import argparse
import re
from bisect import bisect_right
from pathlib import Path

import pandas as pd

from presslens.corpus import load_corpus
from presslens.evaluate import corpora_root
from presslens.quotes import extract_quotes
from presslens.quotes.evaluate import _metadata, _read_as_loaded
from presslens.sentiment.evaluation import read_persent
from presslens.stats import proportion_interval
from presslens.text import split_sentences

# A phrase set off by commas, dashes or brackets between a Source and its Cue ("Smith, in a statement, said").
_SET_OFF = re.compile(r"\s*(?:,|\s[—–-]{1,2}|—|–|\()\s*[^,—–()]{3,120}?(?:,|\s[—–-]{1,2}|—|–|\))\s*")
_LIST = (re.compile(r"\w,\s+[\w“\"]"), re.compile(r"\s(?:and|or)\s"))
# On the table alone (both corpora): a capitalised subject opening its sentence, a set-off phrase, a verb of speech;
# a speaker mention after a list of items of up to four words each, opening its sentence ("Friends, lobbyists and").
_OPENS = r"(?:^|(?<=[.!?”\"]\s)|(?<=\n))"
_FRAME_SET_OFF = re.compile(
    _OPENS + r"((?:The\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4})"
    r"\s*(?:,|\s[—–-]{1,2}|—|–|\()\s*[^,—–()\n]{3,140}?(?:,|\s[—–-]{1,2}|—|–|\))\s*"
    r"(?:has\s+|had\s+|also\s+|later\s+)?"
    r"(?:said|says|told|tells|added|wrote|writes|announced|stated|argued|insisted)\b")
_ITEM = r"(?:[\w’'.-]+\s+){0,3}[\w’'.-]+"
_LIST_BEFORE = re.compile(_OPENS + rf"(?:{_ITEM},\s+)+(?:{_ITEM},?\s+)?and\s+$")


def quote_table() -> dict:
    """``{"rows": quotes, "texts": texts}``: the quote table of PolNeAR train's text folder as ``load_corpus``
    reads it (``outlet`` its publisher) and of PerSenT dev (doc ids prefixed "P", ``outlet`` "persent")."""
    root = corpora_root()
    polnear = load_corpus(root / "polnear-train" / "text")
    publishers = _metadata(root / "polnear-train", "publisher")
    polnear = polnear.assign(outlet=[publishers.get(str(d).rsplit(".", 1)[0]) or "unknown" for d in polnear["doc_id"]])
    persent = read_persent(root / "persent-dev")[0][["doc_id", "text"]]
    persent = persent.assign(doc_id="P" + persent["doc_id"], outlet="persent")
    tables, texts = [], {}
    for articles in (polnear[["doc_id", "text", "outlet"]].reset_index(drop=True), persent):
        quotes = extract_quotes(articles, split_sentences(articles))
        tables.append(quotes.merge(articles[["doc_id", "outlet"]], on="doc_id", how="left"))
        texts.update(zip(articles["doc_id"], articles["text"]))
    return {"rows": pd.concat(tables, ignore_index=True), "texts": texts}


def _gold(texts: dict[str, str]) -> pd.DataFrame:
    """PolNeAR train's attributions (:func:`presslens.quotes.evaluate.read_brat`) of the articles whose text the
    table holds as read here (the first annotator's file), with ``doc_id`` and ``outlet``."""
    root = corpora_root() / "polnear-train"
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    publishers = _metadata(root, "publisher")
    golds = []
    for name, ann in chosen.items():
        path = root / "text" / f"{name}.txt"
        if not path.is_file() or name not in texts:
            continue
        text, gold, _ = _read_as_loaded(ann, path.read_text(encoding="utf-8"), None)
        if text == texts[name]:
            golds.append(gold.assign(doc_id=name, outlet=publishers.get(name) or "unknown"))
    return pd.concat(golds, ignore_index=True)


def _rows_on(rows: pd.DataFrame, doc_id: str, start: int, end: int) -> pd.DataFrame:
    """The table's rows of ``doc_id`` whose content overlaps ``start``–``end``."""
    return rows[(rows["doc_id"] == doc_id) & (rows["start"] < end) & (rows["end"] > start)]


def _overlaps(r: pd.Series, start: int, end: int) -> bool:
    return pd.notna(r.speaker_start) and r.speaker_start < end and r.speaker_end > start


def _they(gold, rows, texts, sentences) -> tuple[pd.DataFrame, list[str]]:
    """Gold "they" Sources after a sentence with "and" near its start: the verdict is the table's row speaker."""
    bounds = {d: sorted(zip(s["start"], s["end"])) for d, s in sentences.groupby("doc_id")}
    out, shown = [], []
    for g in gold.dropna(subset=["source_start"]).itertuples():
        text = texts[g.doc_id]
        if text[g.source_start:g.source_end].lower() != "they":
            continue
        b = bounds.get(g.doc_id, [])
        i = bisect_right([s for s, _ in b], g.source_start) - 1
        if i <= 0 or not re.search(r"\band\b", text[b[i - 1][0]:b[i - 1][0] + 120]):
            continue
        on = _rows_on(rows, g.doc_id, g.start, g.end)
        verdict = "no row" if on.empty else "row"
        out.append((g.outlet, verdict))
        said = "; ".join(f"{r.speaker} {r.speaker_members}" for r in on.itertuples()) or "-"
        shown.append(f"[{g.outlet}] {g.doc_id} {g.source_start}: {text[b[i - 1][0]:b[i - 1][0] + 120]!r} -> {said}")
    return pd.DataFrame(out, columns=["outlet", "verdict"]), shown


def _set_in(gold, rows, texts) -> tuple[pd.DataFrame, list[str]]:
    """Gold Sources a set-off phrase parts from their Cue (verdict: the row's speaker overlaps the Source), and gold
    contents of two pieces whose first, of up to six words, a frame sets in after (verdicts: the row on the second
    piece keeps the first, and its speaker overlaps the Source)."""
    out, shown = [], []
    for g in gold.dropna(subset=["source_start", "cue_start"]).itertuples():
        text = texts[g.doc_id]
        on = _rows_on(rows, g.doc_id, g.start, g.end)
        if g.cue_start >= g.source_end and _SET_OFF.fullmatch(text, g.source_end, g.cue_start):
            verdict = "no row" if on.empty else "speaker right" if any(
                _overlaps(r, g.source_start, g.source_end) for r in on.itertuples()) else "speaker wrong"
            out.append((g.outlet, "before its frame", verdict))
            if verdict == "speaker wrong":
                shown.append(f"[{g.outlet}] {g.doc_id} {g.source_start}: {text[g.source_start:g.cue_end]!r:.160}"
                             f" -> {on.iloc[0].speaker}")
        if len(g.spans) >= 2 and g.spans[0][1] <= g.source_start < g.spans[1][0]:
            (s1, e1), (s2, e2) = g.spans[0], g.spans[1]
            first = text[s1:e1]
            if (len(first.split()) > 6 or re.search(r"[“\"]|''", first)
                    or not re.match(r"\s*,", text[e1:g.source_start])):
                continue
            on = _rows_on(rows, g.doc_id, s2, e2)
            verdict = "no row" if on.empty else "fronted words kept" if on.iloc[0].start <= s1 + 1 else "left out"
            out.append((g.outlet, "split content", verdict))
            verdict = "no row" if on.empty else "speaker right" if _overlaps(
                on.iloc[0], g.source_start, g.source_end) else "speaker wrong"
            out.append((g.outlet, "split content, its speaker", verdict))
    return pd.DataFrame(out, columns=["outlet", "case", "verdict"]), shown


def _lists(gold, rows, texts) -> tuple[pd.DataFrame, list[str]]:
    """Gold Sources holding a comma and "and"/"or": the row's speaker mention covers it whole, in part or not."""
    out, shown = [], []
    for g in gold.dropna(subset=["source_start"]).itertuples():
        text = texts[g.doc_id]
        source = text[g.source_start:g.source_end]
        if len(source) > 160 or re.search(r"[“\"]", source) or not all(p.search(source) for p in _LIST):
            continue
        on = _rows_on(rows, g.doc_id, g.start, g.end)
        if on.empty:
            verdict = "no row"
        else:
            r = on.iloc[0]
            verdict = ("no speaker" if pd.isna(r.speaker_start) else "whole" if (
                r.speaker_start <= g.source_start + 4 and r.speaker_end >= g.source_end - 2)
                else "part" if _overlaps(r, g.source_start, g.source_end) else "other")
        out.append((g.outlet, verdict))
        if verdict != "no row":
            shown.append(f"{verdict} [{g.outlet}] {g.doc_id} {g.source_start}: {source!r} -> {on.iloc[0].speaker} "
                         f"{on.iloc[0].speaker_members}")
    return pd.DataFrame(out, columns=["outlet", "verdict"]), shown


def _on_table(rows, texts) -> tuple[pd.DataFrame, list[str]]:
    """Per corpus (PerSenT dev's outlet is "persent"), the subjects before a set-off phrase and a verb of speech
    (verdict: a row with that cue has its speaker mention on the subject), and the rows whose speaker mention ends a
    list opening its sentence (verdict: the speaker has members, or not)."""
    out, shown = [], []
    for doc_id, on in rows.groupby("doc_id"):
        text, corpus = texts[doc_id], "PerSenT dev" if on["outlet"].iloc[0] == "persent" else "PolNeAR train"
        for m in _FRAME_SET_OFF.finditer(text):
            at = on[(on["cue_start"] <= m.end() - 1) & (on["cue_end"] >= m.end())]
            verdict = "no row" if at.empty else "speaker right" if any(
                _overlaps(r, m.start(1), m.end(1)) for r in at.itertuples()) else "speaker other"
            out.append((corpus, "subject, set-off phrase, verb", verdict))
        for r in on.dropna(subset=["speaker_start", "cue_start"]).drop_duplicates("speaker_start").itertuples():
            start = int(r.speaker_start)
            if start < r.cue_start and _LIST_BEFORE.search(text, max(0, start - 120), start):
                verdict = "members" if isinstance(r.speaker_members, list) else "one speaker"
                out.append((corpus, "speaker ending a list", verdict))
                shown.append(f"{verdict} [{r.outlet}] {doc_id} {start}: {text[max(0, start - 80):int(r.cue_end)]!r}"
                             f" -> {r.speaker}")
    return pd.DataFrame(out, columns=["corpus", "case", "verdict"]), shown


def _wilson(k: int, n: int) -> str:
    """``k/n = share [low–high]``, the 95% Wilson interval."""
    if not n:
        return "0/0"
    low, high = proportion_interval(k, n)
    return f"{k}/{n} = {k / n:.3f} [{low:.2f}–{high:.2f}]"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("quotes", nargs="?", help="a pickle of quote_table()'s result (default: build it here)")
    parser.add_argument("--show", choices=["they", "set-in", "list"], help="print that fault's cases to read")
    args = parser.parse_args()
    table = pd.read_pickle(args.quotes) if args.quotes else quote_table()
    rows, texts = table["rows"], table["texts"]
    gold = _gold(texts)
    print(f"PolNeAR train: {gold['doc_id'].nunique()} articles, {len(gold)} gold attributions")
    polnear = {d: texts[d] for d in gold["doc_id"].unique()}
    sentences = split_sentences(pd.DataFrame({"doc_id": list(polnear), "text": list(polnear.values())}))
    they, shown_they = _they(gold, rows, texts, sentences)
    print("they after a sentence with 'and' near its start:", they.groupby(["outlet", "verdict"]).size().to_dict())
    set_in, shown_set_in = _set_in(gold, rows, texts)
    for case, part in set_in.groupby("case"):
        right = {"before its frame": "speaker right", "split content": "fronted words kept",
                 "split content, its speaker": "speaker right"}[case]
        with_row = part[part["verdict"] != "no row"]
        print(f"set-in, {case}: {len(part)} gold, {len(with_row)} with a row; {right}:",
              _wilson(int((with_row["verdict"] == right).sum()), len(with_row)),
              part.groupby(["outlet", "verdict"]).size().to_dict())
    lists, shown_lists = _lists(gold, rows, texts)
    print("list sources:", lists.groupby("verdict").size().to_dict(), lists.groupby(["outlet", "verdict"]).size()
          .to_dict())
    table_counts, shown_table = _on_table(rows, texts)
    print("on the table:", table_counts.groupby(["corpus", "case", "verdict"]).size().to_dict())
    for line in {"they": shown_they, "set-in": shown_set_in, "list": shown_lists + shown_table}.get(args.show, []):
        print(" ", line)


if __name__ == "__main__":
    main()
