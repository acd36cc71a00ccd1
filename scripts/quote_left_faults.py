"""How often the quote faults the twenty-sixth session left open occur, and what the quote table gives for them.

The faults (7 Dec, twenty-sixth session's closing note; samples N, O and Q of ``scripts/quote_precision.py``, the
speaker-names pool Q-epithet of ``scripts/speaker_names.py``), counted on the quote table of PolNeAR train and PerSenT
dev (:func:`quote_open_faults.quote_table`, or a pickle of it), by outlet ("persent" for PerSenT dev):

- ``they``: rows whose speaker mention is "they", by the kind of speaker it was resolved to (an organisation is the
  fault: "they said" given to "the newspaper" of "working at the newspaper").
- ``epithet``: rows whose speaker mention is "the company", "the agency" or "the firm", left as the noun or named.
- ``according``: PerSenT's sentences opening "According to" with no comma in the phrase (its commas stripped), with a
  row on the sentence or none.
- ``turns``: transcript labels ("FERTIG :") set inside a paragraph after a sentence's end, with a row after them or
  none (labels opening a paragraph are read as turns already).
- ``colon``: colon frames after a possessive ("Its statement on Monday:", "His verdict:") or after a fronted phrase and
  a verb ("In a statement, the ministry said:"), with a row on the words after the colon or none.

Offsets only are printed with ``--show`` (the article's words to read are the caller's, in the table's texts).

Usage::

    .venv/bin/python scripts/quote_left_faults.py [QUOTES.pkl] [--show they|epithet|according|turns|colon]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter

import pandas as pd

from quote_open_faults import quote_table

_ACCORDING = re.compile(r"(?:^|(?<=[.”\"] )|(?<=\n)|(?<=  ))According to ([^.\n]{0,200})")
_INLINE_TURN = re.compile(r"(?<=[.?!] )([A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]+)*)\s?: ")
_OPENS = r"(?:^|(?<=[.”\"]\s)|(?<=\n))"
_POSSESSIVE_COLON = re.compile(_OPENS + r"(?:Its|His|Her|Their) [a-z]+(?: [^.:“\"\n]{0,40})?:\s")
_FRONTED_COLON = re.compile(_OPENS + r"(?:In|At|On) [^.:\n“\"]{3,60}?,? (?:the |The )?[\w. ]{2,40} "
                            r"(?:said|says|added|wrote|told [\w ]{1,20}):\s")
_EPITHETS = ("the company", "the agency", "the firm")


def _mention(rows: pd.DataFrame, texts: dict[str, str]) -> pd.Series:
    """Each row's speaker mention as the text writes it, in lower case ("" where the row has no speaker)."""
    return pd.Series([texts[d][int(s):int(e)].lower() if pd.notna(s) else "" for d, s, e in
                      zip(rows["doc_id"], rows["speaker_start"], rows["speaker_end"])], index=rows.index)


def _row_on(rows: pd.DataFrame, doc_id: str, start: int, end: int) -> bool:
    """Whether a row of ``doc_id`` has words overlapping ``start``–``end``."""
    return bool(((rows["doc_id"] == doc_id) & (rows["start"] < end) & (rows["end"] > start)).any())


def count(rows: pd.DataFrame, texts: dict[str, str]) -> tuple[dict[str, Counter], dict[str, list[str]]]:
    """Per fault, a Counter of (outlet, verdict) and the cases as "doc_id start verdict" lines."""
    outlet = dict(zip(rows["doc_id"], rows["outlet"]))
    counts: dict[str, Counter] = {k: Counter() for k in ("they", "epithet", "according", "turns", "colon")}
    shown: dict[str, list[str]] = {k: [] for k in counts}
    mention = _mention(rows, texts)
    for r in rows[mention == "they"].drop_duplicates(["doc_id", "speaker_start"]).itertuples():
        counts["they"][r.outlet, r.speaker_kind] += 1
        shown["they"].append(f"{r.doc_id} {int(r.speaker_start)} {r.speaker_kind}: {r.speaker}")
    for r in rows[mention.isin(_EPITHETS)].itertuples():
        verdict = "left as the noun" if str(r.speaker).lower() in {e.split()[1] for e in _EPITHETS} else "named"
        counts["epithet"][r.outlet, verdict] += 1
        shown["epithet"].append(f"{r.doc_id} {int(r.speaker_start)} {verdict}: {r.speaker}")
    for doc_id, text in texts.items():
        where = outlet.get(doc_id, "persent" if doc_id.startswith("P") else "?")
        found = []
        if where == "persent":
            found += [("according", m.start(), m.end()) for m in _ACCORDING.finditer(text) if "," not in m.group(1)]
        found += [("turns", m.end(), m.end() + 80) for m in _INLINE_TURN.finditer(text)]
        found += [("colon", m.end(), m.end() + 80) for p in (_POSSESSIVE_COLON, _FRONTED_COLON)
                  for m in p.finditer(text)]
        for fault, start, end in found:
            verdict = "row" if _row_on(rows, doc_id, start, end) else "no row"
            counts[fault][where, verdict] += 1
            shown[fault].append(f"{doc_id} {start} {verdict}")
    return counts, shown


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("quotes", nargs="?", help="a pickle of quote_table()'s result (default: build it here)")
    parser.add_argument("--show", choices=["they", "epithet", "according", "turns", "colon"],
                        help="print that fault's cases (offsets) to read")
    args = parser.parse_args()
    table = pd.read_pickle(args.quotes) if args.quotes else quote_table()
    counts, shown = count(table["rows"], table["texts"])
    for fault, tally in counts.items():
        by_verdict = Counter()
        for (_, verdict), n in tally.items():
            by_verdict[verdict] += n
        print(f"{fault}: {dict(by_verdict)}; by outlet {dict(sorted(tally.items()))}")
    for line in shown.get(args.show, []):
        print(" ", line)


if __name__ == "__main__":
    main()
