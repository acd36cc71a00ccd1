"""make eval's headline figures: the record it writes to data/measured.json, from a fictional results dict."""

from __future__ import annotations

import json

import pytest

from presslens import evaluate


def _results() -> dict:
    # Fictional figures under every key make eval's results carry for the headline.
    results: dict = {}
    for number, (key, ci, *_) in enumerate(evaluate.HEADLINE):
        for dotted, value in ((key, 0.5 + number / 100), (ci, [0.4 + number / 100, 0.6 + number / 100])):
            *parents, last = dotted.split(".")
            node = results
            for part in parents:
                node = node.setdefault(part, {})
            node[last] = value
    return results


def test_measured_record_takes_every_headline_figure_with_its_interval(tmp_path):
    record = evaluate.measured_record(_results(), date="2031-03-04 10:00 UTC")
    assert [f["key"] for f in record["figures"]] == [key for key, *_ in evaluate.HEADLINE]
    first = record["figures"][0]
    assert first["value"] == 0.5 and first["interval"] == [0.4, 0.6] and first["data"] and "figure" in first
    assert record["date"] == "2031-03-04 10:00 UTC" and record["presslens"] and "bootstrap" in record["interval"]
    path = evaluate.write_measured(record, tmp_path / "measured.json")
    assert json.loads(path.read_text(encoding="utf-8")) == record
    assert [p.name for p in tmp_path.iterdir()] == ["measured.json"]  # no temporary file left


def test_measured_record_names_the_figures_a_partial_run_lacks():
    # `--only quotes` or a skipped corpus: no record, and the error says what is missing.
    results = _results()
    del results["timeline"]
    with pytest.raises(KeyError, match="timeline.value_f1"):
        evaluate.measured_record(results)


def test_only_a_whole_default_run_writes_the_packaged_file(monkeypatch, tmp_path):
    # A run with --out (or --only, --corpora) leaves data/measured.json alone.
    written = []
    monkeypatch.setattr(evaluate, "evaluate_all", lambda root, only: _results())
    monkeypatch.setattr(evaluate, "write_measured", lambda record, path=None: written.append(record) or tmp_path)
    monkeypatch.setattr(evaluate, "record_results", lambda name, results, out: tmp_path / "eval.json")
    evaluate.main(["--out", str(tmp_path)])
    evaluate.main(["--only", "quotes"])
    assert written == []
    evaluate.main([])
    assert len(written) == 1 and written[0]["figures"][0]["value"] == 0.5


@pytest.mark.eval
def test_the_packaged_figures_are_those_of_the_last_make_eval():
    # After `make eval`: every headline key is in the results it recorded, and data/measured.json holds them.
    from presslens.datafiles import data_json
    from presslens.io import read_results

    results = read_results("eval")
    if not results:
        pytest.skip("no reports/results/eval.json: make eval has not run here")
    figures = {f["key"]: f for f in data_json("measured.json")["figures"]}
    for figure in evaluate.measured_record(results)["figures"]:
        assert figures[figure["key"]]["value"] == figure["value"], figure["key"]
        assert figures[figure["key"]]["interval"] == figure["interval"], figure["key"]
