"""Sentence-level tone measured against people: Pearson r and three-class macro-F1.

Gold ratings are mapped to classes by sign with a neutral band: the VADER ground-truth sets hold
the mean of 20 ratings on −4…+4, and a mean within ±0.5 (half a scale point) is neutral. Gold
already in −1/0/+1 (NewsMTSC) maps to itself under the same band. Predictions use the ±0.05 rule
on the compound score.

Development data (``../shared/corpora``, never part of the package):

* ``vader-groundtruth/*_GroundTruth.txt`` — tweets, movie-review and product-review snippets,
  and the opinion-news snippets when that file is present.
* ``persent-dev/dev.csv`` — news articles with the author's stance towards the main person,
  per document and per paragraph (:func:`evaluate_persent`).
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
    "evaluate_persent",
    "fit_stance",
    "macro_f1",
    "persent_features",
    "read_jsonl",
    "read_persent",
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


def macro_f1(pred: np.ndarray, gold: np.ndarray) -> float:
    """Mean F1 over the classes -1, 0, 1 (a class never predicted nor present scores 0)."""
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
        "macro_f1": round(macro_f1(pred_cls, gold_cls), 4),
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


def read_jsonl(path) -> pd.DataFrame:
    """A JSONL file as a table (one record per non-empty line)."""
    with open(path, encoding="utf-8") as fh:
        return pd.DataFrame([json.loads(line) for line in fh if line.strip()])


_PERSENT_LABELS = {"negative": -1, "neutral": 0, "positive": 1}


def read_persent(root=None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """PerSenT ``dev.csv`` as ``(articles, paragraphs)``: articles ``doc_id``, ``text`` (the
    paragraphs joined by newlines), ``target``, ``gold`` (−1/0/1); paragraphs ``doc_id``,
    ``para_id``, ``gold``. Empty tables when the file is absent."""
    path = _resolve(root, "persent-dev") / "dev.csv"
    if not path.is_file():
        return (pd.DataFrame(columns=["doc_id", "text", "target", "gold"]),
                pd.DataFrame(columns=["doc_id", "para_id", "gold"]))
    raw = pd.read_csv(path, dtype=str, keep_default_na=False)
    articles = pd.DataFrame({
        "doc_id": raw["DOCUMENT_INDEX"].astype(str),
        "text": raw["DOCUMENT"].str.replace("\r", ""),
        "target": raw["TARGET_ENTITY"],
        "gold": raw["TRUE_SENTIMENT"].str.lower().str.strip().map(_PERSENT_LABELS),
    }).dropna(subset=["gold"])
    paras = [(d, i, _PERSENT_LABELS[v.lower().strip()])
             for i in range(16) if f"Paragraph{i}" in raw
             for d, v in zip(raw["DOCUMENT_INDEX"].astype(str), raw[f"Paragraph{i}"])
             if v.lower().strip() in _PERSENT_LABELS]
    return articles.astype({"gold": int}), pd.DataFrame(paras, columns=["doc_id", "para_id", "gold"])


def _target_entity(entities: pd.Series, target: str) -> str | None:
    """The linked entity that names ``target``: the most mentioned one whose words hold the
    target's last word (its surname), or None."""
    words = target.lower().split()
    if not words or entities.empty:
        return None
    hits = entities[entities.str.lower().str.split().map(lambda w: words[-1] in w)]
    return hits.value_counts().index[0] if len(hits) else None


def persent_features(root=None) -> pd.DataFrame:
    """The :func:`presslens.sentiment.mention_tone` rows of each PerSenT article's main person
    (``doc_id``, ``para_id``, ``lead``, ``portrayal``, ``sentence_tone``, ...) with the gold
    document label ``gold`` and a ``fold`` (0–4, from a CRC32 of the doc_id); articles where
    the person is never found keep one row with ``found`` False."""
    from presslens.entities import find_mentions
    from presslens.sentiment.portrayal import mention_tone
    from presslens.text import split_sentences

    articles, _ = read_persent(root)
    if articles.empty:
        return pd.DataFrame()
    sentences = split_sentences(articles)
    mentions = find_mentions(articles, sentences)
    tones = mention_tone(articles, mentions, sentences)
    tones = tones.merge(sentences[["doc_id", "sent_id", "para_id"]], on=["doc_id", "sent_id"], how="left")
    rows = []
    for art in articles.itertuples():
        mine = tones[tones["doc_id"] == art.doc_id]
        entity = _target_entity(mine["entity"], art.target)
        hit = mine[mine["entity"] == entity] if entity else mine.iloc[0:0]
        if hit.empty:
            hit = pd.DataFrame({"doc_id": [art.doc_id], "found": [False]})
        rows.append(hit.assign(found=not hit.get("found", pd.Series([True])).eq(False).all(),
                               gold=art.gold))
    out = pd.concat(rows, ignore_index=True)
    out["fold"] = [zlib.crc32(str(d).encode("utf-8")) % 5 for d in out["doc_id"]]
    return out


_STANCE_GRID = {"lead": (1.0, 2.0, 3.0), "sentence": (0.0, 0.25, 0.5, 1.0), "cap": (0.3, 0.6, 1.0)}


def _stance_predictions(features: pd.DataFrame, params: dict, keys=("doc_id",)) -> pd.Series:
    """Predicted class per group of ``keys`` under stance ``params`` (no mention: neutral)."""
    from presslens.sentiment.portrayal import document_stance
    from presslens.sentiment.scorer import tone_label

    found = features[features["found"]]
    stance = document_stance(found, list(keys), params)
    return pd.Series(tone_label(stance.to_numpy()), index=stance.index)


def fit_stance(features: pd.DataFrame, params: dict) -> dict:
    """Document-stance parameters maximising document macro-F1 on ``features`` (from
    :func:`persent_features`): the lead weight, sentence-tone mixture and cap over a small
    grid, then bias and band finely: an asymmetric neutral band (news lexicons lean negative),
    constrained to hold 0 with a margin, so an article without evaluative language about the
    person stays neutral. Deterministic."""
    from presslens.sentiment.portrayal import stance_raw

    gold = features.groupby("doc_id", sort=True)["gold"].first()
    found = features[features["found"]]
    best, best_params = -1.0, dict(params)
    for lead in _STANCE_GRID["lead"]:
        for mix in _STANCE_GRID["sentence"]:
            for cap in _STANCE_GRID["cap"]:
                trial = {**params, "lead": lead, "sentence": mix, "cap": cap, "bias": 0.0}
                raw = stance_raw(found, ["doc_id"], trial).reindex(gold.index).fillna(np.nan)
                values = raw.to_numpy()
                for bias in np.round(np.arange(-0.1, 0.101, 0.01), 3):  # a small prior at most
                    for band in np.round(np.arange(abs(bias) + 0.02, 0.5, 0.01), 3):
                        x = values + bias
                        pred = np.where(np.isnan(x), 0, np.where(x > band, 1, np.where(x < -band, -1, 0)))
                        score = macro_f1(pred, gold.to_numpy())
                        if score > best + 1e-9:
                            best = score
                            best_params = {**trial, "bias": float(bias), "band": float(band)}
    return best_params


def _class_report(pred: np.ndarray, gold: np.ndarray) -> dict:
    out = {"n": int(len(gold)), "macro_f1": round(macro_f1(pred, gold), 4),
           "accuracy": round(float(np.mean(pred == gold)), 4) if len(gold) else float("nan")}
    for c, name in ((-1, "negative"), (0, "neutral"), (1, "positive")):
        out[f"share_{name}_pred"] = round(float(np.mean(pred == c)), 4) if len(gold) else 0.0
        out[f"share_{name}_gold"] = round(float(np.mean(gold == c)), 4) if len(gold) else 0.0
    return out


def evaluate_persent(root=None, params: dict | None = None) -> dict:
    """Author's stance towards each PerSenT article's main person: document macro-F1 and
    predicted vs human class shares (``document``), the same per labelled paragraph
    (``paragraph``, a paragraph without a mention of the person predicted neutral), both with
    the packaged parameters (fitted on all of PerSenT dev: an in-sample figure), and
    ``document_cv``: 5-fold cross-validation, the stance parameters refitted on four folds and
    measured on the fifth (the held-out figure). ``{}`` when the corpus is absent."""
    from presslens.sentiment.target import _weights

    features = persent_features(root)
    if features.empty:
        return {}
    params = params or _weights()["doc"]
    gold = features.groupby("doc_id", sort=True)["gold"].first()
    pred = _stance_predictions(features, params).reindex(gold.index).fillna(0).astype(int)
    out = {"document": _class_report(pred.to_numpy(), gold.to_numpy()),
           "found": round(float(features.groupby("doc_id")["found"].first().mean()), 4)}
    _, paras = read_persent(root)
    ppred = _stance_predictions(features, params, ("doc_id", "para_id"))
    pkey = pd.MultiIndex.from_frame(paras[["doc_id", "para_id"]].astype({"para_id": float}))
    ppred.index = ppred.index.set_levels(ppred.index.levels[1].astype(float), level=1)
    p = ppred.reindex(pkey).fillna(0).astype(int).to_numpy()
    out["paragraph"] = _class_report(p, paras["gold"].to_numpy())
    held = []
    for fold in range(5):
        fitted = fit_stance(features[features["fold"] != fold], params)
        part = features[features["fold"] == fold]
        g = part.groupby("doc_id", sort=True)["gold"].first()
        held.append(pd.DataFrame({"gold": g, "pred": _stance_predictions(part, fitted).reindex(g.index)
                                  .fillna(0).astype(int)}))
    cv = pd.concat(held)
    out["document_cv"] = _class_report(cv["pred"].to_numpy(), cv["gold"].to_numpy())
    return out
