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
    results["quotes"]["sources"] = _sources()
    return results


def _sources() -> dict:
    # Fictional source counts of three outlets, as presslens.quotes.evaluate.source_counts gives them.
    whole: dict = {"articles": 12, "per_article": {"presslens": 6.0, "gold": 9.0, "ratio": 2 / 3,
                                                   "ratio_ci": [0.6, 0.7], "presslens_rows": 7.0},
                   "by_source_kind": {"named person": {"gold": 60, "recall": 0.75, "presslens": 50, "precision": 0.9},
                                      "unresolved": {"gold": 20, "recall": 0.25, "presslens": 5, "precision": 0.8}}}
    for number, (key, *_) in enumerate(evaluate.SOURCE_COUNTS[1:]):
        whole[key] = {"presslens": 0.5 + number / 100, "gold": 0.4, "difference": 0.1 + number / 100,
                      "difference_ci": [0.05 + number / 100, 0.15 + number / 100]}
    ranks = {key: {"rho": 1.0, "p": 0.0} for key, *_ in evaluate.SOURCE_COUNTS}
    ranks["named_of_sources_share"] = {"rho": float("nan"), "p": float("nan")}  # the outlets all alike
    return {"all": whole, "by_outlet": dict.fromkeys(["Orr", "Kestrel", "Varn"], {}), "rank_agreement": ranks}


def test_measured_record_takes_every_headline_figure_with_its_interval(tmp_path):
    record = evaluate.measured_record(_results(), date="2031-03-04 10:00 UTC")
    assert [f["key"] for f in record["figures"]] == [key for key, *_ in evaluate.HEADLINE]
    first = record["figures"][0]
    assert first["value"] == 0.5 and first["interval"] == [0.4, 0.6] and first["data"] and "figure" in first
    assert record["date"] == "2031-03-04 10:00 UTC" and record["presslens"] and "bootstrap" in record["interval"]
    path = evaluate.write_measured(record, tmp_path / "measured.json")
    assert json.loads(path.read_text(encoding="utf-8")) == record
    assert [p.name for p in tmp_path.iterdir()] == ["measured.json"]  # no temporary file left


def test_measured_record_takes_the_source_counts_of_notebook_03_against_the_gold():
    # Beside each count notebook 03 publishes, how it held on PolNeAR: presslens's and the gold's, their ratio (the
    # counts) or difference (the shares) with its interval, the outlets' rank agreement, and recall by kind.
    sources = evaluate.measured_record(_results(), date="2031-03-04 10:00 UTC")["sources"]
    assert [f["key"] for f in sources["figures"]] == [key for key, *_ in evaluate.SOURCE_COUNTS]
    counts, direct = sources["figures"][0], sources["figures"][1]
    assert (counts["compared"], counts["value"], counts["interval"], counts["presslens"]) == ("ratio", 0.6667,
                                                                                              [0.6, 0.7], 6.0)
    assert (direct["published"], direct["compared"], direct["value"], direct["interval"]) == ("direct", "difference",
                                                                                              0.1, [0.05, 0.15])
    assert (direct["rank_rho"], sources["figures"][-1]["rank_rho"]) == (1.0, None)  # no rho: None, not NaN
    assert sources["figures"][-1]["published"] == "share_named_of_sources"
    assert sources["recall"] == {"named person": 0.75, "unresolved": 0.25}
    assert (sources["articles"], sources["outlets"], sources["date"]) == (12, 3, "2031-03-04 10:00 UTC")
    assert "PolNeAR" in sources["data"] and sources["presslens"]
    results = _results()
    del results["quotes"]["sources"]
    with pytest.raises(KeyError, match="quotes.sources"):
        evaluate.measured_record(results)


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
    # After `make eval`: every headline key is in the results it recorded, and data/measured.json holds them, with
    # the source counts' figures.
    from presslens.datafiles import data_json
    from presslens.io import read_results

    results = read_results("eval")
    if not results:
        pytest.skip("no reports/results/eval.json: make eval has not run here")
    packaged, record = data_json("measured.json"), evaluate.measured_record(results)
    for held, measured in ((packaged["figures"], record["figures"]),
                           (packaged["sources"]["figures"], record["sources"]["figures"])):
        figures = {f["key"]: f for f in held}
        for figure in measured:
            assert figures[figure["key"]]["value"] == figure["value"], figure["key"]
            assert figures[figure["key"]]["interval"] == figure["interval"], figure["key"]
