"""Hostile articles of moderate size through every stage: a stage that blows up on them would
hang here. How time grows with their length is measured in ``benchmarks/linearity.py`` (speed
goals live in benchmarks, not in timed tests)."""

from __future__ import annotations

import pytest

from benchmarks.linearity import KINDS, article, stage_seconds
from presslens.pipeline import TABLES, analyse


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_stage_gets_through_a_hostile_article(kind):
    arts = article(kind, 3000)
    text = arts["text"].iloc[0]
    assert len(text.split()) >= 3000
    tables = analyse(arts, jobs=1)
    assert set(tables) == set(TABLES)
    for name in ("sentences", "mentions", "timexes"):
        for start, end, span in tables[name][["start", "end", "text"]].itertuples(index=False):
            assert text[start:end] == span, name


def test_the_inputs_are_the_same_each_time_and_grow_with_the_size():
    for kind in KINDS:
        assert article(kind, 200)["text"].iloc[0] == article(kind, 200)["text"].iloc[0]
        assert len(article(kind, 400)["text"].iloc[0]) > 1.8 * len(article(kind, 200)["text"].iloc[0])


def test_stage_seconds_times_every_stage():
    seconds = stage_seconds(article("capitalised", 50))
    assert {"sentences", "sentiment", "entities", "timexes", "quotes", "events", "timeline"} <= set(seconds)
    assert all(s >= 0 for s in seconds.values())
