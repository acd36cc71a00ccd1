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

import html
import re
from pathlib import Path
from typing import Any

import pandas as pd

__all__ = ["evaluate", "evaluate_tempeval", "read_timeml"]

_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_timeml(path: str | Path) -> tuple[str, pd.Timestamp, pd.DataFrame]:
    """One TimeML file as (plain text of ``<TEXT>``, document creation time, gold timexes with
    columns start, end, text, type, value, mod — offsets into the plain text)."""
    raw = Path(path).read_text(encoding="utf-8", errors="replace")
    dct_m = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
    dct = pd.Timestamp(dct_m.group(1)) if dct_m else pd.NaT
    body_m = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    body = body_m.group(1) if body_m else ""
    parts: list[str] = []
    pos, length = 0, 0
    rows: list[dict[str, Any]] = []
    open_timex: dict[str, Any] | None = None
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos:m.start()])
        parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1):
            if open_timex is not None:
                open_timex["end"] = length
                rows.append(open_timex)
                open_timex = None
        else:
            attrs = dict(_ATTR.findall(m.group(3)))
            open_timex = {"start": length, "type": attrs.get("type"), "value": attrs.get("value"),
                          "mod": attrs.get("mod")}
    parts.append(html.unescape(body[pos:]))
    text = "".join(parts)
    gold = pd.DataFrame(rows, columns=["start", "end", "type", "value", "mod"])
    gold.insert(2, "text", [text[a:b] for a, b in zip(gold["start"], gold["end"])])
    return text, dct, gold


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
    value_f1 (see the module docstring)."""
    n_sys, n_gold = len(system), len(gold)
    strict = relaxed = correct = lenient = 0
    for doc, g in gold.groupby("doc_id"):
        s = system[system["doc_id"] == doc]
        k, pairs = _match(s, g)
        strict += k
        relaxed += len(pairs)
        sv, gv = s["value"].tolist(), g["value"].tolist()
        correct += sum(1 for si, gi in pairs if sv[si] is not None and sv[si] == gv[gi])
        lenient += sum(1 for si, gi in pairs if _refines(sv[si], gv[gi]))
    out: dict[str, float] = {"n_system": n_sys, "n_gold": n_gold}
    for name, k in (("strict", strict), ("relaxed", relaxed)):
        p, r = (k / n_sys if n_sys else 0.0), (k / n_gold if n_gold else 0.0)
        out.update({f"{name}_precision": p, f"{name}_recall": r, f"{name}_f1": _f1(p, r)})
    out["value_accuracy"] = correct / relaxed if relaxed else 0.0
    out["value_f1"] = out["value_accuracy"] * out["relaxed_f1"]
    out["value_f1_lenient"] = (lenient / relaxed if relaxed else 0.0) * out["relaxed_f1"]
    return out


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


def evaluate_tempeval(root: str | Path = "../shared/corpora/tempeval3-train") -> dict[str, float]:
    """Score :func:`extract_timexes` on every ``.tml`` file under ``root``, each document
    anchored at its creation time (DCT). Returns :func:`evaluate`'s figures plus ``n_docs``."""
    from presslens.timeline.timexes import extract_timexes

    files = sorted(Path(root).rglob("*.tml"))
    docs, golds = [], []
    for f in files:
        text, dct, gold = read_timeml(f)
        docs.append({"doc_id": f.stem, "text": text, "published": dct})
        golds.append(gold.assign(doc_id=f.stem))
    articles = pd.DataFrame(docs, columns=["doc_id", "text", "published"])
    gold = pd.concat(golds, ignore_index=True) if golds else pd.DataFrame(columns=["doc_id", "start", "end", "value"])
    system = extract_timexes(articles)
    out = evaluate(system, gold)
    out["n_docs"] = len(files)
    return out
