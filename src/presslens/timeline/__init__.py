"""Timelines from news: temporal expressions, the events they date, one timeline across articles.

``extract_timexes`` finds and normalises TIMEX3 expressions against each article's publication
date; ``extract_events`` gives the event(s) each expression anchors (head word, relation, label); ``build_timeline``
merges the same event reported by several articles. ``evaluate_tempeval`` scores the tagger on
TimeML gold.

Example::

    >>> from presslens import load_corpus, timeline                      # doctest: +SKIP
    >>> arts = load_corpus("data/raw")                                    # doctest: +SKIP
    >>> tx = timeline.extract_timexes(arts)                               # doctest: +SKIP
    >>> tl = timeline.build_timeline(timeline.extract_events(arts, tx))   # doctest: +SKIP
"""

from presslens.timeline.calendar import value_interval
from presslens.timeline.events import EVENT_COLUMNS, TIMELINE_COLUMNS, build_timeline, extract_events, filter_timeline
from presslens.timeline.heads import RELATIONS, event_heads
from presslens.timeline.tempeval import evaluate, evaluate_anchoring, evaluate_tempeval, read_timeml, read_timeml_links
from presslens.timeline.timexes import TIMEX_COLUMNS, extract_timexes, timexes_in_text

__all__ = [
    "EVENT_COLUMNS",
    "RELATIONS",
    "TIMELINE_COLUMNS",
    "TIMEX_COLUMNS",
    "build_timeline",
    "extract_events",
    "evaluate",
    "evaluate_anchoring",
    "event_heads",
    "evaluate_tempeval",
    "extract_timexes",
    "filter_timeline",
    "read_timeml",
    "read_timeml_links",
    "timexes_in_text",
    "value_interval",
]
