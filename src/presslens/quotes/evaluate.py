"""Scores for quote attribution against brat-style gold (``Source``/``Cue``/``Content``).

Gold and predictions are compared as *attributions*: a gold attribution is one brat ``E`` event
(its Content may be several discontinuous spans: a split quote is one attribution); a predicted
attribution is a group of rows of :func:`presslens.quotes.extract_quotes` joined by ``continues``
or by a shared cue. A predicted and a gold attribution match when their content spans overlap; each
is matched at most once, largest overlap first.

- **direct**: gold attributions whose content is verbatim, i.e. every content span, stripped of
  white space and trailing punctuation, opens and closes with a quotation mark, double or single
  (‘…’: until 2026-12-01 only double marks counted); predicted ones made
  only of rows whose content is verbatim: ``direct`` and ``mixed`` rows (not ``scare``) (a mixed row's content is
  the quoted fragment itself, as in PolNeAR's ``called the plan “a disaster”``). A predicted
  direct quote that overlaps only gold *non*-direct content
  (annotators folded it into a paraphrase: ``said that if …: “…”``) counts neither way in
  ``direct_precision``; ``direct_precision_strict`` counts it as wrong.
- **speaker**: share of gold direct attributions (with a Source) whose matched prediction rests on
  a speaker mention overlapping the gold Source span.
- **all**: every attribution, any kind.
- **by kind** (``by_kind``): gold direct, mixed (a quotation mark inside reported words: double, or the two
  apostrophes ('' … '') the New York Times quotes with; until 2026-12-07 double marks only) and
  indirect attributions apart: how many are found, and for those found whether the speaker, the
  cue and the content span agree with the gold.
- **mixed reported** (:func:`mixed_reported`): gold attributions whose content holds quoted words and words
  outside the marks ("said the plan would “ruin the bay”"), the word-token overlap F1 of the predicted rows over
  them, read by their ``content`` (the fragment) and by their ``reported_*`` span (the whole clause).

Example::

    >>> gold = read_brat("x.ann", text)                        # doctest: +SKIP
    >>> evaluate(extract_quotes(articles), gold.assign(doc_id="x"), {"x": text})  # doctest: +SKIP
"""

from __future__ import annotations

import bisect
import os
import re
from collections import Counter
from pathlib import Path
from typing import Callable, Iterator

import numpy as np
import pandas as pd

from presslens.io import project_root

__all__ = ["GOLD_COLUMNS", "by_outlet", "evaluate", "evaluate_polnear", "mixed_reported", "read_brat",
           "source_counts"]

GOLD_COLUMNS = ["attr_id", "spans", "start", "end", "source_start", "source_end", "cue_start",
                "cue_end", "direct"]

_T_LINE = re.compile(r"(T\d+)\t(\w+) (\d+ \d+(?:;\d+ \d+)*)\t")
_E_LINE = re.compile(r"(E\d+)\t(.*)")
# Single marks count too: British style and headlines quote with them (‘…’), and the quote
# finder reads them (presslens.quotes.marks).
_OPEN = ("“", "\"", "''", "``", "„", "«", "‘", "'")
_CLOSE = ("”", "\"", "''", "»", "’", "'")
_TRAIL = re.compile(r"[\s.,;:!?)\]—–-]+$")
_TOKEN = re.compile(r"\w+")
# A passage in double marks, or in the NYT's two apostrophes ('' … ''); a single mark is an apostrophe as often.
# _MARKS: the marks whose presence inside reported words makes a gold attribution mixed, for the same reason.
_MARKS = ("“", "”", "\"", "''")
_QUOTED = re.compile(r"(?:[“\"]|''|``)[^“”\"]*?(?:[”\"]|'')")
_LEAD = re.compile(r"^[\s(\[—–-]+")


def _verbatim(piece: str) -> bool:
    piece = _TRAIL.sub("", _LEAD.sub("", piece))
    return piece.startswith(_OPEN) and piece.endswith(_CLOSE) and len(piece) > 2


def _direct(text: str, content: list[tuple[int, int]]) -> bool:
    """Whether the content spans of a gold attribution are each verbatim in ``text``."""
    return all(_verbatim(text[s:e]) for s, e in content)


def read_brat(path: str | os.PathLike, text: str | None = None) -> pd.DataFrame:
    """Attributions of one brat ``.ann`` file, one row per ``E`` event that has a Content.

    Columns: ``attr_id``, ``spans`` (list of content ``(start, end)``), ``start``/``end`` (first
    and last content offset), ``source_start``/``source_end`` and ``cue_start``/``cue_end`` (first
    span, ``<NA>`` when absent), ``direct`` (content verbatim in quotation marks; needs ``text``,
    else False). Lines that are not ``T``/``E`` records (continuations of multi-line span texts,
    notes) are skipped.
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[tuple[str, dict[str, str]]] = []
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        m = _T_LINE.match(line)
        if m:
            spans[m.group(1)] = [tuple(map(int, p.split())) for p in m.group(3).split(";")]
            continue
        m = _E_LINE.match(line)
        if m:
            args = dict(a.split(":", 1) for a in m.group(2).split() if ":" in a)
            events.append((m.group(1), args))
    rows = []
    for eid, args in events:
        content = sorted(spans.get(args.get("Content", ""), []))
        if not content:
            continue
        src = spans.get(args.get("Source", ""), [(None, None)])[0]
        cue = spans.get(args.get("Cue", ""), [(None, None)])[0]
        direct = text is not None and _direct(text, content)
        rows.append((eid, content, content[0][0], content[-1][1], src[0], src[1], cue[0], cue[1],
                     direct))
    df = pd.DataFrame(rows, columns=GOLD_COLUMNS)
    for col in ("source_start", "source_end", "cue_start", "cue_end"):
        df[col] = df[col].astype("Int64")
    return df


def _moved(gold: pd.DataFrame, runs: list[tuple[int, int, str]]) -> pd.DataFrame:
    """``gold`` (:func:`read_brat`) with its offsets into the text as the text is once its mojibake
    ``runs`` (:func:`presslens.corpus.decoding.mojibake_runs`) are repaired: each moved by what the
    runs before it shortened the text; one inside a run to the repaired run's end."""
    if not runs:
        return gold
    ends = [end for _, end, _ in runs]
    shifts = np.cumsum([len(fixed) - (end - start) for start, end, fixed in runs]).tolist()

    def move(offset):
        if pd.isna(offset):
            return offset
        k = bisect.bisect_right(ends, offset)
        if k < len(runs) and runs[k][0] < offset:
            return ends[k] + shifts[k]
        return int(offset) + (shifts[k - 1] if k else 0)

    moved = {c: pd.array([move(o) for o in gold[c]], dtype=gold[c].dtype)
             for c in ("start", "end", "source_start", "source_end", "cue_start", "cue_end")}
    return gold.assign(spans=[[(move(s), move(e)) for s, e in spans] for spans in gold["spans"]], **moved)


def _read_as_loaded(ann: Path, raw: str, title: str | None = None) -> tuple[str, pd.DataFrame, int]:
    """The text ``raw`` as :func:`presslens.load_corpus` reads it, its gold from ``ann`` moved
    into it, and how many gold attributions lie outside it. The file is decoded as load_corpus
    decodes it (:func:`_decoded`), and the body is what
    :func:`presslens.corpus.parse_wire_text` leaves once a headline (``title``: the sidecar's,
    as load_corpus gives it), caption or credit line is read off: its gold is left out and the
    rest moved to the body's start. Then mojibake is repaired ("PeÃ±a" is "Peña", "â\\x80\\x9c" a
    quotation mark), the offsets moved with the repair and direct content judged in the
    repaired text."""
    from presslens.corpus.decoding import mojibake_runs, repair_mojibake
    from presslens.corpus.wire import wire_body_span

    raw, removed = _decoded(raw)
    gold = _moved(read_brat(ann), removed)
    start, stop = wire_body_span(raw, title)
    inside = [start <= spans[0][0] and spans[-1][1] <= stop for spans in gold["spans"]]
    gold = _shifted(gold[np.array(inside, dtype=bool)].reset_index(drop=True), start, stop)
    text = raw[start:stop]
    runs = mojibake_runs(text)
    if runs:
        text = repair_mojibake(text)[0]
        gold = _moved(gold, runs)
    return text, gold.assign(direct=[_direct(text, spans) for spans in gold["spans"]]), inside.count(False)


def _decoded(raw: str) -> tuple[str, list[tuple[int, int, str]]]:
    """``raw`` as load_corpus decodes it (:func:`presslens.corpus.decoding.decode_text`: control
    characters and byte-order marks removed, ``\\r\\n`` read as ``\\n``) and the characters it
    removed, as the runs :func:`_moved` takes (each replaced by nothing)."""
    from presslens.corpus.decoding import decode_text

    text = decode_text(raw.encode("utf-8"))[0]
    if len(text) == len(raw):
        return text, []
    removed, j = [], 0
    for i, ch in enumerate(raw):
        if j < len(text) and (text[j] == ch or (ch == "\r" and text[j] == "\n" and raw[i + 1:i + 2] != "\n")):
            j += 1
        else:
            removed.append((i, i + 1, ""))
    return text, removed


def _shifted(gold: pd.DataFrame, start: int, stop: int) -> pd.DataFrame:
    """``gold`` (:func:`read_brat`, its content inside ``start``-``stop``) with its offsets
    into the text ``raw[start:stop]``: a Source or Cue outside it is ``<NA>``."""
    moved = {"start": gold["start"] - start, "end": gold["end"] - start}
    for a, b in (("source_start", "source_end"), ("cue_start", "cue_end")):
        out = ((gold[a] < start) | (gold[b] > stop)).fillna(False).astype(bool)
        moved[a] = (gold[a] - start).mask(out)
        moved[b] = (gold[b] - start).mask(out)
    return gold.assign(spans=[[(s - start, e - start) for s, e in spans] for spans in gold["spans"]], **moved)


def _groups(pred: pd.DataFrame) -> list[dict]:
    """Predicted attributions of one article: rows joined by ``continues`` or a shared cue. Each a dict of its
    content ``spans``, row ``kinds``, ``speakers`` (speaker mention spans), ``cues`` and ``names`` (``(speaker,
    speaker_kind)`` of its rows with a speaker mention, in row order)."""
    parent = list(range(len(pred)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = {qid: i for i, qid in enumerate(pred["quote_id"])}
    by_cue: dict[int, int] = {}
    for i, (cont, cue) in enumerate(zip(pred["continues"], pred["cue_start"])):
        if pd.notna(cont) and cont in index:
            parent[find(i)] = find(index[cont])
        if pd.notna(cue):
            if cue in by_cue:
                parent[find(i)] = find(by_cue[cue])
            else:
                by_cue[cue] = i
    groups: dict[int, dict] = {}
    rows = zip(pred["start"], pred["end"], pred["kind"], pred["cue_start"], pred["cue_end"],
               pred["speaker_start"], pred["speaker_end"], pred["speaker"], pred["speaker_kind"])
    for i, (start, end, kind, cue_start, cue_end, speaker_start, speaker_end, name, name_kind) in enumerate(rows):
        g = groups.setdefault(find(i), {"spans": [], "kinds": set(), "speakers": [], "cues": [], "names": []})
        g["spans"].append((int(start), int(end)))
        g["kinds"].add(kind)
        if pd.notna(cue_start):
            g["cues"].append((int(cue_start), int(cue_end)))
        if pd.notna(speaker_start):
            g["speakers"].append((int(speaker_start), int(speaker_end)))
            g["names"].append((name if isinstance(name, str) and name else None, name_kind))
    return list(groups.values())


def _overlap(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _match(preds: list[dict], golds: list[dict]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), largest overlap first."""
    pairs = []
    for i, p in enumerate(preds):
        for j, g in enumerate(golds):
            ov = _overlap(p["spans"], g["spans"])
            if ov > 0:
                pairs.append((ov, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


_KINDS = ("direct", "mixed", "indirect")


def _gold_kind(direct: bool, spans: list[tuple[int, int]], text: str | None) -> str:
    """``direct`` (verbatim), ``mixed`` (a quotation mark of :data:`_MARKS` inside reported words: double, or
    the NYT's '') or ``indirect``."""
    if direct:
        return "direct"
    if text is not None and any(mark in text[s:e] for s, e in spans for mark in _MARKS):
        return "mixed"
    return "indirect"


def _kind_figures(tallies: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    out = {}
    for kind, t in tallies.items():
        n, found = t["gold"], t["found"]
        out[kind] = {
            "gold": n,
            "recall": found / n if n else 0.0,
            "speaker_found": t["speaker_found"] / t["with_source"] if t["with_source"] else 0.0,
            "speaker_right": t["speaker_right"] / t["with_source"] if t["with_source"] else 0.0,
            "cue_right": t["cue_right"] / t["with_cue"] if t["with_cue"] else 0.0,
            "content_covered": t["covered"] / found if found else 0.0,
            "content_inside": t["inside"] / found if found else 0.0,
        }
    return out


def evaluate(pred: pd.DataFrame, gold: pd.DataFrame,
             texts: dict[str, str] | None = None) -> dict:
    """Content-overlap precision/recall/F1 for direct quotes and for all attributions, and
    speaker accuracy on gold direct quotes (see the module docstring for the definitions).

    ``pred``: rows of :func:`extract_quotes`; ``gold``: rows of :func:`read_brat` with a
    ``doc_id`` column; ``texts`` (doc_id -> article text) tells mixed gold (a quotation mark
    inside reported words) from indirect. Returns a dict of counts and figures, and ``by_kind``:
    for gold ``direct``, ``mixed`` and ``indirect`` attributions, ``recall`` (matched in the
    all-attribution matching), and over the matched ones ``speaker_found`` / ``speaker_right``
    (the prediction has a speaker mention / one overlapping the gold Source, of those with a
    Source), ``cue_right`` (a predicted cue overlaps the gold Cue), ``content_covered`` (mean
    share of the gold content the prediction covers) and ``content_inside`` (mean share of the
    predicted content inside the gold content). ``direct_f1_ci``, ``all_f1_ci`` and
    ``speaker_accuracy_ci``: 95% bootstrap intervals over the articles
    (:func:`presslens.stats.score_interval`).
    """
    counts, tallies = _zero_counts()
    per_doc = []
    for doc_id, p_doc, g_doc in _documents(pred, gold):
        doc_counts, _ = _zero_counts()
        _count_document(p_doc, g_doc, texts.get(doc_id) if texts else None, doc_counts, tallies)
        per_doc.append(doc_counts)
    for doc_counts in per_doc:
        for key, value in doc_counts.items():
            counts[key] += value
    return {**_figures(counts, tallies), **_count_intervals(per_doc)}


def _count_intervals(per_doc: list[dict[str, int]]) -> dict[str, list[float]]:
    """``direct_f1_ci``, ``all_f1_ci`` and ``speaker_accuracy_ci`` from the counts of each article:
    how far each figure could move on other articles like these (the articles resampled, their
    quotes together, the figure recomputed from the summed counts); empty with one article."""
    if len(per_doc) < 2:
        return {}
    from presslens.stats import rounded_interval, score_interval

    keys = list(per_doc[0])
    matrix = np.array([[c[k] for k in keys] for c in per_doc], dtype=float)

    def figure(name: str) -> Callable[[np.ndarray], float]:
        return lambda m: _count_figures(dict(zip(keys, m.sum(axis=0))))[name]

    return {f"{name}_ci": rounded_interval(score_interval(figure(name), matrix))
            for name in ("direct_f1", "all_f1", "speaker_accuracy")}


def _count_figures(counts: dict[str, float]) -> dict[str, float]:
    """The figures of :func:`_figures` that the counts give (all but the tallies by kind): from
    the summed counts of a corpus, or of a resample of its articles (:func:`_count_intervals`)."""
    d_p, d_r, d_f = _prf(counts["direct_tp"], counts["pred_direct"] - counts["direct_ambiguous"],
                         counts["gold_direct"])
    strict_p = _prf(counts["direct_tp"], counts["pred_direct"], counts["gold_direct"])
    a_p, a_r, a_f = _prf(counts["all_tp"], counts["pred_all"], counts["gold_all"])
    return {
        "direct_precision": d_p, "direct_recall": d_r, "direct_f1": d_f,
        "direct_precision_strict": strict_p[0], "direct_f1_strict": strict_p[2],
        "speaker_accuracy": (counts["speaker_correct"] / counts["gold_direct_with_source"]
                             if counts["gold_direct_with_source"] else 0.0),
        "all_precision": a_p, "all_recall": a_r, "all_f1": a_f,
    }


def _zero_counts() -> tuple[dict[str, int], dict[str, dict[str, float]]]:
    counts = dict.fromkeys(["gold_direct", "pred_direct", "direct_tp", "direct_ambiguous",
                            "gold_all", "pred_all", "all_tp", "gold_direct_with_source",
                            "speaker_correct"], 0)
    tallies = {k: dict.fromkeys(["gold", "found", "with_source", "speaker_found", "speaker_right",
                                 "with_cue", "cue_right", "covered", "inside"], 0.0)
               for k in _KINDS}
    return counts, tallies


def _documents(pred: pd.DataFrame, gold: pd.DataFrame) -> Iterator[tuple[str, pd.DataFrame, pd.DataFrame]]:
    """``(doc_id, predicted rows, gold rows)`` of every article the gold annotates."""
    pred_by_doc = dict(tuple(pred.groupby("doc_id", sort=False))) if len(pred) else {}
    for doc_id, g_doc in gold.groupby("doc_id", sort=False):
        yield doc_id, pred_by_doc.get(doc_id, pred.iloc[0:0]), g_doc


def _count_document(p_doc: pd.DataFrame, g_doc: pd.DataFrame, text: str | None,
                    counts: dict[str, int], tallies: dict[str, dict[str, float]]) -> None:
    """Add one article's predictions ``p_doc`` scored against its gold ``g_doc`` to ``counts``
    and ``tallies``."""
    preds = _groups(p_doc)
    golds = [{"spans": list(s), "direct": d, "kind": _gold_kind(d, list(s), text),
              "source": (int(a), int(b)) if pd.notna(a) else None,
              "cue": (int(c1), int(c2)) if pd.notna(c1) else None}
             for s, d, a, b, c1, c2 in zip(g_doc["spans"], g_doc["direct"],
                                           g_doc["source_start"], g_doc["source_end"],
                                           g_doc["cue_start"], g_doc["cue_end"])]
    counts["gold_all"] += len(golds)
    counts["pred_all"] += len(preds)
    matched = dict((j, i) for i, j in _match(preds, golds))
    counts["all_tp"] += len(matched)
    for j, g in enumerate(golds):
        t = tallies[g["kind"]]
        t["gold"] += 1
        if j not in matched:
            continue
        p = preds[matched[j]]
        t["found"] += 1
        ov = _overlap(p["spans"], g["spans"])
        t["covered"] += ov / max(1, sum(e - s for s, e in g["spans"]))
        t["inside"] += ov / max(1, sum(e - s for s, e in p["spans"]))
        if g["source"]:
            t["with_source"] += 1
            t["speaker_found"] += bool(p["speakers"])
            t["speaker_right"] += any(_overlap([s], [g["source"]]) for s in p["speakers"])
        if g["cue"]:
            t["with_cue"] += 1
            t["cue_right"] += any(_overlap([c], [g["cue"]]) for c in p["cues"])
    p_dir = [p for p in preds if p["kinds"] <= {"direct", "mixed"}]
    g_dir = [g for g in golds if g["direct"]]
    pairs = _match(p_dir, g_dir)
    matched = {i for i, _ in pairs}
    g_other = [g for g in golds if not g["direct"]]
    counts["direct_ambiguous"] += sum(
        1 for i, p in enumerate(p_dir)
        if i not in matched and any(_overlap(p["spans"], g["spans"]) for g in g_other))
    counts["gold_direct"] += len(g_dir)
    counts["pred_direct"] += len(p_dir)
    counts["direct_tp"] += len(pairs)
    counts["gold_direct_with_source"] += sum(1 for g in g_dir if g["source"])
    for i, j in pairs:
        src = g_dir[j]["source"]
        if src and any(_overlap([s], [src]) for s in p_dir[i]["speakers"]):
            counts["speaker_correct"] += 1


def _figures(counts: dict[str, int], tallies: dict[str, dict[str, float]]) -> dict:
    """:func:`evaluate`'s dict from the summed counts and tallies of its articles."""
    return {**counts, **_count_figures(counts), "by_kind": _kind_figures(tallies)}


_FIGURES = ("direct_precision", "direct_recall", "direct_f1", "speaker_accuracy", "all_precision",
            "all_recall", "all_f1")


def _tokens(text: str, spans: list[tuple[int, int]]) -> set[tuple[int, int]]:
    return {m.span() for s, e in spans for m in _TOKEN.finditer(text, s, e)}


def _token_f1(a: set, b: set) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a or b else 1.0


def mixed_reported(pred: pd.DataFrame, gold: pd.DataFrame, texts: dict[str, str],
                   outlet_of: dict[str, str] | None = None) -> dict:
    """How well the rows' ``content`` and ``reported_*`` spans cover gold mixed attributions.

    Gold mixed: an attribution whose content holds a passage in double quotation marks and a word outside every
    such passage (PolNeAR: ``said that the plan would “ruin the bay”``). Each is read against the predicted rows
    whose content overlaps it (any kind): ``content_f1`` and ``reported_f1`` are the mean word-token overlap F1 of
    the union of their ``content`` spans, and of their ``reported_start``-``reported_end`` spans, with the gold
    content, over the gold found (``found``: some row overlaps it; ``gold``: all). ``by_outlet`` (given
    ``outlet_of``, doc_id -> outlet): the same per outlet. Empty figures where ``pred`` has no reported columns
    (tables of an older run)."""
    if "reported_start" not in pred:
        return {}
    pred_by_doc = dict(tuple(pred.groupby("doc_id", sort=False))) if len(pred) else {}
    scores: dict[str, list[tuple[float, float] | None]] = {}
    for doc_id, g_doc in gold.groupby("doc_id", sort=False):
        text = texts.get(doc_id)
        if text is None:
            continue
        p_doc = pred_by_doc.get(doc_id, pred.iloc[0:0])
        rows = list(zip(p_doc["start"], p_doc["end"], p_doc["reported_start"], p_doc["reported_end"]))
        for spans in g_doc["spans"]:
            spans = list(spans)
            if not any(_QUOTED.search(text, s, e) for s, e in spans) or not any(
                    _TOKEN.search(_QUOTED.sub(" ", text[s:e])) for s, e in spans):
                continue
            hits = [r for r in rows if _overlap([(int(r[0]), int(r[1]))], spans)]
            gold_tokens = _tokens(text, spans)
            scores.setdefault(doc_id, []).append(
                (_token_f1(_tokens(text, [(int(s), int(e)) for s, e, _, _ in hits]), gold_tokens),
                 _token_f1(_tokens(text, [(int(s), int(e)) for _, _, s, e in hits]), gold_tokens)) if hits else None)

    def figures(docs) -> dict:
        found = [v for d in docs for v in scores.get(d, []) if v is not None]
        return {"gold": sum(len(scores.get(d, [])) for d in docs), "found": len(found),
                "content_f1": float(np.mean([c for c, _ in found])) if found else 0.0,
                "reported_f1": float(np.mean([r for _, r in found])) if found else 0.0}

    out = figures(list(scores))
    if outlet_of:
        out["by_outlet"] = {o: figures([d for d, v in outlet_of.items() if v == o])
                            for o in sorted(set(outlet_of.values()))}
    return out


# Source counts (source_counts): the kinds the notebook counts as named sources (its share_named), and the kinds
# that name no source (the author's own words, nobody found), left out of who is quoted most.
_NAMED_KINDS = ("named person", "organisation")
_NO_SOURCE = ("author", "unresolved")
_TOP = 10
# The per-article columns source_counts compares, each a pair (presslens, gold), and its shares: name ->
# (numerator, denominator), of all attributions or of those with a source (the author and unresolved left out).
_COUNTED = ("attributions", "sources", "direct", "quoted", "named_person", "named", "unnamed", "unresolved")
_SHARES = {"direct": ("direct", "attributions"), "quoted": ("quoted", "attributions"),
           "named_person": ("named_person", "attributions"), "named": ("named", "attributions"),
           "unnamed": ("unnamed", "attributions"), "unresolved": ("unresolved", "attributions"),
           "named_person_of_sources": ("named_person", "sources"), "named_of_sources": ("named", "sources")}


def _source_tables(pred: pd.DataFrame, gold: pd.DataFrame, articles: list[str], texts: dict[str, str]
                   ) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Per article (index ``articles``): presslens's and the gold's attributions, those with a source (not the
    author's, not unresolved), direct ones, those with quoted words (direct or mixed), those of a named person,
    those of a named person or organisation, of an unnamed source and unresolved ones (columns ``pred_*``,
    ``gold_*`` of :data:`_COUNTED`) and presslens's rows (``pred_rows``); and one row per attribution (``side``
    pred/gold, ``doc_id``, ``speaker``, ``speaker_kind``, ``matched``: to one of the other side, as
    :func:`evaluate` matches them)."""
    pred_by_doc = dict(tuple(pred.groupby("doc_id", sort=False))) if len(pred) else {}
    gold_by_doc = dict(tuple(gold.groupby("doc_id", sort=False))) if len(gold) else {}
    counts, attributions = [], []
    for doc_id in articles:
        p_doc = pred_by_doc.get(doc_id, pred.iloc[0:0])
        g_doc = gold_by_doc.get(doc_id, gold.iloc[0:0])
        groups = _groups(p_doc)
        p_rows = [("direct" if g["kinds"] == {"direct"} else "mixed" if g["kinds"] & {"direct", "mixed"}
                   else "indirect", *(g["names"][0] if g["names"] else (None, "unresolved"))) for g in groups]
        text = texts.get(doc_id, "")
        g_rows = [(_gold_kind(d, list(spans), text), n, k)
                  for d, spans, n, k in zip(g_doc["direct"], g_doc["spans"], g_doc["speaker"], g_doc["speaker_kind"])]
        pairs = _match(groups, [{"spans": list(spans)} for spans in g_doc["spans"]])
        matched = {"pred": {i for i, _ in pairs}, "gold": {j for _, j in pairs}}
        row = {"pred_rows": len(p_doc)}
        for side, rows in (("pred", p_rows), ("gold", g_rows)):
            row.update({f"{side}_attributions": len(rows),
                        f"{side}_sources": sum(k not in _NO_SOURCE for _, _, k in rows),
                        f"{side}_direct": sum(q == "direct" for q, _, _ in rows),
                        f"{side}_quoted": sum(q != "indirect" for q, _, _ in rows),
                        f"{side}_named_person": sum(k == "named person" for _, _, k in rows),
                        f"{side}_named": sum(k in _NAMED_KINDS for _, _, k in rows),
                        f"{side}_unnamed": sum(k == "unnamed source" for _, _, k in rows),
                        f"{side}_unresolved": sum(k == "unresolved" for _, _, k in rows)})
            attributions += [(side, doc_id, n if isinstance(n, str) and n else None, k, i in matched[side])
                             for i, (_, n, k) in enumerate(rows)]
        counts.append(row)
    return (pd.DataFrame(counts, index=articles, dtype=float),
            pd.DataFrame(attributions, columns=["side", "doc_id", "speaker", "speaker_kind", "matched"]))


def _source_figures(counts: pd.DataFrame, attributions: pd.DataFrame) -> dict:
    """:func:`source_counts`'s figures for one group of articles (``counts``, ``attributions``:
    :func:`_source_tables`)."""
    from presslens.stats import rounded_interval, score_interval

    m = counts[[f"{side}_{c}" for side in ("pred", "gold") for c in _COUNTED]].to_numpy()
    col = {f"{side}_{c}": i for i, (side, c) in enumerate((side, c) for side in ("pred", "gold") for c in _COUNTED)}

    def share(x: np.ndarray, side: str, name: str) -> float:
        part, whole = _SHARES[name]
        total = x[:, col[f"{side}_{whole}"]].sum()
        return float(x[:, col[f"{side}_{part}"]].sum() / total) if total else float("nan")

    def ratio(x: np.ndarray) -> float:
        gold = x[:, col["gold_attributions"]].sum()
        return float(x[:, col["pred_attributions"]].sum() / gold) if gold else float("nan")

    out: dict = {"articles": len(counts),
                 "per_article": {"presslens": float(counts["pred_attributions"].mean()),
                                 "gold": float(counts["gold_attributions"].mean()), "ratio": ratio(m),
                                 "ratio_ci": rounded_interval(score_interval(ratio, m)),
                                 "presslens_rows": float(counts["pred_rows"].mean())}}
    for name in _SHARES:
        def difference(x: np.ndarray, name: str = name) -> float:
            return share(x, "pred", name) - share(x, "gold", name)

        out[f"{name}_share"] = {"presslens": share(m, "pred", name), "gold": share(m, "gold", name),
                                "difference": difference(m),
                                "difference_ci": rounded_interval(score_interval(difference, m))}
    sources = attributions[attributions["speaker"].notna() & ~attributions["speaker_kind"].isin(_NO_SOURCE)]
    tops = {side: [n for n, _ in sorted(Counter(sources.loc[sources["side"] == side, "speaker"]).items(),
                                        key=lambda item: (-item[1], item[0]))[:_TOP]]
            for side in ("pred", "gold")}
    k = min(_TOP, len(tops["pred"]), len(tops["gold"]))
    out["top_sources"] = {"presslens": tops["pred"], "gold": tops["gold"],
                          "overlap": len(set(tops["pred"]) & set(tops["gold"])) / k if k else float("nan")}
    out["by_source_kind"] = {}
    for kind in sorted(set(attributions["speaker_kind"])):
        of = {side: attributions.loc[attributions["speaker_kind"].eq(kind) & attributions["side"].eq(side), "matched"]
              for side in ("gold", "pred")}
        out["by_source_kind"][kind] = {
            "gold": len(of["gold"]), "recall": float(of["gold"].mean()) if len(of["gold"]) else float("nan"),
            "presslens": len(of["pred"]), "precision": float(of["pred"].mean()) if len(of["pred"]) else float("nan")}
    return out


def source_counts(pred: pd.DataFrame, gold: pd.DataFrame, outlet_of: dict[str, str],
                  texts: dict[str, str] | None = None) -> dict:
    """Do the source counts notebook 03 publishes hold? presslens's against the gold's, per outlet.

    ``pred``: rows of :func:`extract_quotes`; ``gold``: rows of :func:`read_brat` with ``doc_id`` and each
    Source read as presslens reads a speaker: ``speaker`` and ``speaker_kind`` from
    :func:`presslens.quotes.extract.span_speakers` (the speaker candidate at the gold Source span, resolved by
    attribution's own code, so that only what extraction finds differs; a gold attribution with no Source is
    ``unresolved``); ``outlet_of``: doc_id -> outlet, every article counted (none found is 0); ``texts``
    (doc_id -> text) tells the gold's attributions with quoted words from its indirect ones.
    Attributions are counted as :func:`evaluate` matches them: a gold ``E`` event, a group of predicted rows
    joined by ``continues`` or a shared cue, whose name and kind are those of its first row with a speaker
    mention. Per group of articles (``all``, ``by_outlet``):

    - ``per_article``: mean attributions per article, presslens and gold, and ``ratio`` (presslens's total over
      the gold's) with ``ratio_ci``; ``presslens_rows``: presslens's rows per article (what the notebook
      counts: a split quote is two rows, one attribution);
    - each of all attributions, presslens, gold and ``difference`` (presslens - gold) with ``difference_ci``:
      ``direct_share`` (presslens's groups of direct rows only, the gold's content verbatim in quotation marks),
      ``quoted_share`` (quoted words: presslens's groups with a direct or mixed row, the gold's direct ones and
      those with a quotation mark inside the content, double or the NYT's ''), ``named_person_share`` (speaker
      kind ``named person``), ``named_share`` (a named person or organisation: the notebook's
      ``share_named``), ``unnamed_share`` (an unnamed source: its ``share_unnamed``) and ``unresolved_share``
      (no speaker found, or no gold Source: its ``share_unresolved``); ``named_person_of_sources_share`` and
      ``named_of_sources_share``: the same of the attributions with a source (the author's and the unresolved
      left out: the named against the unnamed sources, whether or not a source was found for every attribution);
    - ``top_sources``: the ``10`` names with most attributions on each side (ties by name; the author and
      unresolved left out, as :func:`presslens.quotes.quoted_sources`) and ``overlap`` (the names both lists hold,
      over the shorter list's length, at most 10);
    - ``by_source_kind``: per speaker kind, the gold's attributions (``gold``) and the share presslens finds
      (``recall``), presslens's (``presslens``) and the share the gold holds (``precision``), matched as
      :func:`evaluate` matches them: where recall differs by kind, the shares above move with it.

    Intervals: 95% percentile bootstrap over articles (:func:`presslens.stats.score_interval`, 2,000 resamples,
    seed 0), the figure recomputed from the summed counts. ``rank_agreement``: Spearman's rho (and its p) over the
    outlets between presslens's and the gold's attributions per article and each share: whether the outlets
    come out in the same order.
    """
    from scipy.stats import spearmanr

    articles = sorted(outlet_of)
    counts, attributions = _source_tables(pred, gold, articles, texts or {})
    out: dict = {"all": _source_figures(counts, attributions), "by_outlet": {}}
    for outlet in sorted(set(outlet_of.values())):
        docs = [d for d in articles if outlet_of[d] == outlet]
        out["by_outlet"][outlet] = _source_figures(counts.loc[docs], attributions[attributions["doc_id"].isin(docs)])
    per = out["by_outlet"].values()
    if len(per) >= 3:
        agreement = {}
        for key in ("per_article", *(f"{name}_share" for name in _SHARES)):
            rho, p = spearmanr([o[key]["presslens"] for o in per], [o[key]["gold"] for o in per])
            agreement[key] = {"rho": float(rho), "p": float(p)}
        out["rank_agreement"] = agreement
    return out


def _metadata(root: Path, column: str) -> dict[str, str | None]:
    """Article name -> ``column`` (``publisher``, ``title``) of PolNeAR's ``metadata.tsv``, None
    where it is empty or "None" (empty when the file is absent)."""
    meta = root / "metadata.tsv"
    if not meta.is_file():
        return {}
    table = pd.read_csv(meta, sep="\t", dtype=str, usecols=["filename", column], keep_default_na=False)
    return {name: value if value not in ("", "None") else None
            for name, value in zip(table["filename"], table[column])}


def _summed(scored: Iterator[tuple[dict[str, int], dict[str, dict[str, float]]]]
            ) -> tuple[dict[str, int], dict[str, dict[str, float]]]:
    counts, tallies = _zero_counts()
    for doc_counts, doc_tallies in scored:
        for key, value in doc_counts.items():
            counts[key] += value
        for kind, tally in doc_tallies.items():
            for key, value in tally.items():
                tallies[kind][key] += value
    return counts, tallies


def _scored(pred: pd.DataFrame, gold: pd.DataFrame) -> dict[str, tuple[dict[str, int], dict[str, dict[str, float]]]]:
    """Each article's counts (:func:`_count_document`), by ``doc_id``."""
    scored = {}
    for doc_id, p_doc, g_doc in _documents(pred, gold):
        scored[doc_id] = _zero_counts()
        _count_document(p_doc, g_doc, None, *scored[doc_id])
    return scored


def all_by_outlet(pred: pd.DataFrame, gold: pd.DataFrame, outlet_of: dict[str, str]) -> dict[str, dict[str, float]]:
    """Each outlet's all-attribution precision, recall and F1 (no intervals): the speech-act run's figures per
    outlet in :func:`evaluate_polnear`, so that a rule for it is checked outlet by outlet."""
    scored = _scored(pred, gold)
    out = {}
    for outlet in sorted(set(outlet_of.values())):
        held = _figures(*_summed(c for d, c in scored.items() if outlet_of.get(d) == outlet))
        out[outlet] = {k: held[k] for k in ("all_precision", "all_recall", "all_f1")}
    return out


def by_outlet(pred: pd.DataFrame, gold: pd.DataFrame, outlet_of: dict[str, str]) -> dict:
    """Leave-one-outlet-out figures: for each outlet, :func:`evaluate` on its articles (held out)
    and on all other outlets' articles (the rest), with ``gap`` = rest - held out per figure; and
    the ``spread`` of the held-out figures over outlets (min, max, max - min). The rules are fixed,
    so holding an outlet out means only that nothing is tuned on it: each outlet's figure is what
    an outlet the rules were not written for would get, if the rules generalise. Each outlet's
    ``direct_f1_ci``, ``all_f1_ci`` and ``speaker_accuracy_ci`` resample its articles: two
    outlets differ beyond chance only where their intervals part."""
    # Each article is scored once; an outlet's figures, and the rest's, sum its articles' counts.
    scored = _scored(pred, gold)
    per: dict[str, dict] = {}
    for outlet in sorted(set(outlet_of.values())):
        docs = {d for d, o in outlet_of.items() if o == outlet}
        held = _figures(*_summed(c for d, c in scored.items() if d in docs))
        rest = _figures(*_summed(c for d, c in scored.items() if d not in docs))
        per[outlet] = {"articles": len(docs),
                       **{k: held[k] for k in _FIGURES},
                       **_count_intervals([c for d, (c, _) in scored.items() if d in docs]),
                       "gap": {k: rest[k] - held[k] for k in _FIGURES}}
    spread = {}
    for k in _FIGURES:
        values = [r[k] for r in per.values()]
        if values:
            spread[k] = {"min": min(values), "max": max(values), "range": max(values) - min(values)}
    return {"outlets": per, "spread": spread}


def _sources(pred: pd.DataFrame, gold: pd.DataFrame, articles: pd.DataFrame, sentences: pd.DataFrame,
             mentions: pd.DataFrame, outlet_of: dict[str, str]) -> dict:
    """:func:`source_counts` of ``pred`` against ``gold`` (:func:`evaluate_polnear`'s), the gold Sources read by
    :func:`presslens.quotes.extract.span_speakers`; and ``reader_agreement``: how often that reading, run on
    presslens's own speaker mentions, gives the kind (``kind``) and the name (``name``) extraction gave them (of
    ``rows`` with a speaker mention): where it differs, the gold is read otherwise than presslens's own speakers."""
    from presslens.quotes.extract import span_speakers

    sourced = gold["source_start"].notna().to_numpy()
    spans = gold.loc[sourced, ["doc_id", "source_start", "source_end"]].set_axis(["doc_id", "start", "end"], axis=1)
    read = span_speakers(articles, spans, sentences, mentions=mentions)
    speaker = pd.Series(None, index=gold.index, dtype=object)
    kind = pd.Series("unresolved", index=gold.index, dtype=object)
    speaker[sourced], kind[sourced] = read["speaker"].to_numpy(), read["speaker_kind"].to_numpy()
    texts = dict(zip(articles["doc_id"], articles["text"]))
    out = source_counts(pred, gold.assign(speaker=speaker, speaker_kind=kind), outlet_of, texts)
    own = pred[pred["speaker_start"].notna()]
    again = span_speakers(articles, own[["doc_id", "speaker_start", "speaker_end"]].set_axis(
        ["doc_id", "start", "end"], axis=1), sentences, mentions=mentions)
    out["reader_agreement"] = {
        "rows": len(own),
        "kind": float((again["speaker_kind"].to_numpy() == own["speaker_kind"].to_numpy()).mean()) if len(own) else 0.0,
        "name": float((again["speaker"].fillna("").to_numpy() == own["speaker"].fillna("").to_numpy()).mean())
        if len(own) else 0.0}
    return out


def evaluate_polnear(root: str | os.PathLike | None = None, limit: int | None = None) -> dict:
    """Score :func:`extract_quotes` on PolNeAR (``text/NAME.txt``, ``attributions/NAME_ANN.ann``).

    ``root`` defaults to ``$PRESSLENS_SHARED/corpora/polnear-train``, else
    ``../shared/corpora/polnear-train`` beside the project root. Articles annotated by several
    people are scored against one annotation: the annotator whose
    id sorts first (deterministic, and no annotator is favoured by content). ``limit`` takes the
    first N articles by name. Returns :func:`evaluate`'s dict plus ``articles``, ``root``, the
    all-attribution figures with ``speech_acts=True`` (keys ending in ``_speech_acts``:
    PolNeAR also annotates acts like "criticised X" as attributions) and, when ``metadata.tsv``
    names the publishers, ``by_outlet`` (:func:`by_outlet`: leave-one-outlet-out figures) and
    ``speech_acts_by_outlet`` (:func:`all_by_outlet` of the speech-act run). The
    texts are those :func:`presslens.load_corpus` gives for the folder (its ``metadata.tsv`` the
    sidecar): a first line it reads as the title (the sidecar's title, or a headline) is no part
    of the text a run analyses, so its gold is left out, counted in ``n_gold_in_title``, and the
    other gold moved to the body's start; the mojibake of 30 of the 840 is repaired, the gold
    offsets moved with the repair. ``sources``: the source counts of notebook 03 against the gold's
    (:func:`source_counts`, per outlet, the outlets "all" without ``metadata.tsv``), with
    ``reader_agreement`` (:func:`_sources`).
    """
    from presslens.entities import find_mentions
    from presslens.quotes.extract import extract_quotes
    from presslens.text import split_sentences

    if root is None:
        shared = os.environ.get("PRESSLENS_SHARED") or project_root().parent / "shared"
        root = Path(shared) / "corpora" / "polnear-train"
    root = Path(root)
    chosen: dict[str, Path] = {}
    for ann in sorted((root / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        if name not in chosen and (root / "text" / f"{name}.txt").is_file():
            chosen[name] = ann
    names = sorted(chosen)[:limit] if limit else sorted(chosen)
    titles = _metadata(root, "title")
    read = {n: _read_as_loaded(chosen[n], (root / "text" / f"{n}.txt").read_text(encoding="utf-8"),
                               titles.get(n))
            for n in names}
    texts = {n: read[n][0] for n in names}
    articles = pd.DataFrame({"doc_id": names, "text": [texts[n] for n in names]})
    gold = pd.concat([read[n][1].assign(doc_id=n) for n in names], ignore_index=True)
    sentences = split_sentences(articles)
    mentions = find_mentions(articles, sentences)
    pred = extract_quotes(articles, sentences, mentions=mentions)
    result = evaluate(pred, gold, texts)
    acts_pred = extract_quotes(articles, sentences, mentions=mentions, speech_acts=True)
    acts = evaluate(acts_pred, gold)
    result.update({f"{k}_speech_acts": acts[k] for k in ("all_precision", "all_recall", "all_f1")})
    result["n_gold_in_title"] = sum(read[n][2] for n in names)
    publishers = _metadata(root, "publisher")
    outlet_of = {n: publishers.get(n) or "unknown" for n in names} if publishers else None
    if outlet_of:
        result["by_outlet"] = by_outlet(pred, gold, outlet_of)
        result["speech_acts_by_outlet"] = all_by_outlet(acts_pred, gold, outlet_of)
    result["mixed_reported"] = mixed_reported(pred, gold, texts, outlet_of)
    result["sources"] = _sources(pred, gold, articles, sentences, mentions, outlet_of or dict.fromkeys(names, "all"))
    return {**result, "articles": len(names), "root": str(root)}
