"""What the notebooks meet on thin input (no article, no date, three sentences): the helpers they call
return empty tables and figures that say so, instead of failing."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

from presslens import plots, study
from presslens.sentiment import score_sentences, tone_by
from presslens.text import split_sentences


def test_an_empty_folder_gives_an_empty_corpus_with_a_warning_that_says_why(tmp_path):
    with pytest.warns(UserWarning, match="no readable article in .*it holds no files"):
        articles = study.open_corpus(tmp_path)
    assert len(articles) == 0
    (tmp_path / "scan.xyz").write_bytes(b"\x00\x01")
    with pytest.warns(UserWarning, match=r"skipped: 1 × "):
        study.open_corpus(tmp_path)


@pytest.mark.parametrize("by", ["published", "outlet"])
def test_tone_by_on_no_sentence(tmp_path, by):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        articles = study.open_corpus(tmp_path)
    scored = score_sentences(split_sentences(articles))
    table = tone_by(scored, articles, by=by)
    assert len(table) == 0 and by in table.columns


def test_interval_chart_of_nothing_says_so():
    fig = plots.interval_chart(pd.DataFrame(), "speaker", title="nothing estimated")
    assert any(t.get_text() == "nothing to show" for ax in fig.axes for t in ax.texts)


def test_readable_takes_undated_columns_and_repeated_rows():
    table = pd.DataFrame({"doc_id": ["a", "b"], "published": pd.to_datetime([None, None]),
                          "text": ["short", "x" * 200]})
    assert "pre-wrap" in plots.readable(table).to_html()
    twice = pd.concat([table, table])  # nsmallest and nlargest of three sentences overlap
    assert plots.readable(twice).to_html().count("<tr>") == 5
    assert "published" in plots.readable(table.iloc[:0]).to_html()
