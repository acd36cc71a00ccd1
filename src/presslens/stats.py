"""Uncertainty of the figures the notebooks show: bootstrap intervals over articles.

Articles, not sentences or mentions, are the units a corpus samples: the mentions of one article
share its author, outlet and topic. So every interval here resamples whole articles (a cluster
bootstrap): a group's mean is the mean of its items (articles, sentences, mentions, quotes) in a
resample of the articles that hold them, and the 95% interval is the 2.5th-97.5th percentile of
that mean over the resamples (``scipy.stats.bootstrap``, percentile method, seeded).

A group held by fewer than ``min_size`` articles (default 5) is ``small``: its interval is not to
be trusted (with one article there is none at all), so it is kept, flagged, and not ranked.

Example::

    >>> import pandas as pd
    >>> df = pd.DataFrame({"doc_id": list("aabbccddee"), "outlet": ["X"] * 10,
    ...                    "tone": [.1, .3, -.2, 0, .5, .4, .2, .1, -.1, .0]})
    >>> t = bootstrap_groups(df, "tone", by="outlet")
    >>> t[["outlet", "n", "articles", "mean", "small"]].values.tolist()
    [['X', 10, 5, 0.13, False]]
    >>> bool(t.low[0] < 0.13 < t.high[0])
    True
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pandas as pd
from scipy import stats as _scipy_stats

__all__ = [
    "LEVEL",
    "MIN_SIZE",
    "N_RESAMPLES",
    "bootstrap_groups",
    "bootstrap_shares",
    "describe_method",
    "interval_results",
    "proportion_interval",
]

LEVEL = 0.95
MIN_SIZE = 5
N_RESAMPLES = 2000


def describe_method(n_resamples: int = N_RESAMPLES, seed: int = 0, level: float = LEVEL) -> str:
    """The method of :func:`bootstrap_groups` in words, for captions and results files."""
    return (f"{level:.0%} bootstrap interval over articles (percentile, {n_resamples:,} resamples, "
            f"seed {seed})")


def _keys(by: str | Sequence[str] | None) -> list[str]:
    return [] if by is None else [by] if isinstance(by, str) else list(by)


def _cluster_interval(sums: np.ndarray, counts: np.ndarray, *, n_resamples: int,
                      rng: np.random.Generator, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Percentile interval of ``sums.sum(-1) / counts.sum(-1)`` resampling the clusters (the last
    axis). ``sums`` is (K, C), ``counts`` (1, C); returns low and high, each of length K."""
    if sums.shape[-1] < 2:  # one article: every resample is the same article
        nan = np.full(sums.shape[0], np.nan)
        return nan, nan.copy()

    def ratio(s: np.ndarray, c: np.ndarray, axis: int = -1) -> np.ndarray:
        return s.sum(axis=axis) / c.sum(axis=axis)

    # paired: both arrays are indexed by the same resampled articles; batch bounds the memory.
    res = _scipy_stats.bootstrap((sums, counts), ratio, paired=True, vectorized=True, axis=-1,
                                 n_resamples=n_resamples, batch=200, confidence_level=level,
                                 method="percentile", rng=rng)
    return np.asarray(res.confidence_interval.low), np.asarray(res.confidence_interval.high)


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


def bootstrap_groups(df: pd.DataFrame, value: str, by: str | Sequence[str] | None = None,
                     cluster: str = "doc_id", *, weight: str | None = None,
                     n_resamples: int = N_RESAMPLES, seed: int = 0, level: float = LEVEL,
                     min_size: int = MIN_SIZE) -> pd.DataFrame:
    """Mean of ``value`` per group of ``by``, with a bootstrap interval over ``cluster``.

    In: a tidy table with one row per item (an article, sentence, mention, quote), a numeric
    ``value`` column, the grouping column(s) ``by`` (``None``: the whole table as one group) and
    the ``cluster`` column (the article, ``doc_id``); ``weight``, a column of item weights (e.g.
    the words of a sentence, for a word-weighted tone). Rows whose value is missing are left out.

    Out: one row per group: the ``by`` columns, ``n`` (items), ``articles`` (distinct clusters),
    ``mean``, ``low``, ``high`` (the interval; missing with one article), ``small`` (fewer than
    ``min_size`` articles) and ``rank`` (1 = highest mean among the groups that are not small;
    missing for small ones, which come last). Each group resamples its own articles
    (``n_resamples`` times, seeded by ``seed``), so the result does not depend on other groups.
    """
    keys = _keys(by)
    columns = [*keys, "n", "articles", "mean", "low", "high", "small", "rank"]
    data = df.dropna(subset=[value])
    if data.empty:
        return pd.DataFrame(columns=columns)
    rng = np.random.default_rng(seed)
    rows = []
    groups = data.groupby(keys, sort=True, dropna=False) if keys else [((), data)]
    for key, part in groups:
        sums, counts = _by_cluster(part, [value], cluster, weight)
        low, high = _cluster_interval(sums, counts, n_resamples=n_resamples, rng=rng, level=level)
        key = key if isinstance(key, tuple) else (key,)
        articles = counts.shape[-1]
        rows.append((*key, len(part), articles, float(sums.sum() / counts.sum()), low[0], high[0],
                     articles < min_size))
    table = pd.DataFrame(rows, columns=columns[:-1])
    table[["mean", "low", "high"]] = table[["mean", "low", "high"]].astype(float).round(4)
    return _rank(table, "mean", keys)


def bootstrap_shares(df: pd.DataFrame, category: str, by: str | Sequence[str] | None = None,
                     cluster: str = "doc_id", *, n_resamples: int = N_RESAMPLES, seed: int = 0,
                     level: float = LEVEL, min_size: int = MIN_SIZE) -> pd.DataFrame:
    """Share of each ``category`` among the rows of each ``by`` group, with bootstrap intervals
    over ``cluster`` (e.g. the share of quotes by speaker kind, per outlet).

    Out: one row per group and category: the ``by`` columns, ``category``'s column, ``n`` (rows of
    the category), ``total`` (rows of the group), ``articles``, ``share``, ``low``, ``high``,
    ``small`` (the group has fewer than ``min_size`` articles) and ``rank`` (by share within the
    group; missing for small groups).
    """
    keys = _keys(by)
    columns = [*keys, category, "n", "total", "articles", "share", "low", "high", "small", "rank"]
    data = df.dropna(subset=[category])
    if data.empty:
        return pd.DataFrame(columns=columns)
    levels = sorted(data[category].astype(str).unique())
    flags = pd.DataFrame({lv: (data[category].astype(str) == lv).astype(float) for lv in levels},
                         index=data.index)
    data = pd.concat([data[[*keys, cluster]], flags], axis=1)
    rng = np.random.default_rng(seed)
    rows = []
    groups = data.groupby(keys, sort=True, dropna=False) if keys else [((), data)]
    for key, part in groups:
        sums, counts = _by_cluster(part, levels, cluster)
        low, high = _cluster_interval(sums, counts, n_resamples=n_resamples, rng=rng, level=level)
        key = key if isinstance(key, tuple) else (key,)
        articles = counts.shape[-1]
        for i, lv in enumerate(levels):
            n = int(sums[i].sum())
            rows.append((*key, lv, n, len(part), articles, n / len(part), low[i], high[i],
                         articles < min_size))
    table = pd.DataFrame(rows, columns=columns[:-1])
    table[["share", "low", "high"]] = table[["share", "low", "high"]].astype(float).round(4)
    ranked = [_rank(g, "share", [category]) for _, g in table.groupby(keys, sort=True)] if keys \
        else [_rank(table, "share", [category])]
    return pd.concat(ranked, ignore_index=True)


def proportion_interval(k: int, n: int, level: float = LEVEL) -> tuple[float, float]:
    """Wilson score interval of a proportion ``k / n`` (``scipy.stats.binomtest``); (nan, nan)
    when ``n`` is 0."""
    if n <= 0:
        return float("nan"), float("nan")
    ci = _scipy_stats.binomtest(int(k), int(n)).proportion_ci(confidence_level=level, method="wilson")
    return float(ci.low), float(ci.high)


def interval_results(table: pd.DataFrame, key: str | Sequence[str], value: str = "mean") -> dict[str, dict]:
    """A table of :func:`bootstrap_groups` or :func:`bootstrap_shares` as JSON-ready headline
    numbers: ``{"KEY": {value, "low", "high", "articles", "small"}}`` (keys joined by " · ", a
    missing key as "(none)", a missing bound as ``None``), for :func:`presslens.io.record_results`."""
    keys = _keys(key)

    def number(v: float) -> float | None:
        return None if pd.isna(v) else float(v)

    return {" · ".join("(none)" if pd.isna(r[k]) else str(r[k]) for k in keys): {value: number(r[value]), "low": number(r["low"]),
                                                  "high": number(r["high"]), "articles": int(r["articles"]),
                                                  "small": bool(r["small"])}
            for _, r in table.iterrows()}
