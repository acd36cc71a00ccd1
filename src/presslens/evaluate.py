"""Score every analysis against the development corpora: ``python -m presslens.evaluate``
(``make eval``).

The corpora live beside the project in ``../shared/corpora`` (or ``$PRESSLENS_SHARED/corpora``);
they are never copied into it. A corpus that is absent is reported as skipped. The figures are
printed as a table and recorded in ``reports/results/eval.json``.

- sentiment: Pearson r and three-class macro-F1 of sentence scores against the mean human ratings
  of ``vader-groundtruth`` (plain VADER, presslens' default, ``method="rated"`` and
  ``method="rated_core"``, whose leave-one-domain-out figures are ``sentences_rated_transfer``
  and ``sentences_rated_core_transfer``), and macro-F1 of
  :func:`presslens.sentiment.score_target` on NewsMTSC ``dev.jsonl``, and the article stance of
  :func:`presslens.sentiment.entity_sentiment` on PerSenT dev (document and paragraph macro-F1,
  class shares; in-sample and 5-fold cross-validated, the learned stance layer and the rules);
- quotes: direct-quote and all-attribution content-overlap F1 and speaker accuracy on PolNeAR;
- timeline: TempEval-3 strict/relaxed extent F1 and value F1 on TimeBank + AQUAINT, and event
  anchoring (annotated event–timex links whose event a presslens row's head overlaps, overall and
  for inclusion-type links; the precision of those rows; the older label-containment figure), for
  all documents and for the two fixed halves (``development``, ``held_out``).

The headline figures carry 95% bootstrap intervals (keys ending ``_ci``, [low, high];
:func:`presslens.stats.score_interval`): the units that were sampled are resampled whole
(articles for quotes, documents for TimeML and PerSenT, stories for NewsMTSC mentions, sentences
for rated sentences), so an interval says how far a figure could move on another sample of the
same kind, before any question of fitting to it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import Any, Callable

from presslens.io import project_root, record_results

__all__ = ["ANALYSES", "corpora_root", "evaluate_all", "main"]


def corpora_root() -> Path:
    """``$PRESSLENS_SHARED/corpora``, else ``../shared/corpora`` beside the project root."""
    shared = os.environ.get("PRESSLENS_SHARED")
    return Path(shared) / "corpora" if shared else project_root().parent / "shared" / "corpora"


def _sentiment(root: Path) -> dict[str, Any]:
    from presslens import sentiment

    out: dict[str, Any] = {
        "sentences": sentiment.evaluate_vader_groundtruth(root / "vader-groundtruth"),
        # News sentences whose marked people all share one polarity: the news stand-in for the
        # opinion-news ratings, which this copy of vader-groundtruth lacks.
        "news_sentences": sentiment.evaluate_newsmtsc_sentences(root / "newsmtsc-train"),
        # method="rated" fitted on the other domains, scored on the one left out (its validity
        # test), beside the news method on the same sentences and the in-domain CV it recorded
        "sentences_rated_transfer": sentiment.evaluation.evaluate_rated_transfer(root),
        # the same for method="rated_core", the layer over the core install's evidence alone
        "sentences_rated_core_transfer": sentiment.evaluation.evaluate_rated_transfer(root, core=True),
    }
    for split in ("dev", "train"):
        path = root / "newsmtsc-train" / f"{split}.jsonl"
        if path.is_file():
            out[f"targets_{split}"] = sentiment.evaluate_newsmtsc(path)  # the learned layer
            out[f"targets_{split}_rules"] = sentiment.evaluate_newsmtsc(path, method="rules")
    # The learned layer on data it was not fitted on, as its training recorded it: nested 5-fold
    # CV by story on train (mean over repeats), its spread, and each source left out.
    out["targets_learned_unseen"] = sentiment.target.learned_report()
    # Author's stance towards each article's main person (document, paragraph, 5-fold CV).
    out["stance_persent"] = sentiment.evaluate_persent(root / "persent-dev")
    return out


def _quotes(root: Path) -> dict[str, Any]:
    from presslens.quotes import evaluate_polnear

    return evaluate_polnear(root / "polnear-train")


def _timeline(root: Path) -> dict[str, Any]:
    from presslens.timeline import evaluate_tempeval

    return evaluate_tempeval(root / "tempeval3-train")


ANALYSES: dict[str, tuple[str, Callable[[Path], dict[str, Any]]]] = {
    "sentiment": ("vader-groundtruth", _sentiment),
    "quotes": ("polnear-train", _quotes),
    "timeline": ("tempeval3-train", _timeline),
}


def evaluate_all(root: Path | None = None, only: list[str] | None = None) -> dict[str, Any]:
    """Figures per analysis (``{"quotes": {...}, ...}``); an absent corpus gives
    ``{"skipped": reason}``. Each entry also records the seconds it took."""
    root = Path(root) if root else corpora_root()
    results: dict[str, Any] = {}
    for name, (folder, run) in ANALYSES.items():
        if only and name not in only:
            continue
        if not (root / folder).is_dir():
            results[name] = {"skipped": f"{root / folder} is absent"}
            continue
        started = time.perf_counter()
        results[name] = run(root)
        results[name]["seconds"] = round(time.perf_counter() - started, 1)
    return results


def _flatten(prefix: str, value: Any) -> list[tuple[str, Any]]:
    if isinstance(value, dict):
        return [item for key, sub in value.items() for item in _flatten(f"{prefix}.{key}" if prefix else str(key), sub)]
    return [(prefix, value)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m presslens.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", type=Path, default=None, help="folder holding the corpora (default: ../shared/corpora)")
    parser.add_argument("--only", default="", help="comma-separated: sentiment,quotes,timeline")
    parser.add_argument("--out", default=None, help="output root for reports/results/eval.json")
    args = parser.parse_args(argv)
    only = [s.strip() for s in args.only.split(",") if s.strip()] or None
    unknown = set(only or ()) - set(ANALYSES)
    if unknown:
        parser.error(f"unknown analysis {', '.join(sorted(unknown))}; choose from {', '.join(ANALYSES)}")
    results = evaluate_all(args.corpora, only)
    for key, value in _flatten("", results):
        if isinstance(value, float):
            value = f"{value:.4f}"
        elif isinstance(value, (list, tuple)):
            value = json.dumps(value)[:80]
        print(f"{key:<60} {value}")
    path = record_results("eval", results, args.out)
    print(f"recorded in {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
