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
- quotes: direct-quote and all-attribution content-overlap F1 and speaker accuracy on PolNeAR; and the source
  counts notebook 03 publishes against the gold's, per outlet (``quotes.sources``: attributions per article and
  their ratio, the shares of direct and quoted attributions and of named sources, the ten most quoted names,
  whether the outlets rank alike; :func:`presslens.quotes.evaluate.source_counts`);
- timeline: TempEval-3 strict/relaxed extent F1 and value F1 on TimeBank + AQUAINT, and event
  anchoring (annotated event–timex links whose event a presslens row's head overlaps, overall and
  for inclusion-type links; the precision of those rows; the older label-containment figure), for
  all documents and for the two fixed halves (``development``, ``held_out``).

The headline figures carry 95% bootstrap intervals (keys ending ``_ci``, [low, high];
:func:`presslens.stats.score_interval`): the units that were sampled are resampled whole
(articles for quotes, documents for TimeML and PerSenT, stories for NewsMTSC mentions, sentences
for rated sentences), so an interval says how far a figure could move on another sample of the
same kind, before any question of fitting to it.

A whole run on the default corpora (``make eval``: no ``--only``, ``--corpora`` or ``--out``) also
writes the headline figures (:data:`HEADLINE`) with their intervals, the data, the goals, the
presslens version, the commit and the date to the package's ``data/measured.json``
(:func:`measured_record`), atomically; the report's Validation section shows them
(:func:`presslens.report.measured_figures`). Beside them it writes, under ``sources``, how far each source count
notebook 03 publishes held against PolNeAR's gold (:data:`SOURCE_COUNTS`, :func:`source_record`), which
notebook 03 and the report show beside those counts (:func:`presslens.report.source_count_check`). No other run
writes it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Mapping
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable

from presslens.io import atomic_write, project_root, record_results

__all__ = ["ANALYSES", "HEADLINE", "SOURCE_COUNTS", "corpora_root", "evaluate_all", "main", "measured_record",
           "source_record", "write_measured"]

_POLNEAR = "PolNeAR train, 840 articles of 7 outlets (the body a run reads)"
_TIMEML = "TempEval-3 train (TimeBank + AQUAINT), 256 documents"
_LINKS = "TempEval-3 train, its annotated event–timex links"
# The headline figures make eval copies into data/measured.json for the report (as the README's "At a
# glance" gives them): the key of each in the results (dotted), the key of its 95% interval, what it is,
# the data it was measured on, and the goal it is read against (None: no goal).
HEADLINE: tuple[tuple[str, str, str, str, str | None], ...] = (
    ("quotes.direct_f1", "quotes.direct_f1_ci", "quotes, direct: content F1", _POLNEAR, None),
    ("quotes.speaker_accuracy", "quotes.speaker_accuracy_ci", "quotes, direct: speaker right", _POLNEAR, None),
    ("quotes.all_f1", "quotes.all_f1_ci", "quotes, all attributions: content F1", _POLNEAR, None),
    ("timeline.value_f1", "timeline.value_f1_ci", "time expressions: value F1", _TIMEML, "≥ 0.85"),
    ("timeline.strict_f1", "timeline.strict_f1_ci", "time expressions: strict extent F1", _TIMEML, None),
    ("timeline.relaxed_f1", "timeline.relaxed_f1_ci", "time expressions: relaxed extent F1", _TIMEML, None),
    ("timeline.events.link_recall", "timeline.events.link_recall_ci", "events a date anchors: link recall",
     _LINKS, "≥ 0.80"),
    ("timeline.events.precision", "timeline.events.precision_ci", "events a date anchors: rows right",
     _LINKS, "≥ 0.85"),
    ("sentiment.targets_learned_unseen.cv_macro_f1", "sentiment.targets_learned_unseen.cv_macro_f1_ci",
     "tone towards a person in a sentence: macro-F1", "NewsMTSC train, unseen stories (nested 5-fold CV by story)",
     "≥ 0.70"),
    ("sentiment.stance_persent.reported.macro_f1_mean", "sentiment.stance_persent.reported.macro_f1_ci",
     "article's stance towards its main person: macro-F1",
     "PerSenT dev, 578 articles (nested 5-fold CV by document, mean of 10 fold assignments)", "≥ 0.50"),
    ("sentiment.stance_persent.reported.negative_share_ratio",
     "sentiment.stance_persent.reported.negative_share_ratio_ci",
     "article's stance: negative share, times the human one", "PerSenT dev, 578 articles (nested CV)",
     "within 1.5×"),
    ("sentiment.news_sentences.half1.news.pearson_r", "sentiment.news_sentences.half1.news.pearson_r_ci",
     "sentence tone against people's ratings: Pearson r", "NewsMTSC sentences, the held-out half (default method)",
     "≥ 0.60"),
)
# The source counts notebook 03 publishes, as make eval checks them against PolNeAR's gold (quotes.sources of the
# results, presslens.quotes.evaluate.source_counts): the key of each there, the headline key (or keys) of notebook 03
# that publishes it, and what it is. presslens counts attributions here, a quote split over two rows once.
SOURCE_COUNTS: tuple[tuple[str, str, str], ...] = (
    ("per_article", "quotes", "quotes per article"),
    ("direct_share", "direct", "direct share"),
    ("quoted_share", "direct + mixed", "quoted share (direct or mixed)"),
    ("named_person_share", "source_shares_ci", "named-person share"),
    ("named_share", "share_named", "named share (people and organisations)"),
    ("unnamed_share", "share_unnamed", "unnamed-source share"),
    ("unresolved_share", "share_unresolved", "unresolved share (no speaker found)"),
    ("named_of_sources_share", "share_named_of_sources", "named share of the quotes with a source"),
)
INTERVAL_METHOD = ("percentile bootstrap, 2,000 resamples, seed 0, the sampled units drawn whole: articles for "
                   "quotes, documents for TimeML and PerSenT, stories for NewsMTSC mentions, sentences for rated "
                   "sentences")


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


def _lookup(results: Mapping[str, Any], key: str) -> Any:
    value: Any = results
    for part in key.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def measured_record(results: Mapping[str, Any], date: str | None = None) -> dict[str, Any]:
    """The headline figures of :func:`evaluate_all`'s ``results`` as ``data/measured.json`` holds them:
    ``presslens`` (version), ``commit`` and ``modified`` (the checkout's, None outside one), ``date``
    (UTC, default now), ``interval`` (the method), ``figures``: one record per :data:`HEADLINE` row
    (``key``, ``figure``, ``value``, ``interval`` [low, high] or None, ``data``, ``goal``), and ``sources``
    (:func:`source_record`: notebook 03's source counts against the gold's). Raises KeyError naming the figures
    the results lack (a skipped corpus, a renamed key)."""

    missing = [key for key, *_ in HEADLINE if not isinstance(_lookup(results, key), (int, float))]
    missing += [] if isinstance(_lookup(results, "quotes.sources.all"), Mapping) else ["quotes.sources"]
    if missing:
        raise KeyError(f"the results lack {', '.join(missing)}")
    return {**_provenance(date), "interval": INTERVAL_METHOD,
            "figures": [{"key": key, "figure": figure, "value": round(float(_lookup(results, key)), 4),
                         "interval": _lookup(results, ci), "data": data, "goal": goal}
                        for key, ci, figure, data, goal in HEADLINE],
            "sources": source_record(results["quotes"]["sources"], date)}


def _provenance(date: str | None) -> dict[str, Any]:
    """``presslens`` (version), ``commit`` and ``modified`` (the checkout's, None outside one) and ``date``
    (UTC, default now): what a record of measured figures was measured with, and when."""
    from presslens.report import presslens_version, source_commit

    source = source_commit() or {}
    return {"presslens": presslens_version(), "commit": source.get("commit"), "modified": source.get("modified"),
            "date": date or datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")}


def _rounded(value: Any) -> float | None:
    """``value`` to 4 places, None for no number or NaN (a rho of outlets all alike), which JSON cannot hold."""
    return round(float(value), 4) if isinstance(value, (int, float)) and value == value else None


def source_record(sources: Mapping[str, Any], date: str | None = None) -> dict[str, Any]:
    """How far notebook 03's source counts held on PolNeAR, as ``data/measured.json`` holds it under ``sources``,
    from ``sources`` (:func:`presslens.quotes.evaluate.source_counts`, the results' ``quotes.sources``): what it
    was measured with and when (as :func:`measured_record`'s, so that the record says so on its own), ``data``,
    ``articles``, ``outlets``, ``recall`` (the share of the gold's attributions presslens finds, by kind of
    source: why the shares lean) and ``figures``, one per :data:`SOURCE_COUNTS` row: ``key``, ``figure``,
    ``published`` (notebook 03's headline key), ``presslens`` and ``gold`` (all outlets), ``compared``
    ("ratio" for the counts, presslens's over the gold's; "difference" for a share, presslens's minus the
    gold's), ``value``, ``interval`` (95% over articles) and ``rank_rho``/``rank_p`` (Spearman's rho over the
    outlets and its p: whether presslens puts the outlets in the gold's order; None with fewer than 3)."""
    whole, ranks = sources["all"], sources.get("rank_agreement") or {}
    figures = []
    for key, published, figure in SOURCE_COUNTS:
        row, ratio = whole[key], key == "per_article"
        rank = ranks.get(key) or {}
        figures.append({"key": key, "figure": figure, "published": published,
                        "presslens": _rounded(row["presslens"]), "gold": _rounded(row["gold"]),
                        "compared": "ratio" if ratio else "difference",
                        "value": _rounded(row["ratio" if ratio else "difference"]),
                        "interval": row["ratio_ci" if ratio else "difference_ci"],
                        "rank_rho": _rounded(rank.get("rho")), "rank_p": _rounded(rank.get("p"))})
    return {**_provenance(date), "data": _POLNEAR, "articles": whole["articles"],
            "outlets": len(sources.get("by_outlet") or ()),
            "recall": {kind: _rounded(of["recall"]) for kind, of in whole["by_source_kind"].items()},
            "figures": figures}


def write_measured(record: Mapping[str, Any], path: str | os.PathLike | None = None) -> Path:
    """Write ``record`` (:func:`measured_record`) atomically to ``path``, by default the package's
    ``data/measured.json`` (what the report reads through :mod:`presslens.datafiles`)."""
    from presslens.report import MEASURED_FILE

    target = Path(path) if path else Path(__file__).resolve().parent / "data" / MEASURED_FILE
    with atomic_write(target, "w", encoding="utf-8") as fh:
        json.dump(record, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    return target


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
    if not (only or args.corpora or args.out):  # make eval: the whole run on the default corpora
        try:
            print(f"headline figures in {write_measured(measured_record(results))}")
        except KeyError as exc:
            print(f"data/measured.json left as it was: {exc.args[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
