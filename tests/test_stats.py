"""presslens.stats: intervals over articles, and how a notebook words them."""

from __future__ import annotations

import pandas as pd

from presslens.stats import bootstrap_groups, describe_interval


def _sentences(docs: int) -> pd.DataFrame:
    """Scored sentences of fictional articles, three per article."""
    tone = [0.4, -0.2, 0.1, 0.3, 0.0, -0.5, 0.2, 0.6, -0.1]
    return pd.DataFrame({"doc_id": [f"kestrel-{i // 3}" for i in range(3 * docs)],
                         "compound": (tone * docs)[:3 * docs]})


def test_an_interval_is_worded_with_what_it_rests_on():
    row = bootstrap_groups(_sentences(6), "compound").iloc[0]
    text = describe_interval(row, "sentences")
    assert text.startswith(f"{row['mean']:+.3f} (95% interval {row['low']:+.3f} to {row['high']:+.3f}; ")
    assert text.endswith("6 articles, 18 sentences)")


def test_one_article_has_no_interval_and_says_so_without_nan():
    row = bootstrap_groups(_sentences(1), "compound").iloc[0]
    text = describe_interval(row, "sentences")
    assert "nan" not in text
    assert text == (f"{row['mean']:+.3f} (no interval: a single article; 1 article, 3 sentences; "
                    "too few articles to rely on)")


def test_one_article_has_no_spread_and_the_summary_says_so_instead_of_nan():
    from presslens.stats import describe_columns

    one = describe_columns(pd.DataFrame({"doc_id": ["ferry"], "words": [120], "sentences": [7]}))
    assert "std (none: one article)" in one.index and "std" not in one.index
    assert not one.isna().any().any() and one.loc["mean", "words"] == 120
    two = describe_columns(pd.DataFrame({"words": [120, 80]}))
    assert two.loc["std", "words"] == round(float(pd.Series([120, 80]).std()), 1)
