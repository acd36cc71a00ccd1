"""The sentiment figures draw on fictional tables, including empty ones and a single row."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from presslens import plots


def _texts(fig: Figure) -> str:
    return " ".join(t.get_text() for ax in fig.axes for t in ax.texts + [ax.title])


def test_tone_distribution_shares_and_empty():
    scored = pd.DataFrame({"compound": [-0.8, -0.2, 0.0, 0.01, 0.6]})
    fig = plots.tone_distribution(scored)
    assert "5 sentences" in _texts(fig)
    labels = [t.get_text() for t in fig.axes[1].texts]
    assert labels == ["40%", "40%", "20%"]
    assert "no sentences" in _texts(plots.tone_distribution(pd.DataFrame({"compound": []})))


def test_article_tone_chart_outlets_dates_and_missing():
    by_outlet = pd.DataFrame({"outlet": ["Kestrel Courier", "Nordland Post"], "articles": [3, 1],
                              "tone": [-0.2, 0.3]})
    by_date = pd.DataFrame({"published": pd.to_datetime(["2031-03-02", "2031-03-05"]),
                            "articles": [2, 2], "tone": [0.1, -0.1]})
    fig = plots.article_tone_chart(by_outlet, by_date)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Kestrel Courier", "Nordland Post"]
    empty = plots.article_tone_chart(by_outlet.iloc[0:0], by_date.iloc[0:0])
    assert "no outlet" in _texts(empty) and "no publication dates" in _texts(empty)


def test_entity_portrayal_keeps_highlighted_entities():
    summary = pd.DataFrame({"entity": [f"Name {i}" for i in range(10)], "mentions": range(10, 0, -1),
                            "tone": [0.5, -0.5, 0, 0.2, -0.1, 0, 0, 0.3, -0.9, 0.04]})
    fig = plots.entity_portrayal(summary, top=3, highlight=["Name 8"])
    bars = [t.get_text() for t in fig.axes[1].get_yticklabels()]
    assert set(bars) == {"Name 0", "Name 1", "Name 2", "Name 8"}
    assert bars[0] == "Name 8"  # most negative first
    assert "no entities" in _texts(plots.entity_portrayal(summary.iloc[0:0]))


def test_speaker_tone_chart():
    speakers = pd.DataFrame({"speaker": ["Mara Quell", "Orrin Tal"], "quotes": [2, 5], "tone": [0.4, -0.3]})
    fig = plots.speaker_tone_chart(speakers, top=1)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Orrin Tal"]
    assert "no attributed quotes" in _texts(plots.speaker_tone_chart(speakers.iloc[0:0]))


def test_every_mean_tone_has_its_class_distribution_beside_it():
    # A mean near zero may be neutral coverage or praise and blame in equal parts: the panel beside
    # the means stacks each row's shares of negative, neutral and positive, in the bars' order.
    summary = pd.DataFrame({"entity": ["Ada Quill", "Ivo Brant"], "mentions": [6, 3], "portrayal": [0.01, -0.4],
                            "share_negative": [0.5, 1.0], "share_neutral": [0.0, 0.0], "share_positive": [0.5, 0.0]})
    fig = plots.entity_portrayal(summary)
    assert len(fig.axes) == 3 and "Share of articles" in fig.axes[2].get_title()
    widths = [round(p.get_width(), 2) for p in fig.axes[2].patches]
    assert widths == [1.0, 0.5, 0.0, 0.0, 0.0, 0.5]  # negative, neutral, positive; Ivo Brant (lowest) first
    assert fig.axes[2].get_ylim() == fig.axes[1].get_ylim()
    speakers = pd.DataFrame({"speaker": ["Mara Quell", "Orrin Tal"], "quotes": [4, 2], "tone": [0.0, 0.3],
                             "share_negative": [0.5, 0.0], "share_neutral": [0.0, 0.5], "share_positive": [0.5, 0.5]})
    fig = plots.speaker_tone_chart(speakers)
    assert len(fig.axes) == 2 and "Share of quotes" in fig.axes[1].get_title()
    assert [round(p.get_width(), 2) for p in fig.axes[1].patches] == [0.5, 0.0, 0.0, 0.5, 0.5, 0.5]
    assert "no attributed quotes" in _texts(plots.speaker_tone_chart(speakers.iloc[0:0]))


def test_the_outlet_and_day_tone_charts_show_the_class_shares_beside_the_mean():
    shares = {"share_negative": [0.5, 0.0], "share_neutral": [0.0, 0.5], "share_positive": [0.5, 0.5]}
    by_outlet = pd.DataFrame({"outlet": ["Kestrel Courier", "Nordland Post"], "articles": [3, 1],
                              "tone": [0.0, 0.3], **shares})
    by_date = pd.DataFrame({"published": pd.to_datetime(["2031-03-02", "2031-03-05"]), "articles": [2, 2],
                            "tone": [0.0, 0.3], **shares})
    fig = plots.article_tone_chart(by_outlet, by_date)
    assert len(fig.axes) == 4 and "Share of sentences by tone" in fig.axes[1].get_title()
    # Kestrel Courier (lowest mean, drawn first): half negative, half positive, not neutral coverage
    assert [round(p.get_width(), 2) for p in fig.axes[1].patches] == [0.5, 0.0, 0.0, 0.5, 0.5, 0.5]
    assert fig.axes[1].get_ylim() == fig.axes[0].get_ylim()
    assert [round(p.get_height(), 2) for p in fig.axes[3].patches] == [0.5, 0.0, 0.0, 0.5, 0.5, 0.5]
    assert "Share of sentences by tone" in fig.axes[3].get_title()
    empty = plots.article_tone_chart(by_outlet.iloc[0:0], by_date.iloc[0:0])
    assert "no outlet" in _texts(empty) and "no publication dates" in _texts(empty)


def test_the_article_counts_beside_the_outlet_bars_stay_inside_their_panel():
    # A negative bar's "3 art." was drawn over its outlet's name, left of the panel.
    by_outlet = pd.DataFrame({"outlet": ["Kestrel Courier", "Nordland Post", "Orr Gazette"], "articles": [3, 3, 3],
                              "tone": [0.17, 0.13, -0.17]})
    by_date = pd.DataFrame({"published": pd.to_datetime(["2031-03-02"]), "articles": [9], "tone": [0.04]})
    fig = plots.article_tone_chart(by_outlet, by_date)
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    panel = fig.axes[0].get_window_extent(renderer)
    counts = [t for t in fig.axes[0].texts if t.get_text() == "3 art."]
    assert len(counts) == 3
    for text in counts:
        box = text.get_window_extent(renderer)
        assert panel.x0 <= box.x0 and box.x1 <= panel.x1
