"""Error analysis of the temporal expressions: value mistakes grouped by kind, on the development
half of TempEval-3 train only (the held-out half, :func:`presslens.timeline.tempeval.held_out`, is
never listed, so rules are not written from it).

Each gold expression the tagger found (relaxed match) with a different TIMEX3 value goes to the
first group whose test it passes, in the order of ``GROUPS``: the gold value left unspecified
places the system filled ("1989-WXX" for "last week": the lenient score counts these right), a
duration against a point, PAST_REF/PRESENT_REF/FUTURE_REF, quarters and fiscal periods, halves and
seasons, decades and centuries, sets, weekdays a week off (past against future) or otherwise off,
a day and month whose year differs, the same date at another granularity (1998-Q1 against
1998-01), clock times and parts of the day, expressions anchored to another date of the text,
other shifts of the anchor. Counts are given per source (TimeBank, AQUAINT); ``--examples N``
prints N of each group with their context. ``--extents`` adds the expressions paired with none
(:func:`presslens.timeline.tempeval.extent_errors`): gold ones presslens missed (recall) and ones it
found where the gold has none (precision), grouped by their words, most frequent first. ``--boundaries`` adds
the pairs whose extents differ (what the strict score counts against and the relaxed one does not), grouped
by the words one side has beyond the other at each end ("sys+'the' /": presslens took "the" in, the gold
left it out). ``--verdicts`` counts each group's errors by the hand verdicts of ``scripts/timex_value_verdicts.tsv``
(the gold departs from TimeML's conventions, presslens does, the gold writes the phrase both ways, ...), then the
errors without a verdict and the verdicts whose expression is no longer an error (judge those again).

Usage: ``.venv/bin/python scripts/timex_errors.py [--corpora DIR] [--examples 5] [--extents] [--boundaries]
[--verdicts]``
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

from presslens.evaluate import corpora_root
from presslens.timeline.tempeval import _match, evaluate, extent_errors, held_out, read_timeml, value_errors
from presslens.timeline.timexes import extract_timexes

_WEEKDAY = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_DAY = re.compile(r"^\d{4}-\d\d-\d\d")
_ANAPHORIC = re.compile(r"\b(?:that|the\s+(?:same|next|following|previous|preceding|prior))\b|\blater\b", re.I)


def _is_duration(value: str) -> bool:
    return value.startswith("P") and not value.endswith("_REF")


GROUPS: list[tuple[str, object]] = [
    ("gold underspecified (system fills it in)", lambda r, g, s: r.lenient),
    ("duration vs point (P3Y vs a date)", lambda r, g, s: _is_duration(g) != _is_duration(s)),
    ("PAST_REF / PRESENT_REF / FUTURE_REF", lambda r, g, s: g.endswith("_REF") or s.endswith("_REF")),
    ("quarters, fiscal periods", lambda r, g, s: "Q" in g + s
     or re.search(r"quarter|period|fiscal", r.gold_text + r.system_text, re.I)),
    ("halves, seasons", lambda r, g, s: re.search(r"-(?:H[12]|SP|SU|FA|WI)\b", g + " " + s)),
    ("decades, centuries", lambda r, g, s: re.fullmatch(r"\d{2,3}X*", g) or re.fullmatch(r"\d{2,3}", s)),
    ("sets", lambda r, g, s: g.startswith("XXXX") or s.startswith("XXXX")),
    ("weekday a week off (past vs future)", lambda r, g, s: _WEEKDAY.search(r.gold_text) and _DAY.match(g)
     and _DAY.match(s) and abs((pd.Timestamp(g[:10]) - pd.Timestamp(s[:10])).days) == 7),
    ("weekday otherwise off", lambda r, g, s: _WEEKDAY.search(r.gold_text) and _DAY.match(g) and _DAY.match(s)),
    ("day/month without year: year off", lambda r, g, s: len(g) == len(s) >= 7 and g[4:] == s[4:]),
    ("granularity (1998-Q1 vs 1998-01, week vs month)", lambda r, g, s: g[:4] == s[:4] and len(g) != len(s)),
    ("clock times, parts of day", lambda r, g, s: "T" in g[10:11] + s[10:11]),
    ("anchored to another date of the text", lambda r, g, s: _ANAPHORIC.search(r.gold_text + " " + r.system_text)),
    ("other anchor arithmetic", lambda r, g, s: True),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder holding tempeval3-train")
    parser.add_argument("--examples", type=int, default=0, help="examples to print per group")
    parser.add_argument("--extents", action="store_true", help="also list missed and spurious expressions")
    parser.add_argument("--boundaries", action="store_true", help="also list pairs whose extents differ")
    parser.add_argument("--verdicts", action="store_true", help="also count each group's errors by hand verdict")
    args = parser.parse_args(argv)
    root = (args.corpora or corpora_root()) / "tempeval3-train"
    docs, golds, source = [], {}, {}
    for f in sorted(root.rglob("*.tml")):
        if held_out(f.stem):
            continue
        text, dct, gold = read_timeml(f)
        docs.append({"doc_id": f.stem, "text": text, "published": dct})
        golds[f.stem] = (text, gold)
        source[f.stem] = f.relative_to(root).parts[0]
    system = extract_timexes(pd.DataFrame(docs, columns=["doc_id", "text", "published"]))
    gold = pd.concat([g.assign(doc_id=d) for d, (_, g) in golds.items()], ignore_index=True)
    scores = evaluate(system, gold)
    errors = value_errors(system, gold)
    counts: dict[str, Counter] = defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    grouped: dict[tuple[str, int, int], str] = {}
    for r in errors.itertuples(index=False):
        g, s = (v if isinstance(v, str) else "(none)" for v in (r.gold_value, r.system_value))
        group = next(name for name, test in GROUPS if test(r, g, s))
        counts[group][source[r.doc_id]] += 1
        grouped[(r.doc_id, int(r.start), int(r.end))] = group
        text = golds[r.doc_id][0]
        context = re.sub(r"\s+", " ", text[max(0, r.start - 60):r.end + 40])
        examples[group].append(f"    {source[r.doc_id]} {r.doc_id}: gold {r.gold_text!r} {g} | "
                               f"system {r.system_text!r} {s} | …{context}…")
    sources = sorted(set(source.values()))
    print(f"development half: {len(golds)} documents, {scores['n_gold']} gold expressions, {scores['n_system']} "
          f"found by presslens; relaxed recall {scores['relaxed_recall']:.3f}, precision "
          f"{scores['relaxed_precision']:.3f}; {len(errors)} found with another value "
          f"(value F1 {scores['value_f1']:.3f})")
    print(f"{'group':52} {'all':>4} " + " ".join(f"{s:>9}" for s in sources))
    for name, _ in GROUPS:
        c = counts.get(name, Counter())
        print(f"{name:52} {sum(c.values()):4d} " + " ".join(f"{c[s]:9d}" for s in sources))
        for line in examples[name][:args.examples]:
            print(line)
    if args.extents:
        extents = extent_errors(system, gold)
        for side, what in (("missed", "gold expressions presslens missed"),
                           ("spurious", "expressions presslens found where the gold has none")):
            part = extents[extents["side"] == side]
            by_source = Counter(source[d] for d in part["doc_id"])
            print(f"\n{len(part)} {what} (" + ", ".join(f"{k} {by_source[k]}" for k in sources) + ")")
            words = Counter(re.sub(r"\s+", " ", t.lower()) for t in part["text"])
            for phrase, n in words.most_common():
                print(f"  {n:3d} {phrase!r}")
                for r in part[part["text"].str.lower().str.replace(r"\s+", " ", regex=True) == phrase].head(
                        args.examples).itertuples(index=False):
                    text = golds[r.doc_id][0]
                    context = re.sub(r"\s+", " ", text[max(0, r.start - 60):r.end + 40])
                    print(f"      {source[r.doc_id]} {r.doc_id}: {r.value} | …{context}…")
    if args.boundaries:
        _print_boundaries(system, gold, golds, source, args.examples)
    if args.verdicts:
        _print_verdicts(grouped)
    return 0


VERDICTS = Path(__file__).with_name("timex_value_verdicts.tsv")


def _print_verdicts(grouped: dict[tuple[str, int, int], str]) -> None:
    """Each group's value errors (``grouped``: doc_id, gold start and end -> group) counted by the hand
    verdicts of ``VERDICTS``; then the errors with no verdict and the verdicts whose expression is no
    longer an error, so a changed rule shows which rows to judge again."""
    table = pd.read_csv(VERDICTS, sep="\t", comment="#")
    verdict = {(d, int(a), int(b)): v for d, a, b, v in table[["doc_id", "start", "end", "verdict"]].itertuples(
        index=False)}
    found = pd.DataFrame([(group, verdict[key]) for key, group in grouped.items() if key in verdict],
                         columns=["group", "verdict"])
    print(f"\nvalue errors by the hand verdicts of {VERDICTS.name}")
    print(found.groupby(["group", "verdict"]).size().unstack(fill_value=0).reindex(
        [name for name, _ in GROUPS if name in set(found["group"])]).to_string())
    print(f"errors without a verdict: {len(set(grouped) - set(verdict))}; verdicts whose expression is no longer "
          f"an error: {len(set(verdict) - set(grouped))}")


def _ends(text: str, sys_span: tuple[int, int], gold_span: tuple[int, int]) -> str:
    """The words one side has beyond the other at the start, then at the end: "sys+'the' / gold+'ago'"."""
    (sa, sb), (ga, gb) = sys_span, gold_span
    parts = []
    for extra, side in ((text[min(sa, ga):max(sa, ga)], "sys+" if sa < ga else "gold+"),
                        (text[min(sb, gb):max(sb, gb)], "sys+" if sb > gb else "gold+")):
        words = re.sub(r"\s+", " ", extra.strip().lower())
        parts.append(f"{side}{words!r}" if extra else "")
    return " / ".join(parts)


def _print_boundaries(system: pd.DataFrame, gold: pd.DataFrame, golds: dict, source: dict, examples: int) -> None:
    """Pairs the relaxed score matches (as :func:`presslens.timeline.tempeval.evaluate` pairs them) whose
    extents differ, grouped by :func:`_ends`, most frequent first."""
    groups: dict[str, list[str]] = defaultdict(list)
    by_doc = {d: part.reset_index(drop=True) for d, part in system.groupby("doc_id")}
    for doc, g in gold.groupby("doc_id"):
        s, g = by_doc.get(doc, system.iloc[:0]), g.reset_index(drop=True)
        text = golds[doc][0]
        for si, gi in _match(s, g)[1]:
            sys_span, gold_span = (s.start[si], s.end[si]), (g.start[gi], g.end[gi])
            if sys_span != gold_span:
                context = re.sub(r"\s+", " ", text[max(0, min(sys_span[0], gold_span[0]) - 60):
                                                  max(sys_span[1], gold_span[1]) + 40])
                groups[_ends(text, sys_span, gold_span)].append(
                    f"      {source[doc]} {doc}: gold {text[slice(*gold_span)]!r} | system {text[slice(*sys_span)]!r}"
                    f" | …{context}…")
    print(f"\n{sum(map(len, groups.values()))} pairs whose extents differ")
    for key, rows in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(rows):3d} {key}")
        print("\n".join(rows[:examples]) if examples else "", end="\n" if examples else "")


if __name__ == "__main__":
    raise SystemExit(main())
