"""Sentence-level tone measured against people: Pearson r and three-class macro-F1.

Gold ratings are mapped to classes by sign with a neutral band: the VADER ground-truth sets hold
the mean of 20 ratings on −4…+4, and a mean within ±0.5 (half a scale point) is neutral. Gold
already in −1/0/+1 (NewsMTSC) maps to itself under the same band. Predictions use the ±0.05 rule
on the compound score.

Development data (``../shared/corpora``, never part of the package):

* ``vader-groundtruth/*_GroundTruth.txt`` — tweets, movie-review and product-review snippets,
  and the opinion-news snippets when that file is present.
* ``newsmtsc-train/*.jsonl`` — news sentences with the polarity towards a person; sentences whose
  mentions all carry the same polarity serve as a news proxy for sentence tone, split in two
  halves by a hash of the sentence (tune on ``half0``, report ``half1`` as held out).

Example::

    >>> evaluate_scores(["A wonderful day.", "A terrible day.", "A day."], [3.1, -2.8, 0.1],
    ...                 method="vader")["macro_f1"]
    1.0
"""

from __future__ import annotations

import json
import os
import zlib
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from .scorer import DEFAULT_METHOD, score_many, tone_label

__all__ = [
    "GOLD_NEUTRAL_BAND",
    "evaluate_newsmtsc_sentences",
    "evaluate_scores",
    "evaluate_vader_groundtruth",
    "read_newsmtsc_sentences",
    "read_vader_groundtruth",
]

GOLD_NEUTRAL_BAND = 0.5


def _shared(sub: str) -> Path:
    """``../shared/corpora/<sub>`` beside the project, or under ``$PRESSLENS_SHARED``."""
    env = os.environ.get("PRESSLENS_SHARED")
    if env:
        return Path(env) / "corpora" / sub
    from presslens.io import project_root

    return project_root().parent / "shared" / "corpora" / sub


def _resolve(root, sub: str) -> Path:
    if root is None:
        return _shared(sub)
    path = Path(root)
    if not path.is_absolute() and not path.exists():
        from presslens.io import project_root

        path = project_root() / path
    return path


def _macro_f1(pred: np.ndarray, gold: np.ndarray) -> float:
    scores = []
    for c in (-1, 0, 1):
        tp = np.sum((pred == c) & (gold == c))
        wrong = np.sum((pred == c) != (gold == c))
        scores.append(2 * tp / (2 * tp + wrong) if tp else 0.0)
    return float(np.mean(scores))


def evaluate_scores(
    texts: Sequence[str],
    gold: Iterable[float],
    method: str = DEFAULT_METHOD,
    gold_neutral: float = GOLD_NEUTRAL_BAND,
) -> dict:
    """Score ``texts`` and compare with ``gold`` ratings.

    Returns ``{"n", "pearson_r", "macro_f1", "accuracy"}``; r is NaN when either side is constant.
    """
    g = np.asarray(list(gold), dtype=float)
    pred = score_many(texts, method)
    gold_cls = np.where(g > gold_neutral, 1, np.where(g < -gold_neutral, -1, 0))
    pred_cls = tone_label(pred)
    r = float(np.corrcoef(pred, g)[0, 1]) if len(g) > 1 and pred.std() and g.std() else float("nan")
    return {
        "n": int(len(g)),
        "pearson_r": round(r, 4),
        "macro_f1": round(_macro_f1(pred_cls, gold_cls), 4),
        "accuracy": round(float(np.mean(pred_cls == gold_cls)), 4) if len(g) else float("nan"),
    }


def read_vader_groundtruth(path) -> pd.DataFrame:
    """One VADER ground-truth TSV as a table: ``id`` (str), ``rating`` (float, −4…4), ``text``."""
    rows = []
    for line in Path(path).read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split("\t", 2)
        if len(parts) == 3:
            try:
                rows.append((parts[0], float(parts[1]), parts[2]))
            except ValueError:
                continue  # a header or a damaged line
    return pd.DataFrame(rows, columns=["id", "rating", "text"])


def evaluate_vader_groundtruth(root=None, methods: Sequence[str] = ("vader", "news")) -> dict:
    """r and F1 per ground-truth file and method: ``{set: {method: evaluate_scores(...)}}``.

    ``root`` defaults to ``../shared/corpora/vader-groundtruth`` beside the project; a missing
    folder gives ``{}``.
    """
    folder = _resolve(root, "vader-groundtruth")
    results = {}
    for path in sorted(folder.glob("*_GroundTruth.txt")) if folder.is_dir() else []:
        table = read_vader_groundtruth(path)
        name = path.name.replace("_GroundTruth.txt", "")
        results[name] = {
            m: evaluate_scores(table["text"].tolist(), table["rating"], m) for m in methods
        }
    return results


def read_newsmtsc_sentences(root=None) -> pd.DataFrame:
    """NewsMTSC sentences whose mentions agree on one polarity: ``sentence``, ``polarity``
    (−1/0/1), ``half`` (0 or 1, from a CRC32 of the sentence, for tuning vs held-out)."""
    folder = _resolve(root, "newsmtsc-train")
    labels: dict[str, set[int]] = {}
    for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels.setdefault(row["sentence"], set()).add(int(row["polarity"]))
    rows = [(s, next(iter(v))) for s, v in labels.items() if len(v) == 1]
    table = pd.DataFrame(rows, columns=["sentence", "polarity"])
    table["half"] = [zlib.crc32(s.encode("utf-8")) % 2 for s in table["sentence"]]
    return table


def evaluate_newsmtsc_sentences(root=None, methods: Sequence[str] = ("vader", "news")) -> dict:
    """Sentence tone vs the agreed NewsMTSC polarity: ``{"half0"|"half1"|"all": {method: ...}}``.

    ``half0`` is the tuning half, ``half1`` held out; ``{}`` when the corpus is absent.
    """
    table = read_newsmtsc_sentences(root)
    if table.empty:
        return {}
    parts = {"half0": table[table.half == 0], "half1": table[table.half == 1], "all": table}
    return {
        name: {m: evaluate_scores(p["sentence"].tolist(), p["polarity"], m) for m in methods}
        for name, p in parts.items()
    }
