"""Fit the rated sentence layer; writes src/presslens/data/sentiment_rated_model.json.

Deterministic (no randomness: folds by a CRC32 of the sentence, fixed grids). Reads only the
development sets in ../shared/corpora (or $PRESSLENS_SHARED/corpora): VADER's rated tweets,
movie-review and product-review snippets and the tuning half of the NewsMTSC sentences
(:func:`presslens.sentiment.evaluation.rated_domains`).

1. transfer, the validity test, for each cue penalty of ``CUE_PENALTIES``: each domain left out
   in turn, fitted on the others, scored on it (NewsMTSC on its held-out half), against the news
   method on the same sentences (r of the linear prediction). The penalty kept is the smallest whose transferred r is not
   below the news method's on any domain (in-domain cross-validation always prefers the smallest
   penalty: it rewards learning the domain, which is what does not transfer). The transfer
   figures of the kept penalty are therefore chosen among ``len(CUE_PENALTIES)``, not blind.
   Nested, blind to the domain left out: for each domain, the same rule applied to the
   transfers among the other domains alone picks its penalty, and the layer fitted on those
   others with it is scored on the domain (``figures.transfer_nested``, r of the linear
   prediction). Neither is blind to the choice of features (lexicons, negation, saturations:
   see :mod:`presslens.sentiment.rated`), which was made on these transfer figures;
2. in-domain figures: 5-fold cross-validation over sentences (folds by CRC32 of the text, all
   domains pooled, each weighing the same). Neutral band: the one that maximises the mean
   macro-F1 over the domains of those out-of-fold predictions; scale: the one of ``SCALES`` with
   the best mean out-of-fold r of the public score;
3. the shipped model: fitted on all of it (NewsMTSC: the tuning half).

``--core`` fits the same layer over :data:`presslens.sentiment.rated.CORE` alone (the news
method's evidence, irrealis and far negation, a suffix back-off to VADER's lexicon, the cues:
nothing of the ``rated`` extra) and writes ``sentiment_rated_core_model.json``, the weights of
``method="rated_core"``.

Usage: ``.venv/bin/python scripts/train_sentence_tone.py [--corpora DIR] [--core] [--dry-run]``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from presslens.io import atomic_write
from presslens.sentiment import evaluation, rated
from presslens.sentiment.scorer import tone_label

DATA = Path(__file__).resolve().parents[1] / "src" / "presslens" / "data"
CUE_PENALTIES = (10.0, 30.0, 100.0, 300.0, 1000.0)
BANDS = tuple(np.round(np.arange(0.02, 0.301, 0.01), 3))
SCALES = (0.25, 0.5, 1.0, 2.0)
FOLDS = 5


def _slice(part: tuple, rows: np.ndarray) -> tuple:
    dense, words, target, train = part
    return dense[rows], [w for w, k in zip(words, rows) if k], target[rows], train[rows]


def out_of_fold(domains: dict, folds: dict, cue_penalty: float,
                features: tuple[str, ...] = rated.DENSE) -> dict[str, np.ndarray]:
    """Raw out-of-fold predictions per domain (training rows only; others NaN)."""
    pred = {name: np.full(len(p[2]), np.nan) for name, p in domains.items()}
    for k in range(FOLDS):
        parts = [_slice(part, (folds[name] != k) & part[3])[:3] for name, part in domains.items()]
        model = rated.fit_rated(parts, cue_penalty, features=features)
        for name, part in domains.items():
            rows = (folds[name] == k) & part[3]
            dense, words, _, _ = _slice(part, rows)
            pred[name][rows] = rated.predict_raw(model, dense, words)
    return pred


def choose_penalty(transfers: dict[float, dict]) -> float:
    """The smallest cue penalty whose transferred r is not below the news method's on any
    domain (the largest when none is)."""
    safe = [p for p in CUE_PENALTIES
            if all(t["pearson_r"] >= t["pearson_r_news"] for t in transfers[p].values())]
    return safe[0] if safe else CUE_PENALTIES[-1]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None)
    parser.add_argument("--core", action="store_true",
                        help="only the features of the core install (writes the rated_core model)")
    parser.add_argument("--dry-run", action="store_true", help="print, do not write the model")
    args = parser.parse_args(argv)
    features = rated.CORE if args.core else rated.DENSE
    path = DATA / (rated.CORE_MODEL if args.core else rated.FULL_MODEL)
    table = evaluation.rated_domains(args.corpora)
    if table.empty:
        parser.error("no development corpora found")
    domains = evaluation.rated_feature_domains(table, features)
    groups = dict(list(table.groupby("domain", sort=False)))
    folds = {n: evaluation._folds(g["text"], FOLDS) for n, g in groups.items()}
    gold = {n: g["gold"].to_numpy() for n, g in groups.items()}
    held = {n: g["held_out"].to_numpy(bool) for n, g in groups.items()}
    train = {n: p[3] for n, p in domains.items()}

    transfers = {}
    for pen in CUE_PENALTIES:
        # r of the linear prediction: the public map (band, scale) is fitted after the penalty
        transfers[pen] = rated.domain_transfer(domains, pen, None, 1.0, held, features)
        print(f"cue penalty {pen}: leave-one-domain-out", json.dumps(transfers[pen]))
    penalty = choose_penalty(transfers)
    nested_penalty = {}
    for name in domains:
        others = {n: p for n, p in domains.items() if n != name}
        nested_penalty[name] = choose_penalty(
            {pen: rated.domain_transfer(others, pen, None, 1.0, held, features) for pen in CUE_PENALTIES})
    nested = rated.domain_transfer(domains, nested_penalty, None, 1.0, held, features)
    for name, figures in nested.items():
        figures["cue_penalty"] = nested_penalty[name]
    print("nested leave-one-domain-out:", json.dumps(nested))
    raw = out_of_fold(domains, folds, penalty, features)

    def labels(band: float, n: str) -> np.ndarray:
        return tone_label(rated.public_score({"band": band, "scale": 1.0}, raw[n][train[n]]))

    def mean_f1(band: float) -> float:
        return float(np.mean([evaluation.macro_f1(labels(band, n), gold[n][train[n]]) for n in domains]))

    def r_of(pred: dict, n: str) -> float:
        return rated.pearson(pred[n][train[n]], domains[n][2][train[n]])

    band = max(BANDS, key=mean_f1)
    public = {s: {n: rated.public_score({"band": band, "scale": s}, raw[n]) for n in domains} for s in SCALES}
    scale = max(SCALES, key=lambda s: np.mean([r_of(public[s], n) for n in domains]))
    news = {n: p[0][:, 0] for n, p in domains.items()}
    cv_fig = {n: {"pearson_r": round(r_of(public[scale], n), 4),
                  "macro_f1": round(evaluation.macro_f1(tone_label(public[scale][n][train[n]]), gold[n][train[n]]), 4),
                  "pearson_r_news": round(r_of(news, n), 4)}
              for n in domains}
    print(f"chosen: cue penalty {penalty}, band {band} (mean CV macro-F1 {mean_f1(band):.4f}), scale {scale}")
    print("in-domain 5-fold CV:", json.dumps(cv_fig))
    transfer = rated.domain_transfer(domains, penalty, band, scale, held, features)
    print("leave-one-domain-out:", json.dumps(transfer))

    fitted = rated.fit_rated([_slice(p, p[3])[:3] for p in domains.values()], penalty, features=features)
    model = {
        "about": ("scripts/train_sentence_tone.py: ridge regression of people's mean rating / 4 over the "
                  + ("news scorer's evidence and VADER's lexicon alone (--core)" if args.core else
                     "news scorer's evidence, AFINN, Pattern, Hu & Liu, Warriner and NRC Hashtag lexicons")
                  + " and cues seen in 3+ sentences of two or more domains; tweets, movie and "
                  "product reviews (VADER ground truth), NewsMTSC tuning half, each domain weighing the same"),
        "cue_penalty": penalty, "band": float(band), "scale": scale,
        "figures": {"cv": cv_fig, "transfer": transfer, "transfer_nested": nested},
        **fitted,
        "cues": {w: round(b, 5) for w, b in fitted["cues"].items()},
    }
    print(f"{len(model['cues'])} cues")
    if not args.dry_run:
        with atomic_write(path) as fh:
            fh.write(json.dumps(model, sort_keys=True, separators=(",", ":")) + "\n")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
