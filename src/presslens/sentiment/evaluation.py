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
import re
import zlib
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from .rated import pearson
from .scorer import DEFAULT_METHOD, score_many, tone_label
from .target import class_f1

__all__ = [
    "GOLD_NEUTRAL_BAND",
    "evaluate_persent",
    "fit_logistic",
    "fit_stance",
    "fit_stance_model",
    "macro_f1",
    "mean_macro_f1",
    "persent_features",
    "read_jsonl",
    "rated_domains",
    "rated_feature_domains",
    "read_persent",
    "stance_table",
    "evaluate_newsmtsc_sentences",
    "evaluate_rated_transfer",
    "evaluate_scores",
    "evaluate_vader_groundtruth",
    "read_newsmtsc_sentences",
    "read_vader_groundtruth",
    "select_stance_settings",
    "stance_cv",
    "stance_cv_nested",
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
    """Mean F1 over the classes -1, 0, 1 (:func:`presslens.sentiment.target.class_f1`)."""
    return float(np.mean(list(class_f1(pred, gold).values())))


def mean_macro_f1(pred: np.ndarray, gold: np.ndarray) -> float:
    """The mean :func:`macro_f1` of the columns of ``pred`` (one column of predicted classes per
    cross-validation repeat) against ``gold``: the figure a repeated cross-validation reports."""
    return float(np.mean([macro_f1(column, gold) for column in np.asarray(pred).T]))


def evaluate_scores(
    texts: Sequence[str],
    gold: Iterable[float],
    method: str = DEFAULT_METHOD,
    gold_neutral: float = GOLD_NEUTRAL_BAND,
) -> dict:
    """Score ``texts`` and compare with ``gold`` ratings.

    Returns ``{"n", "pearson_r", "macro_f1", "accuracy"}``; r is NaN when either side is constant;
    ``pearson_r_ci`` and ``macro_f1_ci``: their 95% bootstrap intervals over the texts
    (:func:`presslens.stats.score_interval`), how far the figure could move on another sample of
    the same kind.
    """
    from presslens.stats import rounded_interval, score_interval

    g = np.asarray(list(gold), dtype=float)
    pred = score_many(texts, method)
    gold_cls = np.where(g > gold_neutral, 1, np.where(g < -gold_neutral, -1, 0))
    pred_cls = tone_label(pred)
    r = pearson(pred, g)
    return {
        "n": int(len(g)),
        "pearson_r": round(r, 4),
        "pearson_r_ci": rounded_interval(score_interval(pearson, pred, g)),
        "macro_f1": round(macro_f1(pred_cls, gold_cls), 4),
        "macro_f1_ci": rounded_interval(score_interval(macro_f1, pred_cls, gold_cls)),
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


def evaluate_vader_groundtruth(root=None, methods: Sequence[str] = ("vader", "news", "rated", "rated_core")) -> dict:
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
    table["half"] = _folds(table["sentence"], 2)
    return table


def evaluate_newsmtsc_sentences(root=None, methods: Sequence[str] = ("vader", "news", "rated", "rated_core")) -> dict:
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


_RATED_SETS = {"tweets": "tweets", "movie": "movieReviewSnippets", "amazon": "amazonReviewSnippets"}


def rated_domains(root=None) -> pd.DataFrame:
    """The training data of the rated sentence layer (:mod:`presslens.sentiment.rated`), one row
    per sentence: ``domain`` (tweets, movie, amazon, newsmtsc), ``text``, ``target`` (a mean
    rating / 4; NewsMTSC: the agreed polarity times the mean size of the rated sentences outside
    the neutral band), ``gold`` (−1/0/1, ratings by ±0.5), ``train`` (NewsMTSC: its tuning half
    only), ``held_out`` (NewsMTSC: the other half). ``root``: the corpora folder; empty when absent."""
    corpora = Path(root) if root is not None else _shared("")
    frames = []
    for domain, stem in _RATED_SETS.items():
        path = corpora / "vader-groundtruth" / f"{stem}_GroundTruth.txt"
        if path.is_file():
            t = read_vader_groundtruth(path)
            frames.append(pd.DataFrame({"domain": domain, "text": t["text"], "target": t["rating"] / 4,
                                        "gold": np.sign(t["rating"]) * (t["rating"].abs() > GOLD_NEUTRAL_BAND),
                                        "train": True, "held_out": True}))
    news = read_newsmtsc_sentences(corpora / "newsmtsc-train")
    if frames and not news.empty:
        rated = pd.concat(frames)
        size = rated.loc[rated["gold"] != 0, "target"].abs().mean()
        frames.append(pd.DataFrame({"domain": "newsmtsc", "text": news["sentence"],
                                    "target": news["polarity"] * size, "gold": news["polarity"],
                                    "train": news["half"] == 0, "held_out": news["half"] == 1}))
    cols = ["domain", "text", "target", "gold", "train", "held_out"]
    if not frames:
        return pd.DataFrame(columns=cols)
    return pd.concat(frames, ignore_index=True)[cols].astype({"gold": int})


def rated_feature_domains(table: pd.DataFrame, features: tuple[str, ...] | None = None) -> dict[str, tuple]:
    """``rated_domains`` rows as :func:`presslens.sentiment.rated.domain_transfer` takes them:
    ``{domain: (dense, words, target, train)}``; ``dense``: the named ``features`` (default
    :data:`presslens.sentiment.rated.DENSE`)."""
    from .rated import DENSE, rated_features

    out = {}
    for name, part in table.groupby("domain", sort=False):
        dense, words = rated_features(part["text"].tolist(), features=features or DENSE)
        out[name] = (dense, words, part["target"].to_numpy(float), part["train"].to_numpy(bool))
    return out


def evaluate_rated_transfer(root=None, core: bool = False) -> dict:
    """Leave-one-domain-out figures of the rated layer (``core``: of the core-only layer of
    ``method="rated_core"``) with the packaged model's features and settings (cue
    penalty, band, scale): ``{domain: {"n", "pearson_r", "pearson_r_news"}}`` and their 95%
    intervals over the sentences (``..._ci``; NewsMTSC on its held-out half), plus
    ``mean_rated_sets`` (r averaged over the three VADER ground-truth sets, each left out in
    turn: the issue's summary figure), ``cv_recorded``, the in-domain 5-fold
    figures its training recorded, and ``nested_recorded``, the transfer figures its training
    recorded with the cue penalty chosen without the domain left out (r of the linear
    prediction). ``{}`` when the corpora are absent."""
    from .rated import domain_transfer, features_of, rated_core_scorer, rated_scorer

    table = rated_domains(root)
    if table.empty:
        return {}
    model = (rated_core_scorer() if core else rated_scorer()).model
    features = features_of(model)
    held = {name: part["held_out"].to_numpy(bool) for name, part in table.groupby("domain", sort=False)}
    out = domain_transfer(rated_feature_domains(table, features), model["cue_penalty"], model["band"],
                          model["scale"], held, features, intervals=True)

    def mean_over_sets(figures: dict, key: str) -> float:
        return round(float(np.mean([figures[n][key] for n in _RATED_SETS if n in figures])), 4)

    out["mean_rated_sets"] = {key: mean_over_sets(out, key) for key in ("pearson_r", "pearson_r_news")}
    out["cv_recorded"] = model["figures"]["cv"]
    nested = model["figures"].get("transfer_nested", {})
    out["nested_recorded"] = {**nested, "mean_rated_sets": mean_over_sets(nested, "pearson_r")} if nested else {}
    return out


def read_jsonl(path) -> pd.DataFrame:
    """A JSONL file as a table (one record per non-empty line)."""
    with open(path, encoding="utf-8") as fh:
        return pd.DataFrame([json.loads(line) for line in fh if line.strip()])


_PERSENT_LABELS = {"negative": -1, "neutral": 0, "positive": 1}


def read_persent(root=None, mojibake: str = "repair") -> tuple[pd.DataFrame, pd.DataFrame]:
    """PerSenT ``dev.csv`` as ``(articles, paragraphs)``: articles ``doc_id``, ``text`` (the
    paragraphs joined by newlines), ``title`` (the file's TITLE, the headline, as a user's corpus
    with a title column gives it: evidence of the stance where it names the person), ``target``,
    ``gold`` (−1/0/1); paragraphs ``doc_id``,
    ``para_id``, ``gold``. Empty tables when the file is absent.

    The text is the one a run reads: the file goes through :func:`presslens.load_corpus` (every
    row kept, duplicates too), so the evaluation scores what a user's analysis of the same file
    sees, its mojibake repaired ("donâ\x80\x99t" -> "don’t", in 214 of the 578 articles);
    ``mojibake="keep"`` gives the text as the file holds it (the form the samples of
    ``scripts/`` were drawn by). The paragraph labels follow the newlines, which no repair
    touches; the target, the annotators' name of the person, is repaired as the text is
    ("Fernando SÃ¡nchez", two of them), so that it names the person as the text does."""
    from presslens.corpus import load_corpus
    from presslens.corpus.decoding import repair_mojibake

    path = _resolve(root, "persent-dev") / "dev.csv"
    if not path.is_file():
        return (pd.DataFrame(columns=["doc_id", "text", "title", "target", "gold"]),
                pd.DataFrame(columns=["doc_id", "para_id", "gold"]))
    raw = load_corpus(path, fields={"text": "DOCUMENT"}, errors="raise", drop_duplicates=False,
                      near_duplicates="keep", mojibake=mojibake)
    articles = pd.DataFrame({
        "doc_id": raw["DOCUMENT_INDEX"].astype(str),
        "text": raw["text"],
        "title": raw["title"],
        "target": raw["TARGET_ENTITY"].map(lambda name: repair_mojibake(name)[0] if mojibake == "repair" else name),
        "gold": raw["TRUE_SENTIMENT"].str.lower().str.strip().map(_PERSENT_LABELS),
    }).dropna(subset=["gold"])
    paras = [(d, i, _PERSENT_LABELS[v.lower().strip()])
             for i in range(16) if f"Paragraph{i}" in raw
             for d, v in zip(raw["DOCUMENT_INDEX"].astype(str), raw[f"Paragraph{i}"])
             if v.lower().strip() in _PERSENT_LABELS]
    return articles.astype({"gold": int}), pd.DataFrame(paras, columns=["doc_id", "para_id", "gold"])


def _target_entities(entities: pd.Series, target: str) -> list[str]:
    """The linked entities that name ``target`` (one entry per mention), the main one first:
    the one holding the most of the target's words, on ties the one holding a later word (the
    surname before the first name), then the most mentioned; after it every other one named by
    words that the target and the main one share ("Vick" beside "Michael Vick"); none when no
    entity holds a word of the target. PerSenT's target names are the annotators' spelling, not
    always the article's: "Reazuddin Ahmed" is "Reazuddin" throughout, "Nouri al-Maliki" is
    "Maliki", "Robert Mugabe Zimbabwe" holds a word of the sentence it was read from, so the
    name's parts (split at hyphens, possessive 's dropped) are matched one by one. The bare
    surname stays an entity of its own where the article names another person sharing it (or
    where PerSenT's dropped commas run two names into one, "Federer  Nadal"): the annotators
    judged the person, whichever form of the name the article uses."""
    words = _name_words(target)
    counts = entities.value_counts(sort=False)
    parts = {e: set(_name_words(e)) for e in counts.index}
    held = {e: [i for i, w in enumerate(words) if w in p] for e, p in parts.items()}
    candidates = [e for e in counts.index if held[e]]
    if not candidates:
        return []
    main = max(candidates, key=lambda e: (len(held[e]), max(held[e]), counts[e]))
    shared = parts[main] & set(words)
    return [main, *sorted(e for e in candidates if e != main and parts[e] <= shared)]


def _name_words(name: str) -> list[str]:
    """The lower-case parts of a name, split at spaces and hyphens, a possessive 's dropped."""
    return re.sub(r"['’]s\b", "", name.lower()).replace("-", " ").split()


def persent_features(root=None) -> pd.DataFrame:
    """The :func:`presslens.sentiment.mention_tone` rows of each PerSenT article's main person
    that :func:`presslens.sentiment.portrayal.portrayed` keeps, as in
    :func:`~presslens.sentiment.portrayal.entity_sentiment` (``doc_id``, ``para_id``, ``lead``,
    ``portrayal``, ``sentence_tone``, ...) with the gold document label ``gold`` and a ``fold``
    (0–4, from a CRC32 of the doc_id); the mentions of every entity naming the person (see
    :func:`_target_entities`) under the main one's name; articles where the person is never
    found keep one row with ``found`` False."""
    from presslens.entities import find_mentions
    from presslens.sentiment.portrayal import mention_tone, portrayed
    from presslens.text import split_sentences

    articles, _ = read_persent(root)
    if articles.empty:
        return pd.DataFrame()
    sentences = split_sentences(articles)
    mentions = find_mentions(articles, sentences)
    tones = mention_tone(articles, mentions, sentences)
    tones = tones[portrayed(tones, articles)] if len(tones) else tones
    tones = tones.merge(sentences[["doc_id", "sent_id", "para_id"]], on=["doc_id", "sent_id"], how="left")
    rows = []
    for art in articles.itertuples():
        mine = tones[tones["doc_id"] == art.doc_id]
        names = _target_entities(mine["entity"], art.target)
        hit = mine[mine["entity"].isin(names)].assign(entity=names[0]) if names else mine.iloc[0:0]
        if hit.empty:
            hit = pd.DataFrame({"doc_id": [art.doc_id], "found": [False]})
        rows.append(hit.assign(found=not hit.get("found", pd.Series([True])).eq(False).all(),
                               gold=art.gold))
    out = pd.concat(rows, ignore_index=True)
    out["fold"] = _folds(out["doc_id"])
    return out


_STANCE_GRID = {"lead": (1.0, 2.0, 3.0), "sentence": (0.0, 0.25, 0.5, 1.0), "cap": (0.3, 0.6, 1.0)}


def _stance_predictions(features: pd.DataFrame, params: dict | None, keys=("doc_id",),
                        method: str = "rules", model: dict | None = None) -> pd.Series:
    """Predicted class per group of ``keys`` (no mention: neutral) by the rules with stance
    ``params`` or by the learned layer ``model``."""
    from presslens.sentiment.portrayal import document_stance
    from presslens.sentiment.scorer import tone_label

    found = features[features["found"]]
    stance = document_stance(found, list(keys), params, method=method, model=model)
    return pd.Series(tone_label(stance.to_numpy()), index=stance.index)


def _folds(ids, k: int = 5, salt: str = "") -> np.ndarray:
    """A fold 0…k−1 per id from a CRC32 of ``salt`` + id (deterministic, by document)."""
    return np.array([zlib.crc32(f"{salt}{i}".encode("utf-8")) % k for i in ids])


def stance_table(features: pd.DataFrame) -> pd.DataFrame:
    """One row per PerSenT article from :func:`persent_features`: the
    :func:`presslens.sentiment.portrayal.stance_features` of its main person (zeros and
    ``evident`` False where the person is never found), ``gold`` and ``fold``."""
    from presslens.sentiment.portrayal import STANCE_FEATURES, stance_features

    gold = features.groupby("doc_id", sort=True)[["gold", "fold"]].first()
    found = features[features["found"]]
    table = stance_features(found, ["doc_id"]).reindex(gold.index)
    table[list(STANCE_FEATURES)] = table[list(STANCE_FEATURES)].fillna(0.0)
    table["evident"] = table["evident"].fillna(False).astype(bool)
    return table.join(gold)


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float, balance: float = 0.0):
    """Multinomial logistic regression (classes −1, 0, 1) by L-BFGS from zero (deterministic):
    L2 ``l2`` on the weights, not the intercepts; each example weighted by its class's
    inverse frequency to the power ``balance`` (0: none, 1: balanced, for macro-F1). Returns
    (intercept 3, weights k×3)."""
    from scipy import optimize

    n, k = x.shape
    y1 = np.eye(3)[y + 1]
    counts = np.maximum(y1.sum(axis=0), 1.0)
    sw = ((n / (3 * counts)) ** balance)[y + 1]
    sw = sw / sw.sum()

    def loss(theta):
        b, w = theta[:3], theta[3:].reshape(k, 3)
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        g = sw[:, None] * (np.exp(logp) - y1)
        value = -(sw[:, None] * y1 * logp).sum() + 0.5 * l2 * (w * w).sum() / n
        return value, np.r_[g.sum(axis=0), (x.T @ g + l2 * w / n).ravel()]

    theta = optimize.minimize(loss, np.zeros(3 + 3 * k), jac=True, method="L-BFGS-B",
                              options={"maxiter": 1000}).x
    return theta[:3], theta[3:].reshape(k, 3)


def fit_stance_model(table: pd.DataFrame, l2: float, balance: float, negative_share: float = 1.0) -> dict:
    """The learned stance layer fitted on ``table`` (from :func:`stance_table`): standardised
    :data:`presslens.sentiment.portrayal.STANCE_FEATURES`, :func:`fit_logistic` on the articles
    with evidence, and its thresholds on P(positive) − P(negative) by a fixed rule rather than
    a search: the quantiles at which the training articles' predicted shares of negative and
    positive equal the human shares (prior matching; the ordinal order negative < neutral <
    positive is kept by construction), the negative share times ``negative_share`` (a rare
    class's F1 gains from calling it somewhat more often than it occurs; 1: plain prior
    matching). Stored as a ``centre`` and a half-width ``band``."""
    from presslens.sentiment.portrayal import STANCE_FEATURES, stance_evidence

    cols = list(STANCE_FEATURES)
    evident = table["evident"].to_numpy(bool)
    x, y = table[cols].to_numpy(float)[evident], table["gold"].to_numpy(int)[evident]
    mean, sd = x.mean(axis=0), x.std(axis=0) + 1e-9
    b, w = fit_logistic((x - mean) / sd, y, l2, balance)
    model = {"features": STANCE_FEATURES, "mean": mean, "sd": sd, "intercept": b, "weights": w,
             "band": 0.0, "centre": 0.0, "scale": 0.5}
    evidence = stance_evidence(table[evident], model)
    not_positive = 1 - np.mean(y == 1)
    # the negative threshold never passes the positive one (the ordinal order stays)
    low, high = np.quantile(evidence, [min(negative_share * np.mean(y == -1), not_positive), not_positive])
    model["centre"], model["band"] = float((low + high) / 2), float(max((high - low) / 2, 1e-6))
    return model


def stance_cv(table: pd.DataFrame, l2: float, balance: float, salt: str = "", k: int = 5,
              groups: Sequence | None = None, negative_share: float = 1.0) -> np.ndarray:
    """Out-of-fold predicted classes (−1/0/1) of the learned stance layer on ``table`` (from
    :func:`stance_table`): ``k`` folds by document from a CRC32 of ``salt`` + doc_id (the
    empty salt gives the standard folds, ``fold``), or by ``groups`` (one key per row: every
    article of a group in one fold), the layer refitted on the others by
    :func:`fit_stance_model` (with ``negative_share``), weights and thresholds alike."""
    from presslens.sentiment.portrayal import stance_evidence
    from presslens.sentiment.scorer import rescale

    folds = _folds(table.index if groups is None else groups, k, salt)
    pred = np.zeros(len(table), dtype=int)
    for fold in range(k):
        model = fit_stance_model(table[folds != fold], l2, balance, negative_share)
        pred[folds == fold] = tone_label(rescale(stance_evidence(table[folds == fold], model), model["band"]))
    return pred


# The L2 strength is chosen inside the folds from 300/1000/3000, where the CV figure is flat
# (5-fold CV by document over the 10 fold assignments of make eval, 8 summaries: L2 100 0.509 ±
# 0.007, 300 0.513, 1000 0.514, 3000 0.513, 10000 0.511, 100000 0.511; lower strengths fall
# off: 30/100/300 chosen inside the folds gave 0.503), so the choice costs the nested figure
# little; the class weights and the negative share factor are fixed. Class weights half-way to
# balanced (power 0.5: without them the rare negative class's odds are low everywhere and
# equal odds of positive and negative would read negative; the thresholds, not the weights, set
# the class shares); the negative share the thresholds aim at is the human one times 1.25,
# half-way to the 1.5x the goal allows (a rare class's F1 gains from calling it somewhat more
# often). Before this round L2 was fixed at 100 (the 27-setting selection's choice, 3e3f908).
STANCE_L2_GRID = (300.0, 1000.0, 3000.0)
STANCE_BALANCE_GRID = (0.5,)
STANCE_SHARE_GRID = (1.25,)
STANCE_SHARE_MARGIN = 1.25   # predicted negative share within this factor of the human share


def select_stance_settings(table: pd.DataFrame, salts: Sequence[str]) -> tuple[tuple, dict, dict]:
    """The stance layer's L2 strength, class-weight power and negative share factor, chosen
    from the grids above by 5-fold CV by document on ``table`` over one fold assignment per
    salt: the best mean macro-F1 among settings whose layer, fitted on all of ``table``, reads equal
    odds of positive and negative as neutral and whose predicted negative share stays within
    ``STANCE_SHARE_MARGIN`` of the human share (the first before the second where no setting meets
    both); on ties the stronger regularisation, then the smaller factor. Returns (setting, its figures
    per setting, the fitted layers)."""
    gold = table["gold"].to_numpy(int)
    grid, models = {}, {}
    for key in ((a, b, s) for a in STANCE_L2_GRID for b in STANCE_BALANCE_GRID for s in STANCE_SHARE_GRID):
        preds = [stance_cv(table, key[0], key[1], salt=salt, negative_share=key[2]) for salt in salts]
        f1 = np.array([macro_f1(p, gold) for p in preds])
        grid[key] = {"macro_f1": round(float(f1.mean()), 4), "macro_f1_sd": round(float(f1.std()), 4),
                     "share_negative": round(float(np.mean([np.mean(p == -1) for p in preds])), 4),
                     "share_negative_human": round(float(np.mean(gold == -1)), 4)}
        models[key] = fit_stance_model(table, *key)

    def rank(key):
        r = grid[key]
        ratio = r["share_negative"] / max(r["share_negative_human"], 1e-9)
        # Equal odds of positive and negative must read neutral: without class weights the
        # rare negative class's odds are low everywhere and the fitted band leaves 0 outside.
        # It is a property the layer must have, the share a target: where no setting meets both (a share
        # 1.252x the human one against a margin of 1.25), a layer that reads them as neutral is still taken
        # before one that does not (L2 3000 left equal odds of positive and negative at 0.21, its band 0.05).
        even = abs(models[key]["centre"]) < models[key]["band"]
        return (even, 1 / STANCE_SHARE_MARGIN <= ratio <= STANCE_SHARE_MARGIN, r["macro_f1"], key[0], -key[2])

    return max(grid, key=rank), grid, models


def stance_cv_nested(table: pd.DataFrame, salt: str = "", k: int = 5) -> np.ndarray:
    """Out-of-fold predicted classes of the learned stance layer with every choice made inside
    the training folds: per fold, :func:`select_stance_settings` on the other four folds (one
    inner fold assignment, salt ``salt`` + "inner<fold>:"), then the layer fitted there."""
    from presslens.sentiment.portrayal import stance_evidence
    from presslens.sentiment.scorer import rescale

    folds = _folds(table.index, k, salt)
    pred = np.zeros(len(table), dtype=int)
    for fold in range(k):
        train = table[folds != fold]
        key, _, models = select_stance_settings(train, [f"{salt}inner{fold}:"])
        model = models[key]
        pred[folds == fold] = tone_label(rescale(stance_evidence(table[folds == fold], model), model["band"]))
    return pred


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


def _repeats_summary(reports: list[dict], spread: bool = True) -> dict:
    """Mean, range (and with ``spread`` the standard deviation) of the macro-F1 of
    :func:`_class_report` results over fold assignments, and their mean predicted negative share."""
    f1 = np.array([r["macro_f1"] for r in reports])
    out = {"repeats": len(reports), "macro_f1_mean": round(float(f1.mean()), 4)}
    if spread:
        out["macro_f1_sd"] = round(float(f1.std()), 4)
    out.update(macro_f1_min=round(float(f1.min()), 4), macro_f1_max=round(float(f1.max()), 4),
               share_negative_pred_mean=round(float(np.mean([r["share_negative_pred"] for r in reports])), 4))
    return out


STANCE_L2, STANCE_BALANCE = 1000.0, 0.5   # for cross-validation when no model file records its own
CV_REPEATS = 10                           # fold assignments of the repeated cross-validation
NESTED_REPEATS = 10                       # of the nested one (the figure to report)


def evaluate_persent(root=None, params: dict | None = None) -> dict:
    """Author's stance towards each PerSenT article's main person, by the packaged learned layer
    (fitted on all of PerSenT dev: in-sample figures): document macro-F1 and predicted vs human
    class shares (``document``), the same per labelled paragraph (``paragraph``, a paragraph
    without a mention of the person predicted neutral); ``document_cv``: 5-fold
    cross-validation by document, the layer (weights and band) refitted on four folds and
    measured on the fifth (the held-out figure, :func:`stance_cv`); ``document_cv_repeated``:
    mean, spread and range of that figure over ``CV_REPEATS`` other fold assignments;
    ``document_cv_by_person``: the same with every article about one person in one fold;
    ``document_cv_nested``: the first ``NESTED_REPEATS`` of those fold assignments with the
    layer's settings chosen inside every training part too (:func:`stance_cv_nested`), the
    figure to report, repeated first as ``reported`` (its mean, spread, range and negative share).
    ``document_rules`` / ``document_rules_cv``: the
    same for the hand-weighted rules (``params``, the ``doc`` weights by default; refitted by
    :func:`fit_stance` per fold). ``{}`` when the corpus is absent."""
    from presslens.sentiment.portrayal import _stance_model
    from presslens.sentiment.target import _weights
    from presslens.stats import rounded_interval, score_interval

    features = persent_features(root)
    if features.empty:
        return {}
    params = params or _weights()["doc"]
    model = _stance_model()
    method = "learned" if model is not None else "rules"
    gold = features.groupby("doc_id", sort=True)["gold"].first()

    def report(pred: pd.Series, g: pd.Series = gold) -> dict:
        return _class_report(pred.reindex(g.index).fillna(0).astype(int).to_numpy(), g.to_numpy())

    out = {"method": method,
           "document": report(_stance_predictions(features, params, method=method, model=model)),
           "found": round(float(features.groupby("doc_id")["found"].first().mean()), 4)}
    articles, paras = read_persent(root)
    ppred = _stance_predictions(features, params, ("doc_id", "para_id"), method=method, model=model)
    pkey = pd.MultiIndex.from_frame(paras[["doc_id", "para_id"]].astype({"para_id": float}))
    ppred.index = ppred.index.set_levels(ppred.index.levels[1].astype(float), level=1)
    p = ppred.reindex(pkey).fillna(0).astype(int).to_numpy()
    out["paragraph"] = _class_report(p, paras["gold"].to_numpy())
    # a paragraph's neighbours share its article: the interval resamples whole articles
    out["paragraph"]["macro_f1_ci"] = rounded_interval(score_interval(macro_f1, p, paras["gold"].to_numpy(),
                                                               clusters=paras["doc_id"].to_numpy()))
    table = stance_table(features)
    settings = model or {}
    l2, balance = settings.get("l2", STANCE_L2), settings.get("balance", STANCE_BALANCE)
    share = settings.get("negative_share", 1.0)
    y = table["gold"].to_numpy(int)
    cv_pred = stance_cv(table, l2, balance, negative_share=share)
    out["document_cv"] = _class_report(cv_pred, y)
    out["document_cv"]["macro_f1_ci"] = rounded_interval(score_interval(macro_f1, cv_pred, y))
    # One split's figure moves by about ±0.01 with the fold assignment: the mean and spread
    # over other assignments say how far to trust it.
    # The same person is the subject of several articles (dozens for some): folds by person
    # (by the target's surname) say whether the layer generalises to people it never saw.
    person = articles.set_index("doc_id")["target"].reindex(table.index)
    person = person.fillna("").str.split().str[-1].fillna("").str.lower()
    for name, groups in (("document_cv_repeated", None), ("document_cv_by_person", person.tolist())):
        repeats = [_class_report(stance_cv(table, l2, balance, f"repeat{s}:", groups=groups,
                                         negative_share=share), y)
                   for s in range(CV_REPEATS)]
        out[name] = _repeats_summary(repeats)
    # The settings above were chosen on all of PerSenT dev (by train_stance.py, on fold
    # assignments of their own); here they are chosen again inside every training part.
    nested_pred = np.column_stack([stance_cv_nested(table, f"repeat{s}:") for s in range(NESTED_REPEATS)])
    nested = [_class_report(p, y) for p in nested_pred.T]
    out["document_cv_nested"] = _repeats_summary(nested)
    # The figure to report, heading the block. The settings in the grids are chosen inside every
    # training part, but the grids themselves and the summaries the layer reads were chosen on
    # cross-validation over these same articles (scripts/train_stance.py): a development figure.
    # With a grid of one setting nothing is chosen inside the folds and the label says so.
    settings = len(STANCE_L2_GRID) * len(STANCE_BALANCE_GRID) * len(STANCE_SHARE_GRID)
    chosen = (f"{settings} settings chosen inside every training part" if settings > 1 else
              "one setting, fixed after CV on all of PerSenT dev (so the same as document_cv_repeated, "
              "and not blind to that choice nor to the choice of summaries: a development figure)")
    reported = {"figure": f"document_cv_nested: 5-fold CV by document, weights and thresholds fitted and "
                          f"{chosen}, mean over {NESTED_REPEATS} fold assignments",
                **{k: out["document_cv_nested"][k] for k in ("macro_f1_mean", "macro_f1_sd", "macro_f1_min",
                                                             "macro_f1_max", "share_negative_pred_mean")},
                "share_negative_gold": round(float(np.mean(y == -1)), 4)}
    # How far the figure could move on another 578 articles of the kind: the documents resampled
    # (the same draw for every fold assignment), the mean over the assignments recomputed.
    reported["macro_f1_ci"] = rounded_interval(score_interval(
        mean_macro_f1, nested_pred, y))
    reported["negative_share_ratio_ci"] = rounded_interval(score_interval(
        lambda p, g: float(np.mean(p == -1) / np.mean(g == -1)) if np.any(g == -1) else float("nan"),
        nested_pred, y))
    reported["negative_share_ratio"] = round(float(np.mean(nested_pred == -1) / np.mean(y == -1)), 4)
    out = {"reported": reported, **out}
    rules = []
    for fold in range(5):
        part = features[features["fold"] == fold]
        g = part.groupby("doc_id", sort=True)["gold"].first()
        refit = fit_stance(features[features["fold"] != fold], params)
        rules.append(pd.DataFrame({"gold": g, "pred": _stance_predictions(part, refit).reindex(g.index)
                                   .fillna(0).astype(int)}))
    cv = pd.concat(rules)
    out["document_rules_cv"] = _class_report(cv["pred"].to_numpy(), cv["gold"].to_numpy())
    out["document_rules"] = report(_stance_predictions(features, params))
    return out
