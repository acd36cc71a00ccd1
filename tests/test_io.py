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


@pytest.mark.parametrize("mask, expected", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_written_files_follow_the_umask(tmp_path, mask, expected):
    import os
    import stat

    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 2))
    fig.subplots().plot([0, 1], [1, 0])
    old = os.umask(mask)
    try:
        written = [*io.save_table(pd.DataFrame({"n": [1]}), "demo", tmp_path).values(),
                   io.save_figure(fig, "demo", tmp_path), tmp_path / "reports" / "figures" / "demo.svg",
                   io.record_results("99_demo", {"a": 1}, tmp_path)]
    finally:
        os.umask(old)
    assert {p.name: oct(stat.S_IMODE(p.stat().st_mode)) for p in written} == \
        {p.name: oct(expected) for p in written}


def test_save_figure_writes_png_and_svg(tmp_path):
    from matplotlib.figure import Figure

    fig = Figure(figsize=(2, 2))
    fig.subplots().plot([0, 1], [1, 0])
    png = io.save_figure(fig, "demo", tmp_path)
    assert png.suffix == ".png" and png.read_bytes()[:4] == b"\x89PNG"
    svg = png.with_suffix(".svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    assert png.with_suffix(".svg").read_bytes() == (io.save_figure(fig, "demo", tmp_path).with_suffix(".svg")
                                                    .read_bytes())
