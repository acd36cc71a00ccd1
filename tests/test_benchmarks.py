"""The benchmarks' own plumbing (their figures are measured by `make bench`, never in tests)."""

from __future__ import annotations

from benchmarks import serial


def test_serial_benchmark_runs_on_a_resampled_corpus_and_names_every_corpus_wide_step(capsys, monkeypatch, tmp_path):
    # Without ../shared, as on a machine that has only the project: the resample draws on the sample.
    monkeypatch.setenv("PRESSLENS_SHARED", str(tmp_path / "no-shared"))
    serial.main(["--articles", "6", "--repeat", "1", "--jobs", "2"])
    out = capsys.readouterr().out
    assert "on 6 articles" in out
    for step in ("prepare_aliases", "link_mentions", "corpus_genders", "build_timeline", "speakers"):
        assert step in out
    assert "calling process" in out
