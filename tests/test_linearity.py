"""Hostile articles of moderate size through every stage: a stage that blows up on them would
hang here. How time grows with their length is measured in ``benchmarks/linearity.py`` (speed
goals live in benchmarks, not in timed tests)."""

from __future__ import annotations

import math

import pytest

from benchmarks.linearity import (AFTER, CALLS_FLOOR, GOAL, KINDS, MEMORY_FLOOR, article, call_growth, fitted_growth,
                                  memory_growth, report, stage_peaks, stage_seconds)
from presslens.pipeline import TABLES, analyse


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_stage_gets_through_a_hostile_article(kind):
    arts = article(kind, 3000)
    text = arts["text"].iloc[0]
    assert len(text) >= 3000 * 3  # characters: the base64 kind is one long token
    tables = analyse(arts, jobs=1)
    assert set(tables) == set(TABLES)
    for name in ("sentences", "mentions", "timexes"):
        for start, end, span in tables[name][["start", "end", "text"]].itertuples(index=False):
            assert text[start:end] == span, name


def test_the_inputs_are_the_same_each_time_and_grow_with_the_size():
    for kind in KINDS:
        assert article(kind, 200)["text"].iloc[0] == article(kind, 200)["text"].iloc[0]
        assert len(article(kind, 400)["text"].iloc[0]) > 1.8 * len(article(kind, 200)["text"].iloc[0])


def test_an_article_shares_no_words_with_the_smaller_ones_of_its_seed():
    # else the caches hold the smaller run's words for the larger one, as long as they can hold them
    for kind in ("digits", "code"):
        small, large = (article(kind, n, seed=1)["text"].iloc[0] for n in (200, 400))
        assert not large.startswith(small[:40])
        assert article(kind, 200, seed=2)["text"].iloc[0][:40] != small[:40]


def test_stage_seconds_times_every_stage():
    seconds = stage_seconds(article("capitalised", 50))
    assert {"sentences", "sentiment", "entities", "timexes", "quotes", "events", "timeline", *AFTER} <= set(seconds)
    assert {"portrayal", "entity sentiment", "speakers", "page"} == set(AFTER)
    assert all(s >= 0 for s in seconds.values())


def test_stage_peaks_measure_every_stage_and_the_tables_text():
    peaks = stage_peaks(article("names", 200))
    assert set(peaks) == set(stage_seconds(article("names", 50)))
    assert all(p >= 0 for p in peaks.values())
    # the portrayal keeps a sentence per mention: its table's text (Arrow's buffers) is counted
    assert peaks["portrayal"] > 0.1


def test_peak_memory_of_every_stage_grows_linearly_with_many_names_in_one_sentence():
    # the audit's 5 MB one-line text: one sentence copied per name, 23 GB; memory is measured, not timed,
    # so its growth is a test (time's growth is the benchmark's, on a quieter machine)
    rows = memory_growth("names", 500, 2)
    sizes = [n for n, _ in rows]
    measured = {stage: [r[stage] for _, r in rows] for stage in rows[0][1]}
    grown = {stage: fitted_growth(sizes, mb, MEMORY_FLOOR) for stage, mb in measured.items()}
    assert measured["portrayal"][-1] >= MEMORY_FLOOR  # a stage that is measured at all
    assert all(g <= GOAL for g in grown.values() if g == g), grown


def test_the_calls_of_every_stage_are_counted_and_the_page_makes_linearly_many():
    # a count, not a time: the machine's load and caches do not move it (the page's CPU time grew 2.2-2.5x
    # per doubling on a busy machine, its instructions under callgrind 1.91-2.02x)
    rows = call_growth("transcript", 500, 2)
    assert set(rows[0][1]) == set(stage_seconds(article("transcript", 50)))
    sizes = [n for n, _ in rows]
    page = [r["page"] for _, r in rows]
    assert page[0] >= CALLS_FLOOR
    assert fitted_growth(sizes, page, CALLS_FLOOR) <= 2.05
    assert "calls@" in report({"transcript": rows}, "calls")


def test_the_fitted_growth_reads_linear_and_quadratic_times_and_skips_the_unmeasurable():
    sizes = [1000, 2000, 4000, 8000]
    assert fitted_growth(sizes, [0.1, 0.2, 0.4, 0.8]) == pytest.approx(2.0)
    assert fitted_growth(sizes, [0.1, 0.4, 1.6, 6.4]) == pytest.approx(4.0)
    # a size timed under the floor says nothing: left out, not read as a jump
    assert fitted_growth(sizes, [0.001, 0.05, 0.1, 0.2]) == pytest.approx(2.0)
    assert math.isnan(fitted_growth(sizes, [0.001, 0.002, 0.003, 0.02]))


def test_the_report_flags_a_stage_that_grows_super_linearly():
    rows = [(n, {"fast": 0.1 * n / 1000, "slow": 0.1 * (n / 1000) ** 2}) for n in (1000, 2000, 4000)]
    text = report({"capitalised": rows})
    slow = next(line for line in text.splitlines() if line.strip().startswith("slow"))
    fast = next(line for line in text.splitlines() if line.strip().startswith("fast"))
    assert "SUPER-LINEAR" in slow and "SUPER-LINEAR" not in fast
    assert "largest fitted growth per doubling: 4.00x (slow on capitalised)" in text
    memory = report({"names": [(n, {"page": 2.0 * n / 1000}) for n in (1000, 2000)]}, "peak memory")
    assert "growth of peak memory" in memory and "MB@2,000" in memory and "SUPER-LINEAR" not in memory
