"""Uncertainty of the figures the notebooks show: intervals over articles.

Articles, not sentences or mentions, are the units a corpus samples: the mentions of one article
share its author, outlet and topic. So every interval here treats whole articles as the units (a
cluster interval): a group's mean is the (weighted) mean of its items (articles, sentences, mentions,
quotes), its standard error Bell and McCaffrey's bias-reduced linearisation over articles (CR2: each
article's residual sum scaled up by its leverage, its share of the group's weight), and the 95% interval
the mean +- Student's t times it on Bell and McCaffrey's degrees of freedom: articles - 1 when the articles
weigh alike (then it is the textbook t interval over article means), fewer when a few long articles carry
the mean. A share of a category is given Korn and Graubard's interval: Clopper-Pearson on the effective
number of items (the items over the design effect the delete-one-article jackknife measures), which stays
in [0, 1] and keeps a width for a category seen once or never. Measured by simulation on news-shaped groups
of 5-40 articles (scripts/interval_coverage.py, 1,000 groups a setting), the percentile cluster bootstrap
these functions used before held the true mean tone in 80-94% of them, a share of 15% in 75-94% and a rare
kind's share (3%) in 30-85%; these hold it in 91-96%, 95-100% and 94-100% (the tone 94-96% over articles of
like length or of unequal length, 91-93% when a few articles are very negative as well). There the mean's own
distribution is skewed and a symmetric interval misses on one side; ``group_intervals(..., method="hall")``
corrects it for the skewness the articles show (Hall's transformation of the t statistic) and holds the tone in
94-96% of those groups, at the cost of wider intervals over few articles (see :func:`group_intervals`).

A group held by fewer than ``min_size`` articles (default 5) is ``small``: it is kept, flagged, not
ranked, and given no interval (``no_interval`` says why): a spread measured from 2-4 articles says too
little (three articles alike have none at all, and a percentile bootstrap gave them "-0.649 [-0.649,
-0.649]", certainty where there is least of it).

Two groups (outlets) are compared by the difference of their means with its own interval
(:func:`difference_intervals`, Welch's t); with many pairs, the p-value of each pair is adjusted by Holm's
method over all the pairs of the table (``p_holm``, ``differs_holm``). Articles without an outlet are
not a group to compare: they are left out of the differences and counted apart.

Example::

    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": list("aabbccddee"), "outlet": ["X"] * 10,
    ...                    "tone": [.1, .3, -.2, 0, .5, .4, .2, .1, -.1, .0]})
    >>> t = group_intervals(df, "tone", by="outlet")
    >>> t[["outlet", "n", "articles", "mean", "small"]].values.tolist()
    [['X', 10, 5, 0.13, False]]
    >>> bool(t.low[0] < 0.13 < t.high[0])
    True
"""

from __future__ import annotations

import warnings
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats as _scipy_stats

from presslens.dates import read_datetimes
from presslens.missing import missing_key

__all__ = [
    "LEVEL",
    "MEAN_METHODS",
    "MIN_SIZE",
    "N_RESAMPLES",
    "bootstrap_differences",
    "bootstrap_groups",
    "bootstrap_shares",
    "describe_columns",
    "describe_difference",
    "describe_differences",
    "describe_interval",
    "describe_method",
    "holm",
    "difference_intervals",
    "difference_results",
    "group_intervals",
    "interval_results",
    "effective_proportion_interval",
    "proportion_interval",
    "publication_periods",
    "rounded_interval",
    "score_interval",
    "share_intervals",
]

LEVEL = 0.95
MIN_SIZE = 5
N_RESAMPLES = 2000
MEAN_METHODS = ("t", "hall")  # group_intervals: the symmetric Bell-McCaffrey t interval, or Hall's skew-corrected


def describe_columns(table: pd.DataFrame, unit: str = "article", digits: int = 1) -> pd.DataFrame:
    """``table.describe()`` of its numeric columns, rounded to ``digits``, for a notebook to show.
    With fewer than two rows there is no spread: the ``std`` row (NaN, which reads as a fault) is
    named for it, ``std (none: one article)`` (``unit``), and left empty.

    >>> describe_columns(pd.DataFrame({"words": [120]})).index[2]
    'std (none: one article)'
    """
    summary = table.describe().round(digits)
    if len(table) < 2 and "std" in summary.index:
        label = f"std (none: {'one' if len(table) else 'no'} {unit})"
        summary = summary.rename(index={"std": label}).astype(object)
        summary.loc[label] = ""
    return summary


def _check_method(caller: str, method: str) -> None:
    """Raise ValueError naming ``caller`` where ``method`` is none of :data:`MEAN_METHODS`."""
    if method not in MEAN_METHODS:
        raise ValueError(f"{caller}: method {method!r} is not one of {', '.join(map(repr, MEAN_METHODS))}")


def describe_method(*, level: float = LEVEL, min_size: int = MIN_SIZE, method: str = "t") -> str:
    """The method of :func:`group_intervals` (its ``method``) and :func:`share_intervals` in words, for captions
    and results files (keywords only: a call written for the old describe_method(n_resamples, seed, ...) fails
    rather than read 2,000 as the level).

    >>> describe_method()
    "95% interval over articles (Bell-McCaffrey: bias-reduced standard error, Student's t on its degrees of \
freedom; a share: Korn-Graubard; none for a group of fewer than 5 articles, or whose articles all give one value)"
    >>> describe_method(method="hall").split("; ")[0]
    "95% interval over articles (Bell-McCaffrey: bias-reduced standard error, Student's t on its degrees of \
freedom, corrected for skewness by Hall's transformation"
    """
    _check_method("describe_method", method)
    skew = ", corrected for skewness by Hall's transformation" if method == "hall" else ""
    return (f"{level:.0%} interval over articles (Bell-McCaffrey: bias-reduced standard error, Student's t on its "
            f"degrees of freedom{skew}; a share: Korn-Graubard; none for a group of fewer than {max(2, min_size)} "
            "articles, or whose articles all give one value)")


def _no_interval(articles: int, min_size: int) -> str:
    """Why a group of ``articles`` has no interval ("" when it has one): one article, or fewer than
    ``min_size``, whose spread is measured from too few articles to rely on."""
    if articles == 1:
        return "a single article"
    return f"fewer than {min_size} articles" if articles < min_size else ""


# Why a group of enough articles has no interval: its articles do not vary, so their standard error is 0 and the
# interval would have no width, which reads as certainty where it only says the articles agree.
SAME_VALUE = "every article gives the same value: no spread to measure"


def describe_interval(row: pd.Series | dict, items: str = "items", value: str = "mean") -> str:
    """One row of :func:`group_intervals` or :func:`share_intervals` in words, for a notebook to
    print: the value with its interval, or why there is none (``no_interval``: one article, or fewer
    than the table's ``min_size``), and the articles and ``items`` it rests on, flagged when small.

    >>> describe_interval({"mean": 0.2, "low": 0.1, "high": 0.3, "articles": 8, "n": 40, "small": False},
    ...                   "sentences")
    '+0.200 (95% interval +0.100 to +0.300; 8 articles, 40 sentences)'
    >>> describe_interval({"mean": 0.2, "low": None, "high": None, "articles": 1, "n": 29, "small": True},
    ...                   "sentences")
    '+0.200 (no interval: a single article; 1 article, 29 sentences; too few articles to rely on)'
    """
    articles = int(row["articles"])
    if pd.isna(row["low"]) or pd.isna(row["high"]):
        reason = row.get("no_interval") or ("a single article" if articles == 1 else "")
        interval = f"no interval: {reason}" if reason else "no interval"
    else:
        interval = f"{LEVEL:.0%} interval {row['low']:+.3f} to {row['high']:+.3f}"
    rests = f"{articles} article{'' if articles == 1 else 's'}, {int(row['n'])} {items}"
    small = "; too few articles to rely on" if row["small"] else ""
    return f"{row[value]:+.3f} ({interval}; {rests}{small})"


def _keys(by: str | Sequence[str] | None) -> list[str]:
    return [] if by is None else [by] if isinstance(by, str) else list(by)


def _jackknife(sums: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The ratio ``sums.sum(-1) / counts.sum(-1)`` and its delete-one-cluster jackknife standard error
    (``sums`` (K, C), ``counts`` (1, C); each of length K): the ratio recomputed leaving out each cluster
    (article) in turn, sqrt((C - 1) / C * sum of squared deviations) -- the CV3 cluster-robust variance."""
    clusters = sums.shape[-1]
    total, weight = sums.sum(-1, keepdims=True), counts.sum(-1, keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):  # a cluster holding all the weight: no estimate
        left = (total - sums) / (weight - counts)
        spread = ((left - left.mean(-1, keepdims=True)) ** 2).sum(-1)
        return total[:, 0] / weight[:, 0], np.sqrt((clusters - 1) / clusters * spread)


def _bell_mccaffrey(sums: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray, float]:
    """The ratio ``sums.sum(-1) / counts.sum(-1)`` (``sums`` (K, C), ``counts`` (1, C)), its standard error by
    Bell and McCaffrey's bias-reduced linearisation (CR2: each cluster's residual sum scaled by 1 / sqrt(1 - h),
    h its share of the weight, the cluster's leverage) and their degrees of freedom (Satterthwaite's, under a
    working model of independent items whose variance goes as 1 / weight): C - 1 when the clusters weigh alike,
    fewer when a few long articles carry the mean (Bell & McCaffrey 2002, Survey Methodology 28(2); Imbens &
    Kolesar 2016; Pustejovsky & Tipton 2018's CR2 with Satterthwaite degrees of freedom, R's clubSandwich)."""
    weight = counts.sum(-1, keepdims=True)
    ratio = sums.sum(-1, keepdims=True) / weight
    h = counts[0] / weight[0, 0]
    with np.errstate(invalid="ignore", divide="ignore"):  # a cluster holding all the weight: no estimate
        se = np.sqrt(((sums - ratio * counts) ** 2 / (1 - h)).sum(-1)) / weight[:, 0]
        q = h ** 2 / (1 - h)
        df = float(1 / ((h ** 2).sum() + q.sum() ** 2 - (q ** 2).sum()))
    return ratio[:, 0], se, df


def _hall(sums: np.ndarray, counts: np.ndarray, ratio: np.ndarray, se: np.ndarray,
          t: float) -> tuple[np.ndarray, np.ndarray]:
    """Hall's (1992) skewness-corrected interval of the ratio ``sums.sum(-1) / counts.sum(-1)`` (``sums``
    (K, C), ``counts`` (1, C)), its ``ratio`` and standard error ``se`` given, for the quantile ``t``: low and
    high, each of length K. The t statistic (ratio - truth) / se of a mean of skewed articles is skewed the
    other way (a sample that missed the few very negative articles has a high mean and a small spread), so a
    symmetric interval misses on one side. Hall's monotone cubic g(T) = T + aT^2 + a^2 T^3 / 3 + b removes the
    first-order skewness of T (Johnson's 1978 correction, made monotone and invertible), a = A / 3 and
    b = A / 6 for A the skewness of the sum of the clusters' residuals: gamma * sum(w^3) / sum(w^2)^1.5 for
    articles of weight w whose means have skewness gamma (gamma / sqrt(C) when they weigh alike). gamma is
    the skewness (Fisher-Pearson, g1) of the article means, each article counted once: the residual sums
    themselves would rest it on the few longest articles, from which it is no more than noise. The interval
    is ratio - se * g^-1(t) to ratio - se * g^-1(-t), longer on the side of the tail; g^-1(x) =
    ((1 + 3a(x - b))^(1/3) - 1) / a, computed as 3(x - b) / (c^2 + c + 1) for c = (1 + 3a(x - b))^(1/3), which
    keeps its precision as a nears 0 (at 0 it is x: the symmetric interval)."""
    with np.errstate(invalid="ignore", divide="ignore"):  # an empty article (weight 0) has no mean
        means = sums / counts
    deviation = means - np.nanmean(means, -1, keepdims=True)
    m2, m3 = np.nanmean(deviation ** 2, -1), np.nanmean(deviation ** 3, -1)
    gamma = np.divide(m3, m2 ** 1.5, out=np.zeros_like(m3), where=m2 > 0)
    w = counts[0]
    a = gamma * (w ** 3).sum() / (w ** 2).sum() ** 1.5 / 3
    b = a / 2

    def inverse(x: float) -> np.ndarray:
        c = np.cbrt(1 + 3 * a * (x - b))
        return 3 * (x - b) / (c * c + c + 1)

    return ratio - se * inverse(t), ratio - se * inverse(-t)


def _cluster_interval(sums: np.ndarray, counts: np.ndarray, *, level: float, min_size: int,
                      share: bool = False, method: str = "t") -> tuple[np.ndarray, np.ndarray]:
    """Interval of ``sums.sum(-1) / counts.sum(-1)`` over the clusters (the last axis). ``sums`` is (K, C),
    ``counts`` (1, C); returns low and high, each of length K (nan with fewer than ``min_size`` clusters,
    or one). A mean: the ratio +- Student's t on Bell and McCaffrey's degrees of freedom times their
    standard error (:func:`_bell_mccaffrey`); with ``method="hall"``, Hall's skewness-corrected interval on
    the same standard error and t (:func:`_hall`). A ``share`` (``sums`` count the items of each category,
    ``counts`` all items): Korn and Graubard's interval, a Clopper-Pearson interval on the effective number of
    items (the items over the design effect the jackknife measures, at most all of them, on C - 1 degrees of
    freedom), which stays in [0, 1] and does not shrink to nothing for a category seen rarely or never."""
    clusters = sums.shape[-1]
    if _no_interval(clusters, min_size):
        nan = np.full(sums.shape[0], np.nan)
        return nan, nan.copy()
    if not share:
        ratio, se, df = _bell_mccaffrey(sums, counts)
        t = _scipy_stats.t.ppf((1 + level) / 2, df)
        return _hall(sums, counts, ratio, se, t) if method == "hall" else (ratio - t * se, ratio + t * se)
    ratio, se = _jackknife(sums, counts)
    t = _scipy_stats.t.ppf((1 + level) / 2, clusters - 1)
    items = counts.sum()
    with np.errstate(invalid="ignore", divide="ignore"):
        effective = np.where((se > 0) & (ratio > 0) & (ratio < 1), ratio * (1 - ratio) / se ** 2, items)
    effective = np.minimum(effective, items) * (_scipy_stats.t.ppf((1 + level) / 2, max(items - 1, 1)) / t) ** 2
    seen = ratio * effective
    tail = (1 - level) / 2
    low = np.where(seen > 0, _scipy_stats.beta.ppf(tail, np.maximum(seen, 1e-12), effective - seen + 1), 0.0)
    high = np.where(seen < effective, _scipy_stats.beta.ppf(1 - tail, seen + 1,
                                                            np.maximum(effective - seen, 1e-12)), 1.0)
    return low, high


def _by_cluster(df: pd.DataFrame, values: list[str], cluster: str,
                weight: str | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Per cluster: the (weighted) sums of each value column, (K, C), and the total weight, (1, C)."""
    w = df[weight].astype(float) if weight else pd.Series(1.0, index=df.index)
    frame = pd.DataFrame({v: df[v].astype(float) * w for v in values}).assign(_w=w, _c=df[cluster])
    per = frame.groupby("_c", sort=True).sum()
    return per[values].to_numpy(float).T, per["_w"].to_numpy(float)[None, :]


def _rank(table: pd.DataFrame, score: str, keys: list[str]) -> pd.DataFrame:
    # Groups too small to compare are listed after the rest and get no rank.
    big = table[~table["small"]].sort_values([score, *keys], ascending=[False] + [True] * len(keys),
                                             kind="stable")
    small = table[table["small"]].sort_values(keys or [score], kind="stable")
    out = pd.concat([big, small], ignore_index=True)
    out["rank"] = pd.array(list(range(1, len(big) + 1)) + [pd.NA] * len(small), dtype="Int64")
    return out


def group_intervals(df: pd.DataFrame, value: str, by: str | Sequence[str] | None = None,
                    cluster: str = "doc_id", *, weight: str | None = None, level: float = LEVEL,
                    min_size: int = MIN_SIZE, method: str = "t") -> pd.DataFrame:
    """Mean of ``value`` per group of ``by``, with an interval over ``cluster`` (see the module's note on
    coverage).

    In: a tidy table with one row per item (an article, sentence, mention, quote), a numeric
    ``value`` column, the grouping column(s) ``by`` (``None``: the whole table as one group) and
    the ``cluster`` column (the article, ``doc_id``); ``weight``, a column of item weights (e.g.
    the words of a sentence, for a word-weighted tone). Rows whose value is missing are left out.

    Out: one row per group: the ``by`` columns, ``n`` (items), ``articles`` (distinct clusters),
    ``mean``, ``low``, ``high`` (the interval; missing below ``min_size`` articles or with one, and where
    every article gives the same value, :data:`SAME_VALUE`: a standard error of 0 over articles that agree
    would make an interval of no width, read as certainty), ``small`` (fewer than ``min_size`` articles),
    ``no_interval`` (why there is none, or "") and
    ``rank`` (1 = highest mean among the groups that are not small; missing for small ones, which
    come last). Each group's interval rests on its own articles only (mean +- Student's t times Bell and
    McCaffrey's bias-reduced standard error over articles, on their degrees of freedom: articles - 1 when the
    articles weigh alike, fewer when a few carry the mean; kept within [0, 1] for a 0/1 ``value``), so it does
    not depend on other groups.

    ``method="hall"`` corrects that interval for skewness (Hall 1992, :func:`_hall`): the same standard error
    and t, the interval made longer on the side of the articles' tail (a few very negative articles: longer
    below the mean) and shorter on the other; over a few articles with one far from the rest, much longer (below,
    one article of eight at -0.4 stretches it from -0.05 to -0.54). Measured by scripts/interval_coverage.py
    (1,000 groups a setting of 5-40 articles), where a few articles are very negative the default held the true
    tone in 91.0-93.3% of groups and ``"hall"`` in 94.0-95.7%; where they are not skewed both hold it in
    93.5-96.1%, but ``"hall"``'s intervals are wider, as it reads the skewness from few articles: by 38-51% on
    average over 5 articles (median 25-32%), 19-38% over 8, 6-25% over 12, 2-14% over 20 and 0-3% over 40. So
    the default stays the symmetric interval, which is no wider than needed where articles are not skewed;
    ask for ``"hall"`` when the articles' values have a long tail on one side (``scipy.stats.skew`` of the
    article means over the corpus well away from 0), above all for groups of 12 articles or more.

    >>> df = pd.DataFrame({"doc_id": list("abcdefgh"), "tone": [.2, .3, .25, .1, .3, -.4, .15, .2]})
    >>> group_intervals(df, "tone")[["mean", "low", "high"]].values.round(3).tolist()
    [[0.138, -0.053, 0.328]]
    >>> group_intervals(df, "tone", method="hall")[["mean", "low", "high"]].values.round(3).tolist()
    [[0.138, -0.543, 0.268]]
    """
    _check_method("group_intervals", method)
    keys = _keys(by)
    columns = [*keys, "n", "articles", "mean", "low", "high", "small", "no_interval", "rank"]
    data = df.dropna(subset=[value])
    if data.empty:
        return pd.DataFrame(columns=columns)
    rows = []
    groups = data.groupby(keys, sort=True, dropna=False) if keys else [((), data)]
    for key, part in groups:
        sums, counts = _by_cluster(part, [value], cluster, weight)
        low, high = _cluster_interval(sums, counts, level=level, min_size=min_size, method=method)
        if part[value].isin([0, 1]).all():  # a share as the mean of a 0/1 column: its interval within [0, 1]
            low, high = np.maximum(low, 0.0), np.minimum(high, 1.0)
        key = key if isinstance(key, tuple) else (key,)
        articles = counts.shape[-1]
        reason = _no_interval(articles, min_size)
        per_article = sums[0] / counts[0]
        if not reason and np.ptp(per_article) <= 1e-12 * max(1.0, float(np.abs(per_article).max())):
            low, high, reason = [np.nan], [np.nan], SAME_VALUE
        rows.append((*key, len(part), articles, float(sums.sum() / counts.sum()), low[0], high[0],
                     articles < min_size, reason))
    table = pd.DataFrame(rows, columns=columns[:-1])
    table[["mean", "low", "high"]] = table[["mean", "low", "high"]].astype(float).round(4)
    return _rank(table, "mean", keys)


def share_intervals(df: pd.DataFrame, category: str, by: str | Sequence[str] | None = None,
                    cluster: str = "doc_id", *, level: float = LEVEL, min_size: int = MIN_SIZE) -> pd.DataFrame:
    """Share of each ``category`` among the rows of each ``by`` group, with intervals over
    ``cluster`` (e.g. the share of quotes by speaker kind, per outlet).

    Out: one row per group and category: the ``by`` columns, ``category``'s column, ``n`` (rows of
    the category), ``total`` (rows of the group), ``articles``, ``share``, ``low``, ``high``,
    ``small`` (the group has fewer than ``min_size`` articles) and ``rank`` (by share within the
    group; missing for small groups), with ``no_interval`` (why a small group has none, or ""). The
    interval is Korn and Graubard's (a Clopper-Pearson interval on the group's items over their design
    effect, measured by the delete-one-article jackknife, on articles - 1 degrees of freedom): within
    [0, 1], and not [0, 0] for a category the group quotes rarely or never.
    """
    keys = _keys(by)
    columns = [*keys, category, "n", "total", "articles", "share", "low", "high", "small", "no_interval", "rank"]
    data = df.dropna(subset=[category])
    if data.empty:
        return pd.DataFrame(columns=columns)
    levels = sorted(data[category].astype(str).unique())
    flags = pd.DataFrame({lv: (data[category].astype(str) == lv).astype(float) for lv in levels},
                         index=data.index)
    data = pd.concat([data[[*keys, cluster]], flags], axis=1)
    rows = []
    groups = data.groupby(keys, sort=True, dropna=False) if keys else [((), data)]
    for key, part in groups:
        sums, counts = _by_cluster(part, levels, cluster)
        low, high = _cluster_interval(sums, counts, level=level, min_size=min_size, share=True)
        key = key if isinstance(key, tuple) else (key,)
        articles = counts.shape[-1]
        for i, lv in enumerate(levels):
            n = int(sums[i].sum())
            rows.append((*key, lv, n, len(part), articles, n / len(part), low[i], high[i],
                         articles < min_size, _no_interval(articles, min_size)))
    table = pd.DataFrame(rows, columns=columns[:-1])
    table[["share", "low", "high"]] = table[["share", "low", "high"]].astype(float).round(4)
    ranked = [_rank(g, "share", [category]) for _, g in table.groupby(keys, sort=True)] if keys \
        else [_rank(table, "share", [category])]
    return pd.concat(ranked, ignore_index=True)


def holm(p: Sequence[float] | np.ndarray) -> np.ndarray:
    """Holm's step-down adjustment of p-values for the many comparisons of one table: the i-th smallest
    of m is multiplied by m - i + 1, and none falls below a smaller one's (capped at 1). Missing p-values
    stay missing and are not counted among the m.

    >>> holm([0.01, 0.04, 0.03, float("nan")]).round(3).tolist()
    [0.03, 0.06, 0.06, nan]
    """
    p = np.asarray(p, dtype=float)
    adjusted = np.full(p.shape, np.nan)
    has = ~np.isnan(p)
    m = int(has.sum())
    order = np.argsort(p[has], kind="stable")
    stepped = np.empty(m)
    stepped[order] = np.minimum(np.maximum.accumulate((m - np.arange(m)) * p[has][order]), 1.0)
    adjusted[has] = stepped
    return adjusted


def difference_intervals(df: pd.DataFrame, value: str, by: str, cluster: str = "doc_id", *,
                         within: str | None = None, weight: str | None = None, level: float = LEVEL,
                         min_size: int = MIN_SIZE) -> pd.DataFrame:
    """Difference of the mean of ``value`` between every two groups of ``by`` (e.g. two outlets),
    with an interval of the difference: Welch's, each group's standard error over its own articles (Bell and
    McCaffrey's, as in :func:`group_intervals`) added in square, Student's t on Satterthwaite's degrees of
    freedom from the two groups' Bell-McCaffrey degrees of freedom (Welch-Satterthwaite's when articles weigh
    alike). Two intervals side by side that overlap do not show that two outlets do not differ, nor do
    two that do not overlap show the size of the difference: this does. A share is the mean of a 0/1 column
    (``df.assign(unnamed=df.kind.eq("unnamed source").astype(float))``).

    The groups must share no article (outlets, publication days). Rows whose ``by`` is missing or named
    :func:`missing_key` (articles without an outlet, "(no outlet)") are a mix of sources, not a group:
    they are left out and counted in ``table.attrs["left_out"]`` (``by``, ``group``, ``articles``, ``n``),
    which :func:`describe_differences` says.
    A pair with a group of fewer than ``min_size`` articles is kept with ``small`` set and no interval
    (``no_interval`` says why: a spread measured from 2-4 articles is too unsure to rely on).

    Out: one row per pair, ``a`` before ``b`` in sorted order: ``a``, ``b``, ``articles_a``, ``articles_b``,
    ``n_a``, ``n_b`` (items), ``mean_a``, ``mean_b``, ``difference`` (``mean_a - mean_b``), ``low``,
    ``high``, ``excludes_zero`` (the interval lies wholly on one side of 0), ``small``, ``no_interval``,
    ``p`` (two-sided p-value of no difference, from the same Welch t), ``p_holm`` (``p`` adjusted by
    :func:`holm` over every pair of the table, of every ``within`` value) and ``differs_holm`` (``p_holm``
    under 1 - ``level``). With k groups there are k(k-1)/2 pairs: at 95%, about one pair in twenty whose
    outlets do not differ still has an interval that excludes 0; ``differs_holm`` keeps the chance of any
    such pair in the whole table under 5%, and is the column to read when many pairs are compared.
    ``within`` (e.g. ``"entity"``) compares the groups inside each of its values apart, a first column
    naming it (how each outlet portrays the same person); there an article may fall in several ``within``
    values.

    >>> df = pd.DataFrame({"doc_id": list("abcdefghij"), "outlet": ["X"] * 5 + ["Y"] * 5,
    ...                    "tone": [.5, .4, .6, .5, .4, -.3, -.2, -.4, -.3, -.2]})
    >>> t = difference_intervals(df, "tone", "outlet")
    >>> t[["a", "b", "difference", "excludes_zero", "small", "differs_holm"]].values.tolist()
    [['X', 'Y', 0.76, True, False, True]]
    """
    columns = ["a", "b", "articles_a", "articles_b", "n_a", "n_b", "mean_a", "mean_b", "difference",
               "low", "high", "excludes_zero", "small", "no_interval", "p"]
    data = df.dropna(subset=[value])
    missing = data[by].isna() | data[by].astype(str).eq(missing_key(by))  # a table may name it already
    left_out = {"by": by, "group": missing_key(by), "articles": int(data.loc[missing, cluster].nunique()),
                "n": int(missing.sum())}
    data = data[~missing]
    if within is not None:
        parts = [difference_intervals(part, value, by, cluster, weight=weight, level=level,
                                      min_size=min_size).assign(**{within: key})
                 for key, part in data.groupby(within, sort=True)]
        parts = [p for p in parts if len(p)]
        table = (pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns + [within]))[
            [within, *columns]]
    else:
        table = _differences(data, value, by, cluster, weight, level=level, min_size=min_size, columns=columns)
    table["p_holm"] = holm(table["p"].to_numpy(float)).round(4)
    table["differs_holm"] = table["p_holm"].lt(1 - level)
    table.attrs["left_out"] = left_out
    return table


def _differences(data: pd.DataFrame, value: str, by: str, cluster: str, weight: str | None, *, level: float,
                 min_size: int, columns: list[str]) -> pd.DataFrame:
    """The rows of :func:`difference_intervals` for one table of groups that share no article."""
    shared = data.groupby(cluster)[by].nunique()
    if (shared > 1).any():
        raise ValueError(f"difference_intervals: {int((shared > 1).sum())} {cluster} values fall in more than "
                         f"one {by} group; the groups must share no article (compare outlets or days)")
    parts = {}
    for key, part in data.groupby(by, sort=True):
        sums, counts = _by_cluster(part, [value], cluster, weight)
        mean, se, df = _bell_mccaffrey(sums, counts)
        parts[key] = (len(part), counts.shape[-1], float(mean[0]), float(se[0]), df)

    rows = []
    keys = list(parts)
    for i, ka in enumerate(keys):
        for kb in keys[i + 1:]:
            (na, ca, mean_a, se_a, df_a), (nb, cb, mean_b, se_b, df_b) = parts[ka], parts[kb]
            low = high = p = np.nan
            fewest = min(ca, cb)
            reason = _no_interval(fewest, min_size)
            if not reason:
                # Welch: the two standard errors added, on Satterthwaite's degrees of freedom from each one's
                # Bell-McCaffrey degrees of freedom (articles - 1 each when articles weigh alike)
                se = float(np.hypot(se_a, se_b))
                df = se ** 4 / (se_a ** 4 / df_a + se_b ** 4 / df_b) if se > 0 else df_a + df_b
                t = float(_scipy_stats.t.ppf((1 + level) / 2, df))
                low, high = mean_a - mean_b - t * se, mean_a - mean_b + t * se
                p = float(2 * _scipy_stats.t.sf(abs(mean_a - mean_b) / se, df)) if se > 0 else \
                    float(mean_a == mean_b)
            reason = reason and f"a group of {reason}"
            rows.append((ka, kb, ca, cb, na, nb, mean_a, mean_b, mean_a - mean_b, low, high,
                         bool(low > 0 or high < 0), fewest < min_size, reason, p))
    table = pd.DataFrame(rows, columns=columns)
    number = ["mean_a", "mean_b", "difference", "low", "high", "p"]
    table[number] = table[number].astype(float).round(4)
    return table


def describe_difference(row: pd.Series | dict) -> str:
    """One row of :func:`difference_intervals` in words, for a notebook to print: with its Holm-adjusted
    p-value when it has one, which says whether the difference holds once every pair is counted.

    >>> describe_difference({"a": "X", "b": "Y", "difference": 0.2, "low": 0.05, "high": 0.35,
    ...                      "articles_a": 8, "articles_b": 6, "excludes_zero": True, "small": False})
    'X - Y: +0.200 (95% interval of the difference +0.050 to +0.350; 8 and 6 articles)'
    >>> describe_difference({"a": "X", "b": "Y", "difference": 0.2, "low": 0.05, "high": 0.35, "p_holm": 0.09,
    ...                      "articles_a": 8, "articles_b": 6, "excludes_zero": True, "small": False}).split("; ", 1)[1]
    'Holm-adjusted p 0.090: not shown once every pair is counted; 8 and 6 articles)'
    """
    if pd.isna(row["low"]) or pd.isna(row["high"]):
        interval = f"no interval: {row.get('no_interval') or 'a group of a single article'}"
    else:
        interval = f"{LEVEL:.0%} interval of the difference {row['low']:+.3f} to {row['high']:+.3f}"
        interval += "" if row["excludes_zero"] else ", which holds 0: no difference shown"
        p_holm = row.get("p_holm")
        if p_holm is not None and not pd.isna(p_holm):
            shown = (": a difference" if p_holm < 1 - LEVEL else
                     ": not shown once every pair is counted" if row["excludes_zero"] else "")
            interval += f"; Holm-adjusted p {p_holm:.3f}{shown}"
    small = "; too few articles to rely on" if row["small"] else ""
    return (f"{row['a']} - {row['b']}: {row['difference']:+.3f} ({interval}; {int(row['articles_a'])} and "
            f"{int(row['articles_b'])} articles{small})")


def describe_differences(table: pd.DataFrame, items: str | None = "items") -> str:
    """A table of :func:`difference_intervals` in words, one pair a line (:func:`describe_difference`), then
    the articles left out of it for having no group (no outlet), counted, with their ``items`` (``None``
    when the items are the articles); or why there is no pair.

    >>> df = pd.DataFrame({"doc_id": list("abcdefghijkk"), "outlet": ["X"] * 5 + ["Y"] * 5 + [None] * 2,
    ...                    "tone": [.5, .4, .6, .5, .4, -.3, -.2, -.4, -.3, -.2, .9, .8]})
    >>> print(describe_differences(difference_intervals(df, "tone", "outlet"), "sentences").splitlines()[-1])
    left out of the comparisons: 1 article, 2 sentences, with no outlet ("(no outlet)": a mix of sources)
    """
    left = table.attrs.get("left_out") or {}
    by = left.get("by", "outlet")
    lines = [describe_difference(r) for _, r in table.iterrows()] or [
        f"fewer than two {by}s in the metadata: no difference between {by}s to estimate"]
    if left.get("articles"):
        articles = left["articles"]
        counted = f"{articles} article{'' if articles == 1 else 's'}" + (f", {left['n']} {items}" if items else "")
        lines.append(f"left out of the comparisons: {counted}, with no {by} (\"{left['group']}\": a mix of sources)")
    return "\n".join(lines)


def _deprecated(new: Callable[..., pd.DataFrame], old: str) -> Callable[..., pd.DataFrame]:
    """``new`` under the name it had while it drew resamples, ``old``, for code written before: calling it
    warns (DeprecationWarning) to use ``new``, and that ``n_resamples`` and ``seed``, which it still takes,
    do nothing."""
    def alias(*args: Any, n_resamples: int | None = None, seed: int | None = None, **kwargs: Any) -> pd.DataFrame:
        message = (f"presslens.stats.{old} is deprecated: use presslens.stats.{new.__name__} (the interval is "
                   f"computed, not drawn from resamples)")
        unused = [name for name, v in (("n_resamples", n_resamples), ("seed", seed)) if v is not None]
        if unused:
            message += f"; {' and '.join(unused)} do{'' if len(unused) > 1 else 'es'} nothing"
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return new(*args, **kwargs)

    alias.__name__ = alias.__qualname__ = old
    alias.__doc__ = f"Deprecated name of :func:`{new.__name__}` (``n_resamples`` and ``seed`` do nothing)."
    return alias


bootstrap_groups = _deprecated(group_intervals, "bootstrap_groups")
bootstrap_shares = _deprecated(share_intervals, "bootstrap_shares")
bootstrap_differences = _deprecated(difference_intervals, "bootstrap_differences")


def publication_periods(published: pd.Series, min_size: int = MIN_SIZE) -> tuple[pd.Series, str]:
    """The period to give each article's figure an interval over time by: its publication day, or, when
    most days hold fewer than ``min_size`` articles (one article a day, each day small and without an
    interval), its week (labelled by its Monday, "2031-03-03 week") or, failing that, its month
    ("2031-03"). ``published``: one date (or date-time string) per article. Returns the labels, sortable
    (missing for an undated article), and the period's name ("day", "week", "month").

    >>> days = pd.Series(pd.date_range("2031-03-03", periods=14).astype(str))  # one article a day
    >>> labels, period = publication_periods(days, min_size=5)
    >>> period, sorted(set(labels))
    ('week', ['2031-03-03 week', '2031-03-10 week'])
    """
    when = read_datetimes(pd.Series(published))
    day = when.dt.normalize()
    bins = (("day", day.dt.strftime("%Y-%m-%d")),
            ("week", (day - pd.to_timedelta(day.dt.day_of_week, unit="D")).dt.strftime("%Y-%m-%d week")),
            ("month", day.dt.strftime("%Y-%m")))
    for name, labels in bins:
        counts = labels.value_counts()
        if counts.empty or (counts >= min_size).mean() >= 0.5:
            break
    return labels, name


def proportion_interval(k: int, n: int, level: float = LEVEL) -> tuple[float, float]:
    """Wilson score interval of a proportion ``k / n`` (``scipy.stats.binomtest``); (nan, nan)
    when ``n`` is 0."""
    if n <= 0:
        return float("nan"), float("nan")
    ci = _scipy_stats.binomtest(int(k), int(n)).proportion_ci(confidence_level=level, method="wilson")
    return float(ci.low), float(ci.high)


def effective_proportion_interval(share: float, variance: float, cap: float,
                                  level: float = LEVEL) -> tuple[float, float]:
    """Wilson score interval of a ``share`` estimated from a weighted sample (strata weighted by their
    size, or a ratio over clusters) with sampling ``variance``: taken on the effective number of items,
    share (1 - share) / variance, at most ``cap`` (the items coded, as Korn and Graubard cap it; ``cap``
    itself where the variance is 0); the same as :func:`proportion_interval` on a simple random sample.
    (nan, nan) when the effective number is 0."""
    n = min(cap, share * (1 - share) / variance) if variance > 0 else cap
    if n <= 0:
        return float("nan"), float("nan")
    z = _scipy_stats.norm.ppf(0.5 + level / 2)
    centre = share + z * z / (2 * n)
    half = z * np.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    scale = 1 + z * z / n
    return float((centre - half) / scale), float((centre + half) / scale)


def score_interval(metric: Callable[..., float], *columns: Any, clusters: Sequence[Any] | None = None,
                   n_resamples: int = N_RESAMPLES, seed: int = 0, level: float = LEVEL) -> tuple[float, float]:
    """Percentile bootstrap interval of an evaluation figure: ``metric(*columns)`` recomputed on
    resamples of the rows (``scipy.stats.bootstrap``, seeded), or of whole ``clusters`` (a label
    per row: the rows of one article, story or document are drawn together, as they are not
    independent). Any figure works, a macro-F1 of predictions and gold labels, a Pearson r, or an F1
    summed from per-document counts (pass the count matrix as one column). ``columns`` are arrays
    of one length (2-D ones are resampled by their rows). (nan, nan) with fewer than 2 units.

    >>> import numpy as np
    >>> pred, gold = np.array([1, 0, 1, 1, 0, 1, 0, 0]), np.array([1, 0, 0, 1, 0, 1, 1, 0])
    >>> low, high = score_interval(lambda p, g: float(np.mean(p == g)), pred, gold, n_resamples=500)
    >>> bool(low < 0.75 < high)
    True
    """
    arrays = [np.asarray(c) for c in columns]
    n = len(arrays[0]) if arrays else 0
    if any(len(a) != n for a in arrays):
        raise ValueError("score_interval: the columns differ in length")
    codes = np.arange(n) if clusters is None else pd.factorize(pd.Series(list(clusters)))[0]
    if clusters is not None and len(codes) != n:
        raise ValueError("score_interval: clusters and columns differ in length")
    units = int(codes.max()) + 1 if n else 0
    if units < 2:
        return float("nan"), float("nan")
    if clusters is None:
        def rows_of(units_drawn: np.ndarray) -> np.ndarray:
            return units_drawn
    else:
        order = np.argsort(codes, kind="stable")
        bounds = np.searchsorted(codes[order], np.arange(units + 1))
        members = [order[bounds[k]:bounds[k + 1]] for k in range(units)]

        def rows_of(units_drawn: np.ndarray) -> np.ndarray:
            return np.concatenate([members[k] for k in units_drawn])

    def statistic(units_drawn: np.ndarray) -> float:
        rows = rows_of(np.asarray(units_drawn, dtype=np.intp))
        return float(metric(*(a[rows] for a in arrays)))

    with np.errstate(all="ignore"), warnings.catch_warnings():
        # a resample with one class or a constant side gives a nan figure: left out of the percentiles
        warnings.simplefilter("ignore")
        res = _scipy_stats.bootstrap((np.arange(units),), statistic, vectorized=False, n_resamples=n_resamples,
                                     confidence_level=level, method="percentile",
                                     rng=np.random.default_rng(seed))
    low, high = float(res.confidence_interval.low), float(res.confidence_interval.high)
    if np.isnan(low) or np.isnan(high):  # some resamples had no figure: percentiles of the others
        dist = np.asarray(res.bootstrap_distribution, dtype=float)
        if np.isfinite(dist).sum() >= 2:
            low, high = (float(v) for v in np.nanpercentile(dist, [50 * (1 - level), 50 * (1 + level)]))
    return low, high


def rounded_interval(interval: tuple[float, float], digits: int = 4) -> list[float]:
    """An interval of :func:`score_interval` as a JSON-ready pair, rounded like the figures
    printed beside it (a missing bound stays nan)."""
    return [round(float(v), digits) for v in interval]


def _json_number(v: float) -> float | None:
    """A figure for a results file: ``None`` where it is missing."""
    return None if pd.isna(v) else float(v)


def interval_results(table: pd.DataFrame, key: str | Sequence[str], value: str = "mean", *,
                     label: Callable[[Sequence[float]], Sequence[str]] | None = None) -> dict[str, dict]:
    """A table of :func:`group_intervals` or :func:`share_intervals` as JSON-ready headline
    numbers: ``{"KEY": {value, "low", "high", "articles", "n", "small"}}`` and, where there is no
    interval, ``no_interval`` (why: one article, or fewer than ``min_size``) (keys joined by " · ", a
    missing key as :func:`missing_key` names it, a missing bound as ``None``; ``n`` the items the
    figure rests on, and for a share ``total``, the items of its group: 3 quotes of 17), for
    :func:`presslens.io.record_results`. ``label``: for a tone, the function naming values (such as
    :func:`presslens.sentiment.label_names`, "negative" / "neutral" / "positive" by the ±0.05 rule), whose
    name of the value goes beside it as ``"VALUE_label"`` (``"mean_label"``; ``None`` without a value), as the
    tables put ``tone_label`` beside ``tone``: named for the figure it labels, so it never reads as the label
    of another score of the same row."""
    keys = _keys(key)

    def name(r: pd.Series) -> str:
        return " · ".join(missing_key(k) if pd.isna(r[k]) else str(r[k]) for k in keys)

    def named(r: pd.Series) -> dict[str, Any]:
        if label is None:
            return {}
        return {f"{value}_label": None if pd.isna(r[value]) else str(label([float(r[value])])[0])}

    return {name(r): {value: _json_number(r[value]), **named(r), "low": _json_number(r["low"]),
                      "high": _json_number(r["high"]),
                      "articles": int(r["articles"]), "n": int(r["n"]),
                      **({"total": int(r["total"])} if "total" in r else {}), "small": bool(r["small"]),
                      **({"no_interval": r["no_interval"]} if r.get("no_interval") else {})}
            for _, r in table.iterrows()}


def difference_results(table: pd.DataFrame) -> dict[str, dict]:
    """A table of :func:`difference_intervals` as JSON-ready headline numbers:
    ``{"A - B": {"difference", "low", "high", "articles_a", "articles_b", "excludes_zero", "small", "p",
    "p_holm", "differs_holm"}}`` (a missing bound or p as ``None``; ``no_interval`` where there is no
    interval, saying why), for :func:`presslens.io.record_results`; a ``within`` column (entity) goes
    first in the key, "ENTITY · A - B". The articles left out for having no outlet are not a pair: say
    them with :func:`describe_differences`."""
    within = [c for c in table.columns[:1] if c != "a"]

    def name(r: pd.Series) -> str:
        return " · ".join([*(str(r[c]) for c in within), f"{r['a']} - {r['b']}"])

    return {name(r): {"difference": _json_number(r["difference"]), "low": _json_number(r["low"]),
                      "high": _json_number(r["high"]),
                      "articles_a": int(r["articles_a"]), "articles_b": int(r["articles_b"]),
                      "excludes_zero": bool(r["excludes_zero"]), "small": bool(r["small"]),
                      **{k: _json_number(r[k]) for k in ("p", "p_holm") if k in r},
                      **({"differs_holm": bool(r["differs_holm"])} if "differs_holm" in r else {}),
                      **({"no_interval": r["no_interval"]} if r.get("no_interval") else {})}
            for _, r in table.iterrows()}
