"""Sentence tone and its aggregates: per paragraph, per article, per outlet or publication date.

Methods (the ``method=`` argument everywhere):

* ``"news"`` (default) — VADER with transparent news adjustments (:mod:`presslens.sentiment.news`).
* ``"rated"`` — the news method's evidence refitted to people's mean ratings by a small ridge
  regression (:mod:`presslens.sentiment.rated`): correlates better with people on text it was
  not fitted on (leave-one-domain-out; movie snippets 0.565, NewsMTSC held-out half 0.533),
  with about the news method's macro-F1 on NewsMTSC sentences (0.568 against 0.567);
  ``pos``/``neu``/``neg`` are the news method's. Needs the ``rated`` extra (non-commercial
  licences); scoring NewsMTSC's sentences (caches cleared, same process) takes 6.6 times the
  CPU of ``"news"``.
* ``"rated_core"`` — the same layer over what the core install has (the news method's evidence,
  irrealis and far negation, a suffix back-off to VADER's lexicon, the learned words; MIT-clean):
  fitted on the other domains, r beats ``"news"`` on every domain left out (movie snippets 0.484
  against 0.450, NewsMTSC held-out half 0.482 against 0.460), by less than ``"rated"`` (0.565,
  0.533), while its labels agree a little less with NewsMTSC's (macro-F1 0.556 against 0.567);
  2.6 times the CPU of ``"news"`` on the same sentences.
* ``"vader"`` — NLTK's VADER, scores identical to ``nltk.sentiment.vader`` but several times
  faster (:class:`presslens.sentiment.vader.FastVader`).
* ``"nltk"`` — NLTK's own, unoptimised analyser; the reference for tests and benchmarks.

``"news"`` stays the default: the gain of ``"rated_core"`` in r is small and its labels (which
the tables' shares of positive and negative sentences count) are a little worse on news; the
portrayal and stance layers were fitted on the news method's scores; and ``"rated"`` needs
licences the core install does not carry (results must not depend on what is installed).
And ``analyse`` scores every sentence: on PolNeAR train's 30,085 sentences (caches cleared,
same process, best of three) ``"rated_core"`` takes 1.78 CPU s against 0.80 for ``"news"``,
about 1 s more on an analysis of 11 CPU s, which would take it below 0.6× NLTK's VADER.

A compound score within ±0.05 counts as neutral (VADER's convention), above as positive, below
as negative.

Example::

    >>> score_text("The talks ended without an agreement.", method="vader")
    -0.3875
"""

from __future__ import annotations

from typing import Any, Callable, Iterable

import numpy as np
import pandas as pd
from pandas.api.types import is_scalar

from presslens.dates import read_datetimes

from .news import news_scorer
from .rated import rated_core_scorer, rated_scorer
from .vader import fast_vader, vader_reference

__all__ = [
    "DEFAULT_METHOD",
    "METHODS",
    "NEUTRAL_BAND",
    "article_tone",
    "paragraph_tone",
    "label_names",
    "polarity_scores",
    "rescale",
    "score_many",
    "score_sentences",
    "score_text",
    "sentence_words",
    "tone_by",
    "tone_label",
]

DEFAULT_METHOD = "news"
NEUTRAL_BAND = 0.05
_SCORERS: dict[str, Callable] = {
    "news": news_scorer,
    "rated": rated_scorer,
    "rated_core": rated_core_scorer,
    "vader": fast_vader,
    "nltk": vader_reference,
}
METHODS = tuple(_SCORERS)
_COLUMNS = ["compound", "pos", "neu", "neg"]


def _scorer(method: str):
    try:
        return _SCORERS[method]()
    except KeyError:
        raise ValueError(f"unknown sentiment method {method!r}; choose one of {METHODS}") from None


def _as_text(text) -> str:
    """``text``, or "" for a missing one (None, NaN). Anything else is an error: a table, bytes or
    a number scored 0 without a word would read as a neutral text."""
    if isinstance(text, str):
        return text
    if is_scalar(text) and pd.isna(text):
        return ""
    raise TypeError(f"a text to score must be a string (None or NaN scores 0), not {type(text).__name__}: "
                    "decode bytes first (presslens.corpus.decode); for a table of sentences, score_sentences")


def polarity_scores(text: str, method: str = DEFAULT_METHOD) -> dict[str, float]:
    """VADER's four scores for one text: ``{"neg", "neu", "pos", "compound"}``.

    >>> polarity_scores("NO WAR!", method="nltk")["compound"]
    -0.75
    """
    return _scorer(method).polarity_scores(_as_text(text))


def score_text(text: str, method: str = DEFAULT_METHOD) -> float:
    """Compound tone of one text in [-1, 1]; a missing text (None, NaN) scores 0, anything else
    that is not a string (bytes, a number, a table) raises ``TypeError``.

    >>> score_text("Officials praised the rescue.") > 0.05
    True
    """
    return float(polarity_scores(text, method)["compound"])


def tone_label(compound) -> np.ndarray:
    """-1 / 0 / 1 for scores below -0.05, within ±0.05, above 0.05 (works on arrays)."""
    c = np.asarray(compound, dtype=float)
    return np.where(c > NEUTRAL_BAND, 1, np.where(c < -NEUTRAL_BAND, -1, 0))


def rescale(raw, band: float, scale: float = 1.0):
    """Map raw evidence onto VADER's reading convention, so that one rule reads every presslens
    score: ``|raw| <= band`` (the neutral band fitted for that evidence) lands within ±0.05,
    linearly; beyond it the score grows as ``0.05 + 0.95·tanh((|raw| − band) / scale)``. The
    sign is kept and the map is monotone, so ranks and signs never change; works on arrays.

    >>> [round(float(x), 3) for x in rescale([0.1, -0.2, 0.4, 3.0], band=0.2)]
    [0.025, -0.05, 0.238, 0.993]
    """
    x = np.asarray(raw, dtype=float)
    size = np.abs(x)
    band = max(float(band), 1e-9)
    inside = NEUTRAL_BAND * size / band
    outside = NEUTRAL_BAND + (1 - NEUTRAL_BAND) * np.tanh(np.maximum(size - band, 0) / scale)
    return np.sign(x) * np.where(size <= band, inside, outside)


def label_names(scores) -> np.ndarray:
    """"negative" / "neutral" / "positive" for scores by the ±0.05 rule (the label column
    that stands beside every score in presslens tables).

    >>> label_names([-0.3, 0.0, 0.05, 0.2]).tolist()
    ['negative', 'neutral', 'neutral', 'positive']
    """
    return np.array(["negative", "neutral", "positive"], dtype=object)[tone_label(scores) + 1]


def score_sentences(
    sentences: pd.DataFrame, method: str = DEFAULT_METHOD, column: str = "text"
) -> pd.DataFrame:
    """The sentences table (``split_sentences``) with ``compound``, ``pos``, ``neu``, ``neg`` added.

    Input: any DataFrame with a text ``column``; output: a copy with the four float columns.

    >>> df = pd.DataFrame({"text": ["A great success.", "Three people died."]})
    >>> score_sentences(df, method="vader")["compound"].tolist()
    [0.8316, -0.5574]
    """
    if not isinstance(sentences, pd.DataFrame):
        raise TypeError(f"score_sentences: sentences must be a pandas DataFrame with a {column!r} column "
                        f"(split_sentences gives one), not {type(sentences).__name__}; for one text: score_text")
    if column not in sentences and len(sentences):
        raise ValueError(f"score_sentences: the table has no column {column!r} (it has: "
                         f"{', '.join(map(str, sentences.columns[:8]))}); name the text column with column=")
    texts = sentences[column].tolist() if column in sentences else []
    values = _scores([_as_text(t) for t in texts], method)
    out = sentences.copy()
    for col, series in zip(_COLUMNS, values.T if len(values) else np.zeros((4, 0))):
        out[col] = series
    return out


def _scores(texts: list[str], method: str) -> np.ndarray:
    """(n, 4) array of compound, pos, neu, neg."""
    scorer = _scorer(method)
    if hasattr(scorer, "scores"):
        rows = scorer.scores(texts)
    else:  # NLTK's reference analyser
        rows = [tuple(scorer.polarity_scores(t)[c] for c in _COLUMNS) for t in texts]
    return np.array(rows, dtype=float).reshape(len(texts), 4)


def _check_scored(scored: Any, keys: list[str], caller: str) -> None:
    """Raise a readable error unless ``scored`` is a table of scored sentences with ``keys``."""
    if not isinstance(scored, pd.DataFrame):
        raise TypeError(f"{caller}: scored must be a pandas DataFrame of scored sentences "
                        f"(score_sentences gives one), not {type(scored).__name__}")
    missing = [c for c in (*keys, "compound") if c not in scored.columns]
    if missing and len(scored.columns):
        has = ", ".join(map(str, scored.columns[:8])) + (" ..." if len(scored.columns) > 8 else "")
        fix = ("score the sentences first: score_sentences(sentences)" if missing == ["compound"]
               else "split_sentences gives each sentence its doc_id and para_id, score_sentences its compound")
        raise ValueError(f"{caller}: the table has no column {' or '.join(missing)} (it has: {has}); {fix}")


def sentence_words(texts: pd.Series) -> pd.Series:
    """The words each sentence of ``texts`` weighs by in the article, outlet and date tones: its words split at
    white space, at least 1, so an empty sentence never divides by zero.

    >>> sentence_words(pd.Series(["Good.", "Very very bad news.", ""])).tolist()
    [1, 4, 1]
    """
    return texts.map(lambda t: max(len(_as_text(t).split()), 1))


def _summarise(scored: pd.DataFrame, keys: list[str], caller: str = "article_tone") -> pd.DataFrame:
    """Length-weighted tone, its label and shares of positive/negative/neutral sentences per group."""
    cols = [*keys, "sentences", "words", "tone", "tone_label", "mean_compound", "share_positive",
            "share_negative", "share_neutral"]
    _check_scored(scored, [k for k in keys if k in ("doc_id", "para_id")], caller)
    if scored.empty:
        return pd.DataFrame(columns=cols)
    text = scored["text"] if "text" in scored else pd.Series("", index=scored.index)
    n_words = sentence_words(text)
    label = tone_label(scored["compound"])
    frame = scored[keys].assign(
        _w=n_words.to_numpy(),
        _wc=scored["compound"].to_numpy() * n_words.to_numpy(),
        _c=scored["compound"].to_numpy(),
        _pos=label == 1,
        _neg=label == -1,
        _neu=label == 0,
    )
    g = frame.groupby(keys, sort=True, dropna=True)
    out = pd.DataFrame(
        {
            "sentences": g.size(),
            "words": g["_w"].sum(),
            "tone": g["_wc"].sum() / g["_w"].sum(),
            "mean_compound": g["_c"].mean(),
            "share_positive": g["_pos"].mean(),
            "share_negative": g["_neg"].mean(),
            "share_neutral": g["_neu"].mean(),
        }
    ).reset_index()
    out["tone_label"] = label_names(out["tone"])
    return out[cols]


def paragraph_tone(scored: pd.DataFrame) -> pd.DataFrame:
    """Tone per paragraph of scored sentences (``doc_id``, ``para_id``, ``text``, ``compound``).

    Output columns: doc_id, para_id, sentences, words, tone (word-weighted mean compound),
    tone_label, mean_compound, share_positive, share_negative, share_neutral (±0.05 rule).
    """
    return _summarise(scored, ["doc_id", "para_id"], "paragraph_tone")


def article_tone(scored: pd.DataFrame) -> pd.DataFrame:
    """Tone per article of scored sentences (``doc_id``, ``text``, ``compound``).

    Output columns: doc_id, sentences, words, tone (word-weighted mean compound), tone_label,
    mean_compound, share_positive, share_negative, share_neutral (±0.05 rule).

    >>> s = pd.DataFrame({"doc_id": ["a", "a"], "text": ["Good.", "Very very bad news."],
    ...                   "compound": [0.44, -0.6]})
    >>> article_tone(s)[["tone", "share_positive"]].round(3).values.tolist()
    [[-0.392, 0.5]]
    """
    return _summarise(scored, ["doc_id"])


def tone_by(
    scored: pd.DataFrame,
    articles: pd.DataFrame,
    by: str = "outlet",
    freq: str = "D",
) -> pd.DataFrame:
    """Tone per outlet (``by="outlet"``) or per publication period (``by="published"``).

    ``scored``: scored sentences with doc_id; ``articles``: the corpus table (doc_id, outlet,
    published). Periods are ``published`` floored to ``freq`` ("D", "W", "M" → day, week, month
    start); articles without an outlet or date are left out. Output columns: the ``by`` key,
    articles, sentences, words, tone (word-weighted over all sentences), tone_label,
    mean_article_tone, share_positive, share_negative, share_neutral.
    """
    if by not in ("outlet", "published"):
        raise ValueError('by must be "outlet" or "published"')
    _check_scored(scored, ["doc_id"], "tone_by")
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(f"tone_by: articles must be a pandas DataFrame with the columns doc_id and {by} "
                        f"(presslens.load_corpus gives one), not {type(articles).__name__}")
    missing = [c for c in ("doc_id", by) if c not in articles.columns]
    if missing:
        raise ValueError(f"tone_by: the articles table has no column {' or '.join(missing)}, so there is "
                         f"nothing to group by; load_corpus fills {by} from the files' metadata, or name "
                         f"yours, e.g. df.rename(columns={{'source': 'outlet', 'date': 'published'}})")
    meta = articles[["doc_id", by]].drop_duplicates("doc_id")
    if by == "published":
        when = read_datetimes(meta["published"])
        if freq in ("D", "W", "M"):
            when = when.dt.to_period(freq).dt.start_time
        else:
            when = when.dt.floor(freq)
        meta = meta.assign(published=when)
    joined = scored.merge(meta, on="doc_id", how="inner")
    out = _summarise(joined, [by])
    per_article = article_tone(joined).merge(meta, on="doc_id")
    counts = per_article.groupby(by, dropna=True).agg(
        articles=("doc_id", "size"), mean_article_tone=("tone", "mean")
    )
    if out.empty:  # no sentence at all (an empty corpus): give the key its type so the merge lines up
        out[by] = out[by].astype(meta[by].dtype)
    out = out.merge(counts.reset_index(), on=by, how="left")
    return out[[by, "articles", "sentences", "words", "tone", "tone_label", "mean_article_tone",
                "share_positive", "share_negative", "share_neutral"]]


def score_many(texts: Iterable[str], method: str = DEFAULT_METHOD) -> np.ndarray:
    """Compound scores of many texts as a float array (used by the evaluation helpers)."""
    return _scores([_as_text(t) for t in texts], method)[:, 0]
