"""Figures for the notebooks: each function takes the tables an analysis returns and gives back a
matplotlib ``Figure`` (built without pyplot, so nothing accumulates in global state; notebooks show
it with ``%matplotlib inline`` and save it with :func:`presslens.io.save_figure`).

One section per analysis — corpus, sentiment, quotes, timeline — each under its own header.

Example::

    >>> fig = corpus_overview(load_corpus("data/raw"))        # doctest: +SKIP
"""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

__all__ = [
    "corpus_overview",
]


# =============================================================================================
# corpus
# =============================================================================================

# Above this many days a per-day bar chart turns into a comb; count by month instead.
_DAILY_SPAN_DAYS = 120


def corpus_overview(articles: pd.DataFrame, top_outlets: int = 15) -> Figure:
    """Three panels on a corpus from :func:`presslens.corpus.load_corpus`: article length in words
    (histogram), articles per outlet (the ``top_outlets`` largest; missing outlet = "unknown") and
    articles per publication day or month (``published``; undated articles counted in the title).

    Takes the columns ``text``, ``outlet`` and ``published``; returns a Figure.
    """
    fig = Figure(figsize=(13, 3.8), layout="constrained")
    ax_len, ax_out, ax_date = fig.subplots(1, 3, width_ratios=[1, 1, 1.4])

    words = articles["text"].fillna("").astype(str).str.split().str.len()
    if len(words):
        low, high = int(words.min()), int(words.max())
        if low == high:  # one length only: give the bar some room either side
            low, high = max(0, low - 50), high + 50
        ax_len.hist(words, bins=min(30, max(5, len(words) // 3)), range=(low, high), color="#4c72b0")
    ax_len.set(title=f"Article length ({len(words)} articles)", xlabel="words", ylabel="articles")

    outlets = articles["outlet"].fillna("unknown").astype(str).replace("", "unknown")
    counts = outlets.value_counts().head(top_outlets).sort_values()
    if len(counts):
        ax_out.barh(counts.index, counts.to_numpy(), color="#55a868")
    more = outlets.nunique() - len(counts)
    ax_out.set(title="Outlets" + (f" (top {len(counts)} of {len(counts) + more})" if more > 0 else ""),
               xlabel="articles")

    published = pd.to_datetime(articles["published"], errors="coerce")
    dated = published.dropna()
    undated = int(published.isna().sum())
    title = "Publication dates" + (f" ({undated} undated)" if undated else "")
    if len(dated):
        daily = (dated.max() - dated.min()).days <= _DAILY_SPAN_DAYS
        period = dated.dt.to_period("D" if daily else "M")
        per = period.value_counts().sort_index()
        full = pd.period_range(per.index.min(), per.index.max(), freq=per.index.freq)
        per = per.reindex(full, fill_value=0)
        when = per.index.to_timestamp()
        ax_date.bar(when, per.to_numpy(), width=0.8 if daily else 25, color="#c44e52")
        ax_date.set(ylabel="articles per " + ("day" if daily else "month"))
        if daily:
            # A few days of news would otherwise get an hourly axis.
            pad = pd.Timedelta(days=max(1, (7 - len(per)) // 2 + 1))
            ax_date.set_xlim(when.min() - pad, when.max() + pad)
            ax_date.xaxis.set_major_locator(mdates.DayLocator(interval=max(1, (len(per) + 2 * pad.days) // 7)))
            ax_date.xaxis.set_major_formatter(mdates.DateFormatter("%d %b %Y"))
        else:
            ax_date.xaxis.set_major_locator(mdates.MonthLocator(interval=max(1, len(per) // 8)))
            ax_date.xaxis.set_major_formatter(mdates.DateFormatter("%b %Y"))
        ax_date.tick_params(axis="x", labelrotation=30)
    else:
        ax_date.text(0.5, 0.5, "no publication dates", ha="center", va="center", transform=ax_date.transAxes)
    ax_date.set(title=title)
    # Counts of articles are whole numbers, even for a corpus of one.
    for axis in (ax_len.xaxis, ax_len.yaxis, ax_out.xaxis, ax_date.yaxis):
        axis.set_major_locator(MaxNLocator(integer=True))
    return fig


# =============================================================================================
# sentiment
# =============================================================================================


# =============================================================================================
# quotes
# =============================================================================================


# =============================================================================================
# timeline
# =============================================================================================
