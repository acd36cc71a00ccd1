import pandas as pd
import pytest

from presslens import io


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "table.csv"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with io.atomic_write(target) as fh:
            fh.write("new, half written")
            raise RuntimeError("killed")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


def test_save_table_and_results_round_trip(tmp_path):
    df = pd.DataFrame({"doc_id": ["a"], "tags": [["x", "y"]], "n": [1]})
    written = io.save_table(df, "demo", tmp_path)
    assert written["csv"] == tmp_path / "data" / "processed" / "demo.csv"
    back = pd.read_parquet(written["parquet"])
    assert back["tags"][0] == '["x", "y"]' and back["n"][0] == 1
    io.record_results("99_demo", {"a": 1}, tmp_path)
    io.record_results("99_demo", {"b": 2}, tmp_path)
    assert io.read_results("99_demo", tmp_path) == {"a": 1, "b": 2}


def test_resolve_path_falls_back_to_the_project_root(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert io.resolve_path("data/raw") == io.project_root() / "data" / "raw"
    assert (io.resolve_path(None) / "trump-tokyo-2025-10-27.txt").is_file()
    (tmp_path / "mine").mkdir()
    assert io.resolve_path("mine") == tmp_path.joinpath("mine").relative_to(tmp_path)
