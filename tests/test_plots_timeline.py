"""The timeline figures on timelines of every shape: one article, several outlets, many events, none."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
import pytest

from presslens.io import save_figure
from presslens.plots import reference_counts, timeline_chart
from presslens.timeline import build_timeline, extract_events, extract_timexes

TEXTS = [
    "Governor Pell Arkady opened the Caldry ferry terminal on Friday. The port closed in 2019. "
    "Arkady will visit Nordhaven next week.",
    "On Friday, Governor Pell Arkady opened a new ferry terminal in Caldry.",
    "Mayor Ilse Varro closed the Nordhaven fish market on Friday and will reopen it in July.",
]


def _tables(outlets):
    arts = pd.DataFrame({"doc_id": [f"a{i}" for i in range(len(TEXTS))], "text": TEXTS, "outlet": outlets,
                         "published": pd.to_datetime(["2031-03-17"] * len(TEXTS))})
    events = extract_events(arts, extract_timexes(arts))
    return arts, events, build_timeline(events)


@pytest.mark.parametrize("outlets", [[None, None, None], ["Harbour Post", "Caldry Courier", "Harbour Post"]])
def test_timeline_chart_draws_one_row_per_event(tmp_path, outlets):
    arts, events, timeline = _tables(outlets)
    fig = timeline_chart(timeline, arts["published"])
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == len(timeline) > 0
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"past", "future", "publication day"} <= set(legend)
    if outlets[0]:
        assert {"Harbour Post", "several outlets"} <= set(legend)
    assert save_figure(fig, "timeline", tmp_path).stat().st_size > 1000


def test_timeline_chart_caps_rows_and_honours_the_date_range():
    arts, events, timeline = _tables(["A", "B", "C"])
    fig = timeline_chart(timeline, arts["published"], max_events=2, date_from="2031-03-01", date_to="2031-04-30")
    ax = fig.axes[0]
    assert len(ax.get_yticklabels()) == 2
    left, right = (mdates.num2date(x).date().isoformat() for x in ax.get_xlim())
    assert (left, right) == ("2031-03-01", "2031-04-30")


def test_reference_counts_stacks_past_and_future(tmp_path):
    _, events, _ = _tables(["A", "B", "C"])
    fig = reference_counts(events)
    labels = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
    assert "past" in labels and "future" in labels


def test_empty_tables_give_a_figure_saying_so():
    empty = build_timeline(pd.DataFrame())
    for fig in (timeline_chart(empty), reference_counts(pd.DataFrame({"date_start": pd.to_datetime([]),
                                                                      "tense": []}))):
        assert "no dated" in fig.axes[0].texts[0].get_text()


def test_a_corpus_reporting_no_dated_event_gives_a_figure_saying_so_beside_its_publication_dates():
    # Notebook 04 passes the articles' dates: with a timeline of no rows (a fictional corpus of short items
    # naming no day) the chart raised a TypeError ordering the events by their distance to them; the run failed.
    arts = pd.DataFrame({"doc_id": ["a"], "text": ["The Caldry council met. Nothing was decided."],
                         "published": pd.to_datetime(["2031-03-17"])})
    timeline = build_timeline(extract_events(arts, extract_timexes(arts)))
    assert timeline.empty
    assert "no dated" in timeline_chart(timeline, arts["published"]).axes[0].texts[0].get_text()


def test_a_capped_timeline_keeps_the_events_nearest_publication_among_equals():
    """Events reported equally often (most are reported once) are kept nearest the publication day,
    not in date order from the oldest, and the title says how many of how many are drawn."""
    arts, events, timeline = _tables(["A", "B", "C"])
    dated = timeline[timeline["date_start"].notna()]
    assert (dated["date_start"] < pd.Timestamp("2030-01-01")).any()  # "The port closed in 2019."
    fig = timeline_chart(timeline, arts["published"], max_events=2)
    ax = fig.axes[0]
    left, _ = (mdates.num2date(x).date() for x in ax.get_xlim())
    assert left.year >= 2031, "the oldest event drawn instead of those around publication"
    assert f"2 of {len(dated)} dated events" in ax.get_title()
    assert "dated events" not in timeline_chart(timeline, arts["published"]).axes[0].get_title()


def test_two_events_of_one_clause_are_told_apart_by_their_head():
    # "Talks will follow on Tuesday": the noun and the verb are two timeline rows with one label; the
    # chart showed the same line twice. Each now names its head word; a label used once stays as it was.
    day = pd.Timestamp("2031-03-18")
    timeline = pd.DataFrame({
        "date_start": [day, day, day], "date_end": [day, day, day], "tense": ["future"] * 3,
        "event": ["Talks will follow with Mayor Ilse Varro in Caldry"] * 2 + ["Pell Arkady will visit Nordhaven"],
        "head": ["Talks", "follow", "visit"], "outlets": [["Harbour Post"]] * 3, "n_articles": [1, 1, 2]})
    fig = timeline_chart(timeline, pd.Series([pd.Timestamp("2031-03-17")]))
    labels = sorted(t.get_text() for t in fig.axes[0].get_yticklabels())
    assert labels == ["Pell Arkady will visit Nordhaven  (2)",
                      "Talks will follow with Mayor Ilse Varro in Caldry [Talks]",
                      "Talks will follow with Mayor Ilse Varro in Caldry [follow]"]
