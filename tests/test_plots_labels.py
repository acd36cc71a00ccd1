"""Figure labels a paper can use: the names on the portrayal scatter do not overlap."""

from __future__ import annotations

import pandas as pd

from presslens import plots


def test_entity_portrayal_labels_do_not_overlap():
    # Fictional entities crowded around a few points, as a small corpus gives them.
    names = ["Ada Quill", "Ivo Brant", "Alda Voss", "Orrin Tal", "Mara Quell", "Pell Ardo", "Tamsin Vale",
             "Harbour Board", "Quillport", "Nordland", "Lindenbrook", "Umberton"]
    summary = pd.DataFrame({"entity": names, "mentions": [2, 2, 2, 3, 3, 3, 5, 5, 2, 3, 5, 2],
                            "portrayal": [0.30, 0.31, 0.32, 0.30, 0.31, -0.2, 0.30, 0.29, -0.21, 0.32, 0.31, 0.33]})
    fig = plots.entity_portrayal(summary)
    ax = fig.axes[0]
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    boxes = [t.get_window_extent(renderer) for t in ax.texts if t.get_text() in names]
    assert len(boxes) == len(names)
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a.overlaps(b) and min(a.x1, b.x1) - max(a.x0, b.x0) > 1 and min(a.y1, b.y1) - max(a.y0, b.y0) > 1]
    assert not overlaps, f"{len(overlaps)} overlapping labels"


def test_entity_portrayal_count_axis_has_readable_ticks_and_room_for_labels():
    # Counts from 1 to 40, as a week of coverage gives them: the log axis once labelled every minor
    # tick (0.9 1.0 ... 8.0 9.0 10.0, running into each other) and cut the top entity's label.
    summary = pd.DataFrame({"entity": ["Alda Voss", "Ivo Brant", "Quillport", "Nordland Harbour Board"],
                            "mentions": [1, 3, 7, 40], "portrayal": [0.2, -0.3, 0.1, 0.25]})
    fig = plots.entity_portrayal(summary)
    ax = fig.axes[0]
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    shown = [t for t in ax.get_xticklabels(which="both") if t.get_visible() and t.get_text()
             and ax.get_xlim()[0] <= t.get_position()[0] <= ax.get_xlim()[1]]
    assert [t.get_text() for t in shown][:6] == ["1", "2", "5", "10", "20", "50"]
    boxes = [t.get_window_extent(renderer) for t in shown]
    assert all(a.x1 < b.x0 for a, b in zip(boxes, boxes[1:]))          # side by side, none overlapping
    frame = ax.get_window_extent(renderer)
    label = next(t for t in ax.texts if t.get_text() == "Nordland Harbour Board").get_window_extent(renderer)
    assert frame.x0 <= label.x0 and label.x1 <= frame.x1


def test_a_missing_outlet_has_one_name_in_tables_and_charts():
    from presslens.corpus import NO_OUTLET
    from presslens.quotes import speakers
    from presslens.stats import group_intervals

    articles = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["The Vellmark Courier", None]})
    quotes = pd.DataFrame({"doc_id": ["a", "b"], "speaker": ["Ada Quill", "Ivo Brant"], "kind": ["direct"] * 2,
                           "content": ["We regret it.", "It took six years."], "speaker_kind": ["named person"] * 2})
    assert NO_OUTLET in set(speakers(quotes, articles)["outlet"])
    t = group_intervals(pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["The Vellmark Courier", None],
                                       "tone": [0.1, 0.2]}), "tone", by="outlet", min_size=1)
    fig = plots.interval_chart(t, "outlet")
    labels = {tick.get_text().split("  (")[0] for ax in fig.axes for tick in ax.get_yticklabels()}
    assert NO_OUTLET in labels and "(none)" not in labels


def test_the_small_groups_of_an_interval_chart_say_why_they_have_no_interval():
    # Three outlets of three articles each were drawn under "(no interval: a single article)".
    from presslens.stats import group_intervals

    articles = pd.DataFrame({"doc_id": [f"fen-{i}" for i in range(7)],
                             "outlet": ["Fenby Post"] * 3 + ["Orr Gazette"] * 3 + ["Sallow Times"],
                             "tone": [0.1, 0.2, 0.3, -0.1, 0.0, -0.2, 0.4]})
    fig = plots.interval_chart(group_intervals(articles, "tone", by="outlet"), "outlet")
    assert [ax.get_title() for ax in fig.axes] == [
        "Under the minimum size: shown apart, not ranked (no interval: fewer than 5 articles; a single article)"]


def test_an_interval_charts_method_line_is_not_drawn_over_its_axis_label():
    # The method printed under the chart sat on the x-axis label ("tone (word-weighted compound)").
    from presslens.stats import group_intervals

    articles = pd.DataFrame({"doc_id": [f"fen-{i}" for i in range(12)],
                             "outlet": ["Fenby Post"] * 6 + ["Orr Gazette"] * 6,
                             "tone": [0.1, 0.2, 0.3, 0.0, 0.1, 0.2, -0.1, 0.0, -0.2, 0.1, -0.3, 0.0]})
    fig = plots.interval_chart(group_intervals(articles, "tone", by="outlet"), "outlet", xlabel="tone (word-weighted)",
                               method="95% interval over articles (a fictional method line)")
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    method = next(t for ax in fig.axes for t in [*ax.texts, *fig.texts] if "fictional method" in t.get_text())
    label = fig.axes[-1].xaxis.label.get_window_extent(renderer)
    box = method.get_window_extent(renderer)
    assert box.y1 <= label.y0 and box.y0 >= 0


def test_an_interval_chart_draws_no_bar_for_a_group_without_an_interval_and_names_why():
    # Nine articles all giving 0 were drawn as a point with the caps of a bar of no width: certainty, unexplained.
    from presslens.stats import group_intervals

    articles = pd.DataFrame({"doc_id": [f"wend-{i}" for i in range(15)],
                             "entity": ["Aster Quoy"] * 9 + ["Brin Hollow"] * 6,
                             "action": [0.0] * 9 + [0.1, 0.2, -0.1, 0.0, 0.3, 0.1]})
    fig = plots.interval_chart(group_intervals(articles, "action", by="entity"), "entity")
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(labels) == ["Aster Quoy  (9 art.; no interval: every article gives the same value)",
                              "Brin Hollow  (6 art.)"]
    # One error bar (Brin Hollow's, two caps), none at Aster Quoy's point.
    caps = [line for c in ax.containers for line in getattr(c, "lines", [None, ()])[1]]
    assert len(caps) == 2


def test_an_interval_charts_method_line_stays_within_the_figure():
    # The method (describe_method, 190 characters) ran past the figure's right edge; saved with a tight box, the
    # figure widened to hold it and the axes kept half its width.
    from presslens.stats import describe_method, group_intervals

    articles = pd.DataFrame({"doc_id": [f"fen-{i}" for i in range(6)], "outlet": ["Fenby Post"] * 6,
                             "tone": [0.1, 0.2, 0.3, 0.0, 0.1, 0.2]})
    fig = plots.interval_chart(group_intervals(articles, "tone", by="outlet"), "outlet", xlabel="tone",
                               method=describe_method(method="hall"))
    fig.draw_without_rendering()
    renderer = fig._get_renderer()
    method = next(t for ax in fig.axes for t in ax.texts if "Bell-McCaffrey" in t.get_text())
    assert method.get_window_extent(renderer).x1 <= fig.bbox.x1
