"""Scoring temporal expressions against TimeML gold, TempEval-3 style.

Extent: a system expression and a gold one match *strictly* when their offsets are equal and
*relaxed* when they overlap (each gold expression pairs with at most one system expression, in
text order). Precision = matched system / all system, recall = matched gold / all gold, F1 their
harmonic mean. Value: over the relaxed-matched pairs, ``value_accuracy`` is the share whose
TIMEX3 values are identical strings, and ``value_f1 = value_accuracy × relaxed_f1`` — TempEval-3's
attribute F1 (the same number as the F1 of value-correct pairs over system and gold counts).

``value_f1_lenient`` is the same with one allowance, reported beside the strict figure and never
instead of it: a gold value with unspecified places (TimeBank's ``1989-WXX`` for "last week",
``1949-XX`` for "1949") is matched by any system value that agrees on every specified character
(``1989-W43``, ``1949``), a day by a time of that day (``2000-01-05TNI``), and ``2000-W2`` equals
``2000-W02``: the system's value is then a refinement or a spelling of the gold one.

Example::

    >>> evaluate_tempeval("../shared/corpora/tempeval3-train")["value_f1"]   # doctest: +SKIP
    0.86
"""

from __future__ import annotations

import hashlib
import html
import re
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

__all__ = ["INCLUSION", "LINK_COLUMNS", "by_source", "evaluate", "evaluate_anchoring", "evaluate_tempeval",
           "extent_errors", "held_out", "read_timeml", "read_timeml_links", "value_errors"]

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def _parse_timeml(path: str | Path) -> tuple[str, pd.Timestamp, list[dict[str, Any]], list[dict[str, Any]], str]:
    """Plain text of ``<TEXT>``, creation time, TIMEX3 and EVENT spans (offsets into that text) and
    the raw file, whose TLINK and MAKEINSTANCE tags sit outside ``<TEXT>``."""
    raw = Path(path).read_text(encoding="utf-8", errors="replace")
    dct_m = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
    dct = pd.Timestamp(dct_m.group(1)) if dct_m else pd.NaT
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    parts: list[str] = []
    pos, length = 0, 0
    spans: dict[str, list[dict[str, Any]]] = {"TIMEX3": [], "EVENT": []}
    open_tags: dict[str, dict[str, Any]] = {}
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        tag = m.group(2)
        if tag not in spans:
            continue
        if m.group(1):
            if tag in open_tags:
                item = open_tags.pop(tag)
                item["end"] = length
                spans[tag].append(item)
        else:
            open_tags[tag] = {"start": length, **dict(_ATTR.findall(m.group(3)))}
    parts.append(html.unescape(body[pos:]))
    return "".join(parts), dct, spans["TIMEX3"], spans["EVENT"], raw


def read_timeml(path: str | Path) -> tuple[str, pd.Timestamp, pd.DataFrame]:
    """One TimeML file as (plain text of ``<TEXT>``, document creation time, gold timexes with
    columns start, end, text, type, value, mod — offsets into the plain text)."""
    text, dct, timexes, _, _ = _parse_timeml(path)
    gold = pd.DataFrame([{k: t.get(k) for k in ("start", "end", "type", "value", "mod")} for t in timexes],
                        columns=["start", "end", "type", "value", "mod"])
    gold.insert(2, "text", [text[a:b] for a, b in zip(gold["start"], gold["end"])])
    return text, dct, gold


# A TLINK read from the event's side: "event IS_INCLUDED time" for timeID=t INCLUDES ei.
_INVERSE = {"INCLUDES": "IS_INCLUDED", "IS_INCLUDED": "INCLUDES", "BEFORE": "AFTER", "AFTER": "BEFORE",
            "BEGINS": "BEGUN_BY", "BEGUN_BY": "BEGINS", "ENDS": "ENDED_BY", "ENDED_BY": "ENDS",
            "DURING": "DURING_INV", "DURING_INV": "DURING", "IBEFORE": "IAFTER", "IAFTER": "IBEFORE"}
# Relations that place the event inside, over or at the time: what "on Friday", "in 2019" say.
INCLUSION = frozenset({"IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV", "SIMULTANEOUS", "IDENTITY"})
LINK_COLUMNS = ["timex_start", "timex_end", "timex", "event_start", "event_end", "event", "rel_type"]


def read_timeml_links(path: str | Path) -> tuple[str, pd.Timestamp, pd.DataFrame, pd.DataFrame]:
    """One TimeML file as (text, creation time, gold events, gold event–timex links).

    Events: columns start, end, text, eid, class. Links: one row per TLINK between an event and a
    timex of the text (links to the creation time, which lies outside ``<TEXT>``, are left out),
    columns ``LINK_COLUMNS``; ``rel_type`` is read from the event's side ("event IS_INCLUDED time").
    """
    text, dct, timexes, events, raw = _parse_timeml(path)
    tid = {t.get("tid"): t for t in timexes}
    eid = {e.get("eid"): e for e in events}
    instance = {a.get("eiid"): a.get("eventID") for a in
                (dict(_ATTR.findall(m.group(0))) for m in re.finditer(r"<MAKEINSTANCE[^>]*>", raw))}
    links = []
    for m in re.finditer(r"<TLINK[^>]*>", raw):
        a = dict(_ATTR.findall(m.group(0)))
        rel = a.get("relType", "")
        if a.get("timeID") and a.get("relatedToEventInstance"):
            t, ei, rel = a["timeID"], a["relatedToEventInstance"], _INVERSE.get(rel, rel)
        elif a.get("eventInstanceID") and a.get("relatedToTime"):
            t, ei = a["relatedToTime"], a["eventInstanceID"]
        else:
            continue
        timex, event = tid.get(t), eid.get(instance.get(ei, ei))
        if timex is None or event is None:
            continue
        links.append({"timex_start": timex["start"], "timex_end": timex["end"],
                      "timex": text[timex["start"]:timex["end"]], "event_start": event["start"],
                      "event_end": event["end"], "event": text[event["start"]:event["end"]], "rel_type": rel})
    gold_events = pd.DataFrame([{"start": e["start"], "end": e["end"], "text": text[e["start"]:e["end"]],
                                 "eid": e.get("eid"), "class": e.get("class")} for e in events],
                               columns=["start", "end", "text", "eid", "class"])
    return text, dct, gold_events, pd.DataFrame(links, columns=LINK_COLUMNS).drop_duplicates()


def held_out(doc_id: str) -> bool:
    """The fixed half of a corpus kept out of rule development, chosen by document name (a hash,
    so it does not follow the corpus' order or sources)."""
    return int(hashlib.sha1(str(doc_id).encode("utf-8")).hexdigest(), 16) % 2 == 1


def _match(system: pd.DataFrame, gold: pd.DataFrame) -> tuple[int, list[tuple[int, int]]]:
    strict = len(set(zip(system["start"], system["end"])) & set(zip(gold["start"], gold["end"])))
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    sys_spans = list(zip(system["start"], system["end"]))
    for gi, (ga, gb) in enumerate(zip(gold["start"], gold["end"])):
        for si, (sa, sb) in enumerate(sys_spans):
            if si not in used and sa < gb and ga < sb:
                pairs.append((si, gi))
                used.add(si)
                break
    return strict, pairs


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def evaluate(system: pd.DataFrame, gold: pd.DataFrame) -> dict[str, float]:
    """Extent and value scores of ``system`` timexes against ``gold`` (both with doc_id, start,
    end, value). Returns counts and strict/relaxed precision, recall, F1, value_accuracy,
    value_f1 (see the module docstring), and ``strict_f1_ci``, ``relaxed_f1_ci``, ``value_f1_ci``:
    95% bootstrap intervals over the documents (:func:`presslens.stats.score_interval`)."""
    counts = _document_counts(system, gold)
    out = _figures(counts.sum(axis=0))
    if len(counts) > 1:
        # How far each F1 could move on another sample of documents like these: the documents
        # resampled (their expressions together), the figures recomputed from the summed counts.
        from presslens.stats import rounded_interval, score_interval

        for name in ("strict_f1", "relaxed_f1", "value_f1"):
            out[f"{name}_ci"] = rounded_interval(score_interval(lambda c, key=name: _figures(c.sum(axis=0))[key],
                                                                counts))
    return out


def _document_counts(system: pd.DataFrame, gold: pd.DataFrame) -> np.ndarray:
    """Per document (gold's or system's): system and gold expressions, strict and relaxed matches,
    values right and leniently right; an array of shape (documents, 6)."""
    rows = []
    by_doc = {doc: part for doc, part in system.groupby("doc_id", sort=False)}
    empty = system.iloc[:0]
    for doc, g in gold.groupby("doc_id"):
        s = by_doc.pop(doc, empty)
        k, pairs = _match(s, g)
        sv, gv = s["value"].tolist(), g["value"].tolist()
        correct = sum(1 for si, gi in pairs if sv[si] is not None and sv[si] == gv[gi])
        lenient = sum(1 for si, gi in pairs if _refines(sv[si], gv[gi]))
        rows.append((len(s), len(g), k, len(pairs), correct, lenient))
    rows += [(len(s), 0, 0, 0, 0, 0) for s in by_doc.values()]  # documents with no gold expression
    return np.array(rows, dtype=float).reshape(-1, 6)


def _figures(total: np.ndarray) -> dict[str, float]:
    """:func:`evaluate`'s figures from the summed counts of :func:`_document_counts`."""
    n_sys, n_gold, strict, relaxed, correct, lenient = (int(v) for v in total)
    out: dict[str, float] = {"n_system": n_sys, "n_gold": n_gold}
    for name, k in (("strict", strict), ("relaxed", relaxed)):
        p, r = (k / n_sys if n_sys else 0.0), (k / n_gold if n_gold else 0.0)
        out.update({f"{name}_precision": p, f"{name}_recall": r, f"{name}_f1": _f1(p, r)})
    out["value_accuracy"] = correct / relaxed if relaxed else 0.0
    out["value_f1"] = out["value_accuracy"] * out["relaxed_f1"]
    out["value_f1_lenient"] = (lenient / relaxed if relaxed else 0.0) * out["relaxed_f1"]
    return out


def value_errors(system: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The gold expressions ``system`` found (relaxed match, as :func:`evaluate` pairs them) with
    another value: one row each, columns doc_id, start, end (the gold span), gold_text, gold_value,
    system_text, system_value, lenient (the system value fills in the gold one's unspecified
    places, see the module docstring)."""
    rows = []
    for doc, g in gold.groupby("doc_id", sort=False):
        s = system[system["doc_id"] == doc]
        for si, gi in _match(s, g)[1]:
            sv, gv = s["value"].iloc[si], g["value"].iloc[gi]
            if sv != gv:
                rows.append({"doc_id": doc, "start": g["start"].iloc[gi], "end": g["end"].iloc[gi],
                             "gold_text": g["text"].iloc[gi], "gold_value": gv, "system_text": s["text"].iloc[si],
                             "system_value": sv, "lenient": _refines(sv, gv)})
    return pd.DataFrame(rows, columns=["doc_id", "start", "end", "gold_text", "gold_value", "system_text",
                                       "system_value", "lenient"])


def extent_errors(system: pd.DataFrame, gold: pd.DataFrame) -> pd.DataFrame:
    """The expressions :func:`evaluate` pairs with none on the other side (relaxed match): gold ones
    ``system`` missed and ones it found that the gold does not hold. One row each, columns doc_id,
    side ("missed" / "spurious"), start, end, text, value."""
    rows = []
    for doc in dict.fromkeys([*gold["doc_id"], *system["doc_id"]]):
        g, s = gold[gold["doc_id"] == doc], system[system["doc_id"] == doc]
        pairs = _match(s, g)[1]
        for side, table, used in (("missed", g, {gi for _, gi in pairs}), ("spurious", s, {si for si, _ in pairs})):
            rows += [{"doc_id": doc, "side": side, "start": table["start"].iloc[i], "end": table["end"].iloc[i],
                      "text": table["text"].iloc[i], "value": table["value"].iloc[i]}
                     for i in range(len(table)) if i not in used]
    return pd.DataFrame(rows, columns=["doc_id", "side", "start", "end", "text", "value"])


def _refines(system: str | None, gold: str | None) -> bool:
    """``system`` equals ``gold`` or fills in its unspecified places: 1989-W43 refines 1989-WXX,
    2000-01-05TNI refines 2000-01-05; week numbers compare without zero padding (2000-W2)."""
    if not isinstance(system, str) or not isinstance(gold, str):
        return False
    gold = re.sub(r"-W(\d)(?!\d)", r"-W0\1", gold)
    if system == gold or (re.fullmatch(r"\d{4}-\d\d-\d\d", gold) and system.startswith(gold + "T")):
        return True
    if "X" not in gold:
        return False
    spec = gold.rstrip("X-")
    return len(spec) >= 3 and system.startswith(spec) and all(
        g in ("X", s) for g, s in zip(gold, system))


def evaluate_anchoring(events: pd.DataFrame, links: pd.DataFrame, gold_events: pd.DataFrame | None = None
                       ) -> dict[str, float]:
    """How well ``events`` (:func:`~presslens.timeline.extract_events` rows, with doc_id, start, end
    of the timex, head_start, head_end, event) find the gold event–timex ``links`` (doc_id and
    ``LINK_COLUMNS``).

    A link is *found* when a row whose expression overlaps the link's timex has a head overlapping
    the link's event; ``link_recall`` is the share of links found, ``inclusion_recall`` the same over
    the inclusion-type links (``INCLUSION``). ``label_recall`` is the older measure: the row's
    readable ``event`` label contains the event word. ``precision`` is the share of rows, among
    those whose expression overlaps a gold timex with at least one link, whose head overlaps an event
    linked to that timex; ``head_is_event`` the share of all rows on a gold timex whose head is any
    annotated event (``gold_events``: doc_id, start, end), linked or not. ``link_recall_ci``,
    ``inclusion_recall_ci``, ``precision_ci``: 95% bootstrap intervals over the documents.
    """
    rows_by_doc: dict[Any, list[tuple]] = {}
    has_head = "head_start" in events.columns
    for r in events.itertuples(index=False):
        hs, he = (r.head_start, r.head_end) if has_head else (None, None)
        rows_by_doc.setdefault(r.doc_id, []).append((r.start, r.end, hs, he, str(r.event).lower()))
    ev_by_doc: dict[Any, list[tuple[int, int]]] = {}
    if gold_events is not None:
        for d, a, b in zip(gold_events["doc_id"], gold_events["start"], gold_events["end"]):
            ev_by_doc.setdefault(d, []).append((a, b))
    label = 0
    # per document: links, found, inclusion links, found of them, rows judged, right ones
    per_doc: dict[Any, list[int]] = {}
    linked: dict[tuple, list[tuple[int, int]]] = {}
    for link in links.itertuples(index=False):
        linked.setdefault((link.doc_id, link.timex_start, link.timex_end), []).append(
            (link.event_start, link.event_end))
        rows = [r for r in rows_by_doc.get(link.doc_id, ()) if r[0] < link.timex_end and link.timex_start < r[1]]
        hit = any(r[2] is not None and pd.notna(r[2]) and r[2] < link.event_end and link.event_start < r[3]
                  for r in rows)
        word = re.compile(r"\b" + re.escape(link.event.lower()) + r"\b")
        label += any(word.search(r[4]) for r in rows)
        counts = per_doc.setdefault(link.doc_id, [0] * 6)
        counts[0] += 1
        counts[1] += hit
        if link.rel_type in INCLUSION:
            counts[2] += 1
            counts[3] += hit
    on_gold = is_event = 0
    gold_timexes: dict[Any, list[tuple]] = {}
    for key in linked:
        gold_timexes.setdefault(key[0], []).append(key)
    for doc, rows in rows_by_doc.items():
        for r in rows:
            if not has_head or r[2] is None or pd.isna(r[2]):
                continue
            keys = [k for k in gold_timexes.get(doc, ()) if k[1] < r[1] and r[0] < k[2]]
            if keys:
                counts = per_doc.setdefault(doc, [0] * 6)
                counts[4] += 1
                counts[5] += any(a < r[3] and r[2] < b for k in keys for a, b in linked[k])
            if gold_events is not None and keys:
                on_gold += 1
                is_event += any(a < r[3] and r[2] < b for a, b in ev_by_doc.get(doc, ()))
    n = len(links)
    counts = np.array(list(per_doc.values()), dtype=float).reshape(-1, 6)
    total = counts.sum(axis=0)
    # each share: (the column of its hits, the column of its base) in counts
    shares = {"link_recall": (1, 0), "inclusion_recall": (3, 2), "precision": (5, 4)}

    def share(name: str) -> float:
        k, t = shares[name]
        return float(total[k] / total[t]) if total[t] else 0.0

    out = {"n_links": n, "n_inclusion_links": int(total[2]), "n_rows_judged": int(total[4]),
           "link_recall": share("link_recall"), "inclusion_recall": share("inclusion_recall"),
           "label_recall": label / n if n else 0.0, "precision": share("precision"),
           "head_is_event": is_event / on_gold if on_gold else 0.0}
    if len(per_doc) > 1:
        # the same figures with their intervals, the documents drawn whole
        from presslens.stats import rounded_interval, score_interval

        for name, (k, t) in shares.items():
            out[f"{name}_ci"] = rounded_interval(score_interval(
                lambda c, k=k, t=t: c[:, k].sum() / c[:, t].sum() if c[:, t].sum() else float("nan"), counts))
    return out


def evaluate_tempeval(root: str | Path = "../shared/corpora/tempeval3-train") -> dict[str, Any]:
    """Score :func:`extract_timexes` and :func:`extract_events` on every ``.tml`` file under ``root``,
    each document anchored at its creation time (DCT).

    Returns :func:`evaluate`'s figures plus ``n_docs``, and ``events`` (:func:`evaluate_anchoring`);
    then the same two under ``development`` and ``held_out``: the halves of the documents split by
    :func:`held_out`, the second never looked at while writing rules; and ``by_source``
    (:func:`by_source`: the expression figures per top folder of ``root``, TimeBank and AQUAINT).
    ``events_rules`` scores the heads of the rules alone (``extract_events(method="rules")``);
    ``events_model`` holds the figures the learned layer's training script recorded beside its weights
    (5-fold cross-validation over documents, leave-one-source-out), as the learned layer is fitted on
    all of this corpus and its halves are not held out from it.
    """
    from presslens.timeline.anchors import load_model
    from presslens.timeline.events import extract_events
    from presslens.timeline.timexes import extract_timexes

    root = Path(root)
    files = sorted(root.rglob("*.tml"))
    docs, golds, events, links = [], [], [], []
    for f in files:
        text, dct, gold = read_timeml(f)
        _, _, ev, ln = read_timeml_links(f)
        docs.append({"doc_id": f.stem, "text": text, "published": dct})
        golds.append(gold.assign(doc_id=f.stem))
        events.append(ev.assign(doc_id=f.stem))
        links.append(ln.assign(doc_id=f.stem))
    articles = pd.DataFrame(docs, columns=["doc_id", "text", "published"])
    gold = pd.concat(golds, ignore_index=True) if golds else pd.DataFrame(columns=["doc_id", "start", "end", "value"])
    gold_events = pd.concat(events, ignore_index=True) if events else pd.DataFrame(columns=["doc_id", "start", "end"])
    gold_links = (pd.concat(links, ignore_index=True) if links
                  else pd.DataFrame(columns=["doc_id", *LINK_COLUMNS]))
    system = extract_timexes(articles)
    rows = extract_events(articles, system)

    def score(keep: Any) -> dict[str, Any]:
        part = evaluate(system[system["doc_id"].map(keep)], gold[gold["doc_id"].map(keep)])
        part["n_docs"] = int(articles["doc_id"].map(keep).sum())
        part["events"] = evaluate_anchoring(rows[rows["doc_id"].map(keep)], gold_links[gold_links["doc_id"].map(keep)],
                                            gold_events[gold_events["doc_id"].map(keep)])
        return part

    out = score(lambda d: True)
    out["development"] = score(lambda d: not held_out(d))
    out["held_out"] = score(held_out)
    source = {f.stem: f.relative_to(root).parts[0] for f in files if len(f.relative_to(root).parts) > 1}
    out["by_source"] = by_source(system, gold, source)
    out["events_rules"] = evaluate_anchoring(extract_events(articles, system, method="rules"), gold_links, gold_events)
    out["events_model"] = load_model()["figures"]
    return out


_SOURCE_FIGURES = ("n_gold", "strict_f1", "relaxed_f1", "value_accuracy", "value_f1")


def by_source(system: pd.DataFrame, gold: pd.DataFrame, source: dict[str, str]) -> dict[str, dict[str, Any]]:
    """Expression figures (``n_gold``, strict and relaxed F1, value accuracy and F1) per source of the
    documents (``source`` maps doc_id to a name, e.g. the corpus' TimeBank / AQUAINT folders), on all
    of its documents and on its held-out half: the rules are the same for every source, so each
    source scored alone shows whether they carry over from one kind of news to another."""
    out: dict[str, dict[str, Any]] = {}
    for name in sorted({v for v in source.values() if v}):
        def part(keep: Any) -> dict[str, Any]:
            e = evaluate(system[system["doc_id"].map(keep)], gold[gold["doc_id"].map(keep)])
            return {k: e[k] for k in _SOURCE_FIGURES}

        out[name] = part(lambda d, n=name: source.get(d) == n)
        out[name]["held_out"] = part(lambda d, n=name: source.get(d) == n and held_out(d))
    return out
