"""Fit the target scorer's weights and neutral bands; writes src/presslens/data/sentiment_target_weights.json.

Deterministic (no randomness: coordinate search over fixed grids, folds by a hash of the text).
Reads only the development sets in ../shared/corpora (or $PRESSLENS_SHARED/corpora):

1. portrayal weights, bias and neutral band: coordinate search maximising macro-F1 on NewsMTSC
   ``train.jsonl``; ``dev.jsonl`` is only measured (held out);
2. the band of action and voice (tone of what an entity does or says): the band on a sentence's
   normalised valence that best separates the NewsMTSC sentences whose marked people agree on a
   polarity, on their tuning half (``half0``);
3. the document stance (lead weight, mixture of portrayal and sentence tone, cap, bias, band):
   grid search maximising document macro-F1 on PerSenT dev; the held-out figure comes from
   5-fold cross-validation (``python -m presslens.evaluate --only sentiment``).

Usage: ``.venv/bin/python scripts/train_target.py [--corpora DIR] [--dry-run]``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from presslens.io import atomic_write
from presslens.sentiment import evaluation, target

WEIGHTS = Path(__file__).resolve().parents[1] / "src" / "presslens" / "data" / "sentiment_target_weights.json"


def _portrayal_pred(features: np.ndarray, w: dict) -> np.ndarray:
    raw = w["bias"] + features[:, :len(target.PORTRAYAL)] @ np.array([w[k] for k in target.PORTRAYAL])
    raw = np.where(np.any(features != 0, axis=1), raw, 0.0)
    return np.where(raw > w["band"], 1, np.where(raw < -w["band"], -1, 0))


def fit_portrayal(features: np.ndarray, gold: np.ndarray, w: dict, rounds: int = 3) -> dict:
    """Coordinate search: each weight in turn over a grid around its value; ties keep the
    smaller weight (so no one feature decides alone)."""
    w = dict(w)
    best = evaluation.macro_f1(_portrayal_pred(features, w), gold)
    for _ in range(rounds):
        for key in (*target.PORTRAYAL, "bias", "band"):
            if key == "bias":
                grid = np.round(np.arange(-0.4, 0.41, 0.025), 3)
            elif key == "band":
                grid = np.round(np.arange(0.05, 1.51, 0.025), 3)
            else:
                grid = np.round(np.arange(0.0, 6.01, 0.25), 2)
            for value in sorted(grid, key=abs):
                trial = {**w, key: float(value)}
                score = evaluation.macro_f1(_portrayal_pred(features, trial), gold)
                if score > best + 1e-9:
                    best, w = score, trial
    return w


def fit_band(values: np.ndarray, gold: np.ndarray) -> float:
    grid = np.round(np.arange(0.01, 0.8, 0.01), 3)
    scores = [evaluation.macro_f1(np.where(values > b, 1, np.where(values < -b, -1, 0)), gold) for b in grid]
    return float(grid[int(np.argmax(scores))])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None)
    parser.add_argument("--dry-run", action="store_true", help="print the weights, write nothing")
    args = parser.parse_args(argv)
    root = args.corpora or evaluation._shared("")
    w = json.loads(WEIGHTS.read_text(encoding="utf-8"))

    train = evaluation.read_jsonl(root / "newsmtsc-train" / "train.jsonl")
    feats = target.mention_features(train["sentence"], train["from"], train["to"])
    w = fit_portrayal(feats, train["polarity"].to_numpy(), w)

    news = evaluation.read_newsmtsc_sentences(root / "newsmtsc-train")
    half0 = news[news.half == 0]
    valence = np.array([target.sentence_valence(s) for s in half0["sentence"]])
    w["act_band"] = fit_band(valence, half0["polarity"].to_numpy())

    persent = evaluation.persent_features(root / "persent-dev")
    if len(persent):
        w["doc"] = evaluation.fit_stance(persent, w["doc"])
    text = json.dumps(w, indent=1, sort_keys=True) + "\n"
    print(text)
    if not args.dry_run:
        with atomic_write(WEIGHTS) as fh:
            fh.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
