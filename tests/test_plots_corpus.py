"""The corpus figure on corpora of every shape: one article, many outlets and months, none, undated."""

from __future__ import annotations

import pandas as pd
import pytest

from presslens.corpus import NO_OUTLET
from presslens.io import save_figure
from presslens.plots import corpus_overview


def _articles(n: int, outlets: list[str | None], start: str | None, days: int = 1) -> pd.DataFrame:
    published = (pd.Series(pd.date_range(start, periods=n, freq=f"{days}D")) if start
                 else pd.Series([pd.NaT] * n, dtype="datetime64[ns]"))
    return pd.DataFrame({
        "doc_id": [f"fictional-{i}" for i in range(n)],
        "text": ["The Mayor of Elsewhere opened a bridge. " * (i + 1) for i in range(n)],
        "outlet": [outlets[i % len(outlets)] for i in range(n)],
        "published": published,
    })


@pytest.mark.parametrize("articles, undated, per", [
    (_articles(1, [None], "2031-04-02"), 0, "day"),
    (_articles(40, ["Daily Fiction", "The Imaginary Post", None], "2030-01-01", days=9), 0, "month"),
    (_articles(5, ["Daily Fiction"], None), 5, None),
    (_articles(0, ["x"], None), 0, None),
])
def test_corpus_overview_has_three_labelled_panels(tmp_path, articles, undated, per):
    fig = corpus_overview(articles)
    lengths, outlets, dates = fig.axes
    # One article is "1 article", not "1 articles".
    assert lengths.get_title() == f"Article length ({len(articles)} article{'' if len(articles) == 1 else 's'})"
    assert ("undated" in dates.get_title()) == bool(undated)
    if per:
        assert dates.get_ylabel() == f"articles per {per}"
        assert sum(p.get_height() for p in dates.patches) == len(articles)
    if len(articles):
        expected = articles["outlet"].fillna(NO_OUTLET).value_counts()
        assert {t.get_text() for t in outlets.get_yticklabels()} == set(expected.index)
    assert save_figure(fig, "overview", tmp_path).stat().st_size > 1000


def test_many_outlets_are_cut_to_the_largest():
    articles = _articles(60, [f"Outlet {i}" for i in range(20)], "2030-01-01")
    outlets = corpus_overview(articles, top_outlets=5).axes[1]
    assert len(outlets.patches) == 5 and "top 5 of 20" in outlets.get_title()


def test_dates_spread_over_centuries_are_counted_by_year():
    # A fictional export whose database wrote 1900-01-01 for a missing date: monthly bars from 1900
    # to 2031 were 1,580 bars (a 9999-12-31 made 96,000 and took minutes and gigabytes to draw).
    articles = _articles(3, ["Daily Fiction"], "2031-04-02")
    articles.loc[0, "published"] = pd.Timestamp("1900-01-01")
    dates = corpus_overview(articles).axes[2]
    assert dates.get_ylabel() == "articles per year"
    assert len(dates.patches) == 2031 - 1900 + 1 and sum(p.get_height() for p in dates.patches) == 3
