"""Fit the learned article-stance layer; writes src/presslens/data/sentiment_stance_model.json.

The layer (:func:`presslens.sentiment.portrayal.document_stance`) is a multinomial logistic
regression over :data:`presslens.sentiment.portrayal.STANCE_FEATURES`, the summary of all of an
entity's mentions in an article, trained on the document labels of PerSenT dev
(``../shared/corpora/persent-dev`` or ``$PRESSLENS_SHARED/corpora``; nothing else is read).

Deterministic (L-BFGS from zero, folds by a CRC32 of the document id). The L2 strength and the
class-weight power are chosen from a small grid by 5-fold cross-validation by document on folds
of their own (salt ``select:``), preferring the settings whose predicted share of negative
articles stays within 1.25× of the human share (the goal allows 1.5×); the layer is then fitted on all of PerSenT dev,
its neutral band on inner out-of-fold evidence. The file records the cross-validated figure;
``python -m presslens.evaluate --only sentiment`` reports the held-out figure on the standard
folds (``stance_persent.document_cv``) beside the rules'.

Usage: ``.venv/bin/python scripts/train_stance.py [--corpora DIR] [--dry-run]``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from presslens.io import atomic_write
from presslens.sentiment import evaluation, portrayal
from presslens.sentiment.scorer import rescale, tone_label

MODEL = Path(__file__).resolve().parents[1] / "src" / "presslens" / "data" / "sentiment_stance_model.json"
L2_GRID = (1.0, 3.0, 10.0, 30.0, 100.0)
BALANCE_GRID = (0.0, 0.25, 0.5, 0.75, 1.0)
SHARE_MARGIN = 1.25          # predicted negative share within this factor of the human share


def cross_validate(table, l2: float, balance: float, folds: np.ndarray) -> dict:
    """Out-of-fold macro-F1 and predicted negative share of the layer under (l2, balance)."""
    pred = np.zeros(len(table), dtype=int)
    for k in range(5):
        model = evaluation.fit_stance_model(table[folds != k], l2, balance)
        stance = rescale(portrayal.stance_evidence(table[folds == k], model), model["band"])
        pred[folds == k] = tone_label(stance)
    gold = table["gold"].to_numpy(int)
    return {"macro_f1": round(evaluation.macro_f1(pred, gold), 4),
            "share_negative": round(float(np.mean(pred == -1)), 4),
            "share_negative_human": round(float(np.mean(gold == -1)), 4)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None)
    parser.add_argument("--dry-run", action="store_true", help="print the model, write nothing")
    args = parser.parse_args(argv)
    root = args.corpora or evaluation._shared("")
    table = evaluation.stance_table(evaluation.persent_features(root / "persent-dev"))
    if table.empty:
        raise SystemExit(f"no PerSenT dev under {root}")
    folds = evaluation._folds(table.index, salt="select:")
    grid = {(l2, b): cross_validate(table, l2, b, folds) for l2 in L2_GRID for b in BALANCE_GRID}

    def rank(item):
        (l2, b), r = item
        ratio = r["share_negative"] / max(r["share_negative_human"], 1e-9)
        # The goal allows 1.5x the human share on unseen news; selecting within 1.25x leaves a
        # margin for the difference between folds and new data. Ties: the stronger regularisation.
        return (1 / SHARE_MARGIN <= ratio <= SHARE_MARGIN, r["macro_f1"], l2)

    (l2, balance), chosen = max(grid.items(), key=rank)
    model = evaluation.fit_stance_model(table, l2, balance)
    out = {
        "about": "scripts/train_stance.py: multinomial logistic regression (classes negative, neutral, "
                 "positive) over standardised STANCE_FEATURES, fitted on the 578 documents of PerSenT dev; "
                 f"L2 {l2:g} and class-weight power {balance:g} by 5-fold CV by document "
                 f"(macro-F1 {chosen['macro_f1']:.4f}, negative share {chosen['share_negative']:.4f} "
                 f"vs {chosen['share_negative_human']:.4f} human); evidence P(pos) - P(neg), neutral band "
                 "on inner out-of-fold evidence",
        "features": list(model["features"]), "mean": np.round(model["mean"], 6).tolist(),
        "sd": np.round(model["sd"], 6).tolist(), "intercept": np.round(model["intercept"], 4).tolist(),
        "weights": np.round(model["weights"], 4).tolist(), "band": model["band"], "scale": model["scale"],
        "l2": l2, "balance": balance, "cv": chosen,
        "grid": {f"l2={a:g},balance={b:g}": r["macro_f1"] for (a, b), r in grid.items()},
    }
    text = json.dumps(out, indent=1) + "\n"
    print(text)
    if not args.dry_run:
        with atomic_write(MODEL) as fh:
            fh.write(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
