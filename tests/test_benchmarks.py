"""The benchmarks' own plumbing (their figures are measured by `make bench`, never in tests)."""

from __future__ import annotations

from benchmarks import serial


def test_serial_benchmark_runs_on_a_resampled_corpus_and_names_every_corpus_wide_step(capsys, monkeypatch, tmp_path):
    # Without ../shared, as on a machine that has only the project: the resample draws on the sample.
    monkeypatch.setenv("PRESSLENS_SHARED", str(tmp_path / "no-shared"))
    serial.main(["--articles", "6", "--repeat", "1", "--jobs", "2", "--replay"])
    out = capsys.readouterr().out
    assert "on 6 articles" in out
    for step in ("prepare_aliases", "link_mentions", "corpus_genders", "build_timeline", "speakers"):
        assert step in out
    assert "calling process" in out
    assert "replayed: jobs=2 on 6 articles" in out and "link_mentions" in out.split("replayed:")[1]


def test_replay_hands_out_tasks_as_the_team_does_and_runs_the_local_step_when_its_tasks_are_done():
    # The workers take the first task; then each process the next as it comes free.
    assert serial._schedule([3, 1, 1, 1], 2) == 3
    assert serial._schedule([1, 1, 1, 1], 1) == 4
    # The calling process builds the timeline (1 s) once the first two tasks are done, before its next one.
    assert serial._schedule([1, 1, 2, 2], 2) == 3
    assert serial._schedule([1, 1, 2, 2], 2, local=1, after=2) == 4
    assert serial._schedule([1, 1], 2, local=1, after=2) == 2  # after its last task, if not before


def test_benchmark_times_the_first_pass_after_a_warm_up_and_prints_the_start_up_and_cold_run_apart(
        capsys, monkeypatch, tmp_path):
    from benchmarks import __main__ as bench

    monkeypatch.setenv("PRESSLENS_SHARED", str(tmp_path / "no-shared"))
    warmed = []
    real = bench.warm_up
    monkeypatch.setattr(bench, "warm_up", lambda: warmed.append(1) or real())
    bench.main(["--articles", "4", "--jobs", "1", "--repeat", "1", "--memory-sizes", "",
                "--dateparser-articles", "1"])
    out = capsys.readouterr().out
    assert warmed == [1]  # here, before the staged run; the jobs runs warm up in their own processes
    assert "start-up:" in out and "cold: jobs=1 in a fresh process" in out
    # the reference timed beside the stages (each chunk's sentences), and after them
    assert "vs NLTK VADER timed beside it" in out and "vs NLTK VADER timed after it" in out
    stages = [line.split()[0] for line in out.splitlines()[3:14]]
    assert "other" in stages and "analysis" in stages
    # the opt-in sentence methods' cost beside the pipeline's "news" (rated needs the extra, installed by make install)
    assert "method='rated_core':" in out and "x the CPU of method='news'" in out

    # The warm-up is none of the text a benchmark times: the resample draws on the sample here.
    from presslens.corpus import load_corpus
    from presslens.io import project_root
    from presslens.text import split_sentences

    sample = set(split_sentences(load_corpus(project_root() / "data" / "raw"))["text"])
    assert not sample & set(split_sentences(bench.warm_up_articles())["text"])


def test_the_memory_breakdown_counts_what_tables_share_once():
    import numpy as np
    import pandas as pd

    from benchmarks import __main__ as bench

    sentences = pd.DataFrame({"start": np.arange(1000, dtype="int32"), "text": ["a sentence"] * 1000})
    scored = sentences.copy(deep=False).assign(compound=0.5)  # shares the sentences' columns
    held = bench._held({"sentences": sentences, "sentiment": scored})
    assert held[("sentences", "start")] == 4000 and held[("sentiment", "start")] == 0
    assert held[("sentences", "text")] > 10_000 and held[("sentiment", "text")] == 0
    assert held[("sentiment", "compound")] == 8000
    listed = pd.DataFrame({"names": [["Ada"], ["Ada"]]})
    assert bench._held({"t": listed})[("t", "names")] > 2 * 8  # the lists and the string, once


def test_stages_times_each_stage_in_fresh_processes_and_compares_with_another_checkout(capsys, monkeypatch, tmp_path):
    from pathlib import Path

    from benchmarks import stages

    monkeypatch.setenv("PRESSLENS_SHARED", str(tmp_path / "no-shared"))
    src = Path(stages.__file__).resolve().parent.parent / "src"
    stages.main(["--articles", "3", "--repeat", "1", "--against", str(src)])
    out = capsys.readouterr().out
    table = out.split("median CPU seconds")[0].splitlines()
    assert table[0].split() == ["stage", "this", "against", "ratio"]
    rows = {line.split()[0]: [float(v) for v in line.split()[1:]] for line in table[1:]}
    assert {"load", "sentences", "sentiment", "entities", "timexes", "events", "quotes", "analysis"} <= set(rows)
    this, against, _ = rows["analysis"]
    assert this > 0 and against > 0
    assert f"against: {src / 'presslens'}" in out
